"""The seeds against ../shared/gold/seed-conflicts.jsonl: the true conflict is an error, no look-alike is
reported as a conflict, and the corroborations the gold lists are reported.

Run twice: with the manifest's publication dates, and with no manifest at all (the checker finds
what dates it can in the articles themselves). Extracted facts are matched to gold facts by
document, kind, subject (either side for a meeting) and overlap of the fact's span with the gold
evidence (an exact substring of the article).

Needs fact extraction (checker/facts.py wired into checker/pipeline.py); rename to
test_conflicts_gold.py to enable it.
"""
import json
import shutil

import pytest

from checker import conflicts
from checker.ingest import ingest
from checker.store import Store
from conftest import GOLD, SEEDS

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
    start = doc.text.index(gold["evidence"])
    end = start + len(gold["evidence"])
    people = {gold["subject"], gold.get("object")}
    out = set()
    for f in store.facts(kind=gold["kind"]):
        same_who = f.subject == gold["subject"] or (gold["kind"] == "meeting" and {f.subject, f.object} == people)
        if f.doc == doc.id and same_who and f.span[0] < end and start < f.span[1]:
            out.add(f.id)
    assert out, f"gold fact {gold['id']} was not extracted from {gold['doc']}"
    return out


def _involving(found, a: set[str], b: set[str]):
    return [f for f in found if a & set(f.facts) and b & set(f.facts)]


@pytest.mark.parametrize("pair", PAIRS, ids=[f"{p['a']}~{p['b']}" for p in PAIRS])
def test_gold_pair(archive, pair):
    store, found = archive
    a = _matches(store, GOLD_FACTS[pair["a"]])
    b = _matches(store, GOLD_FACTS[pair["b"]])
    both = _involving(found, a, b)
    clashes = [f for f in both if f.severity in ("error", "warning") and f.rule != "corroboration"]
    if pair["conflict"]:
        assert any(f.severity == "error" for f in clashes), f"not reported as an error: {pair['why']}"
    else:
        assert not clashes, f"reported as a conflict: {[f.message for f in clashes]} ({pair['why']})"
        if "corroboration" in pair["why"].lower():
            assert any(f.rule == "corroboration" for f in both), f"corroboration not reported: {pair['why']}"
