"""FNC-1 score, macro-F1, per-class F1 and the confusion matrix, shared by training and bench."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

import numpy as np
from sklearn.metrics import confusion_matrix, f1_score

from newscheck.stance.model import LABELS

RELATED = frozenset(("agree", "disagree", "discuss"))


def fnc_score(gold: Sequence[str], predicted: Sequence[str]) -> float:
    """100 × score / maximum, with FNC-1's official weights."""
    score = maximum = 0.0
    for g, t in zip(gold, predicted):
        maximum += 0.25 + (0.75 if g in RELATED else 0.0)
        if g == t:
            score += 0.25 + (0.5 if g in RELATED else 0.0)
        if g in RELATED and t in RELATED:
            score += 0.25
    return 100 * score / maximum


@dataclass
class Evaluation:
    score: float
    macro_f1: float
    per_class_f1: dict[str, float]
    confusion: np.ndarray  # rows gold, columns predicted, in LABELS order

    def lines(self) -> list[str]:
        out = [
            f"FNC-1 score: {self.score:.2f}",
            f"macro-F1: {self.macro_f1:.3f}",
            "per-class F1: " + ", ".join(f"{k} {v:.3f}" for k, v in self.per_class_f1.items()),
            "confusion (rows gold, columns predicted):",
            "             " + " ".join(f"{label:>9}" for label in self.per_class_f1),
        ]
        for label, row in zip(self.per_class_f1, self.confusion):
            out.append(f"  {label:>10} " + " ".join(f"{int(v):>9}" for v in row))
        return out


def evaluate(gold: Sequence[str], predicted: Sequence[str], labels: Sequence[str] = LABELS) -> Evaluation:
    per_class = f1_score(gold, predicted, labels=list(labels), average=None, zero_division=0)
    return Evaluation(
        fnc_score(gold, predicted),
        float(np.mean(per_class)),
        {label: float(v) for label, v in zip(labels, per_class)},
        confusion_matrix(gold, predicted, labels=list(labels)),
    )
