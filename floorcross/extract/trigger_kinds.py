"""The Trigger record and the word lists that say which kind of change a trigger word reports,
with the two small parse tests every trigger finder uses (a child of a kind, a particle)."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Token

LEAVE = frozenset({"quit", "leave", "resign", "ditch", "abandon", "desert", "exit"})
DEFECT = frozenset({"defect", "switch"})
ACTED_ON = {  # the person is the object of these (or the passive subject)
    "suspend": "suspended",
    "expel": "expelled",
    "deselect": "deselected",
    "readmit": "readmitted",
    "reinstate": "readmitted",
    "ban": "suspended",  # "banned from the party for 12 months"
    "disendorse": "deselected",  # Australian usage: the party withdraws its endorsement
}
# Verbs that take someone out of a party body: "removed from the caucus", "dumped from
# preselection", "dropped as the party's candidate". What they were taken from gives the kind.
REMOVAL_VERBS = frozenset({
    "remove", "oust", "eject", "drop", "dump", "axe", "boot", "kick", "throw", "strip", "cut",
    "replace", "sack",  # "replaced as the party's candidate", "sacked as its candidate"
})
# The body left behind -> the change: a parliamentary group or caucus means the whip, the
# party itself expulsion, a candidacy deselection.
REMOVED_FROM = {
    "caucus": "whip_removed", "group": "whip_removed", "room": "whip_removed",
    "conference": "whip_removed",
    "party": "expelled", "membership": "expelled", "ranks": "expelled",
    "preselection": "deselected", "candidacy": "deselected", "ticket": "deselected",
    "shortlist": "deselected", "nomination": "deselected", "endorsement": "deselected",
    "candidate": "deselected",
}
# Nouns for a candidacy someone can lose: "lost preselection", "lost the party's endorsement".
CANDIDACY_NOUNS = frozenset({"preselection", "endorsement", "nomination", "candidacy"})
# "changed her party affiliation to Republican", "switched allegiance to the Greens".
AFFILIATION_NOUNS = frozenset({"affiliation", "allegiance", "allegiances", "registration", "side",
                               "sides", "colours", "colors", "party", "parties"})
OUT_PARTICLE = frozenset({"kick", "throw", "boot", "force", "cast", "turf", "drum", "chuck"})
# Verbs ending a membership: "terminated his party membership", "had her membership revoked".
TERMINATE = frozenset({"terminate", "revoke", "cancel", "rescind", "annul"})
WHIP_REMOVE = frozenset({
    "withdraw", "remove", "suspend", "strip", "lose", "take", "withhold", "deprive",
})
WHIP_RESTORE = frozenset({"restore", "return", "regain", "reinstate", "give", "hand"})
NOMINAL = {
    "defection": "defect", "resignation": "leave", "departure": "leave", "exit": "leave",
    "suspension": "suspended", "expulsion": "expelled", "deselection": "deselected",
}
RESIGNATION_VERBS = frozenset({"hand", "tender", "submit", "announce", "confirm", "send"})
MEMBERSHIP_NOUNS = frozenset({"membership", "card", "cards"})
PARTY_NOUNS = frozenset({
    "party", "membership", "group", "whip", "card", "cards", "caucus", "ranks", "benches", "fold",
})


@dataclass
class Trigger:
    token: Token  # the verb whose clause reports the change
    kind: str  # leave | defect | join | rejoin | independent | no_longer | whip_removed ...
    acted_on: bool = False  # the person is the object: "Labour suspended X"
    nominal: bool = False  # a noun: "his defection to Reform", "her resignation from Labour"


def has_child(tok: Token, deps: set[str], lemmas: set[str] | frozenset[str]) -> Token | None:
    """The first child with one of the dependencies and one of the lemmas, if any."""
    for c in tok.children:
        if c.dep_ in deps and c.lemma_.lower() in lemmas:
            return c
    return None


def particle(tok: Token, word: str) -> bool:
    """"kicked out", "handed back" (the parser reads the particle as one or as a preposition)."""
    return any(c.dep_ in ("prt", "prep", "advmod") and c.lower_ == word for c in tok.children)


# Verbs for setting up a party: "formed his own party", "set up a new party".
FOUNDING = frozenset({"form", "found", "launch", "start", "create", "establish", "set"})
