"""Check-worthiness on ClaimBuster, debate-held-out, beside a TF-IDF + LR baseline.

Both are cross-validated on the same folds: contiguous blocks of debate-ordered sentence ids
(newscheck.checkworthy.debate_folds), so each fold is scored by a model that never saw its debates (a
random split flattered the model by 0.015 AUC). Printed: each fold and the pooled ROC-AUC, for the
baseline, our learned model and our score (model + news-prose shifts). A second table scores 40
fictional news sentences (bench/gold/checkworthy_news.jsonl: reported events, numbers and positions vs
commentary and filler) through the real annotate -> attribute -> claims path with the shipped model.
Run: .venv/bin/python bench/checkworthy.py [--data DIR]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import f1_score, roc_auc_score

from newscheck.annotate import annotate
from newscheck.attribute import attribute
from newscheck.checkworthy import (
    DEFAULT_DATA,
    cross_validated,
    debate_folds,
    get_model,
    inputs_for,
    load_claimbuster,
    news_adjustment,
)
from newscheck.claims import find_claims
from newscheck.config import Settings
from newscheck.nlp import parse
from newscheck.records import Article

NEWS = Path(__file__).resolve().parent / "gold" / "checkworthy_news.jsonl"


def report(name: str, labels: np.ndarray, scores: np.ndarray, folds: list[np.ndarray] | None = None) -> None:
    per_fold = "  folds " + " ".join(f"{roc_auc_score(labels[f], scores[f]):.3f}" for f in folds) if folds else ""
    print(f"{name:<38} ROC-AUC {roc_auc_score(labels, scores):.3f}   F1@0.5 {f1_score(labels, scores >= 0.5):.3f}{per_fold}")


def baseline_scores(texts: list[str], labels: np.ndarray, folds: list[np.ndarray]) -> np.ndarray:
    scores = np.zeros(len(texts))
    for test in folds:
        train = np.setdiff1d(np.arange(len(texts)), test)
        words = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True)
        model = LogisticRegression(max_iter=2000, class_weight="balanced")
        model.fit(words.fit_transform([texts[i] for i in train]), labels[train])
        scores[test] = model.predict_proba(words.transform([texts[i] for i in test]))[:, 1]
    return scores


def shifted(probabilities: np.ndarray, texts: list[str]) -> np.ndarray:
    spans = [doc[:] for doc in parse(texts, workers=2)]
    p = np.clip(probabilities, 1e-4, 1 - 1e-4)
    logits = np.log(p / (1 - p)) + np.array([news_adjustment(s, [e.label_ for e in s.ents], False) for s in spans])
    return 1 / (1 + np.exp(-logits))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    args = parser.parse_args()
    texts, labels = load_claimbuster(args.data.resolve())
    folds = debate_folds(len(texts))
    shapes, embeddings = inputs_for(texts)
    ours = cross_validated(texts, shapes, embeddings, labels)
    print(f"ClaimBuster, {len(texts)} sentences ({int(labels.sum())} check-worthy), {len(folds)} debate-held-out folds")
    report("baseline TF-IDF + LR", labels, baseline_scores(texts, labels, folds), folds)
    report("newscheck learned model", labels, ours, folds)
    report("newscheck score (model + news shifts)", labels, shifted(ours, texts), folds)

    rows = [json.loads(line) for line in NEWS.read_text("utf-8").splitlines()]
    news_texts = [r["text"] for r in rows]
    news_labels = np.array([r["label"] for r in rows])
    articles = [Article(id=f"news{i}", source="<bench>", headline="", body=t, paragraphs=[t]) for i, t in enumerate(news_texts)]
    pipeline_scores = []
    for article, annotation in zip(articles, annotate(articles, Settings(workers=1))):
        claims = find_claims(article, annotation, attribute(article, annotation))
        pipeline_scores.append(max((c.checkworthy for c in claims), default=0.0))
    news_shapes, news_embeddings = inputs_for(news_texts)
    print(f"\nnews prose: {len(rows)} fictional sentences ({int(news_labels.sum())} check-worthy), the shipped model")
    report("newscheck learned model", news_labels, get_model().probabilities(news_texts, news_shapes, news_embeddings))
    report("newscheck claims pipeline score", news_labels, np.array(pipeline_scores))


if __name__ == "__main__":
    main()
