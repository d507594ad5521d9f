"""Quantities: figures, scale words, fractions, percentages, currencies and qualifiers as intervals.

Expected intervals are worked out by hand from the words: a figure carries half a unit of its
last significant digit ("25" -> 24.5-25.5, "200" -> 150-250), "about" widens that to +/-10 %
(rules/common/units.yaml) when wider, "more than" / "less than" leave one side open (None).
"""
import dataclasses
import re
import time
from pathlib import Path

import pint
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checker.extract import quantities as Q
from checker.model import Quantity
from checker.rules import RuleError, parse
from checker.textfold import fold

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
B, M = 1e9, 1e6


def one(text, lang):
    found = Q.find(text, lang)
    assert len(found) == 1, f"{text!r}: {found}"
    q = found[0]
    assert text[q.start:q.end] == q.text
    return q


def close(a, b):
    return a is None and b is None or (a is not None and b is not None and abs(a - b) <= 1e-9 * max(1, abs(b)))


# text, quote, value, low, high, unit, qualifier
AR = [
    # digits: Arabic-Indic, thousands and decimal separators (٬ ٫ , .)
    ("بلغ حجم التجارة ١٬٦٤٤ مليون دولار", "١٬٦٤٤ مليون دولار", 1644 * M, 1643.5 * M, 1644.5 * M, "USD", "exact"),
    ("نما بنسبة ٢٫٥٪ فقط", "٢٫٥٪", 2.5, 2.45, 2.55, "percent", "exact"),
    ("استثمارات بقيمة 2,5 مليار يورو", "2,5 مليار يورو", 2.5 * B, 2.45 * B, 2.55 * B, "EUR", "exact"),
    ("ارتفاع حصيلة القتلى إلى 1644 قتيلا", "1644", 1644, 1643.5, 1644.5, "", "exact"),
    # scale words
    ("صدرت 10 آلاف طن", "10 آلاف طن", 10_000, 8_500, 11_500, "metric_ton", "rounded"),
    ("بقيمة 20 ألف جنيه مصري", "20 ألف جنيه مصري", 20_000, 18_500, 21_500, "EGP", "rounded"),
    ("3 ملايين برميل يوميا", "3 ملايين برميل", 3 * M, 2.5 * M, 3.5 * M, "barrel", "exact"),
    ("خسائر بلغت 5 مليارات روبل", "5 مليارات روبل", 5 * B, 4.5 * B, 5.5 * B, "RUB", "exact"),
    ("قرض بقيمة 7 بليون يوان", "7 بليون يوان", 7 * B, 6.5 * B, 7.5 * B, "CNY", "exact"),
    ("ناتج قدره 1.2 تريليون دولار", "1.2 تريليون دولار", 1.2e12, 1.15e12, 1.25e12, "USD", "exact"),
    # percentages
    ("ارتفع 25 في المائة", "25 في المائة", 25, 24.5, 25.5, "percent", "exact"),
    ("ارتفع 25 في المئة", "25 في المئة", 25, 24.5, 25.5, "percent", "exact"),
    ("ارتفع 25 بالمئة", "25 بالمئة", 25, 24.5, 25.5, "percent", "exact"),
    ("ارتفع بنسبة ٢٥٪", "٢٥٪", 25, 24.5, 25.5, "percent", "exact"),
    # currencies
    ("نحو 40 مليار دولار أمريكي", "نحو 40 مليار دولار أمريكي", 40 * B, 36 * B, 44 * B, "USD", "about"),
    ("بيع بـ 500 ريال سعودي", "500 ريال سعودي", 500, 485, 515, "SAR", "rounded"),
    ("بيع بـ 500 ريال", "500 ريال", 500, 485, 515, "riyal", "rounded"),
    ("بيع بـ 70 درهم", "70 درهم", 70, 68.5, 71.5, "dirham", "rounded"),
    # qualifiers
    ("يتجاوز 50 مليار دولار", "يتجاوز 50 مليار دولار", 50 * B, 50 * B, None, "USD", "more-than"),
    ("تجاوز التبادل التجاري 90 مليار دولار", "تجاوز التبادل التجاري 90 مليار دولار", 90 * B, 90 * B, None, "USD", "more-than"),
    ("عدد يزيد على 300 شخص", "يزيد على 300", 300, 300, None, "", "more-than"),
    ("بنسبة تفوق 40%", "تفوق 40%", 40, 40, None, "percent", "more-than"),
    ("تضخم دون 5%", "دون 5%", 5, None, 5, "percent", "less-than"),
    ("بأقل من 3 ملايين", "بأقل من 3 ملايين", 3 * M, None, 3 * M, "", "less-than"),
    ("حوالي 300 مليون دولار", "حوالي 300 مليون دولار", 300 * M, 270 * M, 330 * M, "USD", "about"),
    ("ما يقرب من 90 مليار", "ما يقرب من 90 مليار", 90 * B, 81 * B, 99 * B, "", "about"),
    ("قرابة 1644 قتيلا", "قرابة 1644", 1644, 1479.6, 1808.4, "", "about"),
    # fractions and multiples are percent
    ("الثلث من الواردات", "الثلث", 100 / 3, 100 / 3, 100 / 3, "percent", "exact"),
    ("نحو ربع الصادرات", "نحو ربع", 25, 22.5, 27.5, "percent", "about"),
    ("أكثر من النصف", "أكثر من النصف", 50, 50, None, "percent", "more-than"),
    ("أقل من ثلث الإنتاج", "أقل من ثلث", 100 / 3, None, 100 / 3, "percent", "less-than"),
    ("تضاعف حجم التبادل", "تضاعف", 100, 100, 100, "percent", "exact"),
    ("نما بأكثر من ضعف", "بأكثر من ضعف", 100, 100, None, "percent", "more-than"),
    # numbers in words, as precise as the same figure in digits
    ("استثمارات بقيمة ملياري يورو", "ملياري يورو", 2 * B, 1.5 * B, 2.5 * B, "EUR", "exact"),
    ("صفقة بقيمة ربع مليار دولار", "ربع مليار دولار", 0.25 * B, 0.125 * B, 0.375 * B, "USD", "exact"),
]

