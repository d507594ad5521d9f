"""The command line: a thin layer over the library. Only this module touches the terminal.

Exit codes: 0 ok, 1 error-level findings, 2 bad usage or unreadable input, 3 a fault of the checker.
"""
from __future__ import annotations

import gc
import os
import re
import sqlite3
import sys

import click

from checker import __version__, languages
from checker.rules import RuleError


# Control characters from file names and articles (ESC opens OSC titles, clear-screen and more; C1
# controls are read by some terminals too) are shown as escapes, never sent; lines and tabs stay.
_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def printable(text: str) -> str:
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def _echo(text: str = "", err: bool = False) -> None:
    click.echo(printable(str(text)), err=err)


class InputError(click.ClickException):
    """Bad input or usage that click itself cannot see: exit 2, never a traceback."""

    exit_code = 2

    def format_message(self) -> str:
        return printable(self.message)


class PublishedDate(click.ParamType):
    """A publication date: YYYY-MM-DD, or YYYY-MM / YYYY when only that much is known."""

    name = "date"

    def convert(self, value, param, ctx):
        from checker.read.documents import InputProblem, parse_date

        if not isinstance(value, str):
            return value
        try:
            return parse_date(value, "--published")
        except InputProblem as e:
            self.fail(str(e), param, ctx)


PUBLISHED = PublishedDate()


DB_OPTION = click.option(
    "--db", "db_path", default="checker.db", show_default=True, type=click.Path(dir_okay=False),
    envvar="CHECKER_DB", help="SQLite database (env CHECKER_DB).")
FORMAT_OPTION = click.option(
    "--format", "fmt", type=click.Choice(["text", "json"]), default="text", show_default=True,
    help="text for people, json (JSON Lines) for machines.")


class _Commands(click.Group):
    def invoke(self, ctx):
        try:
            return super().invoke(ctx)
        except sqlite3.Error as e:  # a damaged, full, read-only or busy database: one line, exit 2
            raise InputError(f"the database: {_database_reason(e)}") from None


def _database_reason(e: sqlite3.Error) -> str:
    from checker.store import BUSY_MS

    reason = str(e) or type(e).__name__
    if "locked" in reason or "busy" in reason:
        reason += f" (another process kept it for more than {BUSY_MS / 1000:g} s; try again)"
    return reason


@click.group(cls=_Commands, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="checker")
def cli() -> None:
    """Find dated facts in news articles and flag where sources disagree.

    \b
    Example:
        checker report seeds/          # ingest the seed articles, write reports/
        checker facts --entity Putin   # what the archive says about one person
        checker check draft.txt        # a draft against the archive; exit 1 on an error
    """


PROGRESS_MIN = 5  # inputs; a progress bar only for more than a handful


def _open_store(db_path: str, must_exist: bool = False, read_only: bool = False):
    """The store; `read_only` for commands that only read it (they never write a byte)."""
    from pathlib import Path

    from checker.store import Store, StoreError

    if (must_exist or read_only) and not Path(db_path).exists():
        raise InputError(f"{db_path}: no such database (run `checker ingest` first)")
    try:
        return Store(db_path, read_only=read_only)
    except StoreError as e:
        raise InputError(str(e)) from None


@cli.command()
# readable=False: an unreadable input is reported with the others by the reader, not refused by click
@click.argument("paths", nargs=-1, required=True, type=click.Path(allow_dash=True, readable=False))
@DB_OPTION
@click.option("--manifest", type=click.Path(dir_okay=False),
              help="JSON Lines: file, lang, source, published (a manifest.jsonl beside the files is used anyway).")
@click.option("--published", type=PUBLISHED, help="Publication date YYYY-MM-DD (or YYYY-MM, YYYY) for every input.")
@click.option("--source", help="Source name for every input.")
@click.option("--jobs", type=click.IntRange(min=1), default=os.cpu_count() or 1, show_default="the number of cores",
              help="Worker processes that analyse articles (1: analyse in this process).")
@click.option("--doc-timeout", type=click.FloatRange(min=0, min_open=True), default=30.0, show_default=True,
              help="Seconds of analysis per article; a slower article is reported as failed and skipped.")
