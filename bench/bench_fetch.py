"""Fetch throughput against a local HTTP server, politeness delay off: prints pages per second.

    .venv/bin/python bench/bench_fetch.py [--pages 500] [--size 40000]

Three figures, each over the same invented pages served on loopback:
- fetch:      Fetcher.fetch alone (SSRF check, robots.txt, HTTP, decoding);
- ingest:     `ingest_paths` over the page URLs into a fresh SQLite file, with stand-in
              clean/extract stages, so it measures fetching plus storage, not NLP;
- feed:       one RSS feed listing every page, ingested the same way, then a second run
              that finds every entry stored and fetches nothing but the feed.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from helpers_http import LocalServer, Reply  # noqa: E402

from floorcross.pipeline import ingest_paths  # noqa: E402
from floorcross.sources.fetch import Fetcher, FetchSettings  # noqa: E402
from floorcross.store import open_db  # noqa: E402
from floorcross.types import CleanedArticle, Extraction, RawInput  # noqa: E402

PARAGRAPH = ("<p>Members of the Harrowdene borough council debated the parking budget for a "
             "third evening, and the leader of the independent group said the figures had "
             "changed again since the committee last met.</p>\n")


def make_page(n: int, size: int) -> str:
    body = PARAGRAPH * max(1, size // len(PARAGRAPH))
    return (f"<!doctype html><html><head><title>Council notes {n}</title></head>"
            f"<body><h1>Council notes {n}</h1>\n{body}</body></html>")


def make_feed(urls: list[str]) -> str:
    items = "".join(f"<item><title>Council notes {n}</title><link>{u}</link></item>"
                    for n, u in enumerate(urls))
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Bench</title>{items}' \
           "</channel></rss>"


def quick_clean(raw: RawInput) -> CleanedArticle:
    return CleanedArticle(text=raw.content[:200], title=raw.title, url=raw.url)


def no_events(_article: CleanedArticle) -> Extraction:
    return Extraction()


STAGES = {"cleaner": quick_clean, "extractor": no_events, "version": "bench"}


def settings() -> FetchSettings:
    return FetchSettings(allow_private=True, politeness_delay=0.0, retries=0, timeout=10.0)


def timed(label: str, count: int, run) -> None:
    start = time.perf_counter()
    run()
    took = time.perf_counter() - start
    print(f"{label:<34} {count:>6} pages  {took:7.2f} s  {count / took:8.1f} pages/s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=500)
    parser.add_argument("--size", type=int, default=40_000, help="bytes of HTML per page")
    args = parser.parse_args()
    routes = {f"/p/{n}": Reply(body=make_page(n, args.size)) for n in range(args.pages)}
    with LocalServer(routes) as server, tempfile.TemporaryDirectory() as tmp:
        urls = [server.url(f"/p/{n}") for n in range(args.pages)]
        server.routes["/feed.xml"] = Reply(body=make_feed(urls),
                                           content_type="application/rss+xml")
        print(f"{args.pages} pages of about {args.size} bytes on {server.url('/')}, "
              "politeness delay 0, one connection at a time")

        def fetch_all() -> None:
            with Fetcher(settings()) as fetcher:
                for url in urls:
                    fetcher.fetch(url)

        timed("fetch (Fetcher.fetch)", args.pages, fetch_all)
        engine = open_db(f"sqlite:///{tmp}/pages.db")
        timed("ingest URLs (fetch + store)", args.pages,
              lambda: ingest_paths(engine, urls, fetch=settings(), **STAGES))
        feed_db = open_db(f"sqlite:///{tmp}/feed.db")
        timed("ingest feed (fetch + store)", args.pages,
              lambda: ingest_paths(feed_db, [server.url("/feed.xml")], fetch=settings(),
                                   **STAGES))
        start = time.perf_counter()
        again = ingest_paths(feed_db, [server.url("/feed.xml")], fetch=settings(), **STAGES)
        print(f"feed re-run: {again.not_refetched} entries already stored, none fetched, "
              f"{time.perf_counter() - start:.2f} s")
        engine.dispose()
        feed_db.dispose()


if __name__ == "__main__":
    main()
