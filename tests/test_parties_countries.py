"""Party names other countries share with British ones, read in the article's country."""

from __future__ import annotations

import pytest

from floorcross.nlp import get_nlp, guess_country
from floorcross.nlp.parties import canonical_party


@pytest.mark.parametrize(("text", "country"), [
    ("Matt Jones, the Conservative MP for the riding of Edmonton Riverbend, crossed the floor in "
     "Ottawa on Tuesday to join the Liberals, the Canadian Press reported.", "Canada"),
    ("Senator Jo Reid quit the Labor Party in Canberra, siding with the Greens.", "Australia"),
    ("The Roscommon TD left Fine Gael and will sit in the Dáil as an independent.", "Ireland"),
    ("Cllr Ann Vale has quit Labour and joined Reform UK in Kirklees.", None),
    # One passing foreign word does not make a British article foreign.
    ("The Tory MP flew to Ottawa before he defected to Reform UK at Westminster.", None),
])
def test_country_guess(text: str, country: str | None) -> None:
    assert guess_country(text) == country


@pytest.mark.parametrize(("name", "country", "canonical"), [
    ("the Conservatives", "Canada", "Conservative Party of Canada"),
    ("Liberals", "Canada", "Liberal Party of Canada"),
    ("the Conservatives", None, "Conservative"),
    ("Labor", None, "Australian Labor Party"),
    ("Labor Party", "Australia", "Australian Labor Party"),
    ("Labour", "Ireland", "Labour"),
    ("Nats", None, "SNP"),
    ("NDP", "Canada", "NDP"),
    ("Bloc Québécois", None, "Bloc Québécois"),
])
def test_canonical_party_in_a_country(name: str, country: str | None, canonical: str) -> None:
    assert canonical_party(name, country) == canonical


def test_party_entities_follow_the_country_in_user_data() -> None:
    nlp = get_nlp()
    doc = nlp.make_doc("She left the Conservatives to join the Liberals.")
    doc.user_data["country"] = "Canada"
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    parties = {e.ent_id_ for e in doc.ents if e.label_ == "PARTY"}
    assert parties == {"Conservative Party of Canada", "Liberal Party of Canada"}


def test_nats_and_labor_are_parties_in_running_text() -> None:
    doc = get_nlp()("The Nats lost a councillor, and a senator quit the Labor Party.")
    parties = {e.ent_id_ for e in doc.ents if e.label_ == "PARTY"}
    assert parties == {"SNP", "Australian Labor Party"}


@pytest.mark.parametrize(("text", "country"), [
    # A state's own politics, with no word "Australia" in it.
    ("Two Liberal MPs quit to sit on the crossbench in the WA parliament in Perth.", "Australia"),
    ("The Nationals MP lost preselection in NSW, the Sydney paper said.", "Australia"),
    ("Toronto MP Han Lee left the Liberal caucus on Tuesday.", "Canada"),
    ("Two Labour councillors quit to sit as independents, the Tory leader said.", None),
])
def test_country_from_state_and_city_cues(text: str, country: str | None) -> None:
    assert guess_country(text) == country
