"""Role, body and ward families: seats named by the ward's member, by where a councillor
serves, by a possessive council or a dash-joined riding; council posts held by group chairs and
authority leaders; offices abroad that no "party member" may stand for; and councils named once
in an article (invented people, written the way local and national outlets phrase them)."""

from __future__ import annotations

from datetime import date

import pytest

from floorcross.extract.council_bodies import article_council, council_body
from floorcross.extract.role_words import role_in
from floorcross.extract.roles import placement
from floorcross.nlp.council_mentions import council_mentions
from floorcross.nlp.councils import normalise_council
from floorcross.nlp.seats import bracket_seat, seats_in

ON = date(2024, 5, 10)


def _seats(text: str) -> list[str]:
    return [s.name for s in seats_in(text)]


# --- Wards named in many shapes ---------------------------------------------------------------

@pytest.mark.parametrize(("text", "ward"), [
    ("The Tilehurst member of Reading Borough Council has often voted against the group.",
     "Tilehurst"),
    ("Ms Orme, the Hayes Town member on Hillingdon Council, said she was saddened.",
     "Hayes Town"),
    ("As the Gipsy Hill member of Lambeth Council he had clashed with the leadership.",
     "Gipsy Hill"),
])
def test_the_wards_member_of_a_council(text: str, ward: str) -> None:
    assert ward in _seats(text)


@pytest.mark.parametrize(("text", "ward"), [
    ("the people of Rusthall, where he has been a councillor since 2003, would stay dear to him",
     "Rusthall"),
    ("She thanked voters in Bishopthorpe, where she has served as a councillor for ten years.",
     "Bishopthorpe"),
    ("residents of Cathays where they have been councillors since the last election",
     "Cathays"),
])
def test_the_place_where_someone_has_been_a_councillor(text: str, ward: str) -> None:
    assert ward in _seats(text)


@pytest.mark.parametrize(("text", "ward"), [
    ("Nadia Crewe, a councillor in Haverstock, said she would sit as an independent.",
     "Haverstock"),
    ("Tom Beale, councillor in Tilehurst since 2019, confirmed the move.", "Tilehurst"),
    ("The group lost Ian Pryce, a Labour councillor in Clapham Town.", "Clapham Town"),
])
def test_a_councillor_in_a_known_ward(text: str, ward: str) -> None:
    assert _seats(text)[0] == ward


@pytest.mark.parametrize("text", [
    "Ann Vale, a councillor in Stockport, said she had no regrets.",  # the council, not a ward
    "Ann Vale, a councillor in Brackleigh for years, said she had no regrets.",  # nothing known
])
def test_a_councillor_in_a_council_or_unknown_place_names_no_ward(text: str) -> None:
    assert _seats(text) == []


@pytest.mark.parametrize(("text", "ward"), [
    ("those she represents in Reading's Tilehurst ward", "Tilehurst"),
    ("voters in Lambeth's Gipsy Hill division have backed him", "Gipsy Hill"),
    ("he has represented Camden's Haverstock ward since 2014", "Haverstock"),
])
def test_a_councils_possessive_before_the_ward(text: str, ward: str) -> None:
    assert _seats(text)[0] == ward


@pytest.mark.parametrize(("text", "ward"), [
    ("Cllr Jo Marsh represents Victoria ward and chairs the planning committee.", "Victoria"),
    ("She is one of three members for Central ward.", "Central"),
    ("He stood in the Victoria division in 2021.", "Victoria"),
])
def test_a_word_that_is_also_a_state_is_a_ward_when_called_one(text: str, ward: str) -> None:
    assert ward in _seats(text)


@pytest.mark.parametrize("text", [
    "County councillor Ewan Blake has left the party.",
    "Town councillor Ewan Blake has left the party.",
    "Parish councillor Ewan Blake has left the party.",
])
def test_the_tier_before_councillor_is_no_ward(text: str) -> None:
    assert _seats(text) == []


@pytest.mark.parametrize(("text", "ward"), [
    ("He will continue to represent his riding of Lakeview–Bellemont as an Independent.",
     "Lakeview–Bellemont"),
    ("the MP for Rivière-du-Moulin—Saint-Anselme, took over the role",
     "Rivière-du-Moulin—Saint-Anselme"),
    ("She represents her riding of Northgate-Aspen Hills in the House.", "Northgate-Aspen Hills"),
])
def test_ridings_joined_by_dashes_and_said_with_a_possessive(text: str, ward: str) -> None:
    assert _seats(text)[0] == ward


