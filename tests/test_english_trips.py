"""English visits and meetings (issue 10): travel verbs, the next leg of a trip, a list of places,
and 'the Prime Minister' told for one named earlier without their country."""
from datetime import date

import pytest

from checker.extract import facts
from checker.extract.sentences import split


class Doc:
    def __init__(self, text, lang="en", published=None):
        self.id, self.text, self.lang, self.published = "d", text, lang, published


def _facts(text, kind, published=date(2024, 5, 10)):
    got = facts.extract(Doc(text, "en", published), list(split(text, ((0, len(text)),), "en")))
    return [f for f in got if f.kind == kind]


def test_heading_flying_and_touching_down_are_visits():
    for text, place in [("Premier Tomas Kvell heads to Nairobi on Monday for talks on trade.", "Nairobi"),
                        ("Premier Tomas Kvell will fly to Lima next week.", "Lima"),
                        ("Premier Tomas Kvell touched down in Oslo on Friday evening.", "Oslo")]:
        assert [(f.subject, f.place) for f in _facts(text, "visit")] == [("Tomas Kvell", place)], text


def test_the_next_leg_of_a_trip_after_before_is_the_same_subjects_and_plan():
    text = ("Italian Chancellor Olaf Weber is due to visit the port of Osaka during his trip, "
            "before travelling to Tokyo to meet Japanese Prime Minister Taro Sato.")
    visits = {f.place: (f.subject, f.modality) for f in _facts(text, "visit")}
    # 'is due to' makes the first leg expected; the clause after 'before' has no cue of its own
    assert visits == {"Osaka": ("Olaf Weber", "expected"), "Tokyo": ("Olaf Weber", "expected")}, visits
    meetings = [(f.subject, f.object, f.modality) for f in _facts(text, "meeting")]
    assert meetings == [("Olaf Weber", "Taro Sato", "expected")], meetings


def test_a_trip_told_once_more_in_its_sentence_is_still_one_visit():
    text = "Italian Chancellor Olaf Weber arrived in Moscow on his first trip to Russia."
    assert [f.place for f in _facts(text, "visit")] == ["Moscow"]


def test_each_place_of_a_list_is_a_visit():
    text = "Kenyan President Ali Musa toured Lagos, Accra and Dakar in May."
    assert sorted(f.place for f in _facts(text, "visit")) == ["Accra", "Dakar", "Lagos"]


def test_a_place_that_begins_a_clause_of_its_own_is_not_listed():
    for text, lang in [("Kenyan President Ali Musa will visit Lagos, and Ghana will host a summit in June.", "en"),
                       ("سيزور الرئيس الكيني علي موسى لاغوس، وغانا ستستضيف قمة في يونيو.", "ar")]:
        got = facts.extract(Doc(text, lang, date(2024, 5, 10)), list(split(text, ((0, len(text)),), lang)))
        assert [f.place for f in got if f.kind == "visit"] == ["Lagos"], text
    # a noun that looks like a future verb (سنويا "yearly") ends no list
    text = "التقى رئيس الوزراء الكيني علي موسى الرئيس البيروفي خوان بيريز والرئيس التشيلي توماس كفيل سنويا."
    got = facts.extract(Doc(text, "ar", date(2024, 5, 10)), list(split(text, ((0, len(text)),), "ar")))
    assert [len(f.others) for f in got if f.kind == "meeting"] == [1], [(f.subject, f.object, f.others) for f in got]


def test_a_country_after_a_place_in_it_is_no_second_visit():
    text = "Kenyan President Ali Musa arrived in Shenzhen, China, on Monday."
    assert [f.place for f in _facts(text, "visit")] == ["Shenzhen"]


def test_the_prime_minister_stands_for_the_one_named_so_with_a_country_from_the_catalogue():
    text = ("Prime Minister Mikhail Mishustin will travel to Hanoi on Monday. Throughout the trip, the Prime "
            "Minister will hold talks with Vietnamese President Vo Van Thuong.")
    meetings = [(f.subject, f.object) for f in _facts(text, "meeting")]
    assert meetings == [("Mikhail Mishustin", "Vo Van Thuong")], meetings


