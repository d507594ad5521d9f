"""Compare facts that speak of the same thing: conflicts and corroborations.

The archive is never compared pair by pair. Facts are blocked by what must be equal for two
of them to be about one thing (kind, modality class and the `event_keys` of the policy, such
as subject and place), then by occasion; inside a block, facts with the same value form one
class and only classes are compared, so a block of a thousand reports of one visit on three
dates costs three comparisons. Each check decides in its own module (checks/); policy (keys,
severities, messages) is in rules/common/conflicts.yaml; this module holds no names and no words.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import replace
from itertools import combinations
from typing import Any

from checker.compare.checks import corroboration, date as date_check, figure, ordinal, posts_held, recurrence, role, trip, undated
from checker.compare.policy import SEVERITY_ORDER, Policy, field, norm, policy, post_key
from checker.compare.values import contains, known, unsettled
from checker.compare.wording import (describe_figure, describe_ordinal, describe_when, doc_label, event_name, how,
                                     marked, quote)
from checker.extract import names
from checker.model import Fact, Finding


def _fact_order(fact: Fact) -> tuple:
    """Facts in the order of their documents and spans, never of their rows: the representative
    of a class, and so every finding, is the same whatever order the documents came in."""
    return (fact.doc or "", fact.span, fact.id or "")


class Class:
    """Facts of one block that say the same thing in the same way."""

    def __init__(self, facts: list[Fact]) -> None:
        self.facts = facts
        self.head = facts[0]
        self.docs = list(dict.fromkeys(f.doc for f in facts))


def block_key(fact: Fact, pol: Policy) -> tuple | None:
    """What must be equal for two facts to be about the same thing; None if not comparable."""
    keys = pol.event_keys.get(fact.kind)
    mclass = pol.block_class(fact.modality)
    if keys is None or mclass is None:
        return None
    values = tuple(field(fact, k) for k in keys)
    if any(v in (None, "") for v in values):
        return None
    if pol.applies("figure", fact.kind):  # figures of every modality meet: a forecast against the outcome is a finding
        mclass = "figure"
    return (fact.kind, mclass, *values, *(pol.same_value(fact, k) for k in pol.same_keys.get(fact.kind, ())))


SELF = "\x00"  # the place of the participant a context leaves out
SAME = "same post"  # the method of a sure link read by the engine (Engine `same`): no doubt
# a post told without its country read as the one post of that office the person, named in full and as
# written, is told holding with a country (Engine.read_offices): a sure link too
COUNTRY = "country"
SURE = (SAME, COUNTRY)


def named_sides(fact: Fact, pol: Policy) -> tuple[str, ...]:
    """The fields of a fact that name a participant a surname may stand for: not a figure's (a
    country pair), but an ordinal claim's, whose count is of a person's events."""
    if fact.quantity is not None and not pol.applies("recurrence", fact.kind):
        return ()
    sides = ("subject", "object") if "participants" in pol.event_keys.get(fact.kind, ()) else ("subject",)
    return tuple(s for s in sides if getattr(fact, s))


def context(fact: Fact, side: str, pol: Policy) -> tuple | None:
    """The block a fact would fall in whoever stood at `side`: its kind, modality class and other keys
    (the post of an appointment, the country of a visit, the other party of a meeting)."""
    return block_key(replace(fact, **{side: SELF}), pol)


def article_context(doc: str) -> tuple:
    """The context of a word alone read so in one article, whatever its fact (Engine `surnames`)."""
    return (SELF, doc)


def same_occasion(a: Fact, b: Fact) -> bool:
    """Whether both facts name one and the same occasion: only then are two dates that cannot meet
    one event misdated rather than two events. A report that names none is not of it, though it
    is compared with it (compare_block)."""
    return bool(norm(a.occasion)) and norm(a.occasion) == norm(b.occasion)


def _class_key(fact: Fact, pol: Policy) -> tuple:
    when = fact.when
    q = fact.quantity
    return (
        # a date left open is a class of its own days, not one with the facts that give no date
        when.value if when and (when.value or not unsettled(when)) else (when.earliest, when.latest) if when else None,
        bool(norm(fact.occasion)),
        tuple(field(fact, k) for k in (*pol.optional_keys.get(fact.kind, ()), *pol.place_keys.get(fact.kind, ()),
                                       *pol.unstated_keys.get(fact.kind, ()), *pol.same_keys.get(fact.kind, ()))),
        (q.low, q.high, q.unit, q.value) if q else None,
        pol.modality_class.get(fact.modality), norm(fact.source) if q else None,
        # an event that befalls its key once told on a day the article's words give, or only dated by the
        # article: the second says nothing of its day, and never stands on a side of a clash of days
        date_check.once_told(pol, fact),
    )


class _Components:
    """Union-find over the classes of a block: which classes tell the same story."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        self.parent[self.find(i)] = self.find(j)

    def groups(self) -> list[list[int]]:
        out: dict[int, list[int]] = defaultdict(list)
        for i in range(len(self.parent)):
            out[self.find(i)].append(i)
        return list(out.values())


