"""A real PostgreSQL server for the test session, and a `db_url` fixture over both databases.

Import into a test module to run its tests on SQLite and on PostgreSQL:

    from pg import db_url, pg_database, postgres_server  # noqa: F401

The server is started on first use (initdb into a temporary folder, pg_ctl on a free loopback
port, its unix socket inside that folder) and stopped at the end of the session. As root it
runs as the `postgres` system user, since PostgreSQL refuses to run as root. Each test gets a
fresh database. If the server cannot start, the tests fail saying why; they are never skipped.
"""

from __future__ import annotations

import glob
import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from sqlalchemy import create_engine, text

PG_BIN_GLOB = "/usr/lib/postgresql/*/bin"
INSTALL_HINT = "install the Debian `postgresql` package (scripts/system-deps.sh does it)"
_names = itertools.count(1)


@dataclass
class PostgresServer:
    host: str
    port: int
    user: str = "postgres"

    def url(self, database: str = "postgres") -> str:
        return f"postgresql+psycopg://{self.user}@{self.host}:{self.port}/{database}"


def _bin_dir() -> str:
    # The newest installed major version: /usr/lib/postgresql/15/bin -> 15.
    found = sorted(glob.glob(PG_BIN_GLOB), key=lambda p: int(p.split("/")[-2]))
    if not found or not os.path.exists(os.path.join(found[-1], "initdb")):
        pytest.fail(f"PostgreSQL server binaries not found in {PG_BIN_GLOB}: {INSTALL_HINT}")
    return found[-1]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _as_server_user(cmd: list[str]) -> list[str]:
    # PostgreSQL will not run as root; as anyone else it runs as that user.
    return ["runuser", "-u", "postgres", "--", *cmd] if os.geteuid() == 0 else cmd


def _run(cmd: list[str], what: str) -> None:
    done = subprocess.run(_as_server_user(cmd), capture_output=True, text=True, timeout=120)
    if done.returncode != 0:
        pytest.fail(f"PostgreSQL {what} failed ({done.returncode}): {done.stderr or done.stdout}")


def _prepare_dir(root: str) -> None:
    if os.geteuid() != 0:
        return
    try:
        user = pwd.getpwnam("postgres")
    except KeyError:
        pytest.fail(f"no `postgres` system user to run the server as: {INSTALL_HINT}")
    for path in (root, os.path.join(root, "data"), os.path.join(root, "socket")):
        os.makedirs(path, exist_ok=True)
        os.chown(path, user.pw_uid, user.pw_gid)


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[PostgresServer]:
    bin_dir = _bin_dir()
    root = tempfile.mkdtemp(prefix="floorcross-pg-")
    data, sockets = os.path.join(root, "data"), os.path.join(root, "socket")
    os.makedirs(data, exist_ok=True)
    os.makedirs(sockets, exist_ok=True)
    _prepare_dir(root)
    port = _free_port()
    # C.UTF-8 so lower() and ILIKE fold non-ASCII letters ("Ó" -> "ó") as Python does.
    _run([f"{bin_dir}/initdb", "-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8",
          "--locale=C.UTF-8"], "initdb")
    options = f"-h 127.0.0.1 -p {port} -k {sockets} -c fsync=off -c full_page_writes=off"
    _run([f"{bin_dir}/pg_ctl", "-D", data, "-o", options, "-l", os.path.join(root, "log"),
          "-w", "-t", "60", "start"], "start")
    try:
        yield PostgresServer("127.0.0.1", port)
    finally:
        subprocess.run(_as_server_user([f"{bin_dir}/pg_ctl", "-D", data, "-m", "fast", "-w",
                                        "stop"]), capture_output=True, timeout=120)
        shutil.rmtree(root, ignore_errors=True)


@pytest.fixture
def pg_database(postgres_server: PostgresServer) -> Iterator[str]:
    """URL of a new, empty database, dropped after the test."""
    name = f"test_{os.getpid()}_{next(_names)}"
    admin = create_engine(postgres_server.url(), isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
        yield postgres_server.url(name)
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    finally:
        admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path) -> str:
    """The same test on a SQLite file and on a fresh PostgreSQL database."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'register.db'}"
    return request.getfixturevalue("pg_database")
