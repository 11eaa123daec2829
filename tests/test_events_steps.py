"""Two-step moves through independence: someone who left a party, sat as an independent for a
while and later joined another party made two changes (left A for Independent, then joined B
from Independent); leaving to join on the same day stays one defection. All people and places
are invented."""

from __future__ import annotations

from datetime import date

import pytest

from floorcross.extract.events import extract_events
from floorcross.types import CleanedArticle

PUB = date(2025, 3, 14)


def run(nlp, text: str) -> list:
    return extract_events(CleanedArticle(text=text, published=PUB), nlp)


def by_type(events, person: str) -> dict:
    return {e.type: e for e in events if e.person == person}


@pytest.mark.parametrize(("text", "person", "old", "new", "left_on"), [
    # the spell told with the leaving, a lede with the joining (UK local paper)
    ("A councillor who quit Labour last year has joined the Green Party. Cllr Marta Pellow "
     "left Labour in June 2024 and has sat as an independent on Ashcombe Borough Council since "
     "then.", "Marta Pellow", "Labour", "Green", "2024-06"),
    # "has been an independent since leaving" in a relative clause (regional daily)
    ("Brightwell councillor Sam Kettley has joined the Conservatives. Mr Kettley, who has been "
     "an independent since leaving Labour in 2021, said the move was about local issues.",
     "Sam Kettley", "Labour", "Conservative", "2021"),
    # "after a spell as an independent" on the joining, the leaving in the next sentence
    ("Councillor Fiona Redfern has joined the Liberal Democrats after a spell as an "
     "independent. Ms Redfern quit the SNP in 2022 over the party's handling of complaints.",
     "Fiona Redfern", "SNP", "Liberal Democrats", "2022"),
    # "sat as an independent for more than a year" (background told in the past perfect)
    ("A former Conservative councillor has joined Reform UK. Dennis Harrowgate, who represents "
     "Millbrook ward, had left the Conservatives in 2023 and sat as an independent for more "
     "than a year before this week's move.", "Dennis Harrowgate", "Conservative", "Reform UK",
     "2023"),
    # "left ... to become an independent", the joining in the next sentence by pronoun
    ("Cllr Jo Amble left Labour in 2019 to become an independent. This week she joined the "
     "Green Party, saying she felt at home.", "Jo Amble", "Labour", "Green", "2019"),
])
def test_leaving_and_joining_apart_are_two_changes(nlp, text, person, old, new, left_on):
    steps = by_type(run(nlp, text), person)
    assert steps["resigned"].party_from == old
    assert steps["resigned"].party_to == "Independent"
    assert steps["resigned"].date == left_on
    assert steps["defected"].party_from == "Independent"
    assert steps["defected"].party_to == new


def test_a_caucus_removal_then_a_provincial_party(nlp):
    text = ("An MLA who was removed from the BC Liberal caucus in 2022 has joined the "
            "Conservative Party of British Columbia. John Rustwood has sat as an independent in "
            "the B.C. legislature since his removal.")
    events = [e for e in run(nlp, text) if e.person == "John Rustwood"]
    joins = [e for e in events if e.type == "defected"]
    assert len(joins) == 1
    assert joins[0].party_from == "Independent"
    assert joins[0].party_to == "Conservative Party of British Columbia"
    exits = [e for e in events if e.type != "defected"]
    assert exits and all(e.party_from == "BC Liberal Party" for e in exits)
    assert all(e.party_to == "Independent" for e in exits)


@pytest.mark.parametrize("text", [
    "A Labour councillor has quit the party to join the Greens. Cllr Ben Oduya said he could no "
    "longer defend the leadership.",
    "Cllr Ben Oduya has left Labour and joined the Green Party, he announced on Tuesday.",
    "Ben Oduya, a Labour councillor in Ashcombe, has defected to the Greens.",
])
def test_one_move_stays_one_defection(nlp, text):
    events = [e for e in run(nlp, text) if e.person == "Ben Oduya"]
    assert [(e.type, e.party_from, e.party_to) for e in events] == [
        ("defected", "Labour", "Green")]


@pytest.mark.parametrize(("text", "person", "new"), [
    ("Independent councillor Morag Leckie has joined the Scottish Conservatives. The SNP runs "
     "Glenbrae Council with 14 seats.", "Morag Leckie", "Conservative"),
    ("Cllr Ross Kinnear, who was elected as an independent in 2017, has joined the SNP, the "
     "party confirmed on Friday.", "Ross Kinnear", "SNP"),
    ("Farmer and councillor Ailsa Brodie, who has sat as an independent since her election, "
     "has joined Reform UK.", "Ailsa Brodie", "Reform UK"),
])
def test_an_independent_joining_has_no_invented_earlier_step(nlp, text, person, new):
    events = [e for e in run(nlp, text) if e.person == person]
    assert [(e.type, e.party_from, e.party_to) for e in events] == [
        ("defected", "Independent", new)]


def test_an_intention_to_sit_as_an_independent_is_no_spell(nlp):
    events = run(nlp, "Cllr Hal Brennan has quit the Conservatives and said he will sit as an "
                      "independent until May, when he expects to join Reform UK.")
    assert all(e.party_from != "Independent" for e in events)


@pytest.mark.parametrize("text", [
    "Cllr Neil Ashdown defected from Labour to Reform UK in 2021. He later quit Reform and has "
    "sat as an independent since last spring.",
    "Cllr Neil Ashdown, who switched from Labour to Reform UK in 2021, subsequently left Reform "
    "and now sits as an independent.",
])
def test_a_spell_after_the_joining_leaves_the_move_alone(nlp, text):
    steps = by_type(run(nlp, text), "Neil Ashdown")
    assert (steps["defected"].party_from, steps["defected"].party_to) == ("Labour", "Reform UK")
    assert steps["resigned"].party_from == "Reform UK"


def test_a_group_through_independence(nlp):
    events = run(nlp, "Three councillors who quit Labour in 2022 and have sat as independents "
                      "since then have joined the Green Party. Cllrs Amy Roe, Ben Tait and Cara "
                      "Hunt said the Greens shared their values.")
    moves = {(e.person, e.type, e.party_from, e.party_to) for e in events}
    for person in ("Amy Roe", "Ben Tait", "Cara Hunt"):
        assert (person, "resigned", "Labour", "Independent") in moves
        assert (person, "defected", "Independent", "Green") in moves
