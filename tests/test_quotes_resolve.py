"""Speaker readings resolved to people: documents, offices and roles pointing back."""

from __future__ import annotations

from floorcross.extract.quotes import extract_quotes
from floorcross.types import CleanedArticle


def _speakers(text: str, nlp) -> dict[str, str | None]:
    quotes = extract_quotes(CleanedArticle(text=text), nlp)
    return {" ".join(q.text.split()[:3]): q.speaker for q in quotes}


def test_the_statement_said_is_its_named_author(nlp):
    text = (
        "A Labour councillor in Wexcombe has been suspended.\n\n"
        "A statement issued by the constituency chair, Ruth Ellery, said the matter had been "
        "referred to the national party. “No further comment will be made while the process "
        "runs its course,” the statement said.\n"
    )
    assert _speakers(text, nlp) == {"No further comment": "Ruth Ellery"}


def test_a_spokespersons_statement_has_no_author(nlp):
    text = (
        "A Labour councillor in Wexcombe has been suspended.\n\n"
        "A statement from a party spokesperson said the matter was under review. “No further "
        "comment will be made while the process runs its course,” the statement said.\n"
    )
    assert _speakers(text, nlp) == {"No further comment": None}


def test_an_office_of_a_party_is_the_leader_the_article_named(nlp):
    text = (
        "Green Party leader Morwenna Tallis welcomed the new councillor to the group.\n\n"
        "“We are a growing party and this is only the start of it,” the Green leader said.\n\n"
        "“Our plans will be published before the summer recess,” the Wexcombe Tenants "
        "Association chairman said.\n"
    )
    got = _speakers(text, nlp)
    assert got["We are a"] == "Morwenna Tallis"
    assert got["Our plans will"] == "Wexcombe Tenants Association"


def test_the_mp_of_an_unnamed_opening_is_the_first_person_named(nlp):
    text = (
        "Party expels island MP\n\n"
        "The Alba Party has expelled the MP for the Western Skerries after a long dispute.\n\n"
        "Mr Gillanders had been suspended in the spring. Party secretary Colin Ure said the "
        "process had been followed.\n\n"
        "The MP said on Tuesday: “I was never given the chance to answer any of it.”\n"
    )
    assert _speakers(text, nlp)["I was never"] == "Gillanders"


def test_plural_roles_are_not_one_person(nlp):
    text = (
        "Cllr Owen Threlfall, the council leader, criticised the group.\n\n"
        "The councillors said: “We will not be resigning our seats for anybody at all.”\n"
    )
    assert _speakers(text, nlp) == {"We will not": None}


def test_a_name_before_a_speech_tag_is_not_the_pronouns_speaker(nlp):
    text = (
        "Party chair Rosalind Okafor condemned the move.\n\n"
        "His former colleague, state Rep. Tamsin Whitlock, said she heard the news online. "
        "Okafor, she said, had not been told either.\n\n"
        "“Nobody got so much as a phone call, and that tells you all you need to know.”\n"
    )
    assert _speakers(text, nlp) == {"Nobody got so": "Tamsin Whitlock"}
