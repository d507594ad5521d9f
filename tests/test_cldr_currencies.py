"""The English unit lexicons name every currency of units.yaml by its ISO code and CLDR name."""
from checker.extract import cldr_currencies
from checker.extract import quantities as Q


def test_generated_currency_names_are_current():
    for lexicon in cldr_currencies.LEXICONS:
        assert cldr_currencies.current(lexicon) == cldr_currencies.block(lexicon), \
            "rules/en/quantities.yaml: run python -m checker.extract.cldr_currencies --write"


def test_a_currency_by_its_code_before_or_after_and_by_its_name():
    cases = {"exports of JOD832 million": ("JOD", 832e6), "a deficit of KWD 1.5 billion": ("KWD", 1.5e9),
             "trade of 640 million BHD": ("BHD", 640e6), "about 3 billion Omani rials": ("OMR", 3e9),
             "4.2 billion Iraqi dinars": ("IQD", 4.2e9)}
    for text, (unit, value) in cases.items():
        (q,) = [q for q in Q.find(text, "en") if q.unit]
        assert (q.unit, q.value) == (unit, value), text


def test_codes_that_are_english_words_are_left_out():
    assert not {"TRY", "MAD", "CAD"} & set(cldr_currencies.entries("unit_before").values())
    assert [q.unit for q in Q.find("they will try 3 times", "en")] == [""]


def test_a_currency_by_the_symbol_of_its_own_country():
    # CLDR's symbols where each currency is legal tender: Malaysia's 'RM', Kenya's 'Ksh', Nigeria's '₦'
    cases = {"trade rose to RM16.69 billion": ("MYR", 16.69e9), "exports of Ksh 5 billion": ("KES", 5e9),
             "imports worth ₦2 trillion": ("NGN", 2e12), "a deal of Rp 3 trillion": ("IDR", 3e12)}
    for text, (unit, value) in cases.items():
        (q,) = [q for q in Q.find(text, "en") if q.unit]
        assert (q.unit, q.value) == (unit, value), text
    # 'Rs', CLDR's for Pakistan's rupee, is India's press's for its own: no one currency
    assert "PKR" not in {q.unit for q in Q.find("a package of Rs 500 crore", "en")}


def test_a_currency_written_before_a_figure_is_a_word_of_its_own():
    # 'da', 'rm' and 'ro' end ordinary words: no Algerian dinar in 'Agenda 2063', no ringgit on a platform
    for text in ("hailing Agenda 2063 and Uganda 2023", "a platform 5 million strong", "the Euro 2024 final"):
        assert {q.unit for q in Q.find(text, "en")} == {""}, text
    # a sign needs no space before it: a page that runs it into the word before still gives the currency
    assert [(q.unit, q.value) for q in Q.find("compared with a total of$13.75 billion", "en")] == [("USD", 13.75e9)]
