"""Remove page furniture from an article without losing offsets.

Each line of a page is a block, judged as jusText judges the paragraphs of a page: by its
length, its stop-word density (jusText's own stop lists, named in rules/common/language.yaml)
and its shape (a headline ends without a sentence's final punctuation), then revised by its
neighbours, so that a short line between two paragraphs stays and a short line among furniture
goes. Rules come from rules/<lang>/boilerplate.yaml for every language plus rules/common (page
templates mix languages): lines that are furniture whatever their neighbours (`drop-line`),
residue inside a line (`drop-match`), and headings that open a list of other articles'
headlines (`list-heading`): the heading and the headlines under it go, and the article resumes
after them, wherever the list stands; a line that is itself the first of such a list ('Read also:
<headline>', `list-item`) goes with the headlines right under it. Cleaning never builds a new string: it returns the ranges
of the original text that survive, so every later span still points into the original.
"""
from __future__ import annotations

import importlib.util
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from checker import languages, rules
from checker.languages import Language
from checker.read import line_model
from checker.textfold import fold

Ranges = tuple[tuple[int, int], ...]

# jusText's thresholds (its defaults, tuned on its own web corpora). The stop-word thresholds
# are lower than its 0.30/0.32: a line of a plain-text page carries no markup to vouch for it,
# and news lines dense with names and figures fall below jusText's thresholds while still prose.
LENGTH_LOW = 70  # shorter: judged by its neighbours
LENGTH_HIGH = 200  # longer and dense in stop words: good on its own
# A page none of whose lines is that long (news written a sentence to a paragraph) is judged again
# with this bound, so that its paragraphs, not its furniture, decide the short lines between them.
LENGTH_HIGH_SHORT_PAGE = 100
STOPWORDS_LOW = 0.2
STOPWORDS_HIGH = 0.25
HEADLINE_CHARS = 160  # a line longer than this is no headline, whatever its end
MAX_HEADING_DISTANCE = 200  # jusText's: a heading this close before a good block belongs to it
MAX_LINK_DENSITY = 0.2  # jusText's: a block more link than text is furniture
FEW_WORDS = 2  # a short line of this many words or fewer says too little to take its neighbours' side
# A ticker without a heading: this many headlines in a row, all different, are other articles'.
# An article's own header (title, subtitle, a caption printed twice) is fewer distinct lines.
TICKER_RUN = 5
HEADLINE_WORDS = 4  # a headline of another article says something: a byline or a date says less
_WORD = re.compile(r"\w+")
_COLON = re.compile(r"[:：]")
_ITEM_MARK = re.compile(r"\s*(?:[•·▪◦‣*\-–—]|\d{1,2}\s*[-.)])\s")
# addresses, e-mail too; an e-mail's parts are bounded (RFC 5321) and start after no word
# character, so that a long run of letters is scanned once, not once per position
_LINK = re.compile(r"\b(?:https?://|www\.)\S+|(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}\.[\w.-]{1,190}", re.IGNORECASE)


def _rules() -> dict[str, tuple[rules.Rule, ...]]:
    return languages.common().build(_boilerplate)


def _boilerplate(common: Language) -> dict[str, tuple[rules.Rule, ...]]:
    by_action: dict[str, list[rules.Rule]] = {}
    for ruleset in [*(languages.get(code).rules("boilerplate") for code in languages.codes()), common.rules("boilerplate")]:
        for rule in ruleset.rules:
            by_action.setdefault(rule["action"], []).append(rule)
    return {action: tuple(rs) for action, rs in by_action.items()}


class _Stopwords:
    """The stop words of every language with a jusText stop list: scripts do not share words, so
    one set judges the lines of a page that mixes languages. A word counts also behind a
    proclitic: Arabic writes 'and', 'in', 'the' onto the next word, which jusText's lists hold
    alone (so 'and with this' counts as the stop word 'this')."""

    def __init__(self, common: Language):
        names = {r["stoplist"] for r in common.rules("language").rules if r.get("stoplist")}
        self.words = frozenset(w.lower() for name in names for w in stoplist(name))
        lexicon = common.rules("entities").lexicons.get("proclitics", {})
        self.proclitics = tuple(sorted(((p, str(k or "")) for p, k in lexicon.items()), key=lambda pk: -len(pk[0])))
        self._seen: dict[str, bool] = {}

    def __call__(self, word: str) -> bool:
        known = self._seen.get(word)
        if known is None:
            known = self._seen[word] = word in self.words or any(
                word.startswith(p) and len(word) > len(p) and kept + word[len(p):] in self.words
                for p, kept in self.proclitics)
        return known


