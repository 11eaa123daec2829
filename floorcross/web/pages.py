"""Server-rendered pages: dashboard, events, people, articles, quotes, review, the feed."""

from __future__ import annotations

import io
from typing import Annotated
from urllib.parse import urlsplit

from fastapi import APIRouter, Depends, Form, HTTPException, Query, Request
from fastapi.responses import RedirectResponse, Response

from floorcross import export
from floorcross.store import person_review, review, web_read
from floorcross.store.web_read import MAX_LIMIT, SORTS, WebFilter
from floorcross.types import EVENT_TYPES, ROLES
from floorcross.web import auth
from floorcross.web.api import person_record
from floorcross.web.app import render
from floorcross.web.charts import bars, month_columns
from floorcross.web.feed import atom_feed
from floorcross.web.filters import REVIEW_CHOICES, event_filter, filter_params, query_string
from floorcross.web.highlight import Span, highlight, name_spans

router = APIRouter(include_in_schema=False)

Text = Annotated[str | None, Query(max_length=200)]
Offset = Annotated[int, Query(ge=0)]
PAGE = 50
# A download holds at most this many events (the whole view in any real register).
DOWNLOAD_LIMIT = 100_000


def _engine(request: Request):
    return request.app.state.settings.engine


@router.get("/")
def dashboard(request: Request):
    with _engine(request).connect() as conn:
        stats = web_read.dashboard(conn)
        latest = web_read.latest_events(conn, 10)
    return render(request, "dashboard.html", {
        "stats": stats, "latest": latest, "months": month_columns(stats["months"]),
        "left": bars(stats["left"]), "joined": bars(stats["joined"]),
        "bodies": bars(stats["bodies"]),
    })


@router.get("/events")
def events_page(request: Request, flt: Annotated[WebFilter, Depends(event_filter)]):
    with _engine(request).connect() as conn:
        total, items = web_read.list_events(conn, flt)
    return render(request, "events.html", {
        "flt": flt, "total": total, "items": items, "types": EVENT_TYPES, "sorts": SORTS,
        "review_choices": REVIEW_CHOICES, "params": filter_params(flt),
        "qs": lambda **extra: query_string(flt, **extra),
    })


def _download(request: Request, flt: WebFilter, fmt: str) -> Response:
    flt.limit, flt.offset = DOWNLOAD_LIMIT, 0
    records = []
    with _engine(request).connect() as conn:
        # Page through so the MAX_LIMIT of one page does not cut the download short.
        while len(records) < DOWNLOAD_LIMIT:
            flt.limit = MAX_LIMIT
            _, page = web_read.list_events(conn, flt)
            records += page
            if len(page) < MAX_LIMIT:
                break
            flt.offset += MAX_LIMIT
    buf = io.StringIO()
    export.write_records(records, "events", fmt, buf)
    media = "text/csv" if fmt == "csv" else "application/json"
    return Response(buf.getvalue(), media_type=f"{media}; charset=utf-8", headers={
        "Content-Disposition": f'attachment; filename="events.{fmt}"'})


@router.get("/events.csv")
def events_csv(request: Request, flt: Annotated[WebFilter, Depends(event_filter)]):
    return _download(request, flt, "csv")


@router.get("/events.json")
def events_json(request: Request, flt: Annotated[WebFilter, Depends(event_filter)]):
    return _download(request, flt, "json")


@router.get("/events/{event_id}")
def event_page(request: Request, event_id: str, error: str | None = None):
    with _engine(request).connect() as conn:
        rec = web_read.event_detail(conn, event_id)
    if rec is None:
        raise HTTPException(404, "There is no event with this id.")
    return render(request, "event.html", {
        "ev": rec, "types": EVENT_TYPES, "roles": ROLES, "fields": review.FIELDS,
        "error": error, "saved": request.query_params.get("saved"),
    })


