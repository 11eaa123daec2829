"""One event from one group of merged mentions: its kind, the parties (from the clauses, the
article's descriptions of the person, or the words around their name), and role, council
and ward."""

from __future__ import annotations

import re

from floorcross.extract.backrefs import nearby_contexts
from floorcross.extract.mention_record import Mention
from floorcross.extract.merge import (
    ONE_ACTION,
    SANCTION_RANK,
    SITS_SOMEWHERE,
    first_value,
    party_from_of,
)
from floorcross.extract.origins import Described, described_parties
from floorcross.extract.parse import ParsedArticle
from floorcross.extract.people import full_name_in_text, kin_name, shown_name
from floorcross.extract.roles import placement
from floorcross.extract.seat_after import parties_in_text, seat_after
from floorcross.nlp.countries import local_party
from floorcross.types import EventMention, Evidence

_WINDOW = 150
_APPOSITION_END = re.compile(r"\s[-–—]\s|,|\)")
_RELATIVE_END = re.compile(r",\s+(?:said|says|has|had|is|was|told|added|wrote)\b|[.;:]")
_PREDICATE = re.compile(
    r"^\s+(?:\w+\s+){0,2}?(?:is|was|has been|had been|became|is now|remains)\s+(?:a|an|the)\b"
)
_INDEPENDENT_NOW = re.compile(r"\bindependent\b", re.IGNORECASE)
# "who had been an Independent councillor", "first elected as an independent": a standing
# before the change, not the seat after it.
_INDEPENDENT_BEFORE = re.compile(
    r"\b(?:had\s+been|former(?:ly)?|previously|originally|once|elected|stood|ran)"
    r"(?:\s+[\w’'-]+){0,4}?\s+(?:an?\s+)?independent\b"
    r"|\bindependent\s+(?:until|before|prior\s+to)\b", re.IGNORECASE)


def finish(group: list[Mention], art: ParsedArticle) -> EventMention | None:
    if all(m.supporting and m.hedged for m in group):
        return None  # "X will sit as an independent" with no change reported
    narrative = [m for m in group if not (m.from_quote or m.supporting)] or group
    kind = _kind(group, narrative)
    plain = [m for m in narrative if not m.hedged]
    dated = [m.date for m in (plain or narrative) if m.date]
    person = group[0].person
    if " " not in person:  # "Cllr Gavan" throughout, but "Paul Gavan" in a caption
        person = (full_name_in_text(person, art.text)
                  or kin_name(person, art.text, art.people.names) or person)
    contexts = [c for m in narrative for c in m.contexts] + name_windows(person, art)
    place = placement(contexts, art.text, art.published, person=person)
    party_to = first_value(m.party_to for m in group if m.party_to != "Independent")
    party_from = _origin(group, narrative, art, kind, party_to)
    if all(m.needs_origin for m in group) and party_from is None:
        # how the article describes them ("who has sat as a Conservative councillor"), then
        # the parties named in the words around their name
        party_from = first_value(d.party for d in _described(person, art, party_to)) or first_value(
            p for c in contexts for p in parties_in_text(c, art.country) if p != party_to)
        if party_from is None and not _fresh_join_by_member(place.role, contexts, dated, art):
            return None  # joined a party; no earlier one is named anywhere
    if kind == "defected" and party_from is None:
        party_from = _elected_for(person, art, party_to)
    if kind == "defected" and party_to is None:  # "Green councillor X, who defected from Labour"
        party_to = first_value(d.party for d in _described(person, art, party_from) if not d.former)
    if kind == "defected" and party_to is None:
        kind = "resigned"  # "defected from Labour" to no named party: left it
    if party_to is None and kind in SITS_SOMEWHERE:
        party_to = first_value(m.party_to for m in group)
    seat = seat_after(person, art, party_from) if party_to is None and (
        kind in SITS_SOMEWHERE) else None
    if seat is not None and (kind == "resigned" or seat.party == "Independent"):
        # "... will now sit as a representative of Change UK": where the leaver went
        party_to = seat.party
        if kind == "resigned" and party_to != "Independent":
            kind = "defected"
            plain = [] if seat.future and seat.joins else plain  # "said he will become a X"
    if party_to is None and kind == "resigned":
        party_to = _independent_now(contexts + nearby_contexts(person, art.text))
    evidence = sorted({(m.sentence.start, m.sentence.end) for m in group})
    country = art.country  # guessed once per article in parse.py
    return EventMention(
        person=shown_name(person, art.text),
        type=kind,
        party_from=local_party(party_from, art.text, country) if party_from else None,
        party_to=local_party(party_to, art.text, country) if party_to else None,
        role=place.role,
        body=place.body,
        ward=place.ward,
        date=max(dated, key=len) if dated else None,
        hedged=not plain,
        reason=first_value(m.reason for m in group),
        group_size=first_value(m.group_size for m in group),
        evidence=[Evidence(a, b, art.text[a:b]) for a, b in evidence],
    )


_FORMER_MEMBER = re.compile(
    r"\b(?:[Ff]ormer|[Ee]x-?)\s?(?:[A-Z]\w+ )?(?:MPs?|MSPs?|MLAs?|MS|TDs?|councill?ors?|senators?"
    r"|ministers?|mayors?|MEPs?|AMs?)\b")


