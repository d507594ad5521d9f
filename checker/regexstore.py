"""Compiled regular expressions kept on disk between processes, as Python keeps bytecode.

Compiling a pattern is parsing it and writing the regex engine's program for it; for the rules
(a few hundred patterns, lexicons factored into long alternations) that is half a second, paid by
every process at its first sentences. The program is plain data: a process that finds it on disk
hands it to the engine (`_sre.compile`, which checks it) in microseconds, and gets the very
Pattern `re.compile` gives. The program is private to the Python version, so the file is keyed
by it, and by the rules (`languages.py` names the file when it knows their digest); a file that
is missing, damaged or written by another Python only means compiling as usual.
"""
from __future__ import annotations

import array
import atexit
import pickle
import re
import sys
from pathlib import Path

# the Pythons whose private compiler steps (re._parser, re._compiler._code, _sre.compile) this
# module runs: another may have modules of these names that work otherwise
COMPILER_VERSIONS = frozenset({(3, 11), (3, 12), (3, 13)})


def _private_compiler(version: tuple = tuple(sys.version_info)):
    """(_sre, re._compiler, re._parser), the standard library's steps `re.compile` runs, on a
    Python of COMPILER_VERSIONS; None on any other: every pattern is then compiled as usual."""
    if tuple(version[:2]) not in COMPILER_VERSIONS:
        return None
    try:
        import _sre
        from re import _compiler, _parser
    except ImportError:  # pragma: no cover - a build without them
        return None
    return _sre, _compiler, _parser


_sre, _compiler, _parser = _private_compiler() or (None, None, None)

from checker import ruledir

# the engine's program as machine words: array's typecode of that width
_WORD = next((t for t in "IL" if array.array(t).itemsize == getattr(_sre, "CODESIZE", 0)), None)
_KEY = f"{sys.version}|{getattr(_sre, 'MAGIC', '')}|{_WORD}"

_path: Path | None = None  # the file of the rules in use; None: nothing kept on disk
_stored: dict | None = None  # (source, flags) -> what _sre.compile takes, as read from _path
_new: dict = {}  # compiled by this process, not yet on disk
_made: dict = {}  # (source, flags) -> Pattern: a pattern asked for again is the same object, as re's cache gives
MADE = 4096  # patterns kept so, at most (tests build many rule sets)
_registered = False


def use(path: Path | None) -> None:
    """Keep programs in `path` from now on (None: compile as usual, keep nothing)."""
    global _path, _stored, _registered
    if path != _path:
        save()
        _path, _stored = path, None
        _made.clear()
    if path is not None and not _registered:
        atexit.register(save)
        _registered = True


def compile(source: str, flags: int = 0) -> re.Pattern:
    """`re.compile(source, flags)`, its program read from disk when an earlier process made it."""
    flags = int(flags)
    if _path is None or _WORD is None or _parser is None or not isinstance(source, str):
        return re.compile(source, flags)
    key = (source, flags)
    made = _made.get(key)
    if made is not None:
        return made
    if len(_made) >= MADE:
        _made.clear()
    entry = _new.get(key) or _entries().get(key)
    if entry is not None:
        final, code, groups, groupindex, indexgroup = entry
        try:
            made = _made[key] = _sre.compile(source, final, array.array(_WORD, code).tolist(), groups, groupindex,
                                             indexgroup)
            return made
        except Exception:  # noqa: BLE001 - a program this engine refuses: compile it anew
            pass
    parsed = _parser.parse(source, flags)  # re.error for a bad pattern, as re.compile raises
    try:
        code = _compiler._code(parsed, flags)
        groupindex = dict(parsed.state.groupdict)
        indexgroup = [None] * parsed.state.groups
        for name, i in groupindex.items():
            indexgroup[i] = name
        entry = (flags | parsed.state.flags, array.array(_WORD, code).tobytes(), parsed.state.groups - 1,
                 groupindex, tuple(indexgroup))
        pattern = _sre.compile(source, entry[0], code, *entry[2:])
    except Exception:  # noqa: BLE001 - a compiler whose steps differ from these: the usual way
        return re.compile(source, flags)
    _new[key] = entry
    _made[key] = pattern
    return pattern


class Unpickler(pickle.Unpickler):
    """A pickle's patterns compiled through the store (a pickled Pattern is its source and flags,
    compiled again by `re._compile` when loaded)."""

    def find_class(self, module: str, name: str):
        if (module, name) == ("re", "_compile"):
            return compile
        return super().find_class(module, name)


def _entries() -> dict:
    global _stored
    if _stored is None:
        _stored = _read(_path)
    return _stored


def _read(path: Path | None) -> dict:
    try:
        with open(path, "rb") as f:
            key, entries = pickle.load(f)
        return entries if key == _KEY and isinstance(entries, dict) else {}
    except Exception:  # noqa: BLE001 - missing, damaged or foreign: compile as usual
        return {}


def save() -> None:
    """Write the programs this process made to the file, with those other processes wrote there
    meanwhile; never fails the run (an unwritable cache only costs the next process the compiling)."""
    global _stored
    if not _new or _path is None:
        return
    merged = {**_read(_path), **_new}
    ruledir.write_cache(_path, (_KEY, merged), "regex-*.pickle")
    _stored = merged
    _new.clear()
