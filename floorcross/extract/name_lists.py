"""A plural role noun and the people it stands for when it names nobody itself: the names it
includes, counts, lists after a colon, or that the next sentences list ("They are A, B and C")."""

from __future__ import annotations

from spacy.tokens import Token

from floorcross.extract import clause
from floorcross.extract.mentions import (
    ParsedSentence,
    group_subject,
    looks_like_name,
    name_of,
    proper_name,
)
from floorcross.extract.parse import ParsedArticle
from floorcross.extract.subject_names import ROLE_NOUNS

_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
           "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "both": 2}


def included_names(t: Token, sent: ParsedSentence, art: ParsedArticle) -> list[str]:
    """"Six councillors, including group leader Cllr Pam Rigg, have quit": the members a
    counted group names inside itself (the rest are counted only)."""
    if t.lemma_.lower() not in ROLE_NOUNS or t.tag_ not in ("NNS", "NNPS"):
        return []
    out: list[str] = []
    for prep in t.children:
        if prep.lower_ not in ("including", "among") or prep.dep_ not in ("prep", "acl"):
            continue
        for tok in prep.subtree:
            name = name_of(sent, tok, art.people) if tok.i in sent.names else None
            if name and name not in out and tok.dep_ in ("pobj", "conj", "dobj", "appos"):
                out.append(name)
    return out


def counted_list(t: Token, sent: ParsedSentence, art: ParsedArticle) -> list[str]:
    """"two councillors in Stroud, Jo Hill and Martin Evans": as many names as counted, right
    after the noun, however the parser attached them."""
    if t.lemma_.lower() not in ROLE_NOUNS or t.tag_ not in ("NNS", "NNPS"):
        return []
    count = next((_COUNTS.get(c.lower_) for c in t.children if c.dep_ in ("nummod", "det")
                  and c.lower_ in _COUNTS), None)
    if count is None:
        return []
    names: list[str] = []
    for tok in sent.doc[t.i + 1 :]:
        name = name_of(sent, tok, art.people) if tok.i in sent.names else None
        if name and name not in names:
            names.append(name)
    return names[:count] if len(names) >= count else []


def following_list(t: Token, sent: ParsedSentence, art: ParsedArticle) -> list[str]:
    """"Three councillors have quit ... They are A, B and C." / "A, B and C were the three.":
    a plural subject with no names, and the group of names the next sentences give for it (as
    many as counted, or any group in a sentence that only says who they are)."""
    if t.lemma_.lower() not in ROLE_NOUNS or t.tag_ not in ("NNS", "NNPS"):
        return []
    if any(x.i in sent.names for x in t.subtree):
        return []
    count = next((_COUNTS.get(c.lower_) for c in t.children if c.dep_ in ("nummod", "det")
                  and c.lower_ in _COUNTS), None)
    for step in (1, 2):
        nxt = art.parsed.get(sent.index + step)
        if nxt is None:
            return []
        group, first = name_group(nxt, art)
        if len(group) >= 2 and count == len(group) and (
                _says_who(first) and _of_the_group(first) or _describes(first)):
            return group
        if group:
            return []  # the next sentence is about someone else
    return []


def name_group(sent: ParsedSentence, art: ParsedArticle) -> tuple[list[str], Token | None]:
    """The first list of names in a sentence outside quotations ("A, B and C"), however the
    parser and the NER read them (conjuncts, appositions, or an organisation)."""
    out: list[str] = []
    run: list[Token] = []
    first: Token | None = None
    tail = 0  # words left of a seat after a name: "A from Kogi, B representing Enugu North"
    for tok in [*sent.doc, None]:
        if tail and tok is not None and tok.text not in _LIST_JOINS | {")"}:
            tail -= 1
            continue
        tail = 0
        if tok is not None and tok.pos_ == "PROPN" and tok.is_title and not (
            sent.party_of(tok) or art.in_quote(sent.start + tok.idx)
        ):
            run.append(tok)
            continue
        if run:
            name = name_of(sent, run[-1], art.people) or proper_name(run) or (
                _between_names(run, tok) if out else None)
            if name and name not in out:
                out.append(name)
                first = first or run[-1]
                tail = _SEAT_TAIL if tok is not None and tok.lower_ in _SEAT_WORDS else 0
            run = []
        if first is not None and not tail and (tok is None or tok.text not in _LIST_JOINS | {")"}):
            break
    return out, first


