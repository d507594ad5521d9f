"""English visits and meetings of people the catalogue lacks (issue 10): a place name inside a
name after a post, a post told in full by its head noun and the body it heads, and a pronoun
subject carried over a verb joined by 'and'."""
from datetime import date

import pytest

from checker.extract import names
from checker.pipeline import analyse
from checker.read.documents import Document
from conftest import facts_of


def people(text):
    return [(e.name, e.title) for e in names.find(text, "en") if e.type == "person"]


def facts(text, kind):
    doc = Document(id="x", path="x", source=None, url=None, lang="en", published=date(2024, 3, 5),
                   published_evidence="", text=text, kept=((0, len(text)),))
    return [f for f in analyse(doc).facts if f.kind == kind]


@pytest.mark.parametrize("text, person", [
    # a given name that is also a city (Santiago, Lima), or a surname that is one (Jining)
    ("Chilean President Santiago Barros arrived in Quito on Monday.", "Santiago Barros"),
    ("Peruvian Foreign Minister Lima Quispe spoke.", "Lima Quispe"),
    ("Chinese Minister Wu Jining arrived in Nairobi.", "Wu Jining"),
    # or a given name that is a country's ('Jordan', 'Israel')
    ("Kenyan Trade Minister Jordan Mwangi arrived in Lima.", "Jordan Mwangi"),
    # or a surname that is one after a middle initial (Stanley, the Falklands' capital)
    ("Kenyan Trade Minister Amos R. Stanley arrived in Lima.", "Amos R. Stanley"),
])
def test_a_place_inside_a_name_after_a_post_is_part_of_it(text, person):
    assert [p for p, _ in people(text)] == [person]
    assert all(e.name != person.split()[0] for e in names.find(text, "en") if e.type == "place")


def test_a_place_alone_or_after_a_whole_name_stays_a_place():
    # a lone place after a post names nobody
    assert people("The Peruvian President Lima visit was cancelled.") == []
    assert people("The Peruvian Foreign Minister Chile talks were cancelled.") == []
    # a name of two words already whole: the place after it is the dateline's or the next clause's
    text = "Kenyan President Amos Otieno Nairobi, March 3"
    assert [p for p, _ in people(text)] == ["Amos Otieno"]
    assert [e.name for e in names.find(text, "en") if e.type == "place"] == ["Nairobi"]


@pytest.mark.parametrize("text, person, post", [
    ("The President of the Andean Development Commission, Lucia Ferreyra, opened the forum.",
     "Lucia Ferreyra", "president of the Andean Development Commission"),
    ("They met the Secretary-General of the Island Forum Secretariat Ana Tuilagi in Suva.",
     "Ana Tuilagi", "secretary-general of the Island Forum Secretariat"),
    # a whole the office lexicon knows is that office, with its country where one is written
    ("The Chairman of the Council of Ministers, Nikolai Petrov, flew to Sofia.", "Nikolai Petrov", "prime minister"),
    ("the President of the Government of Spain, Luis Ortega, arrived", "Luis Ortega", "Spanish prime minister"),
    ("the governor of Chile's Central Bank, Rosa Vega, said", "Rosa Vega", "Chilean central bank governor"),
])
def test_a_post_told_in_full_names_its_holder(text, person, post):
    assert people(text) == [(person, post)]


@pytest.mark.parametrize("text", [
    # the body in lower case is no name of an institution
    "The president of the commission, Maria Lopez, said prices rose.",
    # after the comma, one capitalised word is as often the next clause's subject as a name
    "The head of the Central Bank, Reuters reported, left.",
])
def test_a_post_told_in_full_needs_a_named_body_and_a_whole_name(text):
    assert [p for p, post in people(text) if post and " of the " in post] == []


def test_a_post_told_in_full_is_no_words_between_a_verb_and_its_party():
    text = "Kenyan President Amos Otieno met the Chairman of the Regional Assembly, Jonas Berg, in Oslo."
    assert [(f.subject, f.object) for f in facts(text, "meeting")] == [("Amos Otieno", "Jonas Berg")]


def test_a_pronoun_is_the_subject_of_a_verb_joined_to_its_own_by_and():
    text = ("Kenyan President Amos Otieno arrived in Osaka on Monday. He toured a car plant near the port "
            "and met Japanese Prime Minister Taro Sato.")
    assert [(f.subject, f.object) for f in facts(text, "meeting")] == [("Amos Otieno", "Taro Sato")]
    # a verb of saying between them may bring a subject of its own
    text = ("Kenyan President Amos Otieno arrived in Osaka on Monday. He said the car plant near the port "
            "would grow and met Japanese Prime Minister Taro Sato.")
    assert facts(text, "meeting") == []


