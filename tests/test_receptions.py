"""Receptions and invitations told in Arabic: who visits whom, where, and how sure the text is;
a date after a visit word's 'since' counts from an earlier event."""
from datetime import date

import pytest

from checker.pipeline import analyse
from checker.read.documents import Document
from conftest import facts_of


def facts(text, kind=None):
    doc = Document(id="x", path="x", source=None, url=None, lang="ar", published=date(2024, 3, 5),
                   published_evidence="", text=text, kept=((0, len(text)),))
    return [f for f in analyse(doc).facts if kind is None or f.kind == kind]


def test_a_host_to_be_gives_a_meeting_and_the_guests_visit_to_the_place_both_still_to_come():
    text = "وسيستضيف الرئيس الروسي فلاديمير بوتين رئيس الوزراء الهندي ناريندرا مودي في قازان الأسبوع المقبل."
    (meeting,) = facts(text, "meeting")
    (visit,) = facts(text, "visit")
    assert {meeting.subject, meeting.object} == {"Vladimir Putin", "Narendra Modi"}
    assert (visit.subject, visit.place, visit.object) == ("Narendra Modi", "Kazan", None)
    # the future prefix of the one verb is read for both facts
    assert meeting.modality != "asserted" and visit.modality == meeting.modality


def test_the_guest_received_on_arrival_meets_the_host_named_after_the_trip():
    text = ("وكان في استقبال الرئيس الصيني شي جين بينغ فور وصوله إلى موسكو في زيارته الرسمية للبلاد "
            "الرئيس الروسي فلاديمير بوتين.")
    (meeting,) = facts(text, "meeting")
    assert (meeting.subject, meeting.object, meeting.place) == ("Xi Jinping", "Vladimir Putin", "Moscow")
    assert [(f.subject, f.place) for f in facts(text, "visit")] == [("Xi Jinping", "Moscow")]


def test_a_host_whose_guest_is_not_named_visits_nothing():
    text = "وكان في استقبال الوفد بمطار القاهرة الرئيس المصري عبد الفتاح السيسي."
    assert not facts(text, "visit")


def test_one_invited_to_visit_is_the_visitor_and_the_visit_is_planned():
    text = "ودعا الرئيس الروسي فلاديمير بوتين الرئيس الصيني شي جين بينغ إلى زيارة قازان."
    (visit,) = facts(text, "visit")
    assert (visit.subject, visit.place, visit.modality) == ("Xi Jinping", "Kazan", "planned")


def test_one_who_invites_someone_the_names_do_not_read_visits_nothing():
    text = "ووجه الرئيس الروسي فلاديمير بوتين الدعوة لملوك المنطقة لزيارة موسكو في الخريف."
    assert not facts(text, "visit")


@pytest.mark.parametrize("text", [
    "وهذه زيارته الثالثة إلى المغرب منذ 2017، بحسب الرئيس الفرنسي إيمانويل ماكرون.",
    "وتعد هذه الزيارة الأولى للرئيس الفرنسي إيمانويل ماكرون إلى المغرب منذ ست سنوات.",
    "زار الرئيس الفرنسي إيمانويل ماكرون المغرب للمرة الثانية منذ 2017.",
    "وقال الرئيس الفرنسي إيمانويل ماكرون إن زيارته إلى المغرب هي الأولى منذ توليه منصبه في مايو 2017.",
])
def test_a_since_phrase_after_a_visit_word_dates_no_visit(text):
    (visit,) = facts(text, "visit")
    assert (visit.subject, visit.place, visit.when) == ("Emmanuel Macron", "Morocco", None)


def test_a_reception_adds_no_visit_where_the_article_tells_the_visit_itself():
    text = ("وكان رئيس الوزراء الهندي ناريندرا مودي قد وصل إلى موسكو في وقت سابق. "
            "واستقبل الرئيس الروسي فلاديمير بوتين رئيس الوزراء الهندي ناريندرا مودي في موسكو يوم الثلاثاء.")
    visits = facts(text, "visit")
    # one visit: the undated arrival joins the reception, which alone says a day of the trip
    assert [(f.subject, f.place) for f in visits] == [("Narendra Modi", "Moscow")]
    assert visits[0].when is not None and visits[0].when.value == "2024-03-05"
    assert len(facts(text, "meeting")) == 1


