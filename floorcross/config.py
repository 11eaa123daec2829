"""Settings read from the command line or the environment, in one place."""

from __future__ import annotations

import os

DEFAULT_DB_URL = "sqlite:///floorcross.db"
DB_ENV = "FLOORCROSS_DB"


def resolve_db_url(*candidates: str | None) -> str:
    """The first database URL given: explicit options first, then FLOORCROSS_DB, then the default.

    >>> resolve_db_url(None, "sqlite:///a.db")
    'sqlite:///a.db'
    """
    for url in candidates:
        if url:
            return url
    return os.environ.get(DB_ENV) or DEFAULT_DB_URL
