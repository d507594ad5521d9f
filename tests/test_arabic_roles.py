"""Arabic posts and the names written with them: where a name ends, what sets it apart from its
post (a quote, a bracket, a comma) and which posts the rules know. Sentences of our own."""
from datetime import date

import pytest

from checker import evaluate
from checker.extract import names
from checker.pipeline import analyse
from checker.read.documents import Document
from conftest import facts_of


def roles(text):
    doc = Document(id="x", path="x", source=None, url=None, lang="ar", published=date(2024, 3, 5),
                   published_evidence="", text=text, kept=((0, len(text)),))
    return {(f.subject, f.object) for f in analyse(doc).facts if f.kind == "role"}


def people(text):
    return {e.text: e.title for e in names.find(text, "ar") if e.type == "person"}


@pytest.mark.parametrize("text, name", [
    ("وألقى الرئيس بول كاغامي خطابًا أمام البرلمان", "بول كاغامي"),
    ("وألقى الرئيس بول كاغامي خطاباً أمام البرلمان", "بول كاغامي"),
])
def test_a_word_with_tanween_ends_a_name(text, name):
    # an indefinite noun after the name ("a speech") is no part of it, however the tanween is written
    assert name in people(text)


def test_a_lone_unknown_word_with_tanween_is_no_one():
    assert roles("ألقى الرئيس كيتوندو خطابًا حول الانتخابات") == set()


def test_a_quoted_name_after_its_post():
    assert people('وقالت وزيرة الخارجية الكندية "ميلاني جولي" إن') == {"ميلاني جولي": "Canadian foreign minister"}


def test_a_quoted_saying_after_a_post_is_no_name():
    assert people('وقال وزير الخارجية الكندي "علينا أن نعمل معا" أمس') == {}


def test_a_name_with_its_post_in_brackets():
    assert people("وقال أحمد الزعبي (وزير الطرق الأردني) إن الطريق سيفتح") == {"أحمد الزعبي": "Jordanian roads minister"}


def test_particles_do_not_count_towards_a_name_before_its_post():
    # five words, three of them particles: one person, not "Mohammed" and "Zayed Al Thani" apart
    found = people("وحضر سالم بن سعيد بن علي آل ثاني، ولي عهد أبوظبي، الافتتاح")
    assert found == {"سالم بن سعيد بن علي آل ثاني": "crown prince of Abu Dhabi"}


def test_a_military_rank_between_post_and_name():
    assert people("وحضر الرئيس اللبناني العماد سامر حداد الحفل") == {"سامر حداد": "Lebanese president"}


def test_a_company_head():
    assert ("Mary Bara", "chief executive") in roles("وقالت الرئيسة التنفيذية ماري بارا إن المبيعات ارتفعت")


def test_the_company_named_after_a_post_is_no_person():
    assert roles("وقال الرئيس التنفيذي لشركة الطيران إن الأرباح ارتفعت") == set()
    assert roles("وقال الرئيس المدير العام لمجمع الحديد إن الإنتاج ارتفع") == set()


def test_an_adviser_is_not_the_one_advised():
    found = roles("ويرافقه في الزيارة مستشار رئيس الوزراء سامي الحداد")
    assert {post for _, post in found} == {"adviser to the prime minister"}


def test_a_first_deputy_or_a_special_adviser_of_a_head_does_not_hold_the_heads_post():
    # an ordinal or 'special' between the governing noun and the post, which takes its 'of' as a clitic
    # (the first deputy's own post, named whole, is theirs)
    assert {post for _, post in roles("والتقى الوفد النائب الأول لرئيس مجلس الشورى الكيني، سامي بن حداد، في نيروبي")} \
        == {"Kenyan first deputy parliament speaker"}
    assert roles("وقال المستشار الخاص لرئيس الوزراء الكيني سامي الحداد إن الزيارة ناجحة") == set()
    # nor does one with a courtesy title of the head between ('the office of His Highness the minister')
    assert not {post for _, post in roles("وشارك في الاجتماع مدير مكتب سمو وزير الخارجية سامي الحداد")} & {"foreign minister"}
    # the head himself, told the same way, keeps the post
    assert {post for _, post in roles("وقال رئيس الوزراء الكيني سامي الحداد إن الزيارة ناجحة")} == {"Kenyan prime minister"}


