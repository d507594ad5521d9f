"""Terms of office in Arabic (acting posts, renewals, resignations, dismissals) and tenures told
closed at both ends in either language ('from 2016 until March 2021')."""
import pytest

from datetime import date

from checker.extract import timex
from checker.pipeline import analyse
from checker.read.documents import Document

PUBLISHED = date(2024, 6, 5)


def _facts(text, lang="ar", kind=None):
    doc = Document(id="x", path="x", source=None, url=None, lang=lang, published=PUBLISHED,
                   published_evidence="", text=text, kept=((0, len(text)),))
    return [(f.subject, f.object, f.when.value if f.when else None)
            for f in analyse(doc).facts if kind is None or f.kind == kind]


def test_a_range_from_a_year_to_a_month_is_one_interval_in_both_languages():
    for text, lang in (("He led the bank from 2016 until March 2021.", "en"),
                       ("وقاد البنك منذ 2016 حتى مارس 2021.", "ar")):
        got = timex.tag(text, lang, PUBLISHED)
        assert [(w.value, w.earliest, w.latest) for w in got] == [("2016/2021-03", date(2016, 1, 1), date(2021, 3, 31))]


def test_a_range_from_a_month_to_a_year_keeps_the_month_it_starts_in():
    got = timex.tag("بين مايو 2009 و2013", "ar", PUBLISHED)
    assert [(w.value, w.earliest, w.latest) for w in got] == [("2009-05/2013", date(2009, 5, 1), date(2013, 12, 31))]


def test_since_closed_by_until_is_no_span_up_to_publication():
    got = timex.tag("ترأست الهيئة منذ 2011 وحتى 2015", "ar", PUBLISHED)
    assert [(w.value, w.latest) for w in got] == [("2011/2015", date(2015, 12, 31))]


def test_an_end_before_the_start_is_no_range():
    got = timex.tag("from 2021 until March 2016", "en", PUBLISHED)
    assert "2021/2016-03" not in [w.value for w in got]


def test_a_tenure_closed_at_both_ends_is_the_span_of_the_role_it_implies():
    # the span is a role of its own; the post he is named with in the article is still his on its day
    text = "Kenyan Finance Minister John Mbadi took office from 2016 until March 2021."
    assert _facts(text, "en", "role") == [("John Mbadi", "Kenyan finance minister", "2024-06-05"),
                                          ("John Mbadi", "Kenyan finance minister", "2016/2021-03")]
    text = "وقال بوتين إن وزير الخارجية سيرغي لافروف تولى المنصب منذ 2016 حتى مارس 2021."
    assert ("Sergei Lavrov", "Russian foreign minister", "2016/2021-03") in _facts(text, "ar", "role")


def test_a_term_renewed_until_a_month_is_held_from_the_renewal_to_that_month():
    text = "وجدد الرئيس الكيني وليام روتو يوم الاثنين ولاية محافظ البنك المركزي كاماو توغي حتى يونيو 2027"
    # Monday before 5 June 2024 is 3 June; the one who renews is neither renewed nor given the post: the
    # post is of the renewing president's country
    assert _facts(text, kind="appointment") == [("Kamao Toghi", "Kenyan central bank governor", "2024-06-03")]
    assert ("Kamao Toghi", "Kenyan central bank governor", "2024-06-03/2027-06") in _facts(text, kind="role")


def test_the_one_who_accepts_a_resignation_is_not_the_one_who_resigns():
    text = "وقبل الرئيس الكيني وليام روتو يوم الاثنين استقالة وزير المالية جون مبادي"
    assert _facts(text, kind="resignation") == [("John Mabadi", "finance minister", "2024-06-03")]
    # the one who resigns is not named: nobody resigned as far as the text tells
    assert _facts("وقبل الرئيس الكيني وليام روتو يوم الاثنين استقالة الحكومة", kind="resignation") == []


def test_the_one_who_dismisses_is_never_the_one_dismissed():
    got = _facts("أقال الرئيس الكيني وليام روتو وزير المالية جون مبادي يوم الاثنين", kind="dismissal")
    assert got == [("John Mabadi", "finance minister", "2024-06-03")]
    assert _facts("أقال الرئيس الكيني وليام روتو وزير المالية يوم الاثنين", kind="dismissal") == []


def test_an_acting_post_is_the_post_itself():
    text = "أصدر الرئيس الكيني وليام روتو قرارا بتعيين جون مبادي قائما بأعمال رئيس الوزراء"
    # (the decree told as issued, in an article that dates nothing else: of the article's day)
    assert _facts(text, kind="appointment") == [("John Mabadi", "Kenyan prime minister", "2024-06-05")]


