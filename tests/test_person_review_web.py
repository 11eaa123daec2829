"""Merging and splitting people over the API (bearer token, size limit) and from the person
page (sign-in, CSRF), with aliases and the audit trail shown."""

from __future__ import annotations

import json
import re

import pytest
from browser.webdata import TOKEN, stages
from fastapi.testclient import TestClient
from test_person_review import lawson_articles

from floorcross.pipeline import ingest
from floorcross.web.app import create_app
from floorcross.web.limits import MAX_BODY

AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture
def client(engine):
    s = stages()
    ingest(engine, lawson_articles(), cleaner=s.cleaner, extractor=s.extractor,
           version=s.version)
    with TestClient(create_app(engine, env_token=TOKEN, stages=s)) as c:
        yield c


def person_id(client, name: str) -> str:
    [hit] = [p for p in client.get("/api/people").json()["items"] if p["name"] == name]
    return hit["id"]


def _csrf(html: str) -> str:
    return re.search(r'name="csrf" value="([^"]+)"', html).group(1)


def _sign_in(client) -> None:
    page = client.get("/login")
    r = client.post("/login", data={"csrf": _csrf(page.text), "token": TOKEN, "next": "/"},
                    follow_redirects=False)
    assert r.status_code == 303


def test_merge_over_the_api_needs_a_token_and_moves_the_events(client):
    jo, joanne = person_id(client, "Jo Lawson"), person_id(client, "Joanne Lawson")
    url = f"/api/people/{jo}/merge"
    body = {"into": joanne, "note": "same councillor"}
    assert client.post(url, json=body).status_code == 401
    assert client.post(url, json=body, headers={"Authorization": "Bearer no"}).status_code == 403
    r = client.post(url, json=body, headers=AUTH)
    assert r.status_code == 200
    person = r.json()["person"]
    assert person["id"] == joanne and len(person["timeline"]) == 2
    assert {a["alias"] for a in person["aliases"]} == {"Jo Lawson", "Joanne Lawson"}
    assert person["review_history"][0]["reviewer"] == "admin"
    assert client.get(f"/api/people/{jo}").status_code == 404
    events = client.get("/api/events").json()["items"]
    assert {e["person"]["id"] for e in events} == {joanne}


def test_bad_merges_and_splits_over_the_api(client):
    jo, joanne = person_id(client, "Jo Lawson"), person_id(client, "Joanne Lawson")
    assert client.post("/api/people/p-none/merge", json={"into": joanne},
                       headers=AUTH).status_code == 404
    assert client.post(f"/api/people/{jo}/merge", json={"into": jo},
                       headers=AUTH).status_code == 422
    assert client.post(f"/api/people/{jo}/split", json={"note": "neither given"},
                       headers=AUTH).status_code == 422
    big = json.dumps({"into": joanne, "note": "x" * (MAX_BODY + 10)})
    r = client.post(f"/api/people/{jo}/merge", content=big,
                    headers={**AUTH, "Content-Type": "application/json"})
    assert r.status_code == 413
    assert len(client.get("/api/people").json()["items"]) == 2


def test_split_over_the_api_after_a_merge(client):
    jo, joanne = person_id(client, "Jo Lawson"), person_id(client, "Joanne Lawson")
    client.post(f"/api/people/{jo}/merge", json={"into": joanne}, headers=AUTH)
    r = client.post(f"/api/people/{joanne}/split", headers=AUTH,
                    json={"alias": "Jo Lawson", "note": "different people after all"})
    assert r.status_code == 200
    split_off = r.json()["person"]
    assert split_off["id"] != joanne and [a["alias"] for a in split_off["aliases"]] == [
        "Jo Lawson"]
    kept = client.get(f"/api/people/{joanne}").json()
    assert [h["action"] for h in kept["review_history"]] == ["merge", "split"]
    assert len(kept["timeline"]) == 1


def test_person_page_forms_need_sign_in_and_csrf_then_merge(client):
    jo, joanne = person_id(client, "Jo Lawson"), person_id(client, "Joanne Lawson")
    page = client.get(f"/people/{jo}")
    assert "Sign in" in page.text and "Jo Lawson" in page.text
    token = _csrf(client.get("/login").text)  # any form page carries the browser's token
    form = {"csrf": token, "into": joanne, "note": "one <b>person</b>"}
    assert client.post(f"/people/{jo}/merge", data=form).status_code == 401
    _sign_in(client)
    assert client.post(f"/people/{jo}/merge", data={**form, "csrf": "bad"}).status_code == 403
    bad = client.post(f"/people/{jo}/merge", data={**form, "into": jo})
    assert bad.status_code == 422 and "themselves" in bad.text
    r = client.post(f"/people/{jo}/merge", data=form, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].startswith(f"/people/{joanne}")
    shown = client.get(f"/people/{joanne}").text
    assert "Jo Lawson" in shown and "merged into" in shown
    assert "one &lt;b&gt;person&lt;/b&gt;" in shown  # the note is escaped


def test_person_page_split_by_article(client):
    jo, joanne = person_id(client, "Jo Lawson"), person_id(client, "Joanne Lawson")
    client.post(f"/api/people/{jo}/merge", json={"into": joanne}, headers=AUTH)
    _sign_in(client)
    page = client.get(f"/people/{joanne}")
    boxes = re.findall(r'name="articles" value="(\d+)"', page.text)
    assert len(boxes) == 2
    r = client.post(f"/people/{joanne}/split", follow_redirects=False,
                    data={"csrf": _csrf(page.text), "articles": boxes[-1], "alias": "",
                          "into": "", "note": "namesake"})
    assert r.status_code == 303
    moved_to = r.headers["location"].split("?")[0].rsplit("/", 1)[-1]
    assert moved_to != joanne
    assert len(client.get(f"/api/people/{moved_to}").json()["timeline"]) == 1
