"""Reviewers merge and split people; the decisions hold through reprocessing and later ingests,
events follow their person and every review is in the audit trail."""

from __future__ import annotations

import pytest
from conftest import event_line, quote_line, raw

from floorcross.pipeline import ingest, reprocess
from floorcross.resolve import queries
from floorcross.store import person_review
from floorcross.store.read import event_records

KESTREL, MARLOW = "Kestrel Vale Council", "Marlow Fen District Council"


def joins(person: str, body: str, party_to: str = "Green", party_from: str = "Labour",
          **kw) -> str:
    return event_line(person=person, type="defected", party_from=party_from, party_to=party_to,
                      role="councillor", body=body, **kw)


def lawson_articles():
    """One councillor written two ways at two councils: the resolver keeps them apart."""
    return [
        raw("kestrel.txt", joins("Cllr Joanne Lawson", KESTREL, date="2023-02-01"),
            quote_line(speaker="Joanne Lawson", text="The group left me no choice", event=0)),
        raw("marlow.txt", joins("Jo Lawson", MARLOW, party_to="Reform UK", date="2024-05-09")),
    ]


def people_of(engine) -> dict[str, set[str]]:
    """Person id -> ids of the events they are the person of."""
    out: dict[str, set[str]] = {}
    with engine.connect() as conn:
        for ev in event_records(conn):
            out.setdefault(ev["person"]["id"], set()).add(ev["id"])
    return out


def person_named(engine, name: str) -> str:
    with engine.connect() as conn:
        found = queries.find_people(conn, name)
    assert len(found) == 1, found
    return found[0]["id"]


@pytest.fixture
def lawsons(engine, fake_stages):
    ingest(engine, lawson_articles(), **fake_stages)
    assert len(people_of(engine)) == 2
    return person_named(engine, "Jo Lawson"), person_named(engine, "Joanne Lawson")


def merge(engine, a: str, b: str, note: str = "same councillor, moved council") -> dict:
    with engine.begin() as conn:
        return person_review.merge_person(conn, a, b, "ana", note)


def test_merge_moves_events_quotes_and_names_to_the_kept_person(engine, lawsons):
    jo, joanne = lawsons
    entry = merge(engine, jo, joanne)
    assert set(people_of(engine)) == {joanne}
    assert len(people_of(engine)[joanne]) == 2
    with engine.connect() as conn:
        names = {a["alias"] for a in queries.aliases(conn, joanne)}
        assert names == {"Joanne Lawson", "Jo Lawson"}
        assert queries.person_view(conn, jo) is None  # the merged person is gone
        history = person_review.person_history(conn, joanne)
    assert entry["action"] == "merge" and entry["old"]["aliases"] == ["Jo Lawson"]
    assert [(h["reviewer"], h["person"], h["into"], h["note"]) for h in history] == [
        ("ana", jo, joanne, "same councillor, moved council")]
    assert history[0]["at"] and sorted(history[0]["new"]["events"]) == sorted(
        people_of(engine)[joanne])


def test_merge_survives_reprocess(engine, fake_stages, lawsons):
    jo, joanne = lawsons
    merge(engine, jo, joanne)
    before = people_of(engine)
    reprocess(engine, **fake_stages)
    assert people_of(engine) == before


def test_a_later_article_with_the_merged_name_lands_on_the_kept_person(engine, fake_stages,
                                                                        lawsons):
    jo, joanne = lawsons
    merge(engine, jo, joanne)
    ingest(engine, [raw("later.txt", event_line(person="Jo Lawson", type="suspended",
                                                party_from="Reform UK", date="2024-09-30"))],
           **fake_stages)
    held = people_of(engine)
    assert set(held) == {joanne} and len(held[joanne]) == 3


def test_merge_into_self_or_unknown_person_is_refused(engine, lawsons):
    jo, _ = lawsons
    with pytest.raises(person_review.PersonReviewError, match="themselves"):
        merge(engine, jo, jo)
    with pytest.raises(person_review.PersonReviewError, match="no person"):
        merge(engine, jo, "p-nobody")


def penrose_articles():
    """One name at one council in three articles: the resolver makes them one person."""
    return [
        raw("one.txt", joins("Rhys Penrose", KESTREL, date="2022-03-03")),
        raw("two.txt", joins("Rhys Penrose", KESTREL, party_to="Liberal Democrats",
                             party_from="Green", date="2023-08-14")),
        raw("three.txt", joins("R. Penrose", KESTREL, party_to="Independent",
                               party_from="Liberal Democrats", date="2024-01-20")),
    ]


@pytest.fixture
def penrose(engine, fake_stages):
    ingest(engine, penrose_articles(), **fake_stages)
    [pid] = people_of(engine)
    return pid


def article_id(engine, source_id: str) -> int:
    from sqlalchemy import select

    from floorcross.store.schema import articles
    with engine.connect() as conn:
        return conn.execute(select(articles.c.id).where(articles.c.source_id == source_id)
                            ).scalar_one()


def test_split_by_article_makes_a_new_person_that_survives_reprocess(engine, fake_stages,
                                                                     penrose):
    two = article_id(engine, "two.txt")
    with engine.begin() as conn:
        entry = person_review.split_person(conn, penrose, "ben", articles=[two],
                                           note="a namesake on the same council")
    other = entry["into"]
    held = people_of(engine)
    assert set(held) == {penrose, other} and len(held[penrose]) == 2 and len(held[other]) == 1
    reprocess(engine, **fake_stages)
    assert people_of(engine) == held
    with engine.connect() as conn:
        trail = person_review.person_history(conn, other)
    assert trail[0]["action"] == "split" and trail[0]["old"]["articles"] == [two]


def test_split_by_alias_also_sends_later_mentions_of_it(engine, fake_stages, penrose):
    with engine.begin() as conn:
        entry = person_review.split_person(conn, penrose, "ben", alias="R. Penrose")
    other = entry["into"]
    assert len(people_of(engine)[other]) == 1
    ingest(engine, [raw("four.txt", event_line(person="Cllr R Penrose", type="resigned",
                                               party_from="Independent", body=KESTREL))],
           **fake_stages)
    held = people_of(engine)
    assert len(held[other]) == 2 and len(held[penrose]) == 2


def test_split_into_an_existing_person_and_bad_splits(engine, lawsons):
    jo, joanne = lawsons
    merge(engine, jo, joanne)
    marlow = article_id(engine, "marlow.txt")
    with engine.begin() as conn:
        with pytest.raises(person_review.PersonReviewError, match="none of"):
            person_review.split_person(conn, joanne, "ana", articles=[9999])
        with pytest.raises(person_review.PersonReviewError, match="articles or the alias"):
            person_review.split_person(conn, joanne, "ana")
        entry = person_review.split_person(conn, joanne, "ana", articles=[marlow],
                                           note="two people after all")
    # Split off the merged name again: it gets its own person, and it stays so.
    apart = entry["into"]
    assert len(people_of(engine)[apart]) == 1 and len(people_of(engine)[joanne]) == 1
    with engine.begin() as conn:
        person_review.split_person(conn, apart, "ana", alias="Jo Lawson", into=joanne)
    assert set(people_of(engine)) == {joanne} and len(people_of(engine)[joanne]) == 2
