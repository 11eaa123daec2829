"""Which council a councillor sits on: the official name for a place written beside them
("Kirklees Councillor", "Roe Lee ward's Cllr X"), a council the article names, or the
council a named ward belongs to."""

from __future__ import annotations

import re
from datetime import date

from floorcross.extract.backrefs import described_other
from floorcross.extract.role_words import name_position
from floorcross.extract.terms import PARTY_RE, canonical
from floorcross.nlp.council_mentions import (
    COUNCIL_NAME,
    acronym_councils,
    council_mentions,
    generic_council,
)
from floorcross.nlp.councils import normalise_council
from floorcross.nlp.wards import find_wards

_CAP = r"[A-Z][\w'’.-]*"
_PLACE = rf"{_CAP}(?:(?:\s+|\s+(?:with|upon|on|under|and|&|of|in)\s+){_CAP})*"


COUNCIL_RE = COUNCIL_NAME  # group 1: a council's name as written
_PLACE_AFTER = re.compile(
    rf"\b(?:[Cc]ouncill?ors?|[Cc]llrs?)\s+(?:from|in|for|on|at)\s+(?:the\s+)?({_PLACE})"
)
_PLACE_BEFORE = re.compile(rf"\b({_PLACE})\s+(?:[Cc]ouncill?ors?|[Cc]llrs?)\b")
# "South Fenshire's Ann Vale": the place owning the person.
_PLACE_POSSESSIVE = re.compile(rf"\b({_PLACE})['’]s\s+(?:[Cc]ll?r\s+|[Cc]ouncill?or\s+)?[A-Z]")
# "Councillor Omar Haddad from Kirklees"
_TITLED_FROM = re.compile(
    rf"\b(?:[Cc]ouncill?or|[Cc]llr|Coun)\s+(?:{_CAP}\s+){{1,3}}(?:from|of|in|on)\s+({_PLACE})"
)
# Capitalised words before "councillor" that describe the politics, not the place.
_NOT_PLACE = frozenset({
    "independent", "socialist", "community", "former", "ex", "deputy", "executive", "a", "an",
    "the", "cabinet", "senior", "veteran", "local", "borough", "county", "city", "town", "parish",
    "district", "opposition", "group", "labour's", "councillor", "cllr", "new", "newly", "one",
    "two", "three", "both", "other", "another", "first", "elected", "ward", "council",
    "london", "england", "scotland", "wales", "britain", "uk", "yorkshire", "east", "west",
    "north", "south", "greater", "lead", "leader", "second", "third", "fourth", "fifth",
    "rebel", "tory",
})


def _clean_place(raw: str) -> str | None:
    raw = PARTY_RE.sub(" ", raw)
    words = [w for w in raw.split() if not canonical(w.title())]  # "A LABOUR councillor"
    while words and words[0].lower() in _NOT_PLACE:
        words.pop(0)
    kept = []
    for w in words:
        if w.lower() in _NOT_PLACE:
            break
        kept.append(w)
    place = " ".join(kept).strip(" ,.'’")
    return place or None


def council_body(place: str, article_text: str, on: date | None) -> str | None:
    """Official council name for a place: the shared register first, then a full council name
    the article itself uses ("Blackburn with Darwen Council" for "Blackburn"); None when the
    words are no known council ("Rebel councillor", "a Heysham councillor")."""
    found = normalise_council(place, on)
    if found:
        return found
    inner = [m for m in council_mentions(place, on) if not m.post]
    if len(inner) == 1 and inner[0].end == len(place):
        return inner[0].name  # "the Labour-run Fenton City Council": the name, not who runs it
    first = place.split()[0]
    for m in council_mentions(article_text, on):
        if m.name.split()[0] == first and not m.post:
            return m.name
    return None


def _council_of_ward(ward: str, article_text: str) -> str | None:
    """The council a named ward belongs to: the only one with a ward of that name, or the one
    of several the article names ("Wharfedale" on Bradford's council or North Yorkshire's)."""
    found = sorted({" ".join(council.split()) for _, council in find_wards(ward)})
    if len(found) == 1:
        return found[0]
    named = [c for c in found if _council_core(c) and _council_core(c) in article_text]
    return named[0] if len(named) == 1 else None


_COUNCIL_FILLER = re.compile(r"\b(?:City of|London Borough of|Royal Borough of|Borough Council of"
                             r"|Metropolitan|Borough|District|County|City|Council)\b")


def _council_core(official: str) -> str:
    """"City of Bradford Metropolitan District Council" -> "Bradford"."""
    return " ".join(_COUNCIL_FILLER.sub(" ", official).split())


_SITS_ON = re.compile(r"\b(?:on|of|to|for)\s+(?:the\s+)?[A-Z][\w'’,.& -]*?\s+[Cc]ouncil\b|"
                      r"\b(?:[Mm]ayor|[Ll]eader)\s+of\b")


def sits_on(contexts: list[str]) -> bool:
    """Whether a context says someone sits on a council ("on the city council")."""
    return any(_SITS_ON.search(c) for c in contexts)


def body_for(role: str | None, contexts: list[str], article_text: str,
             on: date | None, person: str | None = None) -> str | None:
    """The council a councillor (or mayor, or member of a council) sits on: in the first
    context that names one, the council nearest the person's name (not one of another post:
    "deputy mayor of X Town Council"), an acronym the article defined ("the SCDC group"), a
    place named as the seat of a councillor ("a North Fenshire councillor"); else "the borough
    council" with its place nearby."""
    if role not in ("councillor", "mayor", "member", None):
        return None
    acronyms = acronym_councils(article_text, on)
    for ctx in contexts:
        near = name_position(ctx, person) or 0
        found = _councils_in(ctx, acronyms, article_text, on, with_places=role is not None)
        if found:
            return min(found, key=lambda f: (not f[3], _gap(f[0], f[1], near)))[2]
    if role is None:
        return None
    for ctx in contexts:
        at = article_text.find(ctx)
        generic = generic_council(article_text[max(0, at - 300): at + len(ctx) + 300],
                                  300 if at >= 300 else max(at, 0), on) if at >= 0 else None
        if generic:
            return generic
    return None


