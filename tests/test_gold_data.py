"""Every annotated corpus under tests/data is well formed: the evaluator loads it (so every
evidence is a substring of its document, every id is unique, every kind, modality and date value is
of the annotation guide's forms), and every weekday a gold date's words name fits the calendar.
Weekday names come from CLDR (Babel), in the document's language."""
from datetime import date
from pathlib import Path

import pytest
from babel.dates import get_day_names

from checker import evaluate
from checker.textfold import fold

DATA = Path(__file__).parent / "data"
CORPORA = sorted(p.parent for p in DATA.rglob("facts.jsonl"))


def _weekdays(lang: str) -> dict[str, int]:
    return {fold(name).text.casefold(): n for n, name in get_day_names("wide", locale=lang).items()}


@pytest.mark.parametrize("folder", CORPORA, ids=lambda p: str(p.relative_to(DATA)))
def test_corpus_is_well_formed(folder):
    corpus = evaluate.load(folder)  # raises GoldError naming the bad line
    assert corpus.facts
    wrong = []
    for g in corpus.facts:
        value = evaluate.date_value(g.get("date"))
        if not value or len(value) != 10 or not g.get("date_text"):
            continue
        words = fold(g["date_text"]).text.casefold()
        named = {n for name, n in _weekdays(corpus.lang(g["doc"])).items() if name in words}
        if len(named) == 1 and date.fromisoformat(value).weekday() not in named:
            wrong.append(f"{g['id']}: {g['date_text']!r} is not {value}")
    assert not wrong, wrong


def test_the_pages_part_is_well_formed():
    """real/pages is annotated for cleaning and publication dates only: every page has its furniture
    lines, every date the page states agrees with the reconstructed one, and its pages are not in
    the other parts."""
    corpus = evaluate.load(DATA / "real" / "pages")  # raises GoldError naming the bad line
    assert not corpus.has_facts and not corpus.facts
    assert len(corpus.docs) >= 20 and {m["lang"] for m in corpus.docs.values()} == {"ar", "en"}
    for name, m in corpus.docs.items():
        assert isinstance(m.get("furniture_lines"), list), name
        assert m.get("published_evidence"), name
        if m.get("published_page"):
            page, published = str(m["published_page"]), str(m["published"])
            assert published.startswith(page) or page.startswith(published), name
    others = {name for p in ("dev", "unseen") for name in evaluate.load(DATA / "real" / p).docs}
    urls = {m.get("url") for p in ("dev", "unseen") for m in evaluate.load(DATA / "real" / p).docs.values()}
    assert not set(corpus.docs) & others
    assert not {m["url"] for m in corpus.docs.values()} & urls


def test_the_real_corpus_is_split_and_large_enough():
    parts = {p: evaluate.load(DATA / "real" / p) for p in ("dev", "unseen")}
    docs = {name: m for c in parts.values() for name, m in c.docs.items()}
    assert not set(parts["dev"].docs) & set(parts["unseen"].docs)
    dev_urls = {m.get("url") for m in parts["dev"].docs.values()} - {None}
    assert not dev_urls & {m.get("url") for m in parts["unseen"].docs.values()}
    langs = [m["lang"] for m in docs.values()]
    assert len(docs) >= 60 and langs.count("ar") >= 30 and langs.count("en") >= 20
    pairs = [p for c in parts.values() for p in c.pairs]
    assert sum(p["conflict"] for p in pairs) >= 12
    assert sum(not p["conflict"] and p.get("category") != "corroboration" for p in pairs) >= 25
    assert all(p.get("category") and p.get("why") for p in pairs)
