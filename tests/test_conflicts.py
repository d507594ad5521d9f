"""The comparison engine on hand-built facts: what is the same event, what clashes, what agrees."""
from datetime import date
from types import SimpleNamespace

from hypothesis import given, settings
from hypothesis import strategies as st

from checker.compare import policy as engine_policy, wording
from checker.compare.engine import Engine, compare, same_occasion
from checker.compare.examples import fact_from_dict
from checker.compare.in_document import weekday_findings
from checker.model import When


def month(value, text=None, **kw):
    y, m = value.split("-")
    if y == "XXXX":
        return {"text": text or value, "value": value, "granularity": "month", **kw}
    first = date(int(y), int(m), 1)
    last = date(int(y) + (m == "12"), int(m) % 12 + 1, 1).fromordinal(
        date(int(y) + (m == "12"), int(m) % 12 + 1, 1).toordinal() - 1)
    return {"text": text or value, "value": value, "granularity": "month", "earliest": first, "latest": last, **kw}


def day(iso, text=None, **kw):
    d = date.fromisoformat(iso)
    return {"text": text or iso, "value": iso, "granularity": "day", "earliest": d, "latest": d, **kw}


def year(y):
    return {"text": str(y), "value": str(y), "granularity": "year",
            "earliest": date(y, 1, 1), "latest": date(y, 12, 31)}


def usd(value, low, high):
    return {"text": f"{value} dollars", "value": value, "low": low, "high": high, "unit": "USD"}


def facts(*dicts):
    return [fact_from_dict(d, i) for i, d in enumerate(dicts)]


def docs(**published):
    return {k: SimpleNamespace(id=k, path=f"/x/{k}.txt", published=v, text=None, source=k)
            for k, v in published.items()}


def visit(doc, when, occasion="Forum", **kw):
    return {"doc": doc, "kind": "visit", "subject": "Putin", "place": "Beijing",
            "occasion": occasion, "when": when, **kw}


def rules_of(found, severity=None):
    return [f.rule for f in found if severity is None or f.severity == severity]


def test_month_of_unknown_year_against_another_month_is_a_date_conflict():
    found = compare(facts(
        visit("000", month("XXXX-02", "February", explanation="'February', no publication date")),
        visit("003", month("2023-10", "last month", explanation="'last month' in an article dated 2023-11-08"))),
        docs(**{"000": None, "003": date(2023, 11, 8)}))
    errors = [f for f in found if f.severity == "error"]
    assert [f.rule for f in errors] == ["date-conflict"]
    err = errors[0]
    assert set(err.docs) == {"000", "003"}
    assert len(err.quotes) == 2 and len(err.values) == 2
    assert "000 says" in err.message and "003 says" in err.message
    assert "in an article dated 2023-11-08" in err.message and "no publication date" in err.message
    assert err.message.startswith("Putin's visit to Beijing for the Forum: ")


def test_same_month_with_unknown_year_is_no_conflict_but_a_corroboration():
    found = compare(facts(visit("a", month("XXXX-10")), visit("b", month("2023-10"))), docs(a=None, b=None))
    assert rules_of(found) == ["corroboration"]
    assert set(found[0].docs) == {"a", "b"}


def test_without_an_occasion_dates_that_cannot_meet_are_two_visits():
    found = compare(facts(visit("a", month("2023-03"), occasion=None), visit("b", month("2023-10"), occasion=None)))
    assert found == []


def test_an_occasion_on_one_side_only_is_not_the_same_event():
    found = compare(facts(visit("a", month("2023-03")), visit("b", month("2023-10"), occasion=None)))
    assert found == []


def test_another_place_is_another_event():
    found = compare(facts(visit("a", month("2023-03")), visit("b", month("2023-10"), place="Moscow")))
    assert found == []


def test_a_planned_visit_is_not_compared_with_a_visit_that_happened():
    found = compare(facts(visit("a", month("2023-05"), modality="planned"), visit("b", month("2023-10"))))
    assert found == []


