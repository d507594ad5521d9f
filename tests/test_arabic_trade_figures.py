"""Arabic trade figures: the currency a riyal, dirham or dinar of unstated country stands for, and
periods told as 'the same year' or with the era mark of a year (sentences of our own)."""
from datetime import date

from checker.extract import quantities as Q
from checker.pipeline import analyse
from checker.read import documents

FIGURES = ("trade_volume", "trade_growth")


def _figures(text: str, published: date = date(2024, 3, 1)):
    doc = documents.build(documents.Raw("t.txt", text, lang="ar", published=published))
    return {f.quantity.text: f for f in analyse(doc).facts if f.kind in FIGURES}


def test_riyals_between_a_gulf_state_and_an_asian_country_are_that_states_riyals():
    got = _figures("ارتفع حجم التبادل التجاري بين قطر وتايلاند إلى 7.4 مليار ريال في عام 2021.")
    (f,) = got.values()
    assert f.subject == "Qatar–Thailand trade"
    assert (f.quantity.unit, f.quantity.value) == ("QAR", 7.4e9)


def test_dirhams_between_morocco_and_an_african_country_are_moroccan():
    (f,) = _figures("بلغ حجم المبادلات التجارية بين المغرب والسنغال 3 مليارات درهم خلال سنة 2019.").values()
    assert f.quantity.unit == "MAD"


def test_riyals_between_two_riyal_countries_stay_unstated():
    (f,) = _figures("بلغ التبادل التجاري بين السعودية وقطر 12 مليار ريال في عام 2020.").values()
    assert f.quantity.unit == "riyal"


def test_a_currency_the_text_names_is_kept():
    q = Q.Quantity("5 مليارات دولار", 0, 15, 5e9, 4.5e9, 5.5e9, "USD")
    assert Q.local_currency(q, "ar", ["Saudi Arabia", "Vietnam"]) is q
    riyals = Q.Quantity("5 مليارات ريال", 0, 14, 5e9, 4.5e9, 5.5e9, "riyal")
    assert Q.local_currency(riyals, "ar", ["Oman", "India"]).unit == "OMR"
    assert Q.local_currency(riyals, "ar", ["Oman", "Yemen"]).unit == "riyal"  # both pay in riyals
    assert Q.local_currency(riyals, "ar", []).unit == "riyal"


def test_the_same_year_takes_the_year_told_before_it():
    got = _figures("وبلغت صادرات سلطنة عمان إلى تنزانيا 310 ملايين دولار خلال عام 2018م، "
                   "فيما بلغت وارداتها من تنزانيا في العام ذاته 95 مليون دولار.")
    assert got["310 ملايين دولار"].when.value == "2018"
    assert got["95 مليون دولار"].when.value == "2018"
    assert got["95 مليون دولار"].direction == "Tanzania→Oman"


def test_a_quarter_of_the_same_year():
    got = _figures("ارتفع التبادل التجاري بين الكويت وسريلانكا إلى 410 ملايين دولار في الربع الرابع من 2020، "
                   "بعد أن كان 260 مليون دولار في الربع الثاني من العام نفسه.")
    assert got["410 ملايين دولار"].when.value == "2020-Q4"
    assert got["260 مليون دولار"].when.value == "2020-Q2"


def test_a_level_to_raise_trade_to_is_a_goal_of_no_period_told_for_actual_figures():
    got = _figures("بلغ التبادل التجاري بين الكويت وبنغلاديش 900 مليون دولار في عام 2022. "
                   "ويسعى البلدان لرفع التبادل التجاري إلى ملياري دولار.")
    assert got["900 مليون دولار"].modality == "asserted" and got["900 مليون دولار"].when.value == "2022"
    goal = got["ملياري دولار"]
    assert goal.modality == "target" and goal.when is None


def test_a_rise_told_as_past_stays_asserted():
    got = _figures("ارتفع التبادل التجاري بين البحرين وباكستان بنسبة 12% ليصل إلى 700 مليون دولار في عام 2021.")
    assert {f.modality for f in got.values()} == {"asserted"}


def _read(text):
    return [(q.text, q.value, q.unit, q.qualifier) for q in Q.find(text, "ar")]


def test_a_figure_in_two_parts_is_their_sum():
    assert _read("بلغ 4 مليارات و700 مليون درهم") == [("4 مليارات و700 مليون درهم", 4.7e9, "dirham", "exact")]
    assert _read("نحو مليار و300 مليون يورو") == [("نحو مليار و300 مليون يورو", 1.3e9, "EUR", "about")]
    (q,) = Q.find("أكثر من ملياري و100 مليون دولار", "ar")
    assert (q.value, q.low, q.high) == (2.1e9, 2.1e9, None)


