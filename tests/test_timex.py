"""The time tagger: spans, resolution, clause cues, comparison of partial values."""
from datetime import date, timedelta

import pytest
from hypothesis import given, settings, strategies as st

from checker import timex
from checker.timex import contains, describe, from_value, overlaps

PUB = date(2023, 11, 8)  # a Wednesday


def one(text, lang="ar", published=PUB, **kw):
    found = timex.tag(text, lang, published, **kw)
    assert len(found) == 1, [w.text for w in found]
    return found[0]


def test_span_points_into_the_original_text():
    text = "وزار الرئيسُ موسكو، في مارسَ/ آذار ٢٠٢٣، لتعزيز العلاقات"
    w = one(text)
    assert text[w.start:w.end] == w.text == "في مارسَ/ آذار ٢٠٢٣"
    assert w.value == "2023-03" and w.earliest == date(2023, 3, 1) and w.latest == date(2023, 3, 31)


def test_explanation_names_the_publication_date():
    w = one("زار بوتين بكين، الشهر الماضي، لحضور القمة")
    assert w.value == "2023-10" and w.resolved_by == "publication"
    assert w.explanation == "'الشهر الماضي' in an article dated 2023-11-08 -> 2023-10"


@pytest.mark.parametrize("text", ["ارتفعت التجارة بنسبة 25%", "بلغ النمو 2.5 في المئة", "200 مليار دولار",
                                  "ارتفاع حصيلة القتلى إلى 1644 و3400 مصاب", "grew 25% in value", "rose to 2023 units"])
def test_numbers_that_are_not_dates(text):
    lang = "en" if text.isascii() else "ar"
    assert timex.tag(text, lang, PUB) == []


def test_today_weekday_on_that_very_day():
    assert one("أجرى مسؤول محادثات في موسكو، اليوم الأربعاء").value == "2023-11-08"
    assert one("اليوم الأربعاء", published=None).value == "XXXX-WXX-3"


def test_tense_steers_a_bare_month():
    assert one("زار بكين في فبراير").value == "2023-02"
    assert one("سيزور بكين في فبراير").value == "2024-02"
    assert one("Xi will visit Moscow in February", "en").value == "2024-02"
    assert one("في فبراير", tense="future").value == "2024-02"
    assert one("في فبراير", published=None, tense="future").value == "XXXX-02"


def test_anchor_chains_within_a_sentence_and_from_outside():
    found = timex.tag("التقى الوزيرين يوم الثلاثاء بعد محادثات في اليوم السابق", "ar", None)
    assert [w.value for w in found] == ["XXXX-WXX-2", "XXXX-WXX-1"]
    w = one("the day before", "en", anchor=from_value("2023-03-01"))
    assert w.value == "2023-02-28" and w.resolved_by == "anchor"


def test_range_and_paired_month_are_one_expression():
    assert one("من مارس إلى مايو").value == "2023-03/2023-05"
    assert one("في مايو/أيار", published=None).value == "XXXX-05"


def test_clause_modality_and_tense():
    assert timex.clause("قبل زيارة متوقعة للزعيم الصيني", "ar") == ("expected", "future")
    assert timex.clause("داعياً شي جين بينج إلى زيارة روسيا", "ar") == ("planned", "future")
    assert timex.clause("وأضاف أن الهدف هو وصول التبادل", "ar")[0] == "target"
    assert timex.clause("لم تؤكد وزارة الخارجية خطط شي", "ar")[0] == "negated"
    assert timex.clause("وزار الرئيس الصيني موسكو", "ar") == ("asserted", "past")
    assert timex.clause("Putin said Xi will visit Moscow", "en") == ("expected", "future")
    assert timex.clause("a plain line", "en") == ("asserted", None)


