"""Honorifics and role titles that precede names in news copy."""

from __future__ import annotations

import re

# Lower-case, without trailing dots. Order does not matter: matching is by whole word.
TITLES = (
    "cllr", "coun", "councillor", "councilor", "sir", "dame", "dr", "doctor", "prof", "professor",
    "mr", "mrs", "ms", "miss", "mx", "lord", "lady", "baroness", "baron", "rev", "reverend",
    "mp", "msp", "mla", "mep", "ms", "rt hon", "the rt hon", "hon", "right honourable",
    "alderman", "cllrs", "mayor", "senator", "sen", "rep", "deputy", "td",
)

_PREFIX = re.compile(
    r"^(?:(?:the\s+)?(?:rt\.?\s+hon\.?|right\s+honourable)\s+|"
    r"(?:" + "|".join(sorted((re.escape(t) for t in TITLES if " " not in t), key=len, reverse=True))
    + r")\.?\s+)+",
    re.IGNORECASE,
)
# Post-nominals after a comma or a space: "Jane Doe MP", "John Smith, MSP", "Ann Lee OBE".
_SUFFIX = re.compile(r"(?:,?\s+(?:MP|MSP|MS|MLA|MEP|TD|OBE|MBE|CBE|KC|QC|JP))+\.?$")
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")


def strip_titles(name: str) -> str:
    """The bare name: "Cllr Mustafa Desai" -> "Mustafa Desai", "Sir Keir Starmer MP" -> "Keir Starmer"."""
    out = " ".join(name.split())
    out = _POSSESSIVE.sub("", out)
    prev = None
    while prev != out:
        prev = out
        out = _PREFIX.sub("", out)
        out = _SUFFIX.sub("", out).strip(" ,")
    return out
