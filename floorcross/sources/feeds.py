"""RSS and Atom feeds: list their entries, fetch the articles they link to.

The functions here keep no state between calls, so a watcher can call `feed_entries`
repeatedly, drop the entries it has seen (`FeedEntry.key`), and pass the rest to
`fetch_entries` with a long-lived Fetcher so robots.txt rules and politeness carry over.
"""

from __future__ import annotations

import html
import io
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime

import feedparser

from floorcross.sources.fetch import (
    FetchedResponse,
    Fetcher,
    FetchFailure,
    FetchSettings,
    to_raw_input,
)
from floorcross.types import RawInput, SourceError

FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml")
FEED_ROOTS = ("rss", "feed", "rdf")
# Whatever precedes the root element of an XML document: declaration, comments, doctype, PIs.
_XML_ROOT = re.compile(
    r"^(?:\s+|<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>]*>)*<([A-Za-z_][\w.:-]*)", re.DOTALL
)
_TAG = re.compile(r"<[^>]+>")
_SPACE_BEFORE_PUNCT = re.compile(r"\s+([.,;:!?])")


@dataclass(frozen=True)
class FeedEntry:
    link: str
    title: str | None
    published: str | None  # ISO 8601 in UTC ("2024-03-01T09:30:00Z")
    summary: str | None  # plain text, tags removed
    entry_id: str | None  # the feed's own id (RSS guid, Atom id) when it gives one
    feed_url: str

    @property
    def key(self) -> str:
        """A stable identity for "have we seen this entry?" stores."""
        return self.entry_id or self.link


def is_feed(content_type: str, body: bytes) -> bool:
    """True when a response is an RSS/Atom feed, by media type or by its XML root element."""
    if content_type in FEED_TYPES:
        return True
    return feed_root(body) is not None


def feed_root(body: bytes) -> str | None:
    """ "rss", "feed" or "rdf" when the document's root element is a feed's, else None."""
    head = body[:4096]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = head.decode("utf-16", errors="ignore")
    else:
        text = head.decode("latin-1").removeprefix("\xef\xbb\xbf")
    match = _XML_ROOT.match(text)
    if not match:
        return None
    local = match.group(1).rsplit(":", 1)[-1].lower()
    return local if local in FEED_ROOTS else None


def _iso(parsed_time: object) -> str | None:
    if not parsed_time:
        return None
    try:
        moment = datetime(*parsed_time[:6], tzinfo=UTC)  # type: ignore[index]
    except (TypeError, ValueError):
        return None
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ")


def _plain(markup: str | None) -> str | None:
    if not markup:
        return None
    text = " ".join(html.unescape(_TAG.sub(" ", markup)).split())
    # Tags became spaces; close the gaps they leave before punctuation ("<em>July</em>.").
    return _SPACE_BEFORE_PUNCT.sub(r"\1", text) or None


def _entry(raw: feedparser.FeedParserDict, feed_url: str) -> FeedEntry | None:
    link = (raw.get("link") or "").strip()
    if not link.lower().startswith(("http://", "https://")):
        return None  # nothing we could fetch
    return FeedEntry(
        link=link,
        title=_plain(raw.get("title")),
        published=_iso(raw.get("published_parsed") or raw.get("updated_parsed")),
        summary=_plain(raw.get("summary")),
        entry_id=(raw.get("id") or "").strip() or None,
        feed_url=feed_url,
    )


def parse_feed(
    body: bytes, feed_url: str, content_type: str = "", base_url: str | None = None
) -> tuple[list[FeedEntry], SourceError | None]:
    """Entries of a feed document, in feed order, one per distinct link."""
    headers = {"content-location": base_url or feed_url}
    # feedparser flags a missing or non-XML type as an error; a body whose root is a feed's
    # is XML whatever the server said, and its charset is then read from the XML itself.
    xml_root = feed_root(body) is not None
    headers["content-type"] = "application/xml" if xml_root else content_type or "application/xml"
    # A file object, never bytes or str: feedparser opens strings that look like paths/URLs.
    parsed = feedparser.parse(io.BytesIO(body), response_headers=headers)
    entries: dict[str, FeedEntry] = {}
    for raw in parsed.entries:
        entry = _entry(raw, feed_url)
        if entry is not None:
            entries.setdefault(entry.link, entry)
    if entries:
        return list(entries.values()), None  # usable entries: minor flaws are forgiven
    if parsed.get("bozo"):
        reason = parsed.get("bozo_exception") or "unreadable"
        return [], SourceError(origin=feed_url, reason=f"malformed feed: {reason}")
    if not parsed.get("version"):
        return [], SourceError(origin=feed_url, reason="malformed feed: not RSS or Atom")
    return [], None


def _parse_response(
    response: FetchedResponse, feed_url: str
) -> tuple[list[FeedEntry], SourceError | None]:
    content_type = response.headers.get("content-type", "")
    return parse_feed(response.body, feed_url, content_type, base_url=response.url)


def feed_entries(
    feed_url: str, settings: FetchSettings, fetcher: Fetcher | None = None
) -> tuple[list[FeedEntry], SourceError | None]:
    """Fetch a feed (with every guard of the article fetcher) and list its entries."""
    active = fetcher or Fetcher(settings)
    try:
        response = active.get(feed_url.strip())
    except FetchFailure as exc:
        return [], SourceError(origin=feed_url, reason=str(exc))
    finally:
        if fetcher is None:
            active.close()
    return _parse_response(response, feed_url)


def _with_entry_metadata(raw: RawInput, entry: FeedEntry) -> RawInput:
    raw.title = raw.title or entry.title
    raw.published = raw.published or entry.published
    return raw


def fetch_entries(
    entries: Iterable[FeedEntry], settings: FetchSettings, fetcher: Fetcher | None = None
) -> Iterator[RawInput | SourceError]:
    """The article behind each entry, carrying the entry's title and date."""
    active = fetcher or Fetcher(settings)
    try:
        for entry in entries:
            result = active.fetch(entry.link)
            if isinstance(result, RawInput):
                result = _with_entry_metadata(result, entry)
            yield result
    finally:
        if fetcher is None:
            active.close()


def ingest_url(
    url: str, settings: FetchSettings, fetcher: Fetcher | None = None
) -> Iterator[RawInput | SourceError]:
    """A page yields itself; a feed yields the articles of its entries (auto-detected)."""
    given = url.strip()
    active = fetcher or Fetcher(settings)
    try:
        try:
            response = active.get(given)
        except FetchFailure as exc:
            yield SourceError(origin=given, reason=str(exc))
            return
        if is_feed(response.content_type, response.body):
            entries, error = _parse_response(response, given)
            if error is not None:
                yield error
            yield from fetch_entries(entries, settings, active)
            return
        try:
            yield to_raw_input(response, source_id=given)
        except FetchFailure as exc:
            yield SourceError(origin=given, reason=str(exc))
    finally:
        if fetcher is None:
            active.close()
