"""Figures as facts: whose trade or amount a figure is, with which partner, for which period."""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import Sequence

from checker.extract import figures, quantities, timex
from checker.model import Entity, Fact, Quantity, When
from checker.textfold import fold
from checker.extract.context import (
    _countries_served, _cue_pattern, Cues, DEFAULT_WINDOW, _document_country, DocumentContext, _fact_id, Found, _masked,
    _outside_figures, _publication_day, _shift, Trigger,
)
from checker.extract.fact_dates import _figure_when, _told_before


# sentences after a ranking of a country's trading partners that may go on naming them one a sentence
# ('Next came A', 'B followed', 'C was third'): a ranking told in prose rarely runs past its top four
PARTNERS_REACH = 3
COORDINATION_REACH = 24  # characters before a flow's word searched for the word joining it to the one before
PRONOUN_REACH = 30  # characters after a flow's word where a pronoun may stand for its partner
PAIR_WORDS_REACH = 30  # characters after a trade word where 'between the two countries' may stand
GROUP_REACH = 80  # characters after a flow's word where the group of countries it runs to may be named
WHOLE_REACH = 30  # characters after a compared figure's time where the words telling it whole may stand


def _fill_figures(doc_id, sentence, t: Trigger, found: Found, ctx: DocumentContext, cues: Cues, roles: dict,
                  lo: int, hi: int, floor: int, figure_starts: Sequence[int], reach: int,
                  own: tuple[int, int] | None = None) -> list[Fact]:
    """One fact per figure of the rule's unit class in the trigger's window ('from $50bn in 2015 to
    $120bn by 2030' is two figures), each with its own period, modality, basis and direction; the
    sentence's source applies to all of them. A figure belongs to the figure word before it
    ('exports rose 5% to $3bn, imports 2% to $1bn'), or to the first one after it if none precedes it.
    `own`: the trigger's sentence inside a quotation of several, the only one its figures are taken from."""
    text = sentence.text
    referred = ctx.last_figure[1] if roles.get("refers") and ctx.last_figure and ctx.last_figure[0] in (
        ctx.previous_start, sentence.start) else None
    if roles.get("refers") and referred is None:
        return []  # 'this figure' names no figure told just before
    # a figure inside a time ('the first three quarters of the year') is part of the period, no value;
    # after words that go on with a list ('followed by X with $2bn') the figures before them are the list's
    of = _cue_pattern(ctx.lang, "figure_of")
    # a figure before the word, with a clause begun between them ('losses of $12bn, while exports
    # reached ...'), is the other clause's
    new_clause = _cue_pattern(ctx.lang, "new_clause")
    goal_ends = ctx.lang.rules("figures").named("goal_ends")  # what ends a goal's reach (figures.yaml)
    goal_told = ctx.lang.rules("figures").named("goal_told")  # words telling a figure aimed at (figures.yaml)
    mine = [q for q in found.quantities if (referred is None or q.start >= t.end)
            and lo <= q.start and q.end <= hi and quantities.unit_class(q) == roles["quantity"]
            and (own is None or own[0] <= q.start and q.end <= own[1])
            and _owner(q, figure_starts, text, of, new_clause, cues.breaks) == t.start and not any(w.start <= q.start and q.end <= w.end for w in found.whens)
            and not (q.end <= t.start and new_clause is not None and any(q.end <= b < t.start for b in cues.breaks)
                     and new_clause.search(fold(text[q.end:t.start]).text))]
    if not mine:
        # 'exports rose over the first eight months of 2024.', then the figures: a span of months told
        # by a flow's sentence that holds no figure at all is the period of the figures told after it
        numbers_of_times = [q for q in found.quantities if any(w.start <= q.start and q.end <= w.end for w in found.whens)]
        span = next((w for w in found.whens if w.granularity == "month" and "/" in (w.value or "")
                     and lo <= w.start and w.end <= hi), None) if len(numbers_of_times) == len(found.quantities) else None
        if span is not None and referred is None:
            ctx.period = _shift(span, sentence.start)
        return []
    # A figure restated in brackets right after another ('20 bcm (706 bcf)', 'A$219bn (US$145bn)') is
    # the same figure: it shares the stretch of the one it restates and does not cut it short.
    # A number inside a time ('2022' of 'in FY 2022-23') is no figure and ends no figure's stretch.
    all_figures, restates = [], {}
    for q in sorted(found.quantities, key=lambda q: q.start):
        if any(w.start <= q.start and q.end <= w.end for w in found.whens):
            continue  # the numbers of a time ('FY 2022-23') are no figure: they cut no stretch
        if all_figures and _RESTATED.fullmatch(text, all_figures[-1].end, q.start):
            restates[q] = all_figures[-1]
        else:
            all_figures.append(q)
    marks = ctx.marks(text)
    # what a figure is compared with ('up 2% from the same period last year', 'from a year earlier'):
    # the time inside a basis or a comparison is what the figure is measured against, neither its
    # period nor a sign that the figure is of the year before
    bases = [(k.start, k.end) for k in marks if k.field in ("basis", "compared", "reported")]
    marks = [k for k in marks if k.field != "period" or not any(s <= k.start and k.end <= e for s, e in bases)]
    source = figures.nearest(marks, "source", t.start, t.end, 0, len(text), reach=None)
    # 'after a record €86bn in 2022', 'up from $26bn in 2021': the figure compared with is told with a time of
    # its own, up to the next figure; no other figure takes that time as one the sentence states for all
    # (a kashida after the mark, as in its Arabic, is no word between)
    theirs = [(p.start, all_figures[j + 1].start if j + 1 < len(all_figures) else len(text))
              for j, p in enumerate(all_figures)
              if any(k.field == "other" and k.end <= p.start and not fold(text[k.end:p.start]).text.strip() for k in marks)]
    # bracketed asides that hold a figure: '$48.5bn (in 2022 it amounted to $59.5bn ...)'
    held = [(bs, be) for bs, be in _brackets(text) if any(bs <= x.start < be for x in all_figures)]
    c_lo, c_hi = cues.clause(t.start, t.end)
    if own is not None:  # a sentence inside a quotation of several: its own clause ends with it
        c_lo, c_hi = max(c_lo, own[0]), min(c_hi, own[1])
    m_lo = max(floor, c_lo, t.start - roles.get("window", DEFAULT_WINDOW))
    clause_modality, tense = timex.clause(_masked(text[m_lo:min(hi, c_hi)], found.entities, m_lo), ctx.lang)
    # 'decided to raise trade to $10bn after the two countries saw 38% growth': a clause of its own
    # begun between the trigger and a figure tells that figure's mood
    subordinate = _cue_pattern(ctx.lang, "subordinate_clause")
    folded = fold(text) if subordinate is not None else None
    opened = [o for m in subordinate.finditer(folded.text) if t.end <= (o := folded.span(*m.span())[0]) < min(hi, c_hi)] \
        if subordinate is not None else []
    in_sentence = _outside_figures(figures.countries(text, ctx.lang, found.entities), found.quantities)
    if _world_trade(text, in_sentence, sentence.start, ctx) or _with_a_group(text, t, found, ctx):
        return []
    countries = [c for c in in_sentence if lo <= c.start and c.end <= hi]
    # a country after the figure, past a clause's end or inside brackets ('..., followed by the Netherlands
    # with', '(more than that of the United States)'), is told of another figure or compared with: no party
    first = min(mine, key=lambda q: q.start)
    told_apart = [c for c in countries if c.start >= first.end
                  and (any(first.end <= b < c.start for b in cues.breaks) or "(" in text[first.end:c.start])]
    after = [Entity(c.name, c.start, c.end, c.name, "country") for c in countries
             if c.start >= t.end and c not in told_apart]
    # 'German trade with the US', 'the United States with a trading volume of': the country by the word,
    # in its clause
    # (a country its words rank among another's partners, before one nearer and maybe past the comma
    # before 'with': 'A is B's second trading partner, with a trade volume of': A, B's partner, not B)
    ranked = _cue_pattern(ctx.lang, "ranked_partner")
    before = max((c for c in countries if c.end <= t.start and ranked is not None and ranked.match(fold(text[c.end:t.start]).text)),
                 key=lambda c: c.end, default=None) \
        or max((c for c in countries if c_lo <= c.start and c.end <= t.start and t.start - c.end <= figures.REPORTER_REACH),
               key=lambda c: c.end, default=None)
    joined = next((c for c in countries if before is not None and c.end <= before.start
                   and _HYPHENED.fullmatch(text, c.end, before.start)), None)
    # 'US-China trade': two countries joined by a hyphen right before the word are its pair
    pair = sorted({joined.name, before.name}) if joined is not None and joined.name != before.name \
        else _pair(after, ctx, before.name if before else None)
    if roles.get("subject_before"):
        # 'A and B signed agreements worth ...': the two who signed, joined by 'and' before the word (a
        # clause may end between them and it: 'A and B, on Monday, signed'), not places after it
        told_from = max(floor, t.start - roles.get("window", DEFAULT_WINDOW))
        ahead = [c for c in countries if told_from <= c.start and c.end <= t.start]
        joined = [(a.name, b.name) for a, b in zip(ahead, ahead[1:]) if a.name != b.name and cues.join_rx is not None
                  and (m := cues.join_rx.fullmatch(fold(text[a.end:b.start]).text)) and m.group("and")]
        if joined:
            pair = sorted(joined[-1])
    pair_words = _cue_pattern(ctx.lang, "pair_words")
    if not after and pair_words is not None \
            and pair_words.search(fold(text[t.start:t.end + PAIR_WORDS_REACH]).text):
        # '..., while trade between the two countries fell 10%': the two are the two the sentence named before
        # the word, not the pair of the sentence before it
        named_before = list(dict.fromkeys(c.name for c in in_sentence if c.end <= t.start))
        if len(named_before) == 2:
            pair = sorted(named_before)
        elif not in_sentence and len(served := _countries_served([e for e in found.entities if e.type == "person"])) == 2:
            # 'X said he and Y had agreed to raise trade between the two countries': no country named, two
            # people who serve two: theirs, not the pair of the sentence before
            pair = sorted(served)
    # 'exports to the US fell 7% to $9bn, imports rose 3% to $5bn': a flow that names no country is
    # between the parties of the flow before it in the sentence
    # (its clause begins at a clause of its own too: '..., to Iraq while imports came to ...')
    own_lo = max([c_lo, *(o for o in cues.openers if o <= t.start)])
    named_here = any(own_lo <= c.start and c.end <= c_hi for c in countries)
    listed = ctx.flow[1:] if not named_here and ctx.flow and ctx.flow[0] == sentence.start else None
    # 'The top export products were oil, which surged 36% to $7.78 billion.': a sentence that names no
    # country goes on with the flow of the sentence before it, or with the one flow of the document's
    # pair told further back ('growth in exports, which increased by 21%' after 'A exported $4bn to B')
    if not in_sentence and ctx.flow and roles.get("flow") and (
            ctx.flow[0] == ctx.previous_start or ctx.flow[0] < sentence.start and sorted(ctx.flow[1:]) == pair):
        listed = ctx.flow[1:]
    # '..., while imports from the US rose': a flow naming only a party of the flow before it in the
    # sentence is between the same two
    # (an adjective names the flow's own side, 'Brazilian exports', not a partner)
    alone = {e.name for e in after}
    adjectives = any(c.adjective for c in countries if c.start >= t.end and c not in told_apart)
    if before is None and len(alone) == 1 and not adjectives and ctx.flow and ctx.flow[0] == sentence.start and alone <= set(ctx.flow[1:]):
        listed = ctx.flow[1:]
    if not listed and roles.get("flow"):
        listed = _coordinated(t, text, countries, c_hi, sentence.start, ctx, roles)
    if listed:
        pair = sorted(listed)
    direction = None
    if roles.get("flow"):
        out = roles["flow"] == "out"
        if listed:
            reporter, partner = listed
            direction = f"{reporter}→{partner}" if out else f"{partner}→{reporter}"
        else:
            cue = _cue_pattern(ctx.lang, roles["partner"]) if roles.get("partner") else None
            lead = _cue_pattern(ctx.lang, f"{roles['partner']}_lead") if roles.get("partner") else None
            home = _cue_pattern(ctx.lang, f"{roles['partner']}_home") if roles.get("partner") else None
            direction = figures.flow(countries, text, cue, (t.start, t.end), pair, out,
                                     origin=_cue_pattern(ctx.lang, "origin"), goods=_cue_pattern(ctx.lang, "origin_goods"),
                                     ranked=ranked, lead=lead,
                                     lead_lo=max(0, t.start - roles.get("window", DEFAULT_WINDOW)), home=home,
                                     between=_cue_pattern(ctx.lang, "between_pair"))
        pronoun = _cue_pattern(ctx.lang, "partner_pronoun")
        if direction and not listed and pronoun is not None and pronoun.search(fold(text[t.end:t.end + PRONOUN_REACH]).text):
            # 'its exports to it': the partner is the country named last before the flow's word, not the reporter
            reporter = direction.split("→")[0 if out else 1]
            told = [c.name for c in in_sentence if c.end <= t.start and c.name != reporter]
            if told:
                direction = f"{reporter}→{told[-1]}" if out else f"{told[-1]}→{reporter}"
        if direction:
            exporter, importer = direction.split("→")
            ctx.flow = (sentence.start, *((exporter, importer) if out else (importer, exporter)))
    sides = sorted(direction.split("→")) if direction and "subject_format" in roles else pair
    if direction and "subject_format" in roles:
        subject = roles["subject_format"].format(first=sides[0], second=sides[1])
    else:
        subject = _trade_subject(pair, roles)
    stays = None  # the side of the flow told before that every partner of a list after it trades with
    if referred is not None:
        subject, direction, roles = referred.subject, referred.direction, {**roles, "measure": referred.measure}
        if direction is not None and referred.measure in ("exports", "imports"):
            stays = direction.split("→")[1 if referred.measure == "imports" else 0]
        # 'followed by Jordan with $875m': a country named after the words is the next partner of the same flow
        named = [c.name for c in countries if c.start >= t.end and c not in told_apart]
        if named and named[0] not in (direction or "").split("→"):
            if direction is None:
                # a turnover with another country: the side that stays is the one whose partners the text
                # ranks, if it is one of the pair told before ('Peru is Chile's largest trading partner, with
                # trade of $3bn. It was followed by Bolivia with $1bn'); else it cannot be told
                ranked = ctx.partners_of[0] if ctx.partners_of and ctx.seen_sentences - ctx.partners_of[1] <= PARTNERS_REACH \
                    else None
                if ranked is None or ranked not in _sides(referred.subject, roles) or ranked == named[0]:
                    return []
                traded = (ranked, named[0])
            else:
                exporter, importer = direction.split("→")
                # the country whose flow it is stays: the importer of imports, else the one it leaves
                direction = f"{named[0]}→{importer}" if referred.measure == "imports" else f"{exporter}→{named[0]}"
                traded = tuple(direction.split("→"))
            first, second = sorted(traded)
            subject = roles["subject_format"].format(first=first, second=second)
    if subject is None:
        return []
    listed_pairs = _respective(mine, marks, text, ctx, found, before, roles) or _partner_list(
        mine, in_sentence, text, ctx, roles, stays, referred.measure if referred is not None else None)
    out = []
    for q in mine:
        i = all_figures.index(restates.get(q, q))
        # the figure's own stretch of the sentence: from the figure before it to the figure after it
        s_lo = max(lo, all_figures[i - 1].end if i else lo)
        s_hi = min(hi, all_figures[i + 1].start if i + 1 < len(all_figures) else hi)
        # its time may stand past the trigger's window ('..., and $1bn in Acme - cars - in May 2021'):
        # up to the next figure, or the next figure word (`reach`)
        w_hi = min(reach, all_figures[i + 1].start if i + 1 < len(all_figures) else reach)
        # '..., up 16%, and it is expected to reach $5bn by the end of the year': a time past the start of a new
        # clause after the figure is that clause's
        if new_clause is not None:
            cut = next((b for b in cues.breaks if q.end <= b < s_hi and new_clause.match(fold(text[b + 1:s_hi]).text.lstrip())), None)
            s_hi, w_hi = (s_hi, w_hi) if cut is None else (min(s_hi, cut), min(w_hi, cut))
        # a goal's words may come before the trade word ('aim to raise trade to $10bn'), within the clause
        # (a mark whose words hold the figure before, 'agreed to more than double trade to $6bn', reaches past it)
        prior = all_figures[i - 1] if i else None
        held_by = [k.start for k in marks if k.field == "modality" and prior is not None and k.start <= prior.start
                   and prior.end <= k.end]
        mark = figures.nearest(marks, "modality", q.start, q.end,
                               max(m_lo, min([prior.end, *held_by]) if prior is not None else m_lo), s_hi)
        if mark is not None and mark.value in ("target", "forecast") and (
                any(q.end <= b < mark.start for b in cues.breaks)
                or q.end <= mark.start and new_clause is not None and new_clause.search(fold(text[q.end:mark.end]).text)):
            # '$1bn in 2023, and both aim to double it in five years', 'rose 94% and it is expected to cross
            # $2bn': the goal or the forecast is the next clause's
            mark = None
        if mark is not None and mark.value == "target" and mark.end <= q.start and goal_ends is not None \
                and goal_ends.search(fold(text[mark.end:q.start]).text):
            mark = None  # 'aim to raise trade, but trade reached only $3bn': the goal is the other clause's
        # a mark opening the figure's clause before its word ('it is expected that trade between A and B
        # will reach $5bn') governs its figures too
        mark = mark or figures.nearest(marks, "modality", t.start, t.end, floor, t.start)
        measure = figures.nearest(marks, "measure", q.start, q.end, s_lo, s_hi, reach=figures.MEASURE_REACH)
        told = restates.get(q, q)  # a restatement in brackets goes with the figure it restates
        if measure is not None and any(_gap(p, measure) < _gap(told, measure) for p in all_figures if p is not told):
            measure = None  # '$327bn in 2023, accounting for 27 per cent': the words are the nearer figure's
        # a measure's words that hold the trigger word itself ('exports and imports totaling') are its measure
        measure = measure or next((k for k in marks if k.field == "measure" and k.start <= t.start and t.end <= k.end), None)
        if measure is not None and measure.value == "gap" and q.unit != "percent" and measure.start >= q.end \
                and not any(q.end <= p.start < measure.start for p in found.quantities):
            continue  # '800 million euros higher than that of the US': how far apart two figures are, no level
        if measure is not None and measure.value == "rate":
            if q.unit != "percent" and measure.end > q.end and _RIGHT_AFTER.fullmatch(text, q.end, max(q.end, measure.start)):
                continue  # '$1bn a month', 'SR3.5bn (about $1bn) per month': a rate of the flow, no level of its period
            measure = None  # ('$40m in a month': a time it took, the words another figure's or none)
        if measure is not None and measure.value == "share" and text[measure.start:measure.start + 1] == "(" \
                and figures.tells_change(text[s_lo:q.start], ctx.lang):
            measure = None  # 'exports rose sharply in 2023 (12%)': the rate of the change, no part of a breakdown
        if measure is not None and measure.value == "share":
            if q.unit == "percent":
                continue  # a part of a total ('accounting for 27 per cent') is neither a level nor a growth of the pair's trade
            measure = None  # 'exports accounting for $104bn': the part's own level, measured as its word says
        if measure is None and _next_share(all_figures, i, marks, text, ctx.lang):
            continue  # the next share of a list ('27% of its exports and 13% of its imports')
        # (a clause that a break closes before the figure is an aside: 'agreed, as the UN urged, to raise ...')
        own_clause = max((o for o in opened if o < q.start and not any(o < b < q.start for b in cues.breaks)), default=None)
        if own_clause is not None and (mark is None or mark.start < own_clause):
            mark = None  # a mark before the clause the figure is told in is the other clause's
            clause_mood = timex.clause(_masked(text[own_clause:min(hi, c_hi)], found.entities, own_clause), ctx.lang)[0]
        else:
            clause_mood = clause_modality
            rest = fold(text[q.end:min(hi, c_hi)])
            nc = new_clause.search(rest.text) if new_clause is not None and mark is None else None
            if nc is not None and q.end > m_lo:
                # 'trade rose 94% and it is expected to cross $2bn': a clause begun after the figure tells
                # its own mood, not the figure's
                cut = q.end + rest.span(nc.start(), nc.end())[0]
                clause_mood = timex.clause(_masked(text[m_lo:cut], found.entities, m_lo), ctx.lang)[0]
        # (of a level in money or goods only: 'more than double current levels' is the goal's rate)
        standing = figures.nearest(marks, "now", q.start, q.end, s_lo, s_hi) if q.unit != "percent" and q.unit else None
        if standing is not None and any(_gap(p, standing) < _gap(q, standing) for p in all_figures if p is not q):
            standing = None  # ('from $3bn now to $8bn': the word is the nearer figure's)
        if standing is not None and (mark is None or _gap(q, standing) < _gap(q, mark)):
            # 'to more than double trade, from current levels of $2.7bn to $6bn': a level told as it stands now,
            # nearer to it than a goal's words, is told as done
            mark, clause_mood = None, "asserted"
        modality = t.rule.get("modality") or (mark.value if mark else clause_mood)
        if modality == "expected":  # a figure told as to come ('trade will jump 12%') is a forecast
            modality = "forecast"
        basis = figures.nearest(marks, "basis", q.start, q.end, s_lo, len(text)) if roles["quantity"] == "percent" else None
        # 'an additional 3 bcm': an amount added is a change of the flow, not its total
        kind = t.rule["kind"]
        if roles.get("change_kind") and roles["quantity"] != "percent":
            basis = figures.nearest(marks, "increment", q.start, q.end, s_lo, s_hi, reach=figures.MEASURE_REACH)
            if basis is not None and basis.start >= q.end and i + 1 < len(all_figures) \
                    and all_figures[i + 1].start - basis.end <= INCREMENT_BEFORE:
                basis = None  # '$2.1bn, an increase of $300m': the words right before the next figure are its own
            kind = roles["change_kind"] if basis else kind
            # 'non-oil trade reached $2bn': a part of the flow, told by the flow's word, is the figure's basis
            basis = basis or figures.nearest(marks, "scope", t.start, t.end, m_lo, q.start)
        # 'the balance leans in Peru's favour by 15%': the size of the gap, a level, with Peru ahead
        favour = figures.nearest(marks, "favour", q.start, q.end, t.start, s_hi) if roles.get("level_kind") else None
        ahead = next((c.name for c in countries if favour is not None and favour.start <= c.start
                      and c.start - favour.end <= figures.REPORTER_REACH and c.name in sides[:2]), None)
        if ahead is not None:
            kind = roles["level_kind"]
        # a growth rate told as a fall ('fell 14%', and its Arabic) is negative
        sign = (figures.nearest(marks, "sign", q.start, q.end, s_lo, s_hi, reach=figures.SIGN_REACH)
                if roles["quantity"] == "percent" and q.value > 0 else None)
        # '..., followed by imports at 4%': a rate listed after a fall, with no verb of its own, fell too
        before_q = all_figures[i - 1] if i else None
        last = out[-1] if out else ctx.last_figure[1] if ctx.last_figure and ctx.last_figure[0] == sentence.start else None
        falls = (sign is None and before_q is not None and q.unit == "percent" and last is not None and last.quantity is not None
                 and last.quantity.unit == "percent" and last.quantity.value < 0
                 and last.quantity.start == sentence.start + before_q.start
                 and figures.carries_sign(text[before_q.end:q.start], ctx.lang))
        # 'raise trade up to $100bn': the level aimed at, no bound
        if q.qualifier != "exact" and figures.nearest(marks, "level", q.start, q.end, s_lo, s_hi, reach=0):
            q = quantities.as_level(q, ctx.lang)
        told_period = ctx.period
        # a goal's year ('to reach $30bn by 2025') is no period of an outcome told beside it
        goals = [(k.start, k.end) for k in marks if k.field == "modality" and k.value == "target"] if modality != "target" else []
        # the words may stand past the trigger's window, as its time may
        previous = figures.nearest(marks, "period", q.start, q.end, s_lo, max(s_hi, w_hi))
        same_of = base = None  # '$1.4bn in the same period of 2021' (after a growth rate the words name its base)
        if previous is not None and previous.value.startswith("same-of-year:"):
            if previous.start >= q.end:
                same_of, base = (previous, None) if roles["quantity"] != "percent" else (None, previous)
            previous = None
        figure_bases = [*bases, (base.start, base.end)] if base is not None else bases
        # the page's dateline ('date 2022-10-21 Trade rose ...') dates the page, not the figure's period
        figure_bases = [*figure_bases, *((w.start, w.end) for w in found.whens if ctx.dateline(w, text))]
        # the time inside brackets that hold another figure is that figure's, not one outside them
        figure_bases = [*figure_bases, *((bs, be) for bs, be in held if not bs <= q.start < be)]
        if base is not None and (period := _base_of(base, out[-1].when if out and out[-1].when else ctx.period)):
            # 'up 7.4% from the same period of 2022': the rate is of the figures' period, a later year
            # than the one named, which is its base's
            when = replace(period, explanation=f"the period of the figures it compares: {period.explanation}")
        elif previous is not None and previous.value == "same":  # 'over the period': the figures' before it,
            # or a span told before it in its own sentence ('in the three months to June, ... over the period')
            told = _told_before(found, q, cues, sentence.start, bases)
            when = told if told and "/" in (told.value or "") else _carried_period(ctx.period) or told
        # a figure of the flow told before ('That's down 23% ...') has its own time or that flow's period
        elif (when := _figure_when(found, q, s_lo, w_hi, cues, sentence.start, shared=previous is None and referred is None,
                                   bases=figure_bases, vague=_cue_pattern(ctx.lang, "vague_time"),
                                   others=[(s, e) for s, e in theirs if not s <= q.start < e] + goals)) is not None \
                and previous is None:
            # the period of a figure compared with, or of a goal or a forecast, is no period the next
            # figures go on with
            if not any(s <= q.start < e for s, e in theirs) and modality not in ("target", "forecast"):
                ctx.period = when
        elif when is None and previous is not None:  # 'a year earlier': the year before the sentence's period
            when = _year_before(_figure_when(found, q, 0, len(text), cues, sentence.start, shared=True, bases=bases))
        elif when is None and modality not in ("target", "forecast"):  # 'over the same period': the period of the figures
            # before it; a goal or a forecast is of no period told for what was. The figure compared with
            # ('up 5% on 2023, falling from $1.5bn to $1bn') is of the time the comparison's base names
            when = (_base_time(found, q, marks, theirs, sentence.start) if any(s <= q.start < e for s, e in theirs)
                    else None) or _carried_period(ctx.period)
        if roles["quantity"] == "percent" and when is not None and told_period is not None \
                and sentence.start <= told_period.start < sentence.start + len(text) \
                and any(s <= when.start - sentence.start < e for s, e in theirs if not s <= q.start < e):
            # '$2.6bn in 2020 against $2.3bn in 2019, a rise of 13%': the rise is of the figure's period
            # told in the sentence, not of the year it is compared with
            when = ctx.period = _carried_period(told_period)
        if roles["quantity"] == "percent" and when is not None and i and not (
                new_clause is not None and new_clause.search(fold(text[all_figures[i - 1].end:q.start]).text)):
            # 'it stood at $2.5bn in 2020, down 14%, and rose in 2021 to $3.3bn, up 30%': a rate told right
            # after a level, no time between them, is of the level's time, not of the next clause's; a rate
            # in a clause of its own ('..., while it rose 17% to $31bn in 2014') is not the level's
            when = _level_time(found, all_figures, i, q, when, cues.breaks, sentence.start, figure_bases) or when
        elif when is not None and i and q.unit != "percent" and all_figures[i - 1].unit == "percent" \
                and not any(all_figures[i - 1].end <= b < q.start for b in cues.breaks):
            # 'rose in 2022 by 83% to $4bn, and ties grew over the past two years': the level a rise led to,
            # in its clause, is of the rise's time, not of the next clause's
            when = _level_time(found, all_figures, i, q, when, cues.breaks, sentence.start, figure_bases, after_rate=True) or when
        if when is not None and any(s <= q.start < e for s, e in theirs) \
                and not figures.whole_period(text[when.end - sentence.start:when.end - sentence.start + WHOLE_REACH], ctx.lang):
            # '$41bn in January-August, against $17bn last year': the figure compared with, told by its year
            # alone, is of the same months of that year (a like-for-like comparison), not of the whole year
            # (or of the period the figure before it in the sentence took, told in a sentence before),
            # unless its words tell the year whole ('against $17bn for 2023 as a whole')
            mine_before = out[-1].when if out and out[-1].when and q.unit != "percent" else None
            when = _same_months(mine_before or ctx.period, when, sentence.start, len(text), carried=mine_before is not None) or when
        if (then := _then_time(found, q, marks, text)) is not None:
            when = _shift(then, sentence.start)  # 'from 2022, when it stood at $3.9bn': 2022 is its period
            if modality in ("target", "forecast") and not _begins_after_publication(when, ctx):
                # 'a goal of $100bn, against last year's figure of $74bn': the one reached (next year's is still to come)
                modality = "asserted"
        if modality != "target" and when is not None and any(
                k.field == "modality" and k.value == "target" and k.start <= when.start - sentence.start
                and when.end - sentence.start <= k.end for k in marks):
            when = None  # 'a target of $50bn by 2030, up from $20bn now': the year is the goal's, not the outcome's
        if modality == "target" and mark is not None and when is not None and clause_mood == "asserted" \
                and tense == "past" and mark.start <= when.start - sentence.start and when.end - sentence.start <= mark.end \
                and _ended_before_publication(when, ctx) \
                and not any(k is not mark and k.field == "modality" and k.value in ("target", "forecast")
                            and m_lo <= k.start < s_hi for k in marks) \
                and not (goal_told is not None and goal_told.search(fold(text[m_lo:q.start]).text)):
            # 'investment totaled $14bn by the end of 2014', told in 2015 with a verb of the past and no goal's
            # or forecast's word ('aimed to raise', 'was projected to reach'): the level the deadline dates, reached
            modality = "asserted"
        if modality == "target" and when is not None and _past_and_apart(when, sentence.start + s_lo,
                                                                        sentence.start + s_hi, ctx):
            # 'raise trade to $15bn in the coming years, from $6.6bn at the end of 2023': a time past, told
            # beyond the goal's own stretch of the sentence, is the outcome's beside it
            when = None
        if when is not None and when.resolved_by == "publication" and (span := _span_of_figures(when, told_period)):
            if ctx.period is when:  # the period the next figures go on with is the one read here
                ctx.period = span
            when = span
        now = figures.nearest(marks, "now", q.start, q.end, s_lo, s_hi) if modality == "asserted" else None
        if now is not None and (when is None or sentence.start + now.start <= when.start and when.end <= sentence.start + now.end
                                or _begins_after_publication(when, ctx)):
            # 'trade currently stands at $62bn' (the day 'currently' is, as Arabic dates it): the year it is told in;
            # a time to come beside it is a goal's ('from $5bn now to $20bn in the next three years')
            when = _now(now, text, sentence.start, ctx) or when
        if when is None and modality == "forecast" and roles.get("pledged") and (day := ctx.peg or _publication_day(ctx)):
            # a sum pledged, told to come with no time of its own ('will invest $2bn in ...'): the pledge is
            # the news, of the article's day (its main date, else its publication), not a forecast of a year
            when = replace(day, explanation=f"pledged in an article of {day.value}")
        if modality == "asserted" and when is not None and _ends_after_publication(when, ctx):
            when = _year_before(when) or when  # 'January-November' told as done: the last one before the article
        if same_of is not None:  # the months of the figures' period, in the year the words name
            # (the period told before this figure: its own words may just have become ctx.period)
            period = out[-1].when if out and out[-1].when else told_period
            year = same_of.value.split(":")[1]
            if year == "previous":  # 'the same period last year': the year before the figures' period
                year = period.earliest.year - 1 if period is not None and period.earliest is not None else None
            when = (_moved_to_year(period, int(year)) if year is not None else None) or when
        if previous is not None and previous.value == "previous" and when is not None \
                and when.start - sentence.start < previous.end and previous.start < when.end - sentence.start:
            # 'compared to $126m in the previous fiscal year': the year before the figures' period, not
            # before the article's day
            when = _year_before(out[-1].when if out and out[-1].when else ctx.period) or when
        # a riyal traded between a country of riyals and one of another currency is the first's riyal
        flow_of = {"exports": 0, "imports": 1}.get(measure.value if measure else roles.get("measure"))
        reporter = direction.split("→")[flow_of] if direction and flow_of is not None else None
        money = quantities.local_currency(q, ctx.lang, direction.split("→") if direction else pair,
                                          told=ctx.currencies, reporter=reporter)
        ctx.currencies.append(money.unit)
        start, end = sentence.start + lo, sentence.start + hi
        out.append(Fact(
            doc=doc_id, kind=kind, subject=listed_pairs.get(q, (subject,))[0], modality=modality, when=when,
            quantity=_shift(quantities.negated(money) if sign and sign.value == "negative" or falls else money, sentence.start), sentence=text, span=(start, end), rule=t.rule.id,
            id=_fact_id(doc_id, kind, start, end, listed_pairs.get(q, (subject,))[0], q.start),
            measure=measure.value if measure else roles.get("measure"),
            # exports and imports together flow both ways: no direction
            direction=None if measure and measure.value == "turnover" else
            f"{ahead}→{next(c for c in sides if c != ahead)}" if ahead else listed_pairs.get(q, (subject, direction))[1],
            basis=basis.value if basis else
            _against(marks, text, q, s_lo, all_figures, when) if roles["quantity"] == "percent" else None,
            source=source.value if source else None))
    if out:
        ctx.last_figure = (sentence.start, out[-1])
    return out


