"""Trigger words on the dependency parse: which token anchors a reported affiliation change,
what kind of change it is, and what the clause says was left or joined."""

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
}
# "changed her party affiliation to Republican", "switched allegiance to the Greens".
AFFILIATION_NOUNS = frozenset({"affiliation", "allegiance", "allegiances", "registration", "side",
                               "sides", "colours", "colors", "party"})
OUT_PARTICLE = frozenset({"kick", "throw", "boot", "force"})
WHIP_REMOVE = frozenset({
    "withdraw", "remove", "suspend", "strip", "lose", "take", "withhold", "deprive",
})
WHIP_RESTORE = frozenset({"restore", "return", "regain", "reinstate", "give", "hand"})
NOMINAL = {
    "defection": "defect", "resignation": "leave", "departure": "leave", "exit": "leave",
    "suspension": "suspended", "expulsion": "expelled",
}
RESIGNATION_VERBS = frozenset({"hand", "tender", "submit", "announce", "confirm", "send"})
MEMBERSHIP_NOUNS = frozenset({"membership", "card", "cards"})
PARTY_NOUNS = frozenset({
    "party", "membership", "group", "whip", "card", "cards", "caucus", "ranks", "benches",
})


@dataclass
class Trigger:
    token: Token  # the verb whose clause reports the change
    kind: str  # leave | defect | join | rejoin | independent | no_longer | whip_removed ...
    acted_on: bool = False  # the person is the object: "Labour suspended X"
    nominal: bool = False  # a noun: "his defection to Reform", "her resignation from Labour"


def _has_child(tok: Token, deps: set[str], lemmas: set[str] | frozenset[str]) -> Token | None:
    for c in tok.children:
        if c.dep_ in deps and c.lemma_.lower() in lemmas:
            return c
    return None


def _whip_trigger(tok: Token) -> Trigger | None:
    """"had the whip withdrawn", "lost the whip", "the whip was restored", "resigned the whip"."""
    verbs = [tok.head, *[c for c in tok.head.children if c.pos_ in ("VERB", "AUX")]]
    verbs += [c for c in tok.children if c.pos_ == "VERB"]  # "had the whip withdrawn"
    if tok.head.dep_ in ("pobj",) or tok.dep_ == "pobj":  # "stripped of the whip"
        verbs.append(tok.head.head)
    for v in verbs:
        lemma = v.lemma_.lower()
        if lemma in ("resign", "quit"):
            return Trigger(v, "leave")
        if lemma in ("relinquish", "surrender") or (lemma == "give" and _particle(v, "up")):
            return Trigger(v, "whip_removed")  # "gave up the whip" pending an inquiry
        if lemma in WHIP_RESTORE and not (lemma in ("hand", "give") and not (
            _particle(v, "back") or _has_child(v, {"prep", "dative"}, {"to"})
        )):
            return Trigger(v, "whip_restored")
        if lemma in WHIP_REMOVE:
            return Trigger(v, "whip_removed")
    return None


def _particle(tok: Token, word: str) -> bool:
    """"kicked out", "handed back" (the parser reads the particle as one or as a preposition)."""
    return any(c.dep_ in ("prt", "prep", "advmod") and c.lower_ == word for c in tok.children)


def _no_longer_member(tok: Token) -> Trigger | None:
    """"could no longer be a member of the party" (the modal belongs to the statement)."""
    if tok.lemma_.lower() != "member" or tok.dep_ != "attr":
        return None
    be = tok.head
    longer = [c for c in be.children if c.lower_ == "longer"]
    if longer and any(c.lower_ == "no" for c in longer[0].children):
        return Trigger(be, "no_longer")
    return None


