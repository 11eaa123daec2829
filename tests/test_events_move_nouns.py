"""A change told as a noun about a named person, often in a background clause: "following the
resignation of X last week", "after Cllr Y's resignation", "the expulsion of A and B", "the
suspension of Cllr C", and a possessive the person's own relative clause binds ("the former MP
who is founding a party following his own resignation from it"). A post given up, a seat
left for a by-election, a call for someone to go and a sanction still to come are not changes.
All people and places are invented."""

from __future__ import annotations

from datetime import date

import pytest

from floorcross.extract.events import extract_events
from floorcross.types import CleanedArticle

PUB = date(2024, 5, 10)


def run(nlp, text: str) -> dict:
    events = extract_events(CleanedArticle(text=text, published=PUB), nlp)
    return {(e.person, e.type): e for e in events}


# --- A named person's resignation, told as a noun --------------------------------------------

@pytest.mark.parametrize("text, person, party", [
    ("Labour's troubles deepened this spring. Weeks after the resignation of Kilbride "
     "councillor Tom Rusk, the party lost its majority.", "Tom Rusk", None),
    ("Fine Gael's group in Moyle is down to four members following the resignation of "
     "Ballyvane-based Liam Orr last month.", "Liam Orr", "Fine Gael"),
    ("Since the resignation of Cllr Rhona Patel in March, the Green Party has had no "
     "councillors in the borough.", "Rhona Patel", "Green"),
    ("Cllr Ed Marsh's resignation last week left the Conservative group with nine members.",
     "Ed Marsh", "Conservative"),
])
def test_a_named_resignation_told_as_a_noun_is_leaving_the_party(nlp, text, person, party):
    found = run(nlp, text)
    ev = found[(person, "resigned")]
    assert ev.party_from == party
    assert ev.party_to is None
    assert not ev.hedged


def test_the_resignation_is_dated_by_its_own_clause(nlp):
    text = ("Fine Gael's group in Moyle is down to four members following the resignation of "
            "Ballyvane-based Liam Orr last month.")
    assert run(nlp, text)[("Liam Orr", "resigned")].date == "2024-04"


# --- "his own resignation", bound by the person's own clause ---------------------------------

@pytest.mark.parametrize("text, person, other, party", [
    ("Cllr Nee said she had spoken to Joe Fahy, who has been building a new movement since his "
     "own resignation from the Labour Party.", "Joe Fahy", "Nee", "Labour"),
    ("Ms Dunlop has spoken to Maura Quill, the former SNP MSP who now runs a think tank after "
     "her resignation from the party.", "Maura Quill", "Dunlop", "SNP"),
    ("Councillor Rob Tate met Ivy Marr, the ex-Green councillor who founded a residents' group "
     "following her own resignation from the Greens.", "Ivy Marr", "Rob Tate", "Green"),
])
def test_a_possessive_in_the_persons_own_clause_is_theirs(nlp, text, person, other, party):
    found = run(nlp, text)
    ev = found[(person, "resigned")]
    assert ev.party_from == party
    assert not ev.hedged  # told as done, whatever the clause around it is still doing
    assert not any(other in p for p, _ in found)


# --- Sanctions told as nouns -------------------------------------------------------------------

@pytest.mark.parametrize("text, people, kind, party", [
    ("The expulsion of councillors Ruth Hale and Ian Bird was confirmed by Labour on Monday.",
     ["Ruth Hale", "Ian Bird"], "expelled", "Labour"),
    ("It comes a week after the suspension of Cllr Mark Dunne by the Conservatives.",
     ["Mark Dunne"], "suspended", "Conservative"),
    ("The Liberal Democrats confirmed the deselection of Cllr Gwen Ashby last month.",
     ["Gwen Ashby"], "deselected", "Liberal Democrats"),
])
def test_a_sanction_told_as_a_noun(nlp, text, people, kind, party):
    found = run(nlp, text)
    for person in people:
        assert found[(person, kind)].party_from == party


# --- Not a change of party ---------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # a post given up
    "Labour has lost its majority following the resignation of council leader Bob Hay.",
    "The Conservative group is down to eleven members after the resignation of deputy leader "
    "Kim Oakes.",
    # a seat given up
    "A by-election will be held after the resignation of Labour councillor Bob Hay.",
    "Labour said it had accepted the resignation of Cllr Dev Rana, and a by-election will follow.",
    "The Liberals lost two seats through the resignations of MPs Ann Foy and Ray Dunne.",
    # someone else's call, a sanction still to come
    "Labour called for the resignation of Cllr Amy Rudd.",
    "Party members demanded the expulsion of Cllr Amy Rudd from the Labour Party.",
    "Green councillor Amy Rudd faces suspension from the party.",
    # the party named only inside a quotation
    'Asked about Cllr Ian Voss\'s resignation, the mayor said: "He was a great servant of the '
    'Labour Party."',
])
def test_not_a_party_change(nlp, text):
    assert not run(nlp, text)


def test_a_lone_surname_the_article_never_completes_is_not_a_person_of_its_own(nlp):
    text = ("Cllr Lena Harwood has left the Green Party to join the Conservatives. Cllr "
            "Harwod's resignation has given the Tories a majority on the council.")
    found = run(nlp, text)
    assert ("Lena Harwood", "defected") in found
    assert all(p == "Lena Harwood" for p, _ in found)


# --- Which party, and which by-election counts ---------------------------------------------------

def test_a_party_the_sentence_never_names_is_left_null(nlp):
    text = ("The Green Party has had a torrid year in Hallam. Since the resignation of Cllr "
            "Rhona Patel in March, the party has had no councillors in the borough.")
    ev = run(nlp, text)[("Rhona Patel", "resigned")]
    assert ev.party_from is None


def test_a_by_election_around_the_resignation_makes_it_a_seat(nlp):
    text = ("By-election called in Northfield. Voters in Northfield will go to the polls on 4 "
            "July. The poll follows the resignation of Labour councillor Dora Pike last month.")
    assert not run(nlp, text)


def test_a_by_election_won_long_before_says_nothing_of_this_resignation(nlp):
    text = ("Residents in Down have been told of the change. Cllr Una Garvey first won her seat "
            "at a by-election in 2015. She was re-elected in 2019 and 2023. She later chaired "
            "the planning committee. The SDLP group leader said he was saddened by the news of "
            "Ms Garvey's resignation.")
    assert run(nlp, text)[("Una Garvey", "resigned")].party_from == "SDLP"
