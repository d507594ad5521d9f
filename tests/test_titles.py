"""Titles composed of an office and a country (rules/<lang>/titles.yaml, rules/common/titles.yaml):
any country's post is named in both languages, in the orders each language uses, with the post
spelled as the hand-written posts are, and the unknown person after it is captured."""
import pytest

from checker import entities, rules

CASES = [
    # (lang, text, post, person) -- person None: no person is named with the post
    ("en", "French President Emmanuel Macron said on Monday", "French president", "Emmanuel Macron"),
    ("en", "German Chancellor Olaf Scholz arrived in Beijing", "German chancellor", "Olaf Scholz"),
    ("en", "Japanese Prime Minister Fumio Kishida met", "Japanese prime minister", "Fumio Kishida"),
    ("en", "Kazakh President Kassym-Jomart Tokayev hosted the summit", "Kazakh president", "Kassym-Jomart Tokayev"),
    ("en", "Qatari Emir Sheikh Tamim bin Hamad Al Thani received", "Qatari emir", "Tamim bin Hamad Al Thani"),
    ("en", "Pakistani Prime Minister Shehbaz Sharif visited", "Pakistani prime minister", "Shehbaz Sharif"),
    ("en", "Indonesian President Prabowo Subianto said", "Indonesian president", "Prabowo Subianto"),
    ("en", "British Foreign Secretary David Lammy said", "British foreign minister", "David Lammy"),
    ("en", "Israeli Defense Minister Yoav Gallant said", "Israeli defence minister", "Yoav Gallant"),
    ("en", "Turkish Finance Minister Mehmet Simsek told reporters", "Turkish finance minister", "Mehmet Simsek"),
    ("en", "South Korean President Yoon Suk Yeol met", "South Korean president", "Yoon Suk Yeol"),
    ("en", "North Korean leader Kim Jong Un watched the launch", "North Korean leader", "Kim Jong Un"),
    ("en", "Germany's chancellor, Olaf Scholz, said", "German chancellor", "Olaf Scholz"),
    ("en", "the Netherlands' prime minister said", "Dutch prime minister", None),
    ("en", "Egypt's central bank governor Hassan Abdalla said", "Egyptian central bank governor", "Hassan Abdalla"),
    ("en", "talks with the President of Kazakhstan on trade", "Kazakh president", None),
    ("en", "the King of Jordan, Abdullah II, said", "Jordanian king", "Abdullah II"),
    ("en", "Russian President Vladimir Putin said", "Russian president", "Vladimir Putin"),
    ("en", "Chinese Prime Minister Li Qiang said", "Chinese premier", "Li Qiang"),
    ("en", "US Defense Secretary Lloyd Austin said", "US defence secretary", "Lloyd Austin"),
    ("en", "Saudi Arabia's King Salman appointed", "Saudi king", "King Salman"),
    ("en", "Emirati Minister of State Ahmed Al Sayegh attended", "Emirati minister of state", "Ahmed Al Sayegh"),
    ("ar", "قال الرئيس الفرنسي إيمانويل ماكرون", "French president", "Emmanuel Macron"),
    ("ar", "المستشار الألماني أولاف شولتس", "German chancellor", "أولاف شولتس"),
    ("ar", "وزيرة الخارجية الألمانية أنالينا بيربوك", "German foreign minister", "أنالينا بيربوك"),
    ("ar", "التقى رئيس وزراء اليابان فوميو كيشيدا", "Japanese prime minister", "فوميو كيشيدا"),
    ("ar", "استقبل أمير قطر الشيخ تميم بن حمد", "Qatari emir", "تميم بن حمد"),
    ("ar", "الرئيس الكازاخستاني قاسم جومارت توكاييف", "Kazakh president", "قاسم جومارت توكاييف"),
    ("ar", "رئيس الوزراء الباكستاني شهباز شريف", "Pakistani prime minister", "شهباز شريف"),
    ("ar", "ولي العهد السعودي الأمير محمد بن سلمان", "Saudi crown prince", "Mohammed bin Salman"),
    ("ar", "وزير الخارجية القطري", "Qatari foreign minister", None),
    ("ar", "والتقى العاهل الأردني الملك عبد الله الثاني", "Jordanian king", None),
    ("ar", "رئيس الوزراء الإسرائيلي بنيامين نتنياهو", "Israeli prime minister", "Benjamin Netanyahu"),
    ("ar", "للرئيس الإندونيسي برابوو سوبيانتو", "Indonesian president", "برابوو سوبيانتو"),
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
    found = entities.find_titles(text, lang)
    assert [t.post for t in found] == [post]
    named = [e.name for e in entities.find(text, lang) if e.title == post]
    assert named == ([person] if person else [])


@pytest.mark.parametrize("lang, text", [
    ("en", "former French President Nicolas Sarkozy"),
    ("en", "the ex-Pakistani prime minister"),
    ("en", "US President-elect Donald Trump"),
    ("en", "the French presidential election"),
    ("en", "the president of China's central bank"),
    ("ar", "الرئيس الفرنسي السابق نيكولا ساركوزي"),
    ("ar", "الرئيس الأمريكي المنتخب دونالد ترامب"),
    ("ar", "الأمير السعودي الوليد بن طلال"),
    ("ar", "رئيس الشركة الفرنسية"),
])
def test_no_current_post(lang, text):
    assert entities.find_titles(text, lang) == []


def test_country_and_single_holder_come_from_the_data():
    (t,) = entities.find_titles("Kazakh President Kassym-Jomart Tokayev", "en")
    assert (t.country, t.single_holder) == ("Kazakhstan", True)
    (t,) = entities.find_titles("نائب رئيس الوزراء الروسي ألكسندر نوفاك", "ar")
    assert (t.country, t.single_holder) == ("Russia", False)


def test_both_languages_name_the_same_post():
    en = entities.find_titles("Qatari Emir Sheikh Tamim", "en")
    ar = entities.find_titles("أمير قطر الشيخ تميم", "ar")
    assert en[0].post == ar[0].post == "Qatari emir"


def test_every_country_is_an_entity_and_every_office_is_canonical():
    shared = rules.load("common", "titles").lexicons
    for lang in rules.languages():
        lex = rules.load(lang, "titles").lexicons
        countries = set(lex["nationality"].values()) | set(lex["country"].values())
        assert len(countries) >= 100, lang
        for c in countries:
            k = entities.known(c)
            assert k is not None and k.type == "country", (lang, c)
            assert c.lower() in shared["post_adjective"], (lang, c)
        assert {o.lower() for o in lex["office"].values()} <= set(shared["offices"]), lang


def test_posts_lists_composed_posts_for_the_role_checks():
    posts = entities.posts()
    assert posts["German chancellor"] == {"country": "Germany", "single_holder": True}
    assert posts["Russian deputy prime minister"]["single_holder"] is False
    assert posts["Secretary of Russia's Security Council"]["country"] == "Russia"


def test_a_composed_rule_without_its_groups_is_refused(tmp_path):
    rs = rules.parse({"lexicons": {"office": {"president": "president"}},
                      "rules": [{"id": "x", "pattern": "(?P<office>{office})", "post": "{adjective} {office}",
                                 "examples": [{"text": "president"}]}]},
                     tmp_path / "titles.yaml", "xx", "titles")
    with pytest.raises(rules.RuleError):
        entities._check_composed(rs, rs.rules[0])


@pytest.mark.parametrize("text", [
    "واستقبل الرئيس الفرنسي ونظيره الألماني",
    "الرئيس الإيراني يستقبل وفدا",
    "والتقى وزير الخارجية القطري بنظيره",
    "وبحث أمير قطر هاتفيا مع",
    "ترأس ولي العهد السعودي جلسة مجلس الوزراء",
])
def test_words_after_an_arabic_title_that_are_no_name(text):
    assert entities.find_titles(text, "ar")
    assert [e for e in entities.find(text, "ar") if e.type == "person"] == []
