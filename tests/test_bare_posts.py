"""Role facts for posts written without their country ("President Xi Jinping", "Premier Li Qiang"):
the country comes from the person's catalogue entry or from the posts the document names them with,
or, in a report filed from a country that names no other's officials, from its dateline; never from a guess."""
from datetime import date

import pytest

from checker import rules
from checker.compare.policy import policy
from checker.extract import names
from checker.pipeline import analyse
from checker.read.documents import Document

PUBLISHED = date(2024, 3, 5)


def role_facts(text, lang="en"):
    doc = Document(id="x", path="x", source=None, url=None, lang=lang, published=PUBLISHED,
                   published_evidence="", text=text, kept=((0, len(text)),))
    return [f for f in analyse(doc).facts if f.kind == "role"]


def roles(text, lang="en"):
    return {(f.subject, f.object, f.rule.rsplit("+", 1)[-1]) for f in role_facts(text, lang)}


@pytest.mark.parametrize("text, lang, person, post", [
    ("President Xi Jinping received the delegation.", "en", "Xi Jinping", "Chinese president"),
    ("Premier Li Qiang will travel to Canberra.", "en", "Li Qiang", "Chinese premier"),
    ("Prime Minister Narendra Modi arrived on Monday.", "en", "Narendra Modi", "Indian prime minister"),
    ("وسيلتقي الرئيس شي جين بينغ نظيره غدا.", "ar", "Xi Jinping", "Chinese president"),
])
def test_the_country_of_a_catalogued_person(text, lang, person, post):
    assert (person, post, "country/catalogue") in roles(text, lang)


def test_the_country_of_the_posts_the_document_names_the_person_with():
    text = ("Pakistan's Deputy Prime Minister Ishaq Dar arrived in Beijing on Monday. "
            "Foreign Minister Ishaq Dar then met his counterpart.")
    found = roles(text)
    assert ("Ishaq Dar", "Pakistani deputy prime minister", "en/titles/nationality-office") in found
    assert ("Ishaq Dar", "Pakistani foreign minister", "country/document") in found


def test_a_country_named_later_in_the_document_counts_too():
    text = "President Asif Ali Zardari left for Tehran. Pakistani President Asif Ali Zardari met the press."
    assert ("Asif Ali Zardari", "Pakistani president", "en/titles/nationality-office") in roles(text)
    # one role fact per person and post: the bare mention adds nothing once the country is written
    assert len([r for r in roles(text) if r[1] == "Pakistani president"]) == 1


@pytest.mark.parametrize("text", [
    "President Yoon Suk-yeol met the delegation.",  # nobody says whose president
    "President-elect Joe Biden said",
    "Pakistani Minister Ali Khan and Iranian Ambassador Ali Khan spoke. Foreign Minister Ali Khan left.",
])
def test_no_country_is_guessed(text):
    assert not [r for r in roles(text) if r[2].startswith("country/") and r[2] != "country/unstated"]


