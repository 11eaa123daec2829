"""An unnamed lede whose change sits in a reported clause with a pronoun subject ("A Tory
councillor says he has been expelled"), named in the sentences that follow."""

from datetime import date

import pytest

from floorcross.extract.events import extract_events
from floorcross.nlp import get_nlp
from floorcross.types import CleanedArticle


def _events(text: str):
    return extract_events(CleanedArticle(text=text, published=date(2023, 5, 9)), get_nlp())


@pytest.mark.parametrize("lede, kind", [
    ("A Conservative councillor says he has been expelled from the party over a school "
     "closure.", "expelled"),
    ("A Conservative councillor claims he was expelled from the party without a hearing.",
     "expelled"),
    ("A Conservative councillor has announced he is leaving the party after 20 years.",
     "resigned"),
    ("A Conservative councillor said he had quit the party over the school closure.",
     "resigned"),
])
def test_the_person_named_next_gets_the_change(lede, kind):
    found = _events(f"{lede}\n\nCllr Mark Fenwick, who has served on Oakridge Borough Council "
                    "since 1995, said the decision was unfair.")
    assert [(e.person, e.type, e.party_from) for e in found] == [
        ("Mark Fenwick", kind, "Conservative")]


def test_a_woman_in_the_lede_and_her_name_after_a_quotation():
    found = _events(
        "A Labour councillor in Eastmoor says she has resigned from the party in protest at "
        "its housing policy.\n\n"
        "\u201cI could not stay any longer,\u201d Cllr Ines Varga told the Gazette.")
    assert [(e.person, e.type, e.party_from) for e in found] == [
        ("Ines Varga", "resigned", "Labour")]


def test_the_lede_is_not_given_to_a_council_leader_who_comments():
    found = _events(
        "A Green councillor says she has been suspended by the party.\n\n"
        "Council leader Ann Falk said she had not been told about it.")
    assert [e.person for e in found if e.person == "Ann Falk"] == []


def test_a_named_reporter_still_gives_the_pronoun_its_name():
    found = _events("Cllr Rhona Beale claims she has been expelled from the Liberal Democrats "
                    "without being given a reason.")
    assert [(e.person, e.type) for e in found] == [("Rhona Beale", "expelled")]


def test_an_apostrophe_surname_stays_in_the_name():
    found = _events("Kilmore County Councillor, Sarah O\u2019Dwyer, announced on Friday that "
                    "she has resigned her membership of Fianna F\u00e1il.")
    assert [e.person for e in found] == ["Sarah O\u2019Dwyer"]


def test_county_and_a_place_is_not_a_person():
    found = _events("Cllr Aoife Brannock has resigned from Fine Gael, saying the party has "
                    "forgotten the people of County Kilmore.")
    assert [e.person for e in found] == ["Aoife Brannock"]


def test_an_age_for_the_person_just_named():
    found = _events(
        "Lord Penwarden of Castlebury told reporters he would step down at once.\n\n"
        "The 79-year-old was suspended from the Liberal Democrats after the complaint was made.")
    assert [(e.person, e.type) for e in found] == [("Penwarden", "suspended")]
