"""People, lists and parties as outlets write them: names with a place, a credit or an
adjective run into them, lists whose members the model reads in part, headline lists joined by
commas, parties written in a long or state-branch form. All people and places are invented."""

from __future__ import annotations

from datetime import date

import pytest

from floorcross.extract.events import extract_events
from floorcross.extract.mentions import build_sentence
from floorcross.extract.people import full_name_in_text
from floorcross.nlp.party_names import party_spans
from floorcross.types import CleanedArticle

PUB = date(2025, 3, 14)


def run(nlp, text: str) -> list:
    return extract_events(CleanedArticle(text=text, published=PUB), nlp)


def people(events) -> set[str]:
    return {e.person for e in events}


def names_in(nlp, text: str) -> set[str]:
    return set(build_sentence(0, 0, len(text), nlp(text)).names.values())


# --- Parties written in a long form or by a state branch -------------------------------------

@pytest.mark.parametrize(("text", "canon"), [
    ("Cllr Nora Keane has left the Fianna Fáil Political Party after two decades.", "Fianna Fáil"),
    ("He quit the Fine Gael Political Party on Monday.", "Fine Gael"),
    ("The senator left the Louisiana Democratic Party to join the Republicans.", "Democratic"),
    ("She was a member of the Ohio Republican Party for years.", "Republican"),
    ("He resigned from the West Virginia Democratic Party last week.", "Democratic"),
])
def test_long_and_state_forms_name_the_party(text, canon):
    assert canon in [p.name for p in party_spans(text)]


def test_a_canadian_provincial_party_keeps_its_own_name():
    # Provincial parties in Canada are parties of their own, not branches.
    found = [p.name for p in party_spans("She left the Alberta Liberal Party in 2019.")]
    assert found == ["Alberta Liberal Party"]


@pytest.mark.parametrize(("text", "canon"), [
    ("The Rashtriya Janata Dal expelled the MLA in Bihar.", "Rashtriya Janata Dal"),
    ("The RJD expelled the MLA in Bihar on Sunday.", "Rashtriya Janata Dal"),
    ("He is set to join the JD(U) before the polls.", "Janata Dal (United)"),
    ("In Bihar, the MLA has already joined the JDU.", "Janata Dal (United)"),
])
def test_indian_parties_are_written_out(text, canon):
    assert canon in [p.name for p in party_spans(text)]


# --- Names with other words run into them ----------------------------------------------------

@pytest.mark.parametrize(("text", "name"), [
    ("The former Mayor of Ashby and Coleford Jane Pryor has been suspended by the party.",
     "Jane Pryor"),
    ("Labour councillor for Kinloch and Dunmore Tom Reedley has quit the party.", "Tom Reedley"),
    ("Robert Haskins/Courier Meena Patel says she will stand as an independent.", "Meena Patel"),
    ("Photo: Sam Hill / Gazette Ann Lowry has left the Conservatives.", "Ann Lowry"),
])
def test_place_and_credit_words_are_not_part_of_the_name(nlp, text, name):
    found = names_in(nlp, text)
    assert name in found
    assert not any(name in n and n != name for n in found)


def test_a_place_and_a_title_alone_make_no_name(nlp):
    text = "A Ravensmoor and Tilby District Councillor has announced his resignation."
    assert not any("Councillor" in n for n in names_in(nlp, text))


@pytest.mark.parametrize("text", [
    "Former Dharampur MLA Ravi Sen backed the chief minister on Tuesday.",
    "Veteran Kelso councillor Anne Roy spoke at the meeting.",
])
def test_an_adjective_before_a_place_is_no_first_name(text):
    place = text.split()[1]
    assert full_name_in_text(place, text) is None


def test_a_surname_takes_its_one_full_form():
    text = "Councillor Dana Whitlow spoke first. Whitlow then left the hall."
    assert full_name_in_text("Whitlow", text) == "Dana Whitlow"


# --- Lists of people ---------------------------------------------------------------------------

def test_a_seat_in_brackets_is_not_one_more_member(nlp):
    text = (
        "The party expelled three MLAs on Sunday for anti-party activities. The MLAs, Ravi "
        "Sharma, (MLA Dharampur in Kotwali) Anil Mehta (MLA from Baghpur) and Sunil Verma "
        "(MLA from Rampura) were expelled ahead of the elections."
    )
    found = people(run(nlp, text))
    assert {"Ravi Sharma", "Anil Mehta", "Sunil Verma"} <= found
    assert not any("Dharampur" in p for p in found)


@pytest.mark.parametrize(("text", "named"), [
    # headline: names joined by a comma only
    ("Former Labour councillors Ann Lowry, Peter Gaskell quit party over budget row",
     {"Ann Lowry", "Peter Gaskell"}),
    ("Green councillors Maya Oduya, Ben Carrow quit party in row over housing plans",
     {"Maya Oduya", "Ben Carrow"}),
    ("Ex-SNP MSPs Fiona Rennie, Iain Doig join Alba in latest blow to the party",
     {"Fiona Rennie", "Iain Doig"}),
])
def test_a_headline_list_joined_by_commas(nlp, text, named):
    assert named <= people(run(nlp, text))


