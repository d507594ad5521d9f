"""Compare facts that speak of the same thing: conflicts, corroborations, in-document checks.

The archive is never compared pair by pair. Facts are blocked by what must be equal for two
of them to be about one thing (kind, modality class and the `event_keys` of the policy, such
as subject and place), then by occasion; inside a block, facts with the same value form one
class and only classes are compared, so a block of a thousand reports of one visit on three
dates costs three comparisons. Policy (keys, severities, messages) is in
rules/common/conflicts.yaml; this module holds no names and no words.
"""
from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from itertools import combinations
from typing import Any

from checker import entities, rules, timex
from checker.model import Finding, Fact, Quantity, Quote, When
from checker.textfold import fold, fold_pattern

SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}
IN_DOCUMENT = "date"  # the kind of a finding about one document's own dates
_FULL_DATE = re.compile(r"^(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})$")
_KNOWN_YEAR = re.compile(r"^(?P<y>\d{4})")


@lru_cache(maxsize=1 << 16)
def _norm(text: str | None) -> str:
    """Folded, lower-case, single-spaced: how names and policy terms are compared."""
    return " ".join(fold_pattern(text or "").lower().split())


# Date and figure comparisons, cached by the fields they read: an archive repeats a few thousand
# dates and figures in millions of facts, each with its own words ('October 2023', '...').
_COMPARED: dict[tuple, Any] = {}
_COMPARED_MAX = 1 << 17


def _cached(key: tuple, compute) -> Any:
    found = _COMPARED.get(key, _COMPARED)
    if found is _COMPARED:
        if len(_COMPARED) >= _COMPARED_MAX:
            _COMPARED.clear()
        found = _COMPARED[key] = compute()
    return found


def _days_key(w: When) -> tuple:
    """What timex.overlaps and timex.contains read of a When (its constraint on days)."""
    return (w.value, w.granularity, w.earliest, w.latest, w.approximate)


def _overlaps(a: When | None, b: When | None) -> bool:
    """Unknown dates never conflict."""
    from checker import timex

    if a is None or b is None:
        return True
    return _cached(("overlaps", _days_key(a), _days_key(b)), lambda: timex.overlaps(a, b))


def _contains(outer: When | None, inner: When | None) -> bool:
    """An undated fact neither narrows nor is narrowed: it supports no precise date."""
    from checker import timex

    if outer is None or inner is None:
        return False
    return _cached(("contains", _days_key(outer), _days_key(inner)), lambda: timex.contains(outer, inner))


def _figure_key(q: Quantity) -> tuple:
    return (q.value, q.low, q.high, q.unit, q.qualifier)


def _compare_figures(a: Quantity, b: Quantity) -> str:
    from checker import quantities

    return _cached(("figures", _figure_key(a), _figure_key(b)), lambda: quantities.compare(a, b))


@dataclass(frozen=True)
class Policy:
    checks: Mapping[str, rules.Rule]  # check name -> rule
    event_keys: Mapping[str, tuple[str, ...]]
    optional_keys: Mapping[str, tuple[str, ...]]
    modality_class: Mapping[str, str]
    event_names: Mapping[str, str]
    single_holder: frozenset[str]

    def rule(self, check: str) -> rules.Rule | None:
        return self.checks.get(check)

    def applies(self, check: str, kind: str) -> bool:
        rule = self.checks.get(check)
        return rule is not None and kind in (rule.get("kinds") or ())


@lru_cache(maxsize=1)
def policy() -> Policy:
    rs = rules.load("common", "conflicts")
    lex = rs.lexicons
    posts = {_norm(p) for p in lex.get("single_holder_posts", {})}
    # titles may mark their posts as held by one person (composed posts included)
    posts |= {_norm(p) for p, v in entities.posts().items() if v["single_holder"]}
    return Policy(
        checks={r.get("check"): r for r in rs.rules},
        event_keys=_keys(rs, "event_keys"),
        optional_keys=_keys(rs, "optional_keys"),
        modality_class=dict(lex.get("modality_class", {})),
        event_names=dict(lex.get("event_names", {})),
        single_holder=frozenset(posts),
    )


