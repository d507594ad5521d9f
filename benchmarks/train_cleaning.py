"""Train the learned line classifier of cleaning and write rules/common/cleaning.yaml.

    python benchmarks/train_cleaning.py            # rewrite rules/common/cleaning.yaml
    python benchmarks/train_cleaning.py --check    # exit 1 if the file is not what training gives

The examples are the lines of real/dev and of real/pages but its half B (manifest `furniture_lines`:
furniture; every other line: body), described by checker/read/line_model.py's features as jusText's
classification leaves them with every wording rule of rules/*/boilerplate.yaml off: the model learns
what furniture looks like on a site no phrase rule was written for, which is where it is needed.
The model is a logistic regression with an L2 penalty, fitted by Newton's method on standardised
features (numpy, which the checker's name romaniser already brings, at training time only); the
weights are written for the raw features, so that scoring is one dot product in plain Python. Lines
a shape rule drops whatever they look like (markup, a separator) are left out of the examples.

Settings: the classes weigh the same in total (furniture is one line in sixteen); a strong penalty
(few furniture lines, many correlated features); and a line jusText keeps goes only when the model
gives it THRESHOLD or more, since a line of body lost costs more than one of furniture kept.
`--cv T1 T2 ...` measures each threshold with models trained without the page's site (10 folds of
sites), every rule on. On real/pages (half A and the pages added with it) 0.9 and 0.95 keep the same
furniture (Arabic 0.20, English 0.04), and 0.9 loses a little more Arabic body (kept 0.994 against
0.997); on real/dev 0.9 also takes the trails of section names run into a title that no rule names
(English furniture 35 characters kept against 48, for 31 of body). Body stays above 0.99 at 0.9,
and a site's trail is the furniture no rule will have seen: 0.9 it is.
"""
from __future__ import annotations

import bisect
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import cleaning_cv  # noqa: E402
from checker.read import clean, line_model  # noqa: E402

TARGET = ROOT / "rules" / "common" / "cleaning.yaml"
CORPUS = ROOT / "tests" / "data" / "real" / "dev"
PAGES = ROOT / "tests" / "data" / "real" / "pages"
# real/pages' half B (tests/data/real/pages/README.md): sites never worked from, only measured;
# never trained on, so that they stay a measure of sites the model has not seen.
HALF_B = frozenset({
    "en_citybudget_02.txt", "en_flood_01.txt", "en_flood_03.txt", "en_portstrike_01.txt", "en_portstrike_03.txt",
    "en_portstrike_04.txt", "en_train_01.txt", "ar_column_01.txt", "ar_culture_01.txt", "ar_egyptgov_01.txt",
    "ar_football_01.txt", "ar_football_03.txt", "ar_hospital_02.txt", "ar_mesr_01.txt", "ar_roads_01.txt",
    "ar_roads_03.txt", "ar_worldcup_01.txt",
    # the pages of later rounds whose site falls in half B by the README's MD5 rule
    "en_arrest_01.txt", "en_arrest_02.txt", "ar_health_02.txt",
    "en_robbery_01.txt", "en_pensioners_01.txt", "ar_forum_02.txt", "ar_electricity_01.txt"})
FOLDS = 10  # cross-validation folds, by site
PENALTY = 10.0
THRESHOLD = 0.9
ITERATIONS = 25
HEADER = """\
# The learned line classifier of cleaning (checker/read/line_model.py): the weight of each feature
# of a line in the log-odds that it is furniture, and the probability from which a line jusText
# keeps goes. GENERATED from the furniture_lines of tests/data/real/dev and real/pages (but its half B) by
# `python benchmarks/train_cleaning.py`: do not edit; tests/test_cleaning_model.py trains again and compares.
"""


def rows(page: dict, off: set[str]) -> list[tuple[dict[str, float], bool, int, bool]]:
    """(features, furniture?, characters other than spaces, dropped by a rule?) for each line of a
    page jusText classifies, with the wording rules named in `off` left out."""
    original = clean._rules
    clean._rules = cleaning_cv.with_rules(off)
    try:
        text = page["text"]
        every = clean.blocks(text)
        bs = [b for b in every if b.furniture != "drop-line"]
        clean.classify(bs)
        clean._last_line(every)
        found = line_model.features(bs, clean._main_script(bs), clean._fires)
    finally:
        clean._rules = original
    starts, pos = [], 0
    for line in text.split("\n"):
        starts.append(pos)
        pos += len(line) + 1
    furniture = set(page["furniture_lines"])
    return [(f, bisect.bisect_right(starts, b.pieces[0][0]) in furniture,
             sum(not ch.isspace() for s, e in b.pieces for ch in text[s:e]), bool(b.furniture))
            for b, f in zip(bs, found)]


