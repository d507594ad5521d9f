"""Load and validate the rule files under rules/.

Every file, whatever it describes, has one shape:

    lexicons:              # word lists, used inside patterns as {name}
      month: {january: 1, jan: 1}      # term -> value, or a plain list of terms
    patterns:              # reusable regex fragments, also used as {name}
      year: '(?:19|20)\\d{2}'
    rules:
      - id: month-year     # unique in the file; the full id is <lang>/<kind>/<id>
        pattern: '(?P<month>{month})\\s+(?P<year>{year})'
        ...                # the fields the kind allows (SCHEMAS below)
        examples:          # text the rule must match, with what it must yield
          - {text: 'in March 2023', expect: {value: '2023-03'}}
        not: ['marching orders']  # text it must not match

The kind of a file is its stem (dates.yaml -> dates). An unknown key, a missing field,
a wrong type, a numbered capturing group or an unknown {placeholder} is a RuleError
naming the file and the rule. Patterns and lexicon terms are folded (textfold) so that
they match folded text; they compile with re.IGNORECASE for Latin script.
"""
from __future__ import annotations

import pickle
import re
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import Any

from checker import regexstore
from checker.ruledir import RuleError, base as _base, read
from checker.textfold import fold_pattern


Enum = frozenset  # a field typed Enum({...}) takes one of those strings


@dataclass(frozen=True)
class ListOf:
    """A list whose items all have one type."""

    item: Any


ENTITY_TYPES = Enum({"person", "place", "country", "organisation", "occasion", "group"})
MODALITIES = Enum({"asserted", "expected", "planned", "target", "negated", "preliminary", "estimate", "forecast",
                   "postponed", "cancelled", "former"})
