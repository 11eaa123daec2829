"""CLI commands of the web side, registered on the main app by floorcross.cli."""

from typing import Annotated

import typer


def register(app: typer.Typer) -> None:
    """Add this module's commands to `app`."""
    from floorcross.cli import DbOption, _engine, err

    @app.command()
    def serve(
        ctx: typer.Context,
        host: Annotated[str, typer.Option(
            help="Address to listen on; 0.0.0.0 opens it to the network. Example: --host 0.0.0.0"
        )] = "127.0.0.1",
        port: Annotated[int, typer.Option(help="Port to listen on. Example: --port 8080")] = 8000,
        db: DbOption = None,
    ) -> None:
        """Open the register in a browser, with a JSON API under /api/ and docs at /docs.

        Reading is open; reviewing and ingesting need a token (`floorcross token` or
        $FLOORCROSS_TOKEN): sign in at /login, or send `Authorization: Bearer <token>`.

        Example: floorcross serve --port 8080 --db sqlite:///register.db
        """
        import uvicorn

        from floorcross.web.app import create_app

        engine = _engine(ctx, db)
        err.print(f"floorcross on http://{host}:{port}/ (API docs at /docs)")
        uvicorn.run(create_app(engine), host=host, port=port, log_level="warning")

    @app.command()
    def token(
        ctx: typer.Context,
        name: Annotated[str, typer.Option(
            help="Who will use it; reviews are logged under this name. Example: --name ana")
        ] = "reviewer",
        db: DbOption = None,
    ) -> None:
        """Create a token for reviewing and ingesting over the web; it is printed only once
        (the database keeps only its hash).

        Example: floorcross token --name ana
        """
        from floorcross.store.review import create_token

        with _engine(ctx, db).begin() as conn:
            value = create_token(conn, name.strip() or "reviewer")
        typer.echo(value)
        err.print(f"Token for {name} created. It will not be shown again.")
