"""Event triggers of a sentence and the filling of each event's roles (who, where, when, which post)."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from typing import Sequence

from checker.extract import groups, lineup, names, ordinals, prefilter, timex
from checker import languages, rules
from checker.languages import Language
from checker.model import Entity, Fact, When
from checker.textfold import fold
from checker.extract.context import (
    _after_publication, _blanked, _cue_pattern, PLACE_TYPES, Cues, dateline_place, DEFAULT_WINDOW, _document_country, filed_country,
    DocumentContext, _fact_id,
    FORMER, Found, _group_rule, _masked, _own_country, _shift, TO_COME, Trigger,
)
from checker.extract.fact_dates import _arrival, _counts_back, _when
from checker.extract.parties import (
    _a_side_between, _carried, _cue_right_before, _going_with, _group_told_before, _in_a_title, _introduced_by_with, _listed_after,
    _listed_first, _named_before, _names_a_post, _object_told_before, _pair_told_before, _passive_pronoun,
    _pick_people, _possessed, _speaks_of_own, _spouse, _told_aside, _travelling_with, _travels_too,
    _visitor_named_by, _whose_in_brackets, COMMA_CLOSED, marked_people,
)


@prefilter.scanned
@languages.compiled(persist=True)
def _trigger_gate(lang: Language) -> prefilter.RuleGate:
    """The words the event rules need: a rule runs only on a sentence that holds one of its own."""
    return prefilter.RuleGate(lang.rules("events").rules)


def triggers(text: str, event_rules: Sequence[rules.Rule]) -> list[Trigger]:
    folded = fold(text)
    out = []
    may_run = _trigger_gate(event_rules[0].id.split("/")[0]).select(event_rules, folded.text) if event_rules else ()
    matched: dict[str, list[re.Match]] = {}  # rules of one pattern (volume and growth) scan once
    for rule in may_run:
        if rule.source not in matched:
            matched[rule.source] = list(rule.regex.finditer(folded.text))
        for m in matched[rule.source]:
            s, e = m.span("trigger") if "trigger" in rule.regex.groupindex else m.span()
            office = m.group("office") if "office" in rule.regex.groupindex else None
            # the head of a body named after it ('appointed her head of the audit court'): never the country's
            # office the head word alone may name
            head_of = m.group("head_of") if "head_of" in rule.regex.groupindex else None
            if not office and "office_at" in rule.regex.groupindex and m.group("office_at"):
                # a post the office lexicon lacks, read as the titles read one without its country
                lang = rule.id.split("/")[0]
                at = folded.span(*m.span("office_at"))[0]
                if (post := _post_at(text, at, lang)) is not None:
                    # a title the titles read whole there, with its country ('the duties of governor of
                    # the Bank of Lebanon'): that post
                    out.append(Trigger(rule, *folded.span(s, e), office=post, office_start=at, post=post))
                    continue
                written = names.office_starting(folded.text, m.start("office_at"), lang)
                if written is None and (owned := _owned(text, folded, s, e, rule)) is not None:
                    out.append(owned)
                    continue
                out.append(Trigger(rule, *folded.span(s, e), office=written, office_start=at if written else None,
                                   office_unread=written is None))
                continue
            if office or head_of:
                lang = rule.id.split("/")[0]
                group = "office" if office else "head_of"
                at = folded.span(*m.span(group))[0]
                named = languages.get(lang).rules("events").lookup("office", office) if office else None
                if named is not None and names.posted(named):
                    # an office served abroad, the country after it ('ambassador to Japan'): the office there;
                    # none told, no post (one of many holders, the office alone names none)
                    named = names.posted_office(named, folded.text, m.end(group), lang)
                # a ministry of several parts that begins with the one the office names ('minister of higher
                # education' after 'minister of education'): the whole ministry, as a line-up reads it
                whole = lineup.post_at(text, at, lang) if named else None
                if whole is not None and whole[1] > folded.span(*m.span(group))[1]:
                    named = whole[0]
                # a title that begins there and runs past the office words names the post whole ('coach
                # of the Kenyan national team'): it wins over the office alone, whose country is a guess
                longer = _post_at(text, at, lang, beyond=folded.span(*m.span(group))[1])
                post = longer or (None if named else _post_at(text, at, lang))
                if not (post or named) and office and "office_at" in rule.regex.groupindex:
                    # a capitalised word no title begins with ('as Minister of Social Affairs'): the
                    # post read there as one without its country, as office_at would have
                    written = names.office_starting(folded.text, m.start(group), lang)
                    if written:
                        out.append(Trigger(rule, *folded.span(s, e), office=written, office_start=at))
                        continue
                if not (post or named) and (owned := _owned(text, folded, s, e, rule)) is not None:
                    out.append(owned)
                    continue
                # an institution's head word whose institution no title reads ('chair of the IMF audit
                # committee': a committee's chair) names a post all the same
                out.append(Trigger(rule, *folded.span(s, e), office=post or named, office_start=at, post=post,
                                   office_unread=not (post or named)))
            else:
                if (owned := _owned(text, folded, s, e, rule)) is not None:
                    out.append(owned)
                    continue
                out.append(Trigger(rule, *folded.span(s, e)))
    return sorted(out, key=lambda t: (t.start, t.end))


LISTED_POSTS = 4  # posts read after the first one a verb names ('served as A, B, C and D'): a career's list


def listed_posts(text: str, t: Trigger) -> list[Trigger]:
    """The posts listed after the one the trigger names ('served as A, B and C', 'as A and as B': the
    `post_list_join` pattern of events.yaml between them), each read as the first is, by a title or as
    an office without its country, as a trigger of its own; the list ends at the first that neither reads."""
    lang = t.rule.id.split("/")[0]
    join, ends = _cue_pattern(lang, "post_list_join"), _cue_pattern(lang, "post_list_end")
    if join is None or ends is None or t.office_start is None:
        return []
    folded = fold(text)
    titles = names.find_titles(text, lang)
    first = _read_post(text, folded, t.office_start, lang, titles)
    out = []
    while first is not None and len(out) < LISTED_POSTS:
        m = join.match(folded.text, folded.at(first[1]))
        start = folded.span(m.end(), m.end())[0] if m is not None else None
        nxt = _read_post(text, folded, start, lang, titles) if start is not None else None
        # an item ends where the list goes on or the clause ends, never on a name or a verb ('and
        # President X praised him', 'foreign minister Y said': another person's post)
        if nxt is None or not ends.match(folded.text, folded.at(nxt[1])):
            break
        out.append(replace(t, office=nxt[0], office_start=start, post=nxt[2], office_unread=False))
        first = nxt
    return out


def _read_post(text: str, folded, start: int, lang: str, titles) -> tuple[str, int, str | None] | None:
    """The post that begins at text[start]: (the office or post, where it ends in text, the post if a
    title read it), or None."""
    title = next((t for t in titles if t.start == start and not t.past), None)
    if title is not None:
        return title.post, title.end, title.post
    office = names.office_span(folded.text, folded.at(start), lang)
    return (office[0], folded.span(office[1], office[1])[0], None) if office is not None else None


def _owned(text: str, folded, s: int, e: int, rule: rules.Rule) -> Trigger | None:
    """An appointment rule's verb with the post _owned_post reads after it; None for any other rule
    or where it reads none."""
    owned = _owned_post(text, folded, s, e, rule) if rule.get("kind") == "appointment" else None
    if owned is None:
        return None
    at, post = owned
    return Trigger(rule, *folded.span(s, e), office=post, office_start=at, post=post)


LEAVING = ("resignation", "dismissal")  # the kinds of leaving a post
POST_APPOSED_WORDS = 6  # words of a post between a verb and its holder set off by a comma
OWNER_REACH = 15  # words before the verb searched for the institution that gives the post


def _owned_post(text: str, folded, s: int, e: int, rule: rules.Rule) -> tuple[int, str] | None:
    """A post at the institution that gives it, named by a possessive after the verb ('voted to appoint X
    as its new secretary-general'; in Arabic, a pronoun on the preposition), as (where the head begins, the post):
    the institution is the nearest one named before the verb in the sentence, read by the titles as
    the head written before its name would be ('secretary-general of OPEC'), with the words before it
    that name it too; else, in a script with capitals, the name that is the verb's subject (owner_named:
    'Kvarn Minerals has appointed X as its new CEO'). None when the pattern owned_office does not follow
    the verb or no institution is named before it."""
    lang = rule.id.split("/")[0]
    bare = False  # the post with no possessive: only an institution named right before the verb gives it
    m = None
    for cue in ("owned_office", "bare_owned_office"):
        rx = _cue_pattern(lang, cue)
        if rx is not None and (m := rx.match(folded.text[e:e + 240])) is not None:
            bare = cue == "bare_owned_office"
            break
    if m is None:
        return None
    head_at, head_end = folded.span(e + m.start("head"), e + m.end("head"))
    head = " ".join(text[head_at:head_end].split())
    # the word that joins a head to its institution's name, where the language writes one (lexicon owned_join)
    join = next(iter(languages.get(lang).rules("events").lexicons.get("owned_join", ())), "")
    joint = f"{head} {join} " if join else f"{head} "
    before = text[:folded.span(s, e)[0]]
    # an organ of the institution named after it ('the UNESCO General Conference elected X'): the institution's post
    organ = _cue_pattern(lang, "owner_organ")
    organ_at = organ.search(before) if organ is not None else None
    tail = _cue_pattern(lang, "owner_tail")
    for told in ([before[:organ_at.start()]] if organ_at else []) + [before]:
        found = _institution_before(told, joint, lang, catalogued=bare)
        # (without a possessive, only adverbs between the institution and the verb: not 'UN chief X appointed')
        if found is not None and not (bare and (tail is None or not tail.fullmatch(told[len(told) + found[1]:]))):
            return head_at, found[0]
    if bare:
        return None
    # an institution named by no word of its kind ('Pilbara Minerals has appointed X as its new CEO'):
    # the name that is the verb's subject, where the language tells one by its capitals (owner_named)
    # and it names no person nor place
    named = _cue_pattern(lang, "owner_named")
    m = named.search(before) if named is not None else None
    if m is not None and not names.has_stop_word(m["owner"], lang) \
            and not any(x.type != "institution" for x in names.find(m["owner"], lang)):
        return head_at, f"{head} {join} {m['owner']}" if join else f"{head} {m['owner']}"
    return None


def _institution_before(before: str, joint: str, lang: str, catalogued: bool = False) -> tuple[str, int] | None:
    """The post `joint` (a head and its joining word) names at the institution named last in `before`,
    and where that name ends (counted from the end of `before`), as titles read it; None if none is named.
    `catalogued`: an institution of the catalogue only (not 'The Kenyan government', 'The General Assembly')."""
    starts = [w.start() for w in re.finditer(r"(?<![^\s])[^\s]", before)][-OWNER_REACH:]
    # the nearest institution first, read on with the words before it that name it too ('Group', then
    # 'Nordic Mining Group'), unless it is an acronym or a punctuation mark stands between
    found, last = None, len(before)
    for at in reversed(starts):
        if found is not None and _PUNCTUATION.search(before, at, last):
            break
        last = at
        tail = before[at:].lstrip("\"'“”«(")
        composed = joint + tail
        title = next((t for t in names.find_titles(composed, lang)
                      if t.start == 0 and t.end > len(joint) and not t.past and t.post), None)
        if title is not None and _common_noun(composed[len(joint):title.end]):
            title = None  # 'The company has appointed X as its CEO': a noun capitalised as the sentence opens
        if title is not None and catalogued and not any(
                x.type == "organisation" for x in names.find(composed[len(joint):title.end], lang)):
            title = None
        if found is not None and (title is None or title.end - len(composed) < found[1]):
            break
        if title is not None:
            found = (title.post, title.end - len(composed))
            if _ACRONYM.search(composed[len(joint):title.end]):
                break
    return found


_ACRONYM = re.compile(r"(?<![\w])[A-Z]{2,}(?![\w])")  # an institution's short name: its whole name
_PUNCTUATION = re.compile(r"[,;:.\u060c\u061b]")


def _common_noun(words: str) -> bool:
    """Words of a script with capitals that hold none but the article's ('The company'): a common noun."""
    rest = re.sub(r"^[Tt]he\s+", "", words)
    return rest.lower() != rest.upper() and rest == rest.lower()


# the comma that opens a description set off after a name
_APPOSED = re.compile(r"\s*[,\u060c]")
_WORD_HEAD = re.compile(r"[^\W\d_]*$")  # the letters of a word written right before a point in it
WORD_HEAD_REACH = 20  # characters before a point where the word it falls in may begin
# the comma that closes a time set off inside a clause
_COMMA_AFTER_TIME = re.compile(r"^\s*[,\u060c]")
GATHERING_GUEST_GAP = 4  # words between a bloc's gathering word and a person it meets ('met Canadian Prime Minister X')



