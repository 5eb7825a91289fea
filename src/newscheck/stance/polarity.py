"""Polarity: does a text assert a story or debunk it?

Disagreement is a clash of polarities: a headline that asserts a rumour against a
body that debunks it, or the reverse; agreement is two texts with the same polarity.
A linear model over claim and body words cannot express that "exclusive or", so
polarity is learned separately for claims and for texts and the stance model gets
both scores and their mismatch.

Polarity labels are not given in FNC-1 but follow from its stance labels: within a
topic, headlines and bodies joined by "agree" share a polarity and those joined by
"disagree" have opposite ones, which 2-colours each connected group (FNC-1's
training split colours without a single conflict). Which colour is the debunking
side is read from refutation cues; groups where neither side reads as debunking
give no labels.

A clash with a text that only reports the story, taking no side, is no denial (FNC-1
calls it "discuss"). Whether a body takes a side is labelled directly: it does when
some related headline's stance to it is agree or disagree; likewise a headline takes a
side when some related body's stance to it is agree or disagree. Two more regressions
learn P(takes a side) for texts and for claims, and the stance model gets the clashes
weighed by them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np
from sklearn.linear_model import LogisticRegression

from newscheck.stance.data import agreement_groups
from newscheck.stance.features import PreparedClaim, PreparedText, summarize, unit
from newscheck.stance.text import CUE_FAMILIES, cue_counts, split_sentences

REFUTE, NEGATION = CUE_FAMILIES.index("refute"), CUE_FAMILIES.index("negation")

DEBUNK, ASSERT = -1, 1
ORIENTATION_MARGIN = 0.5  # refutation-cue difference needed to call one colour the debunking side
LEAD_SENTENCES = 5


@dataclass(frozen=True)
class PolarityLabels:
    headlines: dict[str, int]  # headline -> DEBUNK / ASSERT
    bodies: dict[int, int]  # body id -> DEBUNK / ASSERT
    committed: dict[int, int]  # body id -> 1 when it takes a side (agree or disagree) on some related headline, else 0
    claims_committed: dict[str, int]  # headline -> 1 when some related body takes a side on it, else 0


def polarity_labels(stances: Iterable[tuple[str, int, str]], bodies: dict[int, str]) -> PolarityLabels:
    """Polarity of headlines and bodies from (headline, body id, stance) triples (see module doc)."""
    stances = list(stances)
    committed: dict[int, int] = {}
    claims_committed: dict[str, int] = {}
    for headline, body_id, stance in stances:
        if stance != "unrelated":
            committed[body_id] = max(committed.get(body_id, 0), int(stance != "discuss"))
            claims_committed[headline] = max(claims_committed.get(headline, 0), int(stance != "discuss"))
    headlines: dict[str, int] = {}
    body_labels: dict[int, int] = {}
    for colour in agreement_groups(stances):
        debunk_evidence = _debunk_evidence(colour, bodies)
        if abs(debunk_evidence[1] - debunk_evidence[-1]) < ORIENTATION_MARGIN:
            continue
        flip = -1 if debunk_evidence[1] > debunk_evidence[-1] else 1
        for (kind, key), side in colour.items():
            (headlines if kind == "h" else body_labels)[key] = ASSERT if side * flip == 1 else DEBUNK
    return PolarityLabels(headlines, body_labels, committed, claims_committed)


def _debunk_evidence(colour: dict[tuple[str, object], int], bodies: dict[int, str]) -> dict[int, float]:
    """Per colour, how much its members read as debunking: the mean over its headlines (refutation
    cues count double, negations once) plus the mean over its bodies (refutation cues per lead
    sentence). Means, not sums: a colour's size says nothing of its polarity, and summing made the
    larger (usually asserting) colour look like the debunking one."""
    scores: dict[tuple[int, str], list[float]] = {}
    for (kind, key), side in colour.items():
        if kind == "h":
            cues = cue_counts(str(key))
            score = 2.0 * cues[REFUTE] + cues[NEGATION]
        else:
            lead = split_sentences(bodies[int(key)], limit=LEAD_SENTENCES)
            score = sum(cue_counts(s.text)[REFUTE] for s in lead) / max(len(lead), 1)
        scores.setdefault((side, kind), []).append(score)
    return {side: sum(float(np.mean(scores.get((side, kind), [0.0]))) for kind in ("h", "b")) for side in (1, -1)}


def claim_vector(claim: PreparedClaim) -> np.ndarray:
    """Topic-independent words and cue counts only: a claim's story words say nothing of its polarity."""
    return np.concatenate([claim.general, np.log1p(claim.cues)])


