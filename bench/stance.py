"""Stance model on the topic-held-out FNC-1 validation split: quality and speed.

    .venv/bin/python bench/stance.py [--data ../shared/data/fnc1]

Pairs/second counts model start-up, and depends on the CPU more than on anything else: the sentence
encoder is int8, fast where the CPU has int8 dot-product instructions (VNNI) and no faster than fp32 where
it has only AVX2, so the first line says which CPU ran the numbers. The FNC stream reuses each body for many
headlines (as verification reuses an article for many claims); the second timing
pairs every claim with a body never seen before, the worst case. Then how often the model
calls other-topic look-alikes related (another rumour about the same person or product), and
last, accuracy on short fictional passages outside FNC-1's domain: bench/gold/stance_pairs.jsonl,
stance_pairs_late.jsonl, written after the shipped recipe was fixed (one choice was made on them since: see
bench/gold/README.md), and
stance_contradictions.jsonl: texts that contradict a claim by negating it or by stating the opposite
outcome without any denial word, beside restatements, counted per kind; and stance_outcomes_late.jsonl,
more opposite outcomes beside restatements and other stories about the same name, written before the
opposite-outcome reading (model.py) was measured on them; and stance_pairs_fresh.jsonl, 48 more of the
first kind, written before the unknown-outcome hedge (text.py) was measured on them.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import time
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from newscheck.stance.data import Fnc, Split

REPO = Path(__file__).resolve().parents[1]
SHORT_PAIRS = [
    REPO / "bench" / "gold" / name
    for name in (
        "stance_pairs.jsonl",
        "stance_pairs_late.jsonl",
        "stance_contradictions.jsonl",
        "stance_outcomes_late.jsonl",
        "stance_pairs_fresh.jsonl",
    )
]
LOOKALIKES = 3  # most similar other-topic bodies per headline


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared" / "data" / "fnc1")
    parser.add_argument("--unique-bodies", type=int, default=200, help="pairs in the unseen-body timing")
    args = parser.parse_args()

    from newscheck.stance.data import load_fnc, split

    data = load_fnc(args.data)
    held_out = split(data)
    validation = held_out.validation
    headlines = [p.headline for p in validation]
    bodies = [data.bodies[p.body_id] for p in validation]

    print(cpu_line())
    started = time.perf_counter()
    from newscheck.stance import get_model
    from newscheck.stance.evaluation import with_topic_intervals

    model = get_model()
    loaded = time.perf_counter() - started
    results = model.predict(headlines, bodies)
    elapsed = time.perf_counter() - started

    gold, predicted = [p.label for p in validation], [r.label for r in results]
    topics = [held_out.validation_topics[p.body_id] for p in validation]
    result = with_topic_intervals(gold, predicted, topics)
    print(
        f"validation: {len(validation)} pairs, {len({p.body_id for p in validation})} bodies,"
        f" {held_out.n_validation_topics} held-out topics"
    )
    print("\n".join(result.lines()))
    print(f"model start-up: {loaded:.2f}s")
    print(f"pairs/s (FNC stream, start-up included): {len(validation) / elapsed:.0f}")

    seen: set[int] = set()
    fresh = [p for p in validation if not (p.body_id in seen or seen.add(p.body_id))][: args.unique_bodies]
    model.forget()
    model.encoder.forget()  # the stream above encoded these bodies' sentences: the process would remember them
    started = time.perf_counter()
    model.predict([p.headline for p in fresh], [data.bodies[p.body_id] for p in fresh])
    print(f"pairs/s (every body new, model warm): {len(fresh) / (time.perf_counter() - started):.0f}")

    lookalikes = other_topic_lookalikes(data, held_out)
    results = model.predict([h for h, _ in lookalikes], [data.bodies[b] for _, b in lookalikes])
    called = [r.label != "unrelated" for r in results]
    print(
        f"other-topic look-alikes ({len(lookalikes)} pairs: each related validation headline with the"
        f" {LOOKALIKES} most TF-IDF-similar validation bodies of other topics, unrelated by FNC-1's"
        f" convention): called related {sum(called) / len(called):.3f}"
    )

    for path in SHORT_PAIRS:
        gold = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        predicted = model.predict([g["claim"] for g in gold], [g["text"] for g in gold])
        misses = [(g, r) for g, r in zip(gold, predicted) if r.label != g["stance"]]
        kinds = sorted({g["kind"] for g in gold if "kind" in g})
        by_kind = [
            f"{kind} {sum(r.label == g['stance'] for g, r in zip(gold, predicted) if g.get('kind') == kind)}"
            f"/{sum(g.get('kind') == kind for g in gold)}"
            for kind in kinds
        ]
        shown = f" ({', '.join(by_kind)})" if by_kind else ""
        print(f"short fictional passages ({path.name}): {len(gold) - len(misses)}/{len(gold)} right{shown}")
        for g, r in misses:
            print(f"  {g['stance']} read as {r.label}: {g['text'][:100]}")


def cpu_line() -> str:
    """The CPU's model name, its cores, and whether it has int8 dot-product instructions (Linux /proc/cpuinfo)."""
    name, flags = platform.processor() or platform.machine(), set()
    try:
        for line in Path("/proc/cpuinfo").read_text(encoding="utf-8").splitlines():
            key, _, value = line.partition(":")
            if key.strip() == "model name":
                name = value.strip()
            elif key.strip() in ("flags", "Features") and not flags:
                flags = set(value.split())
    except OSError:
        pass
    vnni = "unknown" if not flags else ("yes" if flags & {"avx512_vnni", "avx_vnni", "asimddp"} else "no")
    return f"cpu: {name}, {os.cpu_count()} cores, int8 dot product (VNNI): {vnni}"


def other_topic_lookalikes(data: Fnc, held_out: Split) -> list[tuple[str, int]]:
    """(headline, body id) pairs of different held-out topics that share the most words: another rumour
    about the same person or product ("Apple Watch ships in March" against a body on the watch's price).
    FNC-1 calls them unrelated; random unrelated pairs are easy, these show whether the model separates
    stories or only topics."""
    from sklearn.feature_extraction.text import TfidfVectorizer

    topic_of = held_out.validation_topics
    headline_topic = {p.headline: topic_of[p.body_id] for p in held_out.validation if p.label != "unrelated"}
    headlines, bodies = sorted(headline_topic), sorted(topic_of)
    vectorizer = TfidfVectorizer(stop_words="english", sublinear_tf=True, min_df=2)
    vectorizer.fit([data.bodies[b] for b in bodies] + headlines)
    similarity = (vectorizer.transform(headlines) @ vectorizer.transform([data.bodies[b] for b in bodies]).T).toarray()
    body_topics = np.array([topic_of[b] for b in bodies])
    pairs = []
    for row, headline in enumerate(headlines):
        others = np.where(body_topics == headline_topic[headline], -1.0, similarity[row])
        pairs += [(headline, bodies[k]) for k in np.argsort(-others, kind="stable")[:LOOKALIKES]]
    return pairs


if __name__ == "__main__":
    main()
