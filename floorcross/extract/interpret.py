"""What one trigger's clause says happened: the kind of change, the parties it names or
implies, and which tokens stand for the people it happened to."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from spacy.tokens import Token

from floorcross.extract import clause
from floorcross.extract.mentions import ParsedSentence, looks_like_name, proper_name
from floorcross.extract.origins import NOT_LEFT, context_party
from floorcross.extract.parse import ParsedArticle
from floorcross.extract.triggers import (
    FOUNDING,
    PARTY_NOUNS,
    REMOVED_FROM,
    RESIGNATION_VERBS,
    Trigger,
    parliamentary,
)

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


@dataclass
class Reading:
    """What one trigger says, before the people are named."""

    type: str
    party_from: str | None = None
    party_to: str | None = None
    person_tokens: list[Token] = field(default_factory=list)
    explicit: bool = False  # the party (or "the party") is named in the clause
    guessed: bool = False  # party_from comes from the context, not the clause
    needs_origin: bool = False  # "joined X" with no earlier party in the clause
    solo: bool = False  # the clause is a relative clause on the person: "A, who quit X, and B"


def interpret(trig: Trigger, sent: ParsedSentence, art: ParsedArticle) -> Reading | None:
    reading = _interpret(trig, sent, art)
    if reading is not None:
        heads = {t.i for t in reading.person_tokens}
        reading.solo = any(a.dep_ == "relcl" and a.head.i in heads
                           for a in (trig.token, *trig.token.ancestors))
    return reading


def _interpret(trig: Trigger, sent: ParsedSentence, art: ParsedArticle) -> Reading | None:
    kind = trig.kind
    if kind in ("leave", "no_longer", "independent"):
        return _leave(trig, sent, art)
    if kind in ("defect", "join", "rejoin", "move"):
        return _join(trig, sent, art)
    if kind == "welcome":
        return _welcome(trig, sent)
    if kind == "listed":
        return _listed(trig, sent, art)
    if kind in ("whip_removed", "whip_restored") and not trig.acted_on:
        return _whip(trig, sent, art)  # "acted_on" ones: "removed from the caucus"
    return _acted_on(trig, sent, art)


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


def _anchors(trig: Trigger) -> list[Token]:
    """Where the clause's prepositions hang: on the noun, or on the verb taking it ("announced
    his defection | to Reform")."""
    tok = trig.token
    if trig.nominal and tok.dep_ == "dobj":
        return [tok, tok.head]
    return [tok]


def _subjects(trig: Trigger, sent: ParsedSentence) -> list[Token]:
    tok = trig.token
    subj = clause.nominal_subjects(tok) if trig.nominal else clause.subjects(tok)
    if subj and not all(_unnamed_group(t, sent) for t in subj):
        return subj
    verb = clause.include_verb(trig.token)
    return _names_after(verb, sent) if verb is not None else subj


def _unnamed_group(tok: Token, sent: ParsedSentence) -> bool:
    """"the councillors", "those": a plural subject with no name in it."""
    return tok.tag_ in ("NNS", "NNPS", "DT") and not any(t.i in sent.names for t in tok.subtree)


def _names_after(verb: Token, sent: ParsedSentence) -> list[Token]:
    """The last word of each name listed after `verb`, up to the next verb of the sentence."""
    out: list[Token] = []
    for t in sent.doc[verb.i + 1 :]:
        if t.i not in sent.names and (t.pos_ in ("VERB", "AUX") or t.text == ";"):
            break
        nxt = t.i + 1
        if t.i in sent.names and (nxt >= len(sent.doc) or sent.names.get(nxt) != sent.names[t.i]):
            out.append(t)
    return out


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
    objs = [o for o in clause.objects(tok) if o.i not in people]
    for o in list(objs):  # "tendered her resignation from the party"
        if o.lemma_.lower() in ("resignation", "membership") and o.dep_ == "dobj":
            inner = [g for c in o.children if c.dep_ == "prep" for g in c.children
                     if g.dep_ == "pobj"]
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


