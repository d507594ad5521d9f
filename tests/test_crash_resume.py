"""A crash between ingest and comparison, workers of a killed ingest, --infer-dates in one
transaction, and findings that do not depend on the order documents came in."""
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from checker import archive
from checker.ingest import ingest
from checker.store import Store

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
ENV = {**os.environ, "PYTHONPATH": str(ROOT)}
linux_only = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="/proc and PR_SET_PDEATHSIG")

# `checker ingest` killed with SIGKILL right when the comparison starts: the documents are committed
KILLED_BEFORE_COMPARING = """
import os, signal, sys
from checker import archive
from checker.cli import cli
archive.refresh = lambda store: os.kill(os.getpid(), signal.SIGKILL)
cli(sys.argv[1:])
"""


def _checker(*args, cwd):
    return subprocess.run([sys.executable, "-m", "checker", *args], cwd=cwd, env=ENV, capture_output=True,
                          text=True, timeout=120)


@pytest.mark.slow
def test_a_kill_between_ingest_and_comparison_is_finished_by_the_next_command(tmp_path):
    killed = subprocess.run([sys.executable, "-c", KILLED_BEFORE_COMPARING, "ingest", "--db", "t.db", "--jobs", "1",
                             str(SEEDS)], cwd=tmp_path, env=ENV, capture_output=True, text=True, timeout=120)
    assert killed.returncode == -signal.SIGKILL
    with Store(tmp_path / "t.db") as store:
        assert len(store.documents()) == len(list(SEEDS.glob("*.txt")))
        assert store.comparison_pending()
        assert all(f.doc for f in store.findings())  # no finding across the archive yet
    stale = _checker("conflicts", "--db", "t.db", cwd=tmp_path)
    assert stale.returncode == 2 and "has not run to the end" in stale.stderr
    again = _checker("ingest", "--db", "t.db", "--jobs", "1", str(SEEDS), cwd=tmp_path)
    assert again.returncode == 0 and "0 documents added" in again.stdout
    listed = _checker("conflicts", "--db", "t.db", "--format", "json", cwd=tmp_path)
    assert listed.returncode == 0
    rules = {json.loads(line)["rule"] for line in listed.stdout.splitlines()}
    assert "date-conflict" in rules and "corroboration" in rules  # the seed findings (README)
    with Store(tmp_path / "t.db") as store:
        assert not store.comparison_pending()


def _children(pid: int) -> set[int]:
    out = set()
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    fields = f.read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                out.add(int(entry))
    return out


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except OSError:
        return False


@pytest.mark.slow
@linux_only
def test_workers_die_with_a_killed_ingest(tmp_path):
    lines = [json.dumps({"text": f"Report {i}. Russian President Vladimir Putin visited Beijing in October "
                                 f"{2000 + i % 24}."}) for i in range(20000)]
    (tmp_path / "many.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    parent = subprocess.Popen([sys.executable, "-m", "checker", "ingest", "--db", "t.db", "--jobs", "2", "many.jsonl"],
                              cwd=tmp_path, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        workers: set[int] = set()
        while len(workers) < 2 and time.monotonic() < deadline and parent.poll() is None:
            workers = _children(parent.pid)
            time.sleep(0.05)
        assert len(workers) >= 2, "the workers did not start"
        time.sleep(0.5)  # past their set-up
        parent.send_signal(signal.SIGKILL)
        parent.wait(10)
        deadline = time.monotonic() + 10
        while any(_alive(w) for w in workers) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert not any(_alive(w) for w in workers)
    finally:
        for w in _children(parent.pid) if parent.poll() is None else ():
            os.kill(w, signal.SIGKILL)
        if parent.poll() is None:
            parent.kill()


def test_infer_dates_replaces_a_document_in_one_transaction(tmp_path, monkeypatch):
    db = tmp_path / "t.db"
    with Store(db) as store:
        ingest([SEEDS], store)
        found = archive.recompute(store)
        before = {d.id: d.published for d in store.documents()}
        undated = [d for d, p in before.items() if p is None]
        assert undated and any("suggested" in f.extra for f in found)

        def failing_add(self, doc, analysis):  # the disk fills in the middle of the replacement
            raise OSError("disk full")

        monkeypatch.setattr(Store, "_add", failing_add)
        with pytest.raises(OSError):
            archive.apply_suggestions(store, found)
        monkeypatch.undo()
        after = {d.id: d.published for d in store.documents()}
        assert after == before  # the document is still there, undated as it was
        assert archive.apply_suggestions(store, found)
        assert len(store.documents()) == len(before)


def test_findings_do_not_depend_on_the_order_of_ingest(tmp_path):
    def run(order: list[Path], name: str):
        with Store(tmp_path / name) as store:
            for path in order:
                ingest([path], store)
            return sorted((f.rule, f.message, f.facts, f.docs, tuple(q.text for q in f.quotes))
                          for f in archive.recompute(store))

    files = sorted(SEEDS.glob("*.txt"))
    forward, backward = run(files, "a.db"), run(files[::-1], "b.db")
    assert forward and forward == backward