def test_the_prime_minister_stands_for_nobody_when_two_were_named_so():
    text = ("Prime Minister Mikhail Mishustin will host Premier Tomas Kvell in Moscow on Monday. Later that day "
            "the Prime Minister is to hold talks with Vietnamese President Vo Van Thuong.")
    assert not any(f.object == "Vo Van Thuong" for f in _facts(text, "meeting"))


def test_the_prime_minister_is_the_traveller_though_the_host_is_a_premier_too():
    # the traveller's country is not told: the host, a premier as well, is no party of the visit
    text = ("Prime Minister Ali Musa left on Monday for a four-day official visit to Japan at the invitation of "
            "Premier Taro Sato. During the tour, the Prime Minister will visit Osaka and Kyoto, besides Tokyo.")
    visits = sorted((f.subject, f.place) for f in _facts(text, "visit"))
    assert visits == [("Ali Musa", "Japan"), ("Ali Musa", "Kyoto"), ("Ali Musa", "Osaka"), ("Ali Musa", "Tokyo")], visits


def test_the_prime_minister_after_a_meeting_of_two_so_named_is_still_nobody():
    text = ("Prime Minister Ali Musa received Premier Taro Sato in Nairobi on Monday. Later the Prime Minister "
            "will travel to Mombasa.")
    # the guest received in Nairobi visits it; the later trip has no traveller
    assert [(f.subject, f.place) for f in _facts(text, "visit")] == [("Taro Sato", "Nairobi")], _facts(text, "visit")


def test_on_the_way_and_setting_out_are_visits():
    for text, place in [("Premier Tomas Kvell stopped briefly in Dubai on his way to Japan.", "Japan"),
                        ("Premier Tomas Kvell left for Lima on Sunday.", "Lima")]:
        assert place in [f.place for f in _facts(text, "visit")], text


def test_a_city_of_ones_own_country_is_no_visit_but_a_foreign_one_is():
    home = "Kenyan Finance Minister John Mbadi attended a budget hearing in Nairobi on Tuesday."
    abroad = "Kenyan Finance Minister John Mbadi attended a budget forum in Lima on Tuesday."
    assert _facts(home, "visit") == []
    assert [(f.subject, f.place) for f in _facts(abroad, "visit")] == [("John Mbadi", "Lima")]


def test_the_one_welcomed_to_a_place_visits_it_whoever_welcomes():
    hosted = "Kenyan President William Ruto welcomed Premier Tomas Kvell to Nairobi on Monday."
    assert [(f.subject, f.place) for f in _facts(hosted, "visit")] == [("Tomas Kvell", "Nairobi")]
    # the meeting of host and guest stays
    assert [(f.subject, f.object) for f in _facts(hosted, "meeting")] == [("William Ruto", "Tomas Kvell")]
    unnamed_host = "Officials said they look forward to welcoming Premier Tomas Kvell to Lima next month."
    assert [(f.subject, f.place) for f in _facts(unnamed_host, "visit")] == [("Tomas Kvell", "Lima")]
    # welcomed at a place, not to it: where the host welcomes, no trip told
    assert _facts("Kenyan President William Ruto welcomed Premier Tomas Kvell at State House in Nairobi.", "visit") == []


def test_the_prime_minister_is_nobody_when_two_so_named_travelled_together():
    text = ("Prime Minister Ali Musa and Premier Taro Sato arrived in Lima on Monday. On Tuesday the Prime "
            "Minister is due to travel to Arequipa.")
    assert [f.place for f in _facts(text, "visit") if f.place == "Arequipa"] == []
    alone = "Prime Minister Ali Musa arrived in Lima on Monday. On Tuesday the Prime Minister is due to travel to Arequipa."
    assert [(f.subject, f.place) for f in _facts(alone, "visit") if f.place == "Arequipa"] == [("Ali Musa", "Arequipa")]


def test_the_guest_of_a_reception_makes_the_visit_told_right_after_it():
    # 'X welcomed Y, ..., for a state visit to Z': Y visits Z, not the host
    text = ("Peruvian President Dina Boluarte welcomed Ghana's president, John Mahama, for a state visit "
            "to Peru on Monday.")
    assert [(f.subject, f.place) for f in _facts(text, "visit")] == [("John Mahama", "Peru")]


