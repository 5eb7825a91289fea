"""Store stage: reports into SQLite (default) or PostgreSQL, idempotently.

Articles are keyed by their content hash, claims by their id, cross-checks by
theirs, and every write is an upsert, so ingesting the same content twice leaves
one copy. Stories hold their current membership only: a new grouping of an
article replaces every stored story it was in. Writes are committed batch by batch: a run killed
part-way keeps every batch it committed, and a rerun completes the rest without
duplicating anything.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy import (
    Column,
    Float,
    ForeignKey,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    create_engine,
    func,
    select,
    text,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection, Engine

from newscheck.records import ArticleReport, Report
from newscheck.records_json import article_report_from_dict, article_to_dict, from_dict, to_dict

metadata = MetaData()

articles_table = Table(
    "articles",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("source", Text, nullable=False),
    Column("url", Text),
    Column("headline", Text, nullable=False),
    Column("published", String(10)),
    Column("byline", Text),
    Column("language", String(8)),
    Column("body", Text, nullable=False),
    Column("report", Text, nullable=False),  # the article's JSON report (SPEC.md layout)
)

claims_table = Table(
    "claims",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("article_id", String(32), ForeignKey("articles.id"), nullable=False, index=True),
    Column("text", Text, nullable=False),
    Column("attributed_to", Text),
    Column("source_type", String(8)),
    Column("checkworthy", Float),
    Column("start", Integer),
    Column("end", Integer),
)

stories_table = Table(
    "stories",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("title", Text),
    Column("data", Text, nullable=False),
)

story_articles_table = Table(
    "story_articles",
    metadata,
    Column("story_id", String(64), ForeignKey("stories.id"), primary_key=True),
    Column("article_id", String(32), ForeignKey("articles.id"), primary_key=True, index=True),
)

crosschecks_table = Table(
    "crosschecks",
    metadata,
    Column("claim_id", String(64), primary_key=True),
    Column("article_id", String(32), primary_key=True),
    Column("verdict", String(16)),
    Column("data", Text, nullable=False),
)


MIGRATIONS = Path(__file__).resolve().parent / "migrations"
FIRST_REVISION = "0001"  # the schema every store had before migrations were kept


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest revision (Alembic). A store made before migrations were kept has
    the first revision's tables and no version: it is stamped with that revision, then upgraded."""
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import inspect

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    with engine.begin() as conn:
        config.attributes["connection"] = conn
        tables = set(inspect(conn).get_table_names())
        if "articles" in tables and "alembic_version" not in tables:
            command.stamp(config, FIRST_REVISION)
        command.upgrade(config, "head")


def check(engine: Engine) -> list[str]:
    """Referential problems in a store, one line each: claims, story memberships and cross-checks that
    point at no stored article, story or claim. None in a sound store."""
    problems = []
    queries = {
        "claim of no stored article": "SELECT c.id FROM claims c LEFT JOIN articles a ON a.id = c.article_id WHERE a.id IS NULL",
        "story member that is no stored article": (
            "SELECT m.story_id FROM story_articles m LEFT JOIN articles a ON a.id = m.article_id WHERE a.id IS NULL"
        ),
        "story member of no stored story": (
            "SELECT m.article_id FROM story_articles m LEFT JOIN stories s ON s.id = m.story_id WHERE s.id IS NULL"
        ),
        "story with no members": "SELECT s.id FROM stories s LEFT JOIN story_articles m ON m.story_id = s.id WHERE m.story_id IS NULL",
        "cross-check of no stored article": (
            "SELECT x.claim_id FROM crosschecks x LEFT JOIN articles a ON a.id = x.article_id WHERE a.id IS NULL"
        ),
        "cross-check of no stored claim": "SELECT x.claim_id FROM crosschecks x LEFT JOIN claims c ON c.id = x.claim_id WHERE c.id IS NULL",
    }
    with engine.connect() as conn:
        for what, query in queries.items():
            problems += [f"{what}: {row[0]}" for row in conn.execute(text(query))]
    return problems


