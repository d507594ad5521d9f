"""The date of a fact: its own time phrase, the one it is chained to, or the one the article frames it with."""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import replace
from typing import Any, Sequence

from checker.extract import figures, names, ordinals, timex
from checker.languages import Language
from checker.model import CHAINED, Fact, Quantity, When
from checker.textfold import fold
from checker.extract.context import (
    _cue_pattern, Cues, DocumentContext, Found, _main_date, PLACE_TYPES, _publication_day, _shift, Trigger, _WORD,
)


def _figure_when(found: Found, q: Quantity, s_lo: int, s_hi: int, cues: Cues, offset: int,
                 shared: bool, bases: Sequence[tuple[int, int]] = (),
                 others: Sequence[tuple[int, int]] = (), vague: re.Pattern | None = None) -> When | None:
    """The figure's period: the time in its own stretch nearest to it, after it first ('$50bn in
    2015'); else the time the sentence states once for all its figures, none in `others` (the
    stretches of the figures compared with). A time inside a basis ('compared with the same period
    last year') is none. A figure told with a vague time of its own (`vague`: '$15bn soon and $20bn
    in 2030') takes no time told after that one."""
    # a time the article's day cannot resolve ('on Monday' on an undated page) is no period
    usable = [w for w in found.whens if w.value is not None and not cues.since(min(q.end, w.end), max(q.start, w.start))
              and not any(s <= w.start and w.end <= e for s, e in bases)]
    if vague is not None and (m := vague.match(cues.text, q.end)) is not None:
        usable = [w for w in usable if w.start < m.end()]
    own = [w for w in usable if s_lo <= w.start and w.end <= s_hi and not _next_clauses(w, q, found, cues)]
    if not shared:  # 'down from $26bn a year earlier': the time before it is the other figure's
        own = [w for w in own if w.start >= q.end]
    stated = [w for w in usable if not any(s <= w.start and w.end <= e for s, e in others)]
    pool = own or (stated if shared else [])
    if shared and all(_single_day(w) for w in pool):
        pool = [w for w in stated if not _single_day(w)] or pool
    if not pool:
        return None
    # a figure covers a period: a single day beside it is when it was told ('data released on
    # Friday'), taken only where no period stands in the same reach
    w = min(pool, key=lambda w: (_single_day(w), w.start < q.start,
                                 abs(w.start - q.end) if w.start >= q.end else abs(q.start - w.end)))
    return _shift(_narrowed(w, usable, cues.text), offset)


def _next_clauses(w: When, q: Quantity, found: Found, cues: Cues) -> bool:
    """Is the time `w`, after the figure `q`, the opening of the next clause, which tells a figure of
    its own after it ('$95bn in 2023, and in the first half of 2024 about $50bn': 2024 is the second's)?"""
    if w.start < q.end or cues.lang is None or not any(x.start >= w.end for x in found.quantities):
        return False
    b = next((b for b in cues.breaks if q.end <= b < w.start), None)
    if b is None:  # ('$1.8bn while in 2020 it was $1.5bn', told without a comma)
        return figures.contrast_between(cues.text[q.end:w.start], str(cues.lang))
    return figures.opens_clause(cues.text[b:w.start], str(cues.lang), cues.text[w.end:w.end + 3])


def _narrowed(w: When, whens: Sequence[When], text: str) -> When:
    """A part of a time written right before it, at most a word between ('between April and August of the
    FY 2022-23'): the part is the period."""
    for v in whens:
        gap = text[v.end:w.start]
        if v.end <= w.start and len(gap.split()) <= 1 and not any(ch in gap for ch in ",;\u060c") \
                and None not in (v.earliest, v.latest, w.earliest, w.latest) \
                and w.earliest <= v.earliest and v.latest <= w.latest and (v.earliest, v.latest) != (w.earliest, w.latest):
            return v
    return w


def _single_day(w: When) -> bool:
    return w.earliest is not None and w.earliest == w.latest


def _told_before(found: Found, q: Quantity, cues: Cues, offset: int, bases: Sequence[tuple[int, int]]) -> When | None:
    """The time told last before a figure in its sentence, for 'over the period' when no figure before
    it had one; a time that dates another event ('since June 2005') or a basis is none."""
    told = [w for w in found.whens if w.end <= q.start and not cues.since(w.start, w.end)
            and not any(s <= w.start and w.end <= e for s, e in bases)]
    return _shift(max(told, key=lambda w: w.end), offset) if told else None


