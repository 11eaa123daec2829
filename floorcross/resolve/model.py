"""Plain records the resolver reads and returns.

A `Mention` is one event as one article reports it (a row of the per-article extraction); the
resolver groups mentions into people and events that hold across articles and outlets.
"""

from __future__ import annotations

from dataclasses import dataclass, field

# Attributes of an event that sources may disagree on; each keeps every value with its source.
EVENT_ATTRIBUTES = (
    "type", "party_from", "party_to", "role", "body", "ward", "date", "reason", "group_size",
)


@dataclass(frozen=True)
class Mention:
    """One event mention. `id` is stable across reprocessing (derived from article content);
    `article` orders articles (earlier ingested first); `story` is the near-duplicate group of
    the article (syndicated copies share it; defaults to the article itself)."""

    id: str
    article: int
    person: str
    type: str
    party_from: str | None = None
    party_to: str | None = None
    role: str | None = None
    body: str | None = None
    ward: str | None = None
    date: str | None = None
    hedged: bool = False
    reason: str | None = None
    group_size: int | None = None
    story: int | None = None
    published: str | None = None  # the article's publication date, an upper bound on `date`

    @property
    def story_key(self) -> int:
        return self.story if self.story is not None else self.article

    @property
    def order(self) -> tuple[int, str]:
        """Earliest first: the mention that creates an event or person gives it its id."""
        return (self.article, self.id)


@dataclass(frozen=True)
class SourcedValue:
    """One value of an attribute as the mentions `mention_ids` (from `articles`) give it."""

    value: object
    mention_ids: tuple[str, ...]
    articles: tuple[int, ...]
    stories: int


@dataclass
class Changes:
    """Ids of people and events that were created, changed or removed by an update."""

    people: set[str] = field(default_factory=set)
    events: set[str] = field(default_factory=set)
    removed_people: set[str] = field(default_factory=set)
    removed_events: set[str] = field(default_factory=set)

    def update(self, other: Changes) -> None:
        self.people |= other.people
        self.events |= other.events
        self.removed_people |= other.removed_people
        self.removed_events |= other.removed_events
