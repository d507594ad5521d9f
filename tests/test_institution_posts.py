"""Posts at institutions (an international body, a bank, a university), the people who take them up
and hold them for a span, in both languages: the post is named with the institution, not a country."""
from datetime import date

from checker.extract import names
from checker.pipeline import analyse
from checker.read.documents import Document

PUBLISHED = date(2024, 6, 5)


def _facts(text, lang="en", kind=None):
    doc = Document(id="x", path="x", source=None, url=None, lang=lang, published=PUBLISHED,
                   published_evidence="", text=text, kept=((0, len(text)),))
    return [(f.kind, f.subject, f.object, f.when.value if f.when else None, f.modality)
            for f in analyse(doc).facts if kind is None or f.kind == kind]


def _posts(text, lang="en"):
    return [t.post for t in names.find_titles(text, lang)]


def test_a_post_at_an_institution_is_named_with_the_institution_as_written():
    assert _posts("said Lena Berg, the Secretary-General of the Nordic Investment Bank, on Monday") == \
        ["secretary-general of the Nordic Investment Bank"]
    assert _posts("ILO Director-General Ana Souza opened the session") == ["director-general of ILO"]
    # a country is no institution, nor a country's acronym before a post
    assert _posts("the president of Kenya said") == ["Kenyan president"]
    assert _posts("US President Joe Biden said") == ["US president"]
    # a lowercase noun names no institution
    assert _posts("the chairman of the board said") == []


def test_a_post_the_office_lexicon_knows_whole_is_that_post_however_it_is_told():
    # told at the institution, either way round, the usual way, and in Arabic: one post
    ways = [("the governor of the Central Bank of Ghana, Ama Mensah, said", "en"),
            ("the Governor of Ghana's Central Bank, Ama Mensah, said", "en"),
            ("Ghana's central bank governor Ama Mensah said", "en"),
            ("وقال محافظ البنك المركزي الغاني إن", "ar")]
    assert {tuple(_posts(text, lang)) for text, lang in ways} == {("Ghanaian central bank governor",)}
    # a body the lexicon does not know is named as written, its country with it
    assert _posts("the president of the Supreme Court of Ghana, Ama Mensah, said") == \
        ["president of the Supreme Court of Ghana"]


def test_the_chair_of_a_body_of_government_is_the_head_of_government():
    assert _posts("the Chairwoman of the Council of Ministers of Italy, Clara Bruni, said") == ["Italian prime minister"]
    assert _posts("the head of the Government, Carlo Bruni, said") == ["prime minister"]
    # a body's secretary is not its chair
    assert _posts("the Secretary-General of the Council of Ministers, Carlo Bruni, said") == \
        ["secretary-general of the Council of Ministers"]


def test_the_institutions_name_stops_before_a_time_and_leaves_a_field_out():
    assert _posts("He became head of the Andean Development Corporation on Friday.") == \
        ["head of the Andean Development Corporation"]
    assert _posts("Lina Osei, Professor of Economics at Ashesi University, said") == ["professor at Ashesi University"]


def test_the_name_after_an_apposition_with_an_article_is_the_posts_holder():
    # 'A, the post, B': B holds it; 'B, the post of X, said': B, the only name there, holds it
    facts = _facts("Talks were held with Lula, the Chilean President, Gabriel Boric, and the ministers.", kind="role")
    assert ("role", "Gabriel Boric", "Chilean president", "2024-06-05", "asserted") in facts
    assert not any(f[1] == "Luiz Inácio Lula da Silva" for f in facts)


def test_an_election_to_an_institutions_post_is_an_appointment_with_that_post():
    got = _facts("The board on Friday elected Amara Diallo as president of the West African Development Bank.",
                 kind="appointment")
    assert got == [("appointment", "Amara Diallo", "president of the West African Development Bank", "2024-05-31",
                    "asserted")]
    # the adjective is no election
    assert _facts("Voters cheered the elected Chair of the National Assembly of Ghana on Monday.", kind="appointment") == []


