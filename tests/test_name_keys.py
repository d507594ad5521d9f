"""One folded name key for blocking and look-ups (a hyphen or a space, case, accents), and a surname
alone read as the one full name of the archive that ends with it: a doubtful link that may
corroborate and never raises an error, in the report and in `check`."""
import sqlite3
from datetime import date

import pytest

from checker import model, people
from checker.archive import check, recompute
from checker.pipeline import Analysis
from checker.read.documents import Raw, build
from checker.store import Store
from checker.textfold import name_key


@pytest.fixture
def store():
    s = Store(memory=True)
    yield s
    s.close()


def _day(text, day):
    return model.When(text, 0, len(text), day.isoformat(), "day", day, day, resolved_by="absolute")


def _month(text, y, m, last):
    return model.When(text, 0, len(text), f"{y}-{m:02d}", "month", date(y, m, 1), date(y, m, last),
                      resolved_by="absolute")


def _add(store, name, *facts):
    """A document whose facts are given; returns it."""
    doc = build(Raw(name, f"{name}: " + " ".join(f.sentence for f in facts), published=date(2025, 11, 1),
                    published_from="manifest"))
    store.add(doc, Analysis((), tuple(model.Fact(doc=doc.id, span=(0, 5), **f.__dict__) for f in facts)))
    return doc


class F:
    """The fields of a fact, without its document (given when it is stored)."""

    def __init__(self, **kw):
        kw.setdefault("sentence", kw.get("subject") or "")
        self.__dict__ = kw


def _findings(store, rule=None):
    people.link_surnames(store)
    return [f for f in recompute(store) if rule is None or f.rule == rule]


# ---- the key

@pytest.mark.parametrize("a, b", [
    ("Al-Sudani", "Al Sudani"), ("al Sudani", "AL-SUDANI"), ("Erdoğan", "Erdogan"), ("Çavuşoğlu", "Cavusoglu"),
    ("Tamim bin Hamad al\u2011Thani", "Tamim  bin Hamad Al Thani"), ("José", "Jose"),
])
def test_spellings_of_one_name_share_a_key(a, b):
    assert name_key(a) == name_key(b)


@pytest.mark.parametrize("a, b", [("Al Sudani", "Al Sadani"), ("Hassan", "Jafar Hassan"), ("بوتين", "Putin")])
def test_other_names_keep_other_keys(a, b):
    assert name_key(a) != name_key(b)


def test_an_arabic_name_keeps_its_letters():
    assert name_key("محمد شياع السوداني") == "محمد شياع السوداني"


# ---- the store keeps the key and looks facts up by it

def test_block_look_ups_and_streams_go_by_the_key(store):
    a = _add(store, "a", F(kind="visit", subject="Mohammed Shia Al-Sudani", place="Tehran"))
    b = _add(store, "b", F(kind="visit", subject="mohammed shia al sudani", place="Tehran"))
    assert {f.doc for f in store.block_facts(["visit"], subject="Mohammed Shia Al Sudani")} == {a.id, b.id}
    assert [f.subject for f in store.facts_about("MOHAMMED SHIA AL-SUDANI")] != []
    keys = [name_key(f.subject) for f in store.facts_by_subject()]
    assert keys == ["mohammed shia al sudani"] * 2


def test_an_older_database_gets_its_keys(tmp_path):
    path = tmp_path / "old.db"
    with Store(path) as s:
        _add(s, "a", F(kind="visit", subject="Al-Sudani", place="Tehran"))
    db = sqlite3.connect(path)  # as an older checker left it: no key columns
    db.execute("DROP INDEX idx_facts_kind_subject_key")
    db.execute("DROP INDEX idx_facts_object_key")
    db.execute("ALTER TABLE facts DROP COLUMN subject_key")
    db.execute("ALTER TABLE facts DROP COLUMN object_key")
    db.commit()
    db.close()
    with Store(path) as s:
        assert [f.subject for f in s.block_facts(["visit"], subject="al sudani")] == ["Al-Sudani"]


# ---- two spellings of one name meet in the report and in check

def test_a_hyphen_and_a_space_meet_in_the_report(store):
    summit = "Doha summit"
    _add(store, "a", F(kind="meeting", subject="Donald Trump", object="Tamim bin Hamad al-Thani", occasion=summit,
                       when=_day("on Saturday", date(2025, 10, 25))))
    _add(store, "b", F(kind="meeting", subject="Tamim bin Hamad Al Thani", object="donald trump", occasion=summit,
                       when=_day("on Friday", date(2025, 10, 24))))
    (error,) = _findings(store, "date-conflict")
    assert error.severity == "error" and len(error.docs) == 2


