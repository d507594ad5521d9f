"""No rule can run away: every pattern of every rule file has bounded repeats and finishes on
pathological text within a second."""
import time

import pytest

from checker import rules
from checker.textfold import fold

try:  # the regex parser of the standard library
    import re._constants as sre_constants
    import re._parser as sre_parse
except ImportError:  # Python < 3.11
    import sre_constants
    import sre_parse

N = 10_000
PATHOLOGICAL = {
    "letter": "a" * N,
    "spaces": " " * N,
    "digits": "7" * N,
    "arabic-with-diacritics": "\u0628\u064e" * (N // 2),
    "arabic-words": "\u0628\u0627 " * (N // 3),
    "quotes": "\"'\u201c\u201d\u00ab\u00bb" * (N // 6),
    "digit-separators": "1,2." * (N // 4),
    "words": "word " * (N // 5),
    "braces": "a.b(function(){" * (N // 15),
    # a rule's own word first, then one long unbroken token: what follows a trigger is tried too (a hashtag)
    "arabic-verb-then-token": "\u062c\u0645\u0639\u062a " + "\u0628" * (N // 10) + " ",
    "english-verb-then-token": "met " + "a" * (N // 10) + " ",
}
LIMIT = 1.0  # seconds per pattern and string
_REPEATS = {sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT} | (
    {sre_constants.POSSESSIVE_REPEAT} if hasattr(sre_constants, "POSSESSIVE_REPEAT") else set())


def _patterns():
    """(name, compiled) for every rule pattern and every named pattern of every rule file."""
    out = []
    for lang, kind in rules.all_rule_files():
        rs = rules.load(lang, kind)
        out += [(r.id, r.regex) for r in rs.rules if r.regex is not None]
        out += [(f"{lang}/{kind}/patterns/{name}", rs.compile("{" + name + "}")) for name in rs.patterns]
    return out


PATTERNS = _patterns()


def _children(op, av):
    if op in _REPEATS:
        return [av[2]]
    if op == sre_constants.SUBPATTERN:
        return [av[-1]]
    if op == sre_constants.BRANCH:
        return list(av[1])
    if op in (sre_constants.ASSERT, sre_constants.ASSERT_NOT):
        return [av[1]]
    return []


def _unbounded(op, av) -> bool:
    return op in _REPEATS and av[1] == sre_constants.MAXREPEAT


def _has_unbounded(items) -> bool:
    return any(_unbounded(op, av) or any(_has_unbounded(c) for c in _children(op, av)) for op, av in items)


def nested_unbounded(source: str, flags: int = 0) -> bool:
    """True when an unbounded repeat holds another unbounded repeat: (a+)+, (?:\\s*\\w+)*."""
    def walk(items) -> bool:
        for op, av in items:
            if _unbounded(op, av) and _has_unbounded(av[2]):
                return True
            if any(walk(c) for c in _children(op, av)):
                return True
        return False

    return walk(sre_parse.parse(source, flags))


@pytest.mark.parametrize("source, nested", [
    (r"(?:a+)+", True), (r"(?:\s*\w+)*", True), (r"(?:x(?:y|z*))+", True), (r"(?:\d{1,3},)*\d+", False),
    (r"(?:a{1,9})+", False), (r"a+b*c+", False), (r"(?:\s{0,3}\w{1,20}){0,8}", False),
])
def test_the_static_check_itself(source, nested):
    assert nested_unbounded(source) is nested


def test_there_are_patterns_to_check():
    assert len(PATTERNS) > 100


@pytest.mark.parametrize("name, rx", PATTERNS, ids=[n for n, _ in PATTERNS])
def test_no_nested_unbounded_repeat(name, rx):
    assert not nested_unbounded(rx.pattern, rx.flags), f"{name}: nested unbounded repeat in {rx.pattern[:200]}"


def _slow_patterns(length: int, limit: float) -> list[str]:
    folded = {k: fold(v[:length]).text for k, v in PATHOLOGICAL.items()}
    slow = []
    for name, rx in PATTERNS:
        for kind, text in folded.items():
            started = time.perf_counter()
            for _ in rx.finditer(text):
                pass
            elapsed = time.perf_counter() - started
            if elapsed > limit:
                slow.append(f"{name} on {kind}: {elapsed:.2f} s")
    return slow


def test_every_pattern_is_quick_on_short_pathological_text():
    """A tenth of the length first: a pattern that is cubic or worse ('\\s*,?\\s*' scanned from every
    start) takes seconds here, where a linear or quadratic one takes milliseconds, and the pattern fails
    here instead of running for hours in the long check below."""
    assert not _slow_patterns(N // 10, LIMIT / 5)


@pytest.mark.slow
def test_every_pattern_finishes_on_pathological_text_within_a_second():
    assert not _slow_patterns(N, LIMIT)