def claim_commitment_vector(claim: PreparedClaim) -> np.ndarray:
    """`claim_vector` and the claim's embedding: whether a headline takes a side or only reports
    ("Rumour: ...", "X may have ...") shows in its wording more than in its words alone."""
    return np.concatenate([claim_vector(claim), claim.emb])


def text_vector(text: PreparedText, sentences: Sequence[int] | None = None) -> np.ndarray:
    """The whole text, or only `sentences` of it (the ones closest to a claim)."""
    if sentences is None:
        emb, (mean, bag, counted) = text.emb, (text.mean_emb, text.bag_all, text.text_cues)
    else:
        rows = sorted(sentences)
        emb = text.emb[rows]
        mean, bag, counted = summarize(emb, text.cues[rows], text.general[rows])
    return np.concatenate([mean, unit(emb[:3].mean(axis=0)), bag, counted])


def _classifier() -> LogisticRegression:
    return LogisticRegression(C=1.0, max_iter=2000, class_weight="balanced")


class PolarityModel:
    """P(debunks) and P(takes a side) for claims and for texts; pickled inside the stance model's
    featurizer."""

    def __init__(
        self,
        claims: LogisticRegression,
        texts: LogisticRegression,
        commitment: LogisticRegression,
        claim_commitment: LogisticRegression,
    ) -> None:
        self.claims = claims
        self.texts = texts
        self.commitment = commitment
        self.claim_commitment = claim_commitment

    @classmethod
    def fit(
        cls,
        claims: Sequence[PreparedClaim],
        claim_labels: Sequence[int],
        texts: Sequence[PreparedText],
        text_labels: Sequence[int],
        reports: Sequence[PreparedText],
        committed: Sequence[int],
        related_claims: Sequence[PreparedClaim],
        claims_committed: Sequence[int],
    ) -> PolarityModel:
        claim_model = _classifier().fit(np.stack([claim_vector(c) for c in claims]), np.asarray(claim_labels))
        text_model = _classifier().fit(np.stack([text_vector(t) for t in texts]), np.asarray(text_labels))
        commitment = _classifier().fit(np.stack([text_vector(t) for t in reports]), np.asarray(committed))
        claim_commitment = _classifier().fit(
            np.stack([claim_commitment_vector(c) for c in related_claims]), np.asarray(claims_committed)
        )
        return cls(claim_model, text_model, commitment, claim_commitment)

    def claim_debunks(self, claims: Sequence[PreparedClaim]) -> np.ndarray:
        return _first_class_proba(self.claims, np.stack([claim_vector(c) for c in claims]))

    def claim_commits(self, claims: Sequence[PreparedClaim]) -> np.ndarray:
        """P(the claim takes a side on its story) rather than only reporting it."""
        return _takes_side_proba(self.claim_commitment, np.stack([claim_commitment_vector(c) for c in claims]))

    def text_debunks(self, texts: Sequence[PreparedText]) -> np.ndarray:
        return _first_class_proba(self.texts, np.stack([text_vector(t) for t in texts]))

    def text_commits(self, texts: Sequence[PreparedText]) -> np.ndarray:
        """P(the text takes a side on its story) rather than only reporting it."""
        return _takes_side_proba(self.commitment, np.stack([text_vector(t) for t in texts]))

    def sentences_debunk(self, text: PreparedText, sentences: Sequence[int]) -> tuple[float, float]:
        """P(debunks) and P(takes a side) of a few sentences of `text`, read as a text of their own
        (one per pair: kept cheap)."""
        row = text_vector(text, sentences)[None]
        return float(_first_class_proba(self.texts, row)[0]), float(_takes_side_proba(self.commitment, row)[0])


def _first_class_proba(model: LogisticRegression, rows: np.ndarray) -> np.ndarray:
    """P(classes_[0]) of a binary logistic regression by hand (DEBUNK of [DEBUNK, ASSERT], 0 of
    [0, 1]): predict_proba's checks cost more than the arithmetic for the one-row calls made per pair."""
    margin = rows @ model.coef_[0] + model.intercept_[0]
    return 1.0 / (1.0 + np.exp(margin))


def _takes_side_proba(commitment: LogisticRegression, rows: np.ndarray) -> np.ndarray:
    """P(takes a side) of a commitment regression (classes_ [0, 1])."""
    return 1.0 - _first_class_proba(commitment, rows)