def _between_names(run: list[Token], after: Token | None) -> str | None:
    """"A, Tshepo Kwenanyane, C and D": two or three capitalised words standing between a
    list's commas after a name, which the NER took for a place. In a list of people it is one."""
    before = run[0].doc[run[0].i - 1] if run[0].i else None
    if not 2 <= len(run) <= 3 or before is None or before.text not in _LIST_JOINS:
        return None
    if after is None or after.text not in _LIST_JOINS:
        return None
    name = run[0].doc.text[run[0].idx : run[-1].idx + len(run[-1].text)]
    return name if looks_like_name(name) else None


# Words after a listed name that open the seat or place it represents, skipped up to the next
# comma: "A from Kogi", "B (Enugu North)", "C of Kaduna Central", "D, representing Oyo South".
_SEAT_WORDS = frozenset({"from", "of", "for", "representing", "(", "who"})
_SEAT_TAIL = 6


def _describes(tok: Token | None) -> bool:
    """The names are the subject of a sentence describing them ("A, B and C represent wards in
    the east of the city"), not of one reporting what they said or did about it."""
    if tok is None:
        return False
    cur = tok
    while cur.dep_ in ("compound", "conj", "appos", "cc", "punct") and cur.head.i != cur.i:
        cur = cur.head
    verb = cur.head
    if cur.dep_ != "nsubj" or verb.dep_ != "ROOT" or verb.lemma_.lower() in _REACTING:
        return False
    # Speaking of their own move ("A and B said their decision to leave ..."), not reacting.
    return verb.lemma_.lower() not in clause.SPEECH or any(
        t.lower_ in _OWN_MOVE for t in verb.subtree)


_OWN_MOVE = frozenset({"we", "our", "us", "decision", "they", "their"})
_REACTING = frozenset({"welcome", "criticise", "criticize", "condemn", "praise", "thank",
                       "accuse", "slam", "respond", "react", "call", "urge", "hit", "attack"})


def _says_who(tok: Token | None) -> bool:
    """The names are the subject or complement of "to be": "They are A, B and C", "A, B and C
    were the three", "The councillors are A and B" (not people doing something else)."""
    if tok is None:
        return False
    cur = tok
    while cur.dep_ in ("compound", "conj", "appos", "cc", "punct") and cur.head.i != cur.i:
        cur = cur.head
    return cur.dep_ in ("nsubj", "attr") and cur.head.lemma_ == "be" and cur.head.dep_ == "ROOT"


def _of_the_group(tok: Token) -> bool:
    """"They are A and B", "The five other MLAs are A, B ...": the names say who the group is,
    not who did something else ("Those who criticised the decision were A and B", "The
    candidates chosen are A and B")."""
    root = tok.sent.root
    subj = [c for c in root.children if c.dep_ == "nsubj"]
    if not subj or tok in subj[0].subtree:
        return True  # "A, B and C were the three"
    return group_subject(list(subj[0].subtree))


_LIST_JOINS = frozenset({",", "and", "&", "plus"})


def colon_list(t: Token, sent: ParsedSentence, art: ParsedArticle) -> list[str]:
    """"Three councillors have resigned from the party: A, B and C." """
    if t.lemma_.lower() not in ROLE_NOUNS or t.tag_ not in ("NNS", "NNPS"):
        return []
    colon = next((x for x in sent.doc if x.text == ":" and x.i > t.i), None)
    if colon is None:
        return []
    out = []
    run: list[Token] = []
    for tok in [*sent.doc[colon.i + 1 :], None]:
        if tok is not None and tok.pos_ == "PROPN" and tok.is_title and not sent.party_of(tok):
            run.append(tok)
            continue
        if run:  # the NER often reads a list of names as one organisation
            name = name_of(sent, run[-1], art.people) or proper_name(run)
            if name and name not in out:
                out.append(name)
        run = []
    return out
