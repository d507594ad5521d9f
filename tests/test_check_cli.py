"""`checker check`, `checker conflicts` and `checker report` through the command line."""
import json
from dataclasses import replace
from datetime import date

import pytest
from click.testing import CliRunner

from checker import pipeline
from checker.cli import cli
from checker.read.documents import Raw, build
from checker.model import Fact
from checker.pipeline import Analysis
from checker.store import Store
from checker.extract.sentences import split
from checker.extract.timex import from_value

OCTOBER = "وزار بوتين بكين الشهر الماضي لحضور قمة الحزام والطريق."
DRAFT = "عنوان الخبر\n\nقال المصدر إن بوتين زار بكين في فبراير 2023 لحضور قمة الحزام والطريق.\n"


def visit(doc_id, text, evidence, value, words):
    start = text.index(evidence)
    return Fact(doc=doc_id, kind="visit", subject="Vladimir Putin", place="Beijing", occasion="Belt and Road Forum",
                when=replace(from_value(value, words), explanation=f"'{words}' -> {value}"), sentence=text.strip(),
                span=(start, start + len(evidence)), id=f"{doc_id[:6]}-{start}")


@pytest.fixture
def db(tmp_path):
    """An archive where two sources date the visit to October 2023."""
    path = tmp_path / "archive.db"
    store = Store(path)
    for name, extra in (("a/003.txt", ""), ("a/005.txt", " ")):
        doc = build(Raw(name, OCTOBER + extra, published=date(2023, 11, 8), published_from="test"))
        store.add(doc, Analysis((), (visit(doc.id, doc.text, OCTOBER[:28], "2023-10", "الشهر الماضي"),)))
    store.close()
    return str(path)


@pytest.fixture
def draft_reader(monkeypatch):
    """Read the draft's visit from its text (fact extraction is another module's concern)."""
    def analyse(doc, **_):
        sentences = tuple(split(doc.text, doc.kept, doc.lang))
        for value, words in (("2023-02", "فبراير 2023"), ("2023-10", "أكتوبر 2023")):
            if words in doc.text:
                start = doc.text.index("بوتين")
                return Analysis(sentences, (visit(doc.id, doc.text, doc.text[start:start + 30], value, words),))
        return Analysis(sentences, ())

    monkeypatch.setattr(pipeline, "analyse", analyse)


def run(*args, stdin=None):
    return CliRunner().invoke(cli, list(args), input=stdin)


def test_a_draft_that_contradicts_two_sources_is_an_error_at_its_line_and_column(db, draft_reader, tmp_path):
    draft = tmp_path / "draft.txt"
    draft.write_text(DRAFT, encoding="utf-8")
    result = run("check", str(draft), "--db", db)
    assert result.exit_code == 1, result.output
    lines = result.output.strip().splitlines()
    col = DRAFT.splitlines()[2].index("بوتين") + 1
    assert lines[0].startswith(f"{draft}:3:{col}: error: Vladimir Putin's visit to Beijing for the Belt and Road Forum: "
                               "the draft says February 2023 ('فبراير 2023' -> February 2023); "
                               "2 sources say October 2023 (003: \"…الشهر الماضي…\")")
    assert lines[0].endswith("[date-conflict]")
    # then the draft's whole sentence, the fact's words marked, and the sources' own sentences
    sentence = DRAFT.splitlines()[2]
    fact_words = sentence[sentence.index("بوتين"):sentence.index("بوتين") + 30]
    assert lines[1].strip() == sentence.replace(fact_words, f"⟦{fact_words}⟧")
    assert lines[2].strip() == "003, 005: " + OCTOBER.replace("الشهر الماضي", "⟦الشهر الماضي⟧")


def test_a_draft_that_agrees_exits_0_and_is_not_stored(db, draft_reader):
    result = run("check", "-", "--db", db, stdin=DRAFT.replace("فبراير 2023", "أكتوبر 2023"))
    assert result.exit_code == 0, result.output
    assert "corroboration" in result.output
    store = Store(db)
    assert len(store.documents()) == 2
    store.close()


