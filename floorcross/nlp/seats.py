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

# Canadian ridings join their parts with dashes: "Richmond–Arthabaska", "Chicoutimi—Le Fjord".
_CAP = r"[A-Z][\w'’]*(?:[-–—][A-Za-z][\w'’]*)*"
# Inside a seat's name only these small words join capitalised ones: "Newcastle upon Tyne East",
# "Kirkcaldy and Cowdenbeath"; "on", "in" and "of" end it ("represents X on Y Council").
_JOIN = r"(?:\s+(?:and|&|upon|under|with)\s+|\s+)"
# "Fermanagh and south Tyrone": a compass word after "and" is often written in lower case.
_COMPASS = r"(?:\s+(?:and|&)\s+(?:north|south|east|west|mid|central)\s+)"
_NAME = rf"{_CAP}(?:(?:{_COMPASS}|{_JOIN}){_CAP})*"
_PLAIN = r"[A-Z]\w*(?:[-–—][A-Za-z]\w*)*"  # no apostrophes: the name before a possessive "'s"
_PLAIN_NAME = rf"{_PLAIN}(?:{_JOIN}{_PLAIN})*"
_ROLE_POSTS = r"(?:MPs?|MSPs?|MSs?|MLAs?|TDs?|AMs?|MEPs?|MPPs?|MNAs?|MHAs?)"
# Indian copy names the house before the seat's kind: "Barwaha assembly constituency".
_HOUSE = r"(?:(?:[Aa]ssembly|[Pp]arliamentary|Lok Sabha|Vidhan Sabha)\s+)"
# US and Canadian copy puts the district or town before these: "the Riverbend legislator".
_LEGISLATORS = r"(?:legislators?|lawmakers?|politicians?|[Aa]ssembly\s+[Mm]embers?)"

def _keys(words: str) -> frozenset[str]:
    return frozenset(name_key(w) for w in words.split())


# Words that open a phrase before a role without being part of the seat: "Former Labour MP".
_LEADING = _keys("""
The A An Former Ex Veteran Senior Backbench Rebel Local Labour Tory Conservative Reform Green
SNP Plaid DUP UUP SDLP Alba Independent Liberal Democrat Democratic Republican Fine Gael Fianna
Fáil Sinn Féin Alliance Lib Dem Labour's Tory's Scottish Welsh Irish British English Ulster Cymru
Alberta Ontario Quebec Québec Manitoba Saskatchewan Canadian Australian Queensland
Unionist Unionists Nationalist Nationalists Loyalist Republican Socialist Congress BJP
Federal Provincial State Longtime Long-serving Longstanding Freshman Incumbent Outgoing Retiring
Sitting Popular Embattled Maverick Rebel Now-independent Newly-elected Disgraced Suspended
""")
# Party and caucus words that never stand in a place's name: "Federal Liberal" is no seat.
_PARTY_WORDS = _keys("""
Labour Tory Tories Conservative Conservatives Liberal Liberals Democrat Democrats Democratic
Republican Republicans SNP DUP UUP SDLP Plaid Reform UKIP Federal Provincial Party Caucus
Coalition Congress BJP NDP Dem Dems Greens Nationalists Unionists
""")
# Places that stand before a role without being its seat: "Alberta MP", "Scottish MSP".
NOT_SEATS = _LEADING | _keys("""
England Scotland Wales Britain UK Ireland Northern Southern Eastern Western North South East
West Central Canada Yukon Nunavut Labrador Australia Victoria Tasmania Texas California Florida
Victorian Tasmanian Queenslander NSW Albertan Ontarian Quebecer
Ohio Georgia Michigan Arizona Nevada Pennsylvania Virginia Wisconsin Minnesota Colorado Oregon
Washington Kentucky Louisiana Alabama Maine Montana Utah Iowa Kansas Missouri Tennessee Europe
European London Westminster Commons Government Opposition Party Cabinet Senedd Holyrood Stormont
""") | frozenset(name_key(p) for p in (
    "Northern Ireland", "Nova Scotia", "New Brunswick", "British Columbia", "Prince Edward Island",
    "Northwest Territories", "New South Wales", "Western Australia", "South Australia",
    "New York", "New Jersey", "New Hampshire", "North Carolina", "South Carolina",
    "North Dakota", "South Dakota", "West Virginia", "New Mexico", "Newfoundland and Labrador",
    "Lib Dem", "Sinn Féin", "Fine Gael", "Fianna Fáil", "Labour Party", "Conservative Party",
    "Lok Sabha", "Rajya Sabha", "Vidhan Sabha", "Dáil", "Dail", "Seanad", "House of Commons",
    "House of Lords", "Scottish Parliament", "Welsh Parliament", "Northern Ireland Assembly",
))


