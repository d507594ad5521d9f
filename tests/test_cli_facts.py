"""`checker facts` on the ingested seeds: what the facts issue's "done when" asks, checked against the texts."""
import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from checker.cli import cli


@pytest.fixture(scope="module")
def db(tmp_path_factory, request):
    from conftest import SEEDS

    path = str(tmp_path_factory.mktemp("facts") / "c.db")
    result = CliRunner().invoke(cli, ["ingest", "--db", path, str(SEEDS)])
    assert result.exit_code == 0, result.output
    return path


def _facts(db, *args):
    result = CliRunner().invoke(cli, ["facts", "--db", db, "--format", "json", *args])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


def test_putin_facts(db):
    facts = _facts(db, "--entity", "Putin")
    visits = [f for f in facts if f["kind"] == "visit" and f["place"] == "Beijing"]
    # 000: "في شهر فبراير الماضي" (undated article); 003: "الشهر الماضي" in an article of 2023-11-08.
    assert sorted((Path(f["path"]).name[:3], f["date"]["value"], f["occasion"]) for f in visits) == [
        ("000", "XXXX-02", "Belt and Road Forum"), ("003", "2023-10", "Belt and Road Forum")]
    met = {f["object"] if f["subject"] == "Vladimir Putin" else f["subject"] for f in facts if f["kind"] == "meeting"}
    assert {"Zhang Youxia", "Xi Jinping"} <= met
    assert any(f["kind"] == "role" and f["object"] == "Russian president" for f in facts)
    for f in facts:  # every quote is the text at its span
        text = open(f["path"], encoding="utf-8").read()
        assert text[f["span"][0]:f["span"][1]] in f["sentence"]


def test_any_spelling_finds_the_entity(db):
    assert _facts(db, "--entity", "بوتين") == _facts(db, "--entity", "Vladimir Putin")


def test_zhang_youxia_is_one_entity_across_seeds(db):
    docs = {Path(f["path"]).name[:3] for f in _facts(db, "--entity", "تشانغ يوشيا")}
    assert {"000", "001", "003"} <= docs


def test_trade_facts_carry_intervals_and_modality(db):
    trade = _facts(db, "--kind", "trade_volume") + _facts(db, "--kind", "trade_growth")
    by_text = {f["quantity"]["text"]: f for f in trade}
    # 002: "تجاوز حاجز الـ 100 مليار دولار" is more than 100 billion dollars, said of this year.
    q = by_text["تجاوز حاجز الـ 100 مليار دولار"]["quantity"]
    assert (q["low"], q["high"], q["unit"]) == (100e9, None, "USD")
    # 002: the goal is "200 مليار دولار في عام 2024": a target.
    target = by_text["200 مليار دولار"]
    assert target["modality"] == "target" and target["date"]["value"] == "2024"
    # 002: "سيرتفع ... بنسبة 25%": a forecast, 25 % rounded.
    growth = next(f for f in trade if f["quantity"]["unit"] == "percent" and f["modality"] == "forecast")
    assert (growth["quantity"]["low"], growth["quantity"]["high"]) == (24.5, 25.5)
    # 004: "بأكثر من الربع": more than 25 %.
    assert any(f["quantity"]["low"] == 25 and f["quantity"]["high"] is None for f in trade)


def test_csv_has_a_header_and_a_row_per_fact(db):
    result = CliRunner().invoke(cli, ["facts", "--db", db, "--format", "csv", "--kind", "visit"])
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows and all(r["kind"] == "visit" for r in rows)
    assert len(rows) == len(_facts(db, "--kind", "visit"))


def test_csv_carries_the_sentence_and_url_and_opens_in_spreadsheets_with_bom(db):
    facts = {f["id"]: f for f in _facts(db, "--kind", "visit")}
    result = CliRunner().invoke(cli, ["facts", "--db", db, "--format", "csv", "--kind", "visit", "--bom"])
    assert result.stdout_bytes.startswith("\ufeffid,".encode("utf-8"))
    rows = list(csv.DictReader(io.StringIO(result.stdout.lstrip("\ufeff"))))
    assert {r["id"] for r in rows} == set(facts)
    for r in rows:  # the sentence each fact was read from, on one line; the seeds have no URL
        assert r["sentence"] == " ".join(facts[r["id"]]["sentence"].split()) and r["sentence"]
        assert r["url"] == ""
    plain = CliRunner().invoke(cli, ["facts", "--db", db, "--format", "csv", "--kind", "visit"])
    assert plain.stdout.startswith("id,")


def test_facts_on_a_missing_database_is_a_usage_error(tmp_path):
    result = CliRunner().invoke(cli, ["facts", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 2 and "no such database" in result.output
