"""Reading web archives written by the tests with warcio."""

import gzip
import io
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from floorcross.sources.warc import iter_warc
from floorcross.types import RawInput, SourceError

ARTICLE = (Path(__file__).parent / "fixtures" / "web" / "article.html").read_bytes()


def response(writer, uri, body, content_type="text/html; charset=utf-8", status="200 OK", extra=()):
    headers = StatusAndHeaders(
        status, [("Content-Type", content_type), *extra], protocol="HTTP/1.1"
    )
    return writer.create_warc_record(
        uri, "response", payload=io.BytesIO(body), http_headers=headers
    )


def write_warc(path: Path, records, gzip_records: bool = True) -> Path:
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=gzip_records)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "tests"}))
        for build in records:
            writer.write_record(build(writer))
    return path


def request(writer, uri):
    headers = StatusAndHeaders("GET / HTTP/1.1", [("Host", "news.example")], is_http_request=True)
    return writer.create_warc_record(uri, "request", payload=io.BytesIO(b""), http_headers=headers)


def metadata(writer, uri):
    return writer.create_warc_record(
        uri, "metadata", payload=io.BytesIO(b"via: crawler"), warc_content_type="text/plain"
    )


MIXED = [
    lambda w: request(w, "https://news.example/one"),
    lambda w: response(w, "https://news.example/one", ARTICLE),
    lambda w: metadata(w, "https://news.example/one"),
    lambda w: response(w, "https://news.example/logo.png", b"\x89PNG...", "image/png"),
    lambda w: response(w, "https://news.example/gone", b"<p>gone</p>", status="404 Not Found"),
    lambda w: response(
        w,
        "https://news.example/two",
        "<p>Cllr Se\u00e1n Dwyer joins Sinn F\u00e9in</p>".encode("latin-1"),
        "text/html; charset=iso-8859-1",
    ),
]


@pytest.mark.parametrize("name, gz", [("mixed.warc.gz", True), ("mixed.warc", False)])
def test_only_html_200_responses_become_inputs(tmp_path, name, gz):
    path = write_warc(tmp_path / name, MIXED, gzip_records=gz)
    results = list(iter_warc(str(path)))
    assert all(isinstance(r, RawInput) for r in results)
    assert [r.source_id for r in results] == [
        "https://news.example/one",
        "https://news.example/two",
    ]
    first, second = results
    assert first.kind == "html"
    assert first.url == first.source_id
    assert "Cllr Petra Anwell" in first.content
    assert "Se\u00e1n Dwyer joins Sinn F\u00e9in" in second.content
    assert first.published is None
    offsets = [int(r.origin.rsplit("#", 1)[1]) for r in results]
    assert all(r.origin.startswith(f"{path}#") for r in results)
    assert 0 < offsets[0] < offsets[1] < path.stat().st_size


def test_origin_offset_points_at_the_record(tmp_path):
    path = write_warc(tmp_path / "a.warc", MIXED[:2], gzip_records=False)
    (first,) = iter_warc(str(path))
    offset = int(first.origin.rsplit("#", 1)[1])
    head = path.read_bytes()[offset : offset + 200]
    assert head.startswith(b"WARC/1")
    assert b"WARC-Type: response" in head


def test_gzip_content_encoding_of_the_payload_is_undone(tmp_path):
    encoded = gzip.compress(b"<p>Compressed page about Cllr Ama Boateng</p>")
    record = lambda w: response(  # noqa: E731
        w, "https://news.example/gz", encoded, extra=[("Content-Encoding", "gzip")]
    )
    path = write_warc(tmp_path / "enc.warc.gz", [record])
    (page,) = iter_warc(str(path))
    assert "Cllr Ama Boateng" in page.content


def test_oversized_record_is_an_error_and_the_rest_is_read(tmp_path):
    big = b"<p>" + b"z" * 5000 + b"</p>"
    records = [
        lambda w: response(w, "https://news.example/big", big),
        lambda w: response(w, "https://news.example/small", b"<p>small</p>"),
    ]
    path = write_warc(tmp_path / "big.warc.gz", records)
    results = list(iter_warc(str(path), max_bytes=1000))
    assert isinstance(results[0], SourceError)
    assert results[0].reason == "record larger than 1000 bytes"
    assert isinstance(results[1], RawInput)


def three_pages(tmp_path: Path, gz: bool) -> Path:
    records = [(lambda w, i=i: response(w, f"https://news.example/{i}", ARTICLE)) for i in range(3)]
    return write_warc(tmp_path / ("full.warc.gz" if gz else "full.warc"), records, gz)


@pytest.mark.parametrize("gz", [True, False])
def test_truncated_file_keeps_complete_records_and_reports_the_cut(tmp_path, gz):
    full = three_pages(tmp_path, gz)
    data = full.read_bytes()
    cut = tmp_path / ("cut.warc.gz" if gz else "cut.warc")
    cut.write_bytes(data[: len(data) - 300])
    results = list(iter_warc(str(cut)))
    assert [type(r).__name__ for r in results] == ["RawInput", "RawInput", "SourceError"]
    error = results[-1]
    assert error.origin.startswith(f"{cut}#")
    assert int(error.origin.rsplit("#", 1)[1]) > 0
    assert "truncated" in error.reason


def test_corrupt_record_in_the_middle_is_reported_with_its_offset(tmp_path):
    full = three_pages(tmp_path, True)
    data = bytearray(full.read_bytes())
    (first, second, third) = list(iter_warc(str(full)))
    start = int(second.origin.rsplit("#", 1)[1])
    data[start + 30 : start + 90] = b"\x00" * 60  # inside the second gzip member
    broken = tmp_path / "broken.warc.gz"
    broken.write_bytes(bytes(data))
    results = list(iter_warc(str(broken)))
    assert isinstance(results[0], RawInput)
    errors = [r for r in results if isinstance(r, SourceError)]
    assert len(errors) == 1
    assert errors[0].origin == f"{broken}#{start}"


@pytest.mark.parametrize(
    "content",
    [b"this is a plain text file, not an archive\n" * 20, b"\x1f\x8b\x08\x00 not really gzip"],
)
def test_a_file_that_is_not_a_warc_is_one_error(tmp_path, content):
    path = tmp_path / "junk.warc.gz"
    path.write_bytes(content)
    results = list(iter_warc(str(path)))
    assert len(results) == 1
    assert isinstance(results[0], SourceError)
    assert results[0].origin.startswith(str(path))


def test_missing_file_is_one_error(tmp_path):
    path = tmp_path / "absent.warc"
    assert list(iter_warc(str(path))) == [
        SourceError(origin=str(path), reason="cannot open WARC file: No such file or directory")
    ]


def test_binary_payload_labelled_html_is_an_error_and_the_rest_is_read(tmp_path):
    binary = b"\x00\x01\x02GIF89a" + bytes(range(256)) * 4
    records = [
        lambda w: response(w, "https://news.example/logo", binary),
        lambda w: response(w, "https://news.example/story", b"<p>Cllr Ada Penhale quits</p>"),
    ]
    path = write_warc(tmp_path / "mixed.warc.gz", records)
    results = list(iter_warc(str(path)))
    assert isinstance(results[0], SourceError)
    assert results[0].reason.startswith("binary file")
    assert results[0].origin.startswith(str(path) + "#")
    assert isinstance(results[1], RawInput) and "Ada Penhale" in results[1].content
