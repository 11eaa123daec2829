"""A cheap test of whether an article is about party politics at all.

Most of a news stream is not (sport, business, technology). Articles that name no party and
no elected role are not worth parsing for quotes: nothing they say can enter the register.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from floorcross.extract.fastregex import with_first_char_check
from floorcross.nlp.refdata import party_aliases

# Elected roles and party words, in the forms news copy uses them (any case).
_ROLE_WORDS = (
    "councillor", "councillors", "councilor", "councilors", "cllr", "cllrs", "coun",
    "MP", "MPs", "MSP", "MSPs", "MLA", "MLAs", "MEP", "MEPs", "TD", "TDs", "AM", "AMs",
    "peer", "peers", "senator", "senators", "congressman", "congresswoman",
    "parliament", "Senedd", "Holyrood", "Stormont", "Westminster", "Dáil",
    "whip", "party", "parties", "defected", "defection", "defections", "defector", "defectors",
    "defecteds", "by-election", "by-elections",
)


def literal_trie(words: Iterable[str]) -> str:
    """A regular expression matching exactly the given literal strings, written as a prefix
    tree ("Lab(?:our(?: Party)?)?" rather than "Lab|Labour|Labour Party").

    It matches the same strings as their plain alternation, but the regex engine tries one
    branch per character instead of every alias at every word: on a long page with a couple
    of hundred aliases that is the difference between milliseconds and microseconds."""
    root: dict[str, dict] = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here
    return _branch(root)


def _branch(node: dict[str, dict]) -> str:
    alts = [re.escape(ch) + _branch(child) for ch, child in sorted(node.items()) if ch]
    if not alts:
        return ""
    body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
    return f"(?:{body})?" if "" in node else body


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    cased, any_case = set(), set(_ROLE_WORDS)
    for alias, _canonical, mode in party_aliases():
        if mode == "lower":
            any_case.add(alias)
        elif mode in ("cased", "context"):
            cased.add(alias)
    return with_first_char_check(
        re.compile(rf"\b(?:(?i:{literal_trie(any_case)})|{literal_trie(cased)})\b")
    )


def mentions_politics(text: str) -> bool:
    """True when the text names a party (by any alias) or an elected role."""
    return _pattern().search(text) is not None
