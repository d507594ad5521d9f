"""Split the kept text of a document into sentences, with offsets into the original text.

Line breaks end a sentence (cleaning keeps ranges within lines), save in a text hard-wrapped at
a fixed width, whose lines are joined back into their paragraphs first; inside a line the
`split` rules of rules/<lang>/sentences.yaml end one, unless the boundary falls inside a
`keep` match (a number, an initial, an abbreviation) or inside a quotation. A runaway
sentence is cut at whitespace so that later stages never see a huge one.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from checker import languages
from checker.languages import Language
from checker.textfold import fold

MAX_CHARS = 2000
FALLBACK_LANG = "en"  # Latin punctuation, for a language with no rules of its own


@dataclass(frozen=True)
class Sentence:
    """A sentence, by its offsets into the document."""

    start: int  # offsets into the original document text
    end: int
    text: str


@dataclass(frozen=True)
class _Splitter:
    """One language's sentence boundaries, compiled."""

    split: tuple[re.Pattern, ...]
    keep: tuple[re.Pattern, ...]
    quote: re.Pattern | None  # a quotation, matched on the original (folding merges quote forms)


@languages.compiled
def _splitter(lang: Language) -> _Splitter:
    rs = lang.rules("sentences")
    if not rs.rules and lang.code != FALLBACK_LANG:
        return _splitter(FALLBACK_LANG)
    quote = None
    if "quotes" in rs.lexicons:
        q = rs.lexicons["quotes"]
        o, c = re.escape(q["open"]), re.escape(q["close"])
        quote = re.compile(f"[{o}][^{o}{c}\n]{{1,{MAX_CHARS}}}[{c}]")
    return _Splitter(tuple(r.regex for r in rs.rules if r["action"] == "split"),
                     tuple(r.regex for r in rs.rules if r["action"] == "keep"), quote)


def _boundaries(piece: str, sp: _Splitter) -> tuple[int, ...]:
    folded = fold(piece)
    ends = {folded.span(*m.span())[1] for rx in sp.split for m in rx.finditer(folded.text)}
    if not ends:  # one sentence: what keeps a boundary need not be looked for
        return ()
    keep = [folded.span(*m.span()) for rx in sp.keep for m in rx.finditer(folded.text)]
    if sp.quote:
        keep += [m.span() for m in sp.quote.finditer(piece)]
    inside = _merge(keep)
    starts = [s for s, _e in inside]
    return tuple(sorted(p for p in ends if not _within(p, inside, starts)))


def quoted_ends(piece: str, lang: Language | str) -> list[int]:
    """The sentence ends inside the quotations of `piece` (one sentence of `split`): a quotation of
    several sentences stays one sentence, but what one of its sentences says is not the next one's."""
    sp = _splitter(lang)
    if not sp.quote:
        return []
    quotes = [m.span() for m in sp.quote.finditer(piece)]
    if not quotes:
        return []
    folded = fold(piece)
    ends = {folded.span(*m.span())[1] for rx in sp.split for m in rx.finditer(folded.text)}
    keep = _merge([folded.span(*m.span()) for rx in sp.keep for m in rx.finditer(folded.text)])
    starts = [s for s, _e in keep]
    return sorted(p for p in ends if any(s < p < e for s, e in quotes) and not _within(p, keep, starts))


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    for s, e in sorted(spans):
        if out and s < out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def _within(p: int, spans: list[tuple[int, int]], starts: list[int]) -> bool:
    """True when p falls strictly inside one of the merged, sorted spans."""
    i = bisect.bisect_left(starts, p) - 1
    return i >= 0 and p < spans[i][1]


def _cap(text: str, start: int, end: int):
    """Cut a span longer than MAX_CHARS at whitespace, after a comma or semicolon where the second half
    of the piece has one: a cut between a number and its scale ('$95 | billion') would make a figure of
    its own."""
    while end - start > MAX_CHARS:
        half = start + MAX_CHARS // 2
        cut = max(text.rfind(p, half, start + MAX_CHARS) for p in (", ", "; ", "\u060c ", "\u061b "))
        cut = cut + 1 if cut > start else text.rfind(" ", start + 1, start + MAX_CHARS)
        cut = cut if cut > start else start + MAX_CHARS
        yield start, cut
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if start < end:
        yield start, end


