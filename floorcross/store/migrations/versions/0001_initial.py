"""Initial schema: articles, people, events, evidence, quotes, errors.

Revision ID: 0001
Revises:
Create Date: 2024-06-01
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

TZ = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "articles",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("source_id", sa.Text, nullable=False),
        sa.Column("content_hash", sa.String(64), nullable=False, unique=True),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("content", sa.Text, nullable=False),
        sa.Column("origin", sa.Text, nullable=False),
        sa.Column("url", sa.Text),
        sa.Column("title", sa.Text),
        sa.Column("outlet", sa.Text),
        sa.Column("author", sa.Text),
        sa.Column("published", sa.String(40)),
        sa.Column("cleaned_text", sa.Text),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("extractor_version", sa.String(32)),
        sa.Column("ingested_at", TZ, nullable=False),
        sa.Column("processed_at", TZ),
    )
    op.create_index("ix_articles_status", "articles", ["status"])
    op.create_table(
        "people",
        sa.Column("id", sa.String(40), primary_key=True),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("key", sa.String(400), nullable=False, unique=True),
    )
    op.create_table(
        "events",
        sa.Column("id", sa.String(40), primary_key=True),
        sa.Column("article_id", sa.Integer,
                  sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
        sa.Column("person_id", sa.String(40), sa.ForeignKey("people.id"), nullable=False),
        sa.Column("type", sa.String(32), nullable=False),
        sa.Column("party_from", sa.Text),
        sa.Column("party_to", sa.Text),
        sa.Column("role", sa.String(32)),
        sa.Column("body", sa.Text),
        sa.Column("ward", sa.Text),
        sa.Column("date", sa.String(10)),
        sa.Column("hedged", sa.Boolean, nullable=False),
        sa.Column("reason", sa.Text),
        sa.Column("group_size", sa.Integer),
        sa.Column("extractor_version", sa.String(32), nullable=False),
    )
    op.create_index("ix_events_article_id", "events", ["article_id"])
    op.create_index("ix_events_person_id", "events", ["person_id"])
    op.create_index("ix_events_type", "events", ["type"])
    op.create_table(
        "evidence",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("event_id", sa.String(40),
                  sa.ForeignKey("events.id", ondelete="CASCADE"), nullable=False),
        sa.Column("article_id", sa.Integer,
                  sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
        sa.Column("start_char", sa.Integer, nullable=False),
        sa.Column("end_char", sa.Integer, nullable=False),
        sa.Column("sentence", sa.Text, nullable=False),
    )
    op.create_index("ix_evidence_event_id", "evidence", ["event_id"])
    op.create_table(
        "quotes",
        sa.Column("id", sa.String(40), primary_key=True),
        sa.Column("article_id", sa.Integer,
                  sa.ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
        sa.Column("speaker_person_id", sa.String(40), sa.ForeignKey("people.id")),
        sa.Column("speaker_name", sa.Text),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("start_char", sa.Integer, nullable=False),
        sa.Column("end_char", sa.Integer, nullable=False),
        sa.Column("event_id", sa.String(40), sa.ForeignKey("events.id", ondelete="SET NULL")),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("extractor_version", sa.String(32), nullable=False),
    )
    op.create_index("ix_quotes_article_id", "quotes", ["article_id"])
    op.create_index("ix_quotes_speaker_person_id", "quotes", ["speaker_person_id"])
    op.create_index("ix_quotes_event_id", "quotes", ["event_id"])
    op.create_table(
        "errors",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("origin", sa.Text, nullable=False),
        sa.Column("source_id", sa.Text),
        sa.Column("article_id", sa.Integer, sa.ForeignKey("articles.id", ondelete="SET NULL")),
        sa.Column("stage", sa.String(16), nullable=False),
        sa.Column("reason", sa.Text, nullable=False),
        sa.Column("created_at", TZ, nullable=False),
        sa.Column("resolved_at", TZ),
    )
    op.create_index("ix_errors_article_id", "errors", ["article_id"])


def downgrade() -> None:
    for name in ("errors", "quotes", "evidence", "events", "people", "articles"):
        op.drop_table(name)
