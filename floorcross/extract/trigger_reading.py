"""The Reading of one trigger's clause (what it says happened, before the people are named),
and who the clause is about: its subjects, or the names listed after its verb. Shared by the
readers of each kind of change."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from floorcross.extract import clause
from floorcross.extract.mentions import ParsedSentence
from floorcross.extract.trigger_kinds import Trigger


@dataclass
class Reading:
    """What one trigger says, before the people are named."""

    type: str
    party_from: str | None = None
    party_to: str | None = None
    person_tokens: list[Token] = field(default_factory=list)
    explicit: bool = False  # the party (or "the party") is named in the clause
    guessed: bool = False  # party_from comes from the context, not the clause
    needs_origin: bool = False  # "joined X" with no earlier party in the clause
    solo: bool = False  # the clause is a relative clause on the person: "A, who quit X, and B"


def clause_anchors(trig: Trigger) -> list[Token]:
    """Where the clause's prepositions hang: on the noun, or on the verb taking it ("announced
    his defection | to Reform")."""
    tok = trig.token
    if trig.nominal and tok.dep_ == "dobj":
        return [tok, tok.head]
    return [tok]


def subjects(trig: Trigger, sent: ParsedSentence) -> list[Token]:
    """The tokens a trigger's clause is about: its subjects, or, for a subject naming nobody
    ("the councillors to quit include ..."), the names listed after the including verb."""
    tok = trig.token
    subj = clause.nominal_subjects(tok) if trig.nominal else clause.subjects(tok)
    if subj and not all(_unnamed_group(t, sent) for t in subj):
        return subj
    verb = clause.include_verb(trig.token)
    return _names_after(verb, sent) if verb is not None else subj


def _unnamed_group(tok: Token, sent: ParsedSentence) -> bool:
    """"the councillors", "those": a plural subject with no name in it."""
    return tok.tag_ in ("NNS", "NNPS", "DT") and not any(t.i in sent.names for t in tok.subtree)


def _names_after(verb: Token, sent: ParsedSentence) -> list[Token]:
    """The last word of each name listed after `verb`, up to the next verb of the sentence."""
    out: list[Token] = []
    for t in sent.doc[verb.i + 1 :]:
        if t.i not in sent.names and (t.pos_ in ("VERB", "AUX") or t.text == ";"):
            break
        nxt = t.i + 1
        if t.i in sent.names and (nxt >= len(sent.doc) or sent.names.get(nxt) != sent.names[t.i]):
            out.append(t)
    return out
