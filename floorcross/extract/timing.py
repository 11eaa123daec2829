"""When a reported change happened: the date phrase of the trigger's own clause, resolved
against the publication date, only as precise as the words allow."""

from __future__ import annotations

import re

from spacy.tokens import Span, Token

from floorcross.extract.dates import resolve_date as _resolve
from floorcross.extract.mentions import ParsedSentence
from floorcross.extract.parse import ParsedArticle

# "a day later", "the next day": the change is dated by the last date the text gave.
_LATER = re.compile(
    r"\b(?:(?:a|one|two|three|a few|few|\d+) (?:day|days|week|weeks) later"
    r"|the (?:next|following) (?:day|week|morning)|later that (?:day|week|month)|shortly after)\b",
    re.IGNORECASE,
)
# Time words that date fresh news, and words showing a sentence reports the move itself.
_FRESH = re.compile(r"\b(?:(?:earlier\s+)?today|tonight|this\s+(?:morning|afternoon|evening|week)"
                    r"|yesterday|last\s+night)\b", re.IGNORECASE)
_MOVE = re.compile(r"\b(?:defect\w*|quit\w*|resign\w*|join\w*|left|leav\w+|suspend\w*|"
                   r"expel\w*|whip|move|switch\w*|decision|announc\w+|confirm\w*|statement|"
                   r"crossed|rejoin\w*|readmit\w*|deselect\w*)\b", re.IGNORECASE)
_PERFECT_MOVE = re.compile(
    r"\b(?:has|have|'s|’s)\s+(?:now\s+|just\s+|also\s+|both\s+|all\s+)?(?:been\s+)?"
    r"(?:defected|quit|left|joined|resigned|switched|crossed|suspended|expelled|rejoined|"
    r"readmitted|deselected|had the whip|lost the whip|walked|become)\b", re.IGNORECASE)
_ANNOUNCING = frozenset({"announce", "confirm", "reveal", "declare", "tender", "hand", "submit"})
# Dates that say how long, not when ("since 2018", "for 20 years").
_DURATION_PREPS = frozenset({"since", "for", "until", "till", "throughout"})


def resolve_date(expression: str, published) -> str | None:
    """The shared resolver; an expression it cannot take costs the date, never the event."""
    try:
        return _resolve(expression, published)
    except Exception:  # one odd phrase must not stop the article
        return None


def _same_event(verb: Token) -> bool:
    """"crossed the floor to join X in 2019": the joining is the trigger's own event."""
    return verb.dep_ in ("xcomp", "advcl") and verb.lemma_.lower() in ("join", "defect", "switch")


def _belongs(ent: Span, tok: Token) -> bool:
    """The date phrase hangs off the trigger without crossing into another verb's clause."""
    cur = ent.root
    own_prep = True  # only the date's own preposition says "how long": "for 12 months in 2020"
    while cur.i != tok.i:
        if cur.head.i == cur.i:
            return False
        if cur.dep_ == "prep":
            if own_prep and cur.lower_ in _DURATION_PREPS:
                return False
            own_prep = False
        cur = cur.head
        if cur.i != tok.i and cur.pos_ in ("VERB", "AUX") and not _same_event(cur):
            return False
    return True


def date_for(tok: Token, sent: ParsedSentence, art: ParsedArticle) -> str | None:
    """The date of the change the trigger reports: a date phrase of its own clause; else a
    fresh-news time word ("this morning") in a neighbouring sentence or the lead that reports
    the same move; else, for a present-perfect report ("has defected"), the publication month."""
    found = _dates_of(tok, sent, art)
    if not found and _LATER.search(sent.text):
        return _earlier_date(sent, art)
    announcer = _announcer(tok)
    if not found and announcer is not None:
        found = _dates_of(announcer, sent, art)  # "announced his defection on Saturday"
    if found:
        return max(found, key=len)
    if art.published is None or _in_quote(tok, sent, art) or not _reported_fresh(tok, sent, art):
        return None
    return _neighbour_time(sent, art) or f"{art.published:%Y-%m}"


