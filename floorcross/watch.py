"""Watching feeds: poll them on a schedule, ingest what is new, report the changes found.

The feeds come from a TOML file:

    interval = 900                               # seconds between rounds (default 900)
    webhook = "https://hooks.example/floorcross" # optional: new changes are POSTed here as JSON
    allow_private = false                        # allow private/loopback addresses (local use)
    delay = 1.0                                  # seconds between two requests to one host
    timeout = 15.0                               # seconds before a request is given up
    max_attempts = 3                             # failed fetches of an article before giving up

    [[feed]]
    url = "https://news.example/politics.rss"
    name = "Example News politics"               # optional, for messages

One `Watcher` keeps one Fetcher for all its rounds, so robots.txt rules, connections and
per-host politeness carry over. `stop()` (called from a signal handler) ends the run after
the article in hand; whatever was fetched is committed, unprocessed articles stay pending and
the next run picks them up.
"""

from __future__ import annotations

import json
import time
import tomllib
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any

import httpx
from sqlalchemy import Connection, Engine, select

from floorcross import pipeline, url_inputs
from floorcross.sources import netguard
from floorcross.sources.fetch import Fetcher, FetchSettings
from floorcross.store.schema import articles, events, people
from floorcross.types import RawInput, SourceError

DEFAULT_INTERVAL = 900.0
MIN_INTERVAL = 1.0
PAUSE_STEP = 0.2  # seconds: how soon a stop is noticed while waiting between rounds
WATCH_BATCH = 8  # inputs committed together: a stop loses no more than this to re-fetching
_KEYS = {"interval", "webhook", "allow_private", "delay", "timeout", "max_attempts", "feed"}


class ConfigError(ValueError):
    """The watch configuration cannot be used; the message says what to fix."""


@dataclass(frozen=True)
class Feed:
    url: str
    name: str | None = None

    @property
    def label(self) -> str:
        return self.name or self.url


@dataclass
class WatchConfig:
    feeds: list[Feed]
    interval: float = DEFAULT_INTERVAL
    webhook: str | None = None
    allow_private: bool = False
    delay: float = 1.0
    timeout: float = 15.0
    max_attempts: int = url_inputs.MAX_FETCH_ATTEMPTS

    def fetch_settings(self) -> FetchSettings:
        return FetchSettings(timeout=self.timeout, politeness_delay=self.delay,
                             allow_private=self.allow_private)


def _number(data: dict, key: str, default: float, minimum: float) -> float:
    value = data.get(key, default)
    if isinstance(value, bool) or not isinstance(value, int | float) or value < minimum:
        raise ConfigError(f"{key} must be a number of at least {minimum:g}, not {value!r}")
    return float(value)


def _feeds(data: dict) -> list[Feed]:
    raw = data.get("feed")
    if not isinstance(raw, list) or not raw:
        raise ConfigError('no feeds: add at least one [[feed]] table with url = "https://..."')
    out = []
    for n, item in enumerate(raw, 1):
        url = item.get("url") if isinstance(item, dict) else None
        if not isinstance(url, str) or not url_inputs.is_url(url):
            raise ConfigError(f"feed {n}: url must be an http:// or https:// URL, not {url!r}")
        name = item.get("name")
        if name is not None and not isinstance(name, str):
            raise ConfigError(f"feed {n}: name must be text")
        out.append(Feed(url.strip(), name))
    return out


def parse_config(data: dict[str, Any]) -> WatchConfig:
    """A WatchConfig from parsed TOML; ConfigError says what is wrong."""
    unknown = set(data) - _KEYS
    if unknown:
        raise ConfigError(f"unknown setting(s): {', '.join(sorted(unknown))}")
    webhook = data.get("webhook")
    if webhook is not None and (not isinstance(webhook, str) or not url_inputs.is_url(webhook)):
        raise ConfigError(f"webhook must be an http:// or https:// URL, not {webhook!r}")
    allow_private = data.get("allow_private", False)
    if not isinstance(allow_private, bool):
        raise ConfigError("allow_private must be true or false")
    return WatchConfig(
        feeds=_feeds(data),
        interval=_number(data, "interval", DEFAULT_INTERVAL, MIN_INTERVAL),
        webhook=webhook,
        allow_private=allow_private,
        delay=_number(data, "delay", 1.0, 0.0),
        timeout=_number(data, "timeout", 15.0, 0.1),
        max_attempts=int(_number(data, "max_attempts", url_inputs.MAX_FETCH_ATTEMPTS, 1)),
    )


def load_config(path: str) -> WatchConfig:
    """Read and check a watch configuration file."""
    try:
        with open(path, "rb") as fh:
            data = tomllib.load(fh)
    except OSError as exc:
        raise ConfigError(f"cannot read {path}: {exc.strerror or exc}") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path} is not valid TOML: {exc}") from exc
    return parse_config(data)