def test_a_head_of_government_who_goes_along_visits_too():
    text = ("Kenyan President Amos Otieno visited Lima on Monday, together with the Chancellor of Austria, "
            "Karl Weber, as well as Ghana's Prime Minister, Kofi Mensah.")
    assert sorted(f.subject for f in facts(text, "visit") if f.place == "Lima") == ["Amos Otieno", "Karl Weber", "Kofi Mensah"]
    assert all("+fellow" in f.rule for f in facts(text, "visit") if f.subject != "Amos Otieno")


def test_a_minister_or_a_spouse_who_goes_along_is_company_only():
    text = ("Kenyan President Amos Otieno visited Lima on Monday, accompanied by Foreign Minister Jane Wambui "
            "and his wife, Ruth Otieno.")
    assert [f.subject for f in facts(text, "visit")] == ["Amos Otieno"]
    # nor does a deputy head of government
    text = "Kenyan President Amos Otieno visited Lima on Monday, along with Deputy Prime Minister Jane Wambui."
    assert [f.subject for f in facts(text, "visit")] == ["Amos Otieno"]


def test_a_lone_word_its_grammar_makes_a_person_names_them_in_every_sentence():
    # (a verb of saying makes a lone word a person when the document also writes it ending a full name)
    text = ("Officials welcomed the plan, Elin Lindqvist told reporters. After meeting Okafor on Monday, "
            "Lindqvist said the two sides agreed on a fund. Okafor, who arrived in Oslo on Sunday, thanked his host.")
    # the subject of the leading clause is the one after its comma
    assert [{f.subject, f.object} for f in facts(text, "meeting")] == [{"Lindqvist", "Okafor"}]
    # 'Okafor, who ...' makes him a person though his sentence begins with him
    assert [(f.subject, f.place) for f in facts(text, "visit")] == [("Okafor", "Oslo")]


@pytest.mark.parametrize("text", [
    # a word written in lower case elsewhere is a common noun
    "Okafor, who arrived on Monday, spoke. Police said the talks ended. The police met Okafor in Oslo.",
    # an institution after an article, or the end of a body's name
    "Okafor, who arrived on Monday, spoke. The Commission said the talks ended. Commission met Okafor in Oslo.",
    "Okafor, who arrived on Monday, spoke. The Bureau of Commission said the talks ended. Commission met Okafor.",
])
def test_a_common_word_or_an_institution_before_said_is_no_person(text):
    assert not [f for f in facts(text, "meeting") if {f.subject, f.object} & {"Police", "Commission"}]


def test_a_word_of_a_name_given_whole_stands_for_the_whole_name():
    text = ("Ghanaian President Kofi Mensah met Kenyan President Amos Otieno in Accra. "
            "Mensah said the talks went well.")
    doc_people = {f.subject for f in facts(text, "meeting")} | {f.object for f in facts(text, "meeting")}
    assert "Mensah" not in doc_people and "Kofi Mensah" in doc_people


def test_a_visit_told_without_its_place_goes_where_the_text_just_sent_the_same_person():
    text = ("Kenyan President Amos Otieno is on his third trip to Peru this year. He visited Monday "
            "and is coming back Friday.")
    got = sorted((f.subject, f.place, f.when.value if f.when else None, f.modality) for f in facts(text, "visit"))
    # Monday's visit, and the return on Friday: a trip arranged, of its own
    assert ("Amos Otieno", "Peru", "2024-03-04", "asserted") in got, got
    assert ("Amos Otieno", "Peru", "2024-03-08", "planned") in got, got
    assert all("+place/told" in f.rule for f in facts(text, "visit") if f.when and f.when.value == "2024-03-08")


@pytest.mark.parametrize("text", [
    # the trigger brings its own destination, which is no place here
    "Kenyan President Amos Otieno toured Peru last week. He returned to power in May.",
    # the visit has an object of its own
    "Kenyan President Amos Otieno toured Peru last week. He visited a copper mine on Monday.",
    # someone else stands between the subject and the trigger
    "Kenyan President Amos Otieno toured Peru last week. Otieno praised Ghanaian President Kofi Mensah, whose visit was welcomed.",
])
def test_no_place_is_carried_where_the_words_do_not_allow_it(text):
    assert [f.place for f in facts(text, "visit") if "+place/told" in f.rule] == []


