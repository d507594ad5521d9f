"""A document's own findings are computed once at ingest and survive every later comparison pass."""
from datetime import date

from checker import archive
from checker.ingest import ingest
from checker.store import Store

# 9 November 2023 was a Thursday, not a Wednesday.
WRONG_WEEKDAY = "Russian President Vladimir Putin met Chinese President Xi Jinping in Moscow on Wednesday, 9 November 2023.\n"
OTHER = "Chinese President Xi Jinping visited Moscow in March 2023.\n"


def _weekday_findings(store):
    return [f for f in store.findings() if f.rule == "weekday-mismatch"]


def test_in_document_findings_are_stored_at_ingest_and_kept(tmp_path):
    (tmp_path / "a.txt").write_text(WRONG_WEEKDAY, encoding="utf-8")
    store = Store(tmp_path / "c.db")
    ingest([tmp_path / "a.txt"], store, published=date(2023, 11, 10))
    stored = _weekday_findings(store)
    assert len(stored) == 1 and "Thursday" in stored[0].message
    assert stored[0].quotes[0].text == "on Wednesday, 9 November 2023"

    assert _weekday_findings(store) == [f for f in archive.recompute(store) if f.rule == "weekday-mismatch"]
    (tmp_path / "b.txt").write_text(OTHER, encoding="utf-8")
    ingest([tmp_path / "b.txt"], store, published=date(2023, 11, 10))
    archive.recompute(store)
    assert _weekday_findings(store) == stored  # the archive pass replaced only its own findings

    doc = store.documents()[0]
    store.remove(doc.id)
    assert doc.path.endswith("a.txt")
    assert not _weekday_findings(store) and all(f.doc != doc.id for f in store.facts())
    assert store.document(doc.id) is None
    store.close()