def _post_at(text: str, at: int, lang: str, beyond: int = 0) -> str | None:
    """The post of a title that begins at text[at] (and ends after text[beyond]), one the office lexicon
    does not name: a post at an institution, named with it ('elected X as director-general of UNESCO');
    None if none begins there."""
    return next((t.post for t in names.find_titles(text, lang) if t.start == at and t.end > beyond and not t.past), None)


def _time_before_when(found: Found, cues, lang: str, lo: int, before: int) -> When | None:
    """The time right before the clause opened by 'when' (`when_clause` of events.yaml, one of the
    `new_clause` openers) that holds text[lo:before] ('since 2016, when X met Y'): the clause tells of it;
    of its first year where it is a span counted from it ('since 2016': 2016), else of the whole time."""
    when_clause = _cue_pattern(lang, "when_clause")
    at = max((o for o in cues.openers if o <= before), default=None)
    opens = when_clause.match(fold(cues.text[at:]).text) if when_clause is not None and at is not None else None
    if opens is None or at + opens.end() < lo:
        return None  # no such clause, or one that ends before the trigger's clause begins
    w = next((w for w in found.whens if w.end == at and w.value), None)
    if w is None or "/" not in w.value or not cues.since(w.start, w.end):
        return w
    first = w.value.split("/")[0]
    return replace(timex.from_value(first), start=w.start, end=w.end, text=w.text)


def _titled_after_noun(text: str, t: Trigger, person: Entity, ctx: DocumentContext) -> bool:
    """Is the trigger a verbal noun of appointing (`bare_noun`) followed at once by the post its person
    is named with ('the inauguration of President X', as Arabic writes it)? The post named so is the one given."""
    bare = _cue_pattern(ctx.lang, "bare_noun")
    return bool(person.title) and not person.past and bare is not None \
        and bare.fullmatch(fold(text[t.start:t.end]).text) is not None \
        and _post_right_after(text, t.end, ctx.lang) is not None


def _post_right_after(text: str, at: int, lang: str) -> str | None:
    """The post of a title written right after text[at] (spaces between), whoever holds it, or the
    office written there without its country ('the health minister')."""
    start = len(text) - len(text[at:].lstrip())
    return _post_at(text, start, lang) or names.office_starting(fold(text[start:]).text, 0, lang)


_POSSESSIVE = re.compile(r"['’]s\b")
# a country written as the adjective of a post, before its capitalised words ('U.S. Secretary of X Mr. Y')
_ATTRIBUTIVE = re.compile(r"\.?[ \t]+[A-Z][a-z]")
OWNED_POST_REACH = 32  # characters from a country's possessive to the name of the one whose post it owns
ATTRIBUTIVE_POST_REACH = 48  # the same from a country written as a post's adjective (a post the lexicon lacks)
ATTRIBUTED_REACH = 60  # characters before a person where the words attributing what follows to them may begin
ARRIVAL = "arrival"  # the measure of a visit told by its arrival (conflicts.yaml arrival-date)


def _owning_countries(text: str, found: Found, lang: Language) -> set[int]:
    """The countries written with a possessive right before a place that lies in them ('Saudi Arabia's
    Riyadh', 'Kenya's Mombasa'), or before the words for it (`owned_place`: 'Russia's Far Eastern city
    of Vladivostok'): the place is the one told, its country no other place (ids)."""
    places = sorted((e for e in found.entities if e.type in ("place", "country")), key=lambda e: e.start)
    words = _cue_pattern(lang, "owned_place")
    return {id(a) for a, b in zip(places, places[1:])
            if a.type == "country" and (m := _POSSESSIVE.match(text, a.end))
            and (not (gap := text[m.end():b.start]).strip() or words is not None and words.fullmatch(fold(gap).text))
            and names.country_of_place(b.name) == a.name}


def _owns_a_post(place: Entity, text: str, found: Found) -> bool:
    """'hosts Indonesia's president-elect X in Moscow', 'receiving U.S. Secretary of Commerce Mr. X': a
    country owning the post of a person named right after it, by its possessive or as the adjective of the
    post's capitalised words, is no place of the event ('Australia's mining regions' is)."""
    reach = OWNED_POST_REACH if _POSSESSIVE.match(text, place.end) else \
        ATTRIBUTIVE_POST_REACH if place.type == "country" and _ATTRIBUTIVE.match(text, place.end) else 0
    return any(e.type == "person" and place.end < e.start <= place.end + reach for e in found.entities)


POST_OF_PLACE_REACH = 40  # characters before a place where the post 'of' it begins


def _place_of_a_post(place: Entity, text: str, found: Found, lang: Language) -> bool:
    """'Mayor of London Sadiq Khan attended', 'attended by the Crown Prince of Abu Dhabi, Sheikh X': a
    place a capitalised post is 'of' (`post_of_place`), its holder named right after it (nothing but a
    comma and capitalised words, an honorific, between), is whose post it is, no place of the event."""
    rx = _cue_pattern(lang, "post_of_place")
    if rx is None or not rx.search(text, max(0, place.start - POST_OF_PLACE_REACH), place.start):
        return False
    holder = next((e for e in found.entities if e.type == "person" and e.start >= place.end), None)
    return holder is not None and _HONORIFICS_ONLY.fullmatch(text, place.end, holder.start) is not None


def _without_officials_places(places: list[Entity], text: str, lang: Language) -> list[Entity]:
    """The places but the countries whose officials are named ('will host X and the foreign ministers of
    the UAE, Bahrain and Egypt', `officials_of`): those come from there, and none is a place of the event;
    the places listed right after such a country (`officials_of_next`) are theirs too."""
    rx, listed = _cue_pattern(lang, "officials_of"), _cue_pattern(lang, "officials_of_next")
    if rx is None:
        return places
    theirs: list[Entity] = []
    for e in sorted(places, key=lambda p: p.start):
        if rx.search(fold(text[max(0, e.start - OFFICIALS_REACH):e.start]).text) or theirs and listed is not None \
                and theirs[-1].end <= e.start and listed.fullmatch(fold(text[theirs[-1].end:e.start]).text):
            theirs.append(e)
    return [e for e in places if all(e is not p for p in theirs)]


OFFICIALS_REACH = 40  # characters before a country where the officials it is 'of' are named


def _in_apposition(e: Entity, before: Sequence[Entity], text: str, t: Trigger, ctx: DocumentContext) -> bool:
    """Does `e` stand inside an apposition (`apposition_open` of events.yaml right after an earlier person
    of `before`) that closes with a comma right before the trigger?"""
    rx = _cue_pattern(ctx.lang, "apposition_open")
    if rx is None or not _CLOSED_BEFORE.fullmatch(text, e.end, t.start):
        return False
    return any(p.end <= e.start and rx.match(text, p.end, e.start) for p in before if p is not e)


# the rest of an aside, its closing comma, then the trigger, perhaps after two lower-case words (its
# auxiliaries: 'has been')
_CLOSED_BEFORE = re.compile(r"[^,;.\n]*,\s*(?:[a-z]+\s+){0,2}")


def _lone_party(person: Entity, text: str, cues: Cues, ctx: DocumentContext) -> bool:
    """Does nothing but where and when follow the person in their clause (`lone_party_end`), no other
    party the names do not read?"""
    rx = _cue_pattern(ctx.lang, "lone_party_end")
    return rx is not None and rx.match(fold(text[person.end:cues.clause(person.start, person.end)[1]]).text) is not None


# possessive runs: spaces read once, in linear time however many
_HONORIFICS_ONLY = re.compile(r"(?:[ \t]*+,)?(?:[ \t]++[A-Z][\w.]*+){0,2}[ \t]*+")


def _brings_destination(t: Trigger, text: str, ctx: DocumentContext) -> bool:
    """Does the visit's trigger end on the word that brings its destination ('returned to', 'travelled
    to')? Then a place written before it is none of its ('Japan's emperor ... returned to public work')."""
    ends = _cue_pattern(ctx.lang, "destination_word") if t.rule["kind"] == "visit" else None
    return ends is not None and bool(ends.search(fold(text[t.start:t.end]).text))


def _in_compound(place: Entity, text: str) -> bool:
    """'the China-Gulf conference', 'the US-Africa summit': a country joined to another word by a hyphen
    names what the event is between, not where it is held."""
    return bool(_COMPOUND_AFTER.match(text, place.end)) or bool(place.start >= 2 and _COMPOUND_BEFORE.match(text, place.start - 2))


_COMPOUND_AFTER = re.compile(r"[-‐‑–][^\W\d_]")
_COMPOUND_BEFORE = re.compile(r"[^\W\d_][-‐‑–]")


_POSSESSOR = re.compile(r"['’]s\s+[a-z][a-z -]{0,40}?,")


def _joined_verb(text: str, lo: int, t: Trigger, lang) -> bool:
    """'X dismissed A and appointed B': a verb that gives a post joined right after the clause of the
    trigger before it (`joined_verb`), with the same one acting, who is no party of the fact: told of
    that clause's time."""
    joined = _cue_pattern(lang, "joined_verb") if t.rule["kind"] == "appointment" else None
    return joined is not None and joined.search(fold(text[lo:t.start]).text) is not None


def _untitled_after(text: str, t: Trigger, found: Found, hi: int, lang, two: bool) -> list[Entity]:
    """A name right after the trigger that no post, honorific or catalogue introduced ('met X'), read as
    names.name_after reads an appointee: two to four words, each a given name or an attested name part,
    the first a given name; with `two`, a second such name right after it, the 'and' written on it left
    out ('X and Y met')."""
    if any(e.start <= t.end < e.end or t.end <= e.start <= t.end + 2 for e in found.entities):
        return []
    posts = None
    out: list[Entity] = []
    at = t.end
    while len(out) < (2 if two else 1):
        # a place or a name read after it ends it ('visited X Y Benghazi': Benghazi is the place)
        cut = min((e.start for e in found.entities if e.start > at), default=len(text))
        named = names.name_after(text[:cut], at, lang, f"{lang}/names/after-event")
        if named is None or named.end > hi or any(e.start < named.end and named.start < e.end for e in found.entities) \
                or not names.given_first(named.text, lang):
            break  # (a name with no post begins with a given name: 'the anniversary of X falls' names no visitor)
        if posts is None:
            posts = [(x.start, x.end) for x in names.find_titles(text, lang)] + names.bare_posts(text, lang)
        # a post's words are no name, though each may be one ('Amir', 'Qatar': the emir of Qatar)
        if any(s < named.end and named.start < e for s, e in posts):
            break
        out.append(named)
        at = named.end
    return out


def _as_told(named: Entity, text: str, ctx: DocumentContext) -> Entity:
    """A name read with no post, as the person the document tells by it: one told before, else the one
    it names with a post under a longer name, before or after ('Da Silva' in a headline)."""
    person = ctx.coref.resolve(named, text)
    if person.name == named.name and (fuller := ctx.coref.fuller_titled(named)) is not None:
        person = replace(named, name=fuller.name, known=fuller.known)
    return person


