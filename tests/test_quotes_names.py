"""The article's name book: people found without NLP, short and misspelt references, gender."""

from __future__ import annotations

from floorcross.extract.first_names import first_name_gender
from floorcross.extract.quotes_names import NameBook, credit_spans

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
    assert book.gender_of("Padraig MacAllister") == "m"  # an Irish first name
    assert book.gender_of("Kwabena Asante") is None  # neither titled nor listed
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


def test_a_surname_given_only_with_a_title_is_a_person():
    book = NameBook("The party expelled the MP. Mr Achterberg said he would appeal. "
                    "Dr Nwankwo-Ellis, a former treasurer, disagreed.")
    assert {"Achterberg", "Nwankwo-Ellis"} <= set(book.index.names)
    assert book.gender_of("Achterberg") == "m"
    assert "Achterberg" in {m.name for m in book.mentions()}


def test_a_titled_surname_stands_for_the_full_name_when_the_article_gives_it():
    book = NameBook("Cllr Kwabena Asante quit. Mr Asante said it was over. Mr Assante left.")
    assert "Asante" not in book.index.names and "Assante" not in book.index.names
    assert book.full("Mr Assante") == "Kwabena Asante"


def test_single_names_with_an_initial_an_apposition_or_a_speech_verb():
    text = ("Congress legislator R. Thenmozhiyal has resigned.\n"
            "Kalaivanan, a former minister, welcomed her.\n"
            "Thenmozhiyal said she was hurt. Separately, the party met. Officials said so.")
    names = set(NameBook(text).index.names)
    assert {"Thenmozhiyal", "Kalaivanan"} <= names
    assert not {"Separately", "Officials"} & names


def test_names_do_not_run_over_a_line_break():
    book = NameBook("Minister quits over the Housing Bill\nShadow minister Tom Okafor resigned.")
    assert "Bill Shadow" not in book.index.names
    assert "Tom Okafor" in book.index.names


def test_party_names_and_panels_are_not_people():
    book = NameBook("Cllr Ann Roe left the Lib Dem group. The appeal was rejected by the "
                    "Independent Expert Panel.")
    assert not {"Lib Dem", "Expert Panel"} & set(book.index.names)


def test_a_name_after_a_comma_and_a_role_noun_is_a_person():
    book = NameBook("The party's business manager, Morven Strachan, defended the decision.")
    assert "Morven Strachan" in book.index.names


def test_a_name_inside_a_who_clause_is_not_the_subject():
    text = "Tom Okafor, who served under Jeremy Haldane, said he was pleased."
    subjects = {m.name: m.subject for m in NameBook(text).mentions()}
    assert subjects == {"Tom Okafor": True, "Jeremy Haldane": False}


def test_a_capitalised_pair_that_acts_and_is_taken_up_by_a_pronoun_is_a_person():
    book = NameBook("Tarryn Voss quit Labour on Monday, saying she had been ignored. "
                    "Northern Ireland has a new executive and he is pleased.")
    assert book.index.names == ["Tarryn Voss"]


def test_irish_names_with_particles_and_accents():
    book = NameBook("Cllr Seán Ó Súilleabháin said he was leaving. "
                    "Aoife Ní Bhriain, a councillor, disagreed.")
    assert {"Seán Ó Súilleabháin", "Aoife Ní Bhriain"} <= set(book.index.names)
    assert book.gender_of("Aoife Ní Bhriain") == "f"


def test_a_title_written_with_the_name_each_time_is_kept():
    book = NameBook(
        "Former MP Aupito Tom Sio has quit Labour. Aupito Tom Sio said he had no regrets.\n"
        "Sio said the party had changed.\n"
    )
    assert "Aupito Tom Sio" in book.index.names
    assert book.full("Sio") == "Aupito Tom Sio"
    assert book.full("Tom Sio") == "Aupito Tom Sio"  # the short form stands for the full one


def test_a_sentence_opener_before_a_name_is_not_a_title():
    book = NameBook("Critics of the plan were loud. Recently Ann Roe quit. Ann Roe said so.\n"
                    "It happened recently.\n")
    assert "Ann Roe" in book.index.names
    assert "Recently Ann Roe" not in book.index.names


def test_names_inside_reported_speech_are_not_subjects():
    book = NameBook("Cllr Colin Ferrity said he was glad that Mr Desmond Harkin had joined.")
    harkin = [m for m in book.mentions() if m.name == "Desmond Harkin"]
    ferrity = [m for m in book.mentions() if m.name == "Colin Ferrity"]
    assert harkin and not harkin[0].subject
    assert ferrity and ferrity[0].subject
