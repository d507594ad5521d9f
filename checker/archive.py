"""The archive as a whole: compare it and store the findings, check a draft against it, and
give undated documents the date a finding suggests. The one place where comparison meets the store."""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import replace
from datetime import date
from typing import Any

from checker.compare.checks import recurrence
from checker.compare.engine import Engine, block_key, named_sides, sort_findings
from checker.compare.in_document import document_findings
from checker.compare.policy import DERIVED, SEVERITY_ORDER, norm, policy
from checker.model import Fact, Finding, When
from checker.people import SAME_POST, SAME_POST_VARIANT
from checker.read.documents import Document


def _with_quotes(store, findings: list[Finding]) -> list[Finding]:
    """Fill each quote with the exact text at its span, read from the stored document."""
    texts = store.quote_texts((q.doc, q.start, q.end) for f in findings for q in f.quotes)
    return [replace(f, quotes=tuple(replace(q, text=texts.get((q.doc, q.start, q.end), q.text)) for q in f.quotes))
            for f in findings]


def _spellings(name: str | None, surnames: Mapping[tuple, str], quantity,
               spellings: Mapping[str, str] | None = None) -> list[str | None]:
    """A name, and what a surname link joins it to (the full names of a surname, the surnames of a
    full name) or a doubtful spelling link (either way): the names its block may be stored under."""
    if not name or quantity is not None or not (surnames or spellings):
        return [name]
    key = norm(name)
    spellings = spellings or {}
    return list(dict.fromkeys([name, *(full for (k, _), full in surnames.items() if k == key),
                               *(k for (k, _), full in surnames.items() if norm(full) == key),
                               *([spellings[key]] if key in spellings else []),
                               *(k for k, other in spellings.items() if norm(other) == key)]))


LINKED_SPELLINGS = ("spelling", "variant", SAME_POST, SAME_POST_VARIANT)


def linked_spellings(store) -> tuple[dict[str, str], frozenset[str]]:
    """Name key -> the spelling of one name a link of people.link_spellings or people.link_variants
    joins it to without renaming the facts (or that a link applied in one script's articles renamed
    it to), and the keys whose link is sure (both spellings hold the same post, or the link was
    applied, so strong that it renamed the facts of one script: one person, read as one). The
    comparison reads a doubtful one as the other where they may confirm, never where they would clash."""
    # An applied link renamed the spelling in one script's articles only: the other script's
    # articles may write the same spelling (a romanised Arabic name the English press spells so too),
    # and read it as the name it was renamed to, to which the chain goes on; unless the chain comes
    # back to it (a spelling linked to the other that was renamed to it): the first links lead.
    stored = store.links()
    links = {norm(link["spelling"]): link for link in stored
             if link["method"] in LINKED_SPELLINGS and not link["applied"]}
    for link in stored:
        key = norm(link["spelling"])
        if link["applied"] and key not in links \
                and key not in {norm(link["name"]), *(norm(w["name"]) for w in _walk(links, norm(link["name"])))}:
            links[key] = link
    spellings, same = {}, set()
    for key in links:
        # a chain of links (Tarek -> Tarik, Tarik -> Tariq al-Said) read to its end, sure if each is
        walked = _walk(links, key)
        spellings[key] = walked[-1]["name"]
        if all(w["applied"] or w["method"] in (SAME_POST, SAME_POST_VARIANT) for w in walked):
            same.add(key)
    return spellings, frozenset(same)


def _walk(links: Mapping[str, Mapping], key: str) -> list[Mapping]:
    """The links a chain goes through from `key`, in order, none from a key met before."""
    walked, seen = [], set()
    while key in links and key not in seen:
        seen.add(key)
        walked.append(links[key])
        key = norm(links[key]["name"])
    return walked


