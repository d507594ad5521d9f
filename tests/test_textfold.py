from hypothesis import given, strategies as st

from checker.textfold import fold


def test_span_maps_back_over_deleted_marks():
    text = "زار بُوتِين بكين في ٢٠\u200f٢٣"
    f = fold(text)
    assert f.text == "زار بوتين بكين في 2023"
    i = f.text.index("بوتين")
    s, e = f.span(i, i + len("بوتين"))
    assert text[s:e] == "بُوتِين"
    i = f.text.index("2023")
    s, e = f.span(i, i + 4)
    assert text[s:e] == "٢٠\u200f٢٣"


@given(st.text())
def test_fold_span_is_inside_text(text):
    f = fold(text)
    for i in range(len(f.text)):
        s, e = f.span(i, i + 1)
        assert 0 <= s < e <= len(text)


@given(st.text(alphabet="ab \u064e\u0640\u200f\u0661.", max_size=40), st.lists(st.integers(0, 40), max_size=5))
def test_pieces_of_a_folded_text_are_the_pieces_folded_alone(text, cuts):
    """A document is folded once and its sentences cut from it: each must be what folding the
    sentence alone gives (text and offsets), and fold() answers with it."""
    from checker import textfold
    cuts = sorted({0, len(text), *(c for c in cuts if c <= len(text))})
    spans = [(a, b) for a, b in zip(cuts, cuts[1:]) if a < b]
    whole, pieces = textfold.fold_pieces(text, spans)
    assert whole == textfold._fold(text)
    for (s, e), (fs, fe, piece) in zip(spans, pieces):
        assert piece == textfold._fold(text[s:e])
        assert whole.text[fs:fe] == piece.text
        assert fold(text[s:e]) == piece


def _fold_char_by_char(text: str):
    """What folding means, one character at a time: mapped by the table, ignored marks left out."""
    from checker import textfold
    table, ignored = textfold._tables()
    mapped = [(i, table.get(ord(ch), ch)) for i, ch in enumerate(text)]
    kept = [(i, ch) for i, ch in mapped if ch not in ignored]
    offsets = tuple(i for i, _ in kept)
    return "".join(ch for _, ch in kept), (None if len(kept) == len(text) else offsets)


def _table_chars() -> str:
    from checker import textfold
    table, ignored = textfold._tables()
    return "".join(chr(k) for k in table) + "".join(ignored)


@given(st.text(alphabet=_table_chars() + "ab -\n\u0627\u0628\u06cc"))
def test_fold_is_the_table_and_the_ignored_marks_character_by_character(text):
    f = fold(text)
    assert (f.text, f.offsets) == _fold_char_by_char(text)
