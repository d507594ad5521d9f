"""Several sources that say the same thing the same way."""
from __future__ import annotations

from dataclasses import replace
from datetime import date

from checker.compare.checks import figure
from checker.compare.policy import country_of, field
from checker.compare.values import known, unsettled
from checker.compare.wording import describe_quantity, describe_when, event_name, quote
from checker.model import Fact, Finding


def findings(engine, classes: list, undated: bool = False) -> list[Finding]:
    """The classes of one agreeing group; one finding per place of it that no other place of it lies
    in (a visit to Spain told for 1-5 June confirms the reports of Madrid on 2 June and of Seville on
    4 June: two corroborations, not one that would take Seville for Madrid). An undated report
    confirms nothing, the same words may be about another time, unless `undated` (with_undated)."""
    facts = [f for c in classes for f in c.facts if undated or known(f.when)]
    if not facts and all(figure.unperiodised(engine.pol, f) for c in classes for f in c.facts):
        facts = [f for c in classes for f in c.facts]  # one forecast or target told with no period
    if facts and not undated:
        # a date left open (unsettled) joins the group of a known date it may be, and confirms
        # it; open dates alone confirm nothing (two articles of one month may tell two Mondays)
        facts += [f for c in classes for f in c.facts if unsettled(f.when)]
    return [found for part in _by_place(engine.pol, facts) for found in _finding(engine, part)]


def with_undated(engine, classes: list, groups: list[list[int]]) -> list[tuple[list[int], bool]]:
    """The agreeing groups of a block (indexes into `classes`), each with whether its undated
    reports confirm it. An event that befalls its key once (undated_kinds: one person is appointed
    to one post once) told on one date only, or on none: its undated reports join that date's
    group. Told on two dates or more, an undated report may be of either, and confirms nothing.
    An event of undated_window_kinds (a visit, a meeting) told on one date only, of a few days:
    its undated reports in articles published within undated_window_days of those days join it
    (an article of the day of a meeting that names no day most likely tells that meeting). Never
    a figure: an article of June that gives a figure with no period tells another period than
    the year's total told in January."""
    rule = engine.pol.rule("corroboration")
    settings = (rule.get("settings") or {}) if rule is not None else {}
    kind = classes[0].head.kind if classes else None
    once = kind in (settings.get("undated_kinds") or ())
    window = settings.get("undated_window_days") if kind in (settings.get("undated_window_kinds") or ()) else None
    if not classes or not once and window is None:
        return [(g, False) for g in groups]
    dated = [g for g in groups if any(known(classes[i].head.when) for i in g)]
    undated = [i for g in groups if g not in dated for i in g]
    if once and len(dated) > 1 and undated:
        # an event told once on one date and foretold for another ('to take office on the 14th'):
        # the undated reports told in the same modality class as one date only confirm that one
        dated = _same_class(engine, classes, dated, undated)
    if len(dated) != 1 and (dated or not once) or not undated:
        return [(g, False) for g in groups]
    target = dated[0] if dated else [undated[0]]
    head = classes[target[0]].head
    days = None if once else _days(classes[i] for i in target)
    if not once and (days is None or (days[1] - days[0]).days > window):
        return [(g, False) for g in groups]  # a month or a year is no day an article could be near
    joined = set(target) | {i for i in undated if engine.relation(classes[i].head, head) is not None
                            and (once or _published_near(engine, classes[i], days, window))}
    return ([(sorted(joined), True)] + [(g, False) for g in groups if g not in dated and g[0] not in undated]
            + [([i], False) for i in undated if i not in joined])


def _same_class(engine, classes: list, dated: list[list[int]], undated: list[int]) -> list[list[int]]:
    """The dated groups told in the modality class of the undated reports, where these share one
    class; else all of them (which then confirm nothing)."""
    mclass = engine.pol.modality_class
    told = {mclass.get(f.modality) for i in undated for f in classes[i].facts}
    if len(told) != 1:
        return dated
    same = [g for g in dated if all(mclass.get(f.modality) in told for i in g for f in classes[i].facts)]
    return same if len(same) == 1 else dated