def test_negated_facts_are_not_compared():
    found = compare(facts(visit("a", month("2023-05"), modality="negated"), visit("b", month("2023-10"))))
    assert found == []


def test_the_same_occasion_in_two_known_years_is_two_editions():
    assert compare(facts(visit("a", month("2019-04")), visit("b", month("2023-10")))) == []


def test_unknown_dates_never_conflict():
    found = compare(facts(visit("a", {"text": "recently", "value": None, "granularity": "unknown"}),
                          visit("b", month("2023-10"))))
    assert "date-conflict" not in rules_of(found)


def test_meetings_match_whichever_side_is_the_subject_and_a_missing_place_is_no_obstacle():
    found = compare(facts(
        {"doc": "a", "kind": "meeting", "subject": "Putin", "object": "Zhang", "when": day("2023-11-08")},
        {"doc": "b", "kind": "meeting", "subject": "Zhang", "object": "Putin", "place": "Moscow",
         "when": day("2023-11-08")}))
    assert rules_of(found) == ["corroboration"]


def test_meetings_in_two_different_places_are_two_meetings():
    found = compare(facts(
        {"doc": "a", "kind": "meeting", "subject": "Putin", "object": "Zhang", "place": "Beijing", "when": day("2023-11-08")},
        {"doc": "b", "kind": "meeting", "subject": "Putin", "object": "Zhang", "place": "Moscow", "when": day("2023-11-08")}))
    assert found == []


def trade(doc, when, quantity, modality="asserted", kind="trade_volume"):
    return {"doc": doc, "kind": kind, "subject": "Trade", "when": when, "quantity": quantity, "modality": modality}


def test_figures_that_cannot_both_hold_are_an_error():
    found = compare(facts(trade("a", year(2022), usd(100e9, 99.5e9, 100.5e9)),
                          trade("b", year(2022), usd(190e9, 189.5e9, 190.5e9))))
    assert rules_of(found) == ["figure-conflict"]
    assert found[0].severity == "error"


def test_figures_far_apart_but_overlapping_are_a_warning():
    found = compare(facts(trade("a", year(2022), usd(100e9, 50e9, 150e9)),
                          trade("b", year(2022), usd(160e9, 110e9, 210e9))))
    assert [(f.rule, f.severity) for f in found] == [("figure-far", "warning")]


def test_figures_that_agree_corroborate():
    found = compare(facts(trade("a", year(2022), usd(100e9, 100e9, None)),
                          trade("b", year(2022), usd(101e9, 100.5e9, 101.5e9))))
    assert rules_of(found) == ["corroboration"]


def test_an_actual_figure_against_a_target_is_an_info_never_an_error_and_another_year_is_nothing():
    found = compare(facts(trade("a", year(2024), usd(100e9, 99.5e9, 100.5e9)),
                          trade("b", year(2024), usd(200e9, 150e9, 250e9), modality="target")))
    assert [(f.rule, f.severity) for f in found] == [("forecast-outcome", "info")]
    assert compare(facts(trade("a", year(2022), usd(100e9, 99.5e9, 100.5e9)),
                         trade("b", year(2023), usd(190e9, 189.5e9, 190.5e9)))) == []
    assert compare(facts(trade("a", year(2022), usd(100e9, 99.5e9, 100.5e9)),
                         trade("b", month("2022-10"), usd(9e9, 8.5e9, 9.5e9)))) == []


def role(doc, who, when, kind="role", post="Russian defence minister"):
    return {"doc": doc, "kind": kind, "subject": who, "object": post, "when": when}


def test_two_holders_of_a_single_holder_post_on_one_day_conflict():
    found = compare(facts(role("a", "Shoigu", day("2023-11-08")), role("b", "Belousov", day("2023-11-08"))))
    assert rules_of(found, "error") == ["role-conflict"]
    assert "Shoigu" in found[0].message and "Belousov" in found[0].message


def test_a_surname_alone_is_the_same_holder_not_a_second_one():
    found = compare(facts(role("a", "Hassan", day("2024-09-15")), role("b", "Jafar Hassan", day("2024-09-15"))))
    assert rules_of(found, "error") == []
    # a shared word is not enough: two people of one family are two holders
    found = compare(facts(role("a", "Ali Hassan", day("2024-09-15")), role("b", "Jafar Hassan", day("2024-09-15"))))
    assert rules_of(found, "error") == ["role-conflict"]


