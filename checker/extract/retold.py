"""One fact for each event or figure an article tells more than once (headline and text, a list of dated items)."""
from __future__ import annotations

import re
from collections import Counter
from datetime import timedelta
from dataclasses import replace
from typing import Any, Sequence

from checker.extract import names, timex
from checker.extract.fact_dates import _counts_back, NEWS_OF_THE_DAY
from checker import rules
from checker.model import Fact, When
from checker.extract.context import (
    _cue_pattern, _DIGIT, _fact_id, Found, _name_words, NOT_HELD, _part_of_name, PLACE_TYPES, _rules_with, _shift, TO_COME,
)
from checker.languages import Language
from checker.textfold import fold


_SENTENCE_END = re.compile(r"[.!?\u061f]['\"\u2019\u201d)]*\s*$")
LISTED_KINDS = ("visit", "meeting")  # events a list of dated items may tell again, one item each
LISTED_GRAINS = ("year", "month")  # the times a list of which dates one event at each


DATED_NEXT_GAP = 16  # characters from the verb of an event's course to the time it gives ('is planned for ')


def _dated_next(read: Sequence[tuple[Any, Found]], facts: list[Fact], lang: Language) -> list[Fact]:
    """'X will pay an official visit to Y. The visit is planned for 22-23 April.': a sentence that opens
    with the event's noun and a verb of its course (`dated_next_<kind>` of events.yaml), names no one
    before its time but the one the event is told of (a clause after the time may: 'was announced on
    Saturday, hours after X resigned'), tells no fact and one time (not one counted back, nor after
    'since'), dates the one event of that kind the nearest sentence before it that tells one told with no
    time, or for an appointment one dated only as the day's news (sentences of other things may stand
    between: 'the visit' is the last one told)."""
    kinds = lang.rules("events").lexicons.get("dated_next_kinds") or ()
    over_news = lang.rules("events").lexicons.get("dated_next_over_news") or ()
    since = _cue_pattern(lang, "since") if kinds else None
    out = list(facts)
    for i, (sentence, found) in enumerate(read) if kinds else ():
        if len(found.whens) != 1 or found.whens[0].value is None or _counts_back(found.whens[0]) \
                or any(sentence.start <= f.span[0] < sentence.end for f in out):
            continue
        named = {e.name for e in found.entities if e.type == "person" and e.start < found.whens[0].end}
        whole = fold(sentence.text)
        folded = whole.text
        if since is not None and since.search(folded):
            continue
        opening = next(((k, m) for k in kinds if (rx := _cue_pattern(lang, f"dated_next_{k}")) is not None
                        and (m := rx.match(folded)) is not None), None)
        if opening is None:
            continue
        kind, m = opening
        # the time right after the verb of the event's course ('is planned for 22-23 April'), not one of
        # something else the sentence goes on to tell ('is expected to deepen ties agreed in 2019')
        told_at = whole.span(m.end(), m.end())[0]
        if not told_at <= found.whens[0].start <= told_at + DATED_NEXT_GAP:
            continue
        before = next((b for b, _ in reversed(read[:i]) if any(
            f.kind == kind and b.start <= f.span[0] < b.end for f in out)), None)
        # undated, or, of a kind done on one day (`dated_next_over_news`: an appointment), dated only as the
        # news of the publication day, which a time of its own outweighs (a visit under way is not: 'the
        # visit ends on Friday' is its last day)
        told = [n for n, f in enumerate(out) if f.kind == kind and (f.when is None or f.when.rule == NEWS_OF_THE_DAY
                                                                    and kind in over_news)
                and before is not None and before.start <= f.span[0] < before.end]
        if told and len({out[n].subject for n in told}) == 1 and all(  # one event, told once or by two rules
                n == out[told[0]].subject for n in named):
            w = _shift(found.whens[0], sentence.start)
            w = replace(w, explanation=f"the time the next sentence gives the {kind}: {w.explanation}")
            for n in told:
                out[n] = replace(out[n], when=w)
    return out


