"""The report: reports/report.html (one self-contained file), report.md and report.json.

Conflicts first (both quotes, source names, how each value was read), then corroborations,
suggested publication dates, in-document warnings, per-entity timelines and the documents
with their publication dates. Every string from an article reaches HTML through jinja2's
autoescape, in text, attributes and SVG alike.

The report streams: each section is read from the store as the files are written, a chunk of
findings and the documents they quote at a time, so its memory does not grow with the archive.
"""
from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from html import escape as html_escape
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice
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
CHUNK = 500  # findings read from the store together with the documents they quote


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


class Infos:
    """DocInfo by document id, looked up in the store as the findings need them (a bounded cache)."""

    def __init__(self, store):
        self._meta = store.doc_cache()

    def load(self, ids: Iterable[str]) -> None:
        self._meta.load(ids)

    def get(self, doc_id: str) -> DocInfo | None:
        meta = self._meta.get(doc_id)
        return _info(meta, self._meta) if meta is not None else None


def _info(d, docs) -> DocInfo:
    return DocInfo(d.id, wording.doc_label(d.id, docs), d.path, d.source or "", d.lang,
                   d.published.isoformat() if d.published else d.published_period, d.published_evidence)


class Section:
    """The stored findings of one section, read from the store each time they are walked (in
    sort_findings' order), with the documents they quote looked up a chunk at a time."""

    def __init__(self, store, infos: Infos, **where):
        self.store, self.infos, self.where = store, infos, where

    def __iter__(self) -> Iterator[Finding]:
        found = self.store.iter_findings(policy.SEVERITY_ORDER, **self.where)
        while chunk := list(islice(found, CHUNK)):
            self.infos.load(q.doc for f in chunk for q in f.quotes)
            yield from chunk

    def __len__(self) -> int:
        return self.store.count_findings(**self.where)


class Documents:
    """Every document without its text, by path, read from the store each time it is walked."""

    def __init__(self, store):
        self.store = store

    def __iter__(self) -> Iterator[DocInfo]:
        metas = self.store.iter_doc_meta()
        while chunk := list(islice(metas, CHUNK)):
            docs = {d.id: d for d in chunk}
            yield from (_info(d, docs) for d in chunk)

    def __len__(self) -> int:
        return self.store.count_documents()


def context(store, *, timeline_entities: int = TIMELINE_ENTITIES) -> dict:
    """Everything the three writers show: counts and timelines as plain values, the sections and
    documents as `Section` and `Documents`, read from the store as they are written. Documents are
    read without their text (quotes come with the findings); timelines are drawn for at most
    `timeline_entities` of the entities the conflicts and corroborations name."""
    infos = Infos(store)
    special = [CORROBORATION, SUGGESTION]
    clashes = Section(store, infos, not_rules=special, not_kind=IN_DOCUMENT)
    corroborations = Section(store, infos, rules=[CORROBORATION])
    pair_kinds = frozenset(k for k, v in policy.policy().event_keys.items() if "participants" in v)
    named = _named(store, [clashes, corroborations], pair_kinds)
    shown = named[:max(timeline_entities, 0)]
    facts = {n: store.facts_about(n, pair_kinds) for n in shown}
    drawn = {f.id for fs in facts.values() for f in fs}
    conflicting = {fid for ids in store.finding_facts(**clashes.where) for fid in ids if fid in drawn}
    docs = store.doc_meta({f.doc for fs in facts.values() for f in fs})
    labels = {d: wording.doc_label(d, docs) for d in docs}
    lines = timeline.timelines(facts, conflicting, labels, _describe)
    note = f"Timelines for the {len(shown)} {'entity' if len(shown) == 1 else 'entities'} named in findings"
    if len(shown) < len(named):
        note += f" (the {len(shown)} named most often, of {len(named)})"
    counts = store.severity_counts()
    return {"documents": Documents(store), "docs": infos, "conflicts": clashes,
            "corroborations": corroborations, "suggestions": Section(store, infos, rules=[SUGGESTION]),
            "in_document": Section(store, infos, not_rules=special, kind=IN_DOCUMENT),
            "timelines": lines, "timeline_note": note,
            "counts": {s: counts.get(s, 0) for s in ("error", "warning", "info")}}


