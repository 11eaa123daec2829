"""Export formats parse back to the records the store holds."""

from __future__ import annotations

import csv
import io
import json

import pytest
from conftest import event_line, quote_line, raw

from floorcross.export import export, write_records
from floorcross.pipeline import ingest
from floorcross.store.read import event_records, quote_records


@pytest.fixture
def stored(engine, fake_stages):
    items = [
        raw("wrexley.txt",
            event_line(person="Zoë Ferrand", type="suspended", party_from="Green",
                       hedged=True, reason="a post about the budget", body="Wrexley Council"),
            quote_line(speaker="Zoë Ferrand", text="I will appeal, naturally", event=0),
            quote_line(text="Nobody told us", speaker=None),
            url="https://news.example/wrexley"),
    ]
    ingest(engine, items, **fake_stages)
    return engine


def _export(engine, kind: str, fmt: str) -> str:
    buf = io.StringIO()
    with engine.connect() as conn:
        export(conn, kind, fmt, buf)
    return buf.getvalue()


def test_jsonl_and_json_round_trip(stored):
    with stored.connect() as conn:
        evs, qs = event_records(conn), quote_records(conn)
    lines = _export(stored, "events", "jsonl").splitlines()
    assert [json.loads(x) for x in lines] == evs
    assert json.loads(_export(stored, "quotes", "json")) == qs
    ev = evs[0]
    assert set(ev) >= {"id", "person", "type", "party_from", "party_to", "role", "body",
                       "ward", "date", "hedged", "reason", "evidence", "quotes",
                       "extractor_version"}
    assert set(ev["evidence"][0]) == {"article_id", "source_id", "url", "start", "end",
                                      "sentence"}
    assert ev["evidence"][0]["url"] == "https://news.example/wrexley"
    assert "Zoë" in lines[0]  # UTF-8 kept as text, not escaped


def test_events_csv_is_flat_for_spreadsheets(stored):
    rows = list(csv.DictReader(io.StringIO(_export(stored, "events", "csv"))))
    assert len(rows) == 1
    row = rows[0]
    assert row["person_name"] == "Zoë Ferrand"
    assert row["hedged"] == "true"
    assert row["sources"] == "wrexley.txt"
    assert row["sentence"].startswith("@event")
    assert row["evidence_count"] == "1"
    assert row["party_to"] == ""
    assert len(row["quotes"].split("; ")) == 1


def test_quotes_csv_leaves_unattributed_speaker_empty(stored):
    rows = list(csv.DictReader(io.StringIO(_export(stored, "quotes", "csv"))))
    assert [r["speaker_name"] for r in rows] == ["Zoë Ferrand", ""]
    assert rows[0]["event_id"] and rows[1]["event_id"] == ""
    assert rows[0]["text"] == "I will appeal, naturally"


def test_unknown_format_is_refused():
    with pytest.raises(ValueError, match="unknown format"):
        write_records([], "events", "xml", io.StringIO())