def test_a_hyphen_and_a_space_meet_in_check(store):
    _add(store, "a", F(kind="visit", subject="Mohammed Shia Al-Sudani", place="Tehran", occasion="F",
                       when=_month("in March", 2025, 3, 31)))
    draft = build(Raw("draft", "x", published=date(2025, 11, 1), published_from="manifest"))
    mine = model.Fact(doc=draft.id, kind="visit", subject="Mohammed Shia Al Sudani", place="Tehran", occasion="F",
                      when=_month("in May", 2025, 5, 31), id="d1")
    assert [f.rule for f in check(store, draft, [mine])] == ["date-conflict"]


# ---- a surname alone

def test_a_surname_alone_corroborates_the_one_full_name_ending_with_it(store):
    post = "Jordanian prime minister"
    _add(store, "a", F(kind="appointment", subject="Jafar Hassan", object=post, when=_day("Sunday", date(2024, 9, 15))))
    _add(store, "b", F(kind="appointment", subject="Hassan", object=post, when=_day("on Sunday", date(2024, 9, 15))))
    (found,) = _findings(store, "corroboration")
    assert found.docs and len(found.docs) == 2
    assert "'Hassan' read as Jafar Hassan" in found.message
    assert found.extra["linked"] == [{"written": "Hassan", "name": "Jafar Hassan", "method": "surname",
                                      "doubtful": True}]
    (recorded,) = [link for link in store.links() if link["method"] == "surname"]
    assert (recorded["spelling"], recorded["name"], recorded["applied"]) == ("Hassan", "Jafar Hassan", 0)
    assert 0 < recorded["score"] < 100  # the share of the full name the surname gives: 6 of 12 letters
    assert recorded["score"] == 50.0


def test_a_surname_alone_never_raises_an_error(store):
    # the same two names with one occasion and dates that cannot meet: an error between full names
    _add(store, "a", F(kind="visit", subject="Olaf Scholz", place="China", occasion="F",
                       when=_month("in March", 2023, 3, 31)))
    _add(store, "b", F(kind="visit", subject="Scholz", place="China", occasion="F",
                       when=_month("in October", 2023, 10, 31)))
    assert [f for f in _findings(store) if f.severity in ("error", "warning")] == []
    _add(store, "c", F(kind="visit", subject="Olaf Scholz", place="China", occasion="F",
                       when=_month("in October", 2023, 10, 31)))
    found = _findings(store)
    (error,) = [f for f in found if f.severity == "error"]
    assert "Scholz" not in [q.text for q in error.quotes] and len(error.docs) == 2  # the full names only
    (corroboration,) = [f for f in found if f.rule == "corroboration"]
    assert len(corroboration.docs) == 2  # b, read as Olaf Scholz, confirms c


def test_two_full_names_ending_with_the_word_link_none(store):
    for name, who in (("a", "Shehbaz Sharif"), ("b", "Nawaz Sharif"), ("c", "Sharif")):
        _add(store, name, F(kind="visit", subject=who, place="China", when=_day("on Monday", date(2024, 6, 3))))
    assert _findings(store, "corroboration") == []
    assert [link for link in store.links() if link["method"] == "surname"] == []


def test_among_two_full_names_the_one_of_the_same_post(store):
    """'Hassan' as prime minister: of the archive's two names ending with Hassan, one held that post."""
    post = "Jordanian prime minister"
    _add(store, "a", F(kind="appointment", subject="Jafar Hassan", object=post, when=_day("Sunday", date(2024, 9, 15))))
    _add(store, "b", F(kind="visit", subject="Moulay al-Hassan", place="Paris", when=_day("Monday", date(2024, 9, 16))))
    _add(store, "c", F(kind="appointment", subject="Hassan", object=post, when=_day("on Sunday", date(2024, 9, 15))))
    (found,) = _findings(store, "corroboration")
    assert "'Hassan' read as Jafar Hassan" in found.message
    # archive-wide, two names end with it: no link is recorded
    assert [link for link in store.links() if link["method"] == "surname"] == []


