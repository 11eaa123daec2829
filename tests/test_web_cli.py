"""`floorcross token` prints a token once and stores only its hash; `serve` is registered."""

from __future__ import annotations

from sqlalchemy import select
from typer.testing import CliRunner

from floorcross.cli import app
from floorcross.store import open_db, review


def test_token_command_prints_a_working_token_and_stores_its_hash(db_url):
    result = CliRunner().invoke(app, ["token", "--name", "ana", "--db", db_url])
    assert result.exit_code == 0, result.output
    token = result.stdout.strip().splitlines()[0]
    assert token.startswith("fc_") and len(token) > 30
    engine = open_db(db_url)
    with engine.connect() as conn:
        hashes = list(conn.execute(select(review.api_tokens.c.token_hash)).scalars())
        assert hashes == [review.hash_token(token)]
        assert review.token_owner(conn, token) == "ana"
    engine.dispose()


def test_serve_command_is_listed_with_its_options():
    result = CliRunner().invoke(app, ["serve", "--help"])
    assert result.exit_code == 0
    for option in ("--host", "--port", "--db"):
        assert option in result.output