def test_the_head_of_a_state_council_is_a_premier_only_when_the_council_is_chinas():
    # China's State Council is its government; Egypt's is a court, whose head is no premier
    assert {post for _, post in roles("واستقبل رئيس مجلس الدولة الصيني وين جيا باو الوفد")} == {"Chinese premier"}
    assert not {post for _, post in roles("وقال رئيس مجلس الدولة المصري المستشار أحمد عبود إن المجلس قرر ذلك")} \
        & {"premier", "Egyptian premier"}


def test_a_lone_two_letter_surname_after_a_bare_post_names_no_role():
    # a surname standing for someone named in full before: too short to tell who
    assert roles("وسيعقد رئيس الوزراء وو محادثات مع ضيفه") == set()


@pytest.mark.parametrize("text", [
    "وأثار ذلك غضب الرئيس الكيني بتصريح أدلى به أمس",  # "with a statement he made"
    "وأصدر الرئيس الكيني ورئيس الوزراء الإثيوبي بيان القمة المشترك",  # "the summit's statement"
])
def test_what_a_post_holder_says_is_no_name(text):
    assert people(text) == {}


def test_a_rotating_chair_with_its_year_then_the_name():
    found = people("وأكد الرئيس الماليزي، رئيس الآسيان لعام 2025، أنور إبراهيم، أن")
    assert found.get("أنور إبراهيم") == "ASEAN chair"


def test_a_courtesy_title_starts_a_name_written_before_its_post():
    # "His Excellency X Y, the Indian trade minister": no known given name, the courtesy title tells where it starts
    assert people("وكان معالي راجيف كومار، وزير التجارة الهندي، قد قال") == {"راجيف كومار": "Indian trade minister"}



def test_a_council_named_after_a_post_is_no_person():
    # "the head of government and the two heads of the senate and the house": posts, no name
    assert roles("ويلتقي رئيس الحكومة ورئيسي مجلس الشيوخ والنواب") == set()


def test_a_woman_president_named_before_her_post():
    got = roles("والتقى الوفد السيدة أمارا أوسي، رئيسة الجمهورية، في العاصمة")
    assert {post for _, post in got} == {"president"}


def test_the_presidencys_spokesman_is_a_post():
    assert {post for _, post in roles("وقال المتحدث باسم الرئاسة الكينية أمارا أوسي إن الوفد وصل")} == {
        "Kenyan presidential spokesperson"}
    assert {post for _, post in roles("وقال السفير مراد سعيد، المتحدث الرسمي باسم رئاسة الجمهورية، إن الوفد وصل")} == {
        "presidential spokesperson"}


@pytest.mark.parametrize("text, head", [
    # a post and its heir or deputy joined by 'and': two holders, the name the second's
    ("والتقى أمير قطر وولي العهد الشيخ سالم بن حمد الوفد.", "Qatari emir"),
    ("واستقبل الرئيس الكيني ونائب الرئيس سامر داود الوفد.", "Kenyan president"),
])
def test_a_post_and_its_heirs_joined_name_two_holders(text, head):
    assert head not in {post for _, post in roles(text)}


def test_two_heads_of_states_offices_side_by_side_name_two_holders():
    # the one received, then the host named by his own title: the king holds no presidency
    assert roles("وكان في استقبال الرئيس الكيني الملك هاني رزق في المطار.") == {("Hani Rizk", "king")}


def test_two_posts_of_one_holder_that_are_no_head_and_heir_stay_a_chain():
    text = "واستقبله ولي العهد رئيس مجلس الوزراء الأمير محمد بن سلمان."
    assert {("Mohammed bin Salman", "Saudi crown prince"), ("Mohammed bin Salman", "Saudi prime minister")} <= roles(text)


