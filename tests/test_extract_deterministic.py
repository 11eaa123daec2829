"""Extraction gives the same output in every process: nothing may depend on the order of a
set of strings, which Python randomises per run (PYTHONHASHSEED)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

# Two spellings of one leader's name (a common typo in real copy), quotes by both spellings'
# surname, and two people of the same name length: the choice between equals must be stable.
TEXT = (
    "Cllr Rhona Vale has quit Labour, saying Kier Starmer had lost her trust. "
    "Cllr Dafydd Ames, who sits for Tanygraig, also left the party on Monday.\n\n"
    "\u201cI could no longer defend what the leadership was saying,\u201d Vale said.\n\n"
    "Keir Starmer said in a statement: "
    "\u201cWe are sorry to see councillors leave us today.\u201d\n\n"
    "\u201cThe party has changed beyond recognition in five years,\u201d Ames added. "
    "Starmer told reporters: \u201cOur door remains open to all of them.\u201d"
)

SCRIPT = """
import json, sys
from datetime import date
from floorcross.extract import extract
from floorcross.types import CleanedArticle
out = extract(CleanedArticle(text=sys.stdin.read(), published=date(2024, 3, 4)))
print(json.dumps({
    "events": [[e.person, e.type, e.party_from, e.party_to, e.ward, e.date] for e in out.events],
    "quotes": [[q.text, q.speaker] for q in out.quotes],
}))
"""


def _run(seed: str) -> dict:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    done = subprocess.run([sys.executable, "-c", SCRIPT], input=TEXT, env=env, text=True,
                          capture_output=True, check=True, timeout=300)
    return json.loads(done.stdout)


def test_same_output_under_different_hash_seeds():
    runs = [_run(seed) for seed in ("0", "7", "123")]
    assert runs[0]["events"] and runs[0]["quotes"]
    assert runs[1] == runs[0]
    assert runs[2] == runs[0]