def test_a_renewal_only_intended_is_planned_and_holds_no_term():
    text = "ويعتزم الرئيس الكيني وليام روتو تمديد ولاية محافظ البنك المركزي كاماو توغي حتى 2028"
    doc = Document(id="x", path="x", source=None, url=None, lang="ar", published=PUBLISHED, published_evidence="",
                   text=text, kept=((0, len(text)),))
    facts = analyse(doc).facts
    assert [(f.subject, f.modality) for f in facts if f.kind == "appointment"] == [("Kamao Toghi", "planned")]
    assert not [f for f in facts if f.kind == "role" and f.when and "2028" in (f.when.value or "")]


def _kinds(text, lang, published):
    doc = Document(id="x", path="x", source=None, url=None, lang=lang, published=published,
                   published_evidence="", text=text, kept=((0, len(text)),))
    return sorted((f.kind, f.subject, f.object, f.when.value if f.when else None, f.modality)
                  for f in analyse(doc).facts if f.kind in ("appointment", "role") and f.object != "Kenyan president")


def test_a_post_taken_up_from_a_day_told_dates_the_role_not_the_appointment_in_both_languages():
    # the decision is the appointment (on Monday); the post is held from the day told, for the years told
    en = ("Kenyan President William Ruto on Monday appointed John Mbadi as finance minister, "
          "with effect from 1 July 2024, for four years.")
    ar = ("وأصدر الرئيس الكيني وليام روتو يوم الاثنين قرارا بتعيين جون مبادي وزيرا للمالية، "
          "اعتبارا من 1 يوليو 2024 لمدة أربع سنوات.")
    for text, lang, name in ((en, "en", "John Mbadi"), (ar, "ar", "John Mabadi")):
        assert _kinds(text, lang, PUBLISHED) == [
            ("appointment", name, "Kenyan finance minister", "2024-06-03", "asserted"),
            ("role", name, "Kenyan finance minister", "2024-07-01/2028-06-30", "expected")]


def test_a_start_day_without_a_length_is_the_first_day_of_the_role():
    text = "Kenyan President William Ruto on Monday appointed John Mbadi as finance minister effective from 1 July 2024."
    assert _kinds(text, "en", PUBLISHED) == [
        ("appointment", "John Mbadi", "Kenyan finance minister", "2024-06-03", "asserted"),
        ("role", "John Mbadi", "Kenyan finance minister", "2024-07-01", "expected")]


def test_the_pluperfect_subject_that_no_post_introduces_takes_up_the_post():
    # 'كان X قد تولى': X, between the auxiliary and قد, took the post up
    got = _facts("وكان جون مبادي قد تولى رئاسة الحكومة الكينية في 2 مارس 2023.", kind="appointment")
    assert got == [("John Mabadi", "Kenyan prime minister", "2023-03-02")]
    assert _facts("وكانت اللجنة قد تولت رئاسة الجلسة في 2 مارس 2023.", kind="appointment") == []


def test_a_post_taken_up_over_a_span_closed_before_the_article_is_a_role_held_then_not_an_appointment():
    for text, lang in (("وكان جون مبادي قد تولى رئاسة الحكومة الكينية بين عامي 2019 و2022.", "ar"),
                       ("Kenyan diplomat John Mbadi assumed the position of prime minister from 2019 until 2022.", "en")):
        got = _kinds(text, lang, PUBLISHED)
        assert [g[0] for g in got] == ["role"] and got[0][2:4] == ("Kenyan prime minister", "2019/2022")


def test_a_post_taken_up_by_title_after_the_word_for_post_and_held_from_a_day_after_the_article():
    got = _kinds("ويبدأ جون مبادي تولي مهام منصب وزير الخارجية الكيني في أوائل شهر يوليو القادم.", "ar", PUBLISHED)
    assert ("role", "John Mabadi", "Kenyan foreign minister", "2024-07", "expected") in got
    assert [g[0] for g in got].count("appointment") == 1


@pytest.mark.parametrize("text, lang", [
    ("Kenyan President Samuel Kamau, on his first trip abroad since taking office in March 2023, said ties were strong.", "en"),
    ("Kenyan President Samuel Kamau, during her two-day visit to Lima since taking office in March 2023, said ties were strong.", "en"),
])
def test_a_post_taken_up_in_an_aside_about_the_subjects_trip_is_the_subjects(text, lang):
    # the aside set off by commas right after the name goes on with its clause: the post taken up is the name's
    got = [(o, w) for _s, o, w in _facts(text, lang, "appointment")]
    assert got == [("Kenyan president", "2023-03")], got
