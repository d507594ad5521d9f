"""HTML pages are read (trafilatura, htmldate) by `build`, inside the time budget of one document:
reading inputs leaves a page unread, a pathological page fails alone, and a page is still stored
once, found again and corrected like any text."""
import time
from datetime import date

import pytest
from click.testing import CliRunner

from checker.cli import cli
from checker.ingest import ingest
from checker.read import documents
from checker.store import Store

VISIT = ("Chinese President Xi Jinping visited Moscow on 20 March 2023 for talks with Vladimir Putin, "
         "the Kremlin said.")
PAGE = ("<!DOCTYPE html><html><head><title>Xi in Moscow</title>"
        "<meta property='og:site_name' content='Example News'>"
        "<meta property='article:published_time' content='2023-03-21'></head><body><article>"
        f"<h1>Xi in Moscow</h1><p>{VISIT}</p>"
        "<p>The two leaders discussed trade and energy during the talks in the Russian capital.</p>"
        "</article></body></html>")
TEXT = "Vladimir Putin visited Beijing on 16 May 2024."


BUDGET = 2.0  # seconds: far above what a short article takes, even on a busy machine


def slow_page(items: int = 30_000) -> str:
    """A page trafilatura takes about 10 s over here (2.3 MB of small link blocks, no paragraph)."""
    body = "".join(f"<div class='c{i % 7}'><span>Item {i}</span> <a href='/x{i}'>link {i}</a></div>"
                   for i in range(items))
    return f"<!DOCTYPE html><html><head><title>T</title></head><body><article>{body}</article></body></html>"


def test_reading_leaves_a_page_for_build(tmp_path):
    p = tmp_path / "page.html"
    p.write_text(PAGE, encoding="utf-8")
    (raw,) = documents.read(p, pages=False)
    assert raw.text == "" and raw.page == PAGE  # nothing extracted while inputs are read
    doc = documents.build(raw)
    assert VISIT in doc.text and doc.source == "Example News" and doc.published == date(2023, 3, 21)
    (eager,) = documents.read(p)  # the readers of one file (check, dates) still extract at once
    assert eager.page is None and VISIT in eager.text and documents.build(eager) == doc


def test_what_the_input_gives_wins_over_the_page(tmp_path):
    # the page's own timestamp under its title is the header's date; the manifest's still wins
    page = PAGE.replace("<h1>Xi in Moscow</h1>", "<h1>Xi in Moscow</h1><p>Updated 21 March 2023</p>")
    raw = documents.Raw("p.html", "", source="Wire", url="https://e.com/a", published=date(2023, 3, 22),
                        published_from="manifest", page=page)
    doc = documents.build(raw)
    assert (doc.source, doc.url, doc.published) == ("Wire", "https://e.com/a", date(2023, 3, 22))
    assert doc.published_evidence.startswith("manifest; the header says 2023-03-21")


def test_a_page_without_main_text_fails_in_build():
    with pytest.raises(documents.InputProblem, match="no main text"):
        documents.build(documents.Raw("e.html", "", page="<html><body><img src=a.png></body></html>"))


@pytest.mark.parametrize("jobs", [pytest.param(1, marks=pytest.mark.slow), 2])
def test_a_slow_page_costs_only_itself(tmp_path, jobs):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "b.html").write_text(slow_page(), encoding="utf-8")
    (tmp_path / "c.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "d.html").write_text("<html><body><img src=a.png></body></html>", encoding="utf-8")
    store = Store(tmp_path / "s.db")
    started = time.monotonic()
    result = ingest([tmp_path], store, jobs=jobs, doc_timeout=BUDGET)
    assert time.monotonic() - started < 8  # the budget cut the page short
    assert result.failed == [(str(tmp_path / "b.html"), "analysis took longer than 2 s (the time budget of one document)"),
                             (str(tmp_path / "d.html"), "no main text found in the HTML page")]
    assert sorted(d.path.rsplit("/", 1)[-1] for d in store.documents()) == ["a.txt", "c.html"]
    assert {(f.subject, f.place) for f in store.facts(kind="visit")} == {("Vladimir Putin", "Beijing"),
                                                                         ("Xi Jinping", "Moscow")}


@pytest.mark.slow
def test_the_cli_stores_the_rest_of_the_batch(tmp_path):
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "in" / "b.html").write_text(slow_page(), encoding="utf-8")
    (tmp_path / "in" / "c.html").write_text(PAGE, encoding="utf-8")
    out = CliRunner().invoke(cli, ["ingest", "--db", str(tmp_path / "c.db"), "--jobs", "2", "--doc-timeout", str(BUDGET),
                                   str(tmp_path / "in")])
    assert out.exit_code == 2 and isinstance(out.exception, (SystemExit, type(None)))
    assert out.stdout == "2 documents added, 0 already stored, 1 failed\n"
    assert f"failed: {tmp_path / 'in' / 'b.html'}: analysis took longer than 2 s" in out.stderr


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_page_is_one_document_however_often_it_comes(tmp_path, jobs):
    for name in ("p1.html", "p2.html"):
        (tmp_path / name).write_text(PAGE, encoding="utf-8")
    store = Store(tmp_path / "s.db")
    first = ingest([tmp_path / "p1.html", tmp_path / "p2.html"], store, jobs=jobs)
    assert (first.added, first.skipped_existing, first.failed) == (1, 1, [])
    (doc,) = store.documents()
    (tmp_path / "same.txt").write_text(doc.text, encoding="utf-8")  # the page's text, as a text file
    again = ingest([tmp_path / "p2.html", tmp_path / "same.txt"], store, jobs=jobs)
    assert (again.added, again.updated, again.skipped_existing, again.failed) == (0, 0, 2, [])
    assert store.db["documents"].count == 1


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_page_given_a_new_source_corrects_the_stored_one_keeping_its_date(tmp_path, jobs):
    p = tmp_path / "p.html"
    p.write_text(PAGE, encoding="utf-8")
    store = Store(tmp_path / "s.db")
    ingest([p], store, jobs=jobs, published=date(2023, 3, 20))
    fixed = ingest([p], store, jobs=jobs, source="Kremlin wire")
    assert (fixed.added, fixed.updated, fixed.skipped_existing) == (0, 1, 0)
    (doc,) = store.documents()
    # the page's own date is 2023-03-21; the date given before is kept, the new source taken
    assert (doc.source, doc.published) == ("Kremlin wire", date(2023, 3, 20))
    assert doc.published_evidence.startswith("kept from before")


def test_an_interruption_swallowed_is_made_again():
    # (as one raised inside a garbage collector's callback is lost): the budget interrupts once more
    from checker import ingest

    def spin():  # until interrupted, or three seconds (no interruption: the test fails, never hangs)
        stop = time.monotonic() + 3
        while time.monotonic() < stop:
            pass

    with pytest.raises(ingest._OverBudget):
        with ingest._budget(0.2):
            try:
                spin()
            except ingest._OverBudget:
                pass  # swallowed
            spin()
