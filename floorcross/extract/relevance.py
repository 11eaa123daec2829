"""A cheap test of whether an article is about party politics at all.

Most of a news stream is not (sport, business, technology). Articles that name no party and
no elected role are not worth parsing for quotes: nothing they say can enter the register.
"""

from __future__ import annotations

import re
from functools import lru_cache

from floorcross.nlp.refdata import party_aliases

# Elected roles and party words, in the forms news copy uses them.
_ROLE_WORDS = (
    r"councill?ors?|cllrs?|coun|MPs?|MSPs?|MLAs?|MEPs?|TDs?|AMs?|peers?|senators?|"
    r"congress(?:man|woman)|parliament|Senedd|Holyrood|Stormont|Westminster|Dáil|"
    r"whip|party|parties|defect(?:ed|ion|or)s?|by-elections?"
)


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    cased, lower = set(), set()
    for alias, _canonical, mode in party_aliases():
        if mode == "lower":
            lower.add(re.escape(alias))
        elif mode in ("cased", "context"):
            cased.add(re.escape(alias))
    roles = rf"(?i:{_ROLE_WORDS})"
    names = "|".join(sorted(cased, key=len, reverse=True))
    lowers = "|".join(sorted(lower, key=len, reverse=True))
    return re.compile(rf"\b(?:{roles}|{names}|(?i:{lowers}))\b")


def mentions_politics(text: str) -> bool:
    """True when the text names a party (by any alias) or an elected role."""
    return _pattern().search(text) is not None
