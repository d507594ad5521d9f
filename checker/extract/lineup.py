"""A government's line-up: members named beside the post given to them, as cabinet lists are
written ("X, as minister of defence", "Minister of Defence: X"), driven by rules/<lang>/lineups.yaml.

Each entry names a person and a post without its country (the list names the country once, if at
all); the event engine adds the country the document's officials serve and makes the role and,
where the rule says so, the appointment.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from checker import languages, rules
from checker.extract import names, prefilter
from checker.languages import Language
from checker.model import Entity
from checker.textfold import fold

_SLOT = re.compile(r"\{portfolio\}")


@dataclass(frozen=True)
class Entry:
    """One person and post of a list of appointments or office holders."""

    person: Entity  # offsets into the sentence
    post: str  # without its country: 'minister of energy and water'
    appointment: bool
    start: int  # the post's words, offsets into the sentence
    end: int
    rule: str
    # a list of portfolios told after the post of the one they go with ('the Turkish president, with
    # ministers: foreign X, defence Y'): that post's country, where the list names none
    country: str | None = None
    former: bool = False  # held before, told after a verb of being in the past ('X was defence minister')


SECOND_POST = "+second-post"  # the rule suffix of a post given after another to the one named before both


ROSTER_LINES = 3  # lines in a row a roster's rule must match: fewer may be anything ('Health: new rules')


def roster_lines(texts: list[str], lang: str) -> set[int]:
    """Which of a document's sentences, in order, are lines of a roster: runs of ROSTER_LINES at least
    that one of the `roster` rules of the line-ups file matches ('Health: X', 'Finance: Y'), right under
    a sentence its `opened_by` words open ('the following were appointed:'), a ministry alone naming the
    post only in such a run."""
    ruleset = languages.get(lang).rules("lineups")
    rules_ = [r for r in ruleset.rules if r.get("roster")]
    folded = [fold(t).text for t in texts] if rules_ else []  # (each sentence folded once, not once a rule)
    hits = [[r for r in rules_ if r.regex.search(f)] for f in folded]
    out: set[int] = set()
    run: list[int] = []
    for k, hit in enumerate([*hits, []]):
        if hit:
            run.append(k)
            continue
        if len(run) >= ROSTER_LINES and run[0] > 0 and _heads_roster(ruleset, hits[run[0]], texts[run[0] - 1]):
            out.update(run)
        run = []
    return out


def _heads_roster(ruleset: rules.RuleSet, rules_: list, heading: str) -> bool:
    """Does the sentence above a roster open it as one of its rules asks (`opened_by`, searched in it)?"""
    for rule in rules_:
        if not rule.get("opened_by"):
            return True
        key = (ruleset.path, rule.id, "opened_by")
        pattern = _after_patterns.get(key)
        if pattern is None:
            pattern = _after_patterns[key] = ruleset.compile(f"(?:{rule['opened_by']})", f"{rule.id}: opened_by")
        if pattern.search(fold(heading).text):
            return True
    return False


def find(text: str, lang: str, entities: tuple[Entity, ...] = (), roster: bool = False) -> list[Entry]:
    """Every line-up entry of a sentence; a person the finders named already (`entities`) keeps that name.
    The `roster` rules read only a line of a roster (`roster_lines`)."""
    ruleset = languages.get(lang).rules("lineups")
    if not ruleset.rules:
        return []
    f = fold(text)
    out = []
    spans = []  # the folded span of each entry's post, beside `out`
    unheld = []  # posts given to no name right before them: a second post of the entry before, perhaps
    titles_ = None
    list_countries: dict[int, str | None] = {}  # where a list opens -> its country, worked out once per list
    for rule, m in _gate(lang).matches(ruleset.rules, f.text):
        if rule.get("roster") and not roster:
            continue
        post = _post(ruleset, rule, m)
        # (a roster's opener stands in the sentence above it, checked by roster_lines)
        opener = _opened(ruleset, rule, f.text, m.start()) if rule.get("opened_by") and not rule.get("roster") else None
        if post is None or rule.get("opened_by") and not rule.get("roster") and opener is None:
            continue
        country = None
        if opener is not None:
            if opener not in list_countries:
                titles_ = names.find_titles(text, lang) if titles_ is None else titles_
                list_countries[opener] = _list_country(titles_, entities, f.span(opener, opener)[0])
            country = list_countries[opener]
        at = m.start() if rule["side"] == "before" else m.end()
        person = names.person_beside(text, f, at, rule["side"], lang, rule.id)
        if rule["side"] == "before" and (person is None or _described(ruleset, f.text, person.start, (
                "article", "preposition") if _CLOSING.search(f.text[:at]) else ("article",))):
            # 'X, a Christian, was named ...': the name stands before the description set off by commas
            person = _before_apposition(ruleset, text, f, at, lang, rule.id)
        if person is None and rule["side"] == "before":
            unheld.append((rule, m, post))
            continue
        if person is None or rule.get("after") and not _after(ruleset, rule, f, person.start):
            continue
        if rule["side"] == "before" and (_appointer(f.text, _folded_end(f, person.start), lang)
                                         or _replaced(f.text, _folded_end(f, person.start), lang)
                                         or witnessed(text, person.start, lang) or _left(ruleset, f, person.start)):
            continue  # (nor one before whom it took place: 'sworn in before President X as minister'; nor a post left)
        if m.group(0).rstrip().endswith(":") and not _alone(f.text, person, f, m.end()):
            continue
        # a name the finders read whole (a catalogue alias, a titled person), not one part of it
        # that happens to recall someone named earlier; nor the capitalised words of its title read
        # with it ('Trade Minister X was named minister of ...')
        # (Arabic has no capitals to read a title by: a name read longer there is a list item's whole name)
        same = next((e for e in entities if e.type == "person" and not e.rule.startswith("coref/") and (
            e.start <= person.start and person.end <= e.end
            or person.start < e.start and e.end == person.end and not names.link.is_arabic(person.text))), None)
        if same is not None:
            person = same
        elif person.type != "person" or any(e.type == "place" and e.start <= person.start and person.end <= e.end
                                            for e in entities):
            continue  # a place the finders read there is no one ('RIYADH: the foreign minister ...', a dateline)
        else:
            titles_ = names.find_titles(text, lang) if titles_ is None else titles_
            if any(t.start <= person.start and person.end <= t.end for t in titles_):
                continue  # a post read as a name ('Deputy Prime Minister – Minister of ...': two posts of one holder)
        s, e = f.span(*m.span())
        copula = ruleset.named("copula_before") if rule["side"] == "before" else None
        held = copula is not None and copula.search(f.text, 0, _folded_end(f, person.start)) is not None
        past = ruleset.named("past_copula_before") if held else None
        former = past is not None and past.search(f.text, 0, _folded_end(f, person.start)) is not None
        joined = _listed_in(ruleset, f.text, m.start()) if rule.get("listed") else None
        former = former or joined == "list_left"
        appointment = joined == "list_joined" or bool(rule.get("appointment", False)) and not held and not former
        out.append(Entry(person, post, appointment, s, e, rule.id, country, former))
        spans.append(m.span())
    # 'X, prime minister [and] minister of foreign affairs' as Arabic lists write it: a post right after
    # another entry's post (what the `second_post_gap` pattern allows between) is given to the same person
    gap = ruleset.named("second_post_gap")
    holders = [x.person for x in out]
    ends = [end for _, end in spans]
    for rule, m, post in unheld if gap is not None else ():
        before = next((k for k, end in enumerate(ends) if gap.fullmatch(f.text, end, m.start())), None)
        if before is not None and not any(x.post == post and x.person == holders[before] for x in out):
            s, e = f.span(*m.span())
            out.append(Entry(holders[before], post, bool(rule.get("appointment", False)), s, e, rule.id + SECOND_POST))
            holders.append(holders[before])
            ends.append(m.end())
    return out



def _list_country(titles_, entities: tuple[Entity, ...], at: int) -> str | None:
    """The country of the list opened at `at`: that of the nearest post named before it with its
    country, or of the nearest person the catalogue gives a country ('Erdogan, with ministers: ...')."""
    found = [(t.end, t.country) for t in titles_ if t.end <= at and t.country]
    for e in entities:
        if e.type == "person" and e.known and e.end <= at:
            known = names.known(e.name)
            if known is not None and known.country:
                found.append((e.end, known.country))
    return max(found, key=lambda x: x[0])[1] if found else None


@prefilter.scanned
@languages.compiled(persist=True)
def _gate(lang: languages.Language) -> prefilter.RuleGate:
    """The words the line-up rules need ('minister' and its Arabic): a rule runs only on a sentence holding one."""
    return prefilter.RuleGate(lang.rules("lineups").rules)


@languages.compiled
def _portfolio(lang: Language) -> re.Pattern:
    """The ministries a line-up names, as one pattern (the `portfolio` lexicon)."""
    ruleset = lang.rules("lineups")
    return ruleset.compile("{portfolio}", f"{ruleset.path}: portfolio")


def _post(ruleset: rules.RuleSet, rule: rules.Rule, m: re.Match) -> str | None:
    """The rule's post with its {portfolio} in English: every ministry the group names, joined by 'and';
    'ambassador to {host}': the office served in the country or capital named after the empty group `host_at`."""
    template = rule["post"]
    if "{host}" in template:  # the country served in, as the titles read it after the office (posted_in)
        office = template.split(" to ", 1)[0]
        return names.posted_office(office, m.string, m.end("host_at"), ruleset.lang) if "host_at" in m.re.groupindex else None
    if not _SLOT.search(template):
        return template
    if "written" in m.re.groupindex and m.group("written"):
        # a ministry the lexicon does not know, as a roster line writes it to its end: its words as written,
        # its parts joined by 'and' ('Skills Development and Vocational Training')
        join = ruleset.named("written_join")
        written = " ".join(m.group("written").split()).casefold()
        parts = join.split(written) if join is not None else [written]
        return _SLOT.sub(" and ".join(p for p in parts if p), template)
    if "portfolio" not in m.re.groupindex or not m.group("portfolio"):
        return None
    terms = _portfolio(ruleset.lang)
    found = []
    for t in terms.finditer(m.group("portfolio")):
        value = ruleset.lookup("portfolio", t.group(0))
        if value is None:  # an article or a clitic stood before the term the lexicon knows
            continue
        if value not in found:
            found.append(str(value))
    if not found:
        return None
    post = _SLOT.sub(" and ".join(found), template)
    # the office other sources name it by ('minister of foreign affairs' -> 'foreign minister')
    return str(ruleset.lookup("office", post) or post) if "office" in ruleset.lexicons else post


def post_at(text: str, at: int, lang: str) -> tuple[str, int] | None:
    """The post a line-up rule of side 'before' reads beginning at text[at] (the post given after its
    holder, a ministry of several parts), and where its words end; None where none begins there."""
    ruleset = languages.get(lang).rules("lineups")
    f = fold(text[at:])
    best = None
    for rule in ruleset.rules:
        m = rule.regex.match(f.text) if rule["side"] == "before" else None
        if m is not None and (post := _post(ruleset, rule, m)) is not None:
            end = at + f.span(*m.span())[1]
            if best is None or end > best[1]:
                best = (post, end)
    return best


AFTER_CHARS = 80  # how far back the words a rule's `after` names may begin


def _after(ruleset: rules.RuleSet, rule: rules.Rule, f, start: int) -> bool:
    """Do the words before the person (original offset `start`) end as the rule's `after` says?"""
    key = (ruleset.path, rule.id)  # a rule file's rule: another file's rule of the same id is another
    pattern = _after_patterns.get(key)
    if pattern is None:
        pattern = _after_patterns[key] = ruleset.compile(f"(?:{rule['after']})\\s*$", f"{rule.id}: after")
    at = _folded_end(f, start)
    return pattern.search(f.text, max(0, at - AFTER_CHARS), at) is not None


