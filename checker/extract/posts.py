"""Posts as facts: roles held, left or taken up, predecessors and successors, and team lineups."""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace
from typing import Any, Sequence

from checker.extract import link, lineup, names, romanise, timex
from checker import languages, rules
from checker.languages import Language
from checker.model import Entity, Fact, When
from checker.textfold import fold
from checker.extract.context import (
    _cue_pattern, dateline_place, _document_country, DocumentContext, _fact_id, filed_country, FORMER, Found, _main_date,
    _name_words, _own_country, _part_of_name,
    _publication_day, _rules_with, _shift,
)
from checker.extract.events import _filed_from, _posted_to, _unread_subject, triggers
from checker.extract.fact_dates import TERM_RULE


UNSTATED = names.UNSTATED  # the rule suffix of a role whose post names no country


def _one_role_per_holder(facts: list[Fact], today: When | None = None) -> list[Fact]:
    """A post named with a person once in full and elsewhere by a part of the name or another
    spelling ('Ruritanian Premier Ye' in a headline, 'Premier Ye Tanming' in the text) is one role: the
    fullest name stands, where it was first told."""
    # a post held before and the same post held now are two roles, and so are a term told with its
    # span ('from 2016 until March 2021') or its years, over before the article's day ('was minister
    # between 1996 and 1999'), and the post named with the person on that day
    roles = [(n, f.subject, (f.object, f.modality, f.rule.endswith("+term"), _held_before(f.when, today)))
             for n, f in enumerate(facts) if f.kind == "role" and f.subject]
    # a name is part only of names with all its words: the roles of a post by a word of the name
    # are those worth comparing, not every role of the document
    by_word: dict[tuple[tuple, str], list[int]] = {}
    for n, name, post in roles:
        for w in _name_words(name):
            by_word.setdefault((post, w), []).append(n)
    dropped = set()
    for n, name, post in roles:
        words = _name_words(name)
        if not words:
            continue
        for m in min((by_word[post, w] for w in words), key=len):
            other = facts[m].subject
            if m == n or m in dropped or not _part_of_name(name, other):
                continue
            if m < n or not _part_of_name(other, name):  # the same name told again, or a part of a fuller one
                dropped.add(n)
                break
    # a post held before, of no day, is the term the same holder is told holding it in years ('was minister
    # between 1996 and 1999') where one is
    termed = {(name, post[0]) for n, name, post in roles if post[3] is not None and n not in dropped}
    dropped |= {n for n, name, post in roles if post[1] == FORMER and facts[n].when is None and (name, post[0]) in termed}
    # a line-up's reading of a sentence that tells when the post was held ('took over the ministry
    # between 2015 and 2018') is that term, not a post held on the article's day
    told = {(name, post[0], facts[n].sentence) for n, name, post in roles if post[3] is not None and n not in dropped}
    dropped |= {n for n, name, post in roles if post[3] is None and _LINEUP in facts[n].rule
                and (name, post[0], facts[n].sentence) in told}
    return [f for n, f in enumerate(facts) if n not in dropped]


_LINEUP = "/lineups/"  # in the rule of a fact a line-up reads (rules/<lang>/lineups.yaml)


def _held_before(when: When | None, today: When | None) -> str | None:
    """The value of a role's days coarser than a day that end before the article's day (a term held
    before), else None: a post held now, whatever its date says of when it began."""
    return when.value if when is not None and when.granularity != "day" and _ended_before(when, today) else None


NEW_POST = "+new"  # the rule suffix of an appointment read from a post told new ('the new minister X')


def without_told_twice(facts: list[Fact]) -> list[Fact]:
    """A sentence's facts less its appointments read from a post told new where an event rule of the
    sentence reads that person's appointment ('appointed X the new prime minister'): one appointment,
    the event's."""
    read = {f.subject for f in facts if f.kind == "appointment" and not f.rule.endswith(NEW_POST)}
    return [f for f in facts if not (f.kind == "appointment" and f.rule.endswith(NEW_POST) and f.subject in read)]


def _role_facts(doc_id: str, sentence: Any, found: Found, ctx: DocumentContext) -> list[Fact]:
    """A title next to a name: this person held this post then (the article's date); a post told as
    held before ('former', 'then-' and their Arabic) is a former one, of no known days: it never clashes with
    whoever holds the post now."""
    out = []
    for e in found.entities:
        if e.type != "person" or not e.title:
            continue
        start, end = sentence.start + e.start, sentence.start + e.end
        when = None if e.past else _publication_day(ctx) or _day_of_the_sentence(sentence, ctx)
        out.append(Fact(doc=doc_id, kind="role", subject=e.name, object=e.title, when=when,
                        modality=FORMER if e.past else "asserted",
                        sentence=sentence.text, span=(start, end), rule=e.rule or "role",
                        id=_fact_id(doc_id, "role", start, end, e.name, e.title)))
        if e.fresh and not e.past and not e.rule.startswith("coref/"):
            # 'Syria's new interior minister, X': X was appointed to the post, on the day the article
            # tells its events of, else on no day finer than its publication (where the post is told
            # new: not again where the name alone is, read as the one told so)
            given = ctx.peg or _publication_day(ctx)
            out.append(Fact(doc=doc_id, kind="appointment", subject=e.name, object=e.title, when=given,
                            sentence=sentence.text, span=(start, end), rule=f"{e.rule or 'role'}{NEW_POST}",
                            id=_fact_id(doc_id, "appointment", start, end, e.name, e.title)))
    return out


def with_hosts_told(found: Found, sentence: Any, ctx: DocumentContext) -> Found:
    """The sentence's finds with each ambassador 'to the kingdom' posted to the country the report is filed
    from, else the one the document is about (_posted_to_host), before any fact or later mention reads the post."""
    rules_ = _host_rules(ctx.lang)
    if not rules_ or not any(e.type == "person" and e.rule in rules_ for e in found.entities):
        return found
    entities = tuple(_posted_to_host(e, sentence, found, ctx, rules_[e.rule]) if e.type == "person" and e.rule in rules_
                     else e for e in found.entities)
    return found if entities == found.entities else replace(found, entities=entities)


@languages.compiled
def _host_rules(lang: Language) -> dict[str, rules.Rule]:
    """The title rules whose host is named by its kind (group `host_word`), by id."""
    return {r.id: r for r in lang.rules("titles").rules if r.regex is not None and "host_word" in r.regex.groupindex}


def _posted_to_host(e: Entity, sentence: Any, found: Found, ctx: DocumentContext, rule: rules.Rule) -> Entity:
    """An ambassador 'to the kingdom' (the rule's group `host_word`: the country named by its kind) is posted
    to the country the report is filed from, else the one the document is about, where the word fits it
    (events.yaml `anaphor_states`): 'the Kenyan ambassador to Saudi Arabia' in a report from Riyadh; or 'to
    the country' (`anaphor_any`), the country the document is about; else the post as the title read it. The
    match read is the one nearest the person's name, before or after it."""
    folded = fold(sentence.text)
    # (the title right before the name, or right after it, set off by a comma: 'X, the Omani ambassador to ...')
    spans = [(folded.span(*m.span()), m) for m in rule.regex.finditer(folded.text)]
    near = [(e.start - end if end <= e.start + 1 else start - e.end, m) for (start, end), m in spans
            if end <= e.start + 1 or start >= e.end - 1]
    if not near:
        return e
    told = min(near, key=lambda x: x[0])[1]
    own = names.posts().get(e.title, {}).get("country")
    dateline, home = ctx.dateline_place or dateline_place(found, sentence.text), ctx.coref.home_country()
    place = dateline or (Entity(text="", start=0, end=0, name=home, type="country") if home else None)
    word = told.group("host_word")
    host = _filed_from(word, own, ctx, place)
    events = ctx.lang.rules("events")
    if host is None and home is not None and home != own and "anaphor_any" in events.lexicons \
            and events.lookup("anaphor_any", word) is not None and filed_country(dateline) in (None, home):
        # 'the country', as any country's own press names itself, and a bureau abroad of the country it reports
        # on: the country the document is about, where the report is filed from it or from nowhere told
        host = home
    return replace(e, title=f"{e.title} to {host}") if host else e


def _day_of_the_sentence(sentence: Any, ctx: DocumentContext) -> When | None:
    """A post named in a sentence that dates what it tells by a day written in full ('the leaders met in
    Doha on 5 December 2023, ... the emir of Qatar'), in an article whose day of publication is not known
    at all: held that day. Several such days, or none, and the post has no day."""
    if ctx.published is not None or ctx.published_period:
        return None
    days = [w for w in timex.tag(sentence.text, ctx.lang.code, None)
            if w.resolved_by == "absolute" and w.granularity == "day" and w.earliest is not None and w.earliest == w.latest]
    if len(days) != 1:
        return None
    return replace(_shift(days[0], sentence.start),
                   explanation=f"named with the post in a sentence dated so, the article undated: {days[0].explanation}")


