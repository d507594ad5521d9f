"""Publication date from an article's header, chosen with evidence."""
from datetime import date

from checker.read.clean import clean
from checker.read.pubdate import choose


def _choose(text, lang="ar"):
    return choose(text, clean(text), lang)


def test_seed_002_two_header_dates_the_friday_and_the_caption_decide(seeds_dir):
    (path,) = seeds_dir.glob("002_*.txt")
    got = _choose(path.read_text(encoding="utf-8"))
    # 30 Dec 2022 was a Friday (the text says الجمعة); 21 Nov 2024 was a Thursday.
    assert date(2022, 12, 30).isoweekday() == 5 and date(2024, 11, 21).isoweekday() == 4
    assert got.published == date(2022, 12, 30)
    assert got.evidence == ("header dates 2024-11-21, 2022-12-30; chose 2022-12-30: repeated in the text; "
                            "the text's 'الجمعة' (Friday) fits it")


def test_seed_003_one_header_date(seeds_dir):
    (path,) = seeds_dir.glob("003_*.txt")
    assert _choose(path.read_text(encoding="utf-8")).published == date(2023, 11, 8)


def test_undated_seeds_get_none(seeds_dir):
    for prefix in ("000", "001", "004"):
        (path,) = seeds_dir.glob(prefix + "_*.txt")
        got = _choose(path.read_text(encoding="utf-8"))
        assert (got.published, got.evidence) == (None, "no date found")


def test_weekday_alone_decides_and_without_evidence_the_earliest_wins():
    # 2024-03-05 is a Tuesday, 2024-03-08 a Friday
    text = "5 مارس 2024\n8 مارس 2024\nقال الوزير، الثلاثاء، إن المحادثات مستمرة."
    assert _choose(text).published == date(2024, 3, 5)
    text = "8 مارس 2024\n5 مارس 2024\nقال الوزير، الجمعة، إن المحادثات مستمرة."
    assert _choose(text).published == date(2024, 3, 8)
    text = "8 مارس 2024\n5 مارس 2024\nقال الوزير إن المحادثات مستمرة."
    got = _choose(text)
    assert got.published == date(2024, 3, 5) and "the earliest" in got.evidence


def test_dates_deep_in_the_body_are_not_header_dates():
    body = "قال الوزير إن الغزو بدأ في 24 فبراير 2022 وإن المحادثات مستمرة منذ ذلك الحين بين الطرفين. " * 3
    text = "عنوان الخبر\n" + body
    assert _choose(text).published is None


def test_english_header():
    text = "Putin meets Zhang\nUpdated Nov. 8, 2023\nPutin met Zhang in Moscow on Wednesday."
    got = _choose(text, "en")
    assert got.published == date(2023, 11, 8) and "'Wednesday' (Wednesday) fits it" in got.evidence
