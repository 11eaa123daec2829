"""The cheap filter in front of the parser: sentence offsets and which sentences qualify."""

from __future__ import annotations

from floorcross.extract.candidates import (
    candidate_indices,
    is_candidate,
    split_sentences,
    with_context,
)


def test_sentences_keep_offsets_into_the_text():
    text = "  Cllr. Ann Lee quit Labour. She said so!\n\nThe end?  \"Yes.\" Next one"
    sents = split_sentences(text)
    pieces = [text[s.start : s.end] for s in sents]
    assert pieces == ["Cllr. Ann Lee quit Labour.", "She said so!", "The end?", '"Yes."',
                      "Next one"]


def test_titles_and_initials_do_not_end_sentences():
    text = "Mr. J. Smith and Dr. Patel left the Greens. Then Mrs. Khan joined."
    pieces = [text[s.start : s.end] for s in split_sentences(text)]
    assert pieces == ["Mr. J. Smith and Dr. Patel left the Greens.", "Then Mrs. Khan joined."]


def test_trigger_and_party_signal_make_a_candidate():
    assert is_candidate("Cllr Ann Lee has quit Labour.")
    assert is_candidate("She has defected to Reform UK.")
    assert is_candidate("He had the whip withdrawn on Monday.")
    assert is_candidate("She tore up her membership card.")
    assert is_candidate("He will now sit as an independent.")
    assert is_candidate("He resigned on Friday.", previous="He had been a Tory councillor.")


def test_sentences_without_trigger_or_party_signal_are_skipped():
    assert not is_candidate("The council approved its budget on Tuesday.")
    assert not is_candidate("Labour won the by-election comfortably.")
    assert not is_candidate("She left the meeting early.")


def test_candidate_indices_and_context():
    text = "Budget news. Parking fees rise. Cllr Lee quit the party. Weather is fine. End."
    sents = split_sentences(text)
    assert candidate_indices(text, sents) == [2]
    assert with_context([2], len(sents), before=1, after=1) == [1, 2, 3]
    assert with_context([0, 4], len(sents), before=3, after=1) == [0, 1, 2, 3, 4]


def test_removals_returns_and_independents_are_candidates():
    assert is_candidate("She was removed from the Liberal caucus in 2022.")
    assert is_candidate("The MP was dumped from preselection after a branch vote.")
    assert is_candidate("He lost preselection to a local lawyer.", previous="A Liberal MP ...")
    assert is_candidate("Councillors voted to remove Cllr Ann Lee from their group.")
    assert is_candidate("Cllr Ann Lee is returning to Labour.")
    assert is_candidate("The now-independent councillor said she was pushed out.")
    assert is_candidate('"From today I will be an independent councillor," he said.')
    assert is_candidate("She became the second member to do so, after an independent.")


def test_ordinary_returns_and_removals_without_a_party_are_skipped():
    assert not is_candidate("She returned to the chamber after illness.")
    assert not is_candidate("The bins were removed from the car park.")


def test_word_hyphenated_across_a_line_break_stays_in_its_sentence():
    text = "Cllr Rhys Mor-\ngan has quit the party.\nHe was first elected in 2019.\nA note-\nTaken"
    got = [text[s.start:s.end] for s in split_sentences(text)]
    assert got[0] == "Cllr Rhys Mor-\ngan has quit the party."
    assert got[1] == "He was first elected in 2019."
    assert got[2:] == ["A note-", "Taken"]  # a capital after the break still starts a line


def test_indian_party_named_bare_is_a_party_signal():
    assert is_candidate("Two-time MLA Kavitha Rao joined the BJP in Bengaluru on Saturday.")
    assert is_candidate("The former minister has switched to the Aam Aadmi outfit.")
    assert not is_candidate("She joined Congress staffers for lunch on Capitol Hill.")


def test_abbreviated_month_before_a_day_does_not_end_the_sentence():
    text = ("MPP Lena Roy left the caucus on Dec. 18 after a vote. She sits alone. "
            "It was Jan. Snow fell.")
    got = [text[s.start:s.end] for s in split_sentences(text)]
    assert got[0] == "MPP Lena Roy left the caucus on Dec. 18 after a vote."
    assert got[-2:] == ["It was Jan.", "Snow fell."]


def test_hyphenated_and_lifted_sanctions_are_candidates():
    assert is_candidate("Cllr Ann Lee has been re-admitted to the party.")
    assert is_candidate("The MP was de-selected by her local party.")
    assert is_candidate("He was later re-instated as a member.")
    assert is_candidate("Two councillors have had their bans lifted.", previous="Labour said so.")
    assert is_candidate("Her party membership has been restored.")
    assert is_candidate("The leader kicked MPP Jo Dunn out of caucus on Friday.")


def test_titled_member_is_a_party_signal_for_a_sanction():
    assert is_candidate("His suspension follows that of former council leader Coun Ray Dunn "
                        "in June.")
    assert is_candidate("Two MPs were suspended last year.")
    assert not is_candidate("The club suspended its coach after the match.")


def test_abbreviation_at_the_end_of_a_long_sentence_does_not_split():
    text = ("The motion on the harbour budget was tabled late on Tuesday evening by Dr. "
            "Ines Marrow, who chairs the committee.")
    assert len(split_sentences(text)) == 1


def test_a_word_ending_like_an_abbreviation_still_ends_its_sentence():
    # "Dr." ends the word "OmniDr" here: no title, so the sentence ends.
    text = "The party bought its canvassing app from OmniDr. The members left before noon."
    assert [text[s.start : s.end] for s in split_sentences(text)] == [
        "The party bought its canvassing app from OmniDr.", "The members left before noon."]
