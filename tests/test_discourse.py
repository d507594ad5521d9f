"""A subject told before: a pronoun, a post without a name, a verb that begins its clause, or a
trigger chained to the one before it in the sentence; the fact records that its subject was carried."""
from datetime import date

import pytest

from checker import evaluate
from checker.extract import names

from checker.pipeline import analyse
from checker.read.documents import Document

PUBLISHED = date(2024, 3, 5)


def facts(text, lang="en", kind=None):
    doc = Document(id="x", path="x", source=None, url=None, lang=lang, published=PUBLISHED,
                   published_evidence="", text=text, kept=((0, len(text)),))
    return [f for f in analyse(doc).facts if kind is None or f.kind == kind]


@pytest.mark.parametrize("text, lang, how", [
    ("Joko Widodo will meet Xi Jinping in Beijing on Tuesday. He will then travel to Moscow on Wednesday.",
     "en", "carried/pronoun"),
    ("Indonesian President Joko Widodo arrived in Beijing on Monday. The president will travel to Moscow on Wednesday.",
     "en", "carried/post"),
    ("زار الرئيس الإندونيسي جوكو ويدودو بكين يوم الاثنين. ووصل إلى موسكو يوم الأربعاء.", "ar", "carried/clause"),
    ("زار الرئيس الإندونيسي جوكو ويدودو بكين يوم الاثنين. وزار الرئيس موسكو يوم الأربعاء.", "ar", "carried/post"),
])
def test_the_subject_of_an_earlier_sentence(text, lang, how):
    (moscow,) = [f for f in facts(text, lang, "visit") if f.place == "Moscow"]
    assert moscow.subject == "Joko Widodo" and moscow.rule.endswith("+subject/" + how)


def test_a_post_told_before_the_verb_after_that_stands_for_its_holder_named_earlier():
    # Arabic tells a clause after 'that' subject first: the post right before the verb is its holder's
    text = ("وصل رئيس الوزراء الكيني سامي الحداد إلى أكرا يوم الاثنين. "
            "وقال مكتبه إن رئيس الوزراء سيجتمع مع الرئيس الغاني جون مبادي يوم الأربعاء.")
    (meeting,) = facts(text, "ar", "meeting")
    assert (meeting.subject, meeting.object) == ("Sami Al-Haddad", "John Mabadi")
    assert meeting.rule.endswith("+subject/carried/post")


@pytest.mark.parametrize("lead", ["The Indonesian leader", "The Indonesian head of state"])
def test_a_countrys_leader_told_alone_is_the_one_named_with_its_head_of_states_post(lead):
    text = f"Indonesian President Joko Widodo arrived in Beijing on Monday. {lead} will travel to Moscow on Wednesday."
    (moscow,) = [f for f in facts(text, kind="visit") if f.place == "Moscow"]
    assert moscow.subject == "Joko Widodo"
    # a leader of a country whose head of state or government the text has not named: nobody
    text = f"Indonesian Finance Minister Sri Mulyani arrived in Beijing on Monday. {lead} will travel to Moscow on Wednesday."
    assert not [f for f in facts(text, kind="visit") if f.place == "Moscow"]


def test_a_post_told_before_its_holder_is_named_is_the_catalogues_holder_named_later():
    text = "The Chinese president will arrive in Riyadh on Thursday. Xi Jinping will then travel to Abu Dhabi."
    (riyadh,) = [f for f in facts(text, kind="visit") if f.place == "Riyadh"]
    assert riyadh.subject == "Xi Jinping"


def test_a_countrys_leader_is_its_head_of_government_where_no_head_of_state_is_named():
    text = "Indian Prime Minister Narendra Modi arrived in Beijing on Monday. The Indian leader will travel to Moscow on Wednesday."
    (moscow,) = [f for f in facts(text, kind="visit") if f.place == "Moscow"]
    assert moscow.subject == "Narendra Modi"


def test_a_post_that_nobody_named_earlier_holds_is_not_guessed():
    text = "Indonesian President Joko Widodo arrived in Beijing on Monday. The prime minister will travel to Moscow."
    assert not [f for f in facts(text, kind="visit") if f.place == "Moscow"]


def test_a_subject_named_in_the_clause_is_not_replaced():
    text = "Joko Widodo met Xi Jinping in Beijing. Japanese Prime Minister Fumio Kishida will travel to Riyadh on Friday."
    (riyadh,) = [f for f in facts(text, kind="visit") if f.place == "Riyadh"]
    assert riyadh.subject == "Fumio Kishida" and "carried" not in riyadh.rule


def test_a_pronoun_far_from_the_trigger_carries_nothing():
    text = ("Joko Widodo met Xi Jinping in Beijing. Spokesperson Mao Ning said at her regular briefing on "
            "Monday that officials from both sides would visit Moscow.")
    assert not [f for f in facts(text, kind="visit") if f.place == "Moscow"]


def test_a_trigger_chained_to_the_one_before_it_takes_its_subject():
    text = "Raisi is expected to visit Karachi to meet Governor Kamran Tessori and Chief Minister Murad Ali Shah."
    (meeting,) = facts(text, kind="meeting")
    assert (meeting.subject, meeting.object) == ("Ebrahim Raisi", "Kamran Tessori")
    assert meeting.rule.endswith("+subject/carried/clause")


def test_met_a_and_b_keeps_the_subject():
    (meeting,) = facts("Vladimir Putin met Xi Jinping and Narendra Modi in Kazan.", kind="meeting")
    assert (meeting.subject, meeting.object) == ("Vladimir Putin", "Xi Jinping")


def test_a_quotation_carries_no_subject():
    text = 'Joko Widodo arrived in Beijing on Monday. He said: "we will travel to Moscow next week".'
    assert not [f for f in facts(text, kind="visit") if f.place == "Moscow"]


def test_the_same_event_told_again_in_the_sentence_is_one_fact():
    text = "Narendra Modi arrived in Moscow on Monday on his first trip to Russia since 2019."
    told = facts(text, kind="visit")
    assert [(f.subject, f.place) for f in told if not f.rule.endswith("+last-before")] == [("Narendra Modi", "Moscow")]
    # the claim tells of another visit, the last one before: in 2019
    assert [(f.place, f.when.value) for f in told if f.rule.endswith("+last-before")] == [("Russia", "2019")]