def test_an_unknown_name_before_was_elected_an_institutions_post_is_the_one_elected():
    got = _facts("Amara Diallo of Senegal was elected Secretary-General of IMO on Monday.", kind="appointment")
    assert got == [("appointment", "Amara Diallo", "secretary-general of IMO", "2024-06-03", "asserted")]


def test_a_post_served_for_a_span_is_a_role_held_then():
    got = _facts("Amara Diallo served as Senegal's Minister of Finance from March 2014 to June 2019.", kind="role")
    assert got == [("role", "Amara Diallo", "Senegalese finance minister", "2014-03/2019-06", "asserted")]
    got = _facts("Amara Diallo has served as president of the West African Development Bank since 2021.", kind="role")
    assert got == [("role", "Amara Diallo", "president of the West African Development Bank", "2021/2024-06-05",
                    "asserted")]
    # serving as something that is no post gives no role
    assert _facts("Amara Diallo served as a guide for the visitors in 2019.", kind="role") == []


def test_arabic_names_an_institution_its_lexicon_lists_in_english():
    assert _posts("وصرح المدير العام لمنظمة العمل الدولية للصحفيين", "ar") == \
        ["director-general of International Labour Organization"]
    assert _posts("وقال رئيس البنك الدولي إن", "ar") == ["president of World Bank"]
    # an institution the lexicon lacks is no post here: Arabic has no capitals to bound its name
    assert _posts("وقال المدير العام للشركة إن", "ar") == []


def test_arabic_election_with_a_time_set_off_between_the_one_elected_and_the_post():
    text = "انتخبت الجمعية العامة المغربي عمر الحسيني رسميا، يوم الجمعة، مديرا عاما لمنظمة العمل الدولية"
    got = _facts(text, "ar", kind="appointment")
    assert got == [("appointment", "Omar Husseini", "director-general of International Labour Organization",
                    "2024-05-31", "asserted")]


def test_arabic_nationality_introduces_a_name_that_stops_at_a_word_no_name_is_made_of():
    people = [e.text for e in names.find("وتسلمت الإيطالية ماريا روسي مهامها في مارس", "ar") if e.type == "person"]
    assert people == ["ماريا روسي"]
    # after a noun the adjective is the noun's, and a verb after it is no name
    assert [e for e in names.find("وتراجع الاقتصاد المصري بشدة", "ar") if e.type == "person"] == []


def test_arabic_duties_taken_up_later_are_those_of_the_post_just_given():
    text = ("اختار المجلس المغربي عمر الحسيني مديرا عاما لمنظمة العمل الدولية. "
            "وسيتسلم الحسيني مهامه رسميا في 3 يوليو المقبل.")
    got = _facts(text, "ar", kind="appointment")
    assert ("appointment", "Omar Husseini", "director-general of International Labour Organization", "2024-07-03",
            "expected") in got


def test_arabic_a_word_the_names_miss_after_the_verb_is_the_one_who_takes_office():
    # the one appointed before is not carried over to a tenure whose own subject stands after the verb
    text = ("عين الملك المغربي عمر الحسيني رئيسا للوزراء يوم الاثنين. "
            "وتولى الزرقاني رئاسة الوزراء منذ ربيع 2019.")
    got = _facts(text, "ar", kind="appointment")
    assert not any(when and when.startswith("2019") for _, _, _, when, _ in got)


def test_arabic_a_post_held_since_a_date_by_one_named_right_before_or_after_the_verb():
    text = "ويشغل المغربي عمر الحسيني منصب نائب محافظ البنك المركزي المغربي منذ مارس 2022"
    assert _facts(text, "ar", kind="role") == [
        ("role", "Omar Husseini", "Moroccan deputy central bank governor", "2022-03/2024-06-05", "asserted")]
    # someone named further back in the sentence does not hold it
    text = ("وأعلن الرئيس المغربي القرار أمس، ويشغل الحسيني، وهو خبير سابق لدى البنك الدولي، "
            "منصب نائب محافظ البنك المركزي المغربي منذ مارس 2022")
    assert not any(f[2] == "Moroccan deputy central bank governor" and f[3] == "2022-03/2024-06-05"
                   for f in _facts(text, "ar", kind="role"))


