"""Publication dates: from given metadata, or from a dateline at the top of plain text."""

from __future__ import annotations

import re
from datetime import date, datetime

MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"), ("february", "feb"), ("march", "mar"), ("april", "apr"),
            ("may",), ("june", "jun"), ("july", "jul"), ("august", "aug"),
            ("september", "sep", "sept"), ("october", "oct"), ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d{2})"
DATE_FORMS = (
    re.compile(rf"{_DAY}(?: of)? {_MONTH},? {_YEAR}", re.IGNORECASE),  # 14 May 2024
    re.compile(rf"{_MONTH} {_DAY},? {_YEAR}", re.IGNORECASE),  # May 14, 2024
    re.compile(rf"{_YEAR}-(?P<month>\d{{2}})-(?P<day>\d{{2}})"),  # 2024-05-14
    re.compile(rf"(?P<day>\d{{1,2}})[/.](?P<month>\d{{1,2}})[/.]{_YEAR}"),  # 14/05/2024 (UK)
)
LABEL = re.compile(
    r"^(?P<label>(?:first |last )?(?:published|posted|updated|modified)|date|dated)"
    r"(?: on)?\s*[:|-]?\s*",
    re.IGNORECASE,
)
WEEKDAY = re.compile(
    r"^(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+", re.IGNORECASE
)
# What may follow the date on a dateline: a time and a zone ("10:15 BST", "at 9.30am").
TIME_TAIL = re.compile(
    r"^(?:\s*(?:,|at|-|–|\|)?\s*\d{1,2}(?:[:.]\d{2})?\s*(?:am|pm)?(?:\s*(?-i:[A-Z]{2,4}))?)?\W*$",
    re.IGNORECASE,
)
# Only this many non-blank lines at the top are searched for a dateline.
DATELINE_WINDOW = 5


# ISO 8601's reduced precision: a month ("2011-02") or a year alone.
_REDUCED = re.compile(r"^(?P<year>\d{4})(?:-(?P<month>\d{2}))?$")
DAY, MONTH, YEAR = "day", "month", "year"


def parse_iso_date(value: str | None) -> date | None:
    """The calendar date of an ISO 8601 date or datetime, as written (no zone conversion)."""
    found = parse_published(value)
    return found[0] if found else None


def parse_published(value: str | None) -> tuple[date, str] | None:
    """(date, precision) of an ISO 8601 publication date: a full date or datetime is `day`
    precise; "2011-02" is the first of the month, `month` precise; "2011" `year` precise."""
    if not value:
        return None
    value = value.strip()
    try:
        return datetime.fromisoformat(value).date(), DAY
    except ValueError:
        pass
    reduced = _REDUCED.match(value)
    if not reduced:
        return None
    month = int(reduced["month"] or 1)
    if not 1 <= month <= 12:
        return None
    return date(int(reduced["year"]), month, 1), (MONTH if reduced["month"] else YEAR)


def parse_dateline(line: str) -> tuple[date, bool] | None:
    """(date, is_update) when the whole line is a dateline, else None.

    >>> parse_dateline("Published: Tuesday 14 May 2024, 10:15 BST")
    (datetime.date(2024, 5, 14), False)
    """
    rest = line.strip()
    label = LABEL.match(rest)
    if label:
        rest = rest[label.end():]
    rest = WEEKDAY.sub("", rest, count=1)
    for form in DATE_FORMS:
        found = form.match(rest)
        if found and TIME_TAIL.match(rest[found.end():]):
            parsed = _to_date(found)
            if parsed:
                kind = label.group("label").lower() if label else ""
                return parsed, "updated" in kind or "modified" in kind
    return None


def find_dateline(lines: list[str]) -> tuple[date | None, list[int]]:
    """The publication date from datelines at the top, and the indexes of all dateline lines.

    A "Published" or unlabelled date wins over an "Updated" one.
    """
    published: date | None = None
    updated: date | None = None
    found: list[int] = []
    seen = 0
    for index, line in enumerate(lines):
        if not line.strip():
            continue
        seen += 1
        if seen > DATELINE_WINDOW:
            break
        parsed = parse_dateline(line)
        if parsed is None:
            continue
        found.append(index)
        when, is_update = parsed
        if is_update:
            updated = updated or when
        else:
            published = published or when
    return published or updated, found


def _to_date(found: re.Match[str]) -> date | None:
    month = found.group("month")
    number = int(month) if month.isdigit() else MONTHS[month.lower().rstrip(".")]
    try:
        return date(int(found.group("year")), number, int(found.group("day")))
    except ValueError:
        return None
