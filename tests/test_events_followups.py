"""Changes told over several clauses or sentences, written for the project about invented people
and places: a destination given after the leaving, groups named after a plural lead, lists the
parser misreads, background steps with their own dates, one party per listed person, and
whether a scheduled or announced change is reported as decided."""

from __future__ import annotations

from datetime import date

import pytest

from floorcross.extract.events import extract_events
from floorcross.types import CleanedArticle

PUB = date(2024, 5, 10)


def run(nlp, text: str) -> dict:
    events = extract_events(CleanedArticle(text=text, published=PUB), nlp)
    return {(e.person, e.type): e for e in events}


def people(evs: dict) -> set[str]:
    return {p for p, _ in evs}


# --- The destination after the leaving --------------------------------------------------------

def test_joining_in_the_next_sentence_makes_one_defection(nlp):
    evs = run(nlp, "Councillor Dana Pryce has resigned from the Liberal Democrats. She is "
                   "joining the Green Party, which now has four seats on Fenwick Council.")
    assert list(evs) == [("Dana Pryce", "defected")]
    e = evs["Dana Pryce", "defected"]
    assert (e.party_from, e.party_to) == ("Liberal Democrats", "Green")


def test_hours_later_joined_a_party_outside_the_pattern_table(nlp):
    evs = run(nlp, "Former Congress MLA Ravi Desai resigned from the party on Tuesday and "
                   "hours later joined the BJP in Gandhinagar.")
    e = evs["Ravi Desai", "defected"]
    assert (e.party_from, e.party_to) == ("Congress", "BJP")


def test_joining_the_crossbench_is_going_independent(nlp):
    evs = run(nlp, "Senator Liam Byrne quit the Greens on Friday, joining the crossbench.")
    e = evs["Liam Byrne", "resigned"]
    assert (e.party_from, e.party_to) == ("Green", "Independent")


def test_quit_to_sit_as_another_partys_councillor(nlp):
    evs = run(nlp, "Cllr Ann Kell has quit Labour to sit as a Green councillor on Marsby "
                   "Borough Council.")
    e = evs["Ann Kell", "defected"]
    assert (e.party_from, e.party_to) == ("Labour", "Green")


def test_sitting_as_the_same_party_is_no_destination(nlp):
    evs = run(nlp, "Cllr Joe Pitt has quit the Labour group but will sit as a Labour member "
                   "of the council.")
    assert all(e.party_to != "Labour" for e in evs.values())


# --- Names after a plural lead ----------------------------------------------------------------

def test_they_are_lists_the_group(nlp):
    evs = run(nlp, "Three Plaid Cymru councillors have quit the party's group on Tremont "
                   "Council. They are Gwen Ellis, Rhodri Hale and Siân Mort.")
    assert people(evs) == {"Gwen Ellis", "Rhodri Hale", "Siân Mort"}
    assert {(e.type, e.party_from) for e in evs.values()} == {("resigned", "Plaid Cymru")}


def test_names_were_the_three(nlp):
    evs = run(nlp, "Three Conservative councillors on Braxley Council have resigned from the "
                   "party. Ken Ulley, Pat Dorne and Viv Sall were the three who left.")
    assert people(evs) == {"Ken Ulley", "Pat Dorne", "Viv Sall"}


def test_people_reacting_to_a_plural_lead_are_not_the_group(nlp):
    evs = run(nlp, "Three Labour councillors have quit the party in Hollin. Council leader "
                   "Ann Bell, deputy leader Tom Rees and chief whip Sal Ng criticised the move.")
    assert not {"Ann Bell", "Tom Rees", "Sal Ng"} & people(evs)


def test_a_different_count_is_not_the_group(nlp):
    evs = run(nlp, "Two councillors have resigned from the SNP. Ewan Lyle, Morag Tull and "
                   "Iain Bews are the party's remaining members on the council.")
    assert not people(evs)


def test_plural_title_with_plus_names_everyone(nlp):
    evs = run(nlp, "Couns Ray Dunn and Lisa Kemp, plus Harry Vale, have been expelled from "
                   "the Labour Party.")
    assert people(evs) == {"Ray Dunn", "Lisa Kemp", "Harry Vale"}


def test_plural_suspensions_received(nlp):
    evs = run(nlp, "Labour councillors Amy Ross and Ben Tate received six-month suspensions "
                   "from the party.")
    assert set(evs) == {("Amy Ross", "suspended"), ("Ben Tate", "suspended")}


def test_list_read_as_an_apposition_keeps_every_name(nlp):
    evs = run(nlp, "Kate Rudd, Sam Oyelaran and Neil Penn lost the Labour whip in July.")
    assert people(evs) == {"Kate Rudd", "Sam Oyelaran", "Neil Penn"}


