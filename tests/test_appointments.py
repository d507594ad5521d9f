"""Appointments and tenures read from whole documents: who took up which post, and when."""
from datetime import date

import pytest

from checker.pipeline import analyse
from checker.read.documents import Document
from conftest import facts_of

PUBLISHED = date(2024, 6, 5)


def _appointments(text, lang="en"):
    doc = Document(id="x", path="x", source=None, url=None, lang=lang, published=PUBLISHED,
                   published_evidence="", text=text, kept=((0, len(text)),))
    return [(f.subject, f.object, f.when.value if f.when else None)
            for f in analyse(doc).facts if f.kind == "appointment"]


def test_a_tenure_told_with_a_pronoun_takes_the_office_the_person_was_named_with_earlier():
    # 'President Boric' names the office without its country; the next sentence's 'his' stands for him
    got = _appointments("President Boric visited Lima on Monday. It was his first trip since taking office in March 2022.")
    assert got == [("Boric", "president", "2022-03")]


def test_the_pronoun_subject_of_a_passive_appointment_is_the_one_told_before():
    text = "Kenyan economist Amina Wanjiru spoke in Nairobi on Monday. She was later named finance minister in 2021."
    assert _appointments(text) == [("Amina Wanjiru", "Kenyan finance minister", "2021")]
    # two people told before, in no fact: the pronoun may stand for either, no guess
    text = ("Kenyan economists Amina Wanjiru and Grace Achieng spoke in Nairobi. "
            "She was later named finance minister in 2021.")
    assert _appointments(text) == []


def test_the_appointer_named_with_a_bare_office_is_not_taken_as_appointed_to_it():
    # 'the appointment' stands near the one who made it; his bare office is not the post given
    text = ("President Boric named a new cabinet in Santiago on Monday. "
            "The appointment comes a week after the resignation of the finance minister.")
    assert _appointments(text) == []


def test_nominated_as_premier_is_the_countrys_prime_minister_or_its_premier_where_that_is_the_post():
    got = _appointments("Pakistani Finance Minister Ishaq Dar spoke in Lahore on Thursday. "
                        "Dar was nominated as premier on Friday.")
    assert got == [("Ishaq Dar", "Pakistani prime minister", "2024-05-31")]
    got = _appointments("Chinese President Xi Jinping spoke on Thursday. Li Qiang was nominated as premier on Friday.")
    assert got == [("Li Qiang", "Chinese premier", "2024-05-31")]


def test_a_nomination_without_an_office_after_it_gives_no_post():
    assert _appointments("Kenyan President William Ruto was nominated for the peace prize in March 2023.") == []


def test_a_post_before_a_relative_clause_stands_for_the_one_who_took_office():
    # 'The President, who took office ...': the post names the person the article named with it
    text = ("Kenyan President William Ruto arrived in Oslo on Monday. The talks focused on trade. "
            "The President, who took office in September 2022, spoke to students.")
    assert _appointments(text) == [("William Ruto", "Kenyan president", "2022-09")]


def test_the_pronoun_before_a_subjectless_since_clause_is_the_one_who_took_office():
    text = ("Kenyan President William Ruto arrived in Oslo on Monday. He brought ten ministers. "
            "The trip was his first to Europe since taking office in September 2022.")
    assert _appointments(text) == [("William Ruto", "Kenyan president", "2022-09")]
    # a finite verb far from the pronoun has a subject of its own: no guess
    text = ("Kenyan President William Ruto arrived in Oslo on Monday. He brought ten ministers. "
            "The trip was his first to Europe since the new speaker took office in September 2022.")
    assert _appointments(text) == []


def test_the_one_who_appointed_is_not_the_one_an_appointment_noun_stands_for():
    text = "Kenyan President William Ruto appointed John Mbadi on Friday. Ruto's appointment was announced in the gazette."
    assert _appointments(text) == []
    # a capitalised post written before the one appointed does not hide who appointed them
    text = ("Kenyan President William Ruto appointed Central Bank Deputy Governor Susan Koech as the new head on Friday. "
            "Ruto's appointment was announced in the gazette.")
    assert _appointments(text) == []



def test_who_appointed_someone_may_be_appointed_in_a_later_passage():
    # right after, 'X, appointed ...' stands for the appointment X made; a few sentences on, for X's own
    first = "Moroccan Prime Minister Karim Alaoui appointed Samira Bennani as finance minister on Monday. "
    later = "Alaoui, appointed in October 2021, spoke in Rabat."
    made = ("Samira Bennani", "Moroccan finance minister", "2024-06-03")
    assert _appointments(first + later) == [made]
    assert _appointments(first + "The dirham rose on Tuesday. Exports grew in May. " + later) == [
        made, ("Karim Alaoui", "Moroccan prime minister", "2021-10")]


def _roles(text):
    doc = Document(id="x", path="x", source=None, url=None, lang="en", published=PUBLISHED,
                   published_evidence="", text=text, kept=((0, len(text)),))
    return [(f.subject, f.object, f.when.value if f.when else None) for f in analyse(doc).facts if f.kind == "role"]


def test_a_term_extended_until_a_day_is_an_appointment_of_its_day_and_a_role_held_to_that_end():
    text = "Kenyan President William Ruto on Monday extended the term of Central Bank Governor Kamau Thugge until June 2027."
    # Monday before 5 June 2024 is 3 June; the role runs from then to June 2027, not to the article's day;
    # the post is of the country of the president who extended the term
    assert _appointments(text) == [("Kamau Thugge", "Kenyan central bank governor", "2024-06-03")]
    assert ("Kamau Thugge", "Kenyan central bank governor", "2024-06-03/2027-06") in _roles(text)
    assert ("Kamau Thugge", "Kenyan central bank governor", "2024-06-05") not in _roles(text)


def test_a_term_extended_in_the_passive_names_its_holder_before_the_verb():
    text = "The board said the term of Kenyan Central Bank Governor Kamau Thugge was extended on Friday until 2028."
    assert _appointments(text) == [("Kamau Thugge", "Kenyan central bank governor", "2024-05-31")]
    assert ("Kamau Thugge", "Kenyan central bank governor", "2024-05-31/2028") in _roles(text)


def _held(text, lang="en"):
    doc = Document(id="x", path="x", source=None, url=None, lang=lang, published=PUBLISHED,
                   published_evidence="", text=text, kept=((0, len(text)),))
    return [(f.subject, f.object, f.modality, f.when.value if f.when else None)
            for f in analyse(doc).facts if f.kind == "role"]


@pytest.mark.parametrize("text, held", [
    ("وقال وزير الخارجية السابق عمرو موسى إن المفاوضات صعبة", ("Amr Moussa", "foreign minister")),
    ("وأشاد رئيس الوزراء الأسبق كمال الجنزوري بالمشروع", ("Kamal Ganzouri", "prime minister")),
])
def test_a_post_told_as_former_before_the_name_is_a_former_role_of_its_holder(text, held):
    # the word that tells the post held before stands between the post and the name (السابق، الأسبق)
    assert _held(text, "ar") == [(*held, "former", None)]


def test_a_post_after_a_name_whose_last_word_is_spelled_as_a_place_noun_is_the_names():
    # جامع is a family name (Gamea) and 'mosque', a noun places are named after ('جامع الملك X')
    (held,) = _held("أعلن السيد كمال جامع وزير التجارة والصناعة أن الصادرات ارتفعت", "ar")
    # the office lexicon names a minister of trade and industry the trade minister; both words of the name read
    assert held[1:] == ("trade minister", "asserted", "2024-06-05") and len(held[0].split()) == 2, held


