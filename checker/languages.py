"""A Language: the rules of one language, loaded once per process and passed down the analysis
(`pipeline.analyse(doc, lang)`), with what each stage compiles from them.

The rules folder is read, checked and parsed once, then kept on disk as a pickle keyed by the
content of every rule file, the package's source and the Python version: a later process loads it
in milliseconds instead of parsing and checking the YAML again. A stage's compiled form (its
automata, alternations, tables) is made by `Language.build(builder)` the first time a process
asks for it, and kept on the Language (and on disk beside the rules, for what pickles whole); no
module keeps a rule cache of its own.
"""
from __future__ import annotations

import functools
import gc
import hashlib
import os
import pickle
import re
import sys
from pathlib import Path
from typing import Any, Callable, TypeVar

from checker import __version__, regexstore, ruledir, rules
from checker.ruledir import RuleError, base

T = TypeVar("T")
COMMON = "common"
_CODE = re.compile(r"[a-z]{2,3}")  # ISO 639 codes, as the rules folders are named


class Language:
    """The parsed rules of one language (or of `common`, the files every language shares)."""

    def __init__(self, code: str, sets: dict[str, rules.RuleSet], common: Language | None = None):
        self.code = code
        self._sets = sets
        self.common = self if common is None else common
        self._built: dict[Callable | str, Any] = {}  # what builders made; empty rule files by kind

    def __repr__(self) -> str:
        return f"Language({self.code!r})"

    def __str__(self) -> str:  # rule ids and messages name a language by its code
        return self.code

    @property
    def has_rules(self) -> bool:
        return bool(self._sets)

    def rules(self, kind: str) -> rules.RuleSet:
        """The rule file of this kind; an empty one for a language without rules."""
        found = self._sets.get(kind)
        if found is None:
            found = self._built.get(kind)
            if found is None:
                found = self._built[kind] = rules.RuleSet(base() / self.code / f"{kind}.yaml", self.code, kind, {}, {}, ())
        return found

    def build(self, builder: Callable[[Language], T], persist: bool = False) -> T:
        """What `builder` compiles from these rules, made once per process and kept here; with
        `persist`, made once for these rules and this code and kept on disk too (for data that
        pickles whole: tables, automata; a pickled regex would compile again when loaded)."""
        try:
            return self._built[builder]
        except KeyError:
            made = self._built[builder] = _from_disk(self, builder) if persist else builder(self)
            return made


def compiled(builder: Callable[[Language], T] | None = None, *, persist: bool = False):
    """Decorate a stage's builder: called with a Language (or a code), it gives what the builder
    makes of that language's rules, made once and kept on the Language (and on disk, with
    `persist`)."""
    def decorate(builder: Callable[[Language], T]) -> Callable[[Language | str], T]:
        @functools.wraps(builder)
        def built(lang: Language | str) -> T:
            # asked for many times a sentence: what is made already is found in one look-up
            try:
                return (lang if type(lang) is Language else _loaded[lang])._built[builder]  # type: ignore[index]
            except (KeyError, TypeError):
                return get(lang).build(builder, persist)
        return built
    return decorate if builder is None else decorate(builder)


def shared(builder: Callable[[Language], T] | None = None, *, persist: bool = False):
    """Decorate a builder of the files every language shares (rules/common): called without
    arguments, made once and kept on the common Language (and on disk, with `persist`)."""
    def decorate(builder: Callable[[Language], T]) -> Callable[[], T]:
        @functools.wraps(builder)
        def built() -> T:
            try:
                return _loaded[COMMON]._built[builder]  # type: ignore[index]
            except (KeyError, TypeError):
                return common().build(builder, persist)
        return built
    return decorate if builder is None else decorate(builder)


_loaded: dict[str, Language] | None = None
_digest = ""  # of the rules loaded: the key of every file this process caches on disk


def get(lang: Language | str) -> Language:
    """The Language of a code (a Language is returned as it is). A code without a rules folder
    gets an empty Language: nothing is read from its documents."""
    if isinstance(lang, Language):
        return lang
    if _loaded is not None and type(lang) is str and (known := _loaded.get(lang)) is not None:
        return known  # every stage asks for its language by code, many times a sentence
    if not isinstance(lang, str) or not (_CODE.fullmatch(lang) or lang == COMMON):
        raise ValueError(f"unknown language code {lang!r}")
    loaded = _all()
    if lang not in loaded:
        loaded[lang] = Language(lang, {}, loaded[COMMON])
    return loaded[lang]


def common() -> Language:
    return _all()[COMMON]


def codes() -> tuple[str, ...]:
    """The languages with rules (common is not a language)."""
    return tuple(code for code, language in _all().items() if code != COMMON and language.has_rules)


