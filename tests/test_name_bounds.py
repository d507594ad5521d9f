"""Arabic names after a post end where the next list item, a verb or a verbal noun begins, and a
king's regnal number ends the name as a numeral (rules/ar/names.yaml)."""
import pytest

from checker.extract import names


def people(text):
    return [e.name for e in names.find(text, "ar") if e.type == "person"]


@pytest.mark.parametrize("text, words", [
    # the next post of a list, written with its conjunction
    ("ويرافقه وزير الخارجية سامر داود ووزير المالية هاني رزق في الجولة.", 2),
    # a verbal noun with its preposition
    ("ووقع مرسوم تكليف الرئيس سمير داود بتشكيل الحكومة.", 2),
    # a verb right after the name
    ("إلا أن اللقاء مع الرئيس داود يعتبر الأول.", 1),
    # an event's noun, with the preposition written on it, or "talks", or "also" right after the name
    ("وقام الرئيس الكيني سامر داود بزيارة إلى أوسلو.", 2),
    ("ويجري وزير الخارجية سامر داود محادثات مع نظيره.", 2),
    ("وسيتوجه الرئيس سمير داود أيضًا إلى لاهور.", 2),
    # a verbal noun of the shape no name part has, the verb's object; a verb of taking place
    ("وبحث وزير الخارجية الكيني سامر داود تعزيز العلاقات مع بيرو.", 2),
    ("وكان الاتصال مع وزير الخارجية الكيني سامر داود جرى خلاله بحث العلاقات.", 2),
    # a demonstrative with its preposition, an invitation extended
    ("وقام الرئيس داود بهذه الجولة بدعوة من الحكومة.", 1),
    ("ووجه الرئيس سامر داود دعوة رسمية إلى نظيره.", 2),
    ("وصافح الوزراء الرئيس داود بمطار العاصمة.", 1),
    # a preposition or conjunction written on the article, after a given name that may end a name
    ("واستقبل الرئيس الموريتاني سامر سعيد بالمبنى الحكومي وفدا من التجار.", 2),
    ("وحضر وزير التجارة سامر سعيد والسفير الكندي حفل الافتتاح.", 2),
    # the charge or the reins taken up, right after the one who takes them up
    ("وتسلم أمير الكويت الشيخ سالم الأحمد مقاليد الحكم في ديسمبر.", 2),
    ("وتولى المدرب سامر داود مسؤولية تدريب المنتخب في مارس.", 2),
    ("ويتولى وزير المالية سامر داود مهام منصبه في مارس.", 2),
    # a past verb of what the holder said or did, after a foreign name no index spells
    ("وكان وزير الخارجية البرتغالي جواو كرافينيو طرح فكرة اللقاء.", 2),
    # a word behind the list's conjunction that no name is spelt with, after a foreign name
    ("وسيلتقي وزير الخارجية البرتغالي جواو كرافينيو وبرتغاليين يعملون في المدينة.", 2),
    # an honorific after a sovereign's name, then the state of the traveller
    ("وغادر البلاد الملك سمير بن خالد المعظم متوجها إلى باريس.", 3),
    # a preposition of manner right after the name ("without", "despite")
    ("وانتهت ولاية حاكم البنك المركزي الكيني سامر داود دون تعيين خلف له.", 2),
    ("وقال الرئيس الكيني سامر داود رغم الخلاف إن الحوار مستمر.", 2),
    # 'tomorrow' and its weekday right after the name
    ("وسيلتقي الرئيس سامر داود غد الجمعة وفد رجال الأعمال.", 2),
    # a field marshal's rank between a post and the name, and a rank with the doctor's abbreviated title
    ("وعقد الرئيس مع نظيره الكيني المشير سامر داود جلسة مباحثات.", 2),
    ("بحضور وزير الدفاع الكيني الفريق الركن د. سامر داود خليل، ورئيس الأركان.", 3),
    # a post, then "succeeding" and the predecessor with its preposition: no one holds the post here
    ("وقرر الرئيس تكليف سامر داود بمهام محافظ البنك المركزي خلفا لهاني رزق اعتبارا من الغد.", 0),
    # a time of day that is also a given name, before its day word
    ("ووصل رئيس الحكومة سامر داود صباح اليوم إلى أوسلو.", 2),
    ("ووصل رئيس الحكومة سامر داود صباح الخميس إلى أوسلو.", 2),
    # a staff officer's rank after the rank itself
    ("واستقبل رئيس المجلس الفريق أول ركن سامر داود الوفد.", 2),
    # a head of state's act told right after the post, as headlines write it: no one is named
    ("رئيس الجمهورية يعين سفيرين جديدين في أوسلو", 0),
    ("ملك البلاد أمر ملكي يقضي بتشكيل لجنة", 0),
    # one standing in for another
    ("وشارك رئيس الوزراء سامر داود نيابة عن الرئيس في القمة.", 2),
    # the letters of credence received, right after the one who receives them
    ("وتلقى الرئيس سامر داود رسائل الاعتماد من السفراء.", 2),
    # a verb of thanks right after the name
    ("وأضاف البيان أن الرئيس داود شكر الوفد على الزيارة.", 1),
    # a given name that another person of a stopping verb spells, its hamza unwritten ('she orders')
    ("وقال إن الرئيس الكيني سامر تامر سيزور أوسلو.", 2),
])
def test_a_name_does_not_run_on(text, words):
    found = people(text)
    if not words:  # the post's holder is named before it; nothing after the post is a name
        assert found == []
        return
    assert found and len(found[0].split()) == words