@router.post("/events/{event_id}/review")
def review_form(
    request: Request, event_id: str,
    csrf: Annotated[str, Form()] = "", action: Annotated[str, Form()] = "",
    note: Annotated[str, Form(max_length=2000)] = "",
    type: Annotated[str | None, Form()] = None,
    party_from: Annotated[str | None, Form()] = None,
    party_to: Annotated[str | None, Form()] = None,
    role: Annotated[str | None, Form()] = None, body: Annotated[str | None, Form()] = None,
    ward: Annotated[str | None, Form()] = None, date: Annotated[str | None, Form()] = None,
):
    auth.check_csrf(request, csrf)
    reviewer = auth.session_reviewer(request)
    if reviewer is None:
        raise HTTPException(401, "Sign in with your token to review events.")
    given = {"type": type, "party_from": party_from, "party_to": party_to, "role": role,
             "body": body, "ward": ward, "date": date}
    changes = {k: v for k, v in given.items() if v is not None}
    try:
        with _engine(request).begin() as conn:
            review.review_event(conn, event_id, action, reviewer, changes, note)
    except review.ReviewError as exc:
        if str(exc).startswith("no event"):
            raise HTTPException(404, "There is no event with this id.") from exc
        with _engine(request).connect() as conn:
            rec = web_read.event_detail(conn, event_id)
        return render(request, "event.html", {
            "ev": rec, "types": EVENT_TYPES, "roles": ROLES, "fields": review.FIELDS,
            "error": str(exc), "saved": None}, 422)
    return RedirectResponse(f"/events/{event_id}?saved=1#review", status_code=303)


def _local_path(target: str | None) -> str:
    """Only same-site paths are followed after signing in (no open redirects)."""
    parts = urlsplit(target or "/")
    if parts.scheme or parts.netloc or not (target or "/").startswith("/") or \
            (target or "").startswith("//"):
        return "/"
    return target or "/"


@router.get("/login")
def login_page(request: Request, next: str = "/"):
    return render(request, "login.html", {"next": _local_path(next), "error": None})


@router.post("/login")
def login(request: Request, csrf: Annotated[str, Form()] = "",
          token: Annotated[str, Form(max_length=500)] = "",
          next: Annotated[str, Form()] = "/"):
    auth.check_csrf(request, csrf)
    settings = request.app.state.settings
    with settings.engine.connect() as conn:
        owner = review.token_owner(conn, token.strip(), settings.env_token)
    if owner is None:
        return render(request, "login.html", {"next": _local_path(next),
                                              "error": "That token is not valid."}, 403)
    response = RedirectResponse(_local_path(next), status_code=303)
    response.set_cookie(auth.SESSION_COOKIE, auth.session_value(settings.secret, owner,
                                                                token.strip()),
                        max_age=auth.SESSION_SECONDS, httponly=True, samesite="strict")
    return response


@router.post("/logout")
def logout(request: Request, csrf: Annotated[str, Form()] = ""):
    auth.check_csrf(request, csrf)
    response = RedirectResponse("/", status_code=303)
    response.delete_cookie(auth.SESSION_COOKIE)
    return response


@router.get("/people")
def people_page(request: Request, q: Text = None, offset: Offset = 0):
    with _engine(request).connect() as conn:
        total, items = web_read.people_page(conn, q, PAGE, offset)
    return render(request, "people.html", {"q": q or "", "total": total, "items": items,
                                           "offset": offset, "page": PAGE})


@router.get("/people/{person_id}")
def person_page(request: Request, person_id: str):
    return _render_person(request, person_id)


def _render_person(request: Request, person_id: str, error: str | None = None,
                   status: int = 200) -> Response:
    with _engine(request).connect() as conn:
        rec = person_record(conn, person_id)
    if rec is None:
        raise HTTPException(404, "There is no person with this id.")
    return render(request, "person.html", {
        "p": rec, "error": error, "saved": request.query_params.get("saved")}, status)


