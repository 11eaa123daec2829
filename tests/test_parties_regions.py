"""Parties outside the UK under the names their country writes: provincial parties in Canada,
New Zealand's Te Pāti Māori, Nigeria's APC and PDP, the Australian "Liberal party"; new and small
parties as a destination. All people and places are invented."""

from __future__ import annotations

from datetime import date

import pytest

from floorcross.extract.events import extract_events
from floorcross.nlp.countries import guess_province, local_party
from floorcross.nlp.parties import canonical_party
from floorcross.types import CleanedArticle

PUB = date(2025, 3, 14)


def events(nlp, text: str) -> dict:
    return {e.person: e for e in extract_events(CleanedArticle(text=text, published=PUB), nlp)}


@pytest.mark.parametrize(("alias", "canonical"), [
    ("Ontario PC Party", "Progressive Conservative Party of Ontario"),
    ("the Ontario PCs", "Progressive Conservative Party of Ontario"),
    ("B.C. Conservatives", "Conservative Party of British Columbia"),
    ("BC Liberals", "BC Liberal Party"),
    ("UCP", "United Conservative Party"),
    ("Māori Party", "Te Pāti Māori"),
    ("Te Pati Maori", "Te Pāti Māori"),
    ("All Progressives Congress", "All Progressives Congress"),
    ("Abolish the Welsh Assembly", "Abolish the Welsh Assembly Party"),
    ("Alliance for Independence", "Alliance for Independence"),
    ("Trillium Party", "Trillium Party of Ontario"),
])
def test_aliases(alias, canonical):
    assert canonical_party(alias) == canonical


@pytest.mark.parametrize(("text", "province"), [
    ("Ontario MPP Dana Kell was removed from the caucus at Queen's Park, Toronto.", "Ontario"),
    ("The MLA sat with the B.C. Liberals in the Vancouver area before the B.C. legislature "
     "rose.", "British Columbia"),
    ("The UCP caucus in Edmonton, Alberta, voted to expel the member.", "Alberta"),
    ("The MP for a Toronto riding crossed the floor in Ottawa to the Liberals.", None),
])
def test_province_of_canadian_copy(text, province):
    assert guess_province(text) == province


def test_federal_names_become_provincial_in_provincial_copy():
    text = "Ontario MPP Dana Kell was expelled from the caucus at Queen's Park in Toronto."
    assert local_party("Conservative Party of Canada", text) == (
        "Progressive Conservative Party of Ontario")
    federal = "The Toronto MP crossed the floor in Ottawa, leaving the Conservative caucus."
    assert local_party("Conservative", federal, "Canada") == "Conservative Party of Canada"


@pytest.mark.parametrize(("text", "person", "party_from", "party_to"), [
    ("Labour MP Hana Rewiti has quit the party to join Te Pāti Māori, she announced in "
     "Wellington on Monday.", "Hana Rewiti", "Labour", "Te Pāti Māori"),
    ("Former Conservative councillor Gwyn Pryce has joined the Abolish the Welsh Assembly "
     "Party. Mr Pryce said the Senedd had failed Wales.", "Gwyn Pryce", "Conservative",
     "Abolish the Welsh Assembly Party"),
    ("Former Tory councillor Gwyn Pryce has defected to Abolish, the party that wants to scrap "
     "the Senedd.", "Gwyn Pryce", "Conservative", "Abolish the Welsh Assembly Party"),
    ("Councillor Ailsa Grier has quit the SNP to join the Alliance for Independence.",
     "Ailsa Grier", "SNP", "Alliance for Independence"),
    ("Liberal MP Kate Dunmore has quit the Liberal party and will sit on the crossbench, she "
     "told Parliament in Canberra. Dunmore said the Coalition had lost its way.",
     "Kate Dunmore", "Liberal Party of Australia", "Independent"),
    ("Ontario MPP Dana Kell has left the Progressive Conservative caucus to join the Trillium "
     "Party, she told reporters at Queen's Park.", "Dana Kell",
     "Progressive Conservative Party of Ontario", "Trillium Party of Ontario"),
])
def test_parties_under_their_own_names(nlp, text, person, party_from, party_to):
    ev = events(nlp, text)[person]
    assert (ev.party_from, ev.party_to) == (party_from, party_to)


@pytest.mark.parametrize("text", [
    "The Westfold seat was held by the Conservatives until 2019. Its MP, Lewis Darnell, has been "
    "suspended from the party pending an investigation.",
    "Westfold was a Tory-held seat for decades. Its MP, Lewis Darnell, has been suspended from "
    "the party pending an investigation.",
    "The council was controlled by the Conservatives until May. Cllr Lewis Darnell has been "
    "suspended from the party pending an investigation.",
])
def test_a_seats_history_is_not_the_persons_party(nlp, text):
    ev = events(nlp, text)["Lewis Darnell"]
    assert ev.party_from != "Conservative"
