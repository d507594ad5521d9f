"""Ordinal and recurrence claims ('the first visit in nine years', 'الزيارة الثالثة له') as facts of
their own kind, compared across sources, shown in plain words and left out of the evaluation."""
import time
from datetime import date

import pytest

from checker import pipeline
from checker.compare.engine import compare
from checker.compare.examples import fact_from_dict
from checker.compare.wording import describe_ordinal, ordinal_word
from checker.extract import ordinals
from checker.read.documents import build, Raw
from checker.store import Store
from checker import archive


def _doc(text: str, lang: str, published: str = "2024-10-28"):
    return build(Raw(name=f"{lang}.txt", text=text, lang=lang), published=published)


def _claims(text: str, lang: str):
    return [f for f in pipeline.analyse(_doc(text, lang)).facts if f.kind == ordinals.KIND]


def test_english_claim_takes_the_event_of_its_sentence():
    (f,) = _claims("French President Emmanuel Macron arrived in Rabat on Monday on his third visit to Morocco "
                   "since 2018.", "en")
    assert (f.subject, f.measure, f.place, f.basis) == ("Emmanuel Macron", "visit", "Morocco", "since 2018")
    assert f.quantity.value == 3 and f.quantity.unit == "ordinal" and f.quantity.text == "third"
    assert f.when.value == "2024-10-28"  # the Monday of the visit, in an article of Monday 28 October 2024
    assert f.rule.endswith("+subject/event")


def test_arabic_claim_after_its_noun():
    (f,) = _claims("حط الرئيس الفرنسي إيمانويل ماكرون في مراكش يوم الاثنين في زيارته الثانية إلى المغرب منذ 2018.",
                   "ar")
    assert (f.subject, f.measure, f.place, f.basis, f.quantity.value) == (
        "Emmanuel Macron", "visit", "Morocco", "since 2018", 2)
    # 'منذ 2018' is the span counted over, never the date of the visit
    assert f.when.value == "2024-10-28"


def test_a_span_back_is_counted_from_the_event():
    (f,) = _claims("Emmanuel Macron arrived in Morocco on Monday, his first visit to the country in nine years.", "en")
    assert (f.place, f.basis, f.quantity.value) == ("Morocco", "in 9 years", 1)
    assert ordinals.counted_from(f) == (date(2015, 10, 28), 108)


def test_this_year_is_the_year_of_the_event():
    (f,) = _claims("وصل الرئيس الأمريكي دونالد ترامب إلى الرياض يوم الاثنين، في جولة خليجية تعد الثانية له خلال "
                   "العام الجاري.", "ar")
    assert (f.subject, f.place, f.basis, f.quantity.value) == ("Donald Trump", "Riyadh", "in 2024", 2)


def test_subject_carried_from_the_sentence_before():
    facts = _claims("Emmanuel Macron arrived in Rabat on Monday. It is his fourth trip to the region.", "en")
    (f,) = facts
    assert f.subject == "Emmanuel Macron" and f.quantity.value == 4 and f.basis is None
    assert f.rule.endswith("+subject/carried")


def test_a_person_named_after_the_span_is_the_one_counted_from():
    text = ("Ghanaian President John Mahama will travel to Ottawa on 9 April. The trip is the first by a Ghanaian "
            "head of state to Canada since 2007, when John Kufuor held talks there with Stephen Harper.")
    (f,) = [f for f in _claims(text, "en")]
    assert f.subject == "John Mahama" and f.basis == "since 2007"


def test_a_place_the_trip_is_outside_of_is_not_the_place_counted():
    (f,) = _claims("توجه الرئيس الصيني شي جين بينغ إلى موسكو يوم الأحد، في أول جولة يقوم بها خارج الصين منذ ثلاث "
                   "سنوات ونصف.", "ar")
    assert f.place == "Moscow" and f.basis == "abroad in 3.5 years"  # a count of trips outside China