_RESTATED = re.compile(r"\s*[(\[]\s*")


def _same_months(period: When | None, when: When, start: int, length: int, carried: bool = False) -> When | None:
    """`period` (a part of one year told in the same sentence, from `start`, or `carried` by a figure of
    the sentence from one before) moved to the year `when` names alone, where that year is an earlier
    one; None otherwise."""
    if period is None or not (carried or start <= period.start < start + length) or when.granularity != "year" \
            or when.earliest is None or period.earliest is None or period.latest is None \
            or period.earliest.year != period.latest.year or period.earliest.year <= when.earliest.year:
        return None
    moved = _moved_to_year(period, when.earliest.year)
    return None if moved is None else replace(moved, start=when.start, end=when.end)


def _level_time(found: Found, all_figures: Sequence[Quantity], i: int, q: Quantity, when: When,
                breaks: Sequence[int], offset: int, bases: Sequence[tuple[int, int]], after_rate: bool = False) -> When | None:
    """The time of the level a rate follows ('in 2020 ... $2.5bn, down 14%'), or with `after_rate` of the
    rate a level follows ('in 2022 by 83% to $4bn'), where the second took a time past a clause's end
    after it and none stands between the two; None otherwise."""
    p = all_figures[i - 1]
    if (p.unit == "percent") != after_rate or when.start - offset < q.end or not any(q.end <= b < when.start - offset for b in breaks):
        return None
    usable = [w for w in found.whens if w.value is not None and not any(s <= w.start and w.end <= e for s, e in bases)]
    if any(p.end <= w.start < q.start for w in usable):
        return None
    lo = all_figures[i - 2].end if i > 1 else 0
    before = [w for w in usable if lo <= w.start and w.end <= p.start]
    return _shift(before[-1], offset) if before else None
