"""The political-relevance gate that decides whether an article's quotes are worth parsing."""

from floorcross.extract import extract
from floorcross.extract.relevance import mentions_politics
from floorcross.types import CleanedArticle


def test_party_aliases_and_roles_count_as_politics():
    assert mentions_politics("The Lib Dems held the seat comfortably.")
    assert mentions_politics("Tory activists gathered outside the hall.")
    assert mentions_politics("Cllr Ferris spoke at the meeting.")
    assert mentions_politics("The MSP for the area raised it at Holyrood.")


def test_everyday_words_do_not():
    assert not mentions_politics("The labour market tightened as the conservative estimate held.")
    assert not mentions_politics("Our green tea range is reformulated for the winter season.")


def test_quotes_of_a_non_political_article_are_skipped_but_political_ones_kept():
    sport = CleanedArticle(
        text='The striker was delighted. "We worked for every ball today and deserved the '
        'points," said Tom Reddy after the match.'
    )
    politics = CleanedArticle(
        text='The Labour group met on Monday. "We worked for every vote in this ward and we '
        'deserved to win," said Tom Reddy after the count.'
    )
    assert extract(sport).quotes == []
    assert [q.speaker for q in extract(politics).quotes] == ["Tom Reddy"]


def test_literal_trie_matches_exactly_the_plain_alternation():
    import re

    from floorcross.extract.relevance import literal_trie

    words = ["Lab", "Labour", "Labour Party", "Lib Dems", "Liberal", "Plaid Cymru", "SNP", "S&D"]
    trie = re.compile(rf"\b(?:{literal_trie(words)})\b")
    plain = re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b")
    probes = [
        "Labour Party", "Labour Partying", "the Lab vote", "Labo", "Liberals", "a Lib Dems win",
        "S&D group", "SNPs", "Plaid", "Plaid Cymru's", "LabourParty", "labour",
    ]
    for text in probes:
        assert bool(trie.search(text)) == bool(plain.search(text)), text
    assert trie.fullmatch("Labour Party") and not trie.fullmatch("Labour Par")


def test_role_words_in_any_case_but_not_inside_other_words():
    assert mentions_politics("SENATORS voted late on Tuesday.")
    assert mentions_politics("A by-election follows next month.")
    assert not mentions_politics("The teleporter and the impartial umpire.")
    assert not mentions_politics("She will defect nothing.")  # only the forms news copy uses
