"""The prefilter may only skip a pattern that cannot match: whenever a pattern matches a text, the
gate lets it run. Checked on constructed patterns, random texts, every rule's examples and the
case-insensitive letters of all of Unicode."""
import pickle
import re
import sys
from pathlib import Path

import pytest
from hypothesis import example, given, settings, strategies as st

from checker import languages, rules
from checker.extract import prefilter
from checker.extract.prefilter import Gate, RuleGate, factors
from checker.textfold import fold

DEV = Path(__file__).parent / "data" / "real" / "dev"


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


def test_a_gate_asked_again_answers_for_the_text_and_window_asked():
    # the answer to the last question is kept: a new text or another window of it is read anew
    gate = Gate([r"visit(?:ed)?", r"met\s+with", r"\d+"])
    assert gate.which("The president visited Cairo") == {0, 2}
    assert gate.which("The president visited Cairo") == {0, 2}
    assert gate.which("They met with the king") == {1, 2}
    assert gate.which("met with him; visited", 13) == {0, 2}
    assert gate.which("met with him; visited", 0, 12) == {1, 2}
    assert gate.which("met with him; visited") == {0, 1, 2}
    assert "_last" not in Gate.__getstate__(gate)  # a gate kept on disk holds no text it read
    assert pickle.loads(pickle.dumps(gate)).which("we met with them") == {1, 2}


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
        for case in (*rule.examples, *rule.counterexamples):
            text = fold(case.text).text
            if rule.regex.search(text):
                assert gate.runs(text)(rule), (rule.id, case.text)


def test_a_rule_of_another_folder_always_runs():
    en = languages.get("en").rules("events").rules
    stranger = rules.Rule("en/events/x", "events", {}, (), (), r"nowhere\s+at\s+all")
    runs = RuleGate(en).runs("no such words")
    assert runs(stranger)
    assert not any(runs(r) for r in en if r.source and "visit" in r.source)


def test_a_caller_changing_the_positions_given_does_not_change_the_next_answer():
    ruled = [rules.Rule("en/x/0", "x", {}, (), (), r"visit"), rules.Rule("en/x/1", "x", {}, (), (), r"\d+")]
    gate = RuleGate(ruled)
    first = gate.positions(ruled, "no such words")  # only the rule without words runs
    assert list(first) == [1]
    try:
        first.append(0)  # a list kept for the next call would now name the rule of 'visit' too
    except AttributeError:
        pass
    assert list(gate.positions(ruled, "no such words again")) == [1]
    assert gate.select(ruled, "nothing") == [ruled[1]]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abcdefwxyzABC \u017f", max_size=30))
def test_select_keeps_the_order_and_the_rules_runs_lets_through(text):
    """select() visits only the rules whose words occur: the same rules as runs() allows, in order."""
    ruled = [rules.Rule(f"en/x/{i}", "x", {}, (), (), p) for i, p in enumerate(PATTERNS)]
    stranger = rules.Rule("en/x/s", "x", {}, (), (), r"nowhere")  # a rule the gate was not built with
    gate = RuleGate(ruled)
    for listed in (ruled, [stranger, *ruled[::2]], ruled[3:]):
        assert gate.select(listed, text) == [r for r in listed if gate.runs(text)(r)]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="abcdefwxyzABC \u017f", max_size=30))
def test_a_source_gate_selects_patterns_and_pairs_as_its_test_lets_through(text):
    """SourceGate.select over pattern sources, or (rule, compiled pattern) pairs as the title rules
    are kept: the same items as runs() allows, in their order; a pattern it was not built with runs."""
    gate = prefilter.SourceGate(PATTERNS)
    stranger = r"nowhere"
    runs = gate.runs(text)
    for sources in (list(PATTERNS), [stranger, *PATTERNS[::2]], list(PATTERNS[3:])):
        assert gate.select(sources, text) == [x for x in sources if runs(x)]
        pairs = tuple((n, re.compile(x, re.IGNORECASE)) for n, x in enumerate(sources))
        assert gate.select(pairs, text) == [pair for pair in pairs if runs(pair[1].pattern)]


ALTERNATIVES = [r"ab", r"abc", r"b\w+", r"(?<!a)c+", r"(?:x|yz)\s*w", r"zw?", r"e(?=f)"]


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="abcefwxyz \u017f", max_size=40), st.integers(0, 5), st.integers(0, 45))
def test_an_alternation_run_pattern_by_pattern_matches_as_the_joined_one(text, pos, endpos):
    """Leftmost match first, the earlier pattern on a tie, the scan going on after each match's end:
    the same matches, with the same groups, as the patterns joined by '|'."""
    joined = re.compile("|".join(f"(?P<p{i}>{s})" for i, s in enumerate(ALTERNATIVES)), re.IGNORECASE)
    alternation = prefilter.Alternation(ALTERNATIVES)
    assert alternation.joined is None  # no pattern matches empty: run pattern by pattern
    want = [(int(m.lastgroup[1:]), m.span()) for m in joined.finditer(text, pos, endpos)]
    assert [(i, m.span()) for i, m in alternation.finditer(text, pos, endpos)] == want


