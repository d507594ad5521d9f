"""Peak memory and time of `checker report` on synthetic archives of 10^4, 10^5 and 10^6 facts.

    python benchmarks/bench_report.py                            # 10^4, 10^5, 10^6 facts, 3 runs each
    python benchmarks/bench_report.py --sizes 10000 100000 --runs 5
    python benchmarks/bench_report.py --sizes --articles 3000     # wire-style articles (bench_ingest.py)

The archives are those of bench_check.py (built once, then kept in --cache; the 10^6 one takes
some minutes to build and about 400 MB of disk). Each run copies the archive, so that every run
compares it afresh, and runs `python -m checker report --db COPY --out DIR` in a child process
whose peak resident memory is read from the kernel (wait4's ru_maxrss: that process alone). The
medians of the runs are printed, with two same-run baselines: the peak of a child that only
imports the checker's modules, and the size of the archive's facts table as SQLite stores it.

`--articles N` measures stores of N generated wire-style articles instead (bench_ingest.py's, all
about 16 people: few blocks of thousands of facts, so many findings with many quotes each), ingested
once through `checker ingest` and kept in --cache too.
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

import bench_check  # noqa: E402  (the archives)
import bench_ingest  # noqa: E402  (the articles)

from checker.store import Store  # noqa: E402

IMPORTS = "import checker.cli, checker.archive, checker.output.report, checker.store, jinja2"


def peak(args: list[str], env: dict) -> tuple[float, float, int]:
    """(peak resident MB, wall seconds, exit code) of one child process."""
    started = time.perf_counter()
    child = subprocess.Popen(args, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - started
    child.returncode = os.waitstatus_to_exitcode(status)
    err = child.stderr.read().decode(errors="replace")
    child.stderr.close()
    if child.returncode:
        raise SystemExit(f"{' '.join(args)}: exit {child.returncode}\n{err}")
    scale = 1 if sys.platform == "darwin" else 1024  # bytes on macOS, KiB on Linux
    return usage.ru_maxrss * scale / 1e6, wall, child.returncode


def counts(db: Path) -> tuple[int, int, int, float]:
    """(facts, documents, findings, MB of the facts table and its indexes) of a compared archive."""
    with Store(db) as store:
        one = store.conn.execute
        facts = one("SELECT count(*) FROM facts").fetchone()[0]
        docs = one("SELECT count(*) FROM documents").fetchone()[0]
        findings = one("SELECT count(*) FROM findings").fetchone()[0]
        try:
            size = one("SELECT sum(pgsize) FROM dbstat WHERE name = 'facts' OR name LIKE 'idx_facts%'").fetchone()[0]
        except Exception:  # SQLite built without the dbstat table
            size = 0
    return facts, docs, findings, (size or 0) / 1e6


def articles_store(cache: Path, n: int, env: dict) -> tuple[Path, float | None]:
    """A store of `n` generated articles, ingested the first time; and the ingest time if it was."""
    path = cache / f"articles-{n}-{bench_check.schema_key()}.db"
    if path.exists():
        return path, None
    cache.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="bench-report-") as tmp:
        corpus = bench_ingest.write_corpus(Path(tmp, "articles.jsonl"), n)
        partial = Path(tmp, "store.db")
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "checker", "ingest", "--db", str(partial), str(corpus)], env=env,
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        built = time.perf_counter() - started
        with Store(partial) as store:
            store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        shutil.copyfile(partial, path)
    return path, built


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--articles", type=int, nargs="*", default=[], help="stores of N generated articles")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "checker-bench")
    args = parser.parse_args()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(HERE.parent), os.environ.get("PYTHONPATH")]))}
    print(bench_check.machine())
    print(f"{'facts':>9} {'docs':>6} {'findings':>9} {'facts MB':>9} {'report MB':>10} {'peak MB':>8} "
          f"{'imports MB':>11} {'wall s':>7}  (medians of {args.runs} runs)")
    stores = [("facts", size, lambda size=size: bench_check.archive(args.cache, size)) for size in args.sizes]
    stores += [("articles", n, lambda n=n: articles_store(args.cache, n, env)) for n in args.articles]
    for what, size, make in stores:
        archive, built = make()
        if built is not None:
            print(f"(built the store of {size:,} {what} in {built:.0f} s)", flush=True)
        peaks, walls, bases, written = [], [], [], 0
        with tempfile.TemporaryDirectory(prefix="bench-report-") as tmp:
            db, out = Path(tmp, "archive.db"), Path(tmp, "reports")
            for _ in range(args.runs):
                shutil.copyfile(archive, db)
                for suffix in ("-wal", "-shm"):
                    Path(str(db) + suffix).unlink(missing_ok=True)
                mb, wall, _ = peak([sys.executable, "-m", "checker", "report", "--db", str(db), "--out", str(out)],
                                   env)
                peaks.append(mb)
                walls.append(wall)
                bases.append(peak([sys.executable, "-c", IMPORTS], env)[0])
                written = sum(p.stat().st_size for p in out.iterdir()) / 1e6
            facts, docs, findings, table = counts(db)
        print(f"{facts:>9} {docs:>6} {findings:>9} {table:>9.0f} {written:>10.1f} {statistics.median(peaks):>8.0f} "
              f"{statistics.median(bases):>11.0f} {statistics.median(walls):>7.1f}", flush=True)


if __name__ == "__main__":
    main()
