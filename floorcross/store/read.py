"""Read queries: the register as FORMAT.md records (events, quotes), errors, articles to process.

Only portable SQL (no SQLite-only functions), so the same queries run on PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, func, or_, select

from floorcross.store import review
from floorcross.store.db import as_utc
from floorcross.store.schema import (
    PENDING,
    PROCESSED,
    articles,
    errors,
    events,
    evidence,
    people,
    quotes,
)
from floorcross.store.search import text_search_clause

# Bound parameters per IN (...) query: well under SQLite's and PostgreSQL's limits.
_CHUNK = 500


def _chunks(items: list[str]) -> Iterator[list[str]]:
    for i in range(0, len(items), _CHUNK):
        yield items[i : i + _CHUNK]


def _icontains(column, text: str):
    """Case-insensitive substring match, with % and _ in the user's text taken literally."""
    return func.lower(column).contains(text.lower(), autoescape=True)


@dataclass
class EventFilter:
    """Filters of `floorcross events`; None means "any"."""

    party: str | None = None  # matches party_from or party_to
    type: str | None = None
    since: str | None = None  # YYYY, YYYY-MM or YYYY-MM-DD, inclusive
    until: str | None = None  # inclusive: "2023-10" keeps 2023-10-31
    body: str | None = None
    person: str | None = None
    limit: int | None = None
    # Review status: None hides rejected events; "all", "unreviewed" or a status.
    review: str | None = None


def event_columns() -> dict:
    """Event columns with reviewers' corrections applied (see floorcross.store.review)."""
    cols = {c.name: c for c in events.c}
    cols.update({f: review.effective(f) for f in review.FIELDS})
    return cols


def event_when():
    """An event without its own date is placed at its article's publication date."""
    return func.coalesce(review.effective("date"), articles.c.published)


def event_query(flt: EventFilter):
    """SELECT of reviewed events matching `flt`, newest first (also extended by the web)."""
    ev = event_columns()
    when = event_when()
    q = (
        select(*(col.label(name) for name, col in ev.items()),
               people.c.name.label("person_name"),
               review.event_reviews.c.status.label("review_status"))
        .select_from(review.join_reviews(
            events.join(people, people.c.id == events.c.person_id)
            .join(articles, articles.c.id == events.c.article_id)))
    )
    status = review.review_filter(flt.review)
    if status is not None:
        q = q.where(status)
    if flt.party:
        q = q.where(or_(_icontains(ev["party_from"], flt.party),
                        _icontains(ev["party_to"], flt.party)))
    if flt.type:
        q = q.where(ev["type"] == flt.type)
    if flt.body:
        q = q.where(_icontains(ev["body"], flt.body))
    if flt.person:
        q = q.where(_icontains(people.c.name, flt.person))
    if flt.since:
        q = q.where(when >= flt.since)
    if flt.until:
        q = q.where(or_(when <= flt.until, when.startswith(flt.until, autoescape=True)))
    q = q.order_by(when.desc().nulls_last(), people.c.name, events.c.id)
    if flt.limit:
        q = q.limit(flt.limit)
    return q


def _evidence_by_event(
    conn: Connection, event_ids: list[str]
) -> tuple[dict[str, list[dict]], dict[str, int]]:
    """Evidence of each event, and its number of sources: articles that are copies of one
    story (resolve.stories) count once."""
    from floorcross.resolve.tables import story_groups  # late: resolve imports the store

    out: dict[str, list[dict]] = {}
    stories: dict[str, set[int]] = {}
    for chunk in _chunks(event_ids):
        rows = conn.execute(
            select(evidence, articles.c.source_id, articles.c.url, story_groups.c.group_id)
            .join(articles, articles.c.id == evidence.c.article_id)
            .outerjoin(story_groups, story_groups.c.article_id == evidence.c.article_id)
            .where(evidence.c.event_id.in_(chunk))
            .order_by(evidence.c.event_id, evidence.c.article_id, evidence.c.start_char)
        )
        for r in rows:
            out.setdefault(r.event_id, []).append({
                "article_id": r.article_id, "source_id": r.source_id, "url": r.url,
                "start": r.start_char, "end": r.end_char, "sentence": r.sentence,
            })
            stories.setdefault(r.event_id, set()).add(
                r.group_id if r.group_id is not None else r.article_id)
    return out, {eid: len(s) for eid, s in stories.items()}


