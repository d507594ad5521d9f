"""English roles and appointments (issue 10): an appointment asserts the appointee's role, and a
person named in one post several ways in a document holds one role."""
from datetime import date

from checker.extract import facts, names
from checker.extract.sentences import split
from conftest import facts_of


class Doc:
    def __init__(self, text, lang="en", published=None):
        self.id, self.text, self.lang, self.published = "d", text, lang, published


def _facts(text, published=date(2024, 5, 10)):
    return facts.extract(Doc(text, "en", published), list(split(text, ((0, len(text)),), "en")))


def _roles(text, published=date(2024, 5, 10)):
    return sorted((f.subject, f.object) for f in _facts(text, published) if f.kind == "role")


def test_an_english_appointment_is_the_appointees_role_on_the_articles_day():
    text = "Chilean President Gabriel Boric yesterday appointed Ana Lucia Ferreira as foreign minister."
    got = [(f.kind, f.object, f.when.value) for f in _facts(text) if f.subject == "Ana Lucia Ferreira"]
    assert sorted(got) == [("appointment", "Chilean foreign minister", "2024-05-09"),
                           ("role", "Chilean foreign minister", "2024-05-10")]
    assert ("Gabriel Boric", "Chilean president") in _roles(text)


def test_an_appointment_to_a_post_named_already_without_its_country_adds_no_second_role():
    text = ("Prime Minister Marta Velasco met the unions on Tuesday. "
            "Ecuadorian President Daniel Noboa appointed Marta Velasco as prime minister last week.")
    held = [post for who, post in _roles(text) if who == "Marta Velasco"]
    assert len(held) == 1 and held[0].endswith("prime minister"), held


def test_a_planned_english_appointment_is_no_role_yet():
    text = "Chilean President Gabriel Boric will appoint Ana Lucia Ferreira as foreign minister next week."
    assert not any(who == "Ana Lucia Ferreira" for who, _ in _roles(text))


def test_a_post_named_with_part_of_the_name_and_then_in_full_is_one_role():
    text = ("Chilean President Boric opens the trade fair. "
            "Chilean President Gabriel Boric arrived in Lima on Sunday for a two-day visit.")
    assert [r for r in _roles(text) if r[1] == "Chilean president"] == [("Gabriel Boric", "Chilean president")]


def test_a_name_spelled_with_and_without_its_accents_or_in_capitals_is_one_holder():
    text = ("TURKISH PRESIDENT RECEP TAYYIP ERDOĞAN TO VISIT BUDAPEST. "
            "Turkish President Recep Tayyip Erdogan will visit Budapest on Monday. "
            "Turkish President Recep Tayyip Erdoğan met business leaders.")
    assert len([r for r in _roles(text) if r[1] == "Turkish president"]) == 1, _roles(text)


def test_two_people_sharing_a_family_name_and_a_post_keep_a_role_each():
    text = ("Kenyan Governor Ana Wambui Otieno opened the road. "
            "Kenyan Governor Peter Otieno attended the ceremony on Friday.")
    got = {who for who, post in _roles(text) if post == "Kenyan governor"}
    assert got == {"Ana Wambui Otieno", "Peter Otieno"}, got


# -- posts named with an organisation, a second country, several ministries ------------------------

def test_a_ministry_named_by_its_parts_is_its_post_as_written():
    text = "Chile's Minister of Mining and Energy Diego Pardo met miners in Antofagasta on Monday."
    assert ("Diego Pardo", "Chilean minister of mining and energy") in _roles(text)


def test_a_ministry_written_before_minister_reads_as_minister_of():
    text = "Lands and Housing Minister Grace Wanjiru toured the site on Friday."
    assert ("Grace Wanjiru", "minister of lands and housing") in _roles(text)


def test_a_ministry_the_office_lexicon_knows_keeps_its_canonical_office():
    text = "Peruvian Minister of Trade and Industry Rosa Vega opened the fair."
    assert ("Rosa Vega", "Peruvian trade minister") in _roles(text)


