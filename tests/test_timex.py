"""The time tagger: spans, resolution, clause cues, comparison of partial values."""
from datetime import date, timedelta

import pytest
from hypothesis import given, settings, strategies as st

from checker import rules
from checker.extract import timex
from checker.extract.timex import contains, describe, from_value, overlaps

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


def test_a_weekday_two_days_off_is_the_one_nearest_that_day():
    # PUB is a Wednesday: the day after tomorrow is Friday, the day before yesterday Monday
    assert one("تعقد اللجنة اجتماعها بعد غد الجمعة").value == "2023-11-10"
    assert one("وقع الطرفان الاتفاق أول أمس الاثنين").value == "2023-11-06"
    # a weekday that is not the day told: still the one nearest it, not a week away
    assert one("تعقد اللجنة اجتماعها بعد غد الخميس").value == "2023-11-09"


def test_a_weekday_joined_by_and_to_a_day_before_it_is_the_first_such_weekday_after_that_day():
    # PUB is Wednesday 8 November 2023: 'next Tuesday and Wednesday' is 14 and 15 November, not today
    found = timex.tag("The minister will be in Lima next Tuesday and Wednesday", "en", PUB)
    assert [(w.text, w.value) for w in found] == [("next Tuesday", "2023-11-14"), ("Wednesday", "2023-11-15")]
    found = timex.tag("سيزور الوفد ليما الثلاثاء المقبل والأربعاء", "ar", PUB)
    assert [w.value for w in found] == ["2023-11-14", "2023-11-15"]
    # 'and on Thursday' opens a clause of its own: read from publication, as told (past)
    found = timex.tag("He met the envoy on Monday and on Thursday he flew home", "en", PUB)
    assert [w.value for w in found] == ["2023-11-06", "2023-11-02"]


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


_VALUES = ["2021", "2023", "2023-10", "2023-10-05", "2023-11-08", "2023-SP", "2022-W51", "2023-Q2",
           "XXXX-10", "XXXX-02", "XXXX-WXX-3", "XXXX-11/XXXX-02", None]


def _day_by_day(a, b):
    """overlaps and contains as every day the two allow tells them."""
    lo_a, hi_a, ta = timex._constraint(a)
    lo_b, hi_b, tb = timex._constraint(b)
    los, his = [x for x in (lo_a, lo_b) if x], [x for x in (hi_a, hi_b) if x]
    lo, hi = (max(los), min(his)) if los else timex.CYCLE
    shared = any(ta(d) and tb(d) for d in timex._days(lo, hi)) if lo <= hi else False
    lo, hi = (lo_b, hi_b) if lo_b else timex.CYCLE
    inside = all((lo_a is None or lo_a <= d <= hi_a) and ta(d) for d in timex._days(lo, hi) if tb(d))
    return shared, inside


@pytest.mark.parametrize("a", _VALUES)
def test_intervals_compared_by_their_bounds_answer_as_day_by_day(a):
    approx = timex.When("about", 0, 0, "2023-10", "month", date(2023, 10, 1), date(2023, 10, 31), approximate=True)
    for x in (from_value(a), approx):
        for y in [from_value(b) for b in _VALUES] + [approx]:
            assert (overlaps(x, y), contains(x, y)) == _day_by_day(x, y), (x.value, y.value)


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
    # the night before the day of publication, in both languages
    assert one("He landed in Suva last night", "en", pub).earliest == pub - timedelta(days=1)
    assert one("ووصل إلى سوفا الليلة الماضية", "ar", pub).earliest == pub - timedelta(days=1)


@settings(max_examples=150, deadline=None)
@given(days, st.integers(1, 7))
def test_weekday_in_a_past_clause_is_within_the_week_before(pub, wd):
    name = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"][wd - 1]
    w = one(f"Putin met Xi on {name}", "en", pub)
    d = date.fromisoformat(w.value)
    assert d.isoweekday() == wd and pub - timedelta(days=6) <= d <= pub
    # in a future clause the first one on or after publication: the publication day's own name is that day
    w = one(f"Putin will meet Xi on {name}", "en", pub)
    d = date.fromisoformat(w.value)
    assert d.isoweekday() == wd and pub <= d < pub + timedelta(days=7)


@settings(max_examples=150, deadline=None)
@given(days, st.integers(1, 12))
def test_a_month_in_a_past_clause_is_the_last_one_on_or_before_publication(pub, month):
    w = one(f"Putin visited Beijing in {date(2000, month, 1):%B}", "en", pub)
    assert w.earliest <= pub.replace(day=1) and pub - w.earliest < timedelta(days=366)
    assert w.earliest.month == month


# --- days the calendar does not have ----------------------------------------------------------

