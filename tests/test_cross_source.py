"""Cross-source findings on short texts of our own, in both languages: what two sources that
disagree give (a conflict), and what two that agree give (a corroboration, never a clash)."""
from datetime import date

from checker.compare.engine import compare
from checker.pipeline import analyse
from checker.read import documents

FIGURES = ("trade_volume", "trade_growth")


def _facts(texts: list[tuple[str, str]], kinds=FIGURES):
    out = []
    for i, (lang, text) in enumerate(texts):
        doc = documents.build(documents.Raw(f"{i}.txt", text, lang=lang, published=date(2024, 3, 1)))
        out += [f for f in analyse(doc).facts if f.kind in kinds]
    return out


def _findings(*texts: tuple[str, str]):
    return [(f.rule, f.severity) for f in compare(_facts(list(texts)))]


# ---- round figures: "about 20 billion" is no rounding of 15.8 billion

def test_nearly_a_round_figure_is_no_confirmation_of_a_fifth_below_it():
    # 'nearly 10 billion' is 8.5-11.5 at most (0.15 of its last digit, 10 billion, either way): 8.077 is outside
    assert _findings(("en", "Trade between Chile and Peru was $8.077 billion in 2017."),
                     ("ar", "وصل حجم التبادل التجاري بين تشيلي وبيرو قرابة 10 مليارات دولار في 2017.")) \
        == [("figure-conflict", "error")]


def test_about_a_round_figure_does_not_stretch_to_a_quarter_below_it():
    # 20 read as 18.5-21.5 (0.15 of its last digit, 10 billion, either way; "about" ±10 %: 18-22): 15.8 is outside
    assert _findings(("ar", "بلغ حجم التبادل التجاري بين تشيلي وبيرو نحو 20 مليار دولار خلال عام 2023."),
                     ("en", "Trade between Chile and Peru reached $15.8 billion in 2023.")) \
        == [("figure-conflict", "error")]
    assert _findings(("en", "Trade between Chile and Peru reached about $20 billion in 2023."),
                     ("ar", "بلغ حجم التبادل التجاري بين تشيلي وبيرو 15.8 مليار دولار في عام 2023.")) \
        == [("figure-conflict", "error")]


def test_a_round_hundred_billion_is_no_corroboration_of_seventy():
    # 100 billion read as 75-125 billion: 70 billion is another figure, not the same one rounded
    assert _findings(("en", "Trade between Chile and Peru reached $100 billion in 2023."),
                     ("ar", "بلغ حجم التبادل التجاري بين تشيلي وبيرو 70 مليار دولار في عام 2023.")) \
        == [("figure-conflict", "error")]


def test_a_round_figure_still_agrees_with_what_it_rounds():
    assert _findings(("en", "Trade between Chile and Peru reached nearly $60 billion in 2023."),
                     ("ar", "بلغ حجم التبادل التجاري بين تشيلي وبيرو 59 مليار دولار في عام 2023.")) \
        == [("corroboration", "info")]
    assert _findings(("ar", "بلغ حجم التبادل التجاري بين تشيلي وبيرو 200 مليار دولار في عام 2023."),
                     ("en", "Trade between Chile and Peru reached $212 billion in 2023.")) \
        == [("corroboration", "info")]


# ---- a growth rate over one whole year is year-on-year unless its words say otherwise

def test_a_years_growth_of_unstated_basis_clashes_with_a_year_on_year_one():
    # 8% year on year against 38% for the same year: the 38% can only be measured against 2022
    assert _findings(("en", "Trade between Chile and Peru grew 8% year on year in 2023."),
                     ("en", "Trade between Chile and Peru grew 38% in 2023.")) == [("figure-conflict", "error")]
    assert _findings(("ar", "نمت التجارة بين تشيلي وبيرو بنسبة 38% في عام 2023."),
                     ("en", "Trade between Chile and Peru grew 8% year on year in 2023.")) \
        == [("figure-conflict", "error")]
    assert _findings(("ar", "نمت التجارة بين تشيلي وبيرو بنسبة 8% على أساس سنوي في عام 2023."),
                     ("en", "Trade between Chile and Peru grew 38% in 2023.")) == [("figure-conflict", "error")]


def test_a_years_growth_of_unstated_basis_still_agrees_with_the_same_rate():
    assert _findings(("en", "Trade between Chile and Peru grew 8% year on year in 2023."),
                     ("ar", "نمت التجارة بين تشيلي وبيرو بنسبة 8% في عام 2023.")) == [("corroboration", "info")]


