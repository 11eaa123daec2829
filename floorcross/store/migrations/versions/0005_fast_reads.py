"""A narrow, indexed row per event with its reviewed values, kept up to date by triggers.

`event_index` holds what the web's event table filters and sorts on: the values with
reviewers' corrections applied (lower-cased, for case-insensitive filters), the person's name,
the date an event is placed at and the review status. `event_search` holds each event's
searchable text (person, parties, council, ward, reason, evidence sentences), lower-cased.
Listing events then reads narrow rows of one table instead of joining four and working out
every correction row by row.

Triggers keep it in step with whatever writes `events`, `evidence`, `event_reviews`, `people`
or `articles`: a row is rebuilt from those tables whenever one of its inputs changes. So
reviews still survive reprocessing (the review row is kept; the rebuilt event row picks it up)
and no writer has to remember the index.

Search: on SQLite an FTS5 table with the trigram tokenizer (substring matches through the
index) over `event_search`; on PostgreSQL a GIN index over its `to_tsvector`, and a trigram
GIN index when the pg_trgm extension can be created.

Revision ID: 0005
Revises: 0004
Create Date: 2024-06-21
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

# Fields a reviewer may correct (floorcross.store.review.FIELDS), frozen as of this revision.
FIELDS = ("type", "party_from", "party_to", "role", "body", "ward", "date")
FTS = "event_search_fts"
TS_INDEX = "ix_event_search_ts"
TRGM_INDEX = "ix_event_search_trgm"
NL = "'\n'"


def _effective(field: str) -> str:
    # `fields` is comma-framed (",party_to,date,"): a correction may set a field to null.
    return f"CASE WHEN r.fields LIKE '%,{field},%' THEN r.{field} ELSE e.{field} END"


def _evidence_text(dialect: str) -> str:
    agg = "string_agg(v.sentence, chr(10))" if dialect == "postgresql" else (
        "group_concat(v.sentence, char(10))")
    return f"(SELECT {agg} FROM evidence v WHERE v.event_id = e.id)"


def _search_text(dialect: str) -> str:
    parts = ["p.name", *(_effective(f) for f in ("party_from", "party_to", "body", "ward")),
             "e.reason", _evidence_text(dialect)]
    return "lower(" + f" || {NL} || ".join(f"coalesce({p}, '')" for p in parts) + ")"


COLUMNS = ("event_id", "person_id", "person_ci", "type", "party_from_ci", "party_to_ci",
           "body_ci", "sort_when", "hedged", "review_status")
FROM = (" FROM events e JOIN people p ON p.id = e.person_id"
        " JOIN articles a ON a.id = e.article_id"
        " LEFT JOIN event_reviews r ON r.event_id = e.id")


def _select_index() -> str:
    values = ("e.id", "e.person_id", "lower(p.name)", _effective("type"),
              f"lower({_effective('party_from')})", f"lower({_effective('party_to')})",
              f"lower({_effective('body')})", f"coalesce({_effective('date')}, a.published)",
              "e.hedged", "r.status")
    return f"INSERT INTO event_index ({', '.join(COLUMNS)}) SELECT {', '.join(values)}{FROM}"


def _select_search(dialect: str) -> str:
    # Keyed on the index row's `doc`, so a text match leads straight to the index row.
    return (f"INSERT INTO event_search (doc, event_id, search_text)"
            f" SELECT x.doc, e.id, {_search_text(dialect)}{FROM}"
            " JOIN event_index x ON x.event_id = e.id")


def _refresh(dialect: str, ids: str, index: bool = True) -> str:
    """Statements rebuilding the rows of the events selected by the SQL `ids`: their search
    text, and their index row unless `index` is false."""
    out = f"DELETE FROM event_search WHERE event_id IN ({ids});"
    if index:
        out += (f" DELETE FROM event_index WHERE event_id IN ({ids});"
                f" {_select_index()} WHERE e.id IN ({ids});")
    return out + f" {_select_search(dialect)} WHERE e.id IN ({ids});"


_DROP = ("DELETE FROM event_search WHERE event_id = OLD.id;"
         " DELETE FROM event_index WHERE event_id = OLD.id; ")


def _triggers(dialect: str) -> list[tuple[str, str, str, str | None, str]]:
    """(name, table, event, condition, body) of every trigger keeping the index current."""
    changed = ("OLD.{0} IS DISTINCT FROM NEW.{0}" if dialect == "postgresql"
               else "OLD.{0} IS NOT NEW.{0}")
    return [
        ("event_index_events_ins", "events", "INSERT", None, _refresh(dialect, "NEW.id")),
        ("event_index_events_upd", "events", "UPDATE", None,
         _DROP + _refresh(dialect, "NEW.id")),
        ("event_index_events_del", "events", "DELETE", None, _DROP),
        ("event_index_evidence_ins", "evidence", "INSERT", None,
         _refresh(dialect, "NEW.event_id", index=False)),
        ("event_index_evidence_del", "evidence", "DELETE", None,
         _refresh(dialect, "OLD.event_id", index=False)),
        ("event_index_reviews_ins", "event_reviews", "INSERT", None,
         _refresh(dialect, "NEW.event_id")),
        ("event_index_reviews_upd", "event_reviews", "UPDATE", None,
         _refresh(dialect, "OLD.event_id") + " " + _refresh(dialect, "NEW.event_id")),
        ("event_index_reviews_del", "event_reviews", "DELETE", None,
         _refresh(dialect, "OLD.event_id")),
        ("event_index_people_upd", "people", "UPDATE OF name", changed.format("name"),
         _refresh(dialect, "SELECT id FROM events WHERE person_id = NEW.id")),
        ("event_index_articles_upd", "articles", "UPDATE OF published",
         changed.format("published"),
         _refresh(dialect, "SELECT id FROM events WHERE article_id = NEW.id")),
    ]


def _create_trigger(dialect: str, name: str, table: str, event: str, when: str | None,
                    body: str) -> None:
    cond = f" WHEN ({when})" if when else ""
    if dialect == "postgresql":
        op.execute(f"CREATE FUNCTION {name}_fn() RETURNS trigger LANGUAGE plpgsql AS $$"
                   f" BEGIN {body} RETURN NULL; END $$")
        op.execute(f"CREATE TRIGGER {name} AFTER {event} ON {table} FOR EACH ROW{cond}"
                   f" EXECUTE FUNCTION {name}_fn()")
    else:
        op.execute(f"CREATE TRIGGER {name} AFTER {event} ON {table} FOR EACH ROW{cond}"
                   f" BEGIN {body} END")


def _sqlite_fts() -> None:
    """FTS5 over `search_text` (external content: the text is stored once, in the table)."""
    try:
        op.execute(f"CREATE VIRTUAL TABLE {FTS} USING fts5(search_text,"
                   " content='event_search', content_rowid='doc', tokenize='trigram')")
    except sa.exc.OperationalError as exc:
        raise RuntimeError("this SQLite has no FTS5 with the trigram tokenizer "
                           "(SQLite 3.34 or newer with FTS5 is needed)") from exc
    op.execute(f"CREATE TRIGGER {FTS}_ins AFTER INSERT ON event_search BEGIN"
               f" INSERT INTO {FTS}(rowid, search_text) VALUES (NEW.doc, NEW.search_text); END")
    op.execute(f"CREATE TRIGGER {FTS}_del AFTER DELETE ON event_search BEGIN"
               f" INSERT INTO {FTS}({FTS}, rowid, search_text)"
               " VALUES ('delete', OLD.doc, OLD.search_text); END")
    op.execute(f"CREATE TRIGGER {FTS}_upd AFTER UPDATE ON event_search BEGIN"
               f" INSERT INTO {FTS}({FTS}, rowid, search_text)"
               " VALUES ('delete', OLD.doc, OLD.search_text);"
               f" INSERT INTO {FTS}(rowid, search_text) VALUES (NEW.doc, NEW.search_text); END")


def _postgres_search_indexes() -> None:
    # The words stored, not only indexed: rechecking rows of a bitmap scan then reads them
    # instead of parsing every text again.
    op.execute("ALTER TABLE event_search ADD COLUMN search_ts tsvector GENERATED ALWAYS AS"
               " (to_tsvector('english', search_text)) STORED")
    op.execute(f"CREATE INDEX {TS_INDEX} ON event_search USING gin (search_ts)")
    bind = op.get_bind()
    try:  # needs the right to create extensions; without it, substring search scans
        with bind.begin_nested():
            bind.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    except sa.exc.DBAPIError:
        return
    op.execute(f"CREATE INDEX {TRGM_INDEX} ON event_search USING gin (search_text gin_trgm_ops)")


def upgrade() -> None:
    dialect = op.get_bind().dialect.name
    op.create_table(
        "event_index",
        sa.Column("doc", sa.Integer, primary_key=True, autoincrement=True),
        sa.Column("event_id", sa.String(40), nullable=False, unique=True),
        sa.Column("person_id", sa.String(40), nullable=False),
        # Lower-cased (`_ci`): filters match case-insensitively without a function per row,
        # and sorting by name, party or council ignores case.
        sa.Column("person_ci", sa.Text),
        sa.Column("type", sa.String(32)),
        sa.Column("party_from_ci", sa.Text),
        sa.Column("party_to_ci", sa.Text),
        sa.Column("body_ci", sa.Text),
        sa.Column("sort_when", sa.String(40)),
        sa.Column("hedged", sa.Boolean, nullable=False),
        sa.Column("review_status", sa.String(16)),
    )
    for cols in (["person_ci"], ["review_status"]):
        op.create_index(f"ix_event_index_{'_'.join(cols)}", "event_index", cols)
    # In the order of the default listing (newest first, undated last, then id), so a page is
    # read off the index without sorting what matched.
    newest = "sort_when DESC NULLS LAST" if dialect == "postgresql" else "sort_when DESC"
    for lead in ("", "type", "hedged"):
        cols = ", ".join(c for c in (lead, newest, "event_id") if c)
        op.execute(f"CREATE INDEX ix_event_index_{lead or 'newest'}_when ON event_index"
                   f" ({cols})")
    # The (long) searchable text apart, so filters and counts scan narrow rows.
    op.create_table(
        "event_search",
        sa.Column("doc", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("event_id", sa.String(40), nullable=False, unique=True),
        sa.Column("search_text", sa.Text, nullable=False),
    )
    if dialect == "postgresql":
        _postgres_search_indexes()
    else:
        _sqlite_fts()
    for trigger in _triggers(dialect):
        _create_trigger(dialect, *trigger)
    op.execute(_select_index())
    op.execute(_select_search(dialect))


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    for name, table, *_ in _triggers(dialect):
        if dialect == "postgresql":
            op.execute(f"DROP TRIGGER IF EXISTS {name} ON {table}")
            op.execute(f"DROP FUNCTION IF EXISTS {name}_fn()")
        else:
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    if dialect != "postgresql":
        op.execute(f"DROP TABLE IF EXISTS {FTS}")
    op.drop_table("event_search")
    op.drop_table("event_index")