EN = [
    ("trade reached $200bn last year", "$200bn", 200 * B, 185 * B, 215 * B, "USD", "rounded"),
    ("the death toll rose to 1,644", "1,644", 1644, 1643.5, 1644.5, "", "exact"),
    ("2.5 million barrels a day", "2.5 million barrels", 2.5 * M, 2.45 * M, 2.55 * M, "barrel", "exact"),
    ("15 thousand tonnes", "15 thousand tonnes", 15_000, 14_500, 15_500, "metric_ton", "exact"),
    ("a 3 trillion yuan economy", "3 trillion yuan", 3e12, 2.5e12, 3.5e12, "CNY", "exact"),
    ("a $1.2tn deficit", "$1.2tn", 1.2e12, 1.15e12, 1.25e12, "USD", "exact"),
    ("a €40m grant", "€40m", 40 * M, 38.5 * M, 41.5 * M, "EUR", "rounded"),
    ("cost 5 bn roubles", "5 bn roubles", 5 * B, 4.5 * B, 5.5 * B, "RUB", "exact"),
    ("£7 billion of bonds", "£7 billion", 7 * B, 6.5 * B, 7.5 * B, "GBP", "exact"),
    ("US$3 billion", "US$3 billion", 3 * B, 2.5 * B, 3.5 * B, "USD", "exact"),
    # the Saudi press's abbreviation of its riyal
    ("sales of SR12.5 billion", "SR12.5 billion", 12.5 * B, 12.45 * B, 12.55 * B, "SAR", "exact"),
    ("rose 25 per cent", "25 per cent", 25, 24.5, 25.5, "percent", "exact"),
    ("rose 25 percent", "25 percent", 25, 24.5, 25.5, "percent", "exact"),
    ("rose 25%", "25%", 25, 24.5, 25.5, "percent", "exact"),
    ("more than a quarter", "more than a quarter", 25, 25, None, "percent", "more-than"),
    ("a third of exports", "a third", 100 / 3, 100 / 3, 100 / 3, "percent", "exact"),
    ("half of the trade", "half", 50, 50, 50, "percent", "exact"),
    ("trade doubled", "doubled", 100, 100, 100, "percent", "exact"),
    ("over 300 people", "over 300", 300, 300, None, "", "more-than"),
    ("trade exceeded $100 billion", "exceeded $100 billion", 100 * B, 100 * B, None, "USD", "more-than"),
    ("above 4%", "above 4%", 4, 4, None, "percent", "more-than"),
    ("under 5%", "under 5%", 5, None, 5, "percent", "less-than"),
    ("below $2bn", "below $2bn", 2 * B, None, 2 * B, "USD", "less-than"),
    ("around 300 million dollars", "around 300 million dollars", 300 * M, 270 * M, 330 * M, "USD", "about"),
    ("nearly $90 billion", "nearly $90 billion", 90 * B, 81 * B, 99 * B, "USD", "about"),
    ("roughly 2.5 million", "roughly 2.5 million", 2.5 * M, 2.25 * M, 2.75 * M, "", "about"),
    ("three billion euros", "three billion euros", 3 * B, 2.5 * B, 3.5 * B, "EUR", "exact"),
    ("half a billion dollars", "half a billion dollars", 0.5 * B, 0.25 * B, 0.75 * B, "USD", "exact"),
]