@pytest.mark.parametrize("text, lang", [
    ("This will be the first trip of Narendra Modi to Russia since 2019.", "en"),
    ("Narendra Modi will visit Russia, his fifth trip there since 2014.", "en"),
    ("ويزور رئيس الوزراء الهندي ناريندرا مودي روسيا للمرة الأولى منذ عام 2019.", "ar"),
])
def test_a_date_after_since_counts_from_an_earlier_event_and_does_not_date_this_one(text, lang):
    (visit,) = facts(text, lang, "visit")
    assert visit.place == "Russia" and visit.when is None


def test_a_date_after_since_still_dates_a_post_taken_up():
    (taken,) = facts("وتولى الرئيس الفرنسي إيمانويل ماكرون منصبه منذ مايو 2017.", "ar", "appointment")
    # held from May 2017 up to publication: taken up when that span begins
    assert taken.when.value == "2017-05"


def test_a_pronoun_after_a_sentence_naming_several_people_and_no_fact_is_not_resolved():
    text = ("Joko Widodo, Fumio Kishida and Xi Jinping spoke of trade. He will travel to Moscow on Friday.")
    assert not [f for f in facts(text, kind="visit") if f.place == "Moscow"]


@pytest.mark.parametrize("text, lang", [
    ("Prime Minister Narendra Modi arrived in Abu Dhabi, where UAE President Mohamed bin Zayed Al Nahyan received "
     "him. The two leaders held talks on Tuesday.", "en"),
    ("التقى رئيس الوزراء الهندي ناريندرا مودي رئيس الإمارات محمد بن زايد آل نهيان في أبوظبي يوم الجمعة. "
     "والتقى الزعيمان مرة أخرى يوم السبت.", "ar"),
])
def test_the_two_leaders_are_the_two_people_just_named(text, lang):
    carried = [f for f in facts(text, lang, "meeting") if "carried/pair" in f.rule]
    assert len(carried) == 1
    # (the Arabic name spelled as the UAE's press spells it: Mohammed Bin Zayed)
    pair = {carried[0].subject, carried[0].object}
    assert "Narendra Modi" in pair and any(evaluate.same_person(p, "Mohamed bin Zayed Al Nahyan") for p in pair - {"Narendra Modi"})


@pytest.mark.parametrize("text", [
    # one person named before: who the other leader is, is not guessed
    "Narendra Modi visited Moscow on Monday. The two leaders held talks on Tuesday.",
    # three people named before and no fact with two parties: no guess either
    "Narendra Modi, Xi Jinping and Vladimir Putin were in Kazan on Monday. The two leaders held talks on Tuesday.",
    # a quotation speaks for its speaker
    'Narendra Modi visited Abu Dhabi, where Mohamed bin Zayed Al Nahyan received him. '
    'Officials said: "The two leaders held talks."',
])
def test_the_two_leaders_without_a_pair_just_named_are_not_guessed(text):
    assert not [f for f in facts(text, "en", "meeting") if "carried/pair" in f.rule]


# Published Tuesday 5 March 2024: a visit of Thursday 7 to Saturday 9 March is still to come.
@pytest.mark.parametrize("text, lang", [
    ("Indian Prime Minister Narendra Modi will pay a state visit to China from 7 to 9 March. "
     "During the trip, Modi will meet Xi Jinping in Beijing. He will also travel to Shanghai.", "en"),
    ("يقوم رئيس الوزراء الهندي ناريندرا مودي بزيارة دولة إلى الصين من 7 إلى 9 مارس. "
     "وخلال الزيارة سيلتقي مودي الرئيس الصيني شي جين بينغ في بكين.", "ar"),
])
def test_an_undated_meeting_or_leg_during_a_visit_takes_its_days(text, lang):
    found = facts(text, lang)
    (visit,) = [f for f in found if f.kind == "visit" and f.place == "China"]
    assert visit.when.value == "2024-03-07/2024-03-09"
    (meeting,) = [f for f in found if f.kind == "meeting"]
    assert {meeting.subject, meeting.object} == {"Narendra Modi", "Xi Jinping"}
    assert meeting.when.value == "2024-03-07/2024-03-09" and "during the visit" in meeting.when.explanation
    for leg in (f for f in found if f.kind == "visit" and f.place == "Shanghai"):
        assert leg.when.value == "2024-03-07/2024-03-09"


def test_a_visit_lends_its_days_only_to_its_own_party_and_to_what_can_hold_then():
    # another person's undated meeting takes nothing; a plan takes no days already past
    text = ("Indian Prime Minister Narendra Modi visited China from 1 to 3 March. "
            "Vladimir Putin will meet Xi Jinping in Moscow. Modi will meet Xi Jinping again in Delhi.")
    found = facts(text)
    assert [f.when.value for f in found if f.kind == "visit" and f.place == "China"] == ["2024-03-01/2024-03-03"]
    meetings = {f.subject: f for f in found if f.kind == "meeting"}
    assert {"Vladimir Putin", "Narendra Modi"} <= set(meetings)
    assert all(f.when is None for f in meetings.values())


def test_a_headline_in_the_present_takes_the_days_of_the_trip_to_come_and_a_past_one_does_not():
    # published Tuesday 5 March: the body tells a trip of 7-9 March still to come
    body = "Indian Prime Minister Narendra Modi will pay a state visit to China from 7 to 9 March."
    headline = [f for f in facts("Modi makes a state visit to China, ministry says.\n" + body, "en", "visit")]
    assert [f.when.value for f in headline] == ["2024-03-07/2024-03-09"]  # one visit: the headline's
    past = [f for f in facts("Modi paid a state visit to China, ministry said.\n" + body, "en", "visit")]
    assert [f.when.value if f.when else None for f in past] == [None, "2024-03-07/2024-03-09"]


def test_a_fact_told_in_the_past_does_not_take_a_main_date_still_to_come():
    # published Tuesday 5 March; the article's main date is the visit of Thursday 7 March
    text = ("Indian Prime Minister Narendra Modi will pay a state visit to China on Thursday 7 March. "
            "Modi has met Xi Jinping twice since taking office.")
    found = facts(text)
    assert [f.when.value for f in found if f.kind == "visit"] == ["2024-03-07"]
    assert [f.when for f in found if f.kind == "meeting"] == [None]


