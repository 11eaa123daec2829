"""Naming an unnamed group after the fact: the people of a counted group ("Two councillors
have been expelled") found in the sentences that follow, by roster, list or count."""

from __future__ import annotations

import re
from dataclasses import replace

from floorcross.extract import clause
from floorcross.extract.backrefs import plural_role
from floorcross.extract.counted_people import COUNTS, GROUP_NOUNS
from floorcross.extract.mention_record import Mention
from floorcross.extract.mentions import ParsedSentence, roster
from floorcross.extract.name_lists import name_group
from floorcross.extract.parse import ParsedArticle

# How far after an unnamed group its members' names may come; a roster that says who the
# group was ("The five are A, B, C, D and E") may come after a few sentences of background.
_NAMES_WITHIN = 2
_ROSTER_WITHIN = 6


def name_pending(
    pending: list[tuple[Mention, int]], sent: ParsedSentence, art: ParsedArticle,
    named: list[Mention],
) -> tuple[list[tuple[Mention, int]], list[Mention]]:
    """Unnamed groups whose members this sentence names: the people its own changes are about,
    or else the names it gives outside quotations, when there are exactly as many as counted
    ("Two Labour councillors have been expelled ... Cllrs A and B were suspended in March")."""
    keep, out = [], []
    for m, count in pending:
        gap = sent.index - m.sentence.index
        if sent.index <= m.sentence.index:
            keep.append((m, count))
            continue
        if gap > _NAMES_WITHIN:
            listed = None if named else _far_roster(m, count, sent, art)
            out += listed or []
            if not listed and gap < _ROSTER_WITHIN:
                keep.append((m, count))
            continue
        listed = None if named else _roster_members(m, count, sent, art)
        if listed:
            out += listed
            continue
        if m.roster_count:  # only a roster names the others of "X and five other MLAs"
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
        else:
            keep.append((m, count))  # only a roster may name them from here on
    return keep, out


def _far_roster(
    m: Mention, count: int, sent: ParsedSentence, art: ParsedArticle
) -> list[Mention]:
    """A roster some sentences after its group, taken only when it restates the group ("The
    five are ...", "The five councillors:", "They were ...") and lists exactly as many."""
    found = roster(sent)
    if found is None or not found.complete or len(found.members) != count:
        return []
    lead = re.findall(r"\w+", sent.text[:_ROSTER_LEAD].lower())
    restated = any(w in lead for w in ("they", *_COUNT_WORDS.get(count, ())))
    return _roster_members(m, count, sent, art, far=True) if restated else []


_ROSTER_LEAD = 40  # characters of a roster's opening that may restate its group
_COUNT_WORDS = {n: (w, str(n)) for w, n in COUNTS.items() if w not in ("both", "pair", "duo",
                                                                        "trio")}


def _roster_members(
    m: Mention, count: int, sent: ParsedSentence, art: ParsedArticle, far: bool = False
) -> list[Mention]:
    """"Five councillors have been suspended. They are A, B, C, D and E": the members of an
    unnamed group listed in a sentence of their own, each with the group's change and the
    party the list gives them ("NCP's A and Independent MLAs B and C"). An "are" list must
    hold the count; "include" or "among them" some of it."""
    gap = sent.index - m.sentence.index
    if gap > (_ROSTER_WITHIN if far else _NAMES_WITHIN) or count < 2 or art.in_quote(sent.start):
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
    # Far from the lead, the group's role is only in the lead: "Five Labour councillors".
    role = plural_role(m.sentence.text) if far else None
    out = []
    for name, party in found.members:
        person = art.people.resolve(name) or name
        own = party if party != party_to else None
        out += [replace(m, person=person, sentence=s, type=kind, party_to=party_to,
                        party_from=own or m.party_from, party_guessed=bool(m.party_guessed
                                                                           and not own),
                        roster_count=0, contexts=[role] if role else [])
                for s in (m.sentence, sent)]
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
        seated = bool(words & (_SEAT_TITLES | GROUP_NOUNS))
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


def _title_words(tok, sent: ParsedSentence) -> set[str]:
    """The words just before a name, where its titles and posts are written."""
    first = min(i for i, n in sent.names.items() if n == sent.names[tok.i])
    return {t.lower_.rstrip(".") for t in sent.doc[max(0, first - 3) : first + 1]}


def _speaker_of(tok) -> bool:
    """"Council leader Ann Falk said ...": a name speaking about the group, not in it."""
    while tok.dep_ == "compound" and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ == "nsubj" and tok.head.lemma_.lower() in clause.SPEECH


# Changes a party makes to someone (their lead may only say "A councillor has been suspended").
_SANCTIONED = frozenset({"suspended", "expelled", "whip_removed", "deselected", "readmitted",
                         "whip_restored"})
