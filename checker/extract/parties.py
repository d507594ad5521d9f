"""Who takes part in an event the sentence does not name beside its trigger: lists, pronouns, fellow travellers."""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from checker.extract import names
from checker.model import Entity
from checker.textfold import fold
from checker.extract.context import (
    _blanked, CARRY_WORDS, _cue_pattern, Cues, DocumentContext, filed_country, Found, _own_country, Trigger,
)


def _told_aside(before: str, ctx: DocumentContext) -> bool:
    """Do the words before a trigger make its clause a background one: a verb with no subject of its own
    ('since taking office') or a relative clause ('X, who was elected ...')?"""
    tail = fold(before).text.rstrip()
    nonfinite, relative = _cue_pattern(ctx.lang, "nonfinite"), _cue_pattern(ctx.lang, "relative")
    return bool(nonfinite is not None and nonfinite.search(tail + " ")
                or relative is not None and re.search(rf"(?:{relative.pattern})\s*$", tail, re.IGNORECASE))


def _named_before(text: str, t: Trigger, found: Found, ctx: DocumentContext) -> Entity | None:
    """An unknown name of two words at least written right before the trigger, perhaps followed by
    the country it is from ('X of Egypt was elected'); None if none stands there."""
    at = t.start
    aside = _cue_pattern(ctx.lang, "verb_aside")  # 'X has previously served': words of the verb's own
    if aside is not None and (m := aside.search(fold(text[max(0, at - 40):at]).text)) is not None:
        at -= len(m.group(0))
    country = next((e for e in reversed(found.entities) if e.end <= at and e.type == "country"), None)
    origin = _cue_pattern(ctx.lang, "origin_before")  # 'X of Egypt was elected': where the person is from
    if country is not None and origin is not None and not text[country.end:at].strip():
        of = origin.search(fold(text[max(0, country.start - 12):country.start]).text)
        at = country.start - len(of.group(0)) if of is not None else at
    f = fold(text)
    pos = f.at(at)
    person = names.person_beside(text, f, pos, "before", ctx.lang, f"{ctx.lang}/names/before-event")
    if person is None or person.type != "person" or len(person.text.split()) < 2 \
            or any(e.start < person.end and person.start < e.end for e in found.entities):
        return None
    return person


def _pick_people(roles: dict, before: list[Entity], after: list[Entity], cues: Cues, t: Trigger):
    """(subject, object, further parties) among the people around a trigger, nearest first on each side."""
    near = roles.get("joint_gap") is None or after and cues.words(t.end, after[0].start) <= roles["joint_gap"]
    if roles.get("joint") and after and near:
        # 'the summit that brought together A and B': all listed are parties alike (with `joint_gap`, the
        # first of them close to the word: 'talks between A and B', not people of a clause further on)
        # ('talks between A and B have ended': the verb after B is the talks', B begins no clause of its own)
        joint = (after[0], *_listed_after(after[0], after, cues, stop=roles.get("joint_gap") is None))
        if len(joint) > 1:
            return joint[0], joint[1], joint[2:]
    if roles.get("joint_only"):  # 'talks between A and B': the parties are those listed after it, or none
        return None, None, ()
    subject, obj = _subject_object(roles, before, after, cues, t)
    hosts, guest = _hosts_of_one_guest(subject, obj, before, after, cues, t)
    if guest is not None:  # 'A and B received X': X meets both
        return guest, hosts[0], (*hosts[1:], *_listed_after(guest, after, cues))
    if obj is None and subject is not None and "object" in roles and all(_owns(e, cues) for e in after):
        # 'A and B met', 'A and B held a summit' (and the Arabic dual): the parties listed right before the trigger meet one another
        joint = _listed_before(before, cues)
        # 'A and B met with him': B is no party; past a comma 'with' tells how ('..., with no photographs')
        ahead = re.match(r"(?:[^\w,;]*\w+){0,4}", cues.text[t.end:]).end()
        # (a description set off by commas between them and the verb counts no words: 'A and B, the foreign
        # ministers of X and Y, met'; not one that names another person, 'A and B, along with C, met')
        described = _APPOSITION.fullmatch(cues.text, joint[-1].end, t.start) is not None if joint else False
        if joint and subject in joint and (cues.words(joint[-1].end, t.start) <= roles.get("object_gap", 0) or described
                                           and not any(joint[-1].end <= e.start < t.start for e in before)) \
                and not _another_party_after(t, ahead, cues):
            return joint[0], joint[1], joint[2:]
    return subject, obj, _listed_after(obj, after, cues) if obj is not None else ()


_APPOSITION = re.compile(r"\s*[,\u060c][^,;.:\u060c\u061b]{3,100}[,\u060c]\s*")


def _another_party_after(t: Trigger, ahead: int, cues: Cues) -> bool:
    """Do the words right after the trigger bring another party ('A and B met with him'), not a clause
    going on with another verb of the same two ('A and B held talks and signed ...', `goes_on`)?"""
    if not cues.marked_unframed(t.end, t.end + ahead):
        return False
    goes_on = _cue_pattern(cues.lang, "goes_on")
    words = fold(cues.text[t.end:t.end + ahead]).text
    if goes_on is not None and goes_on.match(fold(cues.text[t.end:t.end + ahead + GOES_ON_REACH]).text):
        return False  # (read past those words: the verb after 'and' may stand beyond them)
    # 'A and B held talks on trade and fisheries' (`topic_join`): the conjunction joins what was talked of
    topic = _cue_pattern(cues.lang, "topic_join")
    return topic is None or cues.with_rx is None or cues.with_rx.search(topic.sub(lambda m: " " * len(m.group()), words)) is not None


GOES_ON_REACH = 60  # characters past the words right after a trigger where the next verb of its two may stand
PASSIVE_REACH = 40  # characters before a verb that gives a post where its passive's pronoun may stand
GUEST_GAP = 2  # words between those who receive and the one received, posts and courtesy titles aside


def _hosts_of_one_guest(subject: Entity | None, obj: Entity | None, before: list[Entity], after: list[Entity],
                        cues: Cues, t: Trigger) -> tuple[tuple[Entity, ...], Entity | None]:
    """The people listed together as a meeting's subject, in reading order, and the one more person
    who follows them as its object ('A and B received X', the Arabic verb first: A and B, then X); ((),
    None) otherwise. Told so, each meets the one after them, not one another."""
    none: tuple[tuple[Entity, ...], Entity | None] = ((), None)
    if t.rule["kind"] != "meeting" or subject is None:
        return none
    if subject in after:  # the verb first: the list runs on after the subject, the guest right after it
        hosts = (subject, *_listed_after(subject, after, cues))
    else:
        joint = _listed_before(before, cues)
        hosts = joint if subject in joint and obj is not None and obj.start > t.end else ()
    if len(hosts) < 2:
        return none
    guest = next((e for e in after if e not in hosts and e.start > hosts[-1].start), None)
    if guest is None or cues.words(max(hosts[-1].end, t.end), guest.start) > GUEST_GAP \
            or _introduced_by_with(cues, max(hosts[-1].end, t.end), guest):
        return none  # 'A and B met with X' is a meeting of the list and X, as the rules read it
    return hosts, guest


def _listed_before(before: list[Entity], cues: Cues) -> tuple[Entity, ...]:
    """The people listed right before a trigger, in reading order, when the list closes with its
    conjunction ('A, B and C'); `before` is nearest first. Empty for a single person."""
    if cues.join_rx is None or len(before) < 2:
        return ()
    out = [before[0]]
    for e in before[1:]:
        gap = fold(cues.without_titles(e.end, out[0].start, out[0])).text
        m = cues.join_rx.fullmatch(gap)
        if not m or (len(out) == 1 and not m.group("and") and not _headline_pair(e, gap, cues)):
            break
        out.insert(0, e)
    return tuple(out) if len(out) > 1 else ()


