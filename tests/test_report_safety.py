"""HTML report safety: strings from articles (text, source, file name) never reach the page unescaped.

Two articles go through the real ingest path and really conflict about a visit date, with
script, attribute and SVG-breaking payloads in their sentences, their source name and their
file name, so the payloads reach the findings, the quotes, the document table and the SVG.
"""
from datetime import date
from html.parser import HTMLParser

import pytest

from checker import archive
from checker.output import report
from checker.ingest import ingest
from checker.store import Store

PAYLOADS = ("<script>alert(1)</script>", '"onload=alert(1)', "</svg><script>")
SOURCE = "News <script>alert(1)</script> \"onload=alert(1) </svg><script> ![x](https://e.example/x.png)"
MARKDOWN = "[click](javascript:alert(1)) ![pixel](https://e.example/p.png) <img src=x onerror=alert(1)> **bold**"
BODY = ("Putin heads to China {p0}\n\n"
        "Russian President Vladimir Putin visited Beijing in {month} 2023 to attend the Belt and Road Forum, "
        "{p0} officials said {p1} {p2} {p3}.\n")


class _Tags(HTMLParser):
    """Every element and attribute name the browser would see."""

    def __init__(self):
        super().__init__()
        self.tags: list[str] = []
        self.attrs: set[str] = set()
        self.closed: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs.update(name for name, _ in attrs)

    def handle_endtag(self, tag):
        self.closed.append(tag)


@pytest.fixture(scope="module")
def written(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("hostile-report")
    folder = tmp / "in"
    folder.mkdir()
    for name, month in (('a"onload=alert(1)<svg>', "October"), ("b<svg onload=alert(1)>", "February")):
        (folder / f"{name}.txt").write_text(BODY.format(month=month, p0=PAYLOADS[0], p1=PAYLOADS[1], p2=PAYLOADS[2],
                                                                                p3=MARKDOWN),
                                            encoding="utf-8")
    store = Store(tmp / "x.db")
    result = ingest([folder], store, published=date(2023, 11, 8), source=SOURCE)
    assert result.added == 2 and not result.failed
    found = archive.recompute(store)
    # The payloads must really reach the report: a conflict quoting both sentences.
    conflict = [f for f in found if f.rule == "date-conflict"]
    assert conflict and any(PAYLOADS[0] in q.text for f in conflict for q in f.quotes)
    paths = report.write(store, tmp / "out")
    store.close()
    return {p.name: p.read_text(encoding="utf-8") for p in paths}


@pytest.fixture(scope="module")
def html(written):
    return written["report.html"]


def test_markdown_report_escapes_article_html(written):
    # Markdown viewers render inline HTML: article text must arrive escaped there too.
    md = written["report.md"]
    assert "&lt;script&gt;alert\\(1\\)&lt;/script&gt;" in md
    assert "<script" not in md.lower() and "<svg" not in md.lower()


def test_the_markdown_report_renders_no_element_from_an_article(written):
    """Rendered as CommonMark with tables, the quotes, sources and file names make text only:
    no link, image, emphasis, code or raw HTML, and no extra table cell."""
    from markdown_it import MarkdownIt

    md = written["report.md"]
    assert "\\!\\[x\\]\\(https://e.example/x.png\\)" in md  # the source's image, escaped
    rendered = MarkdownIt("commonmark").enable("table").render(md)
    tags = _Tags()
    tags.feed(rendered)
    assert set(tags.tags) <= {"h1", "h2", "p", "ul", "li", "strong", "code", "table", "thead", "tbody", "tr", "th",
                              "td"}, set(tags.tags)
    assert not tags.attrs - {"style"}
    assert rendered.count("<strong>") == md.count("- **")  # only the severities are bold
    rows = [line for line in md.splitlines() if line.startswith("| ") and "---" not in line]
    assert rows and all(len(row.split(" | ")) == 5 for row in rows)  # one cell per column


def test_the_payloads_reach_the_report_escaped(html):
    # visible as text (escaped), so the check below is not vacuous
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&lt;/svg&gt;&lt;script&gt;" in html
    assert "onload=alert(1)" in html
    assert "<svg" in html  # the timeline is there, with the payload-bearing labels


def test_no_payload_appears_unescaped(html):
    for payload in PAYLOADS:
        assert payload not in html
    assert "<script" not in html.lower() and "<svg onload" not in html
    # every "onload= is an escaped quote followed by text, never an attribute
    for i in range(len(html)):
        i = html.find("onload=", i)
        if i < 0:
            break
        assert html[i - 1] != '"', html[max(0, i - 40):i + 20]


def test_the_page_structure_is_untouched(html):
    parser = _Tags()
    parser.feed(html)
    assert "script" not in parser.tags
    assert not any(a.startswith("on") for a in parser.attrs)
    # an SVG is never closed early by text from an article
    assert parser.tags.count("svg") == parser.closed.count("svg") > 0
