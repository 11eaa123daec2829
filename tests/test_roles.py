"""Role, council and ward of a person from the words around their name (invented people and
places, worded the way local and national outlets write)."""

from __future__ import annotations

from datetime import date

import pytest

from floorcross.extract.backrefs import nearby_contexts
from floorcross.extract.role_words import role_in
from floorcross.extract.roles import placement
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


@pytest.mark.parametrize(("article", "person", "role", "ward"), [
    # a back reference in the next sentence, with the seat after the post
    ("Conservative MP Helen Marsh has defected to the Liberal Democrats. The MP for Kettlebrook "
     "said she could no longer defend the government.", "Helen Marsh", "mp", "Kettlebrook"),
    # mid-sentence, when nobody else is named there
    ("Labour MP Rhona Feld has quit the party. The news was welcomed by the Greens, and the Upper "
     "Dale and Marsh MP said she would sit as an independent.", "Rhona Feld", "mp",
     "Upper Dale and Marsh"),
    # a district before "legislator" in US copy: a seat, and no role from the register's list
    ("State Representative Carlos Vega has switched to the Republican Party. The Riverbend "
     "legislator said the party had left him behind.", "Carlos Vega", None, "Riverbend"),
    ("Councillor Mark Tilby has left Reform UK. The now-independent Brackleigh councillor said "
     "he had been let down.", "Mark Tilby", "councillor", "Brackleigh"),
])
def test_back_references_after_the_name(article: str, person: str, role: str | None,
                                         ward: str) -> None:
    first = article.split(". ")[0]
    got = placement([first], article, ON, person=person)
    assert (got.role, got.ward) == (role, ward)


@pytest.mark.parametrize(("article", "role", "body"), [
    ("Sinn Féin's Niamh Doherty has resigned from the party. The Assembly member for Foyle and "
     "south Derry said she had been treated unfairly.", "mla", "Northern Ireland Assembly"),
    ("Plaid Cymru's Niamh Doherty has quit. The Assembly member said she would sit alone in "
     "Cardiff Bay.", "ms", "Senedd"),
    ("Green Niamh Doherty has quit the party. The London Assembly member said she would stay on.",
     None, None),
])
def test_a_bare_assembly_member_sits_where_the_article_says(article: str, role: str | None,
                                                            body: str | None) -> None:
    first = article.split(". ")[0]
    got = placement([first], article, ON, person="Niamh Doherty")
    assert (got.role, got.body) == (role, body)


@pytest.mark.parametrize(("context", "role"), [
    ("Ciara Boyle, a district councillor and MLA for Foyle,", "mla"),
    ("Ciara Boyle, an MLA and Mid Ulster councillor,", "mla"),
    ("Sinn Féin MLA Ciara Boyle, who is also a councillor on Mid Ulster District Council,",
     "mla"),
    ("A councillor, Ciara Boyle, and an SNP MP, Tom Reid,", "councillor"),
    ("SDLP councillor Ciara Boyle, a former MLA,", "councillor"),
])
def test_one_person_with_two_seats_is_named_by_the_higher(context: str, role: str) -> None:
    assert placement([context], context, ON, person="Ciara Boyle").role == role


@pytest.mark.parametrize(("context", "body"), [
    ("Sam Patel, who represents Riverside ward on the city council in Leicester,",
     "Leicester City Council"),
    ("Sam Patel, who represents the Abbey Meadows division,", None),
])
def test_a_ward_said_to_be_the_persons_makes_a_councillor(context: str, body: str | None) -> None:
    got = placement([context], context, ON, person="Sam Patel")
    assert (got.role, got.body) == ("councillor", body)


