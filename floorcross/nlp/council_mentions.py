"""Councils named in plain text, without a parse: full names (commas and lower-case suffixes
included), acronyms defined in brackets, "the borough council" with its place nearby, and
"Mayor of <place>".

A mention carries whether it names the council of an unrelated post ("deputy mayor of Hatfield
Town Council", "clerk to the parish council"): such a council is used only when nothing else
names one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from floorcross.nlp.councils import councils_starting, is_council_place, normalise_council

_CAP = r"[A-Z][\w'’]*(?:-[A-Za-z][\w'’]*)*"  # no full stops: a name never runs over a sentence
_KINDS = r"(?:[Cc]ity|[Cc]ounty|[Bb]orough|[Dd]istrict|[Tt]own|[Pp]arish|[Cc]ommunity|" \
         r"[Mm]etropolitan [Bb]orough|[Mm]etropolitan [Dd]istrict|[Uu]nitary)"
# "Armagh City, Banbridge and Craigavon Borough Council", "Gosport borough council",
# "Blackburn with Darwen Council", "the London Borough of Newham".
COUNCIL_NAME = re.compile(
    rf"\b(?P<name>(?:{_CAP}(?:,\s+|\s+(?:with|upon|on|under|and|&)\s+|\s+))+?"
    rf"(?:{_KINDS}\s+)?[Cc]ouncil\b"
    rf"|(?:[Tt]he\s+)?(?:London|Royal)\s+Borough\s+of\s+{_CAP}(?:\s+(?:and\s+|upon\s+)?{_CAP})*)"
)
_GENERIC_ONLY = re.compile(rf"(?:(?:[Tt]he|[Tt]his|[Tt]hat|Labour|Conservative|Tory|Green|Reform|"
                           rf"Independent|Liberal|SNP|Plaid)\s+)*(?:{_KINDS}\s+)?[Cc]ouncil")
_ACRONYM = re.compile(r"\s*\((?P<acr>[A-Z][A-Z&]{1,6})\)")
_GENERIC = re.compile(rf"\bthe\s+(?P<kind>{_KINDS})\s+council\b")
_MAYOR_OF = re.compile(rf"\b(?:[Ll]ord\s+)?[Mm]ayor\s+of\s+(?P<place>{_CAP}(?:\s+{_CAP})*)")
# Posts whose council is not where the person sits as a councillor.
_POST_BEFORE = re.compile(
    r"(?:(?:deputy|lord|town|former|ex-?)\s+)?(?:mayor|clerk|chair(?:man|woman)?|"
    r"chief executive|officer|employee)\s+(?:of|to|at)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# South African councils: "the Mamusa local municipality", "eThekwini Metropolitan Municipality".
_MUNICIPALITY = re.compile(r"\b(?!The\s)(?P<place>(?:[A-Z]|e[A-Z])[\w'’-]*(?:\s+[A-Z][\w'’-]*)*)\s+"
                           r"(?P<kind>[Ll]ocal|[Mm]etropolitan|[Dd]istrict)\s+[Mm]unicipality\b")
_PLACE_WORD = re.compile(rf"\b{_CAP}(?:\s+(?:upon|under|with|and)\s+{_CAP}|\s+{_CAP})*")


# Who runs a council, before its name: "Liberal Democrat-controlled", "Tory-led".
_CONTROLLED = re.compile(r"^(?:[\w'’]+\s+)*?[\w'’]+-(?:controlled|led|run|dominated|held)\s+")


@dataclass(frozen=True)
class CouncilMention:
    name: str  # the register's official name, or the text when the register lacks it
    start: int
    post: bool  # named as the seat of another post ("deputy mayor of X Town Council")
    known: bool  # found in the register
    end: int = -1  # where the mention ends in the text (-1: unknown)


def _resolve(raw: str, on: date | None) -> tuple[str, bool]:
    """The longest known tail of a council phrase: "Tom Reed, Glasgow City Council" -> Glasgow
    City Council; "Coastal Ward on East Riding Council" -> the East Riding council."""
    words = raw.split()
    for k in range(len(words)):
        tail = " ".join(words[k:])
        if k and not (words[k - 1].endswith(",") or words[k][0].isupper()):
            continue
        found = normalise_council(tail, on)
        if found:
            return found, True
    last = re.split(r",\s+|\s(?:on|in|at|of)\s(?=[A-Z])", raw)[-1].strip()
    widened = _widen(last, on)
    return (widened, True) if widened else (last, False)


def _widen(name: str, on: date | None) -> str | None:
    """A shortened name the register knows only in full: "East Riding Council" -> the East
    Riding of Yorkshire council, when exactly one council's name starts that way."""
    stem = re.sub(rf"\s+(?:{_KINDS}\s+)?[Cc]ouncil$", "", name).strip()
    if len(stem) < 4 or " " not in stem:
        return None  # one short word starts too many names
    found = {c for c in councils_starting(stem) if on is None or c.active_on(on)}
    return found.pop().official_name if len(found) == 1 else None


