"""Web archives (.warc, .warc.gz): one RawInput per archived HTML page.

Only `response` records with HTTP status 200 and an HTML content type become inputs;
requests, metadata, warcinfo, revisits and non-HTML responses are skipped silently.
`published` is left empty: WARC-Date is when the page was crawled, not when the article
appeared, and the cleaning stage reads the real date from the page itself.
"""

from __future__ import annotations

import os
import zlib
from collections.abc import Iterator
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.exceptions import ArchiveLoadFailed
from warcio.recordloader import ArcWarcRecord

from floorcross.sources.decode import DecodeError, decode_declared
from floorcross.sources.fetch import HTML_TYPES, media_type
from floorcross.types import RawInput, SourceError

# Errors a damaged archive can raise while records are read.
_DAMAGE = (ArchiveLoadFailed, zlib.error, EOFError, OSError, ValueError)


def _html_response(record: ArcWarcRecord) -> tuple[str, str | None] | None:
    """(target URI, charset) for a 200 HTML response record, else None."""
    if record.rec_type != "response" or record.http_headers is None:
        return None
    if record.http_headers.get_statuscode() != "200":
        return None
    mime, charset = media_type(record.http_headers.get_header("Content-Type"))
    if mime not in HTML_TYPES:
        return None
    uri = record.rec_headers.get_header("WARC-Target-URI")
    return (uri.strip("<> "), charset) if uri else None


def _page(uri: str, body: bytes, origin: str, charset: str | None) -> RawInput | SourceError:
    try:
        content = decode_declared(body, charset, html=True)
    except DecodeError as exc:
        return SourceError(origin=origin, reason=f"{exc.args[0]} in a record served as HTML")
    return RawInput(source_id=uri, kind="html", content=content, origin=origin, url=uri)


def _one_record(
    path: str, records: ArchiveIterator, record: ArcWarcRecord, max_bytes: int
) -> RawInput | SourceError | None:
    """The input (or error) one record gives; None for records that are skipped."""
    found = _html_response(record)
    body, damage = b"", None
    if found is not None:
        try:
            # content_stream() undoes chunked transfer and gzip content encodings.
            body = record.content_stream().read(max_bytes + 1)
        except _DAMAGE as exc:
            damage = exc  # a bad payload; the iterator can usually carry on to the next
    # Asking for the offset reads the record to its end, which is what reveals truncation.
    origin = f"{path}#{records.get_record_offset()}"
    missing = getattr(record.raw_stream, "limit", 0)
    if missing > 0:
        return SourceError(origin=origin, reason=f"truncated record: {missing} bytes missing")
    if found is None:
        return None
    if damage is not None:
        return SourceError(origin=origin, reason=f"damaged WARC record: {_describe(damage)}")
    if len(body) > max_bytes:
        return SourceError(origin=origin, reason=f"record larger than {max_bytes} bytes")
    uri, charset = found
    return _page(uri, body, origin, charset)


def iter_warc(path: str, max_bytes: int = 5_000_000) -> Iterator[RawInput | SourceError]:
    """Stream a WARC file; damaged records become SourceErrors naming path and offset."""
    try:
        stream = open(path, "rb")  # noqa: SIM115 - closed by the with below
    except OSError as exc:
        yield SourceError(origin=path, reason=f"cannot open WARC file: {exc.strerror or exc}")
        return
    with stream:
        yield from _scan(path, stream, max_bytes)


def _scan(path: str, stream: BinaryIO, max_bytes: int) -> Iterator[RawInput | SourceError]:
    size = os.fstat(stream.fileno()).st_size
    records = ArchiveIterator(stream)
    count = 0
    try:
        for record in records:
            result = _one_record(path, records, record, max_bytes)
            # warcio reads any line-based junk as ARC records: those do not count.
            if result is not None or record.format.startswith("warc"):
                count += 1
            if result is not None:
                yield result
    except _DAMAGE as exc:
        # records.offset: where the last record warcio finished reading ends.
        where = f"{path}#{records.offset}"
        yield SourceError(origin=where, reason=f"damaged WARC data: {_describe(exc)}")
        return
    # warcio stops quietly at a cut-off gzip member or unparseable bytes; we do not.
    if count == 0 and size > 0:
        yield SourceError(origin=path, reason="not a WARC file (no readable records)")
    elif records.offset < size:
        where = f"{path}#{records.offset}"
        yield SourceError(origin=where, reason="truncated or unreadable data at end of file")


def _describe(exc: BaseException) -> str:
    text = str(exc).strip() or type(exc).__name__
    # warcio quotes the offending bytes; keep the message printable and short.
    return "".join(c if c.isprintable() else "?" for c in text.splitlines()[0][:160])
