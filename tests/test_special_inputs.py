"""Special files, odd paths and odd text: each is refused with a one-line reason, the rest of
the batch is stored, and nothing hangs, recurses or prints a traceback."""
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from checker.read import documents
from checker.cli import cli
from checker.read.documents import Problem
from checker.ingest import ingest
from checker.store import Store

ROOT = Path(__file__).resolve().parent.parent
GOOD = "Russian President Vladimir Putin visited Beijing in October 2023 to attend the Belt and Road Forum."
OTHER = "Chinese President Xi Jinping visited Moscow in March 2023."
posix_only = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="FIFOs and devices are POSIX")


def _checker(*args, cwd, timeout=60):
    """The command line in its own process, so that a hang fails the test instead of the suite."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "checker", *args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=timeout)


def _stored_paths(db: Path) -> set[str]:
    with Store(db) as store:
        return {d.path for d in store.documents()}


@posix_only
def test_devices_and_a_fifo_are_refused_without_reading_them(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    done = _checker("ingest", "--db", "t.db", "--jobs", "1", "/dev/zero", "/dev/urandom", "pipe.txt", "good.txt",
                    cwd=tmp_path)
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert "failed: /dev/zero: not a regular file: a character device" in done.stderr
    assert "failed: /dev/urandom: not a regular file: a character device" in done.stderr
    assert "failed: pipe.txt: not a regular file: a named pipe (FIFO)" in done.stderr
    assert _stored_paths(tmp_path / "t.db") == {"good.txt"}


@pytest.mark.slow
@posix_only
@pytest.mark.parametrize("command", [["check"], ["dates"]])
def test_check_and_dates_refuse_a_fifo_instead_of_waiting_on_it(tmp_path, command):
    os.mkfifo(tmp_path / "pipe.txt")
    _checker("ingest", "--db", "t.db", "--jobs", "1", str(ROOT / "seeds"), cwd=tmp_path)
    done = _checker(*command, "pipe.txt", *(["--db", "t.db"] if command == ["check"] else []), cwd=tmp_path)
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == ["Error: pipe.txt: not a regular file: a named pipe (FIFO)"]


@posix_only
def test_every_skipped_folder_entry_is_reported_with_its_reason(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(GOOD, encoding="utf-8")
    os.mkfifo(folder / "pipe.txt")
    (folder / "dangling.txt").symlink_to(folder / "nowhere.txt")
    (folder / "loop1.txt").symlink_to(folder / "loop2.txt")
    (folder / "loop2.txt").symlink_to(folder / "loop1.txt")
    (folder / "up").symlink_to(folder)  # a loop through a folder link
    found = documents.expand([folder])
    assert found == [
        Problem(str(folder / "dangling.txt"), "skipped: a symbolic link to nothing"),
        folder / "good.txt",
        Problem(str(folder / "loop1.txt"), "skipped: a loop of symbolic links"),
        Problem(str(folder / "loop2.txt"), "skipped: a loop of symbolic links"),
        Problem(str(folder / "pipe.txt"), "skipped: not a regular file: a named pipe (FIFO)"),
        Problem(str(folder / "up"), "skipped: a link to a folder (not followed)"),
    ]
    with Store(tmp_path / "t.db") as store:
        result = ingest([folder], store)
        assert result.added == 1 and len(result.failed) == 5
        assert [d.path for d in store.documents()] == [str(folder / "good.txt")]


def test_an_unreadable_subfolder_is_reported_and_the_rest_walked(tmp_path, monkeypatch):
    (tmp_path / "closed").mkdir()
    (tmp_path / "closed" / "hidden.txt").write_text(OTHER, encoding="utf-8")
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    scandir = os.scandir

    def refusing(path):  # root reads any folder: the refusal is simulated
        if Path(path).name == "closed":
            raise PermissionError(13, "Permission denied", str(path))
        return scandir(path)

    monkeypatch.setattr(documents.os, "scandir", refusing)
    assert documents.expand([tmp_path]) == [
        Problem(str(tmp_path / "closed"), "folder skipped: cannot read it (Permission denied)"),
        tmp_path / "good.txt"]


def test_a_folder_1000_levels_deep_is_walked_without_recursion(tmp_path):
    here = os.getcwd()
    try:
        os.chdir(tmp_path)
        for _ in range(1000):  # relative steps: the absolute path outgrows what one call takes
            os.mkdir("d")
            os.chdir("d")
        Path("deep.txt").write_text(GOOD, encoding="utf-8")
    finally:
        os.chdir(here)
    (tmp_path / "top.txt").write_text(OTHER, encoding="utf-8")
    try:
        found = documents.expand([tmp_path])
        assert len(found) == 2 and all(isinstance(f, Path) for f in found)
        assert found[0].name == "deep.txt" and len(found[0].relative_to(tmp_path).parts) == 1001
    finally:
        _remove_deep(tmp_path / "d")


def _remove_deep(top: Path) -> None:
    """shutil.rmtree recurses: pytest could not clean this folder up."""
    here = os.getcwd()
    try:
        os.chdir(top)
        depth = 1
        while os.path.isdir("d"):
            os.chdir("d")
            depth += 1
        for name in os.listdir("."):
            os.remove(name)
        for _ in range(depth):
            os.chdir("..")
            os.rmdir("d")
    finally:
        os.chdir(here)


def test_an_unreadable_file_on_the_command_line_costs_only_itself(tmp_path, monkeypatch):
    (tmp_path / "closed.txt").write_text(OTHER, encoding="utf-8")
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    opened = os.open

    def refusing(path, *args, **kw):  # as root, chmod 000 would not stop the read: simulated
        if Path(path).name == "closed.txt":
            raise PermissionError(13, "Permission denied", str(path))
        return opened(path, *args, **kw)

    monkeypatch.setattr(documents.os, "open", refusing)
    # click itself would refuse the whole batch for a path that os.access calls unreadable
    monkeypatch.setattr(os, "access", lambda path, mode, **kw: Path(path).name != "closed.txt")
    db = tmp_path / "t.db"
    result = CliRunner().invoke(cli, ["ingest", "--db", str(db), "--jobs", "1", str(tmp_path / "closed.txt"),
                                      str(tmp_path / "good.txt")])
    assert result.exit_code == 2
    assert f"failed: {tmp_path / 'closed.txt'}: cannot read: Permission denied" in result.output
    assert _stored_paths(db) == {str(tmp_path / "good.txt")}


@pytest.mark.parametrize("field", ["text", "source", "id", "url"])
def test_a_lone_surrogate_in_a_jsonl_field_costs_nothing(tmp_path, field):
    line = {"text": OTHER + " ", "source": "Agency", "id": "a1", "url": "https://example.org/a"}
    line[field] += "\ud800"  # json.dumps writes it as the escape \ud800, which json.loads accepts
    path = tmp_path / "in.jsonl"
    path.write_text(json.dumps({"text": GOOD, "id": "g"}) + "\n" + json.dumps(line) + "\n", encoding="utf-8")
    with Store(tmp_path / "t.db") as store:
        result = ingest([path], store, batch=100)
        assert (result.added, result.failed) == (2, [])
        docs = {d.path: d for d in store.documents()}
    bad = next(d for d in docs.values() if d.text.startswith(OTHER))
    value = {"text": bad.text, "source": bad.source, "id": bad.path, "url": bad.url}[field]
    assert "\ufffd" in value and "\ud800" not in value


def test_a_deeply_nested_jsonl_line_is_refused_and_its_neighbours_stored(tmp_path):
    path = tmp_path / "in.jsonl"
    nested = '{"text": "x", "extra": ' + "[" * 100_000 + "]" * 100_000 + "}"
    path.write_text("\n".join([json.dumps({"text": GOOD}), nested, json.dumps({"text": OTHER})]) + "\n",
                    encoding="utf-8")
    with Store(tmp_path / "t.db") as store:
        result = ingest([path], store, batch=100)
        assert result.failed == [(f"{path}:2", "JSON nested too deeply")]
        assert result.added == 2


def test_a_link_loop_named_on_the_command_line_costs_only_itself(tmp_path):
    (tmp_path / "a.txt").symlink_to(tmp_path / "b.txt")
    (tmp_path / "b.txt").symlink_to(tmp_path / "a.txt")
    (tmp_path / "good.txt").write_text(GOOD, encoding="utf-8")
    with Store(tmp_path / "t.db") as store:
        result = ingest([tmp_path / "a.txt", tmp_path / "good.txt"], store)
        assert result.failed == [(str(tmp_path / "a.txt"), "a loop of symbolic links")]
        assert result.added == 1
