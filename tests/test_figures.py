"""Figures as statistics: measure, direction, period, basis, source and modality, read from text
(sentences of our own, shaped like the real articles of tests/data/real/dev), and the bad inputs
of issue 11."""
import re
from dataclasses import replace
import time
from datetime import date

import pytest

from checker.compare.engine import compare
from checker.extract import quantities as Q
from checker.pipeline import analyse
from checker.read import documents

FIGURES = ("trade_volume", "trade_growth")


def _figures(text: str, lang: str = "en", published: date = date(2024, 3, 1)):
    doc = documents.build(documents.Raw("t.txt", text, lang=lang, published=published))
    return [f for f in analyse(doc).facts if f.kind in FIGURES]


def _by_text(facts):
    return {f.quantity.text: f for f in facts}


# ---- what a figure carries

def test_exports_and_imports_are_different_measures_with_their_directions():
    got = _by_text(_figures("In 2022, Kenya's exports to Brazil reached $1.2 billion, while its imports "
                            "from Brazil rose to $800 million."))
    assert (got["$1.2 billion"].measure, got["$1.2 billion"].direction) == ("exports", "Kenya→Brazil")
    assert (got["$800 million"].measure, got["$800 million"].direction) == ("imports", "Brazil→Kenya")
    # a period stated once for a list of figures carries to all of them
    assert {f.when.value for f in got.values()} == {"2022"}
    assert {f.subject for f in got.values()} == {"Brazil–Kenya trade"}


def test_a_figure_told_without_its_currency_takes_the_one_told_just_before():
    got = _by_text(_figures("Trade between Kenya and Brazil reached $2.1 billion in 2022. It was nearly even, "
                            "with 1.2 billion Kenyan exports to Brazil and 900 million in imports from Brazil."))
    assert {t: (f.quantity.unit, f.measure, f.direction) for t, f in got.items()} == {
        "$2.1 billion": ("USD", "turnover", None),
        "1.2 billion": ("USD", "exports", "Kenya→Brazil"),
        "900 million": ("USD", "imports", "Brazil→Kenya")}
    # a count of people is no money, whatever the sentence before told
    got = _by_text(_figures("Trade between Kenya and Brazil reached $2.1 billion in 2022. "
                            "Kenya has 55 million people and exports tea to Brazil."))
    assert list(got) == ["$2.1 billion"]


def test_a_second_verb_joined_to_the_first_keeps_its_subject_and_partner():
    got = _by_text(_figures("Brazil exported goods worth $3.1 billion to Chile and imported goods valued at "
                            "$1.2 billion in 2023."))
    assert got["$3.1 billion"].direction == "Brazil→Chile"
    assert (got["$1.2 billion"].measure, got["$1.2 billion"].direction) == ("imports", "Chile→Brazil")
    got = _by_text(_figures("Brazil imported goods worth $3.1 billion from Chile and exported goods valued at "
                            "$1.2 billion in 2023."))
    assert (got["$1.2 billion"].measure, got["$1.2 billion"].direction) == ("exports", "Brazil→Chile")
    # the second verb names a partner of its own with its own preposition: the subject stays
    got = _by_text(_figures("Brazil exported goods worth $3.1 billion to Chile and imported goods valued at "
                            "$1.2 billion from Peru in 2023."))
    assert got["$1.2 billion"].direction == "Peru→Brazil"
    # a second flow with a subject of its own is not joined
    got = _by_text(_figures("Brazil's exports to Chile rose to $3.1 billion in 2023 and Chile's exports to "
                            "Brazil reached $1.2 billion."))
    assert got["$1.2 billion"].direction == "Chile→Brazil"


def test_each_figure_of_a_sentence_has_its_own_measure_and_growth_its_basis():
    got = _by_text(_figures("Chile's exports to Peru rose 8% year on year to $3.1 billion in 2023, "
                            "and imports from Peru fell 2% to $1.4 billion."))
    assert got["8%"].kind == "trade_growth" and got["8%"].basis == "year-on-year"
    assert got["$3.1 billion"].kind == "trade_volume" and got["$3.1 billion"].basis is None  # a level has no basis
    assert got["2%"].measure == "imports" and got["2%"].direction == "Peru→Chile"
    assert got["$1.4 billion"].measure == "imports"


@pytest.mark.parametrize("text, lang, first, second", [
    ("Kenya aims for its exports to Peru to reach $2 billion soon and $3 billion in 2030.", "en", "$2 billion", "$3 billion"),
    ("وتطمح كينيا إلى أن تبلغ صادراتها إلى بيرو 2 مليار دولار قريبا ثم 3 مليارات دولار في عام 2030.", "ar",
     "2 مليار دولار", "3 مليارات دولار"),
])
def test_a_time_told_after_a_later_figure_is_that_figures_alone(text, lang, first, second):
    got = _by_text(_figures(text, lang))
    assert got[second].when.value == "2030" and got[first].when is None, {k: f.when for k, f in got.items()}
    # two figures joined by a conjunction share the time told after them
    got = _by_text(_figures("Kenya's exports to Peru and its imports from Peru were $2 billion and $3 billion in 2023."))
    assert {f.when.value for f in got.values()} == {"2023"}


def test_a_start_and_a_target_in_one_sentence_are_two_figures():
    got = _by_text(_figures("The two sides aim to raise trade between Chile and Peru from $50 billion in 2015 "
                            "to $120 billion by 2030."))
    assert got["$50 billion"].when.value == "2015" and got["$50 billion"].modality == "asserted"
    assert got["$120 billion"].when.value == "2030" and got["$120 billion"].modality == "target"


@pytest.mark.parametrize("text, modality", [
    # a deadline already past, told with a verb of the past: the level reached by then
    ("Trade between Chile and Peru totaled $14 billion by the end of 2022.", "asserted"),
    # a goal's words, or a deadline still to come, keep it a goal
    ("The goal was to raise trade between Chile and Peru to $20 billion by 2022.", "target"),
    ("Chile and Peru aimed to raise bilateral trade to $20 billion by 2022.", "target"),
    ("Trade between Chile and Peru was projected to reach $20 billion by 2022.", "target"),
    ("Trade between Chile and Peru reached $14 billion by the end of 2024.", "target"),
])
def test_a_deadline_already_past_dates_a_level_reached(text, modality):
    (fact,) = _figures(text)
    assert fact.modality == modality


def test_a_part_year_keeps_its_period():
    (f,) = _figures("Trade between Chile and Peru reached $4.2 billion in January-October 2023.")
    assert f.when.value == "2023-01/2023-10"
    assert (f.when.earliest, f.when.latest) == (date(2023, 1, 1), date(2023, 10, 31))


def test_a_sentence_boundary_without_its_space_keeps_the_figures_apart():
    got = _by_text(_figures("Trade between Chile and Peru reached $4.2 billion in 2021.Meanwhile, trade "
                            "between Chile and Peru reached $5.5 billion in 2022."))
    assert got["$4.2 billion"].when.value == "2021"
    assert got["$5.5 billion"].when.value == "2022"


def test_the_two_countries_are_the_last_two_named():
    got = _figures("Chile's president toured Peru and Ecuador. Ecuador and Chile then signed a deal. "
                   "In 2023, the two countries' trade was worth $2.5 billion.")
    assert [f.subject for f in got] == ["Chile–Ecuador trade"]
    (ar,) = _figures("وقعت تشيلي والإكوادور اتفاقا. وبلغ حجم التبادل التجاري بين البلدين 2.5 مليار دولار في 2023.",
                     "ar")
    assert ar.subject == "Chile–Ecuador trade"


def test_the_two_countries_of_a_sentence_naming_no_country_are_those_its_people_serve():
    # two leaders of the catalogue, no country named in their sentence: theirs, not the pair told before
    got = _figures("Ankara hailed Peru's stance on climate and Chile's on fishing. Recep Tayyip Erdogan said he and "
                   "Narendra Modi agreed to raise trade between the two countries to $50 billion.")
    assert [f.subject for f in got] == ["India–Turkey trade"]


@pytest.mark.parametrize("text, lang", [
    ("Chile's president arrived in Lima on Monday. Trade between Chile and Peru reached $4 billion in 2022. "
     "From Lima, the president will fly to Quito on Friday to meet business leaders. "
     "The two countries traded goods worth $1.5 billion in 2022.", "en"),
    ("وصل الرئيس التشيلي إلى ليما يوم الاثنين. وبلغ التبادل التجاري بين تشيلي والبيرو 4 مليارات دولار في 2022. "
     "ومن ليما يتوجه الرئيس إلى كيتو يوم الجمعة للقاء رجال الأعمال. "
     "وبلغ حجم التبادل التجاري بين البلدين 1.5 مليار دولار في 2022.", "ar"),
])
def test_the_two_countries_after_a_trip_on_are_home_and_the_new_stop(text, lang):
    # the home country's leader travels on from the pair's other side to a third country: 'the two
    # countries' are then home and that country, not the pair told before
    got = _figures(text, lang)
    assert sorted(f.subject for f in got) == ["Chile–Ecuador trade", "Chile–Peru trade"]


def test_a_new_stop_turns_no_pair_without_the_home_country():
    # the pair is two other countries than the one whose president travels: a third named after it
    # leaves 'the two countries' as they were
    got = _figures("Chile's president spoke in Santiago on Monday. Trade between Peru and Ecuador reached $4 billion "
                   "in 2022. The president will fly to Brasilia on Friday. "
                   "The two countries traded goods worth $1.5 billion in 2022.")
    assert {f.subject for f in got} == {"Ecuador–Peru trade"}


@pytest.mark.parametrize("text", [
    "In 2023, Chile's exports to Peru were $4.1 billion, up 4% from 2022, when the figure stood at $3.9 billion.",
    "Chile's exports to Peru rose 4% from 2022, when they were about $3.9 billion, to $4.1 billion in 2023.",
    "Chile's exports to Peru came to $4.1 billion in 2023, 5% above 2022's total of $3.9 billion.",
])
def test_the_time_before_when_it_stood_at_is_the_compared_figures_own(text):
    got = {f.quantity.value: f.when.value for f in _figures(text) if f.kind == "trade_volume"}
    assert got[3.9e9] == "2022" and got[4.1e9] == "2023"


def test_a_country_in_a_currency_sign_is_no_party():
    # 'US$' and 'A$' name currencies: the trade is Chile's and Peru's, not the United States'
    got = _figures("Chile's president visited Peru. Chile's trade with Peru reached US$4.2 billion "
                   "(A$6.3 billion) in 2023.")
    assert {f.subject for f in got} == {"Chile–Peru trade"} and len(got) == 2


def test_one_country_by_the_trade_word_trades_with_the_one_beside_it_or_the_main_one():
    (f,) = _figures("German trade with Brazil fell 3.9 percent in 2023.")
    assert f.subject == "Brazil–Germany trade"
    got = _figures("Chile's exports to Peru grew last year, Chile's ministry said. Chile and Peru signed "
                   "a deal. Separately, total trade with Japan reached $9 billion in 2023.")
    # 'trade with Japan' in an article about Chile: Chile's trade, not that of the last pair named
    assert [f.subject for f in got if f.quantity.text == "$9 billion"] == ["Chile–Japan trade"]


def test_the_time_of_a_basis_is_not_the_period_of_the_figure():
    got = _by_text(_figures("Trade between Chile and Peru climbed to $4 billion in January-September 2025, up 1.7 "
                            "percent compared with a year earlier. Chile's exports to Peru fell to $1 billion.",
                            published=date(2025, 11, 5)))
    assert got["1.7 percent"].basis == "year-on-year"
    # the period the sentence states, for both figures, and carried to the next sentence's figure
    assert {f.when.value for f in got.values()} == {"2025-01/2025-09"}
    (ar,) = _figures("نما التبادل التجاري بين تشيلي وبيرو خلال الأشهر من يناير إلى سبتمبر 2025 بنسبة 1.7 بالمئة "
                     "قياسا بالفترة ذاتها من العام السابق.", "ar", published=date(2025, 11, 5))
    assert ar.when.value == "2025-01/2025-09"


@pytest.mark.parametrize("text, lang", [
    ("Peru's imports from Chile rose 15 percent in 2021 compared with 2020, and 150 percent compared with 2018.", "en"),
    ("ارتفعت واردات بيرو من تشيلي في عام 2021 بنسبة 15% مقارنة مع 2020، وبنسبة 150% عن حجمها في 2018م.", "ar"),
])
def test_a_rate_against_a_year_before_the_last_is_measured_against_that_year(text, lang):
    got = _figures(text, lang, published=date(2022, 8, 18))
    # both rates are of 2021; the one against 2018 is no rate over the year before (nor a slip of it:
    # rules/common/conflicts.yaml, unit-slip)
    assert sorted((f.when.value, f.quantity.value, f.basis) for f in got) == [
        ("2021", 15.0, None), ("2021", 150.0, "against 2018")]


def test_a_later_figures_comparison_is_its_own():
    got = _by_text(_figures("In 2021, Peru's exports to Chile fell 8 percent, and its imports from Chile climbed "
                            "40 percent compared with 2018.", published=date(2022, 8, 18)))
    assert (got["8 percent"].basis, got["40 percent"].basis) == (None, "against 2018")


def test_volumes_of_goods_are_figures_and_a_restatement_in_brackets_keeps_the_period():
    got = _by_text(_figures("Germany's gas imports from Norway climbed to 17 billion cubic metres (600 billion cubic "
                            "feet) in 2022 from 11 billion cubic metres (388 billion cubic feet) in 2021."))
    assert set(got) == {"11 billion cubic metres", "17 billion cubic metres"}  # cubic feet are no unit here
    assert got["11 billion cubic metres"].when.value == "2021" and got["17 billion cubic metres"].when.value == "2022"
    assert {(f.measure, f.direction, f.quantity.unit) for f in got.values()} == {
        ("imports", "Norway→Germany", "cubic_metre")}
    dollars = _by_text(_figures("Trade between Chile and Peru reached A$6.3 billion (US$4.2 billion) in 2023, "
                                "up from A$5 billion in 2022."))
    assert {t: f.when.value for t, f in dollars.items()} == {
        "A$6.3 billion": "2023", "US$4.2 billion": "2023", "A$5 billion": "2022"}


