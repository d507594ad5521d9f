"""A visitor set off by commas between the verb and the place ('arrived X, the Sultan of Y, in Z'),
with a post or a time told aside between them, still visits the place; a town the names do not read,
told before the country it lies in, is the destination, and the country is not reported in its stead."""
from datetime import date

import pytest

from checker.pipeline import analyse
from checker.read.documents import Document

PUBLISHED = date(2025, 6, 13)


def visits(text, lang):
    doc = Document(id="x", path="x", source=None, url=None, lang=lang, published=PUBLISHED,
                   published_evidence="", text=text, kept=((0, len(text)),))
    return [(f.subject, f.place) for f in analyse(doc).facts if f.kind == "visit"]


@pytest.mark.parametrize("text, lang, place", [
    # a post set off by commas after the visitor, then the place
    ("وصل الرئيس غابرييل بوريتش، رئيس تشيلي، إلى ليما، اليوم، في زيارة دولة.", "ar", "Lima"),
    # a time set off by commas after the visitor
    ("وصل الرئيس التشيلي، غابرييل بوريتش، اليوم الأحد، إلى ليما في زيارة رسمية.", "ar", "Lima"),
    # the visitor's post and name set off by commas, the place with its preposition written on it
    ("الزيارة التي سيقوم بها، الرئيس التشيلي، غابرييل بوريتش، للأرجنتين التي ستبدأ، اليوم الأحد", "ar", "Argentina"),
    ("The state visit by Chilean President Gabriel Boric, on Tuesday, to Lima was the first in years.", "en", "Lima"),
    ("Argentina hosted a visit by Gabriel Boric, the President of Chile, to Buenos Aires on Tuesday.", "en",
     "Buenos Aires"),
    # the verb of the visit after the aside
    ("The first visit that Chile's president, Gabriel Boric, paid to Brazil was in 2023.", "en", "Brazil"),
    ("The pact dates from the state visit that Mr. Gabriel Boric, the President of Chile, made to Brazil in 2023.",
     "en", "Brazil"),
    # a post without its country set off by commas
    ("The pact was signed during the state visit that Mr. Gabriel Boric, the President of the Republic, made to "
     "Brazil in May 2023.", "en", "Brazil"),
])
def test_the_place_after_an_aside_set_off_by_commas(text, lang, place):
    found = visits(text, lang)
    assert found and found[0][1] == place
    assert found[0][0].startswith("Gabriel ")


@pytest.mark.parametrize("text, lang", [
    # the country of the aside is no destination: only the place after it
    ("وصل الرئيس غابرييل بوريتش، رئيس تشيلي، إلى ليما، اليوم، في زيارة دولة.", "ar"),
])
def test_the_country_of_an_aside_is_no_destination(text, lang):
    assert all(place != "Chile" for _, place in visits(text, lang))


@pytest.mark.parametrize("text, lang", [
    # a purpose, not a place, after the comma: nothing to visit
    ("التقى الرئيس التشيلي، غابرييل بوريتش، لبحث العلاقات مع الأرجنتين.", "ar"),
    # an unknown town before its country: the country is not the destination
    ("وصل الرئيس التشيلي غابرييل بوريتش إلى مدينة كوسكو في البيرو اليوم", "ar"),
    ("وصل الرئيس التشيلي غابرييل بوريتش إلى مدينة كوسكو بالبيرو اليوم", "ar"),
    ("Chilean President Gabriel Boric arrived in the city of Urubamba in Peru on Monday.", "en"),
    ("Chilean President Gabriel Boric arrived in the town of Ollantaytambo, Peru, on Monday.", "en"),
])
def test_no_country_for_a_place_not_read(text, lang):
    assert visits(text, lang) == []


def test_a_town_the_gazetteer_reads_after_its_word_is_the_destination_not_its_country():
    # Puno (GeoNames: about 129,000 people) is one of the gazetteer's towns, read only after a word for a town
    assert visits("Chilean President Gabriel Boric arrived in the town of Puno, Peru, on Monday.", "en") \
        == [("Gabriel Boric", "Puno")]
    assert visits("Chilean President Gabriel Boric arrived in the city of Cusco in Peru on Monday.", "en") \
        == [("Gabriel Boric", "Cusco")]


def test_the_country_alone_is_still_the_destination():
    assert visits("Chilean President Gabriel Boric arrived in Peru on Monday.", "en") == [("Gabriel Boric", "Peru")]
    assert [p for _, p in visits("وصل الرئيس التشيلي غابرييل بوريتش إلى البيرو اليوم", "ar")] == ["Peru"]


def test_a_saying_set_off_by_commas_leaves_the_visitor_the_subject():
    text = "Chilean President Gabriel Boric will pay, his office said on Monday, a state visit to Brazil next week."
    assert visits(text, "en") == [("Gabriel Boric", "Brazil")]


def test_the_speaker_before_a_saying_not_set_off_is_no_visitor():
    text = ("Chilean President Gabriel Boric said, according to his office, that Peruvian President "
            "Dina Boluarte would visit Brazil.")
    assert visits(text, "en") == [("Dina Boluarte", "Brazil")]
