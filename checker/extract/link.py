"""Linking a name written in Arabic letters to the same person written in Latin letters.

A name is compared through its consonant skeleton: the Latin spellings arabic-name-romanizer gives
for the Arabic name (checker/extract/romanise.py), and those its letters give one by one
(rules/common/romanisation.yaml: the Arabic letters for ch also stand for pinyin's q or zh), and the Latin name are folded to
one letter per sound (`latin_sounds` in rules/common/entities.yaml), their vowels dropped, and scored with
rapidfuzz: Belousov in Arabic letters -> Bilousouf -> blsf; Belousov -> blsf. A link carries its score: at STRONG or
above it makes two spellings one person; between DOUBTFUL and STRONG it is recorded, never used.
"""
from __future__ import annotations

import itertools
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

from checker import languages
from checker.languages import Language
from checker.extract import romanise
from checker.textfold import fold, name_key

STRONG = 90.0  # skeletons this close (0-100) are one name
DOUBTFUL = 75.0  # a link below STRONG and at least this is recorded but never applied
MIN_SKELETON = 4  # consonants a skeleton needs to be linked at all: shorter ones match too much
MAX_FORMS = 16  # letter-by-letter skeletons tried per name: each ambiguous letter doubles them

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
    """A spelling linked to a known name, and how alike the two are."""

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


@languages.shared
def _particles(common: Language) -> frozenset[str]:
    return frozenset(str(w) for w in common.rules("entities").lexicons.get("latin_particles") or ())


@languages.shared
def _vowel_spellings(common: Language):
    """latin_vowel_spellings as one function: its `letters` replaced anywhere, its `endings` at the
    end of a word."""
    table = common.rules("entities").lexicons.get("latin_vowel_spellings") or {}
    letters = tuple((str(k), str(v or "")) for k, v in (table.get("letters") or {}).items())
    endings = tuple((str(k), str(v or "")) for k, v in (table.get("endings") or {}).items())

    def read(word: str) -> str:
        for a, b in letters:
            word = word.replace(a, b)
        for a, b in endings:
            if word.endswith(a) and len(word) > len(a):
                return word[: -len(a)] + b
        return word
    return read


@languages.shared
def _son_of(common: Language) -> frozenset[str]:
    return frozenset(str(w) for w in common.rules("entities").lexicons.get("latin_son_of") or ())


def latin_son_of() -> frozenset[str]:
    """The Latin words for 'son of' (bin, ibn): no name begins with one."""
    return _son_of()


def latin_articles() -> frozenset[str]:
    """The Latin spellings of the article of a family name (al, el)."""
    return _particles() - _son_of()


def spelling_key(latin: str) -> str:
    """One key for Latin spellings of a name that differ only by a doubled letter or an article
    written or left out (Jaafar Nasser, Jafar Nasser; Abdel-Karim el-Masri, Abdel Karim al-Masri):
    the name key without the articles, each doubled letter single. Vowels stay: Hassan and
    Hussein are two names; 'son of' stays, written one way (bin, ibn): 'X bin Y' is not 'X Y'."""
    son_of = _son_of()
    articles = _particles() - son_of
    return " ".join("bin" if w in son_of else re.sub(r"(.)\1+", r"\1", w)
                    for w in name_key(latin).split() if w not in articles)


def skeleton(latin: str) -> str:
    """The consonants of a Latin name, one letter per sound, words kept apart."""
    return _skeleton()(latin)


@languages.shared
def _skeleton(common: Language):
    """skeleton() for the sounds of these rules, each name worked out once: kept on the Language,
    so that other rules (a swapped rules folder) get their own."""
    sounds = _sounds()
    particles = _particles()

    @lru_cache(maxsize=65536)
    def skeleton(latin: str) -> str:
        text = unicodedata.normalize("NFKD", latin or "")
        text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
        for a, b in sounds:
            text = text.replace(a, b)
        words = []
        for w in re.findall(r"[a-z]+", text):
            if w in particles:  # the article and 'son of' are written or left out
                continue
            # a doubled letter is one sound (Mohammed, Mohamed); two sounds a vowel apart stay two,
            # as Arabic writes them (Keqiang: k-q, a letter for each)
            w = _VOWELS.sub("", re.sub(r"(.)\1+", r"\1", w))
            if w:
                words.append(w)
        return " ".join(words)
    return skeleton


