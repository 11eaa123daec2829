"""Speaker names: short references expanded to the fullest form the article uses, misspelt
surnames matched, and gender hints from titles and first names, so "Mr Desai" and "Ammar"
become full names and "she" finds a woman.

Everything here reads the article with regular expressions (no NLP): the people of an article
are the capitalised word runs (on one line) that a title or a role noun introduces ("Cllr",
"Mr", "Senator", "the party's business manager, ..."), that start with a common first name,
that a speech verb, an age or a "who" clause follows, or that act and are taken up by "he" or
"she". One-word people count too when the article never gives more: a surname after a title
("Mr MacLarty"), an initial and a name ("S. Thenmozhi"), or a single name in apposition or
used again as a speaker ("Thenmozhi, a legislator from ..."). A title the article writes as
part of the name ("Aupito Tom Sio", "Chief Emeka Obiora") is kept, and shorter forms stand for
the fullest. Their later mentions (full name, surname, "Mr Surname") give the positions
pronouns are resolved against; a name inside reported speech or a hung clause ("said he was
glad Mr Orr had joined", "when Lee was leader") is not the subject, a passive speaking verb's
agent ("was welcomed by Lee") is.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from rapidfuzz import fuzz

from floorcross.extract.first_names import first_name_gender
from floorcross.extract.name_patterns import (
    ACTS,
    AFTER_ROLE,
    AFTER_VERB,
    APPOSED_BEFORE,
    HE_SHE,
    IN_CLAUSE,
    INVERTED_TAG,
    LONG_APPOSITION,
    MALE_TITLES,
    NOT_NAME,
    NOT_ONE_NAME,
    NOT_SUBJECT_NEXT,
    NOT_SUBJECT_PREV,
    NOT_SURNAME,
    ONE_APPOSED,
    ONE_INITIAL,
    ONE_ROLED,
    ONE_SPEAKING,
    ONE_TITLED,
    ORG_WORDS,
    OTHER_PAIR,
    OWNED_OBJECT,
    PEERAGE,
    PERSON_AFTER,
    PLACE_BEFORE,
    REPORTED,
    REPORTED_AFTER_COMMA,
    RUN,
    SPEAKING_AGENT,
    SUBORDINATE,
    SURNAME_NEAR,
    TAG_CLOSES,
    TITLE_BEFORE,
    TITLE_WORDS,
    TITLED,
    WORD,
    affiliation_end,
    uncapped,
)
from floorcross.extract.people import PeopleIndex
from floorcross.nlp.parties import canonical_party
from floorcross.nlp.titles import TITLES, strip_titles

# Photo credits name a photographer or an agency, never a speaker or someone the story is
# about: "Picture: Ann Roe", "Photo: Ann Roe / Agency", "(Image: Ann Roe)", "Photograph by".
_CREDIT = re.compile(
    r"(?<![\w’'])(?:(?:Picture|Photo|Image|Video)\s+[Cc]redit|Credit|Pictures?|Pics?|Photos?|"
    r"Photographs?|Images?|Video|PICTURE|PHOTO|IMAGE)(?:\s*:|\s+by\b)[^\n()]*?"
    r"(?=[()]|\n|\.\s|$)"
)


def credit_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every photo or image credit in the text."""
    return [(m.start(), m.end()) for m in _CREDIT.finditer(text)]


def in_spans(pos: int, spans: list[tuple[int, int]]) -> bool:
    return any(lo <= pos < hi for lo, hi in spans)


@dataclass
class NameMention:
    pos: int
    end: int
    name: str  # the full name it stands for
    subject: bool


def _is_name_word(word: str) -> bool:
    low = word.lower().strip(".’'")
    return low not in NOT_NAME and low not in TITLES


# Role words that end a description, never a name ("Sen" and "Rep" may be surnames).
_ROLE_ENDINGS = {
    "councillor", "councilor", "cllr", "member", "mp", "msp", "mla", "mep", "td", "senator",
    "mayor", "leader", "minister", "chairman", "chairwoman", "chair", "secretary", "president",
    "spokesman", "spokeswoman", "spokesperson", "representative", "peer", "candidate",
}


def ends_in_name(text: str) -> bool:
    """Whether a run the model calls a person ends with a name word, not a title or a role
    ("the Bisley and Painswick Councillor" names a place and a role, nobody)."""
    words = text.split()
    return bool(words) and _clean(words[-1]).lower() not in _ROLE_ENDINGS


