"""Findings for people and machines: the editor's check of a draft, lines like a linter, exit codes.

Line and column are worked out only here, when printing, from a finding's character offsets.
"""
from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from enum import IntEnum
from typing import Iterable

from checker import conflicts
from checker.documents import Document
from checker.model import Finding, When


class Exit(IntEnum):
    OK = 0
    ERRORS = 1  # an error-level finding
    USAGE = 2  # bad usage or unreadable input


def exit_code(findings: Iterable[Finding]) -> Exit:
    return Exit.ERRORS if any(f.severity == "error" for f in findings) else Exit.OK


def in_document(doc: Document, whens: Iterable[When]) -> list[Finding]:
    """The checks one document allows on its own: weekdays against the dates they name."""
    return conflicts.weekday_findings(doc.id, doc.text, whens, doc.lang)


def recompute(store) -> list[Finding]:
    """Compare the whole archive again and store the result; with each document's own findings
    (stored at ingest), return them all."""
    store.replace_findings(conflicts.compare_store(store))
    return conflicts.sort_findings(store.findings())


def apply_suggestions(store, found: Iterable[Finding]) -> list[tuple[str, str]]:
    """Give undated documents the publication date a finding suggests, and read them again.

    Returns (document id, date) for each document changed. Used only when asked (--infer-dates).
    """
    from checker.pipeline import analyse

    suggested: dict[str, set[str]] = {}
    evidence: dict[str, str] = {}
    for f in found:
        if "suggested" in f.extra and "doc" in f.extra:
            suggested.setdefault(f.extra["doc"], set()).add(f.extra["suggested"])
            evidence[f.extra["doc"]] = f.message
    changed = []
    for doc_id, dates in sorted(suggested.items()):
        doc = store.document(doc_id)
        if doc is None or doc.published is not None or len(dates) != 1:
            continue  # two different suggestions for one document: leave it undated
        value = next(iter(dates))
        new = replace(doc, published=date.fromisoformat(value), published_evidence=f"inferred: {evidence[doc_id]}")
        analysis = analyse(new)
        store.remove(doc_id)
        store.add(new, analysis)
        changed.append((doc_id, value))
    return changed


def check_draft(store, doc: Document) -> list[Finding]:
    """The draft's facts against the archive blocks they fall in, plus its own weekday checks."""
    from checker.pipeline import analyse

    if doc.published is None and doc.published_period is None:  # a draft about to be published speaks of today
        doc = replace(doc, published=date.today(), published_evidence="not given: the day of the check")
    analysis = analyse(doc, checks=False)  # the draft's own checks come with its label, below
    return conflicts.check(store, doc, analysis.facts, analysis.whens)


def position(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of a character offset."""
    offset = max(0, min(offset, len(text)))
    line = text.count("\n", 0, offset) + 1
    col = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, col


def _anchor(finding: Finding, doc_id: str) -> int:
    for q in finding.quotes:
        if q.doc == doc_id:
            return q.start
    return 0


def lint_lines(findings: Iterable[Finding], name: str, doc: Document) -> list[str]:
    """`draft.txt:3:12: error: message [rule]`, in the order of the text."""
    rows = []
    for f in findings:
        line, col = position(doc.text, _anchor(f, doc.id))
        rows.append(((line, col), f"{name}:{line}:{col}: {f.severity}: {f.message} [{f.rule}]"))
    return [text for _, text in sorted(rows, key=lambda r: r[0])]


def json_lines(findings: Iterable[Finding], doc: Document | None = None) -> list[str]:
    """One JSON object per finding; with a document, the line and column of its first quote."""
    out = []
    for f in findings:
        data = conflicts.finding_dict(f)
        if doc is not None:
            data["line"], data["column"] = position(doc.text, _anchor(f, doc.id))
        out.append(json.dumps(data, ensure_ascii=False, default=str))
    return out
