"""Role, council or parliament, and ward of a person, read from the words around their name:
"Kirklees Councillor X", "X, an independent councillor from Oxford", "X MP", "MP for Y",
"the first woman elected to Manchester City Council", "Roe Lee ward's Cllr X"."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from floorcross.extract.terms import PARTY_RE, canonical
from floorcross.nlp.councils import normalise_council

_CAP = r"[A-Z][\w'’.-]*"
_PLACE = rf"{_CAP}(?:(?:\s+|\s+(?:with|upon|on|under|and|&|of|in)\s+){_CAP})*"
# (pattern, role), most telling first. Case-sensitive where a lower-case word means something else.
ROLE_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\b(?:[Cc]llrs?|Coun|[Cc]ouncill?ors?|elected to [\w ]*Council)\b"), "councillor"),
    (re.compile(r"\bMSPs?\b|\bMember of the Scottish Parliament\b"), "msp"),
    (re.compile(r"\bMS\b|\bMember of the Senedd\b"), "ms"),
    (re.compile(r"\bMLAs?\b"), "mla"),
    (re.compile(r"\bMEPs?\b"), "mep"),
    (re.compile(r"\bMPs?\b|\b[Mm]ember of [Pp]arliament\b|\bTDs?\b"), "mp"),
    (re.compile(r"\b(?:[Mm]ayor)\b"), "mayor"),
    (re.compile(r"\b(?:[Pp]eer|Lord|Baroness|House of Lords)\b"), "peer"),
    (re.compile(r"\b(?:officer|official|organiser|organizer|secretary|treasurer|chair(?:man|woman)?"
                r"|agent|staffer|vice-chair|chairperson)\b"), "party_official"),
    (re.compile(r"\b(?:[Mm]ember|activist)\b"), "member"),
)
IMPLIED_BODY = {
    "msp": "Scottish Parliament", "ms": "Senedd", "mla": "Northern Ireland Assembly",
    "mep": "European Parliament", "peer": "House of Lords",
}
COUNCIL_RE = re.compile(
    rf"\b((?:{_CAP}\s+(?:(?:with|upon|on|under|and|&)\s+)?)+?"
    r"(?:City |County |Borough |District |Town |Metropolitan Borough )?Council)\b"
)
_PLACE_AFTER = re.compile(
    rf"\b(?:[Cc]ouncill?ors?|[Cc]llrs?)\s+(?:from|in|for|on|at)\s+(?:the\s+)?({_PLACE})"
)
_PLACE_BEFORE = re.compile(rf"\b({_PLACE})\s+(?:[Cc]ouncill?ors?|[Cc]llrs?)\b")
# "Councillor Omar Haddad from Kirklees"
_TITLED_FROM = re.compile(
    rf"\b(?:[Cc]ouncill?or|[Cc]llr|Coun)\s+(?:{_CAP}\s+){{1,3}}(?:from|of|in|on)\s+({_PLACE})"
)
_WARD_PATTERNS = (
    re.compile(rf"\brepresent(?:s|ed|ing)?\s+(?:the\s+)?({_CAP}(?:[\s,&]+(?:and\s+)?{_CAP})*)"
               r"\s+(?:[Ww]ard|[Dd]ivision)\b"),
    re.compile(rf"\b({_CAP}(?:[\s,&]+{_CAP})*)\s+ward(?:'s|’s)?\b"),
    re.compile(rf"\b(?:[Cc]ouncill?or|[Cc]llr) for (?:the\s+)?({_CAP}(?:\s+{_CAP})*)\s+ward"),
    re.compile(rf"\b(?:MP|MSP|MS|MLA|TD) for ({_CAP}(?:(?:\s+|\s+and\s+|\s+&\s+){_CAP})*)"),
    # "Somerton and Frome MP David Warburton"
    re.compile(rf"\b({_CAP}(?:(?:\s+|\s+and\s+|\s+&\s+){_CAP})*)\s+(?:MP|MSP|MS|MLA)\s+[A-Z]"),
)
# Capitalised words before "councillor" that describe the politics, not the place.
_NOT_PLACE = frozenset({
    "independent", "socialist", "community", "former", "ex", "deputy", "executive", "a", "an",
    "the", "cabinet", "senior", "veteran", "local", "borough", "county", "city", "town", "parish",
    "district", "opposition", "group", "labour's", "councillor", "cllr", "new", "newly", "one",
    "two", "three", "both", "other", "another", "first", "elected", "ward", "council",
    "london", "england", "scotland", "wales", "britain", "uk", "yorkshire", "east", "west",
    "north", "south", "greater", "lead", "leader",
})


_NOT_WARD = frozenset({"cllr", "councillor", "the", "a", "an", "his", "her", "diverse"})


@dataclass
class Placement:
    role: str | None = None
    body: str | None = None
    ward: str | None = None


def role_in(text: str) -> tuple[str | None, int]:
    """The first matching role in `text` and where it stands (-1 when none)."""
    best: tuple[str | None, int] = (None, -1)
    for rx, role in ROLE_PATTERNS:
        m = rx.search(text)
        if m:
            return role, m.start()
    return best


def place_of(text: str) -> str | None:
    """A place named as the seat of a councillor in `text`."""
    for rx in (_PLACE_AFTER, _TITLED_FROM, _PLACE_BEFORE):
        for m in rx.finditer(text):
            place = _clean_place(m.group(1))
            if place:
                return place
    return None


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
    for m in COUNCIL_RE.finditer(article_text):
        name = m.group(1)
        if name.split()[0] == place.split()[0]:
            return known_council(name, on) or name
    return None


def _tail(name: str) -> str:
    """"Coastal Ward on East Riding Council" -> "East Riding Council"."""
    return re.split(r"\s(?:on|in|at|of)\s(?=[A-Z])", name)[-1]


def known_council(name: str, on: date | None) -> str | None:
    """The register's name for the longest known tail of a council phrase: "East Wolds and
    Coastal Ward on East Riding Council" -> the East Riding council."""
    words = name.split()
    for k in range(len(words) - 1):
        found = normalise_council(" ".join(words[k:]), on)
        if found:
            return found
    return None


def ward_of(text: str) -> str | None:
    for rx in _WARD_PATTERNS:
        m = rx.search(text)
        if m:
            ward = _clean_ward(m.group(1))
            if ward:
                return ward
    return None


def _clean_ward(raw: str) -> str | None:
    words = raw.split()
    while words and words[0].lower().strip(",") in _NOT_WARD:
        words.pop(0)
    ward = " ".join(words).strip(" ,")
    if not ward or PARTY_RE.fullmatch(ward):
        return None
    return ward


def placement(contexts: list[str], article_text: str, on: date | None) -> Placement:
    """Role, body and ward from the contexts of one person, nearest and most telling first."""
    out = Placement()
    for ctx in contexts:
        role, _ = role_in(ctx)
        if role and out.role is None:
            out.role = role
        if out.role == "councillor" and out.body is None:
            m = COUNCIL_RE.search(ctx)
            if m:
                out.body = known_council(m.group(1), on) or _tail(m.group(1))
            else:
                place = place_of(ctx)
                out.body = council_body(place, article_text, on) if place else None
        if out.ward is None and out.role in ("councillor", "mp", "msp", "ms", "mla", None):
            out.ward = ward_of(ctx)
    if out.role in IMPLIED_BODY and out.body is None:
        out.body = IMPLIED_BODY[out.role]
    return out
