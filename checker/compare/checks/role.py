"""Two people said to hold a post that only one holds, on the same day."""
from __future__ import annotations

from collections import defaultdict

from checker.compare.policy import norm
from checker.extract.link import skeleton
from checker.compare.values import known, overlaps
from checker.model import Fact, Finding


def findings(engine, facts: list[Fact]) -> list[Finding]:
    """The facts are every holder of one single-holder post."""
    if engine.focus is not None and not any(f.doc == engine.focus for f in facts):
        return []
    rule = engine.pol.rule("role")
    precise = set((rule.get("settings") or {}).get("granularity", ["day"]))
    grouped: dict[tuple, list[Fact]] = defaultdict(list)
    for fact in facts:
        if known(fact.when) and fact.when.granularity in precise and fact.modality == "asserted":
            grouped[(norm(fact.subject), fact.when.value)].append(fact)
    classes = [engine.Class(v) for v in grouped.values()]
    clashes = []
    for i, j in engine.pairs(classes):
        a, b = classes[i], classes[j]
        if _one_person(norm(a.head.subject), norm(b.head.subject)):
            continue
        if overlaps(a.head.when, b.head.when):
            clashes.append(("role", a, b))
    return engine.conflicts(clashes)  # one article naming both holders on its day tells the handover (Engine._apart)


def _one_person(a: str, b: str) -> bool:
    """The same name, or one written with part of the other's words ('Hassan', 'Jafar Hassan'):
    a surname alone is that person told again, not a second holder. Names of two words or more
    are compared by their sounds too, so that two romanisations of one name ('Mohammed bin
    Abdulrahman al-Thani', 'Mohamed bin Abdulrahman bin Jassim Al Thani') are one person."""
    x, y = set(a.split()), set(b.split())
    if x and y and (x <= y or y <= x):
        return True
    x, y = set(skeleton(a).split()), set(skeleton(b).split())
    return len(x) >= 2 and len(y) >= 2 and (x <= y or y <= x)
