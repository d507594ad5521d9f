"""One person in both scripts across the archive: an unknown person named in Arabic (stored under
the Latin spelling arabic-name-romanizer gives) is linked to the same person named in English
articles, by the consonant skeletons of the two spellings (checker/extract/link.py).

Run after each ingest over the whole store, so the order in which articles arrive does not matter.
A strong link renames the person in the Arabic articles' facts and is recorded with its score; a
doubtful one is recorded only, so it never joins facts into a conflict.

A surname alone ("Hassan") is linked to the one full name of the archive that ends with it ("Jafar
Hassan"), and to none where two do: a doubtful link (method 'surname'), made again over the whole
archive after each ingest, that lets the two confirm one another and never raises an error.
Latin spellings of one name apart by their vowels (Abdalla, Abdullah) or by a middle name, and a
'son of' chain without its family name, are linked the same doubtful way (method 'variant'). Two such
spellings the archive tells holding the same post of one country are one person: a sure link
(SAME_POST, SAME_POST_VARIANT), not applied, that the comparison reads without doubt.
"""
from __future__ import annotations


import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping

from checker import languages
from checker.languages import Language
from checker.compare.engine import article_context, context, named_sides
from checker.compare.policy import policy, post_key
from checker.extract import link, names, romanise
from checker.model import Fact
from checker.textfold import name_key as norm_key

FROM, TO = "ar", "en"
# the methods of links between two Latin spellings of one name that both hold the same post: sure,
# yet not applied (archive.linked_spellings reads them as one name)
SAME_POST, SAME_POST_VARIANT = "spelling+post", "variant+post"


@languages.shared
def object_kinds(common: Language) -> tuple[str, ...]:
    """Event kinds whose object is a person (meetings), from the event rules of every language."""
    kinds = set()
    for lang in languages.codes():
        for rule in languages.get(lang).rules("events").rules:
            roles = rule.get("roles") or {}
            # a reception read as a visit reads its host as an object, but keeps only the visitor
            if "person" in (roles.get("object") or ()) and not roles.get("visitor"):
                kinds.add(rule["kind"])
    return tuple(sorted(kinds))


def _unknown(counts) -> list[str]:
    return [n for n in counts if n and not link.is_arabic(n) and names.canonical(n) is None]


SENTENCES_A_NAME = 4  # sentences searched for the Arabic a romanised name was read from


def _as_written(sentences: Iterable[str], spelling: str) -> str | None:
    """The Arabic a romanised name was read from, found again in a sentence that names it: its
    letters link better than one Latin spelling of them (the letters for ch may be pinyin's q).
    A fact's sentence may not write the name (a subject carried from before): the next one may.
    Read without the article's context, the name may be spelled otherwise (as the press of another
    country spells it: Ghalib, Ghaleb): one of the same consonants stands for it where none is spelled alike."""
    key, alike = link.skeleton(spelling), None
    for sentence in sentences:
        for e in names.find(sentence, FROM):
            if e.known:
                continue
            if e.name == spelling:
                return e.text
            if alike is None and link.skeleton(e.name) == key:
                alike = e.text
    return alike


def link_spellings(store) -> list[link.Link]:
    """Join the Latin spellings of one name across the archive's facts, of every language: those
    that differ only by a doubled letter or a particle written or left out (link.spelling_key; two
    words or more, a lone word says too little) are renamed to one of them, the catalogue's name
    if one is, else the one English articles give most, else the one told most. Run before the links across scripts, which then find one
    spelling to link to where they would find two alike and link to neither."""
    kinds = object_kinds()
    counts: Counter = Counter()
    for lang in languages.codes():
        counts.update(store.participant_names(lang, kinds))
    written = store.participant_names(TO, kinds)  # as writers of Latin script spell it, not a romaniser
    groups: dict[str, list[str]] = defaultdict(list)
    for name in sorted(counts):
        if name and not link.is_arabic(name):
            key = link.spelling_key(name)
            if len(key.split()) >= 2:
                groups[key].append(name)
    made = []
    for spellings in groups.values():
        if len({norm_key(n) for n in spellings}) < 2:
            continue  # one name key already: the comparison meets them as they are
        chosen = min(spellings, key=lambda n: (names.canonical(n) != n, -written[n], -counts[n], n))
        # two words alike (Ali Ahmed) are a common name as often as one person's: recorded, not
        # applied, unless the catalogue knows the name or a romaniser's spelling meets the press's;
        # both spellings holding the same post are one person too, read as one by the comparison
        long_ = len(link.spelling_key(chosen).split()) >= 3 or names.canonical(chosen) == chosen
        for name in spellings:
            if norm_key(name) != norm_key(chosen):
                apart = _countries_apart(store, name, chosen)
                sure = (long_ or bool(written[chosen]) and not written[name]) and not apart
                by_post = not sure and not apart and _posts_agree(store, name, chosen)
                score = 100.0 if sure or by_post else link.DOUBTFUL
                for lang in languages.codes():
                    store.link(name, chosen, score, sure, SAME_POST if by_post else "spelling", lang, kinds)
                made.append(link.Link(name, chosen, score))
    return made


