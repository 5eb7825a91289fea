"""HTTP API and web UI over a real store: analyze, list, fetch one, render."""

from __future__ import annotations

from fastapi.testclient import TestClient

from conftest import HTML_EXAMPLES
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
