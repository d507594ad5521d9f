"""The checks one document allows on its own, computed once at ingest: weekdays against the
dates they stand with, and a written year against the relative words beside it."""
from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from checker import languages
from checker.languages import Language
from checker.compare.policy import policy
from checker.compare.wording import day_name
from checker.model import Finding, Quote, When
from checker.textfold import fold

IN_DOCUMENT = "date"  # the kind of a finding about one document's own dates
_FULL_DATE = re.compile(r"^(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})$")


def in_document(doc, whens: Iterable[When], lang: Language | str | None = None) -> list[Finding]:
    """Every in-document finding of a document, given its time expressions."""
    return document_findings(doc.id, doc.text, whens, lang or doc.lang)


def document_findings(doc_id: str, text: str, whens: Iterable[When], lang: Language | str,
                      docs: Mapping[str, Any] | None = None) -> list[Finding]:
    """The weekday and explicit-against-relative checks of one document."""
    whens = list(whens)
    return weekday_findings(doc_id, text, whens, lang, docs) + mismatch_findings(doc_id, text, whens)


def mismatch_findings(doc_id: str, text: str, whens: Iterable[When]) -> list[Finding]:
    """'last year, 2020' in an article of 2024: the year written is the value, and the relative
    words, which give 2023, are reported (When.mismatch)."""
    rule = policy().rule("relative-mismatch")
    if rule is None:
        return []
    out = []
    for when in whens:
        if not when.mismatch or not when.value:
            continue
        fields = {"text": when.text, "value": when.value, "relative": when.mismatch}
        out.append(Finding(
            rule=rule.id.rsplit("/", 1)[-1], severity=rule.get("severity"), kind=IN_DOCUMENT,
            message=rule.get("message").format_map(fields), docs=(doc_id,),
            quotes=(Quote(doc_id, when.start, when.end, text[when.start:when.end]),),
            values=(when.value, when.mismatch),
        ))
    return out


@languages.compiled
def _weekday_regex(lang: Language):
    rs = lang.rules("dates")
    if "weekday" not in rs.lexicons:
        return None
    return rs, rs.compile(r"(?<!\w)(?P<weekday>{weekday})(?!\w)")


def weekday_findings(doc_id: str, text: str, whens: Iterable[When], lang: str,
                     docs: Mapping[str, Any] | None = None) -> list[Finding]:
    """A weekday named with a full date (or with 'today') that the calendar contradicts."""
    found_rx = _weekday_regex(lang)
    if found_rx is None:
        return []
    rs, rx = found_rx
    pol = policy()
    rule = pol.rule("weekday")
    pub_rule = pol.rule("publication-weekday")
    window = (rule.get("settings") or {}).get("window", 3) if rule else 3
    out = []
    for when in whens:
        m = _FULL_DATE.match(when.value or "")
        if not m or rule is None:
            continue
        day = date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
        lo = max(0, when.start - window - 20)
        piece = text[lo:when.end]
        folded = fold(piece)
        named = None
        for wm in rx.finditer(folded.text):
            s, e = folded.span(wm.start(), wm.end())
            s, e = s + lo, e + lo
            inside = s >= when.start
            between = text[e:when.start]  # only spaces and punctuation may separate them
            just_before = e <= when.start and len(between) <= window and not any(ch.isalnum() for ch in between)
            if inside or just_before:
                named = (rs.lookup("weekday", wm.group("weekday")), s, e)
        if named is None or named[0] is None or named[0] == day.isoweekday():
            continue
        use = pub_rule if when.resolved_by == "publication" and pub_rule is not None else rule
        start = min(named[1], when.start)
        fields = {"text": text[start:when.end], "named": day_name(named[0]), "date": day.isoformat(),
                  "actual": day_name(day.isoweekday())}
        out.append(Finding(
            rule=use.id.rsplit("/", 1)[-1], severity=use.get("severity"), kind=IN_DOCUMENT,
            message=use.get("message").format_map(fields), docs=(doc_id,),
            quotes=(Quote(doc_id, start, when.end, text[start:when.end]),), values=(day.isoformat(),),
        ))
    return out