def _dated_items(doc_id: str, read: Sequence[tuple[Any, Found]], facts: list[Fact]) -> list[Fact]:
    """'X has met Y twice: - in May 2021 (in Lima) - in March 2023 (...)': an event told in a sentence that
    ends with a colon, then again by each item after it that opens with a time of its own (nothing but list
    marks before it): one fact per item, of the item's time and of the place it names, instead of the
    one the colon's sentence would date by the article's. The items are the sentences right after the
    colon, each marked as the first is; the list ends at the first that is not one, so that prose opening
    with a time ('On Monday, the ministry said ...') is not read as an item."""
    out, gone = [], set()
    for i, (sentence, _) in enumerate(read):
        if not sentence.text.rstrip().endswith(":"):
            continue
        told = [f for f in facts if f.kind in LISTED_KINDS and f.modality == "asserted"
                and sentence.start <= f.span[0] < sentence.end]
        shape = None
        for item, found in read[i + 1:] if told else ():
            w = min(found.whens, key=lambda w: w.start, default=None)
            if w is None or w.value is None or any(ch.isalnum() for ch in item.text[:w.start]):
                break
            mark = _DIGIT.sub("0", item.text[:w.start].strip())
            # an item with no list mark is a line, not a sentence of prose: it ends without a full stop
            if (shape is not None and mark != shape) or (not mark and _SENTENCE_END.search(item.text)):
                break
            shape = mark
            places = [e for e in found.entities if e.type in PLACE_TYPES]
            own = {f.kind for f in facts if item.start <= f.span[0] < item.end}
            for f in told:
                if f.kind in own:
                    continue
                place = places[0].name if places else f.place
                out.append(replace(f, when=_shift(w, item.start), place=place, sentence=item.text,
                                   span=(item.start, item.end),
                                   id=_fact_id(doc_id, f.kind, item.start, item.end, f.subject, f.object, w.value)))
                gone.add(f.id)
    return [f for f in facts if f.id not in gone] + out


def _listed_times(doc_id: str, read: Sequence[tuple[Any, Found]], facts: list[Fact], gap: re.Pattern | None) -> list[Fact]:
    """'visited Nigeria in 1990, 1999 and 2018': an event dated by the first of years or months told one
    after another, nothing but the list's commas and conjunctions between them (`gap`, events.yaml
    time_list_gap), happened at each of them: one fact more per later time, of its own date. Days so
    listed ('talks on Monday and Tuesday') are more often one event's days, and stay one fact."""
    if gap is None:
        return facts
    out = []
    for sentence, found in read:
        whens = sorted((w for w in found.whens if w.value and w.granularity in LISTED_GRAINS), key=lambda w: w.start)
        if len(whens) < 2:
            continue
        starts = {w.start: i for i, w in enumerate(whens)}
        for f in facts:
            if f.kind not in LISTED_KINDS or f.modality != "asserted" or f.when is None \
                    or not sentence.start <= f.span[0] < sentence.end:
                continue
            k = starts.get(f.when.start - sentence.start)
            if k is None or f.when.end - sentence.start != whens[k].end:
                continue
            grain = whens[k].granularity
            # each a time written out, of the first's grain ('2018', 'March 2019'): no time counted from
            # something else ('two months after his inauguration')
            while k + 1 < len(whens) and gap.fullmatch(sentence.text, whens[k].end, whens[k + 1].start) \
                    and whens[k + 1].granularity == grain and whens[k + 1].resolved_by == "absolute":
                k += 1
                w = _shift(whens[k], sentence.start)
                out.append(replace(f, when=w, id=_fact_id(doc_id, f.kind, *f.span, f.subject, f.object, w.value)))
    return facts + out


