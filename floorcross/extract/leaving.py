"""Reading a leaving ("quit Labour", "resigned from the party", "now sits as an independent"):
the party left, where the person went, and when a leaving with nothing named still counts."""

from __future__ import annotations

import re

from spacy.tokens import Token

from floorcross.extract import clause
from floorcross.extract.joining import joined_party
from floorcross.extract.mentions import ParsedSentence, proper_name
from floorcross.extract.origins import NOT_LEFT, context_party
from floorcross.extract.parse import ParsedArticle
from floorcross.extract.trigger_kinds import PARTY_NOUNS, RESIGNATION_VERBS, Trigger
from floorcross.extract.trigger_reading import Reading, subjects

_INDEPENDENT = re.compile(
    r"\b(?:(?:as|become|becoming|became|to be) (?:an? )?independents?"
    r"|independent (?:councill?ors?|members?|MPs?|MSPs?|MS|MLAs?|TDs?|AMs?|senators?|group"
    r"|grouping|bloc|alliance)"
    r"|(?:on|to|join(?:s|ed|ing)?) the cross ?bench(?:es)?|as an? crossbencher"
    r"|crossbench (?:peer|senator|MP)s?"
    r"|(?:sit|sits|sat|sitting|serve|serves|served|serving) independently)\b",
    re.IGNORECASE,
)
# A local group of independents: "to become the Fenby Independents".
_LOCAL_INDEPENDENTS = re.compile(r"\b[A-Z][a-z]+ Independents\b")


def _independent_group(sent: ParsedSentence) -> str | None:
    """A local group of independents named in the sentence, kept whole as the party joined
    ("now sits with the Ashfield Independents", "the Taunton Deane Independents")."""
    for p in sent.parties:
        if p.name != "Independent" and "independent" in p.name.lower():
            return p.name
    return None


def _independent(text: str) -> bool:
    return bool(_INDEPENDENT.search(text) or _LOCAL_INDEPENDENTS.search(text))


# Seats held for a party: "quit as a Conservative councillor" leaves the party's group.
_SEATS = frozenset({"councillor", "cllr", "mp", "msp", "ms", "am", "mla", "td", "mpp", "senator",
                    "representative", "member"})
_BY_ELECTION = re.compile(r"\bby-?\s?elections?\b", re.IGNORECASE)


def _seat_party(o: Token, tok: Token, sent: ParsedSentence, art: ParsedArticle) -> list[str]:
    """"quit as a Conservative councillor", "resigned as a Labour MP": the party a seat is held
    for, left with it; not where a by-election follows (the seat itself was given up)."""
    if o.lemma_.lower() not in _SEATS or tok.lemma_.lower() not in ("quit", "resign", "leave"):
        return []
    if _BY_ELECTION.search(art.text):
        return []
    return sent.parties_in(t for c in o.lefts for t in c.subtree)


def _object_parties(
    tok: Token, sent: ParsedSentence, art: ParsedArticle, people: frozenset[int] = frozenset()
) -> tuple[list[str], bool, bool]:
    """(parties named as what was left, a party noun such as "the party" or "membership" was
    left, something else was left: a post, a union, a seat). `people`: the leavers' own
    tokens, which a noun takes as objects too ("the resignation of X")."""
    parties: list[str] = []
    noun = other = False
    objs = [o for o in _coordinated(tok, clause.objects(tok)) if o.i not in people]
    for o in list(objs):  # "tendered her resignation from the party"
        if o.lemma_.lower() in ("resignation", "membership") and o.dep_ == "dobj":
            inner = _coordinated(o, [])
            objs.extend(inner)
            # "resigned his membership of the Marston Conservative Association": a branch
            local = any(_local_body(g) or g.lemma_.lower() in _LOCAL for g in inner)
            if o.lemma_.lower() == "resignation" or local:
                objs.remove(o)
    for o in objs:
        prep = o.head.lower_ if o.dep_ == "pobj" else None
        if prep in NOT_LEFT or o.ent_type_ == "DATE":
            continue
        if prep == "as":
            seat = _seat_party(o, tok, sent, art)
            if o.lemma_.lower() == "member" or seat:
                noun = True
                parties += seat or sent.parties_in(o.subtree)
            else:
                other = True
            continue
        name = sent.party_of(o)
        lemma = o.lemma_.lower()
        if _local_body(o):
            other = True  # "quit his local party": a branch, not the party
        elif name:
            parties.append(name)
        elif lemma in PARTY_NOUNS and (lemma != "group" or sent.parties_in(o.subtree) or any(
            t.lemma_.lower() == "party" for t in o.subtree
        )):
            noun = True
            parties += sent.parties_in(o.subtree)
        else:
            other = True
    return parties, noun, other


