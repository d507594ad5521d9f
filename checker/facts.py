"""Join the mentions of a sentence into facts, driven by rules/<lang>/events.yaml.

For each trigger an event rule finds, the roles are filled from the names, times and figures
between the previous and the next trigger of the sentence (within the rule's window), so that
"X visited A in March, and Y travelled to B in February" gives two facts, not four. A fact
without a date of its own takes the date the text ties to it: the previous event's time for
chained expressions, else the article's main date (the first day-level date it gives).
"""
from __future__ import annotations

import hashlib
from collections import Counter
from dataclasses import dataclass, replace
from datetime import date
from typing import Any, Iterable, Sequence

from checker import entities, quantities, rules, timex
from checker.model import Entity, Fact, Quantity, When
from checker.textfold import fold

DEFAULT_WINDOW = 160  # characters each side, when a rule gives none
PARTICIPANTS = ("subject", "object")


@dataclass(frozen=True)
class Trigger:
    rule: rules.Rule
    start: int  # offsets in the sentence
    end: int


@dataclass(frozen=True)
class Found:
    """What the finders saw in one sentence, offsets relative to the sentence."""

    entities: tuple[Entity, ...]
    whens: tuple[When, ...]
    quantities: tuple[Quantity, ...]


class DocumentContext:
    """What one document's sentences share: who was named, the article's main date, the last time."""

    def __init__(self, lang: str, published: date | None, countries: Sequence[str]):
        self.lang = lang
        self.published = published
        self.coref = entities.Coref(lang)
        self.posts: dict[str, str] = {}  # person -> post named with them
        self.peg: When | None = None  # the article's main date
        self.anchor: When | None = None  # the time of the previous event, for chained expressions
        self.last_person: Entity | None = None  # for a subject given only as a pronoun (تعيينه، his)
        self.countries = tuple(countries)  # the document's most named countries, for "the two countries"

    def see(self, found: Found) -> None:
        for e in found.entities:
            if e.type == "person":
                self.last_person = e
                if e.title:
                    self.posts.setdefault(e.name, e.title)
        for w in found.whens:
            if w.value is None:
                continue
            if self.peg is None and w.granularity == "day":
                self.peg = w
            self.anchor = w


def extract(doc: Any, sentences: Sequence[Any]) -> list[Fact]:
    """All facts of a document (doc.lang, doc.published, doc.id; sentences with start and text)."""
    ruleset = rules.load(doc.lang, "events")
    if not ruleset.rules:
        return []
    names = [entities.find(s.text, doc.lang) for s in sentences]
    top = Counter(e.name for found in names for e in found if e.type == "country")
    ctx = DocumentContext(doc.lang, doc.published, [name for name, _ in top.most_common(2)])
    facts: list[Fact] = []
    for sentence, found in zip(sentences, names):
        f = _find(sentence.text, found, ctx)
        facts.extend(_role_facts(doc.id, sentence, f, ctx))
        facts.extend(sentence_facts(doc.id, sentence, f, ctx, ruleset.rules))
        ctx.see(f)
    return _dedupe(facts)


def _find(text: str, names: Sequence[Entity], ctx: DocumentContext) -> Found:
    """Names resolved against the earlier sentences, times against the publication date and the last event."""
    resolved = tuple(ctx.coref.resolve(e) for e in names)
    ctx.coref.see(resolved)
    whens = timex.tag(text, ctx.lang, ctx.published, anchor=ctx.anchor)
    return Found(resolved, tuple(whens), tuple(quantities.find(text, ctx.lang)))


def triggers(text: str, event_rules: Iterable[rules.Rule]) -> list[Trigger]:
    folded = fold(text)
    out = []
    for rule in event_rules:
        for m in rule.regex.finditer(folded.text):
            s, e = m.span("trigger") if "trigger" in rule.regex.groupindex else m.span()
            out.append(Trigger(rule, *folded.span(s, e)))
    return sorted(out, key=lambda t: (t.start, t.end))


def sentence_facts(doc_id: str, sentence: Any, found: Found, ctx: DocumentContext,
                   event_rules: Sequence[rules.Rule]) -> list[Fact]:
    text = sentence.text
    trig = triggers(text, event_rules)
    starts = sorted({t.start for t in trig})
    out = []
    for t in trig:
        roles = t.rule.get("roles") or {}
        window = roles.get("window", DEFAULT_WINDOW)
        prev_end = max([u.end for u in trig if u.end <= t.start] or [0])
        next_start = min([s for s in starts if s >= t.end] or [len(text)])
        lo, hi = max(prev_end, t.start - window), min(next_start, t.end + window)
        fact = _fill(doc_id, sentence, t, found, ctx, roles, lo, hi)
        if fact is not None:
            out.append(fact)
    return out


