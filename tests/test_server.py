"""HTTP API and web UI over a real store: analyze, list, fetch one, render."""

from __future__ import annotations

from conftest import HTML_EXAMPLES
from fastapi.testclient import TestClient

from newscheck.config import Settings
from newscheck.server import create_app


def test_api_analyze_then_list_fetch_and_render(tmp_path):
    settings = Settings(db_url=f"sqlite:///{tmp_path / 'api.db'}", progress=False)
    client = TestClient(create_app(settings))
    page = (HTML_EXAMPLES / "vaccine-plant.html").read_text()
    response = client.post("/api/analyze", json={"html": [page], "texts": [""]})
    assert response.status_code == 200
    result = response.json()
    assert [a["headline"] for a in result["articles"]] == ["Valdria opens vaccine plant, officials say output will double"]
    assert result["errors"][0]["reason"] == "empty input"
    listed = client.get("/api/articles").json()
    assert [a["id"] for a in listed] == [result["articles"][0]["id"]]
    one = client.get(f"/api/articles/{listed[0]['id']}").json()
    assert one["body"].startswith("The fictional republic of Valdria")
    assert client.get("/api/articles/nope").status_code == 404
    assert client.post("/api/analyze", json={}).status_code == 422
    ui = client.get("/")
    assert ui.status_code == 200 and "Valdria opens vaccine plant" in ui.text and "nc-analyze" in ui.text
    assert client.get("/healthz").json()["articles"] == 1


def test_each_submission_is_named_for_what_it_is_not_stdin(tmp_path):
    settings = Settings(db_url=f"sqlite:///{tmp_path / 'api.db'}", progress=False, verify=False)
    client = TestClient(create_app(settings))
    page = (HTML_EXAMPLES / "vaccine-plant.html").read_text()
    text = "Harbour cranes in the fictional port of Lessa stood idle on Tuesday as operators walked out over night shifts, the union said."
    first = client.post("/api/analyze", json={"html": [page]}).json()
    second = client.post("/api/analyze", json={"texts": [text]}).json()
    sources = [first["articles"][0]["source"], second["articles"][0]["source"]]
    assert sources[0].startswith("submitted html 1 (") and sources[1].startswith("submitted text 1 (")
    assert not any("stdin" in s for s in sources)


def test_api_graph_gives_the_stored_actor_graph_a_pairs_timeline_and_clear_errors(tmp_path, seed_001):
    settings = Settings(db_url=f"sqlite:///{tmp_path / 'api.db'}", progress=False, workers=1)
    client = TestClient(create_app(settings))
    assert client.post("/api/analyze", json={"texts": [seed_001.read_text(encoding="utf-8")]}).status_code == 200
    graph = client.get("/api/graph", params={"actor": "Beijing"}).json()
    assert ("CHN", "RUS") in {(e["source"], e["target"]) for e in graph["edges"]}
    assert all(e["evidence"] for e in graph["edges"])
    timeline = client.get("/api/graph/timeline", params={"pair": "RUS,CHN"}).json()
    assert timeline and all({t["source"], t["target"]} == {"CHN", "RUS"} for t in timeline)
    graphml = client.get("/api/graph", params={"format": "graphml"})
    assert graphml.status_code == 200 and "<graphml" in graphml.text
    assert 'class="actor-graph"' in client.get("/").text  # the web UI draws the store's actor graph
    refused = client.get("/api/graph", params={"pair": "RUS"})
    assert refused.status_code == 422 and "give two actors" in refused.json()["detail"]
