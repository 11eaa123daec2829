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


def test_present_perfect_report_takes_the_publication_day(nlp) -> None:
    got = dates(nlp, "Cllr Ann Vale has been suspended by Labour. "
                     "Cllr Tom Vine has had the whip removed.")
    assert got["Ann Vale"] == "2024-03-14"
    assert got["Tom Vine"] in ("2024-03", "2024-03-14")  # never a day of its own invention


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
    assert got == {"Ann Vale": "2024-03-14", "Jo Pike": "2024-03"}


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


@pytest.mark.parametrize(("text", "expected"), [
    # day words the tagger may leave unmarked
    ("Labour MP Sara Hunt defected to the Greens last night.", "2024-03-13"),
    ("Cllr Sara Hunt was suspended by Labour yesterday evening.", "2024-03-13"),
    ("Cllr Sara Hunt has quit the Liberal Democrats, it was announced tonight.", "2024-03-14"),
    # a weekday with the date in brackets, and with a time of day
    ("Cllr Ann Vale resigned from the Labour Party on Sunday (10 March), citing the leadership.",
     "2024-03-10"),
    ("Cllr Tom Reed quit the Green Party on Monday morning after a row over housing.",
     "2024-03-11"),
    ("Cllr Sara Hunt confirmed on Wednesday evening that she has left the Conservative Party.",
     "2024-03-13"),
    # explicit dates, with and without a year
    ("Cllr Sara Hunt quit the Liberal Democrats on 4 March.", "2024-03-04"),
    ("Cllr Sara Hunt quit the Liberal Democrats on March 4, 2023.", "2023-03-04"),
    # months
    ("Cllr Sara Hunt was suspended by the SNP earlier this month.", "2024-03"),
    ("Cllr Sara Hunt was expelled from Labour last month.", "2024-02"),
])
def test_day_and_month_words_keep_their_precision(nlp, text: str, expected: str) -> None:
    assert list(dates(nlp, text).values()) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("Sara Hunt, a Labour councillor in Fenmouth, has defected to the Liberal Democrats. The "
     "move, confirmed on Monday, leaves Labour without a majority.", "2024-03-11"),
    ("Cllr Sara Hunt has left Labour. In a statement released this morning, she said she had "
     "been bullied.", "2024-03-14"),
    ("Cllr Sara Hunt has left Labour. She posted: \"I quit the party this morning after ten "
     "years.\"", "2024-03-14"),
])
def test_the_day_of_the_move_from_the_next_sentence(nlp, text: str, expected: str) -> None:
    assert dates(nlp, text)["Sara Hunt"] == expected


def test_a_newspaper_named_for_a_day_is_no_date(nlp) -> None:
    got = dates(nlp, "Cllr Sara Hunt has quit Labour. She told the Mail on Sunday that the "
                     "decision was hard.")
    assert got["Sara Hunt"] == "2024-03-14"  # the publication day, not the Sunday


@pytest.mark.parametrize(("text", "expected"), [
    ("Cllr Jo Pike said she had resigned from the Labour Party after a row over the budget.",
     "2024-03"),
    ("Cllr Jo Pike, who was elected in 2021, has defected to Reform UK from Labour.",
     "2024-03-14"),
])
def test_fresh_reports_take_the_publication_date(nlp, text: str, expected: str) -> None:
    assert dates(nlp, text) == {"Jo Pike": expected}


def test_reported_speech_dates_what_it_reports(nlp) -> None:
    got = dates(nlp, "Cllr Jo Pike said on Tuesday that she had resigned from the Labour Party.")
    assert got == {"Jo Pike": "2024-03-12"}


def test_no_publication_date_and_only_a_weekday_gives_no_date(nlp) -> None:
    assert dates(nlp, "Cllr Sara Hunt quit the Liberal Democrats on Tuesday.", None) == {
        "Sara Hunt": None}
    assert dates(nlp, "Cllr Sara Hunt quit the Liberal Democrats on 4 March 2023.", None) == {
        "Sara Hunt": "2023-03-04"}