@pytest.mark.parametrize("text, post", [
    # the head of 'the country', and a courtesy title between a post and the name
    ("وأشاد أمير البلاد الشيخ سالم الحمد بالعلاقات بين البلدين.", "emir"),
    ("وعقد رئيس مجلس الوزراء سمو الشيخ سالم الحمد جلسة مباحثات مع الوفد.", "prime minister"),
])
def test_a_head_of_the_country_and_a_courtesy_title_before_the_name(text, post):
    assert {post for _, post in roles(text)} == {post}


def test_the_side_one_signs_for_is_the_posts_country():
    text = "ووقعها عن الجانب الكيني وزير الخارجية سامر داود وعن الجانب المصري وزير الخارجية هاني رزق."
    assert {post for _, post in roles(text)} == {"Kenyan foreign minister", "Egyptian foreign minister"}


def test_posts_joined_by_a_comma_before_one_name_are_one_holders():
    # no conjunction and no name between them: one person holds both
    text = "وقال رئيس جمهورية البرازيل، رئيس مجموعة العشرين لعام 2024، لويز إيناسيو لولا دا سيلفا إن القمة ناجحة."
    assert {"Brazilian president", "G20 chair"} <= {post for _, post in roles(text)}


def test_a_post_written_after_a_name_is_not_chained_to_the_next_name():
    # 'X, president of the UAE, King Y, king of Bahrain': the UAE's post is X's, not Y's
    text = "وشارك الشيخ محمد بن زايد آل نهيان رئيس دولة الإمارات العربية المتحدة، الملك حمد بن عيسى آل خليفة ملك مملكة البحرين."
    # (the name spelled as the UAE's press spells it)
    assert any(evaluate.same_person(person, "Mohamed bin Zayed Al Nahyan") and post == "Emirati president"
               for person, post in roles(text))
    assert not any(post == "Emirati president" and "Hamad" in person for person, post in roles(text))


def test_a_post_after_a_catalogue_name_that_the_catalogue_gives_them_is_theirs():
    # no comma between: the post is the catalogue's own post of the person, so it is theirs
    text = "والتقى الأمير فيصل بن فرحان وزير الخارجية اليوم في الرياض وفدا صينيا."
    assert ("Faisal bin Farhan", "Saudi foreign minister") in roles(text)


def test_the_maghreb_first_minister_is_the_prime_minister():
    got = roles("واستقبل الوزير الأول الجزائري أيمن بن عبد الرحمان رئيس الحكومة التونسية أحمد الحشاني.")
    assert {post for _, post in got} == {"Algerian prime minister", "Tunisian prime minister"}


def test_a_head_of_a_body_held_before_is_no_president():
    # 'رئيس الهيئة': the head of the authority, a post the office lexicon lacks, not the country's president
    text = ("وقال وزير الخارجية المغربي عمر الحسيني إن البلاد مستقرة. وكان الحسيني قد شغل منصب رئيس الهيئة "
            "الوطنية للموانئ بين 2016 و2019.")
    assert ("Omar Husseini", "Moroccan president") not in roles(text)
    # a ministry told without its country, held before: the holder's own country's
    text = "وقال رئيس الوزراء المغربي عمر الحسيني، الذي شغل منصب وزير الخارجية من 2011 حتى 2019، إن البلاد مستقرة."
    assert ("Omar Husseini", "Moroccan foreign minister") in roles(text)


def test_a_post_set_off_by_commas_after_a_titled_name_is_that_ones_not_the_next_names():
    # X، وزير الداخلية، Y: X is the minister; Y, the one received, does not take the post
    got = roles("استقبل اللواء سامر داود، وزير الداخلية، هاني رزق، وزير الخارجية والتعاون الدولي بجمهورية كينيا.")
    assert ("Samer Daoud", "interior minister") in got, got
    assert ("Hani Rizk", "interior minister") not in got, got
    # the next of a chain of posts, or of a list joined by و, is still the name's after it
    got = roles("وحضر اللقاء وزير الداخلية، سامر داود، ووزير الخارجية، هاني رزق.")
    assert {("Samer Daoud", "interior minister"), ("Hani Rizk", "foreign minister")} <= got, got