@languages.shared
def _letters(common: Language) -> tuple[re.Pattern | None, dict[str, tuple[str, ...]], frozenset]:
    """The Arabic letters of rules/common/romanisation.yaml, longest first, and the skeletons they
    may stand for (readings alike in the skeleton are one: the letter read i, e or y is all vowels)."""
    rs = common.rules("romanisation")
    table = {k: (str(v or ""),) for k, v in rs.lexicons.get("letters", {}).items()}
    for rule in rs.rules:
        table[fold(rule["arabic"]).text] = tuple(str(r) for r in rule["latin"])
    if not table:
        return None, {}, frozenset()
    readings = {k: _distinct(v) for k, v in table.items()}
    alternation = "|".join(re.escape(k) for k in sorted(table, key=len, reverse=True))
    return re.compile(alternation), readings, frozenset(rs.lexicons.get("particles", {}))


def _distinct(readings: tuple[str, ...]) -> tuple[str, ...]:
    """The first reading of each skeleton a letter may give: the rest would only multiply the forms."""
    first: dict[str, str] = {}
    for r in readings:
        first.setdefault(_letter_skeleton(r), r)
    return tuple(first.values())


def _letter_skeleton(reading: str) -> str:
    return _VOWELS.sub("", _sounded(reading))


def _sounded(text: str) -> str:
    for a, b in _sounds():
        text = text.replace(a, b)
    return text


def letter_skeletons(arabic: str) -> tuple[str, ...]:
    """Skeletons of an Arabic-script name read letter by letter with every reading of its letters
    (at most MAX_FORMS): Li Keqiang as Arabic writes it -> 'l k snk', 'l k knk'."""
    return _letter_skeletons()(arabic)


@languages.shared
def _letter_skeletons(common: Language):
    """letter_skeletons() for the letters of these rules, each name worked out once, kept on the Language."""
    pattern, readings, particles = _letters()

    @lru_cache(maxsize=16384)
    def letter_skeletons(arabic: str) -> tuple[str, ...]:
        if pattern is None or not is_arabic(arabic):
            return ()
        words = []
        for word in fold(arabic).text.split():
            if not is_arabic(word):
                continue
            if word in particles:  # 'son of' and the article are written or left out, as in skeleton()
                continue
            # letters without a reading (a diacritic left) are skipped
            words.append([readings[m.group()] for m in pattern.finditer(word)])
        forms = []
        for picked in itertools.islice(_fewest_changes([o for pieces in words for o in pieces]), MAX_FORMS):
            it = iter(picked)
            out = [skeleton("".join(next(it) for _ in pieces)) for pieces in words]
            forms.append(" ".join(w for w in out if w))
        return tuple(dict.fromkeys(f for f in forms if f))
    return letter_skeletons


def letter_reading(arabic: str) -> str:
    """An Arabic-script word read letter by letter, each letter as its first Latin reading, a waw or
    ya that begins the word as a consonant, an alef before one that begins it as no letter, a final
    ha after a consonant as a (ta marbuta): Claudio in Arabic letters -> Klaodio. A foreign name
    written in Arabic letters gives its vowels as letters, which this keeps and adds none ('' if
    no letter has a reading)."""
    pattern, readings, _ = _letters()
    word = fold(arabic).text
    if pattern is None or not is_arabic(word):
        return ""
    pieces = [(m.group(), readings[m.group()][0]) for m in pattern.finditer(word)]
    out = []
    for i, (letters, reading) in enumerate(pieces):
        if i == 0 and letters == "\u0627" and len(pieces) > 1 and pieces[1][0] in ("\u0648", "\u064a"):
            reading = ""  # an alef that only carries the vowel after it (Olaf, Obama)
        elif i == 0 and letters in ("\u0648", "\u064a"):
            reading = "w" if letters == "\u0648" else "y"
        elif i == len(pieces) - 1 and i and letters == "\u0647" and not _VOWELS.search(out[-1][-1:] or "a"):
            reading = "a"
        out.append(reading)
    text = "".join(out)
    return text[:1].upper() + text[1:]