_after_patterns: dict[tuple, re.Pattern] = {}
LIST_CHARS = 600  # how far back the words that open a list may stand
_LIST_END = re.compile(r"[.;:\n\u061b]")


def _left(ruleset: rules.RuleSet, f, start: int) -> bool:
    """Does the leaving of a post stand right before the name at `start` (`left_before`: 'the resignation
    of X as minister of finance')? The post is left, not given."""
    left = ruleset.named("left_before") if "left_before" in ruleset.patterns else None
    return left is not None and left.search(f.text, 0, _folded_end(f, start)) is not None


def _listed_in(ruleset: rules.RuleSet, folded: str, start: int) -> str | None:
    """Which list an entry at `start` is in: of those who join a government ('list_joined') or leave it
    ('list_left'), by the latest such words before it in the sentence; None if neither opens one."""
    opened = []
    for key in ("list_joined", "list_left"):
        rx = ruleset.named(key) if key in ruleset.patterns else None
        opened += [(m.start(), key) for m in (rx.finditer(folded, 0, start) if rx is not None else ())]
    return max(opened)[1] if opened else None


def _opened(ruleset: rules.RuleSet, rule: rules.Rule, folded: str, start: int) -> int | None:
    """Where the rule's `opened_by` words open, earlier in the sentence, the list whose item the match at
    `start` is, nothing between them ending the list (a full stop, a semicolon, another colon, a line's
    end); None if no list holds it."""
    key = (ruleset.path, rule.id, "opened_by")
    pattern = _after_patterns.get(key)
    if pattern is None:
        pattern = _after_patterns[key] = ruleset.compile(f"(?:{rule['opened_by']})", f"{rule.id}: opened_by")
    last = None
    for m in pattern.finditer(folded, max(0, start - LIST_CHARS)):  # its colon may be the item's; a
        if m.start() > start:  # lookahead may read the first item past `start`
            break
        last = m
    if last is None or last.end() <= start and _LIST_END.search(folded, last.end(), start) is not None:
        return None
    return last.start()
