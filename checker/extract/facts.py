"""Join the mentions of a sentence into facts, driven by rules/<lang>/events.yaml.

For each trigger an event rule finds, the roles are filled from the names, times and figures
between the previous and the next trigger of the sentence (within the rule's window), so that
"X visited A in March, and Y travelled to B in February" gives two facts, not four. A fact
without a date of its own takes the date the text ties to it: the previous event's time for
chained expressions, else the article's main date (the first day-level date it gives).
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date
from functools import cached_property, lru_cache
from typing import Any, Iterable, NamedTuple, Sequence

from checker.extract import figures, groups, lineup, names, ordinals, prefilter, quantities, timex
from checker import languages, rules
from checker.languages import Language
from checker.model import Entity, Fact, Quantity, When
from checker.textfold import fold

DEFAULT_WINDOW = 160  # characters each side, when a rule gives none
CARRY_WORDS = 3  # at most this many words between a pronoun and the trigger it is the subject of
DATELINE_WORDS = 3  # a dateline's date comes after at most a place name ('Jakarta, 7 September -')
# sentences after a ranking of a country's trading partners that may go on naming them one a sentence
# ('Next came A', 'B followed', 'C was third'): a ranking told in prose rarely runs past its top four
PARTNERS_REACH = 3


@dataclass(frozen=True)
class Trigger:
    """An event rule's match in a sentence."""

    rule: rules.Rule
    start: int  # offsets in the sentence
    end: int
    office: str | None = None  # the post the rule's `office` group names without a country
    office_start: int | None = None
    post: str | None = None  # the whole post a title names where the office is ('director-general of UNESCO')


@dataclass(frozen=True)
class Found:
    """What the finders saw in one sentence, offsets relative to the sentence."""

    entities: tuple[Entity, ...]
    whens: tuple[When, ...]
    quantities: tuple[Quantity, ...]


class BareOffice(NamedTuple):
    """The office a person is named with without its country ('President X'), and the post it is in
    the country the catalogue gives them (None for a person the catalogue lacks)."""

    office: str | None
    post: str | None


class DocumentContext:
    """What one document's sentences share: who was named, the article's main date, the last time."""

    def __init__(self, lang: Language | str, published: date | None, sentences: Sequence[Any],
                 published_period: str | None = None):
        self.lang = languages.get(lang)
        self.published = published
        self.published_period = published_period  # the month or year, when only that much is known ('2024-06')
        self.sentences = sentences
        self.coref = names.Coref(lang)
        self.posts: dict[str, str] = {}  # person -> post named with them
        self.given: dict[str, str] = {}  # person -> post an appointment of the document gave them
        self.term_ends: dict[str, When] = {}  # a renewal's fact id -> the day its term ends
        # person -> the start of the sentence that told they appointed someone: 'X's appointment'
        # right after stands for the one X made, not for X's own
        self.appointers: dict[str, int] = {}
        self.inviters: set[str] = set()  # people the document names only as inviting someone ('at the invitation of X')
        # person -> the place of the latest visit told of them, and the start of its sentence
        self.destinations: dict[str, tuple[Entity, int]] = {}
        self.travellers: tuple[Entity, ...] | None = None  # the visitor and fellow travellers of the latest visit told with them
        self._going: dict[tuple[str, int], tuple[Found, frozenset[int]]] = {}  # _going_with, per sentence
        self.nationality: dict[str, set[str]] = {}  # person -> countries of the posts named with them
        self.offices: dict[str, BareOffice] = {}  # person -> the office they were first named with (name_offices)
        self.peg: When | None = None  # the article's main date
        self.recent: list[Entity] = []  # people in the order last named, the latest last
        self.last_subject: Entity | None = None  # the subject of the latest fact about a person
        self.last_subject_in: int | None = None  # the start of the sentence it was named in
        self.last_kind: str | None = None  # the kind of that fact
        self.last_modality: str = "asserted"  # the modality of the latest fact
        self.last_pair: tuple[Entity, Entity] | None = None  # the two parties of the latest fact with two
        self.last_pair_in: int | None = None  # the start of its sentence
        # where the other parties of the latest fact with two stand in its sentence (start, end)
        self.last_parties: frozenset[tuple[int, int]] = frozenset()
        self.previous_people: tuple[Entity, ...] = ()  # the people the previous sentence named
        self.previous_start: int | None = None  # where that sentence starts
        self.period: When | None = None  # the period of the last figure dated in its own sentence
        self.recent_pair: tuple[str, ...] = ()  # the countries of the last sentence that named two ('the two countries')
        self.flow: tuple[int, str, str] | None = None  # the sentence start, reporter and partner of the last flow
        self.world_trade: int | None = None  # the start of the last sentence telling one country's trade with the world
        self.last_figure: tuple[int, Fact] | None = None  # the sentence start and fact of the last figure
        # the country whose trading partners the text last ranked, and the index of that sentence
        self.partners_of: tuple[str, int] | None = None
        self.seen_sentences = 0  # how many of the document's sentences see() was shown
        self._figures: dict[str, tuple[Quantity, ...]] = {}  # sentence -> its quantities, read once
        self._marks: dict[str, tuple[figures.Mark, ...]] = {}  # sentence -> its figure marks, read once
        self.dollar: str | None = None  # what a bare '$' is on the document's page (quantities.home_dollar)
        # a bloc's party (its summit, its leaders) -> the one time the first sentence naming it with a time
        # gives: what is told later of that summit without a date of its own happens then
        self.bloc_when: dict[str, When] = {}
        self.blocs: set[str] = set()  # the countries and blocs whose groups the document has named

    def figures(self, text: str) -> tuple[Quantity, ...]:
        """The quantities of one of the document's sentences (quantities.find), read once."""
        found = self._figures.get(text)
        if found is None:
            found = self._figures[text] = tuple(quantities.at_home(q, self.dollar) for q in quantities.find(text, self.lang))
        return found

    def marks(self, text: str) -> tuple[figures.Mark, ...]:
        """The figure marks of one of the document's sentences (figures.marks), read once however
        many figure words it holds."""
        found = self._marks.get(text)
        if found is None:
            found = self._marks[text] = tuple(figures.marks(text, self.lang))
        return found

    @cached_property
    def countries(self) -> tuple[str, ...]:
        """The two countries the document names most, for 'the two countries' (needed by trade facts only);
        blocs that trade as one fill the pair when it names fewer than two countries."""
        top: Counter = Counter()
        blocs = set()
        for s in self.sentences:
            named = figures.countries(s.text, self.lang, self.coref.find(s.text))
            # a country with digits right by it may be a currency's ('US$5bn', '5 billion U.S. dollars')
            if any(_DIGIT.search(s.text, max(0, c.start - FIGURE_REACH), c.end + FIGURE_REACH) for c in named):
                named = _outside_figures(named, self.figures(s.text))
            top.update(c.name for c in named)
            blocs.update(c.name for c in named if c.bloc)
        # 'the two countries', 'exports to the Kingdom': countries first, a bloc only where fewer than
        # two are named (a bloc is named by its name, or as a side of the pair told just before)
        ranked = sorted(top.items(), key=lambda kv: (kv[0] in blocs, -kv[1]))
        return tuple(name for name, _ in ranked[:2])

    def see(self, found: Found, offset: int, text: str = "") -> None:
        self.previous_people = tuple({e.name: e for e in found.entities if e.type == "person"}.values())
        self.previous_start = offset
        named = tuple(dict.fromkeys(e.name for e in found.entities if figures.party(e)))
        if len(named) == 2:
            self.recent_pair = named
        ranked = _cue_pattern(self.lang, "partners_of")
        if ranked is not None:
            self.partners_of = next(((e.name, self.seen_sentences) for e in reversed(found.entities)
                                     if e.type == "country" and ranked.match(fold(text[e.end:e.end + 60]).text)),
                                    self.partners_of)
        self.seen_sentences += 1
        for e in found.entities:
            if e.type == "person":
                self.recent = [p for p in self.recent if p.name != e.name][-20:] + [e]
            if e.type == "person" and e.title:
                if not e.past:  # a post held before is not the one the person acts in now
                    self.posts.setdefault(e.name, e.title)
                country = (names.posts().get(e.title) or {}).get("country")
                if country:
                    self.nationality.setdefault(e.name, set()).add(country)
        for w in found.whens:
            if w.value is None or self._dateline(w, text):
                continue
            w = _shift(w, offset)
            # The main date is told relative to the article ('today, Wednesday'), not a page header's date.
            if self.peg is None and w.granularity == "day" and w.resolved_by != "absolute":
                self.peg = w

    def name_offices(self, found: Found, text: str) -> None:
        """Record the office each person of a sentence is named with without its country, the first
        naming kept: before the sentence's facts, which may need it ('President X ... since taking
        office'). For a person of the catalogue its country tells the post too, which 'the Prime
        Minister' may stand for later ('Prime Minister Tomas Kvell')."""
        for e in found.entities:
            if e.type != "person" or not e.bare_post or e.title or e.name in self.offices:
                continue
            office = names.office_of(text, e.bare_post, self.lang)
            country = getattr(names.known(e.name), "country", None) if e.known else None
            post = names.post_for(text, e.bare_post, country, self.lang) if country else None
            if office or post:
                self.offices[e.name] = BareOffice(office, post)

    def _dateline(self, w: When, text: str) -> bool:
        """'AMMAN, Sept 19 (Agency) -': the publication day written as a date (with its day's number;
        'today' is no dateline) at the start of a sentence, after at most a place name, dates the page
        and not the events it reports ('sworn in yesterday')."""
        return (self.published is not None and w.value == self.published.isoformat()
                and any(c.isdigit() for c in w.text) and len(text[:w.start].split()) <= DATELINE_WORDS)


def extract(doc: Any, sentences: Sequence[Any], whens: Sequence[When] | None = None,
            lang: Language | None = None) -> list[Fact]:
    """All facts of a document (doc.lang, doc.published, doc.id; sentences with start, end and
    text; the document's time expressions as timex.tag_spans gives them, tagged here if not given),
    read with the rules of `lang` (the document's language if not given)."""
    lang = languages.get(lang or doc.lang)
    ruleset = lang.rules("events")
    if not ruleset.rules:
        return []
    if whens is None:
        whens = timex.tag_spans(doc.text, [(s.start, s.end) for s in sentences], lang, doc.published)
    whens = sorted(whens, key=lambda w: w.start)
    starts = [w.start for w in whens]
    ctx = DocumentContext(lang, doc.published, sentences, getattr(doc, "published_period", None))
    ctx.dollar = quantities.home_dollar(getattr(doc, "url", None))
    facts: list[Fact] = []
    bare: list[tuple[Any, Entity]] = []  # people named after a post without its country
    members: list[tuple[Any, Found, lineup.Entry]] = []  # a government's line-up
    read: list[tuple[Any, Found]] = []
    ctx.coref.seed([s.text for s in sentences])  # people its grammar names, which later and earlier words stand for
    for sentence in sentences:
        first, last = bisect_left(starts, sentence.start), bisect_left(starts, sentence.end)
        own = [_shift(w, -sentence.start) for w in whens[first:last] if w.end <= sentence.end]
        f = _find(sentence.text, own, ctx)
        facts.extend(_role_facts(doc.id, sentence, f, ctx))
        facts.extend(sentence_facts(doc.id, sentence, f, ctx, ruleset.rules))
        facts.extend(ordinals.sentence_facts(doc.id, sentence, f.entities, facts, ctx))
        bare.extend((sentence, e) for e in f.entities if e.bare_post and not e.title and e.type == "person")
        members.extend((sentence, f, entry) for entry in lineup.find(sentence.text, lang, f.entities))
        read.append((sentence, f))
        ctx.see(f, sentence.start, sentence.text)
    # after the whole document, so that a country named with the person later counts too
    facts.extend(_bare_role_facts(doc.id, bare, ctx, {f.subject for f in facts if f.kind == "role"}))
    # a name right after an appointment verb ('appointed X as foreign minister') is the event rules'
    # to read, not a line-up's, which would name the same post in other words or guess its country;
    # where they read no one there (a name they do not know), the line-up's reading stands
    appointing = [r for r in ruleset.rules if r["kind"] == "appointment" and not (r.get("roles") or {}).get("carry")]
    appointed = [f.span for f in facts if f.kind == "appointment"]
    facts.extend(_lineup_facts(doc.id, [m for m in members if not _appointed_here(m[0].text, m[2], appointing) or (
        not _covered(m[0].start + m[2].person.start, appointed) and _told_done(m[0].text, lang.code))], ctx))
    facts.extend(_successors(doc.id, read, facts, ruleset.rules, ctx))
    held = _held_roles(facts, ruleset.rules, ctx)
    # a term renewed until a day tells how long the post is held: it stands for the same post named
    # with the person, which the article's day alone would date. A tenure told closed ('from 2016 until
    # March 2021') says nothing of now, so the post the person is named with today stays.
    today = _publication_day(ctx)
    termed = {(f.subject, f.object) for f in held if f.rule.endswith("+term") and not _closed_span(f.when, today)}
    facts = [f for f in facts if f.kind != "role" or (f.subject, f.object) not in termed] + held
    facts = _taken_up_then(facts, ctx)
    facts = _dated_items(doc.id, read, facts)
    facts.extend(_predecessors(doc.id, read, facts, ctx))
    facts.extend(_left_roles(facts))
    # mentions joined before a trip lends its days: a leg told without a date is no mention of the trip
    # a reception's visit goes first where the visit is told in words of its own, so that joining
    # mentions keeps those words
    facts = _received_told_otherwise(_dedupe(facts), ruleset.rules)
    facts = _told_again(facts, ruleset.lexicons.get("told_again", {}))
    # once more after a trip has lent its days: mentions of a trip told done, now dated alike, are one
    # ('arrives in Egypt' in a headline, 'arrived in Cairo on Wednesday'); legs still to come stay apart
    facts = _told_again(_during(facts, ruleset.lexicons.get("during", {}), ctx, read), ruleset.lexicons.get("told_again", {}),
                        done_only=True)
    return _one_role_per_holder(_figures_told_again(_dedupe(facts)))


_SENTENCE_END = re.compile(r"[.!?\u061f]['\"\u2019\u201d)]*\s*$")
LISTED_KINDS = ("visit", "meeting")  # events a list of dated items may tell again, one item each
PLACE_TYPES = ("place", "country")


def _dated_items(doc_id: str, read: Sequence[tuple[Any, Found]], facts: list[Fact]) -> list[Fact]:
    """'X has met Y twice: - in May 2021 (in Lima) - in March 2023 (...)': an event told in a sentence that
    ends with a colon, then again by each item after it that opens with a time of its own (nothing but list
    marks before it): one fact per item, of the item's time and of the place it names, instead of the
    one the colon's sentence would date by the article's. The items are the sentences right after the
    colon, each marked as the first is; the list ends at the first that is not one, so that prose opening
    with a time ('On Monday, the ministry said ...') is not read as an item."""
    out, gone = [], set()
    for i, (sentence, _) in enumerate(read):
        if not sentence.text.rstrip().endswith(":"):
            continue
        told = [f for f in facts if f.kind in LISTED_KINDS and f.modality == "asserted"
                and sentence.start <= f.span[0] < sentence.end]
        shape = None
        for item, found in read[i + 1:] if told else ():
            w = min(found.whens, key=lambda w: w.start, default=None)
            if w is None or w.value is None or any(ch.isalnum() for ch in item.text[:w.start]):
                break
            mark = _DIGIT.sub("0", item.text[:w.start].strip())
            # an item with no list mark is a line, not a sentence of prose: it ends without a full stop
            if (shape is not None and mark != shape) or (not mark and _SENTENCE_END.search(item.text)):
                break
            shape = mark
            places = [e for e in found.entities if e.type in PLACE_TYPES]
            own = {f.kind for f in facts if item.start <= f.span[0] < item.end}
            for f in told:
                if f.kind in own:
                    continue
                place = places[0].name if places else f.place
                out.append(replace(f, when=_shift(w, item.start), place=place, sentence=item.text,
                                   span=(item.start, item.end),
                                   id=_fact_id(doc_id, f.kind, item.start, item.end, f.subject, f.object, w.value)))
                gone.add(f.id)
    return [f for f in facts if f.id not in gone] + out


def _figures_told_again(facts: list[Fact]) -> list[Fact]:
    """A figure told without a period and told again with one in the same document (a headline's
    '$15.7bn trade', then '$15.7bn in 2023' in the text) is one fact: the dated mention stands. A
    target or forecast of the same amount is another figure."""
    def key(f: Fact) -> tuple:
        q = f.quantity
        return (f.kind, f.subject, f.measure, f.direction, f.modality, q.unit, q.value, q.low is None, q.high is None)
    dated = {key(f) for f in facts if f.quantity is not None and f.when is not None and f.when.value}
    kept = [f for f in facts if f.quantity is None or (f.when is not None and f.when.value) or key(f) not in dated]
    # told again with the same days in other words ('in the first quarter', then 'in January-March'), or a
    # rate told again over a span that holds the first telling's days ('up 10.8% in 2013', then 'up 10.8%
    # between 2012 and 2013'): the first telling stands
    seen, out = set(), []
    rates: dict[tuple, list[tuple]] = {}
    for f in kept:
        days = (f.when.earliest, f.when.latest) if f.quantity is not None and f.when is not None and f.when.earliest else None
        if days is not None and (key(f), days) in seen:
            continue
        if days is not None and f.quantity.unit == "percent" and any(
                a <= days[0] and days[1] <= b or days[0] <= a and b <= days[1] for a, b in rates.get(key(f), ())):
            continue
        if days is not None:
            seen.add((key(f), days))
            rates.setdefault(key(f), []).append(days)
        out.append(f)
    return out


@lru_cache(maxsize=65536)
def _name_words(name: str) -> frozenset[str]:
    """A name's words, case and accents folded: 'CHARLES' ~ 'Charles', 'Gökhan' ~ 'Gokhan'."""
    plain = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return frozenset(plain.casefold().split())


def _part_of_name(part: str | None, whole: str | None) -> bool:
    """Is `part` the name `whole`, or a part of it, in any case and accents ('Ye' of 'Ye Tanming',
    'ADEYEMÍ' of 'Tunde Adeyemí')? Every test of one name standing for another asks this."""
    words = _name_words(part or "")
    return bool(words) and words <= _name_words(whole or "")


