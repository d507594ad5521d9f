"""Which clause reads a date: relative clauses, moves of an event's date, plans told in the past,
and 'the previous year' after a year told in the same sentence."""
from datetime import date

import pytest

from checker.extract import timex

PUB = date(2025, 6, 11)  # a Wednesday


def values(text, lang, published=PUB):
    return [(w.text, w.value) for w in timex.tag_text(text, lang, published)]


@pytest.mark.parametrize("text, lang, expected", [
    # the main verb is future; the relative clause's past ('has chaired', 'since') is its own
    ("The new envoy will take over from Sara Kim, who has chaired the panel since 2020, on 4 September.", "en",
     [("since 2020", "2020/2025-06-11"), ("on 4 September", "2025-09-04")]),
    ("وسيتسلم المبعوث الجديد مهامه خلفا لسارة كيم، التي ترأست اللجنة منذ 2020، في 4 سبتمبر.", "ar",
     [("منذ 2020", "2020/2025-06-11"), ("في 4 سبتمبر", "2025-09-04")]),
    # a date inside the relative clause is still read by its own verb
    ("Sara Kim, who took office on 4 September, will chair the panel.", "en", [("on 4 September", "2024-09-04")]),
])
def test_a_relative_clause_between_commas_does_not_set_the_tense(text, lang, expected):
    assert values(text, lang) == expected


@pytest.mark.parametrize("text, lang, expected", [
    ("The regional vote was postponed to November, the commission said.", "en", [("to November", "2025-11")]),
    ("The fair was rescheduled for early October.", "en", [("for early October", "2025-10")]),
    ("وأعلنت المفوضية إرجاء الانتخابات المحلية إلى نوفمبر.", "ar", [("إلى نوفمبر", "2025-11")]),
    # a day an event is moved or brought forward to: the nearest to publication, here still to come
    ("The ministers' meeting was moved to Friday.", "en", [("Friday", "2025-06-13")]),
    ("وقررت الرئاسة نقل موعد القمة إلى يوم الجمعة.", "ar", [("يوم الجمعة", "2025-06-13")]),
    ("A stop in Quito was later confirmed for July 2, her office said.", "en", [("July 2", "2025-07-02")]),
])
def test_the_date_an_event_is_moved_to_is_tagged_and_still_to_come(text, lang, expected):
    assert values(text, lang) == expected


def test_a_plan_told_in_the_past_keeps_its_days_ahead():
    # published on a Wednesday: the tour that 'was to' take place on Saturday and Sunday is the coming one
    text = "وكان مقررا أن يجري الوزير جولته في ليما يومي السبت والأحد، لكنها أرجئت."
    assert values(text, "ar") == [("يومي السبت والأحد", "2025-06-14/2025-06-15")]


@pytest.mark.parametrize("text, lang, expected", [
    ("Coffee exports reached $2.1bn in 2022, against $1.8bn the previous year.", "en",
     [("in 2022", "2022"), ("the previous year", "2021")]),
    ("بلغت صادرات البن 2.1 مليار دولار في 2022، مقابل 1.8 مليار في العام السابق.", "ar",
     [("في 2022", "2022"), ("في العام السابق", "2021")]),
    # no year told before it in the sentence: the year before publication
    ("Compared to the previous year, coffee exports fell.", "en", [("the previous year", "2024")]),
])
def test_the_previous_year_counts_from_the_year_told_before_it(text, lang, expected):
    assert values(text, lang) == expected


@pytest.mark.parametrize("text, lang, published, value", [
    # published on the second day of the run: its last days are still to come, so this year's
    ("The trade fair will be held from 9 to 12 June.", "en", date(2025, 6, 10), "2025-06-09/2025-06-12"),
    ("ويعقد المؤتمر في الفترة من 9 إلى 12 يونيو.", "ar", date(2025, 6, 10), "2025-06-09/2025-06-12"),
    ("The talks will run from 30 December to 2 January.", "en", date(2025, 12, 31), "2025-12-30/2026-01-02"),
    # all of it past: next year's
    ("The trade fair will be held from 9 to 12 June.", "en", date(2025, 6, 14), "2026-06-09/2026-06-12"),
])
def test_a_run_of_days_still_to_come_is_dated_by_its_last_day(text, lang, published, value):
    assert [w.value for w in timex.tag_text(text, lang, published)] == [value]
