"""Dates told away from the trigger: a trailing "officials said on Friday", a move told through
a noun, a decision told in the present, a day further down the story, and pages with no date.
Run through the whole extractor on invented articles."""

from __future__ import annotations

from datetime import date

import pytest

from floorcross.extract.dates import text_reference, written_days
from floorcross.extract.events import extract_events
from floorcross.types import CleanedArticle

PUB = date(2024, 3, 14)  # a Thursday


def dates(nlp, text: str, published: date | None = PUB) -> dict[str, str | None]:
    events = extract_events(CleanedArticle(text=text, published=published), nlp)
    return {e.person: e.date for e in events}


# --- "X has joined Y, officials said on Friday": the date is the telling's --------------------

@pytest.mark.parametrize("text", [
    "Independent MLA Ravi Kothari, who represents Dhanpur, has joined the Congress, party "
    "officials said on Friday. Kothari joined the party late last night at its state office.",
    "Cllr Ffion Harte has defected to Plaid Cymru, a party spokesman said on Tuesday. "
    "She joined Plaid last night after a meeting with the group leader.",
    "Senator Gail Morrow has quit the Greens, her office said on Monday. Morrow left the "
    "party last night after months of disagreement over the budget.",
])
def test_the_move_retold_with_its_own_time_beats_the_telling(nlp, text) -> None:
    got = dates(nlp, text)
    assert list(got.values()) == ["2024-03-13"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Independent MLA Ravi Kothari has joined the Congress, party officials said on Friday.",
     "2024-03-08"),
    ("Cllr Ffion Harte has defected to Plaid Cymru, a party spokesman said on Tuesday.",
     "2024-03-12"),
    ("Cllr Owen Reddy has resigned from the Liberal Democrats, the council said on Monday.",
     "2024-03-11"),
])
def test_a_trailing_telling_dates_fresh_news(nlp, text, expected) -> None:
    assert list(dates(nlp, text).values()) == [expected]


# --- a move told through a noun: "informed the party this evening of his decision to resign" --

@pytest.mark.parametrize(("text", "expected"), [
    ("Senator Niall Breen informed the party this evening of his decision to resign his "
     "membership with immediate effect.", "2024-03-14"),
    ("Cllr Ann Bligh told members on Monday of her resignation from the Labour Party.",
     "2024-03-11"),
    ("Cllr Ross Kinnear notified the group leader last night of his decision to quit the SNP.",
     "2024-03-13"),
])
def test_the_telling_of_a_decision_dates_it(nlp, text, expected) -> None:
    assert list(dates(nlp, text).values()) == [expected]


# --- a decision told in the present: "says he will sit as an independent" ----------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Eastfield MPP Carl Dunmore says he will leave the NDP caucus and sit as an independent. "
     "Dunmore announced the move in a video Friday.", "2024-03-08"),
    ("Labour councillor Mary Oduya says she will sit as an independent councillor. She "
     "confirmed the decision on Tuesday after a meeting with party officials.", "2024-03-12"),
    ("Cllr Hamish Tolland says he will leave the SNP group. He made the announcement "
     "yesterday at a full council meeting.", "2024-03-13"),
])
def test_a_decision_told_in_the_present_is_dated_by_its_announcement(nlp, text,
                                                                     expected) -> None:
    assert list(dates(nlp, text).values()) == [expected]


# --- the day told further down the top of the story --------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Northvale MP Dev Sandhu has been removed from the Liberal caucus. Sandhu will now sit as "
     "an Independent. The party gave no reason. Colleagues were told by email. The whip's "
     "office declined to comment. Sandhu was removed Monday afternoon after a caucus vote.",
     "2024-03-11"),
    ("Cllr Ruth Pellow has resigned from the Labour group. She will continue to represent "
     "Eastgate. Her ward has two other councillors. Both are Conservatives. Making the "
     "announcement on Tuesday, she thanked residents.", "2024-03-12"),
    ("Three senators elected for the Unity Party have defected to the Reform Alliance. The "
     "lawmakers, Ade Okon, Bisi Lawal and Femi Adeyemi, announced their move in letters read "
     "during Tuesday's plenary.", "2024-03-12"),
])
def test_a_day_further_down_the_top_of_the_story_dates_the_lead(nlp, text, expected) -> None:
    got = dates(nlp, text)
    assert got and set(got.values()) == {expected}


@pytest.mark.parametrize(("text", "expected"), [
    ("Cllr Jean Moffat was suspended by the Labour Party. Until her suspension, which was "
     "agreed on Tuesday evening, she chaired the planning committee.", "2024-03-12"),
    ("Cllr Lewis Garvie has been expelled by the Conservatives. His expulsion, which was "
     "confirmed last night, ends twenty years of membership.", "2024-03-13"),
    ("The resignation of Cllr Tessa Rudd from Reform UK, which took effect on 1 March, was "
     "made public this week.", "2024-03-01"),
])
def test_a_move_noun_is_dated_by_its_own_clause(nlp, text, expected) -> None:
    assert set(dates(nlp, text).values()) == {expected}


# --- pages with no publication date ------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Cllr Peter Maddock has left the SNP with immediate effect. He will remain a councillor. "
     "In a statement, he said: \"On 2 September 2024 I tendered my resignation from the "
     "party.\"", "2024-09-02"),
    ("Cllr Iona Baird has quit the Greens. She will sit as an independent. She wrote: "
     "\"I handed in my resignation on June 3, 2023 after much thought.\"", "2023-06-03"),
    ("Cllr Amir Khalid has resigned from Labour. In his letter he said: \"As of 14 November "
     "2022 I resign my membership of the party.\"", "2022-11-14"),
])
def test_a_written_day_in_the_movers_own_statement_dates_an_undated_page(nlp, text,
                                                                           expected) -> None:
    assert list(dates(nlp, text, None).values()) == [expected]


@pytest.mark.parametrize("text", [
    "Cllr Sipho Dlamini has left the Labour Party to join the Greens. He "
    "announced his resignation on social media on Saturday. — Lindo Khumalo (@lindok) "
    "October 15, 2023",
    "Cllr Kate Orme has defected to the Liberal Democrats. She announced the move on Monday. "
    "Posted by the group on 18 October 2023.",
    "Cllr Denis Flood has quit the Labour Party. He told members on Sunday that he had had "
    "enough. Updated October 16, 2023.",
])
def test_an_undated_page_is_dated_to_the_month_of_its_latest_written_day(nlp, text) -> None:
    assert list(dates(nlp, text, None).values()) == ["2023-10"]


def test_an_undated_page_with_no_written_day_stays_undated(nlp) -> None:
    assert dates(nlp, "Cllr Kate Orme has defected to the Liberal Democrats on Monday.",
                 None) == {"Kate Orme": None}


def test_written_days_and_the_latest_of_them() -> None:
    text = "Elected on 5 May 2016, she quit on March 3, 2021 and rejoined on 2022-07-01."
    assert written_days(text) == {"2016-05-05", "2021-03-03", "2022-07-01"}
    assert text_reference(text) == date(2022, 7, 1)
    assert text_reference("She quit on Monday and joined in May.") is None