def _announcer(tok: Token) -> Token | None:
    """The verb announcing the change, when the trigger is what it announces: "announced his
    defection", "disclosed on Friday that she had quit Plaid and joined the Greens", "confirmed her
    decision to quit"."""
    cur = tok
    for _ in range(3):
        if cur.dep_ not in ("dobj", "ccomp", "conj", "xcomp", "acl", "relcl") or cur.head is cur:
            return None
        cur = cur.head
        if cur.lemma_.lower() in _ANNOUNCING:
            return cur
    return None


def _in_quote(tok: Token, sent: ParsedSentence, art: ParsedArticle) -> bool:
    return art.in_quote(sent.start + tok.idx)


def _verb_chain(tok: Token) -> list[Token]:
    """The trigger and the verbs it hangs from within its clause ("has had the whip removed",
    "has decided to quit")."""
    chain = [tok]
    while chain[-1].dep_ in ("xcomp", "conj", "acomp", "dobj", "ccomp", "oprd") and len(chain) < 4:
        chain.append(chain[-1].head)
    return chain


_BACKGROUND_AUX = frozenset({"had", "will", "would", "could", "may", "might", "shall", "should"})
_LEAD_SENTENCES = 2


def _reported_fresh(tok: Token, sent: ParsedSentence, art: ParsedArticle) -> bool:
    """News of something that just happened: a present-perfect report ("has defected", "have
    resigned the whip", "has been suspended", "are among those to have defected"), a present
    frame ("the councillors to defect include ..."), or a plain past in the lead ("X quit
    Labour"); never a past perfect or a modal ("had left", "would quit")."""
    chain = _verb_chain(tok)
    auxes = [a for v in chain for a in v.children if a.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in _BACKGROUND_AUX for a in auxes) or _has_date(sent, art):
        return False
    if any(a.lower_ in ("has", "have", "'s", "’s", "'ve", "’ve") and a.tag_ in ("VBZ", "VBP")
           for a in auxes):
        return True
    root = tok.sent.root
    if root.tag_ in ("VBZ", "VBP") and not any(
            c.dep_ == "aux" and c.lower_ in _BACKGROUND_AUX for c in root.children):
        return True  # "X is among those walking away", "the five to defect include A and B"
    if sent.index < _LEAD_SENTENCES and any(v.tag_ == "VBD" for v in (*chain, root)):
        return True  # the lead's plain past: "X quit Labour", "the decision by X to defect gave"
    # Further down a fresh-news article, the same move told again ("the decision by A and B to
    # defect", "A's move to Reform") without a date of its own is still that news.
    lead = art.sentences[:_LEAD_SENTENCES]
    return bool(lead) and bool(_PERFECT_MOVE.search(art.text, lead[0].start, lead[-1].end))


def _has_date(sent: ParsedSentence, art: ParsedArticle) -> bool:
    """A date in the sentence that the rules above did not tie to the trigger: the sentence
    has its own time, so the publication date must not be guessed (durations do not count)."""
    return any(e.label_ in ("DATE", "TIME") and resolve_date(e.text, art.published)
               for e in sent.doc.ents)


def _neighbour_time(sent: ParsedSentence, art: ParsedArticle) -> str | None:
    """A fresh-news time word ("this morning", "this week") in the sentence before or after,
    or in the lead, when that sentence reports the same move."""
    indices = [sent.index - 1, sent.index + 1, 0, 1]
    for i in dict.fromkeys(i for i in indices if 0 <= i < len(art.sentences) and i != sent.index):
        s = art.sentences[i]
        text = art.text[s.start:s.end]
        m = _FRESH.search(text)
        if m and _MOVE.search(text) and not art.in_quote(s.start + m.start()):
            value = resolve_date(m.group(0), art.published)
            if value:
                return value
    return None


def _dates_of(tok: Token, sent: ParsedSentence, art: ParsedArticle) -> list[str]:
    found = [
        resolve_date(e.text, art.published)
        for e in sent.doc.ents
        if e.label_ in ("DATE", "TIME") and _belongs(e, tok) and not _LATER.search(e.text)
    ]
    return [f for f in found if f]


def _earlier_date(sent: ParsedSentence, art: ParsedArticle) -> str | None:
    """The month of the last date given in the few sentences before."""
    for prev in reversed([s for s in art.ordered() if sent.index - 3 <= s.index < sent.index]):
        for ent in reversed(prev.doc.ents):
            if ent.label_ == "DATE":
                value = resolve_date(ent.text, art.published)
                if value:
                    return value[:7]
    return None