def test_a_dated_welcome_dates_the_trip_another_sentence_tells_without_a_date():
    # the host welcomes the guest, set off by commas, in a place: the guest's visit there, dated;
    # the later undated mention of the trip is the same visit
    text = ("سترحب رئيسة الوزراء النيوزيلندية هيلين ماكاي برئيس الوزراء الهندي، ناريندرا مودي، في نيوزيلندا "
            "من الأحد 7 أبريل إلى الثلاثاء 9 أبريل 2024. "
            "ويقول مكتب مودي إنها أولى رحلاته إلى نيوزيلندا منذ توليه الحكم.")
    visits = facts(text, "visit")
    assert [(f.subject, f.place, f.when.value if f.when else None) for f in visits] == [
        ("Narendra Modi", "New Zealand", "2024-04-07/2024-04-09")]


def test_a_reception_adds_no_visit_where_the_trip_is_told_with_a_date_of_its_own():
    text = ("حط الرئيس الصيني شي جين بينغ في قازان يوم الاثنين 4 مارس 2024. "
            "واستقبل الرئيس الروسي فلاديمير بوتين ضيفه الصيني شي جين بينغ في قازان.")
    visits = facts(text, "visit")
    assert [(f.subject, f.place, f.rule) for f in visits] == [("Xi Jinping", "Kazan", "ar/events/visit")]
    assert visits[0].when is not None and visits[0].when.value == "2024-03-04"


def test_the_guest_of_a_reception_makes_the_visit_told_after_it_in_the_sentence():
    # استقبل X Y، ...، في زيارة رسمية إلى Z: Y, the guest, visits Z; the host visits nothing
    text = "استقبل الرئيس البيروفي دينا بولوارتي رئيس الوزراء توماس كفيل، يوم الاثنين، في زيارة رسمية إلى بيرو."
    assert [f.place for f in facts(text, "visit")] == ["Peru"]
    (visit,) = facts(text, "visit")
    (meeting,) = facts(text, "meeting")
    assert visit.subject == meeting.object != meeting.subject


def test_a_person_after_the_place_of_a_visit_noun_with_its_article_is_no_visitor():
    # سيلتقي X خلال الزيارة لـA الملك B: B is met during X's visit, and visits nothing
    text = "وقال المكتب إن الرئيس توماس كفيل سيلتقي خلال الزيارة للنرويج الملك هارالد الخامس، كما سيجري مباحثات."
    assert [f.subject for f in facts(text, "visit")] == []
    assert [(f.subject, f.object) for f in facts(text, "meeting")] == [("Thomas Kefil", "Harald V")]
    # the visitor written right after the noun still visits
    text = "وتأتي الزيارة الأولى للرئيس الغاني جون ماهاما إلى بيرو في إطار تعزيز العلاقات."
    assert [(f.subject, f.place) for f in facts(text, "visit")] == [("John Mahama", "Peru")]



def test_a_visit_verb_in_the_plural_is_a_visit_of_each_one_listed_before_it():
    text = ("وأفادت الوكالة بأن كلا من الرئيس الغاني جون ماهاما، ورئيس الوزراء توماس كفيل، "
            "والرئيس التشيلي غابرييل بوريك، وصلوا إلى ليما للمشاركة في القمة.")
    visits = facts(text, "visit")
    assert len({f.subject for f in visits}) == 3 and {"John Mahama", "Thomas Kefil"} <= {f.subject for f in visits}
    assert {f.place for f in visits} == {"Lima"}


def test_one_who_goes_along_told_between_commas_leaves_the_place_to_the_visit():
    # وصل X، وبرفقته Y، اليوم، إلى Z: the companion's clause is an aside; X arrives in Z
    text = "وصل الرئيس الروسي فلاديمير بوتين، وبرفقته وزير الخارجية سيرغي لافروف، اليوم الثلاثاء، إلى لندن."
    assert [(f.subject, f.place) for f in facts(text, "visit")] == [("Vladimir Putin", "London")]


def test_where_the_guest_comes_from_is_no_destination():
    text = "وصلت رئيسة الوزراء الإيطالية جورجيا ميلوني قادمة من روما إلى تونس."
    assert [f.place for f in facts(text, "visit")] == ["Tunisia"]
    # the ambassador in the capital names a post, and the guest's own arrival there still stands
    text = "وصل الرئيس الكيني وليام روتو إلى بكين، وكان في استقباله السفير الكيني في بكين بيتر موانغي."
    assert [f.place for f in facts(text, "visit")] == ["Beijing"]


