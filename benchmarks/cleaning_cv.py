"""How well cleaning generalises to sites it was not written for: group-wise cross-validation.

    python benchmarks/cleaning_cv.py [CORPUS] [--json]

CORPUS is a part of the real corpus with `furniture_lines` in its manifest (default
tests/data/real/dev). The furniture rules of rules/*/boilerplate.yaml that name wording (a "read
more" heading, an agency's name, a subscription prompt) were written while reading these pages, so
the in-sample figures `checker evaluate` prints flatter them. Three measures, each the share of the
characters (spaces aside) of body lines and of furniture lines that cleaning keeps:

- `all rules`: every rule on, as `checker evaluate` measures;
- `leave group out`: each group of pages (the manifest's `group`) is cleaned without the wording
  rules that catch a furniture line of that group and of no other: a rule that only this group's
  pages ask for was derived from them, and would not be there for a new site;
- `no wording`: every wording rule off, only the general features left (length, stop-word density,
  headline and link shape, neighbours, position, and the shape rules of SHAPE_RULES). The strictest
  and the realistic figure for a site no rule has seen.

Each is measured twice: without the learned line classifier (checker/read/line_model.py), and with
it trained by benchmarks/train_cleaning.py on the other groups' pages only, never on the group it
cleans.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from checker.read import clean  # noqa: E402
from checker.textfold import fold  # noqa: E402

# Rules that read a line's shape or markup, not its words: kept in every measure.
SHAPE_RULES = frozenset({"sentence-end", "list-intro", "script-callback", "css-rules", "quoted-blurb",
                         "markdown-image", "separator-line", "question-end", "caps-label-headline"})


def pages(corpus: Path) -> list[dict]:
    out = []
    for line in (corpus / "manifest.jsonl").read_text(encoding="utf-8").splitlines():
        m = json.loads(line)
        if m.get("furniture_lines") is None:
            continue
        m["text"] = (corpus / m["file"]).read_text(encoding="utf-8")
        out.append(m)
    return out


def wording_rules() -> dict[str, list]:
    """Every wording rule by action, as clean reads them."""
    return {action: [r for r in rs if r.id.rsplit("/", 1)[-1] not in SHAPE_RULES]
            for action, rs in clean._rules().items()}


def derived_from(ps: list[dict]) -> dict[str, set[str]]:
    """For each wording rule (by its action and id), the groups with a furniture line it catches."""
    groups: dict[str, set[str]] = defaultdict(set)
    for m in ps:
        lines = m["text"].split("\n")
        for n in m["furniture_lines"]:
            folded = fold(lines[n - 1]).text
            for action, rs in wording_rules().items():
                for r in rs:
                    if r.regex.search(folded):
                        groups[f"{action}/{r.id}"].add(m["group"])
    return groups


def kept(m: dict, counts: Counter) -> None:
    text, furniture = m["text"], set(m["furniture_lines"])
    ranges = clean.clean(text)
    start = 0
    for n, line in enumerate(text.split("\n"), 1):
        end = start + len(line)
        part = "furniture" if n in furniture else "body"
        counts[f"{m['lang']} {part} chars"] += sum(not ch.isspace() for ch in line)
        counts[f"{m['lang']} {part} kept"] += sum(not ch.isspace() for a, b in ranges
                                                  for ch in text[max(start, a):min(end, b)])
        start = end + 1


def with_rules(off: set[str]):
    """clean's rules without those named `action/id` in `off` (a patch for this measure only)."""
    every = clean._rules()
    return lambda: {action: tuple(r for r in rs if f"{action}/{r.id}" not in off) for action, rs in every.items()}


NO_MODEL = ({}, 1.0)


def measure(ps: list[dict], off_for, model_for=lambda m: NO_MODEL) -> Counter:
    """Furniture and body kept, each page cleaned with the rules `off_for(page)` names left out and
    the learned classifier `model_for(page)` gives (weights, threshold)."""
    counts: Counter = Counter()
    original, model = clean._rules, clean._model
    try:
        for m in ps:
            clean._rules = with_rules(off_for(m))
            clean._model = lambda m=m: model_for(m)
            kept(m, counts)
    finally:
        clean._rules, clean._model = original, model
    return counts


def models_without_each_group(ps: list[dict]) -> dict[str, tuple[dict, float]]:
    """The learned classifier trained without each group's pages, by group."""
    import train_cleaning

    rows = train_cleaning.examples(ps)
    return {g: (train_cleaning.fit([r for m in ps if m["group"] != g for r in rows[m["file"]]]), train_cleaning.THRESHOLD)
            for g in sorted({m["group"] for m in ps})}


def shares(counts: Counter) -> dict:
    out = {}
    for lang in sorted({k.split()[0] for k in counts}):
        out[lang] = {part: [counts[f"{lang} {part} kept"], counts[f"{lang} {part} chars"]]
                     for part in ("body", "furniture")}
    return out


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", default="tests/data/real/dev")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    ps = pages(Path(args.corpus))
    groups = derived_from(ps)
    every_wording = {f"{a}/{r.id}" for a, rs in wording_rules().items() for r in rs}
    models = models_without_each_group(ps)
    results = {}
    for name, off_for in (("all rules", lambda m: set()),
                          ("leave group out", lambda m: {k for k, gs in groups.items() if gs == {m["group"]}}),
                          ("no wording", lambda m: every_wording)):
        results[name] = shares(measure(ps, off_for))
        results[name + " + model"] = shares(measure(ps, off_for, lambda m: models[m["group"]]))
    if args.json:
        print(json.dumps({"results": results, "rules by group": {k: sorted(v) for k, v in sorted(groups.items())}},
                         ensure_ascii=False, indent=1))
        return 0
    print(f"{len(ps)} pages, {len({m['group'] for m in ps})} groups")
    for name, by_lang in results.items():
        cells = []
        for lang, parts in by_lang.items():
            (bk, bc), (fk, fc) = parts["body"], parts["furniture"]
            cells.append(f"{lang}: body kept {bk / bc if bc else 1:.3f} ({bk}/{bc}), "
                         f"furniture kept {fk / fc if fc else 0:.2f} ({fk}/{fc})")
        print(f"{name:24} " + "; ".join(cells))
    only = {k: sorted(v)[0] for k, v in groups.items() if len(v) == 1}
    print("rules only one group asks for: " + ", ".join(f"{k} ({g.split(':')[0]})" for k, g in sorted(only.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