@pytest.mark.parametrize("text, lang, person, office", [
    ("President Yoon Suk-yeol met the delegation.", "en", "Yoon Suk-yeol", "president"),
    ("Prime Minister Tomas Kvell arrived in Oslo on Monday.", "en", "Tomas Kvell", "prime minister"),
    ("وقال رئيس الوزراء أنور سليم إن المحادثات مثمرة.", "ar", None, "prime minister"),
    ("واستقبل أنور سليم، رئيس الدولة، الوفد في القصر.", "ar", None, "president"),
    ("Deputy PM Aldo Verrani opened the fair on Monday.", "en", "Aldo Verrani", "deputy prime minister"),
    ("Supreme Leader Tomas Kvell addressed the crowd.", "en", "Tomas Kvell", "supreme leader"),
    # a Shia cleric's styles stand between the post and the name, as honorifics do
    ("Supreme Leader Ayatollah Seyyed Tomas Kvell addressed the crowd.", "en", "Tomas Kvell", "supreme leader"),
    # an engineer's style, abbreviated: no sentence ends at its full stop
    ("Minister of Ports Eng. Aldo Verrani opened the fair on Monday.", "en", "Aldo Verrani", "minister of ports"),
    ("وألقى المرشد الأعلى أنور سليم كلمة أمام الحشود.", "ar", "Anwar Salim", "supreme leader"),
    ("وقال نائب وزير الخارجية أنور سليم إن المحادثات مثمرة.", "ar", "Anwar Salim", "deputy foreign minister"),
    # the word of a team's captain heading the army is its commander's
    ("وقال قائد الجيش أنور سليم إن الوضع هادئ.", "ar", "Anwar Salim", "army chief"),
    # a minister of state, with a portfolio or without, and a consultative council's chair
    ("وكان في استقباله وزير الدولة أنور سليم.", "ar", "Anwar Salim", "minister of state"),
    ("وقال وزير الدولة للشؤون الخارجية أنور سليم إن المحادثات مثمرة.", "ar", "Anwar Salim",
     "minister of state for foreign affairs"),
    ("ووصل رئيس مجلس الشورى أنور سليم إلى الدوحة.", "ar", "Anwar Salim", "parliament speaker"),
    ("وقال مستشار الأمن القومي أنور سليم إن المحادثات مثمرة.", "ar", "Anwar Salim", "national security adviser"),
])
def test_a_post_whose_country_nobody_states_is_the_office_as_written(text, lang, person, office):
    found = [r for r in roles(text, lang) if r[2] == "country/unstated"]
    assert len(found) == 1 and found[0][1] == office and (person is None or found[0][0] == person)
    # an office without its country names no single holder, so no two such roles ever clash
    assert office not in policy().single_holder


@pytest.mark.parametrize("text, lang", [
    ("and former President Joe Biden said", "en"),
    ("President-elect Tomas Kvell said", "en"),
    ("a banquet given then by the late King Olav V.", "en"),
    ("the swearing-in of former Chilean President Tomas Kvell as head of the bank", "en"),
    ("وقال الرئيس السابق أنور سليم إن المحادثات مثمرة.", "ar"),
])
def test_no_unstated_office_not_held_now(text, lang):
    # a post held before is a former role, undated, never one held on the article's day
    assert not [f for f in role_facts(text, lang)
                if f.rule.endswith("country/unstated") and (f.modality != "former" or f.when is not None)]


def test_a_former_post_of_a_catalogued_person_is_a_former_role_of_their_country():
    (f,) = role_facts("and former President Joe Biden said")
    assert (f.subject, f.object, f.modality, f.when) == ("Joe Biden", "US president", "former", None)


def test_one_unstated_office_per_person_and_none_beside_a_country():
    text = "King Harald met the envoys. Later King Harald V opened the session."
    assert {r for r in roles(text) if r[2] == "country/unstated"} == {("Harald V", "king", "country/unstated")}
    text = "President Tomas Kvell spoke. Estonian President Tomas Kvell left on Monday."
    assert not [r for r in roles(text) if r[2] == "country/unstated"]


def test_the_whole_name_with_a_hyphenated_part():
    (e,) = names.find("met President Yoon Suk-yeol on Monday", "en")
    assert e.name == "Yoon Suk-yeol" and e.bare_post is not None and e.title is None


def test_a_persons_country_is_a_country_of_the_catalogue():
    entities = rules.load("common", "entities")
    countries = {r["name"] for r in entities.rules if r["type"] == "country"}
    people = [r for r in entities.rules if r.get("country")]
    assert people and all(r["type"] == "person" and r["country"] in countries for r in people)


@pytest.mark.parametrize("text, person", [
    ("Prime Minister (PM) Aldo Verrani departed for Tokyo on Tuesday.", "Aldo Verrani"),
    ("Chief Minister (CM) Tomas Kvell opened the session.", "Tomas Kvell"),
])
def test_a_posts_abbreviation_in_brackets_may_stand_before_the_name(text, person):
    assert person in [e.name for e in names.find(text, "en") if e.type == "person"]
    assert not [e for e in names.find("Prime Minister (PM) said on Monday that talks went well.", "en")
                if e.type == "person"]


