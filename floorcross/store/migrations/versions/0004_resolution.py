"""Resolution across articles: per-article event mentions under merged events and people,
person aliases and blocking keys, story groups of near-duplicate articles.

`events`, `evidence` and `people` become the merged register; what each article reported moves
to `event_mentions` and `mention_evidence`. Existing rows are moved there unresolved: the next
ingest or reprocess resolves them (earliest article first, so a merged event keeps the id of
its earliest report and reviews keyed on it stay attached).

Revision ID: 0004
Revises: 0003
Create Date: 2024-06-20
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def _article_fk() -> sa.ForeignKey:
    return sa.ForeignKey("articles.id", ondelete="CASCADE")


def upgrade() -> None:
    op.create_table(
        "event_mentions",
        sa.Column("id", sa.String(40), primary_key=True),
        sa.Column("article_id", sa.Integer, _article_fk(), nullable=False),
        sa.Column("person_name", sa.Text, nullable=False),
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
        sa.Column("event_id", sa.String(40)),
        sa.Column("person_id", sa.String(40)),
    )
    for col in ("article_id", "event_id", "person_id"):
        op.create_index(f"ix_event_mentions_{col}", "event_mentions", [col])
    op.create_table(
        "mention_evidence",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("mention_id", sa.String(40),
                  sa.ForeignKey("event_mentions.id", ondelete="CASCADE"), nullable=False),
        sa.Column("article_id", sa.Integer, _article_fk(), nullable=False),
        sa.Column("start_char", sa.Integer, nullable=False),
        sa.Column("end_char", sa.Integer, nullable=False),
        sa.Column("sentence", sa.Text, nullable=False),
    )
    op.create_index("ix_mention_evidence_mention_id", "mention_evidence", ["mention_id"])
    op.create_table(
        "person_aliases",
        sa.Column("person_id", sa.String(40), sa.ForeignKey("people.id", ondelete="CASCADE"),
                  primary_key=True),
        sa.Column("alias", sa.Text, primary_key=True),
        sa.Column("mentions", sa.Integer, nullable=False),
    )
    op.create_table(
        "person_keys",
        sa.Column("key", sa.String(200), primary_key=True),
        sa.Column("person_id", sa.String(40), sa.ForeignKey("people.id", ondelete="CASCADE"),
                  primary_key=True),
    )
    op.create_index("ix_person_keys_person_id", "person_keys", ["person_id"])
    op.create_table(
        "story_groups",
        sa.Column("article_id", sa.Integer, _article_fk(), primary_key=True),
        sa.Column("group_id", sa.Integer, nullable=False),
        sa.Column("signature", sa.Text),
    )
    op.create_index("ix_story_groups_group_id", "story_groups", ["group_id"])
    op.create_table(
        "story_bands",
        sa.Column("band", sa.String(32), primary_key=True),
        sa.Column("article_id", sa.Integer, _article_fk(), primary_key=True),
    )
    op.create_index("ix_story_bands_article_id", "story_bands", ["article_id"])
    # The per-article event a quote speaks about; `quotes.event_id` is the merged event.
    op.add_column("quotes", sa.Column("mention_id", sa.String(40)))
    op.create_index("ix_quotes_mention_id", "quotes", ["mention_id"])
    _move_existing_rows()


def _move_existing_rows() -> None:
    op.execute(
        "INSERT INTO event_mentions (id, article_id, person_name, type, party_from, party_to,"
        " role, body, ward, date, hedged, reason, group_size, extractor_version)"
        " SELECT e.id, e.article_id, p.name, e.type, e.party_from, e.party_to, e.role, e.body,"
        " e.ward, e.date, e.hedged, e.reason, e.group_size, e.extractor_version"
        " FROM events e JOIN people p ON p.id = e.person_id"
    )
    op.execute(
        "INSERT INTO mention_evidence (mention_id, article_id, start_char, end_char, sentence)"
        " SELECT event_id, article_id, start_char, end_char, sentence FROM evidence"
    )
    op.execute("UPDATE quotes SET mention_id = event_id, event_id = NULL,"
               " speaker_person_id = NULL")
    op.execute("DELETE FROM evidence")
    op.execute("DELETE FROM events")


def downgrade() -> None:
    op.drop_index("ix_quotes_mention_id", "quotes")
    with op.batch_alter_table("quotes") as batch:
        batch.drop_column("mention_id")
    for name in ("story_bands", "story_groups", "person_keys", "person_aliases",
                 "mention_evidence", "event_mentions"):
        op.drop_table(name)
