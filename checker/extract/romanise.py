"""Arabic personal names: which words are attested name parts, and how a name is spelled in Latin
letters. Both come from arabic-name-romanizer, whose wheel ships an index of about 80,000 name
units with their attested Latin spellings (from Wikidata); its ONNX model is not loaded, so an
unattested unit is spelled by the package's letter rules: fast, deterministic, offline.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace
from functools import lru_cache

from checker import languages
from checker.languages import Language
from checker.textfold import fold, name_key

ARABIC = "ar"  # the names this module reads are Arabic names
MIN_ATTESTED = 2  # a unit spelled this many times in the index is a name part, not a stray entry
ARTICLE = "Al-"  # how the package's letter rules spell the article that begins a unit


@lru_cache(maxsize=1)
def _romanizer():
    from arabic_name_romanizer import Transliterator

    return Transliterator(auto_load_model=False)


def attested(word: str) -> int:
    """How often the index spells this word as a name unit (0: not a known name part). A compound
    written as one word that the index holds written apart (a particle of rules/ar/names.yaml
    `glued_particles` and the name after it) counts as the compound."""
    count = _spelled(word)
    if count or " " in word:
        return count
    apart = _written_apart(word)
    return _spelled(apart) if apart else 0


def _index_spellings(unit: str) -> list:
    """The index's spellings of a unit written in Arabic, each with how often it is told (none without the index)."""
    from arabic_name_romanizer.normalize import lookup_key

    index = _romanizer().index
    return index.lookup_unit(lookup_key(unit)) if index is not None and unit else []


@lru_cache(maxsize=65536)
def _spelled(unit: str) -> int:
    """How often the index spells this unit, as written (cached: the names ask of the same words often)."""
    return sum(v.count for v in _index_spellings(unit))


GLUED_REST = 3  # letters after a glued particle at least: the particle alone with a suffix is no compound


def _written_apart(word: str) -> str | None:
    """A compound written as one word (a `glued_particles` particle and the name after it) as the index
    holds it, written apart; None for any other word."""
    particle = next((p for p in _arabic_words("glued_particles") if word.startswith(p) and len(word) >= len(p) + GLUED_REST), None)
    return f"{particle} {word[len(particle):]}" if particle else None


@languages.compiled
def _name_words(lang: Language) -> dict[str, tuple[str, ...]]:
    """The word lists of a language's names.yaml this module reads: `glued_particles`, the particles
    its names write joined to the next name; `glued_family_particles`, those a family name is written
    joined to, which the index does not hold so (glued_family); `articles`, the words a unit may begin with that
    romanisers spell 'Al-'; `son_of`, the words of 'son of' in a chain."""
    lexicons = lang.rules("names").lexicons
    return {key: tuple(map(str, lexicons.get(key, ()))) for key in ("glued_particles", "glued_family_particles", "articles", "son_of")}


def _arabic_words(key: str) -> tuple[str, ...]:
    return _name_words(ARABIC)[key] if ARABIC in languages.codes() else ()


def is_name_part(word: str) -> bool:
    return attested(word) >= MIN_ATTESTED


def glued_family(word: str) -> bool:
    """A family name written with its particle joined (names.yaml `glued_family_particles`: 'Ben' in the
    Maghreb, Benatiq) whose name after the particle is a name part. No spelling of its own (a place may
    be written so: Benghazi): the names read it only after another word of a name."""
    particle = next((p for p in _arabic_words("glued_family_particles")
                     if word.startswith(p) and len(word) >= len(p) + GLUED_REST), None)
    return particle is not None and attested(word[len(particle):]) >= MIN_ATTESTED


def latin_given(word: str) -> bool:
    """Is this Latin word a given name of the Arabic-writing world as the index spells it (Samir,
    Hossam, Haitham; not Haddad, a family name)? English text reads a person from it."""
    return name_key(word) in _latin_given()


@lru_cache(maxsize=1)
def _latin_given() -> frozenset[str]:
    # the index's units table (its schema is the package's: arabic_name_romanizer.lookup) gives each
    # Latin spelling with the role it had in the names it comes from: a given name, or the family name
    index = _romanizer().index
    if index is None:
        return frozenset()
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # key -> [as a given name, as a family name]
    for latin, given, family in index.conn.execute(
            "SELECT latin, SUM(CASE WHEN role = 'given' THEN count ELSE 0 END),"
            " SUM(CASE WHEN role = 'surname' THEN count ELSE 0 END) FROM units GROUP BY latin HAVING SUM(role = 'given') > 0"):
        if " " not in latin:
            c = counts[name_key(latin)]
            c[0] += given
            c[1] += family
    return frozenset(k for k, (given, family) in counts.items() if given >= MIN_ATTESTED and given >= family)


