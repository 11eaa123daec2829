"""The event index behind the web's event table (migration 0005), on SQLite and PostgreSQL.

Listing, filtering, sorting and searching read `event_index` / `event_search`, which database
triggers keep in step with events, evidence, reviews, people and articles. These tests check
that the listing always agrees with the register as `floorcross events` reads it, whatever
was written last: an ingest, a review, a reprocess, a rename.
"""

from __future__ import annotations

import pytest
from browser.webdata import fill, stages
from conftest import TEST_VERSION, event_line, fake_clean, fake_extract, raw
from pg import db_url, pg_database, postgres_server  # noqa: F401
from sqlalchemy import func, select, update

from floorcross.pipeline import ingest, reprocess
from floorcross.store import open_db, review
from floorcross.store.read import EventFilter, event_records
from floorcross.store.schema import events, people
from floorcross.store.web_read import WebFilter, event_index, list_events


@pytest.fixture
def engine(db_url):  # noqa: F811
    eng = open_db(db_url)
    fill(eng)
    ingest(eng, [raw(
        "kettleby.txt",
        event_line(person="Séamus Ó Bríain", type="defected", party_from="Sinn Féin",
                   party_to="Aontú", body="Kettleby Town Council", date="2021-05-02",
                   reason="a 100% rise in parking fees"),
        published="2021-05-03")], cleaner=fake_clean, extractor=fake_extract,
        version=TEST_VERSION)
    yield eng
    eng.dispose()


def _listed(engine, **fields) -> tuple[int, list[dict]]:
    with engine.connect() as conn:
        return list_events(conn, WebFilter(limit=500, **fields))


def _names(engine, **fields) -> list[str]:
    return [e["person"]["name"] for e in _listed(engine, **fields)[1]]


def _id_of(engine, person: str) -> str:
    with engine.connect() as conn:
        (rec,) = event_records(conn, EventFilter(person=person, review="all"))
    return rec["id"]


FILTERS = [
    {}, {"party": "labour"}, {"party": "FÉIN"}, {"type": "defected"}, {"since": "2024"},
    {"until": "2023-11"}, {"since": "2022-01", "until": "2024-01"}, {"body": "fenmouth"},
    {"person": "quill"}, {"review": "all"}, {"review": "unreviewed"}, {"review": "rejected"},
    {"review": "corrected"}, {"party": "green", "body": "borough"},
]


@pytest.mark.parametrize("fields", FILTERS)
def test_listing_agrees_with_the_register(engine, fields):
    with engine.begin() as conn:
        review.review_event(conn, _id_of(engine, "Brenner"), "correct", "ana",
                            {"party_to": "Green", "date": "2024-02-01"})
        review.review_event(conn, _id_of(engine, "Marsh"), "reject", "ana")
    with engine.connect() as conn:
        expected = event_records(conn, EventFilter(**fields))
    total, items = _listed(engine, **fields)
    assert total == len(items) == len(expected)
    assert sorted(e["id"] for e in items) == sorted(e["id"] for e in expected)
    assert items == sorted(items, key=lambda e: e["date"] or "", reverse=True)


def test_corrections_and_rejections_reach_filters_search_and_outlive_reprocess(engine):
    quill = _id_of(engine, "Quill")
    with engine.begin() as conn:
        review.review_event(conn, quill, "correct", "ana", {"party_to": "Plaid Cymru"})
    assert _names(engine, party="plaid") == ["Ada Quill"]
    assert _names(engine, q="plaid") == ["Ada Quill"]
    reprocess(engine, cleaner=stages().cleaner, extractor=stages().extractor, version="t-2")
    assert _names(engine, party="plaid", review="corrected") == ["Ada Quill"]
    with engine.begin() as conn:
        review.review_event(conn, quill, "reject", "ana")
    assert "Ada Quill" not in _names(engine)
    assert _names(engine, review="rejected") == ["Ada Quill"]
    with engine.connect() as conn:
        assert len(review.review_history(conn, quill)) == 2


def test_search_is_case_insensitive_and_takes_words_literally(engine):
    assert _names(engine, q="FÉIN") == ["Séamus Ó Bríain"]
    assert _names(engine, q="ó aontú") == ["Séamus Ó Bríain"]  # a one-letter word too
    assert _names(engine, q="100%") == ["Séamus Ó Bríain"]
    assert _names(engine, q="1_0%") == []  # _ and % are not wildcards
    assert _names(engine, q='library"} quill') == ["Ada Quill"]  # no query syntax
    assert _names(engine, q="fenmouth penhale") == ["Lyra Penhale"]  # every word must match


def test_sorting_ignores_case_and_pages_add_up(engine):
    names = _names(engine, sort="person", descending=False)
    assert names == sorted(names, key=str.lower)
    seen = []
    for offset in range(6):
        with engine.connect() as conn:
            total, page = list_events(conn, WebFilter(limit=2, offset=offset * 2))
        seen += [e["id"] for e in page]
    assert total == 5 and len(seen) == len(set(seen)) == 5


def test_index_follows_renames_dropped_events_and_dates(engine):
    pid = _listed(engine, person="Penhale")[1][0]["person"]["id"]
    with engine.begin() as conn:
        conn.execute(update(people).where(people.c.id == pid).values(name="Lyra Tregear"))
    assert _names(engine, person="tregear") == ["Lyra Tregear"]
    assert _names(engine, q="tregear") == ["Lyra Tregear"]

    def without_penhale(article):
        out = fake_extract(article)
        out.events = [e for e in out.events if "Penhale" not in e.person]
        return out

    reprocess(engine, cleaner=fake_clean, extractor=without_penhale, version="t-3")
    assert _names(engine, person="tregear") == []
    with engine.connect() as conn:
        n_events = conn.execute(select(func.count()).select_from(events)).scalar_one()
        n_index = conn.execute(select(func.count()).select_from(event_index)).scalar_one()
    assert n_index == n_events == 4