def test_a_drafts_surname_alone_in_check(store):
    _add(store, "a", F(kind="visit", subject="Olaf Scholz", place="China", occasion="F",
                       when=_month("in March", 2023, 3, 31)))
    draft = build(Raw("draft", "x", published=date(2025, 11, 1), published_from="manifest"))

    def draft_visit(month, last):
        return model.Fact(doc=draft.id, kind="visit", subject="Scholz", place="China", occasion="F",
                          when=_month("in that month", 2023, month, last), id="d1")
    assert [f.rule for f in check(store, draft, [draft_visit(10, 31)])] == []  # no error from a doubtful link
    (found,) = check(store, draft, [draft_visit(3, 31)])
    assert found.rule == "corroboration" and "'Scholz' read as Olaf Scholz" in found.message


# ---- a spelling apart by its vowels, a chain without its family name

def _variant_findings(store, rule=None):
    people.link_variants(store)
    return [f for f in recompute(store) if rule is None or f.rule == rule]


def test_a_vowel_spelled_otherwise_corroborates_and_never_clashes(store):
    # no post told of either: nothing but the letters says they are one person
    a = _add(store, "a", F(kind="visit", subject="Nabil Abdalla", place="Khartoum", occasion="F",
                           when=_day("Monday", date(2021, 3, 1))))
    _add(store, "b", F(kind="visit", subject="Nabil Abdullah", place="Khartoum", occasion="F",
                       when=_day("on Monday", date(2021, 3, 1))))
    (found,) = _variant_findings(store, "corroboration")
    assert len(found.docs) == 2 and "read as" in found.message and "a doubtful link" in found.message
    (recorded,) = [link for link in store.links() if link["method"] == "variant"]
    assert recorded["applied"] == 0 and recorded["score"] < 90
    # the other spelling on a day of the occasion that cannot meet a's: an error with b, its own
    # spelling, and none with a, whose man may be another
    c = _add(store, "c", F(kind="visit", subject="Nabil Abdullah", place="Khartoum", occasion="F",
                           when=_day("on Friday", date(2021, 3, 5))))
    errors = [f for f in _variant_findings(store) if f.severity == "error"]
    assert errors and all(c.id in f.docs and a.id not in f.docs for f in errors)


def test_a_vowel_spelled_otherwise_holding_one_post_is_one_person(store):
    post = "Sudanese central bank governor"
    _add(store, "a", F(kind="appointment", subject="Nabil Abdalla", object=post, when=_day("Monday", date(2021, 3, 1))))
    _add(store, "b", F(kind="appointment", subject="Nabil Abdullah", object=post, when=_day("on Tuesday", date(2021, 3, 2))))
    (found,) = _variant_findings(store, "date-conflict")
    assert found.severity == "error" and "holding the same post" in found.message
    (recorded,) = [link for link in store.links() if link["method"] == "variant+post"]
    assert recorded["applied"] == 0  # the facts keep the names as written


def test_a_chain_without_its_family_name_corroborates_the_one_name_it_begins(store):
    _add(store, "a", F(kind="visit", subject="Tariq bin Fahd Al Mansouri", place="Nairobi",
                       when=_day("on Monday", date(2024, 6, 3))))
    _add(store, "b", F(kind="visit", subject="Tariq bin Fahd", place="Nairobi", when=_day("Monday", date(2024, 6, 3))))
    (found,) = _variant_findings(store, "corroboration")
    assert "'Tariq bin Fahd' read as Tariq bin Fahd Al Mansouri" in found.message
    # a second longer name it begins: which one is unknown, no link
    _add(store, "c", F(kind="visit", subject="Tariq bin Fahd Al Harthy", place="Cairo",
                       when=_day("on Monday", date(2024, 7, 1))))
    assert _variant_findings(store, "corroboration") == []
    assert [link for link in store.links() if link["method"] == "variant"] == []


def test_other_names_a_vowel_apart_stay_apart(store):
    for name, who in (("a", "Karim Hassan"), ("b", "Karim Hussein"), ("c", "Rami Saad"), ("d", "Rami Saeed")):
        _add(store, name, F(kind="visit", subject=who, place="Lima", when=_day("on Monday", date(2024, 6, 3))))
    assert _variant_findings(store, "corroboration") == []


def _by_like(store, kinds, endings):
    """What SQL finds for the keys ending with each word (LIKE '% word', a scan of facts)."""
    sql = ("SELECT key, min(name) FROM (SELECT subject_key AS key, subject AS name FROM facts WHERE "
           "q_value IS NULL AND subject_key LIKE ? UNION ALL SELECT object_key, object FROM facts WHERE "
           f"object_key LIKE ? AND kind IN ({', '.join('?' * len(kinds))})) GROUP BY key ORDER BY key")
    out = {}
    for e in endings:
        out.update(store.conn.execute(sql, [f"% {e}", f"% {e}", *kinds]).fetchall())
    return dict(sorted(out.items()))


