"""The article's name book: people found without NLP, short and misspelt references, gender."""

from __future__ import annotations

from floorcross.extract.quotes_names import NameBook, first_name_gender

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
