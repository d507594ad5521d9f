"""`checker ingest` and `checker documents` through click's CliRunner: exact output, then the database."""
import hashlib
import json
import subprocess
import sys

import pytest
import sqlite_utils
from click.testing import CliRunner

from checker.cli import cli


def _id(path):
    return hashlib.sha256(path.read_text(encoding="utf-8").encode()).hexdigest()


def test_ingest_seeds_then_documents(tmp_path, seeds_dir):
    runner = CliRunner()
    db = str(tmp_path / "c.db")
    result = runner.invoke(cli, ["ingest", "--db", db, str(seeds_dir)])
    assert result.exit_code == 0, result.output
    assert result.stdout == "5 documents added, 0 already stored, 0 failed\n"
    rows = list(sqlite_utils.Database(db)["documents"].rows_where(order_by="path", select="path, lang, published"))
    assert [r["published"] for r in rows] == [None, None, "2022-12-30", "2023-11-08", None]
    assert {r["lang"] for r in rows} == {"ar"}

    again = runner.invoke(cli, ["ingest", "--db", db, str(seeds_dir)])
    assert again.stdout == "0 documents added, 5 already stored, 0 failed\n" and again.exit_code == 0

    listing = runner.invoke(cli, ["documents", "--db", db])
    assert listing.exit_code == 0
    seeds = sorted(seeds_dir.glob("*.txt"))
    header_002 = ("header dates 2024-11-21, 2022-12-30; set aside 2024-11-21 (the site's banner: at the top, later than "
                  "every other date, no evidence); chose 2022-12-30: repeated in the text; "
                  "the text's 'الجمعة' (Friday) fits it")
    manifest = f"manifest {seeds_dir}/manifest.jsonl"
    expected = [
        f"{_id(seeds[0])[:12]}  {seeds[0]}  ar  null  no date found",
        f"{_id(seeds[1])[:12]}  {seeds[1]}  ar  null  no date found",
        f"{_id(seeds[2])[:12]}  {seeds[2]}  ar  2022-12-30  {manifest}; the header agrees ({header_002})",
        f"{_id(seeds[3])[:12]}  {seeds[3]}  ar  2023-11-08  {manifest}; the header agrees "
        "(header date 2023-11-08; the text's 'الأربعاء' (Wednesday) fits it)",
        f"{_id(seeds[4])[:12]}  {seeds[4]}  ar  null  no date found",
    ]
    assert listing.stdout.splitlines() == expected

    as_json = [json.loads(line) for line in runner.invoke(cli, ["documents", "--db", db, "--format", "json"]).stdout.splitlines()]
    assert [d["published"] for d in as_json] == [None, None, "2022-12-30", "2023-11-08", None]
    assert as_json[2]["id"] == _id(seeds[2]) and as_json[2]["rules"] is True
    assert as_json[2]["published_evidence"].endswith(f"({header_002})")


def test_failed_inputs_exit_2_with_reasons_on_stderr(tmp_path):
    (tmp_path / "good.txt").write_text("Putin met Xi in Moscow.")
    (tmp_path / "empty.txt").write_text("")
    result = CliRunner().invoke(cli, ["ingest", "--db", str(tmp_path / "c.db"), str(tmp_path / "good.txt"),
                                      str(tmp_path / "empty.txt")])
    assert result.exit_code == 2
    assert result.stdout == "1 document added, 0 already stored, 1 failed\n"
    assert result.stderr == f"failed: {tmp_path / 'empty.txt'}: empty\n1 input failed\n"
    assert sqlite_utils.Database(tmp_path / "c.db")["documents"].count == 1


def test_options_stdin_and_a_language_without_rules(tmp_path):
    db = str(tmp_path / "c.db")
    result = CliRunner().invoke(cli, ["ingest", "--db", db, "--published", "2024-05-16", "--source", "TASS", "-"],
                                input="Путин встретился с Си в Москве.")
    assert result.exit_code == 0 and result.stdout == "1 document added, 0 already stored, 0 failed\n"
    (row,) = sqlite_utils.Database(db)["documents"].rows
    assert (row["path"], row["lang"], row["published"], row["source"]) == ("<stdin>", "und", "2024-05-16", "TASS")
    listing = CliRunner().invoke(cli, ["documents", "--db", db]).stdout
    assert listing == f"{row['id'][:12]}  <stdin>  und (no rules for this language)  2024-05-16  given with --published\n"


def test_bad_usage_and_bad_database(tmp_path):
    runner = CliRunner()
    bad = runner.invoke(cli, ["ingest", "--published", "08/11/2023", "x.txt"])
    assert bad.exit_code == 2 and "Invalid value for '--published'" in bad.stderr
    (tmp_path / "notes.db").write_text("not a database")
    result = runner.invoke(cli, ["documents", "--db", str(tmp_path / "notes.db")])
    assert result.exit_code == 2
    assert result.stderr == f"Error: {tmp_path / 'notes.db'}: not a SQLite database\n"


def test_help_has_examples():
    for command in ("ingest", "documents"):
        out = CliRunner().invoke(cli, [command, "--help"]).stdout
        assert "Example:" in out and f"checker {command}" in out