def archive_facts(store, facts: Iterable[Fact], exclude_doc: str | None = None,
                  surnames: Mapping[tuple, str] | None = None, spellings: Mapping[str, str] | None = None) -> list[Fact]:
    """The stored facts in the blocks the given facts fall in: indexed look-ups, never a scan.
    `surnames`: a surname alone -> the full name it is linked to; each is looked up under both (and
    a name under the spelling a doubtful link joins it to, `spellings`)."""
    pol = policy()
    surnames = surnames or {}
    queries: set[tuple[tuple[str, ...], tuple[tuple[str, str], ...]]] = set()  # (kinds, column = value)
    for fact in facts:
        keys = pol.event_keys.get(fact.kind)
        if keys and block_key(fact, pol) is not None:
            subjects = _spellings(fact.subject, surnames, fact.quantity, spellings)
            if "participants" in keys:  # either side may be the stored subject; each further party too
                for a in subjects:
                    if not fact.object and not fact.others:  # a gathering of one party: its facts by that party
                        queries.add(((fact.kind,), (("subject", a),)))
                    for b in [s for o in (fact.object, *fact.others) if o
                              for s in _spellings(o, surnames, fact.quantity, spellings)]:
                        for pair in ((a, b), (b, a)):
                            queries.add(((fact.kind,), (("subject", pair[0]), ("object", pair[1]))))
                # the object with each further party too (Engine.parties)
                for a in _spellings(fact.object, surnames, fact.quantity, spellings) if fact.others else ():
                    for b in [s for o in fact.others if o for s in _spellings(o, surnames, fact.quantity, spellings)]:
                        for pair in ((a, b), (b, a)):
                            queries.add(((fact.kind,), (("subject", pair[0]), ("object", pair[1]))))
            else:
                # a derived key (the country of the place) is no column: the engine sorts out the rest;
                # a post is looked up by its holder alone, whose posts without their country or with
                # it the engine reads as one (Engine.read_offices)
                for a in subjects:
                    queries.add(((fact.kind,), tuple((c, a if c == "subject" else getattr(fact, c))
                                                     for c in keys if c not in DERIVED and c != "object")))
        if pol.applies("role", fact.kind) and norm(fact.object) in pol.single_holder:
            queries.add((tuple(pol.rule("role").get("kinds")), (("object", fact.object),)))
        if fact.subject:  # a claim that an event is the first in a span meets the events of its kind, and back
            if pol.applies("recurrence", fact.kind) and fact.measure:
                # and the posts they took up, from which a claim 'since taking office' counts
                queries.add(((fact.measure, *recurrence.office_kinds(pol)), (("subject", fact.subject),)))
            for kind in (pol.rule("recurrence").get("kinds") or ()) if pol.rule("recurrence") else ():
                queries.add(((kind,), (("subject", fact.subject), ("measure", fact.kind))))
    out: dict[str, Fact] = {}
    for kinds, equal in sorted(queries):
        for f in store.block_facts(kinds, **dict(equal)):
            if f.doc != exclude_doc:
                out[f.id] = f
    return list(out.values())


def check(store, doc, facts: Iterable[Fact], whens: Iterable[When] = ()) -> list[Finding]:
    """Findings about one document (a draft) against the archive, without storing it."""
    facts = list(facts)
    surnames = _draft_surnames(store, facts)
    spellings, same = linked_spellings(store)
    archive = archive_facts(store, facts, exclude_doc=doc.id, surnames=surnames, spellings=spellings)
    docs: dict[str, Any] = store.doc_meta(f.doc for f in archive)
    docs[doc.id] = doc
    found = Engine(docs, focus=doc.id, surnames=surnames, spellings=spellings, same=same).compare(facts + archive)
    found += document_findings(doc.id, doc.text, whens, doc.lang, docs)
    return sort_findings(_with_quotes(store, found) if archive else found)


def _draft_surnames(store, facts: list[Fact]) -> dict[tuple, str]:
    """How a draft's surnames (and given names) alone read (people.readings), and the archive's
    that read as a full name of the draft."""
    from checker.people import readings

    pol = policy()
    found = readings(store, facts)
    full: set[str] = set()
    told: dict[str, Fact] = {}
    for fact in facts:
        for side in named_sides(fact, pol):
            key = norm(getattr(fact, side))
            if " " in key:  # the archive's facts of its last (or first) word alone, as they read
                full.add(key)
                for word in _end_words(key):
                    for f in [*store.block_facts((fact.kind,), subject=word),
                              *(store.block_facts((fact.kind,), object=word)
                                if "participants" in pol.event_keys.get(fact.kind, ()) else ())]:
                        told.setdefault(f.id, f)
    if told:
        found.update({k: v for k, v in readings(store, told.values()).items() if norm(v) in full})
    return found


