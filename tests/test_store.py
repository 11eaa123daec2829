"""Schema migrations, stable ids, raw storage, derived-row replacement, errors and filters."""

from __future__ import annotations

from alembic.script import ScriptDirectory
from conftest import raw
from sqlalchemy import func, inspect, select

from floorcross.store import ids, open_db, write
from floorcross.store.db import alembic_config
from floorcross.store.read import EventFilter, error_records, event_records, quote_records
from floorcross.store.schema import articles, events, people
from floorcross.types import CleanedArticle, EventMention, Evidence, Extraction, QuoteMention


def test_migrations_create_schema_and_rerun_cleanly(db_url):
    first = open_db(db_url)
    again = open_db(db_url)  # upgrading an up-to-date database is a no-op
    tables = set(inspect(again).get_table_names())
    assert {"articles", "people", "events", "evidence", "quotes", "errors"} <= tables
    with again.connect() as conn:
        version = conn.exec_driver_sql("select version_num from alembic_version").scalar()
        assert version == ScriptDirectory.from_config(alembic_config()).get_current_head()
        assert conn.exec_driver_sql("pragma journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("pragma foreign_keys").scalar() == 1
    first.dispose()
    again.dispose()


def test_person_key_strips_titles_case_accents_and_punctuation():
    assert ids.person_key("Cllr Órla O'Rourke-Bell") == "orla orourke bell"
    assert ids.person_key("Sir Tobias Venn MP") == ids.person_key("tobias venn")
    assert ids.person_id(ids.person_key("Dr. Nia Prosser")) == ids.person_id("nia prosser")


def test_event_ids_depend_on_content_not_order():
    a = ids.event_id("hash1", "nia prosser", "resigned", "Labour")
    assert a == ids.event_id("hash1", "nia prosser", "resigned", "labour")
    assert a != ids.event_id("hash2", "nia prosser", "resigned", "Labour")
    assert a != ids.event_id("hash1", "nia prosser", "suspended", "Labour")
    taken: set[str] = set()
    assert [ids.unique_id("x", taken) for _ in range(3)] == ["x", "x-2", "x-3"]


def test_store_raw_same_content_is_a_no_op(engine):
    item = raw("a.txt", "Nothing happened at the parish council.")
    with engine.begin() as conn:
        first = write.store_raw(conn, item)
        second = write.store_raw(conn, raw("copy.txt", "Nothing happened at the parish council."))
        n = conn.execute(select(func.count()).select_from(articles)).scalar_one()
    assert first.new and not second.new
    assert first.id == second.id
    assert n == 1


def _extraction(person: str = "Cllr Nia Prosser") -> Extraction:
    ev = EventMention(person=person, type="resigned", party_from="Labour",
                      party_to="Independent", evidence=[Evidence(0, 10, "She quit.")])
    q = QuoteMention(text="Enough is enough", start=20, end=36, speaker="Nia Prosser",
                     event_index=0)
    return Extraction(events=[ev], quotes=[q])


def test_write_derived_replaces_rather_than_appends(engine):
    with engine.begin() as conn:
        stored = write.store_raw(conn, raw("a.txt", "text"))
    cleaned = CleanedArticle(text="She quit. Enough is enough")
    for _ in range(2):
        with engine.begin() as conn:
            write.write_derived(conn, stored.id, "h", cleaned, _extraction(), "v1")
    with engine.connect() as conn:
        recs = event_records(conn)
        qs = quote_records(conn)
        n_people = conn.execute(select(func.count()).select_from(people)).scalar_one()
    assert len(recs) == 1 and len(recs[0]["evidence"]) == 1
    assert recs[0]["person"]["name"] == "Nia Prosser"  # title stripped, one person row
    assert recs[0]["quotes"] == [qs[0]["id"]]
    assert qs[0]["speaker"]["id"] == recs[0]["person"]["id"]
    assert n_people == 1


def test_repeated_failure_updates_one_open_error_and_success_resolves_it(engine):
    with engine.begin() as conn:
        write.record_error(conn, "feed.jsonl:3", "not JSON", "source")
        write.record_error(conn, "feed.jsonl:3", "still not JSON", "source")
        write.record_error(conn, "feed.jsonl:4", "no text", "source")
    with engine.connect() as conn:
        open_errors = error_records(conn)
    assert [(e["origin"], e["reason"]) for e in open_errors] == [
        ("feed.jsonl:3", "still not JSON"), ("feed.jsonl:4", "no text")]
    with engine.begin() as conn:
        write.resolve_errors(conn, origin="feed.jsonl:3")
    with engine.connect() as conn:
        assert [e["origin"] for e in error_records(conn)] == ["feed.jsonl:4"]
        history = error_records(conn, include_resolved=True)
    assert len(history) == 2 and history[0]["resolved_at"] is not None


def _add_event(engine, source_id: str, **fields) -> None:
    with engine.begin() as conn:
        stored = write.store_raw(conn, raw(source_id, source_id))
        ev = EventMention(evidence=[Evidence(0, 4, "said")], **fields)
        write.write_derived(conn, stored.id, source_id, CleanedArticle(text="said"),
                            Extraction(events=[ev]), "v1")


def _register(engine) -> None:
    _add_event(engine, "a", person="Rhys Tallow", type="defected", party_from="Conservative",
               party_to="Reform UK", body="Wrexley Borough Council", date="2024-03-02")
    _add_event(engine, "b", person="Mina Okoro", type="resigned", party_from="Labour",
               party_to="Independent", body="Fenmouth City Council", date="2023-10-31")
    _add_event(engine, "c", person="Ola Brandt", type="suspended", party_from="Green",
               date="2023-09")


def _people(engine, **flt) -> list[str]:
    with engine.connect() as conn:
        return [r["person"]["name"] for r in event_records(conn, EventFilter(**flt))]


def test_event_filters(engine):
    _register(engine)
    assert _people(engine) == ["Rhys Tallow", "Mina Okoro", "Ola Brandt"]  # newest first
    assert _people(engine, party="reform") == ["Rhys Tallow"]  # matches party_to
    assert _people(engine, party="LABOUR") == ["Mina Okoro"]  # matches party_from, any case
    assert _people(engine, type="suspended") == ["Ola Brandt"]
    assert _people(engine, body="fenmouth") == ["Mina Okoro"]
    assert _people(engine, person="tallow") == ["Rhys Tallow"]
    assert _people(engine, since="2023-10") == ["Rhys Tallow", "Mina Okoro"]
    assert _people(engine, until="2023-10") == ["Mina Okoro", "Ola Brandt"]  # month inclusive
    assert _people(engine, limit=1) == ["Rhys Tallow"]


def test_quote_filters_take_user_text_literally(engine):
    with engine.begin() as conn:
        stored = write.store_raw(conn, raw("q", "q"))
        ex = Extraction(quotes=[
            QuoteMention(text="We won 100% of the seats", start=0, end=5, speaker="Ada Quill"),
            QuoteMention(text="We won 10 seats", start=6, end=9, speaker=None),
        ])
        write.write_derived(conn, stored.id, "q", CleanedArticle(text="x" * 20), ex, "v1")
    with engine.connect() as conn:
        assert [q["text"] for q in quote_records(conn, search="100%")] == [
            "We won 100% of the seats"]
        assert [q["speaker"] for q in quote_records(conn, search="10 seats")] == [None]
        assert len(quote_records(conn, speaker="quill")) == 1
        n_events = conn.execute(select(func.count()).select_from(events)).scalar_one()
    assert n_events == 0
