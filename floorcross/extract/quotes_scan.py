"""Finding quotation spans with a character scanner: no NLP, linear in the text.

Paragraphs are lines. Double marks (straight or curly) delimit quotations; single marks do too
when they stand outside a double quotation and look like marks rather than apostrophes
(don't, Members' room, the '90s). A paragraph that opens a quotation and never closes it
continues in the next paragraph when that one opens with a mark again (UK style), or, when
the following paragraphs carry no mark at all, up to the first one whose first mark closes it
(the opening mark is not repeated). Single marks run over paragraphs the same way when each
paragraph opens with one and only the last closes (tabloid style). Two ASCII apostrophes
('') stand for a double mark. Each paragraph's part is its own span, and spans of one
quotation share a `chain` number. Unbalanced or mismatched marks never raise: a mark that fits
nowhere is ignored.
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
_TWO_APOSTROPHES = re.compile(r"''")
# A colon or comma and a space just before a mark: the mark opens what someone says.
_INTRODUCED = re.compile(r"[:,][ \t]$")
# How many unmarked paragraphs a quotation may run over before its closing mark.
_MAX_UNMARKED = 4
# A picture's caption or credit between two paragraphs of one quotation ("Ann Roe", "Getty
# Images"): a short line with no sentence punctuation or marks. At most this many in a row.
_CAPTION_LINE = re.compile(r"[^.!?:;,\"“”„«»‘’'()]{1,60}")
_MAX_CAPTIONS = 4


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
    if after == " " and text[i] == '"' and _INTRODUCED.search(text, lo, i):
        # "Roe said, " This is ...": a stray space after a mark that a colon or comma
        # introduces, before a capital.
        return i + 2 < hi and text[i + 2].isupper()
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


def _first_single(text: str, lo: int, hi: int) -> int | None:
    """Index of the single mark a paragraph opens with, if it opens a quotation."""
    j = lo
    while j < hi and text[j].isspace():
        j += 1
    if j < hi and text[j] in SINGLE and _single_opens_paragraph(text, j, hi):
        return j
    return None


def _single_opens_paragraph(text: str, i: int, hi: int) -> bool:
    return i + 1 < hi and text[i + 1].isalnum() and not _DECADE.match(text, i + 1)


def _scan_single_run(text: str, lo: int, hi: int) -> tuple[list[tuple[int, int, bool]], bool]:
    """A paragraph opening with a single mark that does not close in it: the whole paragraph
    is quoted and the quotation may go on in the next one."""
    first = _first_single(text, lo, hi)
    if first is None or _find_single_close(text, first, lo, hi) is not None:
        return [], False
    return [(first + 1, hi, False)], True


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
    elif _first_mark(text, lo, hi) is None:
        run, left_open = _scan_single_run(text, lo, hi)
        if run:
            return run, left_open
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
            elif _INTRODUCED.search(text, lo, i):
                # "Roe said: 'This has been ..." with no close in the paragraph: the
                # quotation runs to its end and may go on in the next (tabloid style).
                spans.append((i + 1, hi, False))
                return spans, True
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


def _normalised(text: str) -> str:
    """The text with each '' made one double mark, offsets unchanged: the spare apostrophe
    becomes a space on the outer side."""
    def repl(m: re.Match[str]) -> str:
        before = text[m.start() - 1] if m.start() > 0 else " "
        return '"' + " " if not before.isspace() and before not in "([{" else " " + '"'
    return _TWO_APOSTROPHES.sub(repl, text)


def _single_continues(text: str, lo: int, hi: int) -> tuple[int, int, bool] | None:
    """The part of a tabloid single quotation in a paragraph that opens with a single mark:
    (start, end, still open)."""
    first = _first_single(text, lo, hi)
    if first is None:
        return None
    close = _find_single_close(text, first, lo, hi)
    return (first + 1, hi if close is None else close, close is None)


def _unmarked_run(text: str, paras: list[tuple[int, int]], p: int) -> tuple[int, int] | None:
    """When paragraph p continues an open quotation without an opening mark: the index of the
    paragraph whose first double mark closes it, and that mark's position."""
    for q in range(p, min(len(paras), p + _MAX_UNMARKED + 1)):
        lo, hi = paras[q]
        marks = [i for i in range(lo, hi) if text[i] in DOUBLE]
        if not marks:
            continue
        i = marks[0]
        if text[i] in OPEN_ONLY or not _can_close(text, i, lo, hi):
            return None
        return q, i
    return None


def scan_quotes(text: str) -> list[QuoteSpan]:
    """Every quotation span of the text, in order."""
    text = _normalised(text)
    paras = paragraphs(text)
    out: list[QuoteSpan] = []
    chain = -1
    state: str | None = None
    until: tuple[int, int] | None = None
    for p in range(len(paras)):
        spans, carried, state, until = _paragraph(text, paras, p, state, until)
        for k, (s, e, closed) in enumerate(spans):
            if not (carried and k == 0):
                chain += 1
            s, e = _trim(text, s, e)
            if e > s:
                out.append(QuoteSpan(s, e, p, chain, closed))
    return out


_Spans = list[tuple[int, int, bool]]


def _paragraph(
    text: str, paras: list[tuple[int, int]], p: int, state: str | None,
    until: tuple[int, int] | None,
) -> tuple[_Spans, bool, str | None, tuple[int, int] | None]:
    """Spans of paragraph p, whether the first continues the last quotation, the kind of
    quotation left open ("double", "single" or None) and any unmarked run still going.

    `state` is the kind of quotation the previous paragraph left open; `until` the paragraph
    and mark that close an unmarked run under way."""
    lo, hi = paras[p]
    if state == "double" and until is None and _captions_then_more(text, paras, p):
        return [], False, "double", None  # the quotation goes on after the caption
    if state == "double" and until is None and _first_mark(text, lo, hi) is None:
        until = _unmarked_run(text, paras, p)
    if until is not None:
        q, close = until
        if p < q:
            return [(lo, hi, False)], True, "double", until
        rest, left = _scan_paragraph(text, close + 1, hi, False)
        return [(lo, close, True), *rest], True, _kind(text, rest, left), None
    if state == "single":
        cont = _single_continues(text, lo, hi)
        if cont is not None:
            s, e, still_open = cont
            return [(s, e, not still_open)], True, "single" if still_open else None, None
    carried = state == "double" and _first_mark(text, lo, hi) is not None
    spans, left = _scan_paragraph(text, lo, hi, carried)
    return spans, carried, _kind(text, spans, left), None


def _captions_then_more(text: str, paras: list[tuple[int, int]], p: int) -> bool:
    """Whether paragraph p starts a run of caption lines after which a paragraph opens with a
    double mark: the open quotation continues there."""
    for q in range(p, min(len(paras), p + _MAX_CAPTIONS + 1)):
        lo, hi = paras[q]
        if _first_mark(text, lo, hi) is not None:
            return q > p
        line = text[lo:hi].strip()
        if not _CAPTION_LINE.fullmatch(line) or len(line.split()) > 6:
            return False
    return False


def _kind(text: str, spans: _Spans, left_open: bool) -> str | None:
    if not left_open or not spans:
        return None
    return "single" if text[spans[-1][0] - 1] in SINGLE else "double"