APPOSITION_COMMAS = 3  # commas a description between a name and its post may hold ('X, who led Y, a group, was named')
APPOSITION_CHARS = 300


def _described(ruleset: rules.RuleSet, folded: str, start: int, lexicons=("article", "preposition")) -> bool:
    """Is the capitalised word at `start` a description or a place ('a Christian', 'areas of Ruritania'), not a
    name? Told by the word before it, in one of `lexicons`."""
    before = folded[max(0, start - 12):start].split()
    return bool(before) and any(name in ruleset.lexicons and ruleset.lookup(name, before[-1]) is not None
                                for name in lexicons)


def _before_apposition(ruleset: rules.RuleSet, text: str, f, at: int, lang: str, rule: str) -> Entity | None:
    """The name before a description set off by commas that ends right before the post's words
    (`at`): 'X, formerly the intelligence chief, was appointed ...'. The description begins with one of
    the `apposition` words (an article, 'who', 'formerly'); the nearest such comma with a name (not
    itself a description or a place: 'the Blue Berets', 'of Ruritania') before it wins. In Arabic, which has
    no capitals, a relative pronoun opens it ('X, who led ..., as interior minister', written with Arabic commas)."""
    if "apposition" not in ruleset.lexicons or not _CLOSING.search(f.text[:at]):
        return None
    lo = max(0, at - APPOSITION_CHARS)
    span = f.text[lo:at]
    cut = max(span.rfind(c) for c in ".;\n\u061b")
    commas = [lo + i for i, c in enumerate(span) if c in ",\u060c" and i > cut][:-1]  # the last closes the description
    for c in reversed(commas[-APPOSITION_COMMAS:]):
        opener = f.text[c + 1:c + 30].split()
        if not opener or ruleset.lookup("apposition", opener[0].strip(",\u060c")) is None:
            continue
        person = names.person_beside(text, f, c, "before", lang, rule)
        # (not one a preposition governs, written on the name or apart: 'in succession to X, who ...,')
        if person is not None and person.type == "person" and not _described(ruleset, f.text, person.start) \
                and not _GOVERNED.search(text[max(0, person.start - 5):person.start]):
            return person
    return None


