"""A visit told to a country goes to the one city of it where the article puts its traveller on the
very same days (issue 10): the most specific place the article names, as the gold does."""
from datetime import date

from checker.extract import facts
from checker.extract.sentences import split


class Doc:
    def __init__(self, text, lang="en", published=None):
        self.id, self.text, self.lang, self.published = "d", text, lang, published


def _visits(text, lang="en", published=date(2024, 5, 10)):
    got = facts.extract(Doc(text, lang, published), list(split(text, ((0, len(text)),), lang)))
    return sorted((f.subject, f.place, f.when.value if f.when else None) for f in got if f.kind == "visit")


def test_a_country_visit_and_talks_in_one_of_its_cities_that_day_are_a_visit_to_the_city():
    text = ("Premier Tomas Kvell made his first visit to Kenya on Wednesday. "
            "He held talks with President Daniel Mwangi in Nairobi on Wednesday.")
    assert _visits(text) == [("Tomas Kvell", "Nairobi", "2024-05-08")]


def test_the_days_news_of_a_country_visit_goes_to_the_city_its_own_words_date_that_day():
    # the arrival told undated (the day's news) and the landing in a city of it that same day: one visit
    text = ("Premier Tomas Kvell has arrived in Kenya to begin a tour of the region. "
            "Kvell landed in the port city of Mombasa on Friday to meet President Daniel Mwangi.")
    assert _visits(text) == [("Tomas Kvell", "Mombasa", "2024-05-10")]


def test_an_event_on_some_days_of_the_visit_only_is_a_leg_and_the_country_stays():
    text = ("Premier Tomas Kvell began a three-day visit to Kenya on Wednesday. "
            "He met President Daniel Mwangi in Nairobi on Friday.")
    assert _visits(text) == [("Tomas Kvell", "Kenya", "2024-05-08/2024-05-10")]


def test_two_cities_on_the_visit_days_are_legs_of_a_tour_and_the_country_stays():
    text = ("Premier Tomas Kvell made a visit to Kenya on Wednesday. He held talks with President Daniel "
            "Mwangi in Nairobi on Wednesday and toured a port in Mombasa on Wednesday.")
    assert ("Tomas Kvell", "Kenya", "2024-05-08") in _visits(text)


def test_an_arabic_visit_to_a_country_and_talks_in_its_capital_that_day():
    text = ("وصل رئيس الوزراء توماس كفيل إلى كينيا يوم الأربعاء في زيارة رسمية. "
            "وعقد كفيل محادثات مع الرئيس دانيال موانغي في نيروبي يوم الأربعاء.")
    assert [(p, d) for _, p, d in _visits(text, "ar")] == [("Nairobi", "2024-05-08")]


def test_a_city_written_after_its_countrys_possessive_is_the_place_and_the_country_no_other():
    text = "Premier Tomas Kvell arrived in Nigeria's Lagos on Wednesday."
    assert _visits(text) == [("Tomas Kvell", "Lagos", "2024-05-08")]
    # a country's possessive before anything else than a place in it is still the place
    assert _visits("Premier Tomas Kvell toured Kenya's ports on Monday.") == [("Tomas Kvell", "Kenya", "2024-05-06")]


def test_a_country_joined_by_a_hyphen_names_what_an_event_is_between_not_where_it_is():
    text = "Premier Tomas Kvell attended the China-Africa forum in Nairobi on Monday."
    assert [p for _, p, _ in _visits(text)] == ["Nairobi"]
    got = facts.extract(Doc(text, "en", date(2024, 5, 10)), list(split(text, ((0, len(text)),), "en")))
    assert "China" not in {f.place for f in got}
    text = "Premier Tomas Kvell visited Guinea-Bissau on Monday."
    assert [p for _, p, _ in _visits(text)] == ["Guinea-Bissau"]
