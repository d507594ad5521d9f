"""Quantities in text: figures, scale words, fractions, percentages and currencies, as intervals.

The words live in rules/<lang>/quantities.yaml and the units in rules/common/units.yaml;
this module only reads the named groups of their patterns (documented in those files):
`number`, `fraction`, `multiple` give the figure (`times`: digits told as a multiple, '2.6 times'
is a rise of 160 percent; `shrink`: 'fell 4 times', a fall of 75 percent), `scale` multiplies it, `unit` names the
pint unit, `qualifier` turns the figure into an interval, `skip` marks text that is not
a quantity (years in dates, clock times). A group named `role_xxx` plays `role` and reads
its value from the lexicon `role_xxx`. A rule with `subject_before` keeps a match only when that
pattern of its file names, in the clause before it, what the figure measures.

A figure is an interval. Written as digits it carries half a unit of its last significant
digit either way ("25" -> 24.5-25.5, "200" -> 150-250, "2.5" -> 2.45-2.55): the writer
vouches for no more digits than they wrote. "about" widens that to the tolerance of
units.yaml when wider; "more than" / "less than" leave one side open.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from decimal import Decimal
from fractions import Fraction
from functools import cached_property, lru_cache
from typing import TYPE_CHECKING, Iterable, Sequence

from checker import languages, regexstore, rules
from checker.extract import prefilter
from checker.languages import Language
from checker.model import Quantity
from checker.rules import RuleError, RuleSet
from checker.textfold import Folded, fold

if TYPE_CHECKING:
    import pint

QUALIFIERS = frozenset({"exact", "rounded", "about", "more-than", "less-than", "at-least", "at-most"})
_LOWER_BOUND = frozenset({"more-than", "at-least"})
_UPPER_BOUND = frozenset({"less-than", "at-most"})
_FIGURE_ROLES = ("number", "fraction", "multiple", "plus", "times", "shrink")
# from: where the figure's words begin, when a qualifying verb stands apart from it ('exceeds <its
# subject> the mark of $5bn', as Arabic puts it): the verb qualifies the figure, its subject is no part of it
_ROLES = frozenset({*_FIGURE_ROLES, "scale", "unit", "qualifier", "skip", "from"})


def _role(group: str) -> str:
    return group.split("_", 1)[0]


# ---------------------------------------------------------------- units


def ureg() -> pint.UnitRegistry:
    return _registry()


@languages.shared
def _registry(common: Language) -> pint.UnitRegistry:
    """The pint registry, with every currency of units.yaml as a dimension of its own. pint (and
    numpy with it) takes about half a second to import: only a figure that needs it pays."""
    import pint

    reg = pint.UnitRegistry()
    for rule in common.rules("units").rules:
        unit = rule["unit"]
        if rule.get("dimension"):
            reg.define(" = ".join([unit, f"[{rule['dimension']}]", "_", *rule.get("aliases", [])]))
        elif rule.get("definition"):
            reg.define(rule["definition"])
        try:
            reg.parse_units(unit)
        except pint.errors.UndefinedUnitError:
            raise RuleError(f"{rule.id}: pint does not know the unit {unit!r}; give it a dimension or a definition") from None
    return reg


@languages.shared
def _settings(common: Language) -> dict[str, Decimal]:
    units = common.rules("units")
    tolerance = units.lexicons.get("tolerance", {})
    missing = {"about", "far", "round"} - set(tolerance)
    if missing:
        raise RuleError(f"{units.path}: lexicon tolerance needs {sorted(missing)}")
    return {k: Decimal(str(v)) for k, v in tolerance.items()}


@languages.shared
def _known_units(common: Language) -> frozenset[str]:
    return frozenset(r["unit"] for r in common.rules("units").rules) | {""}


# ---------------------------------------------------------------- rules, compiled once


@dataclass(frozen=True)
class _Lang:
    """One language's quantity rules, compiled."""

    ruleset: RuleSet
    finders: tuple[rules.Rule, ...]
    skips: tuple[rules.Rule, ...]
    month_before: re.Pattern | None  # month names of <lang>/dates.yaml: "March 2023", "30 March"
    month_after: re.Pattern | None
    needs: tuple[re.Pattern | None, ...] = ()  # per finder: its figure groups alone (None: always run)

    @cached_property
    def need_of(self) -> dict[int, re.Pattern | None]:
        """id(finder) -> its entry of `needs`."""
        return {id(rule): need for rule, need in zip(self.finders, self.needs)}

    @cached_property
    def subject_of(self) -> dict[str, re.Pattern]:
        """A finder's id -> its `subject_before` pattern, compiled (folded like the text)."""
        rs = self.ruleset
        return {rule.id: rs.compile(rs.patterns[rule.get("subject_before")], f"{rule.id}: subject_before")
                for rule in self.finders if rule.get("subject_before")}