def _bare_role_facts(doc_id: str, mentions: list[tuple[Any, Entity]], ctx: DocumentContext,
                     holders: set[str], visitors: frozenset[str] = frozenset()) -> tuple[list[Fact], dict[str, str]]:
    """'President Asif Ali Zardari': a post without its country is a role of that country once the
    person's country is known: from the posts the document names them with (one country only), else
    from the catalogue (`country` of the person in entities.yaml). A person
    the document gives no post with a country (`holders`: the subjects of its role facts) holds the
    office as written ('president', `+country/unstated`), which names no single holder. The rule
    records where the country came from. With the facts, the posts guessed for some of those held
    as written (fact id -> post): the office the document names with one country elsewhere, given to
    no one else there ('the Saudi deputy foreign minister received ...', then 'the deputy foreign
    minister X'); `with_guessed_posts` puts them in once every fact derived from a post is read, so
    that none carries the guess unmarked."""
    out = []
    holders = holders | {e.name for _, e in mentions if ctx.nationality.get(e.name)
                         or e.known and getattr(names.known(e.name), "country", None)}
    # one unstated role per person: 'King Charles' and 'King Charles III' are one holder
    unstated = {e.name for _, e in mentions if not _held_by(e.name, holders)}
    told: dict[str, set[str]] | None = None  # office -> the countries the document writes it with, read once
    guesses: dict[str, str] = {}
    home = _officials_home(ctx)  # (the document's posts are all read by now: one answer for every mention)
    for sentence, e in mentions:
        if e.name in unstated and _held_by(e.name, unstated - {e.name}):
            continue
        country, source = _own_country(e, ctx)
        inside = False  # the post's own words tell the document's country ('emir of the country')
        if country is None and source != "several" and names.of_the_document(sentence.text, e.bare_post[0], ctx.lang):
            country, source = _document_country(ctx), "document"  # 'the country's new defence minister, X'
        elif country is None and source != "several" and names.of_the_document(sentence.text, e.bare_post[0], ctx.lang,
                                                                              end=e.bare_post[1]):
            # 'X, emir of the country' as Arabic writes it: the country the report is filed from (its dateline), where
            # the document names no other country most and none of that country's own officials (an agency files
            # on its ruler from abroad too, where the host's officials are named; the country the document names
            # most may be a foreign guest's)
            filed = filed_country(ctx.dateline_place)
            hosts = {(names.posts().get(p) or {}).get("country") for p in ctx.posts.values()}
            if filed is not None and ctx.coref.home_country() in (None, filed) and filed not in hosts:
                country, source, inside = filed, "document", True
        if country is None and source != "several" and e.name not in visitors and home is not None \
                and names.post_for(sentence.text, e.bare_post, home, ctx.lang) is not None:
            # a report filed from a country whose officials are the only ones it names with a country
            # ('Kuwait, 12 May (Agency) - ... the Kuwaiti prime minister ..., Foreign Minister X'): that country's,
            # unless the article sends them there on a visit
            country, source = home, "dateline"
        guess = None
        if country is None and source != "several" \
                and (office := names.office_of(sentence.text, e.bare_post, ctx.lang)) is not None:
            told = _offices_told(ctx) if told is None else told
            if len(told.get(office, ())) == 1:
                # that country's post, unless the document names someone else with it (the counterpart
                # of a deputy prime minister named without the country, as often as one of a post many hold)
                guess = names.post_for(sentence.text, e.bare_post, next(iter(told[office])), ctx.lang)
                if guess is not None and any(p == guess and n != e.name for n, p in (*ctx.posts.items(), *ctx.given.items())):
                    guess = None
        if country is None:
            if source == "several" or _held_by(e.name, holders, fuller=True):
                continue
            if not e.known and len(e.text.split()) == 1 and len(e.text) < names.MIN_PART:
                continue  # a lone short word ('Li') stands for someone named in full before, too short to tell who
            source = "unstated"
        former = False
        text, span = sentence.text, e.bare_post
        if inside:
            # (the words that told the country left out: the post is read with the country's adjective)
            bare = names.without_document_word(text[span[0]:span[1]], ctx.lang)
            text, span = text[:span[0]] + bare + text[span[1]:], (span[0], span[0] + len(bare))
        post = _bare_post(text, span, country, ctx.lang, former)
        if post is None and inside:
            # (a title the titles read with no adjective beside it, as Arabic's 'emir': its office in that country)
            office = names.office_of(text, span, ctx.lang)
            post = names.country_post(office, country) if office else None
        if post is None:  # 'former President X': a post the person held before
            former = True
            post = _bare_post(text, span, country, ctx.lang, former)
        if post is None:
            continue
        if not former and (names.posts().get(post) or {}).get("single_holder") and names.courtesy_title(post, country) \
                and any(p == post and n != e.name for n, p in (*ctx.posts.items(), *ctx.given.items())):
            # a post of one holder the document gives someone else: a title of courtesy ('president'
            # for a premier in Lebanon's usage, beside the president), not that post
            continue
        # the post may be written after its holder ('X, the prime minister')
        start, end = sentence.start + min(e.bare_post[0], e.start), sentence.start + max(e.bare_post[1], e.end)
        rule = f"{e.rule or 'role'}+country/{source}"
        out.append(Fact(doc=doc_id, kind="role", subject=e.name, object=post,
                        when=None if former else _publication_day(ctx) or _day_of_the_sentence(sentence, ctx),
                        modality=FORMER if former else "asserted",
                        sentence=sentence.text, span=(start, end), rule=rule,
                        id=_fact_id(doc_id, "role", start, end, e.name, post)))
        if guess is not None and not former and source == "unstated":
            guesses[out[-1].id] = guess
    return out, guesses


def respective_posts(doc_id: str, read: Sequence[tuple[Any, Found]], facts: list[Fact],
                     ctx: DocumentContext) -> list[Fact]:
    """Posts given in order to a list of people ('A and B were named finance minister and foreign minister,
    respectively', `respectively` of the titles file): each person holds the post in their place in the list,
    and was appointed to it where the sentence tells an appointment. The facts the sentence read for those
    people otherwise (one post for all, or the first for each) give way. Where the people and the posts do
    not count alike, or a post is none the titles know: as read."""
    titles = ctx.lang.rules("titles")
    cue, opener, join, split, plural = (titles.named(n) for n in (
        "respectively", "respective_opener", "respective_join", "respective_split", "respective_plural"))
    if None in (cue, opener, join, split, plural):
        return facts
    for sentence, found in read:
        m = cue.search(sentence.text)
        if m is None:
            continue
        people = [e for e in found.entities if e.type == "person" and e.end <= m.start()]
        posts_told = [(t.start, t.end) for t in names.find_titles(sentence.text, ctx.lang.code)] \
            + names.bare_posts(sentence.text, ctx.lang.code)
        run: list[Entity] = people[-1:]
        for e in reversed(people[:-1]):  # the list the last person named before the posts ends
            gap = "".join(" " if any(a <= i < b for a, b in posts_told) else ch
                          for i, ch in enumerate(sentence.text[e.end:run[0].start], e.end))
            if not join.match(gap):
                break
            run.insert(0, e)
        openers = list(opener.finditer(sentence.text, run[-1].end if run else 0, m.start()))
        if len(run) < 2 or not openers:
            continue
        items = [w for w in split.split(sentence.text[openers[-1].end():m.start()]) if w]
        head = plural.search(items[-1]) if items else None
        if head is not None:  # 'oil, finance and foreign ministers': each item a minister
            items = [w if len(w.split()) > 1 else f"{w} {head['head']}" for w in items[:-1]] \
                + [items[-1][:head.start()] + head["head"]]
        offices = [names.office_of(w, (0, len(w)), ctx.lang.code) for w in items]
        if len(items) != len(run) or None in offices:
            continue
        lo, hi = sentence.start, sentence.start + len(sentence.text)
        theirs = [f for f in facts if f.kind in ("role", "appointment") and f.subject in {e.name for e in run}
                  and lo <= f.span[0] < hi]
        countries = {c for f in theirs if (c := (names.posts().get(f.object or "") or {}).get("country"))}
        # (else, as a line-up's, the country of the document's officials, else the one it names most)
        country = next(iter(countries)) if len(countries) == 1 else None if countries else _document_country(ctx, most_named=True)
        appointed = next((f for f in theirs if f.kind == "appointment"), None)
        posts = [(names.post_for(item, (0, len(item)), country, ctx.lang) if country else None)
                 or names.office_of(item, (0, len(item)), ctx.lang.code) for item in items]
        # (a post they held before, told with their names, stays: 'Trade Minister X and Y were named ...')
        theirs = [f for f in theirs if f.object in {*posts, *offices}]
        made = []
        for person, post in zip(run, posts):
            rule = f"{ctx.lang.code}/titles/respectively"
            for kind, source in (("role", None), ("appointment", appointed)):
                if kind == "appointment" and source is None:
                    continue
                made.append(Fact(doc=doc_id, kind=kind, subject=person.name, object=post,
                                 when=source.when if source else _publication_day(ctx),
                                 modality=source.modality if source else "asserted", sentence=sentence.text,
                                 span=(lo + person.start, lo + person.end), rule=rule,
                                 id=_fact_id(doc_id, kind, lo + person.start, lo + person.end, person.name, post)))
        facts = [f for f in facts if f not in theirs] + made
    return facts


