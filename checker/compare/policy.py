"""The comparison policy of rules/common/conflicts.yaml: which facts are about one thing, which
checks apply to which kinds, with what severity and message."""
from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field as dataclass_field
from typing import Any

from checker import languages, rules
from checker.languages import Language
from checker.extract import names
from checker.model import KEY_FIELDS, Fact
from checker.textfold import name_key

SEVERITY_ORDER = {"error": 0, "warning": 1, "info": 2}


def norm(text: str | None) -> str:
    """How names and policy terms are compared: textfold.name_key, the key the store keeps for each
    participant (al-Murabit, Al Murabit; Gökhan, Gokhan)."""
    return name_key(text)


@dataclass(frozen=True)
class Policy:
    """What the conflict rules say: which checks run and which fields make two facts the same event."""

    checks: Mapping[str, rules.Rule]  # check name -> rule
    event_keys: Mapping[str, tuple[str, ...]]
    optional_keys: Mapping[str, tuple[str, ...]]
    place_keys: Mapping[str, tuple[str, ...]]  # places that must be one, or one inside the other, where both are given
    same_keys: Mapping[str, tuple[str, ...]]
    unstated_keys: Mapping[str, tuple[str, ...]]
    modality_class: Mapping[str, str]
    agree_across: Mapping[str, str]  # modality class -> the class its facts may confirm (never clash with)
    never_clash: frozenset[str]  # modality classes whose facts may confirm one another but never clash
    figures_agree_across: frozenset[frozenset[str]]  # pairs of classes whose equal figures confirm one another
    class_notes: Mapping[str, str]  # modality class -> what a finding adds to the event's name
    event_names: Mapping[str, str]
    single_holder: frozenset[str]
    year_implies: Mapping[str, Mapping[str, str]]  # kind -> field -> value its year-long period implies
    lasting: frozenset[str] = frozenset()  # kinds told of a state held over days, not of one event
    mirror: frozenset[str] = frozenset()  # measures of one flow of goods counted at its two ends
    apart_in_one_source: frozenset[str] = frozenset()  # kinds whose two values in one document are two things
    axes: Mapping[str, frozenset[str]] = dataclass_field(default_factory=dict)  # field -> its values told on one axis (stated_axes)
    institution_words: frozenset[str] = frozenset()  # common nouns an article names an institution by after naming it
    rank_words: frozenset[str] = frozenset()  # words of rank before an office ('deputy governor')
    guessed: tuple[str, ...] = ()  # rule suffixes of facts with a field guessed (guessed_rules): never clash

    def unnamed_institution(self, office: str) -> str | None:
        """The office of a post at an institution told by a common noun, up to that noun ('director
        general of organization' -> 'director general of '), as post_key gives it; else None."""
        head, of, word = office.rpartition(" of ")
        return f"{head} of " if of and head and word in self.institution_words else None

    def other_axes(self, name: str, a: Any, b: Any) -> bool:
        """Whether two stated values of an unstated_keys field lie on different axes of it (stated_axes):
        a rate measured against the year before, and one counted in value terms, may be one rate."""
        axis = self.axes.get(name)
        return bool(axis) and (norm(str(a)) in axis) != (norm(str(b)) in axis)

    def same_value(self, fact: Fact, name: str) -> Any:
        """A field of same_keys as blocking reads it: exports and imports with a stated direction
        (exporter→importer) are one flow told from its two ends (mirror_measures)."""
        value = field(fact, name)
        if name == "measure" and fact.direction and value in self.mirror:
            return " ".join(sorted(self.mirror))
        return value

    def rule(self, check: str) -> rules.Rule | None:
        return self.checks.get(check)

    def between(self, check: str, a: Fact, b: Fact) -> bool:
        """Whether two facts' modality classes are the two a check's setting `classes` names (a first
        and a final count, a plan and a report)."""
        rule = self.checks.get(check)
        wanted = set((rule.get("settings") or {}).get("classes") or ()) if rule is not None else set()
        return bool(wanted) and {self.modality_class.get(a.modality), self.modality_class.get(b.modality)} == wanted

    def block_class(self, modality: str | None) -> str | None:
        """The modality class under which a fact is blocked: classes that may confirm one another
        share a block, and the engine keeps them from clashing."""
        mclass = self.modality_class.get(modality)
        return self.agree_across.get(mclass, mclass)

    def stated(self, fact: Fact, name: str) -> Any:
        """A field as the fact gives it, or as its period implies it when left unstated: a growth
        rate over one whole year is measured against the year before."""
        value = field(fact, name)
        if value in (None, "") and self.year_implies:
            implied = self.year_implies.get(fact.kind, {}).get(name)
            if implied is not None and _one_year(fact):
                return implied
        return value

    def same_place(self, a: Fact, b: Fact) -> bool:
        """No place of place_keys that both give and that neither lies in the other: a visit to Madrid
        is a visit to Spain, and one to Seville no visit to Madrid."""
        for k in self.place_keys.get(a.kind, ()):
            va, vb = field(a, k), field(b, k)
            if va and vb and va != vb and country_of(va) != vb and country_of(vb) != va:
                return False
        return True

    def applies(self, check: str, kind: str, measure: str | None = None) -> bool:
        rule = self.checks.get(check)
        return (rule is not None and kind in (rule.get("kinds") or ())
                and (not rule.get("measures") or (measure or "turnover") in rule["measures"]))


