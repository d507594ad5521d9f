"""Which of a stage's patterns can match a text, told by plain substring tests: a stage then runs
only the rules whose words occur, instead of every rule over every sentence.

For each pattern, the parse of the regex gives a set of literal strings at least one of which
every match holds (its `factors`: 'visit', 'travelled to' ... for a trigger lexicon). A pattern
none of whose factors occurs in the text cannot match there, so skipping it changes no result.
A pattern with no usable factor (it may match any word) is always run. Text and factors are
compared in lower case, with the letters a case-insensitive regex takes as one (long s and s)
made one, so the test holds whatever the case of the text.
"""
from __future__ import annotations

import functools
import hashlib
import re
from typing import Any, Callable, Iterable, Iterator, Sequence

import ahocorasick

from checker import languages, regexstore, textfold

try:  # the standard library's regex parser (sre_parse before Python 3.11)
    from re import _parser as _sre
    from re import _constants as _c
except ImportError:  # pragma: no cover - another Python: every pattern is simply run
    _sre = _c = None

MAX_SET = 64  # literal strings a part of a pattern is expanded into, at most
MAX_RANGE = 16  # characters of a class ([0-9]) expanded into literals, at most
MAX_PLANS = 8  # rule lists a RuleGate keeps the positions of (a stage uses one or two)


def _case_table() -> dict[int, str]:
    """Characters a case-insensitive regex matches beyond their lower case, mapped to one of them:
    lower() does the rest (U+0130 lowers to two characters, while the regex engine lowers it to i)."""
    table = {0x130: "i"}
    try:
        from re._casefix import _EXTRA_CASES
    except ImportError:  # pragma: no cover
        return table
    for low, extra in _EXTRA_CASES.items():
        group = sorted({low, *extra})
        for ch in group:
            table[ch] = chr(group[0])
    return table


_CASE = _case_table()
# The characters whose lower case is not already the one `lower` gives (a test checks every code point).
_SPECIAL = re.compile("[" + "".join(re.escape(x) for c in _CASE for x in {chr(c), chr(c).upper(), chr(c).title()}
                                    if x.lower().translate(_CASE) != x.lower()) + "\u0130]")


def lower(text: str) -> str:
    """`text` as factors are compared with it: lower case, letters a regex takes as one made one."""
    if text.isascii():  # no special letter is ASCII; the test costs nothing (a string knows it)
        return text.lower()
    return text.translate(_CASE).lower().translate(_CASE) if _SPECIAL.search(text) else text.lower()


def factors(source: str, flags: int = re.IGNORECASE) -> frozenset[str] | None:
    """Literal strings (in lower(), as `lower` gives text) at least one of which the text holds
    wherever the pattern matches; None when no such set is known (the pattern is always run)."""
    if _sre is None:
        return None
    try:
        parsed = _sre.parse(source, flags)
    except Exception:  # not a pattern this Python parses: run it
        return None
    try:
        _, need, _ = _sequence(list(parsed))
    except _Unknown:
        return None
    if not need:
        return None
    low = {lower(s) for s in need}
    # a string that holds another one of the set adds nothing ('visited' beside 'visit')
    return frozenset(s for s in low if not any(t != s and t in s for t in low))


class _Unknown(Exception):
    """A construct the analysis does not know."""


def _better(a: set[str] | None, b: set[str] | None) -> set[str] | None:
    """The more selective of two factor sets: the longer shortest string, then the fewer strings."""
    def score(s):
        return (min(map(len, s)), -len(s)) if s and "" not in s else None
    sa, sb = score(a), score(b)
    if sb is None:
        return a if sa is not None else None
    return b if sa is None or sb > sa else a


