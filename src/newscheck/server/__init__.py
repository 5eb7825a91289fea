"""HTTP API and web workbench: a thin FastAPI shell over the pipeline, the graph and the store.

Submissions become background jobs (``newscheck.server.jobs``) so the server answers at once and stays
responsive; every list is paged by a cursor over an index, so its time does not grow with the store;
``newscheck.server.guard`` refuses foreign hosts, missing tokens, oversized bodies and clients over their
rate before any route runs; every error is a JSON body. The web pages (``newscheck.server.web``) read the
same store and reuse the report's HTML; /docs serves Swagger UI from a package, with no network.
"""

from __future__ import annotations

import asyncio
import dataclasses
import json
import os
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import fastapi_offline
from fastapi import FastAPI, File, Form, HTTPException, Query, Request, UploadFile
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import HTMLResponse, JSONResponse, PlainTextResponse
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, Field
from sse_starlette.sse import EventSourceResponse
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException

from newscheck import __version__
from newscheck.config import Settings, settings_from_json
from newscheck.graph import render_graph, stored_graph, timeline
from newscheck.records_json import article_to_dict
from newscheck.report.view import claims_by_verdict
from newscheck.server.guard import Guard
from newscheck.server.jobs import JobRunner, Submission
from newscheck.server.web import add_pages, error_page
from newscheck.store import Store

DOCS_ASSETS = Path(fastapi_offline.__file__).parent / "static"
FINAL = ("done", "failed", "interrupted")
PAGE_LIMIT = Query(50, ge=1, le=200, description="Items per page.")
CURSOR = Query(None, max_length=300, description="The `next` of the page before.")


class JobRequest(BaseModel):
    """Inline pages and/or URLs to analyse together, in the background."""

    texts: list[str] = Field(default_factory=list, description="Scraped plain-text pages.")
    html: list[str] = Field(default_factory=list, description="HTML pages.")
    urls: list[str] = Field(default_factory=list, description="Page or feed URLs to fetch (public addresses only).")


def _page(page: Any) -> dict[str, Any]:
    return {"items": [dataclasses.asdict(i) for i in page.items], "next": page.next}


