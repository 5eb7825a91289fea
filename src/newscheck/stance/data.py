"""FNC-1 loading and the topic-held-out split shared by training and the benchmark.

A topic is a connected component of bodies joined by a headline that is related
(agree/disagree/discuss) to both. Whole topics are held out, so validation
measures the model on stories it has never seen, as in real use.
"""

from __future__ import annotations

import csv
import random
from dataclasses import dataclass
from pathlib import Path

import networkx as nx

LABELS = ("agree", "disagree", "discuss", "unrelated")
VALIDATION_SHARE = 0.18
SPLIT_SEED = 13


@dataclass(frozen=True)
class Pair:
    headline: str
    body_id: int
    label: str


@dataclass
class Fnc:
    bodies: dict[int, str]
    pairs: list[Pair]


@dataclass
class Split:
    train: list[Pair]
    validation: list[Pair]
    train_topics: dict[int, int]  # body id -> topic id (for grouped cross-validation)
    validation_topics: dict[int, int]  # body id -> topic id of the held-out bodies
    n_topics: int
    n_validation_topics: int


def load_fnc(data_dir: Path) -> Fnc:
    with open(data_dir / "train_bodies.csv", encoding="utf-8", newline="") as handle:
        bodies = {int(row["Body ID"]): row["articleBody"] for row in csv.DictReader(handle)}
    with open(data_dir / "train_stances.csv", encoding="utf-8", newline="") as handle:
        pairs = [Pair(row["Headline"], int(row["Body ID"]), row["Stance"]) for row in csv.DictReader(handle)]
    return Fnc(bodies, pairs)


def topics(fnc: Fnc) -> dict[int, int]:
    """Body id -> topic id: connected components of bodies sharing a related headline."""
    graph = nx.Graph()
    graph.add_nodes_from(fnc.bodies)
    first_body: dict[str, int] = {}
    for pair in fnc.pairs:
        if pair.label == "unrelated":
            continue
        if pair.headline in first_body:
            graph.add_edge(first_body[pair.headline], pair.body_id)
        else:
            first_body[pair.headline] = pair.body_id
    topic_of: dict[int, int] = {}
    for topic_id, component in enumerate(sorted(nx.connected_components(graph), key=min)):
        for body_id in component:
            topic_of[body_id] = topic_id
    return topic_of


def split(fnc: Fnc, share: float = VALIDATION_SHARE, seed: int = SPLIT_SEED) -> Split:
    """Hold out whole topics (about `share` of the pairs); training never sees their headlines either."""
    topic_of = topics(fnc)
    pairs_per_topic: dict[int, int] = {}
    for pair in fnc.pairs:
        pairs_per_topic[topic_of[pair.body_id]] = pairs_per_topic.get(topic_of[pair.body_id], 0) + 1
    order = sorted(pairs_per_topic)
    random.Random(seed).shuffle(order)
    held: set[int] = set()
    covered = 0
    for topic_id in order:
        if covered >= share * len(fnc.pairs):
            break
        held.add(topic_id)
        covered += pairs_per_topic[topic_id]
    headline_topics: dict[str, set[int]] = {}
    for pair in fnc.pairs:
        if pair.label != "unrelated":
            headline_topics.setdefault(pair.headline, set()).add(topic_of[pair.body_id])
    validation = [p for p in fnc.pairs if topic_of[p.body_id] in held]
    train = [
        p
        for p in fnc.pairs
        if topic_of[p.body_id] not in held and not (headline_topics.get(p.headline, set()) & held)
    ]
    train_topics = {b: t for b, t in topic_of.items() if t not in held}
    validation_topics = {b: t for b, t in topic_of.items() if t in held}
    return Split(train, validation, train_topics, validation_topics, len(pairs_per_topic), len(held))
