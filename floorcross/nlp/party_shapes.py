"""Party names recognised by their shape, for parties the register does not know.

Three shapes cover how parties around the world are named in English-language copy:
- a capitalised name ending in a party word: "Wiper Democratic Movement", "All Progressives
  Congress", "Janata Dal (United)", "Naga People's Front";
- a party word first, as Malay, Swahili, French and Spanish names go: "Parti Keadilan Rakyat",
  "Chama Cha Mashinani", "Partido Federal ng Pilipinas", "Pakatan Harapan";
- a hyphenated pair with an acronym in it: "PDP-Laban", "Lakas-CMD", "ACT-Wazalendo".

``SHAPE_RE`` is the wide pattern the candidate filter uses. ``political_name`` tells a name
whose own words are political ("United Democratic Alliance") from a movement or forum of
another kind ("Civil Rights Movement", "World Economic Forum").
"""

from __future__ import annotations

import re

_CAP = r"[A-Z][\w'’.-]*"
# Small words inside a name: "Forum for the Restoration of Democracy", "Chama Cha Mashinani".
_LINK = r"(?:of|for|the|and|&|de|du|da|ng|sa|la|na|cha|wa|se|e|y)"
HEADS = ("Party|Movement|Congress|Alliance|Front|League|Union|Coalition|Forum|Democrats"
         "|Conference|Dal|Sena|Morcha|Kazhagam|Katchi|Samithi|Parishad|Peramuna|Fighters")
# The prefix words of names that put the party word first.
PREFIX_HEADS = "Parti|Partido|Partai|Chama|Pakatan|Barisan|Perikatan|Gabungan|Parti Bangsa"
# "(United)", "(Secular)", "(M)", "(J)": a faction's mark that belongs to the name.
_FACTION = r"(?:\s\((?:[A-Z][a-z]+|[A-Z]{1,2})\))?"

HEAD_FINAL = re.compile(
    rf"\b(?:{_CAP}\s+(?:{_LINK}\s+)*){{1,6}}?(?:{HEADS}){_FACTION}(?![\w-])")
PREFIX_FIRST = re.compile(
    rf"\b(?:{PREFIX_HEADS})(?:\s+(?:{_LINK}\s+)?[A-Z][\w'’-]+){{1,4}}(?![\w-])")
HYPHENATED = re.compile(r"\b(?:[A-Z]{2,}[-–][A-Z][a-z]+|[A-Z][a-z]+[-–][A-Z]{2,})\b")

SHAPE_RE = re.compile("|".join(f"(?:{rx.pattern})" for rx in (HEAD_FINAL, PREFIX_FIRST,
                                                               HYPHENATED)))

# Words that make a name political by themselves: a "Democratic Movement" is a party, a
# "Civil Rights Movement" a cause.
_POLITICAL = frozenset(str.split("""
democratic democrats democracy progressive progressives national nationalist nationalists
people's peoples people popular republican republicans liberal liberals socialist socialists
conservative conservatives labour labor freedom united unity patriotic patriots revolutionary
independence justice reform green greens christian islamic workers citizens federal social
communist radical alliance congress janata dal sena rashtriya bharatiya samaj lok awami
"""))
# Party-shaped names of other things: a sports league, a summit, a labour union.
_NOT_PARTIES = frozenset({
    "national league", "american league", "world economic forum", "african union",
    "european union", "national union", "trades union congress", "national conference",
    "united states congress", "us congress", "u.s. congress", "continental congress",
})


def political_name(name: str) -> bool:
    """Whether a name's own words say it is a party: "Orange Democratic Movement" yes,
    "Civil Rights Movement" no. A union ("National Union of Mineworkers") never is, and a
    name of two words needs other signs."""
    words = [w for w in name.lower().replace("’", "'").split() if w not in _LINKS]
    if " ".join(words) in _NOT_PARTIES or "union" in words or len(words) < 3:
        return False  # two words ("Republican Congress") often describe, not name
    if any(w.endswith(("-controlled", "-led", "-run", "-held", "-dominated")) for w in words):
        return False
    return any(w.strip("()") in _POLITICAL for w in words[:-1])


_LINKS = frozenset(_LINK.strip("(?:)").split("|"))
