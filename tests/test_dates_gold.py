"""Every gold date of the seed articles (tests/data/seeds), found and normalised, with and without publication dates.

The expected values are the gold notes translated by hand (not taken from the tagger):
with the manifest's dates ("@PUB (a Wednesday)" in an article of 2023-11-08 is 2023-11-08)
and with no publication date at all, where relative values stay partial or unknown.
"""
import json
from datetime import date
from pathlib import Path

import pytest

from checker.extract import timex

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "data" / "seeds" / "facts.jsonl"
SEEDS = ROOT / "seeds"
MANIFEST = SEEDS / "manifest.jsonl"

# fact id -> ((value, resolved_by) with the manifest's dates, (value, resolved_by) with none)
EXPECTED = {
    "000-meet-putin-zhang": (("XXXX-WXX-3", "unresolved"), ("XXXX-WXX-3", "unresolved")),  # undated: a Wednesday
    "000-visit-xi-moscow": (("2023-03", "absolute"), ("2023-03", "absolute")),
    "000-visit-putin-beijing": (("XXXX-02", "unresolved"), ("XXXX-02", "unresolved")),
    "001-visit-belousov-beijing": (("XXXX-WXX-1", "unresolved"), ("XXXX-WXX-1", "unresolved")),
    "001-meet-belousov-zhang": (("XXXX-WXX-2", "unresolved"), ("XXXX-WXX-2", "unresolved")),
    "001-meet-belousov-dong": (("XXXX-WXX-1", "anchor"), ("XXXX-WXX-1", "anchor")),  # the day before Tuesday
    "001-appoint-belousov": (("XXXX-05", "unresolved"), ("XXXX-05", "unresolved")),
    "001-visit-xi-kazan": ((None, "unresolved"), (None, "unresolved")),  # next week of an undated article
    "002-meet-putin-xi": (("2022-12-30", "publication"), ("XXXX-WXX-5", "unresolved")),
    "002-trade-growth-2022": (("2022", "publication"), (None, "unresolved")),
    "002-trade-target-2024": (("2024", "absolute"), ("2024", "absolute")),
    "002-trade-volume-2022": (("2022", "publication"), (None, "unresolved")),
    "002-visit-medvedev-beijing": (("2022-W51", "publication"), (None, "unresolved")),
    "002-visit-xi-russia-invited": (("2023-SP", "publication"), ("XXXX-SP", "unresolved")),
    "003-meet-putin-zhang": (("2023-11-08", "publication"), ("XXXX-WXX-3", "unresolved")),
    "003-meet-zhang-shoigu": (("2023-11-08", "publication"), ("XXXX-WXX-3", "unresolved")),
    "003-visit-xi-moscow": (("2023-03", "publication"), ("XXXX-03", "unresolved")),
    "003-visit-putin-beijing": (("2023-10", "publication"), (None, "unresolved")),
    "004-meet-patrushev-yang": (("XXXX-WXX-1", "unresolved"), ("XXXX-WXX-1", "unresolved")),
    "004-meet-putin-xi-uzbekistan": ((None, "anchor"), (None, "anchor")),  # a few days before that Monday
    "004-trade-growth": ((None, "unresolved"), (None, "unresolved")),  # the publication year, unknown
}


def _gold():
    facts = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [f for f in facts if f.get("date_text")]


def _published() -> dict[str, date | None]:
    rows = [json.loads(line) for line in MANIFEST.read_text(encoding="utf-8").splitlines() if line.strip()]
    return {r["file"]: date.fromisoformat(r["published"]) if r.get("published") else None for r in rows}


def _located(text: str, evidence: str, date_text: str) -> tuple[int, str]:
    """Where the gold's date words are: in the evidence's line, else the nearest occurrence."""
    at = text.index(evidence)
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    line_end = len(text) if line_end < 0 else line_end
    for part in date_text.split(" / "):
        pos = text.find(part, line_start, line_end)
        if pos >= 0:
            return pos, part
    spots = [(abs(i - at), i, part) for part in date_text.split(" / ")
             for i in range(len(text)) if text.startswith(part, i)]
    assert spots, f"{date_text!r} is not in the article"
    _, pos, part = min(spots)
    return pos, part


def _check(mode: int) -> tuple[int, list[str]]:
    published = _published() if mode == 0 else {}
    right, wrong = 0, []
    tagged = {}
    for fact in _gold():
        doc = fact["doc"]
        text = (SEEDS / doc).read_text(encoding="utf-8")
        if doc not in tagged:
            tagged[doc] = timex.tag_text(text, "ar", published.get(doc))
        pos, words = _located(text, fact["evidence"], fact["date_text"])
        hits = [w for w in tagged[doc] if w.start == pos and w.text == words]
        want_value, want_by = EXPECTED[fact["id"]][mode]
        if not hits:
            wrong.append(f"{fact['id']}: {words!r} not found")
        elif (hits[0].value, hits[0].resolved_by) != (want_value, want_by):
            wrong.append(f"{fact['id']}: {words!r} -> {hits[0].value} ({hits[0].resolved_by}), "
                         f"want {want_value} ({want_by})")
        else:
            right += 1
    return right, wrong


@pytest.mark.parametrize("mode", [0, 1], ids=["manifest-dates", "no-dates"])
def test_gold_dates(mode):
    right, wrong = _check(mode)
    total = right + len(wrong)
    print(f"\ngold dates ({'manifest dates' if mode == 0 else 'no publication dates'}): "
          f"{right}/{total} = {right / total:.0%}")
    assert not wrong, "\n".join(wrong)


def test_every_gold_fact_has_an_expectation():
    assert {f["id"] for f in _gold()} == set(EXPECTED)
