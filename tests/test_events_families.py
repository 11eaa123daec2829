"""Event families met in real coverage, each written for the project about invented people and
places: group membership phrasing, companions, nominal acts, reporting verbs, new lexicon,
name shapes, the subject's party, one action told with two verbs, denials, and "independent"
said away from the verb."""

from __future__ import annotations

from datetime import date

import pytest

from floorcross.extract.events import extract_events
from floorcross.types import CleanedArticle

PUB = date(2024, 5, 10)


def run(nlp, text: str) -> dict:
    events = extract_events(CleanedArticle(text=text, published=PUB), nlp)
    return {e.person: e for e in events}


# --- Membership: "among", "include" ---------------------------------------------------------

def test_names_among_a_counted_group(nlp):
    evs = run(nlp, "Councillors Ruth Penhale and Gary Stott are among the 14 councillors to "
                   "have defected to Reform UK from the Conservatives this year.")
    assert set(evs) == {"Ruth Penhale", "Gary Stott"}
    assert {(e.type, e.party_to) for e in evs.values()} == {("defected", "Reform UK")}


def test_among_those_walking_away(nlp):
    evs = run(nlp, "Council leader Bev Amos is among those walking away from Labour.")
    assert set(evs) == {"Bev Amos"}
    assert (evs["Bev Amos"].type, evs["Bev Amos"].party_from) == ("resigned", "Labour")


def test_group_to_quit_include_named_members(nlp):
    evs = run(nlp, "The four councillors to quit Labour include a former cabinet member, "
                   "Naseem Akhtar, and a former whip, Idris Mangera.")
    assert set(evs) == {"Naseem Akhtar", "Idris Mangera"}
    assert {e.party_from for e in evs.values()} == {"Labour"}


def test_wave_of_defections_which_include(nlp):
    evs = run(nlp, "The latest wave of defections, which include former Tory councillor Ruth "
                   "Penhale and Wakefield councillor Gary Stott, has rattled the party.")
    assert set(evs) == {"Ruth Penhale", "Gary Stott"}


# --- Companions: "alongside", "joined by" ---------------------------------------------------

def test_alongside_shares_the_change(nlp):
    evs = run(nlp, "Former SNP MP Fergus Laird joined Alba on Friday, alongside ex-MSP "
                   "Morag Crear.")
    assert set(evs) == {"Fergus Laird", "Morag Crear"}
    assert (evs["Morag Crear"].party_from, evs["Morag Crear"].party_to) == ("SNP", "Alba")


def test_joined_by_in_the_next_sentence(nlp):
    evs = run(nlp, "Lord Pennick has quit Labour. He was joined by former minister Lord Askew, "
                   "who told the BBC the party had lost its way.")
    assert set(evs) == {"Pennick", "Askew"}
    assert evs["Askew"].party_from == "Labour"


def test_joined_by_a_list_in_moving_to_a_party(nlp):
    evs = run(nlp, "Three Labour councillors in Hackley have had enough. They are joined by "
                   "Ola Brennan, Kwame Essien and Tariq Shah in moving to the Greens.")
    assert set(evs) == {"Ola Brennan", "Kwame Essien", "Tariq Shah"}
    assert {(e.party_from, e.party_to) for e in evs.values()} == {("Labour", "Green")}


def test_companion_inside_a_place_is_not_a_person(nlp):
    evs = run(nlp, "Nadia Brook defected to Alba, joined by the former MP for Glenmorran "
                   "Firth.")
    assert set(evs) == {"Nadia Brook"}


# --- Nominal acts ----------------------------------------------------------------------------

def test_decision_by_named_people_to_defect(nlp):
    evs = run(nlp, "The decision by Lib Dem councillors Ann Mowbray and Piers Kell to defect "
                   "gave the Conservatives control of the council.")
    assert set(evs) == {"Ann Mowbray", "Piers Kell"}
    assert {e.party_from for e in evs.values()} == {"Liberal Democrats"}


def test_possessive_move_to_a_party(nlp):
    evs = run(nlp, "Pendle councillor Jack Orrin's bombshell move to Reform UK stunned his "
                   "Tory colleagues.")
    ev = evs["Jack Orrin"]
    assert (ev.type, ev.party_from, ev.party_to) == ("defected", "Conservative", "Reform UK")


# --- Reporting verbs with a complement clause -------------------------------------------------

def test_revealed_she_had_left_and_joined(nlp):
    evs = run(nlp, "Kerry Ogden, the MP for Eastshore, revealed on Saturday she had left the "
                   "SNP and had joined Alba.")
    assert list(evs) == ["Kerry Ogden"]
    assert (evs["Kerry Ogden"].type, evs["Kerry Ogden"].party_to) == ("defected", "Alba")


