"""A meeting of several parties is one fact with all its parties: read from a list joined by a
conjunction, stored (older databases gain the column), found by any party, renamed by a link and
scored against the gold's pairs."""
import json
import sqlite3
import time
from dataclasses import replace
from datetime import date

import pytest

from checker import evaluate
from checker.model import Fact
from checker.pipeline import analyse
from checker.read.documents import Document, Raw, build
from checker.store import Store

PUBLISHED = date(2024, 4, 22)


def meetings(text, lang="en"):
    doc = Document(id="x", path="x", source=None, url=None, lang=lang, published=PUBLISHED,
                   published_evidence="", text=text, kept=((0, len(text)),))
    return [f for f in analyse(doc).facts if f.kind == "meeting"]


@pytest.mark.parametrize("text, lang, parties", [
    ("On the trip, Premier Tomas Kvell is to meet with President Cyril Ramaphosa, Deputy President Paul Mashatile "
     "and Foreign Minister Ronald Lamola.", "en",
     ("Tomas Kvell", "Cyril Ramaphosa", ("Paul Mashatile", "Ronald Lamola"))),
    ("Xi Jinping met Vladimir Putin and Narendra Modi in Kazan.", "en",
     ("Xi Jinping", "Vladimir Putin", ("Narendra Modi",))),
    ("التقى الرئيس الروسي فلاديمير بوتين الرئيس الصيني شي جين بينغ ورئيس الوزراء الهندي ناريندرا مودي في قازان",
     "ar", ("Vladimir Putin", "Xi Jinping", ("Narendra Modi",))),
])
def test_every_party_of_a_listed_meeting_is_kept(text, lang, parties):
    (m,) = meetings(text, lang)
    assert (m.subject, m.object, m.others) == parties


def test_a_list_of_parties_runs_past_the_trigger_window_to_its_conjunction():
    text = ("During the visit, Premier Tomas Kvell will meet with President William Ruto, Deputy President "
            "Rigathi Gachagua, Speaker of the National Assembly Moses Wetangula, Chairman of the Senate "
            "Amason Kingi and Army chief Gen. Charles Kahariri.")
    assert text.index("Charles Kahariri") - text.index("meet with") > 160  # beyond the rule's window
    (m,) = meetings(text)
    assert (m.subject, m.object) == ("Tomas Kvell", "William Ruto")
    assert m.others == ("Rigathi Gachagua", "Moses Wetangula", "Amason Kingi", "Charles Kahariri")


def test_a_name_after_a_comma_that_ends_the_clause_is_no_party():
    # 'with A, Trump thanked them': no conjunction closes a list, so Trump is not a further party of A
    (m,) = meetings("In a meeting with Kuwait's Emir Mishal al-Ahmad al-Sabah, Joe Biden thanked him for his help.")
    assert (m.subject, m.object, m.others) == ("Joe Biden", "Mishal al-Ahmad al-Sabah", ())


def test_two_listed_parties_with_nobody_named_before_them_are_not_made_a_pair():
    # the one who will meet them is not recognised: Xi and Li do not meet each other
    found = meetings("Next week in Beijing, Zorvan Quillet will hold talks with Premier Li Qiang and President "
                     "Xi Jinping.")
    assert not any({f.subject, f.object} == {"Xi Jinping", "Li Qiang"} for f in found)
    # with one who meets them named by a post, both are met by that one
    (found,) = meetings("Next week in Beijing, Prime Minister Aldo Verrani will hold talks with Premier Li Qiang "
                        "and President Xi Jinping.")
    assert (found.subject, {found.object, *found.others}) == ("Aldo Verrani", {"Li Qiang", "Xi Jinping"})


def test_a_list_of_200_parties_is_read_in_bounded_time():
    text = "Xi Jinping met " + ", ".join(f"Prime Minister Aldo Verr{i:03d}" for i in range(200)) + " and Vladimir Putin."
    start = time.perf_counter()
    found = meetings(text)
    assert time.perf_counter() - start < 5
    assert all(len(n.split()) <= 4 for f in found for n in (f.subject, f.object, *f.others) if n)


TEXT = "Xi Jinping met Vladimir Putin and Narendra Modi in Kazan on 22 October 2024.\n"


def test_the_parties_are_stored_and_read_back_and_found_by_any_party(tmp_path):
    with Store(tmp_path / "a.db") as store:
        doc = build(Raw("a.txt", TEXT, lang="en"), published=PUBLISHED)
        store.add(doc, analyse(doc))
        (m,) = store.facts(kind="meeting")
        assert m.others == ("Narendra Modi",)
        assert [f.id for f in store.facts(entity="Narendra Modi")] == [m.id]
        assert store.participant_names("en", ["meeting"])["Narendra Modi"] == 1


