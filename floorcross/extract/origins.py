"""Which party a clause means when it leaves the party unsaid or says only "the party": the
subject's own, the clause's, the party in view, then the sentences before and the article."""

from __future__ import annotations

from spacy.tokens import Token

from floorcross.extract.mentions import ParsedSentence
from floorcross.extract.parse import ParsedArticle

# Prepositions whose objects say why or when, not what was left.
NOT_LEFT = frozenset({
    "over", "in", "at", "on", "after", "amid", "because", "since", "during", "before",
    "following", "to", "for", "earlier", "last", "by", "with", "into", "within", "under",
})


def context_party(
    sent: ParsedSentence, art: ParsedArticle, subj: list[Token], exclude: str | None = None,
    anchor: Token | None = None,
) -> str | None:
    """The party a clause means by "the party" or leaves unsaid: the subject's own
    ("a Blackburn Labour councillor"), then the trigger's own clause, the party the article is
    about when it is in view, the rest of the sentence, the sentences before, the article."""
    own = sent.parties_in(t for s in subj for t in s.subtree)
    clause_parties = _affiliations(sent, _own_words(anchor)) if anchor is not None else []
    before = [s for s in art.ordered() if sent.index - 3 <= s.index < sent.index]
    recent = [p for prev in reversed(before) for p in reversed(_affiliations(prev, prev.doc))]
    rest = _affiliations(sent, sent.doc)
    in_view = [art.dominant_party] if art.dominant_party in rest + recent else []
    # A party someone else in the sentence left or joined is theirs, not this person's.
    mine = {t.i for s in subj for t in s.subtree}
    others = _affiliations(sent, (t for t in sent.doc if not (
        _left_by_other(t, anchor) or _describes_other(t, sent, mine) or _counterpart(t))))
    for pool in (own, clause_parties, others, in_view, rest, recent):
        for name in pool:
            if name != exclude:
                return name
    return art.dominant_party if art.dominant_party != exclude else None


# Nouns a party name may qualify as someone's affiliation; "an SNP amendment" or "the Labour
# government" say nothing about whose party it is.
_AFFILIATION_HEADS = frozenset({
    "councillor", "councillors", "cllr", "mp", "mps", "msp", "ms", "mla", "td", "member",
    "members", "group", "party", "whip", "leader", "candidate", "politician", "peer", "colleague",
    "colleagues", "senator", "representative", "activist", "benches", "ranks", "caucus",
    "figure", "veteran", "stalwart", "mayor",
})


def _own_words(anchor: Token) -> list[Token]:
    """The trigger's clause without its reasons and times ("suspended from the group over his
    remarks about Labour")."""
    skip = {t.i for c in anchor.children if c.dep_ == "prep" and c.lower_ in NOT_LEFT
            for t in c.subtree}
    skip |= {t.i for c in anchor.children if c.dep_ in ("advcl", "ccomp") for t in c.subtree}
    return [t for t in anchor.subtree if t.i not in skip]


def _left_by_other(t: Token, anchor: Token | None) -> bool:
    """A party named as the object of another clause's verb ("Cllr X quit the Conservative
    Party, and Cllr Y, who resigned from the party, ...")."""
    if anchor is None:
        return False
    head = t
    while head.dep_ in ("compound", "amod") and head.head.i != head.i:
        head = head.head
    if head.dep_ == "pobj":
        head = head.head
    if head.dep_ not in ("dobj", "prep"):
        return False
    verb = head.head
    return verb.i != anchor.i and verb.pos_ in ("VERB", "AUX") and any(
        c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _counterpart(t: Token) -> bool:
    """"his opposition to Labour", "a row with the Tories": a party on the other side."""
    head = t
    while head.dep_ in ("compound", "amod") and head.head.i != head.i:
        head = head.head
    return head.dep_ == "pobj" and head.head.lower_ in ("to", "with", "against", "about", "over")


def _describes_other(t: Token, sent: ParsedSentence, mine: set[int]) -> bool:
    """"former Conservative councillor A": the party of a person other than the subject."""
    head = t
    while head.dep_ in ("compound", "amod", "nmod") and head.head.i != head.i:
        head = head.head
        if head.i in sent.names:
            return head.i not in mine
    if head.dep_ == "appos" and head.head.i in sent.names:  # "A, a former Tory councillor,"
        return head.head.i not in mine
    return False


def _affiliations(sent: ParsedSentence, toks) -> list[str]:
    out = []
    for t in toks:
        name = sent.party_of(t)
        if not name or name in out:
            continue
        head = t
        while head.dep_ in ("compound", "amod", "nmod") and sent.party_of(head.head) == name:
            head = head.head
        if head.dep_ in ("compound", "amod", "nmod", "poss") and (
            head.head.lower_ not in _AFFILIATION_HEADS and head.head.pos_ == "NOUN"
        ):
            continue  # "an SNP amendment", "Labour's policy"
        out.append(name)
    return out
