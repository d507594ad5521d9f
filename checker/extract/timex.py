"""Time expressions: find them in a sentence and normalise each to a When.

The words and patterns live in rules/<lang>/dates.yaml (what an expression is) and
rules/<lang>/modality.yaml (clause cues for tense and modality). This module only knows
how to compute: a rule's named groups say what was matched, by convention

    day, month, year, weekday, season   parts of a calendar date (month/weekday/season via lexicons)
    day_end, month_end, year_end        the end of a range
    unit, offset                        'last month': unit month, offset -1 (lexicon unit*, offset*)
    minus, plus                         before / after the anchor (the previous event in the text)
    period, ordinal, count              'the second quarter' (Q, 2), 'the first nine months' (count 9)
    decade                              'the 1990s' (1990), or a decade word's lexicon value (199)
    approx                              'about': the value is approximate
    numeric                             a date in digits, read by dateparser (value: {order: DMY})
    fiscal                              'FY', 'fiscal year': the years are a fiscal year (value: {fiscal: true})
    solar_year, solar_month             a year and month of the Solar Hijri (Iranian) calendar ('1402', 'Khordad'),
                                        in a rule whose value says {calendar: solar_hijri}: read as the Gregorian
                                        days they cover; without a year, the Iranian year of publication (+ offset)
    solar                               the calendar's name ('Iranian year') after a month: its offset counts years

and a trailing digit (month2, offset3) marks the same part in another branch of a pattern.
The rule's `value` mapping supplies defaults ({offset: 0}) and modes ({anchor: day},
{anchor: days, from: 2, to: 10}, {recent: 3}, {period: Q}, {first: true}, {ago: true}, {to_date: true}, {fiscal: true},
{within: 1} ('within five years': by then; -1 or a past clause: the years up to publication; 3, 'in five
years': by then in a future clause, else no date; 2, 'the
coming five years': by then, whatever the clause),
{weekend: true} ('next weekend': the one after the week of publication; with {coming: true}, the first
one after publication: 'the coming weekend'),
{ending: true} ('the year to March', 'the June quarter': the months up to the month named; Iranian months
in a text that names the Iranian calendar, the `solar_word` pattern),
{length: true} ('a three-day visit': joined to the day it starts on, beside it in the sentence),
{term: true} ('for a period of two years': joined to the day right before it that `term_start` marks as a start).
Patterns of the dates file the module reads: `since` (before a date: a span up to publication,
unless `since_point` stands shortly before: 'the first visit since 2019'), `until` (before the
end of a range whose start is the previous date), and the lexicon `fiscal_country` (a country's
word -> the MM-DD its fiscal year starts; the country a text names most decides '2022-23').
Values are TIMEX3-style strings; a value never borrows a part the text does not give (no year guessed, no day copied from today).

Speed: the `trigger` pattern of a dates file finds the words every expression holds; the rules
run only in short windows around them, each rule only near the trigger groups it uses.
"""
from __future__ import annotations

import bisect
import calendar
import re
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cached_property, lru_cache

from checker import languages, rules
from checker.languages import Language
from checker.extract import prefilter
from checker.model import When
from checker.textfold import fold

SEASON_MONTHS = {"SP": (3, 4, 5), "SU": (6, 7, 8), "FA": (9, 10, 11), "WI": (12, 1, 2)}
PERIOD_MONTHS = {"Q": 3, "H": 6}  # quarters and halves of a year: months in each
PERIOD_GRANULARITY = {"Q": "quarter", "H": "half"}
# How far an approximate value may stray, by granularity (days).
TOLERANCE = {"day": 3, "week": 7, "month": 15, "season": 30, "quarter": 30, "half": 45, "year": 60, "decade": 365}
# Solar Hijri years read as such (1300 = 1921, 1499 = 2121): the span of modern news.
SOLAR_YEARS = (1300, 1499)
# Enough years for every combination of weekday and calendar date (the Gregorian 28-year cycle).
CYCLE = (date(2000, 1, 1), date(2027, 12, 31))
# Characters a rule may reach before and after a trigger word ('since the beginning of the year').
WINDOW = (40, 15)
LONGEST_WORD = 64  # no word is longer; a longer run of word characters is not language
# How far from a time expression a tense cue may be, before and after it.
CUE_REACH = (150, 80)
# Words between a modal cue and the verb it governs ('scheduled [to be] held', 'min al-muqarrar [an] yazur'):
# two at most, no punctuation.
_GOVERNED_GAP = re.compile(r"\s*(?:\w+\s+){0,2}")
GOVERNED_CHARS = 24
# A single day told this close before 'the second day of the visit' is that day told again, not the first.
TRIP_DAY_RESTATED = 60
# How far after a date the end of its range may stand ('on Wednesday ... through Thursday').
JOIN_REACH = 80
# How far before and after its length ('a three-day visit') a date may stand and be its first day; a
# day before it in the same clause joins however far ('arrived on Monday [the subject, the place], on
# a three-day visit'), unless a clause of its own begins between (`length_apart` in dates.yaml).
LENGTH_REACH = (40, 25)
# How far before a date 'since' and the words that make it a point ('the first ... since') may stand.
SINCE_REACH = (12, 80)
# A day and month without a year or a tense cue ('a trip starting June 17') that comes this many days
# after publication at most, and sooner than it last came, is the coming one: news announces the weeks ahead.
SOON = 92
TAKES_EFFECT_REACH = 40  # characters before a date where the words of a decision taking effect stand
# The most years a span with its end in two digits may cover ('2016-20'; '2023-13' is no span).
SHORT_SPAN = 10
# Days a trip's programme may run past its told length: a trip told from the day one sets off ('flies on
# Saturday for a three-day visit') may hold its three days from the day after.
TRAVEL_DAYS = 1
# A sentence ends before a capital or an Arabic letter: a cue beyond it is another sentence's.
_SENTENCE_END = re.compile(r"[.!?\u061f]\s+(?=[A-Z\u0600-\u06ff\"'\u201c])")


# --- matching ----------------------------------------------------------------------------

@dataclass(frozen=True)
class _Hit:
    """A match of a date rule, with its parts by canonical name."""

    start: int  # in folded text
    end: int
    rule: rules.Rule
    parts: dict  # canonical group name -> matched text


def _canonical(group: str) -> str:
    return group.rstrip("0123456789")


@languages.compiled
def _trigger(lang: Language) -> tuple[re.Pattern | None, tuple[frozenset, ...]]:
    """The trigger pattern, and for each rule the trigger groups near which it can match
    (the groups whose lexicon or pattern its own pattern uses; empty: it runs in every window)."""
    ruleset = lang.rules("dates")
    if "trigger" not in ruleset.patterns:
        return None, tuple(frozenset() for _ in ruleset.rules)
    trigger = ruleset.compile("{trigger}")
    alts = {g: ruleset.compile("{" + g + "}").pattern for g in trigger.groupindex}
    needs = tuple(frozenset(g for g, alt in alts.items() if alt in rule.source) for rule in ruleset.rules)
    return trigger, needs


@prefilter.scanned
@languages.compiled(persist=True)
def _gate(lang: Language) -> prefilter.RuleGate:
    """The words the date rules need: a rule runs only in a window that holds one of its own."""
    return prefilter.RuleGate(lang.rules("dates").rules)


def _windows(lang: str, folded: str) -> list[tuple[int, int, set]]:
    """Stretches of text around the trigger words, with the groups that fired there."""
    trigger = _trigger(lang)[0]
    if trigger is None:
        return [(0, len(folded), set())]
    spans: list[list] = []
    for m in trigger.finditer(folded):
        lo, hi = max(0, m.start() - WINDOW[0]), _word_end(folded, m.end() + WINDOW[1])
        if spans and lo <= spans[-1][1]:
            spans[-1][1] = hi
        else:
            spans.append([lo, hi, set()])
        spans[-1][2].add(m.lastgroup)
    return [tuple(s) for s in spans]


def _word_end(text: str, pos: int) -> int:
    """The end of the word at `pos`, so that no rule sees a word cut short.

    The search stops after LONGEST_WORD characters: a run of letters and digits (an inline data
    blob) would otherwise be scanned to its end once per trigger inside it."""
    if pos >= len(text):
        return len(text)
    m = _NON_WORD.search(text, pos, pos + LONGEST_WORD)
    return m.start() if m else min(len(text), pos + LONGEST_WORD)


_NON_WORD = re.compile(r"\W")


def _hit(rule: rules.Rule, m: re.Match) -> _Hit:
    """A rule's match with the groups it filled, named canonically."""
    return _Hit(m.start(), m.end(), rule, {_canonical(k): v for k, v in m.groupdict().items() if v is not None})


def _find(ruleset: rules.RuleSet, folded: str) -> list[_Hit]:
    """The rules over the trigger windows; overlaps go to the longest, then the higher priority."""
    windows = _windows(ruleset.lang, folded)
    if not windows:
        return []
    needs = _trigger(ruleset.lang)[1]
    gate = _gate(ruleset.lang)
    hits = {}
    for lo, hi, fired in windows:  # windows do not overlap: no match is found twice
        for order in gate.positions(ruleset.rules, folded, lo, hi):
            if needs[order] and needs[order].isdisjoint(fired):
                continue
            rule = ruleset.rules[order]
            for m in rule.regex.finditer(folded, lo, hi):
                if m.end() > m.start() and (m.start(), m.end(), order) not in hits:
                    hits[m.start(), m.end(), order] = _hit(rule, m)
    # Chosen spans never overlap, so they stay sorted by start: a new span is checked against its two
    # neighbours only (a run of thousands of weekday names stays linear).
    starts: list[int] = []
    chosen: list[_Hit] = []
    for (s, e, _), hit in sorted(hits.items(), key=lambda h: (h[0][0] - h[0][1], h[0][2], h[0][0])):
        i = bisect.bisect_left(starts, s)
        if (i == 0 or chosen[i - 1].end <= s) and (i == len(chosen) or chosen[i].start >= e):
            starts.insert(i, s)
            chosen.insert(i, hit)
    return chosen


def _lookup(lang: Language | str, name: str, text: str):
    """A group's value: lexicon `name`, else any lexicon `name_*`, else the digits."""
    ruleset = languages.get(lang).rules("dates")
    for lex in _families(lang)(name.removesuffix("_end")):  # month_end reads like month
        value = ruleset.lookup(lex, text)
        if value is not None:
            return value
    digits = re.match(r"\d+", text.strip())  # '8th' -> 8
    return int(digits[0]) if digits else None


@languages.compiled
def _families(lang: Language):
    """Group name -> the lexicons that give its value: `name` itself, then every `name_*`."""
    lexicons = lang.rules("dates").lexicons

    @lru_cache(maxsize=None)
    def family(name: str) -> tuple[str, ...]:
        return tuple(n for n in [name, *sorted(n for n in lexicons if n.startswith(name + "_"))] if n in lexicons)
    return family


# --- clause: tense and modality -------------------------------------------------------------

@dataclass(frozen=True)
class _Cue:
    """A word of tense or modality in a clause."""

    start: int
    end: int
    modality: str
    tense: str | None
    priority: int
    rule: str


@prefilter.scanned
@languages.compiled(persist=True)
def _cue_scan(lang: Language) -> prefilter.Alternation | None:
    """All cue rules as one alternation, highest priority first (it wins where two start together),
    run as only those whose words a clause holds."""
    cue_rules = lang.rules("modality").rules
    return prefilter.Alternation([r.source for r in cue_rules], re.IGNORECASE) if cue_rules else None


@languages.compiled
def _nationalities(lang: Language) -> frozenset[str]:
    """The folded words of the language's titles `nationality` lexicon (a cue rule's `not_nationality`),
    with and without the article a word of it is written with (names.yaml `articles`)."""
    words = {fold(str(k)).text for k in lang.rules("titles").lexicons.get("nationality", {})}
    articles = tuple(fold(str(a)).text for a in lang.rules("names").lexicons.get("articles", ()))
    return frozenset(words | {w[len(a):] for w in words for a in articles if w.startswith(a) and len(w) > len(a) + 2})


def _nationality_word(lang: str, word: str) -> bool:
    """Is the word, or the word less a proclitic on it (rules/common/entities.yaml `proclitics`: and, so,
    to), a nationality?"""
    words = _nationalities(lang)
    return word in words or any(word.startswith(p) and word[len(p):] in words for p in _proclitics())


@languages.shared
def _proclitics(common: Language) -> tuple[str, ...]:
    return tuple(fold(str(p)).text for p in common.rules("entities").lexicons.get("proclitics", {}))


def _cues(lang: str, folded: str, lo: int = 0, hi: int | None = None) -> list[_Cue]:
    scan, cue_rules = _cue_scan(lang), languages.get(lang).rules("modality").rules
    if scan is None:
        return []
    found = []
    for i, m in scan.finditer(folded, lo, len(folded) if hi is None else hi):
        if m.end() > m.start():
            rule = cue_rules[i]
            if rule.get("not_nationality") and _nationality_word(lang, m.group()):
                continue
            found.append(_Cue(m.start(), m.end(), rule.get("modality", "asserted"), rule.get("tense"),
                              rule.get("priority", 0), rule.id))
    return found


def clause(text: str, lang: str) -> tuple[str, str | None]:
    """(modality, tense) of a clause: asserted|expected|planned|target|negated, past|present|future|None."""
    cues = _cues(lang, fold(text).text)
    marked = [c for c in cues if c.modality != "asserted"]
    modality = max(marked, key=lambda c: (c.priority, -c.start)).modality if marked else "asserted"
    timed = [c for c in cues if c.tense]
    # A reporting verb ('said') has a low priority: the tense of what was said wins over it.
    tense = max(timed, key=lambda c: (c.priority, c.start)).tense if timed else None
    return modality, tense


