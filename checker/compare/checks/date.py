"""Two reports of one event on dates that cannot meet."""
from __future__ import annotations

import re
from typing import Sequence

from checker.compare.policy import Policy, country_of, norm
from checker.compare.checks import trip
from checker.compare.values import agree, fits_unsettled, known, overlaps, unsettled, year
from checker.model import CHAINED, Fact, When


def verdict(pol: Policy, a: Fact, b: Fact, has_occasion: bool,
            arrivals: tuple[Fact | None, Fact | None] = (None, None),
            told: tuple[bool, bool] | None = None) -> str | None:
    """'agree', 'date' or 'arrival' (conflicts), 'trip', 'slip' or 'arrival-far' (maybe one) or None
    (nothing to say); `arrivals`: a report of each side told by its arrival, if any (arrival());
    `told`: whether some report of each side tells its date in words (told()), else the two facts' own."""
    wa, wb = a.when, b.when
    if not (known(wa) and known(wb)):
        # an unknown date never conflicts, and identifies nothing; a date left open between two days
        # (unsettled) may confirm a known date it may be, never clash with one
        return "agree" if _may_be(pol, a, wa, wb) or _may_be(pol, a, wb, wa) else None
    if a.kind in pol.lasting:
        return "agree"  # a post held on two days is the same post held: two reports of one state
    gap = _arrival_gap(*arrivals) if None not in arrivals else None
    apart = gap is not None and 0 < gap <= _max_gap(pol, "arrival")
    if overlaps(wa, wb):
        if agree(wa, wb) and not _lengths_differ(a, b):
            # the days of a trip told from its arrival hold the other's day of arrival: two arrivals
            return "arrival" if apart else "agree"
        # one event told as two spans of days that cross, or that begin on one day in one place and
        # end on two ('a three-day visit to Seoul from the 28th', 'a two-day one'): it cannot have
        # begun or ended on both days, whether or not an occasion names it. A span inside another
        # that begins on another day may be a part of it (its days in one city).
        return "date" if _span(wa) and _span(wb) and pol.applies("date", a.kind) else "arrival" if apart else None
    if apart:
        return "arrival"
    if not has_occasion and _once_on_two_days(pol, a, b):
        return "date"  # 'X named finance minister' on Thursday in one report, on Friday in another
    if not has_occasion and slipped(pol, a, b, told):
        return "slip"  # 4 September and 4 October: a month misread rather than a second meeting
    if not has_occasion and gap is not None and _max_gap(pol, "arrival") < gap <= _max_gap(pol, "arrival-far"):
        return "arrival-far"  # two arrivals a week or so apart: one misdated, or a trip made twice
    if not has_occasion:  # nothing names the event: two events, unless one trip is misdated
        return "trip" if trip.candidate(pol, a, b) else None
    if not pol.applies("date", a.kind):
        return None
    settings = pol.rule("date").get("settings") or {}
    ya, yb = year(wa), year(wb)
    if settings.get("recurring_occasions") and ya and yb and ya != yb:
        return None  # two editions of a recurring occasion
    return "date"


def slipped(pol: Policy, a: Fact, b: Fact, told: tuple[bool, bool] | None = None) -> bool:
    """Two single days of one event, each told by the article's words (`told`, for the reports of
    each side; else the two facts'), a month apart to the day (4 September and 4 October, 4 December
    and 4 January): a month misread or mistyped (the `date-slip` rule). A year apart is not read so: leaders
    meet at the same yearly gatherings ('last November' at one summit, this November at the next)."""
    if not pol.applies("slip", a.kind):
        return False
    wa, wb = a.when, b.when
    if not (_day(wa) and _day(wb) and all(told or (_told(wa), _told(wb)))):
        return False
    da, db = wa.earliest, wb.earliest
    return da.day == db.day and abs((da.year * 12 + da.month) - (db.year * 12 + db.month)) == 1


def one_writers(pol: Policy, a_docs, b_docs) -> bool:
    """A slip is one writer's: one of its sides is told by `max_sources` documents at most."""
    rule = pol.rule("slip")
    most = (rule.get("settings") or {}).get("max_sources", 1) if rule is not None else 0
    return min(len(a_docs), len(b_docs)) <= most


def told(facts: Sequence[Fact]) -> bool:
    """Does some report tell its date in the article's words (not its publication day alone)?"""
    return any(f.when is not None and _told(f.when) for f in facts)


def _day(when: When) -> bool:
    return when.granularity == "day" and when.earliest is not None and when.earliest == when.latest


def rescheduled(pol: Policy, a: Fact, b: Fact) -> bool:
    """One event announced and held on days that show the plan changed (the `schedule-date` rule):
    the date rule reads them as one event told two ways (spans that cross, or that begin on one day
    and end on two), one side a plan and the other a report, in the classes the rule names."""
    return pol.applies("schedule", a.kind) and pol.between("schedule", a, b) and overlaps(a.when, b.when)


