""""He said" after someone else's reported words goes to whoever spoke last, even without
quotation marks ("..., said Coun Jim Benn." / "..., according to Ann Roe."), and a pronoun
the story keeps as its subject is not taken over by a person spoken of inside its sentences
("He was suspended after a row with Mr Lee."). Every article here is invented for the
project.
"""

from __future__ import annotations

import pytest
from quote_speakers import speaker_of

LEDE = (
    "Councillor Tom Parr has resigned from the Labour Party after a row over housing.\n\n"
    "Tom Parr said: \"I am leaving because the party has stopped listening to anyone.\"\n\n"
)
CASES = [
    (LEDE + "But the party should let voters decide whether he stays, said Coun Jim "
     "Benn.\n\n\"He was elected as a Labour member and must resign his seat,\" he said.",
     "He was elected as a", "Jim Benn"),
    (LEDE + "Voters should now have the final say, according to group leader Jim Benn, "
     "who called for a by-election.\n\n\"He should do the decent thing and resign his "
     "seat,\" he added.", "He should do the decent", "Jim Benn"),
    (LEDE + "The seat belongs to the party, said Ann Cole, the branch secretary.\n\n"
     "\"People voted for a Labour councillor, not for him,\" she said.",
     "People voted for a Labour", "Ann Cole"),
]


@pytest.mark.parametrize(("text", "starts", "speaker"), CASES)
def test_pronoun_goes_to_the_last_speaker_without_marks(text, starts, speaker, nlp):
    assert speaker_of(text, starts, nlp) == speaker


@pytest.mark.parametrize("middle", [
    "He was suspended last month after a row with chief whip Brendan Oakes.",
    "The Fairfield councillor has told chief whip Brendan Oakes he will stay on.",
])
def test_a_person_inside_the_followed_subjects_sentence_is_not_he(middle, nlp):
    text = (
        "Mr Kellow has been expelled from the party.\n\n"
        "Mr Kellow, 53, has represented Fairfield since 2005.\n\n"
        "The party's conduct panel met on Thursday to decide the case.\n\n"
        f"{middle}\n\n"
        "Later that month his membership of the party was suspended as well.\n\n"
        "\"I did not leave the party; the party left me,\" he wrote."
    )
    assert speaker_of(text, "I did not leave", nlp) == "Kellow"
