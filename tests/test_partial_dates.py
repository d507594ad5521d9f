"""Partial publication dates (a month or a year) from --published, manifests and JSON Lines:
accepted, stored as given and used as partial anchors."""
import json
from datetime import date

import pytest
from click.testing import CliRunner

from checker.read import documents
from checker.extract import timex
from checker.cli import cli
from checker.read.documents import InputProblem, Raw, build

TEXT = "Trade between Chile and Peru grew last year, the minister said on Monday in Lima after the talks."


@pytest.mark.parametrize("value, expected", [
    ("2023-05-14", date(2023, 5, 14)), ("2023-05-14T10:41:00", date(2023, 5, 14)),
    ("2023-05", "2023-05"), ("2022", "2022"), (None, None),
])
def test_published_values(value, expected):
    assert documents.parse_date(value, "published") == expected


@pytest.mark.parametrize("value", ["2023-13", "2023-5", "05-2023", "May 2023", "2023-02-30", "20233"])
def test_bad_published_values_are_refused(value):
    with pytest.raises(InputProblem, match="published must be YYYY-MM-DD, YYYY-MM or YYYY"):
        documents.parse_date(value, "published")


def test_a_partial_date_anchors_what_it_can():
    # 'last year' is 2022 on every day of May 2023 and of 2023; 'on Monday' is a different day each week
    found = {w.text: w for w in timex.tag(TEXT, "en", "2023-05")}
    assert found["last year"].value == "2022" and found["last year"].resolved_by == "publication"
    monday = found["on Monday"]  # one of the Mondays of May 2023, not settled
    assert monday.value is None and (monday.earliest, monday.latest) == (date(2023, 5, 1), date(2023, 5, 29))
    assert "not settled" in monday.explanation
    assert {w.text: w.value for w in timex.tag(TEXT, "en", "2023")}["last year"] == "2022"


def test_a_page_day_inside_the_partial_date_refines_it():
    doc = build(Raw("a.txt", "Published 14 May 2023\n" + TEXT), published="2023-05")
    assert doc.published == date(2023, 5, 14) and "gives 2023-05; the header's day falls in it" in doc.published_evidence
    doc = build(Raw("a.txt", "Published 14 June 2023\n" + TEXT), published="2023-05")
    assert doc.published is None and doc.published_period == "2023-05"
    assert "says 2023-06-14" in doc.published_evidence


