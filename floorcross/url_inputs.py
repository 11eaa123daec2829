"""Inputs given as URLs: pages and feeds, fetching only what still needs fetching.

Entries of a feed that are already stored are not fetched again, and a URL that failed is
retried by later runs until it has failed `max_attempts` times in a row.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from sqlalchemy import Engine

from floorcross.sources import feeds
from floorcross.sources.fetch import Fetcher, FetchFailure, to_raw_input
from floorcross.store import fetches, write
from floorcross.types import RawInput, SourceError

MAX_FETCH_ATTEMPTS = 3


def _never() -> bool:
    return False


def is_url(path: str) -> bool:
    return path.strip().lower().startswith(("http://", "https://"))


class WebInputs:
    """RawInputs from URLs and feeds, fetching only what still needs fetching.

    One instance serves a whole run (or every round of a watcher), so its Fetcher keeps
    robots.txt rules, open connections and per-host politeness across URLs. Each fetch is
    booked in `fetch_attempts`: a failure counts one more attempt (its error says which), a
    success clears the count. A URL that has failed `max_attempts` times in a row is not
    fetched again (`gave_up`), except a watched feed itself, which is always polled.
    """

    def __init__(
        self, engine: Engine, fetcher: Fetcher, *, max_attempts: int = MAX_FETCH_ATTEMPTS,
        stop: Callable[[], bool] | None = None,
    ) -> None:
        self.engine = engine
        self.fetcher = fetcher
        self.max_attempts = max_attempts
        self.stop = stop or _never
        self.not_refetched = 0
        self.gave_up = 0
        self._seen: set[str] = set()  # links fetched by this run: two feeds may share one
        # Failed attempts of the URLs looked up so far: a success needs booking only then.
        self._failures: dict[str, int] = {}

    def _lookup_failures(self, urls: list[str]) -> dict[str, int]:
        with self.engine.connect() as conn:
            found = fetches.failures(conn, urls)
        self._failures.update(found)
        return found

    def url(self, url: str, *, feed: bool = False) -> Iterator[RawInput | SourceError]:
        """A page given by the user, or a feed's new entries (auto-detected, or forced)."""
        url = url.strip()
        if self._lookup_failures([url]).get(url, 0) >= self.max_attempts:
            self.gave_up += 1
            return
        yield from self._fetch_url(url, feed=feed, limited=True)

    def feed(self, url: str) -> Iterator[RawInput | SourceError]:
        """The new entries of a watched feed; the feed is polled however often it failed."""
        url = url.strip()
        self._lookup_failures([url])
        yield from self._fetch_url(url, feed=True, limited=False)

    def entries(self, entries: list[feeds.FeedEntry]) -> Iterator[RawInput | SourceError]:
        """The articles behind feed entries not stored yet and not given up on."""
        links = [e.link for e in entries]
        with self.engine.connect() as conn:
            stored = fetches.stored_urls(conn, links)
        failed = self._lookup_failures(links)
        for entry in entries:
            if self.stop():
                return
            if entry.link in stored or entry.link in self._seen:
                self.not_refetched += 1
            elif failed.get(entry.link, 0) >= self.max_attempts:
                self.gave_up += 1
            else:
                self._seen.add(entry.link)
                for result in feeds.fetch_entries([entry], self.fetcher.settings, self.fetcher):
                    yield self._booked(entry.link, result)

    def _fetch_url(
        self, url: str, *, feed: bool, limited: bool
    ) -> Iterator[RawInput | SourceError]:
        try:
            response = self.fetcher.get(url)
        except FetchFailure as exc:
            yield self._booked(url, SourceError(url, str(exc)), limited)
            return
        if feed or feeds.is_feed(response.content_type, response.body):
            found, error = feeds.parse_feed(response.body, url,
                                            response.headers.get("content-type", ""),
                                            base_url=response.url)
            if error is not None:
                yield self._booked(url, error, limited)
            else:
                self._succeeded(url)
            yield from self.entries(found)
            return
        try:
            result: RawInput | SourceError = to_raw_input(response, source_id=url)
        except FetchFailure as exc:
            result = SourceError(url, str(exc))
        yield self._booked(url, result, limited)

    def _booked(
        self, url: str, result: RawInput | SourceError, limited: bool = True
    ) -> RawInput | SourceError:
        if isinstance(result, RawInput):
            if self._failures.pop(url, 0):
                with self.engine.begin() as conn:
                    fetches.record_success(conn, url)
            return result
        with self.engine.begin() as conn:
            n = fetches.record_failure(conn, url, result.reason)
        self._failures[url] = n
        if not limited:
            return SourceError(url, f"{result.reason} (failed {n} times in a row)")
        then = "not retried any more" if n >= self.max_attempts else "retried by the next run"
        return SourceError(url, f"{result.reason} (attempt {n} of {self.max_attempts}; {then})")

    def _succeeded(self, url: str) -> None:
        """A feed read fine: forget its failures and resolve the errors they left."""
        if not self._failures.pop(url, 0):
            return
        with self.engine.begin() as conn:
            fetches.record_success(conn, url)
            write.resolve_errors(conn, origin=url, stage="source")