# attestations as a given name an Arabic spelling needs to begin a 'son of' chain by itself (Haitham,
# Tamim): a rarer spelling, or one the index holds more often as a family name, may be a word that
# stands before 'bin' in other ways
ARABIC_GIVEN_MIN = 10


def arabic_given(word: str) -> bool:
    """Is this Arabic word, as written, a given name in the index: spelled so at least
    ARABIC_GIVEN_MIN times as a given name and no more often as a family name?"""
    from arabic_name_romanizer.normalize import lookup_key

    # (or a compound written as one word that the index holds written apart, 'Abdelkader', as `attested` reads it)
    apart = _written_apart(word)
    return lookup_key(word) in _arabic_given() or apart is not None and lookup_key(apart) in _arabic_given()


@lru_cache(maxsize=1)
def _arabic_given() -> frozenset[str]:
    index = _romanizer().index
    if index is None:
        return frozenset()
    rows = index.conn.execute(
        "SELECT arabic_key, SUM(CASE WHEN role = 'given' THEN count ELSE 0 END),"
        " SUM(CASE WHEN role = 'surname' THEN count ELSE 0 END) FROM units GROUP BY arabic_key")
    return frozenset(k for k, given, family in rows if given >= ARABIC_GIVEN_MIN and given >= family)


GIVEN_SHARE = 0.1  # of a Latin given name's attestations, the share an Arabic spelling needs to be one of its own
# attestations a given name needs for its Arabic spellings to tell it apart: enough that a tenth of them is one
# whole attestation ('Mehmet', 4 in the index, does not; 'Assem', 12, does)
GIVEN_FORMS_MIN = round(1 / GIVEN_SHARE)


@lru_cache(maxsize=4096)
def given_forms(word: str) -> frozenset[str]:
    """The Arabic spellings (the index's keys) of a Latin given name: those behind a tenth of its
    attestations as a given name at least (Mohamed: the Arabic Muhammad, not the stray Ahmad a
    source wrote so); empty for a word the index attests as a given name fewer than GIVEN_FORMS_MIN
    times (a Turkish or Persian name, whose Arabic spellings it barely knows). Two given names
    with no Arabic spelling in common are two names, however alike their consonants (Mahmoud, Mohamed)."""
    if not latin_given(word):
        return frozenset()
    counts = _given_spellings().get(name_key(word), {})
    total = sum(counts.values())
    return frozenset(a for a, n in counts.items() if total >= GIVEN_FORMS_MIN and n >= GIVEN_SHARE * total)


@lru_cache(maxsize=1)
def _given_spellings() -> dict[str, dict[str, int]]:
    """Latin given name (name_key) -> its Arabic spellings (the index's keys, a compound written apart
    or joined as one: Abdel Aziz, Abdelaziz) with their attestations as a given name, read in one query."""
    index = _romanizer().index
    if index is None:
        return {}
    out: dict[str, dict[str, int]] = defaultdict(dict)
    for latin, arabic, n in index.conn.execute(
            "SELECT latin, arabic_key, SUM(count) FROM units WHERE role = 'given' GROUP BY latin, arabic_key"):
        if " " not in latin:
            spellings = out[name_key(latin)]
            key = arabic.replace(" ", "")
            spellings[key] = spellings.get(key, 0) + n
    return dict(out)


@lru_cache(maxsize=16384)
def _candidates(name: str, country: str | None = None) -> tuple:
    try:  # top_k above 1: the package answers with ranked candidates (a bare string for 1)
        found = tuple(c for c in _romanizer().transliterate(name, top_k=3, country=country) if c.text)
    except (ValueError, RuntimeError):  # a name the package cannot read: no spelling rather than a crash
        return ()
    gaps = _index_gaps()
    return tuple(_unmarked(_gaps_filled(c, gaps) if gaps else c) for c in found)


# the scholars' mark of an ayn or a hamza inside a word (Ja'far, Rif'at), which some countries' press in the
# index writes and the wire services do not (Jafar, Rifat)
_LETTER_MARK = re.compile(r"(?<=[^\W\d_])['’ʿʾ](?=[^\W\d_])")


def _unmarked(candidate):
    if not _LETTER_MARK.search(candidate.text):
        return candidate
    units = tuple(replace(u, latin=_LETTER_MARK.sub("", u.latin)) for u in candidate.units)
    return replace(candidate, units=units, text=_LETTER_MARK.sub("", candidate.text))