def test_a_pronoun_after_the_guest_keeps_the_visit_the_hosts():
    # 'X received Y during his visit to Z': the pronoun stands for X, who travelled
    text = "Premier Tomas Kvell received Ghanaian President John Mahama during his visit to Accra on Monday."
    assert [(f.subject, f.place) for f in _facts(text, "visit")] == [("Tomas Kvell", "Accra")]


def test_a_hope_told_in_a_relative_clause_does_not_make_the_visit_one_to_come():
    # the relative clause after the visit holds the hope; the visit itself was on Monday (one visit, told
    # by the city he was in on his trip to the country)
    text = ("Premier Tomas Kvell was in Accra for an official trip to Ghana on Monday that the government "
            "believes will open new markets.")
    (visit,) = _facts(text, "visit")
    assert (visit.subject, visit.place, visit.modality) == ("Tomas Kvell", "Accra", "asserted")


def test_a_guest_greeted_for_a_trip_is_the_visitor_and_the_trip_is_told_as_done():
    text = ("Ghanaian President John Mahama greeted Premier Tomas Kvell, for an official trip to Accra on Monday "
            "that the government believes will open new markets.")
    (visit,) = _facts(text, "visit")
    assert (visit.subject, visit.place, visit.modality) == ("Tomas Kvell", "Accra", "asserted")


def test_each_person_listed_before_a_visit_verb_visits():
    text = ("Premier Tomas Kvell, Ghanaian President John Mahama and Chilean President Gabriel Boric "
            "all landed in Lima on Monday.")
    assert sorted(f.subject for f in _facts(text, "visit")) == ["Gabriel Boric", "John Mahama", "Tomas Kvell"]
    # one met the other before travelling: only the one who travels visits
    text = "Premier Tomas Kvell met Ghanaian President John Mahama and then arrived in Lima on Monday."
    assert [f.subject for f in _facts(text, "visit")] == ["Tomas Kvell"]


def test_each_time_listed_after_a_visit_dates_a_visit_of_its_own():
    text = "President Tomas Kvell visited Peru in October 2022 and again in June 2023."
    assert sorted(f.when.value for f in _facts(text, "visit")) == ["2022-10", "2023-06"]
    # the first time's purpose told between the two does not part them
    text = "President Tomas Kvell visited Peru in May 2014 to attend an Andean summit, and in June 2019 on a state visit."
    assert sorted(f.when.value for f in _facts(text, "visit")) == ["2014-05", "2019-06"]
    # ... unless the second time opens a clause of its own
    text = "President Tomas Kvell visited Peru in May 2014 to attend an Andean summit, and in June 2019 he hosted one."
    assert [f.when.value for f in _facts(text, "visit")] == ["2014-05"]
    # one span between two times is one visit, not two
    text = "President Tomas Kvell visited Peru four times between 2015 and 2019."
    assert [f.when.value for f in _facts(text, "visit")] == ["2015/2019"]
    # days listed close together are the days of one trip, not trips of their own
    text = "President Tomas Kvell visited Peru on May 6 and May 7."
    assert len(_facts(text, "visit")) == 1


def test_a_state_visit_a_host_hosted_goes_to_the_hosts_country_for_each_guest_listed():
    text = ("Last year Norway's King Harald V hosted state visits for leaders including Kenyan President "
            "William Ruto and French President Emmanuel Macron.")
    visits = sorted((f.subject, f.place, f.when.value) for f in _facts(text, "visit"))
    assert visits == [("Emmanuel Macron", "Norway", "2023"), ("William Ruto", "Norway", "2023")]
    # a place named wins over the host's country
    text = "Norway's King Harald V will host an official visit by Kenyan President William Ruto in Oslo next week."
    assert [(f.subject, f.place) for f in _facts(text, "visit")] == [("William Ruto", "Oslo")]
    # a host whose country nobody tells, or a guest unread, gives no visit
    assert _facts("The foundation hosted a state visit by Kenyan President William Ruto.", "visit") == []
    assert _facts("Kenyan President William Ruto hosted a working visit by Peru's envoy.", "visit") == []


def test_landing_somewhere_is_a_visit_there():
    for text, place in [("Premier Tomas Kvell arrived at the summit venue after landing in Chile on Saturday night.", "Chile"),
                        ("Premier Tomas Kvell landed at an air base in Israel on Sunday.", "Israel")]:
        assert [f.place for f in _facts(text, "visit")] == [place], text