@pytest.mark.parametrize(("text", "named"), [
    ("The panel resolved to expel four councillors from the Kettering group. Aled Price, "
     "Nia Wyn Roberts, Tomos Evans and Gethin Lloyd had all voted against the budget.",
     {"Aled Price", "Nia Wyn Roberts", "Tomos Evans", "Gethin Lloyd"}),
    ("Labour has expelled three councillors in Fenmoor. Jo Hart, Sam Ibbott and Ray "
     "Cole were each told by letter on Friday.", {"Jo Hart", "Sam Ibbott", "Ray Cole"}),
    ("Three Conservative councillors have been suspended by the party. Priya Nair, Dan "
     "Orme and Kate Wills are accused of breaching the code.",
     {"Priya Nair", "Dan Orme", "Kate Wills"}),
])
def test_a_counted_group_named_in_the_next_sentence(nlp, text, named):
    events = run(nlp, text)
    assert named <= people(events)
    assert len(people(events)) == len(named)


@pytest.mark.parametrize("text", [
    ("The provincial MEC, Thabo Ndlela, was removed from the executive in May. The party's "
     "disciplinary committee met on Friday. Ndlela has been expelled from the party for ten "
     "years."),
    ("The cooperative MEC Lerato Mokoena was axed in May. Mokoena has been expelled from "
     "the party for ten years, the committee said."),
    ("Former MEC Kagiso Molefe lost his post in March. Molefe was expelled from the party on "
     "Friday."),
])
def test_a_surname_the_model_missed_is_the_full_name(nlp, text):
    events = run(nlp, text)
    assert {e.person for e in events if e.type == "expelled"} & {
        "Thabo Ndlela", "Lerato Mokoena", "Kagiso Molefe"}


# --- Parties voted for are not the party left --------------------------------------------------

@pytest.mark.parametrize("text", [
    ("Two more Conservative councillors have been deselected. Cllr Dan Orme said he would now "
     "quit the party and sit as an independent, claiming he was passed over for voting for "
     "the Brexit Party."),
    ("Conservative councillor Jill Carver has quit the party to sit as an independent, "
     "saying she was punished for campaigning for the Liberal Democrats in a by-election."),
])
def test_a_party_voted_or_campaigned_for_is_not_the_one_left(nlp, text):
    events = [e for e in run(nlp, text) if e.type == "resigned"]
    assert events
    assert all(e.party_from in (None, "Conservative") for e in events)


# --- Relatives, seats and companions in something else ----------------------------------------

@pytest.mark.parametrize(("text", "person"), [
    ("Cllr Ross Duthie has quit the SNP to join Alba. He follows his son Euan, who left to "
     "join Alba in March.", "Euan Duthie"),
    ("Councillor Mairi Lennox has left Labour for the Greens. Her move follows that of her "
     "daughter Isla, who defected to the Greens last year.", "Isla Lennox"),
    ("Veteran councillor Tom Baird has quit the Conservatives. Mr Baird's decision comes "
     "after his brother Alec, who quit the party in 2021.", "Alec Baird"),
])
def test_a_relative_named_by_first_name_shares_the_surname(nlp, text, person):
    assert person in people(run(nlp, text))


@pytest.mark.parametrize("text", [
    ("Cllr Ann Lowry has defected to Alba. The move embarrasses Nicola Brannigan, who "
     "represents the Kelvin Southside seat, and the party's leadership."),
    ("Cllr Ann Lowry has defected to Alba, a blow to the MSP for the Dunmore Central "
     "constituency, Sam Ure."),
])
def test_a_seat_is_nobody(nlp, text):
    found = people(run(nlp, text))
    assert "Ann Lowry" in found
    assert not any("Southside" in p or "Central" in p for p in found)


@pytest.mark.parametrize("text", [
    ("Campaigning alongside Mr Halloran in Leith, Cllr Ann Lowry said she had left the SNP "
     "and joined Alba."),
    ("Speaking alongside party leader Tom Halloran, Cllr Ann Lowry said she had quit Labour "
     "for the Greens."),
])
def test_a_companion_in_another_act_made_no_change(nlp, text):
    found = people(run(nlp, text))
    assert not any("Halloran" in p for p in found)


def test_a_companion_in_the_change_made_it_too(nlp):
    text = "Cllr Ann Lowry has joined Alba alongside Cllr Tom Halloran."
    assert {"Ann Lowry", "Tom Halloran"} <= people(run(nlp, text))


# --- The party someone came from ---------------------------------------------------------------

