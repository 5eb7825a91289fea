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


def test_a_batch_parsed_ahead_gives_the_docs_a_parse_here_gives_and_the_workers_stop_with_the_run():
    import multiprocessing

    from newscheck.nlp import ParseAhead, parse

    texts = [f"Ferry crews in the fictional port of Lessa walked out on day {n}, the union said." for n in range(40)]
    others = ["The harbour master said the strike would end on Friday."]
    with ParseAhead(workers=2) as ahead:
        ahead.submit(texts)
        assert len(multiprocessing.active_children()) == 2  # the workers took the batch
        ahead.submit(others)  # too few to hand out: parsed here when asked
        ahead_docs, here_docs = ahead.parse(texts), parse(texts)
        assert [[(t.text, t.dep_, t.ent_type_) for t in d] for d in ahead_docs] == [
            [(t.text, t.dep_, t.ent_type_) for t in d] for d in here_docs
        ]
        assert [t.text for t in ahead.parse(others)[0]][:3] == ["The", "harbour", "master"]
    deadline = time.time() + 10
    while time.time() < deadline and multiprocessing.active_children():
        time.sleep(0.1)
    assert not multiprocessing.active_children()
