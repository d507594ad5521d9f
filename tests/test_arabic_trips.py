"""Arabic visits (issue 10): the traveller written before the words of a plan ('X من المتوقع أن يزور Y')."""
from datetime import date

import pytest

from conftest import facts_of

PUBLISHED = date(2024, 3, 5)


def visits(text):
    return [(f.subject, f.place, f.modality) for f in facts_of(text, "ar", PUBLISHED) if f.kind == "visit"]


def test_the_traveller_written_before_the_words_of_a_plan_is_the_visitor():
    text = "وقال مسؤولون إن الرئيس الروسي فلاديمير بوتين من المتوقع أن يزور بكين الأسبوع المقبل."
    assert visits(text) == [("Vladimir Putin", "Beijing", "expected")]
    text = "الرئيس الروسي فلاديمير بوتين من المقرر أن يصل إلى بكين غدا."
    assert [(s, p) for s, p, _ in visits(text)] == [("Vladimir Putin", "Beijing")]


def test_one_who_says_that_a_visit_will_happen_is_still_not_its_visitor():
    text = "وقال الرئيس الروسي فلاديمير بوتين إن الزيارة إلى بكين ستكون مهمة."
    assert visits(text) == []


def test_an_event_told_after_haythu_is_at_the_place_before_it():
    text = "توجه الرئيس الروسي فلاديمير بوتين إلى بكين حيث التقى الرئيس الصيني شي جين بينغ."
    assert [(f.kind, f.place) for f in facts_of(text, "ar", PUBLISHED) if f.kind == "meeting"] == [("meeting", "Beijing")]
    # a country told for a town the names do not read is not where the event is
    text = "غادر الرئيس الروسي فلاديمير بوتين موسكو متجها إلى مدينة كازاخية صغيرة الصينية حيث يجري زيارة."
    assert visits(text) == []


def test_of_people_joined_before_a_visit_the_first_is_its_visitor():
    text = "وصل الرئيس الغاني جون ماهاما والسيدة الأولى لوردينا ماهاما إلى لندن أمس، في طريقهما نحو زيارة رسمية إلى باريس."
    got = visits(text)
    assert got and all("لوردينا" not in s and "Lordina" not in s for s, _, _ in got), got


def test_a_trip_told_by_its_arrival_is_marked_so_and_an_undated_one_is_the_days_news():
    # no event dated before it: the arrival is the news of the publication day (5 March 2024)
    got = [(f.place, f.measure, f.when.value if f.when else None)
           for f in facts_of("وصل الرئيس الكيني وليام روتو إلى بكين في زيارة رسمية.", "ar", PUBLISHED) if f.kind == "visit"]
    assert got == [("Beijing", "arrival", "2024-03-05")]
    got = [(f.place, f.measure) for f in facts_of("زار الرئيس الكيني وليام روتو بكين في مايو 2019.", "ar", PUBLISHED)
           if f.kind == "visit"]
    assert got == [("Beijing", None)]


def test_a_visit_that_begins_a_tour_is_the_visit_of_the_one_who_tours():
    # the verb, its subject, the tour, then the visit it began with: the subject is the visitor
    found = visits("واستهل الرئيس الكيني سامر داود جولته الأفريقية بزيارة إلى مصر.")
    assert [(subject, place) for subject, place, _ in found] == [("Samer Daoud", "Egypt")]


def test_a_country_inside_the_visitors_post_is_not_where_they_go():
    # 'the Sultan of Oman X visited Tehran': Oman names whose sultan he is (X, whom the catalogue lacks,
    # is of no known country the visit could be told away from)
    text = "زار سلطان عمان سامر بن خليل طهران أمس."
    assert [p for _, p, _ in visits(text)] == ["Tehran"]
    text = "التقى سلطان عمان سامر بن خليل الرئيس الإيراني مسعود بزشكيان."
    assert [(f.object, f.place) for f in facts_of(text, "ar", PUBLISHED) if f.kind == "meeting"] == \
        [("Masoud Pezeshkian", None)]


def test_a_post_before_a_name_whose_post_with_its_country_follows_it_is_no_word_between_the_parties():
    # 'a call from King X, monarch of Y': the word 'King' stands between the call and the caller
    text = "تلقى الرئيس الكيني سامر داود، أمس، اتصالا هاتفيا من جلالة الملك خالد الثاني، عاهل المملكة الأردنية الهاشمية."
    assert [(f.subject, f.object) for f in facts_of(text, "ar", PUBLISHED) if f.kind == "meeting"] == \
        [("Samer Daoud", "Khalid II")]


def test_the_next_legs_of_a_tour_told_after_then_or_followed_by_are_the_same_travellers():
    text = ("وسيقوم الملك سلمان بزيارة إلى قطر يوم 5 مارس، يعقبها زيارة للبحرين يوم 6 مارس، ثم يتوجه "
            "للكويت يوم 8 مارس.")
    assert [(s, p) for s, p, _ in visits(text)] == [("King Salman", "Qatar"), ("King Salman", "Bahrain"),
                                                     ("King Salman", "Kuwait")]


def test_a_time_after_the_traveller_and_its_comma_does_not_end_the_clause_of_the_destination():
    text = "وصل رئيس وزراء الهند ناريندرا مودي مساء اليوم الأحد، إلى الدوحة في زيارة عمل."
    assert [(s, p) for s, p, _ in visits(text)] == [("Narendra Modi", "Doha")]


def test_a_time_set_off_after_the_traveller_does_not_hide_the_destination():
    text = "ووصل رئيس وزراء الهند، ناريندرا مودي، الخميس إلى العاصمة القطرية الدوحة في زيارة رسمية."
    assert [(s, p) for s, p, _ in visits(text)] == [("Narendra Modi", "Doha")]