@pytest.mark.parametrize(("text", "expected"), [
    # the day hangs off the saying or posting of the news, not the change itself
    ("Speaking on Monday morning, Cllr Jo Pike said she had left the Labour Party.", "2024-03-11"),
    ("Cllr Jo Pike announced she was leaving Labour in a video posted on Tuesday.", "2024-03-12"),
    ("Cllr Jo Pike has resigned from Fine Gael, issuing her resignation last night.",
     "2024-03-13"),
    ("Cllr Jo Pike quit the party in a post on Facebook on Monday morning.", "2024-03-11"),
])
def test_dates_of_the_words_around_the_move(nlp, text: str, expected: str) -> None:
    assert dates(nlp, text)["Jo Pike"] == expected


def test_the_move_as_the_subject_of_what_followed(nlp) -> None:
    got = dates(nlp, "Reform UK held a rally in Fenmouth last year. The decision by Liberal "
                     "Democrat councillors Jo Pike and Tom Bell to defect gave the Conservatives "
                     "control of the council last month.")
    assert got == {"Jo Pike": "2024-02", "Tom Bell": "2024-02"}


@pytest.mark.parametrize(("text", "expected"), [
    ("Ontario MP Mia Tran crossed the floor from the Conservatives to the Liberals on Dec. 18.",
     "2023-12-18"),
    ("Ontario MP Mia Tran defected from the Conservatives to the Liberals on Jan. 9, 2025.",
     "2025-01-09"),
])
def test_abbreviated_months_keep_their_day(nlp, text: str, expected: str) -> None:
    assert dates(nlp, text)["Mia Tran"] == expected


def test_a_date_in_a_relative_clause_does_not_stop_the_default(nlp) -> None:
    got = dates(nlp, "Cllr Jo Pike, who joined Labour in 2015, quit the party on Tuesday.")
    assert got == {"Jo Pike": "2024-03-12"}


@pytest.mark.parametrize(("text", "expected"), [
    ("Cllr Rosa Finch quit the Conservatives on Thursday.", "2024-03-14"),
    ("Cllr Rosa Finch quit the Conservatives last week.", "2024-03"),
    ("Cllr Rosa Finch quit the Conservatives last Thursday.", "2024-03-07"),
])
def test_week_words_through_the_extractor(nlp, text: str, expected: str) -> None:
    assert dates(nlp, text) == {"Rosa Finch": expected}


@pytest.mark.parametrize("text", [
    "Fenmouth councillor quits Labour over budget row\nThe council has a new independent member. "
    "Residents were told at a meeting. Cllr Ann Vale resigned from the Labour Party after a vote.",
    "Two councillors defect to Reform UK in Fenmouth\nThe council has changed again. Residents "
    "were told at a meeting. Cllr Ann Vale left the Conservatives to join Reform UK.",
])
def test_a_present_tense_headline_makes_the_story_fresh(nlp, text: str) -> None:
    assert dates(nlp, text)["Ann Vale"] == "2024-03"


def test_the_day_two_sentences_on(nlp) -> None:
    got = dates(nlp, "Cllr Rosa Finch has quit Labour. The Fenmouth councillor said she could no "
                     "longer back the leadership. She handed in her resignation on Monday morning.")
    assert got == {"Rosa Finch": "2024-03-11"}


@pytest.mark.parametrize("text", [
    # US copy: a bare weekday after the verb, in the next sentence
    "Rep. Dan Voss has left the Republican Party. Voss announced Wednesday in a column that he "
    "was declaring his independence.",
    # New Zealand copy: the announcement with a time of day
    "Labour MP Kiri Paewai has quit the party. Paewai made the announcement Wednesday morning in "
    "Napier.",
    "Kiri Paewai has resigned from the Labour Party. She confirmed the decision to reporters "
    "Wednesday.",
])
def test_bare_weekday_in_a_neighbouring_sentence_gives_the_day(nlp, text: str) -> None:
    assert set(dates(nlp, text).values()) == {"2024-03-13"}


def test_weekday_with_its_own_date_in_brackets(nlp) -> None:
    got = dates(nlp, "Councillor Jan Roe quit the Liberal Democrats on Thursday (7 March) after "
                     "a row.", date(2024, 3, 20))
    assert got == {"Jan Roe": "2024-03-07"}


def test_weekday_with_its_date_written_out(nlp) -> None:
    got = dates(nlp, "Labour MP Jane Tahana has quit the party to join the Greens, she announced "
                     "on Thursday, March 7.", date(2024, 3, 20))
    assert got == {"Jane Tahana": "2024-03-07"}


