"""Speaker names: short references expanded to the fullest form the article uses, and gender
hints from titles, so "Mr Desai" and "Ammar" become full names and "she" finds a woman.

Expansion reads the whole article with a regular expression (no NLP): "Desai" is matched
against every capitalised word pair ending or starting with it, and the most frequent wins.
"""

from __future__ import annotations

import re
from collections import Counter

from floorcross.extract.people import PeopleIndex
from floorcross.nlp.titles import TITLES, strip_titles

_WORD = r"[A-Z][\w’'\-]*[a-z][\w’'\-]*"
# Capitalised words that start sentences or name things, never a first name or surname.
_NOT_NAME = {
    "the", "a", "an", "and", "but", "in", "on", "at", "of", "for", "to", "as", "by", "with",
    "labour", "tory", "tories", "conservative", "conservatives", "reform", "green", "greens",
    "party", "council", "borough", "city", "county", "ward", "parliament", "government",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
    "saturday", "sunday", "leader", "secretary", "minister", "chancellor", "councillors",
    "he", "she", "they", "it", "we", "i", "this", "that", "when", "after", "while", "if",
}
_MALE_TITLES = {"mr", "sir", "lord", "baron"}
_FEMALE_TITLES = {"mrs", "ms", "miss", "dame", "lady", "baroness"}
_TITLED = re.compile(
    r"\b(Mr|Sir|Lord|Baron|Mrs|Ms|Miss|Dame|Lady|Baroness)\.?\s+(?:" + _WORD + r"\s+)?(" + _WORD
    + r")"
)


def _is_name_word(word: str) -> bool:
    low = word.lower().strip(".’'")
    return low not in _NOT_NAME and low not in TITLES


def _clean(word: str) -> str:
    return re.sub(r"(?:’s|'s|’|')$", "", word)


class NameBook:
    """The people of one article: full names and what their titles say of their gender."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.index = PeopleIndex()
        self.gender: dict[str, str] = {}
        for m in _TITLED.finditer(text):
            sex = "m" if m.group(1).lower() in _MALE_TITLES else "f"
            self.gender.setdefault(_clean(m.group(2)).lower(), sex)

    def add(self, mention: str) -> str:
        """Record a PERSON mention; returns the name it now stands for."""
        return self.index.add(mention)

    def full(self, mention: str) -> str:
        """The fullest name the article gives for a mention ("Ammar" -> "Ammar Anwar")."""
        bare = strip_titles(mention)
        if not bare:
            return mention.strip()
        found = self.index.resolve(bare)
        if found and len(found.split()) > 1:
            return found
        if len(bare.split()) == 1:
            expanded = self._expand(bare)
            if expanded:
                return self.index.add(expanded)
        return self.index.add(bare)

    def _expand(self, word: str) -> str | None:
        """Most frequent "First Word" / "Word Last" pair in the text around a one-word name."""
        w = re.escape(word)
        counts: Counter[str] = Counter()
        for m in re.finditer(r"(" + _WORD + r")\s+" + w + r"\b", self.text):
            if _is_name_word(m.group(1)):
                counts[f"{m.group(1)} {word}"] += 1
        for m in re.finditer(r"\b" + w + r"\s+(" + _WORD + r")", self.text):
            if _is_name_word(m.group(1)):
                counts[f"{word} {_clean(m.group(1))}"] += 1
        if not counts:
            return None
        return counts.most_common(1)[0][0]

    def gender_of(self, name: str) -> str | None:
        """"m", "f" or None, from titles used with the surname or first name anywhere."""
        parts = name.split()
        if not parts:
            return None
        return self.gender.get(parts[-1].lower()) or self.gender.get(parts[0].lower())
