"""Mentions of the same change grouped into one: the same change told twice, a leaving and a
joining that make one defection, a surname and the full name it stands for. (Each group
becomes one event in event_finish.py; the article-wide corrections are event_fixes.py.)"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from floorcross.extract.mention_record import Mention
from floorcross.extract.origins import independent_spell

# Leaving and then joining another party is one defection.
# Changes after which the person may sit as an independent.
SITS_SOMEWHERE = frozenset({"resigned", "suspended", "expelled", "whip_removed"})
_COMPATIBLE = {("resigned", "defected"), ("defected", "resigned")}
# One sanction or one return is often reported with two verbs ("suspended from the party ...
# has had the whip removed", "allowed to rejoin ... decided to readmit him"): one event, typed
# by the strongest word used.
SANCTION_RANK = {"whip_removed": 0, "suspended": 1, "expelled": 2}
_RETURN_RANK = {"rejoined": 0, "readmitted": 1}
ONE_ACTION = (SANCTION_RANK, _RETURN_RANK)


def _one_action(a: str, b: str) -> bool:
    return any(a in cls and b in cls for cls in ONE_ACTION)


def _same_change(a: Mention, b: Mention, spells: frozenset[str] = frozenset()) -> bool:
    if a.person != b.person or a.needs_origin or b.needs_origin:
        return False
    if a.person in spells and {a.type, b.type} == {"resigned", "defected"}:
        return False  # left, sat as an independent, then joined: two changes
    # "expelled ... after the decision last month to withdraw the whip" is one sanction, however
    # dated; leaving and joining are one defection only when nothing dates them apart.
    if a.type != b.type and not _one_action(a.type, b.type) and (
        (a.type, b.type) not in _COMPATIBLE
        or not (_same_time(a.date, b.date) or a.sentence.index == b.sentence.index
                or a.date is None or b.date is None)
    ):
        return False
    if a.party_guessed or b.party_guessed:
        # "quit the party" means the party the person is known by, unless dated apart
        # ("expelled on Friday ... originally suspended on Feb. 20")
        return a.date is None or b.date is None or _same_time(a.date, b.date)
    return a.party_from is None or b.party_from is None or a.party_from == b.party_from


def _same_time(a: str | None, b: str | None) -> bool:
    if a is None and b is None:
        return True
    if a is None or b is None:
        return False
    if len(a) == len(b) == 10:  # "announced on Monday ... crossed the floor on Tuesday"
        return abs((date.fromisoformat(a) - date.fromisoformat(b)).days) <= 7
    return a.startswith(b) or b.startswith(a)


def merge_mentions(mentions: list[Mention]) -> list[list[Mention]]:
    """Groups of mentions that report one change. Mentions read from quotations only join a
    narrative group, or stand alone when the narrative never reports the speaker's change."""
    groups: list[list[Mention]] = []
    mentions = _surnames_completed(mentions)
    spells = frozenset(m.person for m in mentions if independent_spell(m.sentence.text))
    for m in sorted(mentions, key=lambda m: (m.from_quote, m.supporting, m.needs_origin)):
        home = next((g for g in groups if any(_same_change(x, m, spells) for x in g)), None)
        if home is None and m.needs_origin:  # "quit the SNP and joined Alba"
            home = next((g for g in groups if any(
                x.person == m.person and x.party_to == m.party_to for x in g)), None)
        if home is None and m.needs_origin:
            home, m = _after_leaving(groups, m, m.person in spells)
        if home is None and m.supporting:
            home = next((g for g in groups if g[0].person == m.person), None)
        if home is not None:
            home.append(m)
        elif not m.from_quote or not any(g[0].person == m.person for g in groups):
            groups.append([m])
    return _two_steps(groups, spells)


def _two_steps(groups: list[list[Mention]], spells: frozenset[str]) -> list[list[Mention]]:
    """Someone who left a party, sat as an independent and later joined another: the leaving
    goes to Independent and the joining comes from Independent, each a change of its own (the
    leaving made from the joining's earlier party when the article tells it no other way)."""
    out: list[list[Mention]] = []
    # "defected to the Tories, then returned to Labour a day later": a round trip told in one
    # sentence, which came before any spell as an independent
    trips = {(m.person, m.sentence.index) for g in groups for m in g if m.type == "rejoined"}
    spells = frozenset(p for p in spells if not any(
        (m.person, m.sentence.index) in trips for g in groups for m in g
        if m.person == p and _joins_party(m)))
    for g in groups:
        if g[0].person in spells and any(_joins_party(m) for m in g):
            leaves = [m for m in g if m.type == "resigned" and not m.supporting]
            out += [leaves, [m for m in g if m not in leaves]] if leaves else [g]
        else:
            out.append(g)
    for person in sorted(spells):  # sorted: the same output in every process
        joins = [g for g in out if g[0].person == person and any(_joins_party(m) for m in g)]
        leaves = [g for g in out if g[0].person == person and g not in joins
                  and all(m.type in SITS_SOMEWHERE for m in g)]
        if joins and not _left_after_joining(leaves, joins):
            out += _through_independence(joins, leaves)
    return [g for g in out if g]