def institutions_named_again(facts: list[Fact], read: Sequence[tuple[Any, Found]], text: str,
                             ctx: DocumentContext) -> list[Fact]:
    """A post at an institution named again by its kind ('the Secretary-General of the Council',
    `institution_again` of the titles file) is a post at the one organisation of the catalogue of that kind
    (a word its names end or begin with) the article names, where no other name of that kind in capitals
    stands in it ('the Central Bank of Kenya' beside 'the World Bank'); else the post as written."""
    titles = ctx.lang.rules("titles")
    rx, kinds = titles.named("institution_again"), titles.lexicons.get("institution_kinds", {})
    if rx is None:
        return facts
    mentions: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for sentence, found in read:
        for e in found.entities:
            if e.type == "organisation" and e.known:
                mentions[e.name].append((sentence.start + e.start, sentence.start + e.end))
    out = []
    for f in facts:
        m = rx.match(f.object or "") if f.kind in ("role", "appointment") else None
        if m is not None:
            kind = kinds.get(m["kind"].lower())
            of_kind = [n for n in mentions if (k := names.known(n)) is not None
                       and kind in {kinds.get(w) for w in (*k.parts, n.split()[-1].lower())}]
            if len(of_kind) == 1 and not _other_of_kind(text, m["kind"].capitalize(), mentions[of_kind[0]]):
                f = replace(f, object=f"{m['head']} of {of_kind[0]}", rule=f"{f.rule}+institution/named")
        out.append(f)
    return out


def _other_of_kind(text: str, kind: str, own: Sequence[tuple[int, int]]) -> bool:
    """Does the kind's word stand capitalised in a name other than the organisation's own mentions: a
    capitalised word right before it ('Central Bank', 'Supreme Council')?"""
    for m in re.finditer(rf"(?<![\w-]){re.escape(kind)}(?![\w-])", text):
        if any(s <= m.start() < e for s, e in own):
            continue
        before = text[max(0, m.start() - 30):m.start()].split()
        if before and before[-1][:1].isupper():
            return True
    return False


OFFICIALS_AT_HOME = 1  # officials of the dateline's country, and of no other, a document names with their country


def _officials_home(ctx: DocumentContext) -> str | None:
    """The country a report is filed from (its dateline), where every official the document names with a
    country serves it, and at least OFFICIALS_AT_HOME do; None otherwise (a foreign bureau's report on a visit
    names the guest's officials too)."""
    home = filed_country(ctx.dateline_place)
    served = [(names.posts().get(p) or {}).get("country") for p in ctx.posts.values()]
    served = [c for c in served if c]
    if home is None or len(served) < OFFICIALS_AT_HOME or set(served) != {home}:
        return None
    return home


GUESSED = "+country/office"  # the rule suffix of a post guessed from the office named elsewhere (guessed_rules)


def with_guessed_posts(facts: list[Fact], guesses: dict[str, str]) -> list[Fact]:
    """The roles held as written that `_bare_role_facts` guessed a post for, given that post."""
    return [replace(f, object=guesses[f.id], rule=f.rule.replace(names.UNSTATED, GUESSED))
            if f.id in guesses and f.kind == "role" and names.UNSTATED in f.rule else f for f in facts]


def _offices_told(ctx: DocumentContext) -> dict[str, set[str]]:
    """The offices the document's sentences name with a country ('the Saudi deputy foreign minister'),
    held now, whoever holds them: office -> countries."""
    told: dict[str, set[str]] = defaultdict(set)
    for sentence in ctx.sentences:
        for t in names.find_titles(sentence.text, ctx.lang.code):
            if t.country and not t.past and (office := names.office_in(t.post, t.country)):
                told[office].add(t.country)
    return told


def _bare_post(text: str, span: tuple[int, int], country: str | None, lang: Language, former: bool) -> str | None:
    """The post a title without its country names: the country's post, else the office as written."""
    if country:
        return names.post_for(text, span, country, lang, former=former)
    return names.office_of(text, span, lang, former=former)


def _held_by(name: str, holders: set[str], fuller: bool = False) -> bool:
    """Is this name, or a part of it ('Ye' of 'Ye Tanming'), the subject of a role already? With
    `fuller`, also a fuller name of a holder named in two words at least ('Sultan Haitham bin Tariq
    Al Said' of the Omani sultan 'Haitham bin Tariq'): one word alone is too often another's surname."""
    return any(_part_of_name(name, h) or fuller and len(_name_words(h)) >= 2 and _part_of_name(h, name)
               for h in holders)


def _lineup_facts(doc_id: str, members: list, ctx: DocumentContext, told: Sequence[Fact] = ()) -> list[Fact]:
    """A government's line-up: each member holds the post the list gives them (a role dated by the
    article) and, where the rule says so, was appointed to it (the sentence's own date, else the
    article's main date, else the day of the appointment `told` last before the list: the government
    sworn in on a day, then its members; else its publication day). The country is the one of the post
    a list of portfolios goes with (Entry.country), else the one the document's officials serve, else
    the one it names most; none known, the office as written (`+country/unstated`)."""
    if not members:
        return []
    dated = sorted((f for f in told if f.kind == "appointment" and f.when is not None and f.when.granularity == "day"
                    and f.modality == "asserted"), key=lambda f: f.span[0])
    country = _document_country(ctx, most_named=True)
    predecessor = ctx.lang.rules("events").named("predecessor")
    told_before: dict[int, list[int]] = {}  # sentence start -> where a predecessor is told in it, read once per sentence
    out = []
    for sentence, found, entry in members:
        # an envoy's own country: the list's or the officials', never the one served in ('ambassador to Japan');
        # else the person's own, as the document or the catalogue tells it ('the Algerian diplomat X, named
        # foreign minister' in a Cuban article), else the document's
        person_country, person_source = _own_country(entry.person, ctx)
        source = "list" if entry.country else person_source if person_country else "document"
        own = entry.country or person_country or (_document_country(ctx, officials_only=True) if " to " in entry.post else country)
        if own is not None and _posted_to(entry.post, own):
            own = None
        adjective = names.adjective(own) if own else None
        # no country known: the office as written, as a post named without its country (UNSTATED)
        post = f"{adjective} {_office_named(entry.post)}" if adjective else _office_named(entry.post)
        start, end = sentence.start + min(entry.person.start, entry.start), sentence.start + max(entry.person.end, entry.end)
        rule = entry.rule + (f"+country/{source}" if adjective else UNSTATED)
        role_when = _publication_day(ctx)
        out.append(Fact(doc=doc_id, kind="role", subject=entry.person.name, object=post,
                        when=None if entry.former else role_when, modality=FORMER if entry.former else "asserted",
                        sentence=sentence.text, span=(start, end), rule=rule,
                        id=_fact_id(doc_id, "role", start, end, entry.person.name, post)))
        if entry.appointment:
            # a time inside a relative clause set off by commas that the entry stands outside is that clause's
            shut = [(a, b) for a, b in timex.asides(sentence.text, ctx.lang.code) if not a <= entry.start < b]
            # as is one after the one who held the post before ('succeeding Y, who held it since 2014')
            if sentence.start not in told_before:
                folded = fold(sentence.text)
                told_before[sentence.start] = [folded.span(*m.span())[0] for m in predecessor.finditer(folded.text)] \
                    if predecessor is not None else []
            held_before = next((s for s in told_before[sentence.start] if s >= entry.end), None)
            own = sorted((w for w in found.whens if not any(a <= w.start and w.end <= b for a, b in shut)
                          and not (held_before is not None and w.start >= held_before)),
                         key=lambda w: abs(w.start - entry.end))
            before = [f for f in dated if f.span[1] <= sentence.start]
            when = (_shift(own[0], sentence.start) if own else _main_date(ctx) or (
                    replace(before[-1].when, explanation=f"the day of the appointment told before the list: "
                                                         f"{before[-1].when.explanation}")
                    if before else role_when))
            out.append(Fact(doc=doc_id, kind="appointment", subject=entry.person.name, object=post, when=when,
                            sentence=sentence.text, span=(start, end), rule=rule,
                            id=_fact_id(doc_id, "appointment", start, end, entry.person.name, post)))
    return out


def _office_named(post: str) -> str:
    """A line-up's post of one ministry as the title rules name its office ('minister of foreign
    affairs' -> 'foreign minister'), so that one post reads alike in a list and in a title; a post of
    several ministries ('minister of trade and industry') as the list writes it, whole."""
    return post if " and " in post else names.canonical_office(post, "en") or post


def country_spellings(read: list, members: list, ctx: DocumentContext, facts: Sequence[Fact],
                      written: dict[str, str]) -> dict[str, str]:
    """An unknown person's name written in Arabic is spelled as the press of their country spells it
    (names.romanised_person) where the document tells the country: by the post named with them, by the
    country a government's line-up serves, or by the post an appointment gives them. The spelling
    without a country -> that one, for every fact of the document, also where the name stands without
    the post. `written`: written_in_arabic."""
    respelled: dict[str, str] = {}
    for f in facts:
        if f.kind == "appointment" and f.subject in written and f.object and (country := _post_country(f.object)):
            spelled = names.romanised_person(written[f.subject], country)
            if spelled != f.subject:
                respelled.setdefault(f.subject, spelled)
    for _sentence, found in read:
        for e in found.entities:
            if e.type == "person" and not e.known and e.title and link.is_arabic(e.text):
                plain = names.romanised_person(" ".join(e.text.split()))
                if plain != e.name:
                    respelled.setdefault(plain, e.name)
    country = _document_country(ctx, most_named=True) if members else None
    for _sentence, _found, entry in members if country else ():
        person = entry.person
        if not person.known and link.is_arabic(person.text):
            spelled = names.romanised_person(" ".join(person.text.split()), country)
            if spelled != person.name:
                respelled.setdefault(person.name, spelled)
    return respelled


