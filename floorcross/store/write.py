"""Write queries: raw articles, derived rows (replaced per article, never appended twice), errors.

All functions take an open connection inside a transaction; the caller decides where commits go.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from sqlalchemy import Connection, and_, delete, insert, or_, select, update

from floorcross.nlp.titles import strip_titles
from floorcross.resolve.tables import event_mentions, mention_evidence
from floorcross.store import ids
from floorcross.store.schema import (
    FAILED,
    PENDING,
    PROCESSED,
    articles,
    errors,
    events,
    evidence,
    people,
    quotes,
)
from floorcross.types import CleanedArticle, Extraction, RawInput

if TYPE_CHECKING:
    from floorcross.resolve.sync import Stale


def now() -> datetime:
    return datetime.now(UTC)


def _text(value: str | None) -> str | None:
    """Text as every database accepts it: PostgreSQL refuses NUL characters in text."""
    return value.replace("\x00", "") if value else value


def _fit(column, value: str | None) -> str | None:
    """`value` cut to the column's declared length: PostgreSQL enforces VARCHAR(n) (and would
    fail the whole batch), SQLite ignores it; cutting on both keeps them alike."""
    value = _text(value)
    length = getattr(column.type, "length", None)
    return value[:length] if value and length else value


@dataclass
class StoredArticle:
    id: int
    status: str
    new: bool


def store_raw(conn: Connection, raw: RawInput) -> StoredArticle:
    """Insert the raw input unless its content hash is already stored."""
    digest = raw.content_hash
    row = conn.execute(
        select(articles.c.id, articles.c.status).where(articles.c.content_hash == digest)
    ).first()
    if row is not None:
        return StoredArticle(row.id, row.status, new=False)
    new_id = conn.execute(
        _insert_new(conn, articles, "content_hash").returning(articles.c.id).values(
            source_id=_text(raw.source_id), content_hash=digest, kind=raw.kind,
            content=_text(raw.content), origin=_text(raw.origin), url=_text(raw.url),
            title=_text(raw.title), outlet=_text(raw.outlet), author=_text(raw.author),
            published=_fit(articles.c.published, raw.published), status=PENDING,
            ingested_at=now(),
        )
    ).scalar()
    if new_id is None:  # another writer stored the same content a moment ago
        return store_raw(conn, raw)
    return StoredArticle(new_id, PENDING, new=True)


def _insert_new(conn: Connection, table, key: str):
    """INSERT that does nothing when a row with the same unique `key` exists, so two writers
    (a watcher and an ingest sharing a PostgreSQL database) never fail on each other's rows."""
    if conn.dialect.name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as dialect_insert
    elif conn.dialect.name == "sqlite":
        from sqlalchemy.dialects.sqlite import insert as dialect_insert
    else:
        return insert(table)
    return dialect_insert(table).on_conflict_do_nothing(index_elements=[key])


def load_raw(conn: Connection, article_id: int) -> tuple[RawInput, str]:
    """The stored input of an article, as a source gave it, and its content hash."""
    a = conn.execute(select(articles).where(articles.c.id == article_id)).one()
    raw = RawInput(
        source_id=a.source_id, kind=a.kind, content=a.content, origin=a.origin, url=a.url,
        title=a.title, outlet=a.outlet, author=a.author, published=a.published,
    )
    return raw, a.content_hash


def ensure_person(conn: Connection, name: str) -> str | None:
    """Id of the person with this normalised name, creating the row; None for an empty name."""
    key = _fit(people.c.key, ids.person_key(name))
    if not key:
        return None
    pid = ids.person_id(key)
    found = conn.execute(select(people.c.id).where(people.c.key == key)).first()
    if found is None:
        conn.execute(_insert_new(conn, people, "key").values(
            id=pid, name=strip_titles(name).strip(), key=key))
    return pid


def _sync():
    # Imported late: floorcross.resolve imports the store (ids, schema) itself.
    from floorcross.resolve import sync

    return sync


def delete_derived(conn: Connection, article_id: int) -> Stale:
    """Remove an article's event mentions, its evidence in merged events and its quotes
    before writing them afresh; returns the merged events and people they were part of (to be
    resolved again: merged events are shared with other articles and are not deleted here)."""
    stale = _sync().stale_of(conn, article_id)
    conn.execute(delete(quotes).where(quotes.c.article_id == article_id))
    conn.execute(delete(mention_evidence).where(mention_evidence.c.article_id == article_id))
    conn.execute(delete(event_mentions).where(event_mentions.c.article_id == article_id))
    conn.execute(delete(evidence).where(evidence.c.article_id == article_id))
    return stale


def _insert_events(
    conn: Connection, article_id: int, content_hash: str, extraction: Extraction, version: str
) -> list[str | None]:
    """Insert the article's event mentions with their evidence; returns the id given to each
    (None if skipped). Resolution (floorcross.resolve.sync) then merges them into events."""
    taken: set[str] = set()
    out: list[str | None] = []
    for ev in extraction.events:
        key = ids.person_key(ev.person)
        if not key:  # an event without a nameable person is not a register entry
            out.append(None)
            continue
        eid = ids.unique_id(ids.event_id(content_hash, key, ev.type, ev.party_from), taken)
        conn.execute(insert(event_mentions).values(
            id=eid, article_id=article_id, person_name=_text(strip_titles(ev.person).strip()),
            type=ev.type, party_from=ev.party_from, party_to=ev.party_to, role=ev.role,
            body=ev.body, ward=ev.ward, date=ev.date, hedged=bool(ev.hedged),
            reason=ev.reason, group_size=ev.group_size, extractor_version=version,
        ))
        if ev.evidence:
            conn.execute(insert(mention_evidence), [
                {"mention_id": eid, "article_id": article_id, "start_char": e.start,
                 "end_char": e.end, "sentence": e.sentence}
                for e in ev.evidence
            ])
        out.append(eid)
    return out


