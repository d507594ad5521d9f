"""Date and figure comparisons for the engine, cached by the fields they read: an archive repeats a
few thousand dates and figures in millions of facts, each with its own words."""
from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

from checker.extract import quantities, timex
from checker.model import Quantity, When

_KNOWN_YEAR = re.compile(r"^(?P<y>\d{4})")
_COMPARED: dict[tuple, Any] = {}
_COMPARED_MAX = 1 << 17


def cached(key: tuple, compute) -> Any:
    found = _COMPARED.get(key, _COMPARED)
    if found is _COMPARED:
        if len(_COMPARED) >= _COMPARED_MAX:
            _COMPARED.clear()
        found = _COMPARED[key] = compute()
    return found


def days_key(w: When) -> tuple:
    """What timex.overlaps and timex.contains read of a When (its constraint on days)."""
    return (w.value, w.granularity, w.earliest, w.latest, w.approximate)


def overlaps(a: When | None, b: When | None) -> bool:
    """Unknown dates never conflict."""
    if a is None or b is None:
        return True
    return cached(("overlaps", days_key(a), days_key(b)), lambda: timex.overlaps(a, b))


def contains(outer: When | None, inner: When | None) -> bool:
    """An undated fact neither narrows nor is narrowed: it supports no precise date."""
    if outer is None or inner is None:
        return False
    return cached(("contains", days_key(outer), days_key(inner)), lambda: timex.contains(outer, inner))


def figure_key(q: Quantity) -> tuple:
    return (q.value, q.low, q.high, q.unit, q.qualifier)


def compare_figures(a: Quantity, b: Quantity) -> str:
    return cached(("figures", figure_key(a), figure_key(b)), lambda: quantities.compare(a, b))



def known(when: When | None) -> bool:
    return when is not None and when.value is not None


def unsettled(when: When | None) -> bool:
    """A date its words leave open between two days they do settle: 'on Monday' in an article known
    to be of May 2024 only is one Monday of 29 April to 27 May (no value, its first and last days)."""
    return when is not None and when.value is None and when.earliest is not None and when.latest is not None


def fits_unsettled(open_: When, other: When, widest_days: int) -> bool:
    """Whether a date left open (unsettled), over at most `widest_days`, may be the known date
    `other`: that date lies inside its days (or its days inside that date, a month or a year).
    One day told by its weekday, open over whole weeks, is that weekday: the other date holds it."""
    lo, hi = other.earliest, other.latest
    if lo is None or hi is None or (open_.latest - open_.earliest).days > widest_days:
        return False
    if lo <= open_.earliest and open_.latest <= hi:
        return True
    if not (open_.earliest <= lo and hi <= open_.latest):
        return False
    span = (open_.latest - open_.earliest).days
    if open_.granularity == "day" and span and span % 7 == 0:
        weekday = open_.earliest.weekday()
        return any((lo + timedelta(days=d)).weekday() == weekday for d in range(min(7, (hi - lo).days + 1)))
    return True


def year(when: When) -> str | None:
    m = _KNOWN_YEAR.match(when.value or "")
    return m.group("y") if m else None


def same_days(a: When | None, b: When | None) -> bool:
    """One period: the same days where both are known ('2023' and 'January–December 2023'), else the same value."""
    if not (known(a) and known(b)):
        return False
    if a.earliest is not None and b.earliest is not None and a.latest is not None and b.latest is not None:
        return (a.earliest, a.latest) == (b.earliest, b.latest)
    return a.value == b.value


def agree(a: When, b: When) -> bool:
    return contains(a, b) or contains(b, a)


def iso(value: Any) -> str:
    return value.isoformat() if isinstance(value, date) else str(value)

