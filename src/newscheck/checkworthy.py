"""Check-worthiness: how much a sentence states a checkable fact (0..1).

Two parts:
1. A model learned from the ClaimBuster debate sentences: logistic regression over word n-grams,
   the sentence's shape from the spaCy parse we already have (fine POS tags, entity labels), so
   "the army fired 40 missiles on Tuesday" looks like a claim even with unseen words, and the
   sentence's MiniLM embedding (the one every later stage reads, made once per sentence).
2. News-prose evidence the debate data cannot teach, as log-odds shifts: a sentence resting on a
   source, naming an actor or carrying a number is more check-worthy, a question less. Shifts that
   hurt on debate-held-out folds were dropped (docs/checkworthy.md).

Train: ``python -m newscheck.checkworthy --train [--data DIR]`` (a few minutes on 2 cores); it prints
the debate-held-out cross-validated ROC-AUC of the recipe before fitting on every sentence.
"""

from __future__ import annotations

import argparse
import json
import math
import pickle
import time
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
from scipy.sparse import csr_matrix, hstack
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from spacy.tokens import Span as SpacySpan

MODEL_FILE = "model.pkl"
FORMAT_VERSION = 2  # a dict of scikit-learn objects (words, shapes, classifier) and this number
MODEL_DIR = Path(__file__).resolve().parent / "models" / "checkworthy"
DEFAULT_DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "claimbuster"
CHECKWORTHY_MIN = 0.5  # claims at or above this are checked against other outlets
FOLDS = 5  # contiguous blocks of sentence ids: a debate's sentences stay in one fold
REGULARISATION = 2.0  # inverse L2 strength, chosen on those folds
# Log-odds shifts for news prose (see module docstring).
NEWS_WEIGHTS = {"attributed": 0.8, "actor": 0.5, "number": 0.5, "question": -1.5}
ACTOR_LABELS = {"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"}
NUMBER_LABELS = {"CARDINAL", "MONEY", "PERCENT", "QUANTITY"}


def shape_text(span: SpacySpan, labels: Sequence[str] | None = None) -> str:
    """The sentence as fine POS tags and entity labels ("NNP VBD CD NNS E_GPE ..."). ``labels``: the
    entity labels in the span when the caller has them (our corrected labels rather than spaCy's)."""
    tags = [tok.tag_.replace("$", "S") for tok in span if not tok.is_space]
    if labels is None:
        labels = [e.label_ for e in span.ents]
    return " ".join(tags + [f"E_{label}" for label in labels])


@dataclass
class CheckworthyModel:
    words: TfidfVectorizer
    shapes: TfidfVectorizer
    classifier: LogisticRegression

    def features(self, texts: Sequence[str], shapes: Sequence[str], embeddings: np.ndarray):  # noqa: ANN201 - sparse matrix
        return hstack([self.words.transform(texts), self.shapes.transform(shapes), csr_matrix(embeddings)]).tocsr()

    def probabilities(self, texts: Sequence[str], shapes: Sequence[str], embeddings: np.ndarray) -> np.ndarray:
        if not texts:
            return np.zeros(0)
        return self.classifier.predict_proba(self.features(texts, shapes, embeddings))[:, 1]


@lru_cache(maxsize=1)
def get_model() -> CheckworthyModel:
    """The shipped model, loaded once per process."""
    with (MODEL_DIR / MODEL_FILE).open("rb") as fh:
        parts = pickle.load(fh)  # plain sklearn objects, so the file does not depend on this module's path
    if parts.get("format_version") != FORMAT_VERSION:
        raise ValueError(f"{MODEL_DIR / MODEL_FILE}: check-worthiness model format {parts.get('format_version')}, "
                         f"this code reads {FORMAT_VERSION}; retrain it")  # fmt: skip
    return CheckworthyModel(parts["words"], parts["shapes"], parts["classifier"])


def news_adjustment(span: SpacySpan, labels: Sequence[str], attributed: bool) -> float:
    """The news-prose shift of a sentence's log-odds: a source, a named actor and a number raise it, a
    question lowers it."""
    weights = NEWS_WEIGHTS
    has_number = bool(NUMBER_LABELS.intersection(labels)) or any(tok.like_num for tok in span)
    return (
        weights["attributed"] * attributed
        + weights["actor"] * bool(ACTOR_LABELS.intersection(labels))
        + weights["number"] * has_number
        + weights["question"] * span.text.strip().endswith("?")
    )