def _days(classes) -> tuple[date, date] | None:
    """The first and the last day the classes' dates give, where each is told to the day."""
    whens = [f.when for c in classes for f in c.facts if known(f.when)]
    if not whens or any(w.granularity != "day" or not w.earliest or not w.latest for w in whens):
        return None
    return min(w.earliest for w in whens), max(w.latest for w in whens)


def _published_near(engine, cls, days: tuple[date, date], window: int) -> bool:
    """Whether every article of an undated class was published within `window` days of `days`."""
    for doc in cls.docs:
        published = getattr(engine.docs.get(doc), "published", None)
        if not isinstance(published, date) or max((days[0] - published).days, (published - days[1]).days) > window:
            return False
    return True


def _by_place(pol, facts: list[Fact]) -> list[list[Fact]]:
    """A block holds one country and places inside it: the facts of each of its cities, with those
    that name the country or no place, when it holds two cities or more."""
    keys = pol.place_keys.get(facts[0].kind, ()) if facts else ()
    places = {field(f, k) for f in facts for k in keys} - {None, ""}
    inner = sorted(p for p in places if country_of(p) != p)
    if len(inner) < 2:
        return [facts]
    return [[f for f in facts if all(field(f, k) in (None, "", place, country_of(place)) for k in keys)]
            for place in inner]


def _finding(engine, facts: list[Fact]) -> list[Finding]:
    rule = engine.pol.rule("corroboration")
    docs = list(dict.fromkeys(f.doc for f in facts))
    minimum = (rule.get("settings") or {}).get("min_sources", 2) if rule else 2
    if rule is None or not facts or facts[0].kind not in (rule.get("kinds") or ()) or len(docs) < minimum:
        return []
    head = _most_precise(facts)
    value = describe_quantity(head) if head.quantity else describe_when(head.when)
    dated = sorted((f for f in facts if known(f.when)), key=lambda f: (f.when.earliest or date.min, f.when.value))
    if head.kind in engine.pol.lasting and dated and dated[0].when.value != dated[-1].when.value:
        # a state told held on several days: the first and the last of them
        value = f"{describe_when(dated[0].when)} to {describe_when(dated[-1].when)}"
    if head.quantity and known(head.when):
        value += f", {describe_when(head.when)}"
    labels = [engine.label(d) for d in docs]
    if not head.occasion:  # the most precise report may leave out the occasion another names
        head = replace(head, occasion=next((f.occasion for f in facts if f.occasion), None))
    fields = {"event": event_name(head, engine.pol), "value": value, "count": len(docs),
              "sources": ", ".join(labels)}
    message = rule.get("message").format_map(fields)
    settings = rule.get("settings") or {}
    unknown = [d for d in docs if not any(known(f.when) for f in facts if f.doc == d)]
    open_ = [engine.label(d) for d in unknown if any(unsettled(f.when) for f in facts if f.doc == d)]
    undated = [engine.label(d) for d in unknown if engine.label(d) not in open_]
    if unknown and len(unknown) < len(docs):  # they confirm the event, not its date (or not to the day)
        if undated:
            message += settings.get("undated_note", "").format_map({"sources": ", ".join(undated)})
        if open_:
            message += settings.get("unsettled_note", "").format_map({"sources": ", ".join(open_)})
    return [Finding(
        rule=rule.id.rsplit("/", 1)[-1], severity=rule.get("severity"), kind=head.kind,
        message=message,
        facts=tuple(f.id for f in facts), docs=tuple(docs),
        quotes=tuple(quote(f, engine.docs) for f in facts), values=(value,),
        extra={"event": fields["event"], "sources": labels},
    )]


def _most_precise(facts: list[Fact]) -> Fact:
    def width(f: Fact) -> int:
        w = f.when
        if w is None or w.earliest is None or w.latest is None:
            return 10**9
        if unsettled(w):
            return 10**9 - 1  # its days tell where it lies, not when it was
        return (w.latest - w.earliest).days
    return min(facts, key=width)