def test_whom_a_visit_is_for_is_not_its_visitor():
    text = "The two envoys will return to Lima on Sunday for talks with President Amos Otieno."
    assert [f.subject for f in facts(text, "visit")] == []


def test_the_three_leaders_are_the_visitor_and_the_fellow_travellers():
    text = ("Kenyan President Amos Otieno visited Lima on Monday, together with the Chancellor of Austria, "
            "Karl Weber, as well as Ghana's Prime Minister, Kofi Mensah. The three leaders later held talks "
            "with Peruvian President Rosa Vega.")
    (m,) = [f for f in facts(text, "meeting") if "Rosa Vega" in (f.subject, f.object)]
    assert {m.subject, m.object, *m.others} == {"Amos Otieno", "Karl Weber", "Kofi Mensah", "Rosa Vega"}
    # a count that is not theirs names nobody
    text = text.replace("The three leaders", "The two leaders")
    assert not [f for f in facts(text, "meeting") if "Rosa Vega" in (f.subject, f.object) and f.others]


def test_a_country_that_names_the_subjects_post_is_no_place_of_the_meeting():
    text = "Kenya President Amos Otieno held talks with Peruvian President Rosa Vega on Thursday."
    assert [f.place for f in facts(text, "meeting")] == [None]


def test_arriving_with_no_place_goes_where_the_text_just_met_the_same_person():
    text = ("Kenyan President Amos Otieno held talks with Peruvian President Rosa Vega in Lima on Thursday. "
            "Otieno arrived with a large delegation of ministers.")
    assert ("Amos Otieno", "Lima") in [(f.subject, f.place) for f in facts(text, "visit")]


def test_a_head_of_government_a_visitor_travels_with_visits_too():
    text = ("Kenyan President Amos Otieno toured Peru on Monday. He is going back to Lima on Friday with "
            "Ghanaian President Kofi Mensah and Andean Council President Lucia Ferreyra for talks with "
            "President Rosa Vega.")
    got = {f.subject for f in facts(text, "visit") if f.place == "Lima"}
    assert got == {"Amos Otieno", "Kofi Mensah", "Lucia Ferreyra"}, got


@pytest.mark.parametrize("text", [
    "Kenyan President Amani Otieno met Chilean President Lucia Ferreyra in Nairobi on Monday and said if "
    "the copper talks went well, a trade pact would follow.",
    "Kenyan President Amani Otieno met Chilean President Lucia Ferreyra in Nairobi on Monday and said that "
    "if the copper talks went well, a trade pact would follow.",
])
def test_a_condition_after_said_does_not_deny_the_event(text):
    (meeting,) = facts(text, "meeting")
    assert meeting.modality == "asserted"


def test_not_saying_whether_still_leaves_the_event_in_doubt():
    text = "The Kenyan presidency did not say whether Amani Otieno would meet Lucia Ferreyra in Nairobi."
    assert all(f.modality == "negated" for f in facts(text, "meeting"))


@pytest.mark.parametrize("text, kind", [
    # a company the catalogue lacks, before a verb of saying, with nothing telling a person
    ("Fuel output will climb next quarter, Norvatek announced on Friday. Ghanaian President Kofi Mensah "
     "held talks with Norvatek in Accra on Saturday.", "meeting"),
    ("Fuel sales will rise, Norvatek said on Friday. Norvatek visited Accra on Saturday.", "visit"),
])
def test_a_lone_word_before_said_without_person_evidence_is_no_person(text, kind):
    assert not [f for f in facts(text, kind) if "Norvatek" in (f.subject, f.object)]


def test_a_lone_word_before_said_is_a_person_when_the_document_gives_the_full_name():
    text = ("Exports will rise, Tamsin Okoro told reporters. Growth is strong, Okoro said on Friday. "
            "Okoro visited Accra on Saturday.")
    assert [f.subject for f in facts(text, "visit")] == ["Okoro"]


def test_a_lone_word_before_said_is_a_person_when_a_personal_pronoun_follows():
    text = "Growth is strong, Okoro said on Friday, according to his office. Okoro visited Accra on Saturday."
    assert [f.subject for f in facts(text, "visit")] == ["Okoro"]
    # 'its' is no person's
    text = "Growth is strong, Okoro said on Friday, according to its office. Okoro visited Accra on Saturday."
    assert not facts(text, "visit")


