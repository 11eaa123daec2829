"""Trigger and clause readings: a course not taken ("rather than sit as an independent"), a
sanction undone on appeal, membership terminated, "cast out of the party", removal off a
ticket, "stepped down from the party", the party joined in the passive ("the Greens were joined
by X"), a return told with a loose second verb, deselection with the purpose hung elsewhere,
named members of a sanctioned group, and the party a defection's own clause or its announcers
name. All people and places are invented."""

from __future__ import annotations

from datetime import date

import pytest

from floorcross.extract.events import extract_events
from floorcross.types import CleanedArticle

PUB = date(2024, 5, 10)


def run(nlp, text: str) -> dict:
    events = extract_events(CleanedArticle(text=text, published=PUB), nlp)
    return {(e.person, e.type): e for e in events}


def people(nlp, text: str) -> set[tuple[str, str]]:
    return set(run(nlp, text))


# --- A course not taken is not a change --------------------------------------------------------

@pytest.mark.parametrize("text", [
    ("Councillor Nora Pell has joined the Green Party. Explaining why she joined the Greens as "
     "opposed to sitting as an independent, she said the choice was easy."),
    ("Councillor Nora Pell has joined the Green Party. She chose the Greens rather than sit as "
     "an independent councillor, she said."),
    ("Councillor Nora Pell has joined the Green Party. Instead of sitting as an independent, "
     "she wanted a group behind her, she said."),
])
def test_an_alternative_not_taken_is_no_exit_to_independent(nlp, text):
    found = run(nlp, text)
    assert ("Nora Pell", "resigned") not in found
    assert found[("Nora Pell", "defected")].party_to == "Green"


def test_rather_than_quit_is_not_a_leaving(nlp):
    text = "Rather than quit the Labour Party, councillor Abel Ferris said he would fight on."
    assert not run(nlp, text)


# --- A sanction undone on appeal ---------------------------------------------------------------

@pytest.mark.parametrize("text, kind", [
    ("Councillor Mina Vos had the Labour whip withdrawn in June. Councillor Mina Vos has now won "
     "her appeal.", "whip_restored"),
    ("Green councillor Tobias Lark, suspended by the party in March, has won his appeal against "
     "the suspension.", "readmitted"),
    ("Cllr Petra Hume successfully appealed against her expulsion from the SNP, the party "
     "confirmed.", "readmitted"),
])
def test_an_appeal_won_undoes_the_sanction(nlp, text, kind):
    kinds = {k for (_, k) in people(nlp, text)}
    assert kind in kinds


@pytest.mark.parametrize("text", [
    "Councillor Ida Brook, suspended by Labour in May, has lost her appeal.",
    "Councillor Ida Brook, suspended by Labour in May, has lodged an appeal.",
    "Councillor Ida Brook, suspended by Labour in May, hopes to win her appeal next week.",
])
def test_an_appeal_lost_or_pending_restores_nothing(nlp, text):
    kinds = {k for (_, k) in people(nlp, text)}
    assert not kinds & {"readmitted", "whip_restored"}


# --- Membership ended, cast out, dropped off a ticket, stepped down from the party --------------

@pytest.mark.parametrize("text, person", [
    ("The Democratic Alliance terminated the party membership of councillor Peter Mokoena "
     "on Monday over his remarks.", "Peter Mokoena"),
    ("Labour has revoked the membership of councillor Gail Fenner after the hearing.",
     "Gail Fenner"),
    ("Cllr Rhys Amber has had his Plaid Cymru membership cancelled, the party said.",
     "Rhys Amber"),
])
def test_membership_terminated_is_an_expulsion(nlp, text, person):
    assert (person, "expelled") in people(nlp, text)


@pytest.mark.parametrize("text, person", [
    ("Cllr Ben Ayre said he was cancelling his Conservative membership to fight the seat.",
     "Ben Ayre"),
    ("Councillor Jo Marsh has cancelled her Labour Party membership after 30 years.",
     "Jo Marsh"),
    ("Cllr Tam Reid cancelled his SNP membership in protest at the leadership.", "Tam Reid"),
])
def test_ending_ones_own_membership_is_leaving(nlp, text, person):
    found = people(nlp, text)
    assert (person, "resigned") in found and (person, "expelled") not in found


@pytest.mark.parametrize("text", [
    "Councillor Lindiwe Dube has been cast out of the ANC after a hearing.",
    "Cllr Owen Tarrant was drummed out of the Conservative Party last year.",
    "Councillor Sipho Mabena was turfed out of the ANC in March.",
])
def test_cast_out_of_the_party_is_an_expulsion(nlp, text):
    found = people(nlp, text)
    assert any(k == "expelled" for (_, k) in found)