def _is_post(text: str, start: int) -> bool:
    return bool(_POST_BEFORE.search(text[max(0, start - 40):start]))


def council_mentions(text: str, on: date | None = None) -> list[CouncilMention]:
    """Every council named in `text` in reading order, with bracketed acronyms ("(SCDC)") and
    their later uses resolved to the council they were defined for."""
    out: list[CouncilMention] = []
    acronyms: dict[str, tuple[str, bool]] = {}
    for m in COUNCIL_NAME.finditer(text):
        raw = m.group("name")
        if raw.split()[0].lower() in ("the", "a", "an"):
            raw = raw.split(None, 1)[1]
        raw = re.sub(r"['’]s$", "", raw)  # "the London Borough of Newham's cabinet"
        raw = _CONTROLLED.sub("", raw)  # "the Labour-run Fenton City Council"
        name, known = _resolve(raw, on)
        if not name or _GENERIC_ONLY.fullmatch(name) or (not known and name.endswith("council")):
            continue  # "Borough Council elections", "the Council", "a friendly council"
        out.append(CouncilMention(name, m.start("name"), _is_post(text, m.start()), known,
                                  m.end("name")))
        acr = _ACRONYM.match(text, m.end())
        if acr:
            acronyms[acr.group("acr")] = (name, known)
    for acr, (name, known) in acronyms.items():
        for m in re.finditer(rf"\b{re.escape(acr)}\b(?!\))", text):
            out.append(CouncilMention(name, m.start(), _is_post(text, m.start()), known, m.end()))
    for m in _MUNICIPALITY.finditer(text):
        name = f"{m.group('place')} {m.group('kind').title()} Municipality"
        out.append(CouncilMention(name, m.start(), _is_post(text, m.start()), False, m.end()))
    for m in _MAYOR_OF.finditer(text):
        found = normalise_council(m.group("place"), on)
        if found:
            out.append(CouncilMention(found, m.start("place"), False, True, m.end("place")))
    return sorted(out, key=lambda c: c.start)


def acronym_councils(text: str, on: date | None = None) -> dict[str, str]:
    """Acronyms the article defines for councils: {"SCDC": "South Cambridgeshire District
    Council"}."""
    out = {}
    for m in COUNCIL_NAME.finditer(text):
        acr = _ACRONYM.match(text, m.end())
        if acr:
            out[acr.group("acr")] = _resolve(m.group("name"), on)[0]
    return out


def generic_council(text: str, around: int, on: date | None = None) -> str | None:
    """"the borough council" read with the council place named nearest before ``around`` (or
    after it, in the same stretch of text): "central Bournemouth ... the borough council"."""
    if not _GENERIC.search(text):
        return None
    places = [m for m in _PLACE_WORD.finditer(text) if is_council_place(m.group(0))]
    if not places:
        return None
    nearest = min(places, key=lambda m: (abs(m.start() - around), m.start() > around))
    return normalise_council(nearest.group(0), on)