def _headline_pair(first: Entity, gap: str, cues: Cues) -> bool:
    """'A, B to meet', 'A, B hold talks': a headline writes the conjunction between two names as a
    comma. Read so only where the comma alone joins them and the first opens the sentence (its post
    aside): in running text 'A, B' is a name and its description, or a list not yet closed."""
    return gap.strip() in (",", "\u060c") and not fold(cues.without_titles(0, first.start, first)).text.strip(" \"'\u201c\u201d\u2018\u2019")


def _listed_after(first: Entity, after: list[Entity], cues: Cues, stop: bool = True) -> tuple[Entity, ...]:
    """The people listed right after `first` ('A, B and C', or 'A and the president B' in Arabic): each joined to the one
    before it by the `list_join` pattern only, once the posts written before their names are left out. With
    `stop`, a verb right after the one joined by the conjunction (`list_stop`) makes them a clause's subject."""
    join = cues.join_rx
    if join is None or first not in after:
        return ()
    out, last, closed = [], first, 0
    for e in after[after.index(first) + 1:]:
        m = join.fullmatch(fold(cues.without_titles(last.end, e.start, e)).text)
        if not m:
            break
        out.append(e)
        last = e
        if m.group("and"):
            if stop and cues.stop_rx is not None and cues.stop_rx.match(fold(cues.text[e.end:e.end + 40]).text):
                break  # 'visit A, and B will host ...': B begins a clause of its own, and closes no list
            closed = len(out)
    close = _cue_pattern(cues.lang, "list_close")
    if out and closed < len(out) and close is not None and close.match(fold(cues.text[last.end:last.end + 60]).text):
        closed = len(out)  # 'A, B, C and other officials': a conjunction with a description closes it too
    # a list ends with its conjunction: 'with A, Trump thanked them' lists nobody after A
    return tuple(out[:closed])


def _listed_first(before: list[Entity], cues: Cues, t: Trigger | None = None) -> Entity:
    """The first of the people listed right before a subject-first trigger ('President A and first lady B
    will travel': A), joined as _listed_after joins them; `before` is nearest first. A verb in the singular
    right before the trigger (`singular_before`: 'A and B has resigned') has the last one alone for subject."""
    first = before[0]
    if cues.join_rx is None:
        return first
    singular = _cue_pattern(cues.lang, "singular_before") if t is not None else None
    if singular is not None and singular.fullmatch(fold(cues.text[first.end:t.start]).text):
        return first
    for e in before[1:]:
        if not cues.join_rx.fullmatch(fold(cues.without_titles(e.end, first.start, first)).text):
            break
        first = e
    return first


def _owns(e: Entity, cues: Cues) -> bool:
    """Is the person written with a possessive (`owner_after`: 'welcomed X's decision', 'X's office said')?
    Then X owns what follows and is no party of the event."""
    owner = _cue_pattern(cues.lang, "owner_after")
    return owner is not None and owner.match(fold(cues.text[e.end:e.end + 4]).text) is not None


def _joined_first(before: list[Entity], cues: Cues) -> Entity:
    """_listed_first where a conjunction or a comma joins the list (`list_joined` in events.yaml); two
    names side by side are two parties (a host and the guest received), not one list."""
    first = _listed_first(before, cues)
    joined = _cue_pattern(cues.lang, "list_joined")
    gap = fold(cues.without_titles(first.end, before[0].start, before[0])).text if first is not before[0] else ""
    return first if gap and joined is not None and joined.search(gap) else before[0]


def _witness(e: Entity, t: Trigger, cues: Cues) -> bool:
    """Is the person the one before whom the event takes place (the `witness` pattern of events.yaml
    right before them, their post aside), after the trigger or before it ('sworn in before the president
    X ..., and the swearing-in ceremony was held')?"""
    if e.start >= t.end:
        return _cue_right_before(e, t.end, cues, "witness")
    # before the trigger, only words that tell nothing else ('before' is a time as often)
    return _cue_right_before(e, max(0, e.start - WITNESS_REACH), cues, "witness_told_before")


def _in_era_of(e: Entity, t: Trigger, cues: Cues) -> bool:
    """Is the person after the trigger the one in whose time the event took place ('prime minister in
    the era of President X', the `era_of` pattern of events.yaml right before them, their post aside)?"""
    return e.start >= t.end and _cue_right_before(e, t.end, cues, "era_of")


def _cue_right_before(e: Entity, start: int, cues: Cues, cue: str) -> bool:
    """Does the events.yaml pattern `cue` end right before the person, looked for from `start`, their post aside?"""
    rx = _cue_pattern(cues.lang, cue)
    return rx is not None and cues.marked_before(start, e, rx)


WITNESS_REACH = 60  # characters before a person told before the trigger where the witness word may stand


def _introduced_by_with(cues: Cues, start: int, e: Entity) -> bool:
    """Does the gap before the person introduce the other party (`with`), its word glued to the name as
    a clitic (the Arabic preposition bi- written on 'the king X', the name read from the article on)
    counted too? Not where the words right after 'with' name the party unnamed and close it
    (`with_unnamed`: 'discussed with his guest, the latest events after President X's decision' met
    the guest, not X)."""
    glued = e.start > start and not cues.text[e.start - 1].isspace()
    if cues.with_rx is None:
        return False
    folded = fold(cues.text[start:e.start + 1 if glued else e.start]).text
    ends = [m.end() for m in cues.with_rx.finditer(folded)]
    unnamed = _cue_pattern(cues.lang, "with_unnamed") if ends else None
    return bool(ends) and (unnamed is None or not any(unnamed.match(folded, at) for at in ends))


WITH_WORDS_BEFORE = 2  # words right before a person, posts aside, among which 'with' makes them another party


def _with_right_before(cues: Cues, start: int, e: Entity) -> bool:
    """Does a `with_word` of events.yaml stand among the last WITH_WORDS_BEFORE words before the person,
    their post aside ('then with deputy X')?"""
    rx = _cue_pattern(cues.lang, "with_word")
    if rx is None:
        return False
    last = fold(cues.without_titles(start, e.start, e)).text.split()[-WITH_WORDS_BEFORE:]
    return bool(rx.search(" ".join(last)))