def test_a_main_ministry_after_another_post_is_not_swallowed_into_one():
    text = "Foreign Minister Anna Lind and Prime Minister Olof Berg met on Tuesday."
    posts = dict(_roles(text))
    assert posts.get("Anna Lind") == "foreign minister" and posts.get("Olof Berg") == "prime minister", posts


def test_an_ambassador_to_another_country_names_both():
    text = "The Dutch ambassador to Peru, Anke de Vries, said the talks went well."
    assert ("Anke de Vries", "Dutch ambassador to Peru") in _roles(text)


def test_a_post_and_a_courtesy_title_set_off_by_a_comma_name_the_person():
    text = "She met the Crown Prince of Kuwait, Sheikh Sabah Khalid Al Sabah, on Sunday."
    assert ("Sabah Khalid Al Sabah", "Kuwaiti crown prince") in _roles(text)


def test_a_post_set_off_by_commas_takes_a_name_of_two_words_not_the_next_clauses_first_word():
    text = "Speaking after the talks, the Minister of Mines and Energy, Carla Duarte, said exports would rise."
    assert ("Carla Duarte", "minister of mines and energy") in _roles(text)
    assert _roles("He thanked the Minister of Health, Yesterday, the talks went on.") == []


def test_a_federal_minister_is_an_office():
    text = "The guest was received at the airport by federal minister Ahsan Iqbal."
    assert ("Ahsan Iqbal", "federal minister") in _roles(text)


def test_a_new_holder_of_a_post_holds_it():
    text = "Peru's new Prime Minister, Ana Quispe, took the oath on Monday."
    assert ("Ana Quispe", "Peruvian prime minister") in _roles(text)


def test_a_word_that_opens_the_next_sentence_ends_a_name():
    text = "The ceremony was attended by President of Chile Gabriel Boric.  Then, PM of Nepal Pushpa Kamal Dahal spoke."
    assert ("Gabriel Boric", "Chilean president") in _roles(text)


def test_his_office_set_off_before_a_name_is_that_office_of_the_country_named_before_it():
    assert _roles("Chilean President Gabriel Boric dismissed his interior minister, Carolina Toha, on Friday.") \
        == [("Carolina Toha", "Chilean interior minister"), ("Gabriel Boric", "Chilean president")]
    # the post taken up later in the text is the one the name was given
    got = [(f.kind, f.object, f.when.value) for f in _facts(
        "Chilean President Gabriel Boric dismissed his interior minister, Carolina Toha, on Friday. "
        "Toha, who took office on March 11, 2022, left the cabinet.") if f.kind == "appointment"]
    assert got == [("appointment", "Chilean interior minister", "2022-03-11")]
    # no post before 'his' to tell the country: no post
    assert _roles("The talks were led by his interior minister, Carolina Toha, on Friday.") == []


def test_a_headline_in_title_case_names_no_one_by_capitals():
    # every word capitalised, some of them words the article writes in lower case: the words after a
    # post are no name ('Amid Currency Slide')
    body = "\nThe premier sacked the central bank governor on Monday as the currency slid. The cabinet has twenty ministers."
    assert _roles("Peru’s Premier Sacks Central Bank Governor Amid Currency Slide" + body) == []
    assert _roles("Ghanaian PM Tomas Kvell Presents Cabinet With Twenty Ministers" + body) == []
    # one word right after a post is still its holder; a post and a name alone are no headline
    assert _roles("Kvell Holds Talks With Ghanaian President Osei" + body) == [("Osei", "Ghanaian president")]
    # unless the article writes that word in lower case too: a verb, no name
    assert _roles("The Ghanaian President Sacked the Governor" + body) == []
    assert _roles("Ghanaian PM Tomas Kvell" + body) == [("Tomas Kvell", "Ghanaian prime minister")]
    # a list of officials by their posts, every word capitalised, is no headline though the article
    # writes those posts' words in lower case: only words outside the posts tell one
    roles = _roles("The talks ran late, the prime minister's office said.\nForeign Minister Kofi Asante, Energy "
                   "Minister Amos Otieno, Defence Minister Samuel Kamau (Cabinet Members)")
    assert {("Kofi Asante", "foreign minister"), ("Samuel Kamau", "defence minister")} <= set(roles), roles


