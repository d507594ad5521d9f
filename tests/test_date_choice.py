"""How a fact chooses among the dates of its sentence and context: the finer of two nested dates,
and the first day of a trip for what the trip begins with."""
from datetime import date

import pytest

from checker.pipeline import analyse
from checker.extract import timex
from checker.read.documents import Document


def facts(text, lang="en", kind=None, published=date(2025, 9, 8)):
    doc = Document(id="x", path="x", source=None, url=None, lang=lang, published=published,
                   published_evidence="", text=text, kept=((0, len(text)),))
    return [f for f in analyse(doc).facts if kind is None or f.kind == kind]


@pytest.mark.parametrize("text, lang, value", [
    # a month, then the days inside it: the days
    ("Kenyan President William Ruto will pay a state visit to Japan in October, on the dates the "
     "palace gave as 14 and 15 October.", "en", "2025-10-14/2025-10-15"),
    # a year told inside a title, then the day: the day
    ("ومن المقرر أن يلتقي رئيس الوزراء الهندي ناريندرا مودي، رئيس مجموعة بريكس لهذا العام، الرئيس "
     "البرازيلي لولا دا سيلفا، غدا الثلاثاء.", "ar", "2025-09-09"),
])
def test_the_finer_of_nested_dates(text, lang, value):
    dated = [f.when.value for f in facts(text, lang) if f.kind in ("visit", "meeting") and f.when]
    assert value in dated and not any(v in ("2025-10", "2025") for v in dated)


def test_days_joined_into_a_range_are_not_narrowed_to_their_first():
    text = "Kenyan President William Ruto arrived in Tokyo on Monday, starting a three-day visit."
    (visit,) = facts(text, kind="visit")
    assert visit.when.value == "2025-09-08/2025-09-10"


@pytest.mark.parametrize("text, lang, value", [
    ("Kenyan President William Ruto arrived in Tokyo on Monday, starting a three-day visit. "
     "Ruto will begin his visit by meeting Prime Minister Shigeru Ishiba.", "en", "2025-09-08"),
    ("Kenyan President William Ruto arrived in Tokyo on Monday, starting a three-day visit. "
     "During the visit, Ruto will meet Prime Minister Shigeru Ishiba.", "en", "2025-09-08/2025-09-10"),
    ("حط رئيس الوزراء الهندي ناريندرا مودي اليوم الاثنين في برازيليا في زيارة تستمر ثلاثة أيام. "
     "وتبدأ الزيارة بمراسم استقبال رسمية، يلتقي بعدها مودي الرئيس البرازيلي لولا دا سيلفا.", "ar", "2025-09-08"),
    ("حط رئيس الوزراء الهندي ناريندرا مودي اليوم الاثنين في برازيليا في زيارة تستمر ثلاثة أيام. "
     "ويلتقي مودي الرئيس البرازيلي لولا دا سيلفا.", "ar", "2025-09-08/2025-09-10"),
])
def test_what_a_trip_begins_with_takes_its_first_day(text, lang, value):
    meetings = [f for f in facts(text, lang, "meeting")
                if {"Shigeru Ishiba", "Luiz Inácio Lula da Silva"} & {f.subject, f.object}]
    assert meetings and {f.when.value for f in meetings} == {value}


def test_an_event_chained_to_the_one_before_it_shares_its_time():
    text = ("On Thursday, Kenyan President William Ruto will be welcomed in New Delhi by President Droupadi "
            "Murmu and will later hold talks with Prime Minister Narendra Modi.")
    (talks,) = [f for f in facts(text, kind="meeting") if f.object == "Narendra Modi"]
    assert talks.subject == "William Ruto" and talks.when.value == "2025-09-11"


@pytest.mark.parametrize("text, lang", [
    ("Kenyan President William Ruto, who took office at the end of 2022, will visit Tokyo.", "en"),
    ("وقال المتحدث إن الرئيس الكيني وليام روتو، الذي تولى منصبه في نهاية 2022، سيزور طوكيو.", "ar"),
])
def test_an_event_at_the_end_of_a_year_is_in_its_last_month(text, lang):
    (taken,) = facts(text, lang, "appointment")
    assert taken.when.value == "2022-12"


