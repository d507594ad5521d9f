"""The analysis of one document: plain values in, plain values out (no database, no terminal)."""
from __future__ import annotations

from dataclasses import dataclass

from checker.extract import facts as fact_rules, timex
from checker.compare.in_document import in_document
from checker.read import language
from checker import model
from checker.read.documents import Document
from checker.extract.sentences import Sentence, split


@dataclass(frozen=True)
class Analysis:
    sentences: tuple[Sentence, ...]
    facts: tuple[model.Fact, ...]
    findings: tuple[model.Finding, ...] = ()  # what the document allows checking on its own
    whens: tuple[model.When, ...] = ()  # every time expression, offsets into the document


def analyse(doc: Document, *, checks: bool = True) -> Analysis:
    """Sentences and facts of a document, and (with `checks`) its in-document findings, which
    do not change as the archive grows and so are computed once, here."""
    sentences = tuple(split(doc.text, doc.kept, doc.lang))
    if not language.has_rules(doc.lang):  # no rules for this language: nothing is read from it
        return Analysis(sentences, ())
    # Tagged once, sentence by sentence in order, so 'the day before' follows the previous time.
    whens = tuple(timex.tag_spans(doc.text, [(s.start, s.end) for s in sentences], doc.lang, doc.anchor))
    facts = tuple(fact_rules.extract(doc, sentences, whens))
    found = tuple(in_document(doc, whens)) if checks else ()
    return Analysis(sentences, facts, found, whens)
