"""Groups and institutions that take part in an event as one party: a country's officials,
delegation, government or central bank board, a bloc's leaders, a company's delegation (rules/<lang>/groups.yaml).

Each is an Entity of type "group", named "<country> (<group>)" or "<bloc> (leaders)" with the
country or bloc as the catalogue names it, so that every wording of one group is one party.
"""
from __future__ import annotations

import re
from dataclasses import replace

from checker import languages, regexstore, rules
from checker.extract import names, prefilter
from checker.languages import Language
from checker.model import Entity
from checker.textfold import fold

# the named groups that say whose group it is; a pattern with several alternatives numbers them
# (country2, bloc2), since a regex names a group once ('body': a company or another body, as written)
_PLACE_GROUPS = ("nationality", "country", "bloc", "blocword", "told", "again", "body")
# the titles lexicon that names the place a group's word stands for; a bloc is named by the catalogue
_LEXICON = {"nationality": "nationality", "country": "country", "blocword": "bloc_word", "told": "bloc_told"}
# the groups that name a bloc by a head word the text gave it before ('the Council'): a reader keeps
# them only where the document named that bloc already (checker/extract/facts.py)
TOLD = "told"
# the groups that name no bloc at all ('the summit', 'the foreign ministers' meeting'): a reader gives
# them the bloc the document named last, and keeps them only where it named one (checker/extract/facts.py)
AGAIN = "again"
SUMMIT = "summit"  # a group named by its summit (summit_only): no party of a meeting held at it


@languages.compiled
def _patterns(lang: Language) -> tuple[tuple[rules.Rule, re.Pattern], ...]:
    titles = lang.rules("titles")
    return tuple((r, regexstore.compile(f"(?<![^\\W_])(?:{titles.expand(r['group_pattern'], r.id)})(?![^\\W_])",
                                        re.IGNORECASE))
                 for r in lang.rules("groups").rules)


def _base(group: str) -> str:
    return group.rstrip("0123456789")


@prefilter.scanned
@languages.compiled(persist=True)  # reading the patterns' needed words costs a cold start ~0.4 s
def _gate(lang: Language) -> prefilter.SourceGate:
    """The words each group pattern needs: it runs only on a sentence that holds one of its own."""
    return prefilter.SourceGate(rx.pattern for _, rx in _patterns(lang))


def find(text: str, lang: Language | str) -> list[Entity]:
    """The groups named in text, longest first where two overlap, in reading order."""
    found = _patterns(lang)
    if not found:
        return []
    titles = languages.get(lang).rules("titles")
    f = fold(text)
    may = _gate(lang).runs(f.text)
    out: list[Entity] = []
    for rule, rx in found:
        if not may(rx.pattern):
            continue
        for m in rx.finditer(f.text):
            where = next((g for g in rx.groupindex if _base(g) in _PLACE_GROUPS and m.group(g)), None)
            if where is None:
                continue
            written, kind = m.group(where), _base(where)
            place = titles.lookup(_LEXICON[kind], written) if kind in _LEXICON else None
            party = "" if kind == AGAIN else names.canonical(place or written) or place or " ".join(written.split())
            # a proclitic written on the group's first word (Arabic and, with, to: `lead`) is no part of it
            start = max([m.end(g) for g in rx.groupindex if _base(g) == "lead" and m.group(g) is not None],
                        default=m.start())
            s, e = f.span(start, m.end())
            out.append(Entity(text[s:e], s, e, f"{party} ({rule['group']})", "group", True,
                              rule=rule.id + (f"+{kind}" if kind in (TOLD, AGAIN) else "")
                              + (f"+{SUMMIT}" if rule.get("summit_only") and kind != TOLD else "")))
    kept: list[Entity] = []
    for g in sorted(out, key=lambda g: (g.start - g.end, g.start)):
        if all(g.end <= k.start or k.end <= g.start for k in kept):
            kept.append(g)
    return sorted(kept, key=lambda g: g.start)


def named_again(found: list[Entity], last: str | None) -> tuple[list[Entity], str | None]:
    """The groups in reading order, those that name no bloc ('the summit') given the bloc a group
    named last before them (`last` at the start), dropped where none was; and the bloc named last."""
    out = []
    for g in found:
        if f"+{AGAIN}" in (g.rule or ""):
            if last is None:
                continue
            g = replace(g, name=last + g.name)
        elif (g.rule or "").split("+")[0].rsplit("/", 1)[-1].startswith("bloc-"):
            last = g.name.rsplit(" (", 1)[0]
        out.append(g)
    return out, last


def run_example(ruleset: rules.RuleSet, rule: rules.Rule, example: rules.Example) -> dict | None:
    """Example runner for groups rules (tests/test_rule_examples.py)."""
    found, _ = named_again(find(example.text, ruleset.lang), None)
    hit = next((g for g in found if g.rule.split("+")[0] == rule.id), None)
    return None if hit is None else {"name": hit.name, "quote": hit.text}
