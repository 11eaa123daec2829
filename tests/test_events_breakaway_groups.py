"""Groups leaving a party and the groups and parties they form or join: members of a new group
named a few at a time, a named breakaway group as the party joined, two steps through
independence into a residents' group, independents joining a party, background lists of
politicians changing sides, a new party of one's own, and a party the table does not know
left without guessing another. All people and places are invented."""

from __future__ import annotations

from datetime import date

import pytest

from floorcross.extract.events import extract_events
from floorcross.types import CleanedArticle

PUB = date(2025, 3, 14)


def run(nlp, text: str) -> list:
    return extract_events(CleanedArticle(text=text, published=PUB), nlp)


def moves(events) -> set[tuple]:
    return {(e.person, e.type, e.party_from, e.party_to) for e in events}


# --- A group leaves; its members are named a few at a time; the new group has no name -------

@pytest.mark.parametrize(("text", "members"), [
    # UK local paper: leader and members in one sentence, the rest "along with" in the next
    ("Eight councillors have quit Marlowe District Council's Conservative group. Cllr Ann "
     "Prowse will lead a new independent group which includes Cllr Tom Beck. Cllr Harriet Lowe "
     "has also joined the new group along with Cllrs Sam Ord, Jean Pike and Oliver Stead.",
     ["Ann Prowse", "Tom Beck", "Harriet Lowe", "Sam Ord", "Jean Pike", "Oliver Stead"]),
    # regional daily: "are among them and will form a new independent group alongside"
    ("Nine Tory councillors have left the party's group on Brackley Council. Group leader Cllr "
     "Owen Hale and his deputy Cllr Kate Fenn are among them and will form a new independent "
     "group alongside Cllrs Lee Wyatt and Rosa Dunne.",
     ["Owen Hale", "Kate Fenn", "Lee Wyatt", "Rosa Dunne"]),
    # Welsh weekly: the leader and the members who "have joined it" in one sentence
    ("Seven Labour councillors have resigned from the party in Caerwen. They will sit as "
     "independents. Cllr Dai Probert will lead the new group, and Cllr Non Ellis and Cllr Huw "
     "Rees have joined it.", ["Dai Probert", "Non Ellis", "Huw Rees"]),
])
def test_members_of_an_unnamed_new_group_each_go_independent(nlp, text, members):
    events = run(nlp, text)
    found = {e.person: e for e in events}
    for name in members:
        assert found[name].type == "resigned"
        assert found[name].party_to == "Independent"
    assert {found[n].party_from for n in members} <= {"Conservative", "Labour"}
    assert len({found[n].party_from for n in members}) == 1


def test_a_group_count_never_invents_members(nlp):
    text = ("Eight councillors have quit Marlowe District Council's Conservative group. Cllr Ann "
            "Prowse will lead a new independent group which includes Cllr Tom Beck.")
    assert {e.person for e in run(nlp, text)} == {"Ann Prowse", "Tom Beck"}


def test_a_commenting_leader_is_not_a_member(nlp):
    text = ("Six councillors have quit the Labour group on Fenwick Council. Council leader Cllr "
            "Joan Perry said the new group would make no difference to the budget.")
    assert "Joan Perry" not in {e.person for e in run(nlp, text)}


# --- The new group is named: each member moved to it -----------------------------------------

@pytest.mark.parametrize(("text", "members", "old", "group"), [
    # "to form a new group. The group, called the X, is led by ... and includes ..."
    ("Five Conservative councillors on Hallam County Council have resigned from the party to "
     "form a new group. The group, called the Hallam Independents, is led by Cllr Rita Moss "
     "and includes Dan Cole.", ["Rita Moss", "Dan Cole"], "Conservative", "Hallam Independents"),
    # a splinter group named in a sentence about the council's leadership
    ("The leader of Foxley Borough Council has quit the Conservatives to set up an independent "
     "splinter group. Cllr John Harker will remain leader of the council with the Foxley "
     "Independent Conservatives. Cllr Sue Dent and Cllr Mark Penn and seven others left the "
     "main party on Tuesday.", ["Sue Dent", "Mark Penn"], "Conservative",
     "Foxley Independent Conservatives"),
    # "to form their own group ... They will sit as the X Community Group"
    ("Four Labour councillors in Dunmore have quit the party to form their own group. "
     "Councillors Ava Quinn, Ben Roe, Cara Snow and Dev Tran said they could no longer support "
     "the leadership. They will sit as the Dunmore Community Group.",
     ["Ava Quinn", "Ben Roe", "Cara Snow", "Dev Tran"], "Labour", "Dunmore Community Group"),
])
def test_members_of_a_named_new_group_defect_to_it(nlp, text, members, old, group):
    found = moves(run(nlp, text))
    for name in members:
        assert (name, "defected", old, group) in found


def test_a_national_independent_group_is_not_a_new_local_one(nlp):
    text = ("Two former Labour councillors on Ravensby Council, Pia Lund and Ned Osgood, have "
            "joined the Independent Group. Ms Lund quit the Labour Party last week and said she "
            "would join the new group, and Mr Osgood quit the party on Monday.")
    for e in run(nlp, text):
        assert e.party_to != "Independent Group"