@pytest.mark.parametrize("text, name", [
    ("بدعوة من الملك هارالد الخامس زار الوفد أوسلو.", "V"),
    ("أدت الحكومة اليمين أمام الملك عبدالله الثاني.", "II"),
])
def test_a_regnal_number_is_a_numeral(text, name):
    found = people(text)
    assert len(found) == 1 and found[0].endswith(" " + name) and len(found[0].split()) == 2


def test_an_ordinal_alone_is_no_name():
    assert people("وقال الرئيس الثاني للبلاد إن الوضع مستقر.") == []


@pytest.mark.parametrize("text", [
    # a verb, a noun and a noun with a preposition right after a post with its country: no capitals
    # mark a name in Arabic, and none of these words is an attested name part
    "وقال إن رئيس الوزراء الهندي يشارك في الافتتاح.",
    "ووجه الرئيس الفرنسي دعوة إلى نظيره.",
    "وصافح الوزراء الرئيس الفرنسي بمطار العاصمة صباح اليوم.",
])
def test_a_lone_word_after_a_post_is_a_name_only_if_attested(text):
    assert people(text) == []


def test_a_lone_attested_name_after_a_post_is_kept():
    assert people("وقال رئيس الوزراء الهندي منير إن المحادثات مثمرة.") == ["Mounir"]


def test_a_clitic_and_a_rare_word_start_no_name():
    # 'and one of' is spelled twice as a name unit in the romaniser's index: too rarely for a word that
    # may be a conjunction and a word; nor is 'one of' part of the name before it
    assert people("وعين الرئيس قيس سعيد، وأحد أبرز مستشاريه، وزيرا للمالية.") == ["Qais Said"]


def test_a_name_ends_before_the_resignation_it_announces():
    found = [e.text for e in names.find("وأعلنت حاكمة المصرف المركزي التونسي سلوى بن سعيد استقالتها من منصبها.", "ar")
             if e.type == "person"]
    assert found == ["سلوى بن سعيد"]


@pytest.mark.parametrize("text, name, post", [
    ("Peruvian Foreign Minister Elmer Schialer met the President of Ghana, John Mahama.", "John Mahama", "Ghanaian president"),
    ("Officials in Lima welcomed the Prime Minister of Vietnam, Pham Minh Chinh!", "Pham Minh Chinh", "Vietnamese prime minister"),
])
def test_a_post_then_its_holder_set_off_by_a_comma_at_the_sentence_end(text, name, post):
    assert [(e.name, e.title) for e in names.find(text, "en") if e.name == name] == [(name, post)]


