"""Quotation speakers through mechanisms that failed on real coverage: the person after a body
and a role in an inverted tag, a document that introduces a quotation without an author,
quotations set inside narrative that speaks of no speech, a spokesperson's short quotation
leading into a longer one, a possessive in an object, a subject the tagger missed, a caption
inside a running quotation and a space after an opening mark.

Every article here is invented for the project.
"""

from __future__ import annotations

import pytest
from quote_speakers import speaker_of as _speaker_of
from quote_speakers import speakers as _speakers

from floorcross.extract.quotes_scan import scan_quotes

# "said <body> <role> <Name>": the person speaks, not the body before the role.
INVERTED_ROLE = [
    (
        "Cllr Dara Pym has left the Wexley Independents.\n\n"
        "\"She has to do what is right for her ward and I accept that,\" said Wexley "
        "Independents leader Colm Rafter.",
        "She has to do what",
        "Colm Rafter",
    ),
    (
        "Tom Ashby quit the party on Monday.\n\n"
        "\"I am sad to see him go after so many years of hard work,\" said Green Party deputy "
        "leader Nia Prowse.\n\n"
        "\"We will choose a new candidate for the seat before the summer.\"",
        "We will choose a new",
        "Nia Prowse",
    ),
    (
        "Councillor Joan Febry has defected to the Liberal Democrats.\n\n"
        "\"We never stopped Joan speaking her mind in this group,\" said Labour group "
        "chairman Cllr Pete Hanlon.",
        "We never stopped Joan speaking",
        "Pete Hanlon",
    ),
]


@pytest.mark.parametrize("text,starts,speaker", INVERTED_ROLE)
def test_an_inverted_tag_gives_the_person_after_the_role(text, starts, speaker, nlp):
    assert _speaker_of(text, starts, nlp) == speaker


# A letter or statement that names no author introduces the quotation: nobody is named as
# speaking, neither the one it was sent to nor the one it speaks of.
UNSIGNED_DOCUMENT = [
    (
        "Cllr Rhys Bevan was suspended by the group last month.\n\n"
        "Cllr Bevan said: \"I intend to fight this decision all the way to the top.\"\n\n"
        "A letter sent to Cllr Bevan informing him of the outcome read: \"The panel found "
        "that you had acted against the agreed position of the group.\n\n"
        "\"You may appeal to the regional party within twenty-one days of this letter.\"",
        ("The panel found that you", "You may appeal to the"),
    ),
    (
        "Mayor Aled Quist has been told to apologise.\n\n"
        "The group later issued a statement criticising Mr Quist's remarks.\n\n"
        "The statement, in which the group set out its concerns, read: \"Mr Quist has "
        "accepted that his words caused real hurt to residents.\"",
        ("Mr Quist has accepted that",),
    ),
    (
        "Councillor Ivy Marden has been expelled from the party.\n\n"
        "Ms Marden said: \"I did nothing wrong and my conscience is completely clear.\"\n\n"
        "An email sent to members about the expulsion said: \"Councillor Marden repeatedly "
        "campaigned against the candidates of this party.\"",
        ("Councillor Marden repeatedly campaigned against",),
    ),
]


@pytest.mark.parametrize("text,starts", UNSIGNED_DOCUMENT)
def test_a_document_with_no_author_gives_no_speaker(text, starts, nlp):
    for start in starts:
        assert _speaker_of(text, start, nlp) is None


# A quotation inside a narrative sentence with no speech verb: a charge, a flyer, a ruling.
EMBEDDED = [
    (
        "Cllr Owen Tarrant said: \"I am leaving because the group has lost its way.\"\n\n"
        "The party later received a complaint.\n\n"
        "Mr Tarrant had a charge dropped in March of \"behaving in a disorderly way at a "
        "public meeting\" in the town hall.",
        "behaving in a disorderly way",
    ),
    (
        "Cllr Bea Lowther said: \"The party has not listened to this town for years.\"\n\n"
        "The report was published on Friday.\n\n"
        "It found Cllr Lowther handed out leaflets carrying \"strong messages against the "
        "council budget and its cuts\" during the campaign.",
        "strong messages against the council",
    ),
    (
        "Senator Ross Keeble said: \"I never wanted to leave but they gave me no choice.\"\n\n"
        "The hearing took two days.\n\n"
        "Keeble was cleared in June of \"bringing the chamber into disrepute through his "
        "conduct\" by the ethics panel.",
        "bringing the chamber into disrepute",
    ),
]


