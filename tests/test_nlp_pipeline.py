"""The pipeline's own labels: titles out of PERSON, wards in context, place+party splits."""

from __future__ import annotations

import pytest

from floorcross.nlp import find_wards, get_nlp


def ents(text: str) -> list[tuple[str, str]]:
    return [(e.text, e.label_) for e in get_nlp()(text).ents]


def test_get_nlp_is_built_once() -> None:
    assert get_nlp() is get_nlp()
    assert {"floorcross_parties", "floorcross_councils", "floorcross_wards",
            "floorcross_titles"} <= set(get_nlp().pipe_names)


@pytest.mark.parametrize(("text", "title", "person"), [
    ("Cllr Priya Okafor said she would stand again.", "Cllr", "Priya Okafor"),
    ("Councillor Tomasz Wren voted against the plan.", "Councillor", "Tomasz Wren"),
    ("Dr Helen Marsh chaired the meeting.", "Dr", "Helen Marsh"),
    ("Baroness Fenwick Hale spoke in the debate.", "Baroness", "Fenwick Hale"),
    ("Yesterday Sir Alan Pemberton resigned the whip.", "Sir", "Alan Pemberton"),
])
def test_titles_are_kept_out_of_person(text: str, title: str, person: str) -> None:
    found = ents(text)
    assert (title, "TITLE") in found
    assert (person, "PERSON") in found
    assert not any(label == "PERSON" and title in span.split() for span, label in found)


def test_post_nominal_is_a_title() -> None:
    found = ents("Keeley Marsh MP confirmed she had left the party.")
    assert ("Keeley Marsh", "PERSON") in found
    assert ("MP", "TITLE") in found


def test_possessive_is_trimmed_from_person() -> None:
    doc = get_nlp()("Cllr Orla Bexley's decision surprised the group.")
    people = [e.text for e in doc.ents if e.label_ == "PERSON"]
    assert people == ["Orla Bexley"]


def test_common_words_are_not_wards_without_context() -> None:
    found = ents("The Central Park cafe and the Riverside walk reopened on Monday.")
    assert not any(label == "WARD" for _, label in found)


@pytest.mark.parametrize("text", [
    "She won the Dewsbury East ward by forty votes.",
    "He represents Dewsbury East on the council.",
    "The councillor for Dewsbury East has resigned.",
    "A by-election in the ward of Dewsbury East is expected.",
])
def test_known_ward_in_context(text: str) -> None:
    doc = get_nlp()(text)
    wards = [(e.text, e.ent_id_) for e in doc.ents if e.label_ == "WARD"]
    assert wards == [("Dewsbury East", "Dewsbury East")]


def test_unknown_capitalised_ward_before_ward_word() -> None:
    doc = get_nlp()("The Quillmoor Heath ward will hold a by-election.")
    wards = [(e.text, e.ent_id_) for e in doc.ents if e.label_ == "WARD"]
    assert wards == [("Quillmoor Heath", "Quillmoor Heath")]


def test_tail_of_longer_name_is_not_a_ward() -> None:
    doc = get_nlp()("Results from Quillmoor Central ward came in late.")
    assert [e.ent_id_ for e in doc.ents if e.label_ == "WARD"] != ["Central"]


def test_find_wards() -> None:
    assert ("Dewsbury East", "Kirklees Council") in find_wards("dewsbury east ward")
    assert len({council for _, council in find_wards("Central")}) > 5
    assert find_wards("Nowhere In Particular") == []


def test_person_that_is_place_and_party_is_relabelled() -> None:
    doc = get_nlp()("Holmbrook Labour has chosen a new candidate, said Cllr Ivy Dunn.")
    assert not any(e.label_ == "PERSON" and "Labour" in e.text for e in doc.ents)
    assert [e.ent_id_ for e in doc.ents if e.label_ == "PARTY"] == ["Labour"]


def test_constituency_before_mp_is_not_a_person() -> None:
    doc = get_nlp()("Speaking later, the Wexley North MP Dora Finch said she was proud.")
    assert not any(e.label_ == "PERSON" and "Wexley" in e.text for e in doc.ents)


def test_ward_span_has_no_trailing_punctuation() -> None:
    doc = get_nlp()("She represents Dewsbury East, a seat held since 2019.")
    assert [e.text for e in doc.ents if e.label_ == "WARD"] == ["Dewsbury East"]


def test_place_mislabelled_as_person_becomes_gpe() -> None:
    doc = get_nlp()("Councillors in Hastings, Bolton and Norwich have also quit.")
    assert not any(e.label_ == "PERSON" for e in doc.ents)


def test_surname_after_title_stays_person() -> None:
    doc = get_nlp()("Mr Hastings said he would not stand again.")
    assert ("Hastings", "PERSON") in [(e.text, e.label_) for e in doc.ents]


def test_title_before_an_office_makes_no_person() -> None:
    doc = get_nlp()("The Lord Mayor opened the session and thanked Mr Speaker.")
    assert [e.text for e in doc.ents if e.label_ == "PERSON"] == []


def test_title_without_model_person_marks_the_name() -> None:
    doc = get_nlp()("Asked about the vote, Cllr Quenby declined to comment.")
    found = [(e.text, e.label_) for e in doc.ents]
    assert ("Cllr", "TITLE") in found and ("Quenby", "PERSON") in found


@pytest.mark.parametrize(("text", "person"), [
    ("Councillor JB Mercado has quit the Labour Party.", "JB Mercado"),
    ("Senator MB Okonjo joined the party on Friday.", "MB Okonjo"),
    ("KC Pillai said the party would act against the rebels.", "KC Pillai"),
])
def test_initials_and_a_surname_read_as_an_organisation_are_a_person(text, person) -> None:
    doc = get_nlp()(text)
    assert (person, "PERSON") in [(e.text, e.label_) for e in doc.ents]


@pytest.mark.parametrize("text", ["EU Commission said the rules apply.",
                                  "BBC News reported the vote."])
def test_a_bodys_letters_are_not_initials(text) -> None:
    assert [e.text for e in get_nlp()(text).ents if e.label_ == "PERSON"] == []


def _same(a, b) -> bool:
    return a.to_bytes() == b.to_bytes() and [(e.label_, e.ent_id_) for e in a.ents] == [
        (e.label_, e.ent_id_) for e in b.ents]


def test_shared_parser_gives_the_docs_of_a_full_parse_and_parses_each_text_once() -> None:
    from floorcross.extract.shared_parse import SharedParser

    nlp = get_nlp()
    texts = [
        "Cllr Ines Varga, who represents Millbrook ward, has left the Labour group.",
        "The former Conservative said he would sit as an independent.",
        "Cllr Ines Varga, who represents Millbrook ward, has left the Labour group.",
    ]
    calls: list[list[str]] = []

    class Counting:
        pipe_names = nlp.pipe_names
        pipeline = nlp.pipeline

        def pipe(self, batch, **kw):
            calls.append(list(batch))
            return nlp.pipe(calls[-1], **kw)

    shared = SharedParser(Counting())
    for got, want in zip(shared.pipe(texts), nlp.pipe(texts), strict=True):
        assert _same(got, want)
    # The second stage switches the lemmatizer off: same docs as such a parse, no new parse.
    no_lemma = list(nlp.pipe(texts[:2], disable=["lemmatizer"]))
    for got, want in zip(shared.pipe(texts[:2], disable=("lemmatizer",)), no_lemma, strict=True):
        assert _same(got, want)
        assert got.has_annotation("LEMMA") == want.has_annotation("LEMMA")
    assert calls == [texts[:2]]