@pytest.mark.parametrize("text, person, post", [
    # set off by a comma after the name (the catalogue's person: his country is known)
    ("وقال ناريندرا مودي، رئيس الوزراء، إن المشروع سيكتمل العام المقبل", "Narendra Modi", "Indian prime minister"),
    # after a name a courtesy title begins, spaces only; nobody says whose company
    ("وقال السيد سامر الخطيب الرئيس التنفيذي إن الشركة ربحت", "Samer Khatib", "chief executive"),
    # a given name that begins with its particle ('Abd'), set off by commas before the post
    ("وقال عبد الكريم داود، وزير الخارجية، إن البلدين يعملان معا", "Abdelkrim Daoud", "foreign minister"),
    # a family name of the Maghreb written with its particle joined (Ben...), before a minister delegate's post
    ("وقال عبد الكريم بنعتيق، الوزير المنتدب، إن البلدين يعملان معا", "Abdelkrim Benatiq", "minister delegate"),
    # the verb that opens the clause, behind 'and', is no name's first word, though spelled as a rare name
    ("وأكد سامر داود، رئيس الوزراء، أن البلدين يعملان معا", "Samer Daoud", "prime minister"),
])
def test_an_arabic_post_without_its_country_after_its_holder(text, person, post):
    assert [(f.subject, f.object) for f in role_facts(text, "ar")] == [(person, post)]


def test_an_arabic_post_after_a_bare_name_is_the_names_only_after_a_verb_that_takes_no_person():
    # no comma and no courtesy title: after a verb of saying the name is its subject, the post its own
    assert [(f.subject, f.object) for f in role_facts("وقال سامر الخطيب الرئيس التنفيذي إن الشركة ربحت", "ar")] \
        == [("Samer Khatib", "chief executive")]
    # a country's post too, and the verb behind its conjunction
    assert [(f.subject, f.object) for f in role_facts("وأكد هاني رزق وزير المالية الأردني أن الموازنة جاهزة", "ar")] \
        == [("Hani Rizk", "Jordanian finance minister")]
    # after a verb of meeting the post may begin its object ('X met the chief executive')
    assert role_facts("والتقى سامر الخطيب الرئيس التنفيذي للشركة", "ar") == []
    # nor is a kinship a name ('said the cousin of the president that')
    assert role_facts("وقال ابن عم الرئيس إن الشركة ربحت", "ar") == []


@pytest.mark.parametrize("text, post", [
    ("The panel heard Samir Qasimi, the Minister of Higher Education, on Monday.", "minister of higher education"),
    ("The talks included Samir Qasimi, foreign minister, and two envoys.", "foreign minister"),
])
def test_an_english_post_without_its_country_set_off_by_commas_after_its_holder(text, post):
    assert [(f.subject, f.object) for f in role_facts(text)] == [("Samir Qasimi", post)]


def test_an_english_post_after_a_name_that_opens_a_clause_is_no_post_of_the_name():
    # 'X, the president said': the clause tells who spoke, not X's post
    found = role_facts("The delegation met Samir Qasimi, the president said on Monday.")
    assert [(f.subject, f.object) for f in found] == []


@pytest.mark.parametrize("text, lang, post", [
    # the office with its country, then written again without it, then the name
    ("وقال العاهل البلجيكي الملك فيليب إن الحكومة ستتشكل قريبا.", "ar", "Belgian king"),
    ("Belgian monarch King Philippe said the government would be formed soon.", "en", "Belgian king"),
])
def test_a_post_told_again_without_its_country_keeps_the_country(text, lang, post):
    assert [f.object for f in role_facts(text, lang)] == [post]


