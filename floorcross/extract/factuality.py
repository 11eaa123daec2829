"""Whether a trigger's change happened at all, and whether the writer vouches for it: blocked
(a demand, a threat, a denial, an intention), hedged (a future, a rumour, someone else's
word), or told as background to the story."""

from __future__ import annotations

import re

from spacy.tokens import Token

from floorcross.extract.candidacy_triggers import refusal

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
        if _blocking_child(t, i, own, told, allow_modal):
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


def _blocking_child(t: Token, i: int, own: bool, told: set[int], allow_modal: bool) -> bool:
    """A word on the `i`-th token of the chain that blocks the change: a negation, "no
    intention", "if", "almost", a modal. With `own` false its negation and auxiliaries are
    another clause's; `told` are the refusal's own words."""
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
    return False


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
