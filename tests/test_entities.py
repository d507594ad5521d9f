import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from checker.extract import names as E
from checker.model import Entity
from conftest import SEEDS


def names(text, lang="ar"):
    return [(e.text, e.name) for e in E.find(text, lang)]


def only(text, lang="ar"):
    found = E.find(text, lang)
    assert len(found) == 1, found
    return found[0]


# ---- spellings


def test_a_minister_of_state_named_with_the_portfolio_in_brackets():
    text = "On Monday, Minister of State (External Affairs) Amit Rao welcomed the delegation."
    (e,) = E.find(text, "en")
    assert e.name == "Amit Rao" and text[slice(*e.bare_post)] == "Minister of State (External Affairs)"


def test_a_name_written_with_the_accents_of_its_language_is_the_catalogues_name():
    # the catalogue writes 'Erdogan'; the press of Turkey and many others write the letter with its breve
    assert names("talks with Erdoğan on Monday", "en") == [("Erdoğan", "Recep Tayyip Erdogan")]
    assert names("President Recep Tayyip Erdoğan said", "en")[0][1] == "Recep Tayyip Erdogan"


def test_spelling_variants_are_one_entity():
    for spelling in ["تشانج يوشيا", "تشانغ يوشيا", "تشانغ  يوشيا", "Zhang Youxia", "zhang-youxia"]:
        assert E.canonical(spelling) == "Zhang Youxia", spelling
    for spelling in ["شي جين بينج", "شي جين بينغ", "شي جين بينق", "شي جين-بينغ", "شي جينبينغ", "Xi Jinping"]:
        assert E.canonical(spelling) == "Xi Jinping", spelling
    for spelling in ["سيرغي شويغو", "سيرجي شويجو", "سيرغي شويغو", "Sergei Shoigu"]:
        assert E.canonical(spelling) == "Sergei Shoigu", spelling
    assert E.canonical("Nikolai P. Patrushev") == "Nikolai Patrushev"
    assert E.canonical("فلان الفلاني") is None


def test_match_key_folds_letters_pairs_and_separators():
    assert E.match_key("تشانج يوشيا") == E.match_key("تشانغ يوشيا") == E.match_key("تشانغ-يوشيا")
    assert E.match_key("شي جين بينج") == E.match_key("شي جين بينغ")
    assert E.match_key("قمة") == E.match_key("قمه")
    assert E.match_key("Zhang Youxia") == E.match_key("ZHANG YOUXIA") != E.match_key("Zhang Youxi")
    # ق is only folded in the foreign final "ng": Kazan and Jazan stay apart
    assert E.match_key("قازان") != E.match_key("جازان")


def test_spans_point_into_the_original_text():
    text = "التقى الرئيسُ الروسيّ فلاديمير بوتين بالجنرال تشانج يوشيا"
    for e in E.find(text, "ar"):
        assert text[e.start:e.end] == e.text
    assert names(text)[-1] == ("تشانج يوشيا", "Zhang Youxia")


# ---- clitics and longest match


def test_attached_prefixes_stay_outside_the_span():
    assert names("وقال بوتين لتشانج يوشيا") == [("بوتين", "Vladimir Putin"), ("تشانج يوشيا", "Zhang Youxia")]
    assert names("وبوتين") == [("بوتين", "Vladimir Putin")]
    assert names("دعمها المستمر لبكين") == [("بكين", "Beijing")]
    assert names("تقارب للصين") == [("لصين", "China")]  # ل + الصين, the article's alef dropped


def test_longest_alias_wins():
    assert names("لحضور قمة مبادرة الحزام والطريق الصينية") == [("قمة مبادرة الحزام والطريق", "Belt and Road Forum")]
    assert names("مبادرة الحزام والطريق") == [("مبادرة الحزام والطريق", "Belt and Road Initiative")]
    assert names("لحضور قمة مجموعة بريكس") == [("قمة مجموعة بريكس", "BRICS summit")]
    assert names("في بحر الصين الجنوبي") == [("بحر الصين الجنوبي", "South China Sea")]
    assert names("to attend the Belt and Road Forum", "en") == [("Belt and Road Forum", "Belt and Road Forum")]


# ---- no false positives


