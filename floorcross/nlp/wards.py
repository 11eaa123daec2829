"""Ward names: checking a candidate against the reference data, and the WARD entity component.

About 11,000 distinct ward names, many of them common words ("Central", "Park", "Abbey"), so
the component tags a name only in a ward context: "<Name> ward", "<Name> division", "<Name>
by-election", "ward of <Name>", "represents <Name>", "councillor for <Name>". A capitalised
name right before "ward" that the data lacks (a new or non-UK ward) is still tagged, with its
own text as ``ent_id_``.
"""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc, Span

from floorcross.nlp.refdata import name_key, wards
from floorcross.nlp.spans import set_own_spans

_AFTER = frozenset({"ward", "wards", "division", "electoral"})
# One or two words before the name: "represents X", "councillor for X", "ward of X".
_BEFORE_ONE = frozenset({"represents", "representing", "represented", "represent"})
_BEFORE_TWO = frozenset({
    ("ward", "of"), ("councillor", "for"), ("councillors", "for"), ("cllr", "for"),
    ("member", "for"), ("councillor", "in"), ("seat", "in"), ("seat", "of"), ("wards", "of"),
    ("division", "of"), ("candidate", "in"), ("candidate", "for"), ("elected", "in"),
})
_NOT_NAME = frozenset({"the", "a", "an", "this", "that", "his", "her", "their", "its", "our"})


@lru_cache(maxsize=1)
def _by_key() -> dict[str, list[tuple[str, str]]]:
    out: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for ward, _code, council in wards():
        out[name_key(ward)].append((ward, council))
    return dict(out)


def find_wards(name: str) -> list[tuple[str, str]]:
    """Every (ward, council official name) whose ward name matches ``name`` (case, '&'/'and',
    apostrophes and a trailing "ward" ignored)."""
    key = name_key(name)
    key = key[:-5] if key.endswith(" ward") else key
    return list(_by_key().get(key, []))


_MAX_WORDS = 6


def _after_anchor(doc: Doc, i: int) -> bool:
    """Token i ends a ward context: "<Name> ward", "<Name> division", "<Name> by-election"."""
    tok = doc[i]
    if tok.lower_ in _AFTER:
        return True
    return tok.lower_ == "by" and i + 2 < len(doc) and doc[i + 2].lower_ == "election"


def _before_anchor(doc: Doc, i: int) -> bool:
    """A name may start at token i: "represents <Name>", "councillor for (the) <Name>"."""
    if i < 1:
        return False
    j = i - 1 if doc[i - 1].lower_ != "the" else i - 2
    if j < 0:
        return False
    pair = (doc[j - 1].lower_, doc[j].lower_) if j >= 1 else ("", doc[j].lower_)
    return doc[j].lower_ in _BEFORE_ONE or pair in _BEFORE_TWO


def _known(span: Span) -> str | None:
    if not (span[0].is_alpha and (span[-1].is_alpha or span[-1].like_num)):
        return None  # a name never starts or ends with punctuation: "Little Harwood,"
    found = _by_key().get(name_key(span.text))
    return found[0][0] if found and (span[0].is_title or span[0].is_upper) else None


def _name_ending_at(doc: Doc, end: int) -> Span | None:
    """The longest known ward ending at ``end``; None when it is only the tail of a longer
    capitalised name ("Foo East ward" is not "East")."""
    for start in range(max(0, end - _MAX_WORDS), end):
        span = doc[start:end]
        ward = _known(span)
        if ward is None:
            continue
        prev = doc[start - 1] if start else None
        if prev is not None and prev.is_title and not prev.is_sent_start and (
                prev.lower_ not in _NOT_NAME and prev.ent_type_ not in ("PARTY", "COUNCIL")):
            return None
        return Span(doc, start, end, label="WARD", span_id=ward)
    return None


def _name_starting_at(doc: Doc, start: int) -> Span | None:
    for end in range(min(len(doc), start + _MAX_WORDS), start, -1):
        ward = _known(doc[start:end])
        if ward is not None:
            return Span(doc, start, end, label="WARD", span_id=ward)
    return None


class WardRecogniser:
    """Pipeline component adding WARD entities (ent_id_ = the ward's name in the data).

    Looks only around ward words, so it needs no 14,000-pattern matcher: building it costs a
    dictionary of name keys."""

    def __init__(self, nlp: Language) -> None:
        _by_key()

    def _unknown(self, doc: Doc, taken: set[int]) -> list[Span]:
        """Capitalised words right before "ward" that the data does not know."""
        out = []
        for tok in doc:
            if tok.lower_ != "ward" or tok.i in taken:
                continue
            start = tok.i
            while (start > 0 and tok.i - start < 4 and doc[start - 1].is_title
                   and doc[start - 1].lower_ not in _NOT_NAME and doc[start - 1].ent_type_ in
                   ("", "GPE", "LOC", "ORG", "FAC", "PERSON") and not doc[start - 1].is_sent_start):
                start -= 1
            if start < tok.i and not any(i in taken for i in range(start, tok.i)):
                span = doc[start:tok.i]
                out.append(Span(doc, start, tok.i, label="WARD", span_id=span.text))
        return out

    def __call__(self, doc: Doc) -> Doc:
        spans = []
        for i in range(len(doc)):
            found = _name_ending_at(doc, i) if i and _after_anchor(doc, i) else None
            found = found or (_name_starting_at(doc, i) if _before_anchor(doc, i) else None)
            if found is not None:
                spans.append(found)
        taken = {i for s in spans for i in range(s.start, s.end)}
        taken |= {t.i for t in doc if t.ent_type_ in ("PARTY", "COUNCIL", "TITLE")}
        set_own_spans(doc, spans + self._unknown(doc, taken))
        return doc


@Language.factory("floorcross_wards")
def make_ward_recogniser(nlp: Language, name: str) -> WardRecogniser:
    return WardRecogniser(nlp)