# Capitalised words that describe a councillor rather than name a place (a sentence's first
# word, or a headline's): "Longtime councillor Ann Bell".
_DESCRIBING = _keys("""
Longtime Veteran Senior Local Popular Experienced Young Newly Fellow Opposition Ward Town Parish
County Borough District City Council Cabinet Deputy Lead Elected Serving Councillor Another Every
Each Both Other Tory Labour Green Reform Independent Women Woman Female Male Black Muslim Jewish
Asian Gay Trans Disabled Teenage Student Former Current Sitting Retired Rural Urban Suspended
Expelled Rogue Maverick Controversial Outspoken Respected Ousted Defecting Defected Fellow Unitary
Union Unison Unite Staff Youth Student Students Party Company Community Tenants Residents Parents
""")


# Countries and nationalities that describe a politician: "the US politician".
_COUNTRY_WORDS = _keys("""
US USA American Irish Indian Pakistani French German Australian Canadian Kiwi Zealand Welsh
Scottish English British Northern Southern Local National Federal International
""")


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
    _pattern(0, rf"\brepresent(?:s|ed|ing)?\s+(?:the\s+|his\s+|her\s+|their\s+)?(?:region"
                rf"|constituency|riding|seat"
                rf"|ward|division|village|villages|town|city|area|community|communities|parish"
                rf"|suburb|district)\s+of\s+(?P<seat>{_NAME})(?=[\s,.;:)]|$)"),
    _pattern(0, rf"\brepresent(?:s|ed|ing)?\s+(?:the\s+)?(?P<seat>{_NAME}(?:,\s+{_NAME})*)\s+"
                rf"(?:[Ww]ard|[Dd]ivision|[Dd]istrict|{_HOUSE}?(?:constituency|riding|seat))\b"),
    _pattern(0, rf"\brepresent(?:s|ed|ing)?\s+(?:the\s+)?(?P<seat>{_NAME})\s+(?:on|at|in|for)"
                r"\s+(?:the\s+)?(?:[A-Z]\w+|Westminster|[Pp]arliament)"),
    _pattern(0, rf"\brepresent(?:s|ed|ing)?\s+(?:the\s+)?(?P<seat>{_NAME})(?=\s*[,.;:)]|\s*$|"
                r"\s+(?:since|and|as)\b)"),
    # Ward names may hold commas: "Little Harwood, Sunnybower & Whitebirk ward" (see _clean).
    _pattern(1, rf"\b(?P<seat>{_NAME}(?:,\s+{_NAME})*)\s+(?:[Ww]ard|[Dd]ivision)\b(?!\s+of\b)"),
    _pattern(1, rf"\b(?:[Ww]ard|[Dd]ivision|constituency|riding|seat|electorate)\s+of\s+"
                rf"(?P<seat>{_NAME})"
                r"(?=[\s,.;:)]|$)"),
    _pattern(1, rf"\b(?:[Cc]ouncill?or|[Cc]llr|[Mm]ember|{_ROLE_POSTS}|[Mm]ember of (?:the )?"
                r"(?:Senedd|Scottish Parliament|Welsh Parliament|Legislative Assembly|Assembly"
                rf"|[Pp]arliament))\s+for\s+(?:the\s+)?(?P<seat>{_NAME})(?=[\s,.;:)]|$)"),
    # "the Eastgate member of Fenshire County Council": a council's member for the ward
    _pattern(1, rf"\b(?P<seat>{_NAME})\s+member\s+(?:of|on)\s+(?:the\s+)?(?:{_CAP}\s+"
                r"(?:(?:and|&)\s+)?)+(?:[Cc]ity\s+|[Bb]orough\s+|[Cc]ounty\s+|[Dd]istrict\s+)?"
                r"[Cc]ouncil\b"),
    # "the people of Eastgate, where she has been a councillor since 2010"
    _pattern(1, rf"\b(?P<seat>{_NAME}),?\s+where\s+(?:he|she|they)\s+(?:has|have|had)\s+"
                r"(?:been|served|sat)\s+(?:as\s+)?(?:an?\s+)?(?:[\w-]+\s+)?councill?ors?\b"),
    # "whose Wharfedale seat", "his Fenwick and Dale constituency"
    _pattern(1, rf"\b(?:[Ww]hose|[Hh]is|[Hh]er|[Tt]heir)\s+(?P<seat>{_NAME})\s+(?:seat|"
                r"constituency|riding|ward|division|district)\b"),
    _pattern(1, rf"\belected\s+(?:(?:as\s+)?(?:a|an)\s+)?(?:for\s+\w+(?:\s+\w+)?\s+)?in\s+"
                rf"(?:the\s+)?(?P<seat>{_NAME})(?=[\s,.;:)]|$)"),
    # Indian and US copy: "Congress MLA from Vilavancode", "a legislator from Riverbend".
    _pattern(1, rf"\b(?:{_ROLE_POSTS}|{_LEGISLATORS}|[Rr]epresentative)\s+from\s+(?:the\s+)?"
                rf"(?P<seat>{_NAME})(?=[\s,.;:)]|$)"),
    # Indian copy: "who won from Barwaha in 2018", "had contested from Khandwal".
    _pattern(1, rf"\b(?:won|elected|contested)\s+from\s+(?:the\s+)?(?P<seat>{_NAME})"
                r"(?=[\s,.;:)]|$)"),
    # "Ward 5 councillor", "represents District 31"
    _pattern(1, r"\b(?P<seat>(?:Ward|District)\s+\d{1,3})\b"),
    _pattern(2, rf"\b(?P<seat>{_NAME})\s+(?:[Cc]ouncill?or|Cllr|Coun)\b"),
    # "Bushey representative Ian Crale": a place's own member ("Texas", "State" are no seats)
    _pattern(2, rf"\b(?P<seat>{_NAME})\s+representative\s+(?=[A-Z])"),
    # "the Vilavancode Assembly constituency", "the riding's", "the Monash electorate"
    _pattern(2, rf"\b(?P<seat>{_NAME})\s+{_HOUSE}?(?:constituency|riding|electorate)\b"),
    # "Kettlebrook's MP, Tom Hale", "Fenwick's Labour MP"
    _pattern(2, rf"\b(?P<seat>{_PLAIN_NAME})['’]s\s+(?:[A-Z][\w-]*\s+)?{_ROLE_POSTS}\b"),
    # "won the Fenwick seat", "held the Upper Dale seat": weaker, it may be any contest's
    _pattern(3, rf"\b(?:won|wins|win|holds?|held|took|retained|kept|gained|defend\w*)\s+(?:the"
                rf"\s+|his\s+|her\s+|their\s+)?(?P<seat>{_NAME})\s+seat\b"),
    # "Norham and Islandshire's Cllr Ann Vale": the ward owning its councillor.
    _pattern(2, rf"\b(?P<seat>{_PLAIN_NAME})['’]s\s+(?:[Cc]llr|[Cc]ouncill?or|Coun)\.?\s+[A-Z]"),
    _pattern(2, r"\b(?P<seat>central|north|south|east|west|north-east|north-west|south-east"
                r"|south-west)\s+ward\b"),
    # "Louth TD", "Jamnagar (Rural) MLA", "the Ashby and Fenwold MP's defection".
    _pattern(3, rf"\b(?P<seat>{_NAME}(?:\s+\([A-Z][\w ]*\))?)\s+(?:{_ROLE_POSTS}|{_LEGISLATORS})"
                r"(?=\s+[A-Z]|\s*[,.;:]|\s*$|['’]s\b|\s+(?:has|had|is|was|said|says|told|who|and"
                r"|would|will|wrote|added)\b)"),
)