def _figures_told_again(facts: list[Fact]) -> list[Fact]:
    """A figure told without a period and told again with one in the same document (a headline's
    '$15.7bn trade', then '$15.7bn in 2023' in the text) is one fact: the dated mention stands. A
    target or forecast of the same amount is another figure. The undated mention may drop the bound's
    words ('more than $10.5bn in 2025', then 'this record ($10.5bn)')."""
    def key(f: Fact) -> tuple:
        q = f.quantity
        return (f.kind, f.subject, f.measure, f.direction, f.modality, q.unit, q.value, q.low is None, q.high is None)
    dated = {key(f)[:-2] for f in facts if f.quantity is not None and f.when is not None and f.when.value}
    kept = [f for f in facts if f.quantity is None or (f.when is not None and f.when.value) or key(f)[:-2] not in dated]
    # told again with the same days in other words ('in the first quarter', then 'in January-March'): the
    # first telling stands. A rate told again over a span that holds the other telling's days ('up 10.8%
    # in 2013', then 'up 10.8% between 2012 and 2013'; a headline's '46% in 2018', then '46% in
    # January-November 2018' in the text) is one rate: the telling of the narrower span stands
    seen, out = set(), []
    rates: dict[tuple, list[tuple[tuple, int]]] = {}
    for f in kept:
        days = (f.when.earliest, f.when.latest) if f.quantity is not None and f.when is not None and f.when.earliest else None
        if days is None:
            out.append(f)
            continue
        k = key(f)
        if (k, days) in seen:
            continue
        told = rates.setdefault(k, [])
        if f.quantity.unit == "percent":
            wider = next((i for i, ((a, b), _) in enumerate(told) if a <= days[0] and days[1] <= b), None)
            if wider is not None:
                out[told[wider][1]] = f
                told[wider] = (days, told[wider][1])
                continue
            if any(days[0] <= a and b <= days[1] for (a, b), _ in told):
                continue
        seen.add((k, days))
        told.append((days, len(out)))
        out.append(f)
    return out


def _received_told_otherwise(facts: list[Fact], event_rules: Sequence[rules.Rule]) -> list[Fact]:
    """A visit read off a reception (a rule with `visitor`) where the article tells the same person's
    visit to the same place in words of its own ('arrived in Riyadh earlier that day', then 'was
    received there'): the reception adds no event, so only the visit told as such stands. A dated
    reception stands beside a visit told only without a date ('his first visit there since 2017'): it
    alone dates the trip, and the undated mention joins it later (_told_again)."""
    received = _rules_with(event_rules, "visitor")
    if not received:
        return facts
    def by_reception(f: Fact) -> bool:
        return f.rule.split("+")[0] in received
    told = {(f.kind, f.subject, f.place) for f in facts if not by_reception(f)}
    dated = {(f.kind, f.subject, f.place) for f in facts if not by_reception(f) and _dated(f)}
    return [f for f in facts if not (by_reception(f) and (f.kind, f.subject, f.place) in (dated if _dated(f) else told))]


def _host_no_guest(facts: list[Fact], event_rules: Sequence[rules.Rule]) -> list[Fact]:
    """'X received Y during his visit to Z': where a reception read as a visit (a rule with `visitor`) sends
    its guest to a place, the visit the sentence's pronoun carries to the host, to that place, is the
    guest's told again: one person of a reception is its guest."""
    received = _rules_with(event_rules, "visitor")
    guests = {(f.sentence, f.place): f.subject for f in facts
              if f.kind == "visit" and f.rule.split("+")[0] in received}
    if not guests:
        return facts
    hosts = {(f.sentence, f.object): f.subject for f in facts if f.kind == "meeting" and f.object}
    return [f for f in facts if not (
        f.kind == "visit" and "+subject/carried/" in f.rule and (guest := guests.get((f.sentence, f.place))) is not None
        and guest != f.subject and hosts.get((f.sentence, guest)) == f.subject)]


def _one_summit(facts: list[Fact], summit_rules: set[str]) -> list[Fact]:
    """Those a sentence tells taking part in one bloc's summit meet its leaders at one meeting: one
    fact with every participant, dated and placed as the first one told, else as a later one."""
    first: dict[str, int] = {}
    out: list[Fact] = []
    for f in facts:
        i = first.get(f.object) if f.rule.split("+")[0] in summit_rules else -1
        if i == -1:
            out.append(f)
        elif i is None:
            first[f.object] = len(out)
            out.append(f)
        else:
            k = out[i]
            more = tuple(n for n in (f.subject, *f.others) if n and n != k.subject and n not in k.others)
            out[i] = replace(k, others=k.others + more, when=k.when or f.when, place=k.place or f.place)
    return out


