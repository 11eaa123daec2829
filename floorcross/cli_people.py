"""CLI commands over resolved people and story groups, registered on the main app by
floorcross.cli: `person`, `people` and `articles --duplicates`."""

from __future__ import annotations

from typing import Annotated, Any

import typer
from rich.table import Table

QUOTE_WIDTH = 160  # longer quotations are cut in the table view (--json has them whole)


def _shared():
    # Imported late: floorcross.cli imports this module while it is being set up.
    from floorcross import cli

    return cli


def _print_person(view: dict[str, Any]) -> None:
    out = _shared().out
    out.print(f"[bold]{view['name']}[/bold]  ({view['id']})")
    other = [a["alias"] for a in view["aliases"] if a["alias"] != view["name"]]
    if other:
        out.print("also written: " + ", ".join(other))
    timeline = Table(title="Affiliation history", title_justify="left")
    for col in ("date", "type", "from → to", "role", "body", "ward", "sources"):
        timeline.add_column(col)
    for e in view["timeline"]:
        stories = e.get("sources") or len({ev["article_id"] for ev in e["evidence"]})
        timeline.add_row(e["date"] or "?", e["type"],
                         f"{e['party_from'] or '?'} → {e['party_to'] or '?'}",
                         e["role"] or "", e["body"] or "", e["ward"] or "", str(stories))
    out.print(timeline)
    for e in view["timeline"]:
        for attr, values in e.get("values", {}).items():
            said = "; ".join(f"{v['value']} ({', '.join(v['sources'])})" for v in values)
            out.print(f"  {e['date'] or '?'} {e['type']}: sources differ on {attr}: {said}")
    if view["roles"]:
        out.print("roles: " + "; ".join(
            ", ".join(x for x in (r["role"], r["body"], r["ward"]) if x) for r in view["roles"]))
    for q in view["quotes"]:
        text = q["text"] if len(q["text"]) <= QUOTE_WIDTH else q["text"][:QUOTE_WIDTH] + "…"
        out.print(f"  “{text}”  [dim]({q['source_id']})[/dim]")
    out.print(f"sources: {len(view['sources'])} articles, {view['stories']} stories")
    for s in view["sources"]:
        label = " · ".join(str(x) for x in (s.get("outlet"), s.get("published"), s.get("title"))
                           if x)
        out.print(f"  [{s['story']}] {s['source_id']}  {label}")


def person(
    ctx: typer.Context,
    name: Annotated[str, typer.Argument(help="Name or part of it; variants are found too.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")] = False,
    db: Annotated[str | None, typer.Option("--db", metavar="URL",
                                           help="SQLAlchemy database URL.")] = None,
) -> None:
    """One person: affiliation history as a timeline, roles, quotes, sources and aliases.

    Example: floorcross person "Keir Halloran"
    """
    from floorcross.resolve import queries

    cli = _shared()
    with cli._engine(ctx, db).connect() as conn:
        found = queries.find_people(conn, name)
        views = [v for p in found if (v := queries.person_view(conn, p["id"]))]
    if as_json:
        cli._print_json(views)
        return
    if not views:
        cli.err.print(f"No person matches {name!r}.")
        raise typer.Exit(1)
    if len(views) > 1:
        cli.out.print(f"{len(views)} people match {name!r}:")
    for view in views:
        _print_person(view)


def people(
    ctx: typer.Context,
    party: Annotated[str | None, typer.Option(
        help="A party they left or joined (part of the name). Example: --party labour")] = None,
    body: Annotated[str | None, typer.Option(
        help="Council or parliament (part of the name). Example: --body Oxford")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")] = False,
    db: Annotated[str | None, typer.Option("--db", metavar="URL",
                                           help="SQLAlchemy database URL.")] = None,
) -> None:
    """People in the register with their parties, councils and name variants.

    Example: floorcross people --party Labour --body Kirklees
    """
    from floorcross.resolve import queries

    cli = _shared()
    with cli._engine(ctx, db).connect() as conn:
        rows = queries.people_list(conn, party=party, body=body)
    if as_json:
        cli._print_json(rows)
        return
    table = Table(title=f"{len(rows)} people")
    for col in ("name", "events", "parties", "bodies", "latest", "also written"):
        table.add_column(col)
    for p in rows:
        table.add_row(p["name"], str(p["events"]), ", ".join(p["parties"]),
                      ", ".join(p["bodies"]), p["last_date"] or "",
                      ", ".join(a for a in p["aliases"] if a != p["name"]))
    cli.out.print(table)


def articles(
    ctx: typer.Context,
    duplicates: Annotated[bool, typer.Option(
        "--duplicates", help="Show groups of near-duplicate articles (syndicated copies).")
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON for scripts.")] = False,
    db: Annotated[str | None, typer.Option("--db", metavar="URL",
                                           help="SQLAlchemy database URL.")] = None,
) -> None:
    """Stored articles; with --duplicates, the stories reported by more than one article.

    Example: floorcross articles --duplicates
    """
    from floorcross.resolve import queries

    cli = _shared()
    if not duplicates:
        cli.err.print("Add --duplicates to list groups of near-duplicate articles.")
        raise typer.Exit(2)
    with cli._engine(ctx, db).connect() as conn:
        groups = queries.duplicate_groups(conn)
    if as_json:
        cli._print_json(groups)
        return
    cli.out.print(f"{len(groups)} stories published more than once")
    for g in groups:
        cli.out.print(f"[bold]story {g['group']}[/bold]: {len(g['articles'])} articles, "
                      f"{g['events']} events")
        for a in g["articles"]:
            label = " · ".join(str(x) for x in (a["outlet"], a["published"], a["title"]) if x)
            cli.out.print(f"  {a['article_id']:>6}  {a['source_id']}  {label}")


def register(app: typer.Typer) -> None:
    app.command()(person)
    app.command()(people)
    app.command()(articles)
