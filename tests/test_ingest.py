"""Batch ingest: metadata precedence, bad inputs, idempotence, and a crash mid-batch."""
import io
import json
import shutil
import signal
import subprocess
import sys
import textwrap
from datetime import date

import pytest

from checker.read.documents import build, read
from checker.ingest import ingest
from checker.pipeline import analyse
from checker.store import Store


@pytest.fixture
def store():
    return Store(memory=True)


def _by_file(store):
    return {d.path.rsplit("/", 1)[-1][:3]: d for d in store.documents()}


def test_seeds_with_their_manifest(store, seeds_dir):
    result = ingest([seeds_dir], store)
    assert (result.added, result.skipped_existing, result.failed) == (5, 0, [])
    docs = _by_file(store)
    assert {k: d.published for k, d in docs.items()} == {
        "000": None, "001": None, "002": date(2022, 12, 30), "003": date(2023, 11, 8), "004": None}
    assert all(d.lang == "ar" for d in docs.values())
    assert docs["002"].published_evidence.startswith(f"manifest {seeds_dir}/manifest.jsonl; the header agrees")
    assert docs["002"].source == "يمن فريدم (Yemen Freedom), via Asharq Bloomberg"


def test_seeds_without_a_manifest_date_002_from_its_header(store, seeds_dir, tmp_path):
    for p in seeds_dir.glob("*.txt"):
        shutil.copy(p, tmp_path)
    ingest([tmp_path], store)
    docs = _by_file(store)
    assert docs["002"].published == date(2022, 12, 30)
    assert "chose 2022-12-30" in docs["002"].published_evidence and "Friday" in docs["002"].published_evidence
    assert docs["003"].published == date(2023, 11, 8)
    assert docs["000"].published is None and docs["000"].source is None


def test_reingest_is_idempotent_and_same_text_is_one_document(store, seeds_dir, tmp_path):
    ingest([seeds_dir], store)
    result = ingest([seeds_dir], store)
    assert (result.added, result.skipped_existing) == (0, 5)
    (p,) = seeds_dir.glob("003_*.txt")
    shutil.copy(p, tmp_path / "copy.txt")
    result = ingest([tmp_path / "copy.txt"], store)
    assert (result.added, result.skipped_existing) == (0, 1)
    assert store.db["documents"].count == 5


def test_arguments_and_given_manifest_override(store, tmp_path):
    (tmp_path / "a.txt").write_text("التقى بوتين شي في موسكو.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Putin met Xi in Moscow.", encoding="utf-8")
    (tmp_path / "manifest.jsonl").write_text(json.dumps({"file": "a.txt", "published": "2020-01-01", "source": "S1"}))
    other = tmp_path / "other.jsonl"
    other.write_text(json.dumps({"file": "a.txt", "published": "2021-02-03", "source": "S2"}))
    ingest([tmp_path / "a.txt"], store, manifest=other)
    (doc,) = store.documents()
    assert (doc.published, doc.source) == (date(2021, 2, 3), "S2")
    assert doc.published_evidence == f"manifest {other}"
    ingest([tmp_path / "b.txt"], store, published=date(2022, 5, 6), source="CLI")
    doc = next(d for d in store.documents() if d.path.endswith("b.txt"))
    assert (doc.published, doc.source, doc.published_evidence) == (date(2022, 5, 6), "CLI", "given with --published")


