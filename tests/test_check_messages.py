"""What an editor reads from `checker check`: one error per wrong claim with every source against it,
dates in words, documents by their own names, the draft's phrase and sentence, notes; and every
bad draft refused in one line with exit 2, a fault of the checker in one line with exit 3."""
import json
from datetime import date
from types import SimpleNamespace

import pytest
from click.testing import CliRunner

from checker import cli as cli_module, drafts
from checker.cli import cli
from checker.compare import wording
from checker.compare.engine import Engine
from checker.compare.examples import fact_from_dict
from checker.extract.timex import from_value
from checker.read.documents import MAX_BYTES

from test_conflicts import usd, year

SEEDS_DRAFT = "زار بوتين بكين في فبراير 2023 لحضور قمة الحزام والطريق.\n"


def run(*args, stdin=None):
    result = CliRunner().invoke(cli, list(args), input=stdin)
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result


@pytest.fixture(scope="module")
def seeds_db(tmp_path_factory):
    from conftest import SEEDS

    db = str(tmp_path_factory.mktemp("seeds") / "seeds.db")
    assert run("ingest", "--db", db, "--jobs", "1", str(SEEDS)).exit_code == 0
    return db


# -- one error per wrong claim ---------------------------------------------------------------------

def test_a_claim_that_three_sources_contradict_is_one_error_naming_them_all():
    draft = {"doc": "draft", "kind": "trade_volume", "subject": "T", "when": year(2021), "quantity": usd(110e9, 105e9, 115e9)}
    others = [{"doc": d, "kind": "trade_volume", "subject": "T", "when": year(2021), "quantity": usd(v, v - 5e7, v + 5e7)}
              for d, v in (("a", 18.41e9), ("b", 124.4e9), ("c", 2.92e9))]
    facts = [fact_from_dict(f, i) for i, f in enumerate([draft, *others])]
    docs = {d: SimpleNamespace(id=d, path=f"archive/{d}.txt", published=date(2022, 1, 1), text=None)
            for d in ("draft", "a", "b", "c")}
    found = [f for f in Engine(docs, focus="draft").compare(facts) if f.severity == "error"]
    assert len(found) == 1  # one wrong claim, not one error per source
    (error,) = found
    assert error.values[0] == "110 billion USD (105–115 billion)" and len(error.values) == 4
    message = error.message
    assert message.index("the draft says 110") < message.index("a says 18.41")
    assert "b says 124.4 billion" in message and "c says 2.92 billion" in message
    assert set(error.docs) == {"draft", "a", "b", "c"}


def test_comparing_the_archive_still_reports_each_pair():
    one = [{"doc": d, "kind": "trade_volume", "subject": "T", "when": year(2021), "quantity": usd(v, v - 5e7, v + 5e7)}
           for d, v in (("a", 18.41e9), ("b", 124.4e9), ("c", 2.92e9))]
    found = Engine({}).compare([fact_from_dict(f, i) for i, f in enumerate(one)])
    assert sorted(len(f.docs) for f in found if f.severity == "error") == [2, 2, 2]


# -- words an editor understands -------------------------------------------------------------------

def test_a_date_without_its_year_is_said_in_words():
    assert wording.describe_when(from_value("XXXX-02")) == "February, year not given"
    assert wording.describe_when(from_value("XXXX-02-29")) == "29 February, year not given"
    assert wording.describe_when(from_value("2023-10")) == "October 2023"
    fact = fact_from_dict({"doc": "a", "kind": "visit", "subject": "P",
                           "when": {"text": "فبراير", "value": "XXXX-02", "granularity": "month",
                                    "explanation": "'فبراير' in an undated article -> XXXX-02"}})
    assert wording.how(fact, {}) == "'فبراير' in an undated article -> February, year not given"