def _when(found: Found, t: Trigger, lo: int, hi: int, ctx: DocumentContext, cues: Cues, offset: int,
          inherit: bool, chained: bool = False, told_past: bool = False, told_present: bool = False,
          to_come: bool = False) -> When | None:
    """The trigger's own time (nearest in its window, after it first), else the one the text ties to it;
    `to_come`: the event is told as still to come."""
    # 'since February 2022' between them: the date of another event. A date after the trigger that
    # itself begins with 'since' ('the first visit since 2017', 'seven visits since 2015') counts from
    # an earlier event; it dates only a post taken up ('in office since May'). Before the trigger it
    # may be that event's ('since 1989, when X was hosted').
    taken_up = t.rule["kind"] in ("appointment", "role")  # a post taken up, or held ('has served as X since May')
    arrived = _arrival(t, cues)  # 'arrived in X since Sunday': there since the day of arrival
    own = [w for w in found.whens if lo <= w.start and w.end <= hi
           and not cues.since(min(t.end, w.end), max(t.start, w.start))
           and (taken_up or arrived or w.start < t.end or not cues.since(w.start, w.end)) and not cues.apart(w, t)
           and not (w.start >= t.end and _counts_back(w))]
    if own and cues.lang:
        # the span an ordinal counts over ('the second reshuffle in two months') is not the event's time
        own = [w for w in own if not ordinals.counted_span(cues.lang, cues.text, w)]
    if own and cues.lang:
        # 'dismissed X, appointed a year ago, and appointed Y': a time inside a relative clause set off by
        # commas is that clause's, not the time of an event told outside it
        shut = [(s, e) for s, e in timex.asides(cues.text, str(cues.lang)) if not s <= t.start < e]
        own = [w for w in own if not any(s <= w.start and w.end <= e for s, e in shut)]
        # nor a day in the words that attribute the report (', according to a statement on Tuesday'), where the
        # event is still to come or the sentence tells a day of its own; an event told as done and dated by
        # nothing else took place by the statement's day, which stands for it
        said = timex.asides(cues.text, str(cues.lang), "attribution")
        others = [w for w in own if not any(s <= w.start and w.end <= e for s, e in said)]
        own = others if to_come or others else own
    if own and cues.quotes:
        # a time inside a quotation is the speaker's, of what they said ('a target of $40bn by 2030'), never
        # the time of an event the reporter tells outside it ('he said at a meeting with X')
        quoted = cues.speech_outside(t)
        own = [w for w in own if not any(s <= w.start and w.end <= e for s, e in quoted)]
    if own:
        # a term of office ('with effect from 1 May, for a period of two years') is the post's time, not
        # the event's, where the sentence tells another ('appointed on Monday ..., with effect from ...')
        own = [w for w in own if not w.rule.endswith(TERM_RULE)] or own
        w = _finer(min(own, key=lambda w: (w.start < t.start, abs(w.start - t.end))), own)
        if arrived and w.start >= t.end and cues.since(w.start, w.end) and w.granularity == "day" \
                and w.earliest is not None and w.earliest != w.latest:
            w = replace(w, value=w.earliest.isoformat(), latest=w.earliest,
                        explanation=f"the day of the arrival, the first of the span: {w.explanation}")
        if _counts_back(w) and w.value is None and ctx.peg is not None:
            w = _counted_from_peg(w, cues.text, ctx)
        return _shift(_year_end(w, cues.text[max(0, w.start - 24):w.start], ctx.lang), offset)
    if (framing := _framing_when(found, t, lo, cues)) is not None:
        return _shift(framing, offset)
    if chained and (earlier := _chained_when(found, t, lo, cues)) is not None:
        return _shift(earlier, offset)
    if (t.rule.get("roles") or {}).get("now") and (day := _publication_day(ctx)) is not None:
        # a post told as held in the present ('X is chairman of Y'), undated: held on the article's day,
        # as a post named with a person is, not on the day of the event the article reports
        return replace(day, explanation=f"told as held now in an article of {day.value}")
    if inherit and ctx.peg is not None:  # a reported fact, not a plan: the article's main date
        return _trip_start(ctx.peg, cues.text, ctx) or _told_so_far(ctx.peg, t, cues.text, ctx) or _main_date(ctx)
    news = ctx.lang.rules("events").lexicons
    if inherit and told_past and ctx.peg is None and ctx.published is not None \
            and (t.rule["kind"] in news.get("news_of_the_day", ())
                 or arrived and t.rule["kind"] in news.get("news_arrivals", ())) \
            and not ((t.rule.get("roles") or {}).get("own_post") and t.rule["kind"] == "appointment"):
        # told as done, undated, in an article that dates none of its events: the news the article
        # reports, of its publication day (an appointment decreed, announced; a dismissal; an arrival); not a post the
        # person is named with ('the newly appointed minister X', `own_post`), given at some time before (the
        # post a dismissal names is the one left, on that day)
        # (the same event told again with a date of its own is that date: retold._dated)
        day = _publication_day(ctx)
        return replace(day, rule=NEWS_OF_THE_DAY,
                       explanation=f"told as done in an article of {day.value} that dates no event before it")
    if inherit and told_present and ctx.peg is None and ctx.published is not None \
            and t.rule["kind"] in news.get("news_under_way", ()):
        # told in the present, undated, in an article that dates none of its events ('X is on a state
        # visit to Y'): under way on the publication day
        day = _publication_day(ctx)
        return replace(day, rule=NEWS_OF_THE_DAY,
                       explanation=f"told as under way in an article of {day.value} that dates no event before it")
    if inherit and ctx.peg is None and ctx.published is None and ctx.published_period:
        # Only the month (or year) of publication is known and no day of the article's events: what
        # it reports as done or under way (told in any tense but the future: a list of the day's
        # meetings) is told of that month, no finer.
        period = _publication_day(ctx)
        return replace(period, explanation=f"told as done in an article of {period.value} (none in the sentence)")
    return None


