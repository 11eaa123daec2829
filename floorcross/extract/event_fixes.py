"""Corrections across all of an article's finished events: a council shared by its
councillors, the role of people counted in a group by their role, a group going independent
together, origins fixed by a later defection, and earlier joins that only start the career
the story is about."""

from __future__ import annotations

import re

from floorcross.extract.council_bodies import COUNCIL_RE, council_body
from floorcross.extract.merge import SITS_SOMEWHERE
from floorcross.extract.parse import ParsedArticle
from floorcross.extract.terms import KNOWN_PARTIES
from floorcross.types import EventMention

# A plural role noun telling a group's change: "Five Labour councillors have been expelled".
_GROUP_ROLE = re.compile(r"\b(councillors|MPs|TDs|MSPs|MLAs|MSs|MEPs)\b")
_GROUP_ROLES = {"councillors": "councillor", "MPs": "mp", "TDs": "mp", "MSPs": "msp",
                "MLAs": "mla", "MSs": "ms", "MEPs": "mep"}


def fill_group_role(events: list[EventMention]) -> None:
    """People whose role is said nowhere near their name, in a change the article tells of a
    group by its role ("Five Labour councillors ... have been expelled. The five: A, B and C"):
    the role of that group, when the sentences telling their change name one kind only."""
    for e in events:
        if e.role is not None:
            continue
        found = {_GROUP_ROLES[m] for ev in e.evidence for m in _GROUP_ROLE.findall(ev.sentence)}
        if len(found) == 1:
            e.role = found.pop()


def fill_shared_body(events: list[EventMention], art: ParsedArticle) -> None:
    """A councillor whose council is not said beside their name sits on the council the article
    is about: the one every other councillor in it sits on, or the only council it names.
    (People the article counts in a group by their role take that role first.)"""
    fill_group_role(events)
    bodies = {e.body for e in events if e.role == "councillor" and e.body}
    if not bodies:
        named = {council_body(m.group(1), art.text, art.published)
                 for m in COUNCIL_RE.finditer(art.text)}
        bodies = named - {None}
    if len(bodies) != 1:
        return
    body = bodies.pop()
    for e in events:
        if e.role == "councillor" and e.body is None:
            e.body = body


# "have formed an independent group", "will sit as independents": said once for a group.
_GROUP_INDEPENDENT = re.compile(
    r"\b(?:(?:as|become|became|becoming|remain) independents"
    r"|independent (?:group|grouping|alliance|bloc)"
    r"|[A-Z][a-z]+ Independents? (?:Group|Alliance))\b",
    re.IGNORECASE,
)


def fill_group_independence(events: list[EventMention], art: ParsedArticle) -> None:
    """Several people who left a party, in an article saying they now sit together as
    independents: each of them goes to Independent. So does anyone who left a party and whose
    later joining the article tells as coming from Independent ("three independents have joined
    the Residents group ... all resigned from the Conservative group")."""
    later = {e.person: e.party_to for e in events
             if e.type == "defected" and e.party_from == "Independent"}
    for e in events:
        # leaving the party joined ("an independent who joined Fine Gael ... has now resigned
        # from it"): the joining came first and says nothing of where the leaver went
        if e.type == "resigned" and e.person in later and e.party_to in (
                None, later[e.person]) and e.party_from not in (
                None, "Independent", later[e.person]):
            e.party_to = "Independent"  # the group joined is the second step's
    _to_new_group(events, art)
    left = [e for e in events if e.type == "resigned" and e.party_to is None]
    if len([e for e in events if e.type == "resigned"]) < 2 or not left:
        return
    if _GROUP_INDEPENDENT.search(art.text):
        for e in left:
            e.party_to = "Independent"


def fix_origins(events: list[EventMention]) -> None:
    """Nobody is suspended by, or resigns from, the party they defect to: such an event of a
    person who defected from A to B, or one naming no party, was A's ("his defection comes
    after he was suspended")."""
    moves = {(e.person, e.party_to): e for e in events
             if e.type == "defected" and e.party_to and e.party_from not in (None, "Independent")}
    for e in events:
        move = moves.get((e.person, e.party_from))
        if e.party_from is None and e.type in SITS_SOMEWHERE:  # "defected hours after he
            # was suspended": with no party of its own, the party the person left
            move = next((m for (who, _), m in moves.items() if who == e.person), None)
        if e.type != "defected" and move is not None and not _before(move.date, e.date) and not (
                any(_AFTERWARDS.search(x.sentence) for x in e.evidence)):
            e.party_from = move.party_from
    _rejoined_from(events)


