"""A tenure told with its span ("since 2019", "منذ مطلع 2019"): the appointment took place when the
span begins, and the role it implies is held through the span, to the article's day."""
from datetime import date

from checker import languages
from checker.extract import posts
from checker.extract.context import DocumentContext
from checker.model import Fact, When
from checker.pipeline import analyse
from checker.read.documents import Document

PUBLISHED = date(2024, 9, 15)


def _facts(text, lang="ar"):
    doc = Document(id="x", path="x", source=None, url=None, lang=lang, published=PUBLISHED,
                   published_evidence="", text=text, kept=((0, len(text)),))
    return analyse(doc).facts


def test_an_appointment_told_with_a_since_span_is_dated_by_its_start():
    # the span is May 2012 to the article's day; the appointment is May 2012 alone
    got = [f for f in _facts("وقال الرئيس الروسي فلاديمير بوتين. وتولى بوتين منصبه منذ مايو 2012.")
           if f.kind == "appointment"]
    assert [(f.subject, f.object, f.when.value) for f in got] == [("Vladimir Putin", "Russian president", "2012-05")]
    assert (got[0].when.earliest, got[0].when.latest) == (date(2012, 5, 1), date(2012, 5, 31))


def _since(value, first, last):
    return When(text="منذ", start=0, end=3, value=value, granularity="unknown", earliest=first, latest=last)


def test_the_role_a_tenure_implies_keeps_its_span_and_an_undated_one_the_articles_day():
    ctx = DocumentContext("ar", PUBLISHED, [])
    rule = next(r for r in languages.get("ar").rules("events").rules if r.id == "ar/events/tenure")
    since = Fact(doc="x", kind="appointment", subject="Sami Fayez", object="Jordanian prime minister",
                 when=_since("2019/2024-09-15", date(2019, 1, 1), PUBLISHED), rule=rule.id, span=(0, 5))
    plain = Fact(doc="x", kind="appointment", subject="Rana Haddad", object="Jordanian finance minister",
                 when=_since("2024-09-10", date(2024, 9, 10), date(2024, 9, 10)), rule=rule.id, span=(6, 9))
    roles = {f.subject: f.when.value for f in posts._held_roles([since, plain], [rule], ctx)}
    assert roles == {"Sami Fayez": "2019/2024-09-15", "Rana Haddad": "2024-09-15"}
    dated = {f.subject: f.when.value for f in posts._taken_up_then([since, plain], ctx)}
    assert dated == {"Sami Fayez": "2019", "Rana Haddad": "2024-09-10"}


def test_a_span_that_does_not_reach_the_articles_day_is_no_tenure_since():
    ctx = DocumentContext("ar", PUBLISHED, [])
    spent = Fact(doc="x", kind="appointment", subject="Sami Fayez", object="Jordanian prime minister",
                 when=_since("2016/2021-03", date(2016, 1, 1), date(2021, 3, 31)), rule="r", span=(0, 5))
    # a post held over a span closed years before the article is the role _held_roles made of it, no
    # appointment of that span, and never one at its start
    assert posts._taken_up_then([spent], ctx) == []


def test_a_tenure_told_closed_leaves_the_post_the_person_holds_now():
    # the span ended years before the article: the post named with the person today stays a role of
    # the article's day, and the closed span is a role of its own
    got = [(f.when.value, f.rule.endswith("+term")) for f in _facts(
        "Estonian Finance Minister Tomas Kvell, who first took office from 2016 until March 2021, "
        "said on Monday that taxes would rise.", "en") if f.kind == "role"]
    assert sorted(got) == [("2016/2021-03", True), ("2024-09-15", False)]


def test_an_office_served_without_its_country_is_the_holders_own_and_a_post_taken_up_of_no_office_is_none():
    from checker.pipeline import analyse
    from checker.read.documents import Document
    from datetime import date as _date

    def facts(text):
        doc = Document(id="x", path="x", source=None, url=None, lang="en", published=_date(2024, 6, 5),
                       published_evidence="", text=text, kept=((0, len(text)),))
        return [(f.kind, f.object, f.when.value if f.when else None) for f in analyse(doc).facts
                if f.kind in ("role", "appointment") and f.when and "/" in f.when.value]
    assert facts("Senegalese Prime Minister Amara Diallo served as finance minister from 2014 to 2019.") \
        == [("role", "Senegalese finance minister", "2014/2019")]
    got = facts("Senegalese Prime Minister Amara Diallo took up the post of Foreign Minister from 2011 until 2019.")
    assert ("role", "Senegalese foreign minister", "2011/2019") in got
    # the post taken up is none the offices name: never the one the person holds now
    assert facts("Senegalese Prime Minister Amara Diallo took up the post of head of the guard from 2011 until 2019.") == []