def test_a_place_after_a_post_and_a_comma_is_no_holder():
    assert not [e for e in names.find("The talks were held in the capital of Kenya, Nairobi.", "en") if e.type == "person"]


def quoted(text):
    return [e.text for e in names.find(text, "ar") if e.type == "person"]


@pytest.mark.parametrize("text, name", [
    # Mauritanian 'son of' (Ould), and a family name with the article after it, a courtesy title included
    ("وقال الرئيس الموريتاني سيدي ولد الشيخ الأمين إن البلدين متفقان.", "سيدي ولد الشيخ الأمين"),
    ("واستقبل رئيس الحكومة أحمد ولد بوبكر الوفد.", "أحمد ولد بوبكر"),
    # a given name written with the article (Maghreb), first after a post
    ("ورافقه رئيس أركان الجيش الهادي بلقاسم في الجولة.", "الهادي بلقاسم"),
    # his counterpart with no country: a person all the same
    ("وأشرف الوزير رفقة نظيره عمر ولد داداه على التوقيع.", "عمر ولد داداه"),
])
def test_maghreb_names(text, name):
    assert name in quoted(text)


@pytest.mark.parametrize("text", [
    # an adjective after a post, with the article, names nobody
    "وقال الرئيس العربي الوحيد في القمة إن الوضع صعب.",
    # 'was born' is no 'son of': the name ends before it
    "وكان الرئيس سيدي محمد ولد في عام 1950.",
])
def test_no_name_runs_on_an_adjective_or_a_verb(text):
    assert all("الوحيد" not in q and not q.endswith("ولد") for q in quoted(text))


def test_a_family_name_with_the_article_after_a_compound_given_name():
    # 'Abd' + a word with the article is one given name; the family name with the article goes on it
    found = people("وقال الرئيس الكيني عبد الفتاح المدني إن المفاوضات مستمرة.")
    assert len(found) == 1 and found[0].endswith("Madani")


def test_a_family_name_al_ali_is_no_preposition():
    # العلي folds like the article on على ("on"), which is never written so: the family name al-Ali
    found = people("وقال وزير الخارجية الكيني سامر العلي إن المفاوضات مستمرة.")
    assert len(found) == 1 and found[0].endswith("Ali")
    # the conjunction on the preposition still ends a name
    assert all("Ouali" not in n for n in people("وقال الرئيس سامر داود وعلى الجميع الالتزام."))


@pytest.mark.parametrize("text", [
    "وحضر أمير قطر مأدبة عشاء أقامها الرئيس في القصر.",
    "وحضر الرئيس الكيني وليمة غداء أقامها الملك تكريما له.",
])
def test_a_meal_attended_after_a_post_is_no_name(text):
    # the post names nobody: the words after it are the meal its holder attended
    assert people(text) == [], people(text)


@pytest.mark.parametrize("text, name", [
    # a post that is also a name part, inside a run of capitalised words: part of the name
    ("Officials said Karim Amir Haddad arrived in Oslo on Monday.", "Karim Amir Haddad"),
    ("The talks with Omar Sultan Nasser ended late.", "Omar Sultan Nasser"),
])
def test_a_post_inside_a_name_is_a_name_part(text, name):
    assert name in [e.name for e in names.find(text, "en") if e.type == "person"]


@pytest.mark.parametrize("text, name", [
    # the same post after a country or at a sentence's start introduces its holder
    ("Qatar Amir Karim Haddad arrived in Oslo on Monday.", "Karim Haddad"),
    ("Amir Karim Haddad arrived in Oslo on Monday.", "Karim Haddad"),
    ("Sultan Karim Haddad arrived in Oslo on Monday.", "Karim Haddad"),
])
def test_a_post_before_a_name_still_introduces_it(text, name):
    assert name in [e.name for e in names.find(text, "en") if e.type == "person"]