def test_an_alternation_that_can_match_empty_runs_joined():
    alternation = prefilter.Alternation([r"a*", r"b"])
    assert alternation.joined is not None
    # an empty match moves the scan on by one: 'b' is found after the empty match of 'a*' before it
    assert [(i, m.span()) for i, m in alternation.finditer("xab")] == [
        (0, (0, 0)), (0, (1, 2)), (0, (2, 2)), (1, (2, 3)), (0, (3, 3))]


@pytest.mark.parametrize("lang", ["ar", "en"])
def test_the_modality_cues_match_as_their_one_alternation(lang):
    """Every cue rule's examples, and ten real articles, read with the cue rules one by one as with
    the cue rules joined."""
    cue_rules = languages.get(lang).rules("modality").rules
    joined = re.compile("|".join(f"(?P<c{i}>{r.source})" for i, r in enumerate(cue_rules)), re.IGNORECASE)
    alternation = prefilter.Alternation([r.source for r in cue_rules])
    texts = [e.text for r in cue_rules for e in (*r.examples, *r.counterexamples)]
    texts += [p.read_text(encoding="utf-8") for p in sorted(DEV.glob(f"{lang}_*.txt"))[:10]]
    assert len(texts) > 10
    for text in map(lambda t: fold(t).text, texts):
        want = [(int(m.lastgroup[1:]), m.span()) for m in joined.finditer(text)]
        assert [(i, m.span()) for i, m in alternation.finditer(text)] == want


def test_an_alternation_kept_on_disk_matches_as_the_one_it_was():
    import pickle
    alt = prefilter.Alternation([r"\bwill\s+visit\b", r"\bvisit(?:ed|s)?\b", r"\bsaid\b"])
    again = pickle.loads(pickle.dumps(alt))
    text = "She said she will visit Lima; he visited Quito and visits Cusco."
    assert [(i, m.span()) for i, m in again.finditer(text)] == [(i, m.span()) for i, m in alt.finditer(text)] != []
    assert again.gate is not alt.gate and again.sources == alt.sources


SCAN_PATTERNS = [[r"visit(?:ed)?", r"met\s+with", r"\d+"], [r"tariffs?", r"(?:ab){2}c", r"x(?=yz)"], [r"yz|wa"]]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="abcxyzw \u017fvisted", max_size=60), st.lists(st.integers(0, 60), max_size=6))
@example("a wa 12", [3]).via("a factor across the cut")
@example("we visited", [6]).via("a factor across the cut")
def test_a_document_scan_answers_as_each_gate_reading_its_sentence(text, cuts):
    """One pass over the whole text, then every gate asked about a piece (and windows of it) gives
    what the gate reading the piece alone gives; a factor across two pieces is in neither."""
    gates = [Gate(p) for p in SCAN_PATTERNS]
    cuts = sorted({0, len(text), *(c for c in cuts if c <= len(text))})
    spans = [(a, b) for a, b in zip(cuts, cuts[1:]) if a < b]
    seen = prefilter.Scan(gates).pieces(text, spans)
    for (a, b), found in zip(spans, seen):
        piece = text[a:b]
        for gate in gates:
            for pos, endpos in [(0, None), (1, None), (0, len(piece) - 1), (2, len(piece) - 2)]:
                assert found.which(gate, pos, endpos) == _read_alone(gate, piece, pos, endpos), (piece, pos, endpos)


def _read_alone(gate: Gate, text: str, pos: int, endpos: int | None) -> frozenset:
    prefilter._seen = {}  # no scan: the gate reads the text itself
    gate._last = None
    return gate.which(text, pos, endpos)


def test_a_gate_asks_the_scan_only_about_the_sentences_of_the_document_scanned():
    from checker.extract import events, facts  # the analysis's stages register their gates on import
    assert facts.extract and events.prefilter is prefilter and prefilter._SCANNED
    text = "Lima and Quito met with envoys. The minister visited Cusco in 2023.\nNothing here."
    spans = [(0, 31), (32, 66), (67, len(text))]
    prefilter.scan("en", text, spans)
    sentence = fold(text[32:66]).text
    assert sentence in prefilter._seen and fold(text[0:31]).text in prefilter._seen
    gate = Gate([r"met\s+with", r"visit(?:ed)?", r"\d+"])  # a gate no stage registered: reads the text
    assert gate.key not in prefilter._seen[sentence].keys
    assert gate.which(sentence) == {1, 2}
    registered = prefilter._inner(prefilter._SCANNED[0]("en"))
    assert registered.key in prefilter._seen[sentence].keys


def test_an_analysis_is_the_same_with_and_without_the_document_scan(monkeypatch):
    from checker import pipeline
    from checker.read import documents
    paths = sorted(DEV.glob("en_*.txt"))[:3] + sorted(DEV.glob("ar_*.txt"))[:3]
    docs = [documents.load_file(p, lang=p.name[:2]) for p in paths]
    scanned = [pipeline.analyse(d) for d in docs]
    monkeypatch.setattr(prefilter, "scan", lambda *a: None)
    prefilter._seen = {}
    assert [pipeline.analyse(d) for d in docs] == scanned
