"""Usage and input errors end with a message and exit code 2, never a traceback or a silent success."""
import pytest
from click.testing import CliRunner

from checker.cli import cli

ARTICLE = "Chinese President Xi Jinping visited Moscow in March 2023.\n"


def run(*args, stdin=None):
    result = CliRunner().invoke(cli, list(args), input=stdin)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result


@pytest.mark.parametrize("command", [["check", "-"], ["conflicts"], ["report"], ["facts"], ["documents"]])
def test_commands_that_read_the_archive_refuse_a_missing_one(tmp_path, command):
    db = tmp_path / "none.db"
    result = run(*command, "--db", str(db), stdin=ARTICLE)
    assert result.exit_code == 2 and "no such database" in result.output
    assert not db.exists()  # not created as an empty archive that would say "all clear"


def test_ingest_of_an_empty_folder_says_so(tmp_path):
    (tmp_path / "empty").mkdir()
    for command in ("ingest", "report"):
        result = run(command, str(tmp_path / "empty"), "--db", str(tmp_path / "c.db"))
        assert result.exit_code == 2 and "no articles found" in result.output
        assert not (tmp_path / "c.db").exists()


def test_report_writes_what_it_can_and_exits_2_when_an_input_failed(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(ARTICLE, encoding="utf-8")
    (folder / "bad.txt").write_bytes(b"\x00\x01binary")
    result = run("report", str(folder), "--db", str(tmp_path / "c.db"), "--out", str(tmp_path / "out"),
                 "--published", "2023-11-08")
    assert result.exit_code == 2
    assert "1 document added, 0 already stored, 1 failed" in result.output
    assert (tmp_path / "out" / "report.html").exists()


def test_report_to_a_folder_it_cannot_write_is_a_usage_error(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    result = run("report", str(tmp_path / "a.txt"), "--db", str(tmp_path / "c.db"), "--out", str(blocker / "sub"))
    assert result.exit_code == 2 and "cannot write the report" in result.output


def test_an_unknown_fact_kind_is_named_with_the_known_ones(tmp_path):
    db = tmp_path / "c.db"
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    assert run("ingest", str(tmp_path / "a.txt"), "--db", str(db)).exit_code == 0
    result = run("facts", "--db", str(db), "--kind", "visits")
    assert result.exit_code == 2 and "no fact kind 'visits'" in result.output and "trade_volume, visit)" in result.output


def test_ingest_fills_the_entity_catalogue(tmp_path):
    import sqlite_utils

    db = tmp_path / "c.db"
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    run("ingest", str(tmp_path / "a.txt"), "--db", str(db))
    aliases = sqlite_utils.Database(db)["aliases"]
    assert list(aliases.rows_where("alias = ?", ["شي جين بينغ"], select="name")) == [{"name": "Xi Jinping"}]
