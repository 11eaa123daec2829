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
                               "sides", "colours", "colors", "party"})
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
    """"could no longer be a member of the party" (the modal belongs to the statement), "is
    no longer a Democrat" (a capitalised word, read as a party after the parse)."""
    if tok.dep_ != "attr" or not (tok.lemma_.lower() == "member" or (
        tok.pos_ == "PROPN" and tok.is_title)):
        return None
    be = tok.head
    longer = [c for c in be.children if c.lower_ == "longer"]
    if longer and any(c.lower_ == "no" for c in longer[0].children):
        return Trigger(be, "no_longer")
    return None


def find_triggers(sent) -> list[Trigger]:
    """Every trigger in one parsed sentence (a Doc or Span)."""
    out: list[Trigger] = []
    hyphenated = _hyphenated(sent)
    for tok in sent:
        lemma = tok.lemma_.lower()
        low = tok.lower_
        trig: Trigger | None = None
        if tok.i in hyphenated:
            word = hyphenated[tok.i]
            trig = _verb_trigger(tok, word) if word else None
        elif lemma == "whip" or low == "whip":
            trig = _whip_trigger(tok)
        elif tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB"):
            trig = _verb_trigger(tok, lemma)
        elif lemma in ("resignation", "resignations") and tok.head.lemma_ in RESIGNATION_VERBS:
            trig = Trigger(tok.head, "leave")
        elif tok.pos_ == "NOUN" and lemma in ("move", "switch") and _move_to(tok):
            # "her move to Reform", "the switch to the Greens"
            trig = Trigger(tok, "move", nominal=True)
        elif tok.pos_ == "NOUN" and lemma in LIFTABLE and _lifted(tok):
            # "his suspension was lifted", "have had their bans lifted": the sanction ends
            kind = "whip_restored" if any(t.lower_ == "whip" for t in sent) else "readmitted"
            trig = Trigger(tok, kind, acted_on=True, nominal=True)
        elif lemma == "membership" and tok.head.lemma_.lower() in WHIP_RESTORE | {"renew"} and (
            tok.dep_ in ("dobj", "nsubjpass", "nsubj")
        ):  # "had his membership restored", "the party reinstated her membership"
            trig = Trigger(tok, "readmitted", acted_on=True, nominal=True)
        elif lemma == "membership" and tok.head.lemma_.lower() in TERMINATE and (
            tok.dep_ in ("dobj", "nsubjpass", "nsubj")
        ):  # "terminated X's party membership": expelled; "cancelled his membership": quit
            trig = Trigger(tok.head, "leave") if _own_membership(tok) else Trigger(
                tok, "expelled", acted_on=True, nominal=True)
        elif tok.pos_ == "NOUN" and lemma in NOMINAL and not _pending_deselection(tok):
            trig = Trigger(tok, NOMINAL[lemma], acted_on=NOMINAL[lemma] in _NOMINAL_SANCTIONS,
                           nominal=True)
        elif lemma == "rejection" and _as_candidate(tok):  # "her rejection as a candidate"
            trig = Trigger(tok, "deselected", acted_on=True, nominal=True)
        elif tok.lemma_.lower() in CANDIDACY_NOUNS and tok.dep_ == "dobj" and (
            tok.head.lemma_.lower() == "lose"
        ):  # "lost preselection": the party dropped them as its candidate
            trig = Trigger(tok.head, "deselected", acted_on=True)
        elif low == "independent" and _now_independent(tok):
            who = _described(tok)
            trig = Trigger(who, "independent", nominal=who.pos_ in ("NOUN", "PROPN"))
        else:
            trig = _no_longer_member(tok)
        if trig and all(t.token.i != trig.token.i for t in out):
            out.append(trig)
    listed = None if out else list_move(sent)
    return [listed] if listed else out


def _move_to(noun: Token) -> bool:
    """"the switch to the Greens", and "announce his switch | to the Greens", where the parser
    hangs the destination on the verb taking the noun (the reading looks there too)."""
    if _has_child(noun, {"prep"}, {"to"}):
        return True
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in _MOVE_MADE and (
        _has_child(noun.head, {"prep"}, {"to"}) is not None)


