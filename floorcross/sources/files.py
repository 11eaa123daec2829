"""Plain-text and HTML files: one article each, source_id = the path as given or walked."""

from __future__ import annotations

from floorcross.sources.decode import DecodeError, decode_text
from floorcross.sources.formats import InputFile
from floorcross.sources.reading import (
    GZIP_ERRORS,
    TooLarge,
    describe_gzip_error,
    describe_os_error,
    file_size,
    open_binary,
    read_limited,
)
from floorcross.types import RawInput, SourceError


def read_document(item: InputFile, max_bytes: int) -> RawInput | SourceError:
    """The article in a .txt/.html file (or its .gz), or why it cannot be read."""
    path = item.path
    try:
        size = file_size(item)
        if size is not None and size > max_bytes:
            return SourceError(path, too_large(max_bytes))
        with open_binary(item) as stream:
            data = read_limited(stream, max_bytes)
    except TooLarge:
        return SourceError(path, too_large(max_bytes))
    except GZIP_ERRORS as exc:  # before OSError: BadGzipFile is one
        return SourceError(path, describe_gzip_error(exc))
    except OSError as exc:
        return SourceError(path, describe_os_error(exc))
    try:
        content = decode_text(data)
    except DecodeError as exc:
        return SourceError(path, str(exc))
    if not content.strip():
        return SourceError(path, "empty file")
    return RawInput(source_id=path, kind=item.kind, content=content, origin=path)


def too_large(max_bytes: int) -> str:
    return f"larger than the limit of {max_bytes} bytes"