_CLOSING = re.compile(r"[,\u060c]\s*$")
# a preposition written on the name (li-, bi-, ka-, 'and' perhaps before it) or apart with its tatweel
_GOVERNED = re.compile(r"(?:^|\W)\u0648?[\u0644\u0628\u0643]\u0640?\s?$")
_CLAUSE_STOP = re.compile(r"[.,;:\n\u060c\u061b]")
APPOINTER_WORDS = 8  # words between a verb with a pronoun as its object and the one who appointed ('and named him the X president Y')


REPLACED_WORDS = 2  # words of description between a verb of succession and the one it names ('veteran diplomat')


WITNESS_REACH = 60  # characters before a person looked at for the words of one before whom an event takes place
_CLAUSE_MARK = re.compile(r"[,.;:\u060c\u061b]")


def witnessed(text: str, start: int, lang: str) -> bool:
    """Do the words of one before whom an event takes place (`witness` of events.yaml: 'before', 'in the
    presence of') stand before text[start:], in the same clause (a post between at most)?"""
    rx = languages.get(lang).rules("events").named("witness")
    if rx is None:
        return False
    before = fold(text[max(0, start - WITNESS_REACH):start]).text
    last = None
    for last in rx.finditer(before):
        pass
    return last is not None and not _CLAUSE_MARK.search(before, last.end())


