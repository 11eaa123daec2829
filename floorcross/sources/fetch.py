"""Fetching articles over HTTP(S): guarded, polite, size-capped, and never raising per URL.

`fetch_urls` turns URLs into RawInput records or SourceErrors. Underneath, a `Fetcher`
holds what must outlive one URL (HTTP connections, robots.txt rules, when each host was
last asked), so long-running callers such as a feed watcher should keep one and reuse it.

Every hop (first request and each redirect) is checked by the SSRF guard and robots.txt,
and the connection goes to the address the guard checked.
"""

from __future__ import annotations

import http
import time
from collections import OrderedDict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace

import httpx

from floorcross import __version__
from floorcross.sources import netguard
from floorcross.sources.decode import DecodeError, decode_declared
from floorcross.sources.robots import RobotsCache
from floorcross.types import RawInput, SourceError

DEFAULT_USER_AGENT = f"floorcross/{__version__} (+https://example.org/floorcross; news research)"
HTML_TYPES = ("text/html", "application/xhtml+xml")
TEXT_TYPES = ("text/plain",)
REDIRECT_CODES = (301, 302, 303, 307, 308)
RETRY_STATUSES = (429, 500, 502, 503, 504)
MAX_RETRY_AFTER = 30.0
ROBOTS_MAX_BYTES = 500_000
MAX_OPEN_HOSTS = 16  # connection pools kept open at once
ACCEPT = "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5"
_RETRYABLE = (httpx.TimeoutException, httpx.NetworkError, httpx.RemoteProtocolError)


@dataclass
class FetchSettings:
    timeout: float = 15.0
    max_bytes: int = 5_000_000
    max_redirects: int = 5
    user_agent: str = DEFAULT_USER_AGENT
    politeness_delay: float = 1.0  # seconds between two requests to the same host
    retries: int = 2
    backoff: float = 0.5  # first retry waits this long, then doubles
    allow_private: bool = False
    respect_robots: bool = True
    # Private networks (CIDR) allowed while the guard stays on for everything else.
    allow_networks: tuple[str, ...] = ()
    resolver: netguard.Resolver = field(default=netguard.system_resolver, repr=False)
    clock: Callable[[], float] = field(default=time.monotonic, repr=False)
    sleep: Callable[[float], None] = field(default=time.sleep, repr=False)


@dataclass
class FetchedResponse:
    """A response read in full (within the size cap), after redirects."""

    requested_url: str
    url: str
    status: int
    reason: str
    content_type: str  # media type only, lower case ("text/html"); "" when absent
    charset: str | None
    body: bytes
    headers: httpx.Headers


class FetchFailure(Exception):
    """A URL could not be fetched; the message is the reason recorded for it."""


class _Transient(Exception):
    """A network failure that another attempt may not meet."""

    def __init__(self, cause: Exception) -> None:
        super().__init__(str(cause))
        self.cause = cause


def media_type(content_type: str | None) -> tuple[str, str | None]:
    """("text/html", "utf-8") from "text/html; charset=UTF-8"."""
    if not content_type:
        return "", None
    parts = [p.strip() for p in content_type.split(";")]
    charset = None
    for param in parts[1:]:
        name, _, value = param.partition("=")
        if name.strip().lower() == "charset" and value:
            charset = value.strip().strip("\"'") or None
    return parts[0].lower(), charset


def status_text(status: int, reason: str = "") -> str:
    if not reason:
        try:
            reason = http.HTTPStatus(status).phrase
        except ValueError:
            reason = ""
    return f"HTTP {status} {reason}".rstrip()


