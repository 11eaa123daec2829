"""Query parameters of the event table, shared by the pages, the downloads and the API."""

from __future__ import annotations

from typing import Annotated
from urllib.parse import urlencode

from fastapi import HTTPException, Query

from floorcross.store.web_read import SORTS, WebFilter
from floorcross.types import EVENT_TYPES

DATE_PATTERN = r"^(\d{4}(-\d{2}(-\d{2})?)?)?$"
REVIEW_CHOICES = ("", "all", "unreviewed", "confirmed", "corrected", "rejected")
# The parameters a filtered view keeps in its links (sorting, paging, downloads).
FILTER_KEYS = ("q", "party", "type", "since", "until", "body", "person", "hedged", "review")


def _blank(value: str | None) -> str | None:
    value = (value or "").strip()
    return value or None


def event_filter(
    q: Annotated[str | None, Query(max_length=200, description="Words to search for")] = None,
    party: Annotated[str | None, Query(max_length=100, description="Party left or joined")
                     ] = None,
    type: Annotated[str | None, Query(description="Event type")] = None,
    since: Annotated[str | None, Query(pattern=DATE_PATTERN, description="YYYY[-MM[-DD]]")
                     ] = None,
    until: Annotated[str | None, Query(pattern=DATE_PATTERN, description="inclusive")] = None,
    body: Annotated[str | None, Query(max_length=200, description="Council or parliament")
                    ] = None,
    person: Annotated[str | None, Query(max_length=200)] = None,
    hedged: Annotated[str | None, Query(pattern="^(yes|no)?$")] = None,
    review: Annotated[str | None, Query(description="Review status: empty hides rejected; "
                                        "all, unreviewed, confirmed, corrected, rejected")
                      ] = None,
    sort: Annotated[str, Query(description=f"One of {', '.join(SORTS)}")] = "date",
    order: Annotated[str, Query(pattern="^(asc|desc)$")] = "desc",
    limit: Annotated[int, Query(ge=1, le=500)] = 50,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> WebFilter:
    """A WebFilter from query parameters; empty form fields mean "any"."""
    if _blank(type) and type not in EVENT_TYPES:
        raise HTTPException(422, f"type must be one of {', '.join(EVENT_TYPES)}")
    if (review or "") not in REVIEW_CHOICES:
        raise HTTPException(422, f"review must be one of {', '.join(REVIEW_CHOICES[1:])}")
    if sort not in SORTS:
        raise HTTPException(422, f"sort must be one of {', '.join(SORTS)}")
    return WebFilter(
        q=_blank(q), party=_blank(party), type=_blank(type), since=_blank(since),
        until=_blank(until), body=_blank(body), person=_blank(person),
        hedged={"yes": True, "no": False}.get(hedged or ""), review=_blank(review),
        sort=sort, descending=order == "desc", limit=limit, offset=offset,
    )


def filter_params(flt: WebFilter) -> dict[str, str]:
    """The non-empty filters of `flt` as query parameters."""
    values = {
        "q": flt.q, "party": flt.party, "type": flt.type, "since": flt.since,
        "until": flt.until, "body": flt.body, "person": flt.person, "review": flt.review,
        "hedged": {True: "yes", False: "no"}.get(flt.hedged),
    }
    return {k: v for k, v in values.items() if v}


def query_string(flt: WebFilter, **extra: object) -> str:
    params = filter_params(flt)
    params.update({k: str(v) for k, v in extra.items() if v is not None})
    return urlencode(params)