def _sequence(items: list) -> tuple[set[str] | None, set[str] | None, set[str] | None]:
    """(every string the items can match, when few; their factors; the strings every match of
    them starts with, when known)."""
    run, best, head, whole = {""}, None, None, True
    for item in items:
        exact, need, prefix = _node(*item)
        best = _better(best, need)
        if exact is not None and len(run) * len(exact) <= MAX_SET:
            run = {a + b for a in run for b in exact}
            continue
        # the run of literals ends here: it goes on into the strings this item starts with
        ahead = {a + b for a in run for b in prefix} if prefix and len(run) * len(prefix) <= MAX_SET else run
        best = _better(best, ahead)
        if whole:
            head, whole = ahead, False
        run = exact if exact is not None else {""}
    best = _better(best, run)
    return (run, best, run) if whole else (None, best, head)


def _node(op, av) -> tuple[set[str] | None, set[str] | None, set[str] | None]:
    """(exact, factors, prefixes) of one item of a parsed pattern, as _sequence gives them."""
    c = _c
    if op is c.LITERAL:
        ch = {chr(av)}
        return ch, ch, ch
    if op in (c.NOT_LITERAL, c.ANY, c.CATEGORY):
        return None, None, None
    if op is c.IN:
        chars = set()
        for kind, value in av:
            if kind is c.LITERAL:
                chars.add(chr(value))
            elif kind is c.RANGE and value[1] - value[0] < MAX_RANGE:
                chars.update(chr(v) for v in range(value[0], value[1] + 1))
            else:  # a negated class, a category, a long range
                return None, None, None
        return chars, chars, chars
    if op is c.BRANCH:
        parts = [_sequence(list(alt)) for alt in av[1]]
        exacts, needs, prefixes = zip(*parts)
        exact = set().union(*exacts) if all(e is not None for e in exacts) else None
        if exact is not None and len(exact) > MAX_SET:
            exact = None
        need = set().union(*needs) if all(n and "" not in n for n in needs) else None
        prefix = set().union(*prefixes) if all(prefixes) else None
        return exact, need, (prefix if prefix is not None and len(prefix) <= MAX_SET else None)
    if op is c.SUBPATTERN:
        return _sequence(list(av[-1]))
    if op is getattr(c, "ATOMIC_GROUP", None):
        return _sequence(list(av))
    if op in (c.MAX_REPEAT, c.MIN_REPEAT) or op is getattr(c, "POSSESSIVE_REPEAT", None):
        lo, hi, body = av
        exact, need, prefix = _sequence(list(body))
        if lo == 0:
            return ({"", *exact} if exact is not None and hi == 1 else None), None, None
        if exact is not None and lo == hi and len(exact) ** lo <= MAX_SET:
            out = {""}
            for _ in range(lo):
                out = {a + b for a in out for b in exact}
            return out, out, out
        return None, need, prefix
    if op is c.AT:
        return {""}, None, {""}
    if op in (c.ASSERT, c.ASSERT_NOT):
        direction, body = av
        # what a lookahead requires is in the text; a lookbehind may look before the part tested
        need = _sequence(list(body))[1] if op is c.ASSERT and direction == 1 else None
        return {""}, need, {""}
    if op in (c.GROUPREF, c.GROUPREF_EXISTS):
        return None, None, None
    raise _Unknown(op)