def _one_role_per_holder(facts: list[Fact]) -> list[Fact]:
    """A post named with a person once in full and elsewhere by a part of the name or another
    spelling ('Ruritanian Premier Ye' in a headline, 'Premier Ye Tanming' in the text) is one role: the
    fullest name stands, where it was first told."""
    # a post held before and the same post held now are two roles, and so are a term told with its
    # span ('from 2016 until March 2021') and the post named with the person
    roles = [(n, f.subject, (f.object, f.modality, f.rule.endswith("+term")))
             for n, f in enumerate(facts) if f.kind == "role" and f.subject]
    # a name is part only of names with all its words: the roles of a post by a word of the name
    # are those worth comparing, not every role of the document
    by_word: dict[tuple[tuple, str], list[int]] = {}
    for n, name, post in roles:
        for w in _name_words(name):
            by_word.setdefault((post, w), []).append(n)
    dropped = set()
    for n, name, post in roles:
        words = _name_words(name)
        if not words:
            continue
        for m in min((by_word[post, w] for w in words), key=len):
            other = facts[m].subject
            if m == n or m in dropped or not _part_of_name(name, other):
                continue
            if m < n or not _part_of_name(other, name):  # the same name told again, or a part of a fuller one
                dropped.add(n)
                break
    return [f for n, f in enumerate(facts) if n not in dropped]


def _received_told_otherwise(facts: list[Fact], event_rules: Sequence[rules.Rule]) -> list[Fact]:
    """A visit read off a reception (a rule with `visitor`) where the article tells the same person's
    visit to the same place in words of its own ('arrived in Riyadh earlier that day', then 'was
    received there'): the reception adds no event, so only the visit told as such stands. A dated
    reception stands beside a visit told only without a date ('his first visit there since 2017'): it
    alone dates the trip, and the undated mention joins it later (_told_again)."""
    received = _rules_with(event_rules, "visitor")
    if not received:
        return facts
    def by_reception(f: Fact) -> bool:
        return f.rule.split("+")[0] in received
    told = {(f.kind, f.subject, f.place) for f in facts if not by_reception(f)}
    dated = {(f.kind, f.subject, f.place) for f in facts if not by_reception(f) and _dated(f)}
    return [f for f in facts if not (by_reception(f) and (f.kind, f.subject, f.place) in (dated if _dated(f) else told))]


def _find(text: str, whens: Sequence[When], ctx: DocumentContext) -> Found:
    """Names resolved against the earlier sentences; the sentence's times, offsets into it."""
    mentions = ctx.coref.mentions(text)
    # a group ('Pakistani officials', 'ASEAN leaders') is one party: the names inside it are its own
    parties = groups.find(text, ctx.lang)
    # a bloc named again by its head word ('the Council's leaders') is one the document named before
    parties = [g for g in parties if not (g.rule or "").endswith("+" + groups.TOLD) or _bloc(g.name) in ctx.blocs]
    ctx.blocs.update(_bloc(g.name) for g in parties)
    if parties:
        # (a summit the catalogue names stays the occasion, though it names the bloc's leaders too)
        mentions = [e for e in mentions if e.type == "occasion"
                    or not any(g.start <= e.start and e.end <= g.end for g in parties)] + parties
    mentions = [*mentions, *_counterparts(text, mentions, ctx)]
    found = ctx.figures(text)
    return Found(tuple(sorted(_outside_figures(mentions, found), key=lambda e: e.start)), tuple(whens), found)


def _group_rule(g: Entity) -> str:
    """The id of the groups rule that read a group, without its language and kind ('bloc-summit')."""
    return (g.rule or "").split("+")[0].rsplit("/", 1)[-1]


def _bloc(group: str) -> str:
    """'Gulf Cooperation Council (leaders)' -> 'Gulf Cooperation Council'."""
    return group.rsplit(" (", 1)[0]


def _offices(person: Entity, ctx: DocumentContext) -> set[str]:
    """The offices a person holds now as far as the document or else the catalogue tells: the post
    named with them, the office named without its country, or the catalogue's posts."""
    named = [] if person.past else [person.title]
    posts = [p for p in (*named, ctx.posts.get(person.name)) if p]
    bare = ctx.offices.get(person.name)
    if not posts and not (bare and bare.office):
        posts = sorted(names.known(person.name).posts) if person.known and names.known(person.name) else []
    out = {names.office_in(p, (names.posts().get(p) or {}).get("country")) for p in posts}
    if bare and bare.office:
        out.add(bare.office)
    return out - {None}


def _counterparts(text: str, mentions: Sequence[Entity], ctx: DocumentContext) -> list[Entity]:
    """'his Emirati counterpart', 'his Emirati guest' with no name after it (`counterpart_alone`): the one
    person named earlier in the document whose country that is, and, for a counterpart, who holds the
    office of the person named before it in the sentence (a president's counterpart is a president);
    two or none so named, or an office unknown, leave it open."""
    rx = _cue_pattern(ctx.lang, "counterpart_alone")
    if rx is None or not ctx.recent:
        return []
    folded = fold(text)
    out = []
    for m in rx.finditer(folded.text):
        s, e = folded.span(*m.span())
        if any(x.start < e and s < x.end or 0 <= x.start - e <= 2 for x in mentions):
            continue  # a name right after it is the counterpart ('his Emirati counterpart X')
        country = ctx.lang.rules("titles").lookup("nationality", m.group("nationality"))
        held = {p.name: p for p in ctx.recent if country and _own_country(p, ctx)[0] == country}
        if m.groupdict().get("peer"):
            owner = next((x for x in reversed(mentions) if x.type == "person" and x.end <= s), None)
            office = _offices(owner, ctx) if owner is not None else set()
            held = {name: p for name, p in held.items() if office & _offices(p, ctx)}
        if len(held) == 1:
            (person,) = held.values()
            out.append(replace(person, text=text[s:e], start=s, end=e, title=None, bare_post=None,
                               rule="carried/counterpart"))
    return out


def _outside_figures(named: Iterable, figures_: Sequence[Quantity]) -> list:
    """The names (entities or countries) that are not part of a figure's number and unit: the 'US' of
    'US$5bn' and of '5 billion U.S. dollars' is a currency, no party. The words a qualifier verb
    leaves before the number ('exceeded Kenya's exports 5bn') are no part of it."""
    def inside(e, q: Quantity) -> bool:
        if not (q.start <= e.start and e.end <= q.end):
            return False
        digit = _DIGIT.search(q.text)
        return digit is None or e.start >= q.start + digit.start() or not q.text[e.end - q.start:][:1].isspace()
    return [e for e in named if not any(inside(e, q) for q in figures_)]


_DIGIT = re.compile(r"\d")
_QUOTE_MARK = re.compile('"')
FIGURE_REACH = 16  # characters between a name and the digits of a figure it may be part of
PRONOUN_REACH = 30  # characters after a flow's word where a pronoun may stand for its partner
GROUP_REACH = 80  # characters after a flow's word where the group of countries it runs to may be named


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
            if not office and "office_at" in rule.regex.groupindex and m.group("office_at"):
                # a post the office lexicon lacks, read as the titles read one without its country
                lang = rule.id.split("/")[0]
                written = names.office_starting(folded.text, m.start("office_at"), lang)
                if written:
                    out.append(Trigger(rule, *folded.span(s, e), office=written,
                                       office_start=folded.span(*m.span("office_at"))[0]))
                    continue
            if office:
                lang = rule.id.split("/")[0]
                at = folded.span(*m.span("office"))[0]
                named = languages.get(lang).rules("events").lookup("office", office)
                # a title that begins there and runs past the office words names the post whole ('coach
                # of the Kenyan national team'): it wins over the office alone, whose country is a guess
                longer = _post_at(text, at, lang, beyond=folded.span(*m.span("office"))[1])
                post = longer or (None if named else _post_at(text, at, lang))
                out.append(Trigger(rule, *folded.span(s, e), office=post or named, office_start=at, post=post))
            else:
                out.append(Trigger(rule, *folded.span(s, e)))
    return sorted(out, key=lambda t: (t.start, t.end))


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
    pos = at if f.offsets is None else next((i for i, o in enumerate(f.offsets) if o >= at), len(f.text))
    person = names.person_beside(text, f, pos, "before", ctx.lang, f"{ctx.lang}/names/before-event")
    if person is None or person.type != "person" or len(person.text.split()) < 2 \
            or any(e.start < person.end and person.start < e.end for e in found.entities):
        return None
    return person


# the comma that closes a time set off inside a clause
_COMMA_AFTER_TIME = re.compile(r"^\s*[,\u060c]")



def _post_at(text: str, at: int, lang: str, beyond: int = 0) -> str | None:
    """The post of a title that begins at text[at] (and ends after text[beyond]), one the office lexicon
    does not name: a post at an institution, named with it ('elected X as director-general of UNESCO');
    None if none begins there."""
    return next((t.post for t in names.find_titles(text, lang) if t.start == at and t.end > beyond and not t.past), None)


def sentence_facts(doc_id: str, sentence: Any, found: Found, ctx: DocumentContext,
                   event_rules: Sequence[rules.Rule]) -> list[Fact]:
    text = sentence.text
    ctx.name_offices(found, text)
    # a trigger word inside a name ('summit' in 'BRICS summit', a verb spelled inside a person's name)
    # is part of the name, not an event
    named = _cue_pattern(ctx.lang, "in_name")  # nor one closing a name the catalogue lacks ('the COP9 Climate Summit')
    trig = [t for t in triggers(text, event_rules)
            if not any(e.start <= t.start and t.end <= e.end for e in found.entities)
            and not (named is not None and named.search(text[max(0, t.start - 80):t.end]))]
    _note_bloc_when(found, sentence.start, ctx, event_rules)
    if not trig:
        return []
    cues = _cues(ctx.lang, text)
    # a leg's word ('then') ends no window: it makes a fact only after a visit, with a place right after it
    # nor does a word of taking part ('visited Beijing to attend the forum': the forum is the visit's occasion)
    starts = sorted({t.start for t in trig if not _apart(t)})
    figure_starts = sorted({t.start for t in trig if "quantity" in (t.rule.get("roles") or {})})
    out: list[Fact] = []
    # Modality is read from the clause back to the previous fact's trigger: a trigger word that made
    # no fact ('reaching' a figure) does not cut off a cue before it ('the goal is'); nor does a fact
    # of another rule on the same word (a reception is a meeting and a visit).
    made_ends: list[int] = []
    for t in trig:
        floor = max([e for e in made_ends if e <= t.start] or [0])
        roles = t.rule.get("roles") or {}
        window = roles.get("window", DEFAULT_WINDOW)
        prev_end = max([u.end for u in trig if u.end <= t.start and not _apart(u)] or [0])
        # a figure's window ends at the next figure word, not at an event's (the Arabic 'to reach' holds the
        # verb an arrival is told with); a trip told aside after the trigger ('will meet, during her visit
        # to X, Y') does not end its window
        next_start = min([s for s in (figure_starts if "quantity" in roles else starts)
                          if s >= t.end and not any(t.end <= a <= s < b for a, b in cues.asides)] or [len(text)])
        lo, hi = max(prev_end, t.start - window), min(next_start, t.end + window)
        if "quantity" in roles:
            hi = _list_end(found.quantities, hi, next_start)
            lo = _list_start(found.quantities, lo, prev_end)
        quote = next(((s, e) for s, e in cues.quotes if s <= t.start and t.end <= e), None)
        if quote:  # a trigger inside a quotation takes its roles from the quotation only
            lo, hi = max(lo, quote[0]), min(hi, quote[1])
        if "quantity" in roles:  # every figure of the trigger's window is a fact of its own
            made = _fill_figures(doc_id, sentence, t, found, ctx, cues, roles, lo, hi, floor, figure_starts, hi if quote else next_start)
        else:
            made = _fill(doc_id, sentence, t, found, ctx, cues, roles, lo, hi, floor,
                         chained=0 < prev_end == lo, reach=next_start)
        if made:
            out.extend(made)
            made_ends.append(t.end)
    return _one_summit(out, _rules_with(event_rules, "summit_party")) if out else out


def _apart(t: Trigger) -> bool:
    """A trigger that bounds no other trigger's window: a leg's word, a word of taking part."""
    roles = t.rule.get("roles") or {}
    return bool(roles.get("leg") or roles.get("summit_party"))


def _note_bloc_when(found: Found, offset: int, ctx: DocumentContext, event_rules: Sequence[rules.Rule]) -> None:
    """Remember the time of the first sentence that names a bloc's summit or leaders with one time
    ('the Gulf leaders meet in Doha today'), for that summit's events told later without one."""
    blocs = [e for e in found.entities if e.type == "group" and e.name not in ctx.bloc_when]
    if not blocs:
        return
    kinds = {k for r in event_rules for k in (r.get("roles") or {}).get("summit_party", ())}
    dated = [w for w in found.whens if w.value and not w.value.startswith("XXXX")]
    if len(dated) != 1:
        return
    for g in blocs:
        if _group_rule(g) in kinds:
            ctx.bloc_when[g.name] = _shift(dated[0], offset)


def _one_summit(facts: list[Fact], summit_rules: set[str]) -> list[Fact]:
    """Those a sentence tells taking part in one bloc's summit meet its leaders at one meeting: one
    fact with every participant, dated and placed as the first one told, else as a later one."""
    first: dict[str, int] = {}
    out: list[Fact] = []
    for f in facts:
        i = first.get(f.object) if f.rule.split("+")[0] in summit_rules else -1
        if i == -1:
            out.append(f)
        elif i is None:
            first[f.object] = len(out)
            out.append(f)
        else:
            k = out[i]
            more = tuple(n for n in (f.subject, *f.others) if n and n != k.subject and n not in k.others)
            out[i] = replace(k, others=k.others + more, when=k.when or f.when, place=k.place or f.place)
    return out


LIST_GAP = 60  # characters between two items of a list of figures ('fruit worth $78m; copper worth $27m')


def _list_end(quantities: Sequence[Quantity], hi: int, next_start: int) -> int:
    """A figure word's window, carried on through a list of figures it cuts ('exports included fuels
    worth $414m; stone worth $116m; fruit worth $78m ...'): each next figure within LIST_GAP characters
    of the one before, up to the next figure word."""
    inside = [q for q in quantities if q.end <= hi]
    if not inside:
        return hi
    last = max(q.end for q in inside)
    # a figure the window's end cuts through is the list's next item too
    for q in sorted((q for q in quantities if q.end > hi), key=lambda q: q.start):
        if q.end > next_start or q.start - last > LIST_GAP:
            break
        last = hi = q.end
    return hi


def _list_start(quantities: Sequence[Quantity], lo: int, floor: int) -> int:
    """A figure word's window, carried back through a list of figures it cuts ('The US ($57bn), China
    ($50bn), ... and Iraq ($18bn) traded most with India'): each figure before it within LIST_GAP
    characters of the one after it, back to the figure word before."""
    inside = [q.start for q in quantities if q.start >= lo]
    if not inside:
        return lo
    first = min(inside)
    for q in sorted((q for q in quantities if q.start < lo), key=lambda q: -q.start):
        if q.start < floor or first - q.end > LIST_GAP:
            break
        first = lo = q.start
    return lo


_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Cues:
    """Where a sentence quotes, introduces the other party, or dates another event."""

    quotes: tuple[tuple[int, int], ...]
    titles: tuple[tuple[int, int], ...]
    text: str
    with_rx: Any
    since_rx: Any
    breaks: tuple[int, ...]  # clause ends (commas, semicolons) in the sentence
    join_rx: Any = None  # what may stand between two listed people ('A, B and C')
    stop_rx: Any = None  # right after the last one listed: it begins a clause of its own ('and B will')
    asides: tuple[tuple[int, int], ...] = ()  # trips told between a verb and its object (`trip_aside`)
    openers: tuple[int, ...] = ()  # where a clause with a finite verb of its own begins (`new_clause`)
    lang: str = ""
    honors: tuple[tuple[int, int], ...] = ()  # courtesy titles ('Sheikh', 'Dr'): no words of a gap

    def clause(self, start: int, end: int) -> tuple[int, int]:
        """The clause around text[start:end]: from the break before it to the break after it."""
        lo = max([b + 1 for b in self.breaks if b < start] or [0])
        hi = min([b for b in self.breaks if b >= end] or [len(self.text)])
        return lo, hi

    def apart(self, w: When, t: Trigger) -> bool:
        """Does a clause with a verb of its own begin between a time and a trigger ('X held talks
        with Y, and is expected to address parliament on Tuesday')? Then the time is that clause's
        event's. A time that opens the sentence ('On Monday, X met Y, while Z ...') frames all of it."""
        a, b = sorted((w.start, t.start))
        if not any(a < o <= b for o in self.openers):
            return False
        return not (w.start < t.start and len(_WORD.findall(self.text[:w.start])) <= 1)

    def marked(self, start: int, end: int) -> bool:
        """Does the gap text[start:end] introduce the other party (the `with` pattern)?"""
        return bool(self.with_rx and self.with_rx.search(fold(self.text[start:end]).text))

    def marked_before(self, start: int, person: Entity) -> bool:
        """Does the `with` pattern stand right before the person, their post aside ('talks with President X')?"""
        if not self.with_rx:
            return False
        gap = fold(self.without_titles(start, person.start, person)).text
        last = None
        for last in self.with_rx.finditer(gap):
            pass
        return last is not None and not gap[last.end():].strip()

    def words(self, start: int, end: int) -> int:
        """Words in text[start:end], not counting titles ('Chinese Defence Minister'), courtesy titles
        ('received the Emirati president Sheikh X') or a trip told aside ('during her visit to X')."""
        gap = _blanked(self.text, start, end, (*self.titles, *self.honors, *self.asides))
        return sum(1 for w in gap.split() if any(ch.isalnum() for ch in w))

    def since(self, start: int, end: int) -> bool:
        return bool(self.since_rx and self.since_rx.search(fold(self.text[start:end]).text))

    def without_titles(self, start: int, end: int, person: Entity) -> str:
        """text[start:end] with the posts in it blanked: the title rules' and the post written
        without its country right before `person`."""
        spans = [*self.titles, *([person.bare_post] if person.bare_post else [])]
        return _blanked(self.text, start, end, spans)


def _blanked(text: str, start: int, end: int, spans: Iterable[tuple[int, int]]) -> str:
    """text[start:end] with every character inside one of `spans` replaced by a space."""
    piece = text[start:end]
    chars = None
    for s, e in spans:
        s, e = max(s, start), min(e, start + len(piece))
        if s < e:
            chars = chars if chars is not None else list(piece)
            chars[s - start:e - start] = " " * (e - s)
    return piece if chars is None else "".join(chars)


def _cues(lang: str, text: str) -> Cues:
    folded = fold(text)
    marks = [folded.span(m.start(), m.end())[0] for m in _QUOTE_MARK.finditer(folded.text)]
    quotes = tuple((marks[i], marks[i + 1]) for i in range(0, len(marks) - 1, 2))
    titles = tuple((t.start, t.end) for t in names.find_titles(text, lang))
    # 'his Chinese counterpart' before a name stands where a post does: no words of a gap, no break in a list
    lead = _cue_pattern(lang, "counterpart")
    if lead is not None:
        titles += tuple(folded.span(*m.span()) for m in lead.finditer(folded.text))
    end_rx = _cue_pattern(lang, "clause_end")
    breaks = tuple(folded.span(m.start(), m.end())[0] for m in end_rx.finditer(folded.text)) if end_rx else ()
    aside_rx = _cue_pattern(lang, "trip_aside")
    asides = tuple(folded.span(*m.span()) for m in aside_rx.finditer(folded.text)) if aside_rx else ()
    opener_rx = _cue_pattern(lang, "new_clause")
    openers = tuple(folded.span(m.start(), m.end())[0] for m in opener_rx.finditer(folded.text)) if opener_rx else ()
    return Cues(quotes, titles, text, _cue_pattern(lang, "with"), _cue_pattern(lang, "since"), breaks,
                _cue_pattern(lang, "list_join"), _cue_pattern(lang, "list_stop"), asides, openers, lang,
                tuple(names.find_honorifics(text, lang)))


