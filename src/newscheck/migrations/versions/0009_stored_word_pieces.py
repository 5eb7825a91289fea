"""Each article's sentences' word-piece vectors kept beside its parse, so the claim-level judge reads a stored
sentence without encoding it again.

Revision ID: 0009
Revises: 0008
"""

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("article_vectors") as batch:
        batch.add_column(sa.Column("tokens", sa.LargeBinary, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("article_vectors") as batch:
        batch.drop_column("tokens")
