"""Collective parties: a bloc's own gathering (its summit, its foreign ministers' meeting) is a
meeting of its one group; a summit told again without its bloc is the bloc's the article named
last; a delegation told by the one who leads it is that person; the scorer matches a meeting of one
party with a fact of that party alone."""
from datetime import date

from checker import evaluate
from checker.compare.engine import compare
from checker.model import Fact
from checker.pipeline import analyse
from checker.read import documents
from checker.read.documents import Document

PUBLISHED = date(2024, 4, 22)


def meetings(text, lang="en"):
    doc = Document(id="x", path="x", source=None, url=None, lang=lang, published=PUBLISHED,
                   published_evidence="", text=text, kept=((0, len(text)),))
    return [f for f in analyse(doc).facts if f.kind == "meeting"]


def parties(f):
    return (f.subject, f.object, *f.others)


def test_a_blocs_summit_held_is_a_meeting_of_its_leaders_alone():
    found = meetings("The 38th African Union summit will be held in Addis Ababa on May 14.")
    assert [(parties(f), f.place, f.when.value) for f in found] == \
        [(("African Union (leaders)", None), "Addis Ababa", "2024-05-14")]


def test_an_arabic_meeting_of_the_blocs_foreign_ministers_is_one_party():
    found = meetings("واختتم وزراء الخارجية العرب اجتماعهم في الرباط يوم السبت.", "ar")
    assert [parties(f) for f in found] == [("Arab League (foreign ministers)", None)]


def test_a_summit_told_again_is_the_one_of_the_bloc_named_last():
    found = meetings("African Union leaders arrived in Accra on Sunday. The two-day summit opened on May 14.")
    assert [parties(f) for f in found] == [("African Union (leaders)", None)]
    # no bloc named before: a summit of no one the text tells
    assert meetings("The two-day summit opened in Accra on May 14.") == []


def test_a_blocs_summit_with_a_guest_is_the_guests_meeting_only():
    text = ("The 38th African Union summit opened in Addis Ababa on May 14. "
            "Indian Prime Minister Narendra Modi will attend the African Union summit.")
    assert [parties(f) for f in meetings(text)] == [("Narendra Modi", "African Union (leaders)")]


def test_the_blocs_leaders_meeting_someone_are_no_gathering_of_their_own():
    assert meetings("ASEAN leaders met in Jakarta on Monday.") != []
    assert all(f.object for f in meetings("ASEAN leaders met Peruvian President Mario Lopez in Jakarta on Monday."))


def test_a_delegation_led_by_someone_is_that_person():
    found = meetings("Peruvian President Mario Lopez met a Chilean delegation led by Foreign Minister "
                     "Ana Vidal in Lima on Monday.")
    assert [parties(f) for f in found] == [("Mario Lopez", "Ana Vidal")]
    # without the one who leads it the delegation stays the party
    assert [parties(f) for f in meetings("Peruvian President Mario Lopez met a Chilean delegation in Lima.")] == \
        [("Mario Lopez", "Chile (delegation)")]


def _gatherings(ar_text, en_text):
    out = []
    for i, (lang, text) in enumerate((("ar", ar_text), ("en", en_text))):
        doc = documents.build(documents.Raw(f"{i}.txt", text, lang=lang, published=date(2024, 6, 1)))
        out += [f for f in analyse(doc).facts if f.kind == "meeting"]
    return out


def test_one_partys_gathering_told_in_two_languages_corroborates():
    out = _gatherings("وعقدت القمة الأفريقية في أديس أبابا يوم 14 مايو 2024.",
                      "The African Union summit was held in Addis Ababa on May 14, 2024.")
    assert [parties(f) for f in out] == [("African Union (leaders)", None)] * 2
    assert [(f.rule, f.severity) for f in compare(out)] == [("corroboration", "info")]
    # two blocs' summits are two events: nothing to compare
    other = _gatherings("وعقدت القمة الأفريقية في أديس أبابا يوم 14 مايو 2024.",
                        "The ASEAN summit was held in Jakarta on May 14, 2024.")
    assert compare(other) == []


def test_the_scorer_matches_a_meeting_of_one_party_with_that_party_alone():
    gold = {"kind": "meeting", "subject": "African Union leaders"}
    assert evaluate.matches(Fact("d", "meeting", "African Union (leaders)", id="f"), gold)
    assert not evaluate.matches(Fact("d", "meeting", "African Union (foreign ministers)", id="f"), gold)
    # a fact with another party is another meeting, and a fact of one party answers no meeting of two
    assert not evaluate.matches(Fact("d", "meeting", "African Union (leaders)", object="Mario Lopez", id="f"), gold)
    assert not evaluate.matches(Fact("d", "meeting", "African Union (leaders)", id="f"),
                                {**gold, "object": "Mario Lopez"})
