"""Groups whose names come late or broken up: a roster several sentences after its count ("The
five are ...", "The four: ...", "They are ..."), a list of names split by relative clauses
("A, who represents X, B, who was elected in 2019, and C have joined"), a list whose last
name runs into its verb, and back references after an opening word ("But the Winton East
councillor ..."). All people and places are invented."""

from __future__ import annotations

from datetime import date

import pytest

from floorcross.extract.events import extract_events
from floorcross.types import CleanedArticle

PUB = date(2025, 6, 5)


def run(nlp, text: str) -> list:
    return extract_events(CleanedArticle(text=text, published=PUB), nlp)


def people(events, kind: str | None = None) -> set[str]:
    return {e.person for e in events if kind is None or e.type == kind}


_BACKGROUND = (
    "The decision was confirmed by the party's regional office on Tuesday.\n\n"
    "A spokesperson said the rules applied to every member equally.\n\n"
    "The local branch has been split for most of the year.\n\n"
)


@pytest.mark.parametrize(("lede", "roster", "kind", "names"), [
    ("Five Labour councillors in Kelderby have been expelled after backing a rival candidate.",
     "The five are Omar Tilling, Grace Ardern, Piotr Lasky, Helen Moyle and Dev Ransome.",
     "expelled", {"Omar Tilling", "Grace Ardern", "Piotr Lasky", "Helen Moyle", "Dev Ransome"}),
    ("Four Conservative councillors on Marlow Vale council have been suspended by the party.",
     "The four councillors: Omar Tilling, Grace Ardern, Piotr Lasky and Helen Moyle.",
     "suspended", {"Omar Tilling", "Grace Ardern", "Piotr Lasky", "Helen Moyle"}),
    ("Three Liberal Democrat councillors have quit the party in Ashby Fenn.",
     "They are Omar Tilling, Grace Ardern and Piotr Lasky.",
     "resigned", {"Omar Tilling", "Grace Ardern", "Piotr Lasky"}),
    # the list is the subject of its own sentence: its last name runs into the verb
    ("Four Labour councillors in Kelderby have been expelled after claims they campaigned "
     "for an independent.",
     "The four: Omar Tilling, Grace Ardern, Piotr Lasky and Helen Moyle have been told by "
     "letter that their membership has ended.",
     "expelled", {"Omar Tilling", "Grace Ardern", "Piotr Lasky", "Helen Moyle"}),
])
def test_a_roster_some_sentences_after_its_count_names_the_group(nlp, lede, roster, kind,
                                                                 names):
    events = run(nlp, f"{lede}\n\n{_BACKGROUND}{roster}\n")
    assert people(events, kind) == names
    assert all(e.role == "councillor" for e in events if e.person in names)


def test_a_far_roster_must_restate_the_group_and_hold_its_count(nlp):
    # Another list several sentences on, of people who are not the group
    text = ("Three Labour councillors in Kelderby have been expelled.\n\n" + _BACKGROUND
            + "The candidates are Omar Tilling, Grace Ardern and Piotr Lasky.\n")
    assert people(run(nlp, text)) == set()
    # The right words but the wrong count: the names are not the three
    text = ("Three Labour councillors in Kelderby have been expelled.\n\n" + _BACKGROUND
            + "The three are Omar Tilling and Grace Ardern.\n")
    assert people(run(nlp, text)) == set()


@pytest.mark.parametrize(("text", "names"), [
    ("Three Conservative councillors in Wexbury have defected.\n\nTom Harker, who represents "
     "Ashdown, Jane Welby, who was first elected in 2019, and Priya Dassan have joined Reform "
     "UK, the party said.",
     {"Tom Harker", "Jane Welby", "Priya Dassan"}),
    ("Labour has suspended two councillors in Wexbury.\n\nCllr Tom Harker, who represents "
     "Ashdown, and Cllr Jane Welby, who chairs the planning committee, were told of the "
     "decision on Friday.",
     {"Tom Harker", "Jane Welby"}),
    ("Three Conservative former MPs have defected to Reform UK, the party confirmed.\n\n"
     "Former Tory deputy chairman Alan Brevitt, who represented Castleford East, Lia Morrow, "
     "who served as Dunmoor MP, and former Holt Vale Tory MP Sam Green have all joined "
     "online, a source said.",
     {"Alan Brevitt", "Lia Morrow", "Sam Green"}),
])
def test_names_broken_up_by_relative_clauses_are_one_list(nlp, text, names):
    assert people(run(nlp, text)) == names


def test_a_name_inside_a_relative_clause_is_not_listed(nlp):
    text = ("Two Wexbury councillors have left the Conservatives.\n\nTom Harker, who was "
            "cleared after a complaint by Cllr Jane Welby, has joined Reform UK, the party "
            "said.")
    assert "Jane Welby" not in people(run(nlp, text))
    text = ("Blogger Ian Carrow, who was fined over posts about Mr Dunlop, was among the "
            "guests as councillor Rhona Bell joined the Alba Party.")
    assert "Dunlop" not in " ".join(people(run(nlp, text)))


@pytest.mark.parametrize("opening", ["But the", "However, the", "Now the", "On Friday the"])
def test_a_back_reference_after_an_opening_word_gives_the_seat(nlp, opening):
    text = ("Douglas Sprake has been suspended by the Conservatives after comments he made "
            f"online.\n\n{opening} Winton East councillor says he did nothing wrong.")
    ev = next(e for e in run(nlp, text) if e.person == "Douglas Sprake")
    assert (ev.role, ev.ward) == ("councillor", "Winton East")
