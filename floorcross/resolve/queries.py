"""Read queries over resolved people and story groups: the person view, the people list and
the groups of near-duplicate articles. Portable SQL only."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from sqlalchemy import Connection, func, or_, select

from floorcross.resolve import names
from floorcross.resolve.tables import person_aliases, person_keys, story_groups
from floorcross.store import read, web_read
from floorcross.store.schema import articles, events, evidence, people


def find_people(conn: Connection, name: str) -> list[dict[str, Any]]:
    """People whose name or an alias contains `name`; failing that, people a name variant of
    it may refer to ("Kier Starmer", "A. Anwar")."""
    text = name.strip()
    if not text:
        return []
    alias_of = select(person_aliases.c.person_id).where(
        read._icontains(person_aliases.c.alias, text))
    rows = conn.execute(select(people.c.id, people.c.name).where(
        or_(read._icontains(people.c.name, text), people.c.id.in_(alias_of)))
        .order_by(people.c.name, people.c.id)).all()
    if rows:
        return [dict(r._mapping) for r in rows]
    toks = names.tokens(text)
    keys = list(names.query_keys(toks))
    if not keys:
        return []
    cands = conn.execute(select(people.c.id, people.c.name, person_aliases.c.alias)
                         .join(person_aliases, person_aliases.c.person_id == people.c.id)
                         .where(people.c.id.in_(select(person_keys.c.person_id)
                                                .where(person_keys.c.key.in_(keys))))).all()
    found = {r.id: r.name for r in cands if names.compare(toks, names.tokens(r.alias)).score}
    return [{"id": pid, "name": n} for pid, n in sorted(found.items(), key=lambda kv: kv[1])]


def aliases(conn: Connection, person_id: str) -> list[dict[str, Any]]:
    rows = conn.execute(select(person_aliases.c.alias, person_aliases.c.mentions)
                        .where(person_aliases.c.person_id == person_id)
                        .order_by(person_aliases.c.mentions.desc(), person_aliases.c.alias))
    return [{"alias": r.alias, "mentions": r.mentions} for r in rows]


def story_of(conn: Connection, article_ids: list[int]) -> dict[int, int]:
    """Story group of each article (the article itself when it has none)."""
    out = {a: a for a in article_ids}
    for chunk in (article_ids[i : i + 500] for i in range(0, len(article_ids), 500)):
        for r in conn.execute(select(story_groups.c.article_id, story_groups.c.group_id)
                              .where(story_groups.c.article_id.in_(chunk))):
            out[r.article_id] = r.group_id
    return out


def person_view(conn: Connection, person_id: str) -> dict[str, Any] | None:
    """Affiliation timeline (oldest first), roles, quotes, sources (with their story group,
    so syndicated copies show as one story) and aliases of a person."""
    view = web_read.person_detail(conn, person_id)
    if view is None:
        return None
    view["aliases"] = aliases(conn, person_id)
    for event in view["timeline"]:
        event["values"] = event_values(conn, event["id"])
    stories = story_of(conn, [s["article_id"] for s in view["sources"]])
    info = {r.id: r for r in conn.execute(
        select(articles.c.id, articles.c.outlet, articles.c.title, articles.c.published)
        .where(articles.c.id.in_(list(stories))))}
    for src in view["sources"]:
        a = info.get(src["article_id"])
        src.update(story=stories[src["article_id"]], outlet=a.outlet if a else None,
                   title=a.title if a else None, published=a.published if a else None)
    view["stories"] = len(set(stories.values()))
    return view


def people_list(conn: Connection, party: str | None = None,
                body: str | None = None) -> list[dict[str, Any]]:
    """People with their events, parties, councils and name variants; `party` and `body`
    keep people with an event naming them (part of the name, any case)."""
    ev = read.event_query(read.EventFilter()).subquery()
    q = (select(people.c.id, people.c.name, ev.c.party_from, ev.c.party_to, ev.c.body,
                ev.c.date, ev.c.id.label("event_id"))
         .join(ev, ev.c.person_id == people.c.id))
    rows = conn.execute(q).all()
    by_person: dict[str, dict[str, Any]] = {}
    for r in rows:
        p = by_person.setdefault(r.id, {"id": r.id, "name": r.name, "events": 0,
                                        "parties": [], "bodies": [], "last_date": None})
        p["events"] += 1
        for value, key in ((r.party_from, "parties"), (r.party_to, "parties"),
                           (r.body, "bodies")):
            if value and value not in p[key]:
                p[key].append(value)
        if r.date and (p["last_date"] is None or r.date > p["last_date"]):
            p["last_date"] = r.date
    out = []
    for p in by_person.values():
        if party and not any(party.lower() in x.lower() for x in p["parties"]):
            continue
        if body and not any(body.lower() in x.lower() for x in p["bodies"]):
            continue
        p["aliases"] = [a["alias"] for a in aliases(conn, p["id"])]
        out.append(p)
    return sorted(out, key=lambda p: (p["name"].lower(), p["id"]))


def duplicate_groups(conn: Connection) -> list[dict[str, Any]]:
    """Story groups of more than one article: syndicated copies and reposts of one story."""
    multi = (select(story_groups.c.group_id).group_by(story_groups.c.group_id)
             .having(func.count() > 1))
    rows = conn.execute(
        select(story_groups.c.group_id, articles.c.id, articles.c.source_id, articles.c.url,
               articles.c.outlet, articles.c.title, articles.c.published)
        .join(articles, articles.c.id == story_groups.c.article_id)
        .where(story_groups.c.group_id.in_(multi))
        .order_by(story_groups.c.group_id, articles.c.id)).all()
    groups: dict[int, list[dict[str, Any]]] = defaultdict(list)
    for r in rows:
        groups[r.group_id].append({"article_id": r.id, "source_id": r.source_id, "url": r.url,
                                   "outlet": r.outlet, "title": r.title,
                                   "published": r.published})
    counts = event_counts(conn, list(groups))
    return [{"group": g, "articles": arts, "events": counts.get(g, 0)}
            for g, arts in groups.items()]


def event_counts(conn: Connection, group_ids: list[int]) -> dict[int, int]:
    """How many register events each story group gives evidence for."""
    if not group_ids:
        return {}
    rows = conn.execute(
        select(story_groups.c.group_id, func.count(func.distinct(evidence.c.event_id)))
        .join(evidence, evidence.c.article_id == story_groups.c.article_id)
        .join(events, events.c.id == evidence.c.event_id)
        .where(story_groups.c.group_id.in_(group_ids))
        .group_by(story_groups.c.group_id)).all()
    return {g: n for g, n in rows}


def event_values(conn: Connection, event_id: str) -> dict[str, list[dict[str, Any]]]:
    """Every value the articles gave each attribute of a merged event, with the articles that
    gave it; only attributes on which they differ."""
    from floorcross.resolve.attributes import sourced_values
    from floorcross.resolve.model import EVENT_ATTRIBUTES
    from floorcross.resolve.sync import mention_from_row, mention_query
    from floorcross.resolve.tables import event_mentions

    ms = sorted((mention_from_row(r) for r in conn.execute(
        mention_query().where(event_mentions.c.event_id == event_id))), key=lambda m: m.order)
    sources = dict(conn.execute(select(articles.c.id, articles.c.source_id).where(
        articles.c.id.in_({m.article for m in ms}))).all())
    out: dict[str, list[dict[str, Any]]] = {}
    for attr in EVENT_ATTRIBUTES:
        values = sourced_values(ms, attr)
        if len(values) > 1:
            out[attr] = [{"value": v.value, "sources": [sources[a] for a in v.articles],
                          "stories": v.stories} for v in values]
    return out