def test_two_romanisations_of_one_name_are_one_holder():
    found = compare(facts(role("a", "Khalid bin Saad al-Mansouri", day("2024-09-15")),
                          role("b", "Khaled bin Saad bin Nasser Al Mansoori", day("2024-09-15"))))
    assert rules_of(found, "error") == []
    # sounds alike word by word, but different people
    found = compare(facts(role("a", "Khalid Mansouri", day("2024-09-15")),
                          role("b", "Samir Nasser", day("2024-09-15"))))
    assert rules_of(found, "error") == ["role-conflict"]


def test_holders_at_different_times_are_a_succession():
    found = compare(facts(role("a", "Shoigu", day("2023-11-08")),
                          role("b", "Belousov", month("XXXX-05"), kind="appointment"),
                          role("c", "Belousov", day("2024-05-14"))))
    assert rules_of(found, "error") == []


def test_a_post_whose_country_is_guessed_confirms_and_never_clashes():
    # the country read from the office named elsewhere in the document (posts.py, `guessed_rules`)
    guessed = {**role("b", "Belousov", day("2023-11-08")), "rule": "en/names/bare_posts+country/office"}
    assert rules_of(compare(facts(role("a", "Shoigu", day("2023-11-08")), guessed)), "error") == []
    assert rules_of(compare(facts(role("a", "Shoigu", day("2023-11-08")),
                                  {**guessed, "rule": "en/names/bare_posts+country/document"})), "error") == ["role-conflict"]
    # nor do two holders of one post, each so guessed
    assert rules_of(compare(facts({**role("a", "Shoigu", day("2023-11-08")), "rule": guessed["rule"]}, guessed)),
                    "error") == []
    # the same holder told so by two sources is confirmed
    found = compare(facts(role("a", "Belousov", day("2023-11-08")), guessed), docs(a=None, b=None))
    assert "corroboration" in rules_of(found)


def test_the_rule_of_a_guessed_post_is_one_the_policy_reads_as_guessed():
    # the suffix the extractor writes (posts.GUESSED) and the policy's data (guessed_rules) agree
    from checker.extract.posts import GUESSED
    assert GUESSED in engine_policy.policy().guessed


def test_a_post_held_by_many_is_never_a_role_conflict():
    found = compare(facts(role("a", "Shoigu", day("2023-11-08"), post="General"),
                          role("b", "Belousov", day("2023-11-08"), post="General")))
    assert rules_of(found, "error") == []


def test_corroboration_needs_distinct_documents_and_lists_them_all():
    same_doc = facts(visit("a", month("2023-10")), {**visit("a", month("2023-10")), "span": (90, 99)})
    assert compare(same_doc) == []
    three = compare(facts(visit("a", month("2023-10")), visit("b", month("2023-10")), visit("c", month("XXXX-10"))),
                    docs(a=None, b=None, c=None))
    assert rules_of(three) == ["corroboration"]
    assert set(three[0].docs) == {"a", "b", "c"}
    assert "3 sources" in three[0].message


def appointment(doc, when=None, who="Olga Varga", post="Ruritanian central bank governor"):
    return {"doc": doc, "kind": "appointment", "subject": who, "object": post, "when": when}


def test_an_undated_report_of_an_appointment_confirms_the_one_date_the_others_give():
    found = compare(facts(appointment("a", day("2021-05-03")), appointment("b", day("2021-05-03")), appointment("c")))
    assert rules_of(found) == ["corroboration"]
    assert set(found[0].docs) == {"a", "b", "c"}
    assert found[0].values == ("3 May 2021",)
    assert found[0].message.endswith("; no date in c")
    # told on two dates (a reappointment, or a slip), an undated report may be of either
    two = compare(facts(appointment("a", day("2021-05-03")), appointment("b", year(2017)), appointment("c")))
    assert not any("c" in f.docs for f in two)
    # another post, or a visit, is not confirmed by an undated report
    other = compare(facts(appointment("a", day("2021-05-03")), appointment("c", post="Ruritanian finance minister")))
    assert other == []
    assert compare(facts(visit("a", month("2023-10")), visit("b", None))) == []