def test_a_list_and_a_year_are_no_parts_of_one_figure():
    assert [v for _, v, _, _ in _read("6 مليارات و8 مليارات يورو")] == [6e9, 8e9]
    assert [v for _, v, _, _ in _read("صادرات بقيمة 2 مليار دولار و400 مليون دولار")] == [2e9, 4e8]
    assert [v for _, v, _, _ in _read("بلغ مليار و2021")] == [1e9, 2021]


def test_a_billion_and_a_half():
    (q,) = Q.find("بلغ التبادل ملياراً ونصف مليار دولار خلال العام", "ar")
    assert (q.value, q.unit) == (1.5e9, "USD")
    (q,) = Q.find("نحو 6 مليارات ونصف دولار", "ar")
    assert (q.value, q.qualifier) == (6.5e9, "about")


def test_tens_and_hundreds_in_words():
    assert _read("بلغت الواردات ثلاثين مليار درهم") == [("ثلاثين مليار درهم", 3e10, "dirham", "exact")]
    assert _read("ثلاثة مليارات وسبعمائة مليون دولار")[0][1:3] == (3.7e9, "USD")
    assert _read("مليار وأربعين مليون ريال")[0][1:3] == (1.04e9, "riyal")


def test_a_goal_in_the_next_clause_leaves_the_actual_figure_asserted():
    got = _figures("بلغت التجارة بين البحرين وفيتنام 400 مليون دينار في 2023، ويعمل البلدان على "
                   "مضاعفتها خلال السنوات الخمس المقبلة.")
    assert got["400 مليون دينار"].modality == "asserted"
    assert got["400 مليون دينار"].quantity.unit == "BHD"


def test_the_year_to_a_month_and_the_figure_of_the_year_before_it():
    got = _figures("بلغت قيمة التبادل التجاري بين كندا ودول مجلس التعاون الخليجي 21 مليار دولار خلال العام حتى نهاية "
                   "يونيو، متجاوزة رقم العام الماضي البالغ 17 مليار دولار.", published=date(2021, 9, 1))
    assert got["21 مليار دولار"].subject == "Canada–Gulf Cooperation Council trade"
    assert got["21 مليار دولار"].when.value == "2020-07/2021-06"
    # 'last year's figure' is the twelve months before the figure's own, not the calendar year before the article
    assert got["17 مليار دولار"].when.value == "2019-07/2020-06"


def test_a_balance_in_a_countrys_favour_by_a_percentage_is_a_level():
    (f,) = [f for f in _figures("وبلغ الميزان التجاري بين الأردن ومصر لصالح مصر بنسبة 20% خلال عام 2020.").values()]
    assert (f.kind, f.measure, f.direction) == ("trade_volume", "balance", "Egypt→Jordan")


def test_a_figure_of_the_clause_before_a_while_is_not_the_trade_figure_after_it():
    # the damage of a disaster, then 'while exports reached ...': only the exports' own figure is trade
    got = _figures("وقدرت الحكومة المغربية خسائر الزلزال بنحو 12 مليار دولار، بينما بلغت الصادرات "
                   "المغربية إلى فرنسا 8 مليارات يورو.")
    assert list(got) == ["8 مليارات يورو"]
    assert got["8 مليارات يورو"].direction == "Morocco→France"


def test_a_partner_told_by_the_flows_own_verb_before_its_word():
    # 'Chile exported to Peru in 2021 goods worth exports of ...': the verb's preposition names the partner
    got = _figures("وصدّرت تشيلي إلى البيرو خلال عام 2021 سلعا بقيمة صادرات بلغت 640 مليون دولار. "
                   "فيما جاءت الأسماك في مقدمة ما استوردته تشيلي من البيرو خلال عام 2021، بقيمة واردات بلغت 95 مليون دولار.")
    assert got["640 مليون دولار"].direction == "Chile→Peru"
    assert (got["95 مليون دولار"].measure, got["95 مليون دولار"].direction) == ("imports", "Peru→Chile")


def test_imports_named_by_the_exporters_adjective_and_the_importer_after_to():
    # 'Peruvian imports into Chile': the goods come from Peru, Chile takes them in
    (f,) = _figures("بلغت قيمة الواردات البيروفية إلى تشيلي 730 مليون دولار في عام 2020.").values()
    assert (f.measure, f.direction) == ("imports", "Peru→Chile")


