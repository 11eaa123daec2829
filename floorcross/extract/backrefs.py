"""Phrases that describe a person without naming them, found near their mentions: a back
reference opening a later sentence ("The Sligo-Leitrim TD said ..."), a plural role before a
list of names ("Four MPs ..."), a one-person lede ("A Plaid Cymru AM has been expelled.")."""

from __future__ import annotations

import re
from collections.abc import Callable

from floorcross.extract.terms import PARTY_RE


def name_forms(person: str | None) -> list[str]:
    """The ways copy refers to a person by name: in full, and by surname."""
    if not person:
        return []
    parts = person.split()
    return [person, parts[-1]] if len(parts) > 1 else [person]


_SENTENCE = re.compile(r"[^.!?]+(?:[.!?]+[\"”’']?|$)")
_PLURAL_ROLE = re.compile(
    r"\b(?:[A-Z][a-z]+|\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|the|"
    r"several|both|fellow)\s+(?:[A-Z][\w-]*\s+){0,3}(?:(?:remaining|rebel|sitting|other"
    r"|opposition|veteran|senior|backbench|independent)\s+)?(?:[Cc]ouncill?ors|MPs|MSPs|MSs|MLAs|TDs|MEPs"
    r"|peers|AMs)\b")
# "The Moor Park councillor", "the now-independent Deanshanger councillor", "The Riverbend
# legislator", "The MP for Kettlebrook", "The Assembly member for Foyle and south Derry".
_DESCRIBING = (r"(?:(?:now-independent|former|veteran|long-serving|newly[- ]elected|embattled"
               r"|outgoing|rebel|sitting|suspended|expelled|local|county|borough|district|city"
               r"|town|parish|state)\s+)*")
_SEAT_WORDS = r"(?:[A-Z][\w'’-]*\s+(?:(?:and|&)\s+(?:(?:north|south|east|west|mid)\s+)?)?)*"
_BACK_ROLE = (r"(?:[Cc]ouncill?or|MP|MSP|MS|MLA|TD|AM|MEP|[Ll]egislator|[Ll]awmaker|politician"
              r"|[Aa]ssembly\s+[Mm]ember|[Mm]ember\s+of\s+the\s+(?:Senedd|Scottish Parliament"
              r"|Legislative Assembly|Assembly|Welsh Parliament)|[Mm]ember of [Pp]arliament"
              # "The Eastgate member of Fenshire County Council"
              r"|[Mm]ember\s+(?:of|on)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+(?:(?:and|&)\s+)?)+"
              r"(?:[Cc]ity\s+|[Bb]orough\s+|[Cc]ounty\s+|[Dd]istrict\s+)?[Cc]ouncil)\b")
# "The MP for the Victorian seat of Monash": a state's adjective, then the seat.
_SEAT_AFTER = (r"(?:\s+for\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+(?:(?:and|&)\s+)?(?:(?:north|south"
               r"|east|west|mid)\s+)?[A-Z][\w'’-]*)*(?:\s+(?:seat|electorate|riding|constituency)"
               r"\s+of\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*)?)?")
# A sentence's opening word before its back reference: "But the Winton East councillor ...".
_OPENER = (r"(?:But|And|Yet|Now|So|Still|Meanwhile|However|Instead|Today|Yesterday|Earlier"
           r"|Later|Since then|Last night|Last week|On Monday|On Tuesday|On Wednesday"
           r"|On Thursday|On Friday|On Saturday|On Sunday),?\s+")
_BACK_REFERENCE = re.compile(rf"(?:^\s*(?:{_OPENER})?|(?<=[,;:(] )|(?<=\band )|(?<=\bby )"
                             rf"|(?<=\bas ))(?P<ref>(?:The|the)\s+{_DESCRIBING}{_SEAT_WORDS}"
                             rf"{_BACK_ROLE}{_SEAT_AFTER})")


_REACH = 6  # sentences after a mention within which a back reference may stand


def plural_role(text: str) -> str | None:
    """The counted role a sentence gives a group ("Four Labour councillors"), if any."""
    m = _PLURAL_ROLE.search(text)
    return m.group(0) if m else None


