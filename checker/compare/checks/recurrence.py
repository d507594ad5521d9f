"""A claim that an event is the first in a span ('the first visit in nine years', 'the first since
2017') against another report of an event of that kind by the same subject to the same place
inside that span. A report that names no place, or a place neither in the other, says nothing."""
from __future__ import annotations

from collections import defaultdict
from datetime import timedelta

from checker.compare.policy import country_of, norm
from checker.compare.values import known
from checker.extract.ordinals import counted_from
from checker.model import Fact, Finding


def findings(engine, facts: list[Fact]) -> list[Finding]:
    """Each 'first in a span' claim of `facts` against the events of its kind among them."""
    pol = engine.pol
    if not pol.rule("recurrence"):
        return []
    firsts = [f for f in facts if pol.applies("recurrence", f.kind) and f.quantity is not None
              and f.quantity.value == 1 and f.place and counted_from(f) is not None]
    if not firsts:
        return []
    settings = pol.rule("recurrence").get("settings") or {}
    margin = timedelta(days=settings.get("max_gap_days", 0))
    events: dict[tuple[str, str], list[Fact]] = defaultdict(list)
    kinds = {f.measure for f in firsts}
    for f in facts:
        if f.kind in kinds and f.modality == "asserted" and f.place and known(f.when) and f.when.earliest:
            events[(f.kind, norm(f.subject))].append(f)
    clashes = []
    for claim in firsts:
        start, months = counted_from(claim)
        # a span in whole years is told round ('in nine years' for eight and a half): a unit's grace
        grace = timedelta(days=365 if months >= 12 else 31)
        for other in events.get((claim.measure, norm(claim.subject)), ()):
            if other.doc == claim.doc or not _same_place(pol, claim, other):
                continue
            w = other.when
            if w.earliest >= start + grace and w.latest < claim.when.earliest - margin:
                clashes.append((claim, other))
    if engine.focus is not None:
        clashes = [(a, b) for a, b in clashes if engine.focus in (a.doc, b.doc)]
    return [engine.recurrence(a, b) for a, b in clashes]


def _same_place(pol, claim: Fact, other: Fact) -> bool:
    """The other event's place is the claim's, or lies in it (Beijing in 'the first visit to China')."""
    a, b = norm(claim.place), norm(other.place)
    return a == b or country_of(b) == a