def test_they_announced_they_were_leaving(nlp):
    evs = run(nlp, "Councillors Ann Platt and Tom Platt said last summer that they were "
                   "leaving the Lib Dems to become the Broadmere Independents.")
    assert set(evs) == {"Ann Platt", "Tom Platt"}
    for ev in evs.values():
        assert (ev.party_from, ev.party_to) == ("Liberal Democrats", "Broadmere Independents")


def test_announced_his_decision_to_quit(nlp):
    evs = run(nlp, "MLA Sam Kerr has announced his decision to quit the DUP after 21 years.")
    assert (evs["Sam Kerr"].type, evs["Sam Kerr"].party_from) == ("resigned", "DUP")


# --- Lexicon ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, person, kind, party_to", [
    ("Colin Dray, a veteran Nats councillor, has jumped ship to Reform UK.",
     "Colin Dray", "defected", "Reform UK"),
    ("State Rep. Dana Holloway, a Democrat, changed her party affiliation to Republican on "
     "Wednesday.", "Dana Holloway", "defected", "Republican"),
    ("Cllr Tom Pike was banned from the Labour Party for 12 months.",
     "Tom Pike", "suspended", None),
    ("Nova Scotia MP Luc d'Aubigny has quit the Conservative caucus and will join the Liberals.",
     "Luc d'Aubigny", "defected", "Liberal Party of Canada"),
])
def test_phrases_for_a_change(nlp, text, person, kind, party_to):
    ev = run(nlp, text)[person]
    assert (ev.type, ev.party_to) == (kind, party_to)


def test_nats_is_the_snp(nlp):
    assert run(nlp, "Colin Dray, a veteran Nats councillor, has jumped ship to Reform UK."
               )["Colin Dray"].party_from == "SNP"


def test_suspended_from_the_party_group_is_losing_the_whip(nlp):
    ev = run(nlp, "Cllr Owain ab Iorwerth has been suspended from Plaid Cymru's group on the "
                  "council.")["Owain ab Iorwerth"]
    assert (ev.type, ev.party_from) == ("whip_removed", "Plaid Cymru")


# --- Names --------------------------------------------------------------------------------

@pytest.mark.parametrize("text, person", [
    ("Councillor Haroon 'Happy' Malik has quit Labour.", "Haroon Malik"),
    ("Alberta MP Dana Kowalchuk has left the Conservative Party.", "Dana Kowalchuk"),
    ("Monaghan Cllr Peadar Rooney has also resigned from Fine Gael.", "Peadar Rooney"),
    ("Cllr Owain ab Iorwerth has quit Plaid Cymru.", "Owain ab Iorwerth"),
])
def test_name_shapes(nlp, text, person):
    assert list(run(nlp, text)) == [person]


# --- Whose party -------------------------------------------------------------------------------

def test_party_named_for_someone_else_is_not_the_subjects(nlp):
    text = ("Eight former Labour councillors have formed a new group on Fenby council, leaving "
            "Labour without a majority. Labour said it was disappointed.\n"
            "Cllr Rashid Mota, a former Conservative councillor, quit the Conservative Party "
            "last year, and Cllr Zubair Loonat, who resigned from the party in March, has "
            "joined them.")
    evs = run(nlp, text)
    assert evs["Zubair Loonat"].party_from == "Labour"
    assert evs["Rashid Mota"].party_from == "Conservative"


def test_canadian_short_names_map_to_canadian_parties(nlp):
    text = ("Ontario MP Ravi Sandhu crossed the floor in Ottawa on Tuesday to join the Liberal "
            "caucus, leaving the Conservatives. Prime Minister Carney welcomed him.")
    ev = run(nlp, text)["Ravi Sandhu"]
    assert (ev.party_from, ev.party_to) == ("Conservative Party of Canada",
                                            "Liberal Party of Canada")


def test_australian_labor(nlp):
    text = ("Senator Mia Kostas has quit the Labor Party to sit on the crossbench in Canberra, "
            "siding with the Greens on the vote.")
    assert run(nlp, text)["Mia Kostas"].party_from == "Australian Labor Party"


# --- One action, two verbs ---------------------------------------------------------------------

def test_suspended_and_whip_removed_is_one_suspension(nlp):
    evs = extract_events(CleanedArticle(text=(
        "Councillor Gwen Talbot has been suspended from the Labour Party pending an "
        "investigation. Ms Talbot has also had the whip removed, the group confirmed."),
        published=PUB), nlp)
    assert [(e.person, e.type) for e in evs] == [("Gwen Talbot", "suspended")]


