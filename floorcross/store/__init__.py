"""The register's storage: schema and Alembic migrations, write and read queries.

Open a database with :func:`open_db` (creates or upgrades the schema), then use the
functions of :mod:`floorcross.store.write` and :mod:`floorcross.store.read` on a connection.
"""

from floorcross.store.db import make_engine, migrate, open_db
from floorcross.store.read import (
    EventFilter,
    error_records,
    event_records,
    quote_records,
)

__all__ = [
    "EventFilter",
    "error_records",
    "event_records",
    "make_engine",
    "migrate",
    "open_db",
    "quote_records",
]
