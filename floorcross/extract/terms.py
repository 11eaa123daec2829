"""Party mentions found by pattern, so that event rules do not depend on the statistical NER
(which reads "Blackburn Labour" as a person and "Labour" as an organisation).

The canonical names come from `floorcross.nlp.parties.canonical_party`; the table here gives
the spellings to look for and a canonical name where the register has none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from floorcross.nlp.countries import LOCAL_NAMES, localise, party_home
from floorcross.nlp.parties import canonical_party
from floorcross.nlp.party_names import context_spans, party_spans
from floorcross.nlp.party_shapes import HEADS
from floorcross.nlp.refdata import party_aliases

# Alias pattern -> canonical name. Patterns are matched case-sensitively on purpose: "reform",
# "green" and "labour" in lower case are ordinary words.
_ALIASES: tuple[tuple[str, str], ...] = (
    (r"Democratic Alliance", "Democratic Alliance"),  # South Africa; before the two below
    (r"Scottish Labour|Welsh Labour|Labour and Co-operative|Labour Party|Labour", "Labour"),
    (r"Conservative and Unionist Party|Conservative Party|Conservatives|Conservative"
     r"|Tory Party|Tories|Tory|Scottish Tories", "Conservative"),
    (r"Liberal Democrats?|Lib Dems?|LibDems?", "Liberal Democrats"),
    (r"Scottish Greens?|Green Party|Greens|Green", "Green"),
    (r"Scottish National Party|SNP", "SNP"),
    (r"Plaid Cymru|Plaid", "Plaid Cymru"),
    (r"Reform UK|Reform(?! of\b)", "Reform UK"),
    (r"UK Independence Party|UKIP|Ukip", "UKIP"),
    (r"Democratic Unionist Party|DUP", "DUP"),
    (r"Ulster Unionist Party|Ulster Unionists?|UUP", "UUP"),
    (r"Sinn F[eé]in", "Sinn Féin"),
    (r"SDLP", "SDLP"),
    # A bare "Alliance" is the Northern Irish party only before a party word.
    (r"Alliance Party(?: of Northern Ireland)?|Alliance(?= (?:councill?ors?|MLAs?|MPs?"
     r"|members?|group|candidate|leader|colleagues?))", "Alliance"),
    (r"Traditional Unionist Voice|TUV", "TUV"),
    (r"People Before Profit", "People Before Profit"),
    (r"Your Party", "Your Party"),
    (r"Aont[uú]", "Aontú"),
    (r"Alba Party|Alba", "Alba"),
    (r"Workers Party of Britain|Workers Party|Workers' Party", "Workers Party"),
    (r"Fianna F[aá]il", "Fianna Fáil"),
    (r"Fine Gael", "Fine Gael"),
    (r"Social Democrats", "Social Democrats"),
    # Not the Democratic Alliance, nor a Social, Liberal or Christian Democratic party.
    (r"(?<!Social )(?<!Liberal )(?<!Christian )(?:Democratic Party|Democrats|Democrat"
     r"|Democratic(?! Republic| Alliance))", "Democratic"),
    (r"Republican Party|Republicans|Republican|GOP", "Republican"),
    (r"Australian Labor Party|Labor Party|Labor(?! Day)", "Australian Labor Party"),
    (r"Nats", "SNP"),
    (r"Conservative Party of Canada", "Conservative Party of Canada"),
    (r"Liberal Party of Canada", "Liberal Party of Canada"),
    (r"Liberal Party of Australia", "Liberal Party of Australia"),
    (r"New Democratic Party|NDP", "NDP"),
    (r"Bloc Qu[eé]b[eé]cois", "Bloc Québécois"),
    # A bare "Liberal" is an adjective unless a party word follows it.
    (r"Liberal Party|Liberals|Liberal(?= (?:caucus|MPs?|members?|government|leader|candidate"
     r"|senator|party|benches|seat|whip))", "Liberal Party"),
)

PARTY_RE = re.compile(
    r"\b(?:" + "|".join(f"(?:{p})" for p, _ in _ALIASES) + r")(?!\w|-(?!turned\b))"
)
_CANON = [(re.compile(rf"^(?:{p})$"), c) for p, c in _ALIASES]
# Their patterns need the word after.
_CANON += [(re.compile("^Liberal$"), "Liberal Party"), (re.compile("^Alliance$"), "Alliance")]
_SHOUTED = re.compile(r"\b[A-Z]{4,}\b")
INDEPENDENT_RE = re.compile(r"\bindependents?\b", re.IGNORECASE)


# Canonical names the table gives (or localises to); other parties come from the PARTY entities.
KNOWN_PARTIES = frozenset(
    [c for _, c in _ALIASES] + [c for names in LOCAL_NAMES.values() for c in names.values()]
)


@dataclass(frozen=True)
class PartyMention:
    start: int
    end: int
    name: str  # canonical


def canonical(alias: str) -> str | None:
    """Canonical party name for one alias as written, or None."""
    alias = " ".join(alias.split())
    found = canonical_party(alias)
    if found:
        return found
    for rx, name in _CANON:
        if rx.match(alias):
            return name
    return None


def find_parties(text: str, offset: int = 0, country: str | None = None) -> list[PartyMention]:
    """Every party mention in `text`, offsets shifted by `offset`, names as meant in the
    article's `country` (see `floorcross.nlp.countries.guess_country`)."""
    out: list[PartyMention] = []
    # Shouted copy ("A LABOUR councillor"): also read capitals as title case (same offsets).
    shouted = _SHOUTED.sub(lambda m: m.group(0).title(), text)
    for variant in (text, shouted) if shouted != text else (text,):
        for m in PARTY_RE.finditer(variant):
            name = canonical(m.group(0))
            name = localise(name, country) if name else None
            a, b = m.start() + offset, m.end() + offset
            if name and not any(p.start < b and a < p.end for p in out):
                out.append(PartyMention(a, b, name))
    if any(_in_longer_name(text, p.start - offset, p.end - offset) for p in out):
        out = _longest_names(text, offset, country, out)
    if country is not None:
        out += _register_parties(text, offset, country, out)
    return sorted(out, key=lambda p: p.start)