@pytest.mark.parametrize("path, source, url, label", [
    ("feed/wire.jsonl#AFP-123", "AFP", None, "AFP-123"),  # its id
    ("feed/wire.jsonl:7", "AFP", "https://example.org/a", "https://example.org/a"),  # else its URL
    ("feed/wire.jsonl:7", "AFP", None, "AFP:7"),  # else its source and line
    ("feed/wire.jsonl:7", None, None, "wire:7"),
    ("seeds/003_5e7f.txt", "AFP", None, "003_5e7f"),  # a file by its name, as before
])
def test_documents_from_json_lines_are_named_by_id_url_or_source(path, source, url, label):
    doc = SimpleNamespace(path=path, source=source, url=url)
    assert wording.doc_label("0" * 64, {"0" * 64: doc}) == label


def test_every_finding_points_at_the_drafts_own_phrase_inside_its_whole_sentence(seeds_db):
    draft = "عنوان\n\nقال المصدر، في تصريح، إن بوتين زار بكين في فبراير 2023 لحضور قمة الحزام والطريق.\n"
    result = run("check", "-", "--db", seeds_db, "--format", "json", stdin=draft)
    assert result.exit_code == 1, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    findings = [r for r in rows if r["severity"] != "note"]
    assert findings and all(draft[r["start"]:r["end"]] == r["phrase"] for r in findings)
    error = next(r for r in findings if r["rule"] == "date-conflict")
    assert "فبراير 2023" in error["phrase"] and "بوتين" not in error["phrase"]
    sentence = draft.splitlines()[2]
    assert error["sentence"] == sentence  # the whole sentence, not the clause after the comma
    assert error["marked"] == sentence.replace(error["phrase"], f"⟦{error['phrase']}⟧")
    assert (error["line"], error["column"]) == (3, sentence.index(error["phrase"]) + 1)


def test_a_draft_with_no_fact_says_so(seeds_db):
    result = run("check", "-", "--db", seeds_db, stdin="The weather was mild in the capital.\n")
    assert result.exit_code == 0
    assert result.output.strip() == "<stdin>: note: no facts recognised in the draft: nothing in it was compared with the archive"


# -- bad drafts: one line, exit 2, the rest of a batch goes on --------------------------------------

@pytest.mark.parametrize("content, reason", [
    (b"", "the draft is empty"),
    (b"  \n\n ", "the draft is empty"),
    (b"\x00\x01\x02binary\xff" * 50, "binary"),
    ("زار بوتين بكين".encode("cp1256"), "not UTF-8"),
    ("Путин встретился с Си Цзиньпином в Пекине.".encode(), "could not be told"),
])
def test_a_draft_that_cannot_be_checked_is_refused_in_one_line(seeds_db, tmp_path, content, reason):
    path = tmp_path / "draft.txt"
    path.write_bytes(content)
    result = run("check", str(path), "--db", seeds_db)
    assert result.exit_code == 2, result.output
    assert reason in result.output and len(result.output.strip().splitlines()) == 1
    assert "Traceback" not in result.output


def test_a_draft_over_20_mb_is_refused_by_its_size(seeds_db, tmp_path):
    path = tmp_path / "big.txt"
    with path.open("wb") as f:
        f.truncate(MAX_BYTES + 1)
    result = run("check", str(path), "--db", seeds_db)
    assert result.exit_code == 2 and "too large" in result.output


@pytest.mark.parametrize("code, reason", [("fr", "language 'fr' has no rules"), ("xx", "language 'xx' has no rules"),
                                          ("english!", "is not a language code"), ("12", "is not a language code")])
def test_a_language_code_without_rules_or_not_a_code_is_refused(seeds_db, code, reason):
    result = run("check", "-", "--db", seeds_db, "--lang", code, stdin="Putin met Xi Jinping.\n")
    assert result.exit_code == 2 and reason in result.output


def test_a_region_subtag_is_the_language_of_the_rules(seeds_db):
    assert drafts.language_code("en-US") == "en" and drafts.language_code("ar_EG") == "ar"
    assert drafts.language_code("auto") is None
    assert run("check", "-", "--db", seeds_db, "--lang", "en-GB", stdin="Putin met Xi Jinping.\n").exit_code == 0


