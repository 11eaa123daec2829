"""Party names in copy from outside Britain: the register's own parties read where the short
British table cannot, longer names that hold a table party, and the country an article's
cues point to."""

from __future__ import annotations

import pytest

from floorcross.extract.terms import find_parties
from floorcross.nlp.countries import guess_country, party_home
from floorcross.nlp.party_names import context_spans, party_spans


def _names(text: str, country: str | None) -> list[str]:
    return [p.name for p in find_parties(text, 0, country)]


@pytest.mark.parametrize("text", [
    "Senator Ade Bello won his seat on the platform of the Peoples Democratic Party in 2019.",
    "The lawmaker, first elected for the Peoples Democratic Party, said little.",
    "Chief Okon told reporters the Peoples Democratic Party had let his district down.",
])
def test_a_longer_registered_name_is_not_the_us_democrats(text: str) -> None:
    assert _names(text, "Nigeria") == ["Peoples Democratic Party"]


@pytest.mark.parametrize("text", [
    "She later met the North-East Democratic Alliance convener in Dispur.",
    "The Hill Democratic Alliance had backed the rival candidate.",
])
def test_a_table_party_of_another_country_gives_way_to_the_longer_name(text: str) -> None:
    assert "Democratic Alliance" not in _names(text, "India")


def test_the_same_words_in_the_home_country_stay_the_party() -> None:
    assert _names("The Democratic Alliance said it would appeal.", "South Africa") == [
        "Democratic Alliance"]
    assert party_home("Democratic Alliance") == "South Africa"
    assert party_home("Labour") is None


@pytest.mark.parametrize("text, party", [
    ("The Congress expelled its MLA from Tiruvalla for six years.", "Congress"),
    ("Ravi Nair joined the BJP in the presence of the state chief.", "BJP"),
    ("The MLA had quit the Nationalist Congress Party last year.", "Nationalist Congress Party"),
])
def test_indian_copy_reads_the_register_parties(text: str, party: str) -> None:
    assert party in _names(text, "India")


def test_british_copy_is_read_by_the_table_alone() -> None:
    assert _names("The Congress of Trades met in Leeds on Monday.", None) == []


@pytest.mark.parametrize("text, party", [
    ("after she joined the Ramesh Kale-led Nationalist Congress Party on Monday",
     "Nationalist Congress Party"),
    ("the Dinesh Rao-backed Shiv Sena faction", "Shiv Sena"),
])
def test_a_leader_written_in_front_is_not_part_of_the_name(text: str, party: str) -> None:
    spans = party_spans(text, "India")
    assert [s.name for s in spans][:1] == [party]
    assert text[spans[0].start:spans[0].end].split()[0] != text.split("-")[0].split()[-1]


def test_a_party_after_and_does_not_take_the_words_before_it() -> None:
    text = "He met Chief Minister Anil Bora and North-East Democratic Alliance convener Lal Das."
    spans = party_spans(text, "India")
    assert [text[s.start:s.end] for s in spans] == ["North-East Democratic Alliance"]
    # a name with "and" of its own is kept whole
    whole = party_spans("She stood for the Trade Unionist and Socialist Coalition.", None)
    assert [s.name for s in whole] == ["Trade Unionist and Socialist Coalition"]


@pytest.mark.parametrize("text, found", [
    ("Another MP, Lwazi Dube, jumped ship from the DA to start his own movement.", True),
    ("She had defected to the DA after the local polls.", True),
    ("The DA said on Monday that it would study the report.", False),
])
def test_short_names_need_an_affiliation_word(text: str, found: bool) -> None:
    assert bool(context_spans(text, "South Africa")) is found


@pytest.mark.parametrize("text, country", [
    ("Nairobi: Embakasi MP Otieno Wafula has defected to ODM from the UDA, the party said.",
     "Kenya"),
    ("KUALA LUMPUR - Two MPs who left PKR have asked to join Bersatu, Datuk Aziz Omar said.",
     "Malaysia"),
    ("MANILA - A Cebu congressman has bolted PDP-Laban for Lakas-CMD, his office said.",
     "Philippines"),
    ("Senator Obi Eze, who represents Enugu East Senatorial District, joined the APC.",
     "Nigeria"),
])
def test_country_cues(text: str, country: str) -> None:
    assert guess_country(text) == country


def test_a_british_jubilee_is_no_kenyan_cue() -> None:
    text = ("Councillors in Meru Road ward marked the Jubilee with a street party; a Labour "
            "councillor has since quit the group.")
    assert guess_country(text) is None
