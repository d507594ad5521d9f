"""Parallel ingest: the same store as one process, duplicates, bad inputs, the time budget, streaming."""
import importlib.util
import json
import os
import random
import shutil
import signal
import time

import pytest

from checker.read import documents
from checker import ingest as ingest_module
from checker.read.documents import Problem, read
from checker.ingest import ingest
from checker.store import Store

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
_spec = importlib.util.spec_from_file_location("bench_ingest", os.path.join(ROOT, "benchmarks", "bench_ingest.py"))
bench = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench)


def _contents(store: Store) -> tuple:
    """What is stored, without row ids and insertion times."""
    docs = store.db.execute("SELECT id, path, source, lang, published, published_evidence, text, kept"
                            " FROM documents ORDER BY id").fetchall()
    sentences = store.db.execute('SELECT doc, start, "end", text FROM sentences ORDER BY doc, start').fetchall()
    facts = store.db.execute("SELECT * FROM facts ORDER BY id").fetchall()
    return docs, sentences, facts


@pytest.fixture
def corpus(tmp_path, seeds_dir):
    folder = tmp_path / "in"
    shutil.copytree(seeds_dir, folder)
    rng = random.Random(7)
    bench.write_corpus(folder / "generated.jsonl", 30)
    (folder / "more.jsonl").write_text("\n".join(json.dumps(bench.article(rng, i), ensure_ascii=False)
                                                 for i in range(30, 40)), encoding="utf-8")
    return folder


def test_two_jobs_store_the_same_as_one(tmp_path, corpus):
    one, two = Store(tmp_path / "one.db"), Store(tmp_path / "two.db")
    r1 = ingest([corpus], one, jobs=1)
    r2 = ingest([corpus], two, jobs=2, batch=7)
    assert (r1.added, r1.failed) == (45, []) and (r2.added, r2.failed) == (45, [])
    assert r1.ids == r2.ids  # input order is kept
    a, b = _contents(one), _contents(two)
    assert len(a[2]) > 45  # the generated articles carry facts
    assert a == b
    again = ingest([corpus], two, jobs=2, batch=7)
    assert (again.added, again.skipped_existing) == (0, 45)


def test_a_duplicate_in_the_same_batch_is_stored_once(tmp_path):
    text = "Vladimir Putin visited Beijing on 16 May 2024."
    p = tmp_path / "dups.jsonl"
    p.write_text("\n".join(json.dumps({"text": t}) for t in [text, "Xi Jinping met Putin.", text, text]))
    (tmp_path / "copy.txt").write_text(text)
    for jobs in (1, 2):
        store = Store(tmp_path / f"d{jobs}.db")
        result = ingest([p, tmp_path / "copy.txt"], store, jobs=jobs, batch=100)
        assert (result.added, result.skipped_existing, result.failed) == (2, 3, [])
        assert store.db["documents"].count == 2
        (n,) = store.db.execute("SELECT count(*) FROM facts WHERE kind = 'visit'").fetchone()
        assert n == 1


def test_a_document_already_stored_in_a_batch_is_not_written_twice(tmp_path):
    """Another writer stored it after it was read: the batch still commits the others."""
    store = Store(tmp_path / "s.db")
    other = Store(tmp_path / "s.db")
    docs = [documents.build(documents.Raw(f"n{i}", f"Xi Jinping met Putin {i} times.")) for i in range(3)]
    from checker.pipeline import analyse

    other.add(docs[1], analyse(docs[1]))
    assert store.add_many([(d, analyse(d)) for d in docs]) == [True, False, True]
    assert store.db["documents"].count == 3


def test_bad_inputs_among_good_ones_with_two_jobs(tmp_path):
    (tmp_path / "1.txt").write_text("Putin met Xi in Moscow.")
    (tmp_path / "2.txt").write_bytes(b"bad \x80 byte")
    (tmp_path / "3.txt").write_bytes(b"")
    (tmp_path / "4.jsonl").write_text('{"text": "Xi met Putin."}\n{"text": \n{"text": "Lavrov met Wang Yi."}\n')
    (tmp_path / "5.txt").write_text("Lavrov visited Beijing on 3 May 2021.")
    store = Store(tmp_path / "b.db")
    result = ingest([tmp_path], store, jobs=2, batch=2)
    assert result.added == 4
    assert [name.rsplit("/", 1)[-1] for name, _ in result.failed] == ["2.txt", "3.txt", "4.jsonl:2"]
    assert result.failed[2][1].startswith("not JSON")
    assert store.db["documents"].count == 4


