"""Store stage: reports into SQLite (default) or PostgreSQL, idempotently.

Articles are keyed by their content hash, claims by their id, cross-checks by
theirs, and every write is an upsert, so ingesting the same content twice leaves
one copy. Stories hold their current membership only: a new grouping of an
article replaces every stored story it was in. Writes are committed batch by batch: a run killed
part-way keeps every batch it committed, and a rerun completes the rest without
duplicating anything.
"""

from __future__ import annotations

import dataclasses
import json
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import numpy as np
from sqlalchemy import (
    Column,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    create_engine,
    event,
    func,
    select,
    text,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection, Engine

from newscheck.actors import actor_kind
from newscheck.records import (
    Annotation,
    ArticleReport,
    ArticleSummary,
    ClaimSummary,
    Crosscheck,
    EventMention,
    InputError,
    Job,
    Page,
    Report,
    Sentence,
    Story,
    StorySummary,
    day_number,
)
from newscheck.records_json import article_report_from_dict, article_to_dict, build, field_hints
from newscheck.vectors import assemble, from_bytes, sentences_of, stored_tokens, to_bytes

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
    # What the workbench lists without opening the report:
    Column("published_key", String(10), nullable=False, server_default=""),  # published, "" when unknown: the paging order
    Column("headline_label", String(16)),
    Column("signals", Text),  # JSON [[code, severity], ...]
    Column("source_types", Text),  # the source types of its claims, space-separated
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
    Column("field", String(8), nullable=False, server_default="body"),  # what start and end are offsets into
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
    Column("article_id", String(32), primary_key=True, index=True),
    Column("verdict", String(16)),
    Column("data", Text, nullable=False),
)

article_vectors_table = Table(
    "article_vectors",
    metadata,
    Column("article_id", String(32), ForeignKey("articles.id"), primary_key=True),
    Column("day", Integer),
    Column("spans", Text, nullable=False),  # the sentences the vectors are of: [[start, end, paragraph], ...]
    Column("sentences", LargeBinary, nullable=False),
    Column("lead", LargeBinary, nullable=False),
    Column("opening", LargeBinary, nullable=False),
    Column("parse", LargeBinary),  # newscheck.nlp.parse_bytes of the body, where the run had its parse
    Column("tokens", LargeBinary),  # newscheck.vectors.tokens_to_bytes of its sentences' word pieces, where made
)

article_keys_table = Table(
    "article_keys",
    metadata,
    Column("key", String(200), primary_key=True),
    Column("article_id", String(32), ForeignKey("articles.id"), primary_key=True, index=True),
    Column("day", Integer),
)

claim_events_table = Table(
    "claim_events",
    metadata,
    Column("claim_id", String(64), ForeignKey("claims.id"), primary_key=True),
    Column("n", Integer, primary_key=True),  # the event's place among its claim's events
    Column("article_id", String(32), ForeignKey("articles.id"), nullable=False, index=True),
    Column("type", String(16), nullable=False),
    Column("source", String(200), nullable=False, index=True),
    Column("target", String(200), index=True),
    Column("source_kind", String(8), nullable=False),
    Column("target_kind", String(8)),
    Column("mode", String(16), nullable=False),
    Column("polarity", String(16), nullable=False),
    Column("published", String(10), index=True),
)

article_signals_table = Table(
    "article_signals",
    metadata,
    Column("article_id", String(32), ForeignKey("articles.id"), primary_key=True),
    Column("code", String(40), primary_key=True, index=True),
)

article_actors_table = Table(
    "article_actors",
    metadata,
    Column("article_id", String(32), ForeignKey("articles.id"), primary_key=True),
    Column("actor", String(200), primary_key=True, index=True),
)