@pytest.mark.parametrize("text,lang", [("from 28 to 31 February 2023", "en"), ("from 30 to 31 April", "en"),
                                       ("on 31 April", "en"), ("31 أبريل 2023", "ar"), ("من 30 إلى 31 فبراير", "ar"),
                                       ("from 12 to 10 March", "en"), ("2023-02-29", "en")])
def test_an_impossible_date_is_no_expression(text, lang):
    assert timex.tag(text, lang, date(2023, 3, 1)) == []


def test_29_february_in_a_common_publication_year_stays_partial():
    w = one("on 29 February", "en", date(2023, 3, 1))
    assert (w.value, w.resolved_by, w.earliest) == ("XXXX-02-29", "unresolved", None)
    assert "2023 has no 29 February" in w.explanation
    assert one("في 29 فبراير", "ar", date(2024, 3, 1)).value == "2024-02-29"
    assert one("29 February 2024", "en", None).value == "2024-02-29"
    assert one("from 28 to 29 February", "en", date(2023, 5, 1)).value == "XXXX-02-28/XXXX-02-29"


def test_values_the_calendar_lacks_have_no_bounds():
    assert from_value("2023-02-29").earliest is None and from_value("2021-W53").earliest is None
    assert from_value("2020-W53").earliest == date(2020, 12, 28)


def _day_phrasings(day, month, year, lang):
    y = f" {year}" if year else ""
    if lang == "en":
        name = timex.month_name(month)
        return [f"on {day} {name}{y}", f"from {day} to 31 {name}{y}", f"from 30 to {day} {name}{y}",
                f"He visited Moscow on {name} {day}{y}", f"in {name} {day} last year"]
    name = next(k for k, v in rules.load("ar", "dates").lexicon("month").items() if v == month)
    return [f"في {day} {name}{y}", f"من {day} إلى 31 {name}{y}", f"من 30 إلى {day} {name}{y}",
            f"سيزور موسكو في {day} من {name} من العام المقبل"]


@settings(max_examples=200, deadline=None)
@given(st.integers(1, 31), st.integers(1, 12), st.none() | st.integers(1990, 2040), st.none() | days,
       st.sampled_from(["en", "ar"]))
def test_no_day_and_month_raises_and_every_value_is_a_real_span(day, month, year, pub, lang):
    for text in _day_phrasings(day, month, year, lang):
        for w in timex.tag(text, lang, pub):
            if w.earliest is not None or w.latest is not None:
                assert w.earliest <= w.latest, (text, w)
            if w.value and "X" not in w.value:
                assert _bounds_are_dates(w.value), (text, w.value)


def _bounds_are_dates(value):
    lo, hi = timex._bounds(value)
    return isinstance(lo, date) and isinstance(hi, date) and lo <= hi


# --- seasons -----------------------------------------------------------------------------------

SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "winter": "WI"}
AR_SEASONS = {"spring": "الربيع", "summer": "الصيف", "autumn": "الخريف", "winter": "الشتاء"}


def _in_season(d, code):
    return d.month in timex.SEASON_MONTHS[code]


def test_this_winter_is_the_winter_the_article_is_published_in():
    w = one("this winter", "en", date(2024, 1, 15))
    assert (w.value, w.earliest, w.latest) == ("2023-WI", date(2023, 12, 1), date(2024, 2, 29))
    assert one("الشتاء الحالي", "ar", date(2024, 1, 15)).value == "2023-WI"
    assert one("this winter", "en", date(2024, 11, 15)).value == "2024-WI"  # not in winter: the one of that year


@settings(max_examples=150, deadline=None)
@given(days, st.sampled_from(sorted(SEASONS)))
def test_this_next_and_last_season(pub, season):
    code = SEASONS[season]
    this = one(f"this {season}", "en", pub)
    if _in_season(pub, code):
        assert this.earliest <= pub <= this.latest
    for lang, text in (("en", f"next {season}"), ("ar", f"{AR_SEASONS[season]} المقبل")):
        nxt = one(text, lang, pub)  # the first one to start after publication
        assert pub < nxt.earliest and timex._season_bounds(nxt.earliest.year - 1, code)[0] <= pub
    for lang, text in (("en", f"last {season}"), ("ar", f"{AR_SEASONS[season]} الماضي")):
        last = one(text, lang, pub)  # the last one to end before publication
        assert last.latest < pub <= timex._season_bounds(last.earliest.year + 1, code)[1]


# --- a month of a year counted from publication ----------------------------------------------

@pytest.mark.parametrize("text,lang", [("February last year", "en"), ("last year in February", "en"),
                                       ("in February of last year", "en"), ("فبراير من العام الماضي", "ar"),
                                       ("في فبراير العام الماضي", "ar")])
def test_month_of_last_year_is_one_expression(text, lang):
    for pub in (date(2024, 1, 10), date(2024, 5, 1)):  # before and after February: the year is the same
        w = one(text, lang, pub)
        assert (w.value, w.text) == ("2023-02", text)


