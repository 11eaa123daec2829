"""Incremental resolution: new articles update people and events in place, ids stay put."""

from floorcross.resolve import Mention, PersonRef, Resolver


def m(i: int, person: str, article: int | None = None, **kw) -> Mention:
    kw.setdefault("type", "resigned")
    kw.setdefault("party_from", "Labour")
    return Mention(id=f"ev-{i}", article=article or i, person=person, **kw)


FIRST = [m(1, "Cllr Omar Tindall", body="Westhope Council", date="2024-05"),
         m(2, "Bea Lindqvist", type="suspended", party_from="Conservative")]
SECOND = [m(3, "Omar Tindall", body="Westhope Council", date="2024-05-09"),
          m(4, "Carys Penhale", type="expelled", party_from="Green")]


def snapshot(r: Resolver) -> dict[str, tuple[str, str]]:
    return {mid: (r.person_of[mid], eid) for mid, eid in r.event_of.items()}


def test_second_ingest_updates_the_existing_event_and_reports_what_changed():
    r = Resolver()
    r.add(FIRST)
    tindall = r.event_of["ev-1"]
    changes = r.add(SECOND)
    assert r.event_of["ev-3"] == tindall
    assert r.events[tindall].record()["date"] == "2024-05-09"
    assert changes.events == {tindall, "ev-4"}
    assert r.event_of["ev-2"] not in changes.events
    assert r.person_of["ev-2"] not in changes.people


def test_incremental_and_all_at_once_give_the_same_ids():
    step = Resolver()
    step.add(FIRST)
    step.add(SECOND)
    once = Resolver()
    once.add(SECOND + FIRST)  # order of the call does not matter, article order does
    assert snapshot(step) == snapshot(once)


def test_reprocessing_an_article_keeps_event_and_person_ids():
    r = Resolver()
    r.add(FIRST + SECOND)
    before = snapshot(r)
    changes = r.replace_articles([1], [m(1, "Cllr Omar Tindall", body="Westhope Council",
                                         date="2024-05", reason="local cuts")])
    assert snapshot(r) == before
    assert r.events["ev-1"].record()["reason"] == "local cuts"
    assert not changes.removed_events and not changes.removed_people


def test_event_keeps_its_id_when_its_first_report_goes():
    r = Resolver()
    r.add(FIRST + SECOND)
    changes = r.remove_articles([1])
    assert r.event_of["ev-3"] == "ev-1"
    assert "ev-1" in changes.events and "ev-1" not in changes.removed_events


def test_removing_the_only_report_removes_event_and_person():
    r = Resolver()
    r.add(FIRST + SECOND)
    pid = r.person_of["ev-4"]
    changes = r.remove_articles([4])
    assert "ev-4" in changes.removed_events and pid in changes.removed_people
    assert pid not in r.people and "ev-4" not in r.events
    # the name no longer finds the removed person
    r.add([m(5, "Carys Penhale", type="expelled", party_from="Green")])
    assert r.event_of["ev-5"] == "ev-5"


def test_restored_state_continues_like_the_original():
    r = Resolver()
    r.add(FIRST, refs=[PersonRef("q-1", 1, "Tindall")])
    restored = Resolver.restore(list(r.mentions.values()), [PersonRef("q-1", 1, "Tindall")],
                                r.person_of, r.event_of)
    r.add(SECOND)
    restored.add(SECOND)
    assert snapshot(restored) == snapshot(r)
    assert restored.person_of["q-1"] == r.person_of["q-1"]


def test_story_groups_change_the_source_count():
    r = Resolver()
    r.add([m(1, "Omar Tindall"), m(2, "Omar Tindall")])
    event = r.events["ev-1"]
    assert event.sources == 2
    changes = r.set_stories({1: 1, 2: 1})
    assert changes.events == {"ev-1"}
    assert event.sources == 1
