"""Two figures for the same thing and period that the wording of neither allows to be equal."""
from __future__ import annotations

from checker.compare.values import compare_figures, same_period
from checker.model import Fact


def verdict(a: Fact, b: Fact) -> str | None:
    """'agree', 'figure', 'figure-far' or None (not the same period, or no figure)."""
    if a.quantity is None or b.quantity is None or not same_period(a.when, b.when):
        return None
    return {"agree": "agree", "far": "figure-far", "conflict": "figure"}.get(compare_figures(a.quantity, b.quantity))
