"""The checker scored on every annotated corpus of tests/data/ by `checker evaluate`.

Each corpus folder's README.md says how it was made and records what was measured on it, and when.
`real/` holds excerpts of real news pages (real/unseen is measured only when an issue is finished,
so it has no floors here); `seeds` is the gold of the five seed articles; `eval`, `heldout` and
`unseen` are reports written here. Floors sit a few points under the latest measure: a guard
against regressions, not a target. Run with -s to print each corpus's figures and misses.
"""
import functools
from pathlib import Path

import pytest

from checker import evaluate

DATA = Path(__file__).parent / "data"

# (corpus, publication dates): {lang: (recall, precision)}, and conflict floors
FACT_FLOORS = {
    ("seeds", "inferred"): {"ar": (0.93, 0.95)},
    ("seeds", "none"): {"ar": (0.93, 0.95)},
    ("eval", "inferred"): {"en": (0.78, 0.88), "ar": (0.84, 0.86)},
    ("heldout", "inferred"): {"en": (0.75, 0.89), "ar": (0.66, 0.82)},
    ("unseen", "inferred"): {"en": (0.66, 0.85), "ar": (0.45, 0.63)},
    # measured at this floor's last change (216 pages, people matched strictly by the evaluator):
    # en 0.73 / 0.93, ar 0.67 / 0.89; the new groups' pages, first read the day they came, pull recall down
    # (on 544 pages, eight groups read first, five of appointments at institutions: en 0.71 / 0.91, ar 0.67 / 0.89;
    # on 614 pages, seven more read first, four of them cabinets and prime ministers: en 0.69 / 0.89, ar 0.63 / 0.88;
    # on 674 pages, six more read first, on institutions, a reshuffle and visits: en 0.66 / 0.88, ar 0.60 / 0.87)
    ("real/dev", "inferred"): {"en": (0.65, 0.87), "ar": (0.59, 0.86)},
    # with no publication date given, the checker finding its own (2026-12-05: en 0.69 / 0.89, ar 0.63 / 0.88)
    ("real/dev", "none"): {"en": (0.65, 0.86), "ar": (0.59, 0.85)},
}
# (corpus, publication dates): (true conflicts found, corroborations reported, look-alikes flagged at most)
CONFLICT_FLOORS = {
    ("seeds", "inferred"): (1, 2, 0),
    ("seeds", "none"): (1, 2, 0),
    ("eval", "inferred"): (2, 4, 0),
    ("heldout", "inferred"): (1, 3, 0),
    ("unseen", "inferred"): (1, 2, 0),
    # measured at this floor's last change (216 pages): 29 true conflicts, 144 corroborations, 1 look-alike
    # flagged; on 378 pages 44, 323, 4: three look-alike pairs name a visit an article tells beside the
    # one whose arrival day two outlets disagree on (a trip of 2000, a plan for Tuesday), and the
    # evaluator matches a gold fact to every fact of its kind, person and place in the article, dates aside;
    # on 398 pages 48, 339, 3 once a preliminary figure against the final one, and a part above its whole, are
    # warnings, and two parts of a year never clash; on 464 pages 55, 375, 2 once an announced visit against
    # the one held is a warning and a pair is judged by the facts that give its dates; on 614 pages 64, 584, 3;
    # on 674 pages 67, 655, 3; 79, 730, 4 once one person's spellings that hold one post are read as one and
    # a time opening the next clause is the next figure's: 'exceeded $95bn' then meets 94.98 bn of the same
    # year, a bound read strictly (a rounding, for the gold)
    ("real/dev", "inferred"): (70, 700, 4),
    # 2026-12-05: 47, 621, 4 (relative dates left unsettled without the day of publication)
    ("real/dev", "none"): (40, 580, 4),
}
DATE_FLOORS = {("seeds", "inferred"): 1.0, ("seeds", "none"): 1.0, ("eval", "inferred"): 0.80,
               ("heldout", "inferred"): 0.80, ("unseen", "inferred"): 0.70, ("real/dev", "inferred"): 0.85,  # real/dev: 0.91 / 0.89 on 464 pages, 0.89 / 0.86 on 614 and 674
               ("real/dev", "none"): 0.33}  # 0.36 / 0.62 on 674 pages: a relative date needs the day it counts from


