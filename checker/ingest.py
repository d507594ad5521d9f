"""Batch ingest: read -> build a Document -> analyse -> store.

Inputs are read lazily, one article at a time. Building and analysing a document runs in this
process (jobs=1) or in worker processes (jobs>1); this process alone writes, `batch` documents per
transaction, so a crash leaves whole documents only and already stored ones are never touched.
A document whose analysis takes longer than `doc_timeout` seconds is reported and skipped; an
HTML page is read (trafilatura, htmldate) inside that budget, by the worker that analyses it.

A bad input is reported by name with the reason and skipped; the batch goes on.
Metadata precedence for each article: the arguments (--published, --source) > a manifest
(given, or manifest.jsonl beside the file) > fields of a JSONL line > what the page says.
"""
from __future__ import annotations

import json
import multiprocessing
import os
import signal
import sqlite3
import sys
import threading
from collections import deque
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures import TimeoutError as FutureTimeout
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Callable, Iterator

from checker.read import documents
from checker import languages, people
from checker.read.documents import InputProblem, Problem, Raw
from checker.pipeline import analyse
from checker.store import Store

BATCH = 100  # documents per transaction for the command line: few commits, little lost on a crash
IN_FLIGHT = 8  # documents queued per worker: enough to keep workers busy, few enough to keep memory flat


@dataclass
class IngestResult:
    added: int = 0
    skipped_existing: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)  # (input name, reason)
    ids: list[str] = field(default_factory=list)  # documents added, in order
    warnings: list[tuple[str, str]] = field(default_factory=list)  # (where, what): nothing failed, but look
    updated: int = 0  # stored documents whose metadata was corrected and whose facts were read again

    def summary(self) -> str:
        updated = f"{self.updated} updated, " if self.updated else ""
        return (f"{self.added} document{'s' if self.added != 1 else ''} added, {updated}"
                f"{self.skipped_existing} already stored, {len(self.failed)} failed")


@dataclass(frozen=True)
class Entry:
    """What a manifest line says about one file."""

    lang: str | None = None
    source: str | None = None
    published: date | None = None
    where: str = ""
    url: str | None = None


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
            entries[documents.resolved(path.parent / obj["file"])] = Entry(
                documents.sane(obj.get("lang")) or None, documents.sane(obj.get("source")) or None,
                documents.parse_date(obj.get("published"), "published"), f"manifest {path}",
                documents.sane(obj.get("url")) or None)
        except json.JSONDecodeError as e:
            problems.append((f"{path}:{n}", f"not JSON ({e.msg})"))
        except RecursionError:
            problems.append((f"{path}:{n}", "JSON nested too deeply"))
        except InputProblem as e:
            problems.append((f"{path}:{n}", str(e)))
    return entries, problems


def ingest(paths, store: Store, *, manifest: str | Path | None = None, published: date | str | None = None,
           source: str | None = None, progress: Callable[[int, int, str], None] | None = None,
           stdin=None, jobs: int = 1, batch: int = 1, doc_timeout: float | None = None,
           on_document: Callable[[], None] | None = None) -> IngestResult:
    """Ingest files, folders, JSONL files and '-' (stdin) into `store`.

    `progress(done, total, name)` is called after each input is read; `on_document()` after each
    article is settled (stored, already stored, or failed). `jobs` worker processes analyse (1: this
    process); `batch` documents are written per transaction; `doc_timeout` seconds bound the
    analysis of one document (None: no bound).
    """
    result = IngestResult()
    _catalogue(store)
    unwritten: set[str] = set()  # ids of new articles between reading and their commit
    corrections: set[str] = set()  # stored documents given new metadata: replaced when written
    raws = _new(_raws(paths, result, manifest, progress, stdin, on_document), store, result, unwritten, on_document,
                published, source, corrections)
    analysed = (_serial if jobs <= 1 else _parallel)(raws, published, source, doc_timeout, max(1, jobs))
    _write(analysed, store, result, max(1, batch), unwritten, on_document, corrections, published, source,
           doc_timeout)
    people.link_spellings(store)  # over the whole store: the order of the articles does not matter
    people.link_archive(store)  # after the Latin spellings of one name are joined
    people.link_variants(store)  # doubtful: after the links across scripts, which rename
    people.link_surnames(store)  # after the links across scripts, which rename
    return result


def _catalogue(store: Store) -> None:
    """The known entities and their spellings (rules/common/entities.yaml), for queries of the store."""
    known = languages.common().rules("entities").rules
    store.add_entities([(r["name"], r["type"]) for r in known],
                       [(str(alias), r["name"]) for r in known for alias in (r["name"], *r["aliases"])])


# -- reading -----------------------------------------------------------------------------------

