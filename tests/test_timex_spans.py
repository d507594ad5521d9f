"""Spans the text makes: fiscal years, a visit's length, 'until', 'since', 'within N years';
the weekday's direction by tense; a day of a partial publication month; their bad inputs."""
import time
from datetime import date

import pytest

from checker.extract import timex


def _values(text, lang, published):
    return [(w.text, w.value) for w in timex.tag_text(text, lang, published)]


def test_a_fiscal_year_follows_the_country_the_whole_text_names():
    # India is named in the first line only; its fiscal year runs from 1 April
    text = "India and the UAE signed the pact.\nTrade stood at $72.9 billion in 2021-22.\n"
    assert ("in 2021-22", "2021-04/2022-03") in _values(text, "en", date(2022, 11, 22))
    # no country with a fiscal year of its own: two calendar years
    assert ("in 2021-22", "2021/2022") in _values("Trade stood at $72.9 billion in 2021-22.", "en", None)
    # the country named most decides: Pakistan's year runs from 1 July
    text = "Pakistan and India. Pakistan's exports to Pakistan's neighbours rose in 2022-23."
    assert ("in 2022-23", "2022-07/2023-06") in _values(text, "en", None)


@pytest.mark.parametrize("text, lang", [("2023-13", "en"), ("India in 2023-13", "en"), ("الهند في 2023-13", "ar"),
                                        ("in 2023-2021", "en"), ("India in 99999-00", "en")])
def test_no_fiscal_year_from_years_that_make_no_range(text, lang):
    assert not [w for w in timex.tag(text, lang, date(2024, 6, 10)) if w.rule.endswith("fiscal-year")]


def test_a_visits_length_makes_its_date_a_range_of_days():
    (w,) = timex.tag("The foreign minister reached Lima on Monday, opening a three-day visit.", "en", date(2024, 4, 22))
    assert (w.text, w.value) == ("on Monday", "2024-04-22/2024-04-24")
    assert (w.earliest, w.latest) == (date(2024, 4, 22), date(2024, 4, 24))
    assert "three-day visit" in w.explanation
    # the second day of a two-day visit is not its first day; a length alone is no date
    (w,) = timex.tag("التقى مودي بوتين أمس الثلاثاء، في ثاني أيام زيارة تستغرق يومين", "ar", date(2024, 7, 10))
    assert w.value == "2024-07-09"
    assert timex.tag("a three-day visit", "en", date(2024, 4, 22)) == []


@pytest.mark.parametrize("text, lang, published, value", [
    # the ending verb is the talks', the day one of the trip's: no first or last day is told
    ("Talks between the ministers ended in Accra on Friday as part of her three-day visit.", "en",
     date(2024, 6, 21), "2024-06-21"),
    ("واختتمت المباحثات يوم الخميس خلال زيارة تستغرق يومين", "ar", date(2024, 6, 20), "2024-06-20"),
    # the trip's own ending, and the day right before its length, still end it
    ("The premier concluded on Friday a three-day visit to Ghana.", "en", date(2024, 6, 21), "2024-06-19/2024-06-21"),
    ("اختتم الوزير يوم الخميس زيارة استمرت يومين", "ar", date(2024, 6, 20), "2024-06-19/2024-06-20"),
])
def test_an_ending_before_a_day_told_inside_a_trip_is_not_the_trips(text, lang, published, value):
    (w,) = timex.tag(text, lang, published)
    assert w.value == value


def test_until_a_weekday_counts_forward_from_the_day_before_it():
    found = timex.tag("The delegation arrived on Wednesday and will remain in Oslo through Thursday.", "en",
                      date(2026, 2, 25))
    assert [w.value for w in found] == ["2026-02-25/2026-02-26"]