def test_a_flow_that_names_no_country_is_between_the_parties_of_the_flow_before_it():
    got = _by_text(_figures("Chile's president visited Peru. While Chile's exports to Ecuador fell 7 percent to "
                            "$2 billion, imports rose 3 percent to $1.5 billion."))
    assert (got["$2 billion"].direction, got["$1.5 billion"].direction) == ("Chile→Ecuador", "Ecuador→Chile")
    assert got["3 percent"].subject == "Chile–Ecuador trade"


def test_a_flow_naming_only_a_party_of_the_flow_before_it_is_between_the_same_two():
    # Japan and Peru are named most, but 'imports from Peru' follows Chile's exports to Peru
    got = _by_text(_figures("Japan and Peru met; Japan and Peru agreed. Chile's exports to Peru fell 4 percent to "
                            "$2 billion in 2023, while imports from Peru rose 3 percent to $1 billion."))
    assert (got["$1 billion"].subject, got["$1 billion"].direction) == ("Chile–Peru trade", "Peru→Chile")
    assert got["3 percent"].direction == "Peru→Chile"


@pytest.mark.parametrize("text, lang, figure", [
    ("Chile's exports to Peru rose 12% to $3 billion in 2023. The top export was copper, which surged 20% "
     "year-on-year to $1.1 billion.", "en", "$1.1 billion"),
    ("ارتفعت صادرات تشيلي إلى البيرو بنسبة 12% إلى 3 مليارات دولار في 2023. وتصدر النحاس قائمة الصادرات بقيمة "
     "1.1 مليار دولار.", "ar", "1.1 مليار دولار"),
])
def test_a_sentence_naming_no_country_goes_on_with_the_flow_before_it(text, lang, figure):
    got = _by_text(_figures(text, lang))
    assert (got[figure].measure, got[figure].direction) == ("exports", "Chile→Peru")


def test_a_sentence_naming_no_country_goes_on_with_the_pairs_one_flow_told_further_back():
    got = _by_text(_figures("Chile exported goods worth $3 billion to Peru in 2023. The minister spoke in Lima on "
                            "Monday. He said exports had reached $2.5 billion during the year before."))
    assert (got["$2.5 billion"].measure, got["$2.5 billion"].direction) == ("exports", "Chile→Peru")


def test_a_partner_told_by_a_pronoun_is_the_country_named_before_the_flow():
    # Japan is the article's other main country, but 'إليها' (to it) points back to Peru
    got = _by_text(_figures("زار وزير تشيلي اليابان مرتين، وتعد اليابان شريكا مهما. وتبقى البيرو الوجهة الأولى لبضائع "
                            "تشيلي، فقد وصلت الصادرات التشيلية إليها 4.7 مليار دولار عام 2023.", "ar"))
    assert {(f.subject, f.direction) for f in got.values()} == {("Chile–Peru trade", "Chile→Peru")}


def test_a_country_beside_the_trade_word_is_in_its_clause():
    got = _by_text(_figures("Chile's president visited Japan. Chile's minister said trade with Peru grew last year, "
                            "trade with Japan dropped to $4 billion."))
    # Peru ends the clause before: it is no party of the trade with Japan
    assert got["$4 billion"].subject == "Chile–Japan trade"


def test_one_country_by_the_trade_word_trades_with_the_country_of_the_articles_officials():
    # Peru is named most, but the article's official is Chile's: 'trade with Japan' is Chile's
    got = _by_text(_figures("Chilean President Gabriel Boric arrived in Tokyo. Japan and Peru both back the deal, "
                            "and Peru says so. Separately, trade with Peru rose last year, trade with Japan fell to "
                            "$4 billion."))
    assert got["$4 billion"].subject == "Chile–Japan trade"


@pytest.mark.parametrize("text", [
    "Chile's foreign minister visited Lima. Peru led the list at $9.1 billion in trade; Bolivia was second with "
    "$4.2 billion.",
    "Chile's foreign minister visited Lima. Trade with Peru reached $9.1 billion (about $1 billion more than that "
    "of Bolivia).",
])
def test_a_country_told_after_the_figure_in_another_clause_or_in_brackets_is_no_party(text):
    got = _by_text(_figures(text))
    assert got["$9.1 billion"].subject == "Chile–Peru trade"


def test_a_bound_told_by_a_verb_keeps_the_countries_between_and_a_span_across_years():
    (f,) = _figures("تجاوزت الصادرات الكينية إلى البرازيل 4 مليارات دولار بين يوليو 2021 ويونيو 2022", "ar")
    assert (f.direction, f.quantity.low, f.quantity.high) == ("Kenya→Brazil", 4e9, None)
    assert (f.when.value, f.when.earliest, f.when.latest) == ("2021-07/2022-06", date(2021, 7, 1), date(2022, 6, 30))


def test_over_the_period_is_the_period_of_the_figures_before_not_a_time_of_another_event():
    got = _by_text(_figures("Chile's exports to Peru reached $3 billion in January-October 2023. Chile kept its rank "
                            "for the first time since June 2005, and its imports from Peru reached $1 billion over "
                            "the said period."))
    assert got["$1 billion"].when.value == "2023-01/2023-10"
    ar = _by_text(_figures("بلغت صادرات تشيلي إلى بيرو 3 مليارات دولار بين يناير وأكتوبر 2023. وحافظت تشيلي على "
                           "مرتبتها لأول مرة منذ يونيو 2005، وبلغت وارداتها من بيرو مليار دولار خلال الفترة المذكورة.",
                           "ar"))
    assert {f.when.value for f in ar.values()} == {"2023-01/2023-10"}


def test_over_the_period_after_a_span_told_in_its_own_sentence_is_that_span():
    got = _by_text(_figures("Chile's exports to Peru reached $3 billion in 2023. Looking at the three months ending "
                            "late September, officials said exports to Peru reached $900 million over the period.",
                            published=date(2024, 11, 5)))
    assert got["$3 billion"].when.value == "2023"
    assert got["$900 million"].when.value == "2024-07/2024-09"

def test_a_year_written_as_two_full_dates_is_the_period_of_every_figure_of_the_sentence():
    got = _by_text(_figures("In the last fiscal year (July 1, 2022, to June 30, 2023), Chile and Peru traded goods "
                            "worth $1.6 billion, growing 18% in volume terms and 27% in value terms against the year "
                            "before."))
    assert {t: f.when.value for t, f in got.items()} == {
        "$1.6 billion": "2022-07-01/2023-06-30", "18%": "2022-07-01/2023-06-30", "27%": "2022-07-01/2023-06-30"}
    assert got["27%"].basis == "in value terms"  # the nearest basis; the comparison with the year before is no period


@pytest.mark.parametrize("text, lang, period", [
    ("On 3 May India said its trade with Peru would surpass $9 billion in FY 2024-25.", "en", "2024-04/2025-03"),
    ("وتتوقع الحكومة الجزائرية، في بيان لها عام 2022، أن يبلغ حجم صادرات الغاز إلى إيطاليا 35 مليار متر مكعب بين "
     "2025 و2026", "ar", "2025/2026"),
])
def test_the_numbers_of_a_time_after_a_figure_do_not_cut_it_from_its_period(text, lang, period):
    # '2024' and '25' of 'FY 2024-25' are no figures: the time right after the figure is its period,
    # not the one told before it
    (f,) = _figures(text, lang)
    assert f.when.value == period


def test_an_event_word_between_a_trade_word_and_its_figure_does_not_cut_the_figure_off():
    # 'ليصل إلى' (to reach) holds the verb a visit's arrival is told with: the figure after it is still trade's
    got = _by_text(_figures("ذكرت الجمارك التشيلية أن تجارة تشيلي مع البيرو زادت بين يناير ويونيو 2024 بواقع 2.5 بالمئة "
                            "على أساس سنوي، ليصل إلى 7.3 مليار دولار.", "ar", published=date(2024, 8, 1)))
    assert set(got) == {"2.5 بالمئة", "7.3 مليار دولار"}
    assert (got["7.3 مليار دولار"].subject, got["7.3 مليار دولار"].when.value) == ("Chile–Peru trade", "2024-01/2024-06")


def test_a_part_of_a_year_written_before_the_year_is_the_period():
    (f,) = _figures("From April to August of the FY 2023-24, India's trade with Peru came to $3.1 billion.",
                    published=date(2023, 11, 1))
    assert (f.when.value, f.when.earliest, f.when.latest) == ("2023-04/2023-08", date(2023, 4, 1), date(2023, 8, 31))


@pytest.mark.parametrize("text, lang, period", [
    ("Officials expect India's exports to Chile to exceed $9 billion in FY 2023-24.", "en", "2023-04/2024-03"),
    ("ومن المتوقع أن تصل الصادرات التشيلية إلى بيرو إلى 9 مليارات دولار بين 2024 و2025", "ar", "2024/2025"),
])
def test_the_numbers_of_a_period_after_a_figure_do_not_cut_it_off(text, lang, period):
    # the years of 'FY 2023-24' and 'بين 2024 و2025' are no figures: the period after the figure is its own
    (got,) = _figures(text, lang)
    assert got.when.value == period


def test_the_day_a_figure_was_released_is_not_its_period():
    got = _figures("Trade between Chile and Peru came to $9 billion last year, the statistics office said in "
                   "figures it released on Friday.")
    assert [f.when.value for f in got] == ["2023"]  # published Friday 1 March 2024
    # with no period in its sentence, the day is all the figure has
    got = _figures("Trade between Chile and Peru reached $9 billion on Tuesday, officials said.")
    assert [f.when.value for f in got] == ["2024-02-27"]


def test_a_fraction_inside_a_period_is_no_figure():
    got = _figures("Chile's exports to Peru dropped 2.6 percent over the first three quarters of 2025.",
                   published=date(2025, 11, 5))
    assert [(f.quantity.text, f.when.value) for f in got] == [("2.6 percent", "2025-01/2025-09")]


def test_source_and_forecast_are_read():
    (f,) = _figures("Trade between Chile and Peru is expected to reach $6 billion in 2025, "
                    "according to the Central Bank of Chile.")
    assert f.modality == "forecast"
    assert f.source == "the Central Bank of Chile"
    (ar,) = _figures("بلغت صادرات تشيلي إلى بيرو 3 مليارات دولار في 2023 وفقا لبيانات الجمارك التشيلية", "ar")
    assert ar.source == "الجمارك التشيلية" and ar.direction == "Chile→Peru"


@pytest.mark.parametrize("text, lang, period", [
    ("Last year, imports and exports between Chile and Peru came to $9.2 billion, customs figures published on "
     "Friday show.", "en", "2023"),
    ("وبلغت قيمة الصادرات والواردات بين تشيلي والبيرو 9.2 مليار دولار في 2023", "ar", "2023"),
])
def test_exports_and_imports_together_are_the_turnover_and_the_report_day_is_no_period(text, lang, period):
    (f,) = _figures(text, lang)
    assert (f.measure, f.direction, f.subject) == ("turnover", None, "Chile–Peru trade")
    assert f.when.value == period  # not the Friday the data were released


@pytest.mark.parametrize("text, lang", [
    ("Chile's exports to Peru reached a share of 4.2% of its total exports in 2023.", "en"),
    ("Peru is Chile's third trading partner, accounting for 6 percent of its foreign trade.", "en"),
    ("وتعد البيرو ثالث شريك تجاري لتشيلي، وتستحوذ على 6% من حجم تجارتها الخارجية.", "ar"),
])
def test_a_share_of_a_total_is_no_figure_fact(text, lang):
    assert [f.quantity.text for f in _figures(text, lang)] == []


@pytest.mark.parametrize("text, lang", [
    ("Peru is Chile's second trading partner, accounting for 9% of its foreign trade and 12% of its mining exports.",
     "en"),
    ("وتأتي البيرو ثانية بين شركاء تشيلي، إذ تمثل 7% من إجمالي تجارة تشيلي مع العالم، و11% من مبيعاتها المعدنية.",
     "ar"),
])
def test_the_next_share_of_a_list_is_a_share_too(text, lang):
    assert [f.quantity.text for f in _figures(text, lang)] == []


def test_the_words_of_a_share_go_to_the_nearer_figure():
    got = _by_text(_figures("In 2023 Peru bought $3.1 billion of Chilean exports, accounting for 31 per cent of the "
                            "total."))
    assert set(got) == {"$3.1 billion"} and got["$3.1 billion"].measure == "exports"


def test_a_figure_a_year_earlier_takes_the_year_before():
    got = _by_text(_figures("Trade between Chile and Peru stood at $4.1 billion in 2023, down from "
                            "$4.6 billion a year earlier."))
    assert got["$4.1 billion"].when.value == "2023"
    assert got["$4.6 billion"].when.value == "2022"


@pytest.mark.parametrize("url, units", [
    ("https://www.trade.gov.au/news/chile", ["AUD", "USD", "AUD"]),  # a country's own domain: its dollar
    ("https://news.example.co.nz/chile", ["NZD", "USD", "AUD"]),
    ("https://www.example.com/chile", ["USD", "USD", "AUD"]),  # anywhere else '$' is the US dollar
    (None, ["USD", "USD", "AUD"]),
])
def test_a_bare_dollar_sign_is_the_dollar_of_the_pages_country(url, units):
    text = ("Australia's exports to Chile were worth $2.1 billion in 2023. Australia's imports from Chile came to "
            "US$1.5 billion in 2023. Australian investment in Chile reached A$0.9 billion in 2023.")
    doc = documents.build(documents.Raw("t.txt", text, url=url, lang="en", published=date(2024, 3, 1)))
    got = sorted((f for f in analyse(doc).facts if f.kind in FIGURES), key=lambda f: f.quantity.start)
    assert [f.quantity.unit for f in got] == units