def test_ordinary_words_are_not_names():
    assert names("ولم تفعل شيئًا يذكر لمساعدة موسكو") == [("موسكو", "Moscow")]
    assert names("العلاقات الروسية الصينية") == []
    assert names("كيف سترد بكين؟") == [("بكين", "Beijing")]
    assert names("في جازان") == []
    assert names("let us go with the maxi plan", "en") == []
    assert names("Pope Pius XI died", "en") == []
    assert names("the US and Xi", "en") == [("US", "United States"), ("Xi", "Xi Jinping")]


def test_a_title_alone_captures_nothing():
    assert names("وقال الرئيس الروسي إن") == []
    assert names("حضور الزعيم الصيني للقمة") == []
    assert names("وقال الرئيس الروسي: أقصد الفضاء") == []


# ---- titles


def test_titles_next_to_known_names():
    assert only("التقى الرئيس الروسي فلاديمير بوتين").title == "Russian president"
    assert only("وزير الدفاع الروسي سيرغي شويغو").title == "Russian defence minister"
    e = only("لتشانغ يوشيا، نائب رئيس اللجنة العسكرية المركزية الصينية، إن")
    assert (e.name, e.title) == ("Zhang Youxia", "Vice-chairman of China's Central Military Commission")
    e = only("Russia's defence minister, Andrei Belousov, said", "en")
    assert (e.name, e.title) == ("Andrei Belousov", "Russian defence minister")


def test_find_titles_gives_post_country_and_holder():
    (t,) = E.find_titles("والرئيس الصيني شي جين بينج", "ar")
    assert (t.text, t.post, t.country, t.single_holder) == ("الرئيس الصيني", "Chinese president", "China", True)
    (t,) = E.find_titles("نائب الرئيس الأمريكي", "ar")
    assert t.post == "US vice-president"
    assert all(r.get("post") for r in E.titles("en"))


def test_unknown_person_after_a_title():
    e = only("مع وزير الدفاع الصيني هان مينغ، الذي يحتل مرتبة")
    assert (e.text, e.known, e.title) == ("هان مينغ", False, "Chinese defence minister")
    assert e.name.split()[0] == "Han"  # a Latin spelling, from the name index and letter rules
    e = only("وقال رئيس مجلس الأمن الروسي إيفان ب. بتروفسكي إن")
    assert (e.text, e.known, e.title) == ("إيفان ب. بتروفسكي", False, "Secretary of Russia's Security Council")
    e = only("Chinese Defence Minister Han Ming said on Monday", "en")
    assert (e.name, e.known, e.title) == ("Han Ming", False, "Chinese defence minister")


def test_unknown_person_before_a_title():
    e = only("عقد إيفان ب. بتروفسكي ، رئيس مجلس الأمن الروسي ، اجتماعا")
    assert (e.text, e.title) == ("إيفان ب. بتروفسكي", "Secretary of Russia's Security Council")
    assert e.name.startswith("Ivan ") and not e.known  # stored in Latin letters, to meet its English spelling
    e = E.find("Ivan P. Petrovsky, the secretary of Russia's Security Council, met", "en")[0]
    assert (e.name, e.known, e.title) == ("Ivan P. Petrovsky", False, "Secretary of Russia's Security Council")


def test_seed_004_people_and_their_posts():
    line = next(l for l in (SEEDS / "004_767b0b59c7a3495f.txt").read_text(encoding="utf-8").splitlines() if l.startswith("عقد"))
    got = {e.name: (e.text, e.title) for e in E.find(line, "ar")}
    assert got["Nikolai Patrushev"] == ("نيكولاي ب. باتروشيف", "Secretary of Russia's Security Council")
    assert got["Yang Jiechi"] == ("يانغ جيتشي", "China's top diplomat")


