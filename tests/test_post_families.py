"""Families of posts beyond heads of state and the main ministries (a head of state's spouse, the
chairs of parliaments, governors, spokespeople, more ministries, 'PM'), and who of several people
around them is the party of an event: the first of 'A and B', never a companion or the speaker."""
from datetime import date

import pytest

from checker.pipeline import analyse
from checker.read.documents import Document

PUBLISHED = date(2024, 3, 5)


def facts(text, lang="en", kind=None):
    doc = Document(id="x", path="x", source=None, url=None, lang=lang, published=PUBLISHED,
                   published_evidence="", text=text, kept=((0, len(text)),))
    return [f for f in analyse(doc).facts if kind is None or f.kind == kind]


def roles(text, lang="en"):
    return {(f.subject, f.object) for f in facts(text, lang, "role")}


@pytest.mark.parametrize("text, lang, person, post", [
    ("First Lady Aisha Buhari opened the clinic.", "en", "Aisha Buhari", "first lady"),
    ("Ghanaian First Lady Rebecca Akufo-Addo opened the clinic.", "en", "Rebecca Akufo-Addo", "Ghanaian first lady"),
    ("PM Jacinda Ardern spoke first.", "en", "Jacinda Ardern", "prime minister"),
    ("The Prime Minister (PM) of Thailand, Srettha Thavisin, flew in.", "en", "Srettha Thavisin", "Thai prime minister"),
    ("Speaker of the National Assembly Raja Pervaiz Ashraf adjourned the house.", "en", "Raja Pervaiz Ashraf",
     "national assembly speaker"),
    ("Parliament Speaker Elias Bou Saab said.", "en", "Elias Bou Saab", "parliament speaker"),
    ("Governor Murad Ali Shah inaugurated it.", "en", "Murad Ali Shah", "governor"),
    ("Minister for the Environment Lars Holm said.", "en", "Lars Holm", "environment minister"),
    ("Army chief Gen. Qamar Bajwa attended.", "en", "Qamar Bajwa", "army chief"),
    ("White House Press Secretary Jen Psaki told reporters.", "en", "Jen Psaki", "White House press secretary"),
    ("Exports to Peru will grow, foreign ministry spokesperson Kofi Asante wrote in a post.", "en", "Kofi Asante",
     "foreign ministry spokesperson"),
    ("وقالت رئيسة مجلس الوزراء الدنماركية ميته فريدريكسن", "ar", None, "Danish prime minister"),
    ("استقبل رئيس وزراء جمهورية الهند ناريندرا مودي ضيفه", "ar", "Narendra Modi", "Indian prime minister"),
    ("وقال رئيس الجمهورية الفرنسية إيمانويل ماكرون", "ar", "Emmanuel Macron", "French president"),
])
def test_a_post_of_a_family_is_a_role(text, lang, person, post):
    got = roles(text, lang)
    assert any(p == post and (person is None or s == person) for s, p in got), got


def test_a_time_is_no_post():
    assert not roles("Updated 06:52 PM IST")
    assert not roles("The talks ended at 5 pm Monday.")


def test_the_first_lady_is_not_the_president_by_her_surname():
    got = roles("President John Mahama arrived. President Mahama and First Lady Lordina Mahama were greeted by the governor.")
    assert ("Lordina Mahama", "first lady") in got
    assert not [s for s, p in got if p == "first lady" and s != "Lordina Mahama"]


def test_a_bare_surname_shared_by_two_people_is_the_one_named_first():
    text = ("Ghanaian President John Mahama and First Lady Lordina Mahama reached Nairobi on Tuesday. "
            "Mahama will travel to Kampala on Friday.")
    (kampala,) = [f for f in facts(text, kind="visit") if f.place == "Kampala"]
    assert kampala.subject == "John Mahama"


def test_the_first_of_two_people_is_the_subject():
    (visit,) = facts("On April 9, President John Mahama and first lady Lordina Mahama will travel to Madrid.",
                     kind="visit")
    assert visit.subject == "John Mahama"


@pytest.mark.parametrize("text, lang, companion", [
    ("Mr. John Mahama, together with the First Lady, Mrs. Lordina Mahama, is due in Spain for a state visit.", "en",
     "Lordina"),
    ("وصل الرئيس النيجيري بولا تينوبو برفقة حرمه أولوريمي تينوبو إلى باريس", "ar", "أولوريمي"),
])
def test_a_companion_is_no_party(text, lang, companion):
    visits = facts(text, lang, "visit")
    assert visits and all(companion not in f.subject for f in visits)


def test_the_speaker_of_a_reported_visit_is_not_its_subject():
    text = "Spokesperson Hua Chunying said the official visit to Islamabad would deepen ties."
    assert not [f for f in facts(text, kind="visit") if f.subject == "Hua Chunying"]


def test_long_lists_of_companions_and_spouses_in_bounded_time():
    import time
    people = [f"First Lady {chr(65 + i % 26)}ma{chr(97 + i // 26)}a {chr(65 + i % 13)}ilva" for i in range(200)]
    text = "President Ali Khan, accompanied by " + ", ".join(people) + " and Mrs. Amina Khan, will visit Paris."
    start = time.perf_counter()
    visits = facts(text, kind="visit")
    assert time.perf_counter() - start < 10
    # a runaway sentence is cut into pieces of 2,000 characters: a piece may begin inside the list
    assert all(f.subject in text and f.subject != "Amina Khan" for f in visits)