# A party's local unit: leaving it is not leaving the party ("quit his local party", "resigned
# from the constituency Labour party", "left the ward branch").
_LOCAL = frozenset({"local", "constituency", "branch", "ward", "riding", "association"})


def _local_body(o: Token) -> bool:
    if o.lemma_.lower() in ("association", "branch"):
        return True
    return o.lemma_.lower() in PARTY_NOUNS and any(
        c.lower_ in _LOCAL and c.dep_ in ("amod", "compound") for c in o.children)


def _leave(trig: Trigger, sent: ParsedSentence, art: ParsedArticle) -> Reading | None:
    tok = trig.token
    subj = _subjects(trig, sent)
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
    party_to = _joined_party(tok, sent)
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


def _joined_party(tok: Token, sent: ParsedSentence) -> str | None:
    """"quit Labour to join Reform", "left the Tories for the Lib Dems", "... and joined X"."""
    for o in clause.prep_objects(tok, "for") + clause.prep_objects(tok, "to"):
        if party_named(o, sent):
            return party_named(o, sent)
    # "quit the NDP caucus in order to sit with the Liberals": the joining hangs on the object
    nested = [g for o in clause.objects(tok) for g in o.children if g.dep_ in ("acl", "relcl")]
    for c in [*tok.conjuncts, *tok.children, *nested]:
        founded = _founded(c, sent)
        if founded:  # "quit the DA to form his own party, the Renewal Movement"
            return founded
        if c.lemma_.lower() in ("join", "defect", "switch") and c.pos_ == "VERB" and not (
            c.dep_ == "conj" and scheduled_join(c)
        ):  # "... and will join the BJP on Friday" is still to come: the leaving stands alone
            found = [party_named(o, sent) for o in clause.objects(c) if party_named(o, sent)]
            if found:
                return found[0]
        if c.lemma_.lower() in _SIT_AS and c.pos_ == "VERB":
            found = _sits_as(c, sent)
            if found:
                return found
        found = _now_member(c, sent) if c.dep_ == "conj" else None
        if found:
            return found
    return None


def _now_member(verb: Token, sent: ParsedSentence) -> str | None:
    """"switched parties and is now a Republican", "... and became a Liberal Democrat"."""
    lemma = verb.lemma_.lower()
    if lemma not in ("be", "become") or (lemma == "be" and not any(
            c.lower_ == "now" for c in verb.children)):
        return None
    found = [p for c in verb.children if c.dep_ in ("attr", "acomp")
             if (p := party_named(c, sent)) and p != "Independent"]
    return found[0] if found else None


_FOUNDING = FOUNDING | {"lead", "head"}


def _founded(verb: Token, sent: ParsedSentence) -> str | None:
    """The party a leaver went on to set up: "to form his own party, the X Movement", "and
    launched the Y Party"."""
    if verb.lemma_.lower() not in _FOUNDING or verb.pos_ != "VERB":
        return None
    for o in (c for c in verb.children if c.dep_ == "dobj"):
        found = party_named(o, sent)
        if found:
            return found
    return None


def scheduled_join(verb: Token) -> bool:
    """A joining still to come on a date of its own: "will join the BJP on June 21"."""
    if not any(a.dep_ == "aux" and a.lower_ in clause.WILL for a in verb.children):
        return False
    return any(t.ent_type_ == "DATE" for c in verb.children
               if c.dep_ in ("prep", "npadvmod", "advmod") for t in c.subtree)


_SIT_AS = frozenset({"sit", "stand", "run"})


def _sits_as(verb: Token, sent: ParsedSentence) -> str | None:
    """"quit Labour to sit as Green councillors", "... and will stand for Reform in May": the
    party someone now sits or stands for."""
    for o in clause.prep_objects(verb, "as") + clause.prep_objects(verb, "for"):
        found = [p for p in sent.parties_in(o.subtree) if p != "Independent"]
        if found:
            return found[0]
    return None


