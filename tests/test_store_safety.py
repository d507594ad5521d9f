"""Damaged, foreign and empty databases: refused with one line and exit 2, left byte-identical;
read-only commands never write; a document the store refuses costs no other."""
import hashlib
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from checker import ingest as ingesting
from checker.cli import cli
from checker.ingest import ingest
from checker.pipeline import Analysis, analyse
from checker.store import APPLICATION_ID, Store, StoreError
from conftest import sqlite_run as _sqlite

ROOT = Path(__file__).resolve().parent.parent
GOOD = "Russian President Vladimir Putin visited Beijing in October 2023 to attend the Belt and Road Forum."
READERS = [["documents"], ["facts"], ["conflicts"], ["check", "-"]]


def _digest(path: Path) -> str:
    """The bytes of the database and of its write-ahead log (the -shm file is SQLite's shared
    memory for readers, not data: reading a WAL database sets it up)."""
    wal = Path(f"{path}-wal")
    return hashlib.sha256(path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")).hexdigest()


def _run(*args, stdin=None):
    return CliRunner().invoke(cli, list(args), input=stdin)


def _one_line_error(result) -> str:
    assert result.exit_code == 2, result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.output
    return lines[0]


@pytest.mark.parametrize("statements, reason", [
    (["CREATE TABLE schema_version (version TEXT)", "INSERT INTO schema_version VALUES ('1.4.2')"],
     "schema_version is not a number"),
    (["CREATE TABLE schema_version (version int)", "INSERT INTO schema_version VALUES (1)"],
     "no checker application id and no documents table"),
    (["PRAGMA application_id = 1234", "CREATE TABLE schema_version (version int)",
      "INSERT INTO schema_version VALUES (1)"], "application id 0x4d2"),
])
@pytest.mark.parametrize("command", [["ingest", "-"], ["documents"], ["report"]])
def test_a_foreign_database_is_refused_and_left_byte_identical(tmp_path, statements, reason, command):
    path = tmp_path / "other.db"
    _sqlite(path, *statements)
    before = _digest(path)
    line = _one_line_error(_run(*command, "--db", str(path), stdin=GOOD))
    assert "not a checker database" in line and reason in line
    assert _digest(path) == before
    with pytest.raises(StoreError):
        Store(path)
    assert _digest(path) == before


@pytest.mark.parametrize("empty", ["sqlite", "zero bytes"])
@pytest.mark.parametrize("command", READERS)
def test_read_only_commands_leave_an_empty_database_as_it_was(tmp_path, empty, command):
    path = tmp_path / "empty.db"
    if empty == "sqlite":
        _sqlite(path, "CREATE TABLE t (x)", "DROP TABLE t")  # a valid header and no tables
    else:
        path.write_bytes(b"")
    before = _digest(path)
    line = _one_line_error(_run(*command, "--db", str(path), stdin=GOOD))
    assert "an empty database (run `checker ingest` first)" in line
    assert _digest(path) == before


def test_a_new_store_carries_the_application_id_and_an_old_one_gains_it(tmp_path):
    Store(tmp_path / "new.db").close()
    conn = sqlite3.connect(tmp_path / "new.db")
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    conn.close()
    old = tmp_path / "old.db"  # as the first checker wrote it: no application id
    _sqlite(old, "CREATE TABLE schema_version (version INTEGER PRIMARY KEY)", "INSERT INTO schema_version VALUES (1)",
            "CREATE TABLE documents (id TEXT PRIMARY KEY NOT NULL, path TEXT, source TEXT, lang TEXT, "
            "published TEXT, published_evidence TEXT, text TEXT, kept TEXT)")
    with pytest.raises(StoreError, match="written by an older checker"):
        Store(old, read_only=True)
    Store(old).close()
    conn = sqlite3.connect(old)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    conn.close()


@pytest.mark.parametrize("command", READERS)
def test_read_only_commands_never_write_to_a_store(tmp_path, command):
    db = tmp_path / "t.db"
    assert _run("ingest", "--db", str(db), "--jobs", "1", str(ROOT / "seeds")).exit_code == 0
    before = _digest(db)
    result = _run(*command, "--db", str(db), stdin=GOOD)
    assert result.exit_code in (0, 1), result.output
    assert _digest(db) == before


def test_a_damaged_page_is_one_line_and_exit_2(tmp_path):
    db = tmp_path / "t.db"
    assert _run("ingest", "--db", str(db), "--jobs", "1", str(ROOT / "seeds")).exit_code == 0
    data = bytearray(db.read_bytes())
    page = 4096
    assert len(data) > 8 * page
    data[3 * page:len(data) - page] = b"\xa5" * (len(data) - 4 * page)  # every page but the first and last
    db.write_bytes(bytes(data))
    for command in (["facts"], ["documents"], ["report", "--out", str(tmp_path / "r")]):
        line = _one_line_error(_run(*command, "--db", str(db)))
        assert "malformed" in line or "not a usable SQLite database" in line or "not a database" in line, line


@pytest.mark.parametrize("pragma, words", [("max_page_count", "full"), ("query_only", "readonly")])
def test_a_full_disk_or_a_read_only_store_is_one_line_and_exit_2(tmp_path, monkeypatch, pragma, words):
    db = tmp_path / "t.db"
    Store(db).close()
    setup = Store._setup

    def limited(self, where, wal):  # the disk fills, or the file turns read-only, once the store is open
        setup(self, where, wal)
        pages = self.conn.execute("PRAGMA page_count").fetchone()[0]
        self.conn.execute(f"PRAGMA {pragma} = {pages if pragma == 'max_page_count' else 1}")

    monkeypatch.setattr(Store, "_setup", limited)
    line = _one_line_error(_run("ingest", "--db", str(db), "--jobs", "1", str(ROOT / "seeds")))
    assert line.startswith("Error: the database: ") and words in line


def test_a_document_the_store_refuses_costs_no_other(tmp_path, monkeypatch):
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(3):
        (folder / f"{i}.txt").write_text(f"Article {i}. {GOOD}", encoding="utf-8")

    def poisoned(doc, **kw):  # a value no edge cleaned (a lone surrogate) in the second one's sentences
        analysis = analyse(doc, **kw)
        if doc.path.endswith("1.txt"):
            s = analysis.sentences[0]
            analysis = Analysis((type(s)(s.start, s.end, s.text + "\ud800"), *analysis.sentences[1:]),
                                analysis.facts, analysis.findings, analysis.whens)
        return analysis

    monkeypatch.setattr(ingesting, "analyse", poisoned)
    with Store(tmp_path / "t.db") as store:
        result = ingest([folder], store, batch=100)
        assert result.added == 2
        assert [(name, reason.split(" (")[0]) for name, reason in result.failed] == [
            (str(folder / "1.txt"), "cannot be stored")]
        assert sorted(d.path for d in store.documents()) == [str(folder / "0.txt"), str(folder / "2.txt")]
        assert {f.doc for f in store.facts()} == {d.id for d in store.documents()}


def test_dates_not_in_the_text_are_null_not_empty(tmp_path):
    (tmp_path / "a.txt").write_text("Russian President Vladimir Putin visited Beijing.", encoding="utf-8")
    with Store(tmp_path / "t.db") as store:
        ingest([tmp_path / "a.txt"], store, published=__import__("datetime").date(2023, 11, 8))
        rows = {r[0]: r[1:] for r in store.conn.execute(
            "SELECT kind, date_text, date_start, date_end, date_value FROM facts")}
        role = next(f for f in store.facts(kind="role"))
    assert rows["visit"] == (None, None, None, None)  # undated: nothing at all
    assert rows["role"] == (None, None, None, "2023-11-08")  # dated by the publication day, not by words
    assert (role.when.text, role.when.start, role.when.end, role.when.value) == ("", 0, 0, "2023-11-08")
