"""End to end in a real headless Chromium: dashboard, filtering, a person, reviewing an event."""

from __future__ import annotations

import pytest
from browser.server import browser_context, running, screenshot_on_failure
from browser.webdata import TOKEN, XSS, fill, stages
from playwright.sync_api import expect, sync_playwright

from floorcross.web.app import create_app


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    from floorcross.store import open_db

    engine = open_db(f"sqlite:///{tmp_path_factory.mktemp('web') / 'register.db'}")
    fill(engine)
    with running(create_app(engine, env_token=TOKEN, stages=stages())) as base:
        yield base
    engine.dispose()


@pytest.fixture(scope="module")
def context():
    with sync_playwright() as p, browser_context(p) as ctx:
        yield ctx


@pytest.fixture
def page(context, request):
    pg = context.new_page()
    dialogs: list[str] = []
    pg.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    with screenshot_on_failure(pg, request.node.name):
        yield pg
    assert dialogs == []  # no injected script ever ran an alert
    pg.close()


def test_dashboard_shows_chart_and_latest_changes(site, page):
    page.goto(site + "/")
    expect(page.get_by_role("heading", name="Party-affiliation changes")).to_be_visible()
    expect(page.locator("svg.months rect")).not_to_have_count(0)
    expect(page.get_by_role("link", name="Tomas Brenner left Conservative for Reform UK")
           ).to_be_visible()


def test_filter_events_and_open_a_person(site, page):
    page.goto(site + "/events")
    expect(page.locator("table.events tbody tr")).to_have_count(4)
    page.get_by_label("Type").select_option("defected")  # the script submits on change
    page.wait_for_url("**type=defected**")
    expect(page.locator("table.events tbody tr")).to_have_count(1)
    page.get_by_role("link", name="Tomas Brenner").click()
    expect(page.get_by_role("heading", name="Tomas Brenner")).to_be_visible()
    expect(page.get_by_text("Reform speaks for Fenmouth now")).to_be_visible()


def test_sign_in_and_review_an_event(site, page):
    page.goto(site + "/events?person=Marsh")
    page.get_by_role("link", name="expelled").click()
    expect(page.locator("body")).to_contain_text(XSS)  # shown as text, never run
    page.get_by_role("link", name="Sign in").first.click()
    page.get_by_label("Token").fill(TOKEN)
    page.get_by_role("button", name="Sign in").click()
    page.get_by_label("Party to").fill("Independent")
    page.get_by_label("Note").fill("confirmed with the party office")
    page.get_by_role("button", name="Save corrections").click()
    expect(page.get_by_role("status")).to_have_text("Review saved.")
    expect(page.locator(".facts")).to_contain_text("Independent")
    expect(page.locator("table")).to_contain_text("party_to: — → Independent")
