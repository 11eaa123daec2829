"""Names the model reads in part: initials left out of a name or a name after a title tagged as
nothing, a seat before a post-nominal taken for a person, a surname that is also a party's
one-word name, and office words stripped from names. All people and places are invented."""

from __future__ import annotations

from datetime import date

import pytest

from floorcross.extract.events import extract_events
from floorcross.nlp import get_nlp
from floorcross.nlp.titles import strip_titles
from floorcross.types import CleanedArticle


def people(text: str) -> list[str]:
    return [e.text for e in get_nlp()(text).ents if e.label_ == "PERSON"]


@pytest.mark.parametrize(("text", "person"), [
    ("Regional legislator H D Ramanathan quit the party and joined the Congress.",
     "H D Ramanathan"),
    ("The party expelled MLA T Raja Velu for his remarks on Monday.", "T Raja Velu"),
    ("Councillor J Pemberton resigned from the group.", "J Pemberton"),
])
def test_initials_belong_to_the_name(text, person) -> None:
    assert person in people(text)


@pytest.mark.parametrize("text", [
    "A Labour councillor has quit the party.",
    "I hope the councillors stay, said Tom Harker.",
])
def test_an_article_or_a_pronoun_is_no_initial(text) -> None:
    assert not any(p.startswith(("A ", "I ")) for p in people(text))


@pytest.mark.parametrize("text", [
    "Nina Fell, who served as Dunmoor MP, has joined Reform UK.",
    "The former Castlebay MLA has joined the Alliance Party.",
])
def test_a_seat_before_a_post_nominal_is_no_person(text) -> None:
    found = people(text)
    assert "Dunmoor" not in found and "Castlebay" not in found


@pytest.mark.parametrize(("name", "bare"), [
    ("Chairman Alan Brevitt", "Alan Brevitt"),
    ("Deputy Chairwoman Rhona Bell", "Rhona Bell"),
    ("Cllr Tom Harker", "Tom Harker"),
])
def test_office_words_are_stripped_from_names(name, bare) -> None:
    assert strip_titles(name) == bare


@pytest.mark.parametrize(("text", "person", "party_to"), [
    ("Councillor Sam Green has quit Labour to join the Green Party, he said.", "Sam Green",
     "Green"),
    ("Former MP Chris Green has defected from the Conservatives to Reform UK.", "Chris Green",
     "Reform UK"),
])
def test_a_surname_that_is_a_party_name_stays_in_the_name(nlp, text, person, party_to) -> None:
    events = extract_events(CleanedArticle(text=text, published=date(2025, 6, 5)), nlp)
    assert [(e.person, e.party_to) for e in events] == [(person, party_to)]


def test_a_party_word_inside_a_surname_is_no_party(nlp) -> None:
    text = ("A Tory councillor has been expelled from the party after backing an independent."
            "\n\nTom Ellis-Green proposed the independent candidate in the Oakmere ward despite "
            "fifty years as a Conservative member.")
    events = extract_events(CleanedArticle(text=text, published=date(2025, 6, 5)), nlp)
    assert [(e.person, e.type, e.party_from) for e in events] == [
        ("Tom Ellis-Green", "expelled", "Conservative")]
