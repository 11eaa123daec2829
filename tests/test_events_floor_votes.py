"""Crossing the floor in a vote (siding with opponents once, as council and parliament copy
says) is no change of party; crossing the floor to join another party is. All people and
places are invented."""

from __future__ import annotations

from datetime import date

import pytest

from floorcross.extract.events import extract_events
from floorcross.types import CleanedArticle

PUB = date(2022, 7, 7)


def run(nlp, text: str) -> list:
    return extract_events(CleanedArticle(text=text, published=PUB), nlp)


@pytest.mark.parametrize("text", [
    "Cllr Ann Roe, who crossed the floor in Monday night's election to secure the mayoralty, "
    "now faces an inquiry by Fine Gael.",
    "Labour councillor Ann Roe crossed the floor to vote with the Conservatives on the budget.",
    "Conservative councillor Ann Roe crossed the floor during the vote on the waste contract.",
])
def test_crossing_the_floor_in_a_vote(nlp, text):
    assert run(nlp, text) == []


@pytest.mark.parametrize(("text", "old", "new"), [
    ("Labour councillor Ann Roe has crossed the floor to join the Conservatives.",
     "Labour", "Conservative"),
    ("Tory MP Ann Roe crossed the floor of the Commons to join Labour on Tuesday.",
     "Conservative", "Labour"),
])
def test_crossing_the_floor_to_join(nlp, text, old, new):
    events = run(nlp, text)
    assert [(e.type, e.party_from, e.party_to) for e in events] == [("defected", old, new)]
