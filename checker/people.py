"""One person in both scripts across the archive: an unknown person named in Arabic (stored under
the Latin spelling arabic-name-romanizer gives) is linked to the same person named in English
articles, by the consonant skeletons of the two spellings (checker/extract/link.py).

Run after each ingest over the whole store, so the order in which articles arrive does not matter.
A strong link renames the person in the Arabic articles' facts and is recorded with its score; a
doubtful one is recorded only, so it never joins facts into a conflict.
"""
from __future__ import annotations


from checker import languages
from checker.languages import Language
from checker.extract import link, names

FROM, TO = "ar", "en"


@languages.shared
def object_kinds(common: Language) -> tuple[str, ...]:
    """Event kinds whose object is a person (meetings), from the event rules of every language."""
    kinds = set()
    for lang in languages.codes():
        for rule in languages.get(lang).rules("events").rules:
            if "person" in ((rule.get("roles") or {}).get("object") or ()):
                kinds.add(rule["kind"])
    return tuple(sorted(kinds))


def _unknown(counts) -> list[str]:
    return [n for n in counts if n and not link.is_arabic(n) and names.canonical(n) is None]


def _as_written(sentence: str | None, spelling: str) -> str | None:
    """The Arabic a romanised name was read from, found again in a sentence that names it: its
    letters link better than one Latin spelling of them (the letters for ch may be pinyin's q)."""
    if not sentence:
        return None
    return next((e.text for e in names.find(sentence, FROM) if not e.known and e.name == spelling), None)


def link_archive(store) -> list[link.Link]:
    """Link the romanised names of Arabic articles to names of English articles; the links made."""
    kinds = object_kinds()
    targets = _unknown(store.participant_names(TO, kinds))
    made = []
    spellings = _unknown(store.participant_names(FROM, kinds))
    sentences = store.sentences_naming(spellings, FROM)  # one pass over the facts, not one a name
    for spelling in spellings:
        written = _as_written(sentences.get(spelling), spelling)
        found = link.best(written, targets) if written else link.best_latin(spelling, targets)
        if found is not None:
            found = link.Link(spelling, found.name, found.score)
        if found is None:
            continue
        store.link(spelling, found.name, found.score, found.strong, "skeleton", FROM, kinds)
        made.append(found)
    return made