TENSES = Enum({"past", "future", "present", "future-in-past"})  # future-in-past: a plan told in the past ("was due to")
SEVERITIES = Enum({"error", "warning", "info"})
# A nested mapping is a dict of its allowed keys -> their types: an unknown key or a wrong type
# anywhere inside a rule is an error naming the file, the rule and the key.
EVENT_ROLES = {
    "order": Enum({"sv", "vs"}), "window": int, "subject": ListOf(ENTITY_TYPES), "object": ListOf(ENTITY_TYPES),
    "place": ListOf(ENTITY_TYPES), "needs": ListOf(Enum({"subject", "object", "place", "quantity", "when"})),
    "object_gap": int, "object_from": Enum({"post"}), "quantity": str, "subject_format": str,
    # at most this many words between the trigger and the place after it, none before it ('came to X')
    "place_gap": int,
    # at most this many words between a subject written before the trigger and the trigger
    "subject_gap": int,
    # at most this many words between the trigger and a subject written after it (verb first)
    "subject_reach": int,
    # the one who speaks is a party ('X told a joint press conference with Y'): a verb of saying
    # before the trigger does not set its subject aside
    "speaker": bool,
    # the post may be the one an appointment earlier in the article gave the subject ('will take up his duties')
    "given": bool,
    # a post taken up by the subject itself ('since taking office'): a subject told before may be
    # carried over, which an appointment's rule never does (the appointer is not the appointee)
    "carry": bool,
    # a post taken up is held from the event's day on: the appointee's role, a fact of its own
    "holds": bool,
    # a post told as held in the present ('X is chairman of Y'): held on the article's day, not on the
    # day of the event the article reports
    "now": bool,
    # a term renewed or extended: the post is the one the person is named with, and a date the
    # `term_end` pattern of events.yaml begins ('until June 2027') ends the term the role is held for
    "renews": bool,
    # the post is the one the person is named with, never one the rule names: the one the verb acts
    # on is read as an appointee is (the last person after it). With order vs the one who acts follows
    # the verb (Arabic 'dismissed X the minister Y'): a single person after it is them, unless one
    # stands before the verb; with sv the one who acts stands before the trigger
    "own_post": bool,
    # the one who acts is written before the verb (English): the first person after it is the one acted on
    "actor_before": bool,
    # a name right after the trigger that nothing else introduced is a party when each of its two to four
    # words is a given name or an attested name part, the first a given name (Arabic, verb first: 'met X',
    # X named with no post)
    "name_after": bool,
    # the verb is an appointment's own word with the post not named ('X, appointed in May'): right after X
    # appointed someone, it tells that appointment again, not X's own
    "appointed_word": bool,
    # the posts listed after the first the verb names are the person's too ('served as A, B and C';
    # the language's `post_list_join` between them: checker/extract/events.py listed_posts)
    "listed_posts": bool,
    # the people listed after the trigger are all parties alike ('the summit that brought together A and B')
    "joint": bool,
    # and only they: with fewer than two listed, no fact ('talks between A and B', countries)
    "joint_only": bool,
    # at most this many words between the trigger and the first of the people listed ('talks between A and B')
    "joint_gap": int,
    # the pattern of events.yaml that ends the topic told between the trigger and the other party
    # ('discussed trade with X'): trigger words of other rules in the topic end no window
    "topic_end": str,
    # the pattern of events.yaml of the noun a verb holds with its parties between (Arabic 'aqada X wa-Y
    # muhadathat, held X and Y talks): the window runs through it, a trigger of its own that ends no window
    "through": str,
    # the parties are the two the text told before ('the two leaders', `pair`), whoever else the
    # sentence names ('in a call received by X, both leaders ...': X is one of the two)
    "pair_only": bool,
    # a leg of the trip the sentence has told ('then B'): its visitor, and the place right after the trigger
    "leg": bool,
    # the place is where the traveller came from ('arriving from B' after a trip told): a stop of the
    # trip before, so 'from' does not keep it from being the visit's place (cue `not_destination`), and
    # the article's main date, the arrival's, is not its time
    "origin": bool,
    # the event's own time follows its word: a time before it is the clause's other event's ('arrived in
    # Beijing on Wednesday, after his visit to Seoul'), as a leg's is
    "time_after": bool,
    # the subject stands before the trigger only, never among the people after it ('X plans to meet A and B')
    "subject_before": bool,
    # the other party is the bloc a group of these rules names anywhere in the sentence (its summit, its
    # leaders), the subject a person around the trigger ('X attends the GCC summit': X meets its leaders)
    "summit_party": ListOf(str),
    "gathering": ListOf(str),  # a bloc's own gathering: the groups rules whose group is its one party
    # the subject stands after the trigger only, never before it ('in the presence of X': X attends)
    "subject_after": bool,
    # a visit told without its place ('She visited Tuesday') goes where the same or the previous
    # sentence sent the same person, unless the trigger ends on the word that brings its destination
    # (the `destination_word` pattern of events.yaml: 'returned to power' is no visit)
    "place_told": bool,
    # another event of its kind than the one the sentence told, though told of the same subject
    # ('X visited Monday and is coming back Friday'): a pronoun or a clause carries its subject to it
    "another": bool,
    # the next leg of the trip just told, the verb left out ('... to A on Tuesday and then to B'): right after
    # that trip's place, and told in its mood
    "next_leg": bool,
    # no subject across 'that' (the `complement_opener` pattern): a clause of its own lies between
    "not_across": bool,
    # a reception told as a visit: the parties are read as a meeting's, and the one received (the
    # `subject` or the `object` so read) is the visitor; both must be named ('X was received by Y')
    "visitor": Enum({"subject", "object"}),
    # a visit told as hosted that names no place ('X hosted a state visit by Y') went to the country the
    # host serves, as the document or the catalogue tells it; each guest listed came (checker/extract/events.py)
    "place_host": bool,
    # figures: what the trigger measures; which way it flows (out: exports to the partner; in:
    # imports from it) and the pattern of events.yaml that introduces the partner ('to', 'from')
    "measure": str, "flow": Enum({"out", "in"}), "partner": str,
    # the kind of a figure told as an amount added ('an additional 3 bcm'): a change, not a total
    "change_kind": str,
    # the kind of a percentage told as the gap a balance leans by ('in Peru's favour by 15%'): a level
    "level_kind": str,
    # the trigger names a figure told just before ('this figure would rise 25%'): its pair, measure
    # and direction are that figure's, and it makes a fact only after one
    "refers": bool,
    # a sum pledged ('will invest $2bn'): told to come with no time of its own, it is dated by the article
    # that tells the pledge, not left a forecast of no year
    "pledged": bool,
}
DATE_VALUE = {"unit": str, "offset": int, "anchor": str, "from": int, "to": int, "recent": int, "order": str,
              "period": str, "first": bool, "ago": bool, "count": int, "to_date": bool, "fiscal": bool, "calendar": Enum({"solar_hijri"}),
              "within": int, "length": bool, "ending": bool, "through": bool, "weekend": bool, "coming": bool, "month_week": bool,
              "term": bool,
              # two months named together, a span only where they follow one another ('the two months X and Y')
              "adjacent": bool}
