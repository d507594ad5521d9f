"""`checker serve` through a real HTTP client, on loopback: the JSON check, LanguageTool's /v2/check,
the listings, and every bad request answered with a 4xx and a message, never a stack trace."""
import json
import socket
import threading
import time
from contextlib import contextmanager

import httpx
import pytest
import uvicorn
from click.testing import CliRunner

from checker import drafts, serve
from checker.cli import cli
from checker.read.documents import MAX_BYTES

DRAFT = "قال المصدر إن بوتين زار بكين في فبراير 2023 لحضور قمة الحزام والطريق.\n"
LIMIT = 256 * 1024  # the test server's request limit


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    """A server over the seed archive, on a free loopback port, stopped after the module."""
    from conftest import SEEDS

    db = str(tmp_path_factory.mktemp("serve") / "seeds.db")
    assert CliRunner().invoke(cli, ["ingest", "--db", db, "--jobs", "1", str(SEEDS)]).exit_code == 0
    with serving(db) as url:
        yield url


@contextmanager
def serving(db):
    """A server over the archive at db, on a free loopback port, stopped at the end."""
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    server = uvicorn.Server(uvicorn.Config(serve.create_app(db, max_request=LIMIT), log_level="critical"))
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    for _ in range(200):
        if server.started:
            break
        time.sleep(0.05)
    assert server.started
    try:
        yield f"http://127.0.0.1:{sock.getsockname()[1]}"
    finally:
        server.should_exit = True
        thread.join(10)


@pytest.fixture
def client(base):
    with httpx.Client(base_url=base, timeout=30) as c:
        yield c


def no_trace(response):
    assert "Traceback" not in response.text and 'File "' not in response.text
    return response


def test_health(client):
    r = client.get("/health")
    assert r.status_code == 200 and r.json()["status"] == "ok" and set(r.json()["languages"]) >= {"ar", "en"}


def test_check_answers_with_findings_at_the_drafts_phrase(client):
    r = client.post("/check", json={"text": DRAFT, "published": "2023-11-20"})
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["lang"] == "ar" and body["published"] == "2023-11-20" and body["errors"] == 1
    error = next(f for f in body["findings"] if f["rule"] == "date-conflict")
    assert DRAFT[error["start"]:error["end"]] == error["phrase"] and "فبراير 2023" in error["phrase"]
    assert error["sentence"] == DRAFT.strip() and "October 2023" in error["message"]


def test_a_draft_with_nothing_to_check_gets_a_note(client):
    r = client.post("/check", json={"text": "The weather was mild.", "lang": "en"})
    assert r.status_code == 200 and r.json()["findings"] == []
    assert r.json()["notes"] == ["no facts recognised in the draft: nothing in it was compared with the archive"]


def test_languagetool_v2_check_underlines_the_wrong_date(client):
    r = client.post("/v2/check", data={"text": DRAFT, "language": "auto"})
    assert r.status_code == 200, r.text
    matches = r.json()["matches"]
    assert len(matches) == 1  # the error; the corroboration is not underlined
    (m,) = matches
    assert "فبراير 2023" in DRAFT[m["offset"]:m["offset"] + m["length"]]
    assert m["rule"]["id"] == "DATE_CONFLICT" and m["rule"]["category"]["id"] == "FACT_CHECK"
    assert m["shortMessage"] == "Date conflict" and m["message"].startswith("Vladimir Putin's visit to Beijing")
    assert m["context"]["text"][m["context"]["offset"]:][:m["context"]["length"]] == DRAFT[m["offset"]:m["offset"] + m["length"]]


def test_languagetool_data_field_counts_markup_in_offsets(client):
    markup = "<p class='lead'>"
    data = json.dumps({"annotation": [{"markup": markup}, {"text": DRAFT.strip()}, {"markup": "</p>"}]})
    r = client.post("/v2/check", data={"data": data, "language": "ar"})
    assert r.status_code == 200, r.text
    (m,) = r.json()["matches"]
    document = markup + DRAFT.strip() + "</p>"  # what the client holds: offsets count its markup
    assert "فبراير 2023" in document[m["offset"]:m["offset"] + m["length"]]


def test_languagetool_languages(client):
    r = client.get("/v2/languages")
    assert r.status_code == 200 and {x["code"] for x in r.json()} >= {"ar", "en"}


def test_facts_and_findings_with_the_clis_filters(client):
    r = client.get("/facts", params={"entity": "بوتين", "kind": "visit"})
    assert r.status_code == 200
    rows = r.json()["facts"]
    assert rows and all(f["kind"] == "visit" and "Vladimir Putin" in (f["subject"], f["object"]) for f in rows)
    assert r.json()["total"] == len(rows)
    one = client.get("/facts", params={"limit": 1}).json()
    assert len(one["facts"]) == 1 and one["total"] > 1
    r = client.get("/findings", params={"severity": "error"})
    assert r.status_code == 200 and r.json()["findings"]
    assert all(f["severity"] == "error" for f in r.json()["findings"])


