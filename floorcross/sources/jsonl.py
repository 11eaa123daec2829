"""JSON Lines: one article record per line, read as a stream (never the whole file at once)."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any, BinaryIO

from floorcross.clean.dates import parse_published
from floorcross.sources.decode import DecodeError, decode_text, replace_lone_surrogates
from floorcross.sources.files import too_large
from floorcross.sources.formats import InputFile
from floorcross.sources.reading import (
    GZIP_ERRORS,
    describe_gzip_error,
    describe_os_error,
    iter_chunks,
    open_binary,
)
from floorcross.types import RawInput, SourceError

METADATA = ("url", "title", "outlet", "author")


def read_jsonl_file(item: InputFile, max_bytes: int) -> Iterator[RawInput | SourceError]:
    """Every record of a .jsonl (or .jsonl.gz) file; a bad line costs only that line."""
    try:
        stream = open_binary(item)
    except OSError as exc:
        yield SourceError(item.path, describe_os_error(exc))
        return
    with stream:
        yield from read_jsonl_stream(stream, item.path, max_bytes)


def read_jsonl_stream(
    stream: BinaryIO, name: str, max_bytes: int
) -> Iterator[RawInput | SourceError]:
    """Records of an open stream. `name` prefixes origins ("name:line") and default ids.

    `max_bytes` limits each record (line), not the stream.
    """
    records = 0
    try:
        chunks = _refuse_binary(iter_chunks(stream))
        for lineno, line in enumerate(bounded_lines(chunks, max_bytes), start=1):
            origin = f"{name}:{lineno}"
            if line is None:
                yield SourceError(origin, too_large(max_bytes))
            elif line.strip():
                records += 1
                yield parse_line(line, name, lineno)
    except DecodeError as exc:
        yield SourceError(name, str(exc))
        return
    except GZIP_ERRORS as exc:  # before OSError: BadGzipFile is one
        yield SourceError(name, describe_gzip_error(exc))
        return
    except OSError as exc:
        yield SourceError(name, describe_os_error(exc))
        return
    if records == 0:
        yield SourceError(name, "empty file")


def _refuse_binary(chunks: Iterable[bytes]) -> Iterator[bytes]:
    """Pass the chunks through, but stop at once if the first one is binary.

    Without this, an image renamed .jsonl would give one error per "line".
    """
    for index, chunk in enumerate(chunks):
        if index == 0 and b"\x00" in chunk:
            raise DecodeError("binary file (contains NUL bytes)")
        yield chunk


def bounded_lines(chunks: Iterable[bytes], limit: int) -> Iterator[bytes | None]:
    """Lines without their end-of-line; None stands for a line longer than `limit` bytes.

    Memory stays within `limit` plus one chunk however long a line is.
    """
    buf = bytearray()
    overflow = False
    for chunk in chunks:
        start = 0
        while True:
            end = chunk.find(b"\n", start)
            piece = chunk[start:] if end < 0 else chunk[start:end]
            if not overflow:
                buf += piece
                overflow = len(buf) > limit and not (len(buf) == limit + 1 and buf.endswith(b"\r"))
                if overflow:
                    buf.clear()
            if end < 0:
                break
            yield None if overflow else bytes(buf.rstrip(b"\r"))
            buf.clear()
            overflow = False
            start = end + 1
    if buf or overflow:
        yield None if overflow else bytes(buf.rstrip(b"\r"))


def parse_line(line: bytes, name: str, lineno: int) -> RawInput | SourceError:
    origin = f"{name}:{lineno}"
    if lineno == 1:
        line = line.removeprefix(b"\xef\xbb\xbf")
    try:
        record = json.loads(decode_text(line))
    except DecodeError as exc:
        return SourceError(origin, str(exc))
    except json.JSONDecodeError as exc:
        return SourceError(origin, f"line is not valid JSON ({exc.msg} at column {exc.colno})")
    except RecursionError:
        return SourceError(origin, "line is not valid JSON (nested too deeply)")
    if not isinstance(record, dict):
        return SourceError(origin, "line is not a JSON object")
    return record_to_input(record, name, lineno)


def record_to_input(record: dict[str, Any], name: str, lineno: int) -> RawInput | SourceError:
    """The RawInput of one record. `text` wins over `html` when a record carries both."""
    origin = f"{name}:{lineno}"
    chosen = _content(record)
    if isinstance(chosen, str):
        return SourceError(origin, chosen)
    kind, content = chosen
    meta = {key: _optional_str(record.get(key)) for key in METADATA}
    return RawInput(
        source_id=_source_id(record.get("id")) or origin,
        kind=kind,
        content=replace_lone_surrogates(content),
        origin=origin,
        published=_iso_or_none(record.get("published")),
        **meta,
    )


def _content(record: dict[str, Any]) -> tuple[str, str] | str:
    """(kind, content), or the reason the record has no usable content."""
    for kind in ("text", "html"):
        value = record.get(kind)
        if isinstance(value, str) and value.strip():
            return kind, value
    present = [key for key in ("text", "html") if record.get(key) is not None]
    if not present:
        return "record has neither 'text' nor 'html'"
    wrong = [key for key in present if not isinstance(record[key], str)]
    if wrong:
        return f"record field '{wrong[0]}' is not a string"
    return f"record field '{present[0]}' is empty"


def _source_id(value: Any) -> str | None:
    if isinstance(value, bool) or not isinstance(value, str | int):
        return None
    text = str(value).strip()
    return text or None


def _optional_str(value: Any) -> str | None:
    if not isinstance(value, str):
        return None
    return replace_lone_surrogates(value.strip()) or None


def _iso_or_none(value: Any) -> str | None:
    """The `published` string when it is an ISO 8601 date or datetime (a month, "2011-02", or
    a year alone included), else None.

    An unreadable date is dropped rather than failing the record: the article is still
    worth reading, and the clean stage can find a date in the page itself.
    """
    if not isinstance(value, str):
        return None
    value = value.strip()
    return value if parse_published(value) else None
