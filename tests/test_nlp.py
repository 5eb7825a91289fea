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


REPORT = (
    "Harbour workers in the fictional port of Lessa walked out on Tuesday over night shifts, the union said.\n\n"
    "Dr. Ilse Varro, who chairs the port board, said talks would resume on Friday. “We want a deal,” she said."
)


def test_a_stored_parse_reads_back_as_the_same_tags_dependencies_and_sentences():
    from newscheck.nlp import parse, parse_bytes, parse_from_bytes

    (doc,) = parse([REPORT])
    again = parse_from_bytes(REPORT, parse_bytes(doc))
    assert again.text == REPORT
    for token, read in zip(doc, again, strict=True):
        assert (token.text, token.tag_, token.dep_, token.head.i) == (read.text, read.tag_, read.dep_, read.head.i)
    assert [s.text for s in again.sents] == [s.text for s in doc.sents]


def test_a_stored_parse_is_not_read_for_another_text_or_format():
    from newscheck.nlp import parse, parse_bytes, parse_from_bytes

    (doc,) = parse([REPORT])
    assert parse_from_bytes(REPORT.replace("Tuesday", "Monday"), parse_bytes(doc)) is None
    assert parse_from_bytes(REPORT, b"XXXX" + parse_bytes(doc)[4:]) is None
