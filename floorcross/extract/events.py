"""Affiliation events of one article: who left, joined, was suspended from or expelled by which
party, as the article reports it.

Flow: the cheap candidate filter picks sentences (candidates.py); only those, some context and
the sentences naming the people are parsed (parse.py); triggers are found (triggers.py and the
verb, noun and candidacy trigger modules) and read for their kind (interpret.py: leaving,
joining, sanctions), with clause.py and factuality.py saying who acted and whether it happened
(reading.py drives this); coreference (coref.py, subject_names.py, name_lists.py) gives the
people; mentions of one person's change are merged (merge.py, event_finish.py, event_fixes.py)
and placed in a role, council and ward from the words around the name (roles.py).
"""

from __future__ import annotations

from spacy.language import Language

from floorcross.extract.event_finish import finish
from floorcross.extract.event_fixes import (
    drop_earlier_joins,
    fill_group_independence,
    fill_shared_body,
    fix_origins,
)
from floorcross.extract.merge import merge_mentions
from floorcross.extract.parse import parse_article
from floorcross.extract.reading import read_mentions
from floorcross.types import CleanedArticle, EventMention


def extract_events(article: CleanedArticle, nlp: Language) -> list[EventMention]:
    """Every reported party-affiliation change in the article, one event per person and change,
    each with the sentences that report it."""
    text = article.text or ""
    if not text.strip():
        return []
    art = parse_article(text, article.published, nlp)
    if not art.candidates:
        return []
    art.published_precision = article.published_precision
    mentions = read_mentions(art)
    events = [e for e in (finish(g, art) for g in merge_mentions(mentions)) if e is not None]
    fill_shared_body(events, art)
    fill_group_independence(events, art)
    fix_origins(events)
    return drop_earlier_joins(events)
