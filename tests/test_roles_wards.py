"""Wards and seats in the wordings local and foreign copy uses."""

from __future__ import annotations

import pytest

from floorcross.nlp.seats import best_seat


@pytest.mark.parametrize(("text", "seat"), [
    ("Norham and Islandshire's Cllr Mark Rowe has quit the Conservatives.",
     "Norham and Islandshire"),
    ("Nether Wick's councillor Tom Lee said he was leaving.", "Nether Wick"),
    ("Cllr Ann Hale (Lab, Walcot) has been suspended.", "Walcot"),
    ("Cllr Ann Hale (Walcot, Con) has been suspended.", "Walcot"),
    ("Cllr Ann Hale (Ind, Upper Marsh) has joined the Greens.", "Upper Marsh"),
    ("Cllr Gwen Price, who represents the village of Brynfa, has quit.", "Brynfa"),
    ("He represents the town of Llanwen on the county council.", "Llanwen"),
    ("The Louth TD said he would sit as an independent.", "Louth"),
    ("Jamnagar (Rural) MLA Rakesh Patel resigned from the party.", "Jamnagar (Rural)"),
])
def test_ward_wordings(text: str, seat: str) -> None:
    assert best_seat([text]) == seat


@pytest.mark.parametrize("text", [
    "Unionist councillor Tom Reed has joined the DUP.",
    "Ulster Unionist councillor Tom Reed has joined the DUP.",
    "Gujarat Congress MLA Ravi Shah has joined the BJP.",
    "Gujarat MLA Ravi Shah has joined the BJP.",
    "Labour's Cllr Ann Vale has been suspended.",
    "Cllr Ann Hale (Lab, Con) has been suspended.",
])
def test_party_words_and_states_are_not_wards(text: str) -> None:
    assert best_seat([text]) is None


def test_an_indian_mla_is_not_at_stormont() -> None:
    from floorcross.extract.roles import placement

    text = "Former Congress MLA Arjun Mehta joined the BJP in Gandhinagar on Friday."
    assert placement([text], text, None, "Arjun Mehta").body is None
    ni = "Former UUP MLA Ann Reid has joined the DUP at Stormont."
    assert placement([ni], ni, None, "Ann Reid").body == "Northern Ireland Assembly"
