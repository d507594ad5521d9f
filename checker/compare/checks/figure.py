"""Two figures for the same measure, direction, basis, currency and period.

Which findings a pair of figures gives (settings and messages in rules/common/conflicts.yaml):
  figure            the wording of neither allows them to be equal (an error)
  figure-far        they overlap but one is far above the other (a warning)
  figure-sources    the two name different statistical sources (customs vs a ministry): a
                    warning that the sources disagree, not an error
  figure-forecast   a forecast or target against an outcome (an info): figures of different
                    modalities never give an error
  figure-revised    a preliminary figure against the final one for the same period (a warning:
                    the figure was revised, or one of them is wrong)
  figure-part       a part of a flow (non-oil trade, one good) above the same flow told whole for the
                    same period (a warning: the two count differently, or one is wrong)
  figure-slip       the same digits ten or a thousand times apart: a probable unit slip (a warning)
  figure-part-year  a full-year total below the same year's part-year total (an error); otherwise
                    a part-year figure and a full-year one never clash
A bound ('more than $100bn') agrees with any value on its open side (quantities.compare).
"""
from __future__ import annotations

from checker.compare.policy import Policy, norm
from checker.compare.values import compare_figures, contains, known, same_days
from checker.model import Fact

YEAR_DAYS = 364  # days from the first to the last of a whole year, calendar or fiscal
_CLASH = {"far": "figure-far", "conflict": "figure"}
CLASHES = frozenset({*_CLASH.values(), "figure-sources", "figure-slip"})  # verdicts of two values that cannot both hold


def verdict(pol: Policy, a: Fact, b: Fact) -> str | None:
    """'agree', one of the checks above, or None (different periods, or nothing to say)."""
    if a.quantity is None or b.quantity is None:
        return None
    if not (known(a.when) and known(b.when)):
        return _unperiodised(pol, a, b)
    outcome = compare_figures(a.quantity, b.quantity)
    if outcome == "incomparable":
        return None
    if not same_days(a.when, b.when):
        return _part_year(pol, a, b, outcome)
    classes = {pol.modality_class.get(a.modality), pol.modality_class.get(b.modality)}
    if len(classes) > 1:
        if outcome == "agree":  # a forecast and a target of one figure confirm one another; an outcome no forecast
            return "agree" if classes in pol.figures_agree_across else None
        if pol.between("figure-revised", a, b):
            return _applies(pol, "figure-revised", a)
        return _applies(pol, "figure-forecast", a)
    if outcome == "agree":
        return "agree"
    if _slip(pol, a, b):
        return _applies(pol, "figure-slip", a) or _CLASH[outcome]
    if a.source and b.source and norm(a.source) != norm(b.source):
        return _applies(pol, "figure-sources", a) or _CLASH[outcome]
    return _CLASH[outcome]


def future_classes(pol: Policy) -> frozenset[str]:
    """The modality classes of figures that may confirm one another told with no period at all."""
    rule = pol.rule("corroboration")
    return frozenset(((rule.get("settings") or {}) if rule is not None else {}).get("unperiodised_figure_classes") or ())


def unperiodised(pol: Policy, fact: Fact) -> bool:
    """A figure for the future told with no period at all ('the agreement would raise trade by 16%')."""
    return fact.quantity is not None and fact.when is None and pol.modality_class.get(fact.modality) in future_classes(pol)


def _unperiodised(pol: Policy, a: Fact, b: Fact) -> str | None:
    """Two figures for the future told with no period, equal: one forecast or target told twice
    ('agree'); never a clash, for two such figures may be of two periods nobody named."""
    if not (unperiodised(pol, a) and unperiodised(pol, b)):
        return None
    classes = {pol.modality_class.get(a.modality), pol.modality_class.get(b.modality)}
    if len(classes) > 1 and classes not in pol.figures_agree_across:
        return None
    return "agree" if compare_figures(a.quantity, b.quantity) == "agree" else None


def part_above_whole(a: Fact, b: Fact) -> bool:
    """Whether the one of a and b that states a part of the flow (its basis: 'non-oil') is above the
    other, the flow told whole, whatever their wording allows."""
    part, whole = (a, b) if a.basis and not b.basis else (b, a) if b.basis and not a.basis else (None, None)
    return (part is not None and part.quantity.low is not None and whole.quantity.high is not None
            and part.quantity.low > whole.quantity.high)


def _applies(pol: Policy, check: str, fact: Fact) -> str | None:
    return check if pol.applies(check, fact.kind, fact.measure) else None


def _part_year(pol: Policy, a: Fact, b: Fact, outcome: str) -> str | None:
    """A part of a year inside the whole year: only a whole below its part is wrong. Two parts, one
    inside the other ('January-August' and 'April-August'), are often counted by two offices or on two
    calendars (a fiscal year's months): they never clash."""
    if not _applies(pol, "figure-part-year", a) or pol.modality_class.get(a.modality) != pol.modality_class.get(b.modality):
        return None
    for whole, part in ((a, b), (b, a)):
        w, y = part.when, whole.when
        months = w.earliest is not None and w.latest is not None and (w.latest - w.earliest).days >= 27
        year = y.earliest is not None and y.latest is not None and (y.latest - y.earliest).days >= YEAR_DAYS
        if months and year and contains(y, w) and not contains(w, y):  # a day is no part-year total
            below = (whole.quantity.high is not None and part.quantity.low is not None
                     and whole.quantity.high < part.quantity.low)
            return "figure-part-year" if below and outcome != "agree" else None
    return None


def _slip(pol: Policy, a: Fact, b: Fact) -> bool:
    """The same digits at another scale: 1.2 billion against 12 billion or 1.2 million (a fall of
    1.2% against a rise of 12% is no slip)."""
    rule = pol.rule("figure-slip")
    if rule is None or not a.quantity.value or not b.quantity.value or (a.quantity.value < 0) != (b.quantity.value < 0):
        return False
    settings = rule.get("settings") or {}
    small, big = sorted((abs(a.quantity.value), abs(b.quantity.value)))
    ratio = big / small
    within = settings.get("relative", 0.001)
    return any(abs(ratio / f - 1) <= within for f in settings.get("factors", [10, 1000]))