@settings(max_examples=100, deadline=None)
@given(days, st.integers(1, 12), st.sampled_from([("last", "الماضي", -1), ("this", "الجاري", 0), ("next", "المقبل", 1)]))
def test_month_with_a_relative_year_is_in_that_year(pub, month, words):
    en, ar, offset = words
    w = one(f"in {timex.month_name(month)} {en} year", "en", pub)
    assert (w.earliest.year, w.earliest.month) == (pub.year + offset, month)
    name = next(k for k, v in rules.load("ar", "dates").lexicon("month").items() if v == month)
    w = one(f"في شهر {name} من العام {ar}", "ar", pub)
    assert (w.earliest.year, w.earliest.month) == (pub.year + offset, month)


# --- calendar edges ----------------------------------------------------------------------------

@pytest.mark.parametrize("text,lang,pub,value", [
    ("next month", "en", date(2023, 12, 10), "2024-01"),
    ("الشهر المقبل", "ar", date(2023, 12, 31), "2024-01"),
    ("last month", "en", date(2023, 1, 10), "2022-12"),
    ("الشهر الماضي", "ar", date(2023, 1, 1), "2022-12"),
    ("next week", "en", date(2020, 12, 28), "2021-W01"),  # 2020-12-28 is in ISO week 53 of 2020
    ("last week", "en", date(2021, 1, 4), "2020-W53"),
    ("الأسبوع الماضي", "ar", date(2021, 1, 4), "2020-W53"),
    ("29 February 2024", "en", None, "2024-02-29"),
    ("Putin met Xi on Friday", "en", date(2024, 1, 1), "2023-12-29"),
    ("Xi will visit on Monday", "en", date(2023, 12, 31), "2024-01-01"),
    ("last Sunday", "en", date(2021, 1, 2), "2020-12-27"),
    ("next Friday", "en", date(2021, 12, 31), "2022-01-07"),
    ("وصل إلى بكين يوم الخميس", "ar", date(2022, 1, 1), "2021-12-30"),
])
def test_calendar_edges(text, lang, pub, value):
    w = one(text, lang, pub)
    assert w.value == value
    assert w.earliest == timex._bounds(value)[0]


def test_display_names_come_from_the_rules():
    assert [timex.month_name(n) for n in (1, 2, 12)] == ["January", "February", "December"]
    assert [timex.weekday_name(n) for n in (1, 3, 7)] == ["Monday", "Wednesday", "Sunday"]
    assert describe(from_value("2023-10-05")) == "5 October 2023"


@pytest.mark.parametrize("text, lang, published, value", [
    # no tense cue: a day soon after publication is the coming one ...
    ("The trade envoy tours Chile on a trip starting June 17", "en", date(2024, 6, 11), "2024-06-17"),
    ("زيارة دولة إلى اليابان من 7 إلى 9 مارس", "ar", date(2024, 3, 5), "2024-03-07/2024-03-09"),
    # ... one more than a quarter ahead, or nearer behind, is the last one
    ("The trade envoy tours Chile on a trip starting June 17", "en", date(2024, 2, 11), "2023-06-17"),
    ("زيارة دولة إلى اليابان من 7 إلى 9 مارس", "ar", date(2024, 3, 20), "2024-03-07/2024-03-09"),
    # a tense cue decides as before
    ("Li Qiang visited Australia on June 17", "en", date(2024, 6, 11), "2023-06-17"),
])
def test_a_day_without_year_or_tense_is_the_nearest_within_a_quarter_ahead(text, lang, published, value):
    found = [w for w in timex.tag(text, lang, published) if w.value]
    assert found and found[0].value == value


# --- the verb a modal cue governs --------------------------------------------------------------

@pytest.mark.parametrize("text,lang", [
    ("A second round of talks is scheduled to be held in Nairobi on 9 March", "en"),
    ("The summit is due to be held in Lima on 9 March", "en"),
    ("ومن المقرر عقد جولة ثانية من المحادثات في نيروبي في 9 مارس", "ar"),
    ("ومن المقرر أن يزور الوزير ليما في 9 مارس", "ar"),
])
def test_a_plans_own_verb_keeps_the_plan_in_the_future(text, lang):
    # the verb right after 'scheduled to be' / 'من المقرر' is the plan's, not a past event's
    assert one(text, lang).value == "2024-03-09"


@pytest.mark.parametrize("text,lang", [
    ("The talks were held in Nairobi on 9 March", "en"),
    ("The minister is expected to visit Lima, where he met the mayor on 9 March", "en"),
    ("وعقد الوزيران جولة ثانية في نيروبي في 9 مارس", "ar"),
])
def test_a_verb_of_its_own_clause_is_still_past(text, lang):
    assert one(text, lang).value == "2023-03-09"


