"""The candidate filter's view of parties beyond the short British table: any party the register
knows ("the DA", "Bersatu", "Parti Keadilan Rakyat") and any name shaped like a party ("the
Wiper Democratic Movement", "Chama Cha Mashinani", "PDP-Laban"), plus the verbs of moving that
outlets outside Britain use ("decamped to the APC", "bolted the PDP", "crossed over to").

Both checks run only on sentences the cheaper patterns left undecided, and each is one
compiled pattern behind a first-character check.
"""

from __future__ import annotations

import re
from functools import lru_cache

from floorcross.extract.fastregex import with_first_char_check
from floorcross.nlp.party_shapes import SHAPE_RE
from floorcross.nlp.refdata import party_aliases
from floorcross.nlp.spans import phrase_variants

# Moves as Nigerian, Kenyan, Indian and Philippine copy words them; the parse decides.
MORE_TRIGGERS_RE = with_first_char_check(re.compile(
    r"\b(?:decamp(?:s|ed|ing)?|bolt(?:s|ed|ing)?|cross(?:es|ed|ing)? over"
    r"|dump(?:s|ed|ing)?|pitch(?:es|ed|ing)? (?:his|her|their) tent"
    r"|(?:re-?)?embrac(?:e|es|ed|ing))\b",
    re.IGNORECASE,
))


@lru_cache(maxsize=1)
def _register_re() -> re.Pattern[str]:
    """Every alias of the register as written ("lower" ones in any case), bracketed
    abbreviations aside: wide on purpose, the party rules after the parse decide."""
    lower, cased, shared = set(), set(), set()
    for alias, _canon, mode in party_aliases():
        if mode == "abbrev":
            continue
        target = {"lower": lower, "india": shared}.get(mode, cased)
        target |= {re.escape(v) for v in phrase_variants(alias)}

    def alt(names: set[str]) -> str:
        return "|".join(sorted(names, key=len, reverse=True))

    # A short name shared with other things ("Congress", "APC") counts only after "the":
    # "joined the Congress", not "joined Congress staffers".
    return with_first_char_check(re.compile(
        rf"(?<![\w-])(?:(?i:{alt(lower)})|{alt(cased)}|the (?:{alt(shared)}))(?![\w-])"))


def more_triggers(sentence: str) -> bool:
    """A verb of moving the main trigger pattern leaves out."""
    return bool(MORE_TRIGGERS_RE.search(sentence))


def names_party(sentence: str) -> bool:
    """Whether the sentence names a register party or a party-shaped name."""
    return bool(_register_re().search(sentence) or SHAPE_RE.search(sentence))
