"""Reading each trigger of each candidate sentence into mentions: one person, one change."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from floorcross.extract import clause
from floorcross.extract.coref import Coref, companion_names, persons_for
from floorcross.extract.interpret import interpret
from floorcross.extract.mentions import ParsedSentence
from floorcross.extract.parse import ParsedArticle
from floorcross.extract.reasons import group_size, reason_for
from floorcross.extract.timing import date_for
from floorcross.extract.triggers import Trigger, find_triggers


@dataclass
class Mention:
    person: str
    type: str
    sentence: ParsedSentence
    party_from: str | None = None
    party_to: str | None = None
    hedged: bool = False
    date: str | None = None
    reason: str | None = None
    group_size: int | None = None
    contexts: list[str] = field(default_factory=list)
    from_quote: bool = False
    # "will sit as an independent": says where someone sits after a change reported elsewhere
    # (a resignation, a suspension); a change of its own only when nothing else is reported.
    supporting: bool = False
    party_guessed: bool = False  # party_from read from context, not from the clause
    needs_origin: bool = False  # see interpret.Reading
    # Told as an earlier step of the story: "after having earlier quit Labour", "had
    # previously left the party" (a join in the same story is a later, separate step).
    background: bool = False


def read_mentions(art: ParsedArticle) -> list[Mention]:
    out: list[Mention] = []
    coref = Coref()
    cands = set(art.candidates)
    for sent in art.ordered():
        coref.step(sent.index)
        if sent.index in cands:
            found: list[Mention] = []
            for trig in find_triggers(sent.doc):
                found.extend(_read_trigger(trig, sent, art, coref))
            out.extend(found)
            out.extend(companions(sent, art, out))
            coref.note_group([m.person for m in out if m.sentence.index == sent.index], sent.index)
        coref.update(sent, art)
    return out


def _read_trigger(
    trig: Trigger, sent: ParsedSentence, art: ParsedArticle, coref: Coref
) -> list[Mention]:
    tok = trig.token
    # "could no longer be a member", "said she would sit as an independent": the modal
    # belongs to the statement, not to whether it happened.
    if clause.is_blocked(tok, allow_modal=trig.kind in ("no_longer", "independent")):
        return []
    reading = interpret(trig, sent, art)
    if reading is None:
        return []
    in_quote = art.in_quote(sent.start + tok.idx)
    if in_quote and not (reading.explicit and _own_statement(trig)):
        return []
    people, contexts = persons_for(
        reading.person_tokens, sent, art, coref, in_quote, reading.solo)
    if not people:
        return []
    hedged = not in_quote and clause.is_hedged(tok, decided=reading.type in _DECISIONS)
    date = date_for(tok, sent, art)
    reason = reason_for(tok)
    size = group_size(sent.text) if len(people) == 1 else None
    own = _own_parties(people, sent, art, reading.party_to) if len(people) > 1 else {}
    return [
        Mention(
            person=p, type=reading.type, sentence=sent,
            party_from=own.get(p, reading.party_from),
            party_to=reading.party_to, hedged=hedged, date=date, reason=reason,
            group_size=size, contexts=contexts, from_quote=in_quote,
            supporting=trig.kind in ("independent", "no_longer"), party_guessed=reading.guessed,
            needs_origin=reading.needs_origin, background=clause.is_background(tok),
        )
        for p in people
    ]


# A party's decisions: once announced, a future date only schedules them.
_DECISIONS = frozenset({"whip_restored", "readmitted", "whip_removed", "suspended", "expelled"})


def _own_parties(
    people: list[str], sent: ParsedSentence, art: ParsedArticle, party_to: str | None
) -> dict[str, str]:
    """Each person's own party when a list gives one per name: "Labour's A and Liberal Democrat
    B", "A (Con) and B (Lab)"."""
    out: dict[str, str] = {}
    for p in people:
        at = sent.text.find(p)
        if at < 0:
            continue
        span = sent.doc.char_span(at, at + len(p), alignment_mode="expand")
        first, last = span[0], span[-1]
        before = []
        for t in reversed(sent.doc[max(0, first.i - 4) : first.i]):
            if t.text in (",", ";") or t.lower_ == "and" or (t.i in sent.names and not (
                    sent.party_of(t))):
                break
            before.append(t)
        after = sent.doc[last.i + 1 : last.i + 4]
        after = after if len(after) and after[0].text == "(" else []
        found = [x for x in (*sent.parties_in(before), *sent.parties_in(after))
                 if x not in (party_to, "Independent")]
        if found:
            out[p] = found[0]
    return out if len(set(out.values())) > 1 else {}


def _own_statement(trig: Trigger) -> bool:
    """Inside a quotation only "I quit", "I have decided to leave", "my resignation" count: a
    speaker's words about anyone else, or a subject found far up the parse, do not."""
    tok = trig.token
    for _ in range(2):
        subj = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass", "poss")]
        if subj:
            return subj[0].lower_ in ("i", "my")
        if tok.dep_ not in ("xcomp", "conj"):
            return False
        tok = tok.head
    return False


def companions(sent: ParsedSentence, art: ParsedArticle, prior: list[Mention]) -> list[Mention]:
    """People who made the same change beside the one the clause is about: "X joined Alba,
    alongside Y", "He was joined by Y", "Along with P, the councillors to leave are: ..."."""
    out: list[Mention] = []
    for names, joined_by in companion_names(sent, art):
        anchor = _anchor(sent, prior, names, joined_by) or _clause_reading(sent, art)
        if anchor is None:
            continue
        known = {m.person for m in prior if m.sentence.index == sent.index}
        out.extend(
            replace(anchor, person=n, sentence=sent, contexts=[], from_quote=False,
                    supporting=False)
            for n in names if n not in known
        )
    return out


def _anchor(
    sent: ParsedSentence, prior: list[Mention], names: list[str], joined_by: bool
) -> Mention | None:
    """The change the companions share: one read in this sentence, or for "was joined by" the
    latest one of the two sentences before."""
    lo = sent.index - (2 if joined_by else 0)
    found = [m for m in prior if lo <= m.sentence.index <= sent.index and m.person not in names
             and not m.supporting]
    return found[-1] if found else None


def _clause_reading(sent: ParsedSentence, art: ParsedArticle) -> Mention | None:
    """"They are joined by A and B in moving to the Greens": the change the sentence itself
    names, whoever its subject."""
    for trig in find_triggers(sent.doc):
        if clause.is_blocked(trig.token):
            continue
        reading = interpret(trig, sent, art)
        if reading is not None and reading.party_from and reading.party_to:
            return Mention(
                person="", type=reading.type, sentence=sent, party_from=reading.party_from,
                party_to=reading.party_to, hedged=clause.is_hedged(trig.token),
                date=date_for(trig.token, sent, art), party_guessed=reading.guessed,
            )
    return None