def _insert_quotes(
    conn: Connection, article_id: int, content_hash: str, extraction: Extraction,
    event_ids: list[str | None], version: str,
) -> int:
    taken: set[str] = set()
    for q in extraction.quotes:
        linked = None
        if q.event_index is not None and 0 <= q.event_index < len(event_ids):
            linked = event_ids[q.event_index]
        conn.execute(insert(quotes).values(
            id=ids.unique_id(ids.quote_id(content_hash, q.start), taken),
            article_id=article_id,
            # Speaker and merged event are set by resolution, right after.
            speaker_name=q.speaker, text=q.text, start_char=q.start, end_char=q.end,
            mention_id=linked, kind=q.kind, extractor_version=version,
        ))
    return len(extraction.quotes)


def write_derived(
    conn: Connection, article_id: int, content_hash: str, cleaned: CleanedArticle,
    extraction: Extraction, version: str,
) -> tuple[int, int]:
    """Replace an article's derived rows, mark it processed and resolve its events into the
    register's merged people and events; returns (event mentions, quotes)."""
    stale = delete_derived(conn, article_id)
    event_ids = _insert_events(conn, article_id, content_hash, extraction, version)
    n_quotes = _insert_quotes(conn, article_id, content_hash, extraction, event_ids, version)
    current = conn.execute(select(articles).where(articles.c.id == article_id)).one()
    published = _published_text(cleaned)
    conn.execute(update(articles).where(articles.c.id == article_id).values(
        cleaned_text=cleaned.text,
        # Metadata the caller gave wins; what the cleaner found fills the gaps.
        title=current.title or cleaned.title, outlet=current.outlet or cleaned.outlet,
        author=current.author or cleaned.author, url=current.url or cleaned.url,
        published=current.published or published,
        status=PROCESSED, extractor_version=version, processed_at=now(),
    ))
    _sync().after_write(conn, article_id, cleaned.text, stale)
    resolve_errors(conn, article_id=article_id, origin=current.origin)
    return sum(1 for e in event_ids if e), n_quotes


def mark_failed(conn: Connection, article_id: int) -> None:
    """An article whose processing failed: derived rows from an older run are dropped too
    (and the merged events they supported are resolved again without them)."""
    _sync().resolve_pending(conn, delete_derived(conn, article_id))
    conn.execute(update(articles).where(articles.c.id == article_id).values(
        status=FAILED, processed_at=now(),
    ))


def record_error(
    conn: Connection, origin: str, reason: str, stage: str,
    source_id: str | None = None, article_id: int | None = None,
) -> None:
    """Record a failure. The same input failing again at the same stage updates its open error
    instead of adding another, so re-runs do not pile up copies."""
    origin, reason = _text(origin) or "", _text(reason) or ""
    open_same = and_(
        errors.c.origin == origin, errors.c.stage == stage, errors.c.resolved_at.is_(None)
    )
    found = conn.execute(select(errors.c.id).where(open_same)).first()
    values = {"reason": reason, "source_id": source_id, "article_id": article_id,
              "created_at": now()}
    if found is None:
        conn.execute(insert(errors).values(origin=origin, stage=stage, **values))
    else:
        conn.execute(update(errors).where(errors.c.id == found.id).values(**values))


def resolve_errors(conn: Connection, *, article_id: int | None = None,
                   origin: str | None = None, stage: str | None = None) -> None:
    """Mark open errors of an input resolved once it has been read or processed successfully
    (only those of `stage` when given)."""
    conds = []
    if article_id is not None:
        conds.append(errors.c.article_id == article_id)
    if origin is not None:
        conds.append(errors.c.origin == origin)
    if not conds:
        return
    where = [or_(*conds), errors.c.resolved_at.is_(None)]
    if stage is not None:
        where.append(errors.c.stage == stage)
    conn.execute(update(errors).where(*where).values(
        resolved_at=now(),
    ))


def prune_people(conn: Connection) -> None:
    """Drop people no event or quote refers to any more (after reprocessing renamed someone)."""
    used_ev = select(events.c.person_id)
    used_q = select(quotes.c.speaker_person_id).where(quotes.c.speaker_person_id.is_not(None))
    conn.execute(delete(people).where(people.c.id.not_in(used_ev), people.c.id.not_in(used_q)))


def _published_text(cleaned: CleanedArticle) -> str | None:
    """The publication date as precise as it is known ("2011-02", not "2011-02-01")."""
    if cleaned.published is None:
        return None
    return cleaned.published.isoformat()[: _ISO_LENGTH.get(cleaned.published_precision, 10)]


_ISO_LENGTH = {"year": 4, "month": 7}
