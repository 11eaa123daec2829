"""When two reports of an event can be the same change, and which value the register shows
when sources disagree.

Compatibility (same event):
- types: the same, or `resigned` with `defected` (one outlet says "quit Labour", another
  "quit Labour for Reform") unless the resignation was explicitly to sit as an Independent;
  `suspended` with `whip_removed`; `rejoined` with `readmitted`;
- `party_from`: the same where both give one;
- dates: a year or month contains a day, null fits anything, two days up to
  `DAY_TOLERANCE` apart agree (relative dates such as "on Thursday" are resolved against
  publication dates that differ by outlet); a report published before a dated change cannot
  be about it;
- `party_to` may disagree: one outlet getting the destination wrong is more common than the
  same person leaving the same party twice within the same dates. Every value is kept.

Best-supported value: each story (syndicated copies count once) votes with its value. Dates:
the value the most stories agree with, counting a month as agreeing with a day inside it,
then the most specific. Other fields: the majority, then the most specific, then the earliest.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta

from floorcross.eval.names import body_core, party_key, ward_key
from floorcross.resolve.model import Mention, SourcedValue

DAY_TOLERANCE = 7  # "on Thursday" resolved against different publication dates
INDEPENDENT = "independent"

_TYPE_FAMILIES = ({"resigned", "defected"}, {"suspended", "whip_removed"},
                  {"rejoined", "readmitted"})
# Among compatible types, the one that says more wins a tie.
_TYPE_RANK = {"defected": 2, "resigned": 1, "suspended": 2, "whip_removed": 1,
              "readmitted": 2, "rejoined": 1}
_VAGUE_ROLES = {"member": 0, "party_official": 1}


def _day(value: str) -> date | None:
    try:
        return date.fromisoformat(value) if len(value) == 10 else None
    except ValueError:
        return None


def _first_day(value: str) -> date | None:
    """The earliest day a YYYY / YYYY-MM / YYYY-MM-DD value can mean."""
    parts = value.split("-") + ["01", "01"]
    try:
        return date(int(parts[0]), int(parts[1]), int(parts[2]))
    except (ValueError, IndexError):
        return None


def date_contains(general: str, specific: str) -> bool:
    """"2023-10" contains "2023-10-26"; every value contains itself."""
    return specific.startswith(general) and (
        len(specific) == len(general) or specific[len(general)] == "-")


def dates_compatible(a: str | None, b: str | None) -> bool:
    if not a or not b or date_contains(a, b) or date_contains(b, a):
        return True
    da, db = _day(a), _day(b)
    return bool(da and db and abs((da - db).days) <= DAY_TOLERANCE)


def _published_allows(dated: Mention, other: Mention) -> bool:
    """`other` cannot report a change its article was published before."""
    if not dated.date or not other.published:
        return True
    start, pub = _first_day(dated.date), _first_day(other.published[:10])
    return not (start and pub and start > pub + timedelta(days=DAY_TOLERANCE))


def _independent(m: Mention) -> bool:
    return party_key(m.party_to) == INDEPENDENT


def types_compatible(a: Mention, b: Mention) -> bool:
    if a.type == b.type:
        return True
    if not any(a.type in fam and b.type in fam for fam in _TYPE_FAMILIES):
        return False
    if {a.type, b.type} == {"resigned", "defected"}:
        resigned, defected = (a, b) if a.type == "resigned" else (b, a)
        return not (_independent(resigned) and defected.party_to
                    and not _independent(defected))
    return True


def parties_compatible(a: str | None, b: str | None) -> bool:
    return not a or not b or party_key(a) == party_key(b)


def mentions_compatible(a: Mention, b: Mention) -> bool:
    """Can `a` and `b` report the same change of the same person?"""
    return (types_compatible(a, b) and parties_compatible(a.party_from, b.party_from)
            and dates_compatible(a.date, b.date)
            and _published_allows(a, b) and _published_allows(b, a))


def agreement(a: Mention, b: Mention) -> int:
    """How many details two compatible mentions share: picks the best of several events."""
    same = 0
    for attr, norm in (("party_from", party_key), ("party_to", party_key), ("date", str),
                       ("body", body_core), ("ward", ward_key), ("type", str)):
        va, vb = getattr(a, attr), getattr(b, attr)
        same += bool(va and vb and norm(va) == norm(vb))
    return same


# --- values with their sources, and the one the register shows ------------------------------

_NORMALISERS: dict[str, Callable[[object], object]] = {
    "party_from": lambda v: party_key(str(v)), "party_to": lambda v: party_key(str(v)),
    "body": lambda v: body_core(str(v)) or str(v).lower(),
    "ward": lambda v: ward_key(str(v)), "reason": lambda v: " ".join(str(v).lower().split()),
}


def _norm(attr: str, value: object) -> object:
    return _NORMALISERS.get(attr, lambda v: v)(value)


def sourced_values(mentions: Sequence[Mention], attr: str) -> list[SourcedValue]:
    """Every non-null value of `attr` with the mentions, articles and number of stories that
    give it, in order of first appearance (`mentions` are sorted earliest first)."""
    groups: dict[object, list[Mention]] = {}
    surface: dict[object, object] = {}
    for m in mentions:
        value = getattr(m, attr)
        if value is None or value == "":
            continue
        key = _norm(attr, value)
        groups.setdefault(key, []).append(m)
        surface.setdefault(key, value)
    return [
        SourcedValue(surface[k], tuple(m.id for m in ms),
                     tuple(dict.fromkeys(m.article for m in ms)), len({m.story_key for m in ms}))
        for k, ms in groups.items()
    ]


def _story_votes(mentions: Sequence[Mention], attr: str) -> list[tuple[object, Mention]]:
    """One (value, mention) per story: a syndicated copy does not vote twice."""
    seen: dict[int, tuple[object, Mention]] = {}
    for m in mentions:
        value = getattr(m, attr)
        if value is not None and value != "" and m.story_key not in seen:
            seen[m.story_key] = (value, m)
    return list(seen.values())


def best_date(mentions: Sequence[Mention]) -> str | None:
    votes = _story_votes(mentions, "date")
    if not votes:
        return None
    candidates = list(dict.fromkeys(str(v) for v, _ in votes))

    def support(c: str) -> tuple[int, int, int]:
        agree = sum(date_contains(str(v), c) or date_contains(c, str(v)) for v, _ in votes)
        return (agree, len(c), -candidates.index(c))

    return max(candidates, key=support)


def _specificity(attr: str, value: object) -> float:
    if attr == "type":
        return _TYPE_RANK.get(str(value), 0)
    if attr == "party_to":
        return 0 if party_key(str(value)) == INDEPENDENT else 1
    if attr == "role":
        return _VAGUE_ROLES.get(str(value), 2)
    if attr in ("body", "ward", "reason"):
        return len(str(value))
    return 0


def best_value(mentions: Sequence[Mention], attr: str) -> object:
    """The value the register shows for `attr`: majority of stories, then most specific, then
    earliest."""
    if attr == "date":
        return best_date(mentions)
    if attr == "hedged":
        # Reported as fact by any story: not hedged.
        return all(m.hedged for m in mentions)
    votes = _story_votes(mentions, attr)
    if not votes:
        return None
    tally: dict[object, list] = {}
    for rank, (value, _m) in enumerate(votes):
        entry = tally.setdefault(_norm(attr, value), [0, value, rank])
        entry[0] += 1
    count, value, _ = max(
        tally.values(), key=lambda e: (e[0], _specificity(attr, e[1]), -e[2]))
    return value
