"""Two reports of one thing worded apart still meet: a post held on two days is one post held, a
post told without its country is the person's one post of that office told with it, and two
spellings of one name that differ only by a doubled letter or the article are one name."""
from dataclasses import replace
from datetime import date

from checker import model
from checker.archive import check
from checker.compare.engine import compare
from checker.pipeline import Analysis, analyse
from checker.read import documents
from checker.store import Store


def _facts(*texts: tuple[str, str, date], kinds=("role",)):
    out = []
    for i, (lang, text, published) in enumerate(texts):
        doc = documents.build(documents.Raw(f"{i}.txt", text, lang=lang, published=published))
        out += [f for f in analyse(doc).facts if f.kind in kinds]
    return out


def _corroborations(facts):
    return [f for f in compare(facts) if f.rule == "corroboration"]


# ---- a post held is a state: reports of it months apart confirm one another

def test_one_post_told_held_months_apart_is_corroborated():
    facts = _facts(("en", "Chilean President Gabriel Boric opened a new port in Valparaiso on Monday.", date(2024, 3, 4)),
                   ("en", "Chilean President Gabriel Boric told reporters the port would double exports.",
                    date(2024, 9, 20)))
    assert [f.object for f in facts] == ["Chilean president", "Chilean president"]
    (found,) = _corroborations(facts)
    assert "4 March 2024 to 20 September 2024" in found.message and len(found.docs) == 2


def test_a_post_held_never_raises_a_date_conflict():
    facts = _facts(("en", "Chilean President Gabriel Boric opened a new port in Valparaiso on Monday.", date(2024, 3, 4)),
                   ("en", "Chilean President Gabriel Boric told reporters the port would double exports.",
                    date(2025, 1, 20)))
    assert {f.severity for f in compare(facts)} == {"info"}


# ---- an office without its country

def test_an_office_without_its_country_reads_as_the_persons_one_post_of_that_office():
    facts = _facts(("en", "Chilean President Gabriel Boric opened a new port in Valparaiso on Monday.", date(2024, 3, 4)),
                   ("en", "President Gabriel Boric told reporters the port would double exports.", date(2024, 3, 5)))
    assert sorted(f.object for f in facts) == ["Chilean president", "president"]
    (found,) = _corroborations(facts)
    # one full name as written, its post with the country in one report: the same post, no doubt
    assert found.extra["linked"] == [{"written": "president", "name": "Chilean president", "method": "country",
                                      "doubtful": False}]


def _when(day):
    return model.When("today", 0, 5, day.isoformat(), "day", day, day, resolved_by="publication")


def _stored(store, name, fact, lang="en"):
    doc = documents.build(documents.Raw(name, f"{name}: {fact.sentence}", lang=lang, published=fact.when.earliest,
                                        published_from="manifest"))
    store.add(doc, Analysis((), (replace(fact, doc=doc.id, span=(0, 5), id=f"{name}-1"),)))
    return doc


def test_an_office_without_its_country_meets_the_archive_in_check():
    store = Store(memory=True)
    try:
        _stored(store, "a", model.Fact(doc="a", kind="role", subject="Gabriel Boric", object="Chilean president",
                                       when=_when(date(2024, 3, 4)), sentence="Chilean President Gabriel Boric"))
        draft = documents.build(documents.Raw("draft", "x", published=date(2024, 3, 6), published_from="manifest"))
        mine = model.Fact(doc=draft.id, kind="role", subject="Gabriel Boric", object="president",
                          when=_when(date(2024, 3, 6)), sentence="President Gabriel Boric", id="d1")
        found = [f for f in check(store, draft, [mine]) if f.rule == "corroboration"]
        assert len(found) == 1 and "read as Chilean president" in found[0].message
    finally:
        store.close()


# ---- a meeting of three parties told as one fact meets a report of each pair of it

def _meeting(subject, other, day, others=(), occasion=None):
    return model.Fact(doc="x", kind="meeting", subject=subject, object=other, others=tuple(others), occasion=occasion,
                      when=model.When("on Monday", 0, 9, day.isoformat(), "day", day, day, resolved_by="absolute"),
                      sentence=f"{subject} met {other}")


def _archive(*facts):
    from checker.archive import recompute

    store = Store(memory=True)
    for i, fact in enumerate(facts):
        _stored(store, f"d{i}", fact)
    try:
        return recompute(store)
    finally:
        store.close()


