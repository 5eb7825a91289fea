"""Each article's parse kept beside its sentence vectors, so verification reads a stored article's sentences
without parsing them again.

Revision ID: 0008
Revises: 0007
"""

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("article_vectors") as batch:
        batch.add_column(sa.Column("parse", sa.LargeBinary, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("article_vectors") as batch:
        batch.drop_column("parse")
