"""What one trigger's clause says happened: the kind of change, the parties it names or
implies, and which tokens stand for the people it happened to."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Token

from floorcross.extract import clause
from floorcross.extract.mentions import ParsedSentence
from floorcross.extract.parse import ParsedArticle
from floorcross.extract.triggers import PARTY_NOUNS, RESIGNATION_VERBS, Trigger

_INDEPENDENT = re.compile(
    r"\b(?:as (?:an? )?independents?"
    r"|independent (?:councill?or|member|MP|MSP|MS|MLA|TD|senator))\b",
    re.IGNORECASE,
)
# Prepositions whose objects say why or when, not what was left.
_NOT_LEFT = frozenset({
    "over", "in", "at", "on", "after", "amid", "because", "since", "during", "before",
    "following", "to", "for", "earlier", "last", "by", "with", "into", "within", "under",
})


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


def interpret(trig: Trigger, sent: ParsedSentence, art: ParsedArticle) -> Reading | None:
    kind = trig.kind
    if kind in ("leave", "no_longer", "independent"):
        return _leave(trig, sent, art)
    if kind in ("defect", "join", "rejoin"):
        return _join(trig, sent, art)
    if kind == "welcome":
        return _welcome(trig, sent)
    if kind in ("whip_removed", "whip_restored"):
        return _whip(trig, sent, art)
    return _acted_on(trig, sent, art)


def context_party(
    sent: ParsedSentence, art: ParsedArticle, subj: list[Token], exclude: str | None = None
) -> str | None:
    """The party a clause means by "the party" or leaves unsaid: the subject's own
    ("a Blackburn Labour councillor"), then the sentence, the sentences before, the article."""
    pools = [sent.parties_in(t for s in subj for t in s.subtree), sent.parties_in(sent.doc)]
    before = [s for s in art.ordered() if sent.index - 3 <= s.index < sent.index]
    recent = [p.name for prev in reversed(before) for p in reversed(prev.parties)]
    # The party the article is about, when the sentences just before mention it; otherwise
    # the last party they name.
    if art.dominant_party in recent:
        recent.insert(0, art.dominant_party)
    pools.append(recent)
    for pool in pools:
        for name in pool:
            if name != exclude:
                return name
    return art.dominant_party if art.dominant_party != exclude else None


def _anchors(trig: Trigger) -> list[Token]:
    """Where the clause's prepositions hang: on the noun, or on the verb taking it ("announced
    his defection | to Reform")."""
    tok = trig.token
    if trig.nominal and tok.dep_ == "dobj":
        return [tok, tok.head]
    return [tok]


def _subjects(trig: Trigger) -> list[Token]:
    if trig.nominal:
        return clause.nominal_subjects(trig.token)
    return clause.subjects(trig.token)


def _object_parties(tok: Token, sent: ParsedSentence) -> tuple[list[str], bool, bool]:
    """(parties named as what was left, a party noun such as "the party" or "membership" was
    left, something else was left: a post, a union, a seat)."""
    parties: list[str] = []
    noun = other = False
    objs = clause.objects(tok)
    for o in list(objs):  # "tendered her resignation from the party"
        if o.lemma_.lower() in ("resignation", "membership") and o.dep_ == "dobj":
            objs.extend(g for c in o.children if c.dep_ == "prep" for g in c.children
                        if g.dep_ == "pobj")
            if o.lemma_.lower() == "resignation":
                objs.remove(o)
    for o in objs:
        prep = o.head.lower_ if o.dep_ == "pobj" else None
        if prep in _NOT_LEFT or o.ent_type_ == "DATE":
            continue
        if prep == "as":
            if o.lemma_.lower() == "member":
                noun = True
                parties += sent.parties_in(o.subtree)
            else:
                other = True
            continue
        name = sent.party_of(o)
        lemma = o.lemma_.lower()
        if name:
            parties.append(name)
        elif lemma in PARTY_NOUNS and (lemma != "group" or sent.parties_in(o.subtree)):
            noun = True
            parties += sent.parties_in(o.subtree)
        else:
            other = True
    return parties, noun, other