def test_a_meeting_of_three_confirms_the_report_of_one_pair_of_it():
    # the pair (Adjei, Lindqvist) is stored under another name than the three-party fact's first pair
    found = _archive(_meeting("Marta Lindqvist", "Oren Vasquez", date(2024, 5, 6), others=["Kofi Adjei"]),
                     _meeting("Kofi Adjei", "Marta Lindqvist", date(2024, 5, 6)))
    (corroboration,) = [f for f in found if f.rule == "corroboration"]
    assert len(corroboration.docs) == 2


def test_a_meeting_of_three_never_clashes_with_a_report_of_one_pair_of_it():
    # one summit, the pair meeting again on its own another day: no date conflict
    found = _archive(_meeting("Marta Lindqvist", "Oren Vasquez", date(2024, 5, 6), others=["Kofi Adjei"],
                              occasion="Lagos summit"),
                     _meeting("Kofi Adjei", "Marta Lindqvist", date(2024, 5, 8), occasion="Lagos summit"))
    assert [f.rule for f in found if f.severity in ("error", "warning")] == []


def test_two_meetings_of_one_pair_on_two_days_of_one_summit_still_clash():
    # the same two facts without the third party: the clash the copies must not hide
    found = _archive(_meeting("Marta Lindqvist", "Kofi Adjei", date(2024, 5, 6), occasion="Lagos summit"),
                     _meeting("Kofi Adjei", "Marta Lindqvist", date(2024, 5, 8), occasion="Lagos summit"))
    assert [f.rule for f in found if f.severity == "error"] == ["date-conflict"]


# ---- two Latin spellings of one name

def _appointment(subject, day):
    return model.Fact(doc="x", kind="appointment", subject=subject, object="Ruritanian finance minister",
                      when=model.When("on Monday", 0, 9, day.isoformat(), "day", day, day, resolved_by="absolute"),
                      sentence=f"{subject} was named finance minister")


def _visit(subject, day):
    """A fact that tells no post: nothing but the letters says whether two spellings are one person."""
    return replace(_appointment(subject, day), kind="visit", object=None, place="Ruritania",
                   sentence=f"{subject} arrived in Ruritania")


def _linked(*facts):
    from checker import people
    from checker.archive import recompute

    store = Store(memory=True)
    try:
        for i, fact in enumerate(facts):
            _stored(store, f"d{i}", fact)
        made = people.link_spellings(store)
        return made, recompute(store), sorted({f.subject for f in store.facts_by_subject()})
    finally:
        store.close()


def test_a_doubled_letter_and_the_article_left_out_are_one_name():
    made, found, subjects = _linked(_appointment("Khaled Omar al-Hammoudi", date(2024, 2, 5)),
                                    _appointment("Khaled Omar Hamoudi", date(2024, 2, 5)),
                                    _appointment("Khaled Omar Hamoudi", date(2024, 2, 5)))
    assert [(m.spelling, m.name) for m in made] == [("Khaled Omar al-Hammoudi", "Khaled Omar Hamoudi")]  # the one told most
    assert subjects == ["Khaled Omar Hamoudi"]
    assert [len(f.docs) for f in found if f.rule == "corroboration"] == [3]


def test_two_words_alike_are_a_doubtful_link_only():
    # a common two-word name may be two people: the link is recorded, the facts keep their names
    made, _, subjects = _linked(_visit("Khaled al-Hammoudi", date(2024, 2, 5)),
                                _visit("Khaled Hamoudi", date(2024, 2, 5)))
    assert [(m.spelling, m.name, m.strong) for m in made] == [("Khaled al-Hammoudi", "Khaled Hamoudi", False)]
    assert subjects == ["Khaled Hamoudi", "Khaled al-Hammoudi"]


def test_two_words_alike_holding_one_post_are_one_person():
    # the same post of the same country told of both spellings: one person, whose appointment
    # dated on two days is a conflict; the facts keep the names their articles write
    made, found, subjects = _linked(_appointment("Khaled al-Hammoudi", date(2024, 2, 5)),
                                    _appointment("Khaled Hamoudi", date(2024, 2, 6)))
    assert [(m.spelling, m.name, m.strong) for m in made] == [("Khaled al-Hammoudi", "Khaled Hamoudi", True)]
    assert subjects == ["Khaled Hamoudi", "Khaled al-Hammoudi"]
    (error,) = [f for f in found if f.severity == "error"]
    assert error.rule == "date-conflict"
    assert error.extra["linked"] == [{"written": "Khaled al-Hammoudi", "name": "Khaled Hamoudi",
                                      "method": "same post", "doubtful": False}]
    # another post: nothing says they are one person
    made, _, subjects = _linked(_appointment("Khaled al-Hammoudi", date(2024, 2, 5)),
                                replace(_appointment("Khaled Hamoudi", date(2024, 2, 6)),
                                        object="Ruritanian health minister"))
    assert [m.strong for m in made] == [False] and len(subjects) == 2


