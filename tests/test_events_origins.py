"""The earlier party of a change, taken from a reliable source: the clause, or the article's own
description of the person ("a Labour councillor", "former Tory", "elected as a Liberal
Democrat"); never from a sentence about something else (seats on the council, a minister, an
opponent's remark). Also: one move told with two verbs in one sentence, surname-only people,
and other countries' parties under their own names. All people and places are invented."""

from __future__ import annotations

from datetime import date

import pytest

from floorcross.extract.events import extract_events
from floorcross.types import CleanedArticle

PUB = date(2024, 5, 10)


def run(nlp, text: str) -> dict:
    events = extract_events(CleanedArticle(text=text, published=PUB), nlp)
    return {e.person: e for e in events}


# --- A party from an unrelated sentence is not the person's ---------------------------------

@pytest.mark.parametrize(("text", "person", "party_from"), [
    # council seats just before, the person's own past party in the next sentence
    ("Labour holds a majority of 12 on Ashcombe Council. Cllr Bryony Fenwick has defected to "
     "the Conservatives. She was elected as a Liberal Democrat in 2022 and sat with the party "
     "until last month.", "Bryony Fenwick", "Liberal Democrats"),
    # the seats in the same sentence, the person described in an apposition later on
    ("Ms Fenwick's defection to the Tories means the Conservatives are now the second-largest "
     "group on Ashcombe Council, behind Labour. Fenwick, a Liberal Democrat until this week, "
     "said the decision was not easy.", "Fenwick", "Liberal Democrats"),
    # another party's control of the council, the person's party given as a predicate
    ("The Liberal Democrats took control of Westmere Council in May. Cllr Joe Bright has quit "
     "the party and will sit as an independent. Bright was elected as a Conservative in 2021.",
     "Joe Bright", "Conservative"),
    # an opponent's remark first, then the person's own description
    ("The Liberal Democrats, who run the council, said it was a matter for the Conservatives. "
     "Cllr Joe Bright has resigned from the party. Mr Bright, a former Conservative group "
     "leader, did not comment.", "Joe Bright", "Conservative"),
])
def test_party_from_comes_from_the_persons_description(nlp, text, person, party_from):
    evs = run(nlp, text)
    assert person in evs
    assert evs[person].party_from == party_from


def test_a_ministers_party_is_not_the_suspended_members(nlp):
    evs = run(nlp, "Scottish Greens minister Lorna Bayne announced the new bus policy on "
                   "Tuesday. On Wednesday, SNP MSP Calum Rennie was suspended from the party.")
    assert set(evs) == {"Calum Rennie"}
    assert evs["Calum Rennie"].party_from == "SNP"


def test_the_destination_party_of_a_described_defector(nlp):
    evs = run(nlp, "Labour has 30 seats on Ashcombe Council. Cllr Bryony Fenwick, who was "
                   "elected as a Liberal Democrat, has defected to the Conservatives.")
    ev = evs["Bryony Fenwick"]
    assert (ev.type, ev.party_from, ev.party_to) == ("defected", "Liberal Democrats",
                                                     "Conservative")


# --- One move with two verbs in one sentence ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "Councillor Petra Lowell has joined the Green Party after leaving Labour.",
    "Petra Lowell joined the Greens on Saturday, hours after resigning from Labour.",
    "Having quit Labour, Councillor Petra Lowell has now joined the Green Party.",
])
def test_leaving_and_joining_in_one_sentence_is_one_defection(nlp, text):
    evs = extract_events(CleanedArticle(text=text, published=PUB), nlp)
    assert [(e.person, e.type, e.party_from, e.party_to) for e in evs] == [
        ("Petra Lowell", "defected", "Labour", "Green")]


def test_a_leaving_dated_apart_stays_its_own_step(nlp):
    evs = extract_events(CleanedArticle(
        text="Cllr Dai Morgan left Labour in 2019. He joined Plaid Cymru last week.",
        published=PUB), nlp)
    assert {(e.type, e.party_from, e.party_to) for e in evs} >= {
        ("defected", "Labour", "Plaid Cymru")}


# --- Surnames -----------------------------------------------------------------------------------

def test_a_surname_the_article_gives_only_with_a_title(nlp):
    evs = run(nlp, "Party chiefs have expelled MacRory from the SNP. Mr MacRory, the MP for "
                   "Western Glens, said he would appeal.")
    assert set(evs) == {"MacRory"}
    assert (evs["MacRory"].type, evs["MacRory"].party_from) == ("expelled", "SNP")


def test_a_shared_surname_goes_to_the_person_whose_change_it_is(nlp):
    evs = run(nlp, "The SNP has suspended Hamish Ardle from its group at Holyrood. His sister, "
                   "Morag Ardle, is also an MSP. Mr Ardle said he would accept the decision. "
                   "The party confirmed Mr Ardle had lost the whip for a week.")
    assert set(evs) == {"Hamish Ardle"}


def test_a_single_name_person(nlp):
    evs = run(nlp, "Vilavancode MLA Kavitharani resigned from the Congress party on Saturday, "
                   "saying the leadership had ignored her constituency.")
    assert set(evs) == {"Kavitharani"}
    assert evs["Kavitharani"].party_from == "Congress"


# --- Other countries' parties -------------------------------------------------------------------