def _needs_tense(hit: _Hit) -> bool:
    """A month, weekday, season or quarter without a year is read from the clause's tense, and so is
    'within five years' (in a past clause, the years before publication)."""
    parts = hit.parts
    spec = hit.rule.get("value") or {}
    year_given = "year" in parts or "solar_year" in parts or spec.get("unit") == "year"  # 'February last year'
    return "within" in spec or "weekend" in spec or not year_given and any(k in parts for k in ("month", "month_end", "weekday", "season", "period",
                                                                           "solar_month"))


def _tense_near(lang: str, folded: str, start: int, end: int) -> str | None:
    """The tense of the nearest cue before the expression in its sentence, else of the nearest after
    it (within CUE_REACH characters: a cue further away belongs to another clause). The weakest
    cues (a bare '-ed' word, priority -2 or less) give way to a stronger one earlier in the sentence."""
    lo = max(0, start - CUE_REACH[0])
    for m in _SENTENCE_END.finditer(folded, lo, start + 1):  # +1: the lookahead sees the hit's first letter
        lo = max(lo, m.end())
    # scanned up to the expression's end, so that a cue may look ahead into it ('postponed to')
    before = _ungoverned([c for c in _cues(lang, folded, lo, end) if c.tense and c.end <= start], folded)
    aside = _doc_patterns(lang).get("aside")
    if before and aside is not None:  # 'will succeed X, who has held the post since 2019, on 12 May'
        # relative clauses closed before it (scanned past it: a clause the scan's end would close is open)
        shut = [m.span() for m in aside.finditer(folded, lo, min(len(folded), start + CUE_REACH[1])) if m.end() <= start]
        before = [c for c in before if not any(s <= c.start and c.end <= e for s, e in shut)]
    if before:
        stronger = [c for c in before if c.priority > -2]
        return (stronger or before)[-1].tense
    hi = min(len(folded), end + CUE_REACH[1])
    cut = _SENTENCE_END.search(folded, end, hi)
    after = [c for c in _cues(lang, folded, end, cut.start() + 1 if cut else hi) if c.tense]
    return after[0].tense if after else None


@lru_cache(maxsize=1024)
def asides(text: str, lang: str, pattern: str = "aside") -> tuple[tuple[int, int], ...]:
    """The relative clauses set off by commas in `text` (the `aside` pattern of the dates file: 'X, who
    took office in May,', 'X, appointed a year ago,'), or with `pattern="attribution"` the words that
    attribute the report (', according to a statement on Tuesday'), as (start, end) offsets into `text`.
    (Cached: each trigger of a sentence asks of the same sentence.)"""
    rx = _doc_patterns(lang).get(pattern)
    if rx is None:
        return ()
    folded = fold(text)
    return tuple(folded.span(*m.span()) for m in rx.finditer(folded.text))


def _ungoverned(cues: list[_Cue], folded: str) -> list[_Cue]:
    """The cues without the plain verbs a modal cue governs: the verb right after 'scheduled to be',
    'min al-muqarrar an' ('held', 'yazur', or a verbal noun: 'aqd, the holding) is the plan's own verb, told
    in no tense of its own, so the plan's future stands ('scheduled to be held on 1 February')."""
    kept = []
    for c in cues:
        modal = kept[-1] if kept else None
        if modal is not None and modal.tense == "future" and modal.priority >= 1 and c.priority <= 0 \
                and c.start - modal.end <= GOVERNED_CHARS and _GOVERNED_GAP.fullmatch(folded, modal.end, c.start):
            continue
        kept.append(c)
    return kept


# --- calendar helpers ------------------------------------------------------------------------

