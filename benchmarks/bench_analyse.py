"""The whole analysis of an article against dateparser's search_dates alone, on the same texts.

    python benchmarks/bench_analyse.py [--runs 5]

Texts: the five seeds and the real corpus's dev part (tests/data/real/dev), each with its
manifest's publication date. Both are warmed up first (rules compiled, dateparser's language
data loaded), then each run times one pass over all texts; the table gives the median of the
runs in milliseconds per article, and the ratio of the two medians measured in the same run.
"""
from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from checker import pipeline  # noqa: E402
from checker.read import documents  # noqa: E402


def corpus(folder: Path) -> list[documents.Document]:
    out = []
    for line in (folder / "manifest.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        m = json.loads(line)
        pub = m.get("published")
        pub = date.fromisoformat(pub) if pub and len(pub) == 10 else None
        out.append(documents.load_file((folder / m["file"]).resolve(), published=pub, lang=m.get("lang")))
    return out


def per_article_ms(func, docs, runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        for d in docs:
            func(d)
        times.append((time.perf_counter() - start) * 1000 / len(docs))
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    from dateparser.search import search_dates

    def theirs(d):
        return search_dates(d.text, languages=[d.lang])

    sets = {"seeds": corpus(ROOT / "tests" / "data" / "seeds"), "real dev": corpus(ROOT / "tests" / "data" / "real" / "dev")}
    print(f"{'texts':10} {'articles':>8} {'checker ms':>11} {'dateparser ms':>14} {'ratio':>6}")
    for name, docs in sets.items():
        for d in docs:  # warm up both
            pipeline.analyse(d)
            theirs(d)
        ours_ms = per_article_ms(pipeline.analyse, docs, args.runs)
        theirs_ms = per_article_ms(theirs, docs, args.runs)
        print(f"{name:10} {len(docs):>8} {ours_ms:>11.2f} {theirs_ms:>14.2f} {theirs_ms / ours_ms:>5.1f}x")


if __name__ == "__main__":
    main()
