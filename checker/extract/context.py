"""What every stage of fact-finding shares: a document's names, figures, dates and cue words, read once."""
from __future__ import annotations

import hashlib
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date
from functools import cached_property, lru_cache
from typing import Any, Iterable, NamedTuple, Sequence

from checker.extract import figures, homographs, names, quantities, timex
from checker import languages, rules
from checker.languages import Language
from checker.model import Entity, Fact, Quantity, When
from checker.textfold import fold


DEFAULT_WINDOW = 160  # characters each side, when a rule gives none
CARRY_WORDS = 3  # at most this many words between a pronoun and the trigger it is the subject of
DATELINE_WORDS = 3  # a dateline's date comes after at most a place name ('Jakarta, 7 September -')
LEAD_SENTENCES = 2  # the headline and the first sentence of the text: where an article tells its news day
DATELINE_CREDIT_WORDS = 10  # or closes the bracket of a credit after a place and agencies ('CAIRO (Wire / Agency - 5th June, 2022)')


@dataclass(frozen=True)
class Trigger:
    """An event rule's match in a sentence."""

    rule: rules.Rule
    start: int  # offsets in the sentence
    end: int
    office: str | None = None  # the post the rule's `office` group names without a country
    office_start: int | None = None
    post: str | None = None  # the whole post a title names where the office is ('director-general of UNESCO')
    # words stand where the office would that neither the office lexicon nor a title reads ('named a
    # member of the panel'): a post is given, but not one the checker can name, and never the one
    # the person is already named with
    office_unread: bool = False


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
        # the place names two places share that the document tells apart (Oman's and Amman's in Arabic)
        self.homographs = homographs.resolve((s.text for s in sentences), self.lang)
        self.posts: dict[str, str] = {}  # person -> post named with them
        self.given: dict[str, str] = {}  # person -> post an appointment of the document gave them
        self.term_ends: dict[str, When] = {}  # a renewal's fact id -> the day its term ends
        # an appointment's fact id -> the day the post is taken up ('with effect from D'), told without a term's length
        self.term_starts: dict[str, When] = {}
        # person -> the start of the sentence that told they appointed someone: 'X's appointment'
        # right after stands for the one X made, not for X's own
        self.appointers: dict[str, int] = {}
        # people an event rule read beside its verb that no post or catalogue names ('appointed X as
        # ...'), fed to coref after their sentence so that later sentences name them by their name alone
        self.introduced: list[Entity] = []
        self.inviters: set[str] = set()  # people the document names only as inviting someone ('at the invitation of X')
        # person -> the place of the latest visit told of them, and the start of its sentence
        self.destinations: dict[str, tuple[Entity, int]] = {}
        self.travellers: tuple[Entity, ...] | None = None  # the visitor and fellow travellers of the latest visit told with them
        self._going: dict[tuple[str, int], tuple[Found, frozenset[int]]] = {}  # _going_with, per sentence
        self.nationality: dict[str, set[str]] = {}  # person -> countries of the posts named with them
        self.offices: dict[str, BareOffice] = {}  # person -> the office they were first named with (name_offices)
        self.peg: When | None = None  # the article's main date
        self.recent: list[Entity] = []  # people in the order last named, the latest last
        self.list_subject: tuple[Entity, int] | None = None  # whose schedule a list of events is, and its latest item
        self.last_subject: Entity | None = None  # the subject of the latest fact about a person
        self.last_subject_in: int | None = None  # the start of the sentence it was named in
        self.last_kind: str | None = None  # the kind of that fact
        self.last_modality: str = "asserted"  # the modality of the latest fact
        self.last_pair: tuple[Entity, Entity] | None = None  # the two parties of the latest fact with two
        self.last_pair_in: int | None = None  # the start of its sentence
        # the guest of the latest reception ('X welcomed Y', `reception` in events.yaml), and the start of
        # its sentence: a visit told right after it in its clause ('..., for a state visit to Z') is Y's
        self.last_guest: Entity | None = None
        self.last_guest_in: int | None = None
        # where the other parties of the latest fact with two stand in its sentence (start, end)
        self.last_parties: frozenset[tuple[int, int]] = frozenset()
        self.previous_people: tuple[Entity, ...] = ()  # the people the previous sentence named
        self.previous_start: int | None = None  # where that sentence starts
        self.period: When | None = None  # the period of the last figure dated in its own sentence
        self.money: tuple[int, str] | None = None  # the sentence start and currency of the last money told
        self.recent_pair: tuple[str, ...] = ()  # the countries of the last sentence that named two ('the two countries')
        self.flow: tuple[int, str, str] | None = None  # the sentence start, reporter and partner of the last flow
        self.world_trade: int | None = None  # the start of the last sentence telling one country's trade with the world
        self.last_figure: tuple[int, Fact] | None = None  # the sentence start and fact of the last figure
        self.currencies: list[str] = []  # the currencies (ISO codes) of the figures told so far, in order
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
        self.last_bloc: str | None = None  # the bloc whose group (its summit, leaders, ministers) was named last
        # the place of the page's dateline ('RIYADH, Dec. 7 (Agency) --'): where 'here' is
        self.dateline_place: Entity | None = None

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
        """The two countries the document names most, for 'the two countries' and the country of a line-up
        whose officials' posts tell none; blocs that trade as one fill the pair when it names fewer than two
        countries."""
        top: Counter = Counter()
        blocs = set()
        found = [(s, self.coref.find(s.text)) for s in self.sentences]
        # the last word of a person's name of several: an adjective of nationality spelled alike, no noun
        # before it that it qualifies, is that person named short ('Mohammed Shia al-Sudani' ... 'al-Sudani
        # said'), not their country ('the Sudanese people' still is)
        surnames = {fold(e.text.split()[-1]).text.lower() for _, ents in found for e in ents
                    if e.type == "person" and len(e.text.split()) >= 2}
        for s, ents in found:
            named = [c for c in figures.countries(s.text, self.lang, ents)
                     if not (c.adjective and fold(s.text[c.start:c.end]).text.lower() in surnames
                             and not names.after_definite_noun(s.text, c.start, self.lang))]
            # a country with digits right by it may be a currency's ('US$5bn', '5 billion U.S. dollars')
            if any(_DIGIT.search(s.text, max(0, c.start - FIGURE_REACH), c.end + FIGURE_REACH) for c in named):
                named = _outside_figures(named, self.figures(s.text))
            top.update(c.name for c in named)
            blocs.update(c.name for c in named if c.bloc)
        # 'the two countries', 'exports to the Kingdom': countries first, a bloc only where fewer than
        # two are named (a bloc is named by its name, or as a side of the pair told just before)
        ranked = sorted(top.items(), key=lambda kv: (kv[0] in blocs, -kv[1]))
        return tuple(name for name, _ in ranked[:2])

    def money_before(self) -> str | None:
        """The currency of the last money told in the sentence before the one being read, if any."""
        return self.money[1] if self.money and self.money[0] == self.previous_start else None

    def see(self, found: Found, offset: int, text: str = "") -> None:
        money = [q.unit for q in found.quantities if q.unit and quantities.unit_class(q) == "currency"]
        if money:
            self.money = (offset, money[-1])
        people = tuple({e.name: e for e in found.entities if e.type == "person"}.values())
        if self.last_subject is not None and self.last_subject_in is not None and self.last_subject_in == self.previous_start \
                and people and all(e.name == self.last_subject.name for e in people):
            # a sentence that tells of the latest subject again and of nobody else, with no fact of its
            # own ('The Russian president will attend a welcome ceremony': see() runs after the sentence's
            # facts, so a fact of its own would have made it the subject's sentence): the text goes on with them
            self.last_subject_in = offset
        elif len(people) == 1 and self.last_subject_in != offset and found.entities \
                and min(found.entities, key=lambda e: e.start) is people[0] and _opens_with(text, people[0], self.lang):
            # a sentence that opens with one person by name, names nobody else and tells no fact ('Mr X, who takes
            # up his post on Wednesday, began his career in 1992'): the text goes on with them, 'he' next is them
            self.last_subject, self.last_subject_in = people[0], offset
        # a spouse who goes along ('accompanied by his wife, X') is not whom the next sentence's pronoun means
        spouse = _cue_pattern(self.lang, "spouse_before") if text else None
        self.previous_people = tuple(e for e in people if spouse is None
                                     or not spouse.search(fold(text[max(0, e.start - SPOUSE_REACH):e.start]).text))
        self.previous_start = offset
        named = tuple(dict.fromkeys(e.name for e in found.entities if figures.party(e)))
        served = _countries_served(people) if len(named) < 2 else ()
        if len(named) == 2:
            self.recent_pair = named
        elif not named and len(served) == 2:
            # two leaders of two countries and no country named ('X held talks with Y'): 'the two
            # countries' after it are theirs
            self.recent_pair = served
        elif len(named) == 1 and len(served) == 1 and served[0] != named[0] and not self.recent_pair:
            # one leader and one other country ('the Kazakh president will visit Uzbekistan'), no pair told
            # before: 'the two countries' after it are these two
            self.recent_pair = (served[0], named[0])
        elif len(named) < 2 and self.recent_pair:
            self._turn_pair(found)
        ranked = _cue_pattern(self.lang, "partners_of")
        # (or the words before it, as Arabic writes a country's partners: 'the largest trading partner of X')
        ranked_before = _cue_pattern(self.lang, "partners_of_before")
        if ranked is not None or ranked_before is not None:
            self.partners_of = next(((e.name, self.seen_sentences) for e in reversed(found.entities) if e.type == "country" and (
                ranked is not None and ranked.match(fold(text[e.end:e.end + 60]).text)
                or ranked_before is not None and ranked_before.search(fold(text[max(0, e.start - 60):e.start]).text))),
                self.partners_of)
        self.seen_sentences += 1
        if self.dateline_place is None:  # the first sentence that opens as a dateline: the report's
            self.dateline_place = dateline_place(found, text)
        for e in found.entities:
            if e.type == "person":
                self.recent = [p for p in self.recent if p.name != e.name][-20:] + [e]
            if e.type == "person" and e.title:
                if not e.past:  # a post held before is not the one the person acts in now
                    self.posts.setdefault(e.name, e.title)
                country = (names.posts().get(e.title) or {}).get("country")
                if country:
                    self.nationality.setdefault(e.name, set()).add(country)
            elif e.type == "person" and e.rule.endswith(NATIONALITY_NAME) \
                    and (m := _LAST_WORD.search(text, max(0, e.start - 40), e.start)) is not None \
                    and (country := names.nationality(m.group(1), self.lang.code)):
                # one introduced by their nationality alone ('the Algerian diplomat X'): a person of that country
                self.nationality.setdefault(e.name, set()).add(country)
        for w in found.whens:
            if w.value is None or self.dateline(w, text):
                continue
            # (nor a line that holds nothing but a time, '3 days ago': the page's stamp, of the day it was read)
            stamp = not (text[:w.start].strip(_STAMP_MARKS) or text[w.end:].strip(_STAMP_MARKS))
            w = _shift(w, offset)
            # The main date is told relative to the article ('today, Wednesday'), not a page header's date.
            if self.peg is None and not stamp and w.granularity == "day" and (
                    w.resolved_by != "absolute" or self._lead_day_of_undated(w)):
                self.peg = w

    def _lead_day_of_undated(self, w: When) -> bool:
        """A day written in full in the lead of an article known to its month only, and inside that
        month ('was sworn in on Wednesday, July 3, 2024', on a page of July 2024 with no day): the
        day the article tells its events of, as 'today, Wednesday' would be."""
        if self.published is not None or not self.published_period or self.seen_sentences > LEAD_SENTENCES:
            return False
        first, last, _ = timex.reference(self.published_period)
        return w.earliest is not None and w.earliest == w.latest and first <= w.earliest <= last

    def _turn_pair(self, found: Found) -> None:
        """A sentence naming one country outside the last pair, by name or by a place in it, while
        the pair holds the document's home country: the pair is now home and that country ('... will
        travel on to Seoul. Trade between the two countries reached ...' after Indonesia-Japan)."""
        lands = dict.fromkeys(e.name if figures.party(e) else names.country_of_place(e.name)
                              for e in found.entities if e.type in ("country", "place") or figures.party(e))
        new = [c for c in lands if c and c not in self.recent_pair]
        if len(new) != 1:
            return
        home = _document_country(self)
        if home in self.recent_pair and home != new[0]:
            self.recent_pair = (home, new[0])

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

    def dateline(self, w: When, text: str) -> bool:
        """'AMMAN, Sept 19 (Agency) -': the publication day written as a date (with its day's number;
        'today' is no dateline) at the start of a sentence, after at most a place name, dates the page
        and not the events it reports ('sworn in yesterday')."""
        before = text[:w.start]
        # or the date closing the bracket of the agency's credit ('NEW DELHI (Agency / Wire - 17th April, 2023)')
        credit = before.count("(") > before.count(")") and text[w.end:w.end + 3].lstrip().startswith(")") \
            and len(before.split()) <= DATELINE_CREDIT_WORDS
        return (self.published is not None and w.value == self.published.isoformat()
                and any(c.isdigit() for c in w.text) and (len(before.split()) <= DATELINE_WORDS or credit))