def ingest(paths, db_path, manifest, published, source, jobs, doc_timeout):
    """Read articles into the database: .txt/.md files, folders, .jsonl, .html, '-' for stdin.

    Prints a one-line summary; inputs that cannot be read are listed on stderr and the
    exit code is 2.

    \b
    Example:
        checker ingest seeds/
        checker ingest --published 2023-11-08 --source Reuters article.txt
        checker ingest --jobs 4 archive.jsonl
        cat article.txt | checker ingest -
    """
    items = _inputs(paths)  # before the store: no empty database for a folder without articles
    store = _open_store(db_path)
    try:
        result = _ingest(items, store, manifest=manifest, published=published, source=source, jobs=jobs,
                         doc_timeout=doc_timeout)
        if result.added or result.updated or store.comparison_pending():  # findings follow the archive, after a crash too
            from checker.archive import refresh

            refresh(store)
    finally:
        store.close()
    if result.failed:
        raise SystemExit(2)


def _inputs(paths) -> list:
    """The inputs of PATHS, folders walked once; none is a usage error."""
    from checker.read.documents import expand

    items = expand(paths)
    if not items:
        raise InputError(f"no articles found in {', '.join(map(str, paths))}")
    return items


def _ingest(items, store, *, manifest=None, published=None, source=None, jobs=None, doc_timeout=30.0):
    """Ingest with a progress bar on stderr; print the summary and each input that failed."""
    from checker.read.documents import JSONL_SUFFIXES
    from checker.ingest import BATCH, ingest as run

    total = None if any(str(i).lower().endswith(tuple(JSONL_SUFFIXES)) for i in items) else len(items)
    bar = None
    settled = 0

    def on_document() -> None:  # a bar in articles per second, once there are more than a handful
        nonlocal bar, settled
        settled += 1
        if bar is None and settled > PROGRESS_MIN:
            from tqdm import tqdm

            bar = tqdm(total=total, unit="doc", file=sys.stderr, leave=False, initial=settled - 1)
        if bar is not None:
            bar.update(1)

    try:
        result = run(items, store, manifest=manifest, published=published,
                     source=source, stdin=sys.stdin.buffer, jobs=jobs or os.cpu_count() or 1, batch=BATCH,
                     doc_timeout=doc_timeout, on_document=on_document)
    finally:
        if bar is not None:
            bar.close()
    _echo(result.summary())
    for where, what in result.warnings:
        _echo(f"warning: {where}: {what}", err=True)
    for name, reason in result.failed:
        _echo(f"failed: {name}: {reason}", err=True)
    if result.failed:
        _echo(f"{len(result.failed)} input{'s' if len(result.failed) != 1 else ''} failed", err=True)
    return result


@cli.command()
@DB_OPTION
@FORMAT_OPTION
def documents(db_path, fmt):
    """List stored documents: id, file, language, publication date and how it was found.

    \b
    Example:
        checker documents
        checker documents --format json
    """
    import json

    from checker.read.language import has_rules

    with _open_store(db_path, read_only=True) as store:
        docs = store.documents()
    for d in docs:
        lang_note = "" if has_rules(d.lang) else " (no rules for this language)"
        if fmt == "json":
            _echo(json.dumps({
                "id": d.id, "path": d.path, "source": d.source, "url": d.url, "lang": d.lang,
                "rules": has_rules(d.lang), "published": d.published_value,
                "published_evidence": d.published_evidence, "chars": len(d.text), "kept_chars": len(d.cleaned),
            }, ensure_ascii=False))
        else:
            published = d.published_value or "null"
            _echo(f"{d.id[:12]}  {d.path}  {d.lang}{lang_note}  {published}  {d.published_evidence}")


@cli.command()
@DB_OPTION
@click.option("--kind", help="Only facts of this kind (visit, meeting, appointment, role, trade_volume, ...).")
@click.option("--entity", help="Only facts naming this person, place or country (any known spelling).")
@click.option("--format", "fmt", type=click.Choice(["text", "json", "csv"]), default="text", show_default=True,
              help="text for people; json (JSON Lines) or csv for machines.")
