"""Join the mentions of a sentence into facts, driven by rules/<lang>/events.yaml.

For each trigger an event rule finds, the roles are filled from the names, times and figures
between the previous and the next trigger of the sentence (within the rule's window), so that
"X visited A in March, and Y travelled to B in February" gives two facts, not four. A fact
without a date of its own takes the date the text ties to it: the previous event's time for
chained expressions, else the article's main date (the first day-level date it gives).

This module holds the flow; its jobs live beside it: events (triggers, roles), parties,
fact_dates, figure_facts, posts and retold, all on context (what a document shares).
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, replace
from datetime import date
from typing import Any, Sequence

from checker.extract import groups, homographs, lineup, names, ordinals, quantities, timex
from checker import languages, rules
from checker.languages import Language
from checker.model import Entity, Fact, Quantity, When
from checker.textfold import fold
from checker.extract.context import (
    _cue_pattern, _cues, DEFAULT_WINDOW, DocumentContext, _fact_id, FORMER, Found, FRONTED, _group_rule, _outside_figures, _own_country,
    PLACE_TYPES, _publication_day, _rules_with, _shift, Trigger,
)
from checker.extract.fact_dates import _during
from checker.extract.events import _fill, listed_posts, triggers
from checker.extract.figure_facts import _fill_figures
from checker.extract.sentences import quoted_ends
from checker.extract.posts import (
    _appointed_here, article_spellings, _bare_role_facts, institutions_named_again, respective_posts, with_guessed_posts, _closed_span, _since_start, _covered, _held_roles, _left_roles, _lineup_facts,
    _chained_posts, _heirs, _successions, _one_role_per_holder, _predecessors, predecessors_named, _role_facts, _successors, _replaced_by, country_spellings, held_until_left, home_spellings, respell, written_in_arabic, _taken_up_then, _told_done, with_hosts_told, without_told_twice, without_unstated_placed,
)
from checker.extract.retold import (
    _city_of_the_visit, _dated_items, _dated_next, _dedupe, _figures_told_again, _listed_times, _one_summit,
    _host_no_guest, _received_told_otherwise, _told_again,
)


_LIST_COMMA = re.compile("[,\u060c]")  # the comma, Latin or Arabic, that sets off a list's items
FRONTED_RETOLD = frozenset({"visit", "meeting"})  # events such a clause tells again: the main clause's own


def extract(doc: Any, sentences: Sequence[Any], whens: Sequence[When] | None = None,
            lang: Language | None = None) -> list[Fact]:
    """All facts of a document (doc.lang, doc.published, doc.id; sentences with start, end and
    text; the document's time expressions as timex.tag_spans gives them, tagged here if not given),
    read with the rules of `lang` (the document's language if not given)."""
    lang = languages.get(lang or doc.lang)
    ruleset = lang.rules("events")
    if not ruleset.rules:
        return []
    if whens is None:
        whens = timex.tag_spans(doc.text, [(s.start, s.end) for s in sentences], lang, doc.published)
    whens = sorted(whens, key=lambda w: w.start)
    starts = [w.start for w in whens]
    ctx = DocumentContext(lang, doc.published, sentences, getattr(doc, "published_period", None))
    ctx.dollar = quantities.home_dollar(getattr(doc, "url", None))
    facts: list[Fact] = []
    bare: list[tuple[Any, Entity]] = []  # people named after a post without its country
    members: list[tuple[Any, Found, lineup.Entry]] = []  # a government's line-up
    read: list[tuple[Any, Found]] = []
    ctx.coref.seed([s.text for s in sentences])  # people its grammar names, which later and earlier words stand for
    roster = lineup.roster_lines([s.text for s in sentences], lang)
    for k, sentence in enumerate(sentences):
        first, last = bisect_left(starts, sentence.start), bisect_left(starts, sentence.end)
        own = [_shift(w, -sentence.start) for w in whens[first:last] if w.end <= sentence.end]
        f = with_hosts_told(_find(sentence.text, own, ctx), sentence, ctx)
        told = len(facts)
        facts.extend(without_told_twice(_role_facts(doc.id, sentence, f, ctx)
                                        + sentence_facts(doc.id, sentence, f, ctx, ruleset.rules)))
        facts.extend(ordinals.sentence_facts(doc.id, sentence, f.entities, facts, ctx))
        facts[told:] = _without_fronted_retold(facts[told:])
        entries = lineup.find(sentence.text, lang, f.entities, roster=k in roster)
        # a person a line-up gives the post written right after them, set off from the post before them
        # by a comma ('post A, X, post B'), does not hold that post, which ends the list's previous member
        listed = {(x.person.start, x.person.end) for x in entries if x.start >= x.person.end}
        # a capitalised word inside the words a line-up reads as a post ('Minister of Agriculture and Land
        # Reclamation') is a word of the post, no one the post before it introduces
        posts = [(x.start, x.end) for x in entries]
        bare.extend((sentence, e) for e in f.entities if e.bare_post and not e.title and e.type == "person"
                    and not (e.bare_post[1] <= e.start and (e.start, e.end) in listed
                             and _LIST_COMMA.search(sentence.text, e.bare_post[1], e.start))
                    and not any(s <= e.start and e.end <= t for s, t in posts))
        members.extend((sentence, f, entry) for entry in entries)
        # a member the finders did not name is named now: a later sentence may give the surname alone
        # (the events' readings of a name first: an appointment read it already, spelled its way)
        seen = [*f.entities, *ctx.introduced]
        ctx.introduced.extend(x.person for x in entries if x.person.type == "person" and not x.person.known
                              and not any(e.start < x.person.end and x.person.start < e.end for e in seen))
        seen = [*f.entities, *ctx.introduced]
        ctx.introduced.extend(p for p in predecessors_named(sentence.text, f, ctx)
                              if not any(e.start < p.end and p.start < e.end for e in seen))
        read.append((sentence, f))
        ctx.see(f, sentence.start, sentence.text)
        if ctx.introduced:
            ctx.coref.see(ctx.introduced)
            ctx.introduced.clear()
    written = written_in_arabic(read, ctx)
    # (a name of one word told before the whole name, in a headline, is the whole name's)
    respelled = {**article_spellings(read), **ctx.coref.grown(), **country_spellings(read, members, ctx, facts, written)}
    facts = respell(facts, respelled)
    # after the whole document, so that a country named with the person later counts too (a post held
    # before is no post they hold now: 'Prime Minister X: a jurist who served as president of the court')
    holders = {f.subject for f in facts if f.kind == "role" and f.modality != FORMER}
    bare_roles, guesses = _bare_role_facts(doc.id, bare, ctx, holders | {k for k, v in respelled.items() if v in holders},
                                           frozenset(f.subject for f in facts if f.kind == "visit"))
    facts.extend(bare_roles)
    facts = without_unstated_placed([*facts, *_chained_posts(doc.id, read, facts, lang.code, ctx)])
    homes = home_spellings(written, ctx, facts)
    facts = respell(facts, homes)
    # a name right after an appointment verb ('appointed X as foreign minister') is the event rules'
    # to read, not a line-up's, which would name the same post in other words or guess its country;
    # where they read no one there (a name they do not know), the line-up's reading stands; so does a
    # second post given after the first ('appointed X prime minister and minister of defence'), which they do not read
    appointing = [r for r in ruleset.rules if r["kind"] == "appointment" and not (r.get("roles") or {}).get("carry")]
    # (an appointment read there of another member, its name as respelled, leaves the member to the line-up:
    # 'X was chosen for the health ministry, and Y as minister of industry', the event rules reading Y)
    appointed = [f for f in facts if f.kind == "appointment"]
    spelt = {id(x): homes.get(respelled.get(x.person.name, x.person.name), respelled.get(x.person.name, x.person.name))
             for _, _, x in members}

    def covered(m) -> bool:
        others = {spelt[id(x)] for s, _, x in members if s is m[0] and x is not m[2]}
        return _covered(m[0].start + m[2].person.start, [f.span for f in appointed if f.subject not in others])

    facts.extend(_lineup_facts(doc.id, [m for m in members if not _appointed_here(m[0].text, m[2], appointing) or (
        not covered(m) and _told_done(m[0].text, lang.code)) or m[2].rule.endswith(lineup.SECOND_POST)], ctx, facts))
    facts.extend(_successors(doc.id, read, facts, ruleset.rules, ctx))
    facts.extend(_replaced_by(doc.id, read, facts, ctx))
    facts.extend(_heirs(doc.id, read, facts, ruleset.rules, ctx))
    held = _held_roles(facts, ruleset.rules, ctx)
    # a term renewed until a day tells how long the post is held: it stands for the same post named
    # with the person, which the article's day alone would date. A tenure told closed ('from 2016 until
    # March 2021') says nothing of now, so the post the person is named with today stays.
    today = _publication_day(ctx)
    termed = {(f.subject, f.object) for f in held if f.rule.endswith("+term") and not _closed_span(f.when, today)}
    # so does a post told held since a day ('in office since 2019': to the article's day), which the
    # post named with the person on the article's day is a moment of
    since = {id(f): f for f in facts if f.kind == "role" and _since_start(f.when, today) is not None}
    termed |= {(f.subject, f.object) for f in since.values()}
    facts = [f for f in facts if f.kind != "role" or (f.subject, f.object) not in termed or id(f) in since] + held
    facts = _taken_up_then(facts, ctx)
    facts = _listed_times(doc.id, read, _dated_items(doc.id, read, facts), ruleset.named("time_list_gap"))
    facts = _dated_next(read, facts, lang)
    facts.extend(_predecessors(doc.id, read, facts, ctx, [r for r in ruleset.rules if r["kind"] == "appointment"]))
    facts.extend(_successions(doc.id, read, facts, ctx))
    facts = held_until_left(facts, ctx)
    facts.extend(_left_roles(facts))
    facts = respell(facts, respelled)
    # mentions joined before a trip lends its days: a leg told without a date is no mention of the trip
    # a reception's visit goes first where the visit is told in words of its own, so that joining
    # mentions keeps those words
    facts = _received_told_otherwise(_host_no_guest(_dedupe(facts), ruleset.rules), ruleset.rules)
    facts = _told_again(facts, ruleset.lexicons.get("told_again", {}))
    # once more after a trip has lent its days: mentions of a trip told done, now dated alike, are one
    # ('arrives in Egypt' in a headline, 'arrived in Cairo on Wednesday'); legs still to come stay apart
    # and a visit to a country goes to the one city of it where the article puts its traveller then
    facts = _told_again(_city_of_the_visit(_during(facts, ruleset.lexicons.get("during", {}), ctx, read)),
                        ruleset.lexicons.get("told_again", {}), done_only=True)
    # (the line-ups and successions read since may place a post named before without its country)
    # (a post guessed last: no fact read from it carries the guess unmarked)
    facts = _visiting_guests(institutions_named_again(respective_posts(doc.id, read, facts, ctx), read, doc.text, ctx),
                             doc.text, ctx)
    return with_guessed_posts(_one_role_per_holder(without_unstated_placed(_figures_told_again(
        _gatherings_with_guests(_dedupe(facts), ruleset.rules))), today), guesses)


def _visiting_guests(facts: list[Fact], text: str, ctx: DocumentContext) -> list[Fact]:
    """'X held talks with his visiting counterpart Y in Lima' (`visiting_guest` of the events file): the
    meeting's other party, told as visiting right before their name, visits the place the meeting names, on
    its days; not a place of their own country, nor one of a country the article already sends them to."""
    rx = ctx.lang.rules("events").named("visiting_guest")
    if rx is None:
        return facts
    went = {(f.subject, names.country_or_place(f.place)) for f in facts if f.kind == "visit"}
    out = list(facts)
    for f in facts:
        if f.kind != "meeting" or not f.place or not f.object:
            continue
        evidence = fold(text[f.span[0]:f.span[1]])
        m = rx.search(evidence.text)
        # (the name right after the words: the guest is the meeting's other party, not someone else told visiting)
        if m is None or f.object.split()[-1].casefold() not in evidence.text[m.end():m.end() + GUEST_REACH].casefold():
            continue
        known = names.known(f.object)
        home = {known.country if known else None, *ctx.nationality.get(f.object, ()),
                (names.posts().get(ctx.posts.get(f.object, "")) or {}).get("country")}
        country = names.country_or_place(f.place)
        if country in home or (f.object, country) in went:
            continue
        out.append(replace(f, kind="visit", subject=f.object, object=None, others=(), rule=f"{f.rule}+visiting",
                           id=_fact_id(f.doc, "visit", *f.span, f.object, f.place)))
        went.add((f.object, country))
    return out


GUEST_REACH = 60  # characters after 'visiting' where the guest's name stands


def _gatherings_with_guests(facts: list[Fact], event_rules: Sequence[rules.Rule]) -> list[Fact]:
    """A bloc's own gathering ('the Gulf summit opened') where the article tells the bloc's group
    meeting someone ('X attends the Gulf summit'): that meeting is the event, the gathering no other."""
    own = {r.id for r in event_rules if (r.get("roles") or {}).get("gathering")}
    met = {p for f in facts if f.kind == "meeting" and f.rule.split("+")[0] not in own
           for p in (f.subject, f.object, *f.others) if p}
    return [f for f in facts if f.rule.split("+")[0] not in own or f.subject not in met]


def _find(text: str, whens: Sequence[When], ctx: DocumentContext) -> Found:
    """Names resolved against the earlier sentences; the sentence's times, offsets into it."""
    mentions = ctx.coref.mentions(text)
    mentions += homographs.mentions(text, ctx.lang, ctx.homographs, mentions)
    # a group ('Pakistani officials', 'ASEAN leaders') is one party: the names inside it are its own
    parties = groups.find(text, ctx.lang)
    # a bloc named again by its head word ('the Council's leaders') is one the document named before
    parties = [g for g in parties if not (g.rule or "").endswith("+" + groups.TOLD) or _bloc(g.name) in ctx.blocs]
    # 'the summit', 'the foreign ministers' meeting' with no bloc named: the bloc the document named last
    parties, ctx.last_bloc = groups.named_again(parties, ctx.last_bloc)
    led = _cue_pattern(ctx.lang, "led_by")
    if led is not None:  # 'a Chilean delegation led by X': X, who leads it, is the party, where the delegation stands
        for i, g in enumerate(parties):
            head = next((e for e in mentions if e.type == "person" and e.start >= g.end
                         and led.fullmatch(fold(text[g.end:e.start]).text)), None) if _group_rule(g) == "delegation" else None
            if head is not None:
                mentions = [e for e in mentions if e is not head]
                parties[i] = replace(head, text=text[g.start:head.end], start=g.start, bare_post=None)
    ctx.blocs.update(_bloc(g.name) for g in parties)
    if parties:
        # (a summit the catalogue names stays the occasion, though it names the bloc's leaders too)
        mentions = [e for e in mentions if e.type == "occasion"
                    or not any(g.start <= e.start and e.end <= g.end for g in parties)] + parties
    mentions = _countries_of_their_people(text, [*mentions, *_counterparts(text, mentions, ctx)], ctx)
    found = quantities.carried(ctx.figures(text), text, ctx.lang, ctx.money_before())
    return Found(tuple(sorted(_outside_figures(mentions, found), key=lambda e: e.start)), tuple(whens), found)


def _bloc(group: str) -> str:
    """'Gulf Cooperation Council (leaders)' -> 'Gulf Cooperation Council'."""
    return group.rsplit(" (", 1)[0]


def _offices(person: Entity, ctx: DocumentContext) -> set[str]:
    """The offices a person holds now as far as the document or else the catalogue tells: the post
    named with them, the office named without its country, or the catalogue's posts."""
    named = [] if person.past else [person.title]
    posts = [p for p in (*named, ctx.posts.get(person.name)) if p]
    bare = ctx.offices.get(person.name)
    if not posts and not (bare and bare.office):
        posts = sorted(names.known(person.name).posts) if person.known and names.known(person.name) else []
    out = {names.office_in(p, (names.posts().get(p) or {}).get("country")) for p in posts}
    if bare and bare.office:
        out.add(bare.office)
    return out - {None}


def _countries_of_their_people(text: str, mentions: list[Entity], ctx: DocumentContext) -> list[Entity]:
    """'King Abdullah II of Jordan', 'Sultan Haitham bin Tariq of Oman': the country written right after
    a person (`person_of_country` of events.yaml between them) is the one they serve, not a place
    where anything happens; it is their country for the posts named without one."""
    of = _cue_pattern(ctx.lang, "person_of_country")
    if of is None:
        return mentions
    theirs = set()
    for p in mentions:
        if p.type != "person":
            continue
        c = next((e for e in mentions if e.type == "country" and e.start >= p.end
                  and of.fullmatch(fold(text[p.end:e.start]).text)), None)
        if c is not None:
            theirs.add(id(c))
            ctx.nationality.setdefault(p.name, set()).add(c.name)
    return [e for e in mentions if id(e) not in theirs] if theirs else mentions


def _without_fronted_retold(facts: list[Fact]) -> list[Fact]:
    """A sentence's facts less an event told in a clause that opens it and looks forward to its subject
    ('Marking his first visit to Y, X arrived in Z') where the main clause tells it again (the same
    kind, parties and country): the main clause's event; the other told an ordinal what it counts."""
    def key(x: Fact) -> tuple:
        return x.kind, x.subject, x.object, names.country_or_place(x.place)
    mains = {key(x) for x in facts if not x.rule.endswith(FRONTED)}
    return [x for x in facts if not (x.kind in FRONTED_RETOLD and x.rule.endswith(FRONTED) and key(x) in mains)]


def _counterparts(text: str, mentions: Sequence[Entity], ctx: DocumentContext) -> list[Entity]:
    """'his Emirati counterpart', 'his Emirati guest' with no name after it (`counterpart_alone`): the one
    person named earlier in the document whose country that is, and, for a counterpart, who holds the
    office of the person named before it in the sentence (a president's counterpart is a president);
    two or none so named, or an office unknown, leave it open."""
    rx = _cue_pattern(ctx.lang, "counterpart_alone")
    if rx is None or not ctx.recent:
        return []
    folded = fold(text)
    out = []
    for m in rx.finditer(folded.text):
        s, e = folded.span(*m.span())
        if any(x.start < e and s < x.end or 0 <= x.start - e <= 2 for x in mentions):
            continue  # a name right after it is the counterpart ('his Emirati counterpart X')
        country = ctx.lang.rules("titles").lookup("nationality", m.group("nationality"))
        held = {p.name: p for p in ctx.recent if country and _own_country(p, ctx)[0] == country}
        if m.groupdict().get("peer"):
            owner = next((x for x in reversed(mentions) if x.type == "person" and x.end <= s), None)
            office = _offices(owner, ctx) if owner is not None else set()
            held = {name: p for name, p in held.items() if office & _offices(p, ctx)}
        if len(held) == 1:
            (person,) = held.values()
            out.append(replace(person, text=text[s:e], start=s, end=e, title=None, bare_post=None,
                               rule="carried/counterpart"))
    return out


def sentence_facts(doc_id: str, sentence: Any, found: Found, ctx: DocumentContext,
                   event_rules: Sequence[rules.Rule]) -> list[Fact]:
    text = sentence.text
    ctx.name_offices(found, text)
    # a trigger word inside a name ('summit' in 'BRICS summit', a verb spelled inside a person's name)
    # is part of the name, not an event
    named = _cue_pattern(ctx.lang, "in_name")  # nor one closing a name the catalogue lacks ('the COP9 Climate Summit')
    # (nor is one inside the post a person is named with: 'the Minister of Trade and Exports X')
    trig = [t for t in triggers(text, event_rules)
            if not any(e.start <= t.start and t.end <= e.end
                       or e.bare_post is not None and e.bare_post[0] <= t.start and t.end <= e.bare_post[1]
                       for e in found.entities)
            and not (named is not None and named.search(text[max(0, t.start - 80):t.end]))]
    _note_bloc_when(found, sentence.start, ctx, event_rules)
    if not trig:
        return []
    cues = _cues(ctx.lang, text)
    frames = tuple((w.start, w.end) for w in found.whens) + tuple(
        (e.start, e.end) for e in found.entities if e.type in PLACE_TYPES)
    if frames:
        cues = replace(cues, frames=frames)
    # a leg's word ('then') ends no window: it makes a fact only after a visit, with a place right after it
    # nor does a word of taking part ('visited Beijing to attend the forum': the forum is the visit's occasion)
    # the trip's noun after a verb of the same kind ('will visit X on a tour starting Sunday'): the
    # same trip told again, which ends no window of the verb's
    framed = _cue_pattern(ctx.lang, "retold_frame")
    retold = {t.start for t in trig if framed is not None
              and any(u.rule["kind"] == t.rule["kind"] and u.start < t.start for u in trig)
              and framed.search(fold(text[max(0, t.start - RETOLD_FRAME_REACH):t.start]).text)}
    # nor does a word in a relative clause on the subject, told between a verb and its place in Arabic's
    # order ('arrived X, who took office in June, in Moscow': `relative_aside`)
    aside = _cue_pattern(ctx.lang, "relative_aside")
    told_aside = {t.start for t in trig if aside is not None and any(u.start < t.start for u in trig)
                  and aside.search(fold(text[max(0, t.start - RETOLD_FRAME_REACH):t.start]).text)}
    starts = sorted({t.start for t in trig if not _apart(t) and t.start not in retold | told_aside})
    # nor does a word in a relative clause set off by commas end the window of a trigger after the clause
    # ('X, who arrived on Wednesday, met Y': X is the one who met)
    relatives = timex.asides(text, ctx.lang.code) if len(trig) > 1 else []
    figure_starts = sorted({t.start for t in trig if "quantity" in (t.rule.get("roles") or {})})
    out: list[Fact] = []
    # Modality is read from the clause back to the previous fact's trigger: a trigger word that made
    # no fact ('reaching' a figure) does not cut off a cue before it ('the goal is'); nor does a fact
    # of another rule on the same word (a reception is a meeting and a visit).
    made_ends: list[int] = []
    for t in trig:
        floor = max([e for e in made_ends if e <= t.start] or [0])
        roles = t.rule.get("roles") or {}
        window = roles.get("window", DEFAULT_WINDOW)
        # nor does an event's window end at a figure word ('signed on Wednesday agreements worth $5bn during
        # the visit': the day is the visit's too)
        prev_end = max([u.end for u in trig if u.end <= t.start and not _apart(u)
                        and ("quantity" in roles or u.start not in figure_starts)
                        and not any(a <= u.start and u.end <= b <= t.start for a, b in relatives)] or [0])
        # a figure's window ends at the next figure word, not at an event's (the Arabic 'to reach' holds the
        # verb an arrival is told with); a trip told aside after the trigger ('will meet, during her visit
        # to X, Y') does not end its window
        # the topic between a verb and its other party ('discussed trade and investment with X', `topic_end`
        # names the pattern of events.yaml that ends it) holds words of other rules that end no window
        topic_end = _topic_end(text, t, roles, window, ctx)
        next_start = min([s for s in (figure_starts if "quantity" in roles else starts)
                          if s >= topic_end and not any(t.end <= a <= s < b for a, b in cues.asides)] or [len(text)])
        lo, hi = max(prev_end, t.start - window), min(next_start, t.end + window)
        if "quantity" in roles:
            hi = _list_end(found.quantities, hi, next_start)
            lo = _list_start(found.quantities, lo, prev_end)
        quote = next(((s, e) for s, e in cues.quotes if s <= t.start and t.end <= e), None)
        if quote:  # a trigger inside a quotation takes its roles from the quotation only
            lo, hi = max(lo, quote[0]), min(hi, quote[1])
        if "quantity" in roles:  # every figure of the trigger's window is a fact of its own
            seen, own = found, None
            # a quotation of several sentences: the figures and times of the trigger's own sentence are its
            # own (its parties may be named in the sentence before, the speaker's)
            inner = quoted_ends(text, ctx.lang) if quote else []
            if inner:
                own = (max([0, *(e for e in inner if e <= t.start)]), min([len(text), *(e for e in inner if e >= t.end)]))
                seen = replace(found, whens=tuple(w for w in found.whens if own[0] <= w.start and w.end <= own[1]))
            made = _fill_figures(doc_id, sentence, t, seen, ctx, cues, roles, lo, hi, floor, figure_starts,
                                 hi if quote else next_start, own)
        else:
            made = _fill(doc_id, sentence, t, found, ctx, cues, roles, lo, hi, floor,
                         chained=0 < prev_end == lo, reach=next_start)
            if made and roles.get("listed_posts"):
                made += _listed(doc_id, sentence, t, made[0], found, ctx, cues, roles, lo, hi, floor, next_start)
        if made:
            out.extend(made)
            made_ends.append(t.end)
    return _one_summit(out, _rules_with(event_rules, "summit_party")) if out else out


def _listed(doc_id, sentence, t, first: Fact, found, ctx, cues, roles, lo, hi, floor, reach) -> list[Fact]:
    """The facts of the posts listed after the first a verb names ('served as A, B and C',
    events.listed_posts): each post read as the first was, held by the first's holder at its time."""
    out = []
    for extra in listed_posts(sentence.text, t):
        for f in _fill(doc_id, sentence, extra, found, ctx, cues, roles, lo, hi, floor, reach=reach) or ():
            if f.kind == first.kind and f.object and f.object != first.object:
                out.append(replace(f, subject=first.subject, when=first.when, modality=first.modality,
                                   id=_fact_id(doc_id, f.kind, *f.span, first.subject, f.object)))
    return out


RETOLD_FRAME_REACH = 24  # characters before an event's noun where the words telling it again stand


def _topic_end(text: str, t: Trigger, roles: dict, window: int, ctx: DocumentContext) -> int:
    """Where the words a trigger's rule reads as its topic end (the `topic_end` pattern of events.yaml
    its roles name, searched within its window; at its group `end` if it has one), or after the noun the verb holds with its parties between
    (`through`: Arabic 'held X and Y talks', whose noun, a trigger of its own, is this event's and ends no window,
    unless 'with' follows it, the pattern's group `with`: 'held X talks with Y' is that noun's own event):
    the trigger's end if it names none or none follows."""
    key, edge = ("through", 1) if roles.get("through") else ("topic_end", 0)
    rx = _cue_pattern(ctx.lang, roles[key]) if roles.get(key) else None
    if rx is None:
        return t.end
    folded = fold(text[t.end:t.end + window])
    m = rx.search(folded.text)
    if m is None or edge and m.groupdict().get("with"):  # a noun with its own 'with' and party: no run through
        return t.end
    if "end" in m.re.groupindex:  # the topic told first, the pattern's empty group `end` where it ends
        return t.end + folded.span(m.start("end"), m.end("end"))[0]
    return t.end + folded.span(m.start(), m.end())[edge]


def _apart(t: Trigger) -> bool:
    """A trigger that bounds no other trigger's window: a leg's word, a word of taking part or of a
    bloc's own gathering."""
    roles = t.rule.get("roles") or {}
    return bool(roles.get("leg") or roles.get("summit_party") or roles.get("gathering"))


def _note_bloc_when(found: Found, offset: int, ctx: DocumentContext, event_rules: Sequence[rules.Rule]) -> None:
    """Remember the time of the first sentence that names a bloc's summit or leaders with one time
    ('the Gulf leaders meet in Doha today'), for that summit's events told later without one."""
    blocs = [e for e in found.entities if e.type == "group" and e.name not in ctx.bloc_when]
    if not blocs:
        return
    kinds = {k for r in event_rules for k in (r.get("roles") or {}).get("summit_party", ())}
    dated = [w for w in found.whens if w.value and not w.value.startswith("XXXX")]
    if len(dated) != 1:
        return
    for g in blocs:
        if _group_rule(g) in kinds:
            ctx.bloc_when[g.name] = _shift(dated[0], offset)


LIST_GAP = 60  # characters between two items of a list of figures ('fruit worth $78m; copper worth $27m')


def _list_end(quantities: Sequence[Quantity], hi: int, next_start: int) -> int:
    """A figure word's window, carried on through a list of figures it cuts ('exports included fuels
    worth $414m; stone worth $116m; fruit worth $78m ...'): each next figure within LIST_GAP characters
    of the one before, up to the next figure word."""
    inside = [q for q in quantities if q.end <= hi]
    if not inside:
        return hi
    last = max(q.end for q in inside)
    # a figure the window's end cuts through is the list's next item too
    for q in sorted((q for q in quantities if q.end > hi), key=lambda q: q.start):
        if q.end > next_start or q.start - last > LIST_GAP:
            break
        last = hi = q.end
    return hi


def _list_start(quantities: Sequence[Quantity], lo: int, floor: int) -> int:
    """A figure word's window, carried back through a list of figures it cuts ('The US ($57bn), China
    ($50bn), ... and Iraq ($18bn) traded most with India'): each figure before it within LIST_GAP
    characters of the one after it, back to the figure word before."""
    inside = [q.start for q in quantities if q.start >= lo]
    if not inside:
        return lo
    first = min(inside)
    for q in sorted((q for q in quantities if q.start < lo), key=lambda q: -q.start):
        if q.start < floor or first - q.end > LIST_GAP:
            break
        first = lo = q.start
    return lo


def run_example(ruleset: rules.RuleSet, rule: rules.Rule, example: rules.Example) -> dict | None:
    """Example runner for events rules: the rule alone on a one-sentence document."""
    published = example.context.get("published")
    sentence = _ExampleSentence(0, example.text)
    ctx = DocumentContext(ruleset.lang, date.fromisoformat(published) if published else None, [sentence])
    f = _find(example.text, timex.tag(example.text, ruleset.lang, ctx.published), ctx)
    ctx.posts.update({e.name: e.title for e in f.entities if e.type == "person" and e.title})
    facts = [x for x in sentence_facts("example", sentence, f, ctx, ruleset.rules) if x.rule.split("+")[0] == rule.id]
    if not facts:
        return None
    x = facts[0]
    return {"kind": x.kind, "subject": x.subject, "object": x.object, "place": x.place, "occasion": x.occasion,
            "modality": x.modality, "date": x.when.value if x.when else None,
            "quantity": x.quantity.value if x.quantity else None, "unit": x.quantity.unit if x.quantity else None,
            "measure": x.measure, "direction": x.direction, "basis": x.basis, "source": x.source,
            "others": list(x.others)}


@dataclass(frozen=True)
class _ExampleSentence:
    """A rule example's sentence, as the extractors take it."""

    start: int
    text: str

    @property
    def end(self) -> int:
        return self.start + len(self.text)
