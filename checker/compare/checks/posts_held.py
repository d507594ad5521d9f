"""One person said to hold, on the same day, two posts of one country that no one holds at once."""
from __future__ import annotations

from collections import defaultdict

from checker.compare.policy import norm
from checker.compare.values import known, overlaps
from checker.extract import names
from checker.model import Fact, Finding


def findings(engine, facts: list[Fact]) -> list[Finding]:
    """The facts are every role told of one person: two of them whose offices the `post-conflict`
    rule's `exclusive` pairs name, of one country, on days that meet, are one post told wrong."""
    rule = engine.pol.rule("post")
    if rule is None or engine.focus is not None and not any(f.doc == engine.focus for f in facts):
        return []
    settings = rule.get("settings") or {}
    exclusive = [frozenset(pair) for pair in settings.get("exclusive", ())]
    precise = set(settings.get("granularity", ["day"]))
    grouped: dict[tuple, list[Fact]] = defaultdict(list)
    for fact in facts:
        country = (names.posts().get(fact.object or "") or {}).get("country")
        office = names.office_in(fact.object, country) if country else None
        if office and known(fact.when) and fact.when.granularity in precise and fact.modality == "asserted":
            grouped[(country, office, norm(fact.object), fact.when.value)].append(fact)
    keys = list(grouped)
    classes = [engine.Class(grouped[k]) for k in keys]
    clashes = []
    for i, j in engine.pairs(classes):
        (country_a, office_a, *_), (country_b, office_b, *_) = keys[i], keys[j]
        if country_a == country_b and frozenset((office_a, office_b)) in exclusive \
                and overlaps(classes[i].head.when, classes[j].head.when):
            clashes.append(("post", classes[i], classes[j]))
    return engine.conflicts(clashes)