def _fewest_changes(options: list[tuple[str, ...]]):
    """Every choice of one reading per letter, those that leave the most letters at their first
    reading first: the likeliest forms come before the cap, however many letters are ambiguous."""
    ambiguous = [i for i, o in enumerate(options) if len(o) > 1]
    for k in range(len(ambiguous) + 1):
        for where in itertools.combinations(ambiguous, k):
            for others in itertools.product(*(options[i][1:] for i in where)):
                picked = [o[0] for o in options]
                for i, r in zip(where, others):
                    picked[i] = r
                yield picked


def _skeletons(arabic: str) -> tuple[str, ...]:
    """Every skeleton an Arabic-script name may have: the package's spellings', then its letters'."""
    return tuple(dict.fromkeys((*(skeleton(s) for s in romanise.spellings(arabic)), *letter_skeletons(arabic))))


def score(arabic: str, latin: str) -> float:
    """How alike an Arabic-script name and a Latin one are (0-100), over the likely spellings."""
    target = skeleton(latin)
    return max((_skeleton_score(s, target) for s in _skeletons(arabic)), default=0.0)


def _skeleton_score(a: str, b: str, **_) -> float:
    if len(a.replace(" ", "")) < MIN_SKELETON or len(b.replace(" ", "")) < MIN_SKELETON:
        # the same short skeleton, one word of it only doubtfully: many names share two or three consonants
        return (100.0 if " " in a else STRONG - 0.01) if a == b and a else 0.0
    # the whole name, the name against the other's words in any order (Widodo Joko), and the
    # letters without the spaces, since a name's syllables are split apart in one script (Jin Ping as
    # Arabic writes it) and not in the other (Jinping)
    fuzz = _rapidfuzz()[0]
    reordered = fuzz.token_sort_ratio(a, b) if _words_pair(a, b) else 0.0
    # the letters without spaces only where the two split the name into a different number of words:
    # two names of as many words are compared word by word ('bs rks' is no 'bsr ksn', though its
    # letters run alike)
    joined = fuzz.ratio(_joined(a), _joined(b)) if len(a.split()) != len(b.split()) else 0.0
    return _capped(a, b, max(fuzz.ratio(a, b), reordered, joined))


def _capped(a: str, b: str, s: float) -> float:
    """A score at most doubtful where the given names agree and a short family name does not: in
    a skeleton of few letters one consonant more or less is another family, however alike the
    whole (Tarek Mitri, Tarek Amer: 'trk mtr', 'trk mr')."""
    return min(s, STRONG - 0.01) if s >= STRONG and _short_family_apart(a, b) else s


def _short_family_apart(a: str, b: str) -> bool:
    """Two skeletons of as many words, two or more, whose given names pair up and whose last words,
    both of MIN_SKELETON - 1 consonants or fewer, differ. Spellings of one name that differ only by
    vowels or a doubled letter have one skeleton, so a difference here is a whole consonant; a longer
    family name keeps its link on a consonant one script leaves out (a syllable of Jinping)."""
    wa, wb = a.split(), b.split()
    if len(wa) < 2 or len(wa) != len(wb) or wa[-1] == wb[-1] or max(len(wa[-1]), len(wb[-1])) >= MIN_SKELETON:
        return False
    fuzz = _rapidfuzz()[0]
    return all(fuzz.ratio(x, y) >= STRONG for x, y in zip(wa[:-1], wb[:-1]))


def _words_pair(a: str, b: str) -> bool:
    """May two skeletons be compared in any order of their words? Only where the words, sorted, pair
    up one for one, each alike on its own (Widodo Joko, Joko Widodo): two short words a letter apart
    each ('sn br', 'brm sn') are two other names, however alike the sorted whole."""
    fuzz = _rapidfuzz()[0]
    wa, wb = sorted(a.split()), sorted(b.split())
    return len(wa) == len(wb) and all(fuzz.ratio(x, y) >= STRONG for x, y in zip(wa, wb))


def _joined(sk: str) -> str:
    return sk.replace(" ", "")


