"""Posts told one after another with one holder: each is a role of theirs (posts._chained_posts)."""
from datetime import date

from checker.extract import facts
from checker.extract.sentences import split
from checker.pipeline import analyse
from checker.read.documents import Document


class Doc:
    id, lang, published = "d", "ar", date(2024, 5, 6)


def _roles(text):
    doc = Doc()
    doc.text = text
    return {(f.subject, f.object) for f in facts.extract(doc, list(split(text, ((0, len(text)),), "ar")))
            if f.kind == "role"}


def test_a_post_before_a_post_with_its_country_takes_that_country():
    roles = _roles("وأكد رئيس الوزراء وزير المالية الكويتي ناصر سالم العلي أن الميزانية جاهزة.")
    assert ("Nasser Salem Al-Ali", "Kuwaiti finance minister") in roles, roles
    assert ("Nasser Salem Al-Ali", "Kuwaiti prime minister") in roles, roles


def test_a_chain_before_a_known_person_takes_their_country_and_a_deputys_post_is_no_head():
    roles = _roles("وكان في استقباله ولي العهد ونائب رئيس مجلس الوزراء ووزير الدفاع الأمير محمد بن سلمان عند وصوله.")
    assert ("Mohammed bin Salman", "Saudi crown prince") in roles
    # 'نائب رئيس مجلس الوزراء' is a deputy's post: never the head of government's
    assert ("Mohammed bin Salman", "Saudi prime minister") not in roles


def test_a_comma_between_two_people_of_a_list_ends_the_chain():
    roles = _roles("وشارك في القمة الشيخ خالد بن عبد الله آل ثاني رئيس مجلس الوزراء القطري، الملك سلمان بن "
                   "عبدالعزيز ملك المملكة العربية السعودية، والأمير محمد بن سلمان ولي العهد.")
    assert not [r for r in roles if r[0] == "Khalid bin Abdullah Al Thani" and "king" in r[1]], roles


def test_a_post_with_its_country_that_is_not_next_to_the_name_is_a_role_too():
    # the crown prince's post with its country, then a deputy's post right before the name
    roles = _roles("وقال ولي العهد الكويتي نائب رئيس مجلس الوزراء الشيخ ناصر سالم العلي إن الميزانية جاهزة.")
    assert ("Nasser Salem Al-Ali", "Kuwaiti crown prince") in roles, roles
    assert ("Nasser Salem Al-Ali", "Kuwaiti prime minister") not in roles, roles


def _english_roles(text):
    doc = Doc()
    doc.lang, doc.text = "en", text
    return {(f.subject, f.object) for f in facts.extract(doc, list(split(text, ((0, len(text)),), "en")))
            if f.kind == "role"}


def test_an_english_chain_after_the_name_joins_its_posts_by_and():
    roles = _english_roles("The talks were held with Ahmed Nasser, Kuwait's crown prince and prime minister, at "
                           "a working lunch.")
    assert {("Ahmed Nasser", "Kuwaiti crown prince"), ("Ahmed Nasser", "Kuwaiti prime minister")} <= roles
    roles = _english_roles("Trade was discussed with Ahmed Nasser, the Kuwaiti prime minister and foreign "
                           "minister, on Monday.")
    assert ("Ahmed Nasser", "Kuwaiti foreign minister") in roles, roles


def test_before_an_english_name_and_joins_two_people_not_two_posts():
    # 'the Emir and Prime Minister X ... thanked them': the emir is another person
    roles = _english_roles("At a dinner with Kuwait's Emir and Prime Minister Ahmed Nasser, the guest "
                           "thanked them.")
    assert not any(r[1] == "Kuwaiti emir" for r in roles if r[0] == "Ahmed Nasser"), roles


def test_before_an_english_name_a_crown_prince_joined_by_and_holds_the_next_post_too():
    # the heir's style ('Crown Prince and Prime Minister X'): one holder, though no country is told
    roles = _english_roles("Crown Prince and Prime Minister Ahmed Nasser said the reshuffle was needed.")
    assert {("Ahmed Nasser", "crown prince"), ("Ahmed Nasser", "prime minister")} <= roles, roles
    # listed after another person, 'the Crown Prince' is as often someone else
    roles = _english_roles("The king, the Crown Prince and Prime Minister Ahmed Nasser attended the ceremony.")
    assert ("Ahmed Nasser", "crown prince") not in roles, roles


def test_before_an_english_name_and_joins_the_posts_of_one_holder_the_country_told_once():
    # the country written on the first post and not on the second: both are the one holder's, in that
    # country; a head of state's post so joined is another person's still
    roles = _english_roles("Ghana's Deputy Prime Minister and Foreign Minister Kofi Asante arrived in Lima.")
    assert {("Kofi Asante", "Ghanaian deputy prime minister"), ("Kofi Asante", "Ghanaian foreign minister")} <= roles
    roles = _english_roles("The talks followed a meeting with Ghana's Deputy Prime Minister and Foreign Minister "
                           "Kofi Asante in Lima.")
    assert {("Kofi Asante", "Ghanaian deputy prime minister"), ("Kofi Asante", "Ghanaian foreign minister")} <= roles
    roles = _english_roles("The Ghanaian president and Prime Minister Kofi Asante thanked the guests.")
    assert not any(r[1] == "Ghanaian president" for r in roles if r[0] == "Kofi Asante"), roles
    # a post in lower case, as a noun phrase writes it, is another person's
    roles = _english_roles("He was accompanied by the Ghanaian foreign minister and Energy Minister Kofi Asante.")
    assert not any(r[1] == "Ghanaian foreign minister" for r in roles if r[0] == "Kofi Asante"), roles


