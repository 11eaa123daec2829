"""Plain data passed between the stages: sources -> clean -> extract -> store.

Every stage is a function over these records, so each can be run, tested and timed alone.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date

# Event types of FORMAT.md, in one place so extract, store and eval agree.
EVENT_TYPES = (
    "resigned",
    "defected",
    "suspended",
    "expelled",
    "whip_removed",
    "whip_restored",
    "rejoined",
    "readmitted",
    "deselected",
)

ROLES = ("councillor", "mp", "msp", "ms", "mla", "mep", "mayor", "peer", "party_official", "member")


@dataclass
class RawInput:
    """One article as a source read it, before anything is derived from it.

    `kind` is "text" or "html"; `content` is the decoded text or markup.
    `origin` says where it came from for error messages ("dir/a.jsonl:12").
    """

    source_id: str
    kind: str
    content: str
    origin: str
    url: str | None = None
    title: str | None = None
    outlet: str | None = None
    author: str | None = None
    published: str | None = None

    @property
    def content_hash(self) -> str:
        """Identity of the input: the same article ingested twice has the same hash."""
        h = hashlib.sha256()
        h.update(self.kind.encode())
        h.update(b"\0")
        h.update(self.content.encode("utf-8", "surrogatepass"))
        return h.hexdigest()


@dataclass
class SourceError:
    """An input that could not be read; recorded, never raised through the batch."""

    origin: str
    reason: str


@dataclass
class CleanedArticle:
    """Main text and metadata. Evidence offsets refer to `text`."""

    text: str
    title: str | None = None
    published: date | None = None
    outlet: str | None = None
    url: str | None = None
    author: str | None = None
    # How much of `published` is known: "day", or "month"/"year" for a reduced ISO date
    # ("2011-02"), whose day (and month) `published` fills with 1.
    published_precision: str = "day"


@dataclass
class Evidence:
    start: int
    end: int
    sentence: str


@dataclass
class EventMention:
    """One affiliation change as one article reports it."""

    person: str
    type: str
    party_from: str | None = None
    party_to: str | None = None
    role: str | None = None
    body: str | None = None
    ward: str | None = None
    date: str | None = None  # YYYY-MM-DD, YYYY-MM or YYYY
    hedged: bool = False
    reason: str | None = None
    group_size: int | None = None
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class QuoteMention:
    """A direct quotation; `text` without its marks, offsets into the cleaned text."""

    text: str
    start: int
    end: int
    speaker: str | None = None
    kind: str = "direct"
    # Index into Extraction.events of the event this quote speaks about, if any.
    event_index: int | None = None


@dataclass
class Extraction:
    events: list[EventMention] = field(default_factory=list)
    quotes: list[QuoteMention] = field(default_factory=list)
