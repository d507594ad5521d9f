"""A document's language from the script its letters are written in (rules/common/language.yaml)."""
from __future__ import annotations

from checker import languages

UNDETERMINED = "und"  # a language with no rules: stored and reported, no facts read from it
SAMPLE = 20_000  # letters counted; enough to know the script of any article


def detect(text: str) -> str:
    """The language code of the first rule whose script holds at least min_share of the letters."""
    letters = list(filter(str.isalpha, text[: SAMPLE * 4]))[:SAMPLE]
    if not letters:
        return UNDETERMINED
    sample = "".join(letters)
    for rule in languages.common().rules("language").rules:
        if len(rule.regex.findall(sample)) / len(sample) >= rule["min_share"]:
            return rule["lang"]
    return UNDETERMINED


def has_rules(lang: str) -> bool:
    return lang in languages.codes()


def run_example(ruleset, rule, example) -> dict | None:
    """Example runner for language rules (tests/test_rule_examples.py)."""
    lang = detect(example.text)
    return {"lang": lang} if lang == rule["lang"] else None