SUBJECT_REACH = 60  # characters before a figure where `subject_before` looks for what it measures
_CLAUSE_END = re.compile(r"[.!?;:\u061b\u061f]")  # a subject across one of these is another sentence's


def _subject_near(lang: _Lang, rule: rules.Rule, text: str, start: int) -> bool:
    """True unless the rule needs a subject (`subject_before`) that the clause before `start` lacks."""
    subject = lang.subject_of.get(rule.id)
    if subject is None:
        return True
    window = text[max(0, start - SUBJECT_REACH):start]
    return bool(subject.search(_CLAUSE_END.split(window)[-1]))


@languages.compiled
def _lang(lang: Language) -> _Lang:
    rs = lang.rules("quantities")
    _validate(rs)
    months = lang.rules("dates").lexicons.get("month", {})
    before = after = None
    if months:
        alt = "|".join(re.escape(m).replace(r"\ ", r"\s{1,3}") for m in sorted(months, key=len, reverse=True))
        before = regexstore.compile(rf"(?<!\w)(?:{alt})[\s,]{{0,3}}(?:\d{{1,2}}(?:st|nd|rd|th)?[\s,]{{0,3}})?$", re.I)
        after = regexstore.compile(rf"(?:st|nd|rd|th)?[\s,]{{0,3}}(?:{alt})(?!\w)", re.I)
    finders = tuple(r for r in rs.rules if not r.get("skip"))
    return _Lang(rs, finders, tuple(r for r in rs.rules if r.get("skip")), before, after,
                 tuple(_figure_prefilter(r.regex) for r in finders))


# A rule whose figure groups cannot match cannot give a quantity. Most patterns begin with an
# optional qualifier that the regex engine tries at every position of every sentence; searching
# for the figure groups alone first is much cheaper and rules out most sentences.
_UNSAFE = re.compile(r"\\(?:[1-9]|g<)|\(\?(?:P=|\(|[aiLmsux-]+:)")  # back-references, conditionals, scoped flags


def _group_sources(pattern: str, lookahead: bool = False) -> dict[str, str]:
    """The source of each named group of a pattern, read by matching its parentheses; with
    `lookahead`, followed by the lookahead written right after the group, which holds wherever the
    group matches ('a' of 'a billion': '(?P<number_word>a)(?=\\s+billion)'), when not repeated."""
    groups = _groups(pattern)
    ahead = {start: end for start, end, _ in groups if pattern.startswith("(?=", start)}
    out = {}
    for start, end, name in groups:
        if name:
            source = pattern[start + len(f"(?P<{name}>"):end]
            after = ahead.get(end + 1) if lookahead else None
            if after is not None and pattern[after + 1:after + 2] not in ("?", "*", "+", "{"):
                source = f"(?:{source}){pattern[end + 1:after + 1]}"
            out[name] = source
    return out


def _groups(pattern: str) -> list[tuple[int, int, str | None]]:
    """(where it opens, where it closes, its name) for every parenthesised group of a pattern."""
    out, stack, i, in_class = [], [], 0, False
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
            i += 1 + pattern.startswith("^", i + 1)
            i += pattern.startswith("]", i)  # a leading ] is literal
            continue
        elif ch == "(":
            m = re.match(r"\(\?P<(\w+)>", pattern[i:])
            stack.append((m.group(1) if m else None, i))
        elif ch == ")" and stack:
            name, start = stack.pop()
            out.append((start, i, name))
        i += 1
    return out


def _figure_prefilter(regex: re.Pattern) -> re.Pattern | None:
    """The rule's figure groups as one pattern: any match of the rule contains a match of it."""
    if _UNSAFE.search(regex.pattern):
        return None
    sources = [src for name, src in _group_sources(regex.pattern, lookahead=True).items() if _role(name) in _FIGURE_ROLES]
    if not sources:
        return None
    joined = "|".join(f"(?:{src})" for src in sources)
    try:  # inner groups lose their names: one name may not occur twice
        return regexstore.compile(re.sub(r"\(\?P<\w+>", "(?:", joined), regex.flags)
    except re.error:
        return None


