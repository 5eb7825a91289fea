"""Event coding and the actor graph: PLOVER types, direction, mode and polarity against hand-labelled
sentences, and the graph of a large store built and exported.

    .venv/bin/python bench/events.py [--split dev|test|all] [--graph 10000]

The sentences (bench/gold/events_dev.jsonl, events_test.jsonl) are fictional wire prose written and
labelled by hand for this bench, grouped in storylines ("topics"); dev and test hold different topics.
Each topic enters as one article whose paragraphs are its sentences, through annotate, attribute and
claims, as the pipeline reads it. A predicted event matches a gold one of the same sentence when they
join the same two actors (untargeted events: the same actor). Printed:
- event precision, recall and F1, exact (type, source, target) and by actor pair alone;
- on pair-matched events: type accuracy, direction accuracy (directed types), mode and polarity accuracy;
- event-free sentences left event-free;
- the confusion matrix of types over pair-matched, missed (NONE predicted) and spurious (NONE gold) events.

--graph N stores N synthetic articles (bench/synthetic.py: one event-bearing claim or more each, copies
in families, verdicts) and times reading the whole store's graph, an actor's, a pair's, and the GraphML
export.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
GOLD = REPO / "bench" / "gold"
TYPES = """AGREE CONSULT SUPPORT CONCEDE COOPERATE AID RETREAT REQUEST ACCUSE REJECT THREATEN PROTEST SANCTION
MOBILIZE COERCE ASSAULT""".split()


def _key(actor: str | None) -> str | None:
    if actor is None:
        return None
    text = actor.strip()
    return text.removeprefix("the ").removeprefix("The ").lower()


def _pair(event: dict) -> tuple:
    return tuple(sorted(filter(None, (_key(event["source"]), _key(event["target"])))))


def load(split: str) -> list[dict]:
    names = {"dev": ["events_dev"], "test": ["events_test"], "all": ["events_dev", "events_test"]}[split]
    rows = []
    for name in names:
        with open(GOLD / f"{name}.jsonl", encoding="utf-8") as lines:
            rows += [json.loads(line) for line in lines if line.strip()]
    return rows


def predict(rows: list[dict]) -> dict[str, list[dict]]:
    """Each sentence's coded events, topics read as articles of one sentence per paragraph."""
    from newscheck.annotate import annotate
    from newscheck.attribute import attribute
    from newscheck.claims import find_claims
    from newscheck.config import Settings
    from newscheck.records import Article

    by_topic: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        by_topic[row["topic"]].append(row)
    articles, spans = [], []
    for topic, items in sorted(by_topic.items()):
        texts = [r["text"] for r in items]
        body = "\n\n".join(texts)
        articles.append(Article(id=f"events-{topic}", source=topic, headline=topic, body=body, paragraphs=texts))
        starts, at = [], 0
        for r in items:
            starts.append((r["id"], at, at + len(r["text"])))
            at += len(r["text"]) + 2
        spans.append(starts)
    found: dict[str, list[dict]] = {}
    for article, annotation, starts in zip(articles, annotate(articles, Settings(workers=1, progress=False)), spans):
        claims = find_claims(article, annotation, attribute(article, annotation))
        for row_id, start, end in starts:
            found[row_id] = [
                {"type": e.type, "source": e.source, "target": e.target, "mode": e.mode, "polarity": e.polarity}
                for c in claims
                if start <= c.start < end
                for e in c.events
            ]
    return found