class Fetcher:
    """Fetches URLs one at a time under FetchSettings; reuse it across many URLs."""

    def __init__(self, settings: FetchSettings | None = None) -> None:
        self.settings = settings or FetchSettings()
        # One connection pool per host name: connections go to IP addresses, and a pool
        # keyed by address alone could reuse one host's TLS session for another host.
        self._clients: OrderedDict[str, httpx.Client] = OrderedDict()
        self._last_request: dict[str, float] = {}
        self._robots = RobotsCache(self._fetch_robots, self.settings.user_agent)

    def _client_for(self, host: str) -> httpx.Client:
        client = self._clients.pop(host, None)
        if client is None:
            # trust_env=False: a proxy from the environment would bypass the address check.
            client = httpx.Client(
                timeout=httpx.Timeout(self.settings.timeout),
                follow_redirects=False,
                trust_env=False,
            )
        self._clients[host] = client  # most recently used last
        while len(self._clients) > MAX_OPEN_HOSTS:
            _host, oldest = self._clients.popitem(last=False)
            oldest.close()
        return client

    def close(self) -> None:
        for client in self._clients.values():
            client.close()
        self._clients.clear()

    def __enter__(self) -> Fetcher:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- public -------------------------------------------------------------------------

    def fetch(self, url: str) -> RawInput | SourceError:
        """One article: RawInput for HTML or plain text, SourceError for anything else."""
        given = url.strip()
        try:
            response = self.get(given)
            return to_raw_input(response, source_id=given)
        except FetchFailure as exc:
            return SourceError(origin=given, reason=str(exc))

    def get(self, url: str, *, max_bytes: int | None = None) -> FetchedResponse:
        """Fetch url following redirects; raise FetchFailure for any HTTP status >= 400."""
        response = self.get_any_status(url, max_bytes=max_bytes, check_robots=True)
        if response.status >= 400:
            raise FetchFailure(status_text(response.status, response.reason))
        return response

    def get_any_status(
        self, url: str, *, max_bytes: int | None = None, check_robots: bool = True
    ) -> FetchedResponse:
        """Fetch url following redirects; the final status may be anything."""
        limit = self.settings.max_bytes if max_bytes is None else max_bytes
        current = url
        visited: set[str] = set()
        for _hop in range(self.settings.max_redirects + 1):
            if current in visited:
                raise FetchFailure(f"redirect loop at {current}")
            visited.add(current)
            response = self._get_one(current, limit, check_robots)
            location = response.headers.get("location")
            if response.status not in REDIRECT_CODES or not location:
                return replace(response, requested_url=url, url=current)
            current = _redirect_target(current, location)
        raise FetchFailure(f"too many redirects (more than {self.settings.max_redirects})")

    # -- one hop --------------------------------------------------------------------------

    def _get_one(self, url: str, limit: int, check_robots: bool) -> FetchedResponse:
        s = self.settings
        try:
            target = netguard.check_url(
                url,
                allow_private=s.allow_private,
                allow_networks=s.allow_networks,
                resolver=s.resolver,
            )
        except netguard.BlockedURL as exc:
            raise FetchFailure(str(exc)) from exc
        delay = s.politeness_delay
        if check_robots and s.respect_robots:
            if not self._robots.allowed(target.url):
                raise FetchFailure(f"disallowed by robots.txt: {url}")
            delay = max(delay, self._robots.crawl_delay(target.url))
        return self._with_retries(target, limit, delay)

    def _with_retries(self, target: netguard.Target, limit: int, delay: float) -> FetchedResponse:
        s = self.settings
        attempts = s.retries + 1
        for attempt in range(attempts):
            wait = s.backoff * (2**attempt)
            last = attempt == attempts - 1
            self._polite_wait(target.host, delay)
            try:
                response = self._send_classified(target, limit)
            except _Transient as exc:
                if last:
                    raise FetchFailure(_describe(exc.cause, s.timeout, attempts)) from exc
                s.sleep(wait)
                continue
            if response.status in RETRY_STATUSES and not last:
                s.sleep(max(wait, _retry_after_value(response)))
                continue
            return response
        raise AssertionError("unreachable: the last attempt always returns or raises")

    def _send_classified(self, target: netguard.Target, limit: int) -> FetchedResponse:
        """_send, with httpx errors sorted into worth-retrying (_Transient) or final."""
        try:
            return self._send(target, limit)
        except httpx.RemoteProtocolError as exc:
            # httpx parses Location itself; a broken one is final, not a glitch.
            if str(exc).startswith("Invalid URL in location header"):
                raise FetchFailure(f"bad redirect location: {exc}") from exc
            raise _Transient(exc) from exc
        except _RETRYABLE as exc:
            raise _Transient(exc) from exc
        except httpx.HTTPError as exc:  # bad content encoding, unsupported URL and the like
            raise FetchFailure(f"HTTP error: {type(exc).__name__}: {exc}") from exc

    def _polite_wait(self, host: str, delay: float) -> None:
        now = self.settings.clock()
        previous = self._last_request.get(host)
        if previous is not None and delay > 0:
            remaining = previous + delay - now
            if remaining > 0:
                self.settings.sleep(remaining)
                now = self.settings.clock()
        self._last_request[host] = now

    def _send(self, target: netguard.Target, limit: int) -> FetchedResponse:
        client = self._client_for(target.host)
        request = pinned_request(client, target, self.settings.user_agent)
        response = client.send(request, stream=True)
        try:
            body = self._read_capped(response, limit)
        finally:
            response.close()
        mime, charset = media_type(response.headers.get("content-type"))
        return FetchedResponse(
            requested_url=str(target.url),
            url=str(target.url),
            status=response.status_code,
            reason=response.reason_phrase,
            content_type=mime,
            charset=charset,
            body=body,
            headers=response.headers,
        )

    def _read_capped(self, response: httpx.Response, limit: int) -> bytes:
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            raise FetchFailure(f"response larger than {limit} bytes")
        deadline = self.settings.clock() + self.settings.timeout
        chunks: list[bytes] = []
        size = 0
        for chunk in response.iter_bytes():
            size += len(chunk)
            if size > limit:
                raise FetchFailure(f"response larger than {limit} bytes")
            if self.settings.clock() > deadline:
                # A server dripping bytes never trips the per-read timeout; this does.
                raise FetchFailure(f"timed out after {self.settings.timeout:g}s reading body")
            chunks.append(chunk)
        return b"".join(chunks)

    # -- robots ---------------------------------------------------------------------------

    def _fetch_robots(self, url: str) -> tuple[int, str] | None:
        try:
            response = self.get_any_status(url, max_bytes=ROBOTS_MAX_BYTES, check_robots=False)
        except FetchFailure:
            return None
        try:
            return response.status, decode_declared(response.body, response.charset, html=False)
        except DecodeError:
            return None  # a robots.txt that is not text says nothing