def _raws(paths, result: IngestResult, manifest, progress, stdin, on_document) -> Iterator[Raw]:
    """The articles of all inputs, lazily, with their manifest entries applied; problems go to `result`.

    A manifest is read once however often it is met (given and beside the files), so each of its
    problems is reported once. At the end, an entry of the given manifest that matched no input,
    and an entry of a manifest beside the files that names no file, are named in a warning."""
    read: dict[Path, dict[Path, Entry]] = {}  # manifest (resolved) -> its entries

    def entries(path: Path) -> dict[Path, Entry]:
        key = path.resolve()
        if key not in read:
            read[key], problems = read_manifest(path)
            result.failed += problems
        return read[key]

    given = entries(Path(manifest)) if manifest is not None else {}
    beside: dict[Path, dict[Path, Entry]] = {}  # folder -> its manifest.jsonl entries
    matched: set[Path] = set()
    items = documents.expand(paths)
    for done, item in enumerate(items, 1):
        entry = None
        if item != "-" and not isinstance(item, Problem):
            resolved = documents.resolved(item)
            if resolved.parent not in beside:
                found = Path(item).parent / documents.MANIFEST
                beside[resolved.parent] = entries(found) if found.is_file() else {}
            entry = given.get(resolved) or beside[resolved.parent].get(resolved)
            matched.add(resolved)
        for raw in documents.read(item, stdin=stdin, pages=False):  # pages are extracted by `build`
            if isinstance(raw, Problem):
                result.failed.append((raw.name, raw.reason))
                if on_document:
                    on_document()
                continue
            yield _with_entry(raw, entry)
        if progress:
            progress(done, len(items), str(item))
    for path, e in given.items():
        if path not in matched:
            result.warnings.append((e.where.removeprefix("manifest "), f"{path} matches no input file (paths are "
                                    "read relative to the manifest); its metadata was not used"))
    for folder_entries in beside.values():
        for path, e in folder_entries.items():
            if path not in matched and path not in given and not path.exists():
                result.warnings.append((e.where.removeprefix("manifest "), f"{path}: no such file"))


def _key(raw: Raw) -> str:
    """What marks an article on its way: its document id; for a page not read yet, the page's hash
    (its id is known only once a worker has extracted its text)."""
    return documents.doc_id(raw.text) if raw.page is None else "page:" + documents.doc_id(raw.page)


def _new(raws, store: Store, result: IngestResult, unwritten: set[str], on_document, published=None, source=None,
         corrections: set[str] | None = None) -> Iterator[Raw]:
    """Articles not stored yet and not already on their way (the same text twice is one document),
    and stored ones given a publication date or source that differs from the stored one: a
    correction, read again and written in place of the old (its id in `corrections`). A page not
    read yet is judged by its text when it comes back from analysis (`_settle`)."""
    for raw in raws:
        key = _key(raw)
        if raw.page is None:
            raw = _settle(raw, key, store, result, unwritten, published, source, corrections)
        elif key in unwritten:
            result.skipped_existing += 1
            raw = None
        if raw is None:
            if on_document:
                on_document()
            continue
        unwritten.add(key)
        yield raw


def _settle(raw: Raw, doc_id: str, store: Store, result: IngestResult, unwritten: set[str], published, source,
            corrections: set[str] | None) -> Raw | None:
    """The article to write for a text with this id: None when it is stored or on its way already
    (counted as such), the article with what is stored kept when it corrects a stored document."""
    if doc_id in unwritten:
        result.skipped_existing += 1
        return None
    if store.has(doc_id):
        meta = store.doc_meta([doc_id]).get(doc_id)
        if corrections is None or not _corrects(meta, published or raw.published, source or raw.source):
            result.skipped_existing += 1
            return None
        corrections.add(doc_id)
        raw = _keeping(raw, meta)
    return raw


def _keeping(raw: Raw, meta) -> Raw:
    """A correction changes what it gives and keeps the rest of what is stored."""
    stored = meta.published.isoformat() if meta.published else meta.published_period
    if raw.published is None and stored:
        raw = replace(raw, published=meta.published or meta.published_period,
                      published_from=f"kept from before ({meta.published_evidence})")
    return replace(raw, source=raw.source or meta.source)


def _corrects(meta, published, source: str | None) -> bool:
    """Whether the metadata an input gives differs from what is stored of the document."""
    if meta is None:
        return False
    stored = meta.published.isoformat() if meta.published else meta.published_period
    given = published.isoformat() if isinstance(published, date) else published
    # A partial date given again is no correction of the day the page refined it to.
    new_date = bool(given) and not (stored or "").startswith(given)
    return new_date or bool(source) and source != meta.source