CHECK_SETTINGS = {
    "occasion_suffix": str, "recurring_occasions": bool, "supported_severity": SEVERITIES, "supported_note": str, "linked_note": str, "given_note": str, "office_note": str, "country_note": str, "spelling_note": str, "same_post_note": str,
    "max_gap_days": int, "min_gap_days": int,
    "granularity": ListOf(Enum({"day", "week", "month", "season", "quarter", "year"})), "min_sources": int,
    "window": int, "factors": ListOf(int), "relative": float, "undated_kinds": ListOf(str), "undated_note": str, "undated_window_days": int, "unsettled_days": int, "unsettled_note": str, "unperiodised_figure_classes": ListOf(str), "classes": ListOf(str),
    "undated_window_kinds": ListOf(str),
    "exclusive": ListOf(ListOf(str)),  # pairs of offices no one holds at once (the `post` check)
    "window_days": int,  # days apart at most for two posts told of one person to meet (the `post` check)
    "against_a_day": ListOf(Enum({"week", "month"})),  # coarser dates the `post` check sets only against a day
    "once_kinds": ListOf(str), "once_window_days": int,  # events that befall their key once (the `date` check)
    "office_kinds": ListOf(str),  # facts that date a subject taking up a post (the `recurrence` check)
    "max_sources": int,  # documents at most on one side of a probable slip (the `slip` check)
}

# Fields every rule may have.
COMMON_FIELDS: dict[str, Any] = {
    "id": str,
    "description": str,
    "examples": list,
    "not": list,
    "priority": int,
}

# The fields each kind of rule allows (a field not listed is an error), and which are required.
SCHEMAS: dict[str, dict[str, Any]] = {
    "orthography": {"fold": dict, "ignore": list, "digits": str, "compose": list},
    "boilerplate": {
        "pattern": "regex",
        "action": Enum({"list-heading", "list-item", "drop-line", "drop-match", "drop-before-list", "drop-inside", "sentence-end",
                        "question-end", "list-intro", "header-line"}),
    },
    "sentences": {"pattern": "regex", "action": Enum({"split", "keep"})},
    "language": {"lang": str, "script": str, "pattern": "regex", "min_share": float, "stoplist": str},
    "pubdate": {"date_pattern": str, "anywhere": bool, "lower_bound": bool, "url": bool, "set_aside": bool},  # set_aside: a labelled date that is never the page's (a member's joining date), its span from the label on; anywhere: read in the whole text; lower_bound: an embedded post, a candidate the page is not older than, read on pages of every language; url: read in the address only  # compiled against the lexicons of <lang>/dates.yaml
    "dates": {
        "pattern": "regex",
        "value": DATE_VALUE,
        "tense": TENSES,
        "approximate": bool,
        # the expression stands only right after one of these cues of modality.yaml (by rule id):
        # 'to March' is a month only after a verb of moving, else the end of a range ('up to March')
        "after_cue": ListOf(str),
    },
    # not_nationality: a match that is a word of the language's titles `nationality` lexicon (with a
    # conjunction or preposition on it at most) is no cue: Arabic's future prefix begins 'Senegalese' too
    "modality": {"pattern": "regex", "modality": MODALITIES, "tense": TENSES, "not_nationality": bool},
    # subject_before: a pattern of the file that must name, in the clause before the match, what the
    # figure measures ('the exports rose 3 times' grows; 'prices rose 3 times' counts occasions)
    "quantities": {"pattern": "regex", "value": {"unit": str}, "skip": bool, "subject_before": str},
    "units": {"unit": str, "definition": str, "aliases": ListOf(str), "dimension": str},
    "entities": {"name": str, "type": ENTITY_TYPES, "aliases": ListOf(str), "wikidata": str, "part_of": str,
                 "country": str,  # a person's country (a country entity's name)
                 "posts": ListOf(str)},  # a person's posts, as titles.yaml names them
    # names_holder false: the post told as a thing done ('coaching the team'), never followed by its holder's name
    "titles": {"pattern": "regex", "post": str, "country": str, "single_holder": bool, "names_holder": bool, "office": str},
    # a government's line-up: the post given to the person named on `side` of the match
    # after: what the words before the person must end with (the verb that gives the post: 'took over X the ministry of ...')
    # listed: an item of a list that may be of those who join a government or leave it (`list_joined`, `list_left`)
    # roster: a line of a roster ('Health: X'), read only in a run of such lines under a sentence its `opened_by` opens
    "lineups": {"pattern": "regex", "post": str, "side": Enum({"before", "after"}), "appointment": bool, "after": str,
                "opened_by": str, "listed": bool, "roster": bool},
    # lexicons: honorifics, particles, stop words, given names; rules: a place told by description
    # ("the Saudi capital"), its place_pattern compiled against the lexicons of <lang>/titles.yaml,
    # or words that introduce a person with their post (post_pattern, same lexicons): `office` is an
    # office of common/titles.yaml, `possessor` (the office of the post named before it: "his Italian
    # counterpart X"), `head of government` (the country's, common/titles.yaml head_of_government),
    # `shared` (the office of a post word in the dual or plural that a list's earlier holder was named
    # after: 'the two foreign ministers, the Egyptian X and the Moroccan Y') or `none` (a person, no post);
    # `country: antecedent`: the post's country is the one the sentence names last before the words, which a
    # pronoun stands for ('its foreign minister X')
    # `country: possessor`: the one country of the posts the sentence names before the words ('his predecessor
    # X'); `country: named`: the country the catalogue gives the person named right after them ('his
    # counterpart X', no country told); `country: unstated`: where the words name no country, the office as
    # written, of no single holder ('the caretaker government headed by X'); `held: before`: the post is one the person held before, a former
    # post; `whole`: a town named only where all the words of `name` are its name; `yields`: the words read a name only where no post,
    # courtesy title or known name claims them, nor starts a name inside them (checker/extract/names.py _yields_to)
    "names": {"place_pattern": str, "place": Enum({"capital", "named", "country", "seat", "state"}), "post_pattern": str, "office": str,
              "country": Enum({"antecedent", "possessor", "named", "unstated"}), "held": Enum({"before"}), "whole": bool, "yields": bool},
    # a group or institution as one party ("Pakistani officials", "ASEAN leaders"): group_pattern
    # compiled against the lexicons of <lang>/titles.yaml, `group` the members it names
    # (`summit_only`: the group is named by its summit, a party only of the rules that read who takes
    # part in one, `summit_party` of events.yaml; a meeting held at it is between others)
    "groups": {"group_pattern": str, "group": str, "summit_only": bool},
    "places": {},  # lexicons only, generated: checker/extract/gazetteer.py
    # Arabic letters of a foreign name and the Latin letters they stand for (checker/extract/link.py)
    "romanisation": {"arabic": str, "latin": ListOf(str)},
    "cleaning": {},  # lexicons only: the learned line classifier's weights, generated: benchmarks/train_cleaning.py
    "events": {
        "pattern": "regex",  # the trigger; a named group `trigger` narrows it inside a longer match
        "kind": str,
        "modality": MODALITIES,
        "roles": EVENT_ROLES,
    },
    # ordinal and recurrence claims ('the first visit in nine years'): the ordinal, the event noun
    # counted and the span counted over (named groups and span_* patterns: checker/extract/ordinals.py)
    "ordinals": {"pattern": "regex"},
    # what a figure's sentence says about it besides the figure: basis, source, modality
    "figures": {"pattern": "regex", "field": Enum({"basis", "source", "modality", "period", "measure", "compared", "sign", "respective", "reported",
                                                                "increment", "level", "scope", "favour", "now", "other"}),
                "value": str, "forward": bool},
    "conflicts": {
        "check": Enum({"date", "arrival", "arrival-far", "trip", "figure", "figure-far", "role", "post", "corroboration", "weekday",
                       "publication-weekday", "relative-mismatch", "undated", "figure-sources", "figure-forecast",
                       "figure-slip", "figure-part-year", "figure-revised", "figure-part", "ordinal", "recurrence",
                       "schedule", "slip"}),
        "kinds": ListOf(str),
        "measures": ListOf(str),  # figure checks: only for these measures (all if not given)
        "severity": SEVERITIES,
        "message": str,
        "settings": CHECK_SETTINGS,
    },
}
REQUIRED: dict[str, set[str]] = {
    "boilerplate": {"pattern", "action"},
    "lineups": {"pattern", "post", "side"},
    "sentences": {"pattern", "action"},
    "language": {"lang", "script", "pattern", "min_share"},
    "pubdate": {"date_pattern"},
    "dates": {"pattern", "value"},
    "modality": {"pattern", "modality"},
    "quantities": {"pattern"},
    "units": {"unit"},
    "entities": {"name", "type", "aliases"},
    "titles": {"pattern", "post"},
    "romanisation": {"arabic", "latin"},
    "groups": {"group_pattern", "group"},
    "events": {"pattern", "kind"},
    "ordinals": {"pattern"},
    "figures": {"pattern", "field"},
    "conflicts": {"check", "severity", "message"},
}
EXAMPLE_FIELDS = {"text": str, "expect": dict, "context": dict}