def test_expelled_after_the_whip_was_withdrawn_is_one_expulsion(nlp):
    evs = extract_events(CleanedArticle(text=(
        "Cllr Mervyn Hale has been expelled from the Conservative Party. It follows the "
        "party's decision to withdraw the whip from Cllr Hale last month."), published=PUB), nlp)
    assert [(e.person, e.type) for e in evs] == [("Mervyn Hale", "expelled")]


def test_lost_the_whip_then_no_longer_a_member_is_one_event(nlp):
    evs = extract_events(CleanedArticle(text=(
        "Veteran MP Brian Solway has lost the Labour whip. Losing the whip means Mr Solway "
        "is no longer a member of the parliamentary party."), published=PUB), nlp)
    assert [(e.person, e.type) for e in evs] == [("Brian Solway", "whip_removed")]


def test_allowed_to_rejoin_and_readmitted_is_one_return(nlp):
    evs = extract_events(CleanedArticle(text=(
        "Former MP Dylan Rowe has been allowed to rejoin Plaid Cymru. The party decided to "
        "readmit Mr Rowe after a review."), published=PUB), nlp)
    assert len(evs) == 1 and evs[0].type in ("readmitted", "rejoined")


# --- Not events --------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Councillor Dawn Pelling has hit out at rumours that she is poised to defect to Reform UK.",
    '"I would sooner retire than defect to Reform UK. There is zero chance," '
    'said Tory MP Roger Haycock.',
    "Tory MP Roger Haycock insists he is not leaving the Conservatives.",
    "Gwilym Rees has stood down as chair of Plaid Cymru, citing his health.",
    "Ms Pryce will sit as an independent on the committee.",
])
def test_denials_and_posts_are_not_events(nlp, text):
    assert run(nlp, text) == {}


def test_the_confirmer_is_not_the_subject(nlp):
    text = ("A Labour councillor has been suspended, it has been claimed. Group leader Cllr Jo "
            "Fenwick confirmed that Cllr Ellis Marr has had the whip removed.")
    assert set(run(nlp, text)) == {"Ellis Marr"}


def test_joined_him_in_a_party(nlp):
    text = ("Mr Galbraith confirmed that a Labour councillor of two decades, Jaswant "
            "Dhillon, has now joined him in the Workers Party.")
    evs = run(nlp, text)
    assert set(evs) == {"Jaswant Dhillon"}
    assert (evs["Jaswant Dhillon"].party_from, evs["Jaswant Dhillon"].party_to) == (
        "Labour", "Workers Party")


# --- Independent said away from the verb ------------------------------------------------------

def test_independent_in_the_next_sentence(nlp):
    ev = run(nlp, "Cllr Ben Okafor has quit the Labour Party. He will continue to serve the "
                  "ward as an independent.")["Ben Okafor"]
    assert (ev.type, ev.party_to) == ("resigned", "Independent")


def test_independent_in_the_persons_own_quote(nlp):
    ev = run(nlp, 'Cllr Ben Okafor has quit the Labour Party. "I will continue to work for '
                  'Eastfold as an independent councillor," he said.')["Ben Okafor"]
    assert ev.party_to == "Independent"


def test_independent_for_a_listed_group(nlp):
    evs = run(nlp, "Three councillors have quit Labour: Imtiaz Vohra, Nasreen Dadabhoy and "
                   "Zubair Hafeji. They will sit as independents.")
    assert set(evs) == {"Imtiaz Vohra", "Nasreen Dadabhoy", "Zubair Hafeji"}
    assert {e.party_to for e in evs.values()} == {"Independent"}


def test_group_that_formed_an_independent_group(nlp):
    text = ("Four councillors have quit Labour on Fenby council and formed an independent "
            "group.\nThe councillors to leave the party are: Carys Lund, Owen Trask, Pia Mehta "
            "and Seth Abara.")
    evs = run(nlp, text)
    assert set(evs) == {"Carys Lund", "Owen Trask", "Pia Mehta", "Seth Abara"}
    assert {(e.type, e.party_to) for e in evs.values()} == {("resigned", "Independent")}


def test_peer_joining_the_crossbenches_goes_independent(nlp):
    ev = run(nlp, "Lord Hadfield has resigned from the Labour Party and will sit on the "
                  "crossbenches.")["Hadfield"]
    assert (ev.type, ev.party_to) == ("resigned", "Independent")