def test_heads_of_state_listed_after_a_verb_of_arrival_each_visit_but_a_spouse_goes_along():
    # a verb before its subjects stays singular in Arabic: each head listed visits on their own account
    text = "وصل الرئيس الكيني سامر داود والرئيس الغاني هاني رزق إلى أسمرة اليوم."
    assert sorted(visits(text)) == [("Hani Rizk", "Asmara", "asserted"), ("Samer Daoud", "Asmara", "asserted")]
    text = "وصل الرئيس الكيني سامر داود والسيدة الأولى ليلى داود إلى أسمرة اليوم."
    assert visits(text) == [("Samer Daoud", "Asmara", "asserted")]
    # the list set off by commas, a time after it: the place follows the last one listed
    text = "وصل الرئيس الكيني سامر داود، والرئيس الغاني هاني رزق، مساء اليوم، إلى أسمرة."
    assert sorted(visits(text)) == [("Hani Rizk", "Asmara", "asserted"), ("Samer Daoud", "Asmara", "asserted")]


def test_a_final_alif_spells_a_place_written_with_ta_marbuta_and_to_is_written_on_the_capital():
    assert visits("وصل الرئيس الكيني سامر داود إلى أسمرا اليوم.") == [("Samer Daoud", "Asmara", "asserted")]
    # only for a name ending in -a, of five letters at least: a short word's ending tells another word
    from checker.extract import names
    assert [e.name for e in names.find("ووجدا في الملف ما يكفي", "ar") if e.type == "place"] == []
    assert visits("وصل الرئيس الكيني سامر داود للعاصمة الإريترية اليوم.") == [("Samer Daoud", "Asmara", "asserted")]


@pytest.mark.parametrize("text, lang", [
    ("ويصل الرئيس الغاني هاني رزق إلى نيروبي الأحد في زيارة دولة لتعزيز العلاقات بين كينيا وغانا.", "ar"),
    ("Ghanaian President Kofi Mensah will arrive in the country on Sunday for a state visit to bolster ties "
     "between Kenya and Ghana.", "en"),
])
def test_the_sides_of_ties_between_two_countries_are_no_places_of_the_visit(text, lang):
    places = {f.place for f in facts_of(text, lang, PUBLISHED) if f.kind == "visit"}
    assert not places & {"Kenya", "Ghana"}, places
    assert places == ({"Nairobi"} if "نيروبي" in text else set())


def test_one_who_goes_along_told_by_the_maghreb_participle_is_no_visitor():
    # مرفوقا ب: 'accompanied by', as the Maghreb's press writes it
    text = "وحل العاهل الكيني الملك هاني رزق، مرفوقا بالأمير سامر داود، أمس في زيارة رسمية لنيجيريا."
    assert {s for s, _, _ in visits(text)} == {"Hani Rizk"}


def test_two_travellers_named_before_a_dual_verb_both_visit():
    # the dual after the two named (X وY وصلا، سيزوران): each visits; the verb is no part of the second name
    for verb, modality in (("وصلا إلى", "asserted"), ("سيزوران", "expected")):
        text = f"وقال إن الرئيس الغاني هاني رزق والرئيس الكيني سامر داود {verb} لندن في نوفمبر."
        assert sorted(visits(text)) == [("Hani Rizk", "London", modality), ("Samer Daoud", "London", modality)], verb
    # زارا is the given name Zara as often: no word that ends a name
    text = "وقالت وزيرة الخارجية الكينية زارا أوتينو إنها ستزور غانا الأسبوع المقبل."
    (visit,) = visits(text)
    assert visit[0].startswith("Zara ") and visit[1] == "Ghana", visit


def test_a_spouse_listed_with_the_head_before_a_plural_verb_goes_along():
    # 'the president and the first lady will travel': the president visits, the first lady goes along
    text = "وقال مسؤولون إن الرئيس الغاني هاني رزق، والسيدة الأولى سلمى داود، سيتوجهان إلى لندن في مارس."
    assert visits(text) == [("Hani Rizk", "London", "expected")]


def test_a_trip_told_in_a_relative_clause_is_its_antecedents():
    # 'received the Kenyan parliament's delegation, which is on an official visit': the delegation's trip, not the host's
    assert visits("واستقبل رئيس مجلس الشورى هاني رزق وفد البرلمان الكيني الذي يقوم بزيارة رسمية لسلطنة عمان.") == []
    # the antecedent named, its name quoted as some outlets write names
    assert [(s, p) for s, p, _ in visits("استقبل الرئيس الكيني «هاني رزق»، الرئيس التركي، «رجب طيب أردوغان»، الذي يقوم "
                                         "بزيارة رسمية إلى العاصمة نيروبي.")] == [("Recep Tayyip Erdogan", "Nairobi")]
    # the antecedent's post written after the name stands between it and the pronoun
    assert [(s, p) for s, p, _ in visits("وأجرى هاني رزق وزير خارجية غانا الذي يقوم بزيارة إلى نيروبي محادثات مع "
                                         "الرئيس الكيني سامر داود.")] == [("Hani Rizk", "Nairobi")]


def test_the_stops_after_after_are_visits_of_their_own_time():
    # 'after his visit to X and Y': each an earlier stop of the tour, never on the day of the arrival told before
    text = "ووصل الرئيس الكيني سامر داود إلى بكين، الأربعاء، بعد زيارته لكوريا الجنوبية واليابان."
    found = {(f.place, f.when.value if f.when else None) for f in facts_of(text, "ar", date(2019, 1, 30)) if f.kind == "visit"}
    assert ("South Korea", None) in found and ("Japan", None) in found
    assert not {w for p, w in found if p in ("South Korea", "Japan") and w}