def _validate(rs: RuleSet) -> None:
    """Lexicon values the engine reads must make sense: known units, qualifiers, numbers."""
    for rule in rs.rules:
        if rule.get("subject_before") and rule.get("subject_before") not in rs.patterns:
            raise RuleError(f"{rule.id}: subject_before names no pattern of {rs.path}")
    for name, lexicon in rs.lexicons.items():
        role = _role(name)
        for term, value in lexicon.items():
            where = f"{rs.path}: lexicon {name}, {term!r}"
            if role == "unit" and value not in _known_units():
                raise RuleError(f"{where}: unit {value!r} is not in rules/common/units.yaml")
            if role == "qualifier" and value is not None and value not in QUALIFIERS:  # null: no bound told
                raise RuleError(f"{where}: qualifier must be one of {sorted(QUALIFIERS)}")
            if role == "number" and not re.fullmatch(r"\d{1,15}", str(value)):
                raise RuleError(f"{where}: a number word stands for a whole number, not {value!r}")
            if role in ("scale", "fraction", "multiple", "plus"):
                try:
                    _exact(value)
                except (ValueError, ZeroDivisionError, TypeError):
                    raise RuleError(f"{where}: {value!r} is not a number") from None
    for rule in rs.rules:
        for group in rule.regex.groupindex if rule.regex else ():
            if _role(group) not in _ROLES:
                raise RuleError(f"{rule.id}: group {group!r} plays no role ({', '.join(sorted(_ROLES))})")
            if group not in ("number", "times", "shrink") and _role(group) not in ("skip", "from") and group not in rs.lexicons:
                raise RuleError(f"{rule.id}: group {group!r} needs a lexicon of that name")
        fixed = rule.get("value") or {}
        unknown = set(fixed) - {"unit", "qualifier"}
        if unknown:
            raise RuleError(f"{rule.id}: value may fix unit and qualifier, not {sorted(unknown)}")
        if fixed.get("unit", "") not in _known_units():
            raise RuleError(f"{rule.id}: unit {fixed['unit']!r} is not in rules/common/units.yaml")
        if fixed.get("qualifier", "exact") not in QUALIFIERS:
            raise RuleError(f"{rule.id}: qualifier must be one of {sorted(QUALIFIERS)}")


# ---------------------------------------------------------------- reading one match


@dataclass(frozen=True)
class _Candidate:
    """A match of a quantity rule, before it is read as a figure."""

    start: int  # in folded text
    end: int
    core: tuple[int, int]  # the figure itself
    bare: bool  # no adjacent qualifier, scale or unit: might be part of a date
    rule: rules.Rule
    match: re.Match


def _exact(value) -> Fraction:
    """A lexicon value or written figure as an exact number ('100/3' is a fraction)."""
    return Fraction(str(value).strip())


_SPOKEN = re.compile(r"[^\W\d_]+")


def _spoken(rs: RuleSet, number: str) -> str:
    """The digits of a spoken decimal ('108-point-five' 108.5, '41-and-a-half' 41.5); other numbers as written."""
    if not number[-1:].isalpha():
        return number
    if number.endswith("-and-a-half"):
        return number[:-len("-and-a-half")] + ".5"
    whole, _, tenths = number.partition("-point-")
    def digits(part: str) -> str:
        return _SPOKEN.sub(lambda m: str(rs.lookup("spoken_digit", m.group(), m.group())), part).replace("-", "")
    return f"{digits(whole)}.{digits(tenths)}"


def _decimals_first(rs: RuleSet, number: str) -> str:
    """A decimal written with its decimals first (the `decimals_first` pattern of quantities.yaml: the
    Tunisian agency's '7<mark>730' for 730.7) in the usual order; other numbers as written."""
    rx = rs.named("decimals_first")
    m = rx.fullmatch(number) if rx is not None else None
    return f"{m.group('whole')}.{m.group('decimals')}" if m else number


_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")


@lru_cache(maxsize=4096)
def _parse_number(digits: str) -> tuple[Fraction, Fraction]:
    """The figure and half a unit of its last significant digit (kept: figures recur, and exact
    arithmetic costs more than the look-up)."""
    digits = digits.replace("\u2009", ",").replace("\u202f", ",")  # thin spaces group thousands as commas do
    if _THOUSANDS.fullmatch(digits):
        digits = digits.replace(",", "")  # thousands separators
    else:
        digits = digits.replace(",", ".")  # a decimal comma ("2,5")
    if "." in digits:
        exponent = -len(digits.split(".", 1)[1])
    else:
        significant = digits.rstrip("0")
        exponent = len(digits) - len(significant) if significant else 0
    return Fraction(Decimal(digits)), Fraction(1, 2) * Fraction(10) ** exponent


def _candidate(lang: _Lang, rule: rules.Rule, m: re.Match) -> _Candidate | None:
    groups = {g for g, v in m.groupdict().items() if v is not None}
    core = next((m.span(g) for g in groups if _role(g) in _FIGURE_ROLES), None)
    if core is None:
        return None
    bare = not any(g == "qualifier" or _role(g) in ("scale", "unit") for g in groups)
    return _Candidate(m.start(), m.end(), core, bare, rule, m)


def _is_date_part(lang: _Lang, text: str, c: _Candidate) -> bool:
    """A bare figure next to a month name ("30 March", "March 2023") is part of a date."""
    if not c.bare or lang.month_before is None:
        return False
    s, e = c.core
    return bool(lang.month_before.search(text[max(0, s - 40):s]) or lang.month_after.match(text, e))


