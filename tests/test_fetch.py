"""Fetching pages from a real HTTP server on loopback."""

from pathlib import Path

import pytest
from helpers_http import FakeClock, LocalServer, Reply, fake_resolver, redirect

from floorcross.sources.decode import decode_declared
from floorcross.sources.fetch import FetchSettings, fetch_urls
from floorcross.types import RawInput, SourceError

ARTICLE = (Path(__file__).parent / "fixtures" / "web" / "article.html").read_text()


def settings(**overrides) -> FetchSettings:
    """Loopback allowed, no real waiting, short timeouts."""
    clock = FakeClock()
    base = dict(
        allow_private=True,
        timeout=2.0,
        politeness_delay=0.0,
        clock=clock.clock,
        sleep=clock.sleep,
    )
    base.update(overrides)
    return FetchSettings(**base)


def fetch_one(url: str, s: FetchSettings) -> RawInput | SourceError:
    results = list(fetch_urls([url], s))
    assert len(results) == 1
    return results[0]


def test_html_page_becomes_raw_input():
    with LocalServer({"/story": Reply(body=ARTICLE)}) as server:
        result = fetch_one(server.url("/story"), settings())
        sent = server.requests[-1].headers
    assert isinstance(result, RawInput)
    assert result.kind == "html"
    assert "Cllr Petra Anwell" in result.content
    assert result.source_id == result.origin == result.url == server.url("/story")
    assert sent["User-Agent"].startswith("floorcross/")


def test_plain_text_page_is_kind_text():
    reply = Reply(body="Councillor joins Greens.", content_type="text/plain; charset=utf-8")
    with LocalServer({"/t": reply}) as server:
        result = fetch_one(server.url("/t"), settings())
    assert isinstance(result, RawInput)
    assert (result.kind, result.content) == ("text", "Councillor joins Greens.")


def test_xhtml_is_html():
    reply = Reply(body="<html><p>x</p></html>", content_type="application/xhtml+xml")
    with LocalServer({"/x": reply}) as server:
        assert fetch_one(server.url("/x"), settings()).kind == "html"


def test_unsupported_content_type_is_an_error():
    reply = Reply(body=b"%PDF-1.7", content_type="application/pdf")
    with LocalServer({"/doc.pdf": reply}) as server:
        result = fetch_one(server.url("/doc.pdf"), settings())
    assert isinstance(result, SourceError)
    assert result.reason == "unsupported content type: application/pdf"


def test_charset_from_header_is_used():
    body = "<p>Sin\u00e9ad \u00d3 Br\u00e1in \u2013 caf\u00e9</p>".encode("cp1252")
    reply = Reply(body=body, content_type="text/html; charset=windows-1252")
    with LocalServer({"/p": reply}) as server:
        result = fetch_one(server.url("/p"), settings())
    assert "Sin\u00e9ad \u00d3 Br\u00e1in \u2013 caf\u00e9" in result.content


def test_charset_from_meta_is_used_when_header_has_none():
    page = '<html><head><meta charset="iso-8859-1"></head><body>Jos\u00e9 Mu\u00f1oz</body>'
    reply = Reply(body=page.encode("latin-1"), content_type="text/html")
    with LocalServer({"/p": reply}) as server:
        result = fetch_one(server.url("/p"), settings())
    assert "Jos\u00e9 Mu\u00f1oz" in result.content


def test_decode_falls_back_when_declared_charset_is_wrong():
    body = "Ren\u00e9e Ch\u00e2telet".encode()
    assert decode_declared(body, "us-ascii", html=False) == "Ren\u00e9e Ch\u00e2telet"
    assert decode_declared(b"\xef\xbb\xbfBOM first", "latin-1", html=False) == "BOM first"


def test_http_404_is_reported_without_retrying():
    with LocalServer({}) as server:
        result = fetch_one(server.url("/gone"), settings())
        hits = server.hits["/gone"]
    assert isinstance(result, SourceError)
    assert result.reason == "HTTP 404 Not Found"
    assert hits == 1


def test_http_500_is_retried_with_backoff_then_reported():
    clock = FakeClock()
    s = settings(retries=2, backoff=0.5, clock=clock.clock, sleep=clock.sleep)
    with LocalServer({"/flaky": Reply(status=500, body="oops")}) as server:
        result = fetch_one(server.url("/flaky"), s)
        hits = server.hits["/flaky"]
    assert result.reason == "HTTP 500 Internal Server Error"
    assert hits == 3
    assert clock.sleeps == [0.5, 1.0]


def test_retry_succeeds_after_transient_503_honouring_retry_after():
    clock = FakeClock()
    replies = [Reply(status=503, headers={"Retry-After": "4"}), Reply(body="<p>back</p>")]
    s = settings(retries=2, backoff=0.5, clock=clock.clock, sleep=clock.sleep)
    with LocalServer({"/busy": replies}) as server:
        result = fetch_one(server.url("/busy"), s)
    assert isinstance(result, RawInput)
    assert "back" in result.content
    assert clock.sleeps == [4.0]