def _cue_pattern(lang: Language | str, name: str) -> re.Pattern | None:
    """A named pattern of rules/<lang>/events.yaml the engine reads (with, since, clause_end)."""
    found = _cue_patterns(lang)  # asked for many times a sentence: one look-up once made
    try:
        return found[name]
    except KeyError:
        rx = found[name] = languages.get(lang).rules("events").named(name)
        return rx


@languages.compiled
def _cue_patterns(lang: Language) -> dict[str, re.Pattern | None]:
    """_cue_pattern's answers for one language's rules, filled as they are asked for."""
    return {}


_RULES_WITH: dict[tuple[int, str], tuple[Sequence, frozenset[str]]] = {}


def _rules_with(event_rules: Sequence[rules.Rule], role: str) -> frozenset[str]:
    """The ids of the rules whose roles set `role`, worked out once per list of rules (a rule file's),
    not in every sentence."""
    key = (id(event_rules), role)
    got = _RULES_WITH.get(key)
    if got is None or got[0] is not event_rules:
        if len(_RULES_WITH) >= 64:  # lists of other rule files (tests build many) come and go
            _RULES_WITH.clear()
        got = _RULES_WITH[key] = (event_rules, frozenset(r.id for r in event_rules if (r.get("roles") or {}).get(role)))
    return got[1]


def _pick_people(roles: dict, before: list[Entity], after: list[Entity], cues: Cues, t: Trigger):
    """(subject, object, further parties) among the people around a trigger, nearest first on each side."""
    if roles.get("joint") and after:  # 'the summit that brought together A and B': all listed are parties alike
        joint = (after[0], *_listed_after(after[0], after, cues))
        if len(joint) > 1:
            return joint[0], joint[1], joint[2:]
    if roles.get("joint_only"):  # 'talks between A and B': the parties are those listed after it, or none
        return None, None, ()
    subject, obj = _subject_object(roles, before, after, cues, t)
    if obj is None and subject is not None and "object" in roles and not after:
        # 'A and B met', 'A and B held a summit' (and the Arabic dual): the parties listed right before the trigger meet one another
        joint = _listed_before(before, cues)
        ahead = re.match(r"(?:\W*\w+){0,4}", cues.text[t.end:]).end()  # 'A and B met with him': B is no party
        if joint and subject in joint and cues.words(joint[-1].end, t.start) <= roles.get("object_gap", 0) \
                and not cues.marked(t.end, t.end + ahead):
            return joint[0], joint[1], joint[2:]
    return subject, obj, _listed_after(obj, after, cues) if obj is not None else ()


def _listed_before(before: list[Entity], cues: Cues) -> tuple[Entity, ...]:
    """The people listed right before a trigger, in reading order, when the list closes with its
    conjunction ('A, B and C'); `before` is nearest first. Empty for a single person."""
    if cues.join_rx is None or len(before) < 2:
        return ()
    out = [before[0]]
    for e in before[1:]:
        m = cues.join_rx.fullmatch(fold(cues.without_titles(e.end, out[0].start, out[0])).text)
        if not m or (len(out) == 1 and not m.group("and")):
            break
        out.insert(0, e)
    return tuple(out) if len(out) > 1 else ()


def _listed_after(first: Entity, after: list[Entity], cues: Cues) -> tuple[Entity, ...]:
    """The people listed right after `first` ('A, B and C', or 'A and the president B' in Arabic): each joined to the one
    before it by the `list_join` pattern only, once the posts written before their names are left out."""
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
            if cues.stop_rx is not None and cues.stop_rx.match(fold(cues.text[e.end:e.end + 40]).text):
                break  # 'visit A, and B will host ...': B begins a clause of its own, and closes no list
            closed = len(out)
    # a list ends with its conjunction: 'with A, Trump thanked them' lists nobody after A
    return tuple(out[:closed])


def _listed_first(before: list[Entity], cues: Cues) -> Entity:
    """The first of the people listed right before a subject-first trigger ('President A and first lady B
    will travel': A), joined as _listed_after joins them; `before` is nearest first."""
    first = before[0]
    if cues.join_rx is None:
        return first
    for e in before[1:]:
        if not cues.join_rx.fullmatch(fold(cues.without_titles(e.end, first.start, first)).text):
            break
        first = e
    return first


def _subject_object(roles: dict, before: list[Entity], after: list[Entity], cues: Cues, t: Trigger):
    wants_object = "object" in roles
    marked = next((e for i, e in enumerate(after)
                   if cues.marked(after[i - 1].end if i else t.end, e.start)), None) if wants_object else None
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
        subject = (ahead or ([listed] if listed else before) or [e for e in rest if e not in _listed_after(marked, after, cues)] or [None])[0]
        return subject, marked
    if roles.get("order", "vs") == "vs":
        if after and any(t.end <= a and b <= after[0].start for a, b in cues.asides):
            # 'will meet, during her visit to X, the president Y': the subject stands before the
            # trip told aside (or was told before); the people after it are the other parties
            subject, others = (before or [None])[0], after
        elif after and (len(after) > 1 or not wants_object or not before):
            subject, others = after[0], after[1:]
        else:
            subject, others = (before or [None])[0], after
    else:
        # nobody before the trigger: the first person after it, unless a rule without another party
        # finds them after 'with' ('will return to X for talks with Y': Y is whom the visit is for)
        free = [e for e in after if "object" in roles or not cues.marked_before(t.end, e)]
        subject = _listed_first(before, cues) if before else None if roles.get("subject_before") else (free or [None])[0]
        others = [e for e in after if e is not subject]
    obj = None
    if wants_object and others:
        first = others[0]
        gap_from = subject.end if subject is not None and subject.end <= first.start and subject.start >= t.end else t.end
        # the post written before the name without its country ('met Premier X') is no word between
        upto = first.bare_post[0] if first.bare_post and first.bare_post[0] >= gap_from else first.start
        if cues.words(gap_from, upto) <= roles.get("object_gap", 0):
            obj = first
    return subject, obj


def _visitor_named_by(t: Trigger, text: str, hi: int, after: list[Entity], cues: Cues,
                      ctx: DocumentContext) -> list[Entity] | None:
    """A visit's noun with its agent after 'by' ('a visit to Lima by the Chilean president X', `agent`
    in events.yaml): the people from the one named right after 'by' on (empty: 'by a Gulf leader'
    names nobody); None where no 'by' follows the word."""
    agent = _cue_pattern(ctx.lang, "agent") if t.rule["kind"] == "visit" else None
    noun = _cue_pattern(ctx.lang, "agent_noun")
    if agent is None or noun is None or not noun.search(fold(text[max(0, t.start - 12):t.end]).text):
        return None
    folded = fold(text[t.end:hi])
    m = agent.match(folded.text)
    if m is None:
        return None
    by = t.end + folded.span(m.start(), m.end())[1]
    first = next((k for k, e in enumerate(after) if e.start >= by), None)
    # the post before the name, read as a title or not, is capitalised ('by Saudi Foreign Minister X');
    # a word in lower case there describes someone else ('by a Gulf leader since 1989, when X')
    gap = cues.without_titles(by, after[first].start, after[first]) if first is not None else "x"
    if any(w[:1].islower() and w not in ("a", "an", "the", "of") for w in gap.split()):
        return []
    return after[first:]


def _going_with(cue: str, at: int, found: Found, cues: Cues, ctx: DocumentContext) -> frozenset[int] | None:
    """The people of a sentence (by id) a cue marks as going along or inviting, whatever the
    trigger: worked out once per sentence, not once per trigger. None: the language has no such cue."""
    marker = _cue_pattern(ctx.lang, cue)
    if marker is None:
        return None
    kept = ctx._going.get((cue, at))
    if kept is not None and kept[0] is found:
        return kept[1]
    going, prev = set(), None
    for e in (x for x in found.entities if x.type == "person"):
        lo_ = max(0, e.start - 60, prev.end if prev is not None else 0)
        if marker.search(fold(cues.without_titles(lo_, e.start, e)).text) is not None or (
                id(prev) in going and cues.join_rx is not None
                # the comma that sets a name off after its post ('and the Dutch Prime Minister, X') joins nothing
                and cues.join_rx.fullmatch(_comma_dropped(fold(cues.without_titles(prev.end, e.start, e)).text))):
            going.add(id(e))
        prev = e
    ctx._going[cue, at] = (found, frozenset(going))
    return frozenset(going)


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


def _travels_too(person: Entity, ctx: DocumentContext) -> bool:
    """Does one who goes along on a visit visit too? A head of state or government or of an
    international body does (the `fellow_traveller` pattern of events.yaml, on the post the person is
    named with); nobody whose post is not told."""
    rx = _cue_pattern(ctx.lang, "fellow_traveller")
    if rx is None or person.type != "person" or person.past:
        return False
    held = person.title or ctx.posts.get(person.name) or (
        ctx.offices[person.name].post or ctx.offices[person.name].office if person.name in ctx.offices else None)
    return held is not None and rx.fullmatch(held) is not None


def _fill(doc_id, sentence, t: Trigger, found: Found, ctx: DocumentContext, cues: Cues, roles: dict,
          lo: int, hi: int, floor: int, chained: bool = False, reach: int | None = None) -> list[Fact]:
    def near(types, side):
        if side == "before":
            return [e for e in reversed(found.entities) if e.type in types and lo <= e.start and e.end <= t.start]
        return [e for e in found.entities if e.type in types and t.end <= e.start and e.end <= hi]

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
    if summit is None:  # 'X met Y on the sidelines of the ASEAN summit': the summit is no party of theirs
        after = [e for e in after if not (e.rule or "").endswith("+" + groups.SUMMIT)]
    if roles.get("subject_after"):
        before = []
    if roles.get("subject_gap") is not None:  # a subject before the trigger stands close to it
        before = [e for e in before if cues.words(e.end, t.start) <= roles["subject_gap"]]
    if roles.get("pair_only"):  # the two told before, whoever else is named around them
        before, after = [], []
    agent = _visitor_named_by(t, sentence.text, hi, after, cues, ctx)
    if agent is not None:  # 'welcomed the first visit to X by Y': Y visits, whoever stands before the word
        if not agent:
            return []  # 'by a Gulf leader': a visitor the text describes and does not name
        before, after = [], agent
    # 'accompanied by his wife, X, and Y': X and Y go along; 'at the invitation of X and Y': they invite;
    # neither is a party
    fellows: list[Entity] = []  # who goes along and visits too: a head of state or government
    for cue in ("companion", "inviter"):
        going = _going_with(cue, sentence.start, found, cues, ctx)
        if going is None:
            continue
        if cue == "companion" and t.rule["kind"] == "visit":
            fellows = [e for e in found.entities if id(e) in going and lo <= e.start
                       and e.end <= max(hi, reach or 0) and _travels_too(e, ctx)]
            fellows += [e for e in _travelling_with(t, after, found, cues, ctx) if _travels_too(e, ctx)]
        if cue == "inviter":
            ctx.inviters.update(e.name for e in found.entities if id(e) in going)
        before, after = [e for e in before if id(e) not in going], [e for e in after if id(e) not in going]
    reported = _cue_pattern(ctx.lang, "reported") if roles.get("order", "vs") == "sv" else _cue_pattern(ctx.lang, "reported_vs")
    if reported is not None and not _possessed(t, sentence.text, ctx, "carry_on"):
        # 'X said the visit would ...': X speaks of the event, and is not its subject ('said his visit': is)
        before = [e for e in before if _speaks_of_own(fold(sentence.text[e.end:t.start]).text, reported, ctx)]
    invites = _cue_pattern(ctx.lang, "invites")  # 'X invited Y to visit': X is the host, never the visitor
    if invites is not None:
        before = [e for e in before if not invites.search(fold(sentence.text[e.end:t.end]).text)]
    if roles.get("carry") and roles.get("object_from"):  # a post taken up: its holder is told in its clause
        after = [e for e in after if e.end <= cues.clause(t.start, t.end)[1]]
    if roles.get("object_from") and "person" in people and not [e for e in after if e.start - t.end <= 2] \
            and not any(e.start <= t.end < e.end for e in found.entities):
        # a capitalised name right after the verb that gives a post, which nothing else introduced
        # ('appointed Jafar Hassan'); only there: after other verbs a capitalised run is as often a title
        named = names.name_after(sentence.text, t.end, ctx.lang, f"{ctx.lang}/names/after-event")
        if named is not None and t.office and named.start >= t.office_start:
            named = None  # the post itself ('was elected Director-General of X'), no one's name
        # a lone word read as someone told before at the end of the name read there (the surname alone,
        # 'Hassan' of 'Ibrahim Hassan') is part of that name
        inside = [e for e in found.entities if named is not None and named.start < e.start and e.end == named.end
                  and len(e.text.split()) == 1]
        if named is not None and named.end <= hi and inside \
                and not any(e.start < named.end and named.start < e.end for e in found.entities if e not in inside):
            after = sorted([named, *(e for e in after if e not in inside)], key=lambda e: e.start)
        elif named is not None and named.end <= hi and not any(e.start < named.end and named.start < e.end for e in found.entities):
            after = sorted([named, *after], key=lambda e: e.start)
    passive = _cue_pattern(ctx.lang, "passive_before")
    if roles.get("object_from") and t.office and "person" in people and not before and (
            roles.get("carry") or passive is not None and passive.search(fold(sentence.text[max(0, t.start - 40):t.start]).text)):
        # a name right before a verb that gives the post the rule names ('X was elected director-general
        # of Y', 'X had been appointed as Y's coach'), which nothing else introduced
        named = _named_before(sentence.text, t, found, ctx)
        if named is not None and named.start >= lo:
            before = [named]
    # 'X will meet A and hold talks with B', 'X met A before holding talks with B', 'X will meet A during
    # his visit to B': the other party of the event just told, right before this one, is no subject of it;
    # its subject does both
    shared = None
    owner = _cue_pattern(ctx.lang, "owner")  # 'welcomed A's visit': the event is A's own
    party = bool(before) and ctx.last_pair_in == sentence.start and ctx.last_pair is not None \
        and (before[0].start, before[0].end) in ctx.last_parties
    # 'X met Y, who is visiting Z': Y's own event, told at the time of the one just told
    owned = party and owner is not None and bool(owner.fullmatch(fold(sentence.text[before[0].end:t.start]).text))
    if party and not owned:
        before = [e for e in before if (e.start, e.end) not in ctx.last_parties]
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
    pair = _pair_told_before(t, ctx, cues, sentence.start) if "object" in roles and not before and not after \
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
    elif carried is not None and carried.rule == "carried/pronoun" and t.start <= carried.start < t.end:
        # a pronoun written on a verbal noun ('during his meeting X' as Arabic writes it): the pronoun is
        # the subject, and the people after the noun are the other parties, as after a subject-first verb
        before, picking = [carried], {**roles, "order": "sv"}
    elif carried is None and before and roles.get("order", "vs") == "vs" and _possessed(t, sentence.text, ctx, "carry_on"):
        # 'X ... on his arrival in Y, Z': the pronoun is the person before the noun, the one
        # after it no subject of it
        picking = {**roles, "order": "sv"}
    subject_e, object_e, listed = (*pair, ()) if pair else _pick_people(picking, before, after, cues, t)
    if group and subject_e is group[0] and object_e is not None:
        listed = (*group[1:], *listed)
    if carried is None and subject_e is None and roles.get("carry") and ctx.last_subject is not None \
            and ctx.last_subject_in in (sentence.start, ctx.previous_start):
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
    if summit is not None and subject_e is not None:  # 'with the participation of A, B and C': each takes part
        object_e, listed = summit, (_listed_after(subject_e, after, cues) if subject_e in after else ())
    appointer = None
    appointers: tuple[Entity, ...] = ()  # who made the appointment told, recorded once its fact is made
    c_lo, c_hi = cues.clause(t.start, t.end)
    if roles.get("object_from") == "post" and not roles.get("carry"):
        # 'X appointed Y as <office>' (Arabic: verb, X, Y, office): the last person between the trigger and the
        # office is the appointee, the one before them (or before the trigger) the appointer
        named = [e for e in after if e.end <= (t.office_start if t.office else c_hi)]
        if t.office:  # the one appointed stands right before the office, though the names may miss them
            named += [e for e in _appointee(sentence.text, t, ctx) if not named or e.start >= named[-1].end]
        if named and roles.get("actor_before"):  # the one who acts stands before the verb: the first after it is acted on
            named = named[:1]
        if named:
            subject_e = named[-1]
            appointer = named[0] if len(named) > 1 else next(iter(near(people, "before")), None)
            # whoever stands before the verb appointed (a name the names stage ran on may stand between)
            appointers = tuple(e for e in (appointer, next(iter(near(people, "before")), None))
                               if e is not None and e is not subject_e)
            if not t.office and not (roles.get("renews") or roles.get("own_post")):
                # the post given is not named, but who appointed whom is: 'X's appointment' next is Y's
                ctx.appointers.update((e.name, sentence.start) for e in appointers)
                return []
            if roles.get("own_post") and roles.get("order") == "vs" and appointer is None and not roles.get("actor_before"):
                return []  # the one who acts follows the verb, and no one after them: the one acted on is unnamed
            if t.office and not _office_gap(sentence.text, subject_e.end, t, ctx, apposition=not subject_e.title,
                                            whens=found.whens):
                return []  # someone the names do not read stands before the office: the one appointed
        elif t.office and not _office_gap(sentence.text, t.end, t, ctx):
            return []  # someone the names do not read was appointed: not the one who appointed them
        elif not t.office and roles.get("own_post"):
            return []  # the one acted on is not named: never the one who acts
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
    last = max((e for e in (subject_e, object_e) if e is not None and e.start >= t.end), key=lambda e: e.end, default=None)
    if last is not None and last.start > c_hi:
        # a party set off by commas ('met the Indian prime minister, X, in Moscow'): the place may follow
        # it, and after its closing comma too when a place word opens what comes next
        c_hi = cues.clause(last.start, last.end)[1]
        resume = _cue_pattern(ctx.lang, "place_resume")
        if resume is not None and resume.match(fold(sentence.text[c_hi:]).text) and not sentence.text[last.end:c_hi].strip():
            c_hi = cues.clause(c_hi + 1, c_hi + 1)[1]
    place_types = roles.get("place", ())
    # Verb-first rules take the destination after the trigger ('visited Beijing'); subject-first ones also before it.
    place_gap = roles.get("place_gap")
    places = [e for e in near(place_types, "after") if e.end <= c_hi  # 'his first trip outside China': no destination
              and (place_gap is None or cues.words(t.end, e.start) <= place_gap)
              and not ordinals.outside(ctx.lang, sentence.text, e.start)] or (
        # not a country that names the subject's post ('United Arab Emirates President X met ...')
        [e for e in near(place_types, "before") if e.start >= c_lo and not _names_a_post(e, found, cues)]
        if roles.get("order") == "sv" and place_gap is None else [])
    if not places and place_types:
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
    occasions = near(("occasion",), "after")

    kind = t.rule["kind"]
    subject = subject_e.name if subject_e else None
    obj = object_e.name if object_e else None
    if roles.get("object_from") == "post" and subject:  # the post taken up: named as an office, or the person's title
        held = ctx.posts.get(subject) or (subject_e.title if subject_e is not None and not subject_e.past else None) \
            or (ctx.given.get(subject) if roles.get("given") else None)
        if held is None and (roles.get("carry") or roles.get("renews") or roles.get("own_post")):
            # taken up (or kept) by the one named: 'President X ... since taking office'
            # the post in the catalogue's country where it gives one ('President Vasko': Ruritanian president)
            held = (ctx.offices[subject].post or ctx.offices[subject].office) if subject in ctx.offices else None
        if t.office and held and held.endswith(" " + t.office):
            obj = held  # 'since taking office as prime minister': the post the person is named with
        else:  # an office named is the post, never the other post the person is named with
            # a post written where the office stands that neither the office lexicon nor a title reads
            # ('served as a faculty member') is not the one the person is named with
            obj = t.post or (_post(t.office, appointer, ctx) if t.office else None if t.office_start is not None else held)
        other = _cue_pattern(ctx.lang, "other_post")
        if not t.office and roles.get("carry") and other is not None and other.match(fold(sentence.text[t.end:]).text):
            obj = None  # 'since taking up the post of head of X': a post the office lexicon lacks, not the one held now
    quantity = None
    have = {"subject": subject, "object": obj, "place": places[0] if places else None, "quantity": quantity}
    if any(have.get(need) is None for need in roles.get("needs", ()) if need != "when"):  # the date: below
        return []
    if roles.get("visitor"):  # a reception: the one received visits the place; the host is no party of it
        if roles["visitor"] == "object" and obj is None and subject_e is not None and subject_e.start >= t.end:
            object_e, obj = subject_e, subject  # 'welcoming X to Y': the host unnamed, the one after the verb the guest
        if (obj if roles["visitor"] == "object" else subject) is None:
            return []  # the guest unnamed; a rule that needs the host named says so in `needs`
        if roles["visitor"] == "object":
            subject_e, subject = object_e, obj
        object_e, obj, others = None, None, ()
    home = _own_country(subject_e, ctx)[0] if kind == "visit" and places else None
    if home is not None and home == (places[0].name if places[0].type == "country"
                                     else names.country_of_place(places[0].name)):
        # 'the visit reflects X's care for their country's economy', 'the governor attends a hearing in
        # the capital': nobody visits their own country, nor a city of it
        return []
    rule = t.rule.id + (place_told or "")
    if kind in ("visit", "meeting") and places and subject:
        # a visit's place, or where a meeting was held: where the subject was then
        ctx.destinations[subject] = (places[0], sentence.start)
    if subject_e is not None and subject_e is carried:
        rule = f"{rule}+subject/{carried.rule}"  # the fact records that its subject came from before
    if subject_e is not None and subject_e.type == "person":
        ctx.last_subject, ctx.last_subject_in, ctx.last_kind = subject_e, sentence.start, kind
        if object_e is not None and object_e.type == "person":
            ctx.last_pair, ctx.last_pair_in = (subject_e, object_e), sentence.start
            ctx.last_parties = frozenset((e.start, e.end) for e in (object_e, *listed))

    m_lo, m_hi = max(floor, c_lo, t.start - roles.get("window", DEFAULT_WINDOW)), min(hi, c_hi)
    modality, tense = timex.clause(_masked(sentence.text[m_lo:m_hi], found.entities, m_lo), ctx.lang)
    modality = t.rule.get("modality") or modality
    if modality == "asserted" and tense is None and subject_e is not None and subject_e.rule in ("carried/sequel", "carried/leg"):
        modality = ctx.last_modality  # 'X will visit A, before travelling to B': the plan goes on
    ctx.last_modality = modality
    own_date = "when" in roles.get("needs", ())  # a date of its own, never the article's ('took office in May')
    if own_date and t.post and kind == "appointment" and not _told_aside(sentence.text[:t.start], ctx):
        # 'X was elected director-general of Y': the post named whole, in a clause of its own, is the news
        # itself, told on the article's day; 'since taking office', 'who was elected' tell the past aside
        own_date = False
    term_end = None
    if roles.get("renews"):  # 'extended until June 2027': the end of the term, not the day it was extended
        ends = [w for w in _term_ends(found, sentence.text, ctx) if lo <= w.start and w.end <= hi]
        term_end = _shift(ends[0], sentence.start) if ends else None
        found = replace(found, whens=tuple(w for w in found.whens if w not in ends))
    when = _when(found, t, lo, hi, ctx, cues, sentence.start,
                 inherit=modality == "asserted" and tense != "future" and not own_date
                 and not (tense == "past" and _after_publication(ctx.peg, ctx)),
                 told_past=tense == "past",
                 chained=chained and not own_date and subject_e is not None and (
                     subject_e is carried and carried.rule == "carried/clause" or owned and subject_e is before[0]))
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
    ctx.appointers.update((e.name, sentence.start) for e in appointers)
    if kind == "appointment" and subject and obj and modality == "asserted":
        # the post just given is theirs: 'X will take up his duties on D' next takes it up
        ctx.given.setdefault(subject, obj)
    fact = Fact(
        doc=doc_id, kind=kind, subject=subject, object=obj,
        place=places[0].name if places else None,
        occasion=occasions[0].name if occasions else None,
        modality=modality, when=when, quantity=_shift(quantity, sentence.start) if quantity else None,
        sentence=sentence.text,
        span=(start, end), rule=rule,
        id=fact_id, others=others,
    )
    if kind != "visit" or not places:
        return [fact]
    # 'visited Russia in October 2022 and June 2023': a visit on each date listed after its own
    dated = [replace(fact, when=_shift(w, sentence.start), id=_fact_id(doc_id, kind, start, end, subject, w.value))
             for w in _listed_dates(found, when, sentence.text, sentence.start, hi, ctx)] if modality == "asserted" else []
    # 'will visit Lahore and Karachi': a visit to each place listed, closed by its conjunction; a
    # country after a place in it ('Atlanta, United States') is where that place lies, no other visit
    listed = [e for e in _listed_after(places[0], [e for e in found.entities if e.type in place_types], cues)
              if e.name != places[0].name and e.name != names.country_of_place(places[0].name)]
    made = [fact, *dated, *(replace(fact, place=e.name, id=_fact_id(doc_id, kind, start, end, subject, e.name)) for e in listed)]
    # 'visited Tunis together with the Dutch Prime Minister, X': X's visit too, the same place and days
    fellows = list(dict((e.name, e) for e in fellows if e.name != subject).values())
    if fellows and subject_e is not None:
        ctx.travellers = (subject_e, *fellows)
    return made + [replace(f, subject=e.name, rule=f"{f.rule}+fellow",
                           id=_fact_id(doc_id, kind, start, end, e.name, f.place, f.when.value if f.when else None))
                   for e in fellows
                   if _own_country(e, ctx)[0] != (places[0].name if places[0].type == "country"
                                                   else names.country_of_place(places[0].name))
                   for f in made]