def test_the_posts_written_after_a_name_in_a_list_of_leaders_are_not_the_next_names():
    # 'with A the crown prince prime minister in the Kingdom of X, B deputy prime minister': the posts
    # right after A, set off by a comma from B, are A's
    text = ("وحضر الاجتماع الشيخ خالد بن سعود بن فيصل آل ثاني نائب الأمير رئيس الوزراء بالمملكة المغربية، "
            "السيد سالم الحارثي نائب رئيس الوزراء.")
    assert sorted(_held(text, "ar")) == [
        ("Khalid bin Saud bin Faisal Al Thani", "Moroccan prime minister", "asserted", "2024-06-05"),
        ("Salem Al-Harthi", "deputy prime minister", "asserted", "2024-06-05")]


def test_the_one_replaced_held_the_post_before():
    # 'replacing' names the predecessor after a short description; the post is the appointment's
    text = ("Peruvian President Dina Boluarte appointed Julio Herrera as the country's central bank governor on "
            "Monday, replacing veteran economist Adriana Salas Mejia.")
    roles = _held(text)
    assert ("Adriana Salas Mejia", "Peruvian central bank governor", "former", None) in roles, roles
    # 'replaced him with X' names the successor: never a predecessor
    text = "Chilean President Gabriel Boric dismissed Interior Minister Tomas Reyes and replaced him with Ana Costa Rivas."
    assert not [r for r in _held(text) if r[2] == "former"]


def test_khalafan_li_names_the_predecessor_in_arabic():
    # the preposition written on the name ('لطارق') is not part of it
    text = "عين الرئيس الموريتاني محمد ولد الغزواني الخبير المالي سالم ولد أحمد محافظا للبنك المركزي خلفا لطارق المختار"
    roles = _held(text, "ar")
    assert ("Tarek Mokhtar", "Mauritanian central bank governor", "former", None) in roles, roles
    assert ("Salem Ould Ahmed", "Mauritanian central bank governor", "asserted", "2024-06-05") in roles


def test_his_predecessor_written_before_the_name_is_no_part_of_it():
    # 'خلفا لسابقه X' (succeeding his predecessor X): a frequent noun with a pronoun begins no name
    text = "عين الرئيس الموريتاني محمد ولد الغزواني الخبير المالي سالم ولد أحمد محافظا للبنك المركزي خلفا لسابقه طارق المختار"
    former = [r for r in _held(text, "ar") if r[2] == "former"]
    assert [r[0] for r in former] == ["Tarek Mokhtar"], former


@pytest.mark.parametrize("text, lang", [
    # the one who appoints holds the post told before the words (verb first in Arabic: its subject right
    # after it); the post given, unread here, is the predecessor's, not the king's
    ("عين الملك محمد السادس، سامي بن علي وزيرا جديدا للشؤون الرقمية، خلفا لطارق المختار.", "ar"),
    ("King Mohammed VI appointed Sami Benali as commissioner for digital affairs, succeeding Tarek Mokhtar.", "en"),
])
def test_the_post_of_the_one_who_appoints_is_not_the_predecessors(text, lang):
    assert not [r for r in _held(text, lang) if r[2] == "former" and "king" in (r[1] or "")]


def test_khalafan_li_reads_a_foreign_name_after_the_predecessors_nationality():
    # the nationality between the preposition and the name ('للإيطالي X', 'لـ البرازيلي X') is no part
    # of the name, and the name need not be of attested Arabic parts
    for lead in ("للإيطالي", "لـ الإيطالي"):
        text = f"عين الرئيس الموريتاني محمد ولد الغزواني الخبير المالي سالم ولد أحمد محافظا للبنك المركزي خلفا {lead} ماركو بيلوتي"
        former = [r for r in _held(text, "ar") if r[2] == "former"]
        assert [(r[1], r[2]) for r in former] == [("Mauritanian central bank governor", "former")], (lead, former)
        assert "Beloti" in former[0][0] or "Bilouti" in former[0][0] or "Marco" in former[0][0], former
    # nor is a courtesy title there ('للدكتور', 'للسفير'): the name after it is the predecessor's
    for lead in ("للدكتور", "للسفير"):
        text = f"عين الرئيس الموريتاني محمد ولد الغزواني الخبير المالي سالم ولد أحمد محافظا للبنك المركزي خلفا {lead} هاني الزعبلاوي"
        former = [r for r in _held(text, "ar") if r[2] == "former"]
        assert [(r[0].split()[0], r[1]) for r in former] == [("Hani", "Mauritanian central bank governor")], (lead, former)
    # a noun with the article after the preposition is no name ('خلفا للمحافظ'): no one is read there
    text = "عين الرئيس الموريتاني محمد ولد الغزواني الخبير المالي سالم ولد أحمد محافظا للبنك المركزي خلفا للمحافظ السابق"
    assert not [r for r in _held(text, "ar") if r[2] == "former"]


@pytest.mark.parametrize("text, lang, held", [
    ("Kenya named Samuel Kamau as central bank governor on Monday, replacing Kofi Boateng, who has occupied "
     "the post since March 2019.", "en", ("Kofi Boateng", "Kenyan central bank governor", "former", "2019-03/2024-06-05")),
    ("The Arab League named Samer Daoud of Jordan as its next secretary general. He will replace Hani Rizk, the "
     "Egyptian who has been in the job since 2016.", "en", ("Hani Rizk", "secretary-general of Arab League", "former", "2016/2024-06-05")),
    ("عين العاهل المغربي الملك محمد السادس سامي بن علي وزيرا للصحة، خلفا لهاني رزق الذي يشغل المنصب منذ عام 2019.",
     "ar", ("Hani Rizk", "Moroccan health minister", "former", "2019/2024-06-05")),
])
def test_the_tenure_told_after_the_predecessors_name_dates_their_role(text, lang, held):
    assert held in _held(text, lang), _held(text, lang)
    # a time told elsewhere in the clause is not the predecessor's tenure
    other = text.replace("who has occupied the post since March 2019", "in March 2019")
    if other != text:
        assert not [r for r in _held(other, lang) if r[0] == held[0] and r[3]], _held(other, lang)


def test_a_family_name_told_alone_in_the_headline_gives_way_to_the_full_name_told_next():
    # the headline's 'Al-Daoudi' (its article aside, one word), then 'Samer Al-Daoudi': 'Daoudi' alone later
    # is the full name's, and so is the headline's fact
    text = ("Arab League elects Jordan's Al-Daoudi as secretary general\n\nThe Arab League on Thursday elected "
            "Samer Al-Daoudi as secretary general. Daoudi was elected secretary general of the organisation in early October.")
    got = _appointments(text)
    assert ("Samer Al-Daoudi", "secretary-general of Arab League", None) in got, got
    assert not [g for g in got if g[0] != "Samer Al-Daoudi"], got
    assert ("Samer Al-Daoudi", "secretary-general of Arab League", "2023-10") in got, got


@pytest.mark.parametrize("text", [
    # a head given with no possessive is the post of a catalogue institution named right before the verb
    # only: not of a government, an organ told alone, or the institution of the one who appoints
    "The Kenyan government on Monday appointed Jane Otieno as director-general.",
    "The General Assembly on Monday appointed Amara Diallo as the next secretary-general.",
    "UN Secretary-General Kofi Mensah on Monday appointed Jane Otieno as executive director, the UN said.",
])
def test_a_head_with_no_possessive_names_no_post_of_anything_but_the_institution_before_the_verb(text):
    assert _appointments(text) == []


def test_a_managing_director_is_the_head_only_where_the_institution_names_its_head_so():
    # the IMF's head is its managing director; the World Bank's managing directors serve under its president
    assert _appointments("The IMF Executive Board on Friday selected Amara Diallo as managing director.") == [
        ("Amara Diallo", "managing director of International Monetary Fund", "2024-05-31")]
    assert _appointments("The World Bank board on Friday appointed Amara Diallo as managing director.") == [
        ("Amara Diallo", "managing director of World Bank", "2024-05-31")]


