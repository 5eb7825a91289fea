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

from newscheck.stance.encoder import cpu_session

BRANCH_LEQ = 0  # TreeEnsemble node mode: go to the true branch when x <= threshold


class CompiledBoosting:
    """The prediction of a fitted HistGradientBoostingClassifier (numerical features only)."""

    def __init__(self, model: HistGradientBoostingClassifier, threads: int = 2) -> None:
        self.model = model
        self.session = cpu_session(_tree_ensemble(model).SerializeToString(), threads)
        self.baseline = np.asarray(model._baseline_prediction, dtype=np.float64).reshape(1, -1)

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
        if nodes["is_categorical"].any():
            raise ValueError("categorical splits are not supported")
        leaf_ids, branch_ids = {}, {}
        for i, node in enumerate(nodes):
            if node["is_leaf"]:
                leaf_ids[i] = len(self.leaf_weight)
                self.leaf_target.append(target)
                self.leaf_weight.append(float(node["value"]))
            else:
                branch_ids[i] = len(self.feature) + len(branch_ids)
        if not branch_ids:  # a tree that is one leaf: a split whose both sides reach it
            self.roots.append(len(self.feature))
            self._add_branch(0, 0.0, False, (leaf_ids[0], 1), (leaf_ids[0], 1))
            return
        self.roots.append(branch_ids[0])

        def child(i: int) -> tuple[int, int]:
            return (leaf_ids[i], 1) if i in leaf_ids else (branch_ids[i], 0)

        for i in branch_ids:  # ascending, so appended in the order branch_ids numbered them
            node = nodes[i]
            self._add_branch(
                int(node["feature_idx"]),
                float(node["num_threshold"]),
                bool(node["missing_go_to_left"]),
                child(int(node["left"])),
                child(int(node["right"])),
            )

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
