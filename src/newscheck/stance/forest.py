"""Fitted gradient-boosting classifiers compiled to one onnxruntime tree ensemble each.

sklearn walks a HistGradientBoosting model one tree per call (about 10-20 µs each): with
5 bagged models of 900 trees, the trees cost a quarter of the FNC-1 stream and
dominated the small batches headline support sends. onnxruntime's TreeEnsemble
operator walks every tree in C++; thresholds and leaf values stay float64, so the
probabilities are sklearn's to rounding (sums in another order).
"""

from __future__ import annotations

import numpy as np
from sklearn.ensemble import HistGradientBoostingClassifier

from newscheck.encoder import cpu_session

BRANCH_LEQ = 0  # TreeEnsemble node mode: go to the true branch when x <= threshold


class CompiledBoosting:
    """The prediction of a fitted HistGradientBoostingClassifier (numerical features only).

    Compiled once, when training fits the model: the ONNX graph is saved with it (`parts`), so loading
    the stance model starts an onnxruntime session from bytes and never imports the onnx package."""

    def __init__(self, model: HistGradientBoostingClassifier, threads: int = 2) -> None:
        self.model = model
        self.graph = _tree_ensemble(model).SerializeToString()
        self.use_threads(threads)

    def use_threads(self, threads: int) -> None:
        self.threads = threads
        self.session = cpu_session(self.graph, threads)

    def parts(self) -> dict:
        """What is saved: the scikit-learn model and its compiled graph."""
        return {"model": self.model, "graph": self.graph}

    @classmethod
    def from_parts(cls, parts: dict, threads: int = 2) -> CompiledBoosting:
        """Rebuilt from `parts` without compiling again."""
        compiled = cls.__new__(cls)
        compiled.model, compiled.graph = parts["model"], parts["graph"]
        compiled.use_threads(threads)
        return compiled

    @property
    def baseline(self) -> np.ndarray:
        return np.asarray(self.model._baseline_prediction, dtype=np.float64).reshape(1, -1)

    def raw_predict(self, rows: np.ndarray) -> np.ndarray:
        return self.session.run(None, {"X": np.asarray(rows, dtype=np.float64)})[0] + self.baseline

    def predict_proba(self, rows: np.ndarray) -> np.ndarray:
        return self.model._loss.predict_proba(self.raw_predict(rows))


class _EnsembleTables:
    """The TreeEnsemble attribute lists, filled tree by tree."""

    def __init__(self) -> None:
        self.roots: list[int] = []
        self.feature: list[int] = []
        self.split: list[float] = []
        self.missing_true: list[int] = []
        self.true_id: list[int] = []
        self.true_leaf: list[int] = []
        self.false_id: list[int] = []
        self.false_leaf: list[int] = []
        self.leaf_target: list[int] = []
        self.leaf_weight: list[float] = []

    def add_tree(self, nodes: np.ndarray, target: int) -> None:
        """Append one tree, numbering its leaves and branches after those already added (array
        arithmetic: training compiles eleven models of up to 900 trees each)."""
        if nodes["is_categorical"].any():
            raise ValueError("categorical splits are not supported")
        is_leaf = nodes["is_leaf"].astype(bool)
        leaf_index = len(self.leaf_weight) + np.cumsum(is_leaf) - 1  # meaningful where is_leaf
        self.leaf_target += [target] * int(is_leaf.sum())
        self.leaf_weight += nodes["value"][is_leaf].astype(float).tolist()
        if is_leaf.all():  # a tree that is one leaf: a split whose both sides reach it
            self.roots.append(len(self.feature))
            self._add_branch(0, 0.0, False, (int(leaf_index[0]), 1), (int(leaf_index[0]), 1))
            return
        branch_index = len(self.feature) + np.cumsum(~is_leaf) - 1  # meaningful where not is_leaf
        self.roots.append(int(branch_index[0]))
        branches = nodes[~is_leaf]
        self.feature += branches["feature_idx"].astype(int).tolist()
        self.split += branches["num_threshold"].astype(float).tolist()
        self.missing_true += branches["missing_go_to_left"].astype(int).tolist()
        for side, ids, leafs in (("left", self.true_id, self.true_leaf), ("right", self.false_id, self.false_leaf)):
            children = branches[side].astype(int)
            ids += np.where(is_leaf[children], leaf_index[children], branch_index[children]).astype(int).tolist()
            leafs += is_leaf[children].astype(int).tolist()

    def _add_branch(self, feature: int, split: float, missing_left: bool, left: tuple, right: tuple) -> None:
        self.feature.append(feature)
        self.split.append(split)
        self.missing_true.append(int(missing_left))
        self.true_id.append(left[0])
        self.true_leaf.append(left[1])
        self.false_id.append(right[0])
        self.false_leaf.append(right[1])


def _tree_ensemble(model: HistGradientBoostingClassifier):  # noqa: ANN202 - onnx.ModelProto
    """An ONNX graph X (float64 rows) → the summed raw tree outputs, one column per class score."""
    from onnx import TensorProto, helper, numpy_helper

    tables = _EnsembleTables()
    for iteration in model._predictors:
        for target, predictor in enumerate(iteration):
            tables.add_tree(predictor.nodes, target)
    n_outputs = len(model._predictors[0])
    node = helper.make_node(
        "TreeEnsemble",
        ["X"],
        ["Y"],
        domain="ai.onnx.ml",
        aggregate_function=1,  # SUM
        post_transform=0,  # NONE: the loss turns raw scores into probabilities
        n_targets=n_outputs,
        tree_roots=tables.roots,
        nodes_featureids=tables.feature,
        nodes_splits=numpy_helper.from_array(np.array(tables.split, dtype=np.float64)),
        nodes_modes=numpy_helper.from_array(np.full(len(tables.feature), BRANCH_LEQ, dtype=np.uint8)),
        nodes_missing_value_tracks_true=tables.missing_true,
        nodes_truenodeids=tables.true_id,
        nodes_trueleafs=tables.true_leaf,
        nodes_falsenodeids=tables.false_id,
        nodes_falseleafs=tables.false_leaf,
        leaf_targetids=tables.leaf_target,
        leaf_weights=numpy_helper.from_array(np.array(tables.leaf_weight, dtype=np.float64)),
    )
    graph = helper.make_graph(
        [node],
        "boosting",
        [helper.make_tensor_value_info("X", TensorProto.DOUBLE, [None, model.n_features_in_])],
        [helper.make_tensor_value_info("Y", TensorProto.DOUBLE, [None, n_outputs])],
    )
    return helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17), helper.make_opsetid("ai.onnx.ml", 5)])
