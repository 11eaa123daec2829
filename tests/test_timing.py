"""When a reported change happened, read through the whole extractor on invented articles."""

from __future__ import annotations

from datetime import date

import pytest

from floorcross.extract.events import extract_events
from floorcross.types import CleanedArticle

PUB = date(2024, 3, 14)  # a Thursday


def dates(nlp, text: str, published: date | None = PUB) -> dict[str, str | None]:
    events = extract_events(CleanedArticle(text=text, published=published), nlp)
    return {e.person: e.date for e in events}


def test_present_perfect_report_takes_the_published_month(nlp) -> None:
    got = dates(nlp, "Cllr Ann Vale has been suspended by Labour. "
                     "Cllr Tom Vine has had the whip removed.")
    assert got == {"Ann Vale": "2024-03", "Tom Vine": "2024-03"}


def test_no_publication_date_no_default(nlp) -> None:
    assert dates(nlp, "Cllr Ann Vale has quit the Green Party.", None) == {"Ann Vale": None}


def test_time_word_in_the_next_sentence_about_the_move(nlp) -> None:
    got = dates(nlp, "Cllr Ben Otley has quit the Liberal Democrats. He issued a statement "
                     "this morning confirming the move.")
    assert got == {"Ben Otley": "2024-03-14"}


def test_time_word_in_the_lead_carries_to_the_named_person(nlp) -> None:
    got = dates(nlp, "Two Conservative peers have resigned the whip this afternoon. "
                     "Lord Ashcombe has resigned the whip, a spokesman confirmed.")
    assert got.get("Ashcombe") == "2024-03-14"


def test_explicit_year_after_a_duration(nlp) -> None:
    got = dates(nlp, "Cllr Dora Finch was banned from the party for 18 months in 2020 over a post.")
    assert got == {"Dora Finch": "2020"}


def test_a_plain_past_in_the_lead_is_the_news(nlp) -> None:
    got = dates(nlp, "Cllr Ed Marr left the Conservatives and joined Reform UK.")
    assert got == {"Ed Marr": "2024-03"}


def test_a_plain_past_further_down_is_background(nlp) -> None:
    got = dates(nlp, "Reform UK now has four councillors in Fenmouth. Its leader spoke at a "
                     "rally on the seafront. Cllr Ed Marr left the Conservatives and joined "
                     "Reform UK.")
    assert got == {"Ed Marr": None}


def test_past_perfect_is_never_dated_by_publication(nlp) -> None:
    got = dates(nlp, "Reform UK now has four councillors in Fenmouth. Cllr Ed Marr had left "
                     "the Conservatives before joining Reform UK.")
    assert got.get("Ed Marr") is None


def test_own_date_beats_the_default(nlp) -> None:
    got = dates(nlp, "Cllr Ben Otley quit the Liberal Democrats in October 2016.")
    assert got == {"Ben Otley": "2016-10"}


def test_the_same_move_told_further_down_a_fresh_article(nlp) -> None:
    got = dates(nlp, "Cllr Ann Vale has quit Labour in Fenmouth. The council is now without a "
                     "majority. Cllr Jo Pike also quit Labour over the budget.")
    assert got == {"Ann Vale": "2024-03", "Jo Pike": "2024-03"}


def test_a_sentence_with_its_own_date_is_not_guessed(nlp) -> None:
    got = dates(nlp, "Cllr Ann Vale has quit Labour in Fenmouth. The council is now without a "
                     "majority. Cllr Jo Pike also quit Labour over the budget in May 2019.")
    assert got["Jo Pike"] == "2019-05"


def test_date_of_the_announcement_covers_what_it_announces(nlp) -> None:
    got = dates(nlp, "Reform UK gained a seat in Fenmouth. Cllr Ann Vale revealed on Saturday "
                     "that she had left the Conservatives and had joined Reform UK.")
    assert got.get("Ann Vale") == "2024-03-09"


@pytest.mark.parametrize(("text", "expected"), [
    ("Cllr Dan Moss quit the Liberal Democrats on Monday evening, a local radio station said.",
     "2024-03-11"),
    ("Cllr Dan Moss defected to Reform UK on Friday, the party's chairman said.", "2024-03-08"),
    ("Cllr Dan Moss left the Green Party on Tuesday night after a row over parking.",
     "2024-03-12"),
])
def test_weekday_expressions_resolve_to_the_latest_such_day(nlp, text: str, expected: str) -> None:
    assert dates(nlp, text) == {"Dan Moss": expected}
