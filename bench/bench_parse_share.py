"""How much of each article goes through spaCy's statistical components, and for which stage.

The full pipeline is fast on relevant articles only in so far as it parses few of their
tokens: per token, a sentence costs the model about what a whole text does. This prints, per
corpus, the article tokens, the tokens each stage sends to the model (counted once: a sentence
both stages read is parsed once) and their share of the article tokens.

    .venv/bin/python bench/bench_parse_share.py
    .venv/bin/python bench/bench_parse_share.py --dev other/articles.jsonl
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

from bench_pipeline import DEV, load_dev
from spacy.tokens import Doc

from floorcross.clean import clean_article
from floorcross.extract import events, quotes
from floorcross.extract.relevance import mentions_politics
from floorcross.extract.shared_parse import SharedParser
from floorcross.nlp import get_nlp


class CountingParser(SharedParser):
    """A shared parser that counts the tokens it sends to the statistical components."""

    def __init__(self, nlp, counts: Counter, stage: str) -> None:
        super().__init__(nlp)
        self.counts = counts
        self.stage = stage

    def pipe(
        self, texts: Iterable[str], batch_size: int = 64, disable: Iterable[str] = ()
    ) -> Iterator[Doc]:
        texts = list(texts)
        skip = frozenset(set(disable) - self._tail)
        for t in dict.fromkeys(texts):
            if (t, skip) not in self._base:
                self.counts[self.stage] += len(self.nlp.tokenizer(t))
        return super().pipe(texts, batch_size=batch_size, disable=disable)


def measure(path: Path) -> Counter:
    nlp = get_nlp()
    counts: Counter = Counter()
    for raw in load_dev(path):
        article = clean_article(raw)
        counts["article"] += len(nlp.tokenizer(article.text or ""))
        parser = CountingParser(nlp, counts, "events")
        found = events.extract_events(article, parser)
        parser.stage = "quotes"
        if found or mentions_politics(article.text):  # as extract() decides
            quotes.extract_quotes(article, parser)
    return counts


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--dev", type=Path, action="append",
                    help="JSONL articles (repeatable; default: dev corpus)")
    args = ap.parse_args()
    for path in args.dev or [DEV]:
        c = measure(path)
        total = c["article"] or 1
        print(f"{path}: {c['article']} article tokens")
        for stage in ("events", "quotes"):
            print(f"  {stage:7s} {c[stage]:7d} tokens parsed  {c[stage] / total:6.1%}")
        both = c["events"] + c["quotes"]
        print(f"  total   {both:7d} tokens parsed  {both / total:6.1%}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
