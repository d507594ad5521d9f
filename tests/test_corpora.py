"""The checker on the evaluation corpora of tests/data/ (gold in the format of ../shared/gold).

Each folder's README.md says how the set was written and records what was measured on it, and
when. `unseen` was written without looking at the rules and must not be used to write them;
`eval` and `heldout` are development sets. Facts are matched as in test_facts_gold
(goldmatch.matches, within one document); precision counts every extracted fact. The floors are a
regression guard a few points under the latest measure, not a target.
"""
from pathlib import Path

import pytest

from goldmatch import assert_conflicts, assert_facts, ingest_corpus, jsonl

DATA = Path(__file__).parent / "data"
# folder: ((recall, precision) floor per language, true conflicts reported, corroborations reported)
CORPORA = {
    "eval": ({"en": (0.70, 0.85), "ar": (0.75, 0.85)}, 2, 4),
    "heldout": ({"en": (0.60, 0.79), "ar": (0.48, 0.69)}, 1, 2),
    "unseen": ({"en": (0.47, 0.86), "ar": (0.19, 0.31)}, 1, 2),
}


def _gold(name):
    folder = DATA / name
    manifest = {m["file"]: m for m in jsonl(folder / "manifest.jsonl")}
    return folder, jsonl(folder / "facts.jsonl"), jsonl(folder / "conflicts.jsonl"), manifest


@pytest.fixture(scope="module", params=sorted(CORPORA))
def corpus(request, tmp_path_factory):
    folder, gold, pairs, manifest = _gold(request.param)
    store, facts, found = ingest_corpus(folder, tmp_path_factory)
    yield request.param, gold, pairs, manifest, facts, found
    store.close()


@pytest.mark.parametrize("name", sorted(CORPORA))
def test_gold_quotes_its_articles(name):
    folder, gold, pairs, manifest = _gold(name)
    for g in gold:
        assert g["evidence"] in (folder / g["doc"]).read_text(encoding="utf-8"), g["id"]
    ids = {g["id"] for g in gold}
    assert len(ids) == len(gold)
    assert all(p["a"] in ids and p["b"] in ids for p in pairs)
    assert {g["doc"] for g in gold} <= set(manifest)


def test_facts_precision_and_recall(corpus):
    name, gold, _, manifest, facts, _ = corpus
    assert_facts(gold, manifest, facts, CORPORA[name][0])


def test_conflicts(corpus):
    name, gold, pairs, _, facts, found = corpus
    _, min_conflicts, min_corroborations = CORPORA[name]
    assert_conflicts(pairs, gold, facts, found, min_conflicts, min_corroborations)
