"""Expanding command-line paths into input files, folders walked in a fixed order."""

from __future__ import annotations

import os
from collections.abc import Iterator

from floorcross.sources.formats import SUPPORTED, InputFile, classify
from floorcross.sources.reading import describe_os_error
from floorcross.types import SourceError


def expand_path(path: str) -> Iterator[InputFile | SourceError]:
    """The input files named by one command-line path, or why it cannot be read.

    A file given explicitly must have a supported extension; inside a folder, other files
    and hidden entries are skipped silently.
    """
    if os.path.isdir(path):
        found = False
        for item in _walk(path):
            found = found or isinstance(item, InputFile)
            yield item
        if not found:
            yield SourceError(path, f"folder holds no input files ({SUPPORTED})")
        return
    if not os.path.lexists(path):
        yield SourceError(path, "file not found")
    elif not os.path.exists(path):
        yield SourceError(path, "broken symbolic link")
    elif not os.path.isfile(path):
        yield SourceError(path, "not a regular file")
    else:
        found = classify(path)
        yield found or SourceError(path, f"unsupported file type (expected {SUPPORTED})")


def _walk(folder: str) -> Iterator[InputFile | SourceError]:
    """Depth-first, entries sorted by name, so every run reads the same order.

    Linked folders are not followed (as os.walk does), so a link loop cannot recurse forever.
    """
    try:
        with os.scandir(folder) as it:
            entries = sorted(it, key=lambda e: e.name)
    except OSError as exc:
        yield SourceError(folder, describe_os_error(exc))
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = os.path.join(folder, entry.name)
        try:
            is_dir = entry.is_dir(follow_symlinks=False)
            is_file = entry.is_file()
        except OSError as exc:
            yield SourceError(path, describe_os_error(exc))
            continue
        if is_dir:
            yield from _walk(path)
        elif is_file:
            found = classify(path)
            if found:
                yield found