def test_a_stated_other_basis_or_a_shorter_period_implies_nothing():
    # 'in value terms' is stated, so not year-on-year; a quarter's growth may be against the quarter before
    assert _findings(("en", "Trade between Chile and Peru grew 8% year on year in 2023."),
                     ("en", "Trade between Chile and Peru grew 38% in value terms in 2023.")) == []
    assert _findings(("en", "Trade between Chile and Peru grew 8% year on year in the first quarter of 2023."),
                     ("en", "Trade between Chile and Peru grew 38% in the first quarter of 2023.")) == []


def test_a_years_rate_in_value_terms_may_be_the_same_figure_as_one_of_unstated_basis():
    # over a whole year a rate in value terms is year-on-year too: the same rate confirms it, another
    # may measure volume or another basis, so it is no clash
    assert _findings(("en", "Trade between Chile and Peru grew 12% in value terms in 2023."),
                     ("ar", "نمت التجارة بين تشيلي وبيرو بنسبة 12% في عام 2023.")) == [("corroboration", "info")]
    assert _findings(("en", "Trade between Chile and Peru grew 12% in value terms in 2023."),
                     ("en", "Trade between Chile and Peru grew 30% in 2023.")) == []


# ---- 'imports of Algerian gas': the adjective names where the goods come from

def test_imports_of_a_countrys_goods_flow_from_that_country():
    # the English names Italy's gas imports by their origin, the Arabic the supplies to Italy: one flow
    supplies = ("ar", "وبلغت إمدادات الغاز الجزائري إلى إيطاليا 19 مليار متر مكعب خلال 2020.")
    assert [f.direction for f in _facts([supplies])] == ["Algeria→Italy"]
    assert _findings(("en", "Italy's imports of Algerian gas rose to 12 billion cubic meters in 2020."), supplies) \
        == [("figure-conflict", "error")]
    assert _findings(("en", "Italy's imports of Algerian gas rose to 19 billion cubic meters in 2020."), supplies) \
        == [("corroboration", "info")]


# ---- an event put off or called off (postponed, cancelled): no clash with the event held

def _visit_findings(*texts: tuple[str, str]):
    return [(f.rule, f.severity) for f in compare(_facts(list(texts), kinds=("visit",)))]


_HELD = ("en", "Vladimir Putin visited Beijing on 20 October 2023 for the Belt and Road Forum.")


def test_a_visit_put_off_from_one_date_does_not_contradict_the_visit_held_on_another():
    put_off = [("en", "Vladimir Putin postponed his visit to Beijing for the Belt and Road Forum on 17 October 2023."),
               ("ar", "أرجئت زيارة الرئيس الروسي فلاديمير بوتين إلى بكين لحضور منتدى الحزام والطريق "
                      "التي كانت مقررة في 17 أكتوبر 2023.")]
    found = _facts(put_off, kinds=("visit",))
    assert [(f.modality, f.when.value) for f in found] == [("postponed", "2023-10-17")] * 2
    # the same visit, said to be held on 17 October, would clash with the 20th
    assert ("date-conflict", "error") in _visit_findings(
        ("en", "Vladimir Putin visited Beijing on 17 October 2023 for the Belt and Road Forum."), _HELD)
    for text in put_off:
        assert _visit_findings(text, _HELD) == []
    # two reports of the postponement agree with each other, and say what they agree on
    (agreed,) = compare(found)
    assert agreed.rule == "corroboration" and "(put off)" in agreed.message


def test_a_visit_called_off_is_neither_a_conflict_nor_a_report_of_the_visit():
    called_off = [("en", "The visit of Vladimir Putin to Beijing for the Belt and Road Forum on 17 October 2023 "
                         "was called off."),
                  ("ar", "ألغى الرئيس الروسي فلاديمير بوتين زيارته إلى بكين لحضور منتدى الحزام والطريق "
                         "في 17 أكتوبر 2023.")]
    assert [f.modality for f in _facts(called_off, kinds=("visit",))] == ["cancelled"] * 2
    held_that_day = ("en", "Vladimir Putin visited Beijing on 17 October 2023 for the Belt and Road Forum.")
    for text in called_off:
        assert _visit_findings(text, _HELD) == []
        assert _visit_findings(text, held_that_day) == []  # nor a corroboration of the visit held