_PLAIN = ("exact", "rounded")  # a figure's qualifiers that neither bound nor hedge it


def _dedupe(facts: list[Fact]) -> list[Fact]:
    """One fact per (kind, participants, place, time, figure): the first mention stands, but a figure
    told again with a bound or a hedge ('$10bn' in a headline, 'more than $10bn' in the text) stands in
    the words that bound it. An event
    told again in the same article with a date inside the other's ('in March', then 'on 18-19 March'),
    or with fewer of its parties, is the same event: one fact, naming all the parties, dated to the day where one of them is."""
    seen: dict[tuple, int] = {}
    out: list[Fact] = []
    for f in facts:
        # a time by its days: 'the first six months of 2022' and 'the first half of 2022' are one period
        days = (f.when.earliest, f.when.latest) if f.when and None not in (f.when.earliest, f.when.latest) \
            else f.when.value if f.when else None
        key = (f.kind, frozenset(filter(None, (f.subject, f.object, *f.others))), f.place,
               days, f.quantity.value if f.quantity else None)
        if key not in seen:
            seen[key] = len(out)
            out.append(f)
        elif f.quantity is not None and f.quantity.qualifier not in _PLAIN \
                and out[seen[key]].quantity.qualifier in _PLAIN and f.modality == out[seen[key]].modality:
            out[seen[key]] = f
    # only dated facts without a figure, of one kind, subject, other party and place, can be one
    # event told twice (_retold): each such group is merged on its own, not every fact with every other
    groups: dict[tuple, list[int]] = {}
    for k, f in enumerate(out):
        if f.quantity is None and f.when is not None and None not in (f.when.earliest, f.when.latest) \
                and not (f.kind == STATE and f.when.earliest != f.when.latest):
            # (a post held over a span of days told, 'in office since 2019', and held on a day of it are
            # the state and a moment of it, not one event told twice)
            groups.setdefault(_event_key(f), []).append(k)
    gone: set[int] = set()
    for at in groups.values():
        if len(at) > 1:
            _merge_retold(out, _nested(out, at), gone)
    return [f for k, f in enumerate(out) if k not in gone]


def _merge_retold(out: list[Fact], at: list[int], gone: set[int]) -> None:
    """Merge the facts at positions `at` of `out` that tell one event, in order: each with the first
    later one it is told again by, until none is left; the merged positions go to `gone`."""
    i = 0
    while i < len(at):
        j = next((j for j in range(i + 1, len(at)) if _retold(out[at[i]], out[at[j]])), None)
        if j is None:
            i += 1
            continue
        f, g = out[at[i]], out[at[j]]
        kept = g if len(g.others) > len(f.others) else f  # the one naming all the parties
        # told to the day rather than the month, and then the whole stay: 'on Wednesday for a visit
        # through Thursday' is 25-26, not the day of arrival
        days = [w for w in (f.when, g.when) if w.granularity == "day"] or [f.when, g.when]
        out[at[i]] = replace(kept, when=max(days, key=lambda w: w.latest - w.earliest))
        gone.add(at[j])
        del at[j]


def _nested(out: list[Fact], at: list[int]) -> list[int]:
    """The positions of `at` whose days hold another's or lie within another's: the others are told
    again by none (a merge keeps the days of one of the two). Dates told many times over (a person's
    every day of a year) are so passed over in n log n, not compared pair by pair."""
    spans = [(out[k].when.earliest, out[k].when.latest) for k in at]
    seen = Counter(spans)
    keep = {p for p, span in enumerate(spans) if seen[span] > 1}  # the same days twice
    # by first day, the longest first: a span lies within one before it that ends no sooner, and
    # holds one after it that ends no later
    order = sorted(range(len(spans)), key=lambda p: (spans[p][0], -spans[p][1].toordinal()))
    latest = None
    for p in order:
        if latest is not None and latest >= spans[p][1]:
            keep.add(p)
        latest = spans[p][1] if latest is None else max(latest, spans[p][1])
    soonest = None
    for p in reversed(order):
        if soonest is not None and soonest <= spans[p][1]:
            keep.add(p)
        soonest = spans[p][1] if soonest is None else min(soonest, spans[p][1])
    return [at[p] for p in sorted(keep)]