def test_honorific_introduces_an_unknown_name():
    e = only("قال السيد كوزنتسوف إن")
    assert (e.text, e.known, e.title) == ("كوزنتسوف", False, None)
    assert names("met Mr. Kuznetsov in Fujian", "en") == [("Kuznetsov", "Kuznetsov"), ("Fujian", "Fujian")]
    assert names("Admiral Dong Jun also attended", "en") == [("Dong Jun", "Dong Jun")]  # no second, unknown copy
    # a style of address abbreviated without its dots, between a post and a courtesy title: the post is the name's
    text = "Amir H H Sheikh Ali Hamdan received them"
    (e,) = E.find(text, "en")
    assert e.name == "Ali Hamdan" and e.bare_post is not None and text[slice(*e.bare_post)] == "Amir"
    assert names("بالجنرال تشانج يوشيا") == [("تشانج يوشيا", "Zhang Youxia")]
    # the courtesy title set off by a slash, as official releases write it (السيد/ X)
    for text in ("قال السيد/ كوزنتسوف إن", "قال السيد/كوزنتسوف إن"):
        assert [e.text for e in E.find(text, "ar")] == ["كوزنتسوف"], text


# ---- coreference


def _lines(name):
    return [l for l in (SEEDS / name).read_text(encoding="utf-8").splitlines() if l.strip()]


def _resolved(name, word):
    coref = E.Coref("ar")
    hits = []
    for line in _lines(name):
        hits += [e for e in coref.mentions(line) if e.text == word]
    return hits


def test_coref_bare_names_in_seed_001():
    belousov = _resolved("001_5387420c12eebd77.txt", "بيلوسوف")
    assert belousov and {e.name for e in belousov} == {"Andrei Belousov"}
    zhang = _resolved("001_5387420c12eebd77.txt", "تشانغ")
    assert len(zhang) == 2 and {e.name for e in zhang} == {"Zhang Youxia"}
    assert all(e.rule == "coref/name" for e in zhang)


def test_coref_needs_an_earlier_full_name():
    coref = E.Coref("ar")
    bare = Entity("تشانغ", 0, 5, "تشانغ", "person", known=False)
    assert coref.resolve(bare) == bare
    assert coref.mentions("كرر تشانغ الخطاب") == []
    coref.see(E.find("بالجنرال تشانج يوشيا", "ar"))
    assert coref.resolve(bare).name == "Zhang Youxia"


def test_coref_unknown_person_and_honorific():
    coref = E.Coref("ar")
    coref.mentions("عقد إيفان ب. بتروفسكي ، رئيس مجلس الأمن الروسي ، اجتماعا")
    (e,) = coref.mentions("وقال السيد بتروفسكي إن التعاون")
    first = coref.mentions("عقد إيفان ب. بتروفسكي ، رئيس مجلس الأمن الروسي ، اجتماعا")[0]
    assert (e.text, e.name, e.title) == ("بتروفسكي", first.name, "Secretary of Russia's Security Council")
    (e,) = coref.mentions("وأضاف رئيس مجلس الأمن الروسي أن")
    assert e.name == first.name


def test_coref_title_alone_in_seed_000():
    coref = E.Coref("ar")
    hits = [e for line in _lines("000_429bb908716aee8d.txt")[:3] for e in coref.mentions(line) if e.rule == "coref/title"]
    assert [(h.text, h.name) for h in hits] == [("الرئيس الروسي", "Vladimir Putin")]


@pytest.mark.parametrize("lang, first, later, alone, word", [
    ("ar", "استقبل الملك سلمان بن عبد العزيز الوفد.", "وهبطت الطائرة في مطار الملك خالد الدولي.",
     "وقال الملك إن المحادثات جيدة.", "الملك"),
    ("en", "King Salman received the delegation.", "The plane landed at King Khalid International Airport.",
     "The King said the talks went well.", "King"),
])
def test_coref_no_one_in_the_name_of_a_place_named_after_someone(lang, first, later, alone, word):
    coref = E.Coref(lang)
    coref.mentions(first)
    assert [e.name for e in coref.mentions(later) if e.text == word] == []
    # the same word outside such a name is the one told before
    assert [e.name for e in coref.mentions(alone) if e.text == word] == ["King Salman"]


def test_coref_in_english():
    coref = E.Coref("en")
    coref.mentions("Chinese Defence Minister Han Ming met Russian officials.")
    assert [(e.text, e.name) for e in coref.mentions("Han told them that")] == [("Han", "Han Ming")]
    assert [(e.text, e.name) for e in coref.mentions("The Chinese defence minister said")] == [("Chinese defence minister", "Han Ming")]