_PLACEHOLDER = re.compile(r"\{(?P<name>[A-Za-z_][A-Za-z0-9_]*)\}")


@dataclass(frozen=True)
class Example:
    """A rule's example (or counterexample) sentence, with what the rule should find in it."""

    text: str
    expect: dict = field(default_factory=dict)
    context: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Rule:
    """One rule of a rule file: its fields, examples and expanded pattern."""

    id: str  # <lang>/<kind>/<id>
    kind: str
    fields: dict
    examples: tuple[Example, ...]
    counterexamples: tuple[Example, ...]
    source: str | None = None  # the expanded pattern, checked at load and compiled at first use

    @cached_property
    def regex(self) -> re.Pattern | None:
        # Compiled on first use: a process compiles only the rules its documents reach, and the
        # on-disk cache (checker.languages) stores the source, since a pickled pattern compiles anyway.
        return None if self.source is None else _compile(self.source, self.id)

    def __getstate__(self) -> dict:
        state = {k: v for k, v in self.__dict__.items() if k not in ("regex", "examples", "counterexamples")}
        if "_examples" not in state:
            state["_examples"] = pickle.dumps((self.examples, self.counterexamples), pickle.HIGHEST_PROTOCOL)
        return state

    def get(self, key: str, default: Any = None) -> Any:
        return self.fields.get(key, default)

    def __getitem__(self, key: str) -> Any:
        return self.fields[key]


