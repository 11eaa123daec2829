"""Deselection told without the word: not picked again, kept from standing, outvoted in a
selection contest, or a candidacy withdrawn."""

from __future__ import annotations

from spacy.tokens import Token

from floorcross.extract.trigger_kinds import CANDIDACY_NOUNS, Trigger

# Verbs for a party choosing its candidate; negated, the sitting member was dropped.
SELECT_VERBS = frozenset({"select", "reselect", "pick", "choose", "preselect", "endorse",
                          "reendorse", "nominate", "renominate", "shortlist"})
# Verbs whose object or subject the party chose again, so a candidacy is implied.
_AGAIN_VERBS = frozenset({"reselect", "preselect", "reendorse", "renominate"})
# The governing verbs that make a selection verb's outcome a refusal: "failed to be reselected",
# "declined to endorse him again".
REFUSING = frozenset({"fail", "refuse", "decline"})
_WIN_VERBS = frozenset({"win", "secure", "gain", "get", "earn", "retain", "keep"})
STAND_VERBS = frozenset({"stand", "run", "contest", "fight", "seek"})
# Verbs keeping someone from standing: "blocked from standing", "barred from running again".
_KEPT_FROM = frozenset({"block", "stop", "bar", "prevent", "ban", "exclude"})
# What someone can lose in a party's choice of candidate: "lost a selection ballot", "lost out
# in the reselection vote", "lost preselection".
_SELECTION_WORDS = frozenset({"selection", "reselection", "preselection"})
_CANDIDACY_WORDS = frozenset({"candidate", "candidates", "candidacy", "nominee", "standard",
                              "election", "elections", "seat", "ward", "division", "poll"})


def _base(tok: Token) -> str:
    """The lemma, with the stems the lemmatiser gets wrong ("reselecte") set right."""
    low = tok.lemma_.lower()
    doc = tok.doc
    if tok.lower_ in ("re", "pre") and tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-":
        low = tok.lower_ + doc[tok.i + 2].lower_  # "re-selected", split at the hyphen
    elif tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ in ("re", "pre"):
        low = doc[tok.i - 2].lower_ + tok.lower_
    for stem in ("reselect", "preselect", "deselect", "reendors", "renominat"):
        if low.startswith(stem):
            return {"reendors": "reendorse", "renominat": "renominate"}.get(stem, stem)
    return low


def refusal(tok: Token, lemma: str | None = None) -> list[Token]:
    """The words that make a party's choice of candidate a refusal: the negation of "was not
    re-selected" / "decided not to reselect her" and the "failed" of "failed to be reselected";
    empty when the choice was not refused or it is not about standing for election."""
    lemma = lemma or _base(tok)
    won = lemma in _WIN_VERBS and _selection_contest(tok)  # "failed to win reselection"
    if not won and (lemma not in SELECT_VERBS or not _about_candidacy(tok, lemma)):
        return []
    negs = [c for c in tok.children if c.dep_ == "neg"]
    if not negs and tok.dep_ in ("acomp", "attr", "advcl") and tok.head.lemma_ == "be":
        negs = [c for c in tok.head.children if c.dep_ == "neg"]  # "was not re-selected"
    if not negs and tok.dep_ == "xcomp" and tok.head.lemma_.lower() in REFUSING:
        negs = [tok.head]
    if any(c.lower_ == "yet" for n in negs for c in (*n.head.children, *tok.children)):
        return []  # "has not yet been selected": still to be decided
    return negs


