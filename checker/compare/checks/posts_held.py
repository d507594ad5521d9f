"""One person said to hold, within days of each other, two posts of one country that no one holds at once."""
from __future__ import annotations

from collections import defaultdict
from datetime import timedelta

from checker.compare.policy import norm
from checker.compare.values import known, overlaps
from checker.extract import names
from checker.model import Fact, Finding


def findings(engine, facts: list[Fact]) -> list[Finding]:
    """The facts are every role told of one person: two of them whose offices the `post-conflict`
    rule's `exclusive` pairs name, of one country, on days at most `window_days` apart (the reports
    of one event; such a change of post is rare, and is told as an appointment), are one post told wrong.
    A coarser date (`against_a_day`: an article dated to its month) meets only a day, by its bounds."""
    rule = engine.pol.rule("post")
    if rule is None or engine.focus is not None and not any(f.doc == engine.focus for f in facts):
        return []
    settings = rule.get("settings") or {}
    exclusive = [frozenset(pair) for pair in settings.get("exclusive", ())]
    precise = set(settings.get("granularity", ["day"]))
    coarse = set(settings.get("against_a_day", ()))
    window = timedelta(days=settings.get("window_days", 0))
    grouped: dict[tuple, list[Fact]] = defaultdict(list)
    for fact in facts:
        country = (names.posts().get(fact.object or "") or {}).get("country")
        office = names.office_in(fact.object, country) if country else None
        if office and known(fact.when) and fact.when.granularity in precise | coarse and fact.modality == "asserted":
            grouped[(country, office, norm(fact.object), fact.when.value)].append(fact)
    keys = list(grouped)
    classes = [engine.Class(grouped[k]) for k in keys]
    clashes = []
    for i, j in engine.pairs(classes):
        (country_a, office_a, *_), (country_b, office_b, *_) = keys[i], keys[j]
        if {classes[i].head.when.granularity, classes[j].head.when.granularity} <= coarse:
            continue  # two months may lie two months apart
        if country_a == country_b and frozenset((office_a, office_b)) in exclusive \
                and _near(classes[i].head.when, classes[j].head.when, window):
            clashes.append(("post", classes[i], classes[j]))
    return engine.conflicts(clashes)


def _near(a, b, window: timedelta) -> bool:
    """Do two known times meet, or stand at most `window` apart? A day of no known year ('on 22 April'
    with no publication date) has no bounds to measure from: it meets only where the days may be one."""
    if not window or None in (a.earliest, a.latest, b.earliest, b.latest):
        return overlaps(a, b)
    return a.earliest - window <= b.latest and b.earliest - window <= a.latest
