"""Party aliases, canonical names, and words that only look like parties."""

from __future__ import annotations

import pytest

from floorcross.nlp import canonical_party, get_nlp


def parties(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.ent_id_) for e in get_nlp()(text).ents if e.label_ == "PARTY"]


@pytest.mark.parametrize(("alias", "canonical"), [
    ("Labour", "Labour"), ("the Labour party", "Labour"), ("Labour Party", "Labour"),
    ("Tories", "Conservative"), ("Tory", "Conservative"), ("Conservatives", "Conservative"),
    ("Conservative and Unionist Party", "Conservative"),
    ("Lib Dems", "Liberal Democrats"), ("LibDems", "Liberal Democrats"),
    ("Liberal Democrat", "Liberal Democrats"), ("Reform UK", "Reform UK"),
    ("Reform Party", "Reform UK"), ("Greens", "Green"),
    ("Green Party of England and Wales", "Green"),
    ("Scottish Greens", "Scottish Greens"), ("Scottish National Party", "SNP"),
    ("Plaid", "Plaid Cymru"), ("Workers Party of Britain", "Workers Party"),
    ("Sinn Fein", "Sinn Féin"), ("Democratic Unionist Party", "DUP"),
    ("Co-operative Party", "Co-operative Party"), ("GOP", "Republican"),
    ("Democratic Party", "Democratic"), ("Australian Labor Party", "Australian Labor Party"),
    ("Fianna Fail", "Fianna Fáil"), ("Bloc Quebecois", "Bloc Québécois"),
    ("Alternative für Deutschland", "AfD"), ("an independent", "Independent"),
    ("Marsh Vale Independents", "Marsh Vale Independents"),
    ("Elmbridge Residents' Association", "Elmbridge Residents' Association"),
])
def test_canonical_party_aliases(alias: str, canonical: str) -> None:
    assert canonical_party(alias) == canonical


@pytest.mark.parametrize("word", ["welfare", "the market", "Independent Review", "Tuesday", ""])
def test_canonical_party_rejects_non_parties(word: str) -> None:
    assert canonical_party(word) is None


@pytest.mark.parametrize(("text", "expected"), [
    ("Councillor Hallam said the Tories had lost their way.", ("Tories", "Conservative")),
    ("She told colleagues she was leaving the Lib Dems after ten years.",
     ("Lib Dems", "Liberal Democrats")),
    ("The ward was gained by Reform UK last spring.", ("Reform UK", "Reform UK")),
    ("Two members have defected to Reform since the summer.", ("Reform", "Reform UK")),
    ("A Reform councillor said the group was growing.", ("Reform", "Reform UK")),
    ("He now sits with the Greens on the authority.", ("Greens", "Green")),
    ("The Green group leader resigned on Monday.", ("Green", "Green")),
    ("The SNP and Plaid Cymru issued a joint statement.", ("SNP", "SNP")),
    ("The Alliance councillor was re-elected in Bangor.", ("Alliance", "Alliance")),
    ("Two Democrats crossed the aisle in the state senate.", ("Democrats", "Democratic")),
    ("The Labor MP for a Sydney seat quit the party.", ("Labor", "Australian Labor Party")),
    ("Labour said the decision was disappointing.", ("Labour", "Labour")),
    ("Labour councillors voted against the budget.", ("Labour", "Labour")),
])
def test_party_entities(text: str, expected: tuple[str, str]) -> None:
    assert expected in parties(text)


@pytest.mark.parametrize("text", [
    "The government promised welfare reform before the election.",
    "Conservative estimates put the cost at two million pounds.",
    "The labour market has tightened since the spring.",
    "Residents asked for more green space near the school.",
    "She took a liberal view of the planning rules.",
    "Young democrats across the region held a vote.",
    "The Reform Act of 1832 widened the franchise.",
    "An independent review of the scheme found no fault.",
    "The Independent reported the figures first.",
    "Labour shortages hit farms across the county.",
    "Ms Green said she had no comment.",
    "The island became independent in 1966.",
    "The panel is independent of the council.",
    "She wants the inquiry to be as independent as possible.",
    "An independent member of the audit panel was appointed.",
])
def test_false_party_guards(text: str) -> None:
    assert parties(text) == []


@pytest.mark.parametrize("text", [
    "After the row he decided to sit as an independent.",
    "Both will now sit as independents until May.",
    "An Independent councillor chairs the committee.",
    "The Independent group has six members on the council.",
    "He will stand as independent candidate in the by-election.",
    "Three Labour councillors became independents last night.",
])
def test_independent_in_affiliation_context(text: str) -> None:
    found = [canon for _, canon in parties(text) if canon != "Labour"]
    assert found == ["Independent"]


def test_local_independent_group_keeps_its_name() -> None:
    found = parties("Two councillors joined the Marsh Vale Community Independents on Friday.")
    assert found == [("Marsh Vale Community Independents", "Marsh Vale Community Independents")]


def test_place_party_pair_is_not_a_person() -> None:
    doc = get_nlp()("Eastbridge Labour said it would select a new candidate.")
    labels = {(e.text, e.label_) for e in doc.ents}
    assert ("Labour", "PARTY") in labels
    assert not any(e.label_ == "PERSON" and "Labour" in e.text for e in doc.ents)


def test_determiner_before_party_is_not_a_place() -> None:
    doc = get_nlp()("The Conservative Party conference opens in the city next week.")
    assert [e.label_ for e in doc.ents if e.text == "The"] == []
    assert ("Conservative Party", "Conservative") in [
        (e.text, e.ent_id_) for e in doc.ents if e.label_ == "PARTY"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Cllr Rhea Vell (Lab, Moorside) seconded the motion.", ("Lab", "Labour")),
    ("The motion from Cllr Ben Ostrow (Con) failed.", ("Con", "Conservative")),
    ("Cllr Ida Penn (Moorside, Ind) abstained.", ("Ind", "Independent")),
])
def test_bracketed_abbreviations(text: str, expected: tuple[str, str]) -> None:
    assert expected in parties(text)


def test_abbreviations_outside_brackets_are_not_parties() -> None:
    assert parties("The lab said the con was obvious, and Ind Street was shut.") == []


def test_sentence_initial_reform_needs_a_party_verb() -> None:
    assert parties("Reform has won two seats in the county.") == [("Reform", "Reform UK")]
    assert parties("Reform is needed, the report concluded.") == []