def link_variants(store) -> list[link.Link]:
    """Record, as doubtful links made again over the whole archive (method 'variant'), the Latin
    spellings of one person's name that link_spellings leaves apart (link.variants): each to the
    catalogue's spelling if one is, else the one English articles give most, else the one told most."""
    kinds = object_kinds()
    counts: Counter = Counter()
    for lang in languages.codes():
        counts.update(store.participant_names(lang, kinds))
    written = store.participant_names(TO, kinds)
    # a name another begins (a family name one writer adds: Ali Najafi, Ali Najafi Khoshroudi) is
    # linked only where both are told holding the same post
    found = link.variants(counts, lambda n: (names.canonical(n) != n, -written[n], -counts[n], n),
                          {n for n in counts if written[n] or names.canonical(n) == n},
                          begun=lambda short, full: _posts_agree(store, short, full))
    # the same post told of both spellings, of one country: one person, read as one by the comparison
    # (the facts keep the names their articles write); never a name another begins by its words alone,
    # which the post let link and which stays doubtful (a deputy and the minister may share a name's start)
    one = {(f.spelling, f.name) for f in found if _posts_agree(store, f.spelling, f.name)
           and not _countries_apart(store, f.spelling, f.name) and not _given_apart(f.spelling, f.name)
           and not _begun_by_words(f.spelling, f.name)}
    store.replace_links("variant", [(f.spelling, f.name, f.score) for f in found if (f.spelling, f.name) not in one])
    store.replace_links(SAME_POST_VARIANT, [(f.spelling, f.name, 100.0) for f in found if (f.spelling, f.name) in one])
    return found


def _begun_by_words(short: str, full: str) -> bool:
    """Whether a longer name begins with a shorter one's words and is no 'son of' chain's: the link a
    post alone let link.variants make."""
    words = norm_key(short).split()
    return not link.latin_son_of() & set(words) and norm_key(full).split()[:len(words)] == words


def link_archive(store) -> list[link.Link]:
    """Link the romanised names of Arabic articles to names of English articles; the links made."""
    kinds = object_kinds()
    targets = _unknown(store.participant_names(TO, kinds))
    made = []
    spellings = _unknown(store.participant_names(FROM, kinds))
    # one pass over the facts, not one a name
    sentences = store.sentences_naming_each(spellings, FROM, SENTENCES_A_NAME)
    by_key = {norm_key(t): t for t in targets}
    for spelling in spellings:
        if norm_key(spelling) in by_key:
            # the press writes the romaniser's spelling so too ('Charles III'): that one, however
            # alike a shorter one's letters ('Charles') are to the Arabic
            found = link.Link(spelling, by_key[norm_key(spelling)], 100.0)
            store.link(spelling, found.name, found.score, True, "skeleton", FROM, kinds)
            made.append(found)
            continue
        written = _as_written(sentences.get(spelling, ()), spelling)
        found = link.best(written, targets) if written else link.best_latin(spelling, targets)
        shorter = names.without_first_given(written, FROM) if written else None
        if shorter and (found is None or not found.strong):
            # a leading given name the other script's writers leave out: the rest, if it links
            # strongly, is the person (scored as the rest)
            cand = link.best(shorter, targets)
            if cand is not None and cand.strong:
                found = cand
        if found is None or not found.strong:
            # the spelling the romaniser gave, part by part against the other script's names: a
            # middle name left out, the article glued or apart, a letter the press spells otherwise
            cand = link.best_by_parts(spelling, targets)
            if cand is not None and cand.score > (found.score if found else 0.0):
                found = cand
        if found is not None:
            found = link.Link(spelling, found.name, found.score)
        if found is None:
            continue
        # a doubtful likeness of the letters, and the same post held in both scripts' articles: one person
        # (the romaniser reads a foreign name by Arabic rules: Mohamed Shimashak, Turkish finance minister,
        # is Mehmet Şimşek, Turkish finance minister, in English)
        by_post = not found.strong and found.score >= POST_LINK and _posts_agree(store, spelling, found.name)
        # however alike the letters, two names whose posts serve only other countries are two people
        # (a Syrian minister Mohammed Shukri, a Libyan governor Muhammed al-Shukri): a doubtful link
        sure = (found.strong or by_post) and not _countries_apart(store, spelling, found.name) \
            and not _given_apart(spelling, found.name)
        store.link(spelling, found.name, found.score, sure, "skeleton+post" if by_post else "skeleton",
                   FROM, kinds)
        made.append(found)
    return made


