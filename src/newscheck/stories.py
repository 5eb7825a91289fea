"""Stories stage: group the articles that report the same event.

Each copy family (see :mod:`newscheck.families`) enters as one node, so copies
join their original's story and cost one embedding. Whether two nodes tell one
event is a probability (`PairModel`, fitted by :mod:`newscheck.stories_train`)
over what their openings say (the MiniLM embedding of headline and lead joined
with the mean of the first ``vectors.OPENING_SENTENCES`` sentences; TF-IDF over
the batch's words of headline and lead), whom their whole texts name, what their
whole texts tell (their words, the centroid of their sentence vectors, how many
of their sentences have a close counterpart in the other), how many days apart
they are and the figures they share. Outlets open on other people and angles (a
victim, the company's losses, the minister); reports of one event still name
the same town and company further down and tell the same sentences in other
words, and a report of another event the same week does not.

Candidates come from blocking, never from all pairs: nodes sharing a name token
of headline and lead (or, when annotated, an actor named there), each compared
with the next ``BLOCK_NEIGHBOURS`` of its block by date; and each node's
``MEANING_NEIGHBOURS`` nearest nodes by embedding, for reports that name no one
alike ("a dog left at a station with a suitcase"), at least
``CANDIDATE_COSINE`` close. Both stay within
``Settings.story_window_days`` (undated nodes match any date), and a story's dated reports
within ``Settings.story_span_days`` of each other. A candidate pair
is an edge when its probability reaches ``SAME_EVENT``, unless both name
``CONFLICTING_NAMES`` participants or more and share less than ``NAME_OVERLAP``
of them while their openings read alike: two fires at two plants in one week
read alike; their names do not.

Clusters grow by average linkage along the edges: two clusters joined by an
edge merge, likeliest first, while the probability averaged over all their cross
pairs reaches ``SAME_EVENT``. A chain of weak links does not glue two events
together, and a report joins a story when it is likely of one event with its
reports on average, not with one of them.

Stories link to related stories (same actors, another event) through an actor
both name that few other stories in the batch name.
"""

from __future__ import annotations

import hashlib
import heapq
import json
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.preprocessing import MultiLabelBinarizer, normalize

from newscheck.config import Settings
from newscheck.families import UnionFind, copy_families
from newscheck.records import ArticleReport, Story, day_number, day_span
from newscheck.terms import quantities
from newscheck.vectors import ArticleVectors, embed_articles, lead, paragraphs_of

__all__ = ["build_stories"]

MODEL_DIR = Path(__file__).resolve().parent / "models" / "stories"
MODEL_FILE, MANIFEST_FILE = "stories.npz", "manifest.json"
FORMAT_VERSION = 1
EMBEDDING_WEIGHT = 0.8  # how alike two openings read (templates) = this * embedding cosine + the rest * term cosine
SAME_EVENT = 0.6  # P(same event) a candidate pair needs to be an edge, and two clusters' cross pairs on average to merge
ALIGNED_COSINE = 0.7  # a sentence with a sentence this close in the other report is told by both
DAYS_APART_CAP = 14  # days apart, as a feature, count up to this
MIN_FIGURE = 10  # figures below this (counts of a few) are too common to tell two events apart
CANDIDATE_COSINE = 0.35  # openings further apart than this are never candidates by meaning
BLOCK_NEIGHBOURS = 30  # within a name's block, each node meets at most this many later nodes
MEANING_NEIGHBOURS = 10  # each node also meets its this many closest nodes by embedding
CONFLICTING_NAMES = 2  # two nodes that each name this many participants ...
NAME_OVERLAP = 0.5  # ... and share less than this IDF-weighted share of them (of the smaller's) are two events
TEMPLATE_SIMILARITY = 0.65  # ... when they read this alike (one template, other names)
NEIGHBOUR_CHUNK = 2048  # nodes whose nearest neighbours are found per matrix product (bounds memory)
SCORE_CHUNK = 50_000  # candidate pairs scored per vectorised step (bounds memory)
STORY_ACTORS = 8  # actors listed per story
RELATED_MIN_SHARED = 1  # uncommon actors two stories must share to be related
RELATED_MAX = 5  # related stories listed per story
RELATED_ACTOR_SHARE = 0.02  # an actor in more than this share of the stories is too common to relate them
RELATED_ACTOR_MIN_CAP = 2  # ... unless it is in at most this many stories