def stoplist(name: str) -> list[str]:
    """The words of jusText's stop list `name` ('English', 'Arabic'), one a line as the package
    holds them. Read from the package's files without importing jusText (which imports lxml: a
    tenth of a second at every start). Raises RuleError if the package has no such list."""
    spec = importlib.util.find_spec("justext")
    folder = Path(next(iter(spec.submodule_search_locations))) / "stoplists"
    try:
        return (folder / f"{name}.txt").read_text(encoding="utf-8").splitlines()
    except OSError:
        raise rules.RuleError(f"rules/common/language.yaml: no jusText stop list {name!r}") from None


def _lines(text: str):
    """(start, end) of each line, without its line break."""
    start = 0
    while (nl := text.find("\n", start)) >= 0:
        yield start, nl
        start = nl + 1
    yield start, len(text)


def _strip(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


def _fires(action: str, line: str) -> bool:
    for r in _rules().get(action, ()):
        if r.regex.search(line):
            return True
    return False


def _pieces(text: str, start: int, end: int, folded) -> list[tuple[int, int]]:
    """The parts of one line left after removing drop-match residue."""
    cuts = sorted(folded.span(*m.span()) for r in _rules().get("drop-match", ()) for m in r.regex.finditer(folded.text))
    out, pos = [], start
    for s, e in cuts:
        if s + start > pos:
            out.append((pos, s + start))
        pos = max(pos, e + start)
    out.append((pos, end))
    return [p for p in (_strip(text, s, e) for s, e in out) if p]


@dataclass(eq=False)
class Block:
    """One line of the page, shaped as the paragraphs jusText's classifier reads."""

    text: str
    pieces: list[tuple[int, int]]
    folded: str = ""
    headline: bool = False  # short, and not ending as a sentence does
    question: bool = False  # short, and ending with a question mark: a title or subheading that asks
    furniture: str = ""  # why a rule dropped it whatever its neighbours ('' if none did)
    chars_count_in_links: int = 0
    dom_path: str = ""  # jusText reads 'select' in it; plain text has no markup
    cf_class: str = ""
    class_type: str = ""
    heading: bool = False
    stop_density: float = field(default=0.0)
    # the same, the capitalised words inside a sentence (names) left out: a news lead of names and
    # posts ('Kuwait's Emir Sheikh X issued a decree appointing Sheikh Y as crown prince') is prose
    plain_density: float = field(default=0.0)
    words: int = 0
    scripts: frozenset[str] = frozenset()  # the scripts of its letters ('ARABIC', 'LATIN')
    last: bool = False  # the article's last line, kept by _last_line: the model does not judge it again

    def __len__(self) -> int:
        return len(self.text)

    @property
    def is_heading(self) -> bool:
        return self.headline or self.question

    def stopwords_density(self, _stoplist) -> float:
        return self.stop_density

    def links_density(self) -> float:
        return self.chars_count_in_links / len(self.text) if self.text else 0.0


# A date a page opens with, before the first words of its first line (' date 2023-04-06 ...', as
# an archive stamps the pages it stores): the rules judge what follows it on the line.
_OPENING_DATE = re.compile(r"\s*(?:date\s+)?\d{4}-\d{2}-\d{2}(?![\d-])\s*(?=\S)", re.IGNORECASE)


def blocks(text: str) -> list[Block]:
    """The non-blank lines of `text` as blocks, each marked with what the rules say of it (of the
    page's first line, what follows the date it opens with: a banner, a label, a credit)."""
    out: list[Block] = []
    is_stop = languages.common().build(_Stopwords)
    for start, end in _lines(text):
        folded = fold(text[start:end])
        if not folded.text.strip():
            continue
        judged = folded.text
        if not out and (stamp := _OPENING_DATE.match(judged)):
            judged = judged[stamp.end():]
        pieces = _pieces(text, start, end, folded)
        if not pieces:
            continue
        body = " ".join(text[s:e] for s, e in pieces)
        written = _WORD.findall(body)
        words = [w.lower() for w in written]
        plain = [w.lower() for k, w in enumerate(written) if not (k and w[:1].isupper())]
        b = Block(body, pieces, folded.text,
                  headline=len(body) <= HEADLINE_CHARS and not _fires("sentence-end", folded.text),
                  question=len(body) <= HEADLINE_CHARS and _fires("question-end", folded.text),
                  chars_count_in_links=sum(len(m.group()) for m in _LINK.finditer(body)),
                  stop_density=sum(map(is_stop, words)) / len(words) if words else 0.0,
                  plain_density=sum(map(is_stop, plain)) / len(plain) if plain else 0.0,
                  words=len(words), scripts=_scripts(body))
        if _fires("list-heading", judged):
            b.furniture = "list-heading"
        elif _fires("list-item", judged):
            b.furniture = "list-item"
        elif _fires("drop-line", judged):
            b.furniture = "drop-line"
        elif _run_on_headlines(body):
            b.furniture = "list"
        out.append(b)
    _mark_lists(out)
    _mark_tickers(out)
    return out


# lines a rule drops whatever their neighbours, left out of the classification: they say nothing of
# the lines around them
DROPPED = ("drop-line", "list-item")

ANNOUNCED_ITEMS = 3  # items ending with a full stop that may stand between a list's announcement and its run
TICKER_LABELS = 4  # 'Source: headline' items run together on one line: this many labels or more
_SENTENCE_MARK = re.compile(r"(?<!\d)[.!?;\u061f\u061b](?!\d)")  # '?' and ';' in Arabic too
# Two dots and no third: a headline's pause between its two halves ('X.. Y', as Arabic headlines
# write it), which ends no sentence; an ellipsis or a single full stop does.
_HEADLINE_PAUSE = re.compile(r"(?<![.\d])\.\.(?![.\d])")
_LABEL_COLON = re.compile(r"(?<!\d)[:\uff1a]|[:\uff1a](?!\d)")  # the colon of a time ('09:15') is no label
_TIME = re.compile(r"\d+[:\uff1a]\d+")  # a ticker stamps its items with times: no figures of the article
_DIGIT = re.compile(r"\d")


def _run_on_headlines(text: str) -> bool:
    """A long line of 'label: headline' items run together, as a ticker loses its line breaks:
    TICKER_LABELS labels or more, and more than twice as many as the marks that end sentences or
    items (a headline's two-dot pause, 'X.. Y', ends nothing). A paragraph that quotes ('he said:
    ...') ends its sentences; a fact box ('exports: 2.9 billion; growth: 7 percent') ends its items
    or gives a figure after most of its labels."""
    values = _LABEL_COLON.split(text)[1:]
    if len(text) <= LENGTH_HIGH or len(values) < TICKER_LABELS:
        return False
    if 2 * sum(1 for v in values if _DIGIT.search(_TIME.sub("", v))) > len(values):
        return False
    return len(values) > 2 * len(_SENTENCE_MARK.findall(_HEADLINE_PAUSE.sub(" ", text)))


_SCRIPT: dict[str, str] = {}  # a letter's script, by letter: naming a character is the cost
SCRIPT_LETTERS = 10_000  # letters whose script is kept: a page's alphabets, not every letter of Unicode


def _scripts(text: str) -> frozenset[str]:
    out = set()
    for ch in set(text):
        if not ch.isalpha():
            continue
        script = _SCRIPT.get(ch)
        if script is None:
            script = unicodedata.name(ch, "?").split(" ", 1)[0]
            if len(_SCRIPT) < SCRIPT_LETTERS:
                _SCRIPT[ch] = script
        out.add(script)
    return frozenset(out)


def _main_script(bs: list[Block]) -> str:
    """The script most of the page's lines are written in."""
    counts = Counter(s for b in bs for s in b.scripts if len(b.scripts) == 1)
    return counts.most_common(1)[0][0] if counts else ""


def _mark_lists(bs: list[Block]) -> None:
    """The headlines under a list heading are furniture too, up to the first line that is not a
    headline; a quoted tagline right before the heading (an author's blurb) goes with it. A heading
    the page prints after several lines ('Read more »' under each of a box's teasers) points from
    the line before it each time: those lines are other articles' teasers, whatever their length."""
    pointers = Counter(b.folded for b in bs if b.furniture == "list-heading")
    for i, b in enumerate(bs[1:], 1):
        if pointers[b.folded] > 1 and not bs[i - 1].furniture:
            bs[i - 1].furniture = "teaser"
    in_list = False
    for i, b in enumerate(bs):
        if b.furniture == "list-item":
            in_list = True  # 'Read also: <headline>': the headlines right under it are the same list's
        elif b.furniture == "list-heading":
            in_list = True
            if i and not bs[i - 1].furniture and _fires("drop-before-list", bs[i - 1].folded):
                bs[i - 1].furniture = "drop-before-list"
        elif in_list and b.headline and not b.furniture:
            b.furniture = "list"
        elif not b.headline:
            in_list = False


def _mark_tickers(bs: list[Block]) -> None:
    """A run of TICKER_RUN or more different headlines, with no heading announcing them, is a list
    of other articles' headlines: furniture, as under a list heading. Only where such a list
    stands: at the top of the page (a ticker above the title) or after a paragraph (related
    headlines inside or after the article); under an article's title the same shape is its own
    key points. Not a list the article announces with a colon (the new ministers are:), nor one
    mostly of labelled entries ('Minister of Health: X') or of marked items (bullets, numbers):
    those are the article's own enumerations. Bylines and timestamps (`header-line`) are not
    counted: a title, a standfirst, a byline and two timestamps are one article's header."""
    run: list[Block] = []
    announced = False
    top, after_paragraph = True, False  # nothing but furniture so far; a paragraph good on its own seen
    for i, b in enumerate([*bs, None]):
        if b is not None and b.headline and not b.furniture and b.words >= HEADLINE_WORDS:
            announced = announced or (not run and _announced(bs, i))
            if not run:
                where = top or after_paragraph
            run.append(b)
            continue
        if (run and where and not announced and sum(not _header(r) for r in run) >= TICKER_RUN
                and len({r.folded for r in run}) == len(run)
                and sum(map(_labelled, run)) * 2 <= len(run) and sum(map(_marked, run)) * 2 <= len(run)):
            for r in run:
                r.furniture = "list"
        top = top and not run and (b is None or bool(b.furniture))
        after_paragraph = after_paragraph or (b is not None and _paragraph(b))
        run, announced = [], False


def _announced(bs: list[Block], i: int) -> bool:
    """Whether a line the article ends with a colon announces the run starting at bs[i]: right
    before it, or before the list's first items, short lines of their own that are no headlines
    (an item that ends with a full stop: "X, minister of finance.")."""
    k = i - 1
    while k >= 0 and i - k <= ANNOUNCED_ITEMS and not bs[k].furniture and not bs[k].headline \
            and len(bs[k].text) <= HEADLINE_CHARS and not _fires("list-intro", bs[k].folded):
        k -= 1
    return k >= 0 and _fires("list-intro", bs[k].folded)


def _header(b: Block) -> bool:
    """A byline or a timestamp: the article's own header, never another article's headline."""
    return _fires("header-line", b.folded)


def _paragraph(b: Block) -> bool:
    """Good on its own, as jusText's context-free classification judges it (before it has run)."""
    return len(b) > LENGTH_HIGH and b.stop_density >= STOPWORDS_HIGH and b.links_density() <= MAX_LINK_DENSITY


def _marked(b: Block) -> bool:
    """An item of a bulleted or numbered list ('• ...', '- ...', '3) ...')."""
    return bool(_ITEM_MARK.match(b.text))


def _labelled(b: Block) -> bool:
    """'Label: value', a colon inside the line: an entry of a list rather than a headline."""
    colon = _COLON.search(b.text)
    return bool(colon) and colon.end() < len(b.text.rstrip())


def _context_free(bs: list[Block], length_high: int = LENGTH_HIGH) -> None:
    """jusText's context-free classification (justext.core.classify_paragraphs with its defaults and
    the thresholds above), written out here: importing jusText's core imports lxml, about a
    twentieth of a second at every start of `checker check`, for these few lines. jusText's stop
    lists are still read from its package (stoplist)."""
    for b in bs:
        b.heading = b.is_heading
        if b.links_density() > MAX_LINK_DENSITY or "\xa9" in b.text or "&copy" in b.text:
            b.cf_class = "bad"
        elif len(b) < LENGTH_LOW:
            b.cf_class = "bad" if b.chars_count_in_links > 0 else "short"
        elif b.stop_density >= STOPWORDS_HIGH:
            b.cf_class = "good" if len(b) > length_high else "neargood"
        elif b.stop_density >= STOPWORDS_LOW or b.plain_density >= STOPWORDS_LOW and _fires("sentence-end", b.folded):
            b.cf_class = "neargood"  # (a sentence whose words but its names are prose: a lead full of names)
        else:
            b.cf_class = "bad"


def classify(bs: list[Block]) -> None:
    """jusText's context-free classification, then its revision by neighbours; a block a rule
    dropped is bad whatever its neighbours say. A page with no paragraph good on its own is judged
    again with the bound of a page of short paragraphs (LENGTH_HIGH_SHORT_PAGE), its sentences kept."""
    for length_high in (LENGTH_HIGH, LENGTH_HIGH_SHORT_PAGE):
        _context_free(bs, length_high)
        for b in bs:
            if b.furniture:
                b.cf_class, b.heading = "bad", False
            elif b.is_heading and b.cf_class == "bad" and not b.chars_count_in_links:
                b.cf_class = "short"  # a title is few function words: its neighbours judge it
        revise(bs)
        if any(b.class_type == "good" for b in bs):
            break
    if length_high == LENGTH_HIGH_SHORT_PAGE and any(b.class_type == "good" for b in bs):
        _short_sentences(bs)
    _says_little(bs)
    _page_end(bs)
    _announced_lists(bs)
    if not any(b.class_type == "good" for b in bs):
        # Nothing reads like a paragraph on its own (a one-line draft, a page of short lines):
        # keep all but what a rule names as furniture, the lines that are mostly a link or an
        # address and the lines that say little, rather than throw the article away.
        little = _little(bs)
        for b in bs:
            b.class_type = "bad" if b.furniture or b.links_density() > MAX_LINK_DENSITY else "good"
        if any(b.class_type == "good" and b not in little for b in bs):
            at = {id(b): i for i, b in enumerate(bs)}
            for b in [b for b in little if not _wrapped(bs, at[id(b)])]:
                b.class_type = "bad"
    first = next((i for i, b in enumerate(bs) if b.class_type == "good"), 0)
    # A list at the top of a page (a ticker) runs into the article's own title, and perhaps its
    # byline and timestamp under it: back from the article to the first of them that says something.
    # A run with no such line (labels under a list's heading: 'Trending', 'Our members') has no title.
    k, back = first - 1, []
    while first and k >= 0 and bs[k].furniture == "list" and bs[k].headline:
        back.append(bs[k])
        if _says_something(bs[k]) and not _header(bs[k]):
            for b in back:
                b.class_type = "good"
            break
        k -= 1
    _prose_runs(bs)
    _lede(bs)
    at = {id(b): i for i, b in enumerate(bs)}
    for b in _repeated(bs):
        if not _wrapped(bs, at[id(b)]):
            b.class_type = "bad"


LEDE_WORDS = 8  # the words of a sentence at least that opens a page as its lede


def _lede(bs: list[Block]) -> None:
    """A page that opens with a full sentence right above the article's first kept paragraph opens
    with its lede ('City: X named Y as governor.'), prose dense in names and thin in function words,
    which jusText judges as it judges a headline: it is the article's."""
    if len(bs) < 2 or bs[0].class_type == "good" or bs[1].class_type != "good":
        return
    b = bs[0]
    if not b.furniture and not b.chars_count_in_links and b.words >= LEDE_WORDS and _says_something(b) \
            and _fires("sentence-end", b.folded):
        b.class_type = "good"


def _short_sentences(bs: list[Block]) -> None:
    """On a page judged again with the bound of short paragraphs, the short lines that end as
    sentences stay whatever their neighbours: a draft of one-sentence paragraphs is all article;
    the lines judged are the headline-shaped. Inside the page's main run (between its first and
    last good line) a sentence is the article's; at the page's edges it may as well be a newsletter
    or cookie notice that no rule names, so there it stays only when the line classifier leans to
    the article (without a model, as inside)."""
    good = [i for i, b in enumerate(bs) if b.class_type == "good"]
    edges = []
    for i, b in enumerate(bs):
        if (b.class_type == "bad" and not b.furniture and b.words > FEW_WORDS and _fires("sentence-end", b.folded)
                and b.links_density() <= MAX_LINK_DENSITY):
            b.class_type = "good"
            if not good[0] < i < good[-1]:
                edges.append(i)
    weights, _ = _model()
    if edges and weights:
        found = line_model.features(bs, _main_script(bs), _fires, edges)
        for i, f in zip(edges, found):
            if line_model.probability(line_model.furniture_odds(f, weights)) >= 0.5:  # even odds or worse
                bs[i].class_type = "bad"


def _pointers_inside(bs: list[Block]) -> None:
    """A line of a `drop-inside` shape (a label in capitals, a colon and another article's headline)
    goes when it stands after the article's first paragraph that is good on its own: there it
    points away from the article; above it, the same shape is the title's kicker ('EXCLUSIVE: …')."""
    first = next((i for i, b in enumerate(bs) if b.cf_class == "good"), len(bs))
    pointers = [b for b in bs[first + 1:] if b.class_type == "good" and _fires("drop-inside", b.folded)]
    if len(pointers) < sum(b.class_type == "good" for b in bs):  # never the whole article
        for b in pointers:
            b.furniture, b.class_type = "drop-inside", "bad"


def _nearest(classes: list[str], wanted: frozenset[str], step: int) -> list[str]:
    """For each block, the class of the nearest block before it (step 1) or after it (step -1,
    scanning backwards) whose class is in `wanted`; 'bad' at the edge of the page."""
    out, last = [""] * len(classes), "bad"
    order = range(len(classes)) if step == 1 else range(len(classes) - 1, -1, -1)
    for i in order:
        out[i] = last
        if classes[i] in wanted:
            last = classes[i]
    return out


GOOD_OR_BAD = frozenset({"good", "bad"})
NEAR = frozenset({"good", "bad", "neargood"})


def revise(bs: list[Block]) -> None:
    """jusText's context-sensitive revision (justext.core.revise_paragraph_classification), with
    the neighbours found in one pass each way: jusText walks to them from every block, which
    takes quadratic time on a page of thousands of short lines. One difference: jusText copies
    each block's first class inside its first heading pass, so that pass sees no good block ahead;
    here all are copied first, so that a title right before the article's text is kept."""
    for b in bs:
        b.class_type = b.cf_class
    for i, b in enumerate(bs):  # good headings: a short heading shortly before a good block
        if b.heading and b.class_type == "short" and _good_ahead(bs, i):
            b.class_type = "neargood"
    classes = [b.class_type for b in bs]
    prev, nxt = _nearest(classes, GOOD_OR_BAD, 1), _nearest(classes, GOOD_OR_BAD, -1)
    prev_near, next_near = _nearest(classes, NEAR, 1), _nearest(classes, NEAR, -1)
    for i, b in enumerate(bs):  # short blocks take their neighbours' class
        if classes[i] != "short":
            continue
        if prev[i] == nxt[i]:
            b.class_type = prev[i]
        elif (prev[i] == "bad" and prev_near[i] == "neargood") or (nxt[i] == "bad" and next_near[i] == "neargood"):
            b.class_type = "good"
        else:
            b.class_type = "bad"
    # Near-good blocks are good unless bad blocks surround them; as in jusText, in page order, so
    # that the block before is already settled and the one after is the next good or bad block.
    nxt = _nearest([b.class_type for b in bs], GOOD_OR_BAD, -1)
    for i, b in enumerate(bs):
        if b.class_type == "neargood":
            before = bs[i - 1].class_type if i else "bad"
            b.class_type = "bad" if (before, nxt[i]) == ("bad", "bad") else "good"
    for i, b in enumerate(bs):  # more good headings: a heading judged bad by its neighbours alone
        if b.heading and b.class_type == "bad" and b.cf_class != "bad" and _good_ahead(bs, i):
            b.class_type = "good"


PROSE_RUN = 3  # near-good sentences in a row that are the article's text whatever surrounds them


def _prose_runs(bs: list[Block]) -> None:
    """Short paragraphs of prose one after another (near-good, each a full sentence; short lines
    between them aside) are the article, even with furniture on both sides of the run: jusText judges
    each by its neighbours only, so an agency's article of short paragraphs above a 'read also' list
    goes whole, from the page's edge down. A run of PROSE_RUN such paragraphs is no menu or teaser."""
    run: list[Block] = []
    for b in [*bs, None]:
        if b is not None and b.cf_class == "short" and not b.furniture:
            continue
        if b is not None and b.cf_class == "neargood" and not b.furniture and _fires("sentence-end", b.folded):
            run.append(b)
            continue
        if len(run) >= PROSE_RUN:
            for r in run:
                r.class_type = "good"
        run = []


def _last_line(every: list[Block]) -> None:
    """A short line right after the article, with nothing after it but lines a rule drops, is the
    article's last line (jusText reads the page's end as furniture): a closing sentence, a
    signature, an excerpt cut off. Only one line, and only next to the article: several short
    lines, or a short line after furniture, are a footer."""
    rest = [i for i, b in enumerate(every) if b.furniture not in DROPPED]
    if len(rest) < 2 or rest[-2] != rest[-1] - 1:
        return
    last, before = every[rest[-1]], every[rest[-2]]
    if last.cf_class == "short" and last.class_type == "bad" and before.class_type == "good":
        last.class_type = "good"
        last.last = True


def _good_ahead(bs: list[Block], i: int) -> bool:
    """A good block follows block i within MAX_HEADING_DISTANCE characters."""
    distance, j = 0, i + 1
    while j < len(bs) and distance <= MAX_HEADING_DISTANCE:
        if bs[j].class_type == "good":
            return True
        distance += len(bs[j].text)
        j += 1
    return False


def _says_something(b: Block) -> bool:
    """Words enough, and mostly letters: a title, not a timestamp or a byline."""
    return b.words > FEW_WORDS and sum(map(str.isalpha, b.text)) >= len(b.text) / 2


def _little(bs: list[Block]) -> list[Block]:
    """The short lines that say little: one or two words ('PHOTO', 'Subscribe', a site's name), or
    no letter of the page's script (a Latin label on an Arabic page)."""
    script = _main_script(bs)
    return [b for b in bs if b.cf_class == "short" and (b.words <= FEW_WORDS or (
        b.headline and script and script not in b.scripts))]


def _says_little(bs: list[Block]) -> None:
    """A line that says little is not taken into the article by its neighbours: jusText's context
    would keep it between two paragraphs, where widget labels and credits stand. An article's own
    subheading has words enough, or is announced by a colon (_announced_lists); a piece of a
    sentence the page wraps over several lines is kept with it (_wrapped)."""
    at = {id(b): i for i, b in enumerate(bs)}
    first = next((i for i, b in enumerate(bs) if b.cf_class == "good"), None)
    for b in _little(bs):
        if not _wrapped(bs, at[id(b)]) and not (first and at[id(b)] == first - 1 and _title_of(bs, b)):
            b.class_type = "bad"


def _title_of(bs: list[Block], b: Block) -> bool:
    """A short heading right above the article's first paragraph, in the page's script, printed
    once and of two words or more, is the article's title or byline (a column's 'Final Whistle', a
    reporter's name); a single word there is a section's name ('Details', 'Sports')."""
    return (b.headline and b.words >= 2 and b.scripts == frozenset({_main_script(bs)})
            and sum(x.folded == b.folded for x in bs) == 1)


def _repeated(bs: list[Block]) -> list[Block]:
    """Short lines the page prints more than once: a widget's label ('Read more', a section's name
    under every teaser) or the names of a scores ticker, never the article's own words; the title
    printed twice says more (HEADLINE_WORDS words or more)."""
    seen = Counter(b.folded for b in bs)
    return [b for b in bs if seen[b.folded] > 1 and b.words < HEADLINE_WORDS]


_INSIDE = ",\u060c;\u061b()"  # a comma, a semicolon (Latin or Arabic) or a bracket opens inside a sentence


def _wrapped(bs: list[Block], i: int) -> bool:
    """Block i is a piece of a sentence broken over lines, as a plain-text page wraps its
    paragraphs ('Police' / 'continue their efforts to locate ...'): next to an article line
    jusText keeps, the line after it opens inside a sentence (lower case, a comma or a bracket),
    or the line before it breaks off mid-sentence (ends on a word) and this one ends the sentence.
    Script and punctuation, not words: labels and credits stand alone, with no sentence to end."""
    b = bs[i]
    before = bs[i - 1] if i else None
    after = bs[i + 1] if i + 1 < len(bs) else None
    if (after is not None and after.class_type == "good" and after.words > FEW_WORDS
            and (after.text[:1].islower() or after.text[:1] in _INSIDE)):
        return True
    return (before is not None and before.class_type == "good" and before.text[-1:].isalnum()
            and _fires("sentence-end", b.folded) and not _fires("list-intro", b.folded))


def _page_end(bs: list[Block]) -> None:
    """After the last paragraph that is good on its own, the first headline-shaped line that does
    not end as a sentence starts the page's end (related headlines, a subscription box, an
    author's blurb): it and what follows go, when short lines are most of what follows (a short
    line among short lines) and no paragraph's length of near-good text does (the article resuming
    after a list), unless a short label the page prints more than once marks teasers in it
    (_teasers: 'Continue' under each teaser and its headline): not the article, however long.
    A single last line is left to _last_line (an excerpt cut off)."""
    last = max((i for i, b in enumerate(bs) if b.cf_class == "good"), default=None)
    if last is None:
        return
    start = next((i for i in range(last + 1, len(bs)) if bs[i].headline), None)
    if start is None or start == len(bs) - 1:
        return
    tail = bs[start:]
    teasers = _teasers(tail, set(map(id, _repeated(bs))))
    if ((sum(len(b) for b in tail if b.cf_class == "neargood") >= LENGTH_HIGH and not teasers)
            or sum(b.cf_class in ("short", "bad") for b in tail) < 2):
        return  # the article resuming, or a subheading and the article's last paragraph
    for b in bs[start:]:
        b.class_type = "bad"


def _teasers(tail: list[Block], labels: set[int]) -> bool:
    """A box of teasers: a short label the page prints more than once ('Continue', a section's name)
    stands twice or more in the tail, with a headline-shaped line that is no label between each two
    copies, as each teaser has its own headline. A label with only prose between its copies is the
    article's (a speaker's name before each answer of an interview, a subheading printed twice)."""
    copies: dict[str, list[int]] = {}
    for i, b in enumerate(tail):
        if id(b) in labels:
            copies.setdefault(b.folded, []).append(i)
    return any(len(at) >= 2 and all(any(tail[k].headline and id(tail[k]) not in labels for k in range(i + 1, j))
                                    for i, j in zip(at, at[1:]))
               for at in copies.values())


def _announced_lists(bs: list[Block]) -> None:
    """A line the article ends with a colon ('the new ministers are:') announces the short lines
    after it: they share its fate, up to the next paragraph or furniture."""
    i = 0
    while i < len(bs):
        b = bs[i]
        if b.furniture or not _fires("list-intro", b.folded):
            i += 1
            continue
        # kept where it or the line before it is; or a subheading of the article's stands between it
        # and a kept paragraph ('The new cabinet' / 'The decree names these ministers:')
        before = i - 2 if i >= 2 and _subheading(bs[i - 1]) else i - 1
        keep = b.class_type == "good" or (before >= 0 and bs[before].class_type == "good")
        j = i + 1
        # a line that itself ends with a colon is another label, not an item ('Follow us on:')
        while j < len(bs) and not bs[j].furniture and bs[j].cf_class == "short" and not _fires("list-intro", bs[j].folded):
            j += 1
        if keep and j > i + 1:  # a colon with nothing short after it announces nothing ('Views:')
            for k in range(i, j):
                bs[k].class_type = "good"
        i = j


def _subheading(b: Block) -> bool:
    """A short headline-shaped line no rule names as furniture: an article's own subheading, if a kept
    paragraph comes before it (the caller's test)."""
    return b.headline and not b.furniture and len(b) <= LENGTH_LOW and not b.chars_count_in_links


def clean(text: str) -> Ranges:
    """The ranges of `text` that are the article itself, in order. A line a rule drops whatever
    its neighbours (an advertisement label, a share button) is left out of the classification too:
    it says nothing of the lines around it."""
    every = blocks(text)
    bs = [b for b in every if b.furniture not in DROPPED]
    classify(bs)
    _last_line(every)
    _learned(bs)
    _pointers_inside(bs)
    _bylines(bs)
    return tuple(p for b in bs if b.class_type == "good" for p in b.pieces)


BYLINE_RULES = frozenset({"byline-line"})  # header-line rules that name a byline by its label


def _bylines(bs: list[Block]) -> None:
    """A byline ('By X', its Arabic 'wrote: X') between two kept lines (the title and the first paragraph) is the
    article's: a short line of a name or two says little, but its label says what it is (a label
    with no name after it, 'By |', names nobody)."""
    for i in range(1, len(bs) - 1):
        b = bs[i]
        if (b.class_type != "good" and not b.furniture and len(b) <= HEADLINE_CHARS and b.words > 1
                and bs[i - 1].class_type == "good" and bs[i + 1].class_type == "good"
                and any(r.id.rsplit("/", 1)[-1] in BYLINE_RULES and r.regex.search(b.folded) for r in _rules().get("header-line", ()))):
            b.class_type = "good"


def _model() -> tuple[dict[str, float], float]:
    """The learned line classifier's weights and the probability from which a kept line goes
    (rules/common/cleaning.yaml; no weights: no model)."""
    lexicons = languages.common().rules("cleaning").lexicons
    return lexicons.get("weights", {}), float(lexicons.get("decision", {}).get("threshold", 1.0))


LEANS = 0.5  # the model's even odds


def _learned(bs: list[Block]) -> None:
    """The learned line classifier (line_model) has the last word on the lines jusText keeps: a line
    it is sure is furniture goes (a breadcrumb run into the title, a menu). It brings no line back,
    never takes every kept line, nor the short last line _last_line kept (one word of a signature
    and one of a share button look alike; a wording rule tells them apart), nor a line of the page's
    script that jusText judges good on its own, long and full of stop words (a lead paragraph opening
    with an agency's credit written with slashes; not a disclaimer in another language): body lost
    costs more than furniture kept."""
    weights, threshold = _model()
    if not weights:
        return
    script = _main_script(bs)
    asked = [i for i, b in enumerate(bs) if b.class_type == "good" and not b.furniture and not b.last
             and not (b.cf_class == "good" and script in b.scripts)]
    found = line_model.features(bs, script, _fires, asked)
    odds = {i: line_model.probability(line_model.furniture_odds(f, weights)) for i, f in zip(asked, found)}
    sure = {i for i, p in odds.items() if p >= threshold}
    # Furniture comes in runs: a line the model leans to furniture on, with nothing kept on either
    # side of it once the sure lines are gone, goes with them (jusText's smoothing by neighbours);
    # only after the article's first paragraph: above it, the title and its byline stand alone
    # between the site's header and the article's own. The page's edge is no neighbour: the last
    # line of an excerpt cut off after a dropped label has one side to judge it by, not two
    first = next((i for i, b in enumerate(bs) if b.cf_class == "good"), len(bs))
    gone = lambda j: 0 <= j < len(bs) and (bs[j].class_type != "good" or j in sure)
    sure |= {i for i, p in odds.items() if p >= LEANS and i > first and gone(i - 1) and gone(i + 1)}
    if len(sure) < sum(b.class_type == "good" for b in bs):
        for i in sure:
            bs[i].class_type = "bad"


def cleaned(text: str, kept: Ranges) -> str:
    return "\n".join(text[s:e] for s, e in kept)


def run_example(ruleset, rule, example) -> dict | None:
    """Example runner for boilerplate rules (tests/test_rule_examples.py)."""
    folded = fold(example.text)
    m = rule.regex.search(folded.text)
    if not m:
        return None
    s, e = folded.span(*m.span())
    return {"action": rule["action"], "match": example.text[s:e]}