@pytest.mark.parametrize(("text", "ward"), [
    ("He has represented the Kilbride district for a decade.", "Kilbride"),
    ("Ms Doyle, who represents the Lisnaree district electoral area,", "Lisnaree"),
    ("Mr Quinn represents the Ardmore district on the council.", "Ardmore"),
])
def test_northern_irish_districts(text: str, ward: str) -> None:
    assert _seats(text)[0] == ward


@pytest.mark.parametrize(("inner", "seat"), [
    ("MLA from Bhadrapur in Sitapur", "Bhadrapur"),
    ("MLA Rampura in Vaishali", "Rampura"),
    ("MP for Kettlebrook", "Kettlebrook"),
])
def test_a_seat_in_brackets_after_a_role(inner: str, seat: str) -> None:
    assert bracket_seat(inner) == seat


def test_each_listed_legislator_keeps_the_seat_in_their_own_brackets() -> None:
    ctx = ("The MLAs, Asha Verma, (MLA Rampura in Vaishali) Ravi Nath (MLA from Bhadrapur in "
           "Sitapur) and Omar Zaidi (MLA from Kesri in Darbhanga) were expelled by the BJP.")
    seats = {p: placement([ctx], ctx, ON, person=p).ward
             for p in ("Asha Verma", "Ravi Nath", "Omar Zaidi")}
    assert seats == {"Asha Verma": "Rampura", "Ravi Nath": "Bhadrapur", "Omar Zaidi": "Kesri"}


@pytest.mark.parametrize(("ctx", "person", "ward"), [
    ("May elections in the Stonnall and Little Aston ward she currently represents",
     "Liz Aston", "Stonnall and Little Aston"),
    ("Cllr Ben Hale represents Hale Barns ward on Trafford Council.", "Ben Hale", "Hale Barns"),
    ("Cllr Sam Park, who represents Hove Park ward,", "Sam Park", "Hove Park"),
])
def test_a_surname_inside_the_wards_name_stays(ctx: str, person: str, ward: str) -> None:
    assert placement([ctx], ctx, ON, person=person).ward == ward


@pytest.mark.parametrize(("article", "person", "ward"), [
    ("Cllr Ruth Ames has resigned her party membership and will now sit as an independent "
     "in the Hove Park ward.", "Ruth Ames", "Hove Park"),
    ("Cllr Dan Ives has left the party after twenty years. Mr Ives had already said he would "
     "stand for re-election in the Tilehurst ward next year.", "Dan Ives", "Tilehurst"),
    ("Councillor Ken Orr has quit the Greens. Coun Orr said the people of Rusthall, where he "
     "has been a councillor since 2003, would remain close to his heart.", "Ken Orr", "Rusthall"),
])
def test_a_ward_said_in_a_later_sentence_about_the_person(article: str, person: str,
                                                          ward: str) -> None:
    first = article.split(".")[0]
    assert placement([first[:40]], article, ON, person=person).ward == ward


# --- Roles ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Mr Dunne, who was chair of the SNP group on the local authority, said",
    "Mr Dunne, convener of the Labour group on Fife Council, said",
    "Mr Dunne, who was authority leader until May, said",
    "Mr Dunne, whip of the Conservative group at the council, said",
])
def test_council_group_posts_are_councillors(text: str) -> None:
    assert role_in(text, 0)[0] == "councillor"


@pytest.mark.parametrize("ctx", [
    "Senator Joan Pike quits the party",
    "State Senator Joan Pike has left the Republicans",
    "Assemblywoman Joan Pike switched parties",
])
def test_an_office_abroad_is_not_read_as_party_member(ctx: str) -> None:
    article = f"{ctx}. Her fellow party member Joan Pike was asked to leave."
    later = "fellow party member Joan Pike was asked to leave"
    assert placement([ctx, later], article, ON, person="Joan Pike").role is None


def test_a_senators_chamber_is_the_senate() -> None:
    ctx = "Senator Joan Pike quits the Harbour Party"
    later = "her fellow party member Joan Pike"
    got = placement([ctx, later], f"{ctx}. {later}.", ON, person="Joan Pike")
    assert (got.role, got.body) == (None, "Senate")


@pytest.mark.parametrize(("text", "role"), [
    ("A member of the Alberta legislature for the governing party, Dale Fenn,", "mla"),
    ("Dale Fenn, a member of the provincial legislature since 2015,", "mla"),
    ("Dale Fenn, a member of the British Columbia legislature,", "mla"),
])
def test_members_of_a_provincial_legislature_are_mlas(text: str, role: str) -> None:
    assert role_in(text, text.index("Dale"))[0] == role