def test_a_count_of_trips_abroad_is_of_the_clause_subject_and_no_one_place():
    # 'his' is the subject's, not the other party's named right before it; the count is of trips abroad
    (f,) = _claims("Kenyan President William Ruto arrived in Lima on Monday. The Kenyan leader will hold talks with "
                   "Peruvian President Dina Boluarte on his first journey overseas since becoming head of state.", "en")
    assert (f.subject, f.basis, f.quantity.value) == ("William Ruto", "abroad since taking office", 1)
    assert ordinals.abroad(f) and ordinals.since_office(f) and ordinals.counted_from(f) is None
    assert describe_ordinal(f) == "1st visit abroad since taking office"


def test_his_first_visit_to_the_hosts_country_is_the_guests():
    # the other party is the one who travels where the place counted is the subject's own country
    (f,) = _claims("Chinese President Xi Jinping met Kenyan President William Ruto in Beijing on Monday, during "
                   "his first visit to China in nine years.", "en")
    assert f.subject == "William Ruto"


def test_a_first_trip_abroad_since_taking_office_against_an_earlier_one_in_the_archive(tmp_path):
    store = Store(tmp_path / "c.db")
    sworn = _doc("Kenyan President William Ruto was sworn in on Tuesday.", "en", "2022-09-14")  # 13 September
    earlier = _doc("Kenyan President William Ruto arrived in Accra on Monday.", "en", "2022-11-23")  # 21 November
    home = _doc("Kenyan President William Ruto arrived in Mombasa on Monday.", "en", "2022-10-19")
    claim = _doc("Kenyan President William Ruto arrived in Lima on Monday, his first trip abroad since taking "
                 "office.", "en", "2023-01-18")
    for d in (sworn, earlier, home, claim):
        store.add(d, pipeline.analyse(d))
    (rec,) = [f for f in archive.recompute(store) if f.rule == "recurrence"]
    assert rec.values == ("1st visit abroad since taking office", "21 November 2022")
    # a draft making the claim meets the archive's day of taking office and its trip abroad
    draft = _doc("Kenyan President William Ruto arrived in Quito on Monday, his first trip abroad since taking "
                 "office.", "en", "2023-01-25")
    found = [f for f in archive.check(store, draft, pipeline.analyse(draft).facts) if f.rule == "recurrence"]
    assert sorted(f.values[1] for f in found) == ["16 January 2023", "21 November 2022"]  # Lima, then Accra
    store.close()


def test_a_span_the_rules_do_not_read_is_kept_as_words():
    (f,) = _claims("Xi Jinping arrived in Hong Kong on Monday, his first trip since the pandemic began.", "en")
    assert f.basis == "since the pandemic began"  # compared only with the same words, never as all time


def test_no_claim_without_a_subject():
    assert _claims("Kenya and Ghana plan to convene the second meeting of a new fisheries working group in June.", "en") == []
    assert _claims("The first visit ever made.", "en") == []


def test_plain_words():
    f = fact_from_dict({"doc": "a", "kind": "ordinal", "subject": "P", "measure": "visit", "place": "the Gulf",
                        "basis": "in 9 years", "quantity": {"text": "fourth", "value": 4, "low": 4, "high": 4,
                                                            "unit": "ordinal"}})
    assert describe_ordinal(f) == "4th visit to the Gulf in 9 years"
    assert [ordinal_word(n) for n in (1, 2, 3, 11, 12, 13, 21, 22)] == \
        ["1st", "2nd", "3rd", "11th", "12th", "13th", "21st", "22nd"]


def _ordinal(doc, n, basis="since 2018", place="Morocco", day="2024-10-28"):
    return {"doc": doc, "kind": "ordinal", "subject": "Emmanuel Macron", "measure": "visit", "place": place,
            "basis": basis, "quantity": {"text": str(n), "value": n, "low": n, "high": n, "unit": "ordinal"},
            "when": {"value": day, "granularity": "day", "earliest": date.fromisoformat(day),
                     "latest": date.fromisoformat(day)}}