def test_a_post_given_to_one_introduced_by_nationality_is_of_that_nationality():
    # in an article of another country's ministry: the person's own country, told with the name, not the article's
    text = ("وهنأ وزير الخارجية الكيني هاني رزق الدبلوماسي الغاني سامر داود المعين وزيرا للخارجية. "
            "وكان سامر داود وزيرا للخارجية بين عامي 1996 و 1999.")
    doc = Document(id="x", path="x", source=None, url=None, lang="ar", published=date(2024, 3, 5),
                   published_evidence="", text=text, kept=((0, len(text)),))
    facts = {(f.kind, f.subject, f.object, f.when.value if f.when else None) for f in analyse(doc).facts}
    assert ("appointment", "Samer Daoud", "Ghanaian foreign minister", "2024-03-05") in facts
    # the post held now and the same post held years before are two roles
    assert {("role", "Samer Daoud", "Ghanaian foreign minister", "2024-03-05"),
            ("role", "Samer Daoud", "Ghanaian foreign minister", "1996/1999")} <= facts


def test_a_holder_set_off_after_the_post_ends_before_where_or_when():
    # the second comma left out, a place or a time of the verb after the name ends it
    assert ("Hani Rizk", "Ghanaian president") in roles(
        "استقبل الرئيس الكيني، سامر داود، الرئيس الغاني، هاني رزق في قصر الرئاسة بنيروبي")
    # 'in the company of' after a post is no one's name, nor the verb before it
    assert roles("رئيسة الحكومة تشرف بمعية نظيرها الكيني على افتتاح الدورة") == set()


def test_a_post_right_after_the_name_that_follows_with_is_that_names():
    # 'discussed with X the foreign minister': the one after 'with' holds the post written right after him
    assert ("Hani Rizk", "Ghanaian foreign minister") in roles(
        "وبحث الرئيس الكيني سامر داود اليوم مع هاني رزق وزير الخارجية الغاني سبل التعاون")


@pytest.mark.parametrize("dateline, post", [
    # a report filed from the kingdom's capital: 'the kingdom' is its country
    ("الرياض (واس) - ", "Kenyan ambassador to Saudi Arabia"),
    # filed from a republic's capital, or from nowhere told: the post as the words tell it
    ("القاهرة (أ ش أ) - ", "Kenyan ambassador"),
    ("", "Kenyan ambassador"),
])
def test_an_ambassador_to_the_kingdom_is_posted_to_the_country_the_report_is_filed_from(dateline, post):
    text = dateline + "واستقبل الوزير سفير جمهورية كينيا المعتمد لدى المملكة سامر داود أمس."
    assert [(f.subject, f.object) for f in facts_of(text, "ar") if f.kind == "role"] == [("Samer Daoud", post)]


def test_each_ambassador_to_a_kingdom_is_read_at_their_own_words():
    # two envoys in one sentence, to 'the kingdom' and 'the sultanate', in a report filed from the kingdom
    text = "الرياض (واس) - واستقبل الوزير السفير الكيني لدى المملكة سامر داود، والسفير الغاني لدى السلطنة هاني رزق."
    assert sorted((f.subject, f.object) for f in facts_of(text, "ar") if f.kind == "role") == [
        ("Hani Rizk", "Ghanaian ambassador"), ("Samer Daoud", "Kenyan ambassador to Saudi Arabia")]