_STAMP_MARKS = " \t\u00a0|-\u2013\u2014:.,()"  # what may stand around a page's time stamp on its line

PLACE_TYPES = ("place", "country")
# what follows the place a dateline opens with: a date perhaps, then the agency's bracket and a dash
# (or with a date ending in its year between the place and the agency's bracket, and no dash after it:
# 'Kuwait 12 May 2024 (Agency) The ...')
_DATELINE_AFTER = re.compile(r"(?:[ \t]*,?[ \t]*[^()\n;]{1,24}?)?[ \t]*\([^()\n]{2,30}\)[ \t]*[-\u2013\u2014]"
                             r"|[ \t]*,?[ \t]*[^()\n;]{0,16}?(?<!\d)(?:19|20)\d{2}[ \t]*\([^()\n]{2,30}\)[ \t]")
# (or its day between, 'CAIRO, Oct 23 — ')
_CAPITALS_DATELINE_AFTER = re.compile(r"(?:[ \t]*,[ \t]*(?=[^()\n;:,]{0,12}\d)[^()\n;:,]{1,16}?)?[ \t]*[:\u2013\u2014-][ \t]")
_AGENCY_DATELINE_AFTER = re.compile(r"[ \t]*[-\u2013\u2014][ \t]*[^\s:()]{2,12}[ \t]*:")