def _fill(doc_id, sentence, t: Trigger, found: Found, ctx: DocumentContext, cues: Cues, roles: dict,
          lo: int, hi: int, floor: int, chained: bool = False, reach: int | None = None) -> list[Fact]:
    reach_end = t.end + roles.get("window", DEFAULT_WINDOW)  # the window's own end, not a next trigger's start

    def near(types, side):
        if side == "before":
            return [e for e in reversed(found.entities) if e.type in types and lo <= e.start and e.end <= t.start]
        # the other party's name begun within the window is read whole, unless a clause opens before it
        # ('met Sheikh X, the crown prince and prime minister of the Kingdom of Y, Prince Z bin W Al U')
        # (a person inside an aside is none of a meeting's parties: 'X, who was in Y for Z's inauguration,
        # met with W'; a visit's aside may name its visitor, 'the visit that Z paid to Y')
        return [e for e in found.entities if e.type in types and t.end <= e.start and (
            e.end <= hi or e.start < hi == reach_end and e.type == "person" and "object" in roles
            and not cues.gap_stopped(t.end, e.start))
            and not (e.type == "person" and t.rule["kind"] == "meeting"
                     and any(a <= e.start and e.end <= b for a, b in cues.asides))]

    summit = None
    if roles.get("summit_party"):
        # one who takes part in a bloc's summit meets the bloc's leaders: the bloc the sentence names
        # (its summit, its leaders) is the other party wherever it stands, the subject a person around the word
        summit = min((e for e in found.entities if e.type == "group"
                      and _group_rule(e) in roles["summit_party"]),
                     key=lambda e: e.start - t.end if e.start >= t.end else t.start - e.end, default=None)
        if summit is None:
            return []
        roles = {k: v for k, v in roles.items() if k != "object"}
    people = roles.get("subject", ())
    # the other party may be of more types than the subject ('met Pakistani officials')
    before, after = near(people, "before"), near((*people, *roles.get("object", ())), "after")
    if roles.get("name_after") and "person" in people:
        named = [_as_told(e, sentence.text, ctx) for e in _untitled_after(sentence.text, t, found, hi, ctx.lang, "object" in roles)]
        after = sorted([*named, *after], key=lambda e: e.start)
        ctx.introduced.extend(named)
    gathering = roles.get("gathering")
    if gathering:  # a bloc's own gathering ('the ASEAN summit opened'): its one party is the bloc's group
        if any(e.type == "person" and cues.words(t.end, e.start) <= GATHERING_GUEST_GAP for e in near(("person",), "after")):
            return []  # 'EU leaders met X': a meeting with X, which the rules of two parties read
        before, after = ([e for e in side if e.type == "group" and _group_rule(e) in gathering] for side in (before, after))
        if roles.get("subject_gap") is not None:  # its group close on either side ('the agenda of the summit' is none)
            after = [e for e in after if cues.words(t.end, e.start) <= roles["subject_gap"]]
    elif summit is None:  # 'X met Y on the sidelines of the ASEAN summit': the summit is no party of theirs
        after = [e for e in after if not (e.rule or "").endswith("+" + groups.SUMMIT)]
    if roles.get("subject_after"):
        before = []
    relative = _cue_pattern(ctx.lang, "relative_before") \
        if t.rule["kind"] in ctx.lang.rules("events").lexicons.get("trip_kinds", ()) else None
    rel_lo = max(0, t.start - RELATIVE_REACH)
    rel_text = fold(sentence.text[rel_lo:t.start]) if relative is not None else None
    rel = relative.search(rel_text.text) if rel_text is not None else None
    if rel is not None:
        # 'received the delegation, which is on a visit to Y', and its Arabic: the trip told in the
        # clause is its antecedent's, the one named right before its pronoun; nobody named there, none of
        # the sentence's people (a group, a thing): no traveller, nor one named after its verb
        pronoun = rel_lo + rel_text.span(rel.start(), rel.end())[0]
        # (a post written after the name stands between them: 'X, foreign minister of Y, who')
        before = [e for e in before if e.end <= pronoun and not _WORDS.search(cues.without_titles(e.end, pronoun, e))]
        after = [e for e in after if e.type != "person"]
    # 'X's brother, Y, was appointed': the possessor of a noun set off by a comma is no party; the
    # one the apposition names is
    before = [e for e in before if not _POSSESSOR.match(sentence.text, e.end, t.start)]
    # 'X, a businessman close to Y, took over as ...': a person inside an apposition set off by commas
    # right before the verb describes the subject named before it, and is no subject
    before = [e for e in before if not _in_apposition(e, before, sentence.text, t, ctx)]
    if roles.get("not_across") and (that := _cue_pattern(ctx.lang, "complement_opener")) is not None:
        # 'X said that the ministers would speak at a joint press conference with Y': a clause of its own
        # with its own subject stands between X and the event, which is not X's
        before = [e for e in before if not that.search(fold(sentence.text[e.end:t.start]).text)]
    if roles.get("subject_gap") is not None:  # a subject before the trigger stands close to it
        # (counted to the trigger's word: an article or a clitic written on it is no word of the gap)
        word = t.start - len(_WORD_HEAD.search(sentence.text, max(0, t.start - WORD_HEAD_REACH), t.start)[0])
        before = [e for e in before if cues.words(e.end, word) <= roles["subject_gap"]]
    close = roles.get("subject_reach")
    far = close is not None and bool(after) and cues.words(t.end, after[0].start) > close
    if far and "object" not in roles:  # a subject after the trigger stands close to it
        after = [e for e in after if cues.words(t.end, e.start) <= close]
    if roles.get("pair_only"):  # the two told before, whoever else is named around them
        before, after = [], []
    agent = _visitor_named_by(t, sentence.text, hi, after, cues, ctx)
    if agent is not None:  # 'welcomed the first visit to X by Y': Y visits, whoever stands before the word
        if not agent:
            return []  # 'by a Gulf leader': a visitor the text describes and does not name
        before, after = [], agent
    # 'accompanied by his wife, X, and Y': X and Y go along; 'at the invitation of X and Y': they invite;
    # 'as an envoy of X': X sends; none is a party
    fellows: list[Entity] = []  # who goes along and visits too: a head of state or government
    for cue in ("companion", "inviter", "sender"):
        going = _going_with(cue, sentence.start, found, cues, ctx)
        if going is None:
            continue
        if cue == "companion" and t.rule["kind"] == "visit":
            fellows = [e for e in found.entities if id(e) in going and lo <= e.start
                       and e.end <= max(hi, reach or 0) and _travels_too(e, ctx)]
            fellows += [e for e in _travelling_with(t, after, found, cues, ctx) if _travels_too(e, ctx)]
        if cue == "inviter":
            ctx.inviters.update(e.name for e in found.entities if id(e) in going)
        # a person after the trigger goes along only where the cue stands after the trigger too ('X,
        # accompanied by his wife, met Y': Y, past the verb, is met)
        after_going = going & marked_people(_cue_pattern(ctx.lang, cue), (e for e in after if e.type == "person"),
                                            t.end, cues, comma_closes=cue in COMMA_CLOSED)
        before, after = [e for e in before if id(e) not in going], [e for e in after if id(e) not in after_going]
    reported = _cue_pattern(ctx.lang, "reported") if roles.get("order", "vs") == "sv" else _cue_pattern(ctx.lang, "reported_vs")
    if reported is not None and not roles.get("speaker") and not _possessed(t, sentence.text, ctx, "carry_on"):
        # 'X said the visit would ...': X speaks of the event, and is not its subject ('said his visit': is)
        before = [e for e in before if _speaks_of_own(fold(sentence.text[e.end:t.start]).text, reported, ctx)]
    joined = _cue_pattern(ctx.lang, "shared_predicate") if roles.get("order", "vs") == "sv" else None
    if joined is not None and before and ctx.last_subject_in == sentence.start and ctx.last_subject is not None \
            and before[0].name != ctx.last_subject.name and joined.fullmatch(fold(sentence.text[before[0].end:t.start]).text):
        # 'X arrived with Y, and was received by Z': a predicate joined to the clause's with no subject of its
        # own is said of that clause's subject, the latest fact's, not of the person named last
        before = [replace(ctx.last_subject, text="", start=t.start, end=t.start, rule="carried/clause", bare_post=None)]
    theirs = _cue_pattern(ctx.lang, "possessed_party") if roles.get("order", "vs") == "sv" else None
    if theirs is not None:  # "X's spokesman arrived": the spokesman did, not X
        before = [e for e in before if not theirs.match(fold(sentence.text[e.end:t.start]).text)]
    owner = _cue_pattern(ctx.lang, "post_possessor") if roles.get("order", "vs") == "sv" else None
    if owner is not None:  # 'X spoke ahead of the Sultan of Oman's visit': the sultan visits, not X
        before = [e for e in before if not owner.search(fold(sentence.text[e.end:t.start]).text)]
    if _cue_pattern(ctx.lang, "attributed") is not None:  # 'According to X, Y arrived': X tells of it, no party
        # (the attribution closed by a comma after them: 'According to state media X arrived' is X's trip)
        before = [e for e in before if not (_cue_right_before(e, max(0, e.start - ATTRIBUTED_REACH), cues, "attributed")
                                            and sentence.text[e.end:].lstrip().startswith((",", "\u060c")))]
    honoured = _cue_pattern(ctx.lang, "honoured") if t.rule["kind"] == "visit" else None
    if honoured is not None:  # 'a visit to Shanghai for the inauguration of X': X is whom it honours, no visitor
        after = [e for e in after if not honoured.search(fold(sentence.text[max(t.end, e.start - 60):e.start]).text)]
    invites = _cue_pattern(ctx.lang, "invites")  # 'X invited Y to visit': X is the host, never the visitor
    if invites is not None:
        before = [e for e in before if not invites.search(fold(sentence.text[e.end:t.end]).text)]
    if t.rule["kind"] == "appointment":  # 'took up his duties, succeeding Y' (khalafan li-Y): Y left the post, and takes up none
        after = [e for e in after if not _succeeded(sentence.text, max(t.end, e.start - PREDECESSOR_REACH), e.start, ctx)]
    if roles.get("carry") and roles.get("object_from"):  # a post taken up: its holder is told in its clause
        c_end = cues.clause(t.start, t.end)[1]
        apposed = next((e for e in after if e.start >= c_end), None)
        if apposed is not None and (apposed.title is None or sentence.text.count(",", t.end, apposed.start)
                                    + sentence.text.count("\u060c", t.end, apposed.start) != 1
                                    or cues.words(t.end, apposed.start) > POST_APPOSED_WORDS):
            apposed = None  # (the post told right after the verb, then its holder set off by a comma: 'the
            # dismissal of the finance minister, X', read as the names read a post and its holder so)
        after = [e for e in after if e.end <= c_end or e is apposed]
        if t.office and t.office_start > t.end and not [e for e in after if e.end <= t.office_start]:
            # the verb first, then the one who takes the post up, then the office, as Arabic writes it
            # ('took up X the premiership'): the name right before the office, bounded as an appointee's is
            after = sorted([*_appointee(sentence.text, t, ctx), *after], key=lambda e: e.start)
    if roles.get("object_from") and "person" in people and not [e for e in after if e.start - t.end <= 2] \
            and not any(e.start <= t.end < e.end for e in found.entities):
        # a capitalised name right after the verb that gives a post, which nothing else introduced
        # ('appointed Jafar Hassan'); only there: after other verbs a capitalised run is as often a title
        named = names.name_after(sentence.text, t.end, ctx.lang, f"{ctx.lang}/names/after-event")
        if named is not None and t.office and t.office_start is not None and named.end > t.office_start:
            # the post itself ('was elected Director-General of X'), or a headline's capitalised words run
            # into it ('Appoints New Head of Mission'): no one's name
            named = None
        if named is not None and names.nationality_word(named.text, ctx.lang):
            named = None  # the first word of a title ('the newly appointed Peruvian finance minister X')
        # a lone word read as someone told before at the end of the name read there (the surname alone,
        # 'Hassan' of 'Ibrahim Hassan') is part of that name
        inside = [e for e in found.entities if named is not None and named.start < e.start and e.end == named.end
                  and len(e.text.split()) == 1]
        if named is not None and named.end <= hi and inside \
                and not any(e.start < named.end and named.start < e.end for e in found.entities if e not in inside):
            after = sorted([named, *(e for e in after if e not in inside)], key=lambda e: e.start)
            ctx.introduced.append(named)
        elif named is not None and named.end <= hi and not any(e.start < named.end and named.start < e.end for e in found.entities):
            after = sorted([named, *after], key=lambda e: e.start)
            ctx.introduced.append(named)
    passive = _cue_pattern(ctx.lang, "passive_before")
    told_passive = passive is not None and bool(passive.search(fold(sentence.text[max(0, t.start - 40):t.start]).text))
    if roles.get("object_from") and t.office and "person" in people and not before and (roles.get("carry") or told_passive):
        # a name right before a verb that gives the post the rule names ('X was elected director-general
        # of Y', 'X had been appointed as Y's coach'), which nothing else introduced
        named = _named_before(sentence.text, t, found, ctx)
        if named is not None and named.start >= lo:
            before = [named]
            ctx.introduced.append(named)
        elif told_passive and not roles.get("carry"):
            after = []  # the one a passive gives the post stands before it, unread: never one named after it
            told = _passive_pronoun(sentence.text, t, ctx, sentence.start)
            if told is not None and told.start >= lo:
                # 'He was later appointed ambassador to X': the one the pronoun stands for takes the post
                before = [told]
    if roles.get("carry") and roles.get("object_from") and "person" in people and not before and not after:
        # the pluperfect 'kana X qad tawalla' (`unread_subject`): X, between the auxiliary and its particle, takes the post
        # up, though nothing introduced the name; read there as a name after a verb that gives a post is
        named = _unread_subject(sentence.text, t, ctx)
        if named is not None and named.start >= lo:
            before = [named]
            ctx.introduced.append(named)
    # 'X will meet A and hold talks with B', 'X met A before holding talks with B', 'X will meet A during
    # his visit to B': the other party of the event just told, right before this one, is no subject of it;
    # its subject does both
    shared = None
    named_before = before  # as the clause names them, before the parties of the event just told are set aside
    owner = _cue_pattern(ctx.lang, "owner")  # 'welcomed A's visit': the event is A's own
    party = bool(before) and ctx.last_pair_in == sentence.start and ctx.last_pair is not None \
        and (before[0].start, before[0].end) in ctx.last_parties
    # 'X met Y, who is visiting Z': Y's own event, told at the time of the one just told
    owned = party and owner is not None and bool(owner.fullmatch(fold(sentence.text[before[0].end:t.start]).text))
    # 'X welcomed A, ..., for a state visit to B': the guest of a reception just told is the visitor,
    # unless a pronoun between them points back at the host ('X received A during his visit to B')
    carry = _cue_pattern(ctx.lang, "carry")
    guested = party and t.rule["kind"] == "visit" and ctx.last_guest_in == sentence.start \
        and ctx.last_guest is not None and before[0].name == ctx.last_guest.name \
        and not (carry is not None and carry.search(fold(sentence.text[before[0].end:t.end]).text))
    if party and not owned and not guested:
        before = [e for e in before if (e.start, e.end) not in ctx.last_parties]
        if not before and t.rule["kind"] == "appointment" and _possessive(t, sentence.text, ctx):
            return []  # 'X met Y after his appointment as ...': a post taken up is one's own, either one's
        if not before:
            shared = replace(ctx.last_pair[0], text="", start=t.start, end=t.start, rule="carried/clause", bare_post=None)
            before = [shared]
    if roles.get("leg"):  # 'a tour starting in A on Monday, then B on Tuesday': a leg of the trip the sentence told
        told = ctx.last_subject if ctx.last_subject_in == sentence.start and ctx.last_kind == t.rule["kind"] else None
        if told is None:
            return []
        shared = replace(told, text="", start=t.start, end=t.start, rule="carried/leg", bare_post=None)
        before, after = [shared], (after if "object" in roles else [])  # 'and with B': B is the other party
    # 'the two leaders met', with nobody named around the trigger: the two people the text has just named
    pair = _pair_told_before(t, ctx, cues, sentence.start, found) if "object" in roles and not before and not after \
        and shared is None else None
    # 'the three leaders met X': the travellers of the visit just told, as many as the words count
    group = _group_told_before(t, ctx, cues) if "object" in roles and not before and after \
        and shared is None and pair is None else None
    # the holder of a post taken up is not the one who gives it ('the emir appointed X'): no carry there
    carried = None if agent else shared or (group[0] if group else None) or (pair[0] if pair else (_carried(t, before, after, ctx, cues, roles, lo, hi, sentence.start, found, chained)
               if "person" in people and ("object_from" not in roles or roles.get("carry")) else None))
    picking = roles
    if carried is not None and carried is not shared and roles.get("order", "vs") == "sv":
        before = [carried, *before]  # 'he will meet X': he stands where the subject stands
    elif carried is not None and carried.rule == "carried/list":
        # a list's item told by its event alone ('- Meeting X' as an Arabic list writes it): whoever follows the word is the other party
        before, picking = [carried], {**roles, "order": "sv"}
    elif carried is not None and carried.rule == "carried/pronoun" and t.start <= carried.start < t.end:
        # a pronoun written on a verbal noun ('during his meeting X' as Arabic writes it): the pronoun is
        # the subject, and the people after the noun are the other parties, as after a subject-first verb
        host = [e for e in named_before if e.name != carried.name][-1:]
        if not after and host and _possessed(t, sentence.text, ctx, "received_on"):
            after = host  # 'X [was] among his receivers': X, before the noun, is the host
        before, picking = [carried], {**roles, "order": "sv"}
    elif carried is None and before and roles.get("order", "vs") == "vs" and _possessed(t, sentence.text, ctx, "carry_on"):
        # 'X ... on his arrival in Y, Z': the pronoun is the person before the noun, the one
        # after it no subject of it
        picking = {**roles, "order": "sv"}
    elif (carried is None or carried.rule == "carried/clause") and after and "object" in roles \
            and roles.get("order", "vs") == "vs" and (lead := _cue_pattern(ctx.lang, "possessed_party")) is not None \
            and lead.fullmatch(fold(sentence.text[t.end:after[0].start]).text):
        # 'met his counterpart X' as a verb-first clause writes it (`possessed_party`): X, named by a word
        # whose pronoun points back, is the other party; the subject is the one named before the verb in
        # the sentence, else the one the clause carries, else the subject told last in it or the one before
        told = before[0] if before else carried or (
            replace(ctx.last_subject, text="", start=t.start, end=t.start, rule="carried/clause", bare_post=None)
            if ctx.last_subject is not None and ctx.last_subject_in in (sentence.start, ctx.previous_start) else None)
        if told is not None:
            before, picking = [told], {**roles, "order": "sv"}
    elif carried is not None and carried.rule == "carried/clause" and not before and "object" in roles \
            and roles.get("order", "vs") == "vs" and len(after) == 1 and after[0].type == "person" \
            and after[0].name != carried.name and ctx.last_subject_in in (sentence.start, ctx.previous_start) \
            and (_introduced_by_with(cues, t.end, after[0]) or _lone_party(after[0], sentence.text, cues, ctx)):
        # 'And he also met X' as Arabic writes it (the verb opening its clause, its subject a pronoun on it,
        # then X, nothing but where and when after X): a meeting names two parties, so the one person after
        # the verb is the other party, the subject the one the text goes on with (`lead`); where the one met
        # is the pronoun on the verb ('received him X', `object_on_verb`), X is the subject and meets them
        if _possessed(t, sentence.text, ctx, "object_on_verb"):
            before, after = after, [carried]
        else:
            before = [carried]
        picking = {**roles, "order": "sv"}
    if far and "object" in roles and before and picking.get("order", "vs") == "vs":
        picking = {**picking, "order": "sv"}  # nobody right after the verb: the subject is before it, the others after
    subject_e, object_e, listed = (*pair, ()) if pair else _pick_people(picking, before, after, cues, t)
    if subject_e is not None and subject_e in before and picking.get("order", "vs") == "vs" \
            and _unnamed_post_after(sentence.text, t, object_e, subject_e, ctx, cues):
        return []  # 'X said the Malaysian prime minister will meet with Y': the post after the verb is its subject, unnamed
    if group and subject_e is group[0] and object_e is not None:
        listed = (*group[1:], *listed)
    unread = _cue_pattern(ctx.lang, "unread_subject")
    if carried is None and subject_e is None and roles.get("carry") and ctx.last_subject is not None \
            and ctx.last_subject_in in (sentence.start, ctx.previous_start) \
            and not (unread is not None and unread.search(fold(sentence.text[:t.start]).text)):
        # a post taken up, told without a name ('since taking office', a pronoun written on the verb):
        # the person the sentence names before it, else the subject of the latest fact of this sentence or
        # the previous one
        named = [e for e in found.entities if e.type == "person" and e.end <= t.start]
        carried = replace(named[-1] if named else ctx.last_subject, text="", start=t.start, end=t.start,
                          rule="carried/clause", bare_post=None)
    if carried is not None and subject_e is None:
        following = _cue_pattern(ctx.lang, "carried_next") if roles.get("carry") and roles.get("order") == "vs" else None
        if following is not None and carried.rule == "carried/clause" and not following.match(fold(sentence.text[t.end:]).text):
            return []  # 'took X the premiership': someone the names do not read takes it up, not one told before
        subject_e = carried
    definite = _cue_pattern(ctx.lang, "definite_before") if t.rule["kind"] == "visit" else None
    if definite is not None and subject_e is not None and subject_e is not carried and subject_e.start >= t.end \
            and definite.search(fold(sentence.text[max(0, t.start - 3):t.start]).text) \
            and any(e.type in ("place", "country") and t.end <= e.start and e.end <= subject_e.start for e in found.entities):
        # 'during the visit to A, B' as Arabic writes it (the noun with its article, then the place, then B):
        # such a noun takes no visitor after its place; B is another clause's party (`definite_before`)
        return []
    plural = _cue_pattern(ctx.lang, "plural_visit") if t.rule["kind"] == "visit" else None
    if plural is not None and subject_e is not None and subject_e.type == "person" and subject_e.end <= t.start \
            and plural.fullmatch(fold(sentence.text[t.start:t.end]).text):
        # 'A, B and C arrived' (in Arabic a verb in the plural or the dual, `plural_visit`): each one listed
        # right before the verb visits
        ahead = [e for e in found.entities if e.type == "person" and e.end <= t.start]
        ahead.reverse()
        # a list closed by a comma before an English verb ('..., and Mrs. Y, will visit') is an aside, no subject
        stop = _cue_pattern(ctx.lang, "plural_gap_stop")
        if ahead and stop is not None and stop.search(sentence.text[ahead[0].end:t.start]):
            ahead = []
        if ahead:
            first = _listed_first(ahead, cues)
            chain = [e for e in found.entities if e.type == "person" and first.start <= e.start and e.end <= ahead[0].end]
            chain = [first, *_listed_after(first, chain, cues)]
            if subject_e in chain and ahead[0] in chain:
                if _spouse(subject_e, sentence.text, ctx):  # 'the president and the first lady will travel': he visits
                    subject_e = next((e for e in chain if not _spouse(e, sentence.text, ctx)), subject_e)
                fellows += [e for e in chain if e is not subject_e and not _spouse(e, sentence.text, ctx)]
    # the travellers listed right after a verb-first trip's subject ('arrived A and B', 'arrived A, and B, on Sunday, in Z')
    along = _listed_after(subject_e, [e for e in after if e.type == "person"], cues) \
        if t.rule["kind"] == "visit" and subject_e is not None and subject_e.type == "person" and subject_e in after else ()
    if along and roles.get("order") == "vs" and not fellows:
        # a verb before its subjects stays singular in Arabic: each one listed visits, where they would on
        # their own account (a spouse or an aide goes along)
        fellows += [e for e in along if _travels_too(e, ctx)]
    if summit is not None and subject_e is not None:  # 'with the participation of A, B and C': each takes part
        object_e, listed = summit, (_listed_after(subject_e, after, cues) if subject_e in after else ())
    appointer = None
    appointers: tuple[Entity, ...] = ()  # who made the appointment told, recorded once its fact is made
    c_lo, c_hi = cues.clause(t.start, t.end)
    if roles.get("object_from") == "post" and not roles.get("carry"):
        # 'X appointed Y as <office>' (Arabic: verb, X, Y, office): the last person between the trigger and the
        # office is the appointee, the one before them (or before the trigger) the appointer
        named = [e for e in after if e.end <= (t.office_start if t.office else c_hi)]
        if roles.get("own_post") and len(named) == 1 and not t.office and _APPOSED.match(sentence.text, named[0].end):
            # the one who acts set off by a comma, then the one acted on with the post they leave
            nxt = next((e for e in after if e.start >= c_hi), None)
            if nxt is not None and (nxt.title or nxt.bare_post) and cues.words(named[0].end, nxt.start) <= POST_APPOSED_WORDS:
                named.append(nxt)
        if t.office:  # the one appointed stands right before the office, though the names may miss them
            # a lone word set off by a comma after the one named ('X, a diplomat and Egyptologist, as
            # director-general') describes X and is no one else
            named += [e for e in _appointee(sentence.text, t, ctx) if not named or e.start >= named[-1].end
                      and not (len(e.text.split()) == 1 and _APPOSED.match(sentence.text, named[-1].end))]
        pronoun = _cue_pattern(ctx.lang, "object_pronoun")
        pronoun = pronoun.match(fold(sentence.text[t.start:]).text) if pronoun is not None else None
        by_pronoun = False
        if pronoun and not (named and pronoun.groupdict().get("possessive")):
            # 'appointed him adviser' (Arabic: the pronoun on the verb, the appointer after it): the one
            # appointed was told before; never the appointer, nor anyone named after the verb. With the
            # verb joined to a clause of the same subject ('X accepted Y's resignation and appointed him
            # adviser', `joined_verb`), the one named last before it: the first clause's subject appointed
            told = near(people, "before")
            # (the first clause's subject may stand before the event that clause tells: 'X accepted the
            # resignation of Y and appointed her adviser')
            told += [e for e in reversed(found.entities) if e.type in people and c_lo <= e.start and e.end <= lo
                     and e not in told]
            joined = _cue_pattern(ctx.lang, "joined_verb")
            if not (t.office and not named and len(told) >= 2 and joined is not None
                    and joined.search(fold(sentence.text[told[0].end:t.start]).text)):
                return []
            subject_e, appointer, appointers, by_pronoun = told[0], told[-1], (told[-1],), True
        if named and roles.get("actor_before"):  # the one who acts stands before the verb: the first after it is acted on
            named = named[:1]
        if by_pronoun:  # the one appointed is named before the verb; the chain below reads one named after it
            pass
        elif named:
            subject_e = named[-1]
            appointer = named[0] if len(named) > 1 else next(iter(near(people, "before")), None)
            # whoever stands before the verb appointed (a name the names stage ran on may stand between)
            appointers = tuple(e for e in (appointer, next(iter(near(people, "before")), None))
                               if e is not None and e is not subject_e)
            if not t.office and not (roles.get("renews") or roles.get("own_post")) \
                    and not _titled_after_noun(sentence.text, t, subject_e, ctx):
                # the post given is not named, but who appointed whom is: 'X's appointment' next is Y's
                ctx.appointers.update((e.name, sentence.start) for e in appointers)
                return []
            if roles.get("own_post") and roles.get("order") == "vs" and appointer is None and not roles.get("actor_before"):
                return []  # the one who acts follows the verb, and no one after them: the one acted on is unnamed
            if t.office and not _office_gap(sentence.text, _past_own_title(sentence.text, subject_e, t, ctx.lang), t, ctx,
                                            apposition=not subject_e.title, whens=found.whens, named=True):
                return []  # someone the names do not read stands before the office: the one appointed
        elif t.office and (unnamed := _cue_pattern(ctx.lang, "unnamed_appointee")) is not None \
                and unnamed.match(fold(sentence.text[t.end:t.office_start]).text) \
                and not ((passive := _cue_pattern(ctx.lang, "passive_before")) is not None
                         and passive.search(fold(sentence.text[max(0, t.start - 40):t.start]).text)):
            return []  # 'X appointed a new finance minister': the one appointed is not named, and is not X
        elif t.office and not _office_gap(sentence.text, t.end, t, ctx, whens=found.whens):
            return []  # someone the names do not read was appointed: not the one who appointed them
        elif t.office and _decider_before(sentence.text, t, near(people, "before"), found.whens, ctx):
            return []  # 'X decided to appoint him adviser': the one appointed was told before; X appointed
        elif (nearest := _pronoun_of_noun(sentence.text, t, near(people, "before"), ctx)) is not None \
                and nearest.name != getattr(subject_e, "name", None):
            if not t.office:
                return []  # 'on the occasion of his appointment to his new post': the post is not named
            # 'X received Y, on the occasion of his appointment as ambassador': the pronoun on the noun is
            # the one named last before it, not the first of the sentence's names
            subject_e = nearest
        elif not t.office and roles.get("own_post"):
            return []  # the one acted on is not named: never the one who acts
        elif not t.office and subject_e is not None and subject_e.end <= t.start \
                and _acted_on_unnamed(sentence.text, t, ctx.lang):
            return []  # 'King X appointed four new ministers': X appoints; those appointed are not named
        elif not t.office and (bare := _cue_pattern(ctx.lang, "bare_noun")) is not None \
                and bare.fullmatch(fold(sentence.text[t.start:t.end]).text):
            return []  # 'a decree appointing X <an office unread>' (`bare_noun`): X is not read, and whoever stands before appointed
        elif not t.office and subject_e is not None \
                and ctx.appointers.get(subject_e.name, -1) in (sentence.start, ctx.previous_start):
            return []  # 'X appointed Y ... X's appointment': the one who made it, not the one appointed
    elif roles.get("appointed_word") and subject_e is not None \
            and ctx.appointers.get(subject_e.name, -1) in (sentence.start, ctx.previous_start):
        return []  # 'X appointed Y. X, appointed in May, ...': the appointment X just made, told again
    if object_e is None and subject_e is not None and "object" in roles and roles.get("order", "vs") == "sv":
        object_e = _object_told_before(t, subject_e, ctx, cues, sentence.start)
    if subject_e is not None and object_e is not None and subject_e.name == object_e.name:
        object_e = None
    if object_e is not None and not pair and reach is not None and reach > hi:
        # a list of parties begun within the window runs on to its conjunction, up to the next trigger
        far = [e for e in found.entities if e.type in people and object_e.start <= e.start and e.end <= reach]
        longer = _listed_after(object_e, far, cues)
        if len(longer) > len(listed):
            listed = longer
    others = tuple(dict.fromkeys(e.name for e in listed if object_e is not None
                                 and e.name not in (subject_e.name if subject_e else None, object_e.name)))
    if others:  # a list of parties runs over commas: the place may follow its last name
        c_hi = max(c_hi, cues.clause(listed[-1].start, listed[-1].end)[1])
    # (the place may follow the last of the travellers listed after the subject)
    last = max((e for e in (subject_e, object_e, *(e for e in listed if e.name in others), *along)
                if e is not None and e.start >= t.end), key=lambda e: e.end, default=None)
    set_off: list[tuple[int, int]] = []  # asides between a party and the place: none of their places is it
    if last is not None and last.start >= t.end:
        # a party set off by commas ('met the Indian prime minister, X, in Moscow', 'arrived X, the
        # Sultan of Y, in Z'): the place may follow it, after its closing comma and the asides after it
        if last.start > c_hi:
            c_hi = cues.clause(last.start, last.end)[1]
        # (or a time after it: 'arrived X on Sunday evening, in Z')
        if not _blanked(sentence.text, last.end, c_hi, [(w.start, w.end) for w in found.whens]).strip():
            c_hi, set_off = _past_asides(sentence.text, c_hi, found, cues, ctx, roles.get("place", ()))
    place_types = roles.get("place", ())
    # Verb-first rules take the destination after the trigger ('visited Beijing'); subject-first ones also before it.
    place_gap = roles.get("place_gap")
    places = [e for e in near(place_types, "after") if e.end <= c_hi  # 'his first trip outside China': no destination
              and not any(a <= e.start < b for a, b in set_off)
              and (place_gap is None or cues.words(t.end, e.start) <= place_gap)
              and not ordinals.outside(ctx.lang, sentence.text, e.start)
              and not _owns_a_post(e, sentence.text, found) and not _in_compound(e, sentence.text)
              and not _in_a_title(e, cues) and not _a_side_between(e, cues)
              and not _whose_in_brackets(e, found, sentence.text)] or (
        # not a country that names the subject's post ('United Arab Emirates President X met ...')
        [e for e in near(place_types, "before") if e.start >= c_lo and not _names_a_post(e, found, cues)
         and not _in_compound(e, sentence.text) and not _a_side_between(e, cues)]
        if roles.get("order") == "sv" and place_gap is None and not _brings_destination(t, sentence.text, ctx) else [])
    owners = _owning_countries(sentence.text, found, ctx.lang)
    places = [e for e in places if id(e) not in owners]  # 'arrived in Saudi Arabia's Riyadh': the city
    if t.rule["kind"] == "visit" and not roles.get("origin"):
        aside = _cue_pattern(ctx.lang, "not_destination")  # 'the trip from Tehran', 'the ambassador in Beijing'
        if aside is not None:
            places = [e for e in places if not aside.search(fold(sentence.text[max(0, e.start - 40):e.start]).text)]
        places = _without_officials_places(places, sentence.text, ctx.lang)
    topic = _cue_pattern(ctx.lang, "topic_place")  # 'the crisis of Ukraine': what is talked of, not where
    if topic is not None:
        places = [e for e in places if not topic.search(fold(sentence.text[max(0, e.start - 40):e.start]).text)]
    modifier = _cue_pattern(ctx.lang, "place_modifier")  # 'the U.S. Embassy criticized': a country's body, no place
    if modifier is not None:
        places = [e for e in places if not modifier.match(sentence.text, e.end)]
    places = [e for e in places if not _place_of_a_post(e, sentence.text, found, ctx.lang)]
    there = _cue_pattern(ctx.lang, "place_there") if t.rule["kind"] == "visit" else None
    if there is not None and there.match(fold(sentence.text[t.end:]).text) and not any(e.start >= t.end for e in places):
        # 'X's trip there': the place told before the word is not the one 'there' points back to, unless
        # it is where the text has just sent the same person
        dest = ctx.destinations.get(subject_e.name) if subject_e is not None else None
        places = [dest[0]] if dest is not None and dest[1] in (sentence.start, ctx.previous_start) else []
    where = _cue_pattern(ctx.lang, "where_before") if not places and place_types else None
    unread = _cue_pattern(ctx.lang, "unread_town")
    if where is not None:
        # 'flew to Lima, where he met X', 'arriving from Dubai, where he attended a summit': the place the
        # clause of 'where' follows is where its event is (not a country told for a town the names do not read)
        prior = [e for e in found.entities if e.type in place_types and e.end <= t.start]
        if prior and where.search(fold(sentence.text[prior[-1].end:t.start]).text) and not (
                prior[-1].type == "country" and unread is not None
                and unread.search(fold(sentence.text[max(0, prior[-1].start - 60):prior[-1].start]).text)):
            places = [prior[-1]]
    if places and places[0].type == "country" and places[0].start > t.end and unread is not None \
            and unread.search(fold(sentence.text[max(t.end, places[0].start - 60):places[0].start]).text):
        places = []  # the town the country is told for is the destination, and the names do not read it
    elif not places and place_types:
        places = _framed_place(sentence.text, found, place_types, t, ctx)
    place_told = None
    told = ctx.destinations.get(subject_e.name) if subject_e is not None and roles.get("place_told") else None
    ends, own = _cue_pattern(ctx.lang, "destination_word"), _cue_pattern(ctx.lang, "own_object")
    if not places and told is not None and told[1] in (sentence.start, ctx.previous_start) \
            and not near(place_types, "before") and not (ends and ends.search(fold(sentence.text[t.start:t.end]).text)) \
            and not (own and own.match(fold(sentence.text[t.end:]).text)) \
            and subject_e.end <= t.start \
            and not any(e.type == "person" and subject_e.end <= e.start and e.end <= t.start for e in found.entities):
        # 'She visited Tuesday': no place in the clause, and none before the trigger that a rule left
        # out: the place the same or the previous sentence sent the same person to, if they stand
        # before the trigger and no one else between
        places, place_told = [told[0]], "+place/told"
    anaphor = _cue_pattern(ctx.lang, "place_anaphor") if not places else None
    said = anaphor.match(fold(sentence.text[t.end:]).text) if anaphor is not None else None
    if said is not None and told is not None and told[1] in (sentence.start, ctx.previous_start) \
            and subject_e.end <= t.start:
        # 'He last visited the kingdom in 2016': the country (or the city) of the place the same or the
        # previous sentence sent the same person to
        name = filed_country(told[0]) if said.group("country") else (
            told[0].name if told[0].type != "country" else names.capital_of(told[0].name))
        if name is not None:
            places = [Entity(text="", start=t.end, end=t.end, name=name,
                             type="country" if said.group("country") else "place", rule="place/anaphor")]
            place_told = "+place/anaphor"
    elif said is not None and told is None and t.rule["kind"] == "visit" and subject_e is not None and said.group("country"):
        # 'X said that his counterpart Y has arrived in the country', no trip told before: the country
        # of the one who tells it (named before 'that', `complement_opener`), if not the traveller's own
        home, teller = _own_country(subject_e, ctx)[0], _cue_pattern(ctx.lang, "complement_opener")
        host = next((c for e in reversed(found.entities) if e.type == "person" and e.end <= subject_e.start
                     and teller is not None and teller.search(fold(sentence.text[e.end:subject_e.start]).text)
                     and (c := _own_country(e, ctx)[0]) is not None and c != home), None)
        if host is None:
            host = _filed_from(said.group("country"), home, ctx, ctx.dateline_place or dateline_place(found, sentence.text))
        if host is not None:
            places = [Entity(text="", start=t.end, end=t.end, name=host, type="country", rule="place/anaphor")]
            place_told = "+place/anaphor"
    here = _cue_pattern(ctx.lang, "place_here") if t.rule["kind"] == "visit" and (
        not places or len(places) == 1 and places[0].type == "country") else None
    if here is not None and here.match(fold(sentence.text[t.end:]).text):
        # 'arrived here' in a report filed from a city ('RIYADH, Dec. 7 (Agency) -- X arrived here'): that city;
        # else the place the same or the previous sentence sent the same person to ('arrives in Beijing. X arrived here');
        # with the country told too ('arrived here for a visit to Egypt', from CAIRO), the city in it
        there = ctx.dateline_place or dateline_place(found, sentence.text) or (
            told[0] if told is not None and told[1] in (sentence.start, ctx.previous_start) else None)
        if there is not None and (not places or there.type != "country"
                                  and names.country_of_place(there.name) == places[0].name):
            places, place_told = [replace(there, text="", start=t.end, end=t.end, rule="place/here")], "+place/here"
    if not places and roles.get("place_host") and roles.get("visitor"):
        # a visit told as hosted that names no place ('X hosted a state visit by Y'): the guest came to
        # the country the host serves, where the document or the catalogue tells it
        host = subject_e if roles["visitor"] == "object" and object_e is not None else \
            object_e if roles["visitor"] == "subject" else None
        country = _own_country(host, ctx)[0]
        if country is not None:
            places, place_told = [Entity(text="", start=t.start, end=t.start, name=country, type="country",
                                         rule="place/host")], "+place/host"
    occasions = near(("occasion",), "after")

    kind = t.rule["kind"]
    subject = subject_e.name if subject_e else None
    obj = object_e.name if object_e else None
    unstated = False
    if roles.get("object_from") == "post" and subject:  # the post taken up: named as an office, or the person's title
        # duties taken up after the document gave the person a post are that post's, not the one they
        # are named with ('the industry minister X, appointed prime minister, took up his duties'); where
        # the language says what is taken up (`given_after`: his duties, his post), only those
        cue = _cue_pattern(ctx.lang, "given_after")
        given = ctx.given.get(subject) if roles.get("given") and (
            cue is None or cue.match(fold(sentence.text[t.end:t.end + 60]).text)) else None
        # (a post named as held before is the one left where the government the person headed is what leaves:
        # 'the resignation of former Prime Minister X's government', `government_of`)
        left = kind in LEAVING and subject_e is not None and _government_of(sentence.text, subject_e, ctx)
        held = given or ctx.posts.get(subject) or (subject_e.title if subject_e is not None and (
            not subject_e.past or left) else None) or (ctx.given.get(subject) if roles.get("given") else None)
        if held is None and (roles.get("carry") or roles.get("renews") or roles.get("own_post")):
            # taken up (or kept) by the one named: 'President X ... since taking office'
            # the post in the catalogue's country where it gives one ('President Vasko': Ruritanian president)
            held = (ctx.offices[subject].post or ctx.offices[subject].office) if subject in ctx.offices else None
        if held is None and left and subject_e.bare_post:
            # the office left, written without its country as one held before ('former Prime Minister X')
            held = names.office_of(sentence.text, subject_e.bare_post, ctx.lang, former=True)
        if t.office and held and held.endswith(" " + t.office) \
                and all(w[:1].isupper() for w in held[:-len(t.office)].split()):
            # 'since taking office as prime minister': the post the person is named with, its country
            # before the office (a deputy foreign minister appointed foreign minister takes another post)
            obj = held
        else:  # an office named is the post, never the other post the person is named with
            # a post written where the office stands that neither the office lexicon nor a title reads
            # ('served as a faculty member') is not the one the person is named with
            # a post the subject takes up or holds itself (`carry`) is of the subject's own country
            country = _country_of_post(appointer or (subject_e if roles.get("carry") else None), ctx) \
                if t.office and not t.post else None
            if country is not None and _posted_to(t.office, country):
                country = None  # 'as ambassador to Japan' in an article on Japan: no one's envoy to their own country
            obj = t.post or (_post(t.office, country, ctx) if t.office else None if t.office_unread else held)
            if obj is None and t.office and not t.post:
                # no country to name the post by, or none of its posts ends so: the office as written, as a
                # bare post's, held by no one alone (names.UNSTATED), rather than a guessed country's
                obj, unstated = names.canonical_office(t.office, ctx.lang) or t.office, True
            if obj is held and held is not None and roles.get("renews") and not (names.posts().get(held) or {}).get("country"):
                # a term renewed, a minister kept, by the one who rules: the post of the ruler's country
                obj = _post(held, _country_of_post(appointer, ctx), ctx) or held
            broken = _cue_pattern(ctx.lang, "held_break")
            if not (t.office or t.post) and subject_e is not None and subject_e.end <= t.start \
                    and cues.words(subject_e.end, t.start) > HELD_GAP and broken is not None \
                    and broken.search(sentence.text[subject_e.end:t.start]):
                # 'X proposed that Y be appointed' (`held_break` between them, far apart): the post X is
                # named with is not the one given
                obj = None
        other = _cue_pattern(ctx.lang, "other_post")
        if not t.office and roles.get("carry") and other is not None and other.match(fold(sentence.text[t.end:]).text):
            obj = None  # 'since taking up the post of head of X': a post the office lexicon lacks, not the one held now
    if roles.get("carry") and subject_e is not None and subject_e.end <= t.start and not (t.office or t.post) \
            and (post_after := _post_right_after(sentence.text, t.end, ctx.lang)) is not None and post_after != obj:
        return []  # 'the king ordered the dismissal of the finance minister': the post after the verb is another's
    if roles.get("object_from") == "post" and roles.get("carry") and kind == "role" and obj is not None \
            and t.office_start is not None and any(
                e.type == "person" and e.title == obj and e.name != subject and t.office_start <= e.start <= hi
                and not e.rule.startswith("coref/") for e in found.entities):
        # 'present to receive X was the Kenyan ambassador, Mr Y': the post is that of the one named after it, not X's
        return []
    quantity = None
    have = {"subject": subject, "object": obj, "place": places[0] if places else None, "quantity": quantity}
    if any(have.get(need) is None for need in roles.get("needs", ()) if need != "when"):  # the date: below
        return []
    if roles.get("visitor"):  # a reception: the one received visits the place; the host is no party of it
        if roles["visitor"] == "object" and obj is None and subject_e is not None and subject_e.start >= t.end:
            object_e, obj = subject_e, subject  # 'welcoming X to Y': the host unnamed, the one after the verb the guest
        if (obj if roles["visitor"] == "object" else subject) is None:
            return []  # the guest unnamed; a rule that needs the host named says so in `needs`
        if roles["visitor"] == "object" and roles.get("place_host") and (
                object_e is None or object_e.start < t.end or subject_e is not None and object_e.name == subject_e.name):
            return []  # 'X hosted a state visit by ...' with the guest unread: the host is no guest
        if roles["visitor"] == "object":
            subject_e, subject = object_e, obj
            if places and subject_e is not None and subject_e.title \
                    and (_posted_to(subject_e.title, filed_country(places[0]) or "") or _envoy(subject_e.title)):
                # 'received the Ghanaian ambassador to Kenya in Nairobi': received where they serve; an
                # ambassador whose posting is untold is received there too ('received the Ghanaian ambassador in Nairobi')
                return []
            if roles.get("place_host"):  # 'hosted state visits by A, B and C': each one listed came
                fellows += [e for e in listed if e.name in others]
        object_e, obj, others = None, None, ()
    home = _own_country(subject_e, ctx)[0] if kind == "visit" and places else None
    if home is not None and home == filed_country(places[0]):
        # 'the visit reflects X's care for their country's economy', 'the governor attends a hearing in
        # the capital': nobody visits their own country, nor a city of it
        return []
    rule = t.rule.id + (place_told or "") + (names.UNSTATED if unstated else "")
    if roles.get("next_leg") and not _next_leg(sentence, t, subject, found, ctx):
        return []  # ('he sent envoys to A and then to B': no trip of his to A told, so none to B)
    if kind in ("visit", "meeting") and places and subject:
        # a visit's place, or where a meeting was held: where the subject was then
        ctx.destinations[subject] = (places[0], sentence.start)
    if subject_e is not None and subject_e is carried:
        rule = f"{rule}+subject/{carried.rule}"  # the fact records that its subject came from before
    if subject_e is not None and subject_e.type == "person" and roles.get("visitor") != "object":
        # (a reception read as its guest's visit leaves the clause's subject the host: 'He received X
        # at the palace' goes on with him, not with the guest)
        ctx.last_subject, ctx.last_subject_in, ctx.last_kind = subject_e, sentence.start, kind
        if object_e is not None and object_e.type == "person":
            ctx.last_pair, ctx.last_pair_in = (subject_e, object_e), sentence.start
            reception = _cue_pattern(ctx.lang, "reception") if kind == "meeting" else None
            if reception is not None and reception.fullmatch(fold(sentence.text[t.start:t.end]).text):
                ctx.last_guest, ctx.last_guest_in = object_e, sentence.start
            # a party named again after the first ('X met A, and A then ...') is no other party of this
            # event: more often the subject of the next
            ctx.last_parties = frozenset((e.start, e.end) for e in (object_e, *listed)
                                         if e is object_e or e.name not in (object_e.name, subject_e.name))

    m_lo, m_hi = max(floor, c_lo, t.start - roles.get("window", DEFAULT_WINDOW)), min(hi, c_hi)
    # a clause with a finite verb of its own before the trigger ('there has been none since 2016, when X met
    # Y') tells its own mood: the trigger's clause begins where the last one opens
    m_lo = max([m_lo, *(o for o in cues.openers if m_lo <= o <= t.start)])
    relative = _cue_pattern(ctx.lang, "relative_after") if kind in ("visit", "meeting") else None
    opened = relative.search(fold(sentence.text[t.end:m_hi]).text) if relative is not None else None
    if opened is not None:
        # '... for a state visit on Tuesday that the minister hopes will help': a relative clause after
        # the event tells of something else, and its tense is not the event's
        m_hi = t.end + opened.start()
    # a clause with a finite verb of its own after the trigger ('met X and will attend a dinner', `new_clause`)
    # tells another event: its tense is not this one's
    m_hi = min([m_hi, *(o for o in cues.openers if t.end <= o < m_hi)])
    m_lo, m_hi = _whole_words(sentence.text, m_lo, m_hi)
    # (a quotation the trigger stands outside tells the speaker's mood: 'we will reach X', he said at a meeting)
    modality, tense = timex.clause(_masked(sentence.text[m_lo:m_hi], found.entities, m_lo, cues.speech_outside(t)),
                                   ctx.lang)
    adverbial = _cue_pattern(ctx.lang, "adverbial_event") if modality == "negated" else None
    if adverbial is not None and adverbial.search(fold(sentence.text[max(m_lo, t.start - 20):t.start]).text):
        # 'did not speak to the press on his arrival': an event told as another verb's time is not denied
        # with that verb; it keeps the verb's time to come ('will not speak ... on his arrival')
        modality = "expected" if tense == "future" else "asserted"
    if modality == "target" and kind in ("visit", "meeting"):
        # a goal's words after the event's word tell what it serves ('his visit aims to strengthen ties',
        # 'met and agreed to expand trade'), not the event's mood: that is told before the word, if at all
        before_mood = timex.clause(_masked(sentence.text[m_lo:t.start], found.entities, m_lo), ctx.lang)
        if before_mood[0] != "target":
            modality, tense = before_mood
    own_clause = _event_clause(sentence.text, t, cues, ctx.lang)
    if own_clause is not None:
        # 'the visit to X, which is scheduled for 3 May': the clause right after the event's noun tells the
        # event's own mood and tense, whatever the verb before the noun was ('announced the visit, ...')
        c_modality, c_tense = timex.clause(_masked(sentence.text[own_clause[0]:own_clause[1]], found.entities,
                                                   own_clause[0]), ctx.lang)
        if modality == "asserted" and c_modality != "asserted":
            modality, tense = c_modality, c_tense
        elif modality == "asserted" and c_tense is not None:
            tense = c_tense
        elif modality != "asserted":
            own_clause = None  # a mood of its own ('cancelled the visit, which was due'): its time is the plan's
    modality = t.rule.get("modality") or modality
    if modality == "asserted" and tense is None and subject_e is not None and subject_e.rule in ("carried/sequel", "carried/leg"):
        modality = ctx.last_modality  # 'X will visit A, before travelling to B': the plan goes on
    elif roles.get("next_leg") and ctx.last_kind == kind and ctx.last_subject_in == sentence.start:
        modality = ctx.last_modality  # '... to A on Tuesday and then to B': the leg told in the trip's mood
    ctx.last_modality = modality
    own_date = "when" in roles.get("needs", ())  # a date of its own, never the article's ('took office in May')
    if own_date and t.post and kind == "appointment" and not _told_aside(sentence.text[:t.start], ctx):
        # 'X was elected director-general of Y': the post named whole, in a clause of its own, is the news
        # itself, told on the article's day; 'since taking office', 'who was elected' tell the past aside
        own_date = False
    term_start = None
    if kind == "appointment" and roles.get("holds") and not roles.get("renews") and "when" not in roles.get("needs", ()):
        # 'appointed X, with effect from 1 August': the day the post is taken up dates the role the
        # appointment gives, not the appointment itself (a term's length with it is one time of the dates
        # rules, 'term-length', which posts._held_roles reads); a post taken up by its holder ('took
        # office as of 2 August') is dated by that day itself
        starts = [w for w in _term_starts(found, sentence.text, ctx) if lo <= w.start and w.end <= hi]
        if starts:
            term_start = _shift(starts[0], sentence.start)
            found = replace(found, whens=tuple(w for w in found.whens if w is not starts[0]))
    term_end = None
    if roles.get("renews"):  # 'extended until June 2027': the end of the term, not the day it was extended
        ends = [w for w in _term_ends(found, sentence.text, ctx) if lo <= w.start and w.end <= hi]
        term_end = _shift(ends[0], sentence.start) if ends else None
        found = replace(found, whens=tuple(w for w in found.whens if w not in ends))
    # a leg's own time follows its word: one before it is the time of the trip the sentence told first
    when = _when(found, t, t.start if roles.get("leg") or roles.get("time_after") else lo, hi, ctx, cues, sentence.start,
                 # the stop a traveller came from ended before the day the article tells (`origin`)
                 inherit=modality == "asserted" and tense != "future" and not own_date and not roles.get("origin")
                 and not (tense == "past" and _after_publication(ctx.peg, ctx)),
                 told_past=tense == "past", told_present=tense == "present", to_come=modality in TO_COME,
                 chained=chained and not own_date and subject_e is not None and (
                     subject_e is carried and carried.rule == "carried/clause" or owned and subject_e is before[0]
                     or _joined_verb(sentence.text, lo, t, ctx.lang)))
    if (then := _time_before_when(found, cues, ctx.lang, m_lo, t.start)) is not None and (when is None or when.end <= sentence.start + m_lo):
        when = _shift(then, sentence.start)  # 'since 2016, when X met Y': the time the clause is told of
    if own_clause is not None and (told := [w for w in found.whens if own_clause[0] <= w.start and w.end <= own_clause[1]]):
        when = _shift(told[0], sentence.start)  # (a time in that clause is the event's, though set off by commas)
    congratulated = _cue_pattern(ctx.lang, "congratulated_on") if kind == "appointment" else None
    if congratulated is not None and congratulated.search(fold(sentence.text[max(0, t.start - CONGRATULATED_REACH):t.start]).text):
        when = None  # 'congratulated X on his appointment': done before the congratulations, on a day not told
    if own_date and (when is None or when.value is None):
        if kind != "role" or tense != "past" or modality != "asserted":
            return []  # 'since he took office', undated: nothing a source could contradict
        when, modality = None, FORMER  # 'X previously served as Y': a post held before, of no known days
    if summit is not None and (when is None or when.value is None):
        when = ctx.bloc_when.get(summit.name, when)  # the summit's time, told before
    if kind in ("visit", "meeting") and modality == "asserted" and tense != "past" and _after_publication(when, ctx):
        # 'begins on Tuesday next a visit' in the present, its days all after the article: still to come
        modality = ctx.last_modality = "expected"
    start, end = sentence.start + lo, sentence.start + hi
    fact_id = _fact_id(doc_id, kind, start, end, subject, obj)
    if term_end is not None:
        ctx.term_ends[fact_id] = term_end
    if term_start is not None:
        ctx.term_starts[fact_id] = term_start
    ctx.appointers.update((e.name, sentence.start) for e in appointers)
    if kind == "appointment" and subject and obj and modality == "asserted":
        # the post just given is theirs: 'X will take up his duties on D' next takes it up, and its
        # country is the one they serve ('elected army chief X as Lebanon's president': the army's Lebanon's)
        ctx.given.setdefault(subject, obj)
        if country := (names.posts().get(obj) or {}).get("country"):
            ctx.nationality.setdefault(subject, set()).add(country)
    fact = Fact(
        doc=doc_id, kind=kind, subject=subject, object=obj,
        place=places[0].name if places else None,
        occasion=occasions[0].name if occasions else None,
        modality=modality, when=when, quantity=_shift(quantity, sentence.start) if quantity else None,
        sentence=sentence.text,
        span=(start, end), rule=rule,
        id=fact_id, others=others,
        # a trip told by its arrival ('arrived in X', the `arrival` pattern): the day it began, which
        # reports may set apart (conflicts.yaml arrival-date)
        measure=ARRIVAL if kind == "visit" and _arrival(t, cues) else None,
    )
    if kind != "visit" or not places:
        return [fact]
    # 'visited Russia in October 2022 and June 2023': a visit on each date listed after its own
    dated = [replace(fact, when=_shift(w, sentence.start), id=_fact_id(doc_id, kind, start, end, subject, w.value))
             for w in _listed_dates(found, when, sentence.text, sentence.start, hi, ctx)] if modality == "asserted" else []
    # 'will visit Lahore and Karachi': a visit to each place listed, closed by its conjunction; a
    # country after a place in it ('Atlanta, United States') is where that place lies, no other visit
    owners = _owning_countries(sentence.text, found, ctx.lang)
    listed = [e for e in _listed_after(places[0], [e for e in found.entities if e.type in place_types and id(e) not in owners], cues)
              if e.name != places[0].name and e.name != names.country_of_place(places[0].name)]
    made = [fact, *dated, *(replace(fact, place=e.name, id=_fact_id(doc_id, kind, start, end, subject, e.name)) for e in listed)]
    # 'visited Tunis together with the Dutch Prime Minister, X': X's visit too, the same place and days
    fellows = list(dict((e.name, e) for e in fellows if e.name != subject).values())
    if fellows and subject_e is not None:
        ctx.travellers = (subject_e, *fellows)
    return made + [replace(f, subject=e.name, rule=f"{f.rule}+fellow",
                           id=_fact_id(doc_id, kind, start, end, e.name, f.place, f.when.value if f.when else None))
                   for e in fellows
                   if _own_country(e, ctx)[0] != filed_country(places[0])
                   for f in made]


