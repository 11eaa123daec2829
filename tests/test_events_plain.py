"""Plain one-line reports that must never be missed, written for the project about invented
people: a name the tagger misreads, a bare "Alliance" before a role, and a politician joining
a party when the article never names the one they had before."""

from __future__ import annotations

from datetime import date

import pytest

from floorcross.extract.events import extract_events
from floorcross.types import CleanedArticle

PUB = date(2024, 5, 10)


def run(nlp, text: str) -> dict:
    events = extract_events(CleanedArticle(text=text, published=PUB), nlp)
    return {e.person: e for e in events}


@pytest.mark.parametrize("text, person, party", [
    ("Cllr Jo Pike quit Labour.", "Jo Pike", "Labour"),
    ("Cllr Jo Pike has quit Labour over the budget.", "Jo Pike", "Labour"),
    ("Councillor Al Dunn resigned from the Conservatives.", "Al Dunn", "Conservative"),
])
def test_short_name_before_the_verb_is_the_subject(nlp, text, person, party):
    ev = run(nlp, text)[person]
    assert (ev.type, ev.party_from) == ("resigned", party)


@pytest.mark.parametrize("text", [
    "Alliance councillor Jo Black, who represents Lisnaharragh, has joined the SDLP.",
    "Alliance MLA Jo Black has defected to the SDLP, the party confirmed.",
    "Jo Black, an Alliance councillor for a decade, has joined the SDLP.",
])
def test_alliance_before_a_role_is_the_party(nlp, text):
    ev = run(nlp, text)["Jo Black"]
    assert (ev.type, ev.party_from, ev.party_to) == ("defected", "Alliance", "SDLP")


def test_alliance_as_an_ordinary_word_is_no_party(nlp):
    evs = run(nlp, "The Alliance for Progress, a business lobby, welcomed the decision by "
                   "Cllr Ruth Gale to quit the Liberal Democrats.")
    assert evs["Ruth Gale"].party_from == "Liberal Democrats"


@pytest.mark.parametrize("text, role", [
    ("Former MP Tom Hale has joined Reform UK.", None),
    ("Ex-MSP Tom Hale has joined Alba, the party said on Friday.", None),
    ("Councillor Tom Hale has joined the Green Party.", "councillor"),
])
def test_politician_joining_with_no_earlier_party_named(nlp, text, role):
    ev = run(nlp, text)["Tom Hale"]
    assert (ev.type, ev.party_from, ev.role) == ("defected", None, role)


@pytest.mark.parametrize("text", [
    "Local businessman Rob Tait has joined the Conservatives.",
    "Cllr Ana Lopes joined Labour in 2009 and was elected in 2014.",
    "The former minister, Jane Orr, joined the Liberal Democrats in 1998.",
])
def test_joining_by_a_non_politician_or_long_ago_is_no_event(nlp, text):
    assert run(nlp, text) == {}


def test_join_that_started_the_career_of_someone_who_left_is_no_event(nlp):
    evs = extract_events(CleanedArticle(text=(
        "Cllr Nell Ashby spoke at the rally. She joined Labour as a student and became a "
        "councillor later. She left the party last year over its policy on Gaza."),
        published=PUB), nlp)
    assert [(e.person, e.type, e.party_from) for e in evs] == [
        ("Nell Ashby", "resigned", "Labour")]


@pytest.mark.parametrize("text, party_from", [
    ("Democrat-turned-independent Rep. Virgil Stone has joined the Republican Party.",
     "Democratic"),
    ("The Tory-turned-independent councillor Jo Reed has joined Reform UK.", "Conservative"),
])
def test_party_before_turned_is_the_earlier_party(nlp, text, party_from):
    ev = next(iter(run(nlp, text).values()))
    assert (ev.type, ev.party_from) == ("defected", party_from)