@pytest.mark.parametrize("text, lang", [
    ("Prime Minister Aldo Verrani is to hold talks with President Xi Jinping in Beijing and will also meet Premier "
     "Li Qiang.", "en"),
    ("Prime Minister Aldo Verrani met President Xi Jinping in Beijing before holding talks with Premier Li Qiang.", "en"),
    ("والتقى رئيس الوزراء الهندي ناريندرا مودي بالرئيس الصيني شي جين بينغ ثم التقى برئيس مجلس الدولة لي تشيانغ.", "ar"),
])
def test_the_other_party_of_the_event_just_told_is_no_subject_of_the_next(text, lang):
    # 'X will meet A and hold talks with B': X does both; A and B never met
    pairs = {frozenset((f.subject, f.object)) for f in facts(text, lang, "meeting")}
    assert frozenset(("Xi Jinping", "Li Qiang")) not in pairs
    subject = "Narendra Modi" if lang == "ar" else "Aldo Verrani"
    assert pairs == {frozenset((subject, "Xi Jinping")), frozenset((subject, "Li Qiang"))}
    if lang == "en":  # the Arabic verb-first clause names its subject within the second trigger's reach
        (second,) = [f for f in facts(text, lang, "meeting") if "Li Qiang" in (f.subject, f.object)]
        assert second.rule.endswith("+subject/carried/clause")


@pytest.mark.parametrize("text", [
    "Aldo Verrani met President Xi Jinping, and Xi Jinping then held talks with Premier Li Qiang.",
    # the first subject read by its post as well: the repeated name is still the next one's subject
    "Prime Minister Aldo Verrani met President Xi Jinping, and Xi Jinping then held talks with Premier Li Qiang.",
])
def test_a_party_named_again_as_the_next_subject_stays_its_subject(text):
    pairs = {frozenset((f.subject, f.object)) for f in facts(text, kind="meeting")}
    assert frozenset(("Xi Jinping", "Li Qiang")) in pairs
    assert frozenset(("Aldo Verrani", "Li Qiang")) not in pairs


def test_a_pronoun_written_on_a_verbal_noun_is_the_subject():
    # Arabic writes 'during his meeting with X' as one word and a name: the pronoun is the one told before
    text = ("وصل الرئيس الروسي فلاديمير بوتين إلى نيودلهي يوم الاثنين. "
            "وأكد خلال لقائه رئيس الوزراء الهندي ناريندرا مودي أن العلاقات قوية.")
    (meeting,) = facts(text, "ar", "meeting")
    assert {meeting.subject, meeting.object} == {"Vladimir Putin", "Narendra Modi"}
    assert meeting.rule.endswith("+subject/carried/pronoun")


def test_the_name_after_a_possessed_verbal_noun_is_not_its_subject():
    # 'will meet, during her visit to Kenya, President Ruto': Ruto is not the visitor
    text = ("وصلت رئيسة الوزراء الإيطالية جورجيا ميلوني إلى نيروبي يوم الاثنين. "
            "وستلتقي خلال زيارتها لكينيا الرئيس الكيني وليام روتو.")
    visits = facts(text, "ar", "visit")
    (nairobi,) = [v for v in visits if v.place == "Nairobi"]
    kenya = [v for v in visits if v.place == "Kenya"]
    assert kenya and all(v.subject == nairobi.subject for v in visits)
    assert kenya[0].rule.endswith("+subject/carried/pronoun")


def test_the_dual_pronoun_on_a_verbal_noun_is_the_pair_told_before():
    text = ("التقى الرئيس الروسي فلاديمير بوتين الرئيس الصيني شي جين بينغ في موسكو يوم الاثنين. "
            "وجاء ذلك بعد لقائهما الأول في قازان العام الماضي.")
    kazan = [f for f in facts(text, "ar", "meeting") if f.place == "Kazan"]
    assert len(kazan) == 1 and {kazan[0].subject, kazan[0].object} == {"Vladimir Putin", "Xi Jinping"}
    assert kazan[0].rule.endswith("+subject/carried/pair")


def test_a_place_outside_the_trip_is_no_destination():
    text = "وصل الرئيس الصيني شي جين بينغ إلى موسكو في مارس، وهذه أول رحلة يقوم بها خارج الصين منذ عامين."
    assert {f.place for f in facts(text, "ar", "visit")} == {"Moscow"}


def test_an_event_told_again_in_the_article_is_one_fact_dated_to_the_day():
    text = ("Kenyan President William Ruto will visit Norway in June. "
            "Ruto will visit Norway on 18 and 19 June, officials said.")
    (visit,) = facts(text, "en", "visit")
    assert (visit.when.earliest, visit.when.latest) == (date(2024, 6, 18), date(2024, 6, 19))


@pytest.mark.parametrize("text", [
    "On Tuesday Prime Minister Aldo Verrani is due to hold talks with President Xi Jinping while on a visit to Beijing.",
    "Prime Minister Aldo Verrani will meet President Xi Jinping, attend a business forum and visit Shanghai.",
])
def test_the_other_party_of_a_meeting_just_told_is_no_visitor(text):
    # the visit is the meeting's subject's: Xi, met in the same clause, travels nowhere
    visits = facts(text, kind="visit")
    assert [(f.subject, f.rule.split("+", 1)[1]) for f in visits] == [("Aldo Verrani", "subject/carried/clause")]


def test_a_party_whose_own_visit_is_named_stays_its_subject():
    text = "Prime Minister Aldo Verrani welcomed President Xi Jinping's four-day state visit to Norway."
    (visit,) = facts(text, kind="visit")
    assert (visit.subject, visit.place) == ("Xi Jinping", "Norway") and "carried" not in visit.rule


def test_received_by_a_host_is_a_meeting_and_the_next_meeting_keeps_the_guest():
    text = ("Prime Minister Aldo Verrani was received by Premier Li Qiang in Beijing on Wednesday, and later "
            "held talks with President Xi Jinping.")
    pairs = {frozenset((f.subject, f.object)) for f in facts(text, kind="meeting")}
    assert pairs == {frozenset(("Aldo Verrani", "Li Qiang")), frozenset(("Aldo Verrani", "Xi Jinping"))}


def test_a_counterpart_is_met_though_the_catalogue_lacks_them():
    (meeting,) = facts("Prime Minister Aldo Verrani will meet his Malawian counterpart Kondwani Phiri on Monday.",
                       kind="meeting")
    assert (meeting.subject, meeting.object) == ("Aldo Verrani", "Kondwani Phiri")


def test_a_post_named_in_a_quotation_is_the_one_the_text_named_with_it():
    # a quotation's 'I' and 'we' are the speaker's, but 'the president' in it is still the president named before
    text = ('وصل الرئيس فلاديمير بوتين إلى نيودلهي يوم الاثنين. وقال المتحدث باسم الكرملين: '
            '"يسعى الرئيس للقاء رئيس الوزراء ناريندرا مودي والرئيس الصيني شي جين بينغ في القمة".')
    (meeting,) = facts(text, "ar", "meeting")
    assert (meeting.subject, meeting.object, meeting.others) == ("Vladimir Putin", "Narendra Modi", ("Xi Jinping",))
    assert meeting.rule.endswith("+subject/carried/post")


