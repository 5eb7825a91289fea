"""The shared spaCy pipeline: worker processes never outlive the process that started them."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest
from conftest import alive, children_of

PARSE_FOREVER = """
import sys
from newscheck.nlp import pipe
text = "Harbour workers in the fictional port of Lessa walked out on Tuesday over night shifts, the union said. " * 40
print("started", flush=True)
for _ in range(1000):
    for _ in pipe([text] * 400, workers=2):
        pass
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_parse_workers_die_when_their_parent_is_killed():
    parent = subprocess.Popen([sys.executable, "-c", PARSE_FOREVER], stdout=subprocess.PIPE, text=True)
    try:
        assert parent.stdout.readline().strip() == "started"
        deadline = time.time() + 60
        workers: set[int] = set()
        while time.time() < deadline and len(workers) < 2:
            workers = children_of(parent.pid)
            time.sleep(0.2)
        assert len(workers) >= 2, "the parse never started its worker processes"
        os.kill(parent.pid, signal.SIGKILL)
        parent.wait(timeout=10)
        deadline = time.time() + 10
        while time.time() < deadline and any(alive(w) for w in workers):
            time.sleep(0.2)
        assert not [w for w in workers if alive(w)]
    finally:
        if parent.poll() is None:
            parent.kill()
