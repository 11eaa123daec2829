"""Event extraction on short articles written for the project (invented people and places),
in the styles of UK local and national news, Scottish, Welsh, Northern Irish, Irish and US
coverage."""

from __future__ import annotations

from datetime import date

import pytest

from floorcross.extract.events import extract_events
from floorcross.nlp import get_nlp
from floorcross.types import CleanedArticle

PUB = date(2024, 5, 10)  # a Friday


@pytest.fixture(scope="module")
def nlp():
    return get_nlp()


def run(nlp, text: str, published: date = PUB):
    return extract_events(CleanedArticle(text=text, published=published), nlp)


def only(nlp, text: str, published: date = PUB):
    events = run(nlp, text, published)
    assert len(events) == 1, [(e.person, e.type) for e in events]
    return events[0]


def test_local_lede_names_the_person_in_the_next_sentence(nlp):
    text = (
        "A Calderdale Labour councillor has quit the party over its handling of the housing "
        "crisis on Wednesday.\n"
        "Cllr Priya Mandalay, who represents Eastgate ward, said she would now sit as an "
        "independent councillor.\n"
        "The council's leader said he was disappointed."
    )
    ev = only(nlp, text)
    assert ev.person == "Priya Mandalay"
    assert (ev.type, ev.party_from, ev.party_to) == ("resigned", "Labour", "Independent")
    assert ev.role == "councillor"
    assert ev.body.startswith("Calderdale")
    assert ev.ward == "Eastgate"
    assert ev.date == "2024-05-08"
    assert ev.reason.startswith("over its handling")
    assert not ev.hedged
    assert ev.evidence[0].start == 0
    assert text[ev.evidence[0].start : ev.evidence[0].end] == ev.evidence[0].sentence


def test_mp_defects_with_party_from_the_subject(nlp):
    ev = only(nlp, "Tory MP Gareth Pomfrey has defected to Reform UK, the party confirmed.")
    assert (ev.person, ev.type) == ("Gareth Pomfrey", "defected")
    assert (ev.party_from, ev.party_to, ev.role) == ("Conservative", "Reform UK", "mp")


def test_former_member_of_one_party_joining_another_is_a_defection(nlp):
    ev = only(nlp, "Former Conservative councillor Jan Whitcombe joined the Liberal Democrats "
                   "on Monday, saying she felt at home there.")
    assert (ev.type, ev.party_from) == ("defected", "Conservative")
    assert ev.party_to == "Liberal Democrats"
    assert ev.date == "2024-05-06"


def test_joining_with_no_earlier_party_is_not_an_event(nlp):
    assert run(nlp, "Mr Angus Forbes, who joined the SNP in 2014, is standing again.") == []


def test_pair_of_councillors_each_get_an_event(nlp):
    events = run(nlp, "Shona Reid and Callum Baird, both SNP councillors in Falkirk, have left "
                      "the party to sit as independents.")
    assert sorted(e.person for e in events) == ["Callum Baird", "Shona Reid"]
    for ev in events:
        assert (ev.type, ev.party_from, ev.party_to) == ("resigned", "SNP", "Independent")
        assert ev.role == "councillor" and ev.body == "Falkirk Council"


def test_names_listed_after_a_colon(nlp):
    events = run(nlp, "Three Green councillors in Bristol have resigned from the party: "
                      "Tamsin Oake, Rhys Pellow and Imogen Starr.")
    assert sorted(e.person for e in events) == ["Imogen Starr", "Rhys Pellow", "Tamsin Oake"]
    assert {e.party_from for e in events} == {"Green"}


def test_group_size_goes_on_the_named_person(nlp):
    ev = only(nlp, "Group leader Derek Holloway and seven other councillors quit the "
                   "Conservatives on Tuesday.")
    assert ev.person == "Derek Holloway"
    assert ev.group_size == 8
    assert ev.party_from == "Conservative"


def test_party_suspends_a_councillor(nlp):
    ev = only(nlp, "Labour has suspended Cllr Nadia Farouk pending an investigation into "
                   "her social media posts.")
    assert (ev.person, ev.type, ev.party_from, ev.role) == (
        "Nadia Farouk", "suspended", "Labour", "councillor")


