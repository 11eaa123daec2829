"""From a cleaned article to affiliation events and quotes."""

from __future__ import annotations

from floorcross.types import CleanedArticle, Extraction

# Bumped whenever extraction output may change; stored on every derived row.
EXTRACTOR_VERSION = "0.1.0"


def extract(article: CleanedArticle) -> Extraction:
    """Events and quotes of one article, quotes tied to the events they speak about."""
    from floorcross.extract.events import extract_events
    from floorcross.extract.quotes import extract_quotes
    from floorcross.extract.relevance import mentions_politics
    from floorcross.extract.shared_parse import SharedParser
    from floorcross.nlp import get_nlp

    # Sentences both stages read are run through the statistical model once.
    nlp = SharedParser(get_nlp())
    events = extract_events(article, nlp)
    # Quotes from an article that names no party or elected role cannot concern the register,
    # and attributing them costs a parse: skip them.
    quotes = extract_quotes(article, nlp) if events or mentions_politics(article.text) else []
    link_quotes(events, quotes)
    return Extraction(events=events, quotes=quotes)


def link_quotes(events, quotes) -> None:
    """Tie each quote to the event of its speaker (the nearest one when there are several)."""
    by_person: dict[str, list[int]] = {}
    for i, ev in enumerate(events):
        by_person.setdefault(ev.person.lower(), []).append(i)
    for q in quotes:
        if not q.speaker:
            continue
        idxs = by_person.get(q.speaker.lower())
        if not idxs:
            continue
        q.event_index = min(
            idxs,
            key=lambda i: min((abs(e.start - q.start) for e in events[i].evidence), default=0),
        )
