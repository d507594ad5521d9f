"""Several sources that say the same thing the same way."""
from __future__ import annotations

from checker.compare.policy import country_of, field
from checker.compare.values import known
from checker.compare.wording import describe_quantity, describe_when, event_name, quote
from checker.model import Fact, Finding


def findings(engine, classes: list) -> list[Finding]:
    """The classes of one agreeing group; one finding per place of it that no other place of it lies
    in (a visit to China told for 1-5 June confirms the reports of Beijing on 2 June and of Xi'an on
    4 June: two corroborations, not one that would take Xi'an for Beijing)."""
    # an undated report confirms nothing: the same words may be about another time
    facts = [f for c in classes for f in c.facts if known(f.when)]
    return [found for part in _by_place(engine.pol, facts) for found in _finding(engine, part)]


def _by_place(pol, facts: list[Fact]) -> list[list[Fact]]:
    """A block holds one country and places inside it: the facts of each of its cities, with those
    that name the country or no place, when it holds two cities or more."""
    keys = pol.place_keys.get(facts[0].kind, ()) if facts else ()
    places = {field(f, k) for f in facts for k in keys} - {None, ""}
    inner = sorted(p for p in places if country_of(p) != p)
    if len(inner) < 2:
        return [facts]
    return [[f for f in facts if all(field(f, k) in (None, "", place, country_of(place)) for k in keys)]
            for place in inner]


def _finding(engine, facts: list[Fact]) -> list[Finding]:
    rule = engine.pol.rule("corroboration")
    docs = list(dict.fromkeys(f.doc for f in facts))
    minimum = (rule.get("settings") or {}).get("min_sources", 2) if rule else 2
    if rule is None or not facts or facts[0].kind not in (rule.get("kinds") or ()) or len(docs) < minimum:
        return []
    head = _most_precise(facts)
    value = describe_quantity(head) if head.quantity else describe_when(head.when)
    if head.quantity and known(head.when):
        value += f", {describe_when(head.when)}"
    labels = [engine.label(d) for d in docs]
    fields = {"event": event_name(head, engine.pol), "value": value, "count": len(docs),
              "sources": ", ".join(labels)}
    return [Finding(
        rule=rule.id.rsplit("/", 1)[-1], severity=rule.get("severity"), kind=head.kind,
        message=rule.get("message").format_map(fields),
        facts=tuple(f.id for f in facts), docs=tuple(docs),
        quotes=tuple(quote(f, engine.docs) for f in facts), values=(value,),
        extra={"event": fields["event"], "sources": labels},
    )]


def _most_precise(facts: list[Fact]) -> Fact:
    def width(f: Fact) -> int:
        w = f.when
        if w is None or w.earliest is None or w.latest is None:
            return 10**9
        return (w.latest - w.earliest).days
    return min(facts, key=width)
