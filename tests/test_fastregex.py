import re

import pytest

from floorcross.extract.candidates import TRIGGER_RE
from floorcross.extract.fastregex import with_first_char_check

SAMPLES = [
    "Cllr Rhona Vesk has quit the Harbour Party.",
    "QUIT! she wrote. The resignation came on Friday.",
    "He was suspended and later re-admitted by the Lantern group.",
    "Nobody moved; the council voted to keep its budget.",
    "\u212aELVIN-style letters and \u017fhip words test case folding.",
    "",
]


def _spans(rx: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in rx.finditer(text)]


@pytest.mark.parametrize("pattern, flags", [
    (r"\b(?:quit(?:s|ting)?|resign\w*|suspen(?:d|ded)|re-?admit\w*)\b", re.IGNORECASE),
    (r"\b(?:(?i:quit|lantern)|Harbour|Vesk)\b", 0),
    (r"(?:ship|kelvin)", re.IGNORECASE),
    (r"[QR]\w+|(?:the)+ council", 0),
])
def test_matches_what_the_plain_pattern_matches(pattern, flags):
    plain = re.compile(pattern, flags)
    checked = with_first_char_check(plain)
    assert checked.pattern.startswith("(?=")
    for text in SAMPLES:
        assert _spans(checked, text) == _spans(plain, text)
        for lo in range(0, len(text), 7):  # searches that start inside a text
            assert (m.span() if (m := checked.search(text, lo)) else None) == (
                m.span() if (m := plain.search(text, lo)) else None)


def test_inline_case_insensitive_group_keeps_its_folding():
    rx = with_first_char_check(re.compile(r"\b(?:(?i:labourite)|Tory)\b"))
    assert rx.search("a LABOURITE view") and rx.search("a labourite view")
    assert rx.search("a tory view") is None
    assert rx.search("a Tory view")


@pytest.mark.parametrize(
    "pattern", [r".*x", r"(?:ab)?c", r"\w+ party", r"\b", r"[^a]b", r"(?:a|\d)b"]
)
def test_patterns_without_a_known_first_character_are_left_alone(pattern):
    plain = re.compile(pattern)
    assert with_first_char_check(plain) is plain


def test_trigger_filter_is_checked_and_still_matches_triggers():
    assert TRIGGER_RE.pattern.startswith("(?=")
    assert TRIGGER_RE.search("Councillor Oda Brenn DEFECTED to the Meadow Party")
    assert TRIGGER_RE.search("the left wing of the party") is None
