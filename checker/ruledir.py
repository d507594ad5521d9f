"""Where the rules are, and one rule file read as plain data: the floor under both the rule loader
(rules.py) and text folding (textfold.py), which needs the orthography tables before any rule
can be compiled. Also the disk cache both build on: a file read once is kept as a pickle keyed by
its bytes, so a later process reads no YAML at all."""
from __future__ import annotations

import hashlib
import os
import pickle
import sys
import tempfile
from pathlib import Path
from typing import Any

KEEP = 4  # cache files of one kind kept in the folder (checkouts of other versions may share it)


class RuleError(ValueError):
    """A rule file that does not follow the schema."""


def _rules_dir() -> Path:
    """CHECKER_RULES, else the copy an installed wheel carries, else rules/ of the checkout."""
    if os.environ.get("CHECKER_RULES"):
        return Path(os.environ["CHECKER_RULES"])
    here = Path(__file__).resolve().parent
    installed = here / "rules_data"
    if installed.is_dir():
        return installed
    return here.parent / "rules"


RULES_DIR = _rules_dir()


def base(root: str | None = None) -> Path:
    folder = Path(root or RULES_DIR)
    if not folder.is_dir():
        raise RuleError(f"rules folder not found: {folder} (set CHECKER_RULES to the rules/ folder)")
    return folder


def read(lang: str, kind: str, root: str | None = None) -> tuple[Path, Any]:
    """(path, the file's data); data is None for a file that does not exist."""
    path = base(root) / lang / f"{kind}.yaml"
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return path, None
    folder = cache_dir()
    digest = hashlib.sha256(raw + sys.version.encode()).hexdigest()[:32]
    target = folder / f"yaml-{lang}-{kind}-{digest}.pickle" if folder else None
    if target is not None:
        try:
            with open(target, "rb") as f:
                return path, pickle.load(f)
        except Exception:  # missing, damaged or foreign: parse the file and write it anew
            pass
    data = _parse(path, raw)
    if target is not None:
        write_cache(target, data, f"yaml-{lang}-{kind}-*.pickle")
    return path, data


def _parse(path: Path, raw: bytes) -> Any:
    import yaml  # here, not at the top: a process that finds the rules cached never parses YAML

    # the C loader parses the rules several times faster where PyYAML was built with libyaml
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        return yaml.load(raw.decode("utf-8"), Loader=loader)
    except UnicodeDecodeError as e:
        raise RuleError(f"{path}: not UTF-8: {e}") from None
    except yaml.YAMLError as e:
        raise RuleError(f"{path}: not valid YAML: {e}") from None


def cache_dir() -> Path | None:
    """CHECKER_CACHE (empty: no disk cache), else $XDG_CACHE_HOME/checker, else ~/.cache/checker."""
    if "CHECKER_CACHE" in os.environ:
        return Path(os.environ["CHECKER_CACHE"]) if os.environ["CHECKER_CACHE"] else None
    home = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(home) / "checker"


def write_cache(target: Path, data: Any, siblings: str) -> None:
    """Write whole or not at all (a temporary file renamed over), keep the KEEP newest files
    matching `siblings`, and never fail the run for it: a read-only home only costs the next
    process the parse."""
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-", suffix=".pickle.tmp")
        try:
            with os.fdopen(fd, "wb") as f:
                pickle.dump(data, f, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, target)
        except BaseException:
            os.unlink(tmp)
            raise
        older = sorted(target.parent.glob(siblings), key=lambda p: p.stat().st_mtime, reverse=True)
        for stale in older[KEEP:]:
            stale.unlink(missing_ok=True)
    except (OSError, pickle.PicklingError, TypeError, AttributeError, RecursionError):
        pass


def write_generated(path: Path, render, description: str, argv=None) -> int:
    """The command line of a generated rule file: write what `render()` gives, or with `--check`
    exit 1 when the file on disk differs from it (a test or CI keeps generated files current)."""
    import argparse

    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--check", action="store_true", help="exit 1 if the file differs from what it generates")
    args = parser.parse_args(argv)
    text = render()
    if args.check:
        same = path.exists() and path.read_text(encoding="utf-8") == text
        print(f"{path}: {'up to date' if same else 'differs from what it generates'}")
        return 0 if same else 1
    path.write_text(text, encoding="utf-8")
    print(f"{path}: {text.count(chr(10))} lines")
    return 0