@pytest.mark.parametrize("a,b,rule", [
    (_ordinal("a", 2), _ordinal("b", 3), "ordinal-conflict"),  # one visit counted in two ways
    (_ordinal("a", 2), _ordinal("b", 3, day="2024-10-30"), "ordinal-conflict"),  # dated by publication, two days on
    (_ordinal("a", 1, "in 6 years"), _ordinal("b", 2), None),  # two spans: both may hold
    (_ordinal("a", 2), _ordinal("b", 3, day="2025-10-28"), None),  # two visits a year apart
    (_ordinal("a", 2), _ordinal("b", 2), None),  # the same count agrees
    (_ordinal("a", 2, place="Rabat"), _ordinal("b", 3), None),  # a city's count is not the country's
])
def test_pairs(a, b, rule):
    found = [f for f in compare([fact_from_dict(a, 0), fact_from_dict(b, 1)]) if f.rule in ("ordinal-conflict", "recurrence")]
    assert [f.rule for f in found] == ([rule] if rule else [])
    if rule:
        assert found[0].severity == "warning" and "the count of Emmanuel Macron's visits" in found[0].message


def _visit(doc, value, earliest, latest, place="Morocco"):
    return {"doc": doc, "kind": "visit", "subject": "Emmanuel Macron", "place": place,
            "when": {"text": value, "value": value, "granularity": "month", "earliest": date.fromisoformat(earliest),
                     "latest": date.fromisoformat(latest)}}


@pytest.mark.parametrize("visit,flagged", [
    (_visit("b", "2020-03", "2020-03-01", "2020-03-31"), True),  # inside the nine years
    (_visit("b", "2020-03", "2020-03-01", "2020-03-31", place="Rabat"), True),  # a city of the country claimed
    (_visit("b", "2016-03", "2016-03-01", "2016-03-31"), False),  # about nine years before: the one counted from
    (_visit("b", "2024-10", "2024-10-01", "2024-10-31"), False),  # the visit claimed itself
    (_visit("b", "2020-03", "2020-03-01", "2020-03-31", place="Algeria"), False),
])
def test_first_in_a_span_against_a_visit_inside_it(visit, flagged):
    claim = _ordinal("a", 1, "in 9 years")
    found = [f for f in compare([fact_from_dict(claim, 0), fact_from_dict(visit, 1)]) if f.rule == "recurrence"]
    assert bool(found) == flagged
    if flagged:
        assert "a calls it the 1st visit to Morocco in 9 years, but b reports" in found[0].message


def test_store_and_draft_find_both_clashes(tmp_path):
    """The archive's comparison pass and a draft's check: an Arabic draft against English sources."""
    store = Store(tmp_path / "c.db")
    a = _doc("French President Emmanuel Macron arrived in Rabat on Monday on his third visit to Morocco since 2018.",
             "en")
    b = _doc("French President Emmanuel Macron visited Morocco in March 2020.", "en", "2020-03-20")
    c = _doc("Emmanuel Macron arrived in Morocco on Monday, his first visit to the country in nine years.", "en")
    for d in (a, b, c):
        store.add(d, pipeline.analyse(d))
    found = archive.recompute(store)
    assert sorted(f.rule for f in found if f.rule in ("ordinal-conflict", "recurrence")) == ["recurrence"]
    draft = _doc("حط الرئيس الفرنسي إيمانويل ماكرون في مراكش يوم الاثنين في زيارته الثانية إلى المغرب منذ 2018.", "ar")
    checked = archive.check(store, draft, pipeline.analyse(draft).facts)
    (clash,) = [f for f in checked if f.rule == "ordinal-conflict"]
    assert clash.values == ("2nd visit to Morocco since 2018", "3rd visit to Morocco since 2018")
    assert "'زيارته الثانية إلى المغرب منذ 2018'" in clash.message  # the claim's own words
    # a draft's visit meets the archive's claim that there was none in those years
    visit = _doc("French President Emmanuel Macron visited Morocco in March 2021.", "en", "2021-03-20")
    checked = archive.check(store, visit, pipeline.analyse(visit).facts)
    (rec,) = [f for f in checked if f.rule == "recurrence"]
    assert rec.values == ("1st visit to Morocco in 9 years", "March 2021")
    store.close()


def test_listing_shows_the_claim(tmp_path):
    from checker.output.listings import kinds, render
    assert "ordinal" in kinds()
    facts = _claims("Emmanuel Macron arrived in Rabat on Monday on his third visit to Morocco since 2018.", "en")
    (line,) = render(facts, {}, "text")
    assert "ordinal: Emmanuel Macron / Morocco" in line and "3rd visit to Morocco since 2018" in line