def test_a_spoken_balance_and_its_fall():
    got = _by_text(_figures("Chile's surplus in its trade with Peru shrank 17-and-a-half percent in 2023 to "
                            "36-point-four billion yen."))
    assert (got["17-and-a-half percent"].kind, got["17-and-a-half percent"].quantity.value) == ("trade_growth", -17.5)
    f = got["36-point-four billion yen"]
    assert (f.kind, f.measure, f.direction, f.quantity.value, f.when.value) == (
        "trade_volume", "balance", "Chile→Peru", 36.4e9, "2023")


def test_the_partner_told_after_a_balance_in_trade_with_it():
    got = _by_text(_figures("Trade between Chile and Bolivia came to $3 billion in 2023. Chile, however, ran an "
                            "export surplus of $1.4 billion in its trade with Peru."))
    f = got["$1.4 billion"]
    assert (f.subject, f.measure, f.direction) == ("Chile–Peru trade", "balance", "Chile→Peru")


def test_the_period_of_a_figure_compared_with_is_not_carried_on():
    got = _by_text(_figures("Chile's deficit with Peru reached $2.2 billion last year, after a record $5.9 billion "
                            "in 2021. Chile ran a surplus of $1.4 billion with Bolivia."))
    assert [got[k].when.value for k in ("$2.2 billion", "$5.9 billion", "$1.4 billion")] == ["2023", "2021", "2023"]


@pytest.mark.parametrize("text, lang, now, then", [
    ("Chile's surplus with Peru came to $3.4 billion last year. Its surplus with Peru reached $2.2 billion, its "
     "second best year after a record $5.9 billion in 2021.", "en", "$2.2 billion", "$5.9 billion"),
    ("Chile's exports to Peru reached $3.4 billion last year. Its imports from Peru came to $2.2 billion, up from "
     "$1.9 billion in 2021.", "en", "$2.2 billion", "$1.9 billion"),
    ("بلغ فائض تشيلي التجاري مع البيرو 3.4 مليار يورو العام الماضي. وسجلت صادرات تشيلي إلى البيرو 2.2 مليار يورو، "
     "مقابل 5.9 مليار يورو في 2021.", "ar", "2.2 مليار يورو", "5.9 مليار يورو"),
])
def test_the_time_of_a_figure_compared_with_is_its_own(text, lang, now, then):
    got = _by_text(_figures(text, lang))
    assert (got[now].when.value, got[then].when.value) == ("2023", "2021")


@pytest.mark.parametrize("text, lang", [
    ("Kenya's exports to Brazil fell 12% in 2022, while its imports from Brazil rose 4%.", "en"),
    ("In 2022, Kenya's exports to Brazil were down 12 percent and its imports from Brazil grew 4 percent.", "en"),
    ("تراجعت صادرات كينيا إلى البرازيل بنسبة 12% في 2022، بينما ارتفعت وارداتها من البرازيل بنسبة 4%.", "ar"),
    ("وفي 2022 انخفضت صادرات كينيا إلى البرازيل 12 بالمئة، وزادت وارداتها من البرازيل 4 بالمئة.", "ar"),
])
def test_a_growth_rate_told_as_a_fall_is_negative(text, lang):
    got = sorted(_figures(text, lang), key=lambda f: f.quantity.start)
    assert [(f.quantity.value, f.quantity.low, f.quantity.high) for f in got] == [(-12, -12.5, -11.5), (4, 3.5, 4.5)]
    assert [f.direction for f in got] == ["Kenya→Brazil", "Brazil→Kenya"]


def test_a_fall_of_more_than_a_figure_is_below_its_negative():
    (f,) = _figures("Kenya's exports to Brazil dropped by more than 23% in 2022.")
    assert (f.quantity.value, f.quantity.low, f.quantity.high, f.quantity.qualifier) == (-23, None, -23, "less-than")
    (g,) = _figures("Kenya's exports to Brazil posted a 9 percent year-on-year decline in 2022.")
    assert g.quantity.value == -9


@pytest.mark.parametrize("text, lang", [
    ("Kenya's share of Brazil's imports fell to 3% in 2022.", "en"),  # the level reached, not a change
    ("Kenya's exports to Brazil fell in 2022 after growing 3% the year before.", "en"),
    ("تراجعت حصة كينيا من واردات البرازيل إلى 3% في 2022.", "ar"),
    ("تراجع الطلب في البرازيل، وارتفعت صادرات كينيا إليها بنسبة 3% في 2022.", "ar"),  # a comma ends the fall
])
def test_a_level_reached_or_a_fall_told_elsewhere_keeps_the_figure_positive(text, lang):
    got = _figures(text, lang)
    assert got and all(f.quantity.value == 3 for f in got), [(f.quantity.text, f.quantity.value) for f in got]


@pytest.mark.parametrize("text, lang", [
    ("Chile's president visited Lima. Peru and Bolivia ranked second and third among its partners, with "
     "trade volumes of 4.2 billion and 2.1 billion dollars respectively in 2023.", "en"),
    ("Chile's trade with Peru and Bolivia reached 4.2 billion and 2.1 billion dollars respectively in 2023.", "en"),
    ("زار الرئيس التشيلي ليما. واحتلت البيرو وبوليفيا المرتبتين الثانية والثالثة بين شركاء تشيلي، إذ بلغ حجم "
     "التبادل التجاري معهما 4.2 مليار و2.1 مليار دولار على التوالي في 2023.", "ar"),
])
def test_figures_listed_respectively_go_to_the_listed_countries_in_order(text, lang):
    got = sorted(_figures(text, lang), key=lambda f: f.quantity.start)
    assert [(f.subject, f.quantity.value, f.quantity.unit) for f in got] == [
        ("Chile–Peru trade", 4.2e9, "USD"), ("Bolivia–Chile trade", 2.1e9, "USD")]


def test_without_respectively_or_as_many_countries_as_figures_the_pair_is_not_split():
    got = _figures("Chile's trade with Peru and Bolivia reached 4.2 billion and 2.1 billion dollars in 2023.")
    assert len({f.subject for f in got}) == 1
    got = _figures("Chile's trade with Peru, Bolivia and Ecuador reached 4.2 billion and 2.1 billion dollars "
                   "respectively in 2023.")
    assert len({f.subject for f in got}) == 1


@pytest.mark.parametrize("text, lang, units", [
    ("shipments worth 87.5 billion and 61.2 billion euros", "en", ["EUR", "EUR"]),
    ("بلغت 5 مليارات و7 مليارات يورو", "ar", ["EUR", "EUR"]),
    ("between 5 and 6 billion dollars", "en", ["USD"]),  # no scale word: not a figure of a list, the low end of a range
    ("a market of 1.4 billion people and $3 trillion", "en", ["", "USD"]),
    ("a population of 1.4 billion, $3 trillion of trade", "en", ["", "USD"]),
])
def test_a_listed_figure_takes_the_unit_of_the_next_only_when_it_lacks_one(text, lang, units):
    assert [q.unit for q in Q.find(text, lang)] == units


# ---- the comparison, end to end from text

def _compare(*texts):
    facts = []
    for i, text in enumerate(texts):
        doc = documents.build(documents.Raw(f"{i}.txt", text, lang="en", published=date(2024, 3, 1)))
        facts += [f for f in analyse(doc).facts if f.kind in FIGURES]
    return compare(facts)


@pytest.mark.parametrize("text, lang, period", [
    ("In 2023, trade between Chile and Peru rose 8% from the previous year, reaching $2.7 billion.", "en", "2023"),
    ("Trade between Chile and Peru reached $4 billion from January to June, up 3 percent compared with "
     "the same period last year.", "en", "2024-01/2024-06"),
    ("ارتفع حجم التبادل التجاري بين تشيلي والبيرو خلال عام 2023 بنسبة 8% عن العام السابق ليصل إلى 2.7 مليار دولار.",
     "ar", "2023"),
    ("وصل حجم التبادل التجاري بين تشيلي والبيرو في عام 2023 إلى 4 مليارات دولار، بزيادة 3% مقارنة مع نفس الفترة "
     "من العام الماضي.", "ar", "2023"),
])
def test_the_time_a_figure_is_compared_with_is_not_its_period(text, lang, period):
    got = _figures(text, lang, published=date(2024, 8, 1))
    assert got and {f.when.value for f in got} == {period}, [(f.quantity.text, f.when and f.when.value) for f in got]


def test_a_comparison_base_is_not_carried_to_the_next_sentence():
    got = _by_text(_figures("Between January and June, trade between Chile and Peru climbed to $4 billion, a rise of "
                            "3 percent over the corresponding months of last year. Chile's exports to Peru rose to "
                            "$2.5 billion over the same period.",
                            published=date(2024, 8, 1)))
    assert got["$2.5 billion"].when.value == "2024-01/2024-06"


@pytest.mark.parametrize("text, lang", [
    ("Chile's exports to Peru reached $4 billion from January to June. Peru ranked third in March, its first "
     "change since May 2005, and Chile's imports from Peru reached $1.5 billion over the same period.", "en"),
    ("بلغت صادرات تشيلي إلى البيرو 4 مليارات دولار خلال الفترة من يناير إلى يونيو. وتراجعت البيرو إلى المرتبة الثالثة "
     "في مارس، في أول تغيير منذ مايو 2005، وبلغت واردات تشيلي من البيرو 1.5 مليار دولار خلال الفترة المذكورة.", "ar"),
])
def test_the_same_period_is_that_of_the_figures_before_not_a_time_of_its_sentence(text, lang):
    got = _figures(text, lang, published=date(2024, 8, 1))
    assert {f.when.value for f in got} == {"2024-01/2024-06"}, [(f.quantity.text, f.when and f.when.value) for f in got]
    assert len(got) == 2


def test_more_than_a_figure_agrees_with_a_larger_one():
    found = _compare("Trade between Chile and Peru exceeded $100 billion in 2022.",
                     "Trade between Chile and Peru reached $190 billion in 2022.")
    assert [f.rule for f in found] == ["corroboration"]


def test_exports_are_not_compared_with_imports_nor_with_turnover():
    assert _compare("Chile's exports to Peru reached $10 billion in 2022.",
                    "Chile's imports from Peru reached $30 billion in 2022.",
                    "Trade between Chile and Peru reached $55 billion in 2022.") == []


def test_a_part_year_and_the_year_do_not_clash_but_a_year_below_its_part_does():
    assert _compare("Trade between Chile and Peru reached $40 billion in January-October 2022.",
                    "Trade between Chile and Peru reached $55 billion in 2022.") == []
    found = _compare("Trade between Chile and Peru reached $40 billion in January-October 2022.",
                     "Trade between Chile and Peru reached $31.5 billion in 2022.")
    assert [(f.rule, f.severity) for f in found] == [("part-year-total", "error")]


def test_named_sources_that_disagree_are_a_warning_naming_both():
    found = _compare("Trade between Chile and Peru reached $40 billion in 2022, according to Chilean customs data.",
                     "Trade between Chile and Peru reached $52 billion in 2022, according to the Central Bank of Peru.")
    assert [(f.rule, f.severity) for f in found] == [("sources-disagree", "warning")]
    assert "Chilean customs data" in found[0].message and "the Central Bank of Peru" in found[0].message


def test_a_forecast_against_the_outcome_is_an_info():
    found = _compare("Trade between Chile and Peru is expected to reach $60 billion in 2022.",
                     "Trade between Chile and Peru reached $52 billion in 2022.")
    assert [(f.rule, f.severity) for f in found] == [("forecast-outcome", "info")]


@pytest.mark.parametrize("goal, lang", [
    ("Under the agreement, Chile and Peru hope their trade will hit $100 billion over the coming five years.", "en"),
    ("ترفع الاتفاقية التبادل التجاري بين تشيلي والبيرو إلى 100 مليار دولار خلال السنوات الخمس المقبلة.", "ar"),
])
def test_a_figure_for_the_next_years_is_a_target_not_contradicted_by_the_outcome(goal, lang):
    doc = documents.build(documents.Raw("goal.txt", goal, lang=lang, published=date(2022, 3, 1)))
    (target,) = [f for f in analyse(doc).facts if f.kind in FIGURES]
    assert (target.modality, target.when.value) == ("target", "2027")
    outcome = documents.build(documents.Raw("o.txt", "Trade between Chile and Peru reached $50 billion in 2027.",
                                            lang="en", published=date(2028, 3, 1)))
    found = compare([target, *[f for f in analyse(outcome).facts if f.kind in FIGURES]])
    assert [(f.rule, f.severity) for f in found] == [("forecast-outcome", "info")]


def test_the_same_digits_ten_times_apart_are_a_probable_unit_slip():
    found = _compare("Trade between Chile and Peru reached $4.7 billion in 2022.",
                     "Trade between Chile and Peru reached $47 billion in 2022.")
    assert [(f.rule, f.severity) for f in found] == [("unit-slip", "warning")]


def test_a_fall_and_a_rise_of_the_same_figure_clash_and_two_falls_agree():
    found = _compare("Chile's exports to Peru fell 6% in 2022.", "Chile's exports to Peru rose 6% in 2022.")
    assert [(f.rule, f.severity) for f in found] == [("figure-conflict", "error")]
    found = _compare("Chile's exports to Peru fell 6% in 2022.", "Chile's exports to Peru declined by 6 percent in 2022.")
    assert [f.rule for f in found] == ["corroboration"]
    # the same digits, a rise against a fall: a clash, no unit slip
    found = _compare("Chile's exports to Peru fell 1.2% in 2022.", "Chile's exports to Peru rose 12% in 2022.")
    assert [f.rule for f in found] == ["figure-conflict"]