NEWS_OF_THE_DAY = "publication/news-of-the-day"  # the rule of a When _when lends from the publication day
TERM_RULE = "/term-length"  # the dates rule of a term's days (dates.yaml)


# Times counted back from the time told before them, dating the event told after them ('It comes two
# months after X met Y', 'days after the vote'): never the time of an event told before them.
COUNTED_BACK = ("anchor-count", "anchor-count-two", "anchor-days")


def _counts_back(w: When) -> bool:
    return w.rule.rsplit("/", 1)[-1] in COUNTED_BACK


def _arrival(t: Trigger, cues: Cues) -> bool:
    """Is the trigger an arrival, or told with an arrival verb right before it (the `arrival` pattern)?"""
    rx = _cue_pattern(cues.lang, "arrival") if cues.lang and t.rule["kind"] == "visit" else None
    return rx is not None and rx.search(fold(cues.text[max(0, t.start - ARRIVAL_REACH):t.end]).text) is not None


ARRIVAL_REACH = 24  # characters before a trip's trigger where its arrival verb may stand


def _counted_from_peg(w: When, text: str, ctx: DocumentContext) -> When:
    """A time counted back that found no day before it to count from ('It comes four weeks after X was
    named', after 'since 2022'): counted from the article's main date, the event 'it' stands for."""
    again = [v for v in timex.tag(text[w.start:], ctx.lang, ctx.published, anchor=ctx.peg) if v.start == 0]
    if not again or again[0].value is None:
        return w
    return replace(again[0], start=w.start, end=w.end)


def _told_so_far(w: When, t: Trigger, sentence: str, ctx: DocumentContext) -> When | None:
    """The days of the article's main date up to publication, for an event told in the past tense
    ('was received at the airport by'): what is told as done is not still to come. A trip told in the
    past ('arrived on a three-day visit') may go on: it keeps all the days."""
    trips = ctx.lang.rules("events").lexicons.get("trip_kinds", ())
    if ctx.published is None or w.earliest is None or w.latest is None or t.rule["kind"] in trips \
            or not w.earliest <= ctx.published < w.latest or timex.clause(sentence, ctx.lang)[1] != "past":
        return None
    last = ctx.published
    value = last.isoformat() if w.earliest == last else f"{w.earliest.isoformat()}/{last.isoformat()}"
    return replace(w, value=value, latest=last,
                   explanation=f"the article's main date up to publication, told in the past: {w.explanation}")


