"""A first-character check in front of long alternations (trigger words, party aliases).

Python's regex engine tries every alternative of a pattern at every position of a text. For
a pattern of fifty trigger words, most of that work is spent at positions whose character
cannot start any of them. A lookahead listing the characters a match can start with lets
the engine reject those positions on one test; what the pattern matches does not change.
"""

from __future__ import annotations

import re

try:  # the engine's own parser (private; Python 3.11 and later)
    from re import _constants as sre
    from re import _parser as sre_parse
except ImportError:  # pragma: no cover - without it every pattern is returned unchanged
    sre = sre_parse = None

_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT) if sre else ()


class _Unknown(Exception):
    """The pattern may start with a character outside any small set (or match empty)."""


def with_first_char_check(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """`pattern` behind a lookahead for the characters its matches can start with.

    Matches exactly what `pattern` matches (the lookahead only rejects positions where no
    match can start); returned unchanged when those characters are not a known small set."""
    if sre_parse is None:
        return pattern
    try:
        cased, caseless = _first(sre_parse.parse(pattern.pattern, pattern.flags),
                                 bool(pattern.flags & re.IGNORECASE))
    except _Unknown:
        return pattern
    # Characters of a case-insensitive part go in a case-insensitive class, so that the
    # engine's own case folding decides what they match, as it does for the literals.
    parts = [f"[{_chars(cased)}]"] if cased else []
    if caseless:
        parts.append(f"(?i:[{_chars(caseless)}])")
    if pattern.flags & re.IGNORECASE:  # the global flag makes every class caseless anyway
        parts = [f"[{_chars(cased | caseless)}]"]
    return re.compile(f"(?={'|'.join(parts)})" + pattern.pattern, pattern.flags)


def _chars(chars: set[str]) -> str:
    return "".join(re.escape(c) for c in sorted(chars))


def _first(items, ignore_case: bool) -> tuple[set[str], set[str]]:
    """(case-sensitive, case-insensitive) characters a match of the parsed `items` can start
    with. Raises _Unknown for anything else than literals, literal classes, groups,
    alternations and repeats of at least one."""
    for op, av in items:
        if op in _ZERO_WIDTH:
            continue  # the first character comes after it
        if op is sre.LITERAL:
            return _split({chr(av)}, ignore_case)
        if op is sre.IN and all(o is sre.LITERAL for o, _ in av):
            return _split({chr(c) for _, c in av}, ignore_case)
        if op is sre.SUBPATTERN:
            _group, add_flags, del_flags, sub = av
            if del_flags or add_flags & ~re.IGNORECASE:
                raise _Unknown
            return _first(sub, ignore_case or bool(add_flags & re.IGNORECASE))
        if op is sre.BRANCH:
            cased, caseless = set(), set()
            for alt in av[1]:
                c, ci = _first(alt, ignore_case)
                cased |= c
                caseless |= ci
            return cased, caseless
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT) and av[0] > 0:
            return _first(av[2], ignore_case)
        raise _Unknown  # an optional part, a category, any character ...
    raise _Unknown  # nothing but zero-width parts: the match may be empty


def _split(chars: set[str], ignore_case: bool) -> tuple[set[str], set[str]]:
    return (set(), chars) if ignore_case else (chars, set())
