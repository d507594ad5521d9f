"""The editor's check, timed as editors meet it.

    python benchmarks/bench_serve.py                    # both measures
    python benchmarks/bench_serve.py --runs 9 --requests 200

1. Cold start: wall time of `checker check` on a seed article of about 700 words against the seed
   archive, each run a fresh process, against a fresh `python -c` that imports dateparser and
   parses one date; the two alternate in one run, medians reported (CPU time too: on a busy
   machine it varies less than wall time). Both run as an installed package does: with bytecode
   (written under a folder of the run's own, even where PYTHONDONTWRITEBYTECODE is set) and with
   the checker's disk cache filled by a first run (a folder of the run's own, so that checkouts
   of other versions sharing ~/.cache/checker do not evict it between runs).
2. `checker serve`: p50/p95 wall time of POST /check (a seed article of about 700 words, over
   HTTP on loopback) against an archive of 10^5 synthetic facts (bench_check.py's, cached) plus
   the seed articles, so the draft's facts fall in real blocks.
"""
from __future__ import annotations

import argparse
import os
import resource
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # this checkout's package, as the timed subprocesses (run in ROOT) use
SEEDS = ROOT / "seeds"
DRAFTS = [SEEDS / "000_429bb908716aee8d.txt", SEEDS / "001_5387420c12eebd77.txt"]  # 733 and 735 words


def ingest(db: Path, paths) -> None:
    subprocess.run([sys.executable, "-m", "checker", "ingest", "--db", str(db), "--jobs", "1", *map(str, paths)],
                   check=True, capture_output=True, cwd=ROOT)


def timed(cmd: list[str], env: dict | None = None) -> tuple[float, float]:
    """(wall, CPU) seconds of one run of `cmd` in a process of its own."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t = time.perf_counter()
    done = subprocess.run(cmd, capture_output=True, cwd=ROOT, env=env)
    elapsed = time.perf_counter() - t
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode not in (0, 1):
        raise SystemExit(f"{' '.join(cmd)} failed ({done.returncode}): {done.stderr.decode()[-500:]}")
    return elapsed, after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime


def cold_start(tmp: Path, runs: int) -> None:
    db = tmp / "seeds.db"
    ingest(db, [SEEDS])
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.update(PYTHONPYCACHEPREFIX=str(tmp / "bytecode"), CHECKER_CACHE=str(tmp / "cache"))
    check = [sys.executable, "-m", "checker", "check", "--db", str(db), "--published", "2023-11-20", str(DRAFTS[0])]
    baseline = [sys.executable, "-c", "import dateparser; dateparser.parse('12 March 2023')"]
    for _ in range(2):  # bytecode, the checker's cache and the file caches warm for both
        timed(check, env), timed(baseline, env)
    ours, theirs = [], []
    for _ in range(runs):
        ours.append(timed(check, env))
        theirs.append(timed(baseline, env))
    (a, a_cpu), (b, b_cpu) = ([statistics.median(x[i] for x in xs) for i in (0, 1)] for xs in (ours, theirs))
    print(f"cold `checker check` of a {len(DRAFTS[0].read_text(encoding='utf-8').split())}-word draft: "
          f"median {a:.2f} s (min {min(w for w, _ in ours):.2f}), CPU {a_cpu:.2f} s")
    print(f"fresh python -c 'import dateparser; dateparser.parse(...)': median {b:.2f} s "
          f"(min {min(w for w, _ in theirs):.2f}), CPU {b_cpu:.2f} s")
    print(f"ratio {a / b:.2f}, CPU {a_cpu / b_cpu:.2f} ({'goal met' if a < b else 'goal not met'}; "
          f"median of {runs} alternating runs)")


def cpu_seconds(pid: int) -> float | None:
    """User and system CPU time of a process so far (Linux's /proc), None where it cannot be read."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, ValueError, IndexError):
        return None


def serve_latency(tmp: Path, requests: int, size: int, folder: Path | None = None) -> None:
    """The server in a process of its own (as deployed: a client in the same process would share
    its interpreter lock), timed from this one."""
    import httpx

    sys.path.insert(0, str(ROOT / "benchmarks"))
    import bench_check

    cached, _ = bench_check.archive(Path(tempfile.gettempdir()) / "checker-bench", size)
    db = tmp / "archive.db"
    shutil.copyfile(cached, db)
    ingest(db, [SEEDS])
    with socket.socket() as sock:  # a free port
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = subprocess.Popen([sys.executable, "-m", "checker", "serve", "--db", str(db), "--port", str(port)],
                              cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    texts = [p.read_text(encoding="utf-8") for p in (sorted(folder.glob("*.txt")) if folder else DRAFTS)]
    if not texts:
        raise SystemExit(f"bench_serve: no .txt drafts in {folder}")
    times = []
    cpu = None
    try:
        with httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=60) as client:
            for _ in range(600):
                try:
                    if client.get("/health").status_code == 200:
                        break
                except httpx.TransportError:
                    time.sleep(0.1)
            for i in range(requests + 10):
                if i == 10:
                    cpu = cpu_seconds(server.pid)
                t = time.perf_counter()
                r = client.post("/check", json={"text": texts[i % len(texts)], "published": "2023-11-20"})
                elapsed = time.perf_counter() - t
                r.raise_for_status()
                if i >= 10:  # the first requests fill caches and the thread pool
                    times.append(elapsed * 1000)
            if cpu is not None and (after := cpu_seconds(server.pid)) is not None:
                cpu = (after - cpu) / requests * 1000
    finally:
        server.terminate()
        server.wait(10)
    times.sort()
    p = lambda q: times[min(len(times) - 1, int(q * len(times)))]  # noqa: E731
    drafts = f"the {len(texts)} drafts of {folder}" if folder else "~730-word drafts"
    print(f"serve POST /check, {drafts}, {size:,} synthetic facts + the seeds, {requests} requests: "
          f"p50 {p(0.5):.0f} ms, p95 {p(0.95):.0f} ms, max {times[-1]:.0f} ms"
          + (f"; server CPU {cpu:.1f} ms per request" if cpu is not None else ""))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--requests", type=int, default=100)
    parser.add_argument("--size", type=int, default=100_000, help="synthetic facts in the served archive")
    parser.add_argument("--only", choices=["cold", "serve"])
    parser.add_argument("--drafts", type=Path, help="time the .txt drafts of this folder instead of two seeds")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="checker-bench-serve-") as tmp:
        if args.only != "serve":
            cold_start(Path(tmp), args.runs)
        if args.only != "cold":
            serve_latency(Path(tmp), args.requests, args.size, args.drafts)


if __name__ == "__main__":
    main()