def test_the_country_after_a_rulers_name_is_theirs_not_a_place():
    text = "King Abdullah II of Jordan met Kenyan President William Ruto in Amman on Monday."
    assert ("Abdullah II", "Jordanian king") in _roles(text)
    meeting = [f for f in _facts(text) if f.kind == "meeting"]
    assert [(f.subject, f.object, f.place) for f in meeting] == [("Abdullah II", "William Ruto", "Amman")]
    # told so once, the post alone names them later
    text = "Sultan Haitham bin Tariq of Oman will meet King Salman. Oman’s sultan arrived in Riyadh on Sunday."
    assert [(f.subject, f.place) for f in _facts(text) if f.kind == "visit"] == [("Haitham bin Tariq", "Riyadh")]
    assert [f.place for f in _facts(text) if f.kind == "meeting"] == [None]


def test_an_emperor_is_a_post_of_his_country():
    assert _roles("Japan’s Emperor Naruhito welcomed the king on Monday.") == [("Naruhito", "Japanese emperor")]


def test_a_catalogue_alias_that_holds_its_post_names_the_role_in_both_languages():
    # 'King Salman' is one alias: its title is still the post the catalogue gives him
    assert ("King Salman", "Saudi king") in _roles("King Salman received the envoy in Jeddah.")
    text = "استقبل الملك سلمان المبعوث في جدة، وحضر الأمير فيصل بن فرحان اللقاء."
    got = [(f.subject, f.object) for f in facts.extract(Doc(text, "ar", date(2024, 5, 10)),
                                                       list(split(text, ((0, len(text)),), "ar"))) if f.kind == "role"]
    assert ("King Salman", "Saudi king") in got
    # a courtesy 'prince' written in the alias is no post of his ('الأمير' is also 'emir')
    assert not any(who == "Faisal bin Farhan" and "emir" in post for who, post in got), got


def test_a_verb_to_be_joins_a_name_and_its_post_either_way():
    assert ("Maria Lopez", "Chilean finance minister") in _roles("Maria Lopez is the new Chilean finance minister.")
    assert ("Maria Lopez", "Chilean finance minister") in _roles("The Chilean finance minister will be Maria Lopez.")
    assert ("Tomas Vidal", "Peruvian foreign minister") in _roles("Tomas Vidal will be Peru's new foreign minister.")
    # the minister's adviser holds no minister's post
    assert not any(who == "Maria Lopez" for who, _ in _roles("Maria Lopez is the Chilean finance minister's adviser."))


def test_a_name_described_before_who_and_the_verb_holds_the_post():
    # 'X, 61, a career diplomat who will be ...': the described name is the post's holder
    text = "Among the ministers is Tomas Vidal, 58, an envoy of long standing who will be Peru's new foreign minister."
    assert ("Tomas Vidal", "Peruvian foreign minister") in _roles(text)


def test_a_predecessor_held_the_post_before_in_its_country():
    facts_ = _facts("Chilean President Gabriel Boric thanked his predecessor Sebastian Pinera on Monday.")
    assert [(f.object, f.modality) for f in facts_ if f.kind == "role" and f.subject == "Sebastian Pinera"] \
        == [("Chilean president", "former")]
    # no post told before it: the post the catalogue gives the one named before it
    facts_ = _facts("Masoud Pezeshkian, speaking in Tabriz, said his predecessor Hassan Rouhani had opened the talks.")
    assert [(f.object, f.modality) for f in facts_ if f.kind == "role" and f.subject == "Hassan Rouhani"] \
        == [("Iranian president", "former")]


def test_an_indian_style_of_address_is_no_part_of_the_name():
    text = ("At the invitation of the President of India, Smt. Kamala Devraj, the king arrived. "
            "The Prime Minister of India, Shri Arun Velkar, received him.")
    assert _roles(text) == [("Arun Velkar", "Indian prime minister"), ("Kamala Devraj", "Indian president")]