def _with_entry(raw: Raw, entry: Entry | None) -> Raw:
    if entry is None:
        return raw
    return replace(raw, lang=entry.lang or raw.lang, source=entry.source or raw.source, url=entry.url or raw.url,
                   published=entry.published or raw.published,
                   published_from=entry.where if entry.published else raw.published_from)


# -- analysis ----------------------------------------------------------------------------------

class _OverBudget(Exception):
    pass


def _raise_over_budget(signum, frame):
    raise _OverBudget


BUDGET_RETRY = 0.25  # seconds between further interruptions, should one be swallowed


@contextmanager
def _budget(seconds: float | None):
    """Interrupt the body after `seconds` (a SIGALRM timer: only on the main thread, where it exists), and
    again every BUDGET_RETRY seconds until it ends: an exception raised while a garbage collector's callback
    runs is lost (Python reports it as unraisable), and the body would run on past its budget."""
    if not seconds or not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = signal.signal(signal.SIGALRM, _raise_over_budget)
    signal.setitimer(signal.ITIMER_REAL, seconds, BUDGET_RETRY)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _over_budget(seconds: float) -> str:
    return f"analysis took longer than {seconds:g} s (the time budget of one document)"


def _extract(raw: Raw, published: date | None, source: str | None, timeout: float | None):
    """(document, analysis, None, article) or (None, None, reason, None); for a page, `article` is
    its extracted text and metadata. Runs in a worker when jobs > 1."""
    if raw.page is not None:
        documents.page_readers()  # imported once per process, not charged to one page's budget
    try:
        with _budget(timeout):
            article = documents.extract_page(raw)  # a page: read here, within the budget
            doc = documents.build(article, published=published, source=source)
            return doc, analyse(doc), None, article
    except _OverBudget:
        return _failed(_over_budget(timeout))
    except InputProblem as e:  # a page without main text
        return _failed(str(e))
    except Exception as e:  # a document must never stop the batch; the reason is reported
        return _failed(f"analysis failed ({type(e).__name__}: {e})")


def _failed(reason: str):
    return None, None, reason, None


def _serial(raws, published, source, timeout, jobs):
    for raw in raws:
        yield raw, _extract(raw, published, source, timeout)


def _warm() -> None:
    """Load and compile every language's rules once per worker, before the first document's budget."""
    for lang in languages.codes():
        analyse(documents.build(Raw("warm-up", "1 January 2020.", lang=lang)))


def _die_with_parent(parent: int) -> None:
    """A parent killed with -9 cannot stop its pool: on Linux the kernel kills the worker with it
    (PR_SET_PDEATHSIG). Elsewhere the pool's own shutdown on errors and interrupts is all there is."""
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):
        return
    if os.getppid() != parent:  # the parent died before the call
        os._exit(1)


_PR_SET_PDEATHSIG = 1


def _start_worker(parent: int) -> None:
    _die_with_parent(parent)
    _warm()


def _pool(jobs: int) -> ProcessPoolExecutor:
    # fork: workers start fast and share the parent's imported modules
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    return ProcessPoolExecutor(jobs, mp_context=context, initializer=_start_worker, initargs=(os.getpid(),))


def _kill(pool: ProcessPoolExecutor) -> None:
    # A stuck worker ignores cancellation: kill its process. The executor keeps its processes in the
    # private `_processes` (CPython 3.9-3.13); without it, shutdown alone still abandons the pool.
    for process in list((getattr(pool, "_processes", None) or {}).values()):
        process.kill()
    pool.shutdown(wait=True, cancel_futures=True)


def _parallel(raws, published, source, timeout, jobs):
    """Like _serial, but analysis runs in `jobs` worker processes with a bounded queue, in input order.

    A worker checks the budget itself; should it not come back in twice the budget (stuck where
    signals are not seen) or die, the pool is replaced and the documents in flight are queued
    again. A dying worker breaks every future of its pool, so the oldest document is not blamed
    on that alone: it is analysed again in a pool of its own, and reported only if it fails there.
    """
    raws = iter(raws)
    queue: deque = deque()  # (raw, future), oldest first
    pool = _pool(jobs)
    try:
        while True:
            while len(queue) < jobs * IN_FLIGHT and (raw := next(raws, None)) is not None:
                queue.append((raw, _submit(pool, raw, published, source, timeout)))
            if not queue:
                break
            raw, future = queue[0]
            try:
                outcome = future.result(timeout=timeout * 2 + 1 if timeout else None)
            except (FutureTimeout, BrokenProcessPool) as e:
                _kill(pool)
                # Over time, the oldest is the one waited on; a death may be another document's.
                outcome = _failed(_over_budget(timeout)) if isinstance(e, FutureTimeout) else \
                    _alone(raw, published, source, timeout)
                pool = _pool(jobs)
                rest = [r for r, _ in list(queue)[1:]]
                queue = deque([queue[0]] + [(r, _submit(pool, r, published, source, timeout)) for r in rest])
            queue.popleft()
            yield raw, outcome
    except BaseException:  # an error, an interrupt, or the reader stopped early
        _kill(pool)
        raise
    pool.shutdown()


