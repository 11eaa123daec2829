"""Writing events and quotes as JSON Lines, JSON or CSV (field names as in FORMAT.md)."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import Any, TextIO

from sqlalchemy import Connection

from floorcross.store import read

FORMATS = ("jsonl", "json", "csv")
KINDS = ("events", "quotes")

EVENT_CSV_FIELDS = [
    "id", "person_id", "person_name", "type", "party_from", "party_to", "role", "body", "ward",
    "date", "hedged", "reason", "group_size", "sources", "urls", "sentence", "evidence_count",
    "quotes", "extractor_version",
]
QUOTE_CSV_FIELDS = [
    "id", "speaker_id", "speaker_name", "text", "article_id", "source_id", "url", "start", "end",
    "event_id",
]


def _unique(values: Iterable[Any]) -> list[str]:
    out: list[str] = []
    for v in values:
        if v and str(v) not in out:
            out.append(str(v))
    return out


def event_row(rec: dict[str, Any]) -> dict[str, Any]:
    """One event flattened for a spreadsheet: evidence becomes its sources and first sentence."""
    ev = rec["evidence"]
    row = {k: rec.get(k) for k in EVENT_CSV_FIELDS if k in rec}
    row.update(
        person_id=rec["person"]["id"], person_name=rec["person"]["name"],
        hedged="true" if rec["hedged"] else "false",
        sources="; ".join(_unique(e["source_id"] for e in ev)),
        urls="; ".join(_unique(e["url"] for e in ev)),
        sentence=ev[0]["sentence"] if ev else "",
        evidence_count=len(ev),
        quotes="; ".join(rec.get("quotes", [])),
    )
    return row


def quote_row(rec: dict[str, Any]) -> dict[str, Any]:
    speaker = rec.get("speaker") or {}
    row = {k: rec.get(k) for k in QUOTE_CSV_FIELDS if k in rec}
    row.update(speaker_id=speaker.get("id"), speaker_name=speaker.get("name"))
    return row


def write_records(records: list[dict[str, Any]], kind: str, fmt: str, out: TextIO) -> int:
    """Write `records` of `kind` ("events"/"quotes") in `fmt`; returns how many."""
    if fmt == "jsonl":
        for rec in records:
            out.write(json.dumps(rec, ensure_ascii=False) + "\n")
    elif fmt == "json":
        json.dump(records, out, ensure_ascii=False, indent=2)
        out.write("\n")
    elif fmt == "csv":
        fields, flatten = ((EVENT_CSV_FIELDS, event_row) if kind == "events"
                           else (QUOTE_CSV_FIELDS, quote_row))
        writer = csv.DictWriter(out, fieldnames=fields, extrasaction="ignore")
        writer.writeheader()
        for rec in records:
            writer.writerow(flatten(rec))
    else:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    return len(records)


def load_records(conn: Connection, kind: str) -> list[dict[str, Any]]:
    """Every event or quote in the store, as export records."""
    if kind == "events":
        return read.event_records(conn)
    if kind == "quotes":
        return read.quote_records(conn)
    raise ValueError(f"unknown kind {kind!r}; choose events or quotes")


def export(conn: Connection, kind: str, fmt: str, out: TextIO) -> int:
    """Export all events or quotes to `out`; returns how many records were written."""
    return write_records(load_records(conn, kind), kind, fmt, out)