SENTENCE_START_WINDOW = 32  # characters before a name read to tell whether it opens a sentence
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


def _names(text: str) -> list[str]:
    """Capitalised name phrases ("Port Mirren", "Bank of Valdoria"), possessives cut off."""
    names = []
    text = _POSSESSIVE.sub("|", text)  # "Port Mirren's Eastbank" is two names
    for match in _NAME.finditer(text):
        words = match.group(0).split()
        # read only the few characters before the match: the whole text before it would cost its length each time
        sentence_start = _SENTENCE_START.search(text, max(0, match.start() - SENTENCE_START_WINDOW), match.start()) is not None
        while words and (words[0].lower() in _NOT_NAMES or (sentence_start and len(words) == 1)):
            words = words[1:]
            sentence_start = False
        if words:
            names.append(" ".join(words))
    return names


def _name_tokens(text: str) -> list[str]:
    """The lower-cased words of every name in `text` ("port", "mirren"), titles and calendar words left out."""
    return [token.lower() for name in _names(text) for token in name.split() if token.lower() not in _NOT_NAMES]


def _features(report: ArticleReport, lead_text: str) -> set[str]:
    """Blocking and overlap features: name tokens of headline and lead, lead actors when annotated."""
    text = f"{report.article.headline}. {lead_text}"
    features = {f"n:{token}" for token in _name_tokens(text)}
    if report.annotation is not None:
        features.update(f"a:{actor.key}" for actor in report.annotation.actors if any(m.text in text for m in actor.mentions))
    return features


def blocking_features(report: ArticleReport) -> set[str]:
    """The features by which stories block an article: names of its headline and lead, lead actors."""
    return _features(report, lead(paragraphs_of(report)))


def _name_words(report: ArticleReport) -> list[str]:
    """The words of every name in headline and body ("port", "mirren", "kestrel")."""
    return _name_tokens(f"{report.article.headline}. {report.article.body}")


def _actors(report: ArticleReport) -> set[str]:
    """Who the article is about: annotated actor keys, else name phrases of the whole text."""
    if report.annotation is not None and report.annotation.actors:
        return {actor.key for actor in report.annotation.actors}
    return set(_names(f"{report.article.headline}. {report.article.body}"))


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


def _nearest_pairs(embeddings: np.ndarray, days: Sequence[int | None], window: int) -> np.ndarray:
    """Node pairs (i < j) where j is among i's ``MEANING_NEIGHBOURS`` closest nodes by embedding, at least
    ``CANDIDATE_COSINE`` close and within the date window."""
    n = len(embeddings)
    if n < 2:
        return np.zeros((0, 2), dtype=np.int64)
    day = np.array([d if d is not None else -1 for d in days])
    dated = day >= 0
    chunks = []
    k = min(MEANING_NEIGHBOURS, n - 1)
    for begin in range(0, n, NEIGHBOUR_CHUNK):
        block = embeddings[begin : begin + NEIGHBOUR_CHUNK] @ embeddings.T
        rows = np.arange(begin, min(begin + NEIGHBOUR_CHUNK, n))
        block[rows - begin, rows] = -1.0
        near = np.argpartition(-block, k - 1, axis=1)[:, :k]
        for offset, row in enumerate(rows):
            for other in near[offset]:
                if block[offset, other] < CANDIDATE_COSINE:
                    continue
                if dated[row] and dated[other] and abs(day[row] - day[other]) > window:
                    continue
                chunks.append((row, other))
    if not chunks:
        return np.zeros((0, 2), dtype=np.int64)
    return np.unique(np.sort(np.array(chunks, dtype=np.int64), axis=1), axis=0)


PAIR_FEATURES = (
    "opening embedding cosine", "opening term cosine", "name words cosine", "lead names shared",
    "body term cosine", "body centroid cosine", "sentence alignment", "sentences told by both",
    "days apart", "undated", "figures shared", "names (log)",
)  # fmt: skip
_OPENING, _OPENING_TERMS, _LEAD_NAMES, _UNDATED = (
    PAIR_FEATURES.index(f) for f in ("opening embedding cosine", "opening term cosine", "lead names shared", "undated")
)


