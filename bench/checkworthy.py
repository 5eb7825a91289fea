"""Check-worthiness on the held-out part of ClaimBuster, beside a TF-IDF + LR baseline.

Both are trained on the same 80% split (newscheck.checkworthy.split); the shipped model was
trained by ``python -m newscheck.checkworthy --train`` on that split.
Run: .venv/bin/python bench/checkworthy.py [--data DIR]
"""

from __future__ import annotations

import argparse
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score, roc_auc_score

from newscheck.checkworthy import DEFAULT_DATA, get_model, load_claimbuster, score_spans, shape_text, split
from newscheck.nlp import parse


def report(name: str, labels: np.ndarray, scores: np.ndarray) -> None:
    auc = roc_auc_score(labels, scores)
    f1 = f1_score(labels, scores >= 0.5)
    print(f"{name:<38} ROC-AUC {auc:.3f}   F1@0.5 {f1:.3f}")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    args = parser.parse_args()
    texts, labels = load_claimbuster(args.data.resolve())
    train_idx, test_idx = split(len(texts))
    train_texts, test_texts = [texts[i] for i in train_idx], [texts[i] for i in test_idx]
    y_train, y_test = labels[train_idx], labels[test_idx]

    baseline_vec = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True)
    baseline = LogisticRegression(max_iter=2000, class_weight="balanced")
    baseline.fit(baseline_vec.fit_transform(train_texts), y_train)
    baseline_scores = baseline.predict_proba(baseline_vec.transform(test_texts))[:, 1]

    docs = parse(test_texts, workers=2)
    spans = [doc[:] for doc in docs]
    model_scores = get_model().probabilities(test_texts, [shape_text(s) for s in spans])
    combined = np.array(score_spans(spans, [False] * len(spans)))

    print(f"held-out ClaimBuster: {len(test_idx)} sentences ({int(y_test.sum())} check-worthy), trained on {len(train_idx)}")
    report("baseline TF-IDF + LR", y_test, baseline_scores)
    report("newscheck learned model", y_test, model_scores)
    report("newscheck score (model + news prose)", y_test, combined)


if __name__ == "__main__":
    main()