@pytest.mark.parametrize("lang,text,quote,value,low,high,unit,qualifier",
                         [("ar", *row) for row in AR] + [("en", *row) for row in EN], ids=lambda x: x if isinstance(x, str) else None)
def test_find(lang, text, quote, value, low, high, unit, qualifier):
    q = one(text, lang)
    assert (q.text, q.unit, q.qualifier) == (quote, unit, qualifier)
    assert close(q.value, value) and close(q.low, low) and close(q.high, high), (q.value, q.low, q.high)


@pytest.mark.parametrize("lang,text", [
    ("ar", "في عام 2024"),
    ("ar", "زار شي موسكو في مارس 2023"),
    ("ar", "نموذج لعلاقات القوة في القرن الـ 21"),
    ("ar", "الجمعة 30 ديسمبر 2022"),
    ("ar", "منذ 2014 وحتى اليوم"),
    ("ar", "في الربع الأول من 2023"),
    ("ar", "ضعف الاقتصاد"),
    ("en", "in 2024"),
    ("en", "Xi visited Moscow in March 2023"),
    ("en", "the 21st century"),
    ("en", "on December 30, 2022"),
    ("en", "in the first quarter of 2023"),
    ("en", "the 1990s"),
])
def test_dates_are_not_quantities(lang, text):
    assert Q.find(text, lang) == []


def test_year_next_to_a_figure_is_left_out():
    found = Q.find("وصول حجم التبادل التجاري إلى 200 مليار دولار في عام 2024", "ar")
    assert [q.text for q in found] == ["200 مليار دولار"]


# ---------------------------------------------------------------- the seed sentences


def seed_sentence(name, fragment):
    text = next(SEEDS.glob(name + "_*.txt")).read_text(encoding="utf-8")
    assert fragment in text
    return fragment


def test_seed_002_trade_passed_the_100_billion_mark():
    text = seed_sentence("002", "التبادل التجاري تجاوز حاجز الـ 100 مليار دولار هذا العام")
    q = one(text, "ar")
    assert (q.value, q.low, q.high, q.unit, q.qualifier) == (100e9, 100e9, None, "USD", "more-than")
    assert q.text == "تجاوز حاجز الـ 100 مليار دولار"
    assert Q.describe(q) == "more than 100 billion USD"


def test_seed_002_target_200_billion_in_2024():
    text = seed_sentence("002", "200 مليار دولار في عام 2024")
    q = one(text, "ar")
    assert (q.value, q.low, q.high, q.unit) == (200e9, 185e9, 215e9, "USD")


