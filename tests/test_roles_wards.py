"""Wards and seats in the wordings local and foreign copy uses."""

from __future__ import annotations

import pytest

from floorcross.nlp.seats import best_seat, seats_in


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


@pytest.mark.parametrize(("text", "seat"), [
    # a constituency or district before the post, possessive included
    ("The Ashby and Fenwold MP's defection leaves the government weaker.", "Ashby and Fenwold"),
    ("Following the Kettlebrook MP's move, Labour has a majority of four.", "Kettlebrook"),
    ("The Riverbend legislator said the party had left him behind.", "Riverbend"),
    ("The Lakeside Assembly member said", "Lakeside"),
    # "for" after the post, a lower-case compass word kept inside a compound name
    ("The MP for Kettlebrook said she could no longer stay.", "Kettlebrook"),
    ("The Assembly member for Foyle and south Derry said", "Foyle and south Derry"),
    ("Fermanagh and south Tyrone MLA Ann Reid", "Fermanagh and south Tyrone"),
    ("Gwen Price, the Member of the Senedd for Arfon West, said", "Arfon West"),
    ("Peter Grant, county councillor for the Elmstead and Byford Division,",
     "Elmstead and Byford"),
    # the seat as the person's own
    ("Ms Varley, whose Ashdale seat she has held since 2011, said", "Ashdale"),
    ("He will defend his Upper Fenwick and Dale constituency as an independent.",
     "Upper Fenwick and Dale"),
    # a back reference with a describing word before the place
    ("The now-independent Deanshanger councillor said he was let down.", "Deanshanger"),
    ("The Brackleigh councillor said he was let down.", "Brackleigh"),
])
def test_more_seat_wordings(text: str, seat: str) -> None:
    assert best_seat([text]) == seat


@pytest.mark.parametrize("text", [
    "Federal Liberal MP Sarah Booth has quit the party.",
    "The Federal Liberal MP said she was leaving.",
    "Texas lawmaker Carlos Vega switched parties.",
    "State legislator Carlos Vega switched parties.",
    "London Assembly member Sian Rees quit the Greens.",
    "Longtime councillor Ann Vale quit.",
    "The Reform Party councillor quit.",
])
def test_party_and_state_words_are_never_seats(text: str) -> None:
    assert best_seat([text]) is None


def test_a_ward_alone_in_brackets_goes_to_the_name_before_it() -> None:
    from floorcross.extract.roles import placement

    text = "Cllrs Ann Hale (Walcot) and Tom Bell (Lansdown) have quit the Conservatives."
    assert placement([text], text, None, "Ann Hale").ward == "Walcot"
    assert placement([text], text, None, "Tom Bell").ward == "Lansdown"


@pytest.mark.parametrize("text", [
    "Ann Hale (pictured) has quit.",
    "Ann Hale (Pictured) has quit.",
    "Ann Hale (The Guardian) has quit.",
    "Ann Hale (Labour) and Tom Bell (Lib Dem) have quit.",
])
def test_brackets_that_hold_no_seat(text: str) -> None:
    assert best_seat([text]) is None


@pytest.mark.parametrize(("text", "person", "ward"), [
    # the seat in a later sentence naming only the person
    ("Councillor Alan Briggs has been suspended. Mr Briggs was first elected in 2019 to "
     "represent the Sherburn ward on the district council.", "Alan Briggs", "Sherburn"),
    ("Conservative MP Alan Prior has defected to Reform UK. Mr Prior has held the constituency "
     "of Ashford Vale since 2019.", "Alan Prior", "Ashford Vale"),
    ("Ravi Tomar has joined the BJP. Tomar, who is the MLA for Barwaha, said he was ignored.",
     "Ravi Tomar", "Barwaha"),
])
def test_seat_in_a_sentence_of_the_person_alone(text: str, person: str, ward: str) -> None:
    from floorcross.extract.roles import placement

    assert placement([text.split(". ")[0]], text, None, person).ward == ward


def test_seat_in_a_sentence_naming_someone_else_is_not_taken() -> None:
    from floorcross.extract.roles import placement

    text = ("Councillor Alan Briggs has been suspended. Mr Briggs praised Jane Cole, who "
            "represents the Sherburn ward.")
    assert placement([text.split(". ")[0]], text, None, "Alan Briggs").ward is None


@pytest.mark.parametrize("text", [
    "A resident said he had written to [Mr Holt's ward] officers about it.",
    "Cllr Holt's ward is among the poorest in the city.",
    "Mrs Holt's ward was hit by flooding.",
])
def test_a_person_owning_a_ward_is_not_its_name(text: str) -> None:
    assert all(s.name.split()[0] not in ("Mr", "Cllr", "Mrs") for s in seats_in(text))


@pytest.mark.parametrize(("text", "seat"), [
    # a ward before the name, after a party or with the short title
    ("Battenhall Cllr Jo Wren has quit the Green Party.", "Battenhall"),
    ("Green Party Battenhall councillor Jo Wren has quit.", "Battenhall"),
    ("Independent Battenhall ward councillor Jo Wren joined the Greens.", "Battenhall"),
    # Indian copy: the house before the seat's kind, "won from"
    ("Ravi Tomar, who represents Barwaha assembly constituency, joined the BJP.", "Barwaha"),
    ("Tomar, who won from Barwaha in 2018, joined the BJP in Bhopal.", "Barwaha"),
    ("Ravi Tomar, the MLA from Khandwal Assembly seat, joined the BJP.", "Khandwal"),
])
def test_seat_before_the_name_and_indian_wordings(text: str, seat: str) -> None:
    assert best_seat([text]) == seat


@pytest.mark.parametrize("text", [
    "Ravi Tomar, who represents Barwaha assembly constituency, joined the BJP.",
    "Ravi Tomar has joined the BJP. Tomar, who won from Barwaha in 2018, spoke in Bhopal.",
    "Ravi Tomar, who won the Barwaha seat for the Congress, has joined the BJP.",
])
def test_an_indian_seat_makes_a_state_legislator(text: str) -> None:
    from floorcross.extract.roles import placement

    assert placement([text.split(". ")[0]], text, None, "Ravi Tomar").role == "mla"


@pytest.mark.parametrize("text", [
    "Last Friday Coun Ann Vale decided to rejoin the Liberal Democrats.",
    "Yesterday Cllr Ann Vale quit the party.",
    "On Thursday Cllr Ann Vale quit the party.",
])
def test_time_words_before_a_title_are_no_ward(text: str) -> None:
    assert best_seat([text]) is None