@pytest.mark.parametrize("text", [
    # a post with its country after 'name, the' as well as one without
    "Lena Varga, the foreign minister of Hungary, met Ghanaian President Kofi Mensah in Accra.",
    "Lena Varga, the Hungarian foreign minister, met Ghanaian President Kofi Mensah in Accra.",
    "Lena Varga, the director of the IMF, met Ghanaian President Kofi Mensah in Accra.",
])
def test_a_name_before_comma_the_post_holds_it(text):
    assert "Lena Varga" in [p for p, _ in people(text)]


def test_a_post_and_a_name_before_a_noun_of_a_place_name_the_place():
    # 'King X International Airport', 'Sheikh X Grand Mosque': a place named after someone, no person
    text = "The envoy was greeted at King Tomas International Airport by Kenyan President Amos Otieno."
    assert [p for p, _ in people(text)] == ["Amos Otieno"]
    assert [p for p, _ in people("The envoys prayed at the Sheikh Rashid Grand Mosque on Friday.")] == []


def test_a_nationality_before_a_post_is_no_name():
    assert people("Kenyan, Ghanaian foreign ministers meet in Lima") == []
    # nor the rest of a chain of names after a known name
    # the rest of the chain is the known person's, and so is the post after it
    assert people("Later in the week Faisal bin Farhan bin Abdullah, the Saudi foreign minister, flew to Lima.") == [
        ("Faisal bin Farhan", "Saudi foreign minister")]
    # nor a country before the post an appointment gives
    text = "The board decided by a vote to appoint by Mr Tomas Kvell of Ghana as director-general of the Fund, from May."
    assert "Ghana" not in [f.subject for f in facts(text, "appointment")]
    assert people("Sheikh Faisal bin Tariq Al-Mansur, Kenyan foreign minister, met him.")[0][0].startswith("Faisal")
    # the minister of investment's courtesy title (Eng.) is no name
    assert [p for p, _ in people("The talks were led by the Minister of Investment, Eng. Tomas Kvell Otieno.")] == [
        "Tomas Kvell Otieno"]


def test_prince_is_a_courtesy_title_before_the_name():
    assert people("Saudi Interior Minister Prince Tomas bin Kvell met the envoy.") == [
        ("Tomas bin Kvell", "Saudi interior minister")]


def test_a_post_after_the_then_its_holder_set_off_by_commas():
    assert people("The envoy met the governor, Tomas Kvell Otieno, on Monday.") == [("Tomas Kvell Otieno", None)]
    # a clause after the comma names no one
    assert people("The envoy met the governor, who said nothing.") == []


def test_a_pronoun_after_a_relative_clause_is_its_antecedents():
    # '..., who arrived on Sunday, his first state visit': the visit is the one the relative clause is
    # about, not the main clause's subject's; a description the names do not read tells no one
    unnamed = facts_of("Peruvian Foreign Minister Ana Rojas called on the visiting dignitary, who arrived "
                       "in Lima on Sunday, his first state visit to Peru.", published=date(2017, 11, 7))
    assert not [f for f in unnamed if f.kind in ("visit", "ordinal")]
    named = facts_of("Peruvian Foreign Minister Ana Rojas met King Tomas Kvell, who arrived in Lima on "
                     "Sunday, his first state visit to Peru.", published=date(2017, 11, 7))
    assert {(f.kind, f.subject) for f in named if f.kind in ("visit", "ordinal")} == {
        ("visit", "Tomas Kvell"), ("ordinal", "Tomas Kvell")}


def test_a_name_of_one_word_told_after_its_post_names_the_person_alone_later():
    # 'Sheikh' is read as a courtesy title, so the name is one word; told alone later it is the same person
    text = ("Bangladeshi Prime Minister Sheikh Marjana arrived in Nairobi on Monday. "
            "Marjana will hold talks with Kenyan President William Ruto on Tuesday.")
    meetings = [(f.subject, f.object) for f in facts_of(text, "en", date(2022, 9, 5)) if f.kind == "meeting"]
    assert meetings == [("Marjana", "William Ruto")]


@pytest.mark.parametrize("comma", ["", ","])
def test_an_event_told_in_a_when_clause_after_a_year_is_of_that_year_and_told_as_done(comma):
    # the negation of the main clause is not the meeting's, and 'since 2016' dates it 2016
    text = (f"There has been no such summit since 2016{comma} when Kenyan President Tomas Kvell met "
            "Peruvian President Ana Rojas in Lima.")
    (m,) = [f for f in facts_of(text, "en", date(2023, 4, 24)) if f.kind == "meeting"]
    assert (m.subject, m.object, m.when.value, m.modality) == ("Tomas Kvell", "Ana Rojas", "2016", "asserted")


