"""The learned line classifier of cleaning: rules/common/cleaning.yaml is what training on
real/dev writes, it reads no words, and it only ever takes a line jusText keeps, never the last."""
import importlib.util
from pathlib import Path

import pytest

from checker import languages
from checker.read import clean, line_model

ROOT = Path(__file__).resolve().parents[1]
PARAGRAPH = ("The two ministers met in the capital on Tuesday and agreed to open a new trade route between their "
             "countries by the end of the year, officials said after the talks, which lasted for more than four hours.")


def _trainer():
    spec = importlib.util.spec_from_file_location("train_cleaning", ROOT / "benchmarks" / "train_cleaning.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _stored() -> tuple[dict, float]:
    lexicons = languages.common().rules("cleaning").lexicons
    return lexicons["weights"], lexicons["decision"]["threshold"]


def test_the_file_is_what_training_writes():
    trainer = _trainer()
    weights, threshold = _stored()
    trained = trainer.train()
    assert threshold == trainer.THRESHOLD
    assert set(trained) == set(weights), "run `python benchmarks/train_cleaning.py` and commit rules/common/cleaning.yaml"
    # rounded to 4 places in the file; a last-digit difference of another numpy build is no change
    assert all(abs(trained[n] - weights[n]) < 1e-3 for n in weights), \
        "run `python benchmarks/train_cleaning.py` and commit rules/common/cleaning.yaml"


def test_every_feature_has_a_weight_and_every_weight_a_feature():
    weights, _ = _stored()
    bs = clean.blocks("A title\n\n" + PARAGRAPH)
    clean.classify(bs)
    (first, *_rest) = line_model.features(bs, clean._main_script(bs), clean._fires)
    assert set(weights) == set(first) | {"bias"}


def test_features_read_the_shape_not_the_words():
    """Two pages alike but for their words (no stop word in either) have the same features."""
    def page(word: str) -> list[dict]:
        text = f"Trade Talks {word}\n\n" + " ".join([f"Ministers {word} twenty ports, forty routes, 2025."] * 6)
        bs = clean.blocks(text)
        clean.classify(bs)
        return line_model.features(bs, clean._main_script(bs), clean._fires)
    assert page("Jakarta") == page("Nairobi")


def _page(first_line: str) -> str:
    return "\n\n".join([first_line, "LEADERS AGREE NEW TRADE ROUTE", PARAGRAPH, PARAGRAPH.replace("Tuesday", "Wednesday"),
                        PARAGRAPH.replace("four", "five")])


@pytest.mark.parametrize("trail", ["NewsWorldMiddle EastLEADERS AGREE NEW TRADE ROUTE", "PoliticsAfricaLEADERS AGREE NEW TRADE ROUTE"])
def test_a_trail_of_sections_run_into_the_title_goes_where_no_rule_names_it(trail, monkeypatch):
    text = _page(trail)
    body = clean.cleaned(text, clean.clean(text))
    assert trail not in body
    assert body.startswith("LEADERS AGREE NEW TRADE ROUTE\nThe two ministers") and body.endswith("more than five hours.")
    monkeypatch.setattr(clean, "_model", lambda: ({}, 1.0))  # jusText and the rules alone keep it
    assert trail in clean.cleaned(text, clean.clean(text))


def test_the_model_brings_no_line_back():
    text = _page("Subscribe")  # a word alone: jusText's revision drops it
    with_model = clean.clean(text)
    original = clean._model
    try:
        clean._model = lambda: ({}, 1.0)
        assert set(with_model) <= set(clean.clean(text))
    finally:
        clean._model = original


def test_a_page_the_model_would_empty_keeps_its_line():
    line = "NewsWorldMiddle EastLEADERS AGREE NEW TRADE ROUTE"
    assert clean.clean(line) == ((0, len(line)),)


def _features(text: str) -> list[dict]:
    bs = clean.blocks(text)
    clean.classify(bs)
    return line_model.features(bs, clean._main_script(bs), clean._fires)


def test_shape_features_of_a_header_and_a_teaser():
    text = "\n\n".join(["Home | World | Business | Sport", "Friday, 9 May 2031 08:15", "PORT OF KALMAR TO REOPEN",
                       PARAGRAPH, "Floods close three bridgesResidents of the valley were told on Monday to stay"])
    menu, banner, title, paragraph, teaser = _features(text)
    assert menu["separators"] == 1.0 and paragraph["separators"] == 0.0
    assert banner["dated_short"] == 1.0 and title["dated_short"] == 0.0 and paragraph["dated_short"] == 0.0
    assert menu["above_title"] == banner["above_title"] == 1.0 and title["above_title"] == 0.0
    assert teaser["run_in"] > 0 and paragraph["run_in"] == 0.0
    # a date inside a paragraph or a fraction is no separator; a year alone in a long line is no banner
    (long_line,) = _features("In 2031 the port's traffic grew by half / a third, the authority said " + "again " * 10)
    assert long_line["separators"] == 0.0 and long_line["dated_short"] == 0.0


# A model that is sure of lines run together and only leans to furniture on a menu's separators.
LEANING = ({"bias": -5.0, "separators": 5.5, "glued_words": 20.0}, 0.9)


def _between(middle: str, before: str = "NewsWorldAfricaPolitics Today", after: str = "SportsBusinessCulture Tonight",
             first: bool = False) -> str:
    lines = [middle, before, PARAGRAPH, PARAGRAPH.replace("Tuesday", "Monday")] if first else [
        "PORT OF KALMAR TO REOPEN", PARAGRAPH, before, middle, after, PARAGRAPH.replace("Tuesday", "Monday")]
    return "\n\n".join(lines)


def test_a_line_the_model_leans_on_goes_with_the_furniture_around_it(monkeypatch):
    monkeypatch.setattr(clean, "_model", lambda: LEANING)
    menu = "Harbours | Shipping | Trade | Markets"
    text = _between(menu)
    body = clean.cleaned(text, clean.clean(text))
    assert "Politics Today" not in body and "Culture Tonight" not in body  # sure: gone
    assert menu not in body and body.count(PARAGRAPH[:40]) == 2 and body.endswith("more than four hours.")
    # the same line next to a line kept stays: the model only leans
    text = _between(menu, after="Ministers of both countries signed the accord in the evening")
    assert menu in clean.cleaned(text, clean.clean(text))
    # and above the article's first paragraph it stays: there the title stands alone among the header's lines
    text = _between(menu, first=True)
    assert menu in clean.cleaned(text, clean.clean(text))


def test_the_model_never_takes_a_paragraph_jusText_finds_good_on_its_own(monkeypatch):
    # a model sure of every line with a menu's separators: the lead paragraph that opens with an agency's
    # credit written with slashes is long and full of stop words, and stays; a menu still goes
    monkeypatch.setattr(clean, "_model", lambda: ({"bias": -5.0, "separators": 20.0}, 0.9))
    lead = "Kalmar — Coast Desk / Harbour Wire / port reporters: " + PARAGRAPH
    menu = "Harbours | Shipping | Trade | Markets"
    text = "\n\n".join(["PORT OF KALMAR TO REOPEN", PARAGRAPH, menu, lead, PARAGRAPH.replace("Tuesday", "Monday")])
    body = clean.cleaned(text, clean.clean(text))
    assert lead in body and menu not in body
