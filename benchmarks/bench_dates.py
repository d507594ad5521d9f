"""Our time tagger against dateparser.search_dates on the seed articles.

    python benchmarks/bench_dates.py [--runs 5]

Both get the raw text of each seed and the same reference date (the manifest's publication
date; for an undated article dateparser needs one anyway, so it gets today, and we get none).
A gold date counts as right for us when the expression is found at the gold words with the
expected value (the table of tests/test_dates_gold.py). For dateparser, when one of the
strings it returns covers or sits inside the gold words and its datetime is a day the expected
value allows (a point inside a month is accepted; a guessed value for an unknown one is not).
Speed: documents per second, the median of several runs over the five texts.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import time
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

import dateparser.search  # noqa: E402

from checker.extract import timex  # noqa: E402
from tests.test_dates_gold import EXPECTED, SEEDS, _gold, _located, _published  # noqa: E402


def ours(text: str, pub: date | None):
    return timex.tag_text(text, "ar", pub)


def theirs(text: str, pub: date | None):
    base = datetime.combine(pub, datetime.min.time()) if pub else datetime.now()
    return dateparser.search.search_dates(text, languages=["ar"], settings={"RELATIVE_BASE": base}) or []


def score(docs, published):
    right_ours = right_theirs = total = 0
    tagged = {d: ours(t, published[d]) for d, t in docs.items()}
    found = {d: theirs(t, published[d]) for d, t in docs.items()}
    for fact in _gold():
        total += 1
        text = docs[fact["doc"]]
        pos, words = _located(text, fact["evidence"], fact["date_text"])
        want_value, want_by = EXPECTED[fact["id"]][0]
        if any(w.start == pos and w.text == words and (w.value, w.resolved_by) == (want_value, want_by)
               for w in tagged[fact["doc"]]):
            right_ours += 1
        want = timex.from_value(want_value)
        if want_value is not None and any(
                (s in words or words in s) and timex.contains(want, timex.from_value(dt.date().isoformat()))
                for s, dt in found[fact["doc"]]):
            right_theirs += 1
    return right_ours, right_theirs, total


def speed(func, docs, published, runs):
    times = []
    for _ in range(runs):
        t0 = time.process_time()
        for d, t in docs.items():
            func(t, published[d])
        times.append(time.process_time() - t0)
    return len(docs) / statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    published = _published()
    docs = {p.name: p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))}
    for d, t in docs.items():  # warm up: rule compilation, dateparser's language data
        ours(t, published[d]), theirs(t, published[d])
    r_ours, r_theirs, total = score(docs, published)
    s_ours = speed(ours, docs, published, args.runs)
    s_theirs = speed(theirs, docs, published, args.runs)
    print(f"{'':24}{'gold dates right':>18}{'docs/second':>14}")
    print(f"{'checker.extract.timex':24}{f'{r_ours}/{total}':>18}{s_ours:>14.1f}")
    print(f"{'dateparser.search_dates':24}{f'{r_theirs}/{total}':>18}{s_theirs:>14.1f}")
    print(f"speed ratio: {s_ours / s_theirs:.1f}x ({args.runs} runs, median, {len(docs)} documents)")


if __name__ == "__main__":
    main()