def _join(trig: Trigger, sent: ParsedSentence, art: ParsedArticle) -> Reading | None:
    tok = trig.token
    subj = _subjects(trig, sent)
    joined_by = _joined_by(tok, subj, sent)
    if joined_by is not None:
        return joined_by
    anchors = _anchors(trig)
    to = [party_named(o, sent) for a in anchors for o in clause.prep_objects(a, "to")]
    # "joined Reform" (read as an object, or as an adverb by a confused parser)
    to += [party_named(o, sent) for o in tok.children
           if o.dep_ in ("dobj", "advmod", "npadvmod", "attr", "oprd")]
    if not any(to):  # "has joined him in the Workers Party"
        to += [party_named(o, sent) for a in anchors for o in clause.prep_objects(a, "in")]
    to = [p for p in to if p]
    if not to and trig.kind == "join":  # "to join the MK party": a name the register lacks
        to = [p for o in tok.children if o.dep_ == "dobj" and (p := party_by_compound(o))]
    joined = _joined_party(tok, sent)
    party_to = to[0] if to else joined or _the_party_joined(tok, art)
    # "joined the Greens from Labour": the parser often hangs "from" on the party joined
    objs = [o for o in tok.children if o.dep_ == "dobj"]
    frm = [party_named(o, sent) for a in anchors + objs for o in clause.prep_objects(a, "from")]
    frm = [p for p in frm if p]
    if trig.kind == "rejoin":
        if party_to is None and not any(o.lemma_ == "party" for o in clause.objects(tok)):
            return None
        party_to = party_to or context_party(sent, art, subj, anchor=tok)
        return Reading("rejoined", None, party_to, subj, explicit=True)
    if party_to is None and trig.kind in ("join", "move"):
        return None
    clause_words = _relative_clause(tok, subj)
    own = [p for p in sent.parties_in(t for s in subj for t in s.subtree
                                      if t.i not in clause_words) if p != party_to]
    party_from = (frm or own or [None])[0]
    if party_to is None and trig.nominal:
        party_to = _hailed_by(tok, sent)
    if party_from is None and trig.kind in ("defect", "move"):
        party_from = context_party(sent, art, subj, exclude=party_to, anchor=tok)
    if party_to is None and trig.kind == "defect":
        party_to = _other_party(sent, subj, party_from, tok)
    if party_from == party_to:
        return None
    # Joining with no earlier party in the clause: kept only if the article gives the person
    # another party elsewhere ("former Conservative councillor X"), decided when merging.
    return Reading("defected", party_from, party_to, subj, explicit=True,
                    needs_origin=party_from is None and trig.kind == "join")


def _other_party(
    sent: ParsedSentence, subj: list[Token], party_from: str | None, tok: Token
) -> str | None:
    """"The decision by X to defect gave the Conservatives control", "X, who defected last
    month and is now Alba's candidate": a defection with no destination said, and one other
    party in the sentence outside the subject (the defection's own clause aside)."""
    clause_words = _relative_clause(tok, subj)
    mine = {t.i for s in subj for t in s.subtree if t.i not in clause_words}
    others = {p for p in sent.parties_in(t for t in sent.doc if t.i not in mine)
              if p not in (party_from, "Independent")}
    return others.pop() if len(others) == 1 else None


# Verbs of a party greeting its new member's move: "Reform has welcomed the defection of X",
# "announcing Mr X's defection, Green leader Y said".
_HAILING = frozenset({"welcome", "announce", "hail", "celebrate", "unveil", "trumpet"})


