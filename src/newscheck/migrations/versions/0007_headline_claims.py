"""Claims say what their offsets are into: the body, or the headline for the headline's own claim.

Revision ID: 0007
Revises: 0006
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("claims") as batch:
        batch.add_column(sa.Column("field", sa.String(8), nullable=False, server_default="body"))


def downgrade() -> None:
    op.execute("DELETE FROM crosschecks WHERE claim_id IN (SELECT id FROM claims WHERE field = 'headline')")
    op.execute("DELETE FROM claims WHERE field = 'headline'")
    with op.batch_alter_table("claims") as batch:
        batch.drop_column("field")
