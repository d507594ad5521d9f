import sqlite3
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture
def seeds_dir() -> Path:
    return SEEDS


def facts_of(text, lang="en", published=None):
    """The facts the whole analysis reads in `text`, an article of `lang` published on `published`."""
    from checker.pipeline import analyse
    from checker.read.documents import Document

    doc = Document(id="x", path="x", source=None, url=None, lang=lang, published=published,
                   published_evidence="", text=text, kept=((0, len(text)),))
    return analyse(doc).facts


def sqlite_run(path, *statements):
    """Run SQL on a database file outside the checker (to build foreign or damaged stores)."""
    conn = sqlite3.connect(path)
    with conn:
        for sql in statements:
            conn.execute(sql)
    conn.close()
