"""Keeping the register's merged people and events in step with the articles' mentions.

Extraction writes each article's events as `event_mentions` (see resolve.tables); then, in the
same transaction, `after_write` groups the article into a story and resolves every mention not
yet resolved. Only the people a new name could belong to (found through `person_keys`) and
their events are loaded, so the cost of an article does not grow with the register. People
and events that changed are rewritten: `people` and `person_aliases`, `events` with the
best-supported values, and `evidence` as the union of their mentions' sentences.

Reviewers' merges and splits of people (floorcross.store.person_review) are rules the resolver
applies: before resolving, the rules for the new references' ids and names are loaded, and the
people they name are loaded with the candidates.

Reprocessing an article first collects the merged events and people its old mentions were part
of (`stale_of`); they are rewritten too, or deleted when nothing reports them any more. Ids are
kept (see resolve.resolver), so reviews keyed on event ids stay attached.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from sqlalchemy import Connection, delete, exists, insert, literal, select, update

from floorcross.resolve import minhash, names
from floorcross.resolve.events import Event
from floorcross.resolve.model import Changes, Mention
from floorcross.resolve.people import Person, PersonRef, Rules
from floorcross.resolve.resolver import Resolver
from floorcross.resolve.stories import MIN_SHINGLES, THRESHOLD
from floorcross.resolve.tables import (
    event_mentions,
    mention_evidence,
    person_aliases,
    person_keys,
    story_bands,
    story_groups,
)
from floorcross.store import person_review
from floorcross.store.schema import articles, events, evidence, people, quotes

_CHUNK = 500


def _chunks(items: Iterable) -> Iterator[list]:
    items = list(items)
    for i in range(0, len(items), _CHUNK):
        yield items[i : i + _CHUNK]


@dataclass
class Stale:
    """Merged events and people an article's previous mentions belonged to."""

    events: set[str] = field(default_factory=set)
    people: set[str] = field(default_factory=set)


def stale_of(conn: Connection, article_id: int) -> Stale:
    """Call before an article's derived rows are deleted."""
    rows = conn.execute(select(event_mentions.c.event_id, event_mentions.c.person_id)
                        .where(event_mentions.c.article_id == article_id)).all()
    speakers = conn.execute(select(quotes.c.speaker_person_id).where(
        quotes.c.article_id == article_id, quotes.c.speaker_person_id.is_not(None))).scalars()
    return Stale({r.event_id for r in rows if r.event_id},
                 {r.person_id for r in rows if r.person_id} | set(speakers))


# --- story groups ---------------------------------------------------------------------------

def _band_id(key: bytes) -> str:
    return hashlib.blake2b(key, digest_size=16).hexdigest()


def group_story(conn: Connection, article_id: int, text: str) -> int:
    """Put an article into the story group of its near-duplicates; returns the group id."""
    conn.execute(delete(story_bands).where(story_bands.c.article_id == article_id))
    conn.execute(delete(story_groups).where(story_groups.c.article_id == article_id))
    if len(minhash.shingles(text)) < MIN_SHINGLES:
        conn.execute(insert(story_groups).values(article_id=article_id, group_id=article_id))
        return article_id
    sig = minhash.signature(text)
    bands = sorted({_band_id(k) for k in minhash.band_keys(sig)})
    near = select(story_bands.c.article_id).where(story_bands.c.band.in_(bands)).distinct()
    groups = {
        r.group_id for r in conn.execute(
            select(story_groups.c.group_id, story_groups.c.signature)
            .where(story_groups.c.article_id.in_(near)))
        if r.signature and minhash.similarity(sig, minhash.from_hex(r.signature)) >= THRESHOLD
    }
    target = min(groups | {article_id})
    merged = groups - {target}
    if merged:  # this article bridges two stories: the later one joins the earlier
        conn.execute(update(story_groups).where(story_groups.c.group_id.in_(merged))
                     .values(group_id=target))
    conn.execute(insert(story_groups).values(article_id=article_id, group_id=target,
                                             signature=minhash.to_hex(sig)))
    conn.execute(insert(story_bands), [{"band": b, "article_id": article_id} for b in bands])
    return target


# --- loading part of the resolved state -------------------------------------------------------

