"""The whole analysis of an article against dateparser's search_dates alone, on the same texts.

    python benchmarks/bench_analyse.py [--runs 5]

Texts: the five seeds and the real corpus's dev part (tests/data/real/dev), each with its
manifest's publication date. Each run is a fresh process per side that first warms up on other
texts (tests/data/eval: rules compiled, dateparser's language data loaded, neither side's caches
holding the measured sentences), then times one pass over the measured texts. The two sides
alternate; the table gives the median of the runs in milliseconds per article (wall and CPU), and
the ratio of the two medians measured in the same run.
"""
from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

SETS = {"seeds": ROOT / "tests" / "data" / "seeds", "real dev": ROOT / "tests" / "data" / "real" / "dev"}
WARM = ROOT / "tests" / "data" / "eval"


def corpus(folder: Path) -> list:
    from checker.read import documents

    out = []
    for line in (folder / "manifest.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        m = json.loads(line)
        pub = m.get("published")
        pub = date.fromisoformat(pub) if pub and len(pub) == 10 else None
        out.append(documents.load_file((folder / m["file"]).resolve(), published=pub, lang=m.get("lang")))
    return out


def one_pass(side: str, folder: Path) -> dict:
    """In this process: warm up on WARM, then time one pass over `folder` (ms per article)."""
    if side == "checker":
        from checker import pipeline

        func = pipeline.analyse
    else:
        from dateparser.search import search_dates

        def func(d):
            return search_dates(d.text, languages=[d.lang])
    for d in corpus(WARM):
        func(d)
    docs = corpus(folder)
    wall, cpu = time.perf_counter(), time.process_time()
    for d in docs:
        func(d)
    return {"wall": (time.perf_counter() - wall) * 1000 / len(docs),
            "cpu": (time.process_time() - cpu) * 1000 / len(docs), "n": len(docs)}


def measured(side: str, folder: Path) -> dict:
    out = subprocess.run([sys.executable, __file__, "--one", side, str(folder)], check=True,
                         capture_output=True, text=True, cwd=ROOT)
    return json.loads(out.stdout)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--one", nargs=2, metavar=("SIDE", "FOLDER"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(one_pass(args.one[0], Path(args.one[1]))))
        return
    print(f"{'texts':10} {'articles':>8} {'checker ms':>11} {'dateparser ms':>14} {'ratio':>6}   (CPU: checker, dateparser, ratio)")
    for name, folder in SETS.items():
        runs = {"checker": [], "dateparser": []}
        for _ in range(args.runs):
            for side in runs:
                runs[side].append(measured(side, folder))
        med = {side: {k: statistics.median(r[k] for r in rs) for k in ("wall", "cpu")} for side, rs in runs.items()}
        ours, theirs = med["checker"], med["dateparser"]
        print(f"{name:10} {runs['checker'][0]['n']:>8} {ours['wall']:>11.2f} {theirs['wall']:>14.2f} "
              f"{theirs['wall'] / ours['wall']:>5.1f}x   ({ours['cpu']:.2f}, {theirs['cpu']:.2f}, "
              f"{theirs['cpu'] / ours['cpu']:.1f}x)")


if __name__ == "__main__":
    main()