@click.option("--bom", is_flag=True, help="Start CSV with a UTF-8 byte-order mark (for spreadsheet programs).")
def facts(db_path, kind, entity, fmt, bom):
    """List the stored facts with their dates, figures and evidence.

    \b
    Example:
        checker facts --entity Putin
        checker facts --kind trade_volume --format json
        checker facts --format csv --bom > facts.csv
    """
    from checker.output import listings

    if kind is not None and kind not in listings.kinds():
        raise InputError(f"no fact kind {kind!r} (known: {', '.join(listings.kinds())})")
    with _open_store(db_path, read_only=True) as store:
        found = listings.select(store, kind=kind, entity=entity)
        meta = store.doc_meta()
    docs = {i: m.path for i, m in meta.items()}
    if entity and not found:
        _echo(f"no facts name {entity!r}", err=True)
    for line in listings.render(found, docs, fmt, urls={i: m.url for i, m in meta.items()}, bom=bom):
        _echo(line)


@cli.command()
@click.argument("file", type=click.Path(dir_okay=False, allow_dash=True, readable=False))
@click.option("--published", type=PUBLISHED,
              help="Publication date YYYY-MM-DD (default: manifest.jsonl beside the file, then the page).")
@click.option("--lang", help="Language code with rules, e.g. ar or en (default: detected).")
@FORMAT_OPTION
def dates(file, published, lang, fmt):
    """Show every time expression in FILE: span, value, interval and how it was resolved.

    \b
    Example:
        checker dates seeds/003_5e7f28ab954cfa28.txt
        checker dates --published 2023-11-08 --format json article.txt
    """
    import json
    from dataclasses import replace
    from pathlib import Path

    from checker.read import documents
    from checker.extract import sentences, timex
    from checker.output.lint import position
    from checker.ingest import read_manifest

    if lang is not None and lang not in languages.codes():
        raise InputError(f"no rules for language {lang!r} (known: {', '.join(languages.codes())})")
    entry = None
    if file != "-":
        manifest = Path(file).parent / documents.MANIFEST
        if manifest.is_file():
            entry = read_manifest(manifest)[0].get(documents.resolved(file))
    raws = list(documents.read(file))
    if len(raws) != 1 or isinstance(raws[0], documents.Problem):
        reason = raws[0].reason if raws and isinstance(raws[0], documents.Problem) else "one article expected"
        raise InputError(f"{file}: {reason}")
    raw = raws[0]
    if entry is not None and entry.published:
        raw = replace(raw, published=entry.published, published_from=entry.where)
    if lang or (entry and entry.lang):
        raw = replace(raw, lang=lang or entry.lang)
    doc = documents.build(raw, published=published)
    if doc.lang not in languages.codes():
        raise InputError(f"{file}: language {doc.lang!r} has no rules; give --lang ({', '.join(languages.codes())})")
    spans = [(s.start, s.end) for s in sentences.split(doc.text, doc.kept, doc.lang)]
    found = timex.tag_spans(doc.text, spans, doc.lang, doc.anchor)
    if fmt == "text":
        _echo(f"{file}: {doc.lang}, published {doc.published_value or 'unknown'} ({doc.published_evidence})")
    for w in found:
        line, col = position(doc.text, w.start)
        if fmt == "json":
            _echo(json.dumps({"file": file, "line": line, "column": col, **timex.as_dict(w)}, ensure_ascii=False))
            continue
        interval = f"{w.earliest}..{w.latest}" if w.earliest else "-"
        _echo(f"{line}:{col}  {w.text}  -> {w.value or 'unknown'}  [{w.granularity}; {interval}"
                   f"{'; approximate' if w.approximate else ''}]  {w.resolved_by}, tense {w.tense or '-'}  {w.rule}")
        _echo(f"    {w.explanation}")


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(allow_dash=True, readable=False))
@DB_OPTION
@click.option("--out", default="reports", show_default=True, type=click.Path(file_okay=False),
              help="Folder for report.html, report.md and report.json.")
@click.option("--published", type=PUBLISHED,
              help="Publication date YYYY-MM-DD for every input in PATHS.")
@click.option("--infer-dates", is_flag=True,
              help="Give undated articles the publication date the evidence suggests, then compare again.")
