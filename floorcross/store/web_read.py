"""Read queries of the web pages and API: paginated, searchable views over the reviewed register.

The event table is filtered, sorted and counted on `event_index` (migration 0005): one narrow
row per event holding its reviewed values, kept current by database triggers, with full-text
search through the database's own index. Only the page's rows are then read in full, through
:func:`floorcross.store.read.event_query`, so the pages, the API, `floorcross events` and
exports agree on which events exist and what their (reviewed) values are.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    Connection,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    desc,
    func,
    literal_column,
    or_,
    select,
)

from floorcross.store import read, review
from floorcross.store.schema import (
    PROCESSED,
    articles,
    events,
    evidence,
    metadata,
    people,
    quotes,
)
from floorcross.store.search import contains_ci, text_search_clause

SORTS = ("date", "person", "type", "party_from", "party_to", "body")
MAX_LIMIT = 500
MAX_WORDS = 8
# FTS5's trigram tokenizer finds substrings of three characters or more through its index.
TRIGRAM = 3

# Written by the triggers of migration 0005 only; `*_ci` columns are lower-cased.
event_index = Table(
    "event_index",
    metadata,
    Column("doc", Integer, primary_key=True),
    Column("event_id", String(40), nullable=False, unique=True),
    Column("person_id", String(40), nullable=False),
    Column("person_ci", Text),
    Column("type", String(32)),
    Column("party_from_ci", Text),
    Column("party_to_ci", Text),
    Column("body_ci", Text),
    Column("sort_when", String(40)),  # the reviewed date, else the article's publication
    Column("hedged", Boolean, nullable=False),
    Column("review_status", String(16)),
)
# Migration 0005's indexes: the filters, and the default listing's order (newest first).
Index("ix_event_index_person_ci", event_index.c.person_ci)
Index("ix_event_index_review_status", event_index.c.review_status)
for _lead in ("", "type", "hedged"):
    Index(f"ix_event_index_{_lead or 'newest'}_when",
          *([event_index.c[_lead]] if _lead else []),
          event_index.c.sort_when.desc(), event_index.c.event_id)
event_search = Table(
    "event_search",
    metadata,
    Column("doc", Integer, primary_key=True, autoincrement=False),  # event_index.doc
    Column("event_id", String(40), nullable=False, unique=True),
    Column("search_text", Text, nullable=False),  # lower-cased
)
# SQLite's FTS5 table over event_search.search_text (rowid = doc); none on PostgreSQL.
event_search_fts = Table("event_search_fts", MetaData(), Column("rowid", Integer),
                         Column("search_text", Text))
_x = event_index.c
# PostgreSQL only: the stored to_tsvector('english', search_text) of event_search.
_SEARCH_TS = literal_column("event_search.search_ts")


@dataclass
class WebFilter(read.EventFilter):
    """The event filters of `floorcross events` plus what the web table offers."""

    q: str | None = None  # free-text search
    hedged: bool | None = None
    sort: str = "date"
    descending: bool = True
    offset: int = 0


def _fts_phrase(word: str) -> str:
    """`word` as one FTS5 phrase: taken literally, whatever characters it holds."""
    return '"' + word.replace('"', '""') + '"'


def search_clause(q: str, dialect: str) -> list:
    """The one place event search is defined: every word of `q` must be found in the person's
    name, the parties, council, ward, reason or evidence sentences (reviewed values).

    SQLite: a case-insensitive substring match, through the FTS5 trigram index for words of
    three characters or more. PostgreSQL: its full-text search (stemmed words) or'ed with a
    substring match, see :func:`floorcross.store.search.text_search_clause`."""
    text, fts = event_search.c, event_search_fts.c
    clauses = []
    for word in q.lower().split()[:MAX_WORDS]:
        if dialect == "sqlite" and len(word) >= TRIGRAM:
            docs = select(fts.rowid).where(fts.search_text.op("MATCH")(_fts_phrase(word)))
        else:
            docs = select(text.doc).where(text_search_clause(
                text.search_text, word, dialect, folded=True, vector=_SEARCH_TS))
        clauses.append(_x.doc.in_(docs))
    return clauses


def _icontains_folded(column, text: str):
    """Case-insensitive match on an already lower-cased column: no function call per row."""
    return contains_ci(column, text, folded=True)


def _filter_clauses(flt: WebFilter, dialect: str) -> list:
    """WHERE clauses over event_index for `flt`; all on plain columns of one table."""
    where = []
    status = flt.review
    if status == "unreviewed":
        where.append(_x.review_status.is_(None))
    elif status in review.STATUSES:
        where.append(_x.review_status == status)
    elif status != "all":
        where.append(or_(_x.review_status.is_(None), _x.review_status != review.REJECTED))
    if flt.party:
        where.append(or_(_icontains_folded(_x.party_from_ci, flt.party),
                         _icontains_folded(_x.party_to_ci, flt.party)))
    if flt.type:
        where.append(_x.type == flt.type)
    if flt.body:
        where.append(_icontains_folded(_x.body_ci, flt.body))
    if flt.person:
        where.append(_icontains_folded(_x.person_ci, flt.person))
    if flt.since:
        where.append(_x.sort_when >= flt.since)
    if flt.until:
        where.append(or_(_x.sort_when <= flt.until,
                         _x.sort_when.startswith(flt.until, autoescape=True)))
    if flt.hedged is not None:
        where.append(_x.hedged == flt.hedged)
    if flt.q and flt.q.strip():
        where.extend(search_clause(flt.q, dialect))
    return where


# Names, parties and councils sort regardless of case.
_SORT_COLUMNS = {"date": _x.sort_when, "person": _x.person_ci, "type": _x.type,
                 "party_from": _x.party_from_ci, "party_to": _x.party_to_ci, "body": _x.body_ci}


def list_events(conn: Connection, flt: WebFilter) -> tuple[int, list[dict[str, Any]]]:
    """(total matching, one page of export records) for `flt`."""
    where = _filter_clauses(flt, conn.dialect.name)
    total = conn.execute(select(func.count()).select_from(event_index).where(*where)
                         ).scalar_one()
    col = _SORT_COLUMNS[flt.sort if flt.sort in SORTS else "date"]
    order = col.desc().nulls_last() if flt.descending else col.asc().nulls_last()
    # Sort and cut the page on the narrow index alone, then read the full rows of that page.
    ids_q = (select(_x.event_id).where(*where).order_by(order, _x.event_id)
             .offset(max(flt.offset, 0)).limit(min(flt.limit or 50, MAX_LIMIT)))
    ids = list(conn.execute(ids_q).scalars())
    if not ids:
        return total, []
    rows = conn.execute(read.event_query(read.EventFilter(review="all"))
                        .where(events.c.id.in_(ids))).all()
    by_id = {r.id: r for r in rows}
    return total, read.records_from_rows(conn, [by_id[i] for i in ids if i in by_id])


def event_detail(conn: Connection, event_id: str) -> dict[str, Any] | None:
    """One event (even a rejected one) with its review, audit trail and quotes."""
    q = read.event_query(read.EventFilter(review="all")).where(events.c.id == event_id)
    rows = conn.execute(q).all()
    if not rows:
        return None
    rec = read.records_from_rows(conn, rows)[0]
    found = review.get_review(conn, event_id)
    rec["review"] = found.as_dict() if found else None
    rec["review_history"] = review.review_history(conn, event_id)
    extracted = conn.execute(select(events).where(events.c.id == event_id)).one()._mapping
    rec["extracted"] = {f: extracted[f] for f in review.FIELDS}
    rec["quote_texts"] = quote_page(conn, event_id=event_id, limit=MAX_LIMIT)[1]
    return rec


def _counts(conn: Connection, expr, top: int) -> list[tuple[str, int]]:
    base = read.event_query(read.EventFilter()).subquery()
    col = expr(base)
    q = (select(col.label("k"), func.count().label("n")).where(col.is_not(None))
         .group_by(col).order_by(desc("n"), col).limit(top))
    return [(r.k, r.n) for r in conn.execute(q)]


def dashboard(conn: Connection, top: int = 10) -> dict[str, Any]:
    """Figures of the home page: changes per month, parties left and joined, councils."""
    when = read.event_when()
    month_q = read.event_query(read.EventFilter()).add_columns(
        func.substr(when, 1, 7).label("month")).subquery()
    months = conn.execute(
        select(month_q.c.month, func.count()).where(month_q.c.month.is_not(None))
        .group_by(month_q.c.month).order_by(month_q.c.month.desc()).limit(24)
    ).all()
    return {
        "months": [(m, n) for m, n in reversed(months)],
        "left": _counts(conn, lambda t: t.c.party_from, top),
        "joined": _counts(conn, lambda t: t.c.party_to, top),
        "bodies": _counts(conn, lambda t: t.c.body, top),
        "counts": read.counts(conn),
    }


def latest_events(conn: Connection, limit: int = 10) -> list[dict[str, Any]]:
    """Newest changes by when they were processed (the feed and the dashboard)."""
    q = (read.event_query(read.EventFilter()).add_columns(articles.c.processed_at)
         .order_by(None).order_by(articles.c.processed_at.desc().nulls_last(), events.c.id)
         .limit(limit))
    rows = conn.execute(q).all()
    recs = read.records_from_rows(conn, rows)
    for rec, row in zip(recs, rows, strict=True):
        rec["processed_at"] = row.processed_at
    return recs


def people_page(
    conn: Connection, q: str | None = None, limit: int = 50, offset: int = 0
) -> tuple[int, list[dict[str, Any]]]:
    """People with how many (not rejected) events and quotes they have."""
    visible = read.event_query(read.EventFilter()).subquery()
    n_events = (select(func.count()).where(visible.c.person_id == people.c.id)
                .scalar_subquery())
    n_quotes = (select(func.count()).where(quotes.c.speaker_person_id == people.c.id)
                .scalar_subquery())
    base = select(people.c.id, people.c.name, n_events.label("events"),
                  n_quotes.label("quotes"))
    if q and q.strip():
        base = base.where(read._icontains(people.c.name, q.strip()))
    total = conn.execute(select(func.count()).select_from(base.subquery())).scalar_one()
    rows = conn.execute(base.order_by(people.c.name, people.c.id)
                        .limit(min(limit, MAX_LIMIT)).offset(max(offset, 0)))
    return total, [dict(r._mapping) for r in rows]


def person_detail(conn: Connection, person_id: str) -> dict[str, Any] | None:
    """A person's affiliation timeline (oldest first), roles, quotes and sources."""
    row = conn.execute(select(people).where(people.c.id == person_id)).first()
    if row is None:
        return None
    flt = read.EventFilter()
    rows = conn.execute(read.event_query(flt).where(events.c.person_id == person_id)).all()
    timeline = list(reversed(read.records_from_rows(conn, rows)))
    roles = sorted({(e["role"] or "", e["body"] or "", e["ward"] or "") for e in timeline}
                   - {("", "", "")})
    sources: dict[int, dict] = {}
    for e in timeline:
        for ev in e["evidence"]:
            sources.setdefault(ev["article_id"], {"article_id": ev["article_id"],
                                                  "source_id": ev["source_id"],
                                                  "url": ev["url"]})
    return {
        "id": row.id, "name": row.name, "timeline": timeline,
        "roles": [{"role": r or None, "body": b or None, "ward": w or None}
                  for r, b, w in roles],
        "quotes": quote_page(conn, speaker_id=person_id, limit=MAX_LIMIT)[1],
        "sources": list(sources.values()),
    }


