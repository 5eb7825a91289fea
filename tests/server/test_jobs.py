"""The server's job pool: its worker processes end when the server is killed."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time

import pytest
from conftest import alive

SERVE_FOREVER = """
import os, sys, time
from newscheck.config import Settings
from newscheck.server.jobs import JobRunner
from newscheck.store import Store
runner = JobRunner(Settings(), Store("sqlite:///" + sys.argv[1]))
print(runner.pool.submit(os.getpid).result(), flush=True)
time.sleep(600)
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
def test_job_workers_end_when_the_server_is_killed(tmp_path):
    server = subprocess.Popen([sys.executable, "-c", SERVE_FOREVER, str(tmp_path / "jobs.db")], stdout=subprocess.PIPE, text=True)
    try:
        worker = int(server.stdout.readline())
        assert alive(worker)
        os.kill(server.pid, signal.SIGKILL)
        server.wait(timeout=10)
        deadline = time.time() + 10
        while time.time() < deadline and alive(worker):
            time.sleep(0.2)
        assert not alive(worker), "a killed server's job worker still waits on its queue"
    finally:
        if server.poll() is None:
            server.kill()