@pytest.mark.parametrize("text,starts", EMBEDDED)
def test_a_quotation_set_in_narrative_is_not_the_last_speakers(text, starts, nlp):
    assert _speaker_of(text, starts, nlp) is None


def test_a_quotation_with_a_speech_verb_keeps_its_speaker(nlp):
    text = ("Cllr Owen Tarrant has left the group.\n\n"
            "Mr Tarrant said the group had \"lost its way over the budget and the library "
            "closures\" this year.")
    assert _speaker_of(text, "lost its way over the", nlp) == "Owen Tarrant"


# "A UKIP spokesman said the party was “saddened”." then a quotation of its own paragraph:
# the spokesperson, who is nobody named, not the defector spoken of.
SPOKESPERSON_LEAD = [
    (
        "Cllr Hal Bryce has joined the Conservatives.\n\n"
        "\"I could not defend the party any longer,\" he said.\n\n"
        "A Reform spokesman said the party was \"disappointed\" by Cllr Bryce's move.\n\n"
        "\"He was elected on our ticket and should stand again to let voters decide.\"",
        "He was elected on our",
    ),
    (
        "Mel Corrie has left Labour to sit as an independent.\n\n"
        "\"It was time to go,\" Ms Corrie said.\n\n"
        "A party source said colleagues were \"baffled\" by Ms Corrie's timing.\n\n"
        "\"Nobody saw this coming and nobody was told about it in advance.\"",
        "Nobody saw this coming and",
    ),
    (
        "Ifor Jenks has quit the Greens.\n\n"
        "\"My heart is no longer in it,\" Mr Jenks said.\n\n"
        "A Green spokeswoman said members were \"sorry\" to see Mr Jenks go.\n\n"
        "\"We thank him for his work and wish him well in whatever he does next.\"",
        "We thank him for his",
    ),
]


@pytest.mark.parametrize("text,starts", SPOKESPERSON_LEAD)
def test_a_spokespersons_short_quote_hands_on_to_nobody(text, starts, nlp):
    assert _speaker_of(text, starts, nlp) is None


# "he said" after "Roe accepted Lee's resignation, but added ...": Roe, the subject.
POSSESSIVE_OBJECT = [
    (
        "Dan Olway has resigned from the Alliance.\n\n"
        "\"I have given this party ten years,\" Olway said.\n\n"
        "Party leader Ken Marsh accepted Olway's resignation, but added that he was hurt.\n\n"
        "\"When he phoned me last night I could hardly believe it,\" he said.",
        "When he phoned me last",
        "Ken Marsh",
    ),
    (
        "Sue Adair has quit the group.\n\n"
        "\"It is over for me,\" Adair said.\n\n"
        "Group chair Lena Voss welcomed Adair's frankness and wished her well.\n\n"
        "\"She was honest with me from the start and I respect that,\" she said.",
        "She was honest with me",
        "Lena Voss",
    ),
    (
        "Rob Keane has left the party.\n\n"
        "\"I am done,\" Keane said.\n\n"
        "Leader Mark Ince regretted Keane's departure at a meeting on Monday.\n\n"
        "\"He was a fine councillor and he will be missed by everyone,\" he said.",
        "He was a fine councillor",
        "Mark Ince",
    ),
]


@pytest.mark.parametrize("text,starts,speaker", POSSESSIVE_OBJECT)
def test_a_possessive_in_the_object_is_not_the_subject(text, starts, speaker, nlp):
    assert _speaker_of(text, starts, nlp) == speaker


# A picture's caption inside a quotation running over paragraphs.
CAPTIONED = [
    "Speaking to the Gazette, the Harlby MP said: \"I am staying put.\n\n"
    "Lord Fenwick\n\nLord Fenwick\n\nPA Images\n\n"
    "\"Some colleagues might say I am too stubborn to move, and they would be right about "
    "that.\"",
    "Sir Alan Peel, the Harlby MP, told reporters: \"I am staying put.\n\n"
    "Dame Rosa Kett\n\n"
    "\"Some colleagues might say I am too stubborn to move, and they would be right about "
    "that.\"",
    "Sir Alan Peel said: \"I am staying put.\n\nAlan Peel speaking on Monday\n\nGetty\n\n"
    "\"Some colleagues might say I am too stubborn to move, and they would be right about "
    "that.\"",
]


