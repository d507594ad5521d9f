"""Posts of sport: a national team's coach, captain or team director, read as roles and appointments
in both languages. The team's country names the post; the coach's own nationality does not."""
from datetime import date

from checker.evaluate import same_person
from checker.extract import link
from checker.pipeline import analyse
from checker.read.documents import Document

PUBLISHED = date(2024, 6, 5)


def _facts(text, lang="en", kinds=("role", "appointment")):
    doc = Document(id="x", path="x", source=None, url=None, lang=lang, published=PUBLISHED,
                   published_evidence="", text=text, kept=((0, len(text)),))
    return sorted((f.kind, f.subject, f.object, f.modality) for f in analyse(doc).facts if f.kind in kinds)


def test_the_coach_of_a_team_holds_the_teams_post_not_one_of_his_own_country():
    got = _facts("Kenya named Paul Girard as their new head coach last week. The Frenchman replaces Daniel Otieno.")
    assert ("appointment", "Paul Girard", "Kenyan coach", "asserted") in got
    assert ("role", "Paul Girard", "Kenyan coach", "asserted") in got
    assert not any(post.startswith("French") for _, _, post, _ in got)


def test_a_nationality_before_coach_is_the_coachs_own_and_names_no_post():
    assert _facts("The Portuguese coach Paulo Reis arrived in Nairobi on Monday.") == []
    assert _facts("وصل المدرب البرتغالي باولو ريش إلى نيروبي يوم الاثنين.", "ar") == []


def test_naming_a_squad_is_no_appointment_of_the_coach():
    got = _facts("Kenya coach Daniel Otieno named his squad for the qualifiers on Monday.")
    assert got == [("role", "Daniel Otieno", "Kenyan coach", "asserted")]


def test_a_coach_sacked_as_coach_held_the_post_before():
    got = _facts("Peru sacked Jorge Salas as coach last weekend, two days after a heavy loss.", kinds=("role",))
    assert got == [("role", "Jorge Salas", "Peruvian coach", "former")]


def test_a_team_named_by_its_nickname_is_its_countrys():
    got = _facts("The federation has appointed veteran Daniel Otieno as the Harambee Stars' head coach.")
    assert ("appointment", "Daniel Otieno", "Kenyan coach", "asserted") in got


def _one(got, kind, person, post, modality="asserted"):
    return [f for f in got if f[0] == kind and same_person(f[1], person) and f[2] == post and f[3] == modality]


def test_arabic_appointment_of_a_coach_and_a_team_director_and_the_predecessor():
    text = ("قرر الاتحاد الكيني لكرة القدم تعيين خالد يوسف مديرا فنيا للمنتخب الكيني الأول، "
            "خلفا للمدير الفني الإسباني خوان لوبيث. كما قرر الاتحاد تعيين سامي منصور مديرا للمنتخب.")
    got = _facts(text, "ar")
    assert _one(got, "appointment", "Khaled Youssef", "Kenyan coach")
    assert _one(got, "role", "Khaled Youssef", "Kenyan coach")
    # the team director's post is not the coach's, and its country is the article's
    assert _one(got, "appointment", "Sami Mansour", "Kenyan team director")
    # the one replaced held the coach's post before, whatever his own nationality
    former = [f for f in got if f[3] == "former"]
    assert former and all(f[2] == "Kenyan coach" for f in former)


def test_arabic_coaching_a_team_over_a_span_is_a_role_of_those_days():
    text = "وقاد خالد يوسف تدريب منتخب غانا في الفترة من 3 مارس 2015 إلى 9 يونيو 2017، وقدم معهم مباريات جيدة."
    doc = Document(id="x", path="x", source=None, url=None, lang="ar", published=PUBLISHED,
                   published_evidence="", text=text, kept=((0, len(text)),))
    roles = [(f.subject, f.object, f.when.value) for f in analyse(doc).facts if f.kind == "role"]
    assert len(roles) == 1 and same_person(roles[0][0], "Khaled Youssef")
    assert roles[0][1:] == ("Ghanaian coach", "2015-03-03/2017-06-09")


def test_two_short_names_a_letter_apart_word_by_word_are_not_linked_when_sorted_alike():
    # a given name and a surname swapped link (Widodo Joko), two other short names do not
    assert link.best("ويدودو جوكو", ["Joko Widodo"]).strong
    assert link.best("ياسين جابر", ["Ibrahim Hassan"]) is None
