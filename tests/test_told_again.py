"""An event told again in one article (the headline, then the text; 'his trip' later) is one fact."""
import time
from dataclasses import replace
from datetime import date

import pytest

from checker.extract.context import _part_of_name
from checker.extract.posts import _one_role_per_holder
from checker.extract.retold import _dedupe, _told_again
from checker.extract.timex import from_value
from checker.pipeline import analyse
from checker.read.documents import Document


def facts(text, kind, published=date(2024, 6, 10), lang="en"):
    doc = Document(id="x", path="x", source=None, url=None, lang=lang, published=published,
                   published_evidence="", text=text, kept=((0, len(text)),))
    return [f for f in analyse(doc).facts if f.kind == kind]


def test_a_headline_and_its_dated_telling_are_one_visit_with_the_days():
    text = ("Premier Tomas Kvell visits Kenya to boost trade\n"
            "Premier Tomas Kvell will make a four-day visit to Kenya starting June 17, officials said.")
    (visit,) = facts(text, "visit")
    assert (visit.subject, visit.place, visit.when.value) == ("Tomas Kvell", "Kenya", "2024-06-17/2024-06-20")


def test_a_part_of_the_name_and_the_full_name_are_one_visitor():
    text = ("Premier Kvell launches Kenya visit\n"
            "Premier Tomas Kvell arrived in Kenya on Saturday for a three-day visit.")
    (visit,) = facts(text, "visit")
    assert visit.subject == "Tomas Kvell" and visit.when is not None and visit.when.value


def test_visits_in_years_that_cannot_meet_stay_two():
    text = "Premier Tomas Kvell visited Kenya in 2019. Premier Tomas Kvell visited Kenya again in March 2024."
    assert sorted(f.when.value for f in facts(text, "visit")) == ["2019", "2024-03"]


def test_visits_to_two_places_stay_two():
    text = "Premier Tomas Kvell visited Kenya in March 2024. Premier Tomas Kvell visited Uganda in March 2024."
    assert sorted(f.place for f in facts(text, "visit")) == ["Kenya", "Uganda"]


def test_a_meeting_told_twice_is_one_and_one_with_another_party_stays():
    text = ("Premier Tomas Kvell met Kenyan President William Ruto in Nairobi on Monday. "
            "Tomas Kvell met William Ruto to discuss trade. "
            "Tomas Kvell met Ugandan President Yoweri Museveni on Tuesday.")
    pairs = sorted(tuple(sorted((f.subject, f.object))) for f in facts(text, "meeting"))
    assert pairs == [("Tomas Kvell", "William Ruto"), ("Tomas Kvell", "Yoweri Museveni")]


def test_a_meeting_told_undated_is_the_days_news_and_a_recalled_one_stays_apart():
    # talks told as held before the article dates anything are its day's news (a Monday, the day of
    # the welcome told next: one meeting); the one it recalls, of March 2023, is another
    text = ("Premier Tomas Kvell held talks with Kenyan President William Ruto. "
            "William Ruto welcomed Tomas Kvell with honours on Monday. "
            "Tomas Kvell recalled his meeting with William Ruto in March 2023.")
    found = facts(text, "meeting")
    assert sorted(f.when.value if f.when else "" for f in found) == ["2023-03", "2024-06-10"]


def test_a_capital_and_its_country_on_the_same_days_are_one_visit_to_the_capital():
    text = ("Premier Tomas Kvell arrived in Nairobi on Monday at the start of a three-day trip. "
            "Premier Tomas Kvell began his official three-day visit to Kenya on Monday.")
    (visit,) = facts(text, "visit")
    assert (visit.place, visit.when.value) == ("Nairobi", "2024-06-10/2024-06-12")


def test_a_capital_on_other_days_than_the_country_is_a_leg_of_its_own():
    text = ("Premier Tomas Kvell will visit Kenya from June 17 to 20. "
            "Premier Tomas Kvell will travel to Nairobi on June 18.")
    assert sorted((f.place, f.when.value) for f in facts(text, "visit")) == [
        ("Kenya", "2024-06-17/2024-06-20"), ("Nairobi", "2024-06-18")]


def test_a_visit_to_the_country_told_without_days_is_the_dated_trip_to_its_capital():
    text = "Premier Tomas Kvell visited Kenya. Premier Tomas Kvell arrived in Nairobi on Monday."
    (visit,) = facts(text, "visit")
    assert (visit.place, visit.when.value) == ("Nairobi", "2024-06-10")


def test_a_trip_told_done_and_a_leg_in_the_capital_still_to_come_stay_two():
    text = ("Premier Tomas Kvell arrived in Kenya on Monday. "
            "Premier Tomas Kvell will also travel to Nairobi during the trip, officials said.")
    found = sorted((f.place, f.modality) for f in facts(text, "visit"))
    assert [p for p, _ in found] == ["Kenya", "Nairobi"]


AR_DAY = date(2024, 3, 5)


