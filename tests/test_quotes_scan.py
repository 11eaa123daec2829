"""The character scanner that finds quotation spans, without any NLP."""

from __future__ import annotations

import random

from floorcross.extract.quotes_scan import scan_quotes


def _texts(text: str) -> list[str]:
    return [text[s.start : s.end] for s in scan_quotes(text)]


def test_curly_and_straight_double_marks():
    text = "She said “we will win this seat back” and he replied \"not this time, we won't\"."
    assert _texts(text) == ["we will win this seat back", "not this time, we won't"]


def test_apostrophes_are_not_marks():
    text = "It’s the Members’ room, not the Leader’s, that we don’t use since the ’90s."
    assert _texts(text) == []


def test_single_marks_quote_outside_double_ones():
    text = "Critics called it 'a betrayal of members' and walked out."
    assert _texts(text) == ["a betrayal of members"]


def test_plural_possessive_inside_single_quote_does_not_close_it():
    text = "He said ‘the councillors’ allowances are far too high’ on Monday."
    assert _texts(text) == ["the councillors’ allowances are far too high"]


def test_nested_single_inside_double_stays_one_quotation():
    text = "“He called it a ‘moment’ and moved on,” she said."
    assert _texts(text) == ["He called it a ‘moment’ and moved on,"]


def test_paragraph_left_open_continues_in_the_next():
    text = "“First part of what I said.\n\n“Second part, now closed.”\n\nNarrative line."
    spans = scan_quotes(text)
    assert [text[s.start : s.end] for s in spans] == [
        "First part of what I said.",
        "Second part, now closed.",
    ]
    assert spans[0].chain == spans[1].chain
    assert not spans[0].closed and spans[1].closed


def test_closed_paragraphs_are_separate_quotations():
    text = "“One whole remark,” he said.\n“Another whole remark.”"
    spans = scan_quotes(text)
    assert len(spans) == 2 and spans[0].chain != spans[1].chain


def test_paragraph_opened_with_a_closing_mark():
    text = "\"The first paragraph of the letter.\n”The second paragraph opened wrongly.\n\"Last.\""
    assert _texts(text) == [
        "The first paragraph of the letter.",
        "The second paragraph opened wrongly.",
        "Last.",
    ]


def test_unclosed_quotation_ends_with_its_paragraph():
    text = "He said “this never gets closed\n\nA new paragraph of narrative."
    assert _texts(text) == ["this never gets closed"]


def test_unbalanced_marks_never_raise():
    rng = random.Random(7)
    alphabet = "ab ’'‘\"“”\n.,:"
    for _ in range(300):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 60)))
        for span in scan_quotes(text):
            assert 0 <= span.start <= span.end <= len(text)


def test_two_ascii_apostrophes_open_a_quotation_closed_by_a_double_mark():
    text = "She said: ''We were never consulted about any of it,\" and left."
    assert _texts(text) == ["We were never consulted about any of it,"]


def test_unmarked_continuation_paragraphs_run_to_the_closing_mark():
    text = ("He wrote: “The first part stays open.\n\nA middle part with no marks at all.\n\n"
            "The end of the letter.” Then he signed it.\n\nNarrative again.")
    spans = scan_quotes(text)
    assert [text[s.start : s.end] for s in spans] == [
        "The first part stays open.", "A middle part with no marks at all.",
        "The end of the letter.",
    ]
    assert len({s.chain for s in spans}) == 1


def test_unmarked_run_needs_a_closing_mark_within_reach():
    text = "He said “this stays open\n\nPlain narrative.\n\nMore narrative “and a new quote”."
    assert _texts(text) == ["this stays open", "and a new quote"]


def test_single_quotation_running_over_paragraphs_until_it_closes():
    text = "‘First paragraph of it.\n\n‘Second paragraph of it.\n\n‘Last one, closed.’\n\nAfter."
    spans = scan_quotes(text)
    assert [text[s.start : s.end] for s in spans] == [
        "First paragraph of it.", "Second paragraph of it.", "Last one, closed.",
    ]
    assert len({s.chain for s in spans}) == 1
