"""Intervals, partial publication dates, the tense of a bare weekday, and the bad inputs of issue 12."""
import time
from datetime import date

import pytest

from checker.extract import timex


def _values(text, lang, published):
    return [(w.text, w.value) for w in timex.tag(text, lang, published)]


def test_a_bare_weekday_in_a_past_clause_is_the_one_before_publication():
    # Monday 10 June 2024: the Saturday before is 8 June (15 June had not yet come)
    found = timex.tag("وقّع الوزير، السبت، اتفاقا مع نظيره", "ar", date(2024, 6, 10))
    assert [w.value for w in found] == ["2024-06-08"]


def test_a_bare_weekday_in_a_future_clause_is_the_first_one_on_or_after_publication():
    # Monday 22 April 2024: 'would ... on Monday night' is that evening, 'on Tuesday' the next day
    found = timex.tag("The minister said he would host a dinner for the delegation on Monday night", "en",
                      date(2024, 4, 22))
    assert [w.value for w in found] == ["2024-04-22"]
    assert [w.value for w in timex.tag("Talks will resume on Tuesday", "en", date(2024, 4, 22))] == ["2024-04-23"]
    assert [w.value for w in timex.tag("Talks will resume next Monday", "en", date(2024, 4, 22))] == ["2024-04-29"]


def test_a_range_is_one_when_with_both_ends():
    (w,) = timex.tag("The talks ran on March 3-4, 2023.", "en", None)
    assert w.value == "2023-03-03/2023-03-04"
    assert (w.earliest, w.latest) == (date(2023, 3, 3), date(2023, 3, 4))
    assert timex.overlaps(w, timex.from_value("2023-03-04"))
    assert not timex.overlaps(w, timex.from_value("2023-03-05"))
    assert timex.contains(timex.from_value("2023-03"), w)


def test_quarter_values_compare_as_intervals():
    q2 = timex.from_value("2023-Q2")
    assert (q2.earliest, q2.latest, q2.granularity) == (date(2023, 4, 1), date(2023, 6, 30), "quarter")
    assert timex.contains(timex.from_value("2023-H1"), q2)
    assert not timex.overlaps(q2, timex.from_value("2023-07"))
    assert not timex.overlaps(timex.from_value("XXXX-Q1"), timex.from_value("2023-05"))
    assert timex.from_value("2023-H3").earliest is None  # no third half: no days


def test_a_partial_publication_date_settles_what_it_can():
    # published some time in June 2024: 'last year' is 2023 whatever the day
    (w,) = timex.tag("Trade grew last year.", "en", "2024-06")
    assert w.value == "2023" and w.resolved_by == "publication"
    # 'yesterday' cannot be settled: the days of June it may be, and the explanation says so
    (w,) = timex.tag("He arrived yesterday.", "en", "2024-06")
    assert w.value is None
    assert (w.earliest, w.latest) == (date(2024, 5, 31), date(2024, 6, 29))
    assert "not settled" in w.explanation
    # 'in March' in a past clause of an article of 2024: March 2023 or 2024
    (w,) = timex.tag("He visited Paris in March.", "en", "2024")
    assert w.value == "XXXX-03"


@pytest.mark.parametrize("text, lang, first, second", [
    ("The forum runs from 4 to 6 October 2023. Leaders arrive for the talks from 5 to 6 October.", "en",
     "2023-10-04/2023-10-06", "2023-10-05/2023-10-06"),
    ("يعقد المنتدى من 4 إلى 6 أكتوبر 2023. ويصل القادة إلى المحادثات من 5 إلى 6 أكتوبر.", "ar",
     "2023-10-04/2023-10-06", "2023-10-05/2023-10-06"),
])
def test_a_date_without_its_year_that_a_partial_publication_date_leaves_open_takes_the_year_just_told(
        text, lang, first, second):
    found = timex.tag_spans(text, [(0, len(text))], lang, "2023")
    assert [w.value for w in found] == [first, second]
    # told without a year the publication allows, nothing is taken from it
    found = timex.tag_spans(text.replace("2023", "2019"), [(0, len(text))], lang, "2023")
    assert found[1].value is None