def test_before_an_english_name_and_joins_an_office_of_several_holders_to_the_next():
    # 'Deputy Prime Minister' alone points at none of a country's deputies: it is the named holder's
    roles = _english_roles("Deputy Prime Minister and Foreign Minister Kofi Asante arrived in Lima.")
    assert {("Kofi Asante", "deputy prime minister"), ("Kofi Asante", "foreign minister")} <= roles, roles
    # an office of one holder alone may be another person's ('the Emir and Prime Minister X')
    roles = _english_roles("The Emir and Prime Minister Kofi Asante thanked the guests.")
    assert not any(r[1] == "emir" for r in roles if r[0] == "Kofi Asante"), roles
    # or one the catalogue gives the person named: a crown prince who is prime minister too
    roles = _english_roles("Talks in Jeddah were chaired by Crown Prince and Prime Minister Mohammed bin Salman.")
    assert {("Mohammed bin Salman", "Saudi crown prince"), ("Mohammed bin Salman", "Saudi prime minister")} <= roles, roles
    roles = _english_roles("Talks in Jeddah were chaired by King and Prime Minister Mohammed bin Salman.")
    assert ("Mohammed bin Salman", "Saudi king") not in roles, roles


def test_posts_of_two_countries_side_by_side_name_two_holders():
    # 'the Kuwaiti emir [received] the Peruvian president X': the verb left out, one post is not X's
    roles = _roles("واستقبل أمير الكويت في قصر بيان. والتقى أمير الكويت الرئيس البيروفي خوان سالاس في القصر.")
    assert ("Juan Salas", "Kuwaiti emir") not in roles, roles
    assert any(r[1] == "Peruvian president" for r in roles), roles


def test_a_chain_whose_country_nothing_tells_gives_each_office_as_written():
    # no country in the chain, and none known for the holder: each post as a bare post's, without one
    roles = _roles("وحضر الحفل النائب الأول لرئيس مجلس الوزراء وزير النفط ووزير الصحة، الشيخ سامر داود، وعدد من الوزراء.")
    assert {post for name, post in roles if name == "Samer Daoud"} == {
        "first deputy prime minister", "oil minister", "health minister"}, roles


def test_the_post_right_after_a_verb_of_appointing_is_the_appointer_not_the_first_of_a_chain():
    roles = _roles("وعين الملك وزير الخارجية سامر داود رئيسا جديدا لمجلس الوزراء يوم الثلاثاء.")
    assert ("Samer Daoud", "foreign minister") in roles, roles
    assert ("Samer Daoud", "prime minister") in roles, roles
    assert not any(post.endswith("king") for _, post in roles), roles


def test_the_head_given_for_the_council_of_ministers_is_the_prime_minister():
    # 'رئيسا لمجلس الوزراء' is the office 'رئيس مجلس الوزراء' in the accusative, no post at a body of that name
    roles = _roles("وعين الأمير سامر داود، رئيسا لمجلس الوزراء، وهاني رزق، نائبا لرئيس مجلس الوزراء وزيرا للدفاع.")
    assert ("Samer Daoud", "prime minister") in roles, roles
    assert ("Hani Rizk", "deputy prime minister") in roles, roles
    assert not any("Council of Ministers" in post for _, post in roles), roles


def test_the_post_right_after_a_verb_whose_subject_is_the_one_named_stays_in_the_chain():
    # sworn in, took over: the one named after the posts is the verb's subject, the chain all theirs
    roles = _roles("وأدى نائب رئيس الوزراء وزير الخارجية سامر داود اليمين أمام الملك أمس.")
    assert ("Samer Daoud", "deputy prime minister") in roles, roles


def test_a_post_that_stands_for_its_holder_begins_no_chain():
    # the crown prince named by his post, then by his posts and name: the courtesy title 'prince' written
    # before the name is no post of a chain after 'the crown prince'
    text = ("وقع ولي العهد السعودي، رئيس مجلس الوزراء الأمير محمد بن سلمان، ورئيس وزراء كينيا سامر داود على "
            "اتفاقية التعاون.\n\nوكان الأمير محمد بن سلمان قد استقبل الضيف في قصره بجدة.\n")
    doc = Document(id="d", path="d", source=None, url=None, lang="ar", published=date(2024, 5, 6),
                   published_evidence="", text=text, kept=((0, len(text)),))
    got = {(f.subject, f.object) for f in analyse(doc).facts if f.kind == "role"}
    assert ("Mohammed bin Salman", "Saudi prime minister") in got, got
    assert not any(post.endswith("emir") for _, post in got), got


def test_a_courtesy_title_right_before_the_name_ends_no_chain_as_a_post():
    # 'crown prince [and] prime minister Prince X': الأمير is the prince's title here, no emir's post
    for text in ("وقال ولي العهد رئيس مجلس الوزراء الأمير سامر داود إن التعديل مهم.",
                 "وقال ولي العهد ورئيس الوزراء الأمير سامر داود إن التعديل مهم."):
        roles = _roles(text)
        assert ("Samer Daoud", "crown prince") in roles, roles
        assert not any(post.endswith("emir") for _, post in roles), roles
