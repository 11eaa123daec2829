"""One event per person and change: mentions of the same change merged, with all their
evidence, the most specific attribute values, and role, council and ward from the article."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from floorcross.extract.origins import Described, described_parties, independent_spell
from floorcross.extract.parse import ParsedArticle
from floorcross.extract.people import full_name_in_text, kin_name
from floorcross.extract.reading import Mention
from floorcross.extract.roles import COUNCIL_RE, council_body, nearby_contexts, placement
from floorcross.extract.terms import KNOWN_PARTIES, find_parties
from floorcross.nlp.countries import local_party
from floorcross.nlp.party_names import party_spans
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
# One sanction or one return is often reported with two verbs ("suspended from the party ...
# has had the whip removed", "allowed to rejoin ... decided to readmit him"): one event, typed
# by the strongest word used.
_SANCTION_RANK = {"whip_removed": 0, "suspended": 1, "expelled": 2}
_RETURN_RANK = {"rejoined": 0, "readmitted": 1}
_ONE_ACTION = (_SANCTION_RANK, _RETURN_RANK)


def _one_action(a: str, b: str) -> bool:
    return any(a in cls and b in cls for cls in _ONE_ACTION)


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
                  and all(m.type in _SITS_SOMEWHERE for m in g)]
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
    return any(m.party_from in joined and m.type == "resigned" and not m.party_guessed
               for g in leaves for m in g)


def _through_independence(joins: list[list[Mention]],
                          leaves: list[list[Mention]]) -> list[list[Mention]]:
    """Rewrites the person's groups in place as leaving to Independent and joining from it;
    returns a leaving group made from the joining when the article tells none of its own."""
    # Only a party the clause names: one guessed from the article may be anyone's.
    origin = _party_from([m for g in joins for m in g
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
                 and _party_from(g) not in (None, m.party_to)), None)
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
        return None, replace(m, party_from=_party_from(left), needs_origin=False)
    return left, m


def _still_to_come(join: Mention, left: list[Mention]) -> bool:
    """A joining still to come, after a leaving dated to a month or a year of its own in
    another sentence: the two are steps apart, with the person independent between them."""
    if not join.hedged:
        return False
    return all((x.sentence.index != join.sentence.index or x.background) and x.date
               and len(x.date) < 10 and not x.hedged
               and not (join.date and _same_time(join.date, x.date)) for x in left)


def _first(values):
    return next((v for v in values if v), None)


def _parties(text: str, country: str | None) -> list[str]:
    """Parties named in a stretch of text in order: the British table's, and the other
    countries' names the alias table knows ("Assam Congress president", "the EFF")."""
    table = find_parties(text, country=country)
    spans = [(p.start, p.end, p.name) for p in table]
    spans += [(s.start, s.end, s.name) for s in party_spans(text, country)
              if not any(s.start < p.end and p.start < s.end for p in table)]
    return [name for _, _, name in sorted(spans)]


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
    party_to = _first(m.party_to for m in group if m.party_to != "Independent")
    party_from = _origin(group, narrative, art, kind, party_to)
    if all(m.needs_origin for m in group) and party_from is None:
        # how the article describes them ("who has sat as a Conservative councillor"), then
        # the parties named in the words around their name
        party_from = _first(d.party for d in _described(person, art, party_to)) or _first(
            p for c in contexts for p in _parties(c, art.country) if p != party_to)
        if party_from is None and not _fresh_join_by_member(place.role, contexts, dated, art):
            return None  # joined a party; no earlier one is named anywhere
    if kind == "defected" and party_from is None:
        party_from = _elected_for(person, art, party_to)
    if kind == "defected" and party_to is None:  # "Green councillor X, who defected from Labour"
        party_to = _first(d.party for d in _described(person, art, party_from) if not d.former)
    if kind == "defected" and party_to is None:
        kind = "resigned"  # "defected from Labour" to no named party: left it
    if party_to is None and kind in _SITS_SOMEWHERE:
        party_to = _first(m.party_to for m in group)
    if party_to is None and kind == "resigned":
        party_to = _independent_now(contexts + nearby_contexts(person, art.text))
    evidence = sorted({(m.sentence.start, m.sentence.end) for m in group})
    country = art.country  # guessed once per article in parse.py
    return EventMention(
        person=person,
        type=kind,
        party_from=local_party(party_from, art.text, country) if party_from else None,
        party_to=local_party(party_to, art.text, country) if party_to else None,
        role=place.role,
        body=place.body,
        ward=place.ward,
        date=max(dated, key=len) if dated else None,
        hedged=not plain,
        reason=_first(m.reason for m in group),
        group_size=_first(m.group_size for m in group),
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
        found = [p for p in _parties(text[m.end() : m.end() + 40], art.country)
                 if p not in (party_to, "Independent")]
        if found:
            return found[0]
    return None


def _origin(group: list[Mention], narrative: list[Mention], art: ParsedArticle, kind: str,
            party_to: str | None) -> str | None:
    """The earlier party: the one the clauses name, unless it was only guessed from the context
    and the article describes the person with another ("X has defected to the Tories" after a
    sentence about Labour's seats, and "She was elected as a Liberal Democrat")."""
    party_from = _party_from(narrative) or _party_from(group)
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
    if m.type in _SANCTION_RANK and not m.party_guessed:
        return True
    lo = m.sentence.start
    return any(p.name == m.party_from and _LEFT_BEFORE.search(art.text[max(lo, p.start - 30)
                                                                       : p.start])
               for p in m.sentence.parties)


def _kind(group: list[Mention], narrative: list[Mention]) -> str:
    if any(m.type == "defected" for m in group):
        return "defected"
    kind = narrative[0].type
    for rank in _ONE_ACTION:
        if kind in rank:
            return max((m.type for m in narrative if m.type in rank), key=rank.__getitem__)
    return kind


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
        # "A (Lumla), B (Mechuka)": a bracket keeps its closing mark, which says it is whole
        keep = 1 if end and end.group(0) == ")" and after.startswith(" (") else 0
        after = after[: end.start() + keep] if end else after
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
        if e.type == "resigned" and e.person in later and e.party_to in (
                None, later[e.person]) and e.party_from not in (None, "Independent"):
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
        if e.party_from is None and e.type in _SITS_SOMEWHERE:  # "defected hours after he
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