@pytest.mark.parametrize("a,b,want", [
    ("XXXX-02", "2023-10", False),
    ("XXXX-10", "2023-10", True),
    ("XXXX-WXX-3", "2023-11-08", True),
    ("XXXX-WXX-4", "2023-11-08", False),
    ("2023-SP", "2023-03", True),
    ("2023-SP", "2023-06", False),
    ("XXXX-SP", "XXXX-05", True),
    ("2022-W51", "2022-12-20", True),
    ("2022-W51", "2022-12-30", False),
    ("2022-WI", "2023-02-10", True),
    ("XXXX-11/XXXX-02", "XXXX-01", True),
    ("XXXX-03/XXXX-05", "2023-10", False),
    (None, "2023-10", True),
    ("XXXX-02-30", "XXXX-02", False),
])
def test_overlaps(a, b, want):
    assert overlaps(from_value(a), from_value(b)) is want
    assert overlaps(from_value(b), from_value(a)) is want


def test_approximate_values_widen():
    near = timex.When("about", 0, 0, "2023-10", "month", date(2023, 10, 1), date(2023, 10, 31), approximate=True)
    assert overlaps(near, from_value("2023-11-05")) and not overlaps(from_value("2023-10"), from_value("2023-11-05"))


def test_contains():
    assert contains(from_value("2023"), from_value("2023-10"))
    assert not contains(from_value("2023-10"), from_value("2023"))
    assert contains(from_value("XXXX-10"), from_value("2023-10-05"))
    assert not contains(from_value("2023-10"), from_value("XXXX-10"))  # which October is unknown
    assert contains(from_value("2023-SP"), from_value("2023-04"))


def test_describe():
    assert describe(from_value("2023-10")) == "October 2023"
    assert describe(from_value("XXXX-02")) == "February (year unknown)"
    assert describe(from_value("2022-W51")) == "week 51 of 2022"
    assert describe(from_value("2023-SP")) == "spring 2023"
    assert describe(from_value("XXXX-WXX-3")) == "a Wednesday (date unknown)"
    assert describe(from_value(None)) == "unknown"


# --- properties: relative expressions land where the calendar says ------------------------------

days = st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 12, 31))


@settings(max_examples=150, deadline=None)
@given(days)
def test_last_month_is_the_calendar_month_before(pub):
    for lang, text in (("ar", "الشهر الماضي"), ("en", "last month")):
        w = one(text, lang, pub)
        first = pub.replace(day=1)
        assert w.latest == first - timedelta(days=1)
        assert w.earliest == w.latest.replace(day=1)


@settings(max_examples=150, deadline=None)
@given(days)
def test_next_week_is_the_iso_week_after(pub):
    for lang, text in (("ar", "الأسبوع المقبل"), ("en", "next week")):
        w = one(text, lang, pub)
        monday = pub - timedelta(days=pub.weekday())
        assert (w.earliest, w.latest) == (monday + timedelta(days=7), monday + timedelta(days=13))


@settings(max_examples=150, deadline=None)
@given(days)
def test_yesterday_and_tomorrow(pub):
    assert one("أمس", "ar", pub).earliest == pub - timedelta(days=1)
    assert one("tomorrow", "en", pub).earliest == pub + timedelta(days=1)


@settings(max_examples=150, deadline=None)
@given(days, st.integers(1, 7))
def test_weekday_in_a_past_clause_is_within_the_week_before(pub, wd):
    name = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][wd - 1]
    w = one(f"Putin met Xi on {name}", "en", pub)
    d = date.fromisoformat(w.value)
    assert d.isoweekday() == wd and pub - timedelta(days=6) <= d <= pub
    w = one(f"Putin will meet Xi on {name}", "en", pub)
    d = date.fromisoformat(w.value)
    assert d.isoweekday() == wd and pub < d <= pub + timedelta(days=7)


@settings(max_examples=150, deadline=None)
@given(days, st.integers(1, 12))
def test_a_month_in_a_past_clause_is_the_last_one_on_or_before_publication(pub, month):
    w = one(f"Putin visited Beijing in {date(2000, month, 1):%B}", "en", pub)
    assert w.earliest <= pub.replace(day=1) and pub - w.earliest < timedelta(days=366)
    assert w.earliest.month == month
