"""People introduced by the post of someone else: "his Italian counterpart X" (the office of the post
the sentence names before it, in the country named) and "the government headed by X" (the country's
head of government): rules/<lang>/names.yaml, post_pattern."""
import time
from datetime import date

import pytest

from checker.extract import names
from checker.pipeline import analyse
from checker.read.documents import Document


def roles(text, lang):
    doc = Document(id="x", path="x", source=None, url=None, lang=lang, published=date(2024, 3, 5),
                   published_evidence="", text=text, kept=((0, len(text)),))
    return {(f.subject, f.object) for f in analyse(doc).facts if f.kind == "role"}


def person(text, lang, written):
    return next(e for e in names.find(text, lang) if e.text == written)


@pytest.mark.parametrize("text, lang, written, post", [
    # the possessor's office with its country, with a bare post, and a foreign minister's counterpart
    ("وبحث رئيس الوزراء الماليزي هاتفيا مع نظيره الياباني تاكيشي موراكامي، سبل التعاون", "ar",
     "تاكيشي موراكامي", "Japanese prime minister"),
    ("وكان الرئيس قد استقبل أمس نظيره الغاني كوفي مينساه، في القصر", "ar", "كوفي مينساه", "Ghanaian president"),
    ("Latvian Foreign Minister Ilze Berzina met her Estonian counterpart Kaarel Tamm in Riga.", "en",
     "Kaarel Tamm", "Estonian foreign minister"),
])
def test_a_counterpart_holds_the_possessors_office_in_the_named_country(text, lang, written, post):
    assert person(text, lang, written).title == post


def test_posts_of_two_offices_before_it_leave_the_counterpart_without_a_post():
    # whose counterpart? the president's or the foreign minister's: the name is read, no post is guessed
    text = "President Anna Lind and Foreign Minister Piotr Zielinski met their guests and his Danish counterpart Lars Holm."
    holm = person(text, "en", "Lars Holm")
    assert holm.title is None
    assert not any(subject == "Lars Holm" for subject, _ in roles(text, "en"))


def test_a_counterpart_is_a_role_of_the_document():
    text = "واستقبل الرئيس الجزائري أمس نظيره البرتغالي جواو سيلفا، في قصر الشعب."
    found = roles(text, "ar")
    assert any(post == "Portuguese president" for _, post in found)


@pytest.mark.parametrize("text, lang, written, post", [
    ("وقالت الحكومة النيجيرية برئاسة أحمد بيلو، في بيان", "ar", "أحمد بيلو", "Nigerian president"),
    ("The Dutch government led by Maarten de Vries resigned.", "en", "Maarten de Vries", "Dutch prime minister"),
])
def test_who_heads_a_government_is_its_prime_minister_or_its_president(text, lang, written, post):
    assert person(text, lang, written).title == post


def test_a_post_written_after_the_words_is_the_persons_own():
    text = "The Dutch government led by Finance Minister Maarten de Vries resigned."
    assert ("Maarten de Vries", "Dutch prime minister") not in roles(text, "en")


def test_government_after_a_post_is_no_name():
    # 'the Jordanian king instructed the government of X': X is no king, and "government" no name
    text = "ووجه العاهل الأردني حكومة سامي الفايز بالاستمرار في تصريف الأعمال"
    assert not any(post == "Jordanian king" for _, post in roles(text, "ar"))


@pytest.mark.parametrize("text, lang", [
    (" ".join(["his Italian counterpart"] * 500), "en"),
    ("نظيره الإيطالي " * 500, "ar"),
    ("The " + "Italian government led by " * 300 + "X", "en"),
])
def test_repeated_introductions_finish_quickly_and_make_up_no_one(text, lang):
    start = time.perf_counter()
    found = names.find(text, lang)
    assert time.perf_counter() - start < 5
    assert not [e for e in found if e.type == "person" and e.title]


@pytest.mark.parametrize("text, lang, post", [
    ("والتقى وزير الدفاع الصيني نظيره الأمريكي سام كارتر في سنغافورة.", "ar", "US defence secretary"),
    ("وبحث وزير الخارجية الصيني مع نظيره الأمريكي سام كارتر الملف.", "ar", "US secretary of state"),
    ("China's foreign minister met his US counterpart Sam Carter in Geneva.", "en", "US secretary of state"),
])
def test_a_counterpart_holds_the_office_by_the_name_the_country_gives_it(text, lang, post):
    # the office composed with the country ('US foreign minister') is the one its own rules name
    got = {e.title for e in names.find(text, lang) if e.title is not None}
    assert post in got, got


@pytest.mark.parametrize("text, lang", [
    ("Kenyan President Samuel Otieno held talks in Cairo with his counterpart Abdel Fattah al-Sisi.", "en"),
    ("واستقبل الرئيس الكيني سامر داود نظيره عبد الفتاح السيسي في القصر", "ar"),
])
def test_a_counterpart_with_no_country_told_holds_the_office_in_the_country_the_catalogue_gives_them(text, lang):
    assert ("Abdel Fattah al-Sisi", "Egyptian president") in roles(text, lang)
    # one the catalogue lacks: no country to name the post with, so no role; the host's is the only one
    unknown = text.replace("Abdel Fattah al-Sisi", "Mostafa Kamal").replace("عبد الفتاح السيسي", "مصطفى كمال")
    assert {post for _, post in roles(unknown, lang)} == {"Kenyan president"}


def test_a_counterpart_with_no_post_before_it_holds_the_catalogues_post_of_the_named_country():
    # 'he' named no post in the sentence: the post the catalogue gives the one named after the words,
    # where it is of the country they name; of another country, no post is guessed
    assert ("Xi Jinping", "Chinese president") in roles(
        "Kenyan President Amos Otieno landed on Monday. He held talks with his Chinese counterpart, Xi Jinping, on Tuesday.", "en")
    assert not [o for s, o in roles(
        "Kenyan President Amos Otieno landed on Monday. He held talks with his Ghanaian counterpart, Xi Jinping, on Tuesday.",
        "en") if s == "Xi Jinping"]
