"""Reading inputs: files, folders, JSON Lines, gzip, stdin, and every kind of bad input."""

from __future__ import annotations

import builtins
import gzip
import io
import itertools
import json
import os
import random
from pathlib import Path

import pytest

from floorcross.sources import iter_inputs, sample_paths
from floorcross.sources.jsonl import bounded_lines, read_jsonl_stream
from floorcross.types import RawInput, SourceError

FIXTURES = Path(__file__).parent / "fixtures" / "sources"
TREE = FIXTURES / "tree"


def read_all(paths, **kwargs):
    return list(iter_inputs([str(p) for p in paths], **kwargs))


def only(items):
    assert len(items) == 1, items
    return items[0]


def write_jsonl(path: Path, *lines: str) -> Path:
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


# --- folders and files ---------------------------------------------------------------------


def test_folder_is_walked_in_sorted_order_skipping_hidden_and_other_files():
    items = read_all([TREE])
    assert all(isinstance(item, RawInput) for item in items)
    assert [item.source_id for item in items] == [
        os.path.join(str(TREE), "a_report.txt"),
        os.path.join(str(TREE), "sub", "b_page.html"),
        "feed-1",
        "feed-2",
    ]
    assert [item.kind for item in items] == ["text", "html", "text", "html"]


def test_file_source_id_is_the_path_as_given(monkeypatch):
    monkeypatch.chdir(TREE)
    item = only(read_all(["a_report.txt"]))
    assert item.source_id == "a_report.txt"
    assert item.origin == "a_report.txt"
    assert "Ellen Marsh" in item.content


def test_hidden_file_given_explicitly_is_read():
    item = only(read_all([TREE / ".hidden.txt"]))
    assert isinstance(item, RawInput)


def test_explicit_file_with_unknown_extension_is_an_error():
    error = only(read_all([TREE / "notes.md"]))
    assert isinstance(error, SourceError)
    assert error.reason.startswith("unsupported file type")
    assert error.origin == str(TREE / "notes.md")


def test_missing_path_is_an_error_and_the_batch_carries_on(tmp_path):
    items = read_all([tmp_path / "nope.txt", TREE / "a_report.txt"])
    assert isinstance(items[0], SourceError)
    assert items[0].reason == "file not found"
    assert isinstance(items[1], RawInput)


def test_folder_without_inputs_is_an_error(tmp_path):
    (tmp_path / "readme.md").write_text("nothing to read")
    error = only(read_all([tmp_path]))
    assert isinstance(error, SourceError)
    assert error.reason.startswith("folder holds no input files")


@pytest.mark.parametrize("content", [b"", b"  \n\n\t \n"])
def test_empty_file_is_an_error(tmp_path, content):
    path = tmp_path / "blank.txt"
    path.write_bytes(content)
    error = only(read_all([path]))
    assert isinstance(error, SourceError)
    assert error.reason == "empty file"


def test_file_with_nul_bytes_is_binary(tmp_path):
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    error = only(read_all([path]))
    assert isinstance(error, SourceError)
    assert error.reason == "binary file (contains NUL bytes)"


def test_file_of_mostly_control_bytes_is_binary(tmp_path):
    path = tmp_path / "noise.html"
    path.write_bytes(random.Random(7).randbytes(5000).replace(b"\x00", b"\x01"))
    error = only(read_all([path]))
    assert isinstance(error, SourceError)
    assert error.reason == "binary file (mostly non-text bytes)"


def test_high_bytes_that_fit_no_encoding_are_undecodable(tmp_path):
    path = tmp_path / "garbled.txt"
    rng = random.Random(3)
    path.write_bytes(bytes(rng.randrange(0x80, 0x100) for _ in range(3000)))
    error = only(read_all([path]))
    assert isinstance(error, SourceError)
    assert error.reason == "cannot decode: not UTF-8 and no text encoding fits"