@pytest.mark.parametrize("text", [
    "The last member of the so-called Gang of Three, Vusi Mthembu,",
    "Vusi Mthembu, a member of the Finance Committee,",
    "Vusi Mthembu, a member of the Disciplinary Board,",
])
def test_a_member_of_a_named_group_or_committee_holds_no_party_role(text: str) -> None:
    assert role_in(text, text.index("Vusi"))[0] is None


def test_fellow_mps_before_a_list_give_the_role_of_those_after() -> None:
    article = ("Ndlovu and fellow MPs Zanele Khumalo and Sipho Dube were expelled. The last "
               "member of the so-called Group of Four, Thabo Mokoena, was suspended.")
    ctx = "The last member of the so-called Group of Four, Thabo Mokoena, was suspended."
    assert placement([ctx], article, ON, person="Thabo Mokoena").role == "mp"


@pytest.mark.parametrize("article", [
    "Priya Rao, BJP MLA from Kesri, has joined the Congress, the party's Vidhan Sabha leader said.",
    "Dale Fenn, MLA for Eastview, left the caucus, Alberta's premier told reporters in Edmonton.",
    "RJD MLA Priya Rao was expelled along with two others ahead of the Bihar polls.",
])
def test_an_mla_outside_northern_ireland_is_not_placed_at_stormont(article: str) -> None:
    person = "Dale Fenn" if "Dale" in article else "Priya Rao"
    got = placement([article], article, ON, person=person)
    assert got.role == "mla" and got.body != "Northern Ireland Assembly"


def test_an_mla_in_a_northern_irish_story_sits_at_stormont() -> None:
    article = "DUP MLA Jan Moore has resigned from the party, Stormont sources said."
    assert placement([article], article, ON, person="Jan Moore").body == (
        "Northern Ireland Assembly")


# --- Bodies -----------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "body"), [
    ("Three SDLP Belfast City Councillors have been suspended.", "Belfast City Council"),
    ("Two Labour Leeds City Councillors have quit the party.", "Leeds City Council"),
    ("Four Kent County Councillors have joined Reform.", "Kent County Council"),
])
def test_a_plural_lede_with_a_capitalised_tier_names_the_council(text: str, body: str) -> None:
    article = f"{text} The councillors who were suspended are Ann Roe, Bill Tate and Cara Voss."
    ctx = "The councillors who were suspended are Ann Roe, Bill Tate and Cara Voss."
    got = placement([ctx], article, ON, person="Bill Tate")
    assert (got.role, got.body) == ("councillor", body)


@pytest.mark.parametrize(("article", "body"), [
    ("A SECOND Glasgow councillor has defected. Jim Dorran, who was sacked as whip last year, "
     "said he had quit.", "Glasgow City Council"),
    ("Dee Marr has quit the SNP. Cllr Marr said she was sorry. The Inverclyde councillor was "
     "first elected in 2017.", "Inverclyde Council"),
    ("Sian Roe has left Plaid. Cllr Roe has sat on Gwynedd Council for a decade, and said the "
     "decision was hard.", "Gwynedd Council"),
])
def test_the_one_council_an_article_names(article: str, body: str) -> None:
    first = article.split(".")[1]
    person = first.split(",")[0].strip() if "," in first else article.split(" has")[0]
    got = placement([first], article, ON, person=person)
    assert got.body == body


def test_an_article_naming_two_councils_gives_none_by_default() -> None:
    article = ("A Kirklees councillor and a Calderdale councillor have quit. Cllr Amy Holt "
               "said she was sad.")
    assert article_council(article, ON) is None


def test_the_councillors_own_council_beats_a_later_one_of_another_place() -> None:
    article = ("Cllr Liz Orme was told she could not stand again. Ms Orme sits on Lichfield "
               "District Council. The decision was made by the Tamworth branch of the party.")
    ctx = "Cllr Liz Orme was told she could not stand again"
    assert placement([ctx], article, ON, person="Liz Orme").body == "Lichfield District Council"


@pytest.mark.parametrize(("text", "name"), [
    ("the Liberal Democrat-controlled Fenton City Council", "Fenton City Council"),
    ("the Labour-run Kirklees Council", "Kirklees Council"),
    ("the Tory-led Kent County Council", "Kent County Council"),
])
def test_who_runs_a_council_is_not_part_of_its_name(text: str, name: str) -> None:
    assert [m.name for m in council_mentions(text, ON)] == [name]
    assert council_body(text.removeprefix("the "), text, ON) == name


