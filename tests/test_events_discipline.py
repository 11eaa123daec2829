"""Discipline, intentions and where people sit afterwards, as outlets phrase them: unnamed groups
named further on, background and active suspensions, motions carried or pending, removals from
a caucus or a candidacy, a party's plans, third-party claims that are denied, independents and
local groups of independents, returns to a party and joinings still to come. All people and
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


# --- A group with no names in the lead, named in the next sentence ----------------------------

@pytest.mark.parametrize("text, names, kind, party", [
    ("Two Labour councillors in Marbury have been expelled from the party after an inquiry "
     "into their posts online. Cllrs Dana Whitlock and Osman Fenner had already been barred "
     "from committees.", {"Dana Whitlock", "Osman Fenner"}, "expelled", "Labour"),
    ("The SNP has suspended two of its councillors in Kelburn pending an investigation. The "
     "pair, Ailsa Brodie and Callum Weir, deny any wrongdoing.",
     {"Ailsa Brodie", "Callum Weir"}, "suspended", "SNP"),
    ("Three Conservative councillors on Ridgeford council have had their party membership "
     "suspended. Michael Thorne, Priya Sandhu and Len Carver are accused of breaching the "
     "code of conduct.", {"Michael Thorne", "Priya Sandhu", "Len Carver"}, "suspended",
     "Conservative"),
])
def test_unnamed_group_named_next(nlp, text, names, kind, party):
    evs = run(nlp, text)
    assert set(evs) == names
    assert {(e.type, e.party_from) for e in evs.values()} == {(kind, party)}


def test_unnamed_group_needs_as_many_names_as_counted(nlp):
    evs = run(nlp, "Two Green councillors have been suspended by the party. Group leader Ann "
                   "Falk said she was saddened.")
    assert evs == {}


def test_suspended_from_council_posts_and_the_party(nlp):
    evs = run(nlp, "Cllrs Dana Whitlock and Osman Fenner, both Labour, were suspended from "
                   "committees and the local party in March.")
    assert set(evs) == {"Dana Whitlock", "Osman Fenner"}
    assert evs["Dana Whitlock"].type == "suspended"
    assert evs["Dana Whitlock"].date == "2024-03"


def test_suspended_from_council_posts_only_is_not_a_party_change(nlp):
    assert run(nlp, "Labour councillor Osman Fenner was suspended from the planning committee "
                    "in March.") == {}


# --- Background and active suspensions --------------------------------------------------------

@pytest.mark.parametrize("text, person, party", [
    ("Graham Holt, a Conservative councillor, was suspended by his local association last "
     "year.", "Graham Holt", "Conservative"),
    ("The Liberal Democrats suspended Marion Quayle's membership in October.",
     "Marion Quayle", "Liberal Democrats"),
    ("Ruth Kenning was suspended by Labour's national executive over the remarks.",
     "Ruth Kenning", "Labour"),
])
def test_suspensions_by_the_party_and_its_bodies(nlp, text, person, party):
    ev = run(nlp, text)[person]
    assert (ev.type, ev.party_from) == ("suspended", party)


def test_suspended_by_a_council_committee_is_not_a_party_change(nlp):
    assert run(nlp, "Labour councillor Ruth Kenning was suspended by the standards committee "
                    "for a month.") == {}


# --- Motions: carried or not ------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "At a meeting on Monday a proposal was carried to suspend Fiona Dunmore from the SNP group.",
    "A motion to suspend Cllr Harold Bexley from the Liberal Democrat group was passed by nine "
    "votes to three.",
    "Councillors backed a motion to suspend Cllr Harold Bexley from the Liberal Democrat group.",
])
def test_motion_carried_takes_the_whip(nlp, text):
    evs = run(nlp, text)
    assert len(evs) == 1
    assert next(iter(evs.values())).type == "whip_removed"


@pytest.mark.parametrize("text", [
    "A motion to suspend Cllr Harold Bexley from the Liberal Democrat group will be debated "
    "next week.",
    "Opposition members tabled a motion to suspend Cllr Harold Bexley from the Conservative "
    "group.",
    "A proposal to expel Cllr Harold Bexley from the Labour Party was defeated.",
])
def test_motion_not_carried_is_no_event(nlp, text):
    assert run(nlp, text) == {}


# --- Removals from a caucus or party room, and from a candidacy -------------------------------

@pytest.mark.parametrize("text, person, kind", [
    ("Ontario MP Stella Warde was removed from the Liberal caucus in 2022.",
     "Stella Warde", "whip_removed"),
    ("Conservative councillors voted to remove Peter Langham from their group on Thursday.",
     "Peter Langham", "whip_removed"),
    ("Senator Joan Pell has been booted from the Liberal party room over her vote.",
     "Joan Pell", "whip_removed"),
    ("Liberal MP Dominic Hale has been dumped from preselection for the seat of Carrow.",
     "Dominic Hale", "deselected"),
    ("Liberal MP Dominic Hale lost preselection for Carrow to a local lawyer on Saturday.",
     "Dominic Hale", "deselected"),
    ("Labour has dropped Cllr Nina Roe as its candidate for the mayoralty.",
     "Nina Roe", "deselected"),
])
def test_removals(nlp, text, person, kind):
    ev = run(nlp, text)[person]
    assert ev.type == kind


def test_lost_preselection_is_dated_by_its_verb(nlp):
    ev = run(nlp, "Liberal MP Dominic Hale lost preselection for Carrow on Saturday.")
    assert ev["Dominic Hale"].date == "2024-05-04"


# --- Whip withdrawn and restored; readmitted --------------------------------------------------

@pytest.mark.parametrize("text, person, kind", [
    ("Conservative MP Arthur Penn had the whip withdrawn last night.", "Arthur Penn",
     "whip_removed"),
    ("The whip has been restored to Labour MP Jo Renton after six months.", "Jo Renton",
     "whip_restored"),
    ("Labour MP Jo Renton has been readmitted to the parliamentary party.", "Jo Renton",
     "whip_restored"),
    ("Former Green councillor Nell Sorby has been readmitted to the party after an appeal.",
     "Nell Sorby", "readmitted"),
])
def test_whip_and_readmission(nlp, text, person, kind):
    assert run(nlp, text)[person].type == kind


def test_group_readmitted_then_named_with_the_whip(nlp):
    evs = run(nlp, "Labour readmits four MPs. The party has restored the whip to Jo Renton, Sam "
                   "Ibe, Harriet Clough and Dev Patel.")
    assert set(evs) == {"Jo Renton", "Sam Ibe", "Harriet Clough", "Dev Patel"}
    assert {(e.type, e.party_to) for e in evs.values()} == {("whip_restored", None)}


# --- A party's intentions: not yet done -------------------------------------------------------

@pytest.mark.parametrize("text", [
    "UKIP plans to expel councillor Barry Grint after he backed a rival candidate.",
    "Labour has moved to expel councillor Barry Grint, who faces a hearing.",
    "Plaid Cymru is to begin proceedings to expel Cllr Ellis Morgan over his comments.",
    "The Conservatives are considering whether to suspend Cllr Barry Grint.",
    "Reform UK is seeking to remove Cllr Barry Grint from its group.",
])
def test_intended_sanctions_are_not_events(nlp, text):
    assert run(nlp, text) == {}


def test_party_moving_swiftly_to_suspend_did_suspend(nlp):
    ev = run(nlp, "Labour moved swiftly to suspend councillor Barry Grint on Tuesday.")
    assert ev["Barry Grint"].type == "suspended"


def test_sanction_expected_is_hedged(nlp):
    ev = run(nlp, "Councillor Barry Grint is expected to be expelled from the Green Party.")
    assert ev["Barry Grint"].hedged


# --- Claims by others, denied -----------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "In a post on X, MP Gordon Lusk claimed that Cllr Wendy Baird had resigned from UKIP. Ms "
    "Baird later denied the claim.",
    "MP Gordon Lusk tweeted that Cllr Wendy Baird had quit UKIP. The claims were dismissed by "
    "Baird.",
    "Activists alleged that Cllr Wendy Baird had left the Conservatives. She said the rumours "
    "were not true.",
])
def test_denied_claims_are_not_events(nlp, text):
    assert run(nlp, text) == {}


def test_claim_without_denial_stays_hedged(nlp):
    ev = run(nlp, "Activists claimed that Cllr Wendy Baird had left the Conservatives.")
    assert ev["Wendy Baird"].hedged


# --- Where people sit afterwards --------------------------------------------------------------

@pytest.mark.parametrize("text, person", [
    ('Reform UK councillor Dean Arkwright has quit the party. He said: "As from today I will '
     'be an independent county councillor."', "Dean Arkwright"),
    ("Cllr Rosa Penberthy has left the Liberal Democrats. The now-independent Tamsford "
     "councillor said she had been pushed out.", "Rosa Penberthy"),
    ("Councillor Ivan Dole resigned from the SNP on Friday and said he would continue as an "
     "Independent.", "Ivan Dole"),
    ("Cllr Keith Amberley has resigned from the Conservative group and will sit as an "
     "independent.", "Keith Amberley"),
])
def test_goes_independent(nlp, text, person):
    ev = run(nlp, text)[person]
    assert (ev.type, ev.party_to) == ("resigned", "Independent")


def test_independent_candidate_is_not_where_someone_sits(nlp):
    ev = run(nlp, "Cllr Keith Amberley has quit Labour. He will be an independent candidate "
                  "at the next election.")["Keith Amberley"]
    assert ev.party_to is None


@pytest.mark.parametrize("text, group", [
    ("Labour councillor Lisa Trent has left the party to join the Taunton Deane Independents.",
     "Taunton Deane Independents"),
    ("Labour councillor Lisa Trent quit the party last year and now sits with the Ashfield "
     "Independents.", "Ashfield Independents"),
    ("Cllr Lisa Trent has left the Conservatives to become one of the Harwell Independents.",
     "Harwell Independents"),
])
def test_local_group_of_independents_kept_whole(nlp, text, group):
    assert run(nlp, text)["Lisa Trent"].party_to == group


@pytest.mark.parametrize("text", [
    "Councillor Owen Platt is returning to Labour.",
    "Councillor Owen Platt has returned to the Labour fold.",
    "Former Labour councillor Owen Platt has rejoined the party.",
])
def test_return_to_a_party_is_rejoined(nlp, text):
    ev = run(nlp, text)["Owen Platt"]
    assert (ev.type, ev.party_from, ev.party_to) == ("rejoined", None, "Labour")


def test_returning_to_the_council_is_not_rejoining(nlp):
    assert run(nlp, "Labour councillor Owen Platt has returned to the council chamber after "
                    "illness.") == {}


# --- Joinings still to come -------------------------------------------------------------------

def test_scheduled_join_after_leaving_stays_a_resignation(nlp):
    ev = run(nlp, "Congress MLA Radhika Menon resigned from the party on Monday and will join "
                  "the BJP on June 21.")["Radhika Menon"]
    assert (ev.type, ev.party_from, ev.party_to) == ("resigned", "Congress", None)


@pytest.mark.parametrize("text", [
    "Green councillor Tom Hewer will join Labour next week, the party said.",
    "Green councillor Tom Hewer is set to join Labour.",
    "Green councillor Tom Hewer is expected to join Labour at the weekend.",
])
def test_future_joins_are_hedged(nlp, text):
    ev = run(nlp, text)["Tom Hewer"]
    assert (ev.type, ev.party_to, ev.hedged) == ("defected", "Labour", True)


def test_quit_and_will_join_with_no_date_is_one_move(nlp):
    ev = run(nlp, "Ontario MP Luc Dartois has quit the Conservative caucus and will join the "
                  "Liberals.")["Luc Dartois"]
    assert ev.type == "defected"


# --- A party's own word inside a quotation ----------------------------------------------------

@pytest.mark.parametrize("text, person, kind", [
    ('An SNP spokesman said: "Mr Dunbar\'s expulsion from the party takes effect '
     'immediately." Mr Dunbar, the MP for Kilbrae, has sat as an independent since then.',
     "Dunbar", "expelled"),
    ('"We have today expelled Councillor Rhona Gill from the party," a Labour spokesperson '
     'said.', "Rhona Gill", "expelled"),
    ('"After a vote, Cllr Rhona Gill has been suspended from the Conservative group," the '
     'council leader said.', "Rhona Gill", "whip_removed"),
])
def test_sanction_in_the_party_voice(nlp, text, person, kind):
    assert run(nlp, text)[person].type == kind


@pytest.mark.parametrize("text", [
    '"If Cllr Rhona Gill is suspended from Labour, I will resign too," said Cllr Amy Tate.',
    '"Rhona Gill should be expelled from the Labour Party," said Cllr Amy Tate.',
])
def test_wished_or_conditional_sanction_in_a_quote_is_no_event(nlp, text):
    assert run(nlp, text) == {}


def test_third_party_post_is_hedged_own_post_is_not(nlp):
    other = run(nlp, "MP Gordon Lusk tweeted that Cllr Wendy Baird had quit UKIP.")
    own = run(nlp, "Cllr Wendy Baird tweeted that she had quit UKIP after ten years.")
    assert other["Wendy Baird"].hedged
    assert not own["Wendy Baird"].hedged


# --- Distancing without leaving ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Cllr Nadia Brook distanced herself from the Labour leadership but remains a party member.",
    "Green councillor Tom Hewer broke ranks with his group over the budget vote.",
    "Conservative MP Arthur Penn criticised his party's policy but said he was staying.",
])
def test_distancing_without_leaving(nlp, text):
    assert run(nlp, text) == {}


@pytest.mark.parametrize("text, kind", [
    ("Cllr Ben Ashe has been kicked out of the Conservative Party.", "expelled"),
    ("Labour MP Ben Ashe was ousted from the parliamentary party after the vote.",
     "whip_removed"),
    ("Cllr Ben Ashe has been ousted from the Conservative Party.", "expelled"),
])
def test_removed_from_the_parliamentary_party_is_the_whip(nlp, text, kind):
    assert run(nlp, text)["Ben Ashe"].type == kind


def test_a_speaker_is_not_counted_among_the_group(nlp):
    evs = run(nlp, "Two Conservative councillors have been suspended. Council leader Ann Falk "
                   "said Cllrs Ben Ashe and Jo Kerr had let residents down.")
    assert set(evs) == {"Ben Ashe", "Jo Kerr"}


# --- Readmissions told as a sanction ended ----------------------------------------------------

@pytest.mark.parametrize("text, people, party", [
    ("Two Green councillors in Harrowfield have had their suspensions lifted. Jo Pike and Sam "
     "Okafor can now return to the party group.", {"Jo Pike", "Sam Okafor"}, "Green"),
    ("Labour councillors Aled Price and Nia Vaughan have had their bans lifted and are back in "
     "the party.", {"Aled Price", "Nia Vaughan"}, "Labour"),
    ("Councillor Hugh Bellamy has had his Labour membership restored after a two-year "
     "suspension.", {"Hugh Bellamy"}, "Labour"),
    ("Former Labour councillor Jane Orme has been re-admitted to the party.", {"Jane Orme"},
     "Labour"),
])
def test_sanction_ended_is_readmitted(nlp, text, people, party):
    evs = run(nlp, text)
    assert set(evs) == people
    assert {(e.type, e.party_from) for e in evs.values()} == {("readmitted", party)}


def test_later_reinstated_after_a_suspension(nlp):
    evs = [e for e in extract_events(CleanedArticle(
        text="Cllr Derek Ames was suspended by the Conservatives in 2021 but was later "
             "re-instated.", published=PUB), nlp)]
    assert {(e.person, e.type) for e in evs} == {("Derek Ames", "suspended"),
                                                ("Derek Ames", "readmitted")}


# --- Verbs written with a hyphen --------------------------------------------------------------

@pytest.mark.parametrize("text, person, kind, party", [
    ("Reform UK councillor Tim Hollis has been de-selected as the party's candidate for "
     "Brinkley.", "Tim Hollis", "deselected", "Reform UK"),
    ("Councillor Pat Gorman re-joined the Liberal Democrats last week.", "Pat Gorman",
     "rejoined", None),
    ("The SNP has re-admitted Cllr Ishbel Munro after an appeal.", "Ishbel Munro",
     "readmitted", "SNP"),
])
def test_hyphenated_verbs(nlp, text, person, kind, party):
    ev = run(nlp, text)[person]
    assert ev.type == kind
    assert ev.party_from == party


def test_rejoined_with_a_hyphen_is_not_also_a_joining(nlp):
    evs = extract_events(CleanedArticle(
        text="Councillor Pat Gorman re-joined the Liberal Democrats last week.",
        published=PUB), nlp)
    assert [(e.type, e.party_to) for e in evs] == [("rejoined", "Liberal Democrats")]


# --- Quitting as a party's councillor ---------------------------------------------------------

@pytest.mark.parametrize("text, person, party", [
    ("Neil Tullett, who quit as a Conservative councillor in July, is now standing for Reform "
     "UK.", "Neil Tullett", "Conservative"),
    ("Councillor Anne Birch quit as a Labour councillor on Tuesday, saying the party had lost "
     "its way.", "Anne Birch", "Labour"),
    ("Cllr Omar Dabiri has resigned as a Liberal Democrat councillor and will sit as an "
     "independent.", "Omar Dabiri", "Liberal Democrats"),
])
def test_quit_as_a_party_councillor_leaves_the_party(nlp, text, person, party):
    ev = run(nlp, text)[person]
    assert (ev.type, ev.party_from) == ("resigned", party)


def test_resigning_as_a_councillor_before_a_by_election_is_the_seat(nlp):
    assert run(nlp, "Cllr Anne Birch has resigned as a Labour councillor. A by-election will "
                    "be held in Eastbrook ward in June.") == {}


# --- A suspension pending an investigation, after an unnamed lead -----------------------------

@pytest.mark.parametrize("text, person, party", [
    ("Cllr Jo Middle has been suspended from the party pending investigation. The Labour "
     "councillor for Kenbury ward was reported by an anonymous member.", "Jo Middle", "Labour"),
    ("A councillor has been suspended by Labour after an anonymous complaint. Cllr Joe "
     "Midwinter, who represents Ashby ward, has been suspended from the party pending "
     "investigation, a spokesperson confirmed.", "Joe Midwinter", "Labour"),
    ("A Conservative councillor in Pellingham has been suspended by the party while "
     "complaints are investigated. Councillor Rob Tennant said he would co-operate fully.",
     "Rob Tennant", "Conservative"),
])
def test_suspension_pending_investigation(nlp, text, person, party):
    ev = run(nlp, text)[person]
    assert (ev.type, ev.party_from) == ("suspended", party)


# --- Caucus sanctions (Canadian copy) ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Progressive Conservative Leader Mark Delaney has kicked MPP Gord Hallett out of caucus.",
    "Ontario PC Leader Mark Delaney has suspended MPP Gord Hallett from caucus.",
    "The NDP has suspended MLA Gord Hallett from its caucus pending a police investigation.",
    "Ontario's PC caucus has voted to expel MPP Gord Hallett, days after Leader Mark Delaney "
    "suspended him over comments about the budget.",
])
def test_caucus_sanctions_are_the_whip_of_the_member_only(nlp, text):
    evs = extract_events(CleanedArticle(text=text, published=PUB), nlp)
    assert evs and all(e.type == "whip_removed" for e in evs)
    assert all(e.person.endswith("Gord Hallett") for e in evs)


def test_letter_writer_asking_for_an_expulsion_is_not_expelled(nlp):
    evs = extract_events(CleanedArticle(text=(
        "Ontario PC Leader Mark Delaney has removed MPP Gord Hallett from caucus. Last month, "
        "MPP Ron Kessel wrote a letter to Delaney asking that Hallett be expelled from the PC "
        "caucus. Delaney then expelled Hallett from caucus on Thursday."), published=PUB), nlp)
    assert {e.person.split()[-1] for e in evs} == {"Hallett"}
    assert {e.type for e in evs} == {"whip_removed"}


# --- Sanctions told in relative and reduced clauses -------------------------------------------

def test_whose_suspension_was_lifted(nlp):
    ev = run(nlp, "Cllr Dina Shah, whose suspension was lifted in March, will stand again for "
                  "Labour.")["Dina Shah"]
    assert (ev.type, ev.party_from) == ("readmitted", "Labour")


@pytest.mark.parametrize("text, person, party", [
    ("Cllr Karen Wilde, suspended by the Tories last year over her comments, now sits as an "
     "independent.", "Karen Wilde", "Conservative"),
    ("Former councillor Rhys Daley, expelled from Plaid Cymru in 2019, has joined the Greens.",
     "Rhys Daley", "Plaid Cymru"),
])
def test_reduced_relative_sanction(nlp, text, person, party):
    evs = extract_events(CleanedArticle(text=text, published=PUB), nlp)
    assert any(e.person == person and e.type in ("suspended", "expelled")
               and e.party_from == party for e in evs)


@pytest.mark.parametrize("text", [
    "MPP Gord Hallett has been removed from the PC caucus. Leader Mark Delaney, who expelled "
    "Hallett on Thursday, said the decision was final.",
    "MPP Gord Hallett was expelled from the PC caucus on Thursday. Delaney told reporters he "
    "expelled Hallett after consulting caucus members.",
])
def test_the_leader_who_decided_has_no_event(nlp, text):
    evs = extract_events(CleanedArticle(text=text, published=PUB), nlp)
    assert evs and {e.person.split()[-1] for e in evs} == {"Hallett"}


# --- One unnamed person in the lead, named further on -----------------------------------------

@pytest.mark.parametrize("text, person, party", [
    ("A Green councillor in Kemptown has been suspended by the party pending an investigation. "
     "The party said it had received a complaint about social media posts. Cllr Jo Middle, who "
     "represents Queen's Park ward, said she was shocked.", "Jo Middle", "Green"),
    ("Labour has suspended one of its councillors pending an investigation. Councillor Ian "
     "Welch, who sits for Oldbury, said he would clear his name.", "Ian Welch", "Labour"),
    ("A Reform UK councillor has been expelled by the party. Reform chairman Zia Yusuf said "
     "the party wished him well. Cllr Dean Hale, who represents Moor ward, said he would "
     "appeal.",
     "Dean Hale", "Reform UK"),
])
def test_single_unnamed_lead_named_later(nlp, text, person, party):
    evs = run(nlp, text)
    assert set(evs) == {person}
    assert evs[person].party_from == party


@pytest.mark.parametrize("text", [
    "A Labour councillor has been suspended by the party. Council leader Ann Falk said she was "
    "disappointed.",
    "A Labour councillor has been suspended by the party. The group's leader, Cllr Ann Falk, "
    "said she could not comment.",
])
def test_single_unnamed_lead_is_not_the_post_holder_commenting(nlp, text):
    assert run(nlp, text) == {}

