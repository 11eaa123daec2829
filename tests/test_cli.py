"""The floorcross command end to end (real sources and store; stand-in clean/extract stages)."""

from __future__ import annotations

import csv
import json

import pytest
from conftest import event_line, quote_line
from typer.testing import CliRunner

from floorcross.cli import app

runner = CliRunner()

ARTICLES = [
    {"id": "gazette-1", "url": "https://gazette.example/1", "published": "2024-03-05",
     "text": "Councillors met on Monday.\n"
     + event_line(person="Cllr Ada Quill", type="resigned", party_from="Labour",
                  party_to="Independent", body="Fenmouth Council", date="2024-03-04") + "\n"
     + quote_line(speaker="Ada Quill", text="I could not stay a day longer", event=0)},
    {"id": "courier-9", "published": "2023-11-20",
     "text": "A by-election is expected.\n"
     + event_line(person="Bram Oyelaran", type="defected", party_from="Conservative",
                  party_to="Reform UK", date="2023-11-18") + "\n"
     + quote_line(speaker=None, text="Nobody saw it coming")},
]


@pytest.fixture
def articles_file(tmp_path):
    path = tmp_path / "articles.jsonl"
    path.write_text("\n".join(json.dumps(a) for a in ARTICLES) + "\n", encoding="utf-8")
    return path


def _run(*args, **kw):
    return runner.invoke(app, [str(a) for a in args], **kw)


def _json(*args):
    result = _run(*args)
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def test_ingest_then_reingest(use_fake_stages, articles_file, db_url):
    first = _run("ingest", articles_file, "--db", db_url)
    assert first.exit_code == 0, first.output
    assert "new" in first.stdout and "2" in first.stdout
    again = _run("ingest", articles_file, "--db", db_url)
    assert again.exit_code == 0
    assert "already stored" in again.stdout
    assert len(_json("events", "--json", "--db", db_url)) == 2


def test_failed_input_sets_exit_status_and_is_listed(use_fake_stages, articles_file, db_url):
    with articles_file.open("a", encoding="utf-8") as fh:
        fh.write("{this is not json\n")
    result = _run("ingest", articles_file, "--db", db_url)
    assert result.exit_code == 1
    errs = _json("errors", "--json", "--db", db_url)
    assert [e["origin"] for e in errs] == [f"{articles_file}:3"]
    assert errs[0]["stage"] == "source"
    table = _run("errors", "--db", db_url)
    assert "1 errors" in table.stdout
    # The good articles of the same file went in regardless.
    assert len(_json("events", "--json", "--db", db_url)) == 2


def test_stdin_and_global_db_option(use_fake_stages, db_url):
    text = json.dumps(ARTICLES[1]) + "\n"
    result = _run("--db", db_url, "ingest", "-", input=text)
    assert result.exit_code == 0, result.output
    events = _json("--db", db_url, "events", "--json")
    assert [e["person"]["name"] for e in events] == ["Bram Oyelaran"]
    assert events[0]["evidence"][0]["source_id"] == "courier-9"


def test_database_from_environment(use_fake_stages, articles_file, db_url, monkeypatch):
    monkeypatch.setenv("FLOORCROSS_DB", db_url)
    assert _run("ingest", articles_file).exit_code == 0
    assert len(_json("quotes", "--json")) == 2


def test_event_filters_and_table(use_fake_stages, articles_file, db_url):
    _run("ingest", articles_file, "--db", db_url)

    def names(*flags):
        return [e["person"]["name"] for e in _json("events", "--json", "--db", db_url, *flags)]

    assert names() == ["Ada Quill", "Bram Oyelaran"]
    assert names("--party", "reform") == ["Bram Oyelaran"]
    assert names("--type", "resigned") == ["Ada Quill"]
    assert names("--since", "2024") == ["Ada Quill"]
    assert names("--until", "2023-11") == ["Bram Oyelaran"]
    assert names("--body", "fenmouth") == ["Ada Quill"]
    assert names("--person", "quill") == ["Ada Quill"]
    assert names("--limit", "1") == ["Ada Quill"]
    table = _run("events", "--db", db_url)
    assert table.exit_code == 0
    assert "2 events" in table.stdout and "Ada Quill" in table.stdout


def test_quotes_filters(use_fake_stages, articles_file, db_url):
    _run("ingest", articles_file, "--db", db_url)
    quotes = _json("quotes", "--json", "--speaker", "quill", "--db", db_url)
    assert [q["text"] for q in quotes] == ["I could not stay a day longer"]
    found = _json("quotes", "--json", "--search", "SAW IT", "--db", db_url)
    assert found[0]["speaker"] is None
    assert "2 quotes" in _run("quotes", "--db", db_url).stdout


def test_export_formats(use_fake_stages, articles_file, db_url, tmp_path):
    _run("ingest", articles_file, "--db", db_url)
    out = tmp_path / "register.csv"
    result = _run("export", "events", "--format", "csv", "-o", out, "--db", db_url)
    assert result.exit_code == 0, result.output
    with out.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert {r["person_name"] for r in rows} == {"Ada Quill", "Bram Oyelaran"}
    lines = _run("export", "quotes", "--db", db_url).stdout.splitlines()
    assert {json.loads(x)["source_id"] for x in lines} == {"gazette-1", "courier-9"}
    assert len(json.loads(_run("export", "events", "-f", "json", "--db", db_url).stdout)) == 2
    assert _run("export", "people", "--db", db_url).exit_code == 2


def test_reprocess_keeps_ids(use_fake_stages, articles_file, db_url):
    _run("ingest", articles_file, "--db", db_url)
    before = _json("events", "--json", "--db", db_url)
    result = _run("reprocess", "--db", db_url)
    assert result.exit_code == 0 and "reprocessed 2" in result.stdout
    assert _json("events", "--json", "--db", db_url) == before
    assert "reprocessed 0" in _run("reprocess", "--outdated", "--db", db_url).stdout


def test_eval_command(use_fake_stages, articles_file, tmp_path):
    gold = [
        {"id": "gazette-1", "events": [{"person": "Ada Quill", "type": "resigned",
                                        "party_from": "Labour", "date": "2024-03",
                                        "optional": False}],
         "quotes": [{"speaker": "Ada Quill", "starts": "I could not stay"}]},
        {"id": "courier-9", "events": [{"person": "Bram Oyelaran", "type": "defected",
                                        "party_from": "Labour", "optional": False}],
         "quotes": []},
    ]
    gold_file = tmp_path / "gold.jsonl"
    gold_file.write_text("\n".join(json.dumps(g) for g in gold), encoding="utf-8")
    metrics = _json("eval", gold_file, articles_file, "--json")
    assert metrics["events"]["matched_gold"] == 1 and metrics["events"]["gold"] == 2
    assert metrics["events"]["precision"] == 0.5
    assert metrics["quotes"]["attributed"] == 1
    report = _run("eval", tmp_path)  # a folder holding gold.jsonl and articles.jsonl
    assert report.exit_code == 0, report.output
    assert "Missed gold events (1)" in report.stdout
    assert "courier-9: Bram Oyelaran [defected] Labour" in report.stdout
    assert _run("eval", tmp_path / "missing.jsonl", articles_file).exit_code == 2


def test_nothing_to_ingest_is_a_usage_error(db_url):
    assert _run("ingest", "--db", db_url).exit_code == 2


@pytest.mark.parametrize("command", ["ingest", "events", "quotes", "errors", "reprocess",
                                     "export", "eval"])
def test_every_command_has_help_with_an_example(command):
    result = _run(command, "--help")
    assert result.exit_code == 0
    assert "Example" in result.stdout
