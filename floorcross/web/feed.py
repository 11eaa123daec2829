"""The Atom feed of new changes, built with ElementTree so every value is escaped."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from datetime import UTC, datetime
from typing import Any

from floorcross.web.wording import headline

ATOM = "http://www.w3.org/2005/Atom"
# Characters XML 1.0 forbids even when escaped; article text may carry them.
_NOT_XML = re.compile("[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _text(value: object) -> str:
    return _NOT_XML.sub("", "" if value is None else str(value))


def _stamp(value: datetime | None) -> str:
    value = value or datetime(1970, 1, 1, tzinfo=UTC)
    if value.tzinfo is None:  # SQLite hands timestamps back naive; they were stored as UTC
        value = value.replace(tzinfo=UTC)
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def tag_uri(event_id: str) -> str:
    return f"tag:floorcross,2024:event/{event_id}"


def _entry(feed: ET.Element, rec: dict[str, Any], base_url: str) -> None:
    entry = ET.SubElement(feed, f"{{{ATOM}}}entry")
    ET.SubElement(entry, f"{{{ATOM}}}id").text = tag_uri(rec["id"])
    ET.SubElement(entry, f"{{{ATOM}}}title").text = _text(headline(rec))
    ET.SubElement(entry, f"{{{ATOM}}}updated").text = _stamp(rec.get("processed_at"))
    ET.SubElement(entry, f"{{{ATOM}}}link", href=f"{base_url}/events/{rec['id']}",
                  rel="alternate", type="text/html")
    parts = [f"{k}: {rec[k]}" for k in ("type", "party_from", "party_to", "role", "body",
                                        "ward", "date") if rec.get(k)]
    if rec["evidence"]:
        parts.append(f"Evidence: {rec['evidence'][0]['sentence']}")
    ET.SubElement(entry, f"{{{ATOM}}}summary", type="text").text = _text("\n".join(parts))


def atom_feed(records: list[dict[str, Any]], base_url: str) -> bytes:
    """An Atom document of `records` (newest first, each with `processed_at`)."""
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed")
    ET.SubElement(feed, f"{{{ATOM}}}id").text = "tag:floorcross,2024:events"
    ET.SubElement(feed, f"{{{ATOM}}}title").text = "floorcross: new party-affiliation changes"
    newest = max((r.get("processed_at") for r in records if r.get("processed_at")),
                 default=None)
    ET.SubElement(feed, f"{{{ATOM}}}updated").text = _stamp(newest)
    ET.SubElement(feed, f"{{{ATOM}}}link", href=f"{base_url}/feeds/events.atom", rel="self")
    ET.SubElement(feed, f"{{{ATOM}}}link", href=f"{base_url}/events", rel="alternate")
    author = ET.SubElement(feed, f"{{{ATOM}}}author")
    ET.SubElement(author, f"{{{ATOM}}}name").text = "floorcross"
    for rec in records:
        _entry(feed, rec, base_url)
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True)
