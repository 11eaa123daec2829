"""Ingest orchestration: store raw inputs first, then clean and extract each one.

Every input is committed as a raw article before anything is derived from it, so an ingest
that is killed half-way loses nothing: the next run first finishes the articles still
`pending`. Derived rows of an article are written in one transaction that replaces whatever
an earlier run wrote, so nothing is ever duplicated.

Errors: a failing input is recorded in `errors` (origin, stage, reason) and the batch goes on.
An input that fails again at the same stage updates its open error rather than adding a copy;
once the input is read and processed successfully, its open errors are marked resolved
(`floorcross errors` lists open ones, `--all` shows the history).

URLs and feeds are read through `floorcross.url_inputs.WebInputs`, one Fetcher per run.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from itertools import islice
from typing import IO

from sqlalchemy import Engine

from floorcross.sources.fetch import Fetcher, FetchSettings
from floorcross.store import read, write
from floorcross.store.schema import FAILED, PENDING
from floorcross.types import CleanedArticle, Extraction, RawInput, SourceError
from floorcross.url_inputs import MAX_FETCH_ATTEMPTS, WebInputs, is_url

Cleaner = Callable[[RawInput], CleanedArticle]
Extractor = Callable[[CleanedArticle], Extraction]
# Called after each input with (items done, total if known, what is happening).
Progress = Callable[[int, int | None, str], None]
# Asked between articles; True makes a run stop there (what is left stays pending).
StopCheck = Callable[[], bool]

BATCH_SIZE = 32


def _never() -> bool:
    return False


@dataclass
class Summary:
    """What a run did. `already_stored` inputs were seen before (by content hash);
    `not_refetched` feed entries were stored by an earlier run and not fetched again;
    `gave_up` URLs were not fetched because they failed too often before."""

    new: int = 0
    already_stored: int = 0
    resumed: int = 0
    processed: int = 0
    failed: int = 0
    events: int = 0
    quotes: int = 0
    not_refetched: int = 0
    gave_up: int = 0
    # Articles processed successfully by this run, in order (for reporting what is new).
    processed_ids: list[int] = field(default_factory=list, repr=False)

    @property
    def ok(self) -> bool:
        return self.failed == 0

    def as_dict(self) -> dict[str, int]:
        counts = asdict(self)
        del counts["processed_ids"]
        return counts


@dataclass
class Stages:
    """The functions that turn a raw input into derived rows (real ones unless injected)."""

    cleaner: Cleaner
    extractor: Extractor
    version: str


def default_stages(
    cleaner: Cleaner | None = None, extractor: Extractor | None = None,
    version: str | None = None,
) -> Stages:
    """The project's clean and extract stages, imported lazily (they load spaCy)."""
    if cleaner is None:
        from floorcross.clean import clean_article as cleaner
    if extractor is None or version is None:
        from floorcross import extract as ex

        extractor = extractor or ex.extract
        version = version or ex.EXTRACTOR_VERSION
    return Stages(cleaner, extractor, version)


def _reason(exc: BaseException) -> str:
    text = str(exc).strip()
    name = type(exc).__name__
    if name in ("CleanError", "SourceError") and text:
        return text
    return f"{name}: {text}" if text else name


def process_article(engine: Engine, article_id: int, stages: Stages) -> tuple[int, int] | None:
    """Clean and extract one stored article and replace its derived rows.

    Returns (events, quotes), or None when it failed (the failure is recorded). Only
    `Exception`s are caught: an interrupt leaves the article `pending` for the next run.
    """
    with engine.connect() as conn:
        raw, content_hash = write.load_raw(conn, article_id)
    stage = "clean"
    try:
        cleaned = stages.cleaner(raw)
        stage = "extract"
        extraction = stages.extractor(cleaned)
        stage = "store"
        with engine.begin() as conn:
            return write.write_derived(
                conn, article_id, content_hash, cleaned, extraction, stages.version
            )
    except Exception as exc:  # one bad article must not stop the batch
        with engine.begin() as conn:
            write.mark_failed(conn, article_id)
            write.record_error(conn, raw.origin, _reason(exc), stage,
                               source_id=raw.source_id, article_id=article_id)
        return None


def _run_articles(
    engine: Engine, article_ids: list[int], stages: Stages, summary: Summary,
    tick: Callable[[str], None], stop: StopCheck = _never,
) -> None:
    for aid in article_ids:
        if stop():
            return  # the rest stays pending: the next run resumes it
        result = process_article(engine, aid, stages)
        if result is None:
            summary.failed += 1
        else:
            summary.processed += 1
            summary.processed_ids.append(aid)
            summary.events += result[0]
            summary.quotes += result[1]
        tick("processing")


