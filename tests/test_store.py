"""The SQLite store: schema, one transaction per document, round trips of facts and findings."""
import sqlite3
from datetime import date

import pytest

from checker import model
from checker.documents import Raw, build
from checker.pipeline import Analysis, analyse
from checker.sentences import Sentence
from checker.store import SCHEMA_VERSION, Store, StoreError

TEXT = "التقى بوتين شي في موسكو.\nوزاد حجم التجارة 25% العام الماضي."


@pytest.fixture
def store():
    return Store(memory=True)


def _fact(doc_id, **kw):
    when = model.When("العام الماضي", 50, 62, "2022", "year", date(2022, 1, 1), date(2022, 12, 31),
                      approximate=False, resolved_by="publication", explanation="last year of 2023", tense="past",
                      rule="ar/dates/last-year")
    qty = model.Quantity("25%", 44, 47, 25.0, 24.5, 25.5, "percent", "rounded", "ar/quantities/percent")
    base = dict(doc=doc_id, kind="trade_growth", subject="Russia", object="China", when=when, quantity=qty,
                sentence="وزاد حجم التجارة 25% العام الماضي.", span=(26, 62), rule="ar/events/trade-growth")
    return model.Fact(**{**base, **kw})


def test_schema(store):
    names = set(store.db.table_names())
    assert {"documents", "sentences", "facts", "entities", "aliases", "findings", "schema_version",
            "sentences_fts"} <= names
    assert [r["version"] for r in store.db["schema_version"].rows] == [SCHEMA_VERSION]
    indexed = {tuple(i.columns) for i in store.db["facts"].indexes}
    assert {("kind",), ("subject",)} <= indexed


def test_add_is_idempotent_and_stores_sentences(store):
    doc = build(Raw("a.txt", TEXT, published=date(2023, 11, 8), published_from="manifest"))
    analysis = analyse(doc)
    assert store.add(doc, analysis) is True
    assert store.add(doc, analysis) is False
    assert store.db["documents"].count == 1
    assert store.db["sentences"].count == len(analysis.sentences) == 2
    assert store.documents() == [doc]
    assert store.document(doc.id[:10]) == doc and store.document("ffff") is None
    rows = store.sentences(doc.id)
    assert [TEXT[r["start"]:r["end"]] for r in rows] == [r["text"] for r in rows]
    assert [r["text"] for r in store.search("موسكو")] == ["التقى بوتين شي في موسكو."]


def test_facts_round_trip_with_nested_when_and_quantity(store):
    doc = build(Raw("a.txt", TEXT))
    fact = _fact(doc.id)
    other = _fact(doc.id, kind="visit", subject="Xi", object=None, place="Moscow", when=None, quantity=None,
                  span=(0, 24), modality="planned")
    store.add(doc, Analysis(analyse(doc).sentences, (fact, other)))
    got = store.facts(kind="trade_growth")
    assert len(got) == 1 and got[0].id
    assert got[0] == model.Fact(**{**fact.__dict__, "id": got[0].id})
    (visit,) = store.facts(entity="Moscow")
    assert visit.when is None and visit.quantity is None and visit.modality == "planned" and visit.subject == "Xi"
    assert len(store.facts()) == 2 and store.facts(entity="Nobody") == []


def test_a_failure_mid_document_leaves_nothing(store):
    doc = build(Raw("a.txt", TEXT))

    class Broken:
        kind = "visit"

    with pytest.raises(AttributeError):
        store.add(doc, Analysis((Sentence(0, 5, TEXT[:5]),), (Broken(),)))
    assert store.db["documents"].count == 0 and store.db["sentences"].count == 0
    assert store.add(doc, analyse(doc)) is True


def test_findings_are_replaced_and_read_back(store):
    quote = model.Quote("abc", 0, 5, "التقى")
    f1 = model.Finding("date-conflict", "error", "visit", "dates differ", ("f1", "f2"), ("abc", "def"),
                       (quote,), ("2023-10", "XXXX-02"), {"gap_days": 90})
    store.replace_findings([f1])
    store.replace_findings([f1, model.Finding("corroboration", "info", "meeting", "agree")])
    got = store.findings()
    assert got[0] == f1 and got[0].extra == {"gap_days": 90}
    assert got[1].rule == "corroboration" and got[1].quotes == ()


def test_file_store_uses_wal_and_a_busy_timeout(tmp_path):
    s = Store(tmp_path / "x.db")
    assert s.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert s.db.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000
    s.close()
    assert Store(tmp_path / "x.db").documents() == []  # reopening keeps the schema


def test_not_a_database_is_a_clear_error(tmp_path):
    p = tmp_path / "notes.db"
    p.write_text("hello, not sqlite")
    with pytest.raises(StoreError, match="not a SQLite database"):
        Store(p)
    with pytest.raises(StoreError, match="is a folder"):
        Store(tmp_path)


def test_newer_schema_is_refused(tmp_path):
    p = tmp_path / "new.db"
    Store(p).close()
    with sqlite3.connect(p) as conn:
        conn.execute("UPDATE schema_version SET version = ?", [SCHEMA_VERSION + 1])
    with pytest.raises(StoreError, match="newer"):
        Store(p)
