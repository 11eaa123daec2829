"""RSS and Atom feeds: parsing, fetching, telling a feed from a page."""

from pathlib import Path

import pytest
from helpers_http import FakeClock, LocalServer, Reply

from floorcross.sources.feeds import (
    feed_entries,
    fetch_entries,
    ingest_url,
    is_feed,
    parse_feed,
)
from floorcross.sources.fetch import Fetcher, FetchSettings
from floorcross.types import RawInput, SourceError

WEB = Path(__file__).parent / "fixtures" / "web"
RSS = (WEB / "feed_rss.xml").read_bytes()
ATOM = (WEB / "feed_atom.xml").read_bytes()
ARTICLE = (WEB / "article.html").read_text()


def settings(**overrides) -> FetchSettings:
    clock = FakeClock()
    base = dict(allow_private=True, timeout=2.0, clock=clock.clock, sleep=clock.sleep)
    base.update(overrides)
    return FetchSettings(**base)


def test_rss_entries_with_link_title_date_and_plain_summary():
    entries, error = parse_feed(RSS, "https://gazette.example/feed.xml", "application/rss+xml")
    assert error is None
    assert [e.link for e in entries] == [
        "https://gazette.example/politics/two-councillors-defect",
        "https://gazette.example/politics/council-tax-rise",
    ]  # the item without a link is dropped
    first = entries[0]
    assert first.title == "Two Tarnbridge councillors defect to Reform UK"
    assert first.published == "2024-03-05T09:30:00Z"
    assert first.summary == (
        "Cllr Owen Fairley and Cllr Dana Kesh said they had lost faith in the Conservative group."
    )
    assert first.key == "gazette-4411"
    # +0100 offsets are normalised to UTC.
    assert entries[1].published == "2024-03-04T16:05:00Z"


def test_atom_entries_resolve_relative_links_and_fall_back_to_updated():
    entries, error = parse_feed(ATOM, "https://herald.example/atom", "application/atom+xml")
    assert error is None
    assert entries[0].link == "https://herald.example/news/msp-suspended"
    assert entries[0].title == 'Kellmoor MSP suspended by SNP over "leaked messages"'
    assert entries[0].published == "2024-06-11T13:20:00Z"
    assert entries[1].published == "2024-06-10T10:00:00Z"  # from <updated>
    assert entries[1].summary == "Polling day will be 18 July."
    assert entries[1].key == "tag:herald.example,2024:by-election"


def test_duplicate_links_are_listed_once():
    item = "<item><title>{}</title><link>https://a.example/story</link></item>"
    body = f'<rss version="2.0"><channel>{item.format("one")}{item.format("two")}</channel></rss>'
    entries, error = parse_feed(body.encode(), "https://a.example/rss")
    assert error is None
    assert [e.title for e in entries] == ["one"]


def test_empty_but_valid_feed_is_not_an_error():
    body = b'<?xml version="1.0"?><rss version="2.0"><channel><title>Quiet</title></channel></rss>'
    assert parse_feed(body, "https://a.example/rss", "") == ([], None)


@pytest.mark.parametrize(
    "body",
    [
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>Cut off</ti',
        b"<html><body><p>This is a web page.</p></body></html>",
        b'{"items": []}',
    ],
)
def test_malformed_or_non_feeds_are_errors(body):
    entries, error = parse_feed(body, "https://a.example/rss", "application/xml")
    assert entries == []
    assert error is not None
    assert error.origin == "https://a.example/rss"
    assert error.reason.startswith("malformed feed: ")


def test_feed_body_is_never_opened_as_a_file_path(tmp_path):
    secret = tmp_path / "secret.xml"
    secret.write_bytes(RSS)  # a readable feed, if the parser were tricked into opening it
    entries, error = parse_feed(str(secret).encode(), "https://a.example/rss")
    assert entries == []
    assert error is not None