class _Examples:
    """The examples of a Rule read from the disk cache, unpickled when first asked for: only the
    tests read them, and building them was half of loading the rules at every start."""

    def __init__(self, name: str):
        self.name = name

    def __get__(self, rule: Rule | None, owner: type | None = None):
        if rule is None:
            return self
        found = rule.__dict__  # a Rule made by the loader holds its examples here, and never gets here
        examples, counterexamples = pickle.loads(found["_examples"])
        found.setdefault("examples", examples)
        found.setdefault("counterexamples", counterexamples)
        return found[self.name]


Rule.examples = _Examples("examples")  # after @dataclass: a default would be the field's default
Rule.counterexamples = _Examples("counterexamples")


@dataclass(frozen=True)
class RuleSet:
    """One rule file parsed: its lexicons, patterns and rules, highest priority first."""

    path: Path
    lang: str
    kind: str
    lexicons: dict[str, dict[str, Any]]  # folded term -> value
    patterns: dict[str, str]  # expanded fragments
    rules: tuple[Rule, ...]
    _named: dict[str, re.Pattern | None] = field(default_factory=dict, repr=False, compare=False)
    # lexicon name -> its alternation, made once: those the rules use are made at load, so they
    # come with the rules from the disk cache
    _alternations: dict[str, str] = field(default_factory=dict, repr=False, compare=False)

    def named(self, name: str) -> re.Pattern | None:
        """The file's pattern `name` compiled on its own (once), None if the file has none."""
        if name not in self._named:
            source = self.patterns.get(name)
            self._named[name] = _compile(source, f"{self.path}: pattern {name}") if source else None
        return self._named[name]

    def lexicon(self, name: str) -> dict[str, Any]:
        return self.lexicons[name]

    def compile(self, source: str, where: str = "") -> re.Pattern:
        """Expand {placeholders} in a regex taken from this file and compile it."""
        return _compile(self._expand(source, where or str(self.path)), where or str(self.path))

    def expand(self, source: str, where: str = "") -> str:
        """A regex taken from this file with its {placeholders} expanded (not compiled)."""
        return self._expand(source, where or str(self.path))

    def _expand(self, source: str, where: str) -> str:
        def sub(m: re.Match) -> str:
            name = m.group("name")
            if name in self.patterns:
                return "(?:" + self.patterns[name] + ")"
            if name in self.lexicons:
                found = self._alternations.get(name)
                if found is None:
                    found = self._alternations[name] = _alternation(self.lexicons[name])
                return found
            raise RuleError(f"{where}: unknown placeholder {{{name}}}")

        expanded = _PLACEHOLDER.sub(sub, source)
        return expanded if self.kind == "orthography" else fold_pattern(expanded)

    def lookup(self, lexicon: str, text: str, default: Any = None) -> Any:
        """The value a lexicon gives a matched piece of text (folded, case-insensitive)."""
        return self.lexicons[lexicon].get(_key(text), default)


def _alternation(terms) -> str:
    """The terms as one regex, factored as a trie ('(?:marc(?:h|)|may)' for march, marc, may):
    it compiles several times faster than a flat alternation of a large lexicon, and matches
    faster. At each letter the longer terms are tried before the term that ends there, so the
    longest term wins ('two-word month' over its first word) and a pattern around it can still
    backtrack to a shorter one, as with a flat alternation ordered longest first. A space
    matches any run of spaces."""
    root: dict = {}
    for term in terms:
        node = root
        for ch in term:
            node = node.setdefault(ch, {})
        node[_END] = {}
    return "(?:" + _trie(root) + ")"


_END = ""  # the key that marks a term ending at a node (no character is empty)


def _trie(node: dict) -> str:
    alts = [(r"\s+" if ch == " " else re.escape(ch)) + _trie(node[ch]) for ch in sorted(node) if ch != _END]
    if not alts:
        return ""
    if len(alts) == 1 and _END not in node:
        return alts[0]
    return "(?:" + "|".join(alts) + ("|)" if _END in node else ")")


_FLAGS = re.IGNORECASE | re.UNICODE


def _compile(source: str, where: str) -> re.Pattern:
    try:
        rx = regexstore.compile(source, _FLAGS)
    except re.error as e:
        raise RuleError(f"{where}: bad pattern: {e}") from None
    if rx.groups != len(rx.groupindex):
        raise RuleError(f"{where}: numbered capturing group; use (?P<name>...) or (?:...)")
    return rx


