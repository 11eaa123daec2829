"""CLI commands of the watch side, registered on the main app by floorcross.cli."""

from __future__ import annotations

import signal
import sys
from contextlib import contextmanager
from typing import Annotated

import typer

STOP_SIGNALS = (signal.SIGTERM, signal.SIGINT)


@contextmanager
def _stop_on_signals(stop):
    """SIGTERM and SIGINT call `stop` (the run then ends cleanly) instead of killing it."""
    previous = {sig: signal.signal(sig, lambda _sig, _frame: stop()) for sig in STOP_SIGNALS}
    try:
        yield
    finally:
        for sig, handler in previous.items():
            signal.signal(sig, handler)


def _reporter(as_json: bool):
    from rich.console import Console

    from floorcross.watch import Round, describe_change

    err = Console(stderr=True, highlight=False)

    def report(result: Round) -> None:
        s = result.summary
        err.print(f"round {result.number}: {s.new} new articles, {s.failed} failed, "
                  f"{s.not_refetched} seen before, {len(result.changes)} new changes")
        for change in result.changes:
            if as_json:
                import json

                typer.echo(json.dumps(change, ensure_ascii=False))
            else:
                typer.echo(describe_change(change))
        if result.webhook_error:
            err.print(f"[yellow]webhook not reached:[/yellow] {result.webhook_error}")
        sys.stdout.flush()

    return report


def register(app: typer.Typer) -> None:
    """Add this module's commands to `app`."""

    @app.command()
    def watch(
        ctx: typer.Context,
        config: Annotated[str, typer.Option(
            "--config", "-c", metavar="FILE",
            help="TOML file listing the feeds (see floorcross.watch for the format). "
            "Example: --config feeds.toml")],
        once: Annotated[bool, typer.Option(
            "--once", help="Run one round and exit (for cron). Example: --once")] = False,
        allow_private: Annotated[bool, typer.Option(
            "--allow-private", help="Allow private and loopback addresses for feeds, "
            "articles and the webhook (local use). Example: --allow-private")] = False,
        as_json: Annotated[bool, typer.Option(
            "--json", help="Print each new change as a JSON line. Example: --json")] = False,
        db: Annotated[str | None, typer.Option(
            "--db", metavar="URL", help="SQLAlchemy database URL. "
            "Example: --db postgresql://floorcross@localhost/register")] = None,
    ) -> None:
        """Poll RSS/Atom feeds on a schedule, ingest new articles, print the new changes.

        The config file (TOML):

            interval = 900\n
            webhook = "https://hooks.example/floorcross"   # optional: POSTed JSON\n
            \\[\\[feed]]\n
            url = "https://news.example/politics.rss"\n
            name = "Example News"

        SIGTERM or Ctrl-C stops it after the article in hand, with everything committed.

        Example: floorcross watch --config feeds.toml --once
        """
        from floorcross.cli import _engine, err
        from floorcross.watch import ConfigError, Watcher, load_config

        try:
            settings = load_config(config)
        except ConfigError as exc:
            err.print(f"[red]Cannot watch:[/red] {exc}")
            raise typer.Exit(2) from exc
        settings.allow_private = settings.allow_private or allow_private
        watcher = Watcher(_engine(ctx, db), settings, report=_reporter(as_json))
        with _stop_on_signals(watcher.stop):
            watcher.run(once=once)
        if watcher.stopping:
            err.print("stopped; everything fetched so far is stored.")