@pytest.mark.parametrize("text, lang, modality", [
    ("Chadian President Amara Diallo did not speak to the press on his arrival in Bissau on Tuesday.", "en", "asserted"),
    ("ولم يدل الرئيس التشادي سامر داود بأي تصريحات صحفية لدى وصوله إلى مطار العاصمة بيساو.", "ar", "asserted"),
    # the verb's time to come is the arrival's too
    ("Chadian President Amara Diallo will hold a press conference on his arrival in Nairobi.", "en", "expected"),
    ("وسيعقد الرئيس التشادي سامر داود مؤتمرا صحفيا فور وصوله إلى نيروبي.", "ar", "expected"),
])
def test_an_arrival_told_as_another_verbs_time_is_not_negated_with_that_verb(text, lang, modality):
    trips = [f for f in facts_of(text, lang, date(2025, 5, 28)) if f.kind == "visit"]
    assert trips and all(f.modality == modality for f in trips), trips


def test_a_post_set_off_after_one_met_does_not_end_the_list():
    # 'A, <post>, and B': the post the title rules read is left out, as one before a name is
    text = ("Kenyan Foreign Minister Amos Otieno held talks with the President of Ghana Kofi Mensah, "
            "Ama Owusu, Speaker of the Ghanaian Parliament, and the Minister of Finance of Ghana Kwame Osei.")
    (m,) = facts(text, "meeting")
    assert (m.subject, m.object, set(m.others)) == ("Amos Otieno", "Kofi Mensah", {"Ama Owusu", "Kwame Osei"})
    assert ("Ama Owusu", "Ghanaian parliament speaker") in {(f.subject, f.object) for f in facts(text, "role")}


@pytest.mark.parametrize("rank", ["Lieutenant-General", "Lieutenant General", "Major-General", "Rear Admiral",
                                  "Lieutenant Colonel", "Air Vice Marshal"])
def test_a_military_rank_written_in_full_is_no_part_of_the_name(rank):
    assert people(f"Kenyan Defence Minister {rank} Amos Otieno arrived in Lima.") == [
        ("Amos Otieno", people("Kenyan Defence Minister Amos Otieno arrived in Lima.")[0][1])]


def test_the_two_leaders_who_discuss_are_the_two_the_sentence_before_names():
    text = ("Kenyan President Amos Otieno landed in Osaka on Monday at the invitation of Japanese Prime Minister "
            "Taro Sato. The two leaders are expected to discuss trade and shipping.")
    assert [(f.subject, f.object, f.modality) for f in facts(text, "meeting")] == [("Amos Otieno", "Taro Sato", "expected")]
    # a verb of discussing with no pair before it is no meeting: one person's talk, a budget's review
    text = ("Kenyan President Amos Otieno landed in Osaka on Monday. Officials discussed trade and shipping.")
    assert facts(text, "meeting") == []


def test_a_comma_after_the_one_who_invites_closes_the_phrase():
    # 'At the invitation of X, Y will ...': Y is the visitor, no second one who invites
    text = "At the invitation of Japanese Emperor Kenji Ono, Ghanaian President Amos Otieno will visit Tokyo in May, aides said."
    assert [(f.subject, f.place) for f in facts(text, "visit")] == [("Amos Otieno", "Tokyo")]
    text = ("At the invitation of Japanese Emperor Kenji Ono, Ghanaian President Amos Otieno, who takes a large team, "
            "will visit Tokyo in May.")
    assert [(f.subject, f.place) for f in facts(text, "visit")] == [("Amos Otieno", "Tokyo")]
    # a list of those who invite goes on past its commas to its 'and'
    text = ("At the invitation of Japanese Emperor Kenji Ono, Speaker Ken Mori and Governor Aiko Ito, Ghanaian "
            "President Amos Otieno will visit Tokyo in May.")
    assert [f.subject for f in facts(text, "visit")] == ["Amos Otieno"]
    # those who go along are listed with commas alone too
    text = ("Ghanaian President Amos Otieno, accompanied by Foreign Minister Kofi Asante, Trade Minister Luis Mendoza, "
            "landed in Tokyo.")
    assert [f.subject for f in facts(text, "visit")] == ["Amos Otieno"]
