"""The people an article names, and short references resolved to their fullest name.

"Ammar" -> "Ammar Anwar", "Mr Desai" / "Cllr Desai" -> "Mustafa Desai". Shared by the event and
quote extractors so both attribute to the same person.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from rapidfuzz import fuzz
from spacy.tokens import Doc, Token

from floorcross.extract.name_patterns import normal_case
from floorcross.nlp.titles import strip_titles

_NEAR = 88  # rapidfuzz ratio above which two full names are one person misspelt


def _key(part: str) -> str:
    return part.lower().strip(".,’'")


class PeopleIndex:
    """Full names found in one article, with lookup of partial references."""

    def __init__(self, names: Iterable[str] = ()) -> None:
        self.names: list[str] = []
        for n in names:
            self.add(n)

    def add(self, name: str) -> str:
        """Add a mention; returns the full name it now resolves to."""
        bare = strip_titles(name)
        if not bare:
            return bare
        found = self.resolve(bare) or self._shorter_form_of(bare)
        if found and len(found.split()) >= len(bare.split()):
            return found
        if found:  # a fuller form of a name we had only partly: keep the fuller one
            self.names[self.names.index(found)] = bare
            return bare
        self.names.append(bare)
        return bare

    def _shorter_form_of(self, bare: str) -> str | None:
        """A one-word name already held that this fuller name completes ("Idris")."""
        parts = [_key(p) for p in bare.split()]
        if len(parts) < 2:
            return None
        fits = [n for n in self.names if len(n.split()) == 1 and _key(n) in (parts[0], parts[-1])]
        return fits[0] if len(fits) == 1 else None

    def _near(self, parts: list[str]) -> list[str]:
        """Spelling variants of a full name ("Kier Starmer" for "Keir Starmer")."""
        if len(parts) < 2:
            return []
        wanted = " ".join(parts)
        return [
            n for n in self.names
            if len(n.split()) >= 2
            and fuzz.ratio(wanted, " ".join(_key(p) for p in n.split())) >= _NEAR
        ]

    def resolve(self, mention: str) -> str | None:
        """The full name a mention refers to, or None when none (or several) fit."""
        bare = strip_titles(mention)
        parts = [_key(p) for p in bare.split()]
        if not parts:
            return None
        exact = [n for n in self.names if [_key(p) for p in n.split()] == parts]
        if exact:
            return exact[0]
        if len(parts) == 1:
            fits = [
                n for n in self.names
                if parts[0] in (_key(n.split()[0]), _key(n.split()[-1]))
            ]
        else:
            # First and last agree: "Mustafa Desai" for "Mustafa Ali Desai".
            fits = [
                n for n in self.names
                if _key(n.split()[0]) == parts[0] and _key(n.split()[-1]) == parts[-1]
            ]
        if not fits:
            fits = self._near(parts)
        return fits[0] if len(fits) == 1 else None


# Capitalised words that come before a surname without being a first name.
_NOT_FIRST = frozenset(str.split("""
the a an and but as at by for from if in of on or so to when while after before since with
mr mrs ms miss mx dr sir dame lord lady cllr coun councillor councilor mp msp mla td senator
sen rep deputy mayor minister leader said says told added monday tuesday wednesday thursday
friday saturday sunday january february march april june july august september october
november december labour tory tories conservative green greens reform snp plaid independent
liberal democrat democrats republican sinn féin fein alliance party council county city
former ex veteran senior junior fellow new then now sitting outgoing incoming retiring rebel
local ousted expelled suspended capt captain col colonel gen general maj major lt prof rev hon
sgt chief president chairman one two three four five six seven eight nine ten both all several
many some
"""))


def full_name_in_text(surname: str, text: str) -> str | None:
    """The one fuller form of a surname the text gives ("Paul Gavan" for "Gavan"), or None
    when it gives none or several (two Ewings)."""
    rx = re.compile(r"\b([A-Z][a-z]+(?:[-'’][A-Z][a-z]+)?)\s+" + re.escape(surname) + r"\b")
    firsts = {m.group(1) for m in rx.finditer(text) if m.group(1).lower() not in _NOT_FIRST}
    return f"{firsts.pop()} {surname}" if len(firsts) == 1 else None


_KIN = (r"\b(?:[Hh]is|[Hh]er)\s+(?:late\s+|elder\s+|younger\s+)?(?:son|daughter|brother|sister"
        r"|father|mother|nephew|niece|uncle|aunt)\s*,?\s+")


def kin_name(first: str, text: str, names: Iterable[str]) -> str | None:
    """"He follows his son Chris, who left ...": a relative given by first name only shares
    the surname of the person the text was just speaking of (the full name, or its surname,
    written last before the mention)."""
    m = re.search(_KIN + re.escape(first) + r"\b", text)
    if m is None:
        return None
    best, at = None, -1
    for n in names:
        parts = n.split()
        if len(parts) < 2 or parts[0] == first:
            continue
        hits = [h.start() for h in re.finditer(r"\b" + re.escape(parts[-1]) + r"\b",
                                               text[: m.start()])]
        if hits and hits[-1] > at:
            best, at = parts[-1], hits[-1]
    return f"{first} {best}" if best else None


# --- Name spans on the parse ------------------------------------------------------------------

# Lower-case words inside names: "Rhys ab Owen", "Ursula von Holt", "Jan van der Berg".
PARTICLES = frozenset({
    "ab", "ap", "de", "del", "della", "der", "den", "di", "da", "das", "dos", "du", "la", "le",
    "van", "von", "bin", "binti", "al", "el", "ter", "ten", "y",
})
# Particles that are also surnames when capitalised at the end of a name: "Basanta Das",
# "Ankita De", "Minh Le", "Wei Du".
_SURNAME_PARTICLES = frozenset({"das", "de", "le", "du"})
_QUOTES = frozenset({"'", "‘", "’", '"', "“", "”", "``", "''"})


def can_end_name(word: str) -> bool:
    """Whether `word` may be a name's last word: not a particle ("Ludwig van"), unless it is
    one that is also a surname, written capitalised ("Sashi Das")."""
    low = word.lower()
    return low not in PARTICLES or (low in _SURNAME_PARTICLES and word[:1].isupper())


def name_word_ok(word: str) -> bool:
    """A word that may stand in a name: capitalised, a particle, or "d'Entremont", "al-Amin"."""
    if word[:1].isupper() or word.lower() in PARTICLES:
        return True
    return bool(re.match(r"^(?:d|l|o|de|al|el|da)['’-][A-Z]", word))


def extend_run(toks: list[Token]) -> tuple[list[Token], list[Token]]:
    """A person run grown over what the NER drops at its edges: a particle and the surname
    after it ("Owain" + "ab Iorwerth"), a quoted nickname between the first name and the surname
    ("Altaf 'Tiger' Patel"). Returns (tokens, nickname tokens to leave out of the name)."""
    doc = toks[0].doc
    nick: list[Token] = []
    end = _particles_after(doc, toks[-1].i + 1)
    # "Sarah O’Reilly", "Ann D'Arcy": a surname with an apostrophe the model tagged as no name.
    if end < len(doc) and _APOSTROPHE_NAME.match(doc[end].text) and doc[end - 1].whitespace_:
        end += 1
    # "Prit-chard": a surname broken at a line end, joined back with its hyphen.
    if (end + 1 < len(doc) and doc[end].text == "-" and doc[end - 1].whitespace_ == ""
            and doc[end].whitespace_ == "" and doc[end + 1].is_lower and doc[end + 1].is_alpha):
        end += 2
    start = _particles_before(doc, toks[0].i)
    if _first_name_left_out(doc, start, end):
        start -= 1
    # "Altaf 'Tiger' Patel": the run starts at the surname and a quoted word sits before it.
    if (start >= 4 and doc[start - 1].text in _QUOTES and doc[start - 3].text in _QUOTES
            and doc[start - 2].is_title and doc[start - 4].is_title
            and doc[start - 4].pos_ == "PROPN"):
        nick = list(doc[start - 3 : start])
        start -= 4
    # ... or the run ends at the first name and the nickname and surname follow it.
    elif (end + 3 < len(doc) and doc[end].text in _QUOTES and doc[end + 2].text in _QUOTES
          and doc[end + 1].is_title and doc[end + 3].is_title and doc[end + 3].pos_ == "PROPN"):
        nick = list(doc[end : end + 3])
        end += 4
    return list(doc[start:end]), nick


_APOSTROPHE_NAME = re.compile(r"^[A-Z][a-z]?['’][A-Z][a-z]+$")


def _first_name_left_out(doc: Doc, start: int, end: int) -> bool:
    """"..., Suleman Khonat, ...": a list item whose first name the NER left out; "They are
    Doreen Brophy Lee, ...": the first word of a three-word name, left out the same way."""
    if start < 1 or not _bare_capital(doc[start - 1]):
        return False
    if end - start == 1:
        return start >= 2 and (doc[start - 2].is_punct or doc[start - 2].lower_ in ("and", "&"))
    prev = doc[start - 1]
    return (end - start == 2 and start >= 2 and prev.ent_type_ == "" and prev.dep_ == "compound"
            and start <= prev.head.i < end and doc[start - 2].lower_ in _LIST_OPENERS)


