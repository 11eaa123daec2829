"""How strongly two written names point to one person, and the blocking keys that find
candidates without comparing every name with every other.

Names are compared as normalised tokens (titles stripped, accents folded, lower case):
"Cllr Keir Starmer" -> ("keir", "starmer"). Scores:

- 3: the same name, or the same first and last name with a middle name left out;
- 2: a first initial ("A. Anwar"), a short form ("Rob"/"Robert") or a swapped-letter typo
  ("Kier"/"Keir") with the same surname;
- 1: a one-letter typo that could equally be another name ("John"/"Joan"), a surname typo,
  or a one-word reference ("Desai", "Ammar") — these need context to merge.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz.distance import OSA, Levenshtein

from floorcross.nlp.titles import strip_titles
from floorcross.store.ids import person_key

EXACT, STRONG, WEAK, NONE = 3, 2, 1, 0


@dataclass(frozen=True)
class NameMatch:
    score: int
    partial: bool = False  # one side is a single word: ambiguous between people who share it


@lru_cache(maxsize=200_000)
def tokens(name: str) -> tuple[str, ...]:
    """Normalised name words: "Cllr Seán O'Hara" -> ("sean", "ohara")."""
    return tuple(person_key(name).split())


def _is_initial(tok: str) -> bool:
    return len(tok) == 1


def _typo(a: str, b: str) -> int:
    """STRONG for swapped letters, WEAK for one changed letter, NONE otherwise."""
    if len(a) < 4 or len(b) < 4 or a[0] != b[0] or OSA.distance(a, b) != 1:
        return NONE
    return STRONG if Levenshtein.distance(a, b) == 2 else WEAK


def _first_names(a: str, b: str) -> int:
    if a == b:
        return EXACT
    if (_is_initial(a) or _is_initial(b)) and a[0] == b[0]:
        return STRONG
    short, long_ = sorted((a, b), key=len)
    if len(short) >= 3 and long_.startswith(short):
        return STRONG
    return _typo(a, b)


def _surnames(a: str, b: str) -> int:
    if a == b:
        return EXACT
    return WEAK if len(a) >= 5 and _typo(a, b) else NONE


def _full_names(a: tuple[str, ...], b: tuple[str, ...]) -> int:
    last = _surnames(a[-1], b[-1])
    first = _first_names(a[0], b[0])
    if not last or not first:
        return NONE
    if last == WEAK:
        return WEAK if first == EXACT else NONE
    if first == EXACT:
        if _is_initial(a[0]):
            return STRONG  # "J Smith" twice is two people as often as one
        ma, mb = a[1:-1], b[1:-1]
        return WEAK if ma and mb and ma != mb else EXACT
    return first


def compare(a: tuple[str, ...], b: tuple[str, ...]) -> NameMatch:
    """How well two tokenised names match."""
    if not a or not b:
        return NameMatch(NONE)
    if len(a) == 1 or len(b) == 1:
        one, other = (a, b) if len(a) == 1 else (b, a)
        word = one[0]
        if _is_initial(word):
            return NameMatch(NONE)
        hit = word in (other[0], other[-1]) if len(other) > 1 else word == other[0]
        return NameMatch(WEAK if hit else NONE, partial=True)
    return NameMatch(_full_names(a, b))


def index_keys(toks: tuple[str, ...]) -> tuple[str, ...]:
    """Keys a person is filed under for each of its names."""
    if not toks:
        return ()
    if len(toks) == 1:
        return (f"L:{toks[0]}", f"1:{toks[0]}")
    first, last = toks[0], toks[-1]
    keys = [f"L:{last}", f"P:{first[0]}{last[:3]}"]
    if not _is_initial(first):
        keys.append(f"F:{first}")
    return tuple(keys)


def query_keys(toks: tuple[str, ...]) -> tuple[str, ...]:
    """Keys to look up for a name: same surname, same first initial and surname start (surname
    typos), and one-word names that could be either part."""
    if not toks:
        return ()
    if len(toks) == 1:
        return (f"L:{toks[0]}", f"F:{toks[0]}")
    first, last = toks[0], toks[-1]
    return (f"L:{last}", f"P:{first[0]}{last[:3]}", f"1:{first}")


def fullness(toks: tuple[str, ...]) -> tuple[int, int]:
    """Orders names by how much they say: more words, then no initials, then longer."""
    return (len(toks) + (0 if any(_is_initial(t) for t in toks) else 1), sum(map(len, toks)))


def display(name: str) -> str:
    """A name as shown: titles stripped, spacing collapsed."""
    return " ".join(strip_titles(name).split())
