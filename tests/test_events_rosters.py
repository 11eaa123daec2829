"""Rosters: a group's change told in one sentence ("X and four other MLAs were suspended",
"A, along with three other legislators, quit"), its members listed in a later sentence with no
trigger of its own ("The four other MLAs are ...", "They are ...", "have been named as ...",
"Among them are ..."). Each listed person gets the group's change, their own party where the
list gives one, and the seat written in brackets. Lists of critics, of people present or of
candidates are no rosters. All people and places are invented."""

from __future__ import annotations

from datetime import date

import pytest

from floorcross.extract.events import extract_events
from floorcross.types import CleanedArticle

PUB = date(2025, 6, 5)


def run(nlp, text: str) -> list:
    return extract_events(CleanedArticle(text=text, published=PUB), nlp)


def by_person(events) -> dict[str, object]:
    return {e.person: e for e in events}


# --- "X and N other MLAs": the others listed in brackets with their seats --------------------

@pytest.mark.parametrize(("text", "members"), [
    # Indian agency copy: the lead named, the others counted, then "The four other MLAs are"
    ("The Hill People's Front on Wednesday night suspended Chief Minister Tenzin Dorjila and "
     "four other party MLAs from the primary membership of the party for anti-party "
     "activities.\n\nThe four other MLAs are Lobsang Pemaring (Zemithang), Rigzin Wangtu "
     "(Dirang), Tashi Norgyel (Kalaktang) and Nima Tsomo Lhaden (Bomdila).",
     {"Lobsang Pemaring": "Zemithang", "Rigzin Wangtu": "Dirang", "Tashi Norgyel": "Kalaktang",
      "Nima Tsomo Lhaden": "Bomdila"}),
    # UK local: the others named one sentence further on, "They are"
    ("Labour has suspended Cllr Marian Oddie and two other councillors on Wexcombe Borough "
     "Council pending an investigation. The party said the inquiry would be swift. They are "
     "Cllr Denholm Ashcroft (Upper Lea) and Cllr Priya Varrender (Saltings).",
     {"Denholm Ashcroft": "Upper Lea", "Priya Varrender": "Saltings"}),
    # regional daily: "have been named as"
    ("The Conservatives have suspended Cllr Hugo Brantwell and three other councillors over "
     "the leaked messages. The other councillors have been named as Fenella Marr (Oakhurst), "
     "Dominic Tresize (Pelham) and Ruth Okonedo (Kingsmead).",
     {"Fenella Marr": "Oakhurst", "Dominic Tresize": "Pelham", "Ruth Okonedo": "Kingsmead"}),
])
def test_counted_others_listed_later_get_the_groups_change(nlp, text, members):
    events = by_person(run(nlp, text))
    lead = next(e for e in events.values() if e.person not in members)
    for name, ward in members.items():
        assert name in events, name
        e = events[name]
        assert (e.type, e.party_from, e.date) == (lead.type, lead.party_from, lead.date)
        assert e.ward == ward
        assert e.group_size == len(members) + 1


# --- Each listed person keeps the party the list gives them --------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    # Indian daily: party and "Independent MLAs" before the names; the party joined in the
    # roster's own subject
    ("Kyrshan Lamare, the sitting MLA from Mawlong, along with three other legislators - one "
     "from the National People's Party (NPP) and two Independents - defected to the BJP on "
     "Monday. The other new entrants to the BJP are NPP's Wanbok Syiemlieh and Independent "
     "MLAs Hamlet Nongrum and Careen Marbaniang.",
     {"Wanbok Syiemlieh": "National People's Party", "Hamlet Nongrum": "Independent",
      "Careen Marbaniang": "Independent"}),
    # UK: "Labour's A and Liberal Democrat B" after "Those who defected to Reform UK are"
    ("Cllr Garth Pennell, along with two other councillors, has defected to Reform UK on "
     "Felbridge Council. Those who defected to Reform UK are Labour's Imogen Tasker and "
     "Liberal Democrat Rhys Calloway.",
     {"Imogen Tasker": "Labour", "Rhys Calloway": "Liberal Democrats"}),
])
def test_roster_gives_each_member_their_own_party(nlp, text, expected):
    events = by_person(run(nlp, text))
    for name, party in expected.items():
        assert name in events, name
        assert events[name].party_from == party
    joined = {events[n].party_to for n in expected}
    assert len(joined) == 1 and None not in joined


def test_lead_party_is_not_taken_from_the_companions(nlp):
    # The only party in the clause describes one of the companions, not the lead.
    text = ("Kyrshan Lamare, the sitting MLA from Mawlong, along with three other legislators - "
            "one from the National People's Party (NPP) and two Independents - defected to the "
            "BJP on Monday.")
    events = by_person(run(nlp, text))
    assert "Kyrshan Lamare" in events
    assert events["Kyrshan Lamare"].party_from != "NPP"


# --- An unnamed group, then "Among them are" (some of the members) ---------------------------

@pytest.mark.parametrize("text", [
    ("Six Green councillors have resigned from the party on Harrowgate Council. Among them are "
     "Cllr Selwyn Abara and Cllr Tamsin Greaves."),
    ("Five SNP councillors have quit the party in Dunmarrow. Among those leaving were Cllr "
     "Selwyn Abara and Cllr Tamsin Greaves."),
])
def test_among_them_names_part_of_the_group(nlp, text):
    events = by_person(run(nlp, text))
    assert {"Selwyn Abara", "Tamsin Greaves"} <= set(events)
    assert {events[n].type for n in ("Selwyn Abara", "Tamsin Greaves")} == {"resigned"}


# --- Not rosters ---------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # critics of the change
    ("Labour has suspended Cllr Marian Oddie and two other councillors on Wexcombe Borough "
     "Council. Those who criticised the decision were Cllr Ffion Rudd and Cllr Owain Bale."),
    # people present at the announcement
    ("The Hill People's Front suspended Chief Minister Tenzin Dorjila and two other MLAs on "
     "Friday. Among those present were Speaker Ama Lhamu and Governor Dawa Tseten."),
    # candidates chosen for the by-election
    ("Cllr Hugo Brantwell and two other councillors have quit the Conservatives in Pelham. The "
     "candidates chosen for the by-election are Marta Quill and Ivo Brennan."),
])
def test_other_lists_are_no_rosters(nlp, text):
    named = {e.person for e in run(nlp, text)}
    assert not named & {"Ffion Rudd", "Owain Bale", "Ama Lhamu", "Dawa Tseten", "Marta Quill",
                        "Ivo Brennan"}


def test_roster_with_wrong_count_is_ignored(nlp):
    # "are" promises everyone: three names for two others is not this group.
    text = ("Labour has suspended Cllr Marian Oddie and two other councillors on Wexcombe "
            "Borough Council. They are Cllr Denholm Ashcroft, Cllr Priya Varrender and Cllr "
            "Jonas Fell.")
    named = {e.person for e in run(nlp, text)}
    assert not named & {"Denholm Ashcroft", "Priya Varrender", "Jonas Fell"}
