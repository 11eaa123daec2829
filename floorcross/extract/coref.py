"""Who a trigger's subject is: a name, a pronoun for the person the text is following, "I"
inside a quotation for its speaker, "a Labour councillor" in a lede for the person the next
sentence names (also through "says he has been expelled"), "three councillors" for the names
listed after a colon, or "they", "the pair", "both" for people named together just before."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Token

from floorcross.extract import clause
from floorcross.extract.counted_people import post_holder
from floorcross.extract.group_refs import fits, group_count, named_together, names_inside
from floorcross.extract.mentions import FIRST_PERSON, PRONOUNS, ParsedSentence, name_of
from floorcross.extract.name_lists import colon_list, counted_list, following_list, included_names
from floorcross.extract.parse import ParsedArticle
from floorcross.extract.subject_names import (
    ROLE_NOUNS,
    SURNAME_TITLE,
    age_description,
    definite_role,
    named_at,
    possessor_names,
)
from floorcross.extract.unnamed_roles import lede_names, trailing_name

_GAP = 3  # sentences after which the followed person is forgotten


@dataclass
class Coref:
    """The person the narrative is following: the last named (or resolved) subject."""

    last: str | None = None
    index: int = -10
    # The people of the last sentence that reported several changes ("they" in the next one).
    group: list[str] = field(default_factory=list)
    group_index: int = -10
    # Everyone a change has been read for so far, the latest last.
    changed: list[str] = field(default_factory=list)
    # The last people named together ("Councillors A and B announced ..."): "the pair".
    named: list[str] = field(default_factory=list)
    named_index: int = -10

    def step(self, index: int) -> None:
        if index - self.index > _GAP:
            self.last = None

    def note_group(self, people: list[str], index: int) -> None:
        self.changed = [p for p in self.changed if p not in people] + list(dict.fromkeys(people))
        unique = list(dict.fromkeys(people))
        if len(unique) > 1:
            self.group, self.group_index = unique, index

    def update(self, sent: ParsedSentence, art: ParsedArticle) -> None:
        together = named_together(sent, art)
        if together:
            self.named, self.named_index = together, sent.index
        for t in sent.doc:
            if t.dep_ not in ("nsubj", "nsubjpass") or art.in_quote(sent.start + t.idx):
                continue
            found = named_at(t, sent, art)
            name = found[0] if found else None
            if name is None and t.lower_ in PRONOUNS:
                name = self.last
            if name:
                self.last = name
                self.index = sent.index
                return


def persons_for(
    toks: list[Token], sent: ParsedSentence, art: ParsedArticle, coref: Coref, in_quote: bool,
    solo: bool = False,
) -> tuple[list[str], list[str]]:
    """(names of the people the subject tokens stand for, phrases describing them)."""
    names: list[str] = []
    contexts: list[str] = []
    if toks and not in_quote and (definite_role(toks[0]) or age_description(toks[0])) and all(
        t.i in {x.i for x in toks[0].subtree} for t in toks
    ):
        # "The Carmarthen East MP was suspended": the person the article is following.
        return ([coref.last], [_phrase(toks[0])]) if coref.last else ([], [])
    for t in toks:
        low = t.lower_
        if in_quote:
            found = [_speaker(sent, art, coref)] if low in FIRST_PERSON else []
        elif low in PRONOUNS:
            found = [_pronoun(t, sent, art, coref)]
        elif low in ("they", "their"):
            found = _reporters(t, sent, art, coref)
        else:
            found = (named_at(t, sent, art, solo) or _the_group(t, sent, coref)
                     or _named_group(t, sent, coref))
            if not found:
                found = (lede_names(t, sent, art) or included_names(t, sent, art)
                         or colon_list(t, sent, art)
                         or counted_list(t, sent, art) or trailing_name(t, sent, art)
                         or following_list(t, sent, art))
            if found and t.pos_ in ("NOUN", "PROPN"):
                contexts.append(_phrase(t))
        names += [n for n in found if n and n not in names]
    return _without_lone_places(names, art), contexts


def _without_lone_places(names: list[str], art: ParsedArticle) -> list[str]:
    """"A, (MLA Patepur in Vaishali) B and C": in a list of full names, a single capitalised
    word the article never completes nor gives a personal title ("Mr X", "Cllr X") is the
    seat or place written beside a name, not one more person."""
    if len(names) < 2 or all(" " not in n for n in names):
        return names
    def lone_place(n: str) -> bool:
        return " " not in n and art.people.resolve(n) is None and not re.search(
            SURNAME_TITLE + re.escape(n) + r"\b", art.text)
    return [n for n in names if not lone_place(n)]


_GROUP_WITHIN = 4  # sentences after a group's change in which "the MLAs" still means them


def _the_group(t: Token, sent: ParsedSentence, coref: Coref) -> list[str]:
    """"The MLAs are likely to join the JDU", "The three councillors will now sit together":
    a definite plural role with no names of its own, soon after several people's change was
    told, stands for those people."""
    if t.tag_ not in ("NNS", "NNPS") or t.lemma_.lower() not in ROLE_NOUNS:
        return []
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in t.children):
        return []
    if any(x.i in sent.names for x in t.subtree) or len(coref.group) < 2:
        return []
    if sent.parties_in(t.subtree):
        return []  # "the Labour councillors": a party's members, maybe others
    if t.dep_ not in ("nsubj", "nsubjpass") or any(
            c.dep_ == "aux" and c.lower_ == "to" for c in t.head.children):
        return []  # "difficult for the councillors to rejoin": not something they did
    return list(coref.group) if 0 < sent.index - coref.group_index <= _GROUP_WITHIN else []


_NAMED_WITHIN = 2  # sentences after people were named together in which "the pair" means them


def _named_group(t: Token, sent: ParsedSentence, coref: Coref) -> list[str]:
    """"Councillors A and B announced it on Monday. The pair defected to the Greens": a plural
    back reference ("the pair", "both", "the two councillors", "the trio") to the people
    named together just before, or whose changes were just told, when its count agrees."""
    count = group_count(t)
    if count is None or names_inside(t, sent):
        return []
    if count == 0 and sent.parties_in(t.subtree):
        return []  # "the Labour councillors": a party's members, maybe others
    if any(c.dep_ == "aux" and c.lower_ == "to" for c in t.head.children):
        return []  # "difficult for the pair to rejoin": not something they did
    for people, at, reach in sorted(
            ((coref.group, coref.group_index, _GROUP_WITHIN),
             (coref.named, coref.named_index, _NAMED_WITHIN)), key=lambda g: -g[1]):
        if 0 < sent.index - at <= reach and fits(count, people):
            return list(people)
    return []


def _phrase(t: Token) -> str:
    toks = [x for x in t.subtree if x.dep_ != "relcl" or x is t]
    return t.doc.text[toks[0].idx : toks[-1].idx + len(toks[-1].text)] if toks else t.text


def _pronoun(t: Token, sent: ParsedSentence, art: ParsedArticle, coref: Coref) -> str | None:
    gov = t.head
    if t.dep_ == "poss" and gov.lemma_.lower() in clause.ACT_NOUNS and coref.changed:
        return coref.changed[-1]  # "his defection": the person whose change is being told
    if t.dep_ in ("nsubj", "nsubjpass") and gov.dep_ == "ccomp":
        # "X said he had quit", "Keith Prince, who announced he had joined Reform"
        for s in clause.subjects(gov.head):
            if s.lower_ not in PRONOUNS:
                # "A Tory councillor says he has been expelled ... Cllr X said": the lede's
                found = named_at(s, sent, art) or [
                    n for n in (lede_names(s, sent, art) if _indefinite(s) else [])
                    if not post_holder(n, sent, art)]  # "Council leader X said": commenting
                if found:
                    return found[0]
    for prev in reversed([x for x in sent.doc if x.i < t.i]):
        # A name parsed as the root: "X, the MP for Y, revealed she had left" read as a noun.
        root_name = prev.dep_ == "ROOT" and prev.i in sent.names
        if (prev.dep_ in ("nsubj", "nsubjpass") or root_name) and not art.in_quote(
            sent.start + prev.idx
        ):
            # "X's defection comes after he had the whip suspended": the possessor
            found = named_at(prev, sent, art) or possessor_names(prev, sent, art)
            if found:
                return found[0]
            poss = next((c for c in prev.children if c.dep_ == "poss"), None)
            if poss is not None and poss.lower_ in PRONOUNS:  # "His defection ... he was"
                return _pronoun(poss, sent, art, coref)
    return coref.last


def _indefinite(t: Token) -> bool:
    return any(c.dep_ == "det" and c.lower_ in ("a", "an", "one", "another") for c in t.children)


def _reporters(t: Token, sent: ParsedSentence, art: ParsedArticle, coref: Coref) -> list[str]:
    """"A and B announced that they were leaving": "they" are the reporting verb's subjects;
    otherwise the people whose changes the sentences just before listed."""
    gov = t.head
    out: list[str] = []
    if t.dep_ in ("nsubj", "nsubjpass") and gov.dep_ == "ccomp":
        for s in clause.subjects(gov.head):
            out += [n for n in named_at(s, sent, art) if n not in out]
        if out or any(s.lower_ not in ("they", "we") for s in clause.subjects(gov.head)):
            return out
    # "They defected to the Greens", "They said they had quit": the people whose changes the
    # sentences just before told, else the people they named together.
    recent = [(p, at) for p, at in ((coref.group, coref.group_index),
                                    (coref.named, coref.named_index))
              if len(p) > 1 and 0 <= sent.index - at <= 2]
    return list(max(recent, key=lambda g: g[1])[0]) if recent else []


def _speaker(sent: ParsedSentence, art: ParsedArticle, coref: Coref) -> str | None:
    """The speaker of a quotation: the subject of "said"/"told" outside the marks, in this
    sentence or the one before, else the person the narrative follows."""
    opening = art.attribution.get(sent.index)
    for s in (sent, art.parsed.get(sent.index - 1), art.parsed.get(opening, None)):
        if s is None:
            continue
        subj = clause.speech_subject(s.doc)
        if subj is not None and not art.in_quote(s.start + subj.idx):
            name = name_of(s, subj, art.people)
            if name is None and subj.lower_ in PRONOUNS:
                name = coref.last
            if name:
                return name
    return coref.last
