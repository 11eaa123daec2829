"""The party a sanction means when its own sentence names none ("has lost the party whip"):
the party the person was just described as holding, not a party the article names more often
as an opponent (a motion, a proposal). All people and places are invented."""

from __future__ import annotations

from datetime import date

import pytest

from floorcross.extract.events import extract_events
from floorcross.types import CleanedArticle


@pytest.mark.parametrize(("text", "person", "party"), [
    ("Green Party TD Aoife Brennan has been suspended from the parliamentary party after voting "
     "against the Government.\n\nThe vote came on a Labour motion to extend the rent freeze, "
     "which the Government won by 80 votes to 66. The Labour motion had been backed by every "
     "opposition party.\n\nThe Kildare North TD has lost the party whip and been suspended for "
     "nine months.", "Aoife Brennan", "Green"),
    ("Social Democrats councillor Ciarán Hollis has been suspended by the party over comments "
     "he made online.\n\nIt follows a heated debate on a Fine Gael proposal to sell council "
     "land in the town. The Fine Gael proposal was passed after a long debate, and a Fine Gael "
     "amendment failed.\n\nThe Ballinure councillor had the whip withdrawn and was suspended "
     "pending an investigation.", "Ciarán Hollis", "Social Democrats"),
])
def test_sanction_without_a_party_is_the_one_just_held(nlp, text, person, party):
    events = extract_events(CleanedArticle(text=text, published=date(2024, 3, 1)), nlp)
    mine = [e for e in events if e.person == person]
    assert [(e.type, e.party_from) for e in mine] == [("suspended", party)]
