"""A long run's freed memory handed back between batches.

Much of what a run's main process grew by was not its Python objects but glibc's heap: the parses, vectors
and features of a committed batch are freed, but their pages stay mapped in the process until the heap is
trimmed (docs/pipeline.md). Elsewhere than glibc this is a no-op.
"""

from __future__ import annotations

import ctypes
import ctypes.util
from functools import lru_cache


@lru_cache(maxsize=1)
def _trim():  # noqa: ANN202 - glibc's malloc_trim, or None
    name = ctypes.util.find_library("c")
    try:
        return getattr(ctypes.CDLL(name), "malloc_trim", None) if name else None
    except OSError:
        return None


def give_back() -> None:
    """Return the heap's free pages to the system (after a batch whose parses and vectors were dropped)."""
    trim = _trim()
    if trim is not None:
        trim(0)