def test_an_arabic_relative_clause_telling_a_span_since_a_date_is_the_predecessors():
    # 'succeeding X, who had led the ministry since March 2020' (no comma before the relative pronoun):
    # the appointment is the article's news, not of 2020
    text = ("عين العاهل المغربي الملك محمد السادس وزير الصناعة المغربي سامي بن علي وزيرا للصحة، "
            "خلفا لخالد الطالب الذي قاد الوزارة منذ مارس 2020.")
    found = facts(text, "ar", "appointment", published=date(2024, 10, 23))
    health = [f for f in found if f.object == "Moroccan health minister"]
    assert health and {f.when.value for f in health if f.when} == {"2024-10-23"}


def test_a_date_in_a_clause_of_with_and_a_participle_is_another_events():
    # 'with X being the last in 2009': the year of X's visit, not of the one the main clause tells
    text = "Kenyan President William Ruto visited Tokyo, with Mwai Kibaki being the last to do so in 2009."
    trips = [f for f in facts(text, kind="visit") if f.subject == "William Ruto"]
    assert trips and all(f.when is None or f.when.value != "2009" for f in trips)


@pytest.mark.parametrize("text, lang", [
    ("Kenyan President William Ruto will visit Tokyo by the end of 2026.", "en"),
    ("سيزور الرئيس الكيني وليام روتو طوكيو قبل نهاية 2026.", "ar"),
])
def test_an_event_due_by_the_end_of_a_year_is_not_put_in_its_last_month(text, lang):
    (trip,) = facts(text, lang, "visit")
    assert trip.when.value == "2026"  # a deadline: any month before it


def test_a_figure_by_the_end_of_a_year_covers_the_year():
    (trade,) = facts("Trade between Kenya and Japan reached $1.2 billion by the end of 2022.", kind="trade_volume")
    assert trade.when.value == "2022"


@pytest.mark.parametrize("text, lang", [
    ("ومن المقرر أن يصل الوفد إلى كانبرا يوم الخميس ويبقى فيها حتى 22 تموز", "ar"),
    ("The delegation lands in Lima on Thursday and stays until 22 July", "en"),
])
def test_a_weekday_before_until_a_day_is_the_last_one_before_it(text, lang):
    # only the month of publication is known: the weekday alone is not settled, the range is
    (w,) = timex.tag_text(text, lang, "2025-07")
    assert w.value == "2025-07-17/2025-07-22"


def test_a_weekday_that_cannot_fall_before_the_end_stays_unsettled():
    # published in July: the Sunday before 20 August (the 17th) is no Sunday the article can mean
    sunday, end = timex.tag_text("The delegation lands in Lima on Sunday and stays until 20 August", "en", "2025-07")
    assert sunday.text == "on Sunday" and sunday.value is None and end.value == "2025-08-20"


@pytest.mark.parametrize("text, lang", [
    ("Kenyan President William Ruto held talks with President Droupadi Murmu in New Delhi, and is "
     "expected to address a business forum on Wednesday.", "en"),
    ("Kenyan President William Ruto held talks with President Droupadi Murmu in New Delhi; he will "
     "address a business forum on Wednesday.", "en"),
    ("التقت رئيسة الوزراء البولندية ماريا نوفاك نظيرها النرويجي لارس هولم في وارسو، ومن المرتقب أن "
     "يشارك الاثنان في مؤتمر للطاقة يوم الأربعاء.", "ar"),
    ("عقد الرئيس الكيني وليام روتو مباحثات مع الرئيسة الهندية دروبادي مورمو في نيودلهي، فيما يفتتح "
     "وزير التجارة منتدى للأعمال يوم الأربعاء.", "ar"),
])
def test_a_time_of_another_clause_with_its_own_verb_is_not_the_facts(text, lang):
    talks = facts(text, lang, "meeting")
    assert talks and all(f.when is None or f.when.value != "2025-09-10" for f in talks)


@pytest.mark.parametrize("text, lang", [
    ("Kenyan President William Ruto held talks with President Droupadi Murmu in New Delhi on "
     "Wednesday, and is expected to address a business forum later.", "en"),
    ("On Wednesday, Kenyan President William Ruto held talks with President Droupadi Murmu, while "
     "ministers signed three agreements.", "en"),
    ("عقد الرئيس الكيني وليام روتو يوم الأربعاء مباحثات مع الرئيسة الهندية دروبادي مورمو، كما "
     "وقع الوزراء ثلاث اتفاقيات.", "ar"),
])
def test_a_time_in_the_facts_own_clause_or_opening_the_sentence_stays(text, lang):
    talks = facts(text, lang, "meeting")
    assert talks and {f.when.value for f in talks} == {"2025-09-03"}  # told in the past: the last Wednesday


