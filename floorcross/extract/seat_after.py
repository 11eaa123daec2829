"""Where someone sits after leaving a party, said in a sentence about them rather than in the
leaving's own clause: "will now sit as a representative of Change UK", "now represents the
Liberal Democrats on the council", "has since continued as an Independent", "now becomes a
non-aligned Independent member", "said he will become a Libertarian".

Only the person's own stretch of a sentence counts (from their name, or a pronoun opening the
sentence after one naming them, up to the next person named): a party someone else moved to
later in the article is never theirs."""

from __future__ import annotations

import re
from dataclasses import dataclass

from floorcross.extract.backrefs import name_forms
from floorcross.extract.parse import ParsedArticle
from floorcross.extract.terms import find_parties
from floorcross.nlp.party_names import party_spans


@dataclass(frozen=True)
class Seat:
    party: str  # a party's name, or "Independent"
    future: bool  # "will sit as", "will become": said as still to come
    joins: bool  # "become a Libertarian": a joining, not only a place in the chamber


def parties_in_text(text: str, country: str | None) -> list[str]:
    """Parties named in a stretch of text in order: the British table's, and the other
    countries' names the alias table knows ("Assam Congress president", "the EFF")."""
    return [name for _, _, name in _party_spans(text, country)]


def _party_spans(text: str, country: str | None) -> list[tuple[int, int, str]]:
    table = find_parties(text, country=country)
    spans = [(p.start, p.end, p.name) for p in table]
    spans += [(s.start, s.end, s.name) for s in party_spans(text, country)
              if not any(s.start < p.end and p.start < s.end for p in table)]
    return sorted(spans)


_FUTURE = r"(?:will|would|shall|to|'ll|’ll|going\s+to|plans?\s+to|intends?\s+to)"
# Sitting somewhere now: present or future forms only ("sat as a Labour councillor" is
# history), and "continued" for "has since continued as an Independent".
_SIT_VERB = (r"(?:sit|sits|sitting|serve|serves|serving|remain|remains|remaining|continue"
             r"|continues|continued|continuing|stay|stays|staying|listed|represent|represents"
             r"|representing)")
_SIT_AS = re.compile(
    rf"\b(?P<fut>{_FUTURE}\s+(?:now\s+|then\s+|instead\s+)?(?:continue\s+to\s+)?)?"
    rf"(?P<verb>{_SIT_VERB})\b(?P<mid>[^.;:]{{0,60}}?)\b(?:as|with)\s+(?:an?\s+|the\s+)?(?P<what>[^.;]{{0,70}})",
    re.IGNORECASE)
_BECOME = re.compile(
    rf"\b(?P<fut>{_FUTURE}\s+(?:now\s+)?)?(?P<verb>become|becomes|became|becoming|be|am\s+now"
    r"|is\s+now|are\s+now|now\s+an?)\s+(?:an?\s+)?(?:(?:fully|non-aligned|officially|formally"
    r"|now)\s+)*(?P<what>[^.;,]{0,60})", re.IGNORECASE)
# "now represents the Liberal Democrats on the council"
_REPRESENTS = re.compile(
    rf"\b(?P<fut>{_FUTURE}\s+)?(?:now\s+)?(?P<verb>represents?)\s+(?P<what>(?:the\s+)?[A-Z][^.;,]{{0,40}}?)"
    r"\s+(?:on|in|at)\s+(?:the\s+)?(?:\w+\s+){0,3}(?:council|chamber|authority|assembly|parliament"
    r"|legislature|senate|house)\b", re.IGNORECASE)
_ROLE_OF = re.compile(r"\brole\s+of\s+an?\s+(?P<what>independent[^.;,]{0,30})", re.IGNORECASE)

# Roles a seat is described by: "as a representative of Change UK", "a Green councillor".
_SEAT_NOUN = (r"(?:representative|member|councill?or|MP|MSP|MS|MLA|TD|AM|MPP|MEP|senator"
              r"|delegate|legislator|lawmaker)s?")
_SEAT_OF = re.compile(rf"^(?:(?:an?|the)\s+)?{_SEAT_NOUN}\s+(?:of|for)\s+(?:the\s+)?",
                      re.IGNORECASE)