def test_a_landing_dated_only_by_the_article_is_the_trip_told_with_its_own_day_just_before():
    opening = "Foreign ministers opened a summit in the Negev desert on Monday. "
    text = opening + ("On Sunday, Premier Tomas Kvell landed in Israel. "
                      "Premier Tomas Kvell then landed at an air base in Israel with his aides.")
    assert [(f.place, f.when.value) for f in _facts(text, "visit")] == [("Israel", "2024-05-05")]
    # a trip told with a day of its own long before is another trip
    text = opening + ("Premier Tomas Kvell visited Israel in March 2022. "
                      "Premier Tomas Kvell landed at an air base in Israel with his aides.")
    assert sorted(f.when.value for f in _facts(text, "visit")) == ["2022-03", "2024-05-06"]


def test_where_a_trip_sets_out_from_or_a_posts_place_is_no_destination():
    text = "Premier Tomas Kvell said a trip from Quito to Lima would take four hours."
    assert "Quito" not in [f.place for f in _facts(text, "visit")]
    text = "Premier Tomas Kvell later made the long trip from Oslo to Beijing for the talks."
    assert [f.place for f in _facts(text, "visit")] == ["Beijing"]
    text = ("The meeting was attended by Kenya's ambassador in Beijing, Mary Wanjiru, and Deputy Minister "
            "John Mbadi.")
    assert [f.place for f in _facts(text, "visit")] == []


def test_the_country_or_the_capital_told_before_named_by_what_it_is():
    text = "Premier Tomas Kvell arrived in Lima on Wednesday. He last visited the country in 2016."
    assert sorted((f.place, f.when.value) for f in _facts(text, "visit")) == [("Lima", "2024-05-08"), ("Peru", "2016")]
    text = "Premier Tomas Kvell arrived in Peru on Wednesday. He last visited the capital in 2016."
    assert ("Lima", "2016") in [(f.place, f.when.value) for f in _facts(text, "visit")]
    # someone else's visit to 'the country' is not placed by the first traveller's trip
    text = "Premier Tomas Kvell arrived in Lima on Wednesday. Kenyan President William Ruto visited the country in 2016."
    assert [f.subject for f in _facts(text, "visit")] == ["Tomas Kvell"]


def test_a_place_before_a_trigger_that_brings_its_own_destination_is_none_of_its():
    text = "In June, Norway's King Harald V hosted Japan's emperor – a first since the king returned to public life."
    assert [(f.subject, f.place) for f in _facts(text, "visit")] == []


def test_a_clause_on_an_earlier_trip_does_not_change_the_trip_told_before_it():
    text = "Premier Tomas Kvell's trip to Lima comes after he cancelled his first trip in March over the floods."
    assert ("Lima", "asserted") in [(f.place, f.modality) for f in _facts(text, "visit")]
    # the trip's own verb still tells its modality
    text = "Premier Tomas Kvell postponed his trip to Lima after he learned of the floods."
    assert [(f.place, f.modality) for f in _facts(text, "visit")] == [("Lima", "postponed")]


def test_an_event_told_in_a_clause_of_where_is_at_the_place_before_it():
    text = "Premier Tomas Kvell flew to Lima on Monday, where he met Peruvian President Dina Boluarte."
    got = facts.extract(Doc(text, "en", date(2024, 5, 10)), list(split(text, ((0, len(text)),), "en")))
    assert [(f.kind, f.place) for f in got if f.kind in ("visit", "meeting")] == [("visit", "Lima"), ("meeting", "Lima")]
    text = "Premier Tomas Kvell came from Nairobi, where he attended a summit on Tuesday."
    assert [f.place for f in _facts(text, "visit")] == ["Nairobi"]


def test_whom_a_visits_occasion_honours_is_no_visitor():
    for text in ("A trip to Lima, for the swearing-in of former Peruvian President Dina Boluarte as head of "
                 "the regional bank, was announced.",
                 "A visit to Lima for the funeral of former Peruvian President Alan Garcia was announced."):
        assert [f.subject for f in _facts(text, "visit")] == [], text
    text = "Premier Tomas Kvell will travel to Lima for the inauguration of Peruvian President Dina Boluarte."
    assert [(f.subject, f.place) for f in _facts(text, "visit")] == [("Tomas Kvell", "Lima")]


