"""Findings for people and machines: the editor's check of a draft, lines like a linter, JSON,
exit codes. Line and column are worked out only here, when printing, from character offsets."""
from __future__ import annotations

import json
from enum import IntEnum
from typing import Iterable

from checker.model import Finding


class Exit(IntEnum):
    OK = 0
    ERRORS = 1  # an error-level finding
    USAGE = 2  # bad usage or unreadable input
    INTERNAL = 3  # a fault of the checker itself, not of the input


def exit_code(findings: Iterable[Finding]) -> Exit:
    return Exit.ERRORS if any(f.severity == "error" for f in findings) else Exit.OK


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


def lint_lines(findings: Iterable[Finding], name: str, doc) -> list[str]:
    """`draft.txt:3:12: error: message [rule]`, in the order of the text."""
    rows = []
    for f in findings:
        line, col = position(doc.text, _anchor(f, doc.id))
        rows.append(((line, col), f"{name}:{line}:{col}: {f.severity}: {f.message} [{f.rule}]"))
    return [text for _, text in sorted(rows, key=lambda r: r[0])]


def json_lines(findings: Iterable[Finding], doc=None) -> list[str]:
    """One JSON object per finding; with a document, the line and column of its first quote."""
    out = []
    for f in findings:
        data = finding_dict(f)
        if doc is not None:
            data["line"], data["column"] = position(doc.text, _anchor(f, doc.id))
        out.append(json.dumps(data, ensure_ascii=False, default=str))
    return out


def draft_lines(checked, name: str) -> list[str]:
    """A checked draft for people: `draft.txt:3:12: error: message [rule]`, in the order of the
    text, each followed by the draft's whole sentence with the phrase marked; then the notes."""
    rows = []
    for f, mark in zip(checked.findings, checked.marks):
        line, col = position(mark.text, mark.start)
        lines = [f"{name}:{line}:{col}: {f.severity}: {f.message} [{f.rule}]", f"    {mark.marked()}"]
        for side in f.extra.get("sides", [])[1:]:  # the sources against the draft, each in its own words
            if side.get("sentence"):
                lines.append(f"    {', '.join(side['labels'])}: {side['sentence']}")
        rows.append(((mark.start, mark.end), "\n".join(lines)))
    out = [text for _, text in sorted(rows, key=lambda r: r[0])]
    return out + [f"{name}: note: {note}" for note in checked.notes]


def draft_json(checked, name: str) -> list[str]:
    """A checked draft for machines: one JSON object per finding, with the offsets, line and column
    of the draft's own phrase and its sentence; then one object per note."""
    out = []
    for f, mark in zip(checked.findings, checked.marks):
        line, col = position(mark.text, mark.start)
        out.append(json.dumps({"draft": name, **finding_dict(f), "line": line, "column": col, **mark_dict(mark)},
                              ensure_ascii=False, default=str))
    out += [json.dumps({"draft": name, "severity": "note", "message": note}, ensure_ascii=False)
            for note in checked.notes]
    return out


def mark_dict(mark) -> dict:
    return {"start": mark.start, "end": mark.end, "phrase": mark.phrase, "sentence": mark.sentence,
            "sentence_start": mark.sentence_start, "marked": mark.marked()}


def dumps(finding: Finding) -> str:
    """One JSON line: rule, severity, kind, facts, docs, message and the rest."""
    return json.dumps(finding_dict(finding), ensure_ascii=False)


def finding_dict(finding: Finding) -> dict:
    return {
        "rule": finding.rule, "severity": finding.severity, "kind": finding.kind,
        "facts": list(finding.facts), "docs": list(finding.docs), "message": finding.message,
        "values": list(finding.values),
        "quotes": [{"doc": q.doc, "start": q.start, "end": q.end, "text": q.text} for q in finding.quotes],
        "extra": finding.extra,
    }

