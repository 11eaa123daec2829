"""Cleaning: text normalisation, HTML extraction, metadata, dates and errors."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

import floorcross.clean.html as html_module
from floorcross.clean import CleanError, clean_article, normalise_text
from floorcross.clean.dates import find_dateline, parse_dateline, parse_iso_date
from floorcross.sources import iter_inputs, sample_paths
from floorcross.types import RawInput

FIXTURES = Path(__file__).parent / "fixtures" / "clean"


def raw(content: str, kind: str = "text", **meta) -> RawInput:
    return RawInput(source_id="t", kind=kind, content=content, origin="t", **meta)


def fixture(name: str, **meta) -> RawInput:
    kind = "html" if name.endswith(".html") else "text"
    return raw((FIXTURES / name).read_text(encoding="utf-8"), kind, **meta)


# --- normalisation -------------------------------------------------------------------------


def test_normalise_collapses_spaces_and_blank_lines_but_keeps_quotes():
    text = "  \u201cWe\u2019re  leaving,\u201d\tshe said.  \r\n\r\n\r\n\r\n'Yes'\u00a0 \"no\"  "
    assert normalise_text(text) == "\u201cWe\u2019re leaving,\u201d she said.\n\n'Yes' \"no\""


def test_normalise_collapses_spaces_line_by_line_and_keeps_breaks():
    text = "\tCllr  Oda\u2003Brenn \r\nquit\u00a0\u00a0the party\t\r\n\r\n\r\n\r\n  Next line"
    assert normalise_text(text) == "Cllr Oda Brenn\nquit the party\n\nNext line"


def test_normalise_removes_invisible_characters():
    assert normalise_text("Coun\u00adcil\u200blor\ufeff") == "Councillor"


def test_normalise_is_idempotent():
    once = normalise_text(fixture("appeal_blog.txt").content)
    assert normalise_text(once) == once


def test_cleaned_text_is_final():
    # Offsets are taken on the cleaned text, so cleaning it again must change nothing.
    for name in ("local_page.txt", "appeal_blog.txt", "tabloid.txt"):
        cleaned = clean_article(fixture(name)).text
        assert clean_article(raw(cleaned)).text == cleaned


# --- HTML ----------------------------------------------------------------------------------


def test_html_main_text_without_navigation_or_footer():
    article = clean_article(fixture("page.html"))
    paragraphs = article.text.split("\n\n")
    assert paragraphs[0] == "Dunford councillor expelled by Liberal Democrats"
    assert paragraphs[1].startswith("The Liberal Democrats have expelled a Dunford councillor")
    # A <br> inside a paragraph stays a single line break.
    assert paragraphs[2].endswith('ending his membership.\n"I am disappointed but not surprised,"'
                                  " he said.")
    for furniture in ("Home", "Jobs", "cookies", "All rights reserved", "Follow us", "Read more"):
        assert furniture not in article.text


def test_html_metadata_is_read_from_the_page():
    article = clean_article(fixture("page.html"))
    assert article.title == "Dunford councillor expelled by Liberal Democrats"
    assert article.outlet == "Dunford Mercury"
    assert article.author == "Carys Hale"
    assert article.url == "https://example.org/dunford-mercury/news/expelled"
    assert article.published == date(2023, 12, 5)


def test_metadata_given_with_the_input_wins_over_the_page():
    article = clean_article(
        fixture(
            "page.html",
            title="Given title",
            outlet="Given Outlet",
            author="Given Author",
            url="https://example.com/given",
            published="2024-01-02T08:00:00Z",
        )
    )
    assert (article.title, article.outlet, article.author, article.url) == (
        "Given title",
        "Given Outlet",
        "Given Author",
        "https://example.com/given",
    )
    assert article.published == date(2024, 1, 2)


def test_broken_html_still_gives_its_text():
    article = clean_article(fixture("broken.html"))
    assert "Cllr Ivy Stroud has resigned from Plaid Cymru" in article.text
    assert "She will sit as an independent member of the county council." in article.text
    assert "<p>" not in article.text


def test_html_falls_back_to_block_text_when_trafilatura_fails(monkeypatch):
    def failing(*args, **kwargs):
        raise RuntimeError("parser gave up")

    monkeypatch.setattr(html_module.trafilatura, "bare_extraction", failing)
    article = clean_article(fixture("page.html"))
    assert "Cllr Gareth Lowe, who represents Saltings ward" in article.text
    assert "Accept all cookies" not in article.text
    assert "Jobs" not in article.text


def test_html_with_an_xml_encoding_declaration():
    page = (
        '<?xml version="1.0" encoding="utf-8"?><html><body><p>Cllr Rhys Bevan has left'
        " Plaid Cymru to sit as an independent.</p></body></html>"
    )
    article = clean_article(raw(page, "html"))
    assert article.text == "Cllr Rhys Bevan has left Plaid Cymru to sit as an independent."


def test_html_nested_too_deep_for_the_parser_keeps_its_words():
    page = "<div>" * 5000 + "Cllr Mo Reyes &amp; two others quit Labour." + "</div>" * 5000
    assert clean_article(raw(page, "html")).text == "Cllr Mo Reyes & two others quit Labour."


@pytest.mark.parametrize(
    "markup",
    [
        "<html><head><script>var a = 1;</script></head><body><nav>Home</nav></body></html>",
        "<html><body></body></html>",
        "<<<>>>",
    ],
)
def test_html_without_text_is_a_clean_error(markup):
    with pytest.raises(CleanError) as caught:
        clean_article(raw(markup, "html"))
    assert caught.value.reason in (
        "no text found in the HTML page",
        "no article text left after removing page boilerplate",
    )


def test_text_that_is_all_boilerplate_is_a_clean_error():
    with pytest.raises(CleanError) as caught:
        clean_article(raw("We use cookies on our website.\nSubscribe\nShare this article\nPA"))
    assert caught.value.reason == "no article text left after removing page boilerplate"


def test_unknown_kind_is_a_clean_error():
    with pytest.raises(CleanError):
        clean_article(raw("Some words", "pdf"))


# --- dates ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2023-10-27", date(2023, 10, 27)),
        ("2023-10-27T09:47:00Z", date(2023, 10, 27)),
        ("2023-10-27T23:30:00-05:00", date(2023, 10, 27)),
        ("27/10/2023", None),
        ("", None),
        (None, None),
    ],
)
def test_parse_iso_date(value, expected):
    assert parse_iso_date(value) == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Tuesday 14 May 2024", date(2024, 5, 14)),
        ("14/05/2024", date(2024, 5, 14)),
        ("Published: 3 March 2023", date(2023, 3, 3)),
        ("Published on 3rd March 2023, 10:15 BST", date(2023, 3, 3)),
        ("Posted Sept. 4, 2023 at 9.30am", date(2023, 9, 4)),
        ("2024-05-14", date(2024, 5, 14)),
    ],
)
def test_dateline_forms(line, expected):
    assert parse_dateline(line) == (expected, False)


@pytest.mark.parametrize(
    "line",
    [
        "The councillor resigned on 14 May 2024 after a row.",
        "14 May 2024 will be remembered in Eastfield",
        "31/02/2024",
        "Published: soon",
    ],
)
def test_sentences_and_impossible_dates_are_not_datelines(line):
    assert parse_dateline(line) is None


def test_published_dateline_wins_over_updated():
    lines = ["Updated: 5 June 2024", "Published: 1 June 2024", "Headline"]
    assert find_dateline(lines) == (date(2024, 6, 1), [0, 1])


def test_plain_text_dateline_gives_the_date_and_is_removed():
    article = clean_article(fixture("local_page.txt"))
    assert article.published == date(2024, 5, 14)
    assert "14 May 2024" not in article.text


def test_dateline_below_the_top_is_ignored():
    lines = ["Headline", "One.", "Two.", "Three.", "Four.", "Five.", "Tuesday 14 May 2024"]
    assert find_dateline(lines) == (None, [])


def test_given_published_date_wins_over_a_dateline():
    article = clean_article(raw("Friday 1 March 2024\nCllr Ann Lee quit.", published="2024-03-02"))
    assert article.published == date(2024, 3, 2)
    assert article.text == "Cllr Ann Lee quit."


def test_text_without_any_date():
    assert clean_article(raw("Cllr Ann Lee quit the party.")).published is None


# --- bundled samples -----------------------------------------------------------------------


def test_every_sample_article_cleans_to_a_news_length_text():
    for item in iter_inputs(sample_paths()):
        article = clean_article(item)
        words = len(article.text.split())
        assert 150 <= words <= 450, (item.source_id, words)
        assert article.published is not None
        for furniture in ("cookies", "newsletter", "Share this article", "Read more"):
            assert furniture not in article.text, (item.source_id, furniture)


# --- metadata only where it can matter ------------------------------------------------------

SPORT_PAGE = """<html><head><title>Old title | Site</title>
<meta property="og:title" content="Harbour Rovers sign a new keeper &amp; a striker">
<meta property="article:published_time" content="2024-03-09T10:00:00Z">
<meta property="og:site_name" content="Harbour Echo"></head><body><article>
<h1>Harbour Rovers sign a new keeper</h1>
<p>Harbour Rovers have signed a goalkeeper from the league below on a two-year deal, the club
said on Saturday, and are close to a deal for a striker who scored twenty goals last season.</p>
<p>The manager said the squad needed depth before the cup run, and fans agreed on the terraces
after the draw with the league leaders, which left the side fourth in the table.</p>
</article></body></html>"""


def test_page_about_politics_gets_its_metadata():
    article = clean_article(fixture("page.html"))
    assert (article.outlet, article.published) == ("Dunford Mercury", date(2023, 12, 5))


def test_page_naming_no_party_or_office_skips_the_metadata_pass(monkeypatch):
    calls = []
    real = html_module.extract_metadata
    monkeypatch.setattr(html_module, "extract_metadata", lambda h: calls.append(h) or real(h))
    article = clean_article(raw(SPORT_PAGE, "html"))
    assert calls == []
    assert article.title == "Harbour Rovers sign a new keeper & a striker"  # og:title, unescaped
    assert article.published is None and article.outlet is None
    assert "two-year deal" in article.text


def test_plain_title_from_the_title_element_when_there_is_no_og_title():
    page = SPORT_PAGE.replace('<meta property="og:title"', '<meta property="og:other"')
    assert clean_article(raw(page, "html")).title == "Old title | Site"


@pytest.mark.parametrize(
    ("given", "expected", "precision"),
    [("2011-02", date(2011, 2, 1), "month"), ("2019", date(2019, 1, 1), "year"),
     ("2024-01-02T08:00:00Z", date(2024, 1, 2), "day")],
)
def test_published_keeps_how_precise_the_given_date_is(given, expected, precision):
    article = clean_article(RawInput(source_id="m", kind="text", origin="t",
                                     content="Some words of an article.", published=given))
    assert (article.published, article.published_precision) == (expected, precision)
