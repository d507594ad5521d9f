"""Hostile inputs through the real ingest path and `checker check`: each is processed or refused
with a reason, per input, never with a traceback, and always in bounded time."""
import base64
import io
import json
import random
import time
from datetime import date

import pytest
from click.testing import CliRunner

from checker.read import documents
from checker.extract import sentences, timex
from checker.cli import cli
from checker.ingest import ingest
from checker.store import Store

MB = 1024 * 1024
PUBLISHED = date(2023, 11, 8)
VISIT_EN = "Russian President Vladimir Putin visited Beijing in October 2023 to attend the Belt and Road Forum."
VISIT_AR = "زار الرئيس الروسي فلاديمير بوتين بكين في أكتوبر 2023 لحضور منتدى الحزام والطريق."


@pytest.fixture
def store(tmp_path):
    s = Store(tmp_path / "archive.db")
    yield s
    s.close()


def run(store, *paths, **kw):
    return ingest(list(paths), store, published=PUBLISHED, **kw)


def check(tmp_path, path) -> tuple[int, str]:
    """`checker check` on one file against an empty archive: (exit code, output); never an exception."""
    Store(tmp_path / "check.db").close()  # an archive that exists but holds nothing
    result = CliRunner().invoke(cli, ["check", str(path), "--db", str(tmp_path / "check.db"),
                                      "--published", "2023-11-08"])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, result.output


def visits(store):
    return [(f.subject, f.place, f.when.value if f.when else None, f.when.text if f.when else None)
            for f in store.facts(kind="visit")]


def assert_spans_point_into_the_text(store):
    for doc in store.documents():
        for s in store.sentences(doc.id):
            assert doc.text[s["start"]:s["end"]] == s["text"]
        for f in store.facts():
            if f.doc == doc.id:
                assert 0 <= f.span[0] < f.span[1] <= len(doc.text)
                if f.when and f.when.text:
                    assert doc.text[f.when.start:f.when.end] == f.when.text


# -- size ----------------------------------------------------------------------------------------

def test_a_50_mb_single_line_file_is_refused_by_its_size(store, tmp_path):
    big = tmp_path / "huge.txt"
    with big.open("wb") as f:
        f.write(b"x" * (50 * MB))
    started = time.perf_counter()
    result = run(store, big)
    assert result.added == 0
    assert result.failed == [(str(big), f"too large ({50 * MB:,} bytes; limit {documents.MAX_BYTES:,})")]
    code, out = check(tmp_path, big)
    assert code == 2 and "too large" in out
    # from stdin too: read up to the limit, never the whole stream
    result = run(store, "-", stdin=io.BytesIO(b"y" * (documents.MAX_BYTES + 10)))
    assert result.failed[0][0] == "<stdin>" and result.failed[0][1].startswith("too large")
    assert time.perf_counter() - started < 20
    assert store.documents() == []


@pytest.mark.slow
def test_a_5_mb_single_line_is_processed_with_sentences_capped(store, tmp_path):
    blob = "x" * (5 * MB)  # one run of one letter: no sentence end, no space to cut at
    path = tmp_path / "one-line.txt"
    path.write_text(VISIT_EN + " " + blob, encoding="utf-8")
    started = time.perf_counter()
    result = run(store, path)
    elapsed = time.perf_counter() - started
    assert result.added == 1 and not result.failed
    assert elapsed < 60, f"5 MB took {elapsed:.1f} s"
    (doc,) = store.documents()
    stored = store.sentences(doc.id)
    assert max(s["end"] - s["start"] for s in stored) <= sentences.MAX_CHARS
    assert len(stored) >= len(blob) // sentences.MAX_CHARS
    assert visits(store) == [("Vladimir Putin", "Beijing", "2023-10", "in October 2023")]


def test_a_run_of_word_characters_is_read_in_linear_time():
    # every digit in the run is a trigger for the date rules; none may rescan the run to its end
    blob = random.Random(1).randbytes(100_000).hex()
    started = time.perf_counter()
    found = timex.tag("in March 2021 " + blob, "en", None)
    assert time.perf_counter() - started < 10
    assert found[0].value == "2021-03"


# -- characters ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["\u064e\u064f\u0650\u0651\u0652" * 400, "ـ" * 3000, "ـَـُـِ\n" * 200,
                                  "\u200f\u200d\u200b" * 500], ids=["diacritics", "tatweel", "both", "invisible"])
def test_a_file_of_only_marks_is_stored_without_sentences_or_facts(store, tmp_path, text):
    path = tmp_path / "marks.txt"
    path.write_text(text, encoding="utf-8")
    result = run(store, path)
    assert result.added + len(result.failed) == 1
    for doc in store.documents():
        assert store.sentences(doc.id) == [] and store.facts() == []
    assert check(tmp_path, path)[0] in (0, 2)


def test_mixed_scripts_and_emoji(store, tmp_path):
    mostly_arabic = tmp_path / "ar.txt"
    mostly_arabic.write_text(f"{VISIT_AR} 🇷🇺🤝🇨🇳 (שלום, Reuters) 👍🏽\nوقال مسؤول إن المحادثات كانت مثمرة 🎉.\n",
                             encoding="utf-8")
    half = tmp_path / "half.txt"  # no script holds most letters: stored, no facts read from it
    half.write_text(f"{VISIT_AR}\n{VISIT_EN}\nשלום עולם, זה טקסט בעברית 🙂\n", encoding="utf-8")
    result = run(store, mostly_arabic, half)
    assert result.added == 2 and not result.failed
    langs = {d.path: d.lang for d in store.documents()}
    assert langs[str(mostly_arabic)] == "ar"
    assert visits(store) == [("Vladimir Putin", "Beijing", "2023-10", "في أكتوبر 2023")]
    assert_spans_point_into_the_text(store)
    code, out = check(tmp_path, half)  # no language with rules to check it in: refused, with the reason
    assert code == 2 and "language could not be told" in out and len(out.strip().splitlines()) == 1