SPOUSE_REACH = 60  # characters before a person where the words that make them a spouse may stand


def filed_country(place: Entity | None) -> str | None:
    """The country a place names or lies in (the place itself where it is a country): a dateline's, a trip's."""
    if place is None:
        return None
    return place.name if place.type == "country" else names.country_of_place(place.name)


def _opens_with(text: str, person: Entity, lang) -> bool:
    """Does the sentence open with the person's name, a courtesy title at most before it ('Mr X'), not a post?"""
    before = text[:person.start]
    if not before.strip():
        return True
    return len(before.split()) == 1 and any(not before[e:].strip() for _, e in names.find_honorifics(before, str(lang)))


def dateline_place(found: Found, text: str) -> Entity | None:
    """The place a sentence opens with as a dateline ('RIYADH, Dec. 7 (Agency) --', 'CAIRO (Agency) -',
    'Kuwait 12 May 2024 (Agency)'): the city (or a city-state, as a Kuwaiti agency's dateline names Kuwait)
    the report was filed from. A place that opens a sentence with a bracket of another kind ('Lima (Peru)
    backs ...') has no dash after it, nor a year before the bracket."""
    first = min(found.entities, key=lambda e: e.start, default=None)
    # (a script without capitals, as Arabic, opens the sentence with the city as it writes any word)
    if first is None or first.type not in ("place", "country") or text[:first.start].strip() or first.text[:1].islower() \
            or first.text[:1].isascii() and not first.text[:1].isupper():
        return None
    if first.text.isupper() and len(first.text) > 2 and _CAPITALS_DATELINE_AFTER.match(text, first.end):
        return first  # 'ISLAMABAD: ...', 'CAIRO - ...', 'CAIRO, Oct 23 — ...': a city in capitals, a colon or a dash after it
    if not first.text[:1].isupper() and _AGENCY_DATELINE_AFTER.match(text, first.end):
        return first  # as Arabic datelines run, 'Doha - QNA:': a dash, the agency's name and a colon
    return first if _DATELINE_AFTER.match(text, first.end) else None


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


