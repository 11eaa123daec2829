"""Deselection told without the word, a defection followed by an expulsion, lists of movers,
new parties of one's own, exits with no destination and a return to the party and the whip,
as outlets in the UK, Ireland, India, South Africa and the US phrase them. All people and
places are invented."""

from __future__ import annotations

from datetime import date

import pytest

from floorcross.extract.events import extract_events
from floorcross.types import CleanedArticle

PUB = date(2024, 5, 10)


def run(nlp, text: str) -> dict:
    events = extract_events(CleanedArticle(text=text, published=PUB), nlp)
    return {e.person: e for e in events}


# --- Deselection in many words -----------------------------------------------------------------

@pytest.mark.parametrize("text, person, party", [
    ("Labour councillor Dennis Marlow, who has represented Eastgate since 1998, was not "
     "selected to stand again by the party.", "Dennis Marlow", "Labour"),
    ("Conservative councillor Harriet Bewley was not re-selected as a candidate for next "
     "May's elections.", "Harriet Bewley", "Conservative"),
    ("Fellow Conservative councillor Martin Groves, who was also not re-selected, said he "
     "was disappointed.", "Martin Groves", "Conservative"),
    ("Conservative councillor Ray Pumfrey was not picked to stand again by the Tories.",
     "Ray Pumfrey", "Conservative"),
    ("The Liberal Democrats have decided not to reselect councillor Peter Vance for the "
     "Harbour ward.", "Peter Vance", "Liberal Democrats"),
    ("Labour councillor Joy Halton failed to be reselected by members in her ward.",
     "Joy Halton", "Labour"),
    ("Labour councillor Olu Adebayo has not been selected to fight his Riverside seat again.",
     "Olu Adebayo", "Labour"),
])
def test_not_chosen_again_is_a_deselection(nlp, text, person, party):
    ev = run(nlp, text)[person]
    assert (ev.type, ev.party_from, ev.party_to) == ("deselected", party, None)


@pytest.mark.parametrize("text, person, party", [
    ("Labour members blocked councillor Joan Tibbs from standing for re-election in the "
     "Hollins ward.", "Joan Tibbs", "Labour"),
    ("Labour councillor Dev Sharma was banned from standing for the party at the next "
     "election.", "Dev Sharma", "Labour"),
    ("Liberal Democrat councillor Fiona Keel lost out in a selection battle for the "
     "Northfield seat.", "Fiona Keel", "Liberal Democrats"),
    ("Labour councillor Sam Okafor lost a selection ballot last month.", "Sam Okafor",
     "Labour"),
    ("Tory councillor Gwen Lacy was beaten in a selection vote by a newcomer.", "Gwen Lacy",
     "Conservative"),
    ("Conservative councillor Ron Hale was replaced as the party's candidate for Eastfield.",
     "Ron Hale", "Conservative"),
    ("Councillor Hazel Frost said her deselection by the Conservatives was a stitch-up.",
     "Hazel Frost", "Conservative"),
    ("Veteran Tory Alan Price lost out to a younger rival in the party's selection vote.",
     "Alan Price", "Conservative"),
    ("Nationals senator Bev Tully was refused preselection by the party.", "Bev Tully",
     "National Party of Australia"),
    ("Labour councillor Mo Reid was rejected as the party's candidate for Highfield.",
     "Mo Reid", "Labour"),
    ("Conservative councillor Jan Webb was overlooked for reselection in her ward.",
     "Jan Webb", "Conservative"),
])
def test_kept_from_standing_or_outvoted_is_a_deselection(nlp, text, person, party):
    ev = run(nlp, text)[person]
    assert (ev.type, ev.party_from) == ("deselected", party)


def test_a_pair_failing_to_win_reselection(nlp):
    evs = run(nlp, "Two Labour councillors, Ben Cray and Maya Holt, failed to win reselection.")
    assert {p: (e.type, e.party_from) for p, e in evs.items()} == {
        "Ben Cray": ("deselected", "Labour"), "Maya Holt": ("deselected", "Labour")}


def test_stopped_from_standing_as_the_partys_candidates(nlp):
    evs = run(nlp, "Green councillors Priya Dhar and Leo Marsh were stopped from standing as "
                   "Green candidates in the ward.")
    assert {(e.type, e.party_from) for e in evs.values()} == {("deselected", "Green")}
    assert set(evs) == {"Priya Dhar", "Leo Marsh"}