def examples(pages: list[dict]) -> dict[str, list]:
    """The training rows of each page (by file), every wording rule off."""
    every = {f"{a}/{r.id}" for a, rs in cleaning_cv.wording_rules().items() for r in rs}
    return {p["file"]: [r for r in rows(p, every) if not r[3]] for p in pages}


def fit(training: list) -> dict[str, float]:
    """Weights of the raw features (and `bias`) of an L2-penalised logistic regression."""
    names = sorted(training[0][0])
    x = np.array([[f[n] for n in names] for f, *_ in training], dtype=float)
    y = np.array([furniture for _, furniture, *_ in training], dtype=float)
    mean, scale = x.mean(axis=0), x.std(axis=0)
    scale[scale == 0] = 1.0
    z = np.hstack([np.ones((len(x), 1)), (x - mean) / scale])
    weight = np.where(y == 1, len(y) / (2 * y.sum()), len(y) / (2 * (len(y) - y.sum())))  # balanced classes
    penalty = np.diag([0.0] + [PENALTY] * len(names))  # the intercept is not penalised
    w = np.zeros(z.shape[1])
    for _ in range(ITERATIONS):
        p = 1 / (1 + np.exp(-z @ w))
        gradient = z.T @ (weight * (p - y)) + penalty @ w
        hessian = (z.T * (weight * p * (1 - p))) @ z + penalty
        w -= np.linalg.solve(hessian, gradient)
    raw = w[1:] / scale
    out = {"bias": float(w[0] - raw @ mean)}
    out.update({n: float(v) for n, v in zip(names, raw)})
    return out


def render(weights: dict[str, float]) -> str:
    lines = [HEADER.rstrip("\n"), "lexicons:", "  decision:", f"    threshold: {THRESHOLD}", "  weights:"]
    lines += [f"    {name}: {round(weights[name], 4)}" for name in ["bias", *sorted(n for n in weights if n != "bias")]]
    return "\n".join(lines) + "\n"


def training_pages() -> list[dict]:
    """real/dev and real/pages but its half B, each page with its `part` (dev, pages)."""
    out = [dict(p, part="dev") for p in cleaning_cv.pages(CORPUS)]
    return out + [dict(p, part="pages") for p in cleaning_cv.pages(PAGES) if p["file"] not in HALF_B]


def site(page: dict) -> str:
    from urllib.parse import urlparse

    return (urlparse(page.get("url") or "").hostname or page["file"]).removeprefix("www.")


def train(pages: list[dict] | None = None) -> dict[str, float]:
    pages = training_pages() if pages is None else pages
    return fit([r for rs in examples(pages).values() for r in rs])


def cross_validate(thresholds: list[float]) -> dict:
    """Body and furniture kept, every rule on, each page cleaned by a model trained without its
    site (FOLDS folds of sites, by a hash of the site's name), at each threshold; by part and language."""
    import hashlib

    pages = training_pages()
    fold = {p["file"]: int(hashlib.md5(site(p).encode()).hexdigest(), 16) % FOLDS for p in pages}
    rows = examples(pages)
    models = [fit([r for p in pages if fold[p["file"]] != k for r in rows[p["file"]]]) for k in range(FOLDS)]
    out = {}
    for threshold in thresholds:
        for part in ("dev", "pages"):
            ps = [p for p in pages if p["part"] == part]
            counts = cleaning_cv.measure(ps, lambda m: set(), lambda m: (models[fold[m["file"]]], threshold))
            out[f"{threshold} {part}"] = cleaning_cv.shares(counts)
    return out


def main(argv=None) -> int:
    from checker.ruledir import write_generated

    argv = sys.argv[1:] if argv is None else argv
    if argv[:1] == ["--cv"]:
        for name, by_lang in cross_validate([float(t) for t in argv[1:]] or [THRESHOLD]).items():
            print(f"{name:12} " + "; ".join(
                f"{lang}: body kept {b[0] / max(1, b[1]):.3f} ({b[0]}/{b[1]}), furniture kept {f[0] / max(1, f[1]):.2f} ({f[0]}/{f[1]})"
                for lang, (b, f) in ((lang, (v["body"], v["furniture"])) for lang, v in by_lang.items())))
        return 0
    return write_generated(TARGET, lambda: render(train()), __doc__.splitlines()[0], argv)


if __name__ == "__main__":
    sys.exit(main())