def test_one_elected_is_named_and_holds_no_post_yet():
    text = "Ruritanian President-elect Amara Diallo visited Lima on Monday."
    doc = Document(id="x", path="x", source=None, url=None, lang="en", published=PUBLISHED,
                   published_evidence="", text=text, kept=((0, len(text)),))
    found = analyse(doc).facts
    assert [f.subject for f in found if f.kind == "visit"] == ["Amara Diallo"]
    assert not [f for f in found if f.kind == "role"]


def test_a_name_behind_the_conjunction_after_a_post_is_the_next_one_listed():
    # 'وحمود' is 'and Hamoud': the next member of the list, not the foreign minister
    got = roles("وحضر الجلسة وسالم بن خالد العامري وزير الخارجية وحمود بن ناصر الكندي وزير الداخلية.", "ar")
    assert not any(s.startswith("Wa") and o == "foreign minister" for s, o, _ in got), got
    # a given name that begins with the letter is still the post's holder
    got = roles("قال وزير الخارجية وليد المعلم إن", "ar")
    assert any(o == "foreign minister" and s.startswith("Wal") for s, o, _ in got), got


@pytest.mark.parametrize("text, post", [
    ("Deputy Foreign Minister Elmar Tovik said the talks would resume.", "deputy foreign minister"),
    ("Vice Foreign Minister Elmar Tovik said the talks would resume.", "deputy foreign minister"),
    ("The bank's Deputy Governor Elmar Tovik said rates would hold.", "deputy governor"),
])
def test_a_deputys_bare_post_is_the_deputys_not_the_heads(text, post):
    assert {(person, office) for person, office, _ in roles(text)} == {("Elmar Tovik", post)}


@pytest.mark.parametrize("text", [
    "Deputy Finance Minister Elmar Tovik said the budget was balanced.",
    "Assistant Secretary of State Elmar Tovik arrived in Cairo.",
])
def test_a_deputy_of_a_post_the_office_lexicon_lacks_holds_no_post_of_the_head(text):
    # the deputy is named, but the head's post ('finance minister') is not read as his
    assert not role_facts(text)


def test_a_fuller_name_of_a_holder_after_a_bare_post_is_that_holder():
    text = ("Omani Sultan Tariq bin Fahd arrived in Riyadh on Sunday. "
            "Sultan Tariq bin Fahd Al Said then held talks with the king.")
    assert {(person, post) for person, post, _ in roles(text)} == {("Tariq bin Fahd", "Omani sultan")}


@pytest.mark.parametrize("text", [
    "وعين الملك سامر داود رئيسا للديوان الملكي.",
    "وكلف الرئيس أنور سليم بتشكيل حكومة جديدة.",
])
def test_a_post_before_the_name_it_appoints_is_not_that_persons(text):
    # the verb's subject is the post, whom it does not name; the name after it is given another post
    assert not [r for r in roles(text, "ar") if r[1] in ("king", "president")]


@pytest.mark.parametrize("text, person, post", [
    ("وانتخب البرلمان قائد الجيش سامر داود رئيسا للبلاد.", "Samer", "Lebanese army chief"),
    ("وأصدر الرئيس مرسوما بتعيين وزير الصناعة أنور سليم رئيسا للوزراء.", "Anwar", "Lebanese industry minister"),
])
def test_a_post_after_a_subject_or_a_verbal_noun_is_the_appointed_persons_own(text, person, post):
    text = "أعلنت الرئاسة اللبنانية في بيروت قرارات جديدة. " + text
    assert [r for r in roles(text, "ar") if r[0].startswith(person) and r[1] == post]


def test_the_countrys_post_is_the_post_of_the_country_the_document_is_about():
    text = ("Kenyan President William Ruto named his cabinet in Nairobi on Monday. The country's new "
            "interior minister, Amina Odhiambo, is a former judge.")
    assert ("Amina Odhiambo", "Kenyan interior minister", "country/document") in roles(text)
    # without 'the country's', no country is guessed for her
    text = "Kenyan President William Ruto named his cabinet in Nairobi on Monday. Interior Minister Amina Odhiambo spoke."
    assert [r for r in roles(text) if r[0] == "Amina Odhiambo"] == [("Amina Odhiambo", "interior minister", "country/unstated")]