def test_an_older_database_without_the_column_gains_it_and_its_facts_read_back(tmp_path):
    path = tmp_path / "old.db"
    with Store(path) as store:
        doc = build(Raw("a.txt", TEXT, lang="en"), published=PUBLISHED)
        store.add(doc, analyse(doc))
    conn = sqlite3.connect(path)
    with conn:
        conn.execute("ALTER TABLE facts DROP COLUMN others")  # as a database of the version before
    conn.close()
    with Store(path) as store:  # opened for writing: the column is added, the old facts have no others
        assert "others" in store.db["facts"].columns_dict
        (m,) = store.facts(kind="meeting")
        assert (m.subject, m.object, m.others) == ("Xi Jinping", "Vladimir Putin", ())


def test_a_link_renames_a_further_party(tmp_path):
    with Store(tmp_path / "a.db") as store:
        doc = build(Raw("a.txt", TEXT, lang="ar"), published=PUBLISHED)
        store.add(doc, analyse(replace(doc, lang="en")))
        store.link("Narendra Modi", "Narendra D. Modi", 95.0, True, "skeleton", "ar", ["meeting"])
        (m,) = store.facts(kind="meeting")
        assert m.others == ("Narendra D. Modi",)


def test_a_meeting_of_several_parties_answers_each_pair_of_the_gold(tmp_path):
    text = "Xi Jinping met Vladimir Putin and Narendra Modi in Kazan."
    (tmp_path / "en_x_01.txt").write_text(text, encoding="utf-8")
    (tmp_path / "manifest.jsonl").write_text(json.dumps({"file": "en_x_01.txt", "lang": "en",
                                                         "published": "2024-10-22"}) + "\n", encoding="utf-8")
    gold = [{"id": f"m{i}", "doc": "en_x_01.txt", "kind": "meeting", "subject": "Xi Jinping", "object": other,
             "evidence": text[:-1]} for i, other in enumerate(("Vladimir Putin", "Narendra Modi"))]
    (tmp_path / "facts.jsonl").write_text("".join(json.dumps(g) + "\n" for g in gold), encoding="utf-8")
    (tmp_path / "conflicts.jsonl").write_text("", encoding="utf-8")
    corpus = evaluate.load(tmp_path)
    one = Fact("d", "meeting", "Xi Jinping", object="Vladimir Putin", others=("Narendra Modi",), id="f1")
    s = evaluate.score(corpus, evaluate.Outcome({}, {"en_x_01.txt": [one]}, [], []))
    assert s.langs["en"]["recall"] == [2, 2] and s.langs["en"]["precision"] == [1, 1]
    # without the further party the fact answers one pair only
    s = evaluate.score(corpus, evaluate.Outcome({}, {"en_x_01.txt": [replace(one, others=())]}, [], []))
    assert s.langs["en"]["recall"] == [1, 2]


@pytest.mark.parametrize("text", [
    # the Arabic dual after the two parties, a place starting as the preposition ب does after it
    "وقال مسؤولون إن الرئيس الروسي فلاديمير بوتين والرئيس التركي رجب طيب أردوغان سيلتقيان في بكين غدا.",
    "الرئيس الروسي فلاديمير بوتين والرئيس التركي رجب طيب أردوغان اجتمعا في بغداد.",
])
def test_the_dual_meets_the_two_listed_before(text):
    found = meetings(text, "ar")
    assert [(f.subject, f.object) for f in found] == [("Vladimir Putin", "Recep Tayyip Erdogan")]


def test_the_pair_with_someone_after_the_dual_meets_that_one():
    # 'A and B met with him': the with-word before a pronoun still marks another party, no pair
    found = meetings("الرئيس الروسي فلاديمير بوتين والرئيس التركي رجب طيب أردوغان التقيا به في موسكو.", "ar")
    assert ("Vladimir Putin", "Recep Tayyip Erdogan") not in [(f.subject, f.object) for f in found]


def test_in_arabic_one_named_after_the_other_party_is_never_the_subject():
    # the verb first, its subject an unnamed post: the president 'with' whom, and his deputy listed after
    # him, are both the ones met; no meeting of the two of them
    text = "وقالت السفارة إن رئيس الوزراء الكيني سيلتقي خلال زيارته بالرئيس البيروفي سامر داود، ونائبه، السيد هاني رزق."
    assert meetings(text, "ar") == []
    # English tells the subject after the other party set off by a comma
    (met,) = meetings("In a call with Kenyan President William Ruto on Friday, Premier Tomas Kvell discussed fisheries.")
    assert (met.subject, met.object) == ("Tomas Kvell", "William Ruto")
    (met,) = meetings("During a meeting with Kenyan President William Ruto and his aides, Premier Tomas Kvell discussed fisheries.")
    assert (met.subject, met.object) == ("Tomas Kvell", "William Ruto")
    # a post that begins with the letter of the conjunction (وزير) is no list's next item: its holder is the subject
    (met,) = meetings("وخلال اتصال هاتفي مع الرئيس الكيني سامر داود، وزير الخارجية الأردني هاني رزق بحث العلاقات.", "ar")
    assert (met.subject, met.object) == ("Hani Rizk", "Samer Daoud")