def arrival(pol: Policy, facts: Sequence[Fact]) -> Fact | None:
    """The first of the facts (reports of one date) told by the arrival on it, the measure the
    `arrival-date` rule names: one is enough for the day to be told as the day of arrival."""
    return next((f for f in facts if f.measure is not None and pol.applies("arrival", f.kind, f.measure)), None)


def _arrival_gap(a: Fact, b: Fact) -> int | None:
    """Days between two visits told by their arrival (a measure the `arrival-date` rule names), each on a
    single day or on the days from it ('arrived on Thursday for a two-day visit': the arrival is the
    first); None where either is told otherwise. A traveller does not arrive in one country twice within
    a day or two (`arrival-date`, a night landing often told on the day of each time zone); a week or so
    apart, one arrival is misdated or the trip was made twice (`arrival-far`, shuttle diplomacy)."""
    wa, wb = a.when, b.when
    if None in (wa, wb) or None in (wa.earliest, wa.latest, wb.earliest, wb.latest) \
            or not all(w.earliest == w.latest or _span(w) for w in (wa, wb)):
        return None
    return abs((wa.earliest - wb.earliest).days)


def _max_gap(pol: Policy, check: str) -> int:
    """The `max_gap_days` of a check's rule (0 without the rule)."""
    rule = pol.rule(check)
    return ((rule.get("settings") or {}).get("max_gap_days", 0)) if rule is not None else 0


def _once_on_two_days(pol: Policy, a: Fact, b: Fact) -> bool:
    """An event that befalls its key once (the `date` rule's `once_kinds`: one person's appointment to one
    post) told on two single days at most `once_window_days` apart, each day told by words of the
    article (not its publication day taken for an undated report, nor a page's stamp written as
    2024-02-07, nor the day of another event it is chained to): one event, two days. Further apart, the
    steps of one appointment (a decree, then the oath) or two appointments."""
    if not (once_told(pol, a) and once_told(pol, b)) or a.modality != b.modality:
        return False
    settings = pol.rule("date").get("settings") or {}
    return 0 < abs((a.when.earliest - b.when.earliest).days) <= settings.get("once_window_days", 0)


def once_told(pol: Policy, fact: Fact) -> bool | None:
    """For an event of the `once_kinds` dated to a day: is that day told by the article's words
    (_told)? None for any other fact."""
    settings = pol.rule("date").get("settings") or {}
    when = fact.when
    if fact.kind not in settings.get("once_kinds", ()) or when is None or when.earliest is None \
            or when.earliest != when.latest:
        return None
    return _told(when)


_STAMP = re.compile(r"\d{4}-\d{2}-\d{2}")


def _told(when: When) -> bool:
    """A day the article's words tell for the event itself (see _once_on_two_days)."""
    return bool(when.text.strip()) and not _STAMP.fullmatch(when.text.strip()) \
        and not when.explanation.startswith(CHAINED)


def _lengths_differ(a: Fact, b: Fact) -> bool:
    """Two spans of days of one trip told whole ('a three-day visit from the 7th', 'a two-day visit
    from the 8th') that share their first or their last day and differ at the other end. A span in a
    city inside the span in its country is the part of the trip spent there; one that runs past it
    is not."""
    wa, wb = a.when, b.when
    if not (a.place and b.place and _span(wa) and _span(wb)) \
            or (wa.earliest == wb.earliest) == (wa.latest == wb.latest):
        return False
    if a.place == b.place:
        return True
    pa, pb = norm(a.place), norm(b.place)
    inner, outer = (wa, wb) if country_of(pa) == pb else (wb, wa) if country_of(pb) == pa else (None, None)
    return inner is not None and not (outer.earliest <= inner.earliest and inner.latest <= outer.latest)


def _span(when: When) -> bool:
    """Days from a first to a last, each told ('24 to 25 February', 'a two-day visit on Monday')."""
    return ("/" in (when.value or "") and when.granularity == "day" and not when.approximate
            and when.earliest is not None and when.latest is not None and when.latest > when.earliest)


def _may_be(pol: Policy, fact: Fact, open_: When | None, other: When | None) -> bool:
    """Whether the unsettled date `open_` may be the known date `other` (a post held on any day is
    one post held: any of its days will do)."""
    if not (unsettled(open_) and known(other)):
        return False
    rule = pol.rule("corroboration")
    widest = ((rule.get("settings") or {}) if rule is not None else {}).get("unsettled_days")
    if widest is None:
        return False
    if fact.kind in pol.lasting:
        return (open_.latest - open_.earliest).days <= widest
    return fits_unsettled(open_, other, widest)
