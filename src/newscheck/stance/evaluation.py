"""FNC-1 score, macro-F1, per-class F1 and the confusion matrix, shared by training and bench;
and how far they would move over other draws of held-out topics."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from sklearn.metrics import confusion_matrix

from newscheck.stance.model import LABELS

RELATED = [LABELS.index(label) for label in ("agree", "disagree", "discuss")]
UNRELATED = LABELS.index("unrelated")
DRAWS = 2000  # redraws of the held-out topics behind each metric's range
INTERVAL = 0.9  # share of the redraws a range covers


def _fnc_score(confusion: np.ndarray) -> float:
    """100 × score / maximum with FNC-1's official weights, from a confusion matrix over LABELS:
    0.25 for telling related from unrelated, 0.75 more for the exact stance of a related pair."""
    related = confusion[np.ix_(RELATED, RELATED)]
    score = 0.25 * confusion[UNRELATED, UNRELATED] + 0.25 * related.sum() + 0.75 * np.trace(related)
    maximum = 0.25 * confusion[UNRELATED].sum() + confusion[RELATED].sum()
    return float(100 * score / maximum) if maximum else 0.0


def _f1(confusion: np.ndarray) -> np.ndarray:
    """Per-class F1 from a confusion matrix (0 for a class neither in gold nor predicted)."""
    true_positive = np.diag(confusion).astype(float)
    both = confusion.sum(axis=0) + confusion.sum(axis=1)
    return np.divide(2 * true_positive, both, out=np.zeros_like(true_positive), where=both > 0)


def fnc_score(gold: Sequence[str], predicted: Sequence[str]) -> float:
    return _fnc_score(confusion_matrix(gold, predicted, labels=list(LABELS)))


@dataclass
class Evaluation:
    score: float
    macro_f1: float
    per_class_f1: dict[str, float]
    confusion: np.ndarray  # rows gold, columns predicted, in LABELS order
    intervals: dict[str, tuple[float, float]] | None = None  # metric -> range over redrawn topics

    def lines(self) -> list[str]:
        def shown(name: str, value: float, digits: int) -> str:
            if not self.intervals:
                return f"{value:.{digits}f}"
            low, high = self.intervals[name]
            return f"{value:.{digits}f} [{low:.{digits}f}-{high:.{digits}f}]"

        out = [
            f"FNC-1 score: {shown('score', self.score, 2)}",
            f"macro-F1: {shown('macro-F1', self.macro_f1, 3)}",
            "per-class F1: " + ", ".join(f"{k} {shown(k, v, 3)}" for k, v in self.per_class_f1.items()),
        ]
        if self.intervals:
            out.append(f"[a-b]: {INTERVAL:.0%} of {DRAWS} redraws of the held-out topics (with replacement) fall in this range")
        out += [
            "confusion (rows gold, columns predicted):",
            "             " + " ".join(f"{label:>9}" for label in self.per_class_f1),
        ]
        for label, row in zip(self.per_class_f1, self.confusion):
            out.append(f"  {label:>10} " + " ".join(f"{int(v):>9}" for v in row))
        return out


def evaluate(gold: Sequence[str], predicted: Sequence[str], labels: Sequence[str] = LABELS) -> Evaluation:
    full = confusion_matrix(gold, predicted, labels=list(LABELS))
    chosen = [LABELS.index(label) for label in labels]
    per_class = _f1(full)[chosen]
    return Evaluation(
        _fnc_score(full),
        float(np.mean(per_class)),
        {label: float(v) for label, v in zip(labels, per_class)},
        full[np.ix_(chosen, chosen)],
    )


def with_topic_intervals(gold: Sequence[str], predicted: Sequence[str], topics: Sequence[int]) -> Evaluation:
    """`evaluate` over all LABELS, with the range of each metric over redraws of whole topics with
    replacement: errors come in topics (one rumour, one way of reporting it), so with few topics
    holding a rare class its F1 moves far between equally fair splits."""
    names = sorted(set(topics))
    per_topic = np.zeros((len(names), len(LABELS), len(LABELS)), dtype=np.int64)
    position = {t: k for k, t in enumerate(names)}
    index = {label: k for k, label in enumerate(LABELS)}
    for g, p, t in zip(gold, predicted, topics):
        per_topic[position[t], index[g], index[p]] += 1
    rng = np.random.default_rng(0)
    drawn = per_topic[rng.integers(0, len(names), size=(DRAWS, len(names)))].sum(axis=1)
    f1 = np.array([_f1(c) for c in drawn])
    values = {"score": np.array([_fnc_score(c) for c in drawn]), "macro-F1": f1.mean(axis=1)}
    values |= {label: f1[:, k] for k, label in enumerate(LABELS)}
    tail = 100 * (1 - INTERVAL) / 2
    intervals = {name: (float(np.percentile(v, tail)), float(np.percentile(v, 100 - tail))) for name, v in values.items()}
    result = evaluate(gold, predicted)
    return Evaluation(result.score, result.macro_f1, result.per_class_f1, result.confusion, intervals)
