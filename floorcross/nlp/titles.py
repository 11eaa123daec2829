"""Honorifics and role titles that precede names in news copy."""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from floorcross.nlp.spans import assign_ents

# Lower-case, without trailing dots. Order does not matter: matching is by whole word.
TITLES = (
    "cllr", "coun", "councillor", "councilor", "sir", "dame", "dr", "doctor", "prof", "professor",
    "mr", "mrs", "ms", "miss", "mx", "lord", "lady", "baroness", "baron", "rev", "reverend",
    "mp", "msp", "mla", "mep", "ms", "mpp", "mna", "mha", "mlc", "rt hon", "the rt hon", "hon",
    "right honourable",
    "alderman", "cllrs", "mayor", "senator", "sen", "rep", "deputy", "td",
    "representative", "assemblyman", "assemblywoman", "assemblymember", "congressman",
    "congresswoman", "state senator", "state representative",
    "state rep", "state sen", "us senator", "u.s. senator", "us rep", "u.s. rep",
    "chairman", "chairwoman", "chairperson",
)

_PREFIX = re.compile(
    r"^(?:(?:the\s+)?(?:rt\.?\s+hon\.?|right\s+honourable)\s+|"
    r"(?:" + "|".join(sorted((re.escape(t).replace(r"\ ", r"\.?\s+") for t in TITLES
                             if t not in ("rt hon", "the rt hon")), key=len, reverse=True))
    + r")\.?\s+)+",
    re.IGNORECASE,
)
# A word broken at a line end and joined back with its hyphen: "Prit-chard", "Prit- chard".
# A real double-barrelled name has a capital after the hyphen ("Smith-Jones").
_BROKEN_WORD = re.compile(r"\b([A-Z][a-z]+)-\s*([a-z]{2,})\b")
# Lower-case parts after a hyphen that belong to the name as written: "al-", "el-" come first,
# and these come after: "Abu-bakr" is rare enough to leave out.
_HYPHEN_PARTS = frozenset({"din", "deen", "ul", "ur", "un", "al", "el"})
# Post-nominals after a comma or a space: "Jane Doe MP", "John Smith, MSP", "Ann Lee OBE".
_SUFFIX = re.compile(r"(?:,?\s+(?:MP|MSP|MS|MLA|MPP|MEP|TD|OBE|MBE|CBE|KC|QC|JP))+\.?$")
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")


def strip_titles(name: str) -> str:
    """The bare name: "Cllr Mustafa Desai" -> "Mustafa Desai",
    "Sir Keir Starmer MP" -> "Keir Starmer"."""
    out = _BROKEN_WORD.sub(_join_broken, " ".join(name.split()))
    out = _POSSESSIVE.sub("", out)
    prev = None
    while prev != out:
        prev = out
        out = _PREFIX.sub("", out)
        out = _SUFFIX.sub("", out).strip(" ,")
    return out


def _join_broken(m: re.Match[str]) -> str:
    if m.group(2) in _HYPHEN_PARTS:
        return m.group(0)
    return m.group(1) + m.group(2)


# --- The TITLE entity component -------------------------------------------------------------

_HONORIFICS = frozenset(t for t in TITLES if " " not in t) | {"right", "honourable", "rt"}
# Role words, left to the event extractor (stripped from a name all the same).
_HONORIFICS -= {"deputy", "mayor", "rep", "sen", "chairman", "chairwoman", "chairperson"}
POST_NOMINALS = frozenset({"MP", "MSP", "MS", "MLA", "MPP", "MEP", "TD", "OBE", "MBE", "CBE",
                           "KC", "QC", "JP", "AM"})
# Capitalised words after a title that are offices, not names: "Lord Mayor", "Mr Speaker".
_ROLE_WORDS = frozenset({"mayor", "speaker", "chancellor", "provost", "lieutenant", "chief",
                         "justice", "president", "leader", "chair", "chairman", "council",
                         "councillor", "minister", "secretary", "general"})
_POSSESSIVE_TOKENS = frozenset({"'s", "’s", "'", "’"})


def _is_title_token(tok: Token) -> bool:
    word = tok.lower_.rstrip(".")
    if word not in _HONORIFICS:
        return False
    return tok.is_title or tok.is_upper or word in ("cllr", "coun")


