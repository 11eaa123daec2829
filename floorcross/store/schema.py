"""Tables of the register. Migrations in `migrations/` create exactly these.

Every derived row (event, evidence, quote) keeps its provenance: the article it came from,
character offsets into that article's cleaned text, and the extractor version.
"""

from __future__ import annotations

from sqlalchemy import (
    Boolean,
    Column,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
)

# Article processing states.
PENDING = "pending"
PROCESSED = "processed"
FAILED = "failed"

metadata = MetaData()

articles = Table(
    "articles",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("source_id", Text, nullable=False),
    Column("content_hash", String(64), nullable=False, unique=True),
    Column("kind", String(16), nullable=False),
    Column("content", Text, nullable=False),
    Column("origin", Text, nullable=False),
    Column("url", Text),
    Column("title", Text),
    Column("outlet", Text),
    Column("author", Text),
    Column("published", String(40), index=True),
    Column("cleaned_text", Text),
    Column("status", String(16), nullable=False, index=True, default=PENDING),
    Column("extractor_version", String(32)),
    Column("ingested_at", DateTime(timezone=True), nullable=False),
    Column("processed_at", DateTime(timezone=True)),
)

people = Table(
    "people",
    metadata,
    Column("id", String(40), primary_key=True),
    Column("name", Text, nullable=False),
    Column("key", String(400), nullable=False, unique=True),
)

def change_columns(*, index_type: bool = False) -> list[Column]:
    """What one affiliation change says, the same in the register (`events`) and in each
    article's report of it (`event_mentions`): fresh Column objects for each table."""
    return [
        Column("type", String(32), nullable=False, index=index_type),
        Column("party_from", Text),
        Column("party_to", Text),
        Column("role", String(32)),
        Column("body", Text),
        Column("ward", Text),
        Column("date", String(10)),
        Column("hedged", Boolean, nullable=False, default=False),
        Column("reason", Text),
        Column("group_size", Integer),
        Column("extractor_version", String(32), nullable=False),
    ]


events = Table(
    "events",
    metadata,
    Column("id", String(40), primary_key=True),
    Column(
        "article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"),
        nullable=False, index=True,
    ),
    Column("person_id", String(40), ForeignKey("people.id"), nullable=False, index=True),
    *change_columns(index_type=True),
)
# Filtering the register by date (migration 0002).
Index("ix_events_date", events.c.date)

evidence = Table(
    "evidence",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column(
        "event_id", String(40), ForeignKey("events.id", ondelete="CASCADE"),
        nullable=False, index=True,
    ),
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("start_char", Integer, nullable=False),
    Column("end_char", Integer, nullable=False),
    Column("sentence", Text, nullable=False),
)

quotes = Table(
    "quotes",
    metadata,
    Column("id", String(40), primary_key=True),
    Column(
        "article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"),
        nullable=False, index=True,
    ),
    Column("speaker_person_id", String(40), ForeignKey("people.id"), index=True),
    Column("speaker_name", Text),
    Column("text", Text, nullable=False),
    Column("start_char", Integer, nullable=False),
    Column("end_char", Integer, nullable=False),
    Column("event_id", String(40), ForeignKey("events.id", ondelete="SET NULL"), index=True),
    # The article's own event mention (resolve.tables.event_mentions); event_id is the merged
    # event it was resolved to.
    Column("mention_id", String(40), index=True),
    Column("kind", String(16), nullable=False),
    Column("extractor_version", String(32), nullable=False),
)

errors = Table(
    "errors",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("origin", Text, nullable=False),
    Column("source_id", Text),
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="SET NULL"), index=True),
    Column("stage", String(16), nullable=False),
    Column("reason", Text, nullable=False),
    Column("created_at", DateTime(timezone=True), nullable=False),
    # Set when a later run read or processed the same input successfully.
    Column("resolved_at", DateTime(timezone=True)),
)