def placed(text: str, pos: int, name: str) -> bool:
    """Whether a run the model calls a person stands where a place does: after "for", "of",
    "in" ("who sits for Morden Vale"), with no common first name to make it a person."""
    return bool(PLACE_BEFORE.search(text, max(0, pos - 12), pos)) and not first_name_gender(
        name.split()[0])


# Words that name parties or months but are surnames after a first name ("Kate Green",
# "Theresa May").
_SURNAMES_TOO = {"green", "may"}


def _surname_too(parts: list[tuple[int, str]], k: int) -> bool:
    return (k > 0 and parts[k][1].lower() in _SURNAMES_TOO
            and first_name_gender(parts[k - 1][1]) is not None)


def _clean(word: str) -> str:
    return re.sub(r"(?:’s|'s|’|')$", "", word)


def is_org_like(text: str) -> bool:
    """A capitalised run naming an organisation, outlet or place rather than a person
    ("Lib Dem" is a party; a one-word "Green" may be a surname)."""
    words = text.split()
    if any(w.lower().strip(",.’'") in ORG_WORDS for w in words):
        return True
    return len(words) > 1 and canonical_party(text) is not None


class NameBook:
    """The people of one article: full names and what their titles say of their gender."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.index = PeopleIndex()
        self.gender: dict[str, str] = {}
        self.credits = credit_spans(text)
        for m in TITLED.finditer(text):
            sex = "m" if m.group(1).lower() in MALE_TITLES else "f"
            self.gender.setdefault(_clean(m.group(2)).lower().replace("’", "'"), sex)
        # Longest first; among equals, the first written (not set order, which varies per run).
        for name in sorted(dict.fromkeys(self._scan_people()), key=lambda n: -len(n.split())):
            self.add(name)
        for word in dict.fromkeys(self._one_word_people()):
            # A short or misspelt form of a fuller name stands for that name.
            self.index.add(self.known(word) or word)

    def _scan_people(self) -> list[str]:
        """Full names in the text, told by a title, a first name or what follows them."""
        out = []
        for m in RUN.finditer(uncapped(self.text)):
            if in_spans(m.start(), self.credits):
                continue
            parts = [(w.start(), _clean(w.group())) for w in re.finditer(r"\S+", m.group(1))]
            # "Senate Majority Leader Dwight Emmerling", "Cllr Ann Roe": the name is the part
            # after the last word that cannot be part of one.
            cut = max((k for k, (_, w) in enumerate(parts) if not _is_name_word(w)
                       and not _surname_too(parts, k)), default=-1)
            titled = any(w.lower().strip(".") in TITLE_WORDS for _, w in parts[: cut + 1])
            parts = parts[cut + 1 :]
            parts = self._name_part(parts, m.start(1))
            words = [w for _, w in parts]
            peer = titled and len(words) == 1 and PEERAGE.search(m.group(1))
            if (len(words) < 2 and not peer) or len(words) > 3:
                continue
            name = " ".join(words)
            if is_org_like(name):
                continue
            start = m.start(1) + parts[0][0]
            before = self.text[max(0, start - 20) : start]
            after = self.text[m.end() : m.end() + 20]
            if (
                titled
                or TITLE_BEFORE.search(before)
                or first_name_gender(words[0]) is not None
                or len(words) == 3 and first_name_gender(words[1]) is not None  # "Taito Tom Sio"
                or PERSON_AFTER.match(after)
                or self._acts_as_person(m.end())
                or APPOSED_BEFORE.search(before) and after.startswith(",")
            ):
                out.append(name)
        return out

    def _name_part(self, parts: list[tuple[int, str]], base: int) -> list[tuple[int, str]]:
        """The words of a run (offsets from `base`) that name its person, without an office,
        a party or an owner before them."""
        if len(parts) > 3 and first_name_gender(parts[-2][1]):
            parts = parts[-2:]  # "Caucus Vice Chair Ann Roe": the name ends the run
        # "Democrat Ann Roe", "UK's Tom Lee": a party or an owner is no part of the name.
        parts = parts[affiliation_end([w for _, w in parts]) :]
        if len(parts) == 3 and first_name_gender(parts[1][1]) and not first_name_gender(
            parts[0][1]
        ) and not self._title_of_name(base + parts[0][0], [w for _, w in parts]):
            parts = parts[1:]  # "Yesterday Ann Roe": a sentence-opening word before it
        return parts

    def _title_of_name(self, start: int, words: list[str]) -> bool:
        """Whether the word before "First Last" is part of the name as the article writes it
        (a matai title, "Chief"): no ordinary word (never written in lower case, no adverb or
        adjective ending), standing there every time the pair is written or, written once,
        after a role or a lower-case word rather than at the head of a sentence."""
        low = words[0].lower()
        before = self.text[max(0, start - 30) : start]
        if low in NOT_ONE_NAME or re.search(r"(?:ly|ed|ing|er|est)$", low) or re.search(
            rf"(?<![\w’'\-]){re.escape(low)}(?![\w’'\-])", self.text
        ) or PLACE_BEFORE.search(before):
            return False  # after a preposition: "the member for Morley Ian Britza", a place
        pair = re.escape(" ".join(words[1:]))
        pairs = list(re.finditer(rf"(?<![\w’'\-])(\S+)\s+{pair}(?![\w’'\-])", self.text))
        if all(p.group(1) == words[0] for p in pairs):
            return True
        # Written once with the title after a role or a lower-case word ("Labour MP Aupito
        # Tom Sio"), not at the head of a sentence.
        return bool(AFTER_ROLE.search(before))

    def _acts_as_person(self, end: int) -> bool:
        """"Tarryn Voss quit Labour on Monday, saying she ...": a capitalised pair doing
        something, with he or she taking it up before another name comes."""
        rest = self.text[end : end + 250].split("\n", 1)[0]
        if not ACTS.match(rest):
            return False
        m = HE_SHE.search(rest)
        return bool(m) and not OTHER_PAIR.search(rest, 0, m.start())

    def _one_word_people(self) -> list[str]:
        """Surnames the article only gives with a title, and single names in apposition."""
        out = []
        marked = (*ONE_TITLED.finditer(self.text), *ONE_INITIAL.finditer(self.text))
        opening = (*ONE_APPOSED.finditer(self.text), *ONE_SPEAKING.finditer(self.text),
                   *ONE_ROLED.finditer(self.text))
        for m in (*marked, *opening):
            word = _clean(m.group(1))
            low = word.lower()
            # After a title a first name is a surname ("Mrs Jeffrey", "Mr Thomas"); the
            # pattern never takes a title before a first and last name.
            if (in_spans(m.start(), self.credits) or not _is_name_word(word)
                    or low in NOT_SURNAME or is_org_like(word)
                    or m.re is not ONE_TITLED and (first_name_gender(word)
                                                    or canonical_party(word))):
                continue  # "Lib/Lab group", "leader Plaid": a party, not a person
            if m.re in (ONE_APPOSED, ONE_SPEAKING) and (
                low in NOT_ONE_NAME or low.endswith("ly")  # "Separately, the ..."
                or m.re is not ONE_APPOSED and not self._recurs(word)
            ):
                continue
            out.append(word)
        return out

    def _recurs(self, word: str) -> bool:
        """Whether the article uses the word more than once (a name, not a stray opener)."""
        return len(re.findall(rf"(?<![\w’'\-]){re.escape(word)}(?![\w\-])", self.text)) > 1

    def add(self, mention: str) -> str:
        """Record a PERSON mention; returns the name it now stands for."""
        return self._fullest(strip_titles(mention)) or self.index.add(mention)

    def _fullest(self, name: str) -> str | None:
        """The one longer name held that ends with `name`: "Taito Phillip Tuala" for "Phillip
        Tuala" when the article writes the title with the name elsewhere."""
        words = name.split()
        if len(words) < 2:
            return None
        longer = [n for n in self.index.names
                  if len(n.split()) > len(words) and n.split()[-len(words):] == words]
        return longer[0] if len(longer) == 1 else None

    def known(self, mention: str) -> str | None:
        """The full name of a person the article names, for a mention of them; else None."""
        bare = strip_titles(mention)
        if not bare:
            return None
        found = self.index.resolve(bare)
        if found and len(found.split()) > 1:
            return self._fullest(found) or found
        if len(bare.split()) == 1:
            found = self._near_surname(bare) or self._expand(bare)
            return found and (self._fullest(found) or found)
        return self._fullest(bare)

    def full(self, mention: str) -> str:
        """The fullest name the article gives for a mention ("Ammar" -> "Ammar Anwar")."""
        bare = strip_titles(mention)
        if not bare:
            return mention.strip()
        found = self.known(bare)
        if found:
            return self.index.add(found)
        return self.index.add(bare)

    def _expand(self, word: str) -> str | None:
        """Most frequent "First Word" / "Word Last" pair in the text around a one-word name."""
        w = re.escape(word)
        counts: Counter[str] = Counter()
        for m in re.finditer(r"(" + WORD + r")\s+" + w + r"\b", self.text):
            if _is_name_word(m.group(1)):
                counts[f"{m.group(1)} {word}"] += 1
        for m in re.finditer(r"\b" + w + r"\s+(" + WORD + r")", self.text):
            if _is_name_word(m.group(1)):
                counts[f"{word} {_clean(m.group(1))}"] += 1
        counts = Counter({k: v for k, v in counts.items() if not is_org_like(k)})
        if not counts:
            return None
        return counts.most_common(1)[0][0]

    def _near_surname(self, word: str) -> str | None:
        """The one full name whose surname is a spelling variant of `word`."""
        low = word.lower()
        fits = {
            n for n in self.index.names
            if len(n.split()) > 1 and fuzz.ratio(low, n.split()[-1].lower()) >= SURNAME_NEAR
        }
        return fits.pop() if len(fits) == 1 else None

    def gender_of(self, name: str) -> str | None:
        """"m", "f" or None, from titles used with the surname or first name anywhere, else
        from the first name itself."""
        parts = name.split()
        if not parts:
            return None
        last, first = (p.lower().replace("’", "'") for p in (parts[-1], parts[0]))
        by_title = self.gender.get(last) or self.gender.get(first)
        by_name = first_name_gender(parts[0]) if len(parts) > 1 else None
        shared = sum(n.split()[-1].lower() == last for n in self.index.names) > 1
        if shared:  # "Ms Whitworth" says nothing of her husband Geoff Whitworth
            return by_name or self.gender.get(first)
        return by_title or by_name

    def mentions(self) -> list[NameMention]:
        """Every mention of a known person in the text, in order, with a guess whether it
        is the subject of its clause."""
        forms: dict[str, str] = {}
        for name in self.index.names:
            parts = name.split()
            forms.setdefault(name, name)
            forms.setdefault(parts[-1], name)
            forms.setdefault(parts[0], name)  # "Ammar quit Labour": a first name alone
        ambiguous = {
            f for f in forms
            if len({n for n in self.index.names if f == n or f in (n.split()[0], n.split()[-1])})
            > 1
        }
        if not forms:
            return []
        alternatives = sorted((re.escape(f) for f in forms if f not in ambiguous),
                              key=len, reverse=True)
        if not alternatives:
            return []
        pattern = re.compile(r"(?<![\w’'\-])(?:" + "|".join(alternatives) + r")(?![\w\-])")
        out = []
        for m in pattern.finditer(self.text):
            if in_spans(m.start(), self.credits):
                continue
            out.append(NameMention(m.start(), m.end(), forms[m.group(0)], self._subject_at(m)))
        return out

    def _subject_at(self, m: re.Match[str]) -> bool:
        if SPEAKING_AGENT.search(self.text, max(0, m.start() - 120), m.start()):
            return True
        if INVERTED_TAG.search(self.text, max(0, m.start() - 80), m.start()) and (
                TAG_CLOSES.match(self.text, m.end())):
            return True
        before = self.text[max(0, m.start() - 40) : m.start()]
        if NOT_SUBJECT_PREV.search(before) or IN_CLAUSE.search(
            self.text, max(0, m.start() - 100), m.start()
        ):
            return False
        if REPORTED_AFTER_COMMA.search(self.text, max(0, m.start() - 120), m.start()) and (
            not self.text.startswith(",", m.end())
        ):
            return False
        if REPORTED.search(self.text, max(0, m.start() - 200), m.start()) or SUBORDINATE.search(
            self.text, max(0, m.start() - 60), m.start()
        ):
            return False
        rest = self.text[m.end() : m.end() + 160]
        if OWNED_OBJECT.match(rest) and AFTER_VERB.search(before):
            return False  # "Malema accepted Roe's resignation": Roe's is in the object
        rest = re.sub(r"^(?:’s|'s)\s+[a-z\-]+", "", rest)  # "Roe's letter said"
        # An apposition, which may hold commas when a speech verb follows it ("Ann Roe, who
        # leads the group on Ayr, Troon and Irvine council, said").
        rest = LONG_APPOSITION.sub("", rest) if LONG_APPOSITION.match(rest) else re.sub(
            r"^,[^,“”\"]{1,120},", "", rest)
        nxt = re.match(r",?\s+([a-z]+)", rest)
        return bool(nxt) and nxt.group(1) not in NOT_SUBJECT_NEXT
