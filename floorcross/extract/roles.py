"""Role, council or parliament, and ward of a person, read from the words around their name:
"Kirklees Councillor X", "X, an independent councillor from Oxford", "X MP", "MP for Y",
"the first woman elected to Manchester City Council", "Roe Lee ward's Cllr X"."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from floorcross.extract.backrefs import namesake, nearby_contexts, own_sentences, seat_sentences
from floorcross.extract.chambers import chamber
from floorcross.extract.council_bodies import body_for, council_named, sits_on
from floorcross.extract.role_words import (
    NORTHERN_IRISH,
    ROLE_PATTERNS,
    abroad_office,
    assembly_role,
    name_position,
    role_in,
)
from floorcross.extract.wards_near import (
    respective_ward,
    seat_names,
    served_ward,
    shared_ward,
    ward_in,
    widen_context,
)
from floorcross.nlp.countries import guess_country
from floorcross.nlp.seats import best_seat
from floorcross.nlp.wards import find_wards

IMPLIED_BODY = {
    "msp": "Scottish Parliament", "ms": "Senedd", "mla": "Northern Ireland Assembly",
    "mep": "European Parliament", "peer": "House of Lords",
}


@dataclass
class Placement:
    role: str | None = None
    body: str | None = None
    ward: str | None = None


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
    own = own_sentences(person, article_text, seat_names) if person else []
    if out.body is None and out.role in (None, "member") and sits_on(own):
        # "quit the Conservative group on Broxbourne Borough Council", past the name's window
        out.body = body_for(out.role, own, article_text, on, person)
    if out.body is None and out.role == "councillor":
        # "Three Fenshire City Councillors ..." before a list of names
        out.body = body_for(out.role, extra, article_text, on)
    if out.body and out.role in (None, "member") and sits_on(ranked + own):
        out.role = "councillor"  # "a member of Gosport borough council"
    if out.role in ("councillor", "mp", "msp", "ms", "mla", "member", None):
        out.ward = (respective_ward(person, article_text) or shared_ward(person, article_text)
                    or ward_in(out.role, [widen_context(c, article_text) for c in ranked] + extra,
                               person))
        if out.ward is None and person:  # the seat said further from the name
            out.ward = ward_in(out.role, seat_sentences(person, article_text, seat_names), person)
        if out.ward is None and out.role == "councillor":
            out.ward = served_ward(person, article_text)
    if out.role is None and out.ward and find_wards(out.ward) and _COUNCIL_WORD.search(
            article_text) and not any(_PARLIAMENT_WORD.search(c) for c in ranked + extra):
        out.role = "councillor"  # "Mr Parry and Ms Ford represent Fairwater" in a council story
    if out.role == "councillor" and out.body is None:
        out.body = council_named(out.ward, article_text, on, person)
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
        role, at = role_in(c, name_position(c, person), assembly, legislator)
        if role:
            break
        if at >= 0 and abroad_office(c, at):
            return None  # "Senator X": no role on the list, and "party member" is weaker
    if role == "peer" and (devolved := _devolved_role(ranked + extra)):
        return devolved  # "Lord X", "The Arfon AM": the seat he was elected to
    own = own_sentences(person, article_text, seat_names) if person else []
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
                           r"\s+councill?or\b"
                           # an Irish council's local electoral area: "won a seat in the
                           # Lifford-Stranorlar electoral area", "the Carrick LEA"
                           r"|\b[A-Z][\w'’-]*\s+(?:(?:[Ll]ocal\s+)?[Ee]lectoral\s+[Aa]rea"
                           r"|LEA|[Mm]unicipal\s+[Dd]istrict)\b")


_PLACE_REPRESENTATIVE = re.compile(r"\b[A-Z][\w'’-]+(?:\s+(?:and\s+|&\s+)?[A-Z][\w'’-]+)*"
                                   r"\s+representative\s+[A-Z]")


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
    return not NORTHERN_IRISH.search(article_text) and bool(_INDIAN.search(article_text))


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


def _rank_contexts(contexts: list[str], person: str | None) -> list[str]:
    """Contexts that name the person before those that do not (an anonymous lead such as "An
    SNP MP and local councillor" fits two people)."""
    if not person:
        return list(contexts)
    own = [c for c in contexts if not namesake(c, person)]
    return sorted(own, key=lambda c: name_position(c, person) is None)
