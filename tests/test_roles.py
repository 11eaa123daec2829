"""Role, council and ward of a person from the words around their name (invented people and
places, worded the way local and national outlets write)."""

from __future__ import annotations

from datetime import date

import pytest

from floorcross.extract.roles import nearby_contexts, placement, role_in
from floorcross.nlp.council_mentions import council_mentions
from floorcross.nlp.seats import best_seat, seats_in

ON = date(2024, 3, 14)


@pytest.mark.parametrize(("text", "role"), [
    ("Senedd member Gwen Price", "ms"),
    ("former AM Dafydd Rowlands", "ms"),
    ("Ulster MLA Sam Irwin", "mla"),
    ("the Sligo-Leitrim TD", "mp"),
    ("State senator Maria Gonzalez", None),
    ("Assemblywoman Rosa Diaz", None),
    ("Tom Ash set out the party's official stance", None),
    ("a party official, Tom Ash", "party_official"),
])
def test_role_words(text: str, role: str | None) -> None:
    assert role_in(text)[0] == role


def test_conjoined_roles_go_to_the_nearest_name() -> None:
    text = "An SNP MP, Kenny Rae, and a local councillor, Lynne Morrow"
    assert role_in(text, text.index("Kenny"))[0] == "mp"
    assert role_in(text, text.index("Lynne"))[0] == "councillor"


def test_contexts_naming_the_person_come_first() -> None:
    got = placement(["An SNP MP and local councillor",
                     "Kenny Rae, the MP for Dunfermline West,"], "", ON, person="Kenny Rae")
    assert (got.role, got.ward) == ("mp", "Dunfermline West")


def test_role_carried_from_a_plural_head_before_a_list() -> None:
    article = ("Four MPs suspended by Labour last summer have had the whip restored. Labour has "
               "restored the whip to Ann Tolley, Brian Fenwick and Dev Patel.")
    assert placement(["Brian Fenwick"], article, ON, person="Brian Fenwick").role == "mp"


def test_back_reference_in_the_next_sentence_gives_role_and_seat() -> None:
    article = ("Fine Gael TD Padraig Moran has resigned from the party. The Sligo-Leitrim TD "
               "said he could not support the budget.")
    assert nearby_contexts("Padraig Moran", article) == ["The Sligo-Leitrim TD"]
    got = placement(["Fine Gael TD Padraig Moran"], article, ON, person="Padraig Moran")
    assert (got.role, got.ward) == ("mp", "Sligo-Leitrim")


@pytest.mark.parametrize(("context", "body"), [
    ("Cllr Joe Bloggs, who sits on Armagh City, Banbridge and Craigavon Borough Council,",
     "Armagh City, Banbridge and Craigavon Borough Council"),
    ("Tom Brackley, a Lib Dem member of Gosport borough council,", "Gosport Borough Council"),
    ("Iain Gow, group leader on Glasgow City Council,", "Glasgow City Council"),
    ("Ravi Sandhu, the Mayor of Hounslow,", "London Borough of Hounslow"),
])
def test_body_from_the_persons_words(context: str, body: str) -> None:
    assert placement([context], context, ON, person=context.split(",")[0].split()[-1]).body \
        == body


def test_member_of_a_council_is_a_councillor() -> None:
    context = "Tom Brackley, a Lib Dem member of Gosport borough council,"
    assert placement([context], context, ON, person="Tom Brackley").role == "councillor"


def test_council_of_another_post_is_never_the_body() -> None:
    context = "Cllr Max Tate, who was deputy mayor of Hatfield Town Council,"
    got = placement([context], context, ON, person="Max Tate")
    assert got.role == "councillor" and got.body is None
    found = council_mentions(context + " He sits on Welwyn Hatfield Borough Council.", ON)
    assert [(m.name, m.post) for m in found] == [
        ("Hatfield Town Council", True), ("Welwyn Hatfield Borough Council", False)]


def test_bracketed_acronym_means_that_council_later() -> None:
    article = ("Two members of South Cambridgeshire District Council (SCDC) have quit. "
               "Cllr Rita Voss said the SCDC group had lost its way.")
    got = placement(["Cllr Rita Voss said the SCDC group had lost its way."], article, ON,
                    person="Rita Voss")
    assert got.body == "South Cambridgeshire District Council"


def test_the_borough_council_takes_the_place_nearby_and_its_successor() -> None:
    article = ("Kate Lowry, a councillor who represents central Bournemouth, has left Labour. "
               "She was elected to the borough council in 2019.")
    got = placement(["Kate Lowry, a councillor who represents central Bournemouth,"], article,
                    ON, person="Kate Lowry")
    assert got.body == "Bournemouth, Christchurch and Poole Council"


