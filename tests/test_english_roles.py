"""English roles and appointments (issue 10): an appointment asserts the appointee's role, and a
person named in one post several ways in a document holds one role."""
from datetime import date

from checker.extract import facts
from checker.extract.sentences import split


class Doc:
    def __init__(self, text, lang="en", published=None):
        self.id, self.text, self.lang, self.published = "d", text, lang, published


def _facts(text, published=date(2024, 5, 10)):
    return facts.extract(Doc(text, "en", published), list(split(text, ((0, len(text)),), "en")))


def _roles(text, published=date(2024, 5, 10)):
    return sorted((f.subject, f.object) for f in _facts(text, published) if f.kind == "role")


def test_an_english_appointment_is_the_appointees_role_on_the_articles_day():
    text = "Chilean President Gabriel Boric yesterday appointed Ana Lucia Ferreira as foreign minister."
    got = [(f.kind, f.object, f.when.value) for f in _facts(text) if f.subject == "Ana Lucia Ferreira"]
    assert sorted(got) == [("appointment", "Chilean foreign minister", "2024-05-09"),
                           ("role", "Chilean foreign minister", "2024-05-10")]
    assert ("Gabriel Boric", "Chilean president") in _roles(text)


def test_an_appointment_to_a_post_named_already_without_its_country_adds_no_second_role():
    text = ("Prime Minister Marta Velasco met the unions on Tuesday. "
            "Ecuadorian President Daniel Noboa appointed Marta Velasco as prime minister last week.")
    held = [post for who, post in _roles(text) if who == "Marta Velasco"]
    assert len(held) == 1 and held[0].endswith("prime minister"), held


def test_a_planned_english_appointment_is_no_role_yet():
    text = "Chilean President Gabriel Boric will appoint Ana Lucia Ferreira as foreign minister next week."
    assert not any(who == "Ana Lucia Ferreira" for who, _ in _roles(text))


def test_a_post_named_with_part_of_the_name_and_then_in_full_is_one_role():
    text = ("Chilean President Boric opens the trade fair. "
            "Chilean President Gabriel Boric arrived in Lima on Sunday for a two-day visit.")
    assert [r for r in _roles(text) if r[1] == "Chilean president"] == [("Gabriel Boric", "Chilean president")]


def test_a_name_spelled_with_and_without_its_accents_or_in_capitals_is_one_holder():
    text = ("TURKISH PRESIDENT RECEP TAYYIP ERDOĞAN TO VISIT BUDAPEST. "
            "Turkish President Recep Tayyip Erdogan will visit Budapest on Monday. "
            "Turkish President Recep Tayyip Erdoğan met business leaders.")
    assert len([r for r in _roles(text) if r[1] == "Turkish president"]) == 1, _roles(text)


def test_two_people_sharing_a_family_name_and_a_post_keep_a_role_each():
    text = ("Kenyan Governor Ana Wambui Otieno opened the road. "
            "Kenyan Governor Peter Otieno attended the ceremony on Friday.")
    got = {who for who, post in _roles(text) if post == "Kenyan governor"}
    assert got == {"Ana Wambui Otieno", "Peter Otieno"}, got
