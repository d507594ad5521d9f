"""Titles composed of an office and a country (rules/<lang>/titles.yaml, rules/common/titles.yaml):
any country's post is named in both languages, in the orders each language uses, with the post
spelled as the hand-written posts are, and the unknown person after it is captured."""
import pytest

from checker.extract.link import is_arabic

from checker.extract import names
from checker import languages, rules
from checker.languages import Language

CASES = [
    # (lang, text, post, person) -- person None: no person is named with the post
    ("en", "French President Emmanuel Macron said on Monday", "French president", "Emmanuel Macron"),
    ("en", "Austrian Chancellor Karl Nehammer arrived in Beijing", "Austrian chancellor", "Karl Nehammer"),
    ("en", "Vietnamese Prime Minister Pham Minh Chinh met", "Vietnamese prime minister", "Pham Minh Chinh"),
    ("en", "Kyrgyz President Sadyr Japarov hosted the summit", "Kyrgyz president", "Sadyr Japarov"),
    ("en", "Senegalese Prime Minister Jean-Baptiste Diouf hosted the summit", "Senegalese prime minister", "Jean-Baptiste Diouf"),
    ("en", "Kuwaiti Emir Sheikh Nawaf bin Ahmad Al Sabah received", "Kuwaiti emir", "Nawaf bin Ahmad Al Sabah"),
    ("en", "Nigerian President Bola Tinubu visited", "Nigerian president", "Bola Tinubu"),
    ("en", "Chilean President Gabriel Boric said", "Chilean president", "Gabriel Boric"),
    # the United Kingdom's name for its foreign minister; India's foreign secretary heads its foreign service
    ("en", "British Foreign Secretary David Lammy said", "British foreign secretary", "David Lammy"),
    ("en", "Indian Foreign Secretary Vinay Kwatra said", "Indian foreign secretary", "Vinay Kwatra"),
    ("en", "Israeli Defense Minister Yoav Gallant said", "Israeli defence minister", "Yoav Gallant"),
    ("en", "Turkish Finance Minister Mehmet Simsek told reporters", "Turkish finance minister", "Mehmet Simsek"),
    ("en", "South Korean President Yoon Suk Yeol met", "South Korean president", "Yoon Suk Yeol"),
    ("en", "North Korean leader Kim Jong Un watched the launch", "North Korean leader", "Kim Jong Un"),
    ("en", "Norway's prime minister, Jonas Gahr Store, said", "Norwegian prime minister", "Jonas Gahr Store"),
    ("en", "the Netherlands' prime minister said", "Dutch prime minister", None),
    ("en", "Egypt's central bank governor Hassan Abdalla said", "Egyptian central bank governor", "Hassan Abdalla"),
    ("en", "talks with the President of Kenya on trade", "Kenyan president", None),
    ("en", "the King of Jordan, Abdullah II, said", "Jordanian king", "Abdullah II"),
    ("en", "Russian President Vladimir Putin said", "Russian president", "Vladimir Putin"),
    ("en", "Chinese Prime Minister Li Qiang said", "Chinese premier", "Li Qiang"),
    ("en", "US Defense Secretary Lloyd Austin said", "US defence secretary", "Lloyd Austin"),
    ("en", "Saudi Arabia's King Salman appointed", "Saudi king", "King Salman"),
    ("en", "Emirati Minister of State Ahmed Al Sayegh attended", "Emirati minister of state", "Ahmed Al Sayegh"),
    ("ar", "قال الرئيس الفرنسي إيمانويل ماكرون", "French president", "Emmanuel Macron"),
    ("ar", "المستشار النمساوي كارل نيهامر", "Austrian chancellor", "كارل نيهامر"),
    ("ar", "وزيرة الخارجية الأرجنتينية ديانا موندينو", "Argentine foreign minister", "ديانا موندينو"),
    # the holder set off by a comma after the post, what they said opened without a closing comma
    ("ar", "وقال الرئيس الكيني، سامر داود إن الاتفاق قريب", "Kenyan president", "سامر داود"),
    # the United Kingdom's foreign minister, named as the English titles name him
    ("ar", "وزير الخارجية البريطاني ديفيد لامي", "British foreign secretary", "ديفيد لامي"),
    ("ar", "التقى رئيس وزراء النرويج يوناس غار ستوره", "Norwegian prime minister", "يوناس غار ستوره"),
    ("ar", "استقبل ولي عهد الكويت الشيخ صباح بن خالد", "Kuwaiti crown prince", "صباح بن خالد"),
    ("ar", "الرئيس الأوزبكي شوكت ميرضيائيف", "Uzbek president", "شوكت ميرضيائيف"),
    ("ar", "رئيس الوزراء المغربي عزيز أخنوش", "Moroccan prime minister", "عزيز أخنوش"),
    ("ar", "ولي العهد السعودي الأمير محمد بن سلمان", "Saudi crown prince", "Mohammed bin Salman"),
    ("ar", "وزير الخارجية العماني", "Omani foreign minister", None),
    # the office told again without its country before the name: the name holds the post told with it
    ("ar", "والتقى العاهل المغربي الملك محمد السادس", "Moroccan king", "محمد السادس"),
    ("ar", "رئيس الوزراء الإسرائيلي بنيامين نتنياهو", "Israeli prime minister", "Benjamin Netanyahu"),
    ("ar", "للرئيس النيجيري بولا تينوبو", "Nigerian president", "بولا تينوبو"),
    ("ar", "رئيسة الوزراء الإيطالية جورجيا ميلوني", "Italian prime minister", "جورجيا ميلوني"),
    ("ar", "محافظ البنك المركزي المصري حسن عبد الله", "Egyptian central bank governor", "حسن عبد الله"),
    ("ar", "الرئيس الجنوب أفريقي سيريل رامافوزا", "South African president", "Cyril Ramaphosa"),
    ("ar", "وزير الدفاع الأمريكي لويد أوستن", "US defence secretary", "Lloyd Austin"),
    ("ar", "رئيس مجلس الدولة الصيني لي تشيانغ", "Chinese premier", "Li Qiang"),
    ("ar", "نائب رئيس الوزراء الروسي ألكسندر نوفاك", "Russian deputy prime minister", "ألكسندر نوفاك"),
    ("ar", "وزير الخارجية الإيراني عباس عراقجي", "Iranian foreign minister", "عباس عراقجي"),
    ("ar", "رئيس البرلمان الإيراني محمد باقر قاليباف", "Iranian parliament speaker", "محمد باقر قاليباف"),
]


