"""Shared fixtures: a migrated SQLite file per test, and small stand-in pipeline stages.

The stand-ins read a tiny notation written into invented article text, so store, pipeline,
export and CLI tests do not depend on the NLP model:

    @event {"person": "Cllr Ada Quill", "type": "resigned", "party_from": "Labour"}
    @quote {"speaker": "Ada Quill", "text": "I have had enough", "event": 0}
    @boom          -> the extractor raises
    @unreadable    -> the cleaner raises
"""

from __future__ import annotations

import json
from collections.abc import Callable

import pytest

from floorcross.pipeline import Stages
from floorcross.store import open_db
from floorcross.types import (
    CleanedArticle,
    EventMention,
    Evidence,
    Extraction,
    QuoteMention,
    RawInput,
)

TEST_VERSION = "test-1"


class FakeCleanError(Exception):
    pass


def fake_clean(raw: RawInput) -> CleanedArticle:
    if "@unreadable" in raw.content:
        raise FakeCleanError("no main text found")
    return CleanedArticle(text=raw.content, title=raw.title, url=raw.url, outlet=raw.outlet)


def _lines(text: str):
    pos = 0
    for line in text.splitlines(keepends=True):
        yield pos, line.rstrip("\n")
        pos += len(line)


def fake_extract(article: CleanedArticle) -> Extraction:
    out = Extraction()
    for start, line in _lines(article.text):
        if line.startswith("@boom"):
            raise RuntimeError("extractor exploded")
        if line.startswith("@event "):
            fields = json.loads(line[len("@event "):])
            ev = EventMention(**fields)
            ev.evidence = [Evidence(start, start + len(line), line)]
            out.events.append(ev)
        elif line.startswith("@quote "):
            fields = json.loads(line[len("@quote "):])
            out.quotes.append(QuoteMention(
                text=fields["text"], start=start, end=start + len(line),
                speaker=fields.get("speaker"), event_index=fields.get("event"),
            ))
    return out


def event_line(**fields) -> str:
    return "@event " + json.dumps(fields)


def quote_line(**fields) -> str:
    return "@quote " + json.dumps(fields)


def raw(source_id: str, *lines: str, **meta) -> RawInput:
    """An invented article made of prose and notation lines."""
    text = "\n".join(("The borough's budget meeting ran late on Tuesday.",) + lines)
    return RawInput(source_id=source_id, kind="text", content=text, origin=source_id, **meta)


@pytest.fixture
def fake_stages() -> dict:
    return {"cleaner": fake_clean, "extractor": fake_extract, "version": TEST_VERSION}


@pytest.fixture
def db_url(tmp_path) -> str:
    return f"sqlite:///{tmp_path / 'register.db'}"


@pytest.fixture
def engine(db_url):
    eng = open_db(db_url)
    yield eng
    eng.dispose()


@pytest.fixture
def use_fake_stages(monkeypatch) -> Callable:
    """Make the pipeline's default stages the stand-ins (for CLI tests)."""
    import floorcross.pipeline as pipeline

    def stages(cleaner=None, extractor=None, version=None):
        return Stages(cleaner or fake_clean, extractor or fake_extract, version or TEST_VERSION)

    monkeypatch.setattr(pipeline, "default_stages", stages)
    return stages


@pytest.fixture(scope="session")
def nlp():
    """The real spaCy pipeline, built once for every test that parses."""
    from floorcross.nlp import get_nlp

    return get_nlp()