def _submit(pool: ProcessPoolExecutor, raw, published, source, timeout) -> Future:
    """The document's analysis in the pool. A pool a dying worker has broken refuses new work at once,
    before the future in flight tells of the death: the document then gets a future failed as the
    pool's, which the queue handles as it handles the others in flight (pool replaced, work queued again)."""
    try:
        return pool.submit(_extract, raw, published, source, timeout)
    except BrokenProcessPool as e:
        failed: Future = Future()
        failed.set_exception(e)
        return failed


def _alone(raw, published, source, timeout):
    """Analyse one document in a pool of its own: whether it fails there says whether it is the cause."""
    pool = _pool(1)
    try:
        return pool.submit(_extract, raw, published, source, timeout).result(
            timeout=timeout * 2 + 1 if timeout else None)
    except FutureTimeout:
        return _failed(_over_budget(timeout))
    except BrokenProcessPool:
        return _failed("the analysing process died")
    finally:
        _kill(pool)


# -- writing -----------------------------------------------------------------------------------

# What one document's values can make the store refuse; a full disk or a lock stops the batch instead.
_REFUSED = (ValueError, sqlite3.IntegrityError, sqlite3.InterfaceError, sqlite3.DataError, OverflowError)


def _store(pending: list, store: Store, result: IngestResult, replacing: set[str]) -> list[bool | None]:
    """Write a batch in one transaction (the documents in `replacing` take the place of the stored
    ones); should the store refuse it, write its documents one by one, so that a document it cannot
    take costs no other (None for each refused, reported)."""
    try:
        return store.add_many(pending, replace=replacing)
    except _REFUSED:
        pass
    out: list[bool | None] = []
    for doc, analysis in pending:
        try:
            if doc.id in replacing:
                store.replace(doc.id, doc, analysis)
                out.append(True)
            else:
                out.append(store.add(doc, analysis))
        except _REFUSED as e:
            result.failed.append((doc.path, f"cannot be stored ({type(e).__name__}: {e})"))
            out.append(None)
    return out


def _write(analysed, store: Store, result: IngestResult, batch: int, unwritten: set[str], on_document,
           corrections: set[str], published=None, source=None, timeout: float | None = None) -> None:
    """Write analysed documents, `batch` per transaction; a correction replaces the stored document."""
    pending: list = []

    def flush():
        replacing = {doc.id for doc, _ in pending if doc.id in corrections}
        for (doc, _), added in zip(pending, _store(pending, store, result, replacing)):
            if added and doc.id in replacing:
                result.updated += 1
                result.ids.append(doc.id)
            elif added:
                result.added += 1
                result.ids.append(doc.id)
            elif added is False:  # written meanwhile by another process (None: refused, reported)
                result.skipped_existing += 1
            unwritten.discard(doc.id)
            if on_document:
                on_document()
        pending.clear()

    try:
        for raw, (doc, analysis, reason, article) in analysed:
            if raw.page is not None:  # a page is back: its text's id marks it from now on
                unwritten.discard(_key(raw))
                if not reason:
                    doc, analysis, reason = _page(article, doc, analysis, store, result, unwritten, published,
                                                  source, corrections, timeout)
                    if doc is None and not reason:  # stored or on its way already
                        if on_document:
                            on_document()
                        continue
            if reason:
                result.failed.append((raw.name, reason))
                unwritten.discard(_key(raw))
                if on_document:
                    on_document()
                continue
            unwritten.add(doc.id)
            pending.append((doc, analysis))
            if len(pending) >= batch:
                flush()
    except KeyboardInterrupt:
        flush()  # keep what is analysed already
        raise
    flush()


def _page(article: Raw, doc, analysis, store: Store, result: IngestResult, unwritten: set[str], published, source,
          corrections: set[str], timeout):
    """A page's analysis once its text is known: (None, None, None) when that text is stored or on its
    way already; a correction of a stored document built again, here, keeping what is stored."""
    settled = _settle(article, doc.id, store, result, unwritten, published, source, corrections)
    if settled is None:
        return None, None, None
    if settled != article:  # a correction that keeps a stored date or source: rare, and text only now
        doc, analysis, reason, _ = _extract(settled, published, source, timeout)
        return doc, analysis, reason
    return doc, analysis, None