def test_an_arabic_arrival_in_a_country_and_the_reception_in_its_capital_are_one_visit():
    text = ("وصل الرئيس الروسي فلاديمير بوتين إلى الهند يوم الثلاثاء في زيارة رسمية. "
            "وكان في استقبال بوتين لدى وصوله إلى نيودلهي رئيس الوزراء الهندي ناريندرا مودي.")
    visits = [(f.subject, f.place, f.when.value) for f in facts(text, "visit", AR_DAY, "ar")]
    # the host, named after the guest's arrival, arrives nowhere
    assert visits == [("Vladimir Putin", "New Delhi", "2024-03-05")]


def test_an_arabic_mention_of_the_country_beside_the_dated_arrival_in_its_capital_is_one_visit():
    text = "بدأ الرئيس الروسي فلاديمير بوتين زيارة إلى الهند. ووصل بوتين إلى نيودلهي يوم الثلاثاء."
    visits = [(f.subject, f.place, f.when.value) for f in facts(text, "visit", AR_DAY, "ar")]
    assert visits == [("Vladimir Putin", "New Delhi", "2024-03-05")]


def test_arabic_visits_to_two_countries_stay_two():
    text = "زار الرئيس الروسي فلاديمير بوتين الصين يوم الاثنين. وزار بوتين الهند يوم الأربعاء."
    assert sorted(f.place for f in facts(text, "visit", AR_DAY, "ar")) == ["China", "India"]


def test_an_arabic_meeting_told_again_without_a_date_is_the_dated_one():
    text = ("التقى الرئيس الروسي فلاديمير بوتين الرئيس الصيني شي جين بينغ في موسكو يوم الاثنين. "
            "وبحث بوتين مع شي سبل التعاون بين البلدين.")
    meetings = [(f.subject, f.object, f.when.value) for f in facts(text, "meeting", AR_DAY, "ar")]
    assert meetings == [("Vladimir Putin", "Xi Jinping", "2024-03-04")]


@pytest.mark.slow
def test_thousands_of_mentions_of_one_person_are_joined_in_bounded_time():
    # a hostile article: one person's visits to 5,000 places on one day; each mention is compared
    # with a bounded number of earlier ones, not with all of them
    (visit,) = facts("Premier Tomas Kvell visited Kenya on March 3, 2019.", "visit")
    many = [replace(visit, place=f"Place {i}", id=str(i)) for i in range(5000)]
    started = time.perf_counter()
    joined = _told_again(many, {"visit": ["visit"]})
    assert time.perf_counter() - started < 30
    assert len(joined) == 5000  # other places, no capital among them: nothing joined


def test_an_undated_mention_after_one_already_joined_is_compared_without_a_crash():
    # the first undated visit joins the dated one; the second, to another place, meets the place the
    # first left empty and must pass it over
    from checker.model import Fact, When
    day = When(text="on 3 June", start=0, end=9, value="2024-06-03", granularity="day",
               earliest=date(2024, 6, 3), latest=date(2024, 6, 3))
    told = [Fact("x", "visit", "Tomas Kvell", place="Kenya", id="a"),
            Fact("x", "visit", "Tomas Kvell", place="Kenya", when=day, id="b"),
            Fact("x", "visit", "Tomas Kvell", place="Uganda", id="c")]
    got = _told_again(told, {"visit": ["visit"]})
    assert sorted((f.place, f.when is not None) for f in got) == [("Kenya", True), ("Uganda", False)]


def _cpu(run, n):
    started = time.process_time()  # CPU time: a busy machine slows the wall clock, not this
    out = run(n)
    return time.process_time() - started, out


