"""The parliament a legislator sits in when the role does not say it: a named senate,
legislature or assembly, or the lower house of the article's country."""

from __future__ import annotations

import re

from floorcross.extract.role_words import WELSH
from floorcross.nlp.countries import guess_country

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
    if (_NATIONAL_ASSEMBLY.search(article_text) and not WELSH.search(article_text)
            or len({m.group(0) for m in _SOUTH_AFRICA.finditer(article_text)}) > 1):
        return "National Assembly"
    return _MP_CHAMBER.get(guess_country(article_text) or "")