def _hailed_by(noun: Token, sent: ParsedSentence) -> str | None:
    """The party whose people announce or welcome someone's defection: where they went."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in _HAILING:
        return None
    # someone else's move: "Mr X's defection", "the defection of X" (not "announced their
    # defections", the announcers' own)
    if not any(c.dep_ == "poss" and c.pos_ == "PROPN" or c.dep_ == "prep" and c.lower_ == "of"
               for c in noun.children):
        return None
    actor = [c for c in verb.children if c.dep_ == "nsubj"]
    if not actor and verb.dep_ == "advcl":  # "Announcing X's defection, leader Y said"
        actor = [c for c in verb.head.children if c.dep_ == "nsubj"]
    found = [p for a in actor for p in sent.parties_in(a.subtree) if p != "Independent"]
    return found[0] if found else None


def _joined_by(tok: Token, subj: list[Token], sent: ParsedSentence) -> Reading | None:
    """"The Greens have been joined by councillor X (, who represented the Lib Dems)": the
    party is the passive subject, the person in the "by" phrase."""
    if tok.lemma_.lower() != "join" or not any(c.dep_ == "auxpass" for c in tok.children):
        return None
    hosts = [party_named(s, sent) for s in subj if s.dep_ == "nsubjpass"]
    people = clause._with_conjuncts(clause.prep_objects(tok, "by"))
    if not hosts or not hosts[0] or not people or any(sent.party_of(p) for p in people):
        return None
    own = [p for p in sent.parties_in(t for x in people for t in x.subtree) if p != hosts[0]]
    return Reading("defected", own[0] if own else None, hosts[0], people, explicit=True,
                   needs_origin=not own)


def _relative_clause(tok: Token, subj: list[Token]) -> set[int]:
    """The words of a trigger's clause hanging inside its subject ("X, who defected and is
    now Alba's candidate"): they say what the change was, not who the person was."""
    words = {t.i for t in tok.subtree}
    return set() if any(s.i in words for s in subj) else words


def _the_party_joined(tok: Token, art: ParsedArticle) -> str | None:
    """"is likely to join the party soon": an unnamed party joined is the one the article
    tells people joining, when it tells only one."""
    objs = [o for o in tok.children if o.dep_ == "dobj" and o.lemma_.lower() == "party"]
    if not objs or any(c.dep_ == "poss" or c.lower_ in ("own", "new", "a", "another")
                       for c in objs[0].children):
        return None
    joined = [p for p in art.joined_parties if p != "Independent"]
    return joined[0] if len(joined) == 1 else None


def _listed(trig: Trigger, sent: ParsedSentence, art: ParsedArticle) -> Reading | None:
    """"- A, to the ANC": a line of a list of movers; the party left is the one the list's
    lead and the sentences before give."""
    tok = trig.token
    if tok.i not in sent.names:  # a bare list line gives the NER no context to go on
        run = [t for t in sent.doc[: tok.i + 1] if not t.is_punct]
        name = " ".join(t.text for t in run)
        if not 2 <= len(run) <= 5 or not looks_like_name(name):
            return None
        sent.names.update({t.i: name for t in run})
    to = [party_named(o, sent) for o in clause.prep_objects(tok, "to")]
    party_to = next((p for p in to if p), None)
    if party_to is None:
        return None
    party_from = context_party(sent, art, [], exclude=party_to)
    return Reading("defected", party_from, party_to, [tok], explicit=True, guessed=True)


def _welcome(trig: Trigger, sent: ParsedSentence) -> Reading | None:
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
    return Reading("defected", own[0], hosts[0], people, explicit=True)


