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
