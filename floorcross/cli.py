"""The `floorcross` command: thin Typer commands over the store, pipeline, export and eval."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn
from rich.table import Table
from sqlalchemy import Engine

from floorcross import export as exporting
from floorcross import pipeline, url_inputs
from floorcross.config import DB_ENV, DEFAULT_DB_URL, resolve_db_url
from floorcross.store import open_db
from floorcross.store.read import EventFilter, error_records, event_records, quote_records

app = typer.Typer(
    help="floorcross: a sourced register of politicians' party-affiliation changes, read from "
    "the news.\n\nExample: floorcross ingest --sample && floorcross events --party Labour",
    no_args_is_help=True,
    add_completion=False,
)
out = Console(highlight=False)
err = Console(stderr=True, highlight=False)

DbOption = Annotated[
    str | None,
    typer.Option(
        "--db", metavar="URL",
        help=f"SQLAlchemy database URL (default: ${DB_ENV} or {DEFAULT_DB_URL}). "
        "Example: --db sqlite:///register.db",
    ),
]
JsonOption = Annotated[
    bool, typer.Option("--json", help="Print JSON for scripts instead of a table. Example: --json")
]


class Kind(StrEnum):
    events = "events"
    quotes = "quotes"


class Format(StrEnum):
    jsonl = "jsonl"
    json = "json"
    csv = "csv"


@app.callback()
def main(ctx: typer.Context, db: DbOption = None) -> None:
    """Read news articles, keep a register of party switches with their evidence."""
    ctx.obj = {"db": db}


def _engine(ctx: typer.Context, db: str | None) -> Engine:
    """The database named by the command's --db, else the global --db, else the default."""
    url = resolve_db_url(db, (ctx.obj or {}).get("db"))
    try:
        return open_db(url)
    except Exception as exc:  # a bad URL or unreadable file: say so, no traceback
        err.print(f"[red]Cannot open database {url}:[/red] {exc}")
        raise typer.Exit(2) from exc


def _print_json(data: Any) -> None:
    typer.echo(json.dumps(data, ensure_ascii=False, indent=2))


def _progress() -> Progress:
    return Progress(SpinnerColumn(), TextColumn("{task.description}"), BarColumn(),
                    MofNCompleteColumn(), console=err, transient=True)


def _run_with_progress(label: str, run) -> pipeline.Summary:
    with _progress() as bar:
        task = bar.add_task(label, total=None)

        def on_progress(done: int, total: int | None, what: str) -> None:
            bar.update(task, completed=done, total=total, description=f"{label}: {what}")

        return run(on_progress)


def _print_summary(summary: pipeline.Summary) -> None:
    table = Table(show_header=False, box=None)
    rows = [("new", summary.new), ("already stored", summary.already_stored),
            ("resumed from an earlier run", summary.resumed), ("failed", summary.failed),
            ("events found", summary.events), ("quotes found", summary.quotes),
            ("feed entries stored before, not fetched", summary.not_refetched),
            ("URLs given up on after repeated failures", summary.gave_up)]
    for label, value in rows:
        if value or label in ("new", "already stored", "failed", "events found"):
            table.add_row(label, str(value))
    out.print(table)
    if summary.failed:
        err.print("[yellow]Some inputs failed; `floorcross errors` lists them.[/yellow]")


@app.command()
def ingest(
    ctx: typer.Context,
    paths: Annotated[list[str] | None, typer.Argument(
        help="Files, folders, URLs or feed URLs to read; - reads JSON Lines from stdin. "
        "Example: floorcross ingest news/ https://news.example/politics.rss",
        show_default=False)] = None,
    sample: Annotated[bool, typer.Option(
        "--sample", help="Also ingest the bundled sample articles. Example: --sample")] = False,
    max_bytes: Annotated[int | None, typer.Option(
        "--max-bytes", metavar="N",
        help="Skip (and record) inputs larger than N bytes. Example: --max-bytes 5000000")] = None,
    feed: Annotated[bool, typer.Option(
        "--feed", help="Read every URL as an RSS/Atom feed (feeds are also recognised on "
        "their own). Example: --feed")] = False,
    allow_private: Annotated[bool, typer.Option(
        "--allow-private", help="Allow URLs on private, loopback and link-local addresses "
        "(for local use only). Example: --allow-private")] = False,
    delay: Annotated[float, typer.Option(
        "--delay", metavar="SECONDS", min=0,
        help="Wait at least this long between two requests to the same host. "
        "Example: --delay 2")] = 1.0,
    timeout: Annotated[float, typer.Option(
        "--timeout", metavar="SECONDS", min=0.1,
        help="Give up on a request after this long. Example: --timeout 30")] = 15.0,
    max_attempts: Annotated[int, typer.Option(
        "--max-attempts", metavar="N", min=1,
        help="Stop retrying a URL after N failed runs. Example: --max-attempts 5")
    ] = url_inputs.MAX_FETCH_ATTEMPTS,
    db: DbOption = None,
) -> None:
    """Store articles, then find party switches and quotes in them.

    URLs are fetched politely (robots.txt, a delay per host); a feed gives the articles it
    links to, fetched once. Re-running is safe: stored articles are skipped, an interrupted
    run is resumed, URLs that failed are retried (up to --max-attempts).
    Exits with status 1 when any input failed.

    Example: floorcross ingest articles.jsonl --db sqlite:///register.db
    """
    from floorcross.sources import DEFAULT_MAX_BYTES
    from floorcross.sources.fetch import FetchSettings

    targets = list(paths or [])
    if sample:
        from floorcross.sources import sample_paths

        targets += sample_paths()
    if not targets:
        err.print("Nothing to ingest: give PATH... or --sample (see floorcross ingest --help).")
        raise typer.Exit(2)
    engine = _engine(ctx, db)
    stdin = sys.stdin if "-" in targets else None
    fetch = FetchSettings(timeout=timeout, politeness_delay=delay, allow_private=allow_private,
                          max_bytes=max_bytes or DEFAULT_MAX_BYTES)
    summary = _run_with_progress("Ingesting", lambda on: pipeline.ingest_paths(
        engine, targets, max_bytes=max_bytes, stdin=stdin, progress=on, fetch=fetch, feed=feed,
        max_attempts=max_attempts))
    _print_summary(summary)
    if not summary.ok:
        raise typer.Exit(1)


