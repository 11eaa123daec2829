"""Running the real pipeline on an article file and scoring it against a gold file."""

from __future__ import annotations

import json
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from floorcross.eval.scoring import EvalResult, score
from floorcross.pipeline import Progress, Summary, ingest_paths
from floorcross.store import open_db
from floorcross.store.read import event_records, quote_records


@dataclass
class EvalRun:
    result: EvalResult
    ingest: Summary


def resolve_paths(gold: str, articles: str | None) -> tuple[Path, Path]:
    """GOLD and ARTICLES files; a folder as GOLD means its gold.jsonl and articles.jsonl."""
    g = Path(gold)
    if g.is_dir():
        return g / "gold.jsonl", Path(articles) if articles else g / "articles.jsonl"
    if articles is None:
        raise ValueError("give ARTICLES, or a folder holding gold.jsonl and articles.jsonl")
    return g, Path(articles)


def load_gold(path: Path) -> list[dict[str, Any]]:
    """Gold articles from a JSON Lines file; a malformed line is an error naming it."""
    out = []
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{n}: not JSON ({exc.msg})") from exc
            if not isinstance(rec, dict) or "id" not in rec:
                raise ValueError(f"{path}:{n}: a gold line needs an object with an id")
            out.append(rec)
    return out


def run_eval(gold_path: Path, articles_path: Path, progress: Progress | None = None,
             **stage_overrides) -> EvalRun:
    """Ingest `articles_path` into a throw-away database and score its exports."""
    gold = load_gold(gold_path)
    with tempfile.TemporaryDirectory(prefix="floorcross-eval-") as tmp:
        engine = open_db(f"sqlite:///{Path(tmp) / 'eval.db'}")
        try:
            summary = ingest_paths(engine, [str(articles_path)], progress=progress,
                                   **stage_overrides)
            with engine.connect() as conn:
                events, quotes = event_records(conn), quote_records(conn)
        finally:
            engine.dispose()
    return EvalRun(score(gold, events, quotes), summary)
