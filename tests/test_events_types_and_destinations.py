"""Type and destination readings: a move whose destination the parser hangs on the verb that
announces it, a future told in reported speech ("would be leaving ..., she stated"), a party
named only by the words before a lowercase "party", and a chance to switch ("will be able to
change his affiliation"), which is no switch yet. All people and places are invented."""

from __future__ import annotations

from datetime import date

import pytest

from floorcross.extract.events import extract_events
from floorcross.types import CleanedArticle

PUB = date(2024, 5, 10)


def run(nlp, text: str) -> dict:
    events = extract_events(CleanedArticle(text=text, published=PUB), nlp)
    return {(e.person, e.type): e for e in events}


# --- "announced his switch | to X": the destination on the announcing verb ---------------------

@pytest.mark.parametrize("text, hedged", [
    ("Labour councillor Bram Oakes has announced his switch to the Green Party.", False),
    ("Senator Ilse Varga confirmed her move to the Liberal Democrats at a press conference.",
     False),
    ("Democratic state senator Hal Birch is trading sides. The senator from the valley is "
     "expected to announce his switch to the Republican party on Thursday.", True),
])
def test_a_move_announced_with_its_destination_on_the_verb(nlp, text, hedged):
    found = [e for (_, kind), e in run(nlp, text).items() if kind == "defected"]
    assert len(found) == 1
    assert found[0].party_to in ("Green", "Liberal Democrats", "Republican")
    assert found[0].hedged is hedged


def test_a_move_fought_over_is_not_a_move(nlp):
    text = "Party elders blocked the switch to the Green Party planned by councillor Bram Oakes."
    assert not [k for k in run(nlp, text) if k[1] == "defected"]


def test_a_title_with_an_article_is_not_the_announcer(nlp):
    text = ("Republican congressman Dario Felt has had enough. The Rep. is expected to announce "
            "his move to the Democratic Party on Monday.")
    found = run(nlp, text)
    assert found[("Dario Felt", "defected")].party_to == "Democratic"


# --- A future in reported speech is hedged, not blocked ------------------------------------------

@pytest.mark.parametrize("text", [
    "Labour councillor Rhoda Penn would also be leaving the party to join the Greens, Cllr "
    "Amos Hale stated.",
    "Councillor Rhoda Penn would be leaving Labour to join the Greens, the group leader added.",
    "The council leader explained that Councillor Rhoda Penn would be quitting Labour for the "
    "Greens.",
])
def test_a_reported_would_is_a_hedged_move(nlp, text):
    found = run(nlp, text)
    move = found[("Rhoda Penn", "defected")]
    assert move.party_to == "Green"
    assert move.hedged


@pytest.mark.parametrize("text", [
    "Councillor Rhoda Penn has left Labour. She has said she would like to join the Greens.",
    "Councillor Rhoda Penn has left Labour, and stated she would love to join the Greens.",
    "Councillor Rhoda Penn has left Labour; she added she would prefer to join the Greens.",
])
def test_a_reported_wish_is_no_move(nlp, text):
    found = run(nlp, text)
    assert ("Rhoda Penn", "defected") not in found
    assert ("Rhoda Penn", "resigned") in found


# --- A party named only by the words before "party" -----------------------------------------

@pytest.mark.parametrize("text, party", [
    ("Deputy leader Sipho Nkosi has resigned from the Labour Party to join the Umoja party.",
     "Umoja Party"),
    ("Cllr Tobin Reyes quit the Conservatives and joined the Harbour party last week.",
     "Harbour Party"),
    ("MLA Ravi Desai left the BJP on Monday to join the JKP party.", "JKP Party"),
])
def test_a_new_party_named_before_lowercase_party(nlp, text, party):
    found = run(nlp, text)
    move = next(e for (_, kind), e in found.items() if kind == "defected")
    assert move.party_to == party


@pytest.mark.parametrize("text", [
    "Councillor Ada Wren left the Green Party to join the Scottish party.",
    "Councillor Ada Wren left the Green Party to join the Labour party's youth wing.",
    "Councillor Ada Wren left the Green Party to join the party of her late father.",
])
def test_a_described_party_is_not_a_name(nlp, text):
    found = run(nlp, text)
    assert all(e.party_to in (None, "Independent", "Labour") for e in found.values())


# --- A chance to switch is not yet a switch -------------------------------------------------

@pytest.mark.parametrize("text", [
    "Councillor Lena Moss has left Labour, and she will be able to join the Greens next month.",
    "Senator Piet Adams, a Democrat, will be able to change his affiliation after the filing "
    "period reopens.",
    "Cllr Omar Zaki quit the SNP on Monday. Under the rules he will be able to join Alba in June.",
])
def test_will_be_able_to_is_hedged(nlp, text):
    moves = [e for (_, kind), e in run(nlp, text).items() if kind == "defected"]
    assert all(e.hedged for e in moves)


# --- A sanction by the party's leader or whip is the party's -----------------------------------

@pytest.mark.parametrize("text", [
    "MPP Dale Vance was removed from the NDP caucus over the weekend by Leader Joan Marr.",
    "Councillor Dale Vance has been suspended from the Labour group by group leader Joan Marr.",
    "Dale Vance, a Liberal MP, was expelled from the caucus by party leader Joan Marr on Friday.",
])
def test_a_sanction_by_the_leader_is_read(nlp, text):
    found = run(nlp, text)
    assert {k[1] for k in found if k[0] == "Dale Vance"} & {
        "whip_removed", "suspended", "expelled"}


def test_a_sanction_by_an_outside_body_is_not_the_party(nlp):
    text = "Councillor Dale Vance was suspended from the Labour group by the standards committee."
    assert not run(nlp, text)


# --- "made the decision to quit", with the decision misread as the subject ----------------------

@pytest.mark.parametrize("text", [
    "AN SNP councillor has made the shock decision to quit her party and go it alone as an "
    "independent, the Courier can reveal. Councillor Mairi Dunn said the party had lost its "
    "way.",
    "A Labour councillor has taken the difficult decision to quit the party and sit as an "
    "independent. Councillor Mairi Dunn said she had no choice.",
    "A Green councillor has made the choice to leave the party to serve as an independent, it "
    "emerged today. Councillor Mairi Dunn confirmed the news.",
])
def test_the_decision_maker_leaves(nlp, text):
    found = run(nlp, text)
    assert found[("Mairi Dunn", "resigned")].party_to == "Independent"


# --- "to sit independently" --------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Councillor Ewan Frost left the SNP last summer to sit independently.",
    "Cllr Ewan Frost has quit Labour and will now serve independently on the council.",
    "Ewan Frost, a councillor in Dunmore, resigned from the Conservatives and sits "
    "independently.",
])
def test_sitting_independently_is_going_independent(nlp, text):
    found = run(nlp, text)
    assert found[("Ewan Frost", "resigned")].party_to == "Independent"
