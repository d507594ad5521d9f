"""A year written beside relative words that give another year is an in-document warning."""
from datetime import date

import pytest

from checker.compare.in_document import document_findings
from checker.extract import timex


@pytest.mark.parametrize("text, lang", [("Trade fell last year, 2020, by a tenth.", "en"),
                                        ("تراجعت التجارة خلال العام الماضي 2020 بنسبة عشرة بالمئة", "ar")])
def test_a_year_the_relative_words_contradict_is_a_warning(text, lang):
    whens = timex.tag(text, lang, date(2024, 6, 10))
    (f,) = document_findings("d", text, whens, lang)
    assert (f.rule, f.severity, f.values) == ("relative-mismatch", "warning", ("2020", "2023"))
    quote = f.quotes[0]
    assert text[quote.start:quote.end] == quote.text and "2020" in quote.text


@pytest.mark.parametrize("published", [date(2021, 3, 1), None])
def test_no_warning_where_they_agree_or_no_publication_date_says(published):
    text = "Trade fell last year, 2020, by a tenth."
    assert document_findings("d", text, timex.tag(text, "en", published), "en") == []