_INDEPENDENT = re.compile(
    r"^(?:(?:an?|the)\s+)?(?:(?:fully|non-aligned)\s+)?independents?\b(?!\s+(?:candidate|process"
    r"|inquiry|investigation|review|panel|report|body|assessor|expert|advice|commission"
    r"|adjudicator|person|voice|thinker|mind))", re.IGNORECASE)
# A place not taken: refused, denied, wondered about, or one of two choices.
_NOT_TAKEN = re.compile(
    r"\b(?:not|n't|never|refus\w+|rather\s+than|instead\s+of|whether|if|unless|asked|urged"
    r"|called\s+on|demand\w*|could|might|may|consider\w*|candidate|run|stand|would\s+be"
    r"|rather)\b", re.IGNORECASE)
_PRONOUN_OPENING = re.compile(r"^\W*(?:He|She|They|I)\b")
_RUN_OR_STAND = re.compile(r"\b(?:run|runs|running|stand|stands|standing|candidate|ballot|"
                           r"election|contest)\b", re.IGNORECASE)


def seat_after(person: str, art: ParsedArticle, left: str | None) -> Seat | None:
    """Where the person sits after the change, from the article's sentences about them; the
    party they left is never where they went."""
    for stretch in _own_stretches(person, art):
        seat = _seat_in(stretch, art.country)
        if seat is not None and seat.party != left:
            return seat
    return None


def _seat_in(text: str, country: str | None) -> Seat | None:
    for rx in (_SIT_AS, _REPRESENTS, _BECOME, _ROLE_OF):
        for m in rx.finditer(text):
            # the whole stretch before: "it would be wrong for me to continue as ..."
            before = text[: m.start()] + (m.groupdict().get("mid") or "")
            if _NOT_TAKEN.search(before) or _RUN_OR_STAND.search(text, m.start(), m.start("what")):
                continue
            party = _what_party(m.group("what"), country, rx is _REPRESENTS)
            if party is None:
                continue
            verb = (m.groupdict().get("verb") or "").lower()
            return Seat(party, bool(m.groupdict().get("fut")),
                        joins=rx is _BECOME and verb.startswith("become"))
    return None


def _what_party(what: str, country: str | None, bare: bool) -> str | None:
    """The party a seat phrase opens with: independent, "a representative of X", "a Green
    councillor", "a Libertarian"; for "represents X on the council" (`bare`) the name itself.
    Not a party further in ("as a councillor in the Labour-run ward")."""
    if _INDEPENDENT.match(what):
        return "Independent"
    head = _SEAT_OF.match(what)
    rest = what[head.end() :] if head else re.sub(r"^(?:an?|the)\s+", "", what, flags=re.I)
    spans = _party_spans(rest, country)
    if not spans or spans[0][0] != 0 or spans[0][2] == "Independent":
        return None
    end, name = spans[0][1], spans[0][2]
    if head or bare or _SEAT_TAIL.match(rest, end):
        return name
    return None


# What may follow the party for it to be the seat's: a role, or the end of the phrase.
_SEAT_TAIL = re.compile(
    rf"\s*(?:$|[,)]|(?:group\s+)?{_SEAT_NOUN}\b|(?:on|in|at|for|until|from|after|and|when"
    r"|once|before)\b)", re.IGNORECASE)


def _own_stretches(person: str, art: ParsedArticle) -> list[str]:
    """The stretches of the article's sentences that are about the person: from a mention of
    them (or a pronoun opening the next sentence) to the next other person named."""
    forms = name_forms(person)
    if not forms:
        return []
    mine = re.compile(r"\b(?:" + "|".join(re.escape(f) for f in forms) + r")\b")
    others = [n for n in art.people.names if n != person and not (
        set(n.split()) & set(person.split()))]
    other = re.compile(r"\b(?:" + "|".join(re.escape(w) for n in others
                                          for w in {n, n.split()[-1]}) + r")\b") if others else None
    out: list[str] = []
    prev_mine = False
    for s in art.sentences:
        text = art.text[s.start : s.end]
        m = mine.search(text)
        if m is not None:
            start = m.start()
        elif prev_mine and _PRONOUN_OPENING.match(text):
            start = 0
        else:
            prev_mine = False
            continue
        prev_mine = True
        rest = text[start:]
        cut = other.search(rest, len(m.group(0)) if m else 0) if other else None
        out.append(rest[: cut.start()] if cut else rest)
    return out