def _may_reach(a: str, b: str) -> bool:
    """Can _skeleton_score(a, b) reach DOUBTFUL? Each of its ratios is at most 200·shorter/(both
    lengths), of the skeletons or of their letters without spaces."""
    return max(_bound(len(a), len(b)), _bound(len(_joined(a)), len(_joined(b)))) >= DOUBTFUL


def _bound(x: int, y: int) -> float:
    return 200 * min(x, y) / (x + y) if x + y else 100.0


def best(arabic: str, candidates: Iterable[str]) -> Link | None:
    """The Latin name among candidates most like an Arabic-script name, if any reaches DOUBTFUL.
    Two candidates at the top score make the link doubtful whatever the score."""
    return _best(arabic, _skeletons(arabic), candidates)


def best_latin(romanised: str, candidates: Iterable[str]) -> Link | None:
    """The same for a name already romanised from Arabic ('Ritanou Marasoudi' ~ 'Retno Marsudi').
    None if the other script writes it so too: the next nearest name would be someone else."""
    candidates = tuple(candidates)
    parts = _folded_parts(romanised)
    if any(_folded_parts(c) == parts for c in candidates if c and not is_arabic(c)):
        return None
    return _best(romanised, (skeleton(romanised),), candidates)


def _best(spelling: str, forms: Iterable[str], candidates: Iterable[str]) -> Link | None:
    """forms: the skeletons of the name to link."""
    pool, by_length = _pool(tuple(candidates), _skeleton())
    if not any(c.name != spelling for c in pool):
        return None
    fuzz, process = _rapidfuzz()
    top: tuple[str, float] | None = None
    tie = False
    for form in forms:
        n, nj = len(form), len(_joined(form))
        # each score is at most 200·shorter/(both lengths), of the names or of their letters without
        # spaces (an edit per letter of difference): a name that cannot reach DOUBTFUL by length is
        # not scored, told once per pair of lengths
        near = [pool[i] for i in sorted(i for (size, letters), at in by_length.items()
                                        if max(_bound(n, size), _bound(nj, letters)) >= DOUBTFUL for i in at)
                if pool[i].name != spelling]
        if nj < MIN_SKELETON:  # a short skeleton links only to the same skeleton (_skeleton_score)
            alike = 100.0 if " " in form else STRONG - 0.01  # one word: doubtfully (Hanin, Enany)
            scores = {i: alike for i, c in enumerate(near) if form and c.skeleton == form}
        else:
            # _skeleton_score's three ratios, each over all names at once
            long = [(i, c) for i, c in enumerate(near) if c.letters >= MIN_SKELETON]
            scores = {}
            for scorer, query, field in ((fuzz.ratio, form, "skeleton"), (fuzz.token_sort_ratio, form, "skeleton"),
                                         (fuzz.ratio, _joined(form), "joined")):
                for _, s, k in process.extract(query, [getattr(c, field) for _, c in long], scorer=scorer,
                                               limit=None, score_cutoff=DOUBTFUL):
                    if scorer is fuzz.token_sort_ratio and not _words_pair(form, long[k][1].skeleton):
                        continue
                    if field == "joined" and len(form.split()) == len(long[k][1].skeleton.split()):
                        continue  # as many words: compared word by word (_skeleton_score)
                    i = long[k][0]
                    scores[i] = max(scores.get(i, 0.0), _capped(form, near[i].skeleton, s))
        # the two best, ties in the candidates' order
        for i, s in sorted(scores.items(), key=lambda x: (-x[1], x[0]))[:2]:
            name = near[i].name
            if top is None or s > top[1]:
                tie, top = False, (name, s)
            elif s == top[1] and name_key(name) != name_key(top[0]):
                tie = True  # two names; one written with and without its accents (Rodrigués, Rodrigues) is one
    if top is None:
        return None
    return Link(spelling, top[0], min(top[1], STRONG - 0.01) if tie else top[1])


@dataclass(frozen=True)
class _Candidate:
    name: str
    skeleton: str
    joined: str  # the skeleton without spaces
    size: int  # len(skeleton)
    letters: int  # len(joined)