def _skip_span(m: re.Match) -> tuple[int, int]:
    for group, value in m.groupdict().items():
        if value is not None and _role(group) == "skip":
            return m.span(group)
    return m.span()


@prefilter.scanned
@languages.compiled(persist=True)
def _gate(lang: Language) -> prefilter.RuleGate:
    """The words the quantity rules need ('quarter', 'doubled'): a rule runs only on text holding one."""
    return prefilter.RuleGate(lang.rules("quantities").rules)


def _candidates(lang: _Lang, text: str, finders) -> list[_Candidate]:
    skips = None  # read only when a bare figure needs them
    needs = lang.need_of
    gate = _gate(lang.ruleset.lang)
    out = []
    for rule in gate.select(finders, text):
        need = needs.get(id(rule))
        if need is not None and not need.search(text):
            continue
        for m in rule.regex.finditer(text):
            c = _candidate(lang, rule, m)
            if c is None or not _subject_near(lang, rule, text, c.start):
                continue
            if c.bare and skips is None:
                skips = [_skip_span(m) for rule in gate.select(lang.skips, text) for m in rule.regex.finditer(text)]
            if c.bare and any(s < c.core[1] and c.core[0] < e for s, e in skips):
                continue
            if _is_date_part(lang, text, c):
                continue
            out.append(c)
    return out


def _select(cands: list[_Candidate]) -> list[_Candidate]:
    """Longest match wins, then rule priority; no two quantities overlap."""
    chosen: list[_Candidate] = []
    for c in sorted(cands, key=lambda c: (c.start - c.end, -c.rule.get("priority", 0), c.start)):
        if all(c.end <= o.start or o.end <= c.start for o in chosen):
            chosen.append(c)
    return sorted(chosen, key=lambda c: c.start)


def _quantity(lang: _Lang, original: str, folded: Folded, c: _Candidate) -> Quantity:
    rs, fixed = lang.ruleset, c.rule.get("value") or {}
    figure, half, scale, share, round_figure, plus = None, Fraction(0), Fraction(1), None, False, None
    unit, qualifier = fixed.get("unit", ""), fixed.get("qualifier")
    for group, matched in c.match.groupdict().items():
        if matched is None:
            continue
        role = _role(group)
        if group == "number":
            figure, half = _parse_number(_decimals_first(rs, _spoken(rs, matched)))
            round_figure = half >= 5  # trailing zeros as written: "200", not "2.5 billion"
            if round_figure:  # an editor may narrow or widen what a round figure vouches for (units.yaml)
                half = half * 2 * Fraction(_settings()["round"])
        elif role == "number":  # a number word: as precise as its digits would be
            figure, half = _parse_number(str(rs.lookup(group, matched)))
        elif role == "fraction":
            share = _exact(rs.lookup(group, matched))
        elif role == "multiple":
            figure = _exact(rs.lookup(group, matched))
        elif role == "times":  # 'grew 2.6 times': as precise as its digits, counted as a rise
            figure, half = _parse_number(matched)
            figure, half = (figure - 1) * 100, half * 100
        elif role == "shrink":  # 'fell 4 times': to a quarter, a fall of 75 % (its verb gives the sign)
            times, half = _parse_number(matched)  # at least 1 (the rule's digits), so the fall stays below 100 %
            figure = (1 - 1 / times) * 100
            half = (1 / (times - half) - 1 / (times + half)) / 2 * 100
        elif role == "plus":  # 'and a half' of the scale word
            plus = _exact(rs.lookup(group, matched))
        elif role == "scale":
            scale = _exact(rs.lookup(group, matched))
        elif role == "unit":
            unit = rs.lookup(group, matched)
        elif role == "qualifier":
            qualifier = rs.lookup(group, matched)
    if qualifier is None:
        qualifier = "rounded" if round_figure else "exact"
    if plus is not None:  # 'a billion and a half', '3 billion and a half': as precise as the fraction told
        figure, half = (figure or Fraction(1)) + plus, max(half, plus / 2)
    if share is not None:  # a share on its own is a percent; "a quarter of a billion" is 0.25 billion
        figure, half = (share, half) if figure is None else (figure * share / 100, half * share / 100)
    value, half = (figure or Fraction(0)) * scale, half * scale
    low, high = _interval(value, half, qualifier)
    begin = next((c.match.start(g) for g, m in c.match.groupdict().items() if m is not None and _role(g) == "from"), c.start)
    verb = c.match.groupdict().get("qualifier_verb")
    if begin == c.start and verb and c.core and len(folded.text[c.match.end("qualifier_verb"):c.core[0]].split()) > VERB_WORDS:
        begin = c.core[0]  # a verb told with its subject between it and the figure bounds it, but its words are not the figure's
    start, end = folded.span(begin, c.end)
    return Quantity(original[start:end], start, end, float(value), low, high, unit, qualifier, c.rule.id)