def _year_end(w: When, before: str, lang: Language) -> When:
    """An event told at the end of a year ('took office at the end of 2021') happened in its last month;
    not one due by then ('will visit by the end of 2026', `deadline` right before: any month before it),
    and the year stays the period of a figure ('by the end of 2021'), which _figure_when reads."""
    dates = lang.rules("dates")
    end, due = dates.named("year_end"), dates.named("deadline")
    if w.granularity != "year" or w.earliest is None or w.latest is None or w.earliest.year != w.latest.year \
            or end is None or not end.search(fold(w.text).text) \
            or due is not None and due.search(fold(before + w.text).text):
        return w
    first = w.latest.replace(day=1)
    return replace(w, value=first.isoformat()[:7], granularity="month", earliest=first,
                   explanation=f"the last month of {w.value}, an event at its end: {w.explanation}")


def _framing_when(found: Found, t: Trigger, lo: int, cues: Cues) -> When | None:
    """'On Wednesday, X held talks with Y': a time that opens the sentence, set off by a comma, frames
    all of it, though another trigger stands between it and this one's window; so does one the
    `frame_after` words introduce after the events ('X will hold talks with Y, who arrives on an official
    visit, and that on Thursday')."""
    after = _cue_pattern(cues.lang, "frame_after") if cues.lang else None
    for w in found.whens:
        if after is not None and w.start >= t.end and after.search(fold(cues.text[max(0, w.start - 24):w.start]).text) \
                and not cues.apart(w, t):
            return w  # '..., and that on Thursday 29 January': the time the sentence tells all of it at
        if w.end > lo or len(_WORD.findall(cues.text[:w.start])) > 1 or cues.since(w.start, w.end) or cues.apart(w, t):
            continue
        comma = min((b for b in cues.breaks if b >= w.end), default=None)  # its date may run on: 'On Wednesday 28 May,'
        if comma is not None and comma < t.start and len(_WORD.findall(cues.text[w.end:comma])) <= FRAME_TAIL:
            return w
    return None


FRAME_TAIL = 3  # words of a time phrase the tagger may leave out before its comma (a weekday's date after it)


def _chained_when(found: Found, t: Trigger, lo: int, cues: Cues) -> When | None:
    """'On Wednesday X will be received by A and will then meet B': an event chained to the one before
    it in the sentence, with its subject, is told of the same time, the last one before its window
    (none that dates another event, 'since 2019')."""
    shut = [(s, e) for s, e in timex.asides(cues.text, str(cues.lang)) if not s <= t.start < e] if cues.lang else ()
    # (nor one inside a clause set off by commas: 'dismissed X, appointed a year ago, and appointed Y')
    told = [w for w in found.whens if w.end <= lo and not cues.since(w.start, w.end)
            and not any(s <= w.start and w.end <= e for s, e in shut)]
    if not told:
        return None
    w = max(told, key=lambda w: w.end)
    if cues.apart(w, t):  # chained to nothing across a clause of its own
        return None
    return replace(w, explanation=f"{CHAINED}: {w.explanation}")


def _finer(w: When, own: Sequence[When]) -> When:
    """The nearest of the fact's times that lies inside `w` and says less ('in March next year ... on
    18 and 19 March', 'the summit of this year ... on Tuesday'): one event told coarse, then fine."""
    inner = [v for v in own if _bounded(v) and _bounded(w) and _coarser(w, v) and timex.contains(w, v)]
    return min(inner, key=lambda v: abs(v.start - w.start)) if inner else w


def _bounded(w: When) -> bool:
    return w.value is not None and w.earliest is not None and w.latest is not None


GRAINS = ("day", "week", "month", "season", "quarter", "year", "decade")


def _coarser(w: When, v: When) -> bool:
    """Is w told in a coarser unit than v (a month against a day)? Days joined into a range ('on
    Monday, a three-day visit') are still days: the day inside them is no finer date."""
    return w.granularity in GRAINS and v.granularity in GRAINS and GRAINS.index(w.granularity) > GRAINS.index(v.granularity)


