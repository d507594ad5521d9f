"""Control characters from file names, JSONL ids and article text never reach the terminal:
`documents`, `facts`, `check` and error lines show them as escapes."""
import json

import pytest
from click.testing import CliRunner

from checker.cli import cli

TITLE = "\x1b]0;owned\x07"  # OSC: sets the window title
CLEAR = "\x1b[2J\x9b2J"  # clear-screen, as ESC [ and as the C1 CSI
VISIT = "Russian President Vladimir Putin visited Beijing in {month} 2023 to attend the Belt and Road Forum."


def _assert_printable(output: str) -> None:
    assert not any(c in output for c in "\x1b\x07\x9b"), repr(output)


@pytest.fixture
def db(tmp_path):
    (tmp_path / f"a{CLEAR}.txt").write_text(VISIT.format(month="October"), encoding="utf-8")
    (tmp_path / "b.jsonl").write_text(json.dumps({"id": TITLE, "text": VISIT.format(month="February") + CLEAR}) + "\n",
                                      encoding="utf-8")
    path = str(tmp_path / "t.db")
    result = CliRunner().invoke(cli, ["ingest", "--db", path, "--jobs", "1", "--published", "2023-11-08",
                                      str(tmp_path / f"a{CLEAR}.txt"), str(tmp_path / "b.jsonl")])
    assert result.exit_code == 0, result.output
    _assert_printable(result.output)
    return path


@pytest.mark.parametrize("command", [["documents"], ["facts"], ["facts", "--format", "json"], ["conflicts"],
                                     ["documents", "--format", "json"]])
def test_listings_show_control_characters_as_escapes(db, command):
    result = CliRunner().invoke(cli, [*command, "--db", db])
    assert result.exit_code == 0, result.output
    _assert_printable(result.output)
    if command[0] == "documents":
        assert "\\x1b]0;owned\\x07" in result.output or "\\u001b]0;owned" in result.output


def test_check_shows_the_draft_name_and_the_archive_escaped(db, tmp_path):
    draft = tmp_path / f"draft{TITLE}.txt"
    draft.write_text(VISIT.format(month="February"), encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", str(draft), "--db", db, "--published", "2023-11-20"])
    assert result.exit_code == 0, result.output  # a warning: one source agrees with the draft
    assert "a\\x1b[2J\\x9b2J says October 2023" in result.output
    _assert_printable(result.output)
    assert "draft\\x1b]0;owned\\x07.txt:1:" in result.output


def test_an_error_line_shows_a_file_name_escaped(tmp_path):
    result = CliRunner().invoke(cli, ["dates", str(tmp_path / f"missing{CLEAR}.txt")])
    assert result.exit_code == 2
    _assert_printable(result.output)
    assert "missing\\x1b[2J\\x9b2J.txt" in result.output