def _interval(value: Fraction, half: Fraction, qualifier: str) -> tuple[float | None, float | None]:
    if qualifier in _LOWER_BOUND:
        return float(value), None
    if qualifier in _UPPER_BOUND:
        return None, float(value)
    if qualifier == "about":
        half = max(half, abs(value) * Fraction(_settings()["about"]))
    return float(value - half), float(value + half)


# ---------------------------------------------------------------- public API


@languages.shared
def _home_dollars(common: Language) -> dict[str, str]:
    return {str(k).casefold(): str(v) for k, v in common.rules("units").lexicons.get("home_dollar", {}).items()}


_HOST = re.compile(r"^[a-z][a-z0-9+.-]*://([^/?#:]+)", re.I)
_BARE_DOLLAR = re.compile(r"(?<![A-Za-z.])\$")


def home_dollar(url: str | None) -> str | None:
    """The dollar a bare '$' means on the page at `url`: that of the country whose web domain it is
    on (units.yaml `home_dollar`), else None (USD)."""
    host = _HOST.match(url or "")
    return _home_dollars().get(host.group(1).rstrip(".").rsplit(".", 1)[-1].casefold()) if host else None


def at_home(q: Quantity, dollar: str | None) -> Quantity:
    """`q` with a bare '$' ('$327 billion', not 'US$5bn') read as `dollar` when the page has one."""
    return replace(q, unit=dollar) if dollar and q.unit == "USD" and _BARE_DOLLAR.search(q.text) else q


def find(text: str, lang: Language | str) -> list[Quantity]:
    """Every quantity in `text`, with offsets into `text` (quote == text[start:end])."""
    if not isinstance(text, str):
        raise TypeError(f"find() needs text, not {type(text).__name__}")
    compiled = _lang(lang)
    folded = fold(text)
    chosen = _select(_candidates(compiled, folded.text, compiled.finders))
    found = [_quantity(compiled, text, folded, c) for c in chosen]
    chosen, found = _compounds(compiled, compiled.ruleset.named("compound"), text, folded, chosen, found)
    found = _shared_units(compiled.ruleset.named("shared_unit"), folded.text, chosen, found)
    return _ranges(compiled, text, folded, chosen, found)


def _ranges(lang: _Lang, text: str, folded: Folded, chosen: list[_Candidate], found: list[Quantity]) -> list[Quantity]:
    """'between $18 and $19 billion', 'from 5 to 6 million tonnes': a figure without a scale word after
    the words that open a range (`range_open` of quantities.yaml) and joined by `range_join` to one with a
    scale word is the low end of one figure, in the second's scale and unit."""
    opens, join = lang.ruleset.named("range_open"), lang.ruleset.named("range_join")
    if opens is None or join is None or len(found) < 2:
        return found
    out: list[Quantity] = []
    i = 0
    while i < len(found):
        a = found[i]
        if i + 1 < len(found):
            b, ca, cb = found[i + 1], chosen[i], chosen[i + 1]
            scale = _scale_of(lang, cb)
            if scale is not None and _scale_of(lang, ca) is None and a.unit in ("", b.unit) \
                    and opens.search(folded.text, max(0, ca.start - 16), ca.start) \
                    and join.fullmatch(folded.text, ca.end, cb.start) and 0 <= a.value * scale < b.value:
                low = float(a.value * scale)
                out.append(replace(b, text=text[a.start:b.end], start=a.start, value=low, low=low,
                                   high=b.value, qualifier="exact", rule=b.rule))
                i += 2
                continue
        out.append(a)
        i += 1
    return out


def _scale_of(lang: _Lang, c: _Candidate) -> Fraction | None:
    """The scale of a match: its scale word, else the thousands of its number word (the billion of
    'a billion' or 'two billion' written in words)."""
    groups = {_role(g): g for g, v in c.match.groupdict().items() if v is not None and g != "number"}
    if "scale" in groups:
        return _exact(lang.ruleset.lookup(groups["scale"], c.match.group(groups["scale"])))
    if "number" in groups:
        value = int(lang.ruleset.lookup(groups["number"], c.match.group(groups["number"])))
        scale = 1
        while scale * 1000 <= value:
            scale *= 1000
        return Fraction(scale) if scale > 1 else None
    return None