def _group_rule(g: Entity) -> str:
    """The id of the groups rule that read a group, without its language and kind ('bloc-summit')."""
    return (g.rule or "").split("+")[0].rsplit("/", 1)[-1]


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


# the rule that introduces a person by their nationality alone (rules/<lang>/names.yaml nationality-name)
NATIONALITY_NAME = "/nationality-name"
_LAST_WORD = re.compile(r"(\w+)\s+$")
_DIGIT = re.compile(r"\d")
_QUOTE_MARK = re.compile('"')
FIGURE_REACH = 16  # characters between a name and the digits of a figure it may be part of
_WORD = re.compile(r"\w+")


SPEECH_WORDS = 4  # words a quotation holds at least to be someone's words, not a term set in quotes
_STOPS = tuple(".,;:!?\u060c\u061b\u061f")  # the stops a speaker's quoted words close at, in either script


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
    # the sentence's times and places ('received in Nouakchott today the minister X'): no words of a gap
    frames: tuple[tuple[int, int], ...] = ()

    def speech_outside(self, t: Trigger) -> list[tuple[int, int]]:
        """The quotations of a speaker's words that the trigger stands outside: their times and tenses are
        the speaker's, not the event's. A speaker's words open the sentence or follow a stop ('He said:
        "..."'), hold SPEECH_WORDS words at least and close at a stop ('... by 2030," he said'); words
        quoted inside the reporter's clause ('will visit Ghana "before the end of June," his aide said')
        are the event's, and a short quoted term ('a "state visit"') is no one's words."""
        return [(s, e) for s, e in self.quotes
                if not s <= t.start < e and len(_WORD.findall(self.text[s:e])) >= SPEECH_WORDS
                and self.text[:s].rstrip()[-1:] in (*_STOPS, "")
                and (self.text[e - 1:e] in _STOPS or self.text[e + 1:].lstrip()[:1] in (*_STOPS, ""))]

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

    def marked_unframed(self, start: int, end: int) -> bool:
        """`marked`, the sentence's times and places blanked first: a place whose name begins as the
        `with` word does (a city written with the preposition's letter first) introduces no one."""
        return bool(self.with_rx and self.with_rx.search(fold(_blanked(self.text, start, end, self.frames)).text))

    def marked_before(self, start: int, person: Entity, rx: Any = None) -> bool:
        """Does the `with` pattern (or `rx`) stand right before the person, their post aside ('talks
        with President X')?"""
        rx = rx or self.with_rx
        if not rx:
            return False
        gap = fold(self.without_titles(start, person.start, person)).text
        last = None
        for last in rx.finditer(gap):
            pass
        return last is not None and not gap[last.end():].strip()

    def words(self, start: int, end: int) -> int:
        """Words in text[start:end], not counting titles ('Chinese Defence Minister'), courtesy titles
        ('received the Emirati president Sheikh X') or a trip told aside ('during her visit to X')."""
        gap = _blanked(self.text, start, end, (*self.titles, *self.honors, *self.asides, *self.frames))
        return sum(1 for w in gap.split() if any(ch.isalnum() for ch in w))

    def styled_post(self, start: int, end: int) -> bool:
        """Is text[start:end] a post the titles do not read, written in capitals before the courtesy
        title of the name after it ('Secretary of Homeland Security Mr. X')? The courtesy title tells
        where the name begins; the words before it (`styled_post` in events.yaml) are its holder's post,
        no words of a gap."""
        rx = _cue_pattern(self.lang, "styled_post") if self.lang else None
        honor = next((s for s, e in self.honors if start <= s and not self.text[e:end].strip(" .,\u00a0")), None)
        return rx is not None and honor is not None and rx.fullmatch(
            _blanked(self.text, start, honor, (*self.titles, *self.asides, *self.frames))) is not None

    def gap_stopped(self, start: int, end: int) -> bool:
        """Does a clause opener (`object_gap_stop` in events.yaml) stand in text[start:end], outside a
        trip told aside? A person after it is the subject of another clause ('..., while Y announced'),
        not the other party of this one."""
        rx = _cue_pattern(self.lang, "object_gap_stop")
        return rx is not None and rx.search(fold(_blanked(self.text, start, end, self.asides)).text) is not None

    def since(self, start: int, end: int) -> bool:
        return bool(self.since_rx and self.since_rx.search(fold(self.text[start:end]).text))

    def without_titles(self, start: int, end: int, person: Entity) -> str:
        """text[start:end] with the posts in it blanked: the title rules' and the post written
        without its country right before `person`, and the courtesy titles and ranks, with the point of
        their abbreviation ('Gen.')."""
        honors = ((s, e + 1 if self.text[e:e + 1] == "." else e) for s, e in self.honors)
        spans = [*self.titles, *honors, *([person.bare_post] if person.bare_post else [])]
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


