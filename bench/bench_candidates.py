"""Recall of the candidate filter against gold files, and how much text it lets through.

The filter in front of spaCy must never drop a sentence that reports a gold event. For each gold
event this checks that some candidate sentence mentions the person (surname), follows within
two sentences of a mention (a pronoun: "He quit the party") or comes up to two sentences before
one (an anonymous lede: "A Labour councillor has been suspended. ... Cllr X ..."). It also
prints the share of sentences and characters that the filter selects: what spaCy must parse.

    .venv/bin/python bench/bench_candidates.py                      # the dev corpus
    .venv/bin/python bench/bench_candidates.py GOLD ARTICLES [...]  # more pairs of files
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

from floorcross.clean import clean_article
from floorcross.clean.article import CleanError
from floorcross.extract.candidates import candidate_indices, split_sentences
from floorcross.sources import iter_inputs
from floorcross.types import RawInput

DEV = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "dev"
PRONOUN_REACH = 2
LEDE_REACH = 2


def _texts(articles: Path) -> dict[str, str]:
    out = {}
    for raw in iter_inputs([str(articles)]):
        if not isinstance(raw, RawInput):
            print(f"  skipped {raw.origin}: {raw.reason}", file=sys.stderr)
            continue
        try:
            out[raw.source_id] = clean_article(raw).text
        except CleanError as exc:
            print(f"  skipped {raw.source_id}: {exc}", file=sys.stderr)
    return out


def _reached(text: str, surname: str) -> bool:
    sents = split_sentences(text)
    chosen = candidate_indices(text, sents)
    name = re.compile(rf"\b{re.escape(surname)}\b", re.IGNORECASE)
    named = {i for i, s in enumerate(sents) if name.search(text[s.start:s.end])}
    return any(j in named for i in chosen for j in range(i - PRONOUN_REACH, i + LEDE_REACH + 1))


def measure(gold: Path, articles: Path) -> tuple[int, int, list[str], float, float]:
    """(events reached, events, misses, share of sentences chosen, share of characters)."""
    texts = _texts(articles)
    reached = total = 0
    misses: list[str] = []
    n_sents = n_chosen = chars = chosen_chars = 0
    for line in gold.read_text(encoding="utf-8").splitlines():
        rec = json.loads(line)
        text = texts.get(rec["id"])
        if text is None:
            continue
        for ev in rec["events"]:
            total += 1
            if _reached(text, ev["person"].split()[-1]):
                reached += 1
            else:
                misses.append(f"{rec['id']}: {ev['person']} [{ev['type']}]")
    for text in texts.values():
        sents = split_sentences(text)
        chosen = candidate_indices(text, sents)
        n_sents += len(sents)
        n_chosen += len(chosen)
        chars += sum(s.end - s.start for s in sents)
        chosen_chars += sum(sents[i].end - sents[i].start for i in chosen)
    return reached, total, misses, n_chosen / max(n_sents, 1), chosen_chars / max(chars, 1)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path, help="GOLD ARTICLES pairs")
    args = parser.parse_args()
    files = args.files or [DEV / "gold.jsonl", DEV / "articles.jsonl"]
    if len(files) % 2:
        parser.error("give gold and articles files in pairs")
    for gold, articles in zip(files[::2], files[1::2], strict=True):
        reached, total, misses, sent_share, char_share = measure(gold, articles)
        print(f"{gold.parent.name}: candidate recall {reached}/{total} gold events "
              f"({reached / max(total, 1):.1%}); filter keeps {sent_share:.1%} of sentences, "
              f"{char_share:.1%} of characters")
        for miss in misses:
            print(f"  not reached: {miss}")


if __name__ == "__main__":
    main()