def test_passive_suspension_of_an_msp(nlp):
    ev = only(nlp, "Glenrothes MSP Ewan Drummond was suspended by the SNP last month.")
    assert (ev.type, ev.party_from, ev.role, ev.body) == (
        "suspended", "SNP", "msp", "Scottish Parliament")
    assert ev.date == "2024-04"


def test_whip_removed_and_restored(nlp):
    ev = only(nlp, "Kenneth Arbuthnot had the Conservative whip withdrawn after the vote.")
    assert (ev.person, ev.type, ev.party_from) == ("Kenneth Arbuthnot", "whip_removed",
                                                   "Conservative")
    ev = only(nlp, "The Labour whip was restored to Diane Forsyth in January.")
    assert (ev.person, ev.type, ev.party_from, ev.date) == (
        "Diane Forsyth", "whip_restored", "Labour", "2024-01")


def test_expelled_with_background_year(nlp):
    ev = only(nlp, "Marcus Tellwright was expelled from the Green Party in 2021 for "
                   "backing a rival candidate.")
    assert (ev.type, ev.party_from, ev.date) == ("expelled", "Green", "2021")


@pytest.mark.parametrize("text", [
    "Councillor Ruth Abney is understood to have resigned from the Liberal Democrats.",
    "Councillor Ruth Abney has reportedly resigned from the Liberal Democrats.",
    "Councillor Ruth Abney is believed to have quit the Liberal Democrats.",
    "The Gazette understands Councillor Ruth Abney has left the Liberal Democrats.",
])
def test_hedged_reports(nlp, text):
    ev = only(nlp, text)
    assert ev.person == "Ruth Abney" and ev.hedged


def test_future_defection_is_hedged(nlp):
    ev = only(nlp, "Welsh Conservative MS Owain Pryce is set to join Reform UK, sources say.")
    assert (ev.type, ev.party_from, ev.party_to) == ("defected", "Conservative", "Reform UK")
    assert ev.hedged
    assert (ev.role, ev.body) == ("ms", "Senedd")


def test_irish_td_goes_independent(nlp):
    ev = only(nlp, "Fianna Fáil TD Seamus Colgan has resigned from the party and will sit as "
                   "an independent in the Dáil.")
    assert (ev.person, ev.type, ev.party_from, ev.party_to) == (
        "Seamus Colgan", "resigned", "Fianna Fáil", "Independent")


def test_us_state_senator_switches_parties(nlp):
    ev = only(nlp, "State Senator Maria Delgado switched from the Democratic Party to the "
                   "Republican Party on Wednesday.")
    assert (ev.person, ev.type, ev.party_from, ev.party_to) == (
        "Maria Delgado", "defected", "Democratic", "Republican")


def test_reason_citing(nlp):
    ev = only(nlp, "DUP MLA Trevor Glenavy has quit the party, citing disagreements over the "
                   "trade deal.")
    assert (ev.party_from, ev.role, ev.body) == ("DUP", "mla", "Northern Ireland Assembly")
    assert ev.reason.startswith("citing disagreements")


def test_pronoun_resolves_to_the_person_followed(nlp):
    text = ("Jodie Marsh-Bell has been a Liberal Democrat councillor in Sheffield for 15 years. "
            "She left the party last week over its stance on housing.")
    ev = only(nlp, text)
    assert (ev.person, ev.party_from) == ("Jodie Marsh-Bell", "Liberal Democrats")
    assert ev.body == "Sheffield City Council"


def test_short_reference_resolves_to_full_name(nlp):
    text = ("Councillor Omar Haddad from Kirklees has been a member of Labour for a decade.\n"
            "Omar quit Labour in March.")
    ev = only(nlp, text)
    assert ev.person == "Omar Haddad"
    assert (ev.body, ev.date) == ("Kirklees Council", "2024-03")


def test_background_defection_in_a_relative_clause(nlp):
    ev = only(nlp, "Cllr Ian Tuckett, who defected to Labour from the Greens in 2022, said "
                   "the budget was fair.")
    assert (ev.type, ev.party_from, ev.party_to, ev.date) == ("defected", "Green", "Labour",
                                                              "2022")


def test_rejoined_and_deselected(nlp):
    ev = only(nlp, "Former councillor Alan Brough has rejoined the Labour Party.")
    assert (ev.type, ev.party_to) == ("rejoined", "Labour")
    ev = only(nlp, "Sitting MP Fiona Castellan was deselected by the Labour Party on Monday.")
    assert (ev.type, ev.party_from, ev.role) == ("deselected", "Labour", "mp")