def _listed_dates(found: Found, when: When | None, text: str, offset: int, hi: int, ctx: DocumentContext) -> list[When]:
    """The times listed right after the fact's own (`date_list` between each and the one before it),
    within its window: each dates an event of its own, told alike."""
    joiner = _cue_pattern(ctx.lang, "date_list")
    if joiner is None or when is None:
        return []
    whens = sorted(found.whens, key=lambda w: w.start)
    at = next((i for i, w in enumerate(whens) if w.start + offset == when.start and w.value == when.value), None)
    if at is None:
        return []
    out, last = [], whens[at]
    for w in whens[at + 1:]:
        if w.end > hi or w.value is None or not joiner.fullmatch(fold(text[last.end:w.start]).text):
            break
        out.append(w)
        last = w
    return out


def _framed_place(text: str, found: Found, types, t: Trigger, ctx: DocumentContext) -> list[Entity]:
    """The place a sentence opens with, set off by a comma ('In Oslo, X met Y'): the scene of the
    events the sentence tells that name no place of their own."""
    frame = _cue_pattern(ctx.lang, "place_frame")
    if frame is None:
        return []
    return [e for e in found.entities if e.type in types and e.end <= t.start
            and frame.fullmatch(fold(text[:e.start]).text) and re.match(r"\s*[,\u060c]", text[e.end:])][:1]


def _term_ends(found: Found, text: str, ctx: DocumentContext) -> list[When]:
    """The sentence's dates that end a term (the `term_end` pattern of events.yaml right before or at
    their start: 'until June 2027')."""
    cue = _cue_pattern(ctx.lang, "term_end")
    if cue is None:
        return []
    return [w for w in found.whens if w.value and "/" not in w.value
            and cue.search(fold(text[max(0, w.start - 12):w.start + len(w.text.split()[0]) + 1]).text)]


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
    return [person] if person is not None and person.type == "person" and person.start >= t.end else []


def _office_gap(text: str, start: int, t: Trigger, ctx: DocumentContext, apposition: bool = False,
                whens: Sequence[When] = ()) -> bool:
    """Does only the `office_gap` pattern of events.yaml stand between text[start] (the end of the
    one appointed, or of the appointment word when they are written before it: 'X was appointed as
    the new prime minister') and the office? Other words there are someone the names did not read.
    With `apposition` (one appointed named without a post), the `office_apposition` pattern too.
    A time told there ('X on Monday as ...', or set off by commas, as Arabic writes it) is no one: it
    is left out, with the comma that set it off."""
    gap = _cue_pattern(ctx.lang, "office_gap")
    between = text[start:t.office_start]
    for w in sorted((w for w in whens if start <= w.start and w.end <= t.office_start), key=lambda w: -w.start):
        rest = between[w.end - start:]
        between = between[:w.start - start] + rest[len(rest) - len(_COMMA_AFTER_TIME.sub("", rest, count=1)):] \
            if _COMMA_AFTER_TIME.match(rest) else between[:w.start - start] + rest
    words = fold(between).text
    if gap is None or gap.fullmatch(words):
        return True
    described = _cue_pattern(ctx.lang, "office_apposition") if apposition else None
    return described is not None and bool(described.fullmatch(words))


def _pair_told_before(t: Trigger, ctx: DocumentContext, cues: Cues, sentence_start: int):
    """The two people 'the two leaders' / the dual (`pair` in events.yaml) next to a trigger stands for:
    the two parties of the latest fact of this or the previous sentence, else the two people the
    previous sentence names; any other count: no guess. Placed at the words that stand for them."""
    pair = _cue_pattern(ctx.lang, "pair")
    if pair is None and _cue_pattern(ctx.lang, "pair_on") is None or any(s <= t.start and t.end <= e for s, e in cues.quotes):
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


def _names_a_post(place: Entity, found: Found, cues: Cues) -> bool:
    """Is a country part of a post, inside a title or right before a post written without its
    country ('United Arab Emirates President X')? Then it is whose post, not where an event is."""
    posts = [*cues.titles, *(e.bare_post for e in found.entities if e.type == "person" and e.bare_post)]
    return any(a <= place.start and place.end <= b or place.end <= a and not cues.text[place.end:a].strip()
               for a, b in posts)


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
    # a quotation speaks for its speaker ('I', 'we'), not for the narrative's subject; a post it names
    # without a name ('the president will meet') is still the one the text has named with it
    quoted = any(s <= t.start and t.end <= e for s, e in cues.quotes)
    c_lo, c_hi = cues.clause(t.start, t.end)
    if roles.get("order", "vs") == "sv":
        gap = post_gap = (max(lo, c_lo), t.start)
        relative = _cue_pattern(ctx.lang, "relative")
        if relative is not None and c_lo > 0 and relative.fullmatch(fold(text[c_lo:t.start]).text.strip()):
            # 'The Chancellor, who took office in May': the post before the comma stands for the subject
            post_gap = (max(lo, cues.clause(c_lo - 1, c_lo - 1)[0]), t.start)
        # a person earlier in the clause: a pronoun is theirs, and an earlier trigger told the event;
        # a trigger right after that one ('X will travel to Lahore to meet Y') shares its subject
        earlier = [e for e in found.entities if e.type == "person" and c_lo <= e.start and e.end <= lo]
        if earlier and chained and not before and not quoted:
            here = ctx.last_subject if ctx.last_subject_in == sentence_start else None
            if here is not None and ctx.last_kind == t.rule["kind"]:
                return None  # 'arrived in Moscow on his first trip to Russia': the same event told again
            return replace(here or earlier[-1], text="", start=t.start, end=t.start, rule="carried/clause",
                           bare_post=None)
        if earlier or before:
            return None
    else:
        # up to the first person after the trigger, and the title written before them ('with the Chinese
        # president X': 'president' there is X's, no subject told before)
        upto = min(after[0].bare_post[0] if after and after[0].bare_post else after[0].start if after else hi, c_hi)
        upto = min([a for a, b in cues.titles if t.end <= a and b <= upto and not text[b:upto].strip(" ,\u060c")] + [upto])
        gap = post_gap = (t.end, upto)
        word = None if quoted else _possessed(t, text, ctx, "carry_on")
        if word is not None:  # 'during his meeting X' written as one word: X is no subject, the pronoun is
            if before:
                return None  # the person before it is the one the pronoun stands for
            latest = _latest_subject(t, ctx, sentence_start)
            return replace(latest, text=text[word[0]:word[1]], start=word[0], end=word[1], rule="carried/pronoun",
                           bare_post=None) if latest is not None else None
    for s, e in names.bare_posts(text[post_gap[0]:post_gap[1]], ctx.lang):
        s, e = s + post_gap[0], e + post_gap[0]
        if roles.get("order", "vs") == "vs" and any(p.type == "person" and 0 <= p.start - e <= 2 for p in found.entities):
            continue  # after the verb, the post of the person named right after it ('will meet President X')
        for person in reversed(ctx.recent):
            held = (None if person.past else person.title) or ctx.posts.get(person.name)
            country = (names.posts().get(held) or {}).get("country") if held else None
            if country and names.post_for(text, (s, e), country, ctx.lang) == held:
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
                fits = names.post_for(text, (s, e), country, ctx.lang) == held
            else:
                fits = not (person.title or ctx.posts.get(person.name)) and (
                    traveller is not None or _own_country(person, ctx)[0] is not None)
            if fits:
                return replace(person, text=text[s:e], start=s, end=e, rule="carried/post", bare_post=None)
        return None  # a post nobody named earlier holds: no guess
    if quoted:
        return None
    here = ctx.last_subject if ctx.last_subject_in == sentence_start else None
    opening = fold(text[c_lo:t.start]).text.strip()
    sequel = _cue_pattern(ctx.lang, "sequel")
    if here is not None and sequel is not None and (sequel.fullmatch(opening) or chained and sequel.match(opening)):
        # '..., before travelling to Y (to meet Z)': the next leg of the trip this sentence has told
        return replace(here, text="", start=t.start, end=t.start, rule="carried/sequel", bare_post=None)
    if here is not None and ctx.last_kind == t.rule["kind"] and "object" in roles and not before and after \
            and ctx.last_pair is not None and all(after[0].name != p.name for p in ctx.last_pair) \
            and cues.marked(t.end, after[0].start):
        # '..., and will also hold talks with Y' after a meeting with X: a meeting of the same subject
        # with another party, not the one the sentence has told
        return replace(here, text="", start=t.start, end=t.start, rule="carried/clause", bare_post=None)
    if here is not None and ctx.last_kind == t.rule["kind"]:
        if roles.get("another") and chained:  # 'X visited Monday and is coming back Friday': X's next trip
            return replace(here, text="", start=t.start, end=t.start, rule="carried/clause", bare_post=None)
        return None  # '..., on his first trip': the event the sentence has told already
    latest = _latest_subject(t, ctx, sentence_start)
    carry = _cue_pattern(ctx.lang, "carry")
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
        return replace(latest, text=text[gap[0] + s:gap[0] + e], start=gap[0] + s, end=gap[0] + e,
                       rule="carried/pronoun", bare_post=None)
    noun = _cue_pattern(ctx.lang, "noun_with")
    told = ctx.last_subject if ctx.last_subject_in in (sentence_start, ctx.previous_start) else None
    if noun is not None and not before and after and told is not None \
            and told.name != after[0].name and noun.fullmatch(fold(text[t.start:t.end]).text) \
            and cues.marked(t.end, after[0].start) and cues.words(t.end, after[0].start) <= 3:
        # 'a meeting with X followed', 'during the meeting with X' (a verbal noun, nobody before it): the
        # meeting of the subject of the previous sentence's fact, never of someone it only named (the
        # words between: 'with', and 'his Chinese counterpart' as Arabic writes it, where no title is read)
        return replace(told, text="", start=t.start, end=t.start, rule="carried/clause", bare_post=None)
    lead = _cue_pattern(ctx.lang, "lead")
    if ctx.last_subject is not None and lead is not None and lead.fullmatch(opening):
        return replace(ctx.last_subject, text="", start=t.start, end=t.start, rule="carried/clause", bare_post=None)
    if here is not None and not opening and c_lo > 0 and roles.get("order", "vs") == "sv":
        # 'X, ..., during his trip to Y, met Z': a verb right after a comma goes on with the subject of
        # the event this sentence has told
        return replace(here, text="", start=t.start, end=t.start, rule="carried/clause", bare_post=None)
    return None


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


def _own_country(person: Entity | None, ctx: DocumentContext) -> tuple[str | None, str | None]:
    """The country a person serves and where it is told: the one country of the posts the document
    names them with ('document'), else the catalogue's ('catalogue'); (None, 'several') when the
    document names several, (None, None) when unknown."""
    if person is None or person.type != "person":
        return None, None
    named = ctx.nationality.get(person.name, set())
    if not named and person.title and not person.past:  # the post named with them in this very sentence
        named = {c for c in [(names.posts().get(person.title) or {}).get("country")] if c}
    if named:
        return (next(iter(named)), "document") if len(named) == 1 else (None, "several")
    known = names.known(person.name) if person.known else None
    return (known.country, "catalogue") if known is not None and known.country else (None, None)


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


