"""Whitespace normalisation: the last step before offsets into the text are taken."""

from __future__ import annotations

import re
import unicodedata

# Invisible characters that only get in the way of matching: zero-width spaces and joiners,
# soft hyphens, byte-order marks, and C0 controls other than tab and newline.
INVISIBLE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad\x00-\x08\x0b-\x1f\x7f]")
# Horizontal whitespace of any kind (tabs, no-break and typographic spaces).
SPACES = re.compile(r"[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
LINE_BREAKS = re.compile(r"\r\n|\r|[\u2028\u2029\u0085]")
BLANK_RUNS = re.compile(r"\n{3,}")
_BREAK_CHARS = ("\r", "\u2028", "\u2029", "\u0085")


def normalise_text(text: str) -> str:
    """Tidy whitespace without touching words or punctuation (quote marks stay as written).

    Line breaks become "\\n"; runs of spaces collapse to one; lines are stripped; three or
    more newlines collapse to two (one blank line); the text is stripped at both ends.

    >>> normalise_text("  A  line\\u00a0here \\r\\n\\n\\n\\nNext\\t line ")
    'A line here\\n\\nNext line'
    """
    text = unicodedata.normalize("NFC", text)
    # Each step is skipped when its characters are absent: a page's text runs through this
    # three times, mostly already tidy. SPACES never matches a line break, so one pass over
    # the whole text collapses the same runs as one pass per line.
    if any(c in text for c in _BREAK_CHARS):
        text = LINE_BREAKS.sub("\n", text)
    text = INVISIBLE.sub("", text)
    text = "\n".join(line.strip() for line in SPACES.sub(" ", text).split("\n"))
    if "\n\n\n" in text:
        text = BLANK_RUNS.sub("\n\n", text)
    return text.strip()