def test_a_post_written_without_its_country_is_the_one_person_named_with_that_office():
    # 'President X' gave no country, the catalogue does: 'the president' later is X
    text = "وصل الرئيس فلاديمير بوتين إلى نيودلهي يوم الاثنين. ويسعى الرئيس للقاء رئيس الوزراء الهندي ناريندرا مودي."
    (meeting,) = facts(text, "ar", "meeting")
    assert (meeting.subject, meeting.object) == ("Vladimir Putin", "Narendra Modi")


def test_two_people_named_with_one_office_without_its_country_leave_the_post_unresolved():
    text = ("وصل رئيس الوزراء ناريندرا مودي ورئيس الوزراء شهباز شريف إلى موسكو يوم الاثنين. "
            "ويسعى رئيس الوزراء للقاء الرئيس الروسي فلاديمير بوتين.")
    assert facts(text, "ar", "meeting") == []


def test_the_people_after_a_purpose_lam_are_no_pair():
    # 'calls to meet A and B': the one who would meet them is not named, and A does not meet B
    assert facts("دعوات للقاء الرئيس الروسي فلاديمير بوتين والرئيس الصيني شي جين بينغ", "ar", "meeting") == []


def test_a_meeting_told_as_a_noun_with_its_other_party_is_the_meeting_of_the_subject_told_before():
    # nobody before 'a meeting with': the visitor of the sentence before; the title before the other
    # party ('the Chinese president') is theirs, no post told before
    text = ("وصل رئيس الوزراء البرتغالي جواو ماتوس إلى مدريد يوم الاثنين. "
            "وعقب ذلك لقاء مع رئيسة الوزراء الإسبانية إلينا روبلس ووزير الدفاع الإيطالي ماركو بيانكي.")
    (meeting,) = facts(text, "ar", "meeting")
    assert (meeting.subject, meeting.object, len(meeting.others)) == ("João Matous", "Aleena Roubalas", 1)
    assert meeting.rule.endswith("+subject/carried/clause")


def test_a_meeting_noun_with_no_fact_told_before_has_no_subject():
    assert facts("وقال مسؤولون إن الاجتماع مع الرئيس الصيني شي جين بينغ كان مثمرا.", "ar", "meeting") == []


def test_the_post_written_before_the_other_party_is_no_post_told_before():
    # 'the president' of 'President Xi' is Xi's own title: it names no earlier president as the subject
    text = 'وقال الرئيس الروسي فلاديمير بوتين: "سعدت كثيرا بالاستقبال الذي نظمه لي الرئيس شي جين بينغ في بكين".'
    assert facts(text, "ar", "meeting") == []


@pytest.mark.parametrize("second", [
    "Kenyan President William Ruto received her at State House on Tuesday.",
    "Kenyan President William Ruto held talks with her on Tuesday.",
])
def test_the_other_party_told_by_a_pronoun_is_the_subject_told_before(second):
    text = "Peruvian President Dina Boluarte arrived in Nairobi on Monday. " + second
    (meeting,) = facts(text, kind="meeting")
    assert {meeting.subject, meeting.object} == {"William Ruto", "Dina Boluarte"}


def test_a_possessive_her_is_no_party():
    text = ("Peruvian President Dina Boluarte arrived in Nairobi on Monday. "
            "Kenyan President William Ruto received her credentials on Tuesday.")
    assert not facts(text, kind="meeting")


def test_the_two_leaders_after_a_reception_told_with_a_pronoun():
    text = ("Peruvian President Dina Boluarte arrived in Nairobi on Monday. Kenyan President William Ruto "
            "received her at State House. The two leaders held talks on fisheries on Tuesday.")
    parties = [{f.subject, f.object} for f in facts(text, kind="meeting")]
    assert parties and all(p == {"William Ruto", "Dina Boluarte"} for p in parties)


def test_a_meeting_noun_with_nobody_before_it_is_the_meeting_of_the_subject_just_told():
    text = ("Peruvian President Dina Boluarte arrived in Nairobi on Monday. "
            "During the meeting with Kenyan President William Ruto, five agreements were signed.")
    (meeting,) = facts(text, kind="meeting")
    assert (meeting.subject, meeting.object) == ("Dina Boluarte", "William Ruto")
    assert meeting.rule.endswith("+subject/carried/clause")


def test_a_counterpart_told_without_a_name_is_the_one_person_of_that_country_named_before():
    text = ("قال الرئيس الكيني وليام روتو إن العلاقات مع فرنسا قوية. "
            "وأعلن الإليزيه أن الرئيس الفرنسي إيمانويل ماكرون التقى نظيره الكيني الذي يزور فرنسا.")
    (role,) = [f for f in facts(text, "ar", "role") if f.object == "Kenyan president"]
    meetings = facts(text, "ar", "meeting")
    assert [{m.subject, m.object} for m in meetings] == [{"Emmanuel Macron", role.subject}]
    # the relative clause after the guest tells the guest's own visit, not the host's
    assert [(f.subject, f.place) for f in facts(text, "ar", "visit")] == [(role.subject, "France")]


def test_a_counterpart_of_a_country_two_people_serve_is_the_one_holding_the_possessors_office():
    text = ("التقى الرئيس الكيني وليام روتو وزير الخارجية الكيني موسى كيبتو في نيروبي. "
            "وأعلن الإليزيه أن الرئيس الفرنسي إيمانويل ماكرون التقى نظيره الكيني.")
    holder = {f.object: f.subject for f in facts(text, "ar", "role")}
    assert [{f.subject, f.object} for f in facts(text, "ar", "meeting") if "Emmanuel Macron" in (f.subject, f.object)] == [
        {"Emmanuel Macron", holder["Kenyan president"]}]


def test_a_counterpart_told_without_a_name_holds_the_possessors_office():
    # a foreign minister's counterpart is the foreign minister of that country, though its president was named after him
    text = ("التقى وزير الخارجية الكيني موسى كيبتو الرئيس الكيني وليام روتو في نيروبي. "
            "واستقبل وزير الخارجية الفرنسي جان بيرنار نظيره الكيني في باريس.")
    holder = {f.object: f.subject for f in facts(text, "ar", "role")}
    meetings = facts(text, "ar", "meeting")
    assert {holder["French foreign minister"], holder["Kenyan foreign minister"]} in [{m.subject, m.object} for m in meetings]