def _possessed(t: Trigger, text: str, ctx: DocumentContext, cue: str) -> tuple[int, int] | None:
    """The span of the trigger's whole word when the `cue` pattern of events.yaml (carry_on, pair_on)
    finds a pronoun written on it, else None."""
    rx = _cue_pattern(ctx.lang, cue)
    if rx is None:
        return None
    end = t.end + len(re.match(r"\w*", text[t.end:]).group())
    return (t.start, end) if rx.search(fold(text[t.start:end]).text) else None


def _fill_figures(doc_id, sentence, t: Trigger, found: Found, ctx: DocumentContext, cues: Cues, roles: dict,
                  lo: int, hi: int, floor: int, figure_starts: Sequence[int], reach: int) -> list[Fact]:
    """One fact per figure of the rule's unit class in the trigger's window ('from $50bn in 2015 to
    $120bn by 2030' is two figures), each with its own period, modality, basis and direction; the
    sentence's source applies to all of them. A figure belongs to the figure word before it
    ('exports rose 5% to $3bn, imports 2% to $1bn'), or to the first one after it if none precedes it."""
    text = sentence.text
    referred = ctx.last_figure[1] if roles.get("refers") and ctx.last_figure and ctx.last_figure[0] in (
        ctx.previous_start, sentence.start) else None
    if roles.get("refers") and referred is None:
        return []  # 'this figure' names no figure told just before
    # a figure inside a time ('the first three quarters of the year') is part of the period, no value;
    # after words that go on with a list ('followed by X with $2bn') the figures before them are the list's
    of = _cue_pattern(ctx.lang, "figure_of")
    # a figure before the word, with a clause begun between them ('losses of $12bn, while exports
    # reached ...'), is the other clause's
    new_clause = _cue_pattern(ctx.lang, "new_clause")
    mine = [q for q in found.quantities if (referred is None or q.start >= t.end)
            and lo <= q.start and q.end <= hi and quantities.unit_class(q) == roles["quantity"]
            and _owner(q, figure_starts, text, of) == t.start and not any(w.start <= q.start and q.end <= w.end for w in found.whens)
            and not (q.end <= t.start and new_clause is not None and any(q.end <= b < t.start for b in cues.breaks)
                     and new_clause.search(fold(text[q.end:t.start]).text))]
    if not mine:
        return []
    # A figure restated in brackets right after another ('20 bcm (706 bcf)', 'A$219bn (US$145bn)') is
    # the same figure: it shares the stretch of the one it restates and does not cut it short.
    # A number inside a time ('2022' of 'in FY 2022-23') is no figure and ends no figure's stretch.
    all_figures, restates = [], {}
    for q in sorted(found.quantities, key=lambda q: q.start):
        if any(w.start <= q.start and q.end <= w.end for w in found.whens):
            continue  # the numbers of a time ('FY 2022-23') are no figure: they cut no stretch
        if all_figures and _RESTATED.fullmatch(text, all_figures[-1].end, q.start):
            restates[q] = all_figures[-1]
        else:
            all_figures.append(q)
    marks = ctx.marks(text)
    # what a figure is compared with ('up 2% from the same period last year', 'from a year earlier'):
    # the time inside a basis or a comparison is what the figure is measured against, neither its
    # period nor a sign that the figure is of the year before
    bases = [(k.start, k.end) for k in marks if k.field in ("basis", "compared", "reported")]
    marks = [k for k in marks if k.field != "period" or not any(s <= k.start and k.end <= e for s, e in bases)]
    source = figures.nearest(marks, "source", t.start, t.end, 0, len(text), reach=None)
    # 'after a record €86bn in 2022', 'up from $26bn in 2021': the figure compared with is told with a time of
    # its own, up to the next figure; no other figure takes that time as one the sentence states for all
    # (a kashida after the mark, as in its Arabic, is no word between)
    theirs = [(p.start, all_figures[j + 1].start if j + 1 < len(all_figures) else len(text))
              for j, p in enumerate(all_figures)
              if any(k.field == "other" and k.end <= p.start and not fold(text[k.end:p.start]).text.strip() for k in marks)]
    c_lo, c_hi = cues.clause(t.start, t.end)
    m_lo = max(floor, c_lo, t.start - roles.get("window", DEFAULT_WINDOW))
    clause_modality, tense = timex.clause(_masked(text[m_lo:min(hi, c_hi)], found.entities, m_lo), ctx.lang)
    in_sentence = _outside_figures(figures.countries(text, ctx.lang, found.entities), found.quantities)
    if _world_trade(text, in_sentence, sentence.start, ctx) or _with_a_group(text, t, found, ctx):
        return []
    countries = [c for c in in_sentence if lo <= c.start and c.end <= hi]
    # a country after the figure, past a clause's end or inside brackets ('..., followed by the Netherlands
    # with', '(more than that of the United States)'), is told of another figure or compared with: no party
    first = min(mine, key=lambda q: q.start)
    told_apart = [c for c in countries if c.start >= first.end
                  and (any(first.end <= b < c.start for b in cues.breaks) or "(" in text[first.end:c.start])]
    after = [Entity(c.name, c.start, c.end, c.name, "country") for c in countries
             if c.start >= t.end and c not in told_apart]
    # 'German trade with the US', 'the United States with a trading volume of': the country by the word,
    # in its clause
    ranked = _cue_pattern(ctx.lang, "ranked_partner")
    before = max((c for c in countries if c_lo <= c.start and c.end <= t.start and (
        t.start - c.end <= figures.REPORTER_REACH or ranked is not None and ranked.match(fold(text[c.end:t.start]).text))),
                 key=lambda c: c.end, default=None)
    pair = _pair(after, ctx, before.name if before else None)
    # 'exports to the US fell 7% to $9bn, imports rose 3% to $5bn': a flow that names no country is
    # between the parties of the flow before it in the sentence
    named_here = any(c_lo <= c.start and c.end <= c_hi for c in countries)
    listed = ctx.flow[1:] if not named_here and ctx.flow and ctx.flow[0] == sentence.start else None
    # 'The top export products were oil, which surged 36% to $7.78 billion.': a sentence that names no
    # country goes on with the flow of the sentence before it
    if not in_sentence and ctx.flow and ctx.flow[0] == ctx.previous_start and roles.get("flow"):
        listed = ctx.flow[1:]
    # '..., while imports from the US rose': a flow naming only a party of the flow before it in the
    # sentence is between the same two
    alone = {e.name for e in after}
    if before is None and len(alone) == 1 and ctx.flow and ctx.flow[0] == sentence.start and alone <= set(ctx.flow[1:]):
        listed = ctx.flow[1:]
    if listed:
        pair = sorted(listed)
    direction = None
    if roles.get("flow"):
        out = roles["flow"] == "out"
        if listed:
            reporter, partner = listed
            direction = f"{reporter}→{partner}" if out else f"{partner}→{reporter}"
        else:
            cue = _cue_pattern(ctx.lang, roles["partner"]) if roles.get("partner") else None
            lead = _cue_pattern(ctx.lang, f"{roles['partner']}_lead") if roles.get("partner") else None
            direction = figures.flow(countries, text, cue, (t.start, t.end), pair, out, _cue_pattern(ctx.lang, "origin"),
                                     ranked, lead, max(0, t.start - roles.get("window", DEFAULT_WINDOW)), _cue_pattern(ctx.lang, f"{roles['partner']}_home") if roles.get("partner") else None,
                                     between=_cue_pattern(ctx.lang, "between_pair"))
        pronoun = _cue_pattern(ctx.lang, "partner_pronoun")
        if direction and not listed and pronoun is not None and pronoun.search(fold(text[t.end:t.end + PRONOUN_REACH]).text):
            # 'its exports to it': the partner is the country named last before the flow's word, not the reporter
            reporter = direction.split("→")[0 if out else 1]
            told = [c.name for c in in_sentence if c.end <= t.start and c.name != reporter]
            if told:
                direction = f"{reporter}→{told[-1]}" if out else f"{told[-1]}→{reporter}"
        if direction:
            exporter, importer = direction.split("→")
            ctx.flow = (sentence.start, *((exporter, importer) if out else (importer, exporter)))
    sides = sorted(direction.split("→")) if direction and "subject_format" in roles else pair
    if direction and "subject_format" in roles:
        subject = roles["subject_format"].format(first=sides[0], second=sides[1])
    else:
        subject = _trade_subject(pair, roles)
    if referred is not None:
        subject, direction, roles = referred.subject, referred.direction, {**roles, "measure": referred.measure}
        # 'followed by Jordan with $875m': a country named after the words is the next partner of the same flow
        named = [c.name for c in countries if c.start >= t.end and c not in told_apart]
        if named and named[0] not in (direction or "").split("→"):
            if direction is None:
                return []  # a turnover with another country: which side stays cannot be told
            exporter, importer = direction.split("→")
            # the country whose flow it is stays: the importer of imports, else the one it leaves
            direction = f"{named[0]}→{importer}" if referred.measure == "imports" else f"{exporter}→{named[0]}"
            first, second = sorted(direction.split("→"))
            subject = roles["subject_format"].format(first=first, second=second)
    if subject is None:
        return []
    listed_pairs = _respective(mine, marks, text, ctx, found, before, roles) or _partner_list(mine, in_sentence, text, ctx, roles)
    out = []
    for q in mine:
        i = all_figures.index(restates.get(q, q))
        # the figure's own stretch of the sentence: from the figure before it to the figure after it
        s_lo = max(lo, all_figures[i - 1].end if i else lo)
        s_hi = min(hi, all_figures[i + 1].start if i + 1 < len(all_figures) else hi)
        # its time may stand past the trigger's window ('..., and $1bn in Acme - cars - in May 2021'):
        # up to the next figure, or the next figure word (`reach`)
        w_hi = min(reach, all_figures[i + 1].start if i + 1 < len(all_figures) else reach)
        # '..., up 16%, and it is expected to reach $5bn by the end of the year': a time past the start of a new
        # clause after the figure is that clause's
        if new_clause is not None:
            cut = next((b for b in cues.breaks if q.end <= b < s_hi and new_clause.match(fold(text[b + 1:s_hi]).text.lstrip())), None)
            s_hi, w_hi = (s_hi, w_hi) if cut is None else (min(s_hi, cut), min(w_hi, cut))
        # a goal's words may come before the trade word ('aim to raise trade to $10bn'), within the clause
        mark = figures.nearest(marks, "modality", q.start, q.end, max(m_lo, all_figures[i - 1].end if i else m_lo), s_hi)
        if mark is not None and mark.value in ("target", "forecast") and any(q.end <= b < mark.start for b in cues.breaks):
            mark = None  # '$1bn in 2023, and both aim to double it in five years': the goal is the next clause's
        # a mark opening the figure's clause before its word ('it is expected that trade between A and B
        # will reach $5bn') governs its figures too
        mark = mark or figures.nearest(marks, "modality", t.start, t.end, floor, t.start)
        measure = figures.nearest(marks, "measure", q.start, q.end, s_lo, s_hi, reach=figures.MEASURE_REACH)
        told = restates.get(q, q)  # a restatement in brackets goes with the figure it restates
        if measure is not None and any(_gap(p, measure) < _gap(told, measure) for p in all_figures if p is not told):
            measure = None  # '$327bn in 2023, accounting for 27 per cent': the words are the nearer figure's
        # a measure's words that hold the trigger word itself ('exports and imports totaling') are its measure
        measure = measure or next((k for k in marks if k.field == "measure" and k.start <= t.start and t.end <= k.end), None)
        if measure is not None and measure.value == "share":
            if q.unit == "percent":
                continue  # a part of a total ('accounting for 27 per cent') is neither a level nor a growth of the pair's trade
            measure = None  # 'exports accounting for $104bn': the part's own level, measured as its word says
        if measure is None and _next_share(all_figures, i, marks, text, ctx.lang):
            continue  # the next share of a list ('27% of its exports and 13% of its imports')
        modality = t.rule.get("modality") or (mark.value if mark else clause_modality)
        if modality == "expected":  # a figure told as to come ('trade will jump 12%') is a forecast
            modality = "forecast"
        basis = figures.nearest(marks, "basis", q.start, q.end, s_lo, len(text)) if roles["quantity"] == "percent" else None
        # 'an additional 3 bcm': an amount added is a change of the flow, not its total
        kind = t.rule["kind"]
        if roles.get("change_kind") and roles["quantity"] != "percent":
            basis = figures.nearest(marks, "increment", q.start, q.end, s_lo, s_hi, reach=figures.MEASURE_REACH)
            if basis is not None and basis.start >= q.end and i + 1 < len(all_figures) \
                    and all_figures[i + 1].start - basis.end <= INCREMENT_BEFORE:
                basis = None  # '$2.1bn, an increase of $300m': the words right before the next figure are its own
            kind = roles["change_kind"] if basis else kind
            # 'non-oil trade reached $2bn': a part of the flow, told by the flow's word, is the figure's basis
            basis = basis or figures.nearest(marks, "scope", t.start, t.end, m_lo, q.start)
        # 'the balance leans in Peru's favour by 15%': the size of the gap, a level, with Peru ahead
        favour = figures.nearest(marks, "favour", q.start, q.end, t.start, s_hi) if roles.get("level_kind") else None
        ahead = next((c.name for c in countries if favour is not None and favour.start <= c.start
                      and c.start - favour.end <= figures.REPORTER_REACH and c.name in sides[:2]), None)
        if ahead is not None:
            kind = roles["level_kind"]
        # a growth rate told as a fall ('fell 14%', and its Arabic) is negative
        sign = (figures.nearest(marks, "sign", q.start, q.end, s_lo, s_hi, reach=figures.SIGN_REACH)
                if roles["quantity"] == "percent" and q.value > 0 else None)
        # '..., followed by imports at 4%': a rate listed after a fall, with no verb of its own, fell too
        before_q = all_figures[i - 1] if i else None
        last = out[-1] if out else ctx.last_figure[1] if ctx.last_figure and ctx.last_figure[0] == sentence.start else None
        falls = (sign is None and before_q is not None and q.unit == "percent" and last is not None and last.quantity is not None
                 and last.quantity.unit == "percent" and last.quantity.value < 0
                 and last.quantity.start == sentence.start + before_q.start
                 and figures.carries_sign(text[before_q.end:q.start], ctx.lang))
        # 'raise trade up to $100bn': the level aimed at, no bound
        if q.qualifier != "exact" and figures.nearest(marks, "level", q.start, q.end, s_lo, s_hi, reach=0):
            q = quantities.as_level(q, ctx.lang)
        told_period = ctx.period
        # a goal's year ('to reach $30bn by 2025') is no period of an outcome told beside it
        goals = [(k.start, k.end) for k in marks if k.field == "modality" and k.value == "target"] if modality != "target" else []
        # the words may stand past the trigger's window, as its time may
        previous = figures.nearest(marks, "period", q.start, q.end, s_lo, max(s_hi, w_hi))
        same_of = base = None  # '$1.4bn in the same period of 2021' (after a growth rate the words name its base)
        if previous is not None and previous.value.startswith("same-of-year:"):
            if previous.start >= q.end:
                same_of, base = (previous, None) if roles["quantity"] != "percent" else (None, previous)
            previous = None
        figure_bases = [*bases, (base.start, base.end)] if base is not None else bases
        # the page's dateline ('date 2022-10-21 Trade rose ...') dates the page, not the figure's period
        figure_bases = [*figure_bases, *((w.start, w.end) for w in found.whens if ctx._dateline(w, text))]
        if base is not None and (period := _base_of(base, out[-1].when if out and out[-1].when else ctx.period)):
            # 'up 7.4% from the same period of 2022': the rate is of the figures' period, a later year
            # than the one named, which is its base's
            when = replace(period, explanation=f"the period of the figures it compares: {period.explanation}")
        elif previous is not None and previous.value == "same":  # 'over the period': the figures' before it,
            # or a span told before it in its own sentence ('in the three months to June, ... over the period')
            told = _told_before(found, q, cues, sentence.start, bases)
            when = told if told and "/" in (told.value or "") else _carried_period(ctx.period) or told
        # a figure of the flow told before ('That's down 23% ...') has its own time or that flow's period
        elif (when := _figure_when(found, q, s_lo, w_hi, cues, sentence.start, shared=previous is None and referred is None,
                                   bases=figure_bases,
                                   others=[(s, e) for s, e in theirs if not s <= q.start < e] + goals)) is not None \
                and previous is None:
            # the period of a figure compared with, or of a goal or a forecast, is no period the next
            # figures go on with
            if not any(s <= q.start < e for s, e in theirs) and modality not in ("target", "forecast"):
                ctx.period = when
        elif when is None and previous is not None:  # 'a year earlier': the year before the sentence's period
            when = _year_before(_figure_when(found, q, 0, len(text), cues, sentence.start, shared=True, bases=bases))
        elif when is None and modality not in ("target", "forecast"):  # 'over the same period': the period of the figures
            when = _carried_period(ctx.period)  # before it; a goal or a forecast is of no period told for what was
        if roles["quantity"] == "percent" and when is not None and told_period is not None \
                and sentence.start <= told_period.start < sentence.start + len(text) \
                and any(s <= when.start - sentence.start < e for s, e in theirs if not s <= q.start < e):
            # '$2.6bn in 2020 against $2.3bn in 2019, a rise of 13%': the rise is of the figure's period
            # told in the sentence, not of the year it is compared with
            when = ctx.period = _carried_period(told_period)
        if modality != "target" and when is not None and any(
                k.field == "modality" and k.value == "target" and k.start <= when.start - sentence.start
                and when.end - sentence.start <= k.end for k in marks):
            when = None  # 'a target of $50bn by 2030, up from $20bn now': the year is the goal's, not the outcome's
        if modality == "asserted" and when is not None and _ends_after_publication(when, ctx):
            when = _year_before(when) or when  # 'January-November' told as done: the last one before the article
        if same_of is not None:  # the months of the figures' period, in the year the words name
            period = out[-1].when if out and out[-1].when else ctx.period
            year = same_of.value.split(":")[1]
            if year == "previous":  # 'the same period last year': the year before the figures' period
                year = period.earliest.year - 1 if period is not None and period.earliest is not None else None
            when = (_moved_to_year(period, int(year)) if year is not None else None) or when
        if previous is not None and previous.value == "previous" and when is not None \
                and when.start - sentence.start < previous.end and previous.start < when.end - sentence.start:
            # 'compared to $126m in the previous fiscal year': the year before the figures' period, not
            # before the article's day
            when = _year_before(out[-1].when if out and out[-1].when else ctx.period) or when
        # a riyal traded between a country of riyals and one of another currency is the first's riyal
        money = quantities.local_currency(q, ctx.lang, direction.split("→") if direction else pair)
        start, end = sentence.start + lo, sentence.start + hi
        out.append(Fact(
            doc=doc_id, kind=kind, subject=listed_pairs.get(q, (subject,))[0], modality=modality, when=when,
            quantity=_shift(quantities.negated(money) if sign and sign.value == "negative" or falls else money, sentence.start), sentence=text, span=(start, end), rule=t.rule.id,
            id=_fact_id(doc_id, kind, start, end, listed_pairs.get(q, (subject,))[0], q.start),
            measure=measure.value if measure else roles.get("measure"),
            # exports and imports together flow both ways: no direction
            direction=None if measure and measure.value == "turnover" else
            f"{ahead}→{next(c for c in sides if c != ahead)}" if ahead else listed_pairs.get(q, (subject, direction))[1],
            basis=basis.value if basis else None,
            source=source.value if source else None))
    if out:
        ctx.last_figure = (sentence.start, out[-1])
    return out