@pytest.mark.parametrize("text, post", [
    # the first deputy of the head of state is no head of state
    ("وحضر المأدبة النائب الأول لرئيس الجمهورية \"سامر داود\".", "first vice-president"),
    ("وحضر اللقاء نائب رئيس مجلس الوزراء سامر داود.", "deputy prime minister"),
])
def test_an_arabic_deputys_post_without_its_country_is_the_deputys(text, post):
    got = {(f.object, f.rule.rsplit("+", 1)[-1]) for f in role_facts(text, "ar")}
    assert got == {(post, "country/unstated")}


def test_a_rulers_post_after_another_post_is_no_name():
    # 'the prime minister, ruler of Sharjah': the ruler's word is a post, not one Hakim holding the first
    text = "وحضر الحفل الشيخ سامر داود، رئيس مجلس الوزراء حاكم الشارقة، مع الوفد."
    assert {f.subject for f in role_facts(text, "ar")} == {"Samer Daoud"}


def test_a_post_next_to_the_name_takes_the_country_the_chain_after_it_tells():
    # 'X, prime minister [and] Qatari foreign minister': both posts Qatari, and no post without its country
    text = "واستقبل الشيخ سامر داود، رئيس مجلس الوزراء وزير الخارجية القطري، الضيف."
    assert {f.object for f in role_facts(text, "ar")} == {"Qatari prime minister", "Qatari foreign minister"}


def test_an_unstated_posts_holder_is_spelled_as_the_press_of_the_country_the_article_is_about():
    # a post without its country is one of the article's own country: the name is spelled as its press
    # spells it (Egypt's press writes the Arabic jim as g); the country named twice, no other as often
    egyptian = "أعلنت مصر خطة جديدة للموانئ في القاهرة. وقال وزير النقل جمال نجيب إن الموانئ ستفتح."
    assert ("Gamal Naguib", "transport minister", "country/unstated") in roles(egyptian, "ar")
    # no country told, or two as often: the spelling of all countries' press
    for text in ("أعلنت الحكومة خطة جديدة للموانئ. وقال وزير النقل جمال نجيب إن الموانئ ستفتح.",
                 "أعلنت مصر والأردن خطة للموانئ. وقال وزير النقل جمال نجيب إن الأردن ومصر ستفتحان موانئ."):
        assert ("Jamal Najib", "transport minister", "country/unstated") in roles(text, "ar")
    # a visitor to it is as likely of another country
    visitor = "وصل الرئيس جمال نجيب إلى القاهرة اليوم في زيارة إلى مصر تستمر يومين."
    assert ("Jamal Najib", "president", "country/unstated") in roles(visitor, "ar")


def test_a_post_named_without_its_country_gives_way_to_the_line_up_that_places_it():
    text = ("أعلنت الرئاسة تشكيل الحكومة الجديدة بقيادة سليم الحداد. وتضم الحكومة الجديدة كلا من "
            "سليم الحداد، رئيسا للحكومة اللبنانية، وأنور سليم، نائبا لرئيس الحكومة، وكمال عيسى، وزيرا للمالية.")
    assert {f.object for f in role_facts(text, "ar") if f.subject == "Salim Al-Haddad"} == {"Lebanese prime minister"}
    # alone, the government's head is the office as written
    assert roles(text.split(".")[0] + ".", "ar") == {("Salim Al-Haddad", "prime minister", "country/unstated")}