def _acted_on(trig: Trigger, sent: ParsedSentence, art: ParsedArticle) -> Reading | None:
    """"Labour suspended X", "X was expelled from the party", "X was deselected by the SNP"."""
    tok = trig.token
    subj = _subjects(trig, sent)
    # "lost preselection": the person is the subject, as in a passive.
    passive = trig.nominal or _passive(tok) or (tok.dep_ == "conj" and _passive(tok.head)) or (
        tok.lemma_.lower() in _SUBJECT_LOSES and trig.kind == "deselected") or (
        tok.lemma_.lower() == "lose") or _be_complement(tok) or trig.kind == "appeal"
    if not subj and _reduced_relative(tok):
        subj, passive = [tok.head], True  # "Cllr X, suspended by the Tories last year, ..."
    if not subj and tok.dep_ == "amod":
        subj = _described_names(tok, sent)
        if not subj:
            return None
        passive = True
    actors = [] if passive else [s for s in subj if sent.party_of(s)]
    people = _sanctioned(tok, subj, passive, sent)
    named = [sent.party_of(s) for s in actors]
    held = [s for s in subj if s.lemma_.lower() in ("membership", "whip")]
    if held and tok.dep_ in ("ccomp", "xcomp", "oprd") and tok.head.lemma_.lower() == "have":
        # "have had their party membership suspended": the holders are the people
        people = clause.subjects(tok.head)
        named += sent.parties_in(held[0].subtree)
    kind = _caucus_sanction(_appeal_kind(trig, sent, art), tok, subj, passive, sent, art)
    for prep in ("by", "from", "of", "off"):
        for o in _party_side(clause.prep_objects(tok, prep), prep, sent):
            if prep in ("from", "of") and kind in _SANCTIONS and parliamentary(o):
                kind = "whip_removed"  # out of the party's group or caucus: loses the whip
            if party_named(o, sent):
                named.append(party_named(o, sent))
            elif kind == "deselected" and sent.parties_in(o.subtree):
                named += sent.parties_in(o.subtree)  # "kicked off the LNP's Senate ticket"
            elif o.lemma_.lower() not in PARTY_NOUNS | REMOVED_FROM.keys() and prep != "of" and (
                not (prep == "by" and _party_body(o, sent))
            ) and kind != "deselected":
                # suspended from the council, by a committee: not the party (only a party
                # picks its candidates: "beaten in a selection vote by a newcomer")
                return None
    if kind == "readmitted" and any(
        parliamentary(o) for p in ("into", "to") for o in clause.prep_objects(tok, p)
    ):
        kind = "whip_restored"  # back in the parliamentary party or group: the whip returned
    party = named[0] if named else context_party(sent, art, people, anchor=tok)
    party_to = party if kind == "readmitted" else None
    moved = _joined_before(people, tok, sent) if kind == "expelled" else None
    if moved and moved != party:
        # "A, who joined the NCP last week, was expelled from Congress": the expulsion only
        # follows the move the article reports; the change is the defection.
        return Reading("defected", party, moved, people, explicit=True)
    return Reading(kind, party, party_to, people, explicit=True)


def _described_names(adj: Token, sent: ParsedSentence) -> list[Token]:
    """The people a sanction word describes by name: "the expelled councillor, A,", "two of
    the suspended members, A and B," (a noun alone says nobody; a title, "suspended councillor
    A", is left to the sentences telling the suspension)."""
    noun = adj.head
    hosts = [noun]
    if noun.dep_ == "pobj" and noun.head.lower_ == "of":  # "two of the suspended members, A"
        hosts.append(noun.head.head)
    # the parser reads the names after "two of ..." as its apposition or its conjuncts
    named = [c for k, h in enumerate(hosts) for c in h.children
             if (c.dep_ == "appos" or k and c.dep_ == "conj" and h.tag_ == "CD")
             and (c.i in sent.names or c.pos_ == "PROPN")]
    return clause._with_conjuncts(named[:1])


def _appeal_kind(trig: Trigger, sent: ParsedSentence, art: ParsedArticle) -> str:
    """An appeal won against a sanction undoes it: the whip's return when the article is about
    the whip, otherwise readmission."""
    if trig.kind != "appeal":
        return trig.kind
    text = sent.text if re.search(r"\b(?:whip|suspension|expulsion|membership)\b",
                                  sent.text) else art.text
    return "whip_restored" if re.search(r"\bwhip\b", text) else "readmitted"


_MOVES = frozenset({"join", "defect", "switch", "move", "cross"})


