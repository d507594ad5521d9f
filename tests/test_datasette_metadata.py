"""datasette.json: every table and column it describes is in the store, every column of the store
is described, and each canned query runs on the seeds and returns what it promises."""
import json
import re
import sqlite3
from pathlib import Path

import pytest

from checker import archive
from checker.ingest import ingest
from checker.store import Store

ROOT = Path(__file__).resolve().parent.parent
META = json.loads((ROOT / "datasette.json").read_text(encoding="utf-8"))["databases"]["checker"]


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("datasette") / "checker.db"
    with Store(path) as store:
        ingest([ROOT / "seeds"], store)
        archive.recompute(store)
    conn = sqlite3.connect(path)
    yield conn
    conn.close()


def test_every_table_and_column_is_described_and_exists(db):
    for table in ("documents", "sentences", "facts", "entities", "aliases", "findings", "state"):
        columns = {r[1] for r in db.execute(f"PRAGMA table_info([{table}])")}
        assert set(META["tables"][table]["columns"]) == columns, table


def test_foreign_keys_link_rows_to_their_document(db):
    for table in ("sentences", "facts", "findings"):
        assert [(r[3], r[2], r[4]) for r in db.execute(f"PRAGMA foreign_key_list([{table}])")] == [
            ("doc", "documents", "id")]


def _run(db, name, **params):
    sql = META["queries"][name]["sql"]
    assert set(re.findall(r":(\w+)", sql)) == set(params)
    cur = db.execute(sql, params)
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r)) for r in cur]


def test_conflicts_by_entity_finds_the_seed_conflict_by_an_arabic_alias(db):
    rows = _run(db, "conflicts_by_entity", entity="بوتين")
    assert any(r["rule"] == "date-conflict" and "Belt and Road" in r["message"] for r in rows)
    assert _run(db, "conflicts_by_entity", entity="Nobody Known") == []


def test_facts_by_person_and_the_sources_for_a_claim(db):
    rows = _run(db, "facts_by_person", person="Putin")
    assert rows and all("Vladimir Putin" in (r["subject"], r["object"]) for r in rows)
    finding, facts = db.execute("SELECT id, facts FROM findings WHERE rule = 'date-conflict'").fetchone()
    sources = _run(db, "sources_for_a_claim", finding=finding)
    expected = {r[0] for r in db.execute(
        f"SELECT sentence FROM facts WHERE id IN ({','.join('?' * len(json.loads(facts)))})", json.loads(facts))}
    assert {r["sentence"] for r in sources} == expected and len(sources) >= 2