def _subject_object(roles: dict, before: list[Entity], after: list[Entity], cues: Cues, t: Trigger):
    wants_object = "object" in roles
    # (the first one after a trigger whose own words end on 'with', 'X held meetings with', from the
    # trigger's start: the subject stands before it)
    first = t.start if roles.get("order", "vs") == "sv" else t.end
    marked = next((e for i, e in enumerate(after)
                   if _introduced_by_with(cues, after[i - 1].end if i else first, e) and not _owns(e, cues)), None) if wants_object else None
    if marked is not None:  # 'X met with Y': Y is the other party
        ahead = after[:after.index(marked)]
        rest = after[after.index(marked) + 1:]
        if roles.get("order", "vs") == "sv" and before and ahead:  # 'X met A and B': A is the other party
            return _listed_first(before, cues), ahead[0]
        if ahead and not before and marked in _listed_after(ahead[-1], after, cues):
            # 'will meet A and B' with the subject unnamed: A and B are the other parties, not a pair
            return None, ahead[0]
        if roles.get("subject_before"):  # 'X plans to meet A and B': the subject is told before the word
            return (_listed_first(before, cues) if before else None), (ahead or [marked])[0]
        listed = _listed_first(before, cues) if before and roles.get("order", "vs") == "sv" else None
        # ('In a call with X on Friday, Y discussed': the one after the party; one named with a possessive
        # there owns what follows, 'with X, Y's office said', and met nobody)
        # (nor one 'with' or 'and' stands right before, a word aside: 'meetings with A, then with deputy B')
        # (nor one joined to the other party by a conjunction, another party of a list the names did not
        # join: 'with King X, and his crown prince, Prince Y', `joined_party`)
        joined = _cue_pattern(cues.lang, "joined_party")
        subject = (ahead or ([listed] if listed else before) or [
            e for e in rest if e not in _listed_after(marked, after, cues) and not _owns(e, cues)
            and not _with_right_before(cues, after[after.index(e) - 1].end, e)
            and not (joined is not None and joined.match(fold(cues.text[marked.end:e.start]).text))] or [None])[0]
        return subject, marked
    # one before whom the event takes place ('sworn in before President X', the Arabic amam), or in whose time
    # it took place ('under President X'), is no party
    after = [e for e in after if not _witness(e, t, cues) and not _in_era_of(e, t, cues)]
    if t.rule["kind"] == "appointment":  # ('sworn in before X, ..., and the ceremony was held': no one X swore in)
        before = [e for e in before if not _witness(e, t, cues)]
    if roles.get("order", "vs") == "vs":
        if after and any(t.end <= a and b <= after[0].start for a, b in cues.asides):
            # 'will meet, during her visit to X, the president Y': the subject stands before the
            # trip told aside (or was told before); the people after it are the other parties
            subject, others = (before or [None])[0], after
        elif after and (len(after) > 1 or not wants_object or not before):
            subject, others = after[0], after[1:]
        else:  # of people listed before the trigger, joined by a conjunction ('X and the first lady Y'), the first
            plural = _cue_pattern(cues.lang, "plural_visit")  # a plural verb makes each one listed a visitor itself
            alone = plural is not None and plural.fullmatch(fold(cues.text[t.start:t.end]).text)
            subject, others = ((before[0] if alone else _joined_first(before, cues)) if before else None), after
    else:
        # nobody before the trigger: the first person after it, unless a rule without another party
        # finds them after 'with' ('will return to X for talks with Y': Y is whom the visit is for)
        free = [e for e in after if "object" in roles or not cues.marked_before(t.end, e)]
        subject = _listed_first(before, cues, t) if before else None if roles.get("subject_before") else (free or [None])[0]
        others = [e for e in after if e is not subject]
    obj = None
    if wants_object and others:
        first = others[0]
        gap_from = subject.end if subject is not None and subject.end <= first.start and subject.start >= t.end else t.end
        if gap_from == getattr(subject, "end", None) and subject.bare_post and subject.end <= subject.bare_post[0] \
                and subject.bare_post[1] <= first.start:
            gap_from = subject.bare_post[1]  # the subject's own post after its name ('X, emir of the country,') is no word between
        # the post written before the name without its country ('met Premier X') is no word between
        upto = min(first.bare_post[0], first.start) if first.bare_post and first.bare_post[0] >= gap_from else first.start
        if upto == first.start:  # (or one the names did not keep with a name read another way: 'King X, monarch of Y')
            upto = next((gap_from + a for a, b in names.bare_posts(cues.text[gap_from:first.start], cues.lang)
                         if not cues.text[gap_from + b:first.start].strip()), upto)
        # the building where the one met is received, told right after the verb ('received at the palace the
        # minister X', `venue_gap`), is no word between
        venue = _cue_pattern(cues.lang, "venue_gap") if gap_from == t.end else None
        gap = fold(cues.text[gap_from:upto]) if venue is not None else None
        if gap is not None and (m := venue.match(gap.text)):
            gap_from += gap.span(0, m.end())[1]
        # 'welcomed X's decision': X owns what was met, no party
        # 'the consultative meeting of the Arab foreign ministers' (`genitive` right before a group): the
        # group holds the meeting, and is no party met by the one named before it
        genitive = _cue_pattern(cues.lang, "genitive") if first.type == "group" else None
        held_by = genitive is not None and genitive.search(fold(cues.text[max(0, first.start - 12):first.start]).text)
        # (a post in capitals before the courtesy title of the name: right after the trigger only, as after
        # a person it is as often that person's own post, set off without a comma)
        if (cues.words(gap_from, upto) <= roles.get("object_gap", 0) or gap_from == t.end and cues.styled_post(gap_from, upto)) \
                and not cues.gap_stopped(gap_from, upto) and not _owns(first, cues) and not held_by:
            obj = first
    return subject, obj


def _visitor_named_by(t: Trigger, text: str, hi: int, after: list[Entity], cues: Cues,
                      ctx: DocumentContext) -> list[Entity] | None:
    """A visit's noun with its agent after 'by' ('a visit to Lima by the Chilean president X', `agent`
    in events.yaml): the people from the one named right after 'by' on; empty where a describing noun
    phrase in lower case stands where the name would ('by a Gulf leader' names nobody); None where no
    'by' follows the word, or nothing but capitalised words follow it."""
    agent = _cue_pattern(ctx.lang, "agent") if t.rule["kind"] == "visit" else None
    noun = _cue_pattern(ctx.lang, "agent_noun")
    # `agent_noun` is anchored at the trigger's end; the 12 characters before it hold the longest
    # auxiliary its lookbehinds refuse ('should ', 7) with room for a doubled space
    if agent is None or noun is None or not noun.search(fold(text[max(0, t.start - 12):t.end]).text):
        return None
    folded = fold(text[t.end:hi])
    m = agent.match(folded.text)
    if m is None:
        return None
    by = t.end + folded.span(m.start(), m.end())[1]
    first = next((k for k, e in enumerate(after) if e.start >= by), None)
    # the post before the name, read as a title or not, is capitalised ('by Saudi Foreign Minister X');
    # a word in lower case there describes someone else ('by a Gulf leader since 1989, when X'); with
    # nobody named after 'by', the words up to the window's end are read the same way
    gap = cues.without_titles(by, after[first].start, after[first]) if first is not None else text[by:hi]
    if any(w[:1].islower() and w not in ("a", "an", "the", "of") for w in gap.split()):
        return []
    return after[first:] if first is not None else None


def _going_with(cue: str, at: int, found: Found, cues: Cues, ctx: DocumentContext) -> frozenset[int] | None:
    """The people of a sentence (by id) a cue marks as going along or inviting, whatever the
    trigger: worked out once per sentence, not once per trigger. None: the language has no such cue."""
    marker = _cue_pattern(ctx.lang, cue)
    if marker is None:
        return None
    kept = ctx._going.get((cue, at))
    if kept is not None and kept[0] is found:
        return kept[1]
    # ('at the invitation of X, Y will visit', 'on behalf of X, Y met': a comma closes the phrase that opens the sentence)
    going = frozenset(marked_people(marker, (x for x in found.entities if x.type == "person"), 0, cues,
                                    comma_closes=cue in COMMA_CLOSED))
    ctx._going[cue, at] = (found, going)
    return going


COMMA_CLOSED = ("inviter", "sender")  # cues of a phrase a comma may close ('At the invitation of X, Y will visit')
GOING_REACH = 60  # characters before a person where the cue that marks them as going along may stand


