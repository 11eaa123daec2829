"""Reading each trigger of each candidate sentence into mentions: one person, one change."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from floorcross.extract import clause
from floorcross.extract.coref import (
    ROLE_NOUNS,
    Coref,
    companion_names,
    name_group,
    persons_for,
)
from floorcross.extract.interpret import Reading, interpret, party_named, scheduled_join
from floorcross.extract.mentions import ParsedSentence, roster
from floorcross.extract.parse import ParsedArticle
from floorcross.extract.reasons import group_size, reason_for
from floorcross.extract.timing import date_for
from floorcross.extract.triggers import LEAVE, Trigger, find_triggers


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
    # An unnamed group told beside named people ("X and five other MLAs"): its members are
    # only those a roster sentence lists ("The five other MLAs are ...").
    roster_count: int = 0


def read_mentions(art: ParsedArticle) -> list[Mention]:
    out: list[Mention] = []
    coref = Coref()
    cands = set(art.candidates)
    pending: list[tuple[Mention, int]] = []  # see _unnamed_group
    for sent in art.ordered():
        coref.step(sent.index)
        found: list[Mention] = []
        if sent.index in cands:
            for trig in all_triggers(sent.doc):
                found.extend(_read_trigger(trig, sent, art, coref))
            pending += [(m, m.roster_count or m.group_size or 0) for m in found if not m.person]
            found = [m for m in found if m.person]
        pending, resolved = _name_pending(pending, sent, art, found)
        out.extend(found + resolved)
        if sent.index in cands:
            out.extend(companions(sent, art, out))
            coref.note_group([m.person for m in out if m.sentence.index == sent.index], sent.index)
        coref.update(sent, art)
    return [m for m in out if not _denied_claim(m, art)]


def _read_trigger(
    trig: Trigger, sent: ParsedSentence, art: ParsedArticle, coref: Coref
) -> list[Mention]:
    tok = trig.token
    # "could no longer be a member", "said she would sit as an independent": the modal
    # belongs to the statement, not to whether it happened.
    if clause.is_blocked(tok, allow_modal=trig.kind in ("no_longer", "independent"),
                         sanction=trig.acted_on or trig.kind in _WHIP):
        return []
    if _future_join_after_leaving(trig):
        return []
    reading = complete_reading(trig, interpret(trig, sent, art), sent, art)
    if reading is None:
        return []
    in_quote = art.in_quote(sent.start + tok.idx)
    voiced = in_quote and _party_voice(trig, reading.person_tokens, sent)
    if in_quote and not voiced and not (reading.explicit and _own_statement(trig)):
        return []
    people, contexts = persons_for(
        reading.person_tokens, sent, art, coref, in_quote and not voiced, reading.solo)
    if trig.acted_on and not in_quote:
        people = _not_the_actor(people, reading.person_tokens, tok, sent, art, coref)
    if _indefinite(reading.person_tokens):
        people = [p for p in people if not _post_holder(p, sent, art)]
    count = None if people or in_quote else _unnamed_group(
        reading.person_tokens, single=trig.acted_on or trig.kind in _WHIP or not (
            _BY_ELECTION.search(art.text)))
    if not people and not count:
        return []
    others = _others_counted(tok, sent) if people and not in_quote else None
    if others and _party_of_others(reading.party_from, others, tok, sent):
        # "X, along with three other MLAs - one from the NCP - quit": the party is a companion's
        reading = replace(reading, party_from=None, guessed=False)
    if not people:  # "Two Labour councillors have been expelled": named further on
        people = [""]
    hedged = not in_quote and (clause.is_hedged(
        tok, decided=reading.type in _DECISIONS, joining=trig.kind in _JOINING)
        or _third_party_claim(tok, reading.person_tokens))
    date = date_for(tok, sent, art)
    reason = reason_for(tok)
    size = count or _counted_beyond(reading.person_tokens, people) or (
        group_size(sent.text) if len(people) == 1 else None)
    others_count = _COUNTS[_count_word(others).lower_] if others else 0
    if others:  # the people written here and the others counted ("X and four other MLAs")
        size = sum(p.split()[-1] in sent.text for p in people) + others_count
    own = _own_parties(people, sent, art, reading.party_to) if len(people) > 1 else {}
    if others:
        people.append("")
    return [
        Mention(
            person=p, type=reading.type, sentence=sent,
            party_from=own.get(p, reading.party_from),
            party_to=reading.party_to, hedged=hedged, date=date, reason=reason,
            group_size=size, contexts=contexts, from_quote=in_quote and not voiced,
            supporting=trig.kind in ("independent", "no_longer"),
            party_guessed=reading.guessed or _from_elsewhere(tok, reading.party_from, sent),
            needs_origin=reading.needs_origin, background=clause.is_background(tok),
            roster_count=0 if p else others_count,
        )
        for p in people
    ]


def _from_elsewhere(tok, party: str | None, sent: ParsedSentence) -> bool:
    """"he said after his defection": a change retold by its noun, with a party the sentence
    never names, has that party from the context, however the clause was read."""
    return tok.pos_ == "NOUN" and party not in (None, "Independent") and (
        party not in sent.parties_in(sent.doc))


_OBJECT_PRONOUNS = frozenset({"him", "her"})


def _not_the_actor(
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


_COUNTS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "both": 2, "pair": 2,
           "trio": 3, "duo": 2}
_GROUP_NOUNS = ROLE_NOUNS | {"mps", "msps", "mlas", "tds", "members", "politicians",
                             "independent", "independents", "senators"}
# How far after an unnamed group its members' names may come.
_NAMES_WITHIN = 2


def _unnamed_group(toks: list, single: bool = False) -> int | None:
    """How many people a subject with no names counts: "two Labour councillors", "two of its
    councillors", "the pair"; with `single` also one ("A councillor has been suspended": the
    person is named next; not where a by-election follows, whose next names are candidates);
    None for anything else."""
    if len(toks) != 1:
        return None
    t = toks[0]
    low = t.lower_
    if low == "one" and not single:
        return None
    if low in ("pair", "trio", "duo") or (low in _COUNTS and t.tag_ == "CD" and any(
        g.lemma_.lower() in _GROUP_NOUNS for c in t.children if c.lower_ == "of"
        for g in c.children
    )):
        return _COUNTS[low]
    if single and t.lemma_.lower() in _GROUP_NOUNS and t.tag_ in ("NN", "NNP") and any(
        c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children
    ):
        return 1  # "A Green councillor in Kemptown has been suspended": named further on
    if t.lemma_.lower() not in _GROUP_NOUNS or t.tag_ not in ("NNS", "NNPS"):
        return None
    return next((_COUNTS[c.lower_] for c in t.children
                 if c.dep_ in ("nummod", "det") and c.lower_ in _COUNTS), None)


_OTHERS_NOUNS = _GROUP_NOUNS | {"legislator", "lawmaker", "colleague", "other", "mla", "mp",
                                "councillors", "legislators", "lawmakers", "colleagues"}


def _others_counted(tok, sent: ParsedSentence):
    """"suspended X and five other MLAs", "X, along with three other legislators, quit": the
    noun of a counted group told beside the named people in the trigger's clause."""
    head = tok
    while head.dep_ in ("xcomp", "conj", "advcl", "pcomp", "pobj", "prep") and head.head != head:
        head = head.head  # "resigned ... before joining the BJP": the clause of the leaving
    for t in sent.doc:
        if not {tok, head} & set(t.ancestors) or _count_word(t) is None:
            continue
        other = t.lower_ == "others" or any(
            c.dep_ == "amod" and c.lower_ == "other" for c in t.children)
        if other and (t.lemma_.lower() in _OTHERS_NOUNS or t.lower_ in _OTHERS_NOUNS):
            return t
    return None