def _varied(*facts):
    """The archive's findings after the links ingest makes between Latin spellings (spellings, then variants)."""
    from checker import people
    from checker.archive import recompute

    store = Store(memory=True)
    try:
        for i, fact in enumerate(facts):
            _stored(store, f"d{i}", fact)
        people.link_spellings(store)
        made = people.link_variants(store)
        return made, recompute(store)
    finally:
        store.close()


def test_a_middle_name_left_out_holding_one_post_is_one_person():
    made, found = _varied(_appointment("Rafiq bin Omar Al Tamimi", date(2024, 2, 5)),
                          _appointment("Rafiq bin Omar bin Saeed Al Tamimi", date(2024, 2, 6)))
    assert [{m.spelling, m.name} for m in made] == [{"Rafiq bin Omar Al Tamimi", "Rafiq bin Omar bin Saeed Al Tamimi"}]
    assert [f.rule for f in found if f.severity == "error"] == ["date-conflict"]
    # without a post told, the same two spellings may be two people: they never clash
    _, found = _varied(replace(_visit("Rafiq bin Omar Al Tamimi", date(2024, 2, 5)), occasion="jubilee"),
                       replace(_visit("Rafiq bin Omar bin Saeed Al Tamimi", date(2024, 2, 9)), occasion="jubilee"))
    assert [f for f in found if f.severity in ("error", "warning")] == []


def test_a_chain_of_links_is_read_to_its_end():
    # Tarek -> Tarik (vowels), Tarik -> Tarik Al Masri (a 'son of' chain without its family name)
    made, found = _varied(_appointment("Haroun bin Tarek", date(2024, 2, 5)),
                          _appointment("Haroun bin Tarik", date(2024, 2, 6)),
                          _appointment("Haroun bin Tarik", date(2024, 2, 6)),
                          _appointment("Haroun bin Tarik Al Masri", date(2024, 2, 6)))
    assert sorted((m.spelling, m.name) for m in made) == [("Haroun bin Tarek", "Haroun bin Tarik"),
                                                          ("Haroun bin Tarik", "Haroun bin Tarik Al Masri")]
    (error,) = [f for f in found if f.severity == "error"]
    assert error.rule == "date-conflict" and len(error.docs) == 4


def test_a_first_in_a_span_meets_the_events_of_a_spelling_read_as_its_subject():
    from checker.compare.examples import fact_from_dict

    claim = fact_from_dict({"doc": "x", "kind": "ordinal", "subject": "Rafiq bin Omar Al Tamimi", "measure": "visit", "place": "B",
                            "basis": "in 9 years", "quantity": {"text": "first", "value": 1, "low": 1, "high": 1,
                                                                "unit": "ordinal"}}, 0)
    claim = replace(claim, when=_visit("", date(2024, 6, 10)).when, sentence="his first visit to B in nine years")
    visit = replace(_visit("Rafiq bin Omar bin Saeed Al Tamimi", date(2020, 3, 4)), place="B")
    posts = [_appointment("Rafiq bin Omar Al Tamimi", date(2019, 1, 7)),
             _appointment("Rafiq bin Omar bin Saeed Al Tamimi", date(2019, 1, 7))]
    _, found = _varied(claim, visit, *posts)
    assert [f.rule for f in found if f.severity == "warning"] == ["recurrence"]
    _, found = _varied(claim, visit)  # no post told: two people, perhaps
    assert [f.rule for f in found if f.severity == "warning"] == []


def test_son_of_is_not_a_family_name():
    from checker.extract import link

    assert link.spelling_key("Faisal bin Nasser") != link.spelling_key("Faisal Nasser")
    assert link.spelling_key("Faisal bin Nasser") == link.spelling_key("Faisal ibn Naser")
    made, _, subjects = _linked(_appointment("Faisal bin Nasser Al Thabit", date(2024, 2, 5)),
                                _appointment("Faisal Nasser Al Thabit", date(2024, 2, 5)))
    assert made == [] and len(subjects) == 2


