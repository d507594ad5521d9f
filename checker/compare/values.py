"""Date and figure comparisons for the engine, cached by the fields they read: an archive repeats a
few thousand dates and figures in millions of facts, each with its own words."""
from __future__ import annotations

import re
from datetime import date
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