# asides set off by commas after a party that the place may follow: a post or a time, and at most
# this many other words ('X, the Sultan of Y, in Z'; 'X, on Sunday, to Z')
ASIDE_WORDS = 2
ASIDES = 2


def _past_asides(text: str, c_hi: int, found: Found, cues: Cues, ctx: DocumentContext,
                 place_types) -> tuple[int, list[tuple[int, int]]]:
    """The end of the clause that goes on with the place after the comma at `c_hi` that closes a party,
    past at most ASIDES asides (a post or a time) set off by commas, and those asides; else `c_hi`."""
    resume = _cue_pattern(ctx.lang, "place_resume")
    if resume is None:
        return c_hi, []
    skipped: list[tuple[int, int]] = []
    end = c_hi
    times = [(w.start, w.end) for w in found.whens]
    for _ in range(ASIDES + 1):
        # (a time between the comma and the place's word stands aside too: 'X, Sunday, to Y')
        folded = fold(_blanked(text, end, end + 80, times))
        opened = resume.match(folded.text)
        groups = opened.groupdict() if opened is not None else {}
        if groups.get("attached") or groups.get("bare") is not None:
            # a preposition written on the next word: the place itself, or a word before it ('the state of');
            # no preposition (`bare`, a verb's direct object): the place itself
            at = end + folded.span(opened.end(), opened.end())[0]
            reach = 0 if groups.get("bare") is not None else 1
            if not any(e.type in place_types and at <= e.start and cues.words(at, e.start) <= reach for e in found.entities):
                opened = None
        if opened is not None:
            return cues.clause(end + 1, end + 1)[1], skipped
        nxt = cues.clause(end + 1, end + 1)[1]
        along = _cue_pattern(ctx.lang, "companion_clause")
        if nxt >= len(text) or not (_aside(end + 1, nxt, found, cues)
                                    or along is not None and along.match(fold(text[end + 1:nxt]).text)):
            # (who goes along, told between commas, is an aside too: 'arrived X, with his wife Y, in Z')
            break
        skipped.append((end + 1, nxt))
        end = nxt
    return c_hi, []