def test_a_counterpart_is_no_person_of_that_country_holding_another_office():
    # the one Kenyan named before is an economy minister: a president's counterpart is a president, so no guess
    text = ("قال وزير الاقتصاد الكيني موسى كيبتو إن الصادرات ارتفعت. "
            "وأعلن الإليزيه أن الرئيس الفرنسي إيمانويل ماكرون التقى نظيره الكيني.")
    assert not [f for f in facts(text, "ar", "meeting") if "Emmanuel Macron" in (f.subject, f.object)]


def test_each_time_listed_for_a_visit_dates_a_visit_of_its_own():
    text = "وقد زار رئيس الوزراء الهندي ناريندرا مودي اليابان في مارس 2019 ويونيو 2022، ومرتين في عام 2024."
    assert sorted(f.when.value for f in facts(text, "ar", "visit")) == ["2019-03", "2022-06", "2024"]


def test_a_time_of_another_clause_dates_no_second_visit():
    text = "زار رئيس الوزراء الهندي ناريندرا مودي اليابان في مارس 2019 وسيزور الصين في يونيو 2026."
    assert sorted((f.place, f.when.value) for f in facts(text, "ar", "visit")) == [("China", "2026-06"), ("Japan", "2019-03")]


@pytest.mark.parametrize("second", [
    # the two presidents told by their countries, three sentences on: each is the one of that country
    "ومن المقرر أن يلتقي الرئيسان التونسي والليبي في طرابلس.",
    # one country the text has not given: the one other person named before
    "ومن المقرر أن يلتقي الرئيسان الليبي والتونسي في طرابلس.",
])
def test_the_two_presidents_by_their_countries(second):
    # (the host named by a sentence of no meeting: a reception is a meeting of the two, which the talks
    # planned after it would tell again)
    text = ("وصل الرئيس أحمد الصغير إلى طرابلس صباح اليوم. وأشاد الرئيس الليبي منصور الكيلاني بالزيارة. "
            "ورافقه وفد يضم عددا من الوزراء. " + second)
    meetings = [f for f in facts(text, "ar", "meeting") if "carried/pair" in f.rule]
    assert meetings and {meetings[0].subject, meetings[0].object} == {"Ahmed Seghir", "Mansour Kilani"}


def test_two_presidents_of_countries_nobody_named_are_not_guessed():
    text = ("وصل الرئيس أحمد الصغير إلى طرابلس صباح اليوم. واستقبله الرئيس الليبي منصور الكيلاني في المطار. "
            "ورافقه وفد يضم عددا من الوزراء. ومن المقرر أن يلتقي الرئيسان المصري والسوداني في القاهرة.")
    assert not [f for f in facts(text, "ar", "meeting") if "carried/pair" in f.rule]


def test_a_second_meeting_of_the_sentence_with_another_party_goes_on_with_its_subject():
    # 'and will also hold talks with Y' after a meeting with X: the same subject meets Y; not the
    # event the sentence has told already
    text = ("ومن المقرر أن يلتقي الرئيس التشيلي غابرييل بوريتش بالرئيس الأرجنتيني خافيير ميلي، كما سيجري مباحثات "
            "مع وزير الخارجية الأرجنتيني جيراردو فيرثين في العاصمة الأرجنتينية.")
    meetings = facts(text, "ar", "meeting")
    # Boric meets Milei, then the minister (names as the checker romanises بوريتش, ميلي and فيرثين)
    assert [(f.subject, f.object) for f in meetings] == [("Gabriel Bouritash", "Khafiir Mili"),
                                                         ("Gabriel Bouritash", "Jirardo Firthin")]
    assert meetings[1].place == "Buenos Aires"


@pytest.mark.parametrize("text", [
    "زار الرئيس التشيلي غابرييل بوريتش ليما يوم الاثنين. وأعقب ذلك اجتماع مع نظيره البيروفي خوسيه خيري.",
    # the noun indefinite, the object of a verbal noun of holding
    "يتضمن برنامج الرئيس التشيلي غابرييل بوريتش خلال زيارته إلى ليما عقده اجتماعا مع نظيره البيروفي خوسيه خيري.",
    # an adjective of the noun, and a post without its country before the name ('a bilateral meeting
    # with President X'): no more words between than 'with his Peruvian counterpart'
    "زار الرئيس التشيلي غابرييل بوريتش ليما يوم الاثنين. وأعقب ذلك اجتماع ثنائي مع الرئيس خوسيه خيري.",
])
def test_a_meeting_noun_with_a_counterpart_after_it_is_the_travellers_meeting(text):
    # nobody before the noun: the subject of the trip just told meets the one named after 'with'
    # (بوريتش and خيري as the checker romanises them)
    (visit,) = facts(text, "ar", "visit")
    (meeting,) = facts(text, "ar", "meeting")
    assert visit.subject == "Gabriel Bouritash"
    assert (meeting.subject, meeting.object) == ("Gabriel Bouritash", "José Khairi")


def test_a_meeting_noun_several_words_before_its_party_carries_no_subject():
    # 'with' and more words than a post before the name: whom the meeting is of is not told
    text = ("Chilean President Gabriel Boric visited Lima on Monday. "
            "A meeting with local miners and Jose Perez followed.")
    assert not [f for f in facts(text, "en", "meeting") if f.subject == "Gabriel Boric"]


@pytest.mark.parametrize("first", [
    "held talks with Chilean President Gabriel Boric in Santiago on Monday",
    "arrived in Addis Ababa on Monday for talks with African Union foreign ministers",
    "flew to Jakarta on Monday to meet ASEAN foreign ministers",
])
def test_a_pronoun_before_a_second_meeting_verb_carries_the_subject_to_another_party(first):
    # 'a day after he met Y': a meeting of its own, with its own pronoun subject, not the one just told
    text = f"Kenyan President William Ruto {first}, a day after he met Peruvian President Dina Boluarte in Lima."
    met = [f for f in facts(text, kind="meeting") if "Dina Boluarte" in (f.subject, f.object)]
    assert [(f.subject, f.object) for f in met] == [("William Ruto", "Dina Boluarte")]