def report(paths, db_path, out, published, infer_dates):
    """Ingest PATHS (if any), compare the archive and write the report files.

    \b
    Example:
        checker report seeds/
        checker report --db news.db --out reports/ --infer-dates
    """
    from checker import archive
    from checker.output import report as reporting

    items = _inputs(paths) if paths else []
    store = _open_store(db_path, must_exist=not paths)
    failed = False
    try:
        if items:
            failed = bool(_ingest(items, store, published=published).failed)
        archive.refresh(store)
        if infer_dates:
            for doc_id, value in archive.apply_suggestions(store):
                _echo(f"{doc_id[:12]}: publication date set to {value} (inferred)")
            archive.refresh(store)
        try:
            written = reporting.write(store, out)  # streamed from the store, whatever its size
        except OSError as e:
            raise InputError(f"{out}: cannot write the report ({e.strerror or e})") from None
        counts = store.severity_counts()
    finally:
        store.close()
    counts = {s: counts.get(s, 0) for s in ("error", "warning", "info")}
    _echo(f"{counts['error']} errors, {counts['warning']} warnings, {counts['info']} notes")
    for path in written:
        _echo(f"wrote {path}")
    if failed:  # the report is written; the exit code still says some inputs could not be read
        raise SystemExit(2)


@cli.command()
@click.argument("draft", type=click.Path(allow_dash=True, readable=False))
@DB_OPTION
@click.option("--published", type=PUBLISHED,
              help="The draft's publication date YYYY-MM-DD (default: today).")
@click.option("--lang", help="The draft's language, e.g. ar, en or en-US (default: detected).")
@FORMAT_OPTION
def check(draft, db_path, published, lang, fmt):
    """Check a draft (a file, '-' for stdin, or a .jsonl of drafts) against the archive, like a linter.

    Each finding names the line and column of the draft's own phrase and quotes its sentence with
    the phrase marked; notes say when nothing could be checked. The draft is not stored. Exit 1
    when an error-level finding exists, 0 otherwise, 2 for bad usage or a draft that cannot be
    checked (the other drafts of a batch still are), 3 for a fault of the checker itself.

    \b
    Example:
        checker check draft.txt
        checker check --published 2023-11-20 --format json - < draft.txt
    """
    from checker import drafts
    from checker.read import documents
    from checker.output import lint

    try:
        drafts.language_code(lang)
    except drafts.DraftError as e:
        raise InputError(str(e)) from None
    items = list(documents.read(draft, stdin=sys.stdin.buffer))
    store = _open_store(db_path, read_only=True)
    worst = lint.Exit.OK
    try:
        for raw in items:
            name = "<stdin>" if draft == "-" else raw.name
            try:
                if isinstance(raw, documents.Problem):
                    raise drafts.DraftError(drafts.problem(raw))
                checked = drafts.check(store, drafts.document(raw, lang=lang,
                                                              published=published))
            except drafts.DraftError as e:
                _echo(f"Error: {e}", err=True)
                worst = max(worst, lint.Exit.USAGE)
                continue
            except RuleError:
                raise  # the rules, not the draft: exit 2 for every draft
            except Exception as e:  # noqa: BLE001 - one draft's fault must not stop the batch
                _echo(internal_error(e, f"checking {name}"), err=True)
                worst = max(worst, lint.Exit.INTERNAL)
                continue
            for line in (lint.draft_json if fmt == "json" else lint.draft_lines)(checked, name):
                _echo(line)
            worst = max(worst, lint.exit_code(checked.findings))
    finally:
        store.close()
    raise SystemExit(int(worst))


@cli.command()
@DB_OPTION
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on; the default answers this machine only.")
@click.option("--port", type=click.IntRange(0, 65535), default=8081, show_default=True,
              help="Port (8081 is LanguageTool's, which its add-ons try for a local server).")
@click.option("--max-request", type=click.IntRange(min=1), default=2 * 1024 * 1024, show_default=True,
              help="Largest request body in bytes; a larger one gets 413.")