_RESTATED = re.compile(r"\s*[(\[]\s*")
INCREMENT_BEFORE = 12  # characters between a change's words and the figure they stand before ('by about')


def _world_trade(text: str, in_sentence: Sequence, start: int, ctx: DocumentContext) -> bool:
    """Whether the sentence tells one country's trade with the whole world ('Ruritania's foreign trade data
    for March'), naming no second country, or goes on with such a sentence naming none: its figures are
    no pair's, whatever pair the article is about."""
    world = _cue_pattern(ctx.lang, "world_trade")
    pair_words = _cue_pattern(ctx.lang, "pair_words")
    if pair_words is not None and pair_words.search(fold(text).text):
        return False  # 'trade between the two countries': a pair's, whatever office of foreign trade tells it
    named = {c.name for c in in_sentence}
    if world is not None and len(named) <= 1 and world.search(fold(text).text) \
            or not named and ctx.world_trade is not None and ctx.world_trade in (ctx.previous_start, start):
        ctx.world_trade = start
        return True
    return False


def _with_a_group(text: str, t: Trigger, found: Found, ctx: DocumentContext) -> bool:
    """Whether the flow runs to or from a group of countries the text does not name one by one ('exports
    to Arab countries', 'trade between Chile and other Andean nations'): its figures are no pair's. A
    bloc the catalogue knows (the European Union, ASEAN) is a party and is no such group."""
    group = _cue_pattern(ctx.lang, "group_partner")
    if group is None:
        return False
    folded = fold(text[t.start:t.end + GROUP_REACH])  # from the word itself: 'trade between' holds its 'between'
    m = group.match(folded.text)
    if m is None:
        return False
    lo, hi = (t.start + k for k in folded.span(*m.span("group")))
    # the group's word may stand before the bloc it names (in Arabic, 'the countries of the GCC')
    return not any(e.type != "person" and (lo <= e.start < hi or figures.party(e) and e.start >= hi
                                           and not text[hi:e.start].strip()) for e in found.entities)


def _next_share(all_figures: Sequence[Quantity], i: int, marks: Sequence, text: str, lang: str) -> bool:
    """Whether figure i follows, as the next item of a list in the same unit, a figure that the words of a
    share ('accounting for') stand by."""
    while i > 0 and all_figures[i - 1].unit == all_figures[i].unit \
            and figures.joined(text[all_figures[i - 1].end:all_figures[i].start], lang):
        i -= 1
        p = all_figures[i]
        k = figures.nearest(marks, "measure", p.start, p.end, 0, len(text), reach=figures.MEASURE_REACH)
        if k is not None and k.value == "share" and not any(_gap(o, k) < _gap(p, k) for o in all_figures if o is not p):
            return True
    return False


def _gap(q: Quantity, k) -> int:
    """Characters between a figure and a mark (0 when they overlap)."""
    return k.start - q.end if k.start >= q.end else q.start - k.end if k.end <= q.start else 0


def _respective(mine: Sequence[Quantity], marks: Sequence, text: str, ctx: DocumentContext, found: Found,
                beside, roles: dict) -> dict[Quantity, tuple[str, str | None]]:
    """'The US and the Netherlands ranked second and third, with A and B respectively': with a
    `respective` mark, as many countries listed as figures take them in order, each trading with the
    country by the trade word, else with the country the article's officials serve, else its main
    country. Subject and direction per figure."""
    if len(mine) < 2 or "subject_format" not in roles or not any(k.field == "respective" for k in marks):
        return {}
    named = _outside_figures(figures.countries(text, ctx.lang, found.entities), found.quantities)
    listed = list(dict.fromkeys(c.name for c in named if beside is None or c.name != beside.name))
    home = _document_country(ctx)
    if len(listed) == len(mine) + 1 and beside is None and home in listed:  # 'among Chile's partners'
        listed.remove(home)
    if len(listed) != len(mine):
        return {}
    other = beside.name if beside else home if home and home not in listed else next(
        (c for c in ctx.countries if c not in listed), None)
    if other is None:
        return {}
    out = {}
    for q, known in zip(sorted(mine, key=lambda q: q.start), listed):
        first, second = sorted((known, other))
        direction = None
        if roles.get("flow"):
            direction = f"{other}→{known}" if roles["flow"] == "out" else f"{known}→{other}"
        out[q] = (roles["subject_format"].format(first=first, second=second), direction)
    return out


def _partner_list(mine: Sequence[Quantity], named: Sequence, text: str, ctx: DocumentContext,
                  roles: dict) -> dict[Quantity, tuple[str, str | None]]:
    """'the US ($57bn), China ($50bn) and Iraq ($18bn)', 'Peru with $3bn, Chile with $2bn': figures each
    told right after a country of their own (events.yaml `beside_partner` between them) are each that
    country's trade with the one other country the sentence names. Subject and direction per figure."""
    rx = _cue_pattern(ctx.lang, "beside_partner")
    if rx is None or len(mine) < 2 or "subject_format" not in roles:
        return {}
    own = {}
    for q in mine:
        c = max((c for c in named if c.end <= q.start), key=lambda c: c.end, default=None)
        if c is None or not rx.match(fold(text[c.end:q.start]).text):
            return {}
        own[q] = c
    listed = {c.name for c in own.values()}
    others = {c.name for c in named if c.name not in listed}
    if len(listed) != len(mine) or len(others) != 1:
        return {}
    (other,) = others
    out = {}
    for q, c in own.items():
        first, second = sorted((c.name, other))
        direction = None
        if roles.get("flow"):
            direction = f"{other}→{c.name}" if roles["flow"] == "out" else f"{c.name}→{other}"
        out[q] = (roles["subject_format"].format(first=first, second=second), direction)
    return out


def _figure_when(found: Found, q: Quantity, s_lo: int, s_hi: int, cues: Cues, offset: int,
                 shared: bool, bases: Sequence[tuple[int, int]] = (),
                 others: Sequence[tuple[int, int]] = ()) -> When | None:
    """The figure's period: the time in its own stretch nearest to it, after it first ('$50bn in
    2015'); else the time the sentence states once for all its figures, none in `others` (the
    stretches of the figures compared with). A time inside a basis ('compared with the same period
    last year') is none."""
    # a time the article's day cannot resolve ('on Monday' on an undated page) is no period
    usable = [w for w in found.whens if w.value is not None and not cues.since(min(q.end, w.end), max(q.start, w.start))
              and not any(s <= w.start and w.end <= e for s, e in bases)]
    own = [w for w in usable if s_lo <= w.start and w.end <= s_hi]
    if not shared:  # 'down from $26bn a year earlier': the time before it is the other figure's
        own = [w for w in own if w.start >= q.end]
    stated = [w for w in usable if not any(s <= w.start and w.end <= e for s, e in others)]
    pool = own or (stated if shared else [])
    if shared and all(_single_day(w) for w in pool):
        pool = [w for w in stated if not _single_day(w)] or pool
    if not pool:
        return None
    # a figure covers a period: a single day beside it is when it was told ('data released on
    # Friday'), taken only where no period stands in the same reach
    w = min(pool, key=lambda w: (_single_day(w), w.start < q.start,
                                 abs(w.start - q.end) if w.start >= q.end else abs(q.start - w.end)))
    return _shift(_narrowed(w, usable, cues.text), offset)


def _narrowed(w: When, whens: Sequence[When], text: str) -> When:
    """A part of a time written right before it, at most a word between ('between April and August of the
    FY 2022-23'): the part is the period."""
    for v in whens:
        gap = text[v.end:w.start]
        if v.end <= w.start and len(gap.split()) <= 1 and not any(ch in gap for ch in ",;\u060c") \
                and None not in (v.earliest, v.latest, w.earliest, w.latest) \
                and w.earliest <= v.earliest and v.latest <= w.latest and (v.earliest, v.latest) != (w.earliest, w.latest):
            return v
    return w


def _single_day(w: When) -> bool:
    return w.earliest is not None and w.earliest == w.latest


def _told_before(found: Found, q: Quantity, cues: Cues, offset: int, bases: Sequence[tuple[int, int]]) -> When | None:
    """The time told last before a figure in its sentence, for 'over the period' when no figure before
    it had one; a time that dates another event ('since June 2005') or a basis is none."""
    told = [w for w in found.whens if w.end <= q.start and not cues.since(w.start, w.end)
            and not any(s <= w.start and w.end <= e for s, e in bases)]
    return _shift(max(told, key=lambda w: w.end), offset) if told else None


def _owner(q: Quantity, figure_starts: Sequence[int], text: str = "", of: re.Pattern | None = None) -> int | None:
    """The start of the figure word a figure belongs to: the last one before it, else the first; or
    the next one, where the figure is told as an amount of what it names ('$2bn worth of Chilean
    exports to Peru', the `figure_of` cue of events.yaml)."""
    after = next((s for s in figure_starts if s >= q.end), None)
    if of is not None and after is not None and of.match(fold(text[q.end:after]).text):
        return after
    before = [s for s in figure_starts if s < q.start]
    return before[-1] if before else (figure_starts[0] if figure_starts else None)


def _carried_period(period: When | None) -> When | None:
    if period is None:
        return None
    return replace(period, explanation=f"the period of the figures before it (none in the sentence): {period.explanation}")


_YEAR = re.compile(r"(?<!\d)(\d{4})(?!\d)")


def _base_of(base: figures.Mark, period: When | None) -> When | None:
    """The figures' period a rate compares with the same months of an earlier year (`base`, 'the same
    period of 2022', 'the same period last year'); none when the period is not later than that year."""
    if period is None or period.earliest is None or period.value is None:
        return None
    year = base.value.split(":")[1]
    return period if year == "previous" or year.isdigit() and period.earliest.year > int(year) else None


def _year_before(w: When | None) -> When | None:
    """The same period a year earlier ('down from $26bn a year earlier'), for periods with known years."""
    if w is None or w.value is None or not _YEAR.search(w.value) or w.value.startswith("XXXX"):
        return None
    def back(d: date | None) -> date | None:
        return None if d is None else d.replace(year=d.year - 1, day=min(d.day, 28) if (d.month, d.day) == (2, 29) else d.day)
    return replace(w, value=_YEAR.sub(lambda m: str(int(m.group(1)) - 1), w.value), earliest=back(w.earliest),
                   latest=back(w.latest), explanation=f"a year before {w.value}: {w.explanation}")


def _ends_after_publication(w: When, ctx: DocumentContext) -> bool:
    """Whether a part of a calendar year the text gives without its year ('in January-November', 'in the
    first half') was counted into the article's year though it ends after the article's day."""
    pub = _publication_day(ctx)
    pub = pub.latest if pub is not None else None  # the last day it may be (a page dated to the month)
    # months from January of one calendar year: a fiscal year or 'this year' in progress is another matter
    return (pub is not None and w.resolved_by == "publication" and w.granularity != "year"
            and w.latest is not None and w.earliest is not None and w.latest > pub and w.earliest < w.latest
            and (w.earliest.month, w.earliest.day) == (1, 1) and w.earliest.year == w.latest.year)


def _moved_to_year(period: When | None, year: int) -> When | None:
    """`period` (a part of one year: 'January-November 2022') moved to `year`."""
    if period is None or period.earliest is None or period.latest is None or period.value is None \
            or period.earliest.year != period.latest.year or period.value == str(period.earliest.year):
        return None
    n = year - period.earliest.year
    def move(d: date) -> date:
        return d.replace(year=d.year + n, day=min(d.day, 28) if (d.month, d.day) == (2, 29) else d.day)
    return replace(period, value=_YEAR.sub(lambda m: str(int(m.group(1)) + n), period.value), earliest=move(period.earliest),
                   latest=move(period.latest), explanation=f"the same period in {year}: {period.explanation}")


def _when(found: Found, t: Trigger, lo: int, hi: int, ctx: DocumentContext, cues: Cues, offset: int,
          inherit: bool, chained: bool = False, told_past: bool = False) -> When | None:
    """The trigger's own time (nearest in its window, after it first), else the one the text ties to it."""
    # 'since February 2022' between them: the date of another event. A date after the trigger that
    # itself begins with 'since' ('the first visit since 2017', 'seven visits since 2015') counts from
    # an earlier event; it dates only a post taken up ('in office since May'). Before the trigger it
    # may be that event's ('since 1989, when X was hosted').
    taken_up = t.rule["kind"] in ("appointment", "role")  # a post taken up, or held ('has served as X since May')
    arrived = _arrival(t, cues)  # 'arrived in X since Sunday': there since the day of arrival
    own = [w for w in found.whens if lo <= w.start and w.end <= hi
           and not cues.since(min(t.end, w.end), max(t.start, w.start))
           and (taken_up or arrived or w.start < t.end or not cues.since(w.start, w.end)) and not cues.apart(w, t)
           and not (w.start >= t.end and _counts_back(w))]
    if own:
        w = _finer(min(own, key=lambda w: (w.start < t.start, abs(w.start - t.end))), own)
        if arrived and w.start >= t.end and cues.since(w.start, w.end) and w.granularity == "day" \
                and w.earliest is not None and w.earliest != w.latest:
            w = replace(w, value=w.earliest.isoformat(), latest=w.earliest,
                        explanation=f"the day of the arrival, the first of the span: {w.explanation}")
        if _counts_back(w) and w.value is None and ctx.peg is not None:
            w = _counted_from_peg(w, cues.text, ctx)
        return _shift(_year_end(w, cues.text[max(0, w.start - 24):w.start], ctx.lang), offset)
    if (framing := _framing_when(found, t, lo, cues)) is not None:
        return _shift(framing, offset)
    if chained and (earlier := _chained_when(found, t, lo, cues)) is not None:
        return _shift(earlier, offset)
    if inherit and ctx.peg is not None:  # a reported fact, not a plan: the article's main date
        return _trip_start(ctx.peg, cues.text, ctx) or _told_so_far(ctx.peg, t, cues.text, ctx) or replace(
            ctx.peg, explanation=f"the article's main date (none in the sentence): {ctx.peg.explanation}")
    if inherit and told_past and ctx.peg is None and ctx.published is None and ctx.published_period:
        # Only the month (or year) of publication is known and no day of the article's events: what
        # it reports as done is told of that month, no finer.
        period = _publication_day(ctx)
        return replace(period, explanation=f"told as done in an article of {period.value} (none in the sentence)")
    return None


# Times counted back from the time told before them, dating the event told after them ('It comes two
# months after X met Y', 'days after the vote'): never the time of an event told before them.
COUNTED_BACK = ("anchor-count", "anchor-count-two", "anchor-days")


def _counts_back(w: When) -> bool:
    return w.rule.rsplit("/", 1)[-1] in COUNTED_BACK


def _arrival(t: Trigger, cues: Cues) -> bool:
    """Is the trigger an arrival, or told with an arrival verb right before it (the `arrival` pattern)?"""
    rx = _cue_pattern(cues.lang, "arrival") if cues.lang and t.rule["kind"] == "visit" else None
    return rx is not None and rx.search(fold(cues.text[max(0, t.start - ARRIVAL_REACH):t.end]).text) is not None


ARRIVAL_REACH = 24  # characters before a trip's trigger where its arrival verb may stand


def _counted_from_peg(w: When, text: str, ctx: DocumentContext) -> When:
    """A time counted back that found no day before it to count from ('It comes four weeks after X was
    named', after 'since 2022'): counted from the article's main date, the event 'it' stands for."""
    again = [v for v in timex.tag(text[w.start:], ctx.lang, ctx.published, anchor=ctx.peg) if v.start == 0]
    if not again or again[0].value is None:
        return w
    return replace(again[0], start=w.start, end=w.end)


def _told_so_far(w: When, t: Trigger, sentence: str, ctx: DocumentContext) -> When | None:
    """The days of the article's main date up to publication, for an event told in the past tense
    ('was received at the airport by'): what is told as done is not still to come. A trip told in the
    past ('arrived on a three-day visit') may go on: it keeps all the days."""
    trips = ctx.lang.rules("events").lexicons.get("trip_kinds", ())
    if ctx.published is None or w.earliest is None or w.latest is None or t.rule["kind"] in trips \
            or not w.earliest <= ctx.published < w.latest or timex.clause(sentence, ctx.lang)[1] != "past":
        return None
    last = ctx.published
    value = last.isoformat() if w.earliest == last else f"{w.earliest.isoformat()}/{last.isoformat()}"
    return replace(w, value=value, latest=last,
                   explanation=f"the article's main date up to publication, told in the past: {w.explanation}")


def _year_end(w: When, before: str, lang: Language) -> When:
    """An event told at the end of a year ('took office at the end of 2021') happened in its last month;
    not one due by then ('will visit by the end of 2026', `deadline` right before: any month before it),
    and the year stays the period of a figure ('by the end of 2021'), which _figure_when reads."""
    dates = lang.rules("dates")
    end, due = dates.named("year_end"), dates.named("deadline")
    if w.granularity != "year" or w.earliest is None or w.latest is None or w.earliest.year != w.latest.year \
            or end is None or not end.search(fold(w.text).text) \
            or due is not None and due.search(fold(before + w.text).text):
        return w
    first = w.latest.replace(day=1)
    return replace(w, value=first.isoformat()[:7], granularity="month", earliest=first,
                   explanation=f"the last month of {w.value}, an event at its end: {w.explanation}")


def _framing_when(found: Found, t: Trigger, lo: int, cues: Cues) -> When | None:
    """'On Wednesday, X held talks with Y': a time that opens the sentence, set off by a comma, frames
    all of it, though another trigger stands between it and this one's window; so does one the
    `frame_after` words introduce after the events ('X will hold talks with Y, who arrives on an official
    visit, and that on Thursday')."""
    after = _cue_pattern(cues.lang, "frame_after") if cues.lang else None
    for w in found.whens:
        if after is not None and w.start >= t.end and after.search(fold(cues.text[max(0, w.start - 24):w.start]).text) \
                and not cues.apart(w, t):
            return w  # '..., and that on Thursday 29 January': the time the sentence tells all of it at
        if w.end > lo or len(_WORD.findall(cues.text[:w.start])) > 1 or cues.since(w.start, w.end) or cues.apart(w, t):
            continue
        comma = min((b for b in cues.breaks if b >= w.end), default=None)  # its date may run on: 'On Wednesday 28 May,'
        if comma is not None and comma < t.start and len(_WORD.findall(cues.text[w.end:comma])) <= FRAME_TAIL:
            return w
    return None


FRAME_TAIL = 3  # words of a time phrase the tagger may leave out before its comma (a weekday's date after it)