def test_evaluation_ignores_the_kind():
    from checker.evaluate import KINDS
    assert ordinals.KIND not in KINDS  # evaluate skips a kind the gold does not annotate (neither right nor wrong)


@pytest.mark.parametrize("text", [
    "first visit since " * 700,  # 10 KB without punctuation
    " ".join(["the first visit to Morocco in nine years by Emmanuel Macron"] * 200),
    "الزيارة الأولى " * 800,
])
def test_bad_input_is_bounded(text):
    start = time.perf_counter()
    ordinals.claims(text, "ar" if "ا" in text else "en")
    assert time.perf_counter() - start < 2.0


def test_a_span_before_the_first_year_has_no_start():
    f = fact_from_dict(_ordinal("a", 1, "in 9990 years"))
    assert ordinals.counted_from(f) is None  # no date holds year -7966: the span is as good as unread
    assert ordinals.counted_from(fact_from_dict(_ordinal("a", 1, "in 999 years"))) == (date(1025, 10, 28), 11988)


def test_an_absurdly_long_span_neither_stops_ingest_nor_report(tmp_path):
    from click.testing import CliRunner
    from checker.cli import cli
    (tmp_path / "a.txt").write_text("Chinese President Xi Jinping arrived in Paris on Monday, his first visit to "
                                    "France in 300 decades.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Chinese President Xi Jinping visited France in March 2019.\n", encoding="utf-8")
    db = str(tmp_path / "c.db")
    ingest = CliRunner().invoke(cli, ["ingest", "--db", db, "--published", "2024-05-06", "--jobs", "1",
                                      str(tmp_path / "a.txt"), str(tmp_path / "b.txt")])
    assert ingest.exit_code == 0, ingest.output
    assert "2 documents added" in ingest.output
    report = CliRunner().invoke(cli, ["report", "--db", db, "--out", str(tmp_path / "out")])
    assert report.exit_code == 0, report.output
    assert (tmp_path / "out" / "report.md").exists()
    assert "recurrence" not in (tmp_path / "out" / "report.json").read_text(encoding="utf-8")


def test_a_span_in_time_words_the_rules_do_not_count_is_no_count_over_all_time(tmp_path):
    """'in decades' is a span, unread: it must not meet 'his third visit' (over all time) as one count."""
    store = Store(tmp_path / "c.db")
    a = _doc("Indian Prime Minister Narendra Modi landed in Paris on Monday, his first visit to France in decades.", "en")
    b = _doc("Indian Prime Minister Narendra Modi arrived in Paris on Monday on his third visit to France.", "en")
    for d in (a, b):
        store.add(d, pipeline.analyse(d))
    claims = sorted((f.quantity.value, f.basis) for f in store.facts() if f.kind == ordinals.KIND)
    assert claims == [(1, "in decades"), (3, None)]
    found = archive.recompute(store)
    assert [f.rule for f in found if f.rule in ("ordinal-conflict", "recurrence")] == []
    store.close()


@pytest.mark.parametrize("text,lang,basis", [
    ("Narendra Modi landed in Paris on Monday, his first visit to France in a dozen years.", "en", "in a dozen years"),
    ("Narendra Modi landed in Paris on Monday, the first such trip for years.", "en", "for years"),
    ("Narendra Modi landed in Paris on Monday, his first visit to France in a century.", "en", "in 100 years"),
    ("حط رئيس الحكومة الهندية ناريندرا مودي في باريس صباح الاثنين في أول زيارة له منذ أكثر من عقد.", "ar", "in 10 years"),
    ("حط رئيس الحكومة الهندية ناريندرا مودي في باريس صباح الاثنين في أول زيارة له منذ قرن.", "ar", "in 100 years"),
    ("حط رئيس الحكومة الهندية ناريندرا مودي في باريس صباح الاثنين في أول زيارة له خلال عقود.", "ar", "خلال عقود"),
], ids=["dozen", "for-years", "century", "ar-over-a-decade", "ar-a-century", "ar-decades"])
def test_spans_in_time_words(text, lang, basis):
    (f,) = _claims(text, lang)
    assert f.basis == basis