# --- Background steps -------------------------------------------------------------------------

def test_earlier_join_does_not_rewrite_the_party_left_now(nlp):
    evs = run(nlp, "Councillor Mia Trent has quit Reform UK. In October 2023 she joined Reform "
                   "from the Conservatives.")
    assert evs["Mia Trent", "resigned"].party_from == "Reform UK"
    assert evs["Mia Trent", "defected"].date == "2023-10"


def test_background_quit_is_its_own_step_with_its_own_date(nlp):
    evs = run(nlp, "Cllr Omar Dade has joined the Workers Party, after having earlier quit "
                   "Labour on January 2.")
    left = evs["Omar Dade", "resigned"]
    joined = evs["Omar Dade", "defected"]
    assert (left.party_from, left.date) == ("Labour", "2024-01-02")
    assert (joined.party_from, joined.party_to) == ("Labour", "Workers Party")
    assert joined.date != "2024-01-02"


def test_relative_clause_on_an_apposition(nlp):
    evs = run(nlp, "Republican lawmakers welcomed Senator Jane Ruiz, a longtime Democrat who "
                   "switched to the Republican Party this week.")
    e = evs["Jane Ruiz", "defected"]
    assert (e.party_from, e.party_to) == ("Democratic", "Republican")


# --- One party per listed person --------------------------------------------------------------

def test_each_listed_person_keeps_their_own_party(nlp):
    evs = run(nlp, "Two councillors, Labour's Rob Ames and Liberal Democrat Sue Kray, have "
                   "joined the Green Party.")
    assert evs["Rob Ames", "defected"].party_from == "Labour"
    assert evs["Sue Kray", "defected"].party_from == "Liberal Democrats"


# --- Decided or not ---------------------------------------------------------------------------

def test_scheduled_whip_return_confirmed_by_the_party_is_not_hedged(nlp):
    evs = run(nlp, "Labour MP Kate Rudd will have the whip returned on Monday, the party has "
                   "confirmed.")
    e = evs["Kate Rudd", "whip_restored"]
    assert not e.hedged


def test_own_announcement_of_quitting_is_not_hedged(nlp):
    evs = run(nlp, "Senator Ruth Kale said she will quit the Greens and sit on the crossbench.")
    e = evs["Ruth Kale", "resigned"]
    assert (e.hedged, e.party_to) == (False, "Independent")


def test_newsroom_knowledge_of_a_done_restoration_is_not_hedged(nlp):
    evs = run(nlp, "The Gazette understands that the Labour whip has been restored to Wessex "
                   "MP Jon Tallis.")
    assert not evs["Jon Tallis", "whip_restored"].hedged


@pytest.mark.parametrize("text, person", [
    ("Cllr Ben Hart is believed to have quit the Conservatives.", "Ben Hart"),
    ("Cllr Lin Moss is set to join Reform UK from the Conservatives.", "Lin Moss"),
    ("Cllr Nate Byers has reportedly left Labour.", "Nate Byers"),
    ("The Gazette understands Cllr Dee Amis will quit Labour next week.", "Dee Amis"),
])
def test_beliefs_and_plans_stay_hedged(nlp, text, person):
    evs = run(nlp, text)
    assert [e.hedged for (p, _), e in evs.items() if p == person] == [True]


def test_allowed_back_after_a_lifted_suspension_is_one_readmission(nlp):
    evs = run(nlp, "Former Labour MP Lee Darby has been allowed back into the party after his "
                   "suspension was lifted.")
    assert list(evs) == [("Lee Darby", "readmitted")]
    assert evs["Lee Darby", "readmitted"].party_to == "Labour"


def test_party_left_from_a_description_sentence(nlp):
    evs = run(nlp, "A councillor in Fife has defected to Reform UK. Cllr Morag Tull, who "
                   "represents the Kelty ward, was elected for the SNP in 2022.")
    e = evs["Morag Tull", "defected"]
    assert (e.party_from, e.party_to) == ("SNP", "Reform UK")


def test_companion_the_ner_misread_shares_the_move(nlp):
    evs = run(nlp, "Fenby councillor Alan Roe makes the move to Reform UK along with fellow "
                   "Conservative Jill Carver.")
    assert people(evs) == {"Alan Roe", "Jill Carver"}
    assert evs["Jill Carver", "defected"].party_to == "Reform UK"


# --- Where someone sits afterwards ------------------------------------------

def test_now_independent_back_reference_sets_the_destination(nlp):
    evs = run(nlp, "Cllr Dan Orme has quit the Conservatives over the housing plan. "
                   "The now-independent Hatherby councillor said he had been ignored for years.")
    e = evs["Dan Orme", "resigned"]
    assert (e.party_from, e.party_to) == ("Conservative", "Independent")