RELATIVE_REACH = 40  # characters before a trigger where the relative pronoun of its clause may stand
_WORDS = re.compile(r"\w")  # (only spaces, commas and quotation marks between an antecedent and its pronoun)


def _aside(start: int, end: int, found: Found, cues: Cues) -> bool:
    """Is text[start:end] a post or a time told aside ('the Sultan of Y', 'on Sunday'), naming no one?"""
    if any(e.type == "person" and start <= e.start < end for e in found.entities):
        return False
    whens = [(w.start, w.end) for w in found.whens if start <= w.start and w.end <= end]
    titled = [(a, b) for a, b in cues.titles if start <= a and b <= end]
    if not whens and not titled:
        # a post written without its country ('the President of the Republic'): the words left are few
        return names.has_bare_post(cues.text[start:end], cues.lang) and len(cues.text[start:end].split()) <= ASIDE_WORDS + 4
    gap = _blanked(cues.text, start, end, (*whens, *titled, *cues.honors))
    return sum(1 for w in gap.split() if any(ch.isalnum() for ch in w)) <= ASIDE_WORDS


def _listed_dates(found: Found, when: When | None, text: str, offset: int, hi: int, ctx: DocumentContext) -> list[When]:
    """The times listed right after the fact's own (`date_list` between each and the one before it),
    within its window: each dates an event of its own, told alike. A time counted back from the fact's
    ('on 14 August, three months after he met Y') dates another event, never a listed one."""
    joiner = _cue_pattern(ctx.lang, "date_list")
    if joiner is None or when is None:
        return []
    whens = sorted(found.whens, key=lambda w: w.start)
    at = next((i for i, w in enumerate(whens) if w.start + offset == when.start and w.value == when.value), None)
    if at is None:
        return []
    # past the fact's window (another event's word in the first time's purpose: 'to attend a summit'),
    # a listed time needs the clause to close right after it or a trip told with no verb of its own
    closing = _cue_pattern(ctx.lang, "date_list_end")
    out, last = [], whens[at]
    for w in whens[at + 1:]:
        if w.value is None or _counts_back(w) or not joiner.fullmatch(fold(text[last.end:w.start]).text) \
                or w.end > hi and (closing is None or not closing.match(fold(text[w.end:]).text)):
            break
        if _days_of_one_trip(last, w):
            return []  # 'on Monday and Tuesday': the days of one trip, not two trips
        out.append(w)
        last = w
    return out


