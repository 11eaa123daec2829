"""Human review of events: confirm, reject or correct, with an audit log; API tokens.

Reviews are keyed on event ids, which reprocessing regenerates unchanged, so a review outlives
`floorcross reprocess` (there is deliberately no foreign key to `events`). The current review of
an event lives in `event_reviews`; every review also appends a `review_log` row saying who
changed what, from which value to which.

Read queries apply reviews through :func:`effective`: a corrected field replaces the extracted
one, everywhere the register is shown. The web's event listing reads the same reviewed values
from `event_index` (floorcross.store.web_read), which database triggers rebuild whenever a
review row or the event row changes (migration 0005), so saving a review here and rewriting
events on reprocess both keep it current without any call from this module.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import re
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import (
    Column,
    Connection,
    DateTime,
    Integer,
    String,
    Table,
    Text,
    case,
    delete,
    insert,
    select,
)

from floorcross.store.schema import events, metadata
from floorcross.store.write import now
from floorcross.types import EVENT_TYPES, ROLES

CONFIRMED = "confirmed"
REJECTED = "rejected"
CORRECTED = "corrected"
STATUSES = (CONFIRMED, REJECTED, CORRECTED)
ACTIONS = ("confirm", "reject", "correct")
# Fields a reviewer may correct; the rest (hedged, reason, evidence) stay as extracted.
FIELDS = ("type", "party_from", "party_to", "role", "body", "ward", "date")

TZ = DateTime(timezone=True)
# As migration 0002 made them: the short coded fields are bounded, the names are free text.
_FIELD_TYPES = {"type": String(32), "role": String(32), "date": String(10)}

event_reviews = Table(
    "event_reviews",
    metadata,
    Column("event_id", String(40), primary_key=True),
    Column("status", String(16), nullable=False, index=True),
    Column("fields", Text, nullable=False),
    *(Column(f, _FIELD_TYPES.get(f, Text)) for f in FIELDS),
    Column("note", Text),
    Column("reviewer", Text, nullable=False),
    Column("reviewed_at", TZ, nullable=False),
)

review_log = Table(
    "review_log",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("event_id", String(40), nullable=False, index=True),
    Column("reviewer", Text, nullable=False),
    Column("at", TZ, nullable=False),
    Column("status", String(16), nullable=False),
    Column("old", Text, nullable=False),
    Column("new", Text, nullable=False),
    Column("note", Text),
)

api_tokens = Table(
    "api_tokens",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("name", Text, nullable=False),
    Column("token_hash", String(64), nullable=False, unique=True),
    Column("created_at", TZ, nullable=False),
)

_DATE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")


class ReviewError(ValueError):
    """A review that cannot be applied (unknown event, bad value); the message says why."""


def _marker(field: str) -> str:
    return f",{field},"


def effective(field: str):
    """SQL expression for an event field with its correction applied (needs the outer join
    of `event_reviews`, see :func:`join_reviews`)."""
    corrected = event_reviews.c.fields.contains(_marker(field), autoescape=True)
    return case((corrected, event_reviews.c[field]), else_=events.c[field])


def join_reviews(from_clause):
    """`from_clause` outer-joined with the reviews of its events."""
    return from_clause.outerjoin(event_reviews, event_reviews.c.event_id == events.c.id)


def review_filter(status: str | None):
    """WHERE clause for a review-status filter: None hides rejected events, "all" keeps
    everything, "unreviewed" keeps events nobody reviewed, else that status."""
    status_col = event_reviews.c.status
    if status == "all":
        return None
    if status == "unreviewed":
        return status_col.is_(None)
    if status in STATUSES:
        return status_col == status
    return (status_col.is_(None)) | (status_col != REJECTED)


def _clean_value(field: str, value: Any) -> str | None:
    text = None if value is None else str(value).strip()
    if not text:
        text = None
    if field == "type" and text not in EVENT_TYPES:
        raise ReviewError(f"type must be one of {', '.join(EVENT_TYPES)}")
    if field == "role" and text is not None and text not in ROLES:
        raise ReviewError(f"role must be one of {', '.join(ROLES)}, or empty")
    if field == "date" and text is not None and not _DATE.match(text):
        raise ReviewError("date must be YYYY, YYYY-MM or YYYY-MM-DD")
    if text is not None and len(text) > 300:
        raise ReviewError(f"{field} is too long (300 characters at most)")
    return text


@dataclass
class Review:
    event_id: str
    status: str
    corrections: dict[str, str | None]
    note: str | None
    reviewer: str
    reviewed_at: datetime

    def as_dict(self) -> dict[str, Any]:
        return {
            "status": self.status, "corrections": self.corrections, "note": self.note,
            "reviewer": self.reviewer,
            "reviewed_at": self.reviewed_at.isoformat() if self.reviewed_at else None,
        }


def _review_from_row(row) -> Review:
    fields = [f for f in row.fields.strip(",").split(",") if f]
    return Review(row.event_id, row.status, {f: row._mapping[f] for f in fields},
                  row.note, row.reviewer, row.reviewed_at)


def get_review(conn: Connection, event_id: str) -> Review | None:
    row = conn.execute(select(event_reviews).where(event_reviews.c.event_id == event_id)).first()
    return _review_from_row(row) if row else None


def _extracted(conn: Connection, event_id: str) -> Mapping[str, Any]:
    row = conn.execute(select(events).where(events.c.id == event_id)).first()
    if row is None:
        raise ReviewError(f"no event {event_id}")
    return row._mapping


def _status_for(action: str, corrections: dict) -> str:
    if action == "reject":
        return REJECTED
    return CORRECTED if corrections else CONFIRMED


def review_event(
    conn: Connection, event_id: str, action: str, reviewer: str,
    changes: Mapping[str, Any] | None = None, note: str | None = None,
) -> Review:
    """Apply a review and log it. `changes` maps fields of FIELDS to corrected values (a value
    equal to the extracted one drops the correction). Raises ReviewError on bad input."""
    if action not in ACTIONS:
        raise ReviewError(f"action must be one of {', '.join(ACTIONS)}")
    unknown = set(changes or {}) - set(FIELDS)
    if unknown:
        raise ReviewError(f"cannot correct {', '.join(sorted(unknown))}")
    extracted = _extracted(conn, event_id)
    before = get_review(conn, event_id)
    corrections = dict(before.corrections) if before else {}
    current = {f: corrections.get(f, extracted[f]) for f in FIELDS}
    for field, value in (changes or {}).items():
        value = _clean_value(field, value)
        if value == extracted[field]:
            corrections.pop(field, None)
        else:
            corrections[field] = value
    if action == "correct" and corrections == (before.corrections if before else {}):
        raise ReviewError("nothing to correct: no value differs from the current one")
    status = _status_for(action, corrections)
    after = {f: corrections.get(f, extracted[f]) for f in FIELDS}
    old = {f: current[f] for f in FIELDS if current[f] != after[f]}
    new = {f: after[f] for f in old}
    old["status"], new["status"] = (before.status if before else None), status
    at = now()
    note = (note or "").strip()[:2000] or None
    conn.execute(delete(event_reviews).where(event_reviews.c.event_id == event_id))
    conn.execute(insert(event_reviews).values(
        event_id=event_id, status=status,
        fields="," + ",".join(sorted(corrections)) + "," if corrections else "",
        note=note, reviewer=reviewer, reviewed_at=at,
        **{f: corrections.get(f) for f in FIELDS},
    ))
    conn.execute(insert(review_log).values(
        event_id=event_id, reviewer=reviewer, at=at, status=status, note=note,
        old=json.dumps(old, ensure_ascii=False), new=json.dumps(new, ensure_ascii=False),
    ))
    return Review(event_id, status, corrections, note, reviewer, at)


def review_history(conn: Connection, event_id: str) -> list[dict[str, Any]]:
    """The audit trail of an event, oldest first: who, when, status, old and new values."""
    q = select(review_log).where(review_log.c.event_id == event_id).order_by(review_log.c.id)
    return [
        {"reviewer": r.reviewer, "at": r.at.isoformat() if r.at else None, "status": r.status,
         "old": json.loads(r.old), "new": json.loads(r.new), "note": r.note}
        for r in conn.execute(q)
    ]


# --- API tokens: only a SHA-256 of each token is stored; the token is shown once. ---

def hash_token(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def create_token(conn: Connection, name: str) -> str:
    """A new random token for `name` (the reviewer the audit log will show)."""
    token = "fc_" + secrets.token_urlsafe(32)
    conn.execute(insert(api_tokens).values(
        name=name, token_hash=hash_token(token), created_at=now(),
    ))
    return token


def token_owner(conn: Connection, token: str, env_token: str | None = None) -> str | None:
    """The name behind a token, or None when it is not valid. `env_token` (from the
    environment) is accepted too, as the reviewer "admin"."""
    if not token:
        return None
    if env_token and hmac.compare_digest(token.encode(), env_token.encode()):
        return "admin"
    row = conn.execute(
        select(api_tokens.c.name).where(api_tokens.c.token_hash == hash_token(token))
    ).first()
    return row.name if row else None