def _keys(rs: rules.RuleSet, lexicon: str) -> dict[str, tuple[str, ...]]:
    """A lexicon of kind -> fact fields; each field is a column of the facts table that a Fact
    has too (the engine reads it from both), or 'participants'."""
    from dataclasses import fields

    from checker.store import FACT_COLUMNS

    known = (FACT_COLUMNS & {f.name for f in fields(Fact)}) | {"participants"}
    out = {}
    for kind, keys in (rs.lexicons.get(lexicon) or {}).items():
        keys = tuple(keys) if isinstance(keys, (list, tuple)) else (keys,)
        unknown = [k for k in keys if k not in known]
        if unknown:
            raise rules.RuleError(f"{rs.path}: {lexicon}: {kind}: unknown field(s) {', '.join(map(str, unknown))} "
                                  f"(known: {', '.join(sorted(known))})")
        out[kind] = keys
    return out


# ---------------------------------------------------------------- naming things for people

def _field(fact: Fact, name: str) -> Any:
    if name == "participants":
        pair = {_norm(fact.subject), _norm(fact.object)}
        return None if "" in pair else tuple(sorted(pair))
    value = getattr(fact, name)
    return _norm(value) if isinstance(value, str) else value


def event_name(fact: Fact, pol: Policy | None = None) -> str:
    """'Vladimir Putin's visit to Beijing for the Belt and Road Forum'."""
    pol = pol or policy()
    names = defaultdict(lambda: "?", {k: v for k, v in vars_of(fact).items() if v})
    text = pol.event_names.get(fact.kind, "{subject}").format_map(names)
    rule = pol.rule("date")
    suffix = (rule.get("settings") or {}).get("occasion_suffix", " ({occasion})") if rule else " ({occasion})"
    if fact.occasion:
        text += suffix.format_map(names)
    return text


def vars_of(fact: Fact) -> dict[str, Any]:
    return {"subject": fact.subject, "object": fact.object, "place": fact.place, "occasion": fact.occasion}


def doc_label(doc_id: str, docs: Mapping[str, Any]) -> str:
    """How a finding names a document: its file name without extension, else its id."""
    doc = docs.get(doc_id)
    path = getattr(doc, "path", None) if doc is not None else None
    if path:
        name = str(path).replace("\\", "/").rsplit("/", 1)[-1]
        return name.rsplit(".", 1)[0] if "." in name else name
    label = getattr(doc, "label", None) if doc is not None else None
    return label or doc_id[:16]


def describe_when(when: When | None) -> str:
    from checker import timex

    if when is None or when.value is None:
        return "an unknown date"
    return timex.describe(when)


def describe_quantity(fact: Fact) -> str:
    from checker import quantities

    q = fact.quantity
    return _cached(("describe", _figure_key(q)), lambda: quantities.describe(q)) if q else "no figure"


def _how(fact: Fact, docs: Mapping[str, Any]) -> str:
    """How the value was read: the time module's explanation, else the words themselves."""
    when = fact.when
    if when is None:
        return "no date in the text"
    if when.explanation:
        return when.explanation
    doc = docs.get(fact.doc)
    undated = doc is not None and getattr(doc, "published", None) is None
    return f"'{when.text}'" + (", no publication date" if undated and when.resolved_by != "absolute" else "")


def _quote(fact: Fact, docs: Mapping[str, Any]) -> Quote:
    start, end = fact.span
    doc = docs.get(fact.doc)
    text = getattr(doc, "text", None) if doc is not None else None
    quote = text[start:end] if text and end > start else fact.sentence
    return Quote(fact.doc, start, end, quote)


# ---------------------------------------------------------------- comparing

def _fact_order(fact: Fact) -> tuple:
    """Facts in the order of their documents and spans, never of their rows: the representative
    of a class, and so every finding, is the same whatever order the documents came in."""
    return (fact.doc or "", fact.span, fact.id or "")


class _Class:
    """Facts of one block that say the same thing in the same way."""

    def __init__(self, facts: list[Fact]) -> None:
        self.facts = facts
        self.head = facts[0]
        self.docs = list(dict.fromkeys(f.doc for f in facts))


def block_key(fact: Fact, pol: Policy) -> tuple | None:
    """What must be equal for two facts to be about the same thing; None if not comparable."""
    keys = pol.event_keys.get(fact.kind)
    mclass = pol.modality_class.get(fact.modality)
    if keys is None or mclass is None:
        return None
    values = tuple(_field(fact, k) for k in keys)
    if any(v in (None, "") for v in values):
        return None
    return (fact.kind, mclass, *values)