STATE = "role"  # the kind told of a state held over days, not of an event


def _event_key(f: Fact) -> tuple:
    """What one event told twice shares: its kind, parties and place; a meeting's two parties in
    either order ('X received Y', then 'Y met X')."""
    parties = frozenset((f.subject, f.object)) if f.kind == "meeting" else (f.subject, f.object)
    return f.kind, parties, f.place


def _retold(f: Fact, g: Fact) -> bool:
    """Do f and g tell one event (kind, parties, place: _event_key), the further parties of one among the
    other's, the date of one inside the other's? Figures never: one pair trades many."""
    if _event_key(f) != _event_key(g) \
            or f.quantity is not None or g.quantity is not None \
            or not (set(f.others) <= set(g.others) or set(g.others) <= set(f.others)) or f.when is None or g.when is None \
            or None in (f.when.earliest, f.when.latest, g.when.earliest, g.when.latest):
        return False
    return (g.when.earliest <= f.when.earliest and f.when.latest <= g.when.latest
            or f.when.earliest <= g.when.earliest and g.when.latest <= f.when.latest)


def _told_again(facts: list[Fact], kinds: dict, done_only: bool = False) -> list[Fact]:
    """An event of a kind in `told_again` (events.yaml) told again in the document (a headline, then
    the text; 'his trip to Peru' later on) is one fact: the same subject, or one named by part of
    the name ('Ye' and 'Ye Tanming'), the same parties, the same place where both name one, modalities
    of one class and dates one event can have. The mention whose days hold the others' stands. An
    undated mention joins the one dated event it can be, never one of several ('the meeting' in an
    article that also recalls an earlier one), else the undated mentions before it. A mention is
    compared only with the latest events that share a word of a party's name (TOLD_AGAIN_REACH).
    `done_only`: only events told as done are joined."""
    capitals: dict[str, str | None] = {}  # place -> its capital if a country, read once per place

    def same(a: Fact, b: Fact) -> bool:
        if done_only and (a.modality != "asserted" or b.modality != "asserted"):
            return False
        return _same_event(a, b, capitals)

    for _ in range(2):  # twice: a join gives days that may meet a mention passed over before
        out: list[Fact | None] = []
        undated: list[int] = []
        index: dict[tuple[str, str], list[int]] = {}  # (kind, a word of a party's name) -> places in out

        def near(f: Fact) -> list[int]:
            return sorted({i for w in _party_words(f) for i in index.get((f.kind, w), ())[-TOLD_AGAIN_REACH:]})

        def keep(i: int) -> None:
            for w in _party_words(out[i]):
                at = index.setdefault((out[i].kind, w), [])
                if not at or at[-1] != i:
                    at.append(i)

        for f in facts:
            i = None
            if f.kind in kinds and _dated(f):
                i = next((i for i in near(f) if out[i] is not None and _dated(out[i]) and same(out[i], f)), None)
            if i is None:
                out.append(f)
                i = len(out) - 1
                if f.kind in kinds and not _dated(f):
                    undated.append(i)
            else:
                out[i] = _joined(out[i], f, capitals)
            if f.kind in kinds:
                keep(i)
        facts = [f for f in out if f is not None]
    for u in undated:
        f = out[u]
        dated = [i for i in near(f) if out[i] is not None and i != u and _dated(out[i]) and same(out[i], f)]
        if len(dated) == 1:
            out[dated[0]], out[u] = _joined(out[dated[0]], f, capitals), None
        elif not dated:
            first = next((i for i in near(f) if i < u and out[i] is not None and not _dated(out[i])
                          and same(out[i], f)), None)
            if first is not None:
                out[first], out[u] = _joined(out[first], f, capitals), None
    return [f for f in out if f is not None]


