"""Wordings the trigger table leaves open: splits ("split from the Conservatives"), signing up,
and leavings or joinings whose new party is named the way outlets name a new party."""

from __future__ import annotations

from dataclasses import replace

from floorcross.extract import clause
from floorcross.extract.mentions import ParsedSentence
from floorcross.extract.parse import ParsedArticle
from floorcross.extract.party_naming import party_named
from floorcross.extract.trigger_kinds import Trigger
from floorcross.extract.trigger_reading import Reading
from floorcross.extract.triggers import find_triggers

# Verbs that make a new party or group: "quit Labour to found the X", "launched a new party".
_FOUND = frozenset({"found", "form", "launch", "establish", "create", "start", "set"})
# Nouns a new party is named in apposition to: "his own new party, the X Movement".
_NEW_BODY = frozenset({"party", "group", "grouping", "outfit", "movement", "bloc"})


def all_triggers(doc) -> list[Trigger]:
    """The trigger table's triggers and a few wordings it leaves open: "split from the
    Conservatives" (a leaving), "signed up to UKIP" (a joining)."""
    found = find_triggers(doc)
    taken = {t.token.i for t in found}
    for tok in doc:
        if tok.i in taken or tok.pos_ != "VERB":
            continue
        lemma = tok.lemma_.lower()
        preps = {c.lower_ for c in tok.children if c.dep_ == "prep"}
        if lemma in ("split", "break") and preps & {"from", "with"} and not any(
                c.dep_ in ("dobj", "nsubjpass") for c in tok.children):
            found.append(Trigger(tok, "leave"))
        elif lemma == "sign" and any(c.lower_ == "up" for c in tok.children) and any(
                g.ent_type_ == "PARTY" or g.pos_ == "PROPN" or g.lemma_.lower() == "party"
                for p in ("to", "with", "for") for g in clause.prep_objects(tok, p)):
            found.append(Trigger(tok, "join"))  # not "signed up to a contract"
    return found


def complete_reading(
    trig: Trigger, reading: Reading | None, sent: ParsedSentence, art: ParsedArticle
) -> Reading | None:
    """A reading with the new party named the way outlets name it: a leaving "to found the
    Australian Conservatives" or "and became a Liberal" is a defection; "joined his own new
    party, the X Movement" or "joined forces with the X Residents group" is a joining; a
    joining by "three independents" comes from Independent."""
    tok = trig.token
    if reading is None and trig.kind == "join":
        party = _party_joined(tok, sent)
        if party is None:
            return None
        reading = Reading("defected", None, party, clause.subjects(tok), explicit=True,
                          needs_origin=True)
    if reading is None:
        return None
    # "quit the Lambie party to sit as an independent": the sitting's clause hangs on the quit
    verbs = [tok, tok.head] if tok.dep_ in ("xcomp", "advcl", "conj") else [tok]
    if reading.guessed and any(_unknown_party_left(v, sent) for v in verbs):
        reading = replace(reading, party_from=None, guessed=False)
    elif reading.guessed and trig.kind in ("independent", "no_longer") and len(verbs) > 1:
        # "has left the X Team and now sits as an independent": the party is the leaving's
        left = [p for o in clause.objects(tok.head) if (p := party_named(o, sent))]
        if left and left[0] != "Independent":
            reading = replace(reading, party_from=left[0], guessed=False)
    if reading.type == "resigned" and reading.party_to in (None, "Independent"):
        new = _new_party(tok, sent)
        if new and new != reading.party_from:
            reading = replace(reading, type="defected", party_to=new)
    if reading.type == "defected" and _independents(reading.person_tokens, sent) and (
            reading.party_to != "Independent"):
        reading = replace(reading, party_from="Independent", guessed=False, needs_origin=False)
    return reading


def _party_joined(tok, sent: ParsedSentence) -> str | None:
    """"joined his own new party, the X Movement", "joined forces with the X group"."""
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    if any(o.lower_ == "forces" for o in objs):
        return next((party_named(o, sent) for o in clause.prep_objects(tok, "with")
                     if party_named(o, sent) not in (None, "Independent")), None)
    return next((p for o in objs if (p := _apposed(o, sent))), None)


def _apposed(noun, sent: ParsedSentence) -> str | None:
    """The party a party noun names by apposition: "a new party, the X Movement"."""
    if noun.lemma_.lower() not in _NEW_BODY:
        return None
    found = [p for c in noun.children if c.dep_ in ("appos", "acl", "npadvmod")
             for p in sent.parties_in(c.subtree) if p != "Independent"]
    return found[0] if found else None


def _new_party(tok, sent: ParsedSentence) -> str | None:
    """The party a leaving goes on to found or become part of in the same clause: "quit the
    Liberals to found the Australian Conservatives", "left Family First and became a Liberal",
    "left to join his own party, the X Movement", "and launched a new party, the X"."""
    verbs = [c for c in (*tok.conjuncts, *tok.children)
             if c.pos_ == "VERB" and c.dep_ in ("conj", "xcomp", "advcl")]
    for v in verbs:
        lemma = v.lemma_.lower()
        objs = [c for c in v.children if c.dep_ in ("dobj", "attr", "oprd")]
        if lemma in _FOUND or lemma == "become":
            found = [sent.party_of(o) or _apposed(o, sent) for o in objs]
        elif lemma == "join":
            found = [_apposed(o, sent) for o in objs]
        elif lemma == "sit":  # "and will now sit with the Stanmoor Residents Association"
            found = [party_named(o, sent) for p in ("with", "as", "alongside")
                     for o in clause.prep_objects(v, p)]
            found = [p for p in found if p and "independent" not in p.lower()]
        else:
            continue
        found = [p for p in found if p and p != "Independent"]
        if found:
            return found[0]
    return None


def _unknown_party_left(tok, sent: ParsedSentence) -> bool:
    """"quit the Lambie party", "left the Hanson team": a party the article names by a word
    the table does not know. Any party guessed from the context would be another one."""
    return any(o.lemma_.lower() in ("party", "team", "network") and any(
        c.dep_ in ("compound", "amod") and c.pos_ == "PROPN" and not sent.party_of(c)
        for c in o.children) for o in clause.objects(tok))


def _independents(toks: list, sent: ParsedSentence) -> bool:
    """"Three independents", "two independent councillors": people sitting as independents
    ("Democrat-turned-independent X" says which party they came from: not this)."""
    def word(t) -> bool:
        return t.lower_ in ("independent", "independents") and not any(
            x.lower_ == "turned" for x in t.doc[max(0, t.i - 2) : t.i])
    def described(t) -> bool:
        return word(t) or any(word(c) and c.dep_ == "amod" for c in t.children)
    # "X, an independent councillor for Holt ward, has joined Labour"
    return any(described(s) or any(described(c) for c in s.children if c.dep_ == "appos")
               for s in toks)