def _class_key(fact: Fact, pol: Policy) -> tuple:
    when = fact.when
    q = fact.quantity
    return (
        when.value if when else None,
        tuple(_field(fact, k) for k in pol.optional_keys.get(fact.kind, ())),
        (q.low, q.high, q.unit, q.value) if q else None,
    )


def _compatible(a: Fact, b: Fact, pol: Policy) -> bool:
    for k in pol.optional_keys.get(a.kind, ()):
        va, vb = _field(a, k), _field(b, k)
        if va and vb and va != vb:
            return False
    return True


def _known(when: When | None) -> bool:
    return when is not None and when.value is not None


def _year(when: When) -> str | None:
    m = _KNOWN_YEAR.match(when.value or "")
    return m.group("y") if m else None


def _same_period(a: When | None, b: When | None) -> bool:
    return _known(a) and _known(b) and a.granularity == b.granularity and _overlaps(a, b)


def _agree(a: When, b: When) -> bool:
    return _contains(a, b) or _contains(b, a)


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
    """Turns facts into findings. `focus`: report only findings that involve that document."""

    def __init__(self, docs: Mapping[str, Any] | None = None, *, focus: str | None = None,
                 pol: Policy | None = None) -> None:
        self.docs = docs or {}
        self.focus = focus
        self.pol = pol or policy()
        rule = self.pol.rule("corroboration")
        # one fact alone clashes with nothing and dates nothing; it is a finding only if one
        # source is enough to corroborate (most blocks of an archive hold a single fact)
        self.lone_fact_silent = rule is None or (rule.get("settings") or {}).get("min_sources", 2) >= 2

    # -- entry points

    def compare(self, facts: Iterable[Fact], *, posts: bool = True) -> list[Finding]:
        blocks: dict[tuple, list[Fact]] = defaultdict(list)
        holders: dict[str, list[Fact]] = defaultdict(list)
        for fact in sorted(facts, key=_fact_order):
            key = block_key(fact, self.pol)
            if key is not None:
                blocks[key].append(fact)
            if posts and self.pol.applies("role", fact.kind) and _norm(fact.object) in self.pol.single_holder:
                holders[_norm(fact.object)].append(fact)
        found: list[Finding] = []
        for block in blocks.values():
            found += self.compare_block(block)
        for same_post in holders.values():
            found += self.compare_post(same_post)
        return sort_findings(f for f in found if self._wanted(f))

    def label(self, doc_id: str) -> str:
        return "the draft" if doc_id == self.focus else doc_label(doc_id, self.docs)

    def _wanted(self, finding: Finding) -> bool:
        return self.focus is None or self.focus in finding.docs

    # -- one block: one kind, modality class and key

    def compare_block(self, block: list[Fact]) -> list[Finding]:
        if len(block) < 2 and self.lone_fact_silent:
            return []
        if self.focus is not None and not any(f.doc == self.focus for f in block):
            return []
        by_occasion: dict[str | None, list[Fact]] = defaultdict(list)
        for fact in block:
            by_occasion[_norm(fact.occasion) or None].append(fact)
        found = []
        for occasion, facts in by_occasion.items():
            found += self._compare_group(facts, occasion is not None)
        found += self._suggest_dates(block)
        return found

    def _compare_group(self, facts: list[Fact], has_occasion: bool) -> list[Finding]:
        grouped: dict[tuple, list[Fact]] = defaultdict(list)
        for fact in facts:
            grouped[_class_key(fact, self.pol)].append(fact)
        classes = [_Class(v) for v in grouped.values()]
        comps = _Components(len(classes))
        found: list[Finding] = []
        kind = facts[0].kind
        figures = self.pol.applies("figure", kind)
        clashes = []
        for i, j in self._pairs(classes):
            a, b = classes[i], classes[j]
            if not _compatible(a.head, b.head, self.pol):
                continue
            verdict = self._figures(a, b) if figures else self._dates(a, b, has_occasion)
            if verdict == "agree":
                comps.union(i, j)
            elif verdict is not None:
                clashes.append((verdict, a, b))
        # Where the archive is divided and some of it agrees with the focus document, the
        # document repeats one side of a known disagreement rather than starting one.
        groups = comps.groups()
        support = {}
        for group in groups if self.focus is not None else ():
            for i in group:
                if self.focus in classes[i].docs:
                    support[id(classes[i])] = self._support(classes[i], [classes[j] for j in group])
        for verdict, a, b in clashes:
            found.append(self._conflict(verdict, a, b, support.get(id(a), 0) + support.get(id(b), 0)))
        for group in groups:
            if self.focus is None or any(self.focus in classes[i].docs for i in group):
                found += self._corroboration([classes[i] for i in group])
        return found

    def _support(self, mine: _Class, group: list[_Class]) -> int:
        """Other documents that say what the focus document says, at least as precisely."""
        docs = set()
        for other in group:
            precise = mine.head.quantity is not None or _contains(mine.head.when, other.head.when)
            if precise:
                docs.update(d for d in other.docs if d != self.focus)
        return len(docs)

    def _pairs(self, classes: list[_Class]) -> Iterable[tuple[int, int]]:
        """All pairs of classes; with a focus, only the pairs the focus document is part of."""
        if self.focus is None:
            return combinations(range(len(classes)), 2)
        mine = [i for i, c in enumerate(classes) if self.focus in c.docs]
        return sorted({(min(i, j), max(i, j)) for i in mine for j in range(len(classes)) if i != j})

    def _dates(self, a: _Class, b: _Class, has_occasion: bool) -> str | None:
        wa, wb = a.head.when, b.head.when
        if not (_known(wa) and _known(wb)):
            return None  # an unknown date never conflicts, and identifies nothing
        if _overlaps(wa, wb):
            return "agree" if _agree(wa, wb) else None
        if not has_occasion or not self.pol.applies("date", a.head.kind):
            return None  # two dates that cannot meet, and nothing saying it is one event: two events
        settings = self.pol.rule("date").get("settings") or {}
        ya, yb = _year(wa), _year(wb)
        if settings.get("recurring_occasions") and ya and yb and ya != yb:
            return None  # two editions of a recurring occasion
        return "date"

    def _figures(self, a: _Class, b: _Class) -> str | None:
        fa, fb = a.head, b.head
        if fa.quantity is None or fb.quantity is None or not _same_period(fa.when, fb.when):
            return None
        verdict = _compare_figures(fa.quantity, fb.quantity)
        return {"agree": "agree", "far": "figure-far", "conflict": "figure"}.get(verdict)

    # -- single-holder posts

    def compare_post(self, facts: list[Fact]) -> list[Finding]:
        facts = sorted(facts, key=_fact_order)
        if self.focus is not None and not any(f.doc == self.focus for f in facts):
            return []
        rule = self.pol.rule("role")
        precise = set((rule.get("settings") or {}).get("granularity", ["day"]))
        grouped: dict[tuple, list[Fact]] = defaultdict(list)
        for fact in facts:
            if _known(fact.when) and fact.when.granularity in precise and fact.modality == "asserted":
                grouped[(_norm(fact.subject), fact.when.value)].append(fact)
        classes = [_Class(v) for v in grouped.values()]
        found = []
        for i, j in self._pairs(classes):
            a, b = classes[i], classes[j]
            if _norm(a.head.subject) == _norm(b.head.subject):
                continue
            if _overlaps(a.head.when, b.head.when):
                found.append(self._conflict("role", a, b))
        return found

    # -- findings

    def _side(self, cls: _Class, value: str) -> dict:
        head = cls.head
        docs = cls.docs
        return {
            "docs": docs,
            "labels": [self.label(d) for d in docs],
            "facts": [f.id for f in cls.facts],
            "value": value,
            "how": _how(head, self.docs),
            "when_text": head.when.text if head.when else "",
            "holder": head.subject,
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

    def _conflict(self, check: str, a: _Class, b: _Class, supported: int = 0) -> Finding:
        rule = self.pol.rule(check)
        settings = rule.get("settings") or {}
        severity = settings.get("supported_severity", rule.get("severity")) if supported else rule.get("severity")
        if self.focus is not None and self.focus in b.docs:
            a, b = b, a  # the draft speaks first
        if check in ("figure", "figure-far"):
            values = [describe_quantity(c.head) for c in (a, b)]
        else:
            values = [describe_when(c.head.when) for c in (a, b)]
        sides = [self._side(a, values[0]), self._side(b, values[1])]
        fields = {
            "event": event_name(a.head, self.pol),
            "post": a.head.object or "?",
            "period": describe_when(a.head.when),
            "sides": "; ".join(self._render_side(s, check) for s in sides),
        }
        facts = a.facts + b.facts
        message = rule.get("message").format_map(fields)
        if supported:
            message += settings.get("supported_note", "").format_map({"count": supported})
        return Finding(
            rule=rule.id.rsplit("/", 1)[-1], severity=severity, kind=a.head.kind, message=message,
            facts=tuple(f.id for f in facts), docs=tuple(dict.fromkeys(a.docs + b.docs)),
            quotes=tuple(_quote(f, self.docs) for f in facts), values=tuple(values),
            extra={"sides": sides, "event": fields["event"]},
        )

    def _corroboration(self, classes: list[_Class]) -> list[Finding]:
        rule = self.pol.rule("corroboration")
        # an undated report confirms nothing: the same words may be about another time
        facts = [f for c in classes for f in c.facts if _known(f.when)]
        docs = list(dict.fromkeys(f.doc for f in facts))
        minimum = (rule.get("settings") or {}).get("min_sources", 2) if rule else 2
        if rule is None or not facts or facts[0].kind not in (rule.get("kinds") or ()) or len(docs) < minimum:
            return []
        head = _most_precise(facts)
        value = describe_quantity(head) if head.quantity else describe_when(head.when)
        if head.quantity and _known(head.when):
            value += f", {describe_when(head.when)}"
        labels = [self.label(d) for d in docs]
        fields = {"event": event_name(head, self.pol), "value": value, "count": len(docs),
                  "sources": ", ".join(labels)}
        return [Finding(
            rule=rule.id.rsplit("/", 1)[-1], severity=rule.get("severity"), kind=head.kind,
            message=rule.get("message").format_map(fields),
            facts=tuple(f.id for f in facts), docs=tuple(docs),
            quotes=tuple(_quote(f, self.docs) for f in facts), values=(value,),
            extra={"event": fields["event"], "sources": labels},
        )]

    # -- undated documents

    def _suggest_dates(self, block: list[Fact]) -> list[Finding]:
        """An undated article and a dated one that both date one event by their own publication day."""
        rule = self.pol.rule("undated")
        if rule is None or block[0].kind not in (rule.get("kinds") or ()):
            return []
        dated, undated = [], []
        for fact in block:
            doc = self.docs.get(fact.doc)
            if doc is None or fact.when is None:
                continue
            published = getattr(doc, "published", None)
            if published is None:
                undated.append(fact)
            elif fact.when.resolved_by == "publication" and fact.when.value == _iso(published):
                dated.append(fact)
        found, seen = [], set()
        for u in undated:
            for d in dated:
                same_words = _norm(u.when.text) == _norm(d.when.text)
                same_event = _norm(u.occasion) == _norm(d.occasion) and _compatible(u, d, self.pol)
                if not (same_words and same_event) or (u.doc, d.when.value) in seen:
                    continue
                if u.when.value is not None and not _overlaps(u.when, d.when):
                    continue
                seen.add((u.doc, d.when.value))
                fields = {"doc": doc_label(u.doc, self.docs), "event": event_name(u, self.pol),
                          "text": u.when.text, "dated": doc_label(d.doc, self.docs), "date": d.when.value}
                found.append(Finding(
                    rule=rule.id.rsplit("/", 1)[-1], severity=rule.get("severity"), kind=u.kind,
                    message=rule.get("message").format_map(fields), facts=(u.id, d.id),
                    docs=(u.doc, d.doc), quotes=(_quote(u, self.docs), _quote(d, self.docs)),
                    values=(d.when.value,), extra={"suggested": d.when.value, "doc": u.doc},
                ))
        return found


def _iso(value: Any) -> str:
    return value.isoformat() if isinstance(value, date) else str(value)


def _most_precise(facts: list[Fact]) -> Fact:
    def width(f: Fact) -> int:
        w = f.when
        if w is None or w.earliest is None or w.latest is None:
            return 10**9
        return (w.latest - w.earliest).days
    return min(facts, key=width)


def sort_findings(findings: Iterable[Finding]) -> list[Finding]:
    return sorted(findings, key=lambda f: (SEVERITY_ORDER.get(f.severity, 9), f.rule, f.message))


def compare(facts: Iterable[Fact], docs: Mapping[str, Any] | None = None) -> list[Finding]:
    """All findings between the given facts (the whole archive, or one block of it)."""
    return Engine(docs).compare(facts)


# ---------------------------------------------------------------- in-document checks

@lru_cache(maxsize=None)
def _weekday_regex(lang: str):
    rs = rules.load(lang, "dates")
    if "weekday" not in rs.lexicons:
        return None
    return rs, rs.compile(r"(?<!\w)(?P<weekday>{weekday})(?!\w)")


def weekday_findings(doc_id: str, text: str, whens: Iterable[When], lang: str,
                     docs: Mapping[str, Any] | None = None) -> list[Finding]:
    """A weekday named with a full date (or with 'today') that the calendar contradicts."""
    found_rx = _weekday_regex(lang)
    if found_rx is None:
        return []
    rs, rx = found_rx
    pol = policy()
    rule = pol.rule("weekday")
    pub_rule = pol.rule("publication-weekday")
    window = (rule.get("settings") or {}).get("window", 3) if rule else 3
    out = []
    for when in whens:
        m = _FULL_DATE.match(when.value or "")
        if not m or rule is None:
            continue
        day = date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
        lo = max(0, when.start - window - 20)
        piece = text[lo:when.end]
        folded = fold(piece)
        named = None
        for wm in rx.finditer(folded.text):
            s, e = folded.span(wm.start(), wm.end())
            s, e = s + lo, e + lo
            inside = s >= when.start
            between = text[e:when.start]  # only spaces and punctuation may separate them
            just_before = e <= when.start and len(between) <= window and not any(ch.isalnum() for ch in between)
            if inside or just_before:
                named = (rs.lookup("weekday", wm.group("weekday")), s, e)
        if named is None or named[0] is None or named[0] == day.isoweekday():
            continue
        use = pub_rule if when.resolved_by == "publication" and pub_rule is not None else rule
        start = min(named[1], when.start)
        fields = {"text": text[start:when.end], "named": _day_name(named[0]), "date": day.isoformat(),
                  "actual": _day_name(day.isoweekday())}
        out.append(Finding(
            rule=use.id.rsplit("/", 1)[-1], severity=use.get("severity"), kind=IN_DOCUMENT,
            message=use.get("message").format_map(fields), docs=(doc_id,),
            quotes=(Quote(doc_id, start, when.end, text[start:when.end]),), values=(day.isoformat(),),
        ))
    return out


def _day_name(iso: int) -> str:
    return timex.weekday_name(iso)


# ---------------------------------------------------------------- the store

def _with_quotes(store, findings: list[Finding]) -> list[Finding]:
    """Fill each quote with the exact text at its span, read from the stored document."""
    from dataclasses import replace

    texts = store.quote_texts((q.doc, q.start, q.end) for f in findings for q in f.quotes)
    return [replace(f, quotes=tuple(replace(q, text=texts.get((q.doc, q.start, q.end), q.text)) for q in f.quotes))
            for f in findings]


def archive_facts(store, facts: Iterable[Fact], exclude_doc: str | None = None) -> list[Fact]:
    """The stored facts in the blocks the given facts fall in: indexed look-ups, never a scan."""
    pol = policy()
    queries: set[tuple[tuple[str, ...], tuple[tuple[str, str], ...]]] = set()  # (kinds, column = value)
    for fact in facts:
        keys = pol.event_keys.get(fact.kind)
        if keys and block_key(fact, pol) is not None:
            if "participants" in keys:  # either side may be the stored subject
                for a, b in ((fact.subject, fact.object), (fact.object, fact.subject)):
                    queries.add(((fact.kind,), (("subject", a), ("object", b))))
            else:
                queries.add(((fact.kind,), tuple((c, getattr(fact, c)) for c in keys)))
        if pol.applies("role", fact.kind) and _norm(fact.object) in pol.single_holder:
            queries.add((tuple(pol.rule("role").get("kinds")), (("object", fact.object),)))
    out: dict[str, Fact] = {}
    for kinds, equal in sorted(queries):
        for f in store.block_facts(kinds, **dict(equal)):
            if f.doc != exclude_doc:
                out[f.id] = f
    return list(out.values())


def check(store, doc, facts: Iterable[Fact], whens: Iterable[When] = ()) -> list[Finding]:
    """Findings about one document (a draft) against the archive, without storing it."""
    facts = list(facts)
    archive = archive_facts(store, facts, exclude_doc=doc.id)
    docs: dict[str, Any] = store.doc_meta(f.doc for f in archive)
    docs[doc.id] = doc
    found = Engine(docs, focus=doc.id).compare(facts + archive)
    found += weekday_findings(doc.id, doc.text, whens, doc.lang, docs)
    return sort_findings(_with_quotes(store, found) if archive else found)


def _runs(facts: Iterable[Fact], run_key) -> Iterable[list[Fact]]:
    """Facts cut into runs of equal run_key (given in that order, a run holds whole blocks)."""
    run: list[Fact] = []
    key = None
    for fact in facts:
        k = run_key(fact)
        if run and k != key:
            yield run
            run = []
        key = k
        run.append(fact)
    if run:
        yield run


def compare_store(store) -> list[Finding]:
    """The full comparison pass over the archive, streaming it block by block in SQL order."""
    pol = policy()
    engine = Engine(store.doc_meta(), pol=pol)
    pair_kinds = sorted(k for k, v in pol.event_keys.items() if "participants" in v)
    found: list[Finding] = []
    for run in _runs(store.facts_by_subject(pair_kinds), lambda f: (f.kind, _lead(f, pair_kinds))):
        found += engine.compare(run, posts=False)
    role = pol.rule("role")
    if role is not None and role.get("kinds"):
        for run in _runs(store.facts_by_object(role.get("kinds")), lambda f: f.object):
            if _norm(run[0].object) in pol.single_holder:
                found += engine.compare_post(run)
    return sort_findings(_with_quotes(store, found))


def _lead(fact: Fact, pair_kinds: list[str]) -> str | None:
    if fact.kind in pair_kinds:
        return min(fact.subject, fact.object or fact.subject)
    return fact.subject


def dumps(finding: Finding) -> str:
    """One JSON line: rule, severity, kind, facts, docs, message and the rest."""
    return json.dumps(finding_dict(finding), ensure_ascii=False)


def finding_dict(finding: Finding) -> dict:
    return {
        "rule": finding.rule, "severity": finding.severity, "kind": finding.kind,
        "facts": list(finding.facts), "docs": list(finding.docs), "message": finding.message,
        "values": list(finding.values),
        "quotes": [{"doc": q.doc, "start": q.start, "end": q.end, "text": q.text} for q in finding.quotes],
        "extra": finding.extra,
    }


# ---------------------------------------------------------------- rule examples

def _when(d: Mapping | None) -> When | None:
    if not d:
        return None
    d = dict(d)
    value = d.pop("value", None)  # YAML reads an unquoted 2023-11-08 as a date
    return When(text=str(d.pop("text", "")), start=d.pop("start", 0), end=d.pop("end", 0),
                value=_iso(value) if value is not None else None, granularity=d.pop("granularity", "unknown"), **d)


def fact_from_dict(d: Mapping, index: int = 0) -> Fact:
    """A Fact from plain data (rule examples and tests): 'when' and 'quantity' as mappings."""
    from checker.model import Quantity

    d = dict(d)
    when = _when(d.pop("when", None))
    q = d.pop("quantity", None)
    quantity = None
    if q:
        q = dict(q)
        quantity = Quantity(text=q.pop("text", ""), start=q.pop("start", 0), end=q.pop("end", 0), **q)
    span = tuple(d.pop("span", (index * 10, index * 10 + 5)))
    d.setdefault("id", f"{d.get('doc', 'd')}-{index}")
    return Fact(when=when, quantity=quantity, span=span, **d)


def run_example(ruleset, rule, example) -> dict | None:
    """What the engine reports under this rule for the example's facts or document."""
    from types import SimpleNamespace

    ctx = example.context
    check_id = rule.id.rsplit("/", 1)[-1]
    if "document" in ctx:
        whens = [_when(w) for w in ctx.get("whens", [])]
        found = weekday_findings("doc", ctx["document"], whens, ctx.get("lang", "en"))
    else:
        facts = [fact_from_dict(f, i) for i, f in enumerate(ctx.get("facts", []))]
        docs = {d: SimpleNamespace(id=d, path=None, published=(ctx.get("docs") or {}).get(d, {}).get("published"),
                                   text=None)
                for d in {f.doc for f in facts}}
        found = compare(facts, docs)
    for f in found:
        if f.rule == check_id:
            return {"severity": f.severity, "values": list(f.values), "message": f.message,
                    **{k: v for k, v in f.extra.items() if isinstance(v, str)}}
    return None
