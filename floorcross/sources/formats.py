"""Which file names are inputs, and of what kind."""

from __future__ import annotations

from dataclasses import dataclass

# Suffix -> kind. "text" and "html" files are one article each; "jsonl" holds one per line;
# "warc" holds archived pages (read by floorcross.sources.warc, which handles .warc.gz itself).
KINDS = {".txt": "text", ".html": "html", ".htm": "html", ".jsonl": "jsonl", ".warc": "warc"}
GZIP_SUFFIX = ".gz"
SUPPORTED = ".txt, .html, .htm, .jsonl, .warc or a .gz of one of them"


@dataclass(frozen=True)
class InputFile:
    """A file to read: its path as given or walked, its kind, and whether it is gzipped."""

    path: str
    kind: str
    gzipped: bool = False


def classify(path: str) -> InputFile | None:
    """The InputFile for `path`, or None when its extension is not one we read.

    >>> classify("news/a.JSONL.gz")
    InputFile(path='news/a.JSONL.gz', kind='jsonl', gzipped=True)
    """
    name = path.lower()
    gzipped = name.endswith(GZIP_SUFFIX)
    if gzipped:
        name = name[: -len(GZIP_SUFFIX)]
    for suffix, kind in KINDS.items():
        if name.endswith(suffix) and len(name) > len(suffix):
            return InputFile(path, kind, gzipped)
    return None
