"""Reading each trigger of each candidate sentence into mentions: one person, one change."""

from __future__ import annotations

import re
from dataclasses import replace

from floorcross.extract.companions import companion_names
from floorcross.extract.coref import Coref, persons_for
from floorcross.extract.counted_people import (
    COUNTS,
    count_word,
    counted_beyond,
    indefinite,
    others_counted,
    party_of_others,
    post_holder,
    unnamed_group,
)
from floorcross.extract.factuality import is_background, is_blocked, is_hedged
from floorcross.extract.interpret import interpret
from floorcross.extract.mention_record import Mention
from floorcross.extract.mentions import ParsedSentence
from floorcross.extract.open_wordings import all_triggers, complete_reading
from floorcross.extract.parse import ParsedArticle
from floorcross.extract.pending_groups import name_pending
from floorcross.extract.reasons import group_size, reason_for
from floorcross.extract.timing import date_for
from floorcross.extract.trigger_checks import (
    JOINING_KINDS,
    WHIP_KINDS,
    denied_claim,
    from_elsewhere,
    future_join_after_leaving,
    not_the_actor,
    own_parties,
    own_statement,
    party_voice,
    third_party_claim,
)
from floorcross.extract.trigger_kinds import Trigger
from floorcross.extract.triggers import find_triggers


def read_mentions(art: ParsedArticle) -> list[Mention]:
    out: list[Mention] = []
    coref = Coref()
    cands = set(art.candidates)
    pending: list[tuple[Mention, int]] = []  # see unnamed_group
    for sent in art.ordered():
        coref.step(sent.index)
        found: list[Mention] = []
        if sent.index in cands:
            for trig in all_triggers(sent.doc):
                found.extend(_read_trigger(trig, sent, art, coref))
            pending += [(m, m.roster_count or m.group_size or 0) for m in found if not m.person]
            found = [m for m in found if m.person]
        pending, resolved = name_pending(pending, sent, art, found)
        out.extend(found + resolved)
        if sent.index in cands:
            out.extend(companions(sent, art, out))
            coref.note_group([m.person for m in out if m.sentence.index == sent.index], sent.index)
        coref.update(sent, art)
    return [m for m in out if not denied_claim(m, art)]


def _read_trigger(
    trig: Trigger, sent: ParsedSentence, art: ParsedArticle, coref: Coref
) -> list[Mention]:
    tok = trig.token
    # "could no longer be a member", "said she would sit as an independent": the modal
    # belongs to the statement, not to whether it happened.
    if is_blocked(tok, allow_modal=trig.kind in ("no_longer", "independent"),
                         sanction=trig.acted_on or trig.kind in WHIP_KINDS):
        return []
    if future_join_after_leaving(trig):
        return []
    reading = complete_reading(trig, interpret(trig, sent, art), sent, art)
    if reading is None:
        return []
    in_quote = art.in_quote(sent.start + tok.idx)
    voiced = in_quote and party_voice(trig, reading.person_tokens, sent)
    if in_quote and not voiced and not (reading.explicit and own_statement(trig)):
        return []
    people, contexts = persons_for(
        reading.person_tokens, sent, art, coref, in_quote and not voiced, reading.solo)
    if trig.acted_on and not in_quote:
        people = not_the_actor(people, reading.person_tokens, tok, sent, art, coref)
    if indefinite(reading.person_tokens):
        people = [p for p in people if not post_holder(p, sent, art)]
    count = None if people or in_quote else unnamed_group(
        reading.person_tokens, single=trig.acted_on or trig.kind in WHIP_KINDS or not (
            _BY_ELECTION.search(art.text)))
    if not people and not count:
        return []
    others = others_counted(tok, sent) if people and not in_quote else None
    if others and party_of_others(reading.party_from, others, tok, sent):
        # "X, along with three other MLAs - one from the NCP - quit": the party is a companion's
        reading = replace(reading, party_from=None, guessed=False)
    if not people:  # "Two Labour councillors have been expelled": named further on
        people = [""]
    hedged = not in_quote and (is_hedged(
        tok, decided=reading.type in _DECISIONS, joining=trig.kind in JOINING_KINDS)
        or third_party_claim(tok, reading.person_tokens))
    date = date_for(tok, sent, art)
    reason = reason_for(tok)
    size = count or counted_beyond(reading.person_tokens, people) or (
        group_size(sent.text) if len(people) == 1 else None)
    others_count = COUNTS[count_word(others).lower_] if others else 0
    if others:  # the people written here and the others counted ("X and four other MLAs")
        size = sum(p.split()[-1] in sent.text for p in people) + others_count
    own = own_parties(people, sent, art, reading.party_to) if len(people) > 1 else {}
    if others:
        people.append("")
    return [
        Mention(
            person=p, type=reading.type, sentence=sent,
            party_from=own.get(p, reading.party_from),
            party_to=reading.party_to, hedged=hedged, date=date, reason=reason,
            group_size=size, contexts=contexts, from_quote=in_quote and not voiced,
            supporting=trig.kind in ("independent", "no_longer"),
            party_guessed=reading.guessed or from_elsewhere(tok, reading.party_from, sent),
            needs_origin=reading.needs_origin, background=is_background(tok),
            roster_count=0 if p else others_count,
        )
        for p in people
    ]


# A seat given up and fought again: "a councillor resigned" there is the seat, and the next
# names are the candidates.
_BY_ELECTION = re.compile(r"\bby-?\s?elections?\b", re.IGNORECASE)


# A party's decisions: once announced, a future date only schedules them.
_DECISIONS = frozenset({"whip_restored", "readmitted", "whip_removed", "suspended", "expelled"})


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
        if is_blocked(trig.token):
            continue
        reading = interpret(trig, sent, art)
        if reading is not None and reading.party_from and reading.party_to:
            return Mention(
                person="", type=reading.type, sentence=sent, party_from=reading.party_from,
                party_to=reading.party_to, hedged=is_hedged(trig.token),
                date=date_for(trig.token, sent, art), party_guessed=reading.guessed,
            )
    return None