def test_names_apart_by_a_vowel_stay_two_people():
    made, found, subjects = _linked(_appointment("Ali Hassan", date(2024, 2, 5)),
                                    _appointment("Ali Hussein", date(2024, 2, 5)))
    assert made == [] and subjects == ["Ali Hassan", "Ali Hussein"]
    assert [f for f in found if f.rule == "corroboration"] == []


def test_a_lone_word_is_not_joined_by_its_spelling():
    made, _, subjects = _linked(_appointment("Hammoudi", date(2024, 2, 5)),
                                _appointment("Hamoudi", date(2024, 2, 5)))
    assert made == [] and subjects == ["Hammoudi", "Hamoudi"]


def test_the_spelling_of_english_articles_is_kept_over_a_romanisers():
    from checker import people

    store = Store(memory=True)
    try:
        _stored(store, "a", _appointment("Khaled Hammoudi", date(2024, 2, 5)), lang="ar")
        _stored(store, "b", _appointment("Khaled Hammoudi", date(2024, 2, 5)), lang="ar")
        _stored(store, "c", _appointment("Khaled Hamoudi", date(2024, 2, 5)))
        assert [(m.spelling, m.name) for m in people.link_spellings(store)] == [("Khaled Hammoudi", "Khaled Hamoudi")]
    finally:
        store.close()


def test_two_words_alike_joined_by_a_doubtful_link_confirm_one_another():
    _, found, subjects = _linked(_visit("Khaled al-Hammoudi", date(2024, 2, 5)),
                                 _visit("Khaled Hamoudi", date(2024, 2, 5)))
    assert subjects == ["Khaled Hamoudi", "Khaled al-Hammoudi"]  # the facts keep their names
    (corroboration,) = [f for f in found if f.rule == "corroboration"]
    assert len(corroboration.docs) == 2
    assert corroboration.extra["linked"] == [{"written": "Khaled al-Hammoudi", "name": "Khaled Hamoudi",
                                              "method": "spelling", "doubtful": True}]
    assert "another spelling of the name" in corroboration.message


def test_two_words_alike_joined_by_a_doubtful_link_never_clash():
    # one visit for one occasion dated two days apart: an error for one name, nothing for a doubtful link
    def sworn(subject, day):
        return replace(_visit(subject, day), occasion="jubilee")

    _, found, _ = _linked(sworn("Khaled Hamoudi", date(2024, 2, 5)), sworn("Khaled Hamoudi", date(2024, 2, 7)))
    assert [f.rule for f in found if f.severity == "error"] == ["date-conflict"]
    _, found, _ = _linked(sworn("Khaled al-Hammoudi", date(2024, 2, 5)), sworn("Khaled Hamoudi", date(2024, 2, 7)))
    assert [f for f in found if f.severity in ("error", "warning")] == []


def test_a_meeting_of_three_confirms_the_report_of_its_object_with_a_further_party():
    # the pair (Vasquez, Adjei) is neither the fact's first pair nor one with its subject
    found = _archive(_meeting("Marta Lindqvist", "Oren Vasquez", date(2024, 5, 6), others=["Kofi Adjei"]),
                     _meeting("Kofi Adjei", "Oren Vasquez", date(2024, 5, 6)))
    (corroboration,) = [f for f in found if f.rule == "corroboration"]
    assert len(corroboration.docs) == 2


def test_a_drafts_meeting_of_three_finds_the_archives_report_of_its_object_with_a_further_party():
    store = Store(memory=True)
    try:
        _stored(store, "a", _meeting("Kofi Adjei", "Oren Vasquez", date(2024, 5, 6)))
        draft = documents.build(documents.Raw("draft", "x", published=date(2024, 5, 7), published_from="manifest"))
        mine = replace(_meeting("Marta Lindqvist", "Oren Vasquez", date(2024, 5, 6), others=["Kofi Adjei"]),
                       doc=draft.id, id="d1")
        assert [len(f.docs) for f in check(store, draft, [mine]) if f.rule == "corroboration"] == [2]
    finally:
        store.close()


# ---- links that meet: a post told of a linked spelling, two links into one name

