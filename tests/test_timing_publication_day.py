"""One person's move told as the news of a dated report's lead is dated to the day the report
went out; a group's, a move further down the story, or a report dated only to the month keep
the month."""

from __future__ import annotations

from datetime import date

import pytest

from floorcross.extract.events import extract_events
from floorcross.types import CleanedArticle

PUB = date(2024, 3, 14)


def dates(nlp, text: str, published: date | None = PUB, precision: str = "day") -> list:
    article = CleanedArticle(text=text, published=published, published_precision=precision)
    return [e.date for e in extract_events(article, nlp)]


@pytest.mark.parametrize("text", [
    "Labour MP Dana Whitlow has been suspended from the party after a complaint about her "
    "conduct.",
    "Councillor Owen Pryce has quit the Conservative Party over plans for a new bypass.",
    "Reform UK councillor Bryn Hale has been expelled from the party after a row over his "
    "expenses claims.",
])
def test_one_persons_move_in_the_lead_is_dated_to_the_publication_day(nlp, text) -> None:
    assert dates(nlp, text) == ["2024-03-14"]


@pytest.mark.parametrize("text", [
    "Labour MPs Dana Whitlow and Ciaran Boyd have been suspended from the party after a "
    "complaint.",
    "Councillors Owen Pryce and Mair Evans have quit the Conservative Party over the bypass.",
])
def test_several_peoples_moves_keep_the_month(nlp, text) -> None:
    assert set(dates(nlp, text)) == {"2024-03"}


def test_a_move_told_further_down_keeps_the_month(nlp) -> None:
    text = ("The council met last night to set its budget for the coming year. Members argued "
            "for three hours over parking charges and the future of the leisure centre. "
            "The vote was close. Several members spoke against the plan. Councillor Owen Pryce "
            "has quit the Conservative Party over the bypass.")
    assert dates(nlp, text) == ["2024-03"]


def test_a_report_dated_to_the_month_gives_the_month(nlp) -> None:
    text = "Councillor Owen Pryce has quit the Conservative Party over plans for a new bypass."
    assert dates(nlp, text, precision="month") == ["2024-03"]