def test_slow_server_times_out_after_retries():
    with LocalServer({"/slow": Reply(body="late", delay=1.0)}) as server:
        result = fetch_one(server.url("/slow"), settings(timeout=0.2, retries=1))
        hits = server.hits["/slow"]
    assert isinstance(result, SourceError)
    assert result.reason == "timed out after 0.2s (after 2 attempts)"
    assert hits == 2


def test_connection_refused_is_an_error_not_a_crash():
    with LocalServer() as server:
        dead = server.url("/")
    result = fetch_one(dead, settings(retries=0))
    assert isinstance(result, SourceError)
    assert result.reason.startswith("connection failed")


def test_redirect_chain_is_followed_to_the_final_url():
    routes = {"/old": redirect("/moved"), "/moved": redirect("/final", 301)}
    routes["/final"] = Reply(body="<p>Landed</p>")
    with LocalServer(routes) as server:
        result = fetch_one(server.url("/old"), settings())
    assert isinstance(result, RawInput)
    assert result.source_id == server.url("/old")
    assert result.url == server.url("/final")


def test_too_many_redirects():
    routes = {f"/r{i}": redirect(f"/r{i + 1}") for i in range(5)}
    with LocalServer(routes) as server:
        result = fetch_one(server.url("/r0"), settings(max_redirects=3))
    assert result.reason == "too many redirects (more than 3)"


def test_redirect_loop_is_detected():
    routes = {"/a": redirect("/b"), "/b": redirect("/a")}
    with LocalServer(routes) as server:
        result = fetch_one(server.url("/a"), settings(max_redirects=10))
        hits = server.hits["/a"]
    assert result.reason.startswith("redirect loop")
    assert hits == 1


def guarded(server: LocalServer, **overrides) -> FetchSettings:
    """The guard on, with only the test server's own address let through."""
    names = {"news.test": ["127.0.0.1"], "intranet.test": ["10.1.2.3"]}
    return settings(
        allow_private=False,
        allow_networks=("127.0.0.1/32",),
        resolver=fake_resolver(names),
        **overrides,
    )


def test_connection_goes_to_the_checked_address_with_the_real_host_name():
    with LocalServer({"/p": Reply(body="<p>ok</p>")}) as server:
        result = fetch_one(server.url("/p", host="news.test"), guarded(server))
        host_header = server.requests[-1].headers["Host"]
    assert isinstance(result, RawInput)
    assert result.url == server.url("/p", host="news.test")
    assert host_header == f"news.test:{server.port}"


def test_redirect_to_a_private_address_is_refused():
    routes = {"/jump": redirect("http://intranet.test/admin"), "/other": redirect("/loop")}
    with LocalServer(routes) as server:
        result = fetch_one(server.url("/jump", host="news.test"), guarded(server))
    assert isinstance(result, SourceError)
    assert result.reason == "refused non-public address 10.1.2.3 for host intranet.test"


def test_redirect_to_another_loopback_address_is_refused_before_connecting():
    with LocalServer() as server:
        server.routes["/jump"] = redirect(f"http://127.0.0.2:{server.port}/secret")
        result = fetch_one(server.url("/jump", host="news.test"), guarded(server))
        assert server.hits["/secret"] == 0
    assert "refused non-public address 127.0.0.2" in result.reason


def test_guard_is_on_by_default_for_loopback():
    with LocalServer({"/p": Reply(body="x")}) as server:
        result = fetch_one(server.url("/p"), settings(allow_private=False))
        assert server.hits["/p"] == 0
    assert result.reason.startswith("refused non-public address 127.0.0.1")


def test_oversized_body_with_content_length_is_refused():
    with LocalServer({"/big": Reply(body="x" * 5000)}) as server:
        result = fetch_one(server.url("/big"), settings(max_bytes=1000))
    assert result.reason == "response larger than 1000 bytes"


def test_oversized_streamed_body_is_cut_off():
    reply = Reply(body=b"<p>" + b"y" * 200_000, chunked=True)
    with LocalServer({"/stream": reply}) as server:
        result = fetch_one(server.url("/stream"), settings(max_bytes=50_000))
    assert result.reason == "response larger than 50000 bytes"


ROBOTS = "User-agent: *\nDisallow: /members/\n\nUser-agent: floorcross\nDisallow: /private/\n"


def test_robots_disallow_is_respected_and_fetched_once_per_site():
    routes = {"/robots.txt": Reply(body=ROBOTS, content_type="text/plain")}
    routes["/private/a"] = Reply(body="secret")
    routes["/public/a"] = Reply(body="<p>fine</p>")
    with LocalServer(routes) as server:
        urls = [server.url("/private/a"), server.url("/public/a"), server.url("/public/b")]
        results = list(fetch_urls(urls, settings(respect_robots=True)))
        hits = dict(server.hits)
    assert results[0].reason == f"disallowed by robots.txt: {urls[0]}"
    assert isinstance(results[1], RawInput)
    assert results[2].reason == "HTTP 404 Not Found"
    assert hits["/robots.txt"] == 1
    assert "/private/a" not in hits


