"""Groups and institutions as parties: a country's officials, delegation, government or central
bank board and a bloc's leaders are one party each, named '<country> (<group>)' whatever the
wording; a meeting with one is a fact; bad input finishes in bounded time with no made-up party."""
import time
from datetime import date

import pytest

from checker.compare.engine import compare
from checker.extract import groups
from checker.read import documents
from checker.read.documents import Document
from checker.pipeline import analyse

PUBLISHED = date(2024, 4, 22)


def meetings(text):
    doc = Document(id="x", path="x", source=None, url=None, lang="en", published=PUBLISHED,
                   published_evidence="", text=text, kept=((0, len(text)),))
    return [f for f in analyse(doc).facts if f.kind == "meeting"]


@pytest.mark.parametrize("text", [
    "The envoy met Uruguayan officials.",
    "The envoy met officials from Uruguay.",
    "The envoy met officials of Uruguay.",
])
def test_wordings_of_one_group_are_one_name(text):
    assert [g.name for g in groups.find(text, "en")] == ["Uruguay (officials)"]


def test_a_bloc_is_named_as_the_catalogue_names_it():
    # 'EU' and 'European Union' are one bloc (rules/common/entities.yaml)
    assert [g.name for g in groups.find("EU leaders and the leaders of the European Union", "en")] == \
        ["European Union (leaders)", "European Union (leaders)"]


def test_the_group_takes_the_country_named_inside_it():
    # the country's name is the group's own, not a party of its own beside it
    found = meetings("Premier Tomas Kvell met the government of Uruguay in Montevideo.")
    assert [(f.subject, f.object) for f in found] == [("Tomas Kvell", "Uruguay (government)")]


def test_a_group_alone_meets_nobody():
    assert meetings("Uruguayan officials met in Montevideo on Monday.") == []


def test_a_verb_after_a_comma_goes_on_with_the_subject_of_the_sentence():
    text = ("Trade Minister Aldo Verrani, during his visit to Montevideo last week, met with Uruguayan "
            "officials and signed an accord.")
    assert [(f.subject, f.object, f.rule) for f in meetings(text)] == \
        [("Aldo Verrani", "Uruguay (officials)", "en/events/meeting+subject/carried/clause")]


@pytest.mark.parametrize("text", [
    " ".join(["Officials"] * 500) + ".",
    " ".join(f"Uruguayan Leaders{i} Officials" for i in range(200)),
    "officials of " * 900,
    ("ASEAN " * 2000),
])
def test_bad_input_is_bounded_and_makes_up_no_group(text):
    t0 = time.process_time()
    found = groups.find(text, "en")
    assert time.process_time() - t0 < 2
    assert all(g.name in ("Uruguay (officials)",) for g in found)


# ---- Arabic: the same groups, named as the English rules name them

def ar_meetings(text):
    doc = Document(id="x", path="x", source=None, url=None, lang="ar", published=PUBLISHED,
                   published_evidence="", text=text, kept=((0, len(text)),))
    return [f for f in analyse(doc).facts if f.kind == "meeting"]


@pytest.mark.parametrize("lang,text,name", [
    ("ar", "التقى المبعوث المسؤولين الأوروغوايانيين", None),  # no such adjective in the lexicon: nothing made up
    ("ar", "التقى المبعوث المسؤولين الكينيين", "Kenya (officials)"),
    ("ar", "التقى المبعوث مسؤولي كينيا", "Kenya (officials)"),
    ("ar", "التقى المبعوث مسؤولين من كينيا", "Kenya (officials)"),
    ("en", "The envoy met Kenyan officials.", "Kenya (officials)"),
    ("ar", "سيلتقي قادة دول مجلس التعاون", "Gulf Cooperation Council (leaders)"),
    ("ar", "سيلتقي زعماء مجلس التعاون لدول الخليج العربية", "Gulf Cooperation Council (leaders)"),
    ("en", "He will meet GCC leaders.", "Gulf Cooperation Council (leaders)"),
    ("ar", "استقبل وفدا من الاتحاد الأوروبي", "European Union (delegation)"),
    ("en", "He received a delegation from the EU.", "European Union (delegation)"),
    ("ar", "التقى مجلس محافظي البنك المركزي الكيني", "Kenya (central bank board)"),
    ("en", "He met the board of the Kenyan central bank.", "Kenya (central bank board)"),
])
def test_an_arabic_group_has_the_english_groups_name(lang, text, name):
    assert [g.name for g in groups.find(text, lang)] == ([name] if name else [])


