"""A description standing for the person the story follows ("the former army sergeant
major", "the 54-year-old", "the mother-of-two") points back like a pronoun, in the gender its
nouns tell; it is never a name. Every article here is invented for the project.
"""

from __future__ import annotations

import pytest
from quote_speakers import speaker_of

MAN = (
    "A Fenbridge councillor has quit the Conservative Party after 20 years.\n\n"
    "Derek Mallin, who represents Holt ward, will now sit as an independent.\n\n"
)
WOMAN_THEN_MAN = (
    "Sandra Kells has left the Labour group on Orton Council.\n\n"
    "Group leader Paul Brand said he was disappointed but the group would carry on.\n\n"
)
CASES = [
    (MAN + "The former army sergeant major added: \"I have given this party two decades "
     "of my life.\"", "I have given this party", "Derek Mallin"),
    (MAN + "The 54-year-old said: \"My residents come first and they always will.\"",
     "My residents come first", "Derek Mallin"),
    (MAN + "The ex-teacher told the Herald: \"I have marked better homework than their "
     "manifesto.\"", "I have marked better homework", "Derek Mallin"),
    (WOMAN_THEN_MAN + "The mother-of-two told the paper: \"Nobody from the party has "
     "spoken to me in months.\"", "Nobody from the party", "Sandra Kells"),
    (WOMAN_THEN_MAN + "The 61-year-old grandmother added: \"I feel I have been pushed out "
     "by people who do not know Orton.\"", "I feel I have been", "Sandra Kells"),
]


@pytest.mark.parametrize(("text", "starts", "speaker"), CASES)
def test_description_points_back_like_a_pronoun(text, starts, speaker, nlp):
    assert speaker_of(text, starts, nlp) == speaker


def test_a_male_description_skips_the_woman_named_last(nlp):
    text = (
        "Tom Varley has defected from Labour to the Greens on Ashcombe Council.\n\n"
        "Labour group leader Ruth Kenning said she was saddened by the news.\n\n"
        "The father-of-three said: \"I joined to change things, and the Greens let me.\""
    )
    assert speaker_of(text, "I joined to change", nlp) == "Tom Varley"
