"""The ward or division a person represents, read from the words near their name or from
the article's "respectively" and shared-seat wording."""

from __future__ import annotations

import re

from floorcross.extract.backrefs import name_forms as _name_forms
from floorcross.nlp.councils import is_council_place
from floorcross.nlp.seats import Seat, best_seat, bracket_seat, respective_seat, seats_in
from floorcross.nlp.wards import find_wards

_SEAT_WORD_AFTER = re.compile(r"\s+(?:[Ww]ard|[Dd]ivision|constituency|riding|seat)\b")


# Words that open a sentence before a title-case run without a comma ("Yesterday Eastfield
# ward councillor X"): when, or how the story goes on, never the start of a ward's name.
_OPENER = re.compile(
    r"(?:(?<=^)|(?<=[.!?:;\"“]\s)|(?<=[.!?:;]\s\s))(?:(?:Earlier|Later)\s+(?:today|this\s+\w+)"
    r"|(?:Last|This|On|Since|Until|By)\s+(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|night"
    r"|week|weekend|month|year|morning|evening|afternoon)|Yesterday|Today|Tonight|Meanwhile"
    r"|Now|Then|Also|And|But|So|However|Separately|Elsewhere|Instead|Recently|Previously"
    r"|Earlier|Later|Currently|Subsequently)\s+(?=[A-Z])")


def _openers_off(ctx: str) -> str:
    return _OPENER.sub("", ctx)


def ward_in(role: str | None, contexts: list[str], person: str | None) -> str | None:
    """The ward or division the contexts give the person: one in brackets after their name,
    else the best-ranked seat named (not a namesake's name, nor a councillor's council)."""
    contexts = [_openers_off(c) for c in contexts]
    for ctx in contexts:  # "Cllrs Ann Hale (Walcot) and Tom Bell (Lansdown)"
        for form in _name_forms(person):
            m = re.search(rf"{re.escape(form)},?\s+\(([^()]{{2,50}})\)", ctx)
            if m and (seat := bracket_seat(m.group(1))):
                return _AREA_WORDS.sub("", seat) or None
    seats = sorted((s.rank, i, s.start, -len(s.name), s.name) for i, c in enumerate(contexts)
                   for s in _seats_in(c))
    for _, i, start, _, name in seats:
        called = _SEAT_WORD_AFTER.match(contexts[i], start + len(name))
        if person and " " in person and not called and re.fullmatch(
                rf"[A-Z][\w'’-]+\s+{re.escape(person.split()[-1])}", name):
            continue  # "Andrew Gwynne MP": a namesake, not a seat
        for form in _name_forms(person):  # "MP for Edmonton Riverbend Matt Jeneroux"
            if form == person or not called and not find_wards(name):
                name = name.split(form)[0].strip(" ,")  # "Little Aston ward": not Ms Little
        if _A_COUNCIL.search(name):
            continue  # "remain on Limerick City and County Council": the body, never a ward
        if not name or (role == "councillor" and is_council_place(name) and not find_wards(name)):
            continue  # "represents Kirklees": the council, not a ward
        if _COUNCIL_KIND.search(name) and not called and not find_wards(name):
            continue  # "Worthing Borough Councillor X", "Cavan County Councillor": the council
        return _AREA_WORDS.sub("", name) or None
    return None


# Irish councils are elected by local electoral area, and their copy names the area the way
# British copy names a ward: "won a seat in the Lifford-Stranorlar electoral area", "the
# Ballymote-Tubbercurry LEA", "Cllr X (City West LEA)", "the Carrick municipal district".
_AREA_NAME = r"[A-Z][\w'’]*(?:(?:[-–]|\s+(?:and\s+|&\s+)?)[A-Z][\w'’]*){0,4}"
_ELECTORAL_AREA = re.compile(
    rf"\b(?P<seat>{_AREA_NAME})\s+(?:(?:[Ll]ocal\s+)?[Ee]lectoral\s+[Aa]rea|LEA"
    r"|[Mm]unicipal\s+[Dd]istrict)\b")