def test_an_ambassador_to_the_kingdom_with_no_dateline_is_posted_to_the_kingdom_the_document_is_about():
    text = ("أكد السفير الكيني لدى المملكة سامر داود أن العلاقات مع المملكة العربية السعودية متينة، "
            "وأن السعودية شريك مهم لبلاده.")
    assert ("Samer Daoud", "Kenyan ambassador to Saudi Arabia") in {
        (f.subject, f.object) for f in facts_of(text, "ar") if f.kind == "role"}


IRAQ_TALKS = "واستقبل الوزير السفير الكيني لدى البلاد سامر داود أمس، وبحثا علاقات العراق مع كينيا وفرص الاستثمار في العراق."
IRAN_SUMMONS = "استدعت الخارجية السفير الكيني لدى البلاد سامر داود أمس، وقالت إن إيران ترفض التصريحات وإن إيران سترد."


@pytest.mark.parametrize("text, post", [
    # 'the country', as any country's press names its own: the country the document is about, filed from there
    # or from nowhere told
    ("بغداد (واع) - " + IRAQ_TALKS, "Kenyan ambassador to Iraq"),
    (IRAQ_TALKS, "Kenyan ambassador to Iraq"),
    # filed from another country than the one the document names most (a bureau abroad, or talks on a third
    # country): which country is meant is not told
    ("دبي (رويترز) - " + IRAN_SUMMONS, "Kenyan ambassador"),
    # no country the document is about: the post as the words tell it
    ("واستقبل الوزير السفير الكيني لدى البلاد سامر داود أمس.", "Kenyan ambassador"),
])
def test_an_ambassador_to_the_country_is_posted_to_the_country_the_report_is_about(text, post):
    assert [(f.subject, f.object) for f in facts_of(text, "ar") if f.kind == "role"] == [("Samer Daoud", post)]


@pytest.mark.parametrize("text, name", [
    # a father's name the index never saw, between a given name and the family name before the post
    ("وقال سامر قرطوش الزعبلاوي وزير المالية الأردني إن", "سامر قرطوش الزعبلاوي"),
    ("وقال سامر بن قرطوش الزعبلاوي وزير المالية الأردني إن", "سامر بن قرطوش الزعبلاوي"),
])
def test_an_unattested_middle_name_before_the_family_name(text, name):
    assert people(text) == {name: "Jordanian finance minister"}


@pytest.mark.parametrize("verb", ["غادر", "وصل", "استقال"])
def test_a_verb_of_leaving_or_arriving_takes_no_person_the_post_is_its_subjects(verb):
    # 'X the finance minister left his post / arrived in Cairo': the name after the verb holds the post
    assert ("Samer Daoud", "Omani finance minister") in roles(f"{verb} سامر داود وزير المالية العماني منصبه اليوم.")


def test_the_head_of_a_central_bank_by_a_gulf_banks_title():
    assert roles("وقال سامر داود رئيس البنك المركزي العماني إن التضخم تراجع.") == {
        ("Samer Daoud", "Omani central bank governor")}
    got = roles("وعين السلطان في مرسوم اليوم سامر داود رئيسا تنفيذيا للبنك المركزي العماني.")
    assert ("Samer Daoud", "Omani central bank governor") in got, got


def test_the_passive_auxiliary_after_a_post_is_no_name():
    # 'وتم تكليفه' (and he was charged): the auxiliary behind its conjunction is no name part
    got = roles("عين الأمير الكويتي اليوم سامر داود رئيسا لمجلس الوزراء وتم تكليفه بتشكيل الحكومة.")
    assert [r[1] for r in got if r[0].startswith("Samer")] == ["Kuwaiti prime minister"], got
    assert not [r for r in got if r[0].startswith("W")], got


def test_a_post_held_ad_interim_before_the_name_introduces_it():
    # 'the prime minister ad interim X' (بالإنابة، بالنيابة، بالوكالة between the post and the name)
    for word in ("بالإنابة", "بالنيابة", "بالوكالة"):
        got = roles(f"وقال رئيس الوزراء {word} سامر داود إن الحكومة ستجتمع.")
        assert [r[1] for r in got if r[0].startswith("Samer")] == ["prime minister"], (word, got)


