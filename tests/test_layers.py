"""The package's floors: data goes down them and never comes back up. read never imports
extract, extract never imports compare, nothing below the pipeline knows the store or the output,
and no module imports itself through others (no import cycles, function-level imports included)."""
import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "checker"
# a floor -> the floors and modules it must not import
FORBIDDEN = {
    "checker.read": ("checker.extract", "checker.compare", "checker.output", "checker.store", "checker.ingest",
                     "checker.pipeline", "checker.archive", "checker.cli"),
    "checker.extract": ("checker.compare", "checker.output", "checker.store", "checker.ingest", "checker.pipeline",
                        "checker.archive", "checker.cli"),
    "checker.compare": ("checker.output", "checker.store", "checker.ingest", "checker.pipeline", "checker.archive",
                        "checker.cli"),
    "checker.output": ("checker.store", "checker.ingest", "checker.archive", "checker.cli"),
}


def _module(path: Path) -> str:
    parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports() -> dict[str, set[str]]:
    modules = {_module(p): p for p in PACKAGE.rglob("*.py")}
    graph = {}
    for name, path in modules.items():
        found = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("checker"):
                for alias in node.names:  # 'from checker.extract import timex' imports a module
                    sub = f"{node.module}.{alias.name}"
                    found.add(sub if sub in modules else node.module)
            elif isinstance(node, ast.Import):
                found |= {a.name for a in node.names if a.name.startswith("checker")}
        graph[name] = {m for m in found if m in modules and m != name}
    return graph


def test_no_import_cycles():
    graph = _imports()
    state: dict[str, int] = {}  # 1 on the path, 2 done
    cycles = []

    def visit(node, path):
        state[node] = 1
        for nxt in sorted(graph[node]):
            if nxt.startswith(node + ".") or node.startswith(nxt + "."):
                continue  # a package and its own modules
            if state.get(nxt) == 1:
                cycles.append(path[path.index(nxt):] + [nxt])
            elif nxt not in state:
                visit(nxt, path + [nxt])
        state[node] = 2

    for node in sorted(graph):
        if node not in state:
            visit(node, [node])
    assert not cycles, cycles


@pytest.mark.parametrize("floor", sorted(FORBIDDEN))
def test_floors(floor):
    wrong = [(m, i) for m, imports in _imports().items() if m == floor or m.startswith(floor + ".")
             for i in imports if any(i == f or i.startswith(f + ".") for f in FORBIDDEN[floor])]
    assert not wrong, wrong


def test_rules_reach_the_stages_through_a_language_only():
    """No stage loads a rule file itself or keeps rules in a cache of its own: rules come from a
    Language (checker/languages.py), which owns the one in-process and on-disk cache."""
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if path.name in ("rules.py", "languages.py", "ruledir.py", "textfold.py"):
            continue  # the loader, the cache, and the floor under both
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and isinstance(node.func.value, ast.Name):
                if (node.func.value.id, node.func.attr) in (("rules", "load"), ("rules", "load_tree")):
                    offenders.append(f"{path.name}:{node.lineno} rules.{node.func.attr}")
            if isinstance(node, ast.FunctionDef):
                cached = any("cache" in ast.unparse(d) and "languages" not in ast.unparse(d) for d in node.decorator_list)
                if cached and ".rules(" in ast.unparse(node):
                    offenders.append(f"{path.name}:{node.lineno} {node.name} caches rules")
    assert not offenders, offenders


def test_no_language_words_in_the_code():
    """Language knowledge lives in rules/ as data with examples: no Python module under checker/
    holds a letter of the Arabic script, in code, strings or comments."""
    import re
    arabic = re.compile("[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
    offenders = [f"{path.relative_to(PACKAGE.parent)}:{n}"
                 for path in PACKAGE.rglob("*.py")
                 for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1) if arabic.search(line)]
    assert not offenders, offenders
