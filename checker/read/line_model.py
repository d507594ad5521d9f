"""A learned line classifier: whether a line of a page is furniture, from its shape in the page.

Each line kept or dropped by jusText's classification (checker/read/clean.py) is described by
features that name no word (its length, stop-word density, link share, how it ends, its digits and
capitals, the script of its letters against the page's, where it stands against the page's good
paragraphs, the longest run of kept lines and the title, whether the page prints it twice, whether a
long line ends as no sentence does, whether it runs items together or separates them as a menu
does, whether it is a short dated line, and the classes jusText gave it and its neighbours), and
scored by a logistic model:
a weighted sum of the features through the logistic function. The weights are data,
rules/common/cleaning.yaml, written by benchmarks/train_cleaning.py from the annotated furniture
lines of real/dev and real/pages (but its half B); scoring is a dot product in plain Python.
"""
from __future__ import annotations

import math
import re
from collections import Counter

_LATIN_WORD = re.compile(r"[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F'’-]*")
_GLUED = re.compile(r"[a-z][A-Z]")  # words run together, as menus and breadcrumbs lose their spaces
_COLON = re.compile(r"[:：]")
# a headline run into the next item's first word, whatever ends it ('virusAmong', 'COVID-19As', "pandemic'Eric"),
# or a section's name run into a title in capitals ('AfricaLEADERS')
_RUN_IN = re.compile(r"[a-z0-9'’\")\]][A-Z](?:[a-z]|[A-Z]{2})")
_SEPARATOR = re.compile(r"(?<=\S)\s[|»«›‹>/•·]\s(?=\S)")  # the marks between a menu's or a trail's items
# a clock time or a year: in a short line, a timestamp or a site's date banner
_DATED = re.compile(r"(?<!\d)\d{1,2}[:.]\d{2}(?!\d)|(?<!\d)(?:19|20)\d{2}(?!\d)")
DATED_CHARS = 80
NEAR = 2  # lines on each side whose classes describe a line's neighbourhood


def features(bs: list, script: str, fires, asked=None) -> list[dict[str, float]]:
    """The features of each block of a page (clean.Block), in order, or of the blocks at the indices
    `asked` only. `script` is the page's main script; `fires(action, folded)` says whether a shape
    rule of rules/*/boilerplate.yaml fires."""
    good = [i for i, b in enumerate(bs) if b.cf_class == "good"]
    first, last = (good[0], good[-1]) if good else (len(bs), -1)
    kept = [b.class_type == "good" for b in bs]
    seen = Counter(b.folded for b in bs)
    run_start, run_end = _longest_run(kept)
    # the title: the first line that says something (words enough, mostly letters, no menu's
    # separators); above it stand the site's banner, masthead and menu
    title = next((i for i, b in enumerate(bs) if b.words > 2 and sum(map(str.isalpha, b.text)) >= len(b.text) / 2
                  and len(_SEPARATOR.findall(b.text)) < 2), len(bs))
    out = []
    for i in range(len(bs)) if asked is None else asked:
        b = bs[i]
        text = b.text
        letters = list(filter(str.isalpha, text))  # map and filter: no Python frame per character
        upper, lower = sum(map(str.isupper, letters)), sum(map(str.islower, letters))
        latin = _LATIN_WORD.findall(text)
        f_end = fires("sentence-end", b.folded)
        f = {
            "log_chars": math.log1p(len(text)),
            "log_words": math.log1p(b.words),
            "few_words": float(b.words <= 2),
            "stop_density": b.stop_density,
            "link_density": b.links_density(),
            "sentence_end": float(f_end),
            "colon_end": float(fires("list-intro", b.folded)),
            "digit_share": sum(map(str.isdigit, text)) / len(text),
            "letter_share": len(letters) / len(text),
            "other_script": float(bool(script) and script not in b.scripts),
            "upper_share": upper / (upper + lower) if upper + lower else 0.0,
            "capitalised_words": sum(w[0].isupper() for w in latin) / len(latin) if latin else 0.0,
            "all_caps_words": sum(len(w) > 1 and w.isupper() for w in latin) / len(latin) if latin else 0.0,
            "glued_words": min(len(_GLUED.findall(text)), 3) / 3,
            "label_colon": float(bool((c := _COLON.search(text)) and c.end() < len(text.rstrip()) and c.start() < len(text) / 3)),
            "before_first_good": float(i < first),
            "after_last_good": float(i > last),
            "first_line": float(i == 0),
            "last_line": float(i == len(bs) - 1),
            "cf_good": float(b.cf_class == "good"),
            "cf_neargood": float(b.cf_class == "neargood"),
            "cf_short": float(b.cf_class == "short"),
            "kept": float(kept[i]),
            "repeated": float(seen[b.folded] > 1),
            "repeated_short": float(seen[b.folded] > 1 and b.words < 4),
            "long_unended": float(len(text) > 160 and not f_end),
            "outside_main_run": float(not run_start <= i < run_end),
            "above_title": float(i < title),
            "run_in": min(len(_RUN_IN.findall(text)), 3) / 3,
            "separators": float(len(_SEPARATOR.findall(text)) >= 2),  # one is prose's ('half / a third')
            "dated_short": float(len(text) <= DATED_CHARS and bool(_DATED.search(text))),
        }
        for side, step in (("prev", -1), ("next", 1)):
            near = [kept[j] for j in range(i + step, i + step * (NEAR + 1), step) if 0 <= j < len(bs)]
            f[f"{side}_kept"] = sum(near) / NEAR
        out.append(f)
    return out


def _longest_run(kept: list[bool]) -> tuple[int, int]:
    """(start, end) of the longest run of lines jusText keeps in a row: the article's body."""
    best, start = (0, 0), None
    for i, k in enumerate([*kept, False]):
        if k and start is None:
            start = i
        elif not k and start is not None:
            best, start = max(best, (start, i), key=lambda r: r[1] - r[0]), None
    return best


def furniture_odds(f: dict[str, float], weights: dict[str, float]) -> float:
    """The model's log-odds that a line with features `f` is furniture."""
    return weights.get("bias", 0.0) + sum(w * f.get(name, 0.0) for name, w in weights.items() if name != "bias")


def probability(log_odds: float) -> float:
    return 1.0 / (1.0 + math.exp(-max(-50.0, min(50.0, log_odds))))
