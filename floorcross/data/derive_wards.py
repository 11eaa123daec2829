"""Derive the compact ward file ``uk_wards/wards.csv`` from the ONS ward lookup.

Run once when the upstream data is refreshed::

    python -m floorcross.data.derive_wards path/to/ward_all_codes.csv

Keeps one row per (ward name, council): the newest ward code, and the council's official name
(joined through the bundled council register) instead of the ONS council name.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

HERE = Path(__file__).parent
LA_DIR = HERE / "uk_local_authorities"
OUT = HERE / "uk_wards" / "wards.csv"


def _council_names() -> tuple[dict[str, str], dict[str, str]]:
    """GSS code -> official name, and lower-cased name variant -> official name."""
    with (LA_DIR / "uk_local_authorities_current.csv").open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    official = {r["local-authority-code"]: r["official-name"] for r in rows}
    by_gss = {r["gss-code"]: r["official-name"] for r in rows if r["gss-code"]}
    with (LA_DIR / "lookup_gss_to_registry.csv").open(encoding="utf-8") as f:
        for r in csv.DictReader(f):
            if r["gss-code"]:
                by_gss.setdefault(r["gss-code"], official[r["local-authority-code"]])
    by_name: dict[str, str] = {}
    with (LA_DIR / "lookup_name_to_registry.csv").open(encoding="utf-8") as f:
        for r in csv.DictReader(f):
            by_name.setdefault(r["la-name"].strip().lower(), official[r["local-authority-code"]])
    return by_gss, by_name


def derive(source: Path, out: Path = OUT) -> int:
    by_gss, by_name = _council_names()
    best: dict[tuple[str, str], tuple[str, str]] = {}  # (ward, council) -> (year, code)
    with source.open(encoding="utf-8") as f:
        for r in csv.DictReader(f):
            council = by_gss.get(r["LADCD_ACTIVE"]) or by_name.get(r["LADNM_ACTIVE"].lower())
            if not council:
                continue
            key = (r["WDNM"].strip(), council)
            if key not in best or r["SOURCEFILE"] > best[key][0]:
                best[key] = (r["SOURCEFILE"], r["WDCD"])
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["ward", "ward_code", "council"])
        for (ward, council), (_, code) in sorted(best.items()):
            w.writerow([ward, code, council])
    return len(best)


if __name__ == "__main__":
    print(derive(Path(sys.argv[1])), "wards written")