@lru_cache(maxsize=8)
def _pool(candidates: tuple[str, ...], skeleton) -> tuple[tuple[_Candidate, ...], dict[tuple[int, int], list[int]]]:
    """The Latin names among candidates with their skeletons (by the rules' skeleton()), and their
    positions by the lengths of their skeletons (with and without spaces), worked out once per list
    of names: the catalogue's people are one list, linked against every Arabic name."""
    out = []
    by_length: dict[tuple[int, int], list[int]] = {}
    for c in dict.fromkeys(c for c in candidates if c and not is_arabic(c)):
        sk = skeleton(c)
        by_length.setdefault((len(sk), len(_joined(sk))), []).append(len(out))
        out.append(_Candidate(c, sk, _joined(sk), len(sk), len(_joined(sk))))
    return tuple(out), by_length


def run_example(ruleset, rule, example) -> dict | None:
    """Example runner for rules/common/romanisation.yaml (tests/test_rule_examples.py): the Arabic
    spelling linked, through its letters alone, to the Latin name of `expect` (or of `context` for a
    counter-example); None unless the link is strong. The rule's letters must be in the spelling."""
    latin = example.expect.get("name") or example.context.get("name")
    if not latin or fold(rule["arabic"]).text not in fold(example.text).text:
        return None
    target = skeleton(latin)
    top = max((_skeleton_score(s, target) for s in letter_skeletons(example.text)), default=0.0)
    return {"name": latin, "score": top} if top >= STRONG else None


# -- two Latin spellings of one name, part by part ---------------------------------------------------

MAX_PARTS = 8  # parts of a name compared; a longer run of words is no one's name
_ARTICLE_WORDS = frozenset(("al", "el", "bin", "ibn", "bn", "ben"))  # written or left out, as in skeleton()
# Alkhatib, Elsayed: the article written onto the name; Ennadir, Essebsi: written as said, its l
# become the name's first letter, written twice
_GLUED_ARTICLE = re.compile(r"^(?:al|el|e([dnrstz])(?=\1[a-z]{3}))")  # (never a-: Assaad is no Saad)
# How a Latin writer may spell one Arabic letter the press spells otherwise: dj and j for the letter
# Egypt says as g (Haggar, Hajjar), c before a front vowel as s (Nacer, Nasser).
_SOFT = ((re.compile(r"dj"), "j"), (re.compile(r"j"), "g"), (re.compile(r"c(?=[eiy])"), "s"))


@lru_cache(maxsize=65536)
def _folded_parts(name: str) -> tuple[str, ...]:
    # Cached: the catalogue's names are split again for every spelling linked against them.
    text = unicodedata.normalize("NFKD", name or "")
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    return tuple(w for w in re.findall(r"[a-z]+", text) if w not in _ARTICLE_WORDS)[:MAX_PARTS]


@lru_cache(maxsize=65536)
def _part_forms(part: str) -> tuple[tuple[str, str, tuple], ...]:
    """(skeleton, pattern, qualities) of a name part as written, with the article glued to it left out,
    and read with the softer letters of _SOFT. The pattern keeps h and marks where vowels stand
    (Mohamed m.h.m.d, Mahmoud m.hm.d), the qualities what they sound (_qualities): alike skeletons of
    short names are told apart by them."""
    bases = {part, _GLUED_ARTICLE.sub("", part)}
    out = []
    for b in bases:
        soft = b
        for rx, to in _SOFT:
            soft = rx.sub(to, soft)
        for w in dict.fromkeys((b, soft)):
            out.append((skeleton(w), _pattern(w), _qualities(w)))
    return tuple(dict.fromkeys(out))


_LONG_VOWEL = {"a": "A", "e": "I", "i": "I", "y": "I", "o": "U", "u": "U"}


def _pattern(word: str) -> str:
    """Where the vowels stand, a short one as '.', a long one (two letters) by its last letter:
    Hassan h.s.n, Hussein h.sIn; Saad sAd, Saeed sId. The vowel spellings of one romanisation are
    first read as another's (Mourad as Murad, Abdallah as Abdalla: `latin_vowel_spellings`)."""
    return re.sub(r"[aeiouy]+", lambda m: "." if len(m[0]) == 1 else _LONG_VOWEL[m[0][-1]], _sounded_word(word))


