"""The first schema: articles, their claims, stories and cross-checks.

Revision ID: 0001
Revises:
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "articles",
        sa.Column("id", sa.String(32), primary_key=True),
        sa.Column("source", sa.Text, nullable=False),
        sa.Column("url", sa.Text),
        sa.Column("headline", sa.Text, nullable=False),
        sa.Column("published", sa.String(10)),
        sa.Column("byline", sa.Text),
        sa.Column("language", sa.String(8)),
        sa.Column("body", sa.Text, nullable=False),
        sa.Column("report", sa.Text, nullable=False),
    )
    op.create_table(
        "claims",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("article_id", sa.String(32), sa.ForeignKey("articles.id"), nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("attributed_to", sa.Text),
        sa.Column("source_type", sa.String(8)),
        sa.Column("checkworthy", sa.Float),
        sa.Column("start", sa.Integer),
        sa.Column("end", sa.Integer),
    )
    op.create_index("ix_claims_article_id", "claims", ["article_id"])
    op.create_table(
        "stories",
        sa.Column("id", sa.String(64), primary_key=True),
        sa.Column("title", sa.Text),
        sa.Column("data", sa.Text, nullable=False),
    )
    op.create_table(
        "crosschecks",
        sa.Column("claim_id", sa.String(64), primary_key=True),
        sa.Column("article_id", sa.String(32), primary_key=True),
        sa.Column("verdict", sa.String(16)),
        sa.Column("data", sa.Text, nullable=False),
    )


def downgrade() -> None:
    for table in ("crosschecks", "stories", "claims", "articles"):
        op.drop_table(table)