def _own_country(person: Entity | None, ctx: DocumentContext) -> tuple[str | None, str | None]:
    """The country a person serves and where it is told: the one country of the posts the document
    names them with ('document'), else the catalogue's ('catalogue'); (None, 'several') when the
    document names several, (None, None) when unknown."""
    if person is None or person.type != "person":
        return None, None
    named = ctx.nationality.get(person.name, set())
    if not named and person.title and not person.past:  # the post named with them in this very sentence
        named = {c for c in [(names.posts().get(person.title) or {}).get("country")] if c}
    named = named or _nationality_of_same(person.name, ctx)
    if named:
        return (next(iter(named)), "document") if len(named) == 1 else (None, "several")
    known = names.known(person.name) if person.known else None
    return (known.country, "catalogue") if known is not None and known.country else (None, None)


def _nationality_of_same(name: str, ctx: DocumentContext) -> set[str]:
    """The countries of the posts the document names a person with under a shorter or a fuller
    spelling of their name: the surname alone ('the Algerian president Okoro' before 'Prime Minister
    Ada Okoro') or the full name of which this is the surname, where the document has one such name
    and one person it may be (a surname two people share tells nobody's country)."""
    words = _name_words(name)
    if len(words) > 1:  # a full name: the surname the document writes alone
        last = name.split()[-1]
        alone = [n for n in ctx.nationality if _name_words(n) == _name_words(last)]
        fuller = [n for n in ctx.nationality if n != name and len(_name_words(n)) > 1 and _part_of_name(last, n)
                  and not _part_of_name(n, name)]
        return set(ctx.nationality[alone[0]]) if len(alone) == 1 and not fuller else set()
    fuller = [n for n in ctx.nationality if len(_name_words(n)) > 1 and _name_words(n.split()[-1]) == words]
    return set(ctx.nationality[fuller[0]]) if len(fuller) == 1 else set()