def _slow_analyse(real):
    def analyse(doc):
        if "SLOW" in doc.text:
            time.sleep(30)
        if "CRASH" in doc.text:  # the worker dies (killed for memory, a crash in a library)
            os._exit(1)
        if "STUCK" in doc.text:  # deaf to the timer, like a long call that never looks at signals
            signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
            time.sleep(30)
        return real(doc)
    return analyse


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_document_over_its_time_budget_is_reported_and_the_batch_goes_on(tmp_path, monkeypatch, jobs):
    monkeypatch.setattr(ingest_module, "analyse", _slow_analyse(ingest_module.analyse))
    for i, text in enumerate(["Putin met Xi.", "SLOW text.", "Lavrov met Wang Yi."]):
        (tmp_path / f"{i}.txt").write_text(text)
    store = Store(tmp_path / "t.db")
    start = time.monotonic()
    result = ingest([tmp_path], store, jobs=jobs, doc_timeout=0.5)
    assert time.monotonic() - start < 10
    assert result.added == 2
    assert result.failed == [(str(tmp_path / "1.txt"), "analysis took longer than 0.5 s (the time budget of one document)")]
    assert {d.text for d in store.documents()} == {"Putin met Xi.", "Lavrov met Wang Yi."}


def test_a_stuck_worker_is_replaced_and_the_others_are_analysed(tmp_path, monkeypatch):
    monkeypatch.setattr(ingest_module, "analyse", _slow_analyse(ingest_module.analyse))
    texts = ["STUCK here."] + [f"Putin met Xi {i} times." for i in range(6)]
    for i, text in enumerate(texts):
        (tmp_path / f"{i}.txt").write_text(text)
    store = Store(tmp_path / "t.db")
    start = time.monotonic()
    result = ingest([tmp_path], store, jobs=2, doc_timeout=0.3)
    assert time.monotonic() - start < 10
    assert result.failed == [(str(tmp_path / "0.txt"), "analysis took longer than 0.3 s (the time budget of one document)")]
    assert result.added == 6


def test_a_worker_that_dies_costs_its_document_only(tmp_path, monkeypatch):
    monkeypatch.setattr(ingest_module, "analyse", _slow_analyse(ingest_module.analyse))
    for i, text in enumerate(["Putin met Xi.", "CRASH here.", "Lavrov met Wang Yi.", "Xi met Modi."]):
        (tmp_path / f"{i}.txt").write_text(text)
    result = ingest([tmp_path], Store(tmp_path / "t.db"), jobs=2, batch=10)
    assert result.failed == [(str(tmp_path / "1.txt"), "the analysing process died")]
    assert result.added == 3


def test_a_pool_broken_before_its_work_is_handed_out_costs_no_document(tmp_path, monkeypatch):
    # a worker may die before the future in flight tells of it: the pool then refuses new work at once
    made, pools = ingest_module._pool, []

    def broken_first(jobs):
        pool = made(jobs)
        pools.append(pool)
        if len(pools) == 1:
            with pytest.raises(Exception):
                pool.submit(os._exit, 1).result(timeout=30)  # its worker dies: the pool is broken
        return pool
    monkeypatch.setattr(ingest_module, "_pool", broken_first)
    for i, text in enumerate(["Putin met Xi.", "Lavrov met Wang Yi.", "Xi met Modi."]):
        (tmp_path / f"{i}.txt").write_text(text)
    result = ingest([tmp_path], Store(tmp_path / "t.db"), jobs=2, batch=10)
    assert result.failed == [] and result.added == 3


def test_jsonl_is_read_line_by_line_with_a_limit_per_line(tmp_path, monkeypatch):
    monkeypatch.setattr(documents, "MAX_BYTES", 40)
    p = tmp_path / "a.jsonl"
    lines = [json.dumps({"text": "Putin met Xi."}), json.dumps({"text": "x" * 100}), json.dumps({"text": "Xi met Putin."})]
    p.write_bytes(b"\xef\xbb\xbf" + "\n".join(lines).encode() + b"\n\xff\n")
    got = list(read(p))
    assert [getattr(g, "text", None) for g in got] == ["Putin met Xi.", None, "Xi met Putin.", None]
    assert got[1] == Problem(f"{p}:2", "line too large (limit 40 bytes)")
    assert got[3] == Problem(f"{p}:4", "not UTF-8 text (bad byte at offset 0 of the line)")
    items = read(p)
    assert next(items).text == "Putin met Xi."  # lazily: the first article before the rest is read
    (tmp_path / "empty.jsonl").write_text("\n\n")
    assert list(read(tmp_path / "empty.jsonl")) == [Problem(str(tmp_path / "empty.jsonl"), "empty")]


def test_the_cli_takes_jobs_and_a_time_budget(tmp_path, corpus):
    from click.testing import CliRunner

    from checker.cli import cli

    out = CliRunner().invoke(cli, ["ingest", "--db", str(tmp_path / "c.db"), "--jobs", "2", "--doc-timeout", "20",
                                   str(corpus)])
    assert out.exit_code == 0, out.output
    assert out.stdout == "45 documents added, 0 already stored, 0 failed\n"
    assert "doc/s" in out.stderr
    bad = CliRunner().invoke(cli, ["ingest", "--db", str(tmp_path / "c.db"), "--jobs", "0", str(corpus)])
    assert bad.exit_code == 2 and "--jobs" in bad.stderr