def written_in_arabic(read: list, ctx: DocumentContext) -> dict[str, str]:
    """Romanised name of an unknown person named without a post -> the Arabic it was read from, as
    written in full (a later mention may be a part of it)."""
    written: dict[str, str] = {}
    for e in [*ctx.coref.people(), *(e for _s, found in read for e in found.entities)]:
        if e.type == "person" and not e.known and not e.title and link.is_arabic(e.text) \
                and len(e.text.split()) == len(e.name.split()) and len(e.text.split()) > len(written.get(e.name, "").split()):
            written[e.name] = " ".join(e.text.split())
    return written


def article_spellings(read: list) -> dict[str, str]:
    """Two spellings of one unknown person's name in one document, a word written with the article in one
    and without it in the other (the Arabic of 'Hichem al-Mechichi' and 'Hichem Mechichi'), the given name
    the same: the later spelling is the first's."""
    first: dict[tuple[str, ...], Entity] = {}
    out: dict[str, str] = {}
    for _sentence, found in read:
        for e in found.entities:
            words = e.text.split()
            if e.type != "person" or e.known or len(words) < 2 or not link.is_arabic(e.text):
                continue
            bare = [names.without_article(w) for w in words[1:]]
            if any(b != w and romanise.arabic_given(b) for b, w in zip(bare, words[1:])):
                continue  # 'Samer al-Ali' and 'Samer Ali': a family name and a father's given name, two people
            told = first.setdefault((words[0], *bare), e)
            if told.name != e.name and not (told.title and e.title and told.title != e.title):
                out[e.name] = told.name  # (two posts told of them: two people)
    return out


def home_spellings(written: dict[str, str], ctx: DocumentContext, facts: Sequence[Fact]) -> dict[str, str]:
    """A post named without its country ('the interior minister X', `+country/unstated`) is, as the
    press writes it, one of the country the article is about: its holder's name, written in Arabic
    (`written`: written_in_arabic), is spelled as that country's press spells it (names.romanised_person)."""
    home = ctx.coref.home_country()
    if home is None:
        return {}
    # a visitor is, as likely as not, of another country than the one the article is about
    visitors = {f.subject for f in facts if f.kind == "visit"}
    unstated = {f.subject for f in facts if f.kind == "role" and f.subject and UNSTATED in f.rule} - visitors
    respelled = {}
    for name in unstated & written.keys():
        if names.romanised_person(written[name]) != name:
            continue  # a name not spelled letter by letter ('Mohammed VI', its numeral read as one)
        spelled = names.romanised_person(written[name], home)
        if spelled != name and _spelled_alike(name, spelled):
            respelled[name] = spelled
    return respelled


def _spelled_alike(a: str, b: str) -> bool:
    """Two spellings of one name, word for word, their consonants about as many (Fatmi, Fatemi; not
    Dar, Numberdar: a country's spelling of another name the index files under the same letters)."""
    wa, wb = a.split(), b.split()
    return len(wa) == len(wb) and all(abs(len(link.skeleton(x)) - len(link.skeleton(y))) <= 1 for x, y in zip(wa, wb))


def _post_country(post: str) -> str | None:
    """The country of a post as titles.yaml names it, or as its adjective tells ('Lebanese minister of ...')."""
    return (names.posts().get(post) or {}).get("country") or names.nationality(post.split()[0], "en")


def respell(facts: list[Fact], respelled: dict[str, str]) -> list[Fact]:
    """The facts with their people named as `respelled` says (country_spellings); posts as they are."""
    if not respelled:
        return facts
    return [replace(f, subject=respelled.get(f.subject, f.subject),
                    object=respelled.get(f.object, f.object) if f.kind not in ("role", "appointment") else f.object,
                    others=tuple(respelled.get(o, o) for o in f.others) if f.others else f.others)
            for f in facts]


HELD_DAYS = 31  # an appointment this recent is news: its post is held on the article's day


def _held_roles(facts: Sequence[Fact], event_rules: Sequence[rules.Rule], ctx: DocumentContext) -> list[Fact]:
    """The post an appointment asserts was taken up (its rule `holds`) is the appointee's role, unless
    the document names them (any spelling of part of the name) in that post already. Dated by the
    article, as a post named with the person is, when the appointment is undated or recent; else by
    the appointment's own day: whoever was appointed years ago may have left since."""
    holds = _rules_with(event_rules, "holds")
    held = [(f.subject, f.object) for f in facts if f.kind == "role" and f.subject and f.modality != FORMER]
    today = _publication_day(ctx)
    # a term an appointment's sentence gives ('with effect from 1 May 2021, for a period of two years')
    # is the post's, however many times the appointment is told
    terms = [(f.subject, f.object, t) for f in facts if f.kind == "appointment" and f.subject and f.object
             and f.rule.split("+")[0] in holds and (t := _term_told(f, ctx)) is not None]
    out = []
    for f in facts:
        if (f.kind != "appointment" or f.modality != "asserted" or not f.object or not f.subject
                or f.rule.split("+")[0] not in holds):
            continue
        end = ctx.term_ends.get(f.id)
        term = next((t for name, post, t in terms if (_same_office(post, f.object) or _same_office(f.object, post))
                     and (_part_of_name(f.subject, name) or _part_of_name(name, f.subject))), None)
        # the same post named without its country ('prime minister' of 'Lebanese prime minister') is held
        # already, unless a renewal tells until when or the tenure is told closed ('from 2016 until March 2021')
        if end is None and not _closed_span(f.when, today) and any(_same_office(post, f.object) and (_part_of_name(f.subject, name) or _part_of_name(name, f.subject))
               for name, post in held):
            continue
        held.append((f.subject, f.object))
        when, rule = f.when, f"{f.rule}+holds"
        if (nxt := _cue_pattern(ctx.lang, "next_holder")) is not None and nxt.search(_after_name(f)):
            # 'named X as the next governor': the post is still another's; X holds it from a day not told
            out.append(replace(f, kind="role", when=None, rule=rule, modality="expected",
                               id=_fact_id(f.doc, "role", *f.span, f.subject, f.object)))
            continue
        # taken up on a day told, for the term told ('with effect from 1 May 2021, for a period of two
        # years': the dates rules' term) or from that day on ('with effect from D': the event rules' start)
        first = term if term is not None else ctx.term_starts.get(f.id)
        if first is not None:
            out.append(_term_role(f, first, today))
            continue
        if end is not None and when is not None and when.value and when.earliest and end.latest \
                and when.earliest <= end.latest:
            # a term renewed until D: the post is held from the renewal to D
            when = replace(end, value=f"{when.value}/{end.value}", earliest=when.earliest,
                           explanation=f"from the renewal ({when.explanation}) to the end of the term ({end.explanation})")
            rule = f"{rule}+term"
        elif _closed_span(when, today):
            rule = f"{rule}+term"  # a tenure told closed ('from 2016 until March 2021'): held then, not now
        elif _since_start(when, today) is not None:
            pass  # a tenure told 'since D': the post is held from D to the article's day
        elif today is not None and when is not None and when.earliest is not None and today.latest is not None \
                and when.earliest > today.latest:
            # taken up after the article ('takes up the post early in July'): held from then, still to come
            out.append(replace(f, kind="role", when=when, rule=rule, modality="expected",
                               id=_fact_id(f.doc, "role", *f.span, f.subject, f.object)))
            continue
        elif today is not None and (when is None or when.latest is None or today.earliest is None
                                    or (today.earliest - when.latest).days <= HELD_DAYS):
            when = today
        out.append(replace(f, kind="role", when=when, rule=rule,
                           id=_fact_id(f.doc, "role", *f.span, f.subject, f.object)))
    return out


NEXT_HOLDER_REACH = 40  # characters after the appointee's name where 'as the next' tells their post


def _after_name(f: Fact) -> str:
    """The words right after the appointee's name in the fact's sentence (folded): where 'as the next
    governor' tells their own post, not another appointee's told further on."""
    text, last = f.sentence or "", (f.subject or "").split()[-1:]
    at = text.rfind(last[0]) if last else -1
    return fold(text[at:at + len(last[0]) + NEXT_HOLDER_REACH]).text if at >= 0 else ""


def _term_role(f: Fact, first: When, today: When | None) -> Fact:
    """The role an appointment gives over the term told (from its first day), to come if it begins after the article."""
    later = today is not None and today.latest is not None and first.earliest is not None and first.earliest > today.latest
    return replace(f, kind="role", when=first, rule=f"{f.rule}+holds+term", modality="expected" if later else f.modality,
                   id=_fact_id(f.doc, "role", *f.span, f.subject, f.object))


def _term_told(f: Fact, ctx: DocumentContext) -> When | None:
    """The term an appointment's sentence gives the post ('with effect from 1 May 2021, for a period of
    two years'): a day told as a start joined to its length (the `term` rules of dates.yaml)."""
    if not f.sentence:
        return None
    for w in timex.tag(f.sentence, ctx.lang.code, ctx.published or ctx.published_period):
        if w.rule.endswith(TERM_RULE) and w.value:
            return w
    return None


def _same_office(held: str | None, post: str) -> bool:
    """Is `held` the post, or the post's office without its country ('prime minister' of 'Lebanese prime minister')?"""
    return held == post or bool(held) and post.endswith(" " + held)


