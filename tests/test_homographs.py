"""A place name two places share (Arabic عمان: Oman and Amman) is read as the one place the document
tells by its words elsewhere; where it tells both or neither, it stays unread."""
import pytest

from checker.extract import homographs, names
from checker.model import Entity

SHARED = "وصل الوزير إلى عمان يوم الأحد."


@pytest.mark.parametrize("elsewhere, place, kind", [
    ("وأشاد بدور سلطنة عمان في الوساطة.", "Oman", "country"),
    ("والتقى نظيره العماني في اليوم التالي.", "Oman", "country"),
    ("والتقى العاهل الأردني في قصر الحسينية.", "Amman", "place"),
])
def test_the_document_tells_which_place_the_shared_name_is(elsewhere, place, kind):
    resolved = homographs.resolve([SHARED, elsewhere], "ar")
    (found,) = homographs.mentions(SHARED, "ar", resolved, [])
    assert (found.name, found.type) == (place, kind)
    assert SHARED[found.start:found.end] == "عمان"


@pytest.mark.parametrize("text", ["وصل الوزير إلى العاصمة عمان يوم الأحد.", "وصل الوزير للعاصمة عمان يوم الأحد."])
def test_the_capital_named_by_the_shared_name_is_the_city(text):
    # 'the capital Amman' (Oman is no capital), with 'to' written on the word or not; never Oman's capital
    (found,) = homographs.mentions(text, "ar", homographs.resolve([text], "ar"), [])
    assert (found.name, text[found.start:found.end]) == ("Amman", "عمان")
    assert not any(e.name == "Muscat" for e in names.find(text, "ar"))


@pytest.mark.parametrize("elsewhere", [
    "وأشاد بدور سلطنة عمان والأردن في الوساطة.",  # both places' words: no telling
    "وأشاد بدور الوسطاء في المنطقة.",  # neither
])
def test_a_shared_name_the_document_does_not_tell_stays_unread(elsewhere):
    resolved = homographs.resolve([SHARED, elsewhere], "ar")
    assert homographs.mentions(SHARED, "ar", resolved, []) == []


def test_a_name_another_reading_covers_is_left_to_it():
    resolved = homographs.resolve([SHARED, "والتقى نظيره العماني."], "ar")
    at = SHARED.index("عمان")
    taken = [Entity(text="عمان", start=at, end=at + 4, name="Oman", type="country")]
    assert homographs.mentions(SHARED, "ar", resolved, taken) == []


def test_the_place_told_is_where_the_visit_goes():
    from datetime import date
    from checker.pipeline import analyse
    from checker.read.documents import Document
    text = "زار وزير الخارجية الكيني سامر داود عمان يوم الأحد. وأشاد بدور السلطنة في الوساطة."
    doc = Document(id="x", path="x", source=None, url=None, lang="ar", published=date(2024, 3, 5),
                   published_evidence="", text=text, kept=((0, len(text)),))
    visits = [f for f in analyse(doc).facts if f.kind == "visit"]
    assert [(f.subject, f.place) for f in visits] == [("Samer Daoud", "Oman")]
