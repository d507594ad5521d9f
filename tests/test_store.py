"""The SQLite store: schema, one transaction per document, round trips of facts and findings."""
import sqlite3
from datetime import date

import pytest

from checker import model
from checker.read.documents import Raw, build
from checker.pipeline import Analysis, analyse
from checker.extract.sentences import Sentence
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


def test_reading_a_store_needs_no_sqlite_utils(tmp_path):
    """A read-only store (what `checker check` opens) is plain SQL: sqlite-utils, a tenth of the
    command's start, is imported only by a store that writes."""
    import subprocess
    import sys
    from pathlib import Path

    p = tmp_path / "x.db"
    with Store(p) as s:
        _archive(s)
    probe = ("import sys; from checker.store import Store; s = Store(sys.argv[1], read_only=True); "
             "n = len(s.facts()) + len(s.doc_meta()); print(n, 'sqlite_utils' in sys.modules); "
             "s.documents(); print('sqlite_utils' in sys.modules)")
    done = subprocess.run([sys.executable, "-c", probe, str(p)], capture_output=True, text=True,
                          cwd=Path(__file__).resolve().parent.parent)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["6", "False", "True"]  # 4 facts, 2 documents; then a listing needs it


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


def _archive(store):
    """Two documents: a meeting stored both ways round, a visit, a role."""
    a = build(Raw("b/a.txt", "Putin met Xi. Xi went to Moscow.", source="Wire", published=date(2023, 3, 21),
                  published_from="manifest"))
    b = build(Raw("a/b.txt", "Xi met Putin. Li was premier."))
    store.add(a, Analysis((), (
        _fact(a.id, kind="meeting", subject="Putin", object="Xi", span=(0, 13), quantity=None),
        _fact(a.id, kind="visit", subject="Xi", object=None, place="Moscow", span=(14, 32), quantity=None))))
    store.add(b, Analysis((), (
        _fact(b.id, kind="meeting", subject="Xi", object="Putin", span=(0, 13), quantity=None),
        _fact(b.id, kind="role", subject="Li", object="Chinese premier", span=(14, 29), quantity=None))))
    return a, b


def test_doc_meta_has_no_text_and_keeps_the_document_order(store):
    a, b = _archive(store)
    meta = store.doc_meta()
    assert list(meta) == [b.id, a.id]  # by path: a/b.txt before b/a.txt
    assert (meta[a.id].path, meta[a.id].source, meta[a.id].published) == ("b/a.txt", "Wire", date(2023, 3, 21))
    assert meta[b.id].published is None and not hasattr(meta[a.id], "text")
    assert list(store.doc_meta([a.id, "unknown"])) == [a.id] and store.doc_meta([]) == {}


def test_quote_texts_are_read_at_their_spans(store):
    a, _ = _archive(store)
    got = store.quote_texts([(a.id, 0, 5), (a.id, 14, 16), (a.id, 3, 3), ("unknown", 0, 4)])
    assert got == {(a.id, 0, 5): "Putin", (a.id, 14, 16): "Xi"}


def test_block_facts_binds_values_and_refuses_unknown_columns(store):
    a, b = _archive(store)
    (visit,) = store.block_facts(["visit"], subject="Xi", place="Moscow")
    assert visit.doc == a.id and visit.place == "Moscow"
    assert [f.doc for f in store.block_facts(["meeting", "role"], subject="Xi", object="Putin")] == [b.id]
    assert list(store.block_facts(["visit"], subject="Xi' OR '1'='1", place="Moscow")) == []
    assert list(store.block_facts(["visit' OR '1'='1"], subject="Xi", place="Moscow")) == []
    with pytest.raises(ValueError, match="no such column of facts: place\\] = 1 OR \\[place"):
        list(store.block_facts(["visit"], **{"place] = 1 OR [place": "x"}))


def test_facts_about_an_entity_take_either_side_of_a_pair_kind_only(store):
    _archive(store)
    assert sorted(f.kind for f in store.facts_about("Xi", {"meeting"})) == ["meeting", "meeting", "visit"]
    assert sorted(f.kind for f in store.facts_about("Xi")) == ["meeting", "visit"]
    assert store.facts_about("Chinese premier", {"meeting"}) == []  # a role's object is not its subject


def test_streams_put_each_block_together(store):
    _archive(store)
    by_subject = [(f.kind, f.subject) for f in store.facts_by_subject(["meeting"])]
    # both meetings share the smaller name of their pair, so they are neighbours
    assert sorted(by_subject[:2]) == [("meeting", "Putin"), ("meeting", "Xi")]
    assert by_subject[2:] == [("role", "Li"), ("visit", "Xi")]
    assert [f.object for f in store.facts_by_object(["role"])] == ["Chinese premier"]
    assert store.facts_by_ids([f.id for f in store.facts(kind="role")])[0].subject == "Li"


def test_equal_dates_read_back_as_one_object(store):
    _archive(store)
    first, *rest = store.facts()
    assert all(f.when is first.when for f in rest)


def test_with_closes_the_store(tmp_path):
    with Store(tmp_path / "x.db") as store:
        assert store.documents() == []
    with pytest.raises(sqlite3.ProgrammingError):
        store.conn.execute("SELECT 1")


def test_a_failed_setup_closes_its_connection(tmp_path, monkeypatch):
    p = tmp_path / "new.db"
    Store(p).close()
    with sqlite3.connect(p) as conn:
        conn.execute("UPDATE schema_version SET version = ?", [SCHEMA_VERSION + 1])
    opened = []
    real = sqlite3.connect
    monkeypatch.setattr(sqlite3, "connect", lambda *a, **kw: opened.append(real(*a, **kw)) or opened[-1])
    with pytest.raises(StoreError, match="newer"):
        Store(p)
    with pytest.raises(sqlite3.ProgrammingError, match="closed"):
        opened[0].execute("SELECT 1")
