"""`floorcross watch`: rounds over local feeds, webhooks, config checks, stopping on SIGTERM."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from conftest import event_line
from helpers_http import LocalServer, Reply
from pg import db_url, pg_database, postgres_server  # noqa: F401
from sqlalchemy import select
from test_ingest_urls import FEED_TYPE, OYELARAN, QUILL, page, rss
from typer.testing import CliRunner

from floorcross.cli import app
from floorcross.sources.fetch import FetchSettings
from floorcross.store import open_db
from floorcross.store.read import event_records
from floorcross.store.schema import PENDING, PROCESSED, articles
from floorcross.watch import ConfigError, Watcher, load_config, parse_config, post_webhook

TESTS = Path(__file__).parent
KESH = page("Kesh suspended", event_line(person="Cllr Dana Kesh", type="suspended",
                                         party_from="Green"))


class WebhookSink:
    """A loopback server that keeps every JSON body POSTed to it."""

    def __init__(self, status: int = 204) -> None:
        self.bodies: list[dict] = []
        self.headers: list[dict] = []
        sink = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:  # noqa: N802 - the name http.server looks for
                length = int(self.headers.get("Content-Length", "0"))
                sink.bodies.append(json.loads(self.rfile.read(length)))
                sink.headers.append(dict(self.headers.items()))
                self.send_response(status)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, format: str, *args: object) -> None:  # noqa: A002
                pass

        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._httpd.server_address[1]}/hook"

    def __enter__(self) -> WebhookSink:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()


def write_config(tmp_path: Path, feeds: list[str], **settings) -> Path:
    lines = [f"{key} = {json.dumps(value)}" for key, value in settings.items()]
    for n, url in enumerate(feeds, 1):
        lines += ["", "[[feed]]", f'url = "{url}"', f'name = "Local feed {n}"']
    path = tmp_path / "feeds.toml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def engine(db_url):  # noqa: F811 - SQLite and PostgreSQL
    eng = open_db(db_url)
    yield eng
    eng.dispose()


def _watcher(engine, config_path, fake_stages, **kw) -> Watcher:
    config = load_config(str(config_path))
    settings = FetchSettings(allow_private=True, politeness_delay=0.0, timeout=5.0, retries=0)
    return Watcher(engine, config, settings=settings, **kw, **fake_stages)


def test_rounds_ingest_new_entries_only_and_report_new_changes(engine, fake_stages, tmp_path):
    reported = []
    with LocalServer({"/a/quill": Reply(body=QUILL), "/a/oyelaran": Reply(body=OYELARAN),
                      "/b/kesh": Reply(body=KESH)}) as server:
        server.routes["/a.xml"] = Reply(body=rss([(server.url("/a/quill"), "Quill quits")]),
                                        content_type=FEED_TYPE)
        server.routes["/b.xml"] = Reply(body=rss([(server.url("/b/kesh"), "Kesh suspended")]),
                                        content_type=FEED_TYPE)
        cfg = write_config(tmp_path, [server.url("/a.xml"), server.url("/b.xml")], interval=60)
        watcher = _watcher(engine, cfg, fake_stages, report=reported.append)
        first = watcher.run_round()
        server.routes["/a.xml"] = Reply(body=rss([
            (server.url("/a/oyelaran"), "Oyelaran joins Reform"),
            (server.url("/a/quill"), "Quill quits")]), content_type=FEED_TYPE)
        second = watcher.run_round()
        watcher.fetcher.close()
    assert sorted(c["person"] for c in first.changes) == ["Ada Quill", "Dana Kesh"]
    assert [c["person"] for c in second.changes] == ["Bram Oyelaran"]
    assert second.changes[0]["party_to"] == "Reform UK"
    assert second.changes[0]["url"] == server.url("/a/oyelaran")
    assert second.summary.not_refetched == 2
    assert [r.number for r in reported] == [1, 2]
    assert server.hits["/a/quill"] == 1 and server.hits["/b/kesh"] == 1
    assert server.hits["/a.xml"] == 2 and server.hits["/b.xml"] == 2
    with engine.connect() as conn:
        assert len(event_records(conn)) == 3


def test_a_broken_feed_is_recorded_and_the_others_still_run(engine, fake_stages, tmp_path):
    with LocalServer({"/b/kesh": Reply(body=KESH),
                      "/broken.xml": Reply(body="<rss><channel><item>", content_type=FEED_TYPE),
                      }) as server:
        server.routes["/b.xml"] = Reply(body=rss([(server.url("/b/kesh"), "Kesh suspended")]),
                                        content_type=FEED_TYPE)
        cfg = write_config(tmp_path, [server.url("/broken.xml"), server.url("/missing.xml"),
                                      server.url("/b.xml")])
        watcher = _watcher(engine, cfg, fake_stages)
        rounds = [watcher.run_round() for _ in range(4)]
        watcher.fetcher.close()
    assert [c["person"] for c in rounds[0].changes] == ["Dana Kesh"]
    assert rounds[0].summary.failed == 2
    # Watched feeds are polled every round however often they failed.
    assert server.hits["/missing.xml"] == 4 and rounds[3].summary.failed == 2
    from floorcross.store.read import error_records

    with engine.connect() as conn:
        reasons = {e["origin"]: e["reason"] for e in error_records(conn)}
    assert "malformed feed" in reasons[server.url("/broken.xml")]
    assert "HTTP 404" in reasons[server.url("/missing.xml")]
    assert "failed 4 times in a row" in reasons[server.url("/missing.xml")]


def test_webhook_receives_new_changes_as_json(engine, fake_stages, tmp_path):
    with WebhookSink() as sink, LocalServer({"/a/quill": Reply(body=QUILL)}) as server:
        server.routes["/a.xml"] = Reply(body=rss([(server.url("/a/quill"), "Quill quits")]),
                                        content_type=FEED_TYPE)
        cfg = write_config(tmp_path, [server.url("/a.xml")], webhook=sink.url,
                           allow_private=True)
        watcher = _watcher(engine, cfg, fake_stages)
        first = watcher.run_round()
        second = watcher.run_round()  # nothing new: nothing posted
        watcher.fetcher.close()
    assert first.webhook_error is None and second.changes == []
    assert len(sink.bodies) == 1
    (change,) = sink.bodies[0]["changes"]
    assert change["person"] == "Ada Quill" and change["type"] == "resigned"
    assert change["party_from"] == "Labour" and change["url"] == server.url("/a/quill")
    assert sink.headers[0]["Content-Type"] == "application/json"


def test_webhook_is_refused_on_a_private_address_unless_allowed():
    with WebhookSink() as sink:
        refused = post_webhook(sink.url, {"changes": []}, FetchSettings())
        failing = WebhookSink(status=500)
        with failing:
            error = post_webhook(failing.url, {"changes": []}, FetchSettings(allow_private=True))
    assert refused is not None and "non-public address" in refused
    assert sink.bodies == []
    assert error == "HTTP 500 Internal Server Error" and len(failing.bodies) == 1


def test_config_is_checked_with_clear_messages(tmp_path):
    good = parse_config({"interval": 120, "feed": [{"url": "https://a.example/rss"}]})
    assert good.interval == 120 and good.feeds[0].label == "https://a.example/rss"
    assert good.webhook is None and good.allow_private is False
    bad = [
        ({}, "no feeds"),
        ({"feed": [{"url": "ftp://a.example/rss"}]}, "feed 1: url must be"),
        ({"feed": [{"url": "https://a.example/"}], "intervall": 5}, "unknown setting"),
        ({"feed": [{"url": "https://a.example/"}], "interval": 0}, "interval must be"),
        ({"feed": [{"url": "https://a.example/"}], "webhook": "hook"}, "webhook must be"),
    ]
    for data, message in bad:
        with pytest.raises(ConfigError, match=message):
            parse_config(data)
    broken = tmp_path / "broken.toml"
    broken.write_text("interval = = 3\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_config(str(broken))
    with pytest.raises(ConfigError, match="cannot read"):
        load_config(str(tmp_path / "absent.toml"))


def test_cli_watch_once(use_fake_stages, db_url, tmp_path):  # noqa: F811
    with LocalServer({"/a/quill": Reply(body=QUILL)}) as server:
        server.routes["/a.xml"] = Reply(body=rss([(server.url("/a/quill"), "Quill quits")]),
                                        content_type=FEED_TYPE)
        cfg = write_config(tmp_path, [server.url("/a.xml")], delay=0)
        runner = CliRunner()
        result = runner.invoke(app, ["watch", "--config", str(cfg), "--once",
                                     "--allow-private", "--db", db_url])
        again = runner.invoke(app, ["watch", "--config", str(cfg), "--once", "--json",
                                    "--allow-private", "--db", db_url])
        bad = runner.invoke(app, ["watch", "--config", str(tmp_path / "none.toml")])
    assert result.exit_code == 0, result.output
    assert "Ada Quill  resigned  Labour -> Independent" in result.stdout
    assert again.exit_code == 0 and again.stdout.strip() == ""
    assert bad.exit_code == 2 and "cannot read" in bad.output
    assert server.hits["/a/quill"] == 1


# -- stopping: the real command in a child process -------------------------------------------

CHILD = textwrap.dedent("""
    import sys
    sys.path.insert(0, {tests!r})
    import conftest
    from floorcross import pipeline

    def stages(cleaner=None, extractor=None, version=None):
        return pipeline.Stages(cleaner or conftest.fake_clean,
                               extractor or conftest.fake_extract,
                               version or conftest.TEST_VERSION)

    pipeline.default_stages = stages
    from floorcross.cli import app
    app(sys.argv[1:])