def find_triggers(sent) -> list[Trigger]:
    """Every trigger in one parsed sentence (a Doc or Span)."""
    out: list[Trigger] = []
    for tok in sent:
        lemma = tok.lemma_.lower()
        low = tok.lower_
        trig: Trigger | None = None
        if lemma == "whip" or low == "whip":
            trig = _whip_trigger(tok)
        elif tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB"):
            trig = _verb_trigger(tok, lemma)
        elif lemma in ("resignation", "resignations") and tok.head.lemma_ in RESIGNATION_VERBS:
            trig = Trigger(tok.head, "leave")
        elif tok.pos_ == "NOUN" and lemma in ("move", "switch") and _has_child(
            tok, {"prep"}, {"to"}
        ):  # "her move to Reform", "the switch to the Greens"
            trig = Trigger(tok, "move", nominal=True)
        elif tok.pos_ == "NOUN" and lemma in NOMINAL and _lifted(tok):
            # "his suspension was lifted": the sanction ends
            kind = "whip_restored" if any(t.lower_ == "whip" for t in sent) else "readmitted"
            trig = Trigger(tok, kind, acted_on=True, nominal=True) if lemma in (
                "suspension", "expulsion") else None
        elif tok.pos_ == "NOUN" and lemma in NOMINAL:
            trig = Trigger(tok, NOMINAL[lemma], acted_on=lemma in ("suspension", "expulsion"),
                           nominal=True)
        else:
            trig = _no_longer_member(tok)
        if trig and all(t.token.i != trig.token.i for t in out):
            out.append(trig)
    return out


# Verbs that end a sanction: "his suspension was lifted", "overturned her expulsion".
LIFT = frozenset({"lift", "end", "overturn", "rescind", "revoke", "drop", "quash", "reverse"})


def _lifted(noun: Token) -> bool:
    return noun.dep_ in ("nsubjpass", "dobj") and noun.head.lemma_.lower() in LIFT


def _verb_trigger(tok: Token, lemma: str) -> Trigger | None:
    if lemma in ("quit", "leave", "resign") or lemma in ("ditch", "desert", "exit", "swap"):
        return Trigger(tok, "leave")
    if lemma == "walk" and _particle(tok, "away"):  # "walking away from Labour"
        return Trigger(tok, "leave")
    if lemma in DEFECT:
        return Trigger(tok, "defect")
    if lemma == "jump" and _has_child(tok, {"dobj"}, {"ship"}):  # "jumped ship to Reform"
        return Trigger(tok, "defect")
    if lemma in ("change", "switch") and _has_child(tok, {"dobj"}, AFFILIATION_NOUNS):
        return Trigger(tok, "defect")
    if lemma == "move" and _has_child(tok, {"prep"}, {"to"}):  # "moving to the Greens"
        return Trigger(tok, "move")
    if lemma == "cross" and any(c.lower_ == "floor" for c in tok.subtree):
        return Trigger(tok, "defect")
    if lemma == "join":
        return Trigger(tok, "join")
    if lemma == "rejoin":
        return Trigger(tok, "rejoin")
    if lemma in ("tear", "rip", "cut") and any(
        c.lemma_.lower() in MEMBERSHIP_NOUNS for c in tok.subtree
    ):
        return Trigger(tok, "leave")
    if lemma == "break" and _has_child(tok, {"prep"}, {"with", "from", "away"}):
        return Trigger(tok, "leave")
    # The lemmatiser does not know "deselected" or "readmitted": match the stem.
    stem = next((k for k in ACTED_ON if lemma.startswith(k) or tok.lower_.startswith(k)), None)
    if stem and not any(c.lower_ == "whip" for c in tok.subtree):
        return Trigger(tok, ACTED_ON[stem], acted_on=True)
    if lemma in ("allow", "let", "welcome", "take") and _particle(tok, "back"):
        return Trigger(tok, "readmitted", acted_on=True)  # "allowed back into the party"
    if lemma in OUT_PARTICLE and _particle(tok, "out") and lemma != "force":
        return Trigger(tok, "expelled", acted_on=True)
    if lemma == "welcome" and any(
        p.dep_ == "prep" and p.lower_ in ("into", "to") for p in tok.children
    ):
        return Trigger(tok, "welcome", acted_on=True)
    if lemma in ("sit", "continue", "serve", "remain", "stay", "work", "stand", "act") and (
        _independent_as(tok)
    ):
        return Trigger(tok, "independent")
    return None


def _independent_as(tok: Token) -> bool:
    """"sit as an independent", "sits as an Independent councillor"."""
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ == "as":
            return any(t.lower_.startswith("independent") for t in prep.subtree)
    return False
