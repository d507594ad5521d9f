"""Documents in: read files, JSON Lines, HTML pages and stdin; clean; detect language; date.

Reading yields `Raw` items (text plus what the input says about it) or `Problem`s (an input
that cannot be read, with the reason); `build` turns a Raw item into a `Document`. An HTML page
may be carried unread in its Raw item (`page`), so that `build` extracts it: ingest's workers run
`build` under the time budget of one document, so a huge or pathological page costs only itself.
"""
from __future__ import annotations

import codecs
import errno
import hashlib
import json
import os
import re
import stat
import sys
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path
from typing import Iterator

from checker.read import clean, language, pubdate
from checker.textfold import compose

MAX_BYTES = 20 * 1024 * 1024
TEXT_SUFFIXES = {".txt", ".md", ".text", ".markdown"}
HTML_SUFFIXES = {".html", ".htm"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
MANIFEST = "manifest.jsonl"


@dataclass(frozen=True)
class Document:
    """An article read and cleaned, with its metadata."""

    id: str  # sha256 of text: the same text twice is one document
    path: str
    source: str | None
    url: str | None
    lang: str
    published: date | None
    published_evidence: str
    text: str  # the original text as read (for HTML: the extracted main text)
    kept: tuple[tuple[int, int], ...]  # ranges of text that survive cleaning
    published_period: str | None = None  # 'YYYY-MM' or 'YYYY' when only that much is known

    @property
    def published_value(self) -> str | None:
        """The publication date as far as it is known: 'YYYY-MM-DD', 'YYYY-MM', 'YYYY' or None."""
        return self.published.isoformat() if self.published else self.published_period

    @property
    def anchor(self) -> date | str | None:
        """What relative dates are counted from: the day, or the month or year when only that is known."""
        return self.published or self.published_period

    @property
    def cleaned(self) -> str:
        return clean.cleaned(self.text, self.kept)


@dataclass(frozen=True)
class Raw:
    """One article as read, with what its input says about it."""

    name: str  # file path, 'file.jsonl:LINE', or '<stdin>'
    text: str
    source: str | None = None
    url: str | None = None
    lang: str | None = None
    published: date | str | None = None  # a day, or a partial 'YYYY-MM' / 'YYYY'
    published_from: str = ""  # where `published` came from
    html_date: date | None = None
    page: str | None = None  # an HTML page not read yet (`text` is empty until `build` extracts it)


@dataclass(frozen=True)
class Problem:
    """An input that could not be read, and why."""

    name: str
    reason: str


class InputProblem(ValueError):
    """An input that cannot be read; the message is the reason."""


_SURROGATE = re.compile("[\ud800-\udfff]")


def sane(text: str | None) -> str | None:
    """The text with lone surrogates (a JSON escape such as \\ud800, an undecodable file name)
    as U+FFFD: they cannot be encoded as UTF-8, so they would fail in the store, not here."""
    return _SURROGATE.sub("\ufffd", text) if isinstance(text, str) else text


def doc_id(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


_PARTIAL = re.compile(r"(?P<year>\d{4})(?:-(?P<month>\d{2}))?")


def parse_date(value, where: str) -> date | str | None:
    """A publication date: a day ('2023-05-14', a time after it is ignored), or a partial date
    ('2023-05', '2022') kept as that string. InputProblem for anything else."""
    if value in (None, ""):
        return None
    text = str(value).strip()
    try:
        if len(text) >= 10:
            return date.fromisoformat(text[:10])
        if (m := _PARTIAL.fullmatch(text)) and 1 <= int(m["year"]) and (m["month"] is None or 1 <= int(m["month"]) <= 12):
            return text
    except ValueError:
        pass
    raise InputProblem(f"{where}: published must be YYYY-MM-DD, YYYY-MM or YYYY, not {value!r}")


def decode(data: bytes) -> str:
    """Text of a file: UTF-8 (with or without BOM) or UTF-16 with a BOM; else InputProblem."""
    if len(data) > MAX_BYTES:
        raise InputProblem(f"too large ({len(data):,} bytes; limit {MAX_BYTES:,})")
    if data.startswith(codecs.BOM_UTF8):
        encoding = "utf-8-sig"
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    elif b"\x00" in data:
        raise InputProblem("binary file (NUL bytes)")
    else:
        encoding = "utf-8"
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as e:
        raise InputProblem(f"not {encoding.upper()} text (bad byte at offset {e.start})") from None
    if "\x00" in text:
        raise InputProblem("binary file (NUL characters)")
    if not text.strip():
        raise InputProblem("empty")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_bytes(path: Path) -> bytes:
    """The bytes of a regular file, refused by its size before anything is read."""
    with open_regular(path) as f:
        size = os.fstat(f.fileno()).st_size
        if size > MAX_BYTES:
            raise InputProblem(f"too large ({size:,} bytes; limit {MAX_BYTES:,})")
        try:
            data = f.read(MAX_BYTES + 1)  # the file may grow between the check and the read
        except OSError as e:
            raise InputProblem(f"cannot read: {e.strerror or e}") from None
    if len(data) > MAX_BYTES:
        raise InputProblem(f"too large (more than {MAX_BYTES:,} bytes)")
    return data


_KINDS = ((stat.S_ISDIR, "a folder"), (stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISCHR, "a character device"),
          (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"))


def _not_regular(mode: int) -> str:
    return next((f"not a regular file: {name}" for test, name in _KINDS if test(mode)), "not a regular file")


def _stat_problem(path: Path, e: OSError) -> InputProblem:
    if e.errno == errno.ELOOP:
        return InputProblem("a loop of symbolic links")
    if e.errno == errno.ENOENT:
        return InputProblem("a symbolic link to nothing" if os.path.islink(path) else "no such file")
    return InputProblem(f"cannot read: {e.strerror or e}")


def open_regular(path: Path):
    """A regular file opened for binary reading; InputProblem for anything else. Devices, pipes and
    sockets are refused by their type before they are opened (/dev/zero never ends, a FIFO blocks);
    O_NONBLOCK keeps a file swapped for a FIFO meanwhile from blocking the open."""
    try:
        mode = os.stat(path).st_mode
    except OSError as e:
        raise _stat_problem(path, e) from None
    if not stat.S_ISREG(mode):
        raise InputProblem(_not_regular(mode))
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as e:
        raise _stat_problem(path, e) from None
    mode = os.fstat(fd).st_mode
    if not stat.S_ISREG(mode):
        os.close(fd)
        raise InputProblem(_not_regular(mode))
    return os.fdopen(fd, "rb")


def resolved(path: str | Path) -> Path:
    """The absolute path without symbolic links; a loop of links never raises (manifest matching only)."""
    return Path(os.path.realpath(path))


def expand(paths) -> list[str | Path | Problem]:
    """Inputs in order: '-' for stdin, files, folders walked in sorted order. A folder entry that
    cannot be read as an article (a pipe, a device, a link to nothing or in a loop, an unreadable
    folder) is a Problem in the list, so it is reported with the rest."""
    out: list[str | Path | Problem] = []
    for p in paths:
        if isinstance(p, Problem) or str(p) == "-":  # already expanded
            out.append(p)
            continue
        p = Path(p)
        if p.is_dir():
            out.extend(walk(p))
        else:
            out.append(p)
    return out


def walk(root: Path) -> list[Path | Problem]:
    """The article files under `root` and the entries skipped with their reason, in path order.
    A stack instead of recursion: a folder thousands of levels deep is walked like any other.
    Links to folders are not followed (like rglob), so a loop of links cannot be walked twice."""
    found: list[tuple[Path, Path | Problem]] = []
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            with os.scandir(folder) as it:
                entries = list(it)
        except OSError as e:
            found.append((folder, Problem(str(folder), f"folder skipped: cannot read it ({e.strerror or e})")))
            continue
        for entry in entries:
            path = Path(entry.path)
            try:
                if entry.is_dir(follow_symlinks=False):
                    stack.append(path)
                    continue
                if entry.is_symlink() and os.path.isdir(path):
                    found.append((path, Problem(str(path), "skipped: a link to a folder (not followed)")))
                    continue
                if not _wanted(path):
                    continue
                mode = os.stat(path).st_mode
            except OSError as e:
                found.append((path, Problem(str(path), f"skipped: {_stat_problem(path, e)}")))
                continue
            if stat.S_ISREG(mode):
                found.append((path, path))
            else:
                found.append((path, Problem(str(path), f"skipped: {_not_regular(mode)}")))
    return [item for _, item in sorted(found, key=lambda pair: pair[0])]


def _wanted(f: Path) -> bool:
    suffix = f.suffix.lower()
    return f.name != MANIFEST and not f.name.startswith(".") and suffix in TEXT_SUFFIXES | HTML_SUFFIXES | JSONL_SUFFIXES


def read(item: str | Path | Problem, stdin=None, *, pages: bool = True) -> Iterator[Raw | Problem]:
    """The articles of one input (several for JSON Lines); a Problem from `expand` as it is.
    `pages=False` leaves an HTML page unread in its Raw item, for `build` to extract."""
    if isinstance(item, Problem):
        yield item
        return
    name = "<stdin>" if item == "-" else sane(str(item))
    try:
        if item == "-":
            data = (stdin or sys.stdin.buffer).read(MAX_BYTES + 1)
            yield Raw(name, decode(data))
            return
        path = Path(item)
        if path.is_dir():
            raise InputProblem("a folder holds no articles here")
        suffix = path.suffix.lower()
        if suffix in JSONL_SUFFIXES:
            yield from _jsonl_file(name, path)
            return
        text = decode(read_bytes(path))
        if suffix in HTML_SUFFIXES or text.lstrip()[:200].lower().startswith(("<!doctype html", "<html")):
            yield extract_page(Raw(name, "", page=text)) if pages else Raw(name, "", page=text)
        else:
            yield Raw(name, text)
    except InputProblem as e:
        yield Problem(name, str(e))


def _jsonl_file(name: str, path: Path) -> Iterator[Raw | Problem]:
    """A JSON Lines file read line by line (memory stays flat however long the file); MAX_BYTES per line."""
    with open_regular(path) as f:
        if f.read(2) in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE):  # rare: decoded whole, size-limited
            yield from _jsonl(name, decode(read_bytes(path)))
            return
        f.seek(0)
        empty = True
        for n, data in enumerate(iter(lambda: f.readline(MAX_BYTES + 1), b""), 1):
            where = f"{name}:{n}"
            empty = empty and not data.strip()
            if len(data) > MAX_BYTES:
                while data and not data.endswith(b"\n"):  # skip the rest of the line
                    data = f.readline(1 << 20)
                yield Problem(where, f"line too large (limit {MAX_BYTES:,} bytes)")
                continue
            if n == 1 and data.startswith(codecs.BOM_UTF8):
                data = data[len(codecs.BOM_UTF8):]
            try:
                line = data.decode("utf-8")
            except UnicodeDecodeError as e:
                yield Problem(where, f"not UTF-8 text (bad byte at offset {e.start} of the line)")
                continue
            if "\x00" in line:
                yield Problem(where, "binary data (NUL characters)")
                continue
            if (item := _jsonl_line(where, name, line)) is not None:
                yield item
        if empty:
            raise InputProblem("empty")


def _jsonl(name: str, text: str) -> Iterator[Raw | Problem]:
    for n, line in enumerate(text.split("\n"), 1):
        if (item := _jsonl_line(f"{name}:{n}", name, line)) is not None:
            yield item


def _jsonl_line(where: str, name: str, line: str) -> Raw | Problem | None:
    """One article of a JSONL file, a Problem, or None for a blank line."""
    if not line.strip():
        return None
    try:
        obj = json.loads(line)
        if not isinstance(obj, dict):
            raise InputProblem("not a JSON object")
        body = sane(obj.get("text"))
        if not isinstance(body, str) or not body.strip():
            raise InputProblem("no text")
        return Raw(f"{name}#{_str(obj['id'])}" if obj.get("id") not in (None, "") else where, body,
                   source=_str(obj.get("source")), url=_str(obj.get("url")), lang=_str(obj.get("lang")),
                   published=parse_date(obj.get("published"), "published"),
                   published_from="JSONL field 'published'")
    except json.JSONDecodeError as e:
        return Problem(where, f"not JSON ({e.msg})")
    except RecursionError:  # the decoder's own bound on nesting, well before the stack's
        return Problem(where, "JSON nested too deeply")
    except InputProblem as e:
        return Problem(where, str(e))


def _str(value) -> str | None:
    return None if value in (None, "") else sane(str(value))


_CODE_OPEN = re.compile(r"<(?P<tag>script|style)\b(?P<attrs>[^<>]{0,2000})>", re.IGNORECASE)
_CODE_CLOSE = {"script": re.compile(r"</script\s*>", re.IGNORECASE), "style": re.compile(r"</style\s*>", re.IGNORECASE)}


def _without_code(page: str) -> str:
    """The page with script and style bodies emptied (JSON data kept, it may carry the date):
    a large inline blob would otherwise be scanned by every metadata regex of the HTML readers.
    One pass over the page: an unclosed script runs to the end, as a browser reads it."""
    out, pos = [], 0
    while m := _CODE_OPEN.search(page, pos):
        close = _CODE_CLOSE[m["tag"].lower()].search(page, m.end())
        keep = "json" in m["attrs"].lower()
        out.append(page[pos:close.start() if keep and close else m.end()])
        if close is None:
            return "".join(out)
        pos = close.start()
    out.append(page[pos:])
    return "".join(out)


def page_readers():
    """trafilatura and htmldate: slow to import, so only when a page is met (once per process,
    outside any document's time budget)."""
    import htmldate
    import trafilatura

    return trafilatura, htmldate


def extract_page(raw: Raw) -> Raw:
    """The article of an unread page: its main text, and its site name, address and date where
    the Raw item (a manifest, a JSONL field) does not give them. InputProblem without main text."""
    if raw.page is None:
        return raw
    trafilatura, htmldate = page_readers()
    page = _without_code(raw.page)
    text = trafilatura.extract(page, include_comments=False, include_tables=False, favor_precision=True)
    if not text or not text.strip():
        raise InputProblem("no main text found in the HTML page")
    found = htmldate.find_date(page, original_date=True, extensive_search=False)
    meta = trafilatura.extract_metadata(page)
    return replace(raw, text=text, page=None, source=raw.source or getattr(meta, "sitename", None) or None,
                   url=raw.url or getattr(meta, "url", None) or None,
                   html_date=raw.html_date or (date.fromisoformat(found) if found else None))


def build(raw: Raw, *, published: date | str | None = None, source: str | None = None) -> Document:
    """A Document from a raw article (an unread page is extracted first, InputProblem without
    main text); `published`/`source` (from the command line) win."""
    raw = extract_page(raw)
    text = compose(raw.text)  # its spans are this text's; its id, the text's as read (ingest.py)
    kept = clean.clean(text)
    body = clean.cleaned(text, kept)
    lang = (raw.lang or "").split("-")[0].lower() or language.detect(body)  # 'ar-EG' -> 'ar'
    header = (pubdate.choose(text, kept, lang, raw.url) if language.has_rules(lang)
              else pubdate.Choice(None, "no date found"))
    period = None
    for value, origin in ((published, "given with --published"), (raw.published, raw.published_from),
                          (raw.html_date, "HTML metadata (htmldate)")):
        if value and isinstance(value, str):  # a partial date: the page's own day may fall in it
            if header.published and header.published.isoformat().startswith(value):
                value, evidence = header.published, f"{origin} gives {value}; the header's day falls in it ({header.evidence})"
            else:
                evidence = f"{origin} (only the {'month' if len(value) == 7 else 'year'} is known)"
                if header.published:
                    evidence += f"; the header says {header.published.isoformat()} ({header.evidence})"
                value, period = None, value
            break
        if value:
            evidence = origin
            if header.published:
                agrees = "agrees" if header.published == value else f"says {header.published.isoformat()}"
                evidence += f"; the header {agrees} ({header.evidence})"
            break
    else:
        value, evidence, period = header.published, header.evidence, header.period
    return Document(doc_id(raw.text), raw.name, source or raw.source, raw.url, lang, value, evidence, text, kept,
                    period)


def load_file(path: str | Path, *, published: date | str | None = None, source: str | None = None,
              lang: str | None = None) -> Document:
    """One text or HTML file as a Document (InputProblem if it cannot be read)."""
    (item, *_rest) = list(read(Path(path)))
    if isinstance(item, Problem):
        raise InputProblem(f"{item.name}: {item.reason}")
    if lang:
        item = Raw(item.name, item.text, item.source, item.url, lang, item.published, item.published_from,
                   item.html_date)
    when = parse_date(published, "published") if isinstance(published, str) else published
    return build(item, published=when, source=source)