# Words that open a name run without being part of an area's name.
_AREA_LEAD = re.compile(r"^(?:(?:The|In|On|For|At|Cllr|Councillor|Coun)\s+)+")
_A_COUNCIL = re.compile(r"\bCouncil\b")
# The kind of area after its name, when a seat pattern took it in: "Carrick Municipal".
_AREA_WORDS = re.compile(r"\s+(?:(?:[Ll]ocal\s+)?[Ee]lectoral\s+[Aa]rea|LEA"
                         r"|[Mm]unicipal(?:\s+[Dd]istrict)?)$")


def _seats_in(text: str) -> list[Seat]:
    """The seats a text names: wards, divisions and constituencies, and Irish electoral
    areas."""
    found = seats_in(text)
    for m in _ELECTORAL_AREA.finditer(text):
        name = _AREA_LEAD.sub("", m.group("seat"))
        if name and not any(s.name == name for s in found):
            found.append(Seat(name, 1, m.start("seat") + len(m.group("seat")) - len(name)))
    return found


# The last word of a council's name rather than a ward's.
_COUNCIL_KIND = re.compile(r"\s(?:Borough|County|District|City|Metropolitan|Parish)$")
# "to represent the people of X", "elected to serve the residents of X": the seat by whom it
# holds, in the person's own sentences or their words right after.
_PEOPLE_OF = re.compile(
    r"\b(?:represent\w*|serv\w*|elected\s+by)\s+(?:the\s+)?(?:people|residents|constituents"
    r"|communit(?:y|ies)|voters|electorate)\s+(?:of|in)\s+(?P<seat>[A-Z][\w'’-]*(?:\s+(?:(?:and"
    r"|&)\s+)?[A-Z][\w'’-]*){0,4})")
_FOLLOW_ON = re.compile(r"^\W*(?:I|He|She|My|His|Her)\b")
_PRONOUN_TAG = re.compile(r"[,”\"]\s*(?:he|she)\s+(?:said|says|added|told)\b")


def served_ward(person: str | None, article_text: str) -> str | None:
    """A ward the ward data knows, named as the people the person serves: "it has been a
    privilege to represent the people of X", in a sentence naming them or the one after."""
    if not person or not _PEOPLE_OF.search(article_text):
        return None
    forms = _name_forms(person)
    sentences = re.findall(r"[^.!?]+(?:[.!?]+[\"”’']?|$)", article_text)
    own = False
    for sent in sentences:
        # the person's own sentences: naming them, or carrying on from one that did ("She
        # said ...", "“It has been a privilege to represent the people of X”, she said.")
        named = any(f in sent for f in forms)
        own = named or own and bool(_FOLLOW_ON.match(sent) or _PRONOUN_TAG.search(sent))
        for m in _PEOPLE_OF.finditer(sent) if own else ():
            words = m.group("seat").split()
            while len(words) > 2 and words[-2] in ("and", "&") and words[-1] in _PRONOUNS:
                words = words[:-2]  # "... of X and I wish": the speaker, not the seat
            for n in range(len(words), 0, -1):  # "X and Y and I wish": the longest known
                found = find_wards(" ".join(words[:n]))
                if found and found[0][0] == " ".join(words[:n]):
                    # "Holywood and Clandeboye", an area made of wards, holds a known ward
                    return " ".join(words) if n == len(words) - 2 else found[0][0]
    return None


_PRONOUNS = frozenset({"I", "We", "He", "She", "They"})


def respective_ward(person: str | None, article_text: str) -> str | None:
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


def shared_ward(person: str | None, article_text: str) -> str | None:
    """A ward said of a colleague the person shares it with."""
    if not person or not re.search(r"\balong(?:side| with)|\btogether with|\bwith fellow",
                                   article_text):
        return None
    forms = _name_forms(person)
    for m in _SHARED_SEAT.finditer(article_text):
        if any(f in m.group("other") for f in forms):
            return best_seat([m.group("seat")])
    return None


def seat_names(text: str) -> list[str]:
    """The names of the seats (wards, divisions, constituencies) a text names."""
    return [s.name for s in _seats_in(text)]


def widen_context(ctx: str, article_text: str) -> str:
    """A context cut short mid-name ("represents Heysh") run on to the end of its words."""
    at = article_text.find(ctx)
    if at < 0 or not ctx or not ctx[-1].isalnum():
        return ctx
    end = at + len(ctx)
    m = re.compile(r"[\w'’&-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w'’-]*)*").match(article_text, end)
    return ctx + (m.group(0) if m else "")
