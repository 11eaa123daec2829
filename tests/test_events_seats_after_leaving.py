"""Where a leaver sits afterwards, said apart from the leaving's own clause ("will now sit as a
representative of X", "now represents X on the council", "has since continued as an
Independent", "said he will become a X"); a resignation from a post and the party at once; a
ward written after a sentence-opening time word; and a party taken only from the person's own
clause, never from someone else's move later on. All people and places are invented."""

from __future__ import annotations

from datetime import date

import pytest

from floorcross.extract.events import extract_events
from floorcross.extract.seat_after import _seat_in
from floorcross.types import CleanedArticle

PUB = date(2024, 5, 10)


def run(nlp, text: str) -> list:
    return extract_events(CleanedArticle(text=text, published=PUB), nlp)


def only(nlp, text: str, person: str):
    found = [e for e in run(nlp, text) if e.person == person]
    assert len(found) == 1, found
    return found[0]


# --- a destination said as a seat ----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Councillor Petra Lund has left the Conservative Party. She will now sit as a "
    "representative of the Green Party on Harwick District Council.",
    "Councillor Petra Lund has quit the Conservatives and will sit as a member of the Green "
    "group on the council.",
    "Former Tory councillor Petra Lund now represents the Greens on the council after leaving "
    "the Conservatives in March.",
    "Councillor Petra Lund has resigned from the Conservative Party. Cllr Lund will sit with the "
    "Green Party for the rest of her term.",
])
def test_a_destination_said_as_a_seat_makes_a_defection(nlp, text):
    e = only(nlp, text, "Petra Lund")
    assert (e.type, e.party_from, e.party_to) == ("defected", "Conservative", "Green")


@pytest.mark.parametrize("text", [
    "Councillor Ivo Marsh has quit Labour. Cllr Marsh, who represents Brookfield ward, has "
    "since continued as an Independent on the authority.",
    "Councillor Ivo Marsh has quit Labour and now becomes a non-aligned Independent member of "
    "the council.",
    "Councillor Ivo Marsh has left the Labour Party. He said he would continue to represent "
    "his ward as an independent member.",
    "Ivo Marsh, the MP for Dunmere, has quit the Labour Party. He takes up the role of an "
    "independent MP when the house returns.",
])
def test_sitting_as_an_independent_in_a_later_sentence(nlp, text):
    e = only(nlp, text, "Ivo Marsh")
    assert (e.type, e.party_from, e.party_to) == ("resigned", "Labour", "Independent")


def test_an_independent_inquiry_is_no_seat(nlp):
    text = "Councillor Ivo Marsh has quit Labour. He welcomed the independent inquiry."
    assert only(nlp, text, "Ivo Marsh").party_to is None


@pytest.mark.parametrize("phrase", [
    "she would stand as an independent at the next election",
    "he will not sit as an independent",
    "she was asked whether she would sit as an independent",
    "he sat as a Labour councillor for years",
    "she will sit as a councillor in the Labour-held ward",
    "it would be wrong for me to continue as an independent councillor",
    "she will stand down rather than sitting as an independent",
])
def test_phrases_that_give_no_seat(phrase):
    assert _seat_in(phrase, None) is None


def test_a_future_joining_is_hedged_and_taken_from_the_persons_own_sentences(nlp):
    text = (
        "A Democratic state senator from Nevada said Tuesday he is quitting the Democratic Party."
        "\n\nTom Vickery is stepping down at the end of the session, and said he will become a "
        "Republican.\n\nHe is the first Nevada legislator to leave his party since 2009, when "
        "Rep. Carla Munz switched from Republican to Democrat.\n"
    )
    e = only(nlp, text, "Tom Vickery")
    assert (e.type, e.party_from, e.party_to, e.hedged) == (
        "defected", "Democratic", "Republican", True)


def test_another_persons_move_in_a_when_clause_is_not_the_subjects(nlp):
    text = ("State Senator Lou Tarrant said he is leaving the Republican Party, the first to "
            "leave his party since 2011, when Rep. Ada Shore switched from Republican to "
            "Democrat.")
    e = only(nlp, text, "Lou Tarrant")
    assert e.party_to != "Democratic"


# --- resigning from a post and the party at once --------------------------------------------

@pytest.mark.parametrize("text, party", [
    ("Councillor Rhoda Kell has resigned from both the city council and the Labour Party.",
     "Labour"),
    ("Cllr Rhoda Kell, a Conservative, announced her resignation as a councillor and from the "
     "party on Friday.", "Conservative"),
    ("Councillor Rhoda Kell has resigned as a councillor and as a member of the Green Party.",
     "Green"),
    ("Labour councillor Rhoda Kell has resigned from her seat and from the party.", "Labour"),
])
def test_a_resignation_from_a_post_and_the_party_leaves_the_party(nlp, text, party):
    e = only(nlp, text, "Rhoda Kell")
    assert (e.type, e.party_from) == ("resigned", party)


def test_a_resignation_from_posts_only_is_no_party_change(nlp):
    text = "Labour councillor Rhoda Kell has resigned from the planning committee and the cabinet."
    assert run(nlp, text) == []


# --- a ward after a sentence-opening word ---------------------------------------------------

@pytest.mark.parametrize("opener", ["Yesterday", "Meanwhile", "On Monday", "Last night"])
def test_a_ward_after_an_opening_time_word(nlp, opener):
    text = f"{opener} Eastfield ward councillor Tom Parr confirmed he had quit the Labour Party."
    assert only(nlp, text, "Tom Parr").ward == "Eastfield"


@pytest.mark.parametrize("kind", ["Borough", "County", "District"])
def test_a_council_before_the_title_is_no_ward(nlp, kind):
    text = f"Harwick {kind} Councillor Tom Parr has quit the Labour Party."
    assert only(nlp, text, "Tom Parr").ward is None


def test_a_ward_named_as_the_people_served_in_the_persons_own_words():
    from floorcross.extract.wards_near import served_ward

    text = ("Councillor Mina Oduya has quit the Liberal Democrats. She said: \"I was elected to "
            "serve the people of Walcot and I will go on doing so.\"")
    assert served_ward("Mina Oduya", text) == "Walcot"
    assert served_ward("Mina Oduya", text.replace("Walcot", "Brindleford")) is None
    other = "Councillor Mina Oduya has quit. Ian Roe said he would serve the people of Walcot."
    assert served_ward("Mina Oduya", other) is None