# "(Lab, Walcot)", "(Walcot, Con)": a party and a ward in brackets after a name.
_BRACKETED = re.compile(r"\((?P<a>[A-Z][\w'’ &-]{0,40}?),\s*(?P<b>[A-Z][\w'’ &-]{0,40}?)\)")


# "Cllrs Ann Hale (Walcot) and Tom Bell (Lansdown)": a place alone in brackets after a name.
_BRACKETED_ALONE = re.compile(r"\b[A-Z][\w'’-]+\s+\((?P<seat>[A-Z][a-z][\w'’ &-]{1,40}?)\)"
                              rf"(?!\s*{_ROLE_POSTS})")  # "Jamnagar (Rural) MLA": a seat's part
_NOT_IN_BRACKETS = _keys("Pictured Left Right Above Below Inset File Archive Rural Urban")


def bracket_seat(inner: str) -> str | None:
    """The seat in the brackets after a name: "Walcot", "Lab, Walcot", "Walcot, Con",
    "MLA from Keoti in Darbhanga" (Indian copy: the seat, then its district)."""
    role = _BRACKET_ROLE.match(inner.strip())
    if role and _acceptable(_clean(role.group("seat")), 1):
        return _clean(role.group("seat"))
    found = _bracketed(f"Name ({inner.strip()})")
    return found[0].name if found else None