@dataclass
class PairModel:
    """P(two reports tell one event): two logistic regressions over `PAIR_FEATURES` (rows of `weights`, each over
    features scaled by its row of `mean` and `scale`), the first for two dated reports, the second where either
    is undated: days apart tell nothing there, and that row is fitted on undated real reports."""

    weights: np.ndarray  # (2, features)
    bias: np.ndarray  # (2,)
    mean: np.ndarray  # (2, features)
    scale: np.ndarray  # (2, features)

    @classmethod
    def load(cls, directory: Path = MODEL_DIR) -> PairModel:
        manifest = json.loads((directory / MANIFEST_FILE).read_text(encoding="utf-8"))
        if manifest.get("format_version") != FORMAT_VERSION or tuple(manifest["features"]) != PAIR_FEATURES:
            raise ValueError(
                f"{directory}: a story model of other features or format; retrain it (python -m newscheck.stories_train)"
            )
        arrays = np.load(directory / MODEL_FILE)
        return cls(arrays["weights"], arrays["bias"], arrays["mean"], arrays["scale"])

    def save(self, directory: Path, extra: dict) -> None:
        directory.mkdir(parents=True, exist_ok=True)
        np.savez(directory / MODEL_FILE, weights=self.weights, bias=self.bias, mean=self.mean, scale=self.scale)
        manifest = {"format_version": FORMAT_VERSION, "features": list(PAIR_FEATURES), "rows": ["dated", "undated"], **extra}
        (directory / MANIFEST_FILE).write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")

    def probability(self, features: np.ndarray) -> np.ndarray:
        row = (features[:, _UNDATED] > 0).astype(int)
        logits = (((features - self.mean[row]) / self.scale[row]) * self.weights[row]).sum(axis=1) + self.bias[row]
        return 1.0 / (1.0 + np.exp(-logits))


@lru_cache(maxsize=1)
def pair_model() -> PairModel:
    """The shipped pair model, loaded on first use and shared afterwards."""
    return PairModel.load()


def _figures(text: str) -> frozenset[float]:
    """The figures a text gives (1.2 million and 1,200,000 alike), years and counts of a few left out."""
    return frozenset(q.value for q in quantities(text) if not q.year and not q.vague and q.value >= MIN_FIGURE)


