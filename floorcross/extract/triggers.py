"""Trigger words on the dependency parse: which token anchors a reported affiliation change,
what kind of change it is, and what the clause says was left or joined."""

from __future__ import annotations

from spacy.tokens import Token

from floorcross.extract.candidacy_triggers import as_candidate, pending_deselection
from floorcross.extract.trigger_kinds import (
    CANDIDACY_NOUNS,
    NOMINAL,
    RESIGNATION_VERBS,
    TERMINATE,
    WHIP_REMOVE,
    WHIP_RESTORE,
    Trigger,
    has_child,
    particle,
)
from floorcross.extract.verb_triggers import verb_trigger


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
        if lemma in ("relinquish", "surrender") or (lemma == "give" and particle(v, "up")):
            return Trigger(v, "whip_removed")  # "gave up the whip" pending an inquiry
        if lemma in WHIP_RESTORE and not (lemma in ("hand", "give") and not (
            particle(v, "back") or has_child(v, {"prep", "dative"}, {"to"})
        )):
            return Trigger(v, "whip_restored")
        if lemma in WHIP_REMOVE:
            return Trigger(v, "whip_removed")
    return None


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
            trig = verb_trigger(tok, word) if word else None
        elif lemma == "whip" or low == "whip":
            trig = _whip_trigger(tok)
        elif tok.pos_ in ("VERB", "AUX") or tok.tag_.startswith("VB"):
            trig = verb_trigger(tok, lemma)
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
        elif tok.pos_ == "NOUN" and lemma in NOMINAL and not pending_deselection(tok):
            trig = Trigger(tok, NOMINAL[lemma], acted_on=NOMINAL[lemma] in _NOMINAL_SANCTIONS,
                           nominal=True)
        elif lemma == "rejection" and as_candidate(tok):  # "her rejection as a candidate"
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
    if has_child(noun, {"prep"}, {"to"}):
        return True
    return noun.dep_ == "dobj" and noun.head.lemma_.lower() in _MOVE_MADE and (
        has_child(noun.head, {"prep"}, {"to"}) is not None)


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


def _own_membership(noun: Token) -> bool:
    """"He cancelled his membership", "Cllr X has cancelled her Labour membership": a person
    ending their own membership leaves; a party ending it expels."""
    verb = noun.head
    if noun.dep_ != "dobj" or not any(
            c.dep_ == "poss" and c.lower_ in ("his", "her", "their", "my") for c in noun.children):
        return False
    subj = [c for c in verb.children if c.dep_ == "nsubj"]
    return bool(subj) and (subj[0].pos_ == "PRON" or subj[0].ent_type_ == "PERSON")


def list_move(sent) -> Trigger | None:
    """A line of a list of movers with no verb: "- A, to the ANC", "B (Eastern Cape) - to
    the ANC". The name is the line's root; what it went to hangs on it."""
    root = next((t for t in sent if t.dep_ == "ROOT"), None)
    if root is None or root.pos_ != "PROPN" or len(sent) > 16:
        return None
    if not any(c.dep_ == "prep" and c.lower_ == "to" for c in root.children):
        return None
    return Trigger(root, "listed", nominal=True)


_NOMINAL_SANCTIONS = frozenset({"suspended", "expelled", "deselected"})