def _fill(doc_id, sentence, t: Trigger, found: Found, ctx: DocumentContext, roles: dict,
          lo: int, hi: int) -> Fact | None:
    before = [e for e in reversed(found.entities) if lo <= e.start and e.end <= t.start]  # nearest first
    after = [e for e in found.entities if t.end <= e.start and e.end <= hi]
    got: dict[str, Any] = {}

    def of(types, seq):
        return [e for e in seq if e.type in types]

    people_before, people_after = of(roles.get("subject", ()), before), of(roles.get("subject", ()), after)
    wants_object = "object" in roles
    if roles.get("order", "vs") == "vs":
        if people_after and (len(people_after) > 1 or not wants_object or not people_before):
            got["subject"] = people_after.pop(0)
        elif people_before:
            got["subject"] = people_before.pop(0)
    else:
        if people_before:
            got["subject"] = people_before.pop(0)
        elif people_after:
            got["subject"] = people_after.pop(0)
    if wants_object:
        objects = of(roles["object"], after) + of(roles["object"], before)
        objects = [e for e in objects if e.name != getattr(got.get("subject"), "name", None)]
        if objects:
            got["object"] = objects[0]
    if "subject" not in got and "subject" in roles and ctx.last_person is not None:
        got["subject"] = ctx.last_person
    places = of(roles.get("place", ()), after) or of(roles.get("place", ()), before)
    if places:
        got["place"] = places[0]
    occasions = of(("occasion",), after)
    if occasions:
        got["occasion"] = occasions[0]

    subject = got["subject"].name if got.get("subject") else None
    obj = got["object"].name if got.get("object") else None
    kind = t.rule["kind"]
    if kind == "appointment" and obj is None and subject:
        obj = ctx.posts.get(subject)
    quantity = None
    if "quantity" in roles:
        quantity = next((q for q in found.quantities
                         if lo <= q.start and q.end <= hi and quantities.unit_class(q) == roles["quantity"]), None)
        if quantity is not None:
            subject = _trade_subject(after, ctx)
    have = {"subject": subject, "object": obj, "place": got.get("place"), "quantity": quantity}
    if any(have.get(need) is None for need in roles.get("needs", ())):
        return None

    clause = sentence.text[lo:hi]
    modality, tense = timex.clause(clause, ctx.lang)
    modality = t.rule.get("modality") or modality
    when = _when(found, t, lo, hi, ctx, tense)
    start, end = sentence.start + lo, sentence.start + hi
    return Fact(
        doc=doc_id, kind=kind, subject=subject, object=obj,
        place=got["place"].name if got.get("place") else None,
        occasion=got["occasion"].name if got.get("occasion") else None,
        modality=modality, when=when, quantity=quantity, sentence=sentence.text,
        span=(start, end), rule=t.rule.id,
        id=_fact_id(doc_id, kind, start, end, subject, obj),
    )


def _when(found: Found, t: Trigger, lo: int, hi: int, ctx: DocumentContext, tense: str | None) -> When | None:
    """The trigger's own time (nearest in its window, after it first), else the one the text ties to it."""
    own = [w for w in found.whens if lo <= w.start and w.end <= hi]
    if own:
        return min(own, key=lambda w: (w.start < t.start, abs(w.start - t.end)))
    if tense != "future" and ctx.peg is not None:
        return replace(ctx.peg, resolved_by="anchor",
                       explanation=f"no date in the sentence; the article's main date: {ctx.peg.explanation or ctx.peg.text}")
    return None


def _trade_subject(after: list[Entity], ctx: DocumentContext) -> str | None:
    """'Russia–China trade': the countries named after the trigger, else the article's two main ones."""
    named = sorted({e.name for e in after if e.type == "country"})
    pair = named if len(named) >= 2 else sorted(ctx.countries)
    return "–".join(pair) + " trade" if len(pair) >= 2 else None


def _role_facts(doc_id: str, sentence: Any, found: Found, ctx: DocumentContext) -> list[Fact]:
    """A title next to a name: this person held this post then (the article's date)."""
    out = []
    for e in found.entities:
        if e.type != "person" or not e.title:
            continue
        start, end = sentence.start + e.start, sentence.start + e.end
        when = _publication_day(ctx.published)
        out.append(Fact(doc=doc_id, kind="role", subject=e.name, object=e.title, when=when,
                        sentence=sentence.text, span=(start, end), rule=e.rule or "role",
                        id=_fact_id(doc_id, "role", start, end, e.name, e.title)))
    return out


def _publication_day(published: date | None) -> When | None:
    if published is None:
        return None
    iso = published.isoformat()
    return When(text="", start=0, end=0, value=iso, granularity="day", earliest=published, latest=published,
                resolved_by="publication", explanation=f"named with the post in an article dated {iso}")


def _dedupe(facts: list[Fact]) -> list[Fact]:
    """One fact per (kind, participants, place, time, figure): the first mention stands."""
    seen, out = set(), []
    for f in facts:
        key = (f.kind, frozenset(filter(None, (f.subject, f.object))), f.place,
               f.when.value if f.when else None, f.quantity.value if f.quantity else None)
        if key not in seen:
            seen.add(key)
            out.append(f)
    return out


def _fact_id(*parts: Any) -> str:
    return hashlib.sha1("\x1f".join(map(str, parts)).encode()).hexdigest()[:16]


def run_example(ruleset: rules.RuleSet, rule: rules.Rule, example: rules.Example) -> dict | None:
    """Example runner for events rules: the rule alone on a one-sentence document."""
    published = example.context.get("published")
    doc = _ExampleDoc(ruleset.lang, date.fromisoformat(published) if published else None)
    sentence = _ExampleSentence(0, example.text)
    names = entities.find(example.text, ruleset.lang)
    top = Counter(e.name for e in names if e.type == "country")
    ctx = DocumentContext(ruleset.lang, doc.published, [n for n, _ in top.most_common(2)])
    f = _find(example.text, names, ctx)
    ctx.posts.update({e.name: e.title for e in f.entities if e.type == "person" and e.title})
    facts = [x for x in sentence_facts("example", sentence, f, ctx, ruleset.rules) if x.rule == rule.id]
    if not facts:
        return None
    x = facts[0]
    return {"subject": x.subject, "object": x.object, "place": x.place, "occasion": x.occasion,
            "modality": x.modality, "date": x.when.value if x.when else None,
            "quantity": x.quantity.value if x.quantity else None, "unit": x.quantity.unit if x.quantity else None}


@dataclass(frozen=True)
class _ExampleDoc:
    lang: str
    published: date | None
    id: str = "example"


@dataclass(frozen=True)
class _ExampleSentence:
    start: int
    text: str
