"""Shared fixtures: the canonical seeds live in ../shared beside the checkout."""

from __future__ import annotations

import hashlib
import os
import textwrap
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
SEEDS = SHARED / "seeds"
EXAMPLES = REPO / "examples"


def children_of(pid: int) -> set[int]:
    """The processes whose parent is `pid` (read from /proc)."""
    found = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.add(int(stat.parent.name))
    return found


def alive(pid: int) -> bool:
    """Whether a process runs (a zombie waiting for its parent to read it does not)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


def fingerprint(text: str) -> str:
    """A short digest of a text with its spacing normalised. The seeds' text is never copied into the
    repository: tests pin what the pipeline reads from them (a headline, a teaser, how a body begins) by this."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()[:12]


def _seed_path(prefix: str) -> Path:
    matches = sorted(SEEDS.glob(f"{prefix}_*.txt"))
    if not matches:
        pytest.fail(f"seed {prefix} not found under {SEEDS}: put ../shared beside the checkout")
    return matches[0]


@pytest.fixture(scope="session")
def seed_000() -> Path:
    """The 'military alliance' page: headline beyond what its quoted spokesperson said."""
    return _seed_path("000")


@pytest.fixture(scope="session")
def seed_001() -> Path:
    """The teaser-rail page: unnamed officials and an unclosed quote."""
    return _seed_path("001")


HTML_EXAMPLES = EXAMPLES / "html"

# A residents' list message forwarding a paper's story, its paragraphs hard-wrapped at 70 columns as e-mail is
# (one string per line, "" between paragraphs), with the covering note above and the list's footer below.
_STORY = [
    "Ferry fares on the Holm crossing will rise by 9 percent from April, the island council said on Monday, "
    "the second increase in a year, after fuel and crew costs went up faster than it had budgeted for.",
    "A return ticket for a car and driver will cost 48 pounds, up from 44, while foot passengers will pay "
    "6.50 pounds. Islanders with a resident's card will pay the old fares until the end of June.",
    '"Nobody on this island wanted to see another rise," said council leader Morwen Treleaven, who added '
    "that the crossing had lost 1.2 million pounds last year and that the council could not cover the gap "
    "from its own reserves for a third year.",
    "The Holm Ferry Users' Group said it would ask the council to publish the crossing's accounts before "
    "the new fares take effect.",
]
FORWARDED_STORY_EMAIL = [
    "Hi everyone,",
    "",
    "Saw this in the Holm Herald this morning. Copied below for anyone",
    "without a subscription.",
    "",
    "Tamsin",
    "",
    "---------- Forwarded message ---------",
    "From: The Holm Herald <alerts@holmherald.example>",
    "Subject: Ferry fares to rise 9 percent from April",
    "",
    "Ferry fares to rise 9 percent from April",
    "By Jory Pascoe",
    "",
    *[line for paragraph in _STORY for line in (*textwrap.wrap(paragraph, 70), "")],
    "--",
    "Tamsin Rowe",
    "_______________________________________________",
    "Holm Islanders mailing list -- islanders@lists.holm.example",
    "To unsubscribe send an email to islanders-leave@lists.holm.example",
]


class LocalSite:
    """A real HTTP server on 127.0.0.1 serving fixed pages, redirects and failures."""

    def __init__(self) -> None:
        import http.server
        import threading

        self.pages: dict[str, tuple[int, str, bytes, dict[str, str]]] = {}
        site = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 (http.server's name)
                status, ctype, body, headers = site.pages.get(self.path, (404, "text/plain", b"not found", {}))
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                for key, value in headers.items():
                    self.send_header(key, value)
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                return None

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()
        self.base = f"http://127.0.0.1:{self.server.server_address[1]}"

    def add(
        self, path: str, body: bytes | str, ctype: str = "text/html; charset=utf-8", status: int = 200, **headers: str
    ) -> str:
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.pages[path] = (status, ctype, data, headers)
        return self.base + path

    def redirect(self, path: str, to: str) -> str:
        return self.add(path, b"", status=302, Location=to)

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture()
def local_site():
    site = LocalSite()
    yield site
    site.close()


PG_URL = os.environ.get("NEWSCHECK_TEST_PG_URL")


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'store.db'}"
        return
    if not PG_URL:
        if os.environ.get("CI"):
            pytest.fail("NEWSCHECK_TEST_PG_URL is not set: .ci/run must start PostgreSQL")
        pytest.skip("no PostgreSQL server (set NEWSCHECK_TEST_PG_URL; .ci/run does)")
    from sqlalchemy import text

    from newscheck.store import Store, metadata

    with Store(PG_URL) as store:
        metadata.drop_all(store.engine)
        with store.engine.begin() as conn:
            conn.execute(text("DROP TABLE IF EXISTS alembic_version"))
    yield PG_URL
