"""Whole articles written for the project in the styles of several outlets: each holds real
changes next to look-alikes (calls to resign, denials, posts left, rumours) that must not
become events."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from floorcross.extract.events import extract_events
from floorcross.types import CleanedArticle

FIXTURES = Path(__file__).parent / "fixtures" / "events"


def load(name: str) -> CleanedArticle:
    head, _, body = (FIXTURES / name).read_text(encoding="utf-8").partition("\n")
    published = date.fromisoformat(head.removeprefix("published:").strip())
    return CleanedArticle(text=body, published=published)


def events_of(nlp, name: str) -> dict:
    art = load(name)
    events = extract_events(art, nlp)
    for ev in events:  # evidence always points at the sentence it quotes
        assert ev.evidence
        for e in ev.evidence:
            assert art.text[e.start : e.end] == e.sentence
    return {(e.person, e.type): e for e in events}


def test_welsh_local_switch(nlp):
    evs = events_of(nlp, "welsh_local.txt")
    assert set(evs) == {("Rhodri Pennant", "defected")}
    ev = evs["Rhodri Pennant", "defected"]
    assert (ev.party_from, ev.party_to) == ("Plaid Cymru", "Labour")
    assert ev.role == "councillor"
    assert ev.body.startswith("Carmarthenshire")
    assert ev.ward == "Llanfair Isaf"


def test_national_defection_ignores_rumours_denials_and_frontbench(nlp):
    evs = events_of(nlp, "national_defection.txt")
    assert set(evs) == {("Harriet Quennell", "defected")}
    ev = evs["Harriet Quennell", "defected"]
    assert (ev.party_from, ev.party_to, ev.role) == ("Conservative", "Reform UK", "mp")
    assert ev.ward == "Wexcombe and Tarrow"
    assert not ev.hedged


def test_left_press_lists_groups_and_background(nlp):
    evs = events_of(nlp, "left_press.txt")
    listed = {"Yasmin Qadir", "Tariq Malone", "Bernadette Shaw", "Colm Devlin"}
    assert {p for p, _ in evs} == listed | {"Hannah Brightwell", "Ray Connell"}
    for name in listed:
        ev = evs[name, "resigned"]
        assert (ev.party_from, ev.date, ev.role) == ("Labour", "2024-02-05", "councillor")
    leader = evs["Hannah Brightwell", "resigned"]
    assert leader.group_size == 7
    background = evs["Ray Connell", "resigned"]
    assert (background.party_from, background.date) == ("Labour", "2019")
    assert background.reason.startswith("over the Iraq inquiry")


def test_scottish_suspension_whip_and_restoration(nlp):
    evs = events_of(nlp, "scottish_whip.txt")
    # "has suspended an MSP" and "had the party whip removed" report one action: one event,
    # named by the stronger word.
    assert [t for p, t in evs if p == "Lachlan Baird"] == ["suspended"]
    whip = evs["Lachlan Baird", "suspended"]
    assert (whip.party_from, whip.role, whip.body) == ("SNP", "msp", "Scottish Parliament")
    assert whip.ward == "Strathkelvin North"
    assert whip.date == "2023-09-07"
    restored = evs["Aileen Fordyce", "whip_restored"]
    assert (restored.party_from, restored.date) == ("Conservative", "2023")
    assert evs["Aileen Fordyce", "suspended"].date == "2022"
    assert not any(t == "resigned" for _, t in evs)


def test_article_without_any_change(nlp):
    assert events_of(nlp, "no_change.txt") == {}