def test_a_period_up_to_a_month_ends_in_the_year_of_the_last_period_told_in_full():
    # published some time in 2024: 'the year to March' may end in March 2023 or March 2024; the text
    # has just told a year ending in 2024, so it is that one; Gregorian months unless the text names
    # the Iranian calendar
    text = "Exports rose in the 12 months to June 2024. In the year to March, imports fell."
    found = timex.tag_spans(text, [(0, len(text))], "en", "2024")
    assert [w.value for w in found] == ["2023-07/2024-06", "2023-04/2024-03"]
    text = ("Trade grew in the Iranian year 1402 (March 21, 2023, to March 20, 2024). "
            "Over the three months ending late June, exports fell.")
    found = timex.tag_spans(text, [(0, len(text))], "en", "2024")
    assert found[-1].value == "2024-03-20/2024-06-20"  # Farvardin to Khordad 1403, which began on 20 March
    # nothing told before: the publication leaves the year open
    found = timex.tag_spans("In the year to March, imports fell.", [(0, 35)], "en", "2024")
    assert found[0].value is None

def test_last_year_in_a_text_that_reckons_by_the_iranian_calendar_is_an_iranian_year():
    iranian = "Exports grew in the current Iranian year. Imports rose 9% last year."
    (_, w) = timex.tag_spans(iranian, [(0, 42), (42, len(iranian))], "en", date(2023, 11, 19))
    assert w.value == "2022-03-21/2023-03-20"  # 1401: the year before 1402, in which 19 November 2023 falls
    ar = "نمت الصادرات خلال العام الإيراني الجاري. وارتفعت الواردات 9% العام الماضي."
    assert timex.tag_spans(ar, [(0, len(ar))], "ar", date(2023, 11, 19))[-1].value == "2022-03-21/2023-03-20"
    plain = "Imports rose 9% last year."
    (w,) = timex.tag_spans(plain, [(0, len(plain))], "en", date(2023, 11, 19))
    assert w.value == "2022"
    # published some time in 2023: the Iranian year ending in the year of the last period told in full
    told = "Over the Iranian year that ran from 21 March 2022 to 20 March 2023, trade grew. Imports rose 9% last year."
    assert timex.tag_spans(told, [(0, len(told))], "en", "2023")[-1].value == "2022-03-21/2023-03-20"

def test_a_bad_publication_date_is_refused_with_a_reason():
    with pytest.raises(ValueError, match="not a publication date"):
        timex.tag("in March", "en", "2024-13")


def test_explicit_year_beside_a_relative_one_wins_and_a_mismatch_is_kept():
    (w,) = timex.tag("خلال العام الماضي 2020", "ar", date(2024, 6, 10))
    assert (w.value, w.mismatch) == ("2020", "2023")
    (w,) = timex.tag("خلال العام الماضي 2020", "ar", date(2021, 2, 1))
    assert (w.value, w.mismatch) == ("2020", None)


# -- bad input: each finishes, in time linear in its length ---------------------------------

@pytest.mark.parametrize("text, lang", [
    ("32 يناير", "ar"),
    ("في 32 يناير 2023", "ar"),
    ("2023-13", "en"),
    ("on 2023-13-01", "en"),
])
def test_no_date_from_a_day_or_month_the_calendar_lacks(text, lang):
    assert all(w.value is None or "13" not in w.value.split("-")[1:2] for w in timex.tag(text, lang, date(2024, 6, 10)))
    assert not [w for w in timex.tag(text, lang, date(2024, 6, 10)) if w.granularity == "day"]


def test_a_range_that_ends_before_it_starts_is_no_range():
    found = timex.tag("from 5 to 3 March", "en", date(2024, 6, 10))
    assert not [w for w in found if w.value and "/" in w.value]
    found = timex.tag("من 5 إلى 3 مارس", "ar", date(2024, 6, 10))
    assert not [w for w in found if w.value and "/" in w.value]


