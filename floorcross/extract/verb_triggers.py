"""Verbs that report a change: leaving, defecting, joining, sanctions and their undoing,
removal from a party body, sitting or being listed as an independent."""

from __future__ import annotations

from spacy.tokens import Token

from floorcross.extract.candidacy_triggers import candidacy_lost
from floorcross.extract.trigger_kinds import (
    ACTED_ON,
    AFFILIATION_NOUNS,
    DEFECT,
    FOUNDING,
    MEMBERSHIP_NOUNS,
    OUT_PARTICLE,
    PARTY_NOUNS,
    REMOVAL_VERBS,
    REMOVED_FROM,
    Trigger,
    has_child,
    particle,
)


def _removal(tok: Token, lemma: str) -> Trigger | None:
    """"removed from the Liberal caucus", "dumped from preselection", "dropped as the party's
    candidate", "stripped of his preselection"."""
    if lemma not in REMOVAL_VERBS:
        return None
    # "kicked off the party's ticket": off the list the party put up
    preps = ("from", "of") if lemma == "strip" else ("from", "as", "off")
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ not in preps:
            continue
        for obj in prep.children:
            kind = REMOVED_FROM.get(obj.lemma_.lower()) if obj.dep_ == "pobj" else None
            if kind and parliamentary(obj):
                kind = "whip_removed"  # "ousted from the parliamentary party"
            if kind == "whip_removed" and obj.lemma_.lower() == "room" and not any(
                c.lower_ == "party" for c in obj.children
            ):
                kind = None  # only the "party room"
            if kind and (prep.lower_ != "as" or kind == "deselected"):
                return Trigger(tok, kind, acted_on=True)
    return None


def parliamentary(o: Token) -> bool:
    """"the parliamentary party", "the Labour group", "the caucus": the members sitting in a
    chamber, whose membership is the whip."""
    low = o.lemma_.lower()
    return low in ("group", "caucus") or (low == "party" and any(
        c.lower_ == "parliamentary" for c in o.children))


def _return_to(tok: Token, lemma: str) -> Trigger | None:
    """"is returning to Labour", "returned to the Tory fold": back in a party left before."""
    if lemma != "return":
        return None
    for obj in (g for c in tok.children if c.dep_ == "prep" and c.lower_ == "to"
                for g in c.children if g.dep_ == "pobj"):
        if obj.pos_ == "PROPN" or obj.lemma_.lower() in ("fold", "party"):
            return Trigger(tok, "rejoin")
    return None


def verb_trigger(tok: Token, lemma: str) -> Trigger | None:
    """The change a verb reports, the most specific wording first: taken out of a body, back
    in, a candidacy lost, then moves, sanctions, and sitting as an independent."""
    removal = _removal(tok, lemma) or _return_to(tok, lemma) or candidacy_lost(tok, lemma)
    if removal is not None:
        return removal
    return _move_verb(tok, lemma) or _sanction_verb(tok, lemma) or _independent_verb(
        tok, lemma)


def _move_verb(tok: Token, lemma: str) -> Trigger | None:
    """Leaving, defecting, moving, joining or rejoining: "quit", "crossed the floor"."""
    if lemma in ("quit", "leave", "resign") or lemma in ("ditch", "desert", "exit", "swap"):
        return Trigger(tok, "leave")
    if lemma == "walk" and particle(tok, "away"):  # "walking away from Labour"
        return Trigger(tok, "leave")
    if lemma in ("step", "stand") and particle(tok, "down") and _from_party(tok):
        return Trigger(tok, "leave")  # "stepped down from the Conservatives"
    if lemma == "step" and particle(tok, "away") and any(
        c.dep_ == "prep" and c.lower_ == "from" for c in tok.subtree
    ):
        return Trigger(tok, "leave")  # "stepping away from the party"
    if lemma in DEFECT or lemma == "decamp":  # "decamped from the PDP to the APC"
        return Trigger(tok, "defect")
    if lemma == "cross" and particle(tok, "over"):  # "crossed over to PDP-Laban"
        return Trigger(tok, "defect")
    if lemma in ("bolt", "dump") and _party_object(tok):  # "bolted the PDP", "dumped the APC"
        return Trigger(tok, "leave")
    if lemma == "jump" and has_child(tok, {"dobj"}, {"ship"}):  # "jumped ship to Reform"
        return Trigger(tok, "defect")
    if lemma in ("change", "switch") and has_child(tok, {"dobj"}, AFFILIATION_NOUNS):
        return Trigger(tok, "defect")
    if lemma == "move" and has_child(tok, {"prep"}, {"to"}):  # "moving to the Greens"
        return Trigger(tok, "move")
    if lemma == "cross" and any(c.lower_ == "floor" for c in tok.subtree):
        return Trigger(tok, "defect")
    if lemma == "join":
        return Trigger(tok, "join")
    if lemma in FOUNDING and _own_new_party(tok):
        return Trigger(tok, "defect")  # "launched his own party, the Karoo Civic Movement"
    if lemma == "rejoin" or tok.lower_.startswith("rejoin"):
        return Trigger(tok, "rejoin")
    if lemma in ("tear", "rip", "cut") and any(
        c.lemma_.lower() in MEMBERSHIP_NOUNS for c in tok.subtree
    ):
        return Trigger(tok, "leave")
    if lemma == "break" and has_child(tok, {"prep"}, {"with", "from", "away"}):
        return Trigger(tok, "leave")
    return None


def _party_object(tok: Token) -> bool:
    """An active verb whose object is no person: "bolted the PDP" (not "the party dumped X")."""
    active = tok.tag_ != "VBN" or any(c.dep_ == "aux" for c in tok.children)
    return active and any(c.dep_ == "dobj" and c.ent_type_ != "PERSON" and c.pos_ == "PROPN"
                          for c in tok.children)