@pytest.mark.parametrize("text, lang, value", [
    # verb, its day, then the subject and the place (Arabic verb-first order): the length is the trip's
    ("وصل صباح اليوم الاثنين رئيس الوزراء البيروفي خوان ألبا إلى العاصمة التشيلية سانتياغو، في "
     "زيارة رسمية تستمر ثلاثة أيام", "ar", "2025-05-19/2025-05-21"),
    ("Peruvian Prime Minister Juan Alba arrived on Monday morning in the Chilean capital of Santiago "
     "with a large delegation, on a three-day official visit", "en", "2025-05-19/2025-05-21"),
    # a clause of its own between: the day is the saying's, or the verb's it stands before
    ("قال المتحدث يوم الاثنين إن رئيس الوزراء البيروفي خوان ألبا سيقوم بزيارة رسمية إلى تشيلي "
     "تستغرق ثلاثة أيام", "ar", "2025-05-19"),
    ("On Monday the Peruvian foreign ministry announced that Prime Minister Juan Alba will pay "
     "a three-day official visit", "en", "2025-05-19"),
    ("Peruvian Prime Minister Juan Alba on Monday morning landed in the Chilean capital of "
     "Santiago for his three-day official visit", "en", "2025-05-19"),
])
def test_a_trip_length_farther_from_its_day_joins_it_within_one_clause(text, lang, value):
    (w,) = timex.tag_text(text, lang, "2025-05-19")
    assert w.value == value


def test_an_event_told_as_done_takes_no_days_of_the_trip_still_to_come():
    text = ("توجه رئيس الوزراء البيروفي خوان ألبا اليوم الاثنين إلى تشيلي في زيارة عمل تدوم ثلاثة أيام. "
            "واستقبل الرئيس التشيلي ماتياس رويز رئيس الوزراء البيروفي في القصر الرئاسي. "
            "وسيبحث ألبا خلال الزيارة مع وزيرة الخارجية التشيلية كارلا سوتو التعاون في مجال الطاقة.")
    whens = {f.when.value for f in facts(text, "ar", "visit", date(2025, 5, 19)) if f.when}
    meetings = [f.when.value for f in facts(text, "ar", "meeting", date(2025, 5, 19)) if f.when]
    assert whens == {"2025-05-19/2025-05-21"}
    # the reception, told as done, is on the day of publication; the talks to come, during the trip
    assert sorted(meetings) == ["2025-05-19", "2025-05-19/2025-05-21"]


@pytest.mark.parametrize("text, lang", [
    ("Trade between Chile and South Korea reached $4.2 billion in the first five months of this year, "
     "up 9.3% from the same period in 2024.", "en"),
    ("وبلغ حجم التبادل التجاري بين تشيلي وكوريا الجنوبية 4.2 مليار دولار في الأشهر الخمسة الأولى من هذا العام، "
     "بزيادة 9.3% مقارنة بالفترة نفسها من عام 2024.", "ar"),
])
def test_a_rate_against_the_same_period_of_a_named_year_is_of_the_figures_period(text, lang):
    # the year named is the base's: the rate covers the months the level does, this year
    (rate,) = facts(text, lang, "trade_growth")
    assert rate.quantity.value == 9.3 and rate.when.value == "2025-01/2025-05"


@pytest.mark.parametrize("text, lang", [
    ("Kenyan President Amani Otieno visited Paris on 14 August, three months after he met Brazilian "
     "President Rafael Costa.", "en"),
    ("زار الرئيس الكيني أماني أوتينو باريس يوم 14 أغسطس، بعد ثلاثة أشهر من لقائه الرئيس البرازيلي "
     "رافائيل كوستا.", "ar"),
])
def test_an_event_so_many_months_after_another_is_counted_from_that_one(text, lang):
    # 'three months after' counts back from the visit's day, not from publication (2025-09-08)
    (visit,) = facts(text, lang, "visit")
    (meeting,) = facts(text, lang, "meeting")
    assert visit.when.value == "2025-08-14" and meeting.when.value == "2025-05"


def test_a_time_counted_back_dates_the_event_after_it_not_the_one_before():
    text = ("On 2 September Kenyan President Amani Otieno met Brazilian President Rafael Costa in Nairobi. "
            "Otieno visited Paris two weeks after the talks ended.")
    (visit,) = facts(text, kind="visit")
    assert visit.when is None or visit.when.value != "2025-W34"