def _closed_span(w: When | None, today: When | None) -> bool:
    """Is `w` a span that ended before the article's day ('from 2016 until March 2021')?"""
    return bool(w is not None and w.value and "/" in w.value and _ended_before(w, today))


def _ended_before(w: When, today: When | None) -> bool:
    """Did `w` end before the article's day?"""
    return bool(w.latest and today is not None and today.earliest and w.latest < today.earliest)


def _since_start(w: When | None, today: When | None) -> When | None:
    """The first day of a tenure told as 'since D' ("since early 2019": the interval from D to the article's
    day), as a time of its own; None for any other time."""
    if w is None or today is None or not w.value or "/" not in w.value or w.latest != today.latest:
        return None
    try:
        first, last, iso = timex.reference(w.value.split("/")[0])
    except ValueError:
        return None
    granularity = "day" if first == last else "month" if len(iso) == 7 else "year"
    return replace(w, value=iso, granularity=granularity, earliest=first, latest=last,
                   explanation=f"the start of {w.value}: {w.explanation}")


def _taken_up_then(facts: list[Fact], ctx: DocumentContext) -> list[Fact]:
    """An appointment told with the span of the tenure since ('has held the post since 2019') took place
    when the span begins; the role it implies keeps the span (_held_roles). One told with a span closed
    before the article, longer than a month ('took up the premiership between 2019 and 2022') tells the
    post held then: the role alone, which _held_roles made."""
    today = _publication_day(ctx)
    return [replace(f, when=start) if f.kind == "appointment" and (start := _since_start(f.when, today)) else f
            for f in facts if not (f.kind == "appointment" and _closed_span(f.when, today)
                                   and f.when.earliest is not None and (f.when.latest - f.when.earliest).days > HELD_DAYS)]


STILL_TO_COME = ("expected", "planned")  # an appointment's modalities that leave the predecessor in the post
PREDECESSOR_GAP = 40  # characters between 'replacing' and the name: a description ('replacing US banker X')


def _predecessors(doc_id: str, read: Sequence[tuple[Any, Found]], facts: Sequence[Fact],
                  ctx: DocumentContext, appointing: Sequence[rules.Rule] = ()) -> list[Fact]:
    """'X was appointed governor, replacing Y' (and its Arabic, 'khalafan li-Y'): Y held the post before, a former
    role of no known days. The post is the one the sentence gives someone before the words: its
    nearest appointment, else its nearest role (a tenure, 'after taking office succeeding Y', is told
    without one)."""
    pattern = ctx.lang.rules("events").named("predecessor")
    if pattern is None:
        return []
    out = []
    for sentence, found in read:
        folded = fold(sentence.text)
        for m in pattern.finditer(folded.text):
            begin, at = folded.span(*m.span())  # original offsets into the sentence
            # a succession still to come ('will take office, succeeding Y') names Y the holder until then
            # (an appointment read from a post told new is no event of the sentence: NEW_POST)
            told = [f for f in facts if f.kind in ("appointment", "role") and f.object
                    and (f.modality == "asserted" or f.kind == "appointment" and f.modality in STILL_TO_COME)
                    and sentence.start <= f.span[0] < sentence.start + begin and not f.rule.endswith(NEW_POST)]
            if not told:
                continue
            # the nearest appointment, of the one named nearest before the words ('appointed X coach,
            # replacing Y, and Z team director': X's), else its nearest role
            named_at = {f.subject: max((e.end for e in found.entities if e.name == f.subject and e.end <= begin), default=-1)
                        for f in told}
            nearest = max(told, key=lambda f: (f.kind == "appointment", named_at[f.subject] >= 0, named_at[f.subject],
                                               f.span[0]))
            post = nearest.object
            # a post told without an appointment is the successor's only if its holder is the one named
            # last before the words: 'X received Z and charged him with the government, succeeding Y'
            # does not give Y the post of X
            # (not one before whom it took place, whose post is no one's to pass on: 'sworn in before
            # President Z as minister, succeeding Y')
            people = [e for e in found.entities if e.type == "person" and e.end <= begin]
            witnesses = {e.name for e in people if lineup.witnessed(sentence.text, e.start, ctx.lang.code)}
            if nearest.kind == "role" and nearest.subject in witnesses:
                continue
            last = max((e for e in people if e.name not in witnesses), key=lambda e: e.end, default=None)
            if nearest.kind == "role" and last is not None and not (
                    _part_of_name(last.name, nearest.subject) or _part_of_name(nearest.subject, last.name)):
                continue
            if nearest.kind == "role" and appointing and any(
                    _appointers(nearest, t, found, sentence.start) and t.end <= begin
                    and not any(f.kind in ("appointment", "role") and f.span[0] <= sentence.start + t.start < f.span[1]
                                and f.rule.startswith(t.rule.id) for f in facts)
                    for t in triggers(sentence.text, appointing)):
                # 'received X, minister of Y, and charged him with the premiership, succeeding W', 'the king appointed
                # X minister of Z, succeeding W': the post given, unread, is W's, not the one told before the verb
                continue

            person = _predecessor(sentence.text, at, found, ctx.lang.code)
            # a post the document names the person with already is told once
            if person is None or any(f.kind == "role" or f in told for f in facts if f.object == post and f.subject and (
                    _part_of_name(person.name, f.subject) or _part_of_name(f.subject, person.name))):
                continue
            start, end = sentence.start + begin, sentence.start + person.end
            # held before the one appointed; where the appointment is still to come, held until then (no day
            # known, unless the tenure is told after the name)
            modality = FORMER if nearest.modality == "asserted" else "asserted"
            out.append(Fact(doc=doc_id, kind="role", subject=person.name, object=post,
                            when=_held_since(sentence, found, person.end, ctx), modality=modality,
                            sentence=sentence.text, span=(start, end), rule=f"{ctx.lang.code}/events/predecessor",
                            id=_fact_id(doc_id, "role", start, end, person.name, post)))
    return out


def _held_since(sentence: Any, found: Found, at: int, ctx: DocumentContext) -> When | None:
    """The tenure told of one who held a post right after their name, ending at sentence.text[at] (', who
    has held the post since 2016': the `held_since_after` pattern, then a time from a day to the
    article's); None where none is told."""
    cue = _cue_pattern(ctx.lang, "held_since_after")
    w = min((w for w in found.whens if w.start >= at), key=lambda w: w.start, default=None)
    if cue is None or w is None or not cue.fullmatch(fold(sentence.text[at:w.start]).text) \
            or _since_start(w, _publication_day(ctx)) is None:  # a span up to the article's day: 'since D'
        return None
    return _shift(w, sentence.start)


def _appointers(role: Fact, t, found: Found, sentence_start: int) -> bool:
    """Is `role` the post of the one who gives another a post by the trigger `t` ('appointed', not 'took
    office', whose holder takes up their own): told before the verb, or of its subject right after it
    (the verb first, as Arabic writes it)?"""
    if not t.office and (t.rule.get("roles") or {}).get("carry"):
        return False
    after = min((e for e in found.entities if e.type == "person" and e.start >= t.end), key=lambda e: e.start, default=None)
    return role.span[0] - sentence_start < t.start or after is not None and after.name == role.subject


def _successions(doc_id: str, read: Sequence[tuple[Any, Found]], facts: Sequence[Fact],
                 ctx: DocumentContext) -> list[Fact]:
    """'X replaces Y', 'He will succeed Y' (the `succession` pattern of events.yaml; X named right before
    the verb, an aside between them at most, or a pronoun opening the sentence that stands for the one
    the sentence before appointed): Y held the post the document appoints X to, a former role of no known
    days (held until then where X's appointment is still to come)."""
    pattern = ctx.lang.rules("events").named("succession")
    if pattern is None:
        return []
    pronoun = _cue_pattern(ctx.lang, "succession_pronoun")
    taken_as = _cue_pattern(ctx.lang, "succession_as")  # 'replaced Y as party chair': another post than Y's
    appointed = [f for f in facts if f.kind == "appointment" and f.subject and f.object]
    left_on = _left_on(facts)
    out = []
    for n, (sentence, found) in enumerate(read):
        folded = fold(sentence.text)
        for m in pattern.finditer(folded.text):
            begin, at = folded.span(*m.span())
            people = [e for e in found.entities if e.type == "person" and e.end <= begin]
            heir = people[-1].name if people and _SUCCESSION_GAP.fullmatch(sentence.text[people[-1].end:begin]) else None
            if heir is None and pronoun is not None and pronoun.fullmatch(folded.text[:m.start()]) and n > 0:
                # the pronoun: the one whom the sentence before appointed
                before = read[n - 1][0]
                heir = next((f.subject for f in reversed(appointed) if before.start <= f.span[0] < before.end), None)
            if heir is None:
                continue
            theirs = [f for f in appointed if f.subject == heir]
            # the appointment this sentence tells, else the nearest the document tells before it, else after it
            taken = sorted(theirs, key=lambda f: (not sentence.start <= f.span[0] < sentence.end,
                                                  f.span[0] > sentence.start, abs(f.span[0] - sentence.start)))
            person = _predecessor(sentence.text, at, found, ctx.lang.code)
            if person is None or _part_of_name(person.name, heir) or _part_of_name(heir, person.name):
                continue
            if not taken:
                # 'Z replaced Health Minister Y': Z takes the post the document names Y with, as 'Y was
                # replaced by Z' tells (_replaced_by); not a post named after them ('replaced Y as captain')
                post = next((f.object for f in facts if f.kind == "role" and f.subject == person.name and f.object
                             and f.modality != FORMER), None)
                if post is None or taken_as is not None and taken_as.match(sentence.text, person.end) or any(
                        f.kind == "appointment" and f.subject == heir and f.object == post for f in facts):
                    continue
                start, stop = sentence.start + begin, sentence.start + person.end
                when = left_on.get(person.name) or _replacement_when(found, begin, sentence, ctx)
                out.append(Fact(doc=doc_id, kind="appointment", subject=heir, object=post, when=when,
                                sentence=sentence.text, span=(start, stop), rule=f"{ctx.lang.code}/events/appointment+succession",
                                id=_fact_id(doc_id, "appointment", start, stop, heir, post)))
                continue
            post = taken[0].object
            if any(f.kind == "role" and f.object and (f.object == post or post.endswith(" " + f.object)) and f.subject and (
                    _part_of_name(person.name, f.subject) or _part_of_name(f.subject, person.name)) for f in facts):
                continue  # a post the document names the person with already (its office alone: 'governor') is told once
            start, end = sentence.start + begin, sentence.start + person.end
            modality = FORMER if taken[0].modality == "asserted" else "asserted"
            out.append(Fact(doc=doc_id, kind="role", subject=person.name, object=post,
                            when=_held_since(sentence, found, person.end, ctx), modality=modality,
                            sentence=sentence.text, span=(start, end), rule=f"{ctx.lang.code}/events/predecessor+succession",
                            id=_fact_id(doc_id, "role", start, end, person.name, post)))
    return out