def _sized(key):
    """A corpus key as a test parameter: the real corpus, hundreds of pages, runs in the full run only."""
    return pytest.param(key, marks=pytest.mark.slow) if key[0].startswith("real/") else key


@functools.lru_cache(maxsize=None)
def _evaluated(name: str, mode: str):
    return evaluate.evaluate(DATA / name, manifest=mode)


@pytest.fixture(scope="module", params=[_sized(k) for k in sorted(FACT_FLOORS)], ids=lambda k: f"{k[0]}-{k[1]}")
def scored(request):
    name, mode = request.param
    result = _evaluated(name, mode)
    print("\n" + evaluate.text_report(result))
    return request.param, result


def test_facts_recall_and_precision(scored):
    key, result = scored
    for lang, (recall, precision) in FACT_FLOORS[key].items():
        assert result.rate(lang, "recall") >= recall, lang
        assert result.rate(lang, "precision") >= precision, lang


def test_dates_of_matched_facts(scored):
    key, result = scored
    for lang in FACT_FLOORS[key]:
        assert result.rate(lang, "dates right among matched") >= DATE_FLOORS[key], lang


def test_conflicts(scored):
    key, result = scored
    found, corroborated, flagged = CONFLICT_FLOORS[key]
    assert result.conflicts["look-alikes flagged"][0] <= flagged
    assert result.conflicts["true conflicts found"][0] >= found
    assert result.conflicts["corroborations reported"][0] >= corroborated


# (corpus, publication dates): (body text kept at least, furniture kept at most), both languages;
# the goal (98 %, 5 %); real/dev: furniture 0.00 / 0.03 on 135 pages; on 180 pages 0.16 / 0.14
# (one line or two each of ten new pages: a related headline, a date banner, a translation or licence
# credit; Arabic's furniture is small, 392 characters in all); 0.12 / 0.07 once mastheads, rows of
# buttons, licence and 'powered by' credits were named and pages of short paragraphs judged again:
# the measure plus 0.02. On 294 pages 0.18 / 0.13 with five new groups (related headlines under a
# 'read also' line), 0.09 / 0.07 once such a line takes the headlines under it along. On 398 pages
# 0.11 / 0.10 with two new groups (an embedded post's signature line, an agencies' credit), 0.09 /
# 0.10 once both are named. On 464 pages 0.09 / 0.112 with three new groups read first (a research
# centre's name and tagline above its title, a site's date line, a wire's name): the ceiling 0.12.
# On 504 pages 0.18 / 0.19 with four new groups read first (a newsletter's note to its subscribers,
# 'Read next', a paywall's count, a news site's menu of topics written twice), 0.14 / 0.09 once the
# first three are named: the menu (one page, 2,324 Arabic furniture characters in all) sets the ceiling 0.15;
# on 544 pages 0.14 / 0.13 (three groups more: a page's trailing headlines of other stories kept);
# on 614 pages 0.13 / 0.14 (a related headline set in the body, a site's list of topics kept); on 674
# pages 0.19 / 0.15 with six new groups read first, 0.13 / 0.15 once a 'news that may interest you' line,
# a show-more button and a last-updated stamp are named.
CLEANING_BOUNDS = {("real/dev", "inferred"): (0.98, 0.16)}


@pytest.mark.parametrize("key", [_sized(k) for k in sorted(CLEANING_BOUNDS)], ids=lambda k: f"{k[0]}-{k[1]}")
def test_cleaning_keeps_the_body_and_drops_the_furniture(key):
    result = _evaluated(*key)
    body, furniture = CLEANING_BOUNDS[key]
    for lang in ("ar", "en"):
        assert result.rate(lang, "body text kept") >= body, lang
        assert result.rate(lang, "furniture kept") <= furniture, lang


def test_nothing_failed_to_ingest(scored):
    assert not scored[1].failed


@pytest.mark.parametrize("name", ["seeds", "eval", "heldout", "unseen"])
def test_gold_loads(name):
    corpus = evaluate.load(DATA / name)
    assert corpus.facts and len({g["id"] for g in corpus.facts}) == len(corpus.facts)