def test_json_output_for_a_cms(db, draft_reader):
    result = run("check", "-", "--db", db, "--format", "json", stdin=DRAFT)
    assert result.exit_code == 1
    rows = [json.loads(line) for line in result.output.strip().splitlines()]
    error = [r for r in rows if r["severity"] == "error"][0]
    assert error["rule"] == "date-conflict" and error["line"] == 3
    assert set(error) >= {"rule", "severity", "kind", "facts", "docs", "message", "quotes"}


def test_bad_usage_and_unreadable_drafts_exit_2(db, tmp_path):
    assert run("check", str(tmp_path / "missing.txt"), "--db", db).exit_code == 2
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n", encoding="utf-8")
    assert run("check", str(empty), "--db", db).exit_code == 2
    binary = tmp_path / "bin.txt"
    binary.write_bytes(b"\x00\xff\xfe\x00" * 100)
    result = run("check", str(binary), "--db", db)
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert run("check", "--format", "xml", str(empty), "--db", db).exit_code == 2
    assert run("check", "-", "--db", db, "--lang", "xx", stdin="text").exit_code == 2


def test_a_weekday_that_does_not_fit_its_date_is_a_warning_in_the_draft(db):
    result = run("check", "-", "--db", db, "--lang", "en",
                 stdin="The ministers met on Wednesday 9 November 2023 in Moscow.\n")
    assert result.exit_code == 0, result.output
    line, marked, note = result.output.strip().splitlines()
    assert line.startswith("<stdin>:1:") and line.endswith("[weekday-mismatch]")
    assert "⟦" in marked and marked.strip().startswith("The ministers met")
    # no person is named, so no fact: the editor is told that nothing was compared
    assert note == "<stdin>: note: no facts recognised in the draft: nothing in it was compared with the archive"
    col = int(line.split(":")[2])
    text = "The ministers met on Wednesday 9 November 2023 in Moscow."
    assert text[col - 1:].startswith(("on Wednesday", "Wednesday"))  # the quote starts at the weekday or its preposition
    assert "Wednesday 9 November 2023' names a Wednesday but 2023-11-09 is a Thursday" in line


def test_conflicts_lists_stored_findings_as_json_lines(db, tmp_path):
    store = Store(db)
    doc = build(Raw("a/000.txt", OCTOBER.replace("الشهر الماضي", "في شهر فبراير الماضي"), published_from="test"))
    store.add(doc, Analysis((), (visit(doc.id, doc.text, doc.text[:28], "XXXX-02", "في شهر فبراير الماضي"),)))
    store.close()
    out = tmp_path / "reports"
    result = run("report", "--db", db, "--out", str(out))
    assert result.exit_code == 0, result.output
    assert (out / "report.html").exists() and (out / "report.md").exists() and (out / "report.json").exists()
    result = run("conflicts", "--db", db, "--format", "json")
    rows = [json.loads(line) for line in result.output.strip().splitlines()]
    assert [r["rule"] for r in rows if r["severity"] == "error"] == ["date-conflict"]
    assert {"rule", "severity", "kind", "facts", "docs", "message"} <= set(rows[0])
    text = run("conflicts", "--db", db)
    assert text.output.startswith("error: Vladimir Putin's visit to Beijing")


def test_an_undated_meeting_of_people_in_the_archive_is_no_crash(tmp_path, seeds_dir):
    # The seeds hold dated meetings of Putin and Xi; an undated one in a draft neither conflicts
    # with them nor supports a date.
    db = str(tmp_path / "seeds.db")
    assert CliRunner().invoke(cli, ["ingest", "--db", db, "--jobs", "1", str(seeds_dir)]).exit_code == 0
    result = CliRunner().invoke(cli, ["check", "--db", db, "--format", "json", "-"], input="Putin met Xi Jinping.\n")
    assert result.exit_code == 0, result.output
    rows = list(map(json.loads, result.output.splitlines()))
    assert not [f for f in rows if f["severity"] not in ("info", "note")]
    assert [f["message"] for f in rows if f["severity"] == "note"] == ["1 fact recognised; none contradicts the archive"]
