"""Reading one trigger's clause: who did it, what was left, whether it happened at all,
and whether the writer vouches for it."""

from __future__ import annotations

import re

from spacy.tokens import Token

from floorcross.extract.triggers import refusal

# A governing word that turns the change into something that did not (yet) happen.
BLOCK_LEMMAS = frozenset({
    "call", "urge", "ask", "demand", "threaten", "consider", "mull", "weigh", "contemplate",
    "deny", "dismiss", "refuse", "reject", "pressure", "encourage", "invite", "challenge",
    "want", "hope", "wish", "rumour", "speculation", "threat", "question", "decline",
    "resist", "tempt", "rule", "warn", "vow", "insist", "fail", "try", "attempt", "seek",
    "face", "risk", "talk", "could", "would", "might", "should", "may", "must", "plead", "beg",
    "tell", "order", "advise", "pledge", "promise", "offer", "lobby", "push",
    "apply", "application", "bid",  # "applies to rejoin the party": not yet decided
    "minded", "tempted",  # "had been minded to quit": an inclination
    "avoid", "escape", "survive", "dodge",  # "narrowly avoided losing the selection vote"
})
# Verbs that report a fact ("told the paper she had quit") and only block a demand
# ("told him to quit").
REPORTING = frozenset({"tell", "warn", "insist", "vow", "pledge", "promise", "order", "advise"})
BLOCK_MODALS = frozenset({"would", "could", "might", "should", "may", "must", "ca", "cannot"})
FUTURE = frozenset({"will", "'ll", "shall", "wo", "would"})
WILL = frozenset({"will", "'ll", "shall"})
# Verbs whose reported "would" is a future in the past: "announced that he would leave".
ANNOUNCING = frozenset({"say", "announce", "confirm", "tell", "reveal", "declare", "write",
                        "state", "add", "explain", "inform", "disclose"})
DECLARING = frozenset({"announce", "confirm", "reveal", "declare"})
# Nouns for a rumour that a denial governs: "angrily rejected reports that she was about to switch".
RUMOUR_NOUNS = frozenset({"claim", "suggestion", "report", "rumour", "speculation", "story",
                          "allegation", "talk", "idea"})
DENYING = frozenset({"deny", "dismiss", "reject", "rubbish", "hit", "slam", "laugh", "brush",
                     "scotch", "quash", "refute", "play", "pour", "insist", "rebuff"})
# "no intention of", "zero chance that I will": the noun that carries the negation.
NEGATED_NOUNS = frozenset({"plan", "intention", "chance", "prospect", "question", "way",
                           "possibility", "desire", "interest", "likelihood", "danger"})
HEDGE_LEMMAS = frozenset({
    "believe", "understand", "report", "rumour", "think", "expect", "set", "tip", "poise",
    "plan", "intend", "likely", "allege", "claim", "suggest", "prepare", "poised", "due",
    "going", "expected", "understood", "believed", "reported", "thought", "verge", "brink",
})
HEDGE_RE = re.compile(
    r"\b(?:reportedly|allegedly|understood|understands|believed|rumou?red"
    r"|according to (?:sources|reports|a source|insiders|people|those)"
    r"|sources?\b(?: close| said| told| say)|is said to|are said to|was said to"
    r"|set to|expected to|poised to|tipped to|thought to|is likely to|it is claimed)\b",
    re.IGNORECASE,
)
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


def _chain(tok: Token, limit: int = 6) -> list[Token]:
    """The trigger and the words governing it, up to the sentence root."""
    out = [tok]
    while out[-1].head.i != out[-1].i and len(out) < limit:
        out.append(out[-1].head)
    return out