def _during(facts: list[Fact], during: dict, ctx: DocumentContext,
            read: Sequence[tuple[Any, Found]] = ()) -> list[Fact]:
    """A fact told without a date, of a kind that happens during a trip (`during` in events.yaml:
    meetings and legs of a visit), takes the days of the visit of one of its parties the article
    dates to the day: the nearest told before it, else the first told after (a headline); on a tour,
    the leg to a place its sentence names ('In Chile, he will meet ...'), if one goes there. A plan
    never takes days already past, nor a fact told in the past tense days still to come (a headline's
    present, 'Okafor makes a state visit to Peru', may tell a trip to come)."""
    trips = [f for f in facts if f.kind in during and f.when is not None and f.when.value
             and f.when.granularity == "day" and f.when.earliest is not None]
    if not trips:
        return facts
    out = []
    starts = [sentence.start for sentence, _ in read]  # in order: a fact's sentence found by bisection
    for f in facts:
        told = _told_in(f, read, starts)
        borrowed = f.when is not None and told is not None and _borrowed(f, told[0])
        if (f.when is None or borrowed) and f.modality in ("asserted", "expected", "planned"):
            parties = {f.subject, f.object, *f.others} - {None}
            fits = [t for t in trips if f.kind in during.get(t.kind, ()) and t.subject in parties
                    and _may_hold(f, t.when, ctx) and _inside(f, t)]
            if len({t.place for t in fits}) > 1 and told is not None and (here := _places_told(told[1])):
                there = [t for t in fits if {t.place, names.country_of_place(t.place)} & here]
                # a date borrowed from elsewhere in the text yields to the leg its sentence names
                fits = there if borrowed else there or fits
            elif borrowed:
                fits = []
            before = [t for t in fits if t.span[0] <= f.span[0]]
            trip = before[-1] if before else fits[0] if fits else None
            if trip is not None:
                f = replace(f, when=_trip_days(trip, f, ctx))
        out.append(f)
    return out


def _inside(f: Fact, trip: Fact) -> bool:
    """Can trip `f` be the trip told again or a leg of it: a place inside the trip's country, its
    country, or none named? A visit to another country ('will then travel on to Vietnam') comes after
    the trip, not during it."""
    if f.kind != trip.kind or f.place is None or trip.place is None or f.place == trip.place:
        return True
    country = names.country_or_place(trip.place)
    return f.place == country or names.country_of_place(f.place) == country


def _told_in(f: Fact, read: Sequence[tuple[Any, Found]], starts: Sequence[int]) -> tuple[Any, Found] | None:
    """The sentence the fact stands in, and what was found in it (`starts`: the sentences' starts, in order)."""
    i = bisect_right(starts, f.span[0]) - 1
    return read[i] if i >= 0 and f.span[0] < read[i][0].end else None


def _borrowed(f: Fact, sentence: Any) -> bool:
    """Does the fact's date stand outside its sentence (the article's main date, a trip's days)?"""
    return f.when.text != "" and not sentence.start <= f.when.start < sentence.end


def _places_told(found: Found) -> set[str]:
    """The places a sentence names, and the countries they lie in."""
    named = {e.name for e in found.entities if e.type in PLACE_TYPES}
    return named | ({names.country_of_place(n) for n in named} - {None})


def _trip_days(trip: Fact, f: Fact, ctx: DocumentContext) -> When:
    """The days of the trip an undated fact happens during (all of them, or the first: _trip_start)."""
    return _trip_start(trip.when, f.sentence, ctx) or replace(
        trip.when, explanation=f"during the {trip.kind} (none in the sentence): {trip.when.explanation}")


def _trip_start(w: When, sentence: str, ctx: DocumentContext) -> When | None:
    """The first day of a trip's days `w`, where the sentence tells what the trip begins with ('will
    start his visit by meeting X'): the events it tells take that day, not all the trip's days."""
    start = _cue_pattern(ctx.lang, "trip_start")
    if w.earliest is None or w.earliest == w.latest or start is None or not start.search(fold(sentence).text):
        return None
    return replace(w, value=w.earliest.isoformat(), latest=w.earliest,
                   explanation=f"the first day of the trip, which the sentence says it begins with: {w.explanation}")


def _may_hold(f: Fact, when: When, ctx: DocumentContext) -> bool:
    if ctx.published is None:
        return True
    if f.modality == "asserted":
        return when.earliest <= ctx.published or timex.clause(f.sentence, ctx.lang)[1] not in ("past", "future")
    return when.latest >= ctx.published
