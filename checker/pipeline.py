"""The analysis of one document: plain values in, plain values out (no database, no terminal)."""
from __future__ import annotations

from dataclasses import dataclass

from checker import facts as fact_rules, language, model
from checker.documents import Document
from checker.sentences import Sentence, split


@dataclass(frozen=True)
class Analysis:
    sentences: tuple[Sentence, ...]
    facts: tuple[model.Fact, ...]


def analyse(doc: Document) -> Analysis:
    sentences = tuple(split(doc.text, doc.kept, doc.lang))
    if not language.has_rules(doc.lang):  # no rules for this language: nothing is read from it
        return Analysis(sentences, ())
    return Analysis(sentences, tuple(fact_rules.extract(doc, sentences)))
