"""Month names of every locale of a language, from CLDR through Babel, written into the `month`
lexicon of rules/<lang>/dates.yaml between two marker lines; and the full month names of the
languages news sites' templates are often written in (PAGE_LANGS), into the `page_month` lexicon
of rules/en/dates.yaml, which only the publication date rules read.

    python -m checker.extract.cldr_months --write     # regenerate after a Babel upgrade

Arabic is written in several traditions (Egyptian and Gulf, Levantine and Iraqi, Algerian and
Tunisian, Moroccan month names differ); each CLDR locale of the language gives its own,
so their union reads them all. The names are generated into the rules rather than read at run time
so that the rules folder stays the one place to read what is matched; hand-added spellings CLDR
lacks stay below the generated block. tests/test_cldr_months.py regenerates and compares.
"""
from __future__ import annotations

import argparse
from pathlib import Path

from checker.ruledir import RULES_DIR

BEGIN = "    # -- generated from CLDR"
END = "    # -- end of generated names"
LANGS = ("ar", "en")
# the languages news sites' own templates are often written in, whatever the article's language: their
# full month names make the `page_month` lexicon of rules/en/dates.yaml, read by the publication date
# rules only ('11 Giugno 2023' above an English article of an Italian site)
PAGE_LANGS = ("de", "es", "fr", "id", "it", "nl", "pt", "tr")
PAGE_BEGIN = "    # -- generated from CLDR: page months"
PAGE_END = "    # -- end of generated page months"


def names(lang: str) -> dict[str, int]:
    """Every wide and abbreviated month name (format and stand-alone) of every locale of `lang`."""
    from babel import Locale, localedata

    found: dict[str, int] = {}
    for ident in sorted(localedata.locale_identifiers()):
        if ident.split("_")[0] != lang:
            continue
        locale = Locale.parse(ident)
        if locale.script:  # another script of the language (English in Deseret): not news text
            continue
        months = locale.months
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for number, name in months[context][width].items():
                    key = " ".join(name.lower().rstrip(".").split())  # CLDR mixes in no-break spaces
                    if len(key) > 1 and not key.isdigit():
                        found.setdefault(key, number)
    return found


def page_names() -> dict[str, int]:
    """The full month names (format and stand-alone) of every locale of PAGE_LANGS, but those English
    writes the same."""
    from babel import Locale, localedata

    english = names("en")
    found: dict[str, int] = {}
    for ident in sorted(localedata.locale_identifiers()):
        if ident.split("_")[0] not in PAGE_LANGS or Locale.parse(ident).script:
            continue
        months = Locale.parse(ident).months
        for context in ("format", "stand-alone"):
            for number, name in months[context]["wide"].items():
                key = " ".join(name.lower().rstrip(".").split())
                if len(key) > 2 and key not in english:
                    found.setdefault(key, number)
    return found


def page_block() -> str:
    """The generated page months, markers included, sorted by month then name."""
    lines = [f"{PAGE_BEGIN} ({', '.join(PAGE_LANGS)}): python -m checker.extract.cldr_months --write; do not edit --"]
    for name, number in sorted(page_names().items(), key=lambda kv: (kv[1], kv[0])):
        lines.append(f"    {_quoted(name)}: {number}")
    lines.append(f"{PAGE_END} --")
    return "\n".join(lines) + "\n"


def block(lang: str) -> str:
    """The generated lines, markers included, sorted by month then name."""
    lines = [f"{BEGIN} (every '{lang}' locale): "
             f"python -m checker.extract.cldr_months --write; do not edit --"]
    for name, number in sorted(names(lang).items(), key=lambda kv: (kv[1], kv[0])):
        lines.append(f"    {_quoted(name)}: {number}")
    lines.append(f"{END}; spellings CLDR lacks follow --")
    return "\n".join(lines) + "\n"


def _quoted(name: str) -> str:
    return "'" + name.replace("'", "''") + "'"


def path(lang: str) -> Path:
    return RULES_DIR / lang / "dates.yaml"


def current(lang: str, begin: str = BEGIN, end_marker: str = END) -> str:
    """The generated block as it stands in the rules file ('' if the markers are missing)."""
    text = path(lang).read_text(encoding="utf-8")
    start = text.find(begin + " ")
    end = text.find("\n", text.find(end_marker, max(start, 0)))
    return text[start:end + 1] if start >= 0 and end > start else ""


def current_page() -> str:
    """The generated page months as they stand in rules/en/dates.yaml."""
    return current("en", PAGE_BEGIN, PAGE_END)


def write(lang: str, old: str, new: str) -> bool:
    """Replace a generated block of rules/<lang>/dates.yaml; True if it changed."""
    if not old:
        raise SystemExit(f"{path(lang)}: the block beginning '{new.splitlines()[0].strip()[:40]}' has lost its marker lines")
    if new == old:
        return False
    p = path(lang)
    p.write_text(p.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
    return True


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--write", action="store_true", help="rewrite the rules files (default: only say what differs)")
    args = ap.parse_args()
    blocks = [(lang, lang, current(lang), block(lang)) for lang in LANGS]
    blocks.append(("en page months", "en", current_page(), page_block()))
    for label, lang, old, new in blocks:
        same = new == old
        if args.write and not same:
            write(lang, old, new)
        print(f"{label}: {'up to date' if same else 'rewritten' if args.write else 'differs'}")


if __name__ == "__main__":
    main()
