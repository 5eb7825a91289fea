"""The inputs runs could not read, each with its reason, kept in the store beside what was read.

Revision ID: 0006
Revises: 0005
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "input_errors",
        sa.Column("source", sa.String(1000), primary_key=True),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("seen", sa.Float, nullable=False),
    )


def downgrade() -> None:
    op.drop_table("input_errors")
