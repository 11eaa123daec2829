"""Reading a joining or defection ("joined Reform", "defected to the Greens from Labour",
"welcomed X into the party", a list line "- A, to the ANC"): the party joined and the one left."""

from __future__ import annotations

from spacy.tokens import Token

from floorcross.extract import clause
from floorcross.extract.factuality import WILL
from floorcross.extract.mentions import ParsedSentence, looks_like_name
from floorcross.extract.origins import context_party
from floorcross.extract.parse import ParsedArticle
from floorcross.extract.party_naming import party_by_compound, party_named
from floorcross.extract.trigger_kinds import FOUNDING, Trigger
from floorcross.extract.trigger_reading import Reading, clause_anchors, subjects


def joined_party(tok: Token, sent: ParsedSentence) -> str | None:
    """"quit Labour to join Reform", "left the Tories for the Lib Dems", "... and joined X"."""
    for o in clause.prep_objects(tok, "for") + clause.prep_objects(tok, "to"):
        if party_named(o, sent):
            return party_named(o, sent)
    # "quit the NDP caucus in order to sit with the Liberals": the joining hangs on the object
    nested = [g for o in clause.objects(tok) for g in o.children if g.dep_ in ("acl", "relcl")]
    for c in [*tok.conjuncts, *tok.children, *nested]:
        if _someone_else(c):
            continue
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


def _someone_else(verb: Token) -> bool:
    """A clause with a named subject of its own hanging on the leaving ("... to leave his party
    since 2009, when Rep. Y switched from Democrat to Republican"): another person's move."""
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.pos_ == "PROPN" for c in verb.children)


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
    if not any(a.dep_ == "aux" and a.lower_ in WILL for a in verb.children):
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


def read_join(trig: Trigger, sent: ParsedSentence, art: ParsedArticle) -> Reading | None:
    """A joining, defection, move or rejoining: the party joined and, where the clause or the
    context gives it, the one left."""
    tok = trig.token
    if _crossed_in_a_vote(tok):
        return None
    subj = subjects(trig, sent)
    joined_by = _joined_by(tok, subj, sent)
    if joined_by is not None:
        return joined_by
    anchors = clause_anchors(trig)
    to = [party_named(o, sent) for a in anchors for o in clause.prep_objects(a, "to")]
    # "joined Reform" (read as an object, or as an adverb by a confused parser)
    to += [party_named(o, sent) for o in tok.children
           if o.dep_ in ("dobj", "advmod", "npadvmod", "attr", "oprd")]
    if not any(to):  # "has joined him in the Workers Party"
        to += [party_named(o, sent) for a in anchors for o in clause.prep_objects(a, "in")]
    to = [p for p in to if p]
    if not to and trig.kind == "join":  # "to join the MK party": a name the register lacks
        to = [p for o in tok.children if o.dep_ == "dobj" and (p := party_by_compound(o))]
    if not to and trig.kind == "join" and any(c.dep_ == "prt" and c.lower_ == "up"
                                              for c in tok.children):
        # "to join up with Alba": the party is the partner of "with"
        to = [p for o in clause.prep_objects(tok, "with") if (p := party_named(o, sent))]
    clause_words = _relative_clause(tok, subj)
    own = _subject_affiliations(subj, sent, clause_words)
    joined = joined_party(tok, sent)
    party_to = to[0] if to else joined or _the_party_joined(tok, art, own)
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
    own = [p for p in own if p != party_to]
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


# What is decided by a show of hands: crossing the floor in one is a vote, not a move.
_VOTES = frozenset({"vote", "votes", "election", "ballot", "division", "motion", "budget",
                    "debate", "poll"})


def _crossed_in_a_vote(tok: Token) -> bool:
    """"crossed the floor in Monday night's election to secure the mayoralty", "crossed the
    floor to vote with the Tories on the budget": sided with opponents once, still a member."""
    if tok.lemma_.lower() != "cross" or not any(o.lower_ == "floor" for o in clause.objects(tok)):
        return False
    in_vote = any(o.lower_ in _VOTES for p in ("in", "on", "during", "at")
                  for o in clause.prep_objects(tok, p))
    to_vote = any(c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in ("vote", "back", "support")
                  for c in tok.children)
    return in_vote or to_vote


def _subject_affiliations(subj: list[Token], sent: ParsedSentence,
                          clause_words: set[int]) -> list[str]:
    """The parties the subject's own words give the person, an independent's standing
    included ("X, who had been an Independent councillor, ...", "the independent TD X")."""
    words = [t for s in subj for t in s.subtree if t.i not in clause_words]
    own = sent.parties_in(words)
    if "Independent" not in own and any(
            t.lower_ == "independent" and t.head.lower_ != "party" and (
                t.dep_ in ("amod", "compound", "attr", "appos")
                or t.dep_ == "pobj" and t.head.lower_ == "as")  # "elected as an independent"
            for t in words):
        own = [*own, "Independent"]
    return own


def _relative_clause(tok: Token, subj: list[Token]) -> set[int]:
    """The words of a trigger's clause hanging inside its subject ("X, who defected and is
    now Alba's candidate"): they say what the change was, not who the person was."""
    words = {t.i for t in tok.subtree}
    return set() if any(s.i in words for s in subj) else words


def _the_party_joined(tok: Token, art: ParsedArticle, own: list[str]) -> str | None:
    """"is likely to join the party soon": an unnamed party joined is the one the article
    tells people joining, when it tells only one. Someone the clause gives another
    affiliation ("X, who had been an independent councillor, joined the party") joined the
    party the story is about."""
    objs = [o for o in tok.children if o.dep_ == "dobj" and o.lemma_.lower() == "party"]
    if not objs or any(c.dep_ == "poss" or c.lower_ in ("own", "new", "a", "another")
                       for c in objs[0].children):
        return None
    joined = [p for p in art.joined_parties if p != "Independent"]
    if len(joined) == 1:
        return joined[0]
    story = art.dominant_party
    return story if not joined and own and story and story not in own else None


def read_listed(trig: Trigger, sent: ParsedSentence, art: ParsedArticle) -> Reading | None:
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


def read_welcome(trig: Trigger, sent: ParsedSentence) -> Reading | None:
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
