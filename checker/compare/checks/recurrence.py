"""A claim that an event is the first in a span ('the first visit in nine years', 'the first since
2017', 'his first foreign trip since taking office') against another report of an event of that kind
by the same subject to the same place (for a count of trips abroad, to any country not the subject's
own) inside that span. A report that names no place, or a place neither in the other, says nothing.

A span counted from the day the subject took office starts on the latest day the archive dates them
taking up a post (the kinds of `office_kinds`), before the claim; the country of that post is their own."""
from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta

from checker.compare.policy import country_of, known_country, norm, post_key
from checker.compare.values import known
from checker.extract.ordinals import abroad, counted_from, since_office
from checker.model import Fact, Finding


def findings(engine, facts: list[Fact]) -> list[Finding]:
    """Each 'first in a span' claim of `facts` against the events of its kind among them."""
    pol = engine.pol
    rule = pol.rule("recurrence")
    if not rule:
        return []
    settings = rule.get("settings") or {}
    offices = _offices(facts, office_kinds(pol))
    firsts = []
    for f in facts:
        if not (pol.applies("recurrence", f.kind) and f.quantity is not None and f.quantity.value == 1
                and known(f.when) and f.when.earliest):
            continue
        taken = _taken_office(f, offices) if since_office(f) else None
        home = taken[1] if taken else None
        if abroad(f) and home is None and f.subject:
            # a count of trips abroad over a span of years: the subject's own country is their post's
            home = next((c for _, c in reversed(offices.get(norm(f.subject), ())) if c), None)
        if span := counted_from(f):
            # a span in whole years is told round ('in nine years' for eight and a half): a unit's grace
            start = span[0] + timedelta(days=365 if span[1] >= 12 else 31)
        elif taken is not None:
            start = taken[0] + timedelta(days=1)  # an event on the day the post was taken up may be the first
        else:
            continue
        if f.place or (abroad(f) and home):
            firsts.append((f, start, home))
    if not firsts:
        return []
    margin = timedelta(days=settings.get("max_gap_days", 0))
    events: dict[tuple[str, str], list[Fact]] = defaultdict(list)
    kinds = {f.measure for f, _, _ in firsts}
    for f in facts:
        if f.kind in kinds and f.modality == "asserted" and f.place and known(f.when) and f.when.earliest:
            events[(f.kind, norm(f.subject))].append(f)
    clashes = []
    for claim, start, home in firsts:
        for other in events.get((claim.measure, norm(claim.subject)), ()):
            # a count of trips abroad meets any trip to another country than the subject's own, where
            # the archive tells which that is; else, as a count of one place's, a trip to the claim's place
            if other.doc == claim.doc or not (_abroad_from(home, other) if abroad(claim) and home
                                              else _same_place(claim, other)):
                continue
            w = other.when
            if w.earliest >= start and w.latest < claim.when.earliest - margin:
                clashes.append((claim, other))
    if engine.focus is not None:
        clashes = [(a, b) for a, b in clashes if engine.focus in (a.doc, b.doc)]
    return [engine.recurrence(a, b) for a, b in clashes]


def office_kinds(pol) -> tuple[str, ...]:
    """The kinds of fact that date a subject's taking up a post (the rule's `office_kinds`)."""
    rule = pol.rule("recurrence")
    return tuple((rule.get("settings") or {}).get("office_kinds") or ()) if rule else ()


def _offices(facts: list[Fact], kinds: tuple[str, ...]) -> dict[str, list[tuple[date, str | None]]]:
    """Each subject's posts taken up, by the last day they may have been taken up, with the post's
    country (None for a post of no country's), oldest first."""
    out: dict[str, list[tuple[date, str | None]]] = defaultdict(list)
    for f in facts:
        if f.kind in kinds and f.modality == "asserted" and f.subject and f.object and known(f.when) and f.when.latest:
            country = post_key(f.object)[0]
            out[norm(f.subject)].append((f.when.latest, norm(country) if country else None))
    return {k: sorted(v, key=lambda x: x[0]) for k, v in out.items()}


def _taken_office(claim: Fact, offices) -> tuple[date, str | None] | None:
    """When the claim's subject took office, the latest the archive tells before the claim, and the
    country of that post."""
    taken = [o for o in offices.get(norm(claim.subject), ()) if o[0] < claim.when.earliest]
    return taken[-1] if taken else None


def _abroad_from(home: str | None, other: Fact) -> bool:
    """Is the other event's place in a known country other than the subject's own?"""
    country = known_country(norm(other.place))
    return home is not None and country is not None and country != home


def _same_place(claim: Fact, other: Fact) -> bool:
    """The other event's place is the claim's, or lies in it (Beijing in 'the first visit to China')."""
    a, b = norm(claim.place), norm(other.place)
    return a == b or country_of(b) == a