class Gate:
    """Which of `sources` (regex sources, compiled with `flags`) can match in a text: the factors of
    all of them in one Aho-Corasick automaton, so one pass over the text tests them all."""

    def __init__(self, sources: Sequence[str | None], flags: int = re.IGNORECASE):
        by_factor: dict[str, set[int]] = {}
        always = set()
        for i, source in enumerate(sources):
            found = factors(source, flags) if source is not None else None
            if found is None:
                always.add(i)
                continue
            for f in found:
                by_factor.setdefault(f, set()).add(i)
        self.always = frozenset(always)
        self.words = {f: frozenset(ids) for f, ids in by_factor.items()}
        # names these words in a document's scan (Scan): the same words, the same name, in any process
        self.key = hashlib.blake2b(repr((sorted((f, sorted(ids)) for f, ids in self.words.items()),
                                         sorted(always))).encode(), digest_size=12).hexdigest()
        self._automaton = None
        if by_factor:
            self._automaton = ahocorasick.Automaton()
            for f, ids in by_factor.items():
                self._automaton.add_word(f, frozenset(ids))
            self._automaton.make_automaton()

    _last: tuple | None = None  # the last text asked about and the answer

    def which(self, text: str, pos: int = 0, endpos: int | None = None) -> frozenset[int]:
        """The indices of the patterns that may match in text[pos:endpos] (those always run included)."""
        if self._automaton is None:
            return self.always
        seen = _seen.get(text)  # a sentence of the document scanned last: its hits are known
        if seen is not None and self.key in seen.keys and pos >= 0 and (endpos is None or endpos >= 0):
            return seen.which(self, pos, endpos)
        last = self._last  # two stages often ask one gate about the same sentence in a row
        if last is not None and last[1] == pos and last[2] == endpos and last[0] == text:
            return last[3]
        low = lower(text[pos:endpos] if pos or endpos is not None else text)
        hits = {ids for _, ids in self._automaton.iter(low)}  # a factor may occur many times
        fired = self.always.union(*hits) if hits else self.always
        self._last = (text, pos, endpos, fired)
        return fired

    def __getstate__(self) -> dict:  # kept on disk: the automaton, not the last text read
        return {k: v for k, v in self.__dict__.items() if k != "_last"}


class Alternation:
    """Patterns tried in order at each position, as one alternation of them would be ('A|B|C': the
    leftmost match, of the first pattern that matches there), without running the patterns whose
    words the text lacks: each pattern the gate lets through searches on its own, and the earliest
    match wins, the first pattern on a tie. No pattern's match changes, and no alternation is
    compiled per set of patterns. Patterns that can match the empty string are run as the one
    alternation (an empty match moves the scan on by one position, which the merge does not copy)."""

    def __init__(self, sources: Sequence[str], flags: int = re.IGNORECASE, gate: Gate | None = None,
                 joined: bool | None = None):
        self.sources, self.flags = tuple(sources), flags
        self.patterns = tuple(regexstore.compile(s, flags) for s in self.sources)
        self.gate = gate if gate is not None else Gate(self.sources, flags)
        if joined is None:
            joined = _sre is None or any(_sre.parse(s, flags).getwidth()[0] == 0 for s in self.sources)
        self.joined = regexstore.compile("|".join(f"(?P<p{i}>{s})" for i, s in enumerate(self.sources)),
                                          flags) if joined else None

    def __reduce__(self):
        # kept on disk without parsing its patterns again: the gate whole, the patterns by source
        # (regexstore has their programs)
        return Alternation, (self.sources, self.flags, self.gate, self.joined is not None)

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None) -> Iterator[tuple[int, re.Match]]:
        """(index of the pattern, its match) for each match the alternation would give in text[pos:endpos]."""
        endpos = len(text) if endpos is None else endpos
        if self.joined is not None:
            for m in self.joined.finditer(text, pos, endpos):
                yield int(m.lastgroup[1:]), m
            return
        found = {i: m for i in sorted(self.gate.which(text, pos, endpos))
                 if (m := self.patterns[i].search(text, pos, endpos)) is not None}
        while found:
            i = min(found, key=lambda k: (found[k].start(), k))
            m = found[i]
            yield i, m
            pos = m.end()
            for k in [k for k, mk in found.items() if mk.start() < pos]:
                mk = self.patterns[k].search(text, pos, endpos)
                if mk is None:
                    del found[k]
                else:
                    found[k] = mk


