"""HTTP API and web UI: a thin FastAPI shell over the pipeline and the store."""

from __future__ import annotations

import dataclasses
import hashlib
import io
import json
from typing import Any

from fastapi import FastAPI, HTTPException, Query
from fastapi.responses import HTMLResponse, PlainTextResponse
from pydantic import BaseModel, Field

from newscheck import __version__
from newscheck.config import Settings
from newscheck.encoding import repair_surrogates
from newscheck.graph import render_graph, stored_graph, timeline
from newscheck.pipeline import analyze
from newscheck.records_json import article_to_dict
from newscheck.report import render, to_dict
from newscheck.store import Store


class AnalyzeRequest(BaseModel):
    """Inline pages and/or URLs to analyse together."""

    texts: list[str] = Field(default_factory=list, description="Scraped plain-text pages.")
    html: list[str] = Field(default_factory=list, description="HTML pages.")
    urls: list[str] = Field(default_factory=list, description="Page or feed URLs to fetch.")


_FORM = """<form id="nc-analyze" style="margin:1rem auto;max-width:60rem;font-family:system-ui">
<textarea name="text" rows="6" style="width:100%" placeholder="Paste an article's text, or one URL per line"></textarea>
<button type="submit">Analyze</button> <span id="nc-status"></span> <a href="/api/articles">API</a></form>
<script>
document.getElementById("nc-analyze").addEventListener("submit", async (event) => {
  event.preventDefault();
  const text = event.target.text.value.trim();
  const lines = text.split(/\\n+/).map((l) => l.trim()).filter(Boolean);
  const isUrls = lines.length && lines.every((l) => /^https?:\\/\\//.test(l));
  const body = isUrls ? {urls: lines} : {texts: [text]};
  document.getElementById("nc-status").textContent = "analyzing...";
  const response = await fetch("/api/analyze", {method: "POST", headers: {"Content-Type": "application/json"}, body: JSON.stringify(body)});
  const result = await response.json();
  const errors = (result.errors || []).map((e) => e.source + ": " + e.reason).join("; ");
  document.getElementById("nc-status").textContent = errors || "done";
  if (!errors) { location.reload(); }
});
</script>"""


def _jsonl_of(request: AnalyzeRequest) -> bytes:
    """One JSONL line per submitted text, page or URL, each named for what it is ("text 2 (9f3a...)") so
    a stored article says where it came from."""

    def named(kind: str, n: int, value: str) -> str:
        digest = hashlib.sha256(repair_surrogates(value).encode("utf-8")).hexdigest()[:10]
        return f"submitted {kind} {n} ({digest})"

    lines = [
        *({"text": t, "source": named("text", n, t)} for n, t in enumerate(request.texts, start=1)),
        *({"html": h, "source": named("html", n, h)} for n, h in enumerate(request.html, start=1)),
        *({"url": u, "source": u} for u in request.urls),
    ]
    return "\n".join(json.dumps(line) for line in lines).encode("utf-8")


def create_app(settings: Settings) -> FastAPI:
    app = FastAPI(title="newscheck", version=__version__)
    db_url = settings.resolved_db_url()
    if not db_url:
        raise ValueError("the server needs a database URL")
    store = Store(db_url)

    def run(payload: bytes) -> dict[str, Any]:
        report = analyze(["-"], settings, stdin=io.BytesIO(payload))
        return to_dict(report)

    @app.get("/healthz")
    def healthz() -> dict[str, Any]:
        return {"ok": True, "articles": store.count_articles(), "version": __version__}

    @app.post("/api/analyze")
    def api_analyze(request: AnalyzeRequest) -> dict[str, Any]:
        if not (request.texts or request.html or request.urls):
            raise HTTPException(422, "give at least one of texts, html or urls")
        return run(_jsonl_of(request))

    @app.get("/api/articles")
    def api_articles(limit: int = Query(100, le=1000), offset: int = 0) -> list[dict[str, Any]]:
        return store.list_articles(limit=limit, offset=offset)

    @app.get("/api/articles/{article_id}")
    def api_article(article_id: str) -> dict[str, Any]:
        found = store.article_report(article_id)
        if found is None:
            raise HTTPException(404, f"no article {article_id}")
        return article_to_dict(found)

    @app.get("/api/report")
    def api_report(format: str = Query("json", pattern="^(json|md|html)$")) -> PlainTextResponse:
        media = {"json": "application/json", "md": "text/markdown", "html": "text/html"}[format]
        return PlainTextResponse(render(store.load_report(), format), media_type=media)

    @app.get("/api/graph")
    def api_graph(
        actor: str | None = Query(None, description="Only events with this actor on either side (ISO3 or a name)."),
        pair: str | None = Query(None, description="Only events between two actors, either way: A,B."),
        since: str | None = Query(None, description="Only events reported on or after this date."),
        format: str = Query("json", pattern="^(json|graphml|gexf|csv)$"),
    ) -> PlainTextResponse:
        """The actor and event graph of the store; with a pair, its JSON carries the pair's timeline."""
        try:
            built, mentions = stored_graph(store, actor, pair, since)
        except ValueError as error:
            raise HTTPException(422, str(error)) from None
        media = {"json": "application/json", "graphml": "application/xml", "gexf": "application/xml", "csv": "text/csv"}
        return PlainTextResponse(render_graph(built, mentions, format, timeline_too=pair is not None), media_type=media[format])

    @app.get("/api/graph/timeline")
    def api_timeline(
        pair: str = Query(..., description="Two actors: A,B."), since: str | None = Query(None)
    ) -> list[dict[str, Any]]:
        """A pair's events by date, each with its claim's sentence, article, offsets and verdict."""
        try:
            _, mentions = stored_graph(store, None, pair, since)
        except ValueError as error:
            raise HTTPException(422, str(error)) from None
        return [dataclasses.asdict(m) for m in timeline(mentions)]

    @app.get("/", response_class=HTMLResponse)
    def ui() -> str:
        page = render(store.load_report(), "html")
        return page.replace("<body>", "<body>" + _FORM, 1) if "<body>" in page else _FORM + page

    return app
