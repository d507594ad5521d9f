"""The compiled rules of a language: loaded once, cached on disk keyed by their content, and
rebuilt when a rule file, the loader or the package changes."""
import os
import pickle
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from checker import languages, rules
from checker.extract import names
from checker.languages import Language

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """A disk cache filled once for the module from an empty one (parsing the rules takes seconds):
    the rules, the persisted builds, and what the first process read, to compare with what later
    processes read back."""
    cache = tmp_path_factory.mktemp("built") / "cache"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("CHECKER_CACHE", str(cache))
        languages.reset()
        from checker.compare import policy
        first = {"examples": {r.id: (r.examples, r.counterexamples) for r in languages.get("en").rules("dates").rules},
                 "index": names._index(),
                 "single_holder": policy.policy().single_holder,
                 "posts": {post: dict(v) for post, v in names.posts().items()}}
        languages.reset()
    return cache, first


@pytest.fixture
def cached(built, tmp_path, monkeypatch):
    """A copy of the module's filled cache, of this test's own, and nothing loaded in this process."""
    cache = tmp_path / "cache"
    shutil.copytree(built[0], cache)
    monkeypatch.setenv("CHECKER_CACHE", str(cache))
    languages.reset()
    yield cache, built[1]
    languages.reset()


def test_the_second_load_comes_from_the_disk_cache(cached, monkeypatch):
    cache, built = cached
    ids = list(built["examples"])  # the rules' ids, in their order, as the first process parsed them
    assert len(list(cache.glob("rules-*.pickle"))) == 1

    def no_parsing(*_a, **_k):
        raise AssertionError("the rules were parsed again")
    monkeypatch.setattr(rules, "load_tree", no_parsing)
    assert [r.id for r in languages.get("en").rules("dates").rules] == ids
    assert languages.get("en").rules("dates").rules[0].regex is not None  # compiled on first use


def test_rules_from_the_disk_cache_keep_their_examples(cached):
    """The examples are unpickled only when asked for, and are then those the files give."""
    parsed = cached[1]["examples"]
    assert sum(len(ex) for ex, _ in parsed.values()) > 20
    loaded = languages.get("en").rules("dates").rules
    assert not any("examples" in vars(r) for r in loaded)  # not built yet
    assert {r.id: (r.examples, r.counterexamples) for r in loaded} == parsed
    again = pickle.loads(pickle.dumps(loaded))  # a Rule read from the cache pickles again (persisted builds)
    assert [(r.examples, r.counterexamples) for r in again] == [parsed[r.id] for r in again]


def test_a_damaged_cache_file_is_rebuilt(cached):
    (rules_file,) = cached[0].glob("rules-*.pickle")
    rules_file.write_bytes(b"not a pickle")
    assert languages.get("ar").rules("dates").rules
    assert isinstance(pickle.loads(rules_file.read_bytes()), dict)


def test_an_unwritable_cache_only_costs_time(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    monkeypatch.setenv("CHECKER_CACHE", str(blocker / "cache"))  # below a file: no folder can be made
    languages.reset()
    try:
        assert languages.get("en").rules("events").rules
    finally:
        languages.reset()


def test_a_persisted_build_equals_a_fresh_one(cached):
    cache, built = cached
    first = built["index"]
    assert list(cache.glob("built-*names._index.pickle"))
    again = names._index()  # read back from disk this time
    fresh_build = names._index.__wrapped__(languages.common())
    assert again.by_key == fresh_build.by_key == first.by_key
    assert again.by_name == fresh_build.by_name


def test_the_persisted_single_holder_posts_equal_a_fresh_build(cached):
    from checker.compare import policy

    cache, built = cached
    first = built["single_holder"]
    assert list(cache.glob("built-*policy._single_holder.pickle"))
    assert policy.policy().single_holder == first == policy._single_holder.__wrapped__(languages.common())
    assert "russian culture minister" in first  # composed from the titles, not only listed


def test_the_persisted_posts_equal_a_fresh_build_and_share_their_values(cached):
    cache, built = cached
    first = built["posts"]
    assert list(cache.glob("built-*names._posts.pickle"))
    loaded = names._posts()  # read back from disk this time
    assert {post: dict(v) for post, v in names.posts().items()} == first == names._posts.__wrapped__(languages.common())
    kinds = {(v["country"], v["single_holder"]) for v in loaded.values()}
    assert len({id(v) for v in loaded.values()}) == len(kinds) < len(loaded) / 5  # one value per country and kind
    with pytest.raises(TypeError):
        names.posts()["US secretary of state"]["country"] = "Canada"  # shared: read-only


@pytest.mark.slow  # two processes, each parsing the rules
def test_an_edited_rule_file_is_read_anew(tmp_path):
    """A rules folder edited between two runs: the second run sees the edit, not the cache."""
    copy = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", copy)
    env = {**os.environ, "CHECKER_RULES": str(copy), "CHECKER_CACHE": str(tmp_path / "cache")}
    probe = "from checker import languages; print(languages.get('en').rules('dates').lookup('month', 'zzember'))"

    def run() -> str:
        done = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, cwd=ROOT)
        assert done.returncode == 0, done.stderr
        return done.stdout.strip()
    assert run() == "None"
    dates = copy / "en" / "dates.yaml"
    text = dates.read_text(encoding="utf-8")
    assert "\n  month:\n" in text
    dates.write_text(text.replace("\n  month:\n", "\n  month:\n    zzember: 12\n", 1), encoding="utf-8")
    assert run() == "12"
    assert len(list((tmp_path / "cache").glob("rules-*.pickle"))) == 2


