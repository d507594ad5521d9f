"""Former, late and then-posts (issue 10): a role held before, of modality 'former' and no days, that
never clashes with whoever holds the post now, nor with another former holder."""
from datetime import date

from checker.compare import wording
from checker.compare.engine import compare
from checker.pipeline import analyse
from checker.read import documents


def _roles(*texts: tuple[str, str]):
    out = []
    for i, (lang, text) in enumerate(texts):
        doc = documents.build(documents.Raw(f"{i}.txt", text, lang=lang, published=date(2024, 3, 1)))
        out += [f for f in analyse(doc).facts if f.kind == "role"]
    return out


def _errors(*texts: tuple[str, str]):
    return [f.rule for f in compare(_roles(*texts)) if f.severity == "error"]


def test_two_holders_of_a_single_holder_post_on_one_day_clash():
    # the control: without 'former' the two are holders at once
    assert _errors(("en", "Peruvian President Ana Quispe opened the port on Friday."),
                   ("en", "Peruvian President Luis Mendoza opened the port on Friday.")) == ["role-conflict"]


def test_a_former_holder_is_a_role_of_no_days():
    (role,) = _roles(("en", "Former Peruvian President Luis Mendoza opened the port on Friday."))
    assert (role.subject, role.object, role.modality, role.when) == ("Luis Mendoza", "Peruvian president", "former", None)


def test_a_late_holder_without_the_article_held_the_post_before():
    (role,) = _roles(("en", "They laid flowers at the tomb of late President Luis Mendoza on Friday."))
    assert (role.subject, role.modality, role.when) == ("Luis Mendoza", "former", None)


def _both(*texts: tuple[str, str]):
    """The post and modality of each role read, and the errors the two reports make."""
    return sorted((r.object, r.modality) for r in _roles(*texts)), _errors(*texts)


def test_a_former_holder_never_clashes_with_the_holder_now():
    assert _both(("en", "Peruvian President Ana Quispe opened the port on Friday."),
                 ("en", "Former Peruvian President Luis Mendoza opened the port on Friday.")) \
        == ([("Peruvian president", "asserted"), ("Peruvian president", "former")], [])
    assert _both(("ar", "افتتح الرئيس البيروفي لويس منديثا الميناء يوم الجمعة."),
                 ("en", "The then Peruvian President Ana Quispe sent a letter.")) \
        == ([("Peruvian president", "asserted"), ("Peruvian president", "former")], [])


def test_two_former_holders_of_one_post_never_clash():
    assert _both(("en", "Ex-Peruvian President Ana Quispe spoke at the forum."),
                 ("ar", "تحدث الرئيس البيروفي السابق لويس منديثا في المنتدى.")) \
        == ([("Peruvian president", "former"), ("Peruvian president", "former")], [])


def test_an_arabic_former_post_after_the_office_is_a_former_role():
    roles = _roles(("ar", "تحدث رئيس الوزراء الكندي الأسبق جون تيرنر في المنتدى."))
    assert [(r.object, r.modality, r.when) for r in roles] == [("Canadian prime minister", "former", None)]


def test_a_former_post_without_its_country_is_the_office_held_before():
    roles = _roles(("en", "The bank was led by former Governor Maria Osei until the crisis."))
    assert [(r.subject, r.object, r.modality) for r in roles] == [("Maria Osei", "governor", "former")]


def test_elect_is_still_no_role():
    assert _roles(("en", "Peruvian President-elect Ana Quispe met the press."),
                  ("ar", "التقى الرئيس البيروفي المنتخب لويس منديثا الصحفيين.")) == []


def test_a_former_role_is_named_former():
    (role,) = _roles(("en", "Former Peruvian President Luis Mendoza opened the port on Friday."))
    assert wording.event_name(role) == "Luis Mendoza as Peruvian president (former)"


def test_the_head_of_state_in_whose_time_a_post_was_held_does_not_hold_it():
    text = "وعين سامر داود وزيرا للمالية، بعدما كان رئيسا للوزراء في عهد الرئيس هاني رزق."
    held = [(f.subject, f.object) for f in _roles(("ar", text)) if f.subject == "Hani Rizk"]
    assert held == [("Hani Rizk", "president")]


def test_a_post_told_after_was_is_held_before_not_on_the_articles_day():
    # 'X was defence minister in 2013': a role of that year; never one the article's day dates
    roles = {(f.subject, f.object, f.modality, f.when.value if f.when else None)
             for f in _roles(("ar", "وكان الرئيس الكيني سامر داود وزيرا للدفاع عام 2013، ومنذ ذلك الحين تغير الكثير."))}
    assert ("Samer Daoud", "Kenyan defence minister", "asserted", "2013") in roles
    assert not any(post == "Kenyan defence minister" and when == "2024-03-01" for _, post, _, when in roles)


def test_a_career_told_after_the_name_gives_each_post_held_then():
    first = "Peru's president named Luis Mendoza as the new finance minister on Tuesday. "
    posts = {(f.object, f.when.value if f.when else None) for f in _roles(("en", first + " ".join((
        # an office several people of a country hold at once that names a post all the same (named_alone)
        "He was deputy foreign minister from 2012 to 2016.",
        # the head of a body by 'chief', and a member of its board
        "Mendoza was chief of the National Audit Bureau from 2017 to 2019.",
        "He has been a member of the board of the Andean Development Bank since 2020.",
        # a deputy charged with some affairs (deputy_portfolio)
        "He was deputy prime minister for economic affairs from 2021 to 2022.")))) if f.subject == "Luis Mendoza"}
    assert {("Peruvian deputy foreign minister", "2012/2016"), ("head of the National Audit Bureau", "2017/2019"),
            ("Peruvian deputy prime minister for economic affairs", "2021/2022"),
            ("member of the board of the Andean Development Bank", "2020/2024-03-01")} <= posts
    # an office that names no post until told of which ministry, province or country: none
    assert not {p for p, _ in posts} & {"minister", "governor", "Peruvian governor", "Peruvian minister"}
    vague = _roles(("en", first + "He was a governor from 2012 to 2016. He was an ambassador from 2017 to 2019. "
                          "He is a member of the Peruvian delegation."))
    assert [f.object for f in vague if f.subject == "Luis Mendoza"] == ["Peruvian finance minister"]
