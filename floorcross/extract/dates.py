"""Resolving a date expression against the article's publication date, keeping its precision.

Results are ISO strings as precise as the text: "2023-10-26" (a day), "2023-10" (a month) or
"2023" (a year); None when the text gives no date we can stand behind.

Decisions, since news copy is vague in set ways:
- Events are reported after they happen: a weekday ("on Thursday") is the latest such day on or
  before publication; "last Thursday" is strictly before it; a day or month without a year is
  the latest one not after publication.
- "today", "tonight", "this morning" are the publication day; "yesterday", "last night" the day
  before.
- "last week", "this week", "the weekend", "two weeks ago" name no day: they resolve to the month
  when the whole week (or weekend) lies in one month, else None.
- "last May" is the latest May before publication, "this May" the one in the publication year,
  "next May" the first after it.
- Durations ("20 years", "six months", "the 1980s") are not dates: None.
- Seasons resolve to a year only when the year is said or implied ("last summer", "the summer
  of 2022"); a bare "in the summer" is None.
- Numeric dates are read day first (UK): "14/05/2024" is 14 May 2024.
Anything else goes to dateparser (relative to the publication date, past preferred), and its
reported period (day, month, year) sets the precision so it never invents a day or month.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from dateparser.date import DateDataParser

MONTHS = {m: i for i, m in enumerate((
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december"), start=1)}
MONTHS |= {m[:3]: i for m, i in list(MONTHS.items())} | {"sept": 9}
WEEKDAYS = {d: i for i, d in enumerate((
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))}

_MON = r"(?P<mon>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
# "the Fourth of July", "March first": a day written as an ordinal word.
_UNITS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")
ORDINALS = {w: i for i, w in enumerate((*_UNITS, "tenth", "eleventh", "twelfth", "thirteenth",
                                        "fourteenth", "fifteenth", "sixteenth", "seventeenth",
                                        "eighteenth", "nineteenth", "twentieth"), start=1)}
ORDINALS |= {f"twenty-{w}": 21 + i for i, w in enumerate(_UNITS)}
ORDINALS |= {"thirtieth": 30, "thirty-first": 31}
_ORDINAL = "|".join(sorted(ORDINALS, key=len, reverse=True))
_DAY = rf"(?P<day>[0-3]?\d(?:st|nd|rd|th)?|(?:{_ORDINAL})(?![\w-]))"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_WEEKDAY = r"(?P<wd>" + "|".join(WEEKDAYS) + r")"

_NUMERIC = re.compile(r"\b(?P<day>[0-3]?\d)[/.](?P<mon>[01]?\d)[/.](?P<year>(?:19|20)?\d\d)\b")
_ISO = re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mon>[01]\d)-(?P<day>[0-3]\d)\b")
_DAY_MON = re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MON}(?:,?\s+{_YEAR})?\b")
_MON_DAY = re.compile(rf"\b{_MON}\s+{_DAY}\b(?:,?\s+{_YEAR})?(?!\s*(?:19|20)\d\d\d)")
_MON_YEAR = re.compile(rf"\b{_MON}(?:,?\s+(?:of\s+)?{_YEAR}|\s+(?P<rel>last|this|next)\s+year)\b")
_MON_ONLY = re.compile(rf"\b{_MON}\b")
_YEAR_ONLY = re.compile(rf"\b{_YEAR}\b")
_WEEKDAY_RE = re.compile(rf"\b(?P<last>last\s+|this\s+(?:past\s+)?)?{_WEEKDAY}\b")
_AGO = re.compile(r"\b(?P<n>\d+|a|an|one|two|three|four|five|six|seven)\s+"
                  r"(?P<unit>day|days|week|weeks|month|months|year|years)\s+ago\b")
_NUMBER_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
                 "seven": 7}
_SEASON = re.compile(r"\b(?P<rel>last|this|next)\s+(?:summer|spring|autumn|winter)\b")

_DURATION = re.compile(r"\b(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|"
                       r"eleven|twelve|fifteen|twenty|thirty|forty|fifty|several|few|many)\s+(?:days?|weeks?|months?|years?|"
                       r"decades?|centuries|century)\b(?!\s+(?:ago|before|earlier))")
_DECADE = re.compile(r"\b(?:19|20)?\d0s\b")
_SAME_DAY = re.compile(r"\b(?:today|tonight|this (?:morning|afternoon|evening)|earlier today)\b")
_DAY_BEFORE = re.compile(r"\b(?:yesterday|last night)\b")


def _month_str(d: date) -> str:
    return f"{d.year:04d}-{d.month:02d}"


def _shift_month(d: date, months: int) -> date:
    index = d.year * 12 + d.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _span_month(first: date, last: date) -> str | None:
    """The month of a span of days, if it lies within one month."""
    return _month_str(first) if (first.year, first.month) == (last.year, last.month) else None


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _latest_day(month: int, day: int, published: date) -> date | None:
    """The latest (month, day) not after publication."""
    found = _safe_date(published.year, month, day)
    if found is None or found > published:
        found = _safe_date(published.year - 1, month, day)
    return found


def _day_number(raw: str) -> int:
    return ORDINALS.get(raw) or int(raw.rstrip("stndrh"))


def _explicit_day(text: str, published: date | None) -> str | None:
    for pattern in (_ISO, _NUMERIC, _DAY_MON, _MON_DAY):
        m = pattern.search(text)
        if not m:
            continue
        mon = m.group("mon")
        month = int(mon) if mon.isdigit() else MONTHS[mon.lower()]
        day = _day_number(m.group("day"))
        if pattern is _NUMERIC and month > 12 >= day:
            day, month = month, day  # "12/13/2024" can only be month first
        if m.group("year"):
            year = int(m.group("year"))
            year += 2000 if year < 100 else 0
            found = _safe_date(year, month, day)
        else:
            found = _latest_day(month, day, published) if published else None
        return found.isoformat() if found else None
    return None


def _month_year(text: str, published: date | None) -> str | None:
    m = _MON_YEAR.search(text)
    if not m:
        return None
    month = MONTHS[m.group("mon").lower()]
    if m.group("year"):
        return f"{int(m.group('year')):04d}-{month:02d}"
    if published is None:
        return None
    offset = {"last": -1, "this": 0, "next": 1}[m.group("rel")]
    return f"{published.year + offset:04d}-{month:02d}"


def _relative(text: str, published: date) -> str | None:
    """Words relative to publication: today, yesterday, last week, this month, a year ago ..."""
    if _SAME_DAY.search(text):
        return published.isoformat()
    if _DAY_BEFORE.search(text):
        return (published - timedelta(days=1)).isoformat()
    monday = published - timedelta(days=published.weekday())
    if re.search(r"\blast week\b", text):
        return _span_month(monday - timedelta(days=7), monday - timedelta(days=1))
    if re.search(r"\bthis week\b", text):
        return _span_month(monday, published)
    if re.search(r"\b(?:last|this|the) weekend\b", text):
        saturday = published - timedelta(days=(published.weekday() - 5) % 7)
        if published.weekday() == 6:
            saturday = published - timedelta(days=1)
        return _span_month(saturday, saturday + timedelta(days=1))
    if re.search(r"\bthis month\b", text):
        return _month_str(published)
    if re.search(r"\blast month\b", text):
        return _month_str(_shift_month(published, -1))
    if re.search(r"\bthis year\b", text):
        return f"{published.year:04d}"
    if re.search(r"\blast year\b", text):
        return f"{published.year - 1:04d}"
    return _ago(text, published) or _season(text, published)


def _ago(text: str, published: date) -> str | None:
    m = _AGO.search(text)
    if not m:
        return None
    raw = m.group("n")
    n = int(raw) if raw.isdigit() else _NUMBER_WORDS[raw]
    unit = m.group("unit").rstrip("s")
    if unit == "day":
        return (published - timedelta(days=n)).isoformat()
    if unit == "week":
        middle = published - timedelta(days=7 * n)
        return _span_month(middle - timedelta(days=3), middle + timedelta(days=3))
    if unit == "month":
        return _month_str(_shift_month(published, -n))
    return f"{published.year - n:04d}"


def _season(text: str, published: date) -> str | None:
    m = _SEASON.search(text)
    if not m:
        return None
    offset = {"last": -1, "this": 0, "next": 1}[m.group("rel")]
    # "last summer" written in the autumn means this year's summer.
    if m.group("rel") == "last" and "summer" in text and published.month >= 9:
        offset = 0
    return f"{published.year + offset:04d}"


def _weekday(text: str, published: date) -> str | None:
    m = _WEEKDAY_RE.search(text)
    if not m:
        return None
    back = (published.weekday() - WEEKDAYS[m.group("wd")]) % 7
    if m.group("last") and m.group("last").startswith("last") and back == 0:
        back = 7
    return (published - timedelta(days=back)).isoformat()


def _month_only(text: str, published: date) -> str | None:
    m = _MON_ONLY.search(text)
    if not m or (m.group("mon") == "may" and not re.search(
            r"\b(?:in|of|since|until|by|early|late|mid|end|start|last|this|next)\s+may\b", text)):
        return None  # "may" is usually the verb
    month = MONTHS[m.group("mon")]
    year = published.year if month <= published.month else published.year - 1
    before = text[:m.start()].split()[-1:]
    if before == ["last"] and month == published.month:
        year -= 1  # "last October" written in October is a year back
    elif before == ["this"]:
        year = published.year
    elif before == ["next"]:
        year = published.year if month > published.month else published.year + 1
    return f"{year:04d}-{month:02d}"


def _with_dateparser(text: str, published: date) -> str | None:
    base = datetime(published.year, published.month, published.day)
    parser = DateDataParser(languages=["en"], settings={
        "PREFER_DATES_FROM": "past", "RELATIVE_BASE": base, "DATE_ORDER": "DMY",
    })
    data = parser.get_date_data(text)
    if data.date_obj is None:
        return None
    found = data.date_obj.date()
    if data.period == "day":
        return found.isoformat()
    if data.period == "month":
        return _month_str(found)
    if data.period == "year":
        return f"{found.year:04d}"
    return None


def resolve_date(expression: str, published: date | None) -> str | None:
    """"on Thursday (October 26)" -> "2023-10-26", "earlier this month" -> "2023-10",
    "in 2022" -> "2022", relative to ``published``; None when there is no date to stand behind
    (or it needs a publication date that is missing)."""
    text = " ".join(expression.lower().split())
    if not text:
        return None
    found = _explicit_day(text, published) or _month_year(text, published)
    if found:
        return found
    if published is None:
        m = _YEAR_ONLY.search(text)
        return m.group("year") if m else None
    found = _relative(text, published) or _weekday(text, published)
    if found or re.search(r"\b(?:week|weekend)\b", text):
        return found
    found = _month_only(text, published)
    if found:
        return found
    m = _YEAR_ONLY.search(text)
    if m:
        return m.group("year")
    if re.search(r"\b(?:summer|spring|autumn|winter|recent|recently)\b", text) or (
            _DURATION.search(text) or _DECADE.search(text)):
        return None  # "20 years", "six months", "the 1980s" are not dates
    try:
        return _with_dateparser(text, published)
    except (ValueError, OverflowError):
        return None


# "Thursday, March 7", "Thursday 7th March 2024": the weekday and its date are one expression,
# so the date is read from the day and month, not the weekday alone.
_WEEKDAY_DATE = (r",?\s+(?:the\s+)?(?:" + _DAY.replace("?P<day>", "?:") + r"\s+(?:of\s+)?"
                 + _MON.replace("?P<mon>", "?:") + r"|" + _MON.replace("?P<mon>", "?:")
                 + r"\s+" + _DAY.replace("?P<day>", "?:") + r"\b)(?:,?\s+(?:19|20)\d\d)?")
_EXPRESSION = re.compile(
    r"\b(?:(?:on|in|at|since|from|by|until|during)\s+)?(?:"
    r"(?:(?:last|this(?:\s+past)?)\s+)?" + _WEEKDAY.replace("?P<wd>", "?:")
    + r"(?:\s+(?:morning|afternoon|evening|night))?(?:\s*\([^)]{3,25}\)|" + _WEEKDAY_DATE + ")?"
    r"|(?:the\s+)?(?:start|end|beginning|middle)\s+of\s+" + _MON.replace("?P<mon>", "?:")
    + r"(?:\s+(?:last|this|next)\s+year|,?\s+(?:19|20)\d\d)?"
    r"|(?:the\s+)?" + _DAY.replace("?P<day>", "?:") + r"\s+(?:of\s+)?"
    + _MON.replace("?P<mon>", "?:") + r"(?:,?\s+(?:19|20)\d\d)?"
    r"|" + _MON.replace("?P<mon>", "?:") + r"\s+" + _DAY.replace("?P<day>", "?:")
    + r"\b(?:,?\s+(?:19|20)\d\d)?"
    r"|" + _MON.replace("?P<mon>", "?:") + r"(?:,?\s+(?:19|20)\d\d|\s+(?:last|this|next)\s+year)?"
    r"|[0-3]?\d/[01]?\d/(?:19|20)?\d\d|(?:19|20)\d\d-[01]\d-[0-3]\d"
    r"|(?:earlier\s+|later\s+)?(?:this|last|next)\s+(?:week|weekend|month|year|summer|spring"
    r"|autumn|winter)|the\s+weekend"
    r"|(?:earlier\s+)?today|tonight|yesterday|last\s+night|this\s+(?:morning|afternoon|evening)"
    r"|(?:\d+|a|an|one|two|three|four|five|six|seven)\s+(?:days?|weeks?|months?|years?)\s+ago"
    r"|(?:19|20)\d\d)(?:\b|(?<=\)))"
    # "the Sunday Times", "the Mail on Sunday": newspapers, not days
    r"(?!\s+(?:Times|Post|Mail|Herald|Telegraph|Express|Mirror|People|World|Independent)\b)",
    re.IGNORECASE,
)


def find_date_expressions(text: str) -> list[tuple[int, int, str]]:
    """Date expressions in a sentence, as (start, end, text), for :func:`resolve_date`.
    A capitalised "May" counts as a month only after a preposition or before a year or day."""
    out = []
    for m in _EXPRESSION.finditer(text):
        expr = m.group(0)
        before = text[max(0, m.start() - 8): m.start()].lower()
        on = expr.lower().startswith("on")
        if before.endswith("mail on ") or before.endswith("mail ") and on:
            continue  # "the Mail on Sunday"
        if expr.lower() == "may" or (expr == "may" or expr.startswith("may ")) and not re.match(
                r"may\s+\d", expr):
            continue
        out.append((m.start(), m.end(), expr))
    return out


def written_days(text: str) -> set[str]:
    """The days the text writes out in full, with their year ("On August 19, 2024",
    "15 October 2023", "2024-08-19"), as ISO strings."""
    found = set()
    for pattern in (_ISO, _DAY_MON, _MON_DAY):
        for m in pattern.finditer(text.lower()):
            if m.group("year"):
                value = _explicit_day(m.group(0), None)
                if value:
                    found.add(value)
    return found


def text_reference(text: str) -> date | None:
    """For a page with no publication date: the latest day the text writes out in full (an
    embedded post's date, a statement's date). The page was written on or after it, so it can
    stand in for the publication date at month precision."""
    days = written_days(text)
    return date.fromisoformat(max(days)) if days else None