@pytest.mark.parametrize("text, lang", [
    ("استقبل الرئيس الكيني سامر داود ووزير الخارجية الكيني هاني رزق الرئيس الروسي فلاديمير بوتين في نيروبي.", "ar"),
    ("Kenyan President Samer Daoud and Kenyan Foreign Minister Hani Rizk received Russian President Vladimir Putin in Nairobi.", "en"),
])
def test_two_hosts_of_one_guest_each_meet_the_guest_not_one_another(text, lang):
    doc = Document(id="x", path="x", source=None, url=None, lang=lang, published=date(2024, 3, 5),
                   published_evidence="", text=text, kept=((0, len(text)),))
    (meeting,) = [f for f in analyse(doc).facts if f.kind == "meeting"]
    assert meeting.subject == "Vladimir Putin"
    assert {meeting.object, *meeting.others} == {"Samer Daoud", "Hani Rizk"}


@pytest.mark.parametrize("title", [
    # the other party's posts run long before the name: they count as no words of the window
    "ولي العهد رئيس الوزراء بالمملكة العربية السعودية صاحب السمو الملكي",
    # an office 'in' the kingdom told in its state's form is a post, no place of the meeting
    "ولي العهد رئيس الوزراء في المملكة العربية السعودية صاحب السمو الملكي",
])
def test_the_other_party_after_a_long_chain_of_posts_is_met(title):
    text = (f"التقى رئيس الجمهورية التركية رجب طيب أردوغان مساء اليوم الثلاثاء، {title} "
            "الأمير محمد بن سلمان بن عبد العزيز، على هامش القمة.")
    assert [(f.subject, f.object) for f in facts(text, "meeting")] == [("Recep Tayyip Erdogan", "Mohammed bin Salman")]


def test_the_hosts_wife_named_after_him_is_no_party_of_the_reception():
    # (the guest unnamed: no meeting at all, rather than one of the host with his wife)
    text = "واستقبل الرئيس محمد ولد الشيخ الغزواني وحرمه مريم بنت الداه الضيف في المطار."
    assert facts(text, "meeting") == []


def test_a_press_secretary_speaking_of_his_premiers_meeting_neither_holds_the_post_nor_meets():
    text = ("وقال السكرتير الصحفي لرئيس الوزراء جون مبادي إنه من المقرر أن يجتمع رئيس الوزراء الماليزي "
            "بالرئيس التركي رجب طيب أردوغان يوم الثلاثاء.")
    got = facts(text)
    assert [(f.kind, f.subject) for f in got] == [("role", "Recep Tayyip Erdogan")]


def test_the_visit_a_reception_tells_is_its_guests_not_its_hosts():
    # 'X received Y during his visit to Z', the host's country untold: Y visits Z, X does not as well
    text = "Foreign Minister Samer Daoud received Bahraini Foreign Minister Hani Rizk during his official visit to Oman."
    doc = Document(id="x", path="x", source=None, url=None, lang="en", published=date(2024, 3, 5),
                   published_evidence="", text=text, kept=((0, len(text)),))
    assert [(f.subject, f.place) for f in analyse(doc).facts if f.kind == "visit"] == [("Hani Rizk", "Oman")]


def test_a_chargé_daffaires_received_where_they_serve_makes_no_visit():
    # the head of an embassy with no ambassador serves in the country that receives them, as an ambassador does
    text = "واستقبل وزير الخارجية الكيني هاني رزق القائم بالأعمال التركي سامر داود في نيروبي."
    got = facts(text)
    assert [(f.subject, f.object) for f in got if f.kind == "meeting"] == [("Hani Rizk", "Samer Daoud")]
    assert [f for f in got if f.kind == "visit"] == []


def test_a_word_the_clauses_reach_cuts_in_two_tells_no_mood():
    # the reach of the reception's clause (160 characters after its verb) ends inside 'to follow' (لمتابعة):
    # its first two letters are no 'not' (لم), and the reception is told as done
    text = ("استقبل الوزير الكيني سامر داود في الرابع من مايو الجاري السيد هاني رزق مدير قسم البحوث في الرابطة "
            "الأفريقية للتنمية الزراعية الذي يقيم في نيروبي منذ سنوات عدة أيضا لمتابعة أعمال المؤتمر السنوي.")
    assert text.index("لمتابعة") == len("استقبل") + 158
    assert [f.modality for f in facts_of(text, "ar", date(2024, 5, 14)) if f.kind == "meeting"] == ["asserted"]


def test_a_reach_cut_inside_a_word_gives_back_the_whole_words_only():
    from checker.extract.events import _whole_words
    text = "لمَراقبة الاستفتاء"
    # cut after 'لم' with its vowel sign: the word is dropped whole, not left as 'not'
    assert _whole_words(text, 0, 3) == (0, 0)
    # a reach that begins inside a word starts at the next one
    assert _whole_words(text, 2, len(text)) == (text.index(" "), len(text))
