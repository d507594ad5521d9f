"""List rule examples and test strings that repeat 6 consecutive words of a dev article.

Rule examples and test sentences are our own: one copied from tests/data/real/dev makes the rules
fit the dev set rather than the language. Words are compared folded (checker.textfold, then case and
punctuation dropped). With a commit, only strings on lines changed since it are listed.

    python benchmarks/dev_overlap.py [COMMIT]
"""
import ast
import re
import subprocess
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
from checker.textfold import fold  # noqa: E402

RUN = 6
SKIP = ("tests/data/real/",)  # the articles themselves


def words(text: str) -> list[str]:
    return re.sub(r"[\W_]+", " ", fold(text).text.casefold()).split()


def runs(text: str) -> set[tuple[str, ...]]:
    ws = words(text)
    return {tuple(ws[i:i + RUN]) for i in range(len(ws) - RUN + 1)}


def strings(path: Path):
    """(first line, last line, text) of every string a test or rule file holds."""
    src = path.read_text(encoding="utf-8")
    if path.suffix == ".py":
        for node in ast.walk(ast.parse(src)):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                yield node.lineno, node.end_lineno, node.value
    elif path.suffix in (".yaml", ".yml"):
        stack = [yaml.compose(src)]
        while stack:
            node = stack.pop()
            if isinstance(node, yaml.ScalarNode):
                yield node.start_mark.line + 1, node.end_mark.line + 1, node.value
            elif isinstance(node, yaml.SequenceNode):
                stack.extend(node.value)
            elif isinstance(node, yaml.MappingNode):
                stack.extend(value for _, value in node.value)
    else:
        for number, line in enumerate(src.splitlines(), 1):
            yield number, number, line


def changed_lines(commit: str, path: str) -> set[int]:
    diff = subprocess.run(["git", "diff", "-U0", commit, "--", path], capture_output=True, text=True,
                          cwd=ROOT, check=True).stdout
    lines = set()
    for m in re.finditer(r"^@@ -\S+ \+(\d+)(?:,(\d+))? @@", diff, re.M):
        start = int(m.group(1))
        lines.update(range(start, start + int(m.group(2) or 1)))
    return lines


def main(commit: str | None = None) -> int:
    dev: dict[tuple[str, ...], str] = {}
    for article in sorted((ROOT / "tests/data/real/dev").glob("*.txt")):
        for run in runs(article.read_text(encoding="utf-8")):
            dev.setdefault(run, article.name)
    if commit:
        names = subprocess.run(["git", "diff", "--name-only", commit, "--", "rules", "tests"], capture_output=True,
                               text=True, cwd=ROOT, check=True).stdout.split()
    else:
        names = [str(p.relative_to(ROOT)) for d in ("rules", "tests") for p in sorted((ROOT / d).rglob("*"))
                 if p.suffix in (".py", ".yaml", ".jsonl")]
    found = 0
    for name in names:
        path = ROOT / name
        if name.startswith(SKIP) or not path.is_file() or path.suffix not in (".py", ".yaml", ".jsonl", ".md"):
            continue
        wanted = changed_lines(commit, name) if commit else None
        for first, last, text in strings(path):
            if wanted is not None and not wanted.intersection(range(first, last + 1)):
                continue
            shared = sorted(run for run in runs(text) if run in dev)
            if shared:
                found += 1
                print(f"{name}:{first}: {' '.join(shared[0])!r} ({dev[shared[0]]}, {len(shared)} runs)")
    print(f"{found} strings share a run of {RUN} words with tests/data/real/dev", file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else None))