def _count_word(t):
    return next((c for c in t.children if c.dep_ == "nummod" and c.lower_ in _COUNTS), None)


def _party_of_others(party: str | None, others, tok, sent: ParsedSentence) -> bool:
    """Whether a party is only written in a description of the group's companions ("along
    with three other MLAs - one from the NCP and two independents - quit"), not before them
    nor in the group's own noun ("two other Labour councillors" are the lead's party too)."""
    if party is None:
        return False
    lo, own = others.left_edge.i, {t.i for t in others.subtree}
    described = [t for t in sent.doc[lo : max(tok.i, others.right_edge.i + 1)] if t.i not in own]
    before = sent.doc[:lo]
    if party == "Independent":
        return any(t.lower_ in ("independent", "independents") for t in described) and not any(
            t.lower_ in ("independent", "independents") for t in before)
    return party not in sent.parties_in(before) and party in sent.parties_in(described)


def _counted_beyond(toks: list, people: list[str]) -> int | None:
    """"Six councillors, including Cllr A, have quit": a group counted with fewer names."""
    if len(toks) != 1 or toks[0].tag_ not in ("NNS", "NNPS"):
        return None
    n = next((_COUNTS[c.lower_] for c in toks[0].children
              if c.dep_ == "nummod" and c.lower_ in _COUNTS), None)
    return n if n and n > len(people) else None


