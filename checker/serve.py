"""`checker serve`: the editor's check as a long-running HTTP service (Starlette), so rules are
compiled once and every draft costs only its own analysis and the archive look-ups.

- POST /check       JSON {text, published?, lang?} -> findings with character offsets, notes
- GET  /facts       ?kind=&entity=&limit=&offset=  (the filters of `checker facts`)
- GET  /findings    ?severity=&rule=&limit=&offset=
- GET  /health
- POST /v2/check    LanguageTool's API (form fields text or data, language): editors' LanguageTool
                    add-ons and plug-ins, pointed at this server, show the warnings inline
- GET  /v2/languages

A bad request gets a 4xx with a one-line message; a fault of the checker a 500 with a one-line
message; a stack trace never reaches a response.
"""
from __future__ import annotations

import json
import logging
import threading
from datetime import date
from urllib.parse import parse_qs

from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from checker import __version__, drafts, languages
from checker.output import lint

MAX_REQUEST = 2 * 1024 * 1024  # bytes of one request: a long article is about 100 KB
PAGE = 1000  # rows of /facts and /findings unless asked
MAX_PAGE = 10_000
log = logging.getLogger("checker.serve")


class BadRequest(Exception):
    def __init__(self, status: int, message: str) -> None:
        super().__init__(message)
        self.status = status


def create_app(db_path: str, *, max_request: int = MAX_REQUEST) -> Starlette:
    """The service over the archive at db_path (which must exist). Each worker thread opens the
    store once: SQLite connections stay in the thread that made them."""
    from checker.store import Store

    local = threading.local()

    def store() -> Store:
        if getattr(local, "store", None) is None:
            local.store = Store(db_path)
        return local.store

    async def body(request: Request) -> bytes:
        declared = request.headers.get("content-length")
        if declared is not None and declared.isdigit() and int(declared) > max_request:
            raise BadRequest(413, f"request too large ({int(declared):,} bytes; limit {max_request:,})")
        chunks, size = [], 0
        async for chunk in request.stream():
            size += len(chunk)
            if size > max_request:
                raise BadRequest(413, f"request too large (limit {max_request:,} bytes)")
            chunks.append(chunk)
        return b"".join(chunks)

    def text_of(data: bytes, what: str) -> str:
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError as e:
            raise BadRequest(400, f"{what} is not UTF-8 (bad byte at offset {e.start})") from None

    def published_of(value) -> date | None:
        if value in (None, ""):
            return None
        try:
            return date.fromisoformat(str(value))
        except ValueError:
            raise BadRequest(400, f"published must be YYYY-MM-DD, not {str(value)[:40]!r}") from None

    def run_check(text, lang, published) -> drafts.Checked:
        if not isinstance(text, str):
            raise BadRequest(400, "text must be a string")
        try:
            doc = drafts.from_text(text, name="draft", lang=lang, published=published)
            return drafts.check(store(), doc)
        except drafts.DraftError as e:
            raise BadRequest(422 if isinstance(e, drafts.NoRules) else 400, str(e).removeprefix("draft: ")) from None

    async def check(request: Request) -> JSONResponse:
        data = text_of(await body(request), "the request")
        try:
            payload = json.loads(data)
        except json.JSONDecodeError as e:
            raise BadRequest(400, f"malformed JSON ({e.msg} at line {e.lineno}, column {e.colno})") from None
        if not isinstance(payload, dict) or "text" not in payload:
            raise BadRequest(400, 'expected a JSON object with "text" (and optional "published", "lang")')
        lang = payload.get("lang")
        if lang is not None and not isinstance(lang, str):
            raise BadRequest(400, "lang must be a string")
        checked = await run_in_threadpool(run_check, payload["text"], lang, published_of(payload.get("published")))
        return JSONResponse(checked_dict(checked))

    async def lt_check(request: Request) -> JSONResponse:
        form = await lt_form(request)
        text = form.get("text")
        if text is None and form.get("data") is not None:
            text = lt_data_text(form["data"])
        if text is None:
            raise BadRequest(400, "missing form field 'text' (or 'data')")
        language = form.get("language")
        if not language:
            raise BadRequest(400, "missing form field 'language' (a code such as en-US, ar, or auto)")
        checked = await run_in_threadpool(run_check, text, language, None)
        return JSONResponse(languagetool(checked, language))

    async def lt_form(request: Request) -> dict[str, str]:
        data = await body(request)
        kind = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if kind == "multipart/form-data":
            form = await request.form()  # the body is read already; Starlette parses it from memory
            out = {}
            for key, value in form.multi_items():
                if not isinstance(value, str):
                    raise BadRequest(400, f"form field {key!r} must be text, not a file")
                out[key] = value
            return out
        try:
            fields = parse_qs(text_of(data, "the form"), keep_blank_values=True, strict_parsing=False,
                              encoding="utf-8", errors="strict")
        except UnicodeDecodeError as e:
            raise BadRequest(400, f"a form field is not UTF-8 (bad byte at offset {e.start})") from None
        return {k: v[-1] for k, v in fields.items()}

    async def facts(request: Request) -> JSONResponse:
        from checker.output import listings

        kind, entity = request.query_params.get("kind"), request.query_params.get("entity")
        if kind is not None and kind not in listings.kinds():
            raise BadRequest(400, f"no fact kind {kind!r} (known: {', '.join(listings.kinds())})")
        start, stop = page(request)

        def select():
            s = store()
            found = listings.select(s, kind=kind, entity=entity)
            paths = {i: m.path for i, m in s.doc_meta({f.doc for f in found[start:stop]}).items()}
            return len(found), [listings.as_dict(f, paths.get(f.doc)) for f in found[start:stop]]

        total, rows = await run_in_threadpool(select)
        return JSONResponse({"total": total, "offset": start, "facts": rows})

    async def findings(request: Request) -> JSONResponse:
        severity, rule = request.query_params.get("severity"), request.query_params.get("rule")
        if severity is not None and severity not in ("error", "warning", "info"):
            raise BadRequest(400, f"severity must be error, warning or info, not {severity[:20]!r}")
        start, stop = page(request)

        def select():
            found = [f for f in store().findings()
                     if (severity is None or f.severity == severity) and (rule is None or f.rule == rule)]
            return len(found), [lint.finding_dict(f) for f in found[start:stop]]

        total, rows = await run_in_threadpool(select)
        return JSONResponse({"total": total, "offset": start, "findings": rows})

    def page(request: Request) -> tuple[int, int]:
        values = {}
        for name, default, top in (("offset", 0, None), ("limit", PAGE, MAX_PAGE)):
            raw = request.query_params.get(name, str(default))
            if not raw.isdigit() or (top is not None and int(raw) > top):
                raise BadRequest(400, f"{name} must be a whole number{f' up to {top:,}' if top else ''}")
            values[name] = int(raw)
        return values["offset"], values["offset"] + values["limit"]

    async def health(request: Request) -> JSONResponse:
        return JSONResponse({"status": "ok", "version": __version__, "languages": languages.codes()})

    async def lt_languages(request: Request) -> JSONResponse:
        return JSONResponse([{"name": code, "code": code, "longCode": code} for code in languages.codes()])

    async def refused(request: Request, exc: BadRequest) -> JSONResponse:
        return JSONResponse({"error": str(exc)}, status_code=exc.status)

    async def http_error(request: Request, exc) -> JSONResponse:
        return JSONResponse({"error": str(exc.detail)}, status_code=exc.status_code)

    async def fault(request: Request, exc: Exception) -> JSONResponse:
        log.exception("internal error on %s %s", request.method, request.url.path)  # the trace goes to the log only
        return JSONResponse({"error": f"internal error ({type(exc).__name__}); this is a bug in the checker, "
                                      "not in the request"}, status_code=500)

    from starlette.exceptions import HTTPException

    app = Starlette(routes=[
        Route("/check", check, methods=["POST"]),
        Route("/facts", facts, methods=["GET"]),
        Route("/findings", findings, methods=["GET"]),
        Route("/health", health, methods=["GET"]),
        Route("/v2/check", lt_check, methods=["POST"]),
        Route("/v2/languages", lt_languages, methods=["GET"]),
    ], exception_handlers={BadRequest: refused, HTTPException: http_error, Exception: fault})
    return app