@pytest.mark.parametrize(("context", "person", "expected"), [
    ("a Kirklees councillor, Omar Haddad,", "Omar Haddad",
     ("councillor", "Kirklees Council", None)),
    ("Omar Haddad, who represents Riverside ward on Kirklees Council,", "Omar Haddad",
     ("councillor", "Kirklees Council", "Riverside")),
    ("Omar Haddad, county councillor for the Holme Vale division on Kent County Council,",
     "Omar Haddad", ("councillor", "Kent County Council", "Holme Vale")),
    ("Omar Haddad, the MP for Fenwick Dale,", "Omar Haddad", ("mp", None, "Fenwick Dale")),
    ("SNP MSP Moira Keane", "Moira Keane", ("msp", "Scottish Parliament", None)),
    ("Moira Keane, Member of the Senedd for Ogmore Vale,", "Moira Keane",
     ("ms", "Senedd", "Ogmore Vale")),
    ("Kildare North TD Moira Keane", "Moira Keane", ("mp", "Dáil", "Kildare North")),
    ("Senator Moira Keane", "Moira Keane", (None, "Senate", None)),
    ("Former MP Tom Hale", "Tom Hale", (None, None, None)),
    ("Former SNP MSP Tom Hale", "Tom Hale", ("msp", "Scottish Parliament", None)),
    ("Tom Hale, a former councillor,", "Tom Hale", (None, None, None)),
    ("Former Labour councillor Tom Hale", "Tom Hale", ("councillor", None, None)),
])
def test_roles_bodies_and_seats_as_outlets_write_them(context: str, person: str,
                                                      expected: tuple) -> None:
    got = placement([context], context, ON, person=person)
    assert (got.role, got.body, got.ward) == expected


def test_a_known_ward_names_its_council() -> None:
    context = "The Deanshanger councillor Tom Hale"
    got = placement([context], context, ON, person="Tom Hale")
    assert (got.body, got.ward) == ("West Northamptonshire Council", "Deanshanger")


def test_a_ward_name_shared_by_councils_takes_the_one_the_article_names() -> None:
    article = "Cllr Tom Hale, who represents Wharfedale ward, has quit. Bradford's leader spoke."
    got = placement(["Cllr Tom Hale, who represents Wharfedale ward,"], article, ON,
                    person="Tom Hale")
    assert got.body == "City of Bradford Metropolitan District Council"
    alone = "Cllr Tom Hale, who represents Wharfedale ward,"
    assert placement([alone], alone, ON, person="Tom Hale").body is None


def test_a_single_lede_gives_the_role_of_the_person_named_next() -> None:
    article = ("A Plaid Cymru AM has been expelled from the party's group. Neil Rees, who "
               "represents Mid Fenwick, was suspended last year.")
    got = placement(["Neil Rees, who represents Mid Fenwick,"], article, ON, person="Neil Rees")
    assert (got.role, got.body, got.ward) == ("ms", "Senedd", "Mid Fenwick")


def test_a_role_after_and_is_the_next_persons() -> None:
    context = "Liberal Democrat councillors Ann Hale and Tom Bell and mayor Keith Dunn"
    assert placement([context], context, ON, person="Tom Bell").role == "councillor"
    assert placement([context], context, ON, person="Keith Dunn").role == "mayor"


def test_staff_members_are_not_members() -> None:
    context = "Mr Rees, who was found to have bullied a council staff member,"
    assert placement([context], context, ON, person="Neil Rees").role is None


@pytest.mark.parametrize(("article", "role"), [
    ("Sarah Booth, the Liberal member for Monash, has quit the party to sit on the crossbench "
     "in Canberra.", "mp"),
    ("Tom Bell, the Conservative member for Kettlebrook, has crossed the floor.", "mp"),
    ("Tom Bell, member for Bretton, has quit the Labour group on the council.", "councillor"),
])
def test_member_for_a_seat(article: str, role: str) -> None:
    name = article.split(",")[0]
    assert placement([article], article, ON, person=name).role == role


@pytest.mark.parametrize(("article", "role"), [
    ("Congress legislator Ravi Shah joined the BJP in Gandhinagar, days after quitting the "
     "Gujarat Assembly.", "mla"),
    ("Congress legislator Ravi Shah, a Lok Sabha member from Gujarat, joined the BJP in Delhi.",
     "mp"),
    ("Texas legislator Ravi Shah switched to the Republican Party in Austin.", None),
])
def test_a_legislator_by_country(article: str, role: str | None) -> None:
    assert placement([article], article, ON, person="Ravi Shah").role == role


@pytest.mark.parametrize(("text", "person", "role"), [
    # a committee's chair holds no party office; a Commons or select committee's chair is an MP
    ("Tobias Ennis, chair of the Commons defence committee, has had the whip restored.",
     "Tobias Ennis", "mp"),
    ("Tobias Ennis, who chairs the health select committee, has had the whip restored.",
     "Tobias Ennis", "mp"),
    ("Conservative MP Tobias Ennis, the chairman of the housing committee, has been suspended.",
     "Tobias Ennis", "mp"),
    ("Cllr Ann Vale, chair of the planning committee, has been suspended.", "Ann Vale",
     "councillor"),
    ("Ann Vale, the constituency party's chairwoman, has resigned.", "Ann Vale", "party_official"),
])
def test_committee_chairs(text: str, person: str, role: str) -> None:
    assert placement([text], text, ON, person).role == role