def test_defection_with_the_destination_elsewhere_in_the_sentence(nlp):
    evs = run(nlp, "The decision by Lib Dem councillor Ann Mowbray to defect handed the "
                   "Conservatives control of the council.")
    assert (evs["Ann Mowbray"].type, evs["Ann Mowbray"].party_to) == ("defected", "Conservative")


def test_party_of_a_motion_in_an_earlier_sentence_is_not_the_subjects(nlp):
    text = ("Four Labour MPs lost the whip in July. They had voted for an SNP amendment on "
            "child benefit.\nThe party has now restored the whip to Rhian Tolley and Marcus "
            "Abbey.")
    evs = run(nlp, text)
    assert {e.party_from for e in evs.values() if e.type == "whip_restored"} == {"Labour"}


def test_party_in_the_reason_is_not_the_party_left(nlp):
    text = ("Plaid Cymru has many members in Gwyrddfa. Plaid Cymru MS Iolo "
            "Maddock was suspended from the group over his criticism of Labour's budget.")
    assert run(nlp, text)["Iolo Maddock"].party_from == "Plaid Cymru"


def test_pronoun_after_a_possessive_and_the_confirmer_left_out(nlp):
    text = ("Workers Party leader Tom Hardcastle confirmed that a veteran Labour "
            "councillor had now joined him in the Workers Party.\nCllr Ravi Sood's defection comes "
            "shortly after he had the Labour whip suspended.")
    evs = extract_events(CleanedArticle(text=text, published=PUB), nlp)
    people = {(e.person, e.type) for e in evs}
    assert ("Ravi Sood", "defected") in people
    assert not any(p == "Tom Hardcastle" for p, _ in people)
    sood = next(e for e in evs if e.person == "Ravi Sood" and e.type == "defected")
    assert (sood.party_from, sood.party_to) == ("Labour", "Workers Party")


def test_first_name_of_a_list_item_is_kept(nlp):
    evs = run(nlp, "The councillors who have quit Labour are group leader Yusuf Bhamji, Haroon "
                   "Lorgat, Ayesha Vali, Idris Kazi and Faizal Ghani.")
    assert set(evs) == {"Yusuf Bhamji", "Haroon Lorgat", "Ayesha Vali", "Idris Kazi",
                        "Faizal Ghani"}


def test_name_closing_the_sentence_after_the_clause(nlp):
    evs = run(nlp, "Reform UK has gained a further councillor who has defected from the "
                   "Scottish Tories, North Ayrshire's Fiona Gaddis.")
    ev = evs["Fiona Gaddis"]
    assert (ev.party_from, ev.party_to) == ("Conservative", "Reform UK")
    assert set(evs) == {"Fiona Gaddis"}


def test_coordinated_subjects_with_places(nlp):
    evs = run(nlp, "Fenby councillor Paula Ness and Deeside councillor Joel Park have both "
                   "joined the Greens from Labour.")
    assert set(evs) == {"Paula Ness", "Joel Park"}
    assert {(e.party_from, e.party_to) for e in evs.values()} == {("Labour", "Green")}


def test_the_place_mp_is_the_person_followed(nlp):
    text = ("Sian Rhydderch has been suspended by Plaid Cymru. The Glyncoed and Pentre MP was "
            "banned from the party for a year.")
    evs = run(nlp, text)
    assert set(evs) == {"Sian Rhydderch"}


def test_anonymous_pair_in_the_lede_named_later_by_role(nlp):
    text = ("An SNP MP and a town councillor are the newest duo to defect to Alba.\n"
            "Kirkfield MP Dougie Reid said the SNP had lost its way.\n"
            "Councillor Fiona Dunlop said it had been a hard decision.")
    evs = run(nlp, text)
    assert set(evs) == {"Dougie Reid", "Fiona Dunlop"}
    assert (evs["Dougie Reid"].role, evs["Fiona Dunlop"].role) == ("mp", "councillor")


def test_second_event_for_the_same_person(nlp):
    text = ("Tory MP Ross Varley has defected to Reform UK. Party leader Jane Orme said she was "
            "disappointed. His defection comes after he was sacked as shadow housing minister "
            "and suspended.")
    evs = extract_events(CleanedArticle(text=text, published=PUB), nlp)
    got = {(e.person, e.type, e.party_from) for e in evs}
    assert got == {("Ross Varley", "defected", "Conservative"),
                   ("Ross Varley", "suspended", "Conservative")}


@pytest.mark.parametrize("text", [
    "Former AM Lord Penrhos has applied to rejoin Plaid Cymru.",
    "Lord Penrhos has made an application to rejoin Plaid Cymru.",
])
def test_application_to_rejoin_is_not_an_event(nlp, text):
    assert run(nlp, text) == {}
