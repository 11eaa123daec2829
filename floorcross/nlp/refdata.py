"""Loading the bundled reference data (floorcross/data), lazily and once per process."""

from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from importlib import resources
from io import StringIO


def _read_csv(*parts: str) -> list[dict[str, str]]:
    path = resources.files("floorcross").joinpath("data", *parts)
    text = path.read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if not ln.startswith("#")]
    return list(csv.DictReader(StringIO("\n".join(lines))))


_APOS = re.compile(r"['’‘`]")
_PUNCT = re.compile(r"[.,()\-–/]")


def name_key(name: str) -> str:
    """Case-, accent-, apostrophe- and '&'-insensitive key: "King’s Lynn & W. Norfolk" ->
    "kings lynn and w norfolk"."""
    s = unicodedata.normalize("NFKD", name)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = _APOS.sub("", s).replace("&", " and ")
    s = _PUNCT.sub(" ", s)
    s = " ".join(s.split())
    return s[4:] if s.startswith("the ") else s


@dataclass(frozen=True)
class Council:
    code: str
    official_name: str
    nice_name: str
    start: date | None
    end: date | None
    current: bool
    kind: str  # local-authority-type: CTY, UA, MD, NMD, LBO, SCO, NID, COMB, SRA, CC, ...

    def active_on(self, day: date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


def _day(text: str) -> date | None:
    return date.fromisoformat(text) if text else None


@lru_cache(maxsize=1)
def councils() -> dict[str, Council]:
    """Council register keyed by the stable local-authority code."""
    out = {}
    for r in _read_csv("uk_local_authorities", "uk_local_authorities_current.csv"):
        code = r["local-authority-code"]
        out[code] = Council(
            code=code,
            official_name=" ".join(r["official-name"].split()),
            nice_name=r["nice-name"],
            start=_day(r["start-date"]),
            end=_day(r["end-date"]),
            current=r["current-authority"] == "True",
            kind=r["local-authority-type"],
        )
    return out


@lru_cache(maxsize=1)
def council_names() -> list[tuple[str, str]]:
    """Every (name variant, code) from the register's name lookup, plus official/nice names."""
    rows = [
        (r["la-name"].strip(), r["local-authority-code"])
        for r in _read_csv("uk_local_authorities", "lookup_name_to_registry.csv")
    ]
    for c in councils().values():
        rows += [(c.official_name, c.code), (c.nice_name, c.code)]
    return sorted(set(rows))


@lru_cache(maxsize=1)
def wards() -> list[tuple[str, str, str]]:
    """(ward name, ward code, council official name), one row per ward name and council."""
    return [(r["ward"], r["ward_code"], r["council"]) for r in _read_csv("uk_wards", "wards.csv")]


@lru_cache(maxsize=1)
def party_aliases() -> list[tuple[str, str, str]]:
    """(alias, canonical name, match mode) from the project's alias table."""
    return [(r["alias"], r["canonical"], r["match"]) for r in _read_csv("parties.csv")]