def _role(doc, subject, post, day):
    return model.Fact(doc=doc, kind="role", subject=subject, object=post,
                      when=model.When("on Monday", 0, 9, day.isoformat(), "day", day, day, resolved_by="absolute"),
                      sentence=f"{subject}, {post}, spoke on Monday", id=f"{doc}-{subject}")


def test_an_office_without_its_country_reads_as_the_post_told_of_a_linked_spelling():
    from checker.compare.engine import Engine
    from checker.compare.policy import norm

    facts = [_role("a", "Omar bin Tarek", "Omani foreign minister", date(2024, 2, 5)),
             _role("b", "Omar bin Tarek Al Qasimi", "foreign minister", date(2024, 2, 6))]
    alone = [f for f in Engine().compare(facts) if f.rule == "corroboration"]
    assert alone == []  # without the link, two names and two posts
    engine = Engine(spellings={norm("Omar bin Tarek"): "Omar bin Tarek Al Qasimi"})
    (found,) = [f for f in engine.compare(facts) if f.rule == "corroboration"]
    assert set(found.docs) == {"a", "b"}
    assert {link["method"] for link in found.extra["linked"]} == {"spelling", "office"}


def test_two_spellings_read_as_one_name_through_two_links_never_clash():
    from checker.compare.engine import Engine
    from checker.compare.policy import norm

    def sworn(doc, subject, day):
        return replace(_appointment(subject, day), doc=doc, occasion="swearing-in", id=f"{doc}-{subject}")

    engine = Engine(spellings={norm("Khaled al-Hammoudi"): "Khaled Hamoudi", norm("Khaled Hamudi"): "Khaled Hamoudi"})
    one_spelling = [sworn("a", "Khaled al-Hammoudi", date(2024, 2, 5)), sworn("b", "Khaled al-Hammoudi", date(2024, 2, 7))]
    assert [f.rule for f in engine.compare(one_spelling) if f.severity == "error"] == ["date-conflict"]
    two_links = [sworn("a", "Khaled al-Hammoudi", date(2024, 2, 5)), sworn("b", "Khaled Hamudi", date(2024, 2, 7))]
    assert [f for f in engine.compare(two_links) if f.severity in ("error", "warning")] == []


def _after_links(links, read):
    """What `read` finds in a store of the Arabic links given (spelling, name, score, applied, method), recorded in order."""
    store = Store(memory=True)
    try:
        for spelling, name, score, applied, method in links:
            store.link(spelling, name, score, applied, method, "ar", ())
        return read(store)
    finally:
        store.close()


def test_a_spelling_renamed_in_one_script_reads_as_its_name_in_the_other_and_on_down_the_chain():
    # an applied link renames the romanised spelling in Arabic articles only; English articles that
    # write the same spelling read it as that name too, and on through the links from it
    from checker.archive import linked_spellings
    from checker.compare.policy import norm

    spellings, same = _after_links([
        ("Omar bin Tarik", "Omar bin Tarek", 92.0, True, "skeleton+post"),
        ("Omar bin Tarek", "Omar bin Tarek Al Qasimi", 100.0, False, "variant+post"),
        # a renamed spelling linked back to from its name: the first links lead, no cycle
        ("Jafar Hamdan", "Jaafar Hamdan", 90.0, True, "skeleton+post"),
        ("Jaafar Hamdan", "Jafar Hamdan", 100.0, False, "spelling+post")], linked_spellings)
    assert spellings == {norm("Omar bin Tarik"): "Omar bin Tarek Al Qasimi",
                         norm("Omar bin Tarek"): "Omar bin Tarek Al Qasimi",
                         norm("Jaafar Hamdan"): "Jafar Hamdan"}
    assert same == set(spellings)


def test_a_spelling_linked_to_itself_never_replaces_its_link_to_another_spelling():
    # two Latin spellings of one name holding one post are one person (spelling+post); a romanised
    # Arabic name that the press writes so too, linked after it to itself, says nothing of it
    rows = _after_links([("Jafar Hamdan", "Jaafar Hamdan", 100.0, False, "spelling+post"),
                         ("Jafar Hamdan", "Jafar Hamdan", 100.0, True, "skeleton"),
                         ("Omar Tarek", "Omar Tarek", 100.0, True, "skeleton")],
                        lambda store: [(link["spelling"], link["name"], link["method"]) for link in store.links()])
    assert rows == [("Jafar Hamdan", "Jaafar Hamdan", "spelling+post"), ("Omar Tarek", "Omar Tarek", "skeleton")]


