"""People named together, then referred to as a group: "They", "The pair", "Both", "The two
councillors", "The trio". A count must agree with the people named."""

from datetime import date

import pytest

from floorcross.extract.events import extract_events
from floorcross.nlp import get_nlp
from floorcross.types import CleanedArticle


def _events(text: str):
    return extract_events(CleanedArticle(text=text, published=date(2024, 3, 18)), get_nlp())


_NAMED_PAIR = "Councillors Nell Ashdown and Pavel Grieve announced the news at a meeting on Monday."


@pytest.mark.parametrize("reference", [
    "They", "The pair", "Both", "The two councillors", "The duo", "Both councillors",
    "Both of them",
])
def test_a_plural_reference_gives_each_named_person_the_change(reference):
    found = _events(f"{_NAMED_PAIR} {reference} defected to the Green Party after a row over "
                    "the housing plan for Eastmoor.")
    assert sorted((e.person, e.type, e.party_to) for e in found) == [
        ("Nell Ashdown", "defected", "Green"), ("Pavel Grieve", "defected", "Green")]


def test_a_count_that_disagrees_with_the_names_gives_nobody():
    found = _events(f"{_NAMED_PAIR} The three councillors defected to the Green Party after a "
                    "row over the housing plan.")
    assert [e.person for e in found] == []


def test_a_trio_stands_for_three_people_named_together():
    found = _events(
        "Dora Finch, Amir Laszlo and Kit Oduya were elected for the Conservatives in 2021.\n\n"
        "The trio have now resigned from the party and will sit as independents on Westvale "
        "Borough Council.")
    assert sorted(e.person for e in found) == ["Amir Laszlo", "Dora Finch", "Kit Oduya"]
    assert {e.party_from for e in found} == {"Conservative"}


def test_women_counted_after_two_women_named():
    found = _events(
        "Labour has suspended Cllr Ruth Penhallow and Cllr Sunita Brar pending an inquiry into "
        "messages posted online.\n\nBoth women have denied wrongdoing. Both women were "
        "suspended by the party last year as well.")
    assert {e.person for e in found} == {"Ruth Penhallow", "Sunita Brar"}


def test_a_headline_count_then_the_names_then_the_pair():
    found = _events(
        "Two Liberal MLAs cross the floor to the Greens\n\n"
        "Liberal MLAs Hana Brook and Tobias Renn are under new management.\n\n"
        "The pair of opposition MLAs crossed the floor to the Green Party on Monday, leaving the "
        "Liberal caucus with nine members.")
    assert sorted((e.person, e.type, e.party_to) for e in found) == [
        ("Hana Brook", "defected", "Green"), ("Tobias Renn", "defected", "Green")]


def test_the_pair_long_after_the_names_is_not_resolved():
    found = _events(
        "Councillors Nell Ashdown and Pavel Grieve opened the new library on Monday. The "
        "building cost four million pounds. Its shelves hold twenty thousand books. Visitors "
        "queued from early morning. The pair defected to the Green Party after a row over the "
        "housing plan.")
    assert [e.person for e in found] == []


def test_the_pair_as_the_subject_of_an_infinitive_is_not_a_change():
    found = _events(
        "Councillors Nell Ashdown and Pavel Grieve left Labour in May to sit as independents.\n\n"
        "Party rules make it hard for the pair to rejoin Labour before the next election.")
    assert {(e.person, e.type) for e in found} == {
        ("Nell Ashdown", "resigned"), ("Pavel Grieve", "resigned")}


def test_a_plural_role_and_place_are_no_part_of_a_name():
    found = _events("Harbourside MLAs Jane Morrow and Tim Baxter crossed the floor to the "
                    "Liberal Party on Monday.")
    assert sorted(e.person for e in found) == ["Jane Morrow", "Tim Baxter"]


@pytest.mark.parametrize("opening", ["Fenshire councillors", "Labour councillors",
                                     "Rebel Cllrs"])
def test_names_after_other_plural_roles_are_bare(opening):
    found = _events(f"{opening} Ola Strand and Benedict Yeo quit the Labour Party on Friday.")
    assert sorted(e.person for e in found) == ["Benedict Yeo", "Ola Strand"]


@pytest.mark.parametrize("names", [
    "Couns Ada Reeve and Colm Hart, plus Luis Ferro",
    "Cllrs Ada Reeve, Colm Hart and Luis Ferro",
])
def test_every_name_a_plural_title_opens(names):
    found = _events(f"The party confirmed the outcome of its inquiry. {names} have been expelled "
                    "from the Labour Party.")
    assert sorted((e.person, e.type) for e in found) == [
        ("Ada Reeve", "expelled"), ("Colm Hart", "expelled"), ("Luis Ferro", "expelled")]