class SourceGate:
    """A Gate keyed by pattern source: a test of whether a pattern may match a text. A pattern the
    gate was not built with (one of another rules folder) always runs."""

    def __init__(self, sources: Iterable[str | None], flags: int = re.IGNORECASE):
        sources = list(dict.fromkeys(s for s in sources if s is not None))
        self._gate = Gate(sources, flags)
        self._index = {s: i for i, s in enumerate(sources)}

    @staticmethod
    def _source(item: Any) -> str:
        """The pattern source of an item select() is given (here the item is the pattern: its
        source, or a (rule, compiled pattern) pair)."""
        return item if isinstance(item, str) else item[1].pattern

    def runs(self, text: str, pos: int = 0, endpos: int | None = None) -> Callable[[str], bool]:
        """A test of a pattern's source: may it match in text[pos:endpos]?"""
        fired = self._gate.which(text, pos, endpos)
        index = self._index
        return lambda source: (i := index.get(source)) is None or i in fired

    def select(self, items: Sequence, text: str, pos: int = 0, endpos: int | None = None) -> list:
        """The items of `items` that may match in text[pos:endpos], in their order: only the items
        whose words the automaton found are visited, not every item of the list."""
        return [items[k] for k in self.positions(items, text, pos, endpos)]

    def positions(self, items: Sequence, text: str, pos: int = 0, endpos: int | None = None) -> Sequence[int]:
        """select()'s items as their positions in `items`, rising (a tuple kept for the next call
        when no pattern fired: a caller cannot change it)."""
        plan = self._plan(items)
        fired = self._gate.which(text, pos, endpos)
        found = [k for i in fired for k in plan[1].get(i, ())]
        if not found:
            return plan[2]
        found += plan[2]
        found.sort()
        return found

    def _plan(self, items: Sequence) -> tuple[Sequence, dict[int, list[int]], tuple[int, ...]]:
        """For a list of items (a rule file's, kept for the next call): the positions of the items of
        each pattern the gate knows, and the positions of those that always run."""
        plans = self.__dict__.setdefault("_plans", {})
        plan = plans.get(id(items))
        if plan is None or plan[0] is not items:
            if len(plans) >= MAX_PLANS:  # lists made per document ('the appointment rules') come and go
                plans.clear()
            by_source: dict[int, list[int]] = {}
            always = []
            for k, item in enumerate(items):
                i = self._index.get(self._source(item))
                if i is None or i in self._gate.always:
                    always.append(k)
                else:
                    by_source.setdefault(i, []).append(k)
            plan = plans[id(items)] = (items, by_source, tuple(always))
        return plan

    def __getstate__(self) -> dict:  # the plans refer to one process's rule objects
        return {k: v for k, v in self.__dict__.items() if k != "_plans"}


class RuleGate(SourceGate):
    """A SourceGate over rules: a test of whether a rule may match a text."""

    def __init__(self, rules: Iterable):
        super().__init__(r.source for r in rules)

    @staticmethod
    def _source(rule: Any) -> str:
        return rule.source

    def runs(self, text: str, pos: int = 0, endpos: int | None = None) -> Callable[[Any], bool]:
        """A test of a rule: may it match in text[pos:endpos]?"""
        fired = self._gate.which(text, pos, endpos)
        index = self._index
        return lambda rule: (i := index.get(rule.source)) is None or i in fired

    def matches(self, rules: Iterable, text: str) -> Iterator[tuple[Any, re.Match]]:
        """(rule, match) for every match in `text` of the rules that may match it, rule by rule."""
        rules = rules if isinstance(rules, (list, tuple)) else list(rules)
        for rule in self.select(rules, text):
            for m in rule.regex.finditer(text):
                yield rule, m


# ---------------------------------------------------------------- one scan of a document

_SCANNED: list[Callable[[Any], Any]] = []  # the stages' gate builders (Language -> gate) a Scan joins