def _name_pending(
    pending: list[tuple[Mention, int]], sent: ParsedSentence, art: ParsedArticle,
    named: list[Mention],
) -> tuple[list[tuple[Mention, int]], list[Mention]]:
    """Unnamed groups whose members this sentence names: the people its own changes are about,
    or else the names it gives outside quotations, when there are exactly as many as counted
    ("Two Labour councillors have been expelled ... Cllrs A and B were suspended in March")."""
    keep, out = [], []
    for m, count in pending:
        if sent.index <= m.sentence.index:
            keep.append((m, count))
            continue
        listed = None if named else _roster_members(m, count, sent, art)
        if listed:
            out += listed
            continue
        if m.roster_count:  # only a roster names the others of "X and five other MLAs"
            if sent.index - m.sentence.index < _NAMES_WITHIN:
                keep.append((m, count))
            continue
        # A single person's change is only theirs if the names' sentence tells the same one.
        named_here = [x for x in named if count > 1 or x.type == m.type]
        people = list(dict.fromkeys(x.person for x in named_here)) or _names_outside_quotes(
            sent, art, single=None if count > 1 else m.type in _SANCTIONED)
        if count > 1 and len(people) != count and not named_here:
            # "A, B, C, D and E were each charged ...": a list whose names the NER read in part
            listed = name_group(sent, art)[0]
            people = listed if len(listed) == count else people
        if len(people) == count:
            kind = _same_return(m.type, [x.type for x in named])
            party_to = m.party_to if kind == m.type else None
            out += [replace(m, person=p, group_size=None, type=kind, party_to=party_to)
                    for p in people]
        elif not named_here and 0 < len(people) < count and _in_new_group(sent, art, m):
            # "Eight councillors have quit the group ... A will lead a new group which includes
            # B": members named a few at a time; each naming keeps the rest of the count open.
            out += [replace(m, person=p, sentence=s) for p in people for s in (m.sentence, sent)]
            keep.append((replace(m, sentence=sent), count - len(people)))
        elif _members_listed(m, named_here, count) and (
                sent.index - m.sentence.index <= _NAMES_WITHIN):
            # "Five DA MPs have crossed the floor. - A, to the ANC - B, to the ANC": each line
            # one member, whose earlier party is the lead's.
            for x in named_here:
                x.party_from = m.party_from
            keep.append((replace(m, sentence=sent), count - len(named_here)))
        elif sent.index - m.sentence.index < _NAMES_WITHIN:
            keep.append((m, count))
    return keep, out


def _roster_members(
    m: Mention, count: int, sent: ParsedSentence, art: ParsedArticle
) -> list[Mention]:
    """"Five councillors have been suspended. They are A, B, C, D and E": the members of an
    unnamed group listed in a sentence of their own, each with the group's change and the
    party the list gives them ("NCP's A and Independent MLAs B and C"). An "are" list must
    hold the count; "include" or "among them" some of it."""
    if sent.index - m.sentence.index > _NAMES_WITHIN or count < 2 or art.in_quote(sent.start):
        return []
    found = roster(sent)
    if found is None:
        return []
    n = len(found.members)
    if n != count if found.complete else n > count:
        return []
    kind, party_to = m.type, m.party_to
    if found.joined and kind in _LEAVING and found.joined != m.party_from:
        kind, party_to = "defected", found.joined  # "the other new entrants to the BJP are"
    out = []
    for name, party in found.members:
        person = art.people.resolve(name) or name
        own = party if party != party_to else None
        out += [replace(m, person=person, sentence=s, type=kind, party_to=party_to,
                        party_from=own or m.party_from, party_guessed=bool(m.party_guessed
                                                                           and not own),
                        roster_count=0, contexts=[]) for s in (m.sentence, sent)]
    return out


def _members_listed(lead: Mention, named: list[Mention], count: int) -> bool:
    """Some members of a counted group named with the same change and no earlier party."""
    return bool(lead.party_from) and 0 < len(named) < count and all(
        x.type == lead.type and x.party_from is None and lead.party_to in (None, x.party_to)
        for x in named)