class Engine:
    """Turns facts into findings. `focus`: report only findings that involve that document.
    `surnames`: (a surname or given name alone's key, its fact's context, its article's or None) -> the one
    full name that ends (or begins) with it, of the whole archive (None) or among the names of that
    context or article (checker/people.py).
    A fact naming the surname is compared as the full name's, but the link is doubtful: the fact may
    confirm the full name's facts, never clash with them. `spellings`: a name's key -> the other
    spelling of one name a doubtful link joins it to (people.link_spellings), read the same way;
    `same`: the keys of `spellings` whose link is sure (both spellings hold the same post), read as
    the other spelling with no doubt."""

    Class = Class

    def __init__(self, docs: Mapping[str, Any] | None = None, *, focus: str | None = None,
                 pol: Policy | None = None, surnames: Mapping[tuple, str] | None = None,
                 spellings: Mapping[str, str] | None = None, same: Iterable[str] = ()) -> None:
        self.docs = docs or {}
        self.focus = focus
        self.pol = pol or policy()
        self.surnames = dict(surnames or {})
        self._surname_keys = {k for k, _ in self.surnames}
        self.spellings = dict(spellings or {})
        self.same = frozenset(same)
        # id() of a fact read through a link (a surname alone, a post worded apart) ->
        # (as written, read as, method); and the same by the fact's id, for the findings' notes
        self._linked: dict[int, tuple[str, str, str]] = {}
        self._linked_ids: dict[str, tuple[str, str, str]] = {}
        self._copies: set[int] = set()  # id() of the copies of a meeting of three parties or more (parties())
        rule = self.pol.rule("corroboration")
        # one fact alone clashes with nothing and dates nothing; it is a finding only if one
        # source is enough to corroborate (most blocks of an archive hold a single fact)
        self.lone_fact_silent = rule is None or (rule.get("settings") or {}).get("min_sources", 2) >= 2

    # -- entry points

    def resolve(self, fact: Fact) -> Fact:
        """The fact with a surname alone read as the full name it links to, and a spelling as the
        one a link joins it to (doubtful links both, unless every link read is sure: `same`)."""
        if not self.surnames and not self.spellings:
            return fact
        changes, methods = {}, set()
        for side in named_sides(fact, self.pol):
            key = norm(getattr(fact, side))
            if key in self.spellings:
                changes[side] = self.spellings[key]
                methods.add(SAME if key in self.same else "spelling")
            elif key in self._surname_keys:
                full = self.surnames.get((key, context(fact, side, self.pol))) \
                    or self.surnames.get((key, article_context(fact.doc))) or self.surnames.get((key, None))
                if full:
                    words = norm(full).split()
                    methods.add("given" if words[0] == key and words[-1] != key else "surname")
                    # and on as the spelling a link reads the full name as
                    changes[side] = self.spellings.get(norm(full), full)
        if not changes:
            return fact
        method = SAME if methods == {SAME} else "spelling" if methods - {"surname", "given"} \
            else "surname" if "surname" in methods else "given"
        return self._link(fact, changes, method)

    def _link(self, fact: Fact, changes: dict, method: str) -> Fact:
        linked = replace(fact, **changes)
        pair = (", ".join(getattr(fact, k) for k in changes), ", ".join(changes.values()), method)
        self._linked[id(linked)] = pair
        if linked.id:
            self._linked_ids[linked.id] = pair
        return linked

    def read_offices(self, facts: list[Fact]) -> list[Fact]:
        """The posts one person is told holding, for the kinds keyed by their post, read as one where
        they are one post worded apart (post_key): 'Syrian minister of interior' as 'Syrian interior
        minister'; and a post told without its country ('President X': 'president') as the one post
        of that office the person is told holding with a country ('Turkish president'), or at a named
        institution ('chief executive' as 'chief executive of Eni'), or with the words that tell which
        of its kind it is ('governor' as 'Iraqi central bank governor'), also where that is told of a
        spelling read as the person's name through a link; and a post at an institution
        told by a common noun ('director-general of the Organization', institution_words) as the one
        post of that office at a named institution told of the person ('director-general of UNESCO').
        A doubtful link, that may confirm and never clash; but the country alone left out of the post of a
        person named in full, both posts told of the name as written, is one post without doubt (COUNTRY),
        and may clash. An office held for two countries, or at two institutions, is left as written."""
        keyed = {k for k, keys in self.pol.event_keys.items() if "object" in keys}
        told: dict[tuple, dict[tuple, set[str]]] = defaultdict(lambda: defaultdict(set))
        plain: set[tuple] = set()  # (kind, name, post key) told of a name as written, through no link
        for f in facts:
            # a post told of a name read through a link counts too: what it yields is a link itself
            if f.kind in keyed and f.subject and f.object and id(f) not in self._copies:
                told[(f.kind, norm(f.subject))][post_key(f.object)].add(f.object)
                if id(f) not in self._linked and not self.guessed(f):
                    plain.add((f.kind, norm(f.subject), post_key(f.object)))
        out = []
        for f in facts:
            posts = told.get((f.kind, norm(f.subject))) if f.kind in keyed and f.object else None
            if posts and not self.doubtful(f):
                country, office = post_key(f.object)
                held = [k for k in posts if self._fuller_office(k, office)] if country is None else [(country, office)]
                unnamed = self.pol.unnamed_institution(office)
                if unnamed:  # 'director-general of the Organization': of the one institution named with it
                    held = [k for k in posts if k[1].startswith(unnamed) and not self.pol.unnamed_institution(k[1])]
                if len(held) == 1 and posts.get(held[0]):
                    # the wording of the title rules' own list of posts, where one is
                    read = min(posts[held[0]], key=lambda p: (p not in names.posts(), p))
                    if norm(read) != norm(f.object):
                        # the country alone left out, of a person named in full, both posts told of the
                        # name as written (no link read): no doubt
                        sure = country is None and held[0][1] == office \
                            and id(f) not in self._linked and len(norm(f.subject).split()) > 1 \
                            and (f.kind, norm(f.subject), held[0]) in plain
                        f = self._link(f, {"object": read}, COUNTRY if sure else "office")
            out.append(f)
        return out

    def _fuller_office(self, held: tuple, office: str) -> bool:
        """Is the post key `held` (country, office) the office told without its country, institution or
        kind, told fuller: with its country ('Turkish president'), at a named institution ('chief
        executive of Eni'), or with the words of its kind ('Iraqi central bank governor'), never of a
        lower rank (`rank_words`: 'deputy governor' is no governor)?"""
        country, told = held
        if told == office:
            return country is not None
        if told.startswith(office + " of "):
            return True
        return told.endswith(" " + office) and not self.pol.rank_words & set(told[:-len(office)].replace("-", " ").split())

    def parties(self, fact: Fact) -> list[Fact]:
        """A meeting of three parties or more told as one fact ('A met B and C') as a meeting of its
        subject, and of its object, with each further party: copies that may confirm a report of
        that pair and never clash with one (one sentence of several meetings tells little of each).
        The further parties are not paired with one another: a list of names stays linear."""
        if not fact.others or fact.quantity is not None or "participants" not in self.pol.event_keys.get(fact.kind, ()):
            return []
        told = {norm(fact.subject), norm(fact.object)}
        out = []
        for other in dict.fromkeys(fact.others):
            if other and norm(other) not in told:
                for first in dict.fromkeys(p for p in (fact.subject, fact.object) if p):
                    copy = replace(fact, subject=first, object=other, others=())
                    self._copies.add(id(copy))
                    out.append(copy)
        return out

    def doubtful(self, fact: Fact) -> bool:
        """Read through a doubtful link, a copy of a meeting of several parties, or with a field guessed
        (the policy's `guessed`): such a fact may confirm, never clash."""
        link = self._linked.get(id(fact))
        return link is not None and link[2] not in SURE or id(fact) in self._copies or self.guessed(fact)

    def guessed(self, fact: Fact) -> bool:
        return any(g in (fact.rule or "") for g in self.pol.guessed)

    def compare(self, facts: Iterable[Fact], *, posts: bool = True, keep=None) -> list[Finding]:
        """`keep`: which facts, as read, to block (the archive's pass compares one run of facts at a
        time, and a meeting of three parties comes to the run of each pair it holds)."""
        blocks: dict[tuple, list[Fact]] = defaultdict(list)
        holders: dict[str, list[Fact]] = defaultdict(list)
        held: dict[str, list[Fact]] = defaultdict(list)  # the roles told of each person
        self._linked, self._linked_ids, self._copies = {}, {}, set()
        ordered = sorted(facts, key=_fact_order)
        for fact, read in zip(ordered, self.read_offices([self.resolve(f) for f in ordered])):
            for one in [read, *self.parties(read)]:
                key = block_key(one, self.pol)
                if key is not None and (keep is None or keep(one)):
                    blocks[key].append(one)
            if keep is not None and not keep(read):
                continue
            if self.guessed(fact):
                continue  # (a post guessed clashes with no other holder's, nor with the person's other posts)
            # (a post read with the country its holder is told holding elsewhere, without doubt, is that post)
            post = read if self._linked.get(id(read), ("", "", ""))[2] == COUNTRY else fact
            if posts and self.pol.applies("role", post.kind) and norm(post.object) in self.pol.single_holder:
                holders[norm(post.object)].append(post)
            if self.pol.applies("post", read.kind) and read.subject and read.object:
                held[norm(read.subject)].append(read)  # (the archive's pass brings each person's roles in one run)
        found: list[Finding] = []
        for block in blocks.values():
            found += self.compare_block(block)
        for same_post in holders.values():
            found += role.findings(self, same_post)
        for one_person in held.values():
            found += posts_held.findings(self, one_person)
        found += recurrence.findings(self, [f for block in blocks.values() for f in block if not self.doubtful(f)])
        return sort_findings(self._noted(f) for f in found if self._wanted(f))

    def _noted(self, finding: Finding) -> Finding:
        """A finding that holds facts read through a link (a surname alone, a post worded apart)
        says so (extra 'linked')."""
        if not self._linked:
            return finding
        ids = set(finding.facts)
        links = sorted({pair for fid, pair in self._linked_ids.items() if fid in ids})
        if not links:
            return finding
        rule = self.pol.rule("corroboration")
        settings = (rule.get("settings") or {}) if rule else {}
        notes = {"surname": settings.get("linked_note", ""), "given": settings.get("given_note", ""),
                 "office": settings.get("office_note", ""), COUNTRY: settings.get("country_note", ""),
                 "spelling": settings.get("spelling_note", ""), SAME: settings.get("same_post_note", "")}
        message = finding.message + "".join(notes[m].format_map({"written": w, "name": n}) for w, n, m in links)
        return replace(finding, message=message,
                       extra={**finding.extra, "linked": [{"written": w, "name": n, "method": m, "doubtful": m not in SURE}
                                                          for w, n, m in links]})

    def compare_post(self, facts: list[Fact]) -> list[Finding]:
        """Every holder of one single-holder post (none whose post is guessed: it never clashes)."""
        return role.findings(self, sorted((f for f in facts if not self.guessed(f)), key=_fact_order))

    def label(self, doc_id: str) -> str:
        return "the draft" if doc_id == self.focus else doc_label(doc_id, self.docs)

    def _wanted(self, finding: Finding) -> bool:
        return self.focus is None or self.focus in finding.docs

    def compatible(self, a: Fact, b: Fact) -> bool:
        """No optional key (such as the occasion) that both give and that differs, and no two places
        neither of which lies in the other."""
        for k in self.pol.optional_keys.get(a.kind, ()):
            va, vb = field(a, k), field(b, k)
            if va and vb and va != vb:
                return False
        return self.pol.same_place(a, b)

    def relation(self, a: Fact, b: Fact) -> str | None:
        """How two facts of one block meet: 'any' (they may agree or clash), 'agree' (they may
        confirm one another, never clash: one leaves unstated what the other states, such as a
        figure's direction), 'plan' (one event announced, the other held: they may confirm one
        another, or show the plan changed), 'part' (a figure and a part of it) or None (they speak
        of different things)."""
        if not self.compatible(a, b):
            return None
        # a doubtful link raises no error: two facts read through links clash only where they are read
        # through the same one (two reports of one spelling), never where two links meet in one name
        meet = "agree" if self.doubtful(a) != self.doubtful(b) else "any"
        if meet == "any" and self.doubtful(a) and self._linked.get(id(a)) != self._linked.get(id(b)):
            meet = "agree"
        if id(a) in self._copies or id(b) in self._copies or self.guessed(a) or self.guessed(b):
            meet = "agree"
        if any(field(a, k) != field(b, k) for k in self.pol.same_keys.get(a.kind, ())):
            meet = "agree"  # one flow told as exports and as imports: each end counts it its own way
        part = False  # one a part of a flow (basis 'non-oil'), the other the flow told whole
        for k in self.pol.unstated_keys.get(a.kind, ()):
            wa, wb = field(a, k), field(b, k)
            if wa and wb:
                if wa != wb:
                    if not self.pol.other_axes(k, wa, wb):
                        return None
                    meet = "agree"  # 'year-on-year' and 'in value terms': one rate, each telling one side of it
                continue
            # what a period implies joins the facts only where it is what the other states: a
            # growth over a year 'in value terms' is year-on-year too, and may be the same figure
            if self.pol.stated(a, k) != self.pol.stated(b, k):
                if k == "basis" and self.pol.applies("figure-part", a.kind, a.measure):
                    part = True  # they may confirm one another, and the part may not exceed the whole
                else:
                    meet = "agree"
        classes = self.pol.modality_class
        if classes.get(a.modality) in self.pol.never_clash or classes.get(b.modality) in self.pol.never_clash:
            meet = "agree"  # the date told of an event put off may be the one it was set for or the new one
        elif classes.get(a.modality) != classes.get(b.modality) and not self.pol.applies("figure", a.kind):
            # an event announced and one held may confirm one another, and clash only where their
            # days show the plan changed (schedule); figures of two modalities meet in their own checks
            meet = "plan" if meet == "any" else "agree"
        return "part" if part and meet == "any" else "agree" if part else meet

    # -- one block: one kind, modality class and key

    def compare_block(self, block: list[Fact]) -> list[Finding]:
        if len(block) < 2 and self.lone_fact_silent:
            return []
        if self.focus is not None and not any(f.doc == self.focus for f in block):
            return []
        by_occasion: dict[str | None, list[Fact]] = defaultdict(list)
        for fact in block:
            by_occasion[norm(fact.occasion) or None].append(fact)
        if len(by_occasion) == 2 and None in by_occasion:
            # one occasion named, and reports that name none: those may be of it (one outlet names
            # the summit, another only its days), so they meet it, compared as unnamed (same_occasion)
            unnamed = by_occasion.pop(None)
            next(iter(by_occasion.values())).extend(unnamed)
        found = []
        for facts in by_occasion.values():
            found += self._compare_group(facts)
        found += undated.findings(self, [f for f in block if not self.doubtful(f)])
        return found

    def _compare_group(self, facts: list[Fact]) -> list[Finding]:
        grouped: dict[tuple, list[Fact]] = defaultdict(list)
        for fact in facts:  # a fact read through a surname is a class of its own: it never speaks for the others
            grouped[(_class_key(fact, self.pol), self.doubtful(fact))].append(fact)
        classes = [Class(v) for v in grouped.values()]
        comps = _Components(len(classes))
        found: list[Finding] = []
        kind = facts[0].kind
        figures = self.pol.applies("figure", kind)
        # each class's report told by its arrival, if any: found once, not for every pair it is in
        arrivals = None if figures else [date_check.arrival(self.pol, c.facts) for c in classes]
        told = None if figures else [date_check.told(c.facts) for c in classes]
        clashes = []
        confirm = []  # pairs that only confirm one another: joined after the clashes are weighed
        for i, j in self.pairs(classes):
            a, b = classes[i], classes[j]
            meet = self.relation(a.head, b.head)
            if meet is None:
                continue
            verdict = (figure.verdict(self.pol, a.head, b.head) if figures
                       else ordinal.verdict(self.pol, a.head, b.head) if self.pol.applies("ordinal", kind)
                       else date_check.verdict(self.pol, a.head, b.head, same_occasion(a.head, b.head),
                                              arrivals=(arrivals[i], arrivals[j]),
                                              told=(told[i], told[j])))
            if verdict == "agree":
                if meet == "any":
                    comps.union(i, j)
                else:
                    confirm.append((i, j))
            elif verdict is not None and meet == "any":
                clashes.append((verdict, a, b))
            elif verdict in figure.CLASHES and meet == "part" and figure.part_above_whole(a.head, b.head):
                clashes.append(("figure-part", a, b))
            elif verdict == "date" and meet == "plan" and date_check.rescheduled(self.pol, a.head, b.head):
                clashes.append(("schedule", a, b))
            elif verdict == "slip" and meet == "plan":
                clashes.append(("slip", a, b))  # a plan a month off to the day: as often a slip as a change
        # Where the archive is divided and some of it agrees with the focus document, the
        # document repeats one side of a known disagreement rather than starting one.
        groups = comps.groups()
        if any(verdict == "trip" for verdict, _, _ in clashes):
            mclass = self.pol.modality_class.get

            def dated(a: Class) -> int:  # the trips told in a's modality class (a plan is no trip)
                return len({comps.find(i) for i, c in enumerate(classes)
                            if known(c.head.when) and mclass(c.head.modality) == mclass(a.head.modality)})
            index = {id(c): i for i, c in enumerate(classes)}

            def apart(a: Class, b: Class) -> bool:  # two days inside one span agreed on are parts of one trip
                return comps.find(index[id(a)]) != comps.find(index[id(b)])
            clashes = [(v, a, b) for v, a, b in clashes
                       if v != "trip" or apart(a, b) and trip.keep(self.pol, a, b, dated(a))]
        clashes = [(v, a, b) for v, a, b in clashes if v != "slip" or date_check.one_writers(self.pol, a.docs, b.docs)]
        support = {}
        # an article on both sides of a clash it takes no part in (_apart) supports neither side
        both = {d for _, a, b in clashes if kind in self.pol.apart_in_one_source for d in set(a.docs) & set(b.docs)}
        for group in groups if self.focus is not None else ():
            for i in group:
                if self.focus in classes[i].docs:
                    support[id(classes[i])] = self._support(classes[i], [classes[j] for j in group], both)
        found += self.conflicts(clashes, support)
        for i, j in confirm:
            comps.union(i, j)
        for group, undated_too in corroboration.with_undated(self, classes, comps.groups() if confirm else groups):
            if self.focus is None or any(self.focus in classes[i].docs for i in group):
                found += corroboration.findings(self, [classes[i] for i in group], undated_too)
        return found

    def _support(self, mine: Class, group: list[Class], both: set[str] = frozenset()) -> int:
        """Other documents that say what the focus document says, at least as precisely (none of
        `both`, that say the other side too)."""
        docs = set()
        for other in group:
            precise = mine.head.quantity is not None or contains(mine.head.when, other.head.when)
            if precise:
                docs.update(d for d in other.docs if d != self.focus and d not in both)
        return len(docs)

    def pairs(self, classes: list[Class]) -> Iterable[tuple[int, int]]:
        """All pairs of classes; with a focus, only the pairs the focus document is part of."""
        if self.focus is None:
            return combinations(range(len(classes)), 2)
        mine = [i for i, c in enumerate(classes) if self.focus in c.docs]
        return sorted({(min(i, j), max(i, j)) for i in mine for j in range(len(classes)) if i != j})

    # -- findings

    def conflicts(self, clashes: list[tuple[str, Class, Class]], support: Mapping[int, int] | None = None
                  ) -> list[Finding]:
        """One finding per clash; checking a document, one per claim of that document (a class of
        its facts) and kind of clash, naming every source that contradicts it."""
        support = dict(support or {})
        clashes = _distinct([c for c in (self._apart(*c, support) for c in clashes) if c], support)
        if self.focus is None:
            return [self.conflict(verdict, a, [b]) for verdict, a, b in clashes]
        claims: dict[tuple[str, int], tuple[Class, list[Class]]] = {}
        for verdict, a, b in clashes:
            if self.focus in b.docs and self.focus not in a.docs:
                a, b = b, a  # the draft speaks first
            claims.setdefault((verdict, id(a)), (a, []))[1].append(b)
        return [self.conflict(verdict, mine, others, support.get(id(mine), 0))
                for (verdict, _), (mine, others) in claims.items()]

    def _apart(self, verdict: str, a: Class, b: Class, support: dict[int, int]) -> tuple[str, Class, Class] | None:
        """A clash of a kind of `apart_in_one_source` without the articles that stand on both of its
        sides: one article giving both values tells two things (a breakdown, a handover), not one
        thing two ways. None where every article of one side stands on the other too; the articles
        on one side only still clash, and only they are named (`support` follows the classes)."""
        shared = set(a.docs) & set(b.docs)
        if not shared or a.head.kind not in self.pol.apart_in_one_source:
            return verdict, a, b
        sides = [[f for f in c.facts if f.doc not in shared] for c in (a, b)]
        if not all(sides):
            return None
        pair = [Class(side) for side in sides]
        for old, new in zip((a, b), pair):
            if id(old) in support:
                support[id(new)] = support[id(old)]
        return verdict, *pair

    def _side(self, cls: Class, value: str, check: str) -> dict:
        head = cls.head
        docs = cls.docs
        return {
            "docs": docs,
            "labels": [self.label(d) for d in docs],
            "facts": [f.id for f in cls.facts],
            "value": value,
            "how": _claim_words(head, self.docs) if check == "ordinal" else how(head, self.docs),
            "when_text": (head.quantity.text if check == "ordinal" and head.quantity
                          else head.when.text if head.when else ""),
            "holder": head.subject,
            "sentence": marked(head.sentence, (head.quantity if check.startswith("figure") or check == "ordinal"
                                               else head.when)),
        }

    def _render_side(self, side: dict, check: str) -> str:
        docs = side["docs"]
        if self.focus is not None and self.focus in docs:
            who, verb = "the draft", "says"
        elif len(docs) == 1:
            who, verb = side["labels"][0], "says"
        else:
            who, verb = f"{len(docs)} sources", "say"
        if self.focus is not None and self.focus not in docs:
            evidence = f"{side['labels'][0]}: \"…{side['when_text'] or side['value']}…\""
        else:
            evidence = side["how"]
        if check == "role":
            return f"{who} {verb} {side['holder']} held it on {side['value']} ({evidence})"
        return f"{who} {verb} {side['value']} ({evidence})"

    def conflict(self, check: str, a: Class, others: list[Class], supported: int = 0) -> Finding:
        """`a` against every class of `others` (one, comparing the archive; all the sources that
        contradict one claim, checking a draft)."""
        rule = self.pol.rule(check)
        settings = rule.get("settings") or {}
        severity = settings.get("supported_severity", rule.get("severity")) if supported else rule.get("severity")
        others = sorted(others, key=lambda c: [self.label(d) for d in c.docs])
        classes = [a, *others]
        if check.startswith("figure"):
            values = [describe_figure(c.head) for c in classes]
        elif check == "post":
            values = [f"{c.head.object} on {describe_when(c.head.when)}" for c in classes]
        elif check == "ordinal":
            values = [describe_ordinal(c.head) for c in classes]
        else:
            values = [describe_when(c.head.when) for c in classes]
        sides = [self._side(c, v, check) for c, v in zip(classes, values)]
        fields = {
            "event": event_name(a.head, self.pol),
            "post": a.head.object or "?",
            "subject": a.head.subject or "?",
            "period": describe_when(a.head.when),
            "sides": "; ".join(self._render_side(s, check) for s in sides),
            "sources": " and ".join(dict.fromkeys(c.head.source or "an unnamed source" for c in classes)),
        }
        facts = [f for c in classes for f in c.facts]
        message = rule.get("message").format_map(fields)
        if supported:
            message += settings.get("supported_note", "").format_map({"count": supported})
        return Finding(
            rule=rule.id.rsplit("/", 1)[-1], severity=severity, kind=a.head.kind, message=message,
            facts=tuple(f.id for f in facts), docs=tuple(dict.fromkeys(d for c in classes for d in c.docs)),
            quotes=tuple(quote(f, self.docs) for f in facts), values=tuple(values),
            extra={"sides": sides, "event": fields["event"]},
        )


    def recurrence_findings(self, claims: list[Fact], events: list[Fact]) -> list[Finding]:
        """The 'first in a span' claims of one subject against that subject's events (the archive's
        pass), each read through the links of its names; one read through a doubtful link says nothing."""
        read = [r for f in claims + events if not self.doubtful(r := self.resolve(f))]
        return [f for f in recurrence.findings(self, read) if self._wanted(f)]

    def recurrence(self, claim: Fact, other: Fact) -> Finding:
        """A 'first in a span' claim against another report of that kind of event inside the span."""
        rule = self.pol.rule("recurrence")
        values = [describe_ordinal(claim), describe_when(other.when)]
        fields = {"event": event_name(claim, self.pol), "claim": values[0], "other_event": event_name(other, self.pol),
                  "other_date": values[1], "claim_doc": self.label(claim.doc), "other_doc": self.label(other.doc),
                  "how": how(other, self.docs)}
        sides = [self._side(Class([claim]), values[0], "ordinal"), self._side(Class([other]), values[1], "date")]
        return Finding(
            rule=rule.id.rsplit("/", 1)[-1], severity=rule.get("severity"), kind=claim.kind,
            message=rule.get("message").format_map(fields), facts=(claim.id, other.id),
            docs=tuple(dict.fromkeys((claim.doc, other.doc))), quotes=(quote(claim, self.docs), quote(other, self.docs)),
            values=tuple(values), extra={"sides": sides, "event": fields["event"]},
        )