def test_a_shortened_council_name_is_widened_when_only_one_council_fits() -> None:
    found = council_mentions("Cllr Ann Lee of East Riding Council quit.", ON)
    assert [m.name for m in found] == ["East Riding of Yorkshire Council"]
    assert council_mentions("the Borough Council elections", ON) == []


@pytest.mark.parametrize(("text", "seat"), [
    ("Cllr Ann Lee, who represents Bramhall North on Stockport Council,", "Bramhall North"),
    ("Tom Bell, member for Bretton, said", "Bretton"),
    ("The Heston East Councillor said", "Heston East"),
    ("The Moor Park councillor told the paper", "Moor Park"),
    ("he was first elected for Labour in Carnforth North in 2015", "Carnforth North"),
    ("he represents the central ward", "Central"),
    ("Tom Hay, who represents Kirkcaldy and Cowdenbeath at Westminster,",
     "Kirkcaldy and Cowdenbeath"),
    ("who represents the region of Mid and West Wales in the Senedd.", "Mid and West Wales"),
    ("The Carmarthen East and Dinefwr MP said", "Carmarthen East and Dinefwr"),
    ("Cavan-Monaghan TD Pat Joyce", "Cavan-Monaghan"),
    ("Newcastle MP Ann Rowe, who represents Newcastle upon Tyne East.",
     "Newcastle upon Tyne East"),
    ("Cllr Sara Mir, who represents Oldtown, Millbrook & Fenside ward,",
     "Oldtown, Millbrook & Fenside"),
])
def test_seat_wordings(text: str, seat: str) -> None:
    assert best_seat([text]) == seat


@pytest.mark.parametrize("text", [
    "Alberta MP Matt Jones crossed the floor.",
    "Ontario MP Lisa Chen said",
    "The Kirklees councillor said",
    "Labour councillor Ann Bell",
    "Former Labour MP Tom Hale",
])
def test_not_seats(text: str) -> None:
    assert seats_in(text) == []


def test_a_council_name_never_runs_over_a_sentence_end() -> None:
    assert council_mentions("Cllr Ann Vale quit Labour in Fenmouth. The council is hung.", ON) \
        == []
    assert council_mentions("She praised a friendly council nearby.", ON) == []


def test_body_nearest_the_name_in_a_shared_context() -> None:
    context = ("former Tory councillor Ann Lee of Kirklees Council and Wakefield councillor "
               "Tom Hale")
    assert placement([context], context, ON, person="Tom Hale").body == (
        "Wakefield Metropolitan District Council")
    assert placement([context], context, ON, person="Ann Lee").body == "Kirklees Council"


def test_back_reference_far_down_when_no_one_else_is_titled() -> None:
    article = ("Cllr Rhian Moss has rejoined Labour. The party welcomed her back. A vote on the "
               "budget is due in May. Local campaigners were pleased. The Abbey Fields councillor "
               "said she was delighted.")
    got = placement(["Cllr Rhian Moss"], article, ON, person="Rhian Moss")
    assert got.ward == "Abbey Fields"


def test_back_reference_far_down_is_ignored_when_others_are_titled() -> None:
    article = ("Cllr Rhian Moss has rejoined Labour. Cllr Tom Hale spoke next. A vote is due. "
               "The Abbey Fields councillor said he was delighted.")
    assert placement(["Cllr Rhian Moss"], article, ON, person="Rhian Moss").ward is None


def test_seat_in_a_pronoun_sentence_after_the_name() -> None:
    article = ("Neil Parry has been suspended by Plaid Cymru. He represents the region of "
               "Mid and West Wales in the Senedd.")
    got = placement(["Neil Parry"], article, ON, person="Neil Parry")
    assert got.ward == "Mid and West Wales"


def test_a_peer_sitting_in_the_senedd_is_a_member_there() -> None:
    got = placement(["Lord Elwyn Price", "Lord Price, the Member of the Senedd for Dwyfor,"],
                    "", ON, person="Elwyn Price")
    assert got.role == "ms"


@pytest.mark.parametrize("text", [
    "The LONG-SERVING Conservative councillor quit.",
    "The West Midlands councillor quit.",
    "The Plaid Cymru councillor quit.",
    "The Workers Party councillor quit.",
])
def test_descriptions_before_councillor_are_not_wards(text: str) -> None:
    assert seats_in(text) == []


def test_possessive_place_before_the_name() -> None:
    context = ("another councillor who has left the Scottish Tories, North Lanarkshire's "
               "Poppy Marr, and Glasgow City Council's Tom Hale")
    got = placement([context], context, ON, person="Poppy Marr")
    assert got.body == "North Lanarkshire Council"