def _sounded_word(word: str) -> str:
    """The word with one romanisation's vowel spellings read as another's, its letters by their sounds
    (h kept: it is where Mohamed and Mahmoud part) and each doubled consonant once."""
    text = _vowel_spellings()(word)
    for a, b in _sounds():
        if b or a != "h":
            text = text.replace(a, b)
    return re.sub(r"([^aeiouy])\1+", r"\1", text)


_VOWEL_CLASS = {"a": "a", "e": "i", "i": "i", "y": "i", "o": "u", "u": "u"}
_SHORT = frozenset("eo")  # a lone e or o writes a short vowel; a lone a, i, y or u either length


def _qualities(word: str) -> tuple[str, tuple]:
    """The word's consonants with its runs of vowels marked, and each run read by its sounds, a, i (e, i,
    y) and u (o, u), with the length its letters tell: long where written twice or as two letters,
    short for a lone e or o, either for a lone a, i, y or u (_same_sounds)."""
    text = _sounded_word(word)
    runs = []
    for m in re.finditer(r"[aeiouy]+", text):
        run = []
        for cls, letters in itertools.groupby(m[0], key=_VOWEL_CLASS.get):
            letters = "".join(letters)
            run.append((cls, "long" if len(letters) > 1 else "short" if letters in _SHORT else "either"))
        runs.append(tuple(run))
    return re.sub(r"[aeiouy]+", ".", text), tuple(runs)


def _same_sounds(qa: tuple[str, tuple], qb: tuple[str, tuple]) -> bool:
    """Two words of the same consonants whose vowels have the same sounds, a long one only against one
    that may be long: writers of Latin script mark a long vowel or not as they please (Kareem, Karim;
    Madouri, Maduri; Eisa, Isa) but keep its sound (Hamad and Hamoud, Hassan and Hussein stay apart),
    and a lone e is short (Salem and Saleem, Rashed and Rasheed stay apart)."""
    if qa[0] != qb[0] or len(qa[1]) != len(qb[1]):
        return False
    for ra, rb in zip(qa[1], qb[1]):
        if len(ra) != len(rb) or any(ca != cb or {ka, kb} == {"short", "long"} for (ca, ka), (cb, kb) in zip(ra, rb)):
            return False
    return True


def _part_score(a: str, b: str) -> float:
    """How alike two name parts are (0-100): an initial stands for any part it begins; else their
    skeletons, equal where short, by rapidfuzz where long; a short name, given or family, must also
    place its vowels alike, or give them the same sounds (Mohamed and Muhammad, Karim and Kareem are
    one name; Mohamed and Mahmoud, Hassan and Hussein, Saad and Saeed two)."""
    if len(a) == 1 or len(b) == 1:
        return STRONG if a[0] == b[0] else 0.0
    fuzz = _rapidfuzz()[0]
    top = 0.0
    for sa, pa, qa in _part_forms(a):
        for sb, pb, qb in _part_forms(b):
            if not sa or not sb:
                continue
            if min(len(sa), len(sb)) < MIN_SKELETON - 1:  # two or fewer consonants: alike only if equal
                s = 100.0 if sa == sb else 0.0
            else:
                s = fuzz.ratio(sa, sb)
            if s and len(sa) <= MIN_SKELETON - 1 and pa != pb and not _same_sounds(qa, qb):  # a short name's vowels tell it apart
                s = 0.0
            top = max(top, s)
    return top


def same_name_part(a: str, b: str) -> bool:
    """Are two Latin words spellings of one name part (Muhammad, Mohammed; Luis, Luiz; never Hassan,
    Hussein)? _part_score's test, its initials aside."""
    return _part_score(a, b) >= STRONG


