"""Short references and titles resolved to the fullest name an article uses."""

from __future__ import annotations

from floorcross.extract.people import PeopleIndex


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