def _compounds(lang: _Lang, join: re.Pattern | None, text: str, folded: Folded, chosen: list[_Candidate],
               found: list[Quantity]) -> tuple[list[_Candidate], list[Quantity]]:
    """'3 billion and 500 million dollars' (the `compound` pattern of quantities.yaml between them): a
    figure with a scale word and no unit, and a smaller figure right after it, are one figure, their sum,
    as precise as the smaller part; not a list ('5 billion and 7 billion euros'), whose second figure is
    no smaller, nor two figures each with its unit."""
    if join is None or len(found) < 2:
        return chosen, found
    out_c, out_q = [chosen[0]], [found[0]]
    for c, q in zip(chosen[1:], found[1:]):
        a, ca = out_q[-1], out_c[-1]
        scale = _scale_of(lang, ca)
        # the 'and' between them may open the second figure's match, as a prefix of its number word
        if (scale is not None and not a.unit and a.value > 0 and 0 < q.value < scale
                and q.qualifier in ("exact", "rounded") and None not in (q.low, q.high) and not c.bare
                and (m := join.match(folded.text, ca.end)) and c.start <= m.end() <= c.core[0]):
            half = Fraction(q.high - q.low) / 2
            value = Fraction(a.value) + Fraction(q.value)
            low, high = _interval(value, half, a.qualifier if a.qualifier not in ("exact", "rounded") else "exact")
            start, end = a.start, q.end
            out_q[-1] = Quantity(text[start:end], start, end, float(value), low, high, q.unit,
                                 a.qualifier if a.qualifier != "rounded" else q.qualifier, a.rule)
            out_c[-1] = replace(ca, end=c.end)
            continue
        out_c.append(c)
        out_q.append(q)
    return out_c, out_q


def _shared_units(join: re.Pattern | None, text: str, chosen: list[_Candidate], found: list[Quantity]) -> list[Quantity]:
    """'252.3 billion and 214.8 billion euros': a figure with a scale word but no unit, listed right
    before one with a unit (the `shared_unit` pattern of quantities.yaml between them), is in that
    unit. A figure without a scale word ('between 5 and 6 billion') is left as written."""
    if join is None:
        return found
    out = list(found)
    for i in range(len(found) - 2, -1, -1):
        a, b, c = out[i], out[i + 1], chosen[i]
        scaled = any(v is not None and _role(g) == "scale" for g, v in c.match.groupdict().items())
        if not a.unit and b.unit and scaled and join.fullmatch(text, chosen[i].end, chosen[i + 1].start):
            out[i] = replace(a, unit=b.unit)
    return out


def carried(found: Iterable[Quantity], text: str, lang: Language | str, told: str | None) -> tuple[Quantity, ...]:
    """'reached $7.3 billion, with 3.7 billion in exports': a figure with a scale word but no unit,
    followed by words of trade (the `carried_unit` pattern of quantities.yaml), or told right after
    them and followed by no noun of its own ('exports reached 614.8 million, imports 157.4 million':
    `carried_after_flow` before it, `carried_end` after it), is in the currency of the money told
    last before it, in its sentence or (`told`) in the sentence before."""
    rs = _lang(lang).ruleset
    follows, flow, end = rs.named("carried_unit"), rs.named("carried_after_flow"), rs.named("carried_end")
    if follows is None and flow is None:
        return tuple(found)
    out, last = [], told
    for q in found:
        after_flow = flow is not None and end is not None and bool(
            flow.search(text, max(0, q.start - FLOW_REACH), q.start) and end.match(text, q.end))
        if not q.unit and abs(q.value) >= CARRIED_SCALE and last and (
                follows is not None and follows.match(text, q.end) or after_flow):
            q = replace(q, unit=last)
        if q.unit and unit_class(q) == "currency":
            last = q.unit
        out.append(q)
    return tuple(out)


VERB_WORDS = 2  # words a bounding verb's quote may take in before the figure (Arabic 'exceeded trade 90 billion'); more is its subject, no part of the figure
CARRIED_SCALE = 1_000_000  # a million or more: a figure told with a scale word ('3.7 billion'), not a count
FLOW_REACH = 48  # characters before a figure where the flow's word it is told after may stand


def to_base(q: Quantity) -> Quantity:
    """The same quantity in the base unit of its dimension (metric_ton -> kilogram)."""
    if not q.unit or q.unit in _declared_dimensions() or _dimension(q.unit) == q.unit:
        return q  # a count, a percent, or a unit of its own
    base = ureg().Quantity(1, q.unit).to_base_units()
    factor = base.magnitude

    def scale(x: float | None) -> float | None:
        return None if x is None else x * factor

    return Quantity(q.text, q.start, q.end, q.value * factor, scale(q.low), scale(q.high),
                    str(base.units), q.qualifier, q.rule)


_MIRROR = {"more-than": "less-than", "less-than": "more-than", "at-least": "at-most", "at-most": "at-least"}


