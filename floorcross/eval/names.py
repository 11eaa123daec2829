"""Comparing names, parties, councils, wards and quotations the way the scoring rules say."""

from __future__ import annotations

import re

from rapidfuzz import fuzz

from floorcross.store.ids import person_key

# Names this similar (rapidfuzz ratio, 0-100) are the same name misspelt: "Kier"/"Keir".
NAME_SIMILARITY = 90

# Words that do not tell one council from another: "Oxford City Council" ~ "Oxford".
BODY_FILLER = {
    "council", "city", "borough", "metropolitan", "district", "county", "royal", "of", "the",
    "and", "&", "unitary", "authority", "corporation", "london",
}
_PUNCT = re.compile(r"[^\w&]+")
_QUOTE_MARKS = re.compile(r"[\"“”„‟«»‹›]")
_APOSTROPHES = re.compile(r"[’‘‚‛`´ʼ]")


def names_match(a: str | None, b: str | None) -> bool:
    """Same person by name: titles, case and punctuation ignored; a near-identical spelling, or
    the same surname with the same first initial, counts."""
    ka, kb = person_key(a or ""), person_key(b or "")
    if not ka or not kb:
        return False
    if ka == kb or fuzz.ratio(ka, kb) >= NAME_SIMILARITY:
        return True
    ta, tb = ka.split(), kb.split()
    return len(ta) > 1 and len(tb) > 1 and ta[-1] == tb[-1] and ta[0][0] == tb[0][0]


def name_similarity(a: str | None, b: str | None) -> float:
    return fuzz.ratio(person_key(a or ""), person_key(b or ""))


def party_key(party: str | None) -> str:
    """"The Labour Party" -> "labour"."""
    words = _PUNCT.sub(" ", (party or "").lower()).split()
    if words and words[0] == "the":
        words = words[1:]
    if words and words[-1] == "party":
        words = words[:-1]
    return " ".join(words)


def parties_agree(a: str | None, b: str | None) -> bool:
    """party_from agrees where both give one."""
    if not a or not b:
        return True
    return party_key(a) == party_key(b)


def body_core(body: str | None) -> frozenset[str]:
    """Core words of a council or parliament name: "Manchester City Council" -> {manchester}."""
    words = _PUNCT.sub(" ", (body or "").lower()).split()
    return frozenset(w for w in words if w not in BODY_FILLER)


def ward_key(ward: str | None) -> str:
    text = (ward or "").lower().replace("&", " and ")
    words = _PUNCT.sub(" ", text).split()
    if words and words[-1] == "ward":
        words = words[:-1]
    return " ".join(words)


def quote_key(text: str | None) -> str:
    """Quotation text with marks dropped, apostrophes unified, spacing collapsed, lower case."""
    text = _APOSTROPHES.sub("'", text or "")
    text = _QUOTE_MARKS.sub(" ", text)
    return " ".join(text.lower().split()).strip(" '")