def test_a_blocs_post_told_in_either_language_or_by_acronym_is_one_post():
    from checker.compare.policy import post_key
    ways = [("وقال الأمين العام لمجلس التعاون الخليجي سالم الكعبي إن", "ar"),
            ("أكد أمين عام مجلس التعاون أن القمة", "ar"),
            ("GCC Secretary-General Salem Al-Kaabi said", "en"),
            ("Salem Al-Kaabi, the Secretary-General of the Gulf Cooperation Council, said", "en")]
    posts = {p for text, lang in ways for p in _posts(text, lang)}
    assert len(posts) == 1 and len({post_key(p) for p in posts}) == 1
    league = [("قال الأمين العام لجامعة الدول العربية نبيل فارس إن", "ar"),
              ("said Nabil Fares, the Secretary-General of the Arab League", "en"),
              ("Nabil Fares, Secretary General of the League of Arab States, said", "en")]
    posts = {p for text, lang in league for p in _posts(text, lang)}
    assert len(posts) == 1 and "GCC" not in next(iter(posts))
    assert len({post_key(p) for p in posts}) == 1


def test_a_leading_article_inside_an_institution_post_does_not_split_the_key():
    from checker.compare.policy import post_key
    assert post_key("director of the Andean Rail Institute") == post_key("director of Andean Rail Institute")
    assert post_key("professor at the Lima School of Mines") == post_key("professor at Lima School of Mines")
    assert post_key("director of the Andean Rail Institute") != post_key("director of Andean Road Institute")


def test_a_blocs_short_name_before_the_post_is_that_post():
    assert _posts("Arab League Secretary-General Nabil Fares said") == ["secretary-general of Arab League"]
    assert _posts("Gulf Cooperation Council Secretary-General Salem Al-Kaabi said") == \
        ["secretary-general of Gulf Cooperation Council"]


def test_the_head_of_a_catalogued_bloc_is_one_holder_and_may_be_named_before_the_post():
    (title,) = names.find_titles("Salem Al-Kaabi, the Secretary-General of the Gulf Cooperation Council, said", "en")
    assert title.single_holder
    (deputy,) = names.find_titles("Salem Al-Kaabi, the Deputy Secretary-General of the Gulf Cooperation Council, said", "en")
    assert not deputy.single_holder
    people = [e for e in names.find("وشارك في الاجتماع سالم محمد الكعبي الأمين العام لمجلس التعاون الخليجي، إلى جانب عدد من الوزراء", "ar")
              if e.type == "person"]
    assert [e.title for e in people] == ["secretary-general of Gulf Cooperation Council"]


def test_the_city_an_institution_sits_in_before_its_holder_is_part_of_the_post():
    # 'the head of X in Lima, Y,': Y holds the post of X in Lima; without the comma, no one is named there
    assert _facts("The head of the Kenyan Business Council in Lima, Amina Odhiambo, said trade grew.", kind="role") == \
        [("role", "Amina Odhiambo", "head of the Kenyan Business Council in Lima", "2024-06-05", "asserted")]
    assert _facts("The head of the Kenyan Business Council in Lima said trade grew.", kind="role") == []
    # and with the holder before the post
    assert _facts("Amina Odhiambo, the head of the Kenyan Business Council in Lima, said trade grew.", kind="role") == \
        [("role", "Amina Odhiambo", "head of the Kenyan Business Council in Lima", "2024-06-05", "asserted")]


