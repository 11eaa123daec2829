"""Direct quotations and speakers on invented articles written for the project."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from floorcross.extract.quotes import extract_quotes
from floorcross.nlp.titles import strip_titles
from floorcross.types import CleanedArticle

FIXTURES = Path(__file__).parent / "fixtures" / "quotes"
CASES = sorted(p.stem for p in FIXTURES.glob("*.txt"))


def _norm(s: str) -> str:
    s = re.sub(r"[\"'“”‘’]", "", s)
    return " ".join(s.lower().split())


def _run(name: str, nlp):
    text = (FIXTURES / f"{name}.txt").read_text(encoding="utf-8")
    expected = json.loads((FIXTURES / f"{name}.json").read_text(encoding="utf-8"))
    return text, expected, extract_quotes(CleanedArticle(text=text), nlp)


@pytest.mark.parametrize("name", CASES)
def test_expected_quotes_found_with_their_speakers(name, nlp):
    _, expected, quotes = _run(name, nlp)
    for want in expected["quotes"]:
        hits = [q for q in quotes if _norm(q.text).startswith(_norm(want["starts"]))]
        assert hits, f"not found: {want['starts']!r}"
        got = hits[0].speaker
        if want["speaker"] is None:
            assert got is None, f"{want['starts']!r}: expected no speaker, got {got!r}"
        else:
            assert got and strip_titles(got).lower() == want["speaker"].lower(), (
                f"{want['starts']!r}: expected {want['speaker']!r}, got {got!r}"
            )


@pytest.mark.parametrize("name", CASES)
def test_scare_quotes_titles_and_apostrophes_are_not_quotes(name, nlp):
    _, expected, quotes = _run(name, nlp)
    for bad in expected["absent"]:
        assert not any(_norm(q.text).startswith(_norm(bad)) for q in quotes), f"kept {bad!r}"


@pytest.mark.parametrize("name", CASES)
def test_offsets_point_at_the_quoted_text_without_marks(name, nlp):
    text, _, quotes = _run(name, nlp)
    assert quotes
    for q in quotes:
        assert text[q.start : q.end] == q.text
        assert q.kind == "direct"
        assert q.text[0] not in "\"“”'‘" and q.text[-1] not in "\"“”"


def test_article_without_quotes_gives_nothing(nlp):
    art = CleanedArticle(text="The council met on Monday.\n\nNo decision was taken.")
    assert extract_quotes(art, nlp) == []


def test_empty_article(nlp):
    assert extract_quotes(CleanedArticle(text=""), nlp) == []
