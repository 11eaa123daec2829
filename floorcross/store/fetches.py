"""Fetch bookkeeping: which URLs are already stored, and how often fetching one has failed.

A re-run of an ingest (or the next round of `floorcross watch`) uses these to fetch only what
is new or failed before, and to stop retrying a URL after a limit of failed attempts.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from sqlalchemy import (
    Column,
    Connection,
    DateTime,
    Integer,
    String,
    Table,
    Text,
    delete,
    insert,
    or_,
    select,
    update,
)

from floorcross.store.schema import articles, metadata
from floorcross.store.write import now

# Bound parameters per IN (...) query: well under SQLite's and PostgreSQL's limits.
_CHUNK = 500

fetch_attempts = Table(
    "fetch_attempts",
    metadata,
    Column("url_hash", String(64), primary_key=True),
    Column("url", Text, nullable=False),
    Column("failures", Integer, nullable=False),
    Column("last_reason", Text, nullable=False),
    Column("last_attempt_at", DateTime(timezone=True), nullable=False),
)


def _chunks(items: list[str]) -> Iterable[list[str]]:
    for i in range(0, len(items), _CHUNK):
        yield items[i : i + _CHUNK]


def url_hash(url: str) -> str:
    return hashlib.sha256(url.encode("utf-8", "surrogatepass")).hexdigest()


def stored_urls(conn: Connection, urls: Iterable[str]) -> set[str]:
    """Those of `urls` already stored as an article (as its source id or its final URL)."""
    wanted = list(dict.fromkeys(urls))
    found: set[str] = set()
    for chunk in _chunks(wanted):
        rows = conn.execute(
            select(articles.c.source_id, articles.c.url)
            .where(or_(articles.c.source_id.in_(chunk), articles.c.url.in_(chunk)))
        )
        for row in rows:
            found.update(u for u in (row.source_id, row.url) if u)
    return found & set(wanted)


def failures(conn: Connection, urls: Iterable[str]) -> dict[str, int]:
    """Failed attempts since the last success, for those of `urls` that have any."""
    by_hash = {url_hash(u): u for u in urls}
    out: dict[str, int] = {}
    for chunk in _chunks(list(by_hash)):
        rows = conn.execute(
            select(fetch_attempts.c.url_hash, fetch_attempts.c.failures)
            .where(fetch_attempts.c.url_hash.in_(chunk))
        )
        for row in rows:
            out[by_hash[row.url_hash]] = row.failures
    return out


def record_failure(conn: Connection, url: str, reason: str) -> int:
    """Count one more failed attempt at `url`; returns the count since the last success."""
    key = url_hash(url)
    current = conn.execute(
        select(fetch_attempts.c.failures).where(fetch_attempts.c.url_hash == key)
    ).scalar()
    if current is None:
        conn.execute(insert(fetch_attempts).values(
            url_hash=key, url=url, failures=1, last_reason=reason, last_attempt_at=now(),
        ))
        return 1
    conn.execute(update(fetch_attempts).where(fetch_attempts.c.url_hash == key).values(
        failures=current + 1, last_reason=reason, last_attempt_at=now(),
    ))
    return current + 1


def record_success(conn: Connection, url: str) -> None:
    """Forget the failures of a URL that has now been fetched."""
    conn.execute(delete(fetch_attempts).where(fetch_attempts.c.url_hash == url_hash(url)))
