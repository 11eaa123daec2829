"""Wards and constituencies named in plain text, without a parse.

No constituency list is bundled, so a constituency is read from how copy names it: "MP for
<X>", "<X> MP", "The <X> TD", "who represents <X> at Westminster". A ward is read the same way
("represents <X> on <Y> Council", "member for <X>", "The <X> councillor", "<X> ward") and, where
the name alone is the only clue ("The Moor Park councillor"), checked against the ward data.
Provinces, states and nations before a role ("Alberta MP", "Welsh MS") are never seats.

Each finding carries a rank: the more specific the wording, the lower the rank, so "represents
Newcastle upon Tyne East" beats a bare "Newcastle MP".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from floorcross.nlp.councils import is_council_place
from floorcross.nlp.countries import REGION_NAMES
from floorcross.nlp.parties import canonical_party
from floorcross.nlp.refdata import name_key
from floorcross.nlp.wards import find_wards

_CAP = r"[A-Z][\w'’]*(?:-[A-Za-z][\w'’]*)*"
# Inside a seat's name only these small words join capitalised ones: "Newcastle upon Tyne East",
# "Kirkcaldy and Cowdenbeath"; "on", "in" and "of" end it ("represents X on Y Council").
_JOIN = r"(?:\s+(?:and|&|upon|under|with)\s+|\s+)"
_NAME = rf"{_CAP}(?:{_JOIN}{_CAP})*"
_PLAIN = r"[A-Z]\w*(?:-[A-Za-z]\w*)*"  # no apostrophes: the name before a possessive "'s"
_PLAIN_NAME = rf"{_PLAIN}(?:{_JOIN}{_PLAIN})*"
_ROLE_POSTS = r"(?:MPs?|MSPs?|MSs?|MLAs?|TDs?|AMs?|MEPs?)"

def _keys(words: str) -> frozenset[str]:
    return frozenset(name_key(w) for w in words.split())


# Words that open a phrase before a role without being part of the seat: "Former Labour MP".
_LEADING = _keys("""
The A An Former Ex Veteran Senior Backbench Rebel Local Labour Tory Conservative Reform Green
SNP Plaid DUP UUP SDLP Alba Independent Liberal Democrat Democratic Republican Fine Gael Fianna
Fáil Sinn Féin Alliance Lib Dem Labour's Tory's Scottish Welsh Irish British English Ulster Cymru
Alberta Ontario Quebec Québec Manitoba Saskatchewan Canadian Australian Queensland
Unionist Unionists Nationalist Nationalists Loyalist Republican Socialist Congress BJP
""")
# Places that stand before a role without being its seat: "Alberta MP", "Scottish MSP".
NOT_SEATS = _LEADING | _keys("""
England Scotland Wales Britain UK Ireland Northern Southern Eastern Western North South East
West Central Canada Yukon Nunavut Labrador Australia Victoria Tasmania Texas California Florida
Ohio Georgia Michigan Arizona Nevada Pennsylvania Virginia Wisconsin Minnesota Colorado Oregon
Washington Kentucky Louisiana Alabama Maine Montana Utah Iowa Kansas Missouri Tennessee Europe
European London Westminster Commons Government Opposition Party Cabinet Senedd Holyrood Stormont
""") | frozenset(name_key(p) for p in (
    "Northern Ireland", "Nova Scotia", "New Brunswick", "British Columbia", "Prince Edward Island",
    "Northwest Territories", "New South Wales", "Western Australia", "South Australia",
    "New York", "New Jersey", "New Hampshire", "North Carolina", "South Carolina",
    "North Dakota", "South Dakota", "West Virginia", "New Mexico", "Newfoundland and Labrador",
    "Lib Dem", "Sinn Féin", "Fine Gael", "Fianna Fáil", "Labour Party", "Conservative Party",
))


# Regions larger than any ward: "The West Midlands councillor" names no ward.
_REGIONS = frozenset(name_key(r) for r in (
    "West Midlands", "East Midlands", "North West", "North East", "South West", "South East",
    "East Anglia", "Greater London", "Greater Manchester", "West Yorkshire", "South Yorkshire",
    "North Wales", "South Wales", "West Wales", "Mid Wales", "Home Counties",
))


@dataclass(frozen=True)
class Seat:
    name: str
    rank: int  # 0 = stated outright ("represents X"), higher = inferred from weaker wording
    start: int


def _pattern(rank: int, text: str, flags: int = 0) -> tuple[int, re.Pattern[str]]:
    return rank, re.compile(text, flags)


# (rank, pattern with a group "seat"); "represents" forms first: they are the most specific.
_PATTERNS: tuple[tuple[int, re.Pattern[str]], ...] = (
    _pattern(0, rf"\brepresent(?:s|ed|ing)?\s+(?:the\s+)?(?:region|constituency|riding|seat"
                rf"|ward|division|village|villages|town|city|area|community|communities|parish"
                rf"|suburb|district)\s+of\s+(?P<seat>{_NAME})(?=[\s,.;:)]|$)"),
    _pattern(0, rf"\brepresent(?:s|ed|ing)?\s+(?:the\s+)?(?P<seat>{_NAME}(?:,\s+{_NAME})*)\s+"
                r"(?:[Ww]ard|"
                r"[Dd]ivision|constituency|riding)\b"),
    _pattern(0, rf"\brepresent(?:s|ed|ing)?\s+(?:the\s+)?(?P<seat>{_NAME})\s+(?:on|at|in|for)"
                r"\s+(?:the\s+)?(?:[A-Z]\w+|Westminster|[Pp]arliament)"),
    _pattern(0, rf"\brepresent(?:s|ed|ing)?\s+(?:the\s+)?(?P<seat>{_NAME})(?=\s*[,.;:)]|\s*$|"
                r"\s+(?:since|and|as)\b)"),
    # Ward names may hold commas: "Little Harwood, Sunnybower & Whitebirk ward" (see _clean).
    _pattern(1, rf"\b(?P<seat>{_NAME}(?:,\s+{_NAME})*)\s+(?:[Ww]ard|[Dd]ivision)\b(?!\s+of\b)"),
    _pattern(1, rf"\b(?:[Ww]ard|[Dd]ivision|constituency|riding)\s+of\s+(?P<seat>{_NAME})"
                r"(?=[\s,.;:)]|$)"),
    _pattern(1, rf"\b(?:[Cc]ouncill?or|[Cc]llr|[Mm]ember|{_ROLE_POSTS})\s+for\s+(?:the\s+)?"
                rf"(?P<seat>{_NAME})(?=[\s,.;:)]|$)"),
    _pattern(1, rf"\belected\s+(?:(?:as\s+)?(?:a|an)\s+)?(?:for\s+\w+(?:\s+\w+)?\s+)?in\s+"
                rf"(?:the\s+)?(?P<seat>{_NAME})(?=[\s,.;:)]|$)"),
    _pattern(2, rf"\b(?P<seat>{_NAME})\s+[Cc]ouncill?or\b"),
    # "Norham and Islandshire's Cllr Ann Vale": the ward owning its councillor.
    _pattern(2, rf"\b(?P<seat>{_PLAIN_NAME})['’]s\s+(?:[Cc]llr|[Cc]ouncill?or|Coun)\.?\s+[A-Z]"),
    _pattern(2, r"\b(?P<seat>central|north|south|east|west|north-east|north-west|south-east"
                r"|south-west)\s+ward\b"),
    # "Louth TD", "Jamnagar (Rural) MLA": the seat before the post.
    _pattern(3, rf"\b(?P<seat>{_NAME}(?:\s+\([A-Z][\w ]*\))?)\s+{_ROLE_POSTS}"
                r"(?=\s+[A-Z]|\s*[,.;:]|\s*$|\s+(?:has|had|is|was|said|says|told|who|and)\b)"),
)


# "(Lab, Walcot)", "(Walcot, Con)": a party and a ward in brackets after a name.
_BRACKETED = re.compile(r"\((?P<a>[A-Z][\w'’ &-]{0,40}?),\s*(?P<b>[A-Z][\w'’ &-]{0,40}?)\)")


def _bracketed(text: str) -> list[Seat]:
    out = []
    for m in _BRACKETED.finditer(text):
        for party, seat in (("a", "b"), ("b", "a")):
            if canonical_party(m.group(party)) and not canonical_party(m.group(seat)):
                name = m.group(seat).strip()
                if _acceptable(name, 1):
                    out.append(Seat(name, 1, m.start(seat)))
    return out


def _possessive(word: str) -> bool:
    """"SNP's", "Labour’s": a party or group owning the seat, not part of its name."""
    return word.endswith(("'s", "’s")) and name_key(word[:-2]) in _LEADING


def _clean(raw: str, anchored: bool = False) -> str:
    """The seat's words; `anchored` when the wording fixes where the name starts ("represents
    <X>"), so commas inside it are kept even for a ward the data lacks."""
    if "," in raw and not anchored:  # the longest known ward name with commas,
        parts = raw.split(",")
        tails = [",".join(parts[k:]).strip() for k in range(len(parts))]
        # else from the first part that is itself a ward ("Little Harwood, Sunnybower & ..."),
        # else the name after the last comma
        raw = next((t for t in tails if find_wards(t)), None) or next(
            (tails[k] for k, p in enumerate(parts) if find_wards(p.strip())), parts[-1])
    words = raw.split()
    while len(words) > 1 and (name_key(words[0]) in _LEADING or _possessive(words[0])):
        words.pop(0)
    return " ".join(words).strip(" ,.'’")


