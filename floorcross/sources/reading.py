"""Opening inputs (plain or gzipped) and reading them within a size limit."""

from __future__ import annotations

import gzip
import os
import zlib
from collections.abc import Iterator
from typing import BinaryIO

from floorcross.sources.formats import InputFile

CHUNK = 1 << 16

# What a damaged gzip stream raises while it is being read.
GZIP_ERRORS = (gzip.BadGzipFile, EOFError, zlib.error)


class TooLarge(Exception):
    """The input is bigger than the limit; raised before more than the limit is read."""


def open_binary(item: InputFile) -> BinaryIO:
    """The file's bytes, decompressed as they are read when it is gzipped."""
    if item.gzipped:
        return gzip.open(item.path, "rb")
    return open(item.path, "rb")  # noqa: SIM115 - the caller closes it


def read_limited(stream: BinaryIO, max_bytes: int) -> bytes:
    """All of `stream`, or TooLarge as soon as it passes `max_bytes` (gzip bombs included)."""
    data = stream.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise TooLarge
    return data


def file_size(item: InputFile) -> int | None:
    """Size on disk of a plain file; None for gzip, whose size is only known by reading."""
    return None if item.gzipped else os.stat(item.path).st_size


def iter_chunks(stream: BinaryIO) -> Iterator[bytes]:
    """Fixed-size blocks of a stream; text streams (a console's stdin) are encoded as UTF-8."""
    while True:
        chunk = stream.read(CHUNK)
        if not chunk:
            return
        yield chunk.encode("utf-8", "surrogatepass") if isinstance(chunk, str) else chunk


def describe_os_error(exc: OSError) -> str:
    """A plain reason for a failed open or read."""
    if isinstance(exc, FileNotFoundError):
        return "file not found"
    if isinstance(exc, PermissionError):
        return "permission denied"
    if isinstance(exc, IsADirectoryError):
        return "is a folder, not a file"
    return f"cannot read: {exc.strerror or exc}"


def describe_gzip_error(exc: Exception) -> str:
    detail = str(exc) or type(exc).__name__
    return f"corrupt gzip file: {detail}"
