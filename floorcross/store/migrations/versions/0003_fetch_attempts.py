"""Failed fetch attempts per URL (for the retry limit), and PostgreSQL full-text indexes.

`fetch_attempts` counts how often fetching a URL has failed since it last succeeded, so a
re-run retries what failed but gives up after a limit. URLs can be longer than what a btree
index accepts on PostgreSQL, so rows are keyed on a SHA-256 of the URL.

On PostgreSQL, quote text gets a GIN index over its `to_tsvector`, which the quote search of
floorcross.store.search uses; SQLite searches by substring and needs nothing here.

Revision ID: 0003
Revises: 0002
Create Date: 2024-06-20
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

TZ = sa.DateTime(timezone=True)
QUOTES_FTS_INDEX = "ix_quotes_text_fts"


def upgrade() -> None:
    op.create_table(
        "fetch_attempts",
        sa.Column("url_hash", sa.String(64), primary_key=True),
        sa.Column("url", sa.Text, nullable=False),
        sa.Column("failures", sa.Integer, nullable=False),
        sa.Column("last_reason", sa.Text, nullable=False),
        sa.Column("last_attempt_at", TZ, nullable=False),
    )
    if op.get_bind().dialect.name == "postgresql":
        op.execute(
            f"CREATE INDEX {QUOTES_FTS_INDEX} ON quotes "
            "USING gin (to_tsvector('english', text))"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(f"DROP INDEX {QUOTES_FTS_INDEX}")
    op.drop_table("fetch_attempts")
