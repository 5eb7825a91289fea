"""Stories stage: group the articles that report the same event.

Each copy family (see :mod:`newscheck.families`) enters as one node, so copies
join their original's story and cost one embedding. A node is represented by
what its opening says: the MiniLM embedding of its headline and lead (the first
paragraph that reads as prose) joined with the mean embedding of its first
``vectors.OPENING_SENTENCES`` sentences (see :mod:`newscheck.vectors`), mixed with TF-IDF over the batch's words of
headline and lead (the specific terms: "quota" against "warning shots" for the
same two countries and the same strait). Reports of one event by different
outlets, in other words and at other lengths, land close; an article that
mentions the event in passing, further down, does not. A fifth of the
similarity is the overlap of the names the two whole texts use (TF-IDF over
name words of headline and body): outlets that open on other people and other
angles still name the same town, company and victims further down.

Candidates come from blocking, never from all pairs: nodes sharing a name token
of headline and lead (or, when annotated, an actor named there), each compared
with the next ``BLOCK_NEIGHBOURS`` of its block by date; and each node's
``MEANING_NEIGHBOURS`` nearest nodes by embedding, for reports that name no one
alike ("a dog left at a station with a suitcase"), at least
``CANDIDATE_COSINE`` close. Both stay within
``Settings.story_window_days`` (undated nodes match any date), and a story's dated reports
within ``Settings.story_span_days`` of each other. A candidate pair
is an edge when its similarity reaches ``EDGE_SIMILARITY``, unless both name
``CONFLICTING_NAMES`` participants or more and share less than ``NAME_OVERLAP``
of them: two fires at two plants in one week read alike; their names do not.

Clusters grow by average linkage along the edges: two clusters joined by an
edge merge, closest first, while the mean similarity over all their cross pairs
reaches ``MERGE_SIMILARITY``. A chain of weak links does not glue two events
together, and a report joins a story when it is close to its reports on
average, not to one of them.

Stories link to related stories (same actors, another event) through an actor
both name that few other stories in the batch name.
"""

from __future__ import annotations

import hashlib
import heapq
import re
from collections import Counter, defaultdict
from collections.abc import Sequence

import numpy as np
from scipy import sparse
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.preprocessing import MultiLabelBinarizer

from newscheck.config import Settings
from newscheck.families import UnionFind, copy_families
from newscheck.records import ArticleReport, Story, day_number, day_span
from newscheck.vectors import embed_articles, lead, paragraphs_of

__all__ = ["build_stories"]

EMBEDDING_WEIGHT = 0.8  # opening similarity = this * embedding cosine + the rest * TF-IDF cosine
NAME_WEIGHT = 0.2  # similarity = the rest * opening similarity + this * cosine of the whole texts' name words
EDGE_SIMILARITY = 0.45  # similarity a candidate pair needs to be an edge
MERGE_SIMILARITY = 0.45  # mean similarity over two clusters' cross pairs for them to merge
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


class _Views:
    """What each node is about (its opening's embedding, its headline and lead's words), who is in it
    (name features of headline and lead) and whom the whole text names (its name words)."""

    def __init__(
        self, texts: Sequence[str], features: Sequence[set[str]], openings: np.ndarray, name_words: Sequence[list[str]]
    ) -> None:
        self.openings = openings.astype(np.float64)
        self.terms = TfidfVectorizer(stop_words="english", sublinear_tf=True).fit_transform(texts)
        self.named = _name_vectors(name_words)
        names = MultiLabelBinarizer(sparse_output=True).fit_transform(features).tocsr().astype(np.float64)
        document_frequency = np.asarray(names.sum(axis=0)).ravel()
        idf = np.log((1 + len(features)) / (1 + document_frequency)) + 1
        self.names = names
        self.weighted_names = names.multiply(idf).tocsr()
        self.name_mass = np.asarray(self.weighted_names.sum(axis=1)).ravel()
        self.name_count = np.asarray(names.sum(axis=1)).ravel()

    def opening_similarity(self, left: np.ndarray, right: np.ndarray) -> np.ndarray:
        dense = np.einsum("ij,ij->i", self.openings[left], self.openings[right])
        terms = np.asarray(self.terms[left].multiply(self.terms[right]).sum(axis=1)).ravel()
        return _mixed(dense, terms)

    def similarity(self, left: np.ndarray, right: np.ndarray, opening: np.ndarray) -> np.ndarray:
        named = np.asarray(self.named[left].multiply(self.named[right]).sum(axis=1)).ravel()
        return _with_names(opening, named)

    def name_overlap(self, left: np.ndarray, right: np.ndarray) -> np.ndarray:
        shared = np.asarray(self.weighted_names[left].multiply(self.names[right]).sum(axis=1)).ravel()
        return shared / np.maximum(np.minimum(self.name_mass[left], self.name_mass[right]), 1e-12)

    def edges(self, pairs: np.ndarray) -> list[tuple[float, int, int]]:
        """Scored candidate pairs (similarity, i, j) at least ``EDGE_SIMILARITY`` close. Two reports that
        read nearly alike, each naming several participants and sharing few of them, are one template filled
        in twice (two fires at two plants in one week), not one event. Reports that read less alike may open on
        nobody in common: each outlet leads with someone else (the company's chief, the minister, a union); the
        names their whole texts share count for them, and two reports sharing no name at all need openings at
        least ``EDGE_SIMILARITY / (1 - NAME_WEIGHT)`` alike."""
        accepted = []
        for begin in range(0, len(pairs), SCORE_CHUNK):
            left, right = pairs[begin : begin + SCORE_CHUNK, 0], pairs[begin : begin + SCORE_CHUNK, 1]
            named = np.minimum(self.name_count[left], self.name_count[right]) >= CONFLICTING_NAMES
            opening = self.opening_similarity(left, right)
            scores = self.similarity(left, right, opening)
            conflicting = named & (self.name_overlap(left, right) < NAME_OVERLAP) & (opening >= TEMPLATE_SIMILARITY)
            keep = (scores >= EDGE_SIMILARITY) & ~conflicting
            accepted.extend(zip(scores[keep].tolist(), left[keep].tolist(), right[keep].tolist(), strict=True))
        return accepted