def test_a_weekday_then_a_comma_and_next_week_are_two_times():
    # 'next week' after a comma opens another clause: the weekday is the one the past clause tells
    found = timex.tag("The trade fair closed on Thursday, next week the envoys will fly to Oslo.", "en", PUB)
    assert [(w.text, w.value) for w in found] == [("on Thursday", "2023-11-02"), ("next week", "2023-W46")]


@pytest.mark.parametrize("text, lang, published, value", [
    # a present verb with a day: a programme soon after publication, not last year's day
    ("يصل الرئيس التونسي إلى الجزائر يوم 3 جوان", "ar", date(2024, 5, 15), "2024-06-03"),
    # a range of days in one month is read from the clause's tense, as a single day is
    ("وستعقد اللجنة اجتماعين يومي 24 و25 تشرين الأول", "ar", date(2022, 3, 9), "2022-10-24/2022-10-25"),
    # the date a vote is put off to is still to come, though the move is told in the past
    ("The election, first set for February, was delayed until December.", "en", date(2024, 5, 15), "2024-12"),
    # a participle after 'be', and 'now' after 'will', leave the future of 'will' standing
    ("The forum will now be held in Accra on 4 November.", "en", date(2022, 3, 9), "2022-11-04"),
])
def test_the_clause_decides_the_year_of_a_day(text, lang, published, value):
    assert [w.value for w in timex.tag_text(text, lang, published)] == [value]


@pytest.mark.parametrize("text, lang, published, value", [
    # 'arriving from' tells where a past arrival came from, not a trip still to come
    ("وصلت رئيسة وزراء الدنمارك ميته فريدريكسن إلى أكرا قادمة من أبوجا يوم 4 فبراير", "ar", date(2024, 2, 20), "2024-02-04"),
    ("وصل الوفد الماليزي إلى هانوي قادما من جاكرتا في 6 فبراير", "ar", date(2024, 2, 20), "2024-02-06"),
    # a delay counted in days, not a new date: the day after it is told in the past
    ("The book fair was delayed for two days and opened on 9 April.", "en", date(2024, 4, 25), "2024-04-09"),
    ("The vote was delayed due to heavy rain and held on 9 April.", "en", date(2024, 4, 25), "2024-04-09"),
    # the new date of a move reported after it: the nearest to publication, here just behind it
    ("Ghana and Norway signed the accord on Monday, after the talks were postponed to 11 April.", "en",
     date(2024, 4, 25), "2024-04-11"),
    ("كان المنتدى قد أرجئ إلى 11 أبريل ثم عقد في موعده الجديد", "ar", date(2024, 4, 25), "2024-04-11"),
])
def test_a_word_of_moving_or_coming_does_not_push_a_past_day_a_year_ahead(text, lang, published, value):
    assert value in [w.value for w in timex.tag_text(text, lang, published)]


@pytest.mark.parametrize("text, lang", [
    ("the match was delayed for two days", "en"),
    ("the ferry was delayed owing to the storm", "en"),
    ("the bridge was extended to the far bank", "en"),
    ("وصل الوزير قادما من الرباط", "ar"),
    ("مدد الجسر إلى الضفة الأخرى", "ar"),
])
def test_a_word_of_moving_or_coming_with_no_new_date_makes_no_future(text, lang):
    assert timex.clause(text, lang)[1] != "future"


def test_every_year_of_a_list_told_after_in_is_a_year():
    text = "The envoy came back in 1996, 2003, 2009 and 2015, each time for talks."
    got = [(text[w.start:w.end], w.value) for w in timex.tag(text, "en", date(2024, 3, 1))]
    assert got == [("in 1996", "1996"), ("2003", "2003"), ("2009", "2009"), ("2015", "2015")]
    # a list that does not begin after 'in' is no list of years
    assert [w.value for w in timex.tag("They sold 2014, 2018 and 2020 units.", "en", date(2024, 3, 1))] == []


def test_a_weekday_beside_a_day_settles_its_year_only_as_the_tense_allows():
    # 20 January 2022 was a Thursday: a visit still to come three days after publication is that one, the
    # weekday written wrong, not a past Wednesday the 20th (2021)
    found = timex.tag("The president will arrive in Lima on Wednesday, 20 January.", "en", date(2022, 1, 17))
    assert [w.value for w in found] == ["2022-01-20"]
    # a page dated a day late: the weekday's year against the tense, being nearer publication
    found = timex.tag("The president prepares to visit Lima on Sunday, April 6th.", "en", date(2025, 4, 7))
    assert [w.value for w in found] == ["2025-04-06"]
    # a tense that allows it: the year in which that day is that weekday
    found = timex.tag("The talks opened on Sunday, April 6.", "en", date(2026, 4, 10))
    assert [w.value for w in found] == ["2025-04-06"]