# characters between a change's words and the figure they stand before: a preposition and a hedge
# ('by about ', 'of nearly ', 10), never a clause of its own
INCREMENT_BEFORE = 12


_THEN_GAP = re.compile(r"[\s,\u060c]*")
_OWNING_YEAR = re.compile(r"(?<![\d.,])(?:19|20)\d\d$")


def _then_time(found: Found, q: Quantity, marks: Sequence, text: str):
    """'up 4% from 2022, when it stood at $3.9bn': the time written right before the words that make the
    figure the one compared with ('then' marks of the field `other`) is its own period, even inside the
    base of the change told before; None where no such words stand right before the figure."""
    for k in marks:
        if k.field == "other" and k.value == "then" and k.end <= q.start and not fold(text[k.end:q.start]).text.strip():
            told = next((w for w in reversed(found.whens) if w.value is not None and w.end <= k.start
                         and _THEN_GAP.fullmatch(text, w.end, k.start)), None)
            year = _OWNING_YEAR.search(text, max(0, k.start - 5), k.start) if told is None else None
            if year is not None:  # "2022's total of $13.75bn": a year owning the total, no time on its own
                return replace(timex.from_value(year.group()), start=year.start(), end=year.end(),
                               explanation=f"the year owning the figure: '{year.group()}' -> {year.group()}")
            return told
    return None


