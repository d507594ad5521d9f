"""Cleaning on the seeds: what goes, what stays, and offsets into the original."""
from checker.read.clean import clean, cleaned


def _seed(seeds_dir, prefix):
    (path,) = seeds_dir.glob(prefix + "_*.txt")
    return path.read_text(encoding="utf-8")


def test_000_read_also_block_and_page_residue_are_cut(seeds_dir):
    text = _seed(seeds_dir, "000")
    body = cleaned(text, clean(text))
    tail = text[text.index("إقرأ أيضاً"):]
    assert "إقرأ أيضاً" not in body
    for line in (ln.strip() for ln in tail.split("\n")):
        if len(line) > 20:
            assert line not in body
    assert "googletag" not in body and "article-img-ratio" not in body
    assert "كلمات دلالية" not in body and "المصدر: صدى البلد" not in body
    # the article itself survives, first and last paragraphs
    assert body.startswith("التقى الرئيس الروسي فلاديمير بوتين")
    assert body.endswith("انطلاقا من مصالحها الأنانية”.")


def test_001_see_also_lines_and_related_block_are_gone(seeds_dir):
    text = _seed(seeds_dir, "001")
    body = cleaned(text, clean(text))
    assert text.count("شاهد ايضاً:") == 2
    assert "شاهد ايضاً" not in body
    assert "أخبار ذات صلة" not in body
    assert "نجم الدوري الإنجليزي" not in body and "153 طائرة" not in body
    # the paragraph after the first see-also line is kept
    assert "ونقلت وسائل الإعلام الحكومية الروسية" in body


def test_004_ends_before_author_blurb_and_more_stories(seeds_dir):
    text = _seed(seeds_dir, "004")
    body = cleaned(text, clean(text))
    assert "More Stories" not in body and "ثقافة البوب" not in body
    assert body.endswith("في نيويورك هذا الأسبوع.")


def test_002_share_and_rights_lines_are_dropped(seeds_dir):
    text = _seed(seeds_dir, "002")
    body = cleaned(text, clean(text))
    assert "الفيس بوك" not in body and "تويتر" not in body and "جميع الحقوق محفوظة" not in body
    assert "30 ديسمبر 2022" in body


def test_kept_ranges_are_ordered_trimmed_and_inside_the_text(seeds_dir):
    for path in sorted(seeds_dir.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        kept = clean(text)
        assert kept
        for (s1, e1), (s2, _e2) in zip(kept, kept[1:]):
            assert e1 <= s2
        for s, e in kept:
            assert 0 <= s < e <= len(text)
            assert not text[s].isspace() and not text[e - 1].isspace()
            assert "\n" not in text[s:e]


def test_a_quoted_line_is_kept_when_no_cut_heading_follows():
    text = 'Putin met Xi in Beijing on Monday.\n"We are friends," he said.\n"A quoted line."\nThe talks went on.'
    assert cleaned(text, clean(text)) == text


def test_a_quoted_blurb_right_before_a_cut_heading_goes():
    text = 'Putin met Xi in Beijing on Monday.\n"Writer. Coffee lover."\nRelated\nOther story'
    assert cleaned(text, clean(text)) == "Putin met Xi in Beijing on Monday."


def test_css_inside_a_line_is_removed_and_the_rest_of_the_line_kept():
    text = "Start. .box{ color: red; } Putin spoke."
    kept = clean(text)
    assert [text[s:e] for s, e in kept] == ["Start.", "Putin spoke."]