def _leave(trig: Trigger, sent: ParsedSentence, art: ParsedArticle) -> Reading | None:
    tok = trig.token
    subj = _subjects(trig)
    parties, noun, other = _object_parties(tok, sent)
    if trig.kind == "no_longer":
        noun = True
        parties = sent.parties_in(t for c in tok.children for t in c.subtree if c.dep_ == "attr")
    independent = bool(_INDEPENDENT.search(sent.text))
    if trig.kind == "independent":
        party_from = context_party(sent, art, subj)
        if party_from is None:
            return None
        return Reading("resigned", party_from, "Independent", subj, guessed=True)
    if not (parties or noun) and (other or not _bare_leave_ok(tok, sent, subj)):
        return None
    party_to = _joined_party(tok, sent)
    party_from = parties[0] if parties else context_party(sent, art, subj, exclude=party_to)
    if party_to is None and independent:
        party_to = "Independent"
    kind = "defected" if party_to and party_to != "Independent" else "resigned"
    return Reading(kind, party_from, party_to, subj, explicit=bool(parties or noun),
                    guessed=not parties)


def _bare_leave_ok(tok: Token, sent: ParsedSentence, subj: list[Token]) -> bool:
    """"had been a Labour councillor since 2018 but left in October": leaving with nothing
    named is a party change only when the sentence names a party outside the subject, or the
    person goes independent."""
    if _INDEPENDENT.search(sent.text):
        return True
    if tok.lemma_.lower() in RESIGNATION_VERBS:  # "handed in his resignation to the party"
        return bool(sent.parties) or "the party" in sent.text.lower()
    if tok.lemma_.lower() not in ("quit", "leave"):
        return False
    own = {t.i for s in subj for t in s.subtree}
    return bool(sent.parties_in(t for t in sent.doc if t.i not in own))


def _joined_party(tok: Token, sent: ParsedSentence) -> str | None:
    """"quit Labour to join Reform", "left the Tories for the Lib Dems", "... and joined X"."""
    for o in clause.prep_objects(tok, "for") + clause.prep_objects(tok, "to"):
        if sent.party_of(o):
            return sent.party_of(o)
    for c in [*tok.conjuncts, *tok.children]:
        if c.lemma_.lower() in ("join", "defect", "switch") and c.pos_ == "VERB":
            found = [sent.party_of(o) for o in clause.objects(c) if sent.party_of(o)]
            if found:
                return found[0]
    return None


def _join(trig: Trigger, sent: ParsedSentence, art: ParsedArticle) -> Reading | None:
    tok = trig.token
    subj = _subjects(trig)
    anchors = _anchors(trig)
    to = [sent.party_of(o) for a in anchors for o in clause.prep_objects(a, "to")]
    to += [sent.party_of(o) for o in tok.children if o.dep_ == "dobj"]  # "joined Reform"
    to = [p for p in to if p]
    joined = _joined_party(tok, sent)
    party_to = to[0] if to else joined
    frm = [sent.party_of(o) for a in anchors for o in clause.prep_objects(a, "from")]
    frm = [p for p in frm if p]
    if trig.kind == "rejoin":
        if party_to is None and not any(o.lemma_ == "party" for o in clause.objects(tok)):
            return None
        party_to = party_to or context_party(sent, art, subj)
        return Reading("rejoined", None, party_to, subj, explicit=True)
    if party_to is None and trig.kind == "join":
        return None
    own = [p for p in sent.parties_in(t for s in subj for t in s.subtree) if p != party_to]
    party_from = (frm or own or [None])[0]
    if party_from is None and trig.kind == "defect":
        party_from = context_party(sent, art, subj, exclude=party_to)
    if party_from == party_to:
        return None
    # Joining with no earlier party in the clause: kept only if the article gives the person
    # another party elsewhere ("former Conservative councillor X"), decided when merging.
    return Reading("defected", party_from, party_to, subj, explicit=True,
                    needs_origin=party_from is None and trig.kind == "join")


