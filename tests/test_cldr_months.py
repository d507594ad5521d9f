"""The month lexicons hold CLDR's names for every locale of the language, as Babel gives them now."""
from babel import Locale

from checker import rules
from checker.extract import cldr_months


def test_generated_month_names_are_current():
    for lang in cldr_months.LANGS:
        assert cldr_months.current(lang) == cldr_months.block(lang), \
            f"rules/{lang}/dates.yaml: run python -m checker.extract.cldr_months --write"


def test_every_regional_tradition_is_read():
    # each locale's own January and August (Levantine, Maghreb, Egyptian) is in the lexicon with its number
    lexicon = rules.load("ar", "dates").lexicon("month")
    for ident in ("ar_LB", "ar_DZ", "ar_MA", "ar_EG", "ar_IQ", "ar_TN"):
        months = Locale.parse(ident).months["format"]["wide"]
        for number in (1, 8):
            assert rules.load("ar", "dates").lookup("month", months[number]) == number, (ident, months[number])
    assert len(set(lexicon.values())) == 12


def test_generated_page_month_names_are_current():
    assert cldr_months.current_page() == cldr_months.page_block(), \
        "rules/en/dates.yaml: run python -m checker.extract.cldr_months --write"


def test_a_page_dated_in_its_sites_own_language_is_read():
    from checker.read import pubdate

    # the wide month names of each template language, as CLDR writes them, accents and all (février,
    # şubat, agosto, août)
    for ident, words in (("it", "4 {} 2023"), ("fr", "4 {} 2023"), ("es", "4 de {} de 2023"), ("tr", "4 {} 2023")):
        for number in (2, 8):
            name = Locale.parse(ident).months["format"]["wide"][number]
            got = [d.isoformat() for d, _, _ in pubdate.dates_in(words.format(name), "en")]
            assert got == [f"2023-{number:02d}-04"], (ident, name)
