"""A lede that describes the person ("The Labour MP for X has ...") and names them after."""

from datetime import date

from floorcross.extract.events import extract_events
from floorcross.nlp import get_nlp
from floorcross.types import CleanedArticle


def _events(text: str):
    return extract_events(CleanedArticle(text=text, published=date(2024, 7, 23)), get_nlp())


def test_definite_lede_with_a_seat_is_resolved_to_the_next_name():
    found = _events(
        "The Labour MP for Dunmore West has had the party whip suspended after voting against "
        "the government.\n\nPriya Nandra was among a handful of backbenchers who backed the "
        "amendment."
    )
    assert [(e.person, e.type, e.party_from, e.role) for e in found] == [
        ("Priya Nandra", "whip_removed", "Labour", "mp")
    ]


def test_definite_lede_of_a_councillor_defecting():
    found = _events(
        "The Conservative councillor for Ashby Fields has defected to Reform UK.\n\n"
        "Colin Treharne said he no longer recognised the party he joined."
    )
    assert [(e.person, e.party_from, e.party_to) for e in found] == [
        ("Colin Treharne", "Conservative", "Reform UK")
    ]


def test_the_role_after_a_name_points_back_not_forward():
    # Past the opening, "the councillor" is someone already named, not the next name.
    found = _events(
        "Colin Treharne chaired the finance committee on Tuesday. Members debated the budget "
        "for three hours.\n\nThe Labour councillor has since quit the party.\n\n"
        "Mary Ossett said the committee would carry on."
    )
    assert [(e.person, e.type) for e in found] == [("Colin Treharne", "resigned")]
