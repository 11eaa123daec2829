"""The narrative around quotations, with each quotation masked by one placeholder word.

Parsing only the frame keeps spaCy cost to the attribution sentences, keeps names spoken
inside a quotation from being taken as its speaker, and gives the parser a short, regular
sentence ("“something,” he said.") to attach the speaker to.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field

from floorcross.extract.quotes_scan import QuoteSpan

PLACEHOLDER = "something"
_KEEP_END = ".,?!"


@dataclass
class Frame:
    """One paragraph's text with quotations masked, and the way back to article offsets."""

    para: int
    text: str
    # (frame offset, article offset) where each copied piece of the article starts.
    pieces: list[tuple[int, int]] = field(default_factory=list)
    # frame offset of each placeholder -> index of the quotation in the span list.
    holes: dict[int, int] = field(default_factory=dict)

    def to_article(self, pos: int) -> int:
        """Article offset of a frame offset (a placeholder maps to its quotation's start)."""
        k = bisect_right([f for f, _ in self.pieces], pos) - 1
        if k < 0:
            return self.pieces[0][1] if self.pieces else 0
        f, a = self.pieces[k]
        return a + (pos - f)


def build_frame(
    text: str, para: int, lo: int, hi: int, spans: list[tuple[int, QuoteSpan]]
) -> Frame:
    """Mask the given quotations (index, span) of paragraph [lo, hi)."""
    frame = Frame(para=para, text="")
    out: list[str] = []
    size = 0
    pos = lo
    for idx, span in spans:
        if span.start > pos:
            frame.pieces.append((size, pos))
            out.append(text[pos : span.start])
            size += span.start - pos
        frame.holes[size] = idx
        last = text[span.end - 1]
        hole = PLACEHOLDER + (last if last in _KEEP_END else "")
        frame.pieces.append((size, span.start))
        out.append(hole)
        size += len(hole)
        pos = span.end
    if hi > pos:
        frame.pieces.append((size, pos))
        out.append(text[pos:hi])
    frame.text = "".join(out)
    return frame


def has_narrative(text: str, lo: int, hi: int, spans: list[QuoteSpan]) -> bool:
    """Whether the paragraph has words outside its quotations (else nothing to parse)."""
    pos = lo
    for span in spans:
        if any(c.isalpha() for c in text[pos : span.start]):
            return True
        pos = span.end
    return any(c.isalpha() for c in text[pos:hi])