def test_coref_short_family_name_alone_in_english():
    coref = E.Coref("en")
    coref.mentions("Chinese Vice Premier Hu Wenbo arrived in Lagos on Monday.")
    assert [(e.text, e.name) for e in coref.mentions("Hu will meet Nigerian officials.") if e.type == "person"] == [("Hu", "Hu Wenbo")]
    # a stop word written alike, or the word in another case, is no name
    assert not [e for e in coref.mentions("He said HU trade grew.") if e.type == "person"]
    # two people share the part: neither is guessed
    coref.mentions("Chinese Trade Minister Hu Lanping joined him.")
    assert not [e for e in coref.mentions("Hu spoke first.") if e.type == "person"]


def test_coref_post_alone_names_the_one_catalogue_person_of_its_country():
    coref = E.Coref("en")
    coref.mentions("Xi said ties were strong.")
    assert [(e.text, e.name) for e in coref.mentions("Ruto met the Chinese president.") if e.rule == "coref/title"] == [
        ("Chinese president", "Xi Jinping")]
    # a former post, or two people of that country the catalogue gives the post: nobody is guessed
    former = E.Coref("en")
    former.mentions("Xi said ties were strong.")
    assert not [e for e in former.mentions("Ruto met the former Chinese president.") if e.rule == "coref/title"]
    other = E.Coref("en")
    other.mentions("Biden and Trump said ties were strong.")
    assert not [e for e in other.mentions("Ruto met the US president.") if e.rule == "coref/title"]


def test_coref_post_alone_names_only_a_catalogue_person_who_holds_that_post():
    # two people of one country named with no post: the post picks the one the catalogue gives it
    coref = E.Coref("en")
    coref.mentions("Modi and Jaishankar spoke by phone on Friday.")
    assert [(e.text, e.name) for e in coref.mentions("The Indian foreign minister will fly to Lima.")
            if e.rule == "coref/title"] == [("Indian foreign minister", "Subrahmanyam Jaishankar")]
    # another post of the same country is nobody's: no guess
    other = E.Coref("en")
    other.mentions("Ramaphosa said on Monday that talks went well.")
    assert not [e for e in other.mentions("The South African finance minister will travel to Quito on Tuesday.")
                if e.rule == "coref/title"]


# ---- robustness


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("شي جين بينغ تشانج لبوتين وال.،,- Xi Putin US\u064e\u0640\u200f\n")), max_size=80))
def test_find_never_raises_and_quotes_match(text):
    for lang in ("ar", "en"):
        for e in E.find(text, lang):
            assert text[e.start:e.end] == e.text and e.start < e.end
        E.Coref(lang).mentions(text)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=60))
def test_find_never_raises_on_any_text(text):
    for e in E.find(text, "ar"):
        assert text[e.start:e.end] == e.text


def test_every_post_the_catalogue_gives_a_person_is_a_post_the_titles_name():
    from checker.languages import get
    people = [r for r in get("common").rules("entities").rules if r.get("posts")]
    assert people
    unknown = {p for r in people for p in r["posts"]} - set(E.posts())
    assert not unknown


def test_a_family_name_after_another_given_name_is_another_of_the_family():
    def people(text):
        return [(e.text, e.name) for e in E.find(text, "en") if e.type == "person"]

    # the catalogue's Emmanuel Macron and Joe Biden; their wives are not they
    assert people("French first lady Brigitte Macron opened the exhibition.") == [
        ("Brigitte Macron", "Brigitte Macron")]
    assert people("US first lady Jill Biden toured the clinic in Nairobi.") == [("Jill Biden", "Jill Biden")]
    # a given name of the person's own, or one misspelt, is still the person
    assert people("French President Emmanuel Macron opened the exhibition.") == [
        ("Emmanuel Macron", "Emmanuel Macron")]
    assert people("French President Emanuel Macron opened the exhibition.") == [
        ("Emanuel Macron", "Emmanuel Macron")]


