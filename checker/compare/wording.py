"""Everything the comparison says in words: names of events, documents, dates and figures. The
message templates themselves are policy (rules/common/conflicts.yaml)."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from typing import Any

from checker.compare.policy import Policy, policy
from checker.compare.values import cached, figure_key
from checker.extract import quantities, timex
from checker.model import Fact, Quote, When


def event_name(fact: Fact, pol: Policy | None = None) -> str:
    """'Vladimir Putin's visit to Beijing for the Belt and Road Forum'."""
    pol = pol or policy()
    fields = defaultdict(lambda: "?", {k: v for k, v in vars_of(fact).items() if v})
    text = pol.event_names.get(fact.kind, "{subject}").format_map(fields)
    rule = pol.rule("date")
    suffix = (rule.get("settings") or {}).get("occasion_suffix", " ({occasion})") if rule else " ({occasion})"
    if fact.occasion:
        text += suffix.format_map(fields)
    return text


def vars_of(fact: Fact) -> dict[str, Any]:
    return {"subject": fact.subject, "object": fact.object, "place": fact.place, "occasion": fact.occasion}


def doc_label(doc_id: str, docs: Mapping[str, Any]) -> str:
    """How a finding names a document: its file name without extension, else its id."""
    doc = docs.get(doc_id)
    path = getattr(doc, "path", None) if doc is not None else None
    if path:
        name = str(path).replace("\\", "/").rsplit("/", 1)[-1]
        return name.rsplit(".", 1)[0] if "." in name else name
    label = getattr(doc, "label", None) if doc is not None else None
    return label or doc_id[:16]


def describe_when(when: When | None) -> str:
    if when is None or when.value is None:
        return "an unknown date"
    return timex.describe(when)


def describe_quantity(fact: Fact) -> str:
    q = fact.quantity
    return cached(("describe", figure_key(q)), lambda: quantities.describe(q)) if q else "no figure"


def how(fact: Fact, docs: Mapping[str, Any]) -> str:
    """How the value was read: the time module's explanation, else the words themselves."""
    when = fact.when
    if when is None:
        return "no date in the text"
    if when.explanation:
        return when.explanation
    doc = docs.get(fact.doc)
    undated = doc is not None and getattr(doc, "published", None) is None
    return f"'{when.text}'" + (", no publication date" if undated and when.resolved_by != "absolute" else "")


def quote(fact: Fact, docs: Mapping[str, Any]) -> Quote:
    start, end = fact.span
    doc = docs.get(fact.doc)
    text = getattr(doc, "text", None) if doc is not None else None
    quote = text[start:end] if text and end > start else fact.sentence
    return Quote(fact.doc, start, end, quote)


def day_name(iso: int) -> str:
    return timex.weekday_name(iso)

