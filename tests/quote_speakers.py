"""Reading quotation speakers out of invented articles, for the quote tests."""

from __future__ import annotations

from floorcross.extract.quotes import extract_quotes
from floorcross.types import CleanedArticle


def speakers(text: str, nlp, words: int = 5) -> dict[str, str | None]:
    """The first `words` words of each quotation -> its speaker."""
    quotes = extract_quotes(CleanedArticle(text=text), nlp)
    return {" ".join(q.text.split()[:words]): q.speaker for q in quotes}


def speaker_of(text: str, starts: str, nlp) -> str | None:
    """The speaker of the quotation starting with `starts` (which must be found)."""
    found = speakers(text, nlp)
    hits = [k for k in found if k.startswith(starts)]
    assert hits, f"not found: {starts!r} in {list(found)}"
    return found[hits[0]]
