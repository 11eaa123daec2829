"""Throughput of quotation finding and attribution.

Prints, for each JSONL file of articles (FORMAT.md input records), how many direct quotations
were found and how many were given a speaker, and quotes/s and articles/s of:
  - the quotes stage alone (scanning, parsing the attribution sentences, resolving speakers),
    on text already cleaned, with its own parser (nothing shared with the events stage);
  - the full pipeline (clean + events + quotes), where the two stages share parses.
The best of --repeat runs counts; CPU time of this process is printed beside the wall time.

    .venv/bin/python bench/bench_quotes.py                       # the dev corpus
    .venv/bin/python bench/bench_quotes.py a.jsonl b.jsonl --repeat 3
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from bench_pipeline import DEV, Timing, load_dev

from floorcross.clean import clean_article
from floorcross.extract import extract
from floorcross.extract.quotes import extract_quotes
from floorcross.extract.shared_parse import SharedParser
from floorcross.nlp import get_nlp


def run_file(path: Path, repeat: int) -> None:
    raws = load_dev(path)
    cleaned = [clean_article(r) for r in raws]
    nlp = get_nlp()
    found: list[int] = []

    def quotes_alone() -> None:
        quotes = [q for c in cleaned for q in extract_quotes(c, SharedParser(nlp))]
        found[:] = [len(quotes), sum(1 for q in quotes if q.speaker)]

    def full() -> None:
        for r in raws:
            extract(clean_article(r))

    extract(cleaned[0])  # lazily loaded tables, untimed
    stage, whole = Timing(), Timing()
    for _ in range(repeat):
        stage.add(quotes_alone)
        whole.add(full)
    n, spoken = found
    print(f"\n{path}: {len(raws)} articles, {n} quotes found, {spoken} with a speaker")
    for label, t in (("quotes stage alone", stage), ("full pipeline", whole)):
        print(f"  {label:20s} {n / t.wall:8.1f} quotes/s {len(raws) / t.wall:8.1f} articles/s"
              f"  ({t.wall:.2f} s wall, {t.cpu:.2f} s CPU)")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("files", nargs="*", type=Path, default=[DEV],
                    help="JSONL articles (default: the dev corpus)")
    ap.add_argument("--repeat", type=int, default=1, help="runs per measurement; the best counts")
    args = ap.parse_args()
    for path in args.files:
        if not path.exists():
            print(f"{path}: no such file", file=sys.stderr)
            return 2
        run_file(path, args.repeat)
    return 0


if __name__ == "__main__":
    sys.exit(main())