CLAIM_WORDS = 120  # characters of an ordinal claim quoted as how it was read; longer: its date's reading


def _claim_words(fact: Fact, docs: Mapping[str, Any]) -> str:
    """How an ordinal claim was read: its own words ('his third visit to Morocco since 2018')."""
    words = " ".join(quote(fact, docs).text.split())
    return f"'{words}'" if 0 < len(words) <= CLAIM_WORDS else how(fact, docs)


def _distinct(clashes: list[tuple[str, Class, Class]], support: dict[int, int]) -> list[tuple[str, Class, Class]]:
    """One clash per pair of claims: the same documents giving the same two values of one subject (a
    post's two holders are two subjects), told once of a city and once of its country (Beijing,
    China), are one clash, holding the facts of both (`support` follows the classes joined)."""
    def claim(c: Class) -> tuple:
        q, w = c.head.quantity, c.head.when
        return tuple(c.docs), c.head.subject, w.value if w else None, (q.low, q.high, q.unit) if q else None

    joined: dict[tuple, list] = {}
    for verdict, a, b in clashes:
        key = (verdict, *sorted((claim(a), claim(b)), key=repr))
        if key not in joined:
            joined[key] = [verdict, [a], [b]]
        else:
            sides = joined[key]
            if claim(a) != claim(sides[1][0]):
                a, b = b, a
            sides[1].append(a)
            sides[2].append(b)
    out = []
    for verdict, a_side, b_side in joined.values():
        pair = []
        for side in (a_side, b_side):
            cls = side[0]
            if len(side) > 1:
                cls = Class(list(dict.fromkeys(f for c in side for f in c.facts)))
                support[id(cls)] = max(support.get(id(c), 0) for c in side)
            pair.append(cls)
        out.append((verdict, *pair))
    return out


def sort_findings(findings: Iterable[Finding]) -> list[Finding]:
    return sorted(findings, key=lambda f: (SEVERITY_ORDER.get(f.severity, 9), f.rule, f.message))


def compare(facts: Iterable[Fact], docs: Mapping[str, Any] | None = None) -> list[Finding]:
    """All findings between the given facts (the whole archive, or one block of it)."""
    return Engine(docs).compare(facts)