def serve(db_path, host, port, max_request):
    """Serve the check over HTTP: POST /check (JSON), GET /facts, GET /findings, GET /health, and
    LanguageTool's POST /v2/check, so editors' LanguageTool add-ons show the warnings inline.

    \b
    Example:
        checker serve --db news.db
        curl -s localhost:8081/check -d '{"text": "The Ruritanian president met Premier Ye Tanming.", "lang": "en"}'
        curl -s localhost:8081/v2/check --data-urlencode text@draft.txt -d language=auto
    """
    import uvicorn

    from checker import serve as service

    _open_store(db_path, must_exist=True).close()
    app = service.create_app(db_path, max_request=max_request)
    service.warm_up()
    click.echo(f"checking drafts against {db_path} on http://{host}:{port} (Ctrl-C to stop)", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning", server_header=False)


def internal_error(e: BaseException, doing: str) -> str:
    """One line for a fault of the checker: what failed and where, and how to see more."""
    tb = e.__traceback__
    while tb is not None and tb.tb_next is not None:
        tb = tb.tb_next
    where = f" ({tb.tb_frame.f_code.co_filename.rsplit('/', 1)[-1]}:{tb.tb_lineno})" if tb is not None else ""
    return (f"Internal error while {doing}: {type(e).__name__}: {str(e)[:200]}{where}. This is a bug in the "
            f"checker, not in the input; please report it with the input (CHECKER_DEBUG=1 shows the traceback)")


@cli.command()
@DB_OPTION
@FORMAT_OPTION
def conflicts(db_path, fmt):
    """List the stored findings: conflicts, corroborations and in-document warnings.

    JSON Lines fields: rule, severity, kind, facts, docs, message (and values, quotes).

    \b
    Example:
        checker conflicts
        checker conflicts --format json
    """
    from checker.output import lint

    with _open_store(db_path, read_only=True) as store:
        if store.comparison_pending():  # a comparison was interrupted: these findings are stale
            raise InputError(f"{db_path}: the comparison of the latest documents has not run to the end; "
                             "run `checker report` (or `checker ingest` again) to finish it")
        found = store.findings()
    for f in found:
        _echo(lint.dumps(f) if fmt == "json" else f"{f.severity}: {f.message} [{f.rule}]")


@cli.command()
@click.argument("corpus", type=click.Path(exists=True, file_okay=False))
@click.option("--manifest", "mode", type=click.Choice(["inferred", "page", "none"]), default="inferred",
              show_default=True, help="Publication dates: as reconstructed by the annotators, as the page "
              "states them, or none (the checker finds its own).")
@click.option("--json", "as_json", is_flag=True, help="All figures and misses as one JSON object.")
@click.option("--no-misses", is_flag=True, help="Figures only, without the list of misses and false alarms.")
@click.option("--jobs", type=click.IntRange(min=1), default=1, show_default=True, help="Worker processes.")
def evaluate(corpus, mode, as_json, no_misses, jobs):
    """Score the checker on an annotated corpus: a folder of articles with manifest.jsonl,
    facts.jsonl and conflicts.jsonl (format: tests/data/real/ANNOTATION.md).

    Ingests the articles into a temporary store, compares them, and prints per language recall
    and precision by kind, dates and figures right, publication dates found, the share of
    annotated text that cleaning kept, the conflicts found and the look-alikes flagged; then every
    miss and false alarm with its quote. A part with a manifest alone (no facts.jsonl) is scored on
    publication dates and on the body and furniture text kept, nothing else. A gold line the
    evaluator cannot use is named with its file and line (exit 2).

    \b
    Example:
        checker evaluate tests/data/real/dev
        checker evaluate tests/data/real/dev --manifest none --no-misses
        checker evaluate my-newsroom-gold/ --json > scores.json
    """
    import json

    from checker import evaluate as ev

    try:
        corpus_ = ev.load(corpus)
    except ev.GoldError as e:
        raise InputError(str(e)) from None
    result = ev.score(corpus_, ev.run(corpus_, mode, jobs), mode)
    if as_json:
        _echo(json.dumps(result.as_dict(), ensure_ascii=False, indent=1))
    else:
        _echo(ev.text_report(result, misses=not no_misses))


def main() -> None:
    # the modules imported so far live as long as the process: the collector need not traverse them
    gc.freeze()
    try:
        cli(standalone_mode=True)
    except RuleError as e:  # a broken rule file is the user's input too
        _echo(f"Error: {e}", err=True)
        raise SystemExit(2) from None
    except Exception as e:  # noqa: BLE001 - never a traceback, unless asked for
        if os.environ.get("CHECKER_DEBUG"):
            raise
        click.echo(internal_error(e, f"running `checker {' '.join(sys.argv[1:2])}`"), err=True)
        raise SystemExit(3) from None
