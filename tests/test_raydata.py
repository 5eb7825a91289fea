"""The Ray engine: the same report and store as the local engine, failures kept as errors, reruns that do
nothing, and an analysis actor killed mid-run whose batch is done again."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import threading
import time

import pytest
from conftest import REPO

from newscheck.config import RaySettings, Settings
from newscheck.pipeline import analyze
from newscheck.records_json import to_dict
from newscheck.store import Store

ray = pytest.importorskip("ray", reason="the Ray engine is an extra: pip install -e '.[ray]' (make test does)")

CORPUS = REPO / "examples" / "corpus" / "articles.jsonl"
NAVIGATION = "Home\nWorld\nBusiness\nSport\nWeather\nSign in\nSubscribe\n"


@pytest.fixture(scope="module")
def local_ray():
    """Ray started here once for the module with two CPUs' worth of analysis actors."""
    from newscheck.raydata import connect

    started = connect(RaySettings(workers=2))
    yield
    if started:
        ray.shutdown()


def _inputs(tmp_path) -> list[str]:
    """The fictional corpus as three JSONL shards, one with a broken line, and a page of navigation."""
    lines = [line for line in CORPUS.read_text(encoding="utf-8").splitlines() if line.strip()]
    shards = []
    for n in range(3):
        shard = tmp_path / f"shard-{n}.jsonl"
        shard.write_text("\n".join(lines[n::3] + (["{not json"] if n == 1 else [])) + "\n", encoding="utf-8")
        shards.append(str(shard))
    (tmp_path / "menu.txt").write_text(NAVIGATION, encoding="utf-8")
    return [*shards, str(tmp_path / "menu.txt")]


def _settings(db_url: str | None, engine: str) -> Settings:
    return Settings(db_url=db_url, workers=1, batch_size=8, progress=False, ray=RaySettings(engine=engine, workers=2))


def _same(ray_report, local_report) -> None:
    ours, theirs = to_dict(ray_report), to_dict(local_report)
    assert [a["id"] for a in ours["articles"]] == [a["id"] for a in theirs["articles"]]
    assert [a["claims"] for a in ours["articles"]] == [a["claims"] for a in theirs["articles"]]
    assert ours["stories"] == theirs["stories"]
    assert ours["crosschecks"] == theirs["crosschecks"]
    assert ours == theirs


def _by_id(items: list[dict], key: str) -> dict[str, dict]:
    return {item[key]: item for item in items}


def test_the_ray_engine_stores_and_reports_what_the_local_engine_does(local_ray, db_url, tmp_path):
    inputs = _inputs(tmp_path)
    local = analyze(inputs, _settings(None, "local"))
    on_ray = analyze(inputs, _settings(db_url, "ray"))

    _same(on_ray, local)
    assert len(on_ray.articles) == 42 and on_ray.crosschecks
    reasons = {e.source.rsplit("/", 1)[-1]: e.reason for e in on_ray.errors}
    assert set(reasons) == {"shard-1.jsonl:15", "menu.txt"}
    with Store(db_url) as store:
        stored = store.load_report()
        assert {e.source: e.reason for e in store.input_errors()} == {e.source: e.reason for e in on_ray.errors}
    assert _by_id(to_dict(stored)["crosschecks"], "claim_id") == _by_id(to_dict(on_ray)["crosschecks"], "claim_id")
    assert _by_id(to_dict(stored)["stories"], "id") == _by_id(to_dict(on_ray)["stories"], "id")

    stages: list[str] = []
    again = analyze(inputs, _settings(db_url, "ray"), on_progress=lambda stage, done, total: stages.append(stage))
    assert "analyzing" not in stages  # every article was stored: the actors analysed nothing
    assert sorted(a.article.id for a in again.articles) == sorted(a.article.id for a in on_ray.articles)
    with Store(db_url) as store:
        assert store.count_articles() == 42
        assert to_dict(store.load_report())["crosschecks"] == to_dict(stored)["crosschecks"]


def _analysis_actors() -> list[int]:
    listing = subprocess.run(["ps", "-eo", "pid=,args="], capture_output=True, text=True, check=True).stdout
    return [int(line.split(None, 1)[0]) for line in listing.splitlines() if "MapBatches(Analyser)" in line]


def test_an_analysis_actor_killed_mid_run_is_restarted_and_the_report_is_whole(local_ray, tmp_path):
    inputs = _inputs(tmp_path)
    local = analyze(inputs, _settings(None, "local"))
    result: dict[str, object] = {}
    run = threading.Thread(target=lambda: result.update(report=analyze(inputs, _settings(None, "ray"))))
    run.start()
    deadline = time.monotonic() + 120
    while not _analysis_actors() and time.monotonic() < deadline:
        time.sleep(0.2)
    time.sleep(3)  # the actor has its first batch (or is loading its models for it)
    killed = _analysis_actors()[:1]
    assert killed, "no analysis actor was seen"
    os.kill(killed[0], signal.SIGKILL)
    run.join(timeout=600)
    assert not run.is_alive()
    _same(result["report"], local)


def test_the_cli_runs_the_ray_engine_on_shards(tmp_path):
    """`newscheck analyze --engine ray` in its own process: Ray started there and shut down."""
    inputs = _inputs(tmp_path)[:3]
    out = tmp_path / "report.json"
    command = [sys.executable, "-m", "newscheck", "analyze", *inputs, "--engine", "ray", "--ray-workers", "1"]
    command += ["-q", "--no-verify", "-o", str(out)]
    done = subprocess.run(command, capture_output=True, text=True, timeout=600)
    assert done.returncode == 1  # the broken JSONL line
    assert "shard-1.jsonl:15" in done.stderr
    assert len(json.loads(out.read_text(encoding="utf-8"))["articles"]) == 42
