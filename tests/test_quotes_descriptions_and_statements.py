"""Speakers of quotations in the shapes outlets write them: a description in the lede named
only later, joint statements, captions between quote paragraphs, bodies and their offices.

Every article here is invented for the project.
"""

from __future__ import annotations

import pytest
from quote_speakers import speaker_of as _speaker_of

# A description in the lede who "accused" someone, named only in a later paragraph.
DESCRIBED_FIRST = [
    (
        "Budget row at the town hall\n\n"
        "The new Conservative leader of Marbury Borough Council has accused the previous "
        "administration of leaving \"a financial black hole that will take years to fill\".\n\n"
        "Cllr Dana Hills, who took over the group in May, said the figures had been hidden.",
        "a financial black hole",
        "Dana Hills",
    ),
    (
        "Fenwick's new Labour group leader has hit out at the outgoing cabinet, accusing it of "
        "\"running the town hall like a private members' club for its friends\".\n\n"
        "Councillor Rob Hartigan made the remarks at Thursday's full council meeting.",
        "running the town hall",
        "Rob Hartigan",
    ),
    (
        "The new Labour leader of Stourholme council has launched an attack on her "
        "predecessor.\n\n"
        "In her first speech, she said the last administration had left the authority "
        "\"in the worst financial state of any council in the region\".\n\n"
        "Cllr Fiona Gale, who represents Parkside, was elected leader on Tuesday.",
        "in the worst financial state",
        "Fiona Gale",
    ),
    (
        "Former council leader John Barden has left the Conservatives with six allies.\n\n"
        "The new group leader on the council has accused him of \"walking out on the voters "
        "who put him there\".\n\n"
        "Cllr Les Hills said the party would contest every seat at the next election.",
        "walking out on the voters",
        "Les Hills",
    ),
]


@pytest.mark.parametrize(("text", "starts", "speaker"), DESCRIBED_FIRST)
def test_a_description_in_the_lede_is_the_person_named_after_it(text, starts, speaker, nlp):
    assert _speaker_of(text, starts, nlp) == speaker


def test_the_one_accused_is_not_the_speaker_of_the_accusation(nlp):
    text = (
        "Harlow Labour group leader Tom Kerridge quit the party on Friday.\n\n"
        "The group's new leader has accused Mr Kerridge of \"leaving his colleagues to clear up "
        "the mess he made\".\n\n"
        "Councillor Amy Lusk said members had been kept in the dark for months."
    )
    assert _speaker_of(text, "leaving his colleagues", nlp) == "Amy Lusk"


def test_a_description_with_its_holder_named_before_still_points_back(nlp):
    text = (
        "Cllr Jean Orme was elected leader of the Labour group on Monday.\n\n"
        "The new leader said: \"Our first job is to win back the trust of the people of this "
        "town.\""
    )
    assert _speaker_of(text, "Our first job is to", nlp) == "Jean Orme"


@pytest.mark.parametrize("text", [
    "Co-leaders Aroha Tane and Wiremu Paki said in a joint statement: \"We are deeply "
    "disappointed by the decision of our colleague to leave the party.\"",
    "\"We are deeply disappointed by the decision of our colleague to leave the party,\" "
    "said Cllr Ann Gower and Cllr Pete Lomas.",
    "Ann Gower and Peter Lomas, who lead the group, said: \"We are deeply disappointed by the "
    "decision of our colleague to leave the party.\"",
])
def test_two_people_speaking_together_is_no_single_speaker(text, nlp):
    assert _speaker_of(text, "We are deeply disappointed", nlp) is None


def test_a_speaker_named_beside_another_person_is_still_the_speaker(nlp):
    text = (
        "Cllr Ann Gower said: \"I have spent twenty years on this council and I have never "
        "seen anything like it.\"\n\n"
        "Gower and her husband moved to the town in 1990."
    )
    assert _speaker_of(text, "I have spent twenty years", nlp) == "Ann Gower"


@pytest.mark.parametrize("caption", [
    "Cllr Tony Vickers", "Group leader Tony Vickers MP", "Tony Vickers, group leader",
])
def test_a_caption_line_between_quote_paragraphs_does_not_take_the_floor(caption, nlp):
    text = (
        "Councillor Mel Rooney has left the Labour group.\n\n"
        "\"I have spent eleven years trying to change this group from the inside,\" said Cllr "
        "Rooney.\n\n"
        f"{caption}\n\n"
        "\"It is time to accept that it cannot be done and to move on with my life.\"\n\n"
        "Group leader Tony Vickers said he was sorry to see her go."
    )
    assert _speaker_of(text, "It is time to accept", nlp) == "Mel Rooney"


@pytest.mark.parametrize("intro", [
    "In a statement, the local party said:",
    "The constituency branch said in a statement:",
    "A spokesperson for the party said:",
])
def test_an_unnamed_body_or_mouthpiece_beside_a_person_is_nobody(intro, nlp):
    text = (
        "Councillor Ruth Dale has quit the Liberal Democrats to sit as an independent.\n\n"
        f"{intro} \"We are disappointed that Ruth has chosen to leave but we wish her well.\""
    )
    assert _speaker_of(text, "We are disappointed that Ruth", nlp) is None


def test_a_named_branch_speaks_for_itself(nlp):
    text = (
        "Councillor Sam Lowe has been suspended pending an investigation.\n\n"
        "The Dunmere Labour branch said in a statement: \"We take all complaints extremely "
        "seriously and a full process is now under way.\""
    )
    assert _speaker_of(text, "We take all complaints", nlp) == "Dunmere Labour branch"


def test_a_possessive_office_with_no_holder_named_is_not_the_body(nlp):
    text = (
        "Two councillors have left the group.\n\n"
        "Plaid's leader on the council said: \"We wish them well but we will not be changing "
        "course.\""
    )
    assert _speaker_of(text, "We wish them well", nlp) is None


def test_praise_goes_to_the_one_who_gives_it_not_the_one_praised(nlp):
    text = (
        "Councillor Omar Farah has joined the Green group on Lydford council.\n\n"
        "Welcoming him, group leader Cllr Helen Marsh said: \"Omar brings decades of "
        "experience and a deep knowledge of the estates he represents.\"\n\n"
        "Cllr Farah said he was delighted."
    )
    assert _speaker_of(text, "Omar brings decades of", nlp) == "Helen Marsh"