TOLD_AGAIN_REACH = 64  # an article tells few events of one person; a hostile one thousands


def _party_words(f: Fact) -> set[str]:
    """The words of a fact's parties, folded as _part_of_name compares them."""
    return {w for p in (f.subject, f.object, *f.others) if p for w in _name_words(p)}


def _dated(f: Fact) -> bool:
    # a date lent by the publication day to news told undated is none of the event's own: a mention
    # of the same event dated by its words stands for it
    return f.when is not None and f.when.value is not None and f.when.rule != NEWS_OF_THE_DAY


def _joined(a: Fact, b: Fact, capitals: dict) -> Fact:
    """One fact of two mentions of an event: the one whose days hold the other's, else the one dated
    by its own words over one dated by the article's main date ('is on a visit to X' beside 'began
    the visit on Wednesday'), else the first; with the name in full and a place if either names one."""
    told_b = not _holds(a.when, b.when) and _dated(a) and _dated(b) and _pegged(a) and not _pegged(b)
    keep, other = (b, a) if _holds(b.when, a.when) or told_b else (a, b)
    if len((other.subject or "").split()) > len((keep.subject or "").split()) and _one_party(keep.subject, other.subject):
        # (a meeting told the other way round, 'Y met X', names another subject: not the same name in full)
        keep = replace(keep, subject=other.subject)
    if other.place is not None and (keep.place is None or _capital(keep.place, capitals) == other.place):
        keep = replace(keep, place=other.place)  # the place named, the city rather than its country
    return keep


def _one_party(x: str | None, y: str | None) -> bool:
    return x == y or x is not None and y is not None and (_part_of_name(x, y) or _part_of_name(y, x))


def _same_event(a: Fact, b: Fact, capitals: dict) -> bool:
    if a.kind != b.kind or (a.modality in NOT_HELD) != (b.modality in NOT_HELD):
        return False
    if {a.subject, a.object, *a.others} != {b.subject, b.object, *b.others}:  # a meeting's parties in any order
        # each party the same, or named by part of the name ('Prabowo' and 'Prabowo Subianto')
        if not _one_party(a.subject, b.subject) or not _one_party(a.object, b.object) or set(a.others) != set(b.others):
            return False
    if a.place != b.place and a.place is not None and b.place is not None and not _same_days_in(a, b, capitals):
        return False
    if not (_dated(a) and _dated(b)):
        if _apart_from_news(a, b):
            return False
        # an undated mention told as done is not a visit still to come ('he paid a visit to China'
        # beside 'will pay a visit next week')
        told_done = [f.modality == "asserted" for f in (a, b) if not _dated(f)]
        return not (told_done and all(told_done) and any(_dated(f) and f.modality in TO_COME for f in (a, b)))
    if timex.overlaps(a.when, b.when):
        return True
    # a mention told done and dated only by the article's main date, none in its sentence ('A, B and C
    # all landed in Y'), is the trip to the same place the article told with a day of its own, a day or
    # two before or after
    return a.kind == "visit" and a.modality == b.modality == "asserted" and a.place is not None \
        and a.place == b.place and _pegged(a) != _pegged(b) \
        and a.when.earliest is not None and b.when.earliest is not None and a.when.latest is not None \
        and b.when.latest is not None \
        and abs((a.when.earliest - b.when.earliest).days) <= PEGGED_GAP_DAYS \
        and (a.when.latest - a.when.earliest).days == 0 == (b.when.latest - b.when.earliest).days


PEGGED_GAP_DAYS = 2  # a report comes out within a day or two of the event it tells


def _apart_from_news(a: Fact, b: Fact) -> bool:
    """Is one the news of the publication day (fact_dates NEWS_OF_THE_DAY: 'has arrived in X') and the
    other dated by its own words more than PEGGED_GAP_DAYS from that day ('visited X in July 2000')?
    Those are two events: a report comes out within a day or two of the news it tells."""
    news = [f.when for f in (a, b) if f.when is not None and f.when.rule == NEWS_OF_THE_DAY]
    told = [f.when for f in (a, b) if _dated(f)]
    if len(news) != 1 or len(told) != 1 or None in (news[0].earliest, news[0].latest, told[0].earliest, told[0].latest):
        return False
    gap = timedelta(days=PEGGED_GAP_DAYS)
    return told[0].latest < news[0].earliest - gap or told[0].earliest > news[0].latest + gap