class _Views:
    """What each node is about (its opening's embedding, its headline and lead's words), who is in it
    (name features of headline and lead), whom the whole text names (its name words), and what the whole
    text tells (its words, its sentences' vectors, its figures), with its day."""

    def __init__(
        self,
        texts: Sequence[str],
        features: Sequence[set[str]],
        vectors: Sequence[ArticleVectors],
        whole_texts: Sequence[str],
        name_words: Sequence[list[str]],
        days: Sequence[int | None],
    ) -> None:
        self.openings = np.stack([v.opening for v in vectors]).astype(np.float64)
        self.terms = TfidfVectorizer(stop_words="english", sublinear_tf=True).fit_transform(texts)
        self.body = TfidfVectorizer(stop_words="english", sublinear_tf=True).fit_transform(whole_texts)
        self.sentences = [v.sentences.astype(np.float32) for v in vectors]
        centroids = np.stack([s.mean(axis=0) if len(s) else np.zeros(self.openings.shape[1], np.float32) for s in self.sentences])
        self.centroids = normalize(centroids)
        self.figures = [_figures(text) for text in whole_texts]
        self.days = np.array([d if d is not None else -1 for d in days])
        self.named = _name_vectors(name_words)
        names = MultiLabelBinarizer(sparse_output=True).fit_transform(features).tocsr().astype(np.float64)
        document_frequency = np.asarray(names.sum(axis=0)).ravel()
        idf = np.log((1 + len(features)) / (1 + document_frequency)) + 1
        self.names = names
        self.weighted_names = names.multiply(idf).tocsr()
        self.name_mass = np.asarray(self.weighted_names.sum(axis=1)).ravel()
        self.name_count = np.asarray(names.sum(axis=1)).ravel()

    def name_overlap(self, left: np.ndarray, right: np.ndarray) -> np.ndarray:
        shared = np.asarray(self.weighted_names[left].multiply(self.names[right]).sum(axis=1)).ravel()
        return shared / np.maximum(np.minimum(self.name_mass[left], self.name_mass[right]), 1e-12)

    def pair_features(self, left: np.ndarray, right: np.ndarray) -> np.ndarray:
        """`PAIR_FEATURES` of each pair (left[k], right[k])."""

        def dot(matrix: sparse.csr_matrix) -> np.ndarray:
            return np.asarray(matrix[left].multiply(matrix[right]).sum(axis=1)).ravel()

        alignment, told = np.zeros(len(left)), np.zeros(len(left))
        for k, (i, j) in enumerate(zip(left.tolist(), right.tolist(), strict=True)):
            if len(self.sentences[i]) and len(self.sentences[j]):
                cosines = self.sentences[i] @ self.sentences[j].T
                best_here, best_there = cosines.max(axis=1), cosines.max(axis=0)
                alignment[k] = (best_here.mean() + best_there.mean()) / 2
                told[k] = ((best_here >= ALIGNED_COSINE).mean() + (best_there >= ALIGNED_COSINE).mean()) / 2
        dated = (self.days[left] >= 0) & (self.days[right] >= 0)
        apart = np.where(dated, np.minimum(np.abs(self.days[left] - self.days[right]), DAYS_APART_CAP), 0)
        figures = [
            len(self.figures[i] & self.figures[j]) / max(1, min(len(self.figures[i]), len(self.figures[j])))
            for i, j in zip(left.tolist(), right.tolist(), strict=True)
        ]
        return np.column_stack(
            [
                np.einsum("ij,ij->i", self.openings[left], self.openings[right]), dot(self.terms), dot(self.named),
                self.name_overlap(left, right),
                dot(self.body), np.einsum("ij,ij->i", self.centroids[left], self.centroids[right]), alignment, told,
                apart, ~dated, figures, np.log1p(np.minimum(self.name_count[left], self.name_count[right])),
            ]
        )  # fmt: skip

    def same_event(self, left: np.ndarray, right: np.ndarray) -> np.ndarray:
        """P(the two reports tell one event) of each pair."""
        if not len(left):
            return np.zeros(0)
        return pair_model().probability(self.pair_features(left, right))

    def edges(self, pairs: np.ndarray) -> list[tuple[float, int, int]]:
        """Scored candidate pairs (P(same event), i, j) from ``SAME_EVENT``. Two reports that read nearly alike,
        each naming several participants and sharing few of them, are one template filled in twice (two fires
        at two plants in one week), not one event: no edge joins them. How alike they read is their openings'
        embedding cosine, a fifth of it their words' cosine."""
        accepted = []
        for begin in range(0, len(pairs), SCORE_CHUNK):
            left, right = pairs[begin : begin + SCORE_CHUNK, 0], pairs[begin : begin + SCORE_CHUNK, 1]
            features = self.pair_features(left, right)
            scores = pair_model().probability(features)
            reads_alike = EMBEDDING_WEIGHT * features[:, _OPENING] + (1 - EMBEDDING_WEIGHT) * features[:, _OPENING_TERMS]
            named = np.minimum(self.name_count[left], self.name_count[right]) >= CONFLICTING_NAMES
            template = named & (reads_alike >= TEMPLATE_SIMILARITY) & (features[:, _LEAD_NAMES] < NAME_OVERLAP)
            keep = (scores >= SAME_EVENT) & ~template
            accepted.extend(zip(scores[keep].tolist(), left[keep].tolist(), right[keep].tolist(), strict=True))
        return accepted


def node_views(
    reports: Sequence[ArticleReport], features: Sequence[set[str]], days: Sequence[int | None], vectors: Sequence[ArticleVectors]
) -> _Views:
    """The views of nodes represented by `reports`, with their blocking features, days and vectors."""
    texts = [f"{r.article.headline}. {lead(paragraphs_of(r))}" for r in reports]
    whole = [f"{r.article.headline}. {r.article.body}" for r in reports]
    return _Views(texts, features, vectors, whole, [_name_words(r) for r in reports], days)