def _base_time(found: Found, q: Quantity, marks: Sequence, theirs: Sequence, offset: int) -> When | None:
    """The time inside the words of what the sentence compares with ('compared with 2023'), for the
    figure compared with that has no time of its own; None where no base names one."""
    in_base = [w for w in found.whens if w.value is not None and any(
        k.field == "compared" and k.start <= w.start and w.end <= k.end for k in marks)]
    return _shift(in_base[-1], offset) if len(in_base) == 1 else None


def _world_trade(text: str, in_sentence: Sequence, start: int, ctx: DocumentContext) -> bool:
    """Whether the sentence tells one country's trade with the whole world ('Ruritania's foreign trade data
    for March'), naming no second country, or goes on with such a sentence naming none: its figures are
    no pair's, whatever pair the article is about."""
    world = _cue_pattern(ctx.lang, "world_trade")
    pair_words = _cue_pattern(ctx.lang, "pair_words")
    if pair_words is not None and pair_words.search(fold(text).text):
        return False  # 'trade between the two countries': a pair's, whatever office of foreign trade tells it
    named = {c.name for c in in_sentence}
    if world is not None and len(named) <= 1 and world.search(fold(text).text) \
            or not named and ctx.world_trade is not None and ctx.world_trade in (ctx.previous_start, start):
        ctx.world_trade = start
        return True
    return False