def test_bidi_and_zero_width_marks_inside_numbers_and_names(store, tmp_path):
    ar = tmp_path / "ar.txt"
    ar.write_text("زار الرئيس الروسي فلاديمير بو\u200dتين بكين في أكتوبر ٢٠\u200f٢٣ لحضور منتدى الحزام والطريق.\n",
                  encoding="utf-8")
    en = tmp_path / "en.txt"
    en.write_text("Russian President Vladimir Pu\u200dtin visited Bei\u200bjing in October 2\u200f0\u200e23.\n",
                  encoding="utf-8")
    result = run(store, ar, en)
    assert result.added == 2
    # the marks are skipped for matching, and kept in the quotes (spans point into the original)
    assert sorted(visits(store)) == sorted([
        ("Vladimir Putin", "Beijing", "2023-10", "في أكتوبر ٢٠\u200f٢٣"),
        ("Vladimir Putin", "Beijing", "2023-10", "in October 2\u200f0\u200e23")])
    assert_spans_point_into_the_text(store)


# -- bytes -----------------------------------------------------------------------------------------

@pytest.mark.parametrize("data, reason", [
    (b"Putin visited\x00 Beijing in October 2023.", "binary file (NUL bytes)"),
    (b"Putin visited \xc3\x28 Beijing.", "not UTF-8 text (bad byte at offset 14)"),
    (b"\x80\x81\x82", "not UTF-8 text (bad byte at offset 0)"),
    (b"", "empty"),
])
def test_unreadable_bytes_are_reported_per_file(store, tmp_path, data, reason):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(data)
    good = tmp_path / "good.txt"
    good.write_text(VISIT_EN, encoding="utf-8")
    result = run(store, bad, good)
    assert result.failed == [(str(bad), reason)]
    assert result.added == 1  # the batch goes on
    code, out = check(tmp_path, bad)
    assert code == 2 and reason in out


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-8-sig"])
def test_utf16_and_utf8_with_a_byte_order_mark(store, tmp_path, encoding):
    path = tmp_path / "bom.txt"
    bom = {"utf-16-be": b"\xfe\xff"}.get(encoding, b"")
    path.write_bytes(bom + f"{VISIT_AR}\n{VISIT_AR}".encode(encoding))
    result = run(store, path)
    assert result.added == 1 and not result.failed
    (doc,) = store.documents()
    assert doc.text == f"{VISIT_AR}\n{VISIT_AR}"  # no BOM left in the text
    assert visits(store)[0][:3] == ("Vladimir Putin", "Beijing", "2023-10")
    assert check(tmp_path, path)[0] in (0, 1)


def test_a_nul_character_inside_a_jsonl_text_is_harmless(store, tmp_path):
    path = tmp_path / "a.jsonl"
    path.write_text(json.dumps({"text": VISIT_EN + "\u0000 more"}) + "\n", encoding="utf-8")
    result = run(store, path)
    assert result.added + len(result.failed) == 1
    assert_spans_point_into_the_text(store)


# -- containers ------------------------------------------------------------------------------------

def test_an_html_page_with_scripts_and_a_10_mb_inline_blob(store, tmp_path):
    blob = base64.b64encode(random.Random(10).randbytes(7_500_000)).decode()
    page = (f'<!DOCTYPE html><html><head><title>Putin in Beijing</title>'
            f'<script>var img = "{blob}"; document.title = "SCRIPTTEXT";</script>'
            f'<style>.x {{ color: red }} STYLETEXT</style></head><body><article><h1>Putin in Beijing</h1>'
            f'<p>{VISIT_EN}</p><p>The two leaders discussed trade and energy during the talks.</p>'
            f'<script>document.write("<p>SCRIPTTEXT</p>")</script></article></body></html>')
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    assert path.stat().st_size > 10 * 1000 * 1000
    started = time.perf_counter()
    result = run(store, path)
    assert time.perf_counter() - started < 30
    assert result.added == 1 and not result.failed
    (doc,) = store.documents()
    assert VISIT_EN in doc.text
    assert "SCRIPTTEXT" not in doc.text and "STYLETEXT" not in doc.text and blob[:100] not in doc.text
    assert visits(store)[0][:3] == ("Vladimir Putin", "Beijing", "2023-10")


def test_a_jsonl_file_with_one_broken_line(store, tmp_path):
    lines = [json.dumps({"id": f"n{i}", "text": f"{VISIT_EN} Item {i}.", "published": "2023-11-08"}) for i in range(4)]
    lines.insert(2, '{"id": "broken", "text": "Putin visited')  # line 3
    lines.append(json.dumps({"id": "no-text", "title": "only a title"}))  # line 6
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run(store, path)
    assert result.added == 4
    assert [name for name, _ in result.failed] == [f"{path}:3", f"{path}:6"]
    assert result.failed[0][1].startswith("not JSON") and result.failed[1][1] == "no text"
    assert sorted(d.path for d in store.documents()) == [f"{path}#n{i}" for i in range(4)]


@pytest.mark.slow
def test_a_folder_of_10000_tiny_files(store, tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(10_000):
        (folder / f"{i:05}.txt").write_bytes(b"Note %d." % i)
    (folder / "empty.txt").write_bytes(b"")
    started = time.process_time()  # CPU time: a busy machine slows the wall clock, not this
    result = run(store, folder, batch=100)
    elapsed = time.process_time() - started
    assert result.added == 10_000 and result.failed == [(str(folder / "empty.txt"), "empty")]
    assert elapsed < 30, f"10,000 files took {elapsed:.1f} s of CPU"
    assert store.conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 10_000
