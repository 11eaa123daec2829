"""Which party a clause means when it leaves the party unsaid or says only "the party" (the
subject's own, the clause's, the party in view, the article's), and which parties an article
gives a person by description ("former Tory councillor X", "X, a Liberal Democrat until this
week"). A party named in a nearby sentence about something else (seats on the council, a
minister, an opponent's remark) is never taken for the person's: it is wrong more often than
right, and a wrong earlier party costs more than none."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Token

from floorcross.extract.mentions import ParsedSentence
from floorcross.extract.parse import ParsedArticle
from floorcross.extract.terms import find_parties

# Prepositions whose objects say why or when, not what was left.
NOT_LEFT = frozenset({
    "over", "in", "at", "on", "after", "amid", "because", "since", "during", "before",
    "following", "to", "for", "earlier", "last", "by", "with", "into", "within", "under",
})


def context_party(
    sent: ParsedSentence, art: ParsedArticle, subj: list[Token], exclude: str | None = None,
    anchor: Token | None = None,
) -> str | None:
    """The party a clause means by "the party" or leaves unsaid: the subject's own
    ("a Blackburn Labour councillor"), then the trigger's own clause, the party the article is
    about when it is in view (here or in the sentences before), the rest of the sentence, the
    article's. The parties of the sentences before are only a sign of which party is in view:
    taken on their own they are as often an opponent's or the council's make-up."""
    own = sent.parties_in(t for s in subj for t in s.subtree)
    clause_parties = _affiliations(sent, [t for t in _own_words(anchor) if not _joined(t)]) if (
        anchor is not None) else []
    before = [s for s in art.ordered() if sent.index - 3 <= s.index < sent.index]
    recent = [p for prev in reversed(before) for p in reversed(_affiliations(prev, prev.doc))]
    rest = _affiliations(sent, (t for t in sent.doc if not _joined(t)))
    # The party the story is about is a poor guess when the story is someone joining it.
    dominant = None if art.dominant_party in art.joined_parties else art.dominant_party
    in_view = [dominant] if dominant and dominant in rest + recent else []
    # A party someone else in the sentence left or joined is theirs, not this person's.
    mine = {t.i for s in subj for t in s.subtree}
    others = _affiliations(sent, (t for t in sent.doc if not (
        _left_by_other(t, anchor) or _describes_other(t, sent, mine) or _counterpart(t)
        or _joined(t))))
    for pool in (own, clause_parties, others, in_view, rest):
        for name in pool:
            if name != exclude:
                return name
    joined_here = _affiliations(sent, (t for t in sent.doc if _joined(t)))
    if dominant is not None and (held := _held_recently(recent, dominant, art)) not in (
            None, exclude, *joined_here):
        return held
    return dominant if dominant not in (exclude, *joined_here) else None


def _held_recently(recent: list[str], dominant: str, art: ParsedArticle) -> str | None:
    """The party someone was just described as holding ("Green Party TD X has been
    suspended ... The Dublin Central TD has lost the party whip"), when the party the article
    names most is nobody's affiliation anywhere in it (an opponent's motion, a vote)."""
    if not recent or dominant in recent:
        return None
    if any(dominant in _affiliations(s, s.doc) for s in art.ordered()):
        return None
    return recent[0]


# Nouns a party name may qualify as someone's affiliation; "an SNP amendment" or "the Labour
# government" say nothing about whose party it is.
_AFFILIATION_HEADS = frozenset({
    "councillor", "councillors", "cllr", "mp", "mps", "msp", "ms", "mla", "td", "member",
    "members", "group", "party", "whip", "leader", "candidate", "politician", "peer", "colleague",
    "colleagues", "senator", "representative", "activist", "benches", "ranks", "caucus",
    "figure", "veteran", "stalwart", "mayor",
})


def _own_words(anchor: Token) -> list[Token]:
    """The trigger's clause without its reasons and times ("suspended from the group over his
    remarks about Labour")."""
    skip = {t.i for c in anchor.children if c.dep_ == "prep" and c.lower_ in NOT_LEFT
            for t in c.subtree}
    skip |= {t.i for c in anchor.children if c.dep_ in ("advcl", "ccomp") for t in c.subtree}
    return [t for t in anchor.subtree if t.i not in skip]