def _with_a_group(text: str, t: Trigger, found: Found, ctx: DocumentContext) -> bool:
    """Whether the flow runs to or from a group of countries the text does not name one by one ('exports
    to Arab countries', 'trade between Chile and other Andean nations'): its figures are no pair's. A
    bloc the catalogue knows (the European Union, ASEAN) is a party and is no such group."""
    group = _cue_pattern(ctx.lang, "group_partner")
    if group is None:
        return False
    folded = fold(text[t.start:t.end + GROUP_REACH])  # from the word itself: 'trade between' holds its 'between'
    m = group.match(folded.text)
    if m is None:
        return False
    lo, hi = (t.start + k for k in folded.span(*m.span("group")))
    # the group's word may stand before the bloc it names (in Arabic, 'the countries of the GCC')
    return not any(e.type != "person" and (lo <= e.start < hi or figures.party(e) and e.start >= hi
                                           and not text[hi:e.start].strip()) for e in found.entities)


def _next_share(all_figures: Sequence[Quantity], i: int, marks: Sequence, text: str, lang: str) -> bool:
    """Whether figure i follows, as the next item of a list in the same unit, a figure that the words of a
    share ('accounting for') stand by."""
    while i > 0 and all_figures[i - 1].unit == all_figures[i].unit \
            and figures.joined(text[all_figures[i - 1].end:all_figures[i].start], lang):
        i -= 1
        p = all_figures[i]
        k = figures.nearest(marks, "measure", p.start, p.end, 0, len(text), reach=figures.MEASURE_REACH)
        if k is not None and k.value == "share" and not any(_gap(o, k) < _gap(p, k) for o in all_figures if o is not p):
            return True
    return False