# Words before a listed name: "They are A B C, ...", "..., A B C and ...".
_LIST_OPENERS = frozenset({",", "and", "&", "are", "were", ":"})


def _particles_after(doc: Doc, end: int) -> int:
    """Past the particles and the surname after a run: "Owain" + "ab Iorwerth", "Pieter" +
    "van den Berg"."""
    k = end
    while k < len(doc) and doc[k].lower_ in PARTICLES and doc[k].is_lower:
        k += 1
    return k + 1 if k > end and k < len(doc) and doc[k].is_title else end


def _particles_before(doc: Doc, start: int) -> int:
    """Back over the particles and the first name before a run that starts at the surname:
    "Pieter van den" + "Berg", "Ana de" + "Souza"."""
    k = start
    while k > 0 and doc[k - 1].lower_ in PARTICLES and doc[k - 1].is_lower:
        k -= 1
    if k == start or k == 0:
        return start
    first = doc[k - 1]
    named = first.is_title and first.pos_ == "PROPN" and first.lower_.rstrip(".") not in _TITLE_LIKE
    return k - 1 if named else start


def _bare_capital(tok: Token) -> bool:
    """A capitalised word outside any entity (or read as an organisation), not a title."""
    return (tok.pos_ == "PROPN" and tok.is_title and tok.ent_type_ in ("", "ORG")
            and tok.lower_.rstrip(".") not in _TITLE_LIKE)


_TITLE_LIKE = frozenset({
    "cllr", "coun", "councillor", "mr", "mrs", "ms", "dr", "sir", "lord", "lady", "mp", "msp",
    "mla", "td", "baroness", "dame", "prof", "rev", "mayor", "leader", "senator",
})



def shown_name(person: str, text: str) -> str:
    """A name the article sets in capitals ("STEVE GALLOWAY is resigning") as it writes it
    elsewhere in normal case, else in normal case; initials ("JB Bernos") are left alone."""
    words = [w for w in person.split() if any(c.isalpha() for c in w)]
    if len(words) < 2 or not all(w.isupper() for w in words) or max(map(len, words)) < 3:
        return person
    pattern = r"\b" + r"\s+".join(map(re.escape, person.split())) + r"\b"
    for found in re.finditer(pattern, text, re.IGNORECASE):
        if not found.group(0).isupper():
            return " ".join(found.group(0).split())
    return normal_case(person)