_BRACKET_ROLE = re.compile(rf"{_ROLE_POSTS}\s+(?:(?:from|for)\s+)?(?:the\s+)?(?P<seat>{_NAME})"
                          r"(?:\s+in\s+[A-Z][\w ]*)?$")


def _alone(seat: str) -> bool:
    seat = seat.strip()
    if canonical_party(seat) or name_key(seat.split()[0]) in _NOT_IN_BRACKETS:
        return False
    if seat.startswith("The ") and not find_wards(seat):
        return False  # "(The Guardian)"
    return _acceptable(seat, 3)


def _bracketed(text: str) -> list[Seat]:
    out = [Seat(m.group("seat").strip(), 2, m.start("seat"))
           for m in _BRACKETED_ALONE.finditer(text) if _alone(m.group("seat"))]
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


_TRAILING = _keys("Ward Division Assembly Parliamentary Westminster Constituency Riding")


def _owned_part(raw: str) -> str:
    """"Norwich's Thorpe Hamlet" -> "Thorpe Hamlet": a council's or region's possessive before
    the seat's own name (a ward named with one, "St John's Wood", stays whole)."""
    parts = re.split(r"['’]s\s+(?=[A-Z])", raw)
    if len(parts) < 2 or find_wards(raw):
        return raw
    owner = parts[-2].split()[-1] if parts[-2].split() else ""
    if is_council_place(owner) or name_key(owner) in NOT_SEATS or name_key(owner) in REGION_NAMES:
        return parts[-1]
    return raw


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
    words = _owned_part(raw).split()
    while len(words) > 1 and (name_key(words[0]) in _LEADING | _PARTY_WORDS
                              or _possessive(words[0])):
        words.pop(0)  # "Green Party Battenhall councillor"
    if words and words[-1].endswith(("'s", "’s")):
        words[-1] = words[-1][:-2]  # "Kettlebrook's MP"
    while len(words) > 1 and name_key(words[-1]) in _TRAILING:
        words.pop()  # "councillor for the Bicester West Division", "Vilavancode Assembly"
    return " ".join(words).strip(" ,.'’")


# A person's title opening the words before "ward" makes them someone's ward, not its name:
# "[Mr Holt's ward]", an editor's insertion into a quotation.
_PERSONAL_TITLES = _keys("Mr Mrs Ms Miss Mx Dr Cllr Councillor Coun Sir Dame Lord Lady Baroness "
                         "Prof Rev")