def _places(text: str, lang: str, kind: str) -> list:
    return [f.place for f in pipeline.analyse(_doc(text, lang)).facts if f.kind == kind]


@pytest.mark.parametrize("text,lang,visits,counted", [
    # one `outside` pattern a language (events.yaml), read for the visit and for the claim alike
    ("Kenyan President William Ruto will make a trip outside Kenya on Monday.", "en", [], []),
    ("Kenyan President William Ruto will make a trip to Ghana on Monday.", "en", ["Ghana"], []),
    ("Kenyan President William Ruto will make his first trip beyond Africa on Monday.", "en", [], [None]),
    ("Kenyan President William Ruto will travel to Canada on Monday, his first trip outside Africa since 2022.", "en",
     ["Canada"], ["Canada"]),
    ("Kenyan President William Ruto will make his first trip outside the country to Canada on Monday.", "en",
     ["Canada"], ["Canada"]),  # a place after 'to' is the destination, whatever stood before
    ("يقوم الرئيس الكيني وليام روتو الأسبوع المقبل بأول رحلة له خارج البلاد إلى كندا.", "ar", ["Canada"], ["Canada"]),
], ids=["en-outside", "en-control", "en-beyond", "en-claim", "en-outside-then-to", "ar-outside-then-to"])
def test_a_place_outside_the_trip(text, lang, visits, counted):
    assert _places(text, lang, "visit") == visits
    assert _places(text, lang, ordinals.KIND) == counted


def _earlier(text: str, lang: str = "en") -> list:
    """The visits a 'first in a span' claim tells of at its span's start: (place, date)."""
    return [(f.place, f.when.value) for f in pipeline.analyse(_doc(text, lang)).facts
            if f.kind == "visit" and f.rule.endswith("+last-before")]


@pytest.mark.parametrize("text,lang,expected", [
    # the subject's own count since a year, or in a number of years: the visit at the span's start
    ("Kenyan President William Ruto arrived in Accra on Monday, his first visit to Ghana since 2015.", "en",
     [("Ghana", "2015")]),
    ("Kenyan President William Ruto arrived in Accra on Monday. It is Ruto's first visit to Ghana in 9 years.",
     "en", [("Ghana", "2015")]),
    # no place in the claim's words: the country of the visit it is told of
    ("Kenyan President William Ruto arrived in Accra on Monday for his first visit in 9 years.", "en",
     [("Ghana", "2015")]),
    ("وصل الرئيس الكيني وليام روتو إلى أكرا يوم الاثنين في أول زيارة له إلى غانا منذ 2015.", "ar",
     [("Ghana", "2015")]),
    # an office's holders counted, a length told roughly, trips abroad, a count since taking office:
    # no earlier visit of the subject is told
    ("Kenyan President William Ruto arrived in Accra on Monday, the first visit by a Kenyan president to Ghana "
     "since 2015.", "en", []),
    ("Kenyan President William Ruto arrived in Accra on Monday. It is Kenya's first such visit to Ghana since 2015.",
     "en", []),
    ("Kenyan President William Ruto arrived in Accra on Monday for his first visit in over a decade.", "en", []),
    ("Kenyan President William Ruto arrived in Accra on Monday, his first foreign trip since 2022.", "en", []),
    ("Kenyan President William Ruto arrived in Accra on Monday, his first visit to Ghana since taking office.",
     "en", []),
])
def test_a_first_visit_in_a_span_tells_of_the_last_one_before(text, lang, expected):
    assert _earlier(text, lang) == expected


def test_a_first_trip_abroad_with_no_home_known_still_meets_a_trip_to_its_own_place():
    # no appointment tells the subject's country: the claim is checked as one of its place's visits
    claim = _ordinal("a", 1, "abroad in 9 years", place="Rabat")
    found = [f for f in compare([fact_from_dict(claim, 0), fact_from_dict(_visit("b", "2020-03", "2020-03-01",
                                 "2020-03-31", place="Rabat"), 1)]) if f.rule == "recurrence"]
    assert len(found) == 1 and found[0].values == ("1st visit abroad in 9 years", "March 2020")
