"""Article text with people, event evidence and quotes highlighted, built safely from offsets.

The text is cut at every span boundary into segments; each segment is escaped on its own and
wrapped in one <mark> naming every kind of span covering it. Overlapping spans therefore never
produce mis-nested tags, and no article text reaches the page unescaped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from markupsafe import Markup, escape

KINDS = ("person", "event", "quote")


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    kind: str  # one of KINDS
    label: str = ""


def name_spans(text: str, names: list[str]) -> list[Span]:
    """Every whole-word occurrence of each name (and of its last word, the usual second
    mention: "Ms Quill") in `text`."""
    spans: list[Span] = []
    for name in {n.strip() for n in names if n and n.strip()}:
        forms = {name}
        parts = name.split()
        if len(parts) > 1 and len(parts[-1]) > 2:
            forms.add(parts[-1])
        for form in forms:
            for m in re.finditer(r"(?<!\w)" + re.escape(form) + r"(?!\w)", text):
                spans.append(Span(m.start(), m.end(), "person", name))
    return spans


def highlight(text: str, spans: list[Span]) -> Markup:
    """`text` as HTML with `spans` marked; spans outside the text are clipped or dropped."""
    n = len(text)
    valid = [Span(max(0, s.start), min(n, s.end), s.kind, s.label) for s in spans
             if s.kind in KINDS and s.start < s.end and s.start < n and s.end > 0]
    cuts = sorted({0, n, *(s.start for s in valid), *(s.end for s in valid)})
    out: list[str] = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        covering = [s for s in valid if s.start <= a and s.end >= b]
        piece = str(escape(text[a:b]))
        if not covering:
            out.append(piece)
            continue
        kinds = sorted({s.kind for s in covering}, key=KINDS.index)
        labels = "; ".join(sorted({s.label for s in covering if s.label}))
        classes = " ".join(f"hl-{k}" for k in kinds)
        out.append(f'<mark class="{classes}" title="{escape(labels)}">{piece}</mark>')
    return Markup("".join(out))
