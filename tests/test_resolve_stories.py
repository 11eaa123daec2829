"""Near-duplicate articles: syndicated copies and reposts form one story group."""

import numpy as np

from floorcross.resolve import StoryIndex, minhash

STORY = """
A councillor in Hollinwood has left the Labour group on the borough council, saying the
party no longer listens to the estates she was elected to represent. Rhea Kostova, who has
sat for the Canal Side ward since 2019, told colleagues at a meeting on Tuesday evening that
she would continue as an independent member until the next election. She said she had raised
the closure of two youth centres and the sale of the old library building many times without
reply. The council leader thanked her for her work and said the group remained united behind
its budget plans. Opposition members said the departure left the ruling group with a majority
of three. Kostova added that residents had stopped her in the street to ask why nothing had
changed, and that she could not defend decisions she had argued against in private. The local
party said it was disappointed and would select a new candidate for the ward in due course.
"""

OTHER = """
The Green Party has picked a retired teacher as its candidate for the Millbrook by-election
next month. Tomasz Grell, who ran the science department at a secondary school in the town
for twenty years, said he would campaign on bus routes and river pollution. The seat became
vacant after the sitting councillor moved abroad for work. Three other parties have named
candidates, and the count will take place at the leisure centre on the night of the vote.
Grell said volunteers had already knocked on more than a thousand doors in the ward and that
he expected a close result. The returning officer reminded voters to bring photo ID.
"""


def syndicated(text: str) -> str:
    """A copy as an aggregator reposts it: its own banner, a changed word, a footer."""
    body = text.replace("Tuesday evening", "Tuesday night").replace("in due course", "soon")
    return ("Regional News Network - all the stories from your area\n" + body +
            "\nThis story was first published by a partner title. Share this article.")


def test_syndicated_copy_joins_the_original_and_other_stories_do_not():
    idx = StoryIndex()
    idx.add(10, STORY)
    idx.add(11, OTHER)
    moved = idx.add(12, syndicated(STORY))
    assert idx.group(12) == idx.group(10) == 10
    assert idx.group(11) == 11
    assert moved == {12}
    assert idx.groups() == {10: [10, 12]}


def test_bridging_article_merges_groups_under_the_earliest():
    first = STORY
    half = len(STORY) // 2
    idx = StoryIndex()
    idx.add(1, first[:half] + OTHER[: len(OTHER) // 3])
    idx.add(2, OTHER)
    moved = idx.add(3, OTHER + " " + first[:half])
    assert idx.group(2) == idx.group(3)
    assert 3 in moved


def test_short_texts_are_never_grouped():
    idx = StoryIndex()
    idx.add(1, "Councillor quits")
    idx.add(2, "Councillor quits")
    assert idx.group(2) == 2


def test_signatures_are_stable_and_survive_storage():
    a, b = minhash.signature(STORY), minhash.signature(STORY)
    assert np.array_equal(a, b)
    assert np.array_equal(minhash.from_hex(minhash.to_hex(a)), a)
    assert minhash.similarity(a, minhash.signature(syndicated(STORY))) > 0.6
    assert minhash.similarity(a, minhash.signature(OTHER)) < 0.1