def test_different_currencies_and_bases_are_never_compared():
    assert _compare("Chile's exports to Peru grew 4.1% in 2022 in dollar terms.",
                    "Chile's exports to Peru grew 3.2% in 2022 in yuan terms.") == []
    assert _compare("Trade between Chile and Peru reached $52 billion in 2022.",
                    "Trade between Chile and Peru reached 350 billion yuan in 2022.") == []



@pytest.mark.parametrize("text,lang", [
    ("In 2022 Norway exported an additional 6 billion cubic metres of gas to Poland.", "en"),
    ("وفي 2022 صدرت النرويج من الغاز إلى بولندا 6 مليارات متر مكعب إضافية.", "ar"),
])
def test_an_amount_added_is_a_change_not_the_total(text, lang):
    (f,) = _figures(text, lang)
    assert (f.kind, f.basis, f.quantity.value) == ("trade_growth", "increment", 6e9)
    assert (f.measure, f.direction, f.when.value) == ("exports", "Norway→Poland", "2022")


@pytest.mark.parametrize("text, kind, value", [
    ("وتسعى بولندا إلى الحصول على 6 مليارات متر مكعب أخرى من الغاز من النرويج في 2025.", "trade_growth", 6e9),
    ("وتسعى بولندا إلى الحصول على 6 مليارات متر مكعب من الغاز من النرويج في 2025.", "trade_volume", 6e9),
    ("وتلقت بولندا من النرويج 2 مليون طن أخرى من الأسمدة في 2025.", "trade_growth", 2e6),
])
def test_goods_obtained_from_a_country_are_its_imports_and_more_of_them_a_change(text, kind, value):
    (f,) = _figures(text, "ar")
    assert (f.kind, f.quantity.value, f.measure, f.direction, f.when.value) == (kind, value, "imports", "Norway→Poland", "2025")


def test_another_sum_of_money_is_no_change():
    got = _figures("بلغت صادرات تشيلي إلى البيرو 2 مليار دولار في 2023، و300 مليون دولار أخرى من الخدمات.", "ar")
    assert {f.kind for f in got} == {"trade_volume"}


def test_an_amount_added_is_not_compared_with_the_total():
    assert _compare("In 2022 Norway exported 30 billion cubic metres of gas to Poland.",
                    "In 2022 Norway exported an additional 6 billion cubic metres of gas to Poland.") == []

# ---- bad input: read or refused, never a crash

def test_a_typo_with_a_stray_digit_reads_the_figure_with_its_scale():
    money = [q for q in Q.find("بلغت الصادرات 2 7.99 مليار دولار", "ar") if q.unit == "USD"]
    assert [(q.text, q.value) for q in money] == [("7.99 مليار دولار", 7.99e9)]


@pytest.mark.parametrize("text,lang,value", [
    ("1\u2009234 million dollars", "en", 1234e6),  # thin space
    ("1\u202f234\u202f567 dollars", "en", 1234567),  # narrow no-break space
    ("١٬٢٣٤ مليون دولار", "ar", 1234e6),  # Arabic thousands separator
    ("٢٫٥ مليار دولار", "ar", 2.5e9),  # Arabic decimal separator
])
def test_thousands_and_decimal_separators(text, lang, value):
    (q,) = Q.find(text, lang)
    assert q.value == pytest.approx(value) and q.text == text


def test_a_number_with_two_decimal_points_is_refused():
    assert Q.find("exports of 1.2.3 billion dollars", "en") == []
    assert _figures("Trade between Chile and Peru reached 1.2.3 billion dollars in 2022.") == []


def test_a_percentage_over_ten_thousand_is_read_as_written():
    (f,) = _figures("Chile's exports to Peru grew 12,500% in 2022.")
    assert f.quantity.value == 12500 and f.quantity.unit == "percent"
    assert "12,500" in f.quantity.text


def test_a_sentence_with_a_hundred_figures_is_read_in_bounded_time():
    text = "Chile's exports to Peru were " + ", ".join(f"${i} billion in {1900 + i}" for i in range(1, 101)) + "."
    start = time.process_time()
    got = _figures(text)
    assert time.process_time() - start < 5
    assert got, "the figures next to the trigger are read"
    for f in got:  # each figure keeps the year written beside it
        assert f.when.value == str(1900 + int(f.quantity.value / 1e9))


def test_the_tolerance_of_round_figures_is_a_setting(monkeypatch):
    monkeypatch.setitem(Q._settings(), "round", Q.Decimal("0.1"))
    (q,) = Q.find("a target of $200 billion", "en")
    assert (q.low, q.high) == (190e9, 210e9)


# ---- output: the listing and the timeline show what a figure is

def test_the_listing_shows_measure_direction_basis_and_source():
    from checker.output import listings
    (f,) = [x for x in _figures("Chile's exports to Peru rose 8% year on year in 2023, according to "
                                "Chilean customs data.") if x.kind == "trade_growth"]
    (line,) = listings.render([f], {f.doc: "t.txt"}, "text")
    for part in ("exports", "Chile→Peru", "year-on-year", "source: Chilean customs data", "when 2023"):
        assert part in line
    row = listings.as_dict(f)
    assert (row["measure"], row["direction"], row["basis"]) == ("exports", "Chile→Peru", "year-on-year")


def test_the_timeline_draws_targets_apart_from_outcomes():
    from checker.output import timeline
    facts = _figures("The two sides aim to raise trade between Chile and Peru from $50 billion in 2015 "
                     "to $120 billion by 2030.")
    drawn = timeline.build("Chile–Peru trade", facts, set(), {}, lambda w: w.value)
    marks = [m for lane in drawn.lanes for m in lane.marks]
    assert [(m.projected, "target" in m.label) for m in marks] == [(False, False), (True, True)]
    assert "$120 billion" in marks[1].title


def test_trade_inside_an_organisations_name_is_no_trade_word():
    # the figure before the name's 'Trade' belongs to the export word after it, with its direction
    (f,) = _figures("A spokesman for the Trade Promotion Council of Chile said goods worth $3 billion "
                    "were exported from Chile to Peru in 2022.")
    assert (f.kind, f.measure, f.direction, f.quantity.value) == ("trade_volume", "exports", "Chile→Peru", 3e9)
    assert _figures("Peru told the World Trade Organization that Chile's tariffs cost it $200 million in 2021.") == []
    # the lower-case word is still trade
    (g,) = _figures("Peru's ministry of commerce said trade with Chile reached $5 billion in 2023.")
    assert (g.subject, g.quantity.value, g.when.value) == ("Chile–Peru trade", 5e9, "2023")


def test_a_figures_time_past_the_trigger_words_reach_is_still_its_own():
    got = _by_text(_figures(
        "Chilean firms have put more than $6 billion into Peru in recent years, including large investments "
        "like $2 billion for a copper smelter near Arequipa in May 2019, $1.5 billion in a container port "
        "north of the capital in March 2021 and $900 million in a fibre network – phones and broadband – "
        "in August 2022."))
    assert got["$2 billion"].when.value == "2019-05"
    assert got["$1.5 billion"].when.value == "2021-03"
    assert got["$900 million"].when.value == "2022-08"


def test_a_ceilings_words_after_a_raising_verb_tell_the_level_not_a_bound():
    (f,) = _figures("Chile and Peru agreed to lift bilateral trade up to $30 billion in the next four years.")
    assert f.modality == "target" and f.quantity.value == 30e9
    assert f.quantity.low is not None and f.quantity.high is not None  # a level, with a round figure's margin
    (g,) = _figures("Kenya hopes to boost its exports to Brazil to as much as $3 billion by 2028.")
    assert (g.quantity.value, g.quantity.low is None, g.quantity.high is None) == (3e9, False, False)
    # a ceiling of its own stays one
    (h,) = _figures("Kenya's exports to Brazil could be worth up to $3 billion in 2028.")
    assert (h.quantity.low, h.quantity.high) == (None, 3e9)


def test_the_current_fiscal_year_is_the_one_the_article_appears_in():
    # published 1 March 2024: India's fiscal year from April runs 2023-04 to 2024-03
    (f,) = _figures("India's exports to Chile may reach $4 billion in the current fiscal year.")
    assert f.when.value == "2023-04/2024-03"
    (g,) = _figures("India's exports to Chile were $3 billion in the last financial year.")
    assert g.when.value == "2022-04/2023-03"


def test_one_fiscal_year_is_read_by_the_country_the_text_names():
    (f,) = _figures("Pakistan's exports to Kenya reached $500 million in FY24.")
    assert f.when.value == "2023-07/2024-06"  # Pakistan's fiscal year runs from July; FY24 ends in 2024
    (g,) = _figures("Japan's exports to Chile reached $2 billion in fiscal 2022.")
    assert g.when.value == "2022-04/2023-03"  # Japan names its fiscal year by the year it starts in


def test_an_arabic_trade_word_naming_a_body_or_post_is_no_trade_word():
    assert _figures("وقالت غرفة التجارة في تشيلي إن بيرو دفعت 40 مليون دولار في 2022.", "ar") == []
    (f,) = _figures("وقال وزير التجارة التشيلي إن التجارة مع بيرو بلغت 5 مليارات دولار في 2023.", "ar")
    assert (f.subject, f.quantity.value, f.when.value) == ("Chile–Peru trade", 5e9, "2023")


def test_a_partner_named_alone_trades_with_the_country_whose_partners_are_ranked():
    text = ("Kenya's central bank said coffee prices rose in Kenya. Kenya remained Brazil's largest trading "
            "partner in 2023, with goods worth $9 billion traded between Brazil and Kenya. "
            "Next came Chile with a trading volume of $7.5 billion.")
    got = _by_text(_figures(text))
    assert got["$9 billion"].subject == "Brazil–Kenya trade"
    assert got["$7.5 billion"].subject == "Brazil–Chile trade"  # not Kenya, the country named most


def test_a_country_ranked_among_anothers_partners_past_a_comma_is_the_partner():
    # the sentence before names another pair; the ranked country and the one whose partner it is trade
    text = ("Brazil is at odds with Argentina over tariffs. Kenya is Brazil's third trading partner in East "
            "Africa, with an exchange volume worth about $2 billion in 2022.")
    assert _by_text(_figures(text))["about $2 billion"].subject == "Brazil–Kenya trade"


def test_a_ranking_of_partners_holds_for_the_next_few_sentences_only():
    ranking = ("Peru remained Canada's largest trading partner in 2023, with goods worth $9 billion traded "
               "between Canada and Peru. Next came Chile with a trading volume of $7.5 billion. ")
    alone = "Trade with Bolivia reached $1.2 billion in 2023."
    assert _by_text(_figures(ranking + alone))["$1.2 billion"].subject == "Bolivia–Canada trade"
    # four sentences on, the text has left the ranking: the partner is the article's own country
    moved_on = ("The port of Callao in Peru handled most cargo. Peru's ministers met on Monday. "
                "Officials in Lima spoke of new roads. ")
    assert _by_text(_figures(ranking + moved_on + alone))["$1.2 billion"].subject == "Bolivia–Peru trade"


def test_an_arabic_sentence_with_a_hundred_figures_is_read_in_bounded_time():
    text = "بلغت صادرات تشيلي إلى بيرو " + "، و".join(f"{i} مليار دولار في {1900 + i}" for i in range(1, 101)) + "."
    start = time.process_time()
    got = _figures(text, "ar")
    assert time.process_time() - start < 5
    assert got, "the figures next to the trigger are read"
    for f in got:
        assert f.when.value == str(1900 + int(f.quantity.value / 1e9))


def test_an_arabic_percentage_over_ten_thousand_is_read_as_written():
    (f,) = _figures("نمت صادرات تشيلي إلى بيرو بنسبة 12,500% في 2022.", "ar")
    assert (f.quantity.value, f.quantity.unit) == (12500, "percent")


# ---- lists of figures and figures told twice

def test_every_item_of_a_long_list_of_figures_is_a_figure_of_its_flow():
    text = ("The leading goods Peru exported to Chile in 2022 were copper ores and concentrates worth $612m; "
            "fresh grapes and avocados worth $88m; frozen fish fillets worth $47m; cotton yarn worth $15m; "
            "and wooden furniture worth $6m.")
    got = _by_text(_figures(text))
    assert set(got) == {"$612m", "$88m", "$47m", "$15m", "$6m"}
    for f in got.values():
        assert (f.measure, f.direction, f.when.value) == ("exports", "Peru→Chile", "2022")


def test_a_headline_figure_told_again_with_its_period_is_one_fact():
    text = "Chile-Peru trade hits $7.3 billion\nTrade between Chile and Peru reached $7.3 billion in 2021."
    got = [f for f in _figures(text) if f.quantity.value == 7.3e9]
    assert len(got) == 1 and got[0].when.value == "2021"


def test_a_cut_in_an_overlong_sentence_keeps_a_number_with_its_scale():
    from checker.extract.sentences import split
    text = "Chile's exports to Peru were " + ", ".join(f"${i} billion in {1900 + i}" for i in range(1, 101)) + "."
    pieces = [text[s.start:s.end] for s in split(text, [(0, len(text))], "en")]
    assert len(pieces) > 1
    assert not any(re.search(r"\$\d+\W*$", p) for p in pieces)


def test_the_previous_fiscal_year_is_the_year_before_the_figures_period():
    text = ("Kenyan investment in Brazil reached $410m in FY 2021/2022. "
            "Brazilian investment in Kenya came to $95m, against $61m in the previous fiscal year.")
    got = _by_text(_figures(text, published=date(2024, 3, 1)))
    assert got["$410m"].when.value == "2021-07/2022-06"
    assert got["$95m"].when.value == "2021-07/2022-06"
    assert got["$61m"].when.value == "2020-07/2021-06"  # not the year before the article's


