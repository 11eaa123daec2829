"""Events: one per real change, every reported value kept with its sources."""

from floorcross.resolve import Mention, Resolver
from floorcross.resolve.attributes import best_value, dates_compatible, mentions_compatible


def m(i: int, person: str = "Cllr Rhea Kostova", story: int | None = None, **kw) -> Mention:
    kw.setdefault("type", "resigned")
    kw.setdefault("party_from", "Labour")
    kw.setdefault("body", "Hollinwood Council")
    return Mention(id=f"ev-{i}", article=i, person=person, story=story, **kw)


def only_event(r: Resolver):
    assert len(r.events) == 1
    return next(iter(r.events.values()))


def test_dates_month_contains_day_and_null_fits():
    assert dates_compatible("2023-10", "2023-10-26")
    assert dates_compatible("2023", "2023-10")
    assert dates_compatible(None, "2023-10-26")
    assert dates_compatible("2023-10-26", "2023-10-28")  # relative dates resolved differently
    assert not dates_compatible("2023-10-26", "2023-11-20")
    assert not dates_compatible("2023-09", "2023-10-02")


def test_syndicated_copies_make_one_event_with_both_articles_and_one_source():
    r = Resolver()
    r.add([m(1, story=1, date="2024-03-14"), m(2, story=1, date="2024-03-14")])
    ev = only_event(r)
    assert ev.articles == [1, 2]
    assert ev.sources == 1
    assert ev.id == "ev-1"


def test_month_and_day_reports_merge_and_the_day_is_shown():
    r = Resolver()
    r.add([m(1, date="2024-03"), m(2, "Rhea Kostova", date="2024-03-14"), m(3, date=None)])
    ev = only_event(r)
    assert ev.record()["date"] == "2024-03-14"
    assert ev.sources == 3


def test_date_majority_wins_over_a_lone_different_day():
    r = Resolver()
    r.add([m(1, date="2024-03-14"), m(2, date="2024-03-15"), m(3, date="2024-03-15")])
    assert only_event(r).record()["date"] == "2024-03-15"


def test_syndicated_copies_vote_once():
    r = Resolver()
    r.add([m(1, story=1, date="2024-03-14"), m(2, story=1, date="2024-03-14"),
           m(3, story=1, date="2024-03-14"), m(4, date="2024-03-15"), m(5, date="2024-03-15")])
    assert only_event(r).record()["date"] == "2024-03-15"


def test_conflicting_party_to_is_kept_with_sources():
    r = Resolver()
    r.add([m(1, type="defected", party_to="Green"), m(2, type="defected", party_to="Reform UK"),
           m(3, type="defected", party_to="Reform UK")])
    ev = only_event(r)
    assert ev.record()["party_to"] == "Reform UK"
    values = {v.value: v.articles for v in ev.values()["party_to"]}
    assert values == {"Green": (1,), "Reform UK": (2, 3)}


def test_resignation_and_defection_reports_of_one_change_merge():
    r = Resolver()
    r.add([m(1, type="resigned"), m(2, type="defected", party_to="Reform UK")])
    rec = only_event(r).record()
    assert (rec["type"], rec["party_to"]) == ("defected", "Reform UK")


def test_leaving_to_sit_as_independent_is_not_a_defection_to_a_party():
    a = m(1, type="resigned", party_to="Independent")
    b = m(2, type="defected", party_to="Reform UK")
    assert not mentions_compatible(a, b)


def test_different_parties_or_dates_are_different_changes():
    r = Resolver()
    r.add([m(1, party_from="Labour", date="2019-05"),
           m(2, type="defected", party_from="Green", party_to="Labour", date="2021"),
           m(3, party_from="Labour", date="2023-06-02")])
    assert len(r.events) == 3


def test_a_report_cannot_precede_the_change():
    early = m(1, date=None, published="2022-01-10")
    later = m(2, date="2023-06-02", published="2023-06-03")
    assert not mentions_compatible(early, later)


def test_two_reports_in_one_article_stay_two_events():
    r = Resolver()
    r.add([m(1), Mention(id="ev-1-2", article=1, person="Rhea Kostova", type="resigned",
                         party_from="Labour", body="Hollinwood Council")])
    assert len(r.events) == 2


def test_hedged_only_when_every_story_hedges():
    assert best_value([m(1, hedged=True), m(2, hedged=True)], "hedged") is True
    assert best_value([m(1, hedged=True), m(2)], "hedged") is False


def test_most_specific_value_breaks_a_tie():
    ms = [m(1, body="Hollinwood Council"), m(2, body="Hollinwood Metropolitan Borough Council")]
    # Both name the same council: one value, shown as first written.
    assert best_value(ms, "body") == "Hollinwood Council"
    ms = [m(1, role="member"), m(2, role="councillor")]
    assert best_value(ms, "role") == "councillor"