def test_a_batch_of_drafts_goes_on_past_a_broken_line(seeds_db, tmp_path):
    batch = tmp_path / "drafts.jsonl"
    batch.write_text("\n".join([
        json.dumps({"id": "good-1", "text": "Putin met Xi Jinping."}),
        "{not json",
        json.dumps({"id": "empty", "text": "  "}),
        json.dumps({"id": "wrong", "text": SEEDS_DRAFT, "published": "2023-11-20"}, ensure_ascii=False),
    ]) + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", str(batch), "--db", seeds_db])
    assert result.exit_code == 2  # some drafts could not be read; the others were checked
    assert f"{batch}:2: not JSON" in result.stderr and f"{batch}:3: no text" in result.stderr
    assert f"{batch}#wrong:1:" in result.stdout and "[date-conflict]" in result.stdout
    assert f"{batch}#good-1: note:" in result.stdout


# -- a fault of the checker: exit 3, one line, the batch goes on -----------------------------------

def test_an_internal_error_is_one_line_with_exit_3_and_the_batch_goes_on(seeds_db, tmp_path, monkeypatch):
    real = drafts.check

    def flaky(store, doc):
        if "boom" in doc.text:
            raise KeyError("lost")
        return real(store, doc)

    monkeypatch.setattr(drafts, "check", flaky)
    batch = tmp_path / "drafts.jsonl"
    batch.write_text(json.dumps({"id": "a", "text": "boom: Putin met Xi Jinping."}) + "\n"
                     + json.dumps({"id": "b", "text": "Putin met Xi Jinping."}) + "\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", str(batch), "--db", seeds_db])
    assert result.exit_code == 3
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith(f"Internal error while checking {batch}#a: KeyError: 'lost'") and "report it" in line
    assert f"{batch}#b: note:" in result.stdout


def test_main_turns_any_unexpected_exception_into_one_line_and_exit_3(monkeypatch, capsys):
    def broken(**_):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(cli_module, "cli", broken)
    monkeypatch.delenv("CHECKER_DEBUG", raising=False)
    with pytest.raises(SystemExit) as stop:
        cli_module.main()
    assert stop.value.code == 3
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "RuntimeError: disk on fire" in err and "Traceback" not in err


# -- one trip told in two months -------------------------------------------------------------------

def test_the_same_trip_in_another_month_is_flagged_and_a_trip_months_away_is_not(seeds_db):
    # Two seed articles date Xi's visit to Moscow to March 2023, and no other visit of his there.
    april = run("check", "-", "--db", seeds_db, "--published", "2023-11-20", "--format", "json",
                stdin="Chinese President Xi Jinping visited Moscow in April 2023.\n")
    rows = [json.loads(line) for line in april.output.splitlines()]
    (trip,) = [r for r in rows if r.get("rule") == "trip-date"]
    assert trip["severity"] == "warning" and trip["values"] == ["April 2023", "March 2023"]
    assert "2 sources say March 2023" in trip["message"] and trip["phrase"] == "in April 2023"
    october = run("check", "-", "--db", seeds_db, "--published", "2023-11-20",
                  stdin="Chinese President Xi Jinping visited Moscow in October 2023.\n")
    assert october.exit_code == 0 and "trip-date" not in october.output


def test_a_draft_naming_the_country_meets_the_archive_reports_naming_its_city(seeds_db):
    # The archive tells Xi's visit to Moscow in March 2023; a draft that puts his visit to Russia in
    # April is checked against it (Moscow lies in Russia), and one that puts it in March agrees.
    april = run("check", "-", "--db", seeds_db, "--published", "2023-11-20", "--format", "json",
                stdin="Chinese President Xi Jinping visited Russia in April 2023.\n")
    rows = [json.loads(line) for line in april.output.splitlines()]
    (trip,) = [r for r in rows if r.get("rule") == "trip-date"]
    assert trip["values"] == ["April 2023", "March 2023"] and "2 sources say March 2023" in trip["message"]
    march = run("check", "-", "--db", seeds_db, "--published", "2023-11-20", "--format", "json",
                stdin="Chinese President Xi Jinping visited Russia in March 2023.\n")
    rules = [json.loads(line).get("rule") for line in march.output.splitlines()]
    assert march.exit_code == 0 and "corroboration" in rules and "trip-date" not in rules