def _coordinated(head: Token, objs: list[Token]) -> list[Token]:
    """What was left, with everything coordinated with it: "resigned from both the council and
    the Labour Party", "his resignation as councillor and from the party" (a second
    preposition joined to the first). Leaving a post and the party at once still leaves it."""
    preps = [c for c in head.children if c.dep_ == "prep"]
    preps += [p for c in preps for p in c.conjuncts if p.pos_ == "ADP"]
    found = [g for p in preps for g in p.children if g.dep_ == "pobj"]
    out = list(objs)
    for o in objs + found:
        # "as leader of the council and Labour group": one post, however it is coordinated
        post = o.dep_ == "pobj" and o.head.lower_ == "as"
        out += [x for x in (o, *(() if post else o.conjuncts)) if x not in out]
    return out


# A party's local unit: leaving it is not leaving the party ("quit his local party", "resigned
# from the constituency Labour party", "left the ward branch").
_LOCAL = frozenset({"local", "constituency", "branch", "ward", "riding", "association"})


def _local_body(o: Token) -> bool:
    if o.lemma_.lower() in ("association", "branch"):
        return True
    return o.lemma_.lower() in PARTY_NOUNS and any(
        c.lower_ in _LOCAL and c.dep_ in ("amod", "compound") for c in o.children)


def read_leave(trig: Trigger, sent: ParsedSentence, art: ParsedArticle) -> Reading | None:
    """A leaving, a "no longer a member" or a going independent; None when what was left is no
    party (a post, a seat, a branch)."""
    tok = trig.token
    subj = subjects(trig, sent)
    leavers = frozenset(s.i for s in subj) if trig.nominal else frozenset()
    parties, noun, other = _object_parties(tok, sent, art, leavers)
    if trig.kind == "no_longer":
        attrs = [c for c in tok.children if c.dep_ == "attr"]
        parties = sent.parties_in(t for c in attrs for t in c.subtree)
        noun = any(c.lemma_.lower() == "member" for c in attrs)
        if not (noun or parties):
            return None  # "no longer a Councillor": a seat, not a party
    independent = _independent(sent.text)
    if trig.kind == "independent":
        if trig.nominal:  # "the now-independent councillor": the noun stands for the person
            subj = [tok]
        if _stood_at_election(tok, sent, subj):
            return None
        party_from = context_party(sent, art, subj, anchor=tok)
        if party_from is None:
            return None
        return Reading("resigned", party_from, _independent_group(sent) or "Independent", subj,
                       guessed=True, explicit=True)
    bare = not (parties or noun)
    by_name = bare and not other and _named_resignation(trig, subj, sent, art)
    if bare and not by_name and (other or any(o.i in leavers for o in clause.objects(tok))
                                 or not _bare_leave_ok(tok, sent, subj)):
        return None  # in "the resignation of X" only a named resignation is a party's
    party_to = joined_party(tok, sent)
    party_from = parties[0] if parties else context_party(
        sent, art, subj, exclude=party_to, anchor=tok)
    if by_name and party_from not in sent.parties_in(sent.doc):
        party_from = None  # a guess from other sentences: null is the honest answer
    if party_to == party_from:  # "left the Labour group but sits as a Labour councillor"
        party_to = None
    group = _independent_group(sent) if party_to is None and independent else None
    if party_to is None and independent:
        party_to = group or "Independent"
    # Leaving to sit with a local group of independents is going independent.
    kind = "defected" if party_to and party_to not in ("Independent", group) else "resigned"
    return Reading(kind, party_from, party_to, subj, explicit=bool(parties or noun),
                    guessed=not parties)


