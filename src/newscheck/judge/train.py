"""Train the claim-level judge and write it to the package.

    python -m newscheck.judge.train [--gold bench/gold/claims_tune.jsonl ...] [--out src/newscheck/models/judge]

The two heads are fitted on the hand-labelled fictional news pairs of
`bench/gold/claims_tune.jsonl`; `bench/gold/claims_dev.jsonl` is never read
here. The thresholds at which the judge stops abstaining were set from
story-held-out predictions on the tuning pairs (`grouped_predictions`): agreement
from AGREE_MIN, where those predictions reach about 0.75 precision (the judge calls agreement where it is more likely than not).
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression

from newscheck.judge.features import Reading, read
from newscheck.judge.model import MODEL_DIR, Heads, Judgement
from newscheck.judge.text import views

REGULARISATION = 1.0  # inverse L2 strength of the logistic regressions
FOLDS = 5  # story-held-out folds for calibration and the printed figures
AGREE_MIN = 0.5  # calibrated P(agree) from which a sentence without a clash agrees
DISAGREE_MIN = 0.35  # calibrated P(same), or P(related) for a negation or a denial, from which a clash contradicts


@dataclass(frozen=True)
class LabelledPair:
    claim: str
    sentence: str
    label: str
    group: str  # topic or story: folds and weights never split one
    context: str | None = None


def read_gold(paths: Sequence[Path]) -> list[LabelledPair]:
    pairs = []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                pairs.append(LabelledPair(row["claim"], row["sentence"], row["label"], row["story"], row.get("context") or None))
    return pairs


def featurize(pairs: Sequence[LabelledPair], encode_tokens) -> tuple[np.ndarray, list[Reading]]:  # noqa: ANN001
    """Features, and the readings they come from, of every pair."""
    texts = list(dict.fromkeys([t for p in pairs for t in (p.claim, p.sentence, p.context) if t]))
    table = dict(zip(texts, views(texts, encode_tokens)))
    readings = [read(table[p.claim], table[p.sentence], table[p.context] if p.context else None) for p in pairs]
    return np.stack([r.features for r in readings]), readings


def fit(features: np.ndarray, pairs: Sequence[LabelledPair]) -> Heads:
    """The two heads: P(same) from agreeing pairs against discussing and unrelated ones (a contradiction
    is told apart by its clash, not by this head), P(related) from every related pair against the
    unrelated ones."""
    mean, spread = features.mean(axis=0), features.std(axis=0)
    scale = np.where(spread > 1e-6, spread, 1.0)  # a feature constant in training moves nothing
    scaled = (features - mean) / scale
    rows, bias = [], []
    for positive, left_out in ((("agree",), ("disagree",)), (("agree", "disagree", "discuss"), ())):
        rows_used = np.array([p.label not in left_out for p in pairs])
        target = np.array([p.label in positive for p in pairs])
        model = LogisticRegression(C=REGULARISATION, max_iter=2000, class_weight="balanced")
        model.fit(scaled[rows_used], target[rows_used])
        rows.append(model.coef_[0])
        bias.append(model.intercept_[0])
    return Heads(np.array(rows), np.array(bias), mean, scale, agree_min=AGREE_MIN, disagree_min=DISAGREE_MIN)


def _folds(pairs: Sequence[LabelledPair], folds: int = FOLDS) -> list[tuple[list[int], list[int]]]:
    """(training rows, held-out rows) per fold, whole stories held out."""
    groups = sorted({p.group for p in pairs})
    fold_of = {g: k % folds for k, g in enumerate(groups)}
    return [
        (
            [k for k, p in enumerate(pairs) if fold_of[p.group] != fold],
            [k for k, p in enumerate(pairs) if fold_of[p.group] == fold],
        )
        for fold in range(folds)
    ]


def held_out_logits(features: np.ndarray, pairs: Sequence[LabelledPair]) -> np.ndarray:
    """Each pair's raw head log-odds from heads trained without its story."""
    out = np.zeros((len(pairs), 2))
    for train, test in _folds(pairs):
        out[test] = fit(features[train], [pairs[k] for k in train]).logits(features[test])
    return out


def platt(logits: np.ndarray, readings: Sequence[Reading], pairs: Sequence[LabelledPair]) -> np.ndarray:
    """(slope, shift) per head mapping held-out log-odds to calibrated ones. P(same) is calibrated on the
    pairs without a named clash, against agreement: the chance that a sentence read as telling the claim,
    with nothing found against it, does agree. P(related) on every pair, against relatedness."""
    rows = []
    for head, positive in enumerate((("agree",), ("agree", "disagree", "discuss"))):
        used = np.array([head == 1 or not r.clashes for r in readings])
        target = np.array([p.label in positive for p in pairs])[used]
        model = LogisticRegression(C=1e6, max_iter=1000).fit(logits[used][:, [head]], target)
        rows.append((float(model.coef_[0][0]), float(model.intercept_[0])))
    return np.array(rows)


def calibrated_heads(
    features: np.ndarray, readings: list[Reading], pairs: Sequence[LabelledPair]
) -> tuple[Heads, list[Judgement]]:
    """Heads fitted on every pair and calibrated on story-held-out log-odds, and each pair as judged by
    heads trained without its story (the figures the trainer prints)."""
    logits = held_out_logits(features, pairs)
    heads = fit(features, pairs)
    heads.calibration = platt(logits, readings, pairs)
    held_out = [
        heads.decide(row, r.clashes, r.withholds_agreement, r.tells_proposition)
        for row, r in zip(heads.calibrate(logits), readings)
    ]
    return heads, held_out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--gold", type=Path, nargs="+", default=[Path("bench/gold/claims_tune.jsonl")])
    parser.add_argument("--out", type=Path, default=MODEL_DIR)
    args = parser.parse_args(argv)
    from newscheck.encoder import get_encoder

    pairs = read_gold(args.gold)
    features, readings = featurize(pairs, get_encoder().encode_tokens)
    heads, held_out = calibrated_heads(features, readings, pairs)
    heads.save(args.out, {"training_pairs": len(pairs), "trained_on": [path.name for path in args.gold]})
    agree = [p.label == "agree" for p in pairs]
    said = [j.label == "agree" for j in held_out]
    hits = sum(a and b for a, b in zip(agree, said))
    print(f"trained on {len(pairs)} pairs; story-held-out agree precision {hits / max(sum(said), 1):.3f}, "
          f"recall {hits / max(sum(agree), 1):.3f}; wrote {args.out}")  # fmt: skip
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