def _gap(q: Quantity, k) -> int:
    """Characters between a figure and a mark (0 when they overlap)."""
    return k.start - q.end if k.start >= q.end else q.start - k.end if k.end <= q.start else 0


def _respective(mine: Sequence[Quantity], marks: Sequence, text: str, ctx: DocumentContext, found: Found,
                beside, roles: dict) -> dict[Quantity, tuple[str, str | None]]:
    """'The US and the Netherlands ranked second and third, with A and B respectively': with a
    `respective` mark, as many countries listed as figures take them in order, each trading with the
    country by the trade word, else with the country the article's officials serve, else its main
    country. Subject and direction per figure."""
    if len(mine) < 2 or "subject_format" not in roles or not any(k.field == "respective" for k in marks):
        return {}
    named = _outside_figures(figures.countries(text, ctx.lang, found.entities), found.quantities)
    listed = list(dict.fromkeys(c.name for c in named if beside is None or c.name != beside.name))
    home = _document_country(ctx)
    if len(listed) == len(mine) + 1 and beside is None and home in listed:  # 'among Chile's partners'
        listed.remove(home)
    if len(listed) != len(mine):
        return {}
    other = beside.name if beside else home if home and home not in listed else next(
        (c for c in ctx.countries if c not in listed), None)
    if other is None:
        return {}
    out = {}
    for q, known in zip(sorted(mine, key=lambda q: q.start), listed):
        first, second = sorted((known, other))
        direction = None
        if roles.get("flow"):
            direction = f"{other}→{known}" if roles["flow"] == "out" else f"{known}→{other}"
        out[q] = (roles["subject_format"].format(first=first, second=second), direction)
    return out


