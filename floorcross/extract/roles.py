"""Role, council or parliament, and ward of a person, read from the words around their name:
"Kirklees Councillor X", "X, an independent councillor from Oxford", "X MP", "MP for Y",
"the first woman elected to Manchester City Council", "Roe Lee ward's Cllr X"."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from floorcross.extract.backrefs import (
    described_other,
    namesake,
    nearby_contexts,
    own_sentences,
    seat_sentences,
)
from floorcross.extract.backrefs import name_forms as _name_forms
from floorcross.extract.terms import PARTY_RE, canonical
from floorcross.nlp.council_mentions import (
    COUNCIL_NAME,
    acronym_councils,
    council_mentions,
    generic_council,
)
from floorcross.nlp.councils import is_council_place, normalise_council
from floorcross.nlp.countries import guess_country
from floorcross.nlp.seats import best_seat, bracket_seat, respective_seat, seats_in
from floorcross.nlp.wards import find_wards

_CAP = r"[A-Z][\w'’.-]*"
_PLACE = rf"{_CAP}(?:(?:\s+|\s+(?:with|upon|on|under|and|&|of|in)\s+){_CAP})*"
# Offices outside the register's list ("State Senator", "Assemblywoman"): no role rather than a
# wrong one, and they stop "member" from matching "assembly member".
_FOREIGN = "foreign"
_POST = "post"
_ASSEMBLY = "assembly"
_LEGISLATOR = "legislator"
_COMMITTEE = "committee"
# A post held by a sitting councillor ("former Lord Mayor", "deputy council leader"): the seat
# is a councillor's, and "former" ends the post, not the seat.
_COUNCIL_POST = "council_post"
# A senator's chamber is a body, though no role on the register's list names it.
_SENATOR = "senator"
# (pattern, role), most telling first. Case-sensitive where a lower-case word means something else.
ROLE_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"\b(?:[Ss]tate|U\.?S\.?)\s+(?:[Ss]enator|[Rr]epresentative|[Ss]en\.|[Rr]ep\.)"
                r"|\b[Aa]ssembly(?:man|woman|member)\b|\b[Ss]tate [Aa]ssembly [Mm]ember\b"
                r"|\bCongress(?:man|woman)\b|\b[Ss]tate [Ll]egislator\b"
                # members of Ontario's, Quebec's and Newfoundland's legislatures
                r"|\bMPPs?\b|\bMNAs?\b|\bMHAs?\b"), _FOREIGN),
    (re.compile(r"\b(?:[Ss]enators?\b|Sen\.(?=\s+[A-Z]))"), _SENATOR),
    (re.compile(r"\b(?:[Cc]llrs?|Couns?|[Cc]ouncill?ors?|elected to [\w ]*[Cc]ouncil)\b"),
     "councillor"),
    (re.compile(r"\b(?:[Dd]eputy|[Ff]ormer|[Ee]x-?|[Pp]ast|[Vv]ice)[\s-]+(?:[Ll]ord\s+|[Tt]own\s+"
                r"|[Cc]ivic\s+)?[Mm]ayor(?:ess)?\b|\b(?:Lord|Depute)\s+Provost\b"
                r"|\b(?:[Dd]eputy\s+)?(?:[Cc]ouncil|[Aa]uthority)\s+[Ll]eader\b"
                r"|\b(?:[Dd]eputy\s+)?[Ll]eader\s+of\s+(?:the\s+)?(?:[A-Z][\w'’&-]*\s+){1,5}"
                r"(?:(?:[Cc]ity|[Cc]ounty|[Bb]orough|[Dd]istrict)\s+)?[Cc]ouncil\b"
                # "chair of the SNP group on the local authority": a group of councillors
                r"|\b(?:[Dd]eputy\s+)?(?:[Ll]eader|[Cc]hair(?:man|woman|person)?|[Cc]onvener|[Ww]hip)"
                r"\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){1,3}[Gg]roup\s+(?:on|at|in)\s+(?:the\s+)?"
                r"(?:(?:[A-Z][\w'’-]*\s+){1,4}[Cc]ouncil|(?:local\s+)?authority|council)\b"),
     _COUNCIL_POST),
    (re.compile(r"\bMSPs?\b|\bMember of the Scottish Parliament\b"), "msp"),
    (re.compile(r"\bMSs?\b|\bAMs?\b|\b[Mm]ember of the (?:Senedd|Welsh Parliament|Welsh Assembly"
                r"|National Assembly for Wales)\b|\b(?:Senedd|Welsh Parliament|Welsh Assembly)"
                r"\s+[Mm]embers?\b"), "ms"),
    (re.compile(r"\bMLAs?\b|\b[Mm]embers? of the Legislative Assembly\b|\b[Mm]embers? of the "
                r"(?:Alberta|British Columbia|B\.C\.|Saskatchewan|Manitoba|Nova Scotia"
                r"|New Brunswick|Prince Edward Island|Northwest Territories|Yukon|Nunavut"
                r"|provincial)\s+"
                r"[Ll]egislature\b"), "mla"),
    # Indian copy's "legislator" sits in a state assembly; elsewhere the word names no seat on
    # the register's list (a US state legislator).
    (re.compile(r"\b(?:[Ll]egislators?|[Ll]awmakers?)\b|\b[Mm]embers? of the [Ss]tate\s+"
                r"[Ll]egislature\b"), _LEGISLATOR),
    # A bare "Assembly member" sits at Stormont or in the Senedd: the article says which.
    (re.compile(r"\b[Aa]ssembly\s+[Mm]embers?\b|\b[Mm]embers? of the Assembly\b"), _ASSEMBLY),
    (re.compile(r"\bMEPs?\b"), "mep"),
    (re.compile(r"\bMPs?\b|\b[Mm]ember of [Pp]arliament\b|\bTDs?\b"), "mp"),
    (re.compile(r"\b(?:[Mm]ayor)\b"), "mayor"),
    # "chair of the Commons defence committee", "who chairs the housing committee": a post on a
    # committee, not in the party's organisation (see _committee_role).
    (re.compile(r"\b(?:[Cc]hair(?:man|woman|person)?\s+of|[Cc]hairs?|[Cc]haired|[Cc]hairing)"
                r"\s+(?:the\s+)?(?:[\w'’-]+\s+){0,5}?[Cc]ommittee\b"
                r"|\b(?:[Ss]elect\s+|[Cc]ommons\s+)?[Cc]ommittee\s+[Cc]hair(?:man|woman|person)?\b"),
     _COMMITTEE),
    # "Lord Mayor", "Lord Provost": a council's civic head, not a peer.
    (re.compile(r"\b(?:[Pp]eer|Lord(?!\s+(?:Mayor|Provost|Lieutenant|Chancellor|Advocate"
                r"|Justice|Chief|Speaker|President))|Baroness|House of Lords)\b"), "peer"),
    (re.compile(r"\b(?:officer|official|organiser|organizer|secretary|treasurer|chair(?:man|woman)?"
                r"|agent|staffer|vice-chair|chairperson)\b(?!\s+(?:stance|position|line|policy"
                r"|statement|response|figures|results|report|record|account|capacity|business"
                r"|opposition|complaint|channels|website|title|duties|visit|launch|count))"),
     "party_official"),
    # A cabinet or committee member holds a post on a body; it says nothing of party standing.
    (re.compile(r"\b(?:[Cc]abinet|[Ee]xecutive|[Cc]ommittee|[Bb]oard|[Ff]rontbench|[Ss]taff|[Ff]amily"
                r"|[Tt]eam|[Cc]rew|[Cc]lub|[Uu]nion)\s+[Mm]embers?\b"
                r"|\b[Mm]embers? of (?:staff|the public)\b"
                # "a member of the so-called Gang of Four", "member of the Planning Committee"
                r"|\b[Mm]embers? of the (?:so-called\s+(?:[A-Z][\w'’-]*\s+)*[A-Z][\w'’-]*"
                r"|(?:[A-Z][\w'’-]*\s+){0,3}(?:Committee|Board|Commission|Panel)\b)"), _POST),
    (re.compile(r"\b(?:[Mm]ember|activist)\b"), "member"),
)
IMPLIED_BODY = {
    "msp": "Scottish Parliament", "ms": "Senedd", "mla": "Northern Ireland Assembly",
    "mep": "European Parliament", "peer": "House of Lords",
}
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


@dataclass
class Placement:
    role: str | None = None
    body: str | None = None
    ward: str | None = None


def role_in(text: str, near: int | None = None, assembly: str | None = None,
            legislator: str | None = None) -> tuple[str | None, int]:
    """The most telling role in `text` and where it stands (-1 when none); with `near` (where
    the person's name stands), the role closest to the name: in "an SNP MP and a councillor,
    Ann Bell" Ann Bell is the councillor. `assembly` is the role a bare "Assembly member"
    holds in this article (an MLA at Stormont, an MS in Wales; None elsewhere), `legislator`
    the role a "legislator" holds (an MLA in Indian copy)."""
    spans = [(m.start(), m.end(), _committee_role(m.group(0)) if role == _COMMITTEE else role)
             for rx, role in ROLE_PATTERNS for m in rx.finditer(text)]
    # "Senedd member" is one role, not "member" inside it.
    found = [(a, role) for a, b, role in spans
             if not any(x <= a and b <= y and (x, y) != (a, b) for x, y, _ in spans)]
    local = {_ASSEMBLY: assembly or _FOREIGN, _LEGISLATOR: legislator or _FOREIGN}
    found = [(a, local.get(role, role)) for a, role in found]
    found = [(a, _FOREIGN if _former(text, a, role) else role) for a, role in found]
    found = [(a, "councillor" if role == _COUNCIL_POST else role) for a, role in found]
    if not found:
        return None, -1
    if near is None:
        rank = {role: i for i, (_, role) in enumerate(ROLE_PATTERNS)}
        start, role = min(found, key=lambda f: rank.get(f[1], 0))
    else:
        # "councillors A and B and mayor C": a role after "and" is the next person's
        own = [f for f in found if f[0] < near or not _NEXT_PERSON.search(text, near, f[0])]
        # a post ("Cabinet member", a committee's chair) says nothing of the seat another
        # role word in the same phrase names
        own = [f for f in own if f[1] != _POST] or own
        start, role = min(own or found, key=lambda f: abs(f[0] - near))
        role = _dual(text, start, role) or role
    return (None if role in (_FOREIGN, _POST, _SENATOR) else role), start


_COMMONS_COMMITTEE = re.compile(r"\b(?:Commons|[Ss]elect|Westminster|[Pp]arliamentary)\b")


def _committee_role(words: str) -> str:
    """A Commons or select committee's chair is an MP; another committee's chair holds a post
    that names no seat."""
    if "Lords" in words:
        return _POST
    return "mp" if _COMMONS_COMMITTEE.search(words) else _POST


# "former MP X", "an ex-councillor": no longer holds the seat. With a party between ("former
# SNP MSP X", "former Labour councillor X") the person usually still sits, having left it.
_FORMER = re.compile(r"\b(?:[Ff]ormer|[Ee]x-|[Ee]x)\s*$")


def _former(text: str, start: int, role: str) -> bool:
    if text.startswith("AM", start):
        return False  # "former AM": the Senedd's old title for its members, not a lost seat
    return role in ("mp", "msp", "ms", "mla", "mep", "councillor") and bool(
        _FORMER.search(text[max(0, start - 12): start]))


_NEXT_PERSON = re.compile(r"\band\s+(?!an?\s|the\s)")


# "a district councillor and MLA for Foyle", "MLA and Mid Ulster councillor": one person
# holding two seats is named by the higher one.
_HIGHER = r"(?P<high>MLA|MP|MSP|MS|TD|AM)"
_JOINED = r"\s*(?:,|and|&|/)\s*(?:an?\s+|the\s+)?"
_DUAL = (
    re.compile(rf"\b(?:[Cc]ouncill?or|[Cc]llr){_JOINED}{_HIGHER}\b"),
    re.compile(rf"\b{_HIGHER}{_JOINED}(?:[A-Z][\w'’-]*\s+|district\s+|borough\s+|county\s+"
               r"|city\s+|local\s+){0,3}(?:[Cc]ouncill?or|[Cc]llr)\b"),
)
_HIGHER_ROLE = {"MLA": "mla", "MP": "mp", "MSP": "msp", "MS": "ms", "TD": "mp", "AM": "ms"}


def _dual(text: str, start: int, role: str) -> str | None:
    if role != "councillor":
        return None
    for m in (m for rx in _DUAL for m in rx.finditer(text)):
        if m.start() <= start < m.end():
            return _HIGHER_ROLE[m.group("high")]
    return None


_NORTHERN_IRISH = re.compile(r"\b(?:Stormont|Northern Ireland|Sinn F[eé]in|SDLP|DUP|UUP|TUV"
                             r"|Ulster Unionists?|Belfast|Fermanagh|Tyrone|Antrim|Armagh)\b")
_WELSH = re.compile(r"\b(?:Senedd|Welsh|Cardiff Bay|Plaid Cymru)\b")


def assembly_role(article_text: str) -> str | None:
    """The seat a bare "Assembly member" holds in this article."""
    if _NORTHERN_IRISH.search(article_text):
        return "mla"
    return "ms" if _WELSH.search(article_text) else None


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


def placement(contexts: list[str], article_text: str, on: date | None,
              person: str | None = None) -> Placement:
    """Role, body and ward from the contexts of one person, nearest and most telling first.
    With the person's name, contexts that name them count first, and the article's own wording
    around their name fills what the contexts leave open (a role from "Four MPs ..." before a
    list of names, "The Sligo-Leitrim TD" in the next sentence)."""
    ranked = _rank_contexts(contexts, person)
    extra = nearby_contexts(person, article_text) if person else []
    out = Placement(role=_role(ranked, extra, article_text, person))
    out.body = body_for(out.role, ranked, article_text, on, person)
    own = own_sentences(person, article_text, _seat_names) if person else []
    if out.body is None and out.role in (None, "member") and _sits_on(own):
        # "quit the Conservative group on Broxbourne Borough Council", past the name's window
        out.body = body_for(out.role, own, article_text, on, person)
    if out.body is None and out.role == "councillor":
        # "Three Fenshire City Councillors ..." before a list of names
        out.body = body_for(out.role, extra, article_text, on)
    if out.body and out.role in (None, "member") and _sits_on(ranked + own):
        out.role = "councillor"  # "a member of Gosport borough council"
    if out.role in ("councillor", "mp", "msp", "ms", "mla", "member", None):
        out.ward = (_respective_ward(person, article_text) or _shared_ward(person, article_text)
                    or _ward(out.role, [_widen(c, article_text) for c in ranked] + extra, person))
        if out.ward is None and person:  # the seat said further from the name
            out.ward = _ward(out.role, seat_sentences(person, article_text, _seat_names), person)
    if out.role is None and out.ward and find_wards(out.ward) and _COUNCIL_WORD.search(
            article_text) and not any(_PARLIAMENT_WORD.search(c) for c in ranked + extra):
        out.role = "councillor"  # "Mr Parry and Ms Ford represent Fairwater" in a council story
    if out.role == "councillor" and out.body is None:
        out.body = _council_named(out.ward, article_text, on, person)
    if out.role in IMPLIED_BODY and out.body is None and not _abroad(out.role, article_text):
        out.body = IMPLIED_BODY[out.role]
    if out.body is None and out.role in ("mp", "mla", None):
        out.body = chamber(out.role, ranked + own, article_text)
    return out


def _role(ranked: list[str], extra: list[str], article_text: str,
          person: str | None) -> str | None:
    """The role the nearest, most telling wording gives; the article's descriptions of the
    person fill a missing or weak one."""
    assembly = assembly_role(f"{article_text} {' '.join(ranked)}")
    legislator = _legislator_role(article_text) if any(
        _LEGISLATOR_WORD.search(c) for c in (*ranked, *extra)) else None
    role = None
    for c in ranked:
        role, at = role_in(c, _name_at(c, person), assembly, legislator)
        if role:
            break
        if at >= 0 and _abroad_office(c, at):
            return None  # "Senator X": no role on the list, and "party member" is weaker
    if role == "peer" and (devolved := _devolved_role(ranked + extra)):
        return devolved  # "Lord X", "The Arfon AM": the seat he was elected to
    own = own_sentences(person, article_text, _seat_names) if person else []
    if role in (None, "member", "peer") and (sits := _sits_in(ranked + own, article_text)):
        return sits  # "will sit as an independent in the Senedd"
    if role is None and any(_ELECTED_SEAT.search(c) for c in ranked + own):
        role = _legislator_role(article_text)  # Indian copy: "who won from Barwaha constituency"
    if role in (None, "member") and extra:  # "member" is the weakest reading
        role = next((r for r in (role_in(c, None, assembly, legislator)[0] for c in extra)
                     if r), role)
    if role is None and any(_WARD_WORDING.search(c) for c in ranked):
        role = "councillor"  # "who represents Riverside ward on the city council"
    if role is None and _COUNCIL_WORD.search(article_text) and any(
            best_seat([m.group(0)]) for c in ranked for m in _PLACE_REPRESENTATIVE.finditer(c)):
        role = "councillor"  # "Bushey representative Ian Crale" in a story about a council
    if role == "member" and any(_MEMBER_FOR.search(c) for c in ranked):
        role = "mp" if _parliamentary(article_text) else "councillor"
    return role


def _abroad_office(text: str, at: int) -> bool:
    """Whether the role word at `at` names an office outside the register's list (a senator,
    a US state legislator), not a former seat or a post."""
    return any(rx.match(text, at) for rx, role in ROLE_PATTERNS if role in (_FOREIGN, _SENATOR))


_ELECTED_SEAT = re.compile(r"\b(?:[Aa]ssembly\s+(?:constituency|seat)|[Vv]idhan [Ss]abha seat"
                           r"|won\s+(?:the\s+)?(?:[A-Z][\w-]*\s+)*(?:from|seat)\b)")
_LEGISLATOR_WORD = re.compile(r"\b(?:[Ll]egislator|[Ll]awmaker)")
_STATE_HOUSE = re.compile(r"\b(?:[Aa]ssembly|MLAs?|[Vv]idhan [Ss]abha)\b")
_UNION_HOUSE = re.compile(r"\b(?:Lok Sabha|Rajya Sabha|Parliament|MPs?)\b")


def _legislator_role(article_text: str) -> str | None:
    """A "legislator" in Indian copy: an MLA, or an MP when only Parliament is named."""
    if guess_country(article_text) != "India":
        return None
    if _UNION_HOUSE.search(article_text) and not _STATE_HOUSE.search(article_text):
        return "mp"
    return "mla"


_MEMBER_FOR = re.compile(r"\b[Mm]ember\s+for\s+(?:the\s+)?[A-Z]")
_PARLIAMENT_WORD = re.compile(r"\b(?:MPs?|MSPs?|MSs?|MLAs?|TDs?|AMs?|[Pp]arliament|constituency"
                              r"|[Ss]enat\w+|[Ll]egislat\w+|[Aa]ssembly)\b")
_COUNCIL_WORD = re.compile(r"\b(?:[Cc]ouncil|[Cc]ouncill?ors?|[Cc]llr|[Ww]ard|[Dd]ivision)\b")


def _parliamentary(article_text: str) -> bool:
    """"the Liberal member for Monash" sits in a parliament when the copy is not about a
    council (there "member for Bretton" is a ward's councillor)."""
    return guess_country(article_text) in ("Australia", "Canada") or not _COUNCIL_WORD.search(
        article_text)


# A ward or division said to be the person's seat makes them a councillor.
_WARD_WORDING = re.compile(r"\brepresent(?:s|ed|ing)?\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+"
                           r"(?:(?:and|&)\s+)?){1,5}(?:ward|division)\b|\b(?:ward|division)"
                           r"\s+councill?or\b")


_PLACE_REPRESENTATIVE = re.compile(r"\b[A-Z][\w'’-]+(?:\s+(?:and\s+|&\s+)?[A-Z][\w'’-]+)*"
                                   r"\s+representative\s+[A-Z]")


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


# Indian copy the country guess may miss: an MLA there sits in a state assembly.
_INDIAN = re.compile(r"\b(?:Vidhan Sabha|Lok Sabha|Rajya Sabha|BJP|RJD|JD\(U\)|JDU|Congress"
                     r"|Samajwadi|Trinamool|AIADMK|DMK|crore|lakh)\b")


def _abroad(role: str, article_text: str) -> bool:
    """An MLA in an Indian article sits in a state assembly, one in a Canadian or Australian
    article in a province's or state's, not at Stormont."""
    if role != "mla":
        return False
    if guess_country(article_text) in ("India", "Canada", "Australia", "United States"):
        return True
    return not _NORTHERN_IRISH.search(article_text) and bool(_INDIAN.search(article_text))


# Sitting or being elected somewhere names the seat; being there for a press call does not.
_SITTING = (r"\b(?:sit|sits|sitting|represents?|representing|elected|returned|members?|seat)"
            r"\b[^.;]{0,50}?\b")
_SITS_IN = (
    (re.compile(rf"{_SITTING}(?:in|to|at|of)\s+the\s+(?:Senedd|Welsh (?:Parliament|Assembly)"
                r"|National Assembly for Wales)\b|\bSenedd\s+(?:group|seat)"), "ms"),
    (re.compile(rf"{_SITTING}(?:(?:in|to|of)\s+the\s+Scottish Parliament|at Holyrood)\b"), "msp"),
    (re.compile(rf"{_SITTING}(?:(?:in|to|of)\s+the\s+Northern Ireland Assembly|at Stormont)\b"),
     "mla"),
)


def _sits_in(contexts: list[str], article_text: str) -> str | None:
    """A devolved seat from where a context naming the person says they sit or were elected
    ("will sit as an independent in the Senedd", "elected to the Scottish Parliament")."""
    if guess_country(article_text) == "India":
        return None
    return next((role for c in contexts for rx, role in _SITS_IN if rx.search(c)), None)


def _devolved_role(contexts: list[str]) -> str | None:
    """An elected devolved seat named in any context (peers may sit in the Senedd, Holyrood
    or Stormont; never in the Commons)."""
    devolved = ("ms", "msp", "mla")
    roles = {role for c in contexts for rx, role in ROLE_PATTERNS
             if role in devolved and rx.search(c)}
    return next((r for r in devolved if r in roles), None)


def _name_at(ctx: str, person: str | None) -> int | None:
    for form in _name_forms(person):
        i = ctx.find(form)
        if i >= 0:
            return i
    return None


def _rank_contexts(contexts: list[str], person: str | None) -> list[str]:
    """Contexts that name the person before those that do not (an anonymous lead such as "An
    SNP MP and local councillor" fits two people)."""
    if not person:
        return list(contexts)
    own = [c for c in contexts if not namesake(c, person)]
    return sorted(own, key=lambda c: _name_at(c, person) is None)




_SITS_ON = re.compile(r"\b(?:on|of|to|for)\s+(?:the\s+)?[A-Z][\w'’,.& -]*?\s+[Cc]ouncil\b|"
                      r"\b(?:[Mm]ayor|[Ll]eader)\s+of\b")


def _sits_on(contexts: list[str]) -> bool:
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
        near = _name_at(ctx, person) or 0
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


def _council_named(ward: str | None, article_text: str, on: date | None,
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


_SEAT_WORD_AFTER = re.compile(r"\s+(?:[Ww]ard|[Dd]ivision|constituency|riding|seat)\b")


def _ward(role: str | None, contexts: list[str], person: str | None) -> str | None:
    for ctx in contexts:  # "Cllrs Ann Hale (Walcot) and Tom Bell (Lansdown)"
        for form in _name_forms(person):
            m = re.search(rf"{re.escape(form)},?\s+\(([^()]{{2,50}})\)", ctx)
            if m and (seat := bracket_seat(m.group(1))):
                return seat
    seats = sorted((s.rank, i, s.start, -len(s.name), s.name) for i, c in enumerate(contexts)
                   for s in seats_in(c))
    for _, i, start, _, name in seats:
        called = _SEAT_WORD_AFTER.match(contexts[i], start + len(name))
        if person and " " in person and not called and re.fullmatch(
                rf"[A-Z][\w'’-]+\s+{re.escape(person.split()[-1])}", name):
            continue  # "Andrew Gwynne MP": a namesake, not a seat
        for form in _name_forms(person):  # "MP for Edmonton Riverbend Matt Jeneroux"
            if form == person or not called and not find_wards(name):
                name = name.split(form)[0].strip(" ,")  # "Little Aston ward": not Ms Little
        if not name or (role == "councillor" and is_council_place(name) and not find_wards(name)):
            continue  # "represents Kirklees": the council, not a ward
        return name
    return None


def _respective_ward(person: str | None, article_text: str) -> str | None:
    """The person's seat in a "respectively" list: "A and B, councillors for X and Y
    respectively"."""
    if not person or "respectively" not in article_text:
        return None
    forms = _name_forms(person)
    for m in re.finditer(r"[^.!?]*\brespectively\b", article_text):
        if any(f in m.group(0) for f in forms) and (seat := respective_seat(m.group(0), forms)):
            return seat
    return None


# "Cllr A represents Eastgate ward and, along with Cllr B, won the seat": B's ward too.
_SHARED_SEAT = re.compile(r"\brepresents?\s+(?:the\s+)?(?P<seat>[A-Z][^.;]{1,40}?\s+(?:[Ww]ard"
                          r"|[Dd]ivision))\b[^.;]{0,40}?\b(?:along with|alongside|together with"
                          r"|with fellow)\s+(?P<other>[^.;,]{3,60})")


def _shared_ward(person: str | None, article_text: str) -> str | None:
    """A ward said of a colleague the person shares it with."""
    if not person or not re.search(r"\balong(?:side| with)|\btogether with|\bwith fellow",
                                   article_text):
        return None
    forms = _name_forms(person)
    for m in _SHARED_SEAT.finditer(article_text):
        if any(f in m.group("other") for f in forms):
            return best_seat([m.group("seat")])
    return None


def _seat_names(text: str) -> list[str]:
    return [s.name for s in seats_in(text)]


def _widen(ctx: str, article_text: str) -> str:
    """A context cut short mid-name ("represents Heysh") run on to the end of its words."""
    at = article_text.find(ctx)
    if at < 0 or not ctx or not ctx[-1].isalnum():
        return ctx
    end = at + len(ctx)
    m = re.compile(r"[\w'’&-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w'’-]*)*").match(article_text, end)
    return ctx + (m.group(0) if m else "")


# Parliaments outside the UK, by the short names their own copy uses ("the Senate", "the
# National Assembly"). A UK MP's body stays unset: the role says it.
_SENATOR_WORD = re.compile(r"\b(?:[Ss]enator|Sen\.\s+[A-Z])")
_STATE_SENATOR = re.compile(r"\b(?:[Ss]tate\s+[Ss]en(?:ator|\.))")
# "the Ohio Senate", "the Texas State Senate"; a nation's adjective is not part of the name.
_NAMED_SENATE = re.compile(r"\b(?P<name>(?:[A-Z][a-z]+\s+){1,2}(?:State\s+)?Senate)\b")
_NATIONAL_ADJECTIVE = re.compile(r"^(?:The|Australian|Nigerian|Canadian|Irish|Philippine|US"
                                 r"|American|Federal|Upper|Kenyan|Pakistani|Indian)\b")
_NATIONAL_ASSEMBLY = re.compile(r"\bNational Assembly\b(?!\s+for\s+Wales)")
_RAJYA_SABHA = re.compile(r"\bRajya Sabha\b")
_STATE_ASSEMBLY = re.compile(r"\b(?P<name>(?:[A-Z][a-z]+\s+){1,2}(?:Legislative Assembly"
                             r"|Vidhan Sabha))\b")
# Two of these make an article South African, where MPs sit in the National Assembly.
_SOUTH_AFRICA = re.compile(r"\b(?:ANC|DA|African National Congress|Democratic Alliance|EFF"
                           r"|Economic Freedom Fighters|Ramaphosa|Zuma|Inkatha|IFP|ActionSA"
                           r"|uMkhonto|MK [Pp]arty|Cape Town|Johannesburg|Pretoria|South Africa"
                           r"|KwaZulu-Natal|Gauteng)\b")
# A legislature named outright: "the Western Cape Provincial Legislature", "the Yukon
# Legislature" (not "the state legislature", which names none).
_NAMED_LEGISLATURE = re.compile(r"\b(?P<name>(?:(?!The\b)[A-Z][\w'’-]*\s+){1,3}(?:Provincial\s+)?"
                                r"Legislature)\b")
_TD_WORD = re.compile(r"\bTDs?\b|\bD[aá]il\b")
_MP_CHAMBER = {"Canada": "House of Commons", "Australia": "House of Representatives",
               "India": "Lok Sabha"}


def chamber(role: str | None, contexts: list[str], article_text: str) -> str | None:
    """The parliament outside the UK a senator, MP or Indian MLA sits in: "Senate" for a
    senator (a US state senator's only where the article names the state's Senate), the
    "National Assembly" of an MP where the article names it, the Dáil for a TD, the national
    lower house for Canadian, Australian and Indian MPs, a state's assembly for an MLA."""
    joined = " ".join(contexts)
    legislature = _NAMED_LEGISLATURE.search(joined)
    if role is None and legislature and not _SENATOR_WORD.search(joined):
        return legislature.group("name")  # "Western Cape Provincial Legislature speaker X"
    if role is None and _SENATOR_WORD.search(joined):
        if _STATE_SENATOR.search(joined):
            named = [m.group("name") for m in _NAMED_SENATE.finditer(article_text)
                     if not _NATIONAL_ADJECTIVE.match(m.group("name"))]
            return named[0] if named else None
        return "Seanad" if "Seanad" in article_text else "Senate"
    if role == "mla":
        found = _STATE_ASSEMBLY.search(article_text)
        country = guess_country(article_text)
        return found.group("name") if found and country == "India" else None
    if role != "mp":
        return None
    if _RAJYA_SABHA.search(joined):
        return "Rajya Sabha"
    if _TD_WORD.search(joined):
        return "Dáil"
    if (_NATIONAL_ASSEMBLY.search(article_text) and not _WELSH.search(article_text)
            or len({m.group(0) for m in _SOUTH_AFRICA.finditer(article_text)}) > 1):
        return "National Assembly"
    return _MP_CHAMBER.get(guess_country(article_text) or "")
