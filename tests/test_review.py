"""Reviews override extracted values everywhere, survive reprocessing and keep an audit trail."""

from __future__ import annotations

import io
import json

import pytest
from browser.webdata import fill, stages

from floorcross.export import export
from floorcross.pipeline import reprocess
from floorcross.store import review
from floorcross.store.read import EventFilter, event_records


@pytest.fixture
def filled(engine):
    fill(engine)
    return engine


def _event(engine, person: str, review_status: str | None = None) -> dict:
    with engine.connect() as conn:
        recs = event_records(conn, EventFilter(person=person, review=review_status))
    assert len(recs) == 1
    return recs[0]


def test_correction_overrides_extraction_in_reads_and_filters(filled):
    ev = _event(filled, "Quill")
    with filled.begin() as conn:
        review.review_event(conn, ev["id"], "correct", "ana",
                            {"party_to": "Plaid Cymru", "date": "2024-03-04"}, "the article erred")
    fixed = _event(filled, "Quill")
    assert (fixed["party_to"], fixed["date"], fixed["review_status"]) == (
        "Plaid Cymru", "2024-03-04", "corrected")
    assert fixed["party_from"] == "Labour"  # uncorrected fields stay as extracted
    with filled.connect() as conn:
        assert [r["id"] for r in event_records(conn, EventFilter(party="plaid"))] == [ev["id"]]
        assert event_records(conn, EventFilter(party="independent")) == []


def test_correction_can_clear_a_field_and_revert(filled):
    ev = _event(filled, "Quill")
    with filled.begin() as conn:
        review.review_event(conn, ev["id"], "correct", "ana", {"role": ""})
    assert _event(filled, "Quill")["role"] is None
    with filled.begin() as conn:
        back = review.review_event(conn, ev["id"], "confirm", "ana", {"role": "councillor"})
    assert back.corrections == {} and back.status == "confirmed"
    assert _event(filled, "Quill")["role"] == "councillor"


def test_rejected_events_are_hidden_unless_asked_for(filled):
    ev = _event(filled, "Brenner")
    with filled.begin() as conn:
        review.review_event(conn, ev["id"], "reject", "ana", note="not a defection")
    with filled.connect() as conn:
        assert ev["id"] not in [r["id"] for r in event_records(conn)]
        rejected = event_records(conn, EventFilter(review="rejected"))
        everything = event_records(conn, EventFilter(review="all"))
    assert [r["id"] for r in rejected] == [ev["id"]]
    assert ev["id"] in [r["id"] for r in everything]


def test_review_survives_reprocess_with_same_ids(filled):
    ev = _event(filled, "Penhale")
    with filled.begin() as conn:
        review.review_event(conn, ev["id"], "correct", "ana", {"type": "expelled"})
    summary = reprocess(filled, **{"cleaner": stages().cleaner,
                                   "extractor": stages().extractor, "version": "test-2"})
    assert summary.processed == 3
    again = _event(filled, "Penhale")
    assert again["id"] == ev["id"]
    assert again["type"] == "expelled" and again["extractor_version"] == "test-2"


def test_audit_trail_records_who_when_and_old_to_new(filled):
    ev = _event(filled, "Quill")
    with filled.begin() as conn:
        review.review_event(conn, ev["id"], "correct", "ana", {"body": "Harrowgate BC"})
        review.review_event(conn, ev["id"], "reject", "ben", note="duplicate")
    with filled.connect() as conn:
        trail = review.review_history(conn, ev["id"])
    assert [t["reviewer"] for t in trail] == ["ana", "ben"]
    assert trail[0]["old"] == {"body": "Harrowgate Council", "status": None}
    assert trail[0]["new"] == {"body": "Harrowgate BC", "status": "corrected"}
    assert trail[1]["old"] == {"status": "corrected"} and trail[1]["new"]["status"] == "rejected"
    assert trail[1]["note"] == "duplicate" and trail[1]["at"]


@pytest.mark.parametrize("changes, message", [
    ({"type": "wandered_off"}, "type must be"),
    ({"role": "emperor"}, "role must be"),
    ({"date": "5 March"}, "date must be"),
    ({"hedged": "no"}, "cannot correct"),
])
def test_bad_corrections_are_refused(filled, changes, message):
    ev = _event(filled, "Quill")
    with filled.begin() as conn, pytest.raises(review.ReviewError, match=message):
        review.review_event(conn, ev["id"], "correct", "ana", changes)


def test_unknown_event_and_empty_correction_are_refused(filled):
    ev = _event(filled, "Quill")
    with filled.begin() as conn:
        with pytest.raises(review.ReviewError, match="no event"):
            review.review_event(conn, "ev-missing", "confirm", "ana")
        with pytest.raises(review.ReviewError, match="nothing to correct"):
            review.review_event(conn, ev["id"], "correct", "ana", {"party_from": "Labour"})


def test_export_shows_reviewed_values(filled):
    ev = _event(filled, "Brenner")
    with filled.begin() as conn:
        review.review_event(conn, ev["id"], "correct", "ana", {"party_to": "Liberal Democrats"})
    buf = io.StringIO()
    with filled.connect() as conn:
        export(conn, "events", "jsonl", buf)
    exported = {r["id"]: r for r in map(json.loads, buf.getvalue().splitlines())}
    assert exported[ev["id"]]["party_to"] == "Liberal Democrats"


def test_tokens_are_stored_hashed_and_checked(engine):
    with engine.begin() as conn:
        token = review.create_token(conn, "ana")
    with engine.connect() as conn:
        stored = conn.execute(review.api_tokens.select()).all()
        assert [r.token_hash for r in stored] == [review.hash_token(token)]
        assert token not in str([tuple(r) for r in stored])
        assert review.token_owner(conn, token) == "ana"
        assert review.token_owner(conn, token + "x") is None
        assert review.token_owner(conn, "env-secret", env_token="env-secret") == "admin"
        assert review.token_owner(conn, "", env_token="") is None
