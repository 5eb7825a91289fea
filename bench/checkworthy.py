"""Check-worthiness on the held-out part of ClaimBuster, beside a TF-IDF + LR baseline.

Both are trained on the same 80% split (newscheck.checkworthy.split); the shipped model was
trained by ``python -m newscheck.checkworthy --train`` on that split. A second table scores 40
fictional news sentences (bench/gold/checkworthy_news.jsonl: reported events, numbers and
positions vs commentary and filler), each run through the real annotate -> attribute -> claims
path, to show whether the score holds on news prose and not only on debate speech.
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
from newscheck.checkworthy import DEFAULT_DATA, get_model, load_claimbuster, score_spans, shape_text, split
from newscheck.claims import find_claims
from newscheck.config import Settings
from newscheck.nlp import parse
from newscheck.records import Article

NEWS = Path(__file__).resolve().parent / "gold" / "checkworthy_news.jsonl"


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

    rows = [json.loads(line) for line in NEWS.read_text("utf-8").splitlines()]
    news_texts = [r["text"] for r in rows]
    news_labels = np.array([r["label"] for r in rows])
    articles = [Article(id=f"news{i}", source="<bench>", headline="", body=t, paragraphs=[t]) for i, t in enumerate(news_texts)]
    pipeline_scores = []
    for article, annotation in zip(articles, annotate(articles, Settings(workers=1))):
        claims = find_claims(article, annotation, attribute(article, annotation))
        pipeline_scores.append(max((c.checkworthy for c in claims), default=0.0))
    news_docs = parse(news_texts)
    print(f"\nnews prose: {len(rows)} fictional sentences ({int(news_labels.sum())} check-worthy)")
    report("baseline TF-IDF + LR", news_labels, baseline.predict_proba(baseline_vec.transform(news_texts))[:, 1])
    report("newscheck learned model", news_labels, get_model().probabilities(news_texts, [shape_text(d[:]) for d in news_docs]))
    report("newscheck claims pipeline score", news_labels, np.array(pipeline_scores))


if __name__ == "__main__":
    main()