def quote_page(
    conn: Connection, q: str | None = None, speaker: str | None = None,
    speaker_id: str | None = None, event_id: str | None = None, limit: int = 50,
    offset: int = 0,
) -> tuple[int, list[dict[str, Any]]]:
    """(total, one page of quote records) matching words, a speaker's name or id, an event."""
    base = (
        select(quotes, people.c.name.label("person_name"), articles.c.source_id,
               articles.c.url, articles.c.title)
        .join(articles, articles.c.id == quotes.c.article_id)
        .outerjoin(people, people.c.id == quotes.c.speaker_person_id)
    )
    for word in (q or "").split()[:8]:
        base = base.where(read._icontains(quotes.c.text, word))
    if speaker and speaker.strip():
        base = base.where(or_(read._icontains(people.c.name, speaker.strip()),
                              read._icontains(quotes.c.speaker_name, speaker.strip())))
    if speaker_id:
        base = base.where(quotes.c.speaker_person_id == speaker_id)
    if event_id:
        base = base.where(quotes.c.event_id == event_id)
    total = conn.execute(select(func.count()).select_from(base.subquery())).scalar_one()
    rows = conn.execute(base.order_by(quotes.c.article_id.desc(), quotes.c.start_char)
                        .limit(min(limit, MAX_LIMIT)).offset(max(offset, 0)))
    return total, [
        {"id": r.id, "speaker": ({"id": r.speaker_person_id, "name": r.person_name}
                                 if r.speaker_person_id else None),
         "speaker_name": r.speaker_name, "text": r.text, "article_id": r.article_id,
         "source_id": r.source_id, "url": r.url, "title": r.title, "start": r.start_char,
         "end": r.end_char, "event_id": r.event_id, "kind": r.kind}
        for r in rows
    ]


