"""Arabic bloc summits: one who attends, takes part in or chairs a bloc's summit (or its
ministers' council) meets the bloc as one party; all those a sentence lists at it are one meeting;
a summit dated once is the date of what is told of it later; a post written after a name in a
ruler's style is that person's. Sentences are invented for these tests."""
import time
from datetime import date

import pytest

from checker.extract import groups, names
from checker.pipeline import analyse
from checker.read.documents import Document

PUBLISHED = date(2031, 3, 4)


def facts(text, kind=None):
    doc = Document(id="x", path="x", source=None, url=None, lang="ar", published=PUBLISHED,
                   published_evidence="", text=text, kept=((0, len(text)),))
    return [f for f in analyse(doc).facts if kind is None or f.kind == kind]


@pytest.mark.parametrize("text, bloc", [
    ("القمة الخليجية", "Gulf Cooperation Council (leaders)"),
    ("قمتنا الخليجية", "Gulf Cooperation Council (leaders)"),
    ("القمة الـ60 لقادة دول مجلس التعاون الخليجي", "Gulf Cooperation Council (leaders)"),
    ("قمة الدورة (60) للمجلس الأعلى لمجلس التعاون، في المنامة", "Gulf Cooperation Council (leaders)"),
    ("القمة الخمسين لرابطة دول جنوب شرق آسيا", "ASEAN (leaders)"),
    ("القادة الأفارقة", "African Union (leaders)"),
    ("المجلس الوزاري لمجلس التعاون", "Gulf Cooperation Council (ministerial council)"),
])
def test_a_blocs_summit_leaders_and_council_are_one_party(text, bloc):
    assert [g.name for g in groups.find(text, "ar")] == [bloc]


def test_a_summit_of_two_countries_names_no_bloc():
    assert groups.find("القمة الهندية الماليزية في نيودلهي", "ar") == []


def test_those_listed_at_a_summit_are_one_meeting_with_the_bloc():
    found = facts("وعقدت القمة الخليجية في المنامة بمشاركة رئيس الوزراء الهندي ناريندرا مودي "
                  "والرئيس الإندونيسي جوكو ويدودو.", "meeting")
    assert len(found) == 1
    parties = {found[0].subject, found[0].object, *found[0].others}
    assert parties == {"Gulf Cooperation Council (leaders)", "Narendra Modi", "Joko Widodo"}


def test_one_who_only_invites_to_the_summit_is_no_participant():
    found = facts("وشكر رئيس الوزراء الهندي ناريندرا مودي على دعوته لي لحضور القمة الخليجية.", "meeting")
    assert found == []


def test_the_summit_dated_before_dates_a_participation_told_after():
    found = facts("يجتمع القادة الخليجيون في قمتهم الستين في المنامة اليوم. "
                  "وسيشارك في القمة الخليجية رئيس الوزراء الهندي ناريندرا مودي.", "meeting")
    assert [(f.subject, f.object, f.when.value if f.when else None) for f in found] == \
        [("Narendra Modi", "Gulf Cooperation Council (leaders)", "2031-03-04")]


def test_a_post_after_a_name_in_a_rulers_style_is_that_persons():
    found = {e.name: e.title
             for e in names.find("وحضر الشيخ مشعل الأحمد الجابر الصباح أمير دولة الكويت الاجتماع", "ar")}
    assert "Kuwaiti emir" in found.values()


def test_a_post_after_a_name_of_another_country_is_not_that_persons():
    # the Saudi foreign minister listed after the Jordanian king's style takes none of it
    found = {e.name: e.title for e in names.find(
        "وحضر ملك الأردن، صاحب السمو الأمير فيصل بن فرحان وزير الخارجية", "ar")}
    assert "Faisal bin Farhan" in found and found["Faisal bin Farhan"] != "Jordanian king"


def test_main_is_no_post():
    assert [e for e in names.find("تبدأ الجلسة الرئيسة تليها كلمات الوفود", "ar") if e.type == "person"] == []


@pytest.mark.parametrize("text", [
    "القمة " * 2000,
    "قمة الدورة " * 1000 + "لمجلس التعاون",
    "بمشاركة " * 1500 + "القمة الخليجية",
])
def test_bad_input_is_bounded(text):
    t0 = time.process_time()
    facts(text)
    assert time.process_time() - t0 < 10


def test_the_council_named_again_by_its_head_word_is_the_bloc_named_before():
    found = facts("وصل قادة دول مجلس التعاون الخليجي إلى المنامة. "
                  "والتقى رئيس الوزراء الهندي ناريندرا مودي قادة دول المجلس.", "meeting")
    assert [(f.subject, f.object) for f in found] == [("Narendra Modi", "Gulf Cooperation Council (leaders)")]


def test_the_council_not_named_before_is_no_bloc():
    assert facts("والتقى رئيس الوزراء الهندي ناريندرا مودي قادة دول المجلس.", "meeting") == []


def test_a_summit_is_no_party_of_a_meeting_held_at_it():
    found = facts("والتقى رئيس الوزراء الهندي ناريندرا مودي على هامش قمة آسيان الرئيس الإندونيسي جوكو ويدودو.", "meeting")
    assert all("ASEAN (leaders)" not in (f.subject, f.object, *f.others) for f in found)
