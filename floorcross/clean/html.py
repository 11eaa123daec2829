"""Main text and metadata of an HTML page, with trafilatura and plain lxml as a fallback."""

from __future__ import annotations

import html as html_entities
import logging
import re
from collections.abc import Callable
from dataclasses import dataclass

import lxml.html
import trafilatura
from lxml import etree
from trafilatura.metadata import extract_metadata

# Elements whose text is never article text.
NON_CONTENT = (
    "script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form",
    "button", "select", "iframe", "svg", "figure", "figcaption",
)
# trafilatura elements that sit inside a paragraph-level element but start a new line.
NESTED_BLOCKS = ("p", "head", "quote", "item", "list", "row", "table")
BLOCKS = (
    "p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "td", "th", "dd", "dt",
)

# lxml refuses a str that declares its own encoding; the declaration says nothing useful
# once the page is decoded.
XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
HIDDEN_BLOCKS = re.compile(r"<(script|style|noscript|template)\b.*?</\1\s*>", re.I | re.S)
TAG = re.compile(r"<[^>]*>")
TITLE = re.compile(r"<title[^>]*>(.*?)</title\s*>", re.I | re.S)
OG_TITLE = re.compile(
    r"""<meta\s[^>]*property=["']og:title["'][^>]*content=["']([^"']*)["']""", re.I)

# trafilatura logs every page it finds too short; that is expected here, not a problem.
logging.getLogger("trafilatura").setLevel(logging.ERROR)


@dataclass
class PageContent:
    """Text (paragraphs separated by a blank line) and whatever metadata the page gave."""

    text: str
    title: str | None = None
    date: str | None = None
    outlet: str | None = None
    author: str | None = None
    url: str | None = None


def extract_page(html: str, wants_metadata: Callable[[str], bool] | None = None) -> PageContent:
    """The page's main text and metadata; text is "" when nothing readable was found.

    trafilatura first; with favor_recall when its precise pass finds no text (short or
    unusual pages); then the text of block elements, for markup it cannot parse at all.
    Metadata (publication date above all) is the costly part of a page: it is looked up only
    when `wants_metadata(text)` says the text is worth it; other pages get a title only.
    """
    html = XML_DECLARATION.sub("", html, count=1)
    found = _trafilatura(html, favor_recall=False)
    if found is None or not found.text.strip():
        recall = _trafilatura(html, favor_recall=True)
        if recall is not None and recall.text.strip():
            found = recall
    if found is None:
        found = PageContent(text="")
    if not found.text.strip():
        found.text = _block_text(html)
    elif wants_metadata is None or wants_metadata(found.text):
        _add_metadata(found, html)
    found.title = found.title or _plain_title(html)
    return found


def _trafilatura(html: str, favor_recall: bool) -> PageContent | None:
    try:
        doc = trafilatura.bare_extraction(
            html,
            with_metadata=False,
            include_comments=False,
            include_images=False,
            favor_recall=favor_recall,
        )
    except Exception:  # a third-party parser on arbitrary markup: any failure means "no result"
        return None
    if doc is None:
        return None
    body = getattr(doc, "body", None)
    return PageContent(text=render_body(body) if body is not None else (doc.text or ""))


def _add_metadata(page: PageContent, html: str) -> None:
    try:
        meta = extract_metadata(html)
    except Exception:  # same as above: metadata is a bonus, never a reason to fail
        return
    page.title = meta.title or None
    page.date = meta.date or None
    page.outlet = meta.sitename or None
    page.author = meta.author or None
    page.url = meta.url or None


def _plain_title(html: str) -> str | None:
    """The page's <title> or og:title, without trafilatura's metadata pass."""
    found = OG_TITLE.search(html) or TITLE.search(html[:200_000])
    if found is None:
        return None
    title = " ".join(html_entities.unescape(TAG.sub("", found.group(1))).split())
    return title or None


def render_body(body: etree._Element) -> str:
    """trafilatura's XML body as text: one paragraph per element, line breaks kept inside."""
    paragraphs = []
    for element in body:
        if element.tag == "table":
            rows = [" | ".join(_inline_text(c) for c in row) for row in element.iter("row")]
            paragraph = "\n".join(rows)
        else:
            paragraph = _inline_text(element)
        if paragraph.strip():
            paragraphs.append(paragraph.strip("\n"))
    return "\n\n".join(paragraphs)


def _inline_text(element: etree._Element) -> str:
    """Text of an element: <lb/> and nested blocks (list items, quoted paragraphs) start lines."""
    pieces = [element.text or ""]
    for child in element:
        if child.tag == "lb":
            pieces.append("\n")
        elif child.tag in NESTED_BLOCKS:
            pieces.append("\n" + _inline_text(child).strip("\n") + "\n")
        else:
            pieces.append(_inline_text(child))
        pieces.append(child.tail or "")
    text = "".join(pieces)
    # Nested blocks may leave empty lines behind; inside a paragraph only single breaks remain.
    return "\n".join(line for line in text.split("\n") if line.strip())


def _block_text(html: str) -> str:
    """Last resort: the text of paragraph-like elements, page furniture elements removed."""
    try:
        root = lxml.html.document_fromstring(html)
    except (etree.ParserError, ValueError):
        return _tag_stripped(html)
    for element in list(root.iter(*NON_CONTENT)):
        if element.getparent() is not None:
            element.drop_tree()
    blocks = [" ".join(el.text_content().split()) for el in root.iter(*BLOCKS)]
    blocks = [block for block in blocks if block]
    if blocks:
        return "\n\n".join(blocks)
    # Markup lxml gives up on (nesting beyond its depth limit) still has its words.
    return " ".join(root.text_content().split()) or _tag_stripped(html)


def _tag_stripped(html: str) -> str:
    text = TAG.sub(" ", HIDDEN_BLOCKS.sub(" ", html))
    return " ".join(html_entities.unescape(text).split())