@pytest.mark.parametrize("text, short", [
    # the family name alone named with a post, then a relative's full name: the relative holds no post
    ("Nigerian Finance Minister Okafor resigned on Monday. His wife, Grace Okafor, told reporters in Abuja "
     "on Tuesday that she would run for the Senate.", "Okafor"),
    ("Finance Minister Okafor resigned on Monday. Central bank governor Grace Okafor visited London on Tuesday.", "Okafor"),
    # the headline's family name, then a father and his son: it is neither's for sure
    ("Arab League elects Al-Daoud as secretary general\n\nJordanian Foreign Minister Hani Al-Daoud on Monday "
     "congratulated his son, Samer Al-Daoud.", "Al-Daoud"),
])
def test_a_family_name_told_first_is_not_a_relatives_full_name(text, short):
    got = facts_of(text, published=PUBLISHED)
    assert any(f.subject == short for f in got if f.kind in ("resignation", "appointment")), got
    assert not [f for f in got if f.kind in ("resignation", "appointment") and f.subject != short], got


def test_a_succession_still_to_come_leaves_the_predecessor_in_the_post_on_no_known_day():
    text = ("وسيتسلم محافظ البنك المركزي الموريتاني الجديد سالم ولد أحمد مهامه رسميا في الأول من يوليو المقبل، "
            "خلفا لطارق المختار.")
    held = _held(text, "ar")
    assert ("Tarek Mokhtar", "Mauritanian central bank governor", "asserted", None) in held, held
    # the duties taken up end the name of the one who takes them up
    assert ("Salem Ould Ahmed", "Mauritanian central bank governor", "asserted", "2024-06-05") in held, held


def test_the_one_who_replaced_someone_named_with_a_post_takes_that_post():
    # 'Z replaced Finance Minister Y', as 'Y was replaced by Z': Z takes Y's post, on the sentence's day
    got = _appointments("Kenyan Trade Minister Rebecca Miano replaced Finance Minister John Mbadi on Monday.")
    assert ("Rebecca Miano", "finance minister", "2024-06-03") in got
    # a post named after them is the one taken over, not the one they are named with
    got = _appointments("Kenyan Trade Minister Rebecca Miano replaced Finance Minister John Mbadi as party chair on Monday.")
    assert all(post != "finance minister" for subject, post, _ in got if subject == "Rebecca Miano")


def test_the_one_put_in_the_place_of_someone_dismissed_takes_up_their_post_that_day():
    # 'replaced him with Z': Z gets the post of the one the sentence told dismissed, on that day
    got = _appointments("Kenyan President William Ruto sacked Finance Minister John Mbadi on Monday "
                        "and replaced him with Trade Minister Rebecca Miano.")
    assert ("Rebecca Miano", "finance minister", "2024-06-03") in got
    # 'to take his place', told in the next sentence
    got = _appointments("Kenyan President William Ruto sacked Finance Minister John Mbadi on Monday. "
                        "He appointed Trade Minister Rebecca Miano to take his place.")
    assert ("Rebecca Miano", "finance minister", "2024-06-03") in got
    # no one dismissed or resigned: whose place it is is not told, and the appointer's post is not given
    got = _appointments("Kenyan President William Ruto spoke on Monday. "
                        "He appointed Trade Minister Rebecca Miano to take his place.")
    assert all(subject != "Rebecca Miano" for subject, _, _ in got)


def test_arabic_the_one_appointed_in_place_of_someone_dismissed_takes_up_their_post():
    # 'dismissed the finance minister X on Monday and appointed Y in his place'
    got = _appointments("أقال الرئيس الكيني وليام روتو يوم الاثنين وزير المالية جون مبادي، "
                        "وعين وزيرة التجارة ريبيكا ميانو خلفا له.", lang="ar")
    assert [(o, d) for s, o, d in got if s and s.startswith("Rebec")] == [("finance minister", "2024-06-03")]


def test_an_office_the_lexicon_lacks_is_read_after_as_and_one_several_hold_is_not():
    got = _appointments("Kenyan President William Ruto appointed Rebecca Miano as minister of housing and urban "
                        "development on Monday.")
    assert got == [("Rebecca Miano", "Kenyan minister of housing and urban development", "2024-06-03")]
    assert _appointments("Kenyan President William Ruto appointed Rebecca Miano as ambassador on Monday.") == []


def test_a_post_taken_up_told_in_the_perfect_or_by_a_noun_or_with_an_adverb():
    got = _appointments("Kenyan Finance Minister John Mbadi had taken office on 1 August last year.")
    assert got == [("John Mbadi", "Kenyan finance minister", "2023-08-01")]
    got = _appointments("Kenyan President William Ruto was democratically elected in 2022.")
    assert got == [("William Ruto", "Kenyan president", "2022")]
    got = _appointments("Kenyan Trade Minister Rebecca Miano, appointed in July 2023, spoke in Nairobi.")
    assert got == [("Rebecca Miano", "Kenyan trade minister", "2023-07")]


def test_arabic_a_bare_post_after_another_post_and_its_adjective_is_the_persons_own():
    # 'the Kenyan president dismissed the prime minister X. X took up his post in August 2023': the
    # adjective before 'the prime minister' is the president's, not a country the titles failed to read
    got = _appointments("أقال الرئيس الكيني رئيس الوزراء جون مبادي. تولى مبادي منصبه في أغسطس 2023.", lang="ar")
    assert [(o, d) for s, o, d in got if s and s.startswith("John")] == [("prime minister", "2023-08")]


def test_a_stand_in_for_the_appointer_at_an_event_takes_no_post_of_someone_dismissed():
    # 'his' is the appointer: the deputy stands in for him at the summit, not in the sacked minister's post
    got = _appointments("Ghanaian President John Mahama sacked Energy Minister Kwame Boateng on Monday. "
                        "Mahama, who is flying to Ottawa, appointed Vice President Ama Owusu to take his place "
                        "at the summit.")
    assert all(subject != "Ama Owusu" for subject, _, _ in got), got
    # the same stand-in, the appointer named by a pronoun: the event after 'place' still says whose place it is
    got = _appointments("Ghanaian President John Mahama sacked Energy Minister Kwame Boateng on Monday. "
                        "He appointed Vice President Ama Owusu to take his place at the summit in Ottawa.")
    assert all(subject != "Ama Owusu" for subject, _, _ in got), got
    # no event named: 'his' is still the appointer, the one named last before the one appointed
    got = _appointments("Ghanaian President John Mahama sacked Energy Minister Kwame Boateng on Monday. "
                        "Mahama, who flies to Ottawa on Friday, appointed Vice President Ama Owusu to take his "
                        "place while he is away.")
    assert all(subject != "Ama Owusu" for subject, _, _ in got), got


def test_a_post_given_in_the_passive_is_the_office_after_the_verb_not_the_one_held():
    text = "Chilean Trade Minister Ana Rojas was named prime minister on Monday."
    assert _appointments(text) == [("Ana Rojas", "Chilean prime minister", "2024-06-03")]
    # words there that nothing reads: no post, rather than the trade ministry she holds
    assert _appointments("Chilean Trade Minister Ana Rojas was named a member of the panel on Monday.") == []


def test_an_acting_or_interim_post_is_the_post():
    for held in ("acting", "interim", "caretaker"):
        text = f"Chilean President Rosa Flores on Monday appointed Tomas Huaman as {held} governor of the central bank."
        assert _appointments(text) == [("Tomas Huaman", "Chilean central bank governor", "2024-06-03")], held