def _appointer(folded: str, start: int, lang: str) -> bool:
    """Does the person at `start` stand after a verb that gives a post and has a pronoun as its object,
    in the same clause (Arabic: the verb first, the pronoun written on it, then the one who appoints)?
    That person appointed someone told before, and is no entry (`object_pronoun`, events.yaml)."""
    cue = languages.get(lang).rules("events").named("object_pronoun")
    if cue is None:
        return False
    clause = _CLAUSE_STOP.split(folded[max(0, start - 200):start])[-1]
    words = list(re.finditer(r"\S+", clause))[-APPOINTER_WORDS:]
    return any(cue.match(clause[w.start():]) for w in words)


def _replaced(folded: str, start: int, lang: str) -> bool:
    """Does the person at `start` stand right after a verb of succession ('Z will replace Y as minister
    of X', `succession` of events.yaml; a short description between at most)? Y held the post
    before, and is no entry: Z takes it (checker/extract/posts.py _successions)."""
    cue = languages.get(lang).rules("events").named("succession")
    if cue is None:
        return False
    before = folded[max(0, start - 60):start]
    return any(len(before[m.end():].split()) <= REPLACED_WORDS for m in cue.finditer(before))


def _alone(folded: str, person: Entity, f, end: int) -> bool:
    """A name after a colon is a list item only if nothing but a parenthesis follows it on its line
    ('Minister of Defence: X'), not a headline's statement ('Minister: we will ...')."""
    rest = folded[_folded_end(f, person.end):].split("\n", 1)[0].strip()
    return not rest or rest[0] in "(["


def _folded_end(f, original_end: int) -> int:
    if f.offsets is None:
        return original_end
    return next((i for i, o in enumerate(f.offsets) if o >= original_end), len(f.offsets))


def run_example(ruleset: rules.RuleSet, rule: rules.Rule, example: rules.Example) -> dict | None:
    """Example runner for lineups rules: the entry this rule finds in the example for the person it
    expects (a later item of a list), else its first."""
    def person(e: Entry) -> str:
        return e.person.text if not e.person.known and names.link.is_arabic(e.person.text) else e.person.name

    # with the people and places the finders read, as the fact rules give them; a roster's rule line by line
    lines = example.text.split("\n") if rule.get("roster") else [example.text]
    in_roster = roster_lines(lines, ruleset.lang) if rule.get("roster") else set()
    mine = [e for k, line in enumerate(lines)
            for e in find(line, ruleset.lang, tuple(names.find(line, ruleset.lang)), roster=k in in_roster)
            if e.rule.removesuffix(SECOND_POST) == rule.id]
    if not mine:
        return None
    e = next((x for x in mine if person(x) == example.expect.get("person")), mine[0])
    return {"person": person(e), "post": e.post, "appointment": e.appointment}