def test_utf8_bom_is_removed(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffCllr Orla Quinn has quit.".encode("utf-8"))
    assert only(read_all([path])).content == "Cllr Orla Quinn has quit."


def test_cp1252_text_keeps_pound_signs_and_curly_quotes(tmp_path):
    text = "The council\u2019s leader said \u201cno\u201d to the \u00a35m plan for the caf\u00e9."
    path = tmp_path / "windows.txt"
    path.write_bytes(text.encode("cp1252"))
    assert only(read_all([path])).content == text


def test_utf16_with_bom_is_decoded(tmp_path):
    path = tmp_path / "wide.txt"
    path.write_bytes("Cllr \u00c9amon Byrne left Fianna F\u00e1il.".encode("utf-16"))
    assert only(read_all([path])).content == "Cllr \u00c9amon Byrne left Fianna F\u00e1il."


def test_permission_denied_is_an_error(tmp_path, monkeypatch):
    path = tmp_path / "locked.txt"
    path.write_text("Cllr Hal Price has resigned.")
    real_open = builtins.open

    # Tests may run as root, for whom chmod does not block reading; refuse the open instead.
    def refusing_open(file, *args, **kwargs):
        if os.fspath(file) == str(path):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", refusing_open)
    error = only(read_all([path]))
    assert isinstance(error, SourceError)
    assert error.reason == "permission denied"


def test_oversized_file_is_refused_before_it_is_opened(tmp_path, monkeypatch):
    path = tmp_path / "huge.txt"
    path.write_text("word " * 400)
    real_open = builtins.open

    def watching_open(file, *args, **kwargs):
        assert os.fspath(file) != str(path), "an oversized file must not be read"
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", watching_open)
    error = only(read_all([path], max_bytes=1000))
    assert isinstance(error, SourceError)
    assert error.reason == "larger than the limit of 1000 bytes"


def test_file_at_the_limit_is_read(tmp_path):
    path = tmp_path / "exact.txt"
    path.write_text("x" * 1000)
    assert isinstance(only(read_all([path], max_bytes=1000)), RawInput)


# --- gzip ----------------------------------------------------------------------------------


def test_gzipped_text_and_html_are_read(tmp_path):
    (tmp_path / "a.txt.gz").write_bytes(gzip.compress(b"Cllr Bea Lund has defected."))
    (tmp_path / "b.HTML.gz").write_bytes(gzip.compress(b"<p>Cllr Cy Ward was expelled.</p>"))
    first, second = read_all([tmp_path])
    assert (first.kind, first.content) == ("text", "Cllr Bea Lund has defected.")
    assert second.kind == "html"
    assert second.source_id == os.path.join(str(tmp_path), "b.HTML.gz")


def test_gzip_bomb_stops_at_the_limit(tmp_path):
    path = tmp_path / "bomb.txt.gz"
    path.write_bytes(gzip.compress(b"a" * 2_000_000))
    error = only(read_all([path], max_bytes=10_000))
    assert isinstance(error, SourceError)
    assert error.reason == "larger than the limit of 10000 bytes"


def test_file_that_is_not_gzip_is_corrupt(tmp_path):
    path = tmp_path / "fake.txt.gz"
    path.write_bytes(b"plain text pretending to be compressed")
    error = only(read_all([path]))
    assert isinstance(error, SourceError)
    assert error.reason.startswith("corrupt gzip file")


def test_truncated_gzip_jsonl_keeps_the_records_before_the_damage(tmp_path):
    records = [json.dumps({"id": f"r{i}", "text": "Cllr Kay Holt quit. " * 50}) for i in range(400)]
    packed = gzip.compress(("\n".join(records) + "\n").encode())
    path = tmp_path / "cut.jsonl.gz"
    path.write_bytes(packed[: len(packed) // 2])
    items = read_all([path])
    assert isinstance(items[-1], SourceError)
    assert items[-1].reason.startswith("corrupt gzip file")
    assert items[-1].origin == str(path)
    good = items[:-1]
    assert good and all(isinstance(item, RawInput) for item in good)
    assert [item.source_id for item in good] == [f"r{i}" for i in range(len(good))]


# --- JSON Lines ----------------------------------------------------------------------------


def test_jsonl_record_fields_are_carried_over(tmp_path):
    record = {
        "id": "echo-17",
        "text": "Cllr Zara Mill has left the Green Party.",
        "url": "https://example.org/mill",
        "title": " Councillor leaves Greens ",
        "outlet": "Valley Echo",
        "author": "Sam Roe",
        "published": "2023-10-27T09:47:00Z",
    }
    path = write_jsonl(tmp_path / "a.jsonl", json.dumps(record))
    item = only(read_all([path]))
    assert item.source_id == "echo-17"
    assert item.kind == "text"
    assert item.origin == f"{path}:1"
    assert (item.url, item.title, item.outlet, item.author) == (
        "https://example.org/mill",
        "Councillor leaves Greens",
        "Valley Echo",
        "Sam Roe",
    )
    assert item.published == "2023-10-27T09:47:00Z"


def test_jsonl_bad_lines_are_errors_and_good_lines_still_read(tmp_path):
    path = write_jsonl(
        tmp_path / "mixed.jsonl",
        '{"id": "ok-1", "text": "Cllr A quit."}',
        "{not json",
        "[1, 2, 3]",
        '{"id": "no-content", "title": "Headline only"}',
        '{"id": "bad-type", "text": 42}',
        '{"id": "blank", "text": "   "}',
        "",
        '{"html": "<p>Cllr B was suspended.</p>"}',
    )
    items = read_all([path])
    reasons = [(item.origin, item.reason) for item in items if isinstance(item, SourceError)]
    assert reasons == [
        (f"{path}:2", "line is not valid JSON (Expecting property name enclosed in double quotes"
         " at column 2)"),
        (f"{path}:3", "line is not a JSON object"),
        (f"{path}:4", "record has neither 'text' nor 'html'"),
        (f"{path}:5", "record field 'text' is not a string"),
        (f"{path}:6", "record field 'text' is empty"),
    ]
    good = [item for item in items if isinstance(item, RawInput)]
    assert [(item.source_id, item.kind) for item in good] == [
        ("ok-1", "text"),
        (f"{path}:8", "html"),
    ]


def test_jsonl_text_wins_over_html_and_numeric_ids_become_strings(tmp_path):
    path = write_jsonl(
        tmp_path / "both.jsonl",
        json.dumps({"id": 7, "text": "Plain words.", "html": "<p>Markup</p>"}),
    )
    item = only(read_all([path]))
    assert (item.source_id, item.kind, item.content) == ("7", "text", "Plain words.")


@pytest.mark.parametrize("value", ["last Tuesday", "27/10/2023", "2023-13-45", 20231027, None])
def test_published_that_is_not_iso_is_dropped_but_the_article_kept(tmp_path, value):
    path = write_jsonl(tmp_path / "d.jsonl", json.dumps({"text": "Words.", "published": value}))
    item = only(read_all([path]))
    assert isinstance(item, RawInput)
    assert item.published is None


@pytest.mark.parametrize("value", ["2023-10-27", "2023-10-27T09:47:00Z", "2023-10-27 09:47+01:00"])
def test_iso_published_is_kept(tmp_path, value):
    path = write_jsonl(tmp_path / "d.jsonl", json.dumps({"text": "Words.", "published": value}))
    assert only(read_all([path])).published == value


def test_jsonl_line_over_the_limit_is_an_error_for_that_line_only(tmp_path):
    path = write_jsonl(
        tmp_path / "long.jsonl",
        json.dumps({"id": "big", "text": "x" * 5000}),
        json.dumps({"id": "small", "text": "Cllr C resigned."}),
    )
    first, second = read_all([path], max_bytes=1000)
    assert isinstance(first, SourceError)
    assert (first.origin, first.reason) == (f"{path}:1", "larger than the limit of 1000 bytes")
    assert second.source_id == "small"


def test_empty_jsonl_is_an_error(tmp_path):
    path = write_jsonl(tmp_path / "none.jsonl", "", "   ")
    error = only(read_all([path]))
    assert isinstance(error, SourceError)
    assert error.reason == "empty file"


def test_binary_jsonl_gives_one_error_not_one_per_line(tmp_path):
    path = tmp_path / "photo.jsonl"
    path.write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\n\x01\x02\n" * 50)
    error = only(read_all([path]))
    assert isinstance(error, SourceError)
    assert error.reason == "binary file (contains NUL bytes)"


def test_jsonl_line_in_cp1252_is_still_read(tmp_path):
    path = tmp_path / "win.jsonl"
    path.write_bytes('{"text": "It cost \u00a340,000, she said."}\n'.encode("cp1252"))
    assert only(read_all([path])).content == "It cost \u00a340,000, she said."


def test_lone_surrogates_in_json_are_replaced(tmp_path):
    path = write_jsonl(tmp_path / "s.jsonl", '{"text": "Broken \\ud800 character"}')
    assert only(read_all([path])).content == "Broken \ufffd character"


# --- stdin and streaming -------------------------------------------------------------------


def test_dash_reads_jsonl_from_a_binary_stdin():
    stdin = io.BytesIO(b'{"id": "in-1", "text": "Cllr D quit."}\nnot json\n')
    first, second = iter_inputs(["-"], stdin=stdin)
    assert first.source_id == "in-1"
    assert first.origin == "<stdin>:1"
    assert isinstance(second, SourceError)
    assert second.origin == "<stdin>:2"


def test_dash_reads_jsonl_from_a_text_stdin():
    stdin = io.StringIO('{"text": "Cllr \u00c9lise Roy joined the SNP."}\n')
    item = only(list(iter_inputs(["-"], stdin=stdin)))
    assert item.content == "Cllr \u00c9lise Roy joined the SNP."
    assert item.source_id == "<stdin>:1"


class EndlessRecords(io.RawIOBase):
    """A stream that never ends: reading it whole would never return."""

    def __init__(self) -> None:
        self.count = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        self.count += 1
        line = json.dumps({"id": f"n{self.count}", "text": "Cllr E resigned."}).encode() + b"\n"
        buffer[: len(line)] = line
        return len(line)


def test_jsonl_is_read_as_a_stream():
    stream = io.BufferedReader(EndlessRecords())
    first = list(itertools.islice(read_jsonl_stream(stream, "feed", 10_000), 3))
    assert [item.source_id for item in first] == ["n1", "n2", "n3"]


def test_bounded_lines_splits_across_chunks_and_flags_long_lines():
    chunks = [b"ab", b"c\r\nde", b"fghij", b"klm\n\nxy"]
    assert list(bounded_lines(chunks, limit=5)) == [b"abc", None, b"", b"xy"]


# --- bundled samples -----------------------------------------------------------------------


def test_sample_articles_are_bundled_and_read_cleanly():
    (path,) = sample_paths()
    assert Path(path).is_file()
    items = list(iter_inputs([path]))
    assert 8 <= len(items) <= 10
    assert all(isinstance(item, RawInput) for item in items)
    assert len({item.source_id for item in items}) == len(items)
    assert {item.kind for item in items} == {"text", "html"}
    for item in items:
        assert item.outlet and item.title and item.published
        assert item.url.startswith(("https://example.org/", "https://example.com/"))


def test_warc_files_are_handed_to_the_warc_reader(tmp_path, monkeypatch):
    import floorcross.sources.warc as warc

    def fake_iter_warc(path, max_bytes=5_000_000):
        yield RawInput(source_id=f"page-in-{Path(path).name}", kind="html", content="<p>x</p>",
                       origin=path)

    monkeypatch.setattr(warc, "iter_warc", fake_iter_warc)
    (tmp_path / "crawl.warc").write_bytes(b"WARC/1.0\r\n")
    (tmp_path / "crawl2.warc.gz").write_bytes(b"\x1f\x8b")
    items = read_all([tmp_path])
    assert [item.source_id for item in items] == ["page-in-crawl.warc", "page-in-crawl2.warc.gz"]


@pytest.mark.parametrize("value", ["2011-02", "2019", "2023-10-27"])
def test_published_of_reduced_iso_precision_is_kept_as_written(tmp_path, value):
    path = write_jsonl(tmp_path / "d.jsonl", json.dumps({"text": "Words.", "published": value}))
    assert only(read_all([path])).published == value


@pytest.mark.parametrize("value", ["2011-13", "201", "2011-2"])
def test_published_month_out_of_range_or_malformed_is_dropped(tmp_path, value):
    path = write_jsonl(tmp_path / "d.jsonl", json.dumps({"text": "Words.", "published": value}))
    assert only(read_all([path])).published is None