def _quote_ids_by_event(conn: Connection, event_ids: list[str]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for chunk in _chunks(event_ids):
        rows = conn.execute(
            select(quotes.c.id, quotes.c.event_id)
            .where(quotes.c.event_id.in_(chunk))
            .order_by(quotes.c.article_id, quotes.c.start_char)
        )
        for r in rows:
            out.setdefault(r.event_id, []).append(r.id)
    return out


def event_records(conn: Connection, flt: EventFilter | None = None) -> list[dict[str, Any]]:
    """Events as FORMAT.md export records (reviewed values applied), most recent first."""
    return records_from_rows(conn, conn.execute(event_query(flt or EventFilter())).all())


def records_from_rows(conn: Connection, rows: list) -> list[dict[str, Any]]:
    """Export records of rows selected by :func:`event_query`, with evidence and quotes."""
    ids = [r.id for r in rows]
    ev, sources = _evidence_by_event(conn, ids)
    qs = _quote_ids_by_event(conn, ids)
    return [
        {
            "id": r.id,
            "person": {"id": r.person_id, "name": r.person_name},
            "type": r.type, "party_from": r.party_from, "party_to": r.party_to,
            "role": r.role, "body": r.body, "ward": r.ward, "date": r.date,
            "hedged": bool(r.hedged), "reason": r.reason, "group_size": r.group_size,
            "evidence": ev.get(r.id, []), "sources": sources.get(r.id, 0),
            "quotes": qs.get(r.id, []),
            "extractor_version": r.extractor_version,
            "review_status": r.review_status,
        }
        for r in rows
    ]


def quote_records(
    conn: Connection, speaker: str | None = None, search: str | None = None,
    limit: int | None = None,
) -> list[dict[str, Any]]:
    """Quotes as FORMAT.md export records, in article order."""
    q = (
        select(quotes, people.c.name.label("person_name"), articles.c.source_id, articles.c.url)
        .join(articles, articles.c.id == quotes.c.article_id)
        .outerjoin(people, people.c.id == quotes.c.speaker_person_id)
    )
    if speaker:
        q = q.where(or_(_icontains(people.c.name, speaker),
                        _icontains(quotes.c.speaker_name, speaker)))
    if search:
        q = q.where(text_search_clause(quotes.c.text, search, conn.dialect.name))
    q = q.order_by(quotes.c.article_id, quotes.c.start_char, quotes.c.id)
    if limit:
        q = q.limit(limit)
    return [
        {
            "id": r.id,
            "speaker": ({"id": r.speaker_person_id, "name": r.person_name}
                        if r.speaker_person_id else None),
            "text": r.text, "article_id": r.article_id, "source_id": r.source_id,
            "url": r.url, "start": r.start_char, "end": r.end_char, "event_id": r.event_id,
            "kind": r.kind, "extractor_version": r.extractor_version,
        }
        for r in conn.execute(q)
    ]


def _iso(value: datetime | None) -> str | None:
    # The same text from SQLite (naive UTC) and PostgreSQL (aware).
    return value.isoformat() if (value := as_utc(value)) else None


def error_records(conn: Connection, include_resolved: bool = False) -> list[dict[str, Any]]:
    """Recorded failures, oldest first; resolved ones only when asked."""
    q = select(errors).order_by(errors.c.created_at, errors.c.id)
    if not include_resolved:
        q = q.where(errors.c.resolved_at.is_(None))
    return [
        {
            "id": r.id, "origin": r.origin, "source_id": r.source_id,
            "article_id": r.article_id, "stage": r.stage, "reason": r.reason,
            "created_at": _iso(r.created_at), "resolved_at": _iso(r.resolved_at),
        }
        for r in conn.execute(q)
    ]


def open_source_error_origins(conn: Connection) -> set[str]:
    """Places that could not be read last time, so a run can resolve them when they read fine."""
    q = select(errors.c.origin).where(
        errors.c.resolved_at.is_(None), errors.c.stage == "source"
    ).distinct()
    return set(conn.execute(q).scalars())


def pending_article_ids(conn: Connection) -> list[int]:
    """Articles stored but not yet processed: left over by an interrupted ingest."""
    q = select(articles.c.id).where(articles.c.status == PENDING).order_by(articles.c.id)
    return list(conn.execute(q).scalars())


def reprocess_article_ids(conn: Connection, version: str, everything: bool = True) -> list[int]:
    """All articles, or only those not yet processed by extractor `version`."""
    q = select(articles.c.id).order_by(articles.c.id)
    if not everything:
        q = q.where(or_(
            articles.c.status != PROCESSED,
            articles.c.extractor_version.is_(None),
            articles.c.extractor_version != version,
        ))
    return list(conn.execute(q).scalars())


def article_status(conn: Connection, article_ids: Iterable[int] | None = None) -> dict[int, str]:
    q = select(articles.c.id, articles.c.status)
    if article_ids is not None:
        q = q.where(articles.c.id.in_(list(article_ids)))
    return {r.id: r.status for r in conn.execute(q)}


def counts(conn: Connection) -> dict[str, int]:
    """Row counts per table, for summaries and the web UI's status line."""
    out = {}
    for name, table in (("articles", articles), ("people", people), ("events", events),
                        ("quotes", quotes)):
        out[name] = conn.execute(select(func.count()).select_from(table)).scalar_one()
    out["open_errors"] = conn.execute(
        select(func.count()).select_from(errors).where(errors.c.resolved_at.is_(None))
    ).scalar_one()
    return out