# --- Two steps: out to Independent, then into a residents' group -----------------------------

@pytest.mark.parametrize(("text", "people", "old", "group"), [
    # "Three independents have joined forces with ..." after an exit told in the next sentence
    ("Three independents have joined forces with the Kelsey Residents group on Kelsey District "
     "Council. Cllrs Mary Grint, Paul Grint and Joe Askew have all resigned from the "
     "Conservative group in the past 12 months.", ["Mary Grint", "Paul Grint", "Joe Askew"],
     "Conservative", "Kelsey Residents"),
    # "Two independent councillors ... have joined the X Residents Association group"
    ("Two independent councillors on Wexcombe Town Council have joined the Wexcombe Residents "
     "Association group. Cllr Hal Birch and Cllr Ivy Moor both quit the Liberal Democrats last "
     "year.", ["Hal Birch", "Ivy Moor"], "Liberal Democrats", "Wexcombe Residents Association"),
    # one person, the spell told in a relative clause, a local independents' group joined
    ("Former Labour councillor Nina Faulds, who left the party in 2023 and has sat as an "
     "independent since, has joined the Ashgrove Independents.", ["Nina Faulds"], "Labour",
     "Ashgrove Independents"),
])
def test_leaving_then_joining_a_local_group_are_two_steps(nlp, text, people, old, group):
    found = moves(run(nlp, text))
    for name in people:
        assert (name, "resigned", old, "Independent") in found
        assert (name, "defected", "Independent", group) in found


# --- Independents joining a party --------------------------------------------------------------

@pytest.mark.parametrize(("text", "person", "party"), [
    ("Independent councillor Rob Tandy has joined the Conservatives, the party announced on "
     "Friday.", "Rob Tandy", "Conservative"),
    ("Toowong councillor Pat Reyes, who has sat as an independent since 2021, has joined the "
     "LNP.", "Pat Reyes", "Liberal National Party"),
    ("Two independent councillors, Gail Orme and Rick Sayer, have joined Reform UK on "
     "Dunford Council.", "Gail Orme", "Reform UK"),
])
def test_an_independent_joining_comes_from_independent(nlp, text, person, party):
    assert (person, "defected", "Independent", party) in moves(run(nlp, text))


# --- Politician-hopping background lists, parties as the country writes them --------------

HOPPING = (
    "Senator Jo Kemp quit the Lambie party to sit as an independent before joining the "
    "Nationals in 2019. She is not the first senator to change sides in the Australian Senate. "
    "Senator Rhys Gorman left the Family First party and became a Liberal. Senator Cal Bright "
    "quit the Liberals to found the Australian Conservatives, and Senator Ken Dorr left One "
    "Nation within hours of being sworn in."
)


def test_a_background_list_gives_an_event_each(nlp):
    found = moves(run(nlp, HOPPING))
    assert ("Jo Kemp", "defected", "Independent", "National Party of Australia") in found
    assert ("Rhys Gorman", "defected", "Family First", "Liberal Party of Australia") in found
    assert ("Cal Bright", "defected", "Liberal Party of Australia",
            "Australian Conservatives") in found
    assert any(p == "Ken Dorr" and t == "resigned" and f == "One Nation"
               for p, t, f, _ in found)


def test_an_unknown_party_left_is_not_guessed_from_the_article(nlp):
    kemp = [e for e in run(nlp, HOPPING) if e.person == "Jo Kemp" and e.type == "resigned"]
    assert kemp and kemp[0].party_from is None and kemp[0].party_to == "Independent"


@pytest.mark.parametrize(("text", "person"), [
    ("Cllr Lena Hobb quit the Marsh party last year, months after the Greens won the seat.",
     "Lena Hobb"),
    ("Senator Ray Pell has left the Corrigan Team and now sits as an independent. The Liberal "
     "Party of Australia needs his vote in the Senate.", "Ray Pell"),
    ("Senator Ray Pell has quit the Corrigan party and will now sit as an independent. The "
     "Liberal Party of Australia needs his vote in the Senate.", "Ray Pell"),
])
def test_a_small_party_the_table_does_not_know_is_never_another_party(nlp, text, person):
    for e in run(nlp, text):
        if e.person == person:
            assert e.party_from in (None, "Marsh party", "Corrigan Team")
            assert e.party_to in (None, "Independent")


# --- A party of one's own as party_to --------------------------------------------------------

@pytest.mark.parametrize(("text", "person", "old", "new"), [
    # South African copy: "left to join his own new party, the X"
    ("Another DA MP, Johan Venter, left to join his own new party, the Progressive "
     "Independent Movement.", "Johan Venter", "Democratic Alliance",
     "Progressive Independent Movement"),
    # "quit ... to form his own party, the X" with a possessive in the party's name
    ("Veteran MP Sipho Ndlovu has quit the Democratic Alliance to form his own party, the "
     "People's Renewal Movement.", "Sipho Ndlovu", "Democratic Alliance",
     "People's Renewal Movement"),
    # Irish copy: "has left X and launched her own party, the Y"
    ("Jan Scully, a Kilbride councillor, has left Fianna Fáil and launched her own party, the "
     "Kilbride Community Alliance.", "Jan Scully", "Fianna Fáil", "Kilbride Community Alliance"),
    # "quit the party to form the X Team"
    ("Former Liberal MP Tom Hask quit the Liberal Party in 2020 to form the Hask Team, which he "
     "still leads.", "Tom Hask", "Liberal Party", "Hask Team"),
])
def test_a_new_party_of_ones_own_is_the_party_joined(nlp, text, person, old, new):
    assert (person, "defected", old, new) in moves(run(nlp, text))


