"""The role the wording around a name gives a person ("Kirklees Councillor X", "X MP",
"former MSP", "a district councillor and MLA"), by pattern, most telling first."""

from __future__ import annotations

import re

from floorcross.extract.backrefs import name_forms as _name_forms

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


NORTHERN_IRISH = re.compile(r"\b(?:Stormont|Northern Ireland|Sinn F[eé]in|SDLP|DUP|UUP|TUV"
                             r"|Ulster Unionists?|Belfast|Fermanagh|Tyrone|Antrim|Armagh)\b")
WELSH = re.compile(r"\b(?:Senedd|Welsh|Cardiff Bay|Plaid Cymru)\b")


def assembly_role(article_text: str) -> str | None:
    """The seat a bare "Assembly member" holds in this article."""
    if NORTHERN_IRISH.search(article_text):
        return "mla"
    return "ms" if WELSH.search(article_text) else None


def abroad_office(text: str, at: int) -> bool:
    """Whether the role word at `at` names an office outside the register's list (a senator,
    a US state legislator), not a former seat or a post."""
    return any(rx.match(text, at) for rx, role in ROLE_PATTERNS if role in (_FOREIGN, _SENATOR))


def name_position(ctx: str, person: str | None) -> int | None:
    """Where a form of the person's name first appears in a context, if it does."""
    for form in _name_forms(person):
        i = ctx.find(form)
        if i >= 0:
            return i
    return None
