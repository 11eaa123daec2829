"""CLI commands of the watch side, registered on the main app by floorcross.cli."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    """Add this module's commands to `app`."""
