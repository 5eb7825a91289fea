"""Servers over real stores: a client that waits for its jobs, and a store of many stored articles."""

from __future__ import annotations

import time

from fastapi.testclient import TestClient

from newscheck.config import ServeSettings, Settings
from newscheck.records import Article, ArticleReport, Claim, Signal
from newscheck.server import create_app
from newscheck.store import Store

FINAL = ("done", "failed", "interrupted")


def client_for(db_url: str, **serve) -> TestClient:
    """A client of a server over ``db_url``, on the loopback address the guard answers by default."""
    settings = Settings(db_url=db_url, progress=False, workers=1, serve=ServeSettings(**serve))
    return TestClient(create_app(settings), base_url="http://127.0.0.1")


def wait_for(client: TestClient, job_id: str, timeout: float = 240) -> dict:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        job = client.get(f"/api/jobs/{job_id}").json()
        if job["status"] in FINAL:
            return job
        time.sleep(0.3)
    raise AssertionError(f"job {job_id} did not finish in {timeout} s")


def stored_articles(db_url: str, count: int) -> list[ArticleReport]:
    """``count`` stored articles: every third with anonymous sourcing, every fifth undated, actors by parity."""
    reports = []
    for n in range(count):
        body = f"Officials in Port Selwyn said berth {n} would reopen on Monday after repairs."
        source_type = "unnamed" if n % 3 == 0 else "named"
        claim = Claim(f"claim-{n:04d}", body, "officials", source_type, False, False, 0.6, 0, len(body))
        article = Article(
            id=f"{n:016x}",
            source=f"https://outlet{n % 4}.example/news/{n}",
            headline=f"Berth {n} to reopen in Port Selwyn" + (" harbour" if n % 2 else ""),
            body=body,
            published=None if n % 5 == 0 else f"2025-03-{1 + n % 28:02d}",
        )
        signals = [Signal("anonymous_sourcing", "warn", "unnamed officials")] if n % 3 == 0 else []
        reports.append(ArticleReport(article, claims=[claim], signals=signals))
    with Store(db_url) as store:
        store.save_batch(reports)
    return reports