@pytest.mark.parametrize("text", CAPTIONED)
def test_a_caption_does_not_end_a_running_quotation(text, nlp):
    spans = scan_quotes(text)
    assert len({s.chain for s in spans}) == 1
    if "Sir Alan Peel" in text:
        found = _speakers("Sir Alan Peel is the Harlby MP.\n\n" + text, nlp)
        assert found["Some colleagues might say I"] == "Alan Peel"


def test_a_sentence_after_an_open_quotation_is_no_caption():
    text = ("Roe said: \"I am staying put.\n\nThe meeting ended at nine.\n\n"
            "\"Some colleagues might say I am too stubborn to move.\"")
    assert len({s.chain for s in scan_quotes(text)}) == 2


# A stray space after an opening mark that a colon or comma introduces.
SPACED_MARK = [
    "Calling the report false, Roe while speaking to reporters in Leeds said, \" News is "
    "wrong, I am staying with the party and will remain here.\"",
    "Ann Roe said: \" This is simply untrue and I have never spoken to them about it.\"",
    "Asked about the claim, Ann Roe replied, \" Nobody from that party has ever asked me "
    "to join them.\"",
]


@pytest.mark.parametrize("text", SPACED_MARK)
def test_a_space_after_an_introduced_mark_still_opens(text, nlp):
    found = _speakers("Ann Roe is a Labour MLA.\n\n" + text, nlp)
    assert len(found) == 1
    assert next(iter(found.values())) == "Ann Roe"


def test_a_lone_mark_between_spaces_opens_nothing():
    assert scan_quotes("The vote was 12 \" to 4 on the night, with two abstentions.") == []


# A subject the tagger took for a common noun is still the person named by it.
TAGGER_MISS = [
    (
        "Ewan McCaig has left the SNP.\n\n"
        "McCaig was a councillor for nine years and explained he had been \"worn down by "
        "the constant infighting at the top\" of the party.",
        "worn down by the constant",
        "Ewan McCaig",
    ),
    (
        "Ffion ApRhys has quit Plaid.\n\n"
        "ApRhys sat for the ward since 2012 and said she was \"no longer able to support "
        "the leadership\" in good conscience.",
        "no longer able to support",
        "Ffion ApRhys",
    ),
    (
        "Cllr Declan O'Dowd has resigned from the group.\n\n"
        "O'Dowd served as whip for a decade and added that he had \"lost all faith in "
        "the way the group is run\" this year.",
        "lost all faith in the",
        "Declan O'Dowd",
    ),
]


@pytest.mark.parametrize("text,starts,speaker", TAGGER_MISS)
def test_a_conjoined_speech_verb_keeps_the_named_subject(text, starts, speaker, nlp):
    assert _speaker_of(text, starts, nlp) == speaker


# A scare quote in narrative between a speaker's paragraphs does not take the floor.
SCARE_BETWEEN = [
    "Cllr Gil Farrow said the changes \"went far too far\", he said.\n\n"
    "\"They have been too harsh on people who gave years to the party.\n\n"
    "The members being \"purged\" were not the ones to blame for the results.\n\n"
    "\"If you want to know who is to blame, look at those who run the place now.\"",
    "\"The party has been far too harsh on its own people,\" Cllr Gil Farrow said.\n\n"
    "Those \"dropped\" from the list were long-serving councillors.\n\n"
    "\"If you want to know who is to blame, look at those who run the place now.\"",
    "Cllr Gil Farrow told the Echo: \"The party has been far too harsh on its own.\"\n\n"
    "The so-called \"clear-out\" began in the spring.\n\n"
    "\"If you want to know who is to blame, look at those who run the place now.\"",
]


@pytest.mark.parametrize("text", SCARE_BETWEEN)
def test_a_scare_quote_in_narrative_does_not_take_the_floor(text, nlp):
    assert _speaker_of(text, "If you want to know", nlp) == "Gil Farrow"
