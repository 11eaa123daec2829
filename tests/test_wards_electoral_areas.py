"""Irish councils are elected by local electoral area, and their copy names the area as British
copy names a ward; a council's own name is never a ward. All people and places are invented."""

from __future__ import annotations

from datetime import date

import pytest

from floorcross.extract.events import extract_events
from floorcross.extract.wards_near import ward_in
from floorcross.types import CleanedArticle


@pytest.mark.parametrize(("text", "ward"), [
    ("Ann Roe, who won a seat in the Lifford-Stranorlar electoral area last month, has resigned "
     "from Fine Gael.", "Lifford-Stranorlar"),
    ("Cllr Ann Roe, a councillor in the City West local electoral area, has resigned from "
     "Fianna Fáil.", "City West"),
    ("Cllr Ann Roe (Ballymote-Tubbercurry LEA) has resigned from Fine Gael.",
     "Ballymote-Tubbercurry"),
    ("Cllr Ann Roe, who represents the Carrick Municipal District, has left Sinn Féin.",
     "Carrick"),
])
def test_electoral_area_is_the_ward(nlp, text, ward):
    events = extract_events(CleanedArticle(text=text, published=date(2020, 3, 2)), nlp)
    assert [(e.person, e.ward, e.role) for e in events] == [("Ann Roe", ward, "councillor")]


def test_council_name_is_no_ward():
    ctx = "Cllr Tom Dee says he will remain on Fenwick City and County Council for now"
    assert ward_in("councillor", [ctx], "Tom Dee") is None
