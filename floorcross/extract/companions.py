"""People who made the same change alongside the subject: "X joined Alba, alongside Y",
"he was joined by Y"."""

from __future__ import annotations

from spacy.tokens import Token

from floorcross.extract.candidates import TRIGGER_RE
from floorcross.extract.mentions import ParsedSentence, name_of, proper_name
from floorcross.extract.parse import ParsedArticle
from floorcross.extract.subject_names import under_prep

_ALONG = frozenset({"along", "together"})


def _companion_prep(tok: Token) -> bool:
    if tok.lower_ == "alongside":
        return True
    if tok.lower_ != "with":
        return False
    prev = tok.doc[tok.i - 1] if tok.i else None
    return prev is not None and prev.lower_ in _ALONG


def _in_relative(tok: Token) -> bool:
    """Inside a relative clause ("Y, who sits alongside X on the committee")."""
    return any(a.dep_ in ("relcl", "acl") for a in tok.ancestors)


def _names_in(toks, sent: ParsedSentence, art: ParsedArticle, top: Token) -> list[str]:
    """Names in a companion phrase, not those inside its own prepositions ("the former MP for
    East Lothian": a place)."""
    out: list[str] = []
    for t in toks:
        if t.i in sent.names and not under_prep(t, top):
            name = name_of(sent, t, art.people)
            if name and name not in out:
                out.append(name)
    return out


def companion_names(sent: ParsedSentence, art: ParsedArticle) -> list[tuple[list[str], bool]]:
    """(names, introduced by "joined by") for each companion phrase in the sentence."""
    out = []
    for tok in sent.doc:
        if art.in_quote(sent.start + tok.idx) or _in_relative(tok):
            continue
        if _companion_prep(tok) and not _beside_in_other_act(tok):
            objs = [t for t in tok.subtree if t.i > tok.i]
            names = _names_in(_phrase_end(objs), sent, art, tok) or _unrecognised(tok, sent)
            if names:
                out.append((names, False))
        elif tok.lemma_.lower() == "join" and any(c.dep_ == "agent" for c in tok.children):
            agent = next(c for c in tok.children if c.dep_ == "agent")
            names = _names_in(agent.subtree, sent, art, agent)
            if names:
                out.append((names, True))
    return out


def _beside_in_other_act(prep: Token) -> bool:
    """"Campaigning alongside Mr Salmond, Cllr Lee said she had left": a companion in
    something else the subject was doing (a participle of its own), not in the change."""
    head = prep.head
    return head.tag_ == "VBG" and head.dep_ == "advcl" and not TRIGGER_RE.search(head.text)


def _unrecognised(prep: Token, sent: ParsedSentence) -> list[str]:
    """"along with fellow Conservative Jill Carver": a name the NER read as an organisation."""
    for obj in (c for c in prep.children if c.dep_ == "pobj"):
        if obj.pos_ == "PROPN" and not sent.party_of(obj):
            name = proper_name([*(c for c in obj.lefts if c.dep_ == "compound"), obj])
            if name:
                return [name]
    return []


def _phrase_end(toks: list[Token]) -> list[Token]:
    """The words of a companion phrase, up to the comma or verb that closes it."""
    toks = sorted(toks, key=lambda t: t.i)
    out = []
    for t in toks:
        if t.pos_ in ("VERB", "AUX") or (out and t.i != out[-1].i + 1):
            break
        out.append(t)
    return out