def _about_candidacy(tok: Token, lemma: str) -> bool:
    """"re-selected", "picked to stand again", "not selected as a candidate", "not chosen for
    the ward": a choice of candidate, not of a committee or a team."""
    if lemma in _AGAIN_VERBS:
        return True
    scope = [tok, *([tok.head] if tok.dep_ in ("acomp", "attr") else [])]
    for t in (w for s in scope for c in s.children if c.dep_ != "nsubj" and c.dep_ != "nsubjpass"
              for w in c.subtree):
        if t.lemma_.lower() in STAND_VERBS and t.pos_ == "VERB" or t.lower_ == "again":
            return True
        if t.lower_ in _CANDIDACY_WORDS and t.dep_ == "pobj" and t.head.lower_ in ("as", "for"):
            return True
    # "not being chosen by their party to fight for their seats", the purpose hung elsewhere
    after = tok.doc[tok.i + 1 : tok.i + 8]
    return any(t.lemma_.lower() in STAND_VERBS and t.pos_ == "VERB" and t.i > 0
               and tok.doc[t.i - 1].lower_ == "to" for t in after)


def candidacy_lost(tok: Token, lemma: str) -> Trigger | None:
    """"was not re-selected", "failed to win reselection", "blocked from standing", "lost a
    selection ballot": the party did not choose the sitting member again."""
    if refusal(tok, lemma if lemma in SELECT_VERBS else _base(tok)):
        return Trigger(tok, "deselected", acted_on=True)
    if lemma in _KEPT_FROM and _from_standing(tok):
        return Trigger(tok, "deselected", acted_on=True)
    if lemma in ("lose", "beat", "defeat") and _selection_contest(tok):
        return Trigger(tok, "deselected", acted_on=True)
    if lemma in ("overlook", "reject", "snub", "pass") and _passed_over(tok):
        return Trigger(tok, "deselected", acted_on=True)  # "was rejected as a candidate"
    if lemma in ("deny", "refuse") and any(c.dep_ == "auxpass" for c in tok.children) and any(
        c.dep_ == "dobj" and c.lemma_.lower() in CANDIDACY_NOUNS | _SELECTION_WORDS
        for c in tok.children
    ):  # "was denied the nomination", "was refused preselection"
        return Trigger(tok, "deselected", acted_on=True)
    return None


def _from_standing(tok: Token) -> bool:
    """"blocked him from standing for re-election", "barred from running again"."""
    return any(g.lemma_.lower() in STAND_VERBS and g.dep_ == "pcomp"
               for c in tok.children if c.dep_ == "prep" and c.lower_ == "from"
               for g in c.children)


def _selection_contest(verb: Token) -> bool:
    """The verb's object, or what it lost out in, is a party's choice of candidate: "lost a
    selection ballot", "lost out in the reselection vote", "failed to win reselection"."""
    objs = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    # "lost out in the selection vote", "lost out to a rival in the party's selection vote"
    objs += [g for c in verb.children if c.dep_ in ("prep", "prt", "dobj")
             for p in c.subtree if p.dep_ == "prep" and p.lower_ in ("in", "at", "on")
             for g in p.children if g.dep_ == "pobj"]
    return any(o.lemma_.lower() in _SELECTION_WORDS or any(
        c.dep_ == "compound" and c.lemma_.lower() in _SELECTION_WORDS for c in o.children)
        for o in objs)


def _passed_over(verb: Token) -> bool:
    """"was rejected as the party's candidate", "was overlooked for reselection"."""
    if not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    for prep in (c for c in verb.children if c.dep_ == "prep"):
        for o in (g for g in prep.children if g.dep_ == "pobj"):
            if prep.lower_ == "as" and o.lower_ in ("candidate", "nominee"):
                return True
            if prep.lower_ == "for" and o.lemma_.lower() in _SELECTION_WORDS:
                return True
    return False


def as_candidate(noun: Token) -> bool:
    """A noun taken "as candidate" or "as nominee": "his removal as the party's candidate"."""
    return any(g.lower_ in ("candidate", "nominee") for c in noun.children
               if c.dep_ == "prep" and c.lower_ == "as" for g in c.children)


def pending_deselection(noun: Token) -> bool:
    """"a deselection vote", "faces deselection": a process under way, not its outcome."""
    if noun.lemma_.lower() != "deselection":
        return False
    return noun.dep_ == "compound" or any(
        c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)
