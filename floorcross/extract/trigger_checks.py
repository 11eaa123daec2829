"""Checks on a trigger's surroundings that decide whether and how its change counts: whose
voice a quotation is, a claim made by someone else (or denied), the actor of a sanction
rather than its object, a joining still to come, each person's own party in a list."""

from __future__ import annotations

import re

from floorcross.extract import clause
from floorcross.extract.coref import Coref
from floorcross.extract.joining import scheduled_join
from floorcross.extract.mention_record import Mention
from floorcross.extract.mentions import ParsedSentence
from floorcross.extract.parse import ParsedArticle
from floorcross.extract.trigger_kinds import LEAVE, Trigger


def from_elsewhere(tok, party: str | None, sent: ParsedSentence) -> bool:
    """"he said after his defection": a change retold by its noun, with a party the sentence
    never names, has that party from the context, however the clause was read."""
    return tok.pos_ == "NOUN" and party not in (None, "Independent") and (
        party not in sent.parties_in(sent.doc))


_OBJECT_PRONOUNS = frozenset({"him", "her"})


def not_the_actor(
    people: list[str], toks: list, tok, sent: ParsedSentence, art: ParsedArticle, coref: Coref
) -> list[str]:
    """"Leader X suspended him": an object pronoun never stands for the subject of its own
    verb (who decided, not who was acted on). It is the last other person named before it in
    the sentence, or the person the story follows."""
    pron = [t for t in toks if t.lower_ in _OBJECT_PRONOUNS and t.dep_ == "dobj"]
    if not pron:
        return people
    actors = {art.people.resolve(sent.names[s.i]) or sent.names[s.i]
              for s in clause.subjects(tok) if s.i in sent.names}
    if not actors & set(people):
        return people
    before = [art.people.resolve(n) or n for i, n in sorted(sent.names.items()) if i < pron[0].i]
    others = [n for n in before if n not in actors]
    other = others[-1] if others else coref.last
    return [other if p in actors else p for p in people if other or p not in actors]


# Words that report someone else's claim: a tweet, a post, an allegation.
_CLAIMED = frozenset({"claim", "allege", "tweet", "post", "suggest", "rumour", "assert"})
_CLAIM_NOUN = r"(?:claims?|rumou?rs?|reports?|tweets?|posts?|suggestions?|allegations?|story)"
_DENIAL = re.compile(
    rf"\b(?:(?:denied|denies|deny|dismissed|rejected|rubbished)\s+(?:\w+\s+)?{_CLAIM_NOUN}"
    rf"|{_CLAIM_NOUN}\s+(?:were|was|have been|has been)\s+(?:\w+\s+)?"
    r"(?:denied|dismissed|rejected|rubbished)"
    r"|not true|untrue|fake news|ha(?:s|d|ve) not (?:resigned|quit|left|defected)"
    r"|remain(?:s|ed)? (?:a )?(?:loyal |proud )?member|no intention of (?:leaving|quitting))\b",
    re.IGNORECASE,
)


def third_party_claim(tok, person_tokens: list) -> bool:
    """"MP X tweeted that Cllr Y had resigned": someone else's word for it, not the outlet's
    (the person's own post, "she tweeted that she had quit", is their announcement)."""
    if any(p.lower_ in _OWN_PRONOUNS for p in person_tokens):
        return False  # "X tweeted that she had quit": her own post
    mine = {t.i for p in person_tokens for t in p.subtree}
    for gov in tok.ancestors:
        if gov.lemma_.lower() not in _CLAIMED:
            continue
        subj = next((c for c in gov.children if c.dep_ == "nsubj"), None)
        return subj is not None and subj.i not in mine and subj.lower_ not in _OWN_PRONOUNS
    return False


_OWN_PRONOUNS = frozenset({"he", "she", "i", "they", "we"})


def denied_claim(m: Mention, art: ParsedArticle) -> bool:
    """A change told only as someone else's claim ("MP X tweeted that Cllr Y had resigned")
    that the person then denies in the next sentences: a rumour, not an event."""
    if m.from_quote or not any(t.lemma_.lower() in _CLAIMED for t in m.sentence.doc):
        return False
    surname = m.person.split()[-1]
    later = art.sentences[m.sentence.index + 1 : m.sentence.index + 4]
    return any(_DENIAL.search(art.text, s.start, s.end) and (
        surname in art.text[s.start : s.end]
        or re.match(r"\s*(?:She|He)\b", art.text[s.start : s.end])) for s in later)


WHIP_KINDS = frozenset({"whip_removed", "whip_restored"})
JOINING_KINDS = frozenset({"join", "defect", "move", "rejoin"})


def future_join_after_leaving(trig: Trigger) -> bool:
    """"resigned from Congress on Monday and will join the BJP on Friday": the leaving is the
    change that happened; a joining set for a later date is still to come. ("has quit the
    caucus and will join the Liberals", with no date of its own, is one move.)"""
    tok = trig.token
    if trig.kind not in JOINING_KINDS or tok.dep_ != "conj":
        return False
    if tok.head.lemma_.lower() not in LEAVE:
        return False
    return scheduled_join(tok)


def own_parties(
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


def party_voice(trig: Trigger, toks: list, sent: ParsedSentence) -> bool:
    """Inside a quotation, a party's own word on a sanction it imposed on someone it names:
    "Mr Dunbar's expulsion takes effect today", "We have suspended Cllr Gill"."""
    if not (trig.acted_on or trig.kind in WHIP_KINDS) or trig.kind == "welcome":
        return False
    return bool(toks) and all(t.i in sent.names for t in toks)


def own_statement(trig: Trigger) -> bool:
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
