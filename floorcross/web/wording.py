"""Plain-English wording of events for titles, headings and feed entries."""

from __future__ import annotations

from typing import Any


def headline(rec: dict[str, Any]) -> str:
    """ "Ada Quill left Labour", "Ada Quill left Labour for the Greens"-style one-liners."""
    name = rec["person"]["name"]
    p_from = rec.get("party_from") or "their party"
    p_to = rec.get("party_to")
    kind = rec.get("type")
    if kind == "defected":
        if rec.get("party_from") and p_to:
            return f"{name} left {p_from} for {p_to}"
        return f"{name} joined {p_to}" if p_to else f"{name} left {p_from}"
    if kind == "resigned":
        return f"{name} left {p_from}" + (" to sit as an independent"
                                          if p_to == "Independent" else "")
    phrases = {
        "suspended": f"{name} was suspended by {p_from}",
        "expelled": f"{name} was expelled from {p_from}",
        "whip_removed": f"{name} lost the {p_from} whip",
        "whip_restored": f"{name} had the {p_from} whip restored",
        "rejoined": f"{name} rejoined {p_to or p_from}",
        "readmitted": f"{name} was readmitted to {p_to or p_from}",
        "deselected": f"{name} was deselected by {p_from}",
    }
    return phrases.get(kind, f"{name}: {kind}")
