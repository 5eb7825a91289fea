"""The segmenter's learned readings are what their trainer fits on the seen page splits."""

from __future__ import annotations

import json

import numpy as np
import pytest

from newscheck.extract import segmenter_train
from newscheck.extract.linear import MODEL_DIR, LinearModel
from newscheck.extract.plaintext import HEADLINE_FEATURES, LINE_FEATURES


def _manifest(name: str) -> dict:
    return json.loads((MODEL_DIR / f"{name}.json").read_text(encoding="utf-8"))


def test_the_shipped_headline_model_is_refit_by_its_trainer_on_the_seen_splits():
    manifest = _manifest("headlines")
    pages = segmenter_train.labelled_headlines(tuple(manifest["trained_on"]))
    refit = segmenter_train.fit_headlines(pages)
    shipped = LinearModel.load("headlines", HEADLINE_FEATURES)
    np.testing.assert_allclose(shipped.weights, refit.weights, rtol=1e-6, atol=1e-8)
    assert sum(len(p["labels"]) for p in pages) == manifest["candidates"]


@pytest.mark.parametrize("name", ["lines", "html_lines"])
def test_the_shipped_line_models_are_refit_by_their_trainer_on_the_seen_splits(name):
    manifest = _manifest(name)
    labelled = segmenter_train.labelled_lines if name == "lines" else segmenter_train.labelled_html_lines
    pages = labelled(tuple(manifest["trained_on"]))
    refit = segmenter_train.fit_lines(pages)
    shipped = LinearModel.load(name, LINE_FEATURES)
    assert shipped.threshold == refit.threshold
    np.testing.assert_allclose(shipped.weights, refit.weights, rtol=1e-6, atol=1e-8)
    # fitted on paragraphs only: the pages' titles are never gold, and a subhead is not chrome
    assert sum(int(p["masks"].prose.sum()) for p in pages) == manifest["paragraphs"]


def test_a_model_of_other_features_is_refused_by_name(tmp_path):
    (tmp_path / "lines.json").write_text(json.dumps({"format_version": 1, "features": ["words"]}), encoding="utf-8")
    with pytest.raises(ValueError, match="lines: a model of other features"):
        LinearModel.load("lines", LINE_FEATURES, tmp_path)
