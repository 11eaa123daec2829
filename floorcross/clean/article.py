"""From a RawInput to a CleanedArticle: main text, boilerplate out, metadata, date."""

from __future__ import annotations

import re

from floorcross.clean.boilerplate import remove_boilerplate
from floorcross.clean.dates import DAY, find_dateline, parse_published
from floorcross.clean.html import PageContent, extract_page
from floorcross.clean.normalise import normalise_text
from floorcross.extract.relevance import mentions_politics
from floorcross.types import CleanedArticle, RawInput

WORD = re.compile(r"\w")


class CleanError(ValueError):
    """Nothing usable remains of an input; `reason` says why, for the error log."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def clean_article(raw: RawInput) -> CleanedArticle:
    """The article's final text (evidence offsets refer to it) and metadata.

    Metadata given with the input (JSONL fields) wins over what the page itself says.
    Raises CleanError when no article text remains.
    """
    page = _page(raw)
    lines = normalise_text(remove_boilerplate(normalise_text(page.text))).split("\n")
    # Datelines are looked for once page furniture is gone, so they sit at the top.
    dateline, dateline_rows = find_dateline(lines)
    text = normalise_text("\n".join(x for i, x in enumerate(lines) if i not in dateline_rows))
    if not WORD.search(text):
        raise CleanError("no article text left after removing page boilerplate")
    published, precision = (parse_published(raw.published) or parse_published(page.date)
                            or (dateline, DAY))
    return CleanedArticle(
        text=text,
        title=_one_line(raw.title) or _one_line(page.title),
        published=published,
        published_precision=precision,
        outlet=_one_line(raw.outlet) or _one_line(page.outlet),
        url=_one_line(raw.url) or _one_line(page.url),
        author=_one_line(raw.author) or _one_line(page.author),
    )


def _page(raw: RawInput) -> PageContent:
    if raw.kind == "text":
        return PageContent(text=raw.content)
    if raw.kind != "html":
        raise CleanError(f"unknown input kind {raw.kind!r}")
    # A page naming no party and no elected office cannot enter the register: its date is not
    # worth trafilatura's costly metadata pass.
    page = extract_page(raw.content, wants_metadata=mentions_politics)
    if not WORD.search(page.text):
        raise CleanError("no text found in the HTML page")
    return page


def _one_line(value: str | None) -> str | None:
    if not value:
        return None
    return " ".join(value.split()) or None
