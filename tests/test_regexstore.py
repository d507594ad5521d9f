"""Compiled patterns kept on disk: a later process gets the very Pattern re.compile gives, without
compiling it; a damaged or foreign file, or none, only means compiling as usual."""
import io
import os
import pickle
import re
import subprocess
import sys
from pathlib import Path

import pytest

from checker import regexstore

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [r"(?P<month>march|april)\s+(?P<year>\d{4})", r"(?<![^\W_])(?:و|ب)??(?P<t_body>بوتين)(?![^\W_])", r"x{2,}"]


@pytest.fixture
def store(tmp_path):
    """The module's state as a fresh process has it, kept in a file of this test's own."""
    saved = regexstore._path, regexstore._stored, dict(regexstore._new)
    regexstore._path, regexstore._stored = None, None
    regexstore._new.clear()
    regexstore.use(tmp_path / "regex-test.pickle")
    yield tmp_path / "regex-test.pickle"
    regexstore._new.clear()
    regexstore._made.clear()
    regexstore._path, regexstore._stored = saved[0], saved[1]
    regexstore._new.update(saved[2])


def _fresh_process(path):
    regexstore._path, regexstore._stored = path, None
    regexstore._new.clear()
    regexstore._made.clear()


def test_a_stored_program_gives_the_pattern_re_compile_gives(store, monkeypatch):
    made = [regexstore.compile(s, re.IGNORECASE) for s in SOURCES]
    plain = [re.compile(s, re.IGNORECASE) for s in SOURCES]
    regexstore.save()
    assert store.exists()
    _fresh_process(store)

    def no_parsing(*_a, **_k):
        raise AssertionError("parsed again")
    monkeypatch.setattr(regexstore._parser, "parse", no_parsing)
    for source, first, usual in zip(SOURCES, made, plain):
        again = regexstore.compile(source, re.IGNORECASE)
        assert again == usual == first  # same source, flags and engine program
        assert again.groupindex == usual.groupindex and again.groups == usual.groups
    rx = regexstore.compile(SOURCES[0], re.IGNORECASE)
    assert rx.search("in March 2023").groupdict() == {"month": "March", "year": "2023"}
    assert regexstore.compile(SOURCES[1], re.IGNORECASE).search("زار وبوتين").group("t_body") == "بوتين"
    assert not regexstore._new  # nothing new to write
    assert regexstore.compile(SOURCES[0], re.IGNORECASE) is rx  # asked again: the same object, as re's cache gives


def test_a_bad_pattern_raises_as_re_compile_does(store):
    with pytest.raises(re.error):
        regexstore.compile("(?P<a>x", 0)
    with pytest.raises(re.error):
        re.compile("(?P<a>x", 0)
    assert not regexstore._new


@pytest.mark.parametrize("content", [b"not a pickle", pickle.dumps(("another Python", {})), b""])
def test_a_damaged_or_foreign_file_only_means_compiling(store, content):
    store.write_bytes(content)
    _fresh_process(store)
    assert regexstore.compile(SOURCES[0], re.I) == re.compile(SOURCES[0], re.I)
    regexstore.save()  # written anew, readable
    key, entries = pickle.loads(store.read_bytes())
    assert key == regexstore._KEY and (SOURCES[0], int(re.I)) in entries


def test_a_tampered_program_is_compiled_anew(store):
    regexstore.compile(SOURCES[2], 0)
    regexstore.save()
    key, entries = pickle.loads(store.read_bytes())
    final, code, *rest = entries[(SOURCES[2], 0)]
    entries[(SOURCES[2], 0)] = (final, b"\xff" * len(code), *rest)  # a program the engine refuses
    store.write_bytes(pickle.dumps((key, entries)))
    _fresh_process(store)
    rx = regexstore.compile(SOURCES[2], 0)
    assert rx.fullmatch("xxx") and not rx.fullmatch("x")


def test_without_a_file_nothing_is_kept(store):
    regexstore.use(None)
    assert regexstore.compile(SOURCES[2], 0) == re.compile(SOURCES[2], 0)
    assert not regexstore._new


def test_pickled_patterns_load_through_the_store(store):
    data = pickle.dumps({"a": re.compile(SOURCES[0], re.I)})
    loaded = regexstore.Unpickler(io.BytesIO(data)).load()
    assert loaded["a"] == re.compile(SOURCES[0], re.I)
    assert any(source == SOURCES[0] for source, _ in regexstore._new)


@pytest.mark.slow  # two processes, each starting from nothing
def test_a_second_process_compiles_no_rule(tmp_path):
    """Through the rules: a process that finds the programs on disk compiles none of the rules."""
    probe = ("from re import _compiler; from checker import languages; "
             "calls = []; real = _compiler.compile; "
             "_compiler.compile = lambda *a, **k: calls.append(a[0]) or real(*a, **k); "
             "dates = languages.get('en').rules('dates').rules; [r.regex for r in dates]; "
             "sources = {r.source for r in dates}; print(len(set(calls) & sources), len(sources))")

    def run(cache: str) -> list[int]:
        env = {**os.environ, "CHECKER_CACHE": cache}
        done = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, cwd=ROOT)
        assert done.returncode == 0, done.stderr
        return [int(n) for n in done.stdout.split()]
    compiled, rules = run("")
    assert compiled == rules > 20  # no disk cache: the rules are parsed and every pattern compiled
    run(str(tmp_path / "cache"))  # the first process with a cache fills it
    assert list((tmp_path / "cache").glob("regex-*.pickle"))
    assert run(str(tmp_path / "cache")) == [0, rules]


def test_another_python_takes_none_of_the_private_compiler_steps(tmp_path):
    """The steps are those of Python 3.11 to 3.13: on another, whose private modules may work
    otherwise, every pattern is compiled as re.compile does and nothing is kept on disk."""
    probe = ("import sys; sys.version_info = (3, 14, 0, 'final', 0); import re; from checker import regexstore; "
             f"regexstore.use(__import__('pathlib').Path({str(tmp_path / 'regex.pickle')!r})); "
             "p = regexstore.compile(r'(?P<a>x+)y', re.I); "
             "print(regexstore._parser is None, regexstore._sre is None, p.match('XXy')['a'], len(regexstore._new))")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["True", "True", "XX", "0"]
    assert regexstore._private_compiler((3, 10, 0)) is None
    if sys.version_info[:2] in regexstore.COMPILER_VERSIONS:  # this Python keeps programs on disk
        assert regexstore._private_compiler() is not None