def marked_people(marker: re.Pattern, people: Iterable[Entity], floor: int, cues: Cues,
                  comma_closes: bool = False) -> set[int]:
    """The people (by id, in reading order) a cue marks, looked for from `floor` on and at most GOING_REACH
    before each, posts blanked; and those joined to one so marked ('accompanied by X and Y')."""
    out: set[int] = set()
    people = list(people)
    for k, e in enumerate(people):
        prev = people[k - 1] if k else None
        lo = max(floor, e.start - GOING_REACH, prev.end if prev is not None else 0)
        if marker.search(fold(cues.without_titles(lo, e.start, e)).text) is not None or (
                prev is not None and id(prev) in out and (m := _joined_to(cues, prev, e)) is not None
                # with `comma_closes`, a comma alone joins only a list that goes on from the name to the next ('at
                # the invitation of X, Y and Z'); else it closes the phrase ('at the invitation of X, Y will visit')
                and (not comma_closes or m.groupdict().get("and")
                     or k + 1 < len(people) and _joined_to(cues, e, people[k + 1]) is not None)):
            out.add(id(e))
    return out


def _joined_to(cues: Cues, a: Entity, b: Entity) -> re.Match | None:
    """The join between two people listed one after the other ('A, B', 'A and B'), their posts aside; the
    comma that sets a name off after its post ('and the Dutch Prime Minister, X') joins nothing."""
    if cues.join_rx is None:
        return None
    return cues.join_rx.fullmatch(_comma_dropped(fold(cues.without_titles(a.end, b.start, b)).text))


def _comma_dropped(gap: str) -> str:
    """A gap without the comma it ends with, the spaces before it kept."""
    kept = gap.rstrip()
    return kept[:-1] + " " if kept.endswith(",") else gap


_BODY_BEFORE = re.compile(r"(?:[A-Z][\w'’-]*\s+){1,3}$")  # capitalised words right before a post


def _travelling_with(t: Trigger, after: list[Entity], found: Found, cues: Cues, ctx: DocumentContext) -> list[Entity]:
    """The people a visit's trigger tells as travelling with its visitor ('is coming back Sunday with
    X and Y'; the `travels_with` pattern of events.yaml), the list running on over its joins; posts
    and the bodies that name them ('European Commission President') aside."""
    rx = _cue_pattern(ctx.lang, "travels_with")
    out: list[Entity] = []
    if rx is None:
        return out
    bodies = [(x.start, x.end) for x in found.entities if x.type == "organisation"]
    for e in (x for x in after if x.type == "person"):
        gap_from = out[-1].end if out else t.end
        post = e.bare_post
        if post is not None:  # the capitalised words of the body a post names before it ('European Commission President')
            body = _BODY_BEFORE.search(cues.text, max(gap_from, post[0] - 60), post[0])
            post = (body.start() if body else post[0], post[1])
        spans = [*cues.titles, *bodies, *([post] if post else [])]
        gap = fold(_blanked(cues.text, gap_from, e.start, spans)).text
        if not (rx.fullmatch(gap) if not out else cues.join_rx is not None and cues.join_rx.fullmatch(_comma_dropped(gap))):
            break
        out.append(e)
    return out


POSTS_LANGUAGE = "en"  # the language posts are named in (rules/common/titles.yaml), so matched with its rules


def _travels_too(person: Entity, ctx: DocumentContext) -> bool:
    """Does one who goes along on a visit visit too? A head of state or government or of an
    international body does (the `fellow_traveller` pattern of events.yaml, on the post the person is
    named with); nobody whose post is not told."""
    rx = _cue_pattern(POSTS_LANGUAGE, "fellow_traveller")  # posts are named in English whatever the text's language
    if rx is None or person.type != "person" or person.past:
        return False
    held = person.title or ctx.posts.get(person.name) or (
        ctx.offices[person.name].post or ctx.offices[person.name].office if person.name in ctx.offices else None)
    return held is not None and rx.fullmatch(held) is not None


def _spouse(person: Entity, text: str, ctx: DocumentContext) -> bool:
    """Is the person named as a head's spouse (`spouse_post` of events.yaml, on the post in English, or
    the office of the post without its country written before the name in `text`)? One who goes along,
    listed with the head before a plural verb or not."""
    rx = _cue_pattern(POSTS_LANGUAGE, "spouse_post")
    held = person.title or ctx.posts.get(person.name) or (
        names.office_of(text, person.bare_post, ctx.lang.code) if person.bare_post else None)
    return rx is not None and held is not None and rx.fullmatch(held) is not None


def _pair_told_before(t: Trigger, ctx: DocumentContext, cues: Cues, sentence_start: int, found: Found):
    """The two people 'the two leaders' / the dual (`pair` in events.yaml) next to a trigger stands for:
    the two parties of the latest fact of this or the previous sentence, else the two people the
    previous sentence names; any other count: no guess. Placed at the words that stand for them.
    A plural pronoun right before the trigger (`pair_pronoun`: 'as they met') stands for the two
    people this sentence names before it, joined as one list ('X and Y said ... as they met'), only."""
    if any(s <= t.start and t.end <= e for s, e in cues.quotes):
        return None
    joined = _joined_pair(t, cues, ctx, found)
    if joined is not None:
        return joined
    pair = _cue_pattern(ctx.lang, "pair")
    if pair is None and _cue_pattern(ctx.lang, "pair_on") is None:
        return None
    c_lo, c_hi = cues.clause(t.start, t.end)
    text = cues.text
    near = [(m, c_lo) for m in (pair.finditer(fold(text[c_lo:t.start]).text) if pair else ())
            if len(fold(text[c_lo:t.start]).text[m.end():].split()) <= CARRY_WORDS]
    near += [(m, t.end) for m in (pair.finditer(fold(text[t.end:c_hi]).text) if pair else ())
             if len(fold(text[t.end:c_hi]).text[:m.start()].split()) <= CARRY_WORDS]
    if near:
        m, base = near[0]
        folded = fold(text[base:t.start] if base == c_lo else text[t.end:c_hi])
        s, e = folded.span(*m.span())
        s, e = base + s, base + e
    else:  # the dual pronoun written on the trigger (after their meeting, as one word)
        word = _possessed(t, text, ctx, "pair_on")
        if word is None:
            return None
        s, e = word
    latest = ctx.last_pair if ctx.last_pair_in in (sentence_start, ctx.previous_start) else None
    people = latest or (tuple(ctx.previous_people) if len(ctx.previous_people) == 2 else None)
    if people is None and near:
        people = _pair_by_nationality(text[e:], ctx)
    if people is None:
        return None
    return tuple(replace(p, text=text[s:e], start=s, end=e, rule="carried/pair", bare_post=None) for p in people)


def _joined_pair(t: Trigger, cues: Cues, ctx: DocumentContext, found: Found):
    """The two people a plural pronoun right before the trigger stands for (`pair_pronoun`): the two
    the sentence names before it as one list (the gap between them `join_rx`), and no one else before it."""
    rx = _cue_pattern(ctx.lang, "pair_pronoun")
    if rx is None or cues.join_rx is None:
        return None
    lo = max(0, t.start - PAIR_PRONOUN_REACH)
    folded = fold(cues.text[lo:t.start])
    m = next(reversed(list(rx.finditer(folded.text))), None)
    if m is None or len(folded.text[m.end():].split()) > CARRY_WORDS:
        return None
    s, e = (lo + x for x in folded.span(*m.span()))
    people = [p for p in found.entities if p.type == "person" and p.end <= s]
    if len(people) != 2 or people[0].name == people[1].name \
            or not cues.join_rx.fullmatch(_comma_dropped(fold(cues.without_titles(people[0].end, people[1].start, people[1])).text)):
        return None
    return tuple(replace(p, text=cues.text[s:e], start=s, end=e, rule="carried/pair", bare_post=None) for p in people)


