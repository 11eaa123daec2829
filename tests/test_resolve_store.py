"""Resolution in the store: one register event per real change across articles, one person per
real person, story groups, incremental ingest, reprocess keeping ids and reviews, the CLI."""

from __future__ import annotations

import json

from conftest import event_line, fake_extract, quote_line
from pg import db_url, pg_database, postgres_server  # noqa: F401
from sqlalchemy import func, select
from typer.testing import CliRunner

from floorcross.cli import app
from floorcross.pipeline import ingest, reprocess
from floorcross.resolve import queries
from floorcross.resolve.tables import event_mentions
from floorcross.store import review
from floorcross.store.read import event_records, quote_records
from floorcross.types import RawInput

STORY = (
    "Members of the Harrowgate planning committee were told on Wednesday that one of their "
    "longest serving colleagues had walked out of her party group after a row over the sale "
    "of playing fields behind the old grammar school. Residents had packed the public "
    "gallery for the vote, and several of them applauded when the decision was read out. "
    "The council said the committee would meet again next month with a new chair."
)
OTHER_PROSE = (
    "A second account of the same evening, written by a reporter who was in the room, "
    "described a tense meeting at which the leader of the council declined to comment on "
    "the resignation and instead spoke about bin collections and the price of car parking."
)


def article(source_id: str, prose: str, *lines: str, banner: str = "",
            published: str | None = "2024-04-18") -> RawInput:
    text = "\n".join(([banner] if banner else []) + [prose, *lines])
    return RawInput(source_id=source_id, kind="text", content=text, origin=source_id,
                    published=published)


def quits(person: str = "Cllr Keir Halloran", **kw) -> str:
    fields = {"person": person, "type": "resigned", "party_from": "Labour",
              "party_to": "Independent", "role": "councillor", "body": "Harrowgate Council"}
    fields.update(kw)
    return event_line(**fields)


def run(engine, fake_stages, *inputs):
    return ingest(engine, list(inputs), **fake_stages)


def records(engine):
    with engine.connect() as conn:
        return event_records(conn)


def test_syndicated_copies_are_one_event_one_source_with_every_article(engine, fake_stages):
    run(engine, fake_stages,
        article("herald", STORY, quits(date="2024-04-17")),
        article("aggregator", STORY.replace("Wednesday", "Wednesday evening"),
                quits(date="2024-04-17"), banner="Top stories from around the region today"))
    [ev] = records(engine)
    assert [e["source_id"] for e in ev["evidence"]] == ["herald", "aggregator"]
    assert ev["sources"] == 1
    with engine.connect() as conn:
        groups = queries.duplicate_groups(conn)
    assert [[a["source_id"] for a in g["articles"]] for g in groups] == [["herald", "aggregator"]]
    assert groups[0]["events"] == 1


def test_independent_reports_count_as_sources_and_merge_names(engine, fake_stages):
    run(engine, fake_stages,
        article("herald", STORY, quits(date="2024-04")),
        article("post", OTHER_PROSE, quits("Kier Halloran", date="2024-04-17")))
    [ev] = records(engine)
    assert ev["sources"] == 2
    assert ev["date"] == "2024-04-17"  # the month contains the day: the day is shown
    assert ev["person"]["name"] == "Keir Halloran"
    with engine.connect() as conn:
        [p] = queries.find_people(conn, "Kier Halloran")
        view = queries.person_view(conn, p["id"])
    assert {a["alias"] for a in view["aliases"]} == {"Keir Halloran", "Kier Halloran"}
    assert view["stories"] == 2


def test_same_surname_on_different_councils_stays_two_people(engine, fake_stages):
    run(engine, fake_stages,
        article("herald", STORY, quits("Dana Whitcombe", body="Harrowgate Council")),
        article("post", OTHER_PROSE, quits("Dana Whitcombe", body="Ellerby District Council")))
    recs = records(engine)
    assert len(recs) == 2
    assert len({r["person"]["id"] for r in recs}) == 2


def test_conflicting_party_to_is_kept_with_its_sources(engine, fake_stages):
    run(engine, fake_stages,
        article("herald", STORY, quits(type="defected", party_to="Green")),
        article("post", OTHER_PROSE, quits(type="defected", party_to="Reform UK")),
        article("gazette", "A third outlet, in its own words, about the walkout at the "
                "council and what the party said afterwards about the playing fields row.",
                quits(type="defected", party_to="Reform UK")))
    [ev] = records(engine)
    assert ev["party_to"] == "Reform UK"
    with engine.connect() as conn:
        values = queries.event_values(conn, ev["id"])
    assert values["party_to"] == [
        {"value": "Green", "sources": ["herald"], "stories": 1},
        {"value": "Reform UK", "sources": ["post", "gazette"], "stories": 2},
    ]


def test_second_ingest_updates_the_event_in_place(engine, fake_stages):
    run(engine, fake_stages, article("herald", STORY, quits(date="2024-04"),
                                     quote_line(speaker="Keir Halloran", text="Enough", event=0)))
    [first] = records(engine)
    run(engine, fake_stages, article("post", OTHER_PROSE, quits("Keir Halloran",
                                                                 date="2024-04-17")))
    [ev] = records(engine)
    assert ev["id"] == first["id"] and ev["person"]["id"] == first["person"]["id"]
    assert ev["date"] == "2024-04-17" and len(ev["evidence"]) == 2
    with engine.connect() as conn:
        [q] = quote_records(conn)
    assert q["event_id"] == ev["id"] and q["speaker"]["id"] == ev["person"]["id"]


