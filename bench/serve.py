"""The workbench under load: readers and a submitter against a running server over a large store.

    .venv/bin/python bench/serve.py [--articles 10000] [--seconds 60] [--readers 8] [--processes N]

Stores N synthetic articles (bench/synthetic.py), starts `newscheck serve` on 127.0.0.1 with no rate
limit, and for --seconds runs --readers clients reading in a loop (inbox pages and filters, article,
story and claim views, the API's lists and the graph) beside one client that submits a fictional
article as a job and waits for it, again and again. Printed: requests per second, p50 and p99 per
route, the count of 5xx, the jobs finished; then the home page's time with 10, 100 and N articles stored
(the home page must not grow with the store).
"""

from __future__ import annotations

import argparse
import json
import random
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from collections import defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SUBMISSION = (
    "Port Selwyn's harbour master said on Tuesday that berth 4 would reopen next week after repairs to its "
    "cranes. Dock workers' union leader Mara Quill said the repairs had taken longer than promised. "
)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _request(url: str, data: bytes | None = None) -> tuple[int, bytes]:
    request = urllib.request.Request(url, data=data, headers={"Content-Type": "application/json"} if data else {})
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


class Server:
    """`newscheck serve` over a store, in its own process."""

    def __init__(self, db_url: str, processes: int | None = None) -> None:
        self.port = _free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        command = [sys.executable, "-m", "newscheck", "serve", "--db", db_url, "--port", str(self.port)]
        command += ["--reads-per-minute", "0", "--writes-per-minute", "0"]
        command += ["--processes", str(processes)] if processes else []
        self.process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        for _ in range(300):
            try:
                if _request(self.base + "/healthz")[0] == 200:
                    return
            except OSError:
                time.sleep(0.2)
        raise RuntimeError("the server did not start")

    def close(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=30)


def _routes(ids: list[str], stories: list[str], rng: random.Random) -> list[tuple[str, str]]:
    """One round of a reader's requests: (route name, path)."""
    article, story = rng.choice(ids), rng.choice(stories)
    return [
        ("GET /", "/"),
        ("GET /?signal", "/?signal=anonymous_sourcing"),
        ("GET /?q", "/?q=berth+1"),
        ("GET /articles/{id}", f"/articles/{article}"),
        ("GET /stories/{id}", f"/stories/{story}"),
        ("GET /claims", "/claims?verdict=contradicted"),
        ("GET /api/articles", "/api/articles?limit=50"),
        ("GET /api/articles?actor", "/api/articles?actor=RUS&source_type=unnamed"),
        ("GET /api/articles/{id}", f"/api/articles/{article}"),
        ("GET /api/stories", "/api/stories"),
        ("GET /api/stories/{id}", f"/api/stories/{story}"),
        ("GET /api/claims", "/api/claims?verdict=contested"),
        ("GET /api/graph?pair", "/api/graph?pair=RUS,CHN"),
    ]


def load(base: str, ids: list[str], stories: list[str], seconds: float, readers: int) -> None:
    times: dict[str, list[float]] = defaultdict(list)
    errors: dict[str, int] = defaultdict(int)
    statuses: dict[int, int] = defaultdict(int)
    jobs = {"done": 0, "seconds": []}
    stop = time.monotonic() + seconds
    lock = threading.Lock()

    def reader(n: int) -> None:
        rng = random.Random(n)
        while time.monotonic() < stop:
            for name, path in _routes(ids, stories, rng):
                started = time.perf_counter()
                status, _ = _request(base + path)
                took = time.perf_counter() - started
                with lock:
                    times[name].append(took)
                    errors[name] += status >= 500
                    statuses[status] += 1

    def submitter() -> None:
        n = 0
        while time.monotonic() < stop:
            n += 1
            started = time.perf_counter()
            body = json.dumps({"texts": [SUBMISSION + f"Update {n}: the harbour said ship {n} docked."]}).encode()
            status, answer = _request(base + "/api/jobs", body)
            with lock:
                times["POST /api/jobs"].append(time.perf_counter() - started)
                errors["POST /api/jobs"] += status >= 500
            job_id = json.loads(answer)["id"]
            while time.monotonic() < stop + 120:
                status, state = _request(f"{base}/api/jobs/{job_id}")
                if json.loads(state)["status"] in ("done", "failed", "interrupted"):
                    jobs["done"] += 1
                    jobs["seconds"].append(time.perf_counter() - started)
                    break
                time.sleep(0.5)

    threads = [threading.Thread(target=reader, args=(n,)) for n in range(readers)] + [threading.Thread(target=submitter)]
    began = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - began
    total = sum(len(v) for v in times.values())
    print(f"{total} requests in {elapsed:.0f} s: {total / elapsed:.0f} requests/s; 5xx: {sum(errors.values())}")
    print("reads by status: " + ", ".join(f"{code}: {count}" for code, count in sorted(statuses.items())))
    print(f"jobs finished: {jobs['done']}, each {statistics.mean(jobs['seconds']) if jobs['seconds'] else 0:.1f} s on average")
    print(f"{'route':<26} {'n':>6} {'p50 ms':>8} {'p99 ms':>8} {'5xx':>4}")
    for name in sorted(times):
        values = sorted(times[name])
        p50 = values[len(values) // 2] * 1000
        p99 = values[min(len(values) - 1, int(len(values) * 0.99))] * 1000
        print(f"{name:<26} {len(values):>6} {p50:>8.1f} {p99:>8.1f} {errors[name]:>4}")


def home_page_time(base: str, rounds: int = 50) -> tuple[float, int]:
    sizes, took = [], []
    for _ in range(rounds):
        started = time.perf_counter()
        _, body = _request(base + "/")
        took.append(time.perf_counter() - started)
        sizes.append(len(body))
    return statistics.median(took) * 1000, sizes[-1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--readers", type=int, default=8)
    parser.add_argument("--processes", type=int, default=None, help="Server processes (serve's default unless given).")
    args = parser.parse_args()
    from synthetic import fill_store

    from newscheck.store import Store

    with tempfile.TemporaryDirectory() as folder:
        homes = {}
        for count in (10, 100, args.articles):
            url = f"sqlite:///{folder}/serve-{count}.db"
            with Store(url) as store:
                started = time.perf_counter()
                ids = fill_store(store, count)
                stories = [s.id for s in store.story_page(200).items]
            print(f"stored {count} synthetic articles in {time.perf_counter() - started:.1f} s")
            server = Server(url, args.processes)
            try:
                homes[count] = home_page_time(server.base)
                if count == args.articles:
                    load(server.base, ids, stories, args.seconds, args.readers)
            finally:
                server.close()
        for count, (ms, size) in homes.items():
            print(f"home page with {count:>6} articles stored: {ms:.1f} ms median, {size / 1000:.0f} kB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
