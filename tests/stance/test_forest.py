"""Compiled boosting predicts what sklearn predicts, for any batch size."""

import numpy as np
import pytest
from sklearn.ensemble import HistGradientBoostingClassifier

from newscheck.stance.forest import CompiledBoosting


@pytest.mark.parametrize("n_classes", [2, 3])
def test_compiled_trees_match_sklearn_including_missing_values_and_one_leaf_trees(n_classes):
    rng = np.random.default_rng(3)
    rows = rng.normal(size=(600, 6))
    labels = (rows[:, 0] + rows[:, 1] * rows[:, 2] > 0).astype(int) + (n_classes == 3) * (rows[:, 3] > 1)
    rows[rng.random(rows.shape) < 0.05] = np.nan  # trees learn where missing values go
    model = HistGradientBoostingClassifier(max_iter=40, max_leaf_nodes=15, random_state=0).fit(rows, labels)
    stump = HistGradientBoostingClassifier(max_iter=5, min_samples_leaf=400, random_state=0).fit(rows, labels)
    assert any(p.nodes["is_leaf"][0] for it in stump._predictors for p in it)  # one-leaf trees are covered
    for fitted in (model, stump):
        for n in (1, 7, 300):
            probe = rng.normal(size=(n, 6)) * 2
            probe[rng.random(probe.shape) < 0.1] = np.nan
            assert np.allclose(CompiledBoosting(fitted).predict_proba(probe), fitted.predict_proba(probe), atol=1e-12)


def test_shipped_stance_boosting_models_compile_exactly(stance_model):
    rng = np.random.default_rng(5)
    for compiled in stance_model.estimators.boosting_models():
        assert isinstance(compiled, CompiledBoosting)
        probe = rng.normal(size=(300, compiled.model.n_features_in_))
        assert np.allclose(compiled.predict_proba(probe), compiled.model.predict_proba(probe), atol=1e-12)
