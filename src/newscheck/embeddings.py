"""MiniLM sentence embeddings shared by every stage that needs them.

One int8 ONNX encoder per process: the one shipped with the stance model
(all-MiniLM-L6-v2, exported by `make train-stance`). Stories, headline support and
stance all embed through it, so torch never loads at run time and no text pays
for two models.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

DIM = 384


def encode(texts: Sequence[str]) -> np.ndarray:
    """L2-normalised embeddings, one row per text, in input order."""
    if not texts:
        return np.zeros((0, DIM), dtype=np.float32)
    from newscheck.stance import get_model

    return get_model().encoder.encode(list(texts))