def test_a_pluperfect_subject_the_names_do_not_read_is_not_carried():
    # "كان X قد تولى": X, between the auxiliary and قد, took the post up; not the earlier fact's subject
    text = ("عين الرئيس الكيني وليام روتو، سامر داود رئيسا للحكومة. "
            "وكان الملواني قد تولى رئاسة الحكومة الكينية في 2 أغسطس 2023.")
    assert not [f for f in facts(text, "ar", "appointment") if f.when and f.when.value == "2023-08-02"]
    # the same verb with nothing before it goes on with the earlier fact's subject
    text = ("عين الرئيس الكيني وليام روتو، سامر داود رئيسا للحكومة. "
            "وكان قد تولى رئاسة الحكومة الكينية في 2 أغسطس 2023.")
    assert [f for f in facts(text, "ar", "appointment") if f.when and f.when.value == "2023-08-02"]


def test_someone_an_event_rule_named_is_known_by_name_later():
    # the one appointed is read beside the verb only; the next sentence names them with no post
    text = ("أصدر الرئيس المصري عبد الفتاح السيسي قرارا بتعيين سامر داود محافظا للبنك المركزي. "
            "وعقد السيسي اجتماعا مع سامر داود لبحث السياسات.")
    (meeting,) = facts(text, "ar", "meeting")
    assert meeting.object == facts(text, "ar", "appointment")[0].subject


def test_a_word_of_an_earlier_name_after_another_given_name_is_another_person():
    text = ("Kenya named Karim Daloun as its new coach on Tuesday. The federation said Daloun's brother, "
            "Samir Daloun, had been appointed as Kenya's team director as well.")
    director = [f for f in facts(text, kind="appointment") if f.object == "Kenyan team director"]
    assert [f.subject for f in director] == ["Samir Daloun"]


@pytest.mark.parametrize("text, lang", [
    ("Premier Tomas Kvell arrived in Nairobi on Monday. His office listed his talks as follows:\n\n"
     "- Meeting with President William Ruto\n\n- Receiving Foreign Minister Musalia Mudavadi\n", "en"),
    ("وصل رئيس الوزراء الهندي ناريندرا مودي إلى موسكو يوم الاثنين. وأجرى سلسلة لقاءات على النحو التالي:\n\n"
     "- لقاء الرئيس الروسي فلاديمير بوتين\n\n- استقبال وزير الخارجية الروسي سيرغي لافروف\n", "ar"),
])
def test_the_items_of_a_schedule_are_the_events_of_the_one_just_told_of(text, lang):
    got = {(f.subject, f.object) for f in facts(text, lang, "meeting") if f.rule.endswith("carried/list")}
    assert len(got) == 2 and len({s for s, _ in got}) == 1
    assert {o for _, o in got} & {"William Ruto", "Vladimir Putin"} and {o for _, o in got} & {"Musalia Mudavadi", "Sergei Lavrov"}


def test_a_given_name_after_a_courtesy_title_is_the_one_whose_given_name_it_is():
    # 'Fahad' ends the family name of the first person named (Al-Fahad), and begins the second's:
    # 'Sheikh Fahad' is the second, as a courtesy title comes before a given name
    text = ("The Emir of Kuwait Sheikh Salem Badr Al-Jaber Al-Fahad named Sheikh Fahad Nasser Al-Qasimi "
            "crown prince on Saturday. Sheikh Fahad served as prime minister from 2019 to 2022.")
    served = [f for f in facts(text, kind="role") if f.object == "Kuwaiti prime minister"]
    assert [f.subject for f in served] == ["Fahad Nasser Al-Qasimi"]


@pytest.mark.parametrize("second, met", [
    # the one person after a verb-first meeting, with nothing but where and when after them, is the one met
    ("كما التقى رئيس الوزراء البيروفي خوان سالاس.", "Juan Salas"),
    ("وسيلتقي رئيس الوزراء البيروفي خوان سالاس في القصر الحكومي يوم الثلاثاء.", "Juan Salas"),
    # another word after them may be the party met (a delegation the names do not read): they meet it
    ("والتقى رئيس الوزراء البيروفي خوان سالاس وفدا من رجال الأعمال.", None),
    # the one met written as a pronoun on the verb: the one named after it receives the traveller
    ("واستقبله رئيس الوزراء البيروفي خوان سالاس في القصر الحكومي.", "host"),
])
def test_a_verb_first_meeting_with_one_person_after_it_goes_on_with_the_traveller(second, met):
    text = "وصل الرئيس الإندونيسي جوكو ويدودو إلى ليما يوم الاثنين. " + second
    meetings = facts(text, "ar", "meeting")
    if met is None:
        assert not any(f.subject == "Joko Widodo" for f in meetings)
    elif met == "host":
        (meeting,) = meetings
        assert (meeting.subject, meeting.object) == ("Juan Salas", "Joko Widodo")
    else:
        (meeting,) = meetings
        assert (meeting.subject, meeting.object) == ("Joko Widodo", met)
        assert meeting.rule.endswith("+subject/carried/clause")


@pytest.mark.parametrize("noun", ["A meeting", "Bilateral talks", "Closed-door discussions"])
def test_a_meetings_noun_with_its_adjective_and_nobody_before_it_is_the_travellers(noun):
    text = f"Kenyan President William Ruto arrived in Washington on Wednesday. {noun} with Joe Biden followed on Thursday."
    (meeting,) = facts(text, "en", "meeting")
    assert (meeting.subject, meeting.object) == ("William Ruto", "Joe Biden")
    assert meeting.rule.endswith("+subject/carried/clause")


def test_a_description_of_the_one_told_before_stands_for_them():
    # their age in place of the name, as subject or as the antecedent of a relative clause
    for text in ("Kenyan diplomat Amina Wanjiru was named envoy on Monday. The 61-year-old served as "
                 "Kenyan foreign minister from 2015 to 2018.",
                 "Kenyan diplomat Amina Wanjiru was named envoy on Monday. The 61-year-old, who served as "
                 "Kenyan foreign minister from 2015 to 2018, left for Geneva."):
        held = [(f.subject, f.object, f.when.value) for f in facts(text, kind="role") if f.object == "Kenyan foreign minister"]
        assert held == [("Amina Wanjiru", "Kenyan foreign minister", "2015/2018")], text
    # a relative clause on someone else named before its comma is theirs, not the subject's
    text = ("Kenyan diplomat Amina Wanjiru was named envoy on Monday. She met Grace Achieng, who served as "
            "Kenyan foreign minister from 2015 to 2018.")
    held = [(f.subject, f.object) for f in facts(text, kind="role") if f.object == "Kenyan foreign minister"]
    assert held == [("Grace Achieng", "Kenyan foreign minister")]