@languages.shared
def policy(common: Language) -> Policy:
    rs = common.rules("conflicts")
    lex = rs.lexicons
    classes = set(lex.get("modality_class", {}).values())
    for a, b in (lex.get("agree_across") or {}).items():
        if a not in classes or b not in classes:
            raise rules.RuleError(f"{rs.path}: agree_across: {a} -> {b}: not a modality class "
                                  f"(known: {', '.join(sorted(classes))})")
    pairs = [frozenset((a, b)) for a, b in (lex.get("figures_agree_across") or {}).items()]
    for name in ("never_clash", "class_notes", "figures_agree_across"):
        named = {c for p in pairs for c in p} if name == "figures_agree_across" else set(lex.get(name) or ())
        unknown = sorted(named - classes)
        if unknown:
            raise rules.RuleError(f"{rs.path}: {name}: {', '.join(unknown)}: not a modality class "
                                  f"(known: {', '.join(sorted(classes))})")
    return Policy(
        checks={r.get("check"): r for r in rs.rules},
        event_keys=_keys(rs, "event_keys"),
        optional_keys=_keys(rs, "optional_keys"),
        place_keys=_keys(rs, "place_keys"),
        same_keys=_keys(rs, "same_keys"),
        unstated_keys=_keys(rs, "unstated_keys"),
        modality_class=dict(lex.get("modality_class", {})),
        agree_across=dict(lex.get("agree_across", {})),
        never_clash=frozenset(lex.get("never_clash") or ()),
        figures_agree_across=frozenset(pairs),
        class_notes=dict(lex.get("class_notes") or {}),
        event_names=dict(lex.get("event_names", {})),
        single_holder=_single_holder(common),
        year_implies=_implied(rs),
        lasting=frozenset(lex.get("lasting_kinds") or ()),
        mirror=frozenset(norm(str(m)) for m in lex.get("mirror_measures") or ()),
        apart_in_one_source=frozenset(lex.get("apart_in_one_source") or ()),
        axes={k: frozenset(norm(str(v)) for v in vs) for k, vs in (lex.get("stated_axes") or {}).items()},
        institution_words=frozenset(norm(str(w)) for w in lex.get("institution_words") or ()),
        rank_words=frozenset(norm(str(w)) for w in lex.get("rank_words") or ()),
        guessed=tuple(str(r) for r in lex.get("guessed_rules") or ()),
    )


@languages.compiled(persist=True)
def _single_holder(common: Language) -> frozenset[str]:
    """The posts one person holds at a time, normalised (of the rules/common given): kept on
    disk, since titles compose thousands of posts."""
    posts = {norm(p) for p in common.rules("conflicts").lexicons.get("single_holder_posts", {})}
    # titles may mark their posts as held by one person (composed posts included)
    posts |= {norm(p) for p, v in names.posts().items() if v["single_holder"]}
    return frozenset(posts)


def _implied(rs: rules.RuleSet) -> dict[str, dict[str, str]]:
    """year_implies: kind -> {field: value}, each field one of the kind's unstated_keys."""
    unstated = _keys(rs, "unstated_keys")
    out = {}
    for kind, values in (rs.lexicons.get("year_implies") or {}).items():
        if not isinstance(values, dict):
            raise rules.RuleError(f"{rs.path}: year_implies: {kind}: a mapping field -> value")
        unknown = [k for k in values if k not in unstated.get(kind, ())]
        if unknown:
            raise rules.RuleError(f"{rs.path}: year_implies: {kind}: {', '.join(map(str, unknown))} is not one of "
                                  f"its unstated_keys ({', '.join(unstated.get(kind, ())) or 'none'})")
        out[kind] = {k: norm(str(v)) for k, v in values.items()}
    return out