def test_a_counterpart_named_between_commas():
    text = "The minister met his Iranian counterpart, Karim Haddad, in Oslo on Monday."
    assert "Karim Haddad" in [e.name for e in names.find(text, "en") if e.type == "person"]


def test_a_caption_s_credit_label_ends_the_name_before_it():
    text = "Kenyan Foreign Minister Samuel Kamau Photo: supplied"
    assert [e.name for e in names.find(text, "en") if e.type == "person"] == ["Samuel Kamau"]


def test_a_lone_word_after_a_counterpart_and_a_comma_is_no_name():
    text = "The minister met his Iranian counterpart, Yesterday the talks went on."
    assert [e.name for e in names.find(text, "en") if e.type == "person"] == []


def test_a_full_stop_ends_a_name_unless_after_an_initial():
    from checker.extract import names as N

    # a quotation the sentence splitter keeps whole: the name after the post ends at its full stop
    got = [e.text for e in N.find('"Karim gave his plan to President Lina Haddad. Consequently, the president '
                                  'signed it," the agency said.', "en") if e.type == "person"]
    assert "Lina Haddad" in got and not any("Consequently" in g for g in got), got
    assert [e.text for e in N.find("Former President George W. Bush said so.", "en") if e.type == "person"] \
        == ["George W. Bush"]


@pytest.mark.parametrize("text, name", [
    ("Talks were led by the Omani ambassador to Kenya, Salem bin Hamad al Said, on Monday.", "Salem bin Hamad al Said"),
    ("Sultan Tariq bin Fahd Al Said received the delegation.", "Tariq bin Fahd Al Said"),
])
def test_an_english_family_name_a_stop_word_spells_goes_on_after_its_particle(text, name):
    # 'Said' alone is a verb at a sentence's start; after 'al' it is a family name
    assert name in [e.name for e in names.find(text, "en") if e.type == "person"]


@pytest.mark.parametrize("text, span", [
    ("The delegation met Mohammed bin Salman bin Abdulaziz Al Saud in Riyadh.", "Mohammed bin Salman bin Abdulaziz Al Saud"),
    ("Mohammed bin Salman al-Saud received the delegation.", "Mohammed bin Salman al-Saud"),
    # no 'son of' in the name: an article and a capitalised word after it begin something else
    ("They met King Salman Al Ula Street residents.", "King Salman"),
])
def test_a_catalogue_persons_chain_goes_on_to_the_family_name(text, span):
    # the family name is the person's, so that a list after it ('X bin Y Al Z and W') joins on
    assert span in [e.text for e in names.find(text, "en") if e.type == "person"]


def test_an_arabic_post_that_is_also_a_name_part_inside_a_name_is_the_names():
    # 'Amir' between a given name and another word of the name: a part of the name, not a post
    assert [e.text for e in names.find("وقال وزير الخارجية الإيراني حسين أمير كاظمي إن المحادثات مستمرة.", "ar")
            if e.type == "person"] == ["حسين أمير كاظمي"]
    # before a country it is the emir's post, and no one's name
    assert "حسين أمير قطر" not in [e.text for e in names.find("وأكد حسين أمير قطر على أهمية التعاون.", "ar")]


@pytest.mark.parametrize("text, name", [
    # a frequent noun with a pronoun on its end after the name: 'his government', 'in his post'
    ("وأعلن رئيس الوزراء كريم بوزيد حكومته الأولى مساء الخميس.", "كريم بوزيد"),
    # after a post and a word qualifying it, an unknown name of attested name parts
    ("وأعلن رئيس الحكومة الجديد كريم بوزيد خطته.", "كريم بوزيد"),
    ("واحتفظ قائد الأركان الفريق منير دحمان بمنصبه في التشكيلة الجديدة.", "منير دحمان"),
    # a family name with that ending which the index spells as a name stays whole
    ("وقال وزير الرياضة حسن شحاته إن المنتخب جاهز.", "حسن شحاته"),
])
def test_a_noun_with_a_pronoun_ends_a_name(text, name):
    assert name in quoted(text)