def test_a_proclitic_on_the_group_is_no_part_of_its_words():
    found = groups.find("واجتمع بكبار المسؤولين الكينيين وبالحكومة البيروفية", "ar")
    assert [(g.name, g.text) for g in found] == [("Kenya (officials)", "كبار المسؤولين الكينيين"),
                                                 ("Peru (government)", "الحكومة البيروفية")]


@pytest.mark.parametrize("text", [
    "التقى رئيس الحكومة الكينية",
    "وعين رئيسا للحكومة البيروفية",
    "قال المتحدث باسم الحكومة الكينية",
])
def test_the_head_or_spokesman_of_a_government_is_a_person_not_the_government(text):
    assert groups.find(text, "ar") == []


def test_some_of_a_blocs_states_or_a_region_are_not_the_bloc():
    assert groups.find("التقى قادة بعض دول الاتحاد الأفريقي وقادة دول المنطقة", "ar") == []


def test_an_arabic_meeting_takes_the_group_as_the_other_party():
    found = ar_meetings("والتقى الرئيس البيروفي ماريو لوبيز يوم الأحد وفدا من الاتحاد الأوروبي في ليما.")
    assert [(f.object, f.place) for f in found] == [("European Union (delegation)", "Lima")]


def test_an_arabic_group_alone_meets_nobody():
    assert ar_meetings("واجتمع المسؤولون الكينيون في نيروبي يوم الاثنين.") == []


def _cross(ar_text, en_text):
    out = []
    for i, (lang, text) in enumerate((("ar", ar_text), ("en", en_text))):
        doc = documents.build(documents.Raw(f"{i}.txt", text, lang=lang, published=date(2024, 3, 1)))
        out += [f for f in analyse(doc).facts if f.kind == "meeting"]
    return [(f.rule, f.severity) for f in compare(out)]


AR_SUMMIT = "واجتمع الرئيس البيروفي ماريو لوبيز مع زعماء آسيان في جاكرتا يوم 12 مارس 2024 على هامش قمة آسيان."


def test_an_arabic_and_an_english_report_of_one_bloc_meeting_corroborate():
    en = "Peruvian President Mario Lopez met ASEAN leaders in Jakarta on March 12, 2024, at the ASEAN summit."
    assert _cross(AR_SUMMIT, en) == [("corroboration", "info")]


def test_an_arabic_and_an_english_report_of_one_bloc_meeting_on_other_days_conflict():
    en = "Peruvian President Mario Lopez met ASEAN leaders in Jakarta on March 14, 2024, at the ASEAN summit."
    assert _cross(AR_SUMMIT, en) == [("date-conflict", "error")]


def test_another_blocs_leaders_are_another_meeting():
    en = "Peruvian President Mario Lopez met EU leaders in Jakarta on March 14, 2024, at the ASEAN summit."
    assert _cross(AR_SUMMIT, en) == []


@pytest.mark.parametrize("text", [
    "المسؤولين " * 900,
    "قادة دول " * 900 + "مجلس",
    "وفد " * 900,
    "مسؤولي الحكومة " * 500,
    " ".join(f"المسؤولين الكينيين{i}" for i in range(300)),
])
def test_bad_arabic_input_is_bounded_and_makes_up_no_group(text):
    t0 = time.process_time()
    found = groups.find(text, "ar")
    assert time.process_time() - t0 < 2
    assert found == []


def test_a_delegation_headed_by_a_named_person_meets_as_that_person():
    found = ar_meetings("والتقى الرئيس البيروفي ماريو لوبيز الوفد الكيني برئاسة وزير الخارجية الكيني جون موانجي.")
    # the head of the delegation, romanised from the Arabic, not "Kenya (delegation)"
    assert [f.object.split()[0] for f in found] == ["John"]
    assert all("delegation" not in f.object and not f.others for f in found)
