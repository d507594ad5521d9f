"""Every rule in rules/ carries examples; this runs them all.

A kind's runner takes (rule, example) and returns what the rule yields on the example
text as a dict, or None when the rule does not fire. Positive examples must fire and
yield at least the `expect` values; counter-examples (`not:`) must not fire.
"""
import importlib

import pytest

from checker import rules

# kind -> "module:function" that runs one rule on one example
RUNNERS = {
    "events": "checker.extract.facts:run_example",
    "figures": "checker.extract.figures:run_example",
    "orthography": "checker.textfold:run_example",
    "quantities": "checker.extract.quantities:run_example",
    "units": "checker.extract.quantities:run_unit_example",
    "entities": "checker.extract.names:run_example",
    "titles": "checker.extract.names:run_example",
    "names": "checker.extract.names:run_example",
    "groups": "checker.extract.groups:run_example",
    "lineups": "checker.extract.lineup:run_example",
    "ordinals": "checker.extract.ordinals:run_example",
    "boilerplate": "checker.read.clean:run_example",
    "sentences": "checker.extract.sentences:run_example",
    "language": "checker.read.language:run_example",
    "pubdate": "checker.read.pubdate:run_example",
    "dates": "checker.extract.timex:run_example",
    "modality": "checker.extract.timex:run_modality_example",
    "conflicts": "checker.compare.examples:run_example",
    "romanisation": "checker.extract.link:run_example",
}

CASES = []
for lang, kind in rules.all_rule_files():
    rs = rules.load(lang, kind)
    for rule in rs.rules:
        CASES.append(pytest.param(rs, rule, id=rule.id))


def _runner(kind):
    if kind not in RUNNERS:
        pytest.fail(f"no example runner for rule kind {kind!r}: add one to RUNNERS")
    module, func = RUNNERS[kind].split(":")
    return getattr(importlib.import_module(module), func)


@pytest.mark.parametrize("ruleset,rule", CASES)
def test_rule_examples(ruleset, rule):
    assert rule.examples, f"{rule.id} has no examples"
    run = _runner(rule.kind)
    for ex in rule.examples:
        got = run(ruleset, rule, ex)
        assert got is not None, f"{rule.id} did not fire on {ex.text!r}"
        for key, want in ex.expect.items():
            assert got.get(key) == want, f"{rule.id} on {ex.text!r}: {key} = {got.get(key)!r}, want {want!r}"
    for ex in rule.counterexamples:
        got = run(ruleset, rule, ex)
        assert got is None, f"{rule.id} fired on counter-example {ex.text!r}: {got!r}"


def test_every_rule_file_loads():
    assert rules.all_rule_files(), "rules/ holds no rule files"
    for lang, kind in rules.all_rule_files():
        rules.load(lang, kind)