def test_a_time_after_a_comma_alone_is_no_second_visit():
    text = "President Tomas Kvell visited Peru on 14 May, two months after he met Kenyan President William Ruto."
    assert len(_facts(text, "visit")) == 1


def test_two_years_listed_after_in_are_two_visits():
    visits = _facts("Kenyan President William Ruto made earlier visits to Oslo in 2014 and 2018.", "visit")
    assert sorted(f.when.value for f in visits if f.place == "Oslo" and f.when) == ["2014", "2018"]


def test_earlier_visits_after_a_comma_are_the_travellers_own_other_visits():
    # a phrase with no verb of its own after the comma shares the clause's subject, and 'earlier'
    # visits are other trips than the one the clause told
    text = ("Kenyan President William Ruto arrived in Norway on Monday. It is William Ruto's second trip to "
            "Norway, following two earlier visits to Oslo in 2014 and 2018.")
    visits = _facts(text, "visit")
    assert sorted(f.when.value for f in visits if f.place == "Oslo" and f.when) == ["2014", "2018"]


def _visits(text):
    return [(f.place, f.when.value if f.when else None) for f in _facts(text, "visit")]


@pytest.mark.parametrize("text, lang", [
    ("Premier Tomas Kvell is on a three-day state visit to Kenya, his office said.", "en"),
    ("Premier Tomas Kvell is currently in Kenya on a state visit.", "en"),
    ("يقوم رئيس الوزراء توماس كفيل بزيارة دولة إلى كينيا تستمر ثلاثة أيام.", "ar"),
])
def test_a_trip_told_under_way_and_undated_is_under_way_on_the_publication_day(text, lang):
    got = facts.extract(Doc(text, lang, date(2024, 5, 10)), list(split(text, ((0, len(text)),), lang)))
    assert [(f.place, f.when.value if f.when else None) for f in got if f.kind == "visit"] == [("Kenya", "2024-05-10")]


def test_an_arrival_told_undated_is_the_news_of_the_day_not_an_earlier_trip_to_the_same_place():
    # the article dates none of its events before it: the arrival is the day's news; the trip of
    # 2009 to the same city, told later, is another one
    text = "Premier Tomas Kvell has arrived in Nairobi for a state visit. He last visited Nairobi in March 2009."
    assert _visits(text) == [("Nairobi", "2024-05-10"), ("Nairobi", "2009-03")]


def test_a_trip_on_to_another_country_does_not_take_the_days_of_the_visit_before_it():
    text = "Premier Tomas Kvell arrived in Nairobi on Friday. Kvell will travel to Uganda on a visit."
    assert _visits(text) == [("Nairobi", "2024-05-10"), ("Uganda", None)]
    # a leg inside the visit's country does
    text = "Premier Tomas Kvell arrived in Nairobi on Friday. Kvell will travel to Mombasa on a visit."
    assert ("Mombasa", "2024-05-10") in _visits(text)


def test_the_noun_of_the_event_telling_it_again_does_not_cut_off_the_verbs_time():
    # 'met ... for their first summit in April 2019': the summit is the meeting, its time the meeting's
    text = "Premier Tomas Kvell and Ghanaian President John Mahama met in Lima for their first summit in April 2019."
    assert [(f.place, f.when.value) for f in _facts(text, "meeting")] == [("Lima", "2019-04")]


def test_a_plan_told_in_the_past_names_the_weekday_nearest_publication():
    # published on Friday 10 May: the Thursday of a changed plan is the day before, not next week's
    text = "Premier Tomas Kvell was originally scheduled to arrive in Lima on Thursday."
    assert [(f.modality, f.when.value) for f in _facts(text, "visit")] == [("planned", "2024-05-09")]
    # the past of reported speech: the coming Monday is nearer than the last one
    text = "Officials said Premier Tomas Kvell was due to arrive in Lima on Monday."
    assert [(f.modality, f.when.value) for f in _facts(text, "visit")] == [("expected", "2024-05-13")]


def test_a_trip_made_at_someones_invitation_is_no_plan():
    text = "Premier Tomas Kvell arrived in Lima on Thursday at the invitation of Peruvian President Dina Boluarte."
    assert [(f.modality, f.when.value) for f in _facts(text, "visit")] == [("asserted", "2024-05-09")]


