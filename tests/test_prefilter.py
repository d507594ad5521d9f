"""The prefilter may only skip a pattern that cannot match: whenever a pattern matches a text, the
gate lets it run. Checked on constructed patterns, random texts, every rule's examples and the
case-insensitive letters of all of Unicode."""
import re
import sys

import pytest
from hypothesis import given, settings, strategies as st

from checker import languages, rules
from checker.extract import prefilter
from checker.extract.prefilter import Gate, RuleGate, factors
from checker.textfold import fold


@pytest.mark.parametrize("pattern, expected", [
    (r"(?<![\w])(?P<trigger>visit(?:ed|s)?|travell?ed\s+to)(?![\w])", {"visit", "travelled", "traveled"}),  # 'visited' holds 'visit'
    (r"(?:bilateral\s+trade|trade\s+volume)", {"bilateral", "volume"}),
    (r"\d+(?:\.\d+)?\s*(?=per\s*cent)", {"cent"}),  # what a lookahead requires; the longer literal
    (r"(?:a|b)(?:c|d)x", {"acx", "adx", "bcx", "bdx"}),
    (r"Visit", {"visit"}),  # compared in lower case
])
def test_factors(pattern, expected):
    assert factors(pattern) == expected


@pytest.mark.parametrize("pattern", [
    r"\d+",  # no literal at all
    r"(?<=budget\s)\d+",  # a lookbehind may look before the part of the text tested
    r"(?:visit)?\d",  # optional
    r"(?P<a>x)?(?P=a)|z\w",  # an alternative without a literal
])
def test_no_factors_means_always_run(pattern):
    assert factors(pattern) is None
    assert Gate([pattern]).which("nothing here") == {0}


def test_gate_skips_only_what_cannot_match():
    gate = Gate([r"visit(?:ed)?", r"met\s+with", r"\d+"])
    assert gate.which("The president visited Cairo") == {0, 2}
    assert gate.which("They met  with the king") == {1, 2}
    assert gate.which("Talks went on", 0, 5) == {2}
    # a window of the text: the factor must lie inside it
    assert gate.which("met with him; visited", 13) == {0, 2}


@pytest.mark.parametrize("pattern, text", [
    ("s", "\u017f"),  # long s
    ("k", "\u212a"),  # Kelvin sign
    ("ix", "\u0130x"),  # capital I with dot: two characters in str.lower(), one for the regex engine
    ("\u03c3", "\u03c2"),  # sigma, final sigma
    ("\u00b5", "\u03bc"),  # micro sign, mu
    ("\u0130stanbul", "istanbul"),
])
def test_case_insensitive_letters(pattern, text):
    assert re.search(pattern, text, re.IGNORECASE)
    assert Gate([pattern]).which(text) == {0}


def test_lower_covers_every_code_point():
    """`lower` takes a shortcut for text without the few letters a regex folds further; the list
    of those letters must be complete."""
    slow = [ch for ch in map(chr, range(sys.maxunicode + 1))
            if prefilter.lower(ch) != ch.translate(prefilter._CASE).lower().translate(prefilter._CASE)]
    assert slow == []


PATTERNS = [r"ab(?:c|d)+e", r"(?:x|yz)\s*w", r"a(?=bc)", r"(?:ab){2}c", r"[a-c]d|e[^a]f", r"(?i:AB)c?d",
            r"(?<!a)bc(?!d)", r"a.c", r"(?:abc|ab)(?:d|)e"]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abcdefwxyzABC \u017f", max_size=30))
def test_random_texts(text):
    fired = Gate(PATTERNS).which(text)
    for i, pattern in enumerate(PATTERNS):
        if re.search(pattern, text, re.IGNORECASE):
            assert i in fired, (pattern, text)


RULE_CASES = [pytest.param(lang, kind, id=f"{lang}/{kind}") for lang, kind in rules.all_rule_files()]


@pytest.mark.parametrize("lang, kind", RULE_CASES)
def test_every_rule_runs_on_its_own_examples(lang, kind):
    ruleset = languages.get(lang).rules(kind)
    ruled = [r for r in ruleset.rules if r.source is not None]
    gate = RuleGate(ruled)
    for rule in ruled:
        for example in (*rule.examples, *rule.counterexamples):
            text = fold(example.text).text
            if rule.regex.search(text):
                assert gate.runs(text)(rule), (rule.id, example.text)


def test_a_rule_of_another_folder_always_runs():
    en = languages.get("en").rules("events").rules
    stranger = rules.Rule("en/events/x", "events", {}, (), (), r"nowhere\s+at\s+all")
    runs = RuleGate(en).runs("no such words")
    assert runs(stranger)
    assert not any(runs(r) for r in en if r.source and "visit" in r.source)
