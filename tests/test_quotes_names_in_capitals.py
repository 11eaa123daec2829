"""A whole name set in capitals at the head of a story ("STEVE ROE is ..."), as regional
papers print their opening words: the speaker later called by surname is the person with the
full name in normal case. Every article here is invented for the project.
"""

from __future__ import annotations

import pytest
from quote_speakers import speaker_of

from floorcross.extract.name_patterns import normal_case, uncapped
from floorcross.extract.quotes_names import NameBook

CASES = [
    (
        "HARRIET OAKWELL is stepping down as leader of Brackmoor Council after four years.\n\n"
        "Coun Oakwell said: \"It has been the privilege of my life to lead this borough and "
        "I leave it in good hands.\"",
        "It has been the privilege",
        "Harriet Oakwell",
    ),
    (
        "LABOUR COUNCILLOR DESMOND FARRIDGE has quit the party after a row over bin "
        "collections.\n\n"
        "\"I cannot defend decisions I was never consulted on,\" Cllr Farridge told the "
        "Gazette.",
        "I cannot defend decisions",
        "Desmond Farridge",
    ),
    (
        "PIETA VANCORE, who has sat for Millfield since 2011, has joined the Greens.\n\n"
        "Ms Vancore said: \"The Greens are the only people talking seriously about our "
        "rivers and the state they are in.\"",
        "The Greens are the only",
        "Pieta Vancore",
    ),
]


@pytest.mark.parametrize(("text", "starts", "speaker"), CASES)
def test_name_in_capitals_is_the_speaker_in_normal_case(text, starts, speaker, nlp):
    assert speaker_of(text, starts, nlp) == speaker


def test_capitals_that_are_not_a_name_stay_as_written():
    text = "FORMER LABOUR councillors met.\nTWO COUNCILLORS have gone.\nNORTH WALES is wet."
    assert uncapped(text) == text


def test_a_capitalised_run_without_a_first_name_needs_its_surname_elsewhere():
    alone = "BRACKEN HOLLOW is a ward where turnout was low.\nNobody else is named."
    assert uncapped(alone) == alone
    named = "ORLA BRENNICK has resigned.\nMs Brennick said nothing more."
    assert "Orla Brennick" in NameBook(named).index.names


def test_normal_case_keeps_apostrophes_hyphens_and_possessives():
    assert normal_case("SEAN O'DARBY-WELLS") == "Sean O'Darby-Wells"
    assert normal_case("FARRIDGE'S") == "Farridge's"
    assert normal_case("Ann Roe") == "Ann Roe"