def mention_query():
    return (select(event_mentions, story_groups.c.group_id, articles.c.published)
            .join(articles, articles.c.id == event_mentions.c.article_id)
            .outerjoin(story_groups, story_groups.c.article_id == event_mentions.c.article_id))


def mention_from_row(r) -> Mention:
    return Mention(
        id=r.id, article=r.article_id, person=r.person_name, type=r.type,
        party_from=r.party_from, party_to=r.party_to, role=r.role, body=r.body, ward=r.ward,
        date=r.date, hedged=bool(r.hedged), reason=r.reason, group_size=r.group_size,
        story=r.group_id, published=r.published,
    )


def _quote_ref(r) -> PersonRef:
    return PersonRef(id=r.id, article=r.article_id, name=r.speaker_name)


def _candidate_people(conn: Connection, new_names: Iterable[str]) -> set[str]:
    keys: set[str] = set()
    for name in new_names:
        keys.update(names.query_keys(names.tokens(name)))
    found: set[str] = set()
    for chunk in _chunks(sorted(keys)):
        found.update(conn.execute(select(person_keys.c.person_id)
                                  .where(person_keys.c.key.in_(chunk))).scalars())
    return found


def _load(conn: Connection, person_ids: set[str], rewritten: set[str],
          rules: Rules | None = None) -> Resolver:
    """A resolver holding the given people, their references and all their events."""
    mentions: list[Mention] = []
    refs: list[PersonRef] = []
    person_of: dict[str, str] = {}
    event_of: dict[str, str] = {}
    for chunk in _chunks(sorted(person_ids)):
        for r in conn.execute(mention_query().where(event_mentions.c.person_id.in_(chunk),
                                                     event_mentions.c.event_id.is_not(None))):
            mentions.append(mention_from_row(r))
            person_of[r.id], event_of[r.id] = r.person_id, r.event_id
        for r in conn.execute(select(quotes.c.id, quotes.c.article_id, quotes.c.speaker_name,
                                     quotes.c.speaker_person_id)
                              .where(quotes.c.speaker_person_id.in_(chunk))):
            if r.speaker_name:
                refs.append(_quote_ref(r))
                person_of[r.id] = r.speaker_person_id

    def is_taken(some_id: str) -> bool:
        """Used by a resolved mention or quote not loaded here. A row nothing refers to (left
        by an upgrade, or an earlier run) does not count: it is overwritten."""
        if some_id in rewritten:
            return False  # rewritten or deleted by this very update
        used = (exists().where(event_mentions.c.event_id == some_id)
                | exists().where(event_mentions.c.person_id == some_id)
                | exists().where(quotes.c.speaker_person_id == some_id))
        return bool(conn.execute(select(used)).scalar())

    return Resolver.restore(mentions, refs, person_of, event_of, is_taken, rules)


# --- resolving and writing back -----------------------------------------------------------------

def resolve_pending(conn: Connection, stale: Stale | None = None) -> Changes:
    """Resolve every mention and quote speaker not resolved yet; rewrite what changed."""
    stale = stale or Stale()
    new = [mention_from_row(r) for r in conn.execute(
        mention_query().where(event_mentions.c.event_id.is_(None)))]
    new_refs = [_quote_ref(r) for r in conn.execute(
        select(quotes.c.id, quotes.c.article_id, quotes.c.speaker_name).where(
            quotes.c.speaker_person_id.is_(None), quotes.c.speaker_name.is_not(None)))
        if names.tokens(r.speaker_name)]
    if not new and not new_refs and not stale.events and not stale.people:
        return Changes()
    new_names = [m.person for m in new] + [r.name for r in new_refs]
    wanted = _candidate_people(conn, new_names)
    rules = person_review.rules_for(conn, [m.id for m in new] + [r.id for r in new_refs],
                                    new_names)
    resolver = _load(conn, wanted | stale.people | rules.targets(),
                     stale.events | stale.people, rules)
    changes = resolver.add(new, new_refs)
    _write(conn, resolver, changes, stale)
    return changes


def drop_orphans(conn: Connection) -> int:
    """Delete register events no mention supports any more (left by an interrupted run or an
    upgrade); returns how many. Scans every event, so it runs once per run, not per article."""
    supported = select(event_mentions.c.event_id).where(event_mentions.c.event_id.is_not(None))
    return conn.execute(delete(events).where(events.c.id.not_in(supported))).rowcount