def test_an_undated_report_of_an_appointment_confirms_the_one_date_told_as_done_not_one_foretold():
    foretold = {**appointment("b", day("2021-05-10")), "modality": "expected"}
    found = compare(facts(appointment("a", day("2021-05-03")), foretold, appointment("c")))
    told = [f for f in found if f.rule == "corroboration"]
    assert len(told) == 1 and set(told[0].docs) == {"a", "c"}
    assert told[0].message.endswith("; no date in c")
    assert "no date" not in " ".join(f.message for f in found if f.rule != "corroboration")
    # two dates told as done: the undated report may be of either, and confirms neither
    two = compare(facts(appointment("a", day("2021-05-03")), foretold, appointment("d", day("2021-05-12")),
                        appointment("c")))
    assert not any("c" in f.docs for f in two if f.rule == "corroboration")
    # an undated forecast beside an undated report told as done: no one class, nothing joins
    mixed = compare(facts(appointment("a", day("2021-05-03")), foretold, appointment("c"),
                          {**appointment("e"), "modality": "expected"}))
    assert not any("c" in f.docs or "e" in f.docs for f in mixed if f.rule == "corroboration")


def test_an_undated_article_gets_a_suggested_date_from_a_dated_one():
    wed = {"text": "today, Wednesday", "value": "XXXX-WXX-3", "granularity": "day", "resolved_by": "unresolved"}
    dated = day("2023-11-08", "today, Wednesday", resolved_by="publication")
    meeting = {"kind": "meeting", "subject": "Putin", "object": "Zhang"}
    found = compare(facts({**meeting, "doc": "u", "when": wed}, {**meeting, "doc": "d", "when": dated}),
                    docs(u=None, d=date(2023, 11, 8)))
    suggestion = [f for f in found if f.rule == "publication-date-suggestion"]
    assert len(suggestion) == 1
    assert suggestion[0].extra == {"suggested": "2023-11-08", "doc": "u"}
    # other words ('on Wednesday' against 'today') are no evidence of the publication day
    other = {**wed, "text": "on Wednesday"}
    found = compare(facts({**meeting, "doc": "u", "when": other}, {**meeting, "doc": "d", "when": dated}),
                    docs(u=None, d=date(2023, 11, 8)))
    assert "publication-date-suggestion" not in rules_of(found)


def test_focus_keeps_only_findings_about_the_draft_and_lets_it_speak_first():
    fs = facts(visit("x", month("2023-10")), visit("y", month("2023-10")), visit("z", month("2023-03")),
               visit("draft", month("2023-02")))
    all_found = compare(fs)
    assert len(rules_of(all_found, "error")) == 3  # {x, y} against z and against the draft; z against the draft
    found = Engine(docs(x=None, y=None, z=None, draft=None), focus="draft").compare(fs)
    assert found and all("draft" in f.docs for f in found)
    err = [f for f in found if f.values[1] == wording.describe_when(fact_from_dict(visit("x", month("2023-10"))).when)]
    assert err and err[0].message.split(": ", 1)[1].startswith("the draft says")
    assert "2 sources say" in err[0].message


def test_weekday_next_to_a_date_that_falls_on_another_day():
    text = "وصل الرئيس يوم الأربعاء 9 نوفمبر 2023 إلى موسكو"
    start = text.index("9 نوفمبر")
    when = When("9 نوفمبر 2023", start, start + len("9 نوفمبر 2023"), "2023-11-09", "day",
                date(2023, 11, 9), date(2023, 11, 9))
    found = weekday_findings("d", text, [when], "ar")
    assert [(f.rule, f.severity) for f in found] == [("weekday-mismatch", "warning")]
    assert "Wednesday" in found[0].message and "Thursday" in found[0].message
    assert found[0].quotes[0].text.startswith("الأربعاء")
    right = When("8 نوفمبر 2023", start, start + 13, "2023-11-08", "day", date(2023, 11, 8), date(2023, 11, 8))
    assert weekday_findings("d", text.replace("9 نوفمبر", "8 نوفمبر"), [right], "ar") == []