def _gaps_filled(candidate, gaps: dict[str, str]):
    """A candidate whose parts the index has no common spelling of (names.yaml `index_gaps`) spelled as
    the press spells them."""
    if not candidate.units or not any(fold(u.arabic).text in gaps for u in candidate.units):
        return candidate
    units = tuple(replace(u, latin=gaps[fold(u.arabic).text], source="dictionary") if fold(u.arabic).text in gaps else u
                  for u in candidate.units)
    return replace(candidate, units=units, text=" ".join(u.latin for u in units))


def _index_gaps() -> dict[str, str]:
    return _index_gaps_of(ARABIC) if ARABIC in languages.codes() else {}


@languages.compiled
def _index_gaps_of(lang: Language) -> dict[str, str]:
    return {fold(str(k)).text: str(v) for k, v in (lang.rules("names").lexicons.get("index_gaps") or {}).items()}


def spellings(name: str) -> tuple[str, ...]:
    """Likely Latin spellings of an Arabic name, most likely first (empty if it has no Arabic)."""
    return tuple(c.text for c in _candidates(name))


def romanised(name: str, letters=None, country: str | None = None) -> tuple[str, bool]:
    """_romanised, with the particles of European names inside a name spelled as those names write them
    (`latin_particles` of names.yaml: de, da, van), not as the index spells a like Arabic word."""
    text, attested_ = _romanised(name, letters, country)
    spelled = _latin_particles()
    arabic, latin = name.split(), text.split()
    if spelled and len(arabic) == len(latin) and any(fold(w).text in spelled for w in arabic[1:-1]):
        text = " ".join(spelled.get(fold(a).text, w) if 0 < k < len(arabic) - 1 else w
                        for k, (a, w) in enumerate(zip(arabic, latin)))
    return text, attested_


@languages.compiled
def _latin_particles_of(lang: Language) -> dict[str, str]:
    return {fold(str(k)).text: str(v) for k, v in (lang.rules("names").lexicons.get("latin_particles") or {}).items()}


def _latin_particles() -> dict[str, str]:
    return _latin_particles_of(ARABIC) if ARABIC in languages.codes() else {}


def _romanised(name: str, letters=None, country: str | None = None) -> tuple[str, bool]:
    """The most likely Latin spelling, and whether every unit of it is attested (not guessed by rule).
    `letters`: how to read a word by its letters (link.letter_reading), for a foreign name.
    `country`: the person's country where the text tells it (ISO code, 'LB'): the index then spells
    each part as that country's press does, else its region's (Nassereddine in Beirut, Nacer Eddine
    in Algiers; Tariq Fatemi in Islamabad), before the spellings of all countries."""
    found = _candidates(name, country)
    if country is not None and _undecided(found):
        # the country's press spells it two ways as often: as all countries do, unless the two are one
        # spelling, a letter doubled or not (Nassereddine, Nasseredine in Beirut; not the Maghreb's Nacer Eddine)
        tied, found = found, _tie_broken(found)
        if found is None:
            return _tie_read_everywhere(name, tied, letters)
    if not found:
        return name, False
    if found[0].units and any(_unspelled_run(u) for u in found[0].units):
        # words the package's rules join into one unit they cannot spell, each one the index spells, the last a
        # name part ('Abi Ahmed', read as one kunya): that unit's words spelled one by one, the others as found
        units = found[0].units
        spelled = [_run_spelled(u, country) if _unspelled_run(u) else (u.latin, u.source == "dictionary") for u in units]
        return " ".join(t for t, _ in spelled), all(a for _, a in spelled)
    best = found[0]
    if not best.units:
        # a whole name the index files under another's given name, or with a name the Arabic does
        # not write (one person's full name filed under its short form): the reading part by part
        parts = next((c for c in found[1:] if c.units), None)
        if parts is not None and (_misfiled(name, best.text) or _adds_words(best.text, parts.text)):
            best = parts
        elif _another_given(name, best.text):
            # filed under another given name ('Abdel X' for the Arabic of 'Adel X'): the next spelling that is not
            best = next((c for c in found[1:] if not _another_given(name, c.text)), best)
    if best.units and any(_stray(u) for u in best.units):
        # a unit the index spells with an article its Arabic lacks: a stray entry of the index
        # (Wikidata's surname of one person filed under another's given name); the next spelling
        return " ".join(_unstrayed(u) for u in best.units), all(u.source == "dictionary" for u in best.units)
    if best.source == "dictionary" or not best.units:
        return best.text, best.source == "dictionary"
    if letters is not None and not any(u.source == "dictionary" for u in best.units):
        # no part of it is an Arabic name the index knows: a foreign name, whose vowels Arabic
        # writes as letters. Read them, rather than the vowels the package's rules add to an Arabic
        # word (Klaodio, not Kalaoudiou); an Arabic name almost always has a known part.
        return " ".join(letters(u.arabic) or u.latin for u in best.units), False
    spelled = [_unit_spelling(u) for u in best.units]
    return (best.text if spelled == [u.latin for u in best.units] else " ".join(spelled)), False


