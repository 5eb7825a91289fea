"""What the server refuses before a route runs: foreign Host headers (DNS rebinding), submissions from other
sites' pages (cross-site request forgery), requests without the token, bodies over the cap, and clients over
their rate; and errors as JSON, never a traceback.

One ASGI middleware, outermost, so every route (the API, the web pages, the docs, static files) is
guarded the same way. Browsers log in once with the token (``POST /login`` sets a SameSite=Strict,
HttpOnly cookie); scripts send ``Authorization: Bearer <token>``.
"""

from __future__ import annotations

import hmac
import json
import time
from collections import defaultdict, deque
from collections.abc import Awaitable, Callable, MutableMapping
from html import escape
from typing import Any

from newscheck.config import ServeSettings

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

COOKIE = "newscheck_token"
OPEN_PATHS = frozenset({"/healthz", "/login"})  # what answers without the token


def error_body(status: int, message: str) -> bytes:
    return json.dumps({"error": message, "status": status}).encode("utf-8")


async def _respond(send: Send, status: int, body: bytes, content_type: str, headers: dict[str, str] | None = None) -> None:
    raw = [(b"content-type", content_type.encode()), (b"content-length", str(len(body)).encode())]
    raw += [(k.encode(), v.encode()) for k, v in (headers or {}).items()]
    await send({"type": "http.response.start", "status": status, "headers": raw})
    await send({"type": "http.response.body", "body": body})


LOGIN_PAGE = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><meta name="viewport"
content="width=device-width,initial-scale=1"><title>newscheck: sign in</title><style>body{{font:16px/1.5 system-ui,
sans-serif;max-width:26rem;margin:15vh auto;padding:0 1rem}}input,button{{font:inherit;padding:.4rem .6rem}}
input{{width:100%;box-sizing:border-box;margin:.4rem 0}}</style></head><body><h1>newscheck</h1>
<p>{message}</p><form method="post" action="/login"><label for="token">Access token</label>
<input id="token" name="token" type="password" autocomplete="current-password" autofocus required>
<input type="hidden" name="next" value="{next}"><button type="submit">Sign in</button></form></body></html>"""


def login_page(message: str, next_path: str) -> bytes:
    return LOGIN_PAGE.format(message=escape(message), next=escape(next_path, quote=True)).encode("utf-8")


class Guard:
    """The server's outer gate (see the module docstring)."""

    def __init__(self, app: ASGIApp, settings: ServeSettings) -> None:
        self.app = app
        self.settings = settings
        self.hosts = {h.lower() for h in settings.allowed_hosts}
        self.calls: dict[tuple[str, str], deque[float]] = defaultdict(deque)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        path, method = scope.get("path", "/"), scope.get("method", "GET")
        host = headers.get("host", "")
        bare = host.rsplit(":", 1)[0] if not host.endswith("]") else host
        if bare.lower() not in self.hosts:
            await _respond(
                send, 400, error_body(400, f"host {host!r} is not served here (allow it with --allow-host)"), "application/json"
            )
            return
        origin = headers.get("origin")
        if method not in ("GET", "HEAD", "OPTIONS") and origin and not self._same_origin(origin, host):
            # A page elsewhere posting a form to this server (cross-site request forgery): browsers say where from.
            await _respond(
                send, 403, error_body(403, f"a submission from {origin!r} is refused: not this server's page"), "application/json"
            )
            return
        limited = self._over_rate(scope, method, path)
        if limited:
            await _respond(send, 429, error_body(429, limited), "application/json", {"retry-after": "60"})
            return
        if self.settings.token and path not in OPEN_PATHS and method != "OPTIONS" and not self._authorised(headers):
            if method == "GET" and "text/html" in headers.get("accept", "") and not path.startswith("/api/"):
                await _respond(send, 401, login_page("Sign in with the server's access token.", path), "text/html; charset=utf-8")
            else:
                await _respond(
                    send, 401, error_body(401, "this server needs its token: Authorization: Bearer <token>"), "application/json"
                )
            return
        length = headers.get("content-length")
        if length is not None and (not length.isdigit() or int(length) > self.settings.max_body_bytes):
            await _respond(
                send, 413, error_body(413, f"request body over {self.settings.max_body_bytes} bytes"), "application/json"
            )
            return
        if length is None and method in ("POST", "PUT", "PATCH"):  # no declared length: read it to the cap first
            body, more = b"", True
            while more:
                message = await receive()
                if message["type"] != "http.request":
                    return
                body += message.get("body", b"")
                more = message.get("more_body", False)
                if len(body) > self.settings.max_body_bytes:
                    await _respond(
                        send, 413, error_body(413, f"request body over {self.settings.max_body_bytes} bytes"), "application/json"
                    )
                    return
            replayed = False

            async def replay() -> Message:
                nonlocal replayed
                if replayed:
                    return await receive()
                replayed = True
                return {"type": "http.request", "body": body, "more_body": False}

            await self.app(scope, replay, send)
            return
        await self.app(scope, receive, send)

    def _same_origin(self, origin: str, host: str) -> bool:
        return origin in self.settings.cors_origins or origin.split("://", 1)[-1].lower() == host.lower()

    def _authorised(self, headers: dict[str, str]) -> bool:
        token = self.settings.token or ""
        given = headers.get("authorization", "")
        if given.lower().startswith("bearer ") and hmac.compare_digest(given[7:].strip().encode(), token.encode()):
            return True
        for part in headers.get("cookie", "").split(";"):
            name, _, value = part.strip().partition("=")
            if name == COOKIE and hmac.compare_digest(value.encode(), token.encode()):
                return True
        return False

    def _over_rate(self, scope: Scope, method: str, path: str) -> str | None:
        """A sliding one-minute window per client address, writes (jobs, logins) counted apart from reads."""
        writing = method not in ("GET", "HEAD", "OPTIONS")
        limit = self.settings.writes_per_minute if writing else self.settings.reads_per_minute
        if not limit or path == "/healthz":
            return None
        client = (scope.get("client") or ("?", 0))[0]
        now = time.monotonic()
        if len(self.calls) > 10_000:  # forget the clients that made no call in the last minute
            for key in [k for k, w in self.calls.items() if not w or w[-1] < now - 60]:
                del self.calls[key]
        window = self.calls[(client, "write" if writing else "read")]
        while window and window[0] < now - 60:
            window.popleft()
        if len(window) >= limit:
            return f"over {limit} {'submissions' if writing else 'requests'} a minute from {client}; wait a minute"
        window.append(now)
        return None