def council_named(ward: str | None, article_text: str, on: date | None,
                   person: str | None) -> str | None:
    """A councillor's council said nowhere near the name: the council of their ward, unless the
    article names the same place's council otherwise (an older council: "Fenton Borough
    Council" before a merger); else the one council the article names."""
    named = article_council(article_text, on, person)
    by_ward = _council_of_ward(ward, article_text) if ward else None
    core = _council_core(named).split() if named else []
    if by_ward and core and re.search(rf"\b{re.escape(core[0])}\b", by_ward):
        return named
    return by_ward or named


def article_council(article_text: str, on: date | None, person: str | None = None) -> str | None:
    """The one council the article names, in full or as a councillor's place ("A Fenton
    councillor", "a councillor in Fenton"), leaving out one said in describing someone other
    than `person` ("Ann Roe, leader of the group on Fenton council"); None when it names none
    or several."""
    found = {m.name for m in council_mentions(article_text, on) if not m.post
             and (m.known or _WRITTEN_OUT.search(m.name))
             and not _anothers(article_text, m.start, person)}
    for rx in (_PLACE_AFTER, _TITLED_FROM, _PLACE_BEFORE):
        for m in rx.finditer(article_text):
            place = _clean_place(m.group(1))
            if (place and (council := normalise_council(place, on))
                    and not _anothers(article_text, m.start(1), person)):
                found.add(council)
    return found.pop() if len(found) == 1 else None


def _anothers(article_text: str, at: int, person: str | None) -> bool:
    """Whether the words at `at` describe someone named before them in their sentence."""
    if person is None:
        return False
    start = max(article_text.rfind(c, 0, at) for c in ".!?\n") + 1
    return described_other(article_text[start:at], person)


def _gap(start: int, end: int, name_at: int) -> int:
    """Characters between a mention and the name (the name's own length aside)."""
    return name_at - end if end <= name_at else max(0, start - name_at)


def _councils_in(ctx: str, acronyms: dict[str, str], article_text: str, on: date | None,
                 with_places: bool) -> list[tuple[int, int, str, bool]]:
    """(start, end, council, known) for every council a context names for its own people."""
    # A town or parish council written out in full is meant as named, though no register
    # lists it: "Bracknell Town Council" is not the borough's council.
    out = [(m.start, m.end, m.name, m.known or bool(_LOCAL_TIER_NAME.search(m.name)))
           for m in council_mentions(ctx, on) if not m.post]
    out += [(m.start(), m.end(), name, True) for acr, name in acronyms.items()
            for m in re.finditer(rf"\b{re.escape(acr)}\b", ctx)]
    if with_places:
        out += [(m.start(1), m.end(1), body, True) for m in _TIERED_BEFORE.finditer(ctx)
                if (body := _tiered_council(m.group(1), m.group(2).lower(), article_text, on))]
        for rx in (_PLACE_AFTER, _TITLED_FROM, _PLACE_BEFORE, _PLACE_POSSESSIVE):
            for m in rx.finditer(ctx):
                found = _place_council(m.group(1), article_text, on)
                if found:
                    out.append((m.start(1) + found[0], m.end(1), found[1], True))
    return out


_LOCAL_TIER_NAME = re.compile(r"\b(?:Town|Parish|Community)\s+Council$")
# A council's full name the register lacks (abolished, renamed): "Fenton City Council".
_WRITTEN_OUT = re.compile(r"^[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}\s+(?:Town|Parish|Community|City"
                          r"|Borough|County|District)\s+Council$|\s(?:Local|Metropolitan|District)"
                          r"\s+Municipality$")
# "East Cambridgeshire district councillor", "a Bracknell town councillor".
_TIERED_BEFORE = re.compile(rf"\b({_PLACE})\s+([Dd]istrict|[Bb]orough|[Cc]ounty|[Cc]ity|[Tt]own"
                            r"|[Pp]arish|[Cc]ommunity)\s+(?:[Cc]ouncill?ors?|[Cc]llrs?)\b")


def _tiered_council(raw: str, tier: str, article_text: str, on: date | None) -> str | None:
    """The council a place and its tier name: a town or parish council as written (the
    register holds only principal councils), else the register's council of that tier."""
    place = _clean_place(raw)
    if not place or canonical(place):
        return None
    if tier in ("town", "parish", "community"):
        return f"{place} {tier.title()} Council"
    words = raw.split()  # longest tail first: "East Cambridgeshire" before "Cambridgeshire"
    tails = (" ".join(words[k:]) for k in range(len(words)))
    found = next((c for t in tails if (c := normalise_council(f"{t} {tier.title()} Council", on))),
                 None)
    return found or council_body(place, article_text, on)


def _place_council(raw: str, article_text: str, on: date | None) -> tuple[int, str] | None:
    """(offset, council) of a place phrase naming a council; a phrase running on past another
    council's name is read after it ("Kirklees Council and Wakefield" before "councillor")."""
    parts = list(re.finditer(r"\b[Cc]ouncil\b(?:\s+(?:and|&|of|in|on))?\s*", raw))
    offset = parts[-1].end() if parts and parts[-1].end() < len(raw) else 0
    body = normalise_council(raw[offset:], on)  # "North Lanarkshire" as it stands, first
    place = None if body else _clean_place(raw[offset:])
    body = body or (council_body(place, article_text, on) if place else None)
    return (offset, body) if body else None
