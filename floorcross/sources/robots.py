"""robots.txt rules, fetched once per site and kept for the life of a fetcher.

Policy: a robots.txt that cannot be fetched (network failure, server error) or that answers
4xx allows everything; only rules that were actually read can disallow. RFC 9309 asks
crawlers to treat a 5xx answer as "disallow all"; floorcross treats it as unreadable, so a
flaky server reports its own HTTP errors on the article fetch rather than a robots refusal.
"""

from __future__ import annotations

from collections.abc import Callable
from urllib.robotparser import RobotFileParser

import httpx

# robots URL -> (HTTP status, body text), or None when it could not be fetched at all.
RobotsFetch = Callable[[str], tuple[int, str] | None]

# A site asking for more than this between requests is honoured only up to it.
MAX_CRAWL_DELAY = 30.0


def robots_url(url: str | httpx.URL) -> str:
    """The robots.txt URL governing url (same scheme, host and port)."""
    parsed = httpx.URL(str(url))
    return str(parsed.copy_with(path="/robots.txt", query=None, fragment=None))


def site_key(url: str | httpx.URL) -> str:
    parsed = httpx.URL(str(url))
    return f"{parsed.scheme}://{parsed.netloc.decode('ascii')}"


class RobotsCache:
    """Answers "may this URL be fetched?" reading each site's robots.txt at most once."""

    def __init__(self, fetch: RobotsFetch, user_agent: str) -> None:
        self._fetch = fetch
        self._user_agent = user_agent
        self._parsers: dict[str, RobotFileParser | None] = {}

    def _parser(self, url: str | httpx.URL) -> RobotFileParser | None:
        key = site_key(url)
        if key not in self._parsers:
            self._parsers[key] = self._load(robots_url(url))
        return self._parsers[key]

    def _load(self, url: str) -> RobotFileParser | None:
        answer = self._fetch(url)
        if answer is None:
            return None
        status, text = answer
        if not 200 <= status < 300:
            return None
        parser = RobotFileParser(url)
        parser.parse(text.splitlines())
        return parser

    def allowed(self, url: str | httpx.URL) -> bool:
        parser = self._parser(url)
        return parser is None or parser.can_fetch(self._user_agent, str(url))

    def crawl_delay(self, url: str | httpx.URL) -> float:
        """The site's Crawl-delay for our user agent in seconds (0 when none), capped."""
        parser = self._parser(url)
        if parser is None:
            return 0.0
        delay = parser.crawl_delay(self._user_agent)
        try:
            return min(float(delay or 0.0), MAX_CRAWL_DELAY)
        except (TypeError, ValueError):
            return 0.0
