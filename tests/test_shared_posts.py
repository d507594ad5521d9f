"""Posts shared by a list, a foreign ministry with further portfolios, and what may stand between a
post and its holder: a style of address, the post's acronym, a compound name written apart.
Sentences of our own."""
from datetime import date

import pytest

from checker.pipeline import analyse
from checker.read.documents import Document


def roles(text, lang="ar"):
    doc = Document(id="x", path="x", source=None, url=None, lang=lang, published=date(2024, 3, 5),
                   published_evidence="", text=text, kept=((0, len(text)),))
    return {(f.subject, f.object) for f in analyse(doc).facts if f.kind == "role"}


def posts(text, lang="ar"):
    return sorted(post for _, post in roles(text, lang))


def test_each_member_of_a_dual_post_holds_it_in_the_country_named_before_the_name():
    found = posts("واجتمع وزيرا المالية الكيني موانجي كاماو والغاني كوفي مينساه في نيروبي.")
    assert found == ["Ghanaian finance minister", "Kenyan finance minister"]


def test_a_plural_post_with_countries_names_each_member():
    found = posts("وحضر وزراء خارجية تشيلي خورخي سالاس، والأرجنتين كارلوس ميلو، والإكوادور ماريا روسي الاجتماع.")
    assert found == ["Argentine foreign minister", "Chilean foreign minister", "Ecuadorian foreign minister"]


def test_a_singular_post_is_not_shared_by_the_next_nationality():
    # 'the Kenyan finance minister X and the Ghanaian Y': Y's post is not told
    assert posts("التقى وزير المالية الكيني موانجي كاماو والغاني كوفي مينساه في نيروبي.") == ["Kenyan finance minister"]


def test_adjectives_before_the_names_do_not_tell_who_holds_which():
    found = posts("وقال وزيرا المالية الكيني والغاني موانجي كاماو وكوفي مينساه إن الاتفاق قريب.")
    assert "Ghanaian finance minister" not in found


@pytest.mark.parametrize("text, post", [
    ("واستقبل وزير الخارجية والتعاون الدولي السوداني علي الصادق الوفد.", "Sudanese foreign minister"),
    ("والتقى وزير الشؤون الخارجية والتعاون الإفريقي المغربي ناصر بوريطة الوفد.", "Moroccan foreign minister"),
    # a ministry of several parts keeps them all when the first is no foreign ministry
    ("وقال وزير الصناعة والتجارة الأردني يوسف الشمالي إن الصادرات ارتفعت.", "Jordanian minister of industry and trade"),
])
def test_a_foreign_ministry_with_further_portfolios_is_the_foreign_ministry(text, post):
    assert post in posts(text)


def test_a_ministry_in_the_states_full_form():
    found = posts("وقالت فاطمة الزهراء بناني وزيرة الصناعة والتجارة في المملكة المغربية إن الصادرات ارتفعت.")
    assert found == ["Moroccan minister of industry and trade"]


def test_the_united_states_full_name_names_its_secretary_of_state():
    assert posts("التقى وزير خارجية الولايات المتحدة الأمريكية ديفيد كارتر في جنيف.") == ["US secretary of state"]


@pytest.mark.parametrize("text", [
    "والتقى وزير الصحة التونسي نور الدين الطبوبي في تونس.",
    "والتقى وزير الصحة التونسي عز الدين سعيدان في تونس.",
])
def test_a_compound_name_written_apart_is_one_name(text):
    (who, post), = roles(text)
    assert post == "Tunisian health minister" and len(who.split()) >= 2


@pytest.mark.parametrize("text, person, post", [
    ("Kenya's Foreign Minister (FM) Musalia Mudavadi arrived on Monday.", "Musalia Mudavadi", "Kenyan foreign minister"),
    ("They met Minister of Foreign Affairs of Oman H.E. Sayyid Badr Albusaidi in Muscat.", "Badr Albusaidi", "Omani foreign minister"),
    # the style written without its stops, as Gulf papers print it
    ("The State Council Chairman, HE Dr Samuel Kamau, received the envoy on Monday.", "Samuel Kamau", "chairman of State Council"),
])
def test_an_acronym_or_styles_of_address_between_a_post_and_its_holder(text, person, post):
    found = roles(text, "en")
    assert any(post == p and person in who for who, p in found), found


@pytest.mark.parametrize("text, post", [
    ("Oman's Minister of Foreign Affairs and International Cooperation Salim Al Harthy met the envoy.",
     "Omani foreign minister"),
    # the same with a rank before the post and the parts joined by a comma
    ("Nepal's Federal Minister for Foreign Affairs, Trade and Tourism Arun Thapa met the envoy.",
     "Nepalese foreign minister"),
    # a ministry of several parts keeps them all when the first is no foreign ministry
    ("Kenyan Minister of Roads and Transport Peter Otieno met the envoy.", "Kenyan minister of roads and transport"),
])
def test_an_english_foreign_ministry_with_further_portfolios_is_the_foreign_ministry(text, post):
    assert post in posts(text, "en")


@pytest.mark.parametrize("text, post", [
    ("Speaker of the Lower House of Parliament Samuel Kamau met the envoy on Tuesday.", "parliament speaker"),
    ("Samuel Kamau, Speaker of the House of Representatives, met the envoy on Tuesday.", "parliament speaker"),
    ("Jordan's Speaker of the House of Representatives Samuel Kamau met the envoy.", "Jordanian parliament speaker"),
])
def test_the_lower_chamber_by_its_common_names_is_the_parliament_speakers(text, post):
    """As Arabic's رئيس مجلس النواب: one post, however the chamber is called."""
    assert roles(text, "en") == {("Samuel Kamau", post)}


def test_a_ministrys_last_field_word_is_no_name_after_the_post():
    # 'Minister for Defence Production': production is the ministry's word, not a person after the post
    found = roles("The meeting was attended by Samuel Kamau, Minister for Defence Production, and others.", "en")
    assert {who for who, _ in found} == {"Samuel Kamau"}


def test_titles_stacked_before_a_styled_name_give_the_name_the_post():
    # 'Leader of the Nation' is no one; the American spelling of the style; a host's verb after the name
    text = "Leader of the Nation, President of the Republic of Kenya, Honorable Samuel Kamau received the envoys."
    assert roles(text, "en") == {("Samuel Kamau", "Kenyan president")}


def test_the_emir_of_the_country_is_the_emir_of_the_country_the_report_is_filed_from():
    # 'X, emir of the country' (أمير البلاد): the country of the dateline, not of the foreign guest
    text = ("الدوحة (قنا) - استقبل حضرة صاحب السمو الشيخ هاني رزق أمير البلاد المفدى اليوم الرئيس الكيني سامر داود "
            "رئيس جمهورية كينيا.")
    assert ("Hani Rizk", "Qatari emir") in roles(text)
    # a city-state's dateline
    assert ("Hani Rizk", "Kuwaiti emir") in roles("الكويت (كونا) - استقبل حضرة صاحب السمو الشيخ هاني رزق أمير البلاد "
                                                   "اليوم الرئيس الكيني سامر داود.")
    # filed from abroad, where the host's own officials are named: not the host's emir
    abroad = "واشنطن (كونا) - التقى حضرة صاحب السمو الشيخ هاني رزق أمير البلاد اليوم الرئيس الأمريكي سامر داود."
    assert ("Hani Rizk", "emir") in roles(abroad)