def test_facts_told_twice_are_merged_in_time_near_linear_in_their_number():
    """Only facts of one kind, subject, other party and place are compared, and of those only the
    ones whose days hold or lie within another's: n people each told twice, and one person told on
    n different days, take about ten times the time for ten times the facts, not a hundred."""
    (visit,) = facts("Premier Tomas Kvell visited Kenya on March 3, 2019.", "visit")

    def run(n):
        told = []
        for i in range(n // 2):  # a month, then a day of it: one visit, dated to the day
            told.append(replace(visit, subject=f"Tomas Kvell {i}", when=from_value("2024-03"), id=f"m{i}"))
            told.append(replace(visit, subject=f"Tomas Kvell {i}", when=from_value("2024-03-18"), id=f"d{i}"))
        start = date(2000, 1, 1).toordinal()  # one person, one place, n different days: n visits
        told += [replace(visit, when=from_value(date.fromordinal(start + i).isoformat()), id=f"o{i}")
                 for i in range(n // 2)]
        return _dedupe(told)

    _cpu(run, 40)
    small = min(_cpu(run, 400)[0] for _ in range(2))
    big, merged = _cpu(run, 4000)
    assert len(merged) == 4000
    assert [f.when.value for f in merged[:2000]] == ["2024-03-18"] * 2000
    assert big < 40 * max(small, 0.01)


def test_one_role_per_holder_in_time_linear_in_the_roles():
    """A post's holders are compared only with the holders whose names share a word: n people in
    one post, each told once by a part of the name, take about ten times the time for ten times the
    roles, not a hundred; the part gives way to the full name."""
    (role,) = [f for f in facts("Kenyan Foreign Minister Tomas Kvell arrived on Monday.", "role")]

    def run(n):
        roles = []
        for i in range(n // 2):
            roles.append(replace(role, subject=f"Kvell{i}", id=f"p{i}"))
            roles.append(replace(role, subject=f"Tomas Kvell{i}", id=f"f{i}"))
        return _one_role_per_holder(roles)

    _cpu(run, 40)
    small = min(_cpu(run, 400)[0] for _ in range(2))
    big, kept = _cpu(run, 4000)
    assert [f.subject for f in kept] == [f"Tomas Kvell{i}" for i in range(2000)]
    assert big < 40 * max(small, 0.01)


@pytest.mark.parametrize("part, whole, expected", [
    ("Li", "Li Qiang", True),
    ("LI QIANG", "Li Qiang", True),  # case
    ("Erdogan", "Recep Tayyip Erdoğan", True),  # accents
    ("Li Qiang", "Li", False),
    ("Li Keqiang", "Li Qiang", False),
    ("", "Li Qiang", False),
    (None, "Li Qiang", False),
])
def test_a_name_standing_for_another(part, whole, expected):
    assert _part_of_name(part, whole) is expected


def test_a_part_of_the_name_in_other_capitals_or_accents_is_the_same_visitor():
    (visit,) = facts("Premier Tomas Kvell visited Kenya on March 18, 2024.", "visit")
    again = replace(visit, subject="KVÉLL", when=from_value("2024-03"), id="again")
    (joined,) = _told_again([visit, again], {"visit": ["visit"]})  # the month holds the day: it stands
    assert (joined.subject, joined.when.value) == ("Tomas Kvell", "2024-03")


def test_a_headline_meeting_in_the_country_and_the_dated_one_in_its_capital_are_one_meeting():
    text = ("Premier Tomas Kvell arrives in Kenya to meet William Ruto\n"
            "On Friday Premier Tomas Kvell met Kenyan President William Ruto in Nairobi.")
    (meeting,) = facts(text, "meeting")
    assert (meeting.place, meeting.when.value) == ("Nairobi", "2024-06-07")


def test_meetings_in_a_country_and_its_capital_on_days_apart_stay_two():
    text = ("Premier Tomas Kvell met Kenyan President William Ruto in Kenya on 3 March.\n"
            "Premier Tomas Kvell met Kenyan President William Ruto in Nairobi on 7 June.")
    assert len(facts(text, "meeting")) == 2


def test_the_other_party_named_by_part_of_the_name_is_one_meeting():
    # the headline names the guest by one word, and the country that owns the guest's post is no place
    text = ("Premier Tomas Kvell hosts Kenya's president-elect Diallo in Oslo\n"
            "Premier Tomas Kvell met President-elect Amara Diallo in Oslo on Monday.")
    (meeting,) = facts(text, "meeting")
    assert (meeting.object, meeting.place, meeting.when.value) == ("Amara Diallo", "Oslo", "2024-06-10")


def test_a_rate_told_for_a_year_and_again_for_months_of_it_is_the_rate_of_those_months():
    # the headline rounds the period to the year; the text tells the months the rate is counted over
    text = ("Chile-Peru trade up 46% in 2018\n"
            "Trade between Chile and Peru from January to November 2018 reached $10.3 billion, up 46 percent "
            "on the same period of the year before.")
    (rate,) = facts(text, "trade_growth", published=date(2019, 1, 30))
    assert rate.when.value == "2018-01/2018-11"
    # told the other way round, the narrower telling stands too
    text = ("Chile-Peru trade up 46% from January to November 2018\n"
            "Trade between Chile and Peru grew 46 percent in 2018, the ministry said.")
    (rate,) = facts(text, "trade_growth", published=date(2019, 1, 30))
    assert rate.when.value == "2018-01/2018-11"


def test_a_meeting_told_the_other_way_round_keeps_both_parties():
    # the second telling's subject is the first's other party: its longer name is no fuller name of the subject
    text = ("Premier Tomas Kvell met Kenyan President William Samoei Ruto in Nairobi on Monday. "
            "William Samoei Ruto met Kvell to discuss trade.")
    (meeting,) = facts(text, "meeting")
    assert {meeting.subject, meeting.object} == {"Tomas Kvell", "William Samoei Ruto"}


def test_a_trip_told_under_way_takes_the_day_another_mention_tells_it_began():
    # Thursday 23 May 2024: the first mention is dated by the article's day alone, the second by its words
    text = ("Premier Tomas Kvell and President Ruto meet in Nairobi on Thursday.\n"
            "Premier Tomas Kvell is now on a state visit to Kenya where he held talks with the president.\n"
            "Premier Tomas Kvell had begun his official visit to Kenya on Wednesday, his office said.")
    (visit,) = facts(text, "visit", published=date(2024, 5, 23))
    assert (visit.place, visit.when.value) == ("Kenya", "2024-05-22")