def nearby_contexts(person: str, article_text: str) -> list[str]:
    """Phrases near the person's mentions that describe them without naming them: a plural role
    before a list of names ("Four MPs suspended ... Labour has restored the whip to A, B, C and
    D") and a back reference opening one of the next two sentences ("The Sligo-Leitrim TD")
    when no one else is named in between."""
    sentences = [m.group(0) for m in _SENTENCE.finditer(article_text)]
    forms = name_forms(person)
    mentions = [i for i, s in enumerate(sentences) if any(f in s for f in forms)]
    if not mentions:
        return []
    out = []
    sole = _sole_titled(forms, article_text)
    for i in mentions:
        nxt = sentences[i + 1] if i + 1 < len(sentences) else ""
        if _PRONOUN_SEAT.match(nxt):  # "She represents the region of X."
            out.append(nxt.strip())
        for j in range(i + 1, len(sentences) if sole else i + _REACH):
            if j >= len(sentences) or not sole and (
                    any(_others(sentences[k], forms) > 1 for k in range(i, j))
                    # past the next two sentences, only while nobody else is named
                    or j > i + 2 and any(_others(sentences[k], forms) for k in range(i + 1, j))):
                break
            m = _back_reference(sentences[j], forms)
            if m and m not in out:
                out.append(m)
                break
    first = mentions[0]
    for s in sentences[max(0, first - 2): first + 1]:
        m = _PLURAL_ROLE.search(s)
        if m:
            out.append(m.group(0))
    for s in sentences[max(0, first - 2): first]:
        m = _SINGLE_LEDE.match(s)  # "A Plaid Cymru AM has been expelled. Neil Rees, who ..."
        if m:
            out.append(m.group(0).strip())
    return out


_SINGLE_LEDE = re.compile(r"\s*(?:An?|One|Another)\s+(?:[A-Z][\w'’-]*\s+){0,3}"
                          r"(?:[Cc]ouncill?or|MP|MSP|MS|MLA|TD|AM|MEP|[Aa]ssembly\s+[Mm]ember)\b")


def _back_reference(sentence: str, forms: list[str]) -> str | None:
    """A description standing for the person in a sentence: at its start, or further in when
    the sentence names nobody else ("..., and the Upper Dale MP said she would stay")."""
    for m in _BACK_REFERENCE.finditer(sentence):
        rest = sentence[: m.start()] + sentence[m.end():]
        if m.start() > len(sentence) - len(sentence.lstrip()) and _others(rest, forms):
            return None
        return m.group("ref").strip()
    return None


# "She represents the region of X.", "The councillor, who represents X ward, said ...".
# "She is a retired teacher and represents X", said of the person just named.
_PRONOUN_SEAT = re.compile(r"\s*(?:He|She|The\s+(?:[a-z-]+\s+)?(?:councill?or|MP|MSP|MS|MLA|TD"
                           r"|AM|member)\s*,?\s+who)\s+(?:[^.;]{0,50}?\s+and\s+)?(?:now\s+)?"
                           r"(?:represents|represented|was elected|sits)\b")
_TITLED = re.compile(r"\b(?:Cllr|Councillor|Coun|Lord(?!\s+(?:Mayor|Provost))|Baroness)\.?\s+"
                     r"([A-Z][\w'’-]+(?:\s+[A-Z]"
                     r"[\w'’-]+)?)|\b([A-Z][\w'’-]+\s+[A-Z][\w'’-]+),?\s+(?:MP|MSP|MS|MLA|TD)\b")


def _sole_titled(forms: list[str], article_text: str) -> bool:
    """True when everyone the article names with a political title is this person, so a
    back reference ("The Moor Park councillor") anywhere in it is about them."""
    named = [m.group(1) or m.group(2) for m in _TITLED.finditer(article_text)]
    return bool(named) and all(any(f in n for f in forms) for n in named)