# A sanction a party only means to impose: "UKIP plans to expel him", "Labour has moved to
# suspend her", "is to begin proceedings to expel". Not yet done, so not an event (like
# "considering"); "is set to be expelled" stays a hedged event.
INTENT_LEMMAS = frozenset({
    "plan", "move", "intend", "seek", "look", "aim", "prepare", "begin", "start", "launch",
    "initiate", "proceeding", "proceedings", "process", "step", "action", "bid", "attempt",
})
_SWIFT = frozenset({"swiftly", "quickly", "immediately", "rapidly", "promptly", "fast", "today",
                    "yesterday", "later"})
# A motion decides nothing until it is carried: "a motion to suspend X will be debated".
MOTION_NOUNS = frozenset({"motion", "proposal", "resolution", "recommendation", "vote"})
PASSED = frozenset({"carry", "pass", "approve", "back", "agree", "adopt", "support", "endorse",
                    "ratify", "uphold", "accept", "rubber", "succeed", "win"})


def _motion_pending(t: Token) -> bool:
    """A motion or proposal not (or not yet) carried: tabled, debated, defeated, due."""
    if t.lemma_.lower() not in MOTION_NOUNS or t.pos_ != "NOUN":
        return False
    verb = t.head
    if verb.lemma_.lower() not in PASSED:
        return True
    return any(c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in FUTURE)
               for c in verb.children)


def _intended(t: Token) -> bool:
    """"plans to expel", "moved to suspend" (not "moved swiftly to suspend", a done deed)."""
    if t.lemma_.lower() not in INTENT_LEMMAS:
        return False
    if t.pos_ == "NOUN" and t.head.lemma_.lower() in PASSED:
        return False  # "the move to expel him was approved"
    return not any(c.lower_ in _SWIFT for c in t.children)


def is_blocked(tok: Token, allow_modal: bool = False, sanction: bool = False) -> bool:
    """Negated, conditional, modal, wished-for, threatened, called for, denied or asked; with
    `sanction` (a party acting on someone), also only intended or put to a vote not carried."""
    if _alternative(tok):
        return True
    chain = _chain(tok)
    # "was not re-selected", "failed to win reselection": the refusal is the change itself
    told = {t.i for t in refusal(tok)}
    for i, t in enumerate(chain):
        if t.i in told:
            continue
        if i > 1 and _done_act(chain[i - 1]):
            break  # "the fall-out from the decision by X to quit": told as a fact
        if i > 1 and chain[i - 1].dep_ in ("nsubj", "nsubjpass"):
            break  # "Cllr X, suspended in May, hopes to ...": the subject's own description
        if i and any(c.dep_ in ("nsubj", "nsubjpass") and c.lemma_.lower() in _DEMANDS
                     for c in t.children):
            return True  # "Calls have been made for X to quit", "pressure is mounting on X"
        if i and sanction and (_intended(t) or _motion_pending(t)):
            return True
        # "I cannot go on ... and so I am tendering my resignation": a conjunct's or a
        # governing clause's negation and modal are their own.
        own = i == 0 or chain[i - 1].dep_ not in ("conj", "ccomp")
        for c in t.children:
            low = c.lower_
            if (not own and c.dep_ in ("neg", "aux")) or c.i in told:
                continue
            if c.dep_ == "neg" and (i == 0 or t.pos_ in ("VERB", "AUX")):
                return True
            if c.dep_ in ("det", "amod", "nummod") and low in ("no", "zero", "nil", "little") and (
                t.lemma_.lower() in NEGATED_NOUNS
            ):
                return True
            if c.dep_ == "mark" and low in ("if", "unless", "whether"):
                return True
            if i <= 1 and c.dep_ == "advmod" and low in NEAR_MISS:
                return True  # "almost left the party", "very nearly quit"
            if i <= 1 and c.dep_ == "aux" and low in BLOCK_MODALS and not (
                allow_modal or (low == "would" and _reported_future(t))
            ):
                return True
        # the lemmatiser reads "hopes" as "hop"
        lemma = "hope" if t.lower_.startswith("hope") else t.lemma_.lower()
        if i and lemma in RUMOUR_NOUNS and _denied(t):
            return True
        if i and _past_brink(t):
            return True
        if i and lemma in ("think", "dream", "talk") and chain[i - 1].lower_ in ("about", "of"):
            return True  # "thought about standing as an independent", "thinking of quitting"
        if i == 1 and chain[0].dep_ == "xcomp" and any(
            c.dep_ == "acomp" and c.lemma_.lower() in INCLINED for c in t.children
        ):  # "had been minded to quit", "was ready to walk out": an inclination
            return True
        link = chain[i - 1].dep_ if i else ""
        if i and link != "conj" and lemma in BLOCK_LEMMAS and (
            lemma not in REPORTING or link == "xcomp"
        ):
            return True
        if t.dep_ == "ROOT":
            break
    return tok.sent.text.rstrip().endswith("?")


