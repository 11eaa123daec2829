"""Review of people: merge and split rules the resolver applies, and their audit log.

`person_rules` holds reviewers' decisions keyed on what reprocessing gives again (mention and
quote ids, normalised names), with no foreign keys: resolution rewrites people freely and the
rules must outlive that. `person_review_log` records who merged or split whom, when, why and
what changed.

Revision ID: 0006
Revises: 0005
Create Date: 2024-06-24
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "person_rules",
        # "ref": a mention or quote id; "name": a normalised name of two words or more.
        sa.Column("kind", sa.String(8), primary_key=True),
        sa.Column("key", sa.String(400), primary_key=True),
        sa.Column("person_id", sa.String(40), nullable=False),
        sa.Column("log_id", sa.Integer, nullable=False),
    )
    op.create_index("ix_person_rules_person_id", "person_rules", ["person_id"])
    op.create_table(
        "person_review_log",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("action", sa.String(8), nullable=False),
        sa.Column("person_id", sa.String(40), nullable=False),
        sa.Column("into", sa.String(40), nullable=False),
        sa.Column("reviewer", sa.Text, nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        # JSON objects of what the review changed, before and after.
        sa.Column("old", sa.Text, nullable=False),
        sa.Column("new", sa.Text, nullable=False),
        sa.Column("note", sa.Text),
    )
    op.create_index("ix_person_review_log_person_id", "person_review_log", ["person_id"])
    op.create_index("ix_person_review_log_into", "person_review_log", ["into"])


def downgrade() -> None:
    op.drop_table("person_review_log")
    op.drop_table("person_rules")