_LEAVING = frozenset({"resigned", "defected"})
# A sentence about the group the leavers formed: "will lead a new independent group which
# includes", "has also joined the new group along with", "the group's other members are".
_NEW_GROUP = re.compile(
    r"\b(?:group|grouping|bloc|splinter|breakaway)\b|\b(?:other )?members (?:are|include)\b"
    r"|\balong ?side\b|\balong with\b|\bincluding\b|\bincludes\b", re.IGNORECASE)


def _in_new_group(sent: ParsedSentence, art: ParsedArticle, m: Mention) -> bool:
    """Whether a sentence after a group's leaving names members of the group they formed,
    rather than anyone else (a leader commenting, the party's remaining members)."""
    if m.type not in _LEAVING or art.in_quote(sent.start):
        return False
    return bool(_NEW_GROUP.search(sent.text)) and not any(
        p == m.party_from for p in sent.parties_in(sent.doc))


def _same_return(kind: str, named: list[str]) -> str:
    """"Labour readmits four MPs ... has restored the whip to A, B, C and D": for members of
    a parliament, being let back in is having the whip restored, as the names' own sentence
    says."""
    if kind in ("readmitted", "rejoined") and "whip_restored" in named:
        return "whip_restored"
    return kind


def _names_outside_quotes(
    sent: ParsedSentence, art: ParsedArticle, single: bool | None = None
) -> list[str]:
    """Names given outside quotations, not counting people speaking about the change. For one
    person counted (`single` not None) a name given a seat ("Cllr X said she was shocked",
    "The councillor, X, ...") counts even when speaking: after "A councillor has been
    suspended" that is the councillor answering; for a sanction (`single` true) an untitled
    name not speaking counts too, for a move only a seated one ("Reform's Zia Yusuf welcomed
    the decision" is commenting)."""
    out: list[str] = []
    for i, raw in sorted(sent.names.items()):
        tok = sent.doc[i]
        if art.in_quote(sent.start + tok.idx):
            continue
        words = _title_words(tok, sent) if single is not None else set()
        if words & _POST_WORDS:
            continue  # "The group's leader, Cllr Ann Falk": commenting, not the one
        seated = bool(words & (_SEAT_TITLES | _GROUP_NOUNS))
        if single is False and not seated:
            continue
        if _speaker_of(tok) and not seated:
            continue
        full = art.people.resolve(raw) or raw
        if full not in out:
            out.append(full)
    return out


_SEAT_TITLES = frozenset({"cllr", "councillor", "coun", "mp", "msp", "mla", "td", "mpp", "ms"})
_POST_WORDS = frozenset({"leader", "chair", "chairman", "chairwoman", "mayor", "spokesperson",
                         "spokesman", "spokeswoman", "secretary", "cabinet", "deputy"})


def _indefinite(toks: list) -> bool:
    """"A Labour councillor has been suspended": one person, named further on."""
    return len(toks) == 1 and toks[0].lemma_.lower() in _GROUP_NOUNS and any(
        c.dep_ == "det" and c.lower_ in ("a", "an") for c in toks[0].children)


# A seat given up and fought again: "a councillor resigned" there is the seat, and the next
# names are the candidates.
_BY_ELECTION = re.compile(r"\bby-?\s?elections?\b", re.IGNORECASE)
_POST_BEFORE = re.compile(
    r"\b(?:leader|chair|chairman|chairwoman|mayor|spokes(?:person|man|woman)|secretary)\b"
    r"[\s,]+(?:(?:Cllr|Councillor|Coun)\.?\s+)?$", re.IGNORECASE)


def _post_holder(name: str, sent: ParsedSentence, art: ParsedArticle) -> bool:
    """The name an unnamed lead was resolved to is first given, after the lead, to someone
    holding a post ("Council leader Ann Falk said ..."): the one commenting, not the one
    suspended."""
    at = art.text.find(name, sent.end)
    return at >= 0 and bool(_POST_BEFORE.search(art.text[max(0, at - 40) : at]))


def _title_words(tok, sent: ParsedSentence) -> set[str]:
    """The words just before a name, where its titles and posts are written."""
    first = min(i for i, n in sent.names.items() if n == sent.names[tok.i])
    return {t.lower_.rstrip(".") for t in sent.doc[max(0, first - 3) : first + 1]}


