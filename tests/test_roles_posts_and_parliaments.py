"""Role, body and ward families: civic posts held by councillors, parliaments outside the UK,
seats given in lists and beside "representative", and councils named away from the person
(invented people, written the way local and national outlets phrase them)."""

from __future__ import annotations

from datetime import date

import pytest

from floorcross.extract.chambers import chamber
from floorcross.extract.role_words import role_in
from floorcross.extract.roles import placement
from floorcross.nlp.council_mentions import council_mentions
from floorcross.nlp.seats import best_seat, respective_seat

ON = date(2024, 5, 10)


# --- Civic posts: a councillor's, never a peer's --------------------------------------------

@pytest.mark.parametrize(("text", "role"), [
    ("Former Lord Mayor Peter Danvers", "councillor"),
    ("Ruth Kaye, a former lord mayor of the city,", "councillor"),
    ("ex-mayor Colin Redd", "councillor"),
    ("Deputy mayor Peter Glynn", "councillor"),
    ("Lord Provost Moira Dunn", "councillor"),
    ("Deputy council leader Maggie Orr", "councillor"),
    ("The deputy leader of Bolton Council's Conservative group, Sam Frew,", "councillor"),
    ("Lord Mayor Patricia Hume", "mayor"),
    ("Lord Fennimore, a Conservative peer,", "peer"),
    ("former MP Jon Hale", None),
])
def test_civic_posts(text: str, role: str | None) -> None:
    assert role_in(text, text.index(text.split()[-1]))[0] == role


def test_a_former_mayor_sits_on_the_council_of_the_town() -> None:
    ctx = "Conservative councillor and former mayor of Gosport, Ann Wiltshire,"
    got = placement([ctx], ctx, ON, person="Ann Wiltshire")
    assert (got.role, got.body) == ("councillor", "Gosport Borough Council")


def test_a_lord_mayor_is_not_put_in_the_house_of_lords() -> None:
    text = "The Lord Mayor, Cllr Dennis Gale, has left the Conservatives."
    got = placement([text], text, ON, person="Dennis Gale")
    assert got.role != "peer" and got.body != "House of Lords"


# --- Parliaments outside the UK --------------------------------------------------------------

@pytest.mark.parametrize(("text", "person", "body"), [
    ("Senator Jane Harlow has quit the Liberal Party to sit on the crossbench.",
     "Jane Harlow", "Senate"),
    ("Queensland senator Rick Dorran has left One Nation.", "Rick Dorran", "Senate"),
    ("The Sinn Féin senator Niamh Carey left the party, the Seanad heard.", "Niamh Carey",
     "Seanad"),
    ("State Sen. Dale Hicks switched parties, handing Republicans a supermajority in the Ohio "
     "Senate.", "Dale Hicks", "Ohio Senate"),
    ("State senator Lyle Cobb has become a Republican.", "Lyle Cobb", None),
])
def test_senators_sit_in_a_senate(text: str, person: str, body: str | None) -> None:
    got = placement([text], text, ON, person=person)
    assert (got.role, got.body) == (None, body)


@pytest.mark.parametrize(("text", "person", "body"), [
    ("ANC MP Zola Dube has crossed to the EFF, the National Assembly was told.", "Zola Dube",
     "National Assembly"),
    ("Veteran DA MP Sipho Khumalo has resigned from the Democratic Alliance.", "Sipho Khumalo",
     "National Assembly"),
    ("Fianna Fáil TD Declan Moore will sit as an independent.", "Declan Moore", "Dáil"),
    ("Trinamool Congress MP Sukhen Roy has joined the BJP before the Lok Sabha polls.",
     "Sukhen Roy", "Lok Sabha"),
    ("BJP Rajya Sabha MP Anil Rao has resigned from the party.", "Anil Rao", "Rajya Sabha"),
    ("Labour MP Tom Ridley has defected to the Greens at Westminster.", "Tom Ridley", None),
])
def test_mps_outside_the_uk_get_their_house(text: str, person: str, body: str | None) -> None:
    got = placement([text], text, ON, person=person)
    assert (got.role, got.body) == ("mp", body)


