"""Reading a sanction or its undoing ("Labour suspended X", "X was expelled from the party",
"had the whip restored"): the kind, the party acting, and who was acted on."""

from __future__ import annotations

import re

from spacy.tokens import Token

from floorcross.extract import clause
from floorcross.extract.mentions import ParsedSentence
from floorcross.extract.origins import context_party
from floorcross.extract.parse import ParsedArticle
from floorcross.extract.party_naming import party_named
from floorcross.extract.trigger_kinds import PARTY_NOUNS, REMOVED_FROM, Trigger
from floorcross.extract.trigger_reading import Reading, subjects
from floorcross.extract.verb_triggers import parliamentary


def read_acted_on(trig: Trigger, sent: ParsedSentence, art: ParsedArticle) -> Reading | None:
    """"Labour suspended X", "X was expelled from the party", "X was deselected by the SNP"."""
    tok = trig.token
    subj = subjects(trig, sent)
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


def read_whip(trig: Trigger, sent: ParsedSentence, art: ParsedArticle) -> Reading | None:
    """The whip withdrawn or restored, told around the word "whip"."""
    tok = trig.token
    whip = next((t for t in sent.doc if t.lower_ == "whip"), None)
    subj = subjects(trig, sent)
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