def test_a_trip_told_by_its_arrival_is_marked_so():
    assert [f.measure for f in _facts("Premier Tomas Kvell landed in Lima on Thursday.", "visit")] == ["arrival"]
    assert [f.measure for f in _facts("Premier Tomas Kvell visited Lima on Thursday.", "visit")] == [None]


def test_a_town_the_gazetteer_reads_only_after_its_word_and_one_its_country_owns_are_the_destination():
    # Yakutsk (GeoNames: about 236,000 people) is no place of the gazetteer's, read only as 'the city of'
    text = "Premier Tomas Kvell visited the Russian city of Yakutsk on Thursday."
    assert [f.place for f in _facts(text, "visit")] == ["Yakutsk"]
    assert _facts("Premier Tomas Kvell visited Yakutsk on Thursday.", "visit") == []
    # the country's possessive before the words for the city owns it: the city is the destination
    text = "Premier Tomas Kvell visited Russia's Far Eastern city of Vladivostok on Thursday."
    assert [f.place for f in _facts(text, "visit")] == ["Vladivostok"]


def test_the_trip_named_again_stands_for_its_traveller():
    # 'The tour will include visits to X': the tour told in the sentence before is the traveller's
    text = ("Kenyan President William Ruto will embark on a tour of the region on Monday. "
            "The tour will include visits to Peru and Chile.")
    assert {(f.subject, f.place) for f in _facts(text, "visit")} == {("William Ruto", "Peru"), ("William Ruto", "Chile")}


def test_the_last_holder_of_a_post_is_not_its_holder_now():
    # 'the last Indian prime minister to visit' is a previous one, not the visitor named before
    text = ("Indian Prime Minister Narendra Modi arrived in Kuwait on Saturday. "
            "The last Indian prime minister to visit Kuwait was Indira Gandhi in 1981.")
    assert [f.when.value for f in _facts(text, "visit", date(2024, 12, 21)) if f.subject == "Narendra Modi"] == ["2024-12-21"]


def test_a_meeting_told_as_done_undated_is_the_news_of_the_day():
    # the article dates none of its events: talks told as held are its day's news
    got = _facts("Talks between Premier Tomas Kvell and Kenyan President William Ruto have ended in Nairobi.", "meeting")
    assert [(f.subject, f.object, f.when.value if f.when else None) for f in got] == [
        ("Tomas Kvell", "William Ruto", "2024-05-10")]


def test_a_reception_read_as_its_guests_visit_leaves_the_host_the_subject_of_its_clause():
    # 'He received X at the palace': the guest's visit to the city, and the host's meeting with the guest
    text = "Norway's King Harald V spoke on Friday. He previously received William Ruto at the Kremlin in September 2023."
    meetings = [(f.subject, f.object) for f in _facts(text, "meeting")]
    visits = [(f.subject, f.place) for f in _facts(text, "visit")]
    assert meetings == [("Harald V", "William Ruto")] and visits == [("William Ruto", "Moscow")]


def test_arrived_here_is_the_city_the_report_was_filed_from():
    text = "NAIROBI, May 9 (Agency) -- Premier Tomas Kvell arrived here on Thursday for talks on trade."
    assert [(f.subject, f.place, f.rule) for f in _facts(text, "visit")] == [
        ("Tomas Kvell", "Nairobi", "en/events/visit+place/here")]
    # a later sentence of the same report: the dateline's city still
    later = "NAIROBI, May 9 (Agency) -- Trade talks opened on Thursday. Premier Tomas Kvell arrived here in the evening."
    assert [f.place for f in _facts(later, "visit")] == ["Nairobi"]
    # no dateline and nothing told before: no place, no visit; a place opening a sentence with a bracket
    # of another kind is no dateline
    assert not _facts("Premier Tomas Kvell arrived here on Thursday for talks on trade.", "visit")
    assert not _facts("Nairobi (Kenya) backs the plan. Premier Tomas Kvell arrived here on Thursday.", "visit")



def test_a_city_in_capitals_before_a_colon_or_a_dash_is_a_dateline():
    # (its city is where a later sentence's 'here' is)
    for opening in ("NAIROBI: ", "NAIROBI - ", "NAIROBI, Oct 23 — "):
        text = opening + "Trade talks opened on Thursday. Premier Tomas Kvell arrived here in the evening."
        assert [(f.subject, f.place) for f in _facts(text, "visit")] == [("Tomas Kvell", "Nairobi")]
    # a city in ordinary case before a colon opens a headline's statement, no dateline
    assert not _facts("Nairobi: trade talks opened on Thursday. Premier Tomas Kvell arrived here in the evening.", "visit")