def pinned_request(client: httpx.Client, target: netguard.Target, user_agent: str) -> httpx.Request:
    """A GET to the checked address, naming the real host in Host and in TLS SNI.

    The certificate is still verified against the host name (httpcore checks it against
    the SNI name), so pinning the address weakens nothing for HTTPS.
    """
    url = target.url
    headers = {"User-Agent": user_agent, "Accept": ACCEPT}
    extensions: dict[str, object] = {}
    if url.host != target.address:
        headers["Host"] = url.netloc.decode("ascii")
        if url.scheme == "https":
            extensions["sni_hostname"] = target.host
        url = url.copy_with(host=target.address)
    return client.build_request("GET", url, headers=headers, extensions=extensions or None)


def _redirect_target(current: str, location: str) -> str:
    try:
        return str(httpx.URL(current).join(location.strip()))
    except (httpx.InvalidURL, ValueError) as exc:
        raise FetchFailure(f"bad redirect location {location!r}: {exc}") from exc


def _retry_after_value(response: FetchedResponse) -> float:
    value = response.headers.get("retry-after", "")
    try:
        return min(max(float(value), 0.0), MAX_RETRY_AFTER)
    except ValueError:
        return 0.0  # HTTP-date form: our own backoff is used instead


def _describe(exc: Exception, timeout: float, attempts: int) -> str:
    tries = f" (after {attempts} attempts)" if attempts > 1 else ""
    if isinstance(exc, httpx.TimeoutException):
        return f"timed out after {timeout:g}s{tries}"
    if isinstance(exc, httpx.ConnectError):
        return f"connection failed: {exc}{tries}"
    return f"network error: {type(exc).__name__}: {exc}{tries}"


def to_raw_input(response: FetchedResponse, source_id: str) -> RawInput:
    """RawInput for an HTML or plain-text response; FetchFailure for other content types."""
    mime = response.content_type or _sniff_type(response.body)
    if mime in HTML_TYPES:
        kind = "html"
    elif mime in TEXT_TYPES:
        kind = "text"
    else:
        raise FetchFailure(f"unsupported content type: {mime or '(none)'}")
    try:
        content = decode_declared(response.body, response.charset, html=kind == "html")
    except DecodeError as exc:
        raise FetchFailure(f"{exc.args[0]} (served as {mime})") from exc
    return RawInput(
        source_id=source_id, kind=kind, content=content, origin=source_id, url=response.url
    )


def _sniff_type(body: bytes) -> str:
    """Guess a missing Content-Type: only unmistakable HTML is accepted."""
    head = body[:512].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"<!doctype html", b"<html")):
        return "text/html"
    return ""


def fetch_urls(
    urls: Iterable[str], settings: FetchSettings, fetcher: Fetcher | None = None
) -> Iterator[RawInput | SourceError]:
    """One RawInput or SourceError per URL, in order; never raises for a bad URL."""
    own = fetcher is None
    active = fetcher or Fetcher(settings)
    try:
        for url in urls:
            if url.strip():
                yield active.fetch(url)
    finally:
        if own:
            active.close()