@pytest.mark.parametrize("text", [
    "Cllr Ann Vale has had the whip suspended after voting against the budget last night.",
    "Cllr Ann Vale has been expelled for campaigning against Labour at last month's by-election.",
    "Cllr Ann Vale has quit the Green Party following a row at the meeting on 2 February.",
])
def test_date_of_the_cause_does_not_date_a_fresh_change(nlp, text) -> None:
    assert dates(nlp, text)["Ann Vale"] in ("2024-03", "2024-03-14")


@pytest.mark.parametrize("text", [
    "Cllr Ann Vale has been de-selected by Labour.",
    "Cllr Ann Vale has been re-admitted to the Conservative Party.",
    "Cllr Ann Vale has now been re-instated by the Liberal Democrats.",
])
def test_hyphenated_fresh_report_takes_the_publication_date(nlp, text) -> None:
    assert dates(nlp, text)["Ann Vale"] in ("2024-03", "2024-03-14")


def test_a_month_only_publication_date_gives_months_not_invented_days(nlp) -> None:
    text = ("Cllr Ann Vale has quit the Green Party. She announced on Tuesday that she "
            "would sit as an independent. Cllr Tom Vine left Labour in March 2009.")
    events = extract_events(CleanedArticle(text=text, published=date(2011, 2, 1),
                                           published_precision="month"), nlp)
    got = {e.person: e.date for e in events}
    assert got["Ann Vale"] == "2011-02"
    assert got.get("Tom Vine") in (None, "2009-03")  # a date the text gives is kept whole


def test_a_year_only_publication_date_gives_the_year(nlp) -> None:
    events = extract_events(CleanedArticle(text="Cllr Ann Vale has quit the Green Party.",
                                           published=date(2019, 1, 1),
                                           published_precision="year"), nlp)
    assert [e.date for e in events] == ["2019"]


def test_by_line_and_agency_lines_are_not_the_lead(nlp) -> None:
    text = ("By Priya Nair\nWire Staff\nThe Lok Janshakti Party suspended two legislators for "
            "three years on charges of working against the party. The legislators, Anil Verma "
            "and Sunita Rao, were suspended ahead of the civic polls due in November.")
    assert dates(nlp, text) == {"Anil Verma": "2024-03", "Sunita Rao": "2024-03"}


def test_a_date_still_to_come_does_not_stop_the_default(nlp) -> None:
    text = ("Cllr Ann Vale has left the Liberal Democrats, weeks before the elections "
            "planned for May next year.")
    assert dates(nlp, text) == {"Ann Vale": "2024-03-14"}


@pytest.mark.parametrize(
    "text",
    ["Burnford MLA Gord Pettit is quitting the Reform caucus to sit as an independent over "
     "the party's handling of the budget.",
     "Cllr Gord Pettit is leaving the Green Party, he told the chamber, after a row about "
     "the housing plan."],
)
def test_the_announced_present_is_fresh_news(nlp, text: str) -> None:
    assert dates(nlp, text) == {"Gord Pettit": "2024-03"}


def test_with_immediate_effect_is_news_of_the_day(nlp) -> None:
    text = ("The row over the leaked messages has split the group for weeks. Its members were "
            "angry at the leadership. The party's national executive met in Cape Town. "
            "Delegates Thabo Mokoena and Lerato Dube were expelled with immediate effect.")
    assert dates(nlp, text) == {"Thabo Mokoena": "2024-03", "Lerato Dube": "2024-03"}


def test_the_same_move_told_again_below_an_undated_lead(nlp) -> None:
    text = ("The Kestrel Party expelled three councillors, accusing them of plotting with "
            "rivals. Party officials spoke to the press at length. Their statement ran to "
            "four pages. Cllrs Rob Dane and Mia Ford were expelled after a hearing.")
    got = dates(nlp, text)
    assert got.get("Rob Dane") == "2024-03" and got.get("Mia Ford") == "2024-03"


def test_a_dated_lead_keeps_an_undated_move_further_down_as_background(nlp) -> None:
    text = ("The Kestrel Party expelled a councillor in June 2019 for plotting with rivals. "
            "Party officials spoke to the press at length. Their statement ran to four "
            "pages. Cllr Mia Ford was expelled after a hearing.")
    assert dates(nlp, text).get("Mia Ford") is None
