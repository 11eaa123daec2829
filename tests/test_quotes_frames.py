"""Attribution read from the text alone, before any parse."""

from __future__ import annotations

from floorcross.extract.quotes_frames import is_silent, quick_after, quick_before, quick_before_all


def _before(text: str):
    return quick_before_all(text, 0, text.index("something"))


def test_declining_to_comment_is_not_speaking():
    assert is_silent("Labour's regional office declined to comment.")
    assert is_silent("Mr Roe did not respond to a request for comment.")
    assert is_silent("The party has not yet replied to questions.")
    assert not is_silent("Mr Roe said he would respond in due course.")


def test_passive_subject_of_a_speech_verb_is_left_to_the_parse():
    text = "Ann Roe was told by Tom Lee: something"
    assert quick_before(text, 0, text.index("something")) is None
    text = "Ann Roe told Tom Lee: something"
    assert quick_before(text, 0, text.index("something")).value == "Ann Roe"


def test_a_description_before_a_bare_colon_is_passed_over():
    names = [q.value for q in _before("Opposition leader Ian Marks: something")]
    assert "Ian Marks" in names


def test_common_colon_shape_still_reads_the_name():
    (first, *_) = _before("Cllr Ann Roe said: something")
    assert first.value == "Cllr Ann Roe" and first.kind == "name"


def test_a_possessive_before_the_speaker_is_not_the_speaker():
    (first, *_) = _before("Roe’s deputy, Cllr Ann Lee, told the Gazette: something")
    assert first.value == "Cllr Ann Lee"
    (first, *_) = _before("Roe's former whip, Tom Lee, took a different view: something")
    assert first.value == "Tom Lee"


def test_a_description_before_an_apposed_name_after_the_quote():
    text = "something,” the Green leader on the council, Cllr Ann Roe, posted on X."
    assert quick_after(text, len("something")).value == "Cllr Ann Roe"
    text = "something,” said the group’s chair, Tom Lee, on Monday."
    assert quick_after(text, len("something")).value == "Tom Lee"
    text = "something,” the minister, who was in Leeds, said."
    assert quick_after(text, len("something")) is None
