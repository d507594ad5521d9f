"""Facts from plain data, and the engine run on the examples of rules/common/conflicts.yaml."""
from __future__ import annotations

from collections.abc import Mapping

from checker.compare.engine import compare
from checker.compare.in_document import document_findings
from checker.compare.values import iso
from checker.model import Fact, Quantity, When


def _when(d: Mapping | None) -> When | None:
    if not d:
        return None
    d = dict(d)
    value = d.pop("value", None)  # YAML reads an unquoted 2023-11-08 as a date
    return When(text=str(d.pop("text", "")), start=d.pop("start", 0), end=d.pop("end", 0),
                value=iso(value) if value is not None else None, granularity=d.pop("granularity", "unknown"), **d)


def fact_from_dict(d: Mapping, index: int = 0) -> Fact:
    """A Fact from plain data (rule examples and tests): 'when' and 'quantity' as mappings."""
    d = dict(d)
    when = _when(d.pop("when", None))
    q = d.pop("quantity", None)
    quantity = None
    if q:
        q = dict(q)
        quantity = Quantity(text=q.pop("text", ""), start=q.pop("start", 0), end=q.pop("end", 0), **q)
    span = tuple(d.pop("span", (index * 10, index * 10 + 5)))
    d.setdefault("id", f"{d.get('doc', 'd')}-{index}")
    return Fact(when=when, quantity=quantity, span=span, **d)


def run_example(ruleset, rule, example) -> dict | None:
    """What the engine reports under this rule for the example's facts or document."""
    from types import SimpleNamespace

    ctx = example.context
    check_id = rule.id.rsplit("/", 1)[-1]
    if "document" in ctx:
        whens = [_when(w) for w in ctx.get("whens", [])]
        found = document_findings("doc", ctx["document"], whens, ctx.get("lang", "en"))
    else:
        facts = [fact_from_dict(f, i) for i, f in enumerate(ctx.get("facts", []))]
        docs = {d: SimpleNamespace(id=d, path=None, published=(ctx.get("docs") or {}).get(d, {}).get("published"),
                                   text=None)
                for d in {f.doc for f in facts}}
        found = compare(facts, docs)
    count = sum(f.rule == check_id for f in found)  # how many findings of the rule: one per clash
    for f in found:
        if f.rule == check_id:
            return {"severity": f.severity, "values": list(f.values), "message": f.message, "count": count,
                    **{k: v for k, v in f.extra.items() if isinstance(v, str)}}
    return None