def _stood_at_election(tok: Token, sent: ParsedSentence, subj: list[Token]) -> bool:
    """"X stood as an independent (in the by-election)", "ran as an independent candidate":
    a past candidacy says how someone was elected, not that they left a party; unless the
    subject's own words give them one ("a former Labour councillor who stood as ...")."""
    return (tok.lemma_.lower() in ("stand", "run") and tok.tag_ == "VBD"
            and not sent.parties_in(t for s in subj for t in s.subtree))


def _bare_leave_ok(tok: Token, sent: ParsedSentence, subj: list[Token]) -> bool:
    """"sat for Labour from 2019 until she walked out in March": leaving with nothing
    named is a party change only when the sentence names a party outside the subject, or the
    person goes independent."""
    if _independent(sent.text):
        return True
    if tok.lemma_.lower() in RESIGNATION_VERBS:  # "handed in his resignation to the party"
        return bool(sent.parties) or "the party" in sent.text.lower()
    if tok.lemma_.lower() not in ("quit", "leave"):
        return False
    own = {t.i for s in subj for t in s.subtree}
    return bool(sent.parties_in(t for t in sent.doc if t.i not in own))


# Posts a person can resign from: "the resignation of council leader A" gives up the post.
_POSTS = frozenset({"leader", "chair", "chairman", "chairwoman", "chairperson", "mayor",
                    "minister", "secretary", "president", "speaker", "spokesperson", "spokesman",
                    "spokeswoman", "chief", "director", "treasurer", "convener", "convenor",
                    "provost", "cabinet", "deputy", "executive", "officer", "manager"})
# A seat given up rather than a party: the resignation leaves a vacancy to be filled.
_SEAT_GIVEN_UP = re.compile(
    r"\b(?:by-?\s?elections?|vacanc(?:y|ies)|vacated"
    r"|(?:los[et]s?|losing|leav(?:e|es|ing)|left|fill(?:s|ed|ing)?)\s+(?:[\w-]+\s+)?seats?)\b",
    re.IGNORECASE)


def _named_resignation(
    trig: Trigger, subj: list[Token], sent: ParsedSentence, art: ParsedArticle
) -> bool:
    """"following the resignation of Dunmore councillor A last week", "after Cllr B's
    resignation": a named person's resignation, told as a noun in a sentence about a party
    (here, or the people it is losing), is their leaving it. Not a post ("the resignation of
    council leader C") nor a seat given up (a by-election or a vacancy follows)."""
    tok = trig.token
    if not trig.nominal or tok.lemma_.lower() != "resignation":
        return False
    if not subj or not any(_named(s, sent, art) for s in subj) or any(
        s.pos_ == "PRON" or sent.party_of(s) for s in subj
    ):
        return False
    if any(t.lower_ in _POSTS for s in subj for t in s.subtree):
        return False
    if _SEAT_GIVEN_UP.search(sent.text) or _by_election_near(sent, art):
        return False
    # The party talk must be the writer's: a party named only inside a quotation ("... he said
    # of X's resignation: 'an asset to the Labour Party'") says nothing of what was left.
    outside = [p for p in sent.parties if not art.in_quote(p.start)]
    words = re.finditer(r"\bparty\b", sent.text, re.IGNORECASE)
    return bool(outside) or any(not art.in_quote(sent.start + m.start()) for m in words)


def _by_election_near(sent: ParsedSentence, art: ParsedArticle) -> bool:
    """A by-election told in the headline or around the sentence: the seat is what was given
    up. (One won years before, further off, says nothing of this resignation.)"""
    near = {0, *range(max(0, sent.index - 2), min(len(art.sentences), sent.index + 2))}
    return any(_BY_ELECTION.search(art.text[art.sentences[i].start : art.sentences[i].end])
               for i in near)


def _named(tok: Token, sent: ParsedSentence, art: ParsedArticle) -> bool:
    """A person the article names in full, here or before: a lone surname it never
    completes ("Cllr Harwod's resignation" beside a "Cllr Lena Harwood") is too weak to
    stand for a change of its own. A full name the NER took for an organisation counts."""
    raw = sent.names.get(tok.i)
    if raw is not None:
        return len((art.people.resolve(raw) or raw).split()) > 1
    return tok.pos_ == "PROPN" and proper_name(
        [*(c for c in tok.lefts if c.dep_ == "compound"), tok]) is not None