# Verbs that tell a move as made or declared ("announced his switch to", "made the move to"),
# not fought over ("blocked his move to", "opposed the switch to").
_MOVE_MADE = frozenset({"announce", "confirm", "make", "complete", "finalise", "finalize",
                        "reveal", "declare", "formalise", "formalize", "unveil"})


# Verbs that end a sanction: "his suspension was lifted", "overturned her expulsion".
LIFT = frozenset({"lift", "end", "overturn", "rescind", "revoke", "drop", "quash", "reverse"})
LIFTABLE = frozenset({"suspension", "expulsion", "ban"})


def _lifted(noun: Token) -> bool:
    if noun.head.lemma_.lower() not in LIFT:
        return False
    if noun.dep_ in ("nsubjpass", "dobj"):
        return True
    # "have had their suspensions lifted": the noun is the subject of a small clause of "have"
    return noun.dep_ == "nsubj" and noun.head.dep_ in ("ccomp", "xcomp") and (
        noun.head.head.lemma_.lower() == "have")


# Prefixed verbs the tokenizer splits at the hyphen: "re-admitted", "de-selected",
# "re-instated", "re-joined". The stem says which trigger the whole word is.
_HYPHEN_STEMS = {"readmit": "readmit", "reinstat": "reinstate", "deselect": "deselect",
                 "rejoin": "rejoin", "disendors": "disendorse", "reselect": "reselect",
                 "reendors": "reendorse", "renominat": "renominate"}


def _hyphenated(sent) -> dict[int, str | None]:
    """Token index -> the joined word's trigger lemma for the token carrying the clause of a
    split prefixed verb (None for its other pieces, so that "joined" in "re-joined" is not
    read as a joining of its own)."""
    out: dict[int, str | None] = {}
    toks = list(sent)
    for k, t in enumerate(toks[:-2]):
        dash, rest = toks[k + 1], toks[k + 2]
        if t.lower_ not in ("re", "de", "dis") or dash.text != "-" or t.whitespace_ or (
            dash.whitespace_
        ):
            continue
        word = t.lower_ + rest.lower_
        stem = next((v for k2, v in _HYPHEN_STEMS.items() if word.startswith(k2)), None)
        if stem is None:
            continue
        piece = {t.i, dash.i, rest.i}
        # The piece the parser hung the clause on: the one governing most words outside it.
        anchor = max((t, rest), key=lambda p: sum(c.i not in piece for c in p.children))
        out.update({i: None for i in piece})
        out[anchor.i] = stem
    return out


def _now_independent(tok: Token) -> bool:
    """"the now-independent councillor", "will be an independent councillor", "became an
    independent": where someone sits after a change (a description alone, "an independent
    councillor since 2019", says nothing changed)."""
    if tok.dep_ == "amod" and any(c.lower_ == "now" for c in tok.children):
        return True
    noun = tok.head if tok.dep_ == "amod" else tok
    if noun.dep_ != "attr" or noun.head.lemma_.lower() not in ("be", "become"):
        return False
    if noun.lemma_.lower() == "candidate":  # "will be an independent candidate": standing
        return False
    verb = noun.head
    return verb.lemma_.lower() == "become" or any(
        c.lower_ in ("will", "'ll", "now", "shall") for c in verb.children)


def _described(tok: Token) -> Token:
    """The word standing for the person an "independent" describes: the noun it qualifies
    ("the now-independent councillor"), or for "I will be an independent" the verb's clause."""
    noun = tok.head if tok.dep_ == "amod" else tok
    if noun.dep_ == "attr":
        return noun.head
    return noun.head if noun.dep_ == "compound" else noun


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


