"""Latency of GET /api/events over 100k synthetic events, with and without filters.

    .venv/bin/python bench/bench_api.py [--events 100000] [--requests 40] [--db URL]

Fills a fresh database (a temporary SQLite file, or the empty database at URL, e.g. a
PostgreSQL one) with bulk inserts of invented rows, then times requests through the ASGI test
client (in-process: no network), printing p50/p95 per filter in milliseconds. Filling takes
longer than the inserts alone: the database's triggers build the event index as rows arrive.
"""

from __future__ import annotations

import argparse
import random
import statistics
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from fastapi.testclient import TestClient
from sqlalchemy import insert

from floorcross.store import open_db, review
from floorcross.store.schema import articles, events, evidence, people
from floorcross.types import EVENT_TYPES, ROLES
from floorcross.web.app import create_app

PARTIES = ["Labour", "Conservative", "Reform UK", "Liberal Democrats", "Green", "SNP",
           "Plaid Cymru", "Independent"]
PLACES = ["Harrowgate", "Fenmouth", "Ostry", "Bramwell", "Kettleby", "Northam", "Wyle",
          "Cordon", "Ashbury", "Pellingham"]
FIRST = ["Ada", "Tomas", "Lyra", "Evan", "Nell", "Ravi", "Orla", "Kit", "Mina", "Jude"]
LAST = ["Quill", "Brenner", "Penhale", "Marsh", "Garrow", "Osei", "Varga", "Lund", "Hale"]


def fill(engine, n_events: int, seed: int = 7) -> None:
    rnd = random.Random(seed)
    n_articles, n_people = max(1, n_events // 10), max(1, n_events // 5)
    now = datetime.now(UTC)
    with engine.begin() as conn:
        conn.execute(insert(articles), [
            {"id": i + 1, "source_id": f"a{i}", "content_hash": f"{i:064x}", "kind": "text",
             "content": "x", "origin": f"a{i}", "url": f"https://news.example/{i}",
             "title": f"Story {i}", "published": f"20{rnd.randint(18, 24)}-01-01",
             "cleaned_text": "x", "status": "processed", "ingested_at": now,
             "processed_at": now}
            for i in range(n_articles)])
        conn.execute(insert(people), [
            {"id": f"p-{i}", "name": f"{rnd.choice(FIRST)} {rnd.choice(LAST)} {i}",
             "key": f"person {i}"} for i in range(n_people)])
        rows, ev_rows = [], []
        for i in range(n_events):
            date = (f"20{rnd.randint(18, 24)}-{rnd.randint(1, 12):02d}-{rnd.randint(1, 28):02d}"
                    if rnd.random() < 0.9 else None)
            rows.append({
                "id": f"ev-{i:016x}", "article_id": rnd.randint(1, n_articles),
                "person_id": f"p-{rnd.randrange(n_people)}", "type": rnd.choice(EVENT_TYPES),
                "party_from": rnd.choice(PARTIES), "party_to": rnd.choice(PARTIES + [None]),
                "role": rnd.choice(ROLES), "body": f"{rnd.choice(PLACES)} Council",
                "ward": None, "date": date, "hedged": rnd.random() < 0.1, "reason": None,
                "group_size": None, "extractor_version": "bench"})
            ev_rows.append({"event_id": rows[-1]["id"], "article_id": rows[-1]["article_id"],
                            "start_char": 0, "end_char": 1,
                            "sentence": f"Councillor {i} left the party."})
        conn.execute(insert(events), rows)
        conn.execute(insert(evidence), ev_rows)
        # Some reviews, so the override join does real work.
        for i in range(0, n_events, 97):
            review.review_event(conn, f"ev-{i:016x}", rnd.choice(["confirm", "reject"]),
                                "bench", {"party_to": "Green"} if i % 2 else None)


QUERIES = {
    "no filter": {},
    "party": {"party": "labour"},
    "type + date range": {"type": "defected", "since": "2022-01", "until": "2023-06"},
    "council + party + sort person": {"body": "fenmouth", "party": "green",
                                      "sort": "person", "order": "asc"},
    "hedged + page 20": {"hedged": "yes", "offset": 1000},
    "search": {"q": "Quill"},
    "rejected only": {"review": "rejected"},
}


def _ms(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return statistics.median(ordered) * 1000, p95 * 1000


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--requests", type=int, default=40)
    ap.add_argument("--db", help="an empty database to fill (default: a temporary SQLite file)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        engine = open_db(args.db or f"sqlite:///{Path(tmp) / 'bench.db'}")
        t0 = time.perf_counter()
        fill(engine, args.events)
        if engine.dialect.name == "postgresql":  # what autovacuum would do soon after
            with engine.begin() as conn:
                conn.exec_driver_sql("ANALYZE")
        print(f"filled {args.events} events in {time.perf_counter() - t0:.1f} s "
              f"({engine.dialect.name})")
        client = TestClient(create_app(engine, env_token="bench"))
        print(f"{'filter':34} {'total':>7} {'p50 ms':>8} {'p95 ms':>8}")
        for name, params in QUERIES.items():
            total = client.get("/api/events", params=params).json()["total"]  # warm-up
            samples = []
            for _ in range(args.requests):
                t = time.perf_counter()
                r = client.get("/api/events", params=params)
                samples.append(time.perf_counter() - t)
                r.raise_for_status()
            p50, p95 = _ms(samples)
            print(f"{name:34} {total:>7} {p50:>8.1f} {p95:>8.1f}")
        engine.dispose()


if __name__ == "__main__":
    main()