def test_a_growth_of_investment_and_a_fall_told_after_its_figure():
    got = _by_text(_figures("Peru's exports to Chile came to $2.4 billion in 2021, a 12.5 percent decrease from 2020, "
                            "while Peruvian investment in Chile rose by about 30 percent in 2021."))
    assert got["12.5 percent"].quantity.value == -12.5 and got["12.5 percent"].measure == "exports"
    inv = got["about 30 percent"]
    assert (inv.kind, inv.measure, inv.direction, inv.when.value) == ("trade_growth", "investment", "Peru→Chile", "2021")


def test_a_day_an_undated_page_cannot_resolve_gives_no_period():
    doc = documents.build(documents.Raw("t.txt", "Trade between Chile and Peru reached $3 billion in January-May 2019, "
                                        "down 4 percent compared with the same period of 2018, officials told the "
                                        "national news agency, Andina, on Monday.", lang="en", published="2019-06"))
    got = _by_text([f for f in analyse(doc).facts if f.kind in FIGURES])
    assert got["4 percent"].when.value == "2019-01/2019-05"  # not the unresolved 'on Monday'


def test_a_figure_of_the_same_period_of_another_year_keeps_the_months():
    got = _by_text(_figures("Chile's imports from Peru reached $4.1 billion in January-August 2023, "
                            "against $3.2 billion in the same period of 2022."))
    assert got["$4.1 billion"].when.value == "2023-01/2023-08"
    assert got["$3.2 billion"].when.value == "2022-01/2022-08"


def test_an_arabic_figure_of_the_same_period_of_another_year_keeps_the_months():
    got = _by_text(_figures("بلغت واردات تشيلي من بيرو 4.1 مليار دولار بين يناير وأغسطس 2023 "
                            "مقابل 3.2 مليار دولار في الفترة نفسها من عام 2022", "ar"))
    assert got["4.1 مليار دولار"].when.value == "2023-01/2023-08"
    assert got["3.2 مليار دولار"].when.value == "2022-01/2022-08"


def test_one_countrys_trade_with_the_world_is_no_figure_of_the_articles_pair():
    text = ("Chile's exports to Peru reached $2.2 billion in 2023.\n"
            "Separately, the statistics office published Chile's foreign trade figures for May, showing a trade "
            "surplus of $1.1 billion.\n"
            "Total exports rose 6.5 percent to $8.4 billion.\n"
            "Peru's imports from Chile grew 3 percent in 2023.")
    got = _by_text(_figures(text))
    assert set(got) == {"$2.2 billion", "3 percent"}


def test_one_countrys_own_trade_deficit_is_no_figure_of_the_articles_pair():
    # 'Chile's trade deficit' with no partner, and an energy deficit: the country's own, against the world
    text = ("Chile's trade deficit with Peru reached $2.2 billion in 2023.\n"
            "Chile's trade deficit widened by 11% to $9.3 billion in 2023, compared with $8.4 billion in 2022.\n"
            "The energy deficit amounted to $4.1 billion in 2023.\n"
            "Peru's imports from Chile grew 3 percent in 2023.")
    got = _by_text(_figures(text))
    assert set(got) == {"$2.2 billion", "3 percent"}


def test_a_flow_word_opening_an_institutions_name_is_no_flow():
    got = _figures("Chile took loans of $700 million from the Export-Import Bank of Peru in 2022.")
    assert got == []


def test_an_arabic_country_trade_with_the_world_is_no_figure_of_the_pair():
    text = ("بلغت صادرات تشيلي إلى بيرو 2.2 مليار دولار في 2023.\n"
            "وأظهرت بيانات التجارة الخارجية لتشيلي عجزا تجاريا بقيمة 1.1 مليار دولار في مايو.")
    got = _by_text(_figures(text, "ar"))
    assert set(got) == {"2.2 مليار دولار"}


def test_an_arabic_forecast_opening_the_sentence_governs_its_figure():
    (f,) = _figures("ومن المتوقع أن يصل حجم التجارة بين تشيلي وبيرو إلى 9 مليارات دولار هذا العام.", "ar")
    assert f.modality == "forecast"


def test_arabic_sources_told_with_a_proclitic_or_as_who_revealed_the_figures():
    (f,) = _figures("وبحسب الهيئة العامة للإحصاء، بلغت صادرات بيرو إلى تشيلي 3 مليارات دولار في 2022.", "ar")
    assert f.source == "الهيئة العامة للإحصاء"
    (g,) = _figures("كشف الجهاز المركزي للإحصاء أن واردات تشيلي من بيرو بلغت 2 مليار دولار في 2022.", "ar")
    assert g.source == "الجهاز المركزي للإحصاء"


def test_a_part_of_a_year_told_without_its_year_is_the_last_one_before_the_article():
    got = _by_text(_figures("Trade between Chile and Peru totalled $6.2 billion in January-November.\n"
                            "Peru's exports to Chile fell 3 percent in the first half.", published=date(2024, 3, 15)))
    assert got["$6.2 billion"].when.value == "2023-01/2023-11"
    assert got["3 percent"].when.value == "2023-H1"


def test_a_part_of_a_year_named_as_this_year_stays_in_it_though_it_has_not_ended():
    # the text names the year: it is the article's, even where its months run past the article's day
    got = _by_text(_figures("Trade between Chile and Peru totalled $2.5 billion in the first five months of this year.\n"
                            "Peru's exports to Chile fell 3 percent in the first half of this year.", published=date(2024, 5, 20)))
    assert got["$2.5 billion"].when.value == "2024-01/2024-05"
    assert got["3 percent"].when.value == "2024-H1"
    (f,) = _figures("بلغ حجم التبادل التجاري بين تشيلي وبيرو 2.5 مليار دولار في الأشهر الخمسة الأولى من العام الجاري.",
                    "ar", published=date(2024, 5, 20))
    assert f.when.value == "2024-01/2024-05"


def test_the_year_of_a_goal_is_not_the_period_of_the_figure_it_starts_from():
    got = _by_text(_figures("Chile and Peru set a goal of $15 billion in yearly trade between them by 2032, "
                            "up from roughly $7 billion today."))
    assert got["$15 billion"].modality == "target" and got["$15 billion"].when.value == "2032"
    assert got["roughly $7 billion"].modality == "asserted" and got["roughly $7 billion"].when is None


def test_a_goal_agreed_on_then_the_outcome_it_starts_from_with_its_year():
    # 'agreed to raise trade to $X in the coming years, from $Y at the end of 2023': the goal, then the
    # level it starts from; the past year is the level's, not the goal's
    for lang, text in (("en", "Chile and Peru agreed to raise trade to $9 billion in the coming years, "
                              "from $4.2 billion at the end of 2023."),
                       ("ar", "واتفقت تشيلي وبيرو على رفع حجم التبادل التجاري إلى 9 مليارات دولار خلال السنوات "
                              "المقبلة، من 4.2 مليار دولار بنهاية 2023.")):
        got = sorted(((f.quantity.value, f.modality, f.when.value if f.when else None)
                      for f in _figures(text, lang) if f.kind == "trade_volume"))
        assert got == [(4.2e9, "asserted", "2023"), (9e9, "target", None)], lang


def test_a_growth_told_in_a_clause_of_its_own_after_a_goal_is_what_happened():
    # 'decided to raise trade to $X after the two countries saw Y% growth': the growth happened
    got = _by_text(_figures("Chile and Peru have decided to raise their trade to $9 billion after the two "
                            "countries saw a 12 percent growth in trade last year."))
    assert got["$9 billion"].modality == "target"
    assert got["12 percent"].modality == "asserted"


def test_the_two_countries_after_their_leaders_talks_are_the_leaders_countries():
    # no country named, two leaders the catalogue places in two countries: 'between the two countries' is theirs
    text = ("واستضاف الرئيس رجب طيب أردوغان في أنقرة الرئيس عبد الفتاح السيسي لساعات. "
            "وسجلت التجارة بين البلدين 4 مليارات دولار في 2023.")
    assert [f.subject for f in _figures(text, "ar") if f.kind == "trade_volume"] == ["Egypt–Turkey trade"]


@pytest.mark.parametrize("text, lang", [
    ("Kenyan President Samuel Kamau will visit Ghana next week. Trade between the two countries reached $1.4 billion "
     "in 2023. Ghana also buys machinery from Nigeria, and Nigeria sells fuel to Ghana, Nigerian officials said.", "en"),
    ("ويزور الرئيس الكيني سامر داود غانا الأسبوع المقبل. وبلغ حجم التبادل التجاري بين البلدين 1.4 مليار دولار في 2023. "
     "وتشتري غانا الآلات من نيجيريا، وتبيع نيجيريا الوقود لغانا.", "ar"),
    # the trade in goods as post-Soviet statistics name it
    ("Kenyan President Samuel Kamau will visit Ghana next week. Commodity turnover between the two countries "
     "reached $1.4 billion in 2023.", "en"),
])
def test_the_two_countries_after_one_leader_and_one_other_country_are_theirs(text, lang):
    # not the two the article names most (Ghana and Nigeria, told after)
    assert [f.subject for f in _figures(text, lang) if f.kind == "trade_volume"] == ["Ghana–Kenya trade"]


def test_one_leader_and_one_country_turn_no_pair_told_before():
    # the pair the article told stays: a leader of a third country naming one of it turns nothing
    text = ("Trade between Ghana and Nigeria reached $2 billion in 2022. Kenyan President Samuel Kamau congratulated "
            "Nigeria on its election. The two countries' trade rose to $2.5 billion in 2023.")
    assert sorted(f.subject for f in _figures(text) if f.kind == "trade_volume") == ["Ghana–Nigeria trade"] * 2


def test_a_clause_begun_after_a_figure_tells_its_own_mood():
    # 'and it is expected to': the forecast is the next figure's, the rise told before it is done
    got = _by_text(_figures("Trade between Kenya and Ghana increased by 94 percent and it is expected to cross "
                            "$2 billion next year."))
    assert got["94 percent"].modality == "asserted"
    assert got["$2 billion"].modality == "forecast"


@pytest.mark.parametrize("text, lang", [
    ("Kenyan exports to Ghana reached $4 billion in 2023; most of them (52.3%) were refined fuel and "
     "machinery (8.6%).", "en"),
    ("وبلغت الصادرات الكينية إلى غانا 4 مليارات دولار في 2023، غالبيتها (52.3%) وقود مكرر، ونحو الثلث عبارة عن "
     "أغذية زراعية (10.9%).", "ar"),
])
def test_the_shares_of_a_breakdown_are_no_growth_of_the_flow(text, lang):
    got = _figures(text, lang)
    assert [(f.kind, f.measure, f.direction) for f in got] == [("trade_volume", "exports", "Kenya→Ghana")]


@pytest.mark.parametrize("text, lang", [
    ("Kenyan exports to Ghana rose sharply in 2023 (12%).", "en"),
    ("وارتفعت الصادرات الكينية إلى غانا بشكل كبير في 2023 (12%).", "ar"),
])
def test_a_rate_in_brackets_after_its_change_is_the_growth(text, lang):
    assert [(f.kind, f.quantity.value) for f in _figures(text, lang)] == [("trade_growth", 12)]


@pytest.mark.parametrize("text, lang", [
    ("Kenya's exports to Ghana are estimated at $700 million compared to imports worth $180 million.", "en"),
    ("وتقدر صادرات كينيا إلى غانا بنحو 700 مليون دولار مقابل واردات بقيمة 180 مليون دولار.", "ar"),
])
def test_a_flow_set_against_another_and_naming_no_country_goes_the_other_way(text, lang):
    got = {f.measure: f.direction for f in _figures(text, lang)}
    assert got == {"exports": "Kenya→Ghana", "imports": "Ghana→Kenya"}


def test_a_goal_whose_words_hold_a_rate_reaches_the_amount_after_it():
    # 'agreed to more than double trade to $6bn': the goal is the amount's too; 'current levels' are of now
    got = _by_text(_figures("Kenya and Ghana agreed to more than double bilateral trade to $6 billion within three "
                            "years, from current levels of $2.7 billion."))
    assert got["$6 billion"].modality == "target"
    assert (got["$2.7 billion"].modality, got["$2.7 billion"].when.value) == ("asserted", "2024")
    # the level now told between the goal's words and its amount is no goal
    got = _by_text(_figures("Kenya and Ghana agreed to more than double bilateral trade within three years, from "
                            "current levels of $2.7 billion to about $6 billion."))
    assert (got["$2.7 billion"].modality, got["$2.7 billion"].when.value) == ("asserted", "2024")


def test_a_time_opening_the_next_clause_after_a_comma_is_the_next_figures():
    # ', in 2021 the figure was': no joining word, the clause going on after the time
    got = _by_text(_figures("Trade between Kenya and Ghana in 2022 totaled $1.4 billion, in 2021 the figure was "
                            "$703 million."))
    assert (got["$1.4 billion"].when.value, got["$703 million"].when.value) == ("2022", "2021")
    # a time set off by commas after the figure is its own
    got = _by_text(_figures("Trade between Kenya and Ghana reached $5 billion, in 2023, up 4% from the year before."))
    assert got["$5 billion"].when.value == "2023"


def test_a_part_of_a_total_told_in_money_is_the_parts_own_level():
    got = _by_text(_figures("Trade between Chile and Peru reached $7.5 billion last year, with Chilean exports to Peru "
                            "accounting for about $4.9 billion."))
    f = got["about $4.9 billion"]
    assert (f.measure, f.direction, f.when.value) == ("exports", "Chile→Peru", "2023")


def test_a_goal_over_the_coming_years_looks_ahead_even_after_a_past_figure():
    got = _by_text(_figures("بلغ التبادل التجاري بين تشيلي وبيرو 7 مليارات دولار العام الماضي، ويسعى البلدان إلى "
                            "رفعه إلى 12 مليار دولار خلال السنوات الأربع المقبلة.", "ar"))
    assert got["7 مليارات دولار"].when.value == "2023"
    assert got["12 مليار دولار"].modality == "target" and got["12 مليار دولار"].when.value == "2028"


