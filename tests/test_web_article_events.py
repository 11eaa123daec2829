"""An article page lists every event the article reports, including merged ones."""

from __future__ import annotations

from browser.webdata import TOKEN, fill, stages
from conftest import TEST_VERSION, event_line, fake_clean, fake_extract, raw
from fastapi.testclient import TestClient
from sqlalchemy import select

from floorcross.pipeline import ingest
from floorcross.store.schema import articles
from floorcross.web.app import create_app


def test_later_report_of_a_merged_event_shows_it_on_its_page(engine):
    fill(engine)
    later = raw(
        "harrowgate-followup.txt",
        event_line(person="Ada Quill", type="resigned", party_from="Labour",
                   party_to="Independent", role="councillor", body="Harrowgate Council",
                   date="2024-03"),
        url="https://other.example/harrowgate", published="2024-03-09",
    )
    ingest(engine, [later], cleaner=fake_clean, extractor=fake_extract, version=TEST_VERSION)
    with engine.connect() as conn:
        article_id = conn.execute(
            select(articles.c.id).where(articles.c.source_id == "harrowgate-followup.txt")
        ).scalar_one()
    with TestClient(create_app(engine, env_token=TOKEN, stages=stages())) as client:
        events = client.get("/api/events", params={"person": "Ada Quill"}).json()["items"]
        page = client.get(f"/articles/{article_id}").text
    assert len(events) == 1  # one change, two reports
    assert f'/events/{events[0]["id"]}' in page
