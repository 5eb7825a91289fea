"""The server's gate: the token on every route but /healthz, Host headers (DNS rebinding), body caps,
per-client rates, CORS off by default, and /docs that needs no network."""

from __future__ import annotations

import re

from fastapi.routing import APIRoute

from tests.server.serving import client_for

TOKEN = "s3cret-token"


def _routes(client) -> list[tuple[str, str]]:
    """Every (method, path) the app serves, path parameters filled in."""
    app = client.app.app
    found = []
    for route in app.routes:
        path = re.sub(r"\{[^}]+\}", "x", route.path)
        if isinstance(route, APIRoute):
            found += [(method, path) for method in sorted(route.methods)]
        else:  # mounted static folders, the docs' assets
            found.append(("GET", path + "/app.css" if path == "/static" else path))
    return found


def test_with_a_token_every_route_but_healthz_refuses_a_request_without_it(sqlite_url):
    with client_for(sqlite_url, token=TOKEN) as client:
        routes = _routes(client)
        assert len(routes) > 15
        for method, path in routes:
            if path in ("/healthz", "/login"):
                continue
            refused = client.request(method, path)
            assert refused.status_code == 401, (method, path)
        assert client.get("/healthz").status_code == 200
        bearer = {"Authorization": f"Bearer {TOKEN}"}
        assert client.get("/api/articles", headers=bearer).status_code == 200
        assert client.get("/api/articles", headers={"Authorization": "Bearer wrong"}).status_code == 401
        page = client.get("/", headers={"Accept": "text/html"})
        assert page.status_code == 401 and 'name="token"' in page.text  # a browser is shown the sign-in form


def test_signing_in_with_the_token_sets_a_strict_cookie_that_opens_the_pages(sqlite_url):
    with client_for(sqlite_url, token=TOKEN) as client:
        wrong = client.post("/login", data={"token": "guess", "next": "/"}, follow_redirects=False)
        assert wrong.status_code == 401
        signed = client.post("/login", data={"token": TOKEN, "next": "/stories"}, follow_redirects=False)
        assert signed.status_code == 303 and signed.headers["location"] == "/stories"
        cookie = signed.headers["set-cookie"].lower()
        assert "httponly" in cookie and "samesite=strict" in cookie
        assert client.get("/stories").status_code == 200  # the client keeps the cookie
        off_site = client.post("/login", data={"token": TOKEN, "next": "//evil.example/"}, follow_redirects=False)
        assert off_site.headers["location"] == "/"


def test_a_foreign_host_header_is_refused_unless_allowed(sqlite_url):
    with client_for(sqlite_url) as client:
        refused = client.get("/api/articles", headers={"Host": "rebind.attacker.example"})
        assert refused.status_code == 400 and "rebind.attacker.example" in refused.json()["error"]
        assert client.get("/api/articles", headers={"Host": "127.0.0.1:8000"}).status_code == 200
        assert client.get("/api/articles", headers={"Host": "localhost:8000"}).status_code == 200
    with client_for(sqlite_url, allowed_hosts=("news.example.org",)) as client:
        assert client.get("/api/articles", headers={"Host": "news.example.org"}).status_code == 200


def test_a_submission_posted_from_another_sites_page_is_refused(sqlite_url):
    with client_for(sqlite_url) as client:
        forged = client.post("/api/jobs/upload", data={"texts": "x"}, headers={"Origin": "https://evil.example"})
        assert forged.status_code == 403 and "evil.example" in forged.json()["error"]
        own = client.post("/api/jobs", json={}, headers={"Origin": "http://127.0.0.1"})
        assert own.status_code == 422  # this server's own page passes the gate (and is told what it lacks)


def test_oversized_bodies_get_413_whether_their_length_is_declared_or_not(sqlite_url):
    with client_for(sqlite_url, max_body_bytes=2_000) as client:
        declared = client.post("/api/jobs", json={"texts": ["x" * 5_000]})
        assert declared.status_code == 413 and "2000 bytes" in declared.json()["error"]

        def chunks():
            yield b'{"texts": ["'
            for _ in range(10):
                yield b"y" * 500
            yield b'"]}'

        streamed = client.post("/api/jobs", content=chunks(), headers={"Content-Type": "application/json"})
        assert streamed.status_code == 413


def test_a_client_over_its_rate_gets_429_with_a_retry_after(sqlite_url):
    with client_for(sqlite_url, reads_per_minute=5) as client:
        answers = [client.get("/api/articles").status_code for _ in range(7)]
        over = client.get("/api/articles")
        assert answers[:5] == [200] * 5 and answers[5:] == [429, 429]
        assert over.headers["retry-after"] == "60" and "a minute" in over.json()["error"]
        assert client.get("/healthz").status_code == 200  # health checks are never limited


def test_cors_is_off_unless_an_origin_is_allowed(sqlite_url):
    origin = {"Origin": "https://newsroom.example"}
    with client_for(sqlite_url) as client:
        assert "access-control-allow-origin" not in client.get("/api/articles", headers=origin).headers
    with client_for(sqlite_url, cors_origins=("https://newsroom.example",)) as client:
        assert client.get("/api/articles", headers=origin).headers["access-control-allow-origin"] == "https://newsroom.example"


def test_docs_load_their_assets_from_the_server_itself(sqlite_url):
    with client_for(sqlite_url) as client:
        docs = client.get("/docs")
        assert docs.status_code == 200
        assets = re.findall(r"""(?:src|href)=["']([^"']+)["']""", docs.text) + re.findall(r"url: *'([^']+)'", docs.text)
        assert assets and not [a for a in assets if a.startswith(("http:", "https:", "//"))]
        for asset in assets:
            assert client.get(asset).status_code == 200, asset
        assert client.get("/openapi.json").json()["paths"]["/api/jobs"]
