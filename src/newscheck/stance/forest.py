"""Fitted gradient-boosting classifiers as flat arrays, every tree walked at once by numpy.

sklearn walks a HistGradientBoosting model one tree per call (about 10 µs each): with
900 trees a model and five bagged models, that fixed cost (~50 ms a call) dominated the
small batches headline support and verification send. Here all trees descend together,
one level per numpy step, so a small batch costs what its rows cost.
"""

from __future__ import annotations

import numpy as np
from sklearn.ensemble import HistGradientBoostingClassifier


class CompiledBoosting:
    """The prediction of a fitted HistGradientBoostingClassifier (numerical features only)."""

    def __init__(self, model: HistGradientBoostingClassifier) -> None:
        trees = [(k, predictor.nodes) for iteration in model._predictors for k, predictor in enumerate(iteration)]
        if any(nodes["is_categorical"].any() for _, nodes in trees):
            raise ValueError("categorical splits are not supported")
        width = max(len(nodes) for _, nodes in trees)

        def table(field: str, dtype) -> np.ndarray:
            out = np.zeros((len(trees), width), dtype=dtype)
            for t, (_, nodes) in enumerate(trees):
                out[t, : len(nodes)] = nodes[field]
            return out

        self.feature = table("feature_idx", np.intp)
        self.threshold = table("num_threshold", np.float64)
        self.missing_left = table("missing_go_to_left", bool)
        self.is_leaf = table("is_leaf", bool)
        self.value = table("value", np.float64)
        # A leaf points at itself, so rows that reach a leaf early stay there while others descend.
        own = np.broadcast_to(np.arange(width), (len(trees), width))
        self.left = np.where(self.is_leaf, own, table("left", np.intp))
        self.right = np.where(self.is_leaf, own, table("right", np.intp))
        self.depth = int(max(nodes["depth"].max() for _, nodes in trees))
        self.tree_class = np.array([k for k, _ in trees])
        self.n_outputs = len(model._predictors[0])
        self.baseline = np.asarray(model._baseline_prediction, dtype=np.float64).reshape(1, -1)
        self.loss = model._loss

    def raw_predict(self, rows: np.ndarray) -> np.ndarray:
        rows = np.asarray(rows, dtype=np.float64)
        trees = np.arange(len(self.feature))[None, :]
        node = np.zeros((len(rows), len(self.feature)), dtype=np.intp)
        sample = np.arange(len(rows))[:, None]
        for _ in range(self.depth):
            x = rows[sample, self.feature[trees, node]]
            go_left = np.where(np.isnan(x), self.missing_left[trees, node], x <= self.threshold[trees, node])
            node = np.where(go_left, self.left[trees, node], self.right[trees, node])
        leaf_values = self.value[trees, node]
        raw = np.stack([leaf_values[:, self.tree_class == k].sum(axis=1) for k in range(self.n_outputs)], axis=1)
        return raw + self.baseline

    def predict_proba(self, rows: np.ndarray) -> np.ndarray:
        return self.loss.predict_proba(self.raw_predict(rows))


SMALL_BATCH = 16  # at or below this many rows the compiled trees are faster; above, sklearn's per-row loop


class FastBoosting:
    """A fitted HistGradientBoostingClassifier that answers small batches with CompiledBoosting."""

    def __init__(self, model: HistGradientBoostingClassifier) -> None:
        self.model = model
        self.compiled = CompiledBoosting(model)

    def predict_proba(self, rows: np.ndarray) -> np.ndarray:
        return (self.compiled if len(rows) <= SMALL_BATCH else self.model).predict_proba(rows)