jobs_table = Table(
    "jobs",
    metadata,
    Column("id", String(32), primary_key=True),
    Column("status", String(16), nullable=False),  # queued, running, done, failed, interrupted
    Column("done", Integer, nullable=False),
    Column("total", Integer, nullable=False),
    Column("article_ids", Text, nullable=False),  # JSON list
    Column("errors", Text, nullable=False),  # JSON list of {"source", "reason"}
    Column("message", Text),
    Column("created", Float, nullable=False),
    Column("updated", Float, nullable=False),
)
input_errors_table = Table(
    "input_errors",
    metadata,
    Column("source", String(1000), primary_key=True),  # the input as named in the error line
    Column("reason", Text, nullable=False),
    Column("seen", Float, nullable=False),  # when a run last met it (a rerun meets it again)
)
Index("ix_articles_published_key", articles_table.c.published_key, articles_table.c.id)
Index("ix_crosschecks_verdict", crosschecks_table.c.verdict)
Index("ix_claim_events_pair", claim_events_table.c.source, claim_events_table.c.target)

MAX_BOUND_VALUES = 30_000  # SQLite allows 32,766 bound values in one statement, PostgreSQL 65,535
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


def summary_of(item: ArticleReport) -> dict[str, Any]:
    """The article row's summary columns: its paging key, headline verdict, signals and claims' source types."""
    return {
        "published_key": item.article.published or "",
        "headline_label": item.headline_support.label if item.headline_support else None,
        "signals": _dumps([[s.code, s.severity] for s in item.signals]),
        "source_types": " ".join(sorted({c.source_type for c in item.claims})),
    }


def facet_rows(item: ArticleReport) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The article's rows in article_signals and article_actors: what the inbox filters by."""
    article_id = item.article.id
    signals = [{"article_id": article_id, "code": code} for code in sorted({s.code for s in item.signals})]
    keys: set[str] = set()
    for actor in item.annotation.actors if item.annotation else []:
        keys.add(actor.key[:200])
        if actor.country:
            keys.add(actor.country)
    return signals, [{"article_id": article_id, "actor": key} for key in sorted(keys)]


def event_rows(item: ArticleReport) -> list[dict[str, Any]]:
    """The claim_events rows of one article: every event with a source actor, with the actors' kinds."""
    kinds = {a.key: a.kind for a in item.annotation.actors} if item.annotation else {}
    return [
        {
            "claim_id": claim.id,
            "n": n,
            "article_id": item.article.id,
            "type": event.type,
            "source": event.source[:200],
            "target": event.target[:200] if event.target else None,
            "source_kind": actor_kind(event.source, kinds),
            "target_kind": actor_kind(event.target, kinds) if event.target else None,
            "mode": event.mode,
            "polarity": event.polarity,
            "published": item.article.published,
        }
        for claim in item.claims
        for n, event in enumerate(claim.events)
        if event.source
    ]


def _sqlite_pragmas(connection: Any, _record: Any) -> None:
    cursor = connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