def split(text: str, kept, lang: Language | str) -> list[Sentence]:
    """Sentences of the kept ranges of `text`, in order."""
    sp = _splitter(lang)
    out: list[Sentence] = []
    for line_start, line_end in _unwrapped([line for rs, re_ in kept for line in _lines(text, rs, re_)], text, sp):
        cuts = [line_start + b for b in _boundaries(text[line_start:line_end], sp)]
        pos = line_start
        for cut in [*cuts, line_end]:
            s, e = _trim(text, pos, cut)
            for a, b in _cap(text, s, e) if s < e else ():
                # a hard wrap's line break inside a sentence is a space: a name may run over it (the
                # same length, so offsets hold)
                out.append(Sentence(a, b, text[a:b].replace("\n", " ")))
            pos = cut
    return out


WRAP_LINE_CHARS = 30  # a line this long at least may be one a hard wrap cut
WRAP_SHARE = 0.5  # of such lines, the share that run on into the next for the text to be hard-wrapped
WRAP_MIN_LINES = 3  # and at least this many
# a line of a list ('- X', '• X', '3- X', '12) X', '10. X'; not a range, '20 - 30 per cent') or of a
# record ('Minister of Defence: X', a line ending with a colon): its own
_BULLET = re.compile(r"\s*(?:[-\u2022*\u2013\u2014]|\d{1,2}\s?[-\u2013.)]\s(?!\s*\d))")


def _unwrapped(lines: list[tuple[int, int]], text: str, sp: _Splitter) -> list[tuple[int, int]]:
    """The lines of a text hard-wrapped at a fixed width (a wire or a print page: most long lines stop
    mid-sentence, the next line going on with it) joined back into their paragraphs: a line that ends
    no sentence, the next right after it (no blank line between), is one with it. Any other text's
    lines are its paragraphs already."""
    trimmed = [_trim(text, s, e) for s, e in lines]
    runs_on = [i + 1 < len(lines) and trimmed[i][0] < trimmed[i][1] and trimmed[i + 1][0] < trimmed[i + 1][1]
               and lines[i + 1][0] == lines[i][1] + 1 and not _listed(text, *trimmed[i])
               and not _listed(text, *trimmed[i + 1]) and not _ends_sentence(text, *trimmed[i], sp)
               for i in range(len(lines))]
    long_ = [i for i, (s, e) in enumerate(trimmed) if e - s >= WRAP_LINE_CHARS and i + 1 < len(lines)]
    wrapped = sum(runs_on[i] for i in long_)
    if wrapped < WRAP_MIN_LINES or wrapped < WRAP_SHARE * len(long_):
        return lines
    out: list[tuple[int, int]] = []
    for i, (s, e) in enumerate(lines):
        if i and runs_on[i - 1]:
            out[-1] = (out[-1][0], e)  # the line goes on with the one before it
        else:
            out.append((s, e))
    return out


def _listed(text: str, s: int, e: int) -> bool:
    return _BULLET.match(text, s) is not None or ":" in text[s:e]


ENDING_CHARS = 40  # the end of a line looked at to tell whether a sentence ends there


def _ends_sentence(text: str, s: int, e: int, sp: _Splitter) -> bool:
    """Does text[s:e], a line, end where a sentence ends (the split rules mark its end)? Read on its
    last words only: an abbreviation or a number before the end is all that may keep it going."""
    tail = text[max(s, e - ENDING_CHARS):e]
    return len(tail) in _boundaries(tail, sp)


def _lines(text: str, start: int, end: int):
    pos = start
    while True:
        nl = text.find("\n", pos, end)
        if nl < 0:
            yield pos, end
            return
        yield pos, nl
        pos = nl + 1


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return s, e


def run_example(ruleset, rule, example) -> dict | None:
    """Example runner for sentence rules: the sentences of the example under its language's rules."""
    got = [s.text for s in split(example.text, ((0, len(example.text)),), ruleset.lang)]
    if rule["action"] == "split":
        return {"sentences": got} if len(got) > 1 else None
    return {"sentences": got} if len(got) == 1 else None