TRIP_DAYS = 7  # days listed this close together are the days of one trip ('on Monday and Tuesday')


def _days_of_one_trip(a: When, b: When) -> bool:
    return a.granularity == b.granularity == "day" and None not in (a.earliest, b.earliest) \
        and abs((b.earliest - a.earliest).days) <= TRIP_DAYS


def _possessive(t: Trigger, text: str, ctx: DocumentContext) -> bool:
    """Is the event told as someone's own by a possessive pronoun: before its word ('his appointment',
    `possessive_before` of events.yaml) or written on its first word (Arabic's pronoun suffix, `possessive_on`)?"""
    before = _cue_pattern(ctx.lang, "possessive_before")
    return bool(before is not None and before.search(fold(text[max(0, t.start - POSSESSIVE_REACH):t.start]).text)) \
        or _possessed(t, text, ctx, "possessive_on") is not None


POSSESSIVE_REACH = 30  # characters before an event's word where its possessive and an adjective may stand


def _framed_place(text: str, found: Found, types, t: Trigger, ctx: DocumentContext) -> list[Entity]:
    """The place a sentence opens with, set off by a comma ('In Oslo, X met Y'; after a time set off
    the same way, 'On Monday, in Oslo, X met Y'): the scene of the events the sentence tells that name
    no place of their own."""
    frame = _cue_pattern(ctx.lang, "place_frame")
    if frame is None:
        return []
    opening = _blanked(text, 0, t.start, [(w.start, w.end) for w in found.whens])  # the sentence's times as spaces
    return [e for e in found.entities if e.type in types and e.end <= t.start
            and frame.fullmatch(fold(opening[:e.start]).text) and re.match(r"\s*[,\u060c]", text[e.end:])][:1]