def test_seed_002_growth_25_percent():
    text = seed_sentence("002", "سيرتفع بحلول نهاية العام الجاري بنسبة 25%")
    q = one(text, "ar")
    assert (q.text, q.value, q.low, q.high, q.unit) == ("25%", 25, 24.5, 25.5, "percent")
    assert Q.describe(q) == "25 % (24.5–25.5)"


def test_seed_004_more_than_a_quarter():
    text = seed_sentence("004", "زادت التجارة بين روسيا والصين بأكثر من الربع")
    q = one(text, "ar")
    assert (q.value, q.low, q.high, q.unit, q.qualifier) == (25, 25, None, "percent", "more-than")


# ---------------------------------------------------------------- compare


def test_round_25_percent_agrees_with_more_than_a_quarter():
    assert Q.compare(one("بنسبة 25%", "ar"), one("بأكثر من الربع", "ar")) == "agree"
    assert Q.compare(one("grew 25%", "en"), one("more than a quarter", "en")) == "agree"


def test_a_bound_agrees_with_any_value_on_its_open_side():
    more = one("تجاوز حاجز الـ 100 مليار دولار", "ar")
    assert Q.compare(more, one("200 مليار دولار", "ar")) == "agree"
    assert Q.compare(one("$190bn", "en"), one("more than $100bn", "en")) == "agree"
    assert Q.compare(one("$90bn", "en"), one("more than $100bn", "en")) == "conflict"
    assert Q.compare(one("less than $20bn", "en"), one("$5bn", "en")) == "agree"
    assert Q.compare(one("less than $20bn", "en"), one("$25bn", "en")) == "conflict"


def test_currencies_are_incomparable():
    assert Q.compare(one("100 مليار دولار", "ar"), one("200 مليار يوان", "ar")) == "incomparable"
    assert Q.compare(one("$100bn", "en"), one("100 billion yuan", "en")) == "incomparable"


def test_a_currency_of_unstated_country_may_be_one_of_its_kind():
    # 'dinars' may be Jordanian: the same value agrees; another value may be another country's dinars
    dinars = one("832 million dinars", "en")
    assert dinars.unit == "dinar"
    assert Q.compare(dinars, one("JOD 832 million", "en")) == "agree"
    assert Q.compare(one("JOD 832 million", "en"), dinars) == "agree"
    assert Q.compare(dinars, one("JOD 500 million", "en")) == "incomparable"
    assert Q.compare(dinars, one("$832 million", "en")) == "incomparable"  # no dinar at all


def test_percent_is_not_money_nor_a_count():
    assert Q.compare(one("25%", "en"), one("$25", "en")) == "incomparable"
    assert Q.compare(one("25%", "en"), one("25 people", "en")) == "incomparable"


def test_20_and_35_percent_conflict():
    assert Q.compare(one("20%", "en"), one("35 في المائة", "ar")) == "conflict"


def test_compare_open_intervals_and_approximations():
    assert Q.compare(one("less than $100bn", "en"), one("more than $150bn", "en")) == "conflict"
    assert Q.compare(one("about $200 billion", "en"), one("$190 billion", "en")) == "agree"
    assert Q.compare(one("1,644", "en"), one("1,650", "en")) == "conflict"


def test_compare_converts_within_a_dimension():
    tonnes = Quantity("2 t", 0, 3, 2, 1.5, 2.5, "metric_ton")
    kilos = Quantity("2100 kg", 0, 7, 2100, 2099.5, 2100.5, "kilogram")
    assert Q.compare(tonnes, kilos) == "agree"
    assert Q.to_base(tonnes).unit == "kilogram" and Q.to_base(tonnes).low == 1500


# ---------------------------------------------------------------- units and settings


def test_registry_is_built_once_with_currencies_as_dimensions():
    reg = Q.ureg()
    assert Q.ureg() is reg
    assert reg.Quantity(1, "USD").dimensionality != reg.Quantity(1, "CNY").dimensionality
    assert reg.Quantity(25, "percent").to("dimensionless").magnitude == pytest.approx(0.25)
    with pytest.raises(pint.DimensionalityError):
        reg.Quantity(1, "USD").to("RUB")