def _check(value: Any, spec: Any, where: str) -> None:
    """RuleError naming `where` (file, rule, key path) unless `value` fits `spec`."""
    if isinstance(spec, dict):  # a nested mapping with known keys
        if not isinstance(value, dict):
            raise RuleError(f"{where} must be a mapping, not {value!r}")
        for key, item in value.items():
            if key not in spec:
                raise RuleError(f"{where}: unknown key {key!r} (allowed: {', '.join(sorted(spec))})")
            _check(item, spec[key], f"{where}.{key}")
        return
    if isinstance(spec, ListOf):
        if not isinstance(value, list):
            raise RuleError(f"{where} must be a list, not {value!r}")
        for n, item in enumerate(value):
            _check(item, spec.item, f"{where}[{n}]")
        return
    if not _check_type(value, spec):
        want = sorted(spec) if isinstance(spec, frozenset) else getattr(spec, "__name__", spec)
        raise RuleError(f"{where} must be {want}, not {value!r}")


def _check_type(value: Any, spec: Any) -> bool:
    if spec == "regex":
        return isinstance(value, str)
    if isinstance(spec, frozenset):
        return value in spec
    if spec is float:
        return isinstance(value, (int, float)) and not isinstance(value, bool)
    if spec is int:
        return isinstance(value, int) and not isinstance(value, bool)
    return isinstance(value, spec)


def _examples(raw: Any, where: str, positive: bool) -> tuple[Example, ...]:
    if raw is None:
        return ()
    if not isinstance(raw, list):
        raise RuleError(f"{where}: {'examples' if positive else 'not'} must be a list")
    out = []
    for item in raw:
        if isinstance(item, str):
            item = {"text": item}
        if not isinstance(item, dict):
            raise RuleError(f"{where}: an example must be text or a mapping")
        for k, v in item.items():
            if k not in EXAMPLE_FIELDS:
                raise RuleError(f"{where}: unknown example key {k!r}")
            if not isinstance(v, EXAMPLE_FIELDS[k]):
                raise RuleError(f"{where}: example {k!r} must be {EXAMPLE_FIELDS[k].__name__}")
        if "text" not in item:
            raise RuleError(f"{where}: example without text")
        out.append(Example(item["text"], item.get("expect", {}), item.get("context", {})))
    return tuple(out)


def _key(text: str) -> str:
    return " ".join(fold_pattern(text).lower().split())


def _lexicon(raw: Any, where: str, kind: str) -> dict[str, Any]:
    if isinstance(raw, list):
        raw = {t: t for t in raw}
    if not isinstance(raw, dict) or not all(isinstance(k, str) for k in raw):
        raise RuleError(f"{where}: a lexicon is a list of terms or a mapping term -> value")
    if kind == "orthography":  # the folding tables themselves are not folded
        return dict(raw)
    return {_key(k): v for k, v in raw.items()}


def parse(data: Any, path: Path, lang: str, kind: str) -> RuleSet:
    where = str(path)
    if kind not in SCHEMAS:
        raise RuleError(f"{where}: unknown kind of rule file {kind!r} (known: {', '.join(sorted(SCHEMAS))})")
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise RuleError(f"{where}: a rule file is a mapping with lexicons, patterns and rules")
    unknown = set(data) - {"lexicons", "patterns", "rules"}
    if unknown:
        raise RuleError(f"{where}: unknown top-level key(s) {sorted(unknown)}")
    lexicons = {n: _lexicon(v, f"{where}: lexicon {n}", kind) for n, v in (data.get("lexicons") or {}).items()}
    patterns: dict[str, str] = {}
    alternations: dict[str, str] = {}  # shared by the RuleSets made here: they have the same lexicons
    for name, src in (data.get("patterns") or {}).items():
        if not isinstance(src, str):
            raise RuleError(f"{where}: pattern {name} must be a string")
        # Patterns may use lexicons and the patterns defined above them.
        patterns[name] = RuleSet(path, lang, kind, lexicons, dict(patterns), (), _alternations=alternations)._expand(
            src, f"{where}: pattern {name}")
        _compile(patterns[name], f"{where}: pattern {name}")
    shell = RuleSet(path, lang, kind, lexicons, patterns, (), _alternations=alternations)

    schema = {**COMMON_FIELDS, **SCHEMAS[kind]}
    rules, seen = [], set()
    for i, raw in enumerate(data.get("rules") or []):
        if not isinstance(raw, dict) or not isinstance(raw.get("id"), str):
            raise RuleError(f"{where}: rule #{i + 1} needs an id")
        rid = raw["id"]
        rwhere = f"{where}: rule {rid}"
        if rid in seen:
            raise RuleError(f"{rwhere}: duplicate id")
        seen.add(rid)
        for key, value in raw.items():
            if key not in schema:
                raise RuleError(f"{rwhere}: unknown key {key!r} (allowed: {', '.join(sorted(schema))})")
            _check(value, schema[key], f"{rwhere}: {key}")
        missing = REQUIRED.get(kind, set()) - set(raw)
        if missing:
            raise RuleError(f"{rwhere}: missing {sorted(missing)}")
        source = shell._expand(raw["pattern"], rwhere) if "pattern" in raw else None
        if source is not None:
            _compile(source, rwhere)  # a bad pattern fails here, at load, naming the rule
        fields = {k: v for k, v in raw.items() if k not in ("examples", "not")}
        rules.append(Rule(f"{lang}/{kind}/{rid}", kind, fields,
                          _examples(raw.get("examples"), rwhere, True),
                          _examples(raw.get("not"), rwhere, False), source))
    rules.sort(key=lambda r: -r.get("priority", 0))
    return RuleSet(path, lang, kind, lexicons, patterns, tuple(rules), _alternations=alternations)