def _sources(rec: dict) -> int:
    # Stories, not articles: syndicated copies of one story count once.
    return rec.get("sources") or len({e["source_id"] for e in rec["evidence"]})


@app.command()
def events(
    ctx: typer.Context,
    party: Annotated[str | None, typer.Option(
        help="Party left or joined (part of the name, any case). Example: --party labour")] = None,
    type: Annotated[str | None, typer.Option(
        "--type", help="Event type: resigned, defected, suspended, expelled, whip_removed, "
        "whip_restored, rejoined, readmitted, deselected. Example: --type defected")] = None,
    since: Annotated[str | None, typer.Option(
        help="On or after this date (YYYY, YYYY-MM or YYYY-MM-DD). Example: --since 2023-10")
    ] = None,
    until: Annotated[str | None, typer.Option(
        help="On or before this date, inclusive. Example: --until 2024-01")] = None,
    body: Annotated[str | None, typer.Option(
        help="Council or parliament (part of the name). Example: --body Oxford")] = None,
    person: Annotated[str | None, typer.Option(
        help="Person (part of the name). Example: --person Desai")] = None,
    as_json: JsonOption = False,
    limit: Annotated[int | None, typer.Option(
        help="Show at most N events, most recent first. Example: --limit 20")] = None,
    db: DbOption = None,
) -> None:
    """The register: who left, joined or was suspended from which party, most recent first.

    Example: floorcross events --party Labour --since 2023-10 --type resigned
    """
    flt = EventFilter(party=party, type=type, since=since, until=until, body=body,
                      person=person, limit=limit)
    with _engine(ctx, db).connect() as conn:
        records = event_records(conn, flt)
    if as_json:
        _print_json(records)
        return
    table = Table(title=f"{len(records)} events")
    for col in ("date", "person", "type"):
        table.add_column(col, no_wrap=True)  # the columns a reader scans down
    for col in ("from → to", "role", "body", "ward", "hedged", "sources"):
        table.add_column(col)
    for r in records:
        table.add_row(
            r["date"] or "", r["person"]["name"], r["type"],
            f"{r['party_from'] or '?'} → {r['party_to'] or '?'}", r["role"] or "",
            r["body"] or "", r["ward"] or "", "yes" if r["hedged"] else "", str(_sources(r)),
        )
    # Piped into a file or pager there is no terminal width; 80 columns would fold every cell.
    wide = out if out.is_terminal else Console(highlight=False, width=200, file=out.file)
    wide.print(table)


@app.command()
def quotes(
    ctx: typer.Context,
    speaker: Annotated[str | None, typer.Option(
        metavar="NAME", help="Speaker (part of the name). Example: --speaker Desai")] = None,
    search: Annotated[str | None, typer.Option(
        metavar="TEXT", help="Words the quotation contains. Example: --search 'final straw'")
    ] = None,
    as_json: JsonOption = False,
    limit: Annotated[int | None, typer.Option(help="Show at most N. Example: --limit 50")] = None,
    db: DbOption = None,
) -> None:
    """Quotations found in the articles, with their speakers.

    Example: floorcross quotes --speaker "Jane Doe" --json
    """
    with _engine(ctx, db).connect() as conn:
        records = quote_records(conn, speaker=speaker, search=search, limit=limit)
    if as_json:
        _print_json(records)
        return
    table = Table(title=f"{len(records)} quotes")
    for col in ("speaker", "quote", "source"):
        table.add_column(col)
    for r in records:
        table.add_row((r["speaker"] or {}).get("name", ""), r["text"], r["source_id"])
    out.print(table)


