"""Time `check` of a 1,000-word draft and the full comparison pass against synthetic archives.

    python benchmarks/bench_check.py                # 10^4 and 10^5 facts
    python benchmarks/bench_check.py --sizes 1000000

Archives are built through the public store API (synthetic documents holding many facts each)
in a temporary folder. The draft's facts are synthetic too, chosen to fall in existing blocks, so
the measure is the archive look-up and comparison, not fact extraction.
"""
from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from checker import conflicts, findings, pipeline
from checker.documents import Raw, build
from checker.model import Fact, Quantity
from checker.pipeline import Analysis
from checker.store import Store
from checker.timex import from_value

KINDS = ["visit", "visit", "meeting", "role", "trade_volume"]
FACTS_PER_DOC = 1000
PER_SUBJECT = 100  # facts per person: blocks grow with the archive, as names recur in real news


def synthetic_fact(rng: random.Random, doc_id: str, i: int, people: int) -> Fact:
    kind = rng.choice(KINDS)
    subject = f"Person {rng.randrange(people)}"
    day = date(2015, 1, 1) + timedelta(days=rng.randrange(3650))
    value = rng.choice([day.isoformat(), day.isoformat()[:7], f"XXXX-{day.month:02d}", str(day.year)])
    when = from_value(value, value)
    common = {"doc": doc_id, "kind": kind, "subject": subject, "when": when, "span": (i, i + 1), "id": f"{doc_id[:8]}-{i}",
              "modality": rng.choice(["asserted", "asserted", "asserted", "expected"])}
    if kind == "visit":
        return Fact(place=f"City {rng.randrange(40)}", occasion=rng.choice([None, None, f"Summit {rng.randrange(10)}"]), **common)
    if kind == "meeting":
        return Fact(object=f"Person {rng.randrange(people)}", **common)
    if kind == "role":
        return Fact(object=f"Minister {rng.randrange(people // 5 + 1)}", **common)
    figure = rng.choice([100e9, 120e9, 190e9])
    return Fact(quantity=Quantity(f"{figure:g}", 0, 0, figure, figure * 0.99, figure * 1.01, "USD"),
                **{**common, "subject": f"Trade {rng.randrange(people // 10 + 1)}", "when": from_value(str(day.year))})


def build_archive(path: Path, size: int, seed: int = 1) -> int:
    rng = random.Random(seed)
    people = max(size // PER_SUBJECT, 10)
    store = Store(path)
    for n in range(0, size, FACTS_PER_DOC):
        doc = build(Raw(f"synthetic/{n:08d}.txt", f"synthetic article {n}", lang="en",
                        published=date(2024, 1, 1), published_from="synthetic"))
        facts = tuple(synthetic_fact(rng, doc.id, i, people) for i in range(min(FACTS_PER_DOC, size - n)))
        store.add(doc, Analysis((), facts))
    store.close()
    return people


def draft(people: int, rng: random.Random):
    words = " ".join(rng.choice(["the", "minister", "visited", "talks", "trade", "on", "Wednesday", "9", "November",
                                 "2023", "said", "and"]) for _ in range(1000))
    doc = build(Raw("draft.txt", words, lang="en"), published=date(2024, 1, 10))
    facts = tuple(synthetic_fact(rng, doc.id, i, people) for i in range(30))
    return doc, facts


def percentile(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--runs", type=int, default=30)
    args = parser.parse_args()
    rng = random.Random(7)
    print(f"{'facts':>9} {'build s':>8} {'check p50 ms':>13} {'check p95 ms':>13} {'full pass s':>12} {'findings':>9}")
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes:
            path = Path(tmp) / f"archive-{size}.db"
            t0 = time.perf_counter()
            people = build_archive(path, size)
            built = time.perf_counter() - t0
            store = Store(path)
            times = []
            for run in range(args.runs + 1):  # the first run loads rules and unit tables: not timed
                doc, facts = draft(people, rng)
                pipeline.analyse = lambda d, facts=facts: Analysis((), facts)  # the draft's facts, given
                t0 = time.perf_counter()
                findings.check_draft(store, doc)
                if run:
                    times.append((time.perf_counter() - t0) * 1000)
            t0 = time.perf_counter()
            found = conflicts.compare_store(store)
            full = time.perf_counter() - t0
            store.close()
            print(f"{size:>9} {built:>8.1f} {statistics.median(times):>13.1f} {percentile(times, 95):>13.1f} "
                  f"{full:>12.1f} {len(found):>9}", flush=True)


if __name__ == "__main__":
    main()