def test_a_weekday_far_from_the_date_is_not_its_weekday():
    text = "On Wednesday talks began; the treaty of 9 November 2023 was signed."
    start = text.index("9 November")
    when = When("9 November 2023", start, start + 15, "2023-11-09", "day", date(2023, 11, 9), date(2023, 11, 9))
    assert weekday_findings("d", text, [when], "en") == []


def test_blocking_compares_blocks_not_all_pairs(monkeypatch):
    from checker.extract import timex

    calls = []
    real = timex.overlaps
    monkeypatch.setattr(timex, "overlaps", lambda a, b: calls.append(1) or real(a, b))
    many = facts(*[{"doc": f"d{i}", "kind": "visit", "subject": f"P{i % 200}", "place": f"C{i % 7}",
                    "occasion": "F", "when": month(f"2023-{i % 12 + 1:02d}")} for i in range(1400)])
    compare(many)
    # 1400 facts in 1400 blocks of one: all pairs would be ~980,000 comparisons
    assert len(calls) < 2000


@settings(max_examples=40, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(["a", "b", "c"]), st.sampled_from(["2023-02", "2023-10", "XXXX-10", "XXXX-02"]),
                          st.sampled_from([None, "Forum"])), min_size=1, max_size=8))
def test_findings_do_not_depend_on_the_order_of_facts(rows):
    fs = facts(*[visit(d, month(v), occasion=o) for d, v, o in rows])

    def summary(found):
        return sorted((f.rule, f.severity, sorted(f.docs), sorted(f.values)) for f in found)

    assert summary(compare(fs)) == summary(compare(list(reversed(fs))))


def test_a_draft_siding_with_a_precise_source_in_a_divided_archive_is_a_warning_not_an_error():
    archive = [visit("000", month("XXXX-02")), visit("003", month("2023-10"))]
    d = docs(**{"000": None, "003": None, "draft": None})
    oct_ = Engine(d, focus="draft").compare(facts(*archive, visit("draft", month("2023-10"))))
    assert [f.severity for f in oct_ if f.rule == "date-conflict"] == ["warning"]
    # February of an unknown year is no precise support for February 2023
    feb = Engine(d, focus="draft").compare(facts(*archive, visit("draft", month("2023-02"))))
    assert [f.severity for f in feb if f.rule == "date-conflict"] == ["error"]


def _policy_from(root, conflicts_yaml: str):
    """The comparison policy of a rules folder holding only this conflicts.yaml."""
    from checker import rules
    from checker.languages import Language

    (root / "common").mkdir(parents=True)
    (root / "common" / "conflicts.yaml").write_text(conflicts_yaml, encoding="utf-8")
    common = Language("common", {"conflicts": rules.load("common", "conflicts", str(root))})
    return common.build(engine_policy.policy.__wrapped__)


def test_a_policy_key_that_is_no_column_of_facts_is_a_rule_error(tmp_path):
    import pytest

    from checker import rules

    def policy_of(name, keys):
        return _policy_from(tmp_path / name, f"lexicons:\n  event_keys:\n    visit: {keys}\n"
                                             "  modality_class:\n    asserted: actual\nrules: []\n")

    with pytest.raises(rules.RuleError, match=r"bad/common/conflicts\.yaml: event_keys: visit: unknown field\(s\) "
                                               r"place\] = 1 OR \[place"):
        policy_of("bad", "[subject, 'place] = 1 OR [place']")
    assert policy_of("good", "[participants, place]").event_keys == {"visit": ("participants", "place")}