def after_write(conn: Connection, article_id: int, text: str, stale: Stale) -> Changes:
    """Group a freshly processed article into its story and resolve its mentions."""
    group_story(conn, article_id, text)
    return resolve_pending(conn, stale)


def _write(conn: Connection, r: Resolver, changes: Changes, stale: Stale) -> None:
    touched_people = changes.people | changes.removed_people | stale.people
    touched_events = changes.events | changes.removed_events | stale.events
    for pid in sorted(touched_people & set(r.people)):
        _write_person(conn, r.people[pid], r)
    for eid in sorted(touched_events):
        if eid in r.events:
            _write_event(conn, r.events[eid])
        else:
            conn.execute(delete(events).where(events.c.id == eid))
    for pid in sorted(touched_people - set(r.people)):
        _drop_person(conn, pid)


def _upsert(conn: Connection, table, key: str, values: dict) -> None:
    done = conn.execute(update(table).where(table.c[key] == values[key]).values(**values))
    if done.rowcount == 0:
        conn.execute(insert(table).values(**values))


def _write_person(conn: Connection, person: Person, r: Resolver) -> None:
    _upsert(conn, people, "id", {"id": person.id, "name": person.name, "key": person.id})
    conn.execute(delete(person_aliases).where(person_aliases.c.person_id == person.id))
    conn.execute(insert(person_aliases), [
        {"person_id": person.id, "alias": alias, "mentions": n} for alias, n in person.aliases()
    ])
    keys = sorted({k for toks in person.token_variants() for k in names.index_keys(toks)})
    conn.execute(delete(person_keys).where(person_keys.c.person_id == person.id))
    if keys:
        conn.execute(insert(person_keys), [{"key": k, "person_id": person.id} for k in keys])
    quote_ids = [ref_id for ref_id in person.refs if ref_id not in r.mentions]
    for chunk in _chunks(quote_ids):
        conn.execute(update(quotes).where(quotes.c.id.in_(chunk))
                     .values(speaker_person_id=person.id))


def _write_event(conn: Connection, event: Event) -> None:
    rec = event.record()
    first = event.sorted_mentions()[0]
    version = conn.execute(select(event_mentions.c.extractor_version)
                           .where(event_mentions.c.id == first.id)).scalar_one()
    _upsert(conn, events, "id", {
        "id": event.id, "article_id": first.article, "person_id": event.person_id,
        "type": rec["type"], "party_from": rec["party_from"], "party_to": rec["party_to"],
        "role": rec["role"], "body": rec["body"], "ward": rec["ward"], "date": rec["date"],
        "hedged": bool(rec["hedged"]), "reason": rec["reason"],
        "group_size": rec["group_size"], "extractor_version": version,
    })
    mids = sorted(event.mentions)
    conn.execute(delete(evidence).where(evidence.c.event_id == event.id))
    for chunk in _chunks(mids):
        conn.execute(insert(evidence).from_select(
            ["event_id", "article_id", "start_char", "end_char", "sentence"],
            select(literal(event.id), mention_evidence.c.article_id, mention_evidence.c.start_char,
                   mention_evidence.c.end_char, mention_evidence.c.sentence)
            .where(mention_evidence.c.mention_id.in_(chunk))
            .order_by(mention_evidence.c.article_id, mention_evidence.c.start_char)))
        conn.execute(update(event_mentions).where(event_mentions.c.id.in_(chunk))
                     .values(event_id=event.id, person_id=event.person_id))
        conn.execute(update(quotes).where(quotes.c.mention_id.in_(chunk))
                     .values(event_id=event.id))


def _drop_person(conn: Connection, pid: str) -> None:
    """A person nobody refers to any more (their articles were reprocessed or failed)."""
    conn.execute(delete(person_keys).where(person_keys.c.person_id == pid))
    conn.execute(delete(person_aliases).where(person_aliases.c.person_id == pid))
    used = (exists().where(events.c.person_id == pid)
            | exists().where(quotes.c.speaker_person_id == pid))
    if not conn.execute(select(used)).scalar():
        conn.execute(delete(people).where(people.c.id == pid))