def _chained_when(found: Found, t: Trigger, lo: int, cues: Cues) -> When | None:
    """'On Wednesday X will be received by A and will then meet B': an event chained to the one before
    it in the sentence, with its subject, is told of the same time, the last one before its window
    (none that dates another event, 'since 2019')."""
    told = [w for w in found.whens if w.end <= lo and not cues.since(w.start, w.end)]
    if not told:
        return None
    w = max(told, key=lambda w: w.end)
    if cues.apart(w, t):  # chained to nothing across a clause of its own
        return None
    return replace(w, explanation=f"the time of the event it is chained to: {w.explanation}")


def _finer(w: When, own: Sequence[When]) -> When:
    """The nearest of the fact's times that lies inside `w` and says less ('in March next year ... on
    18 and 19 March', 'the summit of this year ... on Tuesday'): one event told coarse, then fine."""
    inner = [v for v in own if _bounded(v) and _bounded(w) and _coarser(w, v) and timex.contains(w, v)]
    return min(inner, key=lambda v: abs(v.start - w.start)) if inner else w


def _bounded(w: When) -> bool:
    return w.value is not None and w.earliest is not None and w.latest is not None


GRAINS = ("day", "week", "month", "season", "quarter", "year", "decade")


def _coarser(w: When, v: When) -> bool:
    """Is w told in a coarser unit than v (a month against a day)? Days joined into a range ('on
    Monday, a three-day visit') are still days: the day inside them is no finer date."""
    return w.granularity in GRAINS and v.granularity in GRAINS and GRAINS.index(w.granularity) > GRAINS.index(v.granularity)


def _after_publication(w: When | None, ctx: DocumentContext) -> bool:
    """Does `w` begin after the last day the article may have been published? A fact told in the
    past never takes such a date as the article's main date ('has met him twice' in a preview)."""
    if w is None or w.earliest is None:
        return False
    last = ctx.published or (timex.reference(ctx.published_period)[1] if ctx.published_period else None)
    return last is not None and w.earliest > last


def _masked(text: str, names: Sequence[Entity], offset: int) -> str:
    """The clause with names blanked out, so a cue never fires inside a name (a name may begin like a future verb)."""
    chars = list(text)
    for e in names:
        for i in range(max(e.start - offset, 0), min(e.end - offset, len(chars))):
            chars[i] = " "
    return "".join(chars)


def _shift(mention, offset: int):
    """A When or Quantity with offsets in the document rather than in its sentence."""
    return replace(mention, start=mention.start + offset, end=mention.end + offset)


def _post(office: str, appointer: Entity | None, ctx: DocumentContext) -> str | None:
    """The post of titles.yaml for an office named without its country ('as foreign minister'): the
    country is the appointing person's (named with a post, else in the catalogue), else the one most of
    the article's titled people serve, else the one it names most ('King Abdullah II of Jordan appointed X the country's new prime minister')."""
    known = names.posts()
    def country_of(post):
        return (known.get(post) or {}).get("country")
    country = country_of(appointer.title or ctx.posts.get(appointer.name)) if appointer is not None else None
    if country is None and appointer is not None and appointer.known:  # the catalogue's country for them
        country = getattr(names.known(appointer.name), "country", None)
    if country is None:
        country = _document_country(ctx)
    if country is None:  # no country to name the post by: better no post than a wrong one
        return None
    fits = [p for p in _posts_of(country) if p.lower().endswith(" " + office)]
    if not fits and (other := names.canonical_office(office, ctx.lang)) not in (None, office):
        # the country's post under the office's usual name ('premier' of a country with a prime minister)
        fits = [p for p in _posts_of(country) if p.lower().endswith(" " + other)]
    if not fits and office.startswith("minister ") and (adjective := names.adjective(country)):
        return f"{adjective} {office}"  # a ministry named by its parts, which titles.yaml cannot list
    return min(fits, key=len) if fits else None


@languages.shared
def _posts_by_country(common: Language) -> dict[str, tuple[str, ...]]:
    """The posts of titles.yaml by their country, in names.posts()'s order."""
    out: dict[str, list[str]] = {}
    for post, v in names.posts().items():
        out.setdefault(v["country"], []).append(post)
    return {country: tuple(found) for country, found in out.items()}


def _posts_of(country: str) -> tuple[str, ...]:
    return _posts_by_country().get(country, ())


def _trade_subject(pair: list[str], roles: dict) -> str | None:
    """The rule's `subject_format` filled with the two countries the figure is traded between."""
    if len(pair) < 2 or "subject_format" not in roles:
        return None
    return roles["subject_format"].format(first=pair[0], second=pair[1])


def _pair(after: list[Entity], ctx: DocumentContext, beside: str | None = None) -> list[str]:
    """The first two countries named after the trigger ('between Russia and China', not what follows).
    One country named by the trigger ('trade with China', 'German trade') trades with the other
    country named right by it, else with the country whose trading partners the text ranks, else
    with the country the article's officials serve, else its main country. Else the two of the last
    sentence that named two ('between the two countries'), else the article's two main ones."""
    named = list(dict.fromkeys(e.name for e in after))[:2]
    if len(named) == 2:
        return sorted(named)
    one = [*named, *([beside] if beside else [])]
    if one:
        known = one[0]
        ranked = ctx.partners_of[0] if ctx.partners_of and ctx.seen_sentences - ctx.partners_of[1] <= PARTNERS_REACH \
            else None
        home = ranked if ranked not in (None, known) else _document_country(ctx)
        other = one[1] if len(one) > 1 and one[1] != known else home if home and home != known else next(
            (c for c in ctx.countries if c != known), None)
        if other is not None:
            return sorted((known, other))
    return sorted(ctx.recent_pair or ctx.countries)


def _role_facts(doc_id: str, sentence: Any, found: Found, ctx: DocumentContext) -> list[Fact]:
    """A title next to a name: this person held this post then (the article's date); a post told as
    held before ('former', 'then-' and their Arabic) is a former one, of no known days: it never clashes with
    whoever holds the post now."""
    out = []
    for e in found.entities:
        if e.type != "person" or not e.title:
            continue
        start, end = sentence.start + e.start, sentence.start + e.end
        when = None if e.past else _publication_day(ctx)
        out.append(Fact(doc=doc_id, kind="role", subject=e.name, object=e.title, when=when,
                        modality=FORMER if e.past else "asserted",
                        sentence=sentence.text, span=(start, end), rule=e.rule or "role",
                        id=_fact_id(doc_id, "role", start, end, e.name, e.title)))
    return out


def _bare_role_facts(doc_id: str, mentions: list[tuple[Any, Entity]], ctx: DocumentContext,
                     holders: set[str]) -> list[Fact]:
    """'President Asif Ali Zardari': a post without its country is a role of that country once the
    person's country is known, never guessed: from the posts the document names them with (one
    country only), else from the catalogue (`country` of the person in entities.yaml). A person
    the document gives no post with a country (`holders`: the subjects of its role facts) holds the
    office as written ('president', `+country/unstated`), which names no single holder. The rule
    records where the country came from."""
    out = []
    holders = holders | {e.name for _, e in mentions if ctx.nationality.get(e.name)
                         or e.known and getattr(names.known(e.name), "country", None)}
    # one unstated role per person: 'King Charles' and 'King Charles III' are one holder
    unstated = {e.name for _, e in mentions if not _held_by(e.name, holders)}
    for sentence, e in mentions:
        if e.name in unstated and _held_by(e.name, unstated - {e.name}):
            continue
        country, source = _own_country(e, ctx)
        if country is None:
            if source == "several" or _held_by(e.name, holders):
                continue
            if not e.known and len(e.text.split()) == 1 and len(e.text) < names.MIN_PART:
                continue  # a lone short word ('Li') stands for someone named in full before, too short to tell who
            source = "unstated"
        former = False
        post = _bare_post(sentence.text, e.bare_post, country, ctx.lang, former)
        if post is None:  # 'former President X': a post the person held before
            former = True
            post = _bare_post(sentence.text, e.bare_post, country, ctx.lang, former)
        if post is None:
            continue
        start, end = sentence.start + e.bare_post[0], sentence.start + e.end
        rule = f"{e.rule or 'role'}+country/{source}"
        out.append(Fact(doc=doc_id, kind="role", subject=e.name, object=post,
                        when=None if former else _publication_day(ctx), modality=FORMER if former else "asserted",
                        sentence=sentence.text, span=(start, end), rule=rule,
                        id=_fact_id(doc_id, "role", start, end, e.name, post)))
    return out


def _bare_post(text: str, span: tuple[int, int], country: str | None, lang: Language, former: bool) -> str | None:
    """The post a title without its country names: the country's post, else the office as written."""
    if country:
        return names.post_for(text, span, country, lang, former=former)
    return names.office_of(text, span, lang, former=former)


def _held_by(name: str, holders: set[str]) -> bool:
    """Is this name, or a part of it ('Ye' of 'Ye Tanming'), the subject of a role already?"""
    return any(_part_of_name(name, h) for h in holders)


def _lineup_facts(doc_id: str, members: list, ctx: DocumentContext) -> list[Fact]:
    """A government's line-up: each member holds the post the list gives them (a role dated by the
    article) and, where the rule says so, was appointed to it (the sentence's own date, else the
    article's main date, else its publication day). The country is the one the document's officials
    serve, else the one it names most; none known, no fact."""
    if not members:
        return []
    country = _document_country(ctx)
    adjective = names.adjective(country) if country else None
    if adjective is None:
        return []
    out = []
    for sentence, found, entry in members:
        post = f"{adjective} {entry.post}"
        start, end = sentence.start + min(entry.person.start, entry.start), sentence.start + max(entry.person.end, entry.end)
        rule = f"{entry.rule}+country/document"
        role_when = _publication_day(ctx)
        out.append(Fact(doc=doc_id, kind="role", subject=entry.person.name, object=post, when=role_when,
                        sentence=sentence.text, span=(start, end), rule=rule,
                        id=_fact_id(doc_id, "role", start, end, entry.person.name, post)))
        if entry.appointment:
            own = sorted(found.whens, key=lambda w: abs(w.start - entry.end))
            when = (_shift(own[0], sentence.start) if own else
                    replace(ctx.peg, explanation=f"the article's main date (none in the sentence): {ctx.peg.explanation}")
                    if ctx.peg is not None else role_when)
            out.append(Fact(doc=doc_id, kind="appointment", subject=entry.person.name, object=post, when=when,
                            sentence=sentence.text, span=(start, end), rule=rule,
                            id=_fact_id(doc_id, "appointment", start, end, entry.person.name, post)))
    return out


HELD_DAYS = 31  # an appointment this recent is news: its post is held on the article's day


def _held_roles(facts: Sequence[Fact], event_rules: Sequence[rules.Rule], ctx: DocumentContext) -> list[Fact]:
    """The post an appointment asserts was taken up (its rule `holds`) is the appointee's role, unless
    the document names them (any spelling of part of the name) in that post already. Dated by the
    article, as a post named with the person is, when the appointment is undated or recent; else by
    the appointment's own day: whoever was appointed years ago may have left since."""
    holds = _rules_with(event_rules, "holds")
    held = [(f.subject, f.object) for f in facts if f.kind == "role" and f.subject and f.modality != FORMER]
    today = _publication_day(ctx)
    out = []
    for f in facts:
        if (f.kind != "appointment" or f.modality != "asserted" or not f.object or not f.subject
                or f.rule.split("+")[0] not in holds):
            continue
        end = ctx.term_ends.get(f.id)
        # the same post named without its country ('prime minister' of 'Lebanese prime minister') is held
        # already, unless a renewal tells until when or the tenure is told closed ('from 2016 until March 2021')
        if end is None and not _closed_span(f.when, today) and any(_same_office(post, f.object) and (_part_of_name(f.subject, name) or _part_of_name(name, f.subject))
               for name, post in held):
            continue
        held.append((f.subject, f.object))
        when, rule = f.when, f"{f.rule}+holds"
        if end is not None and when is not None and when.value and when.earliest and end.latest \
                and when.earliest <= end.latest:
            # a term renewed until D: the post is held from the renewal to D
            when = replace(end, value=f"{when.value}/{end.value}", earliest=when.earliest,
                           explanation=f"from the renewal ({when.explanation}) to the end of the term ({end.explanation})")
            rule = f"{rule}+term"
        elif _closed_span(when, today):
            rule = f"{rule}+term"  # a tenure told closed ('from 2016 until March 2021'): held then, not now
        elif _since_start(when, today) is not None:
            pass  # a tenure told 'since D': the post is held from D to the article's day
        elif today is not None and (when is None or when.latest is None or today.earliest is None
                                    or (today.earliest - when.latest).days <= HELD_DAYS):
            when = today
        out.append(replace(f, kind="role", when=when, rule=rule,
                           id=_fact_id(f.doc, "role", *f.span, f.subject, f.object)))
    return out


def _same_office(held: str | None, post: str) -> bool:
    """Is `held` the post, or the post's office without its country ('prime minister' of 'Lebanese prime minister')?"""
    return held == post or bool(held) and post.endswith(" " + held)


def _closed_span(w: When | None, today: When | None) -> bool:
    """Is `w` a span that ended before the article's day ('from 2016 until March 2021')?"""
    return bool(w is not None and w.value and "/" in w.value and w.latest and today is not None
                and today.earliest and w.latest < today.earliest)


def _since_start(w: When | None, today: When | None) -> When | None:
    """The first day of a tenure told as 'since D' ("since early 2019": the interval from D to the article's
    day), as a time of its own; None for any other time."""
    if w is None or today is None or not w.value or "/" not in w.value or w.latest != today.latest:
        return None
    try:
        first, last, iso = timex.reference(w.value.split("/")[0])
    except ValueError:
        return None
    granularity = "day" if first == last else "month" if len(iso) == 7 else "year"
    return replace(w, value=iso, granularity=granularity, earliest=first, latest=last,
                   explanation=f"the start of {w.value}: {w.explanation}")


def _taken_up_then(facts: list[Fact], ctx: DocumentContext) -> list[Fact]:
    """An appointment told with the span of the tenure since ('has held the post since 2019') took place
    when the span begins; the role it implies keeps the span (_held_roles)."""
    today = _publication_day(ctx)
    return [replace(f, when=start) if f.kind == "appointment" and (start := _since_start(f.when, today)) else f
            for f in facts]


PREDECESSOR_GAP = 40  # characters between 'replacing' and the name: a description ('replacing US banker X')


def _predecessors(doc_id: str, read: Sequence[tuple[Any, Found]], facts: Sequence[Fact],
                  ctx: DocumentContext) -> list[Fact]:
    """'X was appointed governor, replacing Y' (and its Arabic, 'khalafan li-Y'): Y held the post before, a former
    role of no known days. The post is the one the sentence gives someone before the words: its
    nearest appointment, else its nearest role (a tenure, 'after taking office succeeding Y', is told
    without one)."""
    pattern = ctx.lang.rules("events").named("predecessor")
    if pattern is None:
        return []
    out = []
    for sentence, found in read:
        folded = fold(sentence.text)
        for m in pattern.finditer(folded.text):
            begin, at = folded.span(*m.span())  # original offsets into the sentence
            told = [f for f in facts if f.kind in ("appointment", "role") and f.object and f.modality == "asserted"
                    and sentence.start <= f.span[0] < sentence.start + begin]
            if not told:
                continue
            # the nearest appointment, of the one named nearest before the words ('appointed X coach,
            # replacing Y, and Z team director': X's), else its nearest role
            named_at = {f.subject: max((e.end for e in found.entities if e.name == f.subject and e.end <= begin), default=-1)
                        for f in told}
            post = max(told, key=lambda f: (f.kind == "appointment", named_at[f.subject] >= 0, named_at[f.subject],
                                            f.span[0])).object
            person = _predecessor(sentence.text, at, found, ctx.lang.code)
            # a post the document names the person with already is told once
            if person is None or any(f.kind == "role" or f in told for f in facts if f.object == post and f.subject and (
                    _part_of_name(person.name, f.subject) or _part_of_name(f.subject, person.name))):
                continue
            start, end = sentence.start + begin, sentence.start + person.end
            out.append(Fact(doc=doc_id, kind="role", subject=person.name, object=post, when=None, modality=FORMER,
                            sentence=sentence.text, span=(start, end), rule=f"{ctx.lang.code}/events/predecessor",
                            id=_fact_id(doc_id, "role", start, end, person.name, post)))
    return out


SUCCESSOR_GAP = 3  # characters between the one appointed and the words that give them a post told before


def _successors(doc_id: str, read: Sequence[tuple[Any, Found]], facts: Sequence[Fact],
                event_rules: Sequence[rules.Rule], ctx: DocumentContext) -> list[Fact]:
    """'X sacked Y and replaced him with Z', 'appointed Z to take his place' (the `successor` pattern of
    events.yaml): Z is given the post of the one the pronoun stands for, whose dismissal or resignation the
    sentence or the one before told. An appointment, on the day of that dismissal."""
    pattern = ctx.lang.rules("events").named("successor")
    if pattern is None:
        return []
    appointing = [r for r in event_rules if r["kind"] == "appointment" and not (r.get("roles") or {}).get("carry")]
    # the one who left, never a role told before (most often the one who appoints)
    told = sorted((f for f in facts if f.kind in ("dismissal", "resignation") and f.subject and f.object
                   and f.modality == "asserted"), key=lambda f: f.span[0])
    out, previous = [], 0
    for sentence, found in read:
        folded = fold(sentence.text)
        for m in pattern.finditer(folded.text):
            begin, end = folded.span(*m.span())
            people = [e for e in found.entities if e.type == "person" and not e.past]
            if "after" in pattern.groupindex and m.group("after"):  # 'replaced him with Z'
                heir = next((e for e in people if end <= e.start <= end + PREDECESSOR_GAP), None)
            else:  # 'appointed Z to take his place': Z right before the words, after an appointment's word
                heir = next((e for e in reversed(people) if e.end <= begin and begin - e.end <= SUCCESSOR_GAP), None)
                if heir is None:  # a name the finders did not read, bounded as one beside a post is
                    heir = names.person_beside(sentence.text, folded, m.start(), "before", ctx.lang.code,
                                               f"{ctx.lang.code}/names/before-successor")
                    heir = heir if heir is not None and heir.type == "person" else None
                if heir is not None and not any(t.end <= heir.start for t in triggers(sentence.text, appointing)):
                    heir = None
            if heir is None:
                continue
            cue = sentence.start + begin
            gone = [f for f in told if previous <= f.span[0] < cue and not _part_of_name(heir.name, f.subject)
                    and not _part_of_name(f.subject, heir.name)]
            left = max(gone, key=lambda f: f.span[0], default=None)
            if left is None or any(f.kind == "appointment" and f.object == left.object and (
                    _part_of_name(heir.name, f.subject) or _part_of_name(f.subject, heir.name)) for f in facts):
                continue
            when = left.when
            start, stop = sentence.start + heir.start, sentence.start + end
            out.append(Fact(doc=doc_id, kind="appointment", subject=heir.name, object=left.object, when=when,
                            sentence=sentence.text, span=(start, stop), rule=f"{ctx.lang.code}/events/appointment+successor",
                            id=_fact_id(doc_id, "appointment", start, stop, heir.name, left.object)))
        previous = sentence.start
    return out


