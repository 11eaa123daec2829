"""Tables of the resolution layer (created by migration 0004), on the register's metadata.

`events`, `evidence` and `people` hold the register as shown: one row per real change and per
real person. Underneath:

- `event_mentions`: each event as one article reported it (what extraction wrote), with the
  merged event and person it was resolved to (null until resolved);
- `mention_evidence`: the sentences of each mention; `evidence` of a merged event is the
  union of its mentions' evidence;
- `person_aliases`: each way a person's name was written, with how often;
- `person_keys`: blocking keys of people's names, to find candidates without scanning;
- `story_groups` and `story_bands`: near-duplicate articles (syndicated copies) and the LSH
  band keys of their MinHash signatures.
"""

from __future__ import annotations

from sqlalchemy import Column, ForeignKey, Integer, String, Table, Text

from floorcross.store.schema import change_columns, metadata

event_mentions = Table(
    "event_mentions",
    metadata,
    Column("id", String(40), primary_key=True),
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"),
           nullable=False, index=True),
    Column("person_name", Text, nullable=False),
    *change_columns(),
    # The merged event and person (no foreign keys: set and reset by resolution).
    Column("event_id", String(40), index=True),
    Column("person_id", String(40), index=True),
)

mention_evidence = Table(
    "mention_evidence",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("mention_id", String(40), ForeignKey("event_mentions.id", ondelete="CASCADE"),
           nullable=False, index=True),
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"), nullable=False),
    Column("start_char", Integer, nullable=False),
    Column("end_char", Integer, nullable=False),
    Column("sentence", Text, nullable=False),
)

person_aliases = Table(
    "person_aliases",
    metadata,
    Column("person_id", String(40), ForeignKey("people.id", ondelete="CASCADE"),
           primary_key=True),
    Column("alias", Text, primary_key=True),
    Column("mentions", Integer, nullable=False),
)

person_keys = Table(
    "person_keys",
    metadata,
    Column("key", String(200), primary_key=True),
    Column("person_id", String(40), ForeignKey("people.id", ondelete="CASCADE"),
           primary_key=True, index=True),
)

story_groups = Table(
    "story_groups",
    metadata,
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"),
           primary_key=True),
    # The earliest article of the story; an article alone is its own group.
    Column("group_id", Integer, nullable=False, index=True),
    Column("signature", Text),  # MinHash as hex; null when the text is too short to compare
)

story_bands = Table(
    "story_bands",
    metadata,
    Column("band", String(32), primary_key=True),
    Column("article_id", Integer, ForeignKey("articles.id", ondelete="CASCADE"),
           primary_key=True, index=True),
)