def _joined_before(people: list[Token], tok: Token, sent: ParsedSentence) -> str | None:
    """The party an expelled person had already gone to, as the sentence tells it: "A, who
    joined the NCP last week, ...", "expelled B, days after he joined the BJP"."""
    verbs = [c for p in people for c in p.children if c.dep_ == "relcl"]
    verbs += [v for c in tok.children if c.dep_ in ("advcl", "prep", "npadvmod")
              for v in c.subtree if v.pos_ == "VERB" and any(
                  m.lower_ in ("after", "since") for m in v.subtree)]
    for verb in verbs:
        if verb.lemma_.lower() not in _MOVES:
            continue
        objs = clause.prep_objects(verb, "to") + [c for c in verb.children if c.dep_ == "dobj"]
        objs += [g for c in verb.children if c.dep_ == "prt" for g in clause.prep_objects(c, "to")]
        objs += [g for c in verb.children if c.lower_ == "over" for g in c.children
                 if g.dep_ == "pobj"]
        found = [party_named(o, sent) for o in objs if party_named(o, sent)]
        if found:
            return found[0]
    return None


# "failed to win reselection", "did not secure the nomination": the subject lost the candidacy.
_SUBJECT_LOSES = frozenset({"win", "secure", "gain", "get", "earn", "retain", "keep"})


def _sanctioned(tok: Token, subj: list[Token], passive: bool, sent: ParsedSentence) -> list[Token]:
    """Who a sanction's clause acted on: the subject of a passive, the object of an active."""
    # "X, who expelled Y": the relative clause's subject acted; its object was acted on
    relative = tok.dep_ == "relcl" and not any(c.dep_ == "dobj" for c in tok.children)
    people = [_of_object(s) for s in subj if not sent.party_of(s)] if (
        passive or relative) else []
    whom = [c for c in tok.children if c.dep_ == "dobj" and c.lower_ in ("whom", "who", "that")]
    if whom and tok.dep_ == "relcl" and not passive:  # "the MPP whom Delaney suspended"
        return [tok.head]
    if not people:  # active: "Labour suspended X", "voted to expel X"
        people = [o for o in tok.children if o.dep_ == "dobj" and not sent.party_of(o)]
        # "suspended the membership of two councillors, A and B"
        people = [_of_object(o) for o in people]
        people += [c for o in people for c in o.conjuncts]
    return people


_SANCTIONS = frozenset({"suspended", "expelled"})
_CAUCUS_RE = re.compile(r"\bcaucus\b", re.IGNORECASE)


def _caucus_sanction(
    kind: str, tok: Token, subj: list[Token], passive: bool, sent: ParsedSentence,
    art: ParsedArticle,
) -> str:
    """A suspension or expulsion by or from a caucus is the whip's: "the PC caucus voted to
    expel X", and in caucus copy a bare "was formally expelled on Monday" or "suspended him"
    whose sentence, or the one before, speaks of the caucus (explicit objects decide later)."""
    if kind not in _SANCTIONS:
        return kind
    if not passive and any(parliamentary(s) for s in subj):
        return "whip_removed"
    if any(c.dep_ in ("prep", "agent") and c.lower_ in ("from", "of", "by")
           for c in tok.children):
        return kind
    prev = art.sentences[sent.index - 1] if sent.index else None
    near = sent.text + (art.text[prev.start : prev.end] if prev else "")
    return "whip_removed" if _CAUCUS_RE.search(near) else kind


# The party's own bodies that suspend and expel: "suspended by his local association", "by the
# party's national executive", "by the branch".
_PARTY_BODIES = frozenset({"association", "branch", "executive", "nec", "leadership", "party",
                           "hierarchy", "headquarters", "hq", "panel"})


# Party posts whose holder acts for the party: "removed from caucus by Leader X", "suspended
# by the chief whip".
_PARTY_POSTS = frozenset({"leader", "whip", "chairman", "chairwoman", "chair", "president"})


def _party_body(o: Token, sent: ParsedSentence) -> bool:
    """A body of the party: one of its own bodies, any body the party owns ("Labour's
    disciplinary panel", "the Conservative association"), or its leader or whip ("by Leader
    X", "by the chief whip")."""
    posts = [o, *(c for c in o.children if c.dep_ in ("compound", "appos"))]
    return o.lemma_.lower() in _PARTY_BODIES or bool(sent.parties_in(o.subtree)) or any(
        t.lemma_.lower() in _PARTY_POSTS for t in posts)


