"""Several sources that say the same thing the same way."""
from __future__ import annotations

from checker.compare.values import known
from checker.compare.wording import describe_quantity, describe_when, event_name, quote
from checker.model import Fact, Finding


def findings(engine, classes: list) -> list[Finding]:
    """The classes of one agreeing group."""
    rule = engine.pol.rule("corroboration")
    # an undated report confirms nothing: the same words may be about another time
    facts = [f for c in classes for f in c.facts if known(f.when)]
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