def test_no_longer_a_member_with_a_modal(nlp):
    ev = only(nlp, "Cllr Tom Iredale said he could no longer be a member of the Conservative "
                   "Party.")
    assert (ev.person, ev.type, ev.party_from) == ("Tom Iredale", "resigned", "Conservative")


def test_tore_up_membership_card(nlp):
    ev = only(nlp, "Veteran activist Gwen Halloway tore up her Labour membership card in "
                   "protest at the leadership's stance.")
    assert (ev.type, ev.party_from, ev.role) == ("resigned", "Labour", "member")
    assert ev.reason.startswith("in protest at")


def test_party_official(nlp):
    ev = only(nlp, "Labour's Hexley branch secretary Colin Varga has quit the party.")
    assert (ev.person, ev.role, ev.party_from) == ("Colin Varga", "party_official", "Labour")


def test_first_person_quote_for_its_speaker(nlp):
    text = ('"I have today resigned my membership of the Labour Party," said Cllr Hamid '
            'Qureshi.')
    ev = only(nlp, text)
    assert (ev.person, ev.type, ev.party_from) == ("Hamid Qureshi", "resigned", "Labour")


def test_quote_adds_evidence_to_the_narrative_event(nlp):
    text = ("Cllr Hamid Qureshi quit the Labour Party on Tuesday.\n"
            '"I am tendering my resignation from the Labour Party," he wrote in a letter.')
    ev = only(nlp, text)
    assert len(ev.evidence) == 2
    assert ev.date == "2024-05-07"


def test_one_event_per_person_with_all_evidence(nlp):
    text = ("Conservative councillor Lena Marsh has left the party.\n"
            "Ms Marsh quit the Conservatives over the council's budget cuts.\n"
            "She will sit as an independent.")
    ev = only(nlp, text)
    assert ev.person == "Lena Marsh"
    assert len(ev.evidence) >= 2
    assert ev.party_to == "Independent"


@pytest.mark.parametrize("text", [
    "Opposition councillors called for Cllr Mark Bentley to resign from the Labour Party.",
    "Cllr Helen Moss threatened to quit the Conservatives if the plans went ahead.",
    "Cllr Jim Hale is considering leaving Labour.",
    "Cllr Jim Hale is mulling a defection to Reform UK.",
    "MP Sarah Lund has no plans to defect to Reform UK, her office said.",
    "Cllr Peter Oduya denied he had quit the Labour Party.",
    "Cllr Ray Dunn dismissed rumours that he would defect to the Greens.",
    "Amir Shah resigned as shadow housing minister but remains a Labour MP.",
    "Labour MP Amir Shah has quit the frontbench over the vote.",
    "Labour councillor Dawn Peel has resigned as a councillor, triggering a by-election.",
    "Labour councillor Bob Grange stepped down as council leader.",
    "Cllr Ruth Kemp resigned from the cabinet on Friday, but remains in the Labour group.",
    "Councillors in Leeds and Bradford have left the Labour Party in recent weeks.",
    "Labour councillor Ann Rooney quit the GMB union last year.",
    "Labour member Lee Carr has left Momentum.",
    "Labour won the Eastfield by-election with 54% of the vote.",
    "Prime Minister Ian Fell fired Kate Moyle from the cabinet.",
    "If she quits Labour, Cllr Jane Oakes will lose her committee seat.",
    "Would Cllr Jane Oakes ever leave the Labour Party?",
    "A poll found 40% of Labour members would leave the party over the policy.",
    "Councillor Mo Rahman urged colleagues to quit the Labour Party.",
])
def test_not_events(nlp, text):
    assert run(nlp, text) == []


def test_article_with_no_change(nlp):
    text = ("Calderdale Council has approved its budget for the coming year.\n"
            "Labour leader Cllr Sam Ortiz said the plan protected front-line services.\n"
            "Conservative group leader Cllr Ann Bright said residents deserved better.\n"
            "The Liberal Democrats abstained in the vote on Wednesday.")
    assert run(nlp, text) == []


def test_empty_and_unparseable_text(nlp):
    assert run(nlp, "") == []
    assert run(nlp, "   \n\n ") == []
    assert run(nlp, "resigned resigned quit party ::: \u201c\u201d") == []
