"""The JSON API under /api/: open reads, token-protected writes (review, ingest)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool

from floorcross import pipeline
from floorcross.resolve.queries import aliases
from floorcross.sources.jsonl import parse_line
from floorcross.store import person_review, review, web_read
from floorcross.store.web_read import WebFilter
from floorcross.types import SourceError
from floorcross.web.auth import bearer_reviewer
from floorcross.web.filters import event_filter

router = APIRouter(prefix="/api", tags=["api"])

Limit = Annotated[int, Query(ge=1, le=500)]
Offset = Annotated[int, Query(ge=0)]


def _engine(request: Request):
    return request.app.state.settings.engine


def _page(total: int, limit: int, offset: int, items: list) -> dict[str, Any]:
    return {"total": total, "limit": limit, "offset": offset, "items": items}


@router.get("/events")
def api_events(request: Request, flt: Annotated[WebFilter, Depends(event_filter)]) -> dict:
    """Events (reviewed values applied), filtered, sorted and paginated."""
    with _engine(request).connect() as conn:
        total, items = web_read.list_events(conn, flt)
    return _page(total, flt.limit or 50, flt.offset, items)


@router.get("/events/{event_id}")
def api_event(request: Request, event_id: str) -> dict:
    """One event with its review, audit trail and quotes (rejected events too)."""
    with _engine(request).connect() as conn:
        rec = web_read.event_detail(conn, event_id)
    if rec is None:
        raise HTTPException(404, "no such event")
    return rec


@router.get("/people")
def api_people(request: Request, q: Annotated[str | None, Query(max_length=200)] = None,
               limit: Limit = 50, offset: Offset = 0) -> dict:
    with _engine(request).connect() as conn:
        total, items = web_read.people_page(conn, q, limit, offset)
    return _page(total, limit, offset, items)


def person_record(conn, person_id: str) -> dict | None:
    """A person with the names they were written as and the audit trail of their reviews."""
    rec = web_read.person_detail(conn, person_id)
    if rec is not None:
        rec["aliases"] = aliases(conn, person_id)
        rec["review_history"] = person_review.person_history(conn, person_id)
    return rec


@router.get("/people/{person_id}")
def api_person(request: Request, person_id: str) -> dict:
    """A person's affiliation timeline, roles, quotes, sources, aliases and review history."""
    with _engine(request).connect() as conn:
        rec = person_record(conn, person_id)
    if rec is None:
        raise HTTPException(404, "no such person")
    return rec


@router.get("/quotes")
def api_quotes(request: Request, q: Annotated[str | None, Query(max_length=200)] = None,
               speaker: Annotated[str | None, Query(max_length=200)] = None,
               limit: Limit = 50, offset: Offset = 0) -> dict:
    with _engine(request).connect() as conn:
        total, items = web_read.quote_page(conn, q=q, speaker=speaker, limit=limit,
                                           offset=offset)
    return _page(total, limit, offset, items)


@router.get("/articles")
def api_articles(request: Request, q: Annotated[str | None, Query(max_length=200)] = None,
                 limit: Limit = 50, offset: Offset = 0) -> dict:
    """Articles whose title or text contains every word of `q`."""
    with _engine(request).connect() as conn:
        total, items = web_read.article_page(conn, q, limit, offset)
    return _page(total, limit, offset, items)


@router.get("/articles/{article_id}")
def api_article(request: Request, article_id: int) -> dict:
    with _engine(request).connect() as conn:
        rec = web_read.article_detail(conn, article_id)
    if rec is None:
        raise HTTPException(404, "no such article")
    return rec


class ReviewIn(BaseModel):
    """A review: `confirm`, `reject` or `correct`, with corrected fields and a note."""

    action: str = Field(pattern="^(confirm|reject|correct)$")
    changes: dict[str, str | None] = Field(default_factory=dict, description=(
        "Corrected values of type, party_from, party_to, role, body, ward, date"))
    note: str | None = Field(default=None, max_length=2000)


@router.post("/events/{event_id}/review")
def api_review(request: Request, event_id: str, body: ReviewIn,
               reviewer: Annotated[str, Depends(bearer_reviewer)]) -> dict:
    """Review an event (needs a bearer token); returns the event as now shown."""
    engine = _engine(request)
    try:
        with engine.begin() as conn:
            review.review_event(conn, event_id, body.action, reviewer, body.changes, body.note)
    except review.ReviewError as exc:
        status = 404 if str(exc).startswith("no event") else 422
        raise HTTPException(status, str(exc)) from exc
    with engine.connect() as conn:
        return web_read.event_detail(conn, event_id)


class MergeIn(BaseModel):
    """Merge this person into `into` (the same real person), with a note."""

    into: str = Field(min_length=1, max_length=40)
    note: str | None = Field(default=None, max_length=2000)


class SplitIn(BaseModel):
    """Move this person's references in `articles`, or written as `alias`, to person `into`
    (a new person when it is not given), with a note."""

    articles: list[int] = Field(default_factory=list, max_length=1000)
    alias: str | None = Field(default=None, max_length=300)
    into: str | None = Field(default=None, max_length=40)
    note: str | None = Field(default=None, max_length=2000)


def _person_review(request: Request, apply) -> dict:
    """Run a person review; answer with its log entry and the person who now holds the
    references (404 for an unknown person, 422 for a review that cannot apply)."""
    engine = _engine(request)
    try:
        with engine.begin() as conn:
            entry = apply(conn)
    except person_review.PersonReviewError as exc:
        status = 404 if str(exc).startswith("no person") else 422
        raise HTTPException(status, str(exc)) from exc
    with engine.connect() as conn:
        return {"review": entry, "person": person_record(conn, entry["into"])}


@router.post("/people/{person_id}/merge")
def api_merge_person(request: Request, person_id: str, body: MergeIn,
                     reviewer: Annotated[str, Depends(bearer_reviewer)]) -> dict:
    """Merge a person into another (needs a bearer token); holds through reprocessing."""
    return _person_review(request, lambda conn: person_review.merge_person(
        conn, person_id, body.into, reviewer, body.note))


@router.post("/people/{person_id}/split")
def api_split_person(request: Request, person_id: str, body: SplitIn,
                     reviewer: Annotated[str, Depends(bearer_reviewer)]) -> dict:
    """Split references off a person (needs a bearer token); holds through reprocessing."""
    if bool(body.articles) == bool(body.alias):
        raise HTTPException(422, "give either articles or an alias")
    return _person_review(request, lambda conn: person_review.split_person(
        conn, person_id, reviewer, articles=body.articles or None, alias=body.alias,
        into=body.into or None, note=body.note))


@router.post("/articles", status_code=201)
async def api_ingest(request: Request,
                     reviewer: Annotated[str, Depends(bearer_reviewer)]) -> dict:
    """Ingest one FORMAT.md article record (a JSON object; needs a bearer token)."""
    raw = parse_line(await request.body(), "api", 1)
    if isinstance(raw, SourceError):
        raise HTTPException(422, raw.reason)
    settings = request.app.state.settings
    stages = settings.stages
    extra = ({"cleaner": stages.cleaner, "extractor": stages.extractor,
              "version": stages.version} if stages else {})
    # Cleaning and extraction are CPU work: keep them off the event loop.
    summary = await run_in_threadpool(pipeline.ingest, settings.engine, [raw], **extra)
    return {"source_id": raw.source_id, "summary": summary.as_dict(), "ok": summary.ok}