def _left_by_other(t: Token, anchor: Token | None) -> bool:
    """A party named as the object of another clause's verb ("Cllr X quit the Conservative
    Party, and Cllr Y, who resigned from the party, ...")."""
    if anchor is None:
        return False
    head = t
    while head.dep_ in ("compound", "amod") and head.head.i != head.i:
        head = head.head
    if head.dep_ == "pobj":
        head = head.head
    if head.dep_ not in ("dobj", "prep"):
        return False
    verb = head.head
    return verb.i != anchor.i and verb.pos_ in ("VERB", "AUX") and any(
        c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


def _joined(t: Token) -> bool:
    """"... before joining the Nationals": a party joined in the sentence is not the one left."""
    head = t
    while head.dep_ in ("compound", "amod") and head.head.i != head.i:
        head = head.head
    if head.dep_ == "pobj":
        head = head.head
    return head.dep_ in ("dobj", "prep") and head.head.lemma_.lower() in ("join", "rejoin")


def _counterpart(t: Token) -> bool:
    """"his opposition to Labour", "a row with the Tories": a party on the other side; "the
    seat was held by the Greens until 2019": a seat's or a council's history, not anyone's
    affiliation."""
    head = t
    while head.dep_ in ("compound", "amod") and head.head.i != head.i:
        head = head.head
    if head.dep_ != "pobj":
        return False
    prep = head.head
    # "passed over for voting for the Brexit Party": a vote cast, not a membership
    voted = prep.lower_ == "for" and prep.head.lemma_.lower() in _VOTING
    return _held_by(head) or voted or prep.lower_ in ("to", "with", "against", "about", "over")


_VOTING = frozenset({"vote", "campaign", "canvass", "leaflet", "endorse"})


def _held_by(head: Token) -> bool:
    prep = head.head
    return head.dep_ == "pobj" and prep.lower_ == "by" and prep.head.lemma_ in _HOLDING


_HOLDING = frozenset({"hold", "win", "take", "gain", "control", "run", "lead", "represent",
                      "retain", "capture", "seize", "lose"})


def _describes_other(t: Token, sent: ParsedSentence, mine: set[int]) -> bool:
    """"former Conservative councillor A": the party of a person other than the subject."""
    head = t
    while head.dep_ in ("compound", "amod", "nmod") and head.head.i != head.i:
        head = head.head
        if head.i in sent.names:
            return head.i not in mine
    if head.dep_ == "appos" and head.head.i in sent.names:  # "A, a former Tory councillor,"
        return head.head.i not in mine
    return False


def _affiliations(sent: ParsedSentence, toks) -> list[str]:
    out = []
    for t in toks:
        name = sent.party_of(t)
        if not name or name in out:
            continue
        head = t
        while head.dep_ in ("compound", "amod", "nmod") and sent.party_of(head.head) == name:
            head = head.head
        if head.dep_ in ("compound", "amod", "nmod", "poss") and (
            head.head.lower_ not in _AFFILIATION_HEADS and head.head.pos_ == "NOUN"
        ):
            continue  # "an SNP amendment", "Labour's policy"
        if _held_by(head):
            continue  # "the seat was held by the Tories"
        out.append(name)
    return out


# --- The party an article gives a person by description ---------------------------------------

# Words that may stand between a party and the name it describes: "Labour councillor", "former
# Tory group leader Cllr", "Labour's", "SNP MSP for Glen Aird". Anything else ("said", "told")
# means the party belongs to another part of the sentence.
_DESCRIBING = re.compile(
    r"^(?:['’]s?)?(?:\s+(?:(?i:councill?ors?|cllrs?|coun|mps?|msps?|ms|mlas?|tds?|meps?|senators?"
    r"|member|members|group|leader|deputy|chair|whip|candidate|politician|peer|veteran"
    r"|stalwart|figure|activist|mayor|minister|representative|rep|legislator|lawmaker"
    r"|assemblyman|assemblywoman|congressman|congresswoman|county|district|borough|town"
    r"|parish|city|cabinet|backbencher)|[A-Z][\w.’'-]*)){0,5}\s*$"
)
# After the name: ", a Labour councillor", ", the former Tory MP", ", a Liberal Democrat until
# this week", ", who was elected as a Green", ", who sits for Labour".
_APPOSITION = re.compile(
    r"^(?:\s*(?:,|\s[-–—])\s+(?:a|an|the|who\s+(?:is|was|had\s+been|has\s+been)"
    r"(?:\s+(?:a|an|the))?|who\s+(?:was|were)\s+elected\s+(?:as|for|on)(?:\s+(?:a|an|the))?"
    r"|who\s+(?:sits|sat|stood|represents|represented)\s+(?:for|as)(?:\s+(?:a|an|the))?"
    # "who has represented Bisley division since 2021 as a Conservative councillor"
    r"|who\s+(?:has|had)\s+(?:represented|served|sat)\b[^,.;()]{0,60}?\s+as\s+(?:a|an|the))"
    # "X was elected as a Conservative in 2021", "X has been a Labour member since 1990"
    r"|\s+(?:was|had\s+been|has\s+been|is)\s+(?:(?:first\s+)?elected\s+(?:as|for|on)"
    r"(?:\s+(?:a|an|the))?|(?:a|an|the)))\s+"
    r"(?:(?P<former>former|ex-|one-time|previously\s+a)\s*)?(?:[\w-]+\s+){0,2}?$"
)
_FORMER = re.compile(r"\b(?:former|ex-|one-time|erstwhile|previously)\s*$", re.IGNORECASE)
# Descriptions that tell the party someone had until the change: "was elected as", "has
# represented the ward as".
_SERVED = re.compile(r"\belected\b|\b(?:has|had) (?:represented|served|sat)\b")
_PRONOUN_ELECTED = re.compile(
    r"(?:He|She)\s+(?:was|had\s+been)\s+elected\s+(?:as|for|on)\s+(?:(?:a|an|the)\s+)?")


@dataclass(frozen=True)
class Described:
    """A party the article gives a person by description, and whether it is a past one
    ("former Labour councillor", "was elected as a Liberal Democrat")."""

    party: str
    former: bool


def described_parties(person: str, art: ParsedArticle) -> list[Described]:
    """The parties the article's descriptions of `person` give them, in article order: a party
    word just before the name ("Former Tory councillor X", "Labour's X"), an apposition just
    after it ("X, a Liberal Democrat until this week,"), "X, who was elected as/for Y", or the
    next sentence's "She was elected as a Y". Parties anywhere else near the name are not
    theirs by description."""
    parts = person.split()
    forms = {person, parts[-1]} if len(parts) > 1 else {person}
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(f) for f in forms) + r")\b")
    out: list[Described] = []
    sentences = art.sentences
    for k, s in enumerate(sentences):
        for m in pattern.finditer(art.text, s.start, s.end):
            if art.people.resolve(m.group(0)) not in (person, None):
                continue
            out += _before_name(art, s.start, m.start()) + _after_name(art, m.end(), s.end)
            if k + 1 < len(sentences) and m.group(0) in (person, parts[-1]):
                out += _elected_next(art, sentences[k + 1].start, sentences[k + 1].end)
    return out


