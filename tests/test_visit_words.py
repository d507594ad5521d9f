"""Visits told with other words: 'came to X' and a leg of a trip ('her first destination was X', 'a
stopover in X') take the place right after their words, never one named further on."""
from datetime import date

import pytest

from checker.pipeline import analyse
from checker.read.documents import Document


def visits(text):
    doc = Document(id="x", path="x", source=None, url=None, lang="en", published=date(2024, 4, 22),
                   published_evidence="", text=text, kept=((0, len(text)),))
    return [(f.subject, f.place, f.when.value if f.when else None) for f in analyse(doc).facts if f.kind == "visit"]


def test_came_to_takes_the_place_right_after_it():
    # the sentence names Sudan further on: no visit there
    text = "Premier Tomas Kvell came to Peru on Sunday, and his talks there covered copper and the fighting in Sudan."
    assert visits(text) == [("Tomas Kvell", "Peru", "2024-04-21")]


def test_a_leg_of_the_trip_is_a_visit_of_the_one_travelling():
    text = ("Premier Tomas Kvell came to Peru on Sunday. Kvell's first destination was the mining hub of "
            "Arequipa, where he will tour a plant.")
    assert [v[:2] for v in visits(text)] == [("Tomas Kvell", "Peru"), ("Tomas Kvell", "Arequipa")]


@pytest.mark.parametrize("text", [
    "Premier Tomas Kvell came to power in Peru in 2019.",
    "Premier Tomas Kvell came to an agreement with Peru on Sunday.",
    "The first stop was chosen by officials in Lima.",
])
def test_other_senses_are_no_visit(text):
    assert visits(text) == []


def _ar_visits(text):
    doc = Document(id="x", path="x", source=None, url=None, lang="ar", published=date(2024, 3, 5),
                   published_evidence="", text=text, kept=((0, len(text)),))
    return [(f.subject, f.place) for f in analyse(doc).facts if f.kind == "visit"]


def test_nobody_visits_the_country_they_serve():
    # 'the visit reflects Matos's care for Portugal's economy', Matos named before as Portugal's prime
    # minister: Portugal is no destination
    assert _ar_visits("قال رئيس الوزراء البرتغالي جواو ماتوس إن الاستثمار سيرتفع. "
                      "وتعكس الزيارة حرص جواو ماتوس على دعم اقتصاد البرتغال.") == []
    assert _ar_visits("زار الرئيس الروسي فلاديمير بوتين الصين يوم الاثنين.") == [("Vladimir Putin", "China")]


def test_the_legs_of_a_tour_listed_after_then_are_visits_of_its_traveller():
    text = "سيقوم الرئيس الروسي فلاديمير بوتين بجولة تبدأ من نيودلهي في 13 مارس 2024 ثم جاكرتا في 15 مارس 2024 وأخيرا إلى هانوي في 17 مارس 2024"
    doc = Document(id="x", path="x", source=None, url=None, lang="ar", published=date(2024, 3, 5),
                   published_evidence="", text=text, kept=((0, len(text)),))
    legs = [(f.subject, f.place, f.when.value) for f in analyse(doc).facts if f.kind == "visit"]
    assert legs == [("Vladimir Putin", "New Delhi", "2024-03-13"), ("Vladimir Putin", "Jakarta", "2024-03-15"),
                    ("Vladimir Putin", "Hanoi", "2024-03-17")]


@pytest.mark.parametrize("text, place, when", [
    ("Ghanaian President John Mahama will pay a visit to Norway by the end of the year.", "Norway", "2024"),
    ("Ghanaian President John Mahama said he would make a visit to Oslo by the end of June.", "Oslo", "2024-06"),
    ("Ghanaian President John Mahama plans a visit to Oslo by September.", "Oslo", None),
    ("Ghanaian President John Mahama plans a visit to Oslo by 2026.", "Oslo", None),
])
def test_a_time_after_by_is_no_agent_of_the_visit(text, place, when):
    # 'by' + a time bounds when the visit is due; the visitor stays the one named before the noun
    got = visits(text)
    assert [(s, p) for s, p, _ in got] == [("John Mahama", place)], got
    if when is not None:
        assert got[0][2] == when


def test_a_visit_by_someone_named_after_by_is_theirs():
    got = visits("Norway hailed the first visit to Oslo by Ghanaian President John Mahama on Monday.")
    assert [(s, p) for s, p, _ in got] == [("John Mahama", "Oslo")], got
