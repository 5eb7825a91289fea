"""The segmenter's line model is what its trainer fits on the seen page splits."""

from __future__ import annotations

import json

import numpy as np

from newscheck.extract import lines_train
from newscheck.extract.plaintext import LINE_FEATURES, LINE_MANIFEST_FILE, LINE_MODEL_DIR, LineModel


def test_the_shipped_line_model_is_refit_by_its_trainer_on_the_seen_splits():
    manifest = json.loads((LINE_MODEL_DIR / LINE_MANIFEST_FILE).read_text(encoding="utf-8"))
    pages = lines_train.labelled_pages(tuple(manifest["trained_on"]))
    refit = lines_train.fit(pages)
    shipped = LineModel.load()
    assert manifest["features"] == list(LINE_FEATURES)
    assert shipped.threshold == refit.threshold
    np.testing.assert_allclose(shipped.weights, refit.weights, rtol=1e-6, atol=1e-8)
    # fitted on paragraphs only: the pages' titles are never gold, and a subhead is not chrome
    assert sum(int(p["masks"][0].sum()) for p in pages) == manifest["paragraphs"]