@pytest.mark.parametrize(("text", "person", "old"), [
    ("Ann Lowry, who has represented Eastgate division since 2021 as a Conservative "
     "councillor, said she could no longer back them. Ms Lowry took the decision to join the "
     "Green Group on Friday. Explaining why she had joined the Green Party as opposed to "
     "sitting as an independent, she said she felt at home.", "Ann Lowry", "Conservative"),
    ("Tom Reedley, who had served on the council for a decade as a Labour member, has joined "
     "the Liberal Democrats. He said he chose them rather than sitting as an independent.",
     "Tom Reedley", "Labour"),
    ("Cllr Priya Nair, who has sat on the authority since 2019 as a Liberal Democrat, has "
     "joined Reform UK instead of remaining an independent.", "Priya Nair",
     "Liberal Democrats"),
])
def test_a_road_not_taken_is_no_spell_and_the_description_gives_the_origin(
        nlp, text, person, old):
    events = [e for e in run(nlp, text) if e.person == person]
    assert [(e.type, e.party_from) for e in events] == [("defected", old)]


@pytest.mark.parametrize("text", [
    ("A councillor has defected from Labour days after the election. Councillor Sam Ibbott "
     "became an Independent councillor after a row with the group."),
    ("Cllr Sam Ibbott has defected from the Conservatives. He now sits as an independent "
     "member of the council."),
])
def test_a_defection_to_no_party_is_not_a_second_step(nlp, text):
    events = [e for e in run(nlp, text) if e.person == "Sam Ibbott"]
    assert len(events) == 1
    assert events[0].party_from != "Independent"


@pytest.mark.parametrize("text", [
    ("Senator Kay Brandt has quit the Liberal National Party to sit as an independent. The "
     "Liberal Party has held the seat for years. \"I feel free,\" she told reporters on Monday "
     "after her defection."),
    ("Cllr Kay Brandt has left the Green Party to sit as an independent. Labour runs the "
     "council. She spoke to the Gazette on Monday about her resignation."),
])
def test_a_change_retold_without_its_party_is_the_same_change(nlp, text):
    events = [e for e in run(nlp, text) if e.person == "Kay Brandt"]
    assert len(events) == 1


# --- "The councillors" after a named group -----------------------------------------------------

@pytest.mark.parametrize(("text", "named", "party"), [
    ("Labour has expelled three councillors: Jo Hart, Sam Ibbott and Ray Cole. The council's "
     "leader said the move was overdue. The councillors have now joined the Green Party.",
     {"Jo Hart", "Sam Ibbott", "Ray Cole"}, "Green"),
    ("Two Conservative councillors, Ann Lowry and Peter Gaskell, have quit the party. Both "
     "had served for a decade. The councillors have since joined Reform UK.",
     {"Ann Lowry", "Peter Gaskell"}, "Reform UK"),
    ("Cllrs Dev Patel and Mo Akhtar were suspended by Labour last month. The group meets "
     "again in June. The two councillors have now joined the Liberal Democrats.",
     {"Dev Patel", "Mo Akhtar"}, "Liberal Democrats"),
])
def test_the_councillors_after_a_named_group_are_its_members(nlp, text, named, party):
    joined = {e.person for e in run(nlp, text) if e.party_to == party}
    assert named <= joined


def test_the_party_s_councillors_are_not_the_group(nlp):
    text = ("Cllrs Dev Patel and Mo Akhtar have quit Labour. The Green councillors have "
            "welcomed them and the Labour councillors have joined a new alliance.")
    # "the Labour councillors" are the party's remaining members, not the two who left
    for e in run(nlp, text):
        if e.person in ("Dev Patel", "Mo Akhtar"):
            assert e.party_to in (None, "Independent")


def test_the_councillors_in_a_hypothetical_make_no_change(nlp):
    text = ("Cllrs Dev Patel and Mo Akhtar have quit Labour to sit as independents. The new "
            "grouping will make it difficult for the rebel councillors to rejoin Labour.")
    assert not any(e.type == "rejoined" for e in run(nlp, text))


# --- A round trip told in one sentence ----------------------------------------------------------

@pytest.mark.parametrize(("text", "away"), [
    ("Cllr Rory Dunne has quit Labour and will sit as an independent councillor. In 2016 Cllr "
     "Dunne defected to the Conservatives, then returned to Labour a day later.",
     "Conservative"),
    ("Councillor Beth Amory has left the Liberal Democrats to continue as an independent "
     "member. Back in 2019 she defected to the Greens and then rejoined the Liberal Democrats "
     "within a week.", "Green"),
])
def test_a_round_trip_is_no_spell_and_the_return_comes_from_the_party_left(nlp, text, away):
    events = run(nlp, text)
    rejoins = [e for e in events if e.type == "rejoined"]
    assert [e.party_from for e in rejoins] == [away]
    assert not any(e.type == "defected" and e.party_from == "Independent" for e in events)


def test_a_name_run_of_only_a_possessive_is_dropped_without_error(nlp):
    from floorcross.extract.mentions import _set_name

    text = "The councillor’s decision was welcomed."
    doc = nlp(text)
    sent = build_sentence(0, 0, len(text), doc)
    possessive = [t for t in doc if t.text in ("’s", "'s")]
    _set_name(sent, possessive)  # nothing left of the run: no name, no error
    assert not any(n in ("’s", "'s", "") for n in sent.names.values())
