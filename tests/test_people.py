"""Short references and titles resolved to the fullest name an article uses."""

from __future__ import annotations

import pytest

from floorcross.extract.people import PeopleIndex, shown_name


def test_titles_are_stripped_and_short_forms_resolve():
    people = PeopleIndex(["Cllr Mustafa Idris", "Sir Ralph Benton MP"])
    assert people.names == ["Mustafa Idris", "Ralph Benton"]
    assert people.resolve("Mustafa") == "Mustafa Idris"
    assert people.resolve("Cllr Idris") == "Mustafa Idris"
    assert people.resolve("Mr Benton’s") == "Ralph Benton"


def test_fuller_name_replaces_a_shorter_one():
    people = PeopleIndex(["Idris"])
    assert people.add("Mustafa Idris") == "Mustafa Idris"
    assert people.names == ["Mustafa Idris"]
    assert people.add("Mr Idris") == "Mustafa Idris"


def test_ambiguous_or_unknown_references_do_not_resolve():
    people = PeopleIndex(["Ann Lee", "Tom Lee"])
    assert people.resolve("Lee") is None
    assert people.resolve("Ann Lee") == "Ann Lee"
    assert people.resolve("Priya") is None
    assert people.resolve("") is None


def test_misspelt_full_name_resolves_but_a_different_person_does_not():
    people = PeopleIndex(["Keir Starmer", "Ammar Anwar"])
    assert people.resolve("Kier Starmer") == "Keir Starmer"
    assert people.resolve("Amar Latif") is None
    assert people.add("Amar Latif") == "Amar Latif"
    assert people.resolve("Ammar") == "Ammar Anwar"


def test_us_and_irish_titles_are_stripped():
    from floorcross.nlp.titles import strip_titles

    assert strip_titles("Representative Ryan Gullett") == "Ryan Gullett"
    assert strip_titles("State Rep. Ryan Gullett") == "Ryan Gullett"
    assert strip_titles("Sen. Ann Bell") == "Ann Bell"
    assert strip_titles("Assemblywoman Ann Bell") == "Ann Bell"
    assert strip_titles("Deputy Orla Quilty") == "Orla Quilty"
    assert strip_titles("Sean Roe TD") == "Sean Roe"
    assert strip_titles("Ann Bell MLA") == "Ann Bell"


def test_a_word_broken_at_a_line_end_is_joined_but_real_hyphens_stay():
    from floorcross.nlp.titles import strip_titles

    assert strip_titles("Mark Prit-chard") == "Mark Pritchard"
    assert strip_titles("Mark Prit- chard") == "Mark Pritchard"
    assert strip_titles("Tom Smith-Jones") == "Tom Smith-Jones"
    assert strip_titles("Dervla O'Neill") == "Dervla O'Neill"
    assert strip_titles("Ana de Souza") == "Ana de Souza"


def test_particle_names_in_running_text(nlp):
    from floorcross.extract.mentions import build_sentence

    for text, name in [
        ("Cllr Pieter van den Berg has defected from the Liberal Democrats.",
         "Pieter van den Berg"),
        ("Councillor Mark Prit-chard has resigned from the Conservative Party.",
         "Mark Pritchard"),
        ("Labour councillor Dervla O'Neill and Cllr Tom Smith-Jones have quit.",
         "Tom Smith-Jones"),
    ]:
        doc = nlp(text)
        assert name in build_sentence(0, 0, len(text), doc).names.values()


def test_a_building_in_a_caption_is_no_person(nlp):
    from floorcross.extract.mentions import build_sentence, looks_like_name

    assert not looks_like_name("Plymouth Civic Centre")
    assert not looks_like_name("Dunmere Town Hall")
    assert looks_like_name("Stuart Hall")
    text = "Pictured: Plymouth Civic Centre, where the council meets."
    assert "Plymouth Civic Centre" not in build_sentence(0, 0, len(text), nlp(text)).names.values()


def test_provincial_member_titles_are_stripped():
    from floorcross.nlp.titles import strip_titles

    assert strip_titles("MPP Gail Rennick") == "Gail Rennick"
    assert strip_titles("Gail Rennick MPP") == "Gail Rennick"
    assert strip_titles("MNA Luc Giroux") == "Luc Giroux"
    assert strip_titles("MHA Ruth Penney") == "Ruth Penney"


def test_a_three_word_name_and_a_shared_surname_in_a_list(nlp):
    from floorcross.extract.mentions import build_sentence

    text = "They are Doreen Brophy Lee, Pat and Ted Flynn, and Seamus Hogan."
    names = set(build_sentence(0, 0, len(text), nlp(text)).names.values())
    assert {"Doreen Brophy Lee", "Pat Flynn", "Ted Flynn", "Seamus Hogan"} <= names
    assert "Brophy Lee" not in names and "Pat" not in names


@pytest.mark.parametrize(("person", "text", "expected"), [
    ("STEVE GALLOWAY", "STEVE GALLOWAY is resigning. Coun Galloway said so.", "Steve Galloway"),
    ("MARY ANN CLOVER", "MARY ANN CLOVER has quit. Mary Ann Clover said so.", "Mary Ann Clover"),
    ("SEAN O'NEILL", "SEAN O'NEILL has quit the party.", "Sean O'Neill"),
    ("JB Bernos", "JB Bernos has quit the party.", "JB Bernos"),
    ("Ann Roe", "ANN ROE: Ann Roe has quit.", "Ann Roe"),
])
def test_a_name_in_capitals_is_shown_as_the_article_writes_it(person, text, expected) -> None:
    assert shown_name(person, text) == expected
