"""A party, an owner or an office written before a speaker's name is no part of the name:
"Liberal Democrat Ann Roe", "Labour's Ann Roe", "Tory Ann Roe", "Green councillor Ann Roe",
"SNP MSP Ann Roe", "Reform UK's Ann Roe", "Said Ms Roe:". Every article here is invented for
the project.
"""

from __future__ import annotations

import pytest
from quote_speakers import speaker_of

from floorcross.extract.name_patterns import without_affiliation
from floorcross.extract.quotes_names import NameBook

LEDE = "Two councillors have left the ruling group on Harwick Borough Council.\n\n"
CASES = [
    ("Council leader, Liberal Democrat Anna Prowse, said: \"We wish them well but the "
     "ruling group is unaffected by this.\"", "We wish them well", "Anna Prowse"),
    ("Labour's Dan Hewitt said: \"This is disappointing news for everyone in the "
     "town.\"", "This is disappointing news", "Dan Hewitt"),
    ("Tory Fiona Marsh said: \"Labour is falling apart in front of our eyes.\"",
     "Labour is falling apart", "Fiona Marsh"),
    ("\"Voters deserve far better than this shambles,\" Green councillor Olu Bade said.",
     "Voters deserve far better", "Olu Bade"),
    ("SNP MSP Kirsty Lane said: \"This shows the mess they are in right now.\"",
     "This shows the mess", "Kirsty Lane"),
    ("Reform UK's Gary Pike said: \"We welcome anyone who shares our values and "
     "ambition.\"", "We welcome anyone who", "Gary Pike"),
    ("Colm Dreery, of Sinn Féin, called it a rout.\n\nSaid Mr Dreery: \"They have nobody "
     "left who can count a vote.\"", "They have nobody left", "Colm Dreery"),
]


@pytest.mark.parametrize(("para", "starts", "speaker"), CASES)
def test_party_or_owner_before_a_name_is_dropped(para, starts, speaker, nlp):
    assert speaker_of(LEDE + para, starts, nlp) == speaker


def test_the_name_book_holds_the_person_without_the_party():
    book = NameBook("Liberal Democrat Anna Prowse said it was sad.\nMs Prowse left early.")
    assert "Anna Prowse" in book.index.names
    assert not any("Democrat" in n for n in book.index.names)


@pytest.mark.parametrize(("written", "name"), [
    ("Liberal Democrat Ann Roe", "Ann Roe"),
    ("Tory Tom Lee", "Tom Lee"),
    ("Reform UK's Tom Lee", "Tom Lee"),
    ("Fine Gael Cllr Tom Lee", "Cllr Tom Lee"),
    ("Councilman Tom Lee", "Tom Lee"),
    ("Said Ms Roe", "Ms Roe"),
    ("Kate Green", "Kate Green"),  # a party word as a surname stays
    ("Ann Roe", "Ann Roe"),
])
def test_without_affiliation(written, name):
    assert without_affiliation(written) == name