def _partner_list(mine: Sequence[Quantity], named: Sequence, text: str, ctx: DocumentContext,
                  roles: dict, stays: str | None = None, measure: str | None = None) -> dict[Quantity, tuple[str, str | None]]:
    """'the US ($57bn), China ($50bn) and Iraq ($18bn)', 'Peru with $3bn, Chile with $2bn': figures each
    told right after a country of their own (events.yaml `beside_partner` between them) are each that
    country's trade with the one other country the sentence names. A list going on with a flow told
    before it ('Peru followed in second place with $1bn, Chile in third with $900m') names no other: each
    is that flow's (`measure`) with the side of it that `stays`. Subject and direction per figure."""
    rx = _cue_pattern(ctx.lang, "beside_partner")
    if rx is None or len(mine) < 2 and stays is None or "subject_format" not in roles:
        return {}
    own = {}
    for q in mine:
        c = max((c for c in named if c.end <= q.start), key=lambda c: c.end, default=None)
        if c is None or not rx.match(fold(text[c.end:q.start]).text):
            return {}
        own[q] = c
    listed = {c.name for c in own.values()}
    others = {c.name for c in named if c.name not in listed}
    if stays is not None and stays not in listed:
        others = {stays}  # the partners told before in the sentence ranked above them are no side of theirs
    if len(listed) != len(mine) or len(others) != 1:
        return {}
    (other,) = others
    flow = roles.get("flow") or {"exports": "out", "imports": "in"}.get(measure or "")
    out = {}
    for q, c in own.items():
        first, second = sorted((c.name, other))
        direction = None
        if flow:
            direction = f"{other}→{c.name}" if flow == "out" else f"{c.name}→{other}"
        out[q] = (roles["subject_format"].format(first=first, second=second), direction)
    return out


def _owner(q: Quantity, figure_starts: Sequence[int], text: str = "", of: re.Pattern | None = None,
           opener: re.Pattern | None = None, breaks: Sequence[int] = ()) -> int | None:
    """The start of the figure word a figure belongs to: the last one before it, else the first; or
    the next one, where the figure is told as an amount of what it names ('$2bn worth of Chilean
    exports to Peru', the `figure_of` cue of events.yaml), or where a clause of its own begins
    between the word before and the figure and the next word stands in the figure's clause ('...
    exported $2bn, while goods worth $1bn were imported')."""
    after = next((s for s in figure_starts if s >= q.end), None)
    if of is not None and after is not None and of.match(fold(text[q.end:after]).text):
        return after
    before = [s for s in figure_starts if s < q.start]
    if before and after is not None and opener is not None and not any(q.end <= b < after for b in breaks) \
            and opener.search(fold(text[before[-1]:q.start]).text):
        return after
    return before[-1] if before else (figure_starts[0] if figure_starts else None)


def _carried_period(period: When | None) -> When | None:
    if period is None:
        return None
    return replace(period, explanation=f"the period of the figures before it (none in the sentence): {period.explanation}")


_YEAR = re.compile(r"(?<!\d)(\d{4})(?!\d)")


def _base_of(base: figures.Mark, period: When | None) -> When | None:
    """The figures' period a rate compares with the same months of an earlier year (`base`, 'the same
    period of 2022', 'the same period last year'); none when the period is not later than that year."""
    if period is None or period.earliest is None or period.value is None:
        return None
    year = base.value.split(":")[1]
    return period if year == "previous" or year.isdigit() and period.earliest.year > int(year) else None


_BRACKETED = re.compile(r"\([^()]{1,200}\)")


def _brackets(text: str) -> list[tuple[int, int]]:
    """The spans of the sentence's bracketed asides ('(...)'), of one level."""
    return [m.span() for m in _BRACKETED.finditer(text)] if "(" in text else []


def _against(marks: list, text: str, q, lo: int, all_figures: list, when: When | None) -> str | None:
    """The basis of a rate over one year measured against a year other than the one before ('up 200% in
    2021 against 2019'): 'against 2019', a rate never set against one over the year before (whose basis
    a year implies, rules/common/conflicts.yaml year_implies). None where the words compare it with the
    year before, or with no year; a comparison after another figure is that figure's (the numbers inside a
    comparison, its years, are none)."""
    if when is None or not _YEAR.fullmatch(when.value or ""):
        return None
    mark = figures.nearest(marks, "compared", q.start, q.end, lo, len(text))
    if mark is None:
        return None
    compared = [k for k in marks if k.field == "compared"]
    if any(q.end <= f.start and f.end <= mark.start and not any(k.start <= f.start and f.end <= k.end for k in compared)
           for f in all_figures):
        return None
    years = _YEAR.findall(text, mark.start, mark.end)
    return f"against {years[0]}" if len(years) == 1 and int(years[0]) != int(when.value) - 1 else None


def _year_before(w: When | None) -> When | None:
    """The same period a year earlier ('down from $26bn a year earlier'), for periods with known years."""
    if w is None or w.value is None or not _YEAR.search(w.value) or w.value.startswith("XXXX"):
        return None
    def back(d: date | None) -> date | None:
        return None if d is None else d.replace(year=d.year - 1, day=min(d.day, 28) if (d.month, d.day) == (2, 29) else d.day)
    return replace(w, value=_YEAR.sub(lambda m: str(int(m.group(1)) - 1), w.value), earliest=back(w.earliest),
                   latest=back(w.latest), explanation=f"a year before {w.value}: {w.explanation}")


def _now(mark: figures.Mark, text: str, offset: int, ctx: DocumentContext) -> When | None:
    """The period of a figure told as it stands now ('currently', `now` marks of figures.yaml): the year of
    the article's publication, as a level of trade is told by the year; None if that year is unknown."""
    year = ctx.published.year if ctx.published else int(ctx.published_period[:4]) if ctx.published_period else None
    if year is None:
        return None
    return When(text[mark.start:mark.end], offset + mark.start, offset + mark.end, str(year), "year", date(year, 1, 1),
                date(year, 12, 31), resolved_by="publication", tense="present", rule=f"{ctx.lang.code}/figures/now",
                explanation=f"a figure told as it stands now, in an article of {year}: {year}")


def _past_and_apart(w: When, lo: int, hi: int, ctx: DocumentContext) -> bool:
    """A time told outside text[lo:hi] (document offsets) that ends before the article's day."""
    return _ended_before_publication(w, ctx) and bool(w.text) and not (lo <= w.start < hi)


