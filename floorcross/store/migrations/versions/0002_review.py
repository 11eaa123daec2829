"""Review of events (current overrides and an audit log), API tokens, indexes for the web.

Reviews are keyed on event ids without a foreign key: reprocessing deletes and re-inserts an
article's events with the same ids, and a review must outlive that.

Revision ID: 0002
Revises: 0001
Create Date: 2024-06-15
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

TZ = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "event_reviews",
        sa.Column("event_id", sa.String(40), primary_key=True),
        sa.Column("status", sa.String(16), nullable=False),
        # Comma-framed names of the corrected fields (",party_to,date,"): a correction may set
        # a field to null, so a null column alone cannot mean "not corrected".
        sa.Column("fields", sa.Text, nullable=False),
        sa.Column("type", sa.String(32)),
        sa.Column("party_from", sa.Text),
        sa.Column("party_to", sa.Text),
        sa.Column("role", sa.String(32)),
        sa.Column("body", sa.Text),
        sa.Column("ward", sa.Text),
        sa.Column("date", sa.String(10)),
        sa.Column("note", sa.Text),
        sa.Column("reviewer", sa.Text, nullable=False),
        sa.Column("reviewed_at", TZ, nullable=False),
    )
    op.create_index("ix_event_reviews_status", "event_reviews", ["status"])
    op.create_table(
        "review_log",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("event_id", sa.String(40), nullable=False),
        sa.Column("reviewer", sa.Text, nullable=False),
        sa.Column("at", TZ, nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        # JSON objects {field: value} of what the review changed, before and after.
        sa.Column("old", sa.Text, nullable=False),
        sa.Column("new", sa.Text, nullable=False),
        sa.Column("note", sa.Text),
    )
    op.create_index("ix_review_log_event_id", "review_log", ["event_id"])
    op.create_table(
        "api_tokens",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("token_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("created_at", TZ, nullable=False),
    )
    # The web lists events newest first and filters them by date and council.
    op.create_index("ix_events_date", "events", ["date"])
    op.create_index("ix_articles_published", "articles", ["published"])


def downgrade() -> None:
    op.drop_index("ix_articles_published", "articles")
    op.drop_index("ix_events_date", "events")
    for name in ("api_tokens", "review_log", "event_reviews"):
        op.drop_table(name)