def _unspelled_run(unit) -> bool:
    """A unit of several words the package's rules spell (no dictionary entry) whose words the index holds
    each, the last a name part, none a word of 'son of'."""
    words = unit.arabic.split()
    return len(words) > 1 and unit.source != "dictionary" and attested(words[-1]) >= MIN_ATTESTED \
        and all(attested(w) and w not in _arabic_words("son_of") for w in words)


def _run_spelled(unit, country: str | None = None) -> tuple[str, bool]:
    """Such a unit's words spelled one by one: as the index spells a name part (as the person's country's press
    does, where it is told), and a word it holds fewer times than that (a kunya's head, 'Abi') as the package's
    rules spell it in the unit."""
    words, rules_spelled = unit.arabic.split(), unit.latin.split()
    out, known = [], True
    for k, w in enumerate(words):
        if attested(w) >= MIN_ATTESTED or len(rules_spelled) != len(words):
            text, ok = _romanised(w, country=country)
        else:
            text, ok = rules_spelled[k], False
        out.append(text)
        known = known and ok
    return " ".join(out), known


def _tie_read_everywhere(name: str, tied: tuple, letters=None) -> tuple[str, bool]:
    """A name whose country's press spells some parts two ways as often (_undecided, not _tie_broken):
    those parts as all countries spell them; a part that press agrees on as it spells it, unless that spelling is
    a stray ('Bin Saad' in Doha, where all countries write the Maghreb's 'Bensaad' as often; not a lone 'ibn
    Hamed' in Muscat against the 'bin Hamad' all countries write)."""
    everywhere = _candidates(name)
    whole = _romanised(name, letters)
    if not everywhere or whole[0] != everywhere[0].text \
            or [u.arabic for u in everywhere[0].units] != [u.arabic for u in tied[0].units]:
        return whole  # (the two readings cut the name into other parts: part by part means nothing)
    units = [a if a.latin == b.latin and not _stray_spelling(a, e) else e
             for a, b, e in zip(tied[0].units, tied[1].units, everywhere[0].units)]
    return " ".join(u.latin for u in units), all(u.source == "dictionary" for u in units)


def _stray_spelling(own, common) -> bool:
    """Is a country's spelling of a part (`own`) one the whole index attests fewer than MIN_ATTESTED times,
    letter case aside, where all countries write it another way (`common`) more often: a stray entry, not
    that press's habit?"""
    told: dict[str, int] = defaultdict(int)
    for v in _index_spellings(own.arabic):
        told[v.latin.casefold()] += v.count
    mine, theirs = told[own.latin.casefold()], told[common.latin.casefold()]
    return mine < MIN_ATTESTED and theirs > mine


def _undecided(found: tuple) -> bool:
    """Do the first two candidates spell a part differently, each as often as the other (a tie the
    index breaks by chance: 'ben Abderrahmane' and 'bin Abdulrahman', once each in Doha)?"""
    if len(found) < 2 or not found[0].units or len(found[0].units) != len(found[1].units):
        return False
    differ = [(a, b) for a, b in zip(found[0].units, found[1].units) if a.latin != b.latin]
    return bool(differ) and all(a.count <= b.count for a, b in differ)


def _misfiled(arabic: str, latin: str) -> bool:
    """Does a whole name the index holds spell its given name, a part the index has no common spelling of
    (`index_gaps`), as another name ('Ahmed al-Jaber' filed under the Arabic of 'Sultan al-Jaber')?"""
    words, spelled = arabic.split(), latin.split()
    gap = _index_gaps().get(fold(words[0]).text) if words else None
    return gap is not None and bool(spelled) and spelled[0].casefold() != gap.casefold()