def _name_vectors(name_words: Sequence[list[str]]) -> sparse.csr_matrix:
    """Unit TF-IDF vectors of the name words each text uses (zero rows where no text names anyone)."""
    if not any(name_words):
        return sparse.csr_matrix((len(name_words), 1))
    return TfidfVectorizer(analyzer=list, binary=True).fit_transform(name_words).tocsr()


def _mixed(dense, terms):  # noqa: ANN001, ANN202 - floats or arrays alike
    """The similarity of two openings (or sums of them) from their embedding and TF-IDF dot products."""
    return EMBEDDING_WEIGHT * dense + (1 - EMBEDDING_WEIGHT) * terms


def _with_names(opening, named):  # noqa: ANN001, ANN202 - floats or arrays alike
    """The similarity of two texts (or sums of them) from their openings' and their name words' similarity."""
    return (1 - NAME_WEIGHT) * opening + NAME_WEIGHT * named


def _cluster(views: _Views, pairs: np.ndarray, days: Sequence[int | None], span: int) -> UnionFind:
    """Average linkage along the accepted edges: two clusters joined by an edge merge, closest first, while
    the mean similarity over all their cross pairs is at least ``MERGE_SIMILARITY``. The similarity is a
    dot product, so that mean is the dot product of the clusters' summed vectors over the product of
    their sizes. A chain A~B~C of weak links does not glue A to C, and a report joins a story only when it
    is close to its reports on average, not to one of them. Nor do two clusters merge when their dated
    reports would span more than ``span`` days: week after week of like reports (a fuel tax raised in one
    town, then another) would otherwise chain into one story of years."""
    n = views.openings.shape[0]
    clusters = UnionFind(n)
    first = list(days)
    last = list(days)
    dense = {i: views.openings[i].copy() for i in range(n)}
    terms = {i: views.terms[i] for i in range(n)}
    named = {i: views.named[i] for i in range(n)}
    size = [1] * n
    neighbours: dict[int, set[int]] = defaultdict(set)
    heap = []
    for score, i, j in views.edges(pairs):
        neighbours[i].add(j)
        neighbours[j].add(i)
        heap.append((-score, min(i, j), max(i, j)))
    heapq.heapify(heap)

    def average(a: int, b: int) -> float:
        opening = _mixed(float(dense[a] @ dense[b]), float(terms[a].multiply(terms[b]).sum()))
        return _with_names(opening, float(named[a].multiply(named[b]).sum())) / (size[a] * size[b])

    while heap:
        negative, i, j = heapq.heappop(heap)
        if clusters.find(i) != i or clusters.find(j) != j:
            continue  # one side merged since this pair was scored
        if abs(average(i, j) + negative) > 1e-9:
            continue  # stale: pushed again with its current average
        if -negative < MERGE_SIMILARITY:
            break
        dates = day_span(first[i], last[i], first[j], last[j])
        if dates and dates[1] - dates[0] > span:
            continue
        clusters.union(i, j)
        root, other = (i, j) if clusters.find(i) == i else (j, i)
        first[root], last[root] = dates or (None, None)
        dense[root] = dense[root] + dense.pop(other)
        terms[root] = terms[root] + terms.pop(other)
        named[root] = named[root] + named.pop(other)
        size[root] += size[other]
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
    texts = [f"{r.article.headline}. {text}" for r, text in zip(representatives, leads, strict=True)]
    features = [set().union(*(_features(by_id[a], text) for a in family)) for family, text in zip(families, leads, strict=True)]
    openings = np.stack([vectors_of[r.article.id].opening for r in representatives])
    views = _Views(texts, features, openings, [_name_words(r) for r in representatives])
    days = [
        min((d for a in family if (d := day_number(by_id[a].article.published)) is not None), default=None) for family in families
    ]
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