@pytest.mark.parametrize(("text", "person", "party"), [
    ("Two Liberal MPs have quit the party to sit on the crossbench in the WA parliament. Member "
     "for Darling Range Kate Burrow and Member for Kalgoorlie Dean Ostler said the Liberals had "
     "lost touch with the regions.", "Dean Ostler", "Liberal Party of Australia"),
    ("Liberal MP Kate Burrow has quit the party to sit on the crossbench in Canberra. Ms Burrow "
     "said the Liberals had abandoned moderates.", "Kate Burrow", "Liberal Party of Australia"),
    ("Former Liberal MP Dean Ostler has resigned from the Liberal Party and will sit as an "
     "independent in the NSW parliament, the Sydney paper reported.", "Dean Ostler",
     "Liberal Party of Australia"),
    ("Toronto MP Han Lee has left the Liberal caucus to sit as an independent. The Conservatives "
     "in Ottawa called on the government to explain.", "Han Lee", "Liberal Party of Canada"),
])
def test_liberals_are_the_countrys_own_party(nlp, text, person, party):
    evs = run(nlp, text)
    assert evs[person].party_from == party


def test_us_and_irish_parties_keep_their_names(nlp):
    evs = run(nlp, "State Representative Ryan Gullett, a Democrat from Laredo, has switched to "
                   "the Republican Party. Texas Republicans welcomed him to the legislature.")
    assert (evs["Ryan Gullett"].party_from, evs["Ryan Gullett"].party_to) == (
        "Democratic", "Republican")
    evs = run(nlp, "Fianna Fáil TD Orla Quilty has resigned from the party. She will sit as an "
                   "independent in the Dáil, the Taoiseach's office confirmed.")
    assert evs["Orla Quilty"].party_from == "Fianna Fáil"


# --- Where a defector went, from how the article describes them now ---------------------------

@pytest.mark.parametrize(("text", "person", "move"), [
    ("Reform UK's Dan Pike, who defected from the Conservatives in March, was chosen as group "
     "leader on Monday.", "Dan Pike", ("Conservative", "Reform UK")),
    ("Plaid Cymru councillor Eira Hughes, who defected from Labour last year, has been named "
     "deputy leader.", "Eira Hughes", ("Labour", "Plaid Cymru")),
    ("Dan Pike, a Reform UK councillor who defected from the Conservatives in March, was chosen "
     "as group leader.", "Dan Pike", ("Conservative", "Reform UK")),
])
def test_a_defectors_current_party_is_where_they_went(nlp, text, person, move):
    ev = run(nlp, text)[person]
    assert (ev.type, ev.party_from, ev.party_to) == ("defected", *move)


@pytest.mark.parametrize(("text", "person"), [
    # the full name only in a caption at the end
    ("Cllr Gavan has resigned from Sinn Féin. Gavan, who represents Carrowmore, said he had been "
     "treated unfairly. Pictured: Councillor Paul Gavan at a meeting in May.", "Paul Gavan"),
    # the full name only in a sentence about something else
    ("Mr Tulloch was expelled from the SNP on Friday. Supporters of Ewan Tulloch gathered "
     "outside the party office.", "Ewan Tulloch"),
    # two fuller forms: the surname alone is kept
    ("Mr Ardle was suspended from the SNP group on Tuesday. Hamish Ardle and his sister Morag "
     "Ardle are both MSPs.", "Ardle"),
])
def test_surname_only_people_take_the_one_full_name_the_article_gives(nlp, text, person):
    assert set(run(nlp, text)) == {person}


@pytest.mark.parametrize(("text", "person", "party"), [
    ("Congress MLA Selvaraj has been expelled from the party for anti-party activities.",
     "Selvaraj", "Congress"),
    ("Vilavancode legislator Vijayamani resigned from the Congress party on Saturday.",
     "Vijayamani", "Congress"),
    ("Vijayamani, the three-time MLA from Vilavancode, quit the Congress party on Saturday.",
     "Vijayamani", "Congress"),
])
def test_single_name_indian_members(nlp, text, person, party):
    evs = run(nlp, text)
    assert set(evs) == {person}
    assert evs[person].party_from == party


# --- The story's destination party is not a guess for someone else's sanction -----------------

@pytest.mark.parametrize("text", [
    "Former Labour MP Luke Dorrington has joined the Green Party. Greens leader Carla Denton "
    "welcomed him. Separately, councillor Hafsa Omar has been suspended from the party pending "
    "an investigation into social media posts.",
    "Two councillors have defected to the Greens this week. The Green group leader said more "
    "would follow. Meanwhile Cllr Hafsa Omar was suspended from the party over her posts.",
    "Cllr Ted Rains has quit Labour to join the Green Party, the Greens announced. In a "
    "separate case, Hafsa Omar has been suspended from the party, it is understood.",
])
def test_a_sanction_in_a_joining_story_is_not_by_the_party_joined(nlp, text):
    evs = run(nlp, text)
    assert "Hafsa Omar" in evs
    assert evs["Hafsa Omar"].party_from != "Green"


@pytest.mark.parametrize("text", [
    "Conservative MP Dominic Harte has defected to Reform UK. His defection came just hours "
    "after Mr Harte was sacked from the shadow cabinet and suspended.",
    "Dominic Harte, the Conservative MP for Westfold, has crossed the floor to Reform UK, a day "
    "after he was suspended.",
])
def test_a_sanction_told_with_a_defection_is_the_old_partys(nlp, text):
    evs = [e for e in extract_events(CleanedArticle(text=text, published=PUB), nlp)
           if e.person == "Dominic Harte"]
    assert {(e.type, e.party_from) for e in evs} == {
        ("defected", "Conservative"), ("suspended", "Conservative")}
