"""Event extraction on short articles written for the project (invented people and places),
in the styles of UK local and national news, Scottish, Welsh, Northern Irish, Irish and US
coverage."""

from __future__ import annotations

from datetime import date

import pytest

from floorcross.extract.events import extract_events
from floorcross.types import CleanedArticle

PUB = date(2024, 5, 10)  # a Friday


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
    ev = only(nlp, "Cllr Tom Iredale told the meeting he could no longer be a member of the "
                   "Conservative Party.")
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
            '"I am resigning from the Labour Party with immediate effect," he wrote in a letter.')
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


def test_nominal_defection_with_apposition_on_the_wrong_noun(nlp):
    ev = only(nlp, "The former Labour MP for Hexham, Tom Burnley, announced his defection to "
                   "the Liberal Democrats on Saturday.")
    assert (ev.person, ev.type, ev.party_from, ev.party_to) == (
        "Tom Burnley", "defected", "Labour", "Liberal Democrats")
    assert (ev.role, ev.ward, ev.date) == ("mp", "Hexham", "2024-05-04")


def test_floor_crossing_without_a_named_earlier_party(nlp):
    ev = only(nlp, "Wilson Pike crossed the floor to join the Liberal Democrats in 2019.")
    assert (ev.type, ev.party_from, ev.party_to, ev.date) == (
        "defected", None, "Liberal Democrats", "2019")


def test_among_those_who_quit(nlp):
    ev = only(nlp, "Councillor Asif Khan, the Labour group's deputy leader, was among those who "
                   "quit the party.")
    assert (ev.person, ev.party_from) == ("Asif Khan", "Labour")


def test_active_expulsion_by_a_committee_vote(nlp):
    ev = only(nlp, "Labour's national executive voted to expel Tony Rourke on Wednesday.")
    assert (ev.person, ev.type, ev.date) == ("Tony Rourke", "expelled", "2024-05-08")


def test_kicked_out_of_the_group(nlp):
    ev = only(nlp, "Cllr Dev Mistry was kicked out of the Labour group after voting against "
                   "the budget.")
    assert (ev.type, ev.party_from) == ("whip_removed", "Labour")


def test_kicked_out_of_the_party_is_an_expulsion(nlp):
    ev = only(nlp, "Cllr Dev Mistry was kicked out of the Labour Party after voting against "
                   "the budget.")
    assert (ev.type, ev.party_from) == ("expelled", "Labour")


def test_whip_restored_to_a_councillor_suspended_earlier(nlp):
    events = run(nlp, "Labour has restored the whip to councillor Ellen Marks, who was "
                      "suspended in March over comments on social media.")
    got = {(e.person, e.type): e for e in events}
    assert set(got) == {("Ellen Marks", "whip_restored"), ("Ellen Marks", "suspended")}
    assert got["Ellen Marks", "suspended"].date == "2024-03"
    assert got["Ellen Marks", "suspended"].reason == "over comments on social media"


def test_counted_names_after_the_noun(nlp):
    events = run(nlp, "The Green Party has suspended the membership of two councillors in "
                      "Stroud, Jo Hill and Martin Evans, pending an investigation.")
    assert sorted(e.person for e in events) == ["Jo Hill", "Martin Evans"]
    assert {(e.type, e.party_from) for e in events} == {("suspended", "Green")}


def test_reported_choice_to_leave(nlp):
    ev = only(nlp, 'Labour leader Cllr Sam Ortiz said he was "disappointed" that Cllr Lena '
                   'Marsh had chosen to leave the party.')
    assert (ev.person, ev.party_from) == ("Lena Marsh", "Labour")


@pytest.mark.parametrize("text", [
    "Speaking after the meeting, Ms Patel said she had never considered quitting the Tories.",
    "Mr Hale quit as chairman of the local Conservative association last week.",
    "The Prime Minister said anyone who wanted to leave the party was free to do so.",
    "An unnamed councillor is also thought to be preparing to quit the party.",
    "Several Conservative councillors in Kent, including council leader Roger Gough, are "
    "considering joining Reform UK.",
    "Labour MP Sam Trent has been suspended from the Commons for five days.",
    "Reform UK's chairman welcomed the defection, saying more would follow.",
])
def test_more_not_events(nlp, text):
    assert run(nlp, text) == []


@pytest.mark.parametrize("text, person, party_from, party_to", [
    ("Cllr Rachel Moody has become the latest councillor to quit Labour over its welfare "
     "policy.", "Rachel Moody", "Labour", None),
    ("Hollis Grant is the third Conservative MP to defect to Reform UK this year.",
     "Hollis Grant", "Conservative", "Reform UK"),
    ("Ex-Tory MP Dominic Vale joins Reform UK.", "Dominic Vale", "Conservative", "Reform UK"),
    ("Cllr Joan Ferris was elected as a Labour councillor in 2021 but left the party last "
     "year.", "Joan Ferris", "Labour", None),
    ("The MSP, Kate Forbes-Lyall, quit the SNP on Friday and joined Alba.",
     "Kate Forbes-Lyall", "SNP", "Alba"),
    ("Wakefield councillor Samira Hussain, who was elected for Labour in 2022, has resigned "
     "her membership.", "Samira Hussain", "Labour", None),
])
def test_common_phrasings(nlp, text, person, party_from, party_to):
    ev = only(nlp, text)
    assert (ev.person, ev.party_from, ev.party_to) == (person, party_from, party_to)
    assert not ev.hedged


def test_plural_title_is_not_part_of_the_name(nlp):
    events = run(nlp, "Councillors Aled Price and Mair Lewis have formed a new group after "
                      "quitting Plaid Cymru.")
    assert sorted(e.person for e in events) == ["Aled Price", "Mair Lewis"]


