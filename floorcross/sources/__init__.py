"""Sources: reading articles from files, folders and standard input.

`iter_inputs` turns command-line paths into RawInput records, one per article, and a
SourceError (never an exception) for each input that cannot be read.
"""

from __future__ import annotations

import sys
from collections.abc import Iterator
from importlib import resources
from typing import BinaryIO, TextIO

from floorcross.sources.files import read_document
from floorcross.sources.formats import InputFile
from floorcross.sources.jsonl import read_jsonl_file, read_jsonl_stream
from floorcross.sources.walk import expand_path
from floorcross.types import RawInput, SourceError

STDIN = "-"
STDIN_NAME = "<stdin>"
DEFAULT_MAX_BYTES = 5_000_000

__all__ = ["iter_inputs", "sample_paths", "RawInput", "SourceError", "DEFAULT_MAX_BYTES"]


def iter_inputs(
    paths: list[str],
    max_bytes: int = DEFAULT_MAX_BYTES,
    stdin: TextIO | BinaryIO | None = None,
) -> Iterator[RawInput | SourceError]:
    """Articles from `paths`, in order; `-` reads JSON Lines from `stdin`.

    Folders are walked recursively in sorted order. `max_bytes` limits each article
    (a whole .txt/.html file, or one JSONL line). Never raises for bad input.
    """
    for path in paths:
        if path == STDIN:
            yield from _guarded(STDIN_NAME, _read_stdin(stdin, max_bytes))
            continue
        for item in expand_path(path):
            if isinstance(item, SourceError):
                yield item
            else:
                yield from _guarded(item.path, _read_file(item, max_bytes))


def sample_paths() -> list[str]:
    """The bundled sample articles (invented for the project), for `make demo`."""
    return [str(resources.files("floorcross") / "samples" / "articles.jsonl")]


def _read_file(item: InputFile, max_bytes: int) -> Iterator[RawInput | SourceError]:
    if item.kind == "jsonl":
        yield from read_jsonl_file(item, max_bytes)
    elif item.kind == "warc":
        # Imported here so reading plain files never depends on the WARC library.
        from floorcross.sources import warc

        yield from warc.iter_warc(item.path, max_bytes)
    else:
        yield read_document(item, max_bytes)


def _read_stdin(
    stdin: TextIO | BinaryIO | None, max_bytes: int
) -> Iterator[RawInput | SourceError]:
    stream = stdin if stdin is not None else getattr(sys.stdin, "buffer", sys.stdin)
    if stream is None:
        yield SourceError(STDIN_NAME, "no standard input")
        return
    yield from read_jsonl_stream(stream, STDIN_NAME, max_bytes)  # type: ignore[arg-type]


def _guarded(
    origin: str, items: Iterator[RawInput | SourceError]
) -> Iterator[RawInput | SourceError]:
    """Pass items through; an unforeseen failure ends this input only, never the batch."""
    try:
        yield from items
    except Exception as exc:  # one input must not stop the others
        yield SourceError(origin, f"unexpected error while reading: {exc!r}")