def same_person_score(a: str, b: str) -> float:
    """How alike two Latin spellings of a person's name are (0-100), part by part: the article
    glued, apart or left out; the family name (the last part, or the last two written as one:
    Nacer Eddine, Nassereddine) must agree; so must the first given name, written in full or as an
    initial; the middle names of a chain (Arabic 'son of' names) may be left out by either. A
    name of one word against a longer one is at most doubtful: a surname alone is no proof."""
    pa, pb = _folded_parts(a), _folded_parts(b)
    if not pa or not pb:
        return 0.0
    if len(pa) != len(pb) and _pattern("".join(pa)) == _pattern("".join(pb)) and len(skeleton("".join(pa))) >= 3:
        return 100.0  # the same letters split into words otherwise (Chinese syllables: Zhou Wenxin)
    if len(pa) == 1 or len(pb) == 1:
        one, other = (pa, pb) if len(pa) == 1 else (pb, pa)
        s = max(_part_score(one[0], other[-1]), _part_score(one[0], "".join(other[-2:]))
                if len(other) > 1 else 0.0)
        return s if len(other) == 1 else min(s, STRONG - 0.01)
    return _align(tuple(pa), tuple(pb))


def _align(pa: tuple[str, ...], pb: tuple[str, ...]) -> float:
    """The best alignment of two names' parts: first given names paired, families paired (a part
    against one or two joined), middle parts paired or left out; its score is its weakest pair's."""
    n, m = len(pa), len(pb)

    @lru_cache(maxsize=None)
    def best(i: int, j: int, left_out: int) -> float:
        # parts pa[i:], pb[j:] are left, i and j not the first; the last of each must be paired.
        # Only one side may leave middle parts out (left_out: 0 none yet, 1 a's, 2 b's): both
        # writing one that does not pair are two fathers' names, two people.
        if i == n and j == m:
            return 100.0
        if i == n or j == m:
            return 0.0
        top = 0.0
        for di in (1, 2):
            for dj in (1, 2):
                if di == dj == 2 or i + di > n or j + dj > m:
                    continue
                s = _part_score("".join(pa[i:i + di]), "".join(pb[j:j + dj]))
                if s >= STRONG:
                    top = max(top, min(s, best(i + di, j + dj, left_out)))
        if i < n - 1 and left_out != 2:  # a middle part of one left out
            top = max(top, best(i + 1, j, 1))
        if j < m - 1 and left_out != 1:
            top = max(top, best(i, j + 1, 2))
        return top

    first = _part_score(pa[0], pb[0])
    return min(first, best(1, 1, 0)) if first >= STRONG else 0.0


@lru_cache(maxsize=8)
def _parts_pool(candidates: tuple[str, ...], skeleton) -> tuple[tuple[str, ...], frozenset, tuple[str, ...]]:
    """best_by_parts' Latin names of two words or more among candidates, their parts, and the
    skeletons of their family names, worked out once per list of names (the catalogue's people).
    Tuples: the cache hands the same answer to every caller, which must not change it."""
    pool = tuple(c for c in dict.fromkeys(candidates) if c and not is_arabic(c) and len(_folded_parts(c)) >= 2)
    families = tuple(" ".join(skeleton(p) for p in _folded_parts(c)[-2:]) for c in pool)
    return pool, frozenset(_folded_parts(c) for c in pool), families


def best_by_parts(spelling: str, candidates: Iterable[str]) -> Link | None:
    """The Latin name of two words or more among candidates that same_person_score finds most like
    a Latin spelling, if any reaches DOUBTFUL; two at the top make the link doubtful (a surname
    alone is linked apart, people.link_surnames). Only names whose family name
    is near the spelling's (rapidfuzz over their skeletons, all at once) are scored in full."""
    parts = _folded_parts(spelling)
    if len(parts) < 2:
        return None
    pool, pool_parts, families = _parts_pool(tuple(candidates), _skeleton())
    if parts in pool_parts:  # written so in the other script too: nothing to link
        return None
    fuzz, process = _rapidfuzz()
    near: set[int] = set()
    for query in {skeleton(parts[-1]), skeleton("".join(parts[-2:])), " ".join(skeleton(p) for p in parts[-2:])}:
        for _, _, k in process.extract(query, families, scorer=fuzz.partial_ratio, limit=None, score_cutoff=DOUBTFUL):
            near.add(k)
    scored = sorted(((same_person_score(spelling, pool[k]), k) for k in near), key=lambda x: (-x[0], x[1]))
    if not scored or scored[0][0] < DOUBTFUL:
        return None
    top, k = scored[0]
    tie = len(scored) > 1 and scored[1][0] == top
    return Link(spelling, pool[k], min(top, STRONG - 0.01) if tie else top)


