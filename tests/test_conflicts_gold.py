"""The seeds against ../shared/gold/seed-conflicts.jsonl: the true conflict is an error, no look-alike is
reported as a conflict, and the corroborations the gold lists are reported.

Run twice: with the manifest's publication dates, and with no manifest at all (the checker finds
what dates it can in the articles themselves). Extracted facts are matched to gold facts as in
test_facts_gold (goldmatch.matches), within the gold fact's document. A look-alike whose side was
not extracted cannot be flagged; the facts test counts such a miss against recall.
"""
import json
import shutil

import pytest

from checker import conflicts
from checker.ingest import ingest
from checker.store import Store
from conftest import GOLD, SEEDS
from goldmatch import matches

GOLD_FACTS = {f["id"]: f for f in map(json.loads, (GOLD / "seed-facts.jsonl").read_text(encoding="utf-8").splitlines())
              if f}
PAIRS = [json.loads(line) for line in (GOLD / "seed-conflicts.jsonl").read_text(encoding="utf-8").splitlines() if line]


@pytest.fixture(scope="module", params=["manifest", "no-dates"])
def archive(request, tmp_path_factory):
    folder = tmp_path_factory.mktemp(request.param)
    for seed in sorted(SEEDS.glob("*.txt")):
        shutil.copy(seed, folder / seed.name)
    if request.param == "manifest":
        shutil.copy(SEEDS / "manifest.jsonl", folder / "manifest.jsonl")
    store = Store(memory=True)
    result = ingest([folder], store)
    assert result.added == 5, result.failed
    found = conflicts.compare_store(store)
    yield store, found
    store.close()


def _matches(store, gold: dict) -> set[str]:
    """Ids of the extracted facts that stand for a gold fact."""
    doc = next(d for d in store.documents() if d.path.endswith(gold["doc"]))
    return {f.id for f in store.facts(kind=gold["kind"]) if f.doc == doc.id and matches(f, gold)}


def _involving(found, a: set[str], b: set[str]):
    return [f for f in found if a & set(f.facts) and b & set(f.facts)]


@pytest.mark.parametrize("pair", PAIRS, ids=[f"{p['a']}~{p['b']}" for p in PAIRS])
def test_gold_pair(archive, pair):
    store, found = archive
    a = _matches(store, GOLD_FACTS[pair["a"]])
    b = _matches(store, GOLD_FACTS[pair["b"]])
    corroboration = "corroboration" in pair["why"].lower()
    if pair["conflict"] or corroboration:
        assert a and b, f"{pair['a']} or {pair['b']} was not extracted"
    both = _involving(found, a, b)
    clashes = [f for f in both if f.severity in ("error", "warning") and f.rule != "corroboration"]
    if pair["conflict"]:
        assert any(f.severity == "error" for f in clashes), f"not reported as an error: {pair['why']}"
    else:
        assert not clashes, f"reported as a conflict: {[f.message for f in clashes]} ({pair['why']})"
        if corroboration:
            assert any(f.rule == "corroboration" for f in both), f"corroboration not reported: {pair['why']}"
