"""The HTTP API over a real store: jobs in the background with progress, paged and filtered lists, the
graph, and errors that are JSON bodies naming what is wrong."""

from __future__ import annotations

import json
import time

import pytest
from conftest import HTML_EXAMPLES

from tests.server.serving import client_for, stored_articles, wait_for

FICTIONAL = (
    "Harbour cranes in the fictional port of Lessa stood idle on Tuesday as operators walked out over night "
    "shifts, the union said. The port authority said talks would resume on Friday."
)


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    """One server whose first job (a fictional text, the vaccine page, an empty text) has finished."""
    url = f"sqlite:///{tmp_path_factory.mktemp('api') / 'api.db'}"
    with client_for(url) as client:
        page = (HTML_EXAMPLES / "vaccine-plant.html").read_text()
        started = time.monotonic()
        answer = client.post("/api/jobs", json={"texts": [FICTIONAL, ""], "html": [page]})
        answered_in = time.monotonic() - started
        yield client, answer, answered_in, wait_for(client, answer.json()["id"])


def test_a_job_is_answered_at_once_and_runs_in_the_background(served):
    _, answer, answered_in, _ = served
    assert answer.status_code == 202 and answer.json()["status"] == "queued" and answer.json()["total"] == 3
    assert answered_in < 3.0  # the analysis takes far longer: it runs in a worker process


def test_a_finished_job_names_its_articles_and_each_refused_input(served):
    client, _, _, job = served
    assert job["status"] == "done" and job["done"] == job["total"] == 3
    assert len(job["article_ids"]) == 2
    assert [(e["source"].split(" (")[0], e["reason"]) for e in job["errors"]] == [("submitted text 2", "empty input")]
    listed = {a["id"]: a for a in client.get("/api/articles").json()["items"]}
    assert set(listed) == set(job["article_ids"])
    page = next(a for a in listed.values() if a["headline"].startswith("Valdria"))
    assert page["source"].startswith("submitted html 1 (")
    one = client.get(f"/api/articles/{page['id']}").json()
    assert one["body"].startswith("The fictional republic of Valdria") and "crosschecks" in one


def test_a_jobs_events_stream_its_progress_and_end_with_its_state(served):
    client, answer, _, _ = served
    with client.stream("GET", f"/api/jobs/{answer.json()['id']}/events") as stream:
        lines = [line for line in stream.iter_lines() if line.startswith(("event:", "data:"))]
    assert lines[0] == "event: end"
    assert json.loads(lines[1].removeprefix("data: "))["status"] == "done"


def test_uploaded_files_are_analysed_and_named_for_their_file(served, seed_000):
    client, *_ = served
    answer = client.post("/api/jobs/upload", files=[("files", (seed_000.name, seed_000.read_bytes(), "text/plain"))])
    assert answer.status_code == 202
    job = wait_for(client, answer.json()["id"])
    (article_id,) = job["article_ids"]
    assert client.get(f"/api/articles/{article_id}").json()["source"] == f"uploaded {seed_000.name}"


def test_the_graph_api_gives_the_stored_actor_graph_and_a_pairs_timeline(served, seed_000):
    client, *_ = served
    graph = client.get("/api/graph", params={"actor": "Moscow"}).json()
    assert ("RUS", "USA") in {(e["source"], e["target"]) for e in graph["edges"]}
    assert all(e["evidence"] for e in graph["edges"])
    timeline = client.get("/api/graph/timeline", params={"pair": "RUS,USA"}).json()
    assert timeline and all({t["source"], t["target"]} == {"RUS", "USA"} for t in timeline)
    assert "<graphml" in client.get("/api/graph", params={"format": "graphml"}).text
    refused = client.get("/api/graph", params={"pair": "RUS"})
    assert refused.status_code == 422 and "give two actors" in refused.json()["error"]


def test_errors_are_json_with_a_message_and_the_right_status(served):
    client, *_ = served
    cases = {
        "/api/nothing-here": 404,
        "/api/articles/nope": 404,
        "/api/jobs/nope": 404,
        "/api/stories/nope": 404,
        "/api/articles?cursor=garbage": 422,
        "/api/articles?limit=-1": 422,
        "/api/claims?verdict=true": 422,
    }
    for path, status in cases.items():
        response = client.get(path)
        assert response.status_code == status, path
        assert response.headers["content-type"].startswith("application/json") and response.json()["error"], path
    empty = client.post("/api/jobs", json={})
    assert empty.status_code == 422 and "at least one" in empty.json()["error"]
    wrong = client.post("/api/jobs", json={"texts": "not a list"})
    assert wrong.status_code == 422 and "texts" in wrong.json()["error"]


def test_a_browser_asking_for_a_missing_page_gets_a_page_saying_so(served):
    client, *_ = served
    page = client.get("/articles/nope", headers={"Accept": "text/html"})
    assert page.status_code == 404 and page.headers["content-type"].startswith("text/html")
    assert "no article nope" in page.text and 'href="/"' in page.text
    assert client.get("/api/articles/nope", headers={"Accept": "text/html"}).json()["status"] == 404  # the API stays JSON


def test_one_job_of_more_inputs_than_allowed_is_refused(sqlite_url):
    with client_for(sqlite_url, max_items=3) as client:
        refused = client.post("/api/jobs", json={"texts": ["a text"] * 4})
    assert refused.status_code == 413 and "at most 3" in refused.json()["error"]


def test_article_lists_are_paged_by_cursor_newest_first_and_filtered(sqlite_url):
    reports = stored_articles(sqlite_url, 23)
    with client_for(sqlite_url) as client:
        seen, cursor = [], None
        while True:
            page = client.get("/api/articles", params={"limit": 5, **({"cursor": cursor} if cursor else {})}).json()
            seen += page["items"]
            cursor = page["next"]
            if cursor is None:
                break
        anonymous = client.get("/api/articles", params={"signal": "anonymous_sourcing", "limit": 100}).json()["items"]
        unnamed = client.get("/api/articles", params={"source_type": "unnamed", "limit": 100}).json()["items"]
        harbour = client.get("/api/articles", params={"q": "HARBOUR", "limit": 100}).json()["items"]
        dated = client.get("/api/articles", params={"since": "2025-03-10", "until": "2025-03-12"}).json()["items"]
    assert sorted(a["id"] for a in seen) == sorted(r.article.id for r in reports)  # every article once
    keys = [(a["published"] or "", a["id"]) for a in seen]
    assert keys == sorted(keys, reverse=True)  # newest first, undated last
    assert {a["id"] for a in anonymous} == {r.article.id for n, r in enumerate(reports) if n % 3 == 0}
    assert {a["id"] for a in unnamed} == {a["id"] for a in anonymous}
    assert all(a["signals"] == [["anonymous_sourcing", "warn"]] for a in anonymous)
    assert {a["id"] for a in harbour} == {r.article.id for n, r in enumerate(reports) if n % 2}
    window = {r.article.id for r in reports if r.article.published and "2025-03-10" <= r.article.published <= "2025-03-12"}
    assert {a["id"] for a in dated} == window and window


def test_a_job_fetching_a_private_address_is_refused_under_the_clis_rules(served):
    client, *_ = served
    answer = client.post("/api/jobs", json={"urls": ["http://127.0.0.1:9/internal-page"]})
    job = wait_for(client, answer.json()["id"])
    assert job["status"] == "done" and job["article_ids"] == []
    (error,) = job["errors"]
    assert error["source"] == "http://127.0.0.1:9/internal-page" and "loopback, private or link-local" in error["reason"]
