"""Two reports of one event that count it differently: 'the second visit since 2018' against 'the
third visit since 2018' by the same subject to the same place. The engine has blocked them by
subject, event kind counted, place or other party and span; here the event must be one (dates that
meet, or lie within max_gap_days: a report dated by its publication day, another by the visit's)."""
from __future__ import annotations

from checker.compare.policy import Policy
from checker.compare.values import known
from checker.model import Fact, When


def verdict(pol: Policy, a: Fact, b: Fact) -> str | None:
    """'agree' (the same ordinal of one event), 'ordinal' (two ordinals of one event) or None."""
    if a.quantity is None or b.quantity is None or not _one_event(pol, a.when, b.when):
        return None
    return "agree" if a.quantity.value == b.quantity.value else "ordinal"


def _one_event(pol: Policy, a: When | None, b: When | None) -> bool:
    if not (known(a) and known(b)) or None in (a.earliest, a.latest, b.earliest, b.latest):
        return False
    rule = pol.rule("ordinal")
    gap = ((rule.get("settings") or {}) if rule is not None else {}).get("max_gap_days", 0)
    return max((b.earliest - a.latest).days, (a.earliest - b.latest).days, 0) <= gap
