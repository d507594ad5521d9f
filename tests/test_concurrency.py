import pytest
"""A report, a check and listings run while another process ingests: no lock errors, whole documents only."""
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from checker.store import BUSY_MS, Store

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = 400
LINES = 3  # each article is three one-sentence lines
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def _article(i: int) -> str:
    month = MONTHS[i % 12]
    return (f"Report number {i}\n"
            f"Russian President Vladimir Putin visited Beijing in {month} {2000 + i % 24} to attend a forum.\n"
            f"The talks lasted {i + 2} hours, officials said.\n")


def _snapshot(db: Path) -> dict[str, int]:
    """Sentences per stored document, read in one transaction (one consistent snapshot)."""
    conn = sqlite3.connect(db, timeout=BUSY_MS / 1000)
    try:
        conn.execute("BEGIN")
        ids = [r[0] for r in conn.execute("SELECT id FROM documents")]
        counts = dict(conn.execute("SELECT doc, count(*) FROM sentences GROUP BY doc"))
        conn.execute("COMMIT")
    finally:
        conn.close()
    return {i: counts.get(i, 0) for i in ids}


@pytest.mark.slow
def test_reads_during_an_ingest_see_whole_documents_and_never_a_lock(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(ARTICLES):
        (folder / f"{i:04}.txt").write_text(_article(i), encoding="utf-8")
    draft = tmp_path / "draft.txt"
    draft.write_text(_article(7).replace("July", "March"), encoding="utf-8")
    db = tmp_path / "archive.db"
    Store(db).close()
    writer = subprocess.Popen([sys.executable, "-m", "checker", "ingest", str(folder), "--db", str(db),
                               "--published", "2024-01-15"], cwd=ROOT, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True)
    seen, during, errors = set(), 0, []
    try:
        deadline = time.monotonic() + 120
        while writer.poll() is None and time.monotonic() < deadline:
            snap = _snapshot(db)
            assert all(n == LINES for n in snap.values()), "a document without all its sentences was visible"
            seen.add(len(snap))
            store = Store(db)  # the library path: open, read facts and documents, close
            # facts first: the documents read after them include each fact's (a document is committed
            # with its facts, and the writer may commit more between the two reads)
            fact_docs = {f.doc for f in store.facts()}
            assert fact_docs <= {d.id for d in store.documents()}
            store.close()
            if writer.poll() is None:
                during += 1
            if during % 4 == 1:  # the command line, now and then
                for args in (["documents", "--format", "json"], ["check", str(draft), "--published", "2024-02-01"]):
                    done = subprocess.run([sys.executable, "-m", "checker", *args, "--db", str(db)], cwd=ROOT,
                                          capture_output=True, text=True, timeout=60)
                    if done.returncode not in (0, 1) or "locked" in done.stderr:
                        errors.append((args[0], done.returncode, done.stderr[-500:]))
        out, err = writer.communicate(timeout=120)
    finally:
        if writer.poll() is None:
            writer.kill()
    assert not errors, errors
    assert writer.returncode == 0, err
    assert "locked" not in err and "Traceback" not in err
    assert f"{ARTICLES} documents added" in out
    assert during >= 2, "the reads did not overlap the ingest"
    final = _snapshot(db)
    assert len(final) == ARTICLES and set(final.values()) == {LINES}
    assert all(0 <= n <= ARTICLES for n in seen)


@pytest.mark.slow
def test_two_writers_at_once_both_finish(tmp_path):
    """Two ingests of overlapping folders into one new database: every article once, no lock error."""
    folders = [tmp_path / "a", tmp_path / "b"]
    for k, folder in enumerate(folders):
        folder.mkdir()
        for i in range(k * 30, k * 30 + 60):  # 30 articles in both folders
            (folder / f"{i:04}.txt").write_text(_article(i), encoding="utf-8")
    db = tmp_path / "x.db"
    procs = [subprocess.Popen([sys.executable, "-m", "checker", "ingest", str(f), "--db", str(db), "--jobs", "1"],
                              cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for f in folders]
    results = [p.communicate(timeout=120) for p in procs]
    for p, (out, err) in zip(procs, results):
        assert p.returncode == 0 and "locked" not in err and "Traceback" not in err, err
    snap = _snapshot(db)
    assert len(snap) == 90 and set(snap.values()) == {LINES}


def _open(path, barrier, results):
    barrier.wait()
    try:
        Store(path).close()
        results.put("ok")
    except Exception as e:  # reported to the test, which names it
        results.put(f"{type(e).__name__}: {e}")


@pytest.mark.slow
def test_processes_creating_the_same_new_database_at_once(tmp_path):
    import multiprocessing

    ctx = multiprocessing.get_context("fork")
    for round_ in range(5):
        path = tmp_path / f"new{round_}.db"
        barrier, results = ctx.Barrier(4), ctx.Queue()
        procs = [ctx.Process(target=_open, args=(path, barrier, results)) for _ in range(4)]
        for p in procs:
            p.start()
        for p in procs:
            p.join(60)
        assert sorted(results.get(timeout=5) for _ in procs) == ["ok"] * 4
        store = Store(path)
        assert store.documents() == [] and store.db["sentences_fts"].exists()
        store.close()


@pytest.mark.slow
def test_three_reports_at_once_all_finish(tmp_path):
    """Each report compares the archive and replaces its findings: the three queue for the write."""
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(48):
        (folder / f"{i:04}.txt").write_text(_article(i), encoding="utf-8")
    db = tmp_path / "r.db"
    subprocess.run([sys.executable, "-m", "checker", "ingest", str(folder), "--db", str(db), "--jobs", "2",
                    "--published", "2024-01-15"], cwd=ROOT, capture_output=True, check=True, timeout=120)
    procs = [subprocess.Popen([sys.executable, "-m", "checker", "report", "--db", str(db), "--out",
                               str(tmp_path / f"out{k}")], cwd=ROOT, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for k in range(3)]
    results = [p.communicate(timeout=120) for p in procs]
    for p, (out, err) in zip(procs, results):
        assert p.returncode == 0 and "locked" not in err and "Traceback" not in err, err
    reports = {(tmp_path / f"out{k}" / "report.json").read_text(encoding="utf-8") for k in range(3)}
    assert len(reports) == 1  # the same archive, the same findings
