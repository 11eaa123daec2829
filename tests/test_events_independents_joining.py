"""Independents joining a party, told the ways UK and Irish outlets tell it: "the party" joined
by someone described as an independent, "joined up with" a party after a spell as an
independent, and a candidacy "as an independent" that is no leaving. Leaving a party one had
joined from Independent says nothing of where the leaver went. All people and places are
invented."""

from __future__ import annotations

from datetime import date

import pytest

from floorcross.extract.events import extract_events
from floorcross.types import CleanedArticle

PUB = date(2023, 5, 4)


def run(nlp, text: str) -> list:
    return extract_events(CleanedArticle(text=text, published=PUB), nlp)


def kinds(events, person: str) -> dict:
    return {e.type: e for e in events if e.person == person}


@pytest.mark.parametrize(("text", "person", "party"), [
    # a relative clause giving the earlier standing, "joined the party" (Irish regional daily)
    ("A Kerry county councillor has resigned from Fine Gael just days after the local "
     "elections.\n\nMary Dunne officially resigned from the party this morning.\n\nDunne, who "
     "had been an Independent councillor, joined the party just weeks before the election.",
     "Mary Dunne", "Fine Gael"),
    # an apposition with a year on it (local radio)
    ("Councillor Tom Ashe has left Fianna Fáil, citing a row over housing in his area.\n\n"
     "Ashe, an independent until 2018, joined the party before the last local elections.",
     "Tom Ashe", "Fianna Fáil"),
    # "elected as an independent" (national daily)
    ("Sinn Féin has lost a councillor in Ballycorrig after Cllr Orla Kinsella resigned from the "
     "party on Tuesday.\n\nKinsella, who was elected as an independent in 2014, joined the "
     "party three years later.", "Orla Kinsella", "Sinn Féin"),
])
def test_independent_joined_the_party_later_left(nlp, text, person, party):
    evs = kinds(run(nlp, text), person)
    assert set(evs) == {"resigned", "defected"}
    assert (evs["defected"].party_from, evs["defected"].party_to) == ("Independent", party)
    # the leaving is from the party joined; where the leaver went is not said
    assert (evs["resigned"].party_from, evs["resigned"].party_to) == (party, None)


def test_join_told_by_its_distance_from_an_election_is_not_dated_today(nlp):
    text = ("A Kerry county councillor has resigned from Fine Gael just days after the local "
            "elections.\n\nMary Dunne officially resigned from the party this morning.\n\n"
            "Dunne, who had been an Independent councillor, joined the party just weeks before "
            "the election.")
    evs = kinds(run(nlp, text), "Mary Dunne")
    assert evs["defected"].date != PUB.isoformat()


def test_joined_up_with_after_a_spell(nlp):
    text = ("A councillor elected for the Conservatives has joined up with Reform UK.\n\n"
            "Cllr Petra Vance left the Conservatives in 2023 and has sat as an independent on "
            "Marlow Vale District Council since then. She has now joined up with Reform UK.")
    evs = kinds(run(nlp, text), "Petra Vance")
    assert (evs["defected"].party_from, evs["defected"].party_to) == ("Independent", "Reform UK")
    assert (evs["resigned"].party_from, evs["resigned"].party_to) == (
        "Conservative", "Independent")


@pytest.mark.parametrize("text", [
    "Dermot Fahy stood as an independent in the March by-election, backed by councillor Nora "
    "Quill, who was herself expelled from Labour in 2019.",
    "Dermot Fahy ran as an independent last May, when the Labour group lost two seats to the "
    "Greens.",
])
def test_standing_as_an_independent_is_no_leaving(nlp, text):
    assert not [e for e in run(nlp, text) if e.person == "Dermot Fahy"]
