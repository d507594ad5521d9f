"""Meetings told with other words than 'met': talks or a meeting *between* two people, a topic
*discussed with* someone, a handshake; the people listed up to 'and other officials'; and a meeting
told as done before a future joined by 'and' ('met X and will attend a dinner')."""
from datetime import date

import pytest

from conftest import facts_of

PUBLISHED = date(2025, 6, 13)  # a Friday


def meetings(text, lang="en"):
    return [f for f in facts_of(text, lang, PUBLISHED) if f.kind == "meeting"]


@pytest.mark.parametrize("text", [
    "Talks between Kenyan President William Ruto and Premier Tomas Kvell have ended in Nairobi.",
    "Officials shared a photograph of the meeting between Premier Tomas Kvell and Kenyan President William Ruto.",
    "A phone call between Kenyan President William Ruto and Premier Tomas Kvell took place on Thursday.",
])
def test_the_two_after_between_are_the_parties(text):
    (m,) = meetings(text)
    assert {m.subject, m.object} == {"William Ruto", "Tomas Kvell"}


@pytest.mark.parametrize("text", [
    # the people after 'between' are no people: those further on met nobody here
    "The talks between the two delegations went on in Nairobi, where Kenyan President William Ruto and "
    "Premier Tomas Kvell gave speeches.",
    # countries are the parties of talks between countries (rule meeting-countries), not people
    "Talks between Kenya and Norway ended on Thursday.",
])
def test_no_people_right_after_between_no_meeting_of_people(text):
    assert [(m.subject, m.object) for m in meetings(text) if m.subject in ("William Ruto", "Tomas Kvell")] == []


def test_arabic_between_lists_the_parties_and_is_no_with():
    text = "وأشار المتحدث إلى أن الاجتماع بين رئيس الوزراء الهندي ناريندرا مودي والرئيس الروسي فلاديمير بوتين كان مثمرا."
    (m,) = meetings(text, "ar")
    assert {m.subject, m.object} == {"Vladimir Putin", "Narendra Modi"}


def test_among_them_still_brings_a_party_in_arabic():
    # 'ومن بينهم X' (among them X): the ب of بينهم still marks the one received, as before
    text = ("وصل الرئيس الروسي فلاديمير بوتين إلى نيودلهي، وكان في استقباله مسؤولون هنود، ومن بينهم رئيس الوزراء "
            "الهندي ناريندرا مودي.")
    assert any({m.subject, m.object} == {"Vladimir Putin", "Narendra Modi"} for m in meetings(text, "ar"))


@pytest.mark.parametrize("text, modality", [
    ("Premier Tomas Kvell will discuss fisheries and the port deal with Kenyan President William Ruto on Monday.",
     "expected"),
    # the topic holds words of other rules ('trade', 'investment'): they end no window
    ("Premier Tomas Kvell discussed trade and investment with Kenyan President William Ruto on Thursday.",
     "asserted"),
])
def test_a_topic_discussed_with_someone_is_a_meeting(text, modality):
    (m,) = meetings(text)
    assert (m.subject, m.object, m.modality) == ("Tomas Kvell", "William Ruto", modality)


@pytest.mark.parametrize("text", [
    "Premier Tomas Kvell discussed the budget with reporters on Thursday.",
    "The plan was discussed with Kenyan President William Ruto on Thursday.",
    "Premier Tomas Kvell discussed trade with Kenya on Thursday.",
])
def test_no_meeting_discussed_without_a_person_acting_and_one_met(text):
    assert meetings(text) == []


def test_a_handshake_of_two_listed_is_their_meeting():
    (m,) = meetings("Ties warmed after Premier Tomas Kvell and Kenyan President William Ruto shook hands "
                    "in Oslo in 2022.")
    assert {m.subject, m.object} == {"Tomas Kvell", "William Ruto"}
    assert m.when is not None and m.when.value == "2022"


def test_a_list_closed_by_other_officials_keeps_every_one_named():
    text = ("On Thursday, Premier Tomas Kvell held meetings with Kenyan President William Ruto, Deputy President "
            "Kithure Kindiki, Foreign Minister Musalia Mudavadi, and other senior Kenyan officials, before "
            "flying home.")
    (m,) = meetings(text)
    assert (m.subject, m.object) == ("Tomas Kvell", "William Ruto")
    assert set(m.others) == {"Kithure Kindiki", "Musalia Mudavadi"}


def test_a_list_with_no_conjunction_at_its_end_stays_open():
    # a comma alone closes no list: the name after it begins the next clause
    text = "At the meeting with Kenyan President William Ruto, Premier Tomas Kvell thanked him."
    (m,) = meetings(text)
    assert m.others == ()


