"""Reading each trigger of each candidate sentence into mentions: one person, one change."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Token

from floorcross.extract import clause
from floorcross.extract.coref import Coref, persons_for
from floorcross.extract.mentions import ParsedSentence
from floorcross.extract.parse import ParsedArticle
from floorcross.extract.reasons import group_size, reason_for
from floorcross.extract.timing import date_for
from floorcross.extract.triggers import PARTY_NOUNS, Trigger, find_triggers

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


@dataclass
class _Reading:
    """What one trigger says, before the people are named."""

    type: str
    party_from: str | None = None
    party_to: str | None = None
    person_tokens: list[Token] = field(default_factory=list)
    explicit: bool = False  # the party (or "the party") is named in the clause


def read_mentions(art: ParsedArticle) -> list[Mention]:
    out: list[Mention] = []
    coref = Coref()
    cands = set(art.candidates)
    for sent in art.ordered():
        coref.step(sent.index)
        if sent.index in cands:
            for trig in find_triggers(sent.doc):
                out.extend(_read_trigger(trig, sent, art, coref))
        coref.update(sent, art)
    return out


def _read_trigger(
    trig: Trigger, sent: ParsedSentence, art: ParsedArticle, coref: Coref
) -> list[Mention]:
    tok = trig.token
    # "could no longer be a member", "said she would sit as an independent": the modal
    # belongs to the statement, not to whether it happened.
    if clause.is_blocked(tok, allow_modal=trig.kind in ("no_longer", "independent")):
        return []
    reading = _interpret(trig, sent, art)
    if reading is None:
        return []
    in_quote = art.in_quote(sent.start + tok.idx)
    if in_quote and not reading.explicit:
        return []
    people, contexts = persons_for(reading.person_tokens, sent, art, coref, in_quote)
    if not people:
        return []
    hedged = not in_quote and clause.is_hedged(tok)
    date = date_for(tok, sent, art)
    reason = reason_for(tok)
    size = group_size(sent.text) if len(people) == 1 else None
    return [
        Mention(
            person=p, type=reading.type, sentence=sent, party_from=reading.party_from,
            party_to=reading.party_to, hedged=hedged, date=date, reason=reason,
            group_size=size, contexts=contexts, from_quote=in_quote,
            supporting=trig.kind == "independent",
        )
        for p in people
    ]


def _interpret(trig: Trigger, sent: ParsedSentence, art: ParsedArticle) -> _Reading | None:
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
    for prev in reversed(before):
        pools.append([p.name for p in reversed(prev.parties)])
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


def _leave(trig: Trigger, sent: ParsedSentence, art: ParsedArticle) -> _Reading | None:
    tok = trig.token
    subj = _subjects(trig)
    parties, noun, other = _object_parties(tok, sent)
    if trig.kind == "no_longer":
        noun = True
        parties = sent.parties_in(t for c in tok.children for t in c.subtree if c.dep_ == "attr")
    independent = bool(_INDEPENDENT.search(sent.text))
    if trig.kind == "independent":
        party_from = context_party(sent, art, subj)
        return _Reading("resigned", party_from, "Independent", subj) if party_from else None
    if not (parties or noun) and (other or not _bare_leave_ok(tok, sent, subj)):
        return None
    party_to = _joined_party(tok, sent)
    party_from = parties[0] if parties else context_party(sent, art, subj, exclude=party_to)
    if party_to is None and independent:
        party_to = "Independent"
    kind = "defected" if party_to and party_to != "Independent" else "resigned"
    return _Reading(kind, party_from, party_to, subj, explicit=bool(parties or noun))


def _bare_leave_ok(tok: Token, sent: ParsedSentence, subj: list[Token]) -> bool:
    """"had been a Labour councillor since 2018 but left in October": leaving with nothing
    named is a party change only when the sentence names a party outside the subject, or the
    person goes independent."""
    if _INDEPENDENT.search(sent.text):
        return True
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


def _join(trig: Trigger, sent: ParsedSentence, art: ParsedArticle) -> _Reading | None:
    tok = trig.token
    subj = _subjects(trig)
    anchors = _anchors(trig)
    to = [sent.party_of(o) for a in anchors for o in clause.prep_objects(a, "to")]
    to += [sent.party_of(o) for o in clause.objects(tok)]
    to = [p for p in to if p]
    joined = _joined_party(tok, sent)
    party_to = to[0] if to else joined
    frm = [sent.party_of(o) for a in anchors for o in clause.prep_objects(a, "from")]
    frm = [p for p in frm if p]
    if trig.kind == "rejoin":
        if party_to is None and not any(o.lemma_ == "party" for o in clause.objects(tok)):
            return None
        party_to = party_to or context_party(sent, art, subj)
        return _Reading("rejoined", None, party_to, subj, explicit=True)
    if party_to is None and trig.kind == "join":
        return None
    own = [p for p in sent.parties_in(t for s in subj for t in s.subtree) if p != party_to]
    party_from = (frm or own or [None])[0]
    if party_from is None and trig.kind == "defect":
        party_from = context_party(sent, art, subj, exclude=party_to)
    if party_from == party_to or (party_from is None and trig.kind == "join"):
        return None  # joining a party with no earlier one named is not a change we can record
    return _Reading("defected", party_from, party_to, subj, explicit=True)


def _welcome(trig: Trigger, sent: ParsedSentence) -> _Reading | None:
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
    return _Reading("defected", own[0], hosts[0], people, explicit=True)


def _acted_on(trig: Trigger, sent: ParsedSentence, art: ParsedArticle) -> _Reading | None:
    """"Labour suspended X", "X was expelled from the party", "X was deselected by the SNP"."""
    tok = trig.token
    subj = _subjects(trig)
    actors = [s for s in subj if sent.party_of(s)]
    people = [s for s in subj if not sent.party_of(s)]
    if not people or actors:
        people = [o for o in tok.children if o.dep_ == "dobj" and not sent.party_of(o)]
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
    return _Reading(trig.kind, party, party_to, people, explicit=True)


def _whip(trig: Trigger, sent: ParsedSentence, art: ParsedArticle) -> _Reading | None:
    tok = trig.token
    whip = next((t for t in sent.doc if t.lower_ == "whip"), None)
    subj = _subjects(trig)
    if not subj and whip is not None and tok.head.i == whip.i:  # "had the whip withdrawn"
        subj = clause.subjects(whip.head)
    people = [s for s in subj if not sent.party_of(s) and s.lower_ != "whip"]
    if not people:
        people = clause.prep_objects(tok, "from") + clause.prep_objects(tok, "to")
    if not people and whip is not None:
        people = [c for c in whip.children if c.dep_ == "poss"]
    named = sent.parties_in(whip.subtree) if whip is not None else []
    named += [sent.party_of(s) for s in subj if sent.party_of(s)]
    party = named[0] if named else context_party(sent, art, people)
    return _Reading(trig.kind, party, None, people, explicit=True)