POST_LINK = 80.0  # a link this close of the letters is one person where both hold the same post
_POST_WORDS = frozenset({"minister", "of", "and", "the", "for", "affairs"})


def _posts(store, name: str) -> set[str]:
    """The posts the archive's facts give a name (roles held and appointments made, not former ones)."""
    return {f.object for f in store.block_facts(("role", "appointment"), subject=name)
            if f.object and f.modality != "former" and norm_key(f.subject) == norm_key(name)}


def _countries_apart(store, a: str, b: str) -> bool:
    """Do both names hold posts of a known country in the archive (held now or before: a late
    sultan served his country too), and none of one country?"""
    def served(name: str) -> set[str]:
        return {c for f in store.block_facts(("role", "appointment"), subject=name)
                if f.object and norm_key(f.subject) == norm_key(name) and (c := post_key(f.object)[0])}
    x, y = served(a), served(b)
    return bool(x) and bool(y) and not x & y


def _given_apart(a: str, b: str) -> bool:
    """Do two names begin with given names that no Arabic spelling shares (romanise.given_forms:
    Mahmoud and Mohamed, Khalid and Magdy), neither found among the other's words (a first given
    name one writer leaves out: Mohamed Hosni Mubarak, Hosni Mubarak)? Their consonants may be
    alike; they are two people."""
    wa, wb = a.split(), b.split()
    if not wa or not wb:
        return False

    def apart(words: list[str], others: list[str]) -> bool:
        forms = romanise.given_forms(_joined(words)[0])
        return bool(forms) and not any(forms & romanise.given_forms(w) for w in _joined(others))

    return apart(wa, wb) and apart(wb, wa)


def _joined(words: list[str]) -> list[str]:
    """A name's words, a compound given name written apart read as one word first ('Abdul Aziz' as
    Abdulaziz, as the romaniser's index keys it), where its first word alone is a part of it."""
    out = list(words)
    for i in range(len(words) - 1, 0, -1):
        whole = words[i - 1] + words[i].lower()
        parts = romanise.given_forms(words[i - 1])
        if parts and any(f.startswith(p) for f in romanise.given_forms(whole) for p in parts):
            out[i - 1:i + 1] = [whole]
    return out


def _posts_agree(store, a: str, b: str) -> bool:
    """Do two names hold the same post somewhere in the archive? Two posts agree where the office
    words of one are all the other's ('finance minister', 'Turkish minister of treasury and finance')
    and the country words (capitalised) are the same where both write them; one of them at least
    writes its country."""
    return any(_same_post(x, y) for x in _posts(store, a) for y in _posts(store, b))


def _same_post(x: str, y: str) -> bool:
    wx, wy = x.split(), y.split()
    cx, cy = {w for w in wx if w[:1].isupper()}, {w for w in wy if w[:1].isupper()}
    if not (cx or cy) or cx and cy and cx != cy:
        return False
    ox = {w.casefold() for w in wx if not w[:1].isupper()} - _POST_WORDS
    oy = {w.casefold() for w in wy if not w[:1].isupper()} - _POST_WORDS
    return bool(ox) and bool(oy) and (ox <= oy or oy <= ox)



def surnames_of(names: Mapping[str, str]) -> dict[str, str]:
    """Name key of a one-word name -> the one name of `names` (key -> spelling) of two words or more
    whose last word it is; a word that ends two names, or none, is left out."""
    ends = _ends(names)
    return {key: names[ends[key][0]] for key in names if " " not in key and len(ends.get(key, ())) == 1}


def _ends(names) -> dict[str, list[str]]:
    """Last word -> the keys of two words or more that end with it."""
    ends: dict[str, list[str]] = defaultdict(list)
    for key in names:
        words = key.split()
        if len(words) >= 2:
            ends[words[-1]].append(key)
    return ends


def link_surnames(store) -> dict[str, str]:
    """Record the archive's surname links (spelling -> the one full name of the archive ending with
    it, scored by the share of the full name's letters the surname gives); the links, by key."""
    names = store.participant_keys(object_kinds())
    found = surnames_of(names)
    store.replace_links("surname", [(names[k], full, 100 * len(k) / len(norm_key(full))) for k, full in found.items()])
    return found


# The names a word ends that are looked up one by one in a context (a few indexed look-ups each);
# a word that ends more is read from the names told in that context instead (_named_in_context).
MAX_CANDIDATES = 8


