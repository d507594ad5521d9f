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


def _rows(tmp_path, name, text, published, lang):
    article = tmp_path / name
    article.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(cli, ["dates", str(article), "--published", published, "--lang", lang,
                                      "--format", "json"])
    assert result.exit_code == 0, result.output
    return [(r["text"], r["value"]) for r in map(json.loads, result.output.splitlines())]


def test_the_nth_day_of_a_visit_counts_from_the_days_told_before_it(tmp_path):
    # 2025-06-02 is a Monday: the visit runs 2-4 June; its second day is the 3rd, its last the 4th
    text = ("وصل رئيس وزراء كرواتيا اليوم الاثنين إلى الدوحة في زيارة تستغرق ثلاثة أيام.\n"
            "ويلتقي في اليوم الثاني من الزيارة وزير الطاقة القطري.\n"
            "ويزور في اليوم الأخير من الزيارة ميناء حمد.\n")
    assert _rows(tmp_path, "a.txt", text, "2025-06-02", "ar")[1:] == [
        ("في اليوم الثاني من الزيارة", "2025-06-03"), ("في اليوم الأخير من الزيارة", "2025-06-04")]
    text = "The Chilean president landed in Hanoi on Sunday.\nOn the second day of his trip he toured a shipyard.\n"
    assert _rows(tmp_path, "b.txt", text, "2025-06-03", "en") == [
        ("on Sunday", "2025-06-01"), ("On the second day of his trip", "2025-06-02")]


def test_the_second_day_right_after_its_own_weekday_is_that_day_told_twice(tmp_path):
    text = "وصلت الوزيرة إلى أوسلو أمس الأربعاء، في ثاني أيام جولتها الأوروبية.\n"
    assert _rows(tmp_path, "c.txt", text, "2025-06-05", "ar") == [("أمس الأربعاء", "2025-06-04")]


def test_monday_set_off_by_commas_is_a_weekday_and_the_two_is_not(tmp_path):
    text = "أعلن وزير الصحة البيروفي، الاثنين، عن خطة جديدة.\nواتفق الاثنين على مواصلة الحوار.\n"
    assert _rows(tmp_path, "d.txt", text, "2025-06-04", "ar") == [("الاثنين", "2025-06-02")]


def test_since_the_start_of_the_year_of_publication_is_that_year(tmp_path):
    assert _rows(tmp_path, "e.txt", "Prices have risen since the start of 2024.\n", "2024", "en") == [
        ("since the start of 2024", "2024")]


def test_a_weekday_of_a_trip_programme_falls_within_the_trip_told_before_it(tmp_path):
    # published Wednesday 4 June 2025; the trip runs Saturday 7 to Thursday 12: its Monday is the 9th,
    # and its Thursday the 12th, not the 5th (before it begins)
    text = ("The Chilean president will fly to Jakarta on Saturday for a six-day visit.\n"
            "On Monday he will tour a nickel plant.\n"
            "He will address parliament on Thursday.\n")
    assert _rows(tmp_path, "f.txt", text, "2025-06-04", "en") == [
        ("on Saturday", "2025-06-07/2025-06-12"), ("On Monday", "2025-06-09"), ("on Thursday", "2025-06-12")]
    # without a trip ahead, the first Thursday after publication
    assert _rows(tmp_path, "g.txt", "He will address parliament on Thursday.\n", "2025-06-04", "en") == [
        ("on Thursday", "2025-06-05")]


def test_a_weekday_before_a_day_still_to_come_is_not_moved_after_it(tmp_path):
    # published Tuesday 8 October 2024: Sunday is the 13th and Friday the 11th; Sunday is one day, not a
    # trip, so Friday is not a day of its programme
    text = ("The electoral commission will publish the results on Sunday.\n"
            "The senate will debate the pension reform on Friday.\n")
    assert _rows(tmp_path, "f2.txt", text, "2024-10-08", "en") == [
        ("on Sunday", "2024-10-13"), ("on Friday", "2024-10-11")]
    # a two-day trip from Saturday the 12th: a Thursday told after it, before it begins, is the 10th,
    # not the 17th, four days after the trip ends
    text = ("The Kenyan trade minister will arrive in Lima on Saturday for a two-day visit.\n"
            "On Thursday she will meet coffee exporters in Nairobi.\n")
    assert _rows(tmp_path, "f3.txt", text, "2024-10-08", "en") == [
        ("on Saturday", "2024-10-12/2024-10-13"), ("On Thursday", "2024-10-10")]


def test_a_meeting_whose_date_is_set_is_still_to_come(tmp_path):
    # published Monday 9 June 2025: the Thursday the meeting is set for is the 12th, not the 5th
    text = "وأضاف المتحدث أن موعد اللقاء مع رئيس وزراء فنلندا محدد الخميس.\n"
    assert _rows(tmp_path, "h.txt", text, "2025-06-09", "ar") == [("الخميس", "2025-06-12")]


def test_a_day_of_a_month_told_from_now(tmp_path):
    text = "وافق البرلمان على الميزانية في 28 من الشهر الماضي.\nتبدأ الدورة في 31 من الشهر الجاري.\n"
    # published 10 February 2025: last month is January; February has no 31st, so no date at all
    assert _rows(tmp_path, "i.txt", text, "2025-02-10", "ar") == [("في 28 من الشهر الماضي", "2025-01-28")]
    assert _rows(tmp_path, "j.txt", "Voting starts on the 2nd of next month.\n", "2025-12-15", "en") == [
        ("on the 2nd of next month", "2026-01-02")]


def test_two_weekdays_joined_are_one_run_of_days(tmp_path):
    # published Monday 9 June 2025: the weekend just past, and a Thursday-to-Saturday still to come
    text = "عقد المنتدى يومي السبت والأحد في مراكش.\nستجري الانتخابات من الخميس إلى السبت.\n"
    assert _rows(tmp_path, "k.txt", text, "2025-06-09", "ar") == [
        ("يومي السبت والأحد", "2025-06-07/2025-06-08"), ("من الخميس إلى السبت", "2025-06-12/2025-06-14")]


def test_a_range_of_months_told_as_past_ends_before_publication(tmp_path):
    # published 10 January 2025: a past November-to-February is 2023-24, not one ending next month
    text = "Coffee exports fell in November-February.\nCoffee exports will rise in November-February.\n"
    assert _rows(tmp_path, "l.txt", text, "2025-01-10", "en") == [
        ("in November-February", "2023-11/2024-02"), ("in November-February", "2025-11/2026-02")]