def _ended_before_publication(w: When, ctx: DocumentContext) -> bool:
    """Whether the time ends before the first day the article may be of."""
    pub = _publication_day(ctx)
    return pub is not None and pub.earliest is not None and w.latest is not None and w.latest < pub.earliest


def _begins_after_publication(w: When, ctx: DocumentContext) -> bool:
    """Whether the time begins after the last day the article may be of."""
    pub = _publication_day(ctx)
    return pub is not None and pub.latest is not None and w.earliest is not None and w.earliest > pub.latest


def _ends_after_publication(w: When, ctx: DocumentContext) -> bool:
    """Whether a part of a calendar year the text gives without its year ('in January-November', 'in the
    first half') was counted into the article's year though it ends after the article's day."""
    pub = _publication_day(ctx)
    pub = pub.latest if pub is not None else None  # the last day it may be (a page dated to the month)
    # months from January of one calendar year: a fiscal year or 'this year' in progress is another matter
    return (pub is not None and w.resolved_by == "publication" and not timex.year_named(w) and w.granularity != "year"
            and w.latest is not None and w.earliest is not None and w.latest > pub and w.earliest < w.latest
            and (w.earliest.month, w.earliest.day) == (1, 1) and w.earliest.year == w.latest.year)


def _span_of_figures(span: When, period: When | None) -> When | None:
    """A change over a span counted back from the article's day ('doubled in the past two years',
    'grew in the past eight months'), in an article that told the figures of an earlier period just
    before (2022's, January-August's): the span ends with that period, the one the data cover. As many
    years back from its year; or that period itself where it is as many months long. None otherwise."""
    if period is None or "/" not in (span.value or "") or None in (span.earliest, span.latest, period.earliest, period.latest) \
            or period.latest >= span.latest:
        return None
    if span.granularity == "year" and period.latest.year < span.latest.year:
        back = span.latest.year - period.latest.year
        moved = timex.from_value(f"{span.earliest.year - back}/{period.latest.year}")
    elif span.granularity == "month":
        months = (span.latest.year - span.earliest.year) * 12 + span.latest.month - span.earliest.month  # the current one aside
        told = (period.latest.year - period.earliest.year) * 12 + period.latest.month - period.earliest.month + 1
        if told != months or period.granularity not in ("month", "quarter") and "/" not in (period.value or ""):
            return None
        moved = period
    else:
        return None
    return replace(span, value=moved.value, earliest=moved.earliest, latest=moved.latest, granularity=moved.granularity,
                   explanation=f"counted back from the period of the figures told before it ({period.value}): {span.explanation}")


def _moved_to_year(period: When | None, year: int) -> When | None:
    """`period` (a part of one year: 'January-November 2022') moved to `year`."""
    if period is None or period.earliest is None or period.latest is None or period.value is None \
            or period.earliest.year != period.latest.year or period.value == str(period.earliest.year):
        return None
    n = year - period.earliest.year
    def move(d: date) -> date:
        return d.replace(year=d.year + n, day=min(d.day, 28) if (d.month, d.day) == (2, 29) else d.day)
    return replace(period, value=_YEAR.sub(lambda m: str(int(m.group(1)) + n), period.value), earliest=move(period.earliest),
                   latest=move(period.latest), explanation=f"the same period in {year}: {period.explanation}")


def _coordinated(t: Trigger, text: str, countries: Sequence, c_hi: int, start: int, ctx: DocumentContext,
                 roles: dict) -> tuple[str, str] | None:
    """(reporter, partner) of a flow's word joined to the flow told just before in the sentence ('X
    exported $3bn to Y and imported $1bn', `coordinated_flow` before the word): the second verb keeps
    the first one's subject, and its partner unless it names its own with its own preposition ('and
    imported $1bn from Z'). None where the word is not so joined, or a country after it is told
    otherwise (a reporter of its own: 'and exports of Z ...')."""
    joined = _cue_pattern(ctx.lang, "coordinated_flow")
    if joined is None or not ctx.flow or ctx.flow[0] != start \
            or not joined.search(fold(text[max(0, t.start - COORDINATION_REACH):t.start]).text):
        return None
    cue = _cue_pattern(ctx.lang, roles["partner"]) if roles.get("partner") else None
    own = [c for c in countries if t.end <= c.start and c.end <= c_hi]
    partners = [c for c in own if cue is not None and cue.search(fold(text[max(t.end, c.start - 16):c.start + 1]).text)]
    if len(partners) != len(own) or len(own) > 1:
        return None
    reporter, partner = ctx.flow[1:]
    if partners and partners[0].name != reporter:
        partner = partners[0].name
    return reporter, partner


def _sides(subject: str | None, roles: dict) -> tuple[str, ...]:
    """The two countries of a trade fact's subject, read back through the rule's `subject_format`."""
    fmt = roles.get("subject_format")
    if not subject or not fmt or fmt.count("{first}") != 1 or fmt.count("{second}") != 1:
        return ()
    head, rest = fmt.split("{first}")
    sep, tail = rest.split("{second}")
    if not (subject.startswith(head) and subject.endswith(tail)) or not sep:
        return ()
    return tuple(subject[len(head):len(subject) - len(tail)].split(sep, 1))


def _trade_subject(pair: list[str], roles: dict) -> str | None:
    """The rule's `subject_format` filled with the two countries the figure is traded between."""
    if len(pair) < 2 or "subject_format" not in roles:
        return None
    return roles["subject_format"].format(first=pair[0], second=pair[1])


_RIGHT_AFTER = re.compile(r"\s*(?:\([^()]{0,60}\))?\s*\)?")  # between a figure and its rate: a restatement in brackets at most


_HYPHENED = re.compile(r"\s?[-\u2010-\u2015/]\s?")  # what joins two countries written as one pair ('US-China')


def _pair(after: list[Entity], ctx: DocumentContext, beside: str | None = None) -> list[str]:
    """The first two countries named after the trigger ('between Russia and China', not what follows).
    One country named by the trigger ('trade with China', 'German trade') trades with the other
    country named right by it, else with the country whose trading partners the text ranks, else
    with the country the article's officials serve, else its main country. Else the two of the last
    sentence that named two ('between the two countries'), else the article's two main ones."""
    named = list(dict.fromkeys(e.name for e in after))[:2]
    if len(named) == 2:
        return sorted(named)
    one = [*named, *([beside] if beside else [])]
    if one:
        known = one[0]
        ranked = ctx.partners_of[0] if ctx.partners_of and ctx.seen_sentences - ctx.partners_of[1] <= PARTNERS_REACH \
            else None
        home = ranked if ranked not in (None, known) else _document_country(ctx)
        other = one[1] if len(one) > 1 and one[1] != known else home if home and home != known else next(
            (c for c in ctx.countries if c != known), None)
        if other is not None:
            return sorted((known, other))
    return sorted(ctx.recent_pair or ctx.countries)