# Nouns for a demand that someone change, heading the clause that tells it.
_DEMANDS = frozenset({"call", "calls", "demand", "demands", "pressure", "plea", "pleas"})


def _done_act(noun: Token) -> bool:
    """"after her decision to quit", "the fall-out from the decision by X to leave": an act
    inside a prepositional phrase is one that was taken, whatever governs the phrase."""
    return noun.lemma_.lower() in ("decision", "choice") and noun.dep_ == "pobj" and (
        noun.head.lower_ not in ("about", "over", "on", "against"))


# A course not taken: "joined the Greens rather than sit as an independent", "instead of
# quitting", "as opposed to standing down".
_ALTERNATIVE = re.compile(r"\b(?:instead of|rather than|as opposed to)\s*$", re.IGNORECASE)


def _alternative(tok: Token) -> bool:
    doc = tok.doc
    before = doc[max(0, tok.i - 4) : tok.i]
    aux = [t for t in before if t.dep_ in ("aux", "auxpass", "neg")]  # "rather than be expelled"
    words = [t for t in before if t not in aux] if aux else list(before)
    return bool(_ALTERNATIVE.search(" ".join(t.text for t in words)))


INCLINED = frozenset({"minded", "tempted", "inclined", "keen", "eager", "ready", "willing",
                      "prepared", "close"})
# Adverbs of a change that did not quite happen.
NEAR_MISS = frozenset({"almost", "nearly"})


def _past_brink(t: Token) -> bool:
    """"was on the brink of resigning before changing his mind", "came close to quitting":
    a past near-miss (had it happened, the writer would say it did). "is on the verge of
    quitting" is a move still to come, hedged instead."""
    lemma = t.lemma_.lower()
    if lemma == "close":  # "came close to quitting", "was close to leaving Labour"
        verb = t.head
    elif lemma in _BRINK and t.dep_ == "pobj":  # "came within a whisker of", "was on the brink of"
        verb = t.head.head
    else:
        return False
    return verb.lemma_.lower() in ("come", "get") or (
        verb.lemma_.lower() == "be" and verb.tag_ == "VBD")


_BRINK = frozenset({"brink", "verge", "point", "edge", "whisker", "inch", "cusp"})


_EARLIER = frozenset({"earlier", "previously", "formerly", "originally", "first"})
_BEFORE_MARKS = frozenset({"after", "having", "since"})


def is_background(tok: Token) -> bool:
    """A change told as what came before the news: "after having earlier quit Labour",
    "having left the party in 2019", "who had previously left the SNP"."""
    for i, t in enumerate(_chain(tok)):
        if any(c.dep_ == "advmod" and c.lower_ in _EARLIER for c in t.children):
            return True
        if i and t.lower_ in _BEFORE_MARKS and t.dep_ in ("prep", "mark", "aux"):
            return True
        if any(c.dep_ in ("mark", "aux") and c.lower_ in _BEFORE_MARKS for c in t.children) and (
            t.dep_ in ("advcl", "pcomp")
        ):
            return True
        if t.dep_ == "ROOT":
            break
    return False


def _denied(noun: Token) -> bool:
    """"denied reports that", "hit out at claims that", "dismissed speculation that"."""
    gov = noun.head.head if noun.dep_ == "pobj" else noun.head
    return any(g.lemma_.lower() in DENYING for g in (gov, gov.head))