def _party_side(objs: list[Token], prep: str, sent: ParsedSentence) -> list[Token]:
    """"suspended from committees and the local party": of several things someone is
    suspended from, the party ones (the others are council posts, not an affiliation)."""
    out = []
    for o in objs:
        group = [o, *o.conjuncts]
        partyish = [g for g in group if party_named(g, sent)
                    or g.lemma_.lower() in PARTY_NOUNS | REMOVED_FROM.keys()]
        out += partyish if partyish and prep == "from" else [o]
    if prep == "from" and len(out) > 1:
        # "from the party pending investigation", read as two objects: the party one counts
        partyish = [o for o in out if party_named(o, sent)
                    or o.lemma_.lower() in PARTY_NOUNS | REMOVED_FROM.keys()]
        out = partyish or out
    return out


def _reduced_relative(tok: Token) -> bool:
    """A participle describing a named person: "Cllr X, expelled from Labour in 2019, ..."."""
    return tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.pos_ == "PROPN"


def _be_complement(tok: Token) -> bool:
    """"was later re-instated", with the participle read as a complement of "was"."""
    return tok.dep_ in ("acomp", "attr") and tok.head.lemma_.lower() == "be"


def _passive(tok: Token) -> bool:
    """"was suspended", and its conjunct "was dismissed ... and suspended" ("had been
    de-selected": the auxiliary may hang on the prefix)."""
    return any(c.dep_ in ("auxpass", "nsubjpass")
               for h in (tok, *clause.hyphen_partner(tok)) for c in h.children)


def _of_object(tok: Token) -> Token:
    """Whose membership or whip: "X's membership", "the membership of X"."""
    if tok.lemma_.lower() in ("membership", "whip"):
        poss = [c for c in tok.children if c.dep_ == "poss"]
        if poss:
            return poss[0]
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                return next((g for g in c.children if g.dep_ == "pobj"), tok)
    return tok


def _named_after(tok: Token, sent: ParsedSentence) -> list[Token]:
    """The first named person after a token: "restored the whip to councillor X" even when
    the parser loses the preposition."""
    for t in sent.doc[tok.i + 1 :]:
        if t.lower_ not in ("to", "from") and t.i == tok.i + 1:
            return []  # only "whip to/from X" or "whip withdrawn from X"
        if t.i in sent.names:
            last = t
            while last.i + 1 < len(sent.doc) and last.i + 1 in sent.names:
                last = sent.doc[last.i + 1]
            return [last]
    return []


def _whip(trig: Trigger, sent: ParsedSentence, art: ParsedArticle) -> Reading | None:
    tok = trig.token
    whip = next((t for t in sent.doc if t.lower_ == "whip"), None)
    subj = _subjects(trig, sent)
    if not subj and whip is not None and tok.head.i == whip.i:  # "had the whip withdrawn"
        subj = clause.subjects(whip.head)
    # "The party has restored the whip to X": the party noun is the actor, not the person.
    people = [s for s in subj if not sent.party_of(s) and s.lemma_.lower() not in PARTY_NOUNS]
    if not people:
        people = clause.prep_objects(tok, "from") + clause.prep_objects(tok, "to")
    if not people and tok.head.i != tok.i:  # "after having the whip suspended"
        people = [s for s in clause.subjects(tok.head)
                  if not sent.party_of(s) and s.lower_ != "whip"]
    if not people and whip is not None:
        people = [c for c in whip.children if c.dep_ == "poss"] or _named_after(whip, sent)
    named = sent.parties_in(whip.subtree) if whip is not None else []
    named += [sent.party_of(s) for s in subj if sent.party_of(s)]
    party = named[0] if named else context_party(sent, art, people, anchor=tok)
    return Reading(trig.kind, party, None, people, explicit=True)