@pytest.mark.slow
def test_python_dash_m_checker_works(tmp_path, seeds_dir):
    out = subprocess.run([sys.executable, "-m", "checker", "ingest", "--db", str(tmp_path / "m.db"), str(seeds_dir)],
                         capture_output=True, text=True, timeout=120)
    assert out.returncode == 0 and out.stdout == "5 documents added, 0 already stored, 0 failed\n"


def test_documents_without_a_database_says_so(tmp_path):
    result = CliRunner().invoke(cli, ["documents", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 2
    assert result.stderr == f"Error: {tmp_path / 'none.db'}: no such database (run `checker ingest` first)\n"
    assert not (tmp_path / "none.db").exists()


def test_a_progress_bar_only_for_more_than_a_handful_of_files(tmp_path):
    for i in range(7):
        (tmp_path / f"{i}.txt").write_text(f"Putin met Xi {i} times.")
    many = CliRunner().invoke(cli, ["ingest", "--db", str(tmp_path / "c.db"), str(tmp_path)])
    assert many.stdout == "7 documents added, 0 already stored, 0 failed\n" and "/7" in many.stderr
    few = CliRunner().invoke(cli, ["ingest", "--db", str(tmp_path / "d.db"), str(tmp_path / "0.txt")])
    assert few.stderr == ""


def test_manifest_paths_are_relative_to_it_and_unmatched_entries_are_named(tmp_path):
    (tmp_path / "articles").mkdir()
    text = "Putin met Xi in Beijing on Monday, the Kremlin said in a statement after the talks ended."
    (tmp_path / "articles" / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "articles" / "b.txt").write_text(text + " Again.", encoding="utf-8")
    manifest = tmp_path / "manifest.jsonl"  # one folder up from the articles
    manifest.write_text(json.dumps({"file": "articles/a.txt", "published": "2023-03-20"}) + "\n"
                        + json.dumps({"file": "b.txt", "published": "2023-03-21"}) + "\n", encoding="utf-8")
    db = str(tmp_path / "c.db")
    result = CliRunner().invoke(cli, ["ingest", "--db", db, "--manifest", str(manifest), str(tmp_path / "articles")])
    assert result.exit_code == 0, result.output
    assert result.stderr == (f"warning: {manifest}: {tmp_path / 'b.txt'} matches no input file (paths are read "
                             "relative to the manifest); its metadata was not used\n")
    rows = {r["path"].rsplit("/", 1)[-1]: r["published"]
            for r in sqlite_utils.Database(db)["documents"].rows_where(select="path, published")}
    assert rows == {"a.txt": "2023-03-20", "b.txt": None}


def test_a_bad_manifest_line_is_reported_once(tmp_path):
    (tmp_path / "a.txt").write_text("Putin met Xi in Beijing on Monday, the Kremlin said.", encoding="utf-8")
    manifest = tmp_path / "manifest.jsonl"  # given and beside the file: read once
    manifest.write_text('{"file": "a.txt", "published": "20 March"}\n', encoding="utf-8")
    result = CliRunner().invoke(cli, ["ingest", "--db", str(tmp_path / "c.db"), "--manifest", str(manifest),
                                      str(tmp_path / "a.txt")])
    assert result.exit_code == 2
    assert result.stderr.count("published must be") == 1
    assert f"failed: {manifest}:1: published: published must be YYYY-MM-DD, YYYY-MM or YYYY" in result.stderr
    assert result.stdout == "1 document added, 0 already stored, 1 failed\n"


def test_a_wrong_date_or_source_is_corrected_by_ingesting_again(tmp_path):
    # 'last month' is 2023-10 in an article of 2023-11-08 and 2024-01 in one of 2024-02-01
    text = "Putin visited Beijing last month for the Belt and Road Forum, the Kremlin said."
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    db = str(tmp_path / "c.db")
    runner = CliRunner()

    def stored():
        docs = list(sqlite_utils.Database(db)["documents"].rows_where(select="published, source"))
        facts = runner.invoke(cli, ["facts", "--db", db, "--format", "json"]).output.splitlines()
        return docs, [json.loads(f)["date"]["value"] for f in facts if json.loads(f)["kind"] == "visit"]

    first = runner.invoke(cli, ["ingest", "--db", db, "--published", "2023-11-08", str(tmp_path / "a.txt")])
    assert first.stdout == "1 document added, 0 already stored, 0 failed\n"
    assert stored() == ([{"published": "2023-11-08", "source": None}], ["2023-10"])
    same = runner.invoke(cli, ["ingest", "--db", db, "--published", "2023-11-08", str(tmp_path / "a.txt")])
    assert same.stdout == "0 documents added, 1 already stored, 0 failed\n"
    fixed = runner.invoke(cli, ["ingest", "--db", db, "--published", "2024-02-01", "--source", "TASS",
                                str(tmp_path / "a.txt")])
    assert fixed.exit_code == 0, fixed.output
    assert fixed.stdout == "0 documents added, 1 updated, 0 already stored, 0 failed\n"
    assert stored() == ([{"published": "2024-02-01", "source": "TASS"}], ["2024-01"])
    (tmp_path / "manifest.jsonl").write_text(json.dumps({"file": "a.txt", "published": "2024-03"}) + "\n")
    by_manifest = runner.invoke(cli, ["ingest", "--db", db, str(tmp_path / "a.txt")])
    assert by_manifest.stdout == "0 documents added, 1 updated, 0 already stored, 0 failed\n"
    assert stored()[0] == [{"published": "2024-03", "source": "TASS"}]
