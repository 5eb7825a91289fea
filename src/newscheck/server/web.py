"""The workbench's pages: inbox, article, story, stories, claims and submit, server-rendered with Jinja2.

The article and story views are the report's own cards (``newscheck.report.html``) with links to the
workbench's pages, so a stored article reads the same in a report and in the browser. Lists are the
store's cursor pages; nothing renders the whole store.
"""

from __future__ import annotations

import hmac
import urllib.parse
from html import escape
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Form, HTTPException, Query
from fastapi.responses import HTMLResponse, RedirectResponse
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader, select_autoescape

from newscheck.actors import actor_key
from newscheck.config import Settings
from newscheck.graph import event_mentions
from newscheck.records import outlet
from newscheck.report.html import CSS, SCRIPT, SIGNAL_TITLES, article_card, graph_section, story_card
from newscheck.report.view import DISPUTE_ORDER, SOURCE_TYPES, checks_by_claim, claims_by_verdict, story_views, title
from newscheck.server.guard import COOKIE, login_page
from newscheck.store import Store

HERE = Path(__file__).resolve().parent
SEVERITY_ORDER = {"high": 0, "warn": 1, "info": 2}


def _article_href(article_id: str) -> str:
    return f"/articles/{urllib.parse.quote(article_id)}"


def add_pages(app: FastAPI, store: Store, settings: Settings) -> None:
    templates = Environment(loader=FileSystemLoader(HERE / "templates"), autoescape=select_autoescape(["html"]))
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")

    def page(template: str, **context: Any) -> HTMLResponse:
        html = templates.get_template(template).render(css=CSS, theme_script=SCRIPT, **context)
        return HTMLResponse(html)

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def inbox(
        q: str | None = Query(None, max_length=200),
        signal: str | None = Query(None, max_length=40),
        source_type: str | None = Query(None, max_length=8),
        actor: str | None = Query(None, max_length=200),
        since: str | None = Query(None, max_length=10),
        until: str | None = Query(None, max_length=10),
        cursor: str | None = Query(None, max_length=300),
    ) -> HTMLResponse:
        filters = {
            k: v or None
            for k, v in dict(q=q, signal=signal, source_type=source_type, actor=actor, since=since, until=until).items()
        }
        if filters["source_type"] not in (None, *SOURCE_TYPES):
            raise HTTPException(422, f"source type {source_type!r}: one of {', '.join(SOURCE_TYPES)}")
        query = {**filters, "actor": actor_key(actor) if actor else None}
        found = store.article_page(50, cursor, **query)
        rows = [
            {
                **item.__dict__,
                "outlet": outlet(item.source),
                "verdicts": [(v, item.verdicts[v]) for v in DISPUTE_ORDER if item.verdicts.get(v)],
                "signals": sorted(item.signals, key=lambda s: SEVERITY_ORDER.get(s[1], 3)),
            }
            for item in found.items
        ]
        params = {k: v for k, v in filters.items() if v}
        next_url = "/?" + urllib.parse.urlencode({**params, "cursor": found.next}) if found.next else None
        return page(
            "inbox.html",
            title="Inbox",
            nav="inbox",
            rows=rows,
            filters=filters,
            filtered=bool(params),
            next_url=next_url,
            signal_titles=sorted(SIGNAL_TITLES.items(), key=lambda kv: kv[1]),
            signal_names=SIGNAL_TITLES,
            source_types=list(SOURCE_TYPES.items()),
        )

    @app.get("/articles/{article_id}", response_class=HTMLResponse, include_in_schema=False)
    def article_page(article_id: str) -> HTMLResponse:
        report = store.load_report([article_id])
        if not report.articles:
            raise HTTPException(404, f"no article {article_id}")
        item = report.articles[0]
        others = {e.article_id for c in report.crosschecks for e in c.evidence}
        titles = {**store.headlines(sorted(others)), article_id: title(item)}
        graph = graph_section(report.articles, event_mentions(report), "g", titles, _article_href)
        body = article_card(item, checks_by_claim(report), titles, graph, _article_href)
        stories = "".join(
            f'<li><a href="/stories/{urllib.parse.quote(s.id)}">{escape(s.title)}</a> '
            f'<span class="meta">{len(s.article_ids)} articles</span></li>'
            for s in report.stories
            if len(s.article_ids) > 1
        )
        if stories:
            body += f'<section class="card"><h3>In the stories</h3><ul class="story-articles">{stories}</ul></section>'
        return page("page.html", title=title(item), nav="inbox", body=body, back="/", back_label="Inbox")

    @app.get("/stories", response_class=HTMLResponse, include_in_schema=False)
    def stories_page(cursor: str | None = Query(None, max_length=300)) -> HTMLResponse:
        found = store.story_page(50, cursor)
        rows = [
            {
                "url": f"/stories/{urllib.parse.quote(s.id)}",
                "title": s.title or "Untitled story",
                "meta": f"{s.articles} articles · {s.families} independent report(s)"
                + (f" · {', '.join(s.actors[:4])}" if s.actors else ""),
            }
            for s in found.items
        ]
        next_url = "/stories?" + urllib.parse.urlencode({"cursor": found.next}) if found.next else None
        return page(
            "list.html",
            title="Stories",
            nav="stories",
            heading="Stories",
            rows=rows,
            next_url=next_url,
            empty="No stories stored yet.",
        )

    @app.get("/stories/{story_id}", response_class=HTMLResponse, include_in_schema=False)
    def story_page(story_id: str) -> HTMLResponse:
        story = store.story(story_id)
        if story is None:
            raise HTTPException(404, f"no story {story_id}")
        report = store.load_report(story.article_ids)
        others = {e.article_id for c in report.crosschecks for e in c.evidence}
        titles = {**store.headlines(sorted(others)), **{a.article.id: title(a) for a in report.articles}}
        view = next((v for v in story_views(report) if v.story.id == story_id), None)
        if view is None:
            raise HTTPException(404, f"story {story_id} has no stored articles")
        graph = graph_section(report.articles, event_mentions(report), "g", titles, _article_href)
        body = story_card(view, titles, graph, _article_href) + _story_claims(report, titles)
        return page("page.html", title=story.title, nav="stories", body=body, back="/stories", back_label="Stories")

    @app.get("/claims", response_class=HTMLResponse, include_in_schema=False)
    def claims_page(
        verdict: str | None = Query(None, pattern="^(corroborated|contradicted|contested|unverified)$"),
        cursor: str | None = Query(None, max_length=300),
    ) -> HTMLResponse:
        found = store.claim_page(50, cursor, verdict)
        rows = [
            {
                "url": f"{_article_href(c.article_id)}",
                "title": c.text,
                "meta": f"{c.headline} · {c.published or 'no date'} · {c.attributed_to or SOURCE_TYPES.get(c.source_type, c.source_type)}",
                "pill": c.verdict,
                "pill_class": f"v-{c.verdict}",
            }
            for c in found.items
        ]
        tabs = [(v, f"/claims?verdict={v}", v == verdict) for v in DISPUTE_ORDER]
        next_url = "/claims?" + urllib.parse.urlencode({"verdict": verdict or "", "cursor": found.next}) if found.next else None
        heading = f"Claims: {verdict}" if verdict else "Claims"
        return page(
            "list.html",
            title=heading,
            nav="claims",
            heading=heading,
            rows=rows,
            tabs=tabs,
            next_url=next_url,
            empty="No claim with this verdict.",
        )

    @app.get("/submit", response_class=HTMLResponse, include_in_schema=False)
    def submit_page() -> HTMLResponse:
        return page("submit.html", title="Submit", nav="submit")

    @app.get("/login", response_class=HTMLResponse, include_in_schema=False)
    def login_form(next: str = Query("/", max_length=300)) -> HTMLResponse:
        return HTMLResponse(login_page("Sign in with the server's access token.", next))

    @app.post("/login", include_in_schema=False)
    def login(token: str = Form(..., max_length=500), next: str = Form("/", max_length=300)) -> Any:
        if not settings.serve.token or not hmac.compare_digest(token.encode(), settings.serve.token.encode()):
            return HTMLResponse(login_page("That is not this server's token.", next), status_code=401)
        target = next if next.startswith("/") and not next.startswith("//") else "/"
        response = RedirectResponse(target, status_code=303)
        response.set_cookie(COOKIE, settings.serve.token, httponly=True, samesite="strict", max_age=30 * 86400)
        return response


def error_page(status: int, message: str) -> str:
    """A page for a person whose request failed: what went wrong, and the way back."""
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">'
        f'<title>{status} · newscheck</title><style>{CSS}</style></head><body><main><section class="card">'
        f'<h2>{status}: {escape(message)}</h2><p><a href="/">Back to the inbox</a></p></section></main></body></html>'
    )


def _story_claims(report: Any, titles: dict[str, str]) -> str:
    """The story's cross-checked claims, contradicted and contested first, each linked to its article."""
    rows = [
        f'<tr><td><span class="pill v-{check.verdict}">{check.verdict}</span></td>'
        f'<td><a href="{escape(_article_href(check.article_id))}#a-{escape(check.article_id)}-r{n}">{escape(claim.text)}</a></td>'
        f'<td class="meta">{escape(titles.get(check.article_id, check.article_id))}</td></tr>'
        for check, claim, n in claims_by_verdict(report)
    ]
    if not rows:
        return ""
    return (
        '<section class="card"><h3>Claims by verdict</h3><table><thead><tr><th>Verdict</th><th>Claim</th><th>Article</th></tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table></section>"
    )
