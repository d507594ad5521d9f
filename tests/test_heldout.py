"""A second development set, first written as a held-out one: the checker on tests/data/heldout/,
14 short Arabic and English news reports (8 en, 6 ar) written after the first rules (gold:
facts.jsonl and conflicts.jsonl there, in the format of ../shared/gold). Scored like
test_eval_corpus. Its first measure below is an honest one; later ones are not (see below).

Gold: 101 facts (63 en, 38 ar), 14 pairs (2 true conflicts, 5 look-alikes, 7 agreements of which 6
must be reported as corroborations). People missing from rules/common/entities.yaml were written
by their usual English names: a missing entity is an honest miss.

Measured before any change made while looking at this set (manifest dates):
  en  recall 0.41 (26/63)  precision 0.79 (26/33)
      appointment 0/5, meeting 1/9 (p 1/2), role 11/24 (p 11/11), trade_growth 3/3 (p 3/4),
      trade_volume 6/9 (p 6/9), visit 5/13 (p 5/7)
  ar  recall 0.45 (17/38)  precision 0.85 (17/20)
      appointment 0/4 (p 0/1), meeting 2/7 (p 2/2), role 6/15 (p 6/6), trade_growth 3/3 (p 3/3),
      trade_volume 2/4 (p 2/4), visit 4/5 (p 4/4)
  conflicts: 0/2 true conflicts reported, 0 look-alikes flagged, 3/6 corroborations.

After improvements guided by tests/data/eval only (appointments with an 'as <post>' or accusative
office phrase, trigger words inside names ignored, capitals named by their country's adjective):
  the same numbers, kind by kind: en 0.41 / 0.79, ar 0.45 / 0.85, conflicts 0/2, look-alikes 0,
  corroborations 3/6. The held-out misses are mostly people and posts the data does not know
  (no entity, no title rule for their country), which rules fitted to other articles cannot supply.

After posts were composed from office and nationality data for 128 countries. This set is no
longer held out: the people this docstring once listed as missing entities reached rule examples
and title tests written afterwards, so these numbers are not a clean measure of unseen text (that is
tests/test_unseen.py now). Measured after that, and after trade facts were matched to the gold by
their figure as well as their countries (before, one extracted figure stood for every gold figure
of the pair, and a true conflict was counted as a flagged look-alike):
  en  recall 0.65 (41/63)  precision 0.84 (41/49)
  ar  recall 0.53 (20/38)  precision 0.74 (20/27)
  conflicts: 1/2 true conflicts reported (the other needs one unknown person matched across
  languages), 0 look-alikes flagged, 3/6 corroborations.
Arabic recall rose and precision fell: an Arabic name after a post has no capital letters to mark
where it ends, so a post now recognised for any country also captures more words that are not
names. Left as measured rather than tuned on this set.

Floors (a regression guard, a few points under the latest numbers, not a target):
  en recall 0.60, precision 0.79; ar recall 0.48, precision 0.69; no look-alike flagged;
  at least 1 true conflict and 2 corroborations.
"""
from pathlib import Path

import pytest

from goldmatch import assert_conflicts, assert_facts, ingest_corpus, jsonl

HELDOUT = Path(__file__).parent / "data" / "heldout"
GOLD = jsonl(HELDOUT / "facts.jsonl")
PAIRS = jsonl(HELDOUT / "conflicts.jsonl")
MANIFEST = {m["file"]: m for m in jsonl(HELDOUT / "manifest.jsonl")}

FLOORS = {"en": (0.60, 0.79), "ar": (0.48, 0.69)}  # (recall, precision) per language
MIN_CONFLICTS_FOUND = 1
MIN_CORROBORATIONS = 2


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    store, facts, found = ingest_corpus(HELDOUT, tmp_path_factory)
    yield store, facts, found
    store.close()


def test_gold_quotes_its_articles():
    for g in GOLD:
        assert g["evidence"] in (HELDOUT / g["doc"]).read_text(encoding="utf-8"), g["id"]
    ids = {g["id"] for g in GOLD}
    assert len(ids) == len(GOLD)
    assert all(p["a"] in ids and p["b"] in ids for p in PAIRS)
    assert {g["doc"] for g in GOLD} <= set(MANIFEST)


def test_heldout_facts_precision_and_recall(archive):
    assert_facts(GOLD, MANIFEST, archive[1], FLOORS)


def test_heldout_conflicts(archive):
    assert_conflicts(PAIRS, GOLD, archive[1], archive[2], MIN_CONFLICTS_FOUND, MIN_CORROBORATIONS)