def test_announced_decision_is_the_change_itself(nlp):
    # The person's own announcement that they would leave is how the change is made public.
    ev = only(nlp, "Senator Jim Wexler, a longtime Republican, announced Monday that he would "
                   "leave the party and register as an independent.")
    assert (ev.person, ev.party_from, ev.party_to) == ("Jim Wexler", "Republican", "Independent")
    assert not ev.hedged


def test_someone_elses_expectation_stays_hedged(nlp):
    ev = only(nlp, "Aides said Senator Jim Wexler would leave the Republican Party next week.")
    assert ev.person == "Jim Wexler" and ev.hedged


def test_whip_suspended_in_a_participle_clause(nlp):
    ev = only(nlp, "Cllr Lucy Tan now sits as an independent after having the Labour whip "
                   "suspended in June.")
    assert (ev.type, ev.party_from, ev.party_to, ev.date) == (
        "whip_removed", "Labour", "Independent", "2023-06")


def test_possessive_membership_suspended(nlp):
    ev = only(nlp, "Labour said Cllr Amir Rashid's membership had been suspended pending an "
                   "investigation.")
    assert (ev.person, ev.type, ev.party_from) == ("Amir Rashid", "suspended", "Labour")


def test_talks_are_not_a_defection_and_the_verge_is_hedged(nlp):
    assert run(nlp, "Tory MP Colin Hesketh is in talks to defect to Reform UK.") == []
    ev = only(nlp, "Tory MP Colin Hesketh is on the verge of quitting the party.")
    assert ev.hedged and ev.party_from == "Conservative"


def test_shouted_lede_and_place_word_before_councillor(nlp):
    text = ("A LABOUR councillor who quit the party over its housing policy says he has no "
            "regrets.\n"
            "Hartcombe Councillor Ivor Penhale said the decision had been a long time coming.")
    ev = only(nlp, text)
    assert (ev.person, ev.party_from, ev.role) == ("Ivor Penhale", "Labour", "councillor")
    assert ev.body is None  # "Hartcombe" is no known council, and "LABOUR" is no place
    assert ev.reason == "over its housing policy"


def test_the_party_means_the_party_the_person_belongs_to(nlp):
    text = ("The balance of the council has shifted after a Labour member quit the party.\n"
            "Ada Quinlan, member for the Eastgate ward, will now sit as an independent. The "
            "ruling group now has 20 seats, one more than the Conservatives.\n"
            "The council leader said he was sorry that Ms Quinlan had quit the party.")
    ev = only(nlp, text)
    assert (ev.person, ev.party_from, ev.party_to) == ("Ada Quinlan", "Labour", "Independent")
    assert len(ev.evidence) == 3


def test_earlier_defection_is_a_separate_dated_event(nlp):
    text = ("A Labour councillor quit the party last night.\n"
            "Cllr Noel Varney said he could no longer support the leadership.\n"
            "In October 2016, Cllr Varney defected to the Conservatives, then returned to "
            "Labour a day later.")
    events = run(nlp, text)
    got = {(e.type, e.party_to, e.date) for e in events}
    assert ("defected", "Conservative", "2016-10") in got
    assert any(e.type == "resigned" and e.date == "2024-05-09" for e in events)


def test_quote_about_someone_else_is_no_event_for_the_speaker(nlp):
    text = ('Cllr Maud Ferris said: "By leaving the Labour group I think he has let down the '
            'voters who elected him."')
    assert run(nlp, text) == []


def test_whip_phrasings_of_national_coverage(nlp):
    text = ("An MP has had the Tory whip withdrawn pending an investigation.\n"
            "Claims about Eastmoor and Vale MP Gordon Tilsley are being examined by the "
            "standards body.\n"
            "The Conservative whip had been removed from Mr Tilsley while the inquiry runs.")
    ev = only(nlp, text)
    assert (ev.person, ev.type, ev.party_from) == ("Gordon Tilsley", "whip_removed",
                                                   "Conservative")
    assert (ev.role, ev.ward) == ("mp", "Eastmoor and Vale")
    ev = only(nlp, "Last week Rupert Ash, MP for Millbrook, West Anglia, also gave up the whip "
                   "after admitting the breach.")
    assert (ev.person, ev.type, ev.ward) == ("Rupert Ash", "whip_removed", "Millbrook")


def test_join_takes_the_earlier_party_from_the_description(nlp):
    text = ("The Tories have lost several figures in recent weeks, including senior county "
            "Conservative Ewan Castellane, who announced he had joined Reform on Saturday.")
    ev = only(nlp, text)
    assert (ev.person, ev.party_from, ev.party_to) == ("Ewan Castellane", "Conservative",
                                                       "Reform UK")


def test_quotation_over_several_paragraphs_is_attributed_to_its_opener(nlp):
    text = ("Cllr Dora Wexley has quit Labour.\n"
            "In a letter to the council leader, Cllr Wexley, who represents Millgate ward, "
            'said: "I have thought about this for many months.\n'
            '"Nobody in the leadership has listened to us.\n'
            '"It is with regret that I am resigning from the Labour Party today."')
    ev = only(nlp, text)
    assert ev.person == "Dora Wexley"
    assert ev.ward == "Millgate"
    assert any("resigning from the Labour Party today" in e.sentence for e in ev.evidence)


def test_no_publication_date_keeps_only_absolute_dates(nlp):
    text = "Cllr Ines Harrow quit the Green Party in March 2021. She left Labour last week."
    events = run(nlp, text, published=None)
    ev = next(e for e in events if e.party_from == "Green")
    assert ev.date == "2021-03"
    assert all(e.date is None for e in events if e.party_from == "Labour")