def test_the_pronoun_of_a_clause_that_opens_the_sentence_looks_forward_to_its_subject():
    before = "Kenyan President William Ruto spoke in Nairobi on Monday. "
    # the main clause tells the same trip again: one visit, the main clause's, and the count is hers
    text = before + ("Marking her first visit to Peru since taking office, Ghanaian President Ama Owusu arrived "
                     "in Lima on Tuesday.")
    got = facts(text)
    assert [(f.subject, f.place) for f in got if f.kind == "visit"] == [("Ama Owusu", "Lima")]
    assert [f.subject for f in got if f.kind == "ordinal"] == ["Ama Owusu"]
    # the main clause tells another event: the trip of the opening clause is a fact of its own
    text = before + "During his visit to Lima, Ghanaian President John Mahama will meet Peruvian President Dina Boluarte."
    assert [(f.subject, f.place) for f in facts(text) if f.kind == "visit"] == [("John Mahama", "Lima")]


def test_a_sentence_telling_of_the_same_subject_only_keeps_it_for_the_next():
    # the middle sentence names the president again and nobody else, and tells no fact: the verb of
    # the third, its subject a pronoun written on it, still has him
    lead = "حط الرئيس الروسي فلاديمير بوتين في بكين مساء الأحد."
    middle = " وتوجه الرئيس الروسي بعد ذلك إلى القاعة الكبرى."
    last = " كما سيلتقي نائب الرئيس الصيني هان تشنغ."
    # the one met, whatever the romaniser spells him: the person the last sentence names
    (met,) = [e.name for e in names.find(last, "ar") if e.type == "person"]
    meetings = [(f.subject, f.object, f.rule) for f in facts(lead + middle + last, "ar", "meeting")]
    assert meetings == [("Vladimir Putin", met, "ar/events/meeting+subject/carried/clause")]
    # another person named in between: the subject is no longer carried
    other = " واستقبله وزير الخارجية الصيني وانغ يي في المطار."
    assert not [f for f in facts(lead + other + last, "ar", "meeting") if f.subject == "Vladimir Putin"
                and f.object == met]


def test_a_pronoun_does_not_stand_for_one_who_only_goes_along():
    # the one named in the sentence before only goes along, her styles and all: 'he' is the traveller
    text = ("Premier Tomas Kvell arrived in Oslo on Monday on a state visit.\n"
            "The plane carrying the premier, who is accompanied by his wife, Datin Seri Dr Ana Kvell, landed at 9 am.\n"
            "He was greeted on arrival by Norwegian Foreign Minister Espen Barth Eide.")
    (meeting,) = facts(text, kind="meeting")
    assert (meeting.subject, meeting.object) == ("Tomas Kvell", "Espen Barth Eide")


def test_an_arabic_pronoun_does_not_stand_for_a_spouse_who_goes_along():
    text = ("وصل الرئيس الكيني سامر داود إلى أوسلو اليوم.\n"
            "وكانت ترافقه في الزيارة زوجته السيدة ليلى داود.\n"
            "وكان في استقباله وزير الخارجية النرويجي هاني رزق.")
    (meeting,) = facts(text, lang="ar", kind="meeting")
    assert (meeting.subject, meeting.object) == ("Samer Daoud", "Hani Rizk")


def test_a_predicate_joined_after_a_comma_is_said_of_the_clauses_subject():
    from conftest import facts_of

    # 'X arrived with Y, and was received by Z': X is received, not Y, the one named last
    text = ("Zambian President Amara Diallo arrived in Accra on Friday in the company of first lady Grace Diallo, "
            "and was received by Ghanaian interior minister Kofi Boateng.")
    met = [(f.subject, f.object) for f in facts_of(text, published=date(2023, 7, 7)) if f.kind == "meeting"]
    assert met == [("Amara Diallo", "Kofi Boateng")], met
    # a subject of its own after 'and' keeps it
    text = "Zambian President Amara Diallo arrived in Accra on Friday, and Ghanaian envoy Kofi Mensah was received by Samuel Kamau."
    met = [(f.subject, f.object) for f in facts_of(text, published=date(2023, 7, 7)) if f.kind == "meeting"]
    assert met == [("Kofi Mensah", "Samuel Kamau")], met
    # nor where another clause with its own subject stands between ('while Y stayed on, and was received'): Y is
    text = ("Kenyan President William Ruto met Ghanaian President Kofi Boateng in Accra on Monday, while Ugandan "
            "President Amara Diallo stayed on in Lagos, and was received by Nigerian President Samuel Kamau on Tuesday.")
    met = [(f.subject, f.object) for f in facts_of(text, published=date(2023, 7, 7)) if f.kind == "meeting"]
    assert ("Amara Diallo", "Samuel Kamau") in met and ("William Ruto", "Samuel Kamau") not in met, met


def test_the_ones_listed_after_by_never_receive_one_another():
    from conftest import facts_of

    text = ("Ghanaian President Kofi Boateng arrived on Monday. He was also greeted by Foreign Minister Dennis Moses, "
            "Culture Minister Nyan Okafor and MP David Lee.")
    met = [(f.subject, f.object) for f in facts_of(text, published=date(2019, 6, 13)) if f.kind == "meeting"]
    assert met and all(s == "Kofi Boateng" for s, _ in met), met


@pytest.mark.parametrize("text, lang, traveller", [
    ("Kenyan President Samuel Kamau said on Tuesday that his Ghanaian counterpart Kofi Boateng has arrived "
     "in the country for talks.", "en", "Kofi Boateng"),
    ("أعلن الرئيس الكيني سامر داود أن نظيره الغاني هاني رزق وصل إلى البلاد اليوم لإجراء محادثات.", "ar", "Hani Rizk"),
])
def test_the_country_a_traveller_arrives_in_is_the_tellers_where_no_trip_was_told(text, lang, traveller):
    # 'the country' names no place told before: the one who tells of the arrival is at home there
    visits = [(f.subject, f.place) for f in facts(text, lang, "visit")]
    assert visits == [(traveller, "Kenya")]