@pytest.mark.parametrize("text, person, post", [
    # the post set off after the name, closed by the sentence's end or a list's semicolon, not only a comma
    ("He met Suhail Mansour, Minister of Energy.", "Suhail Mansour", "energy minister"),
    ("The delegation includes Suhail Mansour, Minister of Energy and Infrastructure; and Ali Saeed, Minister of Economy.",
     "Ali Saeed", "economy minister"),
    # cabinet secretaries as Washington and London style them, and the judiciary's head, before the name
    ("He later met Treasury Secretary Janet Yellen in Washington.", "Janet Yellen", "treasury secretary"),
    ("He later met Chief Justice Gholam Mohseni in Tehran.", "Gholam Mohseni", "chief justice"),
    # the press's abbreviation of a state's governor, its point or none
    ("He toured the port with Oregon Gov. Dana Whitlock on Friday.", "Dana Whitlock", "governor"),
    ("He toured the port with Oregon Gov Dana Whitlock on Friday.", "Dana Whitlock", "governor"),
    # a cabinet secretary, as Kenya styles its ministers, and its abbreviation
    ("Water CS Amina Odhiambo opened the dam.", "Amina Odhiambo", "water cabinet secretary"),
    ("Cabinet Secretary for Water Amina Odhiambo opened the dam.", "Amina Odhiambo", "water cabinet secretary"),
])
def test_a_post_without_its_country_beside_a_name(text, person, post):
    assert (person, post, "country/unstated") in roles(text)


def test_a_post_set_off_by_commas_is_no_apposition_when_a_clause_follows():
    # 'met X, the minister said': the words after the comma tell who spoke, not X's post
    assert not [r for r in roles("He met Suhail Mansour, the minister said.") if r[0] == "Suhail Mansour"]


@pytest.mark.parametrize("text, person", [
    # Gulf agencies set a name between slashes after its post
    ("وقالت الرئيسة /ليندا أدو/ إن البلدين شريكان.", "ليندا أدو"),
    # a word for the holder's party or the post given to them, between the post and the name
    ("وقال رئيس الحكومة المكلف سامر داود إن التشكيلة جاهزة.", "سامر داود"),
    ("ويلتقي رئيس الوزراء العمالي سامر داود الوفد غدا.", "سامر داود"),
])
def test_an_arabic_name_after_a_post_without_its_country(text, person):
    # the name read whole, as written (whatever its romanised spelling)
    assert person in {e.text for e in names.find(text, "ar") if e.type == "person"}


@pytest.mark.parametrize("text, lang, person, post", [
    ("استقبل نائب وزير الخارجية الكيني نظيره الغاني في نيروبي. وقال نائب وزير الخارجية أنور سليم إن المحادثات مثمرة.",
     "ar", "Anwar Salim", "Kenyan deputy foreign minister"),
    ("The Kenyan deputy foreign minister received his Ghanaian counterpart in Nairobi. "
     "Deputy Foreign Minister Tomas Kvell said the talks went well.", "en", "Tomas Kvell", "Kenyan deputy foreign minister"),
])
def test_an_office_the_document_names_with_one_country_elsewhere_is_that_countrys(text, lang, person, post):
    assert (person, post, "country/office") in roles(text, lang)


@pytest.mark.parametrize("text", [
    # the office named with two countries: whose it is, is not told
    "The Kenyan deputy foreign minister met the Ghanaian deputy foreign minister. Deputy Foreign Minister Tomas Kvell said "
    "the talks went well.",
    # a post of one holder the document gives someone else: the one named without the country holds another's
    "Kenyan President Samuel Kamau received the delegation in Nairobi. President Tomas Kvell said the talks went well.",
    # so with a post many hold: the one named without the country is as often the other's counterpart
    "Ghanaian Deputy Prime Minister Kofi Asante hosted a lunch in Accra. Deputy Prime Minister Tomas Kvell thanked "
    "his host.",
])
def test_an_office_of_two_countries_or_of_another_holder_stays_as_written(text):
    assert ("Tomas Kvell", "unstated") in {(s, r.rsplit("/", 1)[-1]) for s, _, r in roles(text)}