# between the one who takes a post up and the verb of succession: nothing but a space, or an aside set
# off by commas ('X, the country's top scorer, will succeed Y')
_SUCCESSION_GAP = re.compile(r"\s*|\s*,[^,;.]{1,80},\s*")


# characters between the one appointed and the words that give them a post told before: a space, after a
# comma or a closing quote at most, so that no word stands between ('appointed X, to take his place')
SUCCESSOR_GAP = 3


def _successors(doc_id: str, read: Sequence[tuple[Any, Found]], facts: Sequence[Fact],
                event_rules: Sequence[rules.Rule], ctx: DocumentContext) -> list[Fact]:
    """'X sacked Y and replaced him with Z', 'appointed Z to take his place' (the `successor` pattern of
    events.yaml): Z is given the post of the one the pronoun stands for, whose dismissal or resignation the
    sentence or the one before told. An appointment, on the day of that dismissal."""
    pattern = ctx.lang.rules("events").named("successor")
    if pattern is None:
        return []
    appointing = [r for r in event_rules if r["kind"] == "appointment" and not (r.get("roles") or {}).get("carry")]
    # the one who left, never a role told before (most often the one who appoints)
    told = sorted((f for f in facts if f.kind in ("dismissal", "resignation") and f.subject and f.object
                   and f.modality == "asserted"), key=lambda f: f.span[0])
    out, previous = [], 0
    for sentence, found in read:
        folded = fold(sentence.text)
        for m in pattern.finditer(folded.text):
            begin, end = folded.span(*m.span())
            people = [e for e in found.entities if e.type == "person" and not e.past]
            named_after = "after" in pattern.groupindex and m.group("after")
            if named_after:  # 'replaced him with Z'
                heir = next((e for e in people if end <= e.start <= end + PREDECESSOR_GAP), None)
            else:  # 'appointed Z to take his place': Z right before the words, after an appointment's word
                heir = next((e for e in reversed(people) if e.end <= begin and begin - e.end <= SUCCESSOR_GAP), None)
                if heir is None:  # a name the finders did not read, bounded as one beside a post is
                    heir = names.person_beside(sentence.text, folded, m.start(), "before", ctx.lang.code,
                                               f"{ctx.lang.code}/names/before-successor")
                    heir = heir if heir is not None and heir.type == "person" else None
                if heir is not None and not any(t.end <= heir.start for t in triggers(sentence.text, appointing)):
                    heir = None
            if heir is None:
                continue
            cue = sentence.start + begin
            gone = [f for f in told if previous <= f.span[0] < cue and not _part_of_name(heir.name, f.subject)
                    and not _part_of_name(f.subject, heir.name)]
            left = max(gone, key=lambda f: f.span[0], default=None)
            if left is not None and not named_after:
                # 'X, who flies to Y, appointed Z to take his place': the pronoun stands for the one named
                # last before Z; named in the sentence and not the one who left, it is the appointer
                said = max((e for e in people if e.end <= heir.start and e is not heir), key=lambda e: e.end, default=None)
                if said is not None and not (_part_of_name(said.name, left.subject) or _part_of_name(left.subject, said.name)):
                    continue
            if left is None or any(f.kind == "appointment" and f.object == left.object and (
                    _part_of_name(heir.name, f.subject) or _part_of_name(f.subject, heir.name)) for f in facts):
                continue
            when = left.when
            start, stop = sentence.start + heir.start, sentence.start + end
            out.append(Fact(doc=doc_id, kind="appointment", subject=heir.name, object=left.object, when=when,
                            sentence=sentence.text, span=(start, stop), rule=f"{ctx.lang.code}/events/appointment+successor",
                            id=_fact_id(doc_id, "appointment", start, stop, heir.name, left.object)))
        previous = sentence.start
    return out


def _heirs(doc_id: str, read: Sequence[tuple[Any, Found]], facts: Sequence[Fact],
           event_rules: Sequence[rules.Rule], ctx: DocumentContext) -> list[Fact]:
    """'X named Z to replace Prime Minister Y', 'Z took up his duties, succeeding Y' (the `heir_of` pattern
    of events.yaml, else `predecessor`, after a verb of appointing or taking up a post that names no
    office): Z is given the post the document names Y with, on the sentence's day if it tells one."""
    rules_ = ctx.lang.rules("events")
    pattern = rules_.named("heir_of") or rules_.named("predecessor")
    if pattern is None:
        return []
    appointing = [r for r in event_rules if r["kind"] == "appointment"]
    held = [f for f in facts if f.kind == "role" and f.subject and f.object]
    out = []
    for sentence, found in read:
        folded = fold(sentence.text)
        for m in pattern.finditer(folded.text):
            begin, at = folded.span(*m.span())
            if any(f.kind == "appointment" and sentence.start <= f.span[0] < sentence.start + begin for f in facts):
                continue  # an appointment told there names its post: the predecessor is its (_predecessors)
            told = [t for t in triggers(sentence.text, appointing) if t.end <= begin and not t.office]
            if not told:
                continue
            t = told[-1]
            # the one appointed: named after the verb ('named Z'), else right before a passive or a
            # verb of taking up ('Z was named', 'Z took up his duties')
            people = [e for e in found.entities if e.type == "person" and not e.past]
            heir = min((e for e in people if t.end <= e.start and e.end <= begin), key=lambda e: e.start, default=None)
            if heir is None:  # a name the finders did not read, right after the verb
                heir = names.name_after(sentence.text, t.end, ctx.lang.code, f"{ctx.lang.code}/names/after-appointment")
                heir = heir if heir is not None and heir.type == "person" and heir.end <= begin else None
            if heir is None:
                heir = max((e for e in people if e.end <= t.start and len(sentence.text[e.end:t.start].split()) <= 3),
                           key=lambda e: e.end, default=None) or _unread_subject(sentence.text, t, ctx)
            person = _predecessor(sentence.text, at, found, ctx.lang.code)
            if heir is None or person is None or _part_of_name(heir.name, person.name) or _part_of_name(person.name, heir.name):
                continue
            # the post the predecessor is named with, here first, else anywhere in the document
            theirs = sorted((f for f in held if f.subject == person.name),
                            key=lambda f: (not sentence.start <= f.span[0] < sentence.end, abs(f.span[0] - sentence.start - at)))
            if not theirs or any(f.kind == "appointment" and f.subject == heir.name and f.object == theirs[0].object for f in facts):
                continue
            post = theirs[0].object
            when = next((replace(w, start=w.start + sentence.start, end=w.end + sentence.start)
                         for w in found.whens if w.value and w.end <= begin), None)
            start, stop = sentence.start + heir.start, sentence.start + person.end
            out.append(Fact(doc=doc_id, kind="appointment", subject=heir.name, object=post, when=when,
                            sentence=sentence.text, span=(start, stop), rule=f"{ctx.lang.code}/events/appointment+heir",
                            id=_fact_id(doc_id, "appointment", start, stop, heir.name, post)))
    return out


def _left_on(facts: Sequence[Fact]) -> dict[str, When | None]:
    """Person -> the time their dismissal or resignation is told."""
    return {f.subject: f.when for f in facts if f.kind in ("dismissal", "resignation") and f.subject}


def _replacement_when(found: Found, at: int, sentence: Any, ctx: DocumentContext) -> When | None:
    """The time of an appointment read from a replacement told at `at` in the sentence: the sentence's
    time nearest to it, else the article's main date, else its day."""
    own = sorted(found.whens, key=lambda w: abs(w.start - at))
    return _shift(own[0], sentence.start) if own else _main_date(ctx) or _publication_day(ctx)