PAIR_PRONOUN_REACH = 40  # characters before a trigger where the plural pronoun that is its subject stands


SIDES_REACH = 60  # characters before a place where 'between' and the side before it may stand


def _a_side_between(place: Entity, cues: Cues) -> bool:
    """Is the place one side of a pair told after 'between' (`sides_between`: 'ties between Kenya and
    Ghana')? Those the event concerns, not where it is."""
    rx = _cue_pattern(cues.lang, "sides_between")
    return rx is not None and rx.search(fold(cues.text[max(0, place.start - SIDES_REACH):place.start]).text) is not None


_BRACKET_OPEN = re.compile(r"[ \t\u00a0]*\([ \t\u00a0]*\Z")
_BRACKET_CLOSE = re.compile(r"[ \t\u00a0]*\)")
_TWO_WORDS_BEFORE = re.compile(r"(\w+)\s+(\w+)[.'’]?\Z")  # the two words before a bracket


def _whose_in_brackets(place: Entity, found: Found, text: str) -> bool:
    """Is the place written in brackets right after a person's name ('Ambassadors X (Chile), Y (Japan)')?
    It tells whose country that person serves or comes from, not where an event is; after a common noun
    or a town's one-word name it is the place itself ('visited the capital (Lima)', 'visited Ho (Ghana)')."""
    if not _BRACKET_CLOSE.match(text, place.end):
        return False
    opened = _BRACKET_OPEN.search(text, max(0, place.start - 6), place.start)
    if opened is None:
        return False
    # after a name: one read as a person's, or two capitalised words the names did not read ('Ambassadors
    # X Y (Chile)'); one word is as often a town the gazetteer lacks ('visited Ho (Ghana)')
    words = _TWO_WORDS_BEFORE.search(text[max(0, opened.start() - 60):opened.start()])
    return any(e.type == "person" and opened.start() - 2 <= e.end <= opened.start() for e in found.entities) \
        or words is not None and words.group(1)[:1].isupper() and words.group(2)[:1].isupper()


def _in_a_title(place: Entity, cues: Cues) -> bool:
    """Is the place a word of a post the titles read ('the Sultan of Oman X', written in Arabic with the
    country after the office)? Whose post it is, not where the event is."""
    return any(a <= place.start and place.end <= b for a, b in cues.titles)


def _names_a_post(place: Entity, found: Found, cues: Cues) -> bool:
    """Is a country part of a post, inside a title or right before a post written without its
    country ('United Arab Emirates President X')? Then it is whose post, not where an event is."""
    posts = [*cues.titles, *(e.bare_post for e in found.entities if e.type == "person" and e.bare_post)]
    return _in_a_title(place, cues) or any(place.end <= a and not cues.text[place.end:a].strip() for a, b in posts)


def _group_told_before(t: Trigger, ctx: DocumentContext, cues: Cues):
    """The people 'the three leaders' (`group_of` in events.yaml, its count read with the lexicon
    group_counts) right before a trigger stands for: the visitor and fellow travellers of the latest
    visit told with fellows, when they are as many; else no guess."""
    rx = _cue_pattern(ctx.lang, "group_of")
    told = ctx.travellers
    if rx is None or told is None:
        return None
    c_lo = cues.clause(t.start, t.end)[0]
    folded = fold(cues.text[c_lo:t.start])
    m = next((m for m in rx.finditer(folded.text) if len(folded.text[m.end():].split()) <= CARRY_WORDS), None)
    if m is None or ctx.lang.rules("events").lookup("group_counts", m.group("count")) != len(told):
        return None
    s, e = folded.span(*m.span())
    return tuple(replace(p, text=cues.text[c_lo + s:c_lo + e], start=c_lo + s, end=c_lo + e, rule="carried/group",
                         bare_post=None) for p in told)


def _pair_by_nationality(after: str, ctx: DocumentContext) -> tuple[Entity, Entity] | None:
    """'The two presidents, the Mauritanian and the Algerian' (`pair_nationalities` right after the
    dual): the person named earlier whose country each is; one country unmatched may be the one other
    person named earlier whose country the text does not give. Anything else: no guess."""
    rx = _cue_pattern(ctx.lang, "pair_nationalities")
    m = rx.match(fold(after).text) if rx is not None else None
    if m is None:
        return None
    lookup = ctx.lang.rules("titles").lookup
    wanted = [lookup("nationality", m.group("first")), lookup("nationality", m.group("second"))]
    if None in wanted or wanted[0] == wanted[1]:
        return None
    found = []
    for country in wanted:
        held = {p.name: p for p in ctx.recent if _own_country(p, ctx)[0] == country}
        found.append(next(iter(held.values())) if len(held) == 1 else None)
    if found.count(None) == 1:
        taken = next(p for p in found if p is not None)
        untold = {p.name: p for p in ctx.recent if p.name != taken.name and _own_country(p, ctx)[0] is None}
        found = [p if p is not None else (next(iter(untold.values())) if len(untold) == 1 else None) for p in found]
    return (found[0], found[1]) if None not in found else None


def _speaks_of_own(gap: str, reported: re.Pattern, ctx: DocumentContext) -> bool:
    """Whether a person, `gap` before a subject-first trigger, is its subject: no verb of saying
    between them, or one followed by a pronoun next to the trigger ('X said she would travel to Y',
    'X said on Tuesday during his visit to Y') or by a verb with no subject of its own ('X spoke after
    talks with Y'): in the clause said, the speaker is who the pronoun stands for."""
    ends = _cue_pattern(ctx.lang, "clause_end")
    if ends is not None:
        # 'X will pay, his office said, a visit': a saying set off by commas is an aside, its speaker
        # someone else, and X stays the subject
        pieces = ends.split(gap)
        if len(pieces) > 2:
            gap = " ".join([pieces[0], *(p for p in pieces[1:-1] if not reported.search(p)), pieces[-1]])
    m = None
    for m in reported.finditer(gap):
        pass
    if m is None:
        return True
    said = gap[m.end():]
    nonfinite = _cue_pattern(ctx.lang, "nonfinite")
    if nonfinite is not None and nonfinite.search(said):
        return True
    carry = _cue_pattern(ctx.lang, "carry")
    side = list(carry.finditer(said)) if carry is not None else []
    return bool(side) and len(said[side[-1].end():].split()) <= CARRY_WORDS


DESTINATION_WORDS = 3  # words between a trip's trigger and its place ('will head on Tuesday to X')
FRONTED_GAP = 3  # words between an opening clause and the main clause's subject ('newly appointed')
LIST_REACH = 600  # characters back to the fact whose subject a list's items go on with (a list's lead-in between)