def _dumps(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _chunks(items: Sequence[Any], size: int) -> Iterable[Sequence[Any]]:
    for start in range(0, len(items), max(1, size)):
        yield items[start : start + size]


class Store:
    """A database of analysed articles behind one SQLAlchemy engine."""

    def __init__(self, url: str) -> None:
        if url.startswith("sqlite:///"):
            Path(url.removeprefix("sqlite:///")).expanduser().parent.mkdir(parents=True, exist_ok=True)
        if url.startswith("postgresql://"):
            url = "postgresql+psycopg://" + url.removeprefix("postgresql://")
        self.engine: Engine = create_engine(url, future=True)
        migrate(self.engine)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.engine.dispose()

    def _upsert(self, conn: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
        statement = dialect.insert(table).values(rows)
        keys = {c.name for c in table.primary_key.columns}
        updates = {c.name: statement.excluded[c.name] for c in table.columns if c.name not in keys}
        if not updates:  # a table of keys alone (story membership): a row already there is the row
            conn.execute(statement.on_conflict_do_nothing(index_elements=list(keys)))
            return
        conn.execute(statement.on_conflict_do_update(index_elements=list(keys), set_=updates))

    def save_articles(self, conn: Connection, reports: Sequence[ArticleReport]) -> None:
        rows, claim_rows = [], []
        for item in reports:
            a = item.article
            rows.append(
                {
                    "id": a.id,
                    "source": a.source,
                    "url": a.url,
                    "headline": a.headline,
                    "published": a.published,
                    "byline": a.byline,
                    "language": a.language,
                    "body": a.body,
                    "report": _dumps(article_to_dict(item)),
                }
            )
            claim_rows += [
                {
                    "id": c.id,
                    "article_id": a.id,
                    "text": c.text,
                    "attributed_to": c.attributed_to,
                    "source_type": c.source_type,
                    "checkworthy": c.checkworthy,
                    "start": c.start,
                    "end": c.end,
                }
                for c in item.claims
            ]
        self._upsert(conn, articles_table, rows)
        self._upsert(conn, claims_table, claim_rows)

    def save_report(
        self,
        report: Report,
        batch_size: int = 64,
        on_progress: Callable[[str, int, int | None], None] | None = None,
    ) -> None:
        """Upsert every article, claim, story and cross-check; one transaction per batch."""
        done = 0
        for batch in _chunks(report.articles, batch_size):
            with self.engine.begin() as conn:
                self.save_articles(conn, batch)
            done += len(batch)
            if on_progress:
                on_progress("storing", done, len(report.articles))
        as_dict = to_dict(report)
        with self.engine.begin() as conn:
            self._replace_stories(conn, as_dict["stories"])
            self._upsert(
                conn,
                crosschecks_table,
                [
                    {"claim_id": c["claim_id"], "article_id": c["article_id"], "verdict": c["verdict"], "data": _dumps(c)}
                    for c in as_dict["crosschecks"]
                ],
            )

    def _replace_stories(self, conn: Connection, stories: list[dict[str, Any]]) -> None:
        """The stories' current membership replaces every stored story that shares an article with them: a
        regrouping leaves no earlier grouping behind. A story with the same members keeps its id."""
        members = [a for s in stories for a in s["article_ids"]]
        stale: set[str] = set()
        for chunk in _chunks(members, 500):
            query = select(story_articles_table.c.story_id).where(story_articles_table.c.article_id.in_(list(chunk)))
            stale.update(row[0] for row in conn.execute(query))
        for chunk in _chunks(sorted(stale), 500):
            conn.execute(story_articles_table.delete().where(story_articles_table.c.story_id.in_(list(chunk))))
            conn.execute(stories_table.delete().where(stories_table.c.id.in_(list(chunk))))
        self._upsert(conn, stories_table, [{"id": s["id"], "title": s["title"], "data": _dumps(s)} for s in stories])
        self._upsert(
            conn, story_articles_table, [{"story_id": s["id"], "article_id": a} for s in stories for a in s["article_ids"]]
        )

    def count_articles(self) -> int:
        with self.engine.connect() as conn:
            return conn.execute(select(func.count()).select_from(articles_table)).scalar_one()

    def list_articles(self, limit: int = 100, offset: int = 0) -> list[dict[str, Any]]:
        columns = [articles_table.c[name] for name in ("id", "source", "headline", "published", "byline", "language")]
        query = select(*columns).order_by(articles_table.c.published.desc(), articles_table.c.id).limit(limit).offset(offset)
        with self.engine.connect() as conn:
            return [dict(row._mapping) for row in conn.execute(query)]

    def article_report(self, article_id: str) -> ArticleReport | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(articles_table.c.report).where(articles_table.c.id == article_id)).first()
        return article_report_from_dict(json.loads(row[0])) if row else None

    def load_report(self, article_ids: Sequence[str] | None = None) -> Report:
        """Rebuild a Report of stored articles (all, or the given ids) with their stories and cross-checks."""
        query = select(articles_table.c.report)
        if article_ids is not None:
            query = query.where(articles_table.c.id.in_(list(article_ids)))
        with self.engine.connect() as conn:
            articles = [json.loads(r[0]) for r in conn.execute(query)]
            ids = {a["id"] for a in articles}
            stories = [json.loads(r[0]) for r in conn.execute(select(stories_table.c.data))]
            checks = [json.loads(r[0]) for r in conn.execute(select(crosschecks_table.c.data))]
        stories = [s for s in stories if ids.intersection(s["article_ids"])]
        checks = [c for c in checks if c["article_id"] in ids]
        return from_dict({"articles": articles, "stories": stories, "crosschecks": checks})
