"""The JSON API: filters, pagination, reviewed values, auth on writes, size limits, ingest."""

from __future__ import annotations

import json

import pytest
from browser.webdata import TOKEN, fill, stages
from fastapi.testclient import TestClient

from floorcross.store import review
from floorcross.web.app import create_app
from floorcross.web.limits import MAX_ARTICLE_BODY, MAX_BODY

AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture
def client(engine):
    fill(engine)
    with TestClient(create_app(engine, env_token=TOKEN, stages=stages())) as c:
        yield c


def _ids(client, **params) -> list[str]:
    return [e["person"]["name"] for e in client.get("/api/events", params=params).json()["items"]]


def test_events_filters_sort_and_paginate(client):
    page = client.get("/api/events", params={"limit": 2, "offset": 1}).json()
    assert page["total"] == 4 and page["limit"] == 2 and page["offset"] == 1
    assert len(page["items"]) == 2
    assert _ids(client) == ["Ada Quill", "Tomas Brenner", "Lyra Penhale", "Evan Marsh"]
    assert _ids(client, party="labour", sort="person", order="asc") == ["Ada Quill",
                                                                         "Evan Marsh"]
    assert _ids(client, type="suspended") == ["Lyra Penhale"]
    assert _ids(client, hedged="yes") == ["Lyra Penhale"]
    assert _ids(client, since="2024-01", until="2024-01") == ["Tomas Brenner"]
    assert _ids(client, body="fenmouth", sort="date", order="asc") == ["Lyra Penhale",
                                                                        "Tomas Brenner"]


def test_search_reaches_evidence_and_reason(client):
    assert _ids(client, q="library") == ["Ada Quill"]  # the reason
    assert _ids(client, q="reform tomas") == ["Tomas Brenner"]  # every word must match
    assert _ids(client, q="nothing-like-this") == []


def test_bad_filter_values_are_422(client):
    assert client.get("/api/events", params={"type": "vanished"}).status_code == 422
    assert client.get("/api/events", params={"since": "last week"}).status_code == 422
    assert client.get("/api/events", params={"limit": 100000}).status_code == 422


def test_event_person_quote_and_article_endpoints(client):
    ev = client.get("/api/events", params={"person": "Brenner"}).json()["items"][0]
    detail = client.get(f"/api/events/{ev['id']}").json()
    assert detail["evidence"][0]["url"] == "https://news.example/fenmouth"
    assert detail["quote_texts"][0]["text"] == "Reform speaks for Fenmouth now"
    person = client.get(f"/api/people/{ev['person']['id']}").json()
    assert [e["id"] for e in person["timeline"]] == [ev["id"]]
    assert person["roles"] == [{"role": "councillor", "body": "Fenmouth Borough Council",
                                "ward": None}]
    quotes = client.get("/api/quotes", params={"speaker": "quill"}).json()
    assert [q["text"] for q in quotes["items"]] == ["I could not stay any longer"]
    arts = client.get("/api/articles", params={"q": "fenmouth"}).json()
    assert [a["source_id"] for a in arts["items"]] == ["fenmouth.txt"]
    people = client.get("/api/people", params={"q": "penh"}).json()
    assert [p["name"] for p in people["items"]] == ["Lyra Penhale"]
    for missing in ("/api/events/ev-none", "/api/people/p-none", "/api/articles/999"):
        assert client.get(missing).status_code == 404


def test_review_needs_a_valid_token(client, engine):
    ev = client.get("/api/events").json()["items"][0]
    url = f"/api/events/{ev['id']}/review"
    body = {"action": "reject"}
    no_token = client.post(url, json=body)
    assert no_token.status_code == 401 and no_token.headers["www-authenticate"] == "Bearer"
    assert client.post(url, json=body, headers={"Authorization": "Bearer wrong"}
                       ).status_code == 403
    assert client.post(url, json=body, headers={"Authorization": f"Basic {TOKEN}"}
                       ).status_code == 401
    with engine.begin() as conn:
        made = review.create_token(conn, "ana")
    ok = client.post(url, json=body, headers={"Authorization": f"Bearer {made}"})
    assert ok.status_code == 200 and ok.json()["review"]["reviewer"] == "ana"


def test_review_via_api_overrides_and_hides_rejected(client):
    first, second = client.get("/api/events").json()["items"][:2]
    fixed = client.post(f"/api/events/{first['id']}/review", headers=AUTH, json={
        "action": "correct", "changes": {"party_to": "Green"}, "note": "checked"}).json()
    assert fixed["party_to"] == "Green" and fixed["review"]["status"] == "corrected"
    assert fixed["review_history"][0]["old"]["party_to"] == "Independent"
    client.post(f"/api/events/{second['id']}/review", headers=AUTH, json={"action": "reject"})
    listed = [e["id"] for e in client.get("/api/events").json()["items"]]
    assert second["id"] not in listed
    rejected = client.get("/api/events", params={"review": "rejected"}).json()["items"]
    assert [e["id"] for e in rejected] == [second["id"]]
    bad = client.post(f"/api/events/{first['id']}/review", headers=AUTH,
                      json={"action": "correct", "changes": {"date": "soon"}})
    assert bad.status_code == 422
    assert client.post("/api/events/ev-none/review", headers=AUTH,
                       json={"action": "confirm"}).status_code == 404


def test_writes_over_the_size_limit_get_413(client):
    ev = client.get("/api/events").json()["items"][0]
    big = json.dumps({"action": "confirm", "note": "x" * (MAX_BODY + 10)})
    r = client.post(f"/api/events/{ev['id']}/review", headers={**AUTH,
                    "Content-Type": "application/json"}, content=big)
    assert r.status_code == 413

    def chunks():  # no Content-Length: the limit must count what arrives
        for _ in range(MAX_ARTICLE_BODY // 65536 + 2):
            yield b"x" * 65536

    assert client.post("/api/articles", headers=AUTH, content=chunks()).status_code == 413


def test_ingest_one_article_record(client):
    record = {"id": "new-1", "text": "Intro line.\n"
              '@event {"person": "Nell Garrow", "type": "resigned", "party_from": "SNP"}',
              "url": "https://news.example/garrow"}
    assert client.post("/api/articles", json=record).status_code == 401
    r = client.post("/api/articles", json=record, headers=AUTH)
    assert r.status_code == 201 and r.json()["summary"]["events"] == 1
    assert _ids(client, person="garrow") == ["Nell Garrow"]
    again = client.post("/api/articles", json=record, headers=AUTH).json()
    assert again["summary"]["already_stored"] == 1
    bad = client.post("/api/articles", content=b"[1, 2]", headers=AUTH)
    assert bad.status_code == 422 and "JSON object" in bad.json()["detail"]


def test_openapi_docs_are_served(client):
    paths = client.get("/openapi.json").json()["paths"]
    assert {"/api/events", "/api/events/{event_id}/review", "/api/articles"} <= set(paths)
    assert client.get("/docs").status_code == 200