_ARTICLE_COLS = (articles.c.id, articles.c.source_id, articles.c.url, articles.c.title,
                 articles.c.outlet, articles.c.author, articles.c.published, articles.c.status,
                 articles.c.ingested_at, articles.c.processed_at)


def article_page(
    conn: Connection, q: str | None = None, limit: int = 50, offset: int = 0
) -> tuple[int, list[dict[str, Any]]]:
    """(total, one page of article summaries), searching titles and cleaned text."""
    n_events = select(func.count()).where(events.c.article_id == articles.c.id).scalar_subquery()
    base = select(*_ARTICLE_COLS, n_events.label("events"))
    for word in (q or "").split()[:8]:
        base = base.where(or_(read._icontains(articles.c.title, word),
                              read._icontains(articles.c.cleaned_text, word)))
    total = conn.execute(select(func.count()).select_from(base.subquery())).scalar_one()
    rows = conn.execute(base.order_by(articles.c.id.desc())
                        .limit(min(limit, MAX_LIMIT)).offset(max(offset, 0)))
    return total, [_article_dict(r) for r in rows]


def _article_dict(r) -> dict[str, Any]:
    d = dict(r._mapping)
    for k in ("ingested_at", "processed_at"):
        d[k] = d[k].isoformat() if d.get(k) else None
    return d


