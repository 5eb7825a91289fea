"""The corpus index: every stored article's sentence vectors and blocking keys, so a new article is checked
against everything stored without encoding or reading the stored ones in full.

Revision ID: 0003
Revises: 0002
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "article_vectors",
        sa.Column("article_id", sa.String(32), sa.ForeignKey("articles.id"), primary_key=True),
        sa.Column("day", sa.Integer),
        sa.Column("spans", sa.Text, nullable=False),
        sa.Column("sentences", sa.LargeBinary, nullable=False),
        sa.Column("lead", sa.LargeBinary, nullable=False),
        sa.Column("opening", sa.LargeBinary, nullable=False),
    )
    op.create_table(
        "article_keys",
        sa.Column("key", sa.String(200), primary_key=True),
        sa.Column("article_id", sa.String(32), sa.ForeignKey("articles.id"), primary_key=True),
        sa.Column("day", sa.Integer),
    )
    op.create_index("ix_article_keys_article_id", "article_keys", ["article_id"])
    op.create_index("ix_crosschecks_article_id", "crosschecks", ["article_id"], if_not_exists=True)


def downgrade() -> None:
    op.drop_index("ix_crosschecks_article_id", "crosschecks")
    op.drop_table("article_keys")
    op.drop_table("article_vectors")
