"""One event per real change: mentions of the same person grouped by compatible details."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from floorcross.eval.names import party_key
from floorcross.resolve.attributes import (
    INDEPENDENT,
    agreement,
    best_value,
    mentions_compatible,
    sourced_values,
)
from floorcross.resolve.model import EVENT_ATTRIBUTES, Mention, SourcedValue


@dataclass
class Event:
    """A merged event. `id` is the id of the mention that created it and never changes while
    the event has mentions, so reviews keyed on it survive later articles and reprocessing."""

    id: str
    person_id: str
    mentions: dict[str, Mention] = field(default_factory=dict)

    def sorted_mentions(self) -> list[Mention]:
        return sorted(self.mentions.values(), key=lambda m: m.order)

    def accepts(self, m: Mention) -> bool:
        """`m` fits every mention already here and comes from an article not yet here (two
        reports in one article were already kept apart by the extractor)."""
        return all(o.article != m.article and mentions_compatible(o, m)
                   for o in self.mentions.values())

    def agreement(self, m: Mention) -> int:
        return max((agreement(o, m) for o in self.mentions.values()), default=0)

    @property
    def articles(self) -> list[int]:
        return list(dict.fromkeys(m.article for m in self.sorted_mentions()))

    @property
    def sources(self) -> int:
        """Independent sources: syndicated copies of one story count once."""
        return len({m.story_key for m in self.mentions.values()})

    def values(self) -> dict[str, list[SourcedValue]]:
        """Every value each attribute was given, with its sources."""
        ms = self.sorted_mentions()
        return {attr: sourced_values(ms, attr) for attr in EVENT_ATTRIBUTES}

    def record(self) -> dict[str, Any]:
        """The best-supported value of each attribute, as the register shows it."""
        ms = self.sorted_mentions()
        out: dict[str, Any] = {attr: best_value(ms, attr) for attr in EVENT_ATTRIBUTES}
        out["hedged"] = best_value(ms, "hedged")
        # "Left Labour" and "left Labour for Reform" are one defection: the report that
        # names where they went says more than the one that does not.
        to = out["party_to"]
        if (out["type"] == "resigned" and to and party_key(str(to)) != INDEPENDENT
                and any(m.type == "defected" for m in ms)):
            out["type"] = "defected"
        return out


def choose(events: list[Event], m: Mention) -> Event | None:
    """The existing event `m` reports, or None when it is a new change."""
    fits = [e for e in events if e.accepts(m)]
    if not fits:
        return None
    # Most shared details first, then the earliest event.
    return min(fits, key=lambda e: (-e.agreement(m), min(o.order for o in e.mentions.values())))