def test_the_kept_name_keys_follow_the_database_as_another_connection_writes(tmp_path):
    """The archive's name keys are read once and kept: a draft's surnames alone are looked up in
    memory, as SQL would find them, and a name another process stores is found at the next look-up."""
    path = tmp_path / "live.db"
    kinds = people.object_kinds()
    with Store(path) as serving, Store(path) as ingesting:
        _add(ingesting, "a", F(kind="visit", subject="Ines Marlow", place="Chile", when=_day("Monday", date(2024, 5, 6))))
        _add(ingesting, "b", F(kind="meeting", subject="Tomas Vendel", object="Ana Marlow",
                               when=_day("Tuesday", date(2024, 5, 7))))
        words = ["marlow", "vendel", "nobody"]
        expected = {"ana marlow": "Ana Marlow", "ines marlow": "Ines Marlow", "tomas vendel": "Tomas Vendel"}
        assert _by_like(serving, kinds, words) == expected
        for _ in range(3):  # looked up in SQL first, then from the keys read at the second look-up
            assert serving.participant_keys(kinds, endings=words) == expected
        assert serving.participant_keys(kinds, endings=[]) == {}
        assert serving._names_kept[1]  # the keys are kept
        _add(ingesting, "c", F(kind="visit", subject="Ruth Nobody", place="Peru", when=_day("Friday", date(2024, 5, 10))))
        for _ in range(3):
            assert serving.participant_keys(kinds, endings=words) == {**expected, "ruth nobody": "Ruth Nobody"}
        # a name this connection itself writes is found too
        _add(serving, "d", F(kind="visit", subject="Omar Vendel", place="Peru", when=_day("Friday", date(2024, 5, 10))))
        for _ in range(3):
            assert list(serving.participant_keys(kinds, endings=["vendel"])) == ["omar vendel", "tomas vendel"]
        assert serving.participant_keys(kinds) == ingesting.participant_keys(kinds)


def test_a_drafts_surname_alone_meets_a_full_name_stored_after_the_first_check(tmp_path):
    path = tmp_path / "live.db"
    with Store(path) as serving, Store(path) as ingesting:
        _add(ingesting, "a", F(kind="visit", subject="Ines Marlow", place="Chile", when=_day("Monday", date(2024, 5, 6))))
        draft = build(Raw("draft", "x", published=date(2025, 11, 1), published_from="manifest"))
        mine = model.Fact(doc=draft.id, kind="visit", subject="Vendel", place="Peru", occasion="F",
                          when=_month("in May", 2024, 5, 31), id="d1")
        for _ in range(2):  # the second check reads the archive's name keys and keeps them
            assert check(serving, draft, [mine]) == []
        _add(ingesting, "b", F(kind="visit", subject="Tomas Vendel", place="Peru", occasion="F",
                               when=_month("in May", 2024, 5, 31)))
        (found,) = check(serving, draft, [mine])
        assert found.rule == "corroboration" and "'Vendel' read as Tomas Vendel" in found.message


# ---- bad input: many names

def test_many_names_ending_alike_and_a_draft_of_many_surnames_stay_bounded(store):
    import time

    post = "Ruritanian prime minister"
    for i in range(200):  # a list of 200 names: 'Name0 Smith' ... every one ending with Smith
        _add(store, f"n{i}", F(kind="appointment", subject=f"Name{i} Smith", object=post,
                               when=_day("Sunday", date(2024, 9, 15))))
    _add(store, "s", F(kind="appointment", subject="Smith", object=post, when=_day("Sunday", date(2024, 9, 15))))
    start = time.perf_counter()
    found = _findings(store, "corroboration")
    assert all("read as" not in f.message for f in found)  # 200 names end with it: none is meant
    draft = build(Raw("draft", "x", published=date(2025, 11, 1), published_from="manifest"))
    mine = [model.Fact(doc=draft.id, kind="appointment", subject=f"Word{i}", object=post,
                       when=_day("Sunday", date(2024, 9, 15)), id=f"d{i}", span=(i, i + 1)) for i in range(600)]
    mine.append(model.Fact(doc=draft.id, kind="appointment", subject="Smith", object=post,
                           when=_day("Sunday", date(2024, 9, 15)), id="ds"))
    assert all("read as" not in f.message for f in check(store, draft, mine))
    assert time.perf_counter() - start < 20
