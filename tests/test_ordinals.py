"""Ordinal and recurrence claims ('the first visit in nine years', 'الزيارة الثالثة له') as facts of
their own kind, shown in plain words and left out of the evaluation."""
import time
from datetime import date

import pytest

from checker import pipeline
from checker.compare.examples import fact_from_dict
from checker.compare.wording import describe_ordinal, ordinal_word
from checker.extract import ordinals
from checker.read.documents import build, Raw


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
    (f,) = _claims("وصل الرئيس الفرنسي إيمانويل ماكرون إلى الرباط يوم الاثنين في زيارته الثانية إلى المغرب منذ 2018.",
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
    (f,) = _claims("Donald Trump arrived in Doha on Monday. زيارة ترامب إلى قطر هي الثانية هذا العام.", "ar")
    assert (f.subject, f.place, f.basis, f.quantity.value) == ("Donald Trump", "Qatar", "in 2024", 2)


def test_subject_carried_from_the_sentence_before():
    facts = _claims("Emmanuel Macron arrived in Rabat on Monday. It is his fourth trip to the region.", "en")
    (f,) = facts
    assert f.subject == "Emmanuel Macron" and f.quantity.value == 4 and f.basis is None
    assert f.rule.endswith("+subject/carried")


def test_a_person_named_after_the_span_is_the_one_counted_from():
    text = ("Nigerian President Bola Ahmed Tinubu will travel to London on 18 March. This will be the first state visit to the UK by a "
            "Nigerian leader since 1989, when then-military president General Ibrahim Babangida was hosted by "
            "Queen Elizabeth II.")
    (f,) = [f for f in _claims(text, "en")]
    assert f.subject == "Bola Ahmed Tinubu" and f.basis == "since 1989"


def test_a_place_the_trip_is_outside_of_is_not_the_place_counted():
    (f,) = _claims("زار الرئيس الصيني شي جين بينغ هونغ كونغ يوم الاثنين في أول رحلة له خارج البر الرئيسي للصين منذ "
                   "عامين ونصف العام.", "ar")
    assert f.place != "China" and f.basis == "in 2.5 years"


def test_a_span_the_rules_do_not_read_is_kept_as_words():
    (f,) = _claims("Xi Jinping arrived in Hong Kong on Monday, his first trip since the pandemic began.", "en")
    assert f.basis == "since the pandemic began"  # compared only with the same words, never as all time


def test_no_claim_without_a_subject():
    assert _claims("India and the UAE will hold the first meeting of the joint trade committee next month.", "en") == []
    assert _claims("The first visit ever made.", "en") == []


def test_plain_words():
    f = fact_from_dict({"doc": "a", "kind": "ordinal", "subject": "P", "measure": "visit", "place": "the Gulf",
                        "basis": "in 9 years", "quantity": {"text": "fourth", "value": 4, "low": 4, "high": 4,
                                                            "unit": "ordinal"}})
    assert describe_ordinal(f) == "4th visit to the Gulf in 9 years"
    assert [ordinal_word(n) for n in (1, 2, 3, 11, 12, 13, 21, 22)] == \
        ["1st", "2nd", "3rd", "11th", "12th", "13th", "21st", "22nd"]


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