# ---- a given name alone ('Sheikh Tamim', 'King Carl'): the one longer name it begins in the same context

def test_a_given_name_alone_reads_as_the_one_name_it_begins_among_the_same_partys_partners():
    day = date(2024, 5, 6)
    found = _archive(_meeting("Oren Bakari Lutalo", "Marta Lindqvist", day),
                     _meeting("Oren", "Marta Lindqvist", day),
                     _meeting("Oren Vasquez", "Kofi Adjei", day))  # another Oren, who met someone else
    (corroboration,) = [f for f in found if f.rule == "corroboration"]
    assert len(corroboration.docs) == 2 and "Oren Bakari Lutalo" in corroboration.message
    assert corroboration.extra["linked"] == [{"written": "Oren", "name": "Oren Bakari Lutalo",
                                              "method": "given", "doubtful": True}]
    assert "'Oren' read as Oren Bakari Lutalo (a given name alone: a doubtful link)" in corroboration.message


def test_a_given_name_alone_reads_as_no_one_where_two_longer_names_meet_its_context():
    day = date(2024, 5, 6)
    found = _archive(_meeting("Oren Bakari Lutalo", "Marta Lindqvist", day),
                     _meeting("Oren Vasquez", "Marta Lindqvist", day),
                     _meeting("Oren", "Marta Lindqvist", day))
    assert all("'Oren' read as" not in f.message for f in found)
    # nor does a given name alone clash with the name it is read as: a doubtful link
    found = _archive(_meeting("Oren Bakari Lutalo", "Marta Lindqvist", day, occasion="summit"),
                     _meeting("Oren", "Marta Lindqvist", date(2024, 5, 9), occasion="summit"))
    assert [f for f in found if f.severity in ("error", "warning")] == []


def test_an_office_without_its_institution_or_kind_reads_as_the_one_such_post_told_of_the_person():
    from checker.compare.engine import Engine

    def corroborated(*posts):
        facts = [_role(doc, "Tomas Kvell", post, date(2024, 2, 5)) for doc, post in zip("abc", posts)]
        return [sorted(f.docs) for f in Engine().compare(facts) if f.rule == "corroboration"]

    assert corroborated("chief executive", "chief executive of Nordbank") == [["a", "b"]]
    assert corroborated("governor", "Ruritanian central bank governor") == [["a", "b"]]
    # two such posts told of the person: the bare office may be either, and is read as neither
    assert corroborated("governor", "Ruritanian central bank governor", "governor of Kivu") == []
    # nor is an office read as one of lower rank
    assert corroborated("governor", "Ruritanian central bank deputy governor") == []
    assert corroborated("president", "Kenyan deputy president") == []


def test_a_surname_ending_many_names_reads_as_the_one_told_in_its_context():
    from checker.people import MAX_CANDIDATES

    day = date(2024, 5, 6)
    others = [_meeting(f"{given} Lutalo", "Kofi Adjei", day)
              for given in ("Abel", "Bram", "Cyril", "Dario", "Emil", "Felix", "Gunnar", "Hugo", "Ivo", "Jonas")]
    assert len(others) > MAX_CANDIDATES  # too many to look up one by one
    found = _archive(*others, _meeting("Oren Lutalo", "Marta Lindqvist", day), _meeting("Lutalo", "Marta Lindqvist", day))
    (corroboration,) = [f for f in found if f.rule == "corroboration" and "Lindqvist" in f.message]
    assert len(corroboration.docs) == 2 and "'Lutalo' read as Oren Lutalo" in corroboration.message


def test_a_surname_alone_reads_on_as_the_spelling_a_link_reads_its_full_name_as():
    from checker.compare.engine import Engine
    from checker.compare.policy import norm

    facts = [_role("a", "Tomas Kvell", "Ruritanian foreign minister", date(2024, 2, 5)),
             _role("b", "Kvell", "Ruritanian foreign minister", date(2024, 2, 5))]
    engine = Engine(surnames={(norm("Kvell"), None): "Tomas Kvel"}, spellings={norm("Tomas Kvel"): "Tomas Kvell"})
    (found,) = [f for f in engine.compare(facts) if f.rule == "corroboration"]
    assert set(found.docs) == {"a", "b"}