def test_deselection_beside_a_later_defection(nlp):
    evs = extract_events(CleanedArticle(text=(
        "Cllr Ada Rowe, who was not selected to stand again by Labour, has defected to the "
        "Green Party."), published=PUB), nlp)
    assert {(e.type, e.party_from, e.party_to) for e in evs} == {
        ("deselected", "Labour", None), ("defected", "Labour", "Green")}


@pytest.mark.parametrize("text", [
    "Labour councillor Ann Birch was not selected for the planning committee.",
    "Green councillor Tim Bow has not yet been selected to stand in May.",
    "The Greens have selected Cllr Amy Vine to stand again.",
    "Cllr Max Dunn, a Labour member, said he had not been picked for the shadow cabinet.",
    "Labour councillor Dan Pike lost the election to the Greens.",
    "Labour councillor Ann Birch is standing down at the next election.",
    "Conservative councillor Neil Grundy could be blocked from standing again if the motion "
    "passes.",
    "Labour is facing a deselection battle in Hartwell, where councillor Jim Orr faces a "
    "trigger ballot.",
    "Labour activists launched a campaign to deselect MP Tom Hale.",
    "Conservative councillor Ann Lee survived a deselection attempt.",
    "Labour councillor Amir Shah narrowly avoided losing the selection vote.",
    "Labour councillor Mo Reid's motion was rejected as unworkable.",
    "Labour councillor Mo Reid was passed over for the cabinet.",
])
def test_choices_that_are_not_deselections(nlp, text):
    assert run(nlp, text) == {}


# --- Defected, then expelled by the party left ---------------------------------------------------

@pytest.mark.parametrize("text, person, party_from, party_to", [
    ("Rajan Patil, who joined the NCP last week, was expelled from Congress on Monday for "
     "anti-party activities.", "Rajan Patil", "Congress", "Nationalist Congress Party"),
    ("Ashok Rane, who had switched over to the Trinamool Congress, was on Friday expelled "
     "from the Congress.", "Ashok Rane", "Congress", "Trinamool Congress"),
    ("The Congress on Monday expelled former MLA Vinod Shetty, days after he joined the BJP.",
     "Vinod Shetty", "Congress", "BJP"),
    ("Councillor Dave Ruddock, who defected to Reform UK in March, was then expelled by the "
     "Conservatives.", "Dave Ruddock", "Conservative", "Reform UK"),
])
def test_expulsion_after_a_move_is_the_move(nlp, text, person, party_from, party_to):
    evs = extract_events(CleanedArticle(text=text, published=PUB), nlp)
    assert [(e.person, e.type, e.party_from, e.party_to) for e in evs] == [
        (person, "defected", party_from, party_to)]


def test_expulsion_after_an_earlier_suspension_stays_an_expulsion(nlp):
    ev = run(nlp, "Councillor Ben Fox was expelled from the Conservatives after he stood "
                  "against the party's candidate.")["Ben Fox"]
    assert (ev.type, ev.party_from) == ("expelled", "Conservative")


# --- Lists of movers, and parties of one's own ---------------------------------------------------

def test_dash_list_of_mps_crossing(nlp):
    evs = run(nlp, "Four Democratic Alliance MPs crossed the floor to the ANC on Thursday. "
                   "They are:\n- Thabo Nkosi, to the ANC\n- Lerato Dlamini, to the ANC\n"
                   "- Pieter van Wyk, to the ANC")
    assert set(evs) == {"Thabo Nkosi", "Lerato Dlamini", "Pieter van Wyk"}
    assert {(e.type, e.party_from, e.party_to) for e in evs.values()} == {
        ("defected", "Democratic Alliance", "African National Congress")}


def test_list_line_naming_no_party_is_no_event(nlp):
    assert run(nlp, "The new ministers were named on Friday. They are:\n"
                    "- Naledi Khumalo, to the Department of Health\n"
                    "- Andile Zulu, to the Treasury") == {}