def test_a_short_form_or_another_spelling_of_the_persons_own_given_name_is_still_the_person():
    def people(text):
        return [(e.text, e.name) for e in E.find(text, "en") if e.type == "person"]

    # a short form the data gives for Benjamin (rules/common/entities.yaml `given_short_forms`)
    assert people("Prime Minister Bibi Netanyahu flew to Washington on Sunday.") == [
        ("Bibi Netanyahu", "Benjamin Netanyahu")]
    # the full name where the catalogue writes the short one (Joe Biden)
    assert people("US President Joseph Biden spoke at a rally in Ohio.") == [("Joseph Biden", "Joe Biden")]
    # Aly is another spelling of Ali: the same person; Karim is another name
    assert people("Iranian leader Aly Khamenei addressed a crowd in Mashhad.") == [
        ("Aly Khamenei", "Ali Khamenei")]
    assert people("Iranian Foreign Minister Karim Khamenei addressed a crowd in Mashhad.") == [
        ("Karim Khamenei", "Karim Khamenei")]
    # another given name of the family stays another person, on both sides of the check
    assert people("Turkish first lady Emine Erdogan opened a school in Ankara.") == [
        ("Emine Erdogan", "Emine Erdogan")]
    assert people("Turkish President Recep Tayyip Erdogan opened a school in Ankara.") == [
        ("Recep Tayyip Erdogan", "Recep Tayyip Erdogan")]


def test_two_given_names_alike_in_their_consonants_are_still_two_names():
    from checker.extract.names import _same_given

    # Hassan and Hussein, Mohammed and Mahmoud share a consonant skeleton but are two names
    assert not _same_given("hassan", "hussein")
    assert not _same_given("mahmoud", "mohammed")
    assert not _same_given("brigitte", "emmanuel")
    assert _same_given("muhammad", "mohammed")
    assert _same_given("emanuel", "emmanuel")
    assert _same_given("tony", "anthony")
    assert _same_given("luis", "luiz")


def test_a_known_name_behind_a_proclitic_takes_no_post_written_before_it():
    def titles(text):
        return [(e.name, e.title) for e in E.find(text, "ar") if e.type == "person"]
    # 'with King Salman', 'and King Salman': governed by the preposition or the conjunction, no apposition
    assert titles("وسيجتمع رئيس الوزراء الكيني بالملك سلمان في جدة") == [("King Salman", None)]
    assert titles("حضر الرئيس البرازيلي والملك سلمان الحفل") == [("King Salman", None)]
    # written right after its post, the name is the post's holder
    assert titles("استقبل العاهل السعودي الملك سلمان ضيوفه") == [("King Salman", "Saudi king")]


@pytest.mark.parametrize("text, name, span", [
    # given names spelt another way before the alias the catalogue knows: the whole is the person
    ("President Abdel Fatah al-Sisi opened the bridge on Monday.", "Abdel Fattah al-Sisi", "Abdel Fatah al-Sisi"),
    ("Premier Muhammed Shiaa Al Sudani opened the bridge.", "Mohammed Shia al-Sudani", "Muhammed Shiaa Al Sudani"),
])
def test_a_spelling_before_a_catalogue_alias_is_read_back_into_it_where_it_links_strongly(text, name, span):
    (person,) = [e for e in E.find(text, "en") if e.name == name]
    assert text[person.start:person.end] == span


def test_other_words_before_a_catalogue_alias_stay_another_name():
    text = "President Tomas Kvell al-Sisi opened the bridge."
    people = [e for e in E.find(text, "en") if e.type == "person"]
    # no one spans both names, and the catalogue person begins after the first
    assert not any(e.start <= text.index("Tomas") and text.index("Sisi") < e.end for e in people)
    (known,) = [e for e in people if e.name == "Abdel Fattah al-Sisi"]
    assert known.start > text.index("Kvell")


@pytest.mark.parametrize("written", ["Abdel-Fattah el-Sissi", "Abdel Fattah Sissi", "Abdel Fattah al Sisi"])
def test_a_catalogue_person_spelled_with_a_letter_doubled_or_the_article_otherwise_is_that_person(written):
    # the catalogue writes 'Abdel Fattah al-Sisi'; the press doubles a letter or writes the article apart
    from conftest import facts_of

    found = facts_of(f"French President Emmanuel Macron met his counterpart {written} on Monday.")
    assert [f.object for f in found if f.kind == "meeting"] == ["Abdel Fattah al-Sisi"]
    # another given name with the same family name is someone else
    other = facts_of("French President Emmanuel Macron met his counterpart Ahmed el-Sissi on Monday.")
    assert [f.object for f in other if f.kind == "meeting"] == ["Ahmed el-Sissi"]
