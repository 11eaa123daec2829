"""UK councils: normalising a mention to the register's official name, and the COUNCIL
entity component.

Names are matched against the register's name lookup (``lookup_name_to_registry.csv``) under
:func:`~floorcross.nlp.refdata.name_key`, then against "stems" (a name without its "Borough
Council", "London Borough of" ...), so "Oxford City Council", "Newham Council" and "the London
Borough of Newham" all resolve. Where a name fits a current and an abolished body ("Somerset"),
the date picks the one in office; without a date the current body wins. Bare names that fit
several councils ("Richmond", "Newcastle") resolve only when the mention itself disambiguates.
"""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import date
from functools import lru_cache

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from floorcross.nlp.refdata import Council, council_names, councils, name_key
from floorcross.nlp.spans import pattern_docs, phrase_variants, set_own_spans

_COUNCIL_WORDS = re.compile(r"\b(council|borough of|authority|corporation)\b")
_SUFFIX = re.compile(
    r"\s+(?:(?:metropolitan (?:borough|district)|borough|city|county|district|unitary"
    r"|city and district)\s+)?council$|\s+(?:borough|city|county|district|ua)$"
)
_PREFIX = re.compile(r"^(?:london borough of|royal borough of|city and county of|city of"
                     r"|county of|borough of)\s+")
_ROLE = re.compile(r"\b(?:councillors?|cllrs?|coun|members?)\b")
_LEAD = re.compile(r"^(?:(?:a|an|in|on|for|at|of|from)\s+)+")
# Words after a place name that make it a council: "Kirklees Council", "Kent County Council".
SUFFIXES = (
    ("metropolitan", "borough", "council"), ("metropolitan", "district", "council"),
    ("city", "council"), ("borough", "council"), ("county", "council"),
    ("district", "council"), ("council",),
)
_ROLE_AFTER = frozenset({"councillor", "councillors", "cllr", "cllrs"})


def _stem(key: str) -> str:
    return _PREFIX.sub("", _SUFFIX.sub("", key)).strip()


@lru_cache(maxsize=1)
def _index() -> tuple[dict[str, set[str]], dict[str, set[str]]]:
    """Exact name key -> codes, and stem -> codes."""
    exact: dict[str, set[str]] = defaultdict(set)
    stems: dict[str, set[str]] = defaultdict(set)
    for name, code in council_names():
        key = name_key(name)
        exact[key].add(code)
        stems[_stem(key)].add(code)
    return dict(exact), dict(stems)


def _choose(codes: set[str], on: date | None, key: str) -> Council | None:
    cands = [councils()[c] for c in sorted(codes) if c in councils()]
    if len(cands) > 1:
        in_office = [c for c in cands if c.active_on(on)] if on else [c for c in cands if c.current]
        cands = in_office or cands
    if len(cands) > 1 and "county" in key:
        cands = [c for c in cands if c.kind == "CTY"] or cands
    if len(cands) > 1 and "city" in key:
        cands = [c for c in cands if "city" in name_key(c.official_name)] or cands
    return cands[0] if len(cands) == 1 else None


def lookup_council(name: str, on: date | None = None) -> Council | None:
    """The register entry a council mention refers to, or None (unknown or ambiguous). A place
    whose own council was abolished by ``on`` gives the merged council that took it over
    ("Bournemouth" in 2024: Bournemouth, Christchurch and Poole Council)."""
    found = _lookup(name, on)
    if on and found and not found.active_on(on):
        return _successor(found, on) or found
    return found


def _successor(old: Council, on: date) -> Council | None:
    """The one council in office on ``on`` whose name starts with the old one's place."""
    stem = _stem(name_key(old.official_name))
    exact, _ = _index()
    codes = {c for k, cs in exact.items() if k.startswith(stem + " ") for c in cs}
    found = {councils()[c] for c in codes if c in councils() and councils()[c].active_on(on)}
    found = {c for c in found if _stem(name_key(c.official_name)).startswith(stem + " ")}
    return found.pop() if len(found) == 1 else None


def councils_starting(text: str) -> list[Council]:
    """Councils whose name (without "the", "London Borough of" ...) starts with ``text``."""
    stem = name_key(text)
    _, stems = _index()
    codes = {c for k, cs in stems.items() if k == stem or k.startswith(stem + " ") for c in cs}
    return [councils()[c] for c in sorted(codes) if c in councils()]