def test_newly_appointed_gives_the_post_named_with_only_to_the_name_right_after_it():
    text = "The newly appointed Chilean finance minister Tomas Huaman met bankers in Santiago."
    assert _appointments(text) == [("Tomas Huaman", "Chilean finance minister", None)]
    assert _appointments("The newly appointed minister met Chilean President Rosa Flores in Santiago.") == []


def test_arabic_verb_first_then_the_one_who_takes_up_the_post_then_the_office():
    text = "وتولى سامي بن علي رئاسة الحكومة المغربية في 2 مارس 2023."
    assert _appointments(text, lang="ar") == [("Sami Benali", "Moroccan prime minister", "2023-03-02")]


def test_a_pronoun_appointed_is_never_the_one_who_appointed():
    # the one the pronoun stands for is told before; the appointer's own post is no post given
    for text in ("Ghanaian President John Mahama appointed him presidential adviser on Friday.",
                 "Ghanaian President John Mahama named her special envoy to the Sahel on Friday.",
                 "Ghanaian President John Mahama appointed them to the cocoa board on Friday."):
        assert _appointments(text) == [], text
    # 'her' before a name read after it is a possessive: the name is the one appointed
    got = _appointments("Ghanaian President John Mahama named her deputy, Kofi Mensah, as foreign minister on Friday.")
    assert [(s, o) for s, o, _ in got] == [("Kofi Mensah", "Ghanaian foreign minister")]


def test_arabic_a_pronoun_on_the_verb_is_the_one_appointed_not_the_one_named_after_it():
    # 'and appointed him the Ghanaian president John Mahama foreign minister': Mahama appointed him
    assert _appointments("وعينه الرئيس الغاني جون ماهاما وزيرا للخارجية يوم الجمعة.", "ar") == []
    assert _appointments("وكلفها رئيس الوزراء الغاني كوفي منساه وزيرة للصحة يوم الأحد.", "ar") == []
    # without the pronoun, the one named after the appointer is the one appointed
    got = _appointments("عين الرئيس الغاني جون ماهاما الدبلوماسي أمين الصافي وزيرا للخارجية يوم الجمعة.", "ar")
    assert [o for _, o, _ in got] == ["Ghanaian foreign minister"] and got[0][0] != "John Mahama"


def test_the_chair_of_a_body_inside_an_institution_is_not_the_institutions_chair():
    # 'the IMF audit committee' is a committee of the IMF: its chair is the committee's, named whole
    text = "Kenyan Finance Minister Otieno Kamau was named chair of the IMF audit committee on Friday."
    assert _appointments(text) == [("Otieno Kamau", "chair of the IMF audit committee", "2024-05-31")]
    # the institution's own chair, with nothing after its name, still is (the catalogue's name for it)
    text = "Kenyan Finance Minister Otieno Kamau was named chair of the IMF on Friday."
    assert _appointments(text) == [("Otieno Kamau", "chair of International Monetary Fund", "2024-05-31")]


def test_a_post_nothing_reads_is_given_but_is_not_the_one_the_person_holds():
    # the words after 'named' name a post the checker cannot read: no appointment to the post held
    text = "Peruvian Trade Minister Rosa Vega was named a trustee of the fund on Tuesday."
    assert _appointments(text) == []


def test_a_post_named_by_a_possessive_is_at_the_institution_named_before_the_verb():
    # 'its' and 'the organisation's' stand for the body that gives the post, named earlier in the sentence
    got = _appointments("The oil producers' cartel OPEC voted on Friday to appoint "
                        "Maria Lopez as its new secretary general.")
    assert [(s, o) for s, o, _ in got] == [("Maria Lopez", "secretary-general of OPEC")]
    got = _appointments("Delegates of UNESCO elected Peter Novak as the organisation's director general.")
    assert [(s, o) for s, o, _ in got] == [("Peter Novak", "director-general of UNESCO")]


def test_a_possessive_post_with_no_institution_named_before_is_no_appointment():
    assert _appointments("The delegates voted to appoint Maria Lopez as its new secretary general.") == []


def test_an_arabic_post_given_with_a_pronoun_for_the_institution_takes_the_institution_named_before():
    got = _appointments("وذكرت مصادر في منظمة أوبك أن المنظمة اختارت بالإجماع تعيين فاطمة الزهراء أمينة عامة جديدة لها.", "ar")
    assert [o for _, o, _ in got] == ["secretary-general of OPEC"]


def test_a_lone_word_described_after_the_one_appointed_is_not_appointed():
    # 'a lawyer and Egyptologist' describes the one named, who is the one appointed
    got = _appointments("The members elected Anna Berg, a Swedish lawyer and Egyptologist, as director-general of UNESCO.")
    assert [(s, o) for s, o, _ in got] == [("Anna Berg", "director-general of UNESCO")]


def test_an_arabic_relative_clause_of_appointment_with_a_time_dates_the_post_the_person_is_named_with():
    # the relative clause holds the appointment, the main verb comes after it
    got = _appointments("وكان رئيس الحكومة جون مبادي الذي عين قبل عامين قد استقال.", "ar")
    assert [(o, d) for _, o, d in got] == [("prime minister", "2022")]
    # no time after the verb: nothing a source could contradict
    assert _appointments("وكان رئيس الحكومة جون مبادي الذي عين بقرار رئاسي قد استقال.", "ar") == []


def test_the_heir_named_by_the_rulers_order_is_an_appointment_in_both_languages():
    got = _appointments("أصدر أمير قطر الشيخ ناصر بن فهد أمرا أميريا بتزكية الشيخ جاسم بن خالد وليا للعهد يوم الأحد.", "ar")
    # spelled as the Qatari press spells it (arabic-name-romanizer's country spelling: 'Bin')
    assert got == [("Jassem Bin Khalid", "Qatari crown prince", "2024-06-02")]
    got = _appointments("Qatar's Emir Tamim bin Hamad on Sunday issued an order nominating Sheikh Jassim bin Khalid as crown prince.")
    assert got == [("Jassim bin Khalid", "Qatari crown prince", "2024-06-02")]


def test_an_adviser_to_the_head_of_state_is_a_post_of_the_appointers_country():
    got = _appointments("وأصدر الرئيس الكيني وليام روتو يوم الاثنين قرارا بتعيين جون مبادي مستشارا لرئيس الجمهورية.", "ar")
    assert got == [("John Mabadi", "Kenyan adviser to the president", "2024-06-03")]
    got = _appointments("Kenyan President William Ruto on Monday appointed John Mbadi as a presidential adviser.")
    assert got == [("John Mbadi", "Kenyan adviser to the president", "2024-06-03")]


def test_one_who_decides_to_appoint_him_is_not_the_one_appointed():
    # the pronoun on the verbal noun is someone told before: never the president named before it
    text = "وقبل الرئيس الكيني وليام روتو استقالة الوزير. وقرر الرئيس الكيني وليام روتو يوم الاثنين تعيينه مستشارا للرئيس."
    assert _appointments(text, "ar") == []


def test_inaugurated_or_come_to_power_is_the_post_the_person_is_named_with():
    text = "Kenyan President William Ruto arrived in Oslo on Monday. It is his first trip since Ruto was inaugurated in September 2022."
    assert _appointments(text) == [("William Ruto", "Kenyan president", "2022-09")]
    assert _appointments("Ghanaian President John Mahama has cut spending since he came to power in January 2025.") \
        == [("John Mahama", "Ghanaian president", "2025-01")]