def test_reprocess_keeps_ids_and_reviews(engine, fake_stages):
    run(engine, fake_stages,
        article("herald", STORY, quits(date="2024-04")),
        article("post", OTHER_PROSE, quits("Kier Halloran", date="2024-04-17")),
        article("other", OTHER_PROSE + " Budget.", quits("Sam Ollerton", party_from="Green")))
    before = {(r["id"], r["person"]["id"]) for r in records(engine)}
    halloran = next(r["id"] for r in records(engine) if "Halloran" in r["person"]["name"])
    with engine.begin() as conn:
        review.review_event(conn, halloran, "correct", "desk", {"ward": "Millfield"})
    reprocess(engine, **fake_stages)
    after = records(engine)
    assert {(r["id"], r["person"]["id"]) for r in after} == before
    assert next(r for r in after if r["id"] == halloran)["ward"] == "Millfield"


def test_an_article_that_stops_reporting_leaves_the_others(engine, fake_stages):
    run(engine, fake_stages,
        article("herald", STORY, quits(date="2024-04")),
        article("post", OTHER_PROSE, quits(date="2024-04-17")))

    def forgetful(cleaned):
        out = fake_extract(cleaned)
        if "second account" in cleaned.text:
            out.events = []
        return out

    reprocess(engine, cleaner=fake_stages["cleaner"], extractor=forgetful, version="test-2")
    [ev] = records(engine)
    assert [e["source_id"] for e in ev["evidence"]] == ["herald"]
    assert ev["date"] == "2024-04"


def test_reprocess_resolves_from_scratch_the_same_way(engine, fake_stages):
    run(engine, fake_stages,
        article("herald", STORY, quits(date="2024-04")),
        article("post", OTHER_PROSE, quits("Kier Halloran", date="2024-04-17")))
    before = records(engine)
    with engine.begin() as conn:  # as after an upgrade: nothing resolved yet
        conn.execute(event_mentions.update().values(event_id=None, person_id=None))
    reprocess(engine, **fake_stages)
    assert [(r["id"], r["date"], r["sources"]) for r in records(engine)] == [
        (r["id"], r["date"], r["sources"]) for r in before]
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(event_mentions)).scalar_one() == 2


runner = CliRunner()


def test_person_people_and_duplicates_commands(db_url, engine, fake_stages,  # noqa: F811
                                               use_fake_stages):
    run(engine, fake_stages,
        article("herald", STORY, quits(date="2024-04-17"),
                quote_line(speaker="Keir Halloran", text="I will serve as an independent",
                           event=0)),
        article("aggregator", STORY, quits("Kier Halloran", date="2024-04-17"),
                banner="More from the region"),
        article("post", OTHER_PROSE, quits("Sam Ollerton", party_from="Green",
                                           body="Ellerby Council")))
    res = runner.invoke(app, ["--db", db_url, "person", "Kier Halloran"])
    assert res.exit_code == 0, res.output
    assert "Keir Halloran" in res.output and "Kier Halloran" in res.output
    assert "I will serve as an independent" in res.output
    res = runner.invoke(app, ["--db", db_url, "people", "--party", "green", "--json"])
    assert [p["name"] for p in json.loads(res.output)] == ["Sam Ollerton"]
    res = runner.invoke(app, ["--db", db_url, "people", "--body", "harrowgate", "--json"])
    assert [p["name"] for p in json.loads(res.output)] == ["Keir Halloran"]
    res = runner.invoke(app, ["--db", db_url, "articles", "--duplicates", "--json"])
    groups = json.loads(res.output)
    assert [[a["source_id"] for a in g["articles"]] for g in groups] == [["herald", "aggregator"]]
    res = runner.invoke(app, ["--db", db_url, "person", "Nobody Atall"])
    assert res.exit_code == 1


def _resolution_revision():
    import importlib.util
    from importlib import resources

    versions = resources.files("floorcross.store") / "migrations" / "versions"
    [path] = [p for p in versions.iterdir() if p.name.endswith("_resolution.py")]
    spec = importlib.util.spec_from_file_location("resolution_migration", str(path))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_upgrade_moves_old_rows_and_the_next_run_merges_them(db_url, fake_stages):  # noqa: F811
    from sqlalchemy import text

    from floorcross.pipeline import resolve_leftovers
    from floorcross.store.db import make_engine, migrate

    eng = make_engine(db_url)
    migrate(eng, _resolution_revision().down_revision)
    with eng.begin() as conn:
        for aid, name in ((1, "Cllr Keir Halloran"), (2, "Kier Halloran")):
            conn.execute(text(
                "INSERT INTO articles (id, source_id, content_hash, kind, content, origin,"
                " status, ingested_at) VALUES (:id, :src, :h, 'text', 'x', :src, 'processed',"
                " '2024-04-18 10:00:00')"), {"id": aid, "src": f"a{aid}", "h": f"h{aid}"})
            conn.execute(text("INSERT INTO people (id, name, key) VALUES (:id, :n, :k)"),
                         {"id": f"p-{aid}", "n": name, "k": name.lower()})
            conn.execute(text(
                "INSERT INTO events (id, article_id, person_id, type, party_from, body,"
                " hedged, extractor_version) VALUES (:id, :a, :p, 'resigned', 'Labour',"
                " 'Harrowgate Council', :no, 'old')"),
                {"id": f"ev-{aid}", "a": aid, "p": f"p-{aid}", "no": False})
            conn.execute(text(
                "INSERT INTO evidence (event_id, article_id, start_char, end_char, sentence)"
                " VALUES (:e, :a, 0, 1, 'x')"), {"e": f"ev-{aid}", "a": aid})
    migrate(eng)
    resolve_leftovers(eng)
    [ev] = records(eng)
    assert ev["id"] == "ev-1"
    assert [e["source_id"] for e in ev["evidence"]] == ["a1", "a2"]
    eng.dispose()