def _lookup(name: str, on: date | None) -> Council | None:
    found = _lookup_any(name, on)
    key = name_key(name)
    if found and _CITY_COUNCIL.search(key) and " county" in name_key(found.official_name):
        return None  # "Durham City Council" is not the county's council
    return found


_CITY_COUNCIL = re.compile(r"\bcity council$")


def _lookup_any(name: str, on: date | None) -> Council | None:
    exact, stems = _index()
    key = name_key(name)
    if key in exact:
        found = _choose(exact[key], on, key)
        if on and found and not found.active_on(on) and key == _stem(key) + " council":
            # "Somerset Council" written before the 2023 unitary existed: the county council.
            return _choose(stems[_stem(key)], on, key) or found
        return found
    bare = _LEAD.sub("", " ".join(_ROLE.sub(" ", key).split()))
    for k in (bare, _stem(bare)):
        if k in exact:
            return _choose(exact[k], on, key)
    stem = _stem(bare)
    if stem not in stems or (stem == key and _is_prefix_of_other(stem)):
        return None  # bare "Newcastle": Newcastle upon Tyne or Newcastle-under-Lyme
    return _choose(stems[stem], on, key)


@lru_cache(maxsize=4096)
def _is_prefix_of_other(stem: str) -> bool:
    """True when another council's name starts with this one ("newcastle under lyme")."""
    exact, stems = _index()
    return any(k.startswith(stem + " ") and not (exact.get(k, set()) & stems[stem])
               for k in (*exact, *stems))


@lru_cache(maxsize=1)
def _place_keys() -> frozenset[str]:
    return frozenset(_stem(k) for k in _index()[0] if not _COUNCIL_WORDS.search(k))


def is_council_place(name: str) -> bool:
    """True for a place that names a council ("Blackburn", "Hackney", "Kirklees")."""
    return name_key(name) in _place_keys()


def normalise_council(name: str, on: date | None = None) -> str | None:
    """Official council name for a mention or a place used as a council: "Newham Council",
    "the London Borough of Newham", "a Kirklees councillor" -> "Kirklees Council"."""
    council = lookup_council(name, on)
    return council.official_name if council else None


class CouncilRecogniser:
    """Pipeline component adding COUNCIL entities (ent_id_ = official name).

    Tags full council names and "<place> (City|Borough|County|...) Council"; a place right
    before "councillor(s)" is tagged alone ("a Kirklees councillor"). The publication date, if
    the caller put one in ``doc.user_data["published"]``, picks between current and abolished
    bodies of the same name.
    """

    def __init__(self, nlp: Language) -> None:
        exact, stems = _index()
        self.full = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.stems = PhraseMatcher(nlp.vocab, attr="LOWER")
        full = {v for name, _ in council_names() if _COUNCIL_WORDS.search(name_key(name))
                for v in phrase_variants(name)}
        places = {v for name, _ in council_names() if not _COUNCIL_WORDS.search(name_key(name))
                  for v in phrase_variants(name)}
        self.full.add("COUNCIL", pattern_docs(nlp, sorted(full)))
        self.stems.add("PLACE", pattern_docs(nlp, sorted(places)))

    def _suffix_end(self, doc: Doc, end: int) -> int | None:
        for words in SUFFIXES:
            if tuple(t.lower_ for t in doc[end:end + len(words)]) == words:
                return end + len(words)
        return None

    def _spans(self, doc: Doc) -> list[Span]:
        on = doc.user_data.get("published")
        on = on if isinstance(on, date) else None
        found: list[tuple[int, int]] = []
        for _, start, end in self.full(doc):
            found.append((start, end))
        for _, start, end in self.stems(doc):
            if not doc[start].is_title and not doc[start].is_upper:
                continue
            stop = self._suffix_end(doc, end)
            if stop is not None:
                found.append((start, stop))
            elif end < len(doc) and doc[end].lower_ in _ROLE_AFTER:
                found.append((start, end))
        out = []
        for start, end in found:
            official = normalise_council(doc[start:end].text, on)
            if official and (doc[start].is_title or doc[start].is_upper):
                out.append(Span(doc, start, end, label="COUNCIL", span_id=official))
        return out

    def __call__(self, doc: Doc) -> Doc:
        set_own_spans(doc, self._spans(doc))
        return doc


@Language.factory("floorcross_councils")
def make_council_recogniser(nlp: Language, name: str) -> CouncilRecogniser:
    return CouncilRecogniser(nlp)
