"""Numbers for the server-rendered SVG charts (the templates draw them; no script needed)."""

from __future__ import annotations

import re
from dataclasses import dataclass

_MONTH = re.compile(r"^\d{4}-(0[1-9]|1[0-2])$")
MAX_MONTHS = 36


@dataclass
class Bar:
    label: str
    value: int
    share: float  # of the largest value, 0..1


def bars(counts: list[tuple[str, int]]) -> list[Bar]:
    top = max((n for _, n in counts), default=0) or 1
    return [Bar(str(label), n, n / top) for label, n in counts]


def _next(month: str) -> str:
    y, m = int(month[:4]), int(month[5:7])
    return f"{y + 1:04d}-01" if m == 12 else f"{y:04d}-{m + 1:02d}"


def month_columns(counts: list[tuple[str, int]]) -> list[Bar]:
    """The last MAX_MONTHS months that had changes, gaps filled with zero. Events dated only
    to a year have no month and are left out of this chart."""
    have = {k: n for k, n in counts if k and _MONTH.match(k)}
    if not have:
        return []
    months, month, last = [], min(have), max(have)
    while month <= last:
        months.append(month)
        month = _next(month)
    return bars([(k, have.get(k, 0)) for k in months[-MAX_MONTHS:]])