def test_an_edited_module_changes_the_code_key(tmp_path):
    """The caches are keyed by the package's files (name, size, modification time): an edit
    rebuilds them, even one that keeps the file's size; an untouched package keeps its key."""
    copy = tmp_path / "checker"
    shutil.copytree(ROOT / "checker", copy, ignore=shutil.ignore_patterns("__pycache__"))
    probe = "from checker import languages; print(languages.__file__, languages._code_digest())"

    def run() -> str:
        done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=tmp_path,
                              env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"})
        assert done.returncode == 0, done.stderr
        where, key = done.stdout.split()
        assert Path(where).parent == copy  # the copy, not the checkout, is the package
        return key
    first = run()
    assert run() == first
    module = copy / "textfold.py"
    before = module.stat()
    module.write_text(module.read_text(encoding="utf-8").replace("folded", "f0lded", 1), encoding="utf-8")
    os.utime(module, ns=(before.st_atime_ns, before.st_mtime_ns + 1_000_000_000))
    assert module.stat().st_size == before.st_size
    edited = run()
    assert edited != first
    (copy / "extract" / "more.py").write_text("", encoding="utf-8")  # a module added
    assert run() not in (first, edited)


def test_where_stamps_are_normalised_an_edit_keeping_size_and_time_changes_the_key(tmp_path):
    """A reproducible build sets every file's time alike (SOURCE_DATE_EPOCH): the bytes decide."""
    copy = tmp_path / "checker"
    shutil.copytree(ROOT / "checker", copy, ignore=shutil.ignore_patterns("__pycache__"))
    probe = "from checker import languages; print(languages._code_digest())"

    def run() -> str:
        done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, cwd=tmp_path,
                              env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1", "SOURCE_DATE_EPOCH": "0"})
        assert done.returncode == 0, done.stderr
        return done.stdout.strip()
    first = run()
    module = copy / "textfold.py"
    before = module.stat()
    module.write_text(module.read_text(encoding="utf-8").replace("folded", "f0lded", 1), encoding="utf-8")
    os.utime(module, ns=(before.st_atime_ns, before.st_mtime_ns))  # the same size and the same time
    assert module.stat().st_size == before.st_size and run() != first


def test_a_language_is_passed_down_not_looked_up():
    """A Language built by hand (here: English dates under another code) is what the stages
    read: analysis takes the rules it is given."""
    from checker.extract import timex

    en = languages.get("en")
    xx = Language("xx", {"dates": en.rules("dates"), "modality": en.rules("modality")}, languages.common())
    assert [w.value for w in timex.tag("on 12 March 2023", xx, None)] == ["2023-03-12"]
    assert timex.tag("on 12 March 2023", "xx", None) == []  # the code alone has no rules


def test_unknown_codes_are_refused():
    with pytest.raises(ValueError):
        languages.get("../en")
    assert not languages.get("zz").has_rules
    assert "zz" not in languages.codes()


@pytest.mark.slow  # two processes, each parsing the rules
def test_a_process_that_finds_the_rules_cached_parses_no_yaml(tmp_path):
    env = {**os.environ, "CHECKER_CACHE": str(tmp_path / "cache")}
    probe = ("import sys; from checker import languages; from checker.textfold import fold; "
             "fold('text'); languages.get('ar').rules('dates'); print('yaml' in sys.modules)")

    def run() -> str:
        done = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, cwd=ROOT)
        assert done.returncode == 0, done.stderr
        return done.stdout.strip()
    assert run() == "True"  # the first parses and fills the cache
    assert run() == "False"
