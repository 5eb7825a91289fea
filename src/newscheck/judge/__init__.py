"""The claim-level judge: a claim against one sentence (with the one before it), agree / disagree /
discuss / unrelated, every contradiction naming what clashes.

`get_judge()` loads the shipped judge once (offline, from package data).
"""

from __future__ import annotations

from functools import lru_cache

from newscheck.judge.model import LABELS, MODEL_DIR, ClaimJudge, Judgement, Known

__all__ = ["LABELS", "ClaimJudge", "Judgement", "Known", "get_judge"]


@lru_cache(maxsize=1)
def get_judge() -> ClaimJudge:
    """The shipped judge, loaded on first use and shared afterwards."""
    return ClaimJudge.load(MODEL_DIR)