def test_a_five_digit_year_is_no_year():
    for text, lang in (("in 99999", "en"), ("في عام 99999", "ar"), ("March 99999", "en")):
        assert not [w for w in timex.tag(text, lang, date(2024, 6, 10)) if w.value and "9999" in w.value]


@pytest.mark.parametrize("lang, words", [("en", "Monday Tuesday Saturday "), ("ar", "السبت الأحد الثلاثاء ")])
def test_a_long_run_of_weekday_names_takes_linear_time(lang, words):
    def run(n):
        text = words * n
        t0 = time.perf_counter()
        found = timex.tag_text(text, lang, date(2024, 6, 10))
        return time.perf_counter() - t0, found

    small, _ = run(3334 // 10)  # about 1,000 words
    big, found = run(3334)  # about 10,000 words
    assert found and all(w.value for w in found)
    assert big < 10.0
    assert big < 25 * max(small, 0.01)  # ten times the text: far from a hundred times the time


@pytest.mark.parametrize("lang, words", [("en", "Monday and Tuesday and "), ("ar", "الثلاثاء والأربعاء و")])
def test_a_long_run_of_weekdays_joined_by_and_under_a_publication_month_takes_linear_time(lang, words):
    # each weekday looks back at one day told before it, and the days the text names are read once
    def run(n):
        text = words * n + "3 June"
        t0 = time.perf_counter()
        found = timex.tag_text(text, lang, "2024-06")
        return time.perf_counter() - t0, found

    small, _ = run(300)
    big, found = run(3000)
    assert found
    assert big < 10.0
    assert big < 25 * max(small, 0.01)


# -- the Solar Hijri (Iranian) calendar -------------------------------------------------------

def test_a_solar_hijri_year_is_the_gregorian_days_it_covers():
    # Nowruz fell on 21 March 2023 and 20 March 2024: the Iranian year 1402 lies between
    (w,) = timex.tag("Exports rose in the Iranian year 1402.", "en", None)
    assert (w.earliest, w.latest) == (date(2023, 3, 21), date(2024, 3, 19))
    assert timex.contains(timex.from_value("2023-03-21/2024-03-19"), w)
    assert not timex.overlaps(w, timex.from_value("2023-03-20"))
    # the same year named in Arabic, with Arabic-Indic digits
    (a,) = timex.tag("ارتفعت الصادرات في العام الإيراني ١٤٠٢", "ar", None)
    assert a.value == w.value


def test_a_relative_iranian_year_needs_the_publication_date_and_may_stay_open():
    # published some time in 2023: the last Iranian year is 1400 (up to 20 March) or 1401, not settled
    (w,) = timex.tag("Rice imports rose over the last Iranian calendar year.", "en", "2023")
    assert w.value is None and "not settled" in w.explanation
    assert (w.earliest, w.latest) == (date(2021, 3, 21), date(2023, 3, 20))
    # published in June 2023: 1401 whatever the day
    (w,) = timex.tag("Rice imports rose over the last Iranian calendar year.", "en", "2023-06")
    assert w.value == "2022-03-21/2023-03-20"


@pytest.mark.parametrize("text, lang, left", [
    ("on 32 Khordad 1402", "en", {"2023-05-22/2023-06-21"}),  # no day 32: the month only
    ("on 31 Esfand 1402", "en", set()),  # 1402 is a common year: Esfand has 29 days
    ("في 32 خرداد 1402", "ar", {"2023-05-22/2023-06-21"}),
    ("in the Iranian year 99999", "en", set()),
    ("في العام الإيراني 99999", "ar", set()),
    ("the fifth quarter of the Iranian year 1402", "en", {"2023-03-21/2024-03-19"}),  # the year only
])
def test_no_solar_hijri_date_from_a_day_or_part_the_calendar_lacks(text, lang, left):
    found = [w for w in timex.tag(text, lang, date(2024, 6, 10)) if "solar-hijri" in w.rule]
    assert {w.value for w in found} == left


@pytest.mark.parametrize("lang, words", [("en", "Khordad 1402 Tir Iranian year "), ("ar", "خرداد 1402 مهر العام الإيراني ")])
def test_a_long_run_of_iranian_month_names_takes_linear_time(lang, words):
    def run(n):
        text = words * n
        t0 = time.process_time()  # CPU time: a busy machine slows the wall clock, not this
        found = timex.tag_text(text, lang, date(2024, 6, 10))
        return time.process_time() - t0, found

    run(20)  # rules compiled
    small = min(run(400)[0] for _ in range(3))
    # about 20,000 words: ten times the text, about ten times the time if linear and a hundred times
    # if quadratic; the least of two runs, and a wide margin, so that a busy machine does not fail it
    (big, found), (again, _) = run(4000), run(4000)
    assert found
    assert min(big, again) < 40 * max(small, 0.02)


def test_a_value_in_brackets_beside_a_relative_one_wins_and_a_mismatch_is_kept():
    # 'last month' in an article of 8 November 2023 is October 2023; the brackets write October 2022
    (w,) = timex.tag("Exports fell last month (October 2022).", "en", date(2023, 11, 8))
    assert (w.text, w.value, w.mismatch) == ("last month (October 2022)", "2022-10", "2023-10")
    (w,) = timex.tag("تراجعت الصادرات الشهر الماضي (أكتوبر 2023)", "ar", date(2023, 11, 8))
    assert (w.value, w.mismatch, w.resolved_by) == ("2023-10", None, "absolute")
    # not in brackets: two expressions, each its own value
    found = timex.tag("Exports fell last month, and in October 2022 they rose.", "en", date(2023, 11, 8))
    assert [w.value for w in found] == ["2023-10", "2022-10"]



def test_a_day_in_brackets_after_a_weekday_is_its_date_and_the_two_are_one_expression():
    # Wednesday 12 June 2024: 'on Saturday' told of a trip ahead is 15 June, as the brackets say
    (w,) = timex.tag("The envoy will fly to Lima on Saturday (15 June) for talks", "en", date(2024, 6, 12))
    assert (w.text, w.value, w.mismatch) == ("on Saturday (15 June)", "2024-06-15", None)
    # the brackets name another Saturday: their day wins, the weekday's reading is kept as a mismatch
    (w,) = timex.tag("The envoy will fly to Lima on Saturday (22 June) for talks", "en", date(2024, 6, 12))
    assert (w.value, w.mismatch) == ("2024-06-22", "2024-06-15")


def test_a_run_of_weekdays_of_an_unknown_week_allows_only_those_weekdays():
    weekend = timex.from_value("XXXX-WXX-6/XXXX-WXX-7")
    assert timex.overlaps(weekend, timex.from_value("2025-06-08"))  # a Sunday
    assert not timex.overlaps(weekend, timex.from_value("2025-06-10"))  # a Tuesday


@pytest.mark.parametrize("lang, words", [("en", "999 days after the talks, "), ("ar", "بعد 999 يوما من المحادثات، ")])
def test_a_long_run_of_times_counted_back_takes_linear_time_and_stays_in_the_calendar(lang, words):
    # each counts back from the one before it: thousands of years back, past the calendar's first year
    def run(n):
        text = ("on 9 June 2024 " if lang == "en" else "في 9 يونيو 2024 ") + words * n
        t0 = time.perf_counter()
        found = timex.tag_text(text, lang, date(2024, 6, 10))
        return time.perf_counter() - t0, found

    small, _ = run(300)
    big, found = run(3000)
    assert big < 10.0 and big < 25 * max(small, 0.01)
    values = [w.value for w in found if w.rule.endswith(("anchor-count", "anchor-count-two"))]
    assert values[:2] == ["2021-09-14", "2018-12-20"] and None in values
    assert all(v is None or "0001-01-01" <= v <= "2024-06-10" for v in values)


def test_months_told_before_the_year_they_are_of_are_those_months_of_that_year():
    # a fiscal year from April (India named): May-July of 2021-22 is May-July 2021, one expression
    text = "Indian exports to Kenya in May-July of the financial year 2021-22 doubled"
    (w,) = timex.tag(text, "en", date(2022, 2, 5))
    assert (w.text, w.value) == ("in May-July of the financial year 2021-22", "2021-05/2021-07")
    assert (w.earliest, w.latest) == (date(2021, 5, 1), date(2021, 7, 31))
    # January-March of that fiscal year is in its second calendar year
    (w,) = timex.tag("Indian exports in January-March of the financial year 2021-22 fell", "en", date(2022, 6, 5))
    assert w.value == "2022-01/2022-03"
    # a calendar year counted from publication, in Arabic
    assert _values("وتراجعت الصادرات بين فبراير ويونيو من العام الماضي", "ar", date(2024, 3, 1)) == [
        ("بين فبراير ويونيو من العام الماضي", "2023-02/2023-06")]
    # months and a year that stand apart are not joined
    found = _values("Sales rose in May-July. Last year they fell", "en", date(2024, 3, 1))
    assert [v for _, v in found] == ["2023-05/2023-07", "2023"]


def test_a_day_told_as_the_start_of_a_term_runs_for_the_term():
    (w,) = timex.tag("The council chose her as auditor with effect from 1 March 2023, for a period of two years.",
                     "en", date(2023, 1, 5))
    assert (w.value, w.earliest, w.latest) == ("2023-03-01/2025-02-28", date(2023, 3, 1), date(2025, 2, 28))
    (w,) = timex.tag("اختار المجلس مدققا اعتبارا من 1 مارس 2023 لمدة خمس سنوات", "ar", date(2023, 1, 5))
    assert w.value == "2023-03-01/2028-02-29"
    # a day not told as a start, or a length far from it, stays a day
    assert [w.value for w in timex.tag("The council met on 1 March 2023 for two years of talks", "en", None)] == [
        "2023-03-01"]
    assert [w.value for w in timex.tag("The council chose her from 1 March 2023. Critics said she would stay "
                                       "for two years", "en", None)] == ["2023-03-01"]


def test_a_span_of_years_with_its_end_in_two_digits_covers_a_few_years_at_most():
    assert _values("She chaired the board from 2019-23", "en", None) == [("from 2019-23", "2019/2023")]
    assert _values("في الفترة من 2019 إلى أواخر 2023", "ar", None) == [("في الفترة من 2019 إلى أواخر 2023", "2019/2023")]
    # no span of decades from two digits, and no span that ends before it starts
    assert [v for _, v in _values("She chaired the board from 2019-45", "en", None)] == []
    assert [v for _, v in _values("She chaired the board from 2023-13", "en", None)] == []


def test_a_weekday_a_month_of_publication_leaves_open_is_the_day_the_text_names_on_that_weekday():
    # published some time in May 2024: 'Tuesday' may be any Tuesday; the title names 28 May, a Tuesday
    text = "الوفد الكيني يصل إلى سول 28 مايو\nيصل الوفد الكيني الثلاثاء المقبل إلى سول"
    found = timex.tag_text(text, "ar", "2024-05")
    assert [w.value for w in found] == ["2024-05-28", "2024-05-28"]
    assert "a day the text names" in found[1].explanation
    # a day named on another weekday settles nothing: the weekday stays open
    text = "Talks open on 23 May.\nThe envoy arrived in Nairobi on Monday."
    found = timex.tag_text(text, "en", "2024-05")
    assert found[1].value is None and (found[1].earliest, found[1].latest) == (date(2024, 4, 29), date(2024, 5, 27))
    # two named days on that weekday: still open
    text = "Talks open on Tuesday 14 May and close on Tuesday 21 May.\nThe envoy arrived in Nairobi on Tuesday."
    assert timex.tag_text(text, "en", "2024-05")[-1].value is None
