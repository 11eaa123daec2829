"""Throughput of the extraction pipeline against trafilatura alone and spaCy alone.

Prints, for each corpus, articles/s and words/s of:
  - trafilatura alone (HTML inputs only: main-text extraction),
  - en_core_web_sm alone (parsing the whole cleaned text),
  - the full floorcross pipeline (clean + candidate filter + NLP + events + quotes),
and the ratios the project tracks, plus the peak memory of this process.

    .venv/bin/python bench/bench_pipeline.py                 # dev corpus + benchmark pages
    .venv/bin/python bench/bench_pipeline.py --repeat 3      # best of three runs
"""

from __future__ import annotations

import argparse
import gzip
import json
import resource
import sys
import time
from collections.abc import Callable
from pathlib import Path

import trafilatura

from floorcross.clean import clean_article
from floorcross.extract import extract
from floorcross.nlp import get_nlp
from floorcross.types import RawInput

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
DEV = SHARED / "corpus" / "dev" / "articles.jsonl"
PAGES = SHARED / "benchmarks" / "article-extraction" / "html"


def load_dev(path: Path) -> list[RawInput]:
    out = []
    for i, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
        rec = json.loads(line)
        kind = "html" if rec.get("html") else "text"
        out.append(
            RawInput(
                source_id=rec.get("id", str(i)),
                kind=kind,
                content=rec.get(kind),
                origin=f"{path}:{i + 1}",
                published=rec.get("published"),
            )
        )
    return out


def load_pages(folder: Path) -> list[RawInput]:
    return [
        RawInput(source_id=p.name, kind="html", origin=str(p),
                 content=gzip.decompress(p.read_bytes()).decode("utf-8", "replace"))
        for p in sorted(folder.glob("*.html.gz"))
    ]


def best_of(repeat: int, fn: Callable[[], int]) -> tuple[float, int]:
    """Shortest wall time over `repeat` runs, and what the run returned (a word count)."""
    best, words = float("inf"), 0
    for _ in range(repeat):
        t0 = time.perf_counter()
        words = fn()
        best = min(best, time.perf_counter() - t0)
    return best, words


def run_corpus(name: str, raws: list[RawInput], repeat: int) -> None:
    nlp = get_nlp()
    cleaned = [clean_article(r) for r in raws]
    words = sum(len(c.text.split()) for c in cleaned)
    html = [r for r in raws if r.kind == "html"]

    def traf() -> int:
        for r in html:
            trafilatura.extract(r.content)
        return words

    def spacy_alone() -> int:
        for _ in nlp.pipe((c.text for c in cleaned), batch_size=16):
            pass
        return words

    def full() -> int:
        for r in raws:
            extract(clean_article(r))
        return words

    print(f"\n{name}: {len(raws)} articles, {words} words after cleaning")
    rows = {}
    if html:
        rows["trafilatura alone"] = best_of(repeat, traf)
    rows["en_core_web_sm alone"] = best_of(repeat, spacy_alone)
    rows["full pipeline"] = best_of(repeat, full)
    for label, (secs, w) in rows.items():
        print(f"  {label:22s} {len(raws) / secs:9.1f} articles/s {w / secs:11.0f} words/s"
              f"  ({secs:.2f} s)")
    full_s = rows["full pipeline"][0]
    if "trafilatura alone" in rows:
        print(f"  full / trafilatura speed: {rows['trafilatura alone'][0] / full_s:.2f}x")
    print(f"  full / spaCy-alone speed: {rows['en_core_web_sm alone'][0] / full_s:.2f}x")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument("--repeat", type=int, default=1, help="runs per measurement; the best counts")
    ap.add_argument("--dev", type=Path, default=DEV, help="JSONL articles (default: dev corpus)")
    ap.add_argument("--pages", type=Path, default=PAGES, help="folder of *.html.gz pages")
    args = ap.parse_args()
    t0 = time.perf_counter()
    get_nlp()
    print(f"pipeline build: {time.perf_counter() - t0:.2f} s")
    if args.dev.exists():
        run_corpus("dev corpus", load_dev(args.dev), args.repeat)
    if args.pages.exists():
        run_corpus("article-extraction pages", load_pages(args.pages), args.repeat)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"\npeak memory: {peak_mb:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
