"""`checker dates FILE`: what a fact-checker sees."""
import json

from click.testing import CliRunner

from checker.cli import cli


def test_dates_shows_how_last_month_was_resolved(tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("زار الرئيس الروسي بكين، الشهر الماضي، لحضور القمة.\n", encoding="utf-8")
    (tmp_path / "manifest.jsonl").write_text(json.dumps({"file": "a.txt", "published": "2023-11-08"}) + "\n")
    result = CliRunner().invoke(cli, ["dates", str(article)])
    assert result.exit_code == 0, result.output
    assert "الشهر الماضي  -> 2023-10  [month; 2023-10-01..2023-10-31]  publication" in result.output
    assert "'الشهر الماضي' in an article dated 2023-11-08 -> 2023-10" in result.output


def test_dates_json_and_published_option(tmp_path):
    article = tmp_path / "b.txt"
    article.write_text("Putin met Xi on Monday.\nHe will visit Beijing next week.\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["dates", str(article), "--published", "2023-11-08", "--lang", "en",
                                      "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert [(r["text"], r["value"], r["line"]) for r in rows] == [("on Monday", "2023-11-06", 1),
                                                                  ("next week", "2023-W46", 2)]


def test_dates_without_a_publication_date_stays_partial(tmp_path):
    article = tmp_path / "c.txt"
    article.write_text("وسافر بوتين إلى بكين في شهر فبراير الماضي.\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["dates", str(article), "--lang", "ar", "--format", "json"])
    row = json.loads(result.output.splitlines()[0])
    assert (row["value"], row["resolved_by"]) == ("XXXX-02", "unresolved")


def test_dates_bad_input_is_a_clear_error(tmp_path):
    result = CliRunner().invoke(cli, ["dates", str(tmp_path / "missing.txt")])
    assert result.exit_code == 2 and "no such file" in result.output
    result = CliRunner().invoke(cli, ["dates", "x.txt", "--published", "2023-13-45"])
    assert result.exit_code == 2


def test_days_the_calendar_lacks_fail_no_command(tmp_path):
    article = tmp_path / "d.txt"
    article.write_text("Putin visited Beijing on 29 February with aides.\nTalks ran from 30 to 31 April.\n"
                       "وزار بوتين بكين في 31 أبريل 2023.\n", encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(cli, ["dates", str(article), "--published", "2023-03-01", "--lang", "en", "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert [(r["text"], r["value"], r["resolved_by"]) for r in rows] == [("on 29 February", "XXXX-02-29", "unresolved")]
    db = str(tmp_path / "x.db")
    ingest = runner.invoke(cli, ["ingest", "--db", db, "--published", "2023-03-01", str(article)])
    assert ingest.exit_code == 0 and "1 document added" in ingest.output, ingest.output
    check = runner.invoke(cli, ["check", str(article), "--db", db])
    assert check.exit_code in (0, 1) and "Traceback" not in check.output, check.output