def score(rows: list[dict], found: dict[str, list[dict]]) -> dict:
    from newscheck.terms import MUTUAL_EVENT_TYPES

    exact = pair_hits = gold_n = pred_n = 0
    matched = Counter()
    confusion: Counter[tuple[str, str]] = Counter()
    quiet = quiet_ok = 0
    for row in rows:
        gold, pred = row["events"], found.get(row["id"], [])
        gold_n += len(gold)
        pred_n += len(pred)
        if not gold:
            quiet += 1
            quiet_ok += not pred
        gold_set = {(g["type"], _key(g["source"]), _key(g["target"])) for g in gold}
        exact += len(gold_set & {(p["type"], _key(p["source"]), _key(p["target"])) for p in pred})
        unused = list(pred)
        for g in gold:
            same = [p for p in unused if _pair(p) == _pair(g)]
            if not same:
                confusion[(g["type"], "NONE")] += 1
                continue
            p = next((p for p in same if p["type"] == g["type"]), same[0])
            unused.remove(p)
            pair_hits += 1
            confusion[(g["type"], p["type"])] += 1
            matched["pairs"] += 1
            matched["type"] += p["type"] == g["type"]
            if p["type"] == g["type"] and g["target"] and g["type"] not in MUTUAL_EVENT_TYPES:
                matched["directed"] += 1
                matched["direction"] += _key(p["source"]) == _key(g["source"])
            matched["mode"] += p["mode"] == g["mode"]
            matched["polarity"] += p["polarity"] == g["polarity"]
        for p in unused:
            confusion[("NONE", p["type"])] += 1

    def prf(hits: int) -> tuple[float, float, float]:
        precision, recall = hits / max(1, pred_n), hits / max(1, gold_n)
        return precision, recall, 2 * precision * recall / max(1e-12, precision + recall)

    return {
        "sentences": len(rows),
        "gold_events": gold_n,
        "predicted_events": pred_n,
        "exact": prf(exact),
        "pair": prf(pair_hits),
        "type_accuracy": matched["type"] / max(1, matched["pairs"]),
        "direction_accuracy": matched["direction"] / max(1, matched["directed"]),
        "mode_accuracy": matched["mode"] / max(1, matched["pairs"]),
        "polarity_accuracy": matched["polarity"] / max(1, matched["pairs"]),
        "event_free_kept": (quiet_ok, quiet),
        "pairs_matched": matched["pairs"],
        "confusion": confusion,
    }


def print_scores(result: dict) -> None:
    print(f"sentences {result['sentences']}, gold events {result['gold_events']}, predicted {result['predicted_events']}")
    for name in ("exact", "pair"):
        p, r, f = result[name]
        print(f"  {name:<6} P {p:.3f}  R {r:.3f}  F1 {f:.3f}")
    print(f"  on {result['pairs_matched']} pair-matched events:")
    for name in ("type_accuracy", "direction_accuracy", "mode_accuracy", "polarity_accuracy"):
        print(f"    {name:<20} {result[name]:.3f}")
    kept, quiet = result["event_free_kept"]
    print(f"  event-free sentences left event-free: {kept}/{quiet}")
    confusion = result["confusion"]
    labels = [t for t in [*TYPES, "NONE"] if any(confusion[(t, o)] or confusion[(o, t)] for o in [*TYPES, "NONE"])]
    short = {t: t[:5] for t in labels}
    print("  confusion (rows gold, columns predicted):")
    print("    " + " " * 9 + " ".join(f"{short[t]:>5}" for t in labels))
    for gold in labels:
        print(f"    {gold:<9}" + " ".join(f"{confusion[(gold, p)] or '.':>5}" for p in labels))


def graph_bench(count: int) -> None:
    """Store ``count`` synthetic articles with events, then time the graph stage over the store."""
    from synthetic import fill_store

    from newscheck.graph import build_graph, render_graph, stored_graph
    from newscheck.store import Store

    with tempfile.TemporaryDirectory() as folder, Store(f"sqlite:///{folder}/graph.db") as store:
        started = time.perf_counter()
        fill_store(store, count)
        print(f"graph: stored {count} synthetic articles in {time.perf_counter() - started:.1f} s")
        for label, query in [("whole store", {}), ("--actor RUS", {"actor": "RUS"}), ("--pair RUS,CHN", {"pair": "RUS,CHN"})]:
            started = time.perf_counter()
            graph, mentions = stored_graph(store, **query)
            took = time.perf_counter() - started
            print(
                f"graph: {label:<15} {len(mentions):>6} events -> {graph.number_of_nodes()} actors, "
                f"{graph.number_of_edges()} edges in {took:.2f} s"
            )
        started = time.perf_counter()
        graph, mentions = stored_graph(store)
        graphml = render_graph(graph, mentions, "graphml")
        print(
            f"graph: GraphML of the whole store {len(graphml) / 1e6:.1f} MB in {time.perf_counter() - started:.2f} s (read included)"
        )
        started = time.perf_counter()
        build_graph(mentions)
        print(f"graph: building alone (events in memory) {time.perf_counter() - started:.2f} s")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--split", choices=("dev", "test", "all"), default="dev")
    parser.add_argument("--graph", type=int, default=0, help="Also time the graph of this many stored articles.")
    args = parser.parse_args()
    rows = load(args.split)
    started = time.perf_counter()
    found = predict(rows)
    print(f"events ({args.split}): coded in {time.perf_counter() - started:.1f} s")
    print_scores(score(rows, found))
    if args.graph:
        graph_bench(args.graph)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
