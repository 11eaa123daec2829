"""The Mention record: one person's one change as read from one trigger, before merging.
(Its own module so the readers and the merging can share it without importing each other.)"""

from __future__ import annotations

from dataclasses import dataclass, field

from floorcross.extract.mentions import ParsedSentence


@dataclass
class Mention:
    person: str
    type: str
    sentence: ParsedSentence
    party_from: str | None = None
    party_to: str | None = None
    hedged: bool = False
    date: str | None = None
    reason: str | None = None
    group_size: int | None = None
    contexts: list[str] = field(default_factory=list)
    from_quote: bool = False
    # "will sit as an independent": says where someone sits after a change reported elsewhere
    # (a resignation, a suspension); a change of its own only when nothing else is reported.
    supporting: bool = False
    party_guessed: bool = False  # party_from read from context, not from the clause
    needs_origin: bool = False  # see interpret.Reading
    # Told as an earlier step of the story: "after having earlier quit Labour", "had
    # previously left the party" (a join in the same story is a later, separate step).
    background: bool = False
    # An unnamed group told beside named people ("X and five other MLAs"): its members are
    # only those a roster sentence lists ("The five other MLAs are ...").
    roster_count: int = 0