def _after_publication(w: When | None, ctx: DocumentContext) -> bool:
    """Does `w` begin after the last day the article may have been published? A fact told in the
    past never takes such a date as the article's main date ('has met him twice' in a preview)."""
    if w is None or w.earliest is None:
        return False
    last = ctx.published or (timex.reference(ctx.published_period)[1] if ctx.published_period else None)
    return last is not None and w.earliest > last


def _masked(text: str, names: Sequence[Entity], offset: int, spans: Sequence[tuple[int, int]] = ()) -> str:
    """The clause with names blanked out, so a cue never fires inside a name (a name may begin like a future
    verb), and the `spans` given (quotations the event is not told in, whose tense is the speaker's)."""
    chars = list(text)
    for s, e in [*((n.start, n.end) for n in names), *spans]:
        for i in range(max(s - offset, 0), min(e - offset, len(chars))):
            chars[i] = " "
    return "".join(chars)


def _shift(mention, offset: int):
    """A When or Quantity with offsets in the document rather than in its sentence."""
    return replace(mention, start=mention.start + offset, end=mention.end + offset)


def _document_country(ctx: DocumentContext, most_named: bool = False, officials_only: bool = False) -> str | None:
    """The country most of the document's titled officials serve, else the one it names most. Of
    officials' countries tied, the one of its dateline, else the first told, or with `most_named` the one
    the document names most (a government's line-up: the country the article is about, not a foreign
    leader congratulating).
    `officials_only`: None where no official is titled (the countries an article on envoys names most
    are the ones they serve in, not their own)."""
    # (the posts the document gives, too: 'X was named Oman's foreign minister')
    held = {**ctx.given, **ctx.posts}
    seen = Counter(filter(None, ((names.posts().get(p) or {}).get("country") for p in held.values())))
    if seen:
        top = max(seen.values())
        tied = [c for c, n in seen.items() if n == top]
        if len(tied) > 1 and (filed := filed_country(ctx.dateline_place)) in tied:
            return filed  # (a tie broken by the country the report is filed from: 'MUSCAT: ...')
        return next((c for c in ctx.countries if c in tied), tied[0]) if most_named else tied[0]
    if officials_only:
        return None
    if ctx.countries:
        return ctx.countries[0]
    # nothing told yet (the first sentence): the countries of the whole document
    return next(iter(ctx.coref.document_countries()), None)


