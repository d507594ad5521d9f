"""The analysis of one document: plain values in, plain values out (no database, no terminal)."""
from __future__ import annotations

from dataclasses import dataclass

from checker.extract import facts as fact_rules, prefilter, timex
from checker.compare.in_document import in_document
from checker import languages, model
from checker.languages import Language
from checker.read.documents import Document
from checker.extract.sentences import Sentence, split


@dataclass(frozen=True)
class Analysis:
    """What the analysis of one document found."""

    sentences: tuple[Sentence, ...]
    facts: tuple[model.Fact, ...]
    findings: tuple[model.Finding, ...] = ()  # what the document allows checking on its own
    whens: tuple[model.When, ...] = ()  # every time expression, offsets into the document


def analyse(doc: Document, lang: Language | None = None, *, checks: bool = True) -> Analysis:
    """Sentences and facts of a document, read with the rules of `lang` (by default the
    document's own language), and (with `checks`) its in-document findings, which do not change
    as the archive grows and so are computed once, here."""
    lang = languages.get(lang or doc.lang)
    sentences = tuple(split(doc.text, doc.kept, lang))
    if not lang.has_rules:  # no rules for this language: nothing is read from it
        return Analysis(sentences, ())
    prefilter.scan(lang, doc.text, [(s.start, s.end) for s in sentences])  # once: every stage's words
    # Tagged once, sentence by sentence in order, so 'the day before' follows the previous time.
    whens = tuple(timex.tag_spans(doc.text, [(s.start, s.end) for s in sentences], lang, doc.anchor))
    facts = tuple(fact_rules.extract(doc, sentences, whens, lang))
    found = tuple(in_document(doc, whens, lang)) if checks else ()
    return Analysis(sentences, facts, found, whens)
