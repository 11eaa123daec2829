"""The people an article names, and short references resolved to their fullest name.

"Ammar" -> "Ammar Anwar", "Mr Desai" / "Cllr Desai" -> "Mustafa Desai". Shared by the event and
quote extractors so both attribute to the same person.
"""

from __future__ import annotations

from collections.abc import Iterable

from rapidfuzz import fuzz

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