def _month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def _add_months(y: int, m: int, n: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


def _season_bounds(y: int, code: str) -> tuple[date, date]:
    if code == "WI":
        return date(y, 12, 1), _month_end(y + 1, 2)
    months = SEASON_MONTHS[code]
    return date(y, months[0], 1), _month_end(y, months[-1])


def _week_bounds(y: int, w: int) -> tuple[date, date]:
    first = date.fromisocalendar(y, w, 1)
    return first, first + timedelta(days=6)


def _bounds(value: str | None) -> tuple[date | None, date | None]:
    """The days a fully known value covers (None, None for partial values and for days the
    calendar does not have: '2023-02-29', '2021-W53')."""
    try:
        return _calendar_bounds(value)
    except ValueError:
        return None, None


def _calendar_bounds(value: str | None) -> tuple[date | None, date | None]:
    if not value:
        return None, None
    if "/" in value:
        a, b = value.split("/", 1)
        return _calendar_bounds(a)[0], _calendar_bounds(b)[1]
    if m := _DAY.fullmatch(value):
        if "X" in value:
            return None, None
        y, mo, d = (int(m[k]) for k in ("y", "m", "d"))
        return (date(y, mo, d),) * 2
    if m := _MONTH.fullmatch(value):
        if "X" in value:
            return None, None
        y, mo = int(m["y"]), int(m["m"])
        return date(y, mo, 1), _month_end(y, mo)
    if m := _WEEK.fullmatch(value):
        if "X" in value:
            return None, None
        lo, hi = _week_bounds(int(m["y"]), int(m["w"]))
        if m["wd"]:
            day = lo + timedelta(days=int(m["wd"]) - 1)
            return day, day
        return lo, hi
    if m := _SEASON.fullmatch(value):
        return (None, None) if "X" in value else _season_bounds(int(m["y"]), m["s"])
    if m := _PERIOD.fullmatch(value):
        months = _period_months(m["p"], int(m["n"]))
        if "X" in value:
            return None, None
        y = int(m["y"])
        return date(y, months[0], 1), _month_end(y, months[-1])
    if _DECADE.fullmatch(value):
        y = int(value) * 10
        return date(y, 1, 1), date(y + 9, 12, 31)
    if _YEAR.fullmatch(value):
        y = int(value)
        return date(y, 1, 1), date(y, 12, 31)
    return None, None


_DAY = re.compile(r"(?P<y>\d{4}|XXXX)-(?P<m>\d{2})-(?P<d>\d{2})")
_MONTH = re.compile(r"(?P<y>\d{4}|XXXX)-(?P<m>\d{2})")
_WEEK = re.compile(r"(?P<y>\d{4}|XXXX)-W(?P<w>\d{2}|XX)(?:-(?P<wd>[1-7]))?")
_SEASON = re.compile(r"(?P<y>\d{4}|XXXX)-(?P<s>SP|SU|FA|WI)")
_PERIOD = re.compile(r"(?P<y>\d{4}|XXXX)-(?P<p>[QH])(?P<n>\d)")
_DECADE = re.compile(r"\d{3}")  # TIMEX3: '199' is the 1990s
_YEAR = re.compile(r"\d{4}")


def _period_months(kind: str, n: int) -> range:
    """The months of quarter or half n; ValueError for one the year lacks (Q5, H3)."""
    size = PERIOD_MONTHS[kind]
    if not 1 <= n <= 12 // size:
        raise ValueError(f"{kind}{n}")
    return range((n - 1) * size + 1, n * size + 1)


# --- resolution ------------------------------------------------------------------------------

@dataclass
class _Reading:
    """A time expression resolved to dates, with how it was resolved."""

    value: str | None
    granularity: str
    resolved_by: str
    how: str = ""  # what was assumed, for the explanation
    earliest: date | None = None
    latest: date | None = None
    approximate: bool = False
    mismatch: str | None = None  # what relative words beside an explicit value give, where it differs


def _pick_year(month: int, day: int, pub: date, offset, tense: str | None) -> tuple[int, str]:
    """The year of a month (and day) without one, from the publication date."""
    here, now = (month, day), (pub.month, pub.day if day else 0)
    if offset == 0:
        return pub.year, "the publication year"
    if offset == -1:
        return (pub.year if here < now else pub.year - 1), "the last one before publication"
    if offset == 1:
        return (pub.year if here > now else pub.year + 1), "the next one after publication"
    if tense == "future":
        return (pub.year if here >= now else pub.year + 1), "future clause: the next one"
    last = pub.year if here <= now else pub.year - 1
    # a present verb with a day ('arrives on 3 June', in either language) tells a programme as often as
    # today: read like no tense at all
    if tense in (None, "present") and day and last < pub.year + 1:
        ahead, behind = (_dated(last + 1, month, day) - pub).days, (pub - _dated(last, month, day)).days
        if ahead <= SOON and ahead < behind:
            return last + 1, f"{'a present' if tense else 'no'} tense in the clause: the nearest, soon after publication"
    return last, "past clause: the last one on or before publication"


def _dated(y: int, month: int, day: int) -> date:
    return date(y, month, min(day, calendar.monthrange(y, month)[1]))  # 29 February: the 28th of a common year


def _weekday_date(wd: int, pub: date, offset, tense: str | None) -> tuple[date, str]:
    today = pub.isoweekday()
    if offset is not None and offset <= -2:  # 'the day before yesterday, Sunday': that weekday nearest the day told
        return _weekday_near(wd, pub + timedelta(days=offset)), f"the one nearest {-offset} days before publication"
    if offset is not None and offset >= 2:  # 'the day after tomorrow, Wednesday'
        return _weekday_near(wd, pub + timedelta(days=offset)), f"the one nearest {offset} days after publication"
    if offset is None and tense == "future-in-past":  # 'was due to arrive on Friday': changed, or still to come
        return _weekday_near(wd, pub), "a plan told in the past: the one nearest publication"
    if offset == -1:
        return pub - timedelta(days=(today - wd - 1) % 7 + 1), "the last one before publication"
    if offset == 1:
        return pub + timedelta(days=(wd - today - 1) % 7 + 1), "the next one after publication"
    if offset is None and tense == "future" or offset == 0 and tense != "past":  # 'will attend a dinner on
        # Monday' in a Monday article: that day; 'this Friday' is the coming one, unless told as past
        return pub + timedelta(days=(wd - today) % 7), "the first one on or after publication"
    return pub - timedelta(days=(today - wd) % 7), "the last one on or before publication"


def _weekday_near(wd: int, d: date) -> date:
    """Weekday `wd` of the seven days centred on `d` (d itself when it is that weekday)."""
    return d + timedelta(days=(wd - d.isoweekday() + 3) % 7 - 3)


def _season_pick(code: str, pub: date, offset, tense: str | None) -> tuple[int, str]:
    years = [(y, *_season_bounds(y, code)) for y in (pub.year - 2, pub.year - 1, pub.year, pub.year + 1)]
    if offset == 0:
        during = [y for y, lo, hi in years if lo <= pub <= hi]
        if during:
            return during[0], "the one the publication date falls in"
        return pub.year, "the publication year"
    if offset == -1:
        return max(y for y, lo, hi in years if hi < pub), "the last one before publication"
    if offset == 1:
        return min(y for y, lo, hi in years if lo > pub), "the next one after publication"
    if tense == "future":
        return min(y for y, lo, hi in years if hi >= pub), "future clause: the next one"
    return max(y for y, lo, hi in years if lo <= pub), "past clause: the last one on or before publication"


def _shift_weekday_value(value: str | None, days: int) -> str | None:
    m = _WEEK.fullmatch(value or "")
    if m and m["wd"] and "X" in value:
        return f"XXXX-WXX-{(int(m['wd']) - 1 + days) % 7 + 1}"
    return None


def _resolve(ruleset, hit: _Hit, pub: date | None, tense: str | None, anchor: When | None,
             doc: _Doc | None = None) -> _Reading | None:
    """What a hit means; None when it is no calendar date after all (31 February)."""
    spec = dict(hit.rule.get("value") or {})
    p = {k: _lookup(ruleset.lang, k, v) for k, v in hit.parts.items()
         if k not in ("minus", "plus", "numeric", "approx", "fiscal")}
    if spec.get("anchor") in _SAME:  # 'the same year', 'the 7th of the same month': the year (month) told before it
        unit, length, rx, granularity = _SAME[spec["anchor"]]
        told = {v[:length] for v in (anchor.value or "").split("/")} if anchor is not None else set()
        if len(told) != 1 or not rx.fullmatch(next(iter(told))):
            return _Reading(None, granularity, "unresolved", f"no earlier time with a {unit} to take")
        value = next(iter(told))
        del spec["anchor"]
        parts = {"year": int(value[:4])} if unit == "year" else {"year": int(value[:4]), "month": int(value[5:7])}
        r = _read(ruleset, hit, pub, tense, anchor, doc, spec, {**p, **parts})
        return r and replace(r, resolved_by="anchor", how=f"the {unit} of '{anchor.text}' before it")
    if spec.get("anchor") == "year_told":  # 'in 2019, down from $7bn the previous year': the year before 2019
        return _year_before_told(ruleset, hit, pub, tense, anchor, doc)
    if spec.get("anchor") == "count":  # 'X came two months after Y': Y is that many units before X's time
        return _counted_from(hit, p, spec, anchor)
    if spec.get("anchor") == "same_period":  # 'the same period of 2021': the months told before, in that year
        return _same_period(p, spec, anchor)
    return _read(ruleset, hit, pub, tense, anchor, doc, spec, p)


_YEAR_PAIR = re.compile(r"\d{4}\s?[-/\u2013]\s?\d{2}")  # two years written as one ('2020-21', '2020/2021')


def _year_before_told(ruleset, hit: _Hit, pub: date | None, tense, anchor: When | None, doc) -> _Reading | None:
    """'the previous year' after a year told in its sentence: the year before that one (a fiscal year
    before a fiscal year, the whole year before a part of one); with none told before it, the year
    before publication. After a range of years, or a span running into another year ('since 2019'),
    no date: the year before its start and the year before its end are both read."""
    if anchor is None:
        return _read(ruleset, hit, pub, tense, None, doc, {"unit": "year", "offset": -1}, {})
    value = anchor.value or ""
    if not value[:4].isdigit():  # a time told before it that could not be dated: not publication's year either
        return _Reading(None, "year", "unresolved", f"no year read in '{anchor.text}'")
    parts = value.split("/")
    if len({p[:4] for p in parts}) == 1:  # a year, or a day, month, quarter or half of it
        shifted = str(int(value[:4]) - 1)
    elif _a_year_long(anchor):  # twelve months from a day or month of one year: a fiscal year, moved back whole
        lo = anchor.earliest.replace(year=anchor.earliest.year - 1)
        hi = lo.replace(year=anchor.earliest.year) - timedelta(days=1)
        shifted = f"{lo}/{hi}" if _DAY.fullmatch(parts[0]) else f"{lo:%Y-%m}/{hi:%Y-%m}"
    elif len(parts) == 2 and all(_YEAR.fullmatch(p) for p in parts) and int(parts[1]) == int(parts[0]) + 1 \
            and _YEAR_PAIR.search(anchor.text):  # '2020-21', '2020/2021' written as one: a fiscal year
        shifted = f"{int(parts[0]) - 1}/{int(parts[1]) - 1}"
    else:
        return _Reading(None, "year", "unresolved", f"'{anchor.text}' runs over several years")
    return _Reading(shifted, anchor.granularity if "-" in shifted else "year", "anchor", f"the year before '{anchor.text}'")


def _a_year_long(w: When) -> bool:
    """Does the time run twelve months, from a day or month of one year to the eve of it in the next?"""
    lo, hi = w.earliest, w.latest
    if lo is None or hi is None or hi.year != lo.year + 1 or (lo.month, lo.day) == (2, 29):
        return False
    return hi + timedelta(days=1) == lo.replace(year=hi.year)


def _same_period(p: dict, spec: dict, anchor: When | None) -> _Reading:
    """'in the same period of 2021', 'a year earlier in the same period': the part of a year told
    before it (months, a quarter, a half, days), moved to the year named or counted from its own; that
    part itself where no year is named ('exports reached $2bn in the same period')."""
    parts = (anchor.value or "").split("/") if anchor is not None else []
    years = {x[:4] for x in parts}
    if len(years) != 1 or not _YEAR.fullmatch(next(iter(years))) or anchor.granularity in ("year", "decade") \
            or any(len(x) == 4 for x in parts):
        return _Reading(None, "month", "unresolved", "no part of a year before it to take")
    y = int(p["year"]) if "year" in p else int(next(iter(years))) + int(p.get("offset", spec.get("offset", 0)) or 0)
    value = "/".join(f"{y:04d}{x[4:]}" for x in parts)
    try:
        lo, hi = _bounds(value)
    except ValueError:  # 29 February moved to a common year
        return _Reading(None, anchor.granularity, "unresolved", f"{y} has no such day")
    if lo is None:
        return _Reading(None, anchor.granularity, "unresolved", "no part of a year before it to take")
    return _Reading(value, anchor.granularity, "anchor", f"the part of the year of '{anchor.text}' before it, in {y}")


def _counted_from(hit: _Hit, p: dict, spec: dict, anchor: When | None) -> _Reading:
    """'two months after', 'three weeks before' the event told next: counted from the time before it
    (the event it is told against), back for 'after', forward for 'before', in the unit's grain."""
    if anchor is None or anchor.earliest is None or anchor.latest is None \
            or (anchor.latest - anchor.earliest).days > 31:  # a year or a season is no point to count from
        return _Reading(None, p.get("unit", "day"), "unresolved", "no day or month before it to count from")
    try:
        r = _ago_reading(p, spec, anchor.earliest, p.get("unit", spec.get("unit")), -1 if "minus" in hit.parts else 1)
    except (OverflowError, ValueError):  # counted past the calendar's first or last day
        r = None
    if r is None or r.value is None or not re.match(r"(?!0000)\d{4}(?!\d)", r.value):
        return _Reading(None, "day", "unresolved", "counted past the calendar")
    return replace(r, resolved_by="anchor", how=r.how.replace("publication", "it"))


def _read(ruleset, hit: _Hit, pub: date | None, tense: str | None, anchor: When | None, doc: _Doc | None,
          spec: dict, p: dict) -> _Reading | None:
    if "year_end" in p and ("month" in p) != ("month_end" in p) and "day" not in p and "day_end" not in p:
        return _mixed_reading(p)
    if "month_end" in p and "month" not in p:  # '28 to 30 October': the start is in the end's month
        p["month"] = p.pop("month_end")
    if spec.get("adjacent") and "month" in p and "month_end" in p and (int(p["month_end"]) - int(p["month"])) % 12 != 1:
        return None  # 'the two months March and August': two months, no span between them
    offset = p.get("offset", spec.get("offset"))
    unit = p.get("unit", spec.get("unit"))

    if "numeric" in hit.parts:
        d = _parse_digits(hit.parts["numeric"], spec.get("order", "DMY"))
        if d is None:
            return None
        return _Reading(d.isoformat(), "day", "absolute")

    if "anchor" in spec:
        return _from_anchor(spec, hit, anchor)

    if "decade" in p:
        d = int(p["decade"])
        return _Reading(f"{d // 10 if d >= 1000 else d:03d}", "decade", "absolute")

    if spec.get("calendar") == "solar_hijri":
        return _solar_reading(p, spec, pub, offset, tense)

    if "period" in p or "period" in spec:
        r = _period_reading(p, spec, pub, offset, tense, unit)
        return _through(r) if spec.get("through") and r is not None else r

    if spec.get("ending"):
        return _ending_reading(p, pub, tense, unit, doc)

    if spec.get("first"):  # 'the first nine months of the year', 'from the start of the year to September': January on
        n = int(p.get("count", spec.get("count", p.get("month", 0)))) * (3 if unit == "quarter" else 1)
        if spec.get("fiscal"):  # 'the first five months of 2022-23': from the fiscal year's first month
            told = offset if offset is not None or "year" in p or "year_end" in p else 0  # 'of the financial year'
            r = _fiscal_reading(p, "fiscal" in hit.parts, doc.fiscal_start if doc else None, pub, told)
            return r and _first_months(r, n)
        if unit not in ("month", "quarter"):
            return None
        y, by, how = _year_of(p, pub, offset)
        if not 1 <= n <= 12:
            return None
        if y is None:
            return _Reading(f"XXXX-01/XXXX-{n:02d}", "month", by, how)
        return _Reading(f"{y}-01/{y}-{n:02d}", "month", by, how)

    if spec.get("ago"):
        return _ago_reading(p, spec, pub, unit)

    if spec.get("weekend"):
        return _weekend_reading(pub, offset, tense, bool(spec.get("coming")))

    if spec.get("month_week"):
        return _month_week_reading(p, pub, offset, tense)

    if spec.get("fiscal"):
        return _fiscal_reading(p, "fiscal" in hit.parts, doc.fiscal_start if doc else None, pub, offset)

    if "within" in spec:
        return _within_reading(p, spec, pub, unit, tense)

    if "year" in p and unit == "year" and "offset" in p and not any(k in p for k in ("month", "season")):
        return _explicit_beside_relative(p, pub)

    if "recent" in spec:
        if pub is None:
            return _Reading(None, unit, "unresolved", "needs a publication date")
        n = int(spec["recent"])
        start = {"day": pub - timedelta(days=n), "week": pub - timedelta(weeks=n),
                 "month": date(*_add_months(pub.year, pub.month, -n), 1),
                 "year": date(pub.year - n, 1, 1)}[unit]
        return _Reading(None, unit, "publication", f"the last {n} {unit}s up to publication", start, pub, True)

    if unit in ("day", "week", "month", "year") and "month" not in p and "season" not in p:
        if "weekday" in p:  # 'on Tuesday next week': that day of the week named, whatever the tense
            return _weekday_of_week(p["weekday"], pub, int(offset or 0)) if unit == "week" else None
        if "day" in p:  # 'on the 17th of last month': a day of a month, of no other unit
            return _day_of_month(int(p["day"]), pub, int(offset or 0)) if unit == "month" else None
        if pub is None:
            return _Reading(None, unit, "unresolved", "needs a publication date")
        n = int(offset or 0)
        if _iranian_year(ruleset.lang, hit, doc):
            return _solar_reading({}, {}, pub, n, tense)
        if unit == "day":
            return _Reading((pub + timedelta(days=n)).isoformat(), "day", "publication")
        if unit == "week":
            iy, iw, _ = (pub + timedelta(weeks=n)).isocalendar()
            return _Reading(f"{iy}-W{iw:02d}", "week", "publication")
        if unit == "month":
            y, m = _add_months(pub.year, pub.month, n)
            return _Reading(f"{y}-{m:02d}", "month", "publication")
        return _Reading(str(pub.year + n), "year", "publication")

    if "season" in p:
        code = p["season"]
        if "year" in p:
            return _Reading(f"{p['year']}-{code}", "season", "absolute")
        if pub is None:
            return _Reading(f"XXXX-{code}", "season", "unresolved", "the year needs a publication date")
        y, how = _season_pick(code, pub, offset, tense)
        return _Reading(f"{y}-{code}", "season", "publication", how)

    if "year_end" in p and "month" not in p:
        return _Reading(f"{p['year']}/{p['year_end']}", "year", "absolute")

    if "month" in p:
        return _month_reading(p, pub, offset, tense, unit)

    if "year" in p:
        return _Reading(str(p["year"]), "year", "absolute")

    if "weekday" in p:
        r = _weekday_reading(p["weekday"], hit.rule.get("tense"), pub, offset, tense, doc)
        return _weekday_range(r, p["weekday"], p["weekday_end"]) if "weekday_end" in p else r

    return _Reading(None, "unknown", "unresolved", "no rule to compute it")


def _weekday_reading(wd: int, forced: str | None, pub: date | None, offset, tense, doc: _Doc | None) -> _Reading:
    if pub is None:
        return _Reading(f"XXXX-WXX-{wd}", "day", "unresolved", "the week needs a publication date")
    if not forced and offset is None and tense == "present":  # 'heads to China on Saturday': this week's, today or after
        d = pub + timedelta(days=(wd - pub.isoweekday()) % 7)
        return _programme_day(d, wd, pub, doc) or _Reading(
            d.isoformat(), "day", "publication", "present clause: the first one on or after publication")
    if forced == "present" and offset in (None, 0):
        # 'today, Wednesday' on a page stamped a day or so off (after midnight, or before it in another
        # time zone): the Wednesday nearest, not one a week away
        d, how = _weekday_near(wd, pub), "the one nearest publication"
    elif forced == "present" and offset in (-1, 1) and wd == pub.isoweekday():
        # 'yesterday, Sunday' (or 'tomorrow, Sunday') on a page stamped Sunday: stamped a day off, not a week away
        d, how = pub, "the one nearest the day told"
    else:
        d, how = _weekday_date(wd, pub, offset, forced or tense)
    if not forced and offset is None and tense == "future" and (later := _programme_day(d, wd, pub, doc)):
        return later
    if forced == "present":
        how = "the publication day" if d == pub else f"the publication day is not that weekday; {how}"
    return _Reading(d.isoformat(), "day", "publication", how)


def _weekday_of_week(wd: int, pub: date | None, offset: int) -> _Reading:
    """Weekday `wd` of the ISO week `offset` weeks from the week of publication."""
    if pub is None:
        return _Reading(None, "day", "unresolved", "the week needs a publication date")
    d = pub + timedelta(weeks=offset, days=wd - pub.isoweekday())
    return _Reading(d.isoformat(), "day", "publication", f"that weekday of the week {offset:+d} from the week of publication")


def _weekday_range(first: _Reading, wd: int, wd_end) -> _Reading | None:
    """'from Sunday to Tuesday', 'on the two days Saturday and Sunday' (Arabic): the first day read as a
    weekday alone, up to the next day that is the second weekday (within the week after it)."""
    gap = (wd_end - wd) % 7 if isinstance(wd_end, int) else 0
    if not gap:
        return None
    if first.value is None or not _DAY.fullmatch(first.value):
        return _Reading(f"XXXX-WXX-{wd}/XXXX-WXX-{wd_end}", "day", first.resolved_by, first.how)
    lo = date.fromisoformat(first.value)
    hi = lo + timedelta(days=gap)
    return _Reading(f"{lo.isoformat()}/{hi.isoformat()}", "day", first.resolved_by,
                    (first.how + "; " if first.how else "") + f"{gap + 1} days from it", lo, hi)


def _day_of_month(day: int, pub: date | None, offset: int) -> _Reading | None:
    """Day `day` of the month `offset` months from publication's; None for a day that month lacks."""
    if pub is None:
        return _Reading(None, "day", "unresolved", "the month needs a publication date")
    y, m = _add_months(pub.year, pub.month, offset)
    if not 1 <= day <= calendar.monthrange(y, m)[1]:
        return None
    return _Reading(date(y, m, day).isoformat(), "day", "publication", f"day {day} of {y}-{m:02d}")


def _programme_day(d: date, wd: int, pub: date, doc: _Doc | None) -> _Reading | None:
    """'He flies to Chile on Saturday for a four-day visit ... will meet the president on Tuesday': a
    weekday still to come, told after the run of days of a trip that begins within the week ahead, is a
    day of that trip's programme, not one before it begins. A day it would move past the trip's end (and
    its day of travel) is not one of its days ('on Thursday, before that')."""
    ahead = doc.ahead if doc is not None else None
    if ahead is None or ahead.earliest is None or not pub < ahead.earliest <= pub + timedelta(days=7) \
            or d >= ahead.earliest:
        return None
    day = ahead.earliest + timedelta(days=(wd - ahead.earliest.isoweekday()) % 7)
    if day > ahead.latest + timedelta(days=TRAVEL_DAYS):
        return None
    return _Reading(day.isoformat(), "day", "anchor",
                    f"still to come, on or after '{ahead.text}' ({ahead.earliest.isoformat()}), told before it")


# How a year its words name relative to publication ('this year', 'last year') is explained;
# year_named() reads it back.
_NAMED_YEAR = "the year named, counted from the publication year"


def _year_of(p: dict, pub: date | None, offset) -> tuple[int | None, str, str]:
    """(year, resolved_by, how) of a part of a year: the year written, else counted from publication."""
    if "year" in p:
        return int(p["year"]), "absolute", ""
    if pub is None:
        return None, "unresolved", "the year needs a publication date"
    if offset is None:  # 'of the year': the publication year, though no word names which
        return pub.year, "publication", f"{pub.year}, the publication year"
    y = pub.year + int(offset)
    return y, "publication", f"{y}, {_NAMED_YEAR}"


def year_named(when: When) -> bool:
    """Whether a part of a year was dated by words naming its year against publication ('the first
    half of this year', its Arabic 'of the current year'), not by the publication date alone."""
    return when.resolved_by == "absolute" or _NAMED_YEAR in when.explanation


def _period_reading(p: dict, spec: dict, pub: date | None, offset, tense, unit) -> _Reading | None:
    """A quarter or half ('the second quarter of 2023', or its Arabic forms in dates.yaml); None for a fifth quarter."""
    kind = p.get("period") or spec.get("period")
    if kind not in PERIOD_MONTHS:
        return None
    size = PERIOD_MONTHS[kind]
    n = int(p.get("ordinal", 0))
    n = 12 // size if n == -1 else n  # 'the last quarter'
    if not 1 <= n <= 12 // size:
        return None
    gran = PERIOD_GRANULARITY[kind]
    if "year" in p or unit == "year":
        y, by, how = _year_of(p, pub, offset)
    elif pub is None:
        y, by, how = None, "unresolved", "the year needs a publication date"
    else:  # no year: as a month without one, the first month of the period steers the year
        first = (n - 1) * size + 1
        y, how = _pick_year(first, 1, pub, offset, tense)
        by = "publication"
    return _Reading(f"{y if y else 'XXXX'}-{kind}{n}", gran, by, how)


ENDING_MONTHS = {"month": 1, "quarter": 3, "year": 12}


_PART = re.compile(r"(\d{4})-([QH])([1-4])")


def _through(r: _Reading) -> _Reading:
    """'as of the end of the third quarter of 2023' (and its Arabic): the year from January to the end
    of that quarter (or half), the months a running total covers."""
    m = _PART.fullmatch(r.value or "")
    if m is None:
        return r
    year, end = m.group(1), int(m.group(3)) * (3 if m.group(2) == "Q" else 6)
    how = (r.how + "; " if r.how else "") + "from January to the end of that part of the year"
    return _Reading(f"{year}-01/{year}-{end:02d}", "month", r.resolved_by, how)


def _ending_reading(p: dict, pub: date | None, tense, unit, doc: _Doc | None) -> _Reading | None:
    """'the year to March', 'the three months to June', 'the June quarter': the months up to and with
    the month named, which ends before publication unless the clause is future. A text that reckons by
    the Iranian calendar (it names it) counts Iranian months: its year to March ends on 20 March."""
    n = int(p.get("count", 1)) * ENDING_MONTHS.get(unit, 0)
    month = p.get("month")
    if not 1 <= n <= 24 or not isinstance(month, int):
        return None
    if "year" in p:
        y, by, how = int(p["year"]), "absolute", ""
    elif pub is None:
        return _Reading(None, "month", "unresolved", "the year needs a publication date")
    else:
        y, how = _pick_year(month, 0, pub, None, tense or "past")
        by = "publication"
    if doc is not None and doc.solar:
        reading = _solar_ending(y, month, n)
        if reading is not None:
            return _Reading(reading, "day", by, (how + "; " if how else "") + f"{n} Iranian months")
    sy, sm = _add_months(y, month, 1 - n)
    return _Reading(f"{sy}-{sm:02d}/{y}-{month:02d}", "month", by, how)


def _iranian_year(lang: str, hit: _Hit, doc: _Doc | None) -> bool:
    """'last year', 'this year' in a text that reckons by the Iranian calendar (it names it): an Iranian
    year, as its figures are told in ('Iran's exports last year' after 'the last Iranian calendar year')."""
    parts = hit.parts
    if doc is None or "offset" not in parts or "unit" not in parts or {"month", "season", "year", "day"} & set(parts):
        return False
    return _lookup(lang, "unit", parts["unit"]) == "year" and doc.solar


def _solar_ending(y: int, month: int, n: int) -> str | None:
    """The days of the n Iranian months up to the one that ends in Gregorian month `month` of `y`
    (Iranian months end between the 20th and the 22nd)."""
    import jdatetime

    last = jdatetime.date.fromgregorian(date=date(y, month, 10))
    k = last.year * 12 + last.month - 1 - (n - 1)
    first = _solar_day(k // 12, k % 12 + 1, 1)
    after = _solar_day(last.year + last.month // 12, last.month % 12 + 1, 1)
    if first is None or after is None:
        return None
    return f"{first}/{after - timedelta(days=1)}"


def _solar_reading(p: dict, spec: dict, pub: date | None, offset, tense) -> _Reading | None:
    """A year of the Solar Hijri (Iranian) calendar, or a month, day, quarter, half or first months of
    one ('1402', '15 Khordad 1402', 'the first quarter of the current Iranian year'), as the Gregorian
    days it covers (1402 is 2023-03-21/2024-03-19). Without a year written, the Iranian year the
    publication falls in, moved by the offset ('last'); a month alone is the last one on or before
    publication, the next one in a future clause. None for a day or part the calendar lacks."""
    y, month, day = p.get("solar_year"), p.get("solar_month"), p.get("day")
    by, how = "absolute", ""
    if y is None:
        if pub is None:
            return _Reading(None, "day", "unresolved", "the Iranian year needs a publication date")
        y, by = _solar_year(pub), "publication"
        if month and "solar" not in p:  # 'last Mehr' (the month's name and 'last'): the last Mehr; else the clause's tense steers it
            start = _solar_day(y, month, day or 1)
            ahead = offset == 1 or offset is None and tense == "future"
            if start is None:
                return None
            if ahead and start <= pub:
                y += 1
            elif not ahead and offset != 0 and start > pub:
                y -= 1
        else:  # 'the last Iranian year', 'Esfand of the last Iranian year': the offset counts years
            y += int(offset or 0)
        how = f"the Iranian year {y}, counted from the publication date"
    if not isinstance(y, int) or not SOLAR_YEARS[0] <= y <= SOLAR_YEARS[1]:
        return None
    first, last = 1, 12
    if month:
        first = last = month
    elif "period" in p:
        size, n = PERIOD_MONTHS.get(p["period"]), int(p.get("ordinal", 0))
        if size is None:
            return None
        n = 12 // size if n == -1 else n  # 'the last quarter'
        try:
            months = _period_months(p["period"], n)
        except ValueError:
            return None
        first, last = months[0], months[-1]
    elif spec.get("first"):
        last = int(p.get("count", 0))
        if not 1 <= last <= 12 or p.get("unit", spec.get("unit")) != "month":
            return None
    lo = _solar_day(y, first, day or 1)
    hi = lo if day else _solar_day(y, last + 1, 1) if last < 12 else _solar_day(y + 1, 1, 1)
    if lo is None or hi is None:
        return None
    hi = hi if day else hi - timedelta(days=1)
    how = (how + "; " if how else "") + f"Solar Hijri {y}" + (f", month {month}" if month else "")
    value = lo.isoformat() if lo == hi else f"{lo.isoformat()}/{hi.isoformat()}"
    return _Reading(value, "day", by, how, lo, hi)


def _solar_year(d: date) -> int:
    import jdatetime  # small and pure Python; only Iranian dates need it

    return jdatetime.date.fromgregorian(date=d).year


def _solar_day(y: int, month: int, day: int) -> date | None:
    """The Gregorian date of a Solar Hijri day (jdatetime's arithmetic); None for a day it lacks."""
    import jdatetime

    try:
        return jdatetime.date(y, month, day).togregorian()
    except (ValueError, TypeError):
        return None


def _ago_reading(p: dict, spec: dict, pub: date | None, unit, sign: int = -1) -> _Reading:
    """'three months ago', 'about five years ago': that many units before publication (`sign` 1: after it)."""
    n = int(p.get("count", spec.get("count", 1)))
    side = "before" if sign < 0 else "after"
    if pub is None:
        return _Reading(None, unit, "unresolved", "needs a publication date")
    if unit == "day":
        return _Reading((pub + timedelta(days=sign * n)).isoformat(), "day", "publication", f"{n} days {side} publication")
    if unit == "week":
        iy, iw, _ = (pub + timedelta(weeks=sign * n)).isocalendar()
        return _Reading(f"{iy}-W{iw:02d}", "week", "publication", f"{n} weeks {side} publication")
    if unit == "month":
        y, m = _add_months(pub.year, pub.month, sign * n)
        return _Reading(f"{y}-{m:02d}", "month", "publication", f"{n} months {side} publication")
    if unit == "decade":  # 'two decades ago': a round count of years, never exact
        return _Reading(f"{pub.year + sign * 10 * n:04d}", "year", "publication", f"{10 * n} years {side} publication",
                        approximate=True)
    return _Reading(f"{pub.year + sign * n:04d}", "year", "publication", f"{n} years {side} publication")


def _weekend_reading(pub: date | None, offset, tense, coming: bool = False) -> _Reading:
    """A Saturday and its Sunday: 'over the weekend' told as past, the last one whose Saturday has come
    (the one under way in a weekend article); 'this weekend', that one or the coming one; 'next weekend'
    and 'last weekend', the ones after and before the week of publication (told on a Wednesday, not the
    coming one but the one after it). `coming`: the rule's word for the next one means the first after
    publication ('the coming weekend')."""
    if pub is None:
        return _Reading("XXXX-WXX-6/XXXX-WXX-7", "day", "unresolved", "the week needs a publication date")
    today = pub.isoweekday()
    back = (today - 6) % 7  # days since the last Saturday on or before publication
    if offset == 1 and coming:
        sat, how = pub + timedelta(days=(6 - today) % 7 or 7), "the first one after publication"
    elif offset == 1:
        sat, how = pub + timedelta(days=13 - today), "the one after the week of publication"
    elif offset == -1:
        sat, how = pub - timedelta(days=back + (7 if today >= 6 else 0)), "the one before the week of publication"
    elif today >= 6:
        sat, how = pub - timedelta(days=back), "the weekend publication falls in"
    elif offset is None and tense in ("future", "present") or offset == 0 and tense != "past":
        sat, how = pub + timedelta(days=6 - today), "the coming one"
    else:
        sat, how = pub - timedelta(days=back), "the last one up to publication"
    sun = sat + timedelta(days=1)
    return _Reading(f"{sat.isoformat()}/{sun.isoformat()}", "day", "publication", how, sat, sun)


def _month_week_reading(p: dict, pub: date | None, offset, tense) -> _Reading | None:
    """'the second week of March': days 8 to 14 of the month (its year as for the month alone); the
    last week, its last seven days. None for a week the month lacks."""
    n = p.get("ordinal")
    month = _month_reading({k: p[k] for k in ("month", "year") if k in p}, pub, offset, tense, None)
    if month is None or not isinstance(n, int) or n == 0:
        return None
    y, mo = month.value.split("-")
    last = calendar.monthrange(int(y) if y.isdigit() else 2001, int(mo))[1]
    first = last - 6 if n < 0 else 1 + 7 * (n - 1)
    if first > last:
        return None
    value = f"{y}-{mo}-{first:02d}/{y}-{mo}-{min(first + 6, last):02d}"
    return _Reading(value, "day", month.resolved_by, month.how)


def _first_months(r: _Reading, n: int) -> _Reading | None:
    """The first n months of a fiscal year read by month ('2022-04/2023-03' -> '2022-04/2022-08');
    a year read otherwise (unresolved, or starting mid-month) stays unresolved."""
    m = re.fullmatch(r"(\d{4})-(\d{2})/\d{4}-\d{2}", r.value or "")
    if not 1 <= n <= 12:
        return None
    if m is None:
        return _Reading(None, "month", "unresolved", f"the first {n} months of {r.how or 'a fiscal year'}")
    y, mo = int(m[1]), int(m[2]) + n - 1
    y, mo = y + (mo - 1) // 12, (mo - 1) % 12 + 1
    return replace(r, value=f"{m[1]}-{m[2]}/{y}-{mo:02d}", granularity="month", earliest=None, latest=None,
                   how=f"the first {n} months of {r.how}")


def _fiscal_reading(p: dict, named: bool, start: tuple[int, int, bool] | None, pub: date | None = None,
                    offset=None) -> _Reading | None:
    """'2022-23', 'FY 2022-23', 'the fiscal year 2014-2015': two consecutive years are a fiscal year of
    the country the text names (its start from the rules); other pairs are a span of calendar
    years ('2009-2013'). None for an end before the start ('2023-13' is no range). 'The current
    fiscal year', 'last financial year': the one the publication day falls in, moved by the offset."""
    y, e = p.get("year"), p.get("year_end")
    by = "absolute"
    if y is None and e is None and offset is not None:
        if pub is None or start is None:
            return _Reading(None, "year", "unresolved", "a fiscal year: needs the publication date and a country "
                            "whose fiscal year is known")
        y = pub.year - ((pub.month, pub.day) < start[:2]) + int(offset)  # (month, day, first)
        e, by = y + 1, "publication"
    if y is None and e is not None:  # 'FY24', 'fiscal 2024': one fiscal year, named by the year it ends in
        e += 2000 if e < 100 else 0  # or, where the rules say so ('first'), the year it starts in
        if start is None:
            return _Reading(None, "year", "unresolved", "a fiscal year; the text names no country whose fiscal year is known",
                            date(e - 1, 1, 1), date(e + 1, 12, 31), True)
        y, e = (e, e + 1) if start[2] else (e - 1, e)
    if y is None or e is None:
        return None
    if e < 100:  # '2022-23': the end in the start's century, or the next ('1999-00'); a fiscal year only when the
        e += y // 100 * 100  # next year, else a span of a few calendar years ('from 2016-20')
        e += 100 if e <= y else 0
        if not y < e <= y + SHORT_SPAN:
            return None
    if e <= y:
        return None
    if e == y + 1 and start is not None:
        mo, d = start[:2]
        first, last = date(y, mo, d), date(e, mo, d) - timedelta(days=1)
        if d == 1:
            value = f"{y}-{mo:02d}/{last.year}-{last.month:02d}"
            return _Reading(value, "month", by, f"a fiscal year from {month_name(mo)}")
        return _Reading(f"{first}/{last}", "day", by, f"a fiscal year from {d} {month_name(mo)}")
    if named:  # a fiscal year of a country the text does not name: somewhere in those two years
        return _Reading(None, "year", "unresolved", "a fiscal year; the text names no country whose fiscal year is known",
                        date(y, 1, 1), date(e, 12, 31), True)
    return _Reading(f"{y}/{e}", "year", "absolute")


def _within_reading(p: dict, spec: dict, pub: date | None, unit, tense) -> _Reading | None:
    """'within five years', 'in the coming five years': the year (or month) it ends in, by publication;
    'the past ten years', or 'within' in a past clause: the span up to publication."""
    n = int(p.get("count", spec.get("count", 1)))
    if unit not in ("year", "month"):
        return None
    if int(spec["within"]) == 3 and tense != "future":
        return None  # 'in five years' of a plan; told of the past ('the first visit in 24 years') it dates nothing
    if pub is None:
        return _Reading(None, unit, "unresolved", "needs a publication date")
    # 'within five years' in a past clause looks back; 'the coming five years' (within: 2) never does
    back = int(spec["within"]) < 0 or tense == "past" and int(spec["within"]) == 1
    if unit == "year":
        if back:
            return _Reading(f"{pub.year - n}/{pub.year}", "year", "publication", f"the {n} years up to publication")
        return _Reading(f"{pub.year + n:04d}", "year", "publication", f"{n} years from publication: by then")
    y, m = _add_months(pub.year, pub.month, -n if back else n)
    if back:
        return _Reading(f"{y}-{m:02d}/{pub.year}-{pub.month:02d}", "month", "publication",
                        f"the {n} months up to publication")
    return _Reading(f"{y}-{m:02d}", "month", "publication", f"{n} months from publication: by then")


def _explicit_beside_relative(p: dict, pub: date | None) -> _Reading:
    """'last year, 2020': the written year is the value; the relative words only check it."""
    year = int(p["year"])
    if pub is None:
        return _Reading(str(year), "year", "absolute", "the year written wins")
    relative = pub.year + int(p["offset"])
    if relative == year:
        return _Reading(str(year), "year", "absolute", f"the relative words agree: {relative}")
    return _Reading(str(year), "year", "absolute",
                    f"the year written wins; the relative words give {relative}", mismatch=str(relative))


def _month_reading(p: dict, pub: date | None, offset, tense, unit) -> _Reading | None:
    """A month, a day of it, or a range of either; None when the calendar has no such day
    (31 April, 30 February: the words are no date)."""
    month, day, day_end, end = p["month"], p.get("day"), p.get("day_end"), p.get("month_end")
    if not _on_calendar(p.get("year", 2000), month, day, None if end else day_end):  # 2000: 29 February passes
        return None
    y, how, by = p.get("year"), "", "absolute"
    if y is None and pub is None:
        how, by = "the year needs a publication date", "unresolved"
    elif y is None:
        by = "publication"
        if unit == "year":  # 'February last year': the month in that year, not the last February
            y = pub.year + int(offset or 0)
            how = f"{month_name(month)} of {y}, counted from the publication year"
        elif tense == "future" and offset is None and day and day_end:
            # a run of days still to come: its last day is not yet past ('will be held on 4-7 September'
            # in an article of 5 September), though its first may be
            last_month = end or month
            y_last, how = _pick_year(last_month, day_end, pub, offset, tense)
            y = y_last if (month, day) <= (last_month, day_end) else y_last - 1
        else:
            y, how = _pick_year(month, day or 0, pub, offset, tense)
            if day and offset is None and isinstance(wd := p.get("weekday"), int) and _dated(y, month, day).isoweekday() != wd:
                # 'on Sunday, April 6th': the weekday told with the day settles the year the clause left open,
                # against its tense only where that brings the day nearer publication (a page dated a day late);
                # 'will arrive on Wednesday, 20 January' three days before a Thursday the 20th is that Thursday,
                # the weekday written wrong, not a Wednesday a year gone by
                told = abs((_dated(y, month, day) - pub).days)
                y, how = next(((c, f"the year next to publication in which {day} {month_name(month)} is that weekday")
                               for c in (y - 1, y + 1) if _on_calendar(c, month, day, None)
                               and _dated(c, month, day).isoweekday() == wd
                               and (abs((_dated(c, month, day) - pub).days) < told
                                    or not (tense == "future" and _dated(c, month, day) < pub)
                                    and not (tense == "past" and _dated(c, month, day) > pub))), (y, how))
        if not _on_calendar(y, month, day, None if end else day_end):  # 29 February in a common year: year unknown
            y, how, by = None, f"{y} has no {day_end or day} {month_name(month)}", "unresolved"
    year = f"{y:04d}" if y else "XXXX"
    if day_end is not None and end is not None:  # '28 October to 2 November': each end its own date
        y_end = p.get("year_end") or (y if y is None or (end, day_end) >= (month, day) else y + 1)
        if (y_end or 0, end, day_end) < (y or 0, month, day) or not _on_calendar(y_end or 2000, end, day_end, None):
            return None  # an end before its start is no range
        year_end = f"{y_end:04d}" if y_end else "XXXX"
        return _Reading(f"{year}-{month:02d}-{day:02d}/{year_end}-{end:02d}-{day_end:02d}", "day", by, how)
    if day_end is not None:  # '10 to 12 March': a range of days in one month
        return _Reading(f"{year}-{month:02d}-{day:02d}/{year}-{month:02d}-{day_end:02d}", "day", by, how)
    if day:
        return _Reading(f"{year}-{month:02d}-{day:02d}", "day", by, how)
    if end:
        y_end = p.get("year_end") or (None if y is None else y if end >= month else y + 1)
        if y_end is not None and y is not None and (y_end, end) < (y, month):
            return None
        if by == "publication" and unit != "year" and offset is None and tense != "future" and y_end is not None \
                and date(y_end, end, 1) > pub:  # 'in November-February', 'from January to November' told as past,
            # in an article of February: the last such months, whose end had begun by publication
            y, y_end = y - 1, y_end - 1
            year, how = f"{y:04d}", "not a future clause: the last such months before publication"
        year_end = "XXXX" if y_end is None else f"{y_end:04d}"
        return _Reading(f"{year}-{month:02d}/{year_end}-{end:02d}", "month", by, how)
    return _Reading(f"{year}-{month:02d}", "month", by, how)


def _mixed_reading(p: dict) -> _Reading | None:
    """A span whose ends have different granularity ('from 2016 until March 2021', 'between May 2009 and
    2013'): each end as written. None unless the end falls in a later year."""
    y, e = int(p["year"]), int(p["year_end"])
    if e <= y or not all(1 <= p.get(k, 1) <= 12 for k in ("month", "month_end")):
        return None
    start = f"{y:04d}-{p['month']:02d}" if "month" in p else f"{y:04d}"
    end = f"{e:04d}-{p['month_end']:02d}" if "month_end" in p else f"{e:04d}"
    return _Reading(f"{start}/{end}", "month" if "month" in p else "year", "absolute")


def _on_calendar(y: int, month: int, day: int | None, day_end: int | None) -> bool:
    """Are the day (and the end of a day range, not before it) days of that month?"""
    if not 1 <= month <= 12:
        return False
    last = calendar.monthrange(y, month)[1]
    return all(d is None or 1 <= d <= last for d in (day, day_end)) and (day_end is None or day_end >= (day or 1))


def _from_anchor(spec: dict, hit: _Hit, anchor: When | None) -> _Reading:
    sign = -1 if "minus" in hit.parts else 1
    if anchor is None or (anchor.value is None and anchor.earliest is None):
        return _Reading(None, "day", "unresolved", "no earlier time in the text to count from")
    lo, hi = anchor.earliest, anchor.latest
    if spec["anchor"] == "year":  # 'a year earlier': the time before it, one year back, in its own unit
        if not anchor.value or not all(_YEAR.match(v) for v in anchor.value.split("/")):
            return _Reading(None, "year", "unresolved", "no earlier time with a year to count from")
        value = "/".join(f"{int(v[:4]) - 1:04d}{v[4:]}" for v in anchor.value.split("/"))
        if _bounds(value) == (None, None):  # 29 February, week 53: no such day a year back
            return _Reading(None, "year", "unresolved", f"{anchor.value} has no day a year back")
        return _Reading(value, anchor.granularity, "anchor", "one year before it")
    if spec["anchor"] == "day":
        if lo is not None and lo == hi:
            d = lo + timedelta(days=sign)
            return _Reading(d.isoformat(), "day", "anchor")
        shifted = _shift_weekday_value(anchor.value, sign)
        return _Reading(shifted, "day", "anchor" if shifted else "unresolved")
    near, far = int(spec.get("from", 1)), int(spec.get("to", 7))
    if lo is None:
        return _Reading(None, "day", "anchor", f"{near}-{far} days {'before' if sign < 0 else 'after'}", None, None, True)
    if sign < 0:
        return _Reading(None, "day", "anchor", "", lo - timedelta(days=far), hi - timedelta(days=near), True)
    return _Reading(None, "day", "anchor", "", lo + timedelta(days=near), hi + timedelta(days=far), True)


@lru_cache(maxsize=4096)
def _parse_digits(text: str, order: str) -> date | None:
    import dateparser  # slow to import; only numeric dates need it

    parsed = dateparser.parse(text, settings={"DATE_ORDER": order, "STRICT_PARSING": True})
    return parsed.date() if parsed else None


# --- public API ------------------------------------------------------------------------------

def tag(text: str, lang: str, published, *, anchor: When | None = None,
        tense: str | None = None) -> list[When]:
    """Every time expression in `text` (a sentence), normalised; offsets are into `text`.

    `published` is a date, or a partial one ('2024-06', '2024'): what it leaves open stays open.
    `anchor` is the time of the previous event ('the day before'); `tense` overrides the cues of
    rules/<lang>/modality.yaml. When.tense is the tense that steered a month, weekday or season
    without a year (None where the clause was not needed)."""
    return _tag(text, 0, len(text), lang, published, anchor, tense, _Doc(text, lang))


class _Doc:
    """What an expression may need from its whole document, read only when one needs it."""

    def __init__(self, text: str, lang: str) -> None:
        self.text, self.lang = text, lang
        self.told: When | None = None  # the last time the text has given in full, with its year
        self.days: When | None = None  # the last day or run of days told: a trip's first day ('its second day')
        self.ahead: When | None = None  # the run of days of a trip told as still to come (its programme follows)
        self._days_named: dict[str, frozenset[date]] = {}  # by publication date: days_named

    def days_named(self, ref) -> frozenset[date]:
        """The days the whole text names by a day and a month (its year written or not), read against
        the publication date `ref` (first day, last day, as written)."""
        if ref[2] not in self._days_named:
            ruleset = languages.get(self.lang).rules("dates")
            days = set()
            for hit in _find(ruleset, fold(self.text).text):
                if "day" not in hit.parts or "month" not in hit.parts and "month_end" not in hit.parts:
                    continue
                r = _resolve_against(ruleset, hit, ref, None, None, None)
                lo, hi = (r.earliest, r.latest) if r is not None and r.earliest else _bounds(r.value if r else None)
                if lo is not None and lo == hi:
                    days.add(lo)
            self._days_named[ref[2]] = frozenset(days)
        return self._days_named[ref[2]]

    @cached_property
    def fiscal_start(self) -> tuple[int, int, bool] | None:
        return fiscal_start(self.text, self.lang)

    @cached_property
    def solar(self) -> bool:
        """Does the text name the Iranian calendar ('the Iranian year')? Its months are then Iranian."""
        rx = _doc_patterns(self.lang).get("solar_word")
        return rx is not None and rx.search(fold(self.text).text) is not None


@languages.compiled
def _doc_patterns(lang: Language) -> dict[str, re.Pattern]:
    """The patterns of the dates file read around a hit (since, since_point, until, aside, fiscal_country)."""
    rs = lang.rules("dates")
    out = {}
    for name in ("since", "since_point", "until", "not_first_day", "inside_trip", "last_day", "length_apart", "length_start",
                 "term_start", "takes_effect"):
        if name in rs.patterns:
            out[name] = rs.compile(r"{b}(?:{" + name + r"})(?!\w)")
    for name in ("aside", "attribution"):  # set off by commas: no word boundary before them
        if name in rs.patterns:
            out[name] = rs.compile(r"{" + name + r"}")
    for name in ("months_of_year", "weekday_join"):  # read whole between two expressions
        if name in rs.patterns:
            out[name] = rs.compile(r"(?:{" + name + r"})")
    if "solar_word" in rs.patterns:
        out["solar_word"] = rs.compile(r"{b}(?:{solar_word})(?!\w)")
    if "fiscal_country" in rs.lexicons:
        out["fiscal_country"] = rs.compile(r"{b}(?P<country>{fiscal_country})(?!\w)")
    return out


def fiscal_start(text: str, lang: str) -> tuple[int, int, bool] | None:
    """(month, day) on which the fiscal year starts in the country `text` names most, among those
    of the `fiscal_country` lexicon (countries whose fiscal year is not the calendar year), and
    whether one year names it by the year it starts in ('first': Japan's FY2024 begins in April 2024)."""
    rx = _doc_patterns(lang).get("fiscal_country")
    if rx is None:
        return None
    rs = languages.get(lang).rules("dates")
    seen = Counter(rs.lookup("fiscal_country", m["country"]) for m in rx.finditer(fold(text).text))
    seen.pop(None, None)
    if not seen:
        return None
    start, _, naming = str(seen.most_common(1)[0][0]).partition(" ")
    mo, d = start.split("-")
    return int(mo), int(d), naming == "first"


def _before(name: str, lang: str, folded: str, hit: _Hit, reach: int = 0) -> re.Match | None:
    """A match of pattern `name` that starts the hit's words ('since July', 'since May 2021') or
    stands right before them; with `reach`, anywhere in that many characters before them."""
    rx = _doc_patterns(lang).get(name)
    if rx is None:
        return None
    found = None
    for m in rx.finditer(folded, max(0, hit.start - (reach or SINCE_REACH[0])), min(hit.end, hit.start + SINCE_REACH[0])):
        right_before = m.end() <= hit.start and (reach or not folded[m.end():hit.start].strip())
        if right_before or 0 <= m.start() - hit.start <= 2:
            found = m
    return found


def _tells_a_year(w: When) -> bool:
    """Is the time one 'the previous year' may count from: written with its year, or a month, a quarter
    or more; not a day or a week counted from publication ('on Monday')."""
    if w.resolved_by == "absolute" or w.granularity not in ("day", "week"):
        return True
    return w.earliest is not None and w.latest is not None and (w.latest - w.earliest).days >= 28


def _right_after_cue(lang: str, folded: str, hit: _Hit, names: list[str]) -> bool:
    """Does a modality cue of one of these rules end right where the hit starts ('postponed | to March')?"""
    cues = _cues(lang, folded, max(0, hit.start - CUE_REACH[0]), hit.end)
    return any(c.rule.rsplit("/", 1)[-1] in names and c.end <= hit.start and not folded[c.end:hit.start].strip()
               for c in cues)


def _tag(text: str, start: int, end: int, lang: str, published, anchor: When | None,
         tense: str | None, doc: _Doc) -> list[When]:
    ruleset = languages.get(lang).rules("dates")
    ref = reference(published)
    folded = fold(text[start:end])
    out: list[When] = []
    lengths: list[tuple[_Hit, int]] = []  # 'a three-day visit': joined to a day beside it, below
    terms: list[_Hit] = []  # 'from 1 May, for a period of two years': joined to the day it starts on, below
    trip_days: list[_Hit] = []  # 'on the second day of the visit': counted from the days told before it, below
    days_before = doc.days
    told_day: tuple[str | None, int] | None = None  # the tense a weekday was read with, and where it ended
    for hit in _find(ruleset, folded.text):
        spec = hit.rule.get("value") or {}
        if spec.get("anchor") == "trip":
            trip_days.append(hit)
            # ('on Monday, the first day of a two-day visit': the length inside it joins the day before it)
            lengths += filter(None, (_days_long(lang, h) for h in _lengths_inside(ruleset, folded.text, hit)))
            continue
        if spec.get("term"):  # 'for a period of two years': a length of office, never a date alone
            terms.append(hit)
            continue
        if spec.get("length"):  # a number of days, never a date alone
            if (length := _days_long(lang, hit)) is not None:
                lengths.append(length)
            continue
        if hit.rule.get("after_cue") and not _right_after_cue(lang, folded.text, hit, hit.rule["after_cue"]):
            continue
        t = tense
        if t is None and _needs_tense(hit):  # the clause is read only when the expression needs it
            t = _tense_near(lang, folded.text, hit.start, hit.end)
            if t is None and "weekday" in hit.parts and told_day is not None and told_day[0] in ("future", "present") \
                    and not _SENTENCE_END.search(folded.text, told_day[1], hit.start + 1):
                # 'will meet A on Tuesday and B on Wednesday': a weekday past the reach of the verb, told after
                # another of the same plan in its sentence, is read as that one was
                t = told_day[0]
        if t == "past" and (effect := _doc_patterns(lang).get("takes_effect")) is not None \
                and effect.search(folded.text[max(0, hit.start - TAKES_EFFECT_REACH):hit.start]):
            t = None  # the day a decision told as taken takes effect: the nearest one, not the last before
        if "weekday" in hit.parts:
            told_day = (t, hit.end)
        before = out[-1] if out else anchor
        if spec.get("anchor") == "year_told":  # the last time told before it that gives a year
            before = next((w for w in reversed(out) if _tells_a_year(w)), None)
        r = _resolve_against(ruleset, hit, ref, t, before, doc)
        if r is None:
            continue
        if out and (after := _weekday_after(out[-1], hit, r, text, start, folded, lang)) is not None:
            r = after
        lo, hi = (r.earliest, r.latest) if r.earliest or r.latest else _bounds(r.value)
        h_start = hit.start
        # 'so far this year': from the start of the year up to publication. 'since July 2023': from
        # then up to publication, unless words before make the date a point ('the first visit since
        # November 2019' dates the earlier visit).
        since = None
        if not spec.get("to_date") and r.value and "/" not in r.value:
            since = _before("since", lang, folded.text, hit)
            if since and _before("since_point", lang, folded.text, hit, SINCE_REACH[1]):
                since = None
        if ref is not None and (spec.get("to_date") or since) and r.value and lo and lo <= ref[1]:
            # 'since the start of 2023' in an article of some day of 2023: that year, not '2023/2023'
            r = _Reading(r.value if r.value == ref[2] else f"{r.value}/{ref[2]}", r.granularity, r.resolved_by,
                         (r.how + "; " if r.how else "") + "up to publication", mismatch=r.mismatch)
            hi = ref[1]
            h_start = min(h_start, since.start()) if since else h_start
        s, e = folded.span(h_start, hit.end)
        words = text[start + s:start + e]
        until = _before("until", lang, folded.text, hit)
        if until and out and (joined := _join_until(out[-1], hit, r, lo, hi, text, start + s, start + e, lang)):
            out[-1] = joined
            continue
        explanation = _explain(words, r.value, lo, hi, r.resolved_by, ref[2] if ref else None, r.how, before)
        if out and (joined := _join_months_of_year(out[-1], text, start + s, start + e, r, lo, hi, lang)):
            out[-1] = joined
            continue
        # an explicit value in brackets after a relative one: with its year, or a day ('on Friday (14 June)')
        explicit = r.resolved_by == "absolute" or r.resolved_by == "publication" and r.granularity == "day" \
            and lo is not None and lo == hi
        if explicit and out and (joined := _join_explicit(out[-1], text, start + s, start + e,
                                                          r.value, lo, hi, explanation, r.resolved_by)):
            out[-1] = doc.told = joined
            continue
        out.append(When(words, start + s, start + e, r.value, r.granularity, lo, hi,
                        r.approximate or bool(hit.rule.get("approximate")) or "approx" in hit.parts,
                        r.resolved_by, explanation, t,
                        hit.rule.id, r.mismatch))
        if r.resolved_by == "absolute" and r.value and r.value[:4].isdigit():
            doc.told = out[-1]
    starts = [w.start for w in out]
    # the words of the piece that attribute the report (read once): a day there is the statement's, no day of a trip
    set_off = [(start + a, start + b) for a, b in asides(text[start:end], lang, "attribution")] if lengths else []
    for hit, n in lengths:
        _join_length(out, starts, hit, n, text, start, folded, lang, set_off)
    for hit in terms:
        _join_term(out, hit, text, start, folded, lang)
    for hit in trip_days:
        _add_trip_day(out, hit, days_before or anchor, text, start, folded, lang)
    doc.days = next((w for w in reversed(out) if _told_days(w)), doc.days)
    if ref is not None and ref[0] == ref[1]:
        week = timedelta(days=7)
        for w in out:
            # only a run of days is a trip with a programme: one day still to come ('the bank decides on
            # Saturday') says nothing of the weekdays told after it
            if _told_days(w) and w.earliest < w.latest and ref[0] < w.earliest <= ref[0] + week and not (
                    doc.ahead is not None and doc.ahead.earliest <= w.earliest < doc.ahead.earliest + week):
                doc.ahead = w  # a new trip, not a day of the one before
    return out


def _told_days(w: When) -> bool:
    """A day or run of days the text tells itself (not one counted from another: 'the next day')."""
    return w.granularity == "day" and w.earliest is not None and w.latest is not None and not w.approximate \
        and w.resolved_by != "anchor"


def _add_trip_day(out: list[When], hit: _Hit, before: When | None, text: str, start: int, folded, lang: str) -> None:
    """'on the second day of the visit': the nth day from the first of the days told last before it (the
    trip's run of days, or the day it began), the last one of a run for 'its last day'. A single day told
    right before it is that same day told twice ('on Tuesday, the second day of the visit'): no date; so
    is the first day of a run told right before it."""
    s, e = folded.span(hit.start, hit.end)
    s, e = start + s, start + e
    at = bisect.bisect_left([w.start for w in out], s)
    here = next((w for w in reversed(out[:at]) if _told_days(w)), None)
    base = here or (before if before is not None and _told_days(before) else None)
    n = _lookup(lang, "ordinal", hit.parts.get("ordinal", ""))
    if base is None or not isinstance(n, int) or n == 0:
        return
    single = base.earliest == base.latest
    if (single or n == 1) and here is not None and s - here.end <= TRIP_DAY_RESTATED:
        return  # (or the first day of the days told right before it: 'on Monday, the first day of a two-day visit')
    if n < 0:
        if single:
            return
        day = base.latest
    else:
        day = base.earliest + timedelta(days=n - 1)
        if not single and day > base.latest:
            return
    value = day.isoformat()
    out.insert(at, When(text[s:e], s, e, value, "day", day, day, False, "anchor",
                        f"'{text[s:e]}' counted from '{base.text}' ({base.value}) -> {value}", None, hit.rule.id))


def _single_day(w: When) -> date | None:
    return w.earliest if w.earliest is not None and w.earliest == w.latest and not w.approximate else None


def _join_until(first: When, hit: _Hit, r: _Reading, lo, hi, text: str, s: int, e: int, lang: str) -> When | None:
    """'on Wednesday ... through Thursday', 'on Saturday ... until 18 June': the day before (`first`)
    becomes a range up to the end named after 'until' (at s..e of `text`), counted forward from it.
    It keeps its own words: a fact takes the times inside its clause."""
    day = _single_day(first) or _weekday_before(first, lo if lo is not None and lo == hi else None, lang)
    if day is None or not 0 <= s - first.end <= JOIN_REACH:
        return None
    parts = hit.parts
    if "weekday" in parts and "day" not in parts:
        wd = _lookup(lang, "weekday", parts["weekday"])
        if not isinstance(wd, int) or not 1 <= wd <= 7:
            return None
        last = day + timedelta(days=(wd - day.isoweekday() - 1) % 7 + 1)
    elif r.resolved_by == "absolute" and lo is not None and lo == hi:
        last = lo
    elif "day" in parts and "month" in parts and "year" not in parts:
        mo, d = _lookup(lang, "month", parts["month"]), _lookup(lang, "day", parts["day"])
        try:
            last = date(day.year, mo, d)
            last = last if last >= day else date(day.year + 1, mo, d)
        except (TypeError, ValueError):
            return None
    else:
        return None
    if not day < last <= day + timedelta(days=31):
        return None
    value = f"{day.isoformat()}/{last.isoformat()}"
    return replace(first, value=value, granularity="day", earliest=day, latest=last,
                   explanation=f"'{first.text}' ... '{text[s:e]}' -> {value} (up to the {describe(from_value(last.isoformat()))} after it)")


def _weekday_after(before: When, hit: _Hit, r: _Reading, text: str, start: int, folded, lang: str) -> _Reading | None:
    """'next Thursday and Friday': a bare weekday joined by 'and' to a day told right before it (the
    `weekday_join` pattern of the dates file, from the end of that day to the end of the weekday) is the
    first such weekday after that day (after the last of a run of days), not one read from publication
    on its own. 'and on Thursday' opens a clause of its own and is read on its own."""
    if "weekday" not in hit.parts or set(hit.parts) - {"weekday"} or before.latest is None \
            or before.granularity != "day" or r.resolved_by not in ("publication", "unresolved"):
        return None
    join = _doc_patterns(lang).get("weekday_join")
    _, e = folded.span(hit.start, hit.end)
    if join is None or before.end > start + e or not join.fullmatch(fold(text[before.end:start + e]).text):
        return None
    wd = _lookup(lang, "weekday", hit.parts["weekday"])
    if not isinstance(wd, int):
        return None
    last = before.latest
    d = last + timedelta(days=(wd - last.isoweekday() - 1) % 7 + 1)
    return _Reading(d.isoformat(), "day", "anchor", f"the first one after '{before.text}' ({last.isoformat()}), told with it")


def _weekday_before(first: When, last: date | None, lang: str) -> date | None:
    """'arrives on Saturday and stays until 18 June' where the publication day is not known: the
    weekday is the last one before the end day, if the weekday's own reading allows it."""
    if last is None or first.earliest is None or first.latest is None or first.earliest == first.latest:
        return None
    wd = next((v for word in fold(first.text).text.split()
               if word.isalpha() and isinstance(v := _lookup(lang, "weekday", word), int) and 1 <= v <= 7), None)
    if wd is None:
        return None
    day = last - timedelta(days=(last.isoweekday() - wd - 1) % 7 + 1)
    return day if first.earliest <= day <= first.latest else None


def _join_explicit(relative: When, text: str, s: int, e: int, value, lo, hi, explanation: str,
                   resolved_by: str = "absolute") -> When | None:
    """'the last Iranian year (March 21, 2022, to March 20, 2023)', 'last month (October 2023)': an
    explicit value in brackets right after a relative one is its value; what the relative words give is
    kept as a mismatch where no day satisfies both (an in-document warning). A day set off by a comma
    after a relative day ('today, January 24') is the same day told twice, and joins the same way."""
    if relative.resolved_by not in ("publication", "unresolved"):
        return None
    gap = text[relative.end:s]
    one_day = relative.granularity == "day" and relative.earliest == relative.latest and lo is not None and lo == hi
    if not (_BRACKET.fullmatch(gap) or one_day and _APPOSITION.fullmatch(gap)):
        return None
    if one_day and resolved_by == "publication" and relative.earliest:
        # a day told without its year beside 'today': the year that puts it nearest that day
        years = range(relative.earliest.year - 1, relative.earliest.year + 2)
        days = [d for d in (_same_day(lo, y) for y in years) if d is not None]
        lo = hi = min(days, key=lambda d: abs((d - relative.earliest).days), default=lo)
        value = lo.isoformat()
    end = e + 1 if text[e:e + 1] == ")" else e
    mismatch = None
    if relative.resolved_by == "publication" and relative.value and lo is not None:
        mine = When("", 0, 0, value, "day", lo, hi)
        if not overlaps(relative, mine):
            mismatch = relative.value
    return replace(relative, text=text[relative.start:end], end=end, value=value, earliest=lo, latest=hi,
                   resolved_by=resolved_by, mismatch=mismatch,
                   explanation=f"{explanation} (the value written beside '{relative.text}'"
                               + (f", which gives {relative.value})" if mismatch else ")"))


def _same_day(day: date, year: int) -> date | None:
    try:
        return day.replace(year=year)
    except ValueError:  # 29 February
        return None


_BRACKET = re.compile(r"\s*\(\s*")
_MONTH_OF_YEAR = re.compile(r"\d{4}-\d\d")
# the anchors that take a part of the time told before (`same_year`, `same_month` in a rule's value):
# the part's name, its length in a value, its shape, and the granularity of no reading
_SAME = {"same_year": ("year", 4, _YEAR, "year"), "same_month": ("month", 7, _MONTH_OF_YEAR, "day")}
_APPOSITION = re.compile(r"\s{0,3}[,\u060c]\s{0,3}")  # a comma, Latin or Arabic, between two tellings of a day
_MONTHS = re.compile(r"(?:\d{4}|XXXX)-(?P<m>\d\d)(?:/(?:\d{4}|XXXX)-(?P<e>\d\d))?")


def _join_months_of_year(months: When, text: str, s: int, e: int, r: _Reading, lo, hi, lang: str) -> When | None:
    """'between February and June this year', 'May-July of the financial year 2021-22' (and their Arabic):
    months whose year was guessed, right before the year they are of (a calendar
    or fiscal year: `months_of_year` in dates.yaml gives the words between), are those months of that
    year; the months and the year become one expression. None when the months do not fall in it."""
    m = _MONTHS.fullmatch(months.value or "")
    if m is None or months.granularity != "month" or months.resolved_by not in ("publication", "unresolved") \
            or lo is None or hi is None or not 360 <= (hi - lo).days <= 366 or r.value is None:
        return None
    gap = _doc_patterns(lang).get("months_of_year")
    if gap is None or not gap.fullmatch(fold(text[months.end:s]).text):
        return None
    first, last = int(m["m"]), int(m["e"] or m["m"])
    y = lo.year if first >= lo.month else lo.year + 1
    y_end = y if last >= first else y + 1
    start, end = date(y, first, 1), _month_end(y_end, last)
    if not (lo <= start and end <= hi):
        return None
    value = f"{y:04d}-{first:02d}" if m["e"] is None else f"{y:04d}-{first:02d}/{y_end:04d}-{last:02d}"
    b = months.start
    if text[b:e].count("(") > text[b:e].count(")") and text[e:e + 1] == ")":  # '(May-July) of ... (2021-22)'
        e += 1
    if text[b:e].count(")") > text[b:e].count("(") and text[b - 1:b] == "(":
        b -= 1
    words = text[b:e]
    return replace(months, text=words, start=b, end=e, value=value, earliest=start, latest=end, resolved_by=r.resolved_by,
                   explanation=f"'{words}' -> {value} (the months of {r.value})", mismatch=None)


def _days_long(lang: str, hit: _Hit) -> tuple[_Hit, int] | None:
    """A length of days ('a three-day visit') and its number of days; None for any other length."""
    spec = hit.rule.get("value") or {}
    n = _lookup(lang, "count", hit.parts["count"]) if "count" in hit.parts else spec.get("count")
    unit = _lookup(lang, "unit", hit.parts["unit"]) if "unit" in hit.parts else "day"
    return (hit, n) if unit == "day" and isinstance(n, int) and 1 < n <= 31 else None


def _lengths_inside(ruleset: rules.RuleSet, folded: str, hit: _Hit) -> list[_Hit]:
    """The lengths of days told inside another rule's words (its visit-length rules' matches)."""
    return [_hit(rule, m) for rule in ruleset.rules if (rule.get("value") or {}).get("length")
            for m in rule.regex.finditer(folded, hit.start, hit.end)]


def _join_length(out: list[When], starts: list[int], hit: _Hit, n: int, text: str, start: int, folded,
                 lang: str, set_off: list[tuple[int, int]]) -> None:
    """'a three-day visit' beside a day ('on Monday, commencing a three-day visit', 'a visit lasting
    three days, on Monday'): that day is the first of n; the nearest day within LENGTH_REACH wins, else
    the day before it in the same clause (the sentence's dates are this piece's)."""
    s, e = folded.span(hit.start, hit.end)
    s, e = start + s, start + e
    best = None
    at = bisect.bisect_left(starts, s)
    apart = _doc_patterns(lang).get("length_apart")
    # a day in the words that attribute the report (`set_off`) dates the statement (', according to a statement on Monday')
    shut = [(a, b) for a, b in set_off if not a <= s < b]
    for i in range(max(0, at - 1), min(len(out), at + 1)):  # the dates right before and after it
        w = out[i]
        if any(a <= w.start and w.end <= b for a, b in shut):
            continue
        gap = s - w.end if w.end <= s else w.start - e if w.start >= e else 0
        reach = LENGTH_REACH[0] if w.end <= s else LENGTH_REACH[1]
        if w.end <= s and gap > reach and w.start >= start and apart is not None \
                and not apart.search(fold(text[w.end:s]).text):
            reach = gap  # same clause: the subject and the place told between a verb's day and its trip
        if w.start >= e and gap > reach and apart is not None and (opener := _doc_patterns(lang).get("length_start")) \
                and (m := opener.search(fold(text[e:w.start]).text)) and not apart.search(fold(text[e:w.start]).text[:m.start()]):
            reach = gap  # 'a two-day summit will be held in Lima starting on 3 May': the day it opens with
        if _single_day(w) is not None and 0 <= gap <= reach and (best is None or gap < best[0]):
            best = (gap, i)
    if best is None:
        return
    w = out[best[1]]
    # 'on Tuesday, the second day of a two-day visit', 'as part of a three-day visit': not its first day;
    # 'concluded on Thursday a two-day visit' (`last_day`, before the day or between): its last
    between = fold(text[w.end:s] if w.end <= s else text[e:w.start]).text
    day = _single_day(w)
    before = fold(text[max(start, min(s, w.start) - JOIN_REACH):min(s, w.start)]).text
    inside = _doc_patterns(lang).get("inside_trip")
    if inside is not None and inside.search(between) and not _last_day(lang, between):
        return  # 'talks concluded on Thursday as part of a two-day visit': the ending is the talks', the day one of the trip's
    if _last_day(lang, before + " " + between):
        day, last = day - timedelta(days=n - 1), day  # 'concluded on Thursday a two-day visit'
        how = f"{n} days up to {last.isoformat()}"
    else:
        block = _doc_patterns(lang).get("not_first_day")
        if block is not None and block.search(between):
            return
        last = day + timedelta(days=n - 1)
        how = f"{n} days from {day.isoformat()}"
    value = f"{day.isoformat()}/{last.isoformat()}"
    # The When keeps the date's own words (a fact takes the times inside its clause); the
    # explanation quotes the length.
    out[best[1]] = replace(w, value=value, earliest=day, latest=last, rule=hit.rule.id,
                           explanation=f"'{w.text}' with '{text[s:e]}' -> {value} ({how})")


def _join_term(out: list[When], hit: _Hit, text: str, start: int, folded, lang: str) -> None:
    """'with effect from 1 May 2021, for a period of two years' (and its Arabic): a day told as a start (`term_start` in dates.yaml right before it or opening its words), the
    length right after it, is the first day of that many years or months, up to the day before the
    same date that many units later."""
    s, e = folded.span(hit.start, hit.end)
    s = start + s
    told = [i for i, w in enumerate(out) if w.end <= s]
    starter = _doc_patterns(lang).get("term_start")
    if not told or starter is None:
        return
    w = out[told[-1]]
    day = _single_day(w)
    if day is None or s - w.end > TERM_REACH or not _TERM_GAP.fullmatch(text[w.end:s]):
        return
    before = fold(text[max(start, w.start - TERM_REACH):w.start]).text
    head = fold(w.text).text.split()[:1]
    if not (starter.search(before) or head and starter.search(f"{before} {head[0]} ")):
        return
    unit = _lookup(lang, "unit", hit.parts["unit"])
    if "count" in hit.parts:
        n = _lookup(lang, "count", hit.parts["count"])
    else:
        n = 2 if languages.get(lang).rules("dates").lookup("unit_dual", hit.parts["unit"]) else 1
    months = n * (12 if unit == "year" else 1) if isinstance(n, int) and unit in ("year", "month") else 0
    if not 1 <= months <= TERM_MONTHS:
        return
    y, m = _add_months(day.year, day.month, months)
    last = _dated(y, m, day.day) - timedelta(days=1)
    value = f"{day.isoformat()}/{last.isoformat()}"
    out[told[-1]] = replace(w, value=value, earliest=day, latest=last, rule=hit.rule.id,
                            explanation=f"'{w.text}' with '{text[s:start + e]}' -> {value} ({n} {unit}s from {day})")


TERM_MONTHS = 120  # the longest term read (ten years)
TERM_REACH = 30  # characters between a start day and its term's length ('1 May 2021, for a period of')
_TERM_GAP = re.compile(r"[\s,\u060c]*")


def _last_day(lang: str, words: str) -> bool:
    """Do the words before a day, or between it and a length, end the visit on that day ('concluded
    on Thursday a two-day visit', 'on Friday, wrapping up a three-day trip')?"""
    rx = _doc_patterns(lang).get("last_day")
    return rx is not None and rx.search(words) is not None


def reference(published) -> tuple[date, date, str] | None:
    """(first day, last day, as written) of a publication date: a date, or a partial one
    ('2024-06', '2024') when only the month or the year is known. ValueError for anything else."""
    if published is None or published == "":
        return None
    if isinstance(published, date):
        return published, published, published.isoformat()
    text = str(published).strip()
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
        d = date.fromisoformat(text)
        return d, d, text
    if m := re.fullmatch(r"(?P<y>\d{4})(?:-(?P<m>\d{2}))?", text):
        y = int(m["y"])
        if m["m"] is None:
            return date(y, 1, 1), date(y, 12, 31), text
        mo = int(m["m"])
        if 1 <= mo <= 12 and y >= 1:
            return date(y, mo, 1), _month_end(y, mo), text
    raise ValueError(f"not a publication date (YYYY-MM-DD, YYYY-MM or YYYY): {published!r}")


def _resolve_against(ruleset, hit: _Hit, ref, tense, anchor, doc: _Doc | None = None) -> _Reading | None:
    """A hit read against a publication date known to the day, or only to the month or year:
    then it is read against the first and the last day it may be, and what differs stays open.
    A day of the publication month itself ('26 July' in an article of July 2022) is in that month."""
    if ref is None or ref[0] == ref[1]:
        return _resolve(ruleset, hit, ref[0] if ref else None, tense, anchor, doc)
    a = _resolve(ruleset, hit, ref[0], tense, anchor, doc)
    b = _resolve(ruleset, hit, ref[1], tense, anchor, doc)
    if a is None or b is None or a.resolved_by != "publication":
        return a if b is not None else None
    if (a.value, a.earliest, a.latest) == (b.value, b.earliest, b.latest):
        return a
    told = _told_year(anchor)
    ending = bool((hit.rule.get("value") or {}).get("ending")) or _iranian_year(ruleset.lang, hit, doc)
    last = doc.told if doc is not None else None
    if ending and last is not None:
        told = last.value.split("/")[-1][:4]  # 'the year to March' after '(..., to March 20, 2023)': it ends in 2023
    if told is not None and a.value and b.value and a.value[:4] != b.value[:4]:
        # 'September 5 to 7' after 'September 4 to 7, 2023' in an article of 2023: of the readings the
        # publication allows, the one in the year the text was just speaking of
        for r in (a, b):
            if ending and r.value.split("/")[-1].startswith(told):
                r.how = f"published some time in {ref[2]}: ending in {told}, as '{last.text}' before it"
                return r
            if r.value.startswith(told) and (len(r.value) == 4 or not r.value[4].isdigit()):
                r.how = f"published some time in {ref[2]}: in {told}, the year of '{anchor.text}' before it"
                return r
    if (named := _weekday_named(ruleset, hit, a, b, ref, doc)) is not None:
        return named
    if _in_reference_month(ruleset.lang, hit, ref):
        inside = _resolve(ruleset, hit, ref[1], "past", anchor, doc)
        if inside is not None:
            inside.how = f"published some time in {ref[2]}: a day of that month"
            return inside
    a_lo, a_hi = (a.earliest, a.latest) if a.earliest else _bounds(a.value)
    b_lo, b_hi = (b.earliest, b.latest) if b.earliest else _bounds(b.value)
    how = f"published some time in {ref[2]}: {a.value or a_lo} to {b.value or b_hi}, not settled"
    if a.value and b.value and "/" not in a.value and a.value[4:] == b.value[4:] and a.value[4:]:
        return _Reading("XXXX" + a.value[4:], a.granularity, "publication", how, approximate=a.approximate)
    if a_lo is None or b_hi is None:
        return _Reading(None, a.granularity, "unresolved", how)
    return _Reading(None, a.granularity, "publication", how, min(a_lo, b_lo), max(a_hi, b_hi), a.approximate)


def _weekday_named(ruleset, hit: _Hit, a: _Reading, b: _Reading, ref, doc: _Doc | None) -> _Reading | None:
    """A bare weekday that a publication date known only to the month (or year) leaves open: the one day
    of its possible days that the text names by its date ('Tuesday' in a text that names 28 May, a
    Tuesday, in its title or elsewhere); None where the text names none of them, or more than one."""
    if doc is None or "weekday" not in hit.parts or "day" in hit.parts or "weekday_end" in hit.parts \
            or a.granularity != "day" or b.granularity != "day":
        return None
    wd = _lookup(ruleset.lang, "weekday", hit.parts["weekday"])
    ends = [d for r in (a, b) for d in ((r.earliest, r.latest) if r.earliest else _bounds(r.value))]
    if not isinstance(wd, int) or None in ends:
        return None
    lo, hi = min(ends), max(ends)
    named = sorted(d for d in doc.days_named(ref) if lo <= d <= hi and d.isoweekday() == wd)
    if len(named) != 1:
        return None
    d = named[0]
    return _Reading(d.isoformat(), "day", "publication",
                    f"published some time in {ref[2]}: {weekday_name(wd)} {d.isoformat()}, a day the text names by its date")


def _told_year(w: When | None) -> str | None:
    """The year a time written with its year gives ('4 to 7 September 2023' -> '2023')."""
    if w is None or w.resolved_by != "absolute" or not w.value or not w.value[:4].isdigit():
        return None
    return w.value[:4] if w.value[:4] == w.value.split("/")[-1][:4] else None


def _in_reference_month(lang: str, hit: _Hit, ref) -> bool:
    """Does the hit name a day of the publication month, with no year or direction word?"""
    parts = hit.parts
    if (ref[0].year, ref[0].month) != (ref[1].year, ref[1].month) or "day" not in parts:
        return False
    if any(k in parts for k in ("year", "offset", "unit")):
        return False
    month = parts.get("month") or parts.get("month_end")
    return _lookup(lang, "month", month) == ref[0].month if month else False


def tag_spans(text: str, spans, lang: str, published) -> list[When]:
    """Every time expression in the given (start, end) pieces of `text` (sentences), in order;
    offsets are into `text` and each piece is anchored on the last expression before it."""
    out: list[When] = []
    doc = _Doc(text, lang)
    for start, end in spans:
        out += _tag(text, start, end, lang, published, out[-1] if out else None, None, doc)
    return out


def tag_text(text: str, lang: str, published) -> list[When]:
    """tag_spans over the lines of `text`."""
    spans, pos = [], 0
    for line in text.splitlines(keepends=True):
        if not line.isspace():
            spans.append((pos, pos + len(line)))
        pos += len(line)
    return tag_spans(text, spans, lang, published)


def _explain(words: str, value, lo, hi, resolved_by: str, pub: str | None, how: str, anchor: When | None) -> str:
    shown = value or (f"{lo}..{hi}" if lo else "unknown")
    note = f" ({how})" if how else ""
    if resolved_by == "absolute":
        return f"'{words}' -> {shown}{note}"
    if resolved_by == "publication":
        return f"'{words}' in an article dated {pub} -> {shown}{note}"
    if resolved_by == "anchor" and anchor is not None:
        return f"'{words}' counted from '{anchor.text}' ({anchor.value or 'unknown'}) -> {shown}{note}"
    return f"'{words}' -> {shown}{note}"


def from_value(value: str | None, text: str = "", approximate: bool = False) -> When:
    """A When for a TIMEX3-style value (for anchors, stored facts and tests)."""
    lo, hi = _bounds(value)
    gran = "unknown"
    if value:
        first = value.split("/")[0]
        gran = ("day" if _DAY.fullmatch(first) or (_WEEK.fullmatch(first) and first[-2] == "-") else
                "week" if _WEEK.fullmatch(first) else "season" if _SEASON.fullmatch(first) else
                PERIOD_GRANULARITY[first[5]] if _PERIOD.fullmatch(first) else
                "decade" if _DECADE.fullmatch(first) else "month" if _MONTH.fullmatch(first) else "year")
    return When(text or value or "", 0, 0, value, gran, lo, hi, approximate,
                "absolute" if lo else "unresolved")


# --- comparison ------------------------------------------------------------------------------

def _any_day(d: date) -> bool:
    """The test of a constraint that is its interval alone: overlaps and contains then compare bounds."""
    return True


def _constraint(w: When):
    """(lo, hi, test): the days a When allows are those in [lo, hi] (None: unbounded) passing test."""
    lo, hi = w.earliest, w.latest
    if w.approximate:
        if lo is None:
            return None, None, _any_day
        tol = timedelta(days=TOLERANCE.get(w.granularity, 3))
        return lo - tol, hi + tol, _any_day
    v = w.value or ""
    if lo is not None or not v:
        return lo, hi, _any_day
    if m := _PERIOD.fullmatch(v):
        try:
            months = set(_period_months(m["p"], int(m["n"])))
        except ValueError:
            return None, None, _any_day
        return None, None, lambda d: d.month in months
    if "/" in v:  # a range of partial months: 'XXXX-11/XXXX-02' allows Nov..Feb
        ends = v.split("/")
        weekdays = [_WEEK.fullmatch(x) for x in ends]
        if all(m and m["wd"] for m in weekdays):  # 'Saturday to Monday' of a week not known
            a, b = (int(m["wd"]) for m in weekdays)
            days = {(a - 1 + i) % 7 + 1 for i in range((b - a) % 7 + 1)}
            return None, None, lambda d: d.isoweekday() in days
        months = [_MONTH.fullmatch(x[:7]) for x in ends]
        if not all(months):
            return None, None, lambda d: True
        a, b = (int(m["m"]) for m in months)
        months = {(a - 1 + i) % 12 + 1 for i in range((b - a) % 12 + 1)}
        return None, None, lambda d: d.month in months
    if m := _DAY.fullmatch(v):
        mo, dd = int(m["m"]), int(m["d"])
        return None, None, lambda d: d.month == mo and d.day == dd
    if m := _MONTH.fullmatch(v):
        mo = int(m["m"])
        return None, None, lambda d: d.month == mo
    if m := _WEEK.fullmatch(v):
        wd = int(m["wd"]) if m["wd"] else None
        return None, None, lambda d: wd is None or d.isoweekday() == wd
    if m := _SEASON.fullmatch(v):
        months = SEASON_MONTHS[m["s"]]
        return None, None, lambda d: d.month in months
    return None, None, _any_day


def _days(lo: date, hi: date):
    for i in range((hi - lo).days + 1):
        yield lo + timedelta(days=i)


@lru_cache(maxsize=4096)
def overlaps(a: When, b: When) -> bool:
    """Can both be true of the same day? Unknown or unresolved values never conflict."""
    lo_a, hi_a, ta = _constraint(a)
    lo_b, hi_b, tb = _constraint(b)
    los = [x for x in (lo_a, lo_b) if x]
    his = [x for x in (hi_a, hi_b) if x]
    lo, hi = (max(los), min(his)) if los else CYCLE
    if ta is _any_day and tb is _any_day:  # two intervals: no day to test one by one
        return lo <= hi
    return lo <= hi and any(ta(d) and tb(d) for d in _days(lo, hi))


@lru_cache(maxsize=4096)
def contains(outer: When, inner: When) -> bool:
    """Does every day `inner` allows fall within what `outer` allows?"""
    lo_o, hi_o, to = _constraint(outer)
    lo_i, hi_i, ti = _constraint(inner)
    lo, hi = (lo_i, hi_i) if lo_i else CYCLE
    if to is _any_day and ti is _any_day and (lo_o is None or hi_o is not None):  # two intervals
        return lo > hi or lo_o is None or lo_o <= lo and hi <= hi_o
    return all((lo_o is None or lo_o <= d <= hi_o) and to(d) for d in _days(lo, hi) if ti(d))


def month_name(n: int) -> str:
    """The display name of month n (1 = January), from rules/en/dates.yaml (reports are in English)."""
    return languages.get("en").rules("dates").lexicon("display_month")[str(n)]


def weekday_name(n: int) -> str:
    """The display name of ISO weekday n (1 = Monday), from rules/en/dates.yaml."""
    return languages.get("en").rules("dates").lexicon("display_weekday")[str(n)]


def describe(w: When) -> str:
    """A short rendering for people: 'October 2023', 'February (year unknown)', 'week 51 of 2022'."""
    v = w.value
    if not v:
        return f"{w.earliest} to {w.latest}" + (" (about)" if w.approximate else "") if w.earliest else "unknown"
    if "/" in v:
        a, b = v.split("/", 1)
        return f"{describe(from_value(a))} to {describe(from_value(b))}"
    unknown = " (year unknown)" if v.startswith("XXXX") else ""
    if m := _DAY.fullmatch(v):
        d = int(m["d"])
        return f"{d} {month_name(int(m['m']))}" + (unknown or f" {m['y']}")
    if m := _WEEK.fullmatch(v):
        if m["wd"]:
            name = weekday_name(int(m["wd"]))
            return f"a {name}" + (" (date unknown)" if "X" in v else f" of week {int(m['w'])} of {m['y']}")
        return f"week {int(m['w'])} of {m['y']}"
    if m := _MONTH.fullmatch(v):
        return month_name(int(m["m"])) + (unknown or f" {m['y']}")
    if m := _PERIOD.fullmatch(v):
        return f"{m['p']}{m['n']}" + (unknown or f" {m['y']}")
    if _DECADE.fullmatch(v):
        return f"the {v}0s"
    if m := _SEASON.fullmatch(v):
        names = {c: n for n, c in languages.get("en").rules("dates").lexicon("season").items()}
        return names.get(m["s"], m["s"]) + (unknown or f" {m['y']}")
    return v


# --- example runners (tests/test_rule_examples.py) -------------------------------------------

def _as_date(x) -> date | str | None:
    if x is None or isinstance(x, date):
        return x
    if len(str(x)) < 10:  # a partial publication date ('2024-02') stays as written
        return str(x)
    return date.fromisoformat(str(x))


def as_dict(w: When) -> dict:
    return {"text": w.text, "start": w.start, "end": w.end, "value": w.value, "granularity": w.granularity,
            "earliest": w.earliest.isoformat() if w.earliest else None,
            "latest": w.latest.isoformat() if w.latest else None, "approximate": w.approximate,
            "resolved_by": w.resolved_by, "tense": w.tense, "rule": w.rule, "explanation": w.explanation,
            "mismatch": w.mismatch}


def run_example(ruleset, rule, example) -> dict | None:
    """The expression `rule` yields on an example (context: published, anchor, tense)."""
    ctx = example.context
    anchor = from_value(str(ctx["anchor"])) if ctx.get("anchor") else None
    found = tag(example.text, ruleset.lang, _as_date(ctx.get("published")), anchor=anchor, tense=ctx.get("tense"))
    mine = [w for w in found if w.rule == rule.id]
    return as_dict(mine[0]) if mine else None


def run_modality_example(ruleset, rule, example) -> dict | None:
    """The clause reading, when `rule` is among the cues found in the example."""
    if not any(c.rule == rule.id for c in _cues(ruleset.lang, fold(example.text).text)):
        return None
    modality, tense = clause(example.text, ruleset.lang)
    return {"modality": modality, "tense": tense}