def create_app(settings: Settings, recover_jobs: bool = True) -> Guard:
    """The whole server as one ASGI app: the API and the pages behind the guard. ``recover_jobs`` marks the
    jobs an earlier server left unfinished as interrupted (one of several processes of a server must not)."""
    db_url = settings.resolved_db_url()
    if not db_url:
        raise ValueError("the server needs a database URL")
    store = Store(db_url)
    if recover_jobs:
        store.interrupt_unfinished_jobs()
    runner: list[JobRunner] = []

    def jobs() -> JobRunner:
        """The worker pool, started with the first job (a server that only reads starts no process)."""
        if not runner:
            runner.append(JobRunner(settings, store))
        return runner[0]

    @asynccontextmanager
    async def lifespan(_app: FastAPI):
        yield
        for pool in runner:
            pool.close()
        store.engine.dispose()

    app = FastAPI(title="newscheck", version=__version__, docs_url=None, redoc_url=None, lifespan=lifespan)
    app.state.store = store
    app.state.settings = settings
    app.mount("/static/docs", StaticFiles(directory=DOCS_ASSETS), name="docs-assets")

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, error: StarletteHTTPException) -> JSONResponse | HTMLResponse:
        if _wants_page(request):  # a person in a browser gets a page that says what went wrong
            return HTMLResponse(error_page(error.status_code, str(error.detail)), status_code=error.status_code)
        return JSONResponse({"error": str(error.detail), "status": error.status_code}, status_code=error.status_code)

    @app.exception_handler(RequestValidationError)
    async def invalid(_request: Request, error: RequestValidationError) -> JSONResponse:
        problems = "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in error.errors()[:5])
        return JSONResponse({"error": f"invalid request: {problems}", "status": 422}, status_code=422)

    @app.exception_handler(ValueError)
    async def bad_value(_request: Request, error: ValueError) -> JSONResponse:
        return JSONResponse({"error": str(error), "status": 422}, status_code=422)

    @app.exception_handler(Exception)
    async def crashed(_request: Request, error: Exception) -> JSONResponse:
        return JSONResponse(
            {"error": f"internal error ({type(error).__name__}); see the server log", "status": 500}, status_code=500
        )

    @app.get("/docs", include_in_schema=False)
    def docs() -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url="/openapi.json",
            title="newscheck API",
            swagger_js_url="/static/docs/swagger-ui-bundle.js",
            swagger_css_url="/static/docs/swagger-ui.css",
            swagger_favicon_url="/static/docs/favicon.png",
        )

    @app.get("/healthz")
    def healthz() -> dict[str, Any]:
        return {"ok": True, "articles": store.count_articles(), "version": __version__}

    def submit(submission: Submission) -> dict[str, Any]:
        if not submission.count():
            raise HTTPException(422, "give at least one of texts, html, urls or files")
        if submission.count() > settings.serve.max_items:
            raise HTTPException(413, f"{submission.count()} inputs in one job; at most {settings.serve.max_items}")
        job = jobs().submit(submission)
        return {"id": job.id, "status": job.status, "total": job.total}

    @app.post("/api/jobs", status_code=202)
    def create_job(request: JobRequest) -> dict[str, Any]:
        """Analyse texts, HTML pages and URLs in the background; answers at once with the job's id."""
        return submit(Submission(request.texts, request.html, request.urls))

    @app.post("/api/jobs/upload", status_code=202)
    async def create_upload_job(
        files: list[UploadFile] = File(default_factory=list, description="Pages, feeds, WARC or JSONL files."),
        texts: list[str] = Form(default_factory=list),
        urls: list[str] = Form(default_factory=list),
    ) -> dict[str, Any]:
        """The same as POST /api/jobs, as a multipart form with files (what the submit page sends)."""
        uploaded = [(f.filename or f"file-{n}", await f.read()) for n, f in enumerate(files, start=1)]
        lines = [u.strip() for line in urls for u in line.splitlines() if u.strip()]
        return await run_in_threadpool(submit, Submission([t for t in texts if t.strip()], [], lines, uploaded))

    def job_or_404(job_id: str) -> dict[str, Any]:
        job = store.job(job_id)
        if job is None:
            raise HTTPException(404, f"no job {job_id}")
        return dataclasses.asdict(job)

    @app.get("/api/jobs/{job_id}")
    def get_job(job_id: str) -> dict[str, Any]:
        """A job's status (queued, running, done, failed, interrupted), progress, article ids and errors."""
        return job_or_404(job_id)

    @app.get("/api/jobs/{job_id}/events")
    async def job_events(job_id: str, request: Request) -> EventSourceResponse:
        """The job's progress as server-sent events ("progress" while it runs, then one "end")."""
        first = await run_in_threadpool(job_or_404, job_id)

        async def events():
            seen = None
            job = first
            while True:
                state = (job["status"], job["done"])
                if state != seen:
                    seen = state
                    yield {"event": "end" if job["status"] in FINAL else "progress", "data": json.dumps(job)}
                if job["status"] in FINAL or await request.is_disconnected():
                    return
                await asyncio.sleep(0.25)
                job = await run_in_threadpool(job_or_404, job_id)

        return EventSourceResponse(events(), ping=10)

    @app.get("/api/articles")
    def api_articles(
        limit: int = PAGE_LIMIT,
        cursor: str | None = CURSOR,
        signal: str | None = Query(None, max_length=40, description="Only articles with this signal (its code)."),
        source_type: str | None = Query(
            None, pattern="^(named|unnamed|media|outlet)$", description="Only articles with a claim of this source type."
        ),
        actor: str | None = Query(None, max_length=200, description="Only articles naming this actor (ISO3 or a name)."),
        since: str | None = Query(None, pattern=r"^\d{4}-\d{2}-\d{2}$"),
        until: str | None = Query(None, pattern=r"^\d{4}-\d{2}-\d{2}$"),
        q: str | None = Query(None, max_length=200, description="Words of the headline."),
    ) -> dict[str, Any]:
        """Stored articles, newest first, a page at a time, with their headline verdict, signals and verdicts."""
        from newscheck.actors import actor_key

        found = store.article_page(limit, cursor, signal, source_type, actor_key(actor) if actor else None, since, until, q)
        return _page(found)

    @app.get("/api/articles/{article_id}")
    def api_article(article_id: str) -> dict[str, Any]:
        """One stored article's whole report (SPEC.md layout) with its claims' cross-checks."""
        found = store.article_report(article_id)
        if found is None:
            raise HTTPException(404, f"no article {article_id}")
        checks = store.crosschecks_of([article_id])
        return {**article_to_dict(found), "crosschecks": [dataclasses.asdict(c) for c in checks]}

    @app.get("/api/stories")
    def api_stories(limit: int = PAGE_LIMIT, cursor: str | None = CURSOR) -> dict[str, Any]:
        """Stored stories, a page at a time, with their sizes."""
        return _page(store.story_page(limit, cursor))

    @app.get("/api/stories/{story_id}")
    def api_story(story_id: str) -> dict[str, Any]:
        """A story: its articles, copy families, and its claims with verdicts (contradicted and contested first)."""
        story = store.story(story_id)
        if story is None:
            raise HTTPException(404, f"no story {story_id}")
        report = store.load_report(story.article_ids)
        claims = [{**dataclasses.asdict(check), "claim_text": claim.text} for check, claim, _ in claims_by_verdict(report)]
        articles = [
            {"id": a.article.id, "headline": a.article.headline, "published": a.article.published, "source": a.article.source}
            for a in report.articles
        ]
        return {**dataclasses.asdict(story), "articles": articles, "claims": claims}

    @app.get("/api/claims")
    def api_claims(
        limit: int = PAGE_LIMIT,
        cursor: str | None = CURSOR,
        verdict: str | None = Query(None, pattern="^(corroborated|contradicted|contested|unverified)$"),
        article_id: str | None = Query(None, max_length=32),
    ) -> dict[str, Any]:
        """Cross-checked claims with their verdicts, a page at a time."""
        return _page(store.claim_page(limit, cursor, verdict, article_id))

    @app.get("/api/graph")
    def api_graph(
        actor: str | None = Query(
            None, max_length=200, description="Only events with this actor on either side (ISO3 or a name)."
        ),
        pair: str | None = Query(None, max_length=400, description="Only events between two actors, either way: A,B."),
        since: str | None = Query(None, max_length=60, description="Only events reported on or after this date."),
        format: str = Query("json", pattern="^(json|graphml|gexf|csv)$"),
    ) -> PlainTextResponse:
        """The actor and event graph of the store; with a pair, its JSON carries the pair's timeline."""
        built, mentions = stored_graph(store, actor, pair, since)
        media = {"json": "application/json", "graphml": "application/xml", "gexf": "application/xml", "csv": "text/csv"}
        return PlainTextResponse(
            render_graph(built, mentions, format, timeline_too=pair is not None, indent=None), media_type=media[format]
        )

    @app.get("/api/graph/timeline")
    def api_timeline(
        pair: str = Query(..., max_length=400, description="Two actors: A,B."), since: str | None = Query(None, max_length=60)
    ) -> list[dict[str, Any]]:
        """A pair's events by date, each with its claim's sentence, article, offsets and verdict."""
        _, mentions = stored_graph(store, None, pair, since)
        return [dataclasses.asdict(m) for m in timeline(mentions)]

    add_pages(app, store, settings)
    wrapped: Any = app
    if settings.serve.cors_origins:
        wrapped = CORSMiddleware(
            app,
            allow_origins=list(settings.serve.cors_origins),
            allow_methods=["GET", "POST"],
            allow_headers=["Authorization", "Content-Type"],
        )
    return Guard(wrapped, settings.serve)


SETTINGS_VARIABLE = "NEWSCHECK_SERVER_SETTINGS"  # how `serve --processes N` hands its settings to each process


def app_from_environment() -> Guard:
    """The app of one of several server processes (uvicorn's workers), from the settings the CLI wrote."""
    return create_app(settings_from_json(os.environ[SETTINGS_VARIABLE]), recover_jobs=False)


def _wants_page(request: Request) -> bool:
    return (
        request.method == "GET" and not request.url.path.startswith("/api/") and "text/html" in request.headers.get("accept", "")
    )