def article_detail(conn: Connection, article_id: int) -> dict[str, Any] | None:
    """An article's cleaned text with its events (all, rejected marked), quotes and people."""
    row = conn.execute(select(*_ARTICLE_COLS, articles.c.cleaned_text)
                       .where(articles.c.id == article_id)).first()
    if row is None:
        return None
    out = _article_dict(row)
    flt = read.EventFilter(review="all")
    # Merged events keep their earliest article; a later report supports them through evidence.
    reported = select(evidence.c.event_id).where(evidence.c.article_id == article_id)
    rows = conn.execute(read.event_query(flt).where(events.c.id.in_(reported))).all()
    out["events"] = read.records_from_rows(conn, rows)
    out["quotes"] = _article_quotes(conn, article_id)
    out["processed"] = row.status == PROCESSED
    return out


def _article_quotes(conn: Connection, article_id: int) -> list[dict[str, Any]]:
    q = (select(quotes, people.c.name.label("person_name"))
         .outerjoin(people, people.c.id == quotes.c.speaker_person_id)
         .where(quotes.c.article_id == article_id).order_by(quotes.c.start_char))
    return [{"id": r.id, "text": r.text, "start": r.start_char, "end": r.end_char,
             "speaker": ({"id": r.speaker_person_id, "name": r.person_name}
                         if r.speaker_person_id else None), "event_id": r.event_id}
            for r in conn.execute(q)]
