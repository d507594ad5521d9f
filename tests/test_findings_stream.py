"""The comparison streams into the store: findings are handed over as they are found, gathered
without a lock on the store, and read back in the order of sort_findings, a section at a time."""
import random
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from checker import archive, model
from checker.compare.engine import sort_findings
from checker.pipeline import Analysis
from checker.read.documents import Raw, build
from checker.store import Store

RULES = ["date-conflict", "figure-conflict", "corroboration", "publication-date-suggestion", "weekday-mismatch"]
WORDS = ["visit", "زيارة", "Ünïcödé", "𝔘nicode", "trade", "B", "a", ""]


def synthetic(rng: random.Random, docs: list[str], i: int) -> model.Finding:
    """A finding with two quotes of about 200 characters, of a random severity, rule and message
    (ties on purpose: few distinct messages)."""
    rule = rng.choice(RULES)
    a, b = rng.sample(docs, 2)
    text = " ".join(rng.choice(WORDS) for _ in range(40))
    return model.Finding(rule, rng.choice(["error", "warning", "info", "odd"]),
                         "date" if rule == "weekday-mismatch" else "visit",
                         f"{rng.choice(WORDS)} {rng.randrange(3)}", (f"f{i}a", f"f{i}b"), (a, b),
                         (model.Quote(a, 0, 5, text[:200]), model.Quote(b, 0, 5, text[::-1][:200])),
                         ("2023-10", "XXXX-02"), {"n": i})


def archive_with(path: Path, n: int, seed: int = 3) -> Store:
    store = Store(path)
    ids = []
    for k in range(20):
        doc = build(Raw(f"src/{k:02d}.txt", f"Article {k} of the synthetic archive.", source=f"Wire {k}",
                        published=date(2023, 1, 1 + k), published_from="test"))
        store.add(doc, Analysis((), ()))
        ids.append(doc.id)
    rng = random.Random(seed)
    store.replace_findings(synthetic(rng, ids, i) for i in range(n))  # a stream, as the comparison gives it
    return store


def test_stored_findings_come_in_the_order_of_sort_findings(tmp_path):
    store = archive_with(tmp_path / "a.db", 600)
    everything = store.findings()
    assert len(everything) == 600
    assert list(archive.stored_findings(store)) == sort_findings(everything)
    assert list(archive.stored_findings(store, rules=["corroboration"])) == \
        [f for f in sort_findings(everything) if f.rule == "corroboration"]
    assert store.count_findings(not_rules=["corroboration"], not_kind="date") == \
        sum(f.rule != "corroboration" and f.kind != "date" for f in everything)


def test_the_comparison_takes_no_lock_while_it_runs(tmp_path):
    """Findings are gathered without the store's write lock: another writer goes on meanwhile."""
    store = archive_with(tmp_path / "a.db", 10)
    other = sqlite3.connect(tmp_path / "a.db", timeout=0.2)
    wrote = []

    def findings():
        for i in range(3):
            yield model.Finding("corroboration", "info", "visit", f"agree {i}")
            with other:  # fails with 'database is locked' if the comparison held the lock
                other.execute("INSERT INTO state (key, value) VALUES (?, 'x')", [f"other {i}"])
            wrote.append(i)

    store.replace_findings(findings())
    assert wrote == [0, 1, 2]
    assert [f.message for f in store.findings() if f.rule == "corroboration"] == ["agree 0", "agree 1", "agree 2"]
    assert not store.comparison_pending()
    assert not store.conn.execute("SELECT name FROM temp.sqlite_master").fetchall()  # nothing left behind


def test_a_comparison_that_fails_leaves_the_findings_and_the_mark(tmp_path):
    store = archive_with(tmp_path / "a.db", 10)
    before = store.findings()
    store._mark_pending()
    store.conn.commit()

    def failing():
        yield model.Finding("corroboration", "info", "visit", "half")
        raise OSError("disk full")

    with pytest.raises(OSError):
        store.replace_findings(failing())
    assert store.findings() == before and store.comparison_pending()
    store.replace_findings(iter(()))  # the store is usable again
    assert not store.comparison_pending()
