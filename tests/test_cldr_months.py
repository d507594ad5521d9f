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