def test_year_implies_names_only_a_field_the_kind_may_leave_unstated(tmp_path):
    import pytest

    from checker import rules

    def policy_of(name, implies):
        return _policy_from(tmp_path / name, "lexicons:\n  event_keys:\n    trade_growth: [subject]\n"
                            "  unstated_keys:\n    trade_growth: [basis]\n"
                            f"  year_implies:\n    trade_growth: {implies}\n  modality_class:\n    asserted: actual\n"
                            "rules: []\n")

    with pytest.raises(rules.RuleError, match=r"bad/common/conflicts\.yaml: year_implies: trade_growth: measure is "
                                               r"not one of its unstated_keys \(basis\)"):
        policy_of("bad", "{measure: turnover}")
    good = policy_of("good", "{basis: Year-on-year}")
    assert good.year_implies == {"trade_growth": {"basis": "year on year"}}
    rate = {"text": "8%", "value": 8.0, "low": 7.5, "high": 8.5, "unit": "percent"}
    growth = dict(doc="a", kind="trade_growth", subject="T", quantity=rate)
    whole, quarter = facts({**growth, "when": year(2023)},
                           {**growth, "when": {**year(2023), "value": "2023-Q1", "latest": date(2023, 3, 31)}})
    assert good.stated(whole, "basis") == "year on year"
    assert good.stated(quarter, "basis") is None


def test_never_clash_and_class_notes_name_only_modality_classes(tmp_path):
    import pytest

    from checker import rules

    def policy_of(name, lexicon):
        return _policy_from(tmp_path / name, "lexicons:\n  event_keys:\n    visit: [subject, place]\n"
                            "  modality_class:\n    asserted: actual\n    postponed: postponed\n"
                            f"{lexicon}rules: []\n")

    with pytest.raises(rules.RuleError, match=r"bad/common/conflicts\.yaml: never_clash: delayed: not a modality "
                                               r"class \(known: actual, postponed\)"):
        policy_of("bad", "  never_clash: [delayed]\n")
    with pytest.raises(rules.RuleError, match=r"notes/common/conflicts\.yaml: class_notes: put off: not a modality"):
        policy_of("notes", "  class_notes:\n    put off: ' (put off)'\n")
    good = policy_of("good", "  never_clash: [postponed]\n  class_notes:\n    postponed: ' (put off)'\n")
    assert good.never_clash == {"postponed"} and good.class_notes == {"postponed": " (put off)"}


def test_one_article_on_both_sides_of_a_figure_clash_is_no_clash_but_another_article_still_is():
    # a: 6.4 billion and 830 million for one year's exports (a total and a part); b: 7.9 billion
    def exports(doc, value, span):
        return {"doc": doc, "kind": "trade_volume", "subject": "Trade", "measure": "exports", "direction": "A→B",
                "when": year(2022), "quantity": usd(value, value * 0.995, value * 1.005), "span": span}

    found = compare(facts(exports("a", 6.4e9, (0, 5)), exports("a", 830e6, (50, 55)), exports("b", 7.9e9, (0, 5))))
    clashes = [f for f in found if f.severity == "error"]
    assert {tuple(sorted(f.docs)) for f in clashes} == {("a", "b")} and len(clashes) == 2


def test_one_article_giving_both_values_hides_no_clash_between_the_other_articles():
    # b: Chile's exports to Peru in 2022 were $6.4bn; c and d: $5.0bn; a gives both (a total and a part)
    def exports(doc, value, span=(0, 5)):
        return {"doc": doc, "kind": "trade_volume", "subject": "Chile-Peru trade", "measure": "exports",
                "direction": "Chile→Peru", "when": year(2022), "quantity": usd(value, value * 0.995, value * 1.005),
                "span": span}

    others = [exports("b", 6.4e9), exports("c", 5.0e9), exports("d", 5.0e9)]
    before = [f for f in compare(facts(*others)) if f.severity == "error"]
    assert [tuple(sorted(f.docs)) for f in before] == [("b", "c", "d")]
    both = [exports("a", 6.4e9), exports("a", 5.0e9, (60, 65))]
    after = [f for f in compare(facts(*both, *others)) if f.severity == "error"]
    # still one clash, of the articles that stand on one side only: a is not named in it
    assert [tuple(sorted(f.docs)) for f in after] == [("b", "c", "d")]
    assert not [i for f in after for i in f.facts if i.startswith("a-")]
    assert [f for f in compare(facts(*both)) if f.severity == "error"] == []
    # checking b as a draft: a, on both sides, lends b no support (the clash stays an error), and
    # checking a, it is in no clash
    draft_b = [f for f in Engine(focus="b").compare(facts(*both, *others)) if f.severity != "info"]
    assert [(f.severity, sorted(f.docs)) for f in draft_b] == [("error", ["b", "c", "d"])]
    assert [f for f in Engine(focus="a").compare(facts(*both, *others)) if f.severity != "info"] == []
    # every article of one side on the other too: c and d give both, b only one
    shared = [exports("b", 6.4e9), exports("c", 6.4e9), exports("c", 5.0e9, (60, 65)),
              exports("d", 6.4e9), exports("d", 5.0e9, (60, 65))]
    assert [f for f in compare(facts(*shared)) if f.severity == "error"] == []


