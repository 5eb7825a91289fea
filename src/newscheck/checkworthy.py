"""Check-worthiness: how much a sentence states a checkable fact (0..1).

Two parts:
1. A model learned from the ClaimBuster debate sentences: logistic regression over word n-grams
   plus the sentence's shape from the spaCy parse we already have (fine POS tags, entity labels),
   so "the army fired 40 missiles on Tuesday" looks like a claim even with unseen words.
2. News-prose evidence the debate data cannot teach: a sentence resting on a source, naming
   actors, carrying numbers or dates, or reporting a past action is more check-worthy; a
   sentence with none of these (commentary, "It raises questions about the future...") less.
   These adjust the model's log-odds.

Train: ``python -m newscheck.checkworthy --train [--data DIR]`` (about a minute on 2 cores).
"""

from __future__ import annotations

import argparse
import json
import math
import pickle
import random
import time
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
from scipy.sparse import hstack
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from spacy.tokens import Span as SpacySpan

from newscheck.attribute import CUE_VERBS

MODEL_FILE = "model.pkl"
FORMAT_VERSION = 1  # a dict of scikit-learn objects (words, shapes, classifier) and this number
MODEL_DIR = Path(__file__).resolve().parent / "models" / "checkworthy"
DEFAULT_DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "claimbuster"
CHECKWORTHY_MIN = 0.5  # claims at or above this are checked against other outlets
HOLDOUT_FRACTION = 0.2
SEED = 13
# Log-odds adjustments for news prose (see module docstring).
NEWS_WEIGHTS = {
    "attributed": 0.8,
    "actor": 0.5,
    "number": 0.5,
    "date": 0.3,
    "past_event": 0.6,
    "bare": -1.2,  # no actor, number, date or source at all
    "question": -1.5,
    "generic": -1.0,  # "It raises questions", "remains to be seen", "In conclusion"
}
GENERIC_OPENERS = (
    "it raises",
    "it is a",
    "it remains",
    "in conclusion",
    "what is certain",
    "as the world",
    "only time will tell",
    "it is clear",
    "it is unclear",
)
GENERIC_PHRASES = (
    "remains to be seen",
    "raises questions",
    "time will tell",
    "a complex and evolving",
    "far beyond",
    "a tale of",
    "the world watches",
)
ACTOR_LABELS = {"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"}
NUMBER_LABELS = {"CARDINAL", "MONEY", "PERCENT", "QUANTITY"}
DATE_LABELS = {"DATE", "TIME"}


def shape_text(span: SpacySpan) -> str:
    """The sentence as fine POS tags and entity labels ("NNP VBD CD NNS E_GPE ...")."""
    return SpanFacts.of(span).shape


@dataclass
class SpanFacts:
    """What the model and the news adjustment read from one parsed sentence (one pass)."""

    shape: str
    labels: set[str]
    has_number: bool
    reports_action: bool  # a past or ongoing action verb that is not a reporting verb

    @classmethod
    def of(cls, span: SpacySpan, labels: Sequence[str] | None = None) -> SpanFacts:
        """``labels``: the entity labels in the span when the caller has them (cheaper than
        ``span.ents``, and our corrected labels rather than spaCy's)."""
        tags: list[str] = []
        has_number = reports_action = False
        for tok in span:
            if tok.is_space:
                continue
            tag = tok.tag_
            tags.append(tag.replace("$", "S"))
            has_number = has_number or tok.like_num
            if not reports_action and tok.pos_ == "VERB" and tok.lower_ not in CUE_VERBS:
                reports_action = tag == "VBD" or tag in ("VBN", "VBG") and any(c.dep_ in ("aux", "auxpass") for c in tok.children)
        if labels is None:
            labels = [e.label_ for e in span.ents]
        shape = " ".join(tags + [f"E_{label}" for label in labels])
        return cls(shape, set(labels), has_number, reports_action)


