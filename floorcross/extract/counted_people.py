"""Counted and unnamed people in a trigger's subject: "two Labour councillors", "X and five
other MLAs", "a councillor" named further on, and how many a group counts."""

from __future__ import annotations

import re

from floorcross.extract.mentions import ParsedSentence
from floorcross.extract.parse import ParsedArticle
from floorcross.extract.subject_names import ROLE_NOUNS

COUNTS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "both": 2, "pair": 2,
           "trio": 3, "duo": 2}
GROUP_NOUNS = ROLE_NOUNS | {"mps", "msps", "mlas", "tds", "members", "politicians",
                             "independent", "independents", "senators"}


def unnamed_group(toks: list, single: bool = False) -> int | None:
    """How many people a subject with no names counts: "two Labour councillors", "two of its
    councillors", "the pair"; with `single` also one ("A councillor has been suspended": the
    person is named next; not where a by-election follows, whose next names are candidates);
    None for anything else."""
    if len(toks) != 1:
        return None
    t = toks[0]
    low = t.lower_
    if low == "one" and not single:
        return None
    if low in ("pair", "trio", "duo") or (low in COUNTS and t.tag_ == "CD" and any(
        g.lemma_.lower() in GROUP_NOUNS for c in t.children if c.lower_ == "of"
        for g in c.children
    )):
        return COUNTS[low]
    if single and t.lemma_.lower() in GROUP_NOUNS and t.tag_ in ("NN", "NNP") and any(
        c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children
    ):
        return 1  # "A Green councillor in Kemptown has been suspended": named further on
    if t.lemma_.lower() not in GROUP_NOUNS or t.tag_ not in ("NNS", "NNPS"):
        return None
    return next((COUNTS[c.lower_] for c in t.children
                 if c.dep_ in ("nummod", "det") and c.lower_ in COUNTS), None)


_OTHERS_NOUNS = GROUP_NOUNS | {"legislator", "lawmaker", "colleague", "other", "mla", "mp",
                                "councillors", "legislators", "lawmakers", "colleagues"}


def others_counted(tok, sent: ParsedSentence):
    """"suspended X and five other MLAs", "X, along with three other legislators, quit": the
    noun of a counted group told beside the named people in the trigger's clause."""
    head = tok
    while head.dep_ in ("xcomp", "conj", "advcl", "pcomp", "pobj", "prep") and head.head != head:
        head = head.head  # "resigned ... before joining the BJP": the clause of the leaving
    for t in sent.doc:
        if not {tok, head} & set(t.ancestors) or count_word(t) is None:
            continue
        other = t.lower_ == "others" or any(
            c.dep_ == "amod" and c.lower_ == "other" for c in t.children)
        if other and (t.lemma_.lower() in _OTHERS_NOUNS or t.lower_ in _OTHERS_NOUNS):
            return t
    return None


def count_word(t):
    """The number word counting a noun ("five" in "five other MLAs"), if any."""
    return next((c for c in t.children if c.dep_ == "nummod" and c.lower_ in COUNTS), None)


def party_of_others(party: str | None, others, tok, sent: ParsedSentence) -> bool:
    """Whether a party is only written in a description of the group's companions ("along
    with three other MLAs - one from the NCP and two independents - quit"), not before them
    nor in the group's own noun ("two other Labour councillors" are the lead's party too)."""
    if party is None:
        return False
    lo, own = others.left_edge.i, {t.i for t in others.subtree}
    described = [t for t in sent.doc[lo : max(tok.i, others.right_edge.i + 1)] if t.i not in own]
    before = sent.doc[:lo]
    if party == "Independent":
        return any(t.lower_ in ("independent", "independents") for t in described) and not any(
            t.lower_ in ("independent", "independents") for t in before)
    return party not in sent.parties_in(before) and party in sent.parties_in(described)


def counted_beyond(toks: list, people: list[str]) -> int | None:
    """"Six councillors, including Cllr A, have quit": a group counted with fewer names."""
    if len(toks) != 1 or toks[0].tag_ not in ("NNS", "NNPS"):
        return None
    n = next((COUNTS[c.lower_] for c in toks[0].children
              if c.dep_ == "nummod" and c.lower_ in COUNTS), None)
    return n if n and n > len(people) else None


def indefinite(toks: list) -> bool:
    """"A Labour councillor has been suspended": one person, named further on."""
    return len(toks) == 1 and toks[0].lemma_.lower() in GROUP_NOUNS and any(
        c.dep_ == "det" and c.lower_ in ("a", "an") for c in toks[0].children)


_POST_BEFORE = re.compile(
    r"\b(?:leader|chair|chairman|chairwoman|mayor|spokes(?:person|man|woman)|secretary)\b"
    r"[\s,]+(?:(?:Cllr|Councillor|Coun)\.?\s+)?$", re.IGNORECASE)


def post_holder(name: str, sent: ParsedSentence, art: ParsedArticle) -> bool:
    """The name an unnamed lead was resolved to is first given, after the lead, to someone
    holding a post ("Council leader Ann Falk said ..."): the one commenting, not the one
    suspended."""
    at = art.text.find(name, sent.end)
    return at >= 0 and bool(_POST_BEFORE.search(art.text[max(0, at - 40) : at]))
