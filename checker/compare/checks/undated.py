"""An undated article and a dated one that both date one event by their own publication day: the
undated one was probably published that day (a suggestion, applied only with --infer-dates)."""
from __future__ import annotations

from checker.compare.policy import norm
from checker.compare.values import iso, overlaps
from checker.compare.wording import doc_label, event_name, quote
from checker.model import Fact, Finding


def findings(engine, block: list[Fact]) -> list[Finding]:
    rule = engine.pol.rule("undated")
    if rule is None or not block or block[0].kind not in (rule.get("kinds") or ()):  # every fact doubtful: none
        return []
    dated, undated = [], []
    for fact in block:
        doc = engine.docs.get(fact.doc)
        if doc is None or fact.when is None:
            continue
        published = getattr(doc, "published", None)
        if published is None:
            undated.append(fact)
        elif fact.when.resolved_by == "publication" and fact.when.value == iso(published):
            dated.append(fact)
    found, seen = [], set()
    for u in undated:
        for d in dated:
            same_words = norm(u.when.text) == norm(d.when.text)
            same_event = norm(u.occasion) == norm(d.occasion) and engine.compatible(u, d)
            if not (same_words and same_event) or (u.doc, d.when.value) in seen:
                continue
            if u.when.value is not None and not overlaps(u.when, d.when):
                continue
            seen.add((u.doc, d.when.value))
            fields = {"doc": doc_label(u.doc, engine.docs), "event": event_name(u, engine.pol),
                      "text": u.when.text, "dated": doc_label(d.doc, engine.docs), "date": d.when.value}
            found.append(Finding(
                rule=rule.id.rsplit("/", 1)[-1], severity=rule.get("severity"), kind=u.kind,
                message=rule.get("message").format_map(fields), facts=(u.id, d.id),
                docs=(u.doc, d.doc), quotes=(quote(u, engine.docs), quote(d, engine.docs)),
                values=(d.when.value,), extra={"suggested": d.when.value, "doc": u.doc},
            ))
    return found