def _carried(t: Trigger, before: list[Entity], after: list[Entity], ctx: DocumentContext, cues: Cues,
             roles: dict, lo: int, hi: int, sentence_start: int, found: Found, chained: bool) -> Entity | None:
    """The earlier participant a trigger's subject stands for, placed at the words that stand for it.
    Only where the clause names no person on the subject's side: a post without its country and
    without a name ('the president will travel') -> the latest person named with that post; a
    pronoun ('he will meet', `carry` in events.yaml) -> the subject of the latest fact, else the one
    person the previous sentence names; a verb that begins its clause (`lead`: Arabic verb-first
    continuations, 'and will travel to Tokyo'), or a subject-first trigger right after another one of
    its clause ('X will travel to Lahore to meet Y') -> the subject of the latest fact."""
    text = cues.text
    item = _cue_pattern(ctx.lang, "list_item")
    if item is not None and not before and item.fullmatch(text[:t.start]):
        # an item of a list that begins with the event ('- Receiving X', '- Meeting with Y'): the
        # schedule of the one the list's first item went on with, else of the one the text has just told of
        told, told_in = ctx.list_subject or (ctx.last_subject, ctx.last_subject_in)
        if told is not None and told_in is not None and sentence_start - told_in <= LIST_REACH:
            ctx.list_subject = (told, sentence_start)
            return replace(told, text="", start=t.start, end=t.start, rule="carried/list", bare_post=None)
    # a quotation speaks for its speaker ('I', 'we'), not for the narrative's subject; a post it names
    # without a name ('the president will meet') is still the one the text has named with it
    quoted = any(s <= t.start and t.end <= e for s, e in cues.quotes)
    c_lo, c_hi = cues.clause(t.start, t.end)
    here = ctx.last_subject if ctx.last_subject_in == sentence_start else None  # the subject of this sentence's latest fact
    carry = _cue_pattern(ctx.lang, "carry")  # a pronoun, or words that stand for someone told before
    fronted = _cue_pattern(ctx.lang, "fronted") if not before and c_lo == 0 and c_hi < len(text) and (
        roles.get("carry") or carry is not None and carry.search(fold(text[:t.start]).text)) else None
    if fronted is not None and fronted.match(fold(text[:c_hi]).text):
        # 'Since assuming office in 2022, X has ...', 'After being sworn in, X took office': a post taken
        # up in a clause without a subject of its own that opens the sentence is the main clause's
        # subject's, named right after it; so is the pronoun of such a clause ('Marking his first
        # visit to Y, X arrived'), which looks forward to the subject, not back
        main = next((e for e in found.entities if e.type == "person" and e.start > c_hi), None)
        if main is not None and cues.words(c_hi + 1, main.start) <= FRONTED_GAP:
            return replace(main, text="", start=t.start, end=t.start, rule="carried/fronted", bare_post=None)
    if roles.get("order", "vs") == "sv":
        gap = post_gap = (max(lo, c_lo), t.start)
        relative = _cue_pattern(ctx.lang, "relative")
        if relative is not None and c_lo > 0 and relative.fullmatch(fold(text[c_lo:t.start]).text.strip()):
            # 'The Chancellor, who took office in May': the post before the comma stands for the subject
            post_gap = (max(lo, cues.clause(c_lo - 1, c_lo - 1)[0]), t.start)
        # a person earlier in the clause: a pronoun is theirs, and an earlier trigger told the event;
        # a trigger right after that one ('X will travel to Lahore to meet Y') shares its subject
        # a phrase with no verb of its own after a comma ('X's third visit, following earlier visits to Y')
        # goes on with the clause before it (`clause_goes_on`)
        goes_on = _cue_pattern(ctx.lang, "clause_goes_on")
        e_lo = cues.clause(c_lo - 1, c_lo - 1)[0] if goes_on is not None and c_lo > 0 and goes_on.match(
            fold(text[c_lo:t.start]).text.lstrip(" ,")) else c_lo
        earlier = [e for e in found.entities if e.type == "person" and e_lo <= e.start and e.end <= lo]
        if earlier and chained and not before and not quoted:
            antecedent = _relative_antecedent(text, t.start, found, ctx)
            if antecedent is not None:  # after '..., who ...': the relative clause's antecedent's, if named
                return replace(antecedent[0], text="", start=t.start, end=t.start, rule="carried/clause",
                               bare_post=None) if antecedent else None
            other = _cue_pattern(ctx.lang, "other_event")
            if here is not None and ctx.last_kind == t.rule["kind"] and not (
                    other is not None and other.search(fold(text[max(c_lo, t.start - 30):t.start]).text)) \
                    and not _another_destination(t, here, found, ctx, text, c_hi, sentence_start):
                # 'arrived in Moscow on his first trip to Russia': the same event told again; not one
                # told as another ('his third visit, following earlier visits to Y': `other_event`)
                return None
            return replace(here or earlier[-1], text="", start=t.start, end=t.start, rule="carried/clause",
                           bare_post=None)
        if earlier or before:
            return None
    else:
        # up to the first person after the trigger, and the title written before them ('with the Chinese
        # president X': 'president' there is X's, no subject told before)
        upto = min(min(after[0].bare_post[0], after[0].start) if after and after[0].bare_post else after[0].start if after else hi, c_hi)
        upto = min([a for a, b in cues.titles if t.end <= a and b <= upto and not text[b:upto].strip(" ,\u060c")] + [upto])
        gap = post_gap = (t.end, upto)
        earlier = [e for e in found.entities if e.type == "person" and c_lo <= e.start and e.end <= lo]
        programme = _cue_pattern(ctx.lang, "trip_programme")
        if (earlier or here is not None) and not before and after and not quoted and ctx.last_kind == "visit" and (
                any(t.end <= a and b <= after[0].start for a, b in cues.asides)
                or programme is not None and programme.search(fold(text[max(c_lo, t.start - 30):t.start]).text)):
            # 'arrived in Y on a visit during which he will meet Z' as Arabic writes it (the verb, 'during
            # it', Z), or 'a visit that includes talks with Z' (`trip_programme`): the trip is the one the
            # sentence has told (in this clause or, after a comma, the one before), its traveller meets those after it
            return replace(here or earlier[-1], text="", start=t.start, end=t.start, rule="carried/clause", bare_post=None)
        if earlier and chained and not before and not after and not quoted:
            # 'X began his tour with a visit to Y' as Arabic writes it (the verb, X, the tour, the visit):
            # a trigger right after one that made nothing goes on with the person of its clause
            return replace(earlier[-1], text="", start=t.start, end=t.start, rule="carried/clause", bare_post=None)
        word = None if quoted else _possessed(t, text, ctx, "carry_on")
        if word is not None:  # 'during his meeting X' written as one word: X is no subject, the pronoun is
            if before and _possessed(t, text, ctx, "received_on") is None:
                return None  # the person before it is the one the pronoun stands for (not the host of 'X among his receivers')
            latest = _latest_subject(t, ctx, sentence_start)
            return replace(latest, text=text[word[0]:word[1]], start=word[0], end=word[1], rule="carried/pronoun",
                           bare_post=None) if latest is not None else None
    theirs = _cue_pattern(ctx.lang, "possessed_party")
    spans = [(s + post_gap[0], e + post_gap[0]) for s, e in names.bare_posts(text[post_gap[0]:post_gap[1]], ctx.lang)]
    fronting = _cue_pattern(ctx.lang, "post_fronted") if roles.get("order", "vs") == "vs" and not before else None
    if fronting is not None:
        # a verb-first language's clause told subject first after 'that' ('said that the prime minister
        # will meet Y'): the post right before the verb is its subject's
        spans += [(s + c_lo, e + c_lo) for s, e in names.bare_posts(text[c_lo:t.start], ctx.lang)
                  if not text[e + c_lo:t.start].strip() and fronting.search(fold(text[c_lo:s + c_lo]).text)]
    for s, e in spans:
        if roles.get("order", "vs") == "vs" and any(p.type == "person" and 0 <= p.start - e <= 2 for p in found.entities):
            continue  # after the verb, the post of the person named right after it ('will meet President X')
        if theirs is not None and any(p.type == "person" and 0 <= p.start - e <= 2 and theirs.match(fold(text[p.end:t.start]).text)
                                      for p in found.entities):
            continue  # "President X's spokesman arrived": the post is X's, who is not the subject
        titles = names.find_titles(text, ctx.lang)
        if names.office_of(text, (s, e), ctx.lang, former=True) is not None \
                or any(t.past and t.start <= s and e <= t.end for t in titles):
            return None  # a post told as held before ('the last prime minister to visit'): no one named now
        # the post with the country written before it ('the Greek PM'), which a title reads: that country's only
        told = next((t for t in titles if t.start <= s and e <= t.end and t.country), None)
        for person in reversed(ctx.recent):
            held = (None if person.past else person.title) or ctx.posts.get(person.name)
            country = (names.posts().get(held) or {}).get("country") if held else None
            if country and (told.post if told else names.post_for(text, (s, e), country, ctx.lang)) == held:
                return replace(person, text=text[s:e], start=s, end=e, rule="carried/post", bare_post=None)
        # else the one person named with this office written without its country ('Prime Minister
        # Tomas Kvell', 'President X'): the post the catalogue's country gives them, or, for a person
        # the catalogue lacks, any post of a country known for them; two so named ('Premier Lin' and
        # 'Prime Minister Kvell' both may be 'the Prime Minister') leave it open
        office = names.office_of(text, (s, e), ctx.lang)
        named = [p for p in ctx.recent if office and p.name in ctx.offices and ctx.offices[p.name].office == office]
        traveller = ctx.last_subject if ctx.last_kind == "visit" and ctx.last_subject_in in (
            sentence_start, ctx.previous_start) else None
        if traveller is not None and [p.name for p in named if p.name not in ctx.inviters] == [traveller.name]:
            # one so named is the traveller of the trip just told, the others only invited it: the text
            # goes on with the traveller, whose country it need not have told
            named = [p for p in named if p.name == traveller.name]
        else:
            traveller = None
        if len(named) == 1:
            person = named[0]
            held = ctx.offices[person.name].post
            if held is not None:
                country = names.posts().get(held, {}).get("country") or ""
                fits = (told.post if told else names.post_for(text, (s, e), country, ctx.lang)) == held
            else:
                own = _own_country(person, ctx)[0]
                fits = not (person.title or ctx.posts.get(person.name)) and (
                    traveller is not None or own is not None) and (told is None or own == told.country)
            if fits:
                return replace(person, text=text[s:e], start=s, end=e, rule="carried/post", bare_post=None)
        if t.office and t.office_start is not None and s >= t.office_start:
            break  # the post the verb gives or holds ('held the post of minister'), whom the pronoun may tell
        return None  # a post nobody named earlier holds: no guess
    if quoted:
        return None
    opening = fold(text[c_lo:t.start]).text.strip()
    sequel = _cue_pattern(ctx.lang, "sequel")
    if here is not None and sequel is not None and (sequel.fullmatch(opening) or chained and sequel.match(opening)):
        # '..., before travelling to Y (to meet Z)': the next leg of the trip this sentence has told
        return replace(here, text="", start=t.start, end=t.start, rule="carried/sequel", bare_post=None)
    if here is not None and ctx.last_kind == t.rule["kind"] and "object" in roles and not before and after \
            and ctx.last_pair is not None and all(after[0].name != p.name for p in ctx.last_pair) \
            and _introduced_by_with(cues, t.end, after[0]):
        # '..., and will also hold talks with Y' after a meeting with X: a meeting of the same subject
        # with another party, not the one the sentence has told
        return replace(here, text="", start=t.start, end=t.start, rule="carried/clause", bare_post=None)
    if here is not None and ctx.last_kind == t.rule["kind"] and roles.get("order", "vs") == "sv" and "object" in roles \
            and not before and after and all(after[0].name != p.name for p in ctx.last_pair or ()):
        # 'talks with X, a day after he met Y': a verb with its own pronoun right before it, and another
        # party after it, is another event of the same subject, not the one the sentence has told
        folded = fold(text[gap[0]:gap[1]])
        m = next(reversed(list(carry.finditer(folded.text))), None) if carry is not None else None
        if m is not None and not folded.text[m.end():].strip():
            s, e = folded.span(*m.span())
            return replace(here, text=text[gap[0] + s:gap[0] + e], start=gap[0] + s, end=gap[0] + e,
                           rule="carried/pronoun", bare_post=None)
    if here is not None and ctx.last_kind == t.rule["kind"]:
        if roles.get("another") and chained or chained and _another_destination(t, here, found, ctx, text, c_hi, sentence_start):
            # 'X visited Monday and is coming back Friday', 'he began in A and will head to B': X's next trip
            return replace(here, text="", start=t.start, end=t.start, rule="carried/clause", bare_post=None)
        return None  # '..., on his first trip': the event the sentence has told already
    latest = _latest_subject(t, ctx, sentence_start)
    folded = fold(text[gap[0]:gap[1]])
    m = None
    if carry is not None and latest is not None:
        # the pronoun stands next to the trigger ('he will meet', 'his visit'), not anywhere in the clause
        side = list(carry.finditer(folded.text))
        m = (side[-1] if roles.get("order", "vs") == "sv" else side[0]) if side else None
        between = folded.text[m.end():] if m and roles.get("order", "vs") == "sv" else folded.text[:m.start()] if m else ""
        nonfinite = _cue_pattern(ctx.lang, "nonfinite")
        # 'his first trip since taking office': a verb with no subject of its own is the pronoun's, however far,
        # as is a verb joined by 'and' to the pronoun's own ('he toured a plant and met X')
        coordinated = _cue_pattern(ctx.lang, "coordinated") if roles.get("order", "vs") == "sv" else None
        if len(between.split()) > CARRY_WORDS and not (nonfinite is not None and nonfinite.search(between)) \
                and not (m is not None and coordinated is not None and coordinated.fullmatch(folded.text, m.start())):
            m = None
    if m is None and carry is not None and latest is not None and post_gap != gap:
        # 'The 78-year-old, who served as ...': a relative clause whose antecedent, right before its
        # comma, is a description of the one told before
        before_comma = fold(text[post_gap[0]:gap[0]])
        m = next((x for x in carry.finditer(before_comma.text) if not before_comma.text[x.end():].strip(" ,\u060c")), None)
        if m is not None:
            folded, gap = before_comma, (post_gap[0], gap[0])
    if m is None and carry is not None and latest is not None and chained and roles.get("order", "vs") == "sv" \
            and latest is ctx.last_subject and ctx.last_subject_in in (sentence_start, ctx.previous_start):
        # 'He toured a plant in Osaka and met X': the verb before made no fact, yet its subject, the
        # pronoun opening the clause, is this one's; so far from the trigger, only the subject of the
        # fact just told, not a person the previous sentence merely names
        coordinated = _cue_pattern(ctx.lang, "coordinated")
        folded, gap = fold(text[c_lo:t.start]), (c_lo, t.start)
        m = carry.search(folded.text)
        if m is None or coordinated is None or folded.text[:m.start()].strip() \
                or not coordinated.fullmatch(folded.text, m.start()):
            m = None
    if m is not None:
        s, e = folded.span(*m.span())
        # a pronoun after a relative clause's opening ('..., who arrived on Sunday, his first visit') is
        # that clause's antecedent's: the person right before its comma, else someone the names did not
        # read ('the visiting dignitary'), no one to carry
        antecedent = _relative_antecedent(text, gap[0] + s, found, ctx)
        if antecedent is not None:
            if not antecedent:
                return None
            latest = antecedent[0]
        return replace(latest, text=text[gap[0] + s:gap[0] + e], start=gap[0] + s, end=gap[0] + e,
                       rule="carried/pronoun", bare_post=None)
    noun = _cue_pattern(ctx.lang, "noun_with")
    told = ctx.last_subject if ctx.last_subject_in in (sentence_start, ctx.previous_start) else None
    # the post written before the name without its country ('with President X') is no word between
    upto = after[0].bare_post[0] if after and after[0].bare_post and after[0].bare_post[0] >= t.end else \
        after[0].start if after else t.end
    if noun is not None and not before and after and told is not None \
            and told.name != after[0].name and noun.fullmatch(fold(text[t.start:t.end]).text) \
            and _introduced_by_with(cues, t.start, after[0]) and cues.words(t.end, upto) <= 2:
        # 'a meeting with X followed', 'during the bilateral meeting with X', 'after meetings with X' (a
        # verbal noun, nobody before it; its 'with' in the trigger or after it): the meeting of the subject
        # of the previous sentence's fact, never of someone it only named (the words between: 'with' and
        # one more; 'his Chinese counterpart' is blanked as a post)
        return replace(told, text="", start=t.start, end=t.start, rule="carried/clause", bare_post=None)
    lead = _cue_pattern(ctx.lang, "lead")
    if ctx.last_subject is not None and lead is not None and lead.fullmatch(opening):
        return replace(ctx.last_subject, text="", start=t.start, end=t.start, rule="carried/clause", bare_post=None)
    if here is not None and not opening and c_lo > 0 and roles.get("order", "vs") == "sv":
        # 'X, ..., during his trip to Y, met Z': a verb right after a comma goes on with the subject of
        # the event this sentence has told
        return replace(here, text="", start=t.start, end=t.start, rule="carried/clause", bare_post=None)
    return None


