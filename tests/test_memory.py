import sys

import numpy as np
import pytest

from newscheck.memory import _trim, give_back

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux") or _trim() is None, reason="glibc only")


def resident_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        return next(int(line.split()[1]) for line in status if line.startswith("VmRSS")) / 1024


def test_give_back_returns_freed_heap_pages_that_a_live_block_above_them_pins():
    blocks = [np.ones(12_000) for _ in range(2_000)]  # 96 KB each: under the mmap threshold, so on the heap
    pin = np.ones(12_000)  # allocated last, above them: the heap's top cannot shrink past it
    del blocks
    before = resident_mb()
    give_back()
    assert before - resident_mb() > 100  # of the ~190 MB freed
    assert pin.sum() == 12_000