@pytest.mark.parametrize("text", [
    "Mair Hughes has resigned from the Brexit Party and will sit as an independent in the Senedd.",
    "Mair Hughes, a member of the Welsh Parliament since 2021, has left the party.",
    "Mair Hughes has left the party. Hughes, who was elected to the Senedd in 2021, said it had "
    "changed.",
])
def test_sitting_in_the_senedd_makes_a_member_an_ms(text: str) -> None:
    got = placement([text.split(". ")[0]], text, ON, "Mair Hughes")
    assert (got.role, got.body) == ("ms", "Senedd")


@pytest.mark.parametrize(("text", "ward"), [
    ("Lord Rhys-Owen has quit Plaid Cymru to sit as an independent. The Arfon Uchaf AM said he "
     "had been unhappy for months.", "Arfon Uchaf"),
    ("Plaid Cymru's Lord Rhys-Owen has left the party. Lord Rhys-Owen, who represents Arfon "
     "Uchaf in the Senedd, said his position was untenable.", "Arfon Uchaf"),
    ("Lord Rhys-Owen, the MS for Arfon Uchaf, has left Plaid Cymru.", "Arfon Uchaf"),
])
def test_a_lord_elected_to_the_senedd_is_an_ms(text: str, ward: str) -> None:
    first = text.split(". ")[0]
    got = placement([first], text, ON, "Rhys-Owen")
    assert (got.role, got.body, got.ward) == ("ms", "Senedd", ward)


def test_a_peer_in_the_lords_stays_a_peer() -> None:
    text = "Baroness Ellis has resigned the Conservative whip in the House of Lords."
    assert placement([text], text, ON, "Ellis").role == "peer"


@pytest.mark.parametrize(("text", "body"), [
    ("East Cambridgeshire district councillor Anna Pike has left the Conservatives.",
     "East Cambridgeshire District Council"),
    ("Anna Pike, a Conservative councillor on East Cambridgeshire District Council, has quit.",
     "East Cambridgeshire District Council"),
    ("Wolverhampton councillor Raj Dhillon has been suspended by Labour.",
     "City of Wolverhampton Council"),
    ("Raj Dhillon, who represents Bilston East on Wolverhampton City Council, was suspended.",
     "City of Wolverhampton Council"),
    # a town council is not the borough council of the same place
    ("Bracknell town councillor Kim Bale has quit the Conservatives.", "Bracknell Town Council"),
    ("Kim Bale, a Bracknell town councillor, has quit the Conservatives.",
     "Bracknell Town Council"),
    ("Kim Bale, who sits on Bracknell Town Council and Bracknell Forest Council, has quit.",
     "Bracknell Town Council"),
])
def test_council_tiers(text: str, body: str) -> None:
    person = "Anna Pike" if "Pike" in text else "Raj Dhillon" if "Dhillon" in text else "Kim Bale"
    assert placement([text], text, ON, person).body == body


def test_back_reference_several_sentences_on_with_nobody_else_named() -> None:
    text = ("Gareth Lloyd has quit the Conservatives. He said the party had drifted. He will now "
            "sit as an independent. His office confirmed the move in a statement. The Dwyfor "
            "Meirionnydd AM was first elected in 2016.")
    assert "The Dwyfor Meirionnydd AM" in nearby_contexts("Gareth Lloyd", text)


def test_far_back_reference_after_someone_else_is_named_is_not_taken() -> None:
    text = ("Gareth Lloyd has quit the Conservatives. He said the party had drifted. He will now "
            "sit as an independent. Party chairman Owen Pryce thanked him for his work. The "
            "Dwyfor Meirionnydd AM was first elected in 2016.")
    assert not any("Dwyfor" in c for c in nearby_contexts("Gareth Lloyd", text))


@pytest.mark.parametrize("text", [
    "Lord Tremayne told reporters at Stormont that he had left the UUP.",
    "Lord Tremayne, who sat at Stormont for a decade, has left the UUP.",
])
def test_a_peer_seen_at_a_parliament_is_still_a_peer(text: str) -> None:
    assert placement([text], text, ON, "Lord Tremayne").role == "peer"
