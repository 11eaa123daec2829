"""Parties outside the British table: the register's parties of other countries, names known
only by their shape, the longest name winning over a shorter one inside it, acronyms the
article spells out, and the candidate filter letting such sentences through. All people and
places are invented."""

from __future__ import annotations

from datetime import date

import pytest

from floorcross.extract.candidates import is_candidate
from floorcross.extract.events import extract_events
from floorcross.extract.terms import find_parties
from floorcross.nlp.party_names import party_spans
from floorcross.nlp.party_shapes import political_name
from floorcross.types import CleanedArticle

PUB = date(2024, 5, 10)


def moves(nlp, text: str) -> list[tuple[str, str, str | None, str | None]]:
    evs = extract_events(CleanedArticle(text=text, published=PUB), nlp)
    return [(e.person, e.type, e.party_from, e.party_to) for e in evs]


@pytest.mark.parametrize("sentence", [
    "Thandi Mokoena has resigned from the DA, saying the province needs change.",
    "Assemblyman Hafiz Rahman has quit Parti Keadilan Rakyat and joined Bersatu.",
    "Wanjiku Maina left the Wiper Democratic Movement on Tuesday.",
    "Mayor Dante Ocampo jumped ship to Lakas-CMD.",
    "Senator Femi Ade has decamped to the Young Progressives Party.",
    "The governor bolted the Zenith Labour Party after the primaries.",
    "Kiprono Rotich crossed over to the Kisii Peoples Progressive Movement.",
])
def test_parties_beyond_the_short_table_make_a_candidate(sentence):
    assert is_candidate(sentence)


@pytest.mark.parametrize("sentence", [
    "The bolt on the gate was replaced after the storm.",
    "She left the Civil Rights Museum in the afternoon.",
])
def test_no_party_no_candidate(sentence):
    assert not is_candidate(sentence)


@pytest.mark.parametrize(("text", "inner"), [
    ("Otieno Baraka quit the United Democratic Alliance last week.", "Democratic Alliance"),
    ("He ditched the Orange Democratic Movement for another party.", "Democratic"),
    ("She joined the Progressive Conservatives in 2019.", "Conservative"),
    ("He has left the Meru Progressive Democratic Forum for good.", "Democratic"),
])
def test_a_name_inside_a_longer_party_name_is_no_second_party(text, inner):
    names = [p.name for p in find_parties(text)]
    assert len(names) == 1 and names[0] != inner


def test_a_place_before_a_known_party_keeps_the_party():
    assert [p.name for p in find_parties("the Ashbury Conservative Party chairman")] == [
        "Conservative"]


@pytest.mark.parametrize(("text", "name"), [
    ("He moved to Chama Cha Kazi after the vote.", "Chama Cha Kazi"),
    ("She quit Parti Rakyat Baru to sit alone.", "Parti Rakyat Baru"),
    ("He left the Janata Dal (United) in March.", "Janata Dal (United)"),
    ("She joined the Lowland Farmers' Congress (LFC) on Monday.", "Lowland Farmers' Congress"),
    ("He crossed over to NUP-Bagong last week.", "NUP-Bagong"),
])
def test_unknown_parties_recognised_by_shape(text, name):
    assert name in [s.name for s in party_spans(text)]


@pytest.mark.parametrize("name", ["Civil Rights Movement", "World Economic Forum",
                                  "National Union of Drivers", "Republican Congress"])
def test_names_of_other_things_are_not_political(name):
    assert not political_name(name)


def test_an_acronym_the_article_spells_out_is_that_party():
    text = ("Halima Juma joined the Amani National Congress (ANC) on Monday. The ANC said "
            "she was welcome.")
    assert {s.name for s in party_spans(text)} == {"Amani National Congress"}


@pytest.mark.parametrize(("text", "person", "party_from", "party_to"), [
    ("Senator Okon Effiom has decamped from the Peoples Democratic Party to the All "
     "Progressives Congress.", "Okon Effiom", "Peoples Democratic Party",
     "All Progressives Congress"),
    ("Nominated MP Amos Chege has defected from Ford-Kenya to the Wiper Democratic Movement.",
     "Amos Chege", "Ford-Kenya", "Wiper Democratic Movement"),
    ("Selangor assemblyman Hafiz Rahman has quit Parti Keadilan Rakyat (PKR) and joined "
     "Bersatu.", "Hafiz Rahman", "Parti Keadilan Rakyat", "Parti Pribumi Bersatu Malaysia"),
])
def test_moves_between_parties_abroad(nlp, text, person, party_from, party_to):
    assert (person, "defected", party_from, party_to) in moves(nlp, text)


@pytest.mark.parametrize(("text", "person", "party"), [
    ("Thandi Mokoena has resigned from the DA, saying the province needs change.",
     "Thandi Mokoena", "Democratic Alliance"),
    ("Councillor Ruth Banda has quit the United Party for National Development.",
     "Ruth Banda", "United Party for National Development"),
])
def test_leaving_a_party_the_register_knows(nlp, text, person, party):
    assert [(p, f) for p, kind, f, _ in moves(nlp, text) if kind == "resigned"] == [
        (person, party)]


def test_crossing_over_is_a_defection(nlp):
    found = moves(nlp, "Congressman Tomas Villar crossed over to PDP-Laban last week.")
    assert found == [("Tomas Villar", "defected", None, "PDP-Laban")]