# --- Members named inside the counted group, destinations told with "sit with" --------------

@pytest.mark.parametrize(("text", "person", "size"), [
    ("Six councillors, including group leader Cllr Pam Rigg, have quit the Liberal Democrat "
     "group on Oakby Council to form the Oakby Independents.", "Pam Rigg", 6),
    ("Seven Labour councillors, among them Cllr Ola Brent, have resigned from the party on "
     "Westhope Council.", "Ola Brent", 7),
])
def test_a_member_named_inside_a_counted_group(nlp, text, person, size):
    ev = next(e for e in run(nlp, text) if e.person == person)
    assert ev.group_size == size
    assert ev.party_from in ("Liberal Democrats", "Labour")


def test_a_local_group_sat_with_after_leaving_is_the_party_joined(nlp):
    text = ("Cllr Neil Fox and Cllr Rachel Oyelaran have resigned from the Labour Party and will "
            "now sit with the Stanmoor Residents Association.")
    found = moves(run(nlp, text))
    for name in ("Neil Fox", "Rachel Oyelaran"):
        assert (name, "defected", "Labour", "Stanmoor Residents Association") in found


def test_an_independent_described_by_apposition_joins_from_independent(nlp):
    text = "Dale Pyke, an independent councillor for Holt ward, has joined Labour."
    assert ("Dale Pyke", "defected", "Independent", "Labour") in moves(run(nlp, text))


def test_a_crossbench_spell_makes_two_steps(nlp):
    text = ("A senator who quit the Greens to sit on the crossbench has joined the Australian "
            "Conservatives. Senator Mia Rourke left the Greens in 2018.")
    found = {(t, f, to) for p, t, f, to in moves(run(nlp, text)) if p == "Mia Rourke"}
    assert ("defected", "Independent", "Australian Conservatives") in found
    assert any(t == "resigned" and to == "Independent" for t, _, to in found)


def test_listed_movers_take_the_leads_party(nlp):
    text = ("Five DA MPs have crossed the floor this week. They are:\n- Thabo Mkhize, to the "
            "ANC\n- Lerato Dube, to the ANC\n")
    found = moves(run(nlp, text))
    for name in ("Thabo Mkhize", "Lerato Dube"):
        assert (name, "defected", "Democratic Alliance", "African National Congress") in found


def test_an_existing_local_group_named_nearby_is_not_the_one_joined(nlp):
    text = ("Two Labour councillors, Cllr Iris Pound and Cllr Rob Adair, have quit the party on "
            "Ashmere Council and will sit as independents. The Ashmere Independents, who run the "
            "council, said little would change.")
    for e in run(nlp, text):
        assert e.party_to != "Ashmere Independents"


def test_a_party_joined_later_in_the_sentence_is_not_the_one_left(nlp):
    text = ("Senator Jo Kemp quit the party to sit as an independent before joining the "
            "Nationals in 2019.")
    left = [e for e in run(nlp, text) if e.type == "resigned"]
    assert left and all(e.party_from != "National Party of Australia" for e in left)


# --- A joining still to come after a leaving months before: two steps ------------------------

@pytest.mark.parametrize(("text", "person", "old", "new"), [
    ("Cllr Dan Slade quit the Conservative group on Rushden council in January. He said on "
     "Thursday he will be joining UKIP.", "Dan Slade", "Conservative", "UKIP"),
    ("Cllr Mo Farr left the Labour group on Delby Council in 2023. She is set to join the Green "
     "Party next month.", "Mo Farr", "Labour", "Green"),
    ("Cllr Ivor Quayle quit the Liberal Democrats in November. Mr Quayle is expected to join "
     "Reform UK.", "Ivor Quayle", "Liberal Democrats", "Reform UK"),
])
def test_a_future_joining_months_after_leaving(nlp, text, person, old, new):
    steps = {e.type: e for e in run(nlp, text) if e.person == person}
    assert (steps["resigned"].party_from, steps["resigned"].party_to) == (old, "Independent")
    assert not steps["resigned"].hedged
    joining = steps["defected"]
    assert (joining.party_from, joining.party_to, joining.hedged) == ("Independent", new, True)


def test_a_future_joining_days_after_leaving_is_one_move(nlp):
    text = ("Cllr Dan Slade quit the Conservative group on Rushden council on Monday. He is "
            "expected to join UKIP.")
    found = moves(run(nlp, text))
    assert ("Dan Slade", "defected", "Conservative", "UKIP") in found
    assert not any(t == "resigned" for _, t, _, _ in found)