@pytest.mark.parametrize("lang, text, post, person", CASES, ids=[c[1][:40] for c in CASES])
def test_composed_title_and_its_person(lang, text, post, person):
    found = names.find_titles(text, lang)
    assert [t.post for t in found] == [post]
    # an unknown Arabic name is checked as captured (its stored name is a Latin spelling)
    named = [e.text if is_arabic(person or "") else e.name for e in names.find(text, lang) if e.title == post]
    assert named == ([person] if person else [])


@pytest.mark.parametrize("lang, text", [
    ("en", "former French President Nicolas Sarkozy"),
    ("en", "the ex-Kenyan prime minister"),
    ("ar", "الرئيس الفرنسي السابق نيكولا ساركوزي"),
])
def test_a_post_held_before_is_a_past_one(lang, text):
    assert [t.past for t in names.find_titles(text, lang)] == [True]


@pytest.mark.parametrize("lang, text", [
    ("en", "US President-elect Donald Trump"),
    ("en", "the French presidential election"),
    ("ar", "الرئيس الأمريكي المنتخب دونالد ترامب"),
    ("ar", "الأمير السعودي الوليد بن طلال"),
    ("ar", "رئيس الشركة الفرنسية"),
])
def test_no_current_post(lang, text):
    assert names.find_titles(text, lang) == []


def test_the_head_of_a_countrys_institution_is_no_head_of_state():
    # 'the president of China's central bank' heads the bank, not China
    assert [t.post for t in names.find_titles("the president of China's central bank", "en")] == [
        "president of the central bank of China"]


def test_country_and_single_holder_come_from_the_data():
    (t,) = names.find_titles("Kenyan President William Ruto", "en")
    assert (t.country, t.single_holder) == ("Kenya", True)
    (t,) = names.find_titles("نائب رئيس الوزراء الروسي ألكسندر نوفاك", "ar")
    assert (t.country, t.single_holder) == ("Russia", False)


def test_both_languages_name_the_same_post():
    en = names.find_titles("Kuwaiti Emir Sheikh Nawaf", "en")
    ar = names.find_titles("أمير الكويت الشيخ نواف", "ar")
    assert en[0].post == ar[0].post == "Kuwaiti emir"


def test_every_country_is_an_entity_and_every_office_is_canonical():
    shared = rules.load("common", "titles").lexicons
    for lang in rules.languages():
        lex = rules.load(lang, "titles").lexicons
        countries = set(lex["nationality"].values()) | set(lex["country"].values())
        assert len(countries) >= 100, lang
        for c in countries:
            k = names.known(c)
            assert k is not None and k.type == "country", (lang, c)
            assert c.lower() in shared["post_adjective"], (lang, c)
        assert {o.lower() for o in lex["office"].values()} <= set(shared["offices"]), lang


def test_posts_lists_composed_posts_for_the_role_checks():
    posts = names.posts()
    assert posts["Austrian chancellor"] == {"country": "Austria", "single_holder": True}
    assert posts["Russian deputy prime minister"]["single_holder"] is False
    assert posts["Secretary of Russia's Security Council"]["country"] == "Russia"


