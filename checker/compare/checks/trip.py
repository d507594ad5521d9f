"""One trip without a named occasion, dated in two ways. Two visits of one person to one place in
different months are usually two visits; they are one misdated trip when the dates lie close, one
of them is reported by several sources, and nothing else known of that visitor and place lies near."""
from __future__ import annotations

from checker.compare.policy import Policy
from checker.compare.values import known
from checker.model import Fact, When


def settings(pol: Policy) -> dict:
    rule = pol.rule("trip")
    return (rule.get("settings") or {}) if rule is not None else {}


def candidate(pol: Policy, a: Fact, b: Fact) -> bool:
    """Dates that cannot meet (the caller knows) but lie within max_gap_days of each other; days at
    most min_gap_days apart may be two days of one trip, each told alone (not months: a misdated
    month is still one)."""
    if not pol.applies("trip", a.kind):
        return False
    gap = _gap(a.when, b.when)
    if gap is None or gap > settings(pol).get("max_gap_days", 45):
        return False
    days = a.when.granularity == b.when.granularity == "day"
    return not (days and gap <= settings(pol).get("min_gap_days", 0))


def keep(pol: Policy, a, b, dated_components: int) -> bool:
    """Only two trips are told in the block (a's and b's), and one is reported by min_sources."""
    return dated_components == 2 and max(len(a.docs), len(b.docs)) >= settings(pol).get("min_sources", 2)


def _gap(a: When | None, b: When | None) -> int | None:
    """Days between two dates of known bounds (0 when they touch); None if either is open."""
    if not (known(a) and known(b)) or None in (a.earliest, a.latest, b.earliest, b.latest):
        return None
    return max((b.earliest - a.latest).days, (a.earliest - b.latest).days, 0)