def readings(store, facts: Iterable[Fact], names: Mapping[str, str] | None = None) -> dict[tuple, str]:
    """How the engine reads the surnames alone that `facts` name (Engine's `surnames`): as the one
    full name of the archive that ends with it, else as the one such name among those of the same
    context (the holders of that post, the visitors of that country, the partners of that party),
    else as the one name of that context it ends or begins (a given name alone: _named_in_context).
    `names`: the archive's name keys (participant_keys), or None to look each surname up."""
    pol = policy()
    kinds = object_kinds()
    out: dict[tuple, str] = {}
    tried: set[tuple] = set()
    apart: set[tuple] = set()  # (key, context) where two names of the context may be the one meant
    facts = list(facts)
    if names is None:  # one scan of the store's keys for all the surnames alone of the facts
        alone = sorted({k for f in facts for side in named_sides(f, pol)
                        for k in [norm_key(getattr(f, side))] if " " not in k})
        names = store.participant_keys(kinds, endings=alone)
    ends = _ends(names)
    for fact in facts:
        for side in named_sides(fact, pol):
            key = norm_key(getattr(fact, side))
            if " " in key or (key, None) in out:
                continue
            candidates = ends.get(key, ())
            if len(candidates) == 1:
                out[(key, None)] = names[candidates[0]]
                continue
            ctx = context(fact, side, pol)
            if ctx is None or (key, ctx) in tried:
                continue
            tried.add((key, ctx))
            fitting = [names[c] for c in candidates if _in_context(store, fact.kind, c, ctx, pol)] \
                if 2 <= len(candidates) <= MAX_CANDIDATES else []
            if not fitting:
                fitting = _named_in_context(store, fact, side, key, ctx, pol)
            if len(fitting) == 1:
                out[(key, ctx)] = fitting[0]
            elif len(fitting) > 1:
                apart.add((key, ctx))
    # a word alone read in one context of an article is read so in its others (a visit, whose country
    # no index looks up), unless two of them read it apart or one may read it as two names
    told: dict[tuple, set[str | None]] = defaultdict(set)
    for fact in facts:
        for side in named_sides(fact, pol):
            key = norm_key(getattr(fact, side))
            ctx = context(fact, side, pol)
            if " " not in key and (key, None) not in out and ((full := out.get((key, ctx))) or (key, ctx) in apart):
                told[(key, article_context(fact.doc))].add(full)
    out.update({k: next(iter(v)) for k, v in told.items() if len(v) == 1 and None not in v})
    return out


def _named_in_context(store, fact: Fact, side: str, key: str, ctx: tuple, pol) -> list[str]:
    """The longer names of the archive that a word alone ends or begins (a surname too common to look
    up name by name; a given name: 'Sheikh Tamim', 'King Carl'), told in the same context: the other
    party of a meeting, the post of an appointment (looked up by it, by index). A given name is
    shared by many, so never read archive-wide; a name that another of them begins (a 'son of' chain
    without its family name) is that longer one's."""
    keys = pol.event_keys.get(fact.kind, ())
    if "participants" in keys:
        other = fact.object if side == "subject" else fact.subject
        found = [*store.block_facts((fact.kind,), subject=other), *store.block_facts((fact.kind,), object=other)] \
            if other else []
    elif "object" in keys and side == "subject" and fact.object and (post_key(fact.object)[0] or _NAMED_BODY.search(fact.object)):
        # (a post named with its country or institution: 'president' or 'minister of finance' alone is
        # held in many countries)
        found = list(store.block_facts((fact.kind,), object=fact.object))
    else:
        return []
    begun: dict[str, str] = {}
    for f in found:
        for s in named_sides(f, pol):
            name = getattr(f, s)
            words = norm_key(name).split()
            if len(words) >= 2 and key in (words[0], words[-1]) and context(f, s, pol) == ctx:
                begun.setdefault(" ".join(words), name)
    return [name for k, name in begun.items() if not any(o.startswith(k + " ") for o in begun)]


_NAMED_BODY = re.compile(r" of (?:the )?[A-Z]")  # a post at a named institution ('chief executive of Eni')


def _in_context(store, kind: str, key: str, ctx: tuple, pol) -> bool:
    """Whether a name has a stored fact of `kind` in the context `ctx` (indexed look-ups)."""
    for column in ("subject", "object") if "participants" in pol.event_keys.get(kind, ()) else ("subject",):
        for f in store.block_facts((kind,), **{column: key}):
            if any(norm_key(getattr(f, side)) == key and context(f, side, pol) == ctx for side in named_sides(f, pol)):
                return True
    return False
