"""Opening the database and bringing its schema up to date with Alembic."""

from __future__ import annotations

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


def make_engine(url: str) -> Engine:
    """An engine for `url`, with SQLite set up for WAL and foreign keys."""
    engine = create_engine(url)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
    return engine


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