@pytest.mark.parametrize("text, lang", [
    ("Kenyan President Amani Otieno has met Chilean President Lucia Ferreyra twice since 2020:\n\n"
     "- May 2021 (at a climate forum in Lima)\n\n- March 2023 (a state visit to Nairobi)\n\n"
     "Otieno will travel to Santiago on Monday.", "en"),
    ("والتقى الرئيس الكيني وليام روتو الرئيس التشيلي غابرييل بوريك مرتين منذ 2020:\n\n"
     "- مايو 2021 (على هامش منتدى للمناخ في ليما)\n\n- مارس 2023 (خلال زيارة دولة إلى نيروبي)\n\n"
     "ويتوجه روتو إلى سانتياغو الاثنين.", "ar"),
])
def test_dated_items_after_a_colon_each_date_the_event_once(text, lang):
    meetings = facts(text, lang, "meeting")
    assert sorted(f.when.value for f in meetings) == ["2021-05", "2023-03"]
    assert {f.place for f in meetings if f.when.value == "2021-05"} == {"Lima"}


def test_arrived_since_a_day_is_the_day_of_arrival():
    # 'has been there since Saturday' after an arrival verb: the arrival is Saturday, not a span to publication
    text = "وكان الرئيس الكيني وليام روتو قد وصل إلى طوكيو منذ يوم السبت 6 سبتمبر في زيارة رسمية."
    (visit,) = facts(text, "ar", "visit")
    assert visit.place == "Tokyo" and visit.when.value == "2025-09-06"


@pytest.mark.parametrize("text, lang", [
    ("Kenyan President Amani Otieno met Chilean President Lucia Ferreyra in Santiago on these dates:\n\n"
     "- June 2022\n\n"
     "On Friday, the Kenyan foreign ministry said the two leaders would sign a port deal in Valparaiso.", "en"),
    ("Kenyan President Amani Otieno met Chilean President Lucia Ferreyra in Santiago on these dates:\n\n"
     "- June 2022\n\n- April 2024\n\n"
     "On Friday, the Kenyan foreign ministry said the two leaders would sign a port deal in Valparaiso.", "en"),
])
def test_dated_items_end_at_the_first_line_that_is_not_one(text, lang):
    # prose opening with a time after the list is no item of it: no meeting on the day of publication
    meetings = facts(text, lang, "meeting")
    assert all(f.when.value in ("2022-06", "2024-04") for f in meetings)
    assert not any(f.place == "Valparaiso" for f in meetings)


def test_dated_lines_without_a_list_mark_are_items_until_a_sentence_of_prose():
    text = ("Kenyan President Amani Otieno has met Chilean President Lucia Ferreyra twice since 2020:\n\n"
            "May 2021 (at a climate forum in Lima)\n\nMarch 2023 (a state visit to Nairobi)\n\n"
            "On Monday, the Kenyan foreign ministry said Otieno would travel to Santiago.")
    assert sorted((f.when.value, f.place) for f in facts(text, kind="meeting")) == [
        ("2021-05", "Lima"), ("2023-03", "Nairobi")]


@pytest.mark.parametrize("text, lang, value", [
    # two legs told with their days; the meeting's sentence names the country of the first
    ("Chilean President Gabriel Boric will visit Hanoi on 10 March. Boric will then travel to Manila on "
     "12 March. In Vietnam, Boric will meet Prime Minister Pham Minh Chinh.", "en", "2025-03-10"),
    # ... of the second, which is also the nearest before it
    ("Chilean President Gabriel Boric will visit Hanoi on 10 March. Boric will then travel to Manila on "
     "12 March. In the Philippines, Boric will meet President Ferdinand Marcos.", "en", "2025-03-12"),
    ("سيزور الرئيس التشيلي غابرييل بوريتش هانوي في 10 مارس، ثم يتوجه إلى مانيلا في 12 مارس. وفي فيتنام، "
     "سيلتقي بوريتش رئيس الوزراء فام مينه تشينه.", "ar", "2025-03-10"),
    # told in the present, the meeting would take the article's main date (the first leg's): the leg
    # to the country its sentence names wins over it
    ("يزور الرئيس التشيلي غابرييل بوريتش هانوي في 10 مارس ثم مانيلا في 12 مارس وجاكرتا في 14 مارس. "
     "وفي الفلبين، يلتقي بوريتش الرئيس فرديناند ماركوس.", "ar", "2025-03-12"),
])
def test_a_meeting_on_a_tour_takes_the_leg_its_sentence_names(text, lang, value):
    (meeting,) = facts(text, lang, kind="meeting", published=date(2025, 3, 5))
    assert meeting.when is not None and meeting.when.value == value