@pytest.mark.parametrize(
    ("content_type", "body", "expected"),
    [
        ("application/rss+xml", b"", True),
        ("application/atom+xml", b"", True),
        ("application/xml", RSS, True),
        ("text/xml", ATOM, True),
        ("text/html", b"<!-- c -->\n<?xml-stylesheet href='a'?><rdf:RDF xmlns:rdf='x'>", True),
        ("application/xml", b'<?xml version="1.0"?><!DOCTYPE html><html><p>x</p></html>', False),
        ("text/html", ARTICLE.encode(), False),
        ("application/xml", "<feed>".encode("utf-16"), True),
    ],
)
def test_is_feed(content_type, body, expected):
    assert is_feed(content_type, body) is expected


SITE_RSS = """<?xml version="1.0"?><rss version="2.0"><channel><title>Site</title>
<item><title>Feed title A</title><link>{base}/a</link>
  <pubDate>Wed, 01 May 2024 08:00:00 GMT</pubDate></item>
<item><title>Gone</title><link>{base}/missing</link></item>
</channel></rss>"""


def serve_site() -> LocalServer:
    """A site with a feed, one article, one dead link and a robots.txt."""
    robots = Reply(body="User-agent: *\nDisallow: /private\n", content_type="text/plain")
    server = LocalServer({"/a": Reply(body=ARTICLE), "/robots.txt": robots})
    rss = SITE_RSS.format(base=f"http://127.0.0.1:{server.port}")
    server.routes["/rss"] = Reply(body=rss, content_type="application/rss+xml")
    return server


def test_feed_entries_over_http():
    with serve_site() as server:
        entries, error = feed_entries(server.url("/rss"), settings())
    assert error is None
    assert [e.link for e in entries] == [server.url("/a"), server.url("/missing")]
    assert entries[0].feed_url == server.url("/rss")


def test_feed_fetch_failure_is_an_error():
    with LocalServer() as server:
        entries, error = feed_entries(server.url("/nofeed"), settings(retries=0))
    assert entries == []
    assert error == SourceError(origin=server.url("/nofeed"), reason="HTTP 404 Not Found")


def test_feed_fetch_uses_the_address_guard():
    with serve_site() as server:
        entries, error = feed_entries(server.url("/rss"), settings(allow_private=False))
        assert server.hits["/rss"] == 0
    assert error is not None
    assert "refused non-public address" in error.reason


def test_entry_articles_carry_feed_title_and_date_and_share_one_fetcher():
    with serve_site() as server:
        s = settings()
        with Fetcher(s) as fetcher:
            entries, _ = feed_entries(server.url("/rss"), s, fetcher)
            results = list(fetch_entries(entries, s, fetcher))
        robots_hits = server.hits["/robots.txt"]
    article, missing = results
    assert isinstance(article, RawInput)
    assert article.source_id == server.url("/a")
    assert article.title == "Feed title A"
    assert article.published == "2024-05-01T08:00:00Z"
    assert isinstance(missing, SourceError)
    assert missing.reason == "HTTP 404 Not Found"
    assert robots_hits == 1


def test_ingest_url_expands_a_feed_into_its_articles():
    with serve_site() as server:
        results = list(ingest_url(server.url("/rss"), settings()))
    assert [type(r).__name__ for r in results] == ["RawInput", "SourceError"]
    assert "Petra Anwell" in results[0].content


def test_ingest_url_yields_a_page_as_itself():
    with serve_site() as server:
        results = list(ingest_url(server.url("/a"), settings()))
    assert len(results) == 1
    assert results[0].url == server.url("/a")
    assert results[0].kind == "html"


def test_ingest_url_reports_a_broken_feed():
    bad = Reply(body=b"<rss version='2.0'><channel><item><title>x", content_type="text/xml")
    with LocalServer({"/rss": bad}) as server:
        results = list(ingest_url(server.url("/rss"), settings()))
    assert len(results) == 1
    assert results[0].reason.startswith("malformed feed: ")
