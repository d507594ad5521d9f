import re

import pytest

from checker.rules import RuleError, parse
from pathlib import Path

P = Path("rules/xx/dates.yaml")


def test_unknown_key_names_file_and_rule():
    with pytest.raises(RuleError, match=r"rules/xx/dates.yaml: rule r1: unknown key 'patern'"):
        parse({"rules": [{"id": "r1", "patern": "x", "pattern": "x", "value": {}}]}, P, "xx", "dates")


def test_wrong_type_is_an_error():
    with pytest.raises(RuleError, match=r"rule r1: value must be a mapping"):
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


def test_nested_keys_are_checked_with_their_path():
    roles = {"order": "sv", "neds": ["subject"]}
    with pytest.raises(RuleError, match=r"events.yaml: rule v: roles: unknown key 'neds'"):
        parse({"rules": [{"id": "v", "pattern": "x", "kind": "visit", "roles": roles}]},
              Path("rules/xx/events.yaml"), "xx", "events")
    with pytest.raises(RuleError, match=r"rule v: roles.subject\[0\] must be .*'person'.*not 'persn'"):
        parse({"rules": [{"id": "v", "pattern": "x", "kind": "visit", "roles": {"subject": ["persn"]}}]},
              Path("rules/xx/events.yaml"), "xx", "events")
    with pytest.raises(RuleError, match=r"conflicts.yaml: rule c: settings: unknown key 'min_source'"):
        parse({"rules": [{"id": "c", "check": "corroboration", "severity": "info", "message": "m",
                          "settings": {"min_source": 2}}]}, Path("rules/common/conflicts.yaml"), "common", "conflicts")


def test_a_pattern_that_does_not_compile_names_file_and_rule():
    with pytest.raises(RuleError, match=r"rules/xx/dates.yaml: rule r1"):
        parse({"rules": [{"id": "r1", "pattern": "(?P<a>x", "value": {}}]}, P, "xx", "dates")


def test_a_cycle_between_patterns_is_refused_at_load():
    # a pattern may use only the patterns above it, so a cycle is an unknown placeholder
    with pytest.raises(RuleError, match=r"pattern a: unknown placeholder \{b\}"):
        parse({"patterns": {"a": "x{b}", "b": "y{a}"}, "rules": []}, P, "xx", "dates")


@pytest.fixture
def broken_rules(tmp_path):
    import shutil

    from checker.ruledir import RULES_DIR

    copy = tmp_path / "rules"
    shutil.copytree(RULES_DIR, copy, ignore=shutil.ignore_patterns("__pycache__", "*.py"))
    return copy


def _check_with_rules(root, tmp_path):
    import os
    import subprocess
    import sys

    draft = tmp_path / "draft.txt"
    draft.write_text("Putin visited Beijing in March 2023.", encoding="utf-8")
    env = {**os.environ, "CHECKER_RULES": str(root), "CHECKER_DB": str(tmp_path / "x.db")}
    return subprocess.run([sys.executable, "-m", "checker", "dates", str(draft)], capture_output=True, text=True,
                          env=env, timeout=120)


@pytest.mark.parametrize("edit, message", [
    (lambda r: (r / "en" / "modality.yaml").unlink(), r"en: missing modality.yaml"),
    (lambda r: (r / "en" / "events.yaml").write_text("rules:\n  - {id: v, pattern: x, kind: vist}\n"),
     r"conflicts.yaml: event_keys: no entry for event kind\(s\) vist"),
    (lambda r: (r / "en" / "dates.yaml").write_text("rules: [{id: r, pattern: '(?P<x>', value: {}}]\n"),
     r"en/dates.yaml: rule r"),
    (lambda r: (r / "common" / "units.yaml").write_text("{{{ not yaml"), r"units.yaml: not valid YAML"),
])
def test_a_rules_folder_edited_into_nonsense_fails_at_load(broken_rules, tmp_path, edit, message):
    edit(broken_rules)
    result = _check_with_rules(broken_rules, tmp_path)
    assert result.returncode == 2, result.stderr
    assert re.search(message, result.stderr), result.stderr
    assert "Traceback" not in result.stderr


def test_a_generated_rule_file_is_written_or_checked(tmp_path, capsys):
    from checker.ruledir import write_generated

    target = tmp_path / "generated.yaml"
    assert write_generated(target, lambda: "a: 1\n", "d", ["--check"]) == 1  # missing: differs
    assert write_generated(target, lambda: "a: 1\n", "d", []) == 0
    assert target.read_text(encoding="utf-8") == "a: 1\n"
    assert write_generated(target, lambda: "a: 1\n", "d", ["--check"]) == 0
    assert write_generated(target, lambda: "a: 2\n", "d", ["--check"]) == 1
    assert target.read_text(encoding="utf-8") == "a: 1\n"  # a check never writes