@pytest.mark.parametrize("text, lang, kind, value", [
    # 'arriving from' a city: a past arrival, not a visit still to come
    ("وصلت رئيسة وزراء الدنمارك ميته فريدريكسن إلى أكرا قادمة من أبوجا يوم 4 سبتمبر", "ar", "visit", "2025-09-04"),
    # a delay counted in days is no new date: the opening told in the past stays this year's
    ("The Ghana-Norway fair was delayed for two days and opened in Accra on 2 September with Ghanaian "
     "President John Mahama and Norwegian Prime Minister Jonas Gahr Store meeting there.", "en", "meeting", "2025-09-02"),
])
def test_a_past_event_beside_a_word_of_coming_or_delay_stays_past(text, lang, kind, value):
    found = [(f.modality, f.when.value) for f in facts(text, lang, kind) if f.when]
    assert found and all(m == "asserted" for m, _ in found) and value in [v for _, v in found]


def test_a_time_inside_a_clause_set_off_by_commas_is_not_the_time_of_an_event_outside_it():
    # 'appointed two years ago' dates the earlier appointment, told aside; the new post is held now
    text = ("The President of Peru on Sunday dismissed Interior Minister Ana Rojas, appointed two years ago, "
            "and named Health Minister Luis Paredes as interior minister.")
    dated = {(f.kind, f.subject): f.when.value if f.when else None for f in facts(text)}
    assert dated.get(("role", "Luis Paredes")) == "2025-09-08"
    assert dated.get(("appointment", "Luis Paredes")) != "2023"
    # inside the clause, the time is its own event's
    assert dated.get(("appointment", "Ana Rojas")) == "2023"


@pytest.mark.parametrize("text", [
    "During the trip, Ghanaian President John Mahama will meet Norwegian Prime Minister Jonas Gahr Store "
    "in Oslo, the presidency said last week in a written note.",
    "Ghanaian President John Mahama will meet Norwegian Prime Minister Jonas Gahr Store in Oslo next month, "
    "his office said on Monday.",
])
def test_the_time_of_an_attribution_after_a_comma_dates_the_statement_not_the_fact(text):
    meetings = [f for f in facts(text) if f.kind == "meeting"]
    assert meetings
    # published 2025-09-08 (a Monday): 'last week' and 'on Monday' date the telling
    assert all(f.when is None or not f.when.value.startswith(("2025-W36", "2025-09-08")) for f in meetings)


@pytest.mark.parametrize("text, lang", [
    ("ووقعت كينيا والبرازيل يوم الأربعاء عدة اتفاقيات تقدر قيمتها بنحو 4 مليارات دولار خلال زيارة الرئيس "
     "الكيني وليام روتو لبرازيليا.", "ar"),
    ("Kenya and Brazil on Wednesday signed trade deals worth $4 billion during Kenyan President William Ruto's "
     "visit to Brasilia.", "en"),
])
def test_a_figure_word_between_a_day_and_a_trip_does_not_cut_the_trip_off_from_it(text, lang):
    # the deals were signed that day during the visit: the day is the visit's too
    visits = facts(text, lang, "visit", date(2025, 9, 12))
    assert [f.when.value for f in visits] == ["2025-09-10"]


@pytest.mark.parametrize("text, value", [
    ("The agreement will lift trade to $25 billion in five years.", "2028"),
    # told of the past, the same words count back over an unknown span: no date
    ("Trade grew to $25 billion in five years.", None),
])
def test_in_years_after_a_figure_dates_a_plan_only(text, value):
    found = [w.value for w in timex.tag(text, "en", date(2023, 3, 3)) if w.rule.endswith("in-years")]
    assert found == ([value] if value else [])


def test_an_event_dated_by_a_list_of_years_happened_in_each():
    got = sorted(f.when.value for f in facts("Chilean President Gabriel Boric visited Peru in 2019, 2021 and 2023.",
                                             kind="visit"))
    assert got == ["2019", "2021", "2023"]
    # days so listed are one event's days, not one event each
    assert len(facts("Chilean President Gabriel Boric visited Peru on Monday and Tuesday.", kind="visit")) == 1