def _speaker_of(tok) -> bool:
    """"Council leader Ann Falk said ...": a name speaking about the group, not in it."""
    while tok.dep_ == "compound" and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ == "nsubj" and tok.head.lemma_.lower() in clause.SPEECH


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


def _third_party_claim(tok, person_tokens: list) -> bool:
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


def _denied_claim(m: Mention, art: ParsedArticle) -> bool:
    """A change told only as someone else's claim ("MP X tweeted that Cllr Y had resigned")
    that the person then denies in the next sentences: a rumour, not an event."""
    if m.from_quote or not any(t.lemma_.lower() in _CLAIMED for t in m.sentence.doc):
        return False
    surname = m.person.split()[-1]
    later = art.sentences[m.sentence.index + 1 : m.sentence.index + 4]
    return any(_DENIAL.search(art.text, s.start, s.end) and (
        surname in art.text[s.start : s.end]
        or re.match(r"\s*(?:She|He)\b", art.text[s.start : s.end])) for s in later)


# Changes a party makes to someone (their lead may only say "A councillor has been suspended").
_SANCTIONED = frozenset({"suspended", "expelled", "whip_removed", "deselected", "readmitted",
                         "whip_restored"})
# A party's decisions: once announced, a future date only schedules them.
_DECISIONS = frozenset({"whip_restored", "readmitted", "whip_removed", "suspended", "expelled"})
_WHIP = frozenset({"whip_removed", "whip_restored"})
_JOINING = frozenset({"join", "defect", "move", "rejoin"})


def _future_join_after_leaving(trig: Trigger) -> bool:
    """"resigned from Congress on Monday and will join the BJP on Friday": the leaving is the
    change that happened; a joining set for a later date is still to come. ("has quit the
    caucus and will join the Liberals", with no date of its own, is one move.)"""
    tok = trig.token
    if trig.kind not in _JOINING or tok.dep_ != "conj":
        return False
    if tok.head.lemma_.lower() not in LEAVE:
        return False
    return scheduled_join(tok)


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


def _party_voice(trig: Trigger, toks: list, sent: ParsedSentence) -> bool:
    """Inside a quotation, a party's own word on a sanction it imposed on someone it names:
    "Mr Dunbar's expulsion takes effect today", "We have suspended Cllr Gill"."""
    if not (trig.acted_on or trig.kind in _WHIP) or trig.kind == "welcome":
        return False
    return bool(toks) and all(t.i in sent.names for t in toks)


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


# --- Wordings the trigger table leaves open: new parties, splits, signing up -----------------

# Verbs that make a new party or group: "quit Labour to found the X", "launched a new party".
_FOUND = frozenset({"found", "form", "launch", "establish", "create", "start", "set"})
# Nouns a new party is named in apposition to: "his own new party, the X Movement".
_NEW_BODY = frozenset({"party", "group", "grouping", "outfit", "movement", "bloc"})


def all_triggers(doc) -> list[Trigger]:
    """The trigger table's triggers and a few wordings it leaves open: "split from the
    Conservatives" (a leaving), "signed up to UKIP" (a joining)."""
    found = find_triggers(doc)
    taken = {t.token.i for t in found}
    for tok in doc:
        if tok.i in taken or tok.pos_ != "VERB":
            continue
        lemma = tok.lemma_.lower()
        preps = {c.lower_ for c in tok.children if c.dep_ == "prep"}
        if lemma in ("split", "break") and preps & {"from", "with"} and not any(
                c.dep_ in ("dobj", "nsubjpass") for c in tok.children):
            found.append(Trigger(tok, "leave"))
        elif lemma == "sign" and any(c.lower_ == "up" for c in tok.children) and any(
                g.ent_type_ == "PARTY" or g.pos_ == "PROPN" or g.lemma_.lower() == "party"
                for p in ("to", "with", "for") for g in clause.prep_objects(tok, p)):
            found.append(Trigger(tok, "join"))  # not "signed up to a contract"
    return found