def is_hedged(tok: Token, decided: bool = False, joining: bool = False) -> bool:
    """Belief, rumour, expectation or future: "is believed to have quit", "will join". With
    `decided` (a party's own decision: a restoration, a sanction) the future only schedules
    what is already settled ("will have the whip returned on Monday"), and a newsroom that
    "understands" it has been done reports a decision, not a rumour. With `joining`, a joining
    still to come is hedged even when announced ("she will join Labour next week, he said")."""
    chain = _chain(tok)
    known = _outlet_knows(chain) if decided else None
    for i, t in enumerate(chain):
        if i == 1 and tok.pos_ == "NOUN" and t.lower_ in _PRIOR and t.dep_ == "prep":
            return False  # "(is founding a party) following his resignation": told as done
        if i and chain[i - 1].dep_ != "conj" and t.lemma_.lower() in HEDGE_LEMMAS and (
            t is not known
        ):
            return True
        future = [c.lower_ for c in t.children if c.dep_ == "aux" and c.lower_ in FUTURE]
        if i <= 1 and future and not (decided or _announced_future(t)):
            return True
        if i <= 1 and joining and any(f in WILL for f in future):
            return True
        if i <= 1 and any(c.lower_ == "going" for c in t.children):
            return True
        if i == 1 and t.lemma_.lower() == "able" and _future_aux(t.head):
            return True  # "will be able to change his affiliation": a chance, not a change
    return any(m.group(0).lower() != "understands" or known is None
               for m in HEDGE_RE.finditer(tok.sent.text))


def _future_aux(t: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in FUTURE for c in t.children)


# Prepositions putting a change before the clause they hang on: "after his expulsion".
_PRIOR = frozenset({"after", "following", "since"})


def _outlet_knows(chain: list[Token]) -> Token | None:
    """"Sky News understands the whip has been restored": a newsroom's own knowledge of a
    change it reports as done (perfect or past), not a belief about one to come."""
    trig = chain[0]
    done = trig.tag_ == "VBD" or any(
        c.dep_ in ("aux", "auxpass") and c.lemma_ == "have" for c in trig.children)
    for t in chain[1:]:
        subj = [c for c in t.children if c.dep_ == "nsubj"]
        if t.lemma_.lower() == "understand" and t.tag_ in ("VBZ", "VBP") and subj and (
            subj[0].pos_ == "PROPN"
        ):
            return t if done else None
    return None


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


def _announced_future(t: Token) -> bool:
    """"announced he would be defecting to Labour": the person's own announcement of a move
    the article reports as made."""
    aux = next((c.lower_ for c in t.children if c.dep_ == "aux" and c.lower_ in FUTURE), None)
    while t.dep_ == "conj":
        t = t.head
    if t.dep_ != "ccomp" or aux is None:
        return False
    verb = t.head.lemma_.lower()
    if aux == "would":
        return verb in DECLARING
    # "said she will quit", "the party has confirmed they will have the whip returned": the
    # person's (or the party's) own announcement, not someone else's forecast.
    inner = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    outer = next((c for c in t.head.children if c.dep_ == "nsubj"), None)
    own = inner is not None and inner.lower_ in ("he", "she", "they", "i", "we")
    party = outer is not None and outer.lemma_.lower() in ("party", "spokesperson", "spokesman")
    return verb in ANNOUNCING and (own or party)


def _reported_future(t: Token) -> bool:
    """"announced that he would leave the party (and register as an independent)"."""
    if t.lemma_.lower() in _WISHING:  # "said he would like to join": a wish, not a plan
        return False
    while t.dep_ == "conj":
        t = t.head
    return t.dep_ == "ccomp" and t.head.lemma_.lower() in ANNOUNCING


_WISHING = frozenset({"like", "love", "prefer", "want", "wish", "consider", "welcome"})


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