def test_a_portfolio_of_two_fields_in_either_order_is_one_post():
    from checker.compare.policy import post_key
    assert post_key("Kenyan minister of industry and trade") == post_key("Kenyan minister of trade and industry")
    assert post_key("minister of mines and energy") == post_key("minister of energy and mines")
    # other fields are another post
    assert post_key("minister of mines and energy") != post_key("minister of mines and water")


def test_a_post_given_as_its_own_by_a_named_company_is_the_post_at_that_company():
    # a company named by no word of its kind, the subject of the verb that gives 'its' post
    assert _facts("Kvarn Minerals has appointed Ana Lee as its new chief executive officer.", kind="appointment") \
        == [("appointment", "Ana Lee", "chief executive of Kvarn Minerals", "2024-06-05", "asserted")]
    # one word of its kind, read with the words before it that name it
    assert [f[2] for f in _facts("The Nordic Mining Group has appointed Tomas Kvell as its new chairman.",
                                 kind="appointment")] == ["chairman of The Nordic Mining Group"]
    # a common noun opening the sentence, or a person, owns no post
    assert _facts("The company has appointed Ana Lee as its new managing director.", kind="appointment") == []
    assert _facts("President Tomas Kvell has appointed Ana Lee as its new chair.", kind="appointment") == []
    # nor do the words that open the sentence ('On Monday') name it, nor does the name reach past a comma
    assert _facts("On Monday Kvarn Minerals appointed Ana Lee as its new chief executive officer.",
                  kind="appointment") == []
    assert [f[2] for f in _facts("After talks with the IMF, Nordic Mining Group has appointed Ana Lee as its new chairman.",
                                 kind="appointment")] == ["chairman of Nordic Mining Group"]


def test_a_rosters_lines_give_each_name_the_post_after_its_dash():
    # 'Full Name - Post', one a line; an institution's name four words long where the line ends
    text = ("The following ministers took their oath on Tuesday.\n\n"
            "Kofi Asante Mensah - Secretary of the Department of Finance\n\n"
            "Ama Serwaa Owusu - Secretary of the Department of Human Settlements and Urban Development\n")
    assert {(who, post) for kind, who, post, _, _ in _facts(text, kind="role")} == {
        ("Kofi Asante Mensah", "secretary of the Department of Finance"),
        ("Ama Serwaa Owusu", "secretary of the Department of Human Settlements and Urban Development")}
    # a dash inside a sentence joins no name before it to the post after it
    assert [who for _, who, *_ in _facts("Talks with Kofi Asante went well - Secretary of the Department of "
                                         "Finance, Ama Owusu, said.", kind="role")] == ["Ama Owusu"]


def test_a_ministrys_civil_head_is_a_post_in_both_languages():
    assert _posts("Kofi Asante, Permanent Secretary of the Ministry of Foreign Affairs, said") == \
        ["permanent secretary of the Ministry of Foreign Affairs"]
    assert _posts("وقال وكيل وزارة الخارجية الكيني سامر داود إن", "ar") == ["undersecretary of the Kenyan Foreign Ministry"]
    # a ministry's spokesperson the office lexicon names whole stays that post
    assert _posts("وقال المتحدث باسم وزارة الخارجية الكيني سامر داود إن", "ar") == ["Kenyan foreign ministry spokesperson"]


def test_an_institution_named_again_by_its_kind_is_the_one_the_article_names():
    # 'the Council' after the Gulf Cooperation Council, 'the Organization' after OPEC: that institution's post
    text = "The GCC General Secretariat has appointed Samer Daoud as the Secretary-General of the Council."
    assert ("appointment", "Samer Daoud", "secretary-general of Gulf Cooperation Council") in \
        [f[:3] for f in _facts(text, kind="appointment")]
    # two institutions of that kind named: the post as written
    text = ("The GCC and the UN Security Council met in Cairo. The ministers appointed Samer Daoud as the "
            "Secretary-General of the Council.")
    assert {f[2] for f in _facts(text, kind="appointment")} == {"secretary-general of the Council"}