@dataclass
class CheckworthyModel:
    words: TfidfVectorizer
    shapes: TfidfVectorizer
    classifier: LogisticRegression

    def probabilities(self, texts: Sequence[str], shapes: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros(0)
        features = hstack([self.words.transform(texts), self.shapes.transform(shapes)]).tocsr()
        return self.classifier.predict_proba(features)[:, 1]


@lru_cache(maxsize=1)
def get_model() -> CheckworthyModel:
    """The shipped model, loaded once per process."""
    with (MODEL_DIR / MODEL_FILE).open("rb") as fh:
        parts = pickle.load(fh)  # plain sklearn objects, so the file does not depend on this module's path
    if parts.get("format_version") != FORMAT_VERSION:
        raise ValueError(f"{MODEL_DIR / MODEL_FILE}: check-worthiness model format {parts.get('format_version')}, "
                         f"this code reads {FORMAT_VERSION}; retrain it")  # fmt: skip
    return CheckworthyModel(parts["words"], parts["shapes"], parts["classifier"])


def news_adjustment(text: str, facts: SpanFacts, attributed: bool) -> float:
    labels = facts.labels
    text = text.strip().lower()
    has_actor = bool(labels & ACTOR_LABELS)
    has_number = bool(labels & NUMBER_LABELS) or facts.has_number
    has_date = bool(labels & DATE_LABELS)
    w = NEWS_WEIGHTS
    score = 0.0
    score += w["attributed"] * attributed
    score += w["actor"] * has_actor
    score += w["number"] * has_number
    score += w["date"] * has_date
    score += w["past_event"] * facts.reports_action
    if not (has_actor or has_number or has_date or attributed):
        score += w["bare"]
    if text.endswith("?"):
        score += w["question"]
    if text.startswith(GENERIC_OPENERS) or any(p in text for p in GENERIC_PHRASES):
        score += w["generic"]
    return score


def score_spans(
    spans: Sequence[SpacySpan], attributed: Sequence[bool], labels: Sequence[Sequence[str]] | None = None
) -> list[float]:
    """Check-worthiness of each sentence: the learned probability shifted by news evidence
    (``attributed``: the sentence rests on a named, unnamed or media source; ``labels``: the
    entity labels of each sentence, when known)."""
    model = get_model()
    texts = [s.text for s in spans]
    facts = [SpanFacts.of(s, labels[i] if labels is not None else None) for i, s in enumerate(spans)]
    probs = model.probabilities(texts, [f.shape for f in facts])
    out = []
    for p, text, fact, sourced in zip(probs, texts, facts, attributed):
        p = min(max(float(p), 1e-4), 1 - 1e-4)
        logit = math.log(p / (1 - p)) + news_adjustment(text, fact, sourced)
        out.append(round(1 / (1 + math.exp(-logit)), 4))
    return out


# ---- training ------------------------------------------------------------------------------
def load_claimbuster(data_dir: Path) -> tuple[list[str], np.ndarray]:
    rows = json.loads((data_dir / "train.json").read_text("utf-8"))
    return [r["text"] for r in rows], np.array([int(r["label"]) for r in rows])


def split(n: int) -> tuple[list[int], list[int]]:
    """The fixed train/held-out split shared by training and bench/checkworthy.py."""
    order = list(range(n))
    random.Random(SEED).shuffle(order)
    cut = int(n * (1 - HOLDOUT_FRACTION))
    return sorted(order[:cut]), sorted(order[cut:])


def shapes_for(texts: Sequence[str]) -> list[str]:
    from newscheck.nlp import parse

    return [shape_text(doc[:]) for doc in parse(texts, workers=2)]


def fit(texts: Sequence[str], shapes: Sequence[str], labels: np.ndarray) -> CheckworthyModel:
    words = TfidfVectorizer(ngram_range=(1, 2), min_df=2, sublinear_tf=True, max_features=30000)
    shape_vec = TfidfVectorizer(
        ngram_range=(1, 3), min_df=3, sublinear_tf=True, lowercase=False, token_pattern=r"\S+", max_features=20000
    )
    features = hstack([words.fit_transform(texts), shape_vec.fit_transform(shapes)]).tocsr()
    classifier = LogisticRegression(C=4.0, max_iter=2000, class_weight="balanced")
    classifier.fit(features, labels)
    return CheckworthyModel(words, shape_vec, classifier)


def train(data_dir: Path, out_dir: Path) -> None:
    started = time.time()
    texts, labels = load_claimbuster(data_dir)
    shapes = shapes_for(texts)
    train_idx, _ = split(len(texts))
    model = fit([texts[i] for i in train_idx], [shapes[i] for i in train_idx], labels[train_idx])
    out_dir.mkdir(parents=True, exist_ok=True)
    with (out_dir / MODEL_FILE).open("wb") as fh:
        pickle.dump({"format_version": FORMAT_VERSION, **vars(model)}, fh, protocol=pickle.HIGHEST_PROTOCOL)
    print(f"trained on {len(train_idx)} sentences in {time.time() - started:.0f}s -> {out_dir / MODEL_FILE}")


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
