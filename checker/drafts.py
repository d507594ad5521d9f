"""The editor's check of a draft, shared by `checker check` and `checker serve`: read the draft,
refuse what cannot be checked with a reason, compare it with the archive, and point every finding
at the draft's own phrase and sentence. Notes say when nothing could be checked."""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace
from datetime import date

from checker import languages
from checker.compare.wording import MARK
from checker.model import Fact, Finding
from checker.read import documents, language
from checker.read.documents import Document, Raw

# a language code as BCP 47 writes it ('ar', 'en-US', 'zh-Hant-TW'); 'auto' asks for detection
_CODE = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8}){0,3}")


class DraftError(ValueError):
    """A draft that cannot be checked; the message says why, in one line."""


class NoRules(DraftError):
    """A draft, or a language code, in a language without rules."""


@dataclass(frozen=True)
class Mark:
    """Where a finding points in the draft: its own phrase, inside its sentence (offsets into the draft)."""

    start: int
    end: int
    sentence_start: int
    sentence_end: int
    text: str  # the draft

    @property
    def phrase(self) -> str:
        return self.text[self.start:self.end]

    @property
    def sentence(self) -> str:
        return self.text[self.sentence_start:self.sentence_end]

    def marked(self) -> str:
        """The whole sentence, the phrase between MARK, on one line."""
        s, e = self.sentence_start, self.sentence_end
        inside = self.text[self.start:self.end]
        return " ".join((self.text[s:self.start] + MARK[0] + inside + MARK[1] + self.text[self.end:e]).split())


@dataclass(frozen=True)
class Checked:
    """A draft checked: its findings, where each points in the draft, and notes."""

    doc: Document
    findings: tuple[Finding, ...]
    marks: tuple[Mark, ...]  # one per finding
    notes: tuple[str, ...] = ()  # what the editor should know when nothing, or less, was checked
    facts: int = 0


def language_code(code: str | None) -> str | None:
    """The rules' language for a code ('en-US' -> 'en'); None for 'auto' or none; DraftError for a
    code that is not one, or a language without rules."""
    if code in (None, "", "auto"):
        return None
    if not _CODE.fullmatch(code):
        raise DraftError(f"{code[:40]!r} is not a language code (use e.g. {', '.join(languages.codes())} or auto)")
    lang = re.split(r"[-_]", code)[0].lower()
    if not language.has_rules(lang):
        raise NoRules(f"language {lang!r} has no rules (known: {', '.join(languages.codes())})")
    return lang


def from_text(text: str, *, name: str = "<draft>", lang: str | None = None, published: date | None = None) -> Document:
    """A draft given as text (a web request): the same limits and refusals as a file."""
    if len(text) > documents.MAX_BYTES or len(text.encode("utf-8", "surrogatepass")) > documents.MAX_BYTES:
        raise DraftError(f"{name}: too large (limit {documents.MAX_BYTES:,} bytes)")
    try:
        text = documents.decode(text.encode("utf-8"))
    except (documents.InputProblem, UnicodeEncodeError) as e:
        raise DraftError(f"{name}: {_reason(str(e) if isinstance(e, documents.InputProblem) else 'not text')}") from None
    return document(Raw(name, text), lang=lang, published=published)


def document(raw: Raw, *, lang: str | None = None, published: date | str | None = None) -> Document:
    """A Document of a draft read from a file or a JSON Lines line; DraftError if its language has no rules."""
    lang = language_code(lang) or (language_code(raw.lang) if raw.lang else None)
    doc = documents.build(replace(raw, lang=lang), published=published)
    if not language.has_rules(doc.lang):
        raise NoRules(f"{raw.name}: {no_rules_note(doc.lang)}; give the language if it is one of "
                         f"{', '.join(languages.codes())}")
    return doc


def problem(p: documents.Problem) -> str:
    return f"{p.name}: {_reason(p.reason)}"


def _reason(reason: str) -> str:
    return "the draft is empty" if reason == "empty" else reason


def no_rules_note(lang: str) -> str:
    if lang == language.UNDETERMINED:
        return "the draft's language could not be told from its letters, and only languages with rules are checked"
    return f"language {lang!r} has no rules"


def check(store, doc: Document) -> Checked:
    """The draft against the archive: findings, each with its mark in the draft, and notes."""
    from checker import archive
    from checker.pipeline import analyse

    if doc.published is None and doc.published_period is None:  # a draft about to be published speaks of today
        doc = replace(doc, published=date.today(), published_evidence="not given: the day of the check")
    analysis = analyse(doc, checks=False)  # the draft's own checks come with its label, in archive.check
    found = archive.check(store, doc, analysis.facts, analysis.whens)
    notes = []
    if not analysis.facts:
        notes.append("no facts recognised in the draft: nothing in it was compared with the archive")
    elif not any(doc.id in f.docs and f.severity != "info" for f in found):
        notes.append(f"{len(analysis.facts)} fact{'s' if len(analysis.facts) != 1 else ''} recognised; "
                     "none contradicts the archive")
    starts = [s.start for s in analysis.sentences]
    facts = {f.id: f for f in analysis.facts}
    marks = tuple(_mark(f, doc, facts, analysis.sentences, starts) for f in found)
    return Checked(doc, tuple(found), marks, tuple(notes), len(analysis.facts))


def _mark(finding: Finding, doc: Document, facts: dict[str, Fact], sentences, starts: list[int]) -> Mark:
    """The draft's phrase a finding is about: the date or figure that clashes, else the fact's
    own words, else the quote; with the sentence it stands in."""
    start, end = 0, 0
    for fact_id in finding.facts:
        fact = facts.get(fact_id)
        if fact is None:
            continue
        start, end = fact.span
        figure = finding.rule.startswith("figure") or (fact.quantity is not None and fact.when is None)
        part = fact.quantity if figure else fact.when
        if part is not None and start <= part.start < part.end <= end:  # the phrase in this fact's clause
            start, end = part.start, part.end
        break
    else:
        for q in finding.quotes:
            if q.doc == doc.id:
                start, end = q.start, q.end
                break
    i = max(bisect_right(starts, start) - 1, 0)
    if sentences and sentences[i].start <= start <= sentences[i].end:
        s_start, s_end = sentences[i].start, max(sentences[i].end, end)
    else:
        s_start, s_end = start, end
    return Mark(start, end, s_start, s_end, doc.text)
