"""The article's name book: people found without NLP, short and misspelt references, gender."""

from __future__ import annotations

from floorcross.extract.quotes_names import NameBook, credit_spans, first_name_gender

TEXT = (
    "Councillor Maeve O'Rourke-Dunne has left the party. Ms O’Rourke-Dunne said she was sad.\n"
    "Party treasurer Kwabena Asante, 52, disagreed. Later McAllister spoke.\n"
    "Senator Padraig MacAllister said nothing. The Dunmore Gazette said the party was split.\n"
)


def test_people_are_found_by_titles_ages_and_first_names():
    book = NameBook(TEXT)
    assert {"Maeve O'Rourke-Dunne", "Kwabena Asante", "Padraig MacAllister"} <= set(
        book.index.names
    )
    assert "Dunmore Gazette" not in book.index.names  # an outlet, not a person


def test_surname_and_misspelt_surname_resolve_to_the_full_name():
    book = NameBook(TEXT)
    assert book.full("Mr Asante") == "Kwabena Asante"
    assert book.full("McAllister") == "Padraig MacAllister"


def test_gender_from_titles_then_first_names():
    book = NameBook(TEXT)
    assert book.gender_of("Maeve O'Rourke-Dunne") == "f"
    assert book.gender_of("Padraig MacAllister") is None  # neither titled nor listed
    assert first_name_gender("Siobhan") == "f" and first_name_gender("Gareth") == "m"
    assert first_name_gender("Kwabena") is None


def test_mentions_skip_names_shared_by_two_people():
    book = NameBook("Cllr Ann Hale and Cllr Tom Hale both quit. Hale said it was over.")
    assert all(m.name in ("Ann Hale", "Tom Hale") for m in book.mentions())
    assert not any(book.text[m.pos : m.end] == "Hale" for m in book.mentions())


def test_photo_credits_name_nobody():
    text = (
        "Cllr Ann Roe (Picture: Tomas Hurley) spoke on Monday.\n"
        "Photo: Gail Brennock / Westmoor Agency\n"
        "Image credit: Peter Stroud\n"
    )
    book = NameBook(text)
    assert "Ann Roe" in book.index.names
    assert not {"Tomas Hurley", "Gail Brennock", "Peter Stroud"} & set(book.index.names)
    assert all(m.name == "Ann Roe" for m in book.mentions())
    credited = [text[a:b] for a, b in credit_spans(text)]
    assert credited[0] == "Picture: Tomas Hurley"
    assert credited[1].startswith("Photo: Gail Brennock")


def test_long_title_runs_keep_the_name_after_the_title():
    book = NameBook("Senate Majority Leader Dwight Emmerling welcomed him. "
                    "Chief Minister Bhupinder Rawat was there too.")
    assert {"Dwight Emmerling", "Bhupinder Rawat"} <= set(book.index.names)


def test_a_shared_surname_does_not_share_a_title_gender():
    book = NameBook("Cllr Diane Whitworth and her husband Geoff Whitworth spoke. "
                    "Ms Whitworth said little.")
    assert book.gender_of("Geoff Whitworth") == "m"
    assert book.gender_of("Diane Whitworth") == "f"