def _trim_person(doc: Doc, ent: Span) -> list[Span]:
    """Split one PERSON span into TITLE + PERSON + TITLE, dropping a possessive."""
    start, end = ent.start, ent.end
    while end > start and doc[end - 1].text in _POSSESSIVE_TOKENS:
        end -= 1
    head = start
    while head < end and (_is_title_token(doc[head]) or (
            doc[head].lower_ == "the" and head + 1 < end and _is_title_token(doc[head + 1]))):
        head += 1
    tail = end
    while tail > head and doc[tail - 1].text.rstrip(".") in POST_NOMINALS:
        tail -= 1
    out = []
    if head > start:
        out.append(Span(doc, start, head, label="TITLE"))
    if tail > head:
        out.append(Span(doc, head, tail, label="PERSON"))
    if end > tail:
        out.append(Span(doc, tail, end, label="TITLE"))
    return out


def _titles_outside(doc: Doc, ents: list[Span]) -> list[Span]:
    """Titles right before a PERSON or after it ("Jane Doe MP"), and bare "Cllr Desai" where the
    model found no person (the capitalised words after the title become PERSON)."""
    taken = {i for e in ents for i in range(e.start, e.end)}
    starts = {e.start for e in ents if e.label_ == "PERSON"}
    ends = {e.end for e in ents if e.label_ == "PERSON"}
    out: list[Span] = []
    for tok in doc:
        if tok.i in taken:
            continue
        if tok.text.rstrip(".") in POST_NOMINALS and tok.i in ends:
            out.append(Span(doc, tok.i, tok.i + 1, label="TITLE"))
            continue
        if not _is_title_token(tok):
            continue
        nxt = tok.i + 1
        while nxt < len(doc) and nxt not in taken and _is_title_token(doc[nxt]):
            nxt += 1
        if nxt in starts:
            out.append(Span(doc, tok.i, nxt, label="TITLE"))
            taken |= set(range(tok.i, nxt))  # "MP Mr X": "Mr" is already in this title
            continue
        stop = nxt
        while (stop < len(doc) and stop - nxt < 3 and stop not in taken and doc[stop].is_title
               and doc[stop].pos_ == "PROPN" and doc[stop].lower_ not in _ROLE_WORDS):
            stop += 1
        if stop > nxt:
            out += [Span(doc, tok.i, nxt, label="TITLE"), Span(doc, nxt, stop, label="PERSON")]
            taken |= set(range(tok.i, stop))
    return out


_NAME_LIKE = frozenset({"ORG", "GPE", "NORP", "FAC", "LOC", "PRODUCT", "WORK_OF_ART"})


def _looks_like_person(doc: Doc, ent: Span) -> bool:
    """A model ORG/GPE ... that is a name by its company: "Cllr <X>" or "<X> MP"."""
    if ent.label_ not in _NAME_LIKE or not 2 <= len(ent) <= 4:
        return False
    words = [t for t in ent if t.lower_ not in _HONORIFICS]
    if not words or not all(t.is_title and t.is_alpha or _initials(t) for t in words[:-1]) or not (
            words[-1].is_title and words[-1].is_alpha):
        return False
    before = doc[ent.start - 1] if ent.start else None
    after = doc[ent.end] if ent.end < len(doc) else None
    if _is_title_token(ent[0]) or (before is not None and _is_title_token(before)):
        return True
    if _initialled(ent, after):
        return True
    # "<Name> MP said", but not the constituency in "Bradford South MP Jane Doe".
    if after is None or after.text.rstrip(".") not in POST_NOMINALS or ent.label_ == "GPE":
        return False
    following = doc[after.i + 1] if after.i + 1 < len(doc) else None
    return following is None or not following.is_title


# Initials standing for a name ("JB Bernos", "K.C. Rao"), not a place or body's letters.
_INITIALS = re.compile(r"(?:[A-Z]\.?){1,2}|(?:[A-Z]\.){3}")
_NOT_INITIALS = frozenset({"UK", "US", "EU", "UN", "NI", "SA", "NZ", "DA", "MK", "TV", "FM"})
_BODY_WORDS = frozenset({"council", "party", "group", "news", "commission", "court", "police",
                         "office", "committee", "university", "assembly", "congress", "times"})


def _initials(tok: Token) -> bool:
    return bool(_INITIALS.fullmatch(tok.text)) and tok.text.rstrip(".") not in _NOT_INITIALS


