"""An invented register for the web tests, stored through the real pipeline with the stand-in
stages of conftest (so the tests do not need the NLP model)."""

from __future__ import annotations

from conftest import TEST_VERSION, event_line, fake_clean, fake_extract, quote_line, raw

from floorcross.pipeline import Stages, ingest

TOKEN = "test-token-for-the-web-0123456789"
XSS = "<script>alert('x')</script>"


def stages() -> Stages:
    return Stages(fake_clean, fake_extract, TEST_VERSION)


def articles():
    return [
        raw("harrowgate.txt",
            event_line(person="Cllr Ada Quill", type="resigned", party_from="Labour",
                       party_to="Independent", role="councillor", body="Harrowgate Council",
                       date="2024-03-05", reason="the closure of the library"),
            quote_line(speaker="Ada Quill", text="I could not stay any longer", event=0),
            url="https://news.example/harrowgate", title="Councillor quits Labour group",
            published="2024-03-06"),
        raw("fenmouth.txt",
            event_line(person="Tomas Brenner", type="defected", party_from="Conservative",
                       party_to="Reform UK", role="councillor", body="Fenmouth Borough Council",
                       date="2024-01-20"),
            event_line(person="Lyra Penhale", type="suspended", party_from="Green",
                       hedged=True, body="Fenmouth Borough Council", date="2023-11"),
            quote_line(speaker="Tomas Brenner", text="Reform speaks for Fenmouth now",
                       event=0),
            url="https://news.example/fenmouth", title="Two shocks in Fenmouth",
            published="2024-01-21"),
        raw("evil.txt",
            event_line(person="Evan " + "Marsh", type="expelled", party_from="Labour",
                       reason=XSS, body="Ostry " + XSS + " Council", date="2022-07-01"),
            quote_line(speaker="Evan Marsh", text="They never listened " + XSS, event=0),
            "A line of prose with " + XSS + " in it.",
            url="https://news.example/evil", title="Title " + XSS, published="2022-07-02"),
    ]


def fill(engine) -> None:
    ingest(engine, articles(), cleaner=fake_clean, extractor=fake_extract,
           version=TEST_VERSION)
