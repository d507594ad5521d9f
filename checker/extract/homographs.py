"""Place names two places share, told apart by the document that writes them.

Arabic writes the Sultanate of Oman and Jordan's capital Amman alike; the gazetteer leaves such
a name out, as it cannot tell which is meant. The document can: an article on Oman writes its
adjective, its capital or its sultan elsewhere; one on Jordan writes Jordan's. Where the words of
only one of the places (rules/<lang>/names.yaml `homograph_cues`) stand in the document, each time
the shared name is written it is that place. Where both or neither do, it stays unread.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from checker import languages
from checker.extract.names import canonical, known
from checker.languages import Language
from checker.model import Entity
from checker.textfold import fold

RULE = "homograph/document"


@languages.compiled
def _patterns(lang: Language) -> tuple[re.Pattern, re.Pattern] | None:
    """(the shared names as written, their clitics on them; the words that tell one place), or None
    where the language lists no shared name (names.yaml `homograph_word`, `homograph_cue`)."""
    rs = lang.rules("names")
    word, cue = rs.named("homograph_word"), rs.named("homograph_cue")
    return (word, cue) if word is not None and cue is not None else None


def resolve(texts: Iterable[str], lang: Language | str) -> dict[tuple[str, ...], str]:
    """The shared names the document tells apart: the places a name is shared by -> the one it stands for."""
    found = _patterns(languages.get(lang))
    if found is None:
        return {}
    word, cue = found
    rs = languages.get(lang).rules("names")
    told: set[str] = set()
    for text in texts:
        told.update(str(rs.lookup("homograph_cues", m.group("cue"))) for m in cue.finditer(fold(text).text))
    out = {}
    for places in rs.lexicons["place_homographs"].values():
        meant = [p for p in places if p in told]
        if len(meant) == 1:
            out[tuple(places)] = meant[0]
    return out


def mentions(text: str, lang: Language | str, resolved: dict[tuple[str, ...], str],
             taken: Iterable[Entity]) -> list[Entity]:
    """The shared names a sentence writes, as the places the document tells (`resolve`), where no
    other name read covers them."""
    found = _patterns(languages.get(lang)) if resolved else None
    if found is None:
        return []
    word = found[0]
    rs = languages.get(lang).rules("names")
    spans = [(e.start, e.end) for e in taken]
    folded = fold(text)
    out = []
    for m in word.finditer(folded.text):
        place = resolved.get(tuple(rs.lookup("place_homographs", m.group("word"), ())))
        s, e = folded.span(*m.span("word"))
        if place is None or any(a < e and s < b for a, b in spans):
            continue
        name = canonical(place) or place
        entity = known(name)
        kind = "country" if entity is not None and entity.type == "country" else "place"
        out.append(Entity(text=text[s:e], start=s, end=e, name=name, type=kind, rule=RULE))
    return out
