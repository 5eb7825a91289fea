"""What the workbench reads without opening any report: each article's headline verdict, signals and
source types beside it, its signals and actors in tables of their own (the inbox filters), a sort key for
paging by date, indexes on verdicts (the claims list) and on event pairs (the graph of two actors), and the
analysis jobs the server runs.

Revision ID: 0005
Revises: 0004
"""

import json

import sqlalchemy as sa
from alembic import op

from newscheck.records_json import article_report_from_dict
from newscheck.store import article_actors_table, article_signals_table, facet_rows, summary_of

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("articles") as batch:
        batch.add_column(sa.Column("published_key", sa.String(10), nullable=False, server_default=""))
        batch.add_column(sa.Column("headline_label", sa.String(16)))
        batch.add_column(sa.Column("signals", sa.Text))
        batch.add_column(sa.Column("source_types", sa.Text))
    op.create_index("ix_articles_published_key", "articles", ["published_key", "id"])
    op.create_index("ix_crosschecks_verdict", "crosschecks", ["verdict"])
    op.create_index("ix_claim_events_pair", "claim_events", ["source", "target"])
    op.create_table(
        "article_signals",
        sa.Column("article_id", sa.String(32), sa.ForeignKey("articles.id"), primary_key=True),
        sa.Column("code", sa.String(40), primary_key=True),
    )
    op.create_index("ix_article_signals_code", "article_signals", ["code"])
    op.create_table(
        "article_actors",
        sa.Column("article_id", sa.String(32), sa.ForeignKey("articles.id"), primary_key=True),
        sa.Column("actor", sa.String(200), primary_key=True),
    )
    op.create_index("ix_article_actors_actor", "article_actors", ["actor"])
    op.create_table(
        "jobs",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("done", sa.Integer, nullable=False),
        sa.Column("total", sa.Integer, nullable=False),
        sa.Column("article_ids", sa.Text, nullable=False),
        sa.Column("errors", sa.Text, nullable=False),
        sa.Column("message", sa.Text),
        sa.Column("created", sa.Float, nullable=False),
        sa.Column("updated", sa.Float, nullable=False),
    )
    conn = op.get_bind()
    ids = [row[0] for row in conn.execute(sa.text("SELECT id FROM articles ORDER BY id"))]
    articles = sa.table("articles", sa.column("id"), sa.column("report"))
    for at in range(0, len(ids), 200):
        signals, actors = [], []
        for row in conn.execute(sa.select(articles.c.id, articles.c.report).where(articles.c.id.in_(ids[at : at + 200]))):
            try:
                item = article_report_from_dict(json.loads(row.report))
            except (ValueError, TypeError, KeyError):
                continue  # a report that does not read back keeps its row as it is
            conn.execute(sa.text(
                "UPDATE articles SET published_key = :published_key, headline_label = :headline_label, "
                "signals = :signals, source_types = :source_types WHERE id = :id"
            ), {"id": row.id, **summary_of(item)})  # fmt: skip
            found_signals, found_actors = facet_rows(item)
            signals += found_signals
            actors += found_actors
        if signals:
            conn.execute(article_signals_table.insert(), signals)
        if actors:
            conn.execute(article_actors_table.insert(), actors)


def downgrade() -> None:
    op.drop_table("jobs")
    op.drop_table("article_actors")
    op.drop_table("article_signals")
    op.drop_index("ix_claim_events_pair", "claim_events")
    op.drop_index("ix_crosschecks_verdict", "crosschecks")
    op.drop_index("ix_articles_published_key", "articles")
    with op.batch_alter_table("articles") as batch:
        for column in ("source_types", "signals", "headline_label", "published_key"):
            batch.drop_column(column)
