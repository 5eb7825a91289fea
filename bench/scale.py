"""The local engine against Ray Data with one and two analysis workers, over generated news.

    .venv/bin/python bench/scale.py [--articles 20000] [--small 2000] [--db URL] [--phases local ray1 ray2]

Articles are generated: fictional wire-style reports of events among invented people and places, each
event told by one to five outlets in different words, about six articles a day over as many days as the
count needs (20,000 span nine years), as JSONL shards of 500. Each phase
runs `newscheck.analyze` over the shards into a fresh store in its own subprocess (SQLite unless --db
gives a PostgreSQL URL, which each phase empties first) and prints articles/s end to end, stories and
cross-checks included; the run keeps only its counts (`Settings.run_report` off, as `--summary-only`), the
store the rest. Peak memory is the largest sum of proportional set sizes over the phase's whole process
tree (the Ray workers, raylet and object store included), sampled twice a second; `--small` runs each
phase once more at that size first, for how memory grows with the corpus.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import threading
from datetime import date, timedelta
from pathlib import Path

SHARD = 500
ARTICLES_A_DAY = 6  # the generated archive grows in time with its size, as a real one does
SYLLABLES = "val dor nor kes mar ter sol bran ar desh cor pel rhun is tra vik len os mo ga lu thi".split()
FIRST = "Anna Tomas Lucia Jonas Mira Pavel Greta Ilias Sofia Marek Hana Oskar Rosa Emil Nadia Viktor".split()
LAST = "Berg Ferrante Okafor Lindqvist Moreau Halden Sato Varga Novak Castell Brandt Quist Serra Dahl".split()
ROLES = ["interior minister", "finance minister", "mayor", "police chief", "union leader", "chief executive"]
OUTLETS = ["Daily Courier", "Harbour Times", "Evening Post", "Northern Wire", "City Ledger", "Morning Star"]

EVENTS = [
    (
        "{place} port workers strike over pay",
        [
            "Port workers in {place} walked out on {day} in a dispute over pay, halting {n} ships, {name} of the dockers' union said.",
            "About {n} vessels sat idle in {place} on {day} after dock workers began a strike over wages.",
            "A pay strike by {place}'s dockers stopped work at the port on {day}; the union's {name} said {n} ships were waiting.",
        ],
        [
            "The port authority said talks would resume next week.",
            "Shipping firms warned of delays to deliveries across the region.",
            '"We will not go back for less than a fair offer," {name} told reporters.',
        ],
    ),
    (
        "{place} raises fuel tax by {n} cents",
        [
            "{place}'s government raised the fuel tax by {n} cents a litre on {day}, {name}, the {role}, announced.",
            "Drivers in {place} will pay {n} cents more per litre after the government lifted fuel duty on {day}.",
            "The {role} of {place}, {name}, said on {day} the fuel levy would rise by {n} cents.",
        ],
        [
            "Opposition parties called the increase a burden on rural families.",
            "The ministry expects the change to raise revenue for road repairs.",
            '"The roads will not mend themselves," {name} said.',
        ],
    ),
    (
        "Flooding forces {n} families from homes in {place}",
        [
            "Floods forced {n} families to leave their homes in {place} on {day}, the {role} {name} said.",
            "Rising rivers in {place} drove about {n} households from their houses on {day}.",
            "Some {n} families were evacuated in {place} on {day} as floodwater rose, according to {name}.",
        ],
        [
            "Emergency shelters opened in two schools.",
            "Forecasters expect more rain over the weekend.",
            "Roads into the town centre stayed closed.",
        ],
    ),
    (
        "{place} court jails former official for {n} years",
        [
            "A court in {place} sentenced a former official to {n} years in prison for bribery on {day}.",
            "{place}'s former procurement chief was jailed for {n} years on {day} over bribes, the court said.",
            "Judges in {place} handed a {n}-year sentence to an ex-official on {day} for taking bribes, {name} said.",
        ],
        [
            "The defence said it would appeal.",
            "Prosecutors said the bribes were paid over six years.",
            '"Nobody is above the law," {name}, the {role}, said outside the court.',
        ],
    ),
    (
        "{place} hospital staff vote to accept {n} percent raise",
        [
            "Nurses and doctors at {place}'s hospitals voted on {day} to accept a {n} percent pay rise, {name} said.",
            "Hospital workers in {place} backed a {n}% wage offer in a ballot on {day}, ending months of dispute.",
            "Health staff in {place} agreed on {day} to a raise of {n} percent, the {role} {name} confirmed.",
        ],
        [
            "Planned walkouts for next month were called off.",
            "The health board said the deal would cost more than expected.",
            '"This is a fair result for people who kept us going," {name} said.',
        ],
    ),
    (
        "Wildfire burns {n} hectares near {place}",
        [
            "A wildfire burned through {n} hectares of forest near {place} on {day}, the {role} {name} said.",
            "Firefighters near {place} fought a blaze on {day} that had scorched about {n} hectares.",
            "Some {n} hectares of woodland outside {place} were destroyed by fire on {day}, according to {name}.",
        ],
        [
            "Two villages were told to prepare to leave.",
            "Dry winds made the fire hard to contain.",
            "No injuries were reported.",
        ],
    ),
    (
        "{place} airline cancels {n} flights as pilots walk out",
        [
            "{place}'s national airline cancelled {n} flights on {day} as pilots went on strike, {name} said.",
            "Pilots at the {place} carrier walked out on {day}, grounding {n} flights.",
            "A pilots' strike on {day} forced the airline of {place} to scrap {n} departures, the {role} {name} said.",
        ],
        [
            "Passengers were offered refunds or new bookings.",
            "The pilots want limits on night shifts.",
            "Airport queues stretched out of the terminal.",
        ],
    ),
    (
        "{place} opens {n}-kilometre rail link",
        [
            "A {n}-kilometre rail line opened in {place} on {day}, cutting travel times to the coast, {name} said.",
            "Trains began running on {place}'s new {n} km link on {day}, the {role} {name} announced.",
            "{place} opened its {n}-km railway on {day} after five years of construction.",
        ],
        [
            "Tickets will cost less than the bus for the first year.",
            "Critics said the project ran over budget.",
            "The first train left at six in the morning.",
        ],
    ),
]


def _article(rng: random.Random, event: int, kind: int, outlet: int, facts: dict[str, str]) -> dict[str, str]:
    headline, leads, rest = EVENTS[kind]
    lead = leads[outlet % len(leads)].format(**facts)
    others = rng.sample(rest, k=len(rest))
    body = " ".join([lead, *[s.format(**facts) for s in others]])
    byline = f"{rng.choice(FIRST)} {rng.choice(LAST)}, {OUTLETS[outlet % len(OUTLETS)]}"
    return {
        "id": f"e{event}-o{outlet}",
        "headline": headline.format(**facts),
        "text": body,
        "published": facts["date"],
        "byline": byline,
    }


def generate(count: int, seed: int = 11) -> list[dict[str, str]]:
    """``count`` articles: events of random kind, place, people, number and date, each told 1-5 times."""
    rng = random.Random(seed)
    articles: list[dict[str, str]] = []
    event = 0
    start, days = date(2020, 1, 1), max(28, count // ARTICLES_A_DAY)  # a longer archive, not a denser week
    while len(articles) < count:
        when = start + timedelta(days=rng.randrange(days))
        facts = {
            "place": "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 3))).capitalize(),
            "name": f"{rng.choice(FIRST)} {rng.choice(LAST)}",
            "role": rng.choice(ROLES),
            "n": str(rng.randint(2, 900)),
            "day": when.strftime("%A"),
            "date": when.isoformat(),
        }
        kind = rng.randrange(len(EVENTS))
        for outlet in range(rng.randint(1, 5)):
            articles.append(_article(rng, event, kind, outlet, facts))
        event += 1
    return articles[:count]


def write_shards(folder: Path, count: int) -> list[str]:
    articles = generate(count)
    paths = []
    for at in range(0, len(articles), SHARD):
        path = folder / f"shard-{at // SHARD:04d}.jsonl"
        path.write_text("".join(json.dumps(a) + "\n" for a in articles[at : at + SHARD]), encoding="utf-8")
        paths.append(str(path))
    return paths


def _pss_mb(pid: int) -> float:
    """Proportional set size: a page shared by n processes (forked parse workers) counts 1/n in each."""
    try:
        with open(f"/proc/{pid}/smaps_rollup", encoding="utf-8") as handle:
            return next(int(line.split()[1]) for line in handle if line.startswith("Pss:")) / 1024
    except (OSError, StopIteration):
        return 0.0


def _tree_mb(root: int) -> float:
    """Memory of ``root`` and every process below it (Ray's raylet, workers and object store included)."""
    parents: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat", encoding="utf-8") as handle:
                    parents[int(entry)] = int(handle.read().rsplit(")", 1)[1].split()[1])
            except OSError:
                continue
    tree, frontier = {root}, {root}
    while frontier:
        frontier = {p for p, parent in parents.items() if parent in frontier and p not in tree}
        tree |= frontier
    return sum(_pss_mb(p) for p in tree)


def run_phase(engine: str, workers: int, shards: list[str], db: str) -> dict:
    script = (
        "import json, sys, time\n"
        "from newscheck.config import RaySettings, Settings\n"
        "from newscheck.pipeline import analyze\n"
        "engine, workers, db, shards = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4:]\n"
        "settings = Settings(db_url=db, progress=False, workers=2 if engine == 'local' else 1, run_report=False,\n"
        "                    ray=RaySettings(engine=engine, workers=workers))\n"
        "import newscheck.corpus as corpus\n"
        "verifying, inner = [0.0], corpus.verify_batch\n"
        "def timed(*args, **kwargs):\n"
        "    at = time.perf_counter()\n"
        "    try:\n"
        "        return inner(*args, **kwargs)\n"
        "    finally:\n"
        "        verifying[0] += time.perf_counter() - at\n"
        "corpus.verify_batch = timed\n"
        "started = time.perf_counter()\n"
        "report = analyze(shards, settings)\n"
        "seconds = time.perf_counter() - started\n"
        "from sqlalchemy import text\n"
        "from newscheck.store import Store\n"
        "with Store(db) as store, store.engine.connect() as conn:\n"
        "    stories, crosschecks = (conn.execute(text(f'SELECT count(*) FROM {t}')).scalar_one() for t in ('stories', 'crosschecks'))\n"
        "print(json.dumps({'seconds': seconds, 'articles': report.summary()['analyzed'],\n"
        "                  'stories': stories, 'crosschecks': crosschecks, 'verify_s': verifying[0]}))\n"
    )
    out, peak = run_sampled([sys.executable, "-c", script, engine, str(workers), db, *shards], f"{engine} phase")
    return {**json.loads(out.strip().splitlines()[-1]), "peak_mb": peak}


def run_sampled(command: list[str], name: str, every: float = 0.5) -> tuple[str, float]:
    """Run a command; its standard output and the largest memory of its process tree (`_tree_mb`) sampled every
    `every` seconds."""
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    peak = 0.0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.wait(every):
            peak = max(peak, _tree_mb(process.pid))

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, _ = process.communicate()
    done.set()
    sampler.join()
    if process.returncode:
        raise SystemExit(f"{name} failed with exit code {process.returncode}")
    return out.decode(), peak


def _fresh_store(db: str | None, folder: Path, name: str) -> str:
    if not db:
        return f"sqlite:///{folder / name}.db"
    from sqlalchemy import text

    from newscheck.store import Store, metadata

    with Store(db) as store:
        metadata.drop_all(store.engine)
        with store.engine.begin() as conn:
            conn.execute(text("DROP TABLE IF EXISTS alembic_version"))
    return db


def _engine(phase: str) -> tuple[str, int]:
    return ("local", 1) if phase == "local" else ("ray", int(phase[-1]))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=20_000)
    parser.add_argument("--small", type=int, default=2_000, help="also run each phase at this size, for memory growth (0: not)")
    parser.add_argument("--db", help="a PostgreSQL URL to use as the store (emptied before each phase)")
    parser.add_argument("--phases", nargs="+", default=["local", "ray1", "ray2"], choices=["local", "ray1", "ray2"])
    args = parser.parse_args()
    results: dict[str, dict] = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for size in dict.fromkeys([args.small, args.articles] if args.small else [args.articles]):  # once if equal
            (folder / str(size)).mkdir()
            shards = write_shards(folder / str(size), size)
            for phase in args.phases:
                name = f"{phase} @ {size}"
                results[name] = run_phase(*_engine(phase), shards, _fresh_store(args.db, folder, name.replace(" @ ", "-")))
                print(f"{name}: {results[name]}", flush=True)
    print(f"\n{'phase':<16}{'articles/s':>12}{'seconds':>10}{'verify s':>10}{'peak MB':>10}{'stories':>9}{'cross-checks':>14}")
    for name, r in results.items():
        rate = r["articles"] / r["seconds"]
        print(
            f"{name:<16}{rate:>12.2f}{r['seconds']:>10.0f}{r['verify_s']:>10.0f}{r['peak_mb']:>10.0f}{r['stories']:>9}{r['crosschecks']:>14}"
        )
    rate = {k: v["articles"] / v["seconds"] for k, v in results.items()}
    big = args.articles
    if f"ray1 @ {big}" in rate and f"ray2 @ {big}" in rate:
        print(f"Ray 2 workers / 1 worker: {rate[f'ray2 @ {big}'] / rate[f'ray1 @ {big}']:.2f}x (target >= 1.8)")
    if f"ray1 @ {big}" in rate and f"local @ {big}" in rate:
        print(f"local / Ray 1 worker: {rate[f'local @ {big}'] / rate[f'ray1 @ {big}']:.2f}x (target <= 1.3)")
    for phase in args.phases:
        if f"{phase} @ {args.small}" in results:
            growth = results[f"{phase} @ {big}"]["peak_mb"] / results[f"{phase} @ {args.small}"]["peak_mb"]
            print(f"peak memory {big} / {args.small} articles ({phase}): {growth:.2f}x (target <= 1.2)")


if __name__ == "__main__":
    main()