def warm_up() -> None:
    """Compile every language's rules before the first request (the first draft would pay for it)."""
    from checker.pipeline import analyse
    from checker.read.documents import Raw, build

    for lang in languages.codes():
        analyse(build(Raw("warm-up", "warm up", lang=lang), published=date(2000, 1, 1)))


def checked_dict(checked: drafts.Checked) -> dict:
    """The answer of POST /check: findings (with the draft's phrase offsets), notes, counts."""
    rows = []
    for f, mark in zip(checked.findings, checked.marks):
        line, col = lint.position(mark.text, mark.start)
        rows.append({**lint.finding_dict(f), "line": line, "column": col, **lint.mark_dict(mark)})
    doc = checked.doc
    return {"lang": doc.lang, "published": doc.published.isoformat() if doc.published else None,
            "facts": checked.facts, "errors": sum(f.severity == "error" for f in checked.findings),
            "findings": rows, "notes": list(checked.notes)}


def lt_data_text(data: str) -> str:
    """LanguageTool's `data` field ({"annotation": [{"text": ...}, {"markup": ...}]}) as plain text,
    markup blanked to spaces of its length, so offsets count the markup as the client does."""
    try:
        obj = json.loads(data)
        parts = obj["annotation"]
        return "".join(p["text"] if "text" in p else " " * len(p["markup"]) for p in parts)
    except (json.JSONDecodeError, KeyError, TypeError) as e:
        raise BadRequest(400, f"form field 'data' is not LanguageTool annotation JSON ({type(e).__name__})") from None


def languagetool(checked: drafts.Checked, asked: str) -> dict:
    """The LanguageTool /v2/check answer: a match per error or warning (notes and corroborations are
    not underlined), at the draft's own phrase."""
    matches = []
    for f, mark in zip(checked.findings, checked.marks):
        if f.severity not in ("error", "warning"):
            continue
        context_start = mark.sentence_start
        matches.append({
            "message": f.message,
            "shortMessage": f.rule.replace("-", " ").capitalize(),
            "offset": mark.start, "length": max(mark.end - mark.start, 1),
            "replacements": [],
            "context": {"text": mark.sentence, "offset": mark.start - context_start,
                        "length": max(mark.end - mark.start, 1)},
            "sentence": mark.sentence,
            "type": {"typeName": "Other"},
            "rule": {"id": f.rule.upper().replace("-", "_"), "description": f.message.split(":")[0],
                     "issueType": "inconsistency",
                     "category": {"id": "FACT_CHECK", "name": "Facts (checker)"}},
            "ignoreForIncompleteSentence": False, "contextForSureMatch": 0,
        })
    lang = checked.doc.lang
    return {"software": {"name": "checker", "version": __version__, "apiVersion": 1, "status": ""},
            "language": {"name": lang, "code": lang,
                         "detectedLanguage": {"name": lang, "code": lang, "confidence": 1.0}},
            "matches": matches}
