"""Throughput of the extraction pipeline against trafilatura alone and spaCy alone.

Prints, for each corpus, articles/s and words/s of:
  - trafilatura alone (HTML inputs only: main-text extraction),
  - en_core_web_sm alone (the model's own components, none of the project's, over the whole
    cleaned text with nlp.pipe),
  - the full floorcross pipeline (clean + candidate filter + NLP + events + quotes),
and the ratios the project tracks, plus the peak memory of this process.

Repeated runs are interleaved (trafilatura, spaCy, pipeline, then again) so that a busy
machine slows all three alike; the best wall time of each counts, and the CPU time of this
process is printed beside it (steadier when other work shares the cores).

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
from dataclasses import dataclass
from pathlib import Path

import trafilatura

from floorcross.clean import clean_article
from floorcross.extract import extract
from floorcross.nlp import get_nlp
from floorcross.nlp.pipeline import COMPONENTS
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


@dataclass
class Timing:
    """Best wall and CPU time seen for one measurement."""

    wall: float = float("inf")
    cpu: float = float("inf")

    def add(self, fn: Callable[[], object]) -> None:
        w0, c0 = time.perf_counter(), time.process_time()
        fn()
        self.wall = min(self.wall, time.perf_counter() - w0)
        self.cpu = min(self.cpu, time.process_time() - c0)


def run_corpus(name: str, raws: list[RawInput], repeat: int) -> None:
    nlp = get_nlp()
    cleaned = [clean_article(r) for r in raws]
    words = sum(len(c.text.split()) for c in cleaned)
    html = [r for r in raws if r.kind == "html"]

    def traf() -> None:
        for r in html:
            trafilatura.extract(r.content)

    def spacy_alone() -> None:
        # The same loaded model with the project's components switched off: en_core_web_sm as
        # it ships, every one of its own components on.
        for _ in nlp.pipe((c.text for c in cleaned), batch_size=16, disable=COMPONENTS):
            pass

    def full() -> None:
        for r in raws:
            extract(clean_article(r))

    runs: dict[str, Callable[[], None]] = {}
    if html:
        runs["trafilatura alone"] = traf
    runs["en_core_web_sm alone"] = spacy_alone
    runs["full pipeline"] = full
    rows = {label: Timing() for label in runs}
    # One article through each first, untimed: lookup tables and reference data load lazily.
    list(nlp.pipe(c.text for c in cleaned[:1]))
    extract(clean_article(raws[0]))
    for _ in range(repeat):
        for label, fn in runs.items():
            rows[label].add(fn)

    print(f"\n{name}: {len(raws)} articles, {words} words after cleaning")
    for label, t in rows.items():
        print(f"  {label:22s} {len(raws) / t.wall:9.1f} articles/s {words / t.wall:11.0f} words/s"
              f"  ({t.wall:.2f} s wall, {t.cpu:.2f} s CPU)")
    full_t = rows["full pipeline"]
    if "trafilatura alone" in rows:
        _ratio("full / trafilatura speed", rows["trafilatura alone"], full_t)
    _ratio("full / spaCy-alone speed", rows["en_core_web_sm alone"], full_t)


def _ratio(label: str, base: Timing, full: Timing) -> None:
    print(f"  {label}: {base.wall / full.wall:.2f}x  (CPU time: {base.cpu / full.cpu:.2f}x)")


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
