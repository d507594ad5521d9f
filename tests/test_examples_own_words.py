"""Rule examples are written in our own words, never copied from an evaluation text.

A rule whose examples repeat sentences of the seeds, the annotated real pages or the eval
set is fitted to the very texts it is measured on, and its score there says little about
other text. So no example `text`, no `not` string and no comment or description that quotes a
phrase may share a run of RUN consecutive words with any of those texts. (boilerplate.yaml files
are exempt: they list real site furniture strings on purpose.)
"""
from functools import lru_cache
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C loader reads the rules ~7x faster
RUN = 8  # words in a row that an example may not share with a text
TEXT_GLOBS = ["seeds/*.txt", "tests/data/**/*.txt"]  # every text the tests measure or read


def _runs(text):
    words = text.split()  # split() collapses every run of whitespace
    return (words[i:i + RUN] for i in range(len(words) - RUN + 1))


@lru_cache(maxsize=1)  # (read once for both tests)
def _text_runs():
    """Every RUN-word run of the texts: its inner words -> {(first word, last word): text file}.

    A run occurs in a text as a string does: its inner words are whole words of the text, while
    its first word may end a longer word (بغداد in وبغداد) and its last may begin one (بغداد،).
    """
    index = {}
    files = sorted({p for g in TEXT_GLOBS for p in ROOT.glob(g)})
    for path in files:
        name = str(path.relative_to(ROOT))
        for run in _runs(path.read_text(encoding="utf-8")):
            index.setdefault(" ".join(run[1:-1]), {}).setdefault((run[0], run[-1]), name)
    return files, index


def _copied_run(example, index):
    """The first RUN-word run of the example that occurs in a text, with that text, or None."""
    for run in _runs(example):
        for (first, last), name in index.get(" ".join(run[1:-1]), {}).items():
            if first.endswith(run[0]) and last.startswith(run[-1]):
                return " ".join(run), name
    return None


def _example_strings(node, out):
    """Walk a loaded YAML document: each dict's 'text' string, each string of a 'not' list."""
    if isinstance(node, dict):
        if isinstance(node.get("text"), str):
            out.append(node["text"])
        for key, value in node.items():
            if key == "not" and isinstance(value, list):
                out.extend(s for s in value if isinstance(s, str))
            _example_strings(value, out)
    elif isinstance(node, list):
        for value in node:
            _example_strings(value, out)
    return out


def _rule_files():
    return [p for p in sorted((ROOT / "rules").rglob("*.yaml")) if p.name != "boilerplate.yaml"]


def test_examples_share_no_run_of_words_with_the_texts():
    files, index = _text_runs()
    assert files, "found no seeds, real or eval texts to compare the examples with"
    assert _rule_files(), "found no rule files"
    copied = []
    for rule_file in _rule_files():
        for example in _example_strings(yaml.load(rule_file.read_text(encoding="utf-8"), Loader=LOADER), []):
            hit = _copied_run(example, index)
            if hit:
                copied.append(f"{rule_file.relative_to(ROOT)}: {' '.join(example.split())!r}\n"
                              f"    shares {hit[0]!r} with {hit[1]}")
    if copied:
        pytest.fail(f"{len(copied)} rule examples copy {RUN} words in a row from a text; "
                    "reword them in our own words:\n" + "\n".join(copied), pytrace=False)


def test_comments_quote_no_run_of_words_from_the_texts():
    # comments and descriptions quote phrases to say what a pattern reads: those are examples too
    _, index = _text_runs()
    copied = []
    for rule_file in _rule_files():
        for number, line in enumerate(rule_file.read_text(encoding="utf-8").splitlines(), 1):
            stripped = line.strip()
            if not (stripped.startswith("#") or stripped.startswith("description:")):
                continue
            hit = _copied_run(stripped.lstrip("#").removeprefix("description:"), index)
            if hit:
                copied.append(f"{rule_file.relative_to(ROOT)}:{number} shares {hit[0]!r} with {hit[1]}")
    assert not copied, "\n".join(copied)
