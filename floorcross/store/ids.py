"""Stable identifiers derived from content, so re-ingest and reprocess give the same ids."""

from __future__ import annotations

import hashlib
import re
import unicodedata

from floorcross.nlp.titles import strip_titles

_APOSTROPHES = re.compile(r"['’‘`ʼ]")
_NON_WORD = re.compile(r"[^\w]+")


def person_key(name: str) -> str:
    """Normalised name: titles stripped, accents folded, lower case, punctuation removed.

    "Cllr Seán O'Hara-Lee" -> "sean ohara lee".
    """
    bare = strip_titles(name)
    folded = unicodedata.normalize("NFKD", bare)
    folded = "".join(c for c in folded if not unicodedata.combining(c))
    folded = _APOSTROPHES.sub("", folded.lower())
    return " ".join(_NON_WORD.sub(" ", folded).replace("_", " ").split())


def _digest(*parts: object) -> str:
    h = hashlib.sha1()
    for p in parts:
        h.update(("" if p is None else str(p)).encode("utf-8", "surrogatepass"))
        h.update(b"\x1f")
    return h.hexdigest()


def person_id(key: str) -> str:
    return "p-" + _digest(key)[:12]


def event_id(content_hash: str, key: str, type_: str, party_from: str | None) -> str:
    return "ev-" + _digest(content_hash, key, type_, (party_from or "").lower())[:16]


def quote_id(content_hash: str, start: int) -> str:
    return "q-" + _digest(content_hash, start)[:16]


def unique_id(base: str, taken: set[str]) -> str:
    """`base`, or `base-2`, `base-3` ... when an article yields two records with the same key.

    Extraction is deterministic, so the suffixes are stable across reprocessing too.
    """
    candidate, n = base, 1
    while candidate in taken:
        n += 1
        candidate = f"{base}-{n}"
    taken.add(candidate)
    return candidate
