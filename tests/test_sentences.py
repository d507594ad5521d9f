"""Sentence splitting keeps offsets into the original text."""
from hypothesis import given, settings
from hypothesis import strategies as st

from checker.read.clean import clean
from checker.extract.sentences import MAX_CHARS, split


def _texts(text, lang="ar", kept=None):
    return [s.text for s in split(text, kept or ((0, len(text)),), lang)]


def test_arabic_splits_on_full_stop_and_question_not_on_comma_or_semicolon():
    # the semicolon ؛ joins the parts of one sentence as often as two sentences: a verb and its object
    text = "قال بوتين، الجمعة، إنه يريد التعاون. هل يزور شي موسكو؟ التقى الوزير اليوم في أنقرة؛ بنظيره التركي"
    assert _texts(text) == ["قال بوتين، الجمعة، إنه يريد التعاون.", "هل يزور شي موسكو؟",
                            "التقى الوزير اليوم في أنقرة؛ بنظيره التركي"]


def test_no_split_inside_numbers_initials_or_quotes():
    assert _texts("ارتفع بنسبة 2.5 في المئة هذا العام.") == ["ارتفع بنسبة 2.5 في المئة هذا العام."]
    assert _texts("عقد نيكولاي ب. باتروشيف اجتماعا.") == ["عقد نيكولاي ب. باتروشيف اجتماعا."]
    assert _texts('وقال: "نحن مستعدون. سنواصل العمل" ثم غادر.') == ['وقال: "نحن مستعدون. سنواصل العمل" ثم غادر.']
    assert _texts("Mr. Xi met Gen. Zhang. They talked.", "en") == ["Mr. Xi met Gen. Zhang.", "They talked."]


def test_line_breaks_end_sentences():
    assert _texts("عنوان بلا نقطة\nفقرة أولى.") == ["عنوان بلا نقطة", "فقرة أولى."]


def test_a_hard_wrapped_text_is_read_in_its_sentences_not_its_lines():
    # a wire or a print page wraps at a fixed width: most long lines stop mid-sentence
    wrapped = ("The Chilean president arrived in Lima on Monday for a\n"
               "three-day official trip, the first by a Chilean leader in\n"
               "a decade. He will meet his Peruvian counterpart on\n"
               "Tuesday to sign a trade accord.\n"
               "\n"
               "Officials said the talks would cover mining and\n"
               "fisheries.")
    # (each wrap's line break read as the space it stands for, at the same offset)
    assert _texts(wrapped, "en") == [
        "The Chilean president arrived in Lima on Monday for a three-day official trip, the first by a Chilean leader in a decade.",
        "He will meet his Peruvian counterpart on Tuesday to sign a trade accord.",
        "Officials said the talks would cover mining and fisheries."]
    assert all(len(s.text) == s.end - s.start for s in split(wrapped, ((0, len(wrapped)),), "en"))
    # a list of records is no wrapped text: each line its own, in a wrapped page too
    listed = wrapped + "\nThe delegation:\nMinister of Mines: Tomas Reyes\nMinister of Trade: Ana Rojas"
    assert _texts(listed, "en")[-3:] == ["The delegation:", "Minister of Mines: Tomas Reyes", "Minister of Trade: Ana Rojas"]
    bulleted = wrapped + "\nThe delegation includes\n- Tomas Reyes of the mines ministry\n- Ana Rojas of the trade ministry"
    assert _texts(bulleted, "en")[-3:] == ["The delegation includes", "- Tomas Reyes of the mines ministry",
                                           "- Ana Rojas of the trade ministry"]
    # numbered items are a list's lines too ('1- X', '2) Y', '10. Z')
    numbered = wrapped + "\nThe delegation includes\n1- Tomas Reyes of the mines ministry\n2) Ana Rojas of the trade ministry" \
        "\n10. Luis Mendoza of the fisheries ministry"
    assert _texts(numbered, "en")[-4:] == ["The delegation includes", "1- Tomas Reyes of the mines ministry",
                                           "2) Ana Rojas of the trade ministry", "10. Luis Mendoza of the fisheries ministry"]
    # a text whose lines are its paragraphs keeps them apart, a title without a full stop too
    paragraphs = "Chile and Peru sign a trade accord\nThe two presidents met in Lima on Monday.\nThey signed an accord."
    assert _texts(paragraphs, "en") == ["Chile and Peru sign a trade accord", "The two presidents met in Lima on Monday.",
                                        "They signed an accord."]


def test_a_runaway_line_is_cut_at_whitespace():
    text = ("كلمة " * 1000).strip()
    got = split(text, ((0, len(text)),), "ar")
    assert len(got) > 1 and all(len(s.text) <= MAX_CHARS for s in got)
    assert all(not s.text.startswith(" ") and not s.text.endswith(" ") for s in got)
    assert " ".join(s.text for s in got) == text


def test_seed_sentences_map_back_to_the_original(seeds_dir):
    for path in sorted(seeds_dir.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        kept = clean(text)
        sentences = split(text, kept, "ar")
        assert len(sentences) > 5
        for s in sentences:
            assert text[s.start:s.end] == s.text
            assert any(ks <= s.start and s.end <= ke for ks, ke in kept)
        assert [s.start for s in sentences] == sorted(s.start for s in sentences)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(list("اب تث.،؟!\"“”\n 12") + ["Mr", "ب.", "\u064e", "googletag"]), max_size=80).map("".join),
       st.sampled_from(["ar", "en", "und"]))
def test_sentences_are_always_exact_slices(text, lang):
    kept = clean(text)
    for s in split(text, kept, lang):
        assert text[s.start:s.end] == s.text and s.text.strip() == s.text and s.text