def _runs(facts: Iterable[Fact], run_key) -> Iterable[list[Fact]]:
    """Facts cut into runs of equal run_key (given in that order, a run holds whole blocks)."""
    run: list[Fact] = []
    key = None
    for fact in facts:
        k = run_key(fact)
        if run and k != key:
            yield run
            run = []
        key = k
        run.append(fact)
    if run:
        yield run


QUOTED_TOGETHER = 2000  # findings whose quotes are read from the documents in one go


def compare_store(store) -> Iterator[Finding]:
    """The full comparison pass over the archive, streaming it block by block in SQL order, and its
    findings as they come (in block order, not sorted), their quotes read a few thousand at a time:
    neither the facts nor the findings of the archive are held at once."""
    pol = policy()
    docs = store.doc_cache()
    pair_kinds = sorted(k for k, v in pol.event_keys.items() if "participants" in v)
    surnames, alone = _archive_surnames(store, pol, pair_kinds)
    spellings, same = linked_spellings(store)
    # the facts of a spelling go to the run of the one it is read as and are compared there only, not
    # also in a block of their own: `held` takes those whose run that changes out of their own
    # (`moved`). There the engine reads every one of them as linked: doubtful, so they may still
    # clash with one another and only confirm the other spelling's facts, unless the link is sure (`same`)
    for key in sorted(spellings):
        alone += [*store.block_facts(sorted(pol.event_keys), subject=key), *store.block_facts(pair_kinds, object=key)]
    alone = list({f.id: f for f in alone}.values())
    engine = Engine(docs, pol=pol, surnames=surnames, spellings=spellings, same=same)
    read_as: dict[str, list[str]] = defaultdict(list)  # a name's key -> the spellings a sure link reads as it
    for key in same:
        read_as[norm(spellings[key])].append(key)
    # the facts of a surname alone go to the run of the full name they read as, wherever it comes
    held: dict[tuple, list[Fact]] = defaultdict(list)
    for f in alone:
        lead = (f.kind, _lead(engine.resolve(f), pair_kinds))
        if lead != (f.kind, _lead(f, pair_kinds)):
            held[lead].append(f)
    moved = {f.id for facts in held.values() for f in facts}
    # a meeting of three parties or more goes to the run of each pair of it too (Engine.parties),
    # and stays in its own
    visiting: dict[tuple, list[Fact]] = defaultdict(list)
    for f in store.facts_with_others(pair_kinds):
        read = engine.resolve(f)
        own = _lead(read, pair_kinds)
        pairs = [replace(read, subject=first, object=p) for p in read.others if p for first in (read.subject, read.object) if first]
        for lead in dict.fromkeys(_lead(pair, pair_kinds) for pair in pairs):
            if lead != own:
                visiting[(f.kind, lead)].append(f)

    def keep(lead: tuple):
        return lambda f: (f.kind, _lead(f, pair_kinds)) == lead

    def recurrences(run: list[Fact]) -> list[Finding]:
        """The claims of a run against their subject's stored events, under its name and each
        spelling a sure link reads as it."""
        if not pol.applies("recurrence", run[0].kind):
            return []
        subject = engine.resolve(run[0]).subject
        subjects = [subject, *read_as.get(norm(subject), ())]
        events = [f for kind in sorted({f.measure for f in run if f.measure} | set(recurrence.office_kinds(pol)))
                  for name in subjects for f in store.block_facts((kind,), subject=name)]
        if not events:
            return []
        docs.load(f.doc for f in events)
        return engine.recurrence_findings(run, events)

    def runs() -> Iterator[list[Finding]]:
        for run in _runs(store.facts_by_subject(pair_kinds), lambda f: (f.kind, _lead(f, pair_kinds))):
            key = (run[0].kind, _lead(run[0], pair_kinds))
            run = [f for f in run if f.id not in moved] + held.pop(key, []) + visiting.pop(key, [])
            if not run:
                continue
            docs.load(f.doc for f in run)
            yield engine.compare(run, posts=False, keep=keep(key))
            yield recurrences(run)
        for key in list(held) + [k for k in visiting if k not in held]:  # no stored fact of that run's own
            run = held.get(key, []) + visiting.get(key, [])
            docs.load(f.doc for f in run)
            yield engine.compare(run, posts=False, keep=keep(key))
            yield recurrences(run)
        role = pol.rule("role")
        if role is not None and role.get("kinds"):
            for run in _runs(store.facts_by_object(role.get("kinds")), lambda f: norm(f.object)):
                if norm(run[0].object) in pol.single_holder:
                    docs.load(f.doc for f in run)
                    yield engine.compare_post(run)

    pending: list[Finding] = []
    for found in runs():
        pending += found
        if len(pending) >= QUOTED_TOGETHER:
            yield from _with_quotes(store, pending)
            pending = []
    yield from _with_quotes(store, pending)