def complete_reading(
    trig: Trigger, reading: Reading | None, sent: ParsedSentence, art: ParsedArticle
) -> Reading | None:
    """A reading with the new party named the way outlets name it: a leaving "to found the
    Australian Conservatives" or "and became a Liberal" is a defection; "joined his own new
    party, the X Movement" or "joined forces with the X Residents group" is a joining; a
    joining by "three independents" comes from Independent."""
    tok = trig.token
    if reading is None and trig.kind == "join":
        party = _party_joined(tok, sent)
        if party is None:
            return None
        reading = Reading("defected", None, party, clause.subjects(tok), explicit=True,
                          needs_origin=True)
    if reading is None:
        return None
    # "quit the Lambie party to sit as an independent": the sitting's clause hangs on the quit
    verbs = [tok, tok.head] if tok.dep_ in ("xcomp", "advcl", "conj") else [tok]
    if reading.guessed and any(_unknown_party_left(v, sent) for v in verbs):
        reading = replace(reading, party_from=None, guessed=False)
    elif reading.guessed and trig.kind in ("independent", "no_longer") and len(verbs) > 1:
        # "has left the X Team and now sits as an independent": the party is the leaving's
        left = [p for o in clause.objects(tok.head) if (p := party_named(o, sent))]
        if left and left[0] != "Independent":
            reading = replace(reading, party_from=left[0], guessed=False)
    if reading.type == "resigned" and reading.party_to in (None, "Independent"):
        new = _new_party(tok, sent)
        if new and new != reading.party_from:
            reading = replace(reading, type="defected", party_to=new)
    if reading.type == "defected" and _independents(reading.person_tokens, sent) and (
            reading.party_to != "Independent"):
        reading = replace(reading, party_from="Independent", guessed=False, needs_origin=False)
    return reading


def _party_joined(tok, sent: ParsedSentence) -> str | None:
    """"joined his own new party, the X Movement", "joined forces with the X group"."""
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    if any(o.lower_ == "forces" for o in objs):
        return next((party_named(o, sent) for o in clause.prep_objects(tok, "with")
                     if party_named(o, sent) not in (None, "Independent")), None)
    return next((p for o in objs if (p := _apposed(o, sent))), None)


def _apposed(noun, sent: ParsedSentence) -> str | None:
    """The party a party noun names by apposition: "a new party, the X Movement"."""
    if noun.lemma_.lower() not in _NEW_BODY:
        return None
    found = [p for c in noun.children if c.dep_ in ("appos", "acl", "npadvmod")
             for p in sent.parties_in(c.subtree) if p != "Independent"]
    return found[0] if found else None


def _new_party(tok, sent: ParsedSentence) -> str | None:
    """The party a leaving goes on to found or become part of in the same clause: "quit the
    Liberals to found the Australian Conservatives", "left Family First and became a Liberal",
    "left to join his own party, the X Movement", "and launched a new party, the X"."""
    verbs = [c for c in (*tok.conjuncts, *tok.children)
             if c.pos_ == "VERB" and c.dep_ in ("conj", "xcomp", "advcl")]
    for v in verbs:
        lemma = v.lemma_.lower()
        objs = [c for c in v.children if c.dep_ in ("dobj", "attr", "oprd")]
        if lemma in _FOUND or lemma == "become":
            found = [sent.party_of(o) or _apposed(o, sent) for o in objs]
        elif lemma == "join":
            found = [_apposed(o, sent) for o in objs]
        elif lemma == "sit":  # "and will now sit with the Stanmoor Residents Association"
            found = [party_named(o, sent) for p in ("with", "as", "alongside")
                     for o in clause.prep_objects(v, p)]
            found = [p for p in found if p and "independent" not in p.lower()]
        else:
            continue
        found = [p for p in found if p and p != "Independent"]
        if found:
            return found[0]
    return None


def _unknown_party_left(tok, sent: ParsedSentence) -> bool:
    """"quit the Lambie party", "left the Hanson team": a party the article names by a word
    the table does not know. Any party guessed from the context would be another one."""
    return any(o.lemma_.lower() in ("party", "team", "network") and any(
        c.dep_ in ("compound", "amod") and c.pos_ == "PROPN" and not sent.party_of(c)
        for c in o.children) for o in clause.objects(tok))


def _independents(toks: list, sent: ParsedSentence) -> bool:
    """"Three independents", "two independent councillors": people sitting as independents
    ("Democrat-turned-independent X" says which party they came from: not this)."""
    def word(t) -> bool:
        return t.lower_ in ("independent", "independents") and not any(
            x.lower_ == "turned" for x in t.doc[max(0, t.i - 2) : t.i])
    def described(t) -> bool:
        return word(t) or any(word(c) and c.dep_ == "amod" for c in t.children)
    # "X, an independent councillor for Holt ward, has joined Labour"
    return any(described(s) or any(described(c) for c in s.children if c.dep_ == "appos")
               for s in toks)
