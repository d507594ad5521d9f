"""Per-entity timelines: where each fact sits on a time axis, as numbers a template draws in SVG.

Only geometry is computed here; all text reaches the page through the (autoescaping)
template. A fact with a known interval is a span (a mark when it is one day wide); a
month or season of unknown year sits in a separate 'year unknown' lane drawn on a
January-December axis; facts with no usable date are listed, not drawn.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from typing import Iterable, Mapping

from checker.model import Fact
from checker.extract.timex import month_name


def _month(n: int) -> str:
    """A short month name for an axis (names from rules/en/dates.yaml, not the locale)."""
    return month_name(n)[:3]

WIDTH = 900  # the drawing area, in SVG units
LABEL = 260  # left margin for the row labels
ROW = 22
MIN_MARK = 4  # narrower spans are drawn as a dot
MAX_ROWS = 40
_PARTIAL_MONTH = re.compile(r"^XXXX-(?P<m>\d{2})")


@dataclass(frozen=True)
class Mark:
    label: str  # row label: kind and place/partner
    title: str  # hover text: the words of the date and the source
    x: float
    width: float
    y: float
    conflict: bool
    approximate: bool
    projected: bool = False  # a forecast, plan or target: drawn hollow, apart from what happened

    @property
    def dot(self) -> bool:
        return self.width < MIN_MARK


@dataclass(frozen=True)
class Tick:
    x: float
    label: str


@dataclass
class Lane:
    name: str  # 'dated' or 'year unknown'
    ticks: list[Tick] = field(default_factory=list)
    marks: list[Mark] = field(default_factory=list)
    top: float = 0.0
    height: float = 0.0


@dataclass
class Timeline:
    entity: str
    lanes: list[Lane]
    undrawn: list[str]  # facts without a date that can be placed
    width: int = LABEL + WIDTH + 20
    height: float = 0.0


# modalities of what had not happened when it was written
PROJECTED = frozenset({"expected", "planned", "forecast", "target"})


def _row_label(fact: Fact, labels: dict[str, str]) -> str:
    other = fact.place or fact.object or fact.occasion or fact.direction or fact.measure or ""
    kind = fact.kind.replace('_', ' ') + (f" ({fact.modality})" if fact.modality in PROJECTED else "")
    return f"{kind}: {other}".strip(": ") + f" ({labels.get(fact.doc, fact.doc[:8])})"


def _title(fact: Fact, describe) -> str:
    when = fact.when
    figure = f"{fact.quantity.text}, " if fact.quantity is not None else ""
    return f"{figure}{describe(when)} - '{when.text}'" if when else f"{figure}no date"


def _axis(lo: date, hi: date) -> tuple[float, list[Tick]]:
    """Scale (units per day) and year or month ticks between lo and hi."""
    days = max((hi - lo).days, 1)
    scale = WIDTH / days
    ticks = []
    monthly = days <= 366
    step = max(1, (hi.year - lo.year + 1) // 12)  # at most about a dozen year labels
    y, m = lo.year, lo.month
    while date(y, m, 1) <= hi:
        d = date(y, m, 1)
        if d >= lo and (monthly or (m == 1 and (y - lo.year) % step == 0)):
            ticks.append(Tick(LABEL + (d - lo).days * scale, f"{_month(d.month)} {d.year}" if monthly else str(y)))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return scale, ticks


def build(entity: str, facts: Iterable[Fact], conflicting: set[str], labels: dict[str, str],
          describe) -> Timeline:
    """One entity's timeline; `conflicting` holds the ids of facts in a conflict."""
    dated, partial, undrawn = [], [], []
    for f in facts:
        w = f.when
        if w is not None and w.earliest is not None and w.latest is not None:
            dated.append(f)
        elif w is not None and _PARTIAL_MONTH.match(w.value or ""):
            partial.append(f)
        else:
            undrawn.append(f"{_row_label(f, labels)}: {_title(f, describe)}")
    lanes = []
    top = 30.0
    if dated:
        # what happened first, then what was forecast or aimed at, so the two never share rows
        dated = sorted(dated, key=lambda f: (f.modality in PROJECTED, f.when.earliest, f.kind))[:MAX_ROWS]
        lo = min(f.when.earliest for f in dated)
        hi = max(f.when.latest for f in dated)
        lo, hi = date(lo.year, 1, 1), date(hi.year, 12, 31)
        scale, ticks = _axis(lo, hi)
        lane = Lane("dated", ticks, top=top)
        for i, f in enumerate(dated):
            x = LABEL + (f.when.earliest - lo).days * scale
            width = ((f.when.latest - f.when.earliest).days + 1) * scale
            lane.marks.append(Mark(_row_label(f, labels), _title(f, describe), x, width, top + 20 + i * ROW,
                                   f.id in conflicting, f.when.approximate, f.modality in PROJECTED))
        lane.height = 30 + len(dated) * ROW
        lanes.append(lane)
        top += lane.height + 20
    if partial:
        partial = sorted(partial, key=lambda f: f.when.value)[:MAX_ROWS]
        scale = WIDTH / 12
        lane = Lane("year unknown", [Tick(LABEL + i * scale, _month(i + 1)) for i in range(12)],
                    top=top)
        for i, f in enumerate(partial):
            month = int(_PARTIAL_MONTH.match(f.when.value).group("m"))
            lane.marks.append(Mark(_row_label(f, labels), _title(f, describe), LABEL + (month - 1) * scale, scale,
                                   top + 20 + i * ROW, f.id in conflicting, f.when.approximate,
                                   f.modality in PROJECTED))
        lane.height = 30 + len(partial) * ROW
        lanes.append(lane)
        top += lane.height + 20
    return Timeline(entity, lanes, undrawn, height=top)


def timelines(by_entity: Mapping[str, list[Fact]], conflicting: set[str], labels: dict[str, str],
              describe) -> list[Timeline]:
    """One timeline per entity (with its facts), those with the most facts first."""
    ranked = sorted(by_entity.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    return [build(name, fs, conflicting, labels, describe) for name, fs in ranked]
