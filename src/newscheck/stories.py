"""Stories stage: group the articles that report the same event.

Each copy family (see :mod:`newscheck.families`) enters as one node, so copies
join their original's story and cost one embedding. A node is represented by
its headline and lead (the first paragraph that reads as prose), never by the
whole body: an article that mentions an event in passing, further down, does
not join that event's story.

Candidates come from blocking, never from all pairs. A node's features are the
name tokens of its headline and lead (and, when annotated, the actors named
there). Within each feature's block, sorted by date, a node is compared with
the next ``BLOCK_NEIGHBOURS`` nodes no more than ``Settings.story_window_days``
later (undated nodes match any date). So the work per node is bounded however
common a feature is ("Tuesday", a capital city), while a big story whose reports
all share a name is still chained together.

An edge needs two things:

- the same participants: the IDF-weighted share of name features the two nodes
  have in common, over the smaller node's total, is at least ``NAME_OVERLAP``.
  Two fires at two different plants in the same week read alike; their names
  do not.
- the same event: similarity of headline + lead at least ``EDGE_SIMILARITY``,
  mixing MiniLM embeddings (what the text is about) with TF-IDF over the
  batch's words (the specific terms: "quota" versus "warning shots" for the same
  two countries and the same strait). Neither alone keeps a related event with
  the same actors apart on our corpus; the mix does, with a wide margin at the
  level of story centroids.

Edges are merged greedily, strongest first, and two clusters merge only when
their centroids are close too: the guard that stops A~B~C chains from gluing
unrelated events together.

Stories link to related stories (same actors, another event) through an actor
both name that few other stories in the batch name.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from datetime import date

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.preprocessing import MultiLabelBinarizer

from newscheck.config import Settings
from newscheck.encoder import encode
from newscheck.families import UnionFind, copy_families
from newscheck.records import ArticleReport, Story

__all__ = ["build_stories", "lead"]

EMBEDDING_WEIGHT = 0.6  # similarity = this * embedding cosine + the rest * TF-IDF cosine
EDGE_SIMILARITY = 0.40  # similarity an edge needs to be considered at all
NAME_OVERLAP = 0.5  # IDF-weighted share of the smaller node's name features the other node has too
MERGE_SIMILARITY = 0.50  # similarity between two clusters' centroids for them to merge
BLOCK_NEIGHBOURS = 30  # within a feature's block, each node meets at most this many later nodes
SCORE_CHUNK = 50_000  # candidate pairs scored per vectorised step (bounds memory)
LEAD_MIN_WORDS = 12  # a paragraph shorter than this is chrome or a dateline, not the lead
LEAD_MAX_WORDS = 70
STORY_ACTORS = 8  # actors listed per story
RELATED_MIN_SHARED = 1  # uncommon actors two stories must share to be related
RELATED_MAX = 5  # related stories listed per story
RELATED_ACTOR_SHARE = 0.02  # an actor in more than this share of the stories is too common to relate them
RELATED_ACTOR_MIN_CAP = 2  # ... unless it is in at most this many stories

_DATELINE = re.compile(r"^[A-Z][A-Z .'-]+,\s+[A-Z][a-z]+\.?\s+\d{1,2}(?:\s*\([^)]*\))?\s*[-–—]+\s*")
_NAME = re.compile(r"[A-Z][\w’'&.-]*[\w](?:\s+(?:of\s+|de\s+|van\s+)?[A-Z][\w’'&.-]*[\w])*")
_POSSESSIVE = re.compile(r"['’]s\b")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;–—-]\s+[\"“]?|[\"“]|\n)$")
# Capitalised words that name no participant: calendar words, sentence openers, titles.
_NOT_NAMES = frozenset(
    """the a an this that these those it he she they we i in on at for from by with as after before
    but and or if when while according of de van von mr mrs ms dr mayor governor president minister chancellor
    king queen prince general admiral colonel captain judge senator councillor forecaster professor
    monday tuesday wednesday thursday friday saturday sunday
    january february march april may june july august september october november december""".split()
)


def lead(paragraphs: Sequence[str]) -> str:
    """The first paragraph that reads as prose, dateline cut off, at most ``LEAD_MAX_WORDS`` words."""
    prose = next((p for p in paragraphs if len(p.split()) >= LEAD_MIN_WORDS), " ".join(paragraphs))
    return " ".join(_DATELINE.sub("", prose.strip()).split()[:LEAD_MAX_WORDS])


def _paragraphs(report: ArticleReport) -> list[str]:
    article = report.article
    return article.paragraphs or [p for p in article.body.split("\n\n") if p.strip()]


def _names(text: str) -> list[str]:
    """Capitalised name phrases ("Port Mirren", "Bank of Valdoria"), possessives cut off."""
    names = []
    text = _POSSESSIVE.sub("|", text)  # "Port Mirren's Eastbank" is two names
    for match in _NAME.finditer(text):
        words = match.group(0).split()
        sentence_start = _SENTENCE_START.search(text[: match.start()]) is not None
        while words and (words[0].lower() in _NOT_NAMES or (sentence_start and len(words) == 1)):
            words = words[1:]
            sentence_start = False
        if words:
            names.append(" ".join(words))
    return names


def _features(report: ArticleReport, lead_text: str) -> set[str]:
    """Blocking and overlap features: name tokens of headline and lead, lead actors when annotated."""
    text = f"{report.article.headline}. {lead_text}"
    features = {f"n:{token.lower()}" for name in _names(text) for token in name.split() if token.lower() not in _NOT_NAMES}
    if report.annotation is not None:
        features.update(
            f"a:{actor.key}" for actor in report.annotation.actors if any(m.text in text for m in actor.mentions)
        )
    return features


def _actors(report: ArticleReport) -> set[str]:
    """Who the article is about: annotated actor keys, else name phrases of the whole text."""
    if report.annotation is not None and report.annotation.actors:
        return {actor.key for actor in report.annotation.actors}
    return set(_names(f"{report.article.headline}. {report.article.body}"))


def _day(published: str | None) -> int | None:
    try:
        return date.fromisoformat(published[:10]).toordinal() if published else None
    except ValueError:
        return None


def _candidate_pairs(features: Sequence[set[str]], days: Sequence[int | None], window: int) -> np.ndarray:
    """Node pairs (i < j, one row each) sharing a feature, dates within the window, bounded per block."""
    by_feature: dict[str, list[int]] = defaultdict(list)
    for node, node_features in enumerate(features):
        for feature in node_features:
            by_feature[feature].append(node)
    chunks = []
    for nodes in by_feature.values():
        if len(nodes) < 2:
            continue
        dated = sorted((days[n], n) for n in nodes if days[n] is not None)
        undated = [n for n in nodes if days[n] is None]
        for i, (day, node) in enumerate(dated):
            later = [other for other_day, other in dated[i + 1 : i + 1 + BLOCK_NEIGHBOURS] if other_day - day <= window]
            chunks.extend((node, other) for other in later)
        for i, node in enumerate(undated):
            partners = undated[i + 1 : i + 1 + BLOCK_NEIGHBOURS]
            partners += [n for _, n in dated[: BLOCK_NEIGHBOURS - len(partners)]]
            chunks.extend((node, other) for other in partners)
    if not chunks:
        return np.zeros((0, 2), dtype=np.int64)
    pairs = np.sort(np.array(chunks, dtype=np.int64), axis=1)
    return np.unique(pairs, axis=0)


class _Views:
    """What each node is about (two views of headline + lead) and who is in it (name features)."""

    def __init__(self, texts: Sequence[str], features: Sequence[set[str]]) -> None:
        self.embeddings = encode(texts).astype(np.float64)
        self.terms = TfidfVectorizer(stop_words="english", sublinear_tf=True).fit_transform(texts)
        names = MultiLabelBinarizer(sparse_output=True).fit_transform(features).tocsr().astype(np.float64)
        document_frequency = np.asarray(names.sum(axis=0)).ravel()
        idf = np.log((1 + len(features)) / (1 + document_frequency)) + 1
        self.names = names
        self.weighted_names = names.multiply(idf).tocsr()
        self.name_mass = np.asarray(self.weighted_names.sum(axis=1)).ravel()

    def text_similarity(self, left: np.ndarray, right: np.ndarray) -> np.ndarray:
        dense = np.einsum("ij,ij->i", self.embeddings[left], self.embeddings[right])
        terms = np.asarray(self.terms[left].multiply(self.terms[right]).sum(axis=1)).ravel()
        return EMBEDDING_WEIGHT * dense + (1 - EMBEDDING_WEIGHT) * terms

    def name_overlap(self, left: np.ndarray, right: np.ndarray) -> np.ndarray:
        shared = np.asarray(self.weighted_names[left].multiply(self.names[right]).sum(axis=1)).ravel()
        return shared / np.maximum(np.minimum(self.name_mass[left], self.name_mass[right]), 1e-12)

    def edges(self, pairs: np.ndarray) -> list[tuple[float, int, int]]:
        """Accepted edges (similarity, i, j), strongest first."""
        accepted = []
        for begin in range(0, len(pairs), SCORE_CHUNK):
            left, right = pairs[begin : begin + SCORE_CHUNK, 0], pairs[begin : begin + SCORE_CHUNK, 1]
            keep = self.name_overlap(left, right) >= NAME_OVERLAP
            left, right = left[keep], right[keep]
            scores = self.text_similarity(left, right)
            keep = scores >= EDGE_SIMILARITY
            accepted.extend(zip(scores[keep].tolist(), left[keep].tolist(), right[keep].tolist(), strict=True))
        accepted.sort(key=lambda edge: (-edge[0], edge[1], edge[2]))
        return accepted


def _cosine(a, b) -> float:
    """Cosine of two dense vectors or two 1-row sparse matrices (cluster sums)."""
    if isinstance(a, np.ndarray):
        return float(a @ b) / max(float(np.linalg.norm(a) * np.linalg.norm(b)), 1e-12)
    dot = float(a.multiply(b).sum())
    return dot / max(float(np.sqrt(a.multiply(a).sum() * b.multiply(b).sum())), 1e-12)


def _cluster(views: _Views, pairs: np.ndarray) -> UnionFind:
    """Greedy merging of accepted edges, strongest first, with the centroid guard."""
    clusters = UnionFind(views.embeddings.shape[0])
    sums: dict[int, tuple] = {}
    for _, i, j in views.edges(pairs):
        ri, rj = clusters.find(i), clusters.find(j)
        if ri == rj:
            continue
        dense_i, sparse_i = sums.get(ri) or (views.embeddings[ri], views.terms[ri])
        dense_j, sparse_j = sums.get(rj) or (views.embeddings[rj], views.terms[rj])
        centroid = EMBEDDING_WEIGHT * _cosine(dense_i, dense_j) + (1 - EMBEDDING_WEIGHT) * _cosine(sparse_i, sparse_j)
        if centroid < MERGE_SIMILARITY:
            continue
        clusters.union(ri, rj)
        sums.pop(ri, None)
        sums.pop(rj, None)
        sums[clusters.find(ri)] = (dense_i + dense_j, sparse_i + sparse_j)
    return clusters


def _story_id(article_ids: Sequence[str]) -> str:
    return hashlib.sha256("\n".join(sorted(article_ids)).encode()).hexdigest()[:16]


def _link_related(stories: list[Story]) -> None:
    """Stories that share at least ``RELATED_MIN_SHARED`` actors are related (most shared first).

    Actors common across the batch (a capital city, the country itself) are left out:
    every story shares them, so they relate nothing.
    """
    by_actor: dict[str, list[int]] = defaultdict(list)
    for n, story in enumerate(stories):
        for actor in story.actors:
            by_actor[actor].append(n)
    shared: dict[int, Counter[int]] = defaultdict(Counter)
    cap = max(RELATED_ACTOR_MIN_CAP, int(RELATED_ACTOR_SHARE * len(stories)))
    for members in by_actor.values():
        if len(members) > cap:
            continue
        for a in members:
            for b in members:
                if a != b:
                    shared[a][b] += 1
    for n, story in enumerate(stories):
        ranked = sorted(((-count, stories[m].id) for m, count in shared[n].items() if count >= RELATED_MIN_SHARED))
        story.related_story_ids = [story_id for _, story_id in ranked[:RELATED_MAX]]


def build_stories(reports: Sequence[ArticleReport], settings: Settings) -> list[Story]:
    """Stories over the batch: every article is in exactly one story (possibly alone).

    ``Story.families`` partitions the story's article ids into copy families
    (singletons included), so the families of all stories together are the copy
    families of the batch. Stories are ordered by their earliest date, undated last.
    """
    if not reports:
        return []
    families = copy_families([r.article for r in reports], settings)
    by_id = {r.article.id: r for r in reports}
    # A family is represented by its longest member: the original, not an excerpt.
    representatives = [max((by_id[a] for a in family), key=lambda r: len(r.article.body)) for family in families]
    leads = [lead(_paragraphs(r)) for r in representatives]
    features = [
        set().union(*(_features(by_id[a], text) for a in family))
        for family, text in zip(families, leads, strict=True)
    ]
    views = _Views([f"{r.article.headline}. {text}" for r, text in zip(representatives, leads, strict=True)], features)
    days = [min((d for a in family if (d := _day(by_id[a].article.published)) is not None), default=None) for family in families]
    clusters = _cluster(views, _candidate_pairs(features, days, settings.story_window_days))

    members: dict[int, list[int]] = defaultdict(list)
    for node in range(len(families)):
        members[clusters.find(node)].append(node)
    stories = []
    for nodes in members.values():
        centroid = views.embeddings[nodes].sum(axis=0)
        central = max(nodes, key=lambda n: float(views.embeddings[n] @ centroid))
        article_ids = [a for n in nodes for a in families[n]]
        actor_counts = Counter(actor for n in nodes for actor in set().union(*(_actors(by_id[a]) for a in families[n])))
        needed = max(1, (len(nodes) + 1) // 2)
        ranked = sorted(actor_counts.items(), key=lambda item: (-item[1], item[0]))
        actors = [actor for actor, count in ranked if count >= needed][:STORY_ACTORS]
        first_day = min((days[n] for n in nodes if days[n] is not None), default=None)
        story = Story(
            id=_story_id(article_ids),
            title=representatives[central].article.headline,
            article_ids=article_ids,
            families=[list(families[n]) for n in nodes],
            actors=actors,
        )
        stories.append((first_day is None, first_day or 0, story.id, story))
    ordered = [story for *_, story in sorted(stories, key=lambda s: s[:3])]
    _link_related(ordered)
    return ordered