def _another_destination(t: Trigger, here: Entity, found: Found, ctx: DocumentContext, text: str, c_hi: int,
                         sentence_start: int) -> bool:
    """'X arrived in A on Sunday and will head to B': the place right after a trip's trigger lies outside the
    place the sentence has just sent the same traveller to (neither it, nor in its country, nor its
    country): the next leg of the trip, not the first told again ('arrived in Moscow on his first trip
    to Russia')."""
    told = ctx.destinations.get(here.name)
    if t.rule["kind"] != "visit" or told is None or told[1] != sentence_start:
        return False
    place = next((e for e in found.entities if e.type in ("place", "country") and t.end <= e.start < c_hi), None)
    if place is None or len(text[t.end:place.start].split()) > DESTINATION_WORDS:
        return False  # (a place further on is the topic's: 'a visit focused on the war in X')
    countries = {filed_country(told[0]), filed_country(place)}
    return place.name != told[0].name and len(countries) == 2 and None not in countries


def _object_told_before(t: Trigger, subject: Entity, ctx: DocumentContext, cues: Cues,
                        sentence_start: int) -> Entity | None:
    """The other party written as a pronoun right after the trigger ('received her', 'held talks with
    him', `carry_object` in events.yaml): the subject of the latest fact of this sentence or the
    previous one, else the one other person the previous sentence names; never the subject itself."""
    rx = _cue_pattern(ctx.lang, "carry_object")
    if rx is None:
        return None
    c_hi = cues.clause(t.start, t.end)[1]
    folded = fold(cues.text[t.end:c_hi])
    m = rx.match(folded.text)
    if m is None:
        return None
    told = ctx.last_subject if ctx.last_subject_in in (sentence_start, ctx.previous_start) else None
    if told is None or told.name == subject.name:
        others = [p for p in ctx.previous_people if p.name != subject.name]
        told = others[0] if len({p.name for p in others}) == 1 else None
    if told is None:
        return None
    s, e = folded.span(*m.span("pronoun"))
    return replace(told, text=cues.text[t.end + s:t.end + e], start=t.end + s, end=t.end + e,
                   rule="carried/pronoun", bare_post=None)


