"""Ingest orchestration: raw first, idempotent re-runs, resume, recorded failures, reprocess."""

from __future__ import annotations

import pytest
from conftest import event_line, fake_extract, quote_line, raw
from sqlalchemy import func, select

from floorcross.pipeline import ingest, reprocess
from floorcross.store.read import error_records, event_records, quote_records
from floorcross.store.schema import articles, events, evidence, people, quotes
from floorcross.types import SourceError


def _inputs():
    return [
        raw("north.txt",
            event_line(person="Cllr Ada Quill", type="resigned", party_from="Labour",
                       party_to="Independent", role="councillor"),
            quote_line(speaker="Ada Quill", text="I could not stay", event=0)),
        raw("south.txt",
            event_line(person="Bram Oyelaran", type="defected", party_from="Conservative",
                       party_to="Reform UK")),
        raw("quiet.txt", "The library extension was approved without debate."),
    ]


def _count(engine, table) -> int:
    with engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(table)).scalar_one()


def _ids(engine) -> tuple[list[str], list[str]]:
    with engine.connect() as conn:
        return ([e["id"] for e in event_records(conn)], [q["id"] for q in quote_records(conn)])


def test_ingest_summary_and_links(engine, fake_stages):
    summary = ingest(engine, _inputs(), **fake_stages)
    assert (summary.new, summary.already_stored, summary.failed) == (3, 0, 0)
    assert (summary.events, summary.quotes, summary.processed) == (2, 1, 3)
    with engine.connect() as conn:
        recs = {e["person"]["name"]: e for e in event_records(conn)}
        q = quote_records(conn)[0]
        statuses = set(conn.execute(select(articles.c.status, articles.c.extractor_version)))
    assert recs["Ada Quill"]["quotes"] == [q["id"]]
    assert q["event_id"] == recs["Ada Quill"]["id"]
    assert recs["Ada Quill"]["evidence"][0]["source_id"] == "north.txt"
    assert statuses == {("processed", "test-1")}


def test_reingest_is_a_no_op(engine, fake_stages):
    ingest(engine, _inputs(), **fake_stages)
    before = _ids(engine)
    again = ingest(engine, _inputs(), **fake_stages)
    assert (again.new, again.already_stored, again.events) == (0, 3, 0)
    assert _ids(engine) == before
    assert _count(engine, articles) == 3
    assert _count(engine, events) == 2 and _count(engine, evidence) == 2


def test_duplicates_within_one_batch_are_stored_once(engine, fake_stages):
    items = _inputs()[:1] * 3
    summary = ingest(engine, items, batch_size=2, **fake_stages)
    assert (summary.new, summary.already_stored, summary.events) == (1, 2, 1)
    assert _count(engine, events) == 1


class Crash(BaseException):
    """Stands for the process being killed: not an Exception, so nothing catches it."""


def test_interrupted_ingest_resumes_pending_articles(engine, fake_stages):
    calls = []

    def crashing(article):
        calls.append(article)
        if len(calls) == 2:
            raise Crash
        return fake_extract(article)

    with pytest.raises(Crash):
        ingest(engine, _inputs(), **{**fake_stages, "extractor": crashing}, batch_size=10)
    with engine.connect() as conn:
        status = dict(conn.execute(select(articles.c.source_id, articles.c.status)).all())
    # All raw inputs of the batch were committed before any extraction began.
    assert status == {"north.txt": "processed", "south.txt": "pending", "quiet.txt": "pending"}

    resumed = ingest(engine, [], **fake_stages)
    assert (resumed.resumed, resumed.processed, resumed.events) == (2, 2, 1)
    again = ingest(engine, _inputs(), **fake_stages)
    assert (again.new, again.already_stored, again.resumed) == (0, 3, 0)
    assert _count(engine, events) == 2 and _count(engine, quotes) == 1


def test_failures_are_recorded_and_the_batch_continues(engine, fake_stages):
    items = [
        SourceError(origin="feed.jsonl:2", reason="line 2 is not JSON"),
        raw("broken.html", "@unreadable"),
        raw("odd.txt", "@boom"),
        *_inputs(),
    ]
    summary = ingest(engine, items, **fake_stages)
    assert (summary.new, summary.failed, summary.events) == (5, 3, 2)
    assert not summary.ok
    with engine.connect() as conn:
        errs = {e["origin"]: e for e in error_records(conn)}
    assert errs["feed.jsonl:2"]["stage"] == "source"
    assert errs["broken.html"]["stage"] == "clean"
    assert "no main text" in errs["broken.html"]["reason"]
    assert errs["odd.txt"]["stage"] == "extract"
    assert errs["odd.txt"]["reason"] == "RuntimeError: extractor exploded"


def test_failed_article_is_retried_and_its_error_resolved(engine, fake_stages):
    item = raw("flaky.txt", event_line(person="Ivo Marsh", type="expelled", party_from="SNP"))

    def broken(article):
        raise ValueError("model missing")

    for _ in range(2):  # failing twice keeps one open error, not two
        assert ingest(engine, [item], **{**fake_stages, "extractor": broken}).failed == 1
    with engine.connect() as conn:
        assert len(error_records(conn)) == 1
    fixed = ingest(engine, [item], **fake_stages)
    assert (fixed.already_stored, fixed.failed, fixed.events) == (1, 0, 1)
    with engine.connect() as conn:
        assert error_records(conn) == []
        assert len(error_records(conn, include_resolved=True)) == 1


def test_reprocess_keeps_ids_and_replaces_rows(engine, fake_stages):
    ingest(engine, _inputs(), **fake_stages)
    before = _ids(engine)
    summary = reprocess(engine, **fake_stages)
    assert (summary.processed, summary.events, summary.quotes) == (3, 2, 1)
    assert _ids(engine) == before

    def forgetful(article):  # a newer extractor that no longer finds the defection
        ex = fake_extract(article)
        ex.events = [e for e in ex.events if e.type != "defected"]
        return ex

    reprocess(engine, cleaner=fake_stages["cleaner"], extractor=forgetful, version="test-2")
    assert _count(engine, events) == 1
    assert _count(engine, people) == 1  # nobody refers to the defector any more


def test_reprocess_outdated_only_touches_older_versions(engine, fake_stages):
    ingest(engine, _inputs()[:2], **fake_stages)
    ingest(engine, _inputs()[2:], **{**fake_stages, "version": "test-2"})
    seen = []

    def counting(article):
        seen.append(article.text)
        return fake_extract(article)

    summary = reprocess(engine, everything=False, cleaner=fake_stages["cleaner"],
                        extractor=counting, version="test-2")
    assert summary.processed == 2 and len(seen) == 2
    with engine.connect() as conn:
        versions = set(conn.execute(select(articles.c.extractor_version)).scalars())
    assert versions == {"test-2"}


def test_progress_reports_every_input(engine, fake_stages):
    ticks = []
    ingest(engine, _inputs() + [SourceError("x", "bad")], batch_size=2,
           progress=lambda done, total, what: ticks.append(done), **fake_stages)
    assert ticks == [1, 2, 3, 4]


def test_read_error_is_resolved_when_the_place_reads_fine(engine, fake_stages):
    ingest(engine, [SourceError("feed.jsonl:4", "line 4 is not JSON")], **fake_stages)
    fixed = raw("feed-4", "The line was repaired.")
    fixed.origin = "feed.jsonl:4"
    assert ingest(engine, [fixed], **fake_stages).ok
    with engine.connect() as conn:
        assert error_records(conn) == []
        assert error_records(conn, include_resolved=True)[0]["stage"] == "source"
