"""Places, regions, datelines and broadcasters are never people."""

from __future__ import annotations

import pytest

from floorcross.nlp import get_nlp, guess_country


def persons(text: str) -> list[str]:
    return [e.text for e in get_nlp()(text).ents if e.label_ == "PERSON"]


@pytest.mark.parametrize(("text", "not_person"), [
    ("KELSO, Ont. — Liberal MP Sam Ortiz crossed the floor on Monday.", "Ont"),
    ("Brockton, Ohio (AP) — State Sen. Dale Kerr has switched parties.", "Brockton"),
    ("Ballymore and Kilcreen councillor Tom Rudd has resigned.", "Ballymore and Kilcreen"),
    ("Speaking to Lakeview Bay FM, Cllr Moira Keane confirmed she had quit.", "Lakeview Bay"),
    ("Jamnagar (Rural) MLA Rakesh Patel resigned from the party.", "Jamnagar"),
    ("Kilcreen councillor Tom Rudd has resigned from the party.", "Kilcreen"),
    ("Tom Rudd said the people of Gujarat deserved better.", "Gujarat"),
])
def test_places_and_outlets_are_not_people(text: str, not_person: str) -> None:
    found = persons(text)
    assert not any(not_person in p for p in found)


@pytest.mark.parametrize(("text", "person"), [
    ("Jamnagar (Rural) MLA Rakesh Patel resigned from the party.", "Rakesh Patel"),
    ("Ballymore and Kilcreen councillor Tom Rudd has resigned.", "Tom Rudd"),
    ("Mr Blackburn said he had left the party.", "Blackburn"),
    ("Cllr Ann Vale said the decision was hers.", "Ann Vale"),
])
def test_people_next_to_places_stay_people(text: str, person: str) -> None:
    assert person in persons(text)


def test_a_radio_station_is_an_organisation() -> None:
    doc = get_nlp()("Cllr Moira Keane told Lakeview Bay FM she had quit.")
    assert ("Lakeview Bay FM", "ORG") in [(e.text, e.label_) for e in doc.ents]


@pytest.mark.parametrize(("text", "country"), [
    ("Arjun Mehta, a former Congress MLA, joined the BJP in Gandhinagar.", "India"),
    ("The Lok Sabha member switched to the Congress, the party said.", "India"),
    ("Two MLAs at Stormont have quit the UUP and joined the DUP.", None),
])
def test_indian_articles(text: str, country: str | None) -> None:
    assert guess_country(text) == country