@pytest.mark.parametrize("text, lang, pair", [
    ("Talks between Samuel Kamau and Kofi Asante were held in Accra on Monday. Kenyan Foreign Minister "
     "Samuel Kamau and Ghanaian Foreign Minister Kofi Asante later signed an accord.", "en", {"Samuel Kamau", "Kofi Asante"}),
    ("جرت المباحثات بين سامر داود وهاني رزق في نيروبي أمس. وقال وزير الخارجية الكيني هاني رزق إن المباحثات "
     "مثمرة، وأكد وزير الخارجية الغاني سامر داود أهمية التعاون.", "ar", {"Samer Daoud", "Hani Rizk"}),
])
def test_a_full_name_told_bare_before_its_post_is_that_person(text, lang, pair):
    assert [{f.subject, f.object} for f in facts(text, lang, "meeting")] == [pair]


def test_a_longer_name_that_begins_with_a_name_told_later_is_another_persons():
    assert facts("Talks between Samuel Kamau and Kofi Asante Mensah were held. Ghanaian Foreign Minister "
                 "Kofi Asante said so.", "en", "meeting") == []
    # a son's given name before his father's, and an airport named after the one told later
    # (the son, named with no post, visits: he is read as himself, never as his father told later)
    assert [f.subject for f in facts("وزار كريم سامر داود لندن. وقال الرئيس الكيني سامر داود إن الزيارة ناجحة.",
                                     "ar", "visit")] == ["Karim Samer Daoud"]
    assert facts("ووصل الوفد إلى مطار سامر داود الدولي في نيروبي. وقال الرئيس الكيني سامر داود إن الزيارة ناجحة.",
                 "ar", "visit") == []


@pytest.mark.parametrize("text, lang, kind, value", [
    # published Tuesday 5 March 2024
    ("Kenyan President Samuel Kamau will pay an official visit to Ghana. The visit is planned for March 21-22.",
     "en", "visit", "2024-03-21/2024-03-22"),
    ("Kenyan President Samuel Kamau will hold talks with Ghanaian President Kofi Asante. The talks will take place "
     "on Thursday.", "en", "meeting", "2024-03-07"),
    ("سيزور الرئيس الكيني سامر داود غانا في زيارة رسمية. ومن المقرر أن تجري الزيارة يومي 21 و22 مارس.",
     "ar", "visit", "2024-03-21/2024-03-22"),
    # sentences of other things between: 'the visit' is the last one told
    ("Kenyan President Samuel Kamau will pay an official visit to Ghana. Traders hope for new orders. Exporters "
     "agree. The visit is planned for March 21-22.", "en", "visit", "2024-03-21/2024-03-22"),
])
def test_a_next_sentence_that_opens_with_the_events_noun_dates_it(text, lang, kind, value):
    (f,) = facts(text, lang, kind)
    assert f.when is not None and f.when.value == value and f.modality == "expected"


@pytest.mark.parametrize("text, lang, value", [
    # published Tuesday 5 March 2024: the appointment is no longer the news of the publication day
    ("President Samer Daoud named Hani Rizk as Kenya's new foreign minister. The appointment was announced "
     "on Thursday.", "en", "2024-02-29"),
    # the one appointed may be named before the time, and anyone in a clause after it
    ("President Samer Daoud named Hani Rizk as Kenya's new foreign minister. The appointment of Hani Rizk was "
     "published in the official gazette on Thursday, after Kofi Asante resigned.", "en", "2024-02-29"),
    ("عين الرئيس الكيني سامر داود، هاني رزق محافظا للبنك المركزي. وصدر قرار التعيين في الجريدة الرسمية يوم الأحد.",
     "ar", "2024-03-03"),
])
def test_a_next_sentence_announcing_the_appointment_dates_it(text, lang, value):
    (f,) = facts(text, lang, "appointment")
    assert f.when is not None and f.when.value == value


def test_an_appointment_is_not_dated_by_a_next_sentence_of_another_persons_time():
    # the next sentence names another person before its time: the appointment it tells is theirs
    text = ("President Samer Daoud named Hani Rizk as Kenya's new foreign minister, replacing Foreign Minister "
            "Kofi Asante. The appointment of Kofi Asante was announced on Thursday.")
    assert [f.when.value for f in facts(text, kind="appointment") if f.subject == "Hani Rizk"] == ["2024-03-05"]


def test_a_visit_under_way_keeps_the_day_of_the_news_over_a_next_sentence_of_its_end():
    # 'the visit ends on Friday' is its last day, not the day the visit told as under way took place
    text = "Kenyan President Samuel Kamau is visiting Ghana. The visit is due to end on Friday."
    assert [f.when.value for f in facts(text, kind="visit")] == ["2024-03-05"]


@pytest.mark.parametrize("text", [
    # a time after 'since' dates another event; a sentence naming someone tells of them
    "Kenyan President Samuel Kamau will visit Ghana. The visit is the first of its kind since 2019.",
    "Kenyan President Samuel Kamau will visit Ghana. The visit follows talks Kofi Asante held in Nairobi on Monday.",
    # a time told further on, of something else the sentence goes on to tell
    "Kenyan President Samuel Kamau will visit Ghana. The visit is expected to deepen cooperation agreed in 2019.",
])
def test_a_next_sentence_dates_no_event_with_a_time_of_another(text):
    assert [f.when for f in facts(text, kind="visit")] == [None]


def test_the_visit_dated_later_is_the_last_one_told():
    # two visits told before, a sentence of another thing between: 'the visit' is the later one
    text = ("Kenyan President Samuel Kamau will pay an official visit to Ghana. Traders hope for new orders. Kamau "
            "will then pay a visit to Peru. Exporters agree. The visit is planned for March 21-22.")
    assert {f.place: f.when.value if f.when else None for f in facts(text, kind="visit")} == {
        "Ghana": None, "Peru": "2024-03-21/2024-03-22"}


def test_a_sentence_opening_with_one_person_by_name_is_whom_the_next_pronoun_means():
    # the fact before is of another person; the sentence after it opens with Mr Y and tells no fact, the next
    # names no one: 'He' two sentences on is Y
    text = ("Samer Daoud was previously Kenya's minister of finance. Mr Hani Rizk, who takes up his post on "
            "Wednesday, began his career in 1992. He was posted to Lima in 2001. He then served as Kenya's "
            "ambassador to Belgium.")
    got = {(f.subject, f.object) for f in facts(text, kind="role")}
    assert ("Hani Rizk", "Kenyan ambassador to Belgium") in got, got
    # opened by a post, not a name ('President Y will host a dinner'): no such turn
    text = text.replace("Mr Hani Rizk, who takes up his post on Wednesday, began his career in 1992.",
                        "President Hani Rizk will host a dinner on Wednesday.")
    assert ("Hani Rizk", "Kenyan ambassador to Belgium") not in {(f.subject, f.object) for f in facts(text, kind="role")}