def _initialled(ent: Span, after: Token | None) -> bool:
    """A model ORG such as "KC Venugopal said": a name's initials and a surname, followed by
    what a person does (a verb or a comma before one)."""
    if not _initials(ent[0]) or any(t.lower_ in _BODY_WORDS for t in ent):
        return False
    return after is not None and (after.pos_ in ("VERB", "AUX") or after.text == ",")


@Language.component("floorcross_titles")
def title_splitter(doc: Doc) -> Doc:
    """Keep titles out of PERSON: "Cllr Mustafa Desai" -> TITLE "Cllr" + PERSON "Mustafa Desai"."""
    ents: list[Span] = []
    for ent in doc.ents:
        if _looks_like_person(doc, ent):
            ent = Span(doc, ent.start, ent.end, label="PERSON")
        ents += _trim_person(doc, ent) if ent.label_ == "PERSON" else [ent]
    ents += _titles_outside(doc, ents)
    assign_ents(doc, _with_initials(doc, ents))
    return doc


def _with_initials(doc: Doc, ents: list[Span]) -> list[Span]:
    """Initials the model left out of a name: "H D Revanna" read as "Revanna" alone, and
    "MLA T Raja Singh" read as no one after the title."""
    taken = {i for e in ents for i in range(e.start, e.end)}
    out: list[Span] = []
    for e in ents:
        start = e.start
        while (e.label_ == "PERSON" and start > 0 and start - 1 not in taken
               and e.start - start < 2 and _initial_word(doc[start - 1])):
            start -= 1
        out.append(Span(doc, start, e.end, label="PERSON") if start < e.start else e)
        if e.label_ == "TITLE" and e.end not in taken:
            out += _initialled_after(doc, e.end, taken)
    out = _initials_joined(doc, out)
    taken = {i for e in out for i in range(e.start, e.end)}
    for tok in doc:  # "legislator H D Ramanathan quit": initials and a name before a verb
        if tok.i in taken or (tok.i and _initial_word(doc[tok.i - 1])):
            continue
        span = _initialled_after(doc, tok.i, taken)
        if span and _acts(doc, span[0]):
            out += span
            taken |= set(range(span[0].start, span[0].end))
    return out


def _initials_joined(doc: Doc, ents: list[Span]) -> list[Span]:
    """"J" and "Pemberton" read as two people: initials alone are the start of the next name."""
    out: list[Span] = []
    for e in sorted(ents, key=lambda x: x.start):
        prev = out[-1] if out else None
        if (prev is not None and prev.label_ == e.label_ == "PERSON" and prev.end == e.start
                and all(_initial_word(t) for t in prev)):
            out[-1] = Span(doc, prev.start, e.end, label="PERSON")
            continue
        out.append(e)
    return out


def _acts(doc: Doc, span: Span) -> bool:
    """A name that does something next: a verb or a comma follows, and no body's word is in it."""
    after = doc[span.end] if span.end < len(doc) else None
    return not any(t.lower_ in _BODY_WORDS for t in span) and after is not None and (
        after.pos_ in ("VERB", "AUX") or after.text == ",")


def _initial_word(tok: Token) -> bool:
    """An initial of a name, not the article "A" or the pronoun "I" written alone."""
    return _initials(tok) and tok.text not in ("A", "I") and (
        tok.text.replace(".", "") not in POST_NOMINALS | _OFFICE_LETTERS)


# Letters before a name that stand for an office or a trade, not for given names.
_OFFICE_LETTERS = frozenset({"PM", "DPM", "VP", "GP", "PA", "DJ", "PC", "DC", "DS", "DI", "QC"})


def _initialled_after(doc: Doc, at: int, taken: set[int]) -> list[Span]:
    """"MLA T Raja Singh": up to two initials and one to three capitalised words after a title,
    which the model tagged as nothing."""
    stop = at
    while stop < len(doc) and stop - at < 2 and stop not in taken and _initial_word(doc[stop]):
        stop += 1
    if stop == at:
        return []
    words = stop
    while (words < len(doc) and words - stop < 3 and words not in taken and doc[words].is_title
           and doc[words].is_alpha and doc[words].lower_ not in _ROLE_WORDS):
        words += 1
    return [Span(doc, at, words, label="PERSON")] if words > stop else []
