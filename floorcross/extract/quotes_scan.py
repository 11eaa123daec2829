"""Finding quotation spans with a character scanner: no NLP, linear in the text.

Paragraphs are lines. Double marks (straight or curly) delimit quotations; single marks do too
when they stand outside a double quotation and look like marks rather than apostrophes
(don't, Members' room, the '90s). A paragraph that opens a quotation and never closes it
continues in the next paragraph when that one opens with a mark again (UK style); each
paragraph's part is its own span, and spans of one quotation share a `chain` number.
Unbalanced or mismatched marks never raise: a mark that fits nowhere is ignored.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

DOUBLE = "\"“”„«»‟"
SINGLE = "'‘’‚‛"
# Marks that can only open / only close when typography is right; context overrides them.
OPEN_ONLY = "“„«‘‚‛‟"
CLOSE_ONLY = "”»’"
# What may stand just before an opening mark / just after a closing one.
_BEFORE_OPEN = set(" \t([{—–-:/") | set(DOUBLE) | set(SINGLE)
_AFTER_CLOSE = set(" \t)]}.,;:!?—–-/…") | set(DOUBLE) | set(SINGLE)
_DECADE = re.compile(r"\d0s\b")


@dataclass
class QuoteSpan:
    """Offsets of the quoted text (marks excluded) in the article text."""

    start: int
    end: int
    para: int  # index of the paragraph in `paragraphs(text)`
    chain: int  # spans of one quotation running over paragraphs share this number
    closed: bool  # False when the paragraph ended (or a mark was missing) before a close


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of every non-blank line."""
    out = []
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def _can_open(text: str, i: int, lo: int, hi: int) -> bool:
    before = text[i - 1] if i > lo else " "
    after = text[i + 1] if i + 1 < hi else " "
    return (before in _BEFORE_OPEN or before.isspace()) and not after.isspace()


def _can_close(text: str, i: int, lo: int, hi: int) -> bool:
    before = text[i - 1] if i > lo else " "
    after = text[i + 1] if i + 1 < hi else " "
    return not before.isspace() and (after in _AFTER_CLOSE or after.isspace())


def _single_opens(text: str, i: int, lo: int, hi: int) -> bool:
    """A single mark that starts a quotation, not an elision ('90s, 'em) or a stray mark."""
    if text[i] in CLOSE_ONLY and i > lo:  # ’ mid-paragraph is an apostrophe or a closer
        return False
    if not _can_open(text, i, lo, hi) or not text[i + 1].isalnum():
        return False
    return not _DECADE.match(text, i + 1)


def _single_close(text: str, i: int, lo: int, hi: int) -> tuple[bool, bool]:
    """(is a possible closer, is a weak one such as the plural possessive in "Members' room")."""
    if text[i] in OPEN_ONLY or not _can_close(text, i, lo, hi):
        return False, False
    before = text[i - 1]
    after = text[i + 1 : i + 3]
    weak = before in "sS" and len(after) == 2 and after[0] == " " and after[1].isalnum()
    return True, weak


def _find_single_close(text: str, i: int, lo: int, hi: int) -> int | None:
    """Index of the mark closing a single quotation opened at i, or None.

    A weak closer is taken when no strong one follows before the next quotation opens.
    """
    weak_at = None
    for j in range(i + 1, hi):
        c = text[j]
        if c in SINGLE and weak_at is not None and _single_opens(text, j, lo, hi):
            return weak_at
        if c in SINGLE:
            ok, weak = _single_close(text, j, lo, hi)
            if ok and not weak:
                return j
            if ok and weak_at is None:
                weak_at = j
    return weak_at


def _double_opens(text: str, i: int, lo: int, hi: int) -> bool:
    c = text[i]
    if c in CLOSE_ONLY:  # a paragraph opened with ” instead of “
        return _can_open(text, i, lo, hi) and (i == lo or text[i - 1].isspace())
    if c in OPEN_ONLY:
        return not _can_close(text, i, lo, hi) or _can_open(text, i, lo, hi)
    return _can_open(text, i, lo, hi)


def _double_closes(text: str, i: int, lo: int, hi: int) -> bool:
    if text[i] in OPEN_ONLY and _can_open(text, i, lo, hi):
        return False
    return _can_close(text, i, lo, hi) or not _can_open(text, i, lo, hi)


def _first_mark(text: str, lo: int, hi: int) -> int | None:
    """Index of the opening double mark a paragraph starts with, if any."""
    j = lo
    while j < hi and text[j].isspace():
        j += 1
    if j < hi and text[j] in DOUBLE and _double_opens(text, j, lo, hi):
        return j
    return None


def _scan_paragraph(
    text: str, lo: int, hi: int, carried: bool
) -> tuple[list[tuple[int, int, bool]], bool]:
    """Spans (start, end, closed) inside one paragraph and whether a quotation is left open.

    `carried` is True when the paragraph continues a quotation left open by the last one.
    """
    spans: list[tuple[int, int, bool]] = []
    open_at: int | None = None
    i = lo
    if carried:
        first = _first_mark(text, lo, hi)
        if first is not None:
            open_at = first + 1
            i = first + 1
    while i < hi:
        c = text[i]
        if open_at is None and c in DOUBLE and _double_opens(text, i, lo, hi):
            open_at = i + 1
        elif open_at is not None and c in DOUBLE:
            if _double_closes(text, i, lo, hi):
                spans.append((open_at, i, True))
                open_at = None
            elif _double_opens(text, i, lo, hi):  # a close went missing: start afresh
                spans.append((open_at, i, False))
                open_at = i + 1
        elif open_at is None and c in SINGLE and _single_opens(text, i, lo, hi):
            j = _find_single_close(text, i, lo, hi)
            if j is not None:
                spans.append((i + 1, j, True))
                i = j
        i += 1
    if open_at is not None:
        spans.append((open_at, hi, False))
    return spans, open_at is not None


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def scan_quotes(text: str) -> list[QuoteSpan]:
    """Every quotation span of the text, in order."""
    out: list[QuoteSpan] = []
    chain = -1
    left_open = False
    for p, (lo, hi) in enumerate(paragraphs(text)):
        carried = left_open and _first_mark(text, lo, hi) is not None
        spans, left_open = _scan_paragraph(text, lo, hi, carried)
        for k, (s, e, closed) in enumerate(spans):
            if not (carried and k == 0):
                chain += 1
            s, e = _trim(text, s, e)
            if e > s:
                out.append(QuoteSpan(s, e, p, chain, closed))
    return out