@pytest.mark.parametrize("name", ["Durham City Council", "Lincoln City Council"])
def test_a_city_council_is_never_read_as_a_county_council(name: str) -> None:
    found = normalise_council(name, ON)
    assert found is None or "County" not in found


def test_an_older_council_the_article_names_beats_the_wards_current_one() -> None:
    article = ("THE leader of Bournemouth Borough Council's Liberal Democrats has quit. Cllr Ann "
               "Hoyle will now serve as an independent in the Redhill and Northbourne ward.")
    ctx = "Cllr Ann Hoyle will now serve as an independent in the Redhill and Northbourne ward"
    got = placement([ctx], article, date(2016, 6, 1), person="Ann Hoyle")
    assert (got.body, got.ward) == ("Bournemouth Borough Council", "Redhill and Northbourne")


@pytest.mark.parametrize(("text", "name"), [
    ("five councillors from the Kgotso local municipality were expelled",
     "Kgotso Local Municipality"),
    ("a ward councillor in the eMfuleni Metropolitan Municipality",
     "eMfuleni Metropolitan Municipality"),
    ("She sits on the Ditsobotla Local Municipality council.", "Ditsobotla Local Municipality"),
])
def test_south_african_municipalities_are_councils(text: str, name: str) -> None:
    assert [m.name for m in council_mentions(text, ON)] == [name]


def test_a_municipality_named_once_is_its_listed_councillors_body() -> None:
    article = ("The party expelled Lerato Mokoena, Sipho Dlamini and Thandi Nkosi. The committee "
               "said the five councillors from the Kgotso local municipality had defied it.")
    ctx = "The party expelled Lerato Mokoena, Sipho Dlamini and Thandi Nkosi."
    got = placement([ctx, "five councillors"], article, ON, person="Sipho Dlamini")
    assert got.body == "Kgotso Local Municipality"


def test_a_town_and_a_borough_council_in_one_article_leave_the_body_open() -> None:
    article = ("A FORMER Bracknell Forest Tory councillor has been expelled. Mr Lowe sits as a "
               "town councillor on Bracknell Town Council.")
    assert article_council(article, ON) is None


@pytest.mark.parametrize(("text", "ward"), [
    ("Cllr Owen Pryce, who previously represented the Lib Dems in the Tilehurst ward, said",
     "Tilehurst"),
    ("Cllr Owen Pryce, who represented the Greens on Reading council for Tilehurst, said", None),
    ("Owen Pryce represented the Conservatives in the Haverstock ward until May.", "Haverstock"),
])
def test_a_party_someone_represented_is_no_seat(text: str, ward: str | None) -> None:
    found = _seats(text)
    assert not {"Dems", "Greens", "Conservatives", "Lib Dems"} & set(found)
    assert (found[0] if found else None) == ward


@pytest.mark.parametrize("article", [
    "The first was Rhian Pugh, previously leader of the group at Ceredigion Council. The other is "
    "Owain Bevan, who quit during the by-election when he was authority leader there.",
    "Rhian Pugh, a Kirklees councillor, left first. Cllr Owain Bevan followed her a week later.",
    "Rhian Pugh, who sits on Gwynedd Council, resigned in May. Cllr Owain Bevan has now gone too.",
])
def test_a_council_said_of_someone_else_is_not_the_persons(article: str) -> None:
    assert article_council(article, ON, "Owain Bevan") is None
    assert article_council(article, ON, "Rhian Pugh") is not None


@pytest.mark.parametrize("text", [
    "With Cllr Ann Vale gone, the group has lost its majority.",
    "OUSTED MP Ann Vale vowed to fight on.",
    "The MP for the Victorian seat of Kettlebrook said",
    "After Cllr Ann Vale quit, the group met.",
])
def test_sentence_openers_and_shouted_words_are_no_seats(text: str) -> None:
    assert [s for s in _seats(text) if s != "Kettlebrook"] == []


@pytest.mark.parametrize(("text", "seat"), [
    ("Ray Hill, the MPP for Lanark–Frontenac–Kingston, was expelled.", "Lanark–Frontenac–Kingston"),
    ("Dale Fenn, MPP for Northgate, has left the caucus.", "Northgate"),
    ("the MHA for Harbour Grace, Joan Bell, said", "Harbour Grace"),
])
def test_provincial_members_seats(text: str, seat: str) -> None:
    assert _seats(text)[0] == seat