@pytest.mark.parametrize("path, kwargs, status, words", [
    ("/check", {"json": {"text": ""}}, 400, "the draft is empty"),
    ("/check", {"json": {"text": "  \n "}}, 400, "the draft is empty"),
    ("/check", {"json": {"text": "abc\x00\x01def"}}, 400, "binary"),
    ("/check", {"json": {"text": "Путин встретился с Си Цзиньпином."}}, 422, "could not be told"),
    ("/check", {"json": {"text": "Bonjour", "lang": "fr"}}, 422, "language 'fr' has no rules"),
    ("/check", {"json": {"text": "Putin met Xi.", "lang": "english!"}}, 400, "not a language code"),
    ("/check", {"json": {"text": "Putin met Xi.", "published": "soon"}}, 400, "YYYY-MM-DD"),
    ("/check", {"json": {"draft": "Putin met Xi."}}, 400, '"text"'),
    ("/check", {"json": ["text"]}, 400, '"text"'),
    ("/check", {"content": b'{"text": "Putin met', "headers": {"content-type": "application/json"}}, 400,
     "malformed JSON"),
    ("/check", {"content": '{"text": "زار بوتين بكين"}'.encode("cp1256"),
                "headers": {"content-type": "application/json"}}, 400, "not UTF-8"),
    ("/v2/check", {"data": {"text": "Putin met Xi."}}, 400, "language"),
    ("/v2/check", {"data": {"text": "Putin met Xi.", "language": "zz-ZZ"}}, 422, "language 'zz' has no rules"),
    ("/v2/check", {"data": {"text": "Putin met Xi.", "language": "12"}}, 400, "not a language code"),
    ("/v2/check", {"data": {"language": "en"}}, 400, "text"),
    ("/v2/check", {"content": b"text=%FF%FEabc&language=en",
                   "headers": {"content-type": "application/x-www-form-urlencoded"}}, 400, "not UTF-8"),
    ("/v2/check", {"data": {"data": "{not json", "language": "en"}}, 400, "annotation"),
])
def test_a_bad_request_gets_a_4xx_with_a_message(client, path, kwargs, status, words):
    r = no_trace(client.post(path, **kwargs))
    assert r.status_code == status, r.text
    assert words in r.json()["error"]


def test_a_request_over_the_limit_is_refused_by_its_size(client):
    r = no_trace(client.post("/check", content=b'{"text": "' + b"a" * (LIMIT + 10) + b'"}',
                             headers={"content-type": "application/json"}))
    assert r.status_code == 413 and "too large" in r.json()["error"]


def test_a_20_mb_draft_is_refused(client):
    big = "Putin met Xi. " * (MAX_BYTES // 14 + 1)
    r = no_trace(client.post("/v2/check", data={"text": big, "language": "en"}))
    assert r.status_code == 413


def test_wrong_method_and_unknown_path_answer_in_json(client):
    assert client.get("/check").status_code == 405 and "error" in client.get("/check").json()
    assert client.get("/nowhere").status_code == 404 and "error" in client.get("/nowhere").json()
    r = client.get("/facts", params={"kind": "visits"})
    assert r.status_code == 400 and "no fact kind 'visits'" in r.json()["error"]
    assert client.get("/findings", params={"limit": "-1"}).status_code == 400


def test_a_fault_of_the_checker_is_a_500_without_a_trace(client, monkeypatch):
    def broken(store, doc):
        raise ZeroDivisionError("secret-internal-detail")

    monkeypatch.setattr(drafts, "check", broken)
    r = no_trace(client.post("/check", json={"text": "Putin met Xi Jinping.", "lang": "en"}))
    assert r.status_code == 500 and r.json()["error"].startswith("internal error (ZeroDivisionError)")
    assert "secret-internal-detail" not in r.text  # nothing of the internals


def test_an_article_ingested_while_serving_is_seen_by_the_next_request(tmp_path):
    """The server keeps what it read of the archive between requests (the name keys a surname alone
    is looked up in): an article another process stores meanwhile is seen by the next request, and
    the answer is the one a fresh server gives."""
    db = str(tmp_path / "live.db")
    (tmp_path / "first.txt").write_text("Foreign Minister Lena Haldor visited Peru in March 2023.\n", encoding="utf-8")
    (tmp_path / "later.txt").write_text("Kenyan Foreign Minister Ruth Odhiambo Wekesa visited Chile in March 2023, "
                                        "her ministry said.\n", encoding="utf-8")
    draft = {"text": "Foreign Minister Wekesa visited Chile in March 2023.", "published": "2023-11-20"}
    assert CliRunner().invoke(cli, ["ingest", "--db", db, "--jobs", "1", str(tmp_path / "first.txt")]).exit_code == 0
    with serving(db) as url, httpx.Client(base_url=url, timeout=30) as c:
        for _ in range(2):  # the second request reads the archive's name keys and keeps them
            before = c.post("/check", json=draft).json()
            assert not any("read as" in f["message"] for f in before["findings"])
        assert CliRunner().invoke(cli, ["ingest", "--db", db, "--jobs", "1", str(tmp_path / "later.txt")]).exit_code == 0
        after = c.post("/check", json=draft).json()
        (found,) = [f for f in after["findings"] if f["rule"] == "corroboration"]
        assert "'Wekesa' read as Ruth Odhiambo Wekesa" in found["message"]
        assert draft["text"][found["start"]:found["end"]] == found["phrase"] == "in March 2023"
    with serving(db) as url, httpx.Client(base_url=url, timeout=30) as c:
        assert c.post("/check", json=draft).json() == after