@pytest.mark.parametrize("text, word", [
    # the words of a ministry's name written out, capitalised, with commas: no one is named in them
    ("- Laila Benali: Minister of Solidarity, Social Integration, and Family", "Integration"),
    ("- Omar Tazi: Minister of Health and Social Protection", "Protection"),
    ("The Minister of Foreign Affairs and the National Community Abroad, Samir Haddad, spoke first.", "Community"),
    # a word qualifying a post
    ("She was named minister Delegate to the Head of Government in charge of digital affairs.", "Delegate"),
    ("The decree names the ambassador as Caretaker Prime Minister until the vote.", "Caretaker"),
    # a headline's verb after a post, and the attribution a headline ends on
    ("The Prime Minister of Norway Heads to Kenya for Trade Talks", "Heads"),
    ("The King of Lesotho Went to Japan to Sign a Water Deal", "Went"),
    ("Lesotho Names New Central Bank Governor - Reports", "Reports"),
])
def test_a_capitalised_word_that_is_no_name_begins_none(text, word):
    people = [e.name for e in names.find(text, "en") if e.type == "person"]
    assert not [p for p in people if p.split()[0] == word], people


def test_a_regnal_number_ends_the_name_before_a_line_up_post():
    # read back from the post, the name begins after the king's regnal number, not at the king's name
    from checker.extract import lineup
    (entry,) = lineup.find("عين الملك المغربي محمد السادس سامي بن علي وزيرا للصحة.", "ar")
    assert entry.person.text == "سامي بن علي"


@pytest.mark.parametrize("text, name, post", [
    # a post after a style of address is the person's post, not a word of the name
    ("The trip of His Majesty Sultan Harith bin Saeed to Kenya began on Monday.", "Harith bin Saeed", "sultan"),
    # the same word before 'son of' begins the chain: a given name, no post
    ("Qatari Minister of State Sultan bin Rashid Al-Marri met the press.", "Sultan bin Rashid Al-Marri", None),
])
def test_a_post_that_is_also_a_given_name(text, name, post):
    (person,) = [e for e in names.find(text, "en") if e.type == "person"]
    assert person.name == name
    if post is not None:
        assert person.bare_post is not None and text[slice(*person.bare_post)].lower() == post


def test_a_post_set_off_before_its_holder_governed_by_a_deputy_is_not_theirs():
    # 'assistant' governs the post: the holder is an assistant minister, not the minister
    text = "In the words of Kenya's assistant Minister of Trade, Grace Njeri Wambui, the talks went well."
    (person,) = [e for e in names.find(text, "en") if e.type == "person"]
    assert person.name == "Grace Njeri Wambui" and person.bare_post is None
    text = "In the words of the Minister of Trade, Grace Njeri Wambui, the talks went well."
    (person,) = [e for e in names.find(text, "en") if e.type == "person"]
    assert person.bare_post is not None


@pytest.mark.parametrize("text, name", [
    # a guard of honour reviewed right after the guest
    ("وبعد أن استعرض رئيس الوزراء الجورجي إيراكلي كوباخيدزه حرس الشرف، قدم أعضاء وفده", "إيراكلي كوباخيدزه"),
    # a palace, and a courtesy title with its pronoun, right after a post: no one's name
    ("استقبل الأمير سعود الفيصل وزير الخارجية بقصر سموه بالرياض أمس الوزير الكويتي", "سعود الفيصل"),
])
def test_nouns_of_a_reception_end_the_name_before_them(text, name):
    assert [text[e.start:e.end] for e in names.find(text, "ar") if e.type == "person"] == [name]


