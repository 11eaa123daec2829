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
    while cur.i != tok.i:
        if cur.head.i == cur.i:
            return False
        if cur.lower_ in _DURATION_PREPS:
            return False
        cur = cur.head
        if cur.i != tok.i and cur.pos_ in ("VERB", "AUX") and not _same_event(cur):
            return False
    return True


def date_for(tok: Token, sent: ParsedSentence, art: ParsedArticle) -> str | None:
    found = _dates_of(tok, sent, art)
    if not found and _LATER.search(sent.text):
        return _earlier_date(sent, art)
    if not found and tok.head.lemma_.lower() in _ANNOUNCING and tok.dep_ in ("dobj", "ccomp"):
        found = _dates_of(tok.head, sent, art)  # "announced his defection on Saturday"
    return max(found, key=len) if found else None


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