# Every language folder holds these files, and common/ these: a missing one is an error at load,
# not a language that silently reads nothing.
LANGUAGE_FILES = ("boilerplate", "dates", "events", "figures", "groups", "lineups", "modality", "names", "ordinals",
                  "pubdate", "quantities", "sentences", "titles")
COMMON_FILES = ("boilerplate", "cleaning", "conflicts", "entities", "language", "orthography", "places", "titles",
                "units")


def load(lang: str, kind: str, root: str | None = None) -> RuleSet:
    """One rule file parsed on its own, uncached; empty if absent. The analysis takes its rules
    from a `checker.lang.Language`, which loads and checks the whole folder once."""
    path, data = read(lang, kind, root)
    if data is None and not path.exists():
        return RuleSet(path, lang, kind, {}, {}, ())
    return parse(data, path, lang, kind)


def check_tree(root: str | None = None) -> None:
    """RuleError unless the whole rules folder loads and agrees with itself (load_tree)."""
    load_tree(root)


def load_tree(root: str | None = None) -> dict[tuple[str, str], RuleSet]:
    """Every rule file of the folder, parsed, and checked for what no single file can show: every
    language has every file, every event kind has comparison keys and a name, every check names
    known kinds, every publication-date pattern compiles against its language's date lexicons.
    RuleError otherwise."""
    base = _base(root)
    for lang in ("common", *languages(root)):
        for kind in COMMON_FILES if lang == "common" else LANGUAGE_FILES:
            if not (base / lang / f"{kind}.yaml").exists():
                raise RuleError(f"{base / lang}: missing {kind}.yaml (every language folder has "
                                f"{', '.join(LANGUAGE_FILES)})")
    files = all_rule_files(root)
    composed = ("titles", "lineups")  # files that take lexicons of others (_titles, _lineups)
    sets = {(lang, kind): load(lang, kind, root) for lang, kind in files if lang == "common" or kind not in composed}
    for lang, kind in files:
        if lang != "common" and kind == "titles":
            sets[(lang, kind)] = _titles(lang, root, sets)
    for lang, kind in files:
        if lang != "common" and kind == "lineups":
            sets[(lang, kind)] = _lineups(lang, root, sets)
    conflicts = sets[("common", "conflicts")]
    kinds = {"role"} | {r["kind"] for (lang, kind), rs in sets.items() if kind == "events" for r in rs.rules}
    if any(rs.rules for (lang, kind), rs in sets.items() if kind == "ordinals"):
        kinds.add("ordinal")  # the kind of every ordinal claim (checker/extract/ordinals.py)
    for lexicon in ("event_keys", "event_names"):
        missing = sorted(kinds - set(conflicts.lexicons.get(lexicon, {})))
        if missing:
            raise RuleError(f"{conflicts.path}: {lexicon}: no entry for event kind(s) {', '.join(missing)}")
    for rule in conflicts.rules:
        unknown = sorted(set(rule.get("kinds") or ()) - kinds)
        if unknown:
            raise RuleError(f"{conflicts.path}: rule {rule.id}: kinds: unknown event kind(s) {', '.join(unknown)}")
    for lang in languages(root):
        dates = sets[(lang, "dates")]
        for rule in sets[(lang, "pubdate")].rules:
            dates.compile(rule["date_pattern"], f"{rule.id}: date_pattern")
        titles = sets[(lang, "titles")]
        for rule in sets[(lang, "names")].rules:
            key = "place_pattern" if "place_pattern" in rule.fields else "post_pattern"
            if {key, "place" if key == "place_pattern" else "office"} - set(rule.fields) or \
                    {"place_pattern", "post_pattern"} <= set(rule.fields):
                raise RuleError(f"{rule.id}: a names rule has place_pattern and place, or post_pattern and office")
            titles.compile(rule[key], f"{rule.id}: {key}")
            office = rule.get("office")
            if office not in (None, "possessor", "owned", "shared", "head of government", "none", "unplaced") \
                    and sets[("common", "titles")].lookup("offices", office) is None:
                raise RuleError(f"{rule.id}: office {office!r} is not in rules/common/titles.yaml")
        for rule in sets[(lang, "groups")].rules:
            titles.compile(rule["group_pattern"], f"{rule.id}: group_pattern")
    return sets