def _register_parties(text: str, offset: int, country: str,
                      found: list[PartyMention]) -> list[PartyMention]:
    """In copy from outside Britain, the register's own parties that the British table cannot
    read ("the Congress", "BJP", "the PDP", "Bersatu"), so that the party an article is about
    and the parties it gives people are that country's, not only those of the short table."""
    out = []
    for s in party_spans(text, country) + context_spans(text, country):
        a, b = s.start + offset, s.end + offset
        if s.name in _registered() | KNOWN_PARTIES and not any(
                p.start < b and a < p.end for p in found + out):
            out.append(PartyMention(a, b, s.name))
    return out


# A capitalised word (or "-Kenya", "(United)") straight before or after a table match: the
# match may be part of a longer party's name ("Orange Democratic Movement").
_CAP_BEFORE = re.compile(r"(?:[A-Z][\w'’]*|of|for)\s$")
_CAP_AFTER = re.compile(r"^(?:\s+(?:of\s+|for\s+)?[A-Z]|-[A-Z])")


@lru_cache(maxsize=1)
def _registered() -> frozenset[str]:
    return frozenset(canon for _, canon, _ in party_aliases())


# Last words of a party's own name; a "Labour Group" or "Tory Team" is the party's group.
_PARTY_LAST = re.compile(rf"\b(?:{HEADS})(?: \([A-Z][a-z]+\))?$")


def _party_word_last(name: str) -> bool:
    return bool(_PARTY_LAST.search(name))


def _in_longer_name(text: str, start: int, end: int) -> bool:
    return bool(_CAP_BEFORE.search(text[max(0, start - 20):start])
                or _CAP_AFTER.match(text[end:end + 8]))


def _foreign(name: str, country: str | None) -> bool:
    """Whether a table party belongs to another country than the article's: in Indian copy the
    "North-East Democratic Alliance" is no South African "Democratic Alliance"."""
    home = party_home(name)
    return home is not None and country is not None and home != country


def _longest_names(text: str, offset: int, country: str | None,
                   found: list[PartyMention]) -> list[PartyMention]:
    """The longest party name wins: a table match inside a longer name of the register or of
    a party's shape ("Democratic" in "Orange Democratic Movement", "Democratic Alliance" in
    "United Democratic Alliance") gives way to that name."""
    longer = [PartyMention(s.start + offset, s.end + offset, s.name)
              for s in party_spans(text, country)]
    out = []
    for p in found:
        outer = next((q for q in longer if q.start <= p.start and p.end <= q.end
                      and q.end - q.start > p.end - p.start and (
                          q.name in _registered() | KNOWN_PARTIES
                          or q.end > p.end and _party_word_last(q.name)
                          or _foreign(p.name, country) and _party_word_last(q.name)
                      )), None)
        if outer is None:
            out.append(p)
        elif outer not in out:
            out.append(outer)
    return out