_FULL_NAME = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][\w'’-]+)+")


def _others(sentence: str, forms: list[str]) -> int:
    """How many capitalised multi-word names in the sentence are not the person."""
    return sum(1 for m in _FULL_NAME.finditer(sentence)
               if not any(f in m.group(0) for f in forms) and not _not_a_person(m.group(0)))


_APPOSED = re.compile(r"\b[A-Z][a-z]+(?:\s+[A-Z][\w'’-]+)+(?=,\s)")


def described_other(prefix: str, person: str | None) -> bool:
    """Whether `prefix` (a sentence up to some words) names someone other than the person and
    opens a description of them: "Robert James, previously leader of the group at" ..."""
    forms = name_forms(person)
    return any(not any(f in m.group(0) for f in forms) and not _not_a_person(m.group(0))
               for m in _APPOSED.finditer(prefix))


# Capitalised runs that name a party or an institution, not somebody else.
_INSTITUTION = re.compile(r"\b(?:Party|Council|Assembly|Parliament|Senate|House|Government"
                          r"|Caucus|Group|Office|Committee)\b")


# Places open with these: "Eastern Townships", "North Fenshire", "Upper Dale".
_PLACE_OPENING = re.compile(r"(?:North|South|East|West|Northern|Southern|Eastern|Western|Central"
                            r"|Greater|Upper|Lower|Mid)\s")


def _not_a_person(words: str) -> bool:
    return bool(_INSTITUTION.search(words) or PARTY_RE.search(words)
                or _PLACE_OPENING.match(words))


# Wordings that name a person's seat outright ("was elected to represent the Sherburn ward",
# "has held the constituency of Ashby since 2019").
# "will stand in the Eastgate ward", "the people of Eastgate, where she has been a councillor".
_SEAT_WORDING = re.compile(r"\b(?:represent(?:s|ed|ing)?|(?:won|contested) from|(?:constituency"
                           r"|ward|division|riding|seat)\s+of|[Mm]ember\s+for"
                           r"|(?:MP|MS|MSP|MLA|MPP|TD|AM)\s+for)\s|[A-Z][\w'’-]*\s+(?:ward|division)\b"
                           r"|\bwhere\s+(?:he|she|they)\s+(?:has|have|had)\s+been\s+(?:an?\s+)?"
                           r"councill?or")


_TITLE_WORDS = frozenset({"Cllr", "Cllrs", "Coun", "Couns", "Councillor", "Councillors", "Mr",
                          "Mrs", "Ms", "Miss", "Dr", "Sir", "Dame", "Lord", "Lady", "Baroness",
                          "MP", "MPs", "Senator", "Sen", "Rep", "The", "the"})


def namesake(ctx: str, person: str) -> bool:
    """Whether the context names someone else of the person's surname and not the person
    ("Andrew Gwynne MP" in a story about Alison Gwynne)."""
    parts = person.split()
    if len(parts) < 2 or person in ctx:
        return False
    before = [m.group(1) for m in re.finditer(rf"([A-Z][\w'’-]*)\.?\s+{re.escape(parts[-1])}\b"
                                              r"(?!\s+(?:[Ww]ard|[Dd]ivision|constituency|seat))",
                                              ctx)]
    return bool(before) and all(w not in _TITLE_WORDS and w != parts[0] for w in before)


def seat_sentences(person: str, article_text: str, seats: Callable[[str], list[str]]) -> list[str]:
    """Sentences naming the person, and nobody else, that name a seat outright: the seat is
    theirs even when it stands too far from the name for a window around it. ``seats`` gives
    the seat names a sentence holds, so they are not taken for other people's names."""
    return [s for s in own_sentences(person, article_text, seats) if _SEAT_WORDING.search(s)]


def own_sentences(person: str, article_text: str,
                  seats: Callable[[str], list[str]] | None = None) -> list[str]:
    """Sentences naming the person and nobody else (seat names aside)."""
    forms = name_forms(person)
    out = []
    for m in _SENTENCE.finditer(article_text):
        sentence = m.group(0)
        if not any(f in sentence for f in forms) or namesake(sentence, person):
            continue
        rest = sentence
        for seat in seats(sentence) if seats else []:
            rest = rest.replace(seat, " ")
        if not _others(rest, forms):
            out.append(sentence.strip())
    return out
