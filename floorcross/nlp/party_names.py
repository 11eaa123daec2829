"""Party names read from plain text beyond the British lexicon: parties of other countries as
written there ("BJP", "Congress", "National Conference"), and any capitalised name that is a
party by its form ("the Welsh National Party", "the People's Party of Canada") or by its place
in an affiliation phrase ("joined the Socialist Alliance", "a Freedom Movement councillor").

``party_spans(text, country)`` lists them as (start, end, canonical) triples, the longest name
winning where two overlap ("the Peoples Democratic Party" is not the US "Democratic Party").
The PARTY entity component adds them to the document (``parties.PartyRecogniser``).
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from floorcross.nlp.countries import STATE_BRANCHES, guess_country, localise
from floorcross.nlp.parties import AFFILIATION_BEFORE, PARTY_NOUNS, canonical_party
from floorcross.nlp.party_shapes import HYPHENATED, PREFIX_FIRST, political_name
from floorcross.nlp.refdata import name_key, party_aliases
from floorcross.nlp.spans import phrase_variants

# An acronym in brackets straight after a name: "the Orange Democratic Movement (ODM)".
ACRONYM_AFTER = re.compile(r"\s*\(([A-Z][A-Za-z&+-]{1,7})\)")


class PartyName(NamedTuple):
    start: int
    end: int
    name: str


_WORD = r"[A-Z][\w'’-]*"
# A capitalised name ending in a party word, optionally "of <Place>": "the Welsh National Party",
# "Trade Unionist and Socialist Coalition", "People's Party of Canada".
_GENERIC = re.compile(
    rf"\b(?P<name>(?:{_WORD}\s+(?:(?:and|&)\s+)?){{1,5}}?"
    rf"(?P<kind>Party|Alliance|Coalition|Front|Movement|Congress|League|Team|Network|Group"
    rf"|Independents|Residents|Forum|Conference|Dal|Sena|Morcha|Kazhagam|Katchi|Samithi"
    rf"|Parishad|Peramuna)"
    # a faction's mark: "Janata Dal (United)", "Kerala Congress (M)"
    rf"(?:\s\((?:[A-Z][a-z]+|[A-Z]{{1,2}})\))?"
    rf"(?:\s+of\s+{_WORD}(?:\s+(?:and|&)\s+{_WORD})*)?)(?![\w-])"
)
# Words that open a capitalised run without being part of the party's name.
_OPENERS = frozenset(name_key(w) for w in str.split("""
The A An This That His Her Their Its Our Cllr Cllrs Councillor Coun Former Ex Senior Veteran
Local Rebel Mr Mrs Ms Dr Sir MP MLA MSP TD Senator Sen Rep On In At By For From To When After
Before Yesterday Today Monday Tuesday Wednesday Thursday Friday Saturday Sunday Meanwhile But
And Both New Now Then However Ruling Opposition Governing Main Rival
Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Dozen Dozens Several Many Some Few
All Other Most Sitting Serving Two-thirds
"""))
# Capitalised "X Party" phrases that are no political party.
_NOT_PARTIES = frozenset(name_key(w) for w in (
    "Working Party", "Christmas Party", "Birthday Party", "Garden Party", "Tea Party",
    "Search Party", "Dinner Party", "Hen Party", "Stag Party", "Street Party", "Third Party",
    "Boston Tea Party", "Premier League", "Champions League", "Football League", "Rugby League",
    "Trades Union Congress", "Scottish Trades Union Congress", "Women's League",
))
# Leading words naming a country or nation, dropped to find a known party inside: "Scottish
# Labour Party" is Labour.
_NATIONS = frozenset({"scottish", "welsh", "uk", "british", "english", "irish", "australian"})
# Indian states before "Congress" name a state unit of the party: "Gujarat Congress".
_INDIAN_STATES = frozenset(name_key(s) for s in (
    "Gujarat", "Maharashtra", "Punjab", "Karnataka", "Kerala", "Tamil Nadu", "Uttar Pradesh",
    "Bihar", "Rajasthan", "Madhya Pradesh", "Telangana", "Andhra Pradesh", "West Bengal",
    "Delhi", "Odisha", "Haryana", "Assam", "Jharkhand", "Goa", "Chhattisgarh", "Himachal",
    "Himachal Pradesh",
    "Uttarakhand", "Jammu and Kashmir", "Kashmir", "Mumbai", "Pradesh",
))
# Indian affiliation wording that makes "Congress" the party even without other Indian cues.
_INDIAN_AFTER = re.compile(r"\s*(?:MLAs?|MPs?|legislators?|workers?|ticket|party|leaders?|"
                           r"candidates?|spokesperson|president|chief|government|councillors?)\b")
_VERB_BEFORE = re.compile(r"\b(?:join(?:ed|s|ing)?|quit(?:s|ting)?|left|leav(?:e|es|ing)|"
                          r"rejoin(?:ed|s)?|defect(?:ed|s|ing)?\s+(?:to|from)|resign(?:ed|s|ing)?"
                          r"\s+from|expelled\s+from|suspended\s+from|switched\s+(?:to|from))"
                          r"\s+(?:the\s+)?$"
                          # "defected from the PDP to the APC": the second party of a move
                          r"|\bdefect(?:ed|s|ing)?\s+from\s+(?:the\s+)?[\w()]+\s+to\s+(?:the\s+)?$")
_INDIAN = re.compile(r"\b(?:India|Indian|BJP|Bharatiya|Lok Sabha|Vidhan Sabha|Rajya Sabha|"
                     r"Aam Aadmi|crore|lakh|" + "|".join(
                         re.escape(s.title()) for s in sorted(_INDIAN_STATES, key=len,
                                                              reverse=True)) + r")\b")


@lru_cache(maxsize=1)
def _lexicon() -> tuple[re.Pattern[str], re.Pattern[str], dict[str, tuple[str, str]]]:
    """(case-insensitive pattern, cased pattern, alias key -> (canonical, mode)) for the table's
    aliases that need no neighbouring word ("context" and "abbrev" ones are left out)."""
    lower, cased, index = set(), set(), {}
    for alias, canon, mode in party_aliases():
        if mode not in ("lower", "cased", "india"):
            continue
        for v in phrase_variants(alias):
            (lower if mode == "lower" else cased).add(re.escape(v))
            index[v if mode != "lower" else v.lower()] = (canon, mode)
    def alt(names: set[str]) -> str:
        return "|".join(sorted(names, key=len, reverse=True))
    end = r"(?![\w-])"
    return (re.compile(rf"(?<![\w-])(?i:{alt(lower)}){end}"),
            re.compile(rf"(?<![\w-])(?:{alt(cased)}){end}"), index)


def _indian_context(text: str, start: int, end: int, country: str | None) -> bool:
    """An Indian (or Nigerian) party's short name ("Congress", "AAP", "APC") is meant only in
    that country's copy or in an affiliation phrase ("Congress MLA", "joined the Congress")."""
    if country in ("India", "Nigeria") or _INDIAN.search(text):
        return True
    before = text[max(0, start - 40):start]
    return bool(_INDIAN_AFTER.match(text, end) or _VERB_BEFORE.search(before))