@pytest.mark.parametrize("text", [
    # a verb right after a post begins no name
    "رئيس الجمهورية يتسلم أوراق اعتماد السفراء الجدد",
    # nor a verbal noun the index does not spell as a name
    "وعلى رئيس مجلس الوزراء تنفيذ قرارنا",
    # nor a frequent word behind the conjunction, after a comma
    "وحضر قادة الأركان والوزير الأول، وكبار معاونيه",
    # nor a verb and the verbal noun it governs
    "وسيجري مباحثات مع نظيره الإثيوبي تتعلق بتعزيز العلاقات",
])
def test_no_name_is_read_right_after_a_post_from_a_verb_or_a_common_word(text):
    assert [text[e.start:e.end] for e in names.find(text, "ar") if e.type == "person"] == []


@pytest.mark.parametrize("text, name", [
    # one the index spells
    ("استقبل رئيس الوزراء توفيق حداد الوفد الزائر", "توفيق حداد"),
    # a foreign name of a verb's shape, of two words
    ("وقال الرئيس الإسرائيلي يتسحاق هرتسوغ إن المحادثات مستمرة", "يتسحاق هرتسوغ"),
    # a foreign name of a verbal noun's shape, a name part after it
    ("وقالت رئيسة الوزراء البريطانية تيريز ماي إن الاتفاق قريب", "تيريز ماي"),
])
def test_a_name_of_a_verbs_or_verbal_nouns_shape_is_still_a_name(text, name):
    assert [text[e.start:e.end] for e in names.find(text, "ar") if e.type == "person"] == [name]


def test_an_abbreviation_after_a_stop_that_begins_no_name_is_no_courtesy_title():
    text = "وقدم الصندوق منحة بقيمة 5 ملايين د.ك لتمويل المشروع"  # K.D., the Kuwaiti dinar
    assert [e for e in names.find(text, "ar") if e.type == "person"] == []


def test_right_upon_ends_the_name_before_it():
    text = "وأجرى الرئيس محمد ولد الغزواني فور وصول الضيف مشاورات ثنائية"
    assert [text[e.start:e.end] for e in names.find(text, "ar") if e.type == "person"] == ["محمد ولد الغزواني"]


@pytest.mark.parametrize("text, name", [
    # a doctor's title written on the name, with its stop and no space
    ("وصل رئيس الوزراء السوداني، د.عبدالله حمدوك، إلى أديس أبابا", "عبدالله حمدوك"),
    # a foreign name that ends as a frequent noun with a pronoun would, spelt with another letter (غ, not ج)
    ("وصل رئيس جمهورية جيبوتي، السيد إسماعيل عمر غيله، إلى مقديشو", "إسماعيل عمر غيله"),
])
def test_a_name_is_read_whole_beside_its_courtesy_title(text, name):
    assert [text[e.start:e.end] for e in names.find(text, "ar") if e.type == "person"] == [name]


@pytest.mark.parametrize("text, person", [
    ("Minister of Public Utilities Samuel Kamau said the grid would be ready.", "Samuel Kamau"),
    ("The president appointed Minister of Cooperative Governance and Traditional Affairs Kofi Mensah as finance minister.",
     "Kofi Mensah"),
])
def test_the_words_of_a_ministry_written_before_a_name_are_no_part_of_it(text, person):
    assert person in [e.name for e in names.find(text, "en") if e.type == "person"]


@pytest.mark.parametrize("text, name", [
    # the family's name without the article after the chain, though a frequent word spells it too
    ("وأصدر الرئيس قرارا عين فيه سامر بن أحمد داود محافظا للبنك المركزي.", "سامر بن أحمد داود"),
    # not a time of day, nor a noun a post is the complement of ('in the name of')
    ("ووصل سامر بن أحمد صباح اليوم إلى الرياض.", "سامر بن أحمد"),
    ("وأكد سامر بن أحمد باسم الحكومة أن الزيارة ناجحة.", "سامر بن أحمد"),
])
def test_a_son_of_chain_goes_on_to_a_family_name_without_the_article(text, name):
    assert [e.text for e in names.find(text, "ar") if e.type == "person"] == [name]