def test_a_figure_that_did_not_exceed_is_a_bound_asserted():
    got = _figures("وسجلت بوليفيا عجزا مع الأرجنتين خلال عام 2021، إذ بلغت الواردات الأرجنتينية إلى بوليفيا "
                   "1.3 مليار دولار مقابل صادرات بوليفية لم تتجاوز 420 مليون دولار.")
    bound = got["لم تتجاوز 420 مليون دولار"]
    assert bound.modality == "asserted"
    assert (bound.quantity.low, bound.quantity.high) == (None, 420e6)
    assert bound.direction == "Bolivia→Argentina"


def test_a_trade_gap_is_a_balance():
    (f,) = _figures("وبلغت الفجوة التجارية بين الأرجنتين وبوليفيا 880 مليون دولار في 2021.").values()
    assert (f.kind, f.measure) == ("trade_volume", "balance")


def test_a_rate_of_change_from_one_year_to_the_next_is_of_the_later_year():
    got = _figures("أما صادرات الأرجنتين إلى بوليفيا فقد ارتفعت بنسبة 12% تقريبا، إذ زادت من 250 مليون دولار "
                   "في 2019 إلى 280 مليون دولار في 2020.")
    assert got["250 مليون دولار"].when.value == "2019"
    assert got["280 مليون دولار"].when.value == "2020"
    assert got["12% تقريبا"].when.value == "2020"


def test_rates_listed_after_a_fall_fell_too_until_a_rise_is_told():
    got = _figures("وتراجعت صادرات تشيلي إلى البيرو من النحاس بنسبة 18% في 2022، تلتها الفواكه بنسبة 6%، "
                   "ثم الأسماك بنسبة 4%، والخشب بنسبة 3%، فيما ارتفعت صادرات الملح بنسبة 5%.")
    assert [got[k].quantity.value for k in ("18%", "6%", "4%", "3%", "5%")] == [-18, -6, -4, -3, 5]


def test_a_share_of_a_total_is_no_growth_rate():
    got = _figures("وارتفعت صادرات البيرو إلى تشيلي بنسبة 7% في 2021، رغم تراجع نسبة الزنك في إجمالي الصادرات "
                   "البيروفية من 20% إلى 15%.")
    assert list(got) == ["7%"]


def test_the_first_months_told_with_the_ordinal_before_the_count():
    (f,) = _figures("ونمت صادرات بوليفيا إلى الأرجنتين بنسبة 9% في أول سبعة أشهر من العام الحالي.",
                    published=date(2022, 9, 15)).values()
    assert f.when.value == "2022-01/2022-07"


def test_a_rate_keeps_the_year_of_its_figures_when_a_forecast_follows():
    got = _figures("وبلغ حجم التبادل بين تشيلي والبيرو 3.75 مليار دولار بنهاية 2016، مقابل 3.1 مليار دولار عام 2015 "
                   "بنسبة زيادة بلغت نحو 21%، ومن المتوقع أن يصل بنهاية العام الجاري إلى 4 مليارات دولار.",
                   published=date(2017, 5, 1))
    assert got["4 مليارات دولار"].modality == "forecast"
    assert got["نحو 21%"].when.value == "2016"


def test_one_or_two_billion_and_millions_in_words():
    got = _figures("بلغ التبادل التجاري بين تونس وليبيا مليارا و300 مليون دولار في 2019، "
                   "وبلغت الاستثمارات التونسية في ليبيا مليارين و150 مليون دولار.")
    assert got["مليارا و300 مليون دولار"].quantity.value == 1.3e9
    assert got["مليارين و150 مليون دولار"].quantity.value == 2.15e9


def test_from_the_start_of_the_year_to_the_end_of_a_month():
    (f,) = _figures("وبلغت صادرات تونس إلى ليبيا منذ بداية العام الجاري وحتى نهاية أغسطس الماضي 640 مليون دينار.",
                    published=date(2021, 10, 4)).values()
    assert f.when.value == "2021-01/2021-08"


def test_an_amount_a_flow_grew_by_is_a_change_and_the_flow_before_it_its_level():
    got = _figures("بلغت صادرات تونس إلى ليبيا 1.9 مليار دينار خلال 2022 بزيادة قدرها 250 مليون دينار عن العام السابق.")
    assert got["1.9 مليار دينار"].kind == "trade_volume"
    assert got["250 مليون دينار"].kind == "trade_growth"


