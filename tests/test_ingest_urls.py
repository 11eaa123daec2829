"""Ingesting URLs and feeds: real loopback servers, SQLite and PostgreSQL, stand-in NLP stages."""

from __future__ import annotations

from xml.sax.saxutils import escape

import pytest
from conftest import event_line
from helpers_http import LocalServer, Reply
from pg import db_url, pg_database, postgres_server  # noqa: F401
from sqlalchemy import func, select
from typer.testing import CliRunner

from floorcross.cli import app
from floorcross.pipeline import ingest_paths
from floorcross.sources.fetch import FetchSettings
from floorcross.store.read import error_records, event_records
from floorcross.store.schema import articles


def page(title: str, *lines: str) -> str:
    body = "\n".join(lines)
    return (f"<!doctype html><html><head><title>{title}</title></head><body>\n"
            f"<p>The council chamber was half empty on Thursday evening.</p>\n{body}\n"
            "</body></html>")


def rss(items: list[tuple[str, str]]) -> str:
    entries = "".join(
        f"<item><title>{escape(title)}</title><link>{escape(link)}</link>"
        f"<guid>{escape(link)}</guid></item>" for link, title in items
    )
    return ('<?xml version="1.0"?><rss version="2.0"><channel><title>Vale Echo politics'
            f"</title><link>https://vale-echo.example/</link>{entries}</channel></rss>")


FEED_TYPE = "application/rss+xml"
QUILL = page("Quill quits", event_line(person="Cllr Ada Quill", type="resigned",
                                       party_from="Labour", party_to="Independent"))
OYELARAN = page("Oyelaran joins Reform", event_line(person="Bram Oyelaran", type="defected",
                                                    party_from="Conservative",
                                                    party_to="Reform UK"))
BUDGET = page("Budget night", "<p>The precept rose by four per cent.</p>")


def settings(**overrides) -> FetchSettings:
    base = dict(allow_private=True, politeness_delay=0.0, timeout=5.0, retries=0)
    base.update(overrides)
    return FetchSettings(**base)


@pytest.fixture
def engine(db_url):  # noqa: F811 - the db_url of tests/pg.py: SQLite and PostgreSQL
    from floorcross.store import open_db

    eng = open_db(db_url)
    yield eng
    eng.dispose()


def _count(engine) -> int:
    with engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(articles)).scalar_one()


def test_page_url_is_stored_as_raw_html_and_extracted(engine, fake_stages):
    with LocalServer({"/news/quill": Reply(body=QUILL)}) as server:
        summary = ingest_paths(engine, [server.url("/news/quill")], fetch=settings(),
                               **fake_stages)
    assert (summary.new, summary.processed, summary.failed) == (1, 1, 0)
    with engine.connect() as conn:
        row = conn.execute(select(articles)).one()
        events = event_records(conn)
    assert row.kind == "html" and row.content == QUILL
    assert row.url == row.source_id == server.url("/news/quill")
    assert [e["person"]["name"] for e in events] == ["Ada Quill"]
    assert events[0]["evidence"][0]["url"] == server.url("/news/quill")


def test_feed_gives_its_articles_and_a_rerun_fetches_only_new_entries(engine, fake_stages):
    with LocalServer({"/news/quill": Reply(body=QUILL),
                      "/news/budget": Reply(body=BUDGET),
                      "/news/oyelaran": Reply(body=OYELARAN)}) as server:
        first = [(server.url("/news/quill"), "Quill quits"),
                 (server.url("/news/budget"), "Budget night")]
        server.routes["/feed.xml"] = Reply(body=rss(first), content_type=FEED_TYPE)
        one = ingest_paths(engine, [server.url("/feed.xml")], fetch=settings(), **fake_stages)
        later = [(server.url("/news/oyelaran"), "Oyelaran joins Reform"), *first]
        server.routes["/feed.xml"] = Reply(body=rss(later), content_type=FEED_TYPE)
        two = ingest_paths(engine, [server.url("/feed.xml")], fetch=settings(), **fake_stages)
    assert (one.new, one.not_refetched) == (2, 0)
    assert (two.new, two.not_refetched) == (1, 2)
    assert server.hits["/news/quill"] == 1 and server.hits["/news/budget"] == 1
    assert server.hits["/news/oyelaran"] == 1 and server.hits["/feed.xml"] == 2
    with engine.connect() as conn:
        titles = set(conn.execute(select(articles.c.title)).scalars())
        people = {e["person"]["name"] for e in event_records(conn)}
    assert titles == {"Quill quits", "Budget night", "Oyelaran joins Reform"}
    assert people == {"Ada Quill", "Bram Oyelaran"}


