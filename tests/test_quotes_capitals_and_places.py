"""Speakers of quotations in more of the shapes outlets write them: a first name set in
capitals, a place glued to a name, a place and a role standing for the person, a participle
opening the sentence, a leader introduced by a role word, possessive remarks, a "who" after an
apposition, a person with colleagues, and the protagonist described as "the rebel councillor".

Every article here is invented for the project.
"""

from __future__ import annotations

import pytest
from quote_speakers import speaker_of as _speaker_of
from quote_speakers import speakers as _speakers

from floorcross.extract.quotes_names import NameBook

# The first word of a story set in capitals: the surname used later is that person.
CAPS_FIRST = [
    (
        "MARTIN Hollis has refused to rule out leaving the Labour Party.\n\n"
        "Speaking to the Chronicle, Mr Hollis said: \"I will not be told what to think by "
        "people who have never knocked on a door in this town.\"",
        "I will not be told",
        "Martin Hollis",
    ),
    (
        "KAREN Whitlow, the MP for Eastby, says she is weighing up her future.\n\n"
        "\"Nobody should take my loyalty for granted any longer,\" Ms Whitlow said.",
        "Nobody should take my loyalty",
        "Karen Whitlow",
    ),
    (
        "SENIOR councillor DEREK Pallot has quit the ruling group.\n\n"
        "Cllr Pallot added: \"It was the hardest decision of my twenty years on the council.\"",
        "It was the hardest decision",
        "Derek Pallot",
    ),
]


@pytest.mark.parametrize(("text", "starts", "speaker"), CAPS_FIRST)
def test_a_first_name_in_capitals_is_still_the_first_name(text, starts, speaker, nlp):
    assert _speaker_of(text, starts, nlp) == speaker


# A place after "member for", "MP for", "councillor for" is not part of the name after it.
PLACE_BEFORE_NAME = [
    (
        "The member for Tarrow Ian Fennick has denied he will stand as an independent.\n\n"
        "Liberal MP Ian Fennick said he had been misquoted.\n\n"
        "\"I have never once thought of leaving this party,\" he wrote.",
        "I have never once thought",
        "Ian Fennick",
    ),
    (
        "The councillor for Brookvale Susan Marr has resigned from the Conservative group.\n\n"
        "\"The group no longer listens to the people who elected it,\" Mrs Marr said.",
        "The group no longer listens",
        "Susan Marr",
    ),
    (
        "Labour's candidate in Holmfirth Andrew Kell has withdrawn from the race.\n\n"
        "He said: \"My family have to come first and that is the end of the matter.\"",
        "My family have to come",
        "Andrew Kell",
    ),
]


@pytest.mark.parametrize(("text", "starts", "speaker"), PLACE_BEFORE_NAME)
def test_a_place_before_a_name_is_not_part_of_it(text, starts, speaker, nlp):
    assert _speaker_of(text, starts, nlp) == speaker


def test_the_name_book_keeps_the_place_out_of_the_name():
    book = NameBook("The member for Tarrow Ian Fennick has denied it.\n\nMr Fennick was angry.")
    assert "Ian Fennick" in book.index.names
    assert not any(n.startswith("Tarrow") for n in book.index.names)


# "The Bisley Councillor added": a place and a role, standing for the person of that place.
PLACE_AND_ROLE = [
    (
        "Nora Ashby, who has represented Wendle and Copley since 2019 as a Conservative, has "
        "joined the Greens.\n\n"
        "The Wendle and Copley Councillor added that the party had become \"so remote from "
        "the people who need it most\".",
        "so remote from the people",
        "Nora Ashby",
    ),
    (
        "Gareth Pryce, who sits for Morden Vale, announced his move on Friday.\n\n"
        "The Morden Vale Member said it was \"the only honest thing left for me to do\".",
        "the only honest thing left",
        "Gareth Pryce",
    ),
    (
        "Alison Reeve has represented Kilby East since 2015.\n\n"
        "Writing on social media, the Kilby East Councillor said: \"I can no longer defend "
        "what the leadership is doing.\"",
        "I can no longer defend",
        "Alison Reeve",
    ),
]


@pytest.mark.parametrize(("text", "starts", "speaker"), PLACE_AND_ROLE)
def test_a_place_and_a_role_stand_for_the_person_not_a_name(text, starts, speaker, nlp):
    assert _speaker_of(text, starts, nlp) == speaker