def test_no_fact_read_from_a_guessed_post_carries_the_guess_unmarked():
    # the heir of a guessed post takes the office as written: only the guessed role itself says the country
    text = ("The Kenyan interior minister visited the border on Monday. President Samuel Kamau appointed Tomas Kvell "
            "to replace Interior Minister Kofi Asante.")
    doc = Document(id="x", path="x", source=None, url=None, lang="en", published=PUBLISHED,
                   published_evidence="", text=text, kept=((0, len(text)),))
    placed = [f for f in analyse(doc).facts if f.object == "Kenyan interior minister"]
    assert [f.subject for f in placed] == ["Kofi Asante"] and all(f.rule.endswith("+country/office") for f in placed)


def test_a_hyphenated_family_name_past_the_longest_name_is_kept_whole():
    # four words and the second half of a hyphenated family name: one name, not cut at the hyphen
    (e,) = [e for e in names.find("Ghanaian President Kwame Kofi Mensah Asante-Boateng spoke on Monday.", "en")
            if e.type == "person"]
    assert e.name == "Kwame Kofi Mensah Asante-Boateng"


@pytest.mark.parametrize("text", [
    # a ministry written in title case, its last word no one's name
    "Kofi Mensah – Minister of Lands and Parliamentary Reforms",
    "The portfolio went to the Minister of Social Empowerment and Welfare.",
    # a noun after 'of' set off before a post: no one ('Head of State')
    "Speaking to the Head of State, Ghana's new Ambassador, Kofi Mensah said ties were strong.",
])
def test_the_last_word_of_a_phrase_before_a_post_is_no_person(text):
    people = {e.name for e in names.find(text, "en") if e.type == "person"}
    assert not people & {"Reforms", "Empowerment", "State"}


@pytest.mark.parametrize("text, lang, person", [
    # the words that tell the post held then stand between the post and its holder
    ("وقال الرئيس حينذاك سامر داود إن البلدين صديقان.", "ar", "Samer Daoud"),
    ("وقال الرئيس آنذاك، هاني رزق، إن البلدين صديقان.", "ar", "Hani Rizk"),
])
def test_a_post_held_then_names_its_holder_after_the_word_that_tells_it(text, lang, person):
    facts = role_facts(text, lang)
    assert [(f.subject, f.modality) for f in facts] == [(person, "former")]


@pytest.mark.parametrize("text, lang, person", [
    # a caption's or a roster's "post - name": a name of two words
    ("وحضر اللقاء رئيس مجلس الوزراء - سامر داود.", "ar", "Samer Daoud"),
    ("Attending were the Prime Minister - Kofi Mensah, and others.", "en", "Kofi Mensah"),
])
def test_a_post_then_its_holder_after_a_dash(text, lang, person):
    assert [f.subject for f in role_facts(text, lang)] == [person]


def test_a_former_post_of_an_institution_named_by_its_mixed_case_acronym():
    # 'BoG': the Bank of Ghana as its press writes it; 'former' before it tells a post held before
    facts = role_facts("The former BoG Governor Kofi Mensah met the president on Monday.")
    assert [(f.subject, f.object, f.modality) for f in facts] == [("Kofi Mensah", "governor of BoG", "former")]


def test_a_post_of_this_country_is_the_documents_countrys():
    text = ("Ghana named a new cabinet on Monday. "
            "This country's new Minister of Finance, Kofi Mensah, spoke in Accra.")
    assert [(f.subject, f.object) for f in role_facts(text)] == \
        [("Kofi Mensah", "Ghanaian finance minister")]


@pytest.mark.parametrize("text", [
    # 'former' after a post without its country: a holder of two attested words at least, not an adjective after it
    "وأكد الرئيس السابق سعيد بالنتائج أنه سيعود.",
    "وشكر الرئيس السابق حسن الاستقبال في العاصمة.",
])
def test_a_former_post_without_its_country_takes_no_lone_word_as_its_holder(text):
    assert role_facts(text, "ar") == []