def as_level(q: Quantity, lang: Language | str) -> Quantity:
    """A ceiling's words read as the level itself ('raise trade up to $100bn': the goal is $100bn, no
    bound): the figure as it reads without them, its span unchanged; `q` when that cannot be read."""
    if q.qualifier not in _UPPER_BOUND:
        return q
    for m in re.finditer(r"(?<=\s)\S", q.text):  # the first shorter reading of one figure
        rest = find(q.text[m.start():], lang)
        if len(rest) == 1:
            r = rest[0]
            bound = r.qualifier in _UPPER_BOUND | _LOWER_BOUND  # 'no more than': 'more than' is no level
            return q if bound or r.value != q.value else replace(q, low=r.low, high=r.high, qualifier=r.qualifier)
    return q


def negated(q: Quantity) -> Quantity:
    """The figure with its sign turned ('fell 14%' is -14 %): the interval mirrored, so 'down more
    than 23%' is below -23 %."""
    return replace(q, value=-q.value, low=None if q.high is None else -q.high,
                   high=None if q.low is None else -q.low, qualifier=_MIRROR.get(q.qualifier, q.qualifier))


def _dimension(unit: str) -> str:
    """What a unit measures. Dimensionless units (percent, a count) each stand alone:
    25 % is not 0.25 of anything countable."""
    if not unit:
        return ""
    declared = _declared_dimensions().get(unit)
    if declared:  # a unit of its own (every currency): known from units.yaml without pint
        return f"[{declared}]"
    import pint

    try:
        dim = ureg().parse_units(unit).dimensionality
    except (pint.errors.UndefinedUnitError, ValueError, TypeError):
        return f"?{unit}"
    return unit if dim == pint.util.UnitsContainer() else str(dim)


@languages.shared
def _declared_dimensions(common: Language) -> dict[str, str]:
    return {r["unit"]: r["dimension"] for r in common.rules("units").rules if r.get("dimension")}


def local_currency(q: Quantity, lang: Language | str, countries: Iterable[str], told: Sequence[str] = (),
                   reporter: str | None = None) -> Quantity:
    """A riyal, dirham, dinar or pound of unstated country traded between two countries is the
    currency of the one of them whose money is so called (riyals traded between a country of riyals
    and one of pesos are the first's); with both, that of the country whose flow it is (`reporter`:
    the exporter of exports, the importer of imports, as its own statistics count them); else the
    one of its kind the text named last for a figure before it (`told`: '609 million Jordanian
    dinars, up from 549 million dinars'); else it stays unstated."""
    family = _families(lang).get(q.unit)
    if not family:
        return q
    from babel.numbers import get_territory_currencies

    def money_of(names: Iterable[str]) -> set[str]:
        return {c for name in names if (code := _territories().get(name)) for c in get_territory_currencies(code)} & family
    codes = money_of(countries)
    if len(codes) > 1 and reporter is not None and len(money_of([reporter])) == 1:
        codes = money_of([reporter])
    if len(codes) != 1:
        codes = {next((u for u in reversed(told) if u in family), None)} - {None}
    return replace(q, unit=codes.pop()) if codes else q


@languages.compiled
def _families(lang: Language) -> dict[str, frozenset[str]]:
    """A unit of unstated country (units.yaml) -> the currencies of units.yaml whose CLDR name in this
    language holds a word that the unit's own words (the `unit` lexicon) begin with: the Arabic riyal names the
    Saudi, Qatari, Omani, Yemeni and Iranian ones."""
    from babel import Locale

    declared = _declared_dimensions()
    generic = {u for u, d in declared.items() if d.startswith("currency_") and not _ISO.fullmatch(u)}
    words: dict[str, set[str]] = {}
    for word, unit in lang.rules("quantities").lexicons.get("unit", {}).items():
        if unit in generic:
            words.setdefault(unit, set()).add(word.casefold())
    names = Locale.parse(lang.code).currencies
    return {unit: frozenset(code for code in declared if _ISO.fullmatch(code) and code in names
                            and any(w.startswith(part) for part in names[code].casefold().split() if len(part) >= 4
                                    for w in said))
            for unit, said in words.items()}


_ISO = re.compile(r"[A-Z]{3}")


@languages.shared
def _kin(common: Language) -> dict[str, frozenset[str]]:
    """A currency of unstated country -> the currencies of its kind, as any language names them."""
    out: dict[str, set[str]] = {}
    for code in languages.codes():
        for unit, family in _families(languages.get(code)).items():
            out.setdefault(unit, set()).update(family)
    return {unit: frozenset(family) for unit, family in out.items()}


@languages.shared
def _territories(common: Language) -> dict[str, str]:
    """A country's English name (CLDR, the names facts use) -> its ISO code."""
    from babel import Locale

    return {name: code for code, name in Locale.parse("en").territories.items() if code.isalpha()}