def test_an_appointment_told_in_the_headline_and_again_dated_in_the_text_is_one_fact():
    text = ("Kenyan President William Ruto appoints John Mbadi finance minister\n\n"
            "Kenyan President William Ruto on Monday appointed John Mbadi as finance minister.")
    assert _appointments(text) == [("John Mbadi", "Kenyan finance minister", "2024-06-03")]
    text = ("روتو: تعيين جون مبادي وزيرا للمالية\n\n"
            "أصدر الرئيس الكيني وليام روتو يوم الاثنين قرارا بتعيين جون مبادي وزيرا للمالية.")
    assert _appointments(text, "ar") == [("John Mabadi", "Kenyan finance minister", "2024-06-03")]
    # two terms of one post, years apart, are two appointments
    text = ("Kenyan President William Ruto appointed John Mbadi as finance minister in May 2019. "
            "Kenyan President William Ruto appointed John Mbadi as finance minister again in May 2024.")
    assert len(_appointments(text)) == 2


def test_the_ministries_of_a_cabinet_and_an_embassy_are_offices():
    got = _appointments("أصدر الرئيس الكيني وليام روتو يوم الاثنين قرارا بتعيين جون مبادي وزيرا للعدل.", "ar")
    assert got == [("John Mabadi", "Kenyan justice minister", "2024-06-03")]
    got = _appointments("وتولت سوزان كوتش وزارة الداخلية الكينية في 2 مارس 2023.", "ar")
    assert [g[1:] for g in got] == [("Kenyan interior minister", "2023-03-02")]
    # an envoy's post, the country served in told by its capital: the one appointed, never the president who appointed
    assert _appointments("أصدر الرئيس الكيني وليام روتو يوم الاثنين قرارا بتعيين جون مبادي سفيرا في لندن.", "ar") \
        == [("John Mabadi", "Kenyan ambassador to United Kingdom", "2024-06-03")]


def test_an_undated_appointment_in_an_article_dating_no_event_is_news_of_its_publication_day():
    assert _appointments("Kenyan President William Ruto has appointed John Mbadi as finance minister.") \
        == [("John Mbadi", "Kenyan finance minister", "2024-06-05")]
    # the same appointment told again with a day of its own is that day
    text = ("Kenyan President William Ruto has appointed John Mbadi as finance minister. "
            "Kenyan President William Ruto appointed John Mbadi as finance minister on Monday.")
    assert _appointments(text) == [("John Mbadi", "Kenyan finance minister", "2024-06-03")]
    # one still to come is not dated by the article
    assert _appointments("Kenyan President William Ruto will appoint John Mbadi as finance minister.") \
        == [("John Mbadi", "Kenyan finance minister", None)]


def test_became_the_countrys_ruler_is_the_post_the_ruler_is_named_with():
    text = ("Omani Sultan Faisal bin Tarik spoke in Muscat. "
            "Sheikh Faisal became Oman's 10th ruler on January 11, 2020, succeeding his cousin.")
    assert ("Faisal bin Tarik", "Omani sultan", "2020-01-11") in _appointments(text)


def test_a_courtesy_title_read_with_a_name_is_no_part_that_another_name_shares():
    # 'Sheikh' read with 'Sheikh Amir Al-Khalid Al-Nasser' does not make 'Sheikh Faisal' that person
    text = ("Kuwait's Emir Sheikh Faisal Al-Jaber Al-Nasser signed a decree appointing Sheikh Amir Al-Khaled "
            "Al-Nasser as Kuwait's new Crown Prince.\n\nThe then-prime minister, Sheikh Amir Al-Khalid Al-Nasser, "
            "addressed a UN conference in Glasgow on November 2, 2021.\n\n"
            "Sheikh Faisal became the country's ruler on December 18, 2023, after his cousin.")
    assert ("Faisal Al-Jaber Al-Nasser", "Kuwaiti emir", "2023-12-18") in _appointments(text)


def _roles_of(text, person, lang="en"):
    doc = Document(id="x", path="x", source=None, url=None, lang=lang, published=PUBLISHED,
                   published_evidence="", text=text, kept=((0, len(text)),))
    return [(f.subject, f.object, f.when.value if f.when else None)
            for f in analyse(doc).facts if f.kind == "role" and f.subject == person]


def test_a_term_told_with_an_appointment_dates_the_post_and_not_the_appointment():
    text = ("President William Ruto on Monday appointed Amina Waweru as governor of the Central Bank of Kenya, "
            "with effect from 1 July 2024, for a period of five years.")
    assert _appointments(text) == [("Amina Waweru", "Kenyan central bank governor", "2024-06-03")]
    assert _roles_of(text, "Amina Waweru") == [("Amina Waweru", "Kenyan central bank governor", "2024-07-01/2029-06-30")]


def test_the_one_who_replaced_someone_holds_their_post():
    text = ("Peru's central bank governor Ana Ruiz resigned on Monday. "
            "Ruiz was replaced by Tomas Kvell, a former deputy of hers.")
    doc = Document(id="x", path="x", source=None, url=None, lang="en", published=PUBLISHED,
                   published_evidence="", text=text, kept=((0, len(text)),))
    got = [(f.subject, f.object) for f in analyse(doc).facts if f.kind == "appointment"]
    assert got == [("Tomas Kvell", "Peruvian central bank governor")]
    # with no day of leaving told: the time the sentence tells, else the article's own day
    for text, day in (("Peru's central bank governor Ana Ruiz was replaced by Tomas Kvell on 3 March 2024.", "2024-03-03"),
                      ("Peru's central bank governor Ana Ruiz was replaced by Tomas Kvell.", PUBLISHED.isoformat())):
        doc = Document(id="x", path="x", source=None, url=None, lang="en", published=PUBLISHED,
                       published_evidence="", text=text, kept=((0, len(text)),))
        assert [(f.subject, f.when.value if f.when else None) for f in analyse(doc).facts if f.kind == "appointment"] \
            == [("Tomas Kvell", day)], text
    # a successor named for no one whose post the article tells: nothing to give
    text = "Ruiz was replaced by Tomas Kvell on Monday."
    doc = Document(id="x", path="x", source=None, url=None, lang="en", published=PUBLISHED,
                   published_evidence="", text=text, kept=((0, len(text)),))
    assert [f for f in analyse(doc).facts if f.kind == "appointment"] == []


def test_the_one_replaced_may_be_set_off_by_asides_before_the_verb():
    # 'X, the finance minister, who ..., has been replaced by Z': the asides stand between X and the verb
    for text in ("Kofi Boateng, the finance minister, has been replaced by Tomas Kvell.",
                 "Kofi Boateng, the Kenyan finance minister, who led the budget reform, was replaced by Tomas Kvell."):
        got = [(s, o) for s, o, _ in _appointments(text)]
        assert got and got[0][0] == "Tomas Kvell" and got[0][1].endswith("finance minister"), (text, got)
    # a clause of its own with another subject between them: no aside, the finance minister replaced by no one
    for text in ("Kofi Boateng, the finance minister, said his deputy was replaced by Tomas Kvell.",
                 "Kofi Boateng, the finance minister, told reporters the governor was replaced by Tomas Kvell."):
        assert _appointments(text) == [], text


def test_a_headline_present_appoints():
    # 'Ruto appoints X', 'reappoints X': verbs of appointing as headlines write them
    for text in ("Ghanaian President John Mahama appoints Ama Owusu as governor of Ghana's central bank.",
                 "Ghanaian President John Mahama reappoints Ama Owusu as governor of Ghana's central bank.",
                 ):
        assert [(s, o) for s, o, _ in _appointments(text)] == [("Ama Owusu", "Ghanaian central bank governor")], text
    # 'names' and 'naming' are no verbs of appointing: a plural noun, another sense
    assert _appointments("Kenyan Finance Minister Kofi Boateng read the names of the new ministers aloud.") == []
    assert _appointments("Kenyan Finance Minister Kofi Boateng, without naming the banks, said rates would fall.") == []


