"""Stories hold their current membership: one row per story and article.

Revision ID: 0002
Revises: 0001
"""

import json

import sqlalchemy as sa
from alembic import op
from sqlalchemy.sql import column, table

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "story_articles",
        sa.Column("story_id", sa.String(64), sa.ForeignKey("stories.id"), primary_key=True),
        sa.Column("article_id", sa.String(32), sa.ForeignKey("articles.id"), primary_key=True),
    )
    op.create_index("ix_story_articles_article_id", "story_articles", ["article_id"])
    # the stories already stored get their membership, so a later regrouping replaces them too
    connection = op.get_bind()
    members = table("story_articles", column("story_id", sa.String), column("article_id", sa.String))
    stored = {row[0] for row in connection.execute(sa.text("SELECT id FROM articles"))}
    rows = []
    for story_id, data in connection.execute(sa.text("SELECT id, data FROM stories")):
        rows += [
            {"story_id": story_id, "article_id": a} for a in dict.fromkeys(json.loads(data).get("article_ids", [])) if a in stored
        ]
    if rows:
        op.bulk_insert(members, rows)


def downgrade() -> None:
    op.drop_table("story_articles")
