"""Lists and groups of named people: apposition lists with each member's seat ("The lawmakers,
A from X, B representing Y, and C of Z"), one line per person ("Councillor X (Body) is joining
the UUP"), three-word names kept whole and a surname shared by two first names ("Pat and Ted
Flynn"). All people and places are invented."""

from __future__ import annotations

from datetime import date

import pytest

from floorcross.extract.events import extract_events
from floorcross.types import CleanedArticle

PUB = date(2025, 3, 14)


def people(nlp, text: str) -> dict:
    events = extract_events(CleanedArticle(text=text, published=PUB), nlp)
    return {e.person: e for e in events}


@pytest.mark.parametrize(("text", "names"), [
    # Nigerian wire copy: each senator with the district they represent
    ("Three senators have defected from the Peoples Democratic Party to the All Progressives "
     "Congress. The lawmakers, Musa Adeyemi from Kogi, Bello Okafor representing Enugu North, "
     "and Ibrahim Danjuma of Kaduna Central, announced their move in a letter read on the "
     "floor of the Nigerian Senate on Tuesday.",
     {"Musa Adeyemi", "Bello Okafor", "Ibrahim Danjuma"}),
    # the same shape in British council copy, seats given as wards
    ("Three councillors have quit Labour to join the Green Party. The councillors, Ann Tolley "
     "of Bramley ward, Jim Roebuck representing Eastfield, and Sue Parkin from Ashby, said "
     "their decision followed months of disagreement.",
     {"Ann Tolley", "Jim Roebuck", "Sue Parkin"}),
])
def test_apposition_list_with_seats(nlp, text, names):
    evs = people(nlp, text)
    assert set(evs) == names
    assert all(e.type == "defected" for e in evs.values())


def test_the_seat_in_a_list_is_never_a_person(nlp):
    evs = people(nlp, "Three senators have defected from the Peoples Democratic Party to the All "
                      "Progressives Congress. The lawmakers, Musa Adeyemi from Kogi, Bello "
                      "Okafor representing Enugu North, and Ibrahim Danjuma of Kaduna Central, "
                      "announced their move on Tuesday.")
    assert "Enugu North" not in evs and "Kaduna Central" not in evs
    assert {e.party_from for e in evs.values()} == {"Peoples Democratic Party"}
    assert {e.party_to for e in evs.values()} == {"All Progressives Congress"}


def test_one_line_per_councillor(nlp):
    evs = people(nlp, "Two Fermanagh councillors are to leave the DUP tonight.\n"
                      "Councillor Aidan Corr (Fermanagh and Omagh District Council) is joining "
                      "the UUP.\nCouncillor Ruth Semple (Mid Ulster District Council) is joining "
                      "the Conservatives.\nBoth said they had been made welcome.")
    assert evs["Aidan Corr"].party_to == "UUP"
    assert evs["Ruth Semple"].party_to == "Conservative"


@pytest.mark.parametrize("text", [
    "Six Liberal Democrat councillors have resigned from the party and will sit as independents "
    "on Kilmara County Council. They are Doreen Brophy Lee, Pat and Ted Flynn, Seamus Hogan, "
    "Mary Keane and Liam O'Dowd.",
    "Councillor Doreen Brophy Lee has quit the Liberal Democrats. Ms Brophy Lee said she had "
    "been treated badly by the group.",
])
def test_three_word_name_kept_whole(nlp, text):
    evs = people(nlp, text)
    assert "Doreen Brophy Lee" in evs
    assert "Brophy Lee" not in evs


def test_shared_surname_pair(nlp):
    evs = people(nlp, "Six Liberal Democrat councillors have resigned from the party and will "
                      "sit as independents on Kilmara County Council. They are Doreen Brophy "
                      "Lee, Pat and Ted Flynn, Seamus Hogan, Mary Keane and Liam O'Dowd.")
    assert {"Pat Flynn", "Ted Flynn"} <= set(evs)
    assert "Pat" not in evs
    assert len(evs) == 6
