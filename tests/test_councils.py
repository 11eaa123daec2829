"""Council mentions normalised to the register's official names."""

from __future__ import annotations

from datetime import date

import pytest

from floorcross.nlp import get_nlp, normalise_council
from floorcross.nlp.councils import lookup_council


@pytest.mark.parametrize(("mention", "official"), [
    ("Kirklees Council", "Kirklees Council"),
    ("Kirklees council", "Kirklees Council"),
    ("KIRKLEES COUNCIL", "Kirklees Council"),
    ("Blackburn with Darwen Council", "Blackburn with Darwen Borough Council"),
    ("Oxford City Council", "Oxford City Council"),
    ("Manchester City Council", "Manchester City Council"),
    ("Haringey Council", "London Borough of Haringey"),
    ("the London Borough of Newham", "London Borough of Newham"),
    ("Newham Council", "London Borough of Newham"),
    ("Kent County Council", "Kent County Council"),
    ("Glasgow City Council", "Glasgow City Council"),
    ("Stoke on Trent City Council", "Stoke-on-Trent City Council"),
    ("King’s Lynn & West Norfolk Council", "Borough Council of Kings Lynn and West Norfolk"),
    ("a Kirklees councillor", "Kirklees Council"),
    ("councillor in Oxford", "Oxford City Council"),
    ("Newcastle City Council", "Newcastle City Council"),
    ("Newcastle-under-Lyme", "Newcastle-under-Lyme Borough Council"),
])
def test_mentions_normalise(mention: str, official: str) -> None:
    assert normalise_council(mention) == official


@pytest.mark.parametrize("mention", ["Newcastle", "Richmond", "Atlantis Council", "", "council"])
def test_ambiguous_or_unknown_names_give_none(mention: str) -> None:
    assert normalise_council(mention) is None


def test_same_name_picks_body_in_office_on_the_date() -> None:
    assert normalise_council("Somerset", date(2021, 5, 6)) == "Somerset County Council"
    assert normalise_council("Somerset", date(2024, 5, 2)) == "Somerset Council"
    assert normalise_council("Somerset") == "Somerset Council"
    assert normalise_council("North Yorkshire", date(2019, 1, 1)) == (
        "North Yorkshire County Council")
    assert normalise_council("North Yorkshire", date(2023, 6, 1)) == "North Yorkshire Council"


def test_full_name_of_abolished_council_is_kept() -> None:
    assert normalise_council("Harrogate Borough Council", date(2025, 1, 1)) == (
        "Harrogate Borough Council")
    council = lookup_council("Somerset County Council")
    assert council is not None and not council.current


def councils_in(text: str, published: date | None = None) -> list[tuple[str, str]]:
    nlp = get_nlp()
    doc = nlp.make_doc(text)
    if published:
        doc.user_data["published"] = published
    return [(e.text, e.ent_id_) for e in nlp(doc).ents if e.label_ == "COUNCIL"]


def test_council_entities_in_text() -> None:
    found = councils_in(
        "Cllr Vane left Haringey Council in March and later joined Kent County Council, "
        "while a Kirklees councillor watched."
    )
    assert ("Haringey Council", "London Borough of Haringey") in found
    assert ("Kent County Council", "Kent County Council") in found
    assert ("Kirklees", "Kirklees Council") in found


def test_bare_place_is_not_a_council() -> None:
    assert councils_in("The family moved from Kent to Oxford in the spring.") == []


def test_publication_date_picks_council_in_entity() -> None:
    text = "She was first elected to Somerset Council as a Liberal Democrat."
    assert councils_in(text, date(2020, 3, 1)) == [("Somerset Council", "Somerset County Council")]
    assert councils_in(text, date(2024, 3, 1)) == [("Somerset Council", "Somerset Council")]