def _relative_antecedent(text: str, at: int, found: Found, ctx: DocumentContext) -> tuple[Entity, ...] | None:
    """For a pronoun at text[at], after a relative clause opened by a comma and the `relative` word
    ('..., who ...'): (the person right before the comma,), or () where no person stands there; None
    where no such clause opens before the pronoun, or where it opens on the sentence's first words
    (its subject)."""
    rel = _cue_pattern(ctx.lang, "relative")
    if rel is None:
        return None
    opening = re.compile(rf"[,\u060c]\s*(?:{rel.pattern})(?![\w])", rel.flags)
    folded = fold(text[:at])
    m = next(reversed(list(opening.finditer(folded.text))), None)
    if m is None:
        return None
    comma = folded.span(*m.span())[0]
    named = tuple(e for e in found.entities if e.type == "person" and e.end <= comma and not text[e.end:comma].strip())[-1:]
    if not named and len(text[:comma].split()) <= OPENING_WORDS:
        return None  # 'The Chancellor, who took office in May, ...': the clause is on the sentence's subject
    return named


OPENING_WORDS = 4  # words before a relative clause's comma that may still be the sentence's subject alone


def _latest_subject(t: Trigger, ctx: DocumentContext, sentence_start: int) -> Entity | None:
    """Whom a pronoun stands for: the subject of the latest fact of this sentence or the previous one,
    else the one person the previous sentence names (or the latest subject if it names none); several
    people there: no guess. None too when this sentence has told the same kind of event already
    ('..., on his first trip')."""
    here = ctx.last_subject if ctx.last_subject_in == sentence_start else None
    if here is not None and ctx.last_kind == t.rule["kind"]:
        return None
    previous = ctx.previous_people
    return here or (ctx.last_subject if ctx.last_subject_in == ctx.previous_start else None) or (
        previous[0] if len(previous) == 1 else ctx.last_subject if not previous else None)


def _passive_pronoun(text: str, t: Trigger, ctx: DocumentContext, sentence_start: int) -> Entity | None:
    """Whom the subject pronoun of a passive verb that gives a post stands for ('She was named minister
    of X', `passive_pronoun` in events.yaml), placed at the pronoun; None where no pronoun stands
    there or the one it stands for is not sure (`_latest_subject`)."""
    rx = _cue_pattern(ctx.lang, "passive_pronoun")
    lo = max(0, t.start - PASSIVE_REACH)
    folded = fold(text[lo:t.start])
    m = rx.search(folded.text) if rx is not None else None
    latest = _latest_subject(t, ctx, sentence_start) if m is not None else None
    if latest is None:
        return None
    s, e = folded.span(*m.span("pronoun"))
    return replace(latest, text=text[lo + s:lo + e], start=lo + s, end=lo + e, rule="carried/pronoun", bare_post=None)


PRONOUN_LEAD = 4  # characters before a trigger a pronoun cue may read ('in' before 'his reception')


def _possessed(t: Trigger, text: str, ctx: DocumentContext, cue: str) -> tuple[int, int] | None:
    """The span of the trigger's whole word when the `cue` pattern of events.yaml (carry_on, pair_on)
    finds a pronoun written on it, else None."""
    rx = _cue_pattern(ctx.lang, cue)
    if rx is None:
        return None
    end = t.end + len(re.match(r"\w*", text[t.end:]).group())
    # (the pattern ends on the word; the few characters before it let it ask for a preposition there)
    return (t.start, end) if rx.search(fold(text[max(0, t.start - PRONOUN_LEAD):end]).text) else None
