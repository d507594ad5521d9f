"""Groups and institutions as parties: a country's officials, delegation, government or central
bank board and a bloc's leaders are one party each, named '<country> (<group>)' whatever the
wording; a meeting with one is a fact; bad input finishes in bounded time with no made-up party."""
import time
from datetime import date

import pytest

from checker.extract import groups
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
    t0 = time.perf_counter()
    found = groups.find(text, "en")
    assert time.perf_counter() - t0 < 2
    assert all(g.name in ("Uruguay (officials)",) for g in found)
