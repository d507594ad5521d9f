"""The currencies of rules/common/units.yaml by their ISO codes and CLDR's English names, written into
the `unit` and `unit_before` lexicons of rules/en/quantities.yaml between marker lines.

    python -m checker.extract.cldr_currencies --write     # regenerate after a Babel or units.yaml change

'JOD832 million', '832 million Jordanian dinars', '2 billion Kuwaiti dinars': every currency the
checker can hold is named by its code before or after the figure and by its CLDR name, singular
and plural, without a hand list per currency. Spellings CLDR lacks (a press's own 'JD', 'SR') and
words that name no one currency ('dinars') stay hand-written outside the block, and win: the block
holds only what they lack. tests/test_cldr_currencies.py regenerates and compares.
"""
from __future__ import annotations

import argparse
import re
from pathlib import Path

from checker.ruledir import RULES_DIR

LEXICONS = ("unit", "unit_before")
BEGIN = "    # -- generated from CLDR ({lexicon})"
END = "    # -- end of generated currencies"
_ISO = re.compile(r"[A-Z]{3}")
# codes that are English words as well, read as such in any case ('try', 'mad', 'cad'): left out
WORDS = frozenset({"TRY", "MAD", "CAD", "PEN", "COP"})  # (COP: the climate summit, 'COP28')
# symbols one currency's country writes that the press of others writes for theirs (left out): 'Rs' is
# CLDR's for the Pakistani rupee and the Indian press's for its own; the full-width yen sign is China's too
SHARED_SYMBOLS = frozenset({"Rs", "\uffe5"})


def _codes() -> list[str]:
    """The ISO 4217 codes units.yaml defines as units, in its order."""
    from checker import languages

    return [r["unit"] for r in languages.common().rules("units").rules
            if _ISO.fullmatch(str(r["unit"])) and r["unit"] not in WORDS]


def entries(lexicon: str) -> dict[str, str]:
    """Words -> code: the code itself, and for `unit` CLDR's English name and its plural."""
    from babel import Locale
    from babel.numbers import get_currency_name

    english = Locale("en")
    out: dict[str, str] = {}
    seen: set[str] = set()
    symbols = _home_symbols(_codes()) if lexicon == "unit_before" else {}
    for code in _codes():
        words = [code, *symbols.get(code, ())]
        if lexicon == "unit" and code in english.currencies:
            words += [english.currencies[code], get_currency_name(code, count=2, locale="en")]
        for w in words:
            w = " ".join(w.split())
            if w.lower() not in seen:  # the lexicon is read without case: one spelling each
                seen.add(w.lower())
                out[w] = code
    return out


def _home_symbols(codes: list[str]) -> dict[str, list[str]]:
    """Code -> the symbols CLDR gives a currency where it is legal tender, in English or an official
    language of that territory, as its press writes them before a figure ('RM16.69 billion', 'Ksh 5
    billion', '₦2 trillion'): in Latin letters (two at least) or one sign; none a dollar's, none two
    of `codes` share ('¥'), none of SHARED_SYMBOLS, none in Arabic script (read by the Arabic rules)."""
    from babel import Locale, UnknownLocaleError
    from babel.core import get_global
    from babel.languages import get_official_languages
    from babel.numbers import get_currency_symbol

    wanted = set(codes)
    found: dict[str, set[str]] = {}
    for territory, currencies in get_global("territory_currencies").items():
        for code, _start, end, tender in currencies:
            if code not in wanted or end is not None or not tender:
                continue
            for lang in ("en", *get_official_languages(territory)):
                try:
                    symbol = get_currency_symbol(code, locale=Locale.parse(f"{lang}_{territory}"))
                except (ValueError, UnknownLocaleError):
                    continue
                if symbol != code and symbol not in SHARED_SYMBOLS and "$" not in symbol and not any("\u0600" <= ch <= "\u06ff" for ch in symbol) \
                        and (len(symbol) >= 2 and symbol.isascii() and symbol.isalpha() or not symbol.isascii()):
                    found.setdefault(code, set()).add(symbol)
    owners: dict[str, set[str]] = {}
    for code, symbols in found.items():
        for symbol in symbols:
            owners.setdefault(symbol, set()).add(code)
    return {code: sorted(s for s in symbols if len(owners[s]) == 1) for code, symbols in found.items()}


def path() -> Path:
    return RULES_DIR / "en" / "quantities.yaml"


def _span(text: str, lexicon: str) -> tuple[int, int]:
    start = text.find(BEGIN.format(lexicon=lexicon))
    end = text.find("\n", text.find(END, max(start, 0)))
    return (start, end + 1) if start >= 0 and end > start else (-1, -1)


def _hand(text: str, lexicon: str) -> set[str]:
    """The keys written by hand in the lexicon, outside its generated block (folded to lower case)."""
    start, end = _span(text, lexicon)
    body = text[:start] + text[end:] if start >= 0 else text
    m = re.search(rf"^  {lexicon}:\n((?:    .*\n|\s*\n)*)", body, re.M)
    keys = re.findall(r"^    (?!#)\"?([^\"\n]+?)\"?:", m.group(1), re.M) if m else []
    return {k.strip().lower() for k in keys}


def block(lexicon: str, text: str | None = None) -> str:
    """The generated lines of one lexicon, markers included, sorted."""
    text = path().read_text(encoding="utf-8") if text is None else text
    hand = _hand(text, lexicon)
    lines = [BEGIN.format(lexicon=lexicon) + ": python -m checker.extract.cldr_currencies --write; do not edit --"]
    for word, code in sorted(entries(lexicon).items()):
        if word.lower() not in hand:
            lines.append(f"    {word}: {code}")
    lines.append(f"{END}; spellings CLDR lacks stand above --")
    return "\n".join(lines) + "\n"


def current(lexicon: str) -> str:
    text = path().read_text(encoding="utf-8")
    start, end = _span(text, lexicon)
    return text[start:end] if start >= 0 else ""


def write() -> bool:
    """Replace the generated blocks; True if one changed."""
    text = path().read_text(encoding="utf-8")
    changed = False
    for lexicon in LEXICONS:
        old = current(lexicon)
        if not old:
            raise SystemExit(f"{path()}: the {lexicon} lexicon has no '{BEGIN.format(lexicon=lexicon).strip()}' marker line")
        new = block(lexicon, text)
        if new != old:
            text = text.replace(old, new)
            changed = True
    if changed:
        path().write_text(text, encoding="utf-8")
    return changed


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--write", action="store_true", help="rewrite the rules file (default: only say what differs)")
    args = ap.parse_args()
    same = all(block(x) == current(x) for x in LEXICONS)
    if args.write and not same:
        write()
    print(f"en: {'up to date' if same else 'rewritten' if args.write else 'differs'}")


if __name__ == "__main__":
    main()