def _fresh_join_by_member(role: str | None, contexts: list[str], dated: list[str],
                          art: ParsedArticle) -> bool:
    """"Former MP X has joined Reform UK": an elected politician joining a party is news even
    when the article never says which party they had before; an old date ("joined Labour in
    2009") is a career note, not a change."""
    if role is None and not any(_FORMER_MEMBER.search(c) for c in contexts):
        return False
    if not dated or art.published is None:
        return not dated
    return max(dated) >= f"{art.published.year - 1}"


_ELECTED_FOR = re.compile(r"\belected (?:as (?:an? )?|for (?:the )?|on (?:the|an?) )")


def _elected_for(person: str, art: ParsedArticle, party_to: str | None) -> str | None:
    """"Cllr X, who represents Y, was elected for the SNP in 2022": the party someone who
    defected had before, from a sentence naming them."""
    surname = person.split()[-1]
    for s in art.sentences:
        text = art.text[s.start : s.end]
        m = _ELECTED_FOR.search(text)
        if m is None or surname not in text:
            continue
        found = [p for p in parties_in_text(text[m.end() : m.end() + 40], art.country)
                 if p not in (party_to, "Independent")]
        if found:
            return found[0]
    return None


def _origin(group: list[Mention], narrative: list[Mention], art: ParsedArticle, kind: str,
            party_to: str | None) -> str | None:
    """The earlier party: the one the clauses name, unless it was only guessed from the context
    and the article describes the person with another ("X has defected to the Tories" after a
    sentence about Labour's seats, and "She was elected as a Liberal Democrat")."""
    party_from = party_from_of(narrative) or party_from_of(group)
    if party_from == "Independent" and kind == "defected":
        return party_from  # an independent joining a party, whatever they were before
    if kind == "rejoined" or any(_stated(m, art) for m in group if m.party_from == party_from):
        return party_from
    own = _described(group[0].person, art, party_to)
    if own and party_from not in {d.party for d in own}:
        return next((d for d in own if d.former), own[0]).party
    return party_from


def _described(person: str, art: ParsedArticle, party_to: str | None) -> list[Described]:
    return [d for d in described_parties(person, art) if d.party not in (party_to, "Independent")]


# Words before a party that make it the one left, or the one acting: "quit the Labour Party",
# "suspended from the SNP", "expelled by Labour", "a member of the Greens".
_LEFT_BEFORE = re.compile(
    r"\b(?:from|quit|quits|quitting|left|leaving|leave|leaves|exit|exited|exiting|ditched"
    r"|ditching|abandoned|of|by)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _stated(m: Mention, art: ParsedArticle) -> bool:
    """Whether a mention's earlier party is said in its clause rather than guessed: named
    after a leaving word, or, for a party's sanction, not read from the context at all."""
    if m.party_from is None:
        return False
    if m.type in SANCTION_RANK and not m.party_guessed:
        return True
    lo = m.sentence.start
    return any(p.name == m.party_from and _LEFT_BEFORE.search(art.text[max(lo, p.start - 30)
                                                                       : p.start])
               for p in m.sentence.parties)


def _kind(group: list[Mention], narrative: list[Mention]) -> str:
    if any(m.type == "defected" for m in group):
        return "defected"
    kind = narrative[0].type
    for rank in ONE_ACTION:
        if kind in rank:
            return max((m.type for m in narrative if m.type in rank), key=rank.__getitem__)
    return kind


def _independent_now(contexts: list[str]) -> str | None:
    """"X, an independent councillor from Oxford, said ..." describes where they sit now."""
    return "Independent" if any(
        len(_INDEPENDENT_NOW.findall(c)) > len(_INDEPENDENT_BEFORE.findall(c))
        for c in contexts) else None


def name_windows(person: str, art: ParsedArticle) -> list[str]:
    """The words just around each mention of the person: titles and place before the name
    ("Kirklees Councillor X"), an apposition or a short tail after it ("X, MP for Y, said")."""
    parts = person.split()
    forms = {person, parts[-1]} if len(parts) > 1 else {person}
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(f) for f in forms) + r")\b")
    out = []
    for s in art.sentences:
        for m in pattern.finditer(art.text, s.start, s.end):
            if art.people.resolve(m.group(0)) not in (person, None):
                continue
            out.append(_window(art.text, s.start, s.end, m.start(), m.end()))
    return out


def _window(text: str, lo: int, hi: int, a: int, b: int) -> str:
    before = text[max(lo, a - 40) : a]
    if text[a - 2 : a] == ", " and text[b : b + 1] == ",":
        # The name is itself an apposition: "The former Labour MP for Hexham, Tom Burnley,".
        head = text[max(lo, a - 80) : a - 2]
        before = head[head.rfind(",") + 1 :] + ", "
    else:
        cut = max(before.rfind(","), before.rfind(" - "), before.rfind("“"), before.rfind('"'))
        before = before[cut + 1 :] if cut >= 0 else before
    after = text[b : min(hi, b + _WINDOW)]
    if after.startswith((", who", ", whose")):  # a relative clause runs to its verb's end
        end = _RELATIVE_END.search(after, 2)
        after = after[: end.start()] if end else after
    elif _PREDICATE.match(after):  # "X has been a Labour councillor in Y for ..."
        end = re.search(r"[.;:]|,\s", after)
        after = after[: end.start()] if end else after
    elif after.startswith((",", " -", " –", " —", " (")):
        end = _APPOSITION_END.search(after, 2)
        # "A (Lumla), B (Mechuka)": a bracket keeps its closing mark, which says it is whole
        keep = 1 if end and end.group(0) == ")" and after.startswith(" (") else 0
        after = after[: end.start() + keep] if end else after
    else:
        after = after[:30]
    return before + text[a:b] + after
