"""Everything the comparison says in words: names of events, documents, dates and figures. The
message templates themselves are policy (rules/common/conflicts.yaml)."""
from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping
from typing import Any

from checker.compare.policy import Policy, policy
from checker.compare.values import cached, figure_key
from checker.extract import ordinals, quantities, timex
from checker.model import Fact, Quote, When


def event_name(fact: Fact, pol: Policy | None = None) -> str:
    """'Vladimir Putin's visit to Beijing for the Belt and Road Forum'."""
    pol = pol or policy()
    fields = defaultdict(lambda: "?", {k: v for k, v in vars_of(fact).items() if v})
    template = pol.event_names.get(fact.kind, "{subject}")
    if not fact.object:  # a gathering of one party names no other
        template = pol.event_names.get(f"{fact.kind} alone", template)
    text = template.format_map(fields)
    rule = pol.rule("date")
    suffix = (rule.get("settings") or {}).get("occasion_suffix", " ({occasion})") if rule else " ({occasion})"
    if fact.occasion:
        text += suffix.format_map(fields)
    note = pol.class_notes.get(pol.modality_class.get(fact.modality))
    if note:  # 'P's visit to B (put off)': a postponement agreed on is no report of the visit
        text += note.format_map(fields)
    if fact.direction:  # 'China–Indonesia trade (exports), China→Indonesia'
        text += f", {fact.direction}"
    return text


def vars_of(fact: Fact) -> dict[str, Any]:
    return {"subject": fact.subject, "object": fact.object, "place": fact.place, "occasion": fact.occasion,
            "measure": fact.measure or "figure"}


def doc_label(doc_id: str, docs: Mapping[str, Any]) -> str:
    """How a finding names a document: its file name without extension; an article of a JSON Lines
    file by its `id`, else its URL, else its source and line (every line of one file shares the
    file's name); else the document id."""
    doc = docs.get(doc_id)
    path = str(getattr(doc, "path", None) or "") if doc is not None else ""
    name = path.replace("\\", "/").rsplit("/", 1)[-1]
    if _JSONL_ID.search(name):  # file.jsonl#ID
        return name.split("#", 1)[1]
    if _JSONL_LINE.search(name):  # file.jsonl:LINE
        stem, line = name.rsplit(":", 1)
        url, source = getattr(doc, "url", None), getattr(doc, "source", None)
        return url or f"{source or stem.rsplit('.', 1)[0]}:{line}"
    if name:
        return name.rsplit(".", 1)[0] if "." in name else name
    label = getattr(doc, "label", None) if doc is not None else None
    return label or doc_id[:16]


_JSONL_ID = re.compile(r"\.(?:jsonl|ndjson)#", re.IGNORECASE)
_JSONL_LINE = re.compile(r"\.(?:jsonl|ndjson):\d+$", re.IGNORECASE)
_PARTIAL = re.compile(r"^XXXX-(?P<m>\d\d)(?:-(?P<d>\d\d))?$")


def describe_when(when: When | None) -> str:
    """'October 2023'; a date without its year in plain words: 'February, year not given'."""
    if when is None or when.value is None:
        return "an unknown date"
    if m := _PARTIAL.match(when.value):
        month = timex.month_name(int(m["m"]))
        return f"{int(m['d'])} {month}, year not given" if m["d"] else f"{month}, year not given"
    return timex.describe(when)


def describe_quantity(fact: Fact) -> str:
    q = fact.quantity
    return cached(("describe", figure_key(q)), lambda: quantities.describe(q)) if q else "no figure"


def describe_figure(fact: Fact) -> str:
    """The figure with what qualifies it: '4.1 % (year-on-year; source: China's customs)', '200 billion USD (target)'."""
    notes = [fact.modality if fact.modality != "asserted" else None, fact.basis,
             f"source: {fact.source}" if fact.source else None]
    notes = [n for n in notes if n]
    return describe_quantity(fact) + (f" ({'; '.join(notes)})" if notes else "")


def ordinal_word(n: int) -> str:
    """1st, 2nd, 3rd, 4th, 11th, 21st."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def describe_ordinal(fact: Fact) -> str:
    """An ordinal claim in plain words: '4th visit to Morocco since 2018', '1st meeting with X in 9 years'."""
    n = int(fact.quantity.value) if fact.quantity is not None else 0
    text = f"{ordinal_word(n)} {fact.measure or 'event'}"
    if fact.object:
        text += f" with {fact.object}"
    if fact.place and not ordinals.abroad(fact):  # a count of trips abroad is of no one place
        text += f" {'in' if fact.measure == 'meeting' else 'to'} {fact.place}"
    return text + (f" {fact.basis}" if fact.basis else "")


def how(fact: Fact, docs: Mapping[str, Any]) -> str:
    """How the value was read: the time module's explanation, else the words themselves."""
    when = fact.when
    if when is None:
        return "no date in the text"
    if when.explanation:  # '... -> XXXX-02' ends in words, not in TIMEX
        value = f"-> {when.value}"
        if when.value and when.explanation.endswith(value):
            return when.explanation[: -len(value)] + f"-> {describe_when(when)}"
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



MARK = ("⟦", "⟧")  # around the words a finding is about; mirrored correctly in right-to-left text


def marked(sentence: str, mention: Any = None) -> str:
    """The whole sentence on one line, the mention's words (a date or figure) between MARK."""
    words = getattr(mention, "text", "") or ""
    at = sentence.find(words) if words else -1
    if at >= 0:
        sentence = sentence[:at] + MARK[0] + words + MARK[1] + sentence[at + len(words):]
    return " ".join(sentence.split())