def test_robots_can_be_switched_off():
    routes = {"/robots.txt": Reply(body="User-agent: *\nDisallow: /\n", content_type="text/plain")}
    routes["/p"] = Reply(body="<p>x</p>")
    with LocalServer(routes) as server:
        assert isinstance(fetch_one(server.url("/p"), settings()), SourceError)
        assert isinstance(fetch_one(server.url("/p"), settings(respect_robots=False)), RawInput)


@pytest.mark.parametrize("status", [404, 500])
def test_unreadable_robots_allows_fetching(status):
    routes = {"/robots.txt": Reply(status=status, body="nope"), "/p": Reply(body="<p>x</p>")}
    with LocalServer(routes) as server:
        result = fetch_one(server.url("/p"), settings(retries=0))
    assert isinstance(result, RawInput)


def test_politeness_delay_spaces_requests_to_the_same_host_only():
    clock = FakeClock()
    names = {"a.test": ["127.0.0.1"], "b.test": ["127.0.0.1"]}
    s = settings(
        politeness_delay=1.5, clock=clock.clock, sleep=clock.sleep, resolver=fake_resolver(names)
    )
    with LocalServer({"/1": Reply(body="1"), "/2": Reply(body="2")}) as server:
        urls = [server.url("/1", "a.test"), server.url("/1", "b.test"), server.url("/2", "a.test")]
        results = list(fetch_urls(urls, s))
    assert all(isinstance(r, RawInput) for r in results)
    # a.test: robots.txt, then /1 waits 1.5s. b.test: the same. a.test/2 comes 1.5s after
    # a.test/1 (time spent waiting for b.test counts), so it needs no further wait.
    assert clock.sleeps == [1.5, 1.5]


def test_politeness_delay_between_back_to_back_requests():
    clock = FakeClock()
    s = settings(politeness_delay=2.0, respect_robots=False, clock=clock.clock, sleep=clock.sleep)
    with LocalServer({"/1": Reply(body="1"), "/2": Reply(body="2")}) as server:
        list(fetch_urls([server.url("/1"), server.url("/2"), server.url("/1")], s))
    assert clock.sleeps == [2.0, 2.0]


def test_crawl_delay_from_robots_raises_the_wait():
    clock = FakeClock()
    robots = Reply(body="User-agent: *\nCrawl-delay: 4\n", content_type="text/plain")
    routes = {"/robots.txt": robots, "/1": Reply(body="1"), "/2": Reply(body="2")}
    s = settings(politeness_delay=1.0, clock=clock.clock, sleep=clock.sleep)
    with LocalServer(routes) as server:
        list(fetch_urls([server.url("/1"), server.url("/2")], s))
    assert clock.sleeps == [4.0, 4.0]


def test_bad_urls_in_a_batch_are_errors_and_the_batch_goes_on():
    with LocalServer({"/ok": Reply(body="<p>fine</p>")}) as server:
        urls = ["not a url", "ftp://files.test/x", "", server.url("/ok"), "http://[::1"]
        results = list(fetch_urls(urls, settings()))
    kinds = [type(r).__name__ for r in results]
    assert kinds == ["SourceError", "SourceError", "RawInput", "SourceError"]
    assert "scheme" in results[1].reason


def test_bad_redirect_location_is_an_error():
    with LocalServer({"/r": redirect("http://[::1/")}) as server:
        result = fetch_one(server.url("/r"), settings())
    assert isinstance(result, SourceError)
    assert result.reason.startswith("bad redirect location")


def test_broken_gzip_body_is_an_error_not_a_crash():
    reply = Reply(body=b"not gzip at all", headers={"Content-Encoding": "gzip"})
    with LocalServer({"/z": reply}) as server:
        result = fetch_one(server.url("/z"), settings(retries=0))
    assert isinstance(result, SourceError)
    assert "DecodingError" in result.reason


def test_nonsense_charset_label_does_not_break_decoding():
    assert decode_declared("Caf\u00e9".encode(), "base64", html=True) == "Caf\u00e9"


def test_binary_body_labelled_html_is_a_clear_error():
    # An image a misconfigured server sends as text/html: refused, not stored as mojibake.
    body = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8
    with LocalServer({"/pic": Reply(body=body, content_type="text/html")}) as server:
        result = fetch_one(server.url("/pic"), settings())
    assert isinstance(result, SourceError)
    assert result.reason.startswith("binary file")
    assert "served as text/html" in result.reason


def test_declared_charset_that_does_not_fit_falls_back_to_detection():
    # Labelled UTF-8 but written in cp1252: the label is ignored, the text survives.
    body = "Ren\u00e9e said \u201cno\u201d".encode("cp1252")
    assert decode_declared(body, "utf-8", html=False) == "Ren\u00e9e said \u201cno\u201d"
