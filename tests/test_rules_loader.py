import re

import pytest

from checker.rules import RuleError, parse
from pathlib import Path

P = Path("rules/xx/dates.yaml")


def test_unknown_key_names_file_and_rule():
    with pytest.raises(RuleError, match=r"rules/xx/dates.yaml: rule r1: unknown key 'patern'"):
        parse({"rules": [{"id": "r1", "patern": "x", "pattern": "x", "value": {}}]}, P, "xx", "dates")


def test_wrong_type_is_an_error():
    with pytest.raises(RuleError, match=r"rule r1: 'value' must be dict"):
        parse({"rules": [{"id": "r1", "pattern": "x", "value": "2023"}]}, P, "xx", "dates")


def test_missing_required_field():
    with pytest.raises(RuleError, match=r"rule r1: missing \['value'\]"):
        parse({"rules": [{"id": "r1", "pattern": "x"}]}, P, "xx", "dates")


def test_numbered_group_is_refused():
    with pytest.raises(RuleError, match="numbered capturing group"):
        parse({"rules": [{"id": "r1", "pattern": "(x)", "value": {}}]}, P, "xx", "dates")


def test_unknown_placeholder_is_refused():
    with pytest.raises(RuleError, match=r"unknown placeholder \{month\}"):
        parse({"rules": [{"id": "r1", "pattern": "{month}", "value": {}}]}, P, "xx", "dates")


def test_unknown_kind_and_top_level_key():
    with pytest.raises(RuleError, match="unknown kind"):
        parse({}, Path("rules/xx/nonsense.yaml"), "xx", "nonsense")
    with pytest.raises(RuleError, match="unknown top-level key"):
        parse({"rulez": []}, P, "xx", "dates")


def test_lexicon_placeholder_expands_longest_first_and_folded():
    rs = parse({"lexicons": {"month": {"كانون": 0, "كانون الثاني": 1, "آذار": 3}},
                "rules": [{"id": "m", "pattern": "(?P<m>{month})", "value": {}}]}, P, "xx", "dates")
    m = rs.rules[0].regex.search("في كانون  الثاني")
    assert m.group("m") == "كانون  الثاني"
    assert rs.lookup("month", "كانون  الثاني") == 1
    assert rs.lookup("month", "أذار") == 3  # alef forms fold together
    assert rs.rules[0].regex.search("اذار")


def test_example_keys_are_checked():
    with pytest.raises(RuleError, match="unknown example key 'expected'"):
        parse({"rules": [{"id": "r1", "pattern": "x", "value": {}, "examples": [{"text": "x", "expected": {}}]}]},
              P, "xx", "dates")