def test_a_future_joined_by_and_leaves_the_meeting_told_as_done():
    (m,) = meetings("Premier Tomas Kvell met Kenyan President William Ruto on Thursday and will attend a "
                    "state dinner with him.")
    assert (m.object, m.modality, m.when.value) == ("William Ruto", "asserted", "2025-06-12")


def test_holding_a_meeting_as_a_purpose_is_the_subject_before_it():
    # 'لعقد اجتماعات مع A وB': the one who travels to hold them meets A and B, never A meets B
    text = ("ومن المتوقع أن يزور الرئيس الروسي فلاديمير بوتين نيودلهي الأسبوع المقبل لعقد اجتماعات مع رئيس الوزراء "
            "الهندي ناريندرا مودي والرئيس الصيني شي جين بينغ.")
    (m,) = meetings(text, "ar")
    assert (m.subject, m.object, m.others) == ("Vladimir Putin", "Narendra Modi", ("Xi Jinping",))


@pytest.mark.parametrize("venue", ["في قصر قرطاج", "بمقر الحكومة", "في البيت الأبيض"])
def test_a_venue_between_host_and_guest_is_no_word_between_them(venue):
    text = f"استقبل الرئيس الروسي فلاديمير بوتين {venue} رئيس الوزراء الهندي ناريندرا مودي."
    (m,) = meetings(text, "ar")
    assert (m.subject, m.object) == ("Vladimir Putin", "Narendra Modi")


@pytest.mark.parametrize("text", [
    # the topic before مع holds words of a figure's rule (التبادل التجاري): they end no window
    "وبحث الرئيس الروسي فلاديمير بوتين سبل تعزيز التبادل التجاري والاستثمارات مع رئيس الوزراء الهندي ناريندرا مودي.",
    "وناقش الرئيس الروسي فلاديمير بوتين مع رئيس الوزراء الهندي ناريندرا مودي حجم التبادل التجاري.",
])
def test_arabic_discussing_with_someone_is_a_meeting_whatever_the_topic(text):
    (m,) = meetings(text, "ar")
    assert (m.subject, m.object) == ("Vladimir Putin", "Narendra Modi")


def test_arabic_searching_for_something_is_no_meeting():
    assert meetings("وبحث الرئيس الروسي فلاديمير بوتين عن شركاء جدد مع التركيز على الهند.", "ar") == []


@pytest.mark.parametrize("text, lang, who", [
    ("Premier Tomas Kvell will meet Kenyan President William Ruto, and possibly Deputy President Kithure Kindiki, "
     "in Nairobi next week.", "en", ("Tomas Kvell", "William Ruto", ("Kithure Kindiki",))),
    ("ويلتقي الرئيس الصيني شي جين بينغ رئيس الوزراء الهندي ناريندرا مودي وربما الرئيس الروسي فلاديمير بوتين.",
     "ar", ("Xi Jinping", "Narendra Modi", ("Vladimir Putin",))),
])
def test_one_met_perhaps_is_listed_with_the_others(text, lang, who):
    (m,) = meetings(text, lang)
    assert (m.subject, m.object, m.others) == who


@pytest.mark.parametrize("text", [
    "Premier Tomas Kvell held talks in Oslo on the port deal and fisheries, Ghanaian President John Mahama's "
    "office said.",
    "The trip is to include meetings with Kenyan President William Ruto and a dinner, Ghanaian President "
    "John Mahama's office said.",
])
def test_one_named_with_a_possessive_owns_what_follows_and_met_nobody(text):
    assert all("John Mahama" not in (m.subject, m.object, *m.others) for m in meetings(text))


@pytest.mark.parametrize("text", [
    "Premier Tomas Kvell and Kenyan President William Ruto most recently met at the Commonwealth summit in Samoa "
    "in October 2024.",
    "Premier Tomas Kvell held talks with Kenyan President William Ruto at the Commonwealth summit in Samoa in "
    "October 2024.",
])
def test_the_event_a_meeting_is_held_at_ends_no_window(text):
    (m,) = meetings(text)
    assert (m.place, m.when.value) == ("Samoa", "2024-10")


@pytest.mark.parametrize("text, lang", [
    ("قدم وزير الخارجية الجزائري رمطان لعمامرة الخطة في الاجتماع الاستثنائي لوزراء الخارجية "
     "العرب بالرباط.", "ar"),
    ("Algerian Foreign Minister Ramtane Lamamra set out the plan at an extraordinary meeting of the "
     "Arab League foreign ministers held in Rabat.", "en"),
])
def test_a_meeting_of_a_group_is_the_groups_own_gathering(text, lang):
    # the group the meeting's word owns holds it: the one named before is no party meeting it
    found = meetings(text, lang)
    assert [(m.subject, m.object) for m in found] == [("Arab League (foreign ministers)", None)]