def _person_review_form(request: Request, person_id: str, csrf: str, apply) -> Response:
    """A merge or split posted from the person page: signed in, CSRF-checked; on success
    the page of the person now holding the references, else this page with the reason."""
    auth.check_csrf(request, csrf)
    reviewer = auth.session_reviewer(request)
    if reviewer is None:
        raise HTTPException(401, "Sign in with your token to review people.")
    try:
        with _engine(request).begin() as conn:
            entry = apply(conn, reviewer)
    except person_review.PersonReviewError as exc:
        if str(exc) == f"no person {person_id}":
            raise HTTPException(404, "There is no person with this id.") from exc
        return _render_person(request, person_id, str(exc), 422)
    return RedirectResponse(f"/people/{entry['into']}?saved=1#review", status_code=303)


@router.post("/people/{person_id}/merge")
def merge_form(request: Request, person_id: str, csrf: Annotated[str, Form()] = "",
               into: Annotated[str, Form(max_length=40)] = "",
               note: Annotated[str, Form(max_length=2000)] = ""):
    return _person_review_form(request, person_id, csrf, lambda conn, who: (
        person_review.merge_person(conn, person_id, into.strip(), who, note)))


@router.post("/people/{person_id}/split")
def split_form(request: Request, person_id: str, csrf: Annotated[str, Form()] = "",
               articles: Annotated[list[int] | None, Form(max_length=1000)] = None,
               alias: Annotated[str, Form(max_length=300)] = "",
               into: Annotated[str, Form(max_length=40)] = "",
               note: Annotated[str, Form(max_length=2000)] = ""):
    return _person_review_form(request, person_id, csrf, lambda conn, who: (
        person_review.split_person(conn, person_id, who, articles=articles or None,
                                   alias=alias.strip() or None, into=into.strip() or None,
                                   note=note)))


@router.get("/articles")
def articles_page(request: Request, q: Text = None, offset: Offset = 0):
    with _engine(request).connect() as conn:
        total, items = web_read.article_page(conn, q, PAGE, offset)
    return render(request, "articles.html", {"q": q or "", "total": total, "items": items,
                                             "offset": offset, "page": PAGE})


def _article_spans(rec: dict) -> list[Span]:
    text = rec["cleaned_text"] or ""
    spans = [Span(e["start"], e["end"], "event", ev["type"])
             for ev in rec["events"] for e in ev["evidence"] if e["article_id"] == rec["id"]]
    spans += [Span(q["start"], q["end"], "quote",
                   (q["speaker"] or {}).get("name", "")) for q in rec["quotes"]]
    names = [ev["person"]["name"] for ev in rec["events"]]
    names += [q["speaker"]["name"] for q in rec["quotes"] if q["speaker"]]
    return spans + name_spans(text, names)


@router.get("/articles/{article_id}")
def article_page(request: Request, article_id: int):
    with _engine(request).connect() as conn:
        rec = web_read.article_detail(conn, article_id)
    if rec is None:
        raise HTTPException(404, "There is no article with this id.")
    body = highlight(rec["cleaned_text"] or "", _article_spans(rec))
    return render(request, "article.html", {"a": rec, "body": body})


@router.get("/quotes")
def quotes_page(request: Request, q: Text = None, speaker: Text = None, offset: Offset = 0):
    with _engine(request).connect() as conn:
        total, items = web_read.quote_page(conn, q=q, speaker=speaker, limit=PAGE,
                                           offset=offset)
    return render(request, "quotes.html", {"q": q or "", "speaker": speaker or "",
                                           "total": total, "items": items, "offset": offset,
                                           "page": PAGE})


@router.get("/feeds/events.atom")
def events_feed(request: Request):
    with _engine(request).connect() as conn:
        records = web_read.latest_events(conn, 50)
    base = str(request.base_url).rstrip("/")
    return Response(atom_feed(records, base), media_type="application/atom+xml")