def test_here_with_the_country_told_is_the_datelines_city_in_it():
    text = "NAIROBI, May 4 — Premier Tomas Kvell arrived here on Sunday for a visit to Kenya."
    assert [(f.subject, f.place) for f in _facts(text, "visit")] == [("Tomas Kvell", "Nairobi")]
    # a country the dateline's city is not in stays the visit's place
    text = "NAIROBI, May 4 — Premier Tomas Kvell arrived here on Sunday for a visit to Ghana."
    assert [(f.subject, f.place) for f in _facts(text, "visit")] == [("Tomas Kvell", "Ghana")]


def test_a_trip_there_is_not_to_the_place_told_before_it_for_another_reason():
    # 'relations with Nairobi, bolstered during X's trip there': 'there' is not Nairobi, X's own capital
    text = ("Premier Tomas Kvell will visit Kenya in June as Oslo is expanding its relations with Nairobi "
            "that were bolstered during President Ruto's trip there early this year.")
    assert [(f.subject, f.place) for f in _facts(text, "visit")] == [("Tomas Kvell", "Kenya")]


def test_a_trip_owned_by_a_post_alone_is_not_the_one_named_before():
    # 'the Greek high official's visit': the visitor is the one the post stands for, not the host named before
    assert _visits("President Tomas Kvell praised the Greek high official's visit to Oslo.") == []


def test_a_country_in_brackets_after_a_name_is_whose_envoy_not_where_they_went():
    text = "The envoys received were Ambassadors Kofi Asante (Chile), Samuel Kamau (Japan) and Kwame Osei (Peru)."
    assert [f.place for f in _facts(text, "visit")] == []
    # after a common noun, or a town's one-word name the gazetteer lacks, the bracket names the place itself
    text = "Ghanaian President Kofi Asante visited the capital (Lima) on Monday."
    assert [f.place for f in _facts(text, "visit")] == ["Lima"]
    text = "Kenyan President Kofi Asante visited Ho (Ghana) on Monday."
    assert [f.place for f in _facts(text, "visit")] == ["Ghana"]


def test_a_clause_right_after_the_event_tells_its_own_mood_and_day():
    # the visit announced on a Sunday is the one due on the Thursday: the clause set off after the event's
    # noun and its place is the event's own, not an aside's
    for text, lang, modality in [
            ("Officials announced on Sunday the details of Ghanaian President Kofi Asante's visit to Peru, "
             "which is scheduled for 16 May.", "en", "planned"),
            ("Officials announced on Sunday the details of Ghanaian President Kofi Asante's visit to Peru, "
             "which will take place on Thursday.", "en", "expected"),
            ("Officials announced on Sunday the details of Ghanaian President Kofi Asante's visit to Peru, "
             "which is scheduled to be on 16 May.", "en", "planned"),
            ("Ghanaian President Kofi Asante's visit to Peru, which begins on Thursday, will focus on trade.",
             "en", "expected"),
            ("أعلن المسؤولون الأحد تفاصيل زيارة الرئيس الغاني كوفي أسانتي إلى بيرو، والمقرر أن تبدأ يوم 16 مايو.",
             "ar", "planned")]:
        got = [f for f in facts.extract(Doc(text, lang, date(2024, 5, 13)), list(split(text, ((0, len(text)),), lang)))
               if f.kind == "visit"]
        assert [(f.place, f.modality, f.when and f.when.value) for f in got] == [("Peru", modality, "2024-05-16")], text
    # 'which' of the place named after a verb or after a party, a plan of another act coordinated after the
    # event, and a mood of the event's own ('cancelled'), which the clause after it does not undo
    for text, lang, modality, day in [
            ("Ghanaian President Kofi Asante visited Peru on Sunday, which is due to host the forum in June.",
             "en", "asserted", "2024-05-12"),
            ("Ghanaian President Kofi Asante held talks with Peruvian President Dina Boluarte in Lima on Sunday, "
             "which is expected to host the forum in June.", "en", "asserted", "2024-05-12"),
            ("Peru cancelled Ghanaian President Kofi Asante's visit to Lima, which was scheduled for 16 May.",
             "en", "cancelled", None),
            ("أجرى الرئيس الغاني كوفي أسانتي مباحثات مع الرئيس البيروفي خوان بيريز في ليما الأحد، ومن المرتقب أن يلقي خطابا "
             "الخميس أمام البرلمان.", "ar", "asserted", "2024-05-12")]:
        got = [f for f in facts.extract(Doc(text, lang, date(2024, 5, 13)), list(split(text, ((0, len(text)),), lang)))
               if f.kind in ("visit", "meeting")]
        assert got and all((f.modality, f.when and f.when.value) == (modality, day) for f in got), \
            (text, [(f.kind, f.modality, f.when and f.when.value) for f in got])