def new_changes(conn: Connection, article_ids: list[int]) -> list[dict[str, Any]]:
    """The events found in `article_ids`, as short records for printing and webhooks."""
    out: list[dict[str, Any]] = []
    for start in range(0, len(article_ids), 500):
        chunk = article_ids[start : start + 500]
        rows = conn.execute(
            select(events, people.c.name.label("person_name"), articles.c.url,
                   articles.c.source_id, articles.c.title)
            .join(people, people.c.id == events.c.person_id)
            .join(articles, articles.c.id == events.c.article_id)
            .where(events.c.article_id.in_(chunk))
            .order_by(events.c.article_id, events.c.id)
        )
        out.extend({
            "id": r.id, "person": r.person_name, "type": r.type,
            "party_from": r.party_from, "party_to": r.party_to, "role": r.role,
            "body": r.body, "ward": r.ward, "date": r.date, "hedged": bool(r.hedged),
            "url": r.url or r.source_id, "title": r.title,
        } for r in rows)
    return out


def describe_change(change: dict[str, Any]) -> str:
    """One line for a person reading the terminal."""
    parties = f"{change['party_from'] or '?'} -> {change['party_to'] or '?'}"
    where = ", ".join(x for x in (change["role"], change["body"], change["ward"]) if x)
    parts = [change["date"] or "(undated)", change["person"], change["type"], parties]
    if where:
        parts.append(where)
    if change["hedged"]:
        parts.append("(reported, unconfirmed)")
    return "  ".join(parts) + f"  <{change['url']}>"


def post_webhook(url: str, payload: dict[str, Any], settings: FetchSettings) -> str | None:
    """POST `payload` as JSON under the same SSRF guard as fetching; None or why it failed.

    Redirects are not followed: a webhook that moved should be reconfigured.
    """
    try:
        target = netguard.check_url(url, allow_private=settings.allow_private,
                                    allow_networks=settings.allow_networks,
                                    resolver=settings.resolver)
    except netguard.BlockedURL as exc:
        return str(exc)
    headers = {"User-Agent": settings.user_agent, "Content-Type": "application/json"}
    extensions: dict[str, object] = {}
    address_url = target.url
    if target.url.host != target.address:  # connect to the checked address, as fetch does
        headers["Host"] = target.url.netloc.decode("ascii")
        if target.url.scheme == "https":
            extensions["sni_hostname"] = target.host
        address_url = target.url.copy_with(host=target.address)
    body = json.dumps(payload, ensure_ascii=False).encode("utf-8")
    try:
        with httpx.Client(timeout=settings.timeout, trust_env=False) as client:
            request = client.build_request("POST", address_url, headers=headers, content=body,
                                           extensions=extensions or None)
            response = client.send(request)
    except httpx.HTTPError as exc:
        return f"{type(exc).__name__}: {exc}"
    if response.status_code >= 300:
        return f"HTTP {response.status_code} {response.reason_phrase}"
    return None


@dataclass
class Round:
    """What one round did."""

    number: int
    summary: pipeline.Summary
    changes: list[dict[str, Any]] = field(default_factory=list)
    webhook_error: str | None = None


class Watcher:
    """Polls the configured feeds round after round until stopped."""

    def __init__(
        self, engine: Engine, config: WatchConfig, *,
        settings: FetchSettings | None = None,
        report: Callable[[Round], None] | None = None,
        **stage_overrides: Any,
    ) -> None:
        self.engine = engine
        self.config = config
        self.settings = settings or config.fetch_settings()
        self.fetcher = Fetcher(self.settings)
        self.report = report
        self.stage_overrides = stage_overrides
        # A plain flag, not a threading.Event: a signal handler taking a lock the interrupted
        # code holds would deadlock.
        self._stop_requested = False
        self.web = url_inputs.WebInputs(engine, self.fetcher, max_attempts=config.max_attempts,
                                      stop=lambda: self.stopping)
        self.rounds = 0

    def stop(self) -> None:
        """Ask the watcher to stop after the article in hand (safe from a signal handler)."""
        self._stop_requested = True

    @property
    def stopping(self) -> bool:
        return self._stop_requested

    def _inputs(self) -> Iterator[RawInput | SourceError]:
        for feed in self.config.feeds:
            if self.stopping:
                return
            yield from self.web.feed(feed.url)

    def run_round(self) -> Round:
        """Poll every feed once, ingest what is new, report and post the new changes."""
        self.rounds += 1
        self.web.not_refetched = self.web.gave_up = 0
        summary = pipeline.ingest(self.engine, self._inputs(), batch_size=WATCH_BATCH,
                                  stop=lambda: self.stopping, **self.stage_overrides)
        summary.not_refetched, summary.gave_up = self.web.not_refetched, self.web.gave_up
        with self.engine.connect() as conn:
            result = Round(self.rounds, summary, new_changes(conn, summary.processed_ids))
        if result.changes and self.config.webhook:
            payload = {"source": "floorcross", "round": result.number,
                       "changes": result.changes}
            result.webhook_error = post_webhook(self.config.webhook, payload, self.settings)
        if self.report:
            self.report(result)
        return result

    def run(self, once: bool = False) -> int:
        """Rounds every `interval` seconds until stopped (or one round); returns the count."""
        try:
            while not self.stopping:
                self.run_round()
                if once:
                    break
                self._pause(self.config.interval)
        finally:
            self.fetcher.close()
        return self.rounds

    def _pause(self, seconds: float) -> None:
        deadline = time.monotonic() + seconds
        while not self.stopping and (left := deadline - time.monotonic()) > 0:
            time.sleep(min(PAUSE_STEP, left))