# A participle opening the sentence names someone else; the speaker is who follows.
PARTICIPLE_OPENERS = [
    (
        "Announcing Mr Hale's defection at the spring conference, party leader Rosa Quint "
        "said: \"This will be the first of many councillors to join us this year.\"",
        "This will be the first",
        "Rosa Quint",
    ),
    (
        "Welcoming Cllr Dunne to the group, Kerrow Independents group leader, Cllr Paul "
        "Venn said: \"Sam has served his ward with real dedication for a decade.\"",
        "Sam has served his ward",
        "Paul Venn",
    ),
    (
        "Congratulating Ms Okoro on her election, council leader Tom Brierley said: \"She "
        "will be a formidable voice for the east of the borough.\"",
        "She will be a formidable",
        "Tom Brierley",
    ),
]


@pytest.mark.parametrize(("text", "starts", "speaker"), PARTICIPLE_OPENERS)
def test_the_object_of_an_opening_participle_does_not_speak(text, starts, speaker, nlp):
    assert _speaker_of(text, starts, nlp) == speaker


# A full name after a role word, behind a body's name: "Wyre Dale Conservative group leader".
ROLE_THEN_NAME = [
    (
        "Hollow Vale Conservative group leader Marcus Hale said: \"I am delighted to welcome "
        "him into the group after his years with the Liberals.\"",
        "I am delighted to welcome",
        "Marcus Hale",
    ),
    (
        "Brenley Labour cabinet member Priya Lal told the Echo: \"We have lost a good "
        "colleague but the work of this council goes on.\"",
        "We have lost a good",
        "Priya Lal",
    ),
    (
        "East Fallow SNP branch convener Ailsa Grant added: \"The door remains open should "
        "he ever wish to come back.\"",
        "The door remains open should",
        "Ailsa Grant",
    ),
]


@pytest.mark.parametrize(("text", "starts", "speaker"), ROLE_THEN_NAME)
def test_a_name_after_a_role_word_speaks_not_the_body_before_it(text, starts, speaker, nlp):
    assert _speaker_of(text, starts, nlp) == speaker


def test_a_spokesperson_for_a_named_leader_is_nobody(nlp):
    text = ("A spokesman for group leader Ann Roe said: \"We will not be commenting on "
            "internal matters at this time.\"")
    assert _speaker_of(text, "We will not be commenting", nlp) is None


# The owner of a remark the article quotes: "his “...” remark".
REMARKS = [
    (
        "Opposition parties kept up their attack on councillor Ravi Dutt over his \"we will "
        "sell the park to the highest bidder\" remark, demanding an apology.",
        "we will sell the park",
        "Ravi Dutt",
    ),
    (
        "Campaigners have condemned Senator Joan Keel for her \"the unemployed should simply "
        "move somewhere else\" comments, calling them heartless.",
        "the unemployed should simply move",
        "Joan Keel",
    ),
    (
        "The row over Mayor Colin Tait's \"this town is finished without a bypass\" claim "
        "dominated the meeting, where members said it was untrue.",
        "this town is finished without",
        "Colin Tait",
    ),
]


@pytest.mark.parametrize(("text", "starts", "speaker"), REMARKS)
def test_a_possessed_remark_is_its_owners(text, starts, speaker, nlp):
    assert _speaker_of(text, starts, nlp) == speaker


# "who said" after a name and its apposition: the name speaks.
WHO_AFTER_APPOSITION = [
    (
        "He was welcomed back to the chamber by Cllr Owen Rudd, leader of the Liberal group, "
        "who said: \"Everyone here is glad to see you back in your seat.\"",
        "Everyone here is glad to",
        "Owen Rudd",
    ),
    (
        "The motion was seconded by Megan Tilley, a former mayor of the town, who told "
        "members: \"We cannot keep putting this decision off for another year.\"",
        "We cannot keep putting this",
        "Megan Tilley",
    ),
    (
        "Questions were raised by Brian Oakes, the group's finance spokesman, who said: \"The "
        "figures simply do not add up and residents deserve better.\"",
        "The figures simply do not",
        "Brian Oakes",
    ),
]


@pytest.mark.parametrize(("text", "starts", "speaker"), WHO_AFTER_APPOSITION)
def test_who_after_an_apposition_is_the_name_before_it(text, starts, speaker, nlp):
    assert _speaker_of(text, starts, nlp) == speaker


# A name with an apposition holding commas, then "said": the name is the subject.
def test_a_long_apposition_with_commas_keeps_the_name_as_speaker(nlp):
    text = (
        "Cllr Ann Roe quit the Conservatives on Monday.\n\n"
        "Tom Dale, who is the Liberal group leader on Ayr, Troon and Irvine council, said he "
        "was sorry to see her go.\n\n"
        "He said: \"This has been coming for some time and we will move on without her.\""
    )
    assert _speaker_of(text, "This has been coming for", nlp) == "Tom Dale"


def test_a_name_reported_after_an_apposition_does_not_take_the_floor(nlp):
    text = (
        "Cllr Bill Tarn, chairman of the Westmoor Conservative Association, said Cllr Harvey "
        "Rudd was a valued colleague.\n\n"
        "He said: \"The association holds every candidate to the very highest standard.\""
    )
    assert _speaker_of(text, "The association holds every candidate", nlp) == "Bill Tarn"


