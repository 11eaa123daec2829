"""People: name variants merged together with context; namesakes kept apart."""

from floorcross.resolve import Mention, PersonRef, Resolver


def mention(i: int, person: str, **kw) -> Mention:
    kw.setdefault("type", "resigned")
    return Mention(id=f"ev-{i}", article=i, person=person, **kw)


def person_of(r: Resolver, i: int) -> str:
    return r.person_of[f"ev-{i}"]


def test_typo_of_first_name_merges_with_shared_context():
    r = Resolver()
    r.add([mention(1, "Cllr Keir Halloran", party_from="Labour", body="Dunmore Council"),
           mention(2, "Kier Halloran", party_from="Labour", date="2024-02")])
    assert person_of(r, 1) == person_of(r, 2)
    person = r.people[person_of(r, 1)]
    assert person.name == "Keir Halloran"
    assert {a for a, _ in person.aliases()} == {"Keir Halloran", "Kier Halloran"}


def test_same_surname_on_different_councils_stays_apart():
    r = Resolver()
    r.add([mention(1, "Martin Oduya", party_from="Labour", body="Dunmore Council"),
           mention(2, "Martin Oduya", party_from="Labour", body="Kelvick Borough Council")])
    assert person_of(r, 1) != person_of(r, 2)
    # Same base id, told apart by a stable suffix.
    assert person_of(r, 2) == person_of(r, 1) + "-2"


def test_namesakes_with_one_letter_apart_need_evidence():
    r = Resolver()
    r.add([mention(1, "John Ashdown", party_from="Green"),
           mention(2, "Joan Ashdown", party_from="Conservative")])
    assert person_of(r, 1) != person_of(r, 2)


def test_initial_and_surname_only_references_join_with_the_council():
    r = Resolver()
    r.add([mention(1, "Amira Pettigrew", party_from="Labour", body="Rosslyn City Council"),
           mention(2, "A. Pettigrew", party_from="Labour", body="Rosslyn Council"),
           mention(3, "Councillor Pettigrew", party_from="Labour", body="Rosslyn Council")])
    assert person_of(r, 1) == person_of(r, 2) == person_of(r, 3)
    assert r.people[person_of(r, 1)].name == "Amira Pettigrew"


def test_surname_only_reference_without_context_is_not_merged():
    r = Resolver()
    r.add([mention(1, "Amira Pettigrew", party_from="Labour", body="Rosslyn Council"),
           mention(2, "Pettigrew", party_from="Conservative")])
    assert person_of(r, 1) != person_of(r, 2)


def test_ambiguous_one_word_reference_joins_nobody():
    r = Resolver()
    r.add([mention(1, "Amira Pettigrew", party_from="Labour", body="Rosslyn Council"),
           mention(2, "Leon Pettigrew", party_from="Labour", body="Rosslyn Council"),
           mention(3, "Pettigrew", party_from="Labour", body="Rosslyn Council")])
    assert person_of(r, 3) not in (person_of(r, 1), person_of(r, 2))


def test_different_ward_on_the_same_council_weighs_against():
    r = Resolver()
    r.add([mention(1, "Sam Velasco", body="Rosslyn Council", ward="Mill End"),
           mention(2, "S. Velasco", body="Rosslyn Council", ward="Harbour")])
    assert person_of(r, 1) != person_of(r, 2)
    r.add([mention(3, "S. Velasco", body="Rosslyn Council", ward="Mill End")])
    assert person_of(r, 3) == person_of(r, 1)


def test_quote_speakers_join_the_person_named_in_the_same_article():
    r = Resolver()
    r.add([mention(1, "Cllr Ines Marlowe", party_from="Labour", body="Dunmore Council")],
          refs=[PersonRef(id="q-1", article=1, name="Marlowe"),
                PersonRef(id="q-2", article=7, name="Ines Marlowe")])
    assert r.person_of["q-1"] == r.person_of["q-2"] == person_of(r, 1)


def test_two_names_kept_apart_in_one_article_are_two_people():
    r = Resolver()
    r.add([mention(1, "John Ashdown", party_from="Green", body="Dunmore Council"),
           Mention(id="ev-1b", article=1, person="Joan Ashdown", type="suspended",
                   party_from="Green", body="Dunmore Council")])
    assert r.person_of["ev-1"] != r.person_of["ev-1b"]