def scanned(builder: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """Register a stage's compiled gate builder (`languages.compiled`): its words join the one
    automaton a document is scanned with (Scan). Registered as the stage's module is imported."""
    _SCANNED.append(builder)
    return builder


def _inner(gate: Any) -> Gate | None:
    """The Gate of a stage's gate (Gate, SourceGate, RuleGate or Alternation)."""
    for attr in ("_gate", "gate"):
        gate = getattr(gate, attr, gate)
    return gate if isinstance(gate, Gate) else None


class _Seen:
    """What the scan of a document found in one of its sentences: for each gate (by key), its hits
    as (start, end, pattern indices), offsets into the sentence's folded text."""

    __slots__ = ("keys", "hits", "whole")

    def __init__(self, keys: frozenset[str]):
        self.keys = keys
        self.hits: dict[str, list[tuple[int, int, frozenset[int]]]] = {}
        self.whole: dict[str, frozenset[int]] = {}

    def which(self, gate: Gate, pos: int, endpos: int | None) -> frozenset[int]:
        """Gate.which's answer for text[pos:endpos]: the patterns of the factors wholly inside it."""
        hits = self.hits.get(gate.key)
        if not hits:
            return gate.always
        if pos == 0 and endpos is None:
            fired = self.whole.get(gate.key)
            if fired is None:
                fired = self.whole[gate.key] = gate.always.union(*(ids for _, _, ids in hits))
            return fired
        inside = [ids for s, e, ids in hits if s >= pos and (endpos is None or e <= endpos)]
        return gate.always.union(*inside) if inside else gate.always


class Scan:
    """The words of every registered stage gate of one language in one Aho-Corasick automaton: one
    pass over a document's folded text finds them all, and each gate then answers for a sentence
    from the hits inside it, without reading the sentence again."""

    def __init__(self, gates: Iterable[Gate | None]):
        words: dict[str, dict[str, frozenset[int]]] = {}
        keys = set()
        for gate in gates:
            if gate is None or gate._automaton is None:
                continue
            keys.add(gate.key)
            for f, ids in gate.words.items():
                words.setdefault(f, {})[gate.key] = ids
        self.keys = frozenset(keys)
        self._automaton = None
        if words:
            self._automaton = ahocorasick.Automaton()
            for f, by_gate in words.items():
                self._automaton.add_word(f, (len(f), tuple(by_gate.items())))
            self._automaton.make_automaton()

    def pieces(self, folded: str, spans: Sequence[tuple[int, int]]) -> list[_Seen]:
        """What each (start, end) piece of `folded` (rising, not overlapping) holds."""
        out = [_Seen(self.keys) for _ in spans]
        if self._automaton is None or not spans:
            return out
        k, last_piece = 0, len(spans) - 1
        fs, fe = spans[0]
        hits = out[0].hits
        for last, (n, by_gate) in self._automaton.iter(lower(folded)):  # hits by rising end
            if last >= fe:  # past this piece: on to the one holding this end
                while k < last_piece and spans[k][1] <= last:
                    k += 1
                fs, fe = spans[k]
                hits = out[k].hits
                if last >= fe:
                    break  # after the last piece
            start = last + 1 - n
            if start < fs:
                continue  # begins before the piece (across a boundary): in no sentence
            for key, ids in by_gate:
                found = hits.get(key)
                if found is None:
                    hits[key] = [(start - fs, start - fs + n, ids)]
                else:
                    found.append((start - fs, start - fs + n, ids))
        return out


@functools.lru_cache(maxsize=None)
def _scan_of(count: int) -> Callable[[Any], Scan]:
    """The builder of a language's Scan over the first `count` registered gates: a stage imported
    after a Scan was made joins the next one. Made per process (a millisecond or two; the gates
    themselves are kept on disk) and kept on the Language."""
    def build(lang: Any) -> Scan:
        return Scan(_inner(builder(lang)) for builder in _SCANNED[:count])
    return build


_seen: dict[str, _Seen] = {}  # the folded sentences of the document scanned last


def scan(lang: Any, text: str, spans: Sequence[tuple[int, int]]) -> None:
    """Fold a document once and scan it once for the words of every registered stage gate: a stage
    then asking about one of its sentences (folded, as every stage folds it) is answered from the
    scan. Gates of stages imported later, or of other rules, read the sentence themselves."""
    global _seen
    whole, pieces = textfold.fold_pieces(text, spans)
    found = languages.get(lang).build(_scan_of(len(_SCANNED))).pieces(whole.text, [(fs, fe) for fs, fe, _ in pieces])
    _seen = {piece.text: seen for (_, _, piece), seen in zip(pieces, found)}
