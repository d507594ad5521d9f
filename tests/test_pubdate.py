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
    assert got.evidence == ("header dates 2024-11-21, 2022-12-30; set aside 2024-11-21 (the site's banner: at the top, later than "
                            "every other date, no evidence); chose 2022-12-30: repeated in the text; "
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


TODAY = date(2025, 6, 1)
PARA = ("Japan's trade minister set off for Brazil on Saturday on a five-day tour, pledging fresh investment "
        "and warmer relations between the two governments after a long chill.")


def test_a_banner_years_later_than_the_timestamp_is_set_aside_and_its_weekday_is_no_evidence():
    # 22 October 2024 was a Tuesday (the banner's weekday); 15 June 2024 a Saturday.
    text = f"Dhaka, Tuesday\n22 October 2024\nMinister begins Brazil tour\nPublished: 09:27, 15 June 2024\n{PARA}"
    got = choose(text, clean(text), "en", today=TODAY)
    assert got.published == date(2024, 6, 15)
    assert "set aside 2024-10-22 (the site's banner" in got.evidence and "Tuesday" not in got.evidence
    text = text.replace("22 October 2024", "22 October 2031")  # a banner in the future is no date at all
    got = choose(text, clean(text), "en", today=TODAY)
    assert got.published == date(2024, 6, 15) and "2031-10-22 (in the future)" in got.evidence


def test_a_dateline_a_timestamp_and_a_today_sentence_are_candidates():
    text = f"Jakarta, 7 September 2023 – {PARA}"
    assert choose(text, clean(text), "en", today=TODAY).published == date(2023, 9, 7)
    text = f" date 2024-04-22 {PARA}"
    assert choose(text, clean(text), "en", today=TODAY).published == date(2024, 4, 22)
    text = f"Title of the story\nDate\n11/20/2024 8:12:37 AM\n{PARA}"
    assert choose(text, clean(text), "en", today=TODAY).published == date(2024, 11, 20)
    text = f"{PARA}\nThe ministers meet today, Sunday 3 March 2024, in Riyadh, officials said on the record."
    assert choose(text, clean(text), "en", today=TODAY).published == date(2024, 3, 3)


def test_a_date_deep_in_the_first_paragraph_is_no_dateline():
    text = f"The minister said that the talks began on 7 September 2023. {PARA}"
    assert choose(text, clean(text), "en", today=TODAY).published is None


def test_the_url_dates_a_page_that_prints_no_date_and_backs_a_candidate():
    got = choose(PARA, clean(PARA), "en", url="https://example.com/news/2024/02/03/minister-tour/", today=TODAY)
    assert got.published == date(2024, 2, 3) and "URL" in got.evidence
    text = f"5 February 2024\n3 February 2024\n{PARA}"
    got = choose(text, clean(text), "en", url="https://example.com/2024/02/03/story", today=TODAY)
    assert got.published == date(2024, 2, 3) and "the URL agrees" in got.evidence


def test_a_url_with_several_dates_or_a_future_date_does_not_fail():
    got = choose(PARA, clean(PARA), "en", url="https://example.com/2023/01/05/archive/2024/02/03/x", today=TODAY)
    assert got.published == date(2023, 1, 5)  # htmldate reads the first date of the path
    got = choose(PARA, clean(PARA), "en", url="https://example.com/2031/01/05/x", today=TODAY)
    assert got.published is None
    assert choose(PARA, clean(PARA), "en", url="https://example.com/2024/02/31/x", today=TODAY).published is None



def test_a_url_ending_in_milliseconds_since_1970_dates_the_page_and_shorter_numbers_do_not():
    url = "https://example.org/en/world/Envoy-Arrives-In-Lima-k3v1741528800000"  # 2025-03-09 14:00 UTC
    got = choose(PARA, clean(PARA), "en", url=url, today=TODAY)
    assert got.published == date(2025, 3, 9) and "URL" in got.evidence
    for url in ("https://example.org/story/1741528800",         # ten digits: as often an article number
                "https://example.org/story/17415288000001",     # fourteen digits
                "https://example.org/story/1941528800000"):     # 2031: after the reading day
        assert choose(PARA, clean(PARA), "en", url=url, today=TODAY).published is None


POST_EN = "“State visit confirmed.” — The Royal Family (@RoyalFamily) February 8, 2026"
POST_AR = "“تأكيد زيارة الدولة.” — منصة الأخبار (@news_ar) ٨ فبراير ٢٠٢٦"
PARA_AR = ("انطلق وزير التجارة الياباني يوم السبت في جولة إلى البرازيل تدوم خمسة أيام، متعهدا بضخ "
           "استثمارات جديدة وبتحسين العلاقات بين الحكومتين بعد فترة طويلة من الجمود.")


def test_an_embedded_post_bounds_the_date_from_below_and_is_a_candidate():
    when = date(2026, 3, 1)
    text = f"7 February 2025\n{PARA}\n{POST_EN}"  # a header date a year before the post it embeds
    got = choose(text, clean(text), "en", today=when)
    assert got.published == date(2026, 2, 8)
    assert "set aside 2025-02-07 (older than a post the page embeds, of 2026-02-08)" in got.evidence
    assert "the embedded post's" in got.evidence
    got = choose(f"{PARA}\n{POST_EN}", clean(f"{PARA}\n{POST_EN}"), "en", today=when)  # the post alone
    assert got.published == date(2026, 2, 8) and "an embedded post of 2026-02-08" in got.evidence


def test_a_date_the_page_prints_beats_an_embedded_posts_without_other_evidence():
    when = date(2026, 3, 1)
    text = f"9 February 2026\n{PARA}\n{POST_EN}"
    got = choose(text, clean(text), "en", today=when)
    assert got.published == date(2026, 2, 9) and "the earliest" in got.evidence
    # The URL's date beats the post's; a URL older than the post is not the page's date.
    url = "https://example.com/2026/02/10/state-visit"
    assert choose(f"{PARA}\n{POST_EN}", clean(f"{PARA}\n{POST_EN}"), "en", url=url, today=when).published == date(2026, 2, 10)
    url = "https://example.com/2026/02/01/state-visit"
    assert choose(f"{PARA}\n{POST_EN}", clean(f"{PARA}\n{POST_EN}"), "en", url=url, today=when).published == date(2026, 2, 8)
    # A URL's month that holds the post's day: the post dates the page, and the month agrees.
    got = choose(f"{PARA}\n{POST_EN}", clean(f"{PARA}\n{POST_EN}"), "en", url="https://example.com/2026/02/x", today=when)
    assert got.published == date(2026, 2, 8) and "the URL's month agrees" in got.evidence


def test_embedded_posts_on_arabic_pages_in_both_forms():
    when = date(2026, 3, 1)
    for post in (POST_AR, POST_EN):  # an Arabic page may embed a post in its Arabic or English form
        text = f"7 فبراير 2025\n{PARA_AR}\n{post}"
        got = choose(text, clean(text), "ar", today=when)
        assert got.published == date(2026, 2, 8), post
        assert "older than a post the page embeds" in got.evidence
    text = f"{PARA}\n{POST_AR}"  # and an English page an Arabic one
    assert choose(text, clean(text), "en", today=when).published == date(2026, 2, 8)


def test_a_post_in_the_future_is_set_aside_and_bounds_nothing():
    text = f"7 February 2025\n{PARA}\n{POST_EN}"
    got = choose(text, clean(text), "en", today=date(2025, 6, 1))
    assert got.published == date(2025, 2, 7) and "2026-02-08 (in the future)" in got.evidence


def test_a_weekday_in_an_embedded_post_is_no_evidence():
    # 5 and 6 March 2024 were a Tuesday and a Wednesday; only the post names a weekday.
    post = "“Talks end on Wednesday” — Ministry (@ministry) March 5, 2024"
    text = f"5 March 2024\n6 March 2024\n{PARA}\n{post}"
    got = choose(text, clean(text), "en", today=TODAY)
    assert got.published == date(2024, 3, 5) and "Wednesday" not in got.evidence


def test_url_forms_beyond_htmldates_and_a_month_alone_is_partial():
    from checker.read.documents import Raw, build
    from checker.read.pubdate import url_date

    assert url_date("https://example.com/amp/20220218/story.html", TODAY) == date(2022, 2, 18)
    assert url_date("https://example.com/2024/Feb/11/story", TODAY) == date(2024, 2, 11)
    assert url_date("https://example.com/item/8605-12-november-2024-visit", TODAY) == date(2024, 11, 12)
    assert url_date("https://example.com/2022/11/story", TODAY) == "2022-11"
    assert url_date("https://example.com/2031/11/story", TODAY) is None  # in the future
    doc = build(Raw("a.txt", PARA, url="https://example.com/2022/11/story"))
    assert (doc.published, doc.published_period) == (None, "2022-11") and "URL's month" in doc.published_evidence


def test_a_lone_banner_later_than_the_urls_date_gives_way_to_the_url():
    # The page prints no date of its own but the banner; its address says 3 March 2021.
    text = f"Friday, May 9, 2025\n\nMinister begins Brazil tour\n\n{PARA}"
    url = "https://news.example.org/2021/03/03/minister-begins-brazil-tour"
    got = choose(text, clean(text), "en", url=url, today=TODAY)
    assert got.published == date(2021, 3, 3) and "set aside 2025-05-09 (the site's banner" in got.evidence
    got = choose(text, clean(text), "en", url="https://news.example.org/2021/03/tour", today=TODAY)
    assert (got.published, got.period) == (None, "2021-03")


def test_a_lone_date_on_a_furniture_line_at_the_top_is_no_publication_date():
    # The date line goes with the masthead (a line cleaning drops), and nothing else dates the page.
    text = f"Friday, May 9, 2025\n\nMinister begins Brazil tour\n\n{PARA}"
    kept = tuple(r for r in clean(text) if r[0] > 0)  # as if cleaning had dropped the first line
    got = choose(text, kept, "en", today=TODAY)
    assert got.published is None and "set aside 2025-05-09" in got.evidence
    assert choose(text, clean(text), "en", today=TODAY).published == date(2025, 5, 9)  # kept: the page's date
    # The same date under the title is the article's timestamp.
    text = f"Minister begins Brazil tour\nFriday, May 9, 2025\n\n{PARA}"
    assert choose(text, clean(text), "en", today=TODAY).published == date(2025, 5, 9)


def test_a_members_joining_date_beside_a_forum_post_is_set_aside():
    # The joining date is earlier, so without the label it would win as the earliest.
    text = ("منتدى الكتاب\nسامي\nعدد المشاركات : 420\nتاريخ التسجيل : 05/02/2011\n"
            "كتبه سامي الاثنين مارس 09, 2020 8:40 pm\nقال الكاتب إن المعرض يفتتح أبوابه قريبا.")
    got = _choose(text)
    assert got.published == date(2020, 3, 9) and "2011-02-05" in got.evidence
    text = "Book forum\nSami\nJoined: 5 Feb 2011\nPosted March 9, 2020\nThe fair opens soon, the writer said."
    assert _choose(text, "en").published == date(2020, 3, 9)
    # Unlabelled, the same early date is a candidate as before (neither line says which is the page's).
    text = "Book forum\nSami\n5 Feb 2011\nMarch 9, 2020\nThe fair opens soon, the writer said."
    assert _choose(text, "en").published == date(2011, 2, 5)


def test_an_arabic_page_whose_template_prints_an_english_date():
    # a site's template in English above an Arabic article: the month's name is read in either language
    text = "الوزير يفتتح المعرض\nتاريخ النشر: 4th, March 2022 GMT\nافتتح الوزير، الجمعة، معرض الكتاب في العاصمة."
    got = _choose(text)
    assert got.published == date(2022, 3, 4) and "(Friday) fits it" in got.evidence
    # numbers alone are read by the page's own convention only: no month-first reading on an Arabic page
    paragraph = ("افتتح الوزير معرض الكتاب في العاصمة بحضور عدد من السفراء والكتاب والناشرين، وقال إن دورة هذا العام "
                 "تضم أكثر من ألف دار نشر من ثلاثين دولة، وإن المعرض يستمر عشرة أيام.")
    text = "الوزير يفتتح المعرض\n03/04/2022 10:15\n" + paragraph
    got = _choose(text)
    assert "2022-04-03" in got.evidence and "2022-03-04" not in got.evidence


def test_a_joining_date_labelled_in_another_language_is_set_aside():
    # read in either language, the member's joining date is still no publication date
    text = ("عضو نشيط\nJoined: 5 May 2009\nمشاركة بتاريخ 12 مارس 2016\n"
            "السلام عليكم، أود أن أسأل عن أفضل طريقة لتعلم البرمجة للمبتدئين في هذا المنتدى.")
    got = _choose(text)
    assert got.published == date(2016, 3, 12)


def test_a_short_paragraph_in_the_header_tells_events_not_the_pages_date():
    # a page of short paragraphs: their dates are what the article tells, the stamp at its top is the page's
    text = ("2021-03-02 The council has chosen a new chief engineer for the city's water works.\n\n"
            "She will take up the post from Sept. 1 2021, for a term of four years.\n\n"
            "She replaces the engineer who has run the works since May 3 2012.\n\n"
            "The council also approved the budget for the new reservoir.")
    got = _choose(text, "en")
    assert got.published == date(2021, 3, 2) and "2012" not in got.evidence
    # a timestamp line that ends with a full stop still stamps the page
    text = "Water works get a new chief\nUpdated on March 2, 2021.\nThe council chose a new chief engineer on Tuesday."
    assert _choose(text, "en").published == date(2021, 3, 2)


def test_a_timestamp_above_many_short_paragraphs_and_under_a_dropped_banner_dates_the_page():
    # the article's short sentences do not push the timestamp out of the header's last lines, and the
    # date the banner prints again over the article is the page's own, not the day it was read
    sentences = [f"Point number {n} of the report was read out by the clerk to the council." for n in range(1, 8)]
    lines = ["2024-05-06 Menu Home News Sport", "...", "Council reads the water report", "News Desk 6 May 2024 10:15",
             *sentences]
    text = "\n".join(lines)
    starts = [text.index(line) for line in lines]
    kept = tuple((a, a + len(line)) for a, line in zip(starts, lines) if line not in lines[:2])  # banner dropped
    got = choose(text, kept, "en")
    assert got.published == date(2024, 5, 6), got.evidence


def test_the_date_a_page_opens_with_stays_its_own_when_cleaning_drops_its_line():
    # the stamp's line is a label cleaning drops; the stamp is no banner written out for readers
    text = " date 2024-12-04 ADVERTISEMENT\n\n" + PARA
    got = _choose(text, "en")
    assert got.published == date(2024, 12, 4)
    # a banner written out at the top, its line dropped and no other evidence, is still set aside
    text = "Wednesday, December 4, 2024 | Subscribe\n\n" + PARA
    kept = ((text.index(PARA), len(text)),)
    assert choose(text, kept, "en").published is None
    text = " date 2024-12-04 Subscribe\n\n" + PARA
    assert choose(text, ((text.index(PARA), len(text)),), "en").published == date(2024, 12, 4)


def test_a_full_date_with_its_weekday_in_the_first_paragraph_names_the_day_of_the_urls_month():
    url = "https://example.com/article/2021/07/sultan-arrives/"
    para = ("In this photo released on Sunday, July 11, 2021, the sultan is received at the airport, where the "
            "crown prince waited with his ministers for the first visit of its kind in years.")
    text = "Sultan arrives on first foreign trip\n\n" + para + "\n\n" + PARA
    got = choose(text, clean(text), "en", url)
    assert got.published == date(2021, 7, 11) and "URL's month agrees" in got.evidence
    # without the weekday, or with a weekday that does not fit, the URL's month is all there is
    for wrong in ("on July 11, 2021", "on Monday, July 11, 2021"):
        text = "Sultan arrives on first foreign trip\n\n" + para.replace("on Sunday, July 11, 2021", wrong) + "\n\n" + PARA
        got = choose(text, clean(text), "en", url)
        assert (got.published, got.period) == (None, "2021-07")


def test_a_page_of_short_paragraphs_keeps_its_timestamp_among_the_header_lines():
    # a short article of one-sentence paragraphs, none of them long, then other articles' headlines:
    # the first paragraph that ends as a sentence ends the header, so the timestamp under the byline
    # is no further from it than the header's last lines
    paragraphs = "\n".join(f"قال المدرب إن الفريق سيلعب المباراة رقم {n} يوم الأربعاء أمام منافسه في الدوري "
                           "بتشكيلة جديدة تماما لتفادي الإرهاق." for n in range(5))
    headlines = "\n".join(f"الفريق {n} يفوز على منافسه في مباراة مثيرة" for n in range(10))
    text = f"إعلان\nإعلان\nسامي الحداد\n14 مارس 2022 10:15\n\n{paragraphs}\nاقرأ أيضا:\n{headlines}\n"
    assert _choose(text).published == date(2022, 3, 14)


def test_the_date_the_page_labels_as_its_publication_wins_over_a_captions():
    # a photo caption dates the event a few days before; the label says which date is the page's own
    text = ("Trade deal signed in Lima\n\nThe ministers at the signing ceremony – 3 March 2023\n\n"
            "Published on Wednesday 8 March 2023\n\n"
            "The two countries signed a trade deal last Friday, the ministry said on Wednesday.\n")
    got = _choose(text, "en")
    assert got.published == date(2023, 3, 8), got.evidence
    assert "labelled as the page's publication date" in got.evidence
    arabic = ("توقيع اتفاق تجاري في ليما\n\nالوزيران خلال مراسم التوقيع، 3 مارس 2023\n\n"
              "منشور الأربعاء 8 مارس 2023\n\n"
              "وقع البلدان اتفاقا تجاريا يوم الجمعة الماضي، وفق ما أعلنت الوزارة الأربعاء.\n")
    assert _choose(arabic).published == date(2023, 3, 8)