def _term_starts(found: Found, text: str, ctx: DocumentContext) -> list[When]:
    """The sentence's days that begin a term (the `term_start` pattern of events.yaml right before them:
    'with effect from 1 August 2022', and its Arabic); a span of its own is none."""
    cue = _cue_pattern(ctx.lang, "term_start")
    if cue is None:
        return []
    # the time's own words may begin with the cue's last ('from 1 August 2022' as the dates read it)
    return [w for w in found.whens if w.value and "/" not in w.value and w.granularity == "day"
            and (cue.search(fold(text[max(0, w.start - 30):w.start]).text)
                 or cue.search(fold(text[max(0, w.start - 30):w.start + len(w.text.split()[0])]).text))]


def _term_ends(found: Found, text: str, ctx: DocumentContext) -> list[When]:
    """The sentence's dates that end a term (the `term_end` pattern of events.yaml right before or at
    their start: 'until June 2027')."""
    cue = _cue_pattern(ctx.lang, "term_end")
    if cue is None:
        return []
    return [w for w in found.whens if w.value and "/" not in w.value
            and cue.search(fold(text[max(0, w.start - 12):w.start + len(w.text.split()[0]) + 1]).text)]




HELD_GAP = 4  # words between a person and a verb of appointing that names no office, for the post they are named with
PREDECESSOR_REACH = 40  # characters from the words that name a predecessor to the name ('replacing US banker X')


def _succeeded(text: str, start: int, end: int, ctx: DocumentContext) -> bool:
    """Do the `predecessor` words of events.yaml ('replacing', 'khalafan li-') stand in text[start:end],
    right before the name at `end`, with a few words at most between (a description, a nationality)?"""
    cue = _cue_pattern(ctx.lang, "predecessor")
    if cue is None:
        return False
    folded = fold(text[start:end]).text
    last = None
    for last in cue.finditer(folded):
        pass
    return last is not None and len(folded[last.end():].split()) <= 3


def _unread_subject(text: str, t: Trigger, ctx: DocumentContext) -> Entity | None:
    """The name between the auxiliary and its particle of the pluperfect right before the trigger
    (`unread_subject`, `unread_auxiliary` and `unread_particle` of events.yaml), read as a name after a verb
    that gives a post is; None if none."""
    cue, auxiliary, particle = (_cue_pattern(ctx.lang, name) for name in ("unread_subject", "unread_auxiliary", "unread_particle"))
    if cue is None or auxiliary is None or particle is None:
        return None
    f = fold(text[:t.start])
    m = cue.search(f.text)
    aux = auxiliary.match(f.text, m.start()) if m is not None else None
    if aux is None:
        return None
    # the fold of the sentence begins as the fold of the text before the trigger does: the same position
    named = names.person_beside(text, fold(text), aux.end(), "after", ctx.lang, f"{ctx.lang}/names/after-event") \
        if aux.end() < len(f.text) else None
    if named is None or named.type != "person" or not particle.fullmatch(fold(text[named.end:t.start]).text):
        return None  # the name must run to the particle: nothing else stands between it and the verb
    return named