def test_others_introduced_by_with_after_the_first_are_more_parties_not_the_subject():
    from conftest import facts_of
    text = ("Kenyan President William Ruto will hold separate meetings with the president of the Senate, Senator Ana Rojas, "
            "then with deputy Tomas Vidal, president of the Chamber of Deputies.")
    met = {(f.subject, f.object) for f in facts_of(text, "en") if f.kind == "meeting"}
    assert ("William Ruto", "Ana Rojas") in met
    # both are met by the president, neither meets the other
    assert not [p for p in met if set(p) == {"Ana Rojas", "Tomas Vidal"}]


@pytest.mark.parametrize("text", [
    # the topic told between the noun and 'with': its words (a trade word) end no window
    "Premier Tomas Kvell held talks on trade with Kenyan President William Ruto on Thursday.",
    # 'and' between two things talked of brings no other party
    "Premier Tomas Kvell and Kenyan President William Ruto held talks on fisheries and ports on Thursday.",
    # a call told by what was said in it
    "Premier Tomas Kvell and Kenyan President William Ruto discussed fisheries in a telephone conversation on Thursday.",
])
def test_a_topic_after_the_meetings_word_leaves_the_parties_as_they_are(text):
    assert [(m.subject, m.object) for m in meetings(text)] == [("Tomas Kvell", "William Ruto")]


def test_the_day_after_the_topic_of_talks_is_the_meetings():
    text = "Premier Tomas Kvell and Kenyan President William Ruto held talks on trade and energy in Nairobi on Thursday."
    assert [(m.subject, m.object, m.place, m.when.value) for m in meetings(text)] == [
        ("Tomas Kvell", "William Ruto", "Nairobi", "2025-06-12")]


def test_parties_listed_before_a_description_set_off_by_commas_met_one_another():
    text = ("Premier Tomas Kvell and William Ruto, the leaders of the two neighbouring countries, met in "
            "Nairobi on Thursday.")
    assert [(m.subject, m.object) for m in meetings(text)] == [("Tomas Kvell", "William Ruto")]


@pytest.mark.parametrize("text, place", [
    # the matter talked of is no place of the meeting
    ("Kenyan President William Ruto met Ghanaian President John Mahama on Monday to discuss the situation in Sudan.", None),
    ("Kenyan President William Ruto met Ghanaian President John Mahama in Accra to discuss the war in Sudan.", "Accra"),
    # a place the sentence opens with, after a time set off by a comma, is the meeting's
    ("On Monday, in Accra, Kenyan President William Ruto met Ghanaian President John Mahama.", "Accra"),
])
def test_a_meetings_place_is_where_it_is_held_not_what_it_is_about(text, place):
    (meeting,) = meetings(text)
    assert meeting.place == place


def test_a_counterpart_listed_after_and_without_a_possessive_is_the_other_party():
    (meeting,) = meetings("Prime Minister Tomas Kvell and Croatian counterpart Marko Horvat held talks in Zagreb on Monday.")
    assert (meeting.subject, meeting.object, meeting.place) == ("Tomas Kvell", "Marko Horvat", "Zagreb")


def test_the_building_a_guest_is_received_in_stands_between_no_verb_and_its_party():
    (meeting,) = meetings("President Tomas Kvell received at the Presidential Palace the Greek foreign minister, Ana Lee.")
    assert (meeting.subject, meeting.object) == ("Tomas Kvell", "Ana Lee")
    # a building named before a noun that is no person leaves no one met
    assert meetings("President Tomas Kvell received at the palace a letter from Ana Lee.") == []


def test_a_word_of_an_event_inside_the_post_a_person_is_named_with_ends_no_window():
    # 'exports' in a minister's portfolio is no figure's word: the minister still meets the ambassador
    text = "التقى، مساء اليوم الأربعاء، وزير التجارة وتنمية الصادرات سامر داود سفير كينيا بتونس هاني رزق."
    (m,) = meetings(text, "ar")
    assert (m.subject, m.object) == ("Samer Daoud", "Hani Rizk")


def test_an_arabic_meeting_told_as_done_undated_is_the_days_news():
    # an article that dates no event before it: the reception it tells as done is of its publication day
    (m,) = meetings("استقبل الرئيس الغاني سامر داود في قصر الرئاسة وزير الخارجية الكيني هاني رزق.", "ar")
    assert (m.subject, m.object, m.when.value if m.when else None) == ("Samer Daoud", "Hani Rizk", PUBLISHED.isoformat())


