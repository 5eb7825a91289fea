"""One typed settings object, built once by the CLI/server/API and passed down."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import platformdirs


def default_db_url() -> str:
    data_dir = Path(platformdirs.user_data_dir("newscheck"))
    return f"sqlite:///{data_dir / 'newscheck.db'}"


@dataclass
class FetchSettings:
    timeout_s: float = 15.0
    max_bytes: int = 20 * 1024 * 1024
    max_redirects: int = 5
    allow_private: bool = False
    user_agent: str = "newscheck/0.1 (+offline news verification)"


@dataclass
class ServeSettings:
    """What the HTTP server lets in: who (token), from where (hosts, origins), how much and how often."""

    token: str | None = None  # every route but /healthz needs it (Authorization: Bearer, or the login cookie)
    allowed_hosts: tuple[str, ...] = ("127.0.0.1", "localhost", "[::1]")  # Host headers answered (DNS rebinding)
    cors_origins: tuple[str, ...] = ()  # origins allowed to call the API from a browser; none by default
    max_body_bytes: int = 25 * 1024 * 1024  # a request body above this gets 413
    max_items: int = 200  # texts, pages, URLs and files in one job
    reads_per_minute: int = 3000  # per client address; 0: unlimited
    writes_per_minute: int = 60  # jobs and logins per client address; 0: unlimited
    job_workers: int = 1  # analysis processes beside the server (each parses with one process)


@dataclass
class RaySettings:
    """Where the per-article stages run: here ("local") or on Ray Data ("ray", `newscheck.raydata`)."""

    engine: str = "local"
    address: str | None = None  # an existing Ray cluster to join ("ray://host:10001", "auto"); None: start one here
    workers: int = 2  # analysis actors, each parsing with one process and one CPU
    object_store_mb: int = 512  # memory cap of the object store of a Ray started here


@dataclass
class Settings:
    db_url: str | None = None  # None: do not store; "default": the user data directory
    fetch: FetchSettings = field(default_factory=FetchSettings)
    max_input_bytes: int = 10 * 1024 * 1024  # one page above this is refused unread (containers stream)
    # An extracted article longer than this is no news article (a dump, a whole site): refused, as the
    # parser's memory grows with the text (a long-form feature runs to about 60,000 characters).
    max_article_chars: int = 250_000
    batch_size: int = 64  # articles committed to the store per transaction
    # The run's report holds its articles, stories and cross-checks; off: only its counts, errors and notices,
    # so memory stays flat over any corpus (the store holds the rest: `newscheck report`).
    run_report: bool = True
    workers: int = 2  # processes for spaCy annotation
    nlp: bool = True  # run annotate/attribute/claims (off: extraction only)
    verify: bool = True  # run stories/verify stages
    story_window_days: int = 7
    story_span_days: int = 14  # a story's (and a copy family's) dated reports lie within this many days
    progress: bool = True
    serve: ServeSettings = field(default_factory=ServeSettings)
    ray: RaySettings = field(default_factory=RaySettings)

    def resolved_db_url(self) -> str | None:
        if self.db_url == "default":
            return default_db_url()
        return self.db_url


def settings_from_json(text: str) -> Settings:
    """Settings written by ``json.dumps(dataclasses.asdict(settings))``, read back with their nested parts."""
    import json

    data = json.loads(text)
    serve = ServeSettings(**{k: tuple(v) if isinstance(v, list) else v for k, v in data.pop("serve").items()})
    fetch = FetchSettings(**data.pop("fetch"))
    ray = RaySettings(**data.pop("ray", {}))
    return Settings(**data, fetch=fetch, serve=serve, ray=ray)
