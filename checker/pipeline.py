"""The analysis of one document: plain values in, plain values out (no database, no terminal)."""
from __future__ import annotations

from dataclasses import dataclass

from checker import facts as fact_rules, findings, language, model
from checker.documents import Document
from checker.sentences import Sentence, split


@dataclass(frozen=True)
class Analysis:
    sentences: tuple[Sentence, ...]
    facts: tuple[model.Fact, ...]
    findings: tuple[model.Finding, ...] = ()  # what the document allows checking on its own


def analyse(doc: Document, *, checks: bool = True) -> Analysis:
    """Sentences and facts of a document, and (with `checks`) its in-document findings, which
    do not change as the archive grows and so are computed once, here."""
    sentences = tuple(split(doc.text, doc.kept, doc.lang))
    if not language.has_rules(doc.lang):  # no rules for this language: nothing is read from it
        return Analysis(sentences, ())
    facts = tuple(fact_rules.extract(doc, sentences))
    return Analysis(sentences, facts, tuple(findings.in_document(doc)) if checks else ())