def _verb_trigger(tok: Token, lemma: str) -> Trigger | None:
    removal = _removal(tok, lemma) or _return_to(tok, lemma) or _candidacy_lost(tok, lemma)
    if removal is not None:
        return removal
    if lemma in ("quit", "leave", "resign") or lemma in ("ditch", "desert", "exit", "swap"):
        return Trigger(tok, "leave")
    if lemma == "walk" and _particle(tok, "away"):  # "walking away from Labour"
        return Trigger(tok, "leave")
    if lemma in ("step", "stand") and _particle(tok, "down") and _from_party(tok):
        return Trigger(tok, "leave")  # "stepped down from the Conservatives"
    if lemma == "step" and _particle(tok, "away") and any(
        c.dep_ == "prep" and c.lower_ == "from" for c in tok.subtree
    ):
        return Trigger(tok, "leave")  # "stepping away from the party"
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
    if lemma in FOUNDING and _own_new_party(tok):
        return Trigger(tok, "defect")  # "launched his own party, the Karoo Civic Movement"
    if lemma == "rejoin" or tok.lower_.startswith("rejoin"):
        return Trigger(tok, "rejoin")
    if lemma in ("tear", "rip", "cut") and any(
        c.lemma_.lower() in MEMBERSHIP_NOUNS for c in tok.subtree
    ):
        return Trigger(tok, "leave")
    if lemma == "break" and _has_child(tok, {"prep"}, {"with", "from", "away"}):
        return Trigger(tok, "leave")
    # The lemmatiser does not know "deselected" or "readmitted": match the stem.
    stem = next((k for k in ACTED_ON if lemma.startswith(k) or tok.lower_.startswith(k)), None)
    if stem and ACTED_ON[stem] == "readmitted" and _back_to_whip(tok):
        return Trigger(tok, "whip_restored", acted_on=True)
    if stem and not any(c.lower_ == "whip" for c in tok.subtree):
        return Trigger(tok, ACTED_ON[stem], acted_on=True)
    if _appeal_won(tok, lemma):
        return Trigger(tok, "appeal", acted_on=True)
    if lemma in ("allow", "let", "welcome", "take") and _particle(tok, "back") and (
        _back_into_party(tok)
    ):
        return Trigger(tok, "readmitted", acted_on=True)  # "allowed back into the party"
    if lemma in OUT_PARTICLE and _particle(tok, "out") and lemma != "force":
        # "kicked out of caucus", "thrown out of the Labour group": the whip, not the party
        body = [g for c in tok.subtree if c.dep_ == "prep" and c.lower_ == "of"
                for g in c.children if g.dep_ == "pobj"]
        kind = "whip_removed" if any(parliamentary(g) for g in body) else "expelled"
        return Trigger(tok, kind, acted_on=True)
    if lemma == "welcome" and any(
        p.dep_ == "prep" and p.lower_ in ("into", "to") for p in tok.children
    ):
        return Trigger(tok, "welcome", acted_on=True)
    if lemma in ("sit", "continue", "serve", "remain", "stay", "work", "stand", "act") and (
        _independent_as(tok)
    ):
        return Trigger(tok, "independent")
    if lemma in ("list", "appear", "register", "record", "show") and _listed_now(tok):
        return Trigger(tok, "independent")  # "is now listed as an Independent on the website"
    return None


def _own_membership(noun: Token) -> bool:
    """"He cancelled his membership", "Cllr X has cancelled her Labour membership": a person
    ending their own membership leaves; a party ending it expels."""
    verb = noun.head
    if noun.dep_ != "dobj" or not any(
            c.dep_ == "poss" and c.lower_ in ("his", "her", "their", "my") for c in noun.children):
        return False
    subj = [c for c in verb.children if c.dep_ == "nsubj"]
    return bool(subj) and (subj[0].pos_ == "PRON" or subj[0].ent_type_ == "PERSON")


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


