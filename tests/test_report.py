"""The report files: conflicts first with both quotes, corroborations, SVG timelines, escaping."""
import json
import re
from dataclasses import replace
from datetime import date

import pytest

from checker import archive
from checker.output import report
from checker.read.documents import Raw, build
from checker.pipeline import Analysis
from checker.store import Store
from checker.extract.timex import from_value

HOSTILE = '<script>alert(1)</script> "onload=alert(2) </svg><b>x</b>'


def fact(doc, text, evidence, kind="visit", when=None, **kw):
    start = text.index(evidence)
    from checker.model import Fact

    base = {"subject": "Vladimir Putin", "place": "Beijing", "occasion": "Belt and Road Forum"}
    base.update(kw)
    return Fact(doc=doc.id, kind=kind, when=when, sentence=evidence, span=(start, start + len(evidence)),
                id=f"{doc.id[:6]}-{start}", **base)


def add(store, name, text, published, source, make_facts):
    doc = build(Raw(name, text, source=source, published=published, published_from="test"))
    store.add(doc, Analysis((), tuple(make_facts(doc))))
    return doc


@pytest.fixture
def store():
    s = Store(memory=True)
    feb = "وسافر بوتين إلى بكين في شهر فبراير الماضي لحضور القمة " + HOSTILE
    oct_ = "وزار بوتين بكين الشهر الماضي لحضور القمة."
    xi = "وقد زار شي موسكو في مارس 2023."
    add(s, "arch/000.txt", feb + "\n" + xi, None, "Source " + HOSTILE, lambda d: [
        fact(d, feb + "\n" + xi, feb[:40], when=replace(from_value("XXXX-02", "في شهر فبراير الماضي"),
                                                          explanation="'في شهر فبراير الماضي', no publication date")),
        fact(d, feb + "\n" + xi, xi[:25], subject="Xi Jinping", place="Moscow", occasion=None,
             when=from_value("2023-03", "في مارس 2023"))])
    add(s, "arch/003.txt", oct_ + "\n" + xi, date(2023, 11, 8), "Daily", lambda d: [
        fact(d, oct_ + "\n" + xi, oct_[:30], when=replace(from_value("2023-10", "الشهر الماضي"),
                                                          explanation="'الشهر الماضي' in an article dated 2023-11-08")),
        fact(d, oct_ + "\n" + xi, xi[:25], subject="Xi Jinping", place="Moscow", occasion=None,
             when=from_value("2023-03", "مارس"))])
    return s


@pytest.fixture
def written(store, tmp_path):
    found = archive.recompute(store)
    paths = report.write(store, tmp_path / "reports")
    return {p.name: p.read_text(encoding="utf-8") for p in paths}, found


def test_writes_three_files_with_the_conflict_before_the_corroboration(written):
    files, found = written
    assert set(files) == {"report.html", "report.md", "report.json"}
    html = files["report.html"]
    conflict = html.index("Vladimir Putin&#39;s visit to Beijing for the Belt and Road Forum")
    assert conflict < html.index("Corroborations (") < html.index("Xi Jinping&#39;s visit to Moscow")
    # both quotes, right to left, with their source names
    assert "وسافر بوتين إلى بكين في شهر فبراير" in html and "وزار بوتين بكين الشهر الماضي" in html
    assert 'dir="rtl"' in html and "Daily" in html
    assert "in an article dated 2023-11-08" in html


def test_timelines_are_svg_with_a_year_unknown_lane_and_conflicts_in_another_colour(written):
    html = written[0]["report.html"]
    assert "<svg" in html and "<style>" in html and "<link" not in html and "<script" not in html
    assert "Year unknown" in html
    assert re.search(r'class="mark conflict', html)
    assert re.search(r'class="mark(?! conflict)', html)


def test_everything_from_an_article_is_escaped(written):
    html = written[0]["report.html"]
    assert "<script>" not in html and "<b>x</b>" not in html
    assert '"onload=' not in html
    assert html.count("</svg>") == html.count("<svg ")  # only the report's own drawings close an svg
    assert "&lt;script&gt;" in html


def test_markdown_and_json_hold_the_same_findings(written):
    files, found = written
    data = json.loads(files["report.json"])
    assert [f["rule"] for f in data["conflicts"]] == ["date-conflict"]
    assert [f["rule"] for f in data["corroborations"]] == ["corroboration"]
    assert {d["published"] for d in data["documents"]} == {None, "2023-11-08"}
    md = files["report.md"]
    assert md.index("## Conflicts (1)") < md.index("## Corroborations (1)")
    assert "| 003 | Daily | ar | 2023-11-08 | test" in md


def test_findings_are_stored_and_recomputed(store):
    assert store.findings() == []
    found = archive.recompute(store)
    assert [f.rule for f in store.findings()] == [f.rule for f in found]
    assert {f.rule for f in found} == {"date-conflict", "corroboration"}


def test_timelines_only_for_entities_named_in_findings_without_reading_texts(store, tmp_path, monkeypatch):
    lavrov = "Lavrov went to Ankara, Tehran and Delhi."
    add(store, "arch/009.txt", lavrov, date(2023, 5, 1), "Wire", lambda d: [
        fact(d, lavrov, city, subject="Sergei Lavrov", place=city, occasion=None, when=from_value("2023-05", "May"))
        for city in ("Ankara", "Tehran", "Delhi")])
    archive.recompute(store)

    def whole_archive(*a, **kw):
        raise AssertionError("the report reads every document or every fact")

    monkeypatch.setattr(Store, "documents", whole_archive)
    monkeypatch.setattr(Store, "facts", whole_archive)
    ctx = report.context(store)
    # Lavrov has the most facts but no finding names him
    assert [t.entity for t in ctx["timelines"]] == ["Vladimir Putin", "Xi Jinping"]
    assert ctx["timeline_note"] == "Timelines for the 2 entities named in findings"
    assert len(ctx["documents"]) == 3
    (conflict,) = ctx["conflicts"]
    assert any("فبراير" in q.text for q in conflict.quotes)  # quotes come with the findings
    ctx = report.context(store, timeline_entities=1)
    assert [t.entity for t in ctx["timelines"]] == ["Vladimir Putin"]  # a tie: by name
    assert ctx["timeline_note"] == "Timelines for the 1 entity named in findings (the 1 named most often, of 2)"
    md = report.markdown(ctx)
    assert ("Timelines for the 1 entity named in findings (the 1 named most often, of 2): Vladimir Putin "
            "(drawn in report.html).") in md
    assert "Timelines for the 1 entity named in findings" in report.html(ctx)


def test_a_clash_over_a_post_draws_both_holders():
    s = Store(memory=True)
    for name, holder in (("a.txt", "Li Qiang"), ("b.txt", "Wang Yang")):
        text = f"{holder}, the Chinese premier, spoke on 11 March 2023."
        add(s, name, text, date(2023, 3, 12), "Wire", lambda d, text=text, holder=holder: [
            fact(d, text, text, kind="role", subject=holder, object="Chinese premier", place=None, occasion=None,
                 when=from_value("2023-03-11", "11 March 2023"))])
    found = archive.recompute(s)
    assert [f.rule for f in found if f.kind == "role"] == ["role-conflict"]
    assert [t.entity for t in report.context(s)["timelines"]] == ["Li Qiang", "Wang Yang"]