# A sentence's opening time words before a title: "Last Friday Cllr Ann Vale ...".
_TIME_WORDS = _keys("Last This Next Yesterday Today Tonight Earlier Later Monday Tuesday "
                    "Wednesday Thursday Friday Saturday Sunday")
# A sentence's opening small words before a title: "With Cllr Ann Vale gone ...".
_OPENERS = _keys("With Without After Before For From As When While Since Meanwhile But And Then "
                 "Now However Also Only Even Following Despite Like Unlike Among Including Both "
                 "Neither Nor Or So Yet If Although Though Once Until Because")


def _acceptable(seat: str, rank: int, explicit: bool = False) -> bool:
    """Whether `seat` may be a seat's name found by wording of `rank`; `explicit` when the
    copy calls it a ward or division outright ("Victoria ward" is no Australian state)."""
    key = name_key(seat)
    words = [name_key(w.rstrip(".")) for w in seat.split()]
    if words and (words[0] in _PERSONAL_TITLES or words[0] in _TIME_WORDS
                  or words[-1] in _TIME_WORDS or words[0] in _OPENERS):
        return False
    if rank == 2 and seat.islower():
        return True  # "the central ward"
    if rank >= 2 and seat.isupper() and (len(seat) <= 5 or " " not in seat):
        return False  # "DA MP", "AAP MLA": a party's initials; "OUSTED MP": a shouted lede
    if not seat or not seat[0].isupper():
        return False
    if (key in NOT_SEATS or key in REGION_NAMES) and not (explicit and key not in _LEADING):
        return False
    if any(name_key(w) in _LEADING for w in seat.split()[-1:]):
        return False  # "Gujarat Congress", "Ulster Unionist": a party, not a seat
    if any(name_key(w) in _PARTY_WORDS for w in seat.split()):
        return False  # "Federal Liberal", "Reform Party"
    if all(name_key(w) in _COUNTRY_WORDS for w in seat.split()):
        return False  # "Northern Irish", "US"
    if rank == 2:  # "The Moor Park councillor": a ward, not a council ("a Kirklees councillor")
        if is_council_place(seat) or canonical_party(seat):
            return False
        if len(seat.split()) == 1 and key in _DESCRIBING:
            return False  # "County councillor", though some ward is called "County"
        if find_wards(seat):
            return True
        words = seat.split()  # an unknown name: plain capitalised words, none of them a party's
        if len(words) == 1:  # "The Brackleigh councillor": a place, unless a describing word
            return len(seat) > 3 and seat.istitle() and key not in _DESCRIBING
        return key not in _REGIONS and all(
            w.istitle() and name_key(w) not in _LEADING for w in words if w not in ("and", "&"))
    return True


def seats_in(text: str) -> list[Seat]:
    """Every ward or constituency named in `text`, most specific wording first."""
    out: list[Seat] = []
    for rank, rx in _PATTERNS:
        for m in rx.finditer(text):
            if canonical_party(m.group("seat")):
                continue  # "represented the Lib Dems in ...": a party, not a seat
            seat = _clean(m.group("seat"), anchored=rank == 0)
            if _acceptable(seat, rank, bool(_WARD_AFTER.match(text, m.end("seat")))):
                name = seat.title() if seat.islower() else seat
                out.append(Seat(name, rank, m.start("seat")))
    out += _bracketed(text) + _known_only(text)
    return sorted(out, key=lambda s: (s.rank, s.start, -len(s.name)))


_WARD_AFTER = re.compile(r"\s+(?:[Ww]ard|[Dd]ivision)\b")
# Wordings that say too little on their own: the name counts only when the ward data knows it
# ("a councillor in Oxhey", "represents the cityside ward"), and is written as the data has it.
_KNOWN_ONLY = (
    re.compile(rf"\b(?:[Cc]ouncill?or|[Cc]llr)\s+in\s+(?:the\s+)?(?P<seat>{_NAME})"
               r"(?=[\s,.;:)]|$)"),
    re.compile(r"\b(?:the|his|her|their)\s+(?P<seat>[a-z][a-z'’-]+(?:\s+(?:and\s+)?[a-z][a-z'’-]+)?)"
               r"\s+(?:ward|division)\b"),
)


