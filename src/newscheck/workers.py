"""Worker processes that end with the process that started them, however it ends (SIGKILL included).

A pool's workers otherwise outlive a killed parent: they wait on its queue forever and keep their models in
memory (the parse pool's spaCy, a server job's whole pipeline).
"""

from __future__ import annotations

import ctypes
import os
import signal
import sys
import threading

PR_SET_PDEATHSIG = 1  # linux/prctl.h
PARENT_CHECK_SECONDS = 1.0


def die_with_parent(parent: int) -> None:
    """Pool initializer for workers started by the thread that goes on using them (the parse pool): on Linux the
    kernel kills the worker when that thread's process dies (prctl PR_SET_PDEATHSIG); a worker whose parent is
    already gone exits at once."""
    if sys.platform.startswith("linux"):
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:
        os._exit(1)


def exit_when_orphaned(parent: int) -> None:
    """Pool initializer for workers that any thread may start (a server's request threads start its job workers,
    and PR_SET_PDEATHSIG would fire when such a thread ends): a daemon thread ends the worker within about
    PARENT_CHECK_SECONDS once its parent is gone."""

    def watch() -> None:
        while os.getppid() == parent:
            threading.Event().wait(PARENT_CHECK_SECONDS)
        os._exit(1)

    threading.Thread(target=watch, name="newscheck-parent-watch", daemon=True).start()