def test_a_welsh_national_assembly_is_not_a_foreign_one() -> None:
    text = ("Former MP Gwen Pryce, who once sat in the National Assembly for Wales, has quit "
            "Plaid Cymru. Her successor as MP, Ifor Rhys, said little.")
    assert chamber("mp", [text], text) is None


def test_an_indian_mla_gets_the_state_assembly_the_article_names() -> None:
    text = ("Congress MLA Ramesh Patil joined the BJP on Monday, weeks before the Maharashtra "
            "Legislative Assembly polls.")
    assert placement([text], text, ON, person="Ramesh Patil").body == (
        "Maharashtra Legislative Assembly")


# --- Wards -----------------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "seats"), [
    ("Conservative councillors Tom Ashe and Ruth Pell, councillors in Hawkwell South, and "
     "Ashingdon and Canewdon respectively, have resigned.",
     {"Tom Ashe": "Hawkwell South", "Ruth Pell": "Ashingdon and Canewdon"}),
    ("Cllrs Ann Bell, Joe Kerr and Sam Dyer, who represent Abbey, Castle and Priory wards "
     "respectively, quit on Monday.",
     {"Ann Bell": "Abbey", "Joe Kerr": "Castle", "Sam Dyer": "Priory"}),
    ("Independents Mary Fox and Tom Hill sit for the Moor and Dale divisions respectively.",
     {"Mary Fox": "Moor", "Tom Hill": "Dale"}),
])
def test_respective_wards_follow_the_order_of_the_names(sentence: str,
                                                         seats: dict[str, str]) -> None:
    for person, seat in seats.items():
        assert respective_seat(sentence, [person]) == seat


def test_respectively_without_seats_gives_none() -> None:
    sentence = "Mary Fox and Tom Hill were elected in 2019 and 2022 respectively."
    assert respective_seat(sentence, ["Mary Fox"]) is None


def test_respective_ward_reaches_placement() -> None:
    text = ("Councillors Ivy Lamb and Owen Pike, who represent Northgate and Eastfield "
            "respectively, have left Labour.")
    assert placement(["Owen Pike"], text, ON, person="Owen Pike").ward == "Eastfield"


@pytest.mark.parametrize(("text", "person", "role", "ward"), [
    ("Bushey representative Ian Crale has left the Liberal Democrats to sit as an independent "
     "on Hertsmere Borough Council.", "Ian Crale", "councillor", "Bushey"),
    ("Cheshunt representative Lara Quin has quit the Conservative group on the council.",
     "Lara Quin", "councillor", "Cheshunt"),
])
def test_a_place_representative_is_its_councillor(text: str, person: str, role: str,
                                                  ward: str) -> None:
    got = placement([text], text, ON, person=person)
    assert (got.role, got.ward) == (role, ward)


@pytest.mark.parametrize("text", [
    "Unison representative Kath Boyle said the council had failed staff.",
    "Veteran DA MP Sipho Khumalo has resigned.",
    "AAP MLA Harpal Singh has joined the Congress.",
])
def test_unions_and_party_initials_are_not_seats(text: str) -> None:
    assert best_seat([text]) is None


def test_the_seat_in_a_back_reference_sentence() -> None:
    text = ("Former Lord Mayor Peter Danvers has quit the Labour Party. The councillor, who "
            "represents Hillside ward, said he had been left with no choice.")
    got = placement(["Former Lord Mayor Peter Danvers"], text, ON, person="Peter Danvers")
    assert (got.role, got.ward) == ("councillor", "Hillside")


# --- Councils named away from the person ------------------------------------------------------

def test_a_possessive_london_borough() -> None:
    found = council_mentions("A row on the London Borough of Newham's cabinet.", ON)
    assert [m.name for m in found] == ["London Borough of Newham"]


def test_a_ward_the_data_knows_names_its_council() -> None:
    text = "Splott councillor Dai Morgan has quit Labour. Newport was quiet."
    got = placement(["Splott councillor Dai Morgan"], text, ON, person="Dai Morgan")
    assert (got.body, got.ward) == ("City of Cardiff Council", "Splott")


def test_a_lower_case_council_name() -> None:
    text = "Cllr Neil Hay, a member of Gravesham borough council, has resigned from Labour."
    assert placement([text], text, ON, person="Neil Hay").body == "Gravesham Borough Council"
