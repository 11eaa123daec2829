"""The party a word names: a known party, a party noun with its name beside it, or a
new party the register does not know yet ("his own new party, the X Movement", "the MK party")."""

from __future__ import annotations

from spacy.tokens import Token

from floorcross.extract.mentions import ParsedSentence
from floorcross.extract.trigger_kinds import PARTY_NOUNS


def party_named(tok: Token, sent: ParsedSentence) -> str | None:
    """The party a word names: "Labour", or a party noun with the name before it ("the
    Liberal caucus", "the Conservative group") or after it ("his own new party, the Renewal
    Movement")."""
    name = sent.party_of(tok)
    if name or tok.lemma_.lower() not in PARTY_NOUNS:
        return name
    found = sent.parties_in(t for c in tok.lefts for t in c.subtree)
    return found[0] if found else new_party(tok, sent)


# The last word of a party's name: "the Freedom Renewal Movement", "the Karoo People's Party".
_PARTY_HEADS = frozenset({"party", "movement", "alliance", "front", "congress", "network",
                          "coalition", "team", "union", "league", "forum", "association"})


def new_party(noun: Token, sent: ParsedSentence) -> str | None:
    """A party the register may not know, named in apposition to "party": "his own new party,
    the Freedom Renewal Movement" -> "Freedom Renewal Movement"."""
    if noun.lemma_.lower() != "party":
        return None
    for a in noun.children:
        if a.dep_ != "appos" or a.pos_ != "PROPN":
            continue
        known = sent.parties_in(a.subtree)
        if known:
            return known[0]
        words = [t for t in a.subtree if t.dep_ not in ("det", "punct") and t.i <= a.i]
        if words and all(t.pos_ == "PROPN" or t.tag_ == "POS" for t in words) and (
            a.lower_ in _PARTY_HEADS or len(words) > 1
        ):
            return "".join(t.text_with_ws for t in words).strip()
    return None


# Entity kinds a capitalised word before "party" may have without naming it: "the Scottish
# party", "the Kenyan party" describe a party, they do not name one. (The tagger often calls
# an unfamiliar party name a PERSON, so that kind is no sign.)
_NOT_A_NAME = frozenset({"GPE", "NORP", "LOC", "DATE", "CARDINAL", "ORDINAL"})


def party_by_compound(noun: Token) -> str | None:
    """A party the register may not know, named by the capitalised words before "party" in a
    joining: "to join the MK party", "joined the Jubilee party" -> "MK Party"."""
    if noun.lemma_.lower() != "party":
        return None
    words = [c for c in noun.lefts if c.dep_ == "compound"]
    if not words or any(c.dep_ in ("poss", "amod") for c in noun.lefts) or any(
            w.pos_ != "PROPN" or not w.text[:1].isupper() or w.ent_type_ in _NOT_A_NAME
            for w in words):
        return None
    if words[-1].i != noun.i - 1 or words[0].i != words[-1].i - len(words) + 1:
        return None  # the words must run straight up to "party"
    return " ".join(w.text for w in words) + " Party"