def _name_vectors(name_words: Sequence[list[str]]) -> sparse.csr_matrix:
    """Unit TF-IDF vectors of the name words each text uses (zero rows where no text names anyone)."""
    if not any(name_words):
        return sparse.csr_matrix((len(name_words), 1))
    return TfidfVectorizer(analyzer=list, binary=True).fit_transform(name_words).tocsr()


def _cluster(views: _Views, pairs: np.ndarray, days: Sequence[int | None], span: int) -> UnionFind:
    """Average linkage along the accepted edges: two clusters joined by an edge merge, most likely first,
    while P(same event) averaged over all their cross pairs is at least ``SAME_EVENT``. A chain A~B~C of
    weak links does not glue A to C, and a report joins a story only when it is likely of one event with
    its reports on average, not with one of them. Nor do two clusters merge when their dated reports would
    span more than ``span`` days: week after week of like reports (a fuel tax raised in one town, then
    another) would otherwise chain into one story of years."""
    n = views.openings.shape[0]
    clusters = UnionFind(n)
    first = list(days)
    last = list(days)
    members = {i: [i] for i in range(n)}
    known: dict[tuple[int, int], float] = {}
    neighbours: dict[int, set[int]] = defaultdict(set)
    heap = []
    for score, i, j in views.edges(pairs):
        known[min(i, j), max(i, j)] = score
        neighbours[i].add(j)
        neighbours[j].add(i)
        heap.append((-score, min(i, j), max(i, j)))
    heapq.heapify(heap)

    def average(a: int, b: int) -> float:
        cross = [(min(x, y), max(x, y)) for x in members[a] for y in members[b]]
        todo = np.array([p for p in cross if p not in known], dtype=np.int64).reshape(-1, 2)
        known.update(zip(map(tuple, todo.tolist()), views.same_event(todo[:, 0], todo[:, 1]).tolist(), strict=True))
        return sum(known[p] for p in cross) / len(cross)

    while heap:
        negative, i, j = heapq.heappop(heap)
        if clusters.find(i) != i or clusters.find(j) != j:
            continue  # one side merged since this pair was scored
        if abs(average(i, j) + negative) > 1e-9:
            continue  # stale: pushed again with its current average
        if -negative < SAME_EVENT:
            break
        dates = day_span(first[i], last[i], first[j], last[j])
        if dates and dates[1] - dates[0] > span:
            continue
        clusters.union(i, j)
        root, other = (i, j) if clusters.find(i) == i else (j, i)
        first[root], last[root] = dates or (None, None)
        members[root] += members.pop(other)
        merged = (neighbours.pop(root, set()) | neighbours.pop(other, set())) - {root, other}
        neighbours[root] = merged
        for k in merged:
            neighbours[k].discard(other)
            neighbours[k].add(root)
            heapq.heappush(heap, (-average(root, k), min(root, k), max(root, k)))
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
    vectors_of = {r.article.id: v for r, v in zip(reports, embed_articles(reports), strict=True)}
    # A family is represented by its longest member: the original, not an excerpt.
    representatives = [max((by_id[a] for a in family), key=lambda r: len(r.article.body)) for family in families]
    leads = [lead(paragraphs_of(r)) for r in representatives]
    features = [set().union(*(_features(by_id[a], text) for a in family)) for family, text in zip(families, leads, strict=True)]
    days = [
        min((d for a in family if (d := day_number(by_id[a].article.published)) is not None), default=None) for family in families
    ]
    views = node_views(representatives, features, days, [vectors_of[r.article.id] for r in representatives])
    window = settings.story_window_days
    pairs = np.concatenate([_candidate_pairs(features, days, window), _nearest_pairs(views.openings, days, window)])
    clusters = _cluster(views, np.unique(pairs, axis=0) if len(pairs) else pairs, days, settings.story_span_days)

    members: dict[int, list[int]] = defaultdict(list)
    for node in range(len(families)):
        members[clusters.find(node)].append(node)
    stories = []
    for nodes in members.values():
        centroid = views.openings[nodes].sum(axis=0)
        central = max(nodes, key=lambda n: float(views.openings[n] @ centroid))
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