def test_the_maghreb_spelling_of_the_euro():
    (f,) = _figures("ارتفعت صادرات تونس نحو إيطاليا إلى 4 مليارات أورو خلال سنة 2022.").values()
    assert (f.quantity.unit, f.direction) == ("EUR", "Tunisia→Italy")


def test_what_a_country_imports_told_with_the_verbs_pronoun():
    (f,) = _figures("وبلغت قيمة ما تستورده ليبيا من تونس 700 مليون دينار في 2022.").values()
    assert (f.measure, f.direction) == ("imports", "Tunisia→Libya")


def test_one_deficit_told_in_both_languages_names_the_same_side_in_surplus():
    def direction(text, lang):
        doc = documents.build(documents.Raw("t.txt", text, lang=lang, published=date(2023, 5, 1)))
        (f,) = [f for f in analyse(doc).facts if f.kind in FIGURES]
        return f.measure, f.direction
    arabic = direction("وسجلت غانا عجزا تجاريا بقيمة 3 مليارات دولار مع النرويج في 2022", "ar")
    english = direction("Ghana ran a trade deficit of $3 billion with Norway in 2022.", "en")
    # Ghana buys more from Norway than it sells there: Norway is the side in surplus
    assert arabic == english == ("balance", "Norway→Ghana")


def test_a_deficit_after_a_pair_told_with_between_is_the_first_countrys_in_both_languages():
    def direction(text, lang):
        doc = documents.build(documents.Raw("t.txt", text, lang=lang, published=date(2023, 5, 1)))
        (f,) = [f for f in analyse(doc).facts if f.kind in FIGURES]
        return f.direction
    # the second country stands nearer the deficit's word, but the deficit is the first's
    assert direction("Between Ghana and Norway, the trade deficit widened to $3 billion in 2022.", "en") == "Norway→Ghana"
    assert direction("وفي التجارة بين غانا والنرويج اتسع العجز إلى 3 مليارات دولار في 2022", "ar") == "Norway→Ghana"


def test_a_years_total_a_rate_is_set_against_is_its_base_not_its_period():
    # the rate is of the months told before; 'the whole of 2021' is what it is compared with
    got = _figures("بلغ حجم التبادل التجاري بين تونس واليونان 900 مليون دولار في الفترة من يناير إلى يونيو 2022، "
                   "وهو أكبر بنسبة 12% من حصيلة عام 2021 بأكملها.")
    assert got["900 مليون دولار"].when.value == "2022-01/2022-06"
    # 12% more in the first half of 2022 than in all of 2021: growth of the turnover, over those months
    rate = got["12%"]
    assert (rate.kind, rate.quantity.value, rate.measure, rate.direction, rate.when.value) == (
        "trade_growth", 12, "turnover", None, "2022-01/2022-06")


def test_a_figure_compared_with_a_volume_told_in_a_relative_clause_keeps_its_own_year():
    got = _figures("وقال الوزير إن التبادل التجاري بين تونس واليونان تجاوز 1.8 مليار دولار خلال عام 2023. "
                   "وأضاف أن الرقم (1.8 مليار دولار) جاء مقارنة بقيمة التبادل التجاري التي بلغت نحو 1.5 مليار دولار في عام 2022.")
    assert got["نحو 1.5 مليار دولار"].when.value == "2022"
    # the bare restatement in brackets is the same figure as the dated one, not one of 2022
    assert [f.when.value for f in got.values() if f.quantity.value == 1.8e9] == ["2023"]


def test_a_multiple_in_digits_is_growth_in_percent():
    got = _figures("ازداد حجم التبادل التجاري بين تونس واليونان 4 أضعاف خلال العقد الماضي.")
    assert [(f.kind, f.quantity.value) for f in got.values()] == [("trade_growth", 300)]
    got = _figures("وارتفع العجز التجاري لتونس مع اليونان في 2023 بمقدار 1.5 مرة مقارنة بالعام السابق.")
    assert [(f.kind, f.quantity.value, f.when.value) for f in got.values()] == [("trade_growth", 50, "2023")]
    # times counted are no growth
    assert not _figures("التقى وزيرا التجارة في تونس واليونان 3 مرات هذا العام لبحث التبادل التجاري.")


