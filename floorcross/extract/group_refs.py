"""Plural references back to people named together just before: "They", "The pair", "Both",
"The duo", "The two councillors", "The three MLAs", "Both women". A count, when the reference
gives one, must agree with the number of people named ("the pair" is two)."""

from __future__ import annotations

from spacy.tokens import Token

from floorcross.extract.counted_people import COUNTS, GROUP_NOUNS
from floorcross.extract.mentions import ParsedSentence
from floorcross.extract.parse import ParsedArticle
from floorcross.extract.subject_names import named_at

# Nouns that stand for people in a back reference: roles, and "Both women", "the two men".
_PEOPLE_NOUNS = GROUP_NOUNS | {"woman", "man", "mla", "mp", "msp", "td", "legislator",
                               "lawmaker", "colleague", "defector", "rebel", "politician"}
_GROUP_WORDS = {"pair": 2, "duo": 2, "trio": 3, "quartet": 4}
_DEFINITE = frozenset({"the", "these", "those"})
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})


def named_together(sent: ParsedSentence, art: ParsedArticle) -> list[str]:
    """The people a sentence names together as one subject or object outside quotations
    ("Councillors A and B announced ...", "Labour suspended A and B")."""
    for t in sent.doc:
        if t.dep_ not in ("nsubj", "nsubjpass", "dobj") or art.in_quote(sent.start + t.idx):
            continue
        names = named_at(t, sent, art)
        if len(names) >= 2:
            return names
    return []


def group_count(t: Token) -> int | None:
    """How many people a plural back reference counts (0 when it gives no number), or None
    when the token is no such reference. Indefinite counts ("two councillors") are new people,
    not a reference back."""
    low = t.lower_
    dets = {c.lower_ for c in t.children if c.dep_ in ("det", "predet")}
    if low in _GROUP_WORDS:  # "The pair", "the trio of rebels"
        return _GROUP_WORDS[low] if dets & (_DEFINITE | {"this"}) else None
    if low == "both" and t.dep_ in _SUBJECT_DEPS:  # "Both defected", "Both of them quit"
        return 2
    if low in COUNTS and t.tag_ == "CD" and t.dep_ in _SUBJECT_DEPS and dets & _DEFINITE:
        return COUNTS[low]  # "The two quit the party"
    if t.tag_ not in ("NNS", "NNPS") or t.lemma_.lower() not in _PEOPLE_NOUNS | {"women", "men"}:
        return None
    if "both" in dets:  # "Both councillors", "Both women"
        return 2
    if not dets & _DEFINITE:
        return None
    num = next((c.lower_ for c in t.children if c.dep_ == "nummod" and c.lower_ in COUNTS), None)
    return COUNTS[num] if num else 0


def fits(count: int, people: list[str]) -> bool:
    """Whether a reference counting `count` (0: any number) can stand for these people."""
    return len(people) >= 2 and count in (0, len(people))


def names_inside(t: Token, sent: ParsedSentence) -> bool:
    """Whether the reference names people itself ("the two councillors, A and B")."""
    return any(x.i in sent.names for x in t.subtree)