def test_an_envoy_to_the_only_country_named_is_not_of_that_country():
    # no one is their own country's ambassador to it: the post stays without a country, not 'Japanese ambassador to Japan'
    assert _appointments("Ruto appointed Kofi Boateng as ambassador to Japan.") == \
        [("Kofi Boateng", "ambassador to Japan", PUBLISHED.isoformat())]
    assert [(s, o) for s, o, _ in _appointments("Kenyan President William Ruto appointed Kofi Boateng as ambassador to Japan.")] \
        == [("Kofi Boateng", "Kenyan ambassador to Japan")]


def test_a_central_bank_chief_is_its_governor():
    # 'Central Bank chief' and 'head of the central bank' name the governor's office, not a body called 'Central Bank'
    assert [(s, o) for s, o, _ in _appointments("Kenya appoints Kofi Boateng as Central Bank chief.")] \
        == [("Kofi Boateng", "central bank governor")]
    assert [(s, o) for s, o, _ in _appointments("Kenyan President William Ruto named Kofi Boateng as head of the central bank.")] \
        == [("Kofi Boateng", "Kenyan central bank governor")]


def test_a_body_named_after_a_verb_of_succession_is_no_predecessor():
    # 'has replaced the departing governor of Peru's Central Bank, Ana Ruiz': 'Central Bank' held no post
    text = ("Peru appointed Tomas Kvell as central bank governor on Friday. "
            "Tomas Kvell has replaced the departing governor of Peru's Central Bank, Ana Ruiz, who resigned.")
    held = [r[0] for r in _held(text)]
    assert "Central Bank" not in held and "Ana Ruiz" in held, held


def test_the_one_named_after_a_finite_verb_of_succession_held_the_post_the_document_gives_the_successor():
    # 'X replaces Y' and 'He will succeed Y': Y held the post X is appointed to, here or a sentence before
    for second in ("Mbadi replaces Njuguna Ndungu, who resigned on Friday.",
                   "He will succeed Njuguna Ndungu, who resigned on Friday.",
                   "Mbadi, a veteran of the trade ministry, succeeds Njuguna Ndungu."):
        text = "Kenya's president appointed John Mbadi as finance minister on Monday. " + second
        former = [r for r in _held(text) if r[2] == "former"]
        assert former == [("Njuguna Ndungu", "Kenyan finance minister", "former", None)], (second, former)
    # 'replaced him with Z', 'succeeded in': no predecessor named; a successor no appointment names: no post
    for text in ("Kenya's president appointed John Mbadi as finance minister on Monday. "
                 "The president replaced him with Njuguna Ndungu in July.",
                 "Kenya's president appointed John Mbadi as finance minister on Monday. "
                 "Mbadi succeeded in persuading Njuguna Ndungu to stay.",
                 "John Mbadi replaces Njuguna Ndungu, who resigned on Friday."):
        assert not [r for r in _held(text) if r[2] == "former"], text


def test_a_bare_post_of_one_appointed_here_is_of_the_country_of_the_appointment():
    # 'army chief' names no country; the presidency he is elected to is Kenya's, and so is his army
    text = "Kenya's lawmakers on Thursday elected army chief Omondi Kariuki as president."
    assert ("Omondi Kariuki", "Kenyan army chief", "2024-06-05") in _roles_of(text, "Omondi Kariuki")


def test_a_courtesy_title_that_is_a_post_someone_else_holds_here_is_no_post():
    # 'President' before the premier named here (a courtesy of some countries' press) is not the
    # presidency, which the article gives another
    text = ("Kenyan President William Ruto appointed John Mbadi as prime minister on Monday. "
            "President Mbadi thanked the parliament.")
    assert [r[1] for r in _roles_of(text, "John Mbadi")] == ["Kenyan prime minister"]


def test_a_post_no_courtesy_gives_is_the_post_told_though_another_holds_it():
    # a premier's title given to the president (an outlet's error the archive flags), not a courtesy;
    # the country is the one the document gives the surname alone, told before the full name
    text = ("Ghanaian President Mensah met the Kenyan envoy. Ghanaian Prime Minister Ama Owusu attended. "
            "In May Prime Minister Kwame Mensah announced the new tariffs.")
    assert [r[1] for r in _roles_of(text, "Kwame Mensah")] == ["Ghanaian prime minister"]
    # a post with its country named with the full name wins over the surname's told before: a visit abroad
    text = "Ghanaian President Mensah met the envoy on Sunday. Kenyan Prime Minister Kwame Mensah visited Accra on Monday."
    assert [(f.subject, f.place) for f in facts_of(text, published=PUBLISHED) if f.kind == "visit"] == [
        ("Kwame Mensah", "Accra")]


def test_the_arabic_head_of_state_chosen_in_the_accusative_is_the_countrys_president():
    text = "انتخب البرلمان الكيني يوم الخميس جون مبادي رئيسا للجمهورية."
    assert _appointments(text, "ar") == [("John Mabadi", "Kenyan president", "2024-05-30")]


def test_a_post_taken_up_in_an_opening_clause_is_the_main_clause_subjects():
    # not the one the sentence before told, nor the one before whom the oath was taken
    got = _appointments("Kenyan President William Ruto spoke first. Since taking office in June 2023, Kenyan "
                        "central bank governor Grace Njeri has cut rates twice. After being sworn in before "
                        "President William Ruto on Friday, Kenyan Health Minister Amina Odhiambo took office.")
    assert {(s, o) for s, o, _ in got} == {("Grace Njeri", "Kenyan central bank governor"),
                                          ("Amina Odhiambo", "Kenyan health minister")}


def test_one_named_to_replace_an_official_takes_the_officials_post():
    # the verb names no post: the one replaced is named with it (posts.py _heirs)
    text = "Kenyan President William Ruto on Wednesday named Amina Odhiambo to replace Finance Minister Peter Kamau."
    assert _appointments(text) == [("Amina Odhiambo", "finance minister", "2024-06-05")]
    # a verb of taking up a post with the predecessor after it, in Arabic (خلفا لـ), on the day it tells
    text = ("أعفى الرئيس الكيني وليام روتو وزير المالية بيتر كاماو من منصبه. "
            "وكان سمير حداد قد تسلم مهامه يوم الإثنين خلفا لكاماو.")
    assert _appointments(text, "ar") == [("Samir Haddad", "finance minister", "2024-06-03")]
    # deciding to replace an official names no one in the post, and gives no one else's post away
    text = "Kenyan President William Ruto said he decided to replace the governor, Peter Kamau, who asked to leave."
    assert _appointments(text) == []


@pytest.mark.parametrize("text, lang, expected", [
    # a post told new: its holder was appointed to it, on the article's day
    ("Kenya's new Interior Minister, Amara Diallo, said the talks went well.", "en",
     [("Amara Diallo", "Kenyan interior minister", "2024-06-05")]),
    ("وقال وزير الخارجية الكيني الجديد جون مبادي إن المحادثات مثمرة.", "ar",
     [("John Mbadi", "Kenyan foreign minister", "2024-06-05")]),
    # the newly named head of an institution, the word between the head and the institution
    ("ورحب الوزير بالأمين العام المعين لجامعة الدول العربية سامر داود.", "ar",
     [("Samer Daoud", "secretary-general of Arab League", "2024-06-05")]),
    # a name that begins with the word ('New Zealand') tells no new post
    ("New Zealand's Prime Minister Mark Hale met the envoy.", "en", []),
    # the appointment the sentence tells is the one: the post told new adds none
    ("Kenyan President William Ruto appointed Amara Diallo as the country's new interior minister on Monday.", "en",
     [("Amara Diallo", "Kenyan interior minister", "2024-06-03")]),
])
def test_a_post_told_new_is_an_appointment(text, lang, expected):
    # (the romaniser's spelling of an Arabic family name is its own business: the given name is checked)
    got = _appointments(text, lang)
    assert [(post, day) for _, post, day in got] == [(post, day) for _, post, day in expected], got
    assert [name.split()[0] for name, _, _ in got] == [want.split()[0] for want, _, _ in expected], got