def test_a_second_verb_joined_by_waw_keeps_the_first_ones_subject_and_partner():
    got = _figures("صدرت البرازيل إلى تشيلي سلعا بقيمة 3.1 مليار دولار واستوردت سلعا بقيمة 1.2 مليار دولار في عام 2023.")
    assert [(f.measure, f.direction) for f in got.values()] == [("exports", "Brazil→Chile"), ("imports", "Chile→Brazil")]
    got = _figures("استوردت البرازيل من تشيلي سلعا بقيمة 3.1 مليار دولار وصدرت سلعا بقيمة 1.2 مليار دولار في عام 2023.")
    assert [(f.measure, f.direction) for f in got.values()] == [("imports", "Chile→Brazil"), ("exports", "Brazil→Chile")]
    # the second flow's own country after its word ('and Chile's exports'): its own reporter
    got = _figures("بلغت صادرات البرازيل إلى تشيلي 3.1 مليار دولار في عام 2023، وصادرات تشيلي إلى البرازيل 1.2 مليار دولار.")
    assert [f.direction for f in got.values()] == ["Brazil→Chile", "Chile→Brazil"]


def test_a_multiple_right_after_a_verb_of_rising_is_growth_only_of_a_quantity():
    # the exports grew threefold since 2015: +200 %, of the flow the clause names
    got = _figures("صادرات تونس إلى اليونان ارتفعت 3 مرات منذ عام 2015.")
    assert [(f.kind, f.quantity.value, f.measure, f.direction) for f in got.values()] == [
        ("trade_growth", 200, "exports", "Tunisia→Greece")]
    # interest rates raised three times are occasions: no growth, only the sentence's volume
    text = "أسعار الفائدة في تونس ارتفعت 3 مرات هذا العام، وبلغ حجم التبادل التجاري مع اليونان 900 مليون دولار."
    assert not [q for q in Q.find(text, "ar") if q.unit == "percent"]
    assert [(f.kind, f.quantity.value) for f in _figures(text).values()] == [("trade_volume", 9e8)]


def test_what_a_free_trade_agreement_may_bring_is_no_trade_figure():
    got = _figures("وترى الحكومة أن اتفاقية التجارة الحرة بين تشيلي والبيرو قد تضيف إلى اقتصاد تشيلي نحو 2 مليار دولار "
                   "سنويا، فيما بلغ التبادل التجاري بين البلدين 5 مليارات دولار في 2023.")
    assert [(f.quantity.value, f.when.value) for f in got.values()] == [(5e9, "2023")]


def test_a_fall_by_a_rate_that_reached_and_the_year_before_when_it_stood_at_a_total():
    got = _figures("شهد عام 2022 انخفاضا في حجم التبادل التجاري بين كينيا وتشيلي بنسبة وصلت إلى 6 بالمئة "
                   "مقارنة بعام 2021، حين بلغ 3.4 مليارات دولار.")
    rate, total = got["6 بالمئة"], got["3.4 مليارات دولار"]
    assert (rate.quantity.value, rate.when.value) == (-6.0, "2022")
    assert (total.quantity.value, total.when.value) == (3.4e9, "2021")


def test_a_figure_told_again_with_a_bound_stands_in_the_words_that_bound_it():
    # the headline rounds what the text bounds: one figure, more than 4 billion
    text = ("كينيا والبرازيل توقعان اتفاقيات استثمارية بقيمة 4 مليارات دولار\n"
            "وقعت كينيا والبرازيل اتفاقيات استثمارية بقيمة تزيد على 4 مليارات دولار خلال المنتدى.")
    (f,) = _figures(text).values()
    assert (f.quantity.qualifier, f.quantity.low, f.quantity.high) == ("more-than", 4e9, None)


def test_the_same_period_last_year_is_a_year_before_the_figures_told_before_it():
    text = ("بلغ التبادل التجاري بين كينيا والبرازيل 2.1 مليار دولار خلال الأشهر الستة الأولى من العام الجاري. "
            "وسجل التبادل التجاري بين البلدين 1.8 مليار دولار في الفترة المقابلة من العام الماضي.")
    got = _figures(text, date(2024, 8, 20))
    assert got["2.1 مليار دولار"].when.value == "2024-01/2024-06"
    assert got["1.8 مليار دولار"].when.value == "2023-01/2023-06"