def _another_given(arabic: str, latin: str) -> bool:
    """Does a Latin spelling begin with a given name none of whose Arabic spellings (given_forms) is the
    Arabic's first word, alone or with the next written apart ('Abdel' for the Arabic of 'Adel')? Two given
    names with no Arabic spelling in common are two names; a spelling the index barely knows tells nothing."""
    from arabic_name_romanizer.normalize import lookup_key

    words, spelled = arabic.split(), latin.split()
    forms = given_forms(spelled[0]) if words and spelled else frozenset()
    if not forms:
        return False
    # (the Maghreb writes many given names with the article: the name without it)
    bare = next((words[0][len(a):] for a in _arabic_words("articles") if words[0].startswith(a)), words[0])
    # (a form may be a compound's first half, as the Latin writes it apart: 'Abdel' of 'Abdel Fattah')
    joined = lookup_key(words[0] + words[1]) if len(words) > 1 else lookup_key(words[0])
    return lookup_key(words[0]) not in forms and lookup_key(bare) not in forms and not any(joined.startswith(f) for f in forms)


def _adds_words(whole: str, parts: str) -> bool:
    """Does a whole name the index holds write a name more than its reading part by part, between its
    first and last ('Mohammed Saleh Makiya' for the Arabic of 'Mohamed Makiya')? The two are compared by
    their consonants; a particle ('bin', 'al': entities.yaml `latin_particles`, `latin_son_of`) is not a name."""
    words = whole.split()
    target = _consonants(parts)
    return any(words[k].casefold() not in _latin_name_particles()
               and _consonants(" ".join(words[:k] + words[k + 1:])) == target for k in range(1, len(words) - 1))


def _consonants(latin: str) -> str:
    return re.sub(r"[aeiouy]", "", _doubled_once(latin))


@languages.shared
def _latin_name_particles(common: Language) -> frozenset[str]:
    lexicons = common.rules("entities").lexicons
    return frozenset(str(w).casefold() for key in ("latin_particles", "latin_son_of") for w in lexicons.get(key) or ())


def _tie_broken(found: tuple) -> tuple | None:
    """Two candidates tied in one country (_undecided) that spell each differing part alike but for a
    doubled letter (Nassereddine, Nasseredine: one tradition's two spellings): the one all countries write
    more often first, else the one that doubles the letter (as the press writes a doubled consonant and
    an article said with a sun letter: Ezzeddine, not Ezeddine); else None (the country's press spells it
    two traditions' ways)."""
    a, b = found[0], found[1]
    differ = [(x, y) for x, y in zip(a.units, b.units) if x.latin != y.latin]
    if not all(_doubled_once(x.latin) == _doubled_once(y.latin) for x, y in differ):
        return None
    def told(unit) -> int:
        return next((v.count for v in _index_spellings(unit.arabic) if v.latin == unit.latin), 0)

    def weight(side: int) -> tuple[int, int]:
        return sum(told(pair[side]) for pair in differ), sum(len(pair[side].latin) for pair in differ)
    return (b, a, *found[2:]) if weight(1) > weight(0) else found


def _doubled_once(latin: str) -> str:
    """A Latin spelling with each doubled letter once and its words run together: 'Nasser Eddine' -> 'naseredine'."""
    return re.sub(r"(.)\1+", r"\1", re.sub(r"[\W_]+", "", fold(latin).text.casefold()))


_ARTICLE_WRITTEN = re.compile(r"^(?:al|el)[- ]", re.IGNORECASE)


def _stray(unit) -> bool:
    """Is the unit spelled with the article ('Al-') though its Arabic begins with none (names.yaml articles)?"""
    return unit.source == "dictionary" and bool(_ARTICLE_WRITTEN.match(unit.latin)) \
        and not fold(unit.arabic).text.startswith(_arabic_words("articles"))


def _unstrayed(unit) -> str:
    """A stray unit's next attested spelling without the article, else the unit as the package spelled it."""
    if not _stray(unit):
        return _unit_spelling(unit)
    return next((v.latin for v in _index_spellings(unit.arabic) if not _ARTICLE_WRITTEN.match(v.latin)), unit.latin)


def _unit_spelling(unit) -> str:
    """A unit as the package spelled it; but a surname with the article that the index does not
    know, spelled letter by letter ('Al-' and a guess), takes the attested spelling of its stem:
    the article is written apart in Latin and the stem is what the index records, often alone."""
    if unit.source != "rules" or not unit.latin.startswith(ARTICLE):
        return unit.latin
    # the package's rules write ARTICLE for the two letters of the article that begin the unit
    stem = _index_spellings(unit.arabic[2:])
    return ARTICLE + stem[0].latin if stem else unit.latin
