"""Claims' events in a table of their own, so the actor graph of a whole store is read without reading any
article's report. Existing stores get theirs from the stored reports; an event stored before modes and
polarities were told apart ("negated" was a mode) becomes an asserted event with negated polarity.

Revision ID: 0004
Revises: 0003
"""

import json

import sqlalchemy as sa
from alembic import op

from newscheck.records_json import article_report_from_dict
from newscheck.store import claim_events_table, event_rows

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "claim_events",
        sa.Column("claim_id", sa.String(64), sa.ForeignKey("claims.id"), primary_key=True),
        sa.Column("n", sa.Integer, primary_key=True),
        sa.Column("article_id", sa.String(32), sa.ForeignKey("articles.id"), nullable=False),
        sa.Column("type", sa.String(16), nullable=False),
        sa.Column("source", sa.String(200), nullable=False),
        sa.Column("target", sa.String(200)),
        sa.Column("source_kind", sa.String(8), nullable=False),
        sa.Column("target_kind", sa.String(8)),
        sa.Column("mode", sa.String(16), nullable=False),
        sa.Column("polarity", sa.String(16), nullable=False),
        sa.Column("published", sa.String(10)),
    )
    for column in ("article_id", "source", "target", "published"):
        op.create_index(f"ix_claim_events_{column}", "claim_events", [column])
    conn = op.get_bind()
    ids = [row[0] for row in conn.execute(sa.text("SELECT DISTINCT article_id FROM claims ORDER BY article_id"))]
    for at in range(0, len(ids), 200):
        query = sa.select(sa.column("report")).select_from(sa.table("articles")).where(sa.column("id").in_(ids[at : at + 200]))
        events = []
        for row in conn.execute(query):
            item = article_report_from_dict(json.loads(row[0]))
            for claim in item.claims:
                for event in claim.events:
                    if event.mode == "negated":
                        event.mode, event.polarity = "asserted", "negated"
            events += event_rows(item)
        if events:
            conn.execute(claim_events_table.insert(), events)


def downgrade() -> None:
    op.drop_table("claim_events")