# A person "and his colleagues", "and her fellow members": a group, no single speaker.
WITH_OTHERS = [
    "\"We do not recognise the disciplinary process or the decisions of this leadership,\" "
    "Thabo Ndlela and his colleagues said.",
    "Ruth Cairns and her fellow councillors said: \"We do not recognise the disciplinary "
    "process or the decisions of this leadership.\"",
    "\"We do not recognise the disciplinary process or the decisions of this leadership,\" "
    "said Cllr Ivor Penn and two others in a statement.",
]


@pytest.mark.parametrize("text", WITH_OTHERS)
def test_a_person_speaking_with_others_is_no_single_speaker(text, nlp):
    assert _speaker_of(text, "We do not recognise the", nlp) is None


# "The rebel councillor", "the renegade MP": the person the story is about.
PROTAGONIST = [
    (
        "A councillor has quit Labour days after the election.\n\n"
        "Councillor Hugh Barrow became an independent after claiming colleagues plotted "
        "against him.\n\n"
        "Cllr Jenny Wrigley said: \"He has let down everyone who voted for him in May.\"\n\n"
        "The renegade councillor says he stood for the party because he was selected.\n\n"
        "He said: \"I was elected to serve my ward and that is exactly what I will do.\"",
        "I was elected to serve",
        "Hugh Barrow",
    ),
    (
        "An MP has been suspended by the Conservatives.\n\n"
        "Leonard Shaw was told of the decision on Tuesday morning.\n\n"
        "Party chairman Peter Mace said: \"These are serious matters and they will be "
        "investigated properly.\"\n\n"
        "The suspended MP said it was \"a politically motivated attack on my reputation\".",
        "a politically motivated attack on",
        "Leonard Shaw",
    ),
    (
        "A Green councillor has defected to the Liberal Democrats.\n\n"
        "Cllr Ruth Nance said she had felt unwelcome for months.\n\n"
        "Group leader Ian Firth responded: \"We wish her well but the voters chose a Green "
        "councillor.\"\n\n"
        "The defecting councillor added: \"I have not changed. The Green group has changed "
        "around me.\"",
        "I have not changed. The",
        "Ruth Nance",
    ),
]


@pytest.mark.parametrize(("text", "starts", "speaker"), PROTAGONIST)
def test_the_rebel_described_is_the_story_person(text, starts, speaker, nlp):
    assert _speaker_of(text, starts, nlp) == speaker


# A surname after a title is a surname even when it is also a first name.
TITLED_FIRST_NAMES = [
    (
        "Council leader Mrs Jeffrey said she was disappointed by the decision.\n\n"
        "She said: \"We have been told by Councillor Alan Poole that he has left the group.\"",
        "We have been told by",
        "Jeffrey",
    ),
    (
        "Opposition leader Mr Douglas called the defection a betrayal.\n\n"
        "He said: \"The voters of this ward deserve an immediate by-election now.\"",
        "The voters of this ward",
        "Douglas",
    ),
    (
        "Ms Frances, who chairs the group, was not surprised.\n\n"
        "\"We saw this coming months ago and planned for it,\" she said.",
        "We saw this coming months",
        "Frances",
    ),
]


@pytest.mark.parametrize(("text", "starts", "speaker"), TITLED_FIRST_NAMES)
def test_a_first_name_after_a_title_is_a_surname(text, starts, speaker, nlp):
    assert _speaker_of(text, starts, nlp) == speaker


# A peer resolved by "the Labour peer": the peer just quoted, not another named earlier.
def test_the_peer_is_the_last_peer_speaking(nlp):
    text = (
        "Three Labour peers have resigned the whip.\n\n"
        "The former minister and Labour Peer Lord Hallam has also confirmed his resignation.\n\n"
        "Lord Pember said: \"My sad conclusion is that the party has lost its way entirely.\n\n"
        "\"The examples are simply too many to list.\"\n\n"
        "The Labour peer went on to say the problem had \"become clearer at the very top of "
        "the party\"."
    )
    assert _speaker_of(text, "become clearer at the very", nlp) == "Pember"


def test_a_peer_with_a_territorial_title_is_the_peer(nlp):
    text = (
        "He was joined by the former minister Lord Ashdown of Kelby, who told the radio "
        "programme: \"I confirm I am leaving the whip to sit as an independent.\""
    )
    assert _speaker_of(text, "I confirm I am leaving", nlp) == "Ashdown"


