"""Score the checker against an annotated corpus: a folder of articles with a manifest, gold facts
and gold conflict pairs (the format of tests/data/real/ANNOTATION.md).

`load(folder)` reads and validates the gold; a bad line raises `GoldError` naming its file and line.
`run(corpus, manifest=...)` ingests the articles into a temporary store exactly as `checker ingest`
does and compares the archive; `score(corpus, outcome)` matches gold to extracted facts and returns
every figure with every miss and false alarm, so that a newsroom can measure the checker on its own
annotated archive as we do on ours.
"""
from __future__ import annotations

import json
import re
import shutil
import tempfile
import unicodedata
from collections import Counter, defaultdict
from dataclasses import replace, dataclass, field
from datetime import date, timedelta
from pathlib import Path

KINDS = ("visit", "meeting", "appointment", "role", "trade_volume", "trade_growth")
FIGURES = ("trade_volume", "trade_growth")
MODALITIES = ("asserted", "expected", "planned", "negated", "cancelled", "postponed",
              "preliminary", "estimate", "forecast", "target")
CATEGORIES = {
    True: ("date", "figure", "place", "role", "recurrence", "sources-disagree"),
    False: ("different-event", "different-period", "part-year", "different-measure", "different-direction",
            "different-currency", "forecast-vs-outcome", "bound", "rounding", "succession",
            "different-source-same-value", "corroboration"),
}
MANIFEST_MODES = ("inferred", "page", "none")
LONG_WORD = 6  # a name word this long may differ by one letter between spellings (Mohamed, Mohammed)
# Units the annotation guide writes as a multiple of the checker's unit ('21 bcm': 21e9 cubic metres).
GOLD_UNITS = {"bcm": ("cubic_metre", 1e9)}
NAME_SCORE = 88  # rapidfuzz token-set score at which two spellings of a name are one name

# A TIMEX3-style point: a year, month, day, week, quarter, half or season, the year possibly unknown.
_POINT = re.compile(r"(?:\d{4}|XXXX)(?:-(?:\d{2}(?:-\d{2})?|W\d{2}|Q[1-4]|H[12]|SP|SU|FA|WI))?")
_LOOKS_LIKE_A_DATE = re.compile(r"^[\dX]{2,}|^\.\./")


class GoldError(ValueError):
    """A gold line the evaluator cannot use; the message names the file and line."""


# -- the corpus ------------------------------------------------------------------------------------

@dataclass
class Corpus:
    folder: Path
    docs: dict[str, dict]  # doc name (file name) -> manifest entry, with 'path' resolved
    facts: list[dict]
    pairs: list[dict] = field(default_factory=list)
    has_facts: bool = True  # False: a part annotated for cleaning and publication dates only (no facts.jsonl)

    def lang(self, doc: str) -> str:
        return self.docs[doc].get("lang") or "?"


def _lines(path: Path, required: bool = True):
    if not path.exists():
        if required:
            raise GoldError(f"{path}: missing")
        return
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        where = f"{path}:{n}"
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            raise GoldError(f"{where}: not JSON ({e.msg})") from None
        if not isinstance(obj, dict):
            raise GoldError(f"{where}: a line is a JSON object")
        yield where, obj


def date_value(value) -> str | None:
    """The scorable TIMEX value of a gold date: 'YYYY-MM', 'A/B', or None (no date, or prose such
    as 'the Monday of the publication week' that only a reader can score). A value followed by a
    remark in brackets ('2024-02-01 (holds the post)') is that value. ValueError: a malformed value."""
    if value is None:
        return None
    head, _, remark = str(value).strip().partition(" ")
    if remark and not remark.startswith("(") or not _LOOKS_LIKE_A_DATE.match(head):
        return None  # prose
    ends = head.split("/")
    if len(ends) > 2 or ends == ["..", ".."] or not all(e == ".." or _valid(e) for e in ends):
        raise ValueError(head)
    return head


def _valid(point: str) -> bool:
    if not _POINT.fullmatch(point):
        return False
    try:
        _days(point.replace("XXXX", "2000", 1))  # a month or day without its year is checked in a leap year
    except ValueError:
        return False
    return True


