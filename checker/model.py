"""The values that flow between stages. Frozen: a stage makes new values, never edits old ones.

Offsets: `start`/`end` of a mention are offsets into the text the finder was given (a
sentence); a Fact's `span` is in the original document text, so a quote is always
document.text[start:end].
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class When:
    """A time expression and what it can mean (TIMEX3-style value plus an interval of days)."""

    text: str
    start: int
    end: int
    # '2023-10', 'XXXX-02', '2022-W51', '2023-SP', '2023-Q2', '2022-H1', '199' (the 1990s), '2022-12-30', '2022',
    # 'XXXX-WXX-3'; an interval 'A/B' (TIMEX3 style: '2023-01/2023-10'), each end its own date; None: unknown
    value: str | None
    granularity: str  # day | week | month | season | quarter | year | decade | unknown
    earliest: date | None = None  # first day it allows, when that can be known
    latest: date | None = None  # last day it allows
    approximate: bool = False
    resolved_by: str = "absolute"  # absolute | publication | anchor | unresolved
    explanation: str = ""  # how it was read, for people: "'last month' in an article of 2023-11-08 -> 2023-10"
    tense: str | None = None  # past | present | future, from the clause
    rule: str = ""
    # An explicit value beside a relative one ('last year, 2020') is the value; what the relative
    # words give, where it differs, is kept here for an in-document warning.
    mismatch: str | None = None


# how a When's explanation begins where a fact takes the time of the event it is chained to (fact_dates.py):
# a day the article tells for another event, not for this one (the `date` check's once_kinds)
CHAINED = "the time of the event it is chained to"


@dataclass(frozen=True)
class Quantity:
    """A number with its unit, as an interval that honours the wording."""

    text: str
    start: int
    end: int
    value: float  # the figure as written, in `unit`
    low: float | None  # None: open below
    high: float | None  # None: open above
    unit: str  # pint unit: 'USD', 'CNY', 'percent', '' for a plain count
    qualifier: str = "exact"  # exact | about | more-than | less-than | at-least | at-most | rounded
    rule: str = ""


@dataclass(frozen=True)
class Entity:
    """A name found in text, with the canonical entity it stands for (if known)."""

    text: str
    start: int
    end: int
    name: str  # canonical name ('Vladimir Putin'), or the name as written when not in entities.yaml
    type: str  # person | place | country | organisation | occasion | group
    known: bool = True
    title: str | None = None  # post named next to the name ('Russian defence minister')
    rule: str = ""
    link_score: float | None = None  # an Arabic-script name linked to a Latin one: how alike (0-100)
    # a post written without its country right before the name ('President'), offsets as start/end:
    # it names a post once the person's country is known from elsewhere
    bare_post: tuple[int, int] | None = None
    past: bool = False  # `title` is a post held before, not now ('former Foreign Minister X')
    fresh: bool = False  # `title` is told as newly given ('the new foreign minister X'): an appointment


@dataclass(frozen=True)
class Fact:
    """One dated claim of a document: who did what, where, when, and the figure it states."""

    doc: str  # document id
    kind: str  # visit | meeting | appointment | role | trade_volume | trade_growth | ...
    subject: str | None
    object: str | None = None
    place: str | None = None
    occasion: str | None = None
    modality: str = "asserted"  # asserted | expected | planned | target | negated | former (a post held before)
    when: When | None = None
    quantity: Quantity | None = None
    sentence: str = ""
    span: tuple[int, int] = (0, 0)  # evidence, in the original document text
    rule: str = ""
    id: str = ""
    # A figure is a statistic: what it measures (turnover, exports, imports, investment), which way
    # it flows ('India→United Arab Emirates', exporter to importer; None for two-way turnover),
    # what a growth rate is measured against ('year-on-year', 'in yuan terms') and who published it.
    measure: str | None = None
    direction: str | None = None
    basis: str | None = None
    source: str | None = None
    # A meeting of several parties is one fact: the subject, the object and the further parties here
    # ('X will meet A, B and C': object A, others (B, C)), in the order the text names them.
    others: tuple[str, ...] = ()


# The Fact fields a comparison policy may key facts on (each is a column of the store's facts too).
KEY_FIELDS = ("kind", "subject", "object", "place", "occasion", "modality", "measure", "direction", "basis")


@dataclass(frozen=True)
class Quote:
    """A passage of a document, by its offsets."""

    doc: str
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Finding:
    """Everything the checker reports: a conflict, a corroboration or an in-document warning."""

    rule: str  # e.g. 'date-conflict'
    severity: str  # error | warning | info
    kind: str  # the fact kind it is about
    message: str
    facts: tuple[str, ...] = ()
    docs: tuple[str, ...] = ()
    quotes: tuple[Quote, ...] = ()
    values: tuple[str, ...] = ()
    extra: dict = field(default_factory=dict, compare=False, hash=False)