def test_manifest_jsonl_and_command_line_take_partial_dates(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    (tmp_path / "manifest.jsonl").write_text(json.dumps({"file": "a.txt", "published": "2023-05"}) + "\n")
    (tmp_path / "b.jsonl").write_text(json.dumps({"text": TEXT + " Again.", "published": "2022"}) + "\n")
    (tmp_path / "c.txt").write_text(TEXT + " Once more.", encoding="utf-8")
    db = str(tmp_path / "c.db")
    runner = CliRunner()
    result = runner.invoke(cli, ["ingest", "--db", db, str(tmp_path / "a.txt"), str(tmp_path / "b.jsonl")])
    assert result.exit_code == 0, result.output
    result = runner.invoke(cli, ["ingest", "--db", db, "--published", "2021-11", str(tmp_path / "c.txt")])
    assert result.exit_code == 0, result.output
    listing = runner.invoke(cli, ["documents", "--db", db, "--format", "json"])
    got = {json.loads(line)["path"].rsplit("/", 1)[-1]: json.loads(line)["published"] for line in listing.output.splitlines()}
    assert got == {"a.txt": "2023-05", "b.jsonl:1": "2022", "c.txt": "2021-11"}
    facts = runner.invoke(cli, ["facts", "--db", db, "--format", "json"])
    assert facts.exit_code == 0


def test_a_bad_published_option_is_one_line_and_exit_2(tmp_path):
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    result = CliRunner().invoke(cli, ["ingest", "--db", str(tmp_path / "c.db"), "--published", "2023-13",
                                      str(tmp_path / "a.txt")])
    assert result.exit_code == 2
    assert "published must be YYYY-MM-DD, YYYY-MM or YYYY, not '2023-13'" in result.output
    assert "Traceback" not in result.output


def test_a_role_is_dated_by_a_partial_publication_date():
    # A post named in an article of June 2024 (day unknown) was held in June 2024, not at an unknown time;
    # with the day known it is that day, and with no date at all it stays undated.
    from checker.pipeline import analyse

    text = "French President Emmanuel Macron spoke to reporters in Paris."
    for published, value, span in (("2024-06", "2024-06", (date(2024, 6, 1), date(2024, 6, 30))),
                                   ("2024", "2024", (date(2024, 1, 1), date(2024, 12, 31))),
                                   ("2024-06-12", "2024-06-12", (date(2024, 6, 12), date(2024, 6, 12)))):
        roles = [f for f in analyse(build(Raw("a.txt", text), published=published)).facts if f.kind == "role"]
        assert roles and roles[0].subject == "Emmanuel Macron", published
        assert roles[0].when.value == value and (roles[0].when.earliest, roles[0].when.latest) == span
    roles = [f for f in analyse(build(Raw("a.txt", text))).facts if f.kind == "role"]
    assert roles and roles[0].when is None


def test_a_reported_event_takes_a_partial_publication_date():
    # Told as done, without a date, in an article known only to its month: that month, no finer; told
    # as a plan it stays undated, and with no publication date at all so does the reported one.
    from checker.pipeline import analyse

    def meetings(text, published=None):
        return [f for f in analyse(build(Raw("a.txt", text), published=published)).facts if f.kind == "meeting"]

    done = "In Lima, Chilean President Gabriel Boric met Peruvian President Dina Boluarte for talks on trade."
    found = meetings(done, "2024-06")
    assert found and found[0].when.value == "2024-06"
    assert (found[0].when.earliest, found[0].when.latest) == (date(2024, 6, 1), date(2024, 6, 30))
    assert all(f.when is None for f in meetings(done))
    plan = "Chilean President Gabriel Boric will meet Peruvian President Dina Boluarte in Lima for talks on trade."
    assert all(f.when is None or f.when.value != "2024-06" for f in meetings(plan, "2024-06"))
    # told without a tense (an item of the day's programme) or under way: of that month too
    for told in ("Chilean President Gabriel Boric's meeting with Peruvian President Dina Boluarte in Lima.",
                 "Chilean President Gabriel Boric is meeting Peruvian President Dina Boluarte in Lima."):
        found = meetings(told, "2024-06")
        assert found and found[0].when is not None and found[0].when.value == "2024-06", told


def test_a_weekday_left_open_by_a_partial_date_confirms_the_day_it_may_be():
    # 'on Monday' in an article known only to be of May 2024 is one Monday of it: it confirms a
    # report of Monday 20 May, not one of Tuesday 21 May, and clashes with neither
    from checker.compare.engine import compare
    from checker.pipeline import analyse

    def visits(name, text, published):
        return [f for f in analyse(build(Raw(name, text), published=published)).facts if f.kind == "visit"]

    open_ = visits("a.txt", "Chilean President Gabriel Boric arrived in Lima on Monday for talks on trade.", "2024-05")
    assert open_ and open_[0].when.value is None and open_[0].when.earliest is not None
    monday = visits("b.txt", "Chilean President Gabriel Boric arrived in Lima on 20 May for talks on trade.", "2024-05-21")
    tuesday = visits("c.txt", "Chilean President Gabriel Boric arrived in Lima on 21 May for talks on trade.", "2024-05-22")
    assert monday and tuesday
    found = compare(open_ + monday)
    (corroboration,) = [f for f in found if f.rule == "corroboration"]
    assert set(corroboration.docs) == {open_[0].doc, monday[0].doc} and "the day left open in" in corroboration.message
    found = compare(open_ + tuesday)
    assert [f for f in found if f.rule == "corroboration" or f.severity in ("error", "warning")] == []


def test_a_draft_checked_with_a_partial_date_is_read_against_that_month_not_today(tmp_path):
    # 'on Monday' in a draft given as of May 2024 is a Monday of that month: it confirms the
    # archive's Monday 20 May; read against the day of the check it would be a Monday of today
    (tmp_path / "a.txt").write_text("Chilean President Gabriel Boric arrived in Lima on 20 May for talks on trade.",
                                    encoding="utf-8")
    db = str(tmp_path / "c.db")
    runner = CliRunner()
    result = runner.invoke(cli, ["ingest", "--db", db, "--published", "2024-05-21", str(tmp_path / "a.txt")])
    assert result.exit_code == 0, result.output
    draft = "Chilean President Gabriel Boric arrived in Lima on Monday for talks on trade."
    result = runner.invoke(cli, ["check", "--db", db, "--published", "2024-05", "--format", "json", "-"], input=draft)
    assert result.exit_code == 0, result.output
    found = [json.loads(line) for line in result.output.splitlines()]
    visits = [f for f in found if f.get("kind") == "visit" and f.get("rule") == "corroboration"]
    assert len(visits) == 1 and "20 May 2024" in visits[0]["message"]
    roles = " ".join(f["message"] for f in found if f.get("kind") == "role")
    assert roles and f"{date.today().day} {date.today():%B %Y}" not in roles  # the draft's post is not dated today


def test_a_role_in_an_undated_article_takes_the_day_its_sentence_gives_in_full():
    # No publication date at all: a post named in a sentence dated by one day written in full was held that
    # day; with two such days, or none, it stays undated.
    from checker.pipeline import analyse

    from checker.read.documents import Document

    def roles(text):
        doc = Document(id="x", path="x", source=None, url=None, lang="en", published=None,
                       published_evidence="", text=text, kept=((0, len(text)),))
        return [(f.subject, f.when.value if f.when else None) for f in analyse(doc).facts if f.kind == "role"]

    text = ("The leaders met in Lima on 14 November 2023, with French President Emmanuel Macron among "
            "the guests.")
    assert ("Emmanuel Macron", "2023-11-14") in roles(text)
    two = ("The leaders met in Lima on 14 November 2023 and in Quito on 16 November 2023, with French "
           "President Emmanuel Macron among the guests.")
    assert ("Emmanuel Macron", None) in roles(two)


def test_a_day_in_full_in_the_lead_of_an_article_known_to_its_month_dates_its_news():
    # a page of July 2024 with no day: the lead's day inside that month is the news day, which the
    # line-up after it (no date of its own) is dated by; a day outside the month, or one further on, is not
    from checker.pipeline import analyse

    def appointments(text, published="2024-07"):
        doc = build(Raw("a.txt", text, lang="en"), published=published)
        return {f.subject: f.when.value if f.when else None for f in analyse(doc).facts if f.kind == "appointment"}
    lineup = "The new ministers include Grace Njeri – Minister of Finance, and Tomas Reyes – Minister of Mines."
    lead = "Kenya's new cabinet was sworn in before President William Ruto in Nairobi on Wednesday, July 3, 2024. "
    assert appointments(lead + lineup) == {"Grace Njeri": "2024-07-03", "Tomas Reyes": "2024-07-03"}
    outside = lead.replace("July 3, 2024", "June 5, 2024")
    assert set(appointments(outside + lineup).values()) == {"2024-07"}
    later = "Kenya's new cabinet held its first meeting. Ministers met the press. The talks ran long. " + lead
    assert set(appointments(later + lineup).values()) == {"2024-07"}