def load(folder: str | Path) -> Corpus:
    """Read a corpus folder: manifest.jsonl, facts.jsonl, conflicts.jsonl (optional). Without
    facts.jsonl the part is annotated for cleaning and publication dates only."""
    folder = Path(folder)
    if not folder.is_dir():
        raise GoldError(f"{folder}: not a folder")
    docs: dict[str, dict] = {}
    for where, m in _lines(folder / "manifest.jsonl"):
        if not isinstance(m.get("file"), str) or m.get("lang") not in ("ar", "en"):
            raise GoldError(f"{where}: a manifest line needs 'file' and 'lang' (ar or en)")
        path = (folder / m["file"]).resolve()
        name = path.name
        if name in docs:
            raise GoldError(f"{where}: {name} listed twice")
        if not path.is_file():
            raise GoldError(f"{where}: {m['file']} not found")
        for key in ("published", "published_page"):
            if m.get(key) is not None and not _is_calendar_date(m[key]):
                raise GoldError(f"{where}: {key} {m[key]!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
        text = path.read_text(encoding="utf-8")
        _check_furniture(where, m.get("furniture_lines"), text)
        docs[name] = {**m, "path": path, "text": text}
    facts, ids = [], set()
    has_facts = (folder / "facts.jsonl").exists()
    for where, g in _lines(folder / "facts.jsonl", required=False):
        facts.append(_check_fact(where, g, docs, ids))
    pairs = []
    by_id = {g["id"]: g for g in facts}
    for where, p in _lines(folder / "conflicts.jsonl", required=False):
        if p.get("a") not in by_id or p.get("b") not in by_id:
            raise GoldError(f"{where}: pair names an unknown fact ({p.get('a')!r}, {p.get('b')!r})")
        if not isinstance(p.get("conflict"), bool):
            raise GoldError(f"{where}: 'conflict' is true or false")
        if "category" in p and p["category"] not in CATEGORIES[p["conflict"]]:
            raise GoldError(f"{where}: category {p['category']!r} is not one of {', '.join(CATEGORIES[p['conflict']])}")
        pairs.append(p)
    return Corpus(folder, docs, facts, pairs, has_facts)


def _check_furniture(where: str, lines, text: str) -> None:
    """`furniture_lines`: the 1-based numbers of the lines that are not article body (optional)."""
    if lines is None:
        return
    count = text.count("\n") + 1
    if not isinstance(lines, list) or not all(isinstance(n, int) and not isinstance(n, bool) for n in lines):
        raise GoldError(f"{where}: furniture_lines is a list of line numbers")
    bad = [n for n in lines if not 1 <= n <= count]
    if bad:
        raise GoldError(f"{where}: furniture_lines {bad[0]} is not a line of the file ({count} lines)")


def _is_calendar_date(value) -> bool:
    return bool(re.fullmatch(r"\d{4}(-\d{2}){0,2}", str(value))) and _valid(str(value))


def _check_fact(where: str, g: dict, docs: dict, ids: set) -> dict:
    for key in ("id", "doc", "kind", "subject", "evidence"):
        if not isinstance(g.get(key), str) or not g[key]:
            raise GoldError(f"{where}: '{key}' is required")
    if g["id"] in ids:
        raise GoldError(f"{where}: duplicate id {g['id']!r}")
    ids.add(g["id"])
    if g["kind"] not in KINDS:
        raise GoldError(f"{where}: unknown kind {g['kind']!r} (one of {', '.join(KINDS)})")
    doc = docs.get(g["doc"])
    if doc is None:
        raise GoldError(f"{where}: {g['doc']} is not in the manifest")
    if g["evidence"] not in doc["text"]:
        raise GoldError(f"{where}: evidence is not in {g['doc']}: {g['evidence'][:60]!r}")
    if g.get("modality", "asserted") not in MODALITIES:
        raise GoldError(f"{where}: unknown modality {g['modality']!r}")
    if g["kind"] in FIGURES and g.get("quantity") is not None and gold_quantity(g["quantity"]) is None:
        raise GoldError(f"{where}: unreadable quantity {g['quantity']!r} (e.g. '15.8e9 USD', '> 25 percent')")
    for key in ("date", "period"):
        try:
            date_value(g.get(key))
        except ValueError as e:
            raise GoldError(f"{where}: malformed {key} {str(e)!r}") from None
    return g


# -- running the checker ---------------------------------------------------------------------------

@dataclass
class Outcome:
    """What the checker made of a corpus: documents and facts by doc name, and the findings."""

    documents: dict  # doc name -> Document
    facts: dict  # doc name -> [Fact]
    findings: list
    failed: list


def run(corpus: Corpus, manifest: str = "inferred", jobs: int = 1) -> Outcome:
    """Ingest the corpus into a temporary store as `checker ingest` does; publication dates from the
    manifest ('inferred': as reconstructed; 'page': as the page states them; 'none': what the
    checker finds itself). A partial date ('2024-02') is given as it is: the checker takes it."""
    from checker.archive import recompute
    from checker.ingest import ingest
    from checker.store import Store

    key = {"inferred": "published", "page": "published_page", "none": None}[manifest]
    with tempfile.TemporaryDirectory(prefix="checker-evaluate-") as tmp:
        folder = Path(tmp, "articles")
        folder.mkdir()
        lines = []
        for name, m in corpus.docs.items():
            shutil.copyfile(m["path"], folder / name)
            published = (m.get(key) or None) if key else None
            # The page's address is what a crawler has anyway: the checker may read a date from it.
            lines.append(json.dumps({"file": name, "lang": m["lang"], "source": m.get("source"), "url": m.get("url"),
                                     "published": published}))
        (folder / "manifest.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
        store = Store(Path(tmp, "evaluate.db"))
        try:
            result = ingest([folder], store, jobs=jobs, batch=100)
            findings = recompute(store)
            docs = {Path(d.path).name: d for d in store.documents()}
            by_id = {d.id: name for name, d in docs.items()}
            facts = defaultdict(list)
            for f in store.facts():
                facts[by_id[f.doc]].append(f)
        finally:
            store.close()
    return Outcome(docs, dict(facts), findings, result.failed)


# -- matching --------------------------------------------------------------------------------------

def _fold(text: str | None) -> str:
    """Case, accents, hyphens and apostrophes folded: 'Al-Sudani' ~ 'al Sudani' ~ 'Sudani'."""
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    return " ".join(re.sub(r"[\W_]+", " ", text).split())


def same_name(found: str | None, gold: str | None) -> bool:
    from rapidfuzz import fuzz

    a, b = _fold(found), _fold(gold)
    if not a or not b:
        return False
    return a == b or fuzz.token_set_ratio(a, b) >= NAME_SCORE and _shares_a_long_word(a, b)


def same_direction(found: str | None, gold: str) -> bool:
    """'exporter→importer' with each side the gold's, in order: a flow read backwards is wrong (the
    folded names alone would match either way)."""
    a, b = (found or "").split("→"), gold.split("→")
    return len(a) == len(b) == 2 and all(same_name(x, y) for x, y in zip(a, b))


def same_person(found: str | None, gold: str | None) -> bool:
    """One person's name, maybe written another way: word for word after the article
    (al-, el-) is set aside, each word with the same consonants in the same places and vowels
    alike between them (Mohammed ~ Muhammad, Karim ~ Kareem, Hussein ~ Husayn; not Mahmoud ~
    Mohamed, Hassan ~ Hussein, Hamad ~ Hamid, Saad ~ Saeed). Independent of the checker's own
    linker, which it measures."""
    a, b = _spelling_words(found), _spelling_words(gold)
    if not a or not b:
        return False
    if _same_word("".join(a), "".join(b)):  # Abdelaziz ~ Abdel Aziz, Abdelatty ~ Abdel Ati
        return True
    a2, b2 = _unglued(a), _unglued(b)
    if (a2, b2) != (a, b):  # Alsuwaidi ~ Al Suwaidi
        return same_person(" ".join(a2), " ".join(b2))
    # one side may leave words out (a middle name, the family's name), never write another in their place
    short, long_ = sorted((a, b), key=len)
    free, left = list(long_), []
    for w in short:
        twin = next((x for x in free if _same_word(w, x)), None)
        if twin is None:
            left.append(w)
        else:
            free.remove(twin)
    if not left:
        return len(short) == len(long_) or any(len(w) > 3 for w in short)  # 'Ali' alone is not 'Ali Hassan'
    # a long word a letter or two apart is one name as a romaniser and the press spell it (Shehadeh,
    # Shehadi), when the rest is alike (same_name); a short one is another name (Saad, Saeed; Salem, Salama)
    unpaired = left + (free if len(short) == len(long_) else [])
    return all(len(w) >= LONG_WORD for w in unpaired) and same_name(found, gold)


_ARTICLES = frozenset({"al", "el"})
_VOWEL_RUN = re.compile(r"(?:[aeiou]|y(?![aeiou]))+")
# the vowel sounds a letter may write: a short e is a or i (Ahmed ~ Ahmad, Sayed ~ Sayyid); a long
# vowel is told by its last letter (Saad; Saeed, Hussein, Husayn; Mansour, Mansoor)
_SOUNDS = {"a": "a", "e": "ai", "i": "i", "y": "i", "o": "u", "u": "u"}
_LONG = {"a": "a", "e": "i", "i": "i", "y": "i", "o": "u", "u": "u"}


def _spelling_words(name: str | None) -> list[str]:
    # a doubled consonant is one (Mohammed); a doubled vowel is a long one (Mansoor); the Arabic qaf is
    # written q or k (Tariq, Tarik; Sadiq, Sadik); 'Abd al-' is written Abdul, Abdel, Abdal (Abdul
    # Fattah, Abdel Fattah; Abdullah, Abdallah); French writes shin ch and jim dj (Chehade, Shehadi;
    # Djamel, Jamal); French writes the article joined to a name it assimilates to (Ennadir,
    # Errachidi: en-Nadir, er-Rachidi); 'son of' is bin or ibn
    words = (_ASSIMILATED.sub("", "bin" if w == "ibn" else w) for w in _fold(name).split() if w not in _ARTICLES)
    return [_ABD.sub("abdal", re.sub(r"([^aeiou])\1+", r"\1", w.replace("ch", "sh").replace("dj", "j")).replace("q", "k"))
            for w in words]


_ABD = re.compile(r"^abd[aeiou]l")
_MUTE_E = re.compile(r"(?<=\w{3}[^aeiouy])e$")  # French's mute e after a last consonant (Aggoune, Aggoun)
_ASSIMILATED = re.compile(r"^e([nrdtz])(?=\1\w{4})")  # en-Nadir written Ennadir
# the article glued to a family name (Alsuwaidi, Almubarak): a consonant after it, and a long word
_GLUED = re.compile(r"^[ae]l(?=[^aeiouy\W]\w{4})")


def _unglued(words: list[str]) -> list[str]:
    return [_GLUED.sub("", w) for w in words]


def _tokens(word: str) -> list:
    """Consonants as they are; each vowel run as the set of sounds it may write, a long one by its
    last letter: 'hussein' -> h, {u}, s, {i}, n."""
    out, at = [], 0
    for m in _VOWEL_RUN.finditer(word):
        out += list(word[at:m.start()]) + [frozenset(_LONG[m[0][-1]] if len(m[0]) > 1 else _SOUNDS[m[0]])]
        at = m.end()
    return out + list(word[at:])


def _same_word(a: str, b: str) -> bool:
    if len(a) < 2 or len(b) < 2:  # an initial stands for a word of its letter
        return a[0] == b[0]
    return _same_sounds(a, b) or _same_sounds(_MUTE_E.sub("", a), _MUTE_E.sub("", b))


def _same_sounds(a: str, b: str) -> bool:
    ta, tb = _tokens(a), _tokens(b)
    # a vowel of one sound, written short or long, is one (Karim ~ Kareem, Jafar ~ Jaafar); another
    # sound is another name (Hassan, Hussein; Saad, Saeed)
    return len(ta) == len(tb) and all(x == y or isinstance(x, frozenset) and isinstance(y, frozenset) and x & y
                                      for x, y in zip(ta, tb))


def _shares_a_long_word(a: str, b: str) -> bool:
    # token_set_ratio scores a one-word subset at 100 ('Ali' in 'Ali Hassan'); ask for a real name part,
    # written alike or a letter apart in a long word (a transliteration's doubled letter: Mohamed, Mohammed)
    from rapidfuzz.distance import Levenshtein

    return (any(len(w) > 3 for w in set(a.split()) & set(b.split())) or a.replace(" ", "") == b.replace(" ", "")
            or any(len(x) >= LONG_WORD and len(y) >= LONG_WORD and Levenshtein.distance(x, y) <= 1
                   for x in a.split() for y in b.split()))


def same_post(found: str | None, gold: str | None) -> bool:
    """The same office: the words pair up by their first letters, whatever their order, so that
    'King of Jordan' ~ 'Jordanian king'; 'of', 'for', 'the' and a possessive's 's' aside, and a capitalised word left over
    (a country or institution written another way: 'UAE' / 'Emirati', 'Republic') is forgiven,
    since the person is matched apart. A lowercase word left over ('deputy', 'foreign') is not."""
    a, b = _post_words(found), _post_words(gold)
    if not a or not b:
        return False

    def paired(w: str, others: dict) -> bool:
        return w in others or len(w) >= 4 and any(o[:4] == w[:4] for o in others)

    return all(paired(w, b) or named for w, named in a.items()) and all(paired(w, a) or named for w, named in b.items())


def _post_words(post: str | None) -> dict[str, bool]:
    """Folded word -> whether it was capitalised."""
    # the joining words and a possessive's 's' ('Libya's Government') name no part of the office
    words = re.sub(r"[\W_]+", " ", unicodedata.normalize("NFKD", re.sub(r"['’]s\b", "", post or ""))).split()
    return {w.casefold(): w[:1].isupper() for w in words if w.casefold() not in ("of", "the", "for")}


def countries(subject: str | None) -> frozenset:
    """'Russia–China trade' and 'China–Russia trade' are one subject."""
    return frozenset(_fold(p) for p in re.split(r"[–—-]| and ", (subject or "").replace(" trade", "")) if p.strip())


def _same_pair(found: str | None, gold: str) -> bool:
    a, b = countries(found), countries(gold)
    return len(a) == len(b) and all(any(same_name(x, y) for y in b) for x in a)


def _same_words(found: str, gold: str | None) -> bool:
    """The figure's words as the gold quotes them: the words of one are a run of the other's."""
    if not gold:
        return True
    a, b = found.split(), gold.split()
    short, long_ = sorted((a, b), key=len)
    return bool(short) and any(long_[i:i + len(short)] == short for i in range(len(long_) - len(short) + 1))


def matches(fact, gold: dict) -> bool:
    """Same kind and participants (an unordered pair for a meeting; the trading countries and the
    figure for trade), and the same place or post where the gold gives one."""
    if fact.kind != gold["kind"]:
        return False
    if fact.kind == "meeting":  # a meeting of several parties stands for each pair of subject and party
        if not gold.get("object") and not gold.get("others"):
            # a gathering of one collective party ('the Arab League summit opened'): that party alone
            return not fact.object and not getattr(fact, "others", ()) and same_person(fact.subject, gold["subject"])
        parties = [gold["subject"], gold.get("object"), *gold.get("others", [])]
        a = [p for p in parties if same_person(fact.subject, p)]
        for other in (fact.object, *getattr(fact, "others", ())):
            b = [p for p in parties if same_person(other, p)]
            if a and b and len(set(a) | set(b)) > 1:
                return True
        return False
    if fact.kind in FIGURES:  # and the same figure: one pair trades many
        return (_same_pair(fact.subject, gold["subject"])
                and (_same_words(fact.quantity.text if fact.quantity else "", gold.get("quantity_text"))
                     or _same_quantity(fact.quantity, gold.get("quantity"))))
    if not same_person(fact.subject, gold["subject"]):
        return False
    if fact.kind in ("role", "appointment"):
        return not gold.get("object") or same_post(fact.object, gold["object"])
    return not gold.get("place") or same_place(fact.place, gold["place"])


def same_place(found: str | None, gold: str | None) -> bool:
    """The same place, or one the country the other lies in (a visit to Riyadh told as one to Saudi
    Arabia): the same trip, told less precisely, as a date may be; how often the place is exactly the
    gold's is counted apart ('visit places right among matched')."""
    from checker.extract.names import country_of_place

    if not found or not gold:
        return False
    return same_name(found, gold) or same_name(country_of_place(found, towns=True), gold) \
        or same_name(found, country_of_place(gold, towns=True))


_NUMBER = r"[+-]?(?:\d+(?:\.\d+)?|\.\d+)(?:[eE][+-]?\d+)?"  # a number, so that '18e9..19e9' is a range of two
_QUANTITY = re.compile(rf"^\s*(?P<op>[<>~])?\s*(?P<low>{_NUMBER})(?:\.\.(?P<high>{_NUMBER}))?\s*(?P<unit>\S+)?")


def gold_quantity(text: str | None):
    """'> 100e9 USD' -> (100e9, None, 'USD'); '~ 20e9 USD' -> (20e9, 20e9, 'USD', about); None if unreadable."""
    m = _QUANTITY.match(text or "")
    if not m:
        return None
    try:
        low = float(m["low"])
        high = float(m["high"]) if m["high"] else low
    except ValueError:
        return None
    op = m["op"]
    unit, scale = GOLD_UNITS.get(m["unit"] or "", (m["unit"] or "", 1.0))
    low, high = low * scale, high * scale
    return {"value": low, "low": None if op == "<" else low, "high": None if op == ">" else high,
            "unit": unit, "about": op == "~"}


def _same_quantity(q, gold_text: str | None) -> bool:
    """The figure read right: the same unit and value, and the same open side for a bound."""
    g = gold_quantity(gold_text)
    if q is None or g is None or _fold(q.unit) != _fold(g["unit"]):
        return False
    close = abs(q.value - g["value"]) <= 1e-6 * max(abs(g["value"]), 1.0)
    return close and (q.low is None) == (g["low"] is None) and (q.high is None) == (g["high"] is None)


def _days(point: str) -> tuple[date, date]:
    """The first and last day of a TIMEX point with a known year; ValueError if it has none."""
    if point.startswith("XXXX"):
        raise LookupError(point)
    if len(point) == 3 and point.isdigit():  # TIMEX3 decade: '199' is 1990 to 1999
        return date(int(point) * 10, 1, 1), date(int(point) * 10 + 9, 12, 31)
    year = int(point[:4])
    rest = point[5:]
    if not rest:
        return date(year, 1, 1), date(year, 12, 31)
    if rest.startswith("W"):
        first = date.fromisocalendar(year, int(rest[1:]), 1)
        return first, first + timedelta(days=6)
    months = {"Q": 3, "H": 6}
    if rest[0] in months:
        n = months[rest[0]]
        k = int(rest[1])
        if not 1 <= k <= 12 // n:
            raise ValueError(point)
        return _month_span(year, (k - 1) * n + 1, year, k * n)
    seasons = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}
    if rest in seasons:
        a, b = seasons[rest]
        return _month_span(year, a, year + (b > 12), (b - 1) % 12 + 1)
    if len(rest) == 2:
        return _month_span(year, int(rest), year, int(rest))
    d = date.fromisoformat(point)
    return d, d


def _month_span(y1: int, m1: int, y2: int, m2: int) -> tuple[date, date]:
    first = date(y1, m1, 1)
    nxt = date(y2 + (m2 == 12), m2 % 12 + 1, 1)
    return first, nxt - timedelta(days=1)


def _interval(value: str) -> tuple[date | None, date | None] | None:
    try:
        ends = value.split("/")
        if len(ends) == 1:
            return _days(ends[0])
        return (None if ends[0] == ".." else _days(ends[0])[0], None if ends[1] == ".." else _days(ends[1])[1])
    except (LookupError, ValueError):
        return None


def date_right(when, gold_value: str) -> bool:
    """The extracted time has the gold value, or the same interval of days."""
    if when is None or when.value is None:
        return False
    if when.value == gold_value:
        return True
    days = _interval(gold_value)
    return days is not None and when.earliest is not None and (when.earliest, when.latest) == days


# -- scoring ---------------------------------------------------------------------------------------

@dataclass
class Score:
    """Every figure of one evaluation, and the lines behind them."""

    corpus: str
    manifest: str
    langs: dict = field(default_factory=dict)  # lang -> figures
    conflicts: dict = field(default_factory=dict)
    misses: list = field(default_factory=list)  # (lang, what, id, quote)
    failed: list = field(default_factory=list)

    def rate(self, lang: str, name: str) -> float:
        hit, total = self.langs[lang][name]
        return hit / total if total else 0.0

    def as_dict(self) -> dict:
        return {"corpus": self.corpus, "manifest": self.manifest, "languages": self.langs,
                "conflicts": self.conflicts, "misses": [dict(zip(("lang", "what", "id", "quote"), m)) for m in self.misses],
                "failed": self.failed}


def _pair(hit: int, total: int) -> list[int]:
    return [hit, total]


def score(corpus: Corpus, outcome: Outcome, manifest: str = "inferred") -> Score:
    """One-to-one matching of gold facts to extracted facts, document by document (_match)."""
    result = Score(str(corpus.folder), manifest, failed=[list(f) for f in outcome.failed])
    matched: dict[str, object] = {}  # gold id -> fact
    used: set[str] = set()
    uses: Counter = Counter()  # a meeting of several parties answers one gold fact per party
    # first by subject and object, then by the further parties: a fact of its own for a pair keeps it
    for seen_as in (lambda f: replace(f, others=()) if f.others else f, lambda f: f):
        for g, f in _match(corpus, outcome, uses, seen_as, matched):
            matched[g["id"]] = f
            used.add(f.id)
    c = defaultdict(Counter)  # lang -> counter of named figures
    for g in corpus.facts:
        lang, kind, f = corpus.lang(g["doc"]), g["kind"], matched.get(g["id"])
        c[lang][f"gold:{kind}"] += 1
        c[lang][f"found:{kind}"] += f is not None
        if f is None:
            result.misses.append((lang, f"missed {kind}", g["id"], g["evidence"]))
        value = date_value(g.get("period") or g.get("date"))
        if value is not None:
            c[lang]["dated"] += 1
            if f is not None:
                c[lang]["dated_matched"] += 1
                ok = date_right(f.when, value)
                c[lang]["date_right"] += ok
                if not ok:
                    got = f.when.value if f.when else None
                    result.misses.append((lang, f"wrong date (gold {value}, found {got})", g["id"], g["evidence"]))
        if kind == "visit" and g.get("place") and f is not None:
            c[lang]["placed_matched"] += 1
            c[lang]["place_right"] += same_name(f.place, g["place"])
            if not same_name(f.place, g["place"]):
                result.misses.append((lang, f"wrong place (gold {g['place']}, found {f.place})", g["id"], g["evidence"]))
        if kind in FIGURES:
            c[lang]["figures"] += 1
            if f is not None:
                value_ok = _same_quantity(f.quantity, g.get("quantity"))
                period_ok = value is None or date_right(f.when, value)
                direction_ok = not g.get("direction") or same_direction(getattr(f, "direction", None), g["direction"])
                c[lang]["figure_right"] += value_ok and period_ok and direction_ok
                c[lang]["figure_placed"] += period_ok and direction_ok
                c[lang]["figure_matched"] += 1
                c[lang]["measure_right"] += (getattr(f, "measure", None) or "turnover") == g.get("measure", "turnover")
                if not direction_ok:
                    result.misses.append((lang, f"wrong direction (gold {g['direction']}, found {getattr(f, 'direction', None)})",
                                          g["id"], g["evidence"]))
                if not value_ok:
                    got = f.quantity.text if f.quantity else None
                    result.misses.append((lang, f"wrong figure (gold {g.get('quantity')}, found {got!r})",
                                          g["id"], g["evidence"]))
    for name, facts in outcome.facts.items():
        lang = corpus.lang(name) if name in corpus.docs else "?"
        for f in facts:
            if f.kind not in KINDS:
                continue  # a kind the gold does not annotate (resignation) is neither right nor wrong
            c[lang][f"out:{f.kind}"] += 1
            c[lang][f"good:{f.kind}"] += f.id in used
            if f.id not in used:
                who = f.object or f.place or (f.quantity.text if f.quantity else "")
                result.misses.append((lang, f"false {f.kind}", f"{name} {f.subject} / {who}", f.sentence))
    _publication_dates(corpus, outcome, c, result.misses)
    _kept(corpus, outcome, c)
    _body_kept(corpus, outcome, c)
    for lang, counts in sorted(c.items()):
        result.langs[lang] = _figures(counts)
    result.conflicts = _conflicts(corpus, outcome, matched, result)
    if not corpus.has_facts:
        # Nothing to recall: what the checker extracted is neither right nor wrong here.
        result.langs = {lang: {k: v for k, v in figs.items() if k in PAGE_FIGURES} for lang, figs in result.langs.items()}
        result.misses = [m for m in result.misses if m[1].startswith("publication date")]
        result.conflicts = {}
    return result


def _match(corpus: Corpus, outcome: Outcome, uses: Counter, seen_as, matched: dict):
    """(gold, fact) pairs for the gold facts not in `matched` yet: as many pairs as can be made (a
    maximum matching, by augmenting paths), each gold fact trying first the facts that give its
    value (for a figure), then its date, then those dated, then the rest, in document order; `seen_as` is what of a fact is
    compared. A fact answers as many gold facts as it has other parties. So an undated headline
    does not take the gold fact its dated report in the text answers, and no gold fact is left
    unmatched because another took the one fact it could have."""
    golds = [g for g in corpus.facts if g["id"] not in matched]
    choices = []
    for g in golds:
        value = date_value(g.get("period") or g.get("date"))
        found = [f for f in outcome.facts.get(g["doc"], []) if matches(seen_as(f), g)]
        # a figure tries first the facts that read its value ('1 billion' is a run of the words of '11.2 billion')
        found.sort(key=lambda f: (g["kind"] in FIGURES and not _same_quantity(f.quantity, g.get("quantity")),
                                  g["kind"] == "visit" and not same_name(f.place, g.get("place")),
                                  not (value is not None and date_right(f.when, value)),
                                  f.when is None or f.when.value is None))
        choices.append(found)
    holder: dict[tuple[str, int], int] = {}  # (fact id, slot) -> index of the gold fact it answers

    def place(i: int, seen: set) -> bool:
        for f in choices[i]:
            for slot in range(uses[f.id], 1 + len(f.others)):
                key = (f.id, slot)
                if key in seen:
                    continue
                seen.add(key)
                if key not in holder or place(holder[key], seen):
                    holder[key] = i
                    return True
        return False

    for i in range(len(golds)):
        if choices[i]:
            place(i, set())
    facts = {f.id: f for found in choices for f in found}
    for (fid, _), i in sorted(holder.items(), key=lambda kv: kv[1]):
        uses[fid] += 1
        yield golds[i], facts[fid]


def _figures(counts: Counter) -> dict:
    kinds = sorted({k.split(":", 1)[1] for k in counts if ":" in k and not k.startswith("kept")})
    out = {"recall": _pair(sum(counts[f"found:{k}"] for k in kinds), sum(counts[f"gold:{k}"] for k in kinds)),
           "precision": _pair(sum(counts[f"good:{k}"] for k in kinds), sum(counts[f"out:{k}"] for k in kinds))}
    for k in kinds:
        out[f"recall {k}"] = _pair(counts[f"found:{k}"], counts[f"gold:{k}"])
        out[f"precision {k}"] = _pair(counts[f"good:{k}"], counts[f"out:{k}"])
    out["dates right among matched"] = _pair(counts["date_right"], counts["dated_matched"])
    out["dates right among all"] = _pair(counts["date_right"], counts["dated"])
    out["figures right (value, period, direction)"] = _pair(counts["figure_right"], counts["figures"])
    out["figures found with period and direction"] = _pair(counts["figure_placed"], counts["figures"])
    out["figure measures right among matched"] = _pair(counts["measure_right"], counts["figure_matched"])
    out["visit places right among matched"] = _pair(counts["place_right"], counts["placed_matched"])
    for name in ("publication dates right", "publication dates wrong", "publication dates not found"):
        out[name] = _pair(counts[name], counts["pages stating a date"])
    out["annotated text kept"] = _pair(counts["kept chars"], counts["annotated chars"])
    out["body text kept"] = _pair(counts["body kept"], counts["body chars"])
    out["furniture kept"] = _pair(counts["furniture kept"], counts["furniture chars"])
    return out


def _publication_dates(corpus: Corpus, outcome: Outcome, c: dict, misses: list) -> None:
    """Among pages that state their date: the checker's date against the reconstructed one. Right
    when it agrees with it and is at least as precise ('2024-02-03' for a gold '2024-02'), wrong
    otherwise ('2024' for a gold '2024-02-03')."""
    for name, m in corpus.docs.items():
        if not m.get("published_page") or not m.get("published"):
            continue
        lang = m["lang"]
        c[lang]["pages stating a date"] += 1
        doc = outcome.documents.get(name)
        got = doc.published_value if doc is not None else None
        gold = str(m["published"])
        # at least as precise as the gold and agreeing with it: a bare year for a dated page is no answer
        verdict = "not found" if got is None else "right" if got.startswith(gold) else "wrong"
        c[lang][f"publication dates {verdict}"] += 1
        if verdict != "right":
            evidence = doc.published_evidence if doc is not None else ""
            misses.append((lang, f"publication date {verdict} (gold {gold}, found {got})", name, evidence or ""))


def _kept(corpus: Corpus, outcome: Outcome, c: dict) -> None:
    """The share of the gold evidence's characters that cleaning kept."""
    for g in corpus.facts:
        doc = outcome.documents.get(g["doc"])
        if doc is None:
            continue
        start = doc.text.find(g["evidence"])
        end = start + len(g["evidence"])
        kept = sum(max(0, min(end, b) - max(start, a)) for a, b in doc.kept)
        lang = corpus.lang(g["doc"])
        c[lang]["annotated chars"] += end - start
        c[lang]["kept chars"] += kept


def _body_kept(corpus: Corpus, outcome: Outcome, c: dict) -> None:
    """Of the pages whose furniture lines are annotated: the share of the characters (spaces aside)
    of body lines and of furniture lines that cleaning kept."""
    for name, m in corpus.docs.items():
        doc = outcome.documents.get(name)
        if doc is None or m.get("furniture_lines") is None:
            continue
        furniture = set(m["furniture_lines"])
        start = 0
        for n, line in enumerate(doc.text.split("\n"), 1):
            end = start + len(line)
            chars = sum(not ch.isspace() for ch in line)
            kept = sum(not ch.isspace() for a, b in doc.kept for ch in doc.text[max(start, a):min(end, b)])
            part = "furniture" if n in furniture else "body"
            c[m["lang"]][f"{part} chars"] += chars
            c[m["lang"]][f"{part} kept"] += kept
            start = end + 1


SLIP_RULES = ("unit-slip",)  # rules/common/conflicts.yaml: the same digits a factor apart
RECURRENCE = "recurrence"  # rules/common/conflicts.yaml: a claim of a first against an earlier event


def _conflicts(corpus: Corpus, outcome: Outcome, matched: dict, result: Score) -> dict:
    """True conflicts found (an error, or a warning where sources disagree or a claim of a first is
    met by an earlier event), look-alikes flagged (any warning or error), corroborations reported."""
    by_id = {g["id"]: g for g in corpus.facts}

    def ids(gold_id: str) -> tuple[set[str], set[str]]:
        """The facts that report the gold fact: those that give its date where any does (a visit
        put off last year is not the visit announced for next week, though both match it); and the
        ordinal claims that count that event ('his first trip abroad'), which stand for it in a
        recurrence check's finding alone."""
        g = by_id[gold_id]
        facts = outcome.facts.get(g["doc"], [])
        found = [f for f in facts if matches(f, g)]
        value = date_value(g.get("period") or g.get("date"))
        reported = [f for f in found if value is not None and date_right(f.when, value)] or found
        counted = [o for o in facts if o.kind == "ordinal" and o.when is not None and any(
            o.measure == f.kind and same_person(o.subject, f.subject) and f.when is not None and o.when.value == f.when.value
            for f in reported)]
        return {f.id for f in reported}, {o.id for o in counted}

    counts = Counter()
    for p in corpus.pairs:
        (a, a_counted), (b, b_counted) = ids(p["a"]), ids(p["b"])

        def sides(f) -> tuple[set[str], set[str]]:
            return (a | a_counted, b | b_counted) if f.rule == RECURRENCE else (a, b)
        both = [f for f in outcome.findings if (x := sides(f))[0] & set(f.facts) and x[1] & set(f.facts)]
        clashes = [f for f in both if f.severity in ("error", "warning") and f.rule != "corroboration"
                   and _opposed(f, *sides(f))]
        category = p.get("category") or ("corroboration" if "corroborat" in p.get("why", "").lower() else "")
        quote = f"{by_id[p['a']]['evidence']}  ~  {by_id[p['b']]['evidence']}"
        if p["conflict"]:
            # facts of two modalities (a preliminary count and the final one, a visit announced and
            # the visit held) never give an error (rules/common/conflicts.yaml): a warning finds
            # their clash, as it finds two sources'
            apart = (by_id[p["a"]].get("modality") or "asserted") != (by_id[p["b"]].get("modality") or "asserted")
            # a claim that an event is the first against an earlier report is a warning too (either may be wrong)
            wanted = ("error", "warning") if category in ("sources-disagree", "recurrence") or apart else ("error",)
            counts["true conflicts"] += 1
            counts["both sides extracted"] += bool(a and b)
            # a probable unit slip is a warning that says one of the two figures is wrong: it finds
            # a figure's conflict as an error would
            if any(f.severity in wanted or f.rule in SLIP_RULES and f.severity == "warning" for f in clashes):
                counts["found"] += 1
            else:
                result.misses.append(("conflict", f"missed conflict ({category or 'conflict'})", f"{p['a']} ~ {p['b']}", quote))
        else:
            counts["look-alikes"] += 1
            counts["look-alikes testable"] += bool(a and b)
            if clashes:
                counts["flagged"] += 1
                result.misses.append(("conflict", f"flagged look-alike ({category}): {clashes[0].message}",
                                      f"{p['a']} ~ {p['b']}", quote))
            if category == "corroboration":
                counts["corroborations"] += 1
                if any(f.rule == "corroboration" for f in both):
                    counts["corroborated"] += 1
                else:
                    result.misses.append(("conflict", "corroboration not reported", f"{p['a']} ~ {p['b']}", quote))
    return {"true conflicts found": _pair(counts["found"], counts["true conflicts"]),
            "true conflicts with both sides extracted": _pair(counts["both sides extracted"], counts["true conflicts"]),
            "look-alikes flagged": _pair(counts["flagged"], counts["look-alikes"]),
            "look-alikes with both sides extracted": _pair(counts["look-alikes testable"], counts["look-alikes"]),
            "corroborations reported": _pair(counts["corroborated"], counts["corroborations"])}


def _opposed(finding, a: set[str], b: set[str]) -> bool:
    """Whether a clash sets the two facts against each other: where the finding says which facts
    stand on which side, they must stand on different sides (two sources agreeing with each other
    against a third are not flagged against each other)."""
    sides = [set(side.get("facts", ())) for side in (finding.extra or {}).get("sides", ())]
    if len(sides) != 2:
        return True
    return bool((a & sides[0] and b & sides[1]) or (a & sides[1] and b & sides[0]))


# -- output ----------------------------------------------------------------------------------------

def _ratio(pair: list[int]) -> str:
    hit, total = pair
    return f"{hit / total:.2f} ({hit}/{total})" if total else "- (0/0)"


# What a part annotated without facts is scored on: publication dates and cleaning.
PAGE_FIGURES = ("publication dates right", "publication dates wrong", "publication dates not found",
                "body text kept", "furniture kept")


def text_report(s: Score, misses: bool = True) -> str:
    lines = [f"{s.corpus}  (publication dates: {s.manifest})"]
    for lang, figs in s.langs.items():
        if lang == "?":
            continue
        lines.append(f"  {lang}")
        if "recall" not in figs:  # a part annotated for cleaning and publication dates only
            lines += [f"    {name:42} {_ratio(figs[name])}" for name in PAGE_FIGURES]
            continue
        lines.append(f"    facts            recall {_ratio(figs['recall'])}  precision {_ratio(figs['precision'])}")
        for name in figs:
            if name.startswith("recall "):
                kind = name[7:]
                lines.append(f"      {kind:14} recall {_ratio(figs[name])}  precision {_ratio(figs['precision ' + kind])}")
        for name in ("dates right among matched", "dates right among all", "figures right (value, period, direction)",
                     "figures found with period and direction", "figure measures right among matched",
                     "visit places right among matched", "publication dates right", "publication dates wrong",
                     "publication dates not found",
                     "annotated text kept", "body text kept", "furniture kept"):
            lines.append(f"    {name:42} {_ratio(figs[name])}")
    if s.conflicts:
        lines.append("  conflicts")
        lines += [f"    {name:42} {_ratio(pair)}" for name, pair in s.conflicts.items()]
    if s.failed:
        lines += [f"  not ingested: {name}: {why}" for name, why in s.failed]
    if misses and s.misses:
        lines.append("  misses and false alarms")
        lines += [f"    [{lang}] {what}: {ident}\n        {_short(quote)}" for lang, what, ident, quote in s.misses]
    return "\n".join(lines)


def _short(text: str, width: int = 160) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= width else text[:width - 1] + "…"


def evaluate(folder: str | Path, manifest: str = "inferred", jobs: int = 1) -> Score:
    corpus = load(folder)
    return score(corpus, run(corpus, manifest, jobs), manifest)