# A new party named as it is founded or as the apposition of a party noun: "formed the X
# Movement", "set up the X Group", "his own new party, the X Movement", "a group called X".
_FOUNDED = re.compile(
    r"(?:\b(?:found(?:s|ed|ing)?|form(?:s|ed|ing)?|launch(?:es|ed|ing)?|set(?:ting)?\s+up"
    r"|establish(?:es|ed|ing)?|creat(?:e|es|ed|ing)|start(?:s|ed|ing)?|sits?|sat|sitting)"
    r"(?:\s+as)?"
    r"|\b(?:party|group|grouping|outfit|bloc)\s*(?:,|\s[-–—])"
    r"|\b(?:party|group|grouping|outfit|bloc)\s+(?:called|named|known\s+as))"
    r"\s+(?:the\s+)?$", re.IGNORECASE)


def _affiliation(text: str, start: int, end: int) -> bool:
    """A name beside a party word or after an affiliation word: "joined the X Alliance", "an X
    Movement councillor", "formed the X Group"."""
    after = re.match(r"\s*([\w-]+)", text[end:])
    if after and after.group(1).lower() in PARTY_NOUNS:
        return True
    if _FOUNDED.search(text[max(0, start - 40):start]):
        return True
    before = re.findall(r"[\w'’-]+", text[max(0, start - 30):start])
    words = [w.lower() for w in before if w.lower() != "the"]
    return bool(words) and (words[-1] in AFFILIATION_BEFORE or words[-1] in ("by", "of")
                            and len(words) > 1 and words[-2] in PARTY_NOUNS | {"expelled"})


