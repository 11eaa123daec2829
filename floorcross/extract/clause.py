"""Reading one trigger's clause: who did it and what was left. (Whether it happened at all,
and whether the writer vouches for it, is factuality.py.)"""

from __future__ import annotations

from spacy.tokens import Token

CLIMB_DEPS = frozenset({
    "xcomp", "conj", "advcl", "pcomp", "prep", "pobj", "acomp", "oprd", "ccomp",
})
# Nouns naming someone's act, whose actor is in a possessive or a "by" phrase: "X's decision to
# quit", "the decision by X to defect", "the switch made by X".
ACT_NOUNS = frozenset({"decision", "choice", "move", "switch", "defection", "resignation",
                       "departure", "exit", "defections", "resignations", "departures"})
# Verbs and prepositions that introduce the members of a group: "the councillors to quit
# include A and B", "the wave of defections, which include A".
_INCLUDE = frozenset({"include", "comprise", "be"})
SPEECH = frozenset({"say", "tell", "explain", "add", "write", "announce", "confirm", "state"})


def subjects(tok: Token) -> list[Token]:
    """Grammatical subjects of the trigger's clause, climbing through "decided to leave",
    "believed to have resigned", "spoke about ... by leaving", "but left" (a conjunct)."""
    cur = tok
    also: list[Token] = []  # "A joined B in quitting": B did it too
    for _ in range(5):
        found = [c for c in cur.children if c.dep_ in ("nsubj", "nsubjpass")]
        if not found:  # "X has been de-selected": the subject hung on the auxiliary
            found = [g for h in (cur, *hyphen_partner(cur)) for c in h.children
                     if c.dep_ in ("aux", "auxpass")
                     for g in c.children if g.dep_ in ("nsubj", "nsubjpass")]
        if found and cur.dep_ == "relcl" and found[0].lower_ in ("who", "that"):
            return _relative_antecedent(cur.head)
        if found and found[0].lemma_.lower() in ACT_NOUNS and cur.dep_ == "ccomp" and any(
                c.dep_ == "aux" and c.lower_ == "to" for c in cur.children):
            cur = cur.head  # "has made the decision to quit", misread: the decision's maker
            continue
        if found:
            return _with_conjuncts(_named_later(found, cur)) + also
        if cur.dep_ == "pcomp" and cur.head.lower_ == "in" and (
            cur.head.head.lemma_.lower() == "join"
        ):  # "A and B have joined C in not being chosen to stand again"
            also = [o for o in cur.head.head.children if o.dep_ == "dobj" and o.pos_ == "PROPN"]
            also = _with_conjuncts(also)
        if cur.dep_ == "relcl":  # "councillor X, who quit Labour" -> X
            return _relative_antecedent(cur.head)
        if cur.dep_ == "acl" and cur.head.dep_ in ("attr", "appos"):
            cur = cur.head.head  # "X is the third MP to defect" -> X
            continue
        if cur.dep_ == "acl" and cur.head.ent_type_ == "PERSON" and cur.tag_ == "VBD":
            return [cur.head]  # a misparse: "X, the MP for Y, revealed ..." read as a noun
        if cur.dep_ == "acl" and cur.head.dep_ == "pobj" and cur.head.head.lower_ == "among":
            return _relative_antecedent(cur.head)  # "X is among those walking away from"
        if cur.dep_ in ("acl", "relcl") and cur.head.lemma_.lower() in ACT_NOUNS:
            return nominal_subjects(cur.head)  # "the decision by X to defect"
        if cur.dep_ == "ccomp" and cur is not tok:
            return []
        if cur.head.i == cur.i:
            return _person_just_before(cur)
        if cur.dep_ not in CLIMB_DEPS and not _loose_conjunct(cur):
            return []
        cur = cur.head
    return []


def _loose_conjunct(verb: Token) -> bool:
    """"defected to the Tories, then returned to Labour", with the second verb left
    unattached by the parser: a verb hanging on a verb, sharing its subject."""
    return verb.dep_ == "dep" and verb.pos_ == "VERB" and verb.head.pos_ in ("VERB", "AUX")


def hyphen_partner(tok: Token) -> list[Token]:
    """The other piece of a prefixed verb split at its hyphen ("de" of "de-selected"), on
    which the parser may hang the clause's subject."""
    doc = tok.doc
    if tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ in ("de", "re", "dis"):
        return [doc[tok.i - 2]]
    return []