def _left_roles(facts: Sequence[Fact]) -> list[Fact]:
    """One dismissed from a post, or who resigned it, held it before: a former role of no known days
    ('X sacked Y as coach'), unless the document names them in that post already."""
    held = {(f.subject, f.object) for f in facts if f.kind == "role"}
    out = []
    for f in facts:
        if f.kind in ("dismissal", "resignation") and f.subject and f.object and f.modality == "asserted" \
                and (f.subject, f.object) not in held:
            held.add((f.subject, f.object))
            out.append(replace(f, kind="role", when=None, modality=FORMER, rule=f"{f.rule}+left",
                               id=_fact_id(f.doc, "role", *f.span, f.subject, f.object)))
    return out


def _predecessor(text: str, at: int, found: Found, lang: str) -> Entity | None:
    """The person named right after the words, or after a short description ('replacing US banker X'):
    a name the finders saw, else one of two words or more read at a word's start (a lone capitalised
    word there is as often a country or a description: 'US')."""
    for e in found.entities:
        if e.type == "person" and at <= e.start <= at + PREDECESSOR_GAP:
            return e
    for m in re.finditer(r"\s+", text[at:at + PREDECESSOR_GAP]):
        person = names.name_after(text, at + m.start(), lang, "predecessor")
        # a catalogue name read here, where the finders saw none, is a doubtful link: no one
        if person is not None and person.type == "person" and not person.known and len(person.text.split()) >= 2:
            return person
    return None


def _told_done(text: str, lang: str) -> bool:
    """Is the sentence told as done ('was appointed'), not planned, expected or denied ('will appoint')?"""
    modality, tense = timex.clause(text, lang)
    return modality == "asserted" and tense != "future"


def _covered(at: int, spans: Sequence[tuple[int, int]]) -> bool:
    """Does one of the spans (an appointment the event rules read) hold document offset `at`?"""
    return any(start <= at < end for start, end in spans)


def _appointed_here(text: str, entry: lineup.Entry, appointing: Sequence[rules.Rule]) -> bool:
    """Does an appointment verb stand right before the entry's person (courtesy titles at most between)?"""
    return any(t.end <= entry.person.start and len(text[t.end:entry.person.start].split()) <= 3
               for t in triggers(text, appointing))


def _document_country(ctx: DocumentContext) -> str | None:
    """The country most of the document's titled officials serve, else the one it names most."""
    seen = Counter(filter(None, ((names.posts().get(p) or {}).get("country") for p in ctx.posts.values())))
    if seen:
        return seen.most_common(1)[0][0]
    return ctx.countries[0] if ctx.countries else None


def _publication_day(ctx: DocumentContext) -> When | None:
    """The article's date, to the day, else the month or year it is known to (a post named then)."""
    if ctx.published is None and not ctx.published_period:
        return None
    first, last, iso = timex.reference(ctx.published or ctx.published_period)
    granularity = "day" if first == last else "month" if len(iso) == 7 else "year"
    return When(text="", start=0, end=0, value=iso, granularity=granularity, earliest=first, latest=last,
                resolved_by="publication", explanation=f"named with the post in an article dated {iso}")


def _during(facts: list[Fact], during: dict, ctx: DocumentContext,
            read: Sequence[tuple[Any, Found]] = ()) -> list[Fact]:
    """A fact told without a date, of a kind that happens during a trip (`during` in events.yaml:
    meetings and legs of a visit), takes the days of the visit of one of its parties the article
    dates to the day: the nearest told before it, else the first told after (a headline); on a tour,
    the leg to a place its sentence names ('In Chile, he will meet ...'), if one goes there. A plan
    never takes days already past, nor a fact told in the past tense days still to come (a headline's
    present, 'Okafor makes a state visit to Peru', may tell a trip to come)."""
    trips = [f for f in facts if f.kind in during and f.when is not None and f.when.value
             and f.when.granularity == "day" and f.when.earliest is not None]
    if not trips:
        return facts
    out = []
    for f in facts:
        borrowed = f.when is not None and _borrowed(f, read)
        if (f.when is None or borrowed) and f.modality in ("asserted", "expected", "planned"):
            parties = {f.subject, f.object, *f.others} - {None}
            fits = [t for t in trips if f.kind in during.get(t.kind, ()) and t.subject in parties and _may_hold(f, t.when, ctx)]
            if len({t.place for t in fits}) > 1 and (here := _places_told(f, read)):
                there = [t for t in fits if {t.place, names.country_of_place(t.place)} & here]
                # a date borrowed from elsewhere in the text yields to the leg its sentence names
                fits = there if borrowed else there or fits
            elif borrowed:
                fits = []
            before = [t for t in fits if t.span[0] <= f.span[0]]
            trip = before[-1] if before else fits[0] if fits else None
            if trip is not None:
                f = replace(f, when=_trip_days(trip, f, ctx))
        out.append(f)
    return out


def _borrowed(f: Fact, read: Sequence[tuple[Any, Found]]) -> bool:
    """Does the fact's date stand outside its sentence (the article's main date, a trip's days)?"""
    for sentence, _ in read:
        if sentence.start <= f.span[0] < sentence.end:
            return f.when.text != "" and not sentence.start <= f.when.start < sentence.end
    return False


def _places_told(f: Fact, read: Sequence[tuple[Any, Found]]) -> set[str]:
    """The places the fact's sentence names, and the countries they lie in."""
    for sentence, found in read:
        if sentence.start <= f.span[0] < sentence.end:
            named = {e.name for e in found.entities if e.type in PLACE_TYPES}
            return named | {names.country_of_place(n) for n in named} - {None}
    return set()


def _trip_days(trip: Fact, f: Fact, ctx: DocumentContext) -> When:
    """The days of the trip an undated fact happens during (all of them, or the first: _trip_start)."""
    return _trip_start(trip.when, f.sentence, ctx) or replace(
        trip.when, explanation=f"during the {trip.kind} (none in the sentence): {trip.when.explanation}")


def _trip_start(w: When, sentence: str, ctx: DocumentContext) -> When | None:
    """The first day of a trip's days `w`, where the sentence tells what the trip begins with ('will
    start his visit by meeting X'): the events it tells take that day, not all the trip's days."""
    start = _cue_pattern(ctx.lang, "trip_start")
    if w.earliest is None or w.earliest == w.latest or start is None or not start.search(fold(sentence).text):
        return None
    return replace(w, value=w.earliest.isoformat(), latest=w.earliest,
                   explanation=f"the first day of the trip, which the sentence says it begins with: {w.explanation}")


def _may_hold(f: Fact, when: When, ctx: DocumentContext) -> bool:
    if ctx.published is None:
        return True
    if f.modality == "asserted":
        return when.earliest <= ctx.published or timex.clause(f.sentence, ctx.lang)[1] not in ("past", "future")
    return when.latest >= ctx.published


def _dedupe(facts: list[Fact]) -> list[Fact]:
    """One fact per (kind, participants, place, time, figure): the first mention stands. An event
    told again in the same article with a date inside the other's ('in March', then 'on 18-19 March'),
    or with fewer of its parties, is the same event: one fact, naming all the parties, dated to the day where one of them is."""
    seen, out = set(), []
    for f in facts:
        key = (f.kind, frozenset(filter(None, (f.subject, f.object, *f.others))), f.place,
               f.when.value if f.when else None, f.quantity.value if f.quantity else None)
        if key not in seen:
            seen.add(key)
            out.append(f)
    # only dated facts without a figure, of one kind, subject, other party and place, can be one
    # event told twice (_retold): each such group is merged on its own, not every fact with every other
    groups: dict[tuple, list[int]] = {}
    for k, f in enumerate(out):
        if f.quantity is None and f.when is not None and None not in (f.when.earliest, f.when.latest):
            groups.setdefault((f.kind, f.subject, f.object, f.place), []).append(k)
    gone: set[int] = set()
    for at in groups.values():
        if len(at) > 1:
            _merge_retold(out, _nested(out, at), gone)
    return [f for k, f in enumerate(out) if k not in gone]


def _merge_retold(out: list[Fact], at: list[int], gone: set[int]) -> None:
    """Merge the facts at positions `at` of `out` that tell one event, in order: each with the first
    later one it is told again by, until none is left; the merged positions go to `gone`."""
    i = 0
    while i < len(at):
        j = next((j for j in range(i + 1, len(at)) if _retold(out[at[i]], out[at[j]])), None)
        if j is None:
            i += 1
            continue
        f, g = out[at[i]], out[at[j]]
        kept = g if len(g.others) > len(f.others) else f  # the one naming all the parties
        # told to the day rather than the month, and then the whole stay: 'on Wednesday for a visit
        # through Thursday' is 25-26, not the day of arrival
        days = [w for w in (f.when, g.when) if w.granularity == "day"] or [f.when, g.when]
        out[at[i]] = replace(kept, when=max(days, key=lambda w: w.latest - w.earliest))
        gone.add(at[j])
        del at[j]


def _nested(out: list[Fact], at: list[int]) -> list[int]:
    """The positions of `at` whose days hold another's or lie within another's: the others are told
    again by none (a merge keeps the days of one of the two). Dates told many times over (a person's
    every day of a year) are so passed over in n log n, not compared pair by pair."""
    spans = [(out[k].when.earliest, out[k].when.latest) for k in at]
    seen = Counter(spans)
    keep = {p for p, span in enumerate(spans) if seen[span] > 1}  # the same days twice
    # by first day, the longest first: a span lies within one before it that ends no sooner, and
    # holds one after it that ends no later
    order = sorted(range(len(spans)), key=lambda p: (spans[p][0], -spans[p][1].toordinal()))
    latest = None
    for p in order:
        if latest is not None and latest >= spans[p][1]:
            keep.add(p)
        latest = spans[p][1] if latest is None else max(latest, spans[p][1])
    soonest = None
    for p in reversed(order):
        if soonest is not None and soonest <= spans[p][1]:
            keep.add(p)
        soonest = spans[p][1] if soonest is None else min(soonest, spans[p][1])
    return [at[p] for p in sorted(keep)]


def _retold(f: Fact, g: Fact) -> bool:
    """Do f and g tell one event (kind, subject, other party, place), the parties of one among the
    other's, the date of one inside the other's? Figures never: one pair trades many."""
    if (f.kind, f.subject, f.object, f.place) != (g.kind, g.subject, g.object, g.place) \
            or f.quantity is not None or g.quantity is not None \
            or not (set(f.others) <= set(g.others) or set(g.others) <= set(f.others)) or f.when is None or g.when is None \
            or None in (f.when.earliest, f.when.latest, g.when.earliest, g.when.latest):
        return False
    return (g.when.earliest <= f.when.earliest and f.when.latest <= g.when.latest
            or f.when.earliest <= g.when.earliest and g.when.latest <= f.when.latest)


def _told_again(facts: list[Fact], kinds: dict, done_only: bool = False) -> list[Fact]:
    """An event of a kind in `told_again` (events.yaml) told again in the document (a headline, then
    the text; 'his trip to Peru' later on) is one fact: the same subject, or one named by part of
    the name ('Ye' and 'Ye Tanming'), the same parties, the same place where both name one, modalities
    of one class and dates one event can have. The mention whose days hold the others' stands. An
    undated mention joins the one dated event it can be, never one of several ('the meeting' in an
    article that also recalls an earlier one), else the undated mentions before it. A mention is
    compared only with the latest events that share a word of a party's name (TOLD_AGAIN_REACH).
    `done_only`: only events told as done are joined."""
    capitals: dict[str, str | None] = {}  # place -> its capital if a country, read once per place

    def same(a: Fact, b: Fact) -> bool:
        if done_only and (a.modality != "asserted" or b.modality != "asserted"):
            return False
        return _same_event(a, b, capitals)

    for _ in range(2):  # twice: a join gives days that may meet a mention passed over before
        out: list[Fact | None] = []
        undated: list[int] = []
        index: dict[tuple[str, str], list[int]] = {}  # (kind, a word of a party's name) -> places in out

        def near(f: Fact) -> list[int]:
            return sorted({i for w in _party_words(f) for i in index.get((f.kind, w), ())[-TOLD_AGAIN_REACH:]})

        def keep(i: int) -> None:
            for w in _party_words(out[i]):
                at = index.setdefault((out[i].kind, w), [])
                if not at or at[-1] != i:
                    at.append(i)

        for f in facts:
            i = None
            if f.kind in kinds and _dated(f):
                i = next((i for i in near(f) if out[i] is not None and _dated(out[i]) and same(out[i], f)), None)
            if i is None:
                out.append(f)
                i = len(out) - 1
                if f.kind in kinds and not _dated(f):
                    undated.append(i)
            else:
                out[i] = _joined(out[i], f, capitals)
            if f.kind in kinds:
                keep(i)
        facts = [f for f in out if f is not None]
    for u in undated:
        f = out[u]
        dated = [i for i in near(f) if out[i] is not None and i != u and _dated(out[i]) and same(out[i], f)]
        if len(dated) == 1:
            out[dated[0]], out[u] = _joined(out[dated[0]], f, capitals), None
        elif not dated:
            first = next((i for i in near(f) if i < u and out[i] is not None and not _dated(out[i])
                          and same(out[i], f)), None)
            if first is not None:
                out[first], out[u] = _joined(out[first], f, capitals), None
    return [f for f in out if f is not None]


TOLD_AGAIN_REACH = 64  # an article tells few events of one person; a hostile one thousands


def _party_words(f: Fact) -> set[str]:
    """The words of a fact's parties, folded as _part_of_name compares them."""
    return {w for p in (f.subject, f.object, *f.others) if p for w in _name_words(p)}


def _dated(f: Fact) -> bool:
    return f.when is not None and f.when.value is not None


def _joined(a: Fact, b: Fact, capitals: dict) -> Fact:
    """One fact of two mentions of an event: the one whose days hold the other's (else the first),
    with the name in full and a place if either names one."""
    keep, other = (b, a) if _holds(b.when, a.when) else (a, b)
    if len((other.subject or "").split()) > len((keep.subject or "").split()):
        keep = replace(keep, subject=other.subject)
    if other.place is not None and (keep.place is None or _capital(keep.place, capitals) == other.place):
        keep = replace(keep, place=other.place)  # the place named, the city rather than its country
    return keep


def _same_event(a: Fact, b: Fact, capitals: dict) -> bool:
    if a.kind != b.kind or (a.modality in NOT_HELD) != (b.modality in NOT_HELD):
        return False
    if {a.subject, a.object, *a.others} != {b.subject, b.object, *b.others}:  # a meeting's parties in any order
        if not (_part_of_name(a.subject, b.subject) or _part_of_name(b.subject, a.subject)) \
                or a.object != b.object or set(a.others) != set(b.others):
            return False
    if a.place != b.place and a.place is not None and b.place is not None and not _same_days_in(a, b, capitals):
        return False
    if not (_dated(a) and _dated(b)):
        # an undated mention told as done is not a visit still to come ('he paid a visit to China'
        # beside 'will pay a visit next week')
        told_done = [f.modality == "asserted" for f in (a, b) if not _dated(f)]
        return not (told_done and all(told_done) and any(_dated(f) and f.modality in TO_COME for f in (a, b)))
    return timex.overlaps(a.when, b.when)


def _same_days_in(a: Fact, b: Fact, capitals: dict) -> bool:
    """'Arrived in Beijing on Wednesday for an official visit to China': a country and its capital
    on the very same days are one trip, to the capital, and so is the country told without days beside
    it; other days may be two trips, and a trip told done is no leg still to come. A meeting
    of the same parties in a country and in its capital, undated or on days one holds the other's
    ('arrives in China to meet X', then 'met X in Beijing on Friday'), is one meeting."""
    if a.kind == "meeting":
        if _dated(a) and _dated(b) and not (timex.contains(a.when, b.when) or timex.contains(b.when, a.when)):
            return False
    elif (a.modality in TO_COME) != (b.modality in TO_COME):
        return False  # a trip told done and a leg still to come ('will go on to Beijing') are two
    elif _dated(a) != _dated(b):
        # the country told without days ('his visit to Egypt') is the dated trip to its capital, which
        # _told_again joins it to only if it is the one such trip; the capital told without days during
        # a dated trip to the country is a leg of it
        undated, dated = (b, a) if _dated(a) else (a, b)
        return _capital(undated.place, capitals) == dated.place
    elif not (_dated(a) and timex.contains(a.when, b.when) and timex.contains(b.when, a.when)):
        return False
    return _capital(a.place, capitals) == b.place or _capital(b.place, capitals) == a.place


def _capital(place: str, capitals: dict) -> str | None:
    if place not in capitals:
        capitals[place] = names.capital_of(place)
    return capitals[place]


def _holds(a: When | None, b: When | None) -> bool:
    """Does `a` say more of the days than `b`: a date against none, or days that hold b's and more?"""
    if a is None or a.value is None:
        return False
    if b is None or b.value is None:
        return True
    return timex.contains(a, b) and not timex.contains(b, a)


FORMER = "former"  # the modality of a post held before, not now
NOT_HELD = ("negated", "cancelled", "postponed")  # an event that did not happen is not one that did
TO_COME = ("expected", "planned")  # an event told as still to come


def _fact_id(*parts: Any) -> str:
    return hashlib.sha1("\x1f".join(map(str, parts)).encode()).hexdigest()[:16]


def run_example(ruleset: rules.RuleSet, rule: rules.Rule, example: rules.Example) -> dict | None:
    """Example runner for events rules: the rule alone on a one-sentence document."""
    published = example.context.get("published")
    sentence = _ExampleSentence(0, example.text)
    ctx = DocumentContext(ruleset.lang, date.fromisoformat(published) if published else None, [sentence])
    f = _find(example.text, timex.tag(example.text, ruleset.lang, ctx.published), ctx)
    ctx.posts.update({e.name: e.title for e in f.entities if e.type == "person" and e.title})
    facts = [x for x in sentence_facts("example", sentence, f, ctx, ruleset.rules) if x.rule.split("+")[0] == rule.id]
    if not facts:
        return None
    x = facts[0]
    return {"kind": x.kind, "subject": x.subject, "object": x.object, "place": x.place, "occasion": x.occasion,
            "modality": x.modality, "date": x.when.value if x.when else None,
            "quantity": x.quantity.value if x.quantity else None, "unit": x.quantity.unit if x.quantity else None,
            "measure": x.measure, "direction": x.direction, "basis": x.basis, "source": x.source,
            "others": list(x.others)}


@dataclass(frozen=True)
class _ExampleSentence:
    """A rule example's sentence, as the extractors take it."""

    start: int
    text: str

    @property
    def end(self) -> int:
        return self.start + len(self.text)
