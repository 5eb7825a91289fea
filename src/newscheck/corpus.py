"""Verify stage over the store: each batch of new articles is checked against everything stored.

The store is the corpus. For a batch of analysed articles this reads, from the corpus index the store
keeps (each article's sentence vectors, opening vector and blocking keys), only what can bear on them:

- the stored articles whose opening is among each new article's ``MEANING_NEIGHBOURS`` nearest and
  within the story window, and those sharing a story blocking key (a name of headline and lead, a lead
  actor), nearest in time: with the whole stories they are in, they are regrouped with the new articles;
- the stored articles whose claims share an actor pair (or an actor and an event type) with a new claim,
  or one of whose sentences gives two names a new claim gives, at any date, nearest in time: evidence for
  the new claims, and readers of them.

New claims are judged against all of it; stored claims only against the new articles, and what that
finds joins their stored cross-checks (a new denial turns a corroborated claim contested). Everything the
batch changes is written in one transaction with the batch's articles.
"""

from __future__ import annotations

import heapq
from collections.abc import Sequence

import numpy as np

from newscheck.config import Settings
from newscheck.crosscheck import MAX_CANDIDATE_ARTICLES, article_name_pairs, article_names, claim_keys, name_pairs
from newscheck.judge import ClaimJudge
from newscheck.records import ArticleReport, StanceReader, day_number
from newscheck.store import Store
from newscheck.stories import BLOCK_NEIGHBOURS, CANDIDATE_COSINE, MEANING_NEIGHBOURS, blocking_features, build_stories
from newscheck.vectors import ArticleVectors, attach_vectors

CLAIM_KEY_NEIGHBOURS = 4 * MAX_CANDIDATE_ARTICLES  # stored articles per claim key: as many as a claim's retrieval reads


def _story_key(feature: str) -> str:
    return f"s:{feature}"


def _claim_key(key: tuple[str, ...]) -> str:
    return "c:" + "|".join(key)


def index_keys(report: ArticleReport, names: frozenset[str]) -> set[str]:
    """An article's blocking keys in the corpus index: its story features, its claims' actor keys and the pairs of
    its `names` (`crosscheck.article_names`) its sentences give together (what a later claim naming both finds it by)."""
    keys = {_story_key(f) for f in blocking_features(report)}
    keys.update(_claim_key(k) for claim in report.checkable_claims() for k in claim_keys(claim))
    keys.update(_claim_key(k) for k in article_name_pairs(report, names))
    return keys


def _evidence_keys(report: ArticleReport, names: frozenset[str]) -> set[str]:
    """The keys a new article's claims look their evidence up by: their actor keys and the pairs of its `names`."""
    return {_claim_key(k) for claim in report.checkable_claims() for k in claim_keys(claim) | name_pairs(claim.text, names)}


def _within(window: int, day: int | None, other: int | None) -> bool:
    return day is None or other is None or abs(day - other) <= window


def _near_by_meaning(store: Store, vectors: Sequence[ArticleVectors], days: Sequence[int | None], window: int) -> set[str]:
    """Stored articles among each new article's ``MEANING_NEIGHBOURS`` nearest openings, in the window."""
    if not vectors:
        return set()
    openings = np.stack([v.opening for v in vectors])
    best: list[list[tuple[float, str]]] = [[] for _ in vectors]
    for ids, stored_days, matrix in store.openings():
        similarities = openings @ matrix.T
        for row, (day, heap) in enumerate(zip(days, best, strict=True)):
            for column in np.flatnonzero(similarities[row] >= CANDIDATE_COSINE):
                if _within(window, day, stored_days[column]):
                    item = (float(similarities[row, column]), ids[column])
                    if len(heap) < MEANING_NEIGHBOURS:
                        heapq.heappush(heap, item)
                    else:
                        heapq.heappushpop(heap, item)
    return {article_id for heap in best for _, article_id in heap}


def _near_by_keys(
    store: Store, reports: Sequence[ArticleReport], names: Sequence[frozenset[str]], days: Sequence[int | None], window: int
) -> tuple[set[str], set[str]]:
    """Stored articles sharing a story key (in the window) and sharing a claim's key (at any date), each key looked
    up once per day of the batch (a batch's reports of one day share most of their names)."""
    story_keys = {(_story_key(f), day) for report, day in zip(reports, days, strict=True) for f in blocking_features(report)}
    evidence_keys = {
        (key, day) for report, named, day in zip(reports, names, days, strict=True) for key in _evidence_keys(report, named)
    }
    story_near, claim_near = set(), set()
    for key, day in story_keys:
        story_near.update(a for a, d in store.articles_with_key(key, day, BLOCK_NEIGHBOURS) if _within(window, day, d))
    for key, day in evidence_keys:
        claim_near.update(a for a, _ in store.articles_with_key(key, day, CLAIM_KEY_NEIGHBOURS))
    return story_near, claim_near


def verify_batch(
    reports: Sequence[ArticleReport],
    store: Store,
    settings: Settings,
    stance: StanceReader | None = None,
    judge: ClaimJudge | None = None,
) -> None:
    """Check new, analysed articles against the store, then store them with everything that changed."""
    from newscheck.verify import verify

    reports = list(reports)
    attach_vectors(reports)
    days = [day_number(r.article.published) for r in reports]
    window = settings.story_window_days
    new_ids = {r.article.id for r in reports}
    names = [article_names(r) for r in reports]
    story_near, claim_near = _near_by_keys(store, reports, names, days, window)
    near = _near_by_meaning(store, [r.annotation.vectors for r in reports], days, window) | story_near
    regrouped = store.story_members(sorted(near - new_ids)) - new_ids
    evidence_only = claim_near - regrouped - new_ids
    stored = store.load_articles(sorted(regrouped | evidence_only))
    backfilled = [r for r in stored if r.annotation is None or r.annotation.vectors is None]  # stored before the index
    attach_vectors(stored)
    clustered = [*reports, *(r for r in stored if r.article.id in regrouped)]
    stories = build_stories(clustered, settings)
    union = [*clustered, *(r for r in stored if r.article.id in evidence_only)]
    fresh = [r.article.id in new_ids for r in union]
    signals_before = {r.article.id: r.signals for r in stored}
    context = store.stories_of(sorted(evidence_only))  # the evidence articles' own stories: their copy families
    earlier = store.crosschecks_of(sorted(regrouped | evidence_only))
    checks = verify(union, [*stories, *context], settings, stance, judge, fresh, earlier)
    named = [*zip(reports, names, strict=True), *((r, article_names(r)) for r in backfilled)]
    store.save_batch(
        [r for r, _ in named],
        {r.article.id: index_keys(r, names_of) for r, names_of in named},
        updated=[r for r in stored if r.signals != signals_before[r.article.id]],  # the others are stored as they are
        stories=stories,
        crosschecks=checks,
    )