def _cursor(cursor: str) -> tuple[str, str]:
    """A page cursor "key|id" (or "||id") split into its sort key and last id; anything else is refused as the
    bad input it is."""
    key, bar, last_id = cursor.rpartition("|")
    if not bar or not last_id or len(cursor) > 300:
        raise ValueError(f"cursor {cursor[:40]!r}: not a cursor this list gave")
    return key, last_id


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
        if url == "sqlite://":  # in memory: one connection for the whole store, or each would see a new database
            from sqlalchemy.pool import StaticPool

            self.engine: Engine = create_engine(url, poolclass=StaticPool, connect_args={"check_same_thread": False})
        else:
            self.engine = create_engine(url, future=True)
        if url.startswith("sqlite:///"):  # readers (the server) alongside a writer (a job) without waiting on it
            event.listen(self.engine, "connect", _sqlite_pragmas)
        migrate(self.engine)

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.engine.dispose()

    def _upsert(self, conn: Connection, table: Table, rows: list[dict[str, Any]]) -> None:
        if not rows:
            return
        dialect = postgresql if conn.dialect.name == "postgresql" else sqlite
        keys = {c.name for c in table.primary_key.columns}
        for chunk in _chunks(rows, MAX_BOUND_VALUES // len(table.columns)):  # bound values per statement
            statement = dialect.insert(table).values(list(chunk))
            updates = {c.name: statement.excluded[c.name] for c in table.columns if c.name not in keys}
            if not updates:  # a table of keys alone (story membership): a row already there is the row
                conn.execute(statement.on_conflict_do_nothing(index_elements=list(keys)))
            else:
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
                    **summary_of(item),
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
                    "field": c.field,
                }
                for c in item.checkable_claims()
            ]
        self._upsert(conn, articles_table, rows)
        self._upsert(conn, claims_table, claim_rows)
        ids = [r["id"] for r in rows]
        derived = (claim_events_table, article_signals_table, article_actors_table)
        for chunk in _chunks(ids, 500):
            for table in derived:
                conn.execute(table.delete().where(table.c.article_id.in_(list(chunk))))
        facets = [facet_rows(item) for item in reports]
        self._upsert(conn, claim_events_table, [e for item in reports for e in event_rows(item)])
        self._upsert(conn, article_signals_table, [row for signals, _ in facets for row in signals])
        self._upsert(conn, article_actors_table, [row for _, actors in facets for row in actors])

    def save_report(
        self,
        report: Report,
        batch_size: int = 64,
        on_progress: Callable[[str, int, int | None], None] | None = None,
    ) -> None:
        """Upsert an analysed report's articles, claims, stories and cross-checks; one transaction per batch
        of articles. Their vectors are made when a later run first reads them."""
        done = 0
        for batch in _chunks(report.articles, batch_size):
            with self.engine.begin() as conn:
                self.save_articles(conn, batch)
            done += len(batch)
            if on_progress:
                on_progress("storing", done, len(report.articles))
        self.save_batch([], stories=report.stories, crosschecks=report.crosschecks)

    def stored_ids(self, ids: Sequence[str]) -> set[str]:
        """Which of these articles the store already holds."""
        found: set[str] = set()
        with self.engine.connect() as conn:
            for chunk in _chunks(list(ids), 500):
                found.update(r[0] for r in conn.execute(select(articles_table.c.id).where(articles_table.c.id.in_(list(chunk)))))
        return found

    def save_batch(
        self,
        fresh: Sequence[ArticleReport],
        keys: Mapping[str, set[str]] | None = None,
        updated: Sequence[ArticleReport] = (),
        stories: Sequence[Story] = (),
        crosschecks: Sequence[Crosscheck] = (),
    ) -> None:
        """One batch in one transaction: its new articles with their claims, sentence vectors (those that
        have them on ``annotation.vectors``) and blocking ``keys`` (by article id), the stored articles its
        verification changed, its stories and its cross-checks. A run killed part-way keeps every batch it
        committed and none of the batch in flight."""
        with self.engine.begin() as conn:
            self.save_articles(conn, list({r.article.id: r for r in [*updated, *fresh]}.values()))
            vector_rows, key_rows = [], []
            for report in fresh:
                vector = report.annotation.vectors if report.annotation is not None else None
                if vector is None:
                    continue
                day = day_number(report.article.published)
                spans = [[x.start, x.end, x.paragraph] for x in sentences_of(report)]
                vector_rows.append(
                    {
                        "article_id": report.article.id,
                        "day": day,
                        "spans": _dumps(spans),
                        "sentences": to_bytes(vector.sentences),
                        "lead": to_bytes(vector.lead),
                        "opening": to_bytes(vector.opening),
                        "parse": _stored_parse(report),
                        "tokens": stored_tokens(report.annotation),
                    }
                )
                article_keys = sorted((keys or {}).get(report.article.id, ()))
                key_rows += [{"key": key[:200], "article_id": report.article.id, "day": day} for key in article_keys]
            self._upsert(conn, article_vectors_table, vector_rows)
            self._upsert(conn, article_keys_table, key_rows)
            if stories:
                self._replace_stories(conn, [dataclasses.asdict(x) for x in stories])
            rows = [
                {"claim_id": c.claim_id, "article_id": c.article_id, "verdict": c.verdict, "data": _dumps(dataclasses.asdict(c))}
                for c in crosschecks
            ]
            self._upsert(conn, crosschecks_table, rows)

    def save_errors(self, errors: Sequence[InputError]) -> None:
        """Inputs a run could not read, each with its reason; a rerun that meets one again updates it."""
        rows = {e.source[:1000]: {"source": e.source[:1000], "reason": e.reason, "seen": time.time()} for e in errors}
        if not rows:
            return  # no transaction for a batch that met none
        with self.engine.begin() as conn:
            self._upsert(conn, input_errors_table, list(rows.values()))

    def input_errors(self) -> list[InputError]:
        """The inputs runs into this store could not read, in source order."""
        with self.engine.connect() as conn:
            query = select(input_errors_table.c.source, input_errors_table.c.reason).order_by(input_errors_table.c.source)
            return [InputError(row.source, row.reason) for row in conn.execute(query)]

    def openings(self, chunk: int = 4096) -> Iterator[tuple[list[str], list[int | None], np.ndarray]]:
        """Every stored article's opening vector with its id and day, a chunk at a time."""
        query = select(article_vectors_table.c.article_id, article_vectors_table.c.day, article_vectors_table.c.opening)
        with self.engine.connect() as conn:
            result = conn.execution_options(stream_results=True).execute(query.order_by(article_vectors_table.c.article_id))
            while rows := result.fetchmany(chunk):
                yield [r[0] for r in rows], [r[1] for r in rows], from_bytes(b"".join(r[2] for r in rows))

    def articles_with_key(self, key: str, day: int | None, limit: int) -> list[tuple[str, int | None]]:
        """The ``limit`` stored articles (id, day) with this blocking key nearest in time to ``day``."""
        table = article_keys_table
        query = select(table.c.article_id, table.c.day).where(table.c.key == key[:200])
        if day is not None:
            query = query.order_by(func.abs(func.coalesce(table.c.day, day) - day), table.c.article_id)
        with self.engine.connect() as conn:
            return [(r[0], r[1]) for r in conn.execute(query.limit(limit))]

    def story_members(self, ids: Sequence[str]) -> set[str]:
        """Every member of the stored stories these articles are in."""
        members = set(ids)
        links = story_articles_table
        with self.engine.connect() as conn:
            for chunk in _chunks(list(ids), 500):
                stories = select(links.c.story_id).where(links.c.article_id.in_(list(chunk)))
                members.update(r[0] for r in conn.execute(select(links.c.article_id).where(links.c.story_id.in_(stories))))
        return members

    def load_articles(self, ids: Sequence[str], vectors: bool = True) -> list[ArticleReport]:
        """Stored articles; with ``vectors``, their sentence vectors on ``annotation.vectors`` and the
        sentences they are of, where vectors are stored (verification reads them, reports do not)."""
        reports = []
        with self.engine.connect() as conn:
            for chunk in _chunks(sorted(set(ids)), 200):
                if vectors:
                    query = select(articles_table.c.report, article_vectors_table).select_from(
                        articles_table.outerjoin(article_vectors_table)
                    )
                else:
                    query = select(articles_table.c.report)
                for row in conn.execute(query.where(articles_table.c.id.in_(list(chunk)))):
                    report = article_report_from_dict(json.loads(row.report))
                    reports.append(report)
                    if not vectors or row.spans is None:
                        continue
                    body = report.article.body
                    sentences = [Sentence(body[a:b], a, b, p) for a, b, p in json.loads(row.spans)]
                    if report.annotation is None:
                        report.annotation = Annotation(article_id=report.article.id)
                    report.annotation.sentences = sentences
                    report.annotation.vectors = assemble(from_bytes(row.sentences), from_bytes(row.lead)[0])
                    report.annotation.stored_parse = bytes(row.parse) if row.parse is not None else None  # a driver's memoryview
                    report.annotation.stored_tokens = bytes(row.tokens) if row.tokens is not None else None
        return sorted(reports, key=lambda r: r.article.id)  # in id order whatever the database returns

    def crosschecks_of(self, article_ids: Sequence[str]) -> list[Crosscheck]:
        hints = field_hints(Report)
        found = []
        with self.engine.connect() as conn:
            for chunk in _chunks(list(article_ids), 500):
                query = select(crosschecks_table.c.data).where(crosschecks_table.c.article_id.in_(list(chunk)))
                found += [json.loads(r[0]) for r in conn.execute(query)]
        position = {a: n for n, a in enumerate(article_ids)}
        found.sort(key=lambda c: (position[c["article_id"]], c["claim_id"]))  # the same on every database
        return build(hints["crosschecks"], found)

    def copy_families(self, article_ids: Sequence[str]) -> list[list[str]]:
        """The copy families of the stored stories these articles are in (lists of article ids)."""
        links = story_articles_table
        found: dict[str, list[list[str]]] = {}
        with self.engine.connect() as conn:
            for chunk in _chunks(list(article_ids), 500):
                ids = select(links.c.story_id).where(links.c.article_id.in_(list(chunk)))
                query = select(stories_table.c.id, stories_table.c.data).where(stories_table.c.id.in_(ids))
                found.update((row.id, json.loads(row.data)["families"]) for row in conn.execute(query))
        return [family for families in found.values() for family in families]

    def stories_of(self, article_ids: Sequence[str]) -> list[Story]:
        hints = field_hints(Report)
        links = story_articles_table
        found: dict[str, dict] = {}
        with self.engine.connect() as conn:
            for chunk in _chunks(list(article_ids), 500):
                ids = select(links.c.story_id).where(links.c.article_id.in_(list(chunk)))
                found.update(
                    (r[0], json.loads(r[1]))
                    for r in conn.execute(select(stories_table.c.id, stories_table.c.data).where(stories_table.c.id.in_(ids)))
                )
        position = {a: n for n, a in enumerate(article_ids)}
        first = {k: min(position.get(a, len(position)) for a in s["article_ids"]) for k, s in found.items()}
        return build(hints["stories"], [found[k] for k in sorted(found, key=lambda k: (first[k], k))])

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

    def event_mentions(
        self, actor: str | None = None, pair: tuple[str, str] | None = None, since: str | None = None
    ) -> list[EventMention]:
        """Stored events with their claims' sentences and verdicts: those with ``actor`` on either side,
        between the two of ``pair`` (either way), reported on or after ``since``. Each mention's family is its
        own article here; the graph stage puts copies into their families."""
        events, claims, checks = claim_events_table.c, claims_table.c, crosschecks_table.c
        query = (
            select(
                events.claim_id,
                events.article_id,
                events.type,
                events.source,
                events.target,
                events.mode,
                events.polarity,
                claims.text.label("sentence"),
                claims.start,
                claims.end,
                claims.source_type,
                claims.attributed_to,
                events.published,
                func.coalesce(checks.verdict, "unverified").label("verdict"),
                events.source_kind,
                events.target_kind,
            )
            .select_from(
                claim_events_table.join(claims_table, claims.id == events.claim_id).outerjoin(
                    crosschecks_table, (checks.claim_id == events.claim_id) & (checks.article_id == events.article_id)
                )
            )
            .order_by(events.published, events.article_id, claims.start, events.n)
        )
        if actor is not None:
            query = query.where((events.source == actor) | (events.target == actor))
        if pair is not None:
            a, b = pair
            query = query.where(((events.source == a) & (events.target == b)) | ((events.source == b) & (events.target == a)))
        if since is not None:
            query = query.where(events.published >= since)
        with self.engine.connect() as conn:
            return [EventMention(**row._mapping, family=row.article_id) for row in conn.execute(query)]

    def article_page(
        self,
        limit: int = 50,
        cursor: str | None = None,
        signal: str | None = None,
        source_type: str | None = None,
        actor: str | None = None,
        since: str | None = None,
        until: str | None = None,
        q: str | None = None,
    ) -> Page:
        """Stored articles newest first (undated last), a page at a time, filtered by a signal, a claim source
        type, an actor, a date range and words of the headline; every filter but the words reads an index.
        ``cursor`` is the ``next`` of the page before."""
        a = articles_table.c
        query = select(
            a.id, a.source, a.headline, a.published, a.byline, a.headline_label, a.signals, a.source_types, a.published_key
        )
        if cursor:
            key, last_id = _cursor(cursor)
            query = query.where((a.published_key < key) | ((a.published_key == key) & (a.id < last_id)))
        facets = (
            (article_signals_table, "code", signal),
            (article_actors_table, "actor", actor),
            (claims_table, "source_type", source_type),
        )
        for table, column, value in facets:  # each an indexed lookup per candidate article
            if value:
                query = query.where(
                    select(table.c.article_id).where((table.c.article_id == a.id) & (table.c[column] == value)).exists()
                )
        if since:
            query = query.where(a.published_key >= since)
        if until:
            query = query.where((a.published_key <= until) & (a.published_key != ""))
        if q:
            words = q.strip().lower()
            query = query.where(func.lower(a.headline).contains(words, autoescape=True))
        query = query.order_by(a.published_key.desc(), a.id.desc()).limit(limit + 1)
        with self.engine.connect() as conn:
            rows = list(conn.execute(query))
            verdicts = self._verdict_counts(conn, [r.id for r in rows[:limit]])
        items = [
            ArticleSummary(
                id=r.id,
                source=r.source,
                headline=r.headline,
                published=r.published,
                byline=r.byline,
                headline_label=r.headline_label,
                signals=[tuple(x) for x in json.loads(r.signals or "[]")],
                source_types=(r.source_types or "").split(),
                verdicts=verdicts.get(r.id, {}),
            )
            for r in rows[:limit]
        ]
        last = rows[limit - 1] if len(rows) > limit else None
        return Page(items, f"{last.published_key}|{last.id}" if last is not None else None)

    def _verdict_counts(self, conn: Connection, ids: Sequence[str]) -> dict[str, dict[str, int]]:
        counts: dict[str, dict[str, int]] = {}
        if ids:
            x = crosschecks_table.c
            query = (
                select(x.article_id, x.verdict, func.count()).where(x.article_id.in_(list(ids))).group_by(x.article_id, x.verdict)
            )
            for article_id, verdict, count in conn.execute(query):
                counts.setdefault(article_id, {})[verdict] = count
        return counts

    def claim_page(
        self, limit: int = 50, cursor: str | None = None, verdict: str | None = None, article_id: str | None = None
    ) -> Page:
        """Cross-checked claims with their article and verdict, a page at a time (by claim id)."""
        x, c, a = crosschecks_table.c, claims_table.c, articles_table.c
        query = select(x.claim_id, x.article_id, a.headline, a.published, c.text, c.start, c.end, c.field, c.source_type,
                       c.attributed_to, x.verdict, x.data).select_from(
            crosschecks_table.join(claims_table, c.id == x.claim_id).join(articles_table, a.id == x.article_id)
        )  # fmt: skip
        if verdict:
            query = query.where(x.verdict == verdict)
        if article_id:
            query = query.where(x.article_id == article_id)
        if cursor:
            query = query.where(x.claim_id > _cursor(cursor)[1])
        with self.engine.connect() as conn:
            rows = list(conn.execute(query.order_by(x.claim_id).limit(limit + 1)))
        items = [
            ClaimSummary(
                claim_id=r.claim_id,
                article_id=r.article_id,
                headline=r.headline,
                published=r.published,
                text=r.text,
                start=r.start,
                end=r.end,
                field=r.field,
                source_type=r.source_type,
                attributed_to=r.attributed_to,
                verdict=r.verdict,
                independent_sources=json.loads(r.data).get("independent_sources", 0),
            )
            for r in rows[:limit]
        ]
        return Page(items, f"||{rows[limit - 1].claim_id}" if len(rows) > limit else None)

    def story_page(self, limit: int = 50, cursor: str | None = None) -> Page:
        """Stored stories, a page at a time (by id), each with its size."""
        query = select(stories_table.c.id, stories_table.c.data)
        if cursor:
            query = query.where(stories_table.c.id > _cursor(cursor)[1])
        with self.engine.connect() as conn:
            rows = list(conn.execute(query.order_by(stories_table.c.id).limit(limit + 1)))
        items = []
        for row in rows[:limit]:
            data = json.loads(row.data)
            items.append(
                StorySummary(row.id, data["title"], len(data["article_ids"]), len(data["families"]) or 1, data.get("actors", []))
            )
        return Page(items, f"||{rows[limit - 1].id}" if len(rows) > limit else None)

    def story(self, story_id: str) -> Story | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(stories_table.c.data).where(stories_table.c.id == story_id)).first()
        return build(field_hints(Report)["stories"], [json.loads(row[0])])[0] if row else None

    def headlines(self, ids: Sequence[str]) -> dict[str, str]:
        """The headlines of these stored articles, for naming evidence from other outlets."""
        found: dict[str, str] = {}
        with self.engine.connect() as conn:
            for chunk in _chunks(sorted(set(ids)), 500):
                query = select(articles_table.c.id, articles_table.c.headline).where(articles_table.c.id.in_(list(chunk)))
                found.update((r[0], r[1]) for r in conn.execute(query))
        return found

    def save_job(self, job: Job) -> None:
        row = {
            "id": job.id,
            "status": job.status,
            "done": job.done,
            "total": job.total,
            "article_ids": _dumps(job.article_ids),
            "errors": _dumps([dataclasses.asdict(e) for e in job.errors]),
            "message": job.message,
            "created": job.created,
            "updated": job.updated,
        }
        with self.engine.begin() as conn:
            self._upsert(conn, jobs_table, [row])

    def job(self, job_id: str) -> Job | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(jobs_table).where(jobs_table.c.id == job_id)).first()
        if row is None:
            return None
        errors = [InputError(**e) for e in json.loads(row.errors)]
        return Job(
            row.id, row.status, row.done, row.total, json.loads(row.article_ids), errors, row.message, row.created, row.updated
        )

    def interrupt_unfinished_jobs(self) -> int:
        """Jobs a stopped server left queued or running: marked interrupted (what they stored is kept)."""
        with self.engine.begin() as conn:
            result = conn.execute(
                jobs_table.update()
                .where(jobs_table.c.status.in_(["queued", "running"]))
                .values(status="interrupted", message="the server stopped before this job finished; submit it again")
            )
        return result.rowcount

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
        if article_ids is None:
            with self.engine.connect() as conn:
                article_ids = [r[0] for r in conn.execute(select(articles_table.c.id).order_by(articles_table.c.id))]
        reports = self.load_articles(article_ids, vectors=False)  # the stored vectors serve verification, not reports
        order = {a: n for n, a in enumerate(article_ids)}
        reports.sort(key=lambda r: order[r.article.id])
        return Report(articles=reports, stories=self.stories_of(article_ids), crosschecks=self.crosschecks_of(article_ids))


def _stored_parse(report: ArticleReport) -> bytes | None:
    """The article's parse as stored (`nlp.stored_parse`); spaCy is imported only where there is a parse."""
    annotation = report.annotation
    if annotation is None or (annotation.doc is None and annotation.stored_parse is None):
        return None
    from newscheck.nlp import stored_parse

    return stored_parse(annotation, report.article.body)