def test_an_omani_royal_style_is_no_part_of_the_name():
    text = "Oman's Minister of Heritage Sayyid Tariq Almaawali met the Kenyan envoy, and Sayyida Amal Rashidi spoke."
    assert ("Tariq Almaawali", "Omani minister of heritage") in _roles(text)
    assert [e.name for e in names.find(text, "en") if e.type == "person"] == ["Tariq Almaawali", "Amal Rashidi"]


def test_a_ministry_named_in_full_with_its_export_portfolio_is_one_post():
    text = "Kenyan Minister of Trade and Export Promotion, Amina Wekesa, opened the fair."
    assert _roles(text) == [("Amina Wekesa", "Kenyan minister of trade and export promotion")]


def test_a_post_word_after_a_name_particle_is_part_of_the_name():
    # 'bin Sultan': the father's name, no sultan; the same word before a name is the post
    assert not [r for r in _roles("The late Sheikh Hamdan bin Sultan Al Qasimi visited Lima in 1990.") if r[1] == "sultan"]
    assert ("Hamdan bin Khalid", "sultan") in _roles("Sultan Hamdan bin Khalid arrived in Lima on Monday.")


def test_a_post_joined_by_a_hyphen_to_a_word_before_it_is_no_post_of_its_own():
    # 'Vice-Minister of Finance' is not 'Minister of Finance'; 'then-President' is a post held before
    roles = {(f.subject, f.object, f.modality) for f in facts_of("The Vice-Minister of Finance, Sara Mwangi, spoke.", "en")
             if f.kind == "role"}
    assert not any(o == "finance minister" for _, o, _ in roles)
    roles = {(f.subject, f.modality) for f in facts_of("He met then-President Tomas Kvell in Lima.", "en") if f.kind == "role"}
    assert ("Tomas Kvell", "former") in roles


def test_then_alone_after_a_preposition_is_a_post_held_before_and_after_and_the_next_step():
    roles = {(f.subject, f.modality) for f in facts_of("He recalled his talks in 2021 with then Kenyan President "
                                                       "Tomas Kvell.", "en") if f.kind == "role"}
    assert roles == {("Tomas Kvell", "former")}
    for text in ("He arrived, and then President Tomas Kvell spoke.", "By then President Tomas Kvell had arrived."):
        roles = {(f.subject, f.modality) for f in facts_of(text, "en") if f.kind == "role"}
        assert roles == {("Tomas Kvell", "asserted")}, text


def test_the_staff_of_a_post_to_or_for_the_post_do_not_hold_it():
    assert _roles("Assistant Press Secretary to the Prime Minister Tomas Kvell said the oath was taken.") == []
    assert _roles("Senior Adviser for the President Tomas Kvell said the talks went well.") == []
    # a verb's 'to the': the one named holds the post
    assert ("Tomas Kvell", "prime minister") in _roles("He spoke to the Prime Minister Tomas Kvell on Monday.")


def test_a_governor_general_is_a_post_written_before_a_name():
    for text in ("Governor-General Sir Tomas Kvell swore in the ministers.",
                 "The Governor General, Sir Tomas Kvell, swore in the ministers."):
        assert ("Tomas Kvell", "governor-general") in _roles(text), text


def test_a_post_after_a_comma_before_a_verb_of_two_parties_is_a_second_party_not_the_names():
    # a headline's list: the first name does not hold the post the second party is named by
    assert _roles("Kvell, Emir of Qatar hold talks on trade") == []
    assert _roles("Tomas Kvell, President of Ghana discuss energy ties") == []
    assert _roles("Tomas Kvell, Ghanaian President explore ways to widen trade") == []
    # a later member of the list, after 'and', holds the post set off after its name
    assert _roles("Ana Lee, President of Ghana and Tomas Kvell, Prime Minister of Estonia hold talks") == \
        [("Ana Lee", "Ghanaian president"), ("Tomas Kvell", "Estonian prime minister")]
    # set off by commas, or followed by the holder's own verb, it is the name's
    assert _roles("Tomas Kvell, President of Ghana, held talks on trade") == [("Tomas Kvell", "Ghanaian president")]
    assert _roles("Tomas Kvell, President of Ghana met the envoy") == [("Tomas Kvell", "Ghanaian president")]


