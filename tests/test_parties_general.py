"""Parties outside the British lexicon: other countries' parties as written there, and any
capitalised name that is a party by its form or its place in an affiliation phrase."""

from __future__ import annotations

import pytest

from floorcross.nlp import get_nlp
from floorcross.nlp.party_names import party_spans


def names(text: str, country: str | None = None) -> list[tuple[str, str]]:
    return [(text[s.start:s.end], s.name) for s in party_spans(text, country)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Cllr Iwan Rees has left Plaid Cymru and joined the Welsh National Party.",
     ("Welsh National Party", "Welsh National Party")),
    ("She will stand for the Trade Unionist and Socialist Coalition in May.",
     ("Trade Unionist and Socialist Coalition", "Trade Unionist and Socialist Coalition")),
    ("The former Labour councillor is now a TUSC candidate.",
     ("TUSC", "Trade Unionist and Socialist Coalition")),
    ("Senator Mia Cole has quit the Australian Greens to sit on the crossbench.",
     ("Australian Greens", "Green")),
    ("The legislator joined the Bharatiya Janata Party at a rally.",
     ("Bharatiya Janata Party", "BJP")),
    ("Ravi Menon crossed the floor to join the People's Party of Canada.",
     ("People's Party of Canada", "People's Party of Canada")),
    ("Cllr Dee Lamb said she had joined Jo Ridley's Coastal Voice Party.",
     ("Coastal Voice Party", "Coastal Voice Party")),
    ("The mayor left the Harbour Towns Alliance last spring.",
     ("Harbour Towns Alliance", "Harbour Towns Alliance")),
])
def test_general_party_names(text: str, expected: tuple[str, str]) -> None:
    assert expected in names(text)


@pytest.mark.parametrize(("text", "expected"), [
    ("Former Congress MLA Arjun Mehta joined the BJP in Surat.",
     [("Congress", "Congress"), ("BJP", "BJP")]),
    ("The Gujarat Congress said Arjun Mehta had been expelled.",
     [("Gujarat Congress", "Congress")]),
    ("Nisha Rao quit the National Conference and joined the Peoples Democratic Party in "
     "Kashmir.", [("National Conference", "National Conference"),
                  ("Peoples Democratic Party", "PDP")]),
    ("The Delhi councillor has joined the AAP.", [("AAP", "AAP")]),
])
def test_indian_parties_as_written(text: str, expected: list[tuple[str, str]]) -> None:
    assert names(text) == expected


@pytest.mark.parametrize("text", [
    "Congress must pass the budget before the recess, the senator said.",
    "The report was published by AAP in Canberra on Tuesday.",
    "The council's working group met after the Christmas Party.",
    "Fans of the Premier League side gathered outside the town hall.",
    "She spoke at a Climate Coalition event in the town square.",
])
def test_not_parties(text: str) -> None:
    assert names(text) == []


def test_known_party_inside_a_longer_name_keeps_its_canonical() -> None:
    assert names("Cllr Joe Hart left the Scottish Labour Party.") == [
        ("Scottish Labour Party", "Labour")]


def test_a_leaders_possessive_is_not_part_of_the_name() -> None:
    assert names("She has joined Alex Munro's Alba Party.") == [("Alba Party", "Alba")]


def test_country_localises_a_general_match() -> None:
    text = "The Conservative Party MP crossed the floor in Ottawa."
    assert names(text, "Canada") == [("Conservative Party", "Conservative Party of Canada")]


@pytest.mark.parametrize(("text", "party", "canonical"), [
    ("Cllr Iwan Rees has defected to the Welsh National Party.", "Welsh National Party",
     "Welsh National Party"),
    ("Arjun Mehta, a Congress MLA from Surat, joined the BJP.", "Congress", "Congress"),
    ("Arjun Mehta, a Congress MLA from Surat, joined the BJP.", "BJP", "BJP"),
])
def test_party_entities_for_general_names(text: str, party: str, canonical: str) -> None:
    doc = get_nlp()(text)
    assert (party, canonical) in [(e.text, e.ent_id_) for e in doc.ents if e.label_ == "PARTY"]


def test_congress_in_american_copy_is_no_party_entity() -> None:
    doc = get_nlp()("The bill now goes to Congress, where Republicans hold a majority.")
    assert "Congress" not in [e.text for e in doc.ents if e.label_ == "PARTY"]


def test_years_of_service_are_not_part_of_a_party_name() -> None:
    from floorcross.nlp.party_names import party_spans

    text = "Three-time Congress MLA Kavitha Rao joined the BJP in Chennai."
    assert {s.name for s in party_spans(text)} == {"Congress", "BJP"}


@pytest.mark.parametrize(("text", "party"), [
    ("Congress MLA Selva Rajan has been expelled from the party.", "Congress"),
    ("BJP MLA Rakesh Patel said the party would win.", "BJP"),
    ("Her resignation from the Congress party was accepted by the Speaker.", "Congress"),
])
def test_indian_party_before_a_member_title_is_a_party(text: str, party: str) -> None:
    from floorcross.nlp import get_nlp

    doc = get_nlp()(text)
    assert party in {e.ent_id_ for e in doc.ents if e.label_ == "PARTY"}


def test_a_seat_before_a_member_title_stays_a_place() -> None:
    from floorcross.nlp import get_nlp

    doc = get_nlp()("Jamnagar (Rural) MLA Rakesh Patel said so.")
    assert not [e for e in doc.ents if e.label_ == "PARTY"]