@pytest.mark.parametrize("text, lang, witness", [
    ("Lina Osei was sworn in as Ghana's new finance minister on Friday in the presence of President Kofi Mensah.",
     "en", "Kofi Mensah"),
    ("أدى سامر داود اليمين الدستورية رئيسا لوزراء كينيا بحضور الرئيس الكيني أنور سليم.", "ar", "Anwar"),
])
def test_the_one_in_whose_presence_a_post_is_taken_up_is_not_appointed_to_it(text, lang, witness):
    doc = Document(id="x", path="x", source=None, url=None, lang=lang, published=date(2025, 6, 1),
                   published_evidence="", text=text, kept=((0, len(text)),))
    got = [(f.kind, f.subject, f.object) for f in analyse(doc).facts if f.kind in ("appointment", "role")]
    assert got and not [g for g in got if g[1].startswith(witness) and "president" not in (g[2] or "")], got


def test_a_line_up_without_a_time_of_its_own_is_appointed_on_the_day_of_the_appointment_told_before_it():
    # the prime minister sworn in on 3 June, then the ministers: the list's own sentence tells no day, and
    # the article's only day is written whole (no main date told relative to the article)
    text = ("Kenyan Prime Minister Otieno Kamau was sworn in on 3 June 2024. "
            "The new cabinet includes Grace Njeri – Minister of Finance, Peter Mwangi – Minister of Health.")
    got = _appointments(text)
    assert ("Grace Njeri", "Kenyan finance minister", "2024-06-03") in got
    assert ("Peter Mwangi", "Kenyan health minister", "2024-06-03") in got


@pytest.mark.parametrize("text, lang, person, post", [
    ("Aldo Verrani was appointed industry minister on Monday.", "en", "Aldo Verrani", "industry minister"),
    ("وقرر المجلس تعيين أنور سليم وزيرا أول بالنيابة.", "ar", "Anwar Salim", "prime minister"),
])
def test_a_post_given_where_no_country_is_told_is_the_office_as_written(text, lang, person, post):
    # never a guessed country's post; the role it gives is as unstated, and so clashes with no one's
    doc = Document(id="x", path="x", source=None, url=None, lang=lang, published=PUBLISHED,
                   published_evidence="", text=text, kept=((0, len(text)),))
    got = [(f.kind, f.subject, f.object) for f in analyse(doc).facts
           if f.kind in ("appointment", "role") and "+country/unstated" in f.rule]
    assert sorted(got) == [("appointment", person, post), ("role", person, post)]


def test_a_post_left_before_the_article_is_held_until_then():
    # sacked the day before the article, a successor named: the post named with him is held until that day,
    # from the day he took it up; not on the article's day, when the successor holds it
    text = ("Peruvian President Tomas Kvell sacked his Prime Minister Aldo Verrani on Monday (June 3, 2024) "
            "and named Jana Holm to replace him. Mr. Verrani had taken office on 2 August last year.")
    doc = Document(id="x", path="x", source=None, url=None, lang="en", published=date(2024, 6, 4),
                   published_evidence="", text=text, kept=((0, len(text)),))
    roles = {(f.subject, f.when.value) for f in analyse(doc).facts if f.kind == "role" and f.object == "Peruvian prime minister"}
    assert roles == {("Aldo Verrani", "2023-08-02/2024-06-03"), ("Jana Holm", "2024-06-04")}


def test_a_finite_verb_of_appointing_with_its_object_after_it_makes_the_one_before_it_the_appointer():
    # 'the king appointed four new ministers': the king appoints; those appointed are not named
    assert _appointments("وقال القصر إن العاهل المغربي الملك محمد السادس عين أربعة وزراء جدد.", "ar") == []
    # read as a passive, a time right after the verb: the one before it is the one appointed
    text = "وكان وزير الخارجية الصيني وانغ يي قد عين في مارس 2013."
    assert _appointments(text, "ar") == [("Wang Yi", "Chinese foreign minister", "2013-03")]
    # (nor when yesterday follows the verb, or the decree that appointed)
    text = "وكان وزير الخارجية الصيني وانغ يي قد عين بمرسوم رئاسي في مارس 2013."
    assert _appointments(text, "ar") == [("Wang Yi", "Chinese foreign minister", "2013-03")]


@pytest.mark.parametrize("text, lang", [
    ("Kenyan President William Ruto called Premier Tomas Kvell on Monday and congratulated him on his "
     "appointment as prime minister.", "en"),
    ("وهنأ وزير الخارجية الصيني وانغ يي يوم الاثنين نظيره الكيني جون مبادي بتعيينه وزيرا للخارجية.", "ar"),
])
def test_an_appointment_congratulated_on_is_not_dated_by_the_congratulations(text, lang):
    got = _appointments(text, lang)
    assert len(got) == 1 and got[0][2] is None


def test_the_one_before_whom_an_oath_is_sworn_is_not_sworn_in_by_a_later_mention_of_the_ceremony():
    # the ceremony told after a comma has nobody of its own: the president named after 'before' is no appointee
    text = ("أدى ثلاثة وزراء جدد اليمين أمام الرئيس الكيني سامر داود يوم الجمعة، "
            "وجرت مراسم أداء اليمين في القصر بحضور عدد من المسؤولين.")
    assert _appointments(text, "ar") == []


def test_a_post_taken_up_told_as_his_after_a_meeting_of_two_is_no_ones():
    # 'his' may stand for either party of the meeting just told: no appointment is guessed
    text = ("Premier Tomas Kvell met the Sultan of Brunei, Hassanal Bolkiah, on Monday.\n"
            "The sultan is the first leader to meet Kvell after his appointment as the 10th Prime Minister of Estonia on Nov 24.")
    assert _appointments(text) == []
    # a clause with no subject of its own goes on with the main clause's
    assert _appointments("President Tomas Kvell has visited Oslo three times since assuming office in June 2021.") == \
        [("Tomas Kvell", "president", "2021-06")]


def test_a_name_in_a_title_case_headline_stops_at_a_small_word():
    # 'Appointed X As Central Bank Chief': a small word capitalised only by the headline, no word of a name
    text = ("Ghanaian President Mahama Appointed Kofi Boateng As Central Bank Chief\n\n"
            "Accra -- Ghanaian President John Mahama on Monday named Kofi Boateng as central bank governor.\n")
    assert {s for s, _, _ in _appointments(text)} == {"Kofi Boateng"}
    # in a headline in title case, every small word it capitalises ends a name ('X To Form ...')
    text = ("Ghanaian President Mahama Appointed Kofi Boateng To Form New Government\n\n"
            "Accra -- Ghanaian President John Mahama on Monday named Kofi Boateng prime minister.\n")
    assert {s for s, _, _ in _appointments(text)} == {"Kofi Boateng"}
    # in prose, 'To' is a name's word (Pham Van To): not a word that ends a name
    assert [s for s, _, _ in _appointments("Vietnam's National Assembly elected Pham Van To as president.")] == ["Pham Van To"]


