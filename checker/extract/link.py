"""Linking a name written in Arabic letters to the same person written in Latin letters.

A name is compared through its consonant skeleton: the Latin spellings arabic-name-romanizer gives
for the Arabic name (checker/extract/romanise.py) and the Latin name are folded to one letter per
sound (`latin_sounds` in rules/common/entities.yaml), their vowels dropped, and scored with
rapidfuzz: Belousov in Arabic letters -> Bilousouf -> blsf; Belousov -> blsf. A link carries its score: at STRONG or
above it makes two spellings one person; between DOUBTFUL and STRONG it is recorded, never used.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

from checker import languages
from checker.languages import Language
from checker.extract import romanise

STRONG = 90.0  # skeletons this close (0-100) are one name
DOUBTFUL = 75.0  # a link below STRONG and at least this is recorded but never applied
MIN_SKELETON = 4  # consonants a skeleton needs to be linked at all: shorter ones match too much

@lru_cache(maxsize=1)
def _rapidfuzz():
    """rapidfuzz's scorers, imported when a name is first scored: most drafts need none, and the
    import costs about 10 ms at every start."""
    from rapidfuzz import fuzz, process

    return fuzz, process


_ARABIC = re.compile(r"[\u0600-\u06ff]")
_VOWELS = re.compile(r"[aeiouy]")


@dataclass(frozen=True)
class Link:
    spelling: str  # as written
    name: str  # the name it is linked to
    score: float  # 0-100

    @property
    def strong(self) -> bool:
        return self.score >= STRONG


def is_arabic(name: str) -> bool:
    return bool(_ARABIC.search(name or ""))


@languages.shared
def _sounds(common: Language) -> tuple[tuple[str, str], ...]:
    table = common.rules("entities").lexicons.get("latin_sounds", {})
    return tuple((k, str(v or "")) for k, v in table.items())


@lru_cache(maxsize=65536)
def skeleton(latin: str) -> str:
    """The consonants of a Latin name, one letter per sound, words kept apart."""
    text = unicodedata.normalize("NFKD", latin or "")
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    for a, b in _sounds():
        text = text.replace(a, b)
    words = []
    for w in re.findall(r"[a-z]+", text):
        if w in ("al", "el", "bin", "ibn", "bn"):  # the article and 'son of' are written or left out
            continue
        w = _VOWELS.sub("", w)
        w = re.sub(r"(.)\1+", r"\1", w)
        if w:
            words.append(w)
    return " ".join(words)


def score(arabic: str, latin: str) -> float:
    """How alike an Arabic-script name and a Latin one are (0-100), over the likely spellings."""
    target = skeleton(latin)
    return max((_skeleton_score(skeleton(s), target) for s in romanise.spellings(arabic)), default=0.0)


def _skeleton_score(a: str, b: str, **_) -> float:
    if len(a.replace(" ", "")) < MIN_SKELETON or len(b.replace(" ", "")) < MIN_SKELETON:
        return 100.0 if a == b and a else 0.0
    # the whole name, and the name against the other's words in any order (Widodo Joko)
    fuzz = _rapidfuzz()[0]
    return max(fuzz.ratio(a, b), fuzz.token_sort_ratio(a, b))


def best(arabic: str, candidates: Iterable[str]) -> Link | None:
    """The Latin name among candidates most like an Arabic-script name, if any reaches DOUBTFUL.
    Two candidates at the top score make the link doubtful whatever the score."""
    return _best(arabic, romanise.spellings(arabic), candidates)


def best_latin(romanised: str, candidates: Iterable[str]) -> Link | None:
    """The same for a name already romanised from Arabic ('Ritanou Marasoudi' ~ 'Retno Marsudi')."""
    return _best(romanised, (romanised,), candidates)


def _best(spelling: str, forms: Iterable[str], candidates: Iterable[str]) -> Link | None:
    names = list(dict.fromkeys(c for c in candidates if c and not is_arabic(c) and c != spelling))
    if not names:
        return None
    choices = {n: skeleton(n) for n in names}
    top: tuple[str, float] | None = None
    tie = False
    for form in forms:
        query = skeleton(form)
        # both scores are at most 200·shorter/(both lengths) (an edit per letter of difference):
        # a name that cannot reach DOUBTFUL by its length alone is not scored
        near = {n: s for n, s in choices.items() if 200 * min(len(s), len(query)) >= DOUBTFUL * (len(s) + len(query))}
        for _, s, name in _rapidfuzz()[1].extract(query, near, scorer=_skeleton_score, limit=2,
                                          score_cutoff=DOUBTFUL):
            if top is None or s > top[1]:
                tie, top = False, (name, s)
            elif name != top[0] and s == top[1]:
                tie = True
    if top is None:
        return None
    return Link(spelling, top[0], min(top[1], STRONG - 0.01) if tie else top[1])
