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


@pytest.mark.parametrize("text, lang, expected", [
    # a year or a count of weeks after 'for' / 'to' is no day the event is moved to: the past verb reads the day
    ("Chile confirmed its health budget for 2026 on 20 June, the treasury said.", "en", [("on 20 June", "2024-06-20")]),
    ("The strike was postponed for 3 weeks on 20 June, the union said.", "en", [("on 20 June", "2024-06-20")]),
    ("Quito moved 4 agencies to 2 new towers on 20 June.", "en", [("on 20 June", "2024-06-20")]),
    ("وأعلنت الحكومة تأجيل الانتخابات البلدية إلى 2027 في 20 يونيو.", "ar", [("في 20 يونيو", "2024-06-20")]),
    # a day after 'for' or 'to' still is one: the nearest to publication
    ("The ballot was rescheduled for 20 June, officials said.", "en", [("20 June", "2025-06-20")]),
    ("وأعلنت الحكومة تأجيل الانتخابات البلدية إلى 20 يونيو.", "ar", [("20 يونيو", "2025-06-20")]),
])
def test_a_year_or_a_count_after_for_is_not_the_day_an_event_is_moved_to(text, lang, expected):
    assert values(text, lang) == expected


@pytest.mark.parametrize("text, lang, month", [
    # the end of a range, or 'up to' a month, is no month an event is moved to
    ("Rice sales in the May to July period climbed 4%.", "en", "to July"),
    ("Wool sales in the period up to July reached $2bn.", "en", "to July"),
    ("ارتفع عدد السياح منذ بداية العام وصولا إلى يوليو.", "ar", "إلى يوليو"),
])
def test_to_a_month_without_a_verb_of_moving_is_no_month_of_its_own(text, lang, month):
    assert month not in [t for t, _ in values(text, lang)]


def test_to_a_month_after_a_verb_of_moving_still_is_one():
    assert values("The council moved its vote to October.", "en") == [("to October", "2025-10")]
    assert values("Bogota pushed back its census to early March.", "en") == [("to early March", "2026-03")]
    assert values("وأرجأت الحكومة معرض الكتاب إلى أكتوبر.", "ar") == [("إلى أكتوبر", "2025-10")]


@pytest.mark.parametrize("text, lang, value", [
    # a range of years: the year before its start or before its end? No date rather than a wrong one
    ("Coffee sales rose every year between 2016 and 2018, after a slump the previous year.", "en", None),
    ("ارتفعت مبيعات البن بين عامي 2016 و2018 بعد تراجعها في العام السابق.", "ar", None),
    # an open span up to publication ('since 2019') gives no year to count from
    ("Tea exports have grown since 2019 and fell the previous year.", "en", None),
    # a fiscal year of no country known: not the year before publication either
    ("بلغت صادرات الشاي 4 مليارات دولار في العام المالي 2021/2022 مقابل 3 مليارات في العام السابق.", "ar", None),
    # a half or a quarter: the whole year before its year
    ("Sugar exports hit $1bn in the first half of 2021, up from the previous year.", "en", "2020"),
    ("Tea exports were $3bn in the second quarter of 2023, against $2.5bn the previous year.", "en", "2022"),
    # the last time told with a year, not a weekday told after it
    ("Tea exports were $3bn in 2022; on Monday the minister said they had fallen the previous year.", "en", "2021"),
    # twelve months from a day of one year: the twelve months before them
    ("Tuna exports rose 12% in the year from 1 July 2022 to 30 June 2023, against the previous year.", "en",
     "2021-07-01/2022-06-30"),
    # a year written as two (a fiscal year): the one before it
    ("Cocoa exports reached $5bn in 2020-21, up from $4bn the previous year.", "en", "2019/2020"),
])
def test_the_previous_year_after_a_range_a_span_or_part_of_a_year(text, lang, value):
    got = timex.tag_text(text, lang, PUB)
    assert got[-1].text.endswith(("previous year", "العام السابق"))
    assert got[-1].value == value


def test_a_weekday_past_the_verbs_reach_is_read_as_the_one_before_it_in_the_sentence():
    text = ("The mayor will open the new bridge on Tuesday and then, after a long tour of the northern districts, "
            "the harbour front and the three new schools of the east side, the city museum on Wednesday.")
    got = {w.text: w.value for w in timex.tag_text(text, "en", "2024-10-22")}
    assert got == {"on Tuesday": "2024-10-22", "on Wednesday": "2024-10-23"}
    # in another sentence a bare weekday with no tense of its own is still the last one
    got = {w.text: w.value for w in timex.tag_text("He will visit Lima on Tuesday. The minister spoke on Wednesday.", "en", "2024-10-22")}
    assert got["on Wednesday"] == "2024-10-16"


def test_a_source_told_before_the_date_gives_it_no_tense():
    # 'according to' names a source: the clause after it keeps its own verb's future
    assert values("According to the ministry, on 3 June the minister will open the fair.", "en") == [
        ("on 3 June", "2026-06-03")]
    assert values("According to the ministry, the minister opened the fair on 3 June.", "en") == [
        ("on 3 June", "2025-06-03")]