def _replaced_by(doc_id: str, read: Sequence[tuple[Any, Found]], facts: Sequence[Fact], ctx: DocumentContext) -> list[Fact]:
    """'X was replaced by Z' (the `replaced_by` pattern of events.yaml between the two names): Z is
    appointed to the post the document names X with, on the day X's dismissal or resignation is
    told, if it is; else on the time the sentence tells, else the article's main date, else its day."""
    between = _cue_pattern(ctx.lang, "replaced_by")
    if between is None:
        return []
    held = [f for f in facts if f.kind == "role" and f.subject and f.object and f.modality != FORMER]
    left_on = _left_on(facts)
    out = []
    for sentence, found in read:
        people = sorted((e for e in found.entities if e.type == "person"), key=lambda e: e.start)
        for x, z in zip(people, people[1:]):
            if not between.fullmatch(fold(sentence.text[x.end:z.start]).text):
                continue
            post = next((f.object for f in held if f.subject == x.name), None)
            if post is None or any(f.kind == "appointment" and f.subject == z.name and f.object == post for f in facts):
                continue
            start, stop = sentence.start + x.start, sentence.start + z.end
            when = left_on.get(x.name) or _replacement_when(found, z.end, sentence, ctx)
            out.append(Fact(doc=doc_id, kind="appointment", subject=z.name, object=post, when=when,
                            sentence=sentence.text, span=(start, stop), rule=f"{ctx.lang.code}/events/appointment+replaced",
                            id=_fact_id(doc_id, "appointment", start, stop, z.name, post)))
    return out


def held_until_left(facts: list[Fact], ctx: DocumentContext) -> list[Fact]:
    """A post the article names a person in, dated by the article, that it tells them dismissed from
    or resigning on a day before it ('X sacked his prime minister Y on Wednesday', the article of
    Thursday): held until that day, not on the article's; from the day the article tells it taken up
    ('had taken office on 1 August last year'), where it does. Only where the article names someone else
    appointed to the post since: a departure is read less surely than a succession."""
    today = _publication_day(ctx)
    if today is None or today.earliest is None:
        return facts
    taken = [a for a in facts if a.kind == "appointment" and a.modality == "asserted" and a.subject and a.object
             and a.when is not None and a.when.value and a.when.earliest is not None and a.when.latest is not None]
    left = {(f.subject, f.object): f.when for f in facts
            if f.kind in ("dismissal", "resignation") and f.subject and f.object and f.modality == "asserted"
            and f.when is not None and f.when.granularity == "day" and f.when.latest is not None
            and f.when.latest < today.earliest
            and any(a.subject != f.subject and _same_office(a.object, f.object) and a.when.earliest >= f.when.earliest
                    for a in taken)}
    if not left:
        return facts
    out = []
    for f in facts:
        dated_today = f.kind == "role" and f.modality == "asserted" and f.when is not None and f.when.value == today.value
        end = next((w for (name, post), w in left.items() if name == f.subject and _same_office(f.object, post)), None) \
            if dated_today else None
        if end is not None:
            start = max((a.when for a in taken if a.subject == f.subject and _same_office(a.object, f.object)
                         and "/" not in a.when.value and a.when.latest < end.earliest),
                        key=lambda w: w.latest, default=None)
            when = replace(end, value=f"{start.value}/{end.value}", earliest=start.earliest,
                           explanation=f"held from {start.explanation} until left: {end.explanation}") if start else \
                replace(end, explanation=f"held until left: {end.explanation}")
            f = replace(f, when=when, rule=f"{f.rule}+until-left")
        out.append(f)
    return out


def _left_roles(facts: Sequence[Fact]) -> list[Fact]:
    """One dismissed from a post, or who resigned it, held it before: a former role of no known days
    ('X sacked Y as coach'), unless the document names them in that post already."""
    held = {(f.subject, f.object) for f in facts if f.kind == "role"}
    out = []
    for f in facts:
        if f.kind in ("dismissal", "resignation") and f.subject and f.object and f.modality == "asserted" \
                and (f.subject, f.object) not in held:
            held.add((f.subject, f.object))
            out.append(replace(f, kind="role", when=None, modality=FORMER, rule=f"{f.rule}+left",
                               id=_fact_id(f.doc, "role", *f.span, f.subject, f.object)))
    return out


def predecessors_named(text: str, found: Found, ctx: DocumentContext) -> list[Entity]:
    """The people named after the predecessor words of a sentence ('khalafan li-Y') whom the finders did
    not see: named now, so that a later sentence may give Y's surname alone."""
    pattern = ctx.lang.rules("events").named("predecessor")
    if pattern is None:
        return []
    folded = fold(text)
    people = (_predecessor(text, folded.span(*m.span())[1], found, ctx.lang.code) for m in pattern.finditer(folded.text))
    return [p for p in people if p is not None and p not in found.entities]


def _predecessor(text: str, at: int, found: Found, lang: str) -> Entity | None:
    """The person named right after the words, or after a short description ('replacing US banker X'):
    a name the finders saw, else one of two words or more read at a word's start (a lone capitalised
    word there is as often a country or a description: 'US')."""
    for e in found.entities:
        if e.type == "person" and at <= e.start <= at + PREDECESSOR_GAP:
            return e
    bare = _without_lead(text, at, lang)
    if bare != text:
        # the preposition written on the name, or a nationality, set the name off: the words bound it as
        # a post does, without each word attested (a foreign name after 'khalafan lil-faransiya')
        person = names.person_after(bare, at, lang, "predecessor")
        if person is not None and person.type == "person" and person.link_score is None and len(person.text.split()) >= 2:
            return person
    for m in re.finditer(r"\s+", text[at:at + PREDECESSOR_GAP]):
        person = names.name_after(text, at + m.start(), lang, "predecessor")
        # a catalogue name read here, where the finders saw none, is a doubtful link: no one; nor a body
        # ('replaced the governor of Peru's Central Bank')
        if person is not None and person.type == "person" and not person.known and len(person.text.split()) >= 2 \
                and not names.ends_as_a_body(person.text, lang):
            return person
    return None


def _without_lead(text: str, at: int, lang: str) -> str:
    """The text with what stands between the predecessor words and the name blanked out, offsets kept:
    the preposition written on the name or apart, and the predecessor's nationality or courtesy title
    (`predecessor_lead` of events.yaml, then a word of the nationality lexicon or of the honorifics:
    'khalafan lil-faransiya X' reads X)."""
    lead = languages.get(lang).rules("events").named("predecessor_lead")
    m = lead.match(text, at) if lead is not None else None
    if m is None:
        return text
    end = m.end()
    word = re.match(r"\w+", text[end:])
    if word is not None:
        written = word.group()
        # after the preposition written on it, a noun's article loses its first letter (li + al-)
        article = names.elided_article(written, lang) if m.groupdict().get("attached") else None
        as_noun = article + written[len(article) - 1:] if article else written
        if names.nationality(as_noun, lang) is not None or names.find_honorifics(as_noun, lang) == [(0, len(as_noun))]:
            end += len(written)  # (or a courtesy title: 'khalafan lid-duktur X')
        elif article:  # another noun: its article written again, in the preposition's place
            return text[:at] + " " * (end - 1 - at) + article[0] + text[end:]
    prep = m.group().strip()
    return text[:at] + " " * (end - at) + text[end:] if prep or end > m.end() else text


def _told_done(text: str, lang: str) -> bool:
    """Is the sentence told as done ('was appointed'), not planned, expected or denied ('will appoint')?"""
    modality, tense = timex.clause(text, lang)
    return modality == "asserted" and tense != "future"


def _covered(at: int, spans: Sequence[tuple[int, int]]) -> bool:
    """Does one of the spans (an appointment the event rules read) hold document offset `at`?"""
    return any(start <= at < end for start, end in spans)


def _appointed_here(text: str, entry: lineup.Entry, appointing: Sequence[rules.Rule]) -> bool:
    """Does an appointment verb stand right before the entry's person (courtesy titles at most between)?"""
    return any(t.end <= entry.person.start and len(text[t.end:entry.person.start].split()) <= 3
               for t in triggers(text, appointing))


# Between the name and the chain after it, a comma may stand ('X, prime minister and foreign minister');
# between two posts of the chain, what the `chain_gap` pattern of events.yaml allows (no comma)
GOVERNED = object()  # a chain's post that is the complement of a deputy's or an adviser's noun
_NAME_GAP = re.compile(r"[\s,\u060c]*")
CHAIN_NAME_GAP = 2  # characters of punctuation and spaces between the chain and the name, honorifics aside


