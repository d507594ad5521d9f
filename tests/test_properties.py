"""Properties over random Unicode text: the pipeline never raises, every span points into the
text, and storing the same document twice is a no-op."""
from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checker.read import documents
from checker.extract import quantities, timex
from checker.pipeline import analyse
from checker.store import Store

ARABIC = st.characters(min_codepoint=0x0621, max_codepoint=0x064A)
MARKS = st.sampled_from(["\u064e", "\u064f", "\u0650", "\u0651", "\u0652", "\u0640", "\u0670"])
DIGITS = st.sampled_from("0123456789\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669")
LATIN = st.characters(min_codepoint=ord("A"), max_codepoint=ord("z"))
PUNCT = st.sampled_from(list(".,;:!?\u060c\u061b\u061f\"'\u201c\u201d\u00ab\u00bb()-/%$") + [" ", " ", " ", "\n", "\t"])
INVISIBLE = st.sampled_from(["\u200f", "\u200e", "\u200d", "\u200c", "\u200b", "\u202b", "\u202c", "\ufeff", "\u00ad"])
ANY = st.characters(blacklist_categories=("Cs",))
# Words that make rules fire, so spans are exercised and not only empty results.
WORDS = st.sampled_from(["Putin", "Vladimir Putin", "Beijing", "visited", "met", "October", "2023", "billion",
                         "$1.5", "percent", "\u0628\u0648\u062a\u064a\u0646", "\u0628\u0643\u064a\u0646",
                         "\u0632\u0627\u0631", "\u0623\u0643\u062a\u0648\u0628\u0631", "\u0645\u0644\u064a\u0627\u0631",
                         "\u062f\u0648\u0644\u0627\u0631", "\u0661\u0665", "\u0627\u0644\u0639\u0627\u0645 \u0627\u0644\u0645\u0627\u0636\u064a"])
PIECE = st.one_of(ARABIC, MARKS, DIGITS, LATIN, PUNCT, INVISIBLE, ANY, WORDS.map(lambda w: f" {w} "))
SENTENCES = st.sampled_from([
    "Russian President Vladimir Putin visited Beijing in October 2023 to attend the forum.",
    "Trade between the two countries reached $240 billion last year, up 26 percent.",
    "Putin met Xi Jinping in Moscow on Tuesday, March 21.",
    "\u0632\u0627\u0631 \u0627\u0644\u0631\u0626\u064a\u0633 \u0627\u0644\u0631\u0648\u0633\u064a "
    "\u0641\u0644\u0627\u062f\u064a\u0645\u064a\u0631 \u0628\u0648\u062a\u064a\u0646 \u0628\u0643\u064a\u0646 "
    "\u0641\u064a \u0623\u0643\u062a\u0648\u0628\u0631 \u0662\u0660\u0662\u0663.",
    "\u0628\u0644\u063a \u062d\u062c\u0645 \u0627\u0644\u062a\u062c\u0627\u0631\u0629 240 "
    "\u0645\u0644\u064a\u0627\u0631 \u062f\u0648\u0644\u0627\u0631 \u0641\u064a \u0627\u0644\u0639\u0627\u0645 "
    "\u0627\u0644\u0645\u0627\u0636\u064a.",
])


@st.composite
def noisy_sentence(draw):
    """A sentence the rules read, with random characters (marks, digits, anything) pushed in."""
    text = draw(SENTENCES)
    for pos, piece in draw(st.lists(st.tuples(st.integers(0, len(text)), PIECE), max_size=6)):
        text = text[:pos] + piece + text[pos:]
    return text


TEXT = st.lists(st.one_of(PIECE, noisy_sentence()), min_size=1, max_size=60).map("".join)
SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _doc(text: str, lang: str | None = None):
    return documents.build(documents.Raw("random.txt", text, lang=lang, published=date(2023, 11, 8)))


def _check_spans(doc, analysis):
    text = doc.text
    for s in analysis.sentences:
        assert 0 <= s.start < s.end <= len(text)
        assert s.text == text[s.start:s.end]
    for f in analysis.facts:
        assert 0 <= f.span[0] <= f.span[1] <= len(text)
        for part in (f.when, f.quantity):
            if part is not None and part.text:
                assert text[part.start:part.end] == part.text


@SETTINGS
@given(TEXT, st.sampled_from([None, "ar", "en"]))
def test_the_pipeline_never_raises_and_spans_lie_inside_the_text(text, lang):
    doc = _doc(text, lang)
    assert all(0 <= s <= e <= len(doc.text) for s, e in doc.kept)
    _check_spans(doc, analyse(doc))


@SETTINGS
@given(TEXT, st.sampled_from(["ar", "en"]))
def test_every_when_and_quantity_quote_equals_its_span(text, lang):
    for w in timex.tag_text(text, lang, date(2023, 11, 8)):
        assert text[w.start:w.end] == w.text
    for q in quantities.find(text, lang):
        assert text[q.start:q.end] == q.text


@settings(max_examples=60, deadline=None)
@given(TEXT)
def test_storing_the_same_document_twice_is_a_no_op(text):
    store = Store(memory=True)
    doc = _doc(text)
    analysis = analyse(doc)

    def counts():
        return [store.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("documents", "sentences", "facts")]

    assert store.add(doc, analysis) is True
    after = counts()
    assert after[:2] == [1, len(analysis.sentences)]
    again = _doc(text)
    assert again.id == doc.id
    assert store.add(again, analyse(again)) is False
    assert counts() == after
    store.close()