def _titles(lang: str, root: str | None, sets: dict[tuple[str, str], RuleSet]) -> RuleSet:
    """A language's titles.yaml, whose `country` lexicon also takes the generated names
    (common/places.yaml, `states`) written in the language's script of every country it names by
    none of its own and common/titles.yaml gives an adjective: 'President of X', 'the capital of X'
    and 'the government of X' then read for X in every language the adjective's posts are named in;
    and the catalogue's spellings in that script of the countries it names."""
    path, data = read(lang, "titles", root)
    lexicons = dict((data or {}).get("lexicons") or {})
    if isinstance(lexicons.get("ministry_part"), dict) and isinstance(lexicons.get("ministry_affairs"), dict):
        lexicons["ministry_part"] = _with_affairs(lexicons["ministry_part"], lexicons["ministry_affairs"])
        data = {**data, "lexicons": lexicons}
    own = lexicons.get("country")
    script = next((r.regex for r in sets[("common", "language")].rules if r.get("lang") == lang), None)
    if not isinstance(own, dict) or script is None:
        return parse(data, path, lang, "titles")
    named = set(map(str, own.values()))
    shared = sets[("common", "titles")]
    states = [list(map(str, spellings)) for spellings in sets[("common", "places")].lexicons.get("states", {}).values()]
    added = {spelling: names[0] for names in states
             if names[0] not in named and shared.lookup("post_adjective", names[0]) is not None
             for spelling in names if all(script.match(ch) for ch in spelling if ch.isalpha())}
    # and the catalogue's other spellings of a country it names (common/entities.yaml: Kazakhstan's Arabic
    # with qaf beside CLDR's), so that a post of the country reads by any of them
    spelled = {str(r["name"]): r.get("aliases") or () for r in sets[("common", "entities")].rules if r.get("type") == "country"}
    also = {str(alias): country for country in named for alias in spelled.get(country, ())
            if all(script.match(ch) for ch in str(alias) if ch.isalpha())}
    lexicons["country"] = {**added, **also, **own}
    return parse({**data, "lexicons": lexicons}, path, lang, "titles")


def _with_affairs(parts: dict, affairs: dict) -> dict:
    """A ministry's parts, and each written after a word of `ministry_affairs` as that part's affairs
    (the Arabic 'affairs of electricity': 'electricity affairs'), unless its English says so already
    ('foreign affairs'); a part the lexicon writes whole wins."""
    derived = {f"{word} {k}": f"{v} {english}" for word, english in affairs.items()
               for k, v in parts.items() if not str(v).endswith(f" {english}") and not str(k).startswith(f"{word} ")}
    return {**derived, **parts}


def _lineups(lang: str, root: str | None, sets: dict[tuple[str, str], RuleSet]) -> RuleSet:
    """A language's lineups.yaml, whose `portfolio` lexicon also takes every ministry of its titles'
    `ministry_part`, written as a line-up writes it: with the line-up's `portfolio_article` pattern
    taken off its front ('the' of 'the Ministry of X', which a preposition written on the word may
    replace). One list of a language's ministries serves both; a spelling of the line-up's own wins."""
    path, data = read(lang, "lineups", root)
    lexicons = dict((data or {}).get("lexicons") or {})
    article = ((data or {}).get("patterns") or {}).get("portfolio_article")
    parts = sets[(lang, "titles")].lexicons.get("ministry_part")
    own = lexicons.get("portfolio")
    if not parts or not isinstance(own, dict) or not isinstance(article, str):
        return parse(data, path, lang, "lineups")
    strip = _compile(article, f"{path}: pattern portfolio_article")
    lexicons["portfolio"] = {**{strip.sub("", k, count=1): v for k, v in parts.items()}, **own}
    return parse({**data, "lexicons": lexicons}, path, lang, "lineups")


def languages(root: str | None = None) -> tuple[str, ...]:
    """Languages with a rules folder (common is not a language)."""
    return tuple(sorted(p.name for p in _base(root).iterdir() if p.is_dir() and p.name not in ("common", "__pycache__")))


def all_rule_files(root: str | None = None) -> list[tuple[str, str]]:
    """(lang, kind) for every rule file, for the example test."""
    return sorted((p.parent.name, p.stem) for p in _base(root).glob("*/*.yaml"))
