"""The store and pipeline on SQLite and on a real PostgreSQL server, and what differs between them.

The storage and pipeline tests are run again here with `db_url` from tests/pg.py, which
gives each test a SQLite file and a fresh PostgreSQL database in turn.
"""

from __future__ import annotations

import threading

from conftest import raw
from pg import db_url, pg_database, postgres_server  # noqa: F401
from sqlalchemy import func, inspect, select
from test_export import (  # noqa: F401
    stored,
    test_events_csv_is_flat_for_spreadsheets,
    test_jsonl_and_json_round_trip,
    test_quotes_csv_leaves_unattributed_speaker_empty,
)
from test_pipeline import (  # noqa: F401
    test_duplicates_within_one_batch_are_stored_once,
    test_failed_article_is_retried_and_its_error_resolved,
    test_failures_are_recorded_and_the_batch_continues,
    test_ingest_summary_and_links,
    test_interrupted_ingest_resumes_pending_articles,
    test_progress_reports_every_input,
    test_read_error_is_resolved_when_the_place_reads_fine,
    test_reingest_is_a_no_op,
    test_reprocess_keeps_ids_and_replaces_rows,
    test_reprocess_outdated_only_touches_older_versions,
)
from test_store import (  # noqa: F401
    test_event_filters,
    test_quote_filters_take_user_text_literally,
    test_repeated_failure_updates_one_open_error_and_success_resolves_it,
    test_store_raw_same_content_is_a_no_op,
    test_write_derived_replaces_rather_than_appends,
)

from floorcross.pipeline import ingest
from floorcross.store import open_db, write
from floorcross.store.db import driver_url
from floorcross.store.read import error_records, event_records, quote_records
from floorcross.store.schema import articles, people
from floorcross.types import CleanedArticle, EventMention, Evidence, Extraction, QuoteMention


def test_migrations_reach_the_latest_revision_and_rerun_cleanly(db_url):  # noqa: F811
    first = open_db(db_url)
    again = open_db(db_url)
    tables = set(inspect(again).get_table_names())
    assert {"articles", "events", "quotes", "errors", "fetch_attempts"} <= tables
    with again.connect() as conn:
        head = conn.exec_driver_sql("select version_num from alembic_version").scalar()
    assert head >= "0003"
    if again.dialect.name == "postgresql":
        indexes = {i["name"] for i in inspect(again).get_indexes("quotes")}
        assert "ix_quotes_text_fts" in indexes
    first.dispose()
    again.dispose()


def test_plain_postgresql_urls_use_the_bundled_driver():
    assert driver_url("postgresql://u@h/db") == "postgresql+psycopg://u@h/db"
    assert driver_url("postgres://u@h:5433/db") == "postgresql+psycopg://u@h:5433/db"
    assert driver_url("sqlite:///x.db") == "sqlite:///x.db"


def test_text_postgresql_refuses_is_stored_alike(engine):
    # NUL characters and over-long values are accepted by SQLite, refused by PostgreSQL.
    item = raw("odd.jsonl:3", "A line with a stray \x00 byte in it.",
               published="Tuesday 5 March 2024, updated Wednesday 6 March 2024 at noon")
    with engine.begin() as conn:
        stored = write.store_raw(conn, item)
        write.record_error(conn, "odd.jsonl:4", "bad \x00 byte", "source")
        pid = write.ensure_person(conn, "Ada " + "Quill " * 100)
    with engine.connect() as conn:
        row = conn.execute(select(articles).where(articles.c.id == stored.id)).one()
        key = conn.execute(select(people.c.key).where(people.c.id == pid)).scalar_one()
        (err,) = error_records(conn)
    assert "\x00" not in row.content and "stray  byte" in row.content
    assert row.published == item.published[:40]
    assert len(key) == 400
    assert err["reason"] == "bad  byte"
    with engine.begin() as conn:  # the same long name finds the same person again
        assert write.ensure_person(conn, "Ada " + "Quill " * 100) == pid


def test_case_insensitive_filters_fold_non_ascii_letters(engine):
    with engine.begin() as conn:
        stored = write.store_raw(conn, raw("a", "x"))
        ev = EventMention(person="Cllr Órla Ní Bhriain", type="defected", party_from="Sinn Féin",
                          party_to="Aontú", body="ÉIRE County Council",
                          evidence=[Evidence(0, 1, "x")])
        write.write_derived(conn, stored.id, "h", CleanedArticle(text="x"),
                            Extraction(events=[ev]), "v1")
    with engine.connect() as conn:
        from floorcross.store.read import EventFilter

        assert len(event_records(conn, EventFilter(person="órla"))) == 1
        assert len(event_records(conn, EventFilter(party="SINN FÉIN"))) == 1
        assert len(event_records(conn, EventFilter(body="éire county"))) == 1


def _quotes(engine, *texts: str) -> None:
    with engine.begin() as conn:
        stored = write.store_raw(conn, raw("q", "q"))
        quotes = [QuoteMention(text=t, start=i * 10, end=i * 10 + 5, speaker="Ada Quill")
                  for i, t in enumerate(texts)]
        write.write_derived(conn, stored.id, "q", CleanedArticle(text="x" * 200),
                            Extraction(quotes=quotes), "v1")


def test_quote_search_uses_full_text_search_on_postgresql(engine):
    _quotes(engine, "I am resigning from the group with a heavy heart",
            "The Resignation letter went in on Friday", "Budgets are about choices")
    with engine.connect() as conn:
        found = [q["text"] for q in quote_records(conn, search="resigned heart")]
        substring = [q["text"] for q in quote_records(conn, search="RESIGN")]
    assert substring == ["I am resigning from the group with a heavy heart",
                         "The Resignation letter went in on Friday"]
    if engine.dialect.name == "postgresql":
        # Stemmed words anywhere in the quote, not one literal substring.
        assert found == ["I am resigning from the group with a heavy heart"]
    else:
        assert found == []


def test_timestamps_read_back_as_utc_on_both(engine):
    with engine.begin() as conn:
        write.record_error(conn, "a.txt", "unreadable", "source")
    with engine.connect() as conn:
        (err,) = error_records(conn)
    assert err["created_at"].endswith("+00:00")


def test_two_writers_storing_the_same_article_do_not_fail(db_url, fake_stages):  # noqa: F811
    engines = [open_db(db_url), open_db(db_url)]
    barrier = threading.Barrier(2)
    results, failures = [], []

    def run(eng) -> None:
        try:
            barrier.wait()
            items = [raw(f"same-{n}", f"Story number {n} about the council.") for n in range(20)]
            results.append(ingest(eng, items, batch_size=4, **fake_stages))
        except Exception as exc:  # reported by the assertion below
            failures.append(exc)

    threads = [threading.Thread(target=run, args=(e,)) for e in engines]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    with engines[0].connect() as conn:
        n = conn.execute(select(func.count()).select_from(articles)).scalar_one()
    for eng in engines:
        eng.dispose()
    assert failures == []
    assert n == 20
    assert sum(r.new for r in results) == 20
