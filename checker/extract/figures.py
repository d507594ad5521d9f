"""What a figure's sentence says about it besides the number: which way it flows, what a growth
rate is measured against, who published it, and whether it is an outcome or a forecast.

The words are data: rules/<lang>/figures.yaml (basis, source and modality marks, each a rule with
a `value` template filled from its named groups) and, for the countries a flow runs between, the
country names of entities.yaml and the nationality adjectives of rules/<lang>/titles.yaml
("French exports", an adjective after the noun in Arabic). This module only measures distances.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterable, Sequence

from checker import languages, rules
from checker.extract import names, prefilter
from checker.languages import Language
from checker.model import Entity
from checker.textfold import fold

_GROUP = re.compile(r"\{(?P<name>\w+)\}")
MARK_REACH = 60  # characters between a figure and a basis or modality mark that belongs to it
MEASURE_REACH = 20  # 'a share of 4.2%': a measure word right by its figure
SIGN_REACH = 3  # 'fell 14%', 'a 9% decline': the word of a fall is right by its figure, only a space between
REPORTER_REACH = 30  # characters between a flow's word and the country that reports it ("Japan's exports")


@dataclass(frozen=True)
class Mark:
    """A word or phrase that qualifies a figure, by its field."""

    field: str  # basis | source | modality | period | measure | compared | sign | respective | reported | level | scope | favour | now | other
    value: str
    start: int  # offsets in the text given to marks()
    end: int
    forward: bool = False  # governs only a figure after it (the rule's `forward`: 'from $5bn to ...')


@dataclass(frozen=True)
class Country:
    """A country named near a figure."""

    name: str
    start: int
    end: int
    adjective: bool = False  # named by its nationality adjective ('Algerian gas')
    bloc: bool = False  # a bloc that trades as one ('the European Union')


def _ruleset(lang: Language | str) -> rules.RuleSet:
    return languages.get(lang).rules("figures")


@prefilter.scanned
@languages.compiled(persist=True)
def _gate(lang: Language) -> prefilter.RuleGate:
    """The words the mark rules need: a rule runs only on a sentence that holds one of its own."""
    return prefilter.RuleGate(_ruleset(lang).rules)


def marks(text: str, lang: str) -> list[Mark]:
    """Every basis, source and modality mark of `text`, offsets into it."""
    rs = _ruleset(lang)
    folded = fold(text)
    out = []
    for rule, m in _gate(lang).matches(rs.rules, folded.text):
        value = _fill(rs, rule.get("value") or "", m, text, folded)
        if value:
            out.append(Mark(rule["field"], value, *folded.span(*m.span()), forward=bool(rule.get("forward"))))
    return sorted(out, key=lambda k: (k.start, k.end))


def _fill(rs: rules.RuleSet, template: str, m: re.Match, text: str, folded) -> str:
    """The rule's value with {group} filled: the group's lexicon value where a lexicon has its name,
    else the words as written (a source's name)."""
    def sub(g: re.Match) -> str:
        name = g.group("name")
        if m.group(name) is None:
            return ""
        if name in rs.lexicons:
            return str(rs.lookup(name, m.group(name), m.group(name)))
        s, e = folded.span(*m.span(name))
        return " ".join(text[s:e].split())
    return " ".join(_GROUP.sub(sub, template).split())


def nearest(found: Iterable[Mark], field: str, start: int, end: int, lo: int, hi: int,
            reach: int | None = MARK_REACH) -> Mark | None:
    """The mark of `field` in [lo, hi] closest to text[start:end] (within `reach` characters if given)."""
    def gap(k: Mark) -> int:
        return k.start - end if k.start >= end else start - k.end if k.end <= start else 0
    near = [k for k in found if k.field == field and lo <= k.start and k.end <= hi
            and (reach is None or gap(k) <= reach) and not (k.forward and k.start >= end)]
    return min(near, key=lambda k: (gap(k), k.start < start)) if near else None


def joined(text: str, lang: str) -> bool:
    """Whether `text` (the words between two figures) ends with the word joining the second to the
    first as the next item of a list ('27% of exports and 13% of imports'): figures.yaml `list_and`."""
    rx = _ruleset(lang).named("list_and")
    return bool(rx and rx.search(fold(text).text))


def whole_period(text: str, lang: str) -> bool:
    """Whether `text` (the words right after a figure's time) tells the time whole ('for 2017 as a
    whole', and its Arabic): figures.yaml `whole_period`."""
    rx = _ruleset(lang).named("whole_period")
    return bool(rx and rx.match(fold(text).text))


def tells_change(text: str, lang: str) -> bool:
    """Whether `text` (the words before a figure in its stretch) holds a word of change (figures.yaml
    `change_word`: 'rose' and its Arabic)."""
    rx = _ruleset(lang).named("change_word")
    return bool(rx and rx.search(fold(text).text))


def opens_clause(text: str, lang: str, after: str = "") -> bool:
    """Whether `text` (from a clause's break up to a time) opens a clause of its own with the time
    ('..., and in the first half of 2024 it reached'): figures.yaml `clause_next`; or, with no word
    joining it, where the words `after` the time go on with no break ('..., in 2006 the figure was'):
    `clause_next_bare` (', in 2023, up 4%' is the figure's own time set off by commas)."""
    rs = _ruleset(lang)
    rx, bare = rs.named("clause_next"), rs.named("clause_next_bare")
    folded = fold(text).text
    return bool(rx and rx.match(folded)) or bool(bare and bare.match(folded) and after[:1].isspace()
                                                 and after.lstrip()[:1].isalpha())


def contrast_between(text: str, lang: str) -> bool:
    """Whether `text` (between a figure and a later time, no break in it) holds a word of contrast that
    opens the next clause ('while', 'whereas' and their Arabic): figures.yaml `contrast_next`."""
    rx = _ruleset(lang).named("contrast_next")
    return bool(rx and rx.search(fold(text).text))


def carries_sign(text: str, lang: str) -> bool:
    """Whether `text` (the words between two rates) makes the second the next item of a list told
    with the first's verb ('fell 9%, followed by imports at 4%'): figures.yaml `list_next`."""
    rx = _ruleset(lang).named("list_next")
    return bool(rx and rx.search(fold(text).text))


@languages.compiled
def _adjectives(lang: Language) -> tuple[re.Pattern | None, rules.RuleSet]:
    """The nationality adjectives of titles.yaml, after the proclitics figures.yaml allows."""
    titles = lang.rules("titles")
    if not titles.lexicons.get("nationality"):
        return None, titles
    proclitic = _ruleset(lang).patterns.get("proclitic", "")
    return titles.compile(rf"(?<!\w)(?:{proclitic})?(?P<adj>{{nationality}})(?!\w)", f"{titles.path}: nationality"), titles


@languages.shared
def _blocs(common: Language) -> frozenset[str]:
    """The blocs that trade as one party (entities.yaml `trade_blocs`), by their catalogue names."""
    return frozenset(fold(n).text.casefold() for n in common.rules("entities").lexicons.get("trade_blocs", {}))


def party(e: Entity) -> bool:
    """Whether a name can be a side of a trade figure: a country, or a bloc that trades as one
    ('trade between Chile and the European Union')."""
    return e.type == "country" or e.type == "organisation" and fold(e.name).text.casefold() in _blocs()


NAME_CUE_REACH = 24  # characters before a nationality adjective where the words making it a family name stand


def countries(text: str, lang: str, entities: Sequence[Entity]) -> list[Country]:
    """The countries a sentence names, by name, by adjective ('Chinese exports') or in a post
    ("Chile's minister said"), offsets into it; a bloc that trades as one counts as a country."""
    named = [Country(e.name, e.start, e.end, bloc=e.type != "country") for e in entities if party(e)]
    for t in names.find_titles(text, lang):
        if t.country and not any(c.start < t.end and t.start < c.end for c in named):
            named.append(Country(t.country, t.start, t.end))
    # a capital standing for its country as a side of a flow ('imports from Moscow', 'Moscow's exports'):
    # figures.yaml `capital_before` / `capital_after` around it. Both are a short word anchored at the
    # capital (`\s+$`, `^`): 12 characters before hold the longest ('with ') and a run of spaces, 4 after
    # hold the possessive ("'s") and the character that ends it
    rs = _ruleset(lang)
    before, after = rs.named("capital_before"), rs.named("capital_after")
    for e in entities:
        if e.type == "country" or party(e) or before is None or after is None:
            continue
        country = names.country_of_place(e.name)
        if country and names.capital_of(country) == e.name and not any(c.start < e.end and e.start < c.end for c in named) \
                and (before.search(fold(text[max(0, e.start - 12):e.start]).text) or after.match(fold(text[e.end:e.end + 4]).text)):
            named.append(Country(country, e.start, e.end))
    rx, titles = _adjectives(lang)
    if rx is not None:
        folded = fold(text)
        # (an adjective inside a person's name is a family name, no country: 'X al-Sudani' of Iraq)
        taken = [(c.start, c.end) for c in named] + [(e.start, e.end) for e in entities if e.type == "person"]
        as_name = rs.named("adjective_as_name")  # (or one its grammar makes a family name: 'al-Sudani's government')
        for m in rx.finditer(folded.text):
            s, e = folded.span(*m.span("adj"))
            if as_name is not None and as_name.search(folded.text, max(0, m.start() - NAME_CUE_REACH), m.start()) \
                    and not any(0 <= p.start - e <= 2 for p in entities if p.type == "person"):
                continue  # (not one a name follows: 'the Kenyan X said', a nationality told of someone)
            if not any(a < e and s < b for a, b in taken):
                named.append(Country(titles.lookup("nationality", m.group("adj")), s, e, adjective=True))
                taken.append((s, e))
        bare, article = rs.named("adjective_bare"), rs.patterns.get("adjective_article")
        for m in bare.finditer(folded.text) if bare is not None and article else ():
            country = titles.lookup("nationality", article + m.group("adj"))
            s, e = folded.span(*m.span("adj"))
            if country and not any(a < e and s < b for a, b in taken):
                named.append(Country(country, s, e, adjective=True))
                taken.append((s, e))
    return sorted(named, key=lambda c: c.start)


def flow(countries_near: Sequence[Country], text: str, cue: re.Pattern | None, trigger: tuple[int, int],
         pair: Sequence[str], outward: bool, origin: re.Pattern | None = None, goods: re.Pattern | None = None,
         ranked: re.Pattern | None = None, lead: re.Pattern | None = None, lead_lo: int = 0,
         home: re.Pattern | None = None, between: re.Pattern | None = None) -> str | None:
    """'exporter→importer' for a figure that flows: the partner is the country the cue introduces
    ('to' for exports, 'from' for imports), the reporter the nearest other country, else the
    other of the article's two countries. None when neither side can be told. An adjective after
    the flow's word that `origin` introduces names where the goods come from ('imports of
    Algerian gas'), or a country's name before a noun of goods (`goods`: 'imports of US products'):
    the exporter, the partner of imports and the reporter of exports. A country
    ranked among the flow's partners before its word ('Peru ranked first for Chilean exports'):
    the partner. Where none follows the word, a country the flow's verb introduced before it
    (`lead`, from `lead_lo`: 'X exported to Y goods worth ... in exports'): the partner. A country the
    other preposition introduces after the word (`home`: 'imports of Ruritania into Y'): the reporter.
    The second of a pair told after `between` ('the deficit between X and Y'): its first is the reporter."""
    partner = source = None
    if origin is not None:
        source = next((c for c in countries_near if c.start >= trigger[1]
                       and (c.adjective or goods is not None and goods.match(fold(text[c.end:c.end + 40]).text))
                       and origin.search(fold(text[trigger[1]:c.start + 1]).text)), None)
    if source is not None and not outward:
        partner = source
    elif cue is not None:
        partner = next((c for c in countries_near if c.start >= trigger[1]
                        and cue.search(fold(text[max(trigger[1], c.start - 16):c.start + 1]).text)), None)
    if partner is None and lead is not None:
        partner = next((c for c in reversed(countries_near) if lead_lo <= c.start and c.end <= trigger[0]
                        and not c.adjective and lead.search(fold(text[lead_lo:c.start + 1]).text)), None)
    if partner is None and ranked is not None:
        partner = next((c for c in countries_near if c.end <= trigger[0] and not c.adjective
                        and ranked.match(fold(text[c.end:trigger[0]]).text)), None)
    def gap(c: Country) -> int:
        return trigger[0] - c.end if c.end <= trigger[0] else c.start - trigger[1]
    others = [c for c in countries_near if (partner is None or c.name != partner.name) and 0 <= gap(c) <= REPORTER_REACH]
    own = None if home is None else next((c for c in countries_near if c.start >= trigger[1] and not c.adjective
                                          and home.search(fold(text[max(trigger[1], c.start - 16):c.start + 1]).text)), None)
    reporter = own or (source if source is not None and outward else min(others, key=gap, default=None))
    if reporter is not None and between is not None and own is None:
        first = next((c for c in reversed(countries_near) if c.end <= reporter.start), None)
        # 'between' and an article before the first country: a few words, so the text from 16 characters before it
        if first is not None and between.search(fold(text[max(0, first.start - 16):reporter.start]).text):
            reporter = first
    rep, par = (reporter.name if reporter else None), (partner.name if partner else None)
    if rep is None and par is None:
        return None
    if rep is None or par is None:
        known = rep or par
        rest = [p for p in pair if p != known]
        if len(pair) < 2 or known not in pair or not rest:
            return None
        rep, par = (rep, rest[0]) if rep else (rest[0], par)
    exporter, importer = (rep, par) if outward else (par, rep)
    return f"{exporter}→{importer}"


def run_example(ruleset: rules.RuleSet, rule: rules.Rule, example: rules.Example) -> dict | None:
    """Example runner for figures rules: the marks this rule makes on the example text."""
    found = [k for k in marks(example.text, ruleset.lang) if k.field == rule["field"]]
    folded = fold(example.text)
    mine = [m for m in rule.regex.finditer(folded.text)]
    if not mine:
        return None
    spans = {folded.span(*m.span()) for m in mine}
    hit = next((k for k in found if (k.start, k.end) in spans), None)
    return {"field": rule["field"], "value": hit.value if hit else None,
            "text": example.text[hit.start:hit.end] if hit else None}
