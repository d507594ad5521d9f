"""Fold text before matching: one spelling for letter variants, no diacritics or invisible marks.

The tables come from rules/common/orthography.yaml. Replacements are one character for
one, deletions are tracked, so a match in folded text maps back to the exact span of the
original (Folded.span).
"""
from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache

from checker import ruledir


@dataclass(frozen=True)
class Folded:
    """Folded text, with where each of its characters came from in the original."""

    text: str
    offsets: tuple[int, ...] | None  # offsets[i] = index in the original of folded char i; None = same

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span of folded text[start:end]."""
        if self.offsets is None:
            return start, end
        if start >= end:
            pos = self.offsets[start] if start < len(self.offsets) else self._end()
            return pos, pos
        return self.offsets[start], self.offsets[end - 1] + 1

    def at(self, original: int) -> int:
        """The folded offset of an original one: the first folded character from it on."""
        return original if self.offsets is None else bisect_left(self.offsets, original)

    def _end(self) -> int:
        return self.offsets[-1] + 1 if self.offsets else 0


@lru_cache(maxsize=1)
def _orthography() -> tuple:
    """(path, the rules of rules/common/orthography.yaml), read once, as plain data: the rule loader folds
    every pattern with these tables, so they come first."""
    path, data = ruledir.read("common", "orthography")
    return path, (data or {}).get("rules") or []


@lru_cache(maxsize=1)
def _tables() -> tuple[dict[int, str], frozenset[str]]:
    path, rules_ = _orthography()
    table: dict[int, str] = {}
    ignored: set[str] = set()
    for rule in rules_:
        for src, dst in (rule.get("fold") or {}).items():
            if len(src) != 1 or len(dst) != 1:
                raise ruledir.RuleError(f"{path}: rule {rule.get('id')}: fold maps one character to one "
                                        f"({src!r} -> {dst!r})")
            table[ord(src)] = dst
        for i, ch in enumerate(rule.get("digits") or ""):
            table[ord(ch)] = str(i)
        for item in rule.get("ignore") or []:
            ignored.update(_expand_class(item))
    return table, frozenset(ignored)


def _expand_class(item: str) -> set[str]:
    """'a-z' or single characters, as in a regex character class."""
    chars = set()
    for m in re.finditer(r"(.)-(.)|(.)", item, re.S):
        if m.group(3) is not None:
            chars.add(m.group(3))
        else:
            chars.update(chr(c) for c in range(ord(m.group(1)), ord(m.group(2)) + 1))
    return chars


def fold(text: str) -> Folded:
    # every stage folds each sentence again: keep the last few (short texts only, to bound memory)
    found = _pieces.get(text)
    if found is not None:
        return found
    return _fold_short(text) if len(text) <= 4096 else _fold(text)


_pieces: dict[str, Folded] = {}  # the pieces fold_pieces folded last, by their text


def fold_pieces(text: str, spans) -> tuple[Folded, list[tuple[int, int, Folded]]]:
    """Fold `text` once, and its (start, end) pieces (its sentences: rising, not overlapping) as
    slices of it, each with its start and end in the folded whole. Folding goes character by
    character, so a slice is what folding the piece alone gives; fold() answers with these
    pieces until the next call."""
    global _pieces
    whole = fold(text)
    offsets = whole.offsets
    out = []
    for s, e in spans:
        if offsets is None:
            fs, fe, kept = s, e, None
        else:
            fs, fe = bisect_left(offsets, s), bisect_left(offsets, e)
            kept = None if fe - fs == e - s else tuple(o - s for o in offsets[fs:fe])
        out.append((fs, fe, Folded(whole.text[fs:fe], kept)))
    _pieces = {text[s:e]: piece for (s, e), (_, _, piece) in zip(spans, out)}
    return whole, out


@lru_cache(maxsize=512)
def _fold_short(text: str) -> Folded:
    return _fold(text)


def _fold(text: str) -> Folded:
    changed, ignored = _scanners()
    # str.translate looks every character up in the table; a regex finds the few it changes
    mapped = changed.sub(_replace, text) if changed is not None else text
    if ignored is None or ignored.search(mapped) is None:
        return Folded(mapped, None)
    # the kept stretches between runs of ignored marks, a range each: no loop over every character
    keep: list[int] = []
    pos = 0
    for m in ignored.finditer(mapped):
        keep.extend(range(pos, m.start()))
        pos = m.end()
    keep.extend(range(pos, len(mapped)))
    return Folded(ignored.sub("", mapped), tuple(keep))


def _replace(m: re.Match) -> str:
    return _tables()[0][ord(m.group())]


@lru_cache(maxsize=1)
def _scanners() -> tuple[re.Pattern | None, re.Pattern | None]:
    """A character the table changes (one at a time), and a run of ignored ones: character classes."""
    table, ignored = _tables()
    changed = sorted(chr(k) for k, v in table.items() if v != chr(k))
    def one_of(chars) -> str:
        return "[" + "".join(re.escape(c) for c in chars) + "]"
    return (re.compile(one_of(changed)) if changed else None), (re.compile(one_of(sorted(ignored)) + "+") if ignored else None)


def fold_pattern(text: str) -> str:
    """Fold a pattern or a lexicon term (no offsets needed)."""
    table, ignored = _tables()
    mapped = text.translate(table)
    return "".join(ch for ch in mapped if ch not in ignored) if ignored.intersection(mapped) else mapped


_DASHES = str.maketrans({c: " " for c in "-\u2010\u2011\u2012\u2013\u2014\u2212"})


@lru_cache(maxsize=1 << 16)
def name_key(text: str | None) -> str:
    """One key for the spellings of a name or term across sources: folded, lower-case, a hyphen or
    dash as a space, no accents on Latin letters, single-spaced ('Al-Murabit', 'al Murabit' and
    'Al Murabit'; 'Gökhan' and 'Gokhan'). The store keeps it beside each participant and the
    comparison blocks and looks facts up by it."""
    folded = fold_pattern(text or "").translate(_DASHES).casefold()
    if not folded.isascii():  # decomposing leaves Arabic as folded; drops the marks of Latin letters
        folded = "".join(ch for ch in unicodedata.normalize("NFKD", folded) if not unicodedata.combining(ch))
        folded = unicodedata.normalize("NFC", folded)
    return " ".join(folded.split())


@lru_cache(maxsize=1)
def _compatible() -> re.Pattern | None:
    """A character of the classes orthography.yaml's `compose` lists."""
    classes = "".join(item for rule in _orthography()[1] for item in rule.get("compose") or [])
    return re.compile(f"[{classes}]") if classes else None


def compose(text: str) -> str:
    """The text with each character of the `compose` classes written as the letters it draws (its
    Unicode compatibility form: a ligature as its letters, a letter's contextual shape as the
    letter). Done once, on a document's text as read: a ligature is two letters, which folding,
    one character for one, cannot give."""
    found = _compatible()
    if found is None or found.search(text) is None:
        return text
    return found.sub(lambda m: unicodedata.normalize("NFKC", m.group()), text)


def run_example(ruleset, rule, example) -> dict:
    """Example runner for rules/common/orthography.yaml (see tests/test_rule_examples.py)."""
    return {"folded": fold(compose(example.text)).text}
