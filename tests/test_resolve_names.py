"""Name variants: which spellings and short forms can refer to one person, and blocking."""

from floorcross.resolve import names


def score(a: str, b: str) -> int:
    return names.compare(names.tokens(a), names.tokens(b)).score


def test_titles_and_case_are_ignored():
    assert score("Cllr Nadia Okafor", "nadia okafor") == names.EXACT


def test_dropped_middle_name_is_the_same_name():
    assert score("Tobias Ferris Wren", "Tobias Wren") == names.EXACT


def test_different_middle_names_are_only_weak():
    assert score("Tobias Ferris Wren", "Tobias Alan Wren") == names.WEAK


def test_swapped_letters_initials_and_short_forms_are_strong():
    assert score("Kier Halloran", "Keir Halloran") == names.STRONG
    assert score("A. Pettigrew", "Amira Pettigrew") == names.STRONG
    assert score("Rob Denholm", "Robert Denholm") == names.STRONG


def test_one_changed_letter_is_weak_because_it_may_be_another_name():
    assert score("John Ashdown", "Joan Ashdown") == names.WEAK


def test_surname_typo_needs_the_same_first_name():
    assert score("Priya Castellan", "Priya Castellen") == names.WEAK
    assert score("Priya Castellan", "Pria Castellen") == names.NONE


def test_different_first_names_do_not_match():
    assert score("Martin Oduya", "Sarah Oduya") == names.NONE


def test_one_word_references_are_partial():
    m = names.compare(names.tokens("Oduya"), names.tokens("Martin Oduya"))
    assert m.score == names.WEAK and m.partial
    m = names.compare(names.tokens("Martin"), names.tokens("Martin Oduya"))
    assert m.score == names.WEAK and m.partial
    assert names.compare(names.tokens("Pettigrew"), names.tokens("Martin Oduya")).score == 0


def test_blocking_keys_meet_for_variants():
    def meet(a: str, b: str) -> bool:
        return bool(set(names.query_keys(names.tokens(a)))
                    & set(names.index_keys(names.tokens(b))))

    assert meet("Kier Halloran", "Keir Halloran")
    assert meet("Priya Castellen", "Priya Castellan")
    assert meet("Halloran", "Keir Halloran")
    assert meet("Keir", "Keir Halloran")
    assert meet("Keir Halloran", "Halloran")
    assert not meet("Keir Halloran", "Keir Mossop")
