"""Ordinal and recurrence claims as facts: "the first visit in nine years", "his fourth trip to
the region", "the second visit this year" (and their Arabic forms), driven by rules/<lang>/ordinals.yaml.

A claim counts the events of one kind (`measure`: visit, meeting) of one subject to one place or
with one other party, over a span (`basis`: 'in 9 years', 'since 2017', 'in 2024', 'since taking
office'; none: over all time); its ordinal is the fact's quantity (unit 'ordinal') and its date is
the date of the event counted. The subject, place and date are those of the event the sentence
tells, else of a person the sentence names, else of the latest event of that kind the document
told ("this visit", "his"): the rule records which (`+subject/event`, `/sentence`, `/carried`).
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, replace
from datetime import date
from typing import Any, Sequence

from checker import languages, rules
from checker.extract import prefilter, timex
from checker.extract.context import FRONTED
from checker.extract.names import country_or_place, posts
from checker.languages import Language
from checker.model import Entity, Fact, Quantity, When
from checker.textfold import fold

KIND = "ordinal"
UNIT = "ordinal"
ABROAD = "abroad"  # the first word of the basis of a claim that counts trips abroad ('abroad since taking office')
OFFICE = "since taking office"  # the basis of a claim counted from the day its subject took office
SPANS = ("span_back", "span_since", "span_this", "span_office")  # patterns of ordinals.yaml, tried in turn
SPAN_REACH = 90  # characters after a claim where its span may be told
PLACE_REACH = 90  # characters after a claim where the place counted may be named
OWN_REACH = 30  # characters beside the ordinal where the words telling the subject's own count stand
UNREAD_WORDS = 6  # words of a span the patterns do not read, kept as its label
_CLAUSE_END = re.compile(r"[.;!?\u061b\u061f\n]")  # the span is told in the claim's own clause
_COMMA = re.compile(r"[,\u060c]")  # the place counted is named before the next comma
OUTSIDE_REACH = 40  # characters before a place where `outside` (events.yaml) may put it outside a trip
_PERSON = ("person",)
_PLACES = ("place", "country")


@dataclass(frozen=True)
class Claim:
    """One ordinal claim of a sentence, offsets into the sentence."""

    rule: rules.Rule
    start: int
    end: int  # the end of the claim's words, its span included
    ordinal: int
    counts: str | None  # the fact kind its noun counts; None: the event the sentence tells
    span: str | None  # 'in 9 years', 'since 2017', 'this year', 'since taking office'; None: all time
    words: tuple[int, int]  # the ordinal's own words
    span_start: int | None = None  # where the span's words begin: a name after it is no party of the claim
    approximate: bool = False  # the span's length told roughly ('in over two decades')
    own: bool = False  # the subject's own count ('his first visit'), not that of an office's holders


@prefilter.scanned
@languages.compiled(persist=True)
def _gate(lang: Language) -> prefilter.RuleGate:
    """The words the ordinal rules need: a rule runs only on a sentence that holds one of its own."""
    return prefilter.RuleGate(lang.rules("ordinals").rules)


def claims(text: str, lang: Language | str) -> list[Claim]:
    """Every ordinal claim of a sentence, earliest first; overlapping matches keep the first."""
    lang = languages.get(lang)
    rs = lang.rules("ordinals")
    if not rs.rules:
        return []
    folded = fold(text)
    runs = _gate(lang).runs(folded.text)
    found: list[Claim] = []
    for rule in rs.rules:
        if not runs(rule):
            continue
        for m in rule.regex.finditer(folded.text):
            found.append(_claim(rs, rule, m, folded))
    out: list[Claim] = []
    for c in sorted(found, key=lambda c: (c.start, -c.end)):
        if not any(c.start < o.end and o.start < c.end for o in out):
            out.append(c)
    return out


def _claim(rs: rules.RuleSet, rule: rules.Rule, m: re.Match, folded) -> Claim:
    word = m.group("ordinal")
    n = rs.lookup("ordinal", word) or (rs.lookup("ordinal_lead", word) if "ordinal_lead" in rs.lexicons else None)
    if n is None:  # '3rd', '4th'
        n = int(re.match(r"\d+", word).group())
    counts = rs.lookup("event", m.group("event")) if "event" in rule.regex.groupindex else None
    span, at, end, rough = _span(rs, folded.text, m.end())
    start, stop = folded.span(m.start(), max(m.end(), end))
    before, after = rs.named("own_before"), rs.named("own_after")
    own = bool(before is not None and before.search(folded.text, max(0, m.start("ordinal") - OWN_REACH), m.start("ordinal"))
               or after is not None and after.match(folded.text[m.end():m.end() + OWN_REACH]))
    return Claim(rule, start, stop, int(n), counts, span, folded.span(*m.span("ordinal")),
                 folded.span(at, at)[0] if span is not None else None, rough, own)


def _span(rs: rules.RuleSet, text: str, at: int) -> tuple[str | None, int, int, bool]:
    """The span the claim counts over, told after it in its clause: (label, where it begins, where
    it ends, whether its length is told roughly). A span the patterns do not read ('since the
    pandemic began': `span_other`) is its words as written, so that it meets only the same words,
    never the count over all time; a span read wins over unread words that hold it ('in the past nine
    years': in 9 years)."""
    stop = _CLAUSE_END.search(text, at, at + SPAN_REACH)
    window = text[:stop.start() if stop else at + SPAN_REACH]
    best = None
    for name in (*SPANS, "span_other"):
        rx = rs.named(name)
        m = rx.search(window, at) if rx is not None else None
        if m and (best is None or (m.end() <= best[1].start() if name == "span_other" else m.start() < best[1].start())):
            best = (name, m)
    if best is None:
        return None, at, at, False
    name, m = best
    label, end = _label(rs, name, m, window)
    return label, m.start(), end, bool(m.groupdict().get("approx"))


def _label(rs: rules.RuleSet, name: str, m: re.Match, window: str) -> tuple[str, int]:
    g = m.groupdict()
    if name == "span_other":
        if g.get("told"):  # the pattern read the span's words to their end ('in decades')
            return " ".join(g["told"].split()).lower(), m.end()
        words = window[m.start():].split()[:UNREAD_WORDS]
        return " ".join(words).lower(), m.start() + len(" ".join(words))
    if name == "span_back":
        if g.get("dual"):
            count, months = 2.0, rs.lookup("dual", g["dual"])
        elif g.get("single"):
            count, months = 1.0, rs.lookup("single", g["single"])
        else:
            count = float(g["count"]) if g["count"].isdigit() else float(rs.lookup("count", g["count"]))
            months = rs.lookup("unit", g["unit"])
        if g.get("half"):
            count += 0.5
        return _length(count * months), m.end()
    if name == "span_since":
        return f"since {g['year']}", m.end()
    if name == "span_this":
        unit = g.get("unit") or g.get("unit2") or ""
        return ("this month" if rs.lookup("unit", unit) == 1 else "this year"), m.end()
    return OFFICE, m.end()


def _length(months: float) -> str:
    """A length back from the event, in years where it is whole years or more ('in 9 years')."""
    if months >= 12:
        years = months / 12
        return f"in {years:g} year{'s' if years != 1 else ''}"
    return f"in {months:g} month{'s' if months != 1 else ''}"


_BACK = re.compile(r"^in (?P<n>[\d.]+) (?P<unit>year|month)s?$")
_SINCE = re.compile(r"^since (?P<year>\d{4})$")


def counted_from(fact: Fact) -> tuple[date, int] | None:
    """Where the span of a claim starts (the earliest day a counted event may lie without being
    counted) and its length in months; None for a span with no known start (all time, office) or
    one reaching back before the calendar's first year ('in 300 decades')."""
    w = fact.when
    basis = _span_of(fact.basis)
    if not basis or w is None or w.earliest is None:
        return None
    if m := _BACK.match(basis):
        months = round(float(m["n"]) * (12 if m["unit"] == "year" else 1))
        total = w.earliest.year * 12 + w.earliest.month - 1 - months
        if total < 12:  # before year 1: no date holds it, and no event can lie before it
            return None
        return date(total // 12, total % 12 + 1, min(w.earliest.day, 28)), months
    if m := _SINCE.match(basis):
        return date(int(m["year"]), 1, 1), (w.earliest.year - int(m["year"])) * 12
    return None


def sentence_facts(doc_id: str, sentence: Any, entities: Sequence[Entity], facts: Sequence[Fact], ctx: Any
                   ) -> list[Fact]:
    """The ordinal claims of one sentence as facts. `entities`: the sentence's names (offsets into
    it); `facts`: the document's facts so far, this sentence's last; ctx: the document's context
    (lang, published, peg: the article's main date)."""
    found = claims(sentence.text, ctx.lang)
    if not found:
        return []
    here = [f for f in facts if sentence.start <= f.span[0] < sentence.end]
    out = []
    for c in found:
        made = _fact(doc_id, sentence, c, entities, facts, here, ctx)
        if made is not None:
            out.append(made)
            earlier = _last_before(made, _counted_place(c, entities, sentence.text, made, ctx.lang)) \
                if not c.approximate and (c.own or _possessed(c, entities, sentence.text, made, ctx.lang)) else None
            if earlier is not None:
                out.append(earlier)
    return out


def _span_of(basis: str | None) -> str:
    """A claim's span without its scope ('abroad in 9 years': 'in 9 years')."""
    return basis.removeprefix(ABROAD).strip() if basis else ""


def _abroad(c: Claim, text: str, lang: Language | str) -> bool:
    """Do the claim's words count trips abroad, to no one place (`abroad` in ordinals.yaml)?"""
    rx = languages.get(lang).rules("ordinals").named("abroad")
    return rx is not None and bool(rx.search(fold(text[c.start:c.end]).text))


def abroad(fact: Fact) -> bool:
    """Does an ordinal claim count its subject's trips abroad ('his first foreign trip')?"""
    return bool(fact.basis) and fact.basis.split()[0] == ABROAD


def since_office(fact: Fact) -> bool:
    """Does an ordinal claim count from the day its subject took office ('since taking office')?"""
    return bool(fact.basis) and fact.basis.endswith(OFFICE)


def _counted_place(c: Claim, entities: Sequence[Entity], text: str, claim: Fact, lang: Language) -> str | None:
    """The place a claim counts the visits to: named in its own words ('his first visit to Egypt'),
    else the country of the visit it is told of ('his first visit in 24 years', of a visit to
    Pyongyang: to North Korea); none where its words count trips abroad or outside a place ('his first
    foreign trip', 'his first trip outside Africa': no one place, `abroad` in ordinals.yaml)."""
    if _abroad(c, text, lang):
        return None
    named = _place(c, entities, text, lang)
    if named is not None or claim.place is None:
        return named
    return country_or_place(claim.place)


def _possessed(c: Claim, entities: Sequence[Entity], text: str, claim: Fact, lang: Language) -> bool:
    """Is the claim written as its subject's possession ('Erdogan's first visit'): the subject's name
    right before the language's possessive ending (`possessive` in ordinals.yaml), not a country's
    ('Nigeria's first such visit')?"""
    rx = languages.get(lang).rules("ordinals").named("possessive")
    m = rx.search(text, max(0, c.words[0] - OWN_REACH), c.words[0]) if rx is not None else None
    return m is not None and any(e.type in _PERSON and e.end == m.start() and e.name == claim.subject for e in entities)


def _last_before(claim: Fact, place: str | None) -> Fact | None:
    """The event a 'first in a span' claim of the subject's own tells of at the span's start: 'his first
    visit to Egypt since 2012' was made after one in 2012, 'his first in 11 years' after one eleven
    years before (to the year, approximate). A count over all time, or since the subject took office,
    tells of none; nor does a claim with no place or other party, or a length told roughly ('in over
    two decades')."""
    start = counted_from(claim)
    if claim.quantity is None or claim.quantity.value != 1 or start is None or claim.measure not in ("visit", "meeting") \
            or not (place if claim.measure == "visit" else claim.object):
        return None
    year = start[0].year  # (a span with a start has words: counted_from reads them)
    when = When(text="", start=claim.span[0], end=claim.span[0], value=str(year), granularity="year",
                earliest=date(year, 1, 1), latest=date(year, 12, 31),
                approximate=not _SINCE.match(_span_of(claim.basis)),
                resolved_by="anchor", explanation=f"the last {claim.measure} before the one told as the first {claim.basis}")
    return replace(claim, kind=claim.measure, place=place if claim.measure == "visit" else claim.place, when=when,
                   quantity=None, measure=None, basis=None, modality="asserted",
                   rule=f"{claim.rule}+last-before",
                   id=hashlib.sha1(f"{claim.id}\x1flast-before".encode()).hexdigest()[:16])


def _fact(doc_id: str, sentence: Any, c: Claim, entities: Sequence[Entity], facts: Sequence[Fact],
          here: Sequence[Fact], ctx: Any) -> Fact | None:
    at = sentence.start + c.start
    kinds = (c.counts,) if c.counts else ("visit", "meeting")  # 'for the first time': whatever the sentence tells
    reach = _reach(c, sentence.text)
    # an event whose subject the sentence names only past the claim's words ('the first since 1989,
    # when X visited') is the one counted from, not the one counted
    named = {e.name for e in entities if e.type in _PERSON}
    early = {e.name for e in entities if e.type in _PERSON and e.start < reach}
    # (unless the claim's own clause opens the sentence and looks forward to that subject: 'Marking his
    # first visit to Y, X arrived')
    told = [f for f in here if f.kind in kinds and f.subject and (
        f.subject not in named or f.subject in early or f.rule.endswith(FRONTED))]
    event, how = None, "event"
    lo, hi = at, sentence.start + c.end

    def dated_by_claim(f: Fact) -> bool:  # the span's words ('since 2017') taken for the event's date
        return f.when is not None and lo <= f.when.start < hi
    told = [f for f in told if not dated_by_claim(f)] or told
    if told:  # the event the sentence tells, the last one begun before the claim
        event = ([f for f in told if f.span[0] <= at] or told)[-1]
    person = _person(c, entities, sentence.text, ctx.lang)
    if person is not None and c.own and (owner := _clause_owner(c, person, here, entities, sentence.text, ctx)):
        person = replace(person, name=owner)
    if event is None and person is not None:
        how = "sentence"
        event = next((f for f in reversed(facts) if f.kind in kinds and f.subject == person.name), None)
    if event is None and person is None:  # 'this visit', 'his': the latest event told before the sentence
        how = "carried"
        event = next((f for f in reversed(facts) if f.kind in kinds and f.subject and f.span[0] < sentence.start), None)
    subject = event.subject if event is not None and how != "sentence" else person.name if person else None
    counts = c.counts or (event.kind if event is not None else None)
    if subject is None or counts is None:
        return None
    place = _place(c, entities, sentence.text, ctx.lang) or (event.place if event is not None else None)
    obj = event.object if event is not None and counts == "meeting" else None
    when = event.when if event is not None and not dated_by_claim(event) else None
    if when is None:
        when = ctx.peg or _publication(ctx)
    basis = c.span
    if basis in ("this year", "this month") and when is not None and when.earliest is not None:
        basis = f"in {when.earliest.year}" if basis == "this year" else f"in {when.earliest.isoformat()[:7]}"
    if _abroad(c, sentence.text, ctx.lang):  # 'his first foreign trip': a count of trips abroad, not to its place
        basis = f"{ABROAD} {basis}" if basis else ABROAD
    words = sentence.text[c.words[0]:c.words[1]]
    q = Quantity(text=words, start=sentence.start + c.words[0], end=sentence.start + c.words[1],
                 value=float(c.ordinal), low=float(c.ordinal), high=float(c.ordinal), unit=UNIT, rule=c.rule.id)
    span = (at, sentence.start + c.end)
    return Fact(doc=doc_id, kind=KIND, subject=subject, object=obj, place=place, when=when, quantity=q,
                sentence=sentence.text, span=span, rule=f"{c.rule.id}+subject/{how}", measure=counts, basis=basis,
                id=hashlib.sha1(f"{doc_id}\x1f{KIND}\x1f{span}\x1f{subject}".encode()).hexdigest()[:16])


def _clause_owner(c: Claim, person: Entity, here: Sequence[Fact], entities: Sequence[Entity], text: str,
                  ctx: Any) -> str | None:
    """'X will meet Y during his first trip abroad': 'his' is the clause's subject's, not its other
    party's, named right before it. Not where the other party is the one travelling (a visit of theirs
    told in the sentence), nor where the place counted is the subject's own country ('X met Y in Beijing
    during his first visit to China', X Chinese: the visit is Y's)."""
    owner = next((f.subject for f in reversed(here) if f.subject and person.name in (f.object, *f.others)), None)
    if owner is None or any(f.kind == "visit" and f.subject == person.name for f in here):
        return None
    place = _place(c, entities, text, ctx.lang)
    own = set(ctx.nationality.get(owner, ())) | {
        country for e in entities if e.name == owner and e.title and (country := (posts().get(e.title) or {}).get("country"))}
    if place is not None and country_or_place(place) in own:
        return None
    return owner


def _reach(c: Claim, text: str) -> int:
    """Where the claim's own words end: at its span ('since 1989, when X visited': X is no party),
    else at the end of its clause."""
    if c.span_start is not None:
        return c.span_start
    stop = _CLAUSE_END.search(text, c.end, c.end + PLACE_REACH) or _COMMA.search(text, c.end, c.end + PLACE_REACH)
    return stop.start() if stop else c.end + PLACE_REACH


def _person(c: Claim, entities: Sequence[Entity], text: str, lang: Language | str) -> Entity | None:
    """A person the sentence names by the claim: in its own words ('the first visit by X',
    'the first for Merz'), else the nearest before it ('Merz's first visit'), unless a relative
    clause opens between them ('X met the visiting king, who arrived on Sunday, his first visit'):
    then the clause's antecedent, the person right before its comma, else no one."""
    reach = _reach(c, text)
    after = [e for e in entities if e.type in _PERSON and c.start <= e.start < reach]
    if after:
        return after[0]
    before = [e for e in entities if e.type in _PERSON and e.end <= c.start]
    rel = languages.get(lang).rules("events").named("relative")
    if before and rel is not None:
        opened = list(re.compile(rf"[,\u060c]\s*(?:{rel.pattern})(?![\w])", rel.flags).finditer(fold(text[before[-1].end:c.start]).text))
        if opened:  # (folded alike: the offsets of the comma are not needed, only whether one opens)
            head = before[-1]
            gap = fold(text[head.end:c.start]).text[:opened[0].start()]
            return head if not gap.strip() else None
    return before[-1] if before else None


def _place(c: Claim, entities: Sequence[Entity], text: str, lang: Language) -> str | None:
    """The place named in the claim's own words ('to Australia'), never one it is
    outside of ('outside mainland China')."""
    comma = _COMMA.search(text, c.end)
    reach = min(_reach(c, text), comma.start() if comma else len(text))
    for e in entities:
        if e.type in _PLACES and c.start <= e.start < reach and not e.title and not outside(lang, text, e.start):
            return e.name
    return None


def outside(lang: Language | str, text: str, at: int) -> bool:
    """Whether the words right before a place named at `at` put it outside the trip told ('his
    first trip outside China', 'travel outside mainland China'): `outside` in rules/<lang>/events.yaml,
    read by this module and by checker/extract/events.py alike."""
    rx = languages.get(lang).rules("events").named("outside")
    return rx is not None and rx.search(fold(text[max(0, at - OUTSIDE_REACH):at]).text) is not None


ORDINAL_SPAN_WORDS = 3  # words between an ordinal and the span it counts over ('the second reshuffle in two months')


def counted_span(lang: Language | str, text: str, w: When) -> bool:
    """Is the time a span an ordinal right before it counts over ('the second reshuffle in two months',
    a reshuffle 'the second within two months' as Arabic writes it), not the time of the event told? Only a
    span counted back from the article's day: a day or a year after 'for the first time' is that event's,
    and so is a term told from one date to another ('first took office from 2016 until 2021')."""
    if not w.value or "/" not in w.value or w.resolved_by != "publication":
        return False  # (a span counted back from the article's day: 'in the past two months')
    rs = languages.get(lang).rules("ordinals")
    before = fold(text[max(0, w.start - 60):w.start]).text.split()[-ORDINAL_SPAN_WORDS:]
    return any(rs.lookup(name, word) is not None for word in before
               for name in ("ordinal", "ordinal_lead") if name in rs.lexicons)


def _publication(ctx: Any) -> When | None:
    """The article's publication date, to the day or to what is known of it."""
    known = ctx.published or getattr(ctx, "published_period", None)
    ref = timex.reference(known) if known else None
    if ref is None:
        return None
    first, last, iso = ref
    granularity = "day" if first == last else "month" if len(iso) == 7 else "year"
    return When(text="", start=0, end=0, value=iso, granularity=granularity, earliest=first, latest=last,
                resolved_by="publication", explanation=f"the claim's event, in an article dated {iso}")


def run_example(ruleset: rules.RuleSet, rule: rules.Rule, example: rules.Example) -> dict | None:
    """Example runner for ordinals rules: the claim this rule finds in the example."""
    mine = [c for c in claims(example.text, ruleset.lang) if c.rule.id == rule.id]
    if not mine:
        return None
    c = mine[0]
    return {"ordinal": c.ordinal, "counts": c.counts, "span": c.span}