def test_a_target_of_the_same_amount_as_a_dated_figure_is_another_figure():
    text = ("Peru and Chile aim to raise bilateral trade to $5 billion.\n"
            "Trade between Peru and Chile reached $5 billion in 2019 before falling to $3 billion in 2023.")
    found = {(f.modality, f.when.value if f.when else None, f.quantity.value)
             for f in _figures(text) if f.kind == "trade_volume"}
    assert found == {("target", None, 5e9), ("asserted", "2019", 5e9), ("asserted", "2023", 3e9)}


# ---- periods and pairs told without their words (new real pages: Egypt–Saudi Arabia trade)

@pytest.mark.parametrize("text, lang", [
    ("Chile's exports to Peru reached $3.1 billion in January-May, against $2.7 billion in the same period "
     "last year.", "en"),
    ("بلغت صادرات تشيلي إلى البيرو 3.1 مليار دولار خلال الفترة من يناير إلى مايو، مقابل 2.7 مليار دولار في "
     "الفترة ذاتها من السنة الفائتة.", "ar"),
])
def test_the_same_period_last_year_is_the_figures_months_a_year_before(text, lang):
    got = _by_text(_figures(text, lang, published=date(2024, 8, 1)))
    now, then = sorted(got.values(), key=lambda f: f.quantity.start)
    assert (now.when.value, then.when.value) == ("2024-01/2024-05", "2023-01/2023-05")


def test_the_same_period_of_a_year_told_past_the_trade_words_reach_is_its_months():
    got = _by_text(_figures("وقال الوزير إن حجم التبادل التجاري بين تشيلي والبيرو الصديقين بلغ مستويات غير مسبوقة "
                            "خلال الأشهر الخمسة الأولى من عام 2019، لتسجل 2.34 مليار دولار مقابل 1.75 مليار دولار "
                            "خلال الفترة ذاتها من سنة 2018.", "ar", published=date(2019, 7, 1)))
    assert got["1.75 مليار دولار"].when.value == "2018-01/2018-05"


@pytest.mark.parametrize("text, lang, rate", [
    ("Chile's exports to Peru rose to $2.6 billion in 2020, compared with $2.1 billion in 2019, an increase "
     "of 24 percent.", "en", "24 percent"),
    ("وأعلن الوزير أن صادرات تشيلي إلى البيرو بلغت 2.6 مليار دولار عام 2020 مقارنة بـ 2.1 مليار دولار في 2019، "
     "أي بزيادة نسبتها 24%.", "ar", "24%"),
])
def test_a_growth_rate_after_a_figure_compared_with_is_of_the_first_figures_period(text, lang, rate):
    got = _by_text(_figures(text, lang, published=date(2021, 3, 1)))
    assert got[rate].when.value == "2020"
    assert got[rate].kind == "trade_growth"


@pytest.mark.parametrize("text, lang", [
    ("Trade between Chile and Peru grew fast. The head of the foreign trade sector at Peru's ministry said the trade "
     "of the two countries totalled $4.2 billion in 2022.", "en"),
    ("نما التبادل التجاري بين تشيلي والبيرو. وقال رئيس قطاع التجارة الخارجية في الوزارة البيروفية إن التجارة "
     "بين البلدين وصلت إلى 4.2 مليار دولار في عام 2022.", "ar"),
])
def test_an_office_of_foreign_trade_telling_the_two_countries_trade_is_no_world_trade(text, lang):
    (f,) = _figures(text, lang)
    assert (f.subject, f.when.value) == ("Chile–Peru trade", "2022")


def test_a_figure_told_again_in_other_words_for_the_same_months_is_one_fact():
    got = _figures("ارتفع التبادل التجاري بين تشيلي والبيرو بنسبة 35% في الربع الأول من هذا العام. وقال الوزير إن "
                   "التبادل التجاري بين البلدين في الأشهر من يناير إلى مارس سجل 1.4 مليار دولار بارتفاع بلغت نسبته 35%.",
                   "ar", published=date(2019, 5, 1))
    rates = [f for f in got if f.kind == "trade_growth"]
    assert len(rates) == 1 and rates[0].when.value == "2019-Q1"


@pytest.mark.parametrize("text, lang", [
    ("Trade between Chile and Peru reached $4 billion in 2022. Chile's exports to Andean countries rose to "
     "$9.2 billion in 2022.", "en"),
    ("Trade between Chile and Peru reached $4 billion in 2022. Trade between Chile and other neighbouring nations "
     "came to $9.2 billion in 2022.", "en"),
    ("بلغ التبادل التجاري بين تشيلي والبيرو 4 مليارات دولار في 2022. وارتفعت الصادرات التشيلية إلى الدول "
     "اللاتينية إلى 9.2 مليار دولار في 2022.", "ar"),
    ("بلغ التبادل التجاري بين تشيلي والبيرو 4 مليارات دولار في 2022. وتراجعت الواردات التشيلية من دول العالم "
     "إلى 9.2 مليار دولار في 2022.", "ar"),
])
def test_a_flow_with_a_group_of_countries_is_no_figure_of_the_articles_pair(text, lang):
    got = _figures(text, lang)
    assert [f.quantity.value for f in got] == [4e9]



@pytest.mark.parametrize("text, lang", [
    ("Non-oil trade between Chile and Peru reached $4.4 billion in 2021.", "en"),
    ("بلغت التجارة غير النفطية بين تشيلي والبيرو 4.4 مليار دولار في 2021.", "ar"),
])
def test_non_oil_trade_is_a_part_of_the_flow_told_as_its_basis(text, lang):
    (f,) = _figures(text, lang)
    assert (f.measure, f.basis, f.when.value) == ("turnover", "non-oil", "2021")


def test_non_oil_trade_does_not_clash_with_all_trade():
    assert _compare("Non-oil trade between Chile and Peru reached $4.4 billion in 2021.",
                    "Trade between Chile and Peru reached $7.9 billion in 2021.") == []
    found = _compare("Non-oil trade between Chile and Peru reached $4.4 billion in 2021.",
                     "Trade between Chile and Peru reached $7.9 billion in 2021.",
                     "Non-oil trade between Chile and Peru came to $5.6 billion in 2021.")
    assert [f.rule for f in found] == ["figure-conflict"]


# ---- a bloc as a trade partner

def test_a_bloc_that_trades_as_one_is_a_side_of_the_figure():
    got = _by_text(_figures("Kenya's exports to the European Union rose 6% to $2.4 billion in 2021, "
                            "and trade between Chile and Mercosur reached $9 billion."))
    assert got["$2.4 billion"].subject == "European Union–Kenya trade"
    assert got["$2.4 billion"].direction == "Kenya→European Union"
    assert got["6%"].kind == "trade_growth" and got["6%"].subject == "European Union–Kenya trade"
    assert got["$9 billion"].subject == "Chile–Mercosur trade"


def test_the_countries_of_a_bloc_in_arabic_are_the_bloc():
    # 'the countries of the Gulf Cooperation Council': the group's word before the bloc it names
    (f,) = _figures("بلغت صادرات الأردن إلى دول مجلس التعاون الخليجي 2.1 مليار دولار في عام 2021.", lang="ar")
    assert (f.subject, f.direction) == ("Gulf Cooperation Council–Jordan trade", "Jordan→Gulf Cooperation Council")


def test_the_two_countries_are_countries_before_a_bloc_named_as_often():
    text = ("The Mercosur summit in Asuncion ended on Monday. Peru's president met Chile's president there. "
            "Trade between the two nations stood at $6 billion in 2022.")
    (f,) = _figures(text)
    assert f.subject == "Chile–Peru trade"


def test_a_country_ranked_among_a_flows_partners_is_its_partner():
    # the article is about Chile and Argentina; the ranking names a third country as the partner
    text = ("Trade between Chile and Argentina reached $7 billion in 2021, Chile's customs said. "
            "Peru ranked first among the markets of Chilean exports in 2021 with $3.5 billion.")
    got = _by_text(_figures(text))
    assert got["$3.5 billion"].direction == "Chile→Peru"
    assert got["$3.5 billion"].subject == "Chile–Peru trade"


def test_an_amount_of_a_flow_told_before_its_word_is_that_flows():
    got = _by_text(_figures("Trade between Chile and Peru reached $5 billion in 2013, comprising $2 billion worth of "
                            "Chilean exports to Peru and $3 billion of Peruvian exports to Chile."))
    assert (got["$5 billion"].measure, got["$5 billion"].direction) == ("turnover", None)
    assert (got["$2 billion"].measure, got["$2 billion"].direction) == ("exports", "Chile→Peru")
    assert (got["$3 billion"].measure, got["$3 billion"].direction) == ("exports", "Peru→Chile")


def test_a_growth_of_this_figure_is_the_growth_of_the_figure_before():
    text = ("Peru's imports from Chile came to $1.1 billion in the first half of 2021. "
            "Traders expect this figure to rise by about 20 percent by the end of the year.")
    got = _by_text(_figures(text))
    f = got["about 20 percent"]
    assert (f.kind, f.measure, f.direction) == ("trade_growth", "imports", "Chile→Peru")
    # with no figure told before, 'this figure' is no trade
    assert not _figures("Traders expect this figure to rise by about 20 percent by the end of the year.")


def test_a_partner_ranked_before_a_turnover_told_far_from_it_is_its_side():
    text = ("Figures from the statistics office show that Chile was Peru's largest trading partner in 2022. "
            "Next came Brazil with a trade volume of $8 billion, followed by Ecuador in the second place with a "
            "combined total trade of $6 billion.")
    got = _by_text(_figures(text))
    assert got["$6 billion"].subject == "Ecuador–Peru trade"


def test_figures_that_go_on_with_a_list_are_of_the_same_flow():
    text = ("Kenya's exports to Uganda reached $900 million in 2020, led by tea. "
            "These were followed by cement, worth $150 million, and steel, worth about $90 million.")
    got = _by_text(_figures(text))
    for figure in ("$150 million", "about $90 million"):
        f = got[figure]
        assert (f.measure, f.direction, f.when.value) == ("exports", "Kenya→Uganda", "2020")
    # a country named after the words is the list's next partner of the same flow
    got = _by_text(_figures("Peru ranked first for Chilean exports in 2021 with $3 billion, followed by Bolivia "
                            "with $1 billion."))
    assert got["$1 billion"].direction == "Chile→Bolivia"


@pytest.mark.parametrize("pad", range(0, 40, 3))
def test_a_figure_the_window_end_cuts_through_is_still_the_lists(pad):
    # the list's last figure stands some 160 characters after the flow's word; wherever the window
    # ends, in front of it or through it, the figure is the list's
    text = ("Chile's exports to Peru included copper cathodes worth $900 million, up 3 percent, and fresh "
            f"{'grape' if pad % 2 else 'apple'} {'and pear ' * (pad // 9)}fruit{'s' * (pad % 9)} worth $350 million, "
            "a rise of 12 percent, in 2022.")
    got = _by_text(_figures(text))
    assert "12 percent" in got and got["12 percent"].direction == "Chile→Peru"


def test_a_rate_told_again_over_a_span_holding_its_period_is_one_fact():
    text = ("Trade between Chile and Peru grew 7.3 percent in 2021, officials said. "
            "In an interview, the minister repeated that trade between Chile and Peru rose 7.3 percent between 2020 and 2021.")
    rates = [f for f in _figures(text) if f.kind == "trade_growth"]
    assert [f.when.value for f in rates] == ["2021"]
    # the same rate in another year is another fact
    text = "Trade between Chile and Peru grew 7.3 percent in 2021 and again 7.3 percent in 2022."
    assert sorted(f.when.value for f in _figures(text)) == ["2021", "2022"]


def test_a_rate_an_event_to_come_would_bring_is_a_forecast_of_no_past_period():
    text = ("Trade between Chile and Peru reached $9 billion in 2022. "
            "A free trade agreement between Chile and Peru could lift trade by 12 percent, officials said.")
    got = _by_text(_figures(text))
    f = got["12 percent"]
    assert f.modality == "forecast"
    assert f.when is None  # not the 2022 of the outcome told before it
    (g,) = _figures("Trade between Chile and Peru will jump 9 percent in 2025.")
    assert (g.modality, g.when.value) == ("forecast", "2025")


# ---- new real pages: India–Russia trade (sentences of our own, shaped like them)

@pytest.mark.parametrize("text, value", [
    ("Trade between Chile and Peru grew by 3.5 times in 2023.", 250),
    ("Peru's exports to Chile rose 2 times last year.", 100),
    ("Trade between Chile and Peru increased 12-fold over two decades.", 1100),
    ("Chile's imports from Peru jumped fivefold in 2023.", 400),
])
def test_growth_told_as_a_multiple_is_a_rise_in_percent(text, value):
    (f,) = [f for f in _figures(text) if f.kind == "trade_growth"]
    assert f.quantity.unit == "percent" and f.quantity.value == pytest.approx(value)


def test_n_times_the_size_of_something_is_no_growth():
    assert not [f for f in _figures("Trade between Chile and Peru is 3 times the size of their trade with Bolivia, "
                                    "at $9 billion in 2023.") if f.kind == "trade_growth"]


def test_beyond_is_a_lower_bound():
    (f,) = _figures("Chile and Peru have already traded beyond $12 billion in 2023.")
    assert f.quantity.qualifier == "more-than" and f.quantity.high is None


@pytest.mark.parametrize("text", [
    "Kenya's biggest trading partners in 2023 were Brazil with a trade turnover of $9.1 billion, Peru with "
    "$4.4 billion and Chile with $2.7 billion.",
    "Brazil ($9.1 billion), Peru ($4.4 billion) and Chile ($2.7 billion) recorded the largest volumes of trade "
    "with Kenya in 2023.",
])
def test_partners_listed_each_with_its_figure_trade_with_the_country_outside_the_list(text):
    got = {f.quantity.text: f.subject for f in _figures(text)}
    assert got == {"$9.1 billion": "Brazil–Kenya trade", "$4.4 billion": "Kenya–Peru trade",
                   "$2.7 billion": "Chile–Kenya trade"}


