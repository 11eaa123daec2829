"""End to end with the real clean and extract stages (loads the spaCy model once)."""

from __future__ import annotations

import json

from typer.testing import CliRunner

from floorcross.cli import app
from floorcross.extract import EXTRACTOR_VERSION

runner = CliRunner()

ARTICLE = {
    "id": "dunmore-echo-12",
    "url": "https://echo.example/politics/12",
    "published": "2024-05-09",
    "title": "Dunmore councillor quits Labour",
    "text": (
        "Councillor Petra Lindqvist has resigned from the Labour Party and will sit as an "
        "independent on Dunmore Council.\n\n"
        "She said: \"I no longer feel the party listens to the people of this town.\"\n\n"
        "A Labour spokesperson thanked her for her years of service."
    ),
}


def test_ingest_and_reprocess_with_the_real_stages(tmp_path):
    db = f"sqlite:///{tmp_path / 'real.db'}"
    src = tmp_path / "echo.jsonl"
    src.write_text(json.dumps(ARTICLE) + "\n", encoding="utf-8")

    result = runner.invoke(app, ["ingest", str(src), "--db", db])
    assert result.exit_code == 0, result.output
    events = json.loads(runner.invoke(app, ["events", "--json", "--db", db]).stdout)
    assert [e["person"]["name"] for e in events] == ["Petra Lindqvist"]
    assert events[0]["extractor_version"] == EXTRACTOR_VERSION
    ev = events[0]["evidence"][0]
    assert ev["source_id"] == "dunmore-echo-12"
    assert "resigned" in ev["sentence"]

    again = runner.invoke(app, ["reprocess", "--db", db])
    assert again.exit_code == 0, again.output
    assert json.loads(runner.invoke(app, ["events", "--json", "--db", db]).stdout) == events
