"""Where the rules are, and one rule file read as plain data: the floor under both the rule loader
(rules.py) and text folding (textfold.py), which needs the orthography tables before any rule
can be compiled."""
from __future__ import annotations

import os
from pathlib import Path
from typing import Any



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
    if not path.exists():
        return path, None
    import yaml  # here, not at the top: a process that finds the rules cached never parses YAML

    # the C loader parses the rules several times faster where PyYAML was built with libyaml
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        return path, yaml.load(path.read_text(encoding="utf-8"), Loader=loader)
    except yaml.YAMLError as e:
        raise RuleError(f"{path}: not valid YAML: {e}") from None
