"""Reports in which nobody changed party, as outlets phrase them: quitting a local branch or
association while staying a member, thinking about standing as an independent, and near misses
("was on the brink of resigning before changing his mind", "came close to quitting", "almost
left"). All people and places are invented."""

from __future__ import annotations

from datetime import date

import pytest

from floorcross.extract.events import extract_events
from floorcross.types import CleanedArticle

PUB = date(2024, 5, 10)


def events(nlp, text: str) -> list:
    return extract_events(CleanedArticle(text=text, published=PUB), nlp)


@pytest.mark.parametrize("text", [
    "Tory MP Gareth Noles has quit his local Conservative association in protest at its choice "
    "of candidate. He told the BBC he had not left the party.",
    "Conservative MP Hugo Reyes quit his local party on Friday and thought about standing as "
    "an independent.",
    "Gareth Noles, Conservative MP for Marston, resigned his membership of the Marston "
    "Conservative Association on Monday.",
    "Conservative councillor Ben Ashdown quit his local branch after a dispute with its "
    "chairman.",
    "Gareth Noles has walked out of his constituency party. The Conservative MP insisted he is "
    "still a member of the party nationally.",
])
def test_leaving_a_local_branch_is_not_leaving_the_party(nlp, text):
    assert events(nlp, text) == []


@pytest.mark.parametrize("text", [
    "Reyes, a Conservative MP, said he had thought about standing as an independent at the "
    "next election.",
    "Tory MP Jeremy Holt considered standing as an independent but decided against it.",
    "Gareth Noles, the Conservative MP, said he had considered running as an independent.",
])
def test_thinking_of_standing_as_an_independent_is_no_event(nlp, text):
    assert events(nlp, text) == []


@pytest.mark.parametrize("text", [
    "Friends say Labour MP Dan Moray was on the brink of resigning from Labour last spring "
    "until a late change of heart.",
    "Labour MP Dan Moray came close to quitting the party last year.",
    "Labour MP Ian Morrow says he came within a whisker of quitting the party last year.",
    "Cllr Fay Pritchard almost left the Liberal Democrats over the housing row.",
    "SNP MSP Kirsty Fyfe nearly quit the party over the gender reforms, she has revealed.",
    "Cllr Fiona Dale was close to leaving Labour last month, she admitted.",
    "Labour's Ian Morrow said he had been minded to quit the party over the leadership's "
    "stance but had stayed to fight.",
])
def test_near_misses_are_no_event(nlp, text):
    assert events(nlp, text) == []


def test_on_the_verge_now_is_a_hedged_move(nlp):
    evs = events(nlp, "Labour councillor Hal Brennan is on the verge of quitting the party "
                      "over the cuts.")
    assert [(e.person, e.type, e.hedged) for e in evs] == [("Hal Brennan", "resigned", True)]


@pytest.mark.parametrize("text", [
    "Cllr Fay Pritchard left the Liberal Democrats over the housing row.",
    "Labour MP Dan Moray quit the party last year after a row over the whip.",
])
def test_the_same_moves_told_as_done_are_events(nlp, text):
    assert len(events(nlp, text)) == 1


def test_thinking_of_standing_does_not_feed_a_sanction(nlp):
    evs = events(nlp, "Conservative MP Hugo Reyes has had the whip suspended. He said he had "
                      "thought about standing as an independent.")
    assert [(e.type, e.party_to) for e in evs] == [("whip_removed", None)]


@pytest.mark.parametrize("text", [
    "Labour councillor Vic Adeyemi is thinking of quitting the party over the cuts.",
    "Labour councillor Vic Adeyemi is thinking about quitting the party.",
    "Tory MP Alan Fenwick was tempted to defect to Reform UK last year, he admitted.",
    "Cllr Ruby Lane was on the point of leaving Labour when the leader called her.",
])
def test_inclinations_are_no_event(nlp, text):
    assert events(nlp, text) == []
