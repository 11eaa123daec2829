"""A real HTTP server on loopback for tests: canned replies per path, every request logged.

    with LocalServer({"/a": Reply(body="<p>hi</p>")}) as server:
        fetch(server.url("/a"))
        assert server.hits["/a"] == 1

A route may be a Reply, a list of Replies (one per hit, the last one repeating: "fail
twice, then succeed") or a function of the request handler returning a Reply.
"""

from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

FakeResolverMap = dict[str, list[str]]


@dataclass
class Reply:
    status: int = 200
    body: bytes | str = b""
    content_type: str | None = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds to wait before answering
    chunked: bool = False  # send without Content-Length


def redirect(location: str, status: int = 302) -> Reply:
    return Reply(status=status, headers={"Location": location}, content_type=None)


Route = Reply | list[Reply] | Callable[[BaseHTTPRequestHandler], Reply]
NOT_FOUND = Reply(status=404, body="not found", content_type="text/plain")


@dataclass
class SeenRequest:
    path: str
    headers: dict[str, str]


class LocalServer:
    def __init__(self, routes: dict[str, Route] | None = None) -> None:
        self.routes: dict[str, Route] = dict(routes or {})
        self.hits: Counter[str] = Counter()
        self.requests: list[SeenRequest] = []
        self._lock = threading.Lock()
        self._httpd = ThreadingHTTPServer(("127.0.0.1", 0), _handler_for(self))
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(
            target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    @property
    def port(self) -> int:
        return self._httpd.server_address[1]

    def url(self, path: str = "/", host: str = "127.0.0.1") -> str:
        return f"http://{host}:{self.port}{path}"

    def __enter__(self) -> LocalServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()

    def reply_for(self, handler: BaseHTTPRequestHandler) -> Reply:
        path = handler.path.split("?", 1)[0]
        with self._lock:
            self.hits[path] += 1
            self.requests.append(SeenRequest(path, dict(handler.headers.items())))
            route = self.routes.get(path, NOT_FOUND)
            if isinstance(route, list):
                return route.pop(0) if len(route) > 1 else route[0]
        return route(handler) if callable(route) else route


def _handler_for(server: LocalServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        disable_nagle_algorithm = True  # headers and body go out as separate writes

        def do_GET(self) -> None:  # noqa: N802 - the name http.server looks for
            reply = server.reply_for(self)
            if reply.delay:
                time.sleep(reply.delay)
            body = reply.body.encode() if isinstance(reply.body, str) else reply.body
            self.send_response(reply.status)
            if reply.content_type:
                self.send_header("Content-Type", reply.content_type)
            for name, value in reply.headers.items():
                self.send_header(name, value)
            if reply.chunked:
                self._send_chunked(body)
                return
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def _send_chunked(self, body: bytes) -> None:
            self.send_header("Transfer-Encoding", "chunked")
            self.end_headers()
            try:
                for start in range(0, len(body), 16_384):
                    piece = body[start : start + 16_384]
                    self.wfile.write(b"%x\r\n%s\r\n" % (len(piece), piece))
                self.wfile.write(b"0\r\n\r\n")
            except (BrokenPipeError, ConnectionResetError):
                pass  # the client stopped reading, as a size cap should

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            pass  # keep test output clean

    return Handler


def fake_resolver(names: FakeResolverMap) -> Callable[[str, int], list[str]]:
    """A resolver answering from a dict; unknown names fail like DNS would."""

    def resolve(host: str, port: int) -> list[str]:
        if host in names:
            return list(names[host])
        if host.replace(".", "").isdigit() or ":" in host:
            return [host]  # IP literals resolve to themselves
        raise OSError(f"unknown host {host}")

    return resolve


class FakeClock:
    """clock() and sleep() for FetchSettings: sleeping advances time instantly."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.sleeps: list[float] = []

    def clock(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds


@contextmanager
def serving(routes: dict[str, Route]) -> Iterator[LocalServer]:
    with LocalServer(routes) as server:
        yield server
