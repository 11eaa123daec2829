"""People whose change the article tells of a group by its role ("Five Labour councillors have
been expelled ... The five: A, B, C") take that role when nothing near their names gives one.
All people and places are invented."""

from __future__ import annotations

from floorcross.extract.event_fixes import fill_group_role
from floorcross.types import EventMention, Evidence


def event(person: str, *sentences: str, role: str | None = None) -> EventMention:
    return EventMention(person=person, type="expelled", party_from="Labour", role=role,
                        evidence=[Evidence(0, len(s), s) for s in sentences])


def test_group_role_fills_people_without_one():
    lede = "Five Labour councillors in Fenbridge have been expelled from the party."
    roster = "The five: Amir Khan, Rosa Delaney and three others were told by letter."
    events = [event("Amir Khan", lede, roster), event("Rosa Delaney", lede, roster)]
    fill_group_role(events)
    assert [e.role for e in events] == ["councillor", "councillor"]


def test_parliamentary_groups_map_to_their_roles():
    events = [event("Ailsa Brodie", "Three SNP MSPs have been suspended."),
              event("Dara Keane", "Two Sinn Féin TDs have been suspended by the party.")]
    fill_group_role(events)
    assert [e.role for e in events] == ["msp", "mp"]


def test_a_role_already_read_is_kept_and_mixed_groups_say_nothing():
    kept = event("Tom Pryce", "Two councillors have been expelled.", role="mayor")
    mixed = event("Jo Weller", "Two MPs and three councillors have been suspended.")
    fill_group_role([kept, mixed])
    assert (kept.role, mixed.role) == ("mayor", None)
