"""Databases the checker did not write, or wrote with another schema: migrated or refused, never harmed."""
import sqlite3
import subprocess
import sys

import pytest
from click.testing import CliRunner

from checker.cli import cli
from checker.read.documents import Raw, build
from checker.pipeline import analyse
from checker.store import SCHEMA_VERSION, Store, StoreError
from conftest import sqlite_run as _sqlite

ROOT = __import__("pathlib").Path(__file__).resolve().parent.parent
TEXT = "Russian President Vladimir Putin visited Beijing in October 2023.\n"


def _doc():
    doc = build(Raw("a.txt", TEXT, lang="en"))
    return doc, analyse(doc)


def test_an_older_schema_with_missing_tables_and_columns_is_migrated(tmp_path):
    path = tmp_path / "old.db"
    _sqlite(path, "CREATE TABLE schema_version (version INTEGER PRIMARY KEY)",
            f"INSERT INTO schema_version VALUES ({SCHEMA_VERSION - 1})",
            # an older documents table: no url, no added; no other table yet
            "CREATE TABLE documents (id TEXT PRIMARY KEY NOT NULL, path TEXT, source TEXT, lang TEXT, "
            "published TEXT, published_evidence TEXT, text TEXT, kept TEXT)",
            "INSERT INTO documents (id, path, lang, text, kept) VALUES ('old', 'old.txt', 'en', 'An old article.', "
            "'[[0, 15]]')")
    store = Store(path)
    doc, analysis = _doc()
    assert store.add(doc, analysis)  # the new columns and tables are there
    # the old row survived the migration and reads back
    old = store.document("old")
    assert (old.path, old.url, old.cleaned) == ("old.txt", None, "An old article.")
    assert store.has(doc.id)
    assert max(r["version"] for r in store.db["schema_version"].rows) == SCHEMA_VERSION
    assert len(store.sentences(doc.id)) == 1 and store.facts(kind="visit")
    store.close()


def test_a_current_version_with_a_table_dropped_is_repaired(tmp_path):
    path = tmp_path / "x.db"
    Store(path).close()
    _sqlite(path, "DROP TABLE findings")
    store = Store(path)
    assert store.findings() == []
    store.close()


def test_a_newer_schema_is_refused_and_left_unchanged(tmp_path):
    path = tmp_path / "new.db"
    Store(path).close()
    _sqlite(path, f"UPDATE schema_version SET version = {SCHEMA_VERSION + 1}")
    before = path.read_bytes()
    with pytest.raises(StoreError, match=f"newer than this checker's \\({SCHEMA_VERSION}\\)"):
        Store(path)
    assert path.read_bytes() == before


def test_a_foreign_sqlite_database_is_refused_and_left_unchanged(tmp_path):
    path = tmp_path / "other.db"
    _sqlite(path, "CREATE TABLE documents (id INTEGER PRIMARY KEY, title TEXT)",
            "INSERT INTO documents VALUES (1, 'not ours')")
    before = path.read_bytes()
    with pytest.raises(StoreError, match="not a checker database"):
        Store(path)
    assert path.read_bytes() == before
    result = CliRunner().invoke(cli, ["documents", "--db", str(path)])
    assert result.exit_code == 2 and "not a checker database" in result.output
    assert path.read_bytes() == before


@pytest.mark.parametrize("content", [b"not a database at all\n", b"SQLite format 3\x00" + b"\xff" * 2000,
                                     b"\x00" * 4096, "قاعدة".encode() * 50])
def test_db_pointing_at_a_non_sqlite_file_is_refused_with_exit_2(tmp_path, content):
    path = tmp_path / "notes.db"
    path.write_bytes(content)
    draft = tmp_path / "draft.txt"
    draft.write_text(TEXT, encoding="utf-8")
    for args in (["ingest", str(draft)], ["check", str(draft)], ["documents"], ["report", "--out", str(tmp_path / "r")],
                 ["conflicts"], ["facts"]):
        result = CliRunner().invoke(cli, [*args, "--db", str(path)])
        assert result.exit_code == 2, (args, result.output)
        assert f"Error: {path}: " in result.output and "database" in result.output, (args, result.output)
        assert path.read_bytes() == content, args
    assert not (tmp_path / "r").exists()


def test_the_refusal_is_a_message_not_a_traceback(tmp_path):
    path = tmp_path / "notes.db"
    path.write_bytes(b"SQLite format 3\x00" + b"\xff" * 2000)
    result = subprocess.run([sys.executable, "-m", "checker", "documents", "--db", str(path)],
                            capture_output=True, text=True, cwd=ROOT, timeout=60)
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.startswith(f"Error: {path}: ")


def test_an_older_database_without_the_look_up_indexes_gets_them(tmp_path):
    from checker.store import _INDEXES

    path = tmp_path / "old.db"
    Store(path).close()
    conn = sqlite3.connect(path)
    names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL")]
    with conn:
        for name in names:
            conn.execute(f'DROP INDEX "{name}"')
    conn.close()
    assert len(names) == len(_INDEXES)
    with Store(path) as store:
        assert store.has_index("facts", ["kind", "subject"]) and store.has_index("facts", ["object"])
        assert not store.has_index("facts", ["place"])
        found = {(t, tuple(i.columns)) for t in ("facts", "sentences", "aliases") for i in store.db[t].indexes}
        assert {(t, tuple(cols)) for t, cols in _INDEXES} <= found
        plan = " ".join(r[3] for r in store.conn.execute(
            "EXPLAIN QUERY PLAN SELECT id FROM facts WHERE kind = 'visit' AND subject = 'x' AND place = 'y'"))
        assert "USING INDEX" in plan, plan
    # a database that has them is not written to when opened again
    before = path.read_bytes()
    Store(path).close()
    assert path.read_bytes() == before