def test_a_former_post_then_its_holder_set_off_by_commas_takes_the_whole_name():
    # 'the former governor, X Y,': the commas end the name, whose words the index need not hold after a given name
    facts = role_facts("وألغى المجلس قرارات المحافظ السابق، سامر كاماو، بعد توليه مهام المصرف مؤقتا.", "ar")
    # (the family name's Latin spelling is the romaniser's letter reading; its two words are the text's)
    assert [(f.subject.split()[0], len(f.subject.split()), f.modality) for f in facts] == [("Samer", 2, "former")]
    # a clause after the commas ('which led to'), no given name first: no one
    text = "وبدأت الأزمة بعزل سامر داود، المحافظ السابق، مما أدى إلى رفع الجاهزية."
    assert {f.subject for f in role_facts(text, "ar")} <= {"Samer Daoud"}


@pytest.mark.parametrize("text, lang, expected", [
    # a report filed from a country (its dateline, a date and the agency's bracket before the text), whose
    # officials are the only ones it names with a country: a post without its country is that country's
    ("Nairobi 12 May 2024 (Agency) The Kenyan prime minister Samer Daoud formed a government. Foreign Minister "
     "Hani Rizk kept his post.", "en", ("Hani Rizk", "Kenyan foreign minister", "country/dateline")),
    ("نيروبي 12 مايو 2024 (وكالة) شكل رئيس الوزراء الكيني سامر داود الحكومة. واحتفظ وزير الخارجية هاني رزق بمنصبه.",
     "ar", ("Hani Rizk", "Kenyan foreign minister", "country/dateline")),
])
def test_a_post_without_its_country_in_a_report_filed_from_home_is_that_countrys(text, lang, expected):
    assert expected in roles(text, lang), roles(text, lang)


def test_a_report_that_names_a_foreign_official_or_a_visitor_guesses_no_country_from_its_dateline():
    home = "Nairobi 12 May 2024 (Agency) The Kenyan prime minister Samer Daoud met Foreign Minister Hani Rizk."
    assert ("Hani Rizk", "Kenyan foreign minister", "country/dateline") in roles(home), roles(home)
    # another country's official named: the dateline tells nothing of the post
    text = ("Nairobi 12 May 2024 (Agency) The Kenyan prime minister Samer Daoud met the Peruvian president Dina "
            "Boluarte. Foreign Minister Hani Rizk attended.")
    assert ("Hani Rizk", "foreign minister", "country/unstated") in roles(text), roles(text)
    # one the article sends there on a visit is no official of the country they visit
    text = ("Nairobi 12 May 2024 (Agency) The Kenyan prime minister Samer Daoud received Foreign Minister Hani Rizk, "
            "who is on a two-day visit to Kenya.")
    assert not [r for r in roles(text) if r[0] == "Hani Rizk" and "Kenyan" in r[1]], roles(text)
    # no year before the bracket: no dateline ('Kenya exported 3 million tonnes (a record) of tea ...')
    text = "Kenya exported 3 million tonnes (a record) of tea. The Kenyan prime minister Samer Daoud met Foreign Minister Hani Rizk."
    assert ("Hani Rizk", "foreign minister", "country/unstated") in roles(text), roles(text)


@pytest.mark.parametrize("text, held", [
    # 'the' and a word that qualifies the post, before it and its holder set off by commas
    ("The Harvard-educated prime minister, Jafar Halabi, said the plan was ready.", True),
    ("Party members praised the outgoing premier, Kofi Asante, on Monday.", True),
    # a qualifier that tells the post is not held yet
    ("Party members backed the would-be president, Yaw Boateng, on Monday.", False),
    ("Reporters met the incoming prime minister, Kofi Asante, on Monday.", False),
])
def test_a_post_qualified_after_the_article_introduces_its_holder_unless_not_held_yet(text, held):
    got = roles(text)
    assert any(post in ("prime minister", "president") for _, post, _ in got) == held, got