def _decider_before(text: str, t: Trigger, before: list[Entity], whens: Sequence[When], ctx: DocumentContext) -> bool:
    """Is the trigger a verbal noun with its pronoun (`noun_pronoun` of events.yaml: 'his appointment')
    whose nearest person before it is the subject of a verb of deciding or issuing (`decider_before`: 'the
    president X decided his appointment')? Then the pronoun is someone told before, whom that person appointed."""
    noun, decider = _cue_pattern(ctx.lang, "noun_pronoun"), _cue_pattern(ctx.lang, "decider_before")
    if noun is None or decider is None or not before or not noun.search(fold(text[t.start:t.end]).text):
        return False
    person = before[0]
    between = list(text[person.end:t.start])
    for w in whens:  # a time told between them ('X on Monday decided to appoint him') is no one
        for i in range(max(w.start, person.end), min(w.end, t.start)):
            between[i - person.end] = " "
    if "".join(between).strip(" \t,\u060c"):
        return False  # other words between them: the person is not the one who decides
    return bool(decider.search(fold(text[max(0, person.start - 60):person.start]).text))


def _pronoun_of_noun(text: str, t: Trigger, before: list[Entity], ctx: DocumentContext) -> Entity | None:
    """The person a verbal noun's pronoun stands for ('his appointment', `noun_pronoun` of events.yaml): the
    one named nearest before it; None where the trigger is no such noun or nobody is named before it."""
    noun = _cue_pattern(ctx.lang, "noun_pronoun")
    if noun is None or not before or not noun.search(fold(text[t.start:t.end]).text):
        return None
    return before[0]


def _appointee(text: str, t: Trigger, ctx: DocumentContext) -> list[Entity]:
    """The name written right before the office given, after the appointment word ('appointed the
    deputy governor X Y governor of the bank', as Arabic writes it), bounded as a line-up's member
    is; [] if none stands there."""
    f = fold(text)
    at = next((i for i, o in enumerate(f.offsets) if o >= t.office_start), len(f.text)) \
        if f.offsets is not None else t.office_start
    gap = _cue_pattern(ctx.lang, "office_gap")
    if gap is not None:  # 'appointed X as the new ...': the name stands before the words of the gap
        lo = max(0, at - 40)
        at = next((lo + i for i in range(at - lo) if gap.fullmatch(f.text, lo + i, at)), at)
    person = names.person_beside(text, f, at, "before", ctx.lang, f"{ctx.lang}/names/before-office")
    if person is None or person.type != "person" or person.start < t.end:
        return []
    ctx.introduced.append(person)
    return [person]


def _past_own_title(text: str, person: Entity, t: Trigger, lang: str) -> int:
    """Where the gap from one appointed to the post given begins: past the post they hold, written right
    after their name and before the post given ('elected X, the Kenyan deputy minister, to fill the post of')."""
    own = next((x for x in names.find_titles(text, lang) if person.end <= x.start
                and not text[person.end:x.start].strip(" ,\u060c") and t.office_start is not None
                and x.end <= t.office_start), None)
    return own.end if own is not None else person.end


def _office_gap(text: str, start: int, t: Trigger, ctx: DocumentContext, apposition: bool = False,
                whens: Sequence[When] = (), named: bool = False) -> bool:
    """Does only the `office_gap` pattern of events.yaml stand between text[start] (the end of the
    one appointed, or of the appointment word when they are written before it: 'X was appointed as
    the new prime minister') and the office? Other words there are someone the names did not read.
    With `apposition` (one appointed named without a post), the `office_apposition` pattern too; `named`
    (start the end of the one appointed), the place they come from first (`appointee_origin`).
    A time told there ('X on Monday as ...', or set off by commas, as Arabic writes it) is no one: it
    is left out, with the comma that set it off."""
    gap = _cue_pattern(ctx.lang, "office_gap")
    between = text[start:t.office_start]
    for w in sorted((w for w in whens if start <= w.start and w.end <= t.office_start), key=lambda w: -w.start):
        rest = between[w.end - start:]
        between = between[:w.start - start] + rest[len(rest) - len(_COMMA_AFTER_TIME.sub("", rest, count=1)):] \
            if _COMMA_AFTER_TIME.match(rest) else between[:w.start - start] + rest
    words = fold(between).text
    if named and (origin := _cue_pattern(ctx.lang, "appointee_origin")) is not None and (m := origin.match(words)):
        words = words[m.end():]
    if gap is None or gap.fullmatch(words):
        return True
    described = _cue_pattern(ctx.lang, "office_apposition") if apposition else None
    return described is not None and bool(described.fullmatch(words))


def _next_leg(sentence: Any, t: Trigger, subject: str | None, found: Found, ctx: DocumentContext) -> bool:
    """Does the leg's trigger ('and then to') follow the place of the subject's trip the sentence told, a
    time and its preposition at most between ('will fly to A on Monday and then to B')?"""
    told = ctx.destinations.get(subject) if subject else None
    if told is None or told[1] != sentence.start:
        return False
    prior = max((e for e in found.entities if e.type in PLACE_TYPES and e.end <= t.start), key=lambda e: e.end, default=None)
    if prior is None or prior.name != told[0].name:
        return False
    gap = _blanked(sentence.text, prior.end, t.start, [(w.start, w.end) for w in found.whens]).replace(",", " ").split()
    return not gap or len(gap) == 1 and len(gap[0]) <= LEG_GAP_WORD  # (a time's preposition: 'on')


LEG_GAP_WORD = 3  # letters of the one short word (a time's preposition) between a trip's place and its next leg


def _government_of(text: str, person: Entity, ctx: DocumentContext) -> bool:
    """Is the person named as the head of a government or cabinet ('X's government', or 'the government
    of ... X' as Arabic writes it: `government_of` of events.yaml, right after or before the name and its post)?"""
    rx = _cue_pattern(ctx.lang, "government_of")
    start = min(person.start, person.bare_post[0]) if person.bare_post else person.start
    return rx is not None and bool(rx.search(fold(text[person.end:person.end + GOVERNMENT_REACH]).text)
                                   or rx.search(fold(text[max(0, start - GOVERNMENT_REACH):start]).text))


GOVERNMENT_REACH = 40  # characters beside a name and its post where the government it heads is named


def _unnamed_post_after(text: str, t: Trigger, object_e: Entity | None, subject_e: Entity, ctx: DocumentContext,
                        cues: Cues) -> bool:
    """Does a post of a country stand right after a verb-first trigger, held by no one named and not by
    the subject found before the verb, the other party introduced after it by 'with' (`with`)? The post
    is the verb's subject, though no name tells who holds it."""
    if object_e is None or object_e.start <= t.end:
        return False
    # the first post after the verb (the sentence's titles, read once for it)
    title = next((x for x in names.find_titles(text, ctx.lang) if t.end <= x.start and x.end <= object_e.start), None)
    held = subject_e.title or ctx.posts.get(subject_e.name)
    return title is not None and title.country is not None and title.post != held \
        and not text[t.end:title.start].strip() and cues.marked(title.end, object_e.start)


CONGRATULATED_REACH = 120  # characters before an appointment's word where the congratulations on it may begin


def _acted_on_unnamed(text: str, t: Trigger, lang: str) -> bool:
    """Is the trigger a finite verb of appointing (`appointing_verb`) whose object right after it is a
    number of people named by no one (`unnamed_appointees`: 'appointed four new ministers')? It is then
    active: the one before it appoints, and no one appointed is named."""
    verb, unnamed = _cue_pattern(lang, "appointing_verb"), _cue_pattern(lang, "unnamed_appointees")
    return verb is not None and unnamed is not None and verb.fullmatch(fold(text[t.start:t.end]).text) is not None \
        and unnamed.match(fold(text[t.end:]).text) is not None


def _country_of_post(appointer: Entity | None, ctx: DocumentContext) -> str | None:
    """The country of a post given without its country: the appointing person's (named with a post,
    else by their nationality, else in the catalogue), else the one most of the article's titled people
    serve, else the one it names most ('King Abdullah II of Jordan appointed X the country's new prime minister')."""
    known = names.posts()
    country = (known.get(appointer.title or ctx.posts.get(appointer.name)) or {}).get("country") if appointer is not None else None
    if country is None and appointer is not None:  # the one country the document or the catalogue gives them
        country = _own_country(appointer, ctx)[0]
    return country if country is not None else _document_country(ctx)


def _envoy(post: str) -> bool:
    """A post of an office served abroad, its posting untold ('the Ghanaian ambassador')."""
    return names.posted(names.office_in(post, (names.posts().get(post) or {}).get("country")) or "")


def _posted_to(office: str, country: str) -> bool:
    """An office held in that country ('ambassador to Japan': the titles name the country served in)."""
    _, to, host = office.partition(" to ")
    return bool(to) and country in (host, names.country_of_place(host, towns=True))


def _post(office: str, country: str | None, ctx: DocumentContext) -> str | None:
    """The post of titles.yaml for an office named without its country ('as foreign minister'), in the
    country _country_of_post tells."""
    if country is None:  # no country to name the post by: better no post than a wrong one
        return None
    fits = [p for p in _posts_of(country) if p.lower().endswith(" " + office)]
    if not fits and (other := names.canonical_office(office, ctx.lang)) not in (None, office):
        # the country's post under the office's usual name ('premier' of a country with a prime minister)
        fits = [p for p in _posts_of(country) if p.lower().endswith(" " + other)]
    head, _, charged = office.partition(" for ")
    if not fits and charged.endswith(" affairs") and any(head.startswith(d + " ") for d in _deputy_words()) \
            and (base := _post(head, country, ctx)) is not None:
        # a deputy charged with some affairs ('deputy prime minister for economic affairs'): the office's post so charged
        return f"{base} for {charged}"
    if not fits and (office.startswith("minister ") or " to " in office) and (adjective := names.adjective(country)):
        # a ministry named by its parts, or an office in another country ('ambassador to Japan'), which
        # titles.yaml cannot list
        return f"{adjective} {office}"
    return min(fits, key=len) if fits else None


@languages.shared
def _deputy_words(common: Language) -> frozenset[str]:
    """How posts name a deputy (the values of every language's `deputy_word`: 'deputy', 'first deputy')."""
    return frozenset(str(v) for lang in languages.codes()
                     for v in (languages.get(lang).rules("titles").lexicons.get("deputy_word") or {}).values())


@languages.shared
def _posts_by_country(common: Language) -> dict[str, tuple[str, ...]]:
    """The posts of titles.yaml by their country, in names.posts()'s order."""
    out: dict[str, list[str]] = {}
    for post, v in names.posts().items():
        out.setdefault(v["country"], []).append(post)
    return {country: tuple(found) for country, found in out.items()}


def _posts_of(country: str) -> tuple[str, ...]:
    return _posts_by_country().get(country, ())


def _filed_from(word: str, home: str | None, ctx, place: Entity | None) -> str | None:
    """The country a report is filed from (`place`: its dateline, or the place that stands for it), where the
    word naming the destination by what it is ('the kingdom', Arabic's 'the sultanate') fits it (events.yaml
    `anaphor_states`: the countries whose own press names itself so) and the traveller's own country (`home`)
    is known and another."""
    filed = filed_country(place)
    rs = languages.get(ctx.lang).rules("events")
    fits = rs.lookup("anaphor_states", word) if "anaphor_states" in rs.lexicons else None
    return filed if filed is not None and home is not None and filed != home and fits is not None and filed in fits else None


EVENT_CLAUSE_REACH = 160  # characters from an event's noun to the end of the clause that tells of it (`event_clause`)


def _event_clause(text: str, t: Trigger, cues: Cues, lang) -> tuple[int, int] | None:
    """The clause set off right after an event's noun and its place that tells of the event itself ('the
    visit to X, which is scheduled for 3 May'; `event_clause` of the events file): its (start, end) in the
    sentence, up to the next clause end."""
    rx = _cue_pattern(lang, "event_clause")
    if rx is None:
        return None
    folded = fold(text[t.start:t.start + EVENT_CLAUSE_REACH])
    m = rx.match(folded.text)
    if m is None:
        return None
    start, opened = (t.start + i for i in folded.span(m.start("clause"), m.end()))
    return start, min([b for b in cues.breaks if b >= opened] or [len(text)])


def _whole_words(text: str, lo: int, hi: int) -> tuple[int, int]:
    """text[lo:hi] without a word the reach cut in two at either end: a word's first letters are no word of
    their own (the 'not' a cut leaves of a longer Arabic word)."""
    while lo < hi and 0 < lo and _in_word(text[lo - 1]) and _in_word(text[lo]):
        lo += 1
    while hi > lo and hi < len(text) and _in_word(text[hi - 1]) and _in_word(text[hi]):
        hi -= 1
    return lo, hi


def _in_word(ch: str) -> bool:
    """A letter, a digit or a mark written on a letter (Arabic's vowel signs): a character inside a word."""
    return ch.isalnum() or unicodedata.category(ch).startswith("M")

