"""Stance of a text toward a claim: agree, disagree, discuss or unrelated.

`get_model()` loads the shipped model once (offline, from package data);
`stance_jsonl` serves `newscheck stance --pairs FILE.jsonl`.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from newscheck.stance.jsonl import stance_jsonl
from newscheck.stance.model import LABELS, StanceModel

MODEL_DIR = Path(__file__).resolve().parent.parent / "models" / "stance"

__all__ = ["LABELS", "MODEL_DIR", "StanceModel", "get_model", "stance_jsonl"]


@lru_cache(maxsize=1)
def get_model() -> StanceModel:
    """The shipped stance model, loaded on first use and shared afterwards."""
    return StanceModel.load(MODEL_DIR)
