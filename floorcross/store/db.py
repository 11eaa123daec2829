"""Opening the database and bringing its schema up to date with Alembic."""

from __future__ import annotations

from datetime import UTC, datetime
from importlib import resources

from alembic import command
from alembic.config import Config
from sqlalchemy import Engine, create_engine, event

MIGRATIONS = resources.files("floorcross.store") / "migrations"


def _sqlite_pragmas(dbapi_conn, _record) -> None:
    # WAL lets readers (web UI, `floorcross events`) run while an ingest writes; foreign keys
    # are off by default in SQLite and our deletes rely on them being enforced.
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA busy_timeout=10000")
    cur.close()
    # SQLite's own lower() folds ASCII only; PostgreSQL's folds every letter ("Ó" -> "ó"), so
    # case-insensitive filters behave the same on both.
    dbapi_conn.create_function("lower", 1, _lower, deterministic=True)


def _lower(value):
    return value.lower() if isinstance(value, str) else value


def _postgres_utc(dbapi_conn, _record) -> None:
    # Timestamps come back in the session time zone: UTC, as they are written.
    with dbapi_conn.cursor() as cur:
        cur.execute("SET TIME ZONE 'UTC'")
    dbapi_conn.commit()


def driver_url(url: str) -> str:
    """`url` naming the PostgreSQL driver floorcross ships with (psycopg 3) when it names none.

    >>> driver_url("postgresql://me@db/register")
    'postgresql+psycopg://me@db/register'
    """
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


def make_engine(url: str) -> Engine:
    """An engine for `url`: SQLite in WAL mode with foreign keys, PostgreSQL in UTC."""
    engine = create_engine(driver_url(url))
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    elif engine.dialect.name == "postgresql":
        event.listen(engine, "connect", _postgres_utc)
    return engine


def as_utc(value: datetime | None) -> datetime | None:
    """A stored timestamp as an aware UTC datetime: SQLite gives them back naive (in UTC, as
    written), PostgreSQL aware."""
    if value is None:
        return None
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def alembic_config(url: str | None = None) -> Config:
    """An Alembic config pointing into the installed package (no alembic.ini needed)."""
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    if url:
        cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


def migrate(engine: Engine, revision: str = "head") -> None:
    """Create or upgrade the schema of `engine` to `revision`."""
    cfg = alembic_config()
    with engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)


def open_db(url: str) -> Engine:
    """An engine whose schema is up to date: what every command starts with."""
    engine = make_engine(url)
    migrate(engine)
    return engine
