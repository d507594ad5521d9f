"""The report streams: the three files are written while the findings are read back from the
store, a chunk at a time, never all held at once; the files stay those the whole list gave."""
import json
import tracemalloc
from pathlib import Path

import pytest
from click.testing import CliRunner

from checker.cli import cli
from checker.compare.engine import sort_findings
from checker.output import report
from checker.store import Store

from test_findings_stream import archive_with

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def test_the_report_is_read_from_the_store_in_sections(tmp_path, monkeypatch):
    store = archive_with(tmp_path / "a.db", 300)
    everything = sort_findings(store.findings())

    def whole(*a, **kw):
        raise AssertionError("the report holds every finding, document or fact")

    for name in ("findings", "documents", "facts"):
        monkeypatch.setattr(Store, name, whole)
    paths = report.write(store, tmp_path / "out")
    data = json.loads((tmp_path / "out" / "report.json").read_text(encoding="utf-8"))
    special = ("corroboration", "publication-date-suggestion")
    sections = {
        "conflicts": [f for f in everything if f.rule not in special and f.kind != "date"],
        "corroborations": [f for f in everything if f.rule == "corroboration"],
        "suggestions": [f for f in everything if f.rule == "publication-date-suggestion"],
        "in_document": [f for f in everything if f.rule not in special and f.kind == "date"],
    }
    for key, expected in sections.items():
        assert [(d["rule"], d["message"], d["facts"]) for d in data[key]] == \
            [(f.rule, f.message, list(f.facts)) for f in expected], key
    assert data["counts"] == {s: sum(f.severity == s for f in everything) for s in ("error", "warning", "info")}
    assert [d["label"] for d in data["documents"]] == [f"{k:02d}" for k in range(20)]
    md = (tmp_path / "out" / "report.md").read_text(encoding="utf-8")
    assert f"## Conflicts ({len(sections['conflicts'])})" in md and "Wire 7" in md
    assert len(paths) == 3


def test_the_files_are_those_the_whole_list_gave(tmp_path):
    """The streamed JSON is the one json.dumps(indent=2) writes of the same sections."""
    store = archive_with(tmp_path / "a.db", 50)
    ctx = report.context(store)
    whole = {"counts": ctx["counts"], **{k: [report.finding_dict(f) for f in ctx[k]] for k in
                                         ("conflicts", "corroborations", "suggestions", "in_document")},
             "documents": [d.__dict__ for d in ctx["documents"]]}
    assert report.as_json(ctx) == json.dumps(whole, ensure_ascii=False, indent=2, default=str)
    empty = Store(memory=True)
    assert json.loads(report.as_json(report.context(empty)))["conflicts"] == []


def _peak(store: Store, out: Path) -> int:
    tracemalloc.start()
    report.write(store, out)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak


@pytest.mark.slow
def test_the_reports_memory_does_not_grow_with_the_findings(tmp_path, monkeypatch):
    monkeypatch.setattr(report, "CHUNK", 50)  # what is held at once: a chunk, full in both archives
    small = archive_with(tmp_path / "small.db", 1_000)
    large = archive_with(tmp_path / "large.db", 4_000)
    report.write(small, tmp_path / "warm")  # templates and rules loaded once, outside the measure
    a, b = _peak(small, tmp_path / "s"), _peak(large, tmp_path / "l")
    # holding the findings would take about four times the memory for four times the findings
    assert b < 1.5 * a, (a, b)
    assert (tmp_path / "l" / "report.json").stat().st_size > 3.5 * (tmp_path / "s" / "report.json").stat().st_size


def test_report_infer_dates_reads_the_suggestions_from_the_store(tmp_path):
    out = CliRunner().invoke(cli, ["report", "--db", str(tmp_path / "t.db"), "--out", str(tmp_path / "r"),
                                   "--infer-dates", str(SEEDS)])
    assert out.exit_code == 0, out.output
    changed = [line for line in out.stdout.splitlines() if "publication date set to" in line]
    assert changed  # the seeds hold an undated article dated by a shared "today" (README)
    with Store(tmp_path / "t.db") as store:
        inferred = [d for d in store.documents() if d.published_evidence.startswith("inferred")]
    assert len(inferred) == len(changed)
    assert {f"{d.id[:12]}: publication date set to {d.published.isoformat()} (inferred)" for d in inferred} == set(changed)