def _main_date(ctx: DocumentContext) -> When | None:
    """The article's main date (DocumentContext.peg), as lent to a fact whose sentence tells no time."""
    if ctx.peg is None:
        return None
    return replace(ctx.peg, explanation=f"the article's main date (none in the sentence): {ctx.peg.explanation}")


def _publication_day(ctx: DocumentContext) -> When | None:
    """The article's date, to the day, else the month or year it is known to (a post named then)."""
    if ctx.published is None and not ctx.published_period:
        return None
    first, last, iso = timex.reference(ctx.published or ctx.published_period)
    granularity = "day" if first == last else "month" if len(iso) == 7 else "year"
    return When(text="", start=0, end=0, value=iso, granularity=granularity, earliest=first, latest=last,
                resolved_by="publication", explanation=f"named with the post in an article dated {iso}")


FORMER = "former"  # the modality of a post held before, not now
FRONTED = "+subject/carried/fronted"  # the rule suffix of a fact whose subject a fronted clause looks forward to
NOT_HELD = ("negated", "cancelled", "postponed")  # an event that did not happen is not one that did
TO_COME = ("expected", "planned")  # an event told as still to come


def _fact_id(*parts: Any) -> str:
    return hashlib.sha1("\x1f".join(map(str, parts)).encode()).hexdigest()[:16]


def _countries_served(people: Sequence[Entity]) -> tuple[str, ...]:
    """The countries the people of a sentence serve, as their posts there or the catalogue tell them,
    in reading order; a person of no known country adds none."""
    out = []
    for e in people:
        country = (names.posts().get(e.title) or {}).get("country") if e.title and not e.past else None
        if country is None and (k := names.known(e.name)) is not None:
            country = k.country
        if country:
            out.append(country)
    return tuple(dict.fromkeys(out))