def _named(store, sections: list[Section], pair_kinds: frozenset[str]) -> list[str]:
    """The entities the findings are about, those named by the most findings first. The facts
    of a finding share the names of their block, except the two sides of a clash over a post:
    its first and last facts name them all. Read a chunk of findings' fact ids at a time."""
    count: Counter = Counter()
    for section in sections:
        found = store.finding_facts(**section.where)
        while chunk := list(islice(found, CHUNK)):
            ends = [{ids[0], ids[-1]} if ids else set() for ids in chunk]
            names_of = {fact.id: {fact.subject, fact.object if fact.kind in pair_kinds else None} - {None, ""}
                        for fact in store.facts_by_ids(set().union(*ends))}
            count.update(name for ids in ends for name in set().union(*(names_of.get(i, set()) for i in ids)))
    return sorted(count, key=lambda n: (-count[n], n))


def html(ctx: dict) -> str:
    return "".join(html_parts(ctx))


def html_parts(ctx: dict) -> Iterator[str]:
    return _env().get_template("report.html.j2").generate(**ctx)


def markdown(ctx: dict) -> str:
    return "".join(markdown_parts(ctx))


def markdown_parts(ctx: dict) -> Iterator[str]:
    docs = ctx["docs"]

    def cell(text) -> str:
        # Text from an article or a manifest: escaped as HTML (viewers render inline HTML), then every
        # Markdown mark backslashed (no link, image, emphasis or table cell), on one line.
        return _MARKDOWN.sub(r"\\\g<0>", html_escape(" ".join(str(text or "").split()), quote=False))

    def section(title: str, findings) -> Iterator[str]:
        yield f"## {title} ({len(findings)})\n\n"
        for f in findings:
            yield f"- **{f.severity}** `{f.rule}`: {cell(f.message)}\n"
            for q in f.quotes:
                info = docs.get(q.doc)
                name = f"{cell(info.label)} ({cell(info.source)})" if info else q.doc[:12]
                yield f"  - {name}: > {cell(q.text)}\n"
        yield "\n"

    c = ctx["counts"]
    yield "# Consistency report\n\n"
    yield f"{c['error']} errors, {c['warning']} warnings, {c['info']} notes over {len(ctx['documents'])} documents.\n\n"
    yield from section("Conflicts", ctx["conflicts"])
    yield from section("Corroborations", ctx["corroborations"])
    yield from section("Suggested publication dates", ctx["suggestions"])
    yield from section("In-document checks", ctx["in_document"])
    names = ", ".join(cell(t.entity) for t in ctx["timelines"]) or "none"
    yield f"## Timelines\n\n{ctx['timeline_note']}: {names} (drawn in report.html).\n\n"
    yield "## Documents\n\n| document | source | language | published | how it was found |\n|---|---|---|---|---|\n"
    for d in ctx["documents"]:
        yield (f"| {cell(d.label)} | {cell(d.source)} | {cell(d.lang)} | {cell(d.published or 'unknown')} "
               f"| {cell(d.evidence)} |\n")


def as_json(ctx: dict) -> str:
    return "".join(json_parts(ctx))


def json_parts(ctx: dict) -> Iterator[str]:
    """One JSON object, written a member at a time: counts, the four sections, the documents."""
    def dump(value, depth: int) -> str:
        return json.dumps(value, ensure_ascii=False, indent=2, default=str).replace("\n", "\n" + "  " * depth)

    def array(items) -> Iterator[str]:
        first = True
        for item in items:
            yield ("[\n    " if first else ",\n    ") + dump(item, 2)
            first = False
        yield "[]" if first else "\n  ]"

    yield '{\n  "counts": ' + dump(ctx["counts"], 1)
    for key in ("conflicts", "corroborations", "suggestions", "in_document"):
        yield f',\n  "{key}": '
        yield from array(finding_dict(f) for f in ctx[key])
    yield ',\n  "documents": '
    yield from array(d.__dict__ for d in ctx["documents"])
    yield "\n}"


def write(store, out: str | Path = "reports", *, timeline_entities: int = TIMELINE_ENTITIES) -> list[Path]:
    """Write report.html, report.md and report.json into `out`, each while reading the findings
    from the store; return their paths."""
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    ctx = context(store, timeline_entities=timeline_entities)
    paths = []
    for name, parts in (("report.html", html_parts), ("report.md", markdown_parts), ("report.json", json_parts)):
        path = out / name
        with path.open("w", encoding="utf-8") as f:
            f.writelines(parts(ctx))
        paths.append(path)
    return paths