def list_move(sent) -> Trigger | None:
    """A line of a list of movers with no verb: "- A, to the ANC", "B (Eastern Cape) - to
    the ANC". The name is the line's root; what it went to hangs on it."""
    root = next((t for t in sent if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ != "PROPN" or len(sent) > 16:
        return None
    if not any(c.dep_ == "prep" and c.lower_ == "to" for c in root.children):
        return None
    return Trigger(root, "listed", nominal=True)


# Verbs for setting up a party: "formed his own party", "set up a new party".
FOUNDING = frozenset({"form", "found", "launch", "start", "create", "establish", "set"})


def _own_new_party(verb: Token) -> bool:
    """"formed a new party, the Renewal Front", "launched his own party, the X Movement": a
    named party of one's own (its name in apposition), where a leaver went."""
    if verb.lemma_.lower() == "set" and not _particle(verb, "up"):
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


# --- Deselection told without the word: not picked again, kept from standing, outvoted --------

_NOMINAL_SANCTIONS = frozenset({"suspended", "expelled", "deselected"})
# Verbs for a party choosing its candidate; negated, the sitting member was dropped.
SELECT_VERBS = frozenset({"select", "reselect", "pick", "choose", "preselect", "endorse",
                          "reendorse", "nominate", "renominate", "shortlist"})
# Verbs whose object or subject the party chose again, so a candidacy is implied.
_AGAIN_VERBS = frozenset({"reselect", "preselect", "reendorse", "renominate"})
# The governing verbs that make a selection verb's outcome a refusal: "failed to be reselected",
# "declined to endorse him again".
REFUSING = frozenset({"fail", "refuse", "decline"})
_WIN_VERBS = frozenset({"win", "secure", "gain", "get", "earn", "retain", "keep"})
STAND_VERBS = frozenset({"stand", "run", "contest", "fight", "seek"})
# Verbs keeping someone from standing: "blocked from standing", "barred from running again".
_KEPT_FROM = frozenset({"block", "stop", "bar", "prevent", "ban", "exclude"})
# What someone can lose in a party's choice of candidate: "lost a selection ballot", "lost out
# in the reselection vote", "lost preselection".
_SELECTION_WORDS = frozenset({"selection", "reselection", "preselection"})
_CANDIDACY_WORDS = frozenset({"candidate", "candidates", "candidacy", "nominee", "standard",
                              "election", "elections", "seat", "ward", "division", "poll"})


def _base(tok: Token) -> str:
    """The lemma, with the stems the lemmatiser gets wrong ("reselecte") set right."""
    low = tok.lemma_.lower()
    doc = tok.doc
    if tok.lower_ in ("re", "pre") and tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-":
        low = tok.lower_ + doc[tok.i + 2].lower_  # "re-selected", split at the hyphen
    elif tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ in ("re", "pre"):
        low = doc[tok.i - 2].lower_ + tok.lower_
    for stem in ("reselect", "preselect", "deselect", "reendors", "renominat"):
        if low.startswith(stem):
            return {"reendors": "reendorse", "renominat": "renominate"}.get(stem, stem)
    return low


def refusal(tok: Token, lemma: str | None = None) -> list[Token]:
    """The words that make a party's choice of candidate a refusal: the negation of "was not
    re-selected" / "decided not to reselect her" and the "failed" of "failed to be reselected";
    empty when the choice was not refused or it is not about standing for election."""
    lemma = lemma or _base(tok)
    won = lemma in _WIN_VERBS and _selection_contest(tok)  # "failed to win reselection"
    if not won and (lemma not in SELECT_VERBS or not _about_candidacy(tok, lemma)):
        return []
    negs = [c for c in tok.children if c.dep_ == "neg"]
    if not negs and tok.dep_ in ("acomp", "attr", "advcl") and tok.head.lemma_ == "be":
        negs = [c for c in tok.head.children if c.dep_ == "neg"]  # "was not re-selected"
    if not negs and tok.dep_ == "xcomp" and tok.head.lemma_.lower() in REFUSING:
        negs = [tok.head]
    if any(c.lower_ == "yet" for n in negs for c in (*n.head.children, *tok.children)):
        return []  # "has not yet been selected": still to be decided
    return negs


def _about_candidacy(tok: Token, lemma: str) -> bool:
    """"re-selected", "picked to stand again", "not selected as a candidate", "not chosen for
    the ward": a choice of candidate, not of a committee or a team."""
    if lemma in _AGAIN_VERBS:
        return True
    scope = [tok, *([tok.head] if tok.dep_ in ("acomp", "attr") else [])]
    for t in (w for s in scope for c in s.children if c.dep_ != "nsubj" and c.dep_ != "nsubjpass"
              for w in c.subtree):
        if t.lemma_.lower() in STAND_VERBS and t.pos_ == "VERB" or t.lower_ == "again":
            return True
        if t.lower_ in _CANDIDACY_WORDS and t.dep_ == "pobj" and t.head.lower_ in ("as", "for"):
            return True
    # "not being chosen by their party to fight for their seats", the purpose hung elsewhere
    after = tok.doc[tok.i + 1 : tok.i + 8]
    return any(t.lemma_.lower() in STAND_VERBS and t.pos_ == "VERB" and t.i > 0
               and tok.doc[t.i - 1].lower_ == "to" for t in after)


def _candidacy_lost(tok: Token, lemma: str) -> Trigger | None:
    """"was not re-selected", "failed to win reselection", "blocked from standing", "lost a
    selection ballot": the party did not choose the sitting member again."""
    if refusal(tok, lemma if lemma in SELECT_VERBS else _base(tok)):
        return Trigger(tok, "deselected", acted_on=True)
    if lemma in _KEPT_FROM and _from_standing(tok):
        return Trigger(tok, "deselected", acted_on=True)
    if lemma in ("lose", "beat", "defeat") and _selection_contest(tok):
        return Trigger(tok, "deselected", acted_on=True)
    if lemma in ("overlook", "reject", "snub", "pass") and _passed_over(tok):
        return Trigger(tok, "deselected", acted_on=True)  # "was rejected as a candidate"
    if lemma in ("deny", "refuse") and any(c.dep_ == "auxpass" for c in tok.children) and any(
        c.dep_ == "dobj" and c.lemma_.lower() in CANDIDACY_NOUNS | _SELECTION_WORDS
        for c in tok.children
    ):  # "was denied the nomination", "was refused preselection"
        return Trigger(tok, "deselected", acted_on=True)
    return None


def _from_standing(tok: Token) -> bool:
    """"blocked him from standing for re-election", "barred from running again"."""
    return any(g.lemma_.lower() in STAND_VERBS and g.dep_ == "pcomp"
               for c in tok.children if c.dep_ == "prep" and c.lower_ == "from"
               for g in c.children)


def _selection_contest(verb: Token) -> bool:
    """The verb's object, or what it lost out in, is a party's choice of candidate: "lost a
    selection ballot", "lost out in the reselection vote", "failed to win reselection"."""
    objs = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    # "lost out in the selection vote", "lost out to a rival in the party's selection vote"
    objs += [g for c in verb.children if c.dep_ in ("prep", "prt", "dobj")
             for p in c.subtree if p.dep_ == "prep" and p.lower_ in ("in", "at", "on")
             for g in p.children if g.dep_ == "pobj"]
    return any(o.lemma_.lower() in _SELECTION_WORDS or any(
        c.dep_ == "compound" and c.lemma_.lower() in _SELECTION_WORDS for c in o.children)
        for o in objs)


def _passed_over(verb: Token) -> bool:
    """"was rejected as the party's candidate", "was overlooked for reselection"."""
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        for o in (g for g in prep.children if g.dep_ == "pobj"):
            if prep.lower_ == "as" and o.lower_ in ("candidate", "nominee"):
                return True
            if prep.lower_ == "for" and o.lemma_.lower() in _SELECTION_WORDS:
                return True
    return False


def _as_candidate(noun: Token) -> bool:
    return any(g.lower_ in ("candidate", "nominee") for c in noun.children
               if c.dep_ == "prep" and c.lower_ == "as" for g in c.children)


def _pending_deselection(noun: Token) -> bool:
    """"a deselection vote", "faces deselection": a process under way, not its outcome."""
    if noun.lemma_.lower() != "deselection":
        return False
    return noun.dep_ == "compound" or any(
        c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)