@pytest.mark.parametrize("text, person, party", [
    ("Senator Maeve Tolland was kicked off the LNP's Senate ticket in July.", "Maeve Tolland",
     "Liberal National Party"),
    ("Councillor Joss Pryor was dropped off the Labour slate for the Hilltop ward.",
     "Joss Pryor", None),
    ("Labour MP Ravi Kher was dropped off the party's ticket for the Northfield seat.",
     "Ravi Kher", "Labour"),
])
def test_off_the_ticket_is_a_deselection(nlp, text, person, party):
    found = run(nlp, text)
    if party is None:
        assert (person, "deselected") not in found  # a slate alone names no party choice
        return
    assert found[(person, "deselected")].party_from == party


@pytest.mark.parametrize("text, person", [
    ("Councillor Alf Benton stepped down from the Conservatives, joining the independent "
     "group at the weekend.", "Alf Benton"),
    ("Cllr Rosa Imrie has stood down from the Labour Party after 20 years.", "Rosa Imrie"),
    ("Councillor Hal Dorsey is stepping down from the Scottish Greens, he told colleagues.",
     "Hal Dorsey"),
])
def test_stepping_down_from_a_party_is_leaving_it(nlp, text, person):
    assert (person, "resigned") in people(nlp, text)


@pytest.mark.parametrize("text", [
    "Councillor Alf Benton stepped down from the cabinet in May.",
    "Cllr Rosa Imrie has stood down from the planning committee.",
    "Labour councillor Hal Dorsey is stepping down from the council at the election.",
])
def test_stepping_down_from_a_post_is_no_change(nlp, text):
    assert not run(nlp, text)


# --- The party joined in the passive; "is now a Republican" ------------------------------------

@pytest.mark.parametrize("text, person, party_to, party_from", [
    ("A month later, the Greens were joined by Councillor Ned Lowry, who previously "
     "represented the Lib Dems in the Kirkby ward.", "Ned Lowry", "Green", "Liberal Democrats"),
    ("Reform UK has been joined by former Conservative councillor Tess Grady.", "Tess Grady",
     "Reform UK", "Conservative"),
    ("The SNP group was joined on Monday by councillor Iain Rusk, formerly of Labour.",
     "Iain Rusk", "SNP", "Labour"),
])
def test_a_party_joined_by_someone_is_their_defection(nlp, text, person, party_to, party_from):
    ev = run(nlp, text)[(person, "defected")]
    assert (ev.party_from, ev.party_to) == (party_from, party_to)


@pytest.mark.parametrize("text, person", [
    ("A leading member of the Democratic Party, Senator Cole Barlow has decided to switch "
     "parties and is now a Republican.", "Cole Barlow"),
    ("State Senator Dana Whitt, long a Democrat, switched parties and is now a Republican.",
     "Dana Whitt"),
    ("Democratic representative Lee Crane changed parties on Monday and became a Republican.",
     "Lee Crane"),
])
def test_what_someone_now_is_gives_the_party_joined(nlp, text, person):
    ev = run(nlp, text)[(person, "defected")]
    assert (ev.party_from, ev.party_to) == ("Democratic", "Republican")


# --- Who did it ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    ("In May 2019 Cllr Dom Keats defected to the Conservatives over Brexit, then returned to "
     "the Labour Party less than a day later."),
    ("Cllr Dom Keats defected to the Conservatives in 2019, then returned to the Labour Party "
     "within a week."),
    ("Cllr Dom Keats crossed to the Conservatives in 2019 and returned to the Labour Party the "
     "next day."),
])
def test_a_return_after_a_short_defection_is_a_rejoining(nlp, text):
    found = run(nlp, text)
    assert found[("Dom Keats", "rejoined")].party_to == "Labour"


@pytest.mark.parametrize("text, named", [
    ("Two of the suspended members, Glyn Powys and Aled Rhun, were among those who signed the "
     "letter to Plaid Cymru.", {"Glyn Powys", "Aled Rhun"}),
    ("The expelled councillor, Nomsa Khuzwayo, said she would go to court over the ANC "
     "decision.", {"Nomsa Khuzwayo"}),
    ("The three suspended councillors, Priya Nandra, Rob Tate and Lia Moss, have written to "
     "the Labour Party.", {"Priya Nandra", "Rob Tate", "Lia Moss"}),
])
def test_named_members_of_a_sanctioned_group(nlp, text, named):
    found = {p for (p, k) in people(nlp, text) if k in ("suspended", "expelled")}
    assert named <= found


def test_a_sanctioned_noun_with_no_name_names_nobody(nlp):
    text = "The suspended councillors have yet to respond to the Labour Party."
    assert not run(nlp, text)


@pytest.mark.parametrize("text, person", [
    ("David Orme and Keith Lund have joined Bill Tarn in not being chosen by their party to "
     "fight for their seats next year. All three are Conservative councillors.", "Bill Tarn"),
    ("Conservative councillors Amy Roe and Jo Kerr have joined Sam Lyle in not being picked by "
     "the party to stand again.", "Sam Lyle"),
    ("Sue Dane and Ola Pike, both Labour councillors, joined Tom Ashe in not being selected by "
     "the party to contest their wards again.", "Tom Ashe"),
])
def test_joined_someone_in_not_being_chosen(nlp, text, person):
    found = people(nlp, text)
    assert (person, "deselected") in found
    assert sum(1 for (_, k) in found if k == "deselected") == 3