def test_an_audience_held_with_someone_is_a_meeting():
    (m,) = meetings("Chilean Foreign Minister Ana Rojas held an audience with King Tomas Kvell on Thursday.")
    assert (m.subject, m.object, m.when.value) == ("Ana Rojas", "Tomas Kvell", "2025-06-12")


def test_the_building_of_a_reception_between_the_verb_and_the_one_received_counts_no_words():
    (m,) = meetings("Kofi Asante, Crown Prince of Kuwait, received at Bayan Palace today Samuel Kamau, "
                    "Foreign Minister of Ghana.")
    assert (m.subject, m.object, m.when.value) == ("Kofi Asante", "Samuel Kamau", "2025-06-13")


def test_an_arabic_relative_clause_of_where_one_is_between_the_verb_and_with_is_an_aside():
    # 'X, who was in Accra for the ceremony on Tuesday, met with Y': the clause stands aside; X met Y there
    text = ("واجتمع وزير الخارجية الكيني سامر داود، الذي كان في أكرا لحضور حفل تنصيب الرئيس جون مبادي يوم "
            "الثلاثاء، مع نظيره الغاني هاني رزق بمقر وزارة الخارجية.")
    (m,) = meetings(text, "ar")
    assert (m.subject, m.object, m.place) == ("Samer Daoud", "Hani Rizk", "Accra")
    # 'who was received by' (الذي كان في استقباله) is a reception told of the traveller, no aside of where one is
    text = ("ويقوم الرئيس الكيني سامر داود، الذي كان في استقباله لدى وصوله إلى مطار الجزائر رئيس مجلس الأمة "
            "هاني رزق، بجولة تشمل روسيا وتركيا.")
    assert {f.subject for f in facts_of(text, "ar", PUBLISHED) if f.kind == "visit"} == {"Samer Daoud"}
    # a clause of where some are, not set off by commas, is no aside: the one named in it is no party
    text = "والتقى الرئيس الغاني هاني رزق أمس أعضاء الجالية التي كانت في انتظار وزير الخارجية الكيني سامر داود"
    assert meetings(text, "ar") == []


def test_the_guest_a_comma_closes_after_with_is_the_party_not_one_named_in_the_topic():
    # 'discussed with his guest, the latest events after President Y's decision': the guest, told before
    topic = "وبحث الرئيس الكيني سامر داود مع ضيفه، آخر التطورات في ظل قرار الرئيس الغاني هاني رزق إغلاق الحدود."
    assert meetings(topic, "ar") == []
    # the guest named right after the word is the party
    assert [(f.subject, f.object) for f in meetings(
        "وبحث الرئيس الكيني سامر داود مع ضيفه الرئيس الغاني هاني رزق العلاقات الثنائية.", "ar")] \
        == [("Samer Daoud", "Hani Rizk")]


def test_a_time_told_vaguely_between_the_verb_and_the_other_party_is_no_word_between():
    # 'will meet later his Ghanaian counterpart X'
    got = meetings("وسيلتقي الرئيس الكيني سامر داود في وقت لاحق نظيره الغاني هاني رزق.", "ar")
    assert [(f.subject, f.object, f.modality) for f in got] == [("Samer Daoud", "Hani Rizk", "expected")]


def test_a_time_or_tense_inside_a_quotation_never_tells_a_meeting_told_outside_it():
    # the target's year is the speaker's; the meeting is told by the reporter, on the trip's day
    text = ('Kenyan President Amos Otieno landed in Lima on Monday. "We can reach $40 billion of trade by 2030," he said '
            'at a meeting with Peruvian President Rosa Flores.')
    (meeting,) = [f for f in facts_of(text, "en", date(2024, 3, 7)) if f.kind == "meeting"]
    assert meeting.when is not None and meeting.when.value == "2024-03-04"
    text = 'وصل الرئيس الكيني سامر داود إلى ليما يوم الاثنين. وقال خلال لقائه الرئيس البيروفي هاني رزق: "سنبلغ 40 مليار دولار بحلول عام 2030".'
    (meeting,) = [f for f in facts_of(text, "ar", date(2024, 3, 7)) if f.kind == "meeting"]
    # nor does its tense tell the meeting's mood: the speaker's 'we will reach' makes no meeting to come
    assert (meeting.modality, meeting.when.value if meeting.when else None) == ("asserted", "2024-03-04")
    # words quoted inside the reporter's own clause are the event's: they date it
    text = ('Kenyan President Amos Otieno met Peruvian President Rosa Flores in Lima "on Friday, in a very warm '
            'meeting," his spokesman said.')
    (meeting,) = [f for f in facts_of(text, "en", date(2024, 3, 7)) if f.kind == "meeting"]
    assert meeting.when is not None and meeting.when.value == "2024-03-01"