def score_spans(
    spans: Sequence[SpacySpan],
    attributed: Sequence[bool],
    labels: Sequence[Sequence[str]] | None = None,
    embeddings: np.ndarray | None = None,
) -> list[float]:
    """Check-worthiness of each sentence: the learned probability shifted by news evidence
    (``attributed``: the sentence rests on a named, unnamed or media source; ``labels``: each sentence's
    entity labels, when known; ``embeddings``: the sentences' MiniLM vectors when the caller has them,
    encoded here otherwise)."""
    model = get_model()
    texts = [s.text for s in spans]
    if embeddings is None:
        from newscheck.encoder import encode

        embeddings = encode(texts)
    labels = labels if labels is not None else [[e.label_ for e in s.ents] for s in spans]
    probs = model.probabilities(texts, [shape_text(s, labels[i]) for i, s in enumerate(spans)], embeddings)
    out = []
    for p, span, span_labels, sourced in zip(probs, spans, labels, attributed):
        p = min(max(float(p), 1e-4), 1 - 1e-4)
        logit = math.log(p / (1 - p)) + news_adjustment(span, span_labels, sourced)
        out.append(round(1 / (1 + math.exp(-logit)), 4))
    return out


# ---- training ------------------------------------------------------------------------------
def load_claimbuster(data_dir: Path) -> tuple[list[str], np.ndarray]:
    """ClaimBuster's sentences and labels in debate order (by sentence id)."""
    rows = sorted(json.loads((data_dir / "train.json").read_text("utf-8")), key=lambda r: int(r["sentence_id"]))
    return [r["text"] for r in rows], np.array([int(r["label"]) for r in rows])


def debate_folds(n: int, folds: int = FOLDS) -> list[np.ndarray]:
    """Contiguous blocks of the debate-ordered sentences: a debate's sentences stay together, so a fold
    is scored on debates the model never saw (a random split flattered the model by 0.015 AUC)."""
    bounds = np.linspace(0, n, folds + 1).astype(int)
    return [np.arange(bounds[k], bounds[k + 1]) for k in range(folds)]


def inputs_for(texts: Sequence[str]) -> tuple[list[str], np.ndarray]:
    """The parse shapes and MiniLM embeddings of sentences (training and benchmarks)."""
    from newscheck.encoder import encode
    from newscheck.nlp import parse

    return [shape_text(doc[:]) for doc in parse(texts, workers=2)], encode(list(texts))


def fit(texts: Sequence[str], shapes: Sequence[str], embeddings: np.ndarray, labels: np.ndarray) -> CheckworthyModel:
    words = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True, max_features=30000)
    shape_vec = TfidfVectorizer(
        ngram_range=(1, 3), min_df=3, sublinear_tf=True, lowercase=False, token_pattern=r"\S+", max_features=20000
    )
    words.fit(texts)
    shape_vec.fit(shapes)
    model = CheckworthyModel(words, shape_vec, LogisticRegression(C=REGULARISATION, max_iter=3000, class_weight="balanced"))
    model.classifier.fit(model.features(texts, shapes, embeddings), labels)
    return model


def cross_validated(texts: Sequence[str], shapes: Sequence[str], embeddings: np.ndarray, labels: np.ndarray) -> np.ndarray:
    """Each sentence's score from the model fitted on the other folds' debates."""
    scores = np.zeros(len(texts))
    for test in debate_folds(len(texts)):
        train = np.setdiff1d(np.arange(len(texts)), test)
        model = fit([texts[i] for i in train], [shapes[i] for i in train], embeddings[train], labels[train])
        scores[test] = model.probabilities([texts[i] for i in test], [shapes[i] for i in test], embeddings[test])
    return scores


def train(data_dir: Path, out_dir: Path) -> None:
    from sklearn.metrics import roc_auc_score

    started = time.time()
    texts, labels = load_claimbuster(data_dir)
    shapes, embeddings = inputs_for(texts)
    held_out = cross_validated(texts, shapes, embeddings, labels)
    print(f"debate-held-out ROC-AUC over {FOLDS} folds: {roc_auc_score(labels, held_out):.4f}")
    model = fit(texts, shapes, embeddings, labels)
    out_dir.mkdir(parents=True, exist_ok=True)
    with (out_dir / MODEL_FILE).open("wb") as fh:
        pickle.dump({"format_version": FORMAT_VERSION, **vars(model)}, fh, protocol=pickle.HIGHEST_PROTOCOL)
    print(f"trained on {len(texts)} sentences in {time.time() - started:.0f}s -> {out_dir / MODEL_FILE}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--train", action="store_true", help="train on ClaimBuster and write the shipped model")
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--out", type=Path, default=MODEL_DIR)
    args = parser.parse_args()
    if not args.train:
        parser.error("nothing to do: pass --train")
    train(args.data.resolve(), args.out)


if __name__ == "__main__":
    main()