def test_a_list_of_partners_longer_than_the_trade_words_window_keeps_its_first_items():
    text = ("Japan (€7.3bn), Ghana (€506m), Norway (€3.9bn), Vietnam (€2.48bn), Egypt (€1.7bn), Jordan (€1.15bn), "
            "Fiji (€900m) and Malta (€620m) were Uruguay's eight leading trade partners in 2022.")
    got = {f.quantity.text: f for f in _figures(text)}
    assert got["€7.3bn"].subject == "Japan–Uruguay trade" and got["€7.3bn"].quantity.value == 7.3e9
    assert got["€620m"].subject == "Malta–Uruguay trade"
    assert len(got) == 8


def test_the_first_months_of_a_fiscal_year_count_from_its_first_month():
    (f,) = _figures("India's trade with Chile reached $1.9 billion in the first five months of 2023-24.",
                    published=date(2023, 10, 2))
    assert f.when.value == "2023-04/2023-08"


def test_it_was_before_a_sum_goes_on_with_the_flow_told_before():
    got = _by_text(_figures("Trade between Chile and Peru reached $6.3 billion in 2023. "
                            "Before the pandemic, it was $4.1 billion in 2019 and $3.8 billion in 2018."))
    assert got["$4.1 billion"].subject == "Chile–Peru trade" and got["$4.1 billion"].when.value == "2019"
    assert got["$3.8 billion"].when.value == "2018"


@pytest.mark.parametrize("after", [
    "It was $2 billion short of the target.",
    "It was $900 million more than the goal set for the year.",
    "It was $1 billion below the target agreed in 2020.",
])
def test_it_was_before_a_sum_compared_with_a_goal_is_no_figure_of_the_flow(after):
    got = _figures("Uruguay's trade with Ghana reached $4 billion in 2022. " + after)
    assert [f.quantity.text for f in got] == ["$4 billion"]


@pytest.mark.parametrize("text,rate", [
    ("Ghana's exports to Norway fell by 2 times in 2021.", -50),
    ("Uruguay's imports from Japan decreased by 4 times in 2022.", -75),
    ("Ghana's exports to Norway shrank 5 times in 2021.", -80),
])
def test_n_times_after_a_fall_is_a_fall_to_one_nth(text, rate):
    (f,) = _figures(text)
    assert f.kind == "trade_growth" and f.quantity.value == pytest.approx(rate)


def test_n_times_is_read_by_the_verb_before_it():
    got = _figures("Ghana's exports to Norway fell by 3 times in 2021, while Uruguay's imports from Japan rose by "
                   "3 times in 2021; Fiji's exports to Malta were cut by 3 times.")
    # a fall to a third, a rise to three times as much, and no reading of a verb of neither
    assert [round(f.quantity.value, 1) for f in got] == [-66.7, 200]


def test_it_was_without_a_figure_told_before_is_no_figure():
    assert not _figures("Officials met in Lima. Before the pandemic, it was $4.1 billion in 2019.")


def test_an_outcome_beside_a_goal_keeps_its_own_period():
    got = _by_text(_figures("In 2022 trade between Chile and Peru rose 40%, exceeding $7 billion; the goal set "
                            "by both leaders to reach $5 billion by 2025 was met early."))
    assert got["exceeding $7 billion"].when.value == "2022" and got["exceeding $7 billion"].modality == "asserted"
    assert got["$5 billion"].modality == "target"


@pytest.mark.parametrize("text", [
    "Peru's trade deficit with Chile stood at $2.3 billion in 2023.",
    "Chile's trade surplus with Peru stood at $2.3 billion in 2023.",
    "Peru's imports from Chile were $5.1 billion in 2023, while its exports to Chile were $2.8 billion, for "
    "a negative trade balance of $2.3 billion.",
])
def test_a_balance_names_the_side_in_surplus_whichever_side_tells_it(text):
    (f,) = [f for f in _figures(text) if f.measure == "balance"]
    assert f.direction == "Chile→Peru"


def test_a_percentage_of_a_whole_is_no_growth():
    assert not [f for f in _figures("Trade between Chile and Peru rose. Peru imports 70 per cent of its "
                                    "copper concentrate from Chile.") if f.kind == "trade_growth"]


def test_a_capital_after_from_or_to_stands_for_its_country_as_a_side_of_the_flow():
    (f,) = _figures("Kenya's imports from Lima rose to $2 billion in 2023.")
    assert (f.subject, f.direction) == ("Kenya–Peru trade", "Peru→Kenya")


def test_a_capital_where_something_is_said_is_no_side():
    got = _figures("Chile's exports to Peru rose 4% in 2023, officials said in Santiago.")
    assert {f.subject for f in got} == {"Chile–Peru trade"}


def test_a_partner_with_its_figure_ranked_before_the_trade_word_is_its_side():
    (f,) = _figures("Trade between Kenya and Chile grew. Peru with $3bn was the second largest trade partner "
                    "to Nairobi in 2023.")
    assert f.subject == "Kenya–Peru trade"


def test_the_pages_dateline_is_no_period_of_a_figure():
    (f,) = _figures("NAIROBI, March 1, 2024 - Trade between Kenya and Peru rose to over $2 billion in a few months.")
    assert f.when is None  # 'in a few months' names no period; the dateline's day is the page's


@pytest.mark.parametrize("text", [
    "Kenya's exports to Peru climbed 14.5% on an annual basis to $820 million in the second quarter of 2023.",
    "Trade between Kenya and Peru reached $1.9 billion in the first half of 2023, a 6% increase on the same "
    "period last year.",
])
def test_growth_against_the_year_before_told_in_other_words_is_year_on_year(text):
    (f,) = [f for f in _figures(text) if f.kind == "trade_growth"]
    assert f.basis == "year-on-year"


def test_a_rise_or_fall_told_of_that_is_the_growth_of_the_flow_told_before():
    got = _by_text(_figures("Chile's exports to Peru came to $610 million in March 2024. That's down 9 percent on "
                            "the same month last year, after a 4 percent fall posted in February."))
    assert (got["9 percent"].measure, got["9 percent"].direction) == ("exports", "Chile→Peru")
    assert got["9 percent"].quantity.value == -9 and got["9 percent"].when.value == "2024-03"
    assert got["4 percent"].when.value == "2024-02"



def test_a_quotation_of_several_sentences_keeps_each_sentences_modality_apart():
    # 'target' in the quotation's next sentence is no word of the level the first one tells as it stands
    got = _figures('"Trade between Chile and Peru currently stands at $6 billion. We are moving towards the '
                   '$10 billion goal," the Chilean minister said.', published=date(2024, 5, 2))
    level = [f for f in got if f.quantity.text == "$6 billion"]
    assert level and level[0].modality == "asserted" and level[0].when.value == "2024"


def test_a_quotation_of_several_sentences_keeps_each_sentences_times_apart():
    def read(text):
        return [(f.quantity.text, f.kind, f.quantity.value, f.measure, f.direction, f.when and f.when.value)
                for f in _figures(text, published=date(2024, 5, 2))]
    # the quotation stays one sentence, but 'This year' of its next sentence is not the growth's period:
    # five years back from May 2024
    assert read('"Trade between Chile and Peru grew by 11% over the past five years. This year the pace has '
                'picked up," the Chilean minister said.') == [
        ("11%", "trade_growth", 11, "turnover", None, "2019/2024")]
    # nor is a rate of the next sentence the first one's trade word's: its own flow word gives the
    # measure and direction, its own year the period
    assert read('"Trade between Chile and Peru has grown steadily in recent years. In 2022 exports from Chile '
                'to Peru rose 11%. This year the pace has picked up," the Chilean minister said.') == [
        ("11%", "trade_growth", 11, "exports", "Chile→Peru", "2022")]
    # a middle sentence that names no time has no period: neither the year after it nor the years before
    assert read('"Trade between Chile and Peru has grown steadily in recent years. Chilean exports to Peru '
                'rose 11%. This year the pace has picked up," the Chilean minister said.') == [
        ("11%", "trade_growth", 11, "exports", "Chile→Peru", None)]


def test_the_year_a_comparative_is_measured_against_is_no_period():
    got = _by_text(_figures("Last year, trade between Chile and Peru was 12% higher than in 2021, "
                            "reaching $9 billion.", published=date(2023, 6, 1)))
    assert got["12%"].when.value == "2022"
    assert got["$9 billion"].when.value == "2022"


def test_a_figure_after_while_belongs_to_the_flow_word_of_its_own_clause():
    got = _by_text(_figures("Goods worth $2.1 billion were exported from Chile to Peru in 2022, while goods "
                            "worth $900 million were imported from Peru to Chile over the period."))
    assert (got["$2.1 billion"].measure, got["$2.1 billion"].direction) == ("exports", "Chile→Peru")
    assert (got["$900 million"].measure, got["$900 million"].direction) == ("imports", "Peru→Chile")
    assert got["$900 million"].when.value == "2022"


@pytest.mark.parametrize("text, lang, good", [
    ("Chile's gold exports to Peru fell to $1 billion in 2023.", "en", "gold"),
    ("وتراجعت صادرات الذهب التشيلية إلى البيرو إلى مليار دولار في 2023.", "ar", "gold"),
    ("وبلغت واردات القمح البيروفية من تشيلي 300 مليون دولار في 2023.", "ar", "wheat"),
])
def test_one_goods_flow_is_a_part_of_the_flow_told_as_its_basis(text, lang, good):
    (f,) = _figures(text, lang)
    assert (f.basis, f.when.value) == (good, "2023")


def test_one_goods_flow_does_not_clash_with_the_whole_flow():
    assert _compare("Chile's gold exports to Peru fell to $1 billion in 2023.",
                    "Chile's exports to Peru reached $13 billion in 2023.") == []
    found = _compare("Chile's gold exports to Peru fell to $1 billion in 2023.",
                     "Chile's exports to Peru reached $13 billion in 2023.",
                     "Chile's gold exports to Peru came to $2.6 billion in 2023.")
    assert [f.rule for f in found] == ["figure-conflict"]


def test_the_figure_compared_with_and_no_time_of_its_own_is_of_the_bases_time():
    # 'up 2.33% compared with 2023, falling from 1.5bn to 1bn': the first is 2023's, the second the year's
    got = _figures("بلغت صادرات تشيلي إلى البيرو 9 مليارات دولار خلال عام 2024. وارتفعت صادرات تشيلي إلى البيرو "
                   "بنسبة 3% مقارنة بعام 2023، حيث ارتفعت من 2.5 مليار دولار إلى 2.6 مليار دولار.", "ar")
    when = {f.quantity.value: f.when.value for f in got if f.kind == "trade_volume"}
    assert when == {9e9: "2024", 2.5e9: "2023", 2.6e9: "2024"}


# ---- ranked partner lists (issue 11)

def test_a_ranked_list_of_partners_gives_each_partner_its_own_flow_with_the_ranked_country():
    got = sorted(_figures("Peru was Chile's top export partner in May, with exports worth $2.31 billion. Bolivia "
                          "followed in 2nd place with $1.05 billion, Brazil in third with $980 million, and "
                          "Ecuador in fourth with $640 million.", "en", date(2024, 7, 2)), key=lambda f: f.quantity.start)
    assert [(f.subject, f.measure, f.direction, f.quantity.value) for f in got] == [
        ("Chile–Peru trade", "exports", "Chile→Peru", 2.31e9),
        ("Bolivia–Chile trade", "exports", "Chile→Bolivia", 1.05e9),
        ("Brazil–Chile trade", "exports", "Chile→Brazil", 980e6),
        ("Chile–Ecuador trade", "exports", "Chile→Ecuador", 640e6)]


def test_a_ranked_list_of_suppliers_keeps_the_importer():
    got = sorted(_figures("Peru was Chile's largest import market in 2023, with imports worth $3.4 billion. Bolivia "
                          "followed in 2nd place with $2.2 billion.", "en"), key=lambda f: f.quantity.start)
    assert [(f.subject, f.direction) for f in got] == [
        ("Chile–Peru trade", "Peru→Chile"), ("Bolivia–Chile trade", "Bolivia→Chile")]


def test_an_export_partner_is_a_noun_and_tells_no_flow_of_its_own():
    got = _figures("Peru was Chile's leading export partner, with exports worth $2.31 billion in 2023.")
    assert [(f.direction, f.when.value) for f in got] == [("Chile→Peru", "2023")]


def test_a_month_and_year_compared_with_is_the_base_not_the_period():
    got = _by_text(_figures("Chile's exports to Peru in April amounted to $1.2 billion, a 0.4% increase compared to "
                            "April 2023.", "en", date(2024, 6, 1)))
    assert got["0.4%"].when.value == "2024-04"


@pytest.mark.parametrize("text, lang", [
    ("In 2020 trade between Chile and Peru came to $2.5 billion, down 14%, and in 2021 it rose to $3.3 billion, "
     "up 30%.", "en"),
    ("بلغ حجم التبادل التجاري بين تشيلي والبيرو في 2020 نحو 2.5 مليار دولار، متراجعا 14% على أساس سنوي، "
     "ثم صعد في 2021 إلى 3.3 مليارات دولار، بنمو 30%.", "ar"),
])
def test_a_rate_right_after_a_level_is_of_the_levels_time_not_the_next_clauses(text, lang):
    got = {f.quantity.value: f.when.value for f in _figures(text, lang) if f.quantity.unit == "percent"}
    assert got == {-14: "2020", 30: "2021"}