def test_forced_feed_that_is_a_page_is_a_recorded_error(engine, fake_stages):
    with LocalServer({"/news/budget": Reply(body=BUDGET)}) as server:
        summary = ingest_paths(engine, [server.url("/news/budget")], fetch=settings(),
                               feed=True, **fake_stages)
    assert summary.failed == 1 and _count(engine) == 0
    with engine.connect() as conn:
        (err,) = error_records(conn)
    assert err["origin"] == server.url("/news/budget")
    assert "malformed feed" in err["reason"]


def test_failing_url_is_retried_by_later_runs_up_to_the_limit(engine, fake_stages):
    with LocalServer({"/gone": Reply(status=503, body="down for maintenance")}) as server:
        url = server.url("/gone")
        runs = [ingest_paths(engine, [url], fetch=settings(), max_attempts=3, **fake_stages)
                for _ in range(4)]
        hits = server.hits["/gone"]
    assert [r.failed for r in runs] == [1, 1, 1, 0]
    assert runs[-1].gave_up == 1
    assert hits == 3  # the fourth run did not ask again
    with engine.connect() as conn:
        (err,) = error_records(conn)  # one open error, updated by each attempt
    assert err["origin"] == url
    assert "HTTP 503" in err["reason"]
    assert "attempt 3 of 3; not retried any more" in err["reason"]


def test_a_url_that_recovers_resolves_its_error_and_its_count(engine, fake_stages):
    flaky = [Reply(status=500, body="oops"), Reply(body=QUILL)]
    with LocalServer({"/news/quill": flaky}) as server:
        url = server.url("/news/quill")
        first = ingest_paths(engine, [url], fetch=settings(), **fake_stages)
        with engine.connect() as conn:
            assert "attempt 1 of 3; retried by the next run" in error_records(conn)[0]["reason"]
        second = ingest_paths(engine, [url], fetch=settings(), **fake_stages)
    assert first.failed == 1 and second.new == 1 and second.ok
    with engine.connect() as conn:
        assert error_records(conn) == []
        assert len(error_records(conn, include_resolved=True)) == 1


def test_feed_entry_that_failed_is_retried_next_run_but_stored_ones_are_not(
    engine, fake_stages
):
    with LocalServer({"/news/quill": Reply(body=QUILL),
                      "/news/oyelaran": [Reply(status=502, body="bad gateway"),
                                         Reply(body=OYELARAN)]}) as server:
        items = [(server.url("/news/quill"), "Quill quits"),
                 (server.url("/news/oyelaran"), "Oyelaran joins Reform")]
        server.routes["/feed.xml"] = Reply(body=rss(items), content_type=FEED_TYPE)
        one = ingest_paths(engine, [server.url("/feed.xml")], fetch=settings(), **fake_stages)
        two = ingest_paths(engine, [server.url("/feed.xml")], fetch=settings(), **fake_stages)
    assert (one.new, one.failed) == (1, 1)
    assert (two.new, two.failed, two.not_refetched) == (1, 0, 1)
    assert server.hits["/news/quill"] == 1 and server.hits["/news/oyelaran"] == 2


def test_private_addresses_are_refused_unless_allowed(engine, fake_stages):
    with LocalServer({"/news/quill": Reply(body=QUILL)}) as server:
        summary = ingest_paths(engine, [server.url("/news/quill")],
                               fetch=settings(allow_private=False), **fake_stages)
        hits = server.hits["/news/quill"]
    assert summary.failed == 1 and hits == 0
    with engine.connect() as conn:
        assert "refused non-public address 127.0.0.1" in error_records(conn)[0]["reason"]


def test_files_and_urls_mix_in_one_run(engine, fake_stages, tmp_path):
    local = tmp_path / "note.txt"
    local.write_text("The parish council approved new benches.\n" + event_line(
        person="Nia Prosser", type="suspended", party_from="Green"), encoding="utf-8")
    with LocalServer({"/news/quill": Reply(body=QUILL)}) as server:
        summary = ingest_paths(engine, [str(local), server.url("/news/quill"),
                                        str(tmp_path / "missing.txt")],
                               fetch=settings(), **fake_stages)
    assert (summary.new, summary.failed) == (2, 1)
    with engine.connect() as conn:
        assert {e["person"]["name"] for e in event_records(conn)} == {"Ada Quill",
                                                                       "Nia Prosser"}


def test_cli_ingest_url_options(use_fake_stages, db_url):  # noqa: F811
    runner = CliRunner()
    with LocalServer({"/news/quill": Reply(body=QUILL)}) as server:
        url = server.url("/news/quill")
        refused = runner.invoke(app, ["ingest", url, "--db", db_url, "--delay", "0"])
        allowed = runner.invoke(app, ["ingest", url, "--db", db_url, "--allow-private",
                                      "--delay", "0", "--timeout", "5"])
        errors = runner.invoke(app, ["errors", "--all", "--json", "--db", db_url])
    assert refused.exit_code == 1, refused.output
    assert allowed.exit_code == 0, allowed.output
    assert server.hits["/news/quill"] == 1
    assert '"resolved_at": null' not in errors.stdout  # the refusal was resolved by success
