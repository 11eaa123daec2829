"""One statistical parse per sentence of an article, shared by the events and the quotes stage.

Both stages parse single sentences, and about half of the sentences the quotes stage asks for
(an attribution told without a quotation inside it, a line introducing one) were parsed by the
events stage already. The two stages do not run the same pipeline, though: the quotes stage
switches the lemmatizer off (it reads word forms instead, and a lemma present changes what it
reads), and the party component reads lemmas, so a finished doc of one stage is not the doc the
other would get.

What they share is the costly part: tok2vec, tagger, parser, attribute ruler and NER. The
lemmatizer (which reads only the words, their tags and their part of speech, none of which
the NER changes) and the project's entity components then run on a copy of that doc for each
stage, giving byte for byte the doc a full ``nlp.pipe`` call would give.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from floorcross.nlp.attribute_rules import fast_attribute_rules
from floorcross.nlp.pipeline import COMPONENTS

_LEMMATIZER = "lemmatizer"
_ATTRIBUTE_RULER = "attribute_ruler"


class SharedParser:
    """A stand-in for the pipeline's ``pipe`` over the sentences of one article: each distinct
    text goes through the statistical components once, whichever stage asks first."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp
        self._tail = {_LEMMATIZER, *COMPONENTS} & set(nlp.pipe_names)
        # (text, statistical components switched off) -> doc before the lemmatizer
        self._base: dict[tuple[str, frozenset[str]], Doc] = {}
        # The model's attribute ruler, done without its Matcher (same doc, a fraction of the
        # time on short sentences); None keeps the ruler itself.
        self._rules = fast_attribute_rules(nlp, _ATTRIBUTE_RULER)

    def pipe(
        self, texts: Iterable[str], batch_size: int = 64, disable: Iterable[str] = ()
    ) -> Iterator[Doc]:
        """Docs of `texts`, in order, as ``nlp.pipe(texts, disable=disable)`` makes them."""
        texts = list(texts)
        skip = set(disable)
        off = frozenset(skip - self._tail)
        todo = [t for t in dict.fromkeys(texts) if (t, off) not in self._base]
        if todo:
            docs = self._statistical(todo, batch_size, self._tail | off)
            for text, doc in zip(todo, docs, strict=True):
                self._base[text, off] = doc
        for text in texts:
            yield self._finish(self._base[text, off].copy(), skip)

    def _statistical(self, texts: list[str], batch_size: int, skip: set[str]) -> Iterator[Doc]:
        """``nlp.pipe(texts, disable=skip)``, with the fast attribute rules in the ruler's
        place: the components before it through ``pipe``, then the rules, then the rest."""
        if self._rules is None or _ATTRIBUTE_RULER in skip:
            return self.nlp.pipe(texts, batch_size=batch_size, disable=sorted(skip))
        names = [name for name, _ in self.nlp.pipeline]
        later = self.nlp.pipeline[names.index(_ATTRIBUTE_RULER) + 1 :]
        after = [(name, proc) for name, proc in later if name not in skip]
        off = skip | {_ATTRIBUTE_RULER} | {name for name, _ in after}
        docs: Iterable[Doc] = map(self._rules, self.nlp.pipe(texts, batch_size=batch_size,
                                                            disable=sorted(off)))
        for _name, proc in after:
            docs = proc.pipe(docs, batch_size=batch_size) if hasattr(proc, "pipe") else map(
                proc, docs)
        return iter(docs)

    def _finish(self, doc: Doc, skip: set[str]) -> Doc:
        for name, proc in self.nlp.pipeline:
            if name in self._tail and name not in skip:
                doc = proc(doc)
        return doc
