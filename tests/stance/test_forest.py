"""Compiled boosting predicts exactly what sklearn predicts, for any batch size."""

import numpy as np
import pytest
from sklearn.ensemble import HistGradientBoostingClassifier

from newscheck.stance.forest import SMALL_BATCH, CompiledBoosting, FastBoosting


@pytest.mark.parametrize("n_classes", [2, 3])
def test_compiled_trees_match_sklearn_including_missing_values(n_classes):
    rng = np.random.default_rng(3)
    rows = rng.normal(size=(600, 6))
    labels = (rows[:, 0] + rows[:, 1] * rows[:, 2] > 0).astype(int) + (n_classes == 3) * (rows[:, 3] > 1)
    rows[rng.random(rows.shape) < 0.05] = np.nan  # trees learn where missing values go
    model = HistGradientBoostingClassifier(max_iter=40, max_leaf_nodes=15, random_state=0).fit(rows, labels)
    probe = rng.normal(size=(50, 6)) * 2
    probe[rng.random(probe.shape) < 0.1] = np.nan
    assert np.allclose(CompiledBoosting(model).predict_proba(probe), model.predict_proba(probe), atol=1e-12)


def test_shipped_stance_boosting_models_compile_exactly(stance_model):
    rng = np.random.default_rng(5)
    for fast in [stance_model.estimators.related, *stance_model.estimators.stance.members]:
        assert isinstance(fast, FastBoosting)
        probe = rng.normal(size=(SMALL_BATCH, fast.model.n_features_in_))
        assert np.allclose(fast.predict_proba(probe), fast.model.predict_proba(probe), atol=1e-12)
