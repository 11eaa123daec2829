"""One event per person and change: mentions of the same change merged, with all their
evidence, the most specific attribute values, and role, council and ward from the article."""

from __future__ import annotations

import re

from floorcross.extract.parse import ParsedArticle
from floorcross.extract.reading import Mention
from floorcross.extract.roles import COUNCIL_RE, council_body, placement
from floorcross.extract.terms import find_parties
from floorcross.types import EventMention, Evidence

_WINDOW = 150
_APPOSITION_END = re.compile(r"\s[-–—]\s|,|\)")
_RELATIVE_END = re.compile(r",\s+(?:said|says|has|had|is|was|told|added|wrote)\b|[.;:]")
_PREDICATE = re.compile(
    r"^\s+(?:\w+\s+){0,2}?(?:is|was|has been|had been|became|is now|remains)\s+(?:a|an|the)\b"
)
_INDEPENDENT_NOW = re.compile(r"\bindependent\b", re.IGNORECASE)
# Leaving and then joining another party is one defection.
# Changes after which the person may sit as an independent.
_SITS_SOMEWHERE = frozenset({"resigned", "suspended", "expelled", "whip_removed"})
_COMPATIBLE = {("resigned", "defected"), ("defected", "resigned")}


def _same_change(a: Mention, b: Mention) -> bool:
    if a.person != b.person or a.needs_origin or b.needs_origin:
        return False
    # Leaving and joining are one defection only when nothing dates them apart.
    if a.type != b.type and (
        (a.type, b.type) not in _COMPATIBLE or not _same_time(a.date, b.date)
    ):
        return False
    if a.party_guessed or b.party_guessed:
        return True  # "quit the party" means the party the person is known by
    return a.party_from is None or b.party_from is None or a.party_from == b.party_from


def _same_time(a: str | None, b: str | None) -> bool:
    if a is None and b is None:
        return True
    return a is not None and b is not None and (a.startswith(b) or b.startswith(a))


def merge_mentions(mentions: list[Mention]) -> list[list[Mention]]:
    """Groups of mentions that report one change. Mentions read from quotations only join a
    narrative group, or stand alone when the narrative never reports the speaker's change."""
    groups: list[list[Mention]] = []
    for m in sorted(mentions, key=lambda m: (m.from_quote, m.supporting, m.needs_origin)):
        home = next((g for g in groups if any(_same_change(x, m) for x in g)), None)
        if home is None and m.needs_origin:  # "quit the SNP and joined Alba"
            home = next((g for g in groups if any(
                x.person == m.person and x.party_to == m.party_to for x in g)), None)
        if home is None and m.supporting:
            home = next((g for g in groups if g[0].person == m.person), None)
        if home is not None:
            home.append(m)
        elif not m.from_quote or not any(g[0].person == m.person for g in groups):
            groups.append([m])
    return groups


def _first(values):
    return next((v for v in values if v), None)


def _parties(text: str) -> list[str]:
    return [p.name for p in find_parties(text)]


def finish(group: list[Mention], art: ParsedArticle) -> EventMention | None:
    narrative = [m for m in group if not (m.from_quote or m.supporting)] or group
    kind = "defected" if any(m.type == "defected" for m in group) else narrative[0].type
    plain = [m for m in narrative if not m.hedged]
    dated = [m.date for m in (plain or narrative) if m.date]
    person = group[0].person
    contexts = [c for m in narrative for c in m.contexts] + name_windows(person, art)
    place = placement(contexts, art.text, art.published)
    party_to = _first(m.party_to for m in group if m.party_to != "Independent")
    party_from = _party_from(narrative) or _party_from(group)
    if all(m.needs_origin for m in group) and party_from is None:
        party_from = _first(p for c in contexts for p in _parties(c) if p != party_to)
        if party_from is None:
            return None  # joined a party; no earlier one is named anywhere
    if kind == "defected" and party_to is None:
        kind = "resigned"  # "defected from Labour" to no named party: left it
    if party_to is None and kind in _SITS_SOMEWHERE:
        party_to = _first(m.party_to for m in group)
    if party_to is None and kind == "resigned":
        party_to = _independent_now(contexts)
    evidence = sorted({(m.sentence.start, m.sentence.end) for m in group})
    return EventMention(
        person=person,
        type=kind,
        party_from=party_from,
        party_to=party_to,
        role=place.role,
        body=place.body,
        ward=place.ward,
        date=max(dated, key=len) if dated else None,
        hedged=not plain,
        reason=_first(m.reason for m in group),
        group_size=_first(m.group_size for m in group),
        evidence=[Evidence(a, b, art.text[a:b]) for a, b in evidence],
    )


def _party_from(mentions: list[Mention]) -> str | None:
    """The party named in a clause before one read from the context."""
    ranked = sorted(mentions, key=lambda m: m.party_guessed)
    return _first(m.party_from for m in ranked)


def _independent_now(contexts: list[str]) -> str | None:
    """"X, an independent councillor from Oxford, said ..." describes where they sit now."""
    return "Independent" if any(_INDEPENDENT_NOW.search(c) for c in contexts) else None


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
        after = after[: end.start()] if end else after
    else:
        after = after[:30]
    return before + text[a:b] + after


def fill_shared_body(events: list[EventMention], art: ParsedArticle) -> None:
    """A councillor whose council is not said beside their name sits on the council the article
    is about: the one every other councillor in it sits on, or the only council it names."""
    bodies = {e.body for e in events if e.role == "councillor" and e.body}
    if not bodies:
        named = {council_body(m.group(1), art.text, art.published)
                 for m in COUNCIL_RE.finditer(art.text)}
        bodies = named
    if len(bodies) != 1:
        return
    body = bodies.pop()
    for e in events:
        if e.role == "councillor" and e.body is None:
            e.body = body