@pytest.mark.parametrize("text", [
    "Chile's exports to Peru exceeded $5 billion in 2023, making up more than 18% of Chile's total exports.",
    "Chile's exports to Peru reached $5 billion in 2023. With a 12.5% share, Peru is the top buyer of Chilean goods.",
])
def test_a_share_of_a_countrys_total_is_no_growth(text):
    assert [f.quantity.unit for f in _figures(text)] == ["USD"]


@pytest.mark.parametrize("text, lang", [
    ("Peru's imports from Chile reached $4.1 billion in January-August 2023, compared with $2.9 billion in 2022.", "en"),
    ("وبلغت واردات البيرو من تشيلي في الأشهر الثمانية من العام الحالي 4.1 مليار دولار مقارنة بـ 2.9 مليار "
     "دولار في العام الماضي.", "ar"),
])
def test_a_figure_compared_with_a_part_year_by_its_year_alone_is_of_the_same_months(text, lang):
    got = {f.quantity.value: f.when.value for f in _figures(text, lang, date(2023, 10, 20))}
    assert got == {4.1e9: "2023-01/2023-08", 2.9e9: "2022-01/2022-08"}


@pytest.mark.parametrize("text, lang, pair", [
    ("Chile's trade with Peru rose 8% in 2023. Brazil remained Peru's largest trading partner in 2023, while trade "
     "between the two countries fell 10%.", "en", "Brazil–Peru trade"),
    ("وارتفعت تجارة تشيلي مع البيرو 8% في 2023. ولا تزال البرازيل أكبر شريك تجاري لتشيلي في 2023، في حين تراجع "
     "حجم التجارة بين البلدين 10%.", "ar", "Brazil–Chile trade"),
])
def test_the_two_countries_of_a_sentence_are_those_it_named_before_the_trade_word(text, lang, pair):
    got = {f.quantity.value: f.subject for f in _figures(text, lang)}
    assert got == {8: "Chile–Peru trade", -10: pair}


def test_this_marked_a_rise_or_fall_goes_on_with_the_flow_told_before():
    got = _by_text(_figures("Chile's exports to Peru came to $3.2 billion in 2024. Even so, this represented a 6% fall "
                            "against 2022's total of $3.4 billion.", "en", date(2025, 2, 1)))
    assert (got["6%"].subject, got["6%"].direction, got["6%"].quantity.value, got["6%"].when.value) == (
        "Chile–Peru trade", "Chile→Peru", -6, "2024")
    assert (got["$3.4 billion"].direction, got["$3.4 billion"].when.value) == ("Chile→Peru", "2022")


@pytest.mark.parametrize("text, lang", [
    ("Trade between Chile and Peru rose to $11.5 billion in January-June 2022, an increase estimated at "
     "50%. The statement said that trade between Chile and Peru hit a record $11.5 billion in the first half of last year.",
     "en"),
    ("صعدت التجارة بين تشيلي والبيرو في الأشهر الستة الأولى من 2022 إلى 11.5 مليار دولار، بزيادة تقدر بنحو 50%. "
     "وأفاد البيان بأن التبادل التجاري بين تشيلي والبيرو سجل في النصف الأول من 2022 مستوى قياسيا عند 11.5 مليار دولار.",
     "ar"),
])
def test_a_figure_told_again_with_its_period_in_other_words_is_one_fact(text, lang):
    got = [f for f in _figures(text, lang, date(2023, 3, 1)) if f.quantity.unit == "USD"]
    assert [(f.quantity.value, f.when.earliest, f.when.latest) for f in got] == [(11.5e9, date(2022, 1, 1), date(2022, 6, 30))]


def test_the_day_closing_an_agency_credit_is_the_pages_not_a_figures_period():
    got = _figures("SANTIAGO (Andes Wire / Pacific Agency - 17th April, 2023) Trade between Chile and Peru has "
                   "already passed $45 billion, the minister told reporters.", "en", date(2023, 4, 17))
    assert [(f.quantity.value, f.when) for f in got] == [(45e9, None)]


def test_one_forecast_told_with_no_period_in_two_articles_is_corroborated_never_clashed():
    # the effect of a deal, told without a year: the same figure in two articles is one forecast;
    # another figure may be of another period nobody named; an outcome with no period confirms nothing
    deal = _figures("A free trade deal would boost trade between Chile and Peru by 12%, officials forecast.")
    again = _figures("The planned free trade deal is expected to raise trade between Chile and Peru by 12 percent.",
                     published=date(2025, 1, 9))
    other = _figures("The planned free trade deal is expected to raise trade between Chile and Peru by 20 percent.",
                     published=date(2025, 1, 9))
    rose = _figures("Trade between Chile and Peru rose by 12 percent.", published=date(2025, 1, 9))
    assert all(f.when is None for f in deal + again + other + rose)
    deal, again, other, rose = ([replace(f, doc=name, id=f"{name}-{i}") for i, f in enumerate(facts)]
                                for name, facts in (("a", deal), ("b", again), ("c", other), ("d", rose)))
    (found,) = [f for f in compare(deal + again) if f.rule == "corroboration"]
    assert set(found.docs) == {"a", "b"}
    assert [f for f in compare(deal + other) if f.rule == "corroboration" or f.severity in ("error", "warning")] == []
    assert [f for f in compare(deal + rose) if f.rule == "corroboration"] == []


def test_a_rate_against_the_year_before_and_the_same_rate_in_value_terms_confirm_one_another():
    # two sides of one rate: what it is measured against, and the terms it is counted in; a rate in
    # volume terms is another rate, and apart from one 'year-on-year' it never clashes
    def one(name, text):
        return [replace(f, doc=name, id=f"{name}-{i}") for i, f in enumerate(_figures(text))]

    yoy = one("a", "Chile's exports to Peru rose 14% year on year in 2023.")
    value = one("b", "Chile's exports to Peru grew 14 percent in value terms in 2023.")
    volume = one("c", "Chile's exports to Peru grew 14 percent in volume terms in 2023.")
    assert [f.basis for f in yoy + value + volume] == ["year-on-year", "in value terms", "in volume terms"]
    (found,) = [f for f in compare(yoy + value) if f.rule == "corroboration"]
    assert set(found.docs) == {"a", "b"}
    assert [f for f in compare(value + volume) if f.rule == "corroboration"] == []
    apart = one("d", "Chile's exports to Peru grew 9 percent in value terms in 2023.")
    assert [f for f in compare(yoy + apart) if f.severity in ("error", "warning")] == []


def test_a_time_in_brackets_with_another_figure_is_that_figures():
    got = _by_text(_figures("From January to September, trade between Peru and Ghana reached $4.1 billion "
                            "(in 2022 it reached $3.2 billion over those months).", published=date(2024, 1, 15)))
    assert got["$4.1 billion"].when.value == "2023-01/2023-09"


def test_the_level_a_rise_led_to_keeps_the_rises_time_not_the_next_clauses():
    text = ("Kenyan exports to Brazil rose in 2021 by 40% to more than $2 billion, and political ties between "
            "Kenya and Brazil deepened over the past three years.")
    got = _by_text(_figures(text))
    assert got["more than $2 billion"].when.value == "2021"
    assert got["40%"].when.value == "2021"


def test_a_sum_told_as_a_gap_between_two_figures_is_no_level():
    text = ("Trade between Kenya and Brazil reached $9.2 billion in 2023, only about $300 million higher "
            "than that of Kenya and India.")
    assert sorted(f.quantity.text for f in _figures(text)) == ["$9.2 billion"]


def test_a_span_the_lead_tells_without_a_figure_dates_the_figures_after_it():
    text = ("The chamber reported a rise in Kenyan exports to Brazil over the first seven months of 2024. "
            "Kenyan exports to Brazil reached $410 million, up 9% "
            "from $376 million during the same period in 2023.")
    got = _by_text(_figures(text, published=date(2024, 9, 1)))
    assert got["$410 million"].when.value == "2024-01/2024-07"
    assert got["$376 million"].when.value == "2023-01/2023-07"


def test_a_figure_compared_with_by_its_year_alone_keeps_the_months_carried_from_a_sentence_before():
    text = ("Kenyan exports to Brazil rose 12% in the first ten months of 2024, reaching $640 million. "
            "Trade between Kenya and Brazil reached $1.1 billion, up from $900 million in 2023.")
    got = _by_text(_figures(text, published=date(2025, 1, 20)))
    assert got["$1.1 billion"].when.value == "2024-01/2024-10"
    assert got["$900 million"].when.value == "2023-01/2023-10"


def test_a_dinar_of_unstated_country_is_the_one_named_before_it():
    # Jordan and Iraq both pay in dinars: the text names which just before
    text = "Jordanian exports to Iraq reached 520 million Jordanian dinars in 2023, up from 480 million dinars in 2022."
    got = _by_text(_figures(text))
    assert (got["480 million dinars"].quantity.unit, got["520 million Jordanian dinars"].quantity.unit) == ("JOD", "JOD")


def test_figures_told_after_their_flow_words_without_a_unit_take_the_currency_told_before():
    text = ("Kenya's trade surplus with Brazil reached $310 million last year. "
            "Exports to Brazil reached 720 million, while imports stood at 410 million. "
            "Kenya has 55 million people.")
    got = _by_text(_figures(text))
    assert {k: (f.measure, f.quantity.unit) for k, f in got.items()} == {
        "$310 million": ("balance", "USD"), "720 million": ("exports", "USD"), "410 million": ("imports", "USD")}


@pytest.mark.parametrize("text, lang, whole", [
    # the figure compared with, told by its year alone: the same months of that year
    ("Trade between Chile and Peru came to $3.1 billion in the first eight months of last year, "
     "against $2.9 billion in 2022.", "en", False),
    # told as the whole year: the whole year
    ("Trade between Chile and Peru came to $3.1 billion in the first eight months of last year, "
     "against $2.9 billion in 2022 as a whole.", "en", True),
    ("بلغت التجارة بين تشيلي والبيرو 3.1 مليارات دولار في الأشهر الثمانية الأولى من العام الماضي، "
     "مقابل 2.9 مليار دولار لعام 2022 كاملا.", "ar", True),
])
def test_a_year_told_whole_is_no_same_months_of_it(text, lang, whole):
    got = sorted(_figures(text, lang, date(2024, 2, 1)), key=lambda f: f.quantity.start)
    assert [f.when.value for f in got] == ["2023-01/2023-08", "2022" if whole else "2022-01/2022-08"]


@pytest.mark.parametrize("text, lang", [
    ("In 2022, trade between Chile and Peru reached $4.2 billion, and over January-June 2023 it came "
     "to about $2.3 billion.", "en"),
    ("في عام 2022، بلغت التجارة بين تشيلي والبيرو 4.2 مليارات دولار، وفي النصف الأول من عام 2023، "
     "بلغت نحو 2.3 مليار دولار.", "ar"),
])
def test_a_time_opening_the_next_clause_is_the_next_figures(text, lang):
    got = sorted(_figures(text, lang, date(2023, 9, 1)), key=lambda f: f.quantity.start)
    assert [f.when.value for f in got] == ["2022", "2023-01/2023-06" if lang == "en" else "2023-H1"]


@pytest.mark.parametrize("compared", ["up 30 per cent over 2019 when it was", "compared to 2019 when the total trade was"])
def test_the_year_a_figure_is_compared_with_dates_the_figure_told_then(compared):
    # 'over 2019', 'compared to 2019': the base of the change, and the period of the figure told after 'when'
    text = f"Kenya-Peru trade reached $2.6 billion in 2020, {compared} $2 billion."
    got = {f.quantity.text: f.when.value for f in _figures(text, published=date(2021, 3, 1)) if f.kind == "trade_volume"}
    assert got == {"$2.6 billion": "2020", "$2 billion": "2019"}


def test_an_amount_a_flow_rose_by_is_a_change_not_its_total():
    facts = _figures("Kenya-Peru trade rose by $600 million last year to $2.6 billion.", published=date(2021, 3, 1))
    assert {(f.kind, f.quantity.text) for f in facts} == {("trade_growth", "$600 million"), ("trade_volume", "$2.6 billion")}


def test_a_figure_told_as_a_past_years_beside_a_goal_is_the_one_reached():
    text = "Kenya and Peru set a trade target of $5 billion by 2026, against last year's figure of $2 billion."
    got = {f.quantity.text: (f.modality, f.when.value) for f in _figures(text, published=date(2022, 3, 1))}
    assert got == {"$5 billion": ("target", "2026"), "$2 billion": ("asserted", "2021")}


@pytest.mark.parametrize("text, lang", [
    ("The two sides agreed to raise Kenya-Peru trade from $3 billion now to $8 billion over the coming five years.", "en"),
    ("واتفق الجانبان على رفع التبادل التجاري بين كينيا والبيرو من 3 مليارات دولار حاليا إلى 8 مليارات دولار خلال السنوات الخمس المقبلة", "ar"),
])
def test_a_level_told_as_now_beside_a_goal_is_of_the_articles_year(text, lang):
    got = {f.modality: f.when.value for f in _figures(text, lang, published=date(2022, 3, 1))}
    assert got == {"asserted": "2022", "target": "2027"}


def test_two_countries_joined_by_a_hyphen_before_the_word_are_its_pair_whatever_pair_came_before():
    got = [(f.subject, f.when.value) for f in _figures(
        "Chile-Peru trade reached $4 billion in 2021.\n\nIn 2022, Kenya-Peru trade fell to $300 million.")
        if f.kind == "trade_volume"]
    assert got == [("Chile–Peru trade", "2021"), ("Kenya–Peru trade", "2022")]


def test_a_sum_told_a_month_is_a_rate_and_one_told_in_a_month_a_level():
    rates = _figures("Kenya-Peru trade was running at KES 3.5 billion (about $27 million) per month in 2023.")
    assert not [f for f in rates if f.kind == "trade_volume"]
    level = [f.measure for f in _figures("Kenya-Peru trade reached $40 million in a month.") if f.kind == "trade_volume"]
    assert level == ["turnover"]