def _pegged(f: Fact) -> bool:
    """Is the fact dated only by the article's main date (fact_dates._when), none in its sentence?"""
    return (f.when.explanation or "").startswith("the article's main date")


def _same_days_in(a: Fact, b: Fact, capitals: dict) -> bool:
    """'Arrived in Beijing on Wednesday for an official visit to China': a country and its capital
    on the very same days are one trip, to the capital, and so is the country told without days beside
    it; other days may be two trips, and a trip told done is no leg still to come. A meeting
    of the same parties in a country and in its capital, undated or on days one holds the other's
    ('arrives in China to meet X', then 'met X in Beijing on Friday'), is one meeting."""
    if a.kind == "meeting":
        if _dated(a) and _dated(b) and not (timex.contains(a.when, b.when) or timex.contains(b.when, a.when)):
            return False
    elif (a.modality in TO_COME) != (b.modality in TO_COME):
        return False  # a trip told done and a leg still to come ('will go on to Beijing') are two
    elif _dated(a) != _dated(b):
        # the country told without days ('his visit to Egypt') is the dated trip to its capital, which
        # _told_again joins it to only if it is the one such trip; the capital told without days during
        # a dated trip to the country is a leg of it
        undated, dated = (b, a) if _dated(a) else (a, b)
        return _capital(undated.place, capitals) == dated.place
    elif not (_dated(a) and timex.contains(a.when, b.when) and timex.contains(b.when, a.when)):
        return False
    return _capital(a.place, capitals) == b.place or _capital(b.place, capitals) == a.place


def _capital(place: str, capitals: dict) -> str | None:
    if place not in capitals:
        capitals[place] = names.capital_of(place)
    return capitals[place]


def _holds(a: When | None, b: When | None) -> bool:
    """Does `a` say more of the days than `b`: a date against none, or days that hold b's and more?"""
    if a is None or a.value is None:
        return False
    if b is None or b.value is None:
        return True
    return timex.contains(a, b) and not timex.contains(b, a)


def _city_of_the_visit(facts: list[Fact]) -> list[Fact]:
    """A visit told to a country whose traveller the article places, on the very same days, in one city
    of that country (a meeting held there, or the arrival told in the city: 'made his first visit to
    Egypt on Wednesday' and 'met Sisi in Cairo on Wednesday') went to that city, the most specific
    place the article names, as a visit to a country and to its capital does (_same_days_in). An event
    on some of the visit's days only is a leg of it (a three-day visit to China, a meeting in Beijing
    on its last day), and so is one dated by the trip itself (_during): the country stays, and so it
    does for two cities. A visit told done is never placed by an event still to come, nor the other
    way round. A visit the article tells as the day's news, undated, is placed so by a mention of the
    day's events in its own words."""
    out = []
    for v in facts:
        if v.kind == "visit" and v.place is not None and v.when is not None and v.when.value is not None \
                and names.capital_of(v.place) is not None:
            cities = {f.place for f in facts
                      if f is not v and f.kind in ("visit", "meeting") and f.place is not None and _dated(f)
                      and names.country_of_place(f.place) == v.place
                      and any(_one_party(v.subject, p) for p in (f.subject, f.object, *f.others))
                      and (f.modality in TO_COME) == (v.modality in TO_COME)
                      and (f.modality in NOT_HELD) == (v.modality in NOT_HELD)
                      and not _lent(f.when)
                      and timex.contains(v.when, f.when) and timex.contains(f.when, v.when)}
            if len(cities) == 1:
                v = replace(v, place=cities.pop())
        out.append(v)
    return out


def _lent(w: When) -> bool:
    """Days a fact took from the trip it happens during (fact_dates._during), not of its own telling."""
    return (w.explanation or "").startswith(("during the ", "the first day of the trip"))