_POSTS = frozenset({"leader", "chair", "chairman", "chairwoman", "spokesperson", "spokesman",
                    "spokeswoman", "secretary", "director", "president", "mayor"})


def _named_later(found: list[Token], verb: Token) -> list[Token]:
    """"When he resigned, Cllr X accused the party ...": a pronoun in a clause put before the
    main one stands for the main clause's named subject."""
    if len(found) != 1 or found[0].lower_ not in ("he", "she") or verb.dep_ != "advcl":
        return found
    main = verb.head
    if verb.i > main.i:
        return found
    subj = [c for c in main.children if c.dep_ in ("nsubj", "nsubjpass") and c.i > verb.i]
    if subj and subj[0].pos_ == "PROPN" and not any(
        t.lower_ in _POSTS for t in subj[0].subtree
    ):
        return subj
    return found


def _person_just_before(verb: Token) -> list[Token]:
    """A name the model failed to parse as the subject ("Cllr Jo Pike quit Labour", with the
    name read as adverbs): a PERSON right before the main verb, auxiliaries aside."""
    i = verb.i - 1
    while i >= 0 and verb.doc[i].pos_ in ("AUX", "PART") and verb.doc[i].dep_ in ("aux", "neg"):
        i -= 1
    if i < 0 or verb.doc[i].ent_type_ != "PERSON":
        return []
    return [verb.doc[i]]


