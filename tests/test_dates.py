"""Date expressions resolved against the publication date, keeping their precision."""

from __future__ import annotations

from datetime import date

import pytest

from floorcross.extract.dates import find_date_expressions, resolve_date

FRIDAY = date(2023, 10, 27)  # a Friday
EARLY_JAN = date(2024, 1, 4)  # a Thursday


@pytest.mark.parametrize(("expr", "published", "expected"), [
    # explicit days
    ("on Thursday (October 26)", FRIDAY, "2023-10-26"),
    ("14 May 2024", FRIDAY, "2024-05-14"),
    ("14/05/2024", FRIDAY, "2024-05-14"),
    ("05/06/2024", FRIDAY, "2024-06-05"),
    ("12/13/2024", FRIDAY, "2024-12-13"),
    ("on 2 March 2021", None, "2021-03-02"),
    ("March 3rd, 2019", None, "2019-03-03"),
    # day and month without a year: the latest one not after publication
    ("on 3 March", FRIDAY, "2023-03-03"),
    ("March 3rd", FRIDAY, "2023-03-03"),
    ("on 20 December", EARLY_JAN, "2023-12-20"),
    ("on 3 March", None, None),
    # weekdays and day words
    ("on Thursday", FRIDAY, "2023-10-26"),
    ("on Friday", FRIDAY, "2023-10-27"),
    ("last Friday", FRIDAY, "2023-10-20"),
    ("on Monday night", FRIDAY, "2023-10-23"),
    ("tonight", FRIDAY, "2023-10-27"),
    ("earlier today", FRIDAY, "2023-10-27"),
    ("yesterday", FRIDAY, "2023-10-26"),
    ("last night", EARLY_JAN, "2024-01-03"),
    ("3 days ago", FRIDAY, "2023-10-24"),
    # months
    ("earlier this month", FRIDAY, "2023-10"),
    ("this month", FRIDAY, "2023-10"),
    ("last month", FRIDAY, "2023-09"),
    ("last month", EARLY_JAN, "2023-12"),
    ("in January", FRIDAY, "2023-01"),
    ("in November", FRIDAY, "2022-11"),
    ("in May", FRIDAY, "2023-05"),
    ("in January 2022", FRIDAY, "2022-01"),
    ("at the end of October last year", FRIDAY, "2022-10"),
    ("in March this year", EARLY_JAN, "2024-03"),
    ("last May", date(2024, 2, 1), "2023-05"),
    ("last February", date(2024, 2, 1), "2023-02"),
    ("this May", date(2024, 2, 1), "2024-05"),
    ("next March", date(2024, 2, 1), "2024-03"),
    # weeks: a month only when the whole week lies in it
    ("last week", FRIDAY, "2023-10"),
    ("last week", EARLY_JAN, "2023-12"),
    ("last week", date(2023, 11, 8), None),
    ("last week", date(2023, 11, 2), "2023-10"),
    ("this week", date(2023, 11, 2), None),
    ("this week", FRIDAY, "2023-10"),
    # years and seasons
    ("in 2022", FRIDAY, "2022"),
    ("in 2022", None, "2022"),
    ("last year", FRIDAY, "2022"),
    ("earlier this year", FRIDAY, "2023"),
    ("a year ago", FRIDAY, "2022"),
    ("last summer", date(2024, 2, 1), "2023"),
    ("in the summer", FRIDAY, None),
    ("in the summer of 2021", FRIDAY, "2021"),
    # not dates
    ("20 years", FRIDAY, None),
    ("almost six months", FRIDAY, None),
    ("a decade", FRIDAY, None),
    ("the 1980s", FRIDAY, None),
    ("she may stand again", FRIDAY, None),
    ("recently", FRIDAY, None),
    ("", FRIDAY, None),
])
def test_resolve_date(expr: str, published: date | None, expected: str | None) -> None:
    assert resolve_date(expr, published) == expected


def test_weekday_needs_a_publication_date() -> None:
    assert resolve_date("on Thursday", None) is None


def test_find_date_expressions() -> None:
    text = ("Cllr Ada Quill quit on Thursday (October 26), two years after joining in May 2021, "
            "and said last night that it may take time.")
    found = [expr for _, _, expr in find_date_expressions(text)]
    assert found == ["on Thursday (October 26)", "in May 2021", "last night"]
    for start, end, expr in find_date_expressions(text):
        assert text[start:end] == expr


def test_found_expressions_resolve() -> None:
    text = "He defected earlier this month, having been elected on 4 May 2023."
    resolved = [resolve_date(expr, FRIDAY) for _, _, expr in find_date_expressions(text)]
    assert resolved == ["2023-10", "2023-05-04"]


def test_newspapers_named_for_a_day_are_not_dates() -> None:
    text = "She told the Sunday Times last night and the Mail on Sunday on Friday (8 March)."
    found = [expr for _, _, expr in find_date_expressions(text)]
    assert found == ["last night", "on Friday (8 March)"]


@pytest.mark.parametrize(("expr", "expected"), [
    ("Sunday (8 October)", "2023-10-08"),
    ("on Monday morning", "2023-10-23"),
    ("this morning", "2023-10-27"),
    ("yesterday evening", "2023-10-26"),
])
def test_day_phrases(expr: str, expected: str) -> None:
    assert resolve_date(expr, FRIDAY) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a weekday with its date, in US, UK and New Zealand order; a later publication date
    # must not pull the weekday into the week before publication
    ("She quit the party on Thursday, March 7, after a row.", "2024-03-07"),
    ("He resigned on Thursday 7th March at a meeting.", "2024-03-07"),
    ("The councillor left on Thursday, the 7th of March, 2024.", "2024-03-07"),
    ("They defected Thursday (7 March) in Napier.", "2024-03-07"),
])
def test_weekday_and_its_date_are_one_expression(sentence: str, expected: str) -> None:
    published = date(2024, 3, 20)  # a Wednesday: the Thursday before is 14 March
    found = find_date_expressions(sentence)
    assert len(found) == 1
    assert resolve_date(found[0][2], published) == expected


def test_weekday_before_a_capitalised_word_stays_a_weekday() -> None:
    found = find_date_expressions("On Thursday, Mayor Ann Bell said she would stay.")
    assert [f[2] for f in found] == ["On Thursday"]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("He announced it in a column published on the Fourth of July.", "2019-07-04"),
    ("He announced it in a column published July Fourth.", "2019-07-04"),
    ("She resigned on the twenty-first of June after the vote.", "2019-06-21"),
    ("She resigned on Monday, the first of July.", "2019-07-01"),
])
def test_days_written_as_ordinal_words(sentence: str, expected: str) -> None:
    found = find_date_expressions(sentence)
    assert [resolve_date(f[2], date(2019, 7, 5)) for f in found] == [expected]


def test_an_ordinal_running_into_a_compound_is_no_day() -> None:
    found = find_date_expressions("In July first-time voters turned out.")
    assert [resolve_date(f[2], date(2019, 7, 5)) for f in found] == ["2019-07"]