# A quotation opened after "said:" with a single mark and no close continues in the next
# paragraphs that open with a single mark (tabloid style).
SINGLE_OPENED_MID = [
    "In a statement, Mr Arden said: 'This has been a hard decision which will anger some "
    "people and surprise others.\n\n'My reason for joining was concern for the planet.\n\n"
    "'I no longer feel at home in the party.'",
    "Ms Bray told the paper, 'This has been a hard decision which will anger some people "
    "and surprise others.\n\n'I no longer feel at home in the party.'",
    "Cllr Tovey wrote: 'This has been a hard decision which will anger some people and "
    "surprise others.\n\n'I no longer feel at home in the party.'",
]


@pytest.mark.parametrize("text", SINGLE_OPENED_MID)
def test_a_single_mark_opened_after_a_colon_runs_over_paragraphs(text, nlp):
    found = _speakers(text, nlp)
    assert any(k.startswith("This has been a hard") for k in found), list(found)
    assert any(k.startswith("I no longer feel at") for k in found), list(found)
    assert len({v for v in found.values()}) == 1


def test_an_unclosed_single_mark_inside_a_sentence_opens_nothing(nlp):
    text = ("Members of the 'old guard group have not spoken since the vote in the chamber.\n\n"
            "'They will be back next year, their friends said.")
    assert not any(k.startswith("old guard group") for k in _speakers(text, nlp))


# Surnames that are also party names or months, after a first name.
SURNAMES_LIKE_WORDS = [
    (
        "HELEN Green is to stand down at the next election, the MP has confirmed.\n\n"
        "In a statement, Ms Green said: \"It has been the privilege of my life to serve "
        "this constituency.\"",
        "It has been the privilege",
        "Helen Green",
    ),
    (
        "Former minister Damian Green said he would back the motion.\n\n"
        "\"We cannot go on pretending that nothing has changed,\" Mr Green added.",
        "We cannot go on pretending",
        "Damian Green",
    ),
    (
        "Theresa May told the chamber she would not resign.\n\n"
        "Mrs May said: \"I will see this through to the very end for the country.\"",
        "I will see this through",
        "Theresa May",
    ),
]


@pytest.mark.parametrize(("text", "starts", "speaker"), SURNAMES_LIKE_WORDS)
def test_a_surname_that_is_also_a_party_or_month(text, starts, speaker, nlp):
    assert _speaker_of(text, starts, nlp) == speaker


# A long run of a body and an office before the name: the name is the speaker.
LONG_OFFICE_RUNS = [
    "Sinn Fein Assembly Group Chief Whip Niall Devlin said that he was disappointed by Mr "
    "Rooney's move. He also claimed it was about personal issues.\n\n"
    "\"Sean has been a member of the party for many years and knows our policies,\" he said.",
    "Scottish Labour Holyrood Group Business Manager Niall Devlin said he regretted Mr "
    "Rooney's decision.\n\n"
    "\"Sean has been a member of the party for many years and knows our policies,\" he said.",
    "North Ayr Independent Alliance Group Deputy Leader Niall Devlin said he was sorry to see "
    "Mr Rooney go.\n\n"
    "\"Sean has been a member of the party for many years and knows our policies,\" he said.",
]


@pytest.mark.parametrize("text", LONG_OFFICE_RUNS)
def test_a_name_after_a_long_office_run_is_found(text, nlp):
    assert _speaker_of(text, "Sean has been a member", nlp) == "Niall Devlin"


# "X said they ..., but ... Cllr Y said": a new clause gives Y the floor again.
def test_a_but_clause_ends_reported_speech(nlp):
    text = (
        "Alan Hale, Tom Birch and Joy Lane all lost out in the selection.\n\n"
        "Tom Birch has led the group since 2012.\n\n"
        "All three said they backed the process, but after fifty years in the ward, Cllr Hale "
        "said he was sad to go.\n\n"
        "He added: \"I have been knocked down before and I will get up again this time.\""
    )
    assert _speaker_of(text, "I have been knocked down", nlp) == "Alan Hale"


# A name as the object of "welcome", "praise", "thank" does not take the floor.
OBJECT_NAMES = [
    "Cllr Owen Tate, leader of the Reform group, said he was \"delighted\" to welcome Mr Pryor, "
    "who he said \"brings years of experience and a real record of service\".",
    "Group leader Owen Tate said he wanted to thank Cllr Pryor, who he said \"brings years of "
    "experience and a real record of service\".",
    "Owen Tate, the party's county chairman, was quick to praise Mr Pryor, who he said "
    "\"brings years of experience and a real record of service\".",
]


@pytest.mark.parametrize("text", OBJECT_NAMES)
def test_the_one_welcomed_is_not_the_speaker(text, nlp):
    text = "Dan Pryor has joined Reform UK after ten years as a Liberal Democrat.\n\n" + text
    assert _speaker_of(text, "brings years of experience and", nlp) == "Owen Tate"