def test_one_article_naming_both_holders_hides_no_clash_between_the_other_articles():
    post = "Chilean foreign minister"
    on = day("2024-04-02")
    others = [role("b", "Teresa Olmos", on, post=post), role("c", "Julio Arancibia", on, post=post)]
    handover = [role("a", "Teresa Olmos", on, post=post), role("a", "Julio Arancibia", on, post=post)]
    found = compare(facts(*handover, *others))
    assert rules_of(found, "error") == ["role-conflict"]
    assert set(found[0].docs) == {"b", "c"} and not [i for i in found[0].facts if i.startswith("a-")]
    assert rules_of(compare(facts(*handover)), "error") == []


def test_an_undated_report_confirms_a_visit_or_meeting_of_a_nearby_day_never_a_figure_or_a_period():
    def meeting(doc, when=None):
        return {"doc": doc, "kind": "meeting", "subject": "Ilse Brandt", "object": "Kwame Asante", "when": when}

    def imports(doc, when=None):
        return {"doc": doc, "kind": "trade_volume", "subject": "Ghana-Germany trade", "measure": "imports",
                "direction": "Germany→Ghana", "when": when, "quantity": usd(2.1e9, 2.09e9, 2.11e9)}

    # a meeting on 10 May and told without a day in an article of 12 May: the same meeting
    near = compare(facts(meeting("a", day("2024-05-10")), meeting("b")), docs(a=date(2024, 5, 10), b=date(2024, 5, 12)))
    assert rules_of(near) == ["corroboration"] and set(near[0].docs) == {"a", "b"}
    # of 20 May: ten days after it, maybe another meeting
    far = compare(facts(meeting("a", day("2024-05-10")), meeting("b")), docs(a=date(2024, 5, 10), b=date(2024, 5, 20)))
    assert far == []
    # told for the month of May: 12 May is no nearer to it than to any other day of May
    month_only = compare(facts(meeting("a", month("2024-05")), meeting("b")),
                         docs(a=date(2024, 6, 1), b=date(2024, 5, 12)))
    assert month_only == []
    # a figure with no period, even in an article of the same day, may be of another period
    figure = compare(facts(imports("a", day("2024-05-10")), imports("b")), docs(a=date(2024, 5, 10), b=date(2024, 5, 10)))
    assert figure == []
    # the dated figure alone with another dated one still corroborates: the rule is about the undated side
    both = compare(facts(imports("a", year(2023)), imports("b", year(2023))), docs(a=date(2024, 1, 9), b=date(2024, 2, 1)))
    assert rules_of(both) == ["corroboration"]


def test_same_occasion_asks_for_one_occasion_named_by_both():
    def told(occasion):
        return fact_from_dict({"doc": "a", "kind": "meeting", "subject": "Ilse Brandt", "occasion": occasion})

    assert same_occasion(told("Accra trade fair"), told("accra trade fair"))
    assert not same_occasion(told("Accra trade fair"), told("Lagos energy forum"))
    assert not same_occasion(told("Accra trade fair"), told(None))
    assert not same_occasion(told(None), told(None))