def test_bad_inputs_are_reported_and_the_batch_goes_on(store, tmp_path):
    (tmp_path / "1-good.txt").write_text("التقى بوتين شي في موسكو.", encoding="utf-8")
    (tmp_path / "2-empty.txt").write_bytes(b"")
    (tmp_path / "3-binary.txt").write_bytes(b"\x89PNG\x00\x00")
    (tmp_path / "4-latin1.txt").write_bytes("café".encode("latin-1"))
    (tmp_path / "5-lines.jsonl").write_text('{"text": "Putin met Xi."}\nnot json\n{"text": "Xi met Putin."}\n')
    seen = []
    result = ingest([tmp_path, tmp_path / "missing.txt"], store, progress=lambda d, t, n: seen.append((d, t)))
    assert result.added == 3
    assert result.failed == [
        (str(tmp_path / "2-empty.txt"), "empty"),
        (str(tmp_path / "3-binary.txt"), "binary file (NUL bytes)"),
        (str(tmp_path / "4-latin1.txt"), "not UTF-8 text (bad byte at offset 3)"),
        (f"{tmp_path / '5-lines.jsonl'}:2", "not JSON (Expecting value)"),
        (str(tmp_path / "missing.txt"), "no such file"),
    ]
    assert seen == [(i, 6) for i in range(1, 7)]


def test_stdin_and_a_language_without_rules(store):
    ingest(["-"], store, stdin=io.BytesIO("Путин встретился с Си в Москве.".encode()))
    (doc,) = store.documents()
    assert doc.path == "<stdin>" and doc.lang == "und"
    assert store.db["sentences"].count == 1 and store.facts() == []


CRASH = textwrap.dedent("""
    import os, signal, sys
    from checker import store as st
    from checker.ingest import ingest

    original = st.Store._insert
    calls = []

    def insert(self, table, rows, ignore=False):
        cur = original(self, table, rows, ignore)
        if table == "sentences":
            calls.append(table)
            if len(calls) == 2:  # inside the second document's transaction
                os.kill(os.getpid(), signal.SIGKILL)
        return cur

    st.Store._insert = insert
    ingest([sys.argv[2]], st.Store(sys.argv[1]))
""")


def test_a_crash_mid_batch_leaves_whole_documents_only(tmp_path, seeds_dir):
    db = tmp_path / "crash.db"
    proc = subprocess.run([sys.executable, "-c", CRASH, str(db), str(seeds_dir)], capture_output=True, timeout=120)
    assert proc.returncode == -signal.SIGKILL, proc.stderr.decode()
    store = Store(db)
    docs = store.documents()
    assert len(docs) == 1
    for doc in docs:
        assert len(store.sentences(doc.id)) == len(analyse(doc).sentences) > 0
    (orphans,) = store.db.execute("SELECT count(*) FROM sentences WHERE doc NOT IN (SELECT id FROM documents)").fetchone()
    assert orphans == 0
    assert store.db["sentences_fts"].count == store.db["sentences"].count
    result = ingest([seeds_dir], store)
    assert (result.added, result.skipped_existing) == (4, 1)


def test_build_from_read_matches_what_is_stored(store, seeds_dir):
    (p,) = seeds_dir.glob("004_*.txt")
    (raw,) = list(read(p))
    ingest([p], store)
    (doc,) = store.documents()
    assert doc.kept == build(raw).kept and doc.text == raw.text


def test_pages_of_furniture_and_long_tickers_go_in_without_failing(tmp_path):
    from pathlib import Path

    from checker.ingest import ingest
    from checker.store import Store

    heads = "\n".join(f"Headline {n} on the weather in town {n % 97}" for n in range(5000))
    para = ("The Kenyan president arrived in Washington on Monday for a state visit that the two governments "
            "say will focus on trade, security and the debts of poorer countries.")
    (tmp_path / "furniture.txt").write_text("More Stories\nFloods close roads\nShare this article\nFacebook\n")
    (tmp_path / "ticker.txt").write_text(f"Latest news\n{heads}\nRuto lands in Washington\n{para}\n")
    (tmp_path / "future.txt").write_text(f"1 January 2099\n{para}\n")
    with Store(tmp_path / "x.db") as store:
        result = ingest([tmp_path], store)
        assert result.failed == [] and result.added == 3
        docs = {Path(d.path).name: d for d in store.documents()}
    assert docs["future.txt"].published is None and "in the future" in docs["future.txt"].published_evidence
