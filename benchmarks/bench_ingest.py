"""Ingest throughput with one and with two worker processes, database size, and `check` latency.

    python benchmarks/bench_ingest.py                 # 100,000 articles
    python benchmarks/bench_ingest.py --n 20000 --jobs 1 2

Articles are synthetic but read like wire copy, half Arabic and half English: templates filled
from word lists (people with titles, places, dates, trade figures, growth rates, appointments),
so the pipeline finds facts in them. They are written as one JSON Lines file in a temporary
folder and ingested through `checker.ingest.ingest` with the command line's batch size, once per
--jobs value, each into a fresh database, in the same run so the ratio is fair. Peak memory is
the largest resident set of this process and of its workers (`ru_maxrss`, self and children).
`check` latency is measured on the last store with drafts of a few hundred words.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import random
import resource
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from checker import archive  # noqa: E402
from checker.read.documents import Raw, build  # noqa: E402
from checker.ingest import BATCH, ingest  # noqa: E402
from checker.store import Store  # noqa: E402

EN = {
    "people": ["Vladimir Putin", "Xi Jinping", "Sergei Lavrov", "Wang Yi", "Andrei Belousov", "Dong Jun",
               "Li Qiang", "Mikhail Mishustin", "Narendra Modi", "Recep Tayyip Erdogan", "Emmanuel Macron",
               "Olaf Scholz", "Antonio Guterres", "Abdel Fattah al-Sisi", "Mohammed bin Salman", "Ebrahim Raisi"],
    "titles": ["President", "Prime Minister", "Foreign Minister", "Defence Minister", "Secretary-General"],
    "places": ["Moscow", "Beijing", "Cairo", "Riyadh", "Tehran", "Ankara", "Paris", "Berlin", "New Delhi",
               "Kazan", "Tashkent", "Astana", "Doha", "Abu Dhabi", "Geneva", "Vienna"],
    "countries": ["Russia", "China", "Egypt", "Saudi Arabia", "Iran", "Turkey", "France", "Germany", "India"],
    "months": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
               "October", "November", "December"],
    "weekdays": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "topics": ["energy cooperation", "regional security", "grain exports", "a new pipeline", "nuclear power",
               "the situation in the region", "investment in infrastructure", "tourism and visas"],
    "roles": ["ambassador to China", "defence minister", "foreign minister", "head of the central bank"],
    "templates": [
        "{title} {person} visited {place} on {day} {month} {year} for talks on {topic}.",
        "{title} {person} met {title2} {person2} in {place} on {weekday}, officials said.",
        "Trade between {country} and {country2} reached ${n} billion in {year}, according to customs data.",
        "Trade between {country} and {country2} grew by {p}% in {year}.",
        "{person} was appointed {role} in {month} {year}.",
        "The two sides discussed {topic} and agreed to meet again in {place} next year.",
        "Analysts said the talks on {topic} would continue, although no date was announced.",
        "{title} {person} is expected to travel to {place} in {month} {year}.",
    ],
}
AR = {
    "people": ["فلاديمير بوتين", "شي جين بينغ", "سيرغي لافروف", "وانغ يي", "أندريه بيلوسوف", "دونغ جون",
               "لي تشيانغ", "ميخائيل ميشوستين", "ناريندرا مودي", "رجب طيب أردوغان", "إيمانويل ماكرون",
               "أولاف شولتس", "أنطونيو غوتيريش", "عبد الفتاح السيسي", "محمد بن سلمان", "إبراهيم رئيسي"],
    "titles": ["الرئيس", "رئيس الوزراء", "وزير الخارجية", "وزير الدفاع", "الأمين العام"],
    "places": ["موسكو", "بكين", "القاهرة", "الرياض", "طهران", "أنقرة", "باريس", "برلين", "نيودلهي", "قازان",
               "طشقند", "أستانا", "الدوحة", "أبوظبي", "جنيف", "فيينا"],
    "countries": ["روسيا", "الصين", "مصر", "السعودية", "إيران", "تركيا", "فرنسا", "ألمانيا", "الهند"],
    "months": ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر",
               "نوفمبر", "ديسمبر"],
    "weekdays": ["الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"],
    "topics": ["التعاون في مجال الطاقة", "الأمن الإقليمي", "صادرات الحبوب", "خط أنابيب جديد", "الطاقة النووية",
               "الأوضاع في المنطقة", "الاستثمار في البنية التحتية", "السياحة والتأشيرات"],
    "roles": ["سفيرا لدى الصين", "وزيرا للدفاع", "وزيرا للخارجية", "محافظا للبنك المركزي"],
    "templates": [
        "زار {title} {person} {place} في {day} {month} {year} لإجراء محادثات حول {topic}.",
        "التقى {title} {person} {title2} {person2} في {place} يوم {weekday}، بحسب مسؤولين.",
        "بلغ التبادل التجاري بين {country} و{country2} {n} مليار دولار في عام {year}، وفق بيانات الجمارك.",
        "زادت التجارة بين {country} و{country2} بنسبة {p}% في عام {year}.",
        "عُيّن {person} {role} في {month} {year}.",
        "وبحث الجانبان {topic} واتفقا على الاجتماع مجددا في {place} العام المقبل.",
        "وقال محللون إن المحادثات حول {topic} ستتواصل، من دون الإعلان عن موعد محدد.",
        "ومن المتوقع أن يزور {title} {person} {place} في {month} {year}.",
    ],
}


def article(rng: random.Random, i: int) -> dict:
    """One synthetic article: 4 to 8 paragraphs of one to three sentences, and its metadata."""
    lang = "ar" if i % 2 == 0 else "en"
    words = AR if lang == "ar" else EN
    published = date(2015, 1, 1) + timedelta(days=rng.randrange(3650))

    def fill(template: str) -> str:
        a, b = rng.sample(words["people"], 2)
        c, d = rng.sample(words["countries"], 2)
        return template.format(
            title=rng.choice(words["titles"]), title2=rng.choice(words["titles"]), person=a, person2=b,
            place=rng.choice(words["places"]), country=c, country2=d, topic=rng.choice(words["topics"]),
            role=rng.choice(words["roles"]), weekday=rng.choice(words["weekdays"]),
            day=rng.randrange(1, 29), month=rng.choice(words["months"]), year=published.year - rng.randrange(3),
            n=rng.randrange(5, 300), p=rng.randrange(2, 40))

    paragraphs = [" ".join(fill(rng.choice(words["templates"])) for _ in range(rng.randrange(1, 4)))
                  for _ in range(rng.randrange(4, 9))]
    return {"id": f"a{i}", "text": "\n\n".join(paragraphs), "lang": lang, "source": f"Agency {i % 40}",
            "published": published.isoformat()}


def write_corpus(path: Path, n: int, seed: int = 1) -> Path:
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8") as f:
        for i in range(n):
            f.write(json.dumps(article(rng, i), ensure_ascii=False) + "\n")
    return path


def peak_rss_mb() -> tuple[float, float]:
    """Largest resident set so far of this process and of its waited-for children, in MB (Linux: KB units)."""
    scale = 1 / 1024 if sys.platform != "darwin" else 1 / 1024 / 1024
    return (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * scale,
            resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * scale)


def run_ingest(corpus: Path, db: Path, jobs: int) -> dict:
    """Ingest in a child process so each run's peak memory is its own."""
    import subprocess

    code = ("import json, sys, time; sys.path.insert(0, sys.argv[4]);"
            "from benchmarks.bench_ingest import measure; print(json.dumps(measure(sys.argv[1], sys.argv[2], int(sys.argv[3]))))")
    root = str(Path(__file__).resolve().parent.parent)
    out = subprocess.run([sys.executable, "-c", code, str(corpus), str(db), str(jobs), root],
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def measure(corpus: str, db: str, jobs: int) -> dict:
    store = Store(db)
    start = time.perf_counter()
    result = ingest([corpus], store, jobs=jobs, batch=BATCH, doc_timeout=30.0)
    wall = time.perf_counter() - start
    store.close()
    own, children = peak_rss_mb()
    return {"jobs": jobs, "added": result.added, "failed": len(result.failed), "wall": wall,
            "rate": result.added / wall, "rss_parent": own, "rss_worker": children,
            "rss_tree": own + children * jobs, "facts": Store(db).db["facts"].count}


def check_latency(db: Path, drafts: int, seed: int = 2) -> tuple[float, float]:
    rng = random.Random(seed)
    store = Store(db)
    times = []
    for i in range(drafts):
        body = "\n\n".join(article(rng, i)["text"] for _ in range(3))  # a few hundred words
        doc = build(Raw(f"draft{i}", body, lang="ar" if i % 2 == 0 else "en"))
        start = time.perf_counter()
        archive.check_draft(store, doc)
        times.append(time.perf_counter() - start)
    times.sort()
    return statistics.median(times) * 1000, times[int(len(times) * 0.95) - 1] * 1000


def machine() -> str:
    model = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                  if line.startswith("model name")), platform.processor()) if Path("/proc/cpuinfo").exists() \
        else platform.processor()
    return f"{os.cpu_count()} cores, {model}, Python {platform.python_version()}, {platform.system()}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=100_000, help="articles to generate")
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2], help="worker counts to compare")
    parser.add_argument("--drafts", type=int, default=200, help="drafts for the check latency")
    parser.add_argument("--dir", help="working folder (default: a temporary one, removed afterwards)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(dir=args.dir) as tmp:
        tmp = Path(tmp)
        start = time.perf_counter()
        corpus = write_corpus(tmp / "corpus.jsonl", args.n)
        print(f"machine: {machine()}")
        print(f"corpus: {args.n:,} articles, {corpus.stat().st_size / 2**20:,.1f} MB JSONL,"
              f" written in {time.perf_counter() - start:.1f} s", flush=True)
        rows = []
        for jobs in args.jobs:
            db = tmp / f"jobs{jobs}.db"
            row = run_ingest(corpus, db, jobs)
            row["db_mb"] = sum(p.stat().st_size for p in tmp.glob(f"jobs{jobs}.db*")) / 2**20
            rows.append(row)
            print(f"  --jobs {jobs}: {row['rate']:.1f} docs/s", flush=True)
        print(f"\n{'jobs':>4} {'docs':>8} {'failed':>6} {'facts':>9} {'wall s':>8} {'docs/s':>8} {'speed-up':>8}"
              f" {'parent MB':>9} {'worker MB':>9} {'tree MB':>8} {'db MB/100k':>10}")
        for row in rows:
            print(f"{row['jobs']:>4} {row['added']:>8,} {row['failed']:>6} {row['facts']:>9,} {row['wall']:>8.1f}"
                  f" {row['rate']:>8.1f} {row['rate'] / rows[0]['rate']:>8.2f} {row['rss_parent']:>9.0f}"
                  f" {row['rss_worker']:>9.0f} {row['rss_tree']:>8.0f} {row['db_mb'] * 100_000 / args.n:>10.0f}")
        p50, p95 = check_latency(tmp / f"jobs{args.jobs[-1]}.db", args.drafts)
        print(f"\ncheck_draft on the {rows[-1]['added']:,}-article store ({args.drafts} drafts of ~300 words):"
              f" p50 {p50:.0f} ms, p95 {p95:.0f} ms")


if __name__ == "__main__":
    main()