def _welcome(trig: Trigger, sent: ParsedSentence) -> Reading | None:
    """"Reform UK has welcomed former Tory councillor X into the party"."""
    tok = trig.token
    hosts = [sent.party_of(s) for s in clause.subjects(tok) if sent.party_of(s)]
    hosts += [sent.party_of(o) for p in ("into", "to") for o in clause.prep_objects(tok, p)
              if sent.party_of(o)]
    people = [o for o in tok.children if o.dep_ == "dobj"]
    if not hosts or not people:
        return None
    own = [p for p in sent.parties_in(t for o in people for t in o.subtree) if p != hosts[0]]
    if not own:
        return None
    return Reading("defected", own[0], hosts[0], people, explicit=True)


def _acted_on(trig: Trigger, sent: ParsedSentence, art: ParsedArticle) -> Reading | None:
    """"Labour suspended X", "X was expelled from the party", "X was deselected by the SNP"."""
    tok = trig.token
    subj = _subjects(trig)
    passive = trig.nominal or any(c.dep_ in ("auxpass", "nsubjpass") for c in tok.children)
    actors = [] if passive else [s for s in subj if sent.party_of(s)]
    people = [_of_object(s) for s in subj if not sent.party_of(s)] if (
        passive or tok.dep_ == "relcl") else []
    if not people:  # active: "Labour suspended X", "voted to expel X"
        people = [o for o in tok.children if o.dep_ == "dobj" and not sent.party_of(o)]
        # "suspended the membership of two councillors, A and B"
        people = [_of_object(o) for o in people]
        people += [c for o in people for c in o.conjuncts]
    named = [sent.party_of(s) for s in actors]
    for prep in ("by", "from", "of"):
        for o in clause.prep_objects(tok, prep):
            if sent.party_of(o):
                named.append(sent.party_of(o))
            elif o.lemma_.lower() not in PARTY_NOUNS and prep != "of":
                return None  # suspended from the council, by a committee: not the party
    party = named[0] if named else context_party(sent, art, people)
    party_to = party if trig.kind == "readmitted" else None
    return Reading(trig.kind, party, party_to, people, explicit=True)


def _of_object(tok: Token) -> Token:
    """Whose membership or whip: "X's membership", "the membership of X"."""
    if tok.lemma_.lower() in ("membership", "whip"):
        poss = [c for c in tok.children if c.dep_ == "poss"]
        if poss:
            return poss[0]
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                return next((g for g in c.children if g.dep_ == "pobj"), tok)
    return tok


def _named_after(tok: Token, sent: ParsedSentence) -> list[Token]:
    """The first named person after a token: "restored the whip to councillor X" even when
    the parser loses the preposition."""
    for t in sent.doc[tok.i + 1 :]:
        if t.lower_ not in ("to", "from") and t.i == tok.i + 1:
            return []  # only "whip to/from X" or "whip withdrawn from X"
        if t.i in sent.names:
            last = t
            while last.i + 1 < len(sent.doc) and last.i + 1 in sent.names:
                last = sent.doc[last.i + 1]
            return [last]
    return []


def _whip(trig: Trigger, sent: ParsedSentence, art: ParsedArticle) -> Reading | None:
    tok = trig.token
    whip = next((t for t in sent.doc if t.lower_ == "whip"), None)
    subj = _subjects(trig)
    if not subj and whip is not None and tok.head.i == whip.i:  # "had the whip withdrawn"
        subj = clause.subjects(whip.head)
    people = [s for s in subj if not sent.party_of(s) and s.lower_ != "whip"]
    if not people:
        people = clause.prep_objects(tok, "from") + clause.prep_objects(tok, "to")
    if not people and tok.head.i != tok.i:  # "after having the whip suspended"
        people = [s for s in clause.subjects(tok.head)
                  if not sent.party_of(s) and s.lower_ != "whip"]
    if not people and whip is not None:
        people = [c for c in whip.children if c.dep_ == "poss"] or _named_after(whip, sent)
    named = sent.parties_in(whip.subtree) if whip is not None else []
    named += [sent.party_of(s) for s in subj if sent.party_of(s)]
    party = named[0] if named else context_party(sent, art, people)
    return Reading(trig.kind, party, None, people, explicit=True)
