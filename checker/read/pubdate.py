"""An article's publication date from its own header lines, with the evidence for the choice.

Candidates are the dates (rules/<lang>/pubdate.yaml, month names from <lang>/dates.yaml)
printed in the header: the lines before the first paragraph. With several candidates (a
page prints its own date next to the article's), each is scored on evidence found in the
text: a date printed again (a photo caption) and a weekday the text names (the event day
of a news story) that fits it but not every other candidate. Without any evidence the
earliest wins: a page's own date is never before its article's.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from checker import rules
from checker.textfold import fold

# Layout, not language: the header is the first few lines, up to the first paragraph.
HEADER_LINES = 8
PARAGRAPH_CHARS = 160


@dataclass(frozen=True)
class Choice:
    published: date | None
    evidence: str


@lru_cache(maxsize=None)
def _patterns(lang: str) -> tuple[tuple[rules.Rule, re.Pattern], ...]:
    dates = rules.load(lang, "dates")
    return tuple((r, dates.compile(r["date_pattern"], r.id)) for r in rules.load(lang, "pubdate").rules)


@lru_cache(maxsize=None)
def _weekday_pattern(lang: str) -> re.Pattern | None:
    dates = rules.load(lang, "dates")
    return dates.compile(r"(?<!\w)(?P<weekday>{weekday})(?!\w)") if "weekday" in dates.lexicons else None


def _date(m: re.Match, lang: str) -> date | None:
    g = m.groupdict()
    month = g.get("month_number")
    month = int(month) if month else rules.load(lang, "dates").lookup("month", g.get("month") or "")
    try:
        return date(int(g["year"]), int(month), int(g["day"]))
    except (TypeError, ValueError):
        return None


def dates_in(text: str, lang: str) -> list[tuple[date, int, int]]:
    """Every full date in `text`: (date, start, end), spans in `text`."""
    folded = fold(text)
    out = []
    for _rule, rx in _patterns(lang):
        for m in rx.finditer(folded.text):
            d = _date(m, lang)
            if d:
                out.append((d, *folded.span(*m.span())))
    return sorted(set(out), key=lambda x: x[1])


def _header_end(text: str, kept) -> int:
    """Offset where the header lines end."""
    lines = 0
    for s, e in kept:
        if e - s >= PARAGRAPH_CHARS or lines >= HEADER_LINES:
            return s
        lines += 1
    return len(text)


def _weekdays(text: str, lang: str) -> dict[int, str]:
    """ISO weekday -> the word the text names it with."""
    rx = _weekday_pattern(lang)
    if rx is None:
        return {}
    folded = fold(text)
    out: dict[int, str] = {}
    for m in rx.finditer(folded.text):
        s, e = folded.span(*m.span())
        out.setdefault(rules.load(lang, "dates").lookup("weekday", m.group("weekday")), text[s:e])
    return out


def choose(text: str, kept, lang: str) -> Choice:
    """The publication date printed in the header of `text` (kept: its cleaned ranges)."""
    header_end = _header_end(text, kept)
    header = [(s, e) for s, e in kept if e <= header_end]
    found = [d for s, e in header for d in dates_in(text[s:e], lang)]
    candidates = sorted({d for d, _s, _e in found})
    if not candidates:
        return Choice(None, "no date found")
    article = "\n".join(text[s:e] for s, e in kept)
    everywhere = [d for d, _s, _e in dates_in(article, lang)]
    named = _weekdays(article, lang)

    def reasons(d: date) -> list[str]:
        why = []
        if everywhere.count(d) > 1:
            why.append("repeated in the text")
        fits = [w for w in named if w == d.isoweekday()]
        # A weekday counts only when it tells the candidates apart.
        if fits and (len(candidates) == 1 or any(c.isoweekday() != d.isoweekday() for c in candidates)):
            why.append(f"the text's '{named[fits[0]]}' ({_weekday_name(fits[0])}) fits it")
        return why

    if len(candidates) == 1:
        d = candidates[0]
        return Choice(d, "; ".join([f"header date {d.isoformat()}", *reasons(d)]))
    listed = ", ".join(c.isoformat() for c in sorted(candidates, key=lambda c: [x for x, *_ in found].index(c)))
    best = max(candidates, key=lambda c: (len(reasons(c)), -c.toordinal()))
    why = reasons(best) or ["no other evidence, the earliest (a page's own date is never before its article's)"]
    return Choice(best, f"header dates {listed}; chose {best.isoformat()}: " + "; ".join(why))


def run_example(ruleset, rule, example) -> dict | None:
    """Example runner for pubdate rules: the first date the rule reads in the example."""
    folded = fold(example.text)
    m = _patterns_by_id(ruleset.lang)[rule.id].search(folded.text)
    d = _date(m, ruleset.lang) if m else None
    return {"date": d.isoformat()} if d else None


def _patterns_by_id(lang: str) -> dict[str, re.Pattern]:
    return {r.id: rx for r, rx in _patterns(lang)}


def _weekday_name(n: int) -> str:
    """The display name of ISO weekday n (1 = Monday), for the evidence (reports are in English)."""
    return rules.load("en", "dates").lexicon("display_weekday")[str(n)]