def _opening_words(raw: str) -> int:
    """How many characters of a generic match are words before the name ("The", "Cllr")."""
    skip = 0
    for w in re.finditer(r"[\w'’-]+\s*", raw):
        if w.group(0).rstrip().endswith(("'s", "’s")) and name_key(w.group(0)) not in _PEOPLES:
            skip = w.end()  # "Alex Salmond's Alba Party": the party starts after its owner
        elif _LED.search(w.group(0).rstrip()):
            skip = w.end()  # "the Ajit Pawar-led Nationalist Congress": its leader, not its name
        elif w.group(0).rstrip() in ("and", "&") and political_name(raw[w.end():]):
            # "met Chief Minister A and the North-East Democratic Alliance convener": a party
            # name of its own after "and" does not take the words before it in
            skip = w.end()
        elif skip == w.start() and (name_key(w.group(0)) in _OPENERS
                                    or _SERVICE.match(w.group(0).rstrip())):
            skip = w.end()
    return skip


# "Pawar-led", "Shinde-backed": a leader or backer written in front of a party's name.
_LED = re.compile(r"^[A-Z][\w'’]*-(?:led|backed|run|controlled|dominated|founded|aligned)$")
# Possessives that belong to a party's own name: "the People's Renewal Movement".
_PEOPLES = frozenset(name_key(w) for w in ("People's", "People’s", "Workers'", "Women's",
                                           "Women’s", "Citizens'", "Farmers'"))
# Last words naming a party's group or team rather than a party: kept only for a new name.
_GROUP_WORDS = frozenset({"Group", "Team", "Network"})
# Kinds of name that are a party's group or a local list unless the context says otherwise.
_GROUP_KINDS = _GROUP_WORDS | {"Independents", "Residents"}
# "Three-time", "Two-term", "First-time": how long someone has served, not a party's name.
_SERVICE = re.compile(r"^[A-Z][a-z]+-(?:time|term)$")


def _generic_name(words: list[str]) -> str | None:
    """The canonical name of a generic match: a known party inside it, else its own words."""
    if len(words) < 2 or name_key(" ".join(words)) in _NOT_PARTIES:
        return None
    text = " ".join(words)
    rest = words[1:] if words[0].lower() in _NATIONS else _after_state(words)
    known = canonical_party(text) or canonical_party(" ".join(rest)) or _plain_party(words)
    if known:
        return known
    if words[-1] in _GROUP_WORDS:  # "the Labour Group", "the Conservative Group": the party's
        known = canonical_party(" ".join(words[:-1])) or canonical_party(" ".join(rest[:-1]))
        if known or len(words) == 2 and words[0] in ("Independent", "Liberal", "Labour"):
            return known
    if words[-1] == "Congress" and name_key(" ".join(words[:-1])) in _INDIAN_STATES:
        return "Congress"  # "Gujarat Congress": the state unit
    return text


def _after_state(words: list[str]) -> list[str]:
    """The words after a leading state whose party is a branch of the national one: "Louisiana
    Democratic Party" -> "Democratic Party", "New South Wales Liberal Party" -> "Liberal
    Party". Unchanged when no such state leads or nothing but a party word would be left."""
    for n in (3, 2, 1):
        if len(words) > n + 1 and name_key(" ".join(words[:n])) in STATE_BRANCHES:
            return words[n:]
    return words


def _plain_party(words: list[str]) -> str | None:
    """A known party written with a long form of its party word: "the Fianna Fáil Political
    Party" is Fianna Fáil."""
    if len(words) > 2 and words[-2:] == ["Political", "Party"]:
        return canonical_party(" ".join(words[:-2])) or canonical_party(
            " ".join([*words[:-2], "Party"]))
    return None


