"""Time `check` of a 1,000-word draft and the full comparison pass against synthetic archives.

    python benchmarks/bench_check.py                          # 10^4, 10^5 and 10^6 facts
    python benchmarks/bench_check.py --sizes 10000 --runs 50

Archives are built through the public store API (synthetic documents holding many facts each)
once, then kept in --cache (default: a folder under the system temporary folder), keyed by size,
seed, generator version and the store's schema, so a 10^6 archive is built only the first time.
The draft's facts are synthetic too, chosen to fall in existing blocks, so the measure is the
archive look-up and comparison, not fact extraction (the draft's dates are still tagged).

The process is pinned to one CPU where the system allows it. On a busy machine wall-clock
times swing, so each size also gives the CPU time of the process (cpu columns) and times two
plain reads of the same database in the same run: `count(*)` of the facts table, and reading
every row of it (`SELECT *`) in Python; `pass/read` is the full pass over that read.
"""
from __future__ import annotations

import argparse
import hashlib
import os
import platform
import random
import statistics
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from checker import archive as archive_api
from checker import pipeline
from checker.read.documents import Raw, build
from checker.model import Fact, Quantity
from checker.pipeline import Analysis
from checker.store import Store
from checker.extract.timex import from_value

GENERATOR = 1  # bump when synthetic_fact or build_archive change what they write
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


def people_for(size: int) -> int:
    return max(size // PER_SUBJECT, 10)


def build_archive(path: Path, size: int, seed: int = 1) -> None:
    rng = random.Random(seed)
    people = people_for(size)
    store = Store(path)
    for n in range(0, size, FACTS_PER_DOC):
        doc = build(Raw(f"synthetic/{n:08d}.txt", f"synthetic article {n}", lang="en",
                        published=date(2024, 1, 1), published_from="synthetic"))
        facts = tuple(synthetic_fact(rng, doc.id, i, people) for i in range(min(FACTS_PER_DOC, size - n)))
        store.add(doc, Analysis((), facts))
    store.conn.execute("ANALYZE")
    store.close()


def schema_key() -> str:
    """A digest of the schema a fresh store creates: a changed table or index means a new archive."""
    store = Store(memory=True)
    sql = sorted(r[0] or "" for r in store.conn.execute("SELECT sql FROM sqlite_master"))
    store.close()
    return hashlib.sha256("\n".join(sql).encode()).hexdigest()[:10]


def archive(cache: Path, size: int, seed: int = 1) -> tuple[Path, float | None]:
    """The cached archive of `size` facts, built first if missing; and the build time if built."""
    path = cache / f"archive-{size}-s{seed}-g{GENERATOR}-{schema_key()}.db"
    if path.exists():
        return path, None
    cache.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".partial")
    for leftover in cache.glob(partial.name + "*"):
        leftover.unlink()
    t0 = time.perf_counter()
    build_archive(partial, size, seed)
    built = time.perf_counter() - t0
    for suffix in ("-wal", "-shm"):
        Path(str(partial) + suffix).unlink(missing_ok=True)
    partial.rename(path)
    return path, built


def draft(people: int, rng: random.Random):
    words = " ".join(rng.choice(["the", "minister", "visited", "talks", "trade", "on", "Wednesday", "9", "November",
                                 "2023", "said", "and"]) for _ in range(1000))
    doc = build(Raw("draft.txt", words, lang="en"), published=date(2024, 1, 10))
    facts = tuple(synthetic_fact(rng, doc.id, i, people) for i in range(30))
    return doc, facts


def percentile(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


def machine() -> str:
    model = platform.processor() or "unknown CPU"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    pinned = ""
    if hasattr(os, "sched_getaffinity"):
        pinned = f", pinned to {len(os.sched_getaffinity(0))} CPU"
    return f"{model}, nproc {os.cpu_count()}{pinned}, Python {platform.python_version()}, {platform.system()}"


def baselines(store: Store) -> tuple[float, float]:
    """Milliseconds for count(*) of the facts table; seconds to read all its rows in Python."""
    t0 = time.perf_counter()
    store.conn.execute("SELECT count(*) FROM facts").fetchone()
    count_ms = (time.perf_counter() - t0) * 1000
    t0 = time.perf_counter()
    for _ in store.conn.execute("SELECT * FROM facts"):
        pass
    return count_ms, time.perf_counter() - t0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--runs", type=int, default=30)
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "checker-bench")
    parser.add_argument("--all-cpus", action="store_true", help="do not pin the process to one CPU")
    args = parser.parse_args()
    if not args.all_cpus and hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
    print(machine())
    print(f"{'facts':>9} {'build s':>8} {'count ms':>9} {'read all s':>11} {'check p50 ms':>13} "
          f"{'check p95 ms':>13} {'cpu p95 ms':>11} {'full pass s':>12} {'cpu s':>6} {'pass/read':>10} "
          f"{'findings':>9}")
    rng = random.Random(7)
    for size in args.sizes:
        path, built = archive(args.cache, size)
        people = people_for(size)
        store = Store(path)
        count_ms, read_s = baselines(store)
        times, cpu = [], []
        for run in range(args.runs + 1):  # the first run loads rules and unit tables: not timed
            doc, facts = draft(people, rng)
            pipeline.analyse = lambda d, facts=facts, **_: Analysis((), facts)  # the draft's facts, given
            t0, c0 = time.perf_counter(), time.process_time()
            archive_api.check_draft(store, doc)
            if run:
                times.append((time.perf_counter() - t0) * 1000)
                cpu.append((time.process_time() - c0) * 1000)
        t0, c0 = time.perf_counter(), time.process_time()
        found = sum(1 for _ in archive_api.compare_store(store))  # streamed: counted, not kept
        full, full_cpu = time.perf_counter() - t0, time.process_time() - c0
        store.close()
        print(f"{size:>9} {'cached' if built is None else f'{built:.1f}':>8} {count_ms:>9.1f} {read_s:>11.2f} "
              f"{statistics.median(times):>13.1f} {percentile(times, 95):>13.1f} {percentile(cpu, 95):>11.1f} "
              f"{full:>12.1f} {full_cpu:>6.1f} {full / read_s:>10.1f} {found:>9}", flush=True)


if __name__ == "__main__":
    main()