def _acceptable(seat: str, rank: int) -> bool:
    key = name_key(seat)
    if rank == 2 and seat.islower():
        return True  # "the central ward"
    if not seat or key in NOT_SEATS or key in REGION_NAMES or not seat[0].isupper():
        return False
    if any(name_key(w) in _LEADING for w in seat.split()[-1:]):
        return False  # "Gujarat Congress", "Ulster Unionist": a party, not a seat
    if rank == 2:  # "The Moor Park councillor": a ward, not a council ("a Kirklees councillor")
        if is_council_place(seat) or canonical_party(seat):
            return False
        if find_wards(seat):
            return True
        words = seat.split()  # an unknown name: plain capitalised words, none of them a party's
        return len(words) > 1 and key not in _REGIONS and all(
            w.istitle() and name_key(w) not in _LEADING for w in words if w not in ("and", "&"))
    return True


def seats_in(text: str) -> list[Seat]:
    """Every ward or constituency named in `text`, most specific wording first."""
    out: list[Seat] = []
    for rank, rx in _PATTERNS:
        for m in rx.finditer(text):
            seat = _clean(m.group("seat"), anchored=rank == 0)
            if _acceptable(seat, rank):
                name = seat.title() if seat.islower() else seat
                out.append(Seat(name, rank, m.start("seat")))
    out += _bracketed(text)
    return sorted(out, key=lambda s: (s.rank, s.start, -len(s.name)))


def best_seat(texts: list[str]) -> str | None:
    """The seat named most specifically in any of `texts` (the earlier text on a tie)."""
    found = [(s.rank, i, s.start, -len(s.name), s.name) for i, t in enumerate(texts)
             for s in seats_in(t)]
    return min(found)[-1] if found else None