def test_since_a_date_is_a_span_up_to_publication_unless_the_date_is_a_point():
    (w,) = timex.tag("Karahan's predecessor had held the post since July 2023.", "en", date(2024, 2, 3))
    assert (w.value, w.earliest, w.latest) == ("2023-07/2024-02-03", date(2023, 7, 1), date(2024, 2, 3))
    (w,) = timex.tag("It was his first visit since July 2023.", "en", date(2024, 2, 3))
    assert w.value == "2023-07"
    (w,) = timex.tag("يشغل المنصب منذ مايو 2021", "ar", "2024-09")
    assert w.value == "2021-05/2024-09"


def test_within_years_is_the_year_it_runs_to_and_the_past_years_a_span():
    assert _values("They aim to double trade within five years.", "en", date(2022, 2, 18)) == \
        [("within five years", "2027")]
    assert _values("في السنوات العشر الماضية", "ar", date(2024, 10, 28)) == [("في السنوات العشر الماضية", "2014/2024")]


def test_a_weekday_takes_the_tense_of_its_own_sentence():
    # Saturday 21 February 2026: 'will be hosted' is ahead; the past verb of the sentence before is not its clause
    text = "Officials said the agenda was long. On Wednesday, the premier will be hosted in Seoul."
    assert [w.value for w in timex.tag(text, "en", date(2026, 2, 21))] == ["2026-02-25"]
    # a present verb of travel: this week's Saturday, not last week's (Monday 8 April 2024)
    assert [w.value for w in timex.tag("يتوجه المستشار الألماني السبت إلى الصين", "ar", date(2024, 4, 8))] == \
        ["2024-04-13"]
    # a bare '-ed' word gives way to the stronger cue before it
    text = "Seoul and Tokyo plan to hold talks centered on export controls on Monday."
    assert [w.value for w in timex.tag(text, "en", date(2019, 12, 15))] == ["2019-12-16"]


def test_a_day_of_the_publication_month_is_in_that_month():
    assert [w.value for w in timex.tag("سيزور بكين في 26 يوليو", "ar", "2022-07")] == ["2022-07-26"]
    # another month stays open where the month's first and last days disagree
    (w,) = timex.tag("He visited Beijing on 26 June", "en", "2022-07")
    assert w.value == "2022-06-26"
    (w,) = timex.tag("He will visit Beijing on 26 June", "en", "2022-07")
    assert w.value == "2023-06-26"


@pytest.mark.parametrize("lang, words", [("en", "on Monday for a three-day visit "),
                                         ("ar", "يوم السبت في زيارة تستغرق ثلاثة أيام ")])
def test_a_long_run_of_dates_and_lengths_takes_linear_time(lang, words):
    def run(n):
        text = words * n
        t0 = time.perf_counter()
        found = timex.tag(text, lang, date(2024, 6, 10))  # one sentence: every join in one pass
        return time.perf_counter() - t0, found

    small, _ = run(200)
    big, found = run(2000)  # about 12,000 words
    # each length joins the nearest date, the one after it here: all but the first date become ranges
    assert len(found) == 2000 and sum("/" in w.value for w in found) == 1999
    assert big < 25 * max(small, 0.01)


@pytest.mark.parametrize("text, words, value", [
    ("Rice imports rose in February-May.", "in February-May", "2023-02/2023-05"),
    ("Rice imports rose in March-June.", "in March-June", "2023-03/2023-06"),
    ("Rice imports rose in April-July.", "in April-July", "2023-04/2023-07"),
    ("Rice imports rose in Feb.-Sept. 2022 only", "in Feb.-Sept. 2022", "2022-02/2022-09"),
    ("Rice imports rose in Mar-Jun. 2022 only", "in Mar-Jun. 2022", "2022-03/2022-06"),
])
def test_a_range_of_months_takes_an_abbreviation_s_point_but_not_the_full_stop(text, words, value):
    # published 20 October 2023: the sentence's full stop after a short full name (May, June, July) is
    # not part of the date; the point after an abbreviation is
    assert [(w.text, w.value) for w in timex.tag(text, "en", date(2023, 10, 20))] == [(words, value)]
