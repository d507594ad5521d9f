"""Score the facts extracted from the seeds against ../shared/gold/seed-facts.jsonl.

A gold fact is found when an extracted fact of the same document and kind names the same
participants (an unordered pair for meetings; the trading countries for trade facts) and the
same place or post where the gold gives one. Precision counts every extracted fact: one that
matches neither the shared gold nor tests/data/seed-facts-extra.jsonl (true facts of the seeds
that the shared gold leaves out, each checked by hand against its evidence) is a false positive,
and so is any fact from an article's boilerplate.
"""
import json
from collections import Counter
from pathlib import Path

import pytest

from checker import documents, pipeline

from conftest import GOLD, SEEDS
from goldmatch import jsonl as _jsonl, matches

EXTRA = Path(__file__).parent / "data" / "seed-facts-extra.jsonl"


def extracted(with_dates: bool):
    manifest = {m["file"]: m for m in _jsonl(SEEDS / "manifest.jsonl")}
    out = {}
    for path in sorted(SEEDS.glob("*.txt")):
        published = manifest[path.name]["published"] if with_dates else None
        doc = documents.load_file(path, published=published, lang="ar")
        out[path.name] = (doc, pipeline.analyse(doc).facts)
    return out


def score(facts_by_doc, gold, extra):
    found, used, per_kind = set(), set(), Counter()
    for g in gold:
        doc, facts = facts_by_doc[g["doc"]]
        for f in facts:
            if f.id not in used and matches(f, g):
                found.add(g["id"]), used.add(f.id)
                break
    false_pos = []
    for name, (doc, facts) in facts_by_doc.items():
        for f in facts:
            if f.id in used:
                continue
            if any(e["doc"] == name and matches(f, e) and e["evidence"] in doc.text for e in extra):
                used.add(f.id)
            else:
                false_pos.append((name, f))
    total = sum(len(facts) for _, facts in facts_by_doc.values())
    for g in gold:
        per_kind[g["kind"], g["id"] in found] += 1
    return found, false_pos, total, per_kind


@pytest.mark.parametrize("with_dates", [True, False], ids=["manifest-dates", "no-dates"])
def test_seed_facts_precision_and_recall(with_dates):
    gold, extra = _jsonl(GOLD / "seed-facts.jsonl"), _jsonl(EXTRA)
    facts = extracted(with_dates)
    found, false_pos, total, per_kind = score(facts, gold, extra)
    recall = len(found) / len(gold)
    precision = (total - len(false_pos)) / total if total else 0.0
    print(f"\nfacts: recall {recall:.2f} ({len(found)}/{len(gold)}), precision {precision:.2f} "
          f"({total - len(false_pos)}/{total})")
    for kind in sorted({k for k, _ in per_kind}):
        hit, miss = per_kind[kind, True], per_kind[kind, False]
        print(f"  {kind:13} recall {hit}/{hit + miss}")
    for g in gold:
        if g["id"] not in found:
            print(f"  missed  {g['id']}")
    for name, f in false_pos:
        print(f"  extra   {name[:3]} {f.kind} {f.subject} / {f.object or f.place} ({f.rule}): {f.sentence[:70]}")
    assert recall >= 0.9
    assert precision >= 0.8


def test_extra_facts_quote_their_documents():
    # The hand-checked extra facts must quote the seed they name, word for word.
    for e in _jsonl(EXTRA):
        assert e["evidence"] in (SEEDS / e["doc"]).read_text(encoding="utf-8"), e
