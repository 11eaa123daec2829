"""Text search over a column, using what each database does well.

PostgreSQL: its own full-text search (`to_tsvector` / `plainto_tsquery`, English stemming, so
"resigning" finds "resigned"), or'ed with a case-insensitive substring match so fragments
that are not words ("100%", half a name) still match as they do elsewhere. The quotes table
has a GIN index on `to_tsvector('english', text)` (migration 0003), the event index's
`search_text` another (migration 0005); an index on another column needs the same expression
to be used.

Other databases (SQLite): a case-insensitive substring match, the user's text taken literally.
"""

from __future__ import annotations

from sqlalchemy import ColumnElement, func, literal_column, or_

# Must match the expression of the GIN index created by migration 0003.
TS_CONFIG = "english"


def contains_ci(column, text: str, folded: bool = False) -> ColumnElement[bool]:
    """Case-insensitive substring match, with % and _ in `text` taken literally. `folded`
    says the column is stored lower-cased already, so no function runs on every row (and a
    trigram index on the plain column can serve the match)."""
    target = column if folded else func.lower(column)
    return target.contains(text.lower(), autoescape=True)


def text_search_clause(
    column, query: str, dialect: str, folded: bool = False, vector=None
) -> ColumnElement[bool]:
    """WHERE clause: `column` matches the words of `query`.

    `dialect` is the engine's dialect name (`conn.dialect.name`): "postgresql" or "sqlite".
    `folded`: the column holds lower-cased text (see :func:`contains_ci`). `vector`: a stored
    tsvector of `column` (PostgreSQL), used instead of computing it.
    """
    if dialect == "postgresql":
        # A literal, not a bound parameter: the planner uses the index only when the query's
        # expression is the index's own.
        config = literal_column(f"'{TS_CONFIG}'::regconfig")
        if vector is None:
            vector = func.to_tsvector(config, column)
        words = vector.op("@@")(func.plainto_tsquery(config, query))
        return or_(words, contains_ci(column, query, folded))
    return contains_ci(column, query, folded)