def _known_only(text: str) -> list[Seat]:
    out = []
    for rx in _KNOWN_ONLY:
        for m in rx.finditer(text):
            found = find_wards(_clean(m.group("seat")))
            if found and not is_council_place(m.group("seat")):
                out.append(Seat(found[0][0], 1, m.start("seat")))
    return out


def best_seat(texts: list[str]) -> str | None:
    """The seat named most specifically in any of `texts` (the earlier text on a tie)."""
    found = [(s.rank, i, s.start, -len(s.name), s.name) for i, t in enumerate(texts)
             for s in seats_in(t)]
    return min(found)[-1] if found else None


# "A and B, councillors for X, and Y and Z respectively": seats handed out in the order of the
# names before them.
_SEAT_LIST_ANCHOR = re.compile(
    r"\b(?:[Cc]ouncill?ors?|[Mm]embers?|MPs?|MLAs?|MSPs?|MSs?|TDs?|represent(?:s|ed|ing)?"
    r"|[Ww]ards?|[Dd]ivisions?|[Cc]onstituenc(?:y|ies)|[Ss]eats?|for|in)\s+(?:(?:for|in|of)\s+)?"
    r"(?:the\s+)?(?=[A-Z])")
_LIST_END = re.compile(r"\s*,?\s*(?:(?:[Ww]ards?|[Dd]ivisions?|[Cc]onstituencies|[Ss]eats)"
                       r"\s*,?\s*)?respectively\b")
_LIST_NAME = re.compile(r"\b[A-Z][a-z][\w'’-]*(?:\s+[A-Z][\w'’-]+)+")
_NAME_TITLES = _keys("Councillors Councillor Cllrs Cllr Couns Coun MPs MP Mr Mrs Ms Dr")
_SEPARATORS = (re.compile(r"\s*,\s*(?:(?:and|&)\s+)?"),
               re.compile(r"\s*,\s*(?:(?:and|&)\s+)?|\s+(?:and|&)\s+"))


def respective_seat(sentence: str, forms: list[str]) -> str | None:
    """The seat a "respectively" list gives the person named by one of `forms`: the n-th seat
    for the n-th name, when the list splits into as many seats as there are names."""
    listed = _seat_list(sentence)
    if listed is None:
        return None
    names = _names_before(sentence, listed[0], forms)
    at = next((i for i, n in enumerate(names) if any(f in n for f in forms)), None)
    if at is None or len(names) < 2:
        return None
    for rx in _SEPARATORS:  # "X, and Y and Z" splits at commas; "X and Y" at "and"
        seats = [_clean(p.strip(" ,"), anchored=True) for p in rx.split(listed[1].strip(" ,"))]
        seats = [p for p in seats if p]
        if len(seats) == len(names) and all(_acceptable(p, 1) for p in seats):
            return seats[at]
    return None


def _seat_list(sentence: str) -> tuple[int, str] | None:
    """(start, text) of the seats listed before "respectively", after the last word that
    introduces them ("councillors in", "represent", "for the")."""
    end = _LIST_END.search(sentence)
    if not end:
        return None
    anchors = [a for a in _SEAT_LIST_ANCHOR.finditer(sentence, 0, end.start())
               if not re.search(r"[.;:()]", sentence[a.end():end.start()])]
    return (anchors[-1].end(), sentence[anchors[-1].end():end.start()]) if anchors else None


def _names_before(sentence: str, stop: int, forms: list[str]) -> list[str]:
    """People's names before the seat list, in order, titles and party words dropped."""
    names = []
    for found in _LIST_NAME.finditer(sentence, 0, stop):
        words = found.group(0).split()
        while words and name_key(words[0]) in _NAME_TITLES | _LEADING | _PARTY_WORDS:
            words.pop(0)
        if len(words) > 1 or any(f in found.group(0) for f in forms):
            names.append(" ".join(words))
    return names