def _before_name(art: ParsedArticle, lo: int, at: int) -> list[Described]:
    start = max(lo, at - 70)
    found = find_parties(art.text[start:at], start, art.country)
    if not found:
        return []
    last = found[-1]
    if last.name == "Independent" or not _DESCRIBING.match(art.text[last.end:at]):
        return []
    return [Described(last.name, bool(_FORMER.search(art.text[max(lo, last.start - 12):
                                                                 last.start])))]


def _after_name(art: ParsedArticle, at: int, hi: int) -> list[Described]:
    end = min(hi, at + 90)
    for p in find_parties(art.text[at:end], at, art.country):
        lead = _APPOSITION.match(art.text[at : p.start])
        if lead is None or p.name == "Independent":
            continue
        former = bool(lead.group("former")) or bool(_SERVED.search(lead.group(0)))
        return [Described(p.name, former)]
    return []


def _elected_next(art: ParsedArticle, lo: int, hi: int) -> list[Described]:
    """"X has defected. She was elected as a Liberal Democrat in 2022": a past party given in
    the very next sentence, about the same person by pronoun."""
    m = _PRONOUN_ELECTED.match(art.text, lo, hi)
    if m is None:
        return []
    found = find_parties(art.text[m.end() : min(hi, m.end() + 30)], m.end(), art.country)
    return [Described(found[0].name, True)] if found and found[0].start == m.end() else []


# --- A spell as an independent between leaving one party and joining another ------------------

# "has sat as an independent since", "after a spell as an independent", "who has been an
# independent since leaving Labour", "the now-independent councillor", "Independent councillor
# X has joined": the person sat as an independent before joining, so leaving and joining are
# two changes, not one move.
_SPELL = re.compile(
    r"\b(?:(?:sat|sitting|sits|served|serving|been|remained|continued|spell|stint|period|time"
    r"|years|months|elected|stood|became|become|becoming)\s+(?:as\s+)?an?\s+independent(?!\s+(?:review|inquiry|investigation|panel"
    r"|report|body|commission|regulator|adviser|expert|candidate))"
    r"|(?:sat|sitting|served|serving|remained|been)\s+as\s+independents\b"
    r"|now[- ]independent"
    r"|(?:sat|sitting|sits|sit|served|serving)\s+(?:on|with)\s+the\s+cross\s?-?bench(?:es)?"
    # "quit X to sit as an independent before joining Y": the joining came later
    r"|independents?\b[^.;]{0,30}?\b(?:before|until|then|later)\s+"
    r"(?:joining|join(?:ed|s)?|switching|moving|signing)"
    r"|(?:(?:an|the)\s+|^)independent\s+(?:councill?or|MP|MSP|MLA|MS|AM|MPP|member|TD|senator"
    r"|legislator|politician)\b(?!\s+(?:for|candidate)\b))",
    re.IGNORECASE,
)
# "will sit as an independent", "would be an independent member": an intention, not a spell
# ("left Labour in 2019 to become an independent" is one, once a joining follows).
_INTENT = re.compile(
    r"\b(?:will|would|could|may|might|shall|plans?|intends?|wants?|hopes?)\s+(?:to\s+)?"
    r"(?:\w+\s+){0,2}$", re.IGNORECASE)


def independent_spell(text: str) -> bool:
    """Whether `text` (a sentence about one person) says they sat as an independent for a
    while, rather than that they mean to."""
    return any(not _INTENT.search(text[max(0, m.start() - 20) : m.start()])
               and not _NOT_CHOSEN.search(text[max(0, m.start() - 20) : m.start()])
               for m in _SPELL.finditer(text))


# "joined the Greens as opposed to sitting as an independent": the road not taken.
_NOT_CHOSEN = re.compile(r"\b(?:as opposed to|rather than|instead of)\s+$", re.IGNORECASE)