def test_a_given_name_alone_read_in_one_context_of_an_article_is_read_so_in_its_others():
    from checker.archive import recompute

    day = date(2024, 5, 6)
    visit = replace(_visit("Oren", day), place="Ruritania")
    store = Store(memory=True)
    try:
        for name, facts in (("a", (_meeting("Oren Bakari Lutalo", "Marta Lindqvist", day),
                                   replace(visit, subject="Oren Bakari Lutalo"))),
                            ("b", (_meeting("Oren", "Marta Lindqvist", day), visit)),
                            ("c", (replace(visit, subject="Oren Vasquez"),))):  # another Oren in Ruritania
            doc = documents.build(documents.Raw(name, f"{name}: text", published=day, published_from="manifest"))
            store.add(doc, Analysis((), tuple(replace(f, doc=doc.id, span=(0, 5), id=f"{name}-{i}")
                                             for i, f in enumerate(facts))))
        found = [f for f in recompute(store) if f.rule == "corroboration"]
    finally:
        store.close()
    assert sorted((f.kind, len(f.docs)) for f in found) == [("meeting", 2), ("visit", 2)]
    (trip,) = [f for f in found if f.kind == "visit"]
    assert "Oren Bakari Lutalo" in trip.message and "'Oren' read as" in trip.message


def test_a_name_another_begins_is_linked_doubtfully_where_both_hold_the_same_post():
    from checker import people

    def links(post_a, post_b):
        store = Store(memory=True)
        try:
            _stored(store, "a", _role("a", "Tomas Kvell", post_a, date(2024, 2, 5)))
            _stored(store, "b", _role("b", "Tomas Kvell Arnesen", post_b, date(2024, 2, 6)))
            people.link_variants(store)
            return [(link["spelling"], link["name"], link["method"]) for link in store.links()]
        finally:
            store.close()

    # doubtful (a deputy and the minister may share the start of a name): it may confirm, never clash
    assert links("Ruritanian interior minister", "interior minister") == [
        ("Tomas Kvell", "Tomas Kvell Arnesen", "variant")]
    assert links("Ruritanian interior minister", "Ruritanian finance minister") == []  # maybe his son


def test_a_given_name_alone_is_read_by_a_post_only_where_the_post_names_its_country():
    day = date(2024, 5, 6)

    def read(post):
        found = _archive(_role("a", "Oren Bakari Lutalo", post, day), _role("b", "Oren", post, day))
        return [f for f in found if f.rule == "corroboration" and "'Oren' read as" in f.message]

    assert len(read("Kenyan president")) == 1
    assert read("president") == []  # a president of any country


def test_a_given_name_alone_is_not_read_across_its_article_where_one_of_its_contexts_holds_two_such_names():
    from checker.archive import recompute

    day = date(2024, 5, 6)
    store = Store(memory=True)
    try:
        for name, facts in (("a", (_meeting("Oren Bakari Lutalo", "Marta Lindqvist", day),
                                   _meeting("Oren Bakari Lutalo", "Kofi Adjei", day))),
                            ("c", (_meeting("Oren Vasquez", "Kofi Adjei", day),)),
                            # 'Oren' meets Lindqvist (one Oren met her) and Adjei (two did)
                            ("b", (_meeting("Oren", "Marta Lindqvist", day), _meeting("Oren", "Kofi Adjei", day)))):
            doc = documents.build(documents.Raw(name, f"{name}: text", published=day, published_from="manifest"))
            store.add(doc, Analysis((), tuple(replace(f, doc=doc.id, span=(0, 5), id=f"{name}-{i}")
                                             for i, f in enumerate(facts))))
        found = [f for f in recompute(store) if f.rule == "corroboration" and "Adjei" in f.message]
    finally:
        store.close()
    assert all("'Oren' read as" not in f.message for f in found)


# ---- a post whose country is guessed (posts.py `+country/office`) confirms and never clashes, in the archive too

def test_a_post_guessed_in_the_archive_never_clashes_with_another_holder():
    day = date(2024, 3, 6)
    kamau = _role("a", "Samuel Kamau", "Kenyan president", day)
    asante = replace(_role("b", "Kofi Asante", "Kenyan president", day), rule="en/names/bare_posts+country/office")
    assert [f.rule for f in _archive(kamau, asante) if f.severity == "error"] == []
    # the same two, the post stated in both: one post, two holders on one day
    assert [f.rule for f in _archive(kamau, replace(asante, rule="en/titles/nationality-office"))
            if f.severity == "error"] == ["role-conflict"]
