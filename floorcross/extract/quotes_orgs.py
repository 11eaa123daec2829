"""Organisation speakers taken whole, and speaker readings cleaned of what is not a name.

The parse often hands over part of a body's name: "Saltby Harbour" out of "Saltby Harbour and
Pellow Labour said", "Conservatives" out of "a statement from Wyre Dale Conservatives". The
name as the article writes it is the whole capitalised run around that part, on its line,
joined by "and", "of", "for" or "&". A place alone never speaks: a run with no organisation
word or party in it is nobody. Sentence openers ("Meanwhile,") and what follows a dash or a
comma ("Fran Roe - who") never belong to a name, nor does an owner before a possessive.
"""

from __future__ import annotations

import re

from floorcross.extract.quotes_names import is_org_like

_CAP = r"[A-Z0-9À-Þ][\w’'\-&]*"
# A run of capitalised words; a possessive ends it ("Labour’s Ann Roe" is not one name).
_RUN = re.compile(rf"{_CAP}(?:[ \t]+(?:(?:and|of|for|&)[ \t]+)?{_CAP})*")
# Capitalised words that open sentences or stand for "a"/"the", never part of a body's name.
_OPENERS = {
    "the", "a", "an", "meanwhile", "however", "but", "and", "yesterday", "today", "tonight",
    "now", "also", "separately", "elsewhere", "earlier", "later", "last", "in", "on", "at",
    "speaking", "asked", "responding", "then", "still", "instead", "locally", "nationally",
}
# What ends a name inside a reading: a dash or a comma and whatever follows it.
# A comma before a capital may be inside a name ("Membership, Ethics and Standards Committee").
_CUT = re.compile(r"\s+[-–—]\s+|\s*[;(]|,(?!\s*[A-Z])")


def clean_value(value: str) -> str:
    """A speaker as written, without what cannot be part of a name: text after a dash or a
    comma, a sentence opener before it, lower-case words after it ("Ann Roe - who" ->
    "Ann Roe", "Meanwhile, Labour Party" -> "Labour Party")."""
    if "," in value and value.split(",", 1)[0].strip().lower() in _OPENERS:
        value = value.split(",", 1)[1]
    value = _CUT.split(value.strip(), maxsplit=1)[0]
    words = value.split()
    # "Labour’s Audit Panel": the owner before a possessive is not part of the body's name.
    while words and (words[0].lower() in _OPENERS
                     or len(words) > 1 and re.search(r"[’']s$", words[0])):
        words = words[1:]
    while len(words) > 1 and not words[-1][:1].isupper():
        words.pop()
    return " ".join(words)


def whole_org(text: str, pos: int, name: str) -> str | None:
    """The whole name of the body `name` (found at or just after `pos`) stands in, or None
    when the run there names no body (a place, a constituency)."""
    at = text.find(name, max(0, pos - 80)) if name else -1
    if at < 0:
        return name if is_org_like(name) else None
    lo = text.rfind("\n", 0, at) + 1
    hi = text.find("\n", at)
    hi = len(text) if hi < 0 else hi
    for m in _RUN.finditer(text, lo, hi):
        if m.start() <= at < m.end():
            run = _trim(m.group())
            if name in run and is_org_like(run):
                return run
            break
    return name if is_org_like(name) else None


def _trim(run: str) -> str:
    words = run.split()
    while words and words[0].lower().strip(".") in _OPENERS:
        words = words[1:]
    while words and words[-1].lower() in ("and", "of", "for", "&"):
        words.pop()
    return " ".join(words)