def _generic(text: str, country: str | None) -> list[PartyName]:
    out = []
    for m in _GENERIC.finditer(text):
        raw = m.group("name")
        start, end = m.start("name") + _opening_words(raw), _without_acronym(m.group("name"),
                                                                            m.end("name"))
        name = _generic_name(text[start:end].split())
        if name is None:
            continue
        needs_context = m.group("kind") != "Party" and not canonical_party(name)
        indian = name == "Congress" and _indian_context(text, start, end, country)
        if needs_context and not indian and not _affiliation(text, m.start("name"), end) and (
                m.group("kind") in _GROUP_KINDS or not political_name(name)
                and not ACRONYM_AFTER.match(text, end)):
            continue
        out.append(PartyName(start, end, name))
    return out + _named_first(text)


def _without_acronym(name: str, end: int) -> int:
    """The end of a name without a bracketed acronym of its own words: "the Amani National
    Congress (ANC)" ends before the bracket; "Janata Dal (United)" keeps its faction mark."""
    m = re.search(r"\s\(([A-Z]{1,4})\)$", name)
    if m is None:
        return end
    initials = "".join(w[0] for w in name[: m.start()].split() if w[:1].isupper())
    spelled = len(m.group(1)) > 1 and initials.endswith(m.group(1))
    return end - len(m.group(0)) if spelled else end


def _named_first(text: str) -> list[PartyName]:
    """Names that put the party word first ("Parti Keadilan Rakyat", "Chama Cha Mashinani"),
    and hyphenated ones with an acronym in them ("PDP-Laban") where an affiliation word or a
    party word stands beside them."""
    out = []
    for rx in (PREFIX_FIRST, HYPHENATED):
        for m in rx.finditer(text):
            if rx is PREFIX_FIRST or _affiliation(text, m.start(), m.end()):
                out.append(PartyName(m.start(), m.end(), m.group(0).replace("–", "-")))
    return out


def party_spans(text: str, country: str | None = None,
                modes: tuple[str, ...] = ("lower", "cased", "india")) -> list[PartyName]:
    """Parties named in `text` beyond the British lexicon's reach, with their canonical names:
    the alias table's entries of the given match `modes`, and generic names. `country` is the
    article's (see ``guess_country``); an Indian article's short names ("Congress", "AAP") are
    read as its parties."""
    country = country or guess_country(text)
    lower, cased, index = _lexicon()
    found: list[PartyName] = []
    for rx in (lower, cased):
        for m in rx.finditer(text):
            canon, mode = index.get(m.group(0)) or index.get(m.group(0).lower(), (None, ""))
            if canon is None or mode not in modes:
                continue
            if mode == "india" and not _indian_context(text, m.start(), m.end(), country):
                continue
            found.append(PartyName(m.start(), m.end(), canon))
    found += _generic(text, country)
    kept = [s._replace(name=localise(s.name, country)) for s in _longest_first(found)]
    return spelled_out(text, kept)


@lru_cache(maxsize=1)
def _context_lexicon() -> tuple[re.Pattern[str], dict[str, str]]:
    names = {v: canon for alias, canon, mode in party_aliases() if mode == "context"
             for v in phrase_variants(alias)}
    alt = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{alt})(?![\w-])"), names


def context_spans(text: str, country: str | None = None) -> list[PartyName]:
    """The table's short names that are a party only beside a party word or after an
    affiliation word ("jumped ship from the DA", "a Wiper MP"), as written."""
    rx, names = _context_lexicon()
    return [PartyName(m.start(), m.end(), localise(names[m.group(0)], country))
            for m in rx.finditer(text) if _affiliation(text, m.start(), m.end())]


def spelled_out(text: str, spans: list[PartyName]) -> list[PartyName]:
    """An acronym the text spells out means that party here, whatever the register says:
    after "the Amani National Congress (ANC)", "ANC" is that party, not South Africa's."""
    meaning = {}
    for s in spans:
        m = ACRONYM_AFTER.match(text, s.end)
        if m and text[s.start:s.end] != m.group(1):
            meaning.setdefault(m.group(1), s.name)
    if not meaning:
        return spans
    return [s._replace(name=meaning.get(text[s.start:s.end], s.name)) for s in spans]


def _longest_first(spans: list[PartyName]) -> list[PartyName]:
    kept: list[PartyName] = []
    for s in sorted(spans, key=lambda s: (s.start, -(s.end - s.start))):
        if not any(s.start < k.end and k.start < s.end for k in kept):
            kept.append(s)
    return kept