def _archive_surnames(store, pol, pair_kinds: list[str]) -> tuple[dict[tuple, str], list[Fact]]:
    """How the archive's surnames (and given names) alone read (people.readings), and the facts that
    name one that ends (or begins) an archive's longer name (indexed look-ups by each such word)."""
    from checker.people import object_kinds, readings

    names = store.participant_keys(object_kinds())
    # the last and the first words of longer names: a surname alone, a given name alone
    ends = {w for key in names if " " in key for w in _end_words(key)}
    alone: dict[str, Fact] = {}
    for key in sorted(k for k in names if " " not in k and k in ends):
        for f in [*store.block_facts(sorted(pol.event_keys), subject=key), *store.block_facts(pair_kinds, object=key)]:
            alone.setdefault(f.id, f)
    facts = list(alone.values())
    return (readings(store, facts, names) if facts else {}), facts


def _end_words(key: str) -> tuple[str, ...]:
    """The last and the first word of a name key of two words or more: a surname, a given name alone."""
    words = key.split()
    return tuple(dict.fromkeys((words[-1], words[0])))


def _lead(fact: Fact, pair_kinds: list[str]) -> str | None:
    """The name key the store orders a fact's run by (facts_by_subject)."""
    if fact.kind in pair_kinds:
        return min(norm(fact.subject), norm(fact.object or fact.subject))
    return norm(fact.subject)



def refresh(store) -> None:
    """Compare the whole archive again and store the result, streamed (the report reads it back
    from the store)."""
    store.replace_findings(compare_store(store))


def recompute(store) -> list[Finding]:
    """`refresh`, then every finding with each document's own (stored at ingest), in a list: for
    small archives and tests; the report and the command line read them from the store."""
    refresh(store)
    return sort_findings(store.findings())


def stored_findings(store, **where) -> Iterator[Finding]:
    """The stored findings `where` selects (Store.iter_findings), streamed in sort_findings' order."""
    return store.iter_findings(SEVERITY_ORDER, **where)


def apply_suggestions(store, found: Iterable[Finding] | None = None) -> list[tuple[str, str]]:
    """Give undated documents the publication date a finding suggests (of `found`, else of the
    stored findings), and read them again.

    Returns (document id, date) for each document changed. Used only when asked (--infer-dates).
    """
    from checker.pipeline import analyse as analysis

    if found is None:
        rule = policy().rule("undated")
        found = stored_findings(store, rules=[rule.id.rsplit("/", 1)[-1]]) if rule is not None else ()
    suggested: dict[str, set[str]] = {}
    evidence: dict[str, str] = {}
    for f in found:
        if "suggested" in f.extra and "doc" in f.extra:
            suggested.setdefault(f.extra["doc"], set()).add(f.extra["suggested"])
            evidence[f.extra["doc"]] = f.message
    changed = []
    for doc_id, dates in sorted(suggested.items()):
        doc = store.document(doc_id)
        if doc is None or doc.published is not None or len(dates) != 1:
            continue  # two different suggestions for one document: leave it undated
        value = next(iter(dates))
        new = replace(doc, published=date.fromisoformat(value), published_evidence=f"inferred: {evidence[doc_id]}")
        store.replace(doc_id, new, analysis(new))
        changed.append((doc_id, value))
    return changed


def check_draft(store, doc: Document) -> list[Finding]:
    """The draft's facts against the archive blocks they fall in, plus its own weekday checks."""
    from checker.pipeline import analyse

    if doc.published is None and doc.published_period is None:  # a draft about to be published speaks of today
        doc = replace(doc, published=date.today(), published_evidence="not given: the day of the check")
    analysis = analyse(doc, checks=False)  # the draft's own checks come with its label, below
    return check(store, doc, analysis.facts, analysis.whens)