@app.command()
def errors(
    ctx: typer.Context,
    as_json: JsonOption = False,
    show_all: Annotated[bool, typer.Option(
        "--all", help="Include errors resolved by a later successful run. Example: --all")
    ] = False,
    db: DbOption = None,
) -> None:
    """Inputs that could not be read or processed, with where they came from and why.

    Example: floorcross errors --json
    """
    with _engine(ctx, db).connect() as conn:
        records = error_records(conn, include_resolved=show_all)
    if as_json:
        _print_json(records)
        return
    table = Table(title=f"{len(records)} errors")
    for col in ("origin", "stage", "reason", "when") + (("resolved",) if show_all else ()):
        table.add_column(col)
    for r in records:
        row = [r["origin"], r["stage"], r["reason"], (r["created_at"] or "")[:19]]
        table.add_row(*row, *(((r["resolved_at"] or "")[:19],) if show_all else ()))
    out.print(table)


@app.command()
def reprocess(
    ctx: typer.Context,
    everything: Annotated[bool, typer.Option(
        "--all/--outdated",
        help="Re-derive every stored article, or only those from an older extractor version. "
        "Example: --outdated")] = True,
    db: DbOption = None,
) -> None:
    """Re-derive events and quotes from the stored raw articles, e.g. after an upgrade.

    Ids stay the same for the same findings. Exits with status 1 when any article failed.

    Example: floorcross reprocess --outdated
    """
    engine = _engine(ctx, db)
    summary = _run_with_progress("Reprocessing", lambda on: pipeline.reprocess(
        engine, everything=everything, progress=on))
    out.print(f"reprocessed {summary.processed}, failed {summary.failed}, "
              f"events {summary.events}, quotes {summary.quotes}")
    if not summary.ok:
        raise typer.Exit(1)


@app.command("export")
def export_cmd(
    ctx: typer.Context,
    kind: Annotated[Kind, typer.Argument(help="What to export: events or quotes.")],
    fmt: Annotated[Format, typer.Option(
        "--format", "-f", help="jsonl (one record a line), json (one array) or csv "
        "(flattened, for spreadsheets). Example: --format csv")] = Format.jsonl,
    output: Annotated[Path | None, typer.Option(
        "--output", "-o", metavar="FILE",
        help="Write to FILE instead of stdout. Example: -o events.csv")] = None,
    db: DbOption = None,
) -> None:
    """Write the register (or its quotes) in the FORMAT.md record shape.

    Example: floorcross export events --format csv -o register.csv
    """
    with _engine(ctx, db).connect() as conn:
        if output is None:
            exporting.export(conn, kind.value, fmt.value, sys.stdout)
            return
        with output.open("w", encoding="utf-8", newline="") as fh:
            n = exporting.export(conn, kind.value, fmt.value, fh)
    err.print(f"wrote {n} {kind.value} to {output}")


@app.command("eval")
def eval_cmd(
    gold: Annotated[str, typer.Argument(
        help="Gold JSON Lines, or a folder with gold.jsonl and articles.jsonl. "
        "Example: corpus/dev")],
    articles: Annotated[str | None, typer.Argument(
        help="Articles JSON Lines the gold describes. Example: corpus/dev/articles.jsonl",
        show_default=False)] = None,
    as_json: Annotated[bool, typer.Option(
        "--json", help="Print the metrics as JSON. Example: --json")] = False,
) -> None:
    """Score the extractor on hand-labelled articles (in a temporary database).

    Prints event precision/recall/F1, attribute accuracy, quote recall and attribution,
    then every miss and false positive.

    Example: floorcross eval corpus/dev/gold.jsonl corpus/dev/articles.jsonl
    """
    from floorcross.eval.report import format_report
    from floorcross.eval.runner import resolve_paths, run_eval

    try:
        gold_path, articles_path = resolve_paths(gold, articles)
        run = _run_with_progress("Evaluating", lambda on: run_eval(
            gold_path, articles_path, progress=on))
    except (ValueError, OSError) as exc:
        err.print(f"[red]Cannot evaluate:[/red] {exc}")
        raise typer.Exit(2) from exc
    if as_json:
        _print_json({**run.result.metrics(), "ingest": run.ingest.as_dict()})
        return
    out.print(format_report(run.result), markup=False)
    if run.ingest.failed:
        err.print(f"[yellow]{run.ingest.failed} articles failed to ingest.[/yellow]")


def _register_extra_commands() -> None:
    # Commands that pull in heavier dependencies (web server, feed watcher) live in their own
    # modules and register themselves here, so `floorcross --help` stays one list.
    from floorcross import cli_watch, cli_web

    cli_web.register(app)
    cli_watch.register(app)
    from floorcross import cli_people
    cli_people.register(app)


_register_extra_commands()