@pytest.mark.parametrize("text, lang", [
    ("أجرى الرئيس الكيني وليام روتو تعديلا على حكومته هو الثاني خلال شهرين، عين بموجبه جون مبادي وزيرا للمالية.", "ar"),
    ("In his second reshuffle in the past two months, Kenyan President William Ruto appointed John Mbadi as finance minister.", "en"),
])
def test_the_span_an_ordinal_counts_over_does_not_date_the_event(text, lang):
    # 'the second in two months' counts reshuffles over two months: the appointment is the day's news
    # one appointment, of the one appointed (the name not read on into the noun after the president's)
    appointed = [(f.subject, f.when.value if f.when else None) for f in facts(text, lang, "appointment")]
    assert [d for _, d in appointed] == ["2025-09-08"]
    # (the one appointed, John, not the president: the Arabic family name is spelt by its letters)
    assert appointed[0][0] == "John Mbadi" if lang == "en" else appointed[0][0].split()[0] == "John"


@pytest.mark.parametrize("text", [
    "Ruritania's leader Tomas Kvell yesterday dismissed Prime Minister Ana Lee and appointed Oren Bakari, until then "
    "health minister, as prime minister.",
    # a time set off by commas inside the first clause is that clause's own
    "Ruritania's leader Tomas Kvell yesterday dismissed Prime Minister Ana Lee, named only last March, "
    "and appointed Oren Bakari, until then health minister, as prime minister.",
])
def test_a_post_given_by_a_verb_joined_to_a_dated_clause_is_given_at_its_time(text):
    dated = {(f.kind, f.subject): f.when.value for f in facts(text, published=date(2024, 8, 8))
             if f.kind in ("dismissal", "appointment") and f.when}
    assert dated[("dismissal", "Ana Lee")] == dated[("appointment", "Oren Bakari")] == "2024-08-07"


@pytest.mark.parametrize("text, lang, kind, value", [
    # (published Monday 8 September 2025) a trip to come: the day of the statement that tells of it is none of its days
    ("Ghana's finance minister Kofi Asante will begin a visit to Peru, according to a statement issued by his office "
     "on Tuesday.", "en", "visit", None),
    ("تبدأ وزيرة الخارجية الكينية ليلى منصور، بعد غد الأربعاء، جولة في البيرو تستغرق يومين، حسبما أفادت يوم الأحد "
     "وزارتها.", "ar", "visit", "2025-09-10/2025-09-11"),
    # an event told as done and dated by nothing else took place by the statement's day
    ("Ghana's finance minister Kofi Asante met Peru's trade minister Luis Mendoza in Lima, according to a note his "
     "ministry sent out on Friday.", "en", "meeting", "2025-09-05"),
    # a relative clause's day is the first of the trip's length still ('who arrived on Saturday, is on a three-day visit')
    ("Ghana's finance minister Kofi Asante, who arrived in Lima on Saturday, is on a three-day visit to Peru.",
     "en", "visit", "2025-09-06/2025-09-08"),
])
def test_a_day_in_the_words_that_attribute_the_report_dates_the_report(text, lang, kind, value):
    (fact,) = facts(text, lang, kind)
    assert (fact.when.value if fact.when else None) == value


@pytest.mark.parametrize("lang, text", [
    ("en", "Kenya names a new oil minister\n\n3 days ago\nNAIROBI, June 13 (Agency) - The president reshuffled the "
           "cabinet on Monday.\n\nSamer Daoud was named minister of oil and energy, replacing Hani Rizk."),
    ("ar", "الرئيس الكيني يعين وزيرا جديدا للنفط\n\nقبل 3 أيام\nنيروبي 13 يونيو (وكالة) - أجرى الرئيس الكيني تعديلا "
           "وزاريا يوم الاثنين.\n\nوعين الرئيس سامر داود وزيرا للنفط والطاقة خلفا لهاني رزق."),
])
def test_a_line_that_holds_only_a_relative_time_is_the_pages_stamp_not_the_main_date(lang, text):
    # 'N days ago' alone on its line is counted from the day the page was read, not from publication:
    # the undated appointment takes the day of the report, not three days before it
    dated = {f.subject: f.when.value for f in facts(text, lang, "appointment", date(2022, 6, 13)) if f.when}
    assert dated.get("Samer Daoud") == "2022-06-13", dated