def _all() -> dict[str, Language]:
    global _loaded
    if _loaded is None:
        by_lang: dict[str, dict[str, rules.RuleSet]] = {}
        for (code, kind), ruleset in _tree().items():
            by_lang.setdefault(code, {})[kind] = ruleset
        shared = Language(COMMON, by_lang.pop(COMMON, {}))
        _loaded = {COMMON: shared, **{code: Language(code, sets, shared) for code, sets in by_lang.items()}}
    return _loaded


def _tree() -> dict[tuple[str, str], rules.RuleSet]:
    """Every rule file, parsed and checked: from the disk cache when it matches the files."""
    root = base()
    files = sorted(root.glob("*/*.yaml"))
    # the package's source is in the key: it defines the pickled classes and how patterns are folded
    digest = hashlib.sha256(f"{__version__}|{sys.version}|{root}|{_code_digest()}".encode())
    for path in files:
        digest.update(f"\0{path.relative_to(root)}\0".encode())
        digest.update(path.read_bytes())
    global _digest
    _digest = digest.hexdigest()[:32]
    cached = ruledir.cache_dir()
    target = cached / f"rules-{_digest}.pickle" if cached else None
    regexstore.use(cached / f"regex-{_digest}.pickle" if cached else None)  # the patterns' programs
    if target is not None:
        try:
            with open(target, "rb") as f:
                return _kept(pickle.load(f))
        except Exception:  # missing, damaged or foreign: parse the rules again and write it anew
            pass
    tree = rules.load_tree()
    if target is not None:
        ruledir.write_cache(target, tree, "rules-*.pickle")
    return tree


def _from_disk(lang: Language, builder: Callable[[Language], T]) -> T:
    """A persisted builder's output for these rules and the package's code as it is now."""
    folder = ruledir.cache_dir()
    if folder is None or not _digest or _loaded is None or _loaded.get(lang.code) is not lang:
        return builder(lang)  # no cache, or a Language built by hand: its rules are not the digest's
    name = f"{lang.code}-{builder.__module__}.{builder.__qualname__}"
    target = folder / f"built-{_digest}-{name}.pickle"
    try:
        with open(target, "rb") as f:
            return _kept(regexstore.Unpickler(f).load())
    except Exception:  # missing, damaged or foreign: build it and write it anew
        pass
    made = builder(lang)
    ruledir.write_cache(target, made, f"built-*-{name}.pickle")
    return made


@functools.lru_cache(maxsize=1)
def _code_digest() -> str:
    """The package's source files by name, size and modification time, once per process: what is
    cached depends on more than one module (a rule gate on the prefilter, every pattern on text
    folding), so any change to the code rebuilds it. Python validates its own bytecode by the
    same stamps; reading and hashing every file instead cost a cold start several milliseconds,
    which is paid only where the stamps cannot be trusted."""
    package = Path(__file__).resolve().parent
    digest = hashlib.sha256(str(package).encode())  # two installs sharing the cache folder stay apart
    files = sorted(package.rglob("*.py"))
    stats = [path.stat() for path in files]
    # Reproducible builds and some copies set every time alike (SOURCE_DATE_EPOCH, 1980 in wheels, 0):
    # there the stamps tell no edit apart, and the bytes are hashed instead.
    normalised = "SOURCE_DATE_EPOCH" in os.environ or len({st.st_mtime_ns for st in stats}) == 1 < len(stats) \
        or any(st.st_mtime < 315_532_800 + 86_400 * 366 for st in stats)  # before 1981
    for path, stat in zip(files, stats):
        mark = hashlib.sha256(path.read_bytes()).hexdigest() if normalised else f"{stat.st_size}\0{stat.st_mtime_ns}"
        digest.update(f"{path.relative_to(package)}\0{mark}\0".encode())
    return digest.hexdigest()[:16]


def _kept(data: T) -> T:
    """What a cache file held, kept for the life of the process: out of the cyclic collector's
    sight (gc.freeze), which would otherwise traverse its objects, some hundred thousand for the
    rules, as they age, to free none of them. Whatever else is alive at that moment is frozen too,
    its cyclic garbage never collected until `reset`: some loads come mid-run (a language's first
    article), so a long run keeps what was alive at each, once per cache file and process."""
    gc.freeze()
    return data


def reset() -> None:
    """Forget the loaded languages (tests that swap the rules folder)."""
    global _loaded
    _loaded = None
    gc.unfreeze()  # what was loaded can be freed now


__all__ = ["Language", "RuleError", "get", "common", "codes", "compiled", "shared", "reset"]
