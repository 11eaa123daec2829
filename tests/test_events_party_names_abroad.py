"""Party names for groups and parties outside the British table: Australian and South African
parties as those countries write them, local breakaway groups, new parties named by
apposition, and the wordings of leaving and joining read beside the trigger table ("split
from", "signed up to"). All names of people and places are invented."""

from __future__ import annotations

import pytest

from floorcross.extract.open_wordings import all_triggers
from floorcross.nlp.party_names import party_spans


def parties(nlp, text: str) -> dict[str, str]:
    return {e.text: e.ent_id_ for e in nlp(text).ents if e.label_ == "PARTY"}


@pytest.mark.parametrize(("text", "written", "canon"), [
    ("She quit to sit as an independent before joining the Nationals.", "Nationals",
     "National Party of Australia"),
    ("He left Family First in 2017.", "Family First", "Family First"),
    ("The senator became a Liberal after a decade on the crossbench.", "Liberal",
     "Liberal Party"),
    ("He quit to found the Australian Conservatives.", "Australian Conservatives",
     "Australian Conservatives"),
    ("Four DA MPs crossed the floor to the ANC.", "DA", "Democratic Alliance"),
    ("Four DA MPs crossed the floor to the ANC.", "ANC", "African National Congress"),
])
def test_parties_as_their_country_writes_them(nlp, text, written, canon):
    assert parties(nlp, text).get(written) == canon


@pytest.mark.parametrize("text", [
    "The DA's office declined to comment on the case.",
    "The Liberal Democrat group met on Monday.",
    "A liberal approach to planning was promised.",
])
def test_words_that_are_no_party_here(nlp, text):
    found = parties(nlp, text)
    assert "DA" not in found and "Liberal" not in found


@pytest.mark.parametrize(("text", "name"), [
    ("Cllr Harker will lead the council with the Foxley Independent Conservatives.",
     "Foxley Independent Conservatives"),
    ("Three independents have joined forces with the Kelsey Residents group.",
     "Kelsey Residents"),
    ("They will sit as the Dunmore Community Group from May.", "Dunmore Community Group"),
])
def test_local_groups_keep_their_own_names(nlp, text, name):
    assert name in parties(nlp, text).values()


@pytest.mark.parametrize(("text", "name"), [
    ("He left to join his own new party, the Progressive Independent Movement.",
     "Progressive Independent Movement"),
    ("She has quit to form her own party, the People's Renewal Movement.",
     "People's Renewal Movement"),
    ("He quit the party in 2020 to form the Hask Team.", "Hask Team"),
    ("They set up a group called the Ashby Community Network last year.",
     "Ashby Community Network"),
])
def test_a_new_party_named_as_it_is_founded(text, name):
    assert name in {p.name for p in party_spans(text)}


@pytest.mark.parametrize(("text", "name"), [
    ("He quit the Labour Group on Monday.", "Labour"),
    ("She was expelled from the Conservative Group last year.", "Conservative"),
])
def test_a_partys_group_is_the_party(text, name):
    names = {p.name for p in party_spans(text)}
    assert names <= {name} and "Labour Group" not in names


def test_the_corporate_group_is_no_party():
    assert not party_spans("The Reach Group said profits fell.")


@pytest.mark.parametrize(("text", "word", "kind"), [
    ("Cllr Ada Lamb has split from the Conservatives.", "split", "leave"),
    ("Two councillors have signed up to Reform UK.", "signed", "join"),
    ("Cllr Tom Vere signed up with the Greens last week.", "signed", "join"),
])
def test_wordings_read_beside_the_trigger_table(nlp, text, word, kind):
    found = {(t.token.text, t.kind) for t in all_triggers(nlp(text))}
    assert (word, kind) in found


def test_a_contract_signed_is_no_joining(nlp):
    doc = nlp("The council signed up to a new waste contract with Veolia.")
    assert not [t for t in all_triggers(doc) if t.token.lower_ == "signed"]