def test_a_composed_rule_without_its_groups_is_refused(tmp_path):
    rs = rules.parse({"lexicons": {"office": {"president": "president"}},
                      "rules": [{"id": "x", "pattern": "(?P<office>{office})", "post": "{adjective} {office}",
                                 "examples": [{"text": "president"}]}]},
                     tmp_path / "titles.yaml", "xx", "titles")
    with pytest.raises(rules.RuleError):
        names._check_composed(rs, rs.rules[0])


@pytest.mark.parametrize("text", [
    "واستقبل الرئيس الفرنسي ونظيره الكيني",
    "الرئيس الإيراني يستقبل وفدا",
    "والتقى وزير الخارجية العماني بنظيره",
    "وبحث أمير الكويت هاتفيا مع",
    "ترأس ولي العهد السعودي جلسة مجلس الوزراء",
])
def test_words_after_an_arabic_title_that_are_no_name(text):
    assert names.find_titles(text, "ar")
    assert [e for e in names.find(text, "ar") if e.type == "person"] == []


def _tiny_titles(tmp_path, pattern):
    """A composed title rule set of one rule, as rules/<lang>/titles.yaml would give it."""
    return rules.parse({"lexicons": {"office": {"president": "president"}, "nationality": {"french": "France"}},
                        "rules": [{"id": "x", "pattern": pattern, "post": "{adjective} {office}",
                                   "examples": [{"text": "French president"}]}]},
                       tmp_path / "titles.yaml", "xx", "titles")


def test_a_composed_match_without_its_country_is_skipped_not_a_crash(tmp_path):
    rs = _tiny_titles(tmp_path, r"(?:(?P<nationality>{nationality})\s+)?(?P<office>{office})")
    names._check_composed(rs, rs.rules[0])  # the groups exist, they are only optional
    rule = rs.rules[0]
    assert names._post_of(rs, rule, rule.regex.search("the president said")) is None
    assert names._post_of(rs, rule, rule.regex.search("the French president said")) == ("French president", "France", True)
    # End to end, through find_titles, with this rule set standing for a language "xx".
    name_rules = rules.parse({"lexicons": {}}, tmp_path / "names.yaml", "xx", "names")
    xx = Language("xx", {"titles": rs, "names": name_rules}, languages.common())
    assert [t.post for t in names.find_titles("the president and the French president spoke", xx)] == ["French president"]


def test_posts_is_read_only():
    posts = names.posts()
    with pytest.raises(TypeError):
        posts["Made-up post"] = {"country": None, "single_holder": False}
    with pytest.raises(TypeError):
        posts["Russian president"]["single_holder"] = False
    assert names.posts()["Russian president"]["single_holder"] is True


# Arabic given names after a post: a name may look like a proclitic and a stop word (فيصل: ف + يصل
# "arrives"), and folding merges the name علي with the preposition على.
@pytest.mark.parametrize("text, post, person", [
    ("قال وزير المالية الكويتي فيصل المطيري", "Kuwaiti finance minister", "فيصل المطيري"),
    ("قال وزير المالية الكويتي علي الكواري", "Kuwaiti finance minister", "علي الكواري"),
    ("وأكد وزير الخارجية العماني بدر البوسعيدي أن", "Omani foreign minister", "بدر البوسعيدي"),
    ("واستقبل وزير الداخلية البحريني خالد بن عبدالله", "Bahraini interior minister", "خالد بن عبدالله"),
    ("وقال وزير الطاقة الكويتي سعود الحربي إن", "Kuwaiti energy minister", "سعود الحربي"),
    ("التقى رئيس الوزراء المغربي عزيز أخنوش ووزير الخارجية الكيني موساليا مودافادي", "Kenyan foreign minister", "موساليا مودافادي"),
    ("وزار وزير الدفاع العماني علي بن سعيد", "Omani defence minister", "علي بن سعيد"),
])
def test_arabic_given_names_after_a_post(text, post, person):
    assert [e.text for e in names.find(text, "ar") if e.title == post] == [person]


@pytest.mark.parametrize("text", [
    "وقال الرئيس الفرنسي إن بلاده",
    "وأعلن المستشار النمساوي اليوم عن خطة",
    "وأكد وزير الخارجية الكويتي على أهمية الحوار",
    "وشدد الرئيس الكيني عَلَى ضرورة التهدئة",
    "وقال وزير الخارجية العماني علي إن",  # the name spelling, but nothing name-like follows
    "وأشاد رئيس الوزراء المغربي بالتعاون",
    "والتقى الرئيس الفرنسي وفدا من",
    "وأعرب وزير الخارجية النرويجي فيما بعد عن",
])
def test_function_words_and_verbs_after_a_post_are_no_name(text):
    assert names.find_titles(text, "ar")
    assert [e for e in names.find(text, "ar") if e.type == "person"] == []
