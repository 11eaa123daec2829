"""Human review of people: merge two people into one, or split references off a person.

A review is stored as rules the resolver applies (floorcross.resolve.people.Rules), not as a
one-off edit of the resolved rows, so it holds through `floorcross reprocess` and later ingests:

- `person_rules` ("ref", mention or quote id) -> person: that reference belongs to that person.
  Mention and quote ids are derived from article content, so reprocessing gives them again.
- `person_rules` ("name", normalised name) -> person: references written with that name go to
  that person unless their context (council, article) rules it out. A merge files the merged
  person's full names this way, so a new article naming them lands on the person kept; a split
  by alias files the alias with the person it was split off to.

Applying a review takes the affected references out of the resolved state and resolves them
again under the rules, exactly as reprocessing does; merged events follow their person (and
fold into the kept person's matching events). Every review appends a `person_review_log` row
saying who did what, when, with what note, and what changed.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

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

from floorcross.resolve import names
from floorcross.resolve.people import Rules
from floorcross.resolve.tables import event_mentions, person_aliases
from floorcross.store import ids
from floorcross.store.schema import metadata, people, quotes
from floorcross.store.write import now

REF, NAME = "ref", "name"
MERGE, SPLIT = "merge", "split"
_CHUNK = 500

person_rules = Table(
    "person_rules",
    metadata,
    Column("kind", String(8), primary_key=True),
    Column("key", String(400), primary_key=True),
    Column("person_id", String(40), nullable=False, index=True),
    Column("log_id", Integer, nullable=False),
)

person_review_log = Table(
    "person_review_log",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("action", String(8), nullable=False),
    Column("person_id", String(40), nullable=False, index=True),
    Column("into", String(40), nullable=False, index=True),
    Column("reviewer", Text, nullable=False),
    Column("at", DateTime(timezone=True), nullable=False),
    Column("old", Text, nullable=False),
    Column("new", Text, nullable=False),
    Column("note", Text),
)


class PersonReviewError(ValueError):
    """A review that cannot be applied (unknown person, nothing to move); says why."""


@dataclass(frozen=True)
class _Ref:
    id: str
    article: int
    name: str
    mention: bool  # an event mention (else a quote's speaker)

    @property
    def key(self) -> str:
        return " ".join(names.tokens(self.name))


def _chunks(items: Iterable) -> Iterable[list]:
    items = list(items)
    return (items[i : i + _CHUNK] for i in range(0, len(items), _CHUNK))


# --- rules for the resolver -------------------------------------------------------------------

def rules_for(conn: Connection, ref_ids: Iterable[str], ref_names: Iterable[str]) -> Rules:
    """The rules that can apply to references with these ids and names (and no others)."""
    rules = Rules()
    keys = {" ".join(t) for n in ref_names if len(t := names.tokens(n)) > 1}
    for kind, wanted, out in ((REF, set(ref_ids), rules.pinned), (NAME, keys, rules.names)):
        for chunk in _chunks(sorted(wanted)):
            rows = conn.execute(select(person_rules.c.key, person_rules.c.person_id).where(
                person_rules.c.kind == kind, person_rules.c.key.in_(chunk)))
            out.update((r.key, r.person_id) for r in rows)
    return rules


def _set_rules(conn: Connection, kind: str, keys: dict[str, str], log_id: int) -> None:
    """Add rules; a later review of the same reference or name replaces the earlier one."""
    for chunk in _chunks(sorted(keys)):
        conn.execute(delete(person_rules).where(person_rules.c.kind == kind,
                                                person_rules.c.key.in_(chunk)))
        conn.execute(insert(person_rules), [
            {"kind": kind, "key": k, "person_id": keys[k], "log_id": log_id} for k in chunk])


# --- the references of a person and moving them -----------------------------------------------

def _refs_of(conn: Connection, person_id: str) -> list[_Ref]:
    mentions = conn.execute(select(event_mentions.c.id, event_mentions.c.article_id,
                                   event_mentions.c.person_name)
                            .where(event_mentions.c.person_id == person_id)).all()
    spoken = conn.execute(select(quotes.c.id, quotes.c.article_id, quotes.c.speaker_name)
                          .where(quotes.c.speaker_person_id == person_id,
                                 quotes.c.speaker_name.is_not(None))).all()
    return ([_Ref(r.id, r.article_id, r.person_name, True) for r in mentions]
            + [_Ref(r.id, r.article_id, r.speaker_name, False) for r in spoken])


def _resolve_again(conn: Connection, refs: list[_Ref]) -> None:
    """Take `refs` out of the resolved state and resolve them again under the rules (what
    reprocessing their articles would do, without extracting anything again)."""
    from floorcross.resolve import sync  # imported late: sync reads this module's rules

    stale = sync.Stale()
    mention_ids = [r.id for r in refs if r.mention]
    quote_ids = [r.id for r in refs if not r.mention]
    for chunk in _chunks(mention_ids):
        for r in conn.execute(select(event_mentions.c.event_id, event_mentions.c.person_id)
                              .where(event_mentions.c.id.in_(chunk))):
            stale.events.add(r.event_id)
            stale.people.add(r.person_id)
        conn.execute(update(event_mentions).where(event_mentions.c.id.in_(chunk))
                     .values(event_id=None, person_id=None))
    for chunk in _chunks(quote_ids):
        stale.people.update(conn.execute(select(quotes.c.speaker_person_id)
                                         .where(quotes.c.id.in_(chunk))).scalars())
        conn.execute(update(quotes).where(quotes.c.id.in_(chunk))
                     .values(speaker_person_id=None))
    stale.events.discard(None)
    stale.people.discard(None)
    sync.resolve_pending(conn, stale)


def _person(conn: Connection, person_id: str) -> Any:
    row = conn.execute(select(people.c.id, people.c.name).where(people.c.id == person_id)).first()
    if row is None:
        raise PersonReviewError(f"no person {person_id}")
    return row


def _aliases(conn: Connection, person_id: str) -> list[str]:
    return list(conn.execute(select(person_aliases.c.alias)
                             .where(person_aliases.c.person_id == person_id)
                             .order_by(person_aliases.c.alias)).scalars())


def _event_ids(conn: Connection, person_id: str) -> list[str]:
    return sorted({e for e in conn.execute(select(event_mentions.c.event_id).where(
        event_mentions.c.person_id == person_id)).scalars() if e})


def _log(conn: Connection, action: str, person_id: str, into: str, reviewer: str,
         note: str | None, old: dict, new: dict) -> int:
    return conn.execute(insert(person_review_log).returning(person_review_log.c.id).values(
        action=action, person_id=person_id, into=into, reviewer=reviewer, at=now(),
        old=json.dumps(old, ensure_ascii=False), new=json.dumps(new, ensure_ascii=False),
        note=(note or "").strip()[:2000] or None,
    )).scalar_one()


# --- reviews ----------------------------------------------------------------------------------

def merge_person(conn: Connection, person_id: str, into: str, reviewer: str,
                 note: str | None = None) -> dict[str, Any]:
    """Merge person `person_id` into `into`: its references, events and names go to `into`,
    now and after any reprocessing. Returns the log entry. Raises PersonReviewError."""
    if person_id == into:
        raise PersonReviewError("a person cannot be merged into themselves")
    gone, kept = _person(conn, person_id), _person(conn, into)
    refs = _refs_of(conn, person_id)
    kept_refs = _refs_of(conn, into)
    old = {"person": gone.id, "name": gone.name, "aliases": _aliases(conn, person_id),
           "events": _event_ids(conn, person_id), "into_name": kept.name}
    log_id = _log(conn, MERGE, person_id, into, reviewer, note, old, {"person": into})
    # Rules that sent references to the merged person now send them to the one kept.
    conn.execute(update(person_rules).where(person_rules.c.person_id == person_id)
                 .values(person_id=into))
    # Both people's references are pinned: either side alone may not reach the other's
    # names and context when one of their articles is reprocessed.
    _set_rules(conn, REF, {r.id: into for r in refs + kept_refs}, log_id)
    _set_rules(conn, NAME, {r.key: into for r in refs if " " in r.key}, log_id)
    _resolve_again(conn, refs)
    new = {"person": into, "aliases": _aliases(conn, into), "events": _event_ids(conn, into)}
    return _finish_log(conn, log_id, new)


def _split_refs(conn: Connection, person_id: str, articles: Iterable[int] | None,
                alias: str | None) -> list[_Ref]:
    refs = _refs_of(conn, person_id)
    if alias is not None:
        key = " ".join(names.tokens(alias))
        if not key:
            raise PersonReviewError("the alias has no name in it")
        return [r for r in refs if r.key == key]
    wanted = set(articles or ())
    if not wanted:
        raise PersonReviewError("give the articles or the alias to split off")
    return [r for r in refs if r.article in wanted]


def _new_person_id(conn: Connection, name: str) -> str:
    """A fresh id for a person split off, unused by people and by rules."""
    base = ids.person_id(" ".join(names.tokens(name)))
    candidate, n = base, 1
    while conn.execute(select(people.c.id).where(people.c.id == candidate)).first() or \
            conn.execute(select(person_rules.c.key)
                         .where(person_rules.c.person_id == candidate)).first():
        n += 1
        candidate = f"{base}-{n}"
    return candidate


def split_person(conn: Connection, person_id: str, reviewer: str, *,
                 articles: Iterable[int] | None = None, alias: str | None = None,
                 into: str | None = None, note: str | None = None) -> dict[str, Any]:
    """Move the references of `person_id` in `articles` (or written as `alias`) to `into`, or
    to a new person. An alias also sends later references with that name there. Returns the
    log entry (its `into` is the person the references went to). Raises PersonReviewError."""
    source = _person(conn, person_id)
    if into is not None:
        if into == person_id:
            raise PersonReviewError("the references are already this person's")
        _person(conn, into)
    refs = _split_refs(conn, person_id, articles, alias)
    if not refs:
        raise PersonReviewError("none of this person's references match")
    target = into or _new_person_id(conn, alias or refs[0].name)
    old = {"person": person_id, "name": source.name, "alias": alias,
           "articles": sorted({r.article for r in refs}), "references": len(refs),
           "events": _event_ids(conn, person_id)}
    log_id = _log(conn, SPLIT, person_id, target, reviewer, note, old, {"person": target})
    # The references left are pinned too, so they and the ones moved stay apart.
    moved = {r.id for r in refs}
    left = {r.id: person_id for r in _refs_of(conn, person_id) if r.id not in moved}
    _set_rules(conn, REF, left | {r.id: target for r in refs}, log_id)
    if alias is not None and len(alias_key := refs[0].key.split()) > 1:
        _set_rules(conn, NAME, {" ".join(alias_key): target}, log_id)
    _resolve_again(conn, refs)
    new = {"person": target, "aliases": _aliases(conn, target),
           "events": _event_ids(conn, target), "left": _event_ids(conn, person_id)}
    return _finish_log(conn, log_id, new)


def _finish_log(conn: Connection, log_id: int, new: dict) -> dict[str, Any]:
    conn.execute(update(person_review_log).where(person_review_log.c.id == log_id)
                 .values(new=json.dumps(new, ensure_ascii=False)))
    row = conn.execute(select(person_review_log)
                       .where(person_review_log.c.id == log_id)).one()
    return _entry(row)


def _entry(row) -> dict[str, Any]:
    return {"id": row.id, "action": row.action, "person": row.person_id, "into": row.into,
            "reviewer": row.reviewer, "at": row.at.isoformat() if row.at else None,
            "old": json.loads(row.old), "new": json.loads(row.new), "note": row.note}


def person_history(conn: Connection, person_id: str) -> list[dict[str, Any]]:
    """The audit trail of reviews that took references from or gave them to a person."""
    q = (select(person_review_log)
         .where(or_(person_review_log.c.person_id == person_id,
                    person_review_log.c.into == person_id))
         .order_by(person_review_log.c.id))
    return [_entry(r) for r in conn.execute(q)]
