"""Names and party naming: a count word before a party ("Three Congress MLAs") is not part of
its name, a place before a role is not a person ("Port Ellery elected member"), surnames that
look like particles ("Das", "De"), parties named the way Indian, New Zealand and South African
copy names them, and short names that are a party only in one country ("the Bloc",
"National"). All people and places are invented."""

from __future__ import annotations

from datetime import date

import pytest

from floorcross.extract.events import extract_events
from floorcross.nlp.countries import guess_country, short_name_fits
from floorcross.nlp.party_names import party_spans
from floorcross.types import CleanedArticle

PUB = date(2025, 3, 14)


def run(nlp, text: str) -> dict:
    events = extract_events(CleanedArticle(text=text, published=PUB), nlp)
    return {e.person: e for e in events}


# --- A count word is not part of the party's name ------------------------------------------------

@pytest.mark.parametrize("text, party", [
    ("Three Congress MLAs joined the BJP in Lucknow on Monday.", "Congress"),
    ("Several Janata Front MLAs crossed over to the ruling side.", "Janata Front"),
    ("Four Progressive Alliance councillors quit the group on Tuesday.", "Progressive Alliance"),
])
def test_count_word_is_not_part_of_party_name(text, party):
    names = [p.name for p in party_spans(text, "India")]
    assert party in names
    assert not any(n.split()[0] in ("Three", "Several", "Four") for n in names)


@pytest.mark.parametrize("text, people", [
    ("JAIPUR: Three Congress MLAs Ranjit Das, Mohan Lal Verma and Sunil Das on Friday joined "
     "the BJP in Jaipur ahead of the Rajasthan assembly polls.",
     ["Ranjit Das", "Mohan Lal Verma", "Sunil Das"]),
    ("Two Congress legislators, Arpita De and Tarun Kalita, joined the BJP in Guwahati on "
     "Sunday in the presence of the Assam chief minister.", ["Arpita De", "Tarun Kalita"]),
    ("BHOPAL: Congress MLAs Pradeep Das and Anil Das joined the BJP on Wednesday, a blow to "
     "the party in Madhya Pradesh.", ["Pradeep Das", "Anil Das"]),
])
def test_listed_indian_mlas_each_defect_from_congress(nlp, text, people):
    found = run(nlp, text)
    for person in people:
        assert person in found, (person, list(found))
        assert found[person].party_from == "Congress"
        assert found[person].party_to == "BJP"


# --- The BJP by its nickname in Indian copy ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Former Karnataka Congress chief Vinod Rao joined the saffron outfit in Bengaluru on Sunday.",
    "Sitting Congress MLA Harish Nair joined the saffron camp on Friday, the BJP said.",
    "Congress MLA Devika Menon on Monday switched to the saffron fold in Thiruvananthapuram.",
])
def test_saffron_nicknames_are_the_bjp_in_indian_copy(text):
    names = [p.name for p in party_spans(text)]
    assert "BJP" in names


def test_leader_named_before_joining_the_saffron_camp_left_congress(nlp):
    text = ("The development comes a week after former Odisha Congress president Bikash Sahu "
            "joining the saffron camp. Sahu joined the BJP on February 12 in Bhubaneswar, the "
            "Odisha BJP said.")
    found = run(nlp, text)
    assert "Bikash Sahu" in found
    assert found["Bikash Sahu"].party_from == "Congress"
    assert found["Bikash Sahu"].party_to == "BJP"


# --- A place before a role is not a person -------------------------------------------------------

@pytest.mark.parametrize("text, place, person", [
    ("Port Ellery elected member Jo Venn said the SNP had lost its way as she quit the party.",
     "Port Ellery", "Jo Venn"),
    ("Fort Calder councillor Aileen Moray has resigned from the SNP to sit as an independent.",
     "Fort Calder", "Aileen Moray"),
    ("Mount Harlow ward councillor Ted Brack has quit the Liberal Democrats.",
     "Mount Harlow", "Ted Brack"),
])
def test_place_before_role_is_not_a_person(nlp, text, place, person):
    doc = nlp(text)
    persons = [e.text for e in doc.ents if e.label_ == "PERSON"]
    assert place not in persons
    assert person in persons
    assert place not in run(nlp, text)


# --- New Zealand: "National" is the New Zealand National Party ----------------------------------

@pytest.mark.parametrize("text, person", [
    ("Former National Party MP Mere Tautahi has joined New Zealand First, the party said in "
     "Wellington on Friday.", "Mere Tautahi"),
    ("Tainui list MP Rawiri Hohaia has quit National and joined NZ First, telling reporters "
     "in Wellington that the party had lost touch with Māori voters.", "Rawiri Hohaia"),
    ("Ex-National MP Grant Whaley has defected to New Zealand First ahead of the Auckland "
     "electorate contest.", "Grant Whaley"),
])
def test_national_in_new_zealand_copy(nlp, text, person):
    assert guess_country(text) == "New Zealand"
    found = run(nlp, text)
    assert person in found, list(found)
    assert found[person].party_from == "New Zealand National Party"
    assert found[person].party_to == "New Zealand First"


@pytest.mark.parametrize("written, country, fits", [
    ("National", "New Zealand", True),
    ("National", None, False),
    ("the Bloc", "Canada", True),
    ("the Bloc", "Australia", False),
    ("Bloc Québécois", None, True),
    ("Labour", "New Zealand", True),
])
def test_short_names_of_one_country(written, country, fits):
    assert short_name_fits(written, country) is fits


def test_bloc_outside_canada_is_not_the_bloc_quebecois(nlp):
    text = ("Councillor Sian Harker left the Bloc group on the council and joined Labour, "
            "the Kelby Labour group said.")
    found = run(nlp, text)
    assert all(e.party_from != "Bloc Québécois" for e in found.values())


# --- South Africa: the MK Party ------------------------------------------------------------------

@pytest.mark.parametrize("text, person", [
    ("EFF MP Thabo Mokoena has resigned from the EFF to join the MK Party, he told reporters "
     "in Johannesburg.", "Thabo Mokoena"),
    ("Former EFF spokesperson Lindiwe Zulu-Maseko has joined the MK party led by Jacob Zuma, "
     "leaving the Economic Freedom Fighters after ten years.", "Lindiwe Zulu-Maseko"),
    ("Sipho Dlamini, an EFF member of Parliament, defected to the uMkhonto we Sizwe Party in "
     "Durban on Tuesday.", "Sipho Dlamini"),
])
def test_mk_party(nlp, text, person):
    found = run(nlp, text)
    assert person in found, list(found)
    assert found[person].party_to == "MK Party"
    assert found[person].party_from in (None, "Economic Freedom Fighters")