@pytest.mark.slow
def test_cleaning_generalises_to_groups_no_rule_was_written_for():
    """benchmarks/cleaning_cv.py: real/dev cleaned group by group without the furniture rules only
    that group asks for, and with no wording rule at all, with the learned line classifier trained
    without the group's pages. Measured on 135 pages in 29 groups: furniture kept 0.17 Arabic / 0.11
    English leaving the group's rules out (0.17 / 0.17 without the model), 0.36 / 0.17 with no
    wording (0.36 / 0.23); body kept 0.997 / 0.998 in every measure. On the 21 groups of the first
    pages the same measure gave 0.27 / 0.01 and 0.27 / 0.06: each group added since brought kinds of
    furniture the others lack (date banners, mastheads, credit lines, related headlines at the end),
    which is what this measure exists to show. On 180 pages in 37 groups: 0.46 / 0.22 leaving the
    group's rules out (0.50 / 0.27 without the model), 0.49 / 0.28 with no wording (0.57 / 0.35);
    on 186 pages in 38 groups, English 0.24 leaving the group's rules out and 0.30 with no wording
    (the new group's mastheads and advertisement labels); ceilings are the measures plus 0.02. With
    pages of short paragraphs judged again (180 pages): 0.46 / 0.23 (0.49 / 0.25) and 0.49 / 0.29
    (0.57 / 0.34), body kept 0.996 / 0.998. An English page ending in related headlines
    (186 pages) kept 0.335 with no wording. On 216 pages in 43 groups, after the furniture wording
    of both languages grew: 0.35 / 0.16 leaving the group's rules out (0.39 / 0.19 without the
    model), 0.52 / 0.28 with no wording (0.55 / 0.32), body kept 0.996 / 0.997. On 264 pages in 51
    groups (three groups added): 0.35 / 0.19 leaving the group's rules
    out (0.39 / 0.22 without the model), 0.49 / 0.28 with no wording (0.53 / 0.32), body kept 0.996 /
    0.996. On 294 pages in 56 groups (five groups added): 0.17 / 0.13 leaving the group's rules out
    (0.20 / 0.16 without the model), 0.51 / 0.31 with no wording (0.55 / 0.36), body kept 0.997 /
    0.994. On 398 pages in 68 groups: 0.17 / 0.14 leaving the group's rules out (0.24 / 0.16 without
    the model), 0.40 / 0.32 with no wording (0.46 / 0.38), body kept 0.995 / 0.995. On 424 pages in 71
    groups: 0.16 / 0.15 leaving the group's rules out (0.23 / 0.17 without the model), 0.38 / 0.33 with
    no wording (0.46 / 0.39), body kept 0.995 / 0.994; the English ceiling with no wording is 0.35.
    On 504 pages in 79 groups: 0.18 / 0.13 leaving the group's rules out (0.23 / 0.15 without the
    model), 0.44 / 0.47 with no wording (0.48 / 0.49): a newsletter's long notes to its subscribers
    are told by their words alone; the English ceiling with no wording is 0.49. On 544 pages in 83
    groups: 0.18 / 0.17 leaving the group's rules out, 0.41 / 0.47 with no wording. On 674 pages in 96
    groups: 0.20 / 0.17 leaving the group's rules out, 0.38 / 0.41 with no wording."""

    import importlib.util

    spec = importlib.util.spec_from_file_location("cleaning_cv", Path(__file__).parents[1] / "benchmarks" / "cleaning_cv.py")
    cv = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(cv)
    pages = cv.pages(DATA / "real" / "dev")
    groups = cv.derived_from(pages)
    models = cv.models_without_each_group(pages)
    every = {f"{a}/{r.id}" for a, rs in cv.wording_rules().items() for r in rs}
    for off_for, most in ((lambda m: {k for k, gs in groups.items() if gs == {m["group"]}}, (0.37, 0.21)),
                          (lambda m: every, (0.54, 0.49))):
        shares = cv.shares(cv.measure(pages, off_for, lambda m: models[m["group"]]))
        alone = cv.shares(cv.measure(pages, off_for))
        for lang, ceiling in zip(("ar", "en"), most):
            (body, body_all), (furniture, furniture_all) = shares[lang]["body"], shares[lang]["furniture"]
            assert body / body_all >= 0.98 and furniture / furniture_all <= ceiling, lang
            assert furniture <= alone[lang]["furniture"][0], lang  # the model never keeps more furniture