def _one_year(fact: Fact) -> bool:
    """Whether the fact's period is one whole year, calendar or fiscal (365 or 366 days)."""
    w = fact.when
    return (w is not None and w.earliest is not None and w.latest is not None
            and 365 <= (w.latest - w.earliest).days + 1 <= 366)


def _keys(rs: rules.RuleSet, lexicon: str) -> dict[str, tuple[str, ...]]:
    """A lexicon of kind -> fact fields; each field is a column of the facts table that a Fact
    has too (the engine reads it from both), 'participants' or 'country' (the country the place lies in)."""
    known = set(KEY_FIELDS) | set(DERIVED)
    out = {}
    for kind, keys in (rs.lexicons.get(lexicon) or {}).items():
        keys = tuple(keys) if isinstance(keys, (list, tuple)) else (keys,)
        unknown = [k for k in keys if k not in known]
        if unknown:
            raise rules.RuleError(f"{rs.path}: {lexicon}: {kind}: unknown field(s) {', '.join(map(str, unknown))} "
                                  f"(known: {', '.join(sorted(known))})")
        out[kind] = keys
    return out


# Key fields worked out from a fact's columns, which the store cannot look up by.
DERIVED = ("participants", "country")


@languages.shared
def _countries(common: Language) -> dict[str, str]:
    """names.place_countries with place and country as norm() gives them."""
    out: dict[str, str] = {}
    for place, country in names.place_countries().items():
        out.setdefault(norm(place), norm(country))
    return out


def country_of(place: str) -> str:
    """The country a place (as norm() gives it) lies in; the place itself when it is a country or
    a place the gazetteer does not list."""
    return _countries().get(place, place)


@languages.shared
def _known_countries(common: Language) -> frozenset[str]:
    return frozenset(_countries().values())


def known_country(place: str) -> str | None:
    """The country a place (as norm() gives it) lies in, or the place itself if it is a country; None
    for a place the gazetteer does not list."""
    country = country_of(place)
    return country if country in _known_countries() else None


@languages.shared
def _adjectives(common: Language) -> dict[str, str]:
    """The adjective a country's posts are named with (as norm() gives it) -> the country
    (rules/common/titles.yaml, post_adjective)."""
    table = common.rules("titles").lexicons.get("post_adjective") or {}
    return {norm(str(adj)): str(country) for country, adj in table.items() if adj}


def post_key(post: str) -> tuple[str | None, str]:
    """A post as its country and its office, the office as the title rules name it: 'Syrian interior
    minister' and 'Syrian minister of interior' are ('Syria', 'interior minister'); 'Chinese premier'
    is ('China', 'prime minister'); a post at an institution keeps the institution without its
    article; a post without a country's adjective, (None, its office)."""
    words = norm(post).split()
    country = None
    for n in (2, 1):  # an adjective of two words ('South Korean') before one
        adjective = " ".join(words[:n])
        if len(words) > n and adjective in _adjectives():
            country, words = _adjectives()[adjective], words[n:]
            break
    # 'director of the X' and 'director of X': one institution, written with its article or without
    office = re.sub(r"\b(of|at|for) the ", r"\1 ", " ".join(words))
    # a portfolio of one-word fields in any order ('minister of industry and trade', 'of trade and
    # industry') is one office: as the title rules name it in either order, else its fields sorted
    orders = _portfolio_orders(office)
    named = next((c for o in orders if (c := names.canonical_office(o, "en"))), None)
    return country, norm(named or orders[-1])


_PORTFOLIO = re.compile(r"^(?P<head>(?:\w+ )+?of )(?P<items>\w+(?:(?:, | and )\w+)+)$")


def _portfolio_orders(office: str) -> list[str]:
    """The office as written, then with its portfolio's fields in the other order (two fields) and
    sorted: the last is the one key of every order."""
    m = _PORTFOLIO.match(office)
    if m is None:
        return [office]
    items = re.split(r", | and ", m.group("items"))
    def joined(fields: list[str]) -> str:
        return m.group("head") + ", ".join(fields[:-1]) + " and " + fields[-1]
    return [office, *([joined(items[::-1])] if len(items) == 2 else []), joined(sorted(items))]


def field(fact: Fact, name: str) -> Any:
    if name == "participants":
        if fact.subject and not fact.object and not fact.others:
            return (norm(fact.subject),)  # a gathering of one party: a bloc's summit, its ministers' meeting
        pair = {norm(fact.subject), norm(fact.object)}
        return None if "" in pair else tuple(sorted(pair))
    if name == "country":
        return country_of(norm(fact.place)) if fact.place else None
    value = getattr(fact, name)
    return norm(value) if isinstance(value, str) else value

