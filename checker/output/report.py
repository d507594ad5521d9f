"""The report: reports/report.html (one self-contained file), report.md and report.json.

Conflicts first (both quotes, source names, how each value was read), then corroborations,
suggested publication dates, in-document warnings, per-entity timelines and the documents
with their publication dates. Every string from an article reaches HTML through jinja2's
autoescape, in text, attributes and SVG alike.
"""
from __future__ import annotations

import json
import re
from collections import Counter
from html import escape as html_escape
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from checker.compare import policy, wording
from checker.compare.in_document import IN_DOCUMENT
from checker.output.lint import finding_dict
from checker.output import timeline
from checker.model import Finding

_MARKDOWN = re.compile(r"[\\`*_\[\]()!|~]")  # marks of links, images, code, emphasis and table cells
CORROBORATION = "corroboration"
SUGGESTION = "publication-date-suggestion"
TIMELINE_ENTITIES = 12  # timelines drawn, at most: one per entity the findings name most


@dataclass(frozen=True)
class DocInfo:
    id: str
    label: str
    path: str
    source: str
    lang: str
    published: str | None
    evidence: str


@lru_cache(maxsize=1)
def _env():
    import jinja2

    return jinja2.Environment(loader=jinja2.PackageLoader("checker.output", "templates"),
                              autoescape=True, trim_blocks=True, lstrip_blocks=True)


def _describe(when) -> str:
    return wording.describe_when(when)


def context(store, findings: list[Finding] | None = None, *, timeline_entities: int = TIMELINE_ENTITIES) -> dict:
    """Everything the three writers show, as plain values. Documents are read without their
    text (quotes come with the findings); timelines are drawn for at most `timeline_entities`
    of the entities the conflicts and corroborations name, with their facts looked up by name."""
    docs = store.doc_meta()
    infos = {d.id: DocInfo(d.id, wording.doc_label(d.id, docs), d.path, d.source or "", d.lang,
                           d.published.isoformat() if d.published else d.published_period, d.published_evidence)
             for d in docs.values()}
    findings = store.findings() if findings is None else findings
    clashes, corroborations, suggestions, in_document = [], [], [], []
    for f in findings:
        if f.rule == CORROBORATION:
            corroborations.append(f)
        elif f.rule == SUGGESTION:
            suggestions.append(f)
        elif f.kind == IN_DOCUMENT:
            in_document.append(f)
        else:
            clashes.append(f)
    conflicting = {fid for f in clashes for fid in f.facts}
    pair_kinds = frozenset(k for k, v in policy.policy().event_keys.items() if "participants" in v)
    labels = {d: i.label for d, i in infos.items()}
    named = _named(store, clashes + corroborations, pair_kinds)
    shown = named[:max(timeline_entities, 0)]
    lines = timeline.timelines({n: store.facts_about(n, pair_kinds) for n in shown}, conflicting, labels, _describe)
    note = f"Timelines for the {len(shown)} {'entity' if len(shown) == 1 else 'entities'} named in findings"
    if len(shown) < len(named):
        note += f" (the {len(shown)} named most often, of {len(named)})"
    return {"documents": list(infos.values()), "docs": infos, "conflicts": clashes,
            "corroborations": corroborations, "suggestions": suggestions, "in_document": in_document,
            "timelines": lines, "timeline_note": note,
            "counts": {s: sum(f.severity == s for f in findings) for s in ("error", "warning", "info")}}


def _named(store, findings: list[Finding], pair_kinds: frozenset[str]) -> list[str]:
    """The entities the findings are about, those named by the most findings first. The facts
    of a finding share the names of their block, except the two sides of a clash over a post:
    its first and last facts name them all."""
    ends = [{f.facts[0], f.facts[-1]} if f.facts else set() for f in findings]
    names_of = {fact.id: {fact.subject, fact.object if fact.kind in pair_kinds else None} - {None, ""}
                for fact in store.facts_by_ids(set().union(*ends))}
    count = Counter(name for ids in ends for name in set().union(*(names_of.get(i, set()) for i in ids)))
    return sorted(count, key=lambda n: (-count[n], n))


def html(ctx: dict) -> str:
    return _env().get_template("report.html.j2").render(**ctx)


def markdown(ctx: dict) -> str:
    docs = ctx["docs"]

    def cell(text) -> str:
        # Text from an article or a manifest: escaped as HTML (viewers render inline HTML), then every
        # Markdown mark backslashed (no link, image, emphasis or table cell), on one line.
        return _MARKDOWN.sub(r"\\\g<0>", html_escape(" ".join(str(text or "").split()), quote=False))

    def section(title: str, findings: list[Finding]) -> list[str]:
        out = [f"## {title} ({len(findings)})", ""]
        for f in findings:
            out.append(f"- **{f.severity}** `{f.rule}`: {cell(f.message)}")
            for q in f.quotes:
                info = docs.get(q.doc)
                name = f"{cell(info.label)} ({cell(info.source)})" if info else q.doc[:12]
                out.append(f"  - {name}: > {cell(q.text)}")
        return out + [""]

    c = ctx["counts"]
    lines = ["# Consistency report", "",
             f"{c['error']} errors, {c['warning']} warnings, {c['info']} notes over {len(ctx['documents'])} documents.", ""]
    lines += section("Conflicts", ctx["conflicts"])
    lines += section("Corroborations", ctx["corroborations"])
    lines += section("Suggested publication dates", ctx["suggestions"])
    lines += section("In-document checks", ctx["in_document"])
    names = ", ".join(cell(t.entity) for t in ctx["timelines"]) or "none"
    lines += ["## Timelines", "", f"{ctx['timeline_note']}: {names} (drawn in report.html).", ""]
    lines += ["## Documents", "", "| document | source | language | published | how it was found |",
              "|---|---|---|---|---|"]
    for d in ctx["documents"]:
        lines.append(f"| {cell(d.label)} | {cell(d.source)} | {cell(d.lang)} | {cell(d.published or 'unknown')} "
                     f"| {cell(d.evidence)} |")
    return "\n".join(lines) + "\n"


def as_json(ctx: dict) -> str:
    def findings(fs):
        return [finding_dict(f) for f in fs]

    data = {
        "counts": ctx["counts"],
        "conflicts": findings(ctx["conflicts"]),
        "corroborations": findings(ctx["corroborations"]),
        "suggestions": findings(ctx["suggestions"]),
        "in_document": findings(ctx["in_document"]),
        "documents": [d.__dict__ for d in ctx["documents"]],
    }
    return json.dumps(data, ensure_ascii=False, indent=2, default=str)


def write(store, out: str | Path = "reports", findings: list[Finding] | None = None, *,
          timeline_entities: int = TIMELINE_ENTITIES) -> list[Path]:
    """Write report.html, report.md and report.json into `out`; return their paths."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    ctx = context(store, findings, timeline_entities=timeline_entities)
    paths = []
    for name, render in (("report.html", html), ("report.md", markdown), ("report.json", as_json)):
        path = out / name
        path.write_text(render(ctx), encoding="utf-8")
        paths.append(path)
    return paths