def unit_class(q: Quantity) -> str:
    """What kind of figure this is, for event rules: 'currency' (any currency: the
    units.yaml dimension is currency_xxx), 'percent', 'count', the unit's class in the `class`
    lexicon of units.yaml ('goods': cubic metres of gas, barrels, tonnes), or the unit's
    dimension ('percentage_point', '[length]', ...)."""
    if not q.unit:
        return "count"
    dim = _dimension(q.unit)
    if dim.startswith("[currency_"):
        return "currency"
    return str(languages.common().rules("units").lexicons.get("class", {}).get(q.unit, dim))


def compare(a: Quantity, b: Quantity) -> str:
    """'agree', 'far' (compatible but one figure is `far` times the other), 'conflict'
    (no value satisfies both) or 'incomparable' (different dimensions or currencies). A currency of
    unstated country ('832 million dinars') and one of its kind ('JOD 832 million') may be one
    figure: 'agree' where their values do, else 'incomparable' (it may be another country's)."""
    if _dimension(a.unit) != _dimension(b.unit):
        kin = _kin()
        named = b.unit if b.unit in kin.get(a.unit, ()) else a.unit if a.unit in kin.get(b.unit, ()) else None
        if named is None:
            return "incomparable"
        return "agree" if compare(replace(a, unit=named), replace(b, unit=named)) == "agree" else "incomparable"
    a, b = to_base(a), to_base(b)
    eps = 1e-9 * max(abs(a.value), abs(b.value), 1.0)
    below = a.low is not None and b.high is not None and a.low > b.high + eps
    above = b.low is not None and a.high is not None and b.low > a.high + eps
    if below or above:
        return "conflict"
    if a.low is None or a.high is None or b.low is None or b.high is None:
        return "agree"  # a bound ('more than 100') agrees with any value on its open side
    small, big = sorted((abs(a.value), abs(b.value)))
    if (a.value < 0) != (b.value < 0) and small > 0:
        return "far"
    if small == 0:
        return "agree" if big == 0 else "far"
    return "far" if Decimal(big) / Decimal(small) >= _settings()["far"] else "agree"


_PHRASE = {"more-than": "more than", "less-than": "less than", "at-least": "at least",
           "at-most": "at most", "about": "about"}
_UNIT_LABEL = {"percent": "%", "percentage_point": "percentage points"}
_MAGNITUDES = ((1e12, "trillion"), (1e9, "billion"), (1e6, "million"))


def describe(q: Quantity) -> str:
    """A short reading for people: 'more than 100 billion USD', '25 % (24.5–25.5)'."""
    unit = _UNIT_LABEL.get(q.unit, q.unit)
    head = " ".join(x for x in (_PHRASE.get(q.qualifier, ""), _fmt(q.value), unit) if x)
    if q.low is None or q.high is None or q.low == q.high:
        return head
    divisor, word = _magnitude(max(abs(q.low), abs(q.high)))
    return f"{head} ({_num(q.low / divisor)}–{_num(q.high / divisor)}{' ' + word if word else ''})"


def _magnitude(x: float) -> tuple[float, str]:
    return next(((d, w) for d, w in _MAGNITUDES if x >= d), (1.0, ""))


def _fmt(x: float) -> str:
    divisor, word = _magnitude(abs(x))
    return _num(x / divisor) + (" " + word if word else "")


def _num(x: float) -> str:
    return f"{x:,.4f}".rstrip("0").rstrip(".")


# ---------------------------------------------------------------- example runners


def run_example(ruleset: RuleSet, rule: rules.Rule, example) -> dict | None:
    """Runner for rules/<lang>/quantities.yaml (tests/test_rule_examples.py)."""
    folded = fold(example.text)
    if rule.get("skip"):
        m = rule.regex.search(folded.text)
        if m is None:
            return None
        start, end = folded.span(*_skip_span(m))
        return {"skip": example.text[start:end]}
    compiled = _lang(ruleset.lang)
    cands = _select(_candidates(compiled, folded.text, (rule,)))
    if not cands:
        return None
    q = _quantity(compiled, example.text, folded, cands[0])

    def rounded(x: float | None) -> float | None:
        return None if x is None else round(x, 6)

    return {"text": q.text, "value": rounded(q.value), "low": rounded(q.low), "high": rounded(q.high),
            "unit": q.unit, "qualifier": q.qualifier}


def run_unit_example(ruleset: RuleSet, rule: rules.Rule, example) -> dict | None:
    """Runner for rules/common/units.yaml: the example is a pint quantity; the rule fires
    when it has the dimension of the rule's unit."""
    reg = ureg()
    q = reg.Quantity(example.text)
    if q.dimensionality != reg.parse_units(rule["unit"]).dimensionality:
        return None
    return {"dimension": str(q.dimensionality), "base": round(q.to_base_units().magnitude, 6)}