@pytest.mark.parametrize(("text", "body"), [
    ("Northern Cape Provincial Legislature speaker Thabo Mokoena was expelled by the party.",
     "Northern Cape Provincial Legislature"),
    ("Thabo Mokoena, deputy speaker of the Free State Provincial Legislature, was expelled.",
     "Free State Provincial Legislature"),
    ("Thabo Mokoena, who sits in the Yukon Legislature, was expelled from the caucus.",
     "Yukon Legislature"),
])
def test_a_legislature_named_outright_is_the_body(text: str, body: str) -> None:
    assert placement([text], text, ON, person="Thabo Mokoena").body == body


@pytest.mark.parametrize(("article", "person"), [
    ("Cllr Ann Roe represents Tilehurst ward and, along with Cllr Ben Hale, won the seat in May. "
     "Cllr Hale has now quit the party.", "Ben Hale"),
    ("Cllr Ann Roe represents the Tilehurst ward alongside Ben Hale. Mr Hale has left Labour.",
     "Ben Hale"),
    ("Cllr Ann Roe, who represents Tilehurst ward together with Ben Hale, said Mr Hale had gone.",
     "Ben Hale"),
])
def test_a_ward_shared_with_a_named_colleague(article: str, person: str) -> None:
    ctx = article.split(". ")[-1]
    assert placement([ctx], article, ON, person=person).ward == "Tilehurst"


@pytest.mark.parametrize(("article", "seat"), [
    ("Federal MP Kim Rowe has quit the party. The MP for the Victorian seat of Dunmore said she "
     "would sit as an independent.", "Dunmore"),
    ("Kim Rowe has left the Liberals. The Liberal MP for the Queensland electorate of Dunmore "
     "will stay on the crossbench.", "Dunmore"),
    ("Kim Rowe, the MPP for Lakeview–Dunmore, was expelled from caucus.", "Lakeview–Dunmore"),
])
def test_seats_after_a_states_adjective_and_for_provincial_members(article: str,
                                                                    seat: str) -> None:
    ctx = article.split(".")[0]
    assert placement([ctx], article, ON, person="Kim Rowe").ward == seat


@pytest.mark.parametrize(("ctxs", "article"), [
    (["Hana Vale and Ruth Obi", "remain ongoing in relation to Peter Vale MP and Coun. Ed Moss.",
      "Couns Hana Vale and Ruth Obi received suspensions"], None),
    (["Ex-minister Tom Vale MP said so.", "Cllr Hana Vale was suspended"], None),
    (["Sir Tom Vale, the MP for Kettlebrook, spoke.", "Coun Hana Vale was suspended."], None),
])
def test_a_namesakes_role_and_seat_are_not_the_persons(ctxs: list[str], article: None) -> None:
    got = placement(ctxs, " ".join(ctxs), ON, person="Hana Vale")
    assert (got.role, got.ward) == ("councillor", None)


@pytest.mark.parametrize("lede", [
    "Plaid Cymru's three remaining councillors on Cardiff council have resigned the party whip.",
    "The two rebel councillors on Cardiff council have quit the group.",
    "Labour's four sitting councillors on Cardiff council have left the party.",
])
def test_a_plural_lede_with_a_describing_word_gives_the_role(lede: str) -> None:
    article = f"{lede} Gwen Rhys and Ifor Lloyd said the party had changed."
    ctx = "Gwen Rhys and Ifor Lloyd said the party had changed."
    got = placement([ctx], article, ON, person="Ifor Lloyd")
    assert (got.role, got.body) == ("councillor", "City of Cardiff Council")


@pytest.mark.parametrize(("text", "ward"), [
    ("Mr Rhys and Ms Lloyd represent Cathays, and Mr Bevan represents Fairwater.", "Cathays"),
    ("Ms Lloyd has represented Cathays since 2012.", "Cathays"),
    ("Ms Lloyd, who represents Cathays,", "Cathays"),
])
def test_representing_a_known_ward_in_a_council_story_makes_a_councillor(text: str,
                                                                        ward: str) -> None:
    article = f"Three councillors on Cardiff council have quit. {text}"
    got = placement([text], article, ON, person="Gwen Lloyd")
    assert (got.role, got.ward) == ("councillor", ward)


def test_representing_a_seat_in_a_parliament_story_stays_open() -> None:
    text = "Ms Lloyd, the MP who represents Cathays, said the council had failed."
    assert placement([text], text, ON, person="Gwen Lloyd").role == "mp"