def test_posts_listed_after_served_as_are_each_held():
    # 'served as A, B, and C', 'as A and as B': each post the holder's, held before, as the first is
    text = "Amara Diallo, Senegal's prime minister, once served as ambassador to Ghana, trade minister, and finance minister."
    assert sorted(p for s, p, m, _ in _held(text) if m == "former") == \
        ["Senegalese ambassador to Ghana", "Senegalese finance minister", "Senegalese trade minister"]
    text = "Amara Diallo, Senegal's prime minister, has served as finance minister and as trade minister."
    assert sorted(p for s, p, m, _ in _held(text) if m == "former") == ["Senegalese finance minister", "Senegalese trade minister"]
    # a verb after 'and' ends the list: no post
    text = "Amara Diallo, Senegal's prime minister, served as finance minister and oversaw the budget reform."
    assert [p for s, p, m, _ in _held(text) if m == "former"] == ["Senegalese finance minister"]


def test_a_list_of_posts_ends_at_another_persons_post():
    # 'and President X praised him', 'foreign minister Y said': the item is another person's post, no list
    for text in ("Amara Diallo, Senegal's prime minister, served as finance minister and President Macky Sall praised his work.",
                 "Amara Diallo, Senegal's prime minister, served as finance minister, foreign minister Yassine Fall said.",
                 "Amara Diallo, Senegal's prime minister, served as finance minister and the president praised him."):
        assert [p for s, p, m, _ in _held(text) if m == "former"] == ["Senegalese finance minister"], text


def test_an_arabic_envoy_is_of_the_officials_country_never_of_the_one_served_in():
    # a list of envoys with no official titled: no country guessed, and never 'Japanese ambassador to Japan'
    text = "وشملت الحركة الدبلوماسية هاني رزق سفيرا في اليابان، وسامر داود سفيرا لدى البرازيل."
    assert sorted(p for s, p, _ in _appointments(text, "ar")) == ["ambassador to Brazil", "ambassador to Japan"]
    # the president who signs the decree tells their country
    text = "وأصدر الرئيس الكيني سامر داود مرسوما شمل هاني رزق سفيرا في اليابان، وسلمى داود سفيرا لدى البرازيل."
    assert sorted(p for s, p, _ in _appointments(text, "ar")) == ["Kenyan ambassador to Brazil", "Kenyan ambassador to Japan"]
    # an embassy with no country served: no post; a post worked in: no appointment
    assert _appointments("وعين الرئيس الكيني هاني رزق سفيرا.", "ar") == []
    assert _appointments("وعمل هاني رزق سفيرا لدى اليابان قبل تقاعده.", "ar") == []


def test_the_duties_ended_of_a_mission_dismiss_no_one():
    # 'إنهاء مهام' a post right after it is a dismissal; a mission's duties ended are no one's
    assert not [f for f in facts_of("وأعلن وزير الدفاع الكيني سامر داود إنهاء مهام بعثة الأمم المتحدة في الصومال.", "ar")
                if f.kind == "dismissal"]


def test_one_named_as_the_next_holder_holds_the_post_from_a_day_not_told():
    text, lang = "Ghanaian President Kofi Boateng on Monday named Amara Diallo as the next central bank governor.", "en"
    # the post is still another's on the article's day: the appointee's role is to come, undated
    roles = [f for f in facts_of(text, lang, PUBLISHED) if f.kind == "role" and f.object and "governor" in f.object]
    assert [(f.modality, f.when) for f in roles] == [("expected", None)]
    # the appointment itself is the day's news, told as done
    assert [f.modality for f in facts_of(text, lang, PUBLISHED) if f.kind == "appointment"] == ["asserted"]
    # another appointee of the same sentence holds their post now
    both = ("Ghanaian President Kofi Boateng on Monday appointed Ama Owusu as finance minister and named "
            "Amara Diallo as the next central bank governor.")
    held = {f.subject: f.modality for f in facts_of(both, "en", PUBLISHED) if f.kind == "role" and f.rule.endswith("+holds")}
    assert held == {"Ama Owusu": "asserted", "Amara Diallo": "expected"}


@pytest.mark.parametrize("text, lang", [
    ("Samer Daoud was sworn in before Ghanaian President Kofi Boateng as foreign minister, succeeding Hani Rizk.", "en"),
    ("وأدى سامر داود اليمين الدستورية أمام الرئيس الغاني كوفي بواتينغ كوزير جديد للخارجية خلفا لهاني رزق.", "ar"),
])
def test_the_one_before_whom_an_oath_is_sworn_takes_no_post_and_gives_none_to_the_predecessor(text, lang):
    got = facts_of(text, lang, PUBLISHED)
    # the president witnesses the oath: no foreign ministry for him, nor his presidency for the predecessor
    assert not any(f.kind in ("role", "appointment") and f.object and "foreign minister" in f.object
                   and f.subject != "Samer Daoud" and f.modality != "former" for f in got)
    assert not any(f.modality == "former" and f.object and "president" in f.object for f in got)


def test_an_office_the_countrys_posts_lack_is_kept_as_written_rather_than_lost():
    # the appointer's country is known, but no post of it ends with this office: the office as written
    text = "Ghanaian President Kofi Mensah on Monday appointed Ama Owusu as Assistant Minister of Mines, Energy and Water."
    assert _appointments(text) == [("Ama Owusu", "assistant minister of mines, energy and water", "2024-06-03")]


def test_a_headlines_capitalised_words_run_into_the_post_name_no_one():
    assert _appointments("Fund Appoints New Head of Mission for Lima") == []
    assert _appointments("The president appointed Kofi Asante Head of Mission for Lima.") == [
        ("Kofi Asante", "head of Mission for Lima", "2024-06-05")]


@pytest.mark.parametrize("text, expected", [
    # a person the catalogue lacks, told by their possessive before the noun of appointing
    ("Kenya welcomed Samuel Kamau's appointment as foreign minister of Ghana.",
     ("Samuel Kamau", "Ghanaian foreign minister")),
    ("Leaders congratulated him on Samuel Kamau's re-election as president of the African Development Bank.",
     ("Samuel Kamau", "president of the African Development Bank")),
])
def test_an_appointment_told_by_the_possessive_of_the_one_appointed(text, expected):
    assert [(who, post) for who, post, _ in _appointments(text)] == [expected]


def test_a_possessive_company_before_such_a_noun_is_no_one():
    # a company's words (`shape_not_name`) make the run no person, the possessive before the noun as well
    assert _appointments("The ministry confirmed Norvatek Energy's appointment as economic adviser.") == []


def test_a_reception_on_the_occasion_of_an_appointment_names_the_guest_appointed_before():
    # the pronoun on the noun is the one named last before it, the guest, not the host who opens the
    # sentence; the appointment was made before the reception, on a day the sentence does not tell
    text = "واستقبل وزير الخارجية الكيني هاني رزق، اليوم الأحد، السفير سامر داود، وذلك بمناسبة تعيينه سفيرا لدى غانا."
    assert _appointments(text, "ar") == [("Samer Daoud", "Kenyan ambassador to Ghana", None)]
    # the post not named ('his new post'): no appointment, and none of the host's
    text = "واستقبل وزير الخارجية الكيني هاني رزق، اليوم الأحد، السفير سامر داود، وذلك بمناسبة تعيينه بمنصبه الجديد."
    assert _appointments(text, "ar") == []


def test_a_central_banks_head_by_a_gulf_banks_title_is_its_governor():
    # 'executive president', the title some Gulf central banks give their head; the bank named by its
    # country, or by a possessive after a country's ruler
    for text in ["The sultan appointed Samir Haddad as executive president of the Central Bank of Oman on Tuesday.",
                 "Oman's ruler appointed Samir Haddad as the central bank's executive president on Tuesday."]:
        assert _appointments(text) == [("Samir Haddad", "Omani central bank governor", "2024-06-04")], text