def test_arriving_at_a_citys_airport_is_a_visit_to_the_city():
    for text in ["Ghanaian President Kofi Asante will arrive at Lima Airport on Wednesday.",
                 "Ghanaian President Kofi Asante will arrive on Wednesday at Lima Airport."]:
        assert [(f.place, f.modality) for f in _facts(text, "visit")] == [("Lima", "expected")], text
    assert _facts("The delegation will arrive at a decision on Wednesday.", "visit") == []


def test_a_second_trip_verb_joined_by_and_to_another_country_is_the_next_leg():
    text = "Ghanaian President Kofi Asante arrived in Lima on Sunday and will head to Quito on Tuesday."
    got = sorted((f.subject, f.place, f.modality, f.when and f.when.value) for f in _facts(text, "visit"))
    assert got == [("Kofi Asante", "Lima", "asserted", "2024-05-05"), ("Kofi Asante", "Quito", "expected", "2024-05-14")], got
    # so with a pronoun for the traveller
    text = "Ghanaian President Kofi Asante is touring South America. He began his visit to the region in Lima on Sunday and will head to Quito next."
    assert ("Kofi Asante", "Quito") in {(f.subject, f.place) for f in _facts(text, "visit")}
    # the same trip told again, by its country or by a place the topic names further on: one visit
    for text in ["Ghanaian President Kofi Asante arrived in Lima on Sunday on his first trip to Peru.",
                 "Ghanaian President Kofi Asante came to Peru on Sunday in a visit focused on the growing "
                 "tension over the border with Ecuador."]:
        assert len(_facts(text, "visit")) == 1, text


def test_a_goal_told_after_the_event_is_what_it_serves_not_its_mood():
    # 'A and B met on DATE and agreed to expand trade': the two met (a time between the verb and 'and')
    text = "Kenyan President Ali Musa and Peruvian President Dina Boluarte met on 7 May and agreed to expand trade."
    assert [(f.subject, f.object, f.modality) for f in _facts(text, "meeting")] == [
        ("Ali Musa", "Dina Boluarte", "asserted")]
    # 'his visit aims to strengthen ties': the visit told before, no goal
    text = "Kenyan President Ali Musa arrived in Lima on Sunday. His visit aims to strengthen ties with Peru."
    assert {f.modality for f in _facts(text, "visit")} == {"asserted"}


def test_the_one_met_told_as_visiting_visits_the_meetings_place():
    text = "Peruvian President Dina Boluarte held talks with her visiting Ghanaian counterpart Kofi Asante in Lima on Monday."
    assert [(f.subject, f.place) for f in _facts(text, "visit")] == [("Kofi Asante", "Lima")]
    assert [(f.subject, f.object) for f in _facts(text, "meeting")] == [("Dina Boluarte", "Kofi Asante")]
    # no place told: no visit
    assert _facts("Peruvian President Dina Boluarte met visiting Ghanaian President Kofi Asante on Monday.", "visit") == []


def test_the_holy_cities_by_the_names_the_english_press_gives_them_are_places():
    first = "Kenyan President Amos Otieno arrived in Lima on Thursday. "
    found = lambda text: [f.place for f in _facts(first + text, "visit", date(2023, 3, 24)) if f.subject == "Amos Otieno"][1:]
    # (entities.yaml, beside GeoNames' Makkah and Madinah): never the place the text sent him to before
    assert found("He visited Medinah on Friday.") == ["Madinah"]
    assert found("He visited Mecca on Friday.") == ["Makkah"]
