"""Batch ingest: read -> build a Document -> analyse -> store, one input at a time.

A bad input is reported by name with the reason and skipped; the batch goes on.
Metadata precedence for each article: the arguments (--published, --source) > a manifest
(given, or manifest.jsonl beside the file) > fields of a JSONL line > what the page says.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Callable

from checker import documents
from checker.documents import InputProblem, Problem, Raw
from checker.pipeline import analyse
from checker.store import Store


@dataclass
class IngestResult:
    added: int = 0
    skipped_existing: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)  # (input name, reason)
    ids: list[str] = field(default_factory=list)  # documents added, in order

    def summary(self) -> str:
        return (f"{self.added} document{'s' if self.added != 1 else ''} added, "
                f"{self.skipped_existing} already stored, {len(self.failed)} failed")


@dataclass(frozen=True)
class Entry:
    """What a manifest line says about one file."""

    lang: str | None = None
    source: str | None = None
    published: date | None = None
    where: str = ""


def read_manifest(path: Path) -> tuple[dict[Path, Entry], list[tuple[str, str]]]:
    """Manifest entries by resolved file path, and the problems of its bad lines."""
    entries: dict[Path, Entry] = {}
    problems: list[tuple[str, str]] = []
    try:
        text = documents.decode(documents.read_bytes(path))
    except InputProblem as e:
        return {}, [(str(path), f"manifest: {e}")]
    for n, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
            if not isinstance(obj, dict) or not isinstance(obj.get("file"), str):
                raise InputProblem("a manifest line is an object with a 'file'")
            entries[(path.parent / obj["file"]).resolve()] = Entry(
                obj.get("lang") or None, obj.get("source") or None,
                documents.parse_date(obj.get("published"), "published"), f"manifest {path}")
        except json.JSONDecodeError as e:
            problems.append((f"{path}:{n}", f"not JSON ({e.msg})"))
        except InputProblem as e:
            problems.append((f"{path}:{n}", str(e)))
    return entries, problems


def ingest(paths, store: Store, *, manifest: str | Path | None = None, published: date | None = None,
           source: str | None = None, progress: Callable[[int, int, str], None] | None = None,
           stdin=None) -> IngestResult:
    """Ingest files, folders, JSONL files and '-' (stdin) into `store`."""
    result = IngestResult()
    given: dict[Path, Entry] = {}
    if manifest is not None:
        given, problems = read_manifest(Path(manifest))
        result.failed += problems
    beside: dict[Path, dict[Path, Entry]] = {}  # folder -> its manifest.jsonl entries
    items = documents.expand(paths)
    for done, item in enumerate(items, 1):
        entry = None
        if item != "-":
            resolved = Path(item).resolve()
            if resolved.parent not in beside:
                found = Path(item).parent / documents.MANIFEST
                beside[resolved.parent], problems = read_manifest(found) if found.is_file() else ({}, [])
                result.failed += problems
            entry = given.get(resolved) or beside[resolved.parent].get(resolved)
        for raw in documents.read(item, stdin=stdin):
            if isinstance(raw, Problem):
                result.failed.append((raw.name, raw.reason))
                continue
            _one(_with_entry(raw, entry), store, result, published, source)
        if progress:
            progress(done, len(items), str(item))
    return result


def _with_entry(raw: Raw, entry: Entry | None) -> Raw:
    if entry is None:
        return raw
    return replace(raw, lang=entry.lang or raw.lang, source=entry.source or raw.source,
                   published=entry.published or raw.published,
                   published_from=entry.where if entry.published else raw.published_from)


def _one(raw: Raw, store: Store, result: IngestResult, published, source) -> None:
    doc = documents.build(raw, published=published, source=source)
    if store.has(doc.id):
        result.skipped_existing += 1
        return
    if store.add(doc, analyse(doc)):
        result.added += 1
        result.ids.append(doc.id)
    else:
        result.skipped_existing += 1
