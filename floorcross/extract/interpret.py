"""What one trigger's clause says happened: the kind of change, the parties it names or
implies, and which tokens stand for the people it happened to."""

from __future__ import annotations

from floorcross.extract.joining import read_join, read_listed, read_welcome
from floorcross.extract.leaving import read_leave
from floorcross.extract.mentions import ParsedSentence
from floorcross.extract.parse import ParsedArticle
from floorcross.extract.sanctions import read_acted_on, read_whip
from floorcross.extract.trigger_kinds import Trigger
from floorcross.extract.trigger_reading import Reading


def interpret(trig: Trigger, sent: ParsedSentence, art: ParsedArticle) -> Reading | None:
    reading = _interpret(trig, sent, art)
    if reading is not None:
        heads = {t.i for t in reading.person_tokens}
        reading.solo = any(a.dep_ == "relcl" and a.head.i in heads
                           for a in (trig.token, *trig.token.ancestors))
    return reading


def _interpret(trig: Trigger, sent: ParsedSentence, art: ParsedArticle) -> Reading | None:
    kind = trig.kind
    if kind in ("leave", "no_longer", "independent"):
        return read_leave(trig, sent, art)
    if kind in ("defect", "join", "rejoin", "move"):
        return read_join(trig, sent, art)
    if kind == "welcome":
        return read_welcome(trig, sent)
    if kind == "listed":
        return read_listed(trig, sent, art)
    if kind in ("whip_removed", "whip_restored") and not trig.acted_on:
        return read_whip(trig, sent, art)  # "acted_on" ones: "removed from the caucus"
    return read_acted_on(trig, sent, art)