def _rejoined_from(events: list[EventMention]) -> None:
    """"defected to the Conservatives, then returned to Labour": a rejoining with no party of
    its own comes from the party the person had moved to away from the one rejoined."""
    for e in events:
        if e.type != "rejoined" or e.party_from is not None or e.party_to is None:
            continue
        away = [m.party_to for m in events if m.person == e.person and m.type == "defected"
                and m.party_from == e.party_to and m.party_to not in (None, e.party_to)]
        if len(set(away)) == 1:
            e.party_from = away[0]


# "He later quit Reform": told as coming after the move, so the party left is the one joined.
_AFTERWARDS = re.compile(r"\b(?:later|subsequently|eventually|afterwards|went on to)\b",
                         re.IGNORECASE)


def _before(a: str | None, b: str | None) -> bool:
    """Date `a` is known to fall before date `b` ("joined Reform in 2023 ... has now quit")."""
    if a is None or b is None or a.startswith(b) or b.startswith(a):
        return False
    return a < b


def drop_earlier_joins(events: list[EventMention]) -> list[EventMention]:
    """A join with no earlier party, of a person who later left that same party, is the start
    of the career the story is about ("she later joined Labour ... and has now left"), not a
    change of its own."""
    left = {(e.person, e.party_from) for e in events if e.party_from}
    return [e for e in events
            if not (e.type == "defected" and e.party_from is None
                    and (e.person, e.party_to) in left)]



# A group formed by people leaving a party: "set up an independent splinter group", "formed a
# new group", "their own group".
_FORMED = re.compile(
    r"\b(?:(?:new|splinter|breakaway|own)\s+(?:\w+\s+){0,2}?(?:group|grouping|bloc|party)"
    r"|(?:form(?:s|ed|ing)?|set(?:ting)?\s+up|launch(?:es|ed|ing)?|creat(?:e|ed|ing)"
    r"|establish(?:es|ed|ing)?)\s+(?:(?:a|an|the|their|his|her)\s+)?(?:\w+\s+){0,3}?"
    r"(?:group|grouping|bloc|party)"
    r"|(?:group|party)(?:,)?\s+(?:called|named|known\s+as))\b", re.IGNORECASE)
# Names of local groups: "the Foxley Independent Conservatives", "Hallam Independents",
# "Kelsey Residents", "the Dunmore Community Group".
_LOCAL_GROUP_NAME = re.compile(r"\b(?:Independents?|Residents|Group|First)\b")
# A local group is named after its place; "the Independent Group" is a national one.
_GENERIC_FIRST = frozenset({"Independent", "Independents", "The", "Residents", "Community"})


def _to_new_group(events: list[EventMention], art: ParsedArticle) -> None:
    """People who left a party together in an article telling of the group they formed, named
    there ("... will remain leader of the council with the Foxley Independent
    Conservatives"): each moved to that group. With no name the group is Independent, as
    `fill_group_independence` gives it."""
    group = _new_group(art)
    if group is None:
        return
    left = [e for e in events if e.type == "resigned" and e.party_to in (None, "Independent")
            and e.party_from not in (None, "Independent", group)]
    if len(left) < 2 or len({e.party_from for e in left}) > 1:
        return
    for e in left:
        e.type, e.party_to = "defected", group


def _new_group(art: ParsedArticle) -> str | None:
    """The one local group the article says was formed: named in a sentence telling of its
    forming, or named anywhere when the forming is told without the name."""
    names: dict[str, bool] = {}
    formed_anywhere = False
    for s in art.ordered():
        formed = bool(_FORMED.search(s.text))
        formed_anywhere |= formed
        for p in s.parties:
            if _LOCAL_GROUP_NAME.search(p.name) and p.name not in KNOWN_PARTIES and (
                    p.name.split()[0] not in _GENERIC_FIRST):
                names[p.name] = names.get(p.name, False) or formed
    if len(names) != 1 or not formed_anywhere:
        return None
    return next(iter(names))