@pytest.mark.parametrize("text, person, new_party", [
    ("DA MP Sipho Mahlangu left the party for his own new party, the Progressive Independent "
     "Movement.", "Sipho Mahlangu", "Progressive Independent Movement"),
    ("Another MP, Johan Botha, quit the Democratic Alliance to form his own party, the "
     "Freedom Renewal Movement.", "Johan Botha", "Freedom Renewal Movement"),
    ("Former DA MP Jan Pretorius has formed a new party, the Renewal Front, after quitting "
     "the DA in March.", "Jan Pretorius", "Renewal Front"),
    ("Cape Town MP Sizwe Ndlovu has left the Democratic Alliance. He has since launched his "
     "own party, the Karoo Civic Movement.", "Sizwe Ndlovu", "Karoo Civic Movement"),
])
def test_a_party_of_ones_own_is_where_the_leaver_went(nlp, text, person, new_party):
    evs = [e for e in extract_events(CleanedArticle(text=text, published=PUB), nlp)
           if e.person == person and e.party_to]
    assert [(e.type, e.party_from, e.party_to) for e in evs] == [
        ("defected", "Democratic Alliance", new_party)]


def test_democratic_alliance_is_not_the_us_democrats(nlp):
    from floorcross.extract.terms import find_parties

    assert [p.name for p in find_parties("Four Democratic Alliance MPs and a Democrat")] == [
        "Democratic Alliance", "Democratic"]


# --- Exits with no destination -------------------------------------------------------------------

@pytest.mark.parametrize("text, person, party", [
    ("Former MP Kirsty Bain has announced that she is quitting the SNP, saying the party has "
     "lost its way.", "Kirsty Bain", "SNP"),
    ("State Sen. Jordan Hale said Tuesday he is leaving the Republican Party.", "Jordan Hale",
     "Republican"),
    ("Councillor Niamh Kerr has resigned from Sinn Féin and will remain as a councillor.",
     "Niamh Kerr", "Sinn Féin"),
    ("Councillor Owen Tate announced his departure from the Conservative Party on Friday.",
     "Owen Tate", "Conservative"),
    ("Labour councillor Gina Farr said she was stepping away from the party.", "Gina Farr",
     "Labour"),
])
def test_exit_with_no_destination(nlp, text, person, party):
    ev = run(nlp, text)[person]
    assert (ev.type, ev.party_from, ev.party_to) == ("resigned", party, None)


@pytest.mark.parametrize("text, person, party", [
    ("Cllr Declan Ward, who has quit Sinn Féin, is now listed as an Independent on the "
     "council's website.", "Declan Ward", "Sinn Féin"),
    ("Dublin councillor Maeve Tully has left Sinn Féin. She is now listed as an Independent "
     "on the council's website.", "Maeve Tully", "Sinn Féin"),
    ("Councillor Aoife Moran resigned from Fianna Fáil last month and is now listed as an "
     "independent member.", "Aoife Moran", "Fianna Fáil"),
])
def test_listed_as_an_independent_after_leaving(nlp, text, person, party):
    ev = run(nlp, text)[person]
    assert (ev.type, ev.party_from, ev.party_to) == ("resigned", party, "Independent")


@pytest.mark.parametrize("text, person, party", [
    ("State Rep. Dana Whitfield is no longer a Democrat, she announced on Monday.",
     "Dana Whitfield", "Democratic"),
    ("Cllr Ivor Penn is no longer a Conservative after 20 years in the party.", "Ivor Penn",
     "Conservative"),
])
def test_no_longer_one_of_the_party(nlp, text, person, party):
    ev = run(nlp, text)[person]
    assert (ev.type, ev.party_from) == ("resigned", party)


def test_no_longer_a_councillor_is_a_seat_not_a_party(nlp):
    assert run(nlp, "Cllr Ivor Penn, a Labour member, is no longer a Councillor after the "
                    "by-election.") == {}


def test_listed_as_an_independent_candidate_is_not_a_change(nlp):
    assert run(nlp, "Suspended Labour councillor Rhys Powell is now listed as an independent "
                    "candidate on the ballot paper.") == {}


# --- Back in the party and the whip --------------------------------------------------------------

@pytest.mark.parametrize("text, person, party", [
    ("Labour MP Michael Harle has been reinstated to the Labour Party and to the Labour whip.",
     "Michael Harle", "Labour"),
    ("Conservative councillor Joan Pike was reinstated to the party and the whip on Monday.",
     "Joan Pike", "Conservative"),
    ("SNP MSP Ewan Baird has been readmitted to the party and the whip after an inquiry "
     "cleared him.", "Ewan Baird", "SNP"),
])
def test_reinstated_to_party_and_whip_is_one_whip_restored(nlp, text, person, party):
    evs = extract_events(CleanedArticle(text=text, published=PUB), nlp)
    assert [(e.person, e.type, e.party_from) for e in evs] == [
        (person, "whip_restored", party)]