def _relative_antecedent(head: Token) -> list[Token]:
    """"councillor X, who quit Labour" -> X; "X was among those who quit" and "X is one of the
    councillors who quit" -> X; "Senator X, a Democrat who switched ..." -> X."""
    if head.dep_ == "appos" and head.tag_ not in ("NNS", "NNPS"):
        return [head.head]
    named = [c for c in head.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
    if named and head.pos_ == "NOUN" and head.tag_ not in ("NNS", "NNPS"):
        return named  # "his son Chris, who left": the name, not the noun it explains
    if head.dep_ == "attr":  # "X has become the latest councillor to quit"
        found = [c for c in head.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        if found:
            return _with_conjuncts(found)
    if head.dep_ == "pobj" and (head.head.lower_ == "among" or head.head.lower_ == "of" and (
        head.tag_ in ("NNS", "NNPS") or head.lower_ in ("those", "them")
    )):
        gov = head.head.head
        while gov.dep_ in ("attr", "pobj", "prep", "acomp") and gov.head.i != gov.i:
            gov = gov.head
        found = [c for c in gov.children if c.dep_ in ("nsubj", "nsubjpass")]
        if found:
            return found
    return [head]


def nominal_subjects(tok: Token) -> list[Token]:
    """Whose change a noun names: "his defection", "Ms X's resignation", "the suspension of
    X", "announced her resignation" (the subject of the verb)."""
    poss = [c for c in tok.children if c.dep_ == "poss"]
    holders = _had_done(tok)
    if holders and (not poss or poss[0].pos_ == "PRON"):
        return holders  # "A and B have had their suspensions lifted": the holders, all named
    if poss and poss[0].lower_ == "whose":  # "X, whose suspension was lifted in March"
        rel = next((a for a in tok.ancestors if a.dep_ == "relcl"), None)
        return _relative_antecedent(rel.head) if rel is not None else []
    if poss and poss[0].pos_ == "PRON" and tok.dep_ == "dobj" and (
        tok.head.lemma_.lower() in _OWN_ANNOUNCING
    ):  # "X announced his departure from the party": X's own
        # a name, not a title with an article ("The Rep. ... announced his switch")
        named = [s for s in subjects(tok.head) if s.pos_ == "PROPN" and not any(
            c.dep_ == "det" for c in s.children)]
        return named or poss
    if poss and poss[0].pos_ == "PRON":
        return _bound_owner(tok) or poss
    if poss:
        return poss
    of = [g for c in tok.children if c.dep_ == "prep" and c.lower_ in ("of", "by")
          for g in c.children if g.dep_ == "pobj"]
    # "the switch already made by A and B"
    of += [g for v in tok.children if v.dep_ == "acl" for c in v.children
           if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if of:
        # "by A, B and mayor C": the parser hangs the last name as an apposition of the first
        of += [a for o in of for a in o.children if a.dep_ == "appos" and a.ent_type_ == "PERSON"]
        return _with_conjuncts(of)
    if tok.dep_ in ("dobj", "nsubjpass") and tok.head.lemma_.lower() not in _REACTING:
        return subjects(tok.head)
    return []


def _bound_owner(noun: Token) -> list[Token]:
    """The named subject a possessive stands for inside its own clause: "X, the former TD who
    is founding a new party following his own resignation from it" -> X; "Cllr Y, who
    left after her expulsion" -> Y. Only where the clause binds the pronoun: a relative
    clause on the person, or "own"; elsewhere "his" may be anyone the story follows."""
    if noun.dep_ != "pobj":
        return []
    verb = noun.head.head
    if verb.pos_ not in ("VERB", "AUX"):
        return []
    own = any(c.lower_ == "own" for c in noun.children)
    relative = verb.dep_ == "relcl" and any(
        c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("who", "that") for c in verb.children)
    if not (own or relative):
        return []
    found = subjects(verb)
    return found if found and all(f.pos_ == "PROPN" for f in found) else []


# Verbs of someone reacting to another's change: "the Green leader welcomed both defections".
_REACTING = frozenset({
    "welcome", "hail", "celebrate", "praise", "applaud", "greet", "criticise", "criticize",
    "condemn", "slam", "blast", "attack", "mock", "blame", "regret", "lament", "question",
    "mourn", "rue",
})


# Verbs whose subject makes known their own change: "X announced his resignation".
_OWN_ANNOUNCING = frozenset({"announce", "confirm", "tender", "submit", "hand", "reveal",
                             "declare"})


def _had_done(noun: Token) -> list[Token]:
    """The subjects of "have" in "X has had her suspension lifted / membership restored"."""
    verb = noun.head
    if noun.dep_ not in ("nsubj", "nsubjpass", "dobj") or verb.dep_ not in ("ccomp", "xcomp"):
        return []
    if verb.head.lemma_.lower() != "have":
        return []
    return subjects(verb.head)


def include_verb(tok: Token) -> Token | None:
    """The verb listing the members of the group a trigger describes: "the councillors to quit
    Labour include ...", "defections, which include ...", "the wave of defections, which
    include ..."; the names follow it."""
    nouns = [tok]
    if tok.dep_ in ("acl", "relcl"):
        nouns = [tok.head]
    if nouns[0].dep_ == "pobj" and nouns[0].head.head.pos_ in ("NOUN", "PROPN"):
        nouns.append(nouns[0].head.head)  # "the wave of defections"
    for n in nouns:
        for c in n.children:
            if c.dep_ == "relcl" and c.lemma_.lower() in _INCLUDE - {"be"}:
                return c
        if n.dep_ == "nsubj" and n.head.lemma_.lower() in _INCLUDE and n.head.i > tok.i:
            return n.head
    return None


def _with_conjuncts(toks: list[Token]) -> list[Token]:
    out = []
    for t in toks:
        out.append(t)
        out.extend(c for c in t.conjuncts if c.i > t.i)
    return out


def objects(tok: Token) -> list[Token]:
    """Direct objects and prepositional objects (from/to/for/as/with/over) of the trigger."""
    out = []
    for c in tok.children:
        if c.dep_ in ("dobj", "attr", "oprd"):
            out.append(c)
        elif c.dep_ in ("prep", "agent", "dative"):
            out.extend(g for g in c.children if g.dep_ == "pobj")
        elif c.dep_ == "advmod" and c.lower_ == "away":  # "walked away from Labour"
            out.extend(prep_objects(c, "from"))
    return out


def prep_objects(tok: Token, prep: str) -> list[Token]:
    out = []
    for c in tok.children:
        if c.dep_ in ("prep", "agent") and c.lower_ == prep:
            out.extend(g for g in c.children if g.dep_ == "pobj")
    return out


def speech_subject(sent) -> Token | None:
    """The subject of a speech verb in the sentence ("Ammar told Socialist Worker"); when the
    parser found none, the last proper noun before the verb ("..., Cllr X, who ..., said:")."""
    for t in sent:
        if t.lemma_.lower() in SPEECH and t.pos_ == "VERB":
            for c in t.children:
                if c.dep_ == "nsubj":
                    return c
            before = [x for x in sent[: t.i - sent[0].i] if x.ent_type_ == "PERSON"]
            if before:
                return before[-1]
    return None
