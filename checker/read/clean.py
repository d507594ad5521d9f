"""Remove page furniture from an article without losing offsets.

Rules come from rules/<lang>/boilerplate.yaml for every language plus rules/common: page
templates mix languages (an Arabic page may close with "More Stories"). Each rule is matched
on one folded line. Cleaning never builds a new string: it returns the ranges of the
original text that survive, so every later span still points into the original.
"""
from __future__ import annotations

from functools import lru_cache

from checker import rules
from checker.textfold import fold

Ranges = tuple[tuple[int, int], ...]


@lru_cache(maxsize=1)
def _rules() -> dict[str, tuple[rules.Rule, ...]]:
    by_action: dict[str, list[rules.Rule]] = {}
    for lang in [*rules.languages(), "common"]:
        for rule in rules.load(lang, "boilerplate").rules:
            by_action.setdefault(rule["action"], []).append(rule)
    return {action: tuple(rs) for action, rs in by_action.items()}


def _lines(text: str):
    """(start, end) of each line, without its line break."""
    start = 0
    while (nl := text.find("\n", start)) >= 0:
        yield start, nl
        start = nl + 1
    yield start, len(text)


def _strip(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


def _fires(action: str, line: str) -> bool:
    return any(r.regex.search(line) for r in _rules().get(action, ()))


def _pieces(text: str, start: int, end: int, folded) -> list[tuple[int, int]]:
    """The parts of one line left after removing drop-match residue."""
    cuts = sorted(folded.span(*m.span()) for r in _rules().get("drop-match", ()) for m in r.regex.finditer(folded.text))
    out, pos = [], start
    for s, e in cuts:
        if s + start > pos:
            out.append((pos, s + start))
        pos = max(pos, e + start)
    out.append((pos, end))
    return [p for p in (_strip(text, s, e) for s, e in out) if p]


def clean(text: str) -> Ranges:
    """The ranges of `text` that are the article itself, in order."""
    kept: list[list[tuple[int, int]]] = []  # pieces of each kept line
    last_line: str | None = None  # folded text of the last kept line
    for start, end in _lines(text):
        folded = fold(text[start:end])
        if not folded.text.strip():
            continue
        if _fires("cut-rest", folded.text):
            # An author blurb or tagline sits right before the block of other articles.
            if kept and last_line is not None and _fires("drop-before-cut", last_line):
                kept.pop()
            break
        if _fires("drop-line", folded.text):
            continue
        pieces = _pieces(text, start, end, folded)
        if pieces:
            kept.append(pieces)
            last_line = folded.text
    return tuple(p for line in kept for p in line)


def cleaned(text: str, kept: Ranges) -> str:
    return "\n".join(text[s:e] for s, e in kept)


def run_example(ruleset, rule, example) -> dict | None:
    """Example runner for boilerplate rules (tests/test_rule_examples.py)."""
    folded = fold(example.text)
    m = rule.regex.search(folded.text)
    if not m:
        return None
    s, e = folded.span(*m.span())
    return {"action": rule["action"], "match": example.text[s:e]}
