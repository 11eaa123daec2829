"""Gold file loading and the eval run over the real sources and store."""

from __future__ import annotations

import json

import pytest
from conftest import event_line

from floorcross.eval.runner import load_gold, resolve_paths, run_eval


def test_load_gold_names_the_bad_line(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text('{"id": "a", "events": []}\n\n{"id": \n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"gold.jsonl:3"):
        load_gold(path)
    path.write_text('{"id": "a", "events": []}\n\n["no id"]\n', encoding="utf-8")
    with pytest.raises(ValueError, match="needs an object with an id"):
        load_gold(path)


def test_resolve_paths(tmp_path):
    assert resolve_paths(str(tmp_path), None) == (tmp_path / "gold.jsonl",
                                                  tmp_path / "articles.jsonl")
    assert resolve_paths("g.jsonl", "a.jsonl")[1].name == "a.jsonl"
    with pytest.raises(ValueError):
        resolve_paths(str(tmp_path / "g.jsonl"), None)


def test_run_eval_uses_a_throwaway_database(tmp_path, fake_stages, monkeypatch):
    monkeypatch.chdir(tmp_path)
    articles = tmp_path / "articles.jsonl"
    articles.write_text(json.dumps({"id": "herald-3", "text": "Budget row.\n" + event_line(
        person="Lior Penhale", type="expelled", party_from="Green")}) + "\n", encoding="utf-8")
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps({"id": "herald-3", "events": [
        {"person": "Cllr Lior Penhale", "type": "expelled", "party_from": "Green",
         "optional": False}], "quotes": []}) + "\n", encoding="utf-8")
    run = run_eval(gold, articles, **fake_stages)
    assert run.ingest.new == 1
    assert run.result.recall == 1.0 and run.result.precision == 1.0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["articles.jsonl", "gold.jsonl"]