def test_a_post_given_in_the_accusative_is_said_of_the_name_before_it_not_the_next_lines():
    # a roster's lines 'X head of Y': the post is X's; the name on the next line holds only its own line's post
    text = ("وجاءت تشكيلة الحكومة الكينية على الشكل التالي:\n"
            "سامر داود رئيسًا لمجلس الوزراء\n"
            "هاني رزق نائبًا لرئيس مجلس الوزراء\n"
            "جون مبادي وزيرًا للمالية\n"
            "كوفي أسانتي وزيرًا للثقافة\n"
            "صامويل كاماو وزيرًا للدفاع الوطني\n"
            "جوزيف الحداد وزيرًا للطاقة والمياه")
    held = roles(text)
    assert {post for who, post in held if who == "Hani Rizk"} == {"Kenyan deputy prime minister"}, held
    assert {post for who, post in held if who == "John Mabadi"} == {"Kenyan finance minister"}, held


def test_a_family_name_written_as_a_nationality_adjective_names_no_country():
    # al-Sudani's government, and al-Sudani said: Iraq's prime minister, no mention of Sudan; the line-up's
    # posts are those of the country the article is about
    text = ("نالت حكومة محمد شياع السوداني ثقة البرلمان العراقي يوم الأحد. "
            "وحضر الجلسة التي صوتت على حكومة السوداني 240 نائبا. "
            "وأكد السوداني في كلمة أمام النواب أن برنامجه جاهز. "
            "وضمت التشكيلة سامر داود وزيرا للخارجية، وهاني رزق وزيرا للمالية.")
    posts = {post for _, post in roles(text) if "minister" in post and "prime" not in post}
    assert posts == {"Iraqi foreign minister", "Iraqi finance minister"}, posts


def test_a_nationality_told_before_a_name_after_a_verb_of_saying_is_a_country_still():
    # 'the Kenyan Samer Daoud said': a nationality of someone named, no family name; the trade is Kenya's
    text = "وقال الكيني سامر داود، وزير التجارة، إن التبادل التجاري مع غانا بلغ 5 مليارات دولار العام الماضي."
    doc = Document(id="x", path="x", source=None, url=None, lang="ar", published=date(2024, 3, 5),
                   published_evidence="", text=text, kept=((0, len(text)),))
    pairs = {f.subject for f in analyse(doc).facts if f.kind == "trade_volume"}
    assert pairs == {"Ghana–Kenya trade"}, pairs


def test_a_deputys_charged_affairs_name_the_post_before_or_after_the_holder():
    # the affairs a deputy is charged with (charged_affairs) are part of the post, which is no other deputy's
    assert roles("وقال نائب رئيس الوزراء لشؤون الدفاع الكيني سامر داود إن التعاون مستمر.") == {
        ("Samer Daoud", "Kenyan deputy prime minister for defence affairs")}
    # after the holder's name, without the country: the post so charged all the same
    assert [o for _, o in roles("واستقبل الرئيس الكيني وليام روتو السيد سامر داود نائب رئيس الوزراء لشؤون مجلس الوزراء.")
            if o.startswith("deputy")] == ["deputy prime minister for cabinet affairs"]
    # affairs the lexicon does not list: the deputy's office alone, as before
    assert [o for _, o in roles("واستقبل الرئيس الكيني وليام روتو السيد سامر داود نائب رئيس الوزراء.")
            if o.startswith("deputy")] == ["deputy prime minister"]


def test_a_country_named_by_another_spelling_the_catalogue_knows_gives_its_post():
    # the catalogue's spelling with qaf beside CLDR's (common/entities.yaml): the titles read both
    assert roles("وقال رئيس قازاقستان، سامر داود، إن التعاون مستمر.") == {("Samer Daoud", "Kazakh president")}
    assert roles("وقال رئيس كازاخستان، سامر داود، إن التعاون مستمر.") == {("Samer Daoud", "Kazakh president")}