@pytest.mark.parametrize("text", [
    ("Councillor Rob Fane was a Labour member until May. When he resigned from the party, "
     "Coun Rob Fane accused Labour of bullying."),
    ("Councillor Rob Fane was a Labour member until May. After he quit the Labour Party, Cllr "
     "Rob Fane said he felt free."),
    ("Councillor Rob Fane was a Labour member until May. When he left the party, Coun Rob Fane "
     "said it had changed."),
])
def test_a_pronoun_before_the_name_is_the_named_subject(nlp, text):
    assert ("Rob Fane", "resigned") in people(nlp, text)


@pytest.mark.parametrize("text", [
    ("Two former Labour councillors have defected to the Green Party. Green leader Cara Mott "
     "welcomed both defections."),
    ("Two former Labour councillors have defected to the Green Party. Reform's Dan Hale "
     "condemned the defections."),
    ("Two former Labour councillors have defected to the Green Party. Labour leader Jon Ives "
     "regretted the defections."),
])
def test_someone_reacting_to_a_defection_did_not_defect(nlp, text):
    found = people(nlp, text)
    assert not {p for (p, _) in found} & {"Cara Mott", "Dan Hale", "Jon Ives"}


@pytest.mark.parametrize("text, person", [
    ("Announcing Mr Ellis Crane's defection at the conference, Green Party leader Nia Bold "
     "said more would follow.", "Ellis Crane"),
    ("Reform UK welcomed the defection of councillor Ivy Marsh on Friday.", "Ivy Marsh"),
    ("Green Party co-leader Fay Linton announced the defection of councillor Rory Gale at a "
     "rally.", "Rory Gale"),
])
def test_the_party_announcing_a_defection_is_where_it_went(nlp, text, person):
    ev = run(nlp, text)[(person, "defected")]
    assert ev.party_to in ("Green", "Reform UK")
    assert ev.party_from != ev.party_to


@pytest.mark.parametrize("text", [
    ("Cllr Mo Kaur said he was leaving Fianna Fáil and will run for Independent Ireland in "
     "the local elections."),
    "Cllr Mo Kaur has left Fianna Fáil and will stand for Independent Ireland in June.",
    "Cllr Mo Kaur quit Fianna Fáil and will stand as an Independent Ireland candidate.",
])
def test_standing_for_another_party_after_leaving_is_a_defection(nlp, text):
    ev = run(nlp, text)[("Mo Kaur", "defected")]
    assert (ev.party_from, ev.party_to) == ("Fianna Fáil", "Independent Ireland")


@pytest.mark.parametrize("text", [
    ("Councillor Una Vale is likely to join the BJP. Vale is likely to join the party soon, "
     "reports said."),
    "Councillor Una Vale will join the BJP, sources say. She will join the party on Friday.",
    ("Reports say Councillor Una Vale is set to join the BJP. Vale met its leaders and is "
     "expected to join the party within days."),
])
def test_the_party_joined_unnamed_is_the_one_the_article_names(nlp, text):
    ev = run(nlp, text)[("Una Vale", "defected")]
    assert ev.party_to == "BJP" and ev.hedged


@pytest.mark.parametrize("text", [
    ("The row deepened as the fall-out continued from the decision by councillor Kit Brand "
     "to quit the Labour Party this week, and others may be considering their position."),
    ("Some members fear another councillor may be considering their position following the "
     "decision by councillor Kit Brand to quit the Labour Party."),
    ("Colleagues may consider their future in the wake of the decision by councillor Kit "
     "Brand to leave the Labour Party."),
])
def test_a_decision_taken_is_not_blocked_by_what_governs_it(nlp, text):
    assert ("Kit Brand", "resigned") in people(nlp, text)


@pytest.mark.parametrize("text", [
    ("Councillor Edie Marr was suspended by Labour in May. She was welcomed back to the "
     "council chamber by the Conservative group leader."),
    ("Councillor Edie Marr was suspended by Labour in May. She was welcomed back to work "
     "by her colleagues on the Conservative-run council."),
    ("Councillor Edie Marr was suspended by Labour in May. Tory leader Ken Hart welcomed her "
     "back to the meeting."),
])
def test_welcomed_back_to_a_room_is_no_readmission(nlp, text):
    kinds = {k for (_, k) in people(nlp, text)}
    assert "readmitted" not in kinds


@pytest.mark.parametrize("text", [
    "Calls have been made for Conservative councillor Ali Brent to quit the party.",
    "Demands are growing for SNP councillor Ali Brent to leave the party after his remarks.",
    "Pressure is mounting on Labour councillor Ali Brent to resign from the party.",
])
def test_a_demand_that_someone_quit_is_no_change(nlp, text):
    assert not run(nlp, text)