def test_a_span_counted_back_ends_with_the_period_of_the_figures_told_before_it():
    text = ("بلغ التبادل التجاري بين كينيا والبرازيل 6 مليارات دولار خلال الأشهر السبعة الأولى من العام الجاري. "
            "وارتفع العجز التجاري لكينيا مع البرازيل خلال الأشهر السبعة الماضية بنسبة 40%.")
    got = _figures(text, date(2024, 9, 15))
    assert got["40%"].when.value == "2024-01/2024-07"
    # years: 'doubled in two years' in an article of 2024 about the figures of 2022
    text = ("بلغ التبادل التجاري بين كينيا والبرازيل 6 مليارات دولار في عام 2022. "
            "وارتفع التبادل التجاري بين البلدين خلال العامين الماضيين بنسبة 50%.")
    assert _figures(text, date(2024, 3, 1))["50%"].when.value == "2020/2022"


def test_figures_told_after_their_flow_words_without_a_unit_take_the_currency_told_before():
    text = ("حقق الميزان التجاري الكيني مع البرازيل فائضا العام الماضي بلغ 310 ملايين دولار. "
            "وبلغت الصادرات 720 مليون للبرازيل فيما الواردات 410 ملايين.")
    got = _figures(text)
    assert {k: (f.measure, f.direction, f.quantity.unit) for k, f in got.items()} == {
        "310 ملايين دولار": ("balance", "Kenya→Brazil", "USD"),
        "720 مليون": ("exports", "Kenya→Brazil", "USD"),
        "410 ملايين": ("imports", "Brazil→Kenya", "USD")}


def test_a_place_beginning_with_the_letter_of_a_preposition_is_no_destination():
    # 'لبنان' begins with ل: no 'to Lebanon'; 'للبرازيل' is
    got = _figures("وبلغت صادرات لبنان إلى كينيا 60 مليون دولار في 2023.")
    assert [f.direction for f in got.values()] == ["Lebanon→Kenya"]


def test_a_dinar_two_sides_share_is_the_one_of_the_country_whose_flow_it_is():
    # Tunisia and Algeria both pay in dinars: Tunisia's exports are counted in Tunisia's
    (f,) = _figures("صدرت تونس إلى الجزائر سلعا بقيمة 520 مليون دينار في عام 2023.").values()
    assert (f.measure, f.direction, f.quantity.unit) == ("exports", "Tunisia→Algeria", "TND")
    # the sum of both flows told after it is in the same dinars
    got = _figures("صدرت تونس إلى الجزائر سلعا بقيمة 520 مليون دينار، فيما بلغت المبادلات بين البلدين 900 مليون دينار في عام 2023.")
    assert [(f.measure, f.quantity.unit) for f in got.values()] == [("exports", "TND"), ("turnover", "TND")]


def test_a_partner_ranked_after_a_two_way_total_trades_with_the_country_whose_partners_are_ranked():
    # the total names no side that stays; the words 'Kenya's largest trading partner' do: Kenya
    text = ("وتعد أوغندا أكبر شريك تجاري لكينيا، وبلغ حجم التبادل بينهما 3 مليارات دولار في 2022.\n"
            "وجاءت تنزانيا في المرتبة الثانية بـ 900 مليون دولار.")
    got = {f.quantity.text.strip(): f.subject for f in _figures(text).values()}
    assert got[next(k for k in got if "900" in k)] == "Kenya–Tanzania trade"
    # without the ranking words, which side stays cannot be told: no fact for the second figure
    plain = ("وبلغ حجم التبادل التجاري بين أوغندا وكينيا 3 مليارات دولار في 2022.\n"
             "وجاءت تنزانيا في المرتبة الثانية بـ 900 مليون دولار.")
    assert not [k for k in _figures(plain) if "900" in k]


def test_months_of_the_year_named_current_stay_this_years_though_the_last_month_runs_on():
    # 'from the start of the current year until mid-May', in an article of 20 May: this year's months,
    # not the same months of last year (as a span told without its year and ending after the article is)
    text = "بلغت صادرات كينيا إلى بيرو منذ بداية العام الجاري وحتى منتصف شهر مايو نحو 40 مليون دولار."
    (f,) = _figures(text, date(2024, 5, 20)).values()
    assert f.when.value == "2024-01/2024-05"


def test_a_time_after_a_word_of_contrast_is_the_next_figures():
    # the first figure's year stands before it; the year after 'whereas' opens the next clause, with its own figure
    got = _figures("قال السفير إن التبادل التجاري بين مصر وغانا وصل في 2019 إلى 1.8 مليار دولار بينما وصل في عام 2020 "
                   "إلى 1.5 مليار دولار.")
    assert {k: f.when.value for k, f in got.items()} == {"1.8 مليار دولار": "2019", "1.5 مليار دولار": "2020"}, got
