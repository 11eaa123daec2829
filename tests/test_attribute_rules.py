"""The attribute ruler without its Matcher gives the docs the ruler gives."""

from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from floorcross.nlp import get_nlp
from floorcross.nlp.attribute_rules import FastAttributeRules, fast_attribute_rules

SENTENCES = [
    "Cllr Tamsin Orrell said she was gon na sit as an independent member.",
    "Y'all ai n't seen nothin' yet, the Harrowgate Labour leader told councillors.",
    "But it was not over:  he and I had left the Meadow Party on 3 May 2024.",
    "“We are not going anywhere,” said the group's whip, who'd quit in March.",
    "Is this the end?\n\nNo - they rejoined, and you'll see why.",
]


def _statistical_docs(texts: list[str]) -> list[Doc]:
    nlp = get_nlp()
    keep = ("tok2vec", "tagger", "parser")
    return list(nlp.pipe(texts, disable=[n for n in nlp.pipe_names if n not in keep]))


def test_fast_rules_give_the_rulers_doc_on_the_model() -> None:
    nlp = get_nlp()
    ruler = nlp.get_pipe("attribute_ruler")
    fast = fast_attribute_rules(nlp)
    assert fast is not None
    for doc in _statistical_docs(SENTENCES):
        want, got = ruler(doc.copy()), fast(doc.copy())
        assert got.to_bytes() == want.to_bytes()
        assert [(t.pos_, str(t.morph), t.lemma_) for t in got] == [
            (t.pos_, str(t.morph), t.lemma_) for t in want]


def test_fast_rules_are_built_once_per_ruler() -> None:
    nlp = get_nlp()
    assert fast_attribute_rules(nlp) is fast_attribute_rules(nlp)


def _tagged(nlp, words: list[str], tags: list[str]) -> Doc:
    doc = Doc(nlp.vocab, words=words)
    for token, tag in zip(doc, tags, strict=True):
        token.tag_ = tag
    return doc


def test_later_rules_win_and_multi_token_rules_hit_their_index() -> None:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"LOWER": "vesk"}]], {"POS": "NOUN", "LEMMA": "vesk"})
    ruler.add([[{"TAG": "NN"}]], {"POS": "VERB"})  # later: wins over the POS above
    ruler.add([[{"LOWER": "the"}, {"LOWER": {"IN": ["vesk", "harbour"]}}]], {"LEMMA": "x"},
              index=-1)
    ruler.add([[{"LOWER": {"REGEX": "^lan"}}, {"TAG": {"NOT_IN": ["NN"]}}]], {"POS": "ADJ"})
    fast = FastAttributeRules.from_ruler(ruler)
    assert fast is not None
    words = ["the", "Vesk", "lantern", "glows", "the", "harbour", "Vesk"]
    tags = ["DT", "NN", "JJ", "VBZ", "DT", "NN", "NNP"]
    want = ruler(_tagged(nlp, words, tags))
    got = fast(_tagged(nlp, words, tags))
    assert got.to_bytes() == want.to_bytes()
    assert [t.pos_ for t in got] == ["", "VERB", "ADJ", "", "", "VERB", "NOUN"]
    assert [t.lemma_ for t in got] == ["", "x", "", "", "", "x", "vesk"]


@pytest.mark.parametrize("pattern", [
    [{"LOWER": "vesk", "OP": "?"}],
    [{"SHAPE": "Xxxx"}],
    [{"LOWER": {">=": 3}}],
])
def test_patterns_it_cannot_test_keep_the_ruler(pattern) -> None:
    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("attribute_ruler")
    ruler.add([[{"TAG": "NN"}]], {"POS": "NOUN"})
    ruler.add([pattern], {"POS": "PROPN"})
    assert FastAttributeRules.from_ruler(ruler) is None
    assert fast_attribute_rules(nlp) is None


def test_no_ruler_no_fast_rules() -> None:
    assert fast_attribute_rules(spacy.blank("en")) is None