def test_describe():
    assert Q.describe(one("less than €5m", "en")) == "less than 5 million EUR"
    assert Q.describe(one("$200bn", "en")) == "200 billion USD (185–215 billion)"
    assert Q.describe(one("1,644", "en")) == "1,644 (1,643.5–1,644.5)"


def test_a_lexicon_naming_an_unknown_unit_is_an_error():
    rs = parse({"lexicons": {"unit": {"dollars": "DOLLARS"}},
                "rules": [{"id": "r", "pattern": r"(?P<number>\d+) (?P<unit>{unit})", "examples": ["5 dollars"]}]},
               Path("rules/xx/quantities.yaml"), "xx", "quantities")
    with pytest.raises(RuleError, match="unit 'DOLLARS' is not in rules/common/units.yaml"):
        Q._validate(rs)


def test_bad_arguments_are_clear_errors():
    with pytest.raises(TypeError):
        Q.find(None, "ar")
    with pytest.raises(ValueError, match="unknown language"):
        Q.find("25%", "../ar")
    assert Q.find("25%", "xx") == []


# ---------------------------------------------------------------- robustness

ALPHABET = st.sampled_from(list("0123456789٠١٢٣٤٥٦٧٨٩٫٬,.%٪$€£ -:/") + [
    " مليار ", " دولار ", " أكثر من ", " تجاوز ", " نحو ", " الربع ", " في عام ", " مارس ", "الـ",
    " billion ", " bn", "m ", " ربع ", " ثلاثة ", " half ", " three ", " a ", " more than ", " about ", " a quarter ", " in ", " March ", "\u200f", "ً",
])


@settings(max_examples=300, deadline=None)
@given(st.lists(ALPHABET, max_size=40).map("".join), st.sampled_from(["ar", "en"]))
def test_find_never_raises_and_spans_quote_the_text(text, lang):
    for q in Q.find(text, lang):
        assert text[q.start:q.end] == q.text and q.text
        if q.low is not None:
            assert q.low <= q.value
        if q.high is not None:
            assert q.value <= q.high


@pytest.mark.parametrize("text", [
    "1" * 5000,
    "1," * 3000,
    " " * 5000 + "5",
    "تجاوز " + "كلمة " * 3000 + "5",
    "more than " * 2000,
    "٫" * 5000,
])
def test_no_runaway_matching(text):
    t0 = time.perf_counter()
    for lang in ("ar", "en"):
        Q.find(text, lang)
    assert time.perf_counter() - t0 < 1.0


def test_unit_class():
    assert [Q.unit_class(one(t, "en")) for t in ("$5bn", "5 billion yuan", "25%", "25 people", "5 tonnes",
                                                  "38 billion cubic metres")] == [
        "currency", "currency", "percent", "count", "goods", "goods"]


# ---------------------------------------------------------------- the figure prefilter

def test_group_sources_read_parentheses_in_classes_and_escapes():
    got = Q._group_sources(r"a[](]b(?P<x>[^)(]+(?P<y>\)z))c[^]x(](?P<z>\d)")
    assert got == {"x": r"[^)(]+(?P<y>\)z)", "y": r"\)z", "z": r"\d"}


def test_group_sources_take_the_lookahead_written_right_after_a_group():
    pattern = r"(?P<w>a|one)(?=\s+(?:billion|million))\s+(?P<s>\w+)(?P<q>x)(?=y)?(?P<r>z)\s(?=k)"
    got = Q._group_sources(pattern, lookahead=True)
    assert got["w"] == r"(?:a|one)(?=\s+(?:billion|million))"
    assert got["q"] == "x"  # a lookahead that may be skipped ('?') need not hold
    assert got["r"] == "z"  # something stands between the group and the lookahead
    assert Q._group_sources(pattern)["w"] == "a|one"


def test_prefilter_keeps_a_number_words_lookahead():
    """'a' counts as a figure only before a scale: a sentence with 'a' alone does not run the rule."""
    need = Q._figure_prefilter(re.compile(r"(?:about\s)?(?:(?P<number>\d+)|(?P<number_word>a|one)(?=\s+billion))\s?(?P<scale>billion)?"))
    assert need.search("a billion") and need.search("some 25") and not need.search("a visit, one day")


