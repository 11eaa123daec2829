"""Pages: escaping of article text everywhere, sign-in and CSRF on forms, downloads, the feed."""

from __future__ import annotations

import csv
import io
import re
import xml.etree.ElementTree as ET

import pytest
from browser.webdata import TOKEN, XSS, fill, stages
from fastapi.testclient import TestClient

from floorcross.web import auth
from floorcross.web.app import create_app
from floorcross.web.highlight import Span, highlight, name_spans

ATOM = "{http://www.w3.org/2005/Atom}"


@pytest.fixture
def client(engine):
    fill(engine)
    with TestClient(create_app(engine, env_token=TOKEN, stages=stages())) as c:
        yield c


def _event_id(client, person: str) -> str:
    return client.get("/api/events", params={"person": person}).json()["items"][0]["id"]


def _csrf(html: str) -> str:
    return re.search(r'name="csrf" value="([^"]+)"', html).group(1)


def _sign_in(client) -> None:
    page = client.get("/login")
    r = client.post("/login", data={"csrf": _csrf(page.text), "token": TOKEN, "next": "/"},
                    follow_redirects=False)
    assert r.status_code == 303 and auth.SESSION_COOKIE in r.cookies


def test_script_from_articles_is_escaped_on_every_page(client):
    evil = _event_id(client, "Marsh")
    person = client.get(f"/api/events/{evil}").json()["person"]["id"]
    pages = ["/", "/events", "/events?review=all", f"/events/{evil}", f"/people/{person}",
             "/articles", "/articles/3", "/quotes", "/people"]
    for url in pages:
        html = client.get(url).text
        assert XSS not in html, url
        assert "<script>alert" not in html, url
    assert "&lt;script&gt;alert" in client.get("/articles/3").text
    assert client.get("/").headers["content-security-policy"].startswith("default-src 'self'")


def test_feed_is_valid_atom_with_escaped_text(client):
    r = client.get("/feeds/events.atom")
    assert r.headers["content-type"].startswith("application/atom+xml")
    root = ET.fromstring(r.content)  # parses: well-formed XML
    entries = root.findall(f"{ATOM}entry")
    assert len(entries) == 4
    titles = {e.findtext(f"{ATOM}title") for e in entries}
    assert "Ada Quill left Labour to sit as an independent" in titles
    first = entries[0]
    assert first.findtext(f"{ATOM}id").startswith("tag:floorcross,2024:event/ev-")
    assert re.match(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$", first.findtext(f"{ATOM}updated"))
    href = first.find(f"{ATOM}link").get("href")
    assert re.search(r"/events/ev-[0-9a-f]+$", href)
    assert b"<script>" not in r.content


def test_review_form_needs_sign_in_and_csrf(client):
    eid = _event_id(client, "Quill")
    token = _csrf(client.get("/login").text)  # any form page carries the browser's token
    # Not signed in: refused even with a valid CSRF token.
    r = client.post(f"/events/{eid}/review", data={"csrf": token, "action": "confirm"})
    assert r.status_code == 401
    _sign_in(client)
    for bad in ("", "nonsense", token.split(".")[0] + ".0000"):
        r = client.post(f"/events/{eid}/review", data={"csrf": bad, "action": "reject"})
        assert r.status_code == 403
    assert client.get(f"/api/events/{eid}").json()["review"] is None


def test_csrf_token_from_another_browser_is_refused(client, engine):
    eid = _event_id(client, "Quill")
    other = TestClient(client.app)
    other_token = _csrf(other.get("/login").text)
    _sign_in(client)
    client.get(f"/events/{eid}")
    r = client.post(f"/events/{eid}/review", data={"csrf": other_token, "action": "reject"})
    assert r.status_code == 403


def test_review_form_corrects_and_logs(client):
    eid = _event_id(client, "Quill")
    _sign_in(client)
    page = client.get(f"/events/{eid}")
    form = {"csrf": _csrf(page.text), "action": "correct", "type": "resigned",
            "party_from": "Labour", "party_to": "Green", "role": "councillor",
            "body": "Harrowgate Council", "ward": "", "date": "2024-03-05",
            "note": "checked the minutes"}
    r = client.post(f"/events/{eid}/review", data=form, follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].startswith(f"/events/{eid}")
    shown = client.get(f"/events/{eid}").text
    assert "Independent → Green" in shown and "checked the minutes" in shown
    detail = client.get(f"/api/events/{eid}").json()
    assert detail["party_to"] == "Green" and detail["review"]["reviewer"] == "admin"
    bad = client.post(f"/events/{eid}/review", data={**form, "date": "March"})
    assert bad.status_code == 422 and "date must be" in bad.text


def test_sign_in_refuses_wrong_token_and_foreign_redirects(client):
    page = client.get("/login")
    r = client.post("/login", data={"csrf": _csrf(page.text), "token": "nope"})
    assert r.status_code == 403
    r = client.post("/login", data={"csrf": _csrf(page.text), "token": TOKEN,
                                    "next": "//evil.example/"}, follow_redirects=False)
    assert r.headers["location"] == "/"


def test_forged_session_cookie_is_ignored(client):
    eid = _event_id(client, "Quill")
    page = client.get("/login")
    client.cookies.set(auth.SESSION_COOKIE, "eyJyIjogImV2ZSJ9.deadbeef")
    r = client.post(f"/events/{eid}/review", data={"csrf": _csrf(page.text),
                                                   "action": "reject"})
    assert r.status_code == 401


def test_downloads_follow_the_current_filters(client):
    r = client.get("/events.csv", params={"party": "labour", "sort": "person",
                                          "order": "asc"})
    assert "attachment" in r.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(r.text)))
    assert [row["person_name"] for row in rows] == ["Ada Quill", "Evan Marsh"]
    data = client.get("/events.json", params={"type": "defected"}).json()
    assert [d["person"]["name"] for d in data] == ["Tomas Brenner"]


def test_pages_render_lists_and_details(client):
    home = client.get("/").text
    assert "Changes per month" in home and "2024-03" in home and "Harrowgate Council" in home
    events = client.get("/events", params={"hedged": "yes"}).text
    assert "Lyra Penhale" in events and "Ada Quill" not in events
    assert "1 event." in events
    quotes = client.get("/quotes", params={"q": "longer"}).text
    assert "I could not stay any longer" in quotes and "Fenmouth now" not in quotes
    article = client.get("/articles/1").text
    assert 'href="https://news.example/harrowgate"' in article
    assert 'class="hl-event' in article and 'class="hl-quote' in article
    assert client.get("/events/ev-missing").status_code == 404
    assert client.get("/people/p-missing").status_code == 404


def test_highlight_escapes_and_handles_overlaps():
    text = "Ada <b>Quill</b> said \"go\" & left."
    spans = [Span(0, 15, "event", "resigned"), Span(4, 22, "quote", "<i>x</i>"),
             Span(30, 99, "event"), Span(5, 5, "quote")]
    html = str(highlight(text, spans + name_spans(text, ["Ada"])))
    assert "<b>" not in html and "&lt;b&gt;" in html and "&amp;" in html
    assert html.count("<mark") == html.count("</mark>")
    assert 'title="&lt;i&gt;x&lt;/i&gt;; resigned"' in html
    assert re.sub(r"<[^>]+>", "", html).replace("&lt;", "<").replace("&gt;", ">") \
        .replace("&amp;", "&").replace("&#34;", '"') == text
