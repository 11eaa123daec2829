"""US wordings of a change of party: "switched parties", "changed his registration from
Republican to Democrat", and US titles that do not end a sentence ("Del.", "Rep.")."""

from __future__ import annotations

import datetime

import pytest

from floorcross.extract import extract
from floorcross.extract.candidates import split_sentences
from floorcross.types import CleanedArticle


def _events(text: str):
    return extract(CleanedArticle(text=text, published=datetime.date(2019, 10, 21))).events


@pytest.mark.parametrize("text, person, before, after", [
    ("Rep. Colin Marsh changed his registration from Republican to Democrat last month.",
     "Colin Marsh", "Republican", "Democratic"),
    ("State Sen. Dana Whitcombe switched parties on Tuesday, leaving the Republicans for the "
     "Democrats.", "Dana Whitcombe", "Republican", "Democratic"),
    ("Mayor-turned-legislator Ruth Okafor switched her registration from Democrat to "
     "Republican in June.", "Ruth Okafor", "Democratic", "Republican"),
])
def test_change_of_registration_is_a_defection(text, person, before, after) -> None:
    found = [(e.person, e.type, e.party_from, e.party_to) for e in _events(text)]
    assert (person, "defected", before, after) in found


@pytest.mark.parametrize("text", [
    "Del. Mara Quist changed parties on Monday.",
    "Gov. Lee Arno said nothing.",
])
def test_us_titles_do_not_end_a_sentence(text: str) -> None:
    assert len(split_sentences(text)) == 1