def test_prefilter_stands_aside_where_it_could_miss():
    for pattern in [r"(?P<number>\d)(?P=number)", r"(?i:(?P<number>x))", r"(?P<unit>\$)"]:
        assert Q._figure_prefilter(re.compile(pattern)) is None


def test_prefilter_is_the_figure_groups_alone():
    need = Q._figure_prefilter(re.compile(r"(?:about\s)?(?P<number>\d+)\s?(?P<unit>%)"))
    assert need.search("some 25 %") and not need.search("about percent")


def _without_prefilter(lang):
    compiled = Q._lang(lang)
    return dataclasses.replace(compiled, needs=tuple(None for _ in compiled.needs))


def _candidates_both_ways(text, lang):
    folded = fold(text).text
    fast = Q._candidates(Q._lang(lang), folded, Q._lang(lang).finders)
    slow = Q._candidates(_without_prefilter(lang), folded, Q._lang(lang).finders)
    return [(c.start, c.end, c.rule.id) for c in fast], [(c.start, c.end, c.rule.id) for c in slow]


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_prefilter_keeps_every_candidate_of_the_rule_examples(lang):
    texts = [ex.text for rule in Q._lang(lang).ruleset.rules for ex in (*rule.examples, *rule.counterexamples)]
    assert texts
    for text in texts:
        fast, slow = _candidates_both_ways(text, lang)
        assert fast == slow, text


@settings(max_examples=300, deadline=None)
@given(st.lists(ALPHABET, max_size=40).map("".join), st.sampled_from(["ar", "en"]))
def test_prefilter_keeps_every_candidate(text, lang):
    fast, slow = _candidates_both_ways(text, lang)
    assert fast == slow


def test_a_range_told_with_one_scale_and_unit_is_one_figure():
    # the scale and unit of the second end are the first's: 18 billion to 19 billion dollars
    got = [(q.text, q.low, q.high, q.unit) for q in Q.find("exports were between $18 and $19 billion last year", "en")]
    assert got == [("$18 and $19 billion", 18e9, 19e9, "USD")]
    assert [(q.low, q.high) for q in Q.find("from 5 to 6 million tonnes of wheat", "en")] == [(5e6, 6e6)]
    # two figures with their own scales stay two ('rose from $5 billion to $7 billion')
    assert len(Q.find("trade rose from $5 billion to $7 billion", "en")) == 2
    # and in Arabic
    assert [(q.low, q.high, q.unit) for q in Q.find("بلغت التجارة بين 18 و19 مليار دولار", "ar")] == [(18e9, 19e9, "USD")]


def test_a_year_after_the_word_for_year_takes_no_scale_word_after_it():
    # 'عام 2023 مليارا و447 مليون': the year ends the time; the figure is one billion and 447 million
    found = [(q.text, q.value, q.unit) for q in Q.find("بلغ التبادل في نهاية عام 2023 مليارًا و447 مليون ريال عماني", "ar")]
    assert found == [("مليارًا و447 مليون ريال عماني", 1447e6, "OMR")]


@pytest.mark.parametrize("text, unit", [
    # a dollar sign with another country's letter before it is that country's currency, never the US dollar
    ("exports of R$ 40 billion", "BRL"),
    ("sales of MX$ 3 billion", "MXN"),
    # currencies named by their ISO codes and CLDR's names
    ("a loan of KES 12 billion", "KES"),
    ("remittances of 2 billion Pakistani rupees", "PKR"),
    # a code that is a word too is read by the currency's name only
    ("bonds of 3 billion Peruvian soles", "PEN"),
])
def test_more_currencies_by_their_symbols_codes_and_names(text, unit):
    (q,) = Q.find(text, "en")
    assert q.unit == unit


def test_a_summit_named_like_a_currency_code_is_no_sum():
    # COP is the Colombian peso's code and the climate summit's name ('COP28'): no figure of pesos
    assert [q for q in Q.find("talks at the COP28 summit and at COP 29", "en") if q.unit] == []