""")


def _start_watch(cfg: Path, db: str) -> subprocess.Popen:
    code = CHILD.format(tests=str(TESTS))
    return subprocess.Popen(
        [sys.executable, "-c", code, "watch", "--config", str(cfg), "--allow-private",
         "--db", db],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=str(TESTS.parent),
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )


def test_sigterm_mid_round_commits_what_was_fetched_and_exits_0(tmp_path, db_url):  # noqa: F811
    reached = threading.Event()

    def slow_article(_handler) -> Reply:
        reached.set()
        time.sleep(1.0)  # the child is told to stop while this article is in flight
        return Reply(body=OYELARAN)

    with LocalServer({"/a/quill": Reply(body=QUILL), "/a/oyelaran": slow_article,
                      "/a/kesh": Reply(body=KESH)}) as server:
        server.routes["/a.xml"] = Reply(body=rss([
            (server.url("/a/quill"), "Quill quits"),
            (server.url("/a/oyelaran"), "Oyelaran joins Reform"),
            (server.url("/a/kesh"), "Kesh suspended")]), content_type=FEED_TYPE)
        cfg = write_config(tmp_path, [server.url("/a.xml")], interval=600, delay=0)
        child = _start_watch(cfg, db_url)
        try:
            assert reached.wait(60), "the watcher never fetched the second article"
            child.send_signal(signal.SIGTERM)
            out, err = child.communicate(timeout=60)
        finally:
            child.kill()
        kesh_hits = server.hits["/a/kesh"]
    assert child.returncode == 0, err
    assert "stopped" in err
    assert kesh_hits == 0  # nothing was fetched after the signal
    engine = open_db(db_url)
    with engine.connect() as conn:
        stored = dict(conn.execute(select(articles.c.title, articles.c.status)).all())
    engine.dispose()
    # The article in flight was finished and committed; nothing later was started.
    assert set(stored) == {"Quill quits", "Oyelaran joins Reform"}
    assert set(stored.values()) <= {PENDING, PROCESSED}


def test_sigterm_between_rounds_exits_0(tmp_path, db_url):  # noqa: F811
    with LocalServer({"/a/quill": Reply(body=QUILL)}) as server:
        server.routes["/a.xml"] = Reply(body=rss([(server.url("/a/quill"), "Quill quits")]),
                                        content_type=FEED_TYPE)
        cfg = write_config(tmp_path, [server.url("/a.xml")], interval=600, delay=0)
        child = _start_watch(cfg, db_url)
        try:
            first_line = child.stdout.readline()  # the change found by round 1
            child.send_signal(signal.SIGINT)
            out, err = child.communicate(timeout=60)
        finally:
            child.kill()
    assert "Ada Quill  resigned" in first_line
    assert child.returncode == 0, err
    engine = open_db(db_url)
    with engine.connect() as conn:
        statuses = list(conn.execute(select(articles.c.status)).scalars())
    engine.dispose()
    assert statuses == [PROCESSED]