def _joins_party(m: Mention) -> bool:
    """A joining of a party after the spell: "has defected from Labour" with no party joined
    is the leaving itself, told with another word."""
    return m.type == "defected" and m.party_to not in (None, "Independent")


def _left_after_joining(leaves: list[list[Mention]], joins: list[list[Mention]]) -> bool:
    """"defected to Reform in 2021 and later quit to sit as an independent": the spell came
    after the joining, which stays a move between the two parties."""
    joined = {m.party_to for g in joins for m in g if m.type == "defected"}
    # "the party" read from the context counts when its own sentence names that party and the
    # joining came from somewhere ("Sinn Féin has lost a councillor after X resigned from the
    # party ... X, elected as an independent, joined the party in 2017")
    moved = {m.party_to for g in joins for m in g if m.type == "defected" and m.party_from}
    return any(m.party_from in joined and m.type == "resigned" and (
        not m.party_guessed or m.party_from in moved
        and m.party_from in {p.name for p in m.sentence.parties})
        for g in leaves for m in g)


def _through_independence(joins: list[list[Mention]],
                          leaves: list[list[Mention]]) -> list[list[Mention]]:
    """Rewrites the person's groups in place as leaving to Independent and joining from it;
    returns a leaving group made from the joining when the article tells none of its own."""
    # Only a party the clause names: one guessed from the article may be anyone's.
    origin = party_from_of([m for g in joins for m in g
                          if m.type == "defected" and not m.party_guessed])
    made = []
    if not leaves and origin not in (None, "Independent"):
        first = next(m for m in joins[0] if m.type == "defected")
        made = [[replace(first, type="resigned", party_from=origin, date=None)]]
    for g in leaves + made:
        g[:] = [replace(m, party_to=m.party_to or "Independent") for m in g]
    for g in joins:
        g[:] = [replace(m, party_from="Independent", party_guessed=False, needs_origin=False)
                if m.type == "defected" else m for m in g]
    return made


def _surnames_completed(mentions: list[Mention]) -> list[Mention]:
    """"Mr Ardle" left unresolved because the article names two Ardles: the one whose change
    it reports, when exactly one full name among the mentions has that surname."""
    full: dict[str, set[str]] = {}
    for m in mentions:
        parts = m.person.split()
        if len(parts) > 1:
            full.setdefault(parts[-1].lower(), set()).add(m.person)
    out = []
    for m in mentions:
        fits = full.get(m.person.lower(), set()) if " " not in m.person else set()
        out.append(replace(m, person=fits.pop()) if len(fits) == 1 else m)
    return out


# A join told as happening well after the leaving: a second step, not the same move.
_LATER_STEP = re.compile(
    r"\b(?:(?:days?|weeks?|months?|years?) later|subsequently|eventually|went on to|since)\b",
    re.IGNORECASE,
)


def _after_leaving(groups: list[list[Mention]], m: Mention,
                  spell: bool = False) -> tuple[list[Mention] | None, Mention]:
    """A join with no earlier party in its clause, by someone the article says left a party
    without a destination ("X has resigned from the Lib Dems. She is joining the Greens"): the
    same move, or when told as a later step (or after a background leaving) a defection of its
    own from the party left."""
    left = next((g for g in groups if g[0].person == m.person
                 and all(x.type == "resigned" and x.party_to in (None, "Independent") for x in g)
                 and party_from_of(g) not in (None, m.party_to)), None)
    if left is None:
        return None, m
    dates = [x.date for x in left if x.date]
    apart = m.date is not None and dates and not any(_same_time(m.date, d) for d in dates)
    # "joined the BJP hours after resigning from the Congress": a leaving told in the joining's
    # own sentence, with no date of its own, is the first half of the same move.
    same_step = all(x.sentence.index == m.sentence.index and (
        x.date is None or (m.date is not None and _same_time(m.date, x.date))) for x in left)
    earlier = any(x.background for x in left) and not same_step
    if _still_to_come(m, left):
        # "quit the Conservative group in January ... said he will be joining UKIP": out of
        # the group since, the joining still ahead comes from Independent.
        return None, replace(m, party_from="Independent", needs_origin=False)
    if apart or earlier or spell or _LATER_STEP.search(m.sentence.text):
        return None, replace(m, party_from=party_from_of(left), needs_origin=False)
    return left, m


def _still_to_come(join: Mention, left: list[Mention]) -> bool:
    """A joining still to come, after a leaving dated to a month or a year of its own in
    another sentence: the two are steps apart, with the person independent between them."""
    if not join.hedged:
        return False
    return all((x.sentence.index != join.sentence.index or x.background) and x.date
               and len(x.date) < 10 and not x.hedged
               and not (join.date and _same_time(join.date, x.date)) for x in left)


def first_value(values):
    """The first value that is set, or None."""
    return next((v for v in values if v), None)


def party_from_of(mentions: list[Mention]) -> str | None:
    """The party named in a clause before one read from the context."""
    ranked = sorted(mentions, key=lambda m: m.party_guessed)
    return first_value(m.party_from for m in ranked)