def _store_batch(
    engine: Engine, batch: list[RawInput | SourceError], summary: Summary,
    open_origins: set[str],
) -> list[int]:
    """Commit a batch of raw inputs; returns the articles that now need processing.

    `open_origins` (places that could not be read) is kept up to date as read errors are
    recorded or, when the same place now reads fine, resolved.
    """
    todo: list[int] = []
    with engine.begin() as conn:
        for item in batch:
            if isinstance(item, SourceError):
                write.record_error(conn, item.origin, item.reason, "source")
                open_origins.add(item.origin)
                summary.failed += 1
                continue
            if item.origin in open_origins:
                write.resolve_errors(conn, origin=item.origin, stage="source")
                open_origins.discard(item.origin)
            stored = write.store_raw(conn, item)
            if stored.new:
                summary.new += 1
            else:
                summary.already_stored += 1
            # A stored input that failed before is tried again: the cause may be fixed.
            if stored.status in (PENDING, FAILED) and stored.id not in todo:
                todo.append(stored.id)
    return todo


def _until(items: Iterable, stop: StopCheck) -> Iterator:
    for item in items:
        yield item
        if stop():
            return


def _batches(items: Iterable, size: int) -> Iterator[list]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def resolve_leftovers(engine: Engine) -> None:
    """Resolve event mentions not merged into the register yet (rows moved by the upgrade to
    resolution, or written by an older version); a no-op when there are none."""
    from floorcross.resolve import sync

    with engine.begin() as conn:
        sync.resolve_pending(conn)
        sync.drop_orphans(conn)


def ingest(
    engine: Engine,
    inputs: Iterable[RawInput | SourceError],
    *,
    cleaner: Cleaner | None = None,
    extractor: Extractor | None = None,
    version: str | None = None,
    batch_size: int = BATCH_SIZE,
    progress: Progress | None = None,
    stop: StopCheck | None = None,
) -> Summary:
    """Store and process `inputs`, after finishing any articles an earlier run left pending.

    When `stop()` turns true, the run ends after the article in hand: inputs already read are
    committed, articles not yet processed stay pending for the next run.
    """
    stop = stop or _never
    stages = default_stages(cleaner, extractor, version)
    summary = Summary()
    done = 0

    def tick(what: str) -> None:
        nonlocal done
        done += 1
        if progress:
            progress(done, None, what)

    resolve_leftovers(engine)
    with engine.connect() as conn:
        pending = read.pending_article_ids(conn)
        open_origins = read.open_source_error_origins(conn)
    summary.resumed = len(pending)
    _run_articles(engine, pending, stages, summary, tick, stop)
    for batch in _batches(_until(inputs, stop), batch_size):
        todo = _store_batch(engine, batch, summary, open_origins)
        # Source errors and inputs already processed still count as handled.
        for _ in range(len(batch) - len(todo)):
            tick("reading")
        _run_articles(engine, todo, stages, summary, tick, stop)
    with engine.begin() as conn:
        write.prune_people(conn)
    return summary


def ingest_paths(
    engine: Engine,
    paths: list[str],
    *,
    max_bytes: int | None = None,
    stdin: IO[str] | None = None,
    progress: Progress | None = None,
    fetch: FetchSettings | None = None,
    feed: bool = False,
    max_attempts: int = MAX_FETCH_ATTEMPTS,
    **stage_overrides,
) -> Summary:
    """Ingest files, folders, URLs (or `-` for JSON Lines on stdin), in the order given.

    URLs are fetched under `fetch` settings (the defaults keep the SSRF guard on); a feed URL,
    or any URL with `feed=True`, gives the articles of its entries not stored yet.
    """
    from floorcross.sources import DEFAULT_MAX_BYTES, iter_inputs

    settings = fetch or FetchSettings(max_bytes=max_bytes or DEFAULT_MAX_BYTES)
    fetcher = Fetcher(settings)
    web = WebInputs(engine, fetcher, max_attempts=max_attempts)
    kwargs = {"stdin": stdin}
    if max_bytes is not None:
        kwargs["max_bytes"] = max_bytes

    def inputs() -> Iterator[RawInput | SourceError]:
        for path in paths:
            if is_url(path):
                yield from web.url(path, feed=feed)
            else:
                yield from iter_inputs([path], **kwargs)

    try:
        summary = ingest(engine, inputs(), progress=progress, **stage_overrides)
    finally:
        fetcher.close()
    summary.not_refetched, summary.gave_up = web.not_refetched, web.gave_up
    return summary


def reprocess(
    engine: Engine,
    *,
    everything: bool = True,
    cleaner: Cleaner | None = None,
    extractor: Extractor | None = None,
    version: str | None = None,
    progress: Progress | None = None,
) -> Summary:
    """Re-derive events and quotes from stored raw articles (after the extractor improved).

    `everything=False` limits it to articles not yet processed by the current version.
    """
    stages = default_stages(cleaner, extractor, version)
    resolve_leftovers(engine)
    with engine.connect() as conn:
        ids = read.reprocess_article_ids(conn, stages.version, everything)
    summary = Summary(already_stored=len(ids))
    done = 0

    def tick(what: str) -> None:
        nonlocal done
        done += 1
        if progress:
            progress(done, len(ids), what)

    _run_articles(engine, ids, stages, summary, tick)
    with engine.begin() as conn:
        write.prune_people(conn)
    return summary
