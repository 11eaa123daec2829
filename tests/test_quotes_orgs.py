"""Organisation speakers taken whole; readings cleaned of openers, clauses and owners."""

from __future__ import annotations

from floorcross.extract.quotes_orgs import clean_value, whole_org


def test_openers_clauses_and_owners_are_not_part_of_a_name():
    assert clean_value("Meanwhile, Labour Party") == "Labour Party"
    assert clean_value("Gwen Oakden - who") == "Gwen Oakden"
    assert clean_value("Ann Roe, who") == "Ann Roe"
    assert clean_value("Labour’s Owen Treharne") == "Owen Treharne"
    assert clean_value("Tom Lee later") == "Tom Lee"


def test_a_comma_before_a_capital_stays_inside_a_body_name():
    name = "Membership, Ethics and Standards Committee"
    assert clean_value(name) == name


def test_a_body_named_by_its_place_is_taken_whole():
    text = "Saltby Harbour and Pellow Labour said the suspension was unfair."
    assert whole_org(text, 0, "Saltby Harbour") == "Saltby Harbour and Pellow Labour"
    text = "A statement from Wyre Dale Conservatives read: something"
    assert whole_org(text, 30, "Conservatives") == "Wyre Dale Conservatives"


def test_a_place_alone_is_no_speaker():
    text = "Brackenford Kemptown said it was time for change."
    assert whole_org(text, 0, "Brackenford Kemptown") is None


def test_a_sentence_opener_does_not_join_the_run():
    text = "Later Hallowmere Greens said they were sorry."
    assert whole_org(text, 6, "Greens") == "Hallowmere Greens"