def _sanction_verb(tok: Token, lemma: str) -> Trigger | None:
    """A party acting on someone: suspended, expelled, readmitted, welcomed in."""
    # The lemmatiser does not know "deselected" or "readmitted": match the stem.
    stem = next((k for k in ACTED_ON if lemma.startswith(k) or tok.lower_.startswith(k)), None)
    if stem and ACTED_ON[stem] == "readmitted" and _back_to_whip(tok):
        return Trigger(tok, "whip_restored", acted_on=True)
    if stem and not any(c.lower_ == "whip" for c in tok.subtree):
        return Trigger(tok, ACTED_ON[stem], acted_on=True)
    if _appeal_won(tok, lemma):
        return Trigger(tok, "appeal", acted_on=True)
    if lemma in ("allow", "let", "welcome", "take") and particle(tok, "back") and (
        _back_into_party(tok)
    ):
        return Trigger(tok, "readmitted", acted_on=True)  # "allowed back into the party"
    if lemma in OUT_PARTICLE and particle(tok, "out") and lemma != "force":
        # "kicked out of caucus", "thrown out of the Labour group": the whip, not the party
        body = [g for c in tok.subtree if c.dep_ == "prep" and c.lower_ == "of"
                for g in c.children if g.dep_ == "pobj"]
        kind = "whip_removed" if any(parliamentary(g) for g in body) else "expelled"
        return Trigger(tok, kind, acted_on=True)
    if lemma == "welcome" and any(
        p.dep_ == "prep" and p.lower_ in ("into", "to") for p in tok.children
    ):
        return Trigger(tok, "welcome", acted_on=True)
    return None


def _independent_verb(tok: Token, lemma: str) -> Trigger | None:
    """Sitting, or being listed, as an independent."""
    if lemma in ("sit", "continue", "serve", "remain", "stay", "work", "stand", "act") and (
        _independent_as(tok)
    ):
        return Trigger(tok, "independent")
    if lemma in ("list", "appear", "register", "record", "show") and _listed_now(tok):
        return Trigger(tok, "independent")  # "is now listed as an Independent on the website"
    return None


def _back_into_party(tok: Token) -> bool:
    """"allowed back into the fold", "taken back by Labour"; not "welcomed back to the council
    chamber" (a return to a room, after an absence)."""
    places = [g for c in tok.subtree if c.dep_ == "prep" and c.lower_ in ("to", "into")
              for g in c.children if g.dep_ == "pobj"]
    return not places or any(
        p.pos_ == "PROPN" or p.lemma_.lower() in PARTY_NOUNS | {"fold"} for p in places)


def _from_party(tok: Token) -> bool:
    """A "from" phrase naming a party or a party noun ("from the party", "from the Labour
    group"), not a post ("stepped down from the cabinet")."""
    objs = [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "from"
            for g in c.children if g.dep_ == "pobj"]
    return any(o.ent_type_ in ("ORG", "NORP") or o.pos_ == "PROPN" or o.lemma_.lower() in (
        "party", "group", "ranks") for o in objs)


def _appeal_won(tok: Token, lemma: str) -> bool:
    """"has won her appeal (against her suspension)", "successfully appealed against the
    decision": a sanction undone by the party's appeal body."""
    if lemma == "win":
        return any(c.dep_ == "dobj" and c.lemma_.lower() == "appeal" for c in tok.children)
    return lemma == "appeal" and tok.pos_ == "VERB" and any(
        c.lower_ == "successfully" for c in tok.children)


def _back_to_whip(tok: Token) -> bool:
    """"reinstated to the party and the whip", "readmitted to Labour and to the Labour whip":
    let back into the parliamentary party, which is the whip's return (one change)."""
    preps = [c for c in tok.children if c.dep_ == "prep" and c.lower_ in ("to", "into")]
    preps += [p for c in preps for p in c.conjuncts]
    objs = [g for p in preps for g in p.children if g.dep_ == "pobj"]
    return any(o.lower_ == "whip" for g in objs for o in (g, *g.conjuncts))


def _own_new_party(verb: Token) -> bool:
    """"formed a new party, the Renewal Front", "launched his own party, the X Movement": a
    named party of one's own (its name in apposition), where a leaver went."""
    if verb.lemma_.lower() == "set" and not particle(verb, "up"):
        return False
    return any(o.dep_ == "dobj" and o.lemma_.lower() == "party"
               and any(c.lower_ in ("own", "new") for c in o.children)
               and any(c.dep_ == "appos" and c.pos_ == "PROPN" for c in o.children)
               for o in verb.children)


def _listed_now(tok: Token) -> bool:
    """"is now listed as an Independent", "now appears as an independent member": where a
    council's records put someone after a change (not a candidate on a ballot paper)."""
    if not _independent_as(tok) or any(c.lower_ == "candidate" for c in tok.subtree):
        return False
    if tok.lemma_.lower() != "appear" and not any(c.dep_ == "auxpass" for c in tok.children):
        return False
    return any(c.lower_ == "now" for c in tok.children)


def _independent_as(tok: Token) -> bool:
    """"sit as an independent", "sits as an Independent councillor", "will continue to do so
    as an independent" (the "as" on the verb standing in for the seat)."""
    heads = [tok, *(c for c in tok.children if c.dep_ == "xcomp" and c.lemma_.lower() == "do")]
    for prep in (c for h in heads for c in h.children):
        if prep.dep_ == "prep" and prep.lower_ == "as":
            return any(t.lower_.startswith("independent") for t in prep.subtree)
    return False