def _chained_posts(doc_id: str, read: Sequence[tuple[Any, Found]], facts: Sequence[Fact], lang: str,
                   ctx: DocumentContext) -> list[Fact]:
    """Posts told one after another with one holder ('the crown prince, deputy prime minister and defence
    minister X' as Arabic writes it, without commas): besides the post next to the name, each post of the chain
    written without its country is a role of the holder, in the country of the chain's post that names
    one ('prime minister [and] Qatari foreign minister X': Qatari prime minister), else the holder's own country
    as the document or the catalogue tells it; none known, the office as written (`+country/unstated`), as a
    bare post's. A post of the chain written with its country is a role too where it is not the one next to
    the name, which the name's own title reads."""
    held = {(f.subject, f.object) for f in facts if f.kind == "role"}
    events = ctx.lang.rules("events")
    gap = events.named("chain_gap")
    gap_before = events.named("chain_gap_before") or gap  # between posts before the name, where it differs
    gap_shared = events.named("chain_gap_shared")  # between a post with its country and one without, before the name
    shared_first = events.named("chain_shared_first")  # what the first of such posts must look like
    name_gap = events.named("chain_name_gap") or _NAME_GAP  # between the name and a chain after it
    out = []
    for sentence, found in read:
        people = [e for e in found.entities if e.type == "person"]
        if not people:
            continue
        text = sentence.text
        told = [t for t in names.find_titles(text, lang) if not t.past]
        titles = [(t.start, t.end, t.country) for t in told]
        title_post = {(t.start, t.end): t.post for t in told}
        bare = []
        for s, e in names.bare_posts(text, lang):
            g = names.governing_before(text, s, lang)
            # a deputy's or an adviser's post ('deputy [of the] prime minister') is a link of the chain, of no office read here
            bare.append((s, e, None) if g is None else (g, e, GOVERNED))
        posts = sorted({p for p in titles + bare}, key=lambda p: (p[0], -p[1]))
        kept = []  # posts that overlap none before them (a title holds the bare post inside it)
        for p in posts:
            if not kept or p[0] >= kept[-1][1]:
                kept.append(p)
        honorifics = names.find_honorifics(text, lang)
        for person in people:
            if person.rule == "coref/title":
                continue  # a post standing for its holder ('the crown prince, prime minister ...'): no name the chain is told of
            chain = _chain_of(text, kept, honorifics, person, gap, gap_before, name_gap,
                              frozenset(p.end for p in people if p is not person), gap_shared, shared_first, lang=lang)
            if len(chain) >= 2 and chain[-1][1] <= person.start and tuple(chain[-1][:2]) in honorifics:
                # a word that is a post and a courtesy title right before the name, after the posts: the title
                # ('crown prince, prime minister, Prince X' as Arabic writes the prince: no emir)
                chain = chain[:-1]
            if len(chain) >= 2 and chain[0][1] <= person.start and names.after_appointer(text, chain[0][0], lang):
                # the post right after a verb whose subject appoints, written before its object (Arabic: 'appointed
                # the emir the foreign minister X'), is the one who appoints, not the first of the chain: X is no emir
                chain = chain[1:]
            if len(chain) < 2 or _two_holders(text, chain, title_post, lang, gap_shared):
                continue
            country = country_told = next((c for _, _, c in chain if c and c is not GOVERNED), None)
            if country is None:
                country, _source = _own_country(person, ctx)
            next_to_name = chain[-1] if chain[-1][1] <= person.start else chain[0]
            for s, e, c in chain:
                if c is GOVERNED or (s, e, c) == next_to_name and (person.title or person.bare_post and country_told is None):
                    # of no office read here, or read with the name already (a title; a bare post, unless
                    # only the chain tells its country: 'X, prime minister [and] Qatari foreign minister')
                    continue
                # a title with its country ('the Kuwaiti crown prince') not next to the name is its own post;
                # one without, where no country is known, the office as written, as a bare post's (UNSTATED)
                unstated = c is None and country is None
                post = title_post.get((s, e)) if c is not None else names.office_of(text, (s, e), lang) \
                    if unstated else names.post_for(text, (s, e), country, lang)
                if post is None or (person.name, post) in held:
                    continue
                held.add((person.name, post))
                start, end = sentence.start + min(s, person.start), sentence.start + max(e, person.end)
                out.append(Fact(doc=doc_id, kind="role", subject=person.name, object=post, when=_publication_day(ctx),
                                sentence=text, span=(start, end), rule=f"{lang}/names/post-chain" + (UNSTATED if unstated else ""),
                                id=_fact_id(doc_id, "role", start, end, person.name, post)))
    return out


def without_unstated_placed(facts: list[Fact]) -> list[Fact]:
    """The facts less the roles of a post without its country (`+country/unstated`) whose holder the
    document names in that office with its country too ('X, prime minister [and] Qatari foreign
    minister': the chain's Qatari prime minister): one role, the placed one."""
    placed: dict[str, set[str]] = defaultdict(set)  # holder -> the posts named with their country
    for f in facts:
        if f.kind == "role" and f.subject and f.object and UNSTATED not in f.rule:
            placed[f.subject].add(f.object)
    return [f for f in facts if not (f.kind == "role" and UNSTATED in f.rule and f.object and any(
        post.endswith(" " + f.object) for post in placed.get(f.subject, ())))]


def _two_holders(text: str, chain: list, title_post: dict, lang: str, gap_shared: re.Pattern | None = None) -> bool:
    """Does the chain join a post and its heir's or deputy's ('the emir and the crown prince X'), posts
    of two countries ('the Qatari emir [met] the Iranian president X', the verb left out), or two heads of
    state ('received the Kenyan president [and] King X'), or a head of state and another post by 'and'
    (`gap_shared`: 'the Kenyan president and Prime Minister X')? Then it names two holders, not one holding
    both. `title_post`: the post of each title the sentence reads."""
    if len({c for _, _, c in chain if c is not None and c is not GOVERNED}) > 1:
        return True
    offices = [names.office_of(text, (s, e), lang) if c is None
               else names.office_in(title_post[(s, e)], c) if (s, e) in title_post else None
               for s, e, c in chain if c is not GOVERNED]
    heads = [o for o in offices if o and names.head_of_state(o)]
    anded = gap_shared is not None and any(gap_shared.fullmatch(text, a[1], b[0]) for a, b in zip(chain, chain[1:]))
    return any(a in names.second_to(b) for a in offices for b in offices if a and b) or len(set(heads)) > 1 \
        or anded and bool(heads)


_SPACES_ONLY = re.compile(r"\s*")


def _chain_of(text: str, posts: list, honorifics: list, person: Entity, gap: re.Pattern | None = None,
              gap_before: re.Pattern | None = None, name_gap: re.Pattern = _NAME_GAP,
              name_ends: frozenset[int] = frozenset(), gap_shared: re.Pattern | None = None,
              shared_first: re.Pattern | None = None, *, lang: str) -> list:
    """The run of posts, one right after another, that ends right before the person's name (honorifics
    between; posts joined by `gap_before`, or by `gap_shared` where the first is written with its country
    (as `shared_first` writes a title) and the next without, the country told once for both: 'Kenya's Deputy
    Prime Minister and Foreign Minister X'; but never across a comma to a post written right after another
    name, `name_ends`, which is that name's) or begins right after it (a comma between; joined by `gap`)."""
    def joined(a_end: int, b_start: int, between: re.Pattern | None) -> bool:
        return a_end <= b_start and (between or _SPACES_ONLY).fullmatch(text, a_end, b_start) is not None

    def joined_before(a, b) -> bool:
        # 'and' joins a post written with its country to one without ('Kenya's Deputy Prime Minister and
        # Foreign Minister X'), or an office of several holders named bare to the next ('Deputy Prime
        # Minister and Foreign Minister X': no one deputy is meant by the office alone), or one the
        # catalogue gives the person named
        return joined(a[1], b[0], gap_before) or gap_shared is not None and b[2] is None \
            and (a[2] not in (None, GOVERNED) or a[2] is None and (
                names.several_holders(office := names.office_of(text, a[:2], lang)) or catalogued(a)
                or names.held_with_next(office) and text[:a[0]].strip() in ("", "The", "the"))) \
            and joined(a[1], b[0], gap_shared) \
            and (shared_first is None or shared_first.fullmatch(text, a[0], a[1]) is not None)

    def catalogued(post) -> bool:
        """Is the post, written without its country, one the catalogue gives the person ('Crown Prince and
        Prime Minister X' of a crown prince who is prime minister too)?"""
        country = getattr(names.known(person.name), "country", None) if person.known else None
        return country is not None and names.post_for(text, post[:2], country, lang) in names._catalogue_posts(person.name)

    def before_name(end: int) -> bool:
        at = end
        for s, e in sorted(honorifics):
            if s >= at and e <= person.start and not text[at:s].strip(" \u060c,"):
                at = e
        return at <= person.start and not text[at:person.start].strip(" \u060c,") and person.start - at <= CHAIN_NAME_GAP + 1

    posts = [p for p in posts if p[1] <= person.start or p[0] >= person.end]  # none inside the name
    run = []
    i = next((k for k in range(len(posts) - 1, -1, -1) if posts[k][1] <= person.start and before_name(posts[k][1])), None)
    if i is not None:
        run = [posts[i]]
        while i > 0 and joined_before(posts[i - 1], posts[i]) and not (
                any(c in "\u060c," for c in text[posts[i - 1][1]:posts[i][0]])
                and any(0 <= posts[i - 1][0] - end <= CHAIN_NAME_GAP for end in name_ends)):
            i -= 1
            run.insert(0, posts[i])
        if any(c in "\u060c," for c in text[run[-1][1]:person.start]) \
                and any(0 <= run[0][0] - end <= CHAIN_NAME_GAP for end in name_ends):
            # set off by a comma from this name and written right after another one ('A the crown prince
            # and prime minister, B ...' as lists of leaders write them): the posts are A's
            return []
        return run
    i = next((k for k, p in enumerate(posts) if p[0] >= person.end and name_gap.fullmatch(text, person.end, p[0])), None)
    if i is not None:
        run = [posts[i]]
        while i + 1 < len(posts) and joined(posts[i][1], posts[i + 1][0], gap):
            i += 1
            run.append(posts[i])
    return run