# -- Latin spellings of one person across articles -------------------------------------------------

MAX_BLOCK = 64  # names sharing a first and a family name's consonants: more are too common to tell apart


def _part_skeleton(part: str) -> str:
    return skeleton(_GLUED_ARTICLE.sub("", part))


def variants(spellings: Iterable[str], rank, written: Iterable[str] = (), begun=None) -> list[Link]:
    """Doubtful links between Latin spellings of one person's name that spelling_key does not join,
    each to the spelling `rank` (a sort key) puts first among its own:
    - the same name part by part (same_person_score): vowels written otherwise (Abdalla, Abdullah;
      a long vowel marked or not, Madouri, Maduri; never one of another sound, Hamad, Hamoud), a
      middle name of a chain left out by one;
    - a 'son of' chain without the family name (Abdullah bin Zayed) as the one longer name of the
      archive it begins (Abdullah bin Zayed Al Nahyan), or the one of them `written` (as writers of
      Latin script spell names, not a romaniser) holds;
    - any other name as the one longer name it begins (Ali Najafi, Ali Najafi Khoshroudi) where
      `begun(name, longer)` holds (both told holding the same post: people.link_variants, which keeps
      these links doubtful whatever the posts).
    Two people may bear such names: the links let their facts confirm one another, never clash."""
    written = set(written)
    pool = sorted({s for s in spellings if s and not is_arabic(s) and len(_folded_parts(s)) >= 2})
    blocks: dict[tuple[str, str], list[str]] = {}
    for s in pool:
        parts = _folded_parts(s)
        blocks.setdefault((_part_skeleton(parts[0]), _part_skeleton(parts[-1])), []).append(s)
        # the same letters split into words otherwise (Abdullatif Rashid, Abdul Latif Rashid)
        blocks.setdefault(("", _part_skeleton("".join(parts))), []).append(s)
    parent = {s: s for s in pool}

    def find(s: str) -> str:
        while parent[s] != s:
            parent[s] = parent[parent[s]]
            s = parent[s]
        return s

    by_key: dict[str, str] = {}
    for s in pool:  # spellings spelling_key joins are one name here too, so one head stands for them
        parent[find(s)] = find(by_key.setdefault(spelling_key(s), s))
    for block in blocks.values():
        if len(block) > MAX_BLOCK:
            continue
        for a, b in itertools.combinations(block, 2):
            if spelling_key(a) != spelling_key(b) and same_person_score(a, b) >= STRONG:
                parent[find(a)] = find(b)
    groups: dict[str, list[str]] = {}
    for s in pool:
        groups.setdefault(find(s), []).append(s)
    head = {s: min(g, key=rank) for g in groups.values() for s in g}
    links = [Link(s, head[s], min(same_person_score(s, head[s]), STRONG - 0.1))
             for s in pool if head[s] != s and spelling_key(s) != spelling_key(head[s])]
    # a chain without its family name: the longer names it begins, part by part
    begins: dict[tuple[str, ...], set[str]] = {}
    for s in pool:
        skel = tuple(_part_skeleton(p) for p in _folded_parts(s))
        for n in range(2, len(skel)):
            begins.setdefault(skel[:n], set()).add(head[s])
    son_of = _son_of()
    for s in pool:
        chain = bool(son_of & set(name_key(s).split()))
        if head[s] != s or not chain and begun is None:
            continue
        parts = _folded_parts(s)
        longer = {h for h in begins.get(tuple(_part_skeleton(p) for p in parts), ())
                  if h != s and all(same_name_part(p, q) for p, q in zip(parts, _folded_parts(h)))}
        if len(longer) > 1:
            longer &= written
        if len(longer) == 1 and (chain or begun(s, next(iter(longer)))):
            full = longer.pop()
            links.append(Link(s, full, 100 * len(spelling_key(s)) / len(spelling_key(full))))
    return links