def test_stacked_honours_before_a_name_are_no_part_of_it():
    assert _roles("Foreign Minister Datuk Seri Dr Harun Osman Karim met the envoy on Monday.") == \
        [("Harun Osman Karim", "foreign minister")]
    assert _roles("Trade Minister Tan Sri Aziz Hamid Yusof opened the fair.") == [("Aziz Hamid Yusof", "trade minister")]


def test_a_name_goes_on_past_an_apostrophe_inside_a_word_but_not_past_a_possessive():
    assert _roles("Prime Minister Lani Tuilagi Sa’ofa met the envoy on Monday.") == [("Lani Tuilagi Sa’ofa", "prime minister")]
    assert _roles("Prime Minister Lani Tuilagi Sa'ofa's office said on Monday.") == [("Lani Tuilagi Sa'ofa", "prime minister")]


def test_a_post_told_with_its_country_stands_for_no_holder_of_another_country():
    # 'the Kenyan PM' is not the Peruvian prime minister named before, though both are prime ministers
    text = ("Prime Minister Kofi Boateng headed to Lima, where he will be received by his Peruvian counterpart "
            "Ana Ruiz. The visit comes a day after the Kenyan PM was in Quito for the Andean summit.")
    assert [f.subject for f in _facts(text) if f.kind == "visit" and f.place == "Quito"] in ([], ["Kofi Boateng"])


def test_a_holder_set_off_after_the_post_by_one_comma_ends_before_a_time_or_a_saying():
    # the second comma left out: the name ends before 'yesterday', 'on', 'said' as it would before a comma
    for tail in ("yesterday.", "on Monday.", "said the talks went well.", "stated that the talks went well.",
                 "noted that trade had grown."):
        text = f"Ghanaian President Kofi Asante met Kenya’s High Commissioner to Ghana, Samuel Kamau {tail}"
        assert ("Samuel Kamau", "Kenyan ambassador to Ghana") in _roles(text), tail
    # after a post without its country, the name and a time begin the sentence's own clause
    assert _roles("After meeting the President, Kofi Asante on Monday flew to Accra.") == []


def test_a_post_held_before_leaves_the_post_held_now_written_without_its_country():
    # the court's presidency, told as served before, is no post he holds now: the premiership, written
    # without its country, is his role still
    text = ("Who are the members of the new cabinet?\n"
            "- Prime Minister Kofi Asante: a jurist who lastly served as the president of the International "
            "Court of Justice in The Hague.")
    got = {(f.object, f.modality) for f in _facts(text) if f.kind == "role" and f.subject == "Kofi Asante"}
    assert ("prime minister", "asserted") in got, got
    assert ("president of the International Court of Justice", "former") in got, got


def test_a_post_held_before_is_the_one_left_only_where_the_holders_government_resigns():
    left = [(f.subject, f.object) for f in _facts(
        "The president accepted the resignation of former Ghanaian Prime Minister Kofi Asante's government.")
        if f.kind == "resignation"]
    assert left == [("Kofi Asante", "Ghanaian prime minister")], left
    # leaving a party is no leaving of the post held before
    assert not [f for f in _facts("Former Ghanaian Prime Minister Kofi Asante resigned from the opposition party.")
                if f.kind == "resignation" and f.object == "Ghanaian prime minister"]


def test_a_list_that_gives_each_name_its_post_after_it():
    # 'A, the post of X, B, the post of Y, C, ...': each post is the name's before it
    text = ("Present at the session were Hani Rizk, the president of Kenya, Amos Otieno, the head of the UN "
            "mission in Kenya, and Grace Achieng, the governor of the Central Bank of Kenya.")
    assert _roles(text) == [("Amos Otieno", "head of the UN mission in Kenya"),
                            ("Grace Achieng", "Kenyan central bank governor"),
                            ("Hani Rizk", "Kenyan president")]
    # a lone post set off between two names, as often, is the one's after it
    assert ("Amos Otieno", "Kenyan president") in _roles("Samer Daoud thanked the president of Kenya, Amos Otieno, for the visit.")
